import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from mnjp.params import LANGS

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = tuple(LANGS)
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
    config._mnjp_checkout = checkout_files()


def pytest_sessionfinish(session, exitstatus):
    """Tests build in temporary folders only: a file the run added to or removed from the
    checkout, or changed in its build/ or _build/, fails the run."""
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


@pytest.fixture(scope="session")
def project(tmp_path_factory) -> Path:
    """A copy of the project with both editions built (with their PDFs), once per test run, in its own build/
    and _build/ (never the checkout's). Notebook and browser tests share it."""
    root = copy_project(tmp_path_factory.mktemp("project"))
    result = run_mnjp(root, "report", "--langs", " ".join(EDITIONS), "--pdf")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (root / "build" / "logs" / "console.txt").write_text(result.stdout + result.stderr, encoding="utf-8")
    return root


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
