"""The schema check of data/extracted (frictionless: types, enums, required, unique ids,
foreign keys)."""
from __future__ import annotations

from pathlib import Path

from .. import paths
from ..errors import Problem


def check_schema(folder: Path) -> list[Problem]:
    from frictionless import Package

    problems = []
    report = Package(str(folder / "datapackage.json")).validate()
    for task in report.tasks:
        file = paths.rel(folder / task.place) if task.place else task.name
        for error in task.errors:
            problems.append(Problem(file, getattr(error, "row_number", None),
                                    getattr(error, "field_name", None), error.message))
    for error in report.errors:
        problems.append(Problem(paths.rel(folder / "datapackage.json"), None, None, error.message))
    return problems
