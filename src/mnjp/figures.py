"""Figures tables (aid, trade, investment, other) shaped for reading."""
from __future__ import annotations

import pandas as pd

from .display import quote_link
from .labels import aside, grouped, label, number, quantity
from .labels import money as money_text
from .money import MONEY_UNITS, amount, convert
from .params import Params
from .punctuation import labelled, listing, sentence, series


def measure(row, lang: str) -> str:
    return row[f"measure_{lang}"]  # measure_ja: data/extracted/titles_ja.csv


def converted(frame: pd.DataFrame, p: Params) -> pd.DataFrame:
    """The figures with `amount` in the run's currency and price basis."""
    return convert(frame, p.currency, p.price_basis, p.base_year).set_index("id", drop=False)




def printed(row, lang: str) -> str:
    """The figure as the article gives it, in the edition's words: 'over 250 million US dollars'."""
    if row["unit"] in MONEY_UNITS:
        return money_text(float(row["value"]), row["unit"], lang, qualifier=row["qualifier"])
    return quantity(row["value"], row["unit"], row["qualifier"] if isinstance(row["qualifier"], str) else None, lang)


def dollars_text(amount: float, lang: str, qualifier=None, price_year=None) -> str:
    """A converted dollar amount in millions (whole from ten million up), so that parts and totals
    shown together add up."""
    return money_text(amount, "USD", lang, price_year, qualifier=qualifier, scale="million",
                      digits=0 if abs(amount) >= 1e7 else 1)


def in_dollars(frame: pd.DataFrame, base_year: int) -> pd.DataFrame:
    """Money rows with `usd` (at the rate of their own year or month), `rate` (yen per dollar,
    empty for a figure printed in dollars) and `usd_constant` (US dollars of base_year)."""
    nominal = convert(frame, "USD").set_index("id")
    constant = convert(frame, "USD", "constant", base_year).set_index("id")
    out = frame.set_index("id", drop=False).copy()
    out["usd"] = nominal["amount"]
    out["rate"] = nominal["rate_jpy_per_usd"]
    out["usd_constant"] = constant["amount"]
    return out


def reading_table(frame: pd.DataFrame, p: Params, ids: list[str] | None = None) -> pd.DataFrame:
    """Each figure as printed and, for money, in US dollars at its own year's rate (with the
    rate) and in constant dollars of the edition's base year; a link to its quote."""
    table = in_dollars(frame, p.base_year)
    if ids is not None:
        table = table.loc[ids]
    lang = p.lang
    money_rows = table["unit"].isin(MONEY_UNITS)
    rows = []
    for _, row in table.iterrows():
        is_money = row["unit"] in MONEY_UNITS
        entry = {
            label("col.item", lang): measure(row, lang),
            label("col.year", lang): "" if pd.isna(row["year"]) else int(row["year"]),
            label("col.as_printed", lang): printed(row, lang),
        }
        if money_rows.any():
            entry[label("col.usd_at_rate", lang)] = (
                entry[label("col.as_printed", lang)] if row["unit"] == "USD"
                else dollars_text(row["usd"], lang, row["qualifier"]) if is_money else "")
            has_rate = is_money and not pd.isna(row["rate"])
            entry[label("col.rate", lang)] = number(row["rate"], lang, 1) if has_rate else ""
            entry[label("col.usd_constant", lang, base_year=p.base_year)] = (
                dollars_text(row["usd_constant"], lang, row["qualifier"]) if is_money else "")
        line = row["value_line"] if "value_line" in row and not pd.isna(row["value_line"]) else row["line"]
        entry[label("col.id", lang)] = quote_link(row["id"], lang, line)
        rows.append(entry)
    return pd.DataFrame(rows)


def source_line(frame: pd.DataFrame, lang: str, *extra: str) -> str:
    """'Source: B. Serjav (2017), lines 248, 249; footnote 10.' plus reference series, punctuated
    as the edition writes it ('…の248・249行目、脚注10。' in Japanese)."""
    # cite where each value stands when known (figures), else where the quote begins
    column = frame["value_line"] if "value_line" in frame else frame["line"]
    lines = sorted({int(x) for x in column.dropna()})
    notes = sorted({int(x) for x in frame["footnote"].dropna()})
    line_key = "source.line" if len(lines) == 1 else "source.lines"
    note_key = "source.footnote" if len(notes) == 1 else "source.footnotes"
    where = [label(line_key, lang, numbers=series(lines, lang))]
    if notes:
        where.append(label(note_key, lang, numbers=series(notes, lang)))
    return sentence(listing([label("source.article", lang, where=listing(where, lang)), *extra], lang), lang)


def money_sources(p: Params) -> list[str]:
    """The reference series a run's conversions used, for the source line."""
    extra = []
    if p.currency != "JPY" or p.price_basis == "constant":
        extra.append(label("source.rates", p.lang))
    if p.price_basis == "constant":
        extra.append(label("source.cpi", p.lang))
    return extra


def scaled_unit(scale: str, unit: str, lang: str) -> str:
    """'billion yen', 'тэрбум иен', '十億円': an axis's scale and unit as the edition joins them."""
    return label("axis.scaled_unit", lang, scale=label("scale." + scale, lang), unit=label("unit." + unit, lang))


def money_axis(p: Params, scale: str) -> str:
    """Axis label of money in the run's currency, scale ('billion', 'million') and price basis."""
    text = scaled_unit(scale, p.currency, p.lang)
    return text + (aside(label('price.constant',
                               p.lang, base_year=p.base_year), p.lang) if p.price_basis == "constant" else "")


def as_printed(row, p: Params) -> str:
    """A money figure as the article gives it and, when printed in yen, in US dollars at its
    own year's rate (and in constant dollars when the edition asks for them):
    '286,282 million yen (2,631 million US dollars at the 2016 rate)'. The qualifier goes
    wherever the figure does."""
    text = printed(row, p.lang)
    if row["unit"] != "JPY":
        return text
    year = int(row["year"])
    month = None if pd.isna(row["month"]) else int(row["month"])
    usd = amount(float(row["value"]), "JPY", year, month, "USD")[0]
    inner = [label('at_rate', p.lang, amount=dollars_text(usd, p.lang, row['qualifier']), year=year)]
    if p.price_basis == "constant":
        constant = amount(float(row["value"]), "JPY", year, month, "USD", "constant", p.base_year)[0]
        inner.append(dollars_text(constant, p.lang, row['qualifier'], p.base_year))
    return text + aside(listing(inner, p.lang), p.lang)


def tick_decimals(values) -> int:
    """The fewest decimals (up to 4) that write every tick exactly: 0.25 stays 0.25, not 0.2."""
    ticks = [float(v) for v in values]
    return next((d for d in range(5) if all(abs(round(v, d) - v) <= 1e-9 * max(1.0, abs(v)) for v in ticks)), 4)


def tick_numbers(lang: str):
    """Axis tick labels in plain digits with the edition's thousands separator (5 700 in Mongolian,
    as in its text), every tick of an axis with the same decimals, enough to be exact."""
    from matplotlib.ticker import Formatter

    class TickNumbers(Formatter):
        def __call__(self, x, pos=None):
            return grouped(x, lang, tick_decimals([x]))

        def format_ticks(self, values):
            digits = tick_decimals(values)
            return [grouped(v, lang, digits) for v in values]

    return TickNumbers()


def labelled_bars(fig, ax, names: list[str], values: list[float], texts: list[str], colors: list[str], narrow: bool,
                  lang: str, wrap: int = 30):
    """Horizontal bars, first on top, each with its value in words and a hover text. Wide: the
    names on the axis and the value at the bar's end. Narrow (a phone's chart): name and value
    written over the bar, leaving the whole width to the bars."""
    from . import charts

    positions = [2.0 * i for i in range(len(names))][::-1] if narrow else list(range(len(names)))[::-1]
    bars = ax.barh(positions, values, height=0.5 if narrow else 0.6, color=colors)
    top = max(values) if values else 1
    for bar, name, text in zip(bars, names, texts):
        charts.tip(fig, bar, labelled(name, text, lang))
        y = bar.get_y() + bar.get_height() / 2
        if narrow:
            ax.text(0, bar.get_y() + bar.get_height() + 0.08, charts.wrap([labelled(name, text, lang)], 40)[0],
                    va="bottom", fontsize=10, linespacing=1.1)
        else:
            ax.text(bar.get_width() + top * 0.02, y, text, va="center", fontsize=10)
    if narrow:
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        ax.set_ylim(-0.5, max(positions) + 1.3)
    else:
        ax.set_yticks(positions, charts.wrap(names, wrap))
    return bars
