"""Where the project's files live. Everything is relative to the repository root."""
from __future__ import annotations

import os
from pathlib import Path

# src/mnjp/paths.py -> repository root; MNJP_ROOT lets tests point at a scratch copy.
ROOT = Path(os.environ.get("MNJP_ROOT", Path(__file__).resolve().parents[2]))
DATA = ROOT / "data"
SOURCE = DATA / "source"
EXTRACTED = DATA / "extracted"
CLEAN = DATA / "clean"
EXTERNAL = DATA / "external"
NOTEBOOKS = ROOT / "notebooks"
BUILD = ROOT / "build"


def rel(path: Path) -> str:
    """A path as users see it in messages: relative to the repository root."""
    try:
        return str(Path(path).resolve().relative_to(ROOT.resolve()))
    except ValueError:
        return str(path)
