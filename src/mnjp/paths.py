"""Where the project's files live.

In a checkout (or an editable install) everything is relative to the repository root. An
installed wheel carries data/clean and data/source inside the package (pyproject.toml's
force-include), so there the root is the package folder and `load` finds its tables.
MNJP_ROOT points the package at another checkout (tests use scratch copies).
"""
from __future__ import annotations

import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parents[1]  # src/mnjp/ -> the repository, when this file is in one


def _root() -> Path:
    if os.environ.get("MNJP_ROOT"):
        return Path(os.environ["MNJP_ROOT"])
    if (CHECKOUT / "pyproject.toml").is_file() and HERE == CHECKOUT / "src" / "mnjp":
        return CHECKOUT
    return HERE  # installed: data/ is package data


ROOT = _root()
DATA = ROOT / "data"
SOURCE = DATA / "source"
EXTRACTED = DATA / "extracted"
CLEAN = DATA / "clean"
EXTERNAL = DATA / "external"
NOTEBOOKS = ROOT / "notebooks"
BUILD = ROOT / "build"
# Set in each notebook run's kernel (mnjp.kernels) to the run's folder: where its charts go.
CHARTS_ENV = "MNJP_CHARTS"


def rel(path: Path) -> str:
    """A path as users see it in messages: relative to the repository root."""
    try:
        return str(Path(path).resolve().relative_to(ROOT.resolve()))
    except ValueError:
        return str(path)
