"""Rules against reference data: FRED's exchange rates, dated official and press claims, and
the Correlates of War trade series."""
from __future__ import annotations

from ..errors import ReferenceDataError
from ..numbers import numbers_in
from .core import FLAG, NOTE, PASS, Check, Context, Finding, date_of, finding, rule

CLAIMS_FILE = "events_and_claims_from_stored_pages.csv"
COW_FILE = "cow_trade_dyadic_mng_jpn.csv"


def _needed(series, what: str, check: Check):
    """A reference series of the context, which a rule cannot do without."""
    if series is None:
        raise ReferenceDataError(f"check {check.id} needs {what}, which the audit was not given")
    return series


@rule
def implied_rate(check: Check, rows: dict, context: Context) -> Finding:
    """The exchange rate implied by a yen figure (the first row) restated in dollars (the
    second), against FRED.

    The dollar figure is printed rounded (to the million), so the implied rate is a range.
    PASS: the year's average is in the range; NOTE: some month of the year is; FLAG: none is.
    """
    jpy, usd = rows[check.ids[0]], rows[check.ids[1]]
    annual, year = _needed(context.annual, "FRED's annual yen/dollar rates", check), int(jpy["year"])
    monthly = _needed(context.monthly, "FRED's monthly yen/dollar rates", check)
    if year not in annual.index:
        raise ReferenceDataError(f"data/external: no FRED yen/dollar rate for {year}, which check {check.id} needs")
    dollars, step = float(usd["value"]), 1e6  # printed to the million
    implied = float(jpy["value"]) / dollars
    high_rate, low_rate = float(jpy["value"]) / (dollars - step / 2), float(jpy["value"]) / (dollars + step / 2)
    months = monthly[monthly.index.str.startswith(f"{year}-")]
    low, high = float(months.min()), float(months.max())
    nearest = min((y for y in (year - 1, year, year + 1) if y in annual.index), key=lambda y: abs(annual[y] - implied))
    values = dict(jpy=jpy, usd=usd, year=year, implied=implied, low_rate=low_rate, high_rate=high_rate,
                  annual=float(annual[year]),
                  month_low=low, month_high=high, nearest=nearest, nearest_annual=float(annual[nearest]))
    if low_rate <= annual[year] <= high_rate:
        return finding(check, rows, PASS, values)
    return finding(check, rows, NOTE if low_rate <= high and high_rate >= low else FLAG, values)


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
    values = dict(row=row, claim=claim, mine=mine, theirs=theirs)
    return finding(check, rows, PASS if common and mine[:common] == theirs[:common] else FLAG,
                   values, reference=reference)


@rule
def value_in_claim(check: Check, rows: dict, context: Context) -> Finding:
    """The article's figure is stated by the source's own words."""
    row = rows[check.ids[0]]
    claim, reference = _claim(check, context)
    status = PASS if float(row["value"]) in numbers_in(claim["quote_verbatim"]) else NOTE
    values = dict(row=row, claim=claim, translated=dict(check.claim_quote))
    return finding(check, rows, status, values, reference=reference)


@rule
def amount_near_claim(check: Check, rows: dict, context: Context) -> Finding:
    """The article's yen amount, in dollars at its year's rate, against a rounded dollar figure.

    One year's rate cannot value a cumulative total exactly, so agreement is only ever a
    NOTE on the order of magnitude (within a factor of 1.5); further apart is a FLAG.
    """
    row = rows[check.ids[0]]
    claim, reference = _claim(check, context)
    year, annual = int(row["year"]), _needed(context.annual, "FRED's annual yen/dollar rates", check)
    if year not in annual.index:
        raise ReferenceDataError(f"data/external: no FRED yen/dollar rate for {year}, which check {check.id} needs")
    usd_rate = float(annual[year])
    theirs = max(numbers_in(claim["quote_verbatim"]))
    mine = float(row["value"]) / usd_rate
    values = dict(row=row, claim=claim, rate=usd_rate, usd=mine, theirs=theirs)
    return finding(check, rows, NOTE if 1 / 1.5 <= mine / theirs <= 1.5 else FLAG, values, reference=reference)


@rule
def compare_series(check: Check, rows: dict, context: Context) -> Finding:
    """An article figure against the Correlates of War columns the check names (summed):
    PASS within 10%, NOTE within a factor of two, else FLAG."""
    row = rows[check.ids[0]]
    columns, year = check.reference.split(":", 1)[1].split("+"), int(row["year"])
    cow = _needed(context.cow, "the Correlates of War trade series", check)
    if year not in cow.index:
        raise ReferenceDataError(f"data/external/{COW_FILE}: no {year}, which check {check.id} needs")
    series_value = float(sum(cow.loc[year, c] for c in columns)) * 1e6
    mine = float(row["value"])
    ratio = mine / series_value if series_value else float("inf")
    values = dict(row=row, series_value=series_value, ratio=ratio, year=year, columns=columns)
    reference = f"{COW_FILE}, {year}"
    if abs(ratio - 1) <= 0.10:
        return finding(check, rows, PASS, values, reference=reference)
    if 0.5 <= ratio <= 2:
        return finding(check, rows, NOTE, values, reference=reference)
    return finding(check, rows, FLAG, values, "" if ratio > 1 else "less", reference=reference)
