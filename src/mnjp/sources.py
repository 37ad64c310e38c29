"""The report's reference pages: bibliography, reference series, data dictionary."""
from __future__ import annotations

import html
import json
import re

import pandas as pd

from . import external, paths
from .display import show
from .labels import date_text, has_label, label



def head(key: str, lang: str) -> str:
    return label("ref." + key, lang)


def bibliography(references: pd.DataFrame, lang: str):
    """The article's footnotes, each with an anchor fn-N that the chapters link to."""
    rows = []
    for r in references.sort_values("number").itertuples(index=False):
        text = html.escape(r.text_as_printed)
        if isinstance(r.url, str) and r.url:
            href = r.url if r.url.startswith("http") else "http://" + r.url
            text = text.replace(html.escape(r.url), f'<a href="{html.escape(href)}">{html.escape(r.url)}</a>', 1)
        rows.append({
            head("number", lang): f'<span id="fn-{r.number}">{r.number}</span>',
            head("text", lang): text,
            **({head("text_en", lang): html.escape(r.text_en)} if lang == "en" else {}),  # an edition in one language
            head("kind", lang): label("source_kind." + r.kind, lang),
            head("cited", lang): int(r.marker_line),
        })
    frame = pd.DataFrame(rows)
    return show(frame, linked=tuple(frame.columns))


def external_package() -> dict:
    return external.package()


def series(lang: str):
    """The reference series, with publisher, years, licence, caveats and where each was taken from,
    in the edition's words (`series.<name>.*` in the catalogs)."""
    rows = []
    for r in external_package()["resources"]:
        publisher, upstream = r["sources"]

        def words(field: str, name=r["name"]) -> str:
            return html.escape(label(f"series.{name}.{field}", lang))

        rows.append({
            head("series", lang): f'{words("title")} (<code>{html.escape(r["path"])}</code>)',
            head("publisher", lang): f'<a href="{html.escape(publisher["path"])}">{words("publisher")}</a>',
            head("window", lang): html.escape(window(r["mnjp"]["window"], lang)),
            head("licence", lang): words("licence"),
            head("caveats", lang): words("caveats"),
            head("taken", lang): html.escape(upstream["title"]),
        })
    frame = pd.DataFrame(rows)
    return show(frame, linked=tuple(frame.columns))


def window(text: str, lang: str) -> str:
    """A series' years ('1971–2025', '1971-01 – 2026-06') with each end in the edition's words."""
    dash = " – " if " – " in text else "–"  # spaced between months, closed up between years
    return dash.join(date_text(end.strip(), lang) for end in text.split(dash))


def clean_package() -> dict:
    return json.loads((paths.CLEAN / "datapackage.json").read_text(encoding="utf-8"))


def row_counts() -> dict[str, int]:
    return {r["name"]: len(pd.read_csv(paths.CLEAN / r["path"], dtype=str)) for r in clean_package()["resources"]}


def tables_overview(lang: str):
    counts = row_counts()
    frame = pd.DataFrame([{head("table", lang): r["name"], head("description", lang): label(f"dict.table.{r['name']}", lang),
                           head("rows", lang): counts[r["name"]]}
                          for r in clean_package()["resources"]])
    return show(frame)


def rules_text(constraints: dict, field: str, lang: str) -> str:
    """A field's constraints as a reader says them ("required; one of: MN, JP"), not as JSON."""
    words = []
    for kind, value in constraints.items():
        if kind == "pattern" and field == "date":  # the long pattern only says "a date that exists"
            words.append(label("rule.date", lang))
        elif kind in ("required", "unique"):
            if value:
                words.append(label(f"rule.{kind}", lang))
        elif kind == "enum":
            words.append(label("rule.enum", lang, values=", ".join(map(str, value))))
        else:
            words.append(label(f"rule.{kind}", lang, value=value))
    return "; ".join(words)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def field_words(table: str, field: dict, lang: str) -> dict[str, str]:
    """A field's description, type, unit and source in the edition's words. The catalogs hold
    them as `dict.field.<field>` (`dict.field.<table>.<field>` where a table says it otherwise),
    `dict.type.<type>`, and `dict.unit.` / `dict.source.` + the English text as a slug."""
    own = f"dict.field.{table}.{field['name']}"
    return {"description": label(own if has_label(own) else f"dict.field.{field['name']}", lang),
            "type": label(f"dict.type.{field['type']}", lang),
            "unit": label("dict.unit." + _slug(field["unit"]), lang) if field.get("unit") else "",
            "source": label("dict.source." + _slug(field["source"]), lang) if field.get("source") else ""}


def dictionary(name: str, lang: str):
    """The fields of one clean table, from datapackage.json, in the edition's words."""
    resource = next(r for r in clean_package()["resources"] if r["name"] == name)
    rows = []
    for field in resource["schema"]["fields"]:
        text = rules_text(field.get("constraints", {}), field["name"], lang)
        words = field_words(name, field, lang)
        rows.append({head("field", lang): field["name"], head("type", lang): words["type"],
                     head("description", lang): words["description"], head("unit", lang): words["unit"],
                     head("source", lang): words["source"], head("rules", lang): text})
    return show(pd.DataFrame(rows))
