"""Execute the notebooks with papermill, one folder per run, reusing unchanged runs.

A run is keyed by a hash of the notebook, its parameters, the data it can read
(data/clean, data/external) and the package code; when the key matches the last
run's, the run is reused. Each run executes in a scratch folder (its working
directory, where it saves figures and CSVs) that replaces the old one only on success.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import paths
from .params import Params

HIDDEN_TAGS = ("parameters", "injected-parameters")


class RunError(RuntimeError):
    """A notebook failed to execute."""


def notebook_names() -> list[str]:
    return sorted(p.stem for p in paths.NOTEBOOKS.glob("*.ipynb"))


def check_names(names: list[str] | None) -> list[str]:
    known = notebook_names()
    for name in names or []:
        if name not in known:
            from .params import ParameterError

            raise ParameterError("notebook", name, ", ".join(known))
    return list(names) if names else known


def edition_slug(params: Params) -> str:
    p = params
    return f"{p.lang}-{p.currency}-{p.price_basis}-{p.base_year}-{p.start_year}-{p.end_year}"


def _digest_files(digest, files) -> None:
    for file in sorted(files):
        digest.update(paths.rel(file).encode())
        digest.update(file.read_bytes())


def run_key(name: str, params: Params) -> str:
    digest = hashlib.sha256()
    digest.update(json.dumps(params.as_dict(), sort_keys=True).encode())
    _digest_files(digest, [paths.NOTEBOOKS / f"{name}.ipynb"])
    _digest_files(digest, [f for d in (paths.CLEAN, paths.EXTERNAL) for f in d.rglob("*") if f.is_file()])
    _digest_files(digest, (paths.ROOT / "src" / "mnjp").rglob("*.py"))
    return digest.hexdigest()


def _prepare_for_book(path: Path, lang: str) -> None:
    """Tag remove-cell what the book must not show: papermill's parameter cells and
    the Markdown cells written for the other language (tagged lang-en / lang-mn)."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        tags = cell.setdefault("metadata", {}).setdefault("tags", [])
        other_language = any(t.startswith("lang-") and t != f"lang-{lang}" for t in tags)
        if (other_language or any(t in tags for t in HIDDEN_TAGS)) and "remove-cell" not in tags:
            tags.append("remove-cell")
    path.write_text(json.dumps(notebook, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _execute(name: str, params: dict, scratch: str) -> float:
    import papermill

    start = time.perf_counter()
    papermill.execute_notebook(
        str(paths.NOTEBOOKS / f"{name}.ipynb"), str(Path(scratch) / f"{name}.ipynb"),
        parameters=params, cwd=scratch, kernel_name="python3", progress_bar=False,
    )
    return time.perf_counter() - start


def run(params: Params, names: list[str] | None = None, out_root: Path | None = None,
        workers: int = 2, log=print) -> dict[str, Path]:
    """Execute (or reuse) each notebook; return {name: folder of its run}."""
    names = check_names(names)
    out_root = (out_root or paths.BUILD / "runs") / edition_slug(params)
    out_root.mkdir(parents=True, exist_ok=True)
    folders, todo = {}, {}
    for name in names:
        folder, key = out_root / name, run_key(name, params)
        folders[name] = folder
        if (folder / ".key").exists() and (folder / ".key").read_text() == key:
            log(f"[run] {name}: unchanged, reused {paths.rel(folder)}")
        else:
            todo[name] = key
    if not todo:
        return folders
    log(f"[run] executing {len(todo)} notebook(s) with {params.as_dict()}")
    scratches = {name: Path(tempfile.mkdtemp(prefix=f".{name}-", dir=out_root)) for name in todo}
    failures = []
    with ProcessPoolExecutor(max_workers=min(workers, len(todo))) as pool:
        futures = {name: pool.submit(_execute, name, params.as_dict(), str(scratches[name])) for name in todo}
        for name, future in futures.items():
            try:
                seconds = future.result()
            except Exception as err:  # papermill raises PapermillExecutionError with the cell's traceback
                failures.append(f"{name}: {err}")
                log(f"[run] {name}: FAILED")
                shutil.rmtree(scratches[name], ignore_errors=True)
                continue
            scratch = scratches[name]
            _prepare_for_book(scratch / f"{name}.ipynb", params.lang)
            (scratch / ".key").write_text(todo[name])
            (scratch / ".seconds").write_text(f"{seconds:.2f}\n")
            old = folders[name].with_name(f".{name}.old")
            shutil.rmtree(old, ignore_errors=True)
            if folders[name].exists():
                folders[name].rename(old)
            scratch.rename(folders[name])
            shutil.rmtree(old, ignore_errors=True)
            log(f"[run] {name}: done in {seconds:.1f} s -> {paths.rel(folders[name])}")
    if failures:
        raise RunError("notebook run failed:\n" + "\n".join(failures))
    return folders


def glued(notebook: Path) -> dict[str, object]:
    """The values an executed notebook glued (myst-nb), by name."""
    import ast

    values = {}
    for cell in json.loads(Path(notebook).read_text(encoding="utf-8"))["cells"]:
        for output in cell.get("outputs", []):
            record = output.get("metadata", {}).get("scrapbook")
            if record:
                text = output["data"][record["mime_prefix"] + "text/plain"]
                values[record["name"]] = ast.literal_eval(text)
    return values
