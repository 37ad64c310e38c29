"""Rules on the article's own figures: sums, parts within wholes, repeated mentions, lengths
of time and the order of dates."""
from __future__ import annotations

import pandas as pd

from .core import FLAG, NOTE, PASS, Check, Context, Finding, date_of, finding, rule

DATE_FIELDS = ("year", "month", "day", "period_start", "period_end")


def _given(row: dict, name: str) -> bool:
    return row.get(name) is not None and not pd.isna(row.get(name))


@rule
def parts_add_up(check: Check, rows: dict, context: Context) -> Finding:
    """The parts of a stated total (the check's first row) add up to it, within the rounding of
    the printed parts."""
    whole, parts = rows[check.ids[0]], [rows[i] for i in check.ids[1:]]
    total, summed = float(whole["value"]), sum(float(p["value"]) for p in parts)
    difference = total - summed
    values = dict(whole=whole, parts=parts, total=total, summed=summed, difference=difference, unit=whole["unit"])
    if abs(difference) < 0.5e6 * len(parts):  # the parts are printed to the million
        return finding(check, rows, PASS, values)
    return finding(check, rows, FLAG, values, "" if difference > 0 else "less")


@rule
def within_whole(check: Check, rows: dict, context: Context) -> Finding:
    """A subset (the first row) does not exceed the whole it belongs to (the second)."""
    part, whole = rows[check.ids[0]], rows[check.ids[1]]
    ratio = float(part["value"]) / float(whole["value"])
    return finding(check, rows, PASS if ratio <= 1 else FLAG, dict(part=part, whole=whole, ratio=ratio))


@rule
def mentions_agree(check: Check, rows: dict, context: Context) -> Finding:
    """A second mention of a visit or event (the second row) gives the same date and period as
    the first."""
    first, mention = rows[check.ids[0]], rows[check.ids[1]]
    fields = [f for f in DATE_FIELDS if _given(mention, f) and _given(first, f)]
    differ = [f for f in fields if int(mention[f]) != int(first[f])]
    values = dict(first=first, mention=mention, fields=fields, differ=differ)
    return finding(check, rows, FLAG if differ else PASS if fields else NOTE, values)


@rule
def duration_reaches_year(check: Check, rows: dict, context: Context) -> Finding:
    """Each stated duration (the rows after the first) from an event's year (the first row)
    reaches the article's year."""
    event, durations, target = rows[check.ids[0]], [rows[i] for i in check.ids[1:]], context.year_of_article
    start = int(event["year"])
    values = dict(event=event, durations=durations, start=start, target=target)
    return finding(check, rows, PASS if all(start + int(d["value"]) == target for d in durations) else FLAG, values)


@rule
def period_from_duration(check: Check, rows: dict, context: Context) -> Finding:
    """A programme's (the first row's) stated length (the second row) against its period, or
    the end it implies.

    With a start month the end is the month before the same month `years` later
    (November 2004 + 5 years ends about October 2009); with a start year only, the
    years are counted inclusively.
    """
    event, years = rows[check.ids[0]], int(rows[check.ids[1]]["value"])
    values = dict(event=event, years=years, start=None, end=None, period=None)
    if _given(event, "period_end") and _given(event, "period_start"):
        start, end = int(event["period_start"]), int(event["period_end"])
        values.update(period=(start, end))
        return finding(check, rows, PASS if end - start + 1 == years else FLAG, values)
    start = int(event["period_start"]) if _given(event, "period_start") else int(event["year"])
    if _given(event, "month"):
        month = int(event["month"])
        last = (start + years, month - 1) if month > 1 else (start + years - 1, 12)
        values.update(start=(start, month), end=last)
    else:
        values.update(start=(start,), end=(start + years - 1,))
    return finding(check, rows, NOTE, values)


@rule
def publication_not_before_event(check: Check, rows: dict, context: Context) -> Finding:
    """Reports of an event (the rows after the first) are not dated before the event."""
    event, publications = rows[check.ids[0]], [rows[i] for i in check.ids[1:]]
    early = [p for p in publications if date_of(p) < date_of(event)]
    return finding(check, rows, NOTE if early else PASS, dict(event=event, publications=publications, early=early))


def dated_citations(rows: dict, references: list[dict]) -> list[tuple[dict, dict]]:
    """(row, footnote) pairs where both carry a date."""
    refs = {int(r["number"]): r for r in references if not pd.isna(r["year"])}
    return [(row, refs[int(row["footnote"])]) for row in rows.values()
            if _given(row, "footnote") and int(row["footnote"]) in refs and date_of(row)]


@rule
def sources_not_before_statements(check: Check, rows: dict, context: Context) -> Finding:
    """A dated source the article cites (a footnote of `context.references`) is not earlier than
    the dated statement it supports."""
    cited = dated_citations(rows, context.references)
    early = [(row, ref) for row, ref in cited if date_of(ref) < date_of(row)[:len(date_of(ref))]]
    ids = sorted({row["id"] for row, _ in (early or cited)})
    return finding(check, rows, FLAG if early else PASS, dict(cited=cited, early=early), ids=ids)
