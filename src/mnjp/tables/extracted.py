"""data/extracted as written by hand: its package descriptor and its rows, as text."""
from __future__ import annotations

import csv
from pathlib import Path

from .. import paths
from ..errors import read_json


def descriptor(folder: Path | None = None) -> dict:
    folder = folder or paths.EXTRACTED
    package = read_json(folder / "datapackage.json")
    for resource in package.get("resources", []):
        if isinstance(resource.get("schema"), str):
            resource["schema"] = read_json(folder / resource["schema"])
    return package


def read_raw(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
