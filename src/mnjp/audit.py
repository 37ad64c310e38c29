"""The audit: the article's figures checked against each other and against reference data.

Each rule is a plain function returning a Finding: PASS, FLAG or NOTE, the arithmetic,
the rows involved (with their lines) and a conclusion in English and Mongolian.
Rules that follow from the tables run on every row carrying `part_of`, `within`,
`equivalent_of` or `same_as`; the others are bound to rows by data/audit/checks.csv.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field

import pandas as pd

from . import external, paths
from .errors import CheckBindingError, ReferenceDataError
from .numbers import numbers_in

PASS, FLAG, NOTE = "PASS", "FLAG", "NOTE"
UNIT_MN_INSTRUMENTAL = {"JPY": "иенээр", "USD": "ам.доллараар"}
FIELD_EN = {"year": "year", "month": "month", "day": "day", "period_start": "first year of the period", "period_end": "last year of the period"}
FIELD_MN = {"year": "он", "month": "сар", "day": "өдөр", "period_start": "эхлэх он", "period_end": "дуусах он"}
CLAIMS_FILE = "events_and_claims_from_stored_pages.csv"
COW_FILE = "cow_trade_dyadic_mng_jpn.csv"


@dataclass
class Finding:
    check_id: str
    rule: str
    status: str
    ids: list[str]
    arithmetic: str
    conclusion_en: str
    conclusion_mn: str
    reference: str = ""
    note_en: str = ""
    lines: list[int] = field(default_factory=list)
    facts: dict = field(default_factory=dict)  # the values the sentences of the report are made from

    def row(self) -> dict:
        return {"id": self.check_id, "rule": self.rule, "status": self.status, "article_ids": " ".join(self.ids),
                "lines": " ".join(map(str, sorted(set(self.lines)))), "arithmetic": self.arithmetic,
                "conclusion_en": self.conclusion_en, "conclusion_mn": self.conclusion_mn,
                "reference": self.reference, "note_en": self.note_en}


def _m(value: float) -> str:
    """Millions with thousands separators: 285,872."""
    return f"{value / 1e6:,.0f}"


def _date(row) -> tuple:
    parts = [row.get("year"), row.get("month"), row.get("day")]
    return tuple(int(p) for p in parts if p is not None and not pd.isna(p))


def _date_text(parts: tuple) -> str:
    return "-".join([str(parts[0])] + [f"{p:02d}" for p in parts[1:]]) if parts else "undated"


# --- Rules on the article's own figures ------------------------------------------------

def parts_add_up(whole: dict, parts: list[dict]) -> Finding:
    """The parts of a stated total add up to it (within the rounding of the printed parts)."""
    total, summed = float(whole["value"]), sum(float(p["value"]) for p in parts)
    difference = total - summed
    unit = whole["unit"]
    facts = dict(whole=whole, parts=parts, total=total, summed=summed, difference=difference, unit=unit)
    arithmetic = f"{' + '.join(_m(float(p['value'])) for p in parts)} = {_m(summed)} million {unit}; stated {_m(total)}; difference {_m(difference)} ({100 * difference / total:.2f}%)"
    ok = abs(difference) < 0.5e6 * len(parts)  # the parts are printed to the million
    if ok:
        return Finding("", "parts_add_up", PASS, [whole["id"]] + [p["id"] for p in parts], arithmetic,
                       "The parts add up to the stated total.", "Бүрэлдэхүүн хэсгүүдийн нийлбэр нийт дүнтэй тэнцүү.", facts=facts)
    return Finding("", "parts_add_up", FLAG, [whole["id"]] + [p["id"] for p in parts], arithmetic,
                   f"The stated total is {_m(difference)} million {unit} {'more' if difference > 0 else 'less'} than the sum of its parts; the article does not explain the gap.",
                   f"Нийт дүн хэсгүүдийн нийлбэрээс {_m(abs(difference))} сая {UNIT_MN_INSTRUMENTAL.get(unit, unit)} {'их' if difference > 0 else 'бага'}; өгүүлэлд шалтгааныг тайлбарлаагүй.", facts=facts)


def within_whole(part: dict, whole: dict) -> Finding:
    """A subset does not exceed the whole it belongs to."""
    p, w = float(part["value"]), float(whole["value"])
    facts = dict(part=part, whole=whole, ratio=p / w)
    arithmetic = f"{part['qualifier'] or ''} {_m(p)} vs {whole['qualifier'] or ''} {_m(w)} million {whole['unit']} (ratio {p / w:.1f})".strip()
    if p <= w:
        return Finding("", "within_whole", PASS, [part["id"], whole["id"]], arithmetic,
                       "The part is within its whole.", "Хэсэг нь нийт дүнгээсээ хэтрээгүй.", facts=facts)
    return Finding("", "within_whole", FLAG, [part["id"], whole["id"]], arithmetic,
                   f"As printed, the part is {p / w:.1f} times the whole it belongs to, so the two figures cannot both be right; the article does not say which is wrong.",
                   f"Өгүүлэлд бичсэнээр хэсэг нь өөрийгөө багтаах ёстой нийт дүнгээс {p / w:.1f} дахин их тул хоёр тоо хоёулаа зөв байж чадахгүй; аль нь буруу болохыг өгүүлэлд заагаагүй.", facts=facts)


def implied_rate(jpy: dict, usd: dict, annual: pd.Series, monthly: pd.Series) -> Finding:
    """The exchange rate implied by a figure restated in dollars, against FRED.

    The dollar figure is printed rounded (to the million), so the implied rate is a range.
    PASS: the year's average is in the range; NOTE: some month of the year is; FLAG: none is.
    """
    year = int(jpy["year"])
    ids = [jpy["id"], usd["id"]]
    if year not in annual.index:
        raise ReferenceDataError(f"no FRED yen/dollar rate for {year} (rows {ids})")
    dollars, step = float(usd["value"]), 1e6  # printed to the million
    implied = float(jpy["value"]) / dollars
    high_rate, low_rate = float(jpy["value"]) / (dollars - step / 2), float(jpy["value"]) / (dollars + step / 2)
    months = monthly[monthly.index.str.startswith(f"{year}-")]
    low, high = float(months.min()), float(months.max())
    nearest = min((y for y in (year - 1, year, year + 1) if y in annual.index), key=lambda y: abs(annual[y] - implied))
    facts = dict(jpy=jpy, usd=usd, year=year, implied=implied, low_rate=low_rate, high_rate=high_rate,
                 annual=float(annual[year]), month_low=low, month_high=high)
    arithmetic = (f"{_m(float(jpy['value']))} million JPY / {_m(dollars)} million USD = {implied:.1f} JPY/USD "
                  f"({low_rate:.1f}–{high_rate:.1f} allowing for rounding); FRED {year} average {annual[year]:.1f}, "
                  f"monthly range {low:.1f}–{high:.1f}; {nearest} average {annual[nearest]:.1f}")
    if low_rate <= annual[year] <= high_rate:
        return Finding("", "implied_rate", PASS, ids, arithmetic, "The dollar figure matches the year's average rate.",
                       "Долларын дүн тухайн оны дундаж ханштай таарч байна.", facts=facts)
    if low_rate <= high and high_rate >= low:
        return Finding("", "implied_rate", NOTE, ids, arithmetic,
                       f"The dollar figure fits the rate of some month of {year}, not the year's average: the article's \"rate of the time\" is a rate of part of the year.",
                       f"Долларын дүн {year} оны аль нэг сарын ханштай нийцэх боловч жилийн дундажтай таарахгүй: өгүүлэлд \"тухайн үеийн ханш\" гэдэг нь жилийн зарим хэсгийн ханш юм.", facts=facts)
    return Finding("", "implied_rate", FLAG, ids, arithmetic,
                   f"Even allowing for rounding, no rate of {year} gives the dollar figure.",
                   f"Тоймлолтыг тооцсон ч {year} оны аль ч ханшаар долларын дүн гарахгүй.", facts=facts)


def mentions_agree(mention: dict, first: dict) -> Finding:
    """A second mention of a visit or event gives the same date and period as the first."""
    fields = [f for f in ("year", "month", "day", "period_start", "period_end")
              if f in mention and not pd.isna(mention.get(f)) and f in first and not pd.isna(first.get(f))]
    differ = [f for f in fields if int(mention[f]) != int(first[f])]
    arithmetic = "; ".join(f"{f}: {int(first[f])} vs {int(mention[f])}" for f in fields) or "no date in the second mention"
    ids = [first["id"], mention["id"]]
    facts = dict(first=first, mention=mention, fields=fields, differ=differ)
    if differ:
        return Finding("", "mentions_agree", FLAG, ids, arithmetic,
                       f"Two mentions of the same item disagree on the {' and the '.join(FIELD_EN[f] for f in differ)}.",
                       f"Нэг зүйлийг хоёр газар дурдахдаа өөр өөр {', '.join(FIELD_MN[f] for f in differ)} заасан.", facts=facts)
    return Finding("", "mentions_agree", PASS if fields else NOTE, ids, arithmetic,
                   "The mentions agree." if fields else "The second mention gives no date to compare.",
                   "Давтан дурдсан мэдээлэл зөрөөгүй." if fields else "Дахин дурдахдаа огноо заагаагүй тул харьцуулах боломжгүй.", facts=facts)


def duration_reaches_year(event: dict, durations: list[dict], target: int) -> Finding:
    """Each stated duration from an event's year reaches the target year."""
    start = int(event["year"])
    arithmetic = "; ".join(f"{start} + {int(d['value'])} = {start + int(d['value'])}" for d in durations) + f"; article year {target}"
    ids = [event["id"]] + [d["id"] for d in durations]
    facts = dict(event=event, durations=durations, target=target)
    if all(start + int(d["value"]) == target for d in durations):
        return Finding("", "duration_reaches_year", PASS, ids, arithmetic, "Every stated number of years agrees with the dates.",
                       "Заасан жилийн тоо бүр огноотой таарч байна.", facts=facts)
    return Finding("", "duration_reaches_year", FLAG, ids, arithmetic, "A stated number of years does not reach the article's year.",
                   "Заасан жилийн тоо өгүүллийн онд хүрэхгүй байна.", facts=facts)


def period_from_duration(event: dict, duration: dict) -> Finding:
    """A programme's stated length against its period, or the end it implies.

    With a start month the end is the month before the same month `years` later
    (November 2004 + 5 years ends about October 2009); with a start year only, the
    years are counted inclusively.
    """
    years = int(duration["value"])
    ids = [event["id"], duration["id"]]
    facts = dict(event=event, years=years, start=None, end_year=None, end_month=None)
    if not pd.isna(event.get("period_end")) and not pd.isna(event.get("period_start")):
        start, end = int(event["period_start"]), int(event["period_end"])
        arithmetic = f"{start}–{end} is {end - start + 1} years counted inclusively; stated length {years}"
        if end - start + 1 == years:
            return Finding("", "period_from_duration", PASS, ids, arithmetic, "The period matches the stated length.", "Хугацаа нь заасан урттайгаа таарна.", facts=facts)
        return Finding("", "period_from_duration", FLAG, ids, arithmetic, "The period does not match the stated length.", "Хугацаа нь заасан урттайгаа таарахгүй.", facts=facts)
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
    return Finding("", "period_from_duration", NOTE, ids, arithmetic,
                   f"The article gives the length but not the end: the programme would run to about {end_text}.",
                   f"Өгүүлэлд хугацааны уртыг өгсөн боловч дуусах хугацааг заагаагүй: хөтөлбөр {_end_mn(facts)} хүртэл үргэлжилсэн байх магадлалтай.", facts=facts)


def _date_mn(parts: tuple) -> str:
    """(2012, 3, 12) as '2012 оны 3 дугаар сарын 12', (2012, 5) as '2012 оны 5 дугаар сар'."""
    from .labels import month_year

    if len(parts) == 1:
        return f"{parts[0]} он"
    text = month_year(parts[0], parts[1], "mn")
    return f"{text}ын {parts[2]}" if len(parts) > 2 else text


def _end_mn(facts: dict) -> str:
    """'2009 оны 10 дугаар сар' or '2016 он': the inferred end, in Mongolian words."""
    from .labels import month_year

    if facts["end_month"]:
        return month_year(facts["end_year"], facts["end_month"], "mn")
    return f"{facts['end_year']} он"


def publication_not_before_event(event: dict, publications: list[dict]) -> Finding:
    """Reports of an event are not dated before the event."""
    when = _date(event)
    early = [p for p in publications if _date(p) < when]
    arithmetic = f"event {_date_text(when)}; " + ", ".join(f"{p['id'].split('_')[-1]} {_date_text(_date(p))}" for p in publications)
    ids = [event["id"]] + [p["id"] for p in publications]
    facts = dict(event=event, publications=publications, early=early)
    if not early:
        return Finding("", "publication_not_before_event", PASS, ids, arithmetic, "No report predates the event.", "Үйл явдлаас өмнө нийтлэгдсэн мэдээ алга.", facts=facts)
    return Finding("", "publication_not_before_event", NOTE, ids, arithmetic,
                   f"{len(early)} of the {len(publications)} publications are dated before the event they announce: both can be right if the text was released before the formal act, but a reader should know the order.",
                   f"{len(publications)} нийтлэлийн {len(early)} нь мэдээлж буй үйл явдлаасаа өмнөх огноотой: баримт бичиг албан ёсны үйл явдлаас өмнө нийтлэгдсэн бол хоёулаа зөв байж болох ч дарааллыг анхаарах хэрэгтэй.", facts=facts)


def sources_not_before_statements(cited: list[tuple[dict, dict]]) -> Finding:
    """A dated source the article cites is not earlier than the dated statement it supports."""
    early = [(row, ref) for row, ref in cited if _date(ref) < _date(row)[:len(_date(ref))]]
    arithmetic = f"{len(cited)} dated rows cite a dated footnote; " + (
        "; ".join(f"{row['id']} {_date_text(_date(row))} cites footnote {ref['number']} of {_date_text(_date(ref))}" for row, ref in early)
        or "no source predates its statement")
    ids = sorted({row["id"] for row, _ in (early or cited)})
    facts = dict(cited=cited, early=early)
    if not early:
        return Finding("", "sources_not_before_statements", PASS, ids, arithmetic,
                       "No cited source is dated before the statement it supports.",
                       "Иш татсан эх сурвалжийн огноо нь түүгээр баталсан мэдээллээс өмнө биш.", facts=facts)
    return Finding("", "sources_not_before_statements", FLAG, ids, arithmetic,
                   f"{len(early)} statement(s) cite a source dated before the event they report.",
                   f"{len(early)} мэдээлэл өөрөөсөө өмнөх огноотой эх сурвалжийг иш татсан.", facts=facts)


# --- Rules against reference data ------------------------------------------------------------

def _claim_date(text: str) -> tuple:
    digits = [int(x) for x in text.replace("FY", "").split("/")[0].split("-") if x.isdigit()]
    return tuple(digits)


def date_matches_claim(row: dict, claim: dict) -> Finding:
    """The article's date agrees with a dated official or press source, at their common precision."""
    mine, theirs = _date(row), _claim_date(claim["date"])
    common = min(len(mine), len(theirs))
    arithmetic = f"article {_date_text(mine)}; source {claim['date']} ({claim['source_type']})"
    facts = dict(row=row, claim=claim, mine=mine)
    ids = [row["id"]]
    if common and mine[:common] == theirs[:common]:
        return Finding("", "date_matches_claim", PASS, ids, arithmetic, "The date agrees with the source.", "Огноо эх сурвалжтай таарч байна.", facts=facts)
    return Finding("", "date_matches_claim", FLAG, ids, arithmetic,
                   f"The article and the source disagree on the date: {_date_text(mine)} in the article, {claim['date']} in the source.",
                   f"Өгүүлэл ба эх сурвалж огноогоор зөрж байна: өгүүлэлд {_date_mn(mine)}, эх сурвалжид {_date_mn(theirs)}.", facts=facts)


def value_in_claim(row: dict, claim: dict) -> Finding:
    """The article's figure is stated by the source's own words."""
    found = numbers_in(claim["quote_verbatim"])
    facts = dict(row=row, claim=claim)
    value = float(row["value"])
    arithmetic = f"article {row['value_as_printed']} ({value:,.0f}); source: “{claim['quote_verbatim'][:160]}”"
    if value in found:
        return Finding("", "value_in_claim", PASS, [row["id"]], arithmetic, "The source states the same figure.", "Эх сурвалжид ижил тоо байна.", facts=facts)
    return Finding("", "value_in_claim", NOTE, [row["id"]], arithmetic,
                   "The source gives other figures, not this one; see the note on what each counts.",
                   "Эх сурвалжид энэ тоо биш, өөр тоо бий; тус бүр юуг тоолсныг тэмдэглэлээс үзнэ үү.", facts=facts)


def amount_near_claim(row: dict, claim: dict, usd_rate: float) -> Finding:
    """The article's yen amount, in dollars at its year's rate, against a rounded dollar figure.

    One year's rate cannot value a cumulative total exactly, so agreement is only ever a
    NOTE on the order of magnitude (within a factor of 1.5); further apart is a FLAG.
    """
    theirs = max(numbers_in(claim["quote_verbatim"]))
    mine = float(row["value"]) / usd_rate
    facts = dict(row=row, claim=claim, rate=usd_rate, usd=mine, theirs=theirs)
    arithmetic = f"article {_m(float(row['value']))} million JPY / {usd_rate:.2f} = {mine / 1e9:.2f} billion USD; source {theirs / 1e9:.2f} billion USD ({mine / theirs - 1:+.0%})"
    if 1 / 1.5 <= mine / theirs <= 1.5:
        return Finding("", "amount_near_claim", NOTE, [row["id"]], arithmetic,
                       "Of the same order as the source's rounded figure; the rate used for a cumulative total decides how close.",
                       "Эх сурвалжийн тоймлосон дүнтэй ижил хэмжээний; хуримтлагдсан дүнг аль оны ханшаар хөрвүүлэхээс ойролцоо эсэх нь хамаарна.", facts=facts)
    return Finding("", "amount_near_claim", FLAG, [row["id"]], arithmetic, "Far from the source's figure.", "Эх сурвалжийн дүнгээс их зөрж байна.", facts=facts)


def compare_series(row: dict, series_value: float, series_name: str) -> Finding:
    """An article figure against a reference series: PASS within 10%, NOTE within a factor of two, else FLAG."""
    mine, unit = float(row["value"]), row["unit"]
    ratio = mine / series_value if series_value else float("inf")
    facts = dict(row=row, series_value=series_value, ratio=ratio)
    arithmetic = f"article {row['qualifier'] or ''} {_m(mine)} million {unit}; {series_name} {series_value / 1e6:,.0f} million {unit}; ratio {ratio:.2f}".replace("  ", " ")
    if abs(ratio - 1) <= 0.10:
        return Finding("", "compare_series", PASS, [row["id"]], arithmetic, "Close to the reference series.", "Лавлах цуваатай ойролцоо.", facts=facts)
    if 0.5 <= ratio <= 2:
        return Finding("", "compare_series", NOTE, [row["id"]], arithmetic,
                       "Within a factor of two of the reference series, which for this period is itself uncertain.",
                       "Лавлах цуваатай хоёр дахин хүрэхгүй зөрүүтэй; тухайн үеийн цуваа өөрөө тодорхой бус.", facts=facts)
    times, more = (ratio, True) if ratio > 1 else (1 / ratio, False)
    return Finding("", "compare_series", FLAG, [row["id"]], arithmetic,
                   f"{times:.1f} times {'more' if more else 'less'} than the reference series: not plausible as printed.",
                   f"Лавлах цуваанаас {times:.1f} дахин {'их' if more else 'бага'}: өгүүлэлд бичсэнээр нь авбал үнэмшилгүй.", facts=facts)


RULES = {f.__name__: f for f in (parts_add_up, within_whole, implied_rate, mentions_agree, duration_reaches_year,
                                    period_from_duration, publication_not_before_event, sources_not_before_statements,
                                    date_matches_claim,
                                    value_in_claim, amount_near_claim, compare_series)}


# --- Running the audit -------------------------------------------------------------------------

def _records(frame: pd.DataFrame) -> dict[str, dict]:
    return {r["id"]: {k: (None if v is pd.NA else v) for k, v in r.items()} for r in frame.to_dict("records")}


def claims() -> list[dict]:
    return external.rows(CLAIMS_FILE)


def checks() -> list[dict]:
    with open(paths.DATA / "audit" / "checks.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _dated_citations(tables: dict[str, pd.DataFrame]) -> list[tuple[dict, dict]]:
    """(row, footnote) pairs where both carry a date."""
    refs = {int(r["number"]): r for r in tables["references"].to_dict("records") if not pd.isna(r["year"])}
    pairs = []
    for name in ("aid", "trade", "investment", "other", "visits", "timeline"):
        for row in _records(tables[name]).values():
            if row.get("footnote") is not None and not pd.isna(row["footnote"]) and int(row["footnote"]) in refs and _date(row):
                pairs.append((row, refs[int(row["footnote"])]))
    return pairs


def stated_lengths(figures: pd.DataFrame) -> dict[str, int]:
    """{programme id: its length in years} for the programmes data/audit/checks.csv binds to a
    stated length (rule period_from_duration)."""
    values = figures.set_index("id")["value"]
    return {check["article_ids"].split()[0]: int(values[check["article_ids"].split()[1]])
            for check in checks() if check["rule"] == "period_from_duration"}


def run(tables: dict[str, pd.DataFrame], year_of_article: int) -> list[Finding]:
    """Every finding, in a stable order: table-driven rules first, then data/audit/checks.csv."""
    from .money import jpy_per_usd_annual, jpy_per_usd_monthly

    rows = {k: v for name in ("aid", "trade", "investment", "other", "visits", "timeline") for k, v in _records(tables[name]).items()}
    findings = []
    figures = [r for name in ("aid", "trade", "investment", "other") for r in _records(tables[name]).values()]
    for whole_id in sorted({r["part_of"] for r in figures if r.get("part_of")}):
        f = parts_add_up(rows[whole_id], [r for r in figures if r.get("part_of") == whole_id])
        f.check_id = f"parts_add_up:{whole_id}"
        findings.append(f)
    for r in sorted((r for r in figures if r.get("within")), key=lambda r: r["id"]):
        f = within_whole(r, rows[r["within"]])
        f.check_id = f"within_whole:{r['id']}"
        findings.append(f)
    from .tables import equivalent_pairs

    for name in ("aid", "trade", "investment", "other"):
        for jpy, usd in equivalent_pairs(tables[name]):
            f = implied_rate(rows[jpy["id"]], rows[usd["id"]], jpy_per_usd_annual(), jpy_per_usd_monthly())
            f.check_id = f"implied_rate:{usd['id']}"
            findings.append(f)
    for name in ("visits", "timeline"):
        for r in sorted((r for r in _records(tables[name]).values() if r.get("same_as")), key=lambda r: r["id"]):
            f = mentions_agree(r, rows[r["same_as"]])
            f.check_id = f"mentions_agree:{r['id']}"
            findings.append(f)
    f = sources_not_before_statements(_dated_citations(tables))
    f.check_id = "sources_not_before_statements"
    findings.append(f)
    all_claims, cow = claims(), external.read(COW_FILE).set_index("year")
    for check in checks():
        ids = check["article_ids"].split()
        missing = [i for i in ids if i not in rows]
        if missing:
            raise CheckBindingError(f"data/audit/checks.csv, check {check['check_id']}: unknown ids {missing}")
        picked, reference, rule = [rows[i] for i in ids], check["reference"], check["rule"]
        if rule not in RULES:
            raise CheckBindingError(f"data/audit/checks.csv, check {check['check_id']}: no rule {rule!r}; the rules are {', '.join(RULES)}")
        if rule == "duration_reaches_year":
            f = duration_reaches_year(picked[0], picked[1:], year_of_article)
        elif rule == "period_from_duration":
            f = period_from_duration(*picked)
        elif rule == "publication_not_before_event":
            f = publication_not_before_event(picked[0], picked[1:])
        elif reference.startswith("claims:"):
            claim = all_claims[int(reference.split(":")[1]) - 1]
            if claim["date"] != check["claim_date"]:
                raise CheckBindingError(f"data/audit/checks.csv, check {check['check_id']}: {reference} is dated {claim['date']}, not {check['claim_date']}")
            if rule == "amount_near_claim":
                f = amount_near_claim(picked[0], claim, float(jpy_per_usd_annual()[int(picked[0]["year"])]))
            else:
                f = RULES[rule](picked[0], claim)
            f.reference = f"{CLAIMS_FILE} row {reference.split(':')[1]}: {claim['source_url']}"
        elif reference.startswith("cow:"):
            columns = reference.split(":")[1].split("+")
            year = int(picked[0]["year"])
            if year not in cow.index or any(c not in cow.columns for c in columns):
                raise CheckBindingError(f"data/audit/checks.csv, check {check['check_id']}: no COW value {reference} for {year}")
            value = float(sum(cow.loc[year, c] for c in columns)) * 1e6
            f = compare_series(picked[0], value, f"COW {year} ({' + '.join(columns)})")
            f.facts.update(year=year, series="cow")
            f.reference = f"{COW_FILE}, {year}"
        else:
            raise CheckBindingError(f"data/audit/checks.csv, check {check['check_id']}: rule {rule!r} with reference {reference!r} is unknown")
        f.check_id, f.note_en = check["check_id"], check["note_en"]
        f.facts.update(note_en=check["note_en"], note_mn=check.get("note_mn", ""),
                       claim_url=f.reference.split(": ", 1)[-1] if f.reference.startswith(CLAIMS_FILE) else "")
        findings.append(f)
    for f in findings:
        f.lines = [int(rows[i]["value_line"]) if not pd.isna(rows[i].get("value_line")) else int(rows[i]["line"]) for i in f.ids]
    return findings


def table(tables: dict[str, pd.DataFrame], year_of_article: int) -> pd.DataFrame:
    return pd.DataFrame([f.row() for f in run(tables, year_of_article)])
