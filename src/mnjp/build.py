"""The report pipeline: executed notebooks -> staged book -> _build/html/<lang>/.

The book is staged per edition: a copy of _toc.yml and book/, the edition's
_config.yml, and the papermill-executed notebooks at the paths the toc names.
Jupyter Book builds the stage strictly (-W -n --keep-going); only a clean build
replaces the published edition, so a failed build leaves the last good report.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import paths, release
from .params import Params
from .runner import run

HTML = paths.ROOT / "_build" / "html"
TITLES = {"en": "Mongolia–Japan relations in numbers", "mn": "Монгол, Японы харилцаа тоогоор"}
INDEX = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta http-equiv="refresh" content="0; url={first}/index.html"></head>
<body><p>{links}</p></body></html>
"""


class BuildError(RuntimeError):
    """The book did not build cleanly."""


# Interface words of an edition that Sphinx, myst-nb and the toc would otherwise show in English.
EDITION_WORDS = {
    "mn": {
        "numfig_format": {"figure": "Зураг %s", "table": "Хүснэгт %s", "code-block": "Код %s", "section": "Бүлэг %s"},
        "nb_code_prompt_show": "Кодыг харуулах",
        "nb_code_prompt_hide": "Кодыг нуух",
        "captions": {"Chapters": "Бүлгүүд", "Sources and data": "Эх сурвалж, өгөгдөл"},
        "author": "«Монгол, Японы харилцаа тоогоор» төслийн оролцогчид",
        "extra_footer": "Өгөгдөл: Б.Сэржавын өгүүлэл, нээлттэй лавлах цуваа; «Эх сурвалж, арга зүй»-г үзнэ үү.",
    },
}


def edition_config(lang: str, pdf: bool = False) -> str:
    """The top-level _config.yml with the edition's title, language and interface words."""
    import yaml

    config = yaml.safe_load((paths.ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["title"] = TITLES[lang]
    sphinx = config["sphinx"]["config"]
    sphinx["language"] = lang
    words = EDITION_WORDS.get(lang, {})
    config["author"] = words.get("author", config["author"])
    config["html"]["extra_footer"] = words.get("extra_footer", config["html"]["extra_footer"])
    for key in ("numfig_format", "nb_code_prompt_show", "nb_code_prompt_hide"):
        if key in words:
            sphinx[key] = words[key]
    release.configure(config, lang, pdf)
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def edition_toc(lang: str) -> str:
    """_toc.yml with the part captions in the edition's language."""
    text = (paths.ROOT / "_toc.yml").read_text(encoding="utf-8")
    for english, translated in EDITION_WORDS.get(lang, {}).get("captions", {}).items():
        text = text.replace(f"caption: {english}\n", f"caption: {translated}\n")
    return text


def _use_language_pages(book: Path, lang: str) -> None:
    """A page `x.mn.md` replaces `x.md` in the Mongolian edition; other translations go."""
    for page in sorted(book.rglob("*.*.md")):
        stem, page_lang = page.name[:-3].rsplit(".", 1)
        if page_lang == lang:
            page.replace(page.with_name(stem + ".md"))
        else:
            page.unlink()


def stage(params: Params, runs: dict[str, Path], target: Path, pdf: bool = False) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    (target / "_toc.yml").write_text(edition_toc(params.lang), encoding="utf-8")
    shutil.copytree(paths.ROOT / "book", target / "book")
    _use_language_pages(target / "book", params.lang)
    (target / "_config.yml").write_text(edition_config(params.lang, pdf), encoding="utf-8")
    notebooks = target / "notebooks"
    notebooks.mkdir()
    release.write_downloads(notebooks)  # data package zip, Excel workbook, SHA256SUMS
    for folder in runs.values():
        for item in folder.iterdir():
            if not item.name.startswith("."):
                shutil.copy2(item, notebooks / item.name)
    return target


def jupyter_book(stage_dir: Path, log=print) -> None:
    exe = Path(sys.executable).with_name("jupyter-book")
    command = [str(exe), "build", str(stage_dir), "--builder", "html", "-W", "-n", "--keep-going", "--all"]
    result = subprocess.run(command, capture_output=True, text=True)
    output = result.stdout + result.stderr
    warnings = [l for l in output.splitlines() if "WARNING" in l or "ERROR" in l or "rror:" in l]
    if result.returncode != 0 or warnings:
        raise BuildError("jupyter-book build failed:\n" + "\n".join(warnings or output.splitlines()[-30:]))


def publish(built: Path, lang: str) -> Path:
    """Swap the new edition into _build/html/<lang>/ and refresh the index page."""
    HTML.mkdir(parents=True, exist_ok=True)
    target, old = HTML / lang, HTML / f".{lang}.old"
    shutil.rmtree(old, ignore_errors=True)
    fresh = HTML / f".{lang}.new"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copytree(built, fresh)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    editions = sorted(p.name for p in HTML.iterdir() if p.is_dir() and not p.name.startswith("."))
    first = "en" if "en" in editions else editions[0]
    links = " · ".join(f'<a href="{e}/index.html">{TITLES[e]}</a>' for e in editions)
    (HTML / "index.html").write_text(INDEX.format(title=TITLES["en"], first=first, links=links), encoding="utf-8")
    return target


def build(params: Params, log=print, pdf: bool = False) -> Path:
    start = time.perf_counter()
    runs = run(params, log=log)
    staged = stage(params, runs, paths.BUILD / "book" / params.lang, pdf)
    log(f"[book] building {paths.rel(staged)} (jupyter-book, strict)")
    jupyter_book(staged, log)
    if pdf:  # printed before anything is published: a failed PDF leaves the last good edition and PDF
        from . import pdf as printed

        made = printed.make(staged, params.lang)
    target = publish(staged / "_build" / "html", params.lang)
    if pdf:
        log(f"[pdf] published {paths.rel(printed.publish(made, params.lang, target))}")
    log(f"[book] published {paths.rel(target)}/index.html in {time.perf_counter() - start:.1f} s")
    return target
