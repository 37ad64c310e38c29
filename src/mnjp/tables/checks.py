"""Every check of data/extracted, in order: files, then schema, then provenance."""
from __future__ import annotations

from pathlib import Path

from .. import paths, translations
from ..article import article_path, load_article
from ..errors import DataError, Problem
from .extracted import descriptor, read_raw
from .files import check_file
from .provenance import check_provenance
from .schema import check_schema


def validate(folder: Path | None = None, source: Path | None = None) -> dict[str, list[dict]]:
    """Check every extracted table; return the raw rows, or raise DataError."""
    folder = folder or paths.EXTRACTED
    package = descriptor(folder)
    problems: list[Problem] = []
    for resource in package["resources"]:
        fields = [f["name"] for f in resource["schema"]["fields"]]
        problems += check_file(folder / resource["path"], fields)
    if problems:
        raise DataError(problems)
    problems += check_schema(folder)
    if problems:
        raise DataError(problems)
    text = load_article(str(article_path(source)))
    rows = {r["name"]: read_raw(folder / r["path"]) for r in package["resources"]}
    footnotes = {r["number"]: r["text_as_printed"] for r in rows.get("references", [])}
    for resource in package["resources"]:
        problems += check_provenance(resource["name"], rows[resource["name"]], text, footnotes,
                                     paths.rel(folder / resource["path"]))
    if problems:
        raise DataError(problems)
    # the translations, against the quotes proven above
    problems += (translations.check(rows, folder) + translations.check_titles(rows, folder)
                 + translations.check_footnotes(rows, folder))
    if problems:
        raise DataError(problems)
    return rows
