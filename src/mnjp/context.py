"""Official series set beside the article's figures, for the audit chapter."""
from __future__ import annotations

import pandas as pd

from . import charts, external
from .figures import measure, source_line, tick_numbers
from .labels import label, money as money_text
from .money import series
from .params import Params



def text(key: str, lang: str) -> str:
    return label("context." + key, lang)


def _series(file: str) -> pd.DataFrame:
    return external.read(file)


def in_run_money(usd: pd.Series, years: pd.Series, p: Params) -> pd.Series:
    """Current-dollar amounts of given years in the run's currency and price basis."""
    return series(usd, years, p.currency, p.price_basis, p.base_year)



def cow_table() -> pd.DataFrame:
    return _series("cow_trade_dyadic_mng_jpn.csv")


def cow_chart(trade: pd.DataFrame, ids: list[str], p: Params, first: int = 1980, last: int = 2000):
    """The COW bilateral flows around the article's trade year, in million current US dollars
    (the unit of the series and of the article's figures), with the article's figures marked.
    The axis is logarithmic, since the cashmere figure is ten times the series, with plain ticks."""
    from matplotlib.ticker import FixedLocator, NullLocator

    cow = cow_table()
    cow = cow[cow["year"].between(first, last)]
    lang = p.lang
    fig, ax = charts.figure(8, 5.6)
    for column, key, color in [("mng_imports_from_jpn", "cow_mn_imports", charts.COLORS["JP"]),
                               ("jpn_imports_from_mng", "cow_jp_imports", charts.COLORS["MN"])]:
        ax.plot(cow["year"], cow[column], marker="o", markersize=3, color=color, label=text(key, lang))
    figures = trade.set_index("id")
    for row_id, marker in [(ids[0], "D"), (ids[1], "s")]:
        row = figures.loc[row_id]
        ax.scatter([int(row["year"])], [float(row["value"]) / 1e6], marker=marker, s=60, color="black", zorder=4,
                   label=f"{measure(row, lang)} ({text('article_point', lang)}): {money_text(float(row['value']), 'USD', lang, qualifier=row['qualifier'])}")
    ax.set_yscale("log")
    ticks = [1, 2, 5, 10, 20, 50, 100, 200, 500]
    ax.yaxis.set_major_locator(FixedLocator(ticks))
    ax.yaxis.set_minor_locator(NullLocator())
    ax.yaxis.set_major_formatter(tick_numbers(lang))
    ax.set_ylim(1, 600)
    ax.grid(axis="y", visible=True)
    ax.set_xlabel(label("axis.year", lang))
    charts.years_axis(ax)
    ax.set_ylabel(f"{label('scale.million', lang)} {label('unit.USD', lang)} ({label('context.log_scale', lang)})")
    ax.legend(fontsize="medium", loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=1)  # below the plot, over no mark
    charts.title(fig, text("cow_title", lang))
    used = trade[trade["id"].isin(ids)]
    charts.source_note(fig, source_line(used, lang, label("source.cow", lang)))
    data = cow.drop(columns=["unit"]).assign(unit="million current USD")
    return fig, data


def nso_table() -> pd.DataFrame:
    nso = _series("nso_mng_exports_by_partner_japan_total.csv").pivot(index="year", columns="partner", values="value")
    nso["share"] = 100 * nso["Japan"] / nso["Total"]
    return nso.reset_index()


def nso_chart(epa_year: int, p: Params):
    """Two panels on one time axis, one quantity each: exports to Japan (million current US
    dollars) above, Japan's share of Mongolia's exports (%) below; the EPA's entry into force marked."""
    import matplotlib.pyplot as plt

    lang = p.lang
    nso = nso_table()
    charts.style()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 5.2), sharex=True, layout="constrained")
    top.bar(nso["year"], nso["Japan"] / 1e3, color=charts.COLORS["JP"])
    top.set_ylabel(f"{label('scale.million', lang)} {label('unit.USD', lang)}")
    top.set_title(text("nso_exports", lang), fontsize="large")
    bottom.plot(nso["year"], nso["share"], color=charts.COLORS["MN"], marker="o", markersize=3)
    bottom.set_ylim(0, nso["share"].max() * 1.3)
    bottom.set_ylabel("%")
    bottom.set_title(text("nso_share", lang), fontsize="large")
    for ax in (top, bottom):
        ax.axvline(epa_year, color=charts.COLORS["neutral"], linestyle="--")
        ax.grid(axis="x", visible=False)
        ax.grid(axis="y", visible=True)
        ax.yaxis.set_major_formatter(tick_numbers(lang))
    bottom.text(epa_year + 0.2, bottom.get_ylim()[1] * 0.95, text("epa", lang), fontsize="medium", color=charts.COLORS["neutral"], va="top",
                bbox=dict(facecolor="white", edgecolor="none", pad=1))
    charts.years_axis(bottom)
    charts.title(fig, text("nso_title", lang))
    charts.source_note(fig, label("source.nso", lang))
    return fig, nso.rename(columns={"Japan": "exports_to_japan_thousand_usd", "Total": "exports_total_thousand_usd", "share": "japan_share_percent"})


def oda_table() -> pd.DataFrame:
    return _series("wdi_mng_net_oda_received_usd.csv")[["year", "value"]]


def oda_chart(summed_to: int, p: Params):
    """Net ODA received per year; the years summed in the comparison are drawn darker."""
    lang = p.lang
    oda = oda_table()
    fig, ax = charts.figure(8, 3.8)
    colors = [charts.COLORS["neutral"] if y <= summed_to else charts.COLORS["light"] for y in oda["year"]]
    ax.bar(oda["year"], oda["value"] / 1e6, color=colors)
    ax.text(0.01, 0.95, label("context.oda_summed", lang, last=summed_to), transform=ax.transAxes, fontsize="small",
            color=charts.COLORS["neutral"], va="top")
    ax.set_ylabel(text("oda_axis", lang))
    ax.yaxis.set_major_formatter(tick_numbers(lang))
    charts.years_axis(ax)
    ax.grid(axis="x", visible=False)
    ax.grid(axis="y", visible=True)
    charts.title(fig, text("oda_title", lang))
    charts.source_note(fig, label("source.wdi_oda", lang))
    return fig, oda.assign(unit="current USD")
