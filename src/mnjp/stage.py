"""The staged book of an edition: what Jupyter Book builds, kept between builds.

An edition's stage (build/book/<lang>/) holds the edition's _config.yml and
_toc.yml, book/ with the edition's pages, and the executed notebooks with their
figures at the paths the toc names. The stage persists, so Sphinx builds it
incrementally: a sync writes only the files whose bytes changed (stamped with the
current time, so Sphinx sees them as newer than its last read) and removes files
that are no longer wanted; the others keep their times and are not read again.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from . import paths, release, sphinx_words
from .catalogs import label
from .editions import TITLES
from .params import Params

SPHINX_OUTPUT = "_build"  # inside a stage: Sphinx's output and environment, not synced
EXTENSION = "mnjp.sphinx_deps"
# The toc's part captions (in _toc.yml, in English) and the catalog keys of their words.
CAPTIONS = {"Chapters": "edition.caption.chapters", "Sources and data": "edition.caption.sources"}


def folder(lang: str) -> Path:
    return paths.BUILD / "book" / lang


def edition_config(lang: str, pdf: bool = False) -> str:
    """The top-level _config.yml with the edition's title, language and words (from the catalogs)."""
    import yaml
    from sphinx.search import languages as search_languages

    config = yaml.safe_load((paths.ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["title"] = TITLES[lang]
    config["author"] = label("edition.author", lang)
    config["html"]["extra_footer"] = label("edition.footer", lang)
    sphinx = config["sphinx"]["config"]
    sphinx["language"] = lang
    # Sphinx's and the themes' words come from book/_locale (mnjp.sphinx_words)
    sphinx["mnjp_words"] = sphinx_words.digest(lang)
    sphinx["html_search_language"] = lang if lang in search_languages else "en"  # ja: Sphinx's Japanese word splitter
    # _config.yml lists Sphinx's extensions in full (which overrides extra_extensions)
    sphinx["extensions"] = [*sphinx.get("extensions", []), EXTENSION]
    release.configure(config, lang, pdf)  # the cite line and the PDF link in every footer
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def edition_toc(lang: str) -> str:
    """_toc.yml with the part captions in the edition's language."""
    text = (paths.ROOT / "_toc.yml").read_text(encoding="utf-8")
    for english, key in CAPTIONS.items():
        text = text.replace(f"caption: {english}\n", f"caption: {label(key, lang)}\n")
    return text


def book_pages(lang: str) -> dict[str, Path]:
    """{staged path: source} for book/: a page `x.mn.md` is `x.md` in the Mongolian
    edition; other languages' pages are left out."""
    pages, translated = {}, {}
    for source in sorted((paths.ROOT / "book").rglob("*")):
        if not source.is_file() or "__pycache__" in source.parts:
            continue
        if source.name.endswith(".md") and source.name[:-3].count(".") == 1:
            stem, page_lang = source.name[:-3].rsplit(".", 1)
            if page_lang == lang:
                translated[source.with_name(stem + ".md").relative_to(paths.ROOT).as_posix()] = source
        else:
            pages[source.relative_to(paths.ROOT).as_posix()] = source
    return pages | translated


def source_of(staged: str, lang: str) -> str:
    """The file an author edits for a staged path (warnings name it, not the staged copy)."""
    if staged.startswith("book/"):
        for rel, source in book_pages(lang).items():
            if rel == staged:
                return paths.rel(source)
    return staged


def downloads() -> dict[str, Path]:
    """The data package zip, the Excel workbook and their SHA256SUMS, made once per build
    in build/downloads/ (deterministic bytes, so an unchanged package stages nothing)."""
    folder = paths.BUILD / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    return {f"notebooks/{file.name}": file for file in release.write_downloads(folder)}


def wanted(params: Params, runs: dict[str, Path], pdf: bool = False,
           shared: dict[str, Path] | None = None) -> dict[str, bytes | Path]:
    """Every file of the edition's stage: {relative path: bytes, or the file to copy}.
    `shared`: the downloads, made once for all editions of a build (else made here)."""
    lang = params.lang
    files: dict[str, bytes | Path] = {
        "_config.yml": edition_config(lang, pdf).encode(),
        "_toc.yml": edition_toc(lang).encode(),
        **(shared if shared is not None else downloads()),
    }
    files.update(book_pages(lang))
    files.update(sphinx_words.compiled(lang))
    for run in runs.values():
        for item in sorted(run.iterdir()):
            if item.is_file() and not item.name.startswith("."):
                files[f"notebooks/{item.name}"] = item
    return files


def sync(target: Path, files: dict[str, bytes | Path]) -> list[str]:
    """Make `target` hold exactly `files` (besides Sphinx's output); return what changed."""
    target.mkdir(parents=True, exist_ok=True)
    changed = []
    now = time.time()
    for rel, content in files.items():
        data = content if isinstance(content, bytes) else content.read_bytes()
        path = target / rel
        try:
            same = path.stat().st_size == len(data) and path.read_bytes() == data
        except FileNotFoundError:
            same = False
        if not same:
            path.parent.mkdir(parents=True, exist_ok=True)
            scratch = path.with_name(f"{path.name}.{os.getpid()}.part")
            scratch.write_bytes(data)
            os.utime(scratch, (now, now))
            os.replace(scratch, path)
            changed.append(rel)
    for top, dirs, names in os.walk(target, topdown=True):
        here = Path(top)
        if here == target:
            dirs[:] = [d for d in dirs if d != SPHINX_OUTPUT]
        for name in names:
            rel = (here / name).relative_to(target).as_posix()
            if rel not in files:
                (here / name).unlink()
                changed.append(rel)
    return changed
