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

import contextlib
import json
import logging
import os
import threading
import time
from pathlib import Path

from . import paths
from .notebook_files import error_text, failed_cell, prepare_for_book
from .params import ParameterError, Params  # plain dataclasses: cheap for the up-to-date check
from .run_record import RECORD, code_digest, is_current, recorded_reads, run_key
from .scratch import Scratch

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


def run_editions(editions: list[Params], names: list[str] | None = None, out_root: Path | None = None,
                 workers: int | None = None, log=print, cell_timeout: int = CELL_TIMEOUT,
                 log_file: Path | None = None, detail=None) -> dict[str, dict[str, Path]]:
    """Execute (or reuse) each notebook for each edition; return {slug: {name: run folder}}.
    `log` gets one line per step; `detail` (by default: appended to log_file) what the
    kernels printed, and a failed run's traceback."""
    names = check_names(names)
    kept = detail is not None or log_file is not None
    detail = detail or _appender(log_file)
    # papermill's own messages go where the detail goes; with nowhere to keep them, to the console
    papermill_messages = _papermill_logs_to(detail) if kept else contextlib.nullcontext()
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
    from .kernels import Zygote, reads_file
    from .kernels import log_file as kernel_log

    with Scratch(out_root.parent / "scratch") as scratch, papermill_messages, Zygote(
            paths.DATA, log_file or scratch / "kernels.log") as zygote:
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
                    failures.append(f"{paths.rel(notebook)} [{params.lang}], {failed_cell(name, err)}: "
                                    f"{error_text(err)}")
                    detail(f"\n--- {where} failed\n{err}\n")
                    _append(detail, kernel_log(work))
                    log(f"[run {count}/{total}] {where} FAILED after {seconds:.1f} s")
                    continue
                prepare_for_book(work / f"{name}.ipynb", params.lang)
                record = {"key": key, "reads": recorded_reads(reads_file(work)), "seconds": round(seconds, 2)}
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


class _Detail(logging.Handler):
    def __init__(self, detail):
        super().__init__()
        self.detail = detail

    def emit(self, record: logging.LogRecord) -> None:
        self.detail(f"papermill: {self.format(record)}\n")


_REDIRECTS = threading.Lock()
_redirecting = [0]  # runs under way in this process (the tests run notebooks in two threads at once)


@contextlib.contextmanager
def _papermill_logs_to(detail):
    """What papermill and its notebook client log (a parameter a notebook does not declare, a
    kernel that died as the build was interrupted) goes to the detail, not the console. (Two
    runs at once in one process each get both runs' messages: the logger is the process's.)"""
    logger, handler = logging.getLogger("papermill"), _Detail(detail)
    with _REDIRECTS:
        _redirecting[0] += 1
        logger.addHandler(handler)
        logger.propagate = False
    try:
        yield
    finally:
        with _REDIRECTS:
            logger.removeHandler(handler)
            _redirecting[0] -= 1
            logger.propagate = _redirecting[0] == 0


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
