"""Yen/US-dollar conversion by year (or month) and constant US prices.

Rates come from FRED (AEXJPUS annual, EXJPUS monthly) and prices from the US CPI-U,
all vendored in data/external/. A figure is converted at its own reference year's
rate, or its month's rate when the article gives the month.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pandas as pd

from . import external
from .errors import ReferenceDataError

MONEY_UNITS = ("JPY", "USD")
ANNUAL_RATE_FILE = "jpy_per_usd_annual_fred_aexjpus.csv"
MONTHLY_RATE_FILE = "jpy_per_usd_monthly_fred_exjpus.csv"
CPI_FILE = "us_cpi_u_annual_avg_derived.csv"


def _series(file: str, key: str) -> pd.Series:
    frame = external.read(file)
    return pd.Series(frame["value"].astype(float).values, index=frame[key], name=file)


@cache
def jpy_per_usd_annual() -> pd.Series:
    series = _series(ANNUAL_RATE_FILE, "year")
    series.index = series.index.astype(int)
    return series


@cache
def jpy_per_usd_monthly() -> pd.Series:
    return _series(MONTHLY_RATE_FILE, "month")  # index "YYYY-MM"


@cache
def cpi_annual() -> pd.Series:
    series = _series(CPI_FILE, "year")
    series.index = series.index.astype(int)
    return series


@dataclass(frozen=True)
class Rate:
    jpy_per_usd: float
    period: str  # "1977" or "1977-03"
    series: str  # "FRED AEXJPUS" or "FRED EXJPUS"


def rate(year: int, month: int | None = None) -> Rate:
    """The yen/dollar rate for a year, or for a month when it is known."""
    if month is not None and not pd.isna(month):
        key = f"{int(year)}-{int(month):02d}"
        monthly = jpy_per_usd_monthly()
        if key in monthly.index:
            return Rate(float(monthly[key]), key, "FRED EXJPUS (monthly average)")
    annual = jpy_per_usd_annual()
    if int(year) not in annual.index:
        raise ReferenceDataError(f"no yen/dollar rate for {year}: the FRED series covers "
                                 f"{annual.index.min()}–{annual.index.max()}")
    return Rate(float(annual[int(year)]), str(int(year)), "FRED AEXJPUS (annual average)")


def cpi_factor(year: int, base_year: int) -> float:
    """Multiply a dollar amount of `year` by this to express it in dollars of `base_year`."""
    cpi = cpi_annual()
    for y in (year, base_year):
        if int(y) not in cpi.index:
            raise ReferenceDataError(f"no US CPI for {y}: the series covers {cpi.index.min()}–{cpi.index.max()}")
    return float(cpi[int(base_year)] / cpi[int(year)])


def amount(value: float, unit: str, year: int, month: int | None, currency: str,
           price_basis: str = "nominal", base_year: int | None = None) -> tuple[float, float, str]:
    """One money value in the currency and price basis: (amount, rate applied or nan, what was applied)."""
    result, applied, used_rate = float(value), [], float("nan")
    if unit != currency:
        r = rate(year, month)
        result = result / r.jpy_per_usd if currency == "USD" else result * r.jpy_per_usd
        used_rate = r.jpy_per_usd
        applied.append(f"{r.jpy_per_usd:.2f} JPY/USD, {r.series}, {r.period}")
    if price_basis == "constant":
        if base_year is None:
            raise ValueError("constant prices need a base year")
        result *= cpi_factor(year, base_year)
        applied.append(f"US CPI-U {int(year)} → {base_year}")
    return result, used_rate, "; ".join(applied) if applied else "as printed"


def convert(frame: pd.DataFrame, currency: str, price_basis: str = "nominal",
            base_year: int | None = None) -> pd.DataFrame:
    """Money rows of a figures table in the chosen currency and price basis.

    Adds: amount, amount_unit (the currency), price_year (the base year of constant
    prices, else empty), rate_jpy_per_usd and rate_used (what was applied: a trace in the
    series' own codes for checking the code, never shown; readers see the rate column and
    the source line, in their edition's words). Non-money rows pass through with their value.
    """
    out = frame.copy()
    amounts: list[float] = []
    units: list[str] = []
    rates: list[float] = []
    used: list[str] = []
    for row in out.itertuples(index=False):
        if row.unit not in MONEY_UNITS:
            amounts.append(float(row.value))
            units.append(row.unit)
            rates.append(float("nan"))
            used.append("")
            continue
        month = None if pd.isna(row.month) else int(row.month)
        result, used_rate, applied = amount(row.value, row.unit, int(row.year), month, currency, price_basis, base_year)
        amounts.append(result)
        units.append(currency)
        rates.append(used_rate)
        used.append(applied)
    out["amount"], out["amount_unit"], out["rate_jpy_per_usd"], out["rate_used"] = amounts, units, rates, used
    constant = price_basis == "constant"
    out["price_year"] = pd.array([base_year if constant and u in MONEY_UNITS else None for u in out["unit"]],
                                 dtype="Int64")
    return out


def series(values_usd: pd.Series, years: pd.Series, currency: str, price_basis: str = "nominal",
           base_year: int | None = None) -> pd.Series:
    """A series of current-dollar values (one per year) in the currency and price basis."""
    return pd.Series([amount(v, "USD", int(y), None, currency, price_basis, base_year)[0]
                      for v, y in zip(values_usd, years)],
                     index=values_usd.index)
