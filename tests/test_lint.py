"""ruff (style and likely bugs) passes on the package, the tools, the tests and the notebooks,
and mypy (types) on the package, both as configured in pyproject.toml and run with the venv's
own executables. A failure shows their findings."""
import subprocess

from conftest import ROOT

BIN = ROOT / ".venv" / "bin"
LINTED = ["src", "tools", "tests", "notebooks"]


def ruff(*args, cwd=ROOT):
    return subprocess.run([str(BIN / "ruff"), "check", "--no-cache", *args], cwd=cwd, capture_output=True, text=True)


def test_ruff_passes_on_the_package_the_tools_the_tests_and_the_notebooks():
    result = ruff(*LINTED)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_ruff_reads_the_notebooks():
    listed = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "--show-files", *LINTED], cwd=ROOT,
                            capture_output=True, text=True).stdout
    notebooks = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    assert notebooks and all(f"notebooks/{name}" in listed for name in notebooks), listed[-2000:]


def test_ruff_fails_on_a_bad_file_and_names_it(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\n\ndef f(l):\n    return undefined_name + " + "1 + " * 40 + "1\n", encoding="utf-8")
    result = ruff("--config", str(ROOT / "pyproject.toml"), str(bad), cwd=tmp_path)
    assert result.returncode == 1, result.stdout
    for code in ("F401", "F821", "E741", "E501"):  # unused import, undefined name, ambiguous name, long line
        assert f"{code} " in result.stdout, (code, result.stdout)
    assert "bad.py" in result.stdout


def test_mypy_passes_on_the_package(tmp_path):
    # its cache in a temporary folder: the tests write nothing into the checkout
    result = subprocess.run([str(BIN / "mypy"), "--cache-dir", str(tmp_path / "cache"),
                             "--config-file", str(ROOT / "pyproject.toml")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "Success: no issues found" in result.stdout


def test_mypy_fails_on_a_type_error(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def half(x: int) -> int:\n    return x / 2\n", encoding="utf-8")
    result = subprocess.run([str(BIN / "mypy"), "--cache-dir", str(tmp_path / "cache"),
                             "--config-file", str(ROOT / "pyproject.toml"), str(bad)],
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1, result.stdout
    assert "bad.py:2: error" in result.stdout and "[return-value]" in result.stdout
