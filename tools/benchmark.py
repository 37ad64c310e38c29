"""Time this project's build against plain Jupyter Book on the same content (not a test).

    make bench                      # or: .venv/bin/python tools/benchmark.py --repeat 3

Every row builds all editions (mnjp.params.LANGS) in a scratch copy of the project, never in the
checkout's build/ or _build/, and prints the median of --repeat runs:

  no-op           nothing changed since the last build
  one page        book/method.md changed (one sentence added)
  one notebook    a code cell of notebooks/visits.ipynb changed (a comment added)
  cold            no runs, no book, no cache
  fresh clone     `git clone` then `make report` (uv creating .venv included)

Plain Jupyter Book gets one folder per edition: the same _config.yml, _toc.yml, pages
and notebooks (the edition's language set in the parameters cell, the other
language's cells tagged remove-cell), built with `jupyter-book build`, one edition
after the other: `execute_notebooks: force` when cold, `cache` otherwise.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ["MNJP_ROOT"] = str(ROOT)
from mnjp.params import LANGS  # noqa: E402  (every edition the project has)

PROJECT = ("data", "notebooks", "book", "src", "_config.yml", "_toc.yml", "uv.lock", "pyproject.toml", "CITATION.cff",
           "LICENSE-DATA.md")
BIN = Path(sys.executable).parent


def copy_project(target: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints")
    for name in PROJECT:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, target / name, ignore=ignore)
        else:
            shutil.copy2(item, target / name)
    return target


def timed(command: list[str], cwd: Path, env: dict | None = None) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return seconds


# --- this project -----------------------------------------------------------------

def ours(root: Path) -> float:
    return timed([sys.executable, "-m", "mnjp", "report", "--langs", " ".join(LANGS)], root, {"MNJP_ROOT": str(root)})


# --- plain Jupyter Book -------------------------------------------------------------

def plain_book(root: Path, lang: str, mode: str) -> Path:
    """A Jupyter Book folder for one edition with the project's pages and source notebooks."""
    import nbformat
    import yaml

    from mnjp import release, stage

    folder = root / lang
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    config = yaml.safe_load(stage.edition_config(lang))
    config["sphinx"]["config"]["extensions"].remove(stage.EXTENSION)
    config["execute"] = {"execute_notebooks": mode, "timeout": 300}
    (folder / "_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (folder / "_toc.yml").write_text(stage.edition_toc(lang), encoding="utf-8")
    for rel, source in stage.book_pages(lang).items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, folder / rel)
    (folder / "notebooks").mkdir()
    release.write_downloads(folder / "notebooks")  # the data package and workbook the pages link
    for source in sorted((ROOT / "notebooks").glob("*.ipynb")):
        notebook = nbformat.read(source, as_version=4)
        for cell in notebook.cells:
            tags = cell.metadata.setdefault("tags", [])
            if "parameters" in tags:
                cell.source = cell.source.replace('lang = "en"', f'lang = "{lang}"')
                tags.append("remove-cell")
            if any(t.startswith("lang-") and t != f"lang-{lang}" for t in tags):
                tags.append("remove-cell")
        nbformat.write(notebook, folder / "notebooks" / source.name)
    return folder


def plain(root: Path) -> float:
    return sum(timed([str(BIN / "jupyter-book"), "build", str(root / lang), "--builder", "html"], root,
                     {"MNJP_ROOT": str(ROOT)}) for lang in LANGS)


def set_mode(root: Path, mode: str) -> None:
    for lang in LANGS:
        config = root / lang / "_config.yml"
        text = config.read_text(encoding="utf-8")
        for old in ("force", "cache"):
            text = text.replace(f"execute_notebooks: {old}", f"execute_notebooks: {mode}")
        config.write_text(text, encoding="utf-8")


# --- changes ------------------------------------------------------------------------

def change_page(folder: Path, n: int) -> None:
    page = folder / "book" / "method.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\nA sentence added for timing ({n}).\n", encoding="utf-8")


def change_notebook(path: Path, n: int) -> None:
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    cell = next(c for c in notebook.cells if c.cell_type == "code" and "parameters" not in c.metadata.get("tags", []))
    cell.source += f"\n# changed for timing ({n})"
    nbformat.write(notebook, path)


# --- the rows -------------------------------------------------------------------------

def measure(repeat: int, scratch: Path) -> dict[str, tuple[list[float], list[float]]]:
    rows: dict[str, tuple[list[float], list[float]]] = {}
    cold_ours, cold_plain = [], []
    for n in range(repeat):
        project = copy_project(scratch / f"ours-{n}")
        cold_ours.append(ours(project))
        book = scratch / f"plain-{n}"
        for lang in LANGS:
            plain_book(book, lang, "force")
        cold_plain.append(plain(book))
        print(f"  cold run {n + 1}: ours {cold_ours[-1]:.1f} s, plain {cold_plain[-1]:.1f} s", flush=True)
    project, book = scratch / "ours-0", scratch / "plain-0"
    set_mode(book, "cache")
    plain(book)  # fills the cache (cold builds with force do not)
    rows["cold (no runs, no book)"] = (cold_ours, cold_plain)
    rows["no-op (nothing changed)"] = ([ours(project) for _ in range(repeat)], [plain(book) for _ in range(repeat)])
    page = ([], [])
    notebook = ([], [])
    for n in range(repeat):
        change_page(project, n)
        page[0].append(ours(project))
        change_page(book / "en", n)
        page[1].append(plain(book))
        change_notebook(project / "notebooks" / "visits.ipynb", n)
        notebook[0].append(ours(project))
        for lang in LANGS:
            change_notebook(book / lang / "notebooks" / "visits.ipynb", n)
        notebook[1].append(plain(book))
    rows["one page changed"] = page
    rows["one notebook changed"] = notebook
    clones = []
    branch = subprocess.run(["git", "rev-parse", "--abbrev-ref", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    path = os.pathsep.join([str(ROOT / ".venv-uv" / "bin"), os.environ.get("PATH", "")])
    for n in range(repeat):
        clone = scratch / f"clone-{n}"
        subprocess.run(["git", "clone", "--quiet", "--branch", branch, str(ROOT), str(clone)], check=True)
        env = {"PATH": path, "MNJP_ROOT": str(clone), "VIRTUAL_ENV": ""}
        clones.append(timed(["make", "report"], clone, env))
    rows["fresh clone, uv included"] = (clones, [])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    print(f"editions {' + '.join(LANGS)}, {os.cpu_count()} cores, commit {commit}, median of {args.repeat} runs",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="mnjp-bench-") as scratch:
        rows = measure(args.repeat, Path(scratch))
    print()
    print("| what (all editions) | this project | plain Jupyter Book | speed-up |")
    print("|---|---|---|---|")
    for label, (mine, theirs) in rows.items():
        a = statistics.median(mine)
        b = statistics.median(theirs) if theirs else None
        print(f"| {label} | {a:.2f} s | {f'{b:.2f} s' if b else '—'} | {f'{b / a:.1f}×' if b else '—'} |")
    print()
    for label, (mine, theirs) in rows.items():
        print(f"{label}: ours {', '.join(f'{v:.2f}' for v in mine)}"
              + (f"; plain {', '.join(f'{v:.2f}' for v in theirs)}" if theirs else ""))


if __name__ == "__main__":
    main()
