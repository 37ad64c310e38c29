"""Corrupted extracted data stops `python -m mnjp data` (what `make data` runs) with a
message naming file, row and column, a non-zero exit, and data/clean left as it was.
The command is called in this process; one case runs it as `make data` does, in a new one."""
import csv

import pytest
from conftest import EDITIONS, run_mnjp


def edit(root, name, row, column, value):
    """Set one cell; row counts like a spreadsheet (the header is row 1)."""
    path = root / "data" / "extracted" / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[row - 2][column] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def cell(root, name, row, column):
    path = root / "data" / "extracted" / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))[row - 2][column]


def replace_file(root, name, data: bytes):
    (root / "data" / "extracted" / f"{name}.csv").write_bytes(data)


def drop_header_column(root, name, column):
    path = root / "data" / "extracted" / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = [f for f in rows[0] if f != column]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


CORRUPTIONS = {
    # name: (how to corrupt, file, row or None, column or None, words of the message)
    "quote not in the article": (lambda r: edit(r, "aid", 2, "quote_mn", "2016 оны байдлаар 999 тэрбум иэн"), "aid.csv",
                                 2, "quote_mn", "not found in the article"),
    "value not in its quote": (lambda r: edit(r, "aid", 2, "value", "5000000001"), "aid.csv", 2,
                               "value", "is not the value"),
    "printed value not in its quote": (lambda r: edit(r, "trade", 3, "value_as_printed", "251 гаруй сая"), "trade.csv",
                                       3, "value_as_printed", "not in the quote"),
    "unknown unit": (lambda r: edit(r, "aid", 3, "unit", "EUR"), "aid.csv", 3, "unit", "constraint"),
    "duplicate id": (lambda r: edit(r, "trade", 3, "id", cell(r, "trade", 2, "id")), "trade.csv", 3, "id", "unique"),
    "missing required field": (lambda r: edit(r, "investment", 2, "quote_en", ""), "investment.csv",
                               2, "quote_en", "required"),
    "month 13": (lambda r: edit(r, "visits", 4, "month", "13"), "visits.csv", 4, "month", "maximum"),
    "unknown footnote": (lambda r: edit(r, "aid", 2, "footnote", "99"), "aid.csv", 2, None, "references"),
    "non-numeric value": (lambda r: edit(r, "other", 2, "value", "forty-five"), "other.csv", 2, "value", "type"),
    "file not UTF-8": (lambda r: replace_file(r, "trade", "id,measure_mn\ntrade.x,Худалдаа\n".encode("cp1251")),
                       "trade.csv", 2, None, "not UTF-8"),
    "empty file": (lambda r: replace_file(r, "investment", b""), "investment.csv", None, None, "empty"),
    "missing file": (lambda r: (r / "data" / "extracted" / "timeline.csv").unlink(),
                     "timeline.csv", None, None, "not found"),
    "quote on another line": (lambda r: edit(r, "visits", 2, "line", "138"), "visits.csv", 2,
                              "line", "begins on line 137"),
    "column missing from the header": (lambda r: drop_header_column(r, "other", "qualifier"), "other.csv", 1,
                                       None, "missing ['qualifier']"),
    "qualifier that the text does not give": (lambda r: edit(r, "trade", 2, "qualifier", ""), "trade.csv",
                                              2, "qualifier", "almost"),
    "second mention of an unknown visit": (lambda r: edit(r, "visits", 7, "same_as", "visit.nobody"),
                                           "visits.csv", 7, None, "foreign"),
    "year not stated by the quote": (lambda r: edit(r, "visits", 2, "year", "1986"),
                                     "visits.csv", 2, "year", "not stated"),
    "boolean that is not true/false": (lambda r: edit(r, "visits", 2, "uncertain", "maybe"),
                                       "visits.csv", 2, "uncertain", "type"),
    "uncertain without a reason": (lambda r: edit(r, "visits", 2, "uncertain", "true"), "visits.csv", 2,
                                   "uncertain_reason", "must say why"),
    "footnote mark on the wrong line": (lambda r: edit(r, "references", 2, "marker_line", "51"), "references.csv", 2,
                                        "marker_line", "no footnote mark 1"),
    "wrong digit in a Japanese quote": (
        lambda r: edit(r, "quotes_ja", 5, "quote_ja",
                       cell(r, "quotes_ja", 5, "quote_ja").replace("2,862億8,200万円", "2,862億2,800万円")),
        "quotes_ja.csv", 5, "quote_ja",
        "the Japanese states 286,228,000,000 where the Mongolian states 286,282,000,000"),
    "qualifier dropped from a Japanese quote": (
        lambda r: edit(r, "quotes_ja", 79, "quote_ja", cell(r, "quotes_ja", 79, "quote_ja").replace("約", "")),
        "quotes_ja.csv", 79, "quote_ja", "«орчим» (about)"),
    "record without a Japanese quote": (lambda r: edit(r, "quotes_ja", 5, "id", "aid.no_such_record"), "aid.csv", 5,
                                        "id", "aid.oda_total has no Japanese translation"),
    "record without a Japanese title": (lambda r: edit(r, "titles_ja", 2, "id", "aid.no_such_record"), "aid.csv", 6,
                                        "id", "has no Japanese title"),
    "number in a Japanese title that the record does not state": (
        lambda r: edit(r, "titles_ja", 5, "title_ja", "無償資金協力（2017年時点の累計）"),
        "titles_ja.csv", 5, "title_ja", "states 2017"),
    "empty Japanese quote": (lambda r: edit(r, "quotes_ja", 2, "quote_ja", ""), "quotes_ja.csv",
                             2, "quote_ja", "required"),
    "id that breaks the pattern": (lambda r: edit(r, "timeline", 2, "id", "event 1972"),
                                   "timeline.csv", 2, "id", "pattern"),
}


@pytest.mark.parametrize("case", sorted(CORRUPTIONS))
def test_corruption_stops_make_data_and_keeps_clean_tables(scratch_root, case, mnjp):
    corrupt, file, row, column, words = CORRUPTIONS[case]
    clean = scratch_root / "data" / "clean"
    before = {p.name: p.read_bytes() for p in clean.iterdir()}
    corrupt(scratch_root)
    result = mnjp(scratch_root, "data")
    assert result.returncode == 2
    message = result.stderr
    assert f"data/extracted/{file}" in message, message
    if row is not None:
        assert f"row {row}" in message, message
    if column is not None:
        assert f'column "{column}"' in message, message
    assert words in message, message
    assert {p.name: p.read_bytes() for p in clean.iterdir()} == before


def test_make_data_in_a_new_process_exits_2_with_one_line(scratch_root):
    CORRUPTIONS["month 13"][0](scratch_root)
    result = run_mnjp(scratch_root, "data")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("error: data/extracted/visits.csv, row 4") and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr


def test_bad_data_or_parameters_stop_the_report_before_any_kernel_starts(scratch_root, mnjp, monkeypatch):
    """`make report` validates the parameters, then the data, before any notebook runs."""
    from mnjp import kernels, runner

    started = []
    monkeypatch.setattr(kernels, "Zygote", lambda *a, **k: started.append(a) or 1 / 0)
    monkeypatch.setattr(runner, "run_editions", lambda *a, **k: started.append(a) or 1 / 0)
    langs = " ".join(EDITIONS)
    refused = mnjp(scratch_root, "report", "--langs", langs, "--currency", "EUR")
    assert refused.returncode == 2 and "currency='EUR'" in refused.stderr and "allowed" in refused.stderr
    assert not (scratch_root / "build").exists()
    CORRUPTIONS["month 13"][0](scratch_root)
    result = mnjp(scratch_root, "report", "--langs", langs)
    assert result.returncode == 2, result.stdout + result.stderr
    assert 'data/extracted/visits.csv, row 4, column "month"' in result.stderr
    assert started == [] and not (scratch_root / "build" / "runs").exists()
