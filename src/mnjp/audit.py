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

from . import paths
from .numbers import numbers_in

PASS, FLAG, NOTE = "PASS", "FLAG", "NOTE"
UNIT_MN = {"JPY": "иен", "USD": "ам.доллар"}
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
    arithmetic = f"{' + '.join(_m(float(p['value'])) for p in parts)} = {_m(summed)} million {unit}; stated {_m(total)}; difference {_m(difference)} ({100 * difference / total:.2f}%)"
    ok = abs(difference) < 0.5e6 * len(parts)  # the parts are printed to the million
    if ok:
        return Finding("", "parts_add_up", PASS, [whole["id"]] + [p["id"] for p in parts], arithmetic,
                       "The parts add up to the stated total.", "Бүрэлдэхүүн хэсгүүдийн нийлбэр нийт дүнтэй тэнцүү.")
    return Finding("", "parts_add_up", FLAG, [whole["id"]] + [p["id"] for p in parts], arithmetic,
                   f"The stated total is {_m(difference)} million {unit} {'more' if difference > 0 else 'less'} than the sum of its parts; the article does not explain the gap.",
                   f"Нийт дүн хэсгүүдийн нийлбэрээс {_m(abs(difference))} сая {UNIT_MN.get(unit, unit)}-ээр {'их' if difference > 0 else 'бага'}; өгүүлэлд шалтгааныг тайлбарлаагүй.")


def within_whole(part: dict, whole: dict) -> Finding:
    """A subset does not exceed the whole it belongs to."""
    p, w = float(part["value"]), float(whole["value"])
    arithmetic = f"{part['qualifier'] or ''} {_m(p)} vs {whole['qualifier'] or ''} {_m(w)} million {whole['unit']} (ratio {p / w:.1f})".strip()
    if p <= w:
        return Finding("", "within_whole", PASS, [part["id"], whole["id"]], arithmetic,
                       "The part is within its whole.", "Хэсэг нь нийт дүнгээсээ хэтрээгүй.")
    return Finding("", "within_whole", FLAG, [part["id"], whole["id"]], arithmetic,
                   f"As printed, the part is {p / w:.1f} times the whole it belongs to: one of the two figures is misprinted (a slip of a factor of ten would reconcile them).",
                   f"Бичигдсэнээрээ хэсэг нь өөрийгөө багтаах нийт дүнгээс {p / w:.1f} дахин их: хоёр тооны аль нэг нь буруу бичигдсэн байх магадлалтай (арав дахин зөрсөн байж болно).")


def implied_rate(jpy: dict, usd: dict, annual: pd.Series, monthly: pd.Series) -> Finding:
    """The exchange rate implied by a figure restated in dollars, against FRED."""
    year = int(jpy["year"])
    implied = float(jpy["value"]) / float(usd["value"])
    months = monthly[monthly.index.str.startswith(f"{year}-")]
    low, high = float(months.min()), float(months.max())
    nearest = min((y for y in (year - 1, year, year + 1) if y in annual.index), key=lambda y: abs(annual[y] - implied))
    arithmetic = (f"{_m(float(jpy['value']))} million JPY / {_m(float(usd['value']))} million USD = {implied:.1f} JPY/USD; "
                  f"FRED {year} average {annual[year]:.1f}, monthly range {low:.1f}–{high:.1f}; {nearest} average {annual[nearest]:.1f}")
    ids = [jpy["id"], usd["id"]]
    if abs(implied / annual[year] - 1) <= 0.02:
        return Finding("", "implied_rate", PASS, ids, arithmetic, "The dollar figure matches the year's average rate.",
                       "Долларын дүн тухайн оны дундаж ханштай таарч байна.")
    if low <= implied <= high:
        return Finding("", "implied_rate", NOTE, ids, arithmetic, "The implied rate differs from the year's average but lies within the year's monthly range.",
                       "Гарах ханш тухайн оны дунджаас зөрөх боловч сарын ханшийн хүрээнд багтана.")
    return Finding("", "implied_rate", FLAG, ids, arithmetic,
                   f"The implied rate lies outside every monthly rate of {year}; it is closest to the {nearest} average, so the dollar figure was probably converted at an earlier rate.",
                   f"Гарах ханш {year} оны аль ч сарын ханшид багтахгүй, {nearest} оны дундаж ханштай хамгийн ойр; долларын дүнг өмнөх ханшаар хөрвүүлсэн бололтой.")


def mentions_agree(mention: dict, first: dict) -> Finding:
    """A second mention of a visit or event gives the same date and period as the first."""
    fields = [f for f in ("year", "month", "day", "period_start", "period_end")
              if f in mention and not pd.isna(mention.get(f)) and f in first and not pd.isna(first.get(f))]
    differ = [f for f in fields if int(mention[f]) != int(first[f])]
    arithmetic = "; ".join(f"{f}: {int(first[f])} vs {int(mention[f])}" for f in fields) or "no date in the second mention"
    ids = [first["id"], mention["id"]]
    if differ:
        return Finding("", "mentions_agree", FLAG, ids, arithmetic,
                       f"Two mentions of the same item disagree on {', '.join(differ)}.",
                       f"Нэг зүйлийн хоёр дурдагдал {', '.join(FIELD_MN[f] for f in differ)}-оор зөрж байна.")
    return Finding("", "mentions_agree", PASS if fields else NOTE, ids, arithmetic,
                   "The mentions agree." if fields else "The second mention gives no date to compare.",
                   "Дурдагдлууд зөрөхгүй." if fields else "Хоёр дахь дурдагдалд харьцуулах огноо алга.")


def duration_reaches_year(event: dict, durations: list[dict], target: int) -> Finding:
    """Each stated duration from an event's year reaches the target year."""
    start = int(event["year"])
    arithmetic = "; ".join(f"{start} + {int(d['value'])} = {start + int(d['value'])}" for d in durations) + f"; article year {target}"
    ids = [event["id"]] + [d["id"] for d in durations]
    if all(start + int(d["value"]) == target for d in durations):
        return Finding("", "duration_reaches_year", PASS, ids, arithmetic, "Every mention of the anniversary agrees with the dates.",
                       "Ойн тухай бүх дурдагдал огноотой таарч байна.")
    return Finding("", "duration_reaches_year", FLAG, ids, arithmetic, "A stated number of years does not reach the article's year.",
                   "Заасан жилийн тоо өгүүллийн онд хүрэхгүй байна.")


def period_from_duration(event: dict, duration: dict) -> Finding:
    """A programme's stated length against its period, or the period it implies."""
    start = int(event["period_start"]) if not pd.isna(event.get("period_start")) else int(event["year"])
    years = int(duration["value"])
    implied_end = start + years - 1
    ids = [event["id"], duration["id"]]
    if not pd.isna(event.get("period_end")):
        end = int(event["period_end"])
        arithmetic = f"{start}–{end} is {end - start + 1} years; stated length {years}"
        if end == implied_end:
            return Finding("", "period_from_duration", PASS, ids, arithmetic, "The period matches the stated length.", "Хугацаа нь заасан урттайгаа таарна.")
        return Finding("", "period_from_duration", FLAG, ids, arithmetic, "The period does not match the stated length.", "Хугацаа нь заасан урттайгаа таарахгүй.")
    arithmetic = f"from {start}, {years} years: {start}–{implied_end} (counting {start} as the first year)"
    return Finding("", "period_from_duration", NOTE, ids, arithmetic,
                   f"The article gives the length but not the end: the programme would run to about {implied_end}.",
                   f"Өгүүлэлд хугацааны уртыг өгсөн боловч дуусах оныг заагаагүй: хөтөлбөр {implied_end} он орчим хүртэл үргэлжлэх.")


def publication_not_before_event(event: dict, publications: list[dict]) -> Finding:
    """Reports of an event are not dated before the event."""
    when = _date(event)
    early = [p for p in publications if _date(p) < when]
    arithmetic = f"event {_date_text(when)}; " + ", ".join(f"{p['id'].split('_')[-1]} {_date_text(_date(p))}" for p in publications)
    ids = [event["id"]] + [p["id"] for p in publications]
    if not early:
        return Finding("", "publication_not_before_event", PASS, ids, arithmetic, "No report predates the event.", "Үйл явдлаас өмнө нийтлэгдсэн мэдээ алга.")
    return Finding("", "publication_not_before_event", FLAG, ids, arithmetic,
                   f"{len(early)} of the {len(publications)} publications of the joint communiqué are dated before the day the article counts as the establishment of relations; the communiqué was published first and the notes exchanged later, or one of the dates is wrong.",
                   f"Хамтарсан албан мэдээний {len(publications)} нийтлэлийн {len(early)} нь харилцаа тогтоосон гэж тооцсон өдрөөс өмнөх огноотой: мэдээ түрүүлж нийтлэгдсэн, эсвэл аль нэг огноо буруу.")


# --- Rules against reference data ------------------------------------------------------------

def _claim_date(text: str) -> tuple:
    digits = [int(x) for x in text.replace("FY", "").split("/")[0].split("-") if x.isdigit()]
    return tuple(digits)


def date_matches_claim(row: dict, claim: dict) -> Finding:
    """The article's date agrees with a dated official or press source, at their common precision."""
    mine, theirs = _date(row), _claim_date(claim["date"])
    common = min(len(mine), len(theirs))
    arithmetic = f"article {_date_text(mine)}; source {claim['date']} ({claim['source_type']})"
    ids = [row["id"]]
    if common and mine[:common] == theirs[:common]:
        return Finding("", "date_matches_claim", PASS, ids, arithmetic, "The date agrees with the source.", "Огноо эх сурвалжтай таарч байна.")
    return Finding("", "date_matches_claim", FLAG, ids, arithmetic,
                   f"The article dates this {_date_text(mine)}; the source gives {claim['date']}.",
                   f"Өгүүлэлд {_date_text(mine)} гэж бичсэн; эх сурвалжид {claim['date']}.")


def value_in_claim(row: dict, claim: dict) -> Finding:
    """The article's figure is stated by the source's own words."""
    found = numbers_in(claim["quote_verbatim"])
    value = float(row["value"])
    arithmetic = f"article {row['value_as_printed']} ({value:,.0f}); source: “{claim['quote_verbatim'][:160]}”"
    if value in found:
        return Finding("", "value_in_claim", PASS, [row["id"]], arithmetic, "The source states the same figure.", "Эх сурвалжид ижил тоо байна.")
    return Finding("", "value_in_claim", NOTE, [row["id"]], arithmetic,
                   "The source gives a different figure on a different basis; the two are not directly comparable.",
                   "Эх сурвалжид өөр суурьтай өөр тоо байгаа тул шууд харьцуулах боломжгүй.")


def amount_near_claim(row: dict, claim: dict, usd_rate: float) -> Finding:
    """The article's yen amount, in dollars at its year's rate, against a rounded dollar figure."""
    theirs = max(numbers_in(claim["quote_verbatim"]))
    mine = float(row["value"]) / usd_rate
    arithmetic = f"article {_m(float(row['value']))} million JPY / {usd_rate:.2f} = {mine / 1e9:.2f} billion USD; source {theirs / 1e9:.2f} billion USD ({mine / theirs - 1:+.0%})"
    ok = abs(mine / theirs - 1) <= 0.15
    return Finding("", "amount_near_claim", PASS if ok else FLAG, [row["id"]], arithmetic,
                   "Consistent with the source's rounded figure." if ok else "Far from the source's figure.",
                   "Эх сурвалжийн тоймлосон дүнтэй нийцэж байна." if ok else "Эх сурвалжийн дүнгээс их зөрж байна.")


def compare_series(row: dict, series_value: float, series_name: str) -> Finding:
    """An article figure against a reference series: PASS within 10%, NOTE within a factor of two, else FLAG."""
    mine = float(row["value"])
    ratio = mine / series_value if series_value else float("inf")
    arithmetic = f"article {row['qualifier'] or ''} {_m(mine)} million USD; {series_name} {series_value / 1e6:,.0f} million USD; ratio {ratio:.2f}".replace("  ", " ")
    if abs(ratio - 1) <= 0.10:
        return Finding("", "compare_series", PASS, [row["id"]], arithmetic, "Close to the reference series.", "Лавлах цуваатай ойролцоо.")
    if 0.5 <= ratio <= 2:
        return Finding("", "compare_series", NOTE, [row["id"]], arithmetic,
                       "Within a factor of two of the reference series, which for this period is itself uncertain.",
                       "Лавлах цуваанаас хоёр дахин бага зөрүүтэй; тухайн үеийн цуваа өөрөө тодорхой бус.")
    return Finding("", "compare_series", FLAG, [row["id"]], arithmetic,
                   f"{ratio:.1f} times the reference series: not plausible as printed.",
                   f"Лавлах цуваанаас {ratio:.1f} дахин их: бичигдсэнээрээ үнэмшилгүй.")


RULES = {f.__name__: f for f in (parts_add_up, within_whole, implied_rate, mentions_agree, duration_reaches_year,
                                    period_from_duration, publication_not_before_event, date_matches_claim,
                                    value_in_claim, amount_near_claim, compare_series)}


# --- Running the audit -------------------------------------------------------------------------

def _records(frame: pd.DataFrame) -> dict[str, dict]:
    return {r["id"]: {k: (None if v is pd.NA else v) for k, v in r.items()} for r in frame.to_dict("records")}


def claims() -> list[dict]:
    with open(paths.EXTERNAL / CLAIMS_FILE, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def checks() -> list[dict]:
    with open(paths.DATA / "audit" / "checks.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


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
    for r in sorted((r for r in figures if r.get("equivalent_of")), key=lambda r: r["id"]):
        pair = (rows[r["equivalent_of"]], r) if r["unit"] == "USD" else (r, rows[r["equivalent_of"]])
        f = implied_rate(*pair, jpy_per_usd_annual(), jpy_per_usd_monthly())
        f.check_id = f"implied_rate:{r['id']}"
        findings.append(f)
    for name in ("visits", "timeline"):
        for r in sorted((r for r in _records(tables[name]).values() if r.get("same_as")), key=lambda r: r["id"]):
            f = mentions_agree(r, rows[r["same_as"]])
            f.check_id = f"mentions_agree:{r['id']}"
            findings.append(f)
    all_claims, cow = claims(), pd.read_csv(paths.EXTERNAL / COW_FILE).set_index("year")
    for check in checks():
        ids = check["article_ids"].split()
        missing = [i for i in ids if i not in rows]
        if missing:
            raise KeyError(f"data/audit/checks.csv, check {check['check_id']}: unknown ids {missing}")
        picked, reference, rule = [rows[i] for i in ids], check["reference"], check["rule"]
        if rule == "duration_reaches_year":
            f = duration_reaches_year(picked[0], picked[1:], year_of_article)
        elif rule == "period_from_duration":
            f = period_from_duration(*picked)
        elif rule == "publication_not_before_event":
            f = publication_not_before_event(picked[0], picked[1:])
        elif reference.startswith("claims:"):
            claim = all_claims[int(reference.split(":")[1]) - 1]
            if claim["date"] != check["claim_date"]:
                raise KeyError(f"data/audit/checks.csv, check {check['check_id']}: {reference} is dated {claim['date']}, not {check['claim_date']}")
            if rule == "amount_near_claim":
                f = amount_near_claim(picked[0], claim, float(jpy_per_usd_annual()[int(picked[0]["year"])]))
            else:
                f = RULES[rule](picked[0], claim)
            f.reference = f"{CLAIMS_FILE} row {reference.split(':')[1]}: {claim['source_url']}"
        elif reference.startswith("cow:"):
            columns = reference.split(":")[1].split("+")
            year = int(picked[0]["year"])
            value = float(sum(cow.loc[year, c] for c in columns)) * 1e6
            f = compare_series(picked[0], value, f"COW {year} ({' + '.join(columns)})")
            f.reference = f"{COW_FILE}, {year}"
        else:
            raise KeyError(f"data/audit/checks.csv, check {check['check_id']}: rule {rule!r} with reference {reference!r} is unknown")
        f.check_id, f.note_en = check["check_id"], check["note_en"]
        findings.append(f)
    for f in findings:
        f.lines = [int(rows[i]["line"]) for i in f.ids]
    return findings


def table(tables: dict[str, pd.DataFrame], year_of_article: int) -> pd.DataFrame:
    return pd.DataFrame([f.row() for f in run(tables, year_of_article)])
