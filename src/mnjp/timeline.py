"""Agreements, statements, programmes and the phases of the relationship."""
from __future__ import annotations

import pandas as pd

from . import charts
from .display import quote_link
from .figures import source_line
from .labels import aside, date_text, label
from .params import Params
from .punctuation import labelled, span, span_from

LANES = ["programme", "agreement", "joint_statement", "policy_document", "initiative", "milestone"]
MERGED = {"establishment": "milestone", "agreement_in_force": "agreement", "law": "policy_document",
          "publication": "milestone"}


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
    overlaps = (start <= p.end_year) & (end >= p.start_year)
    rows = rows[(rows["year"].between(p.start_year, p.end_year)) | overlaps].copy()
    rows["when"] = charts.year_position(rows)
    rows["lane"] = rows["kind"].map(lambda k: MERGED.get(k, k))
    return rows.sort_values(["when", "id"]).reset_index(drop=True)


def transition_year(phase_rows: pd.DataFrame) -> int:
    """The year the article's second phase (after the democratic transition) begins."""
    return int(phase_rows["period_start"].iloc[1])


def title(row, lang: str) -> str:
    return row[f"title_{lang}"]  # title_ja: data/extracted/titles_ja.csv


def years(start, end, lang: str) -> str:
    """A period of years: '2013–2017' or, open at its end, '1990–'; in Japanese '2013～2017年' and
    '1990年～'. Empty without a start."""
    if pd.isna(start):
        return ""
    if end is None or pd.isna(end):
        return span_from(label("date.year_alone", lang, year=int(start)), lang)
    return label("date.year_alone", lang, year=span(int(start), int(end), lang))


def listing(rows: pd.DataFrame, p: Params) -> pd.DataFrame:
    lang = p.lang
    period = [years(a, b, lang) for a, b in zip(rows["period_start"], rows["period_end"])]
    return pd.DataFrame({
        label("col.date", lang): [date_text(d, lang) for d in rows["date"]],
        label("col.kind", lang): [label("kind." + k, lang) for k in rows["kind"]],
        label("col.title", lang): [title(r, lang) for _, r in rows.iterrows()],
        label("col.period", lang): period,
        label("col.flag", lang): [label("flag.uncertain", lang) if u else "" for u in rows["uncertain"]],
        label("col.id", lang): [quote_link(i, lang) for i in rows["id"]],
    })


def chart(phase_rows: pd.DataFrame, rows: pd.DataFrame, timeline: pd.DataFrame, p: Params,
          lengths: dict[str, int] | None = None, width: float = 7):
    """Phases as bands; one row per programme (its period as a bar, dashed when the end is
    not stated, its name written over the bar); other events as dots on one row per kind
    (hollow when uncertain). Every mark names its event on hover."""
    lang = p.lang
    kinds = [lane for lane in LANES if lane != "programme" and lane in set(rows["lane"])]
    programmes = rows[rows["lane"] == "programme"]
    narrow = width < 5
    height = ((3.2 if narrow else 2.4) + (0.55 if narrow else 0.5) * len(kinds)
              + (0.9 if narrow else 0.8) * len(programmes))
    fig, ax = charts.figure(width, height)
    if rows.empty:
        charts.empty_note(ax, label("empty_window", lang))
    # first row at the top; a programme's row leaves room above its bar for its name
    step, lane = (2.0, 1.2) if narrow else (1.7, 1.0)
    ys = ([step * len(programmes) + lane * i for i in range(len(kinds))][::-1]
          + [step * i for i in range(len(programmes))][::-1])
    from matplotlib.patches import Patch

    shades = ["#ececec", "#dfe6f0", "#f4e3e3", "#e3f0df"]
    bands = []
    for i, (_, phase) in enumerate(phase_rows.iterrows()):
        first, last = max(int(phase["period_start"]), p.start_year), min(int(phase["period_end"]), p.end_year + 1)
        if first >= last:
            continue
        ax.axvspan(first, last, color=shades[i % len(shades)], zorder=0)
        name = title(phase, lang) + aside(years(phase["period_start"], None, lang), lang)
        bands.append(Patch(facecolor=shades[i % len(shades)], label=charts.wrap([name], 30)[0] if narrow else name))
    if bands:  # the phases' names in a key above the chart: short phases leave no room inside
        ax.legend(handles=bands, loc="lower left", bbox_to_anchor=(0, 1.0), ncol=1, frameon=False)
    for y, kind in zip(ys, kinds):
        for _, row in rows[rows["lane"] == kind].iterrows():
            dot = ax.scatter([row["when"]], [y], s=45, facecolors="white" if row["uncertain"] else charts.COLORS["MN"],
                             edgecolors=charts.COLORS["MN"], linewidths=1.3, zorder=3)
            charts.tip(fig, dot, labelled(date_text(row["date"], lang), title(row, lang), lang))
    x_end = max(p.end_year, int(programmes["period_end"].max()) if programmes["period_end"].notna().any() else 0) + 2
    x_start = p.start_year - 1
    for y, (_, row) in zip(ys[len(kinds):], programmes.iterrows()):
        start = float(row["period_start"]) if pd.notna(row["period_start"]) else row["when"]
        if pd.notna(row["period_end"]):
            end = float(row["period_end"]) + 1
            ax.plot([start, end], [y, y], color=charts.COLORS["JP"], linewidth=7, alpha=0.55,
                    solid_capstyle="butt", zorder=2)
            note = ""
        elif lengths and row["id"] in lengths:  # the article gives the length: draw it, dashed
            end = float(row["when"]) + lengths[row["id"]]
            ax.plot([float(row["when"]), end], [y, y], color=charts.COLORS["JP"], linewidth=3, alpha=0.6,
                    linestyle=(0, (4, 2)), zorder=2)
            note = label("legend.inferred_end", lang)
        else:
            end = start + 4
            ax.annotate("", xy=(end, y), xytext=(start, y),
                        arrowprops=dict(arrowstyle="->", color=charts.COLORS["JP"], linestyle="--"))
            note = label("legend.open_ended", lang)
        dot, = ax.plot(row["when"], y, "o", color=charts.COLORS["JP"], zorder=3)
        named = title(row, lang) + (aside(note, lang) if note else "")
        charts.tip(fig, dot, labelled(date_text(row["date"], lang), named, lang))
        # the programme's name over its bar, ending at the bar's end so that it stays inside the axes
        name = charts.wrap([named], 30 if narrow else 58)[0]
        if narrow:  # from the axis' start: a phone's chart has no room left of a bar
            ax.text(x_start + 0.5, y + 0.22, name, ha="left", va="bottom", fontsize=9.5, linespacing=1.1)
        else:
            ax.text(end, y + 0.22, name, ha="right", va="bottom", fontsize=9.5, linespacing=1.1)
    lane_names = [label("kind." + k, lang) for k in kinds] + [label("kind.programme", lang)] * len(programmes)
    if narrow:  # a phone's chart writes each kind's name over its row, leaving the whole width to the years
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        for y, lane_name in zip(ys[:len(kinds)], lane_names):
            ax.text(x_start + 0.5, y + 0.2, lane_name, ha="left", va="bottom", fontsize=10,
                    color=charts.COLORS["neutral"])
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    else:
        ax.set_yticks(ys, lane_names)
    ax.set_xlim(x_start, x_end)
    ax.set_ylim(-0.6, max(ys, default=0) + 0.6)
    ax.set_xlabel(label("axis.year", lang))
    if not narrow:
        charts.years_axis(ax)
    charts.title(fig, label("timeline.chart_title", lang))
    used = timeline[timeline["id"].isin(list(rows["id"]) + list(phase_rows["id"]))]
    charts.source_note(fig, source_line(used, lang))
    data = pd.concat([phase_rows.assign(lane="phase"), rows])[["id", "kind", "lane", "title_en", "date", "period_start",
                                                               "period_end", "uncertain"]]
    return fig, data.reset_index(drop=True)
