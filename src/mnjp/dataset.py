"""The pipeline's data step: the clean tables, the audit run on them, data/clean written whole.

Load   data/extracted, validated (mnjp.tables)
Audit  the clean tables checked against each other and the reference data (mnjp.audit)
Save   data/clean: every table and audit.csv, described by one datapackage.json, swapped in
       whole, so a failed run leaves the last good tables in place.

The audit is analysis, a layer above the data, so its table joins the package here.
"""
from __future__ import annotations

from pathlib import Path

from . import paths, tables
from .article import metadata
from .audit_words import table as audit_table
from .errors import read_json


def render_clean(folder: Path | None = None, source: Path | None = None) -> dict[str, str]:
    """The files of data/clean as {file name: text}; deterministic."""
    clean = tables.render_tables(folder, source)
    clean["audit"] = _audit(clean, tables.read_metadata(folder)["generated"]["audit"], source)
    return tables.package_files(clean, folder, source)


def _audit(clean: dict[str, tables.CleanTable], described: dict, source: Path | None) -> tables.CleanTable:
    """The audit's table, described as the metadata says (title, schema file)."""
    findings = audit_table(tables.frames(clean), int(metadata(source)["year"]))
    schema = read_json(paths.ROOT / described["schema"])
    resource = {"name": "audit", "path": "audit.csv", "title": described["title"], "schema": schema}
    return tables.CleanTable(resource, findings.to_csv(index=False, lineterminator="\n"))


def write_clean(target: Path | None = None, folder: Path | None = None, source: Path | None = None) -> dict[str, int]:
    """Validate, audit, then replace data/clean as a whole. Returns the number of records per table."""
    target = target or paths.CLEAN
    tables.prepare_target(target)
    return tables.write_files(render_clean(folder, source), target)


def stale_files(target: Path | None = None) -> list[str]:
    """Files of data/clean that differ from what the extracted data would generate."""
    return tables.stale(render_clean(), target or paths.CLEAN)
