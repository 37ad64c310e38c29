"""How each edition punctuates what the code joins: a run of short items (line numbers, codes),
a list of phrases, two sentences, a sentence's end.

The marks are catalog words (`text.series`, `text.list`, `text.list_nested`, `text.sentences`,
`text.end`), so that each edition writes them as its publications do: 'lines 250, 251; footnote
10.' in English and Mongolian, '250・251行目、脚注10。' in Japanese (which, as an English list
whose items hold commas takes semicolons, separates items that hold 、 with ；).
"""
from __future__ import annotations

from collections.abc import Iterable

from .catalogs import label


def series(items: Iterable, lang: str) -> str:
    """Short items of one kind in a row: '250, 251'; in Japanese '250・251'."""
    return label("text.series", lang).join(map(str, items))


def listing(items: Iterable[str], lang: str) -> str:
    """Phrases in a list: 'A; B'; in Japanese 'A、B', or 'A、B；C' when a phrase holds the mark
    itself (`text.list_nested`), so that each item still reads as one."""
    items = list(items)
    mark = label("text.list", lang)
    if any(mark.strip() in item for item in items):
        mark = label("text.list_nested", lang)
    return mark.join(items)


def sentences(first: str, then: str, lang: str) -> str:
    """Two sentences one after the other: 'A. B.'; in Japanese 'A。B。' (no space)."""
    return label("text.sentences", lang, first=first, then=then)


def sentence(text: str, lang: str) -> str:
    """A sentence's end: 'A.'; in Japanese 'A。'."""
    return label("text.end", lang, text=text)
