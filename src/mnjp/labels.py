"""How numbers, amounts and dates are written in each edition: thousands separators, scale
words, qualifiers, months and decades.

The words themselves come from the catalogs (mnjp.catalogs); their lookup functions are
re-exported here, so that `from mnjp.labels import label, money` is the one import a
notebook needs for every reader-facing word and number.
"""
from __future__ import annotations

import math

import pandas as pd

from . import dates, japanese
from .catalogs import and_list as and_list
from .catalogs import catalog as catalog
from .catalogs import catalog_path as catalog_path
from .catalogs import described as described
from .catalogs import has_label as has_label
from .catalogs import label as label
from .catalogs import or_list as or_list
from .catalogs import parameter_help as parameter_help


def aside(text: str, lang: str) -> str:
    """A parenthesis after a figure as the edition writes one: ' (…)' or, in Japanese, '（…）'."""
    return label("text.aside", lang, text=text)


def month_year(year: int, month: int, lang: str) -> str:
    """'June 2016', '2016 оны 6 дугаар сар' or '2016年6月' (the month's name from the catalog)."""
    y, m, _ = dates.checked(year, month)
    return label("date.month_year", lang, year=y, month=label(f"date.month.{m:02d}", lang))


def decade(year: int, lang: str) -> str:
    """'1990s', '1990-ээд' or '1990年代': Mongolian's ending follows the decade's spoken vowels,
    so the catalog has one form per decade."""
    start = dates.checked(year)[0] // 10 * 10
    return label(f"date.decade.{start % 100:02d}", lang, start=start)


THOUSANDS = {"en": ",", "mn": "\u202f", "ja": ","}  # one separator per edition: text, tables and charts alike
SCALES = (("billion", 1e9), ("million", 1e6))
# Mongolian puts "гаруй" (over) right after the number ("250 гаруй сая"), the other
# qualifiers before the currency ("4.3 тэрбум шахам иен").
MN_AFTER_NUMBER = {"over"}


def number(value: float, lang: str, digits: int = 0) -> str:
    """A number with the edition's thousands separator: 1,234.5 (en) or 1 234.5 (mn); in
    Japanese a whole number from 1万 up is grouped by 万 and 億 (12,345,678 -> 1,234万5,678)."""
    if lang == "ja" and digits == 0 and abs(value) >= 1e4:
        return japanese.amount(round(value))
    return grouped(value, lang, digits)


def grouped(value: float, lang: str, digits: int = 0) -> str:
    """Plain digits with the edition's thousands separator, never 万 or 億: for an axis, whose
    ticks must all read alike (10,000 beside 8,000, not 1万)."""
    return f"{value:,.{digits}f}".replace(",", THOUSANDS[lang])


def _whole(x: float) -> bool:
    return abs(x - round(x)) < 1e-6


def _scaled(amount: float, scale: str | None, digits: int | None) -> tuple[str, str]:
    """(number, scale word key or '') at the given scale, or at the largest scale at which the
    amount is whole (a printed figure keeps its precision), else one decimal of the largest."""
    sizes = dict(SCALES)
    if scale is None:
        fitting = [(name, size) for name, size in SCALES if abs(amount) >= size]
        whole = [(name, size) for name, size in fitting if _whole(amount / size)]
        scale, size = (whole or fitting or [("", 1.0)])[0]
    else:
        size = sizes[scale] if scale else 1.0
    value = amount / size
    if digits is None:
        digits = 0 if _whole(value) else 1
    return number(value, "en", digits), scale


def money(amount: float, currency: str, lang: str, price_year: int | None = None, qualifier: str | None = None,
          scale: str | None = None, digits: int | None = None) -> str:
    """An amount as a careful editor prints it: 'over 250 million US dollars', '286,282 million yen',
    '4.3 тэрбум шахам иен', '17 сая ам.доллар (2016 оны үнээр)'.

    A whole figure keeps its printed precision; a converted one gets one decimal. `scale`
    ('billion', 'million', '') and `digits` fix the form, so that parts and their total shown
    together add up.
    """
    if math.isnan(amount):
        return ""
    if lang == "ja":
        return _money_ja(amount, currency, price_year, qualifier, scale, digits)
    figure, scale = _scaled(amount, scale, digits)
    figure = figure.replace(",", THOUSANDS[lang])
    words = [figure] + ([label("scale." + scale, lang)] if scale else []) + [label("unit." + currency, lang)]
    if isinstance(qualifier, str) and qualifier:
        word = label("qualifier." + qualifier, lang)
        if lang == "en":
            words.insert(0, word)
        else:
            words.insert(1 if qualifier in MN_AFTER_NUMBER else len(words) - 1, word)
    text = " ".join(words)
    if price_year is not None and not pd.isna(price_year):
        text += aside(label('price.constant', lang, base_year=int(price_year)), lang)
    return text


def _money_ja(amount: float, currency: str, price_year, qualifier, scale, digits) -> str:
    """An amount in 億 and 万 (2,862億8,200万円, 2億5,000万ドル超), to the precision the other
    editions print it at, so that parts and their total shown together still add up."""
    figure, scale = _scaled(amount, scale, digits)
    shown = round(float(figure.replace(",", "")) * dict(SCALES).get(scale, 1.0))
    write = {"JPY": japanese.yen, "USD": japanese.dollars}[currency]
    text = write(shown, qualifier if isinstance(qualifier, str) and qualifier else None)
    if price_year is not None and not pd.isna(price_year):
        text += f"（{label('price.constant', 'ja', base_year=int(price_year))}）"
    return text


def qualified(text: str, qualifier, lang: str) -> str:
    """'over 70' / '70 гаруй': a number's qualifier where each language puts it (for money, use
    `money(..., qualifier=)`, which places it inside the amount)."""
    if not isinstance(qualifier, str) or not qualifier:
        return text
    if lang == "ja":
        return japanese.qualified(text, qualifier)
    word = label("qualifier." + qualifier, lang)
    return f"{word} {text}" if lang == "en" else f"{text} {word}"


BARE_UNITS = {"count"}  # a count reads as a bare number: "about 5,700"


def quantity(value: float, unit: str, qualifier: str | None, lang: str) -> str:
    """A non-money figure with its unit and qualifier: 'about 5,700', '1,000 t a year', '70 гаруй хувь'."""
    digits = 0 if float(value).is_integer() else 1
    if lang == "ja":
        return _quantity_ja(value, unit, qualifier, digits)
    text = qualified(number(value, lang, digits), qualifier, lang)
    if unit in BARE_UNITS:
        unit_label = ""
    else:
        unit_label = label("unit." + unit, lang) if has_label("unit." + unit, lang) else unit
    if unit == "%":
        # "over 70%", but in Mongolian a qualified share reads "70 гаруй хувь"
        return text + (" " + label("unit.percent_word", lang) if lang == "mn" and qualifier else "%")
    return f"{text} {unit_label}" if unit_label else text


def full_date(year: int, month: int, day: int, lang: str) -> str:
    """A day as the edition's publications print it: '10 February 2015', '2015 оны 2 дугаар сарын 10',
    '2015年2月10日'."""
    y, m, d = dates.checked(year, month, day)
    return label("date.full", lang, year=y, month=label(f"date.month.{m:02d}", lang), day=d)


def date_text(date: str, lang: str) -> str:
    """A date stored as precisely as the article gives it ('1990', '1990-02', '2015-02-10'), in
    the edition's words; a year alone stays a year. Empty for a missing date."""
    if not isinstance(date, str) or not date:
        return ""
    parts = [int(part) for part in date.split("-")]
    if len(parts) == 1:
        return label("date.year_alone", lang, year=parts[0])
    if len(parts) == 2:
        return month_year(parts[0], parts[1], lang)
    return full_date(parts[0], parts[1], parts[2], lang)


def _quantity_ja(value: float, unit: str, qualifier: str | None, digits: int) -> str:
    """'約5,700', '70%超', '1,000トン/年': Japanese writes the unit right after the number and the
    qualifier where japanese.qualified puts it."""
    qualifier = qualifier if isinstance(qualifier, str) and qualifier else None
    if unit == "%":
        return japanese.percent(float(value) if digits else int(value), qualifier)
    if unit in BARE_UNITS:
        unit_label = ""
    else:
        unit_label = label("unit." + unit, "ja") if has_label("unit." + unit, "ja") else unit
    if digits == 0:
        return japanese.amount(int(value), unit_label, qualifier)
    return japanese.qualified(number(value, "ja", digits) + unit_label, qualifier)
