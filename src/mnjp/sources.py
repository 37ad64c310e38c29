"""The report's reference pages: bibliography, reference series, data dictionary."""
from __future__ import annotations

import html
import json
import re

import pandas as pd

from . import external, paths, punctuation
from .display import code_spans, show, verbatim
from .errors import DataError, Problem
from .labels import aside, date_text, described, label

STORED_PAGES = "(stored pages)"  # how the data package names a file taken from stored web pages
RENDERED = ("en", "ja")  # the editions whose references table gives each footnote in their own language
GITHUB_COPY = re.compile(r"^GitHub (?P<repo>.+?), (?P<file>\S+) at commit (?P<commit>\S+)$")


def code(text) -> str:
    return f"<code>{html.escape(str(text))}</code>"


def said(text: str, lang: str) -> str:
    """HTML of a data package's description in the edition's language (`x` in backticks is code)."""
    return code_spans(described(text, lang))


def taken_from(title: str, lang: str) -> str:
    """Where a reference series was copied from ('GitHub repo, file at commit sha'), in the edition's words."""
    match = GITHUB_COPY.match(title)
    if not match:
        return said(title, lang)
    if match["repo"] == STORED_PAGES:  # the reference folder's own copies of web pages: no repository, no commit
        return label("ref.taken_from_stored", lang, file=code(match["file"]))
    return label("ref.taken_from", lang, **{k: code(v) for k, v in match.groupdict().items()})


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
            head("text", lang): verbatim(text),
            # the reader's own language beside the original; the Mongolian edition needs none
            **({head(f"text_{lang}", lang): html.escape(getattr(r, f"text_{lang}"))} if lang in RENDERED else {}),
            head("kind", lang): label("source_kind." + r.kind, lang),
            head("cited", lang): int(r.marker_line),
        })
    frame = pd.DataFrame(rows)
    return show(frame, linked=tuple(frame.columns))


def external_package() -> dict:
    return external.package()


def series(lang: str):
    """The reference series, with publisher, years, licence, caveats and where each was taken from."""
    rows = []
    for r in external_package()["resources"]:
        publisher, upstream = r["sources"]
        rows.append({
            head("series", lang): said(r["title"], lang) + aside(code(r["path"]), lang),
            head("publisher", lang): f'<a href="{html.escape(publisher["path"])}">{said(publisher["title"], lang)}</a>',
            head("window", lang): html.escape(window(r["mnjp"]["window"], lang)),
            head("licence", lang): said(r["licenses"][0]["title"], lang),
            head("caveats", lang): said(r["description"], lang),
            head("taken", lang): taken_from(upstream["title"], lang),
        })
    frame = pd.DataFrame(rows)
    return show(frame, linked=tuple(frame.columns))


def window(text: str, lang: str) -> str:
    """A series' window as the data package gives it ('1971–2025', '1971-01 – 2026-06') in the
    edition's words: '1971–2025', 'January 1971 – June 2026'; in Japanese '1971～2025年',
    '1971年1月～2026年6月'."""
    parts = re.split(r" – |–", text, maxsplit=1)
    if len(parts) != 2:
        raise DataError([Problem(paths.rel(paths.EXTERNAL / "datapackage.json"), None, "mnjp.window",
                                 f"{text!r} is neither YYYY–YYYY nor YYYY-MM – YYYY-MM")])
    start, end = (part.strip() for part in parts)
    if "-" not in start + end:  # years alone: one year word for the range ('1971～2025年')
        return label("date.year_alone", lang, year=punctuation.span(start, end, lang))
    return punctuation.span(date_text(start, lang), date_text(end, lang), lang, wide=True)


def clean_package() -> dict:
    return json.loads((paths.CLEAN / "datapackage.json").read_text(encoding="utf-8"))


def row_counts() -> dict[str, int]:
    return {r["name"]: len(pd.read_csv(paths.CLEAN / r["path"], dtype=str)) for r in clean_package()["resources"]}


def tables_overview(lang: str):
    counts = row_counts()
    frame = pd.DataFrame([{head("table", lang): code(r["name"]), head("description", lang): said(r["title"], lang),
                           head("rows", lang): counts[r["name"]]} for r in clean_package()["resources"]])
    return show(frame, linked=(head("table", lang), head("description", lang)))


def rules_text(constraints: dict, field: str, lang: str, as_code=str) -> str:
    """A field's constraints as a reader says them ("required; one of: MN, JP"), not as JSON;
    `as_code` marks the values a reader would type (the HTML dictionary shows them as code)."""
    words = []
    for kind, value in constraints.items():
        if kind == "pattern" and field == "date":  # the long pattern only says "a date that exists"
            words.append(label("rule.date", lang))
        elif kind in ("required", "unique"):
            if value:
                words.append(label(f"rule.{kind}", lang))
        elif kind == "enum":
            words.append(label("rule.enum", lang, values=punctuation.series((as_code(v) for v in value), lang)))
        elif kind == "pattern":
            words.append(label("rule.pattern", lang, value=as_code(value)))
        else:
            words.append(label(f"rule.{kind}", lang, value=value))
    return punctuation.listing(words, lang)


def dictionary(name: str, lang: str):
    """The fields of one clean table, from datapackage.json."""
    resource = next(r for r in clean_package()["resources"] if r["name"] == name)
    rows = []
    for field in resource["schema"]["fields"]:
        text = rules_text(field.get("constraints", {}), field["name"], lang, as_code=code)
        rows.append({head("field", lang): code(field["name"]),
                     head("type", lang): label("field_type." + field["type"], lang),
                     head("description", lang): said(field["description"], lang),
                     head("unit", lang): said(field.get("unit", ""), lang),
                     head("source", lang): said(field.get("source", ""), lang), head("rules", lang): text})
    frame = pd.DataFrame(rows)
    return show(frame, linked=tuple(frame.columns))
