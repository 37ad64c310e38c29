"""The one reader of data/external/: every reference series is checked where it is used.

Each file is checked against its schema in data/external/datapackage.json (header,
numbers, bounds, enums, patterns, no repeated period, periods in order, a value for
every period the project needs; FRED's "." reads as missing) and then against its
SHA-256 in data/external/SHA256SUMS. A file changed on purpose gets its sums
re-recorded with a note: `python -m mnjp sums --note "why"`.
"""
from __future__ import annotations

import csv
import datetime
import hashlib
import io
import re

import pandas as pd

from . import paths
from .errors import DataError, MissingDataError, Problem, UserError, read_json

SUMS = "SHA256SUMS"
CHANGELOG = "CHANGELOG.md"
RESUM = 'python -m mnjp sums --note "why the file changed"'


class DigestError(UserError):
    """A reference file is not the one whose digest was recorded."""


def package() -> dict:
    """data/external/datapackage.json: each series with its provenance and schema."""
    return read_json(paths.EXTERNAL / "datapackage.json")


def _resource(name: str) -> dict:
    for resource in package()["resources"]:
        if resource["path"] == name:
            return resource
    raise MissingDataError(f"{paths.rel(paths.EXTERNAL / 'datapackage.json')}: no resource describes {name}")


def recorded_sums() -> dict[str, str]:
    path = paths.EXTERNAL / SUMS
    if not path.exists():
        raise MissingDataError(f"{paths.rel(path)} not found; record the sums with `{RESUM}`")
    sums = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        parts = line.split()
        if len(parts) != 2 or not re.fullmatch(r"[0-9a-f]{64}", parts[0]):
            raise DataError([Problem(paths.rel(path), number, None, f"expected '<sha256>  <file>', found {line!r}")])
        sums[parts[1]] = parts[0]
    return sums


def _number(text: str, kind: str) -> float | int:
    return int(text) if kind == "integer" else float(text)


def _check_rows(name: str, text: str, resource: dict) -> list[Problem]:
    """Every schema rule of one file; problems name the row (the header is row 1) and column."""
    file = paths.rel(paths.EXTERNAL / name)
    schema = resource["schema"]
    fields = {f["name"]: f for f in schema["fields"]}
    missing = set(schema.get("missingValues", [""]))
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    repeated = sorted({h for h in header if header.count(h) > 1})
    if repeated:
        return [Problem(file, 1, repeated[0], "the column appears more than once in the header")]
    if header != list(fields):
        return [Problem(file, 1, None, f"header {header} does not match the schema {list(fields)}")]
    meta = resource.get("mnjp", {})
    period, needed = meta.get("period"), meta.get("needed")
    key = schema.get("primaryKey", [])
    measures = [f for f in fields if fields[f]["type"] in ("number", "integer") and f not in key]
    problems: list[Problem] = []
    seen: dict[tuple, int] = {}
    have: dict[tuple, set] = {}
    last: dict[tuple, str] = {}
    for row_number, values in enumerate(reader, start=2):
        row = dict(zip(header, values))
        if len(values) != len(header):
            problems.append(Problem(file, row_number, None, f"{len(values)} cells for {len(header)} columns"))
            continue
        for column, value in row.items():
            field, rules = fields[column], fields[column].get("constraints", {})
            if value in missing:
                if rules.get("required"):
                    problems.append(Problem(file, row_number, column, "a value is required here"))
                continue
            if field["type"] in ("number", "integer"):
                try:
                    number = _number(value, field["type"])
                except ValueError:
                    kind = "a whole number" if field["type"] == "integer" else "a number"
                    problems.append(Problem(file, row_number, column, f"{value!r} is not {kind}"))
                    continue
                if "minimum" in rules and number < rules["minimum"]:
                    problems.append(Problem(file, row_number, column,
                                            f"{value} is below {rules['minimum']:g}, the lowest plausible value (see "
                                            f"the schema in datapackage.json)"))
                if "maximum" in rules and number > rules["maximum"]:
                    problems.append(Problem(file, row_number, column,
                                            f"{value} is above {rules['maximum']:g}, the highest plausible value (see "
                                            f"the schema in datapackage.json)"))
            if "enum" in rules and value not in rules["enum"]:
                problems.append(Problem(file, row_number, column, f"{value!r} is not one of {rules['enum']}"))
            if "pattern" in rules and not re.fullmatch(rules["pattern"], value):
                problems.append(Problem(file, row_number, column,
                                        f"{value!r} does not match the pattern {rules['pattern']}"))
        if key:
            ident = tuple(row[k] for k in key)
            if ident in seen:
                problems.append(Problem(file, row_number, key[0],
                                        f"{' '.join(ident)} appears twice (rows {seen[ident]} and {row_number})"))
            seen.setdefault(ident, row_number)
        if period:
            here, group = row[period], tuple(row[k] for k in key if k != period)
            if group in last and here < last[group]:
                problems.append(Problem(file, row_number, period,
                                        f"{here} comes after {last[group]}: the periods must run in order"))
            last[group] = here
            if any(row[m] not in missing for m in measures):
                have.setdefault(group, set()).add(here)
            elif needed and needed[0] <= here <= needed[1]:
                problems.append(Problem(file, row_number, measures[0] if measures else period,
                                        f"no value for {here} ('.' and empty mean missing); the project needs every "
                                        f"{period} {needed[0]}–{needed[1]}"))
                have.setdefault(group, set()).add(here)  # said here; not again as a missing row
    if period and needed:
        for group, periods in sorted(have.items()) or [((), set())]:
            for wanted in _periods(needed[0], needed[1]):
                if wanted not in periods:
                    whose = f" for {' '.join(group)}" if group else ""
                    problems.append(Problem(file, None, period,
                                            f"no row for {wanted}{whose}; the project needs every {period} "
                                            f"{needed[0]}–{needed[1]}"))
    return problems


def _periods(first: str, last: str) -> list[str]:
    """Every year ("1972") or month ("1972-01") from first to last."""
    if len(first) == 4:
        return [str(y) for y in range(int(first), int(last) + 1)]
    y, m = int(first[:4]), int(first[5:])
    out = []
    while f"{y}-{m:02d}" <= last:
        out.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def verified_bytes(name: str) -> bytes:
    """The file's bytes once its schema and its recorded SHA-256 both hold."""
    path = paths.EXTERNAL / name
    file = paths.rel(path)
    if not path.exists():
        raise MissingDataError(f"{file} not found")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise DataError([Problem(file, raw[:err.start].count(b"\n") + 1, None, "not UTF-8")]) from None
    problems = _check_rows(name, text, _resource(name))
    if problems:
        raise DataError(problems)
    sums = recorded_sums()
    actual = hashlib.sha256(raw).hexdigest()
    if name not in sums:
        raise DigestError(f"{file} has no line in {paths.rel(paths.EXTERNAL / SUMS)}; record it with `{RESUM}`")
    if sums[name] != actual:
        raise DigestError(f"{file} has SHA-256 {actual}, but {paths.rel(paths.EXTERNAL / SUMS)} records {sums[name]}; "
                          f"restore the file (git checkout -- {file}), or if the change is deliberate, re-record: "
                          f"`{RESUM}`")
    return raw


def read(name: str) -> pd.DataFrame:
    """A verified series as a DataFrame; a row whose measured values are all missing is left out."""
    resource = _resource(name)
    schema = resource["schema"]
    text_columns = {f["name"]: str for f in schema["fields"] if f["type"] == "string"}
    frame = pd.read_csv(io.BytesIO(verified_bytes(name)), dtype=text_columns, keep_default_na=False,
                        na_values=schema.get("missingValues", [""]))
    measures = [f["name"]
                for f in schema["fields"]
                if f["type"] in ("number", "integer") and f["name"] not in schema.get("primaryKey", [])]
    return frame.dropna(subset=measures, how="all").reset_index(drop=True) if measures else frame


def rows(name: str) -> list[dict[str, str]]:
    """A verified file as a list of rows of text (for files that are not series)."""
    return list(csv.DictReader(io.StringIO(verified_bytes(name).decode("utf-8"))))


def verify_all() -> list[str]:
    """Check every file the package describes; return their names."""
    names = [r["path"] for r in package()["resources"]]
    problems: list[Problem] = []
    for name in names:
        try:
            verified_bytes(name)
        except DataError as err:
            problems += err.problems
    if problems:
        raise DataError(problems)
    extra = sorted(set(recorded_sums()) - set(names))
    if extra:
        raise DataError([Problem(paths.rel(paths.EXTERNAL / SUMS), None, None,
                                 f"records {extra}, which datapackage.json does not describe")])
    return names


def record_sums(note: str) -> list[str]:
    """Re-record SHA256SUMS after a deliberate change, with a dated note in CHANGELOG.md.

    Each file must still pass its schema. Returns the files whose digest changed.
    """
    if not note.strip():
        raise UserError("sums: say why the reference files changed with --note \"...\"")
    names = [r["path"] for r in package()["resources"]]
    problems = []
    for name in names:
        path = paths.EXTERNAL / name
        if not path.exists():
            raise MissingDataError(f"{paths.rel(path)} not found")
        problems += _check_rows(name, path.read_text(encoding="utf-8"), _resource(name))
    if problems:
        raise DataError(problems)
    try:
        old = recorded_sums()
    except (MissingDataError, DataError):
        old = {}
    new = {name: hashlib.sha256((paths.EXTERNAL / name).read_bytes()).hexdigest() for name in sorted(names)}
    changed = [name for name in new if old.get(name) != new[name]]
    (paths.EXTERNAL / SUMS).write_text("".join(f"{digest}  {name}\n" for name, digest in new.items()), encoding="utf-8")
    log = paths.EXTERNAL / CHANGELOG
    head = "" if log.exists() else ("# data/external: changes to the reference files\n\nEach entry is written by "
                                    "`python -m mnjp sums --note \"...\"`.\n")
    entry = f"\n## {datetime.date.today().isoformat()}: {note.strip()}\n\n" + (
        "".join(f"- `{name}`: {old.get(name, 'new file')[:12]} -> {new[name][:12]}\n" for name in changed)
        or "- no file changed\n")
    with log.open("a", encoding="utf-8") as handle:
        handle.write(head + entry)
    return changed
