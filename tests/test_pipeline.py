"""The build pipeline: what makes it rebuild, what it reuses, and how it fails.

Every test works on a copy of the project (inputs, or inputs and the shared build),
never on the checkout's build/ or _build/."""
import hashlib
import json
import logging
import signal
import socket
import subprocess
import sys
import time

import nbformat
import pytest
from conftest import EDITIONS, TWO, copy_project, follow_ups, once, point_at, run_folder, run_mnjp
from filelock import FileLock

from mnjp import bounds, runner, uptodate

ALL = " ".join(EDITIONS)  # --langs: every edition
TRIGGERS = {
    "a notebook": "notebooks/visits.ipynb",
    "a data row": "data/extracted/visits.csv",
    "package code": "src/mnjp/labels.py",
    "uv.lock": "uv.lock",
    "_config.yml": "_config.yml",
    "_toc.yml": "_toc.yml",
    "a book page": "book/method.mn.md",
    "the CSS": "book/_static/mnjp.css",
    "the JS": "book/_static/edition-switch.js",
}


def tree(folder):
    """{relative path: digest} of every file under folder."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_every_kind_of_input_invalidates_the_published_report(tmp_path, monkeypatch, trigger):
    root = copy_project(tmp_path)
    point_at(monkeypatch, root)
    request = {"langs": list(EDITIONS), "params": {}}
    before = uptodate.inputs_digest(request)
    assert uptodate.inputs_digest(request) == before
    with open(root / TRIGGERS[trigger], "a", encoding="utf-8") as handle:
        handle.write("\n")
    assert uptodate.inputs_digest(request) != before


def test_a_parameter_or_an_edition_invalidates_the_published_report(tmp_path, monkeypatch):
    point_at(monkeypatch, copy_project(tmp_path))
    base = uptodate.inputs_digest({"langs": list(EDITIONS), "params": {}})
    assert uptodate.inputs_digest({"langs": list(EDITIONS), "params": {"currency": "USD"}}) != base
    assert uptodate.inputs_digest({"langs": ["en"], "params": {}}) != base


@pytest.fixture
def built_copy(project, tmp_path):
    """A copy of the shared build (inputs, runs, stages, published report) to change freely."""
    return copy_project(tmp_path / "project", project, built=True)


@pytest.fixture
def relocated(project, pytestconfig):
    """A copy of the shared build, built once more where it now is (once per test run): Sphinx
    reads every page of a book that moved, so incremental builds can be watched only after that.
    The tests that use it take turns, whichever worker runs them, in any order: one that counts
    what a build reads first builds what an earlier one left changed."""
    result, root = once(pytestconfig, *follow_ups(pytestconfig)["relocated"])
    assert result["returncode"] == 0, result["output"]
    with FileLock(root.parent / "relocated.in-use.lock"):
        yield root


def test_a_run_is_reused_exactly_while_nothing_it_depends_on_changed(built_copy, monkeypatch):
    point_at(monkeypatch, built_copy)
    p = bounds.validate(lang="en")
    names = runner.notebook_names()
    folders = {name: built_copy / "build" / "runs" / runner.edition_slug(p) / name for name in names}

    def current():
        return {name for name in names if runner.is_current(folders[name], runner.run_key(name, p))}

    assert current() == set(names)
    reads = {name: json.loads((folders[name] / runner.RECORD).read_text())["reads"] for name in names}
    # A data row: only the runs that read that table.
    table = built_copy / "data" / "clean" / "trade.csv"
    original = table.read_bytes()
    table.write_bytes(original + b"\n")
    readers = {name for name in names if "read data/clean/trade.csv" in reads[name]}
    assert readers and readers != set(names), readers
    assert current() == set(names) - readers
    table.write_bytes(original)
    assert current() == set(names)
    # A new file in a folder the runs list.
    (built_copy / "data" / "clean" / "extra.csv").write_text("a\n1\n")
    assert current() == {name for name in names if "list data/clean" not in reads[name]}
    (built_copy / "data" / "clean" / "extra.csv").unlink()
    # A notebook: only that one.
    notebook = built_copy / "notebooks" / "visits.ipynb"
    notebook.write_text(notebook.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert current() == set(names) - {"visits"}
    # Package code, uv.lock: all of them.
    (built_copy / "src" / "mnjp" / "labels.py").write_text("# changed\n", encoding="utf-8")
    assert current() == set()
    # A parameter: another run.
    assert not runner.is_current(folders["aid"], runner.run_key("aid", bounds.validate(lang="en", currency="USD")))


def test_uv_lock_reruns_every_notebook(built_copy, monkeypatch):
    point_at(monkeypatch, built_copy)
    p = bounds.validate(lang="mn")
    folder = built_copy / "build" / "runs" / runner.edition_slug(p) / "aid"
    assert runner.is_current(folder, runner.run_key("aid", p))
    with open(built_copy / "uv.lock", "a") as handle:
        handle.write("\n")
    assert not runner.is_current(folder, runner.run_key("aid", p))


def test_a_changed_word_catalog_reruns_the_notebooks(built_copy, monkeypatch):
    """Notebooks print the catalogs' words: a changed word must not be served from a cached run."""
    point_at(monkeypatch, built_copy)
    p = bounds.validate(lang="mn")
    folder = built_copy / "build" / "runs" / runner.edition_slug(p) / "aid"
    assert runner.is_current(folder, runner.run_key("aid", p))
    with open(
        built_copy / "src" / "mnjp" / "locale" / "mn" / "LC_MESSAGES" / "mnjp.po", "a", encoding="utf-8"
    ) as handle:
        handle.write("\n")
    assert not runner.is_current(folder, runner.run_key("aid", p))


def test_nothing_changed_executes_and_renders_nothing(built_copy, project_command):
    before = tree(built_copy / "_build" / "html")
    result = run_mnjp(built_copy, *project_command)  # as the shared build was made
    assert result.returncode == 0, result.stderr
    assert "up to date: nothing executed, nothing rendered" in result.stdout
    assert tree(built_copy / "_build" / "html") == before


def test_one_page_and_one_notebook_rebuild_only_what_depends_on_them(relocated):
    """A page's new words appear; a notebook's new value reaches the page that glues it from
    another page (the dependency the Sphinx extension notes); other pages are not read
    again and keep their bytes; the CSS is published again."""
    built_copy = relocated
    settled = run_mnjp(built_copy, "report", "--langs", TWO)  # what another test changed is built first
    assert settled.returncode == 0, settled.stdout + settled.stderr
    html = built_copy / "_build" / "html" / "en"
    before = tree(html)
    method = built_copy / "book" / "method.md"
    method.write_text(method.read_text(encoding="utf-8") + "\nA sentence added for the test.\n", encoding="utf-8")
    css = built_copy / "book" / "_static" / "mnjp.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n/* test */\n", encoding="utf-8")
    # A new value in aid's executed notebook, as a re-run with new data would give.
    run = built_copy / "build" / "runs" / runner.edition_slug(bounds.validate(lang="en")) / "aid" / "aid.ipynb"
    notebook = nbformat.read(run, as_version=4)
    old = runner.glued(run)["aid_total_text"]
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            record = output.get("metadata", {}).get("scrapbook", {})
            if record.get("name") == "aid_total_text":
                output["data"][record["mime_prefix"] + "text/plain"] = repr("TWELVE TEST YEN")
    nbformat.write(notebook, run)
    assert old in (html / "book" / "intro.html").read_text(encoding="utf-8")

    result = run_mnjp(built_copy, "report", "--langs", TWO, "-v")  # -v (make report V=1): the detail too
    assert result.returncode == 0, result.stdout + result.stderr
    assert "reading sources" in result.stdout and "[report] published" in result.stdout
    log = (built_copy / "build" / "logs" / "report.log").read_text(encoding="utf-8")
    read = {
        line.rsplit("] ", 1)[-1].strip()
        for line in log.splitlines()
        if line.startswith("reading sources...") and "] " in line
    }
    # rerun offers aid's executed notebook as a download: it is read again too
    assert read == {"book/method", "notebooks/aid", "book/intro", "notebooks/rerun"}, read
    after = tree(html)
    assert "A sentence added for the test." in (html / "book" / "method.html").read_text(encoding="utf-8")
    assert "TWELVE TEST YEN" in (html / "book" / "intro.html").read_text(encoding="utf-8")
    assert "/* test */" in (html / "_static" / "mnjp.css").read_text(encoding="utf-8")
    assert after["notebooks/visits.html"] == before["notebooks/visits.html"]
    assert after["book/method.html"] != before["book/method.html"]


def _hang(root):
    """A notebook whose second cell never ends (in the copy only)."""
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell('lang = "en"', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("import time\ntime.sleep(600)"),
    ])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, root / "notebooks" / "hang.ipynb")


def test_a_hung_cell_fails_naming_the_notebook_and_the_cell(tmp_path, monkeypatch, caplog):
    root = copy_project(tmp_path)
    _hang(root)
    point_at(monkeypatch, root)
    detail = []
    with pytest.raises(runner.RunError) as failure:
        runner.run_editions([bounds.validate()], ["hang"], out_root=root / "build" / "runs", log=lambda *_: None,
                            cell_timeout=2, detail=detail.append)
    message = str(failure.value)
    assert "notebooks/hang.ipynb" in message and "cell 2 ('import time')" in message
    assert "2 seconds" in message
    # papermill's own messages (here: parameters the notebook does not declare) go to the log, not the console
    assert [r.getMessage() for r in caplog.records if r.name.startswith("papermill")] == []
    assert "Passed unknown parameter" in "".join(detail)
    assert logging.getLogger("papermill").propagate  # as it was, once the run is over
    assert not (root / "build" / "scratch").exists()
    assert not (root / "build" / "runs" / runner.edition_slug(bounds.validate()) / "hang").exists()


def test_the_same_run_in_another_folder_gives_the_same_bytes(project, tmp_path):
    """An executed notebook, which the report offers as a download, carries no trace of where or
    when it ran: no folder of the machine, no random cell id."""
    again = runner.run(bounds.validate(), ["sources"], out_root=tmp_path, log=lambda *_: None)["sources"]
    shared = run_folder(project, "sources") / "sources.ipynb"
    assert (again / "sources.ipynb").read_bytes() == shared.read_bytes()
    assert str(project).encode() not in shared.read_bytes()


def _start(root, *args):
    env = {**__import__("os").environ, "MNJP_ROOT": str(root)}
    return subprocess.Popen([sys.executable, "-m", "mnjp", "report", *args], cwd=root, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(process, words, limit=120):
    lines = []
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if words in line:
            return lines
    raise AssertionError(f"{words!r} never printed: {''.join(lines)}")


def test_a_kernel_starting_as_the_build_ends_exits_without_a_traceback(tmp_path):
    """An interrupt closes the kernels' zygote; a kernel launcher that only then connects finds
    its socket gone (or refusing) and exits 1 in silence."""
    from mnjp import kernels

    gone = tmp_path / "zygote.sock"
    refusing = socket.socket(socket.AF_UNIX)
    refusing.bind(str(tmp_path / "refusing.sock"))  # bound, never listening: connections are refused
    for path in (gone, tmp_path / "refusing.sock"):
        result = subprocess.run([sys.executable, "-S", "-c", kernels.LAUNCHER, str(path), str(tmp_path / "k.json")],
                                capture_output=True, text=True, timeout=30)
        assert (result.returncode, result.stderr) == (1, ""), (path.name, result.stderr)
    refusing.close()


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_build_keeps_the_last_report_and_leaves_nothing(built_copy, how):
    _hang(built_copy)
    before = tree(built_copy / "_build" / "html")
    process = _start(built_copy, "--langs", "en")
    _wait_for(process, "[run] executing")
    time.sleep(1)
    process.send_signal(how)
    out, err = process.communicate(timeout=60)
    assert process.returncode != 0
    assert "Traceback" not in err and "interrupted" in err + out
    assert tree(built_copy / "_build" / "html") == before
    assert not (built_copy / "build" / "scratch").exists()
    assert not list((built_copy / "_build").glob("html.new-*"))


def test_a_killed_builds_leftovers_go_with_the_next_build(built_copy, project_command):
    stamp = built_copy / "build" / "report.json"
    published = stamp.read_bytes()
    _hang(built_copy)
    process = _start(built_copy, "--langs", "en")
    _wait_for(process, "[run] executing")
    time.sleep(3)  # the runs have begun
    process.kill()
    process.communicate(timeout=60)
    assert list((built_copy / "build" / "scratch").iterdir())  # what a kill leaves
    assert not stamp.exists()  # a build that began no longer vouches for the published report
    # The inputs are those of the published report again: with its record back, the next
    # build has nothing else to do, and still removes what the killed one left.
    (built_copy / "notebooks" / "hang.ipynb").unlink()
    stamp.write_bytes(published)
    result = run_mnjp(built_copy, *project_command)  # as the shared build was made
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout
    assert not (built_copy / "build" / "scratch").exists()


def test_two_builds_at_once_wait_for_each_other(relocated):
    built_copy = relocated
    page = built_copy / "book" / "intro.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nTwo builds at once.\n", encoding="utf-8")
    first = _start(built_copy, "--langs", "en")
    time.sleep(0.5)
    second = _start(built_copy, "--langs", "en")
    outputs = [p.communicate(timeout=300) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    text = "".join(out + err for out, err in outputs)
    assert "Traceback" not in text
    assert "another build is running" in text and "up to date: nothing executed" in text
    assert "Two builds at once." in (built_copy / "_build" / "html" / "en" / "book" / "intro.html").read_text(
        encoding="utf-8"
    )


def test_a_failed_edition_publishes_no_edition(relocated):
    built_copy = relocated
    before = tree(built_copy / "_build" / "html")
    page = built_copy / "book" / "method.mn.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n{ref}`no-such-label`\n", encoding="utf-8")
    english = built_copy / "book" / "method.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nNew English words.\n", encoding="utf-8")
    result = run_mnjp(built_copy, "report", "--langs", TWO)
    assert result.returncode == 2
    assert "book/method.mn.md:" in result.stderr and "no-such-label" in result.stderr
    assert "build/" not in result.stderr.split("no-such-label")[0] and "\x1b[" not in result.stderr
    assert "Traceback" not in result.stderr and "build/logs/report.log" in result.stdout
    assert tree(built_copy / "_build" / "html") == before
    page.write_text(page.read_text(encoding="utf-8").replace("\n{ref}`no-such-label`\n", ""), encoding="utf-8")


def test_published_folders_have_normal_permissions(editions, project):
    for folder in [*editions.values(), project / "build" / "runs"]:
        for path in [folder, *folder.rglob("*")][:200]:
            assert path.stat().st_mode & 0o044 == 0o044, path  # readable by group and others


def test_the_console_shows_one_line_per_step_and_no_kernel_noise(project, project_command):
    import re

    console = (project / "build" / "logs" / "console.txt").read_text(encoding="utf-8")
    lines = console.splitlines()
    runs, books = len(EDITIONS) * len(runner.notebook_names()), len(EDITIONS)
    printed = "--pdf" in project_command  # a PDF step for each edition only when asked for
    assert lines[-1].startswith("[report] published") and f"[run {runs}/{runs}]" in console
    assert f"[book {books}/{books}]" in console and (f"[pdf {books}/{books}]" in console) == printed
    assert all(line.startswith("[") for line in lines), console
    steps = [line for line in lines if re.match(r"\[\w+ \d+/\d+\]", line)]
    assert len(steps) == runs + (2 if printed else 1) * books, console
    assert all(re.search(r"\d\.\d s\b", line) for line in steps), console
    log = (project / "build" / "logs" / "report.log").read_text(encoding="utf-8")
    assert "TCP without encryption" not in log and "KeyboardInterrupt" not in log
