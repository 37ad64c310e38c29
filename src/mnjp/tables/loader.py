"""Loading data/clean: a table as a typed DataFrame, for notebooks and reusers."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import DataError, MissingDataError, Problem, UnknownTableError, read_json


def load(name: str, folder: Path | None = None) -> pd.DataFrame:
    """A clean table as a typed DataFrame, e.g. load("visits")."""
    folder = folder or paths.CLEAN
    package_path = folder / "datapackage.json"
    if not package_path.exists():
        raise MissingDataError(f"the clean data package is missing: {package_path} not found "
                               "(in a checkout run `make data`; an installed package carries it: reinstall it, or set "
                               "MNJP_ROOT to a checkout)")
    package = read_json(package_path)
    try:
        resources = {r["name"]: r for r in package["resources"]}
        fields = resources[name]["schema"]["fields"] if name in resources else None
        path = folder / resources[name]["path"] if name in resources else None
    except (KeyError, TypeError) as err:
        raise DataError([Problem(paths.rel(package_path), None, None,
                                 f"the data package is damaged: no {err} where a resource needs one")]) from None
    if name not in resources:
        raise UnknownTableError(f"no table {name!r}; the tables are: {', '.join(resources)}")
    assert fields is not None and path is not None  # the resource is there (checked above)
    if not path.exists():
        raise MissingDataError(f"the clean data package is damaged: {paths.rel(package_path)} names "
                               f"{resources[name]['path']}, which is missing")
    return typed(pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8"), fields, path)


def typed(frame: pd.DataFrame, fields: list[dict], path: Path) -> pd.DataFrame:
    """Columns of text read from CSV, typed as the schema says (pandas nullable types)."""
    for field in fields:
        column = field["name"]
        if column not in frame:
            raise DataError([Problem(paths.rel(path), 1, column,
                                     "the column is missing (the data package is damaged)")])
        pattern = field.get("constraints", {}).get("pattern")
        if pattern:  # e.g. a date that does not exist
            wrong = [i for i, v in enumerate(frame[column]) if v and not re.fullmatch(pattern, v)]
            if wrong:
                raise DataError([Problem(paths.rel(path), wrong[0] + 2, column,
                                         f"{frame[column].iloc[wrong[0]]!r} is not a valid {column}")])
        try:
            if field["type"] == "integer":
                frame[column] = pd.to_numeric(frame[column].replace("", None)).astype("Int64")
            elif field["type"] == "number":
                frame[column] = pd.to_numeric(frame[column].replace("", None)).astype("float64")
            elif field["type"] == "boolean":
                frame[column] = frame[column].map({"true": True, "false": False, "": pd.NA}).astype("boolean")
            else:
                frame[column] = frame[column].replace("", pd.NA).astype("string")
        except (ValueError, TypeError) as err:
            not_a_number = pd.to_numeric(frame[column].replace("", None), errors="coerce").isna()
            bad = frame[column][not_a_number & (frame[column] != "")]
            row = int(bad.index[0]) + 2 if len(bad) else None
            raise DataError([Problem(paths.rel(path), row, column, f"cannot read as {field['type']}: {err}")]) from err
    return frame
