import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def scratch_root(tmp_path):
    """A copy of the project's data/ in a scratch folder, for runs that may break it."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path


def run_mnjp(root: Path, *args: str) -> subprocess.CompletedProcess:
    """`python -m mnjp ...` against another project root (what `make data` runs)."""
    env = {**os.environ, "MNJP_ROOT": str(root)}
    return subprocess.run([sys.executable, "-m", "mnjp", *args], capture_output=True, text=True, env=env, cwd=root)
