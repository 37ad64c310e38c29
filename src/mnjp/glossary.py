"""The glossary of names: every edition writes a person, office or programme as data/glossary/names.csv does.

Each row of names.csv gives a name in English, Mongolian and Japanese, the source of the
Japanese form, the forms the extracted data prints it in (`forms`) and the extracted rows
that print it (`used_by`). The tables look names up here, by the row they show, so that a
visitor is the same person in every edition and in every table.
"""
from __future__ import annotations

import functools
import html
import re

import pandas as pd

from . import paths
from .catalogs import label
from .errors import MissingDataError

LANGS = ("en", "mn", "ja")


def names_path():
    return paths.DATA / "glossary" / "names.csv"


@functools.cache
def names() -> pd.DataFrame:
    """names.csv as text columns, in the file's order."""
    path = names_path()
    if not path.exists():
        raise MissingDataError(f"the glossary of names is missing: {paths.rel(path)} not found")
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def _entries(kind: str, row_id: str) -> pd.DataFrame:
    table = names()
    return table[(table["kind"] == kind) & table["used_by"].str.split().map(lambda ids: row_id in ids)]


def _visitor_entry(row) -> pd.Series:
    """The glossary entry of a visits row's visitor: the person the row prints, or, for a
    visitor the article names only by office ("Гадаад харилцааны сайд нар"), the office."""
    printed = row["person_as_printed"] if isinstance(row["person_as_printed"], str) else ""
    people = _entries("person", row["id"])
    person = people[people["forms"].str.split("|").map(lambda forms: printed in forms)]
    if len(person):
        return person.iloc[0]
    office = _entries("office", row["id"])
    office = office[office["mn"] == row["office_mn"]]
    if len(office):
        return office.iloc[0]
    raise KeyError(f"{paths.rel(names_path())} has no person or office for {row['id']} "
                   f"({printed or 'no name printed'})")


def visitor(row, lang: str) -> str:
    """The visitor of a visits row in the edition's language."""
    return _visitor_entry(row)[lang]


def visitor_forms(row, lang: str) -> dict[str, str]:
    """The visitor as a sentence's placeholders: `person`, and `person_genitive` where the
    language inflects a name before a noun («Сү.Батболдын айлчлал»: the hand-written
    `<lang>_genitive` column), else the name itself."""
    entry = _visitor_entry(row)
    genitive = entry.get(f"{lang}_genitive", "")
    if f"{lang}_genitive" in entry and not genitive:
        raise KeyError(f"{paths.rel(names_path())}: {entry['id']} names a visitor but has no {lang}_genitive")
    return {"person": entry[lang], "person_genitive": genitive or entry[lang]}


def source_text(source: str, lang: str) -> str:
    """Where a Japanese form comes from, in the edition's words."""
    if match := re.fullmatch(r"data/external/events_and_claims_from_stored_pages\.csv row (\d+)", source):
        return label("glossary.source_claims", lang, row=int(match.group(1)))
    if match := re.fullmatch(r"data/source/\S+ line (\d+)", source):
        return label("glossary.source_article", lang, line=int(match.group(1)))
    if source == "project transliteration":
        return label("glossary.source_project", lang)
    raise ValueError(f"{paths.rel(names_path())}: unknown ja_source {source!r}")


def table(lang: str) -> pd.DataFrame:
    """The glossary for the reader: English, Mongolian, Japanese, and the source of the Japanese
    form. Each name is HTML marked with its language (`<span lang="mn">`), so that a browser, a
    screen reader and a check for words of another language know what it is."""
    rows = names()
    marked = {code: [f'<span lang="{code}">{html.escape(text)}</span>' for text in rows[code]] for code in LANGS}
    return pd.DataFrame({
        label("glossary.en", lang): marked["en"],
        label("glossary.mn", lang): marked["mn"],
        label("glossary.ja", lang): marked["ja"],
        label("glossary.ja_source", lang): [html.escape(source_text(s, lang)) for s in rows["ja_source"]],
    })


def shown(lang: str):
    """The glossary table, displayed (for the notebook that glues it onto the method page)."""
    from .display import show

    frame = table(lang)
    return show(frame, linked=tuple(frame.columns))
