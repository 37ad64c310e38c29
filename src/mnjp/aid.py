"""Japan's aid to Mongolia: the ODA breakdown and the 1977 Gobi factory grant."""
from __future__ import annotations

import pandas as pd

from . import charts
from .figures import converted, measure, money_sources, source_line
from .labels import label, money as money_text
from .money import rate
from .params import Params


def breakdown(aid: pd.DataFrame, p: Params) -> pd.DataFrame:
    """The components of the article's stated total, largest first, with shares.

    Columns: id, measure, amount, share (% of the stated total); the total is the
    row the components name in `part_of`.
    """
    table = converted(aid, p)
    parts = table[table["part_of"].notna()]
    total = table.loc[parts["part_of"].iloc[0]]
    out = pd.DataFrame({
        "id": parts["id"],
        "measure": [measure(r, p.lang) for _, r in parts.iterrows()],
        "amount": parts["amount"],
        "share": 100 * parts["value"] / total["value"],
    }).sort_values("amount", ascending=False).reset_index(drop=True)
    out.attrs.update(total_id=total["id"], total=float(total["amount"]), total_value=float(total["value"]), unit=total["amount_unit"])
    return out


def totals(parts: pd.DataFrame) -> dict[str, float]:
    """Stated total, sum of the parts and their difference, in the run's currency."""
    total = parts.attrs["total"]
    summed = float(parts["amount"].sum())
    return {"total": total, "sum": summed, "difference": total - summed}


def breakdown_chart(parts: pd.DataFrame, aid: pd.DataFrame, p: Params):
    """Horizontal bars of the components, with the stated total and the sum marked."""
    fig, ax = charts.figure(8, 3.8)
    unit, lang = parts.attrs["unit"], p.lang
    scale = 1e9
    bars = ax.barh(charts.wrap(parts["measure"][::-1], 30), parts["amount"][::-1] / scale, color=charts.COLORS["JP"])
    for bar, amount, share in zip(bars, parts["amount"][::-1], parts["share"][::-1]):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f"  {money_text(amount, unit, lang)} ({share:.1f}%)",
                va="center", fontsize=9)
    ax.set_xlim(0, parts["amount"].max() / scale * 1.6)
    ax.set_xlabel(f"{label('scale.billion', lang)} {label('unit.' + unit.split(' ')[0], lang)}"
                  + (f" ({label('price.constant', lang, base_year=p.base_year)})" if p.price_basis == "constant" else ""))
    t = totals(parts)
    charts.title(fig, label("aid.chart_title", lang))
    ax.text(1, 0.02, f"{label('legend.stated_total', lang)}: {money_text(t['total'], unit, lang)}\n"
            f"{label('legend.sum', lang)}: {money_text(t['sum'], unit, lang)}", transform=ax.transAxes, fontsize=9,
            ha="right", va="bottom", color=charts.COLORS["neutral"])
    used = aid[aid["id"].isin(list(parts["id"]) + [parts.attrs["total_id"]])]
    charts.source_note(fig, source_line(used, lang, *money_sources(p)))
    data = parts.assign(unit=unit)[["id", "measure", "amount", "unit", "share"]]
    return fig, data


def equivalents(aid: pd.DataFrame) -> pd.DataFrame:
    """Figures the article restates in another currency, with the implied and FRED rates."""
    table = aid.set_index("id", drop=False)
    rows = []
    for _, usd in table[table["equivalent_of"].notna()].iterrows():
        jpy = table.loc[usd["equivalent_of"]]
        if usd["unit"] == "JPY":
            jpy, usd = usd, jpy
        fred = rate(int(jpy["year"]), None if pd.isna(jpy["month"]) else int(jpy["month"]))
        rows.append({"jpy_id": jpy["id"], "usd_id": usd["id"], "year": int(jpy["year"]), "jpy": float(jpy["value"]),
                     "usd": float(usd["value"]), "implied_rate": float(jpy["value"] / usd["value"]),
                     "fred_rate": fred.jpy_per_usd, "fred_series": f"{fred.series}, {fred.period}"})
    return pd.DataFrame(rows)
