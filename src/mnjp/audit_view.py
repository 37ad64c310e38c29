"""How the audit's findings read in the report: one section in plain words per FLAG and NOTE,
then every check in one folded table."""
from __future__ import annotations

import html

import pandas as pd

from .audit import FLAG, NOTE, Finding, _claim_date
from .display import anchor, table_html, with_footnote_marks
from .figures import dollars_text
from . import glossary, japanese
from .labels import FALLBACK, MONTHS_EN, and_list, has_label, label, money, month_year, number


REFERENCE_RULES = {"date_matches_claim", "value_in_claim", "amount_near_claim", "compare_series"}


def conclusion(row, lang: str) -> str:
    return row["conclusion_mn"] if lang == "mn" else row["conclusion_en"]


def name(row: dict, lang: str) -> str:
    """What a row is, in the edition's words: a figure's measure, an event's title, a visitor."""
    for key in ("measure", "title"):
        for code in (lang, FALLBACK.get(lang)):
            text = row.get(f"{key}_{code}")
            if isinstance(text, str) and text:
                return text
    if str(row.get("id", "")).startswith("visit."):  # a visitor as the glossary names them
        return label("audit.visit", lang, person=glossary.visitor(row, lang))
    return ""


def date_words(parts: tuple, lang: str) -> str:
    """(1972, 2, 24) as '24 February 1972' / '1972 оны 2 дугаар сарын 24'."""
    if not parts:
        return label("audit.undated", lang)
    if lang == "ja":
        return japanese.date(*parts)
    if len(parts) == 1:
        return str(parts[0]) if lang == "en" else f"{parts[0]} он"
    if len(parts) == 2:
        return month_year(parts[0], parts[1], lang)
    year, month, day = parts[:3]
    return f"{day} {MONTHS_EN[month - 1]} {year}" if lang == "en" else f"{month_year(year, month, lang)}ын {day}"


def _date_of(row: dict) -> tuple:
    return tuple(int(row[k]) for k in ("year", "month", "day") if row.get(k) is not None and not pd.isna(row.get(k)))


def _money(row: dict, lang: str) -> str:
    return money(float(row["value"]), row["unit"], lang, qualifier=row.get("qualifier"))


def _figure(row: dict, lang: str) -> str:
    """A figure of the article in words: money, or a number with its qualifier."""
    if row["unit"] in ("JPY", "USD"):
        return _money(row, lang)
    from .labels import quantity

    return quantity(float(row["value"]), row["unit"], row.get("qualifier"), lang)


def _source_link(url: str, lang: str) -> str:
    host = url.split("/")[2] if "//" in url else url
    return f"[{host}]({url})" if url else label("audit.source_link", lang)


def _times(ratio: float, lang: str) -> str:
    return number(ratio, lang, 1)


def _values(f: Finding, lang: str) -> dict:
    """The facts of a finding as the words its sentences are made of."""
    x, rule = f.facts, f.rule
    if rule == "parts_add_up":
        unit = x["unit"]
        amount = lambda v: money(v, unit, lang, scale="million", digits=0)  # noqa: E731 - one scale, so the sum reads
        return {"parts": " + ".join(amount(float(p["value"])) for p in x["parts"]), "summed": amount(x["summed"]),
                "total": amount(x["total"]), "difference": amount(x["difference"]),
                "share": number(100 * x["difference"] / x["total"], lang, 2)}
    if rule == "within_whole":
        return {"part_name": name(x["part"], lang), "whole_name": name(x["whole"], lang), "part_value": _money(x["part"], lang),
                "whole_value": _money(x["whole"], lang), "ratio": _times(x["ratio"], lang)}
    if rule == "implied_rate":
        return {"year": x["year"], "jpy": _money(x["jpy"], lang), "usd": _money(x["usd"], lang),
                **{k: number(x[k], lang, 1) for k in ("implied", "annual", "month_low", "month_high")},
                "low": number(x["low_rate"], lang, 1), "high": number(x["high_rate"], lang, 1)}
    if rule == "mentions_agree":
        first, mention = x["first"], x["mention"]
        fields = x["differ"] or x["fields"] or ["year"]
        field_words = and_list([label("field." + k, lang) for k in fields], lang)
        value = lambda row: ", ".join(str(int(row[k])) for k in fields if row.get(k) is not None and not pd.isna(row.get(k)))  # noqa: E731
        return {"name": name(first, lang), "line1": int(first["line"]), "line2": int(mention["line"]), "fields": field_words,
                "first": value(first) if x["differ"] else date_words(_date_of(first), lang), "second": value(mention)}
    if rule == "date_matches_claim":
        return {"name": name(x["row"], lang), "mine": date_words(x["mine"], lang),
                "theirs": date_words(_claim_date(x["claim"]["date"]), lang), "source": _source_link(x["claim"]["source_url"], lang)}
    if rule == "compare_series":
        row, ratio = x["row"], x["ratio"]
        theirs = money(x["series_value"], row["unit"], lang, scale="million", digits=0)
        return {"mine": _money(row, lang), "theirs": theirs, "year": x.get("year", int(row["year"])),
                "ratio": _times(ratio, lang) if ratio >= 1 else f"{100 * ratio:.0f}%"}
    if rule == "period_from_duration":
        start, years = x["start"], x["years"]
        end = (x["end_year"], x["end_month"]) if x["end_month"] else (x["end_year"],)
        start_from = (f"{month_year(*start, 'mn')}аас" if len(start) == 2 else f"{start[0]} оноос") if lang == "mn" else ""
        end_text = date_words(end, lang)
        return {"name": name(x["event"], lang), "years": years, "start": date_words(start, lang), "start_from": start_from,
                "end": (("about " if len(end) == 2 else "") + end_text) if lang == "en" else end_text}
    if rule == "publication_not_before_event":
        return {"event": date_words(_date_of(x["event"]), lang), "early": len(x["early"]), "total": len(x["publications"]),
                "dates": "; ".join(date_words(_date_of(p), lang) for p in x["publications"])}
    if rule == "value_in_claim":
        source = _source_link(x["claim"]["source_url"], lang)
        if lang == "en":  # the source's own words are English; the Mongolian edition links to them
            source += f": “{x['claim']['quote_verbatim']}”"
        return {"name": name(x["row"], lang), "mine": _figure(x["row"], lang), "source": source}
    if rule == "amount_near_claim":
        row = x["row"]
        return {"mine": _money(row, lang), "year": int(row["year"]), "rate": number(x["rate"], lang, 1),
                "usd": dollars_text(x["usd"], lang), "theirs": money(x["theirs"], "USD", lang)}
    return {}


def _quote_lines(f: Finding, rows: pd.DataFrame, lang: str) -> list[str]:
    """The article's words a finding rests on, each with a link to its line in the quotes below."""
    quotes = rows.set_index("id")
    texts = [quotes.loc[i, "quote_mn"] for i in f.ids]
    out, seen = [], set()
    for row_id, text in zip(f.ids, texts):
        q = quotes.loc[row_id]
        # a quote another one contains says nothing new
        if text in seen or any(text in other and text != other for other in texts):
            continue
        seen.add(text)
        line = int(q["value_line"]) if "value_line" in q and not pd.isna(q["value_line"]) else int(q["line"])
        where = f"[{label('link.line', lang, line=line)}](#{anchor(row_id)})"
        text = f"> «{with_footnote_marks(q['quote_mn'], [q['footnote']])}» ({where})"
        if lang == "en":
            text += f"\n>\n> *{q['quote_en']}*"
        out.append(text)
    return out


def section(f: Finding, rows: pd.DataFrame, lang: str) -> str:
    """One FLAG or NOTE in plain words: what the article says, what does not fit, the arithmetic
    as a sentence, what it may mean."""
    key = f"audit.{f.rule}.{f.status}"
    values = _values(f, lang)
    if not has_label(key + ".title"):  # a rule with no wording yet still reads, from its conclusion
        return f"### {conclusion(f.row(), lang)}\n\n" + "\n\n".join(_quote_lines(f, rows, lang))
    sum_key = key + ".sum"
    if f.rule == "compare_series":
        sum_key = "audit.compare_series.sum" if f.facts["ratio"] >= 1 else "audit.compare_series.sum_less"
    meaning = label(key + ".meaning", lang, **values)
    # the context a reference source needs (what each counts); other notes restate the finding
    note = f.facts.get("note_mn" if lang == "mn" else "note_en", "") if f.rule in REFERENCE_RULES else ""
    parts = [f"### {label(key + '.title', lang, **values)}",
             f"**{label('audit.says', lang)}.**", *_quote_lines(f, rows, lang),
             f"**{label('audit.misfit' if f.status == FLAG else 'audit.notice', lang)}.** {label(key + '.misfit', lang, **values)}",
             f"**{label('audit.sum', lang)}.** {label(sum_key, lang, **values)}",
             f"**{label('audit.meaning', lang)}.** {meaning}" + (f" {note}" if note else "")]
    return "\n\n".join(parts)


def sections(findings: list[Finding], rows: pd.DataFrame, lang: str, status: str) -> str:
    """Markdown: a section for each finding of a status (FLAG or NOTE), in the audit's order."""
    return "\n\n".join(section(f, rows, lang) for f in findings if f.status == status)


def summary(audit: pd.DataFrame, findings: list[Finding], lang: str):
    """Every check in one table, folded: result, what was checked (by name), conclusion, lines."""
    names = {f.check_id: "; ".join(dict.fromkeys(n for n in (name(r, lang) for r in _rows_of(f)) if n))
             or label("audit.rule." + f.rule, lang) for f in findings}
    rows = [{label("audit.status", lang): label("status." + r["status"], lang),
             label("audit.check", lang): html.escape(names.get(r["id"], "")),
             label("audit.conclusion", lang): html.escape(conclusion(r, lang)),
             label("audit.lines", lang): " ".join(f'<a href="#{anchor(i)}">{n}</a>' for i, n in zip(r["article_ids"].split(), r["lines"].split()))
             if len(r["article_ids"].split()) == len(r["lines"].split()) else html.escape(r["lines"])}
            for _, r in audit.iterrows()]
    table = table_html(pd.DataFrame(rows), escape_columns=[])
    from IPython.display import HTML

    return HTML(f"<details class=\"mnjp-details\"><summary>{html.escape(label('audit.table_fold', lang, n=len(rows)))}</summary>\n{table}\n</details>")


def _rows_of(f: Finding) -> list[dict]:
    """The article's rows a finding names, from its facts."""
    out = []
    for value in f.facts.values():
        if isinstance(value, dict) and "id" in value:
            out.append(value)
        elif isinstance(value, list):
            out.extend(v for v in value if isinstance(v, dict) and "id" in v)
    return out


def rested_on(audit: pd.DataFrame) -> set[str]:
    """Ids of the article's rows that some check rests on."""
    return {i for ids in audit["article_ids"] for i in ids.split()}


def flagged_ids(audit: pd.DataFrame) -> set[str]:
    """Ids of the article's rows that some FLAG rests on."""
    return rested_on(audit[audit["status"] == "FLAG"])


__all__ = ["FLAG", "NOTE", "sections", "summary", "rested_on", "flagged_ids"]
