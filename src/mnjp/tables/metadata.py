"""The clean data package's descriptor, from data/extracted/metadata.yml: the package, the
fields the clean tables add, and each field's unit and source."""
from __future__ import annotations

from pathlib import Path

import yaml

from .. import paths
from ..article import metadata as article_metadata
from ..errors import DataError, MissingDataError, Problem

FILE = "metadata.yml"
SECTIONS = ("package", "article", "generated", "derived", "units", "units_by_type", "sources")


def read(folder: Path | None = None) -> dict:
    """data/extracted/metadata.yml, or a one-line error naming it (and the line)."""
    path = (folder or paths.EXTRACTED) / FILE
    name = paths.rel(path)
    try:
        meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MissingDataError(f"{name} not found: the clean data package's metadata") from None
    except UnicodeDecodeError as err:
        raise DataError([Problem(name, None, None, f"not UTF-8 (byte {err.start}); save the file as UTF-8")]) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise DataError([Problem(name, None, None,
                                 f"not valid YAML{where}: {getattr(err, 'problem', None) or err}")]) from None
    missing = [s for s in SECTIONS if not isinstance(meta, dict) or s not in meta]
    if missing:
        raise DataError([Problem(name, None, None,
                                 f"the section {missing[0]!r} is missing; the sections are {', '.join(SECTIONS)}")])
    return meta


def _source(meta: dict, resource: str, field: str) -> str:
    sources = meta["sources"]
    if resource in meta["generated"]:
        return meta["generated"][resource]["source"]
    if field in meta["derived"]:
        return sources["derived"]
    for group in ("translated", "japanese", "verbatim"):
        if field in sources[group]["fields"]:
            return sources[group]["source"]
    return sources["recorded"]


def annotate(meta: dict, resource: str, fields: list[dict]) -> list[dict]:
    """Each field with its unit and source (a copy; the schema files stay as they are)."""
    by_type = meta["units_by_type"]
    return [{**field, "unit": meta["units"].get(field["name"], by_type.get(field["type"], by_type["string"])),
             "source": _source(meta, resource, field["name"])} for field in fields]


def describe(resources: list[dict], meta: dict, source: Path | None) -> dict:
    """The datapackage.json of data/clean for `resources` (name, path, title, schema), in order."""
    article = article_metadata(source)
    article_source = {key: meta["article"][key].format(**article) for key in ("title", "path")}
    described = []
    for resource in resources:
        schema = {k: v for k, v in resource["schema"].items() if k != "fields"}
        schema["fields"] = annotate(meta, resource["name"], resource["schema"]["fields"])
        described.append({
            "name": resource["name"], "path": resource["path"], "title": resource["title"],
            "format": "csv", "encoding": "utf-8", "mediatype": "text/csv",
            "sources": [article_source], "schema": schema,
        })
    return {**meta["package"], "sources": [article_source], "resources": described}
