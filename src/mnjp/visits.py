"""High-level visits: counts by direction, office and decade, and a time axis."""
from __future__ import annotations

import pandas as pd

from . import charts, glossary
from .figures import source_line
from .labels import and_list, date_text, decade, label
from .params import Params
from .punctuation import enumeration, labelled, span

OFFICES = ["head_of_state", "head_of_government", "parliament_speaker", "foreign_minister",
           "senior_official", "not_stated"]
DIRECTIONS = ["MN-JP", "JP-MN"]


def counted(visits: pd.DataFrame, p: Params) -> pd.DataFrame:
    """Visits that count (second mentions dropped), dated within the window."""
    rows = visits[visits["counted"]].copy()
    rows = rows[rows["year"].notna() & rows["year"].between(p.start_year, p.end_year)]
    rows["direction"] = rows["from_country"] + "-" + rows["to_country"]
    rows["decade"] = (rows["year"] // 10 * 10).astype(int)
    rows["when"] = charts.year_position(rows)
    return rows.sort_values(["when", "id"]).reset_index(drop=True)


def undated(visits: pd.DataFrame) -> pd.DataFrame:
    return visits[visits["counted"] & visits["year"].isna()]


def counts(rows: pd.DataFrame, by: str, p: Params) -> pd.DataFrame:
    """Counts by 'direction', 'office_key' or 'decade', with labels, in a fixed order."""
    order = {"direction": DIRECTIONS, "office_key": OFFICES}.get(by, sorted(rows[by].unique()))
    table = rows.groupby(by).size().reindex(order, fill_value=0)
    if by != "decade":
        table = table[table > 0] if by == "office_key" else table
    names = {"direction": lambda k: label("dir." + k, p.lang), "office_key": lambda k: label("office." + k, p.lang),
             "decade": lambda k: decade(k, p.lang)}[by]
    return pd.DataFrame({"key": table.index, "label": [names(k) for k in table.index],
                         "visits": table.values.astype(int)})


def summary(rows: pd.DataFrame, visits: pd.DataFrame, p: Params) -> dict:
    """The counts the chapter quotes; an empty window gives zeros, not an error."""
    by_direction = counts(rows, "direction", p).set_index("key")["visits"]
    by_office = counts(rows, "office_key", p).set_index("key")["visits"]
    by_decade = counts(rows, "decade", p).sort_values(["visits", "key"], ascending=[False, True])
    busiest = by_decade.iloc[0] if len(by_decade) else {"label": label("none", p.lang), "visits": 0}
    return {
        "visits_total": len(rows),
        "visits_mn_jp": int(by_direction.get("MN-JP", 0)),
        "visits_jp_mn": int(by_direction.get("JP-MN", 0)),
        "visits_uncertain": int(rows["uncertain"].sum()),
        "visits_undated": len(undated(visits)),
        "visits_named": int(visits["counted"].sum()),
        "visits_busiest_decade": str(busiest["label"]),
        "visits_busiest_decade_count": int(busiest["visits"]),
        "visits_head_of_government": int(by_office.get("head_of_government", 0)),
        "visits_window": span(p.start_year, p.end_year, p.lang),
        "visits_silent_decades": and_list([decade(d, p.lang) for d in silent_decades(rows, p)], p.lang),
    }


def silent_decades(rows: pd.DataFrame, p: Params) -> list[int]:
    """Decades of the window in which the article mentions no visit."""
    return [d for d in window_decades(p) if d not in set(rows["decade"])]


def window_decades(p: Params) -> list[int]:
    """Every decade the window touches, so that a decade the article is silent about is shown."""
    return list(range(p.start_year // 10 * 10, p.end_year // 10 * 10 + 10, 10))


def by_decade_and_direction(rows: pd.DataFrame, p: Params) -> pd.DataFrame:
    """Visits per decade of the window and direction. A decade without any visit the article
    mentions holds no count (NA): the article's silence is not zero visits."""
    table = rows.groupby(["decade", "direction"]).size().unstack(fill_value=0) if len(rows) else pd.DataFrame()
    table = table.reindex(index=window_decades(p), columns=DIRECTIONS).astype("Int64")
    mentioned = table.notna().any(axis=1)
    table.loc[mentioned] = table.loc[mentioned].fillna(0)
    return table.rename_axis("decade")


def decade_chart(rows: pd.DataFrame, visits: pd.DataFrame, p: Params, width: float = 6):
    """Stacked bars: visits per decade, split by direction; a decade the article is silent
    about is marked "not mentioned", not drawn as zero. A phone's chart (narrow) lays the bars
    down, so that the decades' names stand one under another."""
    lang = p.lang
    narrow = width < 5
    table = by_decade_and_direction(rows, p)
    fig, ax = charts.figure(width, 4.4 if narrow else 4)
    names = [decade(d, lang) for d in table.index]
    positions = list(range(len(names)))[::-1] if narrow else list(range(len(names)))  # narrow: first decade on top
    bottom = pd.Series(0, index=table.index, dtype=float)
    for direction in DIRECTIONS:
        color = charts.COLORS[direction.split("-")[0]]
        heights = table[direction].astype(float).fillna(0)
        style = {"color": color, "label": label("dir." + direction, lang)}
        if narrow:
            bars = ax.barh(positions, heights, height=0.6, left=bottom, **style)
        else:
            bars = ax.bar(positions, heights, width=0.6, bottom=bottom, **style)
        for bar, name, value in zip(bars, names, table[direction]):
            if pd.notna(value) and value > 0:
                tip = labelled(enumeration([name, label("dir." + direction, lang)], lang), str(int(value)), lang)
                charts.tip(fig, bar, tip)
        bottom += heights
    top = max(bottom.max(), 1)
    silent = label("visits.not_mentioned", lang)
    for at, (decade_start, total) in zip(positions, bottom.items()):
        if table.loc[decade_start].isna().all():
            if narrow:
                ax.text(top * 0.02, at, silent, va="center", fontsize=10,
                        color=charts.COLORS["neutral"], style="italic")
            else:
                ax.text(at, top * 0.04, "\n".join(charts.wrap([silent], 10)), ha="center", va="bottom", fontsize=10,
                        color=charts.COLORS["neutral"], style="italic")
        elif narrow:
            ax.text(total + top * 0.02, at, str(int(total)), va="center", fontsize=10)
        else:
            ax.text(at, total + top * 0.02, str(int(total)), ha="center", fontsize=10)
    if rows.empty:
        charts.empty_note(ax, label("empty_window", lang))
    from matplotlib.ticker import MaxNLocator

    counts_axis = ax.xaxis if narrow else ax.yaxis
    counts_axis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y" if narrow else "x", visible=False)
    ax.grid(axis="x" if narrow else "y", visible=True)
    if narrow:
        ax.set_yticks(positions, names)
        ax.set_xlabel(label("axis.visits", lang))
        ax.set_xlim(0, top * 1.15)
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False)
    else:
        ax.set_xticks(positions, names)
        ax.set_ylabel(label("axis.visits", lang))
        ax.set_ylim(0, top * 1.25)
        ax.legend(loc="upper left")
    charts.title(fig, label("visits.counts_chart_title", lang))
    charts.source_note(fig, source_line(visits[visits["id"].isin(rows["id"])], lang))
    data = table.reset_index().rename(columns={"MN-JP": "mongolia_to_japan", "JP-MN": "japan_to_mongolia"})
    data["mentioned"] = table.notna().any(axis=1).to_numpy()
    return fig, data


def timeline_chart(rows: pd.DataFrame, visits: pd.DataFrame, p: Params, width: float = 7):
    """Each visit on a time axis: one lane per office, colour by direction, hollow if uncertain."""
    lang = p.lang
    offices = [o for o in OFFICES if o in set(rows["office_key"])]
    narrow = width < 5
    fig, ax = charts.figure(width, 5.6 if narrow else 4.6)
    if rows.empty:
        charts.empty_note(ax, label("empty_window", lang))
    for direction in DIRECTIONS:
        color = charts.COLORS[direction.split("-")[0]]
        first = True
        for _, row in rows[rows["direction"] == direction].iterrows():
            y = offices.index(row["office_key"]) + (0.12 if direction == "MN-JP" else -0.12)
            point = ax.scatter([row["when"]], [y], s=60, facecolors="white" if row["uncertain"] else color,
                               edgecolors=color, linewidths=1.5, zorder=3,
                               label=label("dir." + direction, lang) if first else None)
            first = False
            who = enumeration([glossary.visitor(row, lang), label("dir." + direction, lang)], lang)
            charts.tip(fig, point, labelled(date_text(row["date"], lang), who, lang))
    names = [label("office." + o, lang) for o in offices]
    ax.set_xlim(p.start_year - 0.5, p.end_year + 1)
    if narrow:  # a phone's chart writes each office over its row, leaving the whole width to the years
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        for y, name in enumerate(names):
            ax.text(p.start_year, y + 0.25, name, ha="left", va="bottom", fontsize=10, color=charts.COLORS["neutral"])
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
        ax.set_ylim(-0.5, len(offices) - 0.1)
    else:
        ax.set_yticks(range(len(offices)), charts.wrap(names, 20))
        ax.set_ylim(-0.7, len(offices) - 0.3)
        charts.years_axis(ax)
    ax.set_xlabel(label("axis.year", lang))
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=1 if narrow else 2, title=label("legend.uncertain", lang),
              frameon=False)
    charts.title(fig, label("visits.chart_title", lang))
    charts.source_note(fig, source_line(visits[visits["id"].isin(rows["id"])], lang))
    data = rows[["id", "person_en", "office_key", "from_country", "to_country", "year", "month", "uncertain"]]
    return fig, data


def listing(rows: pd.DataFrame, p: Params) -> pd.DataFrame:
    """One line per visit for the chapter's table."""
    from .display import quote_link

    lang = p.lang
    return pd.DataFrame({
        label("col.date", lang): [date_text(d, lang) for d in rows["date"]],
        label("col.person", lang): [glossary.visitor(row, lang) for _, row in rows.iterrows()],
        label("col.office", lang): [label("office." + o, lang) for o in rows["office_key"]],
        label("col.direction", lang): [label("dir." + d, lang) for d in rows["direction"]],
        label("col.flag", lang): [label("flag.uncertain", lang) if u else "" for u in rows["uncertain"]],
        label("col.id", lang): [quote_link(i, lang) for i in rows["id"]],
    })
