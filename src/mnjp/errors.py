"""Errors a user can fix, each said in one line that names the file (and row, column or key).

`python -m mnjp` prints a UserError as `error: <message>` and exits non-zero, without a
traceback unless `-v` is given; any other exception (a bare KeyError included) is a
programming error and keeps its traceback.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from . import paths


class UserError(Exception):
    """Bad input, a damaged or missing file, a permission problem: something the user fixes."""


class MissingDataError(UserError, FileNotFoundError):
    """A data file the package needs is not there (e.g. an installation without its data)."""


class UnknownTableError(UserError, KeyError):
    """A clean table asked for by a name the data package does not have (a KeyError too, as
    for any mapping)."""

    __str__ = Exception.__str__  # the message as written, not KeyError's quoted repr


class ReferenceDataError(UserError, LookupError):
    """A reference series (data/external) has no value where the data needs one, e.g. an
    exchange rate for a year the series does not cover."""


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # row of the file as a spreadsheet shows it: the header is row 1
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f', column "{self.column}"'
        return f"{where}: {self.message}"


class DataError(UserError):
    """Data failed a check; `problems` says where and why (one line each)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = [str(p) for p in problems[:50]]
        if len(problems) > 50:
            lines.append(f"... and {len(problems) - 50} more")
        head = "" if len(problems) == 1 else f"{len(problems)} problems:\n"
        super().__init__(head + "\n".join(lines))


class CheckFileError(DataError):
    """data/audit/checks.csv binds a check to a rule, row id, reference or claim that does not exist."""


def read_json(path: Path, what: str = "") -> dict:
    """A JSON file, or a one-line DataError/MissingDataError naming it, the line and column."""
    name = paths.rel(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise MissingDataError(f"{name} not found{': ' + what if what else ''}") from None
    except UnicodeDecodeError as err:
        raise DataError([Problem(name, None, None, f"not UTF-8 (byte {err.start}); save the file as UTF-8")]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise DataError([Problem(name, None, None,
                                 f"not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}")]) from None
