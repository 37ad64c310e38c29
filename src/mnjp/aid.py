"""Japan's aid to Mongolia: the ODA breakdown and the 1977 Gobi factory grant."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import charts
from .figures import converted, labelled_bars, measure, money_axis, money_sources, source_line, tick_numbers
from .labels import aside, label
from .labels import money as money_text
from .money import jpy_per_usd_monthly, rate
from .params import Params
from .punctuation import labelled
from .tables import equivalent_pairs


@dataclass(frozen=True)
class Breakdown:
    """The components of a stated total and the total itself."""

    parts: pd.DataFrame  # id, measure, amount, share (% of the stated total), value (as printed), largest first
    total_id: str  # the row the components name in `part_of`
    total: float  # the stated total in the run's currency
    total_value: float  # the stated total as printed, in the article's unit
    printed_unit: str  # the article's unit
    unit: str  # the run's currency


def breakdown(aid: pd.DataFrame, p: Params) -> Breakdown:
    """The components of the article's stated total, largest first, with shares."""
    table = converted(aid, p)
    parts = table[table["part_of"].notna()]
    total = table.loc[parts["part_of"].iloc[0]]
    out = pd.DataFrame({
        "id": parts["id"],
        "measure": [measure(r, p.lang) for _, r in parts.iterrows()],
        "amount": parts["amount"],
        "share": 100 * parts["value"] / total["value"],
    })
    out["value"] = parts["value"].values
    out = out.sort_values("amount", ascending=False).reset_index(drop=True)
    return Breakdown(out, total["id"], float(total["amount"]), float(total["value"]),
                     total["unit"], total["amount_unit"])


def totals(b: Breakdown) -> dict[str, float]:
    """Stated total, sum of the parts and their difference, in the run's currency; and the
    difference as printed (in the article's own unit)."""
    summed = float(b.parts["amount"].sum())
    return {"total": b.total, "sum": summed, "difference": b.total - summed,
            "difference_as_printed": b.total_value - float(b.parts["value"].sum())}


def breakdown_chart(b: Breakdown, aid: pd.DataFrame, p: Params, width: float = 7):
    """Horizontal bars of the components, with the stated total and the sum marked. A phone's
    chart (narrow) writes each part's name and amount over its bar."""
    parts, unit, lang = b.parts, b.unit, p.lang
    narrow = width < 5
    fig, ax = charts.figure(width, 5.2 if narrow else 3.8)
    scale = 1e9
    texts = [money_text(amount, unit, lang) + aside(f"{share:.1f}%", lang)
             for amount, share in zip(parts["amount"], parts["share"])]
    labelled_bars(fig, ax, list(parts["measure"]), list(parts["amount"] / scale), texts,
                  [charts.COLORS["JP"]] * len(parts), narrow, lang)
    ax.set_xlim(0, parts["amount"].max() / scale * (1.1 if narrow else 1.6))
    ax.set_xlabel(money_axis(p, "billion"))
    ax.xaxis.set_major_formatter(tick_numbers(lang))
    if narrow:
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    t = totals(b)
    year = int(aid.set_index("id").loc[b.total_id, "year"])
    charts.title(fig, label("aid.chart_title", lang, year=year))
    sums = [labelled(label("legend.stated_total", lang), money_text(t["total"], unit, lang), lang),
            labelled(label("legend.sum", lang), money_text(t["sum"], unit, lang), lang)]
    sums_text = "\n".join(charts.wrap(sums, 40) if narrow else sums)
    # above the bars, where no bar or label runs
    ax.set_title(sums_text, loc="left" if narrow else "right", fontsize=10, fontweight="normal",
                 color=charts.COLORS["neutral"])
    used = aid[aid["id"].isin(list(parts["id"]) + [b.total_id])]
    charts.source_note(fig, source_line(used, lang, *money_sources(p)))
    data = parts.assign(unit=unit)[["id", "measure", "amount", "unit", "share"]]
    return fig, data


def equivalents(aid: pd.DataFrame) -> pd.DataFrame:
    """Figures the article restates in another currency, with the implied and FRED rates."""
    rows = []
    for jpy, usd in equivalent_pairs(aid):
        fred = rate(int(jpy["year"]), None if pd.isna(jpy["month"]) else int(jpy["month"]))
        months = jpy_per_usd_monthly()
        months = months[months.index.str.startswith(f"{int(jpy['year'])}-")]
        rows.append({"jpy_id": jpy["id"], "usd_id": usd["id"], "year": int(jpy["year"]), "jpy": float(jpy["value"]),
                     "usd": float(usd["value"]), "implied_rate": float(jpy["value"] / usd["value"]),
                     "fred_rate": fred.jpy_per_usd, "fred_series": f"{fred.series}, {fred.period}",
                     "month_low": float(months.min()), "month_high": float(months.max())})
    return pd.DataFrame(rows)
