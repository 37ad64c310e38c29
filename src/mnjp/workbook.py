"""The clean data package as an Excel workbook, for readers who do not program.

A README sheet (title, source article, licence, how to cite, the tables), then one
sheet per table: a frozen header row whose cells carry each field's description and
unit as a comment, numbers as numbers, booleans as booleans, a date given to the day
as a date. Two builds of the same tables give the same bytes: the zip container and
the document properties carry the release date, not the time of the build.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

from . import paths
from .catalogs import label
from .citation import cite_line, current
from .editions import TITLES
from .params import LANGS  # the workbook's headers name every edition's words
from .zips import fixed_zip

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_WIDTH = 60


def cell_value(text: str, field: dict):
    """A CSV cell as the value Excel should hold: the schema's type, empty as empty."""
    if text == "":
        return None
    kind = field["type"]
    if kind == "integer":
        return int(text)
    if kind == "number":
        number = float(text)
        return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number
    if kind == "boolean":
        return {"true": True, "false": False}[text]
    if kind in ("date", "string") and FULL_DATE.match(text) and _is_date_field(field):
        return dt.date.fromisoformat(text)
    return text


def _is_date_field(field: dict) -> bool:
    return field["type"] == "date" or field["name"] == "date" or field["name"].endswith("_date")


def _read_csv(path: Path) -> list[list[str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _comment(field: dict):
    from openpyxl.comments import Comment

    text = f"{field.get('description', '')}\n{label('release.unit', 'en')}: {field.get('unit', '')}"
    comment = Comment(text, "mnjp")
    comment.width, comment.height = 320, 140
    return comment


def _readme(sheet, package: dict, release, counts: dict[str, int]) -> None:
    from openpyxl.styles import Alignment, Font

    def key(name: str) -> str:
        return " / ".join(dict.fromkeys(label(name, lang) for lang in LANGS))

    licence = package["licenses"][0]
    rows = [
        (key("release.title"), " / ".join(TITLES[lang] for lang in LANGS)),
        (key("release.version"), release.version),
        (key("release.released"), release.date),
        (key("release.source"), package["sources"][0]["title"]),
        (key("release.licence"), f"{licence['title']} ({licence['name']}), {licence['path']}"),
        (key("release.how_to_cite"), cite_line("en")),
        ("", cite_line("mn")),
        ("", label("release.dates", "en")),
        ("", label("release.dates", "mn")),
        (key("release.tables"), None),
    ]
    rows += [(resource["name"], f"{resource['title']}: {label('release.rows', 'en', rows=counts[resource['name']])}")
             for resource in package["resources"]]
    for row in rows:
        sheet.append(row)
    for cell in sheet["A"]:
        cell.font = Font(bold=True)
    sheet["B3"].number_format = "yyyy-mm-dd"
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 100
    for row in sheet.iter_rows(min_col=2, max_col=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")


def _table(sheet, fields: list[dict], rows: list[list[str]]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header, *body = rows
    if header != [f["name"] for f in fields]:
        raise ValueError(f"{sheet.title}: the CSV header differs from datapackage.json")
    sheet.append(header)
    for cell, field in zip(sheet[1], fields):
        cell.font = Font(bold=True)
        cell.comment = _comment(field)
    for row in body:
        sheet.append([cell_value(text, field) for text, field in zip(row, fields)])
    for index in range(1, len(fields) + 1):
        letter = get_column_letter(index)
        for cell in sheet[letter][1:]:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
        longest = max(len(str(r[index - 1])) for r in rows)
        sheet.column_dimensions[letter].width = min(MAX_WIDTH, max(8, longest + 2))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def build_workbook(folder: Path | None = None):
    """The workbook (openpyxl) of the data package in folder (default data/clean)."""
    from openpyxl import Workbook

    folder = folder or paths.CLEAN
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    release = current()
    book = Workbook()
    readme = book.active
    readme.title = "README"
    tables = {r["name"]: _read_csv(folder / r["path"]) for r in package["resources"]}
    for resource in package["resources"]:
        _table(book.create_sheet(resource["name"]), resource["schema"]["fields"], tables[resource["name"]])
    _readme(readme, package, release, {name: len(rows) - 1 for name, rows in tables.items()})
    moment = dt.datetime.combine(release.date, dt.time())
    book.properties.title = package["title"]
    book.properties.creator = "mnjp"
    book.properties.version = release.version
    book.properties.created = moment
    book.properties.identifier = f"mnjp-data-{release.version}"
    return book, moment


def write_workbook(path: Path, folder: Path | None = None) -> Path:
    """Save the workbook with fixed timestamps (openpyxl stamps the save time; put the release date back)."""
    book, moment = build_workbook(folder)
    buffer = io.BytesIO()
    book.save(buffer)
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    entries = {}
    with zipfile.ZipFile(buffer) as saved:
        for info in saved.infolist():
            data = saved.read(info)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            entries[info.filename] = data
    fixed_zip(entries, path)
    return path
