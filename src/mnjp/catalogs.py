"""The word catalogs: every reader-facing word, looked up by key in the edition's language.

Words live in gettext catalogs, one per language: `locale/<lang>/LC_MESSAGES/mnjp.po`,
where each msgid is a dotted key (`aid.title`) and each msgstr the text, with `{name}`
placeholders. Notebooks and modules never hold display strings: they ask for
`label(key, lang)`. Adding a language means adding its catalog (and its pages), not
editing Python. Labels of the article's own items (measures, titles, offices as printed)
live in the data (`measure_en`/`measure_mn`, `title_en`/`title_mn`). How numbers and dates
are written in each language is mnjp.labels.
"""
from __future__ import annotations

import functools
import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from .params import LANGS

LOCALE = Path(__file__).parent / "locale"
DOMAIN = "mnjp"


def catalog_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.cache
def catalog(lang: str):
    """The language's catalog as Babel reads it (an unknown language is a KeyError)."""
    path = catalog_path(lang)
    if not path.is_file():
        raise KeyError(f"no word catalog for language {lang!r} (expected {path})")
    with path.open("rb") as po:
        return read_po(po, locale=lang, domain=DOMAIN, abort_invalid=True)


@functools.cache
def _translations(lang: str) -> Translations:
    """The catalog compiled by Babel (in memory, so a stale .mo can never be read)."""
    compiled = io.BytesIO()
    write_mo(compiled, catalog(lang))
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def has_label(key: str, lang: str = "en") -> bool:
    return key in catalog(lang) and bool(catalog(lang)[key].string)


def label(key: str, lang: str, **values) -> str:
    """The label in the language; `values` fill {placeholders}."""
    text = _translations(lang).gettext(key)
    if text == key:  # gettext answers a missing (or empty) entry with its key
        raise KeyError(f"no label {key!r} in the {lang!r} catalog {catalog_path(lang)}")
    return text.format(**values) if values else text


# The data packages describe themselves in English (datapackage.json: titles, field descriptions,
# units, sources, licences); another language translates them by their text, in its catalog of
# this domain (msgid = the English text, as gettext translates a text).
METADATA_DOMAIN = "datapackage"
METADATA_LANG = "en"


@functools.cache
def _metadata(lang: str) -> dict[str, str]:
    path = LOCALE / lang / "LC_MESSAGES" / f"{METADATA_DOMAIN}.po"
    if not path.is_file():
        raise KeyError(f"no catalog of the data packages' descriptions for {lang!r} (expected {path})")
    with path.open("rb") as po:
        return {str(m.id): str(m.string) for m in read_po(po, locale=lang, domain=METADATA_DOMAIN, abort_invalid=True)
                if m.id and m.string}


def described(text: str, lang: str) -> str:
    """A data package's own description (a table's title, a field's description, unit or source,
    a series' licence) in the edition's language."""
    if lang == METADATA_LANG or not text:
        return text
    try:
        return _metadata(lang)[text]
    except KeyError:
        path = LOCALE / lang / "LC_MESSAGES" / f"{METADATA_DOMAIN}.po"
        raise KeyError(f"no translation of {text!r} in {path}") from None


def _conjoined(items: list[str], lang: str, key: str) -> str:
    """Items joined as the edition writes a list that ends in a conjunction (`text.and_list`,
    `text.or_list`): 'A, B and C', 'A, B эсвэл C', 'A、B、Cのいずれか'."""
    if len(items) < 2:
        return items[0] if items else label("none", lang)
    return label(key, lang, items=label("text.enumeration", lang).join(items[:-1]), last=items[-1])


def and_list(items: list[str], lang: str) -> str:
    """'A, B and C' in the edition's words ('A、BとC' in Japanese)."""
    return _conjoined(list(items), lang, "text.and_list")


def or_list(items: list[str], lang: str) -> str:
    """'A, B or C' in the edition's words ('A, B эсвэл C'; 'A、B、Cのいずれか')."""
    return _conjoined(list(items), lang, "text.or_list")


def parameter_help(name: str, lang: str, as_code: bool = False) -> str:
    """What a notebook parameter means (the CLI's --help and the rerun page say it alike);
    `as_code` marks the values a reader types as `code` (for a page: mnjp.display.code_spans)."""
    codes = [f"`{code}`" if as_code else code for code in LANGS]
    return label(f"param.{name}", lang, langs=or_list(codes, lang))
