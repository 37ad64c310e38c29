"""The data package as others reuse it: described by a metadata file beside the data, and
shipped inside the wheel so that `mnjp.load` works wherever the package is installed."""
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import ROOT

import mnjp
from mnjp import dataset, load, tables
from mnjp.errors import DataError


def test_the_clean_writer_takes_units_and_descriptions_from_the_metadata_file(scratch_root):
    extracted = scratch_root / "data" / "extracted"
    meta = extracted / "metadata.yml"
    text = meta.read_text(encoding="utf-8")
    assert "number: footnote number" in text and "(same_as is set). Derived." in text
    meta.write_text(text.replace("number: footnote number", "number: the footnote's number")
                    .replace("(same_as is set). Derived.", "(same_as is set). Derived, as edited."), encoding="utf-8")
    package = json.loads(dataset.render_clean(folder=extracted)["datapackage.json"])
    fields = {(r["name"], f["name"]): f for r in package["resources"] for f in r["schema"]["fields"]}
    assert fields[("references", "number")]["unit"] == "the footnote's number"
    assert fields[("visits", "counted")]["description"].endswith("(same_as is set). Derived, as edited.")
    assert fields[("visits", "date")]["constraints"]["pattern"] == tables.DATE_PATTERN
    assert package["resources"][-1]["name"] == "audit"


def test_a_broken_metadata_file_is_one_line_naming_it(scratch_root):
    extracted = scratch_root / "data" / "extracted"
    (extracted / "metadata.yml").write_text("package: [\n  name: x\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"metadata.yml: not valid YAML at line \d+, column \d+"):
        tables.read_metadata(extracted)
    (extracted / "metadata.yml").write_text("package: {}\n", encoding="utf-8")
    with pytest.raises(DataError, match="metadata.yml: the section 'article' is missing"):
        tables.read_metadata(extracted)


def uv() -> str:
    """The uv that `make setup` uses (on PATH, or the one the Makefile installs)."""
    found = shutil.which("uv") or ROOT / ".venv-uv" / "bin" / "uv"
    assert Path(found).exists(), "uv not found: run `make setup`"
    return str(found)


def test_the_wheel_installed_outside_the_checkout_loads_its_tables(tmp_path):
    """Build the wheel, install it offline into a fresh virtual environment that does not see
    the checkout (its dependencies come from the project's environment through a .pth file:
    nothing is downloaded), then load a table from an unrelated folder."""
    wheels = tmp_path / "wheels"
    build = subprocess.run([sys.executable, "-c",
                            f"import hatchling.build as b; print(b.build_wheel({str(wheels)!r}))"],
                           cwd=ROOT, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-3000:]
    wheel = wheels / build.stdout.split()[-1]
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    install = subprocess.run([uv(), "pip", "install", "--offline", "--no-deps", "--python", str(python), str(wheel)],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-3000:]
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "project-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import json, sys\n"
        "import mnjp\n"
        "from mnjp import paths\n"
        "aid = mnjp.load('aid')\n"
        "print(json.dumps({'file': mnjp.__file__, 'root': str(paths.ROOT), 'path': sys.path,\n"
        "                  'ids': list(aid['id']), 'values': [float(v) for v in aid['value']],\n"
        "                  'dtype': str(aid['value'].dtype), 'tables': sorted(r['name'] for r in json.loads(\n"
        "                  (paths.CLEAN / 'datapackage.json').read_text(encoding='utf-8'))['resources']),\n"
        "                  'article_year': mnjp.article_metadata()['year']}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("MNJP_ROOT", "PYTHONPATH")}
    result = subprocess.run([str(python), "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    got = json.loads(result.stdout)
    assert Path(got["file"]).is_relative_to(venv), got["file"]
    assert Path(got["root"]).is_relative_to(venv), got["root"]
    assert str(ROOT / "src") not in got["path"]
    here = load("aid")
    assert got["ids"] == list(here["id"]) and got["values"] == [float(v) for v in here["value"]]
    assert got["dtype"] == "float64"
    assert "audit" in got["tables"] and "visits" in got["tables"]
    assert got["article_year"] == mnjp.article_metadata()["year"]
