"""How the audit's findings read in the report: a summary, and one section per FLAG."""
from __future__ import annotations

import html

import pandas as pd

from .display import anchor, breakable, quote_link, show
from .labels import label



def conclusion(row, lang: str) -> str:
    return row["conclusion_mn"] if lang == "mn" else row["conclusion_en"]


def summary(audit: pd.DataFrame, lang: str):
    rows = [{label("audit.check", lang): breakable(r["id"]), label("audit.status", lang): label("status." + r["status"], lang),
             label("audit.conclusion", lang): html.escape(conclusion(r, lang)),
             label("audit.rows", lang): " ".join(quote_link(i, lang) for i in r["article_ids"].split()),
             label("audit.lines", lang): html.escape(r["lines"])} for _, r in audit.iterrows()]
    frame = pd.DataFrame(rows)
    return show(frame, linked=tuple(frame.columns))


def flags(audit: pd.DataFrame, rows: pd.DataFrame, lang: str) -> str:
    """Markdown: for each FLAG, its conclusion, arithmetic, and the quotes with their lines."""
    quotes = rows.set_index("id")
    parts = []
    for _, r in audit[audit["status"] == "FLAG"].iterrows():
        text = [f"**{r['id']}** ({label('status.FLAG', lang)}). {conclusion(r, lang)}", "",
                f"*{label('audit.arithmetic', lang)}:* {r['arithmetic']}"]
        if isinstance(r["reference"], str) and r["reference"]:
            text.append(f"*{label('audit.reference', lang)}:* {r['reference']}")
        if isinstance(r["note_en"], str) and r["note_en"]:
            text.append(f"*{label('audit.note', lang)}:* {r['note_en']}")
        for row_id in r["article_ids"].split():
            q = quotes.loc[row_id]
            text.append(f"\n> {label('col.line', lang)} {int(q['line'])} ([{row_id}](#{anchor(row_id)})): «{q['quote_mn']}» — {q['quote_en']}")
        parts.append("\n\n".join(text))
    return "\n\n---\n\n".join(parts)


def rested_on(audit: pd.DataFrame) -> set[str]:
    """Ids of the article's rows that some check rests on."""
    return {i for ids in audit["article_ids"] for i in ids.split()}


def flagged_ids(audit: pd.DataFrame) -> set[str]:
    """Ids of the article's rows that some FLAG rests on."""
    return rested_on(audit[audit["status"] == "FLAG"])
