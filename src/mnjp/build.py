"""The report pipeline: data -> notebook runs -> staged books -> _build/html/<lang>/.

Each step skips what has not changed:
  up to date  a digest of every input (mnjp.uptodate) matches the published report:
              nothing is executed or rendered
  data        data/clean is rebuilt only when its inputs changed
  notebooks   a run is reused unless something it read changed (mnjp.runner)
  book        each edition's stage persists and Sphinx builds it incrementally
  publish     all editions of the build replace _build/html/ in one step, or none do

One build at a time (mnjp.lock). The console shows one line per step; the details
(Sphinx's output, kernels' messages) go to build/logs/report.log, and to the
console too with -v. A failure says what failed, where, and names the log.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths, uptodate
from .console import Console

if TYPE_CHECKING:
    from .params import Params

# What the up-to-date answer does not need is imported when a build starts.

HTML = uptodate.HTML
LOG = paths.BUILD / "logs" / "report.log"
DATA_STAMP = paths.BUILD / "data.json"
INDEX = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta http-equiv="refresh" content="0; url={first}/index.html"></head>
<body><p>{links}</p></body></html>
"""


def _digest(files) -> str:
    digest = hashlib.sha256()
    for file in sorted(files):
        digest.update(paths.rel(file).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def data_inputs() -> list[Path]:
    """Everything data/clean is made from, and data/clean itself (a hand edit there is undone)."""
    folders = [paths.EXTRACTED, paths.SOURCE, paths.EXTERNAL, paths.CLEAN, paths.ROOT / "src" / "mnjp"]
    return [f for d in folders if d.exists() for f in d.rglob("*") if f.is_file() and "__pycache__" not in f.parts]


def refresh_data(log) -> None:
    """Rebuild data/clean unless nothing it is made from has changed since the last time."""
    start = time.perf_counter()
    try:
        if json.loads(DATA_STAMP.read_text(encoding="utf-8"))["digest"] == _digest(data_inputs()):
            log(f"[data] data/clean is up to date ({time.perf_counter() - start:.1f} s)")
            return
    except (OSError, ValueError, KeyError):
        pass
    from .dataset import write_clean

    counts = write_clean()
    DATA_STAMP.parent.mkdir(parents=True, exist_ok=True)
    DATA_STAMP.write_text(json.dumps({"digest": _digest(data_inputs())}) + "\n", encoding="utf-8")
    log(f"[data] validated and wrote data/clean ({sum(counts.values())} records) "
        f"in {time.perf_counter() - start:.1f} s")


def _index(editions: list[str]) -> str:
    from .editions import TITLES

    first = "en" if "en" in editions else editions[0]
    links = " · ".join(f'<a href="{e}/index.html">{TITLES[e]}</a>' for e in editions)
    return INDEX.format(title=TITLES["en"], first=first, links=links)


def remove_leftovers() -> None:
    """Half-made releases of a killed build (their process is gone)."""
    parent = HTML.parent
    leftovers = sorted(parent.glob(f"{HTML.name}.new-*")) if parent.is_dir() else []
    if not leftovers:
        return
    from .atomic import alive

    for item in leftovers:
        pid = item.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(item, ignore_errors=True)


def publish(langs: list[str]) -> Path:
    """Copy every edition's HTML into a new _build/html/ and swap it in whole."""
    from . import stage
    from .atomic import replace_dir

    release = HTML.with_name(f"{HTML.name}.new-{os.getpid()}")
    shutil.rmtree(release, ignore_errors=True)
    try:
        release.mkdir(parents=True)
        for lang in langs:
            shutil.copytree(stage.folder(lang) / stage.SPHINX_OUTPUT / "html", release / lang,
                            ignore=shutil.ignore_patterns(".buildinfo", ".doctrees"))
        (release / "index.html").write_text(_index(langs), encoding="utf-8")
        replace_dir(release, HTML)
    finally:
        shutil.rmtree(release, ignore_errors=True)
    return HTML


@contextlib.contextmanager
def _signals_stop_the_build():
    """SIGINT and SIGTERM end a build like Ctrl-C does, so that clean-up code runs (also
    when the build was started with SIGINT ignored, as a shell does for background jobs).
    The caller's handlers come back afterwards."""
    import signal

    def stop(number, frame):
        raise KeyboardInterrupt

    previous = {number: signal.signal(number, stop) for number in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def report(langs: list[str], given: dict | None = None, verbose: bool = False,
           cell_timeout: int | None = None, quiet: bool = False, pdf: bool = False) -> Path:
    """Build the editions `langs` with the parameters `given` (others take their defaults)
    and publish them together; skip all work if nothing changed. With `pdf`, each
    edition's PDF is printed before anything is published (mnjp.pdf)."""
    from .lock import build_lock
    from .runner import CELL_TIMEOUT, edition_slug, run_editions
    from .scratch import remove_leftovers as remove_scratch
    from .scratch import scratch_root

    given = {k: str(v) for k, v in (given or {}).items() if k != "lang"}
    request = {"langs": list(langs), "params": given, "pdf": pdf}  # as given: checking them needs the data
    console = Console(verbose, log_path=LOG, quiet=quiet)
    start = time.perf_counter()
    remove_scratch(scratch_root())  # what a killed build left (its process is gone)
    remove_leftovers()
    if uptodate.is_up_to_date(request, langs):
        console(f"[report] up to date: nothing executed, nothing rendered ({paths.rel(HTML)})")
        return HTML
    from . import pdf as printing
    from . import stage
    from .bounds import validate
    from .render import sphinx_build

    editions = [validate(**given, lang=lang) for lang in langs]
    try:
        with build_lock(console), _signals_stop_the_build():
            console.open()
            if uptodate.is_up_to_date(request, langs):  # another build may have just made it
                console(f"[report] up to date: nothing executed, nothing rendered ({paths.rel(HTML)})")
                return HTML
            uptodate.forget()
            refresh_data(console)
            digest = uptodate.inputs_digest(request)
            runs = run_editions(editions, log=console, cell_timeout=cell_timeout or CELL_TIMEOUT,
                                log_file=console.path, detail=console.detail)
            printed = {}
            shared = stage.downloads()  # the same for every edition: made once
            for number, params in enumerate(editions, 1):
                step = time.perf_counter()
                target = stage.folder(params.lang)
                changed = stage.sync(target, stage.wanted(params, runs[edition_slug(params)], pdf, shared))
                sphinx_build(target, params.lang, console)
                console(f"[book {number}/{len(editions)}] {params.lang}: {len(changed)} staged file(s) changed, "
                        f"built in {time.perf_counter() - step:.1f} s")
                if pdf:  # printed before anything is published: a failed PDF leaves the last good report
                    step = time.perf_counter()
                    printed[params.lang] = printing.make(target, params.lang, console)
                    console(f"[pdf {number}/{len(editions)}] {params.lang}: printed in "
                            f"{time.perf_counter() - step:.1f} s")
            publish(langs)
            for lang, made in printed.items():
                console(f"[pdf] published {paths.rel(printing.publish(made, lang, HTML / lang))}")
            uptodate.record(digest)
            console(f"[report] published {', '.join(f'{paths.rel(HTML)}/{lang}/' for lang in langs)} "
                    f"in {time.perf_counter() - start:.1f} s")
            return HTML
    except BaseException as err:
        what = "interrupted" if isinstance(err, KeyboardInterrupt) else "FAILED"
        log = f"; full log: {paths.rel(console.path)}" if console.file and console.path else ""
        console(f"[report] {what}; the last good report is unchanged{log}")
        raise
    finally:
        console.close()


def build(params: Params, verbose: bool = False, pdf: bool = False) -> Path:
    """One edition with these parameters."""
    return report([params.lang], params.as_dict(), verbose=verbose, pdf=pdf) / params.lang
