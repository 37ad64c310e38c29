"""A notebook run's files: the executed notebook prepared for the book, and a failure
traced back to the cell an author edits. (nbformat is imported when needed: the command
line and the up-to-date check import the runner.)"""
from __future__ import annotations

from pathlib import Path

from . import paths

HIDDEN_TAGS = ("parameters", "injected-parameters")


def prepare_for_book(path: Path, lang: str) -> None:
    """Tag remove-cell what the book must not show (papermill's parameter cells and the
    Markdown cells written for the other language, tagged lang-en / lang-mn), and drop
    execution times and the folders of the machine that ran it, so that the same inputs give
    the same bytes wherever they run."""
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
        tags = cell.metadata.setdefault("tags", [])
        if "injected-parameters" in tags:
            cell.id = "injected-parameters"  # papermill draws a random one
        other_language = any(t.startswith("lang-") and t != f"lang-{lang}" for t in tags)
        if (other_language or any(t in tags for t in HIDDEN_TAGS)) and "remove-cell" not in tags:
            tags.append("remove-cell")
    run = notebook.metadata.get("papermill", {})
    for key in ("start_time", "end_time", "duration", "exception", "output_path"):
        run.pop(key, None)
    if "input_path" in run:
        run["input_path"] = f"notebooks/{path.name}"
    nbformat.write(notebook, path)


def failed_cell(name: str, err: Exception) -> str:
    """'cell N' of the notebook an author edits (papermill's injected cell not counted)."""
    import nbformat

    source = getattr(err, "source", None)  # papermill's execution error carries the cell
    if source is None and "preview of the cell contents" in str(err):  # a time limit: nbclient's preview
        source = str(err).split("-------------------\n", 1)[-1].rsplit("\n-------------------", 1)[0]
    if source:
        cells = nbformat.read(paths.NOTEBOOKS / f"{name}.ipynb", as_version=4).cells
        for number, cell in enumerate(cells, 1):
            if cell.source.strip() and (cell.source.strip() == source.strip()
                                        or cell.source.strip().startswith(source.strip()[:80])):
                first = next((line for line in cell.source.splitlines() if line.strip()), "")
                return f"cell {number} ({first[:60]!r})"
    return "an unknown cell"


def error_text(err: Exception) -> str:
    """The exception a cell raised (its last line), or the time limit it broke."""
    text = str(err).strip()
    if type(err).__name__ == "CellTimeoutError":
        return text.splitlines()[0]
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("-")]
    return lines[-1] if lines else type(err).__name__
