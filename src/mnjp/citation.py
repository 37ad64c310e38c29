"""The citable release: title, version and date from CITATION.cff, and the "cite this" line."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import yaml

from . import paths
from .editions import TITLES
from .labels import full_date, label


@dataclass(frozen=True)
class Release:
    title: str
    version: str
    date: dt.date


def current() -> Release:
    """The release named in CITATION.cff (read with a YAML parser)."""
    path = paths.ROOT / "CITATION.cff"
    cff = yaml.safe_load(path.read_text(encoding="utf-8"))
    missing = [key for key in ("title", "version", "date-released") if not cff.get(key)]
    if missing:
        raise ValueError(f"{paths.rel(path)}: missing {', '.join(missing)}")
    released = cff["date-released"]
    if isinstance(released, str):
        try:
            released = dt.date.fromisoformat(released)
        except ValueError as err:
            raise ValueError(f"{paths.rel(path)}: date-released {released!r} is not a YYYY-MM-DD date") from err
    return Release(cff["title"], str(cff["version"]), released)


def cite_line(lang: str) -> str:
    """How to cite the report, in the edition's words: title, version and release date."""
    release = current()
    day = full_date(release.date.year, release.date.month, release.date.day, lang)
    return label("release.cite", lang, title=TITLES[lang], version=release.version, date=day)
