"""Every edition is whole: no word of another language in the rendered pages of the `mn` (and `ja`)
edition, interface words included, and the theme's words come from Sphinx's own catalogs.

The check reads the built site of the session's report (tests/conftest.py): the text a reader
sees and what a screen reader says (aria-label, title, alt, placeholder). It leaves out what
is not a word of the edition:
- code (`<code>`, `<pre>`) and key caps (`<kbd>`): what a reader types is not translated;
- text marked as another language (`lang="en"` inside a `lang="mn"` page): the glossary shows
  each name in all three languages on purpose, and says so to browsers and screen readers;
- the article's own words as printed (`.mnjp-verbatim`), which must then be in the article;
- web addresses;
- Roman numerals, and the reviewed allowlist `data/i18n/allowlist.csv` (entry, editions, reason).
"""
from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import EDITIONS, ROOT

from mnjp import params, sphinx_words
from mnjp.article import Article, article
from mnjp.numbers import roman

CHECKED = [lang for lang in ("mn", "ja") if lang in params.LANGS and lang in EDITIONS]
NOT_WORDS = {"code", "pre", "kbd", "script", "style", "template"}
SPOKEN = ("aria-label", "title", "alt", "placeholder")
ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|mn|jp|gov)(?:/\S*)?\b")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._'’-][A-Za-z0-9]+)*")


def allowlist(lang: str) -> list[str]:
    with (ROOT / "data" / "i18n" / "allowlist.csv").open(encoding="utf-8") as file:
        return [row["entry"] for row in csv.DictReader(file) if lang in row["editions"].split()]


class PageText(HTMLParser):
    """The words of one page: visible text and spoken attributes, without code; verbatim quotes apart."""

    def __init__(self, lang: str | None = None):
        super().__init__(convert_charrefs=True)
        self.lang = lang  # the page's language; None: take it from <html lang>
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, verbatim)
        self.words: list[str] = []
        self.verbatim: list[str] = []

    def _state(self) -> tuple[bool, bool]:
        return (any(s for _, s, _ in self.stack), any(v for _, _, v in self.stack))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skipped, verbatim = self._state()
        if not skipped:
            self.words += [attrs[name] for name in SPOKEN if attrs.get(name)]
        if tag in ("br", "img", "input", "meta", "link", "hr", "wbr", "source"):
            return
        if tag == "html" and self.lang is None:
            self.lang = attrs.get("lang")
        marked = tag != "html" and attrs.get("lang") not in (None, self.lang)  # a passage in another language
        self.stack.append((tag, tag in NOT_WORDS or marked, "mnjp-verbatim" in (attrs.get("class") or "").split()))
        if self.stack[-1][2]:
            self.verbatim.append("")

    def handle_endtag(self, tag):
        if any(open_tag == tag for open_tag, _, _ in self.stack):  # else a stray end tag: ignore it
            while self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data):
        skipped, verbatim = self._state()
        if skipped:
            return
        if verbatim:
            self.verbatim[-1] += data
        else:
            self.words.append(data)


def read_page(path: Path) -> PageText:
    page = PageText()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def leaks(text: str, allowed: list[str]) -> list[str]:
    """The Latin-script words of `text` that are neither allowed nor Roman numerals."""
    text = ADDRESS.sub(" ", text)
    for entry in sorted(allowed, key=len, reverse=True):  # "JIJI PRESS" before "JIJI"
        # a Mongolian suffix may follow a hyphen ("FRED-ийн")
        text = re.sub(rf"(?<![A-Za-z0-9_.-]){re.escape(entry)}(?![A-Za-z0-9_]|-[A-Za-z0-9])", " ", text)
    return [w for w in LATIN_WORD.findall(text) if not (w.isupper() and roman(w) is not None)]


def pages(edition: Path) -> list[Path]:
    return sorted(p for p in edition.rglob("*.html") if "_static" not in p.parts)


@pytest.mark.parametrize("lang", CHECKED)
def test_no_word_of_another_language_in_the_edition(editions, lang):
    allowed = allowlist(lang)
    found = {}
    for path in pages(editions[lang]):
        words = leaks(" ".join(read_page(path).words), allowed)
        if words:
            found[path.relative_to(editions[lang]).as_posix()] = sorted(set(words))[:25]
    assert len(pages(editions[lang])) >= 10  # the whole edition was read
    assert not found, "Latin-script words outside data/i18n/allowlist.csv:\n" + "\n".join(
        f"  {page}: {' '.join(words)}" for page, words in found.items())


@pytest.mark.parametrize("lang", CHECKED)
def test_text_left_as_printed_is_the_articles(editions, lang):
    """What the check leaves out as the article's own words really stands in the article."""
    text = Article(article())
    shown = [q for path in pages(editions[lang]) for q in read_page(path).verbatim]
    assert len(shown) > 50
    missing = [q for q in shown if not text.spans(q)]
    assert not missing, missing[:5]


def test_the_check_finds_a_leak_and_passes_allowed_words():
    page = PageText()
    page.feed('<html lang="mn"><p title="Toggle sidebar">Хайх <code>make report</code> AEXJPUS IV</p>'
              '<span class="mnjp-verbatim">SankeiBiz</span><a href="x">www.mofa.go.jp</a>'
              '<td><span lang="en">Ministry of Foreign Affairs</span></td><p lang="mn">Next</p></html>')
    assert leaks(" ".join(page.words), ["AEXJPUS"]) == ["Toggle", "sidebar", "Next"]
    assert page.verbatim == ["SankeiBiz"]


def _js_words(static: Path) -> set[str]:
    """The words Sphinx's scripts show (search results, the "hide matches" link)."""
    words = set()
    for name in ("searchtools.js", "sphinx_highlight.js"):
        source = (static / name).read_text(encoding="utf-8")
        words |= set(re.findall(r'(?:\b_|Documentation\.gettext)\(\s*"((?:[^"\\]|\\.)*)"', source))
    return words


@pytest.mark.parametrize("lang", CHECKED)
def test_the_search_page_speaks_the_editions_language(editions, lang):
    static = editions[lang] / "_static"
    words = _js_words(static)
    assert "Search Results" in words and len(words) >= 5
    script = (static / "translations.js").read_text(encoding="utf-8")
    translated = json.loads(script[script.index("{"):script.rindex("}") + 1])["messages"]
    assert not [w for w in words if not translated.get(w)]
    assert "translations.js" in (editions[lang] / "search.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", [p.name for p in sorted((ROOT / sphinx_words.LOCALE).iterdir())])
def test_interface_catalogs_compile_the_same_each_time(lang):
    first, second = sphinx_words.compiled(lang), sphinx_words.compiled(lang)
    assert first == second and any(name.endswith("sphinx.mo") for name in first)
    for po in sphinx_words.catalogs(lang):
        ids = re.findall(r'^msgid "(.+)"$', po.read_text(encoding="utf-8"), flags=re.M)
        assert ids == sorted(ids) and len(ids) == len(set(ids)), po


@pytest.mark.parametrize("lang", params.LANGS)
def test_every_glue_name_and_parameter_is_described_in_each_language(lang):
    from mnjp.gluekeys import KEYS
    from mnjp.labels import has_label, parameter_help

    assert not [name for name in KEYS if not has_label(f"gluekey.{name}", lang)]
    assert all(parameter_help(name, lang) for name in params.DEFAULTS)
    text = parameter_help("lang", lang)
    assert "{" not in text and all(code in text for code in params.LANGS)


def _package_texts() -> set[str]:
    """Every description the data packages give of themselves, as the report shows them."""
    from mnjp import sources

    texts = set()
    for resource in sources.clean_package()["resources"]:
        texts.add(resource["title"])
        texts |= {field.get(key, "") for field in resource["schema"]["fields"]
                  for key in ("description", "unit", "source")}
    for resource in sources.external_package()["resources"]:
        texts |= {resource["title"], resource["description"], resource["licenses"][0]["title"],
                  resource["sources"][0]["title"]}
        if not sources.GITHUB_COPY.match(resource["sources"][1]["title"]):
            texts.add(resource["sources"][1]["title"])
    return texts - {""}


@pytest.mark.parametrize("lang", [lang for lang in params.LANGS if lang != "en"])
def test_every_description_of_the_data_packages_is_translated(lang):
    from mnjp.labels import described

    texts = _package_texts()
    assert len(texts) > 100
    missing = []
    for text in sorted(texts):
        try:
            described(text, lang)
        except KeyError:
            missing.append(text)
    assert not missing, f"{len(missing)} descriptions without a {lang} translation, e.g. {missing[:3]}"


# The article parser's own vocabulary: Mongolian words to read in the article, not words to show.
PARSER_VOCABULARY = {"numbers.py": {"SCALES", "QUALIFIERS", "_DECIMAL_SCALED"},
                     "translations.py": {"QUALIFIERS", "_CENTURY", "_AS_LATIN"}}


def _mongolian_literals(path: Path) -> list[int]:
    """Lines of the module's Cyrillic string literals, docstrings and parser vocabulary left out."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    vocabulary = PARSER_VOCABULARY.get(path.name, set())
    lines = []
    for statement in tree.body:
        targets = {t.id for t in getattr(statement, "targets", []) if isinstance(t, ast.Name)}
        if targets & vocabulary:
            continue
        lines += [node.lineno for node in ast.walk(statement) if isinstance(node, ast.Constant)
                  and isinstance(node.value, str) and re.search(r"[\u0400-\u04FF]", node.value)
                  and id(node) not in docstrings]
    return lines


def test_no_mongolian_word_in_the_package_outside_the_catalogs():
    found = {path.name: lines
             for path in sorted((ROOT / "src" / "mnjp").rglob("*.py")) if (lines := _mongolian_literals(path))}
    assert not found, found


def test_the_literal_check_sees_a_word_in_code_but_not_in_a_docstring_or_the_parsers_vocabulary(tmp_path):
    module = tmp_path / "numbers.py"
    module.write_text('"""Сар."""\nSCALES = {"сая": 6}\nx = f"{1} оны"\n', encoding="utf-8")
    assert _mongolian_literals(module) == [3]


# an ASCII stop, comma or semicolon run on from Japanese (or from a number in a Japanese run)
ASCII_MARK_IN_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff5e）」』、。\d][;,] "
                                    r"|[\u3040-\u30ff\u4e00-\u9fff）」』](?:\.(?![\w.])|[;,])")


def test_the_punctuation_check_finds_ascii_marks_in_japanese():
    assert ASCII_MARK_IN_JAPANESE.search("行 250, 251; 脚注 10.")  # the source line as it once read
    assert ASCII_MARK_IN_JAPANESE.search("必須; 次のいずれか：MN, JP")
    assert not ASCII_MARK_IN_JAPANESE.search("出典：セルジャブ（2017）の250・251行目、脚注10。")
    assert not ASCII_MARK_IN_JAPANESE.search("Correlates of War 二国間貿易 v4.0（peacesciencer）")


@pytest.mark.skipif("ja" not in CHECKED, reason="the Japanese edition is not built")
def test_the_japanese_edition_punctuates_as_japanese_is_written(editions):
    """Lists, runs of numbers and sentence ends joined by the code read 、・。 (text.list,
    text.series, text.end), not '; ', ', ' and '.'."""
    found = {}
    for path in pages(editions["ja"]):
        text = " ".join(read_page(path).words)
        hits = [text[max(0, m.start() - 20):m.end() + 10] for m in ASCII_MARK_IN_JAPANESE.finditer(text)]
        if hits:
            found[path.relative_to(editions["ja"]).as_posix()] = hits[:5]
    assert not found, found
