"""How each edition punctuates what the code joins: a run of short items (line numbers, codes),
a list of phrases, two sentences, a sentence's end.

The marks are catalog words (`text.series`, `text.enumeration`, `text.list`, `text.list_nested`,
`text.sentences`, `text.end`, `text.labelled`, `text.range`, `text.range_wide`, `text.range_open`),
so that each edition writes them as its publications do: 'lines 250, 251; footnote
10.' in English and Mongolian, '250・251行目、脚注10。' in Japanese (which, as an English list
whose items hold commas takes semicolons, separates items that hold 、 with ；). Ranges read
'1972–2017' and, in Japanese, '1972～2017'. Lists that end in a conjunction ('A, B and C') are
mnjp.catalogs.and_list and or_list, which the parameters' help (a layer below) shares.
"""
from __future__ import annotations

from collections.abc import Iterable

from .catalogs import label


def series(items: Iterable, lang: str) -> str:
    """Short items of one kind in a row: '250, 251'; in Japanese '250・251'."""
    return label("text.series", lang).join(map(str, items))


def enumeration(items: Iterable, lang: str) -> str:
    """Words of different kinds side by side (a year, a name, a direction): 'A, B'; in Japanese
    'A、B' (・ would fuse a name and the next word into one name)."""
    return label("text.enumeration", lang).join(map(str, items))


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


def labelled(name: str, value: str, lang: str) -> str:
    """A value after its name: 'Name: value'; in Japanese 'Name：value'."""
    return label("text.labelled", lang, name=name, value=value)


def span(start, end, lang: str, wide: bool = False) -> str:
    """A range: '1972–2017'; in Japanese '1972～2017'. `wide` spaces the dash between ends that
    are words themselves ('January 1971 – June 2026'); Japanese writes 1971年1月～2026年6月."""
    return label("text.range" + ("_wide" if wide else ""), lang, start=start, end=end)


def span_from(start, lang: str) -> str:
    """A range open at its end: '1990–'; in Japanese '1990～'."""
    return label("text.range_open", lang, start=start)
