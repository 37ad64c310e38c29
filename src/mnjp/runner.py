"""Execute the notebooks with papermill, one folder per run, reusing unchanged runs.

A run is reused when nothing it depends on has changed: the notebook, its
parameters, the package code, uv.lock, and the files under data/ that the run
read or listed (recorded by its kernel, see mnjp.kernels). Recording the reads is
what proves which notebooks a changed table concerns: a program that reads the
same files runs the same way, so only runs that read a changed file run again.

Every run of one call shares one warm kernel process (mnjp.kernels) and executes
in a scratch folder under build/scratch/ that replaces the run's folder only on
success. Scratch folders are removed on success, failure and interrupt; those of
a killed process are removed by the next run.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path

from . import paths
from .params import ParameterError, Params  # plain dataclasses: cheap for the up-to-date check

HIDDEN_TAGS = ("parameters", "injected-parameters")
RECORD = ".run.json"  # in each run folder: what the run depended on
CELL_TIMEOUT = 120  # seconds a cell may run before the notebook fails; the slowest takes a few


class RunError(RuntimeError):
    """A notebook failed to execute."""


def notebook_names() -> list[str]:
    return sorted(p.stem for p in paths.NOTEBOOKS.glob("*.ipynb"))


def check_names(names: list[str] | None) -> list[str]:
    known = notebook_names()
    for name in names or []:
        if name not in known:
            raise ParameterError("notebook", name, ", ".join(known))
    return list(names) if names else known


def edition_slug(params: Params) -> str:
    p = params
    return f"{p.lang}-{p.currency}-{p.price_basis}-{p.base_year}-{p.start_year}-{p.end_year}"


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


def _recorded_reads(reads: Path) -> dict[str, str]:
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


def _prepare_for_book(path: Path, lang: str) -> None:
    """Tag remove-cell what the book must not show (papermill's parameter cells and the
    Markdown cells written for the other language, tagged lang-en / lang-mn), and drop
    execution times, so that the same inputs give the same bytes."""
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
        tags = cell.metadata.setdefault("tags", [])
        other_language = any(t.startswith("lang-") and t != f"lang-{lang}" for t in tags)
        if (other_language or any(t in tags for t in HIDDEN_TAGS)) and "remove-cell" not in tags:
            tags.append("remove-cell")
    for key in ("start_time", "end_time", "duration", "exception"):
        notebook.metadata.get("papermill", {}).pop(key, None)
    nbformat.write(notebook, path)


def _failed_cell(name: str, err: Exception) -> str:
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


def _error_text(err: Exception) -> str:
    """The exception a cell raised (its last line), or the time limit it broke."""
    text = str(err).strip()
    if type(err).__name__ == "CellTimeoutError":
        return text.splitlines()[0]
    lines = [l for l in text.splitlines() if l.strip() and not l.startswith("-")]
    return lines[-1] if lines else type(err).__name__


def _scratch_root() -> Path:
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
    try:
        root.rmdir()
    except OSError:  # a build is using it
        pass


class Scratch:
    """A scratch folder for one call, under build/scratch/, removed however the call ends."""

    def __init__(self, root: Path | None = None):
        self.root = root or _scratch_root()
        remove_leftovers(self.root)
        self.path = self.root / f"{os.getpid()}-{time.time_ns()}"
        self.path.mkdir(parents=True)

    def __enter__(self) -> Path:
        return self.path

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        try:
            self.root.rmdir()
        except OSError:
            pass


def run_editions(editions: list[Params], names: list[str] | None = None, out_root: Path | None = None,
                 workers: int | None = None, log=print, cell_timeout: int = CELL_TIMEOUT,
                 log_file: Path | None = None, detail=None) -> dict[str, dict[str, Path]]:
    """Execute (or reuse) each notebook for each edition; return {slug: {name: run folder}}.
    `log` gets one line per step; `detail` (by default: appended to log_file) what the
    kernels printed, and a failed run's traceback."""
    names = check_names(names)
    detail = detail or _appender(log_file)
    out_root = out_root or paths.BUILD / "runs"
    code = code_digest()
    folders: dict[str, dict[str, Path]] = {}
    todo: list[tuple[Params, str, Path, str]] = []
    for params in editions:
        slug = edition_slug(params)
        folders[slug] = {}
        for name in names:
            folder, key = out_root / slug / name, run_key(name, params, code)
            folders[slug][name] = folder
            if not is_current(folder, key):
                todo.append((params, name, folder, key))
    reused = sum(map(len, folders.values())) - len(todo)
    if not todo:
        log(f"[run] all {reused} notebook runs are up to date: nothing executed")
        return folders
    log(f"[run] executing {len(todo)} notebook run(s), reusing {reused}")
    from concurrent.futures import ThreadPoolExecutor

    from .atomic import replace_dir
    from .kernels import Zygote, log_file as kernel_log, reads_file

    with Scratch(out_root.parent / "scratch") as scratch, Zygote(paths.DATA, log_file or scratch / "kernels.log") as zygote:
        zygote.wait_ready()
        failures = []
        count, total, started = 0, len(todo), time.perf_counter()

        def execute(job):
            params, name, folder, key = job
            work = scratch / edition_slug(params) / name
            work.mkdir(parents=True)
            start = time.perf_counter()
            import papermill

            try:
                papermill.execute_notebook(
                    str(paths.NOTEBOOKS / f"{name}.ipynb"), str(work / f"{name}.ipynb"),
                    parameters=params.as_dict(), kernel_name="python3", progress_bar=False,
                    # the kernel's working folder; papermill's `cwd` would chdir this whole process
                    resources={"metadata": {"path": str(work)}},
                    execution_timeout=cell_timeout, kernel_manager_class=zygote.manager_class)
            except Exception as err:  # papermill's execution error carries the cell's traceback
                return job, work, err, time.perf_counter() - start
            return job, work, None, time.perf_counter() - start

        pool = ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2)
        try:
            for job, work, err, seconds in pool.map(execute, todo):
                params, name, folder, key = job
                count += 1
                where = f"{name} ({edition_slug(params)})"
                if err is not None:
                    notebook = paths.NOTEBOOKS / f"{name}.ipynb"
                    failures.append(f"{paths.rel(notebook)} [{params.lang}], {_failed_cell(name, err)}: "
                                    f"{_error_text(err)}")
                    detail(f"\n--- {where} failed\n{err}\n")
                    _append(detail, kernel_log(work))
                    log(f"[run {count}/{total}] {where} FAILED after {seconds:.1f} s")
                    continue
                _prepare_for_book(work / f"{name}.ipynb", params.lang)
                record = {"key": key, "reads": _recorded_reads(reads_file(work)), "seconds": round(seconds, 2)}
                _append(detail, kernel_log(work))
                for extra in (reads_file(work), kernel_log(work)):
                    extra.unlink(missing_ok=True)
                (work / RECORD).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
                replace_dir(work, folder)
                log(f"[run {count}/{total}] {where} {seconds:.1f} s")
        except BaseException:
            zygote.close()  # its kernels go, so the pool's threads return at once
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        if failures:
            raise RunError("notebook run failed:\n  " + "\n  ".join(failures))
        log(f"[run] {total} run(s) in {time.perf_counter() - started:.1f} s")
    return folders


def _appender(log_file: Path | None):
    def write(text: str) -> None:
        if log_file:
            with open(log_file, "a", encoding="utf-8") as out:
                out.write(text)

    return write


# jupyter_client interrupts every kernel before shutting it down, and ipykernel logs that
# interrupt as an ERROR when it lands while the kernel is idle: part of a good run, not a fault.
SHUTDOWN_NOISE = "KeyboardInterrupt caught in kernel"


def _append(detail, part: Path) -> None:
    """What a kernel printed (its log file), under a heading naming the run."""
    if part.exists() and part.stat().st_size:
        lines = part.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
        kept = "".join(line for line in lines if SHUTDOWN_NOISE not in line)
        if kept.strip():
            detail(f"\n--- {part.parent.name}/{part.name}\n" + kept)


def run(params: Params, names: list[str] | None = None, out_root: Path | None = None,
        workers: int | None = None, log=print, cell_timeout: int = CELL_TIMEOUT) -> dict[str, Path]:
    """Execute (or reuse) each notebook for one edition; return {name: folder of its run}."""
    return run_editions([params], names, out_root, workers, log, cell_timeout)[edition_slug(params)]


def glued(notebook: Path) -> dict[str, object]:
    """The values an executed notebook glued (myst-nb), by name."""
    import ast

    import nbformat

    values = {}
    for cell in nbformat.read(notebook, as_version=4).cells:
        for output in cell.get("outputs", []):
            record = output.get("metadata", {}).get("scrapbook")
            if record:
                text = output["data"][record["mime_prefix"] + "text/plain"]
                try:
                    values[record["name"]] = ast.literal_eval(text)
                except (ValueError, SyntaxError):  # a glued table: kept as its text form
                    values[record["name"]] = text
    return values
