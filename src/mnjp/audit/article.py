"""Rules on the article's own figures: sums, parts within wholes, repeated mentions, lengths
of time and the order of dates."""
from __future__ import annotations

import pandas as pd

from .core import FLAG, NOTE, PASS, Check, Context, Finding, date_of, finding, iso, millions, rule

UNIT_MN_INSTRUMENTAL = {"JPY": "иенээр", "USD": "ам.доллараар"}
FIELD_EN = {"year": "year", "month": "month", "day": "day", "period_start": "first year of the period", "period_end": "last year of the period"}
FIELD_MN = {"year": "он", "month": "сар", "day": "өдөр", "period_start": "эхлэх он", "period_end": "дуусах он"}


@rule
def parts_add_up(check: Check, rows: dict, context: Context) -> Finding:
    """The parts of a stated total (the check's first row) add up to it, within the rounding of
    the printed parts."""
    whole, parts = rows[check.ids[0]], [rows[i] for i in check.ids[1:]]
    total, summed = float(whole["value"]), sum(float(p["value"]) for p in parts)
    difference = total - summed
    unit = whole["unit"]
    facts = dict(whole=whole, parts=parts, total=total, summed=summed, difference=difference, unit=unit)
    arithmetic = f"{' + '.join(millions(float(p['value'])) for p in parts)} = {millions(summed)} million {unit}; stated {millions(total)}; difference {millions(difference)} ({100 * difference / total:.2f}%)"
    if abs(difference) < 0.5e6 * len(parts):  # the parts are printed to the million
        return finding(check, rows, PASS, arithmetic, "The parts add up to the stated total.", "Бүрэлдэхүүн хэсгүүдийн нийлбэр нийт дүнтэй тэнцүү.", facts)
    return finding(check, rows, FLAG, arithmetic,
                   f"The stated total is {millions(difference)} million {unit} {'more' if difference > 0 else 'less'} than the sum of its parts; the article does not explain the gap.",
                   f"Нийт дүн хэсгүүдийн нийлбэрээс {millions(abs(difference))} сая {UNIT_MN_INSTRUMENTAL.get(unit, unit)} {'их' if difference > 0 else 'бага'}; өгүүлэлд шалтгааныг тайлбарлаагүй.", facts)


@rule
def within_whole(check: Check, rows: dict, context: Context) -> Finding:
    """A subset (the first row) does not exceed the whole it belongs to (the second)."""
    part, whole = rows[check.ids[0]], rows[check.ids[1]]
    p, w = float(part["value"]), float(whole["value"])
    facts = dict(part=part, whole=whole, ratio=p / w)
    arithmetic = f"{part['qualifier'] or ''} {millions(p)} vs {whole['qualifier'] or ''} {millions(w)} million {whole['unit']} (ratio {p / w:.1f})".strip()
    if p <= w:
        return finding(check, rows, PASS, arithmetic, "The part is within its whole.", "Хэсэг нь нийт дүнгээсээ хэтрээгүй.", facts)
    return finding(check, rows, FLAG, arithmetic,
                   f"As printed, the part is {p / w:.1f} times the whole it belongs to, so the two figures cannot both be right; the article does not say which is wrong.",
                   f"Өгүүлэлд бичсэнээр хэсэг нь өөрийгөө багтаах ёстой нийт дүнгээс {p / w:.1f} дахин их тул хоёр тоо хоёулаа зөв байж чадахгүй; аль нь буруу болохыг өгүүлэлд заагаагүй.", facts)


@rule
def mentions_agree(check: Check, rows: dict, context: Context) -> Finding:
    """A second mention of a visit or event (the second row) gives the same date and period as
    the first."""
    first, mention = rows[check.ids[0]], rows[check.ids[1]]
    fields = [f for f in ("year", "month", "day", "period_start", "period_end")
              if f in mention and not pd.isna(mention.get(f)) and f in first and not pd.isna(first.get(f))]
    differ = [f for f in fields if int(mention[f]) != int(first[f])]
    arithmetic = "; ".join(f"{f}: {int(first[f])} vs {int(mention[f])}" for f in fields) or "no date in the second mention"
    facts = dict(first=first, mention=mention, fields=fields, differ=differ)
    if differ:
        return finding(check, rows, FLAG, arithmetic,
                       f"Two mentions of the same item disagree on the {' and the '.join(FIELD_EN[f] for f in differ)}.",
                       f"Нэг зүйлийг хоёр газар дурдахдаа өөр өөр {', '.join(FIELD_MN[f] for f in differ)} заасан.", facts)
    return finding(check, rows, PASS if fields else NOTE, arithmetic,
                   "The mentions agree." if fields else "The second mention gives no date to compare.",
                   "Давтан дурдсан мэдээлэл зөрөөгүй." if fields else "Дахин дурдахдаа огноо заагаагүй тул харьцуулах боломжгүй.", facts)


@rule
def duration_reaches_year(check: Check, rows: dict, context: Context) -> Finding:
    """Each stated duration (the rows after the first) from an event's year (the first row)
    reaches the article's year."""
    event, durations, target = rows[check.ids[0]], [rows[i] for i in check.ids[1:]], context.year_of_article
    start = int(event["year"])
    arithmetic = "; ".join(f"{start} + {int(d['value'])} = {start + int(d['value'])}" for d in durations) + f"; article year {target}"
    facts = dict(event=event, durations=durations, target=target)
    if all(start + int(d["value"]) == target for d in durations):
        return finding(check, rows, PASS, arithmetic, "Every stated number of years agrees with the dates.",
                       "Заасан жилийн тоо бүр огноотой таарч байна.", facts)
    return finding(check, rows, FLAG, arithmetic, "A stated number of years does not reach the article's year.",
                   "Заасан жилийн тоо өгүүллийн онд хүрэхгүй байна.", facts)


def _end_mn(facts: dict) -> str:
    from ..labels import month_year

    if facts["end_month"]:
        return month_year(facts["end_year"], facts["end_month"], "mn")
    return f"{facts['end_year']} он"


@rule
def period_from_duration(check: Check, rows: dict, context: Context) -> Finding:
    """A programme's (the first row's) stated length (the second row) against its period, or
    the end it implies.

    With a start month the end is the month before the same month `years` later
    (November 2004 + 5 years ends about October 2009); with a start year only, the
    years are counted inclusively.
    """
    event, years = rows[check.ids[0]], int(rows[check.ids[1]]["value"])
    facts = dict(event=event, years=years, start=None, end_year=None, end_month=None)
    if not pd.isna(event.get("period_end")) and not pd.isna(event.get("period_start")):
        start, end = int(event["period_start"]), int(event["period_end"])
        arithmetic = f"{start}–{end} is {end - start + 1} years counted inclusively; stated length {years}"
        if end - start + 1 == years:
            return finding(check, rows, PASS, arithmetic, "The period matches the stated length.", "Хугацаа нь заасан урттайгаа таарна.", facts)
        return finding(check, rows, FLAG, arithmetic, "The period does not match the stated length.", "Хугацаа нь заасан урттайгаа таарахгүй.", facts)
    start = int(event["period_start"]) if not pd.isna(event.get("period_start")) else int(event["year"])
    month = event.get("month")
    if month is not None and not pd.isna(month):
        end_year, end_month = (start + years, int(month) - 1) if int(month) > 1 else (start + years - 1, 12)
        end_text = f"{end_year}-{end_month:02d}"
        facts.update(start=(start, int(month)), end_year=end_year, end_month=end_month)
        arithmetic = f"from {start}-{int(month):02d}, {years} years: to about {end_text}"
    else:
        end_text = str(start + years - 1)
        facts.update(start=(start,), end_year=start + years - 1)
        arithmetic = f"from {start}, {years} years counted inclusively: to {end_text}"
    return finding(check, rows, NOTE, arithmetic,
                   f"The article gives the length but not the end: the programme would run to about {end_text}.",
                   f"Өгүүлэлд хугацааны уртыг өгсөн боловч дуусах хугацааг заагаагүй: хөтөлбөр {_end_mn(facts)} хүртэл үргэлжилсэн байх магадлалтай.", facts)


@rule
def publication_not_before_event(check: Check, rows: dict, context: Context) -> Finding:
    """Reports of an event (the rows after the first) are not dated before the event."""
    event, publications = rows[check.ids[0]], [rows[i] for i in check.ids[1:]]
    when = date_of(event)
    early = [p for p in publications if date_of(p) < when]
    arithmetic = f"event {iso(when)}; " + ", ".join(f"{p['id'].split('_')[-1]} {iso(date_of(p))}" for p in publications)
    facts = dict(event=event, publications=publications, early=early)
    if not early:
        return finding(check, rows, PASS, arithmetic, "No report predates the event.", "Үйл явдлаас өмнө нийтлэгдсэн мэдээ алга.", facts)
    return finding(check, rows, NOTE, arithmetic,
                   f"{len(early)} of the {len(publications)} publications are dated before the event they announce: both can be right if the text was released before the formal act, but a reader should know the order.",
                   f"{len(publications)} нийтлэлийн {len(early)} нь мэдээлж буй үйл явдлаасаа өмнөх огноотой: баримт бичиг албан ёсны үйл явдлаас өмнө нийтлэгдсэн бол хоёулаа зөв байж болох ч дарааллыг анхаарах хэрэгтэй.", facts)


def dated_citations(rows: dict, references: list[dict]) -> list[tuple[dict, dict]]:
    """(row, footnote) pairs where both carry a date."""
    refs = {int(r["number"]): r for r in references if not pd.isna(r["year"])}
    return [(row, refs[int(row["footnote"])]) for row in rows.values()
            if row.get("footnote") is not None and not pd.isna(row["footnote"]) and int(row["footnote"]) in refs and date_of(row)]


@rule
def sources_not_before_statements(check: Check, rows: dict, context: Context) -> Finding:
    """A dated source the article cites (a footnote of `context.references`) is not earlier than
    the dated statement it supports."""
    cited = dated_citations(rows, context.references)
    early = [(row, ref) for row, ref in cited if date_of(ref) < date_of(row)[:len(date_of(ref))]]
    arithmetic = f"{len(cited)} dated rows cite a dated footnote; " + (
        "; ".join(f"{row['id']} {iso(date_of(row))} cites footnote {ref['number']} of {iso(date_of(ref))}" for row, ref in early)
        or "no source predates its statement")
    ids = sorted({row["id"] for row, _ in (early or cited)})
    facts = dict(cited=cited, early=early)
    if not early:
        return finding(check, rows, PASS, arithmetic, "No cited source is dated before the statement it supports.",
                       "Иш татсан эх сурвалжийн огноо нь түүгээр баталсан мэдээллээс өмнө биш.", facts, ids=ids)
    return finding(check, rows, FLAG, arithmetic, f"{len(early)} statement(s) cite a source dated before the event they report.",
                   f"{len(early)} мэдээлэл өөрөөсөө өмнөх огноотой эх сурвалжийг иш татсан.", facts, ids=ids)
