"""Official series set beside the article's figures, for the audit chapter."""
from __future__ import annotations

import pandas as pd

from . import charts, external
from .figures import converted, measure, money_axis, money_sources, source_line
from .labels import label, money as money_text, qualified
from .money import convert, series
from .params import Params



def text(key: str, lang: str) -> str:
    return label("context." + key, lang)


def _series(file: str) -> pd.DataFrame:
    return external.read(file)


def in_run_money(usd: pd.Series, years: pd.Series, p: Params) -> pd.Series:
    """Current-dollar amounts of given years in the run's currency and price basis."""
    return series(usd, years, p.currency, p.price_basis, p.base_year)



def money_in_dollars(frames: list[pd.DataFrame], p: Params) -> pd.DataFrame:
    """Every money figure of the article as printed, in US dollars of its year, and in constant dollars."""
    rows = pd.concat(frames, ignore_index=True)
    rows = rows[rows["unit"].isin(["JPY", "USD"])]
    nominal = convert(rows, "USD").set_index("id")
    constant = convert(rows, "USD", "constant", p.base_year).set_index("id")
    out = []
    for _, row in rows.iterrows():
        out.append({
            label("col.item", p.lang): measure(row, p.lang),
            label("col.year", p.lang): int(row["year"]),
            label("col.as_printed", p.lang): f"{row['value_as_printed']} ({row['unit']})",
            "USD": qualified(money_text(nominal.loc[row["id"], "amount"], "USD", p.lang), row["qualifier"], p.lang),
            f"USD ({p.base_year})": qualified(money_text(constant.loc[row["id"], "amount"], "USD", p.lang), row["qualifier"], p.lang),
            label("col.rate_used", p.lang): nominal.loc[row["id"], "rate_used"],
        })
    return pd.DataFrame(out)


def cow_table() -> pd.DataFrame:
    return _series("cow_trade_dyadic_mng_jpn.csv")


def cow_chart(trade: pd.DataFrame, ids: list[str], p: Params, first: int = 1980, last: int = 2000):
    """The COW bilateral flows with the article's figures (ids: the turnover, then the part)."""
    cow = cow_table()
    cow = cow[cow["year"].between(first, last)]
    lang, unit = p.lang, p.currency
    scale = 1e6 if unit == "USD" else 1e9
    fig, ax = charts.figure(8, 4.2)
    for column, key, color in [("mng_imports_from_jpn", "cow_mn_imports", charts.COLORS["JP"]),
                               ("jpn_imports_from_mng", "cow_jp_imports", charts.COLORS["MN"])]:
        values = in_run_money(cow[column] * 1e6, cow["year"], p) / scale
        ax.plot(cow["year"], values, marker="o", markersize=3, color=color, label=text(key, lang))
    figures = converted(trade, p)
    for row_id, marker in [(ids[0], "D"), (ids[1], "s")]:
        row = figures.loc[row_id]
        ax.scatter([int(row["year"])], [row["amount"] / scale], marker=marker, s=60, color="black", zorder=4,
                   label=f"{measure(row, lang)} ({text('article_point', lang)})")
    ax.set_yscale("log")
    ax.set_xlabel(label("axis.year", lang))
    charts.years_axis(ax)
    ax.set_ylabel(money_axis(p, "million" if unit == "USD" else "billion") + " (log)")
    ax.legend(fontsize=8, loc="upper left")
    charts.title(fig, text("cow_title", lang))
    used = trade[trade["id"].isin(ids)]
    extra = [label("source.cow", lang)] + money_sources(p)
    charts.source_note(fig, source_line(used, lang, *extra))
    data = cow.drop(columns=["unit"]).assign(unit="million current USD")
    return fig, data


def nso_table() -> pd.DataFrame:
    nso = _series("nso_mng_exports_by_partner_japan_total.csv").pivot(index="year", columns="partner", values="value")
    nso["share"] = 100 * nso["Japan"] / nso["Total"]
    return nso.reset_index()


def nso_chart(epa_year: int, p: Params):
    """Exports to Japan (bars) and Japan's share of exports (line), with the EPA's entry into force."""
    lang = p.lang
    nso = nso_table()
    fig, ax = charts.figure(8, 4.2)
    values = in_run_money(nso["Japan"] * 1e3, nso["year"], p) / (1e6 if p.currency == "USD" else 1e9)
    ax.bar(nso["year"], values, color=charts.COLORS["JP"], label=text("nso_exports", lang))
    ax.set_ylabel(money_axis(p, "million" if p.currency == "USD" else "billion"))
    twin = ax.twinx()
    twin.plot(nso["year"], nso["share"], color=charts.COLORS["MN"], marker="o", markersize=3, label=text("nso_share", lang))
    twin.set_ylabel(text("nso_share", lang))
    twin.set_ylim(0, nso["share"].max() * 1.5)
    twin.spines["right"].set_visible(True)
    ax.axvline(epa_year, color=charts.COLORS["neutral"], linestyle="--")
    ax.text(epa_year - 0.2, ax.get_ylim()[1] * 0.97, text("epa", lang), fontsize=8, color=charts.COLORS["neutral"], va="top", ha="right",
            bbox=dict(facecolor="white", edgecolor="none", pad=1))
    charts.years_axis(ax)
    handles = ax.get_legend_handles_labels()
    more = twin.get_legend_handles_labels()
    ax.legend(handles[0] + more[0], handles[1] + more[1], fontsize=8, loc="upper left")
    ax.grid(axis="x", visible=False)
    charts.title(fig, text("nso_title", lang))
    charts.source_note(fig, "; ".join([label("source.nso", lang), *money_sources(p)]))
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
    ax.text(0.01, 0.95, label("context.oda_summed", lang, last=summed_to), transform=ax.transAxes, fontsize=8,
            color=charts.COLORS["neutral"], va="top")
    ax.set_ylabel(text("oda_axis", lang))
    charts.years_axis(ax)
    ax.grid(axis="x", visible=False)
    ax.grid(axis="y", visible=True)
    charts.title(fig, text("oda_title", lang))
    charts.source_note(fig, label("source.wdi_oda", lang))
    return fig, oda.assign(unit="current USD")
