"""Official series set beside the article's figures in the aid and trade chapters."""
from __future__ import annotations

import pandas as pd

from . import charts, external
from .figures import measure, scaled_unit, source_line, tick_numbers
from .labels import aside, label, number
from .labels import money as money_text
from .params import Params
from .punctuation import enumeration, labelled


def text(key: str, lang: str) -> str:
    return label("context." + key, lang)


def _series(file: str) -> pd.DataFrame:
    return external.read(file)


def cow_table() -> pd.DataFrame:
    return _series("cow_trade_dyadic_mng_jpn.csv")


def _year_ticks(ax, narrow: bool) -> None:
    """Whole years; fewer of them on a phone's chart."""
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(nbins=4 if narrow else "auto", integer=True))


def _in_millions(usd: float, lang: str) -> str:
    return money_text(usd, "USD", lang, scale="million", digits=0 if abs(usd) >= 1e7 else 1)


def _year(year, lang: str) -> str:
    """A year in a hover tip: '1989'; in Japanese '1989年'."""
    return label("date.year_alone", lang, year=int(year))


def cow_chart(trade: pd.DataFrame, ids: list[str], p: Params, first: int = 1980, last: int = 2000, width: float = 7):
    """The COW bilateral flows around the article's trade year, in million current US dollars
    (the unit of the series and of the article's figures), with the article's figures marked.
    The axis is logarithmic, since the cashmere figure is ten times the series, with plain ticks.
    Every point names its year and value on hover."""
    from matplotlib.ticker import FixedLocator, NullLocator

    cow = cow_table()
    cow = cow[cow["year"].between(first, last)]
    lang = p.lang
    narrow = width < 5
    fig, ax = charts.figure(width, 7.4 if narrow else 6)
    for column, key, color in [("mng_imports_from_jpn", "cow_mn_imports", charts.COLORS["JP"]),
                               ("jpn_imports_from_mng", "cow_jp_imports", charts.COLORS["MN"])]:
        name = text(key, lang)
        ax.plot(cow["year"], cow[column], marker="o", markersize=3, color=color, label=name)
        for year, value in zip(cow["year"], cow[column]):
            if pd.notna(value):
                point = ax.scatter([year], [value], s=14, color=color, zorder=3)
                charts.tip(fig, point, labelled(enumeration([_year(year, lang), name], lang),
                                                    _in_millions(float(value) * 1e6, lang), lang))
    figures = trade.set_index("id")
    for row_id, marker in [(ids[0], "D"), (ids[1], "s")]:
        row = figures.loc[row_id]
        name = labelled(measure(row, lang) + aside(text("article_point", lang), lang),
                        money_text(float(row["value"]), "USD", lang, qualifier=row["qualifier"]), lang)
        point = ax.scatter([int(row["year"])], [float(row["value"]) / 1e6], marker=marker, s=60, color="black",
                           zorder=4,
                           label=name)
        charts.tip(fig, point, enumeration([_year(row["year"], lang), name], lang))
    ax.set_yscale("log")
    ticks = [1, 2, 5, 10, 20, 50, 100, 200, 500]
    ax.yaxis.set_major_locator(FixedLocator(ticks))
    ax.yaxis.set_minor_locator(NullLocator())
    ax.yaxis.set_major_formatter(tick_numbers(lang))
    ax.set_ylim(1, 600)
    ax.grid(axis="y", visible=True)
    ax.set_xlabel(label("axis.year", lang))
    _year_ticks(ax, narrow)
    ax.set_ylabel(scaled_unit('million', 'USD', lang) + aside(label('context.log_scale', lang), lang))
    # the key above the plot, over no mark, from the figure's left edge (x in figure, y in axes coordinates)
    from matplotlib.transforms import blended_transform_factory

    handles, names = ax.get_legend_handles_labels()
    ax.legend(handles, charts.wrap(names, 36 if narrow else 76), fontsize=10, loc="lower left", ncol=1,
              bbox_to_anchor=(0.01, 1.02), bbox_transform=blended_transform_factory(fig.transFigure, ax.transAxes))
    charts.title(fig, text("cow_title", lang))
    used = trade[trade["id"].isin(ids)]
    charts.source_note(fig, source_line(used, lang, label("source.cow", lang)))
    data = cow.drop(columns=["unit"]).assign(unit="million current USD")
    return fig, data


def nso_table() -> pd.DataFrame:
    nso = _series("nso_mng_exports_by_partner_japan_total.csv").pivot(index="year", columns="partner", values="value")
    nso["share"] = 100 * nso["Japan"] / nso["Total"]
    return nso.reset_index()


def nso_chart(epa_year: int, p: Params, width: float = 7):
    """Two panels on one time axis, one quantity each: exports to Japan (million current US
    dollars) above, Japan's share of Mongolia's exports (%) below; the EPA's entry into force marked."""
    import matplotlib.pyplot as plt

    lang = p.lang
    narrow = width < 5
    nso = nso_table()
    charts.style()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(width, 6.4 if narrow else 5.4), sharex=True, layout="constrained")
    bars = top.bar(nso["year"], nso["Japan"] / 1e3, color=charts.COLORS["JP"])
    for bar, year, value in zip(bars, nso["year"], nso["Japan"]):
        charts.tip(fig, bar, labelled(_year(year, lang), _in_millions(float(value) * 1e3, lang), lang))
    top.set_ylabel(scaled_unit("million", "USD", lang))
    top.set_title(charts.wrap([text("nso_exports", lang)], 28)[0] if narrow else text("nso_exports", lang), fontsize=11)
    bottom.plot(nso["year"], nso["share"], color=charts.COLORS["MN"], marker="o", markersize=3)
    for year, share in zip(nso["year"], nso["share"]):
        point = bottom.scatter([year], [share], s=14, color=charts.COLORS["MN"], zorder=3)
        charts.tip(fig, point, labelled(_year(year, lang), f"{number(share, lang, 2)}%", lang))
    bottom.set_ylim(0, nso["share"].max() * (1.6 if narrow else 1.3))
    bottom.set_ylabel("%")
    bottom.set_title(charts.wrap([text("nso_share", lang)], 28)[0] if narrow else text("nso_share", lang), fontsize=11)
    for ax in (top, bottom):
        ax.axvline(epa_year, color=charts.COLORS["neutral"], linestyle="--")
        ax.grid(axis="x", visible=False)
        ax.grid(axis="y", visible=True)
        ax.yaxis.set_major_formatter(tick_numbers(lang))
    epa = charts.wrap([text("epa", lang)], 16 if narrow else 28)[0]  # inside the panel, beside the line
    bottom.text(epa_year - 0.2 if narrow else epa_year + 0.2, bottom.get_ylim()[1] * 0.95, epa, fontsize=10,
                color=charts.COLORS["neutral"], va="top", ha="right" if narrow else "left",
                bbox=dict(facecolor="white", edgecolor="none", pad=1))
    _year_ticks(bottom, narrow)
    charts.title(fig, text("nso_title", lang))
    charts.source_note(fig, label("source.nso", lang))
    return fig, nso.rename(columns={"Japan": "exports_to_japan_thousand_usd", "Total": "exports_total_thousand_usd",
                                    "share": "japan_share_percent"})


def oda_table() -> pd.DataFrame:
    return _series("wdi_mng_net_oda_received_usd.csv")[["year", "value"]]


def oda_chart(summed_to: int, p: Params, width: float = 7):
    """Net ODA received per year; the years summed in the comparison are drawn darker."""
    lang = p.lang
    narrow = width < 5
    oda = oda_table()
    fig, ax = charts.figure(width, 4.6 if narrow else 3.8)
    colors = [charts.COLORS["neutral"] if y <= summed_to else charts.COLORS["light"] for y in oda["year"]]
    bars = ax.bar(oda["year"], oda["value"] / 1e6, color=colors)
    for bar, year, value in zip(bars, oda["year"], oda["value"]):
        charts.tip(fig, bar, labelled(_year(year, lang), _in_millions(float(value), lang), lang))
    note = label("context.oda_summed", lang, last=summed_to)
    ax.text(0.01, 0.98, charts.wrap([note], 30)[0] if narrow else note, transform=ax.transAxes, fontsize=10,
            color=charts.COLORS["neutral"], va="top")
    ax.set_ylim(0, oda["value"].max() / 1e6 * (1.35 if narrow else 1.15))
    ax.set_ylabel(charts.wrap([text("oda_axis", lang)], 24)[0])  # on two lines: one runs into the title
    ax.yaxis.set_major_formatter(tick_numbers(lang))
    _year_ticks(ax, narrow)
    ax.grid(axis="x", visible=False)
    ax.grid(axis="y", visible=True)
    charts.title(fig, text("oda_title", lang))
    charts.source_note(fig, label("source.wdi_oda", lang))
    return fig, oda.assign(unit="current USD")
