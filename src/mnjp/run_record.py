"""When a notebook run can be reused: its key (the notebook, its parameters, the package
code and uv.lock) and the state of the data files it read, recorded beside the run."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from . import paths
from .params import Params

RECORD = ".run.json"  # in each run folder: what the run depended on


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def code_digest() -> str:
    """The package code and the locked environment: a change to either re-runs every notebook."""
    digest = hashlib.sha256()
    package = paths.ROOT / "src" / "mnjp"
    # the words are code too: a changed catalog must re-run the notebooks that print them
    files = sorted(package.rglob("*.py")) + sorted(package.rglob("*.po")) + [paths.ROOT / "uv.lock"]
    for file in files:
        if file.exists():
            digest.update(paths.rel(file).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def run_key(name: str, params: Params, code: str | None = None) -> str:
    """What a run depends on besides the data it reads."""
    digest = hashlib.sha256()
    digest.update(json.dumps(params.as_dict(), sort_keys=True).encode())
    digest.update((paths.NOTEBOOKS / f"{name}.ipynb").read_bytes())
    digest.update((code or code_digest()).encode())
    return digest.hexdigest()


def _data_state(entry: str) -> str:
    """The state of one recorded read: a file's digest, or the names a folder lists."""
    kind, rel = entry.split(" ", 1)
    path = paths.ROOT / rel
    if kind == "list":
        return _sha("\n".join(sorted(os.listdir(path))).encode()) if path.is_dir() else "missing"
    return _sha(path.read_bytes()) if path.is_file() else "missing"


def recorded_reads(reads: Path) -> dict[str, str]:
    """The kernel's log of reads as {'read data/clean/aid.csv': digest, ...}."""
    root = str(paths.ROOT.resolve()) + os.sep
    entries = set()
    if reads.exists():
        for line in reads.read_text(encoding="utf-8").splitlines():
            kind, path = line.split(" ", 1)
            if path.startswith(root):
                entries.add(f"{kind} {path[len(root):]}")
    # A folder a run looked into may gain or lose files, even ones the run only tested for.
    folders = {str(Path(e.split(" ", 1)[1]).parent) for e in entries if e.startswith("read ")}
    entries |= {f"list {folder}" for folder in folders}
    return {entry: _data_state(entry) for entry in sorted(entries)}


def is_current(folder: Path, key: str) -> bool:
    record = folder / RECORD
    if not record.exists():
        return False
    try:
        saved = json.loads(record.read_text(encoding="utf-8"))
        return saved["key"] == key and all(_data_state(e) == state for e, state in saved["reads"].items())
    except (ValueError, KeyError, OSError):
        return False
