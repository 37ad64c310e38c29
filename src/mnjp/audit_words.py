"""The audit's findings in the words of an edition.

A finding holds data (rows, numbers, dates); here each rule's values become the words its
sentences are made of, and the sentences come from the catalogs: the conclusion under the
finding's key, the arithmetic under `audit.<rule>.arithmetic`. A new language needs only
catalog entries.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

from . import glossary
from .audit import Finding, run
from .audit.binding import QUOTING_RULES, checks_file
from .audit.core import date_of
from .catalogs import described
from .figures import dollars_text
from .labels import and_list, full_date, label, money, month_year, number, qualified, quantity
from .params import LANGS
from .punctuation import listing, series

WORDS: dict[str, Callable[[dict, str], dict]] = {}


def words_of(rule: str):
    """Register how a rule's values read (the function returns the placeholders' words)."""
    def register(function):
        WORDS[rule] = function
        return function
    return register


def words(f: Finding, lang: str) -> dict:
    """The placeholders of every sentence about `f`, in the edition's words."""
    out = WORDS[f.rule](f.values, lang)
    if "arithmetic" not in out:
        out["arithmetic"] = label(f"audit.{f.rule}.arithmetic", lang, **out)
    return out


def conclusion(f: Finding, lang: str) -> str:
    return label(f.key, lang, **words(f, lang))


def row(f: Finding) -> dict:
    """The finding as a row of the data package's audit table: its arithmetic and conclusion in
    each edition's words (numbers written as that edition writes them), from the same catalogs."""
    said = {lang: words(f, lang) for lang in LANGS}
    return {"id": f.check_id, "rule": f.rule, "status": f.status, "article_ids": " ".join(f.ids),
            "lines": " ".join(map(str, sorted(set(f.lines)))),
            **{f"arithmetic_{lang}": said[lang]["arithmetic"] for lang in LANGS},
            **{f"conclusion_{lang}": label(f.key, lang, **said[lang]) for lang in LANGS},
            "reference": f.reference, **{f"note_{lang}": note(f, lang) for lang in LANGS}}


def note(f: Finding, lang: str) -> str:
    """The context a finding's check gives (data/audit/checks.csv), in the edition's language:
    Mongolian as written there, other languages translated from the English in the catalogs."""
    return f.note_mn if lang == "mn" else described(f.note_en, lang)


def table(tables: dict[str, pd.DataFrame], year_of_article: int) -> pd.DataFrame:
    return pd.DataFrame([row(f) for f in run(tables, year_of_article)])


# --- Values as words ---------------------------------------------------------------------

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


def _money(row: dict, lang: str) -> str:
    return money(float(row["value"]), row["unit"], lang, qualifier=row.get("qualifier"))


def _millions(value: float, lang: str, qualifier=None) -> str:
    if lang == "ja":  # Japanese has no "million" word: the same whole millions in 億 and 万 (2,858億7,200万)
        return qualified(number(round(value / 1e6) * 1e6, lang), qualifier, lang)
    return qualified(number(value / 1e6, lang), qualifier, lang)


def _figure(row: dict, lang: str) -> str:
    """A figure of the article in words: money, or a number with its qualifier."""
    if row["unit"] in ("JPY", "USD"):
        return _money(row, lang)
    return quantity(float(row["value"]), row["unit"], row.get("qualifier"), lang)


def _source_link(url: str, lang: str) -> str:
    host = url.split("/")[2] if "//" in url else url
    return f"[{host}]({url})" if url else label("audit.source_link", lang)


def _unit(unit: str, lang: str) -> dict:
    return {"unit": unit, "unit_name": label("unit." + unit, lang)}


@words_of("parts_add_up")
def _parts_add_up(x: dict, lang: str) -> dict:
    amount = lambda v: money(v, x["unit"], lang, scale="million", digits=0)  # noqa: E731 - one scale, so the sum reads
    parts = [float(p["value"]) for p in x["parts"]]
    return {"parts": " + ".join(amount(v) for v in parts), "summed": amount(x["summed"]), "total": amount(x["total"]),
            "difference": amount(x["difference"]), "gap": amount(abs(x["difference"])),
            "share": number(100 * x["difference"] / x["total"], lang, 2),
            "parts_m": " + ".join(_millions(v, lang) for v in parts),
            "summed_m": _millions(x["summed"], lang), "total_m": _millions(x["total"], lang),
            "difference_m": _millions(x["difference"], lang), **_unit(x["unit"], lang)}


@words_of("within_whole")
def _within_whole(x: dict, lang: str) -> dict:
    part, whole = x["part"], x["whole"]
    return {"part_name": name(part, lang), "whole_name": name(whole, lang), "part_value": _money(part, lang),
            "whole_value": _money(whole, lang), "ratio": number(x["ratio"], lang, 1),
            "part_m": _millions(float(part["value"]), lang, part.get("qualifier")),
            "whole_m": _millions(float(whole["value"]), lang, whole.get("qualifier")), **_unit(whole["unit"], lang)}


@words_of("implied_rate")
def _implied_rate(x: dict, lang: str) -> dict:
    return {"year": x["year"], "jpy": _money(x["jpy"], lang), "usd": _money(x["usd"], lang),
            **{k: number(x[k], lang, 1) for k in ("implied", "annual", "month_low", "month_high", "nearest_annual")},
            "low": number(x["low_rate"], lang, 1), "high": number(x["high_rate"], lang, 1), "nearest": x["nearest"],
            "jpy_m": _millions(float(x["jpy"]["value"]), lang), "usd_m": _millions(float(x["usd"]["value"]), lang)}


def _date_field(field: str, value, lang: str) -> str:
    """One field of a date as the edition writes it alone: a year '2013' (Japanese 2013年), a
    month '2' (2月), a day '10' (10日)."""
    if field in ("month", "day"):
        return label(f"audit.mentions_agree.value.{field}", lang, value=int(value))
    return label("date.year_alone", lang, year=int(value))  # year, period_start, period_end


@words_of("mentions_agree")
def _mentions_agree(x: dict, lang: str) -> dict:
    first, mention = x["first"], x["mention"]
    fields = x["differ"] or x["fields"] or ["year"]
    def value(row: dict) -> str:
        given = [k for k in fields if row.get(k) is not None and not pd.isna(row.get(k))]
        return series((_date_field(k, row[k], lang) for k in given), lang)

    compared = [label("audit.mentions_agree.arithmetic_item", lang, field=label("field." + k, lang),
                      first=_date_field(k, first[k], lang), second=_date_field(k, mention[k], lang))
                for k in x["fields"]]
    return {"name": name(first, lang), "line1": int(first["line"]), "line2": int(mention["line"]),
            "fields": and_list([label("field." + k, lang) for k in fields], lang),
            "first": value(first) if x["differ"] else date_words(date_of(first), lang), "second": value(mention),
            "arithmetic": listing(compared, lang) or label("audit.mentions_agree.arithmetic_none", lang)}


@words_of("duration_reaches_year")
def _duration_reaches_year(x: dict, lang: str) -> dict:
    start = x["start"]
    return {"sums": listing((f"{start} + {int(d['value'])} = {start + int(d['value'])}" for d in x["durations"]), lang),
            "target": x["target"]}


@words_of("period_from_duration")
def _period_from_duration(x: dict, lang: str) -> dict:
    out = {"name": name(x["event"], lang), "years": x["years"]}
    if x["period"]:
        first, last = x["period"]
        out.update(first=first, last=last, count=last - first + 1)
        return {**out, "arithmetic": label("audit.period_from_duration.arithmetic_period", lang, **out)}
    end = date_words(x["end"], lang)
    out.update(start=date_words(x["start"], lang),
               end=label("audit.about", lang, date=end) if len(x["end"]) > 1 else end)
    key = "audit.period_from_duration.arithmetic" + ("" if len(x["start"]) > 1 else "_years")
    return {**out, "arithmetic": label(key, lang, **out)}


@words_of("publication_not_before_event")
def _publication_not_before_event(x: dict, lang: str) -> dict:
    reports = [label("audit.publication_not_before_event.arithmetic_item", lang, name=name(p, lang),
                     date=date_words(date_of(p), lang)) for p in x["publications"]]
    return {"event": date_words(date_of(x["event"]), lang), "early": len(x["early"]), "total": len(x["publications"]),
            "dates": listing((date_words(date_of(p), lang) for p in x["publications"]), lang),
            "reports": listing(reports, lang)}


@words_of("sources_not_before_statements")
def _sources_not_before_statements(x: dict, lang: str) -> dict:
    citations = [label("audit.sources_not_before_statements.arithmetic_item", lang, name=name(row, lang),
                       date=date_words(date_of(row), lang), number=ref["number"],
                       source_date=date_words(date_of(ref), lang))
                 for row, ref in x["early"]]
    return {"cited": len(x["cited"]), "early": len(x["early"]),
            "citations": listing(citations, lang) or label("audit.sources_not_before_statements.arithmetic_none", lang)}


@words_of("date_matches_claim")
def _date_matches_claim(x: dict, lang: str) -> dict:
    return {"name": name(x["row"], lang), "mine": date_words(x["mine"], lang), "theirs": date_words(x["theirs"], lang),
            "source": _source_link(x["claim"]["source_url"], lang), "source_type": x["claim"]["source_type"]}


@words_of("value_in_claim")
def _value_in_claim(x: dict, lang: str) -> dict:
    row, claim = x["row"], x["claim"]
    quote = claim_quote(claim, lang)
    source = _source_link(claim["source_url"], lang)
    if quote:  # the source's own words, or their translation beside the check (data/audit/checks.csv)
        source = label("audit.claim_quote", lang, source=source, quote=quote)
    return {"name": name(row, lang), "mine": _figure(row, lang), "source": source, "printed": row["value_as_printed"],
            "value": number(float(row["value"]), lang), "quote": (quote or claim["quote_verbatim"])[:160]}


def claim_quote(claim: dict, lang: str) -> str:
    """A claim's words in the edition's language: as the source gives them, when in English for
    the English edition or in Mongolian for the Mongolian one (the English edition also shows a
    Mongolian source's words, as it shows the article's), else the translation data/audit/checks.csv
    gives beside the check that quotes it; empty when there is none."""
    quote = claim["quote_verbatim"]
    if lang == "en" or (lang == "mn" and re.search(r"[\u0400-\u04ff]", quote)):
        return quote
    translated = {e["claim"]: e[f"claim_quote_{lang}"] for e in checks_file() if e["rule"] in QUOTING_RULES}
    return translated.get(claim["item"], "")


@words_of("amount_near_claim")
def _amount_near_claim(x: dict, lang: str) -> dict:
    row = x["row"]
    return {"mine": _money(row, lang), "year": int(row["year"]), "rate": number(x["rate"], lang, 1),
            "usd": dollars_text(x["usd"], lang), "theirs": money(x["theirs"], "USD", lang),
            "jpy_m": _millions(float(row["value"]), lang), "rate_exact": number(x["rate"], lang, 2),
            "usd_bn": number(x["usd"] / 1e9, lang, 2), "theirs_bn": number(x["theirs"] / 1e9, lang, 2),
            "change": f"{x['usd'] / x['theirs'] - 1:+.0%}"}


@words_of("compare_series")
def _compare_series(x: dict, lang: str) -> dict:
    row, ratio = x["row"], x["ratio"]
    return {"mine": _money(row, lang), "theirs": money(x["series_value"], row["unit"], lang, scale="million", digits=0),
            "year": x["year"], "ratio": number(ratio, lang, 1) if ratio >= 1 else f"{100 * ratio:.0f}%",
            "times": number(max(ratio, 1 / ratio), lang, 1), "ratio_exact": number(ratio, lang, 2),
            "mine_m": _millions(float(row["value"]), lang, row.get("qualifier")),
            "theirs_m": _millions(x["series_value"], lang),
            "columns": " + ".join(x["columns"]), **_unit(row["unit"], lang)}
