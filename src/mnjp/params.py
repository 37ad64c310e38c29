"""Notebook parameters: their defaults, allowed values, and one clear error.

Every notebook starts by passing its `parameters` cell through `validate` (by way of
`mnjp.bounds`, which gives it the years the data spans), so a bad value stops the run
before anything is computed.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

# One edition per word catalog present (src/mnjp/locale/<lang>/LC_MESSAGES/mnjp.po), English first:
# adding a language is adding its catalogs, not editing this list.
LANGS = tuple(sorted((po.parent.parent.name for po in (Path(__file__).parent / "locale").glob("*/LC_MESSAGES/mnjp.po")),
                     key=lambda lang: (lang != "en", lang)))
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
# What each parameter means is in the word catalogs (`param.<name>`; mnjp.labels.parameter_help).


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


def _choice(name: str, value, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ParameterError(name, value, " or ".join(allowed))
    return value


@dataclass(frozen=True)
class Bounds:
    """What the data allows for the years: facts of the data, given by `mnjp.bounds`."""

    years: tuple[int, int]  # the article's dated span: first dated year to the article's year
    cpi_years: tuple[int, int]  # the years of the US CPI series (constant prices)


def validate(bounds: Bounds, /, **given) -> Params:
    """Check the parameters given (others take their defaults) and return them typed.

    The year bounds come from the caller (`mnjp.bounds.validate` reads them from the data),
    so checking a parameter loads nothing."""
    unknown = sorted(set(given) - set(DEFAULTS))
    if unknown:
        raise ParameterError(unknown[0], given[unknown[0]], "a parameter among " + ", ".join(DEFAULTS))
    values = {**DEFAULTS, **given}
    lang = _choice("lang", values["lang"], LANGS)
    currency = _choice("currency", values["currency"], CURRENCIES)
    price_basis = _choice("price_basis", values["price_basis"], PRICE_BASES)
    if price_basis == "constant" and currency != "USD":
        raise ParameterError("price_basis", price_basis,
                             "nominal when currency=JPY (constant prices are in US dollars)")
    base_year = _year("base_year", values["base_year"], *bounds.cpi_years)
    low, high = bounds.years
    start_year = _year("start_year", values["start_year"], low, high)
    end_year = _year("end_year", values["end_year"], low, high)
    if start_year > end_year:
        raise ParameterError("start_year", start_year, f"a year not after end_year={end_year}")
    return Params(lang, currency, price_basis, base_year, start_year, end_year)
