"""Sphinx extension: the interface words of Sphinx, the themes and myst-nb in the edition's language.

The words live in gettext catalogs kept with the book, one folder per language:
`book/_locale/<lang>/LC_MESSAGES/<domain>.po`, where the domain is the catalog the tool
reads: `sphinx` (Sphinx itself, and pydata-sphinx-theme, which adds its words to Sphinx's
domain) and `booktheme` (sphinx-book-theme). As in the tools' own catalogs, msgid is the
English the tool prints. A language without a folder gets the tools' own catalogs (Sphinx
and both themes ship Japanese, for instance); a folder adds to them and wins where both
have a word: Sphinx reads `locale_dirs` before its own catalogue, and `first_ours` puts our
catalog of a theme's domain before the theme's (Sphinx would read the one registered first,
the theme's: its 著者 without the colon ours gives).

`compiled` turns the .po files into what Sphinx reads (.mo, and sphinx.js for the search
page's words), with Babel, when the edition is staged. Sphinx reads the `sphinx` domain
through `locale_dirs`; `setup` registers the other domains with `add_message_catalog`, and
passes through gettext the few English words the tools write without it.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from . import paths

LOCALE = "book/_locale"  # relative to the project (and to a staged edition)


def catalogs(lang: str, root: Path | None = None) -> list[Path]:
    """The language's interface catalogs (.po), one per gettext domain."""
    return sorted(((root or paths.ROOT) / LOCALE / lang / "LC_MESSAGES").glob("*.po"))


def _sphinx_script_words(lang: str) -> dict[str, str]:
    """The search page's words of Sphinx's own catalogue for the language, if it has one (ours
    replaces its translations.js, so it must carry them too)."""
    import sphinx

    script = Path(sphinx.__file__).parent / "locale" / lang / "LC_MESSAGES" / "sphinx.js"
    if not script.is_file():
        return {}
    text = script.read_text(encoding="utf-8")
    return json.loads(text[text.index("{"):text.rindex("}") + 1])["messages"]


def _translations_js(catalog) -> bytes:
    """The search page's words, in the form Sphinx's translations.js takes (Documentation.addTranslations)."""
    ours = {m.id: m.string for m in catalog if m.id and m.string}
    messages = {**{k: v for k, v in _sphinx_script_words(str(catalog.locale)).items() if v}, **ours}
    body = json.dumps({"locale": str(catalog.locale), "messages": messages, "plural_expr": catalog.plural_expr},
                      ensure_ascii=False, indent=4, sort_keys=True)
    return f"Documentation.addTranslations({body});\n".encode()


def compiled(lang: str) -> dict[str, bytes]:
    """{staged path: bytes} of the language's compiled catalogs (the same .po give the same bytes)."""
    out = {}
    for po in catalogs(lang):
        with po.open("rb") as source:
            catalog = read_po(source, locale=lang, domain=po.stem, abort_invalid=True)
        mo = io.BytesIO()
        write_mo(mo, catalog)
        folder = f"{LOCALE}/{lang}/LC_MESSAGES"
        out[f"{folder}/{po.stem}.mo"] = mo.getvalue()
        if po.stem == "sphinx":
            out[f"{folder}/sphinx.js"] = _translations_js(catalog)
    return out


def digest(lang: str) -> str:
    """Changes when the language's interface words change (pages are then written again)."""
    return hashlib.sha256(b"".join(po.read_bytes() for po in catalogs(lang))).hexdigest()[:16]


def _absolute_locale_dirs(app, config) -> None:
    # Sphinx finds a catalog relative to the source folder, but the search page's
    # translations.js relative to the working folder: make both the source folder.
    config.locale_dirs = [os.path.join(app.srcdir, d) for d in config.locale_dirs]
    from sphinx.locale import _

    # myst-nb's words for folded code cells are settings, not gettext messages
    config.nb_code_prompt_show = _(config.nb_code_prompt_show)
    config.nb_code_prompt_hide = _(config.nb_code_prompt_hide)


def _page_words(app, pagename, templatename, context, doctree) -> None:
    from sphinx.locale import _, get_translation

    # Jupyter Book sets an English search placeholder ("Search this book..."): our catalog may
    # translate it, else a language other than English gets the book theme's own ("Search...")
    booktheme = get_translation("booktheme")
    configured = context.get("theme_search_bar_text") or ""
    text = booktheme(configured) if configured else configured
    if text == configured and not (app.config.language or "en").startswith("en"):
        text = booktheme("Search") + "..."
    context["theme_search_bar_text"] = text
    # myst-nb writes this name of a folded cell's control without gettext
    if context.get("body"):
        context["body"] = context["body"].replace('aria-label="Toggle hidden content"',
                                                  f'aria-label="{_("Toggle hidden content")}"')


def first_ours(app) -> None:
    """Our catalog of each theme domain first, the theme's own behind it for the words we leave
    out (a fresh object: Python caches the catalogs it opens, and a fallback on a cached one
    could loop back to it)."""
    import gettext

    from sphinx import locale

    for po in catalogs(app.config.language, Path(app.srcdir)):
        mo = po.with_suffix(".mo")
        if po.stem == "sphinx" or not mo.is_file():
            continue
        with mo.open("rb") as handle:
            ours = gettext.GNUTranslations(handle)
        theirs = locale.translators.get(("general", po.stem))
        if theirs is not None:
            ours.add_fallback(theirs)
        locale.translators["general", po.stem] = ours


def setup(app):
    language = app.config.language
    folder = Path(app.srcdir) / LOCALE
    for po in catalogs(language, Path(app.srcdir)):
        if po.stem != "sphinx":  # Sphinx has read its own domain from locale_dirs already
            app.add_message_catalog(po.stem, str(folder))
    app.add_config_value("mnjp_words", "", "html")  # a digest of the catalogs: new words rewrite every page
    app.connect("config-inited", _absolute_locale_dirs)
    app.connect("builder-inited", first_ours)  # after every extension's setup, the theme's too
    app.connect("html-page-context", _page_words, priority=600)  # after the book theme sets its context
    return {"parallel_read_safe": True, "parallel_write_safe": True}
