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
from collections.abc import Mapping
from pathlib import Path

from . import paths, release
from .params import LANGS, Params

DATA_ZIP = release.DATA_ZIP
SPHINX_OUTPUT = "_build"  # inside a stage: Sphinx's output and environment, not synced
EXTENSION = "mnjp.sphinx_deps"
THEME_LOCALE = "locale"  # inside a stage: the edition's translations of Sphinx's and the theme's words
NUMFIG_KINDS = ("code-block", "figure", "section", "table")
CAPTIONS = {"Chapters": "edition.caption.chapters", "Sources and data": "edition.caption.sources"}  # _toc.yml's


class _Titles(Mapping):
    """Each edition's title, from its catalog (read when asked: importing this module stays light)."""

    def __getitem__(self, lang: str) -> str:
        from .labels import label

        if lang not in LANGS:
            raise KeyError(lang)
        return label("edition.title", lang)

    def __iter__(self):
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)


TITLES = _Titles()


def edition_words(lang: str) -> dict:
    """Interface words that Sphinx, myst-nb and the toc would otherwise show in English, from the
    edition's catalog."""
    from .labels import label

    return {
        "numfig_format": {kind: label(f"edition.numfig.{kind}", lang) for kind in NUMFIG_KINDS},
        "nb_code_prompt_show": label("edition.code_show", lang),
        "nb_code_prompt_hide": label("edition.code_hide", lang),
        "author": label("edition.author", lang),
        "extra_footer": label("edition.footer", lang),
    }


def folder(lang: str) -> Path:
    return paths.BUILD / "book" / lang


def edition_config(lang: str, pdf: bool = False) -> str:
    """The top-level _config.yml with the edition's title, language and interface words."""
    import yaml
    from sphinx.search import languages as search_languages

    config = yaml.safe_load((paths.ROOT / "_config.yml").read_text(encoding="utf-8"))
    config["title"] = TITLES[lang]
    sphinx = config["sphinx"]["config"]
    sphinx["language"] = lang
    sphinx["html_search_language"] = lang if lang in search_languages else "en"  # ja: Sphinx's Japanese word splitter
    if theme_catalog(lang):
        # absolute: Sphinx looks for the scripts' sphinx.js from the working folder
        sphinx["locale_dirs"] = [(folder(lang) / THEME_LOCALE).resolve().as_posix()]
        sphinx["gettext_auto_build"] = False  # compiled when staged
    words = edition_words(lang)
    config["author"] = words["author"]
    config["html"]["extra_footer"] = words["extra_footer"]
    for key in ("numfig_format", "nb_code_prompt_show", "nb_code_prompt_hide"):
        sphinx[key] = words[key]
    # _config.yml lists Sphinx's extensions in full (which overrides extra_extensions)
    sphinx["extensions"] = [*sphinx.get("extensions", []), EXTENSION]
    release.configure(config, lang, pdf)  # the cite line and the PDF link in every footer
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def theme_catalog(lang: str) -> dict[str, bytes]:
    """The edition's own translations of Sphinx's and the theme's words (locale/<lang>/LC_MESSAGES/
    sphinx.po, where their Japanese catalogues leave words in English), compiled for the stage: the
    .mo for the templates, and Sphinx's sphinx.js for the scripts with those words filled in."""
    import io
    import json

    import sphinx
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    source = paths.ROOT / "src" / "mnjp" / "locale" / lang / "LC_MESSAGES" / "sphinx.po"
    if not source.is_file():
        return {}
    with source.open("rb") as po:
        catalog = read_po(po, locale=lang, domain="sphinx", abort_invalid=True)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    words = {m.id: m.string for m in catalog if m.id}
    script = Path(sphinx.__file__).parent / "locale" / lang / "LC_MESSAGES" / "sphinx.js"
    text = script.read_text(encoding="utf-8")
    start, end = text.index("{"), text.rindex("}") + 1
    translations = json.loads(text[start:end])
    translations["messages"].update({k: v for k, v in words.items() if k in translations["messages"]})
    target = f"{THEME_LOCALE}/{lang}/LC_MESSAGES/sphinx"
    return {f"{target}.mo": compiled.getvalue(),
            f"{target}.js": (text[:start] + json.dumps(translations, ensure_ascii=False, indent=4, sort_keys=True) + text[end:]).encode()}


def edition_toc(lang: str) -> str:
    """_toc.yml with the part captions in the edition's language."""
    text = (paths.ROOT / "_toc.yml").read_text(encoding="utf-8")
    from .labels import label

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


def wanted(params: Params, runs: dict[str, Path], pdf: bool = False) -> dict[str, bytes | Path]:
    """Every file of the edition's stage: {relative path: bytes, or the file to copy}."""
    lang = params.lang
    files: dict[str, bytes | Path] = {
        "_config.yml": edition_config(lang, pdf).encode(),
        "_toc.yml": edition_toc(lang).encode(),
        **downloads(),
        **theme_catalog(lang),
    }
    files.update(book_pages(lang))
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
