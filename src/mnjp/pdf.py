"""A PDF of each edition: Debian's Chromium (driven by Playwright) prints a single-page
build of the staged book, with its charts as vectors.

Nothing executes: the single-page build renders the same papermill runs as the HTML
edition. Before printing, every chart's SVG must be there and every character of the
printed text must have a glyph in the print fonts; either failure names the page and
leaves the last good PDF in place (the new PDF replaces it only once it is whole).
"""
from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths
from .catalogs import label
from .citation import cite_line
from .console import Console
from .editions import TITLES
from .release import pdf_name, write_sums
from .render import BuildError, sphinx_build

if TYPE_CHECKING:
    from playwright._impl._api_structures import PdfMargins

PDF = paths.ROOT / "_build" / "pdf"
CHROMIUM = "/usr/bin/chromium"
QUIET = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
# The fonts of book/_static/print.css: DejaVu covers Latin and Cyrillic (Ө ө Ү ү), Noto CJK the Japanese titles.
PRINT_FONTS = ("DejaVu Sans", "DejaVu Sans Mono", "Noto Sans CJK JP")
MARGIN: PdfMargins = {"top": "18mm", "bottom": "18mm", "left": "16mm", "right": "16mm"}


class PdfError(BuildError):
    """The PDF could not be printed faithfully."""


def single_page(stage: Path, lang: str, console=None) -> Path:
    """Jupyter Book's single-page build of the staged edition (strict, like the HTML build,
    and in this process like it). The HTML build of the same stage has just read every page:
    this one only writes."""
    import yaml

    built = sphinx_build(stage, lang, console or Console(quiet=True), builder="singlehtml")
    root = yaml.safe_load((stage / "_toc.yml").read_text(encoding="utf-8"))["root"]
    # Sphinx writes the page at the root document's path (book/intro.html) with links relative
    # to the output folder; a copy at the top is where those links resolve.
    page = built / "print.html"
    shutil.copy2(built / f"{root}.html", page)
    return page


def font_coverage(families=PRINT_FONTS) -> dict[str, set[int]]:
    """The characters each print font has a glyph for (fontconfig finds the files Chromium uses)."""
    from fontTools.ttLib import TTCollection, TTFont

    coverage = {}
    for family in families:
        found = subprocess.run(["fc-match", "-f", "%{family}\n%{file}\n%{index}", family],
                               capture_output=True, text=True).stdout
        names, file, index = (found.split("\n") + ["", "", "0"])[:3]
        if family not in names.split(","):
            raise PdfError(f"print font {family!r} is not installed (fontconfig offers {names!r}); see "
                           f"tools/system-packages.sh")
        font = TTCollection(file).fonts[int(index or 0)] if file.endswith((".ttc", ".otc")) else TTFont(file)
        coverage[family] = set(font.getBestCmap())
    return coverage


def missing_glyphs(texts: list[tuple[str, str]], coverage: dict[str, set[int]]) -> list[str]:
    """One line per page whose printed text has characters no print font can draw."""
    known = set().union(*coverage.values())
    problems = []
    for page, text in texts:
        missing = sorted({c for c in text if ord(c) not in known and not c.isspace() and ord(c) >= 32})
        if missing:
            listed = ", ".join(f"{c!r} (U+{ord(c):04X})" for c in missing[:5])
            problems.append(f"page {page}: no print font ({', '.join(coverage)}) has a glyph for {listed}")
    return problems


SVG_AS_IMAGE_JS = """(els, to) => els.forEach(e => {
  const image = document.createElement("img");
  image.src = to; image.alt = e.getAttribute("aria-label") || ""; image.className = e.className;
  image.style.cssText = e.style.cssText; image.width = e.width;
  e.replaceWith(image);
})"""

# In the single-page build each chapter starts after <span id="document-NAME">; the root page has none.
PAGES_JS = """(root) => {
  const pages = [], seen = [];
  let page = {name: root, title: ""};
  const start = document.querySelector("main") || document.body;
  const walker = document.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const entry = () => {
    if (!seen.includes(page)) { seen.push(page); pages.push(page); page.text = ""; page.charts = []; }
  };
  entry();
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.id && node.id.startsWith("document-")) { page = {name: node.id.slice(9), title: ""}; entry(); }
      else if (/^H[1-3]$/.test(node.tagName) && !page.title) {
        page.title = node.textContent.replace("#", "").trim();
        page.anchor = node.closest("section") && node.closest("section").id;
      }
      else if (node.tagName === "IMG" && /_images\\/[^/]+\\.png$/.test(node.getAttribute("src")))
        page.charts.push(node.getAttribute("src"));
      else if (node.tagName === "OBJECT" && node.classList.contains("mnjp-chart"))
        page.charts.push(node.getAttribute("data"));
    } else if (node.parentElement && node.parentElement.checkVisibility({visibilityProperty: true})) {
      page.text += node.textContent;
    }
  }
  return pages;
}"""

TOC_JS = """([title, cite, contents]) => {
  const nav = document.createElement("nav");
  nav.className = "mnjp-print-cover";
  nav.innerHTML = `<p class="mnjp-print-title"></p><p class="mnjp-print-cite"></p>`
    + `<p class="mnjp-print-contents"></p><ol></ol>`;
  nav.children[0].textContent = title; nav.children[1].textContent = cite; nav.children[2].textContent = contents;
  const list = nav.querySelector("ol");
  const add = (section, level) => {
    const heading = section && section.querySelector(":scope > h1, :scope > h2, :scope > h3");
    if (!heading || !section.id) return;
    const item = document.createElement("li");
    item.className = "mnjp-toc-" + level;
    const link = document.createElement("a");
    link.href = "#" + section.id;
    link.textContent = heading.textContent.replace("#", "").trim();
    item.appendChild(link);
    list.appendChild(item);
  };
  const article = document.querySelector("article.bd-article") || document.querySelector("main") || document.body;
  // the root page, then each page of the book (a chapter) with its sections
  add(article.querySelector("section"), "chapter");
  for (const marker of article.querySelectorAll('span[id^="document-"]')) {
    const chapter = marker.nextElementSibling;
    add(chapter, "chapter");
    for (const section of chapter.querySelectorAll(":scope > section")) add(section, "section");
  }
  article.insertBefore(nav, article.firstChild);
}"""

# Links to files beside the page (downloads, the search page) would print as paths of this
# machine: they become plain text. Links within the document and to the web stay.
LOCAL_LINKS_JS = """() => {
  for (const a of document.querySelectorAll("a[href]")) {
    const url = new URL(a.href, location.href);
    if (url.protocol === "file:" && !(url.pathname === location.pathname && url.hash)) a.removeAttribute("href");
  }
}"""

HEADER = '<div style="font-size:7.5px;font-family:\'DejaVu Sans\';color:#555;width:100%;margin:0 16mm;">{title}</div>'
FOOTER = ('<div style="font-size:7.5px;font-family:\'DejaVu Sans\';color:#555;width:100%;margin:0 16mm;display:flex;'
          'justify-content:space-between;"><span>{cite}</span><span><span class="pageNumber"></span> / '
          '<span class="totalPages"></span></span></div>')


def print_pdf(page_file: Path, charts: Path, lang: str, out: Path, fonts=PRINT_FONTS, root: str = "") -> Path:
    """Print the single-page build to out (via a temporary file), charts swapped for their SVGs."""
    page_file = page_file.resolve()
    from playwright.sync_api import sync_playwright

    title = TITLES[lang]
    if not Path(CHROMIUM).exists():
        raise PdfError(f"{CHROMIUM} is missing: install Debian's chromium (tools/system-packages.sh)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=QUIET)
        try:
            page = browser.new_page()
            # Nothing leaves the machine (the single-page build names a MathJax CDN it does not need).
            page.route("**/*",
                       lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
            page.goto(page_file.as_uri(), wait_until="load")
            page.emulate_media(media="print")
            pages = page.evaluate(PAGES_JS, root or page_file.stem)
            problems = _swap_charts(page, page_file, charts, pages)
            problems += missing_glyphs([(_name(p), p["text"]) for p in pages], font_coverage(fonts))
            if problems:
                raise PdfError(f"PDF of the {lang} edition not printed:\n" + "\n".join(problems))
            page.evaluate(TOC_JS, [title, cite_line(lang), label("release.contents", lang)])
            page.evaluate(LOCAL_LINKS_JS)
            page.wait_for_function("() => Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")
            out.parent.mkdir(parents=True, exist_ok=True)
            partial = out.with_name(f".{out.name}.partial")
            page.pdf(path=str(partial), format="A4", print_background=True, display_header_footer=True,
                     header_template=HEADER.format(title=html.escape(title)),
                     footer_template=FOOTER.format(cite=html.escape(cite_line(lang))),
                     margin=MARGIN, outline=True, tagged=True, prefer_css_page_size=False)
        finally:
            browser.close()
    partial.replace(out)
    return out


def _name(page: dict) -> str:
    return f"{page['name']} ({page['title']})" if page.get("title") else page["name"]


def _swap_charts(page, page_file: Path, charts: Path, pages: list[dict]) -> list[str]:
    """Point every chart (a PNG <img>, or an SVG <object> of mnjp.sphinx_charts) at the SVG
    its notebook saved; list the missing ones."""
    problems = []
    for entry in pages:
        for src in entry["charts"]:
            shown = (page_file.parent / src).resolve()
            svg = charts / shown.with_suffix(".svg").name
            if not svg.exists():
                problems.append(f"page {_name(entry)}: chart {shown.stem} has no SVG ({paths.rel(svg)})")
                continue
            if shown.suffix == ".svg":
                # An <object> (there for hover values) prints blank: print the SVG as an image.
                page.eval_on_selector_all(f'object[data="{src}"]', SVG_AS_IMAGE_JS, svg.as_uri())
                continue
            shutil.copy2(svg, shown.with_suffix(".svg"))
            page.eval_on_selector_all(f'img[src="{src}"]', "(els, to) => els.forEach(e => e.src = to)",
                                      shown.with_suffix(".svg").as_uri())
    return problems


def make(stage: Path, lang: str, console=None) -> Path:
    """The edition's PDF, printed into the stage (not yet published)."""
    import yaml

    root = yaml.safe_load((stage / "_toc.yml").read_text(encoding="utf-8"))["root"]
    return print_pdf(single_page(stage, lang, console), stage / "notebooks", lang,
                     stage / "_build" / "pdf" / pdf_name(lang), root=root)


def publish(made: Path, lang: str, edition: Path) -> Path:
    """The PDF into _build/pdf/<lang>/ (with its SHA256SUMS) and beside the HTML edition's pages."""
    target = PDF / lang
    target.mkdir(parents=True, exist_ok=True)
    fresh = target / f".{made.name}.new"
    shutil.copy2(made, fresh)
    fresh.replace(target / made.name)
    write_sums(target, [made.name])
    shutil.copy2(made, edition / made.name)
    return target / made.name
