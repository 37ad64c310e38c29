"""The package's imports only look down its layers (the contract in pyproject.toml,
checked by import-linter, function-level imports included)."""
import os
import shutil
import subprocess
import sys

from conftest import ROOT

LINT = ROOT / ".venv" / "bin" / "lint-imports"


def lint(src, cwd):
    """import-linter's verdict on the package found in `src`, under the project's contract."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run([str(LINT), "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
                          cwd=cwd, env=env, capture_output=True, text=True)


def test_the_package_keeps_its_layers():
    result = lint(ROOT / "src", ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "KEPT" in result.stdout and " 0 broken" in result.stdout


def test_an_import_that_looks_up_or_a_module_out_of_the_layers_breaks_the_contract(tmp_path):
    shutil.copytree(ROOT / "src" / "mnjp", tmp_path / "mnjp", ignore=shutil.ignore_patterns("__pycache__"))
    with (tmp_path / "mnjp" / "params.py").open("a", encoding="utf-8") as handle:
        handle.write("\n\ndef _bounds():\n    from .tables import load  # data, a layer above\n\n    return load\n")
    result = lint(tmp_path, tmp_path)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "BROKEN" in result.stdout and "mnjp.params -> mnjp.tables" in result.stdout

    original = (ROOT / "src" / "mnjp" / "params.py").read_text(encoding="utf-8")
    (tmp_path / "mnjp" / "params.py").write_text(original, encoding="utf-8")
    (tmp_path / "mnjp" / "unplaced.py").write_text("X = 1\n", encoding="utf-8")
    result = lint(tmp_path, tmp_path)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "mnjp.unplaced" in result.stdout


def _copy_with(tmp_path, module: str, code: str):
    """The package copied into tmp_path, with `code` appended to one module."""
    shutil.copytree(ROOT / "src" / "mnjp", tmp_path / "mnjp", ignore=shutil.ignore_patterns("__pycache__"))
    with (tmp_path / "mnjp" / f"{module}.py").open("a", encoding="utf-8") as handle:
        handle.write(code)
    return lint(tmp_path, tmp_path)


def test_a_cycle_hidden_in_a_function_breaks_the_contracts(tmp_path):
    # the edition's staging uses the downloads; a function-level import back from them is a cycle
    result = _copy_with(tmp_path, "release",
                        "\n\ndef _folder(lang):\n    from .stage import folder\n\n    return folder(lang)\n")
    assert result.returncode == 1, result.stdout[-3000:]
    assert "mnjp.release -> mnjp.stage" in result.stdout
    assert "No import cycles, inside the subpackages too BROKEN" in " ".join(result.stdout.split())
    assert ".release -> .stage" in result.stdout or ".stage -> .release" in result.stdout


def test_siblings_of_one_layer_are_independent(tmp_path):
    result = _copy_with(tmp_path, "aid", "\n\ndef _visits():\n    from . import visits\n\n    return visits\n")
    assert result.returncode == 1, result.stdout[-3000:]
    assert "mnjp.aid -> mnjp.visits" in result.stdout


def test_a_cycle_inside_a_subpackage_breaks_the_contract(tmp_path):
    shutil.copytree(ROOT / "src" / "mnjp", tmp_path / "mnjp", ignore=shutil.ignore_patterns("__pycache__"))
    tables = sorted(p.stem for p in (tmp_path / "mnjp" / "tables").glob("*.py") if p.stem != "__init__")
    schema, files = tmp_path / "mnjp" / "tables" / "schema.py", tmp_path / "mnjp" / "tables" / "files.py"
    assert {"schema", "files"} <= set(tables)
    schema.write_text(schema.read_text(encoding="utf-8") + "\n\ndef _f():\n    from . import files\n\n    return "
                                                           "files\n", encoding="utf-8")
    files.write_text(files.read_text(encoding="utf-8") + "\n\ndef _s():\n    from . import schema\n\n    return "
                                                         "schema\n", encoding="utf-8")
    result = lint(tmp_path, tmp_path)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "No cycles are allowed in mnjp.tables" in result.stdout


def test_checking_parameters_loads_no_data():
    code = (
        "import sys\n"
        "from mnjp import params\n"
        "p = params.validate(params.Bounds(years=(1972, 2017), cpi_years=(1913, 2024)), lang='mn', start_year='1990')\n"
        "assert (p.lang, p.start_year) == ('mn', 1990), p\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('mnjp.') or m == 'pandas')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = result.stdout.split()
    assert "mnjp.params" in loaded
    data = [m
            for m in loaded if m == "pandas" or m.split(".")[1] in ("tables", "external", "money",
                                                                    "bounds", "audit", "dataset")]
    assert data == [], f"checking parameters loaded {data}"
