"""Trust nothing unchecked, lose nothing: each fault is tried on a copy of the data.

Every test corrupts a copy (`scratch_root`), runs what `make data` / `make check` run,
and asserts the exit code, the one-line message (file, row, column or key) and that
the real data/clean and `git status` did not change. No notebook is executed here.
The commands are called in this process (`mnjp`); one test per kind of error runs the
real command in a new process (`run_mnjp`): a checksum and a permission.
"""
import calendar
import csv
import os
import re
import subprocess
import unicodedata

import pytest
from conftest import ROOT, run_mnjp
from test_bad_input import cell, edit

from mnjp import atomic, dataset, external, paths, tables
from mnjp.errors import DataError, MissingDataError

FRED = "jpy_per_usd_annual_fred_aexjpus.csv"


@pytest.fixture(autouse=True)
def real_tree_untouched():
    """The checkout's data/clean and git status are the same after the test."""
    def state():
        clean = {p.name: p.read_bytes() for p in (ROOT / "data" / "clean").iterdir()}
        status = subprocess.run(["git", "status", "--porcelain", "--ignored=no"], cwd=ROOT,
                                capture_output=True, text=True).stdout
        return clean, status

    before = state()
    yield
    assert state() == before


def clean_bytes(root):
    return {p.name: p.read_bytes() for p in (root / "data" / "clean").iterdir()}


def one_line_error(result, *words):
    """Exit 2, no traceback, and every word in the message."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("error: "), result.stderr
    for word in words:
        assert word in result.stderr, (word, result.stderr)
    return result.stderr


def set_external_line(root, name, starts, new):
    """Replace (or with new=None drop) the line of a data/external file that starts with `starts`."""
    path = root / "data" / "external" / name
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.startswith(starts))
    lines[index:index + 1] = [] if new is None else [new + "\n"]
    path.write_text("".join(lines), encoding="utf-8")


# --- Reference series: schema, then checksum ---------------------------------------------

EXTERNAL_FAULTS = {
    # case: (corruption, row, column, words)
    "rate typed ten times too small": (lambda r: set_external_line(r, FRED, "2016,",
                                                                   "2016,10.86569,JPY per USD,FRED AEXJPUS"),
                                       47, "value", "10.86569 is below 50, the lowest plausible value"),
    "FRED's '.' in a needed year": (lambda r: set_external_line(r, FRED, "2016,", "2016,.,JPY per USD,FRED AEXJPUS"),
                                    47, "value", "no value for 2016"),
    "a needed year missing": (lambda r: set_external_line(r, FRED, "2016,", None), None, "year",
                              "no row for 2016; the project needs every year 1972–2017"),
    "a year twice": (lambda r: set_external_line(r, FRED, "2017,", "2016,108.6569,JPY per USD,FRED AEXJPUS"), 48,
                     "year", "2016 appears twice (rows 47 and 48)"),
    "a value that is not a number": (lambda r: set_external_line(r, FRED, "2016,",
                                                                 "2016,108,6569,JPY per USD,FRED AEXJPUS"), 47,
                                     None, "5 cells for 4 columns"),
    "a word for a value": (lambda r: set_external_line(r, FRED, "2016,", "2016,n/a,JPY per USD,FRED AEXJPUS"), 47,
                           "value", "'n/a' is not a number"),
    "years out of order": (lambda r: set_external_line(r, FRED, "2016,", "2018,108.6569,JPY per USD,FRED AEXJPUS"), 48,
                           "year", "2017 comes after 2018"),
}


@pytest.mark.parametrize("case", sorted(EXTERNAL_FAULTS))
def test_bad_reference_series_stops_check_and_data(scratch_root, case, mnjp):
    corrupt, row, column, words = EXTERNAL_FAULTS[case]
    before = clean_bytes(scratch_root)
    corrupt(scratch_root)
    where = [f"data/external/{FRED}"] + ([f"row {row}"] if row else []) + ([f'column "{column}"'] if column else [])
    one_line_error(mnjp(scratch_root, "check"), *where, words)
    if case == "rate typed ten times too small":  # the case; `data` reads through the same reader
        one_line_error(mnjp(scratch_root, "data"), *where, words)
    assert clean_bytes(scratch_root) == before


def test_changed_reference_file_fails_its_checksum_and_says_how_to_re_record(scratch_root, mnjp):
    sums = dict(reversed(line.split())
                for line in (scratch_root / "data" / "external" / "SHA256SUMS").read_text().splitlines())
    set_external_line(scratch_root, FRED, "2016,",
                      "2016,108.6570,JPY per USD,FRED AEXJPUS")  # plausible, but not the source's
    actual = __import__("hashlib").sha256((scratch_root / "data" / "external" / FRED).read_bytes()).hexdigest()
    message = one_line_error(run_mnjp(scratch_root, "check"), f"data/external/{FRED} has SHA-256 {actual}",
                             f"records {sums[FRED]}", 'python -m mnjp sums --note')
    assert message.count("\n") == 1
    one_line_error(mnjp(scratch_root, "data"), f"data/external/{FRED} has SHA-256 {actual}")


def test_sums_re_records_a_deliberate_change_with_its_note(scratch_root, mnjp):
    set_external_line(scratch_root, FRED, "2016,", "2016,108.6570,JPY per USD,FRED AEXJPUS")
    assert mnjp(scratch_root, "sums").returncode == 2  # a note is required
    result = mnjp(scratch_root, "sums", "--note", "FRED revised 2016")
    assert result.returncode == 0, result.stderr
    assert FRED in result.stdout
    log = (scratch_root / "data" / "external" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "FRED revised 2016" in log and FRED in log
    checked = mnjp(scratch_root, "check")
    assert "9 reference files match their schema and SHA256SUMS" in checked.stdout, checked.stderr


def test_sums_refuses_a_file_that_breaks_its_schema(scratch_root, mnjp):
    set_external_line(scratch_root, FRED, "2016,", "2016,10.86569,JPY per USD,FRED AEXJPUS")
    one_line_error(mnjp(scratch_root, "sums", "--note", "typo"), f"data/external/{FRED}, row 47", "below 50")


def test_fred_dot_outside_the_needed_years_reads_as_missing(scratch_root, monkeypatch):
    monkeypatch.setattr(paths, "EXTERNAL", scratch_root / "data" / "external")
    set_external_line(scratch_root, FRED, "2025,", "2025,.,JPY per USD,FRED AEXJPUS")
    external.record_sums("2025 not yet published")
    frame = external.read(FRED)
    assert 2025 not in set(frame["year"]) and 2024 in set(frame["year"])
    assert frame["value"].notna().all()


def test_every_read_of_data_external_goes_through_the_reader():
    reads = re.compile(r"EXTERNAL.*(read_csv|open\(|read_text|read_bytes|json\.load)"
                       r"|(read_csv|open\(|json\.load).*EXTERNAL")
    for module in (ROOT / "src" / "mnjp").glob("*.py"):
        if module.name != "external.py":
            assert not reads.search(module.read_text(encoding="utf-8")), module.name
    assert "from . import external" in (ROOT / "src" / "mnjp" / "money.py").read_text(encoding="utf-8")


# --- Dates that exist ---------------------------------------------------------------------

def test_impossible_date_is_refused_even_when_flagged_uncertain(scratch_root, mnjp):
    before = clean_bytes(scratch_root)
    edit(scratch_root, "timeline", 2, "day", "30")
    edit(scratch_root, "timeline", 2, "uncertain", "true")
    edit(scratch_root, "timeline", 2, "uncertain_reason", "day unclear")
    one_line_error(mnjp(scratch_root, "data"), 'data/extracted/timeline.csv, row 2, column "day"',
                   "1972-02-30 does not exist: February 1972 has 29 days")
    assert clean_bytes(scratch_root) == before


def test_day_without_month_is_refused(scratch_root, mnjp):
    edit(scratch_root, "timeline", 2, "month", "")
    one_line_error(mnjp(scratch_root, "data"), 'data/extracted/timeline.csv, row 2, column "month"',
                   "day 24 is given without a month")


def test_reference_validator_refuses_an_impossible_date_in_the_clean_package(scratch_root):
    path = scratch_root / "data" / "clean" / "timeline.csv"
    text = path.read_text(encoding="utf-8")
    assert ",1972-02-24," in text
    path.write_text(text.replace(",1972-02-24,", ",1972-02-30,", 1), encoding="utf-8")
    exe = ROOT / ".venv" / "bin" / "frictionless"
    result = subprocess.run([str(exe), "validate", "data/clean/datapackage.json"], cwd=scratch_root,
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "1972-02-30" in result.stdout and "pattern" in result.stdout


def test_load_refuses_an_impossible_date_in_the_clean_tables(scratch_root):
    path = scratch_root / "data" / "clean" / "timeline.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",1972-02-24,", ",1972-02-30,", 1), encoding="utf-8")
    with pytest.raises(DataError, match=r'timeline.csv, row \d+, column "date": \'1972-02-30\' is not a valid date'):
        tables.load("timeline", folder=scratch_root / "data" / "clean")


@pytest.mark.parametrize("year", [1900, 1972, 1973, 2000, 2016, 2100])
def test_date_pattern_accepts_exactly_the_days_that_exist(year):
    for month in range(1, 13):
        assert re.fullmatch(tables.DATE_PATTERN, f"{year}-{month:02d}")
        for day in range(1, 33):
            exists = day <= calendar.monthrange(year, month)[1]
            assert bool(re.fullmatch(tables.DATE_PATTERN,
                                     f"{year}-{month:02d}-{day:02d}")) == exists, (year, month, day)
    assert re.fullmatch(tables.DATE_PATTERN, str(year))
    assert not re.fullmatch(tables.DATE_PATTERN, f"{year}-13")


# --- Messages a curator can act on ---------------------------------------------------------

def test_look_alike_letter_in_a_quote_is_named_with_its_code_point(scratch_root, mnjp):
    quote = cell(scratch_root, "aid", 2, "quote_mn")
    edit(scratch_root, "aid", 2, "quote_mn", quote.replace("оны", "oны", 1))  # Latin o
    one_line_error(mnjp(scratch_root, "data"), 'data/extracted/aid.csv, row 2, column "quote_mn"',
                   "quote not found in the article",
                   "'o' U+006F LATIN SMALL LETTER O where the article has 'о' U+043E CYRILLIC SMALL LETTER O "
                   "(line 249)")


def test_decomposed_letter_is_refused_with_its_composed_form(scratch_root, mnjp):
    quote = cell(scratch_root, "aid", 2, "quote_mn")
    edit(scratch_root, "aid", 2, "quote_mn", quote.replace("й", unicodedata.normalize("NFD", "й"), 1))
    one_line_error(mnjp(scratch_root, "data"), 'data/extracted/aid.csv, row 2, column "quote_mn"',
                   "not in Unicode NFC form",
                   "U+0438 CYRILLIC SMALL LETTER I + U+0306 COMBINING BREVE", "U+0439 CYRILLIC SMALL LETTER SHORT I")


def test_duplicated_column_says_so(scratch_root, mnjp):
    path = scratch_root / "data" / "extracted" / "other.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[0] = lines[0].replace(",unit,", ",unit,unit,", 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    one_line_error(mnjp(scratch_root, "data"), 'data/extracted/other.csv, row 1, column "unit"',
                   "appears 2 times in the header")


def test_line_break_inside_a_field_is_refused(scratch_root, mnjp):
    quote = cell(scratch_root, "aid", 3, "quote_mn")
    edit(scratch_root, "aid", 3, "quote_mn", quote.replace(" ", "\n", 1))
    one_line_error(mnjp(scratch_root, "data"), 'data/extracted/aid.csv, row 3, column "quote_mn"',
                   "line break inside the field")


def test_bad_json_names_the_file_and_place(scratch_root, mnjp):
    path = scratch_root / "data" / "extracted" / "datapackage.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"resources"', '"resources" "', 1), encoding="utf-8")
    one_line_error(mnjp(scratch_root, "data"), "data/extracted/datapackage.json", "not valid JSON at line")
    for args in (["-v", "data"], ["data", "-v"]):
        verbose = mnjp(scratch_root, *args)
        assert verbose.returncode == 2 and "Traceback" in verbose.stderr and "not valid JSON" in verbose.stderr


def test_bad_json_in_a_schema_names_the_schema(scratch_root, mnjp):
    (scratch_root / "data" / "extracted" / "schemas" / "visits.json").write_text("{", encoding="utf-8")
    one_line_error(mnjp(scratch_root, "data"), "data/extracted/schemas/visits.json", "not valid JSON at line 1")


def _make_read_only(folder):
    """Immutable (works for root too, on ext4 and similar); else read-only mode bits."""
    if os.geteuid() == 0 and subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0:
        return lambda: subprocess.run(["chattr", "-i", str(folder)], check=True)
    if os.geteuid() == 0:
        pytest.skip("running as root on a file system without chattr: permissions cannot be denied")
    folder.chmod(0o555)
    return lambda: folder.chmod(0o755)


def test_read_only_clean_folder_is_one_line_and_loses_nothing(scratch_root):
    clean = scratch_root / "data" / "clean"
    before = clean_bytes(scratch_root)
    undo = _make_read_only(clean)
    try:
        one_line_error(run_mnjp(scratch_root, "data"), "error: data/clean: the folder is read-only")
    finally:
        undo()
    assert clean_bytes(scratch_root) == before
    assert [p.name for p in (scratch_root / "data").iterdir() if p.name.startswith(".")] == []


def test_read_only_data_folder_is_one_line_and_loses_nothing(scratch_root, mnjp):
    before = clean_bytes(scratch_root)
    undo = _make_read_only(scratch_root / "data")
    try:
        one_line_error(mnjp(scratch_root, "data"), "error: data: cannot create a folder here to write clean")
    finally:
        undo()
    assert clean_bytes(scratch_root) == before


def test_programming_error_keeps_its_traceback(monkeypatch):
    from mnjp import __main__

    monkeypatch.setattr(dataset, "write_clean", lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        __main__.main(["data"])


def test_a_key_error_in_the_code_keeps_its_traceback(monkeypatch):
    """A bare KeyError is a bug, not a user error: `python -m mnjp` lets it through."""
    from mnjp import __main__

    def broken():
        return {}["year"]

    monkeypatch.setattr(dataset, "write_clean", broken)
    with pytest.raises(KeyError):
        __main__.main(["data"])


def test_a_check_bound_to_a_row_that_does_not_exist_is_one_line(scratch_root):
    checks = scratch_root / "data" / "audit" / "checks.csv"
    text = checks.read_text(encoding="utf-8")
    checks.write_text(text.replace(",period_from_duration,event.2007_basic_programme ",
                                   ",period_from_duration,event.2007_no_such_row ", 1), encoding="utf-8")
    one_line_error(run_mnjp(scratch_root, "data"),
                   'error: data/audit/checks.csv, row 3, column "article_ids": no row of the article\'s tables has the '
                   'id event.2007_no_such_row')


def test_installation_without_data_says_so(tmp_path):
    with pytest.raises(MissingDataError, match="the clean data package is missing"):
        tables.load("visits", folder=tmp_path)
    damaged = '{"resources": [{"name": "visits", "path": "visits.csv"'
    (tmp_path / "datapackage.json").write_text(damaged, encoding="utf-8")
    with pytest.raises(DataError, match="datapackage.json: not valid JSON at line 1"):
        tables.load("visits", folder=tmp_path)
    no_fields = '{"resources": [{"name": "visits", "path": "visits.csv", "schema": {"fields": []}}]}'
    (tmp_path / "datapackage.json").write_text(no_fields, encoding="utf-8")
    with pytest.raises(MissingDataError, match="damaged.*visits.csv, which is missing"):
        tables.load("visits", folder=tmp_path)
    from mnjp.article import article

    with pytest.raises(MissingDataError,
                       match="article.json not found: the article's data package is missing or damaged"):
        article(source=tmp_path)
    (tmp_path / "article.json").write_text('{"file": "gone.txt"}', encoding="utf-8")
    with pytest.raises(MissingDataError, match="gone.txt not found"):
        article(source=tmp_path)


def test_installed_package_without_data_fails_in_one_line(tmp_path):
    code = ("import mnjp\ntry:\n    mnjp.load('visits')\nexcept FileNotFoundError as err:\n    "
            "print(type(err).__name__, err)\n")
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-c", code], capture_output=True, text=True,
                            env={**os.environ, "MNJP_ROOT": str(tmp_path)}, cwd=tmp_path)
    assert result.stdout.startswith("MissingDataError the clean data package is missing"), result.stdout + result.stderr
    assert result.stdout.count("\n") == 1


# --- Nothing left behind: the atomic folder swap --------------------------------------------

@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_make_data_counts_records_and_leaves_normal_permissions_and_no_debris(scratch_root, umask_022, mnjp):
    (scratch_root / "data" / ".clean-k2j4h1x9").mkdir()  # left by the earlier swap
    result = mnjp(scratch_root, "data")
    assert result.returncode == 0, result.stderr
    clean = scratch_root / "data" / "clean"
    for name in ("aid", "visits", "audit"):
        with (clean / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            records = len(list(csv.DictReader(handle)))
        assert re.search(rf"^  {name} +{records} rows$", result.stdout, re.M), result.stdout
    assert oct(clean.stat().st_mode & 0o777) == "0o755"
    assert {oct(p.stat().st_mode & 0o777) for p in clean.iterdir()} == {"0o644"}
    assert [p.name for p in (scratch_root / "data").iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("fault", [RuntimeError, KeyboardInterrupt], ids=["failure", "interrupt"])
def test_failed_swap_keeps_the_target_and_removes_the_scratch(tmp_path, umask_022, fault):
    target = tmp_path / "clean"
    target.mkdir()
    (target / "a.csv").write_text("old\n")
    with pytest.raises(fault), atomic.scratch_beside(target) as new:
        (new / "a.csv").write_text("new\n")
        raise fault("stopped while writing")
    assert (target / "a.csv").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean"]


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two renames"])
def test_replace_dir_swaps_whole_folders(tmp_path, umask_022, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(atomic, "_renameat2", None)
    target = tmp_path / "clean"
    for content in ("first\n", "second\n"):
        with atomic.scratch_beside(target) as new:
            assert oct(new.stat().st_mode & 0o777) == "0o755"
            (new / "a.csv").write_text(content)
            atomic.replace_dir(new, target)
        assert (target / "a.csv").read_text() == content
        assert sorted(p.name for p in tmp_path.iterdir()) == ["clean"]


def _dead_pid():
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_leftovers_of_a_killed_run_are_removed_or_restored(tmp_path):
    target = tmp_path / "clean"
    (tmp_path / f".clean.new-{_dead_pid()}-0a0a").mkdir()  # killed while writing
    old = tmp_path / f".clean.old-{_dead_pid()}-0b0b"  # killed between the two renames: target missing
    old.mkdir()
    (old / "a.csv").write_text("last good\n")
    live = tmp_path / f".clean.new-{os.getppid()}-0c0c"  # a run still going: left alone
    live.mkdir()
    atomic.tidy(target)
    assert (target / "a.csv").read_text() == "last good\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".clean.new-{os.getppid()}-0c0c", "clean"]


@pytest.mark.skipif(atomic._renameat2 is None, reason="renameat2 is not available here")
def test_target_never_missing_while_swapped(tmp_path):
    import threading

    target, missing, done = tmp_path / "clean", [], threading.Event()
    target.mkdir()

    def watch():
        while not done.is_set():
            if not target.is_dir():  # the path itself; a reader inside the old folder may see it emptied
                missing.append(1)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for number in range(200):
            with atomic.scratch_beside(target) as new:
                (new / "a.csv").write_text(f"{number}\n")
                atomic.replace_dir(new, target)
    finally:
        done.set()
        watcher.join()
    assert missing == [] and (target / "a.csv").read_text() == "199\n"
