"""Trade and investment: the 1989 figures, the EPA commitments, investment and the bond."""
from __future__ import annotations

import pandas as pd

from . import charts
from .figures import converted, formatted, measure, money_axis, money_sources, source_line
from .labels import label, number
from .params import Params


def sides_table(frame: pd.DataFrame, lines: dict[str, str], chapters: dict[str, str]) -> pd.DataFrame:
    """One row per side (MN, JP): tariff lines and chapters, as the article gives them."""
    table = frame.set_index("id", drop=False)
    rows = []
    for side in lines:
        rows.append({
            "side": side,
            "lines": float(table.loc[lines[side], "value"]),
            "lines_qualifier": table.loc[lines[side], "qualifier"],
            "chapters": float(table.loc[chapters[side], "value"]),
            "ids": f"{lines[side]} {chapters[side]}",
        })
    return pd.DataFrame(rows)


def sides_chart(sides: pd.DataFrame, frame: pd.DataFrame, p: Params):
    """Bars of the tariff lines each side cuts, labelled with their chapters."""
    lang = p.lang
    fig, ax = charts.figure(8, 3.4)
    names = [label("side." + s, lang) for s in sides["side"]]
    colors = [charts.COLORS[s] for s in sides["side"]]
    bars = ax.barh(names[::-1], sides["lines"][::-1], color=colors[::-1])
    for bar, lines, chapters in zip(bars, sides["lines"][::-1], sides["chapters"][::-1]):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2,
                f"  ≈ {number(lines, lang)} · {number(chapters, lang)} {label('col.chapters', lang).lower()}", va="center", fontsize=9)
    ax.set_xlim(0, sides["lines"].max() * 1.45)
    ax.set_xlabel(label("axis.tariff_lines", lang))
    charts.title(fig, label("trade.epa_chart_title", lang))
    used = frame[frame["id"].isin(" ".join(sides["ids"]).split())]
    charts.source_note(fig, source_line(used, lang))
    return fig, sides[["side", "lines", "lines_qualifier", "chapters"]]


def money_chart(frame: pd.DataFrame, ids: list[str], p: Params, flagged: set[str] = frozenset()):
    """Bars of the money figures of trade and investment in the run's currency; a figure the
    audit flags is drawn hollow and hatched."""
    lang = p.lang
    table = converted(frame, p).loc[ids]
    fig, ax = charts.figure(8, 3.8)
    names = [measure(r, lang) if str(int(r["year"])) in measure(r, lang) else f"{measure(r, lang)} ({int(r['year'])})"
             for _, r in table.iterrows()]
    labels = charts.wrap(names, 40)
    amounts = table["amount"] / 1e6 if p.currency == "USD" else table["amount"] / 1e9
    bars = ax.barh(labels[::-1], amounts[::-1], color=charts.COLORS["JP"])
    for bar, row_id in zip(bars, list(table.index)[::-1]):
        if row_id in flagged:
            bar.set_facecolor("white"), bar.set_edgecolor(charts.COLORS["JP"]), bar.set_hatch("///")
    if flagged & set(table.index):
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(facecolor="white", edgecolor=charts.COLORS["JP"], hatch="///", label=label("legend.flagged", lang))],
                  loc="lower right", fontsize=8)
    for bar, (_, row) in zip(bars, table.iloc[::-1].iterrows()):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, "  " + formatted(row, lang), va="center", fontsize=9)
    ax.set_xlim(0, amounts.max() * 1.9)
    ax.set_xlabel(money_axis(p, "million" if p.currency == "USD" else "billion"))
    charts.title(fig, label("trade.money_chart_title", lang))
    for tick in ax.get_yticklabels():
        tick.set_fontsize(8)
    charts.source_note(fig, source_line(table, lang, *money_sources(p)))
    data = table[["id", "measure_en", "year", "value", "unit", "qualifier", "amount", "amount_unit", "price_year", "rate_used"]]
    return fig, data.reset_index(drop=True)
