"""Values of the audit's findings as words of an edition: what a row is, a date, an amount, a
figure, a source and its quoted words. The rule-by-rule words in `audit_words` are made of these.
"""
from __future__ import annotations

from . import glossary
from .audit.binding import is_mongolian
from .catalogs import label
from .labels import full_date, money, month_year, number, qualified, quantity


def name(row: dict, lang: str) -> str:
    """What a row is, in the edition's words: a figure's measure, an event's title, a visitor."""
    for key in ("measure", "title"):
        text = row.get(f"{key}_{lang}")
        if isinstance(text, str) and text:
            return text
    if str(row.get("id", "")).startswith("visit."):  # a visitor as the glossary names them
        return label("audit.visit", lang, **glossary.visitor_forms(row, lang))
    return ""


def date_words(parts: tuple | None, lang: str) -> str:
    """(1972, 2, 24) as '24 February 1972' / '1972 оны 2 дугаар сарын 24'."""
    if not parts:
        return label("audit.undated", lang)
    if len(parts) == 1:
        return label("audit.date.year", lang, year=parts[0])
    if len(parts) == 2:
        return month_year(parts[0], parts[1], lang)
    return full_date(parts[0], parts[1], parts[2], lang)


def money_of(row: dict, lang: str) -> str:
    return money(float(row["value"]), row["unit"], lang, qualifier=row.get("qualifier"))


def millions(value: float, lang: str, qualifier=None) -> str:
    if lang == "ja":  # Japanese has no "million" word: the same whole millions in 億 and 万 (2,858億7,200万)
        return qualified(number(round(value / 1e6) * 1e6, lang), qualifier, lang)
    return qualified(number(value / 1e6, lang), qualifier, lang)


def figure(row: dict, lang: str) -> str:
    """A figure of the article in words: money, or a number with its qualifier."""
    if row["unit"] in ("JPY", "USD"):
        return money_of(row, lang)
    return quantity(float(row["value"]), row["unit"], row.get("qualifier"), lang)


def source_link(url: str, lang: str) -> str:
    host = url.split("/")[2] if "//" in url else url
    return f"[{host}]({url})" if url else label("audit.source_link", lang)


def unit_values(unit: str, lang: str) -> dict:
    return {"unit": unit, "unit_name": label("unit." + unit, lang)}


def date_field(field: str, value, lang: str) -> str:
    """One field of a date as the edition writes it alone: a year '2013' (Japanese 2013年), a
    month '2' (2月), a day '10' (10日)."""
    if field in ("month", "day"):
        return label(f"audit.mentions_agree.value.{field}", lang, value=int(value))
    return label("date.year_alone", lang, year=int(value))  # year, period_start, period_end


def claim_quote(claim: dict, translated: dict[str, str], lang: str) -> str:
    """A claim's words in the edition's language: as the source gives them, when in English for
    the English edition or in Mongolian for the Mongolian one (the English edition also shows a
    Mongolian source's words, as it shows the article's), else the translation data/audit/checks.csv
    gives beside the check that quotes it ({lang: words}); empty when there is none."""
    quote = claim["quote_verbatim"]
    if lang == "en" or (lang == "mn" and is_mongolian(quote)):
        return quote
    return translated.get(lang, "")
