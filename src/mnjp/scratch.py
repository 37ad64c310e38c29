"""Scratch folders for notebook runs, under build/scratch/: removed however a run ends, and
those of a killed process by the next run."""
from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

from . import paths


def scratch_root() -> Path:
    return paths.BUILD / "scratch"


def remove_leftovers(root: Path) -> None:
    """Scratch folders of processes that no longer exist (killed runs) go."""
    if not root.is_dir():
        return
    for folder in root.iterdir():
        pid = folder.name.split("-", 1)[0]
        if pid.isdigit():
            try:
                os.kill(int(pid), 0)
                continue
            except ProcessLookupError:
                pass
            except PermissionError:
                continue
        shutil.rmtree(folder, ignore_errors=True)
    with contextlib.suppress(OSError):  # a build is using it
        root.rmdir()


class Scratch:
    """A scratch folder for one call, under build/scratch/, removed however the call ends."""

    def __init__(self, root: Path | None = None):
        self.root = root or scratch_root()
        remove_leftovers(self.root)
        self.path = self.root / f"{os.getpid()}-{time.time_ns()}"
        self.path.mkdir(parents=True)

    def __enter__(self) -> Path:
        return self.path

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        with contextlib.suppress(OSError):  # another run is using it
            self.root.rmdir()
