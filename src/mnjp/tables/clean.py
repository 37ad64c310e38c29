"""The clean writer: data/clean rendered as text, then swapped in whole, so a failed run
leaves the last good tables in place."""
from __future__ import annotations

import csv
import io
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import translations
from ..article import article_path, load_article
from ..atomic import check_writable, replace_dir, scratch_beside
from .checks import validate
from .derived import clean_rows
from .extracted import descriptor
from .loader import typed
from .metadata import describe
from .metadata import read as read_metadata


@dataclass(frozen=True)
class CleanTable:
    """A table of data/clean: its resource (name, path, title, schema with every field it
    has, derived ones included) and its CSV text."""

    resource: dict
    text: str


def render_tables(folder: Path | None = None, source: Path | None = None) -> dict[str, CleanTable]:
    """The validated extracted tables, sorted and with their derived fields; deterministic."""
    package = descriptor(folder)
    rows = validate(folder, source)
    derived = read_metadata(folder)["derived"]
    text = load_article(str(article_path(source)))
    package, japanese = _without_translations(package)
    tables = {}
    for resource in package["resources"]:
        out, fields = clean_rows(resource, rows[resource["name"]], text, derived)
        out, fields = translations.join(out, fields, rows, japanese)
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=[f["name"] for f in fields], lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
        schema = {**resource["schema"], "fields": fields}
        tables[resource["name"]] = CleanTable({"name": resource["name"], "path": resource["path"],
                                               "title": resource["title"], "schema": schema}, buffer.getvalue())
    return tables


def _without_translations(package: dict) -> tuple[dict, dict]:
    """The package without the Japanese translations' own tables, and each one's Japanese field
    by table: the clean tables carry them beside the English instead."""
    tables = [r for r in package["resources"] if r["name"] in translations.FILES]
    fields = {r["name"]: next(f for f in r["schema"]["fields"] if f["name"] != "id") for r in tables}
    return {**package, "resources": [r for r in package["resources"] if r not in tables]}, fields


def frames(tables: dict[str, CleanTable]) -> dict[str, pd.DataFrame]:
    """Rendered tables as typed DataFrames, as `load` gives them once written."""
    return {name: typed(pd.read_csv(io.StringIO(t.text), dtype=str, keep_default_na=False),
                        t.resource["schema"]["fields"], Path(t.resource["path"]))
            for name, t in tables.items()}


def package_files(tables: dict[str, CleanTable], folder: Path | None = None,
                  source: Path | None = None) -> dict[str, str]:
    """The files of data/clean, {file name: text}: each table's CSV and a datapackage.json
    describing them all, in the order given."""
    files = {t.resource["path"]: t.text for t in tables.values()}
    files["datapackage.json"] = json.dumps(describe([t.resource for t in tables.values()],
                                                    read_metadata(folder), source), ensure_ascii=False, indent=2) + "\n"
    return files


def prepare_target(target: Path) -> None:
    """Fail early if `target` cannot be replaced; remove what an older swap left beside it."""
    check_writable(target)  # before the work, not after it
    for leftover in [*target.parent.glob(f".{target.name}-*"), target.with_name(target.name + ".old")]:
        if leftover.is_dir():  # left by the earlier mkdtemp-and-rename swap, which had no clean-up
            shutil.rmtree(leftover)


def write_files(files: dict[str, str], target: Path) -> dict[str, int]:
    """Replace `target` as a whole with `files`. Returns the number of records per table."""
    with scratch_beside(target) as scratch:
        for name, text in files.items():
            (scratch / name).write_text(text, encoding="utf-8")
        replace_dir(scratch, target)
    return {name[:-4]: len(list(csv.DictReader(io.StringIO(text))))
            for name, text in files.items() if name.endswith(".csv")}


def stale(files: dict[str, str], target: Path) -> list[str]:
    """Files of `target` that differ from `files`."""
    return [name for name, text in files.items()
            if not (target / name).exists() or (target / name).read_text(encoding="utf-8") != text]
