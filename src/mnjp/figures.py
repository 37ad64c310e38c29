"""Figures tables (aid, trade, investment, other) shaped for reading."""
from __future__ import annotations

import pandas as pd

from .display import quote_link
from .labels import label, money as money_text, qualified, quantity
from .money import MONEY_UNITS, convert
from .params import Params


def measure(row, lang: str) -> str:
    return row["measure_mn"] if lang == "mn" else row["measure_en"]


def converted(frame: pd.DataFrame, p: Params) -> pd.DataFrame:
    """The figures with `amount` in the run's currency and price basis."""
    return convert(frame, p.currency, p.price_basis, p.base_year).set_index("id", drop=False)


def formatted(row, lang: str) -> str:
    """The figure as a reader reads it: money in words, other figures with unit and qualifier."""
    if row["unit"] in MONEY_UNITS:
        return qualified(money_text(row["amount"], row["amount_unit"], lang, row["price_year"]), row["qualifier"], lang)
    return quantity(row["value"], row["unit"], row["qualifier"] if isinstance(row["qualifier"], str) else None, lang)


def reading_table(frame: pd.DataFrame, p: Params, ids: list[str] | None = None) -> pd.DataFrame:
    """Item, year, value (formatted), as printed, conversion, and a link to the quote."""
    table = converted(frame, p)
    if ids is not None:
        table = table.loc[ids]
    lang = p.lang
    rows = []
    for _, row in table.iterrows():
        rows.append({
            label("col.item", lang): measure(row, lang),
            label("col.year", lang): "" if pd.isna(row["year"]) else int(row["year"]),
            label("col.amount", lang): formatted(row, lang),
            label("col.as_printed", lang): row["value_as_printed"],
            label("col.rate_used", lang): label("as_printed", lang) if row["rate_used"] == "as printed" else row["rate_used"],
            label("col.id", lang): quote_link(row["id"], lang),
        })
    return pd.DataFrame(rows)


def source_line(frame: pd.DataFrame, lang: str, *extra: str) -> str:
    """'Source: B. Serjav (2017), lines 248, 249; footnotes 10' plus reference series."""
    # cite where each value stands when known (figures), else where the quote begins
    column = frame["value_line"] if "value_line" in frame else frame["line"]
    lines = sorted({int(x) for x in column.dropna()})
    notes = sorted({int(x) for x in frame["footnote"].dropna()})
    text = f"{label('source.article', lang)}, {label('source.line' if len(lines) == 1 else 'source.lines', lang)} {', '.join(map(str, lines))}"
    if notes:
        text += f"; {label('source.footnote' if len(notes) == 1 else 'source.footnotes', lang)} {', '.join(map(str, notes))}"
    return "; ".join([text, *extra]) + "."


def money_sources(p: Params) -> list[str]:
    """The reference series a run's conversions used, for the source line."""
    extra = []
    if p.currency != "JPY" or p.price_basis == "constant":
        extra.append(label("source.rates", p.lang))
    if p.price_basis == "constant":
        extra.append(label("source.cpi", p.lang))
    return extra


def money_axis(p: Params, scale: str) -> str:
    """Axis label of money in the run's currency, scale ('billion', 'million') and price basis."""
    text = f"{label('scale.' + scale, p.lang)} {label('unit.' + p.currency, p.lang)}"
    return text + (f" ({label('price.constant', p.lang, base_year=p.base_year)})" if p.price_basis == "constant" else "")


def equivalent_pairs(frame: pd.DataFrame) -> list[tuple[dict, dict]]:
    """(yen row, dollar row) for each figure the article restates in the other currency."""
    rows = {r["id"]: r for r in frame.to_dict("records")}
    pairs = []
    for r in sorted((r for r in rows.values() if isinstance(r.get("equivalent_of"), str) and r["equivalent_of"]), key=lambda r: r["id"]):
        other = rows[r["equivalent_of"]]
        pairs.append((other, r) if r["unit"] == "USD" else (r, other))
    return pairs


def as_printed(row, p: Params) -> str:
    """A money figure as the article gives it, and, when the run converts it, its converted value:
    'over 250.0 million US dollars (about 34.5 billion yen at the 1989 rate)'."""
    printed = qualified(money_text(float(row["value"]), row["unit"], p.lang), row["qualifier"], p.lang)
    if row["rate_used"] == "as printed":
        return printed
    converted_text = money_text(row["amount"], row["amount_unit"], p.lang, row["price_year"])
    return f"{printed} ({label('at_rate', p.lang, amount=converted_text, year=int(row['year']))})"
