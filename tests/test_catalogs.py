"""The word catalogs: one gettext .po per language, each complete, each asked for by key."""
from __future__ import annotations

import io
import re
import string

import nbformat
import pytest
from babel.messages.extract import extract

from mnjp import labels, params
from mnjp.paths import ROOT

LANGS = params.LANGS


def keys(lang: str) -> set[str]:
    return {m.id for m in labels.catalog(lang) if m.id}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def stems(names: set[str]) -> set[str]:
    """A language may ask for an inflected form of a value, named `<name>_<form>` ({start_from})."""
    return {name.split("_")[0] if name not in ENGLISH_NAMES else name for name in names}


ENGLISH_NAMES = {name for m in labels.catalog("en") if m.id for name in placeholders(m.string)}


@pytest.mark.parametrize("lang", LANGS)
def test_each_edition_has_a_complete_catalog(lang):
    english = labels.catalog("en")
    catalog = labels.catalog(lang)
    assert keys(lang) == keys("en"), f"{labels.catalog_path(lang)} differs from the English keys"
    for message in catalog:
        if not message.id:
            continue
        assert message.string.strip(), f"{message.id} is empty in {lang}"
        assert stems(placeholders(message.string)) == placeholders(english[message.id].string), message.id


@pytest.mark.parametrize("lang", LANGS)
def test_catalog_files_are_sorted_and_have_no_duplicate_keys(lang):
    text = labels.catalog_path(lang).read_text(encoding="utf-8")
    ids = re.findall(r'^msgid "(.+)"$', text, flags=re.M)
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    assert ids == sorted(ids), "keep the catalog sorted by key, so that merges stay clean"
    # a merge that keeps both sides' wording leaves two msgstr lines under one msgid
    entries = text.split("\n\n")
    assert not [e.splitlines()[0] for e in entries if len(re.findall(r"^msgstr ", e, flags=re.M)) > 1]


def test_a_missing_word_is_an_error_naming_the_catalog():
    with pytest.raises(KeyError, match="no label 'no.such.key'.*mnjp.po"):
        labels.label("no.such.key", "en")
    with pytest.raises(KeyError, match="no word catalog"):
        labels.label("aid.title", "xx")


def test_labels_fill_their_placeholders():
    assert labels.label("link.line", "en", line=213) == "line 213"
    assert labels.label("link.line", "mn", line=213) == "мөр 213"


def _label_keys_in(source: str) -> set[str]:
    found = extract("python", io.BytesIO(source.encode()), keywords={"label": None})
    return {message for _, message, _, _ in found if isinstance(message, str)}


def test_every_key_the_code_and_notebooks_ask_for_is_in_the_catalog():
    asked: dict[str, str] = {}
    for path in sorted((ROOT / "src" / "mnjp").glob("*.py")):
        for key in _label_keys_in(path.read_text(encoding="utf-8")):
            asked[key] = str(path.relative_to(ROOT))
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        code = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
        for key in _label_keys_in(code):
            asked[key] = str(path.relative_to(ROOT))
    assert len(asked) > 50  # the scan really finds the calls
    known = keys("en")
    # a key built in code ("status." + status) must at least begin or end some key
    missing = {key: where for key, where in asked.items()
               if key not in known and not any(k.startswith(key) or k.endswith(key) for k in known)}
    assert not missing, missing

