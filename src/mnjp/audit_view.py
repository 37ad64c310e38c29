"""How the audit's findings read in the report: a summary, and one section per FLAG."""
from __future__ import annotations

import html

import pandas as pd

from .display import anchor, breakable, quote_link, show
from .labels import label

STATUS = {"PASS": {"en": "PASS", "mn": "ЗӨВ"}, "FLAG": {"en": "FLAG", "mn": "АНХААР"}, "NOTE": {"en": "NOTE", "mn": "ТЭМДЭГЛЭЛ"}}
HEAD = {
    "check": {"en": "Check", "mn": "Шалгалт"}, "status": {"en": "Result", "mn": "Үр дүн"},
    "arithmetic": {"en": "Arithmetic", "mn": "Тооцоо"}, "conclusion": {"en": "Conclusion", "mn": "Дүгнэлт"},
    "lines": {"en": "Lines", "mn": "Мөр"}, "rows": {"en": "Rows", "mn": "Мөрүүд"},
    "reference": {"en": "Reference", "mn": "Лавлагаа"}, "note": {"en": "Context", "mn": "Нөхцөл"},
}


def conclusion(row, lang: str) -> str:
    return row["conclusion_mn"] if lang == "mn" else row["conclusion_en"]


def summary(audit: pd.DataFrame, lang: str):
    rows = [{HEAD["check"][lang]: breakable(r["id"]), HEAD["status"][lang]: STATUS[r["status"]][lang],
             HEAD["conclusion"][lang]: html.escape(conclusion(r, lang)),
             HEAD["rows"][lang]: " ".join(quote_link(i, lang) for i in r["article_ids"].split()),
             HEAD["lines"][lang]: html.escape(r["lines"])} for _, r in audit.iterrows()]
    frame = pd.DataFrame(rows)
    return show(frame, linked=tuple(frame.columns))


def flags(audit: pd.DataFrame, rows: pd.DataFrame, lang: str) -> str:
    """Markdown: for each FLAG, its conclusion, arithmetic, and the quotes with their lines."""
    quotes = rows.set_index("id")
    parts = []
    for _, r in audit[audit["status"] == "FLAG"].iterrows():
        text = [f"**{r['id']}** ({STATUS['FLAG'][lang]}). {conclusion(r, lang)}", "",
                f"*{HEAD['arithmetic'][lang]}:* {r['arithmetic']}"]
        if isinstance(r["reference"], str) and r["reference"]:
            text.append(f"*{HEAD['reference'][lang]}:* {r['reference']}")
        if isinstance(r["note_en"], str) and r["note_en"]:
            text.append(f"*{HEAD['note'][lang]}:* {r['note_en']}")
        for row_id in r["article_ids"].split():
            q = quotes.loc[row_id]
            text.append(f"\n> {label('col.line', lang)} {int(q['line'])} ([{row_id}](#{anchor(row_id)})): «{q['quote_mn']}» — {q['quote_en']}")
        parts.append("\n\n".join(text))
    return "\n\n---\n\n".join(parts)
