"""The audit's findings in the words of an edition.

A finding holds data (rows, numbers, dates); here each rule's values become the words its
sentences are made of, and the sentences come from the catalogs: the conclusion under the
finding's key, the arithmetic under `audit.<rule>.arithmetic`. A new language needs only
catalog entries.
"""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from .audit import Finding, run
from .audit.core import date_of
from .audit_values import (
    claim_quote,
    date_field,
    date_words,
    figure,
    millions,
    money_of,
    name,
    source_link,
    unit_values,
)
from .catalogs import described
from .figures import dollars_text
from .labels import and_list, label, money, number
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


@words_of("parts_add_up")
def _parts_add_up(x: dict, lang: str) -> dict:
    amount = lambda v: money(v, x["unit"], lang, scale="million", digits=0)  # noqa: E731 - one scale, so the sum reads
    parts = [float(p["value"]) for p in x["parts"]]
    return {"parts": " + ".join(amount(v) for v in parts), "summed": amount(x["summed"]), "total": amount(x["total"]),
            "difference": amount(x["difference"]), "gap": amount(abs(x["difference"])),
            "share": number(100 * x["difference"] / x["total"], lang, 2),
            "parts_m": " + ".join(millions(v, lang) for v in parts),
            "summed_m": millions(x["summed"], lang), "total_m": millions(x["total"], lang),
            "difference_m": millions(x["difference"], lang), **unit_values(x["unit"], lang)}


@words_of("within_whole")
def _within_whole(x: dict, lang: str) -> dict:
    part, whole = x["part"], x["whole"]
    return {"part_name": name(part, lang), "whole_name": name(whole, lang), "part_value": money_of(part, lang),
            "whole_value": money_of(whole, lang), "ratio": number(x["ratio"], lang, 1),
            "part_m": millions(float(part["value"]), lang, part.get("qualifier")),
            "whole_m": millions(float(whole["value"]), lang, whole.get("qualifier")),
            **unit_values(whole["unit"], lang)}


@words_of("implied_rate")
def _implied_rate(x: dict, lang: str) -> dict:
    return {"year": x["year"], "jpy": money_of(x["jpy"], lang), "usd": money_of(x["usd"], lang),
            **{k: number(x[k], lang, 1) for k in ("implied", "annual", "month_low", "month_high", "nearest_annual")},
            "low": number(x["low_rate"], lang, 1), "high": number(x["high_rate"], lang, 1), "nearest": x["nearest"],
            "jpy_m": millions(float(x["jpy"]["value"]), lang), "usd_m": millions(float(x["usd"]["value"]), lang)}


@words_of("mentions_agree")
def _mentions_agree(x: dict, lang: str) -> dict:
    first, mention = x["first"], x["mention"]
    fields = x["differ"] or x["fields"] or ["year"]
    def value(row: dict) -> str:
        given = [k for k in fields if row.get(k) is not None and not pd.isna(row.get(k))]
        return series((date_field(k, row[k], lang) for k in given), lang)

    compared = [label("audit.mentions_agree.arithmetic_item", lang, field=label("field." + k, lang),
                      first=date_field(k, first[k], lang), second=date_field(k, mention[k], lang))
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
            "source": source_link(x["claim"]["source_url"], lang), "source_type": x["claim"]["source_type"]}


@words_of("value_in_claim")
def _value_in_claim(x: dict, lang: str) -> dict:
    row, claim = x["row"], x["claim"]
    quote = claim_quote(claim, x.get("translated", {}), lang)
    source = source_link(claim["source_url"], lang)
    if quote:  # the source's own words, or their translation beside the check (data/audit/checks.csv)
        source = label("audit.claim_quote", lang, source=source, quote=quote)
    return {"name": name(row, lang), "mine": figure(row, lang), "source": source, "printed": row["value_as_printed"],
            "value": number(float(row["value"]), lang), "quote": (quote or claim["quote_verbatim"])[:160]}


@words_of("amount_near_claim")
def _amount_near_claim(x: dict, lang: str) -> dict:
    row = x["row"]
    return {"mine": money_of(row, lang), "year": int(row["year"]), "rate": number(x["rate"], lang, 1),
            "usd": dollars_text(x["usd"], lang), "theirs": money(x["theirs"], "USD", lang),
            "jpy_m": millions(float(row["value"]), lang), "rate_exact": number(x["rate"], lang, 2),
            "usd_bn": number(x["usd"] / 1e9, lang, 2), "theirs_bn": number(x["theirs"] / 1e9, lang, 2),
            "change": f"{x['usd'] / x['theirs'] - 1:+.0%}"}


@words_of("compare_series")
def _compare_series(x: dict, lang: str) -> dict:
    row, ratio = x["row"], x["ratio"]
    return {"mine": money_of(row, lang),
            "theirs": money(x["series_value"], row["unit"], lang, scale="million", digits=0),
            "year": x["year"], "ratio": number(ratio, lang, 1) if ratio >= 1 else f"{100 * ratio:.0f}%",
            "times": number(max(ratio, 1 / ratio), lang, 1), "ratio_exact": number(ratio, lang, 2),
            "mine_m": millions(float(row["value"]), lang, row.get("qualifier")),
            "theirs_m": millions(x["series_value"], lang),
            "columns": " + ".join(x["columns"]), **unit_values(row["unit"], lang)}
