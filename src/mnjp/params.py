"""Notebook parameters: their defaults, allowed values, and one clear error.

Every notebook starts by passing its `parameters` cell through `validate`, so a
bad value stops the run before anything is computed.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

LANGS = ("en", "mn", "ja")
CURRENCIES = ("JPY", "USD")
PRICE_BASES = ("nominal", "constant")

DEFAULTS = {
    "lang": "en",
    "currency": "JPY",
    "price_basis": "nominal",
    "base_year": 2016,
    "start_year": 1972,
    "end_year": 2017,
}

HELP = {
    "lang": "language of the edition: en, mn or ja",
    "currency": "currency of money figures: JPY (as printed) or USD (converted at each figure's year's rate)",
    "price_basis": "nominal, or constant US dollars of base_year (US CPI); constant needs currency=USD",
    "base_year": "base year for constant prices; a year of the US CPI series",
    "start_year": "first year shown on the visits and timeline charts",
    "end_year": "last year shown on the visits and timeline charts",
}


class ParameterError(ValueError):
    """A parameter has a value it cannot take."""

    def __init__(self, name: str, value, allowed: str):
        self.name, self.value, self.allowed = name, value, allowed
        super().__init__(f"parameter {name}={value!r} is not allowed; allowed: {allowed}")


@dataclass(frozen=True)
class Params:
    lang: str
    currency: str
    price_basis: str
    base_year: int
    start_year: int
    end_year: int

    def as_dict(self) -> dict:
        return asdict(self)


def _year(name: str, value, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).strip().isdigit():
        raise ParameterError(name, value, f"a whole year between {low} and {high}")
    year = int(value)
    if not low <= year <= high:
        raise ParameterError(name, value, f"a year between {low} and {high}")
    return year


def _one_of(allowed: tuple[str, ...]) -> str:
    """'JPY or USD', 'en, mn or ja'."""
    return ", ".join(allowed[:-1]) + " or " + allowed[-1] if len(allowed) > 1 else allowed[0]


def _choice(name: str, value, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ParameterError(name, value, _one_of(allowed))
    return value


def year_bounds() -> tuple[int, int]:
    """The span of the article's dated rows: first dated year to the article's year."""
    from .article import metadata
    from .tables import load

    years = [y for name in ("visits", "timeline") for column in ("year", "period_start") if column in (t := load(name)) for y in t[column].dropna()]
    return int(min(years)), int(metadata()["year"])


def cpi_bounds() -> tuple[int, int]:
    from .money import cpi_annual

    years = cpi_annual().index
    return int(years.min()), int(years.max())


def validate(**given) -> Params:
    """Check the parameters given (others take their defaults) and return them typed."""
    unknown = sorted(set(given) - set(DEFAULTS))
    if unknown:
        raise ParameterError(unknown[0], given[unknown[0]], "a parameter among " + ", ".join(DEFAULTS))
    values = {**DEFAULTS, **given}
    lang = _choice("lang", values["lang"], LANGS)
    currency = _choice("currency", values["currency"], CURRENCIES)
    price_basis = _choice("price_basis", values["price_basis"], PRICE_BASES)
    if price_basis == "constant" and currency != "USD":
        raise ParameterError("price_basis", price_basis, "nominal when currency=JPY (constant prices are in US dollars)")
    base_year = _year("base_year", values["base_year"], *cpi_bounds())
    low, high = year_bounds()
    start_year = _year("start_year", values["start_year"], low, high)
    end_year = _year("end_year", values["end_year"], low, high)
    if start_year > end_year:
        raise ParameterError("start_year", start_year, f"a year not after end_year={end_year}")
    return Params(lang, currency, price_basis, base_year, start_year, end_year)
