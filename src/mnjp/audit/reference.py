"""Rules against reference data: FRED's exchange rates, dated official and press claims, and
the Correlates of War trade series."""
from __future__ import annotations

from ..errors import ReferenceDataError
from ..numbers import numbers_in
from .core import FLAG, NOTE, PASS, Check, Context, Finding, date_of, finding, iso, millions, rule

CLAIMS_FILE = "events_and_claims_from_stored_pages.csv"
COW_FILE = "cow_trade_dyadic_mng_jpn.csv"


@rule
def implied_rate(check: Check, rows: dict, context: Context) -> Finding:
    """The exchange rate implied by a yen figure (the first row) restated in dollars (the
    second), against FRED.

    The dollar figure is printed rounded (to the million), so the implied rate is a range.
    PASS: the year's average is in the range; NOTE: some month of the year is; FLAG: none is.
    """
    jpy, usd = rows[check.ids[0]], rows[check.ids[1]]
    annual, monthly, year = context.annual, context.monthly, int(jpy["year"])
    if year not in annual.index:
        raise ReferenceDataError(f"data/external: no FRED yen/dollar rate for {year}, which check {check.id} needs")
    dollars, step = float(usd["value"]), 1e6  # printed to the million
    implied = float(jpy["value"]) / dollars
    high_rate, low_rate = float(jpy["value"]) / (dollars - step / 2), float(jpy["value"]) / (dollars + step / 2)
    months = monthly[monthly.index.str.startswith(f"{year}-")]
    low, high = float(months.min()), float(months.max())
    nearest = min((y for y in (year - 1, year, year + 1) if y in annual.index), key=lambda y: abs(annual[y] - implied))
    facts = dict(jpy=jpy, usd=usd, year=year, implied=implied, low_rate=low_rate, high_rate=high_rate,
                 annual=float(annual[year]), month_low=low, month_high=high)
    arithmetic = (f"{millions(float(jpy['value']))} million JPY / {millions(dollars)} million USD = {implied:.1f} JPY/USD "
                  f"({low_rate:.1f}–{high_rate:.1f} allowing for rounding); FRED {year} average {annual[year]:.1f}, "
                  f"monthly range {low:.1f}–{high:.1f}; {nearest} average {annual[nearest]:.1f}")
    if low_rate <= annual[year] <= high_rate:
        return finding(check, rows, PASS, arithmetic, "The dollar figure matches the year's average rate.",
                       "Долларын дүн тухайн оны дундаж ханштай таарч байна.", facts)
    if low_rate <= high and high_rate >= low:
        return finding(check, rows, NOTE, arithmetic,
                       f"The dollar figure fits the rate of some month of {year}, not the year's average: the article's \"rate of the time\" is a rate of part of the year.",
                       f"Долларын дүн {year} оны аль нэг сарын ханштай нийцэх боловч жилийн дундажтай таарахгүй: өгүүлэлд \"тухайн үеийн ханш\" гэдэг нь жилийн зарим хэсгийн ханш юм.", facts)
    return finding(check, rows, FLAG, arithmetic, f"Even allowing for rounding, no rate of {year} gives the dollar figure.",
                   f"Тоймлолтыг тооцсон ч {year} оны аль ч ханшаар долларын дүн гарахгүй.", facts)


def claim_date(text: str) -> tuple:
    """A claim's date ('2012-03-12', 'FY1990/FY1991') as (year, month, day) as far as given."""
    return tuple(int(x) for x in text.replace("FY", "").split("/")[0].split("-") if x.isdigit())


def _claim(check: Check, context: Context) -> tuple[dict, str]:
    """The claim a check names, and how the audit table cites it (file row and address)."""
    number, claim = next((n, c) for n, c in enumerate(context.claims, 1) if c["item"] == check.claim)
    return claim, f"{CLAIMS_FILE} row {number}: {claim['source_url']}"


@rule
def date_matches_claim(check: Check, rows: dict, context: Context) -> Finding:
    """The article's date agrees with a dated official or press source, at their common precision."""
    row = rows[check.ids[0]]
    claim, reference = _claim(check, context)
    mine, theirs = date_of(row), claim_date(claim["date"])
    common = min(len(mine), len(theirs))
    arithmetic = f"article {iso(mine)}; source {claim['date']} ({claim['source_type']})"
    facts = dict(row=row, claim=claim, mine=mine)
    if common and mine[:common] == theirs[:common]:
        return finding(check, rows, PASS, arithmetic, "The date agrees with the source.", "Огноо эх сурвалжтай таарч байна.", facts, reference=reference)
    from ..labels import month_year

    def date_mn(parts: tuple) -> str:
        if len(parts) == 1:
            return f"{parts[0]} он"
        text = month_year(parts[0], parts[1], "mn")
        return f"{text}ын {parts[2]}" if len(parts) > 2 else text

    return finding(check, rows, FLAG, arithmetic,
                   f"The article and the source disagree on the date: {iso(mine)} in the article, {claim['date']} in the source.",
                   f"Өгүүлэл ба эх сурвалж огноогоор зөрж байна: өгүүлэлд {date_mn(mine)}, эх сурвалжид {date_mn(theirs)}.", facts, reference=reference)


@rule
def value_in_claim(check: Check, rows: dict, context: Context) -> Finding:
    """The article's figure is stated by the source's own words."""
    row = rows[check.ids[0]]
    claim, reference = _claim(check, context)
    facts = dict(row=row, claim=claim)
    value = float(row["value"])
    arithmetic = f"article {row['value_as_printed']} ({value:,.0f}); source: “{claim['quote_verbatim'][:160]}”"
    if value in numbers_in(claim["quote_verbatim"]):
        return finding(check, rows, PASS, arithmetic, "The source states the same figure.", "Эх сурвалжид ижил тоо байна.", facts, reference=reference)
    return finding(check, rows, NOTE, arithmetic, "The source gives other figures, not this one; see the note on what each counts.",
                   "Эх сурвалжид энэ тоо биш, өөр тоо бий; тус бүр юуг тоолсныг тэмдэглэлээс үзнэ үү.", facts, reference=reference)


@rule
def amount_near_claim(check: Check, rows: dict, context: Context) -> Finding:
    """The article's yen amount, in dollars at its year's rate, against a rounded dollar figure.

    One year's rate cannot value a cumulative total exactly, so agreement is only ever a
    NOTE on the order of magnitude (within a factor of 1.5); further apart is a FLAG.
    """
    row = rows[check.ids[0]]
    claim, reference = _claim(check, context)
    year = int(row["year"])
    if year not in context.annual.index:
        raise ReferenceDataError(f"data/external: no FRED yen/dollar rate for {year}, which check {check.id} needs")
    usd_rate = float(context.annual[year])
    theirs = max(numbers_in(claim["quote_verbatim"]))
    mine = float(row["value"]) / usd_rate
    facts = dict(row=row, claim=claim, rate=usd_rate, usd=mine, theirs=theirs)
    arithmetic = f"article {millions(float(row['value']))} million JPY / {usd_rate:.2f} = {mine / 1e9:.2f} billion USD; source {theirs / 1e9:.2f} billion USD ({mine / theirs - 1:+.0%})"
    if 1 / 1.5 <= mine / theirs <= 1.5:
        return finding(check, rows, NOTE, arithmetic,
                       "Of the same order as the source's rounded figure; the rate used for a cumulative total decides how close.",
                       "Эх сурвалжийн тоймлосон дүнтэй ижил хэмжээний; хуримтлагдсан дүнг аль оны ханшаар хөрвүүлэхээс ойролцоо эсэх нь хамаарна.", facts, reference=reference)
    return finding(check, rows, FLAG, arithmetic, "Far from the source's figure.", "Эх сурвалжийн дүнгээс их зөрж байна.", facts, reference=reference)


@rule
def compare_series(check: Check, rows: dict, context: Context) -> Finding:
    """An article figure against the Correlates of War columns the check names (summed):
    PASS within 10%, NOTE within a factor of two, else FLAG."""
    row = rows[check.ids[0]]
    columns, year = check.reference.split(":", 1)[1].split("+"), int(row["year"])
    if year not in context.cow.index:
        raise ReferenceDataError(f"data/external/{COW_FILE}: no {year}, which check {check.id} needs")
    series_value = float(sum(context.cow.loc[year, c] for c in columns)) * 1e6
    mine, unit = float(row["value"]), row["unit"]
    ratio = mine / series_value if series_value else float("inf")
    facts = dict(row=row, series_value=series_value, ratio=ratio, year=year, series="cow")
    arithmetic = f"article {row['qualifier'] or ''} {millions(mine)} million {unit}; COW {year} ({' + '.join(columns)}) {series_value / 1e6:,.0f} million {unit}; ratio {ratio:.2f}".replace("  ", " ")
    reference = f"{COW_FILE}, {year}"
    if abs(ratio - 1) <= 0.10:
        return finding(check, rows, PASS, arithmetic, "Close to the reference series.", "Лавлах цуваатай ойролцоо.", facts, reference=reference)
    if 0.5 <= ratio <= 2:
        return finding(check, rows, NOTE, arithmetic,
                       "Within a factor of two of the reference series, which for this period is itself uncertain.",
                       "Лавлах цуваатай хоёр дахин хүрэхгүй зөрүүтэй; тухайн үеийн цуваа өөрөө тодорхой бус.", facts, reference=reference)
    times, more = (ratio, True) if ratio > 1 else (1 / ratio, False)
    return finding(check, rows, FLAG, arithmetic, f"{times:.1f} times {'more' if more else 'less'} than the reference series: not plausible as printed.",
                   f"Лавлах цуваанаас {times:.1f} дахин {'их' if more else 'бага'}: өгүүлэлд бичсэнээр нь авбал үнэмшилгүй.", facts, reference=reference)
