"""The years the data allows for the parameters, and the parameters checked against them.

`params` holds the rules and loads nothing; the bounds are facts of the data (the
article's dated span, the years of the US CPI series), read here.
"""
from __future__ import annotations

from .article import metadata
from .money import cpi_annual
from .params import Bounds, Params
from .params import validate as check
from .tables import load


def article_years() -> tuple[int, int]:
    """The span of the article's dated rows: first dated year to the article's year."""
    years = [y for name in ("visits", "timeline")
             for column in ("year", "period_start") if column in (t := load(name)) for y in t[column].dropna()]
    return int(min(years)), int(metadata()["year"])


def cpi_years() -> tuple[int, int]:
    years = cpi_annual().index
    return int(years.min()), int(years.max())


def of_the_data() -> Bounds:
    return Bounds(years=article_years(), cpi_years=cpi_years())


def validate(**given) -> Params:
    """The parameters given (others take their defaults), checked and typed, with the
    years bounded by the data."""
    return check(of_the_data(), **given)
