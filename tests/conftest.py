import contextlib
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from filelock import FileLock, Timeout

from mnjp.params import LANGS

# As `python -m mnjp` does (src/mnjp/__main__.py): jsonschema's "iri" format check compiles 38
# grammars when imported, about a second in every test worker, and no test checks that format.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = tuple(LANGS)
TWO = "en mn"  # the smallest report of more than one edition, for the rebuilds the tests watch
# What a build reads: a copy of these is a project that builds on its own.
PROJECT = ("data", "notebooks", "book", "src", "_config.yml", "_toc.yml", "uv.lock", "pyproject.toml",
           "LICENSE-DATA.md", "CITATION.cff")


CACHES = {".git", ".venv", ".venv-uv", "__pycache__", ".pytest_cache", ".ipynb_checkpoints"}


def checkout_files() -> dict[str, tuple[int, int]]:
    """{path: (size, modification time)} of every file of the checkout but caches and the venv."""
    found = {}
    for top, dirs, names in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in CACHES]
        for name in names:
            try:
                stat = os.stat(os.path.join(top, name))
            except FileNotFoundError:
                continue
            found[os.path.relpath(os.path.join(top, name), ROOT)] = (stat.st_size, stat.st_mtime_ns)
    return found


def pytest_configure(config):
    """Temporary folders of this run in a folder of its own: pytest removes all but the three
    newest runs' folders of a user, so runs of other checkouts would delete ours midway."""
    if not config.option.basetemp:
        config.option.basetemp = tempfile.mkdtemp(prefix="mnjp-tests-")
        config._mnjp_basetemp = config.option.basetemp
    if not hasattr(config, "workerinput"):
        config._mnjp_checkout = checkout_files()


def pytest_sessionfinish(session, exitstatus):
    """Tests build in temporary folders only: a file the run added to or removed from the
    checkout, or changed in its build/ or _build/, fails the run."""
    builder = getattr(session.config, "_mnjp_builder", None)
    if builder:
        builder.join()  # a worker leaves no half-made shared build behind for the others
    if hasattr(session.config, "workerinput"):
        return  # the controlling process checks once, after every worker has finished
    before = getattr(session.config, "_mnjp_checkout", None)
    if before is None:
        return
    after = checkout_files()
    outputs = ("build" + os.sep, "_build" + os.sep)  # an author may edit sources meanwhile
    touched = sorted(name for name in after.keys() ^ before.keys()) + sorted(
        name for name in after.keys() & before.keys() if name.startswith(outputs) and after[name] != before[name])
    if touched:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter:
            reporter.write_line("the tests wrote into the checkout: " + ", ".join(touched[:20]), red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_unconfigure(config):
    folder = getattr(config, "_mnjp_basetemp", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def scratch_root(tmp_path):
    """A copy of the project's data/ in a scratch folder, for runs that may break it."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path


def run_mnjp(root: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    """`python -m mnjp ...` in a new process against another project root (what `make data` runs).
    For what only a real process shows: the exit code and output of the command itself, signals."""
    env = {**os.environ, "MNJP_ROOT": str(root)}
    return subprocess.run([sys.executable, "-m", "mnjp", *args], capture_output=True, text=True,
                          env=env, cwd=root, **kwargs)


def point_at(monkeypatch, root: Path) -> None:
    """Make the package in this process look at another project root, as MNJP_ROOT does for a
    new process (the folders, the files derived from them, and the cached reference series)."""
    from mnjp import build, lock, money, paths, pdf, uptodate

    for name, value in {"ROOT": root, "DATA": root / "data", "SOURCE": root / "data" / "source",
                        "EXTRACTED": root / "data" / "extracted", "CLEAN": root / "data" / "clean",
                        "EXTERNAL": root / "data" / "external", "NOTEBOOKS": root / "notebooks",
                        "BUILD": root / "build"}.items():
        monkeypatch.setattr(paths, name, value)
    for module, name, value in [(uptodate, "STAMP", root / "build" / "report.json"),
                                (uptodate, "HTML", root / "_build" / "html"), (build, "HTML", root / "_build" / "html"),
                                (build, "LOG", root / "build" / "logs" / "report.log"),
                                (build, "DATA_STAMP", root / "build" / "data.json"),
                                (lock, "LOCK", root / "build" / "build.lock"), (pdf, "PDF", root / "_build" / "pdf")]:
        monkeypatch.setattr(module, name, value)
    for cached in (money.jpy_per_usd_annual, money.jpy_per_usd_monthly, money.cpi_annual):
        cached.cache_clear()


@pytest.fixture
def mnjp(monkeypatch, capsys):
    """`python -m mnjp ...` called in this process against another project root: the same
    command line, exit code and output as `run_mnjp`, without starting an interpreter."""
    from mnjp import money
    from mnjp.__main__ import main

    def call(root: Path, *args: str) -> subprocess.CompletedProcess:
        point_at(monkeypatch, root)
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as stop:  # argparse refusing the command line
            code = stop.code
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(["mnjp", *args], code, out, err)

    yield call
    for cached in (money.jpy_per_usd_annual, money.jpy_per_usd_monthly, money.cpi_annual):
        cached.cache_clear()  # nothing read from a scratch copy outlives the test


def copy_project(target: Path, source: Path = ROOT, built: bool = False) -> Path:
    """A copy of the project's inputs (and, if `built`, of its build/ and _build/) at `target`."""
    ignore = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "*.lock", "scratch")
    for name in PROJECT + (("build", "_build") if built else ()):
        item = source / name
        if item.is_dir():
            shutil.copytree(item, target / name, ignore=ignore, symlinks=True)
        elif item.exists():
            shutil.copy2(item, target / name)
    return target


def shared_folder(config) -> Path:
    """The run's own temporary folder, which every worker of a parallel run (pytest-xdist) sees."""
    base = config._tmp_path_factory.getbasetemp()
    return base.parent if hasattr(config, "workerinput") else base


def once(config, name: str, make, meanwhile=()):
    """`make(folder)` done by one process of the test run, the others waiting for it: its
    JSON-able result, and the folder it filled (under the run's shared temporary folder).
    `meanwhile`: other (name, make) jobs of the same kind; while another process is making
    `name`, this one makes one of those that nobody has begun, rather than wait idle."""
    base = shared_folder(config)
    for other, make_other in meanwhile:
        if _make_once(base, name, make, wait=False):
            break
        # nothing is kept of a failed job: the test that needs it makes it again, and fails itself
        with contextlib.suppress(Exception):
            _make_once(base, other, make_other, wait=False)
    _make_once(base, name, make, wait=True)
    return json.loads((base / f"{name}.json").read_text(encoding="utf-8")), base / name


def _make_once(base: Path, name: str, make, wait: bool) -> bool:
    """Make `name` unless it is made; False if another process holds it and `wait` is off."""
    folder, done = base / name, base / f"{name}.json"
    try:
        with FileLock(base / f"{name}.lock", timeout=-1 if wait else 0):
            if not done.exists():
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir(parents=True)
                done.write_text(json.dumps(make(folder)), encoding="utf-8")
    except Timeout:
        return False
    return True


def outcome(result: subprocess.CompletedProcess, **more) -> dict:
    """A finished command as a job's JSON-able result: its exit code and the end of its output."""
    return {"returncode": result.returncode, "output": result.stdout[-3000:] + result.stderr[-3000:], **more}


def build_every_edition(root: Path, pdf: bool) -> dict:
    """The report of every edition (with its PDFs if `pdf`), built in a copy of the project at
    `root`: the outcome, and the arguments of `python -m mnjp` it was built with."""
    copy_project(root)
    command = ["report", "--langs", " ".join(EDITIONS), *(["--pdf"] if pdf else [])]
    result = run_mnjp(root, *command)
    if result.returncode == 0:
        (root / "build" / "logs" / "console.txt").write_text(result.stdout + result.stderr, encoding="utf-8")
    return outcome(result, command=command)


def runs_slow_tests(config) -> bool:
    """Whether the run includes slow tests, which alone read the PDFs and all the US-dollar runs:
    decided at the start of a run of the whole suite, else when its tests are collected."""
    return config._mnjp_slow


def shared_build(config) -> tuple[dict, Path]:
    """The shared build (made once per test run): with the PDFs only when the run includes the
    slow tests, which alone read them (the PDFs are about a third of its work)."""
    return once(config, "project", functools.partial(build_every_edition, pdf=runs_slow_tests(config)))


# Fixtures behind the longest chains of work that follow the shared build, longest first.
LONG = ("relocated", "seen", "runs")


# Fixtures whose work goes beyond the shared build: a test that reads one is slow (`make test`
# leaves it out; `make test all=1` and CI run it). The browser sweeps: every page of every
# edition at both widths in Chromium, axe-core on each; the PDFs, which the shared build prints
# only for a run that includes these tests. (The US-dollar runs are a slow parameter of the
# notebook tests: tests/test_notebooks.py.)
SLOW_FIXTURES = {"seen", "pdfs"}


@pytest.hookimpl(tryfirst=True)  # before `-m "not slow"` leaves out what is marked
def pytest_collection_modifyitems(config, items):
    """Mark slow the tests that read a slow fixture. Then: the tests that need the shared build go
    last, so that the others run while it builds; among them, the longest chains first, so that
    no worker is left alone with one at the end."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)

    def order(item):
        needs = getattr(item, "fixturenames", ())
        return "project" in needs, next((n for n, name in enumerate(LONG) if name in needs), len(LONG))

    items.sort(key=order)


DOLLAR_RUNS = """
import json, sys
from pathlib import Path
from mnjp import bounds, runner
out, langs, names = Path(sys.argv[1]), sys.argv[2].split(), sys.argv[3].split() or None
usd = [bounds.validate(lang=lang, currency="USD") for lang in langs]
made = runner.run_editions(usd, names, out_root=out, log=lambda *_: None)
print(json.dumps({slug: {name: str(path) for name, path in runs.items()} for slug, runs in made.items()}))
"""
# The US-dollar runs a run of the tests makes: for the slow tests, every notebook of the English
# and Mongolian editions (16 runs); without them, the two notebooks whose figures change with the
# currency, in English (2 runs), for the quick tests of those figures (tests/test_notebooks.py).
DOLLARS_FOR_SLOW_TESTS = ("en mn", "")
DOLLARS_FOR_QUICK_TESTS = ("en", "aid trade")


def run_in_dollars(folder: Path, langs: str, names: str) -> dict:
    """The notebooks `names` (all if empty) of the editions `langs` in US dollars, in one call (so
    with one warm kernel process): the outcome, and {edition slug: {notebook: folder of its run}}.
    In a process of its own: meanwhile, a test in this process may point the package at another project."""
    result = subprocess.run([sys.executable, "-c", DOLLAR_RUNS, str(folder / "runs"), langs, names],
                            capture_output=True, text=True, cwd=ROOT, env={**os.environ, "MNJP_ROOT": str(ROOT)})
    made = json.loads(result.stdout.splitlines()[-1]) if result.returncode == 0 else {}
    return outcome(result, made=made)


def build_moved(project: Path, root: Path) -> dict:
    """A copy of the shared build at `root`, built once more where it now is (two editions):
    Sphinx reads every page of a book that moved, so incremental builds can be watched only after."""
    copy_project(root, project, built=True)
    (root / "build" / "report.json").unlink()
    result = run_mnjp(root, "report", "--langs", TWO)
    return outcome(result)


def follow_ups(config) -> dict:
    """{fixture: (name, make)}: the jobs made once per run after the shared build, for the tests
    that use that fixture: the US-dollar runs and a moved copy of the shared build."""
    project = shared_folder(config) / "project"
    dollars = DOLLARS_FOR_SLOW_TESTS if runs_slow_tests(config) else DOLLARS_FOR_QUICK_TESTS
    return {"runs": ("usd-runs", functools.partial(run_in_dollars, langs=dollars[0], names=dollars[1])),
            "relocated": ("relocated", functools.partial(build_moved, project))}


def _build_in_background(config, fixtures: set[str]) -> None:
    # first the shared build alone: the browser sweeps, the longest work of a run, wait for it
    result, _ = shared_build(config)
    jobs = [job for fixture, job in follow_ups(config).items() if fixture in fixtures]
    if result["returncode"] != 0:
        return  # the tests report it
    # each worker's thread makes a job that no other has begun, then waits for the rest
    for name, make in jobs:
        once(config, name, make, meanwhile=[job for job in jobs if job[0] != name])


def start_shared_build(config, fixtures: set[str] = frozenset(("runs", "relocated"))) -> None:
    """Build the shared project in a background thread of this process (once per run), and
    then what the tests that use `fixtures` need of it."""
    if getattr(config, "_mnjp_builder", None) is None:
        # pytest makes the run's temporary folder on first use (removing any it finds): made here,
        # before the thread starts, or the thread and the first test would both make it
        config._tmp_path_factory.getbasetemp()
        config._mnjp_builder = threading.Thread(target=_build_in_background, args=(config, fixtures), daemon=True)
        config._mnjp_builder.start()


def pytest_sessionstart(session):
    """The whole suite, and all of it but the slow tests, need the shared build: start it before
    collecting, which takes a while.
    (The process that distributes tests to workers runs none itself.)"""
    config = session.config
    whole_suite = config.args_source == pytest.Config.ArgsSource.TESTPATHS and not (
        config.option.keyword or config.option.markexpr not in ("", "not slow") or config.option.collectonly)
    if whole_suite and not config.pluginmanager.has_plugin("dsession"):
        config._mnjp_slow = config.option.markexpr == ""  # all of it, or all but the slow tests
        start_shared_build(config)


def pytest_collection_finish(session):
    """Start the shared build in the background as soon as a selected test needs it."""
    if session.config.option.collectonly:
        return
    needs = [getattr(item, "fixturenames", ()) for item in session.items]
    if not hasattr(session.config, "_mnjp_slow"):  # not a whole suite, which started with it decided
        session.config._mnjp_slow = any(item.get_closest_marker("slow") for item in session.items)
    if any("project" in names for names in needs):
        start_shared_build(session.config, {name for names in needs for name in names})


@pytest.fixture(scope="session")
def project(pytestconfig) -> Path:
    """A copy of the project with every edition built (and their PDFs, see `shared_build`), once
    per test run, in its own build/ and _build/ (never the checkout's). Notebook, PDF, pipeline
    and browser tests share it; with several workers, one builds it and the others wait."""
    result, root = shared_build(pytestconfig)
    assert result["returncode"] == 0, result["output"]
    return root


@pytest.fixture(scope="session")
def project_command(pytestconfig, project) -> list[str]:
    """The arguments of `python -m mnjp` the shared build was made with."""
    return shared_build(pytestconfig)[0]["command"]


@pytest.fixture(scope="session")
def editions(project) -> dict[str, Path]:
    """{lang: folder of the built edition}."""
    return {lang: project / "_build" / "html" / lang for lang in EDITIONS}


def run_folder(project: Path, name: str, lang: str = "en", currency: str = "JPY") -> Path:
    """The folder of a notebook's run in the built project (default parameters otherwise)."""
    from mnjp import params, runner

    others = {k: v for k, v in params.DEFAULTS.items() if k not in ("lang", "currency")}
    slug = runner.edition_slug(params.Params(lang, currency, **others))
    return project / "build" / "runs" / slug / name
