"""Trade and investment: the 1989 figures, the EPA commitments, investment and the bond."""
from __future__ import annotations

import pandas as pd

from . import charts
from .figures import measure, source_line, tick_numbers
from .labels import label, money, number, quantity
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
    for bar, lines, qualifier, chapters in zip(bars, sides["lines"][::-1], sides["lines_qualifier"][::-1], sides["chapters"][::-1]):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2,
                f"  {quantity(lines, 'count', qualifier, lang)} · {number(chapters, lang)} {label('col.chapters', lang).lower()}",
                va="center", fontsize="medium")
    ax.xaxis.set_major_formatter(tick_numbers(lang))
    ax.set_xlim(0, sides["lines"].max() * 1.45)
    ax.set_xlabel(label("axis.tariff_lines", lang))
    charts.title(fig, label("trade.epa_chart_title", lang))
    used = frame[frame["id"].isin(" ".join(sides["ids"]).split())]
    charts.source_note(fig, source_line(used, lang))
    return fig, sides[["side", "lines", "lines_qualifier", "chapters"]]


def chart_1989(trade: pd.DataFrame, cow: pd.DataFrame, p: Params, flagged: set[str] = frozenset()):
    """One year, one kind of quantity, one currency: the article's 1989 trade figures as printed
    (US dollars of 1989) beside the Correlates of War series for the same year. A figure the
    audit flags is drawn hollow and hatched."""
    lang = p.lang
    rows = trade.set_index("id").loc[["trade.turnover_1989", "trade.cashmere_imports_1989"]]
    year = int(rows["year"].iloc[0])
    series = cow.set_index("year").loc[year]
    bars = [(f"{measure(r, lang)} ({label('context.article_point', lang)})", float(r["value"]),
             money(float(r["value"]), "USD", lang, qualifier=r["qualifier"]), row_id in flagged)
            for row_id, r in rows.iterrows()]
    for key, value in [("cow_turnover", float(series["mng_imports_from_jpn"] + series["jpn_imports_from_mng"])),
                       ("cow_jp_imports", float(series["jpn_imports_from_mng"]))]:
        bars.append((label("context." + key, lang), value * 1e6, money(value * 1e6, "USD", lang), False))
    fig, ax = charts.figure(8, 3.8)
    names = charts.wrap([b[0] for b in bars][::-1], 34)
    values = [b[1] / 1e6 for b in bars][::-1]
    drawn = ax.barh(names, values, color=[charts.COLORS["JP"]] * 2 + [charts.COLORS["neutral"]] * 2)
    for bar, (_, _, text, hatched) in zip(drawn, bars[::-1]):
        if hatched:
            bar.set_facecolor("white"), bar.set_edgecolor(charts.COLORS["JP"]), bar.set_hatch("///")
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, "  " + text, va="center", fontsize="medium")
    ax.set_xlim(0, max(values) * 1.75)
    ax.set_xlabel(label("axis.usd_of_year", lang, year=year))
    charts.title(fig, label("trade.chart_1989_title", lang, year=year, ratio=number(bars[1][1] / bars[0][1], lang, 1)))
    charts.source_note(fig, source_line(trade[trade["id"].isin(rows.index)], lang, label("source.cow", lang)))
    data = pd.DataFrame({"item": [b[0] for b in bars], "million_usd": [b[1] / 1e6 for b in bars],
                         "flagged": [b[3] for b in bars]}).assign(year=year)
    return fig, data
