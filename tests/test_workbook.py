"""The Excel workbook of the data package gives back the CSV tables exactly, describes
every column, and is the same bytes when built twice; the data zip carries the release."""
import csv
import datetime as dt
import hashlib
import json
import zipfile

import openpyxl
import pandas as pd
import pytest

from mnjp import paths, release, zips
from mnjp.workbook import write_workbook

PACKAGE = json.loads((paths.CLEAN / "datapackage.json").read_text(encoding="utf-8"))
TABLES = [r["name"] for r in PACKAGE["resources"]]


@pytest.fixture(scope="module")
def workbook_path(tmp_path_factory):
    return write_workbook(tmp_path_factory.mktemp("workbook") / release.WORKBOOK)


@pytest.fixture(scope="module")
def workbook(workbook_path):
    return openpyxl.load_workbook(workbook_path)


def csv_rows(name):
    with (paths.CLEAN / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def as_csv_text(value, field):
    """An Excel cell written back the way the CSV spells it, checking its type on the way."""
    if value is None:
        return ""
    kind = field["type"]
    if kind == "boolean":
        assert isinstance(value, bool), (field["name"], value)
        return "true" if value else "false"
    if kind in ("integer", "number"):
        assert isinstance(value, (int, float)) and not isinstance(value, bool), (field["name"], value)
        return str(value)
    if isinstance(value, dt.datetime):
        assert field["name"] == "date" and value.time() == dt.time(), (field["name"], value)
        return value.date().isoformat()
    assert isinstance(value, str), (field["name"], value)
    return value


def test_the_sheets_are_the_readme_and_one_per_table(workbook):
    assert workbook.sheetnames == ["README", *TABLES]


@pytest.mark.parametrize("name", TABLES)
def test_each_sheet_gives_back_its_csv_exactly(workbook, name):
    fields = next(r for r in PACKAGE["resources"] if r["name"] == name)["schema"]["fields"]
    expected = csv_rows(name)
    sheet = workbook[name]
    got = [[as_csv_text(v, f) for v, f in zip(row, fields)] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert [c.value for c in sheet[1]] == expected[0]
    assert got == expected[1:]
    assert sheet.freeze_panes == "A2"
    for cell, field in zip(sheet[1], fields):
        assert cell.comment is not None, (name, field["name"])
        assert field["description"] in cell.comment.text and field["unit"] in cell.comment.text
    widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
    assert all(8 <= w <= 60 for w in widths), widths


def test_pandas_reads_numbers_as_numbers_dates_as_dates_and_quotes_intact(workbook_path):
    aid = pd.read_excel(workbook_path, sheet_name="aid", engine="openpyxl")
    assert pd.api.types.is_numeric_dtype(aid["value"]) and pd.api.types.is_integer_dtype(aid["line"])
    header, *rows = csv_rows("aid")
    assert list(aid["quote_mn"]) == [row[header.index("quote_mn")] for row in rows]
    assert any("«" in q or "ө" in q or "ү" in q for q in aid["quote_mn"])
    timeline = pd.read_excel(workbook_path, sheet_name="timeline", engine="openpyxl")
    days = [v for v in timeline["date"] if isinstance(v, (dt.datetime, pd.Timestamp))]
    assert days, "no date given to the day was stored as a date"
    visits = pd.read_excel(workbook_path, sheet_name="visits", engine="openpyxl")
    assert pd.api.types.is_bool_dtype(visits["counted"]) or set(visits["counted"].dropna()) <= {True, False}


def test_readme_names_every_table_the_release_and_the_licence(workbook):
    text = "\n".join(str(v) for row in workbook["README"].iter_rows(values_only=True) for v in row if v is not None)
    for name in TABLES:
        assert name in text
    current = release.current()
    assert current.version in text and "Serjav" in text and "CC-BY-4.0" in text
    assert release.cite_line("en") in text and release.cite_line("mn") in text


def test_two_builds_give_the_same_bytes(workbook_path, tmp_path):
    again = write_workbook(tmp_path / "again.xlsx")
    assert hashlib.sha256(again.read_bytes()).digest() == hashlib.sha256(workbook_path.read_bytes()).digest()
    core = zipfile.ZipFile(again).read("docProps/core.xml").decode()
    assert release.current().date.isoformat() in core and release.current().version in core


def test_data_zip_and_sums_carry_the_release(tmp_path):
    files = release.write_downloads(tmp_path)
    current = release.current()
    with zipfile.ZipFile(files[0]) as archive:
        folder = f"mnjp-data-package-{current.version}"
        descriptor = json.loads(archive.read(f"{folder}/datapackage.json"))
        assert descriptor["version"] == current.version and descriptor["created"].startswith(current.date.isoformat())
        assert f"{folder}/CITATION.cff" in archive.namelist()
        assert current.version in archive.comment.decode()
        assert {i.date_time for i in archive.infolist()} == {zips.ZIP_TIME}
    sums = dict(reversed(line.split("  ")) for line in (tmp_path / release.SUMS).read_text().splitlines())
    assert set(sums) == {release.DATA_ZIP, release.WORKBOOK}
    for name, digest in sums.items():
        assert hashlib.sha256((tmp_path / name).read_bytes()).hexdigest() == digest


def test_the_release_agrees_with_the_package_version():
    import tomllib

    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    current = release.current()
    assert current.version == project["version"]
    assert isinstance(current.date, dt.date)


def test_a_citation_without_a_release_date_is_named(tmp_path, monkeypatch):
    text = (paths.ROOT / "CITATION.cff").read_text(encoding="utf-8")
    undated = "\n".join(line for line in text.splitlines() if not line.startswith("date-released"))
    (tmp_path / "CITATION.cff").write_text(undated, encoding="utf-8")
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    with pytest.raises(ValueError, match=r"CITATION.cff: missing date-released"):
        release.current()
