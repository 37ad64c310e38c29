"""One staged edition rendered by Jupyter Book's Sphinx (strict and incremental), in this
process; its warnings name the file an author edits, not the staged copy."""
from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
from pathlib import Path

from . import stage
from .console import ANSI, Console, DetailStream


class BuildError(RuntimeError):
    """The book did not build cleanly."""


def _where(line: str, stage_dir: Path, lang: str) -> str:
    """A Sphinx warning with the staged path replaced by the file the author edits."""
    line = ANSI.sub("", line)
    prefix = str(stage_dir.resolve()) + os.sep

    def source(match: re.Match) -> str:
        return stage.source_of(match.group(1), lang)

    return re.sub(re.escape(prefix) + r"([^\s:]+)", source, line)


def sphinx_build(stage_dir: Path, lang: str, console: Console, builder: str = "html") -> Path:
    """Build one stage with Jupyter Book's Sphinx entry point (strict, incremental), in this
    process: what `jupyter-book build --builder BUILDER -W -n --keep-going` does, without
    starting an interpreter and importing Jupyter Book again. Return the output folder."""
    import sphinx.locale
    from jupyter_book.sphinx import build_sphinx

    sphinx.locale.translators.clear()  # another edition's interface language must not stay
    warnings = io.StringIO()
    out = DetailStream(console)
    output = stage_dir / stage.SPHINX_OUTPUT / builder
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(warnings):
        result = build_sphinx(
            str(stage_dir), str(output), noconfig=True,
            path_config=str(stage_dir / "_config.yml"),
            confoverrides={"external_toc_path": (stage_dir / "_toc.yml").as_posix(), "nitpicky": True,
                           "latex_individualpages": False},
            builder=builder, warningiserror=True, keep_going=True)
    lines = [_where(line, stage_dir, lang) for line in warnings.getvalue().splitlines() if line.strip()]
    console.detail("".join(line + "\n" for line in lines))
    if result != 0 or lines:
        # Sphinx would not warn again about pages it does not re-read: the next build starts afresh.
        shutil.rmtree(stage_dir / stage.SPHINX_OUTPUT, ignore_errors=True)
        shown = [line for line in lines if "WARNING" in line or "ERROR" in line] or lines or [repr(result)]
        what = "" if builder == "html" else f" ({builder})"
        raise BuildError(f"the {lang} edition{what} did not build cleanly:\n  " + "\n  ".join(shown[:20]))
    return output
