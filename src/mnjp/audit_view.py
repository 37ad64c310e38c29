"""How the audit's findings read in the report: one section in plain words per FLAG and NOTE,
then every check in one folded table."""
from __future__ import annotations

import html

import pandas as pd

from .audit import FLAG, NOTE, Finding
from .audit_values import name
from .audit_words import conclusion, words
from .audit_words import note as audit_note
from .catalogs import has_label, label
from .display import TRANSLATION, anchor, table_html, with_footnote_marks
from .labels import aside
from .punctuation import listing, sentences

REFERENCE_RULES = {"date_matches_claim", "value_in_claim", "amount_near_claim", "compare_series"}


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
        shown = f"> «{with_footnote_marks(q['quote_mn'], [q['footnote']])}»" + aside(where, lang)
        if lang in TRANSLATION:  # the edition's translation under the Mongolian words
            shown += f"\n>\n> *{q[TRANSLATION[lang]]}*"
        out.append(shown)
    return out


def _lead(key: str, lang: str, text: str = "") -> str:
    """A paragraph with a bold lead-in: '**Sum.** text'; in Japanese, which has no stop or space to
    close a lead-in, the bold words stand on their own line above the text."""
    if lang == "ja":
        return f"**{label(key, lang)}**" + (f"\n\n{text}" if text else "")
    return f"**{label(key, lang)}.**" + (f" {text}" if text else "")


def section(f: Finding, rows: pd.DataFrame, lang: str) -> str:
    """One FLAG or NOTE in plain words: what the article says, what does not fit, the arithmetic
    as a sentence, what it may mean."""
    key = f"audit.{f.rule}.{f.status}"
    values = words(f, lang)
    if not has_label(key + ".title"):  # a rule with no wording yet still reads, from its conclusion
        return f"### {conclusion(f, lang)}\n\n" + "\n\n".join(_quote_lines(f, rows, lang))
    sum_key = key + ".sum"
    if f.rule == "compare_series":
        sum_key = "audit.compare_series.sum" if f.values["ratio"] >= 1 else "audit.compare_series.sum_less"
    meaning = label(key + ".meaning", lang, **values)
    # the context a reference source needs (what each counts); other notes restate the finding
    note = audit_note(f, lang) if f.rule in REFERENCE_RULES else ""
    parts = [f"### {label(key + '.title', lang, **values)}",
             _lead("audit.says", lang), *_quote_lines(f, rows, lang),
             _lead("audit.misfit" if f.status == FLAG else "audit.notice", lang,
                   label(key + ".misfit", lang, **values)),
             _lead("audit.sum", lang, label(sum_key, lang, **values)),
             _lead("audit.meaning", lang, sentences(meaning, note, lang) if note else meaning)]
    return "\n\n".join(parts)


def sections(findings: list[Finding], rows: pd.DataFrame, lang: str, status: str) -> str:
    """Markdown: a section for each finding of a status (FLAG or NOTE), in the audit's order."""
    return "\n\n".join(section(f, rows, lang) for f in findings if f.status == status)


def summary(audit: pd.DataFrame, findings: list[Finding], lang: str):
    """Every check in one table, folded: result, what was checked (by name), conclusion, lines."""
    names = {f.check_id: listing(dict.fromkeys(n for n in (name(r, lang) for r in _rows_of(f)) if n), lang)
             or label("audit.rule." + f.rule, lang) for f in findings}
    conclusions = {f.check_id: conclusion(f, lang) for f in findings}
    rows = [{label("audit.status", lang): label("status." + r["status"], lang),
             label("audit.check", lang): html.escape(names.get(r["id"], "")),
             label("audit.conclusion", lang): html.escape(conclusions.get(r["id"], "")),
             label("audit.lines", lang): " ".join(f'<a href="#{anchor(i)}">{n}</a>'
                                                  for i, n in zip(r["article_ids"].split(), r["lines"].split()))
             if len(r["article_ids"].split()) == len(r["lines"].split()) else html.escape(r["lines"])}
            for _, r in audit.iterrows()]
    table = table_html(pd.DataFrame(rows), escape_columns=[])
    from IPython.display import HTML

    summary = html.escape(label("audit.table_fold", lang, n=len(rows)))
    return HTML(f"<details class=\"mnjp-details\"><summary>{summary}</summary>\n{table}\n</details>")


def _rows_of(f: Finding) -> list[dict]:
    """The article's rows a finding names, from its values."""
    out = []
    for value in f.values.values():
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
