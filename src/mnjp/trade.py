"""Trade and investment: the 1989 figures, the EPA commitments, investment and the bond."""
from __future__ import annotations

import pandas as pd

from . import charts
from .figures import labelled_bars, measure, source_line, tick_numbers
from .labels import aside, label, money, number, quantity
from .params import Params


def sides_table(frame: pd.DataFrame, lines: dict[str, str], chapters: dict[str, str]) -> pd.DataFrame:
    """One row per side (MN, JP): tariff lines and chapters, as the article gives them."""
    table = frame.set_index("id", drop=False)
    rows = []
    for side, line_ids in lines.items():
        rows.append({
            "side": side,
            "lines": float(table.loc[line_ids, "value"]),
            "lines_qualifier": table.loc[line_ids, "qualifier"],
            "chapters": float(table.loc[chapters[side], "value"]),
            "ids": f"{line_ids} {chapters[side]}",
        })
    return pd.DataFrame(rows)


def sides_chart(sides: pd.DataFrame, frame: pd.DataFrame, p: Params, width: float = 7):
    """Bars of the tariff lines each side cuts, labelled with their chapters."""
    lang = p.lang
    narrow = width < 5
    fig, ax = charts.figure(width, 3.8 if narrow else 3.2)
    names = [label("side." + s, lang) for s in sides["side"]]
    texts = [label("trade.epa_bar", lang, lines=quantity(lines, "count", qualifier, lang),
                   chapters=number(chapters, lang))
             for lines, qualifier, chapters in zip(sides["lines"], sides["lines_qualifier"], sides["chapters"])]
    labelled_bars(fig, ax, names, list(sides["lines"]), texts, [charts.COLORS[s] for s in sides["side"]], narrow,
                  lang)
    ax.xaxis.set_major_formatter(tick_numbers(lang))
    ax.set_xlim(0, sides["lines"].max() * (1.1 if narrow else 1.6))
    if narrow:
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    ax.set_xlabel(label("axis.tariff_lines", lang))
    charts.title(fig, label("trade.epa_chart_title", lang))
    used = frame[frame["id"].isin(" ".join(sides["ids"]).split())]
    charts.source_note(fig, source_line(used, lang))
    return fig, sides[["side", "lines", "lines_qualifier", "chapters"]]


def chart_1989(trade: pd.DataFrame, cow: pd.DataFrame, p: Params,
               flagged: set[str] | frozenset[str] = frozenset(), width: float = 7):
    """One year, one kind of quantity, one currency: the article's 1989 trade figures as printed
    (US dollars of 1989) beside the Correlates of War series for the same year. A figure the
    audit flags is drawn hollow and hatched."""
    lang = p.lang
    narrow = width < 5
    rows = trade.set_index("id").loc[["trade.turnover_1989", "trade.cashmere_imports_1989"]]
    year = int(rows["year"].iloc[0])
    series = cow.set_index("year").loc[year]
    bars = [(measure(r, lang) + aside(label('context.article_point', lang), lang), float(r["value"]),
             money(float(r["value"]), "USD", lang, qualifier=r["qualifier"]), row_id in flagged)
            for row_id, r in rows.iterrows()]
    for key, value in [("cow_turnover", float(series["mng_imports_from_jpn"] + series["jpn_imports_from_mng"])),
                       ("cow_jp_imports", float(series["jpn_imports_from_mng"]))]:
        bars.append((label("context." + key, lang), value * 1e6, money(value * 1e6, "USD", lang), False))
    fig, ax = charts.figure(width, 6.2 if narrow else 4.2)
    values = [b[1] / 1e6 for b in bars]
    drawn = labelled_bars(fig, ax, [b[0] for b in bars], values, [b[2] for b in bars],
                          [charts.COLORS["JP"]] * 2 + [charts.COLORS["neutral"]] * 2, narrow, lang, wrap=28)
    for bar, (_, _, _, hatched) in zip(drawn, bars):
        if hatched:
            bar.set_facecolor("white"), bar.set_edgecolor(charts.COLORS["JP"]), bar.set_hatch("///")
    ax.set_xlim(0, max(values) * (1.1 if narrow else 1.75))
    if narrow:
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
    ax.xaxis.set_major_formatter(tick_numbers(lang))
    ax.set_xlabel(label("axis.usd_of_year", lang, year=year))
    charts.title(fig, label("trade.chart_1989_title", lang, year=year, ratio=number(bars[1][1] / bars[0][1], lang, 1)))
    charts.source_note(fig, source_line(trade[trade["id"].isin(rows.index)], lang, label("source.cow", lang)))
    data = pd.DataFrame({"item": [b[0] for b in bars], "million_usd": [b[1] / 1e6 for b in bars],
                         "flagged": [b[3] for b in bars]}).assign(year=year)
    return fig, data
