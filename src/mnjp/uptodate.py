"""Is the published report up to date? Answered without importing anything heavy.

A digest of every input of the report (data, notebooks, book pages, package code,
configuration, uv.lock) and of the requested editions is recorded when a report
is published. If the digest of the inputs matches and the editions are in place,
there is nothing to execute and nothing to render.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from . import paths

STAMP = paths.BUILD / "report.json"
HTML = paths.ROOT / "_build" / "html"
INPUT_FOLDERS = ("data", "notebooks", "book", "src/mnjp")
INPUT_FILES = ("_config.yml", "_toc.yml", "uv.lock", "pyproject.toml", "LICENSE-DATA.md")
SKIP = {"__pycache__", ".ipynb_checkpoints"}


def input_files() -> list[Path]:
    files = [paths.ROOT / name for name in INPUT_FILES if (paths.ROOT / name).exists()]
    for folder in INPUT_FOLDERS:
        for top, dirs, names in os.walk(paths.ROOT / folder):
            dirs[:] = sorted(d for d in dirs if d not in SKIP)
            files += [Path(top, name) for name in names if not name.endswith(".pyc")]
    return sorted(files)


def inputs_digest(request: dict) -> str:
    """A digest of the request (editions, parameters) and of every input file's name and bytes."""
    digest = hashlib.sha256(json.dumps(request, sort_keys=True).encode())
    root = len(str(paths.ROOT)) + 1
    for file in input_files():
        digest.update(str(file)[root:].encode() + b"\0")
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def is_up_to_date(request: dict, langs: list[str]) -> bool:
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if any(not (HTML / lang / "index.html").is_file() for lang in langs):
        return False
    return stamp.get("digest") == inputs_digest(request)


def record(digest: str) -> None:
    """Remember the inputs of the report just published (written whole, then renamed)."""
    STAMP.parent.mkdir(parents=True, exist_ok=True)
    scratch = STAMP.with_name(f"{STAMP.name}.{os.getpid()}")
    scratch.write_text(json.dumps({"digest": digest}) + "\n", encoding="utf-8")
    os.replace(scratch, STAMP)


def forget() -> None:
    STAMP.unlink(missing_ok=True)
