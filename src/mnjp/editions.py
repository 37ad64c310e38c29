"""Each edition's title, from the word catalogs (mnjp.po, `edition.title`)."""
from __future__ import annotations

from collections.abc import Iterator, Mapping

from .catalogs import label
from .params import LANGS


class _Titles(Mapping):
    """{lang: the edition's title}, from the word catalogs (mnjp.po, `edition.title`)."""

    def __getitem__(self, lang: str) -> str:
        return label("edition.title", lang)

    def __iter__(self) -> Iterator[str]:
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)


TITLES = _Titles()
