import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = ("en", "mn", "ja")
# What a build reads: a copy of these is a project that builds on its own.
PROJECT = ("data", "notebooks", "book", "src", "_config.yml", "_toc.yml", "uv.lock", "pyproject.toml", "LICENSE-DATA.md", "CITATION.cff")


def pytest_configure(config):
    """Temporary folders of this run in a folder of its own: pytest removes all but the three
    newest runs' folders of a user, so runs of other checkouts would delete ours midway."""
    if not config.option.basetemp:
        config.option.basetemp = tempfile.mkdtemp(prefix="mnjp-tests-")
        config._mnjp_basetemp = config.option.basetemp


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
    """`python -m mnjp ...` against another project root (what `make data` runs)."""
    env = {**os.environ, "MNJP_ROOT": str(root)}
    return subprocess.run([sys.executable, "-m", "mnjp", *args], capture_output=True, text=True, env=env, cwd=root, **kwargs)


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
    """A copy of the project with every edition built (with their PDFs), once per test run, in its own build/
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

    slug = runner.edition_slug(params.Params(lang, currency, **{k: v for k, v in params.DEFAULTS.items() if k not in ("lang", "currency")}))
    return project / "build" / "runs" / slug / name
