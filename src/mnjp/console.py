"""What a build says: one line per step on the console; every detail (Sphinx's output,
kernels' messages) in the log file, and on the console too when asked for (-v)."""
from __future__ import annotations

import io
import re
import sys
from pathlib import Path
from typing import TextIO

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class Console:
    """One line per step on the console; everything in the log file (and on the console with -v)."""

    def __init__(self, verbose: bool = False, log_path: Path | None = None, quiet: bool = False):
        self.verbose, self.quiet, self.path = verbose, quiet, log_path
        self.file: TextIO | None = None

    def open(self) -> None:
        """Start the log file (once this build holds the lock: it must not clobber another's)."""
        if self.path is None:
            raise ValueError("a console without a log file cannot open one")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text("", encoding="utf-8")
        # appending: the kernels' process writes into the same file
        self.file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 (open until close(): one file for the whole build)

    def __call__(self, line: str) -> None:
        if not self.quiet:
            print(line, flush=True)
        self._write(line + "\n")

    def detail(self, text: str) -> None:
        text = ANSI.sub("", text)
        self._write(text)
        if self.verbose and not self.quiet and sys.__stdout__ is not None:
            sys.__stdout__.write(text)
            sys.__stdout__.flush()

    def _write(self, text: str) -> None:
        if self.file:
            self.file.write(text)
            self.file.flush()

    def close(self) -> None:
        if self.file:
            self.file.close()


class DetailStream(io.TextIOBase):
    def __init__(self, console: Console):
        self.console = console

    def write(self, text: str) -> int:
        self.console.detail(text)
        return len(text)

    def isatty(self) -> bool:  # no colour codes
        return False
