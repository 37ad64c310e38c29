"""The PDF of each edition (Chromium printing the single-page build), checked with Debian's
poppler-utils and pypdf: A4, every font embedded, the glued headline numbers and the
Mongolian words as text, charts as vectors, every internal link resolving, linked from
every page. A missing chart or a glyph no print font has stops the build, naming the page,
and leaves the last good PDF in place. All of them read the PDFs, so all are slow
(conftest.SLOW_FIXTURES): the shared build prints the PDFs only for a run that includes them."""
import hashlib
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from conftest import EDITIONS, run_folder

import mnjp
from mnjp import pdf, release, runner
from mnjp.labels import label

GLUE = re.compile(r"\{glue:text\}`(?:(?P<doc>[^`:]+\.ipynb)::)?(?P<key>[A-Za-z_0-9]+)(?::(?P<spec>[^`]*))?`")
# The body of an A4 page without the running header and footer (points; see pdf.MARGIN).
BODY = ["-x", "0", "-y", "48", "-W", "596", "-H", "746"]


def tool(*command: str) -> str:
    if not shutil.which(command[0]):
        pytest.fail(f"{command[0]} is missing: `make test` installs poppler-utils (tools/system-packages.sh)")
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def pdfs(project, project_command):
    """The PDF of each edition, printed by the test run's shared build; return {lang: PDF}."""
    assert "--pdf" in project_command, f"the shared build was made without its PDFs: {project_command}"
    return {lang: project / "_build" / "pdf" / lang / release.pdf_name(lang) for lang in EDITIONS}


@pytest.fixture(scope="module")
def html(project) -> Path:
    return project / "_build" / "html"


def flat(text: str) -> str:
    return " ".join(text.split())


def unspaced(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def texts(pdfs):
    # Chromium prints Japanese glyphs as Type 3 fonts, whose metrics throw pdftotext's layout
    # analysis off (a bold amount comes out split over lines): the ja text is read in the order
    # the page draws it (-raw).
    return {lang: flat(tool("pdftotext", *BODY, *(["-raw"] if lang == "ja" else []), str(path), "-"))
            for lang, path in pdfs.items()}


@pytest.mark.parametrize("lang", EDITIONS)
def test_a4_pages_and_a_reasonable_page_count(pdfs, lang):
    info = dict(re.findall(r"^([^:]+):\s+(.*)$", tool("pdfinfo", str(pdfs[lang])), re.M))
    assert info["Page size"].startswith("595.92 x 842.88"), info["Page size"]
    assert 20 <= int(info["Pages"]) <= 200, info["Pages"]


@pytest.mark.parametrize("lang", EDITIONS)
def test_every_font_is_embedded(pdfs, lang):
    rows = tool("pdffonts", str(pdfs[lang])).splitlines()[2:]
    assert rows
    # columns: name, type, encoding, emb, sub, uni, object, id; the name may be "[none]" (Type 3)
    assert [r for r in rows if r.split()[-5] != "yes"] == []


def glued_texts(markdown: str, lang: str, project: Path) -> list[str]:
    """What each glue role of a page shows: format(value, spec) of the value its notebook glued."""
    out = []
    for match in GLUE.finditer(markdown):
        name = Path(match["doc"]).stem
        folder = run_folder(project, name, lang)
        value = runner.glued(folder / f"{name}.ipynb")[match["key"]]
        out.append(format(value, match["spec"]) if match["spec"] else str(value))
    return out


@pytest.mark.parametrize("lang", EDITIONS)
def test_the_text_recovers_the_glued_headline_numbers(texts, project, lang):
    from mnjp import stage

    page = stage.book_pages(lang)["book/intro.md"]
    expected = glued_texts(page.read_text(encoding="utf-8"), lang, project)
    assert len(expected) >= 4
    assert [flat(e) for e in expected if flat(e) not in texts[lang]] == []


def test_the_mongolian_text_is_exact(texts):
    words = [label(f"{chapter}.title", "mn") for chapter in ("trade", "visits", "timeline")]
    words += [label("release.contents", "mn"), label("col.item", "mn"), release.cite_line("mn")]
    words += mnjp.article_metadata()["title_mn"].split()  # the source's title: гүнзгийрэл
    assert [w for w in words if flat(w) not in texts["mn"]] == []
    assert "ө" in texts["mn"] and "ү" in texts["mn"] and "Ө" in texts["mn"]


def test_the_japanese_text_is_exact(texts, pdfs, project):
    """Japanese comes out of the PDF as text: the edition's words and its amounts in 億 and 万 as
    the notebooks glued them; every font is embedded with a map to Unicode (text, not pictures)."""
    cjk = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    words = [label(key, "ja") for key in ("release.contents", "col.item", "col.as_printed", "col.usd_at_rate")]
    words += [release.cite_line("ja")]
    amounts = [value for name in ("aid", "trade")
               for key, value in runner.glued(run_folder(project, name, "ja") / f"{name}.ipynb").items()
               if key.endswith("_text") and isinstance(value, str) and cjk.search(value)]
    assert len(amounts) >= 5 and any("億" in a for a in amounts)
    # Japanese breaks a line anywhere, with no space: compare without whitespace
    assert [w for w in words + amounts if unspaced(w) not in unspaced(texts["ja"])] == []
    fonts = tool("pdffonts", str(pdfs["ja"])).splitlines()[2:]
    # columns from the right: emb, sub, uni, object, id
    assert fonts and [f for f in fonts if f.split()[-5] != "yes" or f.split()[-3] != "yes"] == []


@pytest.mark.parametrize("lang", EDITIONS)
def test_charts_are_vectors(pdfs, lang):
    rows = tool("pdfimages", "-list", str(pdfs[lang])).splitlines()[2:]
    widths = [int(r.split()[3]) for r in rows]
    assert [w for w in widths if w >= 300] == [], "a chart was printed as a raster image"


@pytest.mark.parametrize("lang", EDITIONS)
def test_contents_and_every_internal_link_resolve(pdfs, lang):
    from pypdf import PdfReader

    reader = PdfReader(pdfs[lang])
    names = set(reader.named_destinations)
    links, broken = 0, []
    for number, page in enumerate(reader.pages, start=1):
        for reference in page.get("/Annots") or []:
            annotation = reference.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            action = annotation.get("/A")
            target = annotation.get("/Dest") or (action.get("/D") if action and action.get("/S") == "/GoTo" else None)
            if target is None:  # a link out of the document: to the web, never to a file of this machine
                uri = str(action.get("/URI", "")) if action else ""
                assert uri.startswith(("https://", "http://", "mailto:")), (number, uri)
                continue
            links += 1
            if isinstance(target, str) and target not in names:
                broken.append((number, target))
    assert links >= 30 and broken == []
    assert len(reader.outline) >= 9  # bookmarks: the root page and the chapters
    # NFKC: pypdf reads some CJK glyphs as their compatibility forms (目 as the radical ⽬)
    first = flat(unicodedata.normalize("NFKC", reader.pages[0].extract_text()))
    assert label("release.contents", lang) in first


@pytest.mark.parametrize("lang", EDITIONS)
def test_every_page_links_its_pdf(pdfs, html, lang):
    edition = html / lang
    pages = [p
             for p in edition.rglob("*.html") if not {"_static",
                                                      "_sources", "_downloads"} & set(p.relative_to(edition).parts)
             and p != edition / "index.html"]
    assert len(pages) >= 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        hrefs = re.findall(r'<p class="mnjp-pdf"><a href="([^"]+)"', text)
        assert len(hrefs) == 1 and (page.parent / hrefs[0]).resolve() == (edition / pdfs[lang].name).resolve(), page
    assert (edition / pdfs[lang].name).read_bytes() == pdfs[lang].read_bytes()
    digest, name = (pdfs[lang].parent / release.SUMS).read_text().split()
    assert name == pdfs[lang].name and digest == hashlib.sha256(pdfs[lang].read_bytes()).hexdigest()


@pytest.fixture
def broken_stage(pdfs, project, tmp_path):
    """A copy of the English single-page build and its charts, and a copy of the good PDF as the last good one."""
    stage = project / "build" / "book" / "en"
    shutil.copytree(stage / "_build" / "singlehtml", tmp_path / "singlehtml")
    shutil.copytree(stage / "notebooks", tmp_path / "charts",
                    ignore=shutil.ignore_patterns("*.ipynb", "*.zip", "*.xlsx"))
    last_good = tmp_path / "out" / "report.pdf"
    last_good.parent.mkdir()
    shutil.copy2(pdfs["en"], last_good)
    return tmp_path / "singlehtml" / "print.html", tmp_path / "charts", last_good


def test_a_missing_chart_stops_the_pdf_naming_the_page(broken_stage):
    page, charts, last_good = broken_stage
    before = last_good.read_bytes()
    (charts / "trade-1989.svg").unlink()
    with pytest.raises(pdf.PdfError,
                       match=r"page notebooks/trade \(Trade and investment[^)]*\): chart trade-1989 has no SVG"):
        pdf.print_pdf(page, charts, "en", last_good, root="book/intro")
    assert last_good.read_bytes() == before


def test_a_glyph_no_print_font_has_stops_the_pdf_naming_the_page(broken_stage):
    page, charts, last_good = broken_stage
    before = last_good.read_bytes()
    text = page.read_text(encoding="utf-8")
    marker = '<span id="document-notebooks/visits"></span>'
    assert marker in text
    # Mongolian in its traditional script: neither DejaVu nor Noto CJK draws it.
    page.write_text(text.replace(marker, marker + "<p>ᠮᠣᠩᠭᠣᠯ</p>"), encoding="utf-8")
    with pytest.raises(pdf.PdfError,
                       match=r"page notebooks/visits \(High-level visits[^)]*\): no print font .*U\+182E"):
        pdf.print_pdf(page, charts, "en", last_good, root="book/intro")
    assert last_good.read_bytes() == before
