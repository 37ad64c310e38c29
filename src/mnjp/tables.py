"""The data layer: read data/extracted, check it, write data/clean.

Load   data/extracted/datapackage.json and its CSVs (hand-curated records)
Check  files (present, UTF-8, not empty), schema (frictionless: types, enums,
       required, unique ids, foreign keys) and provenance (each quote is in the
       article on its line; each number it carries is in its quote)
Save   data/clean/: sorted CSVs with derived columns and a self-contained
       datapackage.json; written to a scratch folder and swapped in whole, so a
       failed run leaves the last good tables in place.
"""
from __future__ import annotations

import calendar
import csv
import io
import json
import re
import shutil
import unicodedata
from pathlib import Path

import pandas as pd

from . import paths, translations
from .article import Article, article_path, char_name, load_article, metadata
from .atomic import check_writable, replace_dir, scratch_beside
from .errors import DataError, MissingDataError, Problem, read_json
from .numbers import numbers_in, parse_amount

# Columns whose values must be stated by the row's quote (or by the footnote it cites).
DATE_FIELDS = ("year", "month", "day", "period_start", "period_end")
PANDAS_TYPES = {"integer": "Int64", "number": "float64", "boolean": "boolean", "string": "string"}


# A real calendar date at the precision given: YYYY, YYYY-MM or YYYY-MM-DD, with the day
# existing in its month (leap years included), so the reference validator refuses 1972-02-30.
DATE_PATTERN = (  # one group, so a validator that anchors it as ^...$ anchors every branch
    r"([0-9]{4}(-(0[1-9]|1[0-2]))?"
    r"|[0-9]{4}-(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
    r"|[0-9]{4}-(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    r"|[0-9]{4}-02-(0[1-9]|1[0-9]|2[0-8])"
    r"|([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)"
)


def descriptor(folder: Path | None = None) -> dict:
    folder = folder or paths.EXTRACTED
    package = read_json(folder / "datapackage.json")
    for resource in package.get("resources", []):
        if isinstance(resource.get("schema"), str):
            resource["schema"] = read_json(folder / resource["schema"])
    return package


# --- Check: files ---------------------------------------------------------------------

def _check_file(path: Path, fields: list[str]) -> list[Problem]:
    name = paths.rel(path)
    if not path.exists():
        return [Problem(name, None, None, "file not found")]
    raw = path.read_bytes()
    if not raw.strip():
        return [Problem(name, None, None, "file is empty (expected a header row and data rows)")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        row = raw[: err.start].count(b"\n") + 1
        return [Problem(name, row, None, f"not UTF-8: byte 0x{raw[err.start]:02x} at byte {err.start} cannot be decoded; save the file as UTF-8")]
    header = next(csv.reader(io.StringIO(text)), [])
    repeated = [h for i, h in enumerate(header) if h in header[:i]]
    if repeated:
        where = [i + 1 for i, h in enumerate(header) if h == repeated[0]]
        return [Problem(name, 1, repeated[0], f"the column appears {len(where)} times in the header (columns {', '.join(map(str, where))}); keep one")]
    if header != fields:
        missing = [f for f in fields if f not in header]
        extra = [h for h in header if h not in fields]
        detail = []
        if missing:
            detail.append(f"missing {missing}")
        if extra:
            detail.append(f"unexpected {extra}")
        if not detail:
            detail.append("columns out of order")
        return [Problem(name, 1, None, f"header does not match the schema: {'; '.join(detail)}; expected {fields}")]
    return _check_cells(name, text)


def _check_cells(name: str, text: str) -> list[Problem]:
    """Fields are single-line and in Unicode NFC, the form the article is in."""
    problems = []
    for index, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        for column, value in row.items():
            if not isinstance(value, str):
                continue
            if "\n" in value or "\r" in value:
                problems.append(Problem(name, index, column, "a line break inside the field: fields are single-line (quotes too: join the lines with a space)"))
            if not unicodedata.is_normalized("NFC", value):
                problems.append(Problem(name, index, column, _not_nfc(value)))
    return problems


def _not_nfc(value: str) -> str:
    """Say which character is decomposed, and what its composed form is."""
    for start, char in enumerate(value):
        end = start + 1
        while end < len(value) and unicodedata.combining(value[end]):
            end += 1
        piece = value[start:end]
        if unicodedata.normalize("NFC", piece) != piece:
            composed = unicodedata.normalize("NFC", piece)
            parts = " + ".join(char_name(c) for c in piece)
            return (f"not in Unicode NFC form: character {start + 1} is written as {parts}; "
                    f"use the composed {' + '.join(char_name(c) for c in composed)} (the article's form)")
    return "not in Unicode NFC form; save the text composed (NFC), the article's form"


# --- Check: schema (frictionless) -------------------------------------------------------

def _check_schema(folder: Path) -> list[Problem]:
    from frictionless import Package

    problems = []
    report = Package(str(folder / "datapackage.json")).validate()
    for task in report.tasks:
        file = paths.rel(folder / task.place) if task.place else task.name
        for error in task.errors:
            problems.append(Problem(file, getattr(error, "row_number", None), getattr(error, "field_name", None), error.message))
    for error in report.errors:
        problems.append(Problem(paths.rel(folder / "datapackage.json"), None, None, error.message))
    return problems


# --- Check: provenance --------------------------------------------------------------------

def read_raw(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _check_provenance(name: str, rows: list[dict], text: Article, footnotes: dict[str, str], file: str) -> list[Problem]:
    problems = []
    for index, row in enumerate(rows, start=2):
        def bad(column, message):
            problems.append(Problem(file, index, column, message))

        quote = row.get("quote_mn") or row.get("text_as_printed") or ""
        line = row.get("line", "")
        if quote and line.isdigit():
            starts = text.quote_lines(quote)
            column = "quote_mn" if "quote_mn" in row else "text_as_printed"
            if not starts:
                bad(column, f"quote not found in the article: {text.first_difference(quote, int(line))}")
            elif int(line) not in starts:
                bad("line", f"quote begins on line {', '.join(map(str, starts))} of the article, not line {line}")
        if name == "references" and row.get("marker_line", "").isdigit():
            marker = text.line_text(int(row["marker_line"]))
            if not any(row["number"] == n for n in _glued_numbers(marker)):
                bad("marker_line", f"line {row['marker_line']} carries no footnote mark {row['number']}")
        footnote_text = footnotes.get(row.get("footnote") or "", "")
        stated = numbers_in(quote + " " + footnote_text) if quote else set()
        if "value_as_printed" in row and row.get("value"):
            printed = row["value_as_printed"]
            if printed and text and quote and printed not in quote:
                bad("value_as_printed", f"{printed!r} is not in the quote")
            try:
                value, qualifier = parse_amount(printed)
                if _number(row["value"]) != value:
                    bad("value", f"{row['value']} is not the value of {printed!r} ({value:g})")
                if qualifier != (row.get("qualifier") or ""):
                    bad("qualifier", f"{printed!r} reads as qualifier {qualifier or 'none'!r}, not {row.get('qualifier') or 'none'!r}")
            except ValueError:
                bad("value_as_printed", f"{printed!r} holds no number")
        for column, message in _date_problems(row):
            bad(column, message)
        exempt = row.get("uncertain") == "true" and (row.get("uncertain_reason") or "").strip()
        for column in DATE_FIELDS:
            value = row.get(column) or ""
            if value.lstrip("-").isdigit() and int(value) not in stated and not exempt:
                bad(column, f"{value} is not stated in the quote{' or its footnote' if footnote_text else ''}")
        if row.get("uncertain") == "true" and not (row.get("uncertain_reason") or "").strip():
            bad("uncertain_reason", "a row flagged uncertain must say why")
        if row.get("same_as") and row["same_as"] == row.get("id"):
            bad("same_as", "a row cannot be a second mention of itself")
    return problems


def _date_problems(row: dict) -> list[tuple[str, str]]:
    """A day needs a month, a month needs a year, and the day must exist in its month."""
    year, month, day = (row.get(c) or "" for c in ("year", "month", "day"))
    if day and not month:
        return [("month", f"day {day} is given without a month")]
    if month and not year:
        return [("year", f"month {month} is given without a year")]
    if day and day.isdigit() and month.isdigit() and year.lstrip("-").isdigit() and 1 <= int(month) <= 12:
        last = calendar.monthrange(int(year), int(month))[1]
        if not 1 <= int(day) <= last:
            name = calendar.month_name[int(month)]
            return [("day", f"{year}-{int(month):02d}-{int(day):02d} does not exist: {name} {year} has {last} days "
                            "(a date must exist whatever the uncertainty flag says)")]
    return []


def _glued_numbers(line: str) -> list[str]:
    """Footnote marks: digits glued to the end of a word or closing quote ("иэн10-д", "тогтсон1")."""
    import re

    return re.findall(r"(?<=[^\W\d_]|[”»)])(\d{1,2})(?!\d)", line)


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return float("nan")


def validate(folder: Path | None = None, source: Path | None = None) -> dict[str, list[dict]]:
    """Check every extracted table; return the raw rows, or raise DataError."""
    folder = folder or paths.EXTRACTED
    package = descriptor(folder)
    problems: list[Problem] = []
    for resource in package["resources"]:
        fields = [f["name"] for f in resource["schema"]["fields"]]
        problems += _check_file(folder / resource["path"], fields)
    if problems:
        raise DataError(problems)
    problems += _check_schema(folder)
    if problems:
        raise DataError(problems)
    text = load_article(str(article_path(source)))
    rows = {r["name"]: read_raw(folder / r["path"]) for r in package["resources"]}
    footnotes = {r["number"]: r["text_as_printed"] for r in rows.get("references", [])}
    for resource in package["resources"]:
        problems += _check_provenance(resource["name"], rows[resource["name"]], text, footnotes, paths.rel(folder / resource["path"]))
    if problems:
        raise DataError(problems)
    problems += translations.check(rows, folder) + translations.check_titles(rows, folder)  # against quotes proven above
    if problems:
        raise DataError(problems)
    return rows


# --- Save: data/clean ------------------------------------------------------------------------

DERIVED = {
    "date": {"type": "string", "description": "The date as precise as the article gives it: YYYY, YYYY-MM or YYYY-MM-DD (derived from year, month, day); always a date that exists.",
             "constraints": {"pattern": DATE_PATTERN}},
    "value_line": {"type": "integer", "description": "Line of data/source/ where the printed value stands within the quote (derived; `line` is where the quote begins)."},
    "counted": {"type": "boolean", "description": "True for the row that counts the visit or event; false for a second mention (same_as is set). Derived."},
}


def _iso_date(row: dict) -> str:
    parts = [row.get("year") or "", row.get("month") or "", row.get("day") or ""]
    if not parts[0]:
        return ""
    out = parts[0]
    if parts[1]:
        out += f"-{int(parts[1]):02d}"
        if parts[2]:
            out += f"-{int(parts[2]):02d}"
    return out


def _clean_rows(resource: dict, rows: list[dict], text: Article) -> tuple[list[dict], list[dict]]:
    fields = list(resource["schema"]["fields"])
    names = [f["name"] for f in fields]
    key = resource["schema"]["primaryKey"][0]
    out = []
    for row in rows:
        clean = {k: row[k] for k in names}
        if "year" in names:
            clean["date"] = _iso_date(row)
        if "value_as_printed" in names:
            clean["value_line"] = str(text.value_line(row["quote_mn"], int(row["line"]), row["value_as_printed"]))
        if "same_as" in names:
            clean["counted"] = "false" if row.get("same_as") else "true"
        out.append(clean)
    if "year" in names:
        fields.append({"name": "date", **DERIVED["date"]})
    if "value_as_printed" in names:
        fields.append({"name": "value_line", **DERIVED["value_line"]})
    if "same_as" in names:
        fields.append({"name": "counted", **DERIVED["counted"]})
    sort = (lambda r: int(r[key])) if resource["schema"]["fields"][0]["type"] == "integer" else (lambda r: r[key])
    return sorted(out, key=sort), fields


# What each field is measured in and where it comes from, for the data package.
FIELD_UNITS = {
    "value": "the unit named in the `unit` column", "year": "calendar year", "month": "month of the year (1–12)",
    "day": "day of the month", "period_start": "calendar year", "period_end": "calendar year",
    "line": "line number in data/source/", "value_line": "line number in data/source/",
    "marker_line": "line number in data/source/", "footnote": "footnote number", "number": "footnote number",
    "date": "ISO 8601 date, reduced to the precision given", "counted": "true/false", "uncertain": "true/false",
}
TRANSLATED = {"quote_en", "text_en", "measure_en", "title_en", "occasion_en", "person_en", "office_en"}


def _field_source(resource: str, field: str) -> str:
    if resource == "audit":
        return "computed by mnjp.audit from the tables, data/external and data/audit/checks.csv"
    if field in DERIVED:
        return "derived by mnjp from the other fields and the article"
    if field in TRANSLATED:
        return "English rendering by this project"
    if field in translations.JAPANESE:
        return "Japanese rendering by this project"
    if field in ("quote_mn", "text_as_printed", "value_as_printed", "person_as_printed", "office_mn"):
        return "the article, verbatim"
    return "the article, as read and recorded by this project"


def _annotate(resource: str, fields: list[dict]) -> list[dict]:
    """Each field with its unit and source (a copy; the schema files stay as they are)."""
    out = []
    for field in fields:
        kind = {"boolean": "true/false", "integer": "number", "number": "number"}.get(field["type"], "text")
        out.append({**field, "unit": FIELD_UNITS.get(field["name"], kind), "source": _field_source(resource, field["name"])})
    return out


def _clean_descriptor(package: dict, schemas: dict[str, dict], source: Path | None) -> dict:
    meta = metadata(source)
    article_source = {
        "title": f"{meta['author_en']} ({meta['year']}), “{meta['title_mn']}” [{meta['title_en']}]",
        "path": f"data/source/{meta['file']}",
    }
    resources = []
    for resource in package["resources"]:
        schema = {k: v for k, v in resource["schema"].items() if k != "fields"}
        schema["fields"] = _annotate(resource["name"], schemas[resource["name"]])
        resources.append({
            "name": resource["name"], "path": resource["path"], "title": resource["title"],
            "format": "csv", "encoding": "utf-8", "mediatype": "text/csv",
            "sources": [article_source], "schema": schema,
        })
    return {
        "name": "mongolia-japan-relations-in-numbers",
        "title": "Mongolia–Japan relations in numbers: the figures of B. Serjav (2017)",
        "description": (
            "Every figure, visit, dated event and footnote of the article, one row per statement, "
            "each with its verbatim Mongolian quote, an English translation and the line of the source text. "
            "Generated by `make data` from data/extracted/; do not edit by hand."
        ),
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "sources": [article_source],
        "resources": resources,
    }


def render_clean(folder: Path | None = None, source: Path | None = None) -> dict[str, str]:
    """The clean tables and datapackage.json as {file name: text}; deterministic."""
    package = descriptor(folder)
    rows = validate(folder, source)
    files, schemas = {}, {}
    text = load_article(str(article_path(source)))
    package, japanese = _without_translations(package)
    for resource in package["resources"]:
        out, fields = _clean_rows(resource, rows[resource["name"]], text)
        out, fields = translations.join(out, fields, rows, japanese)
        schemas[resource["name"]] = fields
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=[f["name"] for f in fields], lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
        files[resource["path"]] = buffer.getvalue()
    audit_resource = _audit_resource(files, schemas, source)
    package = {**package, "resources": package["resources"] + [audit_resource]}
    files["datapackage.json"] = json.dumps(_clean_descriptor(package, schemas, source), ensure_ascii=False, indent=2) + "\n"
    return files


def _without_translations(package: dict) -> tuple[dict, dict]:
    """The package without the Japanese translations' own tables, and each one's Japanese field
    by table: the clean tables carry them beside the English instead."""
    tables = [r for r in package["resources"] if r["name"] in translations.FILES]
    fields = {r["name"]: next(f for f in r["schema"]["fields"] if f["name"] != "id") for r in tables}
    return {**package, "resources": [r for r in package["resources"] if r not in tables]}, fields


def _audit_resource(files: dict[str, str], schemas: dict[str, list], source: Path | None) -> dict:
    """Run the audit on the clean tables just rendered; add audit.csv to `files`."""
    from .audit import table

    frames = {name: typed(pd.read_csv(io.StringIO(files[f"{name}.csv"]), dtype=str, keep_default_na=False), fields, Path(f"{name}.csv"))
              for name, fields in schemas.items()}
    schema = read_json(paths.DATA / "audit" / "schema.json")
    result = table(frames, int(metadata(source)["year"]))
    files["audit.csv"] = result.to_csv(index=False, lineterminator="\n")
    schemas["audit"] = schema["fields"]
    return {"name": "audit", "path": "audit.csv", "title": "Audit of the article's figures", "schema": schema}


def write_clean(target: Path | None = None, folder: Path | None = None, source: Path | None = None) -> dict[str, int]:
    """Validate, then replace data/clean as a whole. Returns the number of records per table."""
    target = target or paths.CLEAN
    check_writable(target)  # before the work, not after it
    for leftover in [*target.parent.glob(f".{target.name}-*"), target.with_name(target.name + ".old")]:
        if leftover.is_dir():  # left by the earlier mkdtemp-and-rename swap, which had no clean-up
            shutil.rmtree(leftover)
    files = render_clean(folder, source)
    with scratch_beside(target) as scratch:
        for name, text in files.items():
            (scratch / name).write_text(text, encoding="utf-8")
        replace_dir(scratch, target)
    return {name[:-4]: len(list(csv.DictReader(io.StringIO(text)))) for name, text in files.items() if name.endswith(".csv")}


def stale_files(target: Path | None = None) -> list[str]:
    """Files of data/clean that differ from what the extracted data would generate."""
    target = target or paths.CLEAN
    return [name for name, text in render_clean().items()
            if not (target / name).exists() or (target / name).read_text(encoding="utf-8") != text]


# --- Load: for notebooks and reusers --------------------------------------------------------

def load(name: str, folder: Path | None = None) -> pd.DataFrame:
    """A clean table as a typed DataFrame, e.g. load("visits")."""
    folder = folder or paths.CLEAN
    package_path = folder / "datapackage.json"
    if not package_path.exists():
        raise MissingDataError(f"the clean data package is missing: {package_path} not found "
                               "(in a checkout run `make data`; elsewhere set MNJP_ROOT to a checkout that has data/clean)")
    package = read_json(package_path)
    try:
        resources = {r["name"]: r for r in package["resources"]}
        fields = resources[name]["schema"]["fields"] if name in resources else None
        path = folder / resources[name]["path"] if name in resources else None
    except (KeyError, TypeError) as err:
        raise DataError([Problem(paths.rel(package_path), None, None, f"the data package is damaged: no {err} where a resource needs one")]) from None
    if name not in resources:
        raise KeyError(f"no table {name!r}; the tables are: {', '.join(resources)}")
    if not path.exists():
        raise MissingDataError(f"the clean data package is damaged: {paths.rel(package_path)} names {resources[name]['path']}, which is missing")
    return typed(pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8"), fields, path)


def typed(frame: pd.DataFrame, fields: list[dict], path: Path) -> pd.DataFrame:
    """Columns of text read from CSV, typed as the schema says (pandas nullable types)."""
    for field in fields:
        column = field["name"]
        if column not in frame:
            raise DataError([Problem(paths.rel(path), 1, column, "the column is missing (the data package is damaged)")])
        pattern = field.get("constraints", {}).get("pattern")
        if pattern:  # e.g. a date that does not exist
            wrong = [i for i, v in enumerate(frame[column]) if v and not re.fullmatch(pattern, v)]
            if wrong:
                raise DataError([Problem(paths.rel(path), wrong[0] + 2, column, f"{frame[column].iloc[wrong[0]]!r} is not a valid {column}")])
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
            bad = frame[column][pd.to_numeric(frame[column].replace("", None), errors="coerce").isna() & (frame[column] != "")]
            row = int(bad.index[0]) + 2 if len(bad) else None
            raise DataError([Problem(paths.rel(path), row, column, f"cannot read as {field['type']}: {err}")]) from err
    return frame
