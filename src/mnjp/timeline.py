"""Agreements, statements, programmes and the phases of the relationship."""
from __future__ import annotations

import pandas as pd

from . import charts
from .display import quote_link
from .figures import source_line
from .labels import label
from .params import Params

LANES = ["programme", "agreement", "joint_statement", "policy_document", "initiative", "milestone"]
MERGED = {"establishment": "milestone", "agreement_in_force": "agreement", "law": "policy_document", "publication": "milestone"}


def phases(timeline: pd.DataFrame, article_year: int) -> pd.DataFrame:
    """The article's phases; each ends where the next begins, the last in the article's year."""
    rows = timeline[timeline["kind"] == "phase"].sort_values("period_start").reset_index(drop=True)
    ends = list(rows["period_start"].iloc[1:]) + [article_year]
    return rows.assign(period_end=pd.array(ends, dtype="Int64"))


def events(timeline: pd.DataFrame, p: Params) -> pd.DataFrame:
    """Counted, dated events within the window, in date order. Phases are drawn apart, and
    newspaper printings of a document are not events of the relationship."""
    rows = timeline[timeline["counted"] & ~timeline["kind"].isin(["phase", "publication"]) & timeline["year"].notna()]
    # a row is in the window when its date is, or when its period overlaps the window
    start = rows["period_start"].fillna(rows["year"]).astype(int)
    end = rows["period_end"].fillna(rows["year"]).astype(int)
    rows = rows[(rows["year"].between(p.start_year, p.end_year)) | ((start <= p.end_year) & (end >= p.start_year))].copy()
    rows["when"] = charts.year_position(rows)
    rows["lane"] = rows["kind"].map(lambda k: MERGED.get(k, k))
    return rows.sort_values(["when", "id"]).reset_index(drop=True)


def title(row, lang: str) -> str:
    return row["title_mn"] if lang == "mn" else row["title_en"]


def listing(rows: pd.DataFrame, p: Params) -> pd.DataFrame:
    lang = p.lang
    period = [f"{int(a)}–{int(b)}" if pd.notna(a) and pd.notna(b) else (f"{int(a)}–" if pd.notna(a) else "")
              for a, b in zip(rows["period_start"], rows["period_end"])]
    return pd.DataFrame({
        label("col.date", lang): rows["date"],
        label("col.kind", lang): [label("kind." + k, lang) for k in rows["kind"]],
        label("col.title", lang): [title(r, lang) for _, r in rows.iterrows()],
        label("col.period", lang): period,
        label("col.flag", lang): [label("flag.uncertain", lang) if u else "" for u in rows["uncertain"]],
        label("col.id", lang): [quote_link(i, lang) for i in rows["id"]],
    })


def chart(phase_rows: pd.DataFrame, rows: pd.DataFrame, timeline: pd.DataFrame, p: Params,
          lengths: dict[str, int] | None = None):
    """Phases as bands; one row per programme (its period as a bar, dashed when the end is
    not stated); other events as dots on one row per kind (hollow when uncertain)."""
    import textwrap

    lang = p.lang
    kinds = [l for l in LANES if l != "programme" and l in set(rows["lane"])]
    programmes = rows[rows["lane"] == "programme"]
    names = [label("kind." + k, lang) for k in kinds] + [
        "\n".join(textwrap.wrap(title(r, lang), 42)) for _, r in programmes.iterrows()]
    fig, ax = charts.figure(10, 1.6 + 0.55 * max(len(names), 2))
    if rows.empty:
        charts.empty_note(ax, label("empty_window", lang))
    ys = list(range(len(names)))[::-1]  # first name at the top
    from matplotlib.patches import Patch

    shades = ["#ececec", "#dfe6f0", "#f4e3e3", "#e3f0df"]
    bands = []
    for i, (_, phase) in enumerate(phase_rows.iterrows()):
        start, end = max(int(phase["period_start"]), p.start_year), min(int(phase["period_end"]), p.end_year + 1)
        if start >= end:
            continue
        ax.axvspan(start, end, color=shades[i % len(shades)], zorder=0)
        bands.append(Patch(facecolor=shades[i % len(shades)], label=f"{title(phase, lang)} ({int(phase['period_start'])}–)"))
    if bands:  # the phases' names in a key above the chart: short phases leave no room inside
        ax.legend(handles=bands, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=1, fontsize=8, frameon=False)
    for y, kind in zip(ys, kinds):
        part = rows[rows["lane"] == kind]
        face = ["white" if u else charts.COLORS["MN"] for u in part["uncertain"]]
        ax.scatter(part["when"], [y] * len(part), s=45, facecolors=face, edgecolors=charts.COLORS["MN"], linewidths=1.3, zorder=3)
    for y, (_, row) in zip(ys[len(kinds):], programmes.iterrows()):
        start = float(row["period_start"]) if pd.notna(row["period_start"]) else row["when"]
        if pd.notna(row["period_end"]):
            ax.plot([start, float(row["period_end"]) + 1], [y, y], color=charts.COLORS["JP"], linewidth=7, alpha=0.55,
                    solid_capstyle="butt", zorder=2)
        elif lengths and row["id"] in lengths:  # the article gives the length: draw it, dashed
            begin = float(row["when"])
            ax.plot([begin, begin + lengths[row["id"]]], [y, y], color=charts.COLORS["JP"], linewidth=3, alpha=0.6,
                    linestyle=(0, (4, 2)), zorder=2)
            ax.text(begin + 0.4, y + 0.2, label("legend.inferred_end", lang), fontsize=7.5, color=charts.COLORS["neutral"])
        else:
            ax.annotate("", xy=(start + 4, y), xytext=(start, y),
                        arrowprops=dict(arrowstyle="->", color=charts.COLORS["JP"], linestyle="--"))
            ax.text(start + 0.4, y + 0.2, label("legend.open_ended", lang), fontsize=7.5, color=charts.COLORS["neutral"])
        ax.plot(row["when"], y, "o", color=charts.COLORS["JP"], zorder=3)
    ax.set_yticks(ys, names, fontsize=8.5)
    ax.set_xlim(p.start_year - 1, max(p.end_year, int(programmes["period_end"].max()) if programmes["period_end"].notna().any() else 0) + 2)
    ax.set_ylim(-0.6, max(len(names), 1) - 0.4)
    ax.set_xlabel(label("axis.year", lang))
    charts.years_axis(ax)
    charts.title(fig, label("timeline.chart_title", lang))
    used = timeline[timeline["id"].isin(list(rows["id"]) + list(phase_rows["id"]))]
    charts.source_note(fig, source_line(used, lang))
    data = pd.concat([phase_rows.assign(lane="phase"), rows])[["id", "kind", "lane", "title_en", "date", "period_start", "period_end", "uncertain"]]
    return fig, data.reset_index(drop=True)
