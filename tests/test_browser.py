"""The built report in real Chromium (Debian's, driven by Playwright): every page loads, every
image renders, nothing is requested from outside the machine, the glued numbers are on the
pages, every page passes axe-core at 1280 and 390 px. To look at the pages, set MNJP_SCREENSHOTS
to a folder: a full-page screenshot of each goes to <lang>/<width>/ in it (a third of the time).
The tests that read the sweeps are slow (conftest.SLOW_FIXTURES); the glued numbers are also
checked in each page's HTML, which `make test` does too."""
import html
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import EDITIONS, once
from conftest import run_folder as project_run_folder

from mnjp import release, runner

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
QUIET = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]
LOCAL_SCHEMES = {"file", "data", "about", "blob"}


BUILT: Path | None = None  # the test run's built project (conftest's `project`), for the glue lookups


@pytest.fixture(scope="module", autouse=True)
def built_project(project):
    global BUILT  # noqa: PLW0603 (the module's fixture hands the built project to the glue lookups)
    BUILT = project
    return project


def screenshots() -> Path | None:
    folder = os.environ.get("MNJP_SCREENSHOTS")
    return Path(folder).resolve() if folder else None


@pytest.fixture(scope="module")
def report(editions):
    return editions["en"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (tools/system-packages.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=QUIET)
        yield browser
        browser.close()


def pages(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*.html")
        if not {"_sources", "_static", "_downloads"} & set(p.relative_to(folder).parts)
    )


WIDTHS = (1280, 390)
# axe-core rules of WCAG 2.0, 2.1 and 2.2, levels A and AA (experimental rules included)
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# What the tables' cells look like: each cell narrower than three characters of its own font
# (a column squeezed until its words stack a character a line), and each cell of a short column
# (an amount, a date, a line link) without a space whose text runs onto a second line.
TABLE_CELLS = """() => {
  const shown = [...document.querySelectorAll('table.mnjp-table th, table.mnjp-table td')]
    .filter(c => c.getClientRects().length && c.textContent.trim());
  const wraps = c => {
    const rects = [], walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      if (!walk.currentNode.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(walk.currentNode);
      rects.push(...range.getClientRects());
    }
    const firstBottom = Math.min(...rects.map(r => r.bottom));
    return rects.some(r => r.top >= firstBottom - 1);
  };
  const short = shown.filter(c => c.matches('td.mnjp-short') && !/\\s/.test(c.textContent.trim()));
  return {
    squeezed: shown.filter(c => c.getBoundingClientRect().width < 3 * parseFloat(getComputedStyle(c).fontSize))
      .map(c => c.textContent.trim().slice(0, 40)),
    shortCells: short.length,
    wrapped: short.filter(wraps).map(c => c.textContent.trim().slice(0, 40)),
  };
}"""
MEASURE = """() => ({
  scrollWidth: document.documentElement.scrollWidth, innerWidth: innerWidth,
  images: [...document.images].map(e => [e.getAttribute('src'), e.complete && e.naturalWidth > 0]),
  charts: [...document.querySelectorAll('figure img, figure object.mnjp-chart')].filter(e => e.getClientRects().length)
    .map(e => [e.src || e.data, e.getBoundingClientRect().width]),
  objects: [...document.querySelectorAll('object')].filter(e => e.getClientRects().length).map(e => e.data),
  searchControls: [...document.querySelectorAll('.search-button-field, .search-button')].filter(e => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  }).length,
  switches: [...document.querySelectorAll('a.edition-switch')].map(e => [e.hreflang, e.href, e.lang,
    e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0
    && getComputedStyle(e).visibility !== 'hidden']),
  ...(""" + TABLE_CELLS + """)(),
})"""


# resultTypes: every rule still runs on every node; only the violations are written out in
# full, which saves a third of axe's time on these pages
AXE_RUN = """tags => axe.run(document, {resultTypes: ['violations'],
    runOnly: {type: 'rule', values: axe.getRules(tags).map(r => r.ruleId)}}).then(r => r.violations)"""


def sweep(browser, lang: str, folder: Path, width: int) -> dict[str, dict]:
    """Every page of one edition at one width, in one browser tab: what it loaded, how wide it
    is, its images and charts, its text and its axe-core violations (and a screenshot when
    MNJP_SCREENSHOTS names a folder)."""
    from axe_playwright_python.sync_playwright import Axe

    script = Axe().axe_script
    out = {}
    page = browser.new_page(viewport={"width": width, "height": 900})
    log = {"requests": [], "failed": [], "errors": []}
    page.on("request", lambda r: log["requests"].append(r.url))
    page.on("requestfailed", lambda r: log["failed"].append(f"{r.url} ({r.failure})"))
    page.on("pageerror", lambda e: log["errors"].append(str(e)))
    shots = screenshots() / lang / str(width) if screenshots() else None
    if shots:
        shutil.rmtree(shots, ignore_errors=True)
    for path in pages(folder):
        name = path.relative_to(folder).as_posix()
        for entries in log.values():
            entries.clear()
        start = path.as_uri()
        response = page.goto(start, wait_until="load")
        if b'http-equiv="Refresh"' in path.read_bytes()[:300]:  # the root page forwards to the first chapter
            page.wait_for_url(lambda url, start=start: url != start, wait_until="load")
        seen_here = page.evaluate(MEASURE)
        # an embedded chart is a frame of its own: loaded when its document holds the chart
        drawn = {frame.url for frame in page.frames[1:] if frame.evaluate("!!document.querySelector('svg g[id]')")}
        seen_here["objects"] = [(url, url in drawn) for url in seen_here["objects"]]
        seen_here["text"] = page.inner_text("body")
        # the page's own requests; axe-core then fetches the stylesheets itself, which file:// refuses
        seen_here.update(ok=response is not None and response.ok, **{k: list(v) for k, v in log.items()})
        page.evaluate(script)
        violations = page.evaluate(AXE_RUN, WCAG_TAGS)
        seen_here["axe"] = [f"{v['id']} ({len(v['nodes'])}): {v['nodes'][0]['html'][:120]}" for v in violations]
        # the events of axe's own (refused) fetches arrive now, not in the next page's log
        page.wait_for_timeout(100)
        if shots:
            shots.mkdir(parents=True, exist_ok=True)
            # one viewport as tall as the page: Chromium paints embedded charts only inside the viewport
            page.set_viewport_size({"width": width, "height": page.evaluate("document.documentElement.scrollHeight")})
            page.wait_for_timeout(100)
            page.screenshot(path=str(shots / (name.replace("/", "__") + ".png")))
            page.set_viewport_size({"width": width, "height": 900})
        out[name] = seen_here
    page.close()
    return out


class Seen:
    """What the browser saw of every page of every edition at every width, {(lang, width, page
    name): what it saw}. Each edition and width is swept once per test run, by whichever worker
    first needs it (the others read its record), so that two workers share the sweep."""

    def __init__(self, config, editions, browser):
        self.config, self.editions, self.browser = config, editions, browser
        self.sweeps = {}

    def job(self, lang: str, width: int):
        return f"seen-{lang}-{width}", lambda _folder: sweep(self.browser, lang, self.editions[lang], width)

    def at(self, lang: str, width: int) -> dict[str, dict]:
        if (lang, width) not in self.sweeps:
            # while another worker sweeps this one, this worker sweeps one that nobody has begun
            others = [self.job(*key) for key in SWEEPS if key != (lang, width)]
            self.sweeps[(lang, width)], _ = once(self.config, *self.job(lang, width), meanwhile=others)
        return self.sweeps[(lang, width)]

    def __getitem__(self, key):
        lang, width, name = key
        return self.at(lang, width)[name]


@pytest.fixture(scope="module")
def seen(pytestconfig, editions, browser):
    return Seen(pytestconfig, editions, browser)


SWEEPS = [(lang, width) for lang in EDITIONS for width in WIDTHS]


@pytest.mark.parametrize("lang, width", SWEEPS)
def test_every_page_loads_renders_and_stays_offline(seen, editions, lang, width):
    problems = []
    for name, page in seen.at(lang, width).items():
        where = f"{lang} {width}px {name}"
        if not page["ok"]:
            problems.append(f"{where}: did not load")
        problems += [f"{where}: request failed: {f}" for f in page["failed"]]
        problems += [
            f"{where}: left the machine: {u}" for u in page["requests"] if urlparse(u).scheme not in LOCAL_SCHEMES
        ]
        problems += [f"{where}: image not rendered: {src}" for src, ok in page["images"] + page["objects"] if not ok]
        problems += [f"{where}: script error: {e}" for e in page["errors"]]
    assert problems == []
    assert len(pages(editions[lang])) >= 10
    if screenshots():
        assert len(list((screenshots() / lang / str(width)).glob("*.png"))) == len(pages(editions[lang]))


def test_every_chart_mark_carries_its_value_for_hover(editions, browser):
    """The bars and points of the visits charts name their values in an SVG <title>."""
    page = browser.new_page()
    for lang, folder in editions.items():
        page.goto((folder / "notebooks" / "visits.html").as_uri(), wait_until="load")
        frames = [f for f in page.frames[1:] if f.url.endswith("visits-decades.svg")]
        assert frames, lang
        titles = frames[0].eval_on_selector_all("g[id^='mark-'] > title", "els => els.map(e => e.textContent)")
        # the count after the edition's colon ('1990s, Mongolia → Japan: 11'; Japanese '…：11')
        assert titles and all(t.replace("：", ": ").split(": ")[-1].isdigit() for t in titles), (lang, titles)
    page.close()


@pytest.mark.parametrize("lang, width", SWEEPS)
def test_no_page_scrolls_sideways(seen, lang, width):
    wide = [f"{lang} {width}px {name}: {page['scrollWidth']} px wide" for name, page in seen.at(lang, width).items()
            if page["scrollWidth"] > page["innerWidth"]]
    assert wide == []


@pytest.mark.parametrize("lang, width", SWEEPS)
def test_every_page_shows_one_search_control(seen, lang, width):
    """One way to search at every width: the sidebar's field on a wide screen (the theme's top
    bar, which held a second one, is hidden there), the header's button on a phone."""
    counts = {name: page["searchControls"] for name, page in seen.at(lang, width).items()}
    assert {name: n for name, n in counts.items() if n != 1} == {}


@pytest.mark.parametrize("lang, width", SWEEPS)
def test_no_accessibility_violations(seen, lang, width):
    """axe-core: WCAG 2.0, 2.1 and 2.2 rules, levels A and AA, on every page at both widths."""
    found = [f"{lang} {width}px {name}: {v}" for name, page in seen.at(lang, width).items() for v in page["axe"]]
    assert found == []


def test_the_sweeps_axe_check_finds_what_it_looks_for(browser):
    """The same axe-core call as the sweeps, on a page built to break five rules."""
    from axe_playwright_python.sync_playwright import Axe

    page = browser.new_page()
    page.set_content("<html><body><img src='x.png'><p style='color:#eee;background:#fff'>faint</p>"
                     "<button></button></body></html>")
    page.evaluate(Axe().axe_script)
    found = sorted(v["id"] for v in page.evaluate(AXE_RUN, WCAG_TAGS))
    page.close()
    assert found == ["button-name", "color-contrast", "document-title", "html-has-lang", "image-alt"]


@pytest.mark.parametrize("lang, width", SWEEPS)
def test_no_table_column_is_squeezed_and_no_amount_wraps(seen, lang, width):
    """Every table cell is at least three characters wide, and an amount, a date or a line link
    (a column the package marks short) written without a space stays on one line: Japanese, which
    may break between any two characters, once stacked 「文字列」 a character a line and split
    「1,259億 / 4,400万円」."""
    pages = seen.at(lang, width).items()
    squeezed = [f"{lang} {width}px {name}: {c}" for name, page in pages for c in page["squeezed"]]
    wrapped = [f"{lang} {width}px {name}: {c}" for name, page in pages for c in page["wrapped"]]
    assert squeezed == [] and wrapped == []
    # the amounts of the aid chapter are among the cells measured
    assert seen[(lang, width, "notebooks/aid.html")]["shortCells"] >= 10


def chart_svg(src: str) -> Path:
    """The SVG of a chart shown on a page: the image itself, or the SVG download beside a PNG."""
    path = Path(urlparse(src).path)
    if path.suffix == ".svg":
        return path
    edition = next(p for p in path.parents if p.parent.name == "html")
    return next(edition.glob(f"_downloads/*/{path.stem}.svg"))


@pytest.mark.parametrize("lang, width", SWEEPS)
def test_chart_text_is_legible_where_it_is_shown(seen, lang, width):
    """The smallest text of every chart shown, at the width the browser draws it, is at least
    charts.MIN_TEXT_PX CSS px, at 1280 px and on a 390 px phone (where a chart drawn for a phone
    replaces the wide one)."""
    from mnjp import charts

    small = set()
    for name, page in seen.at(lang, width).items():
        for src, shown in page["charts"]:
            svg = chart_svg(src)
            px = charts.smallest_text_px(svg.read_text(encoding="utf-8"), shown)
            if px < charts.MIN_TEXT_PX:
                small.add(f"{lang} {width}px {name}: chart {svg.stem} text {px:.1f} px")
    assert sorted(small) == []


class HtmlText(HTMLParser):
    """A page's text as its HTML holds it: every text node but those of scripts and styles."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        self.skipping += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skipping -= tag in ("script", "style") and self.skipping > 0

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = HtmlText()
    parser.feed(path.read_text(encoding="utf-8"))
    return re.sub(r"[ \t\r\n]+", " ", "".join(parser.parts))


# Where a page's text is read: its HTML (quick), or what Chromium shows of it in the sweeps (slow).
TEXT_SOURCES = ["html", pytest.param("browser", marks=pytest.mark.slow)]


def shown_text(request, source: str, lang: str, width: int, name: str) -> str:
    if source == "html":
        return html_text(BUILT / "_build" / "html" / lang / name)
    return request.getfixturevalue("seen")[(lang, width, name)]["text"]


@pytest.mark.parametrize("source", TEXT_SOURCES)
def test_the_front_page_states_its_findings(request, editions, source):
    """Every glued number of the front page's source (book/intro.md, book/intro.mn.md) is on it."""
    for lang in editions:
        page_file = page_source("intro", lang)
        expected = expected_texts(page_file.read_text(encoding="utf-8"), None, lang)
        assert expected, page_file
        for width in WIDTHS:
            text = shown_text(request, source, lang, width, "book/intro.html")
            assert [e for e in expected if e not in text] == [], (lang, width)


def count_roles(markdown: str, here: str | None) -> list[tuple[str, str]]:
    """(notebook, key) of every whole-number glue role (`:d`) of a page's source."""
    return [(Path(m["doc"]).stem if m["doc"] else here, m["key"]) for m in GLUE.finditer(markdown) if m["spec"] == "d"]


@pytest.mark.parametrize("source", TEXT_SOURCES)
def test_every_glued_count_is_the_same_on_every_page_and_in_every_edition(request, editions, source):
    """A count is computed once: each (notebook, key) glued as a whole number holds one value in
    both editions, and every page that quotes it shows that number."""
    values, problems = {}, []
    for lang in editions:
        pages_sources = {f"notebooks/{n}.html": (chapter_markdown(n, lang), n) for n in CHAPTERS}
        for page, name in (("intro", "intro"), ("method", "method")):
            pages_sources[f"book/{page}.html"] = (page_source(name, lang).read_text(encoding="utf-8"), None)
        for page, (markdown, here) in pages_sources.items():
            for notebook, key in count_roles(markdown, here):
                value = runner.glued(run_folder(notebook, lang) / f"{notebook}.ipynb")[key]
                values.setdefault((notebook, key), set()).add(value)
                for width in WIDTHS:
                    if format(value, "d") not in shown_text(request, source, lang, width, page):
                        problems.append(f"{lang} {width}px {page}: {notebook}::{key} = {value} not shown")
    problems += [
        f"{notebook}::{key} differs between editions: {sorted(v)}"
        for (notebook, key), v in values.items()
        if len(v) > 1
    ]
    assert values and problems == []


# Pages with no counterpart of their own: Sphinx's index and search pages, and the root page,
# which forwards to the first chapter.
WITHOUT_SWITCH = {"genindex.html", "search.html", "index.html"}


@pytest.mark.parametrize("lang, width", SWEEPS)
def test_every_page_links_visibly_to_the_same_page_in_every_other_edition(seen, editions, lang, width):
    problems = []
    for name, page in seen.at(lang, width).items():
        if name in WITHOUT_SWITCH:
            continue
        offered = page["switches"]
        if sorted(o[0] for o in offered) != sorted(set(editions) - {lang}):
            problems.append(f"{lang} {width}px {name}: offers {offered}")
        for other, href, text_lang, visible in offered:
            target = editions[other] / name
            if href != target.as_uri() or not target.exists() or text_lang != other:
                problems.append(f"{lang} {width}px {name}: the switch to {other} leads to {href} ({text_lang})")
            if not visible:
                problems.append(f"{lang} {width}px {name}: the switch to {other} is hidden")
    assert problems == []


GLUE = re.compile(r"\{glue:text\}`(?:(?P<doc>[^`:]+\.ipynb)::)?(?P<key>[A-Za-z_0-9]+)(?::(?P<spec>[^`]*))?`")


CHAPTERS = ["aid", "trade", "visits", "timeline", "audit", "dictionary", "sources", "rerun"]


def page_source(name: str, lang: str) -> Path:
    """The Markdown file the edition shows as book/<name>.html (book/x.<lang>.md, or book/x.md)."""
    from mnjp import stage

    return stage.book_pages(lang)[f"book/{name}.md"]


def run_folder(name: str, lang: str = "en") -> Path:
    """The shared build's run of a notebook (default parameters)."""
    return project_run_folder(BUILT, name, lang)


def expected_texts(markdown: str, here: str | None, lang: str = "en") -> list[str]:
    """The text each glue role of a page renders: format(value, spec) of the glued value."""
    out = []
    for match in GLUE.finditer(markdown):
        name = Path(match["doc"]).stem if match["doc"] else here
        value = runner.glued(run_folder(name, lang) / f"{name}.ipynb")[match["key"]]
        out.append(format(value, match["spec"]) if match["spec"] else str(value))
    return out


def chapter_markdown(name: str, lang: str = "en") -> str:
    notebook = json.loads((run_folder(name, lang) / f"{name}.ipynb").read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in notebook["cells"]
                     if c["cell_type"] == "markdown" and "remove-cell" not in c["metadata"].get("tags", []))


@pytest.mark.parametrize("source", TEXT_SOURCES)
@pytest.mark.parametrize("lang", EDITIONS)
@pytest.mark.parametrize("name", CHAPTERS)
def test_glued_numbers_appear_on_their_chapter(request, lang, name, source):
    text = shown_text(request, source, lang, 1280, f"notebooks/{name}.html")
    expected = expected_texts(chapter_markdown(name, lang), name, lang)
    assert [e for e in expected if e not in text] == []


@pytest.mark.parametrize("source", TEXT_SOURCES)
@pytest.mark.parametrize("lang", EDITIONS)
@pytest.mark.parametrize("page", ["intro", "method"])
def test_glued_numbers_appear_on_the_narrative_pages(request, lang, page, source):
    text = shown_text(request, source, lang, 1280, f"book/{page}.html")
    expected = expected_texts(page_source(page, lang).read_text(encoding="utf-8"), None, lang)
    assert expected and [e for e in expected if e not in text] == []


def test_every_quote_link_reaches_its_quote(report, browser):
    """Each row id in a chapter's tables links to an anchor on the same page."""
    page = browser.new_page()
    for name in ["aid", "trade", "visits", "timeline", "audit"]:
        page.goto((report / "notebooks" / f"{name}.html").as_uri())
        hrefs = page.eval_on_selector_all("a[href^='#q-']", "els => els.map(e => e.getAttribute('href'))")
        assert hrefs, name
        for href in set(hrefs):
            assert page.locator(f"[id='{href[1:]}']").count() == 1, (name, href)
        footnotes = page.eval_on_selector_all(
            "a[href^='sources.html#fn-']", "els => els.map(e => e.getAttribute('href'))"
        )
        assert footnotes, name
    page.goto((report / "notebooks" / "sources.html").as_uri())
    for number in range(1, 27):
        assert page.locator(f"[id='fn-{number}']").count() == 1
    page.close()


def test_search_finds_a_japanese_word_in_the_japanese_edition(editions, browser):
    """Sphinx's Japanese splitter cuts running Japanese text into words: a search for "ドル"
    (dollars), which the pages write inside amounts such as "1,700万ドル", finds the aid chapter."""
    search = editions["ja"] / "search.html"
    page = browser.new_page()
    page.goto(search.as_uri() + "?q=" + "ドル")
    # the summary is written once every result is listed
    page.wait_for_function("/\\d/.test(document.querySelector('#search-results .search-summary')?.textContent || '')",
                           timeout=20_000)
    found = page.eval_on_selector_all("#search-results ul.search li a", "els => els.map(e => e.href)")
    assert (editions["ja"] / "notebooks" / "aid.html").as_uri() in [f.split("?")[0].split("#")[0] for f in found]
    # the count of pages found, in the words of the edition's own catalog (Sphinx's leaves it English)
    summary = page.inner_text("#search-results .search-summary")
    assert f"{len(found)} 件" in summary and not re.search("[A-Za-z]", summary), summary
    page.close()


SCRIPT_BUDGET = 500_000  # bytes of script files a page names


def test_no_page_makes_a_phone_download_more_than_half_a_megabyte_of_script(editions):
    """The scripts each page names weigh less than half a megabyte together. (The theme's Font
    Awesome script alone weighed 1.5 MB on every page; the theme's stylesheet draws the same
    icons with the Font Awesome web fonts.)"""
    weights = {}
    for lang, folder in editions.items():
        for path in pages(folder):
            sources = re.findall(r'<script[^>]*\bsrc="([^"?#]+)', path.read_text(encoding="utf-8"))
            weights[f"{lang} {path.relative_to(folder)}"] = sum((path.parent / src).stat().st_size for src in sources)
    assert sum(size > 0 for size in weights.values()) >= 10 * len(editions)  # all but the forwarding root page
    assert {page: size for page, size in weights.items() if size > SCRIPT_BUDGET} == {}


# Each theme icon shown (the search, menu, download and contents buttons): its width, the glyph
# the theme's stylesheet gives it and that glyph's font; and the fonts the page has loaded.
ICONS = """async () => {
  await document.fonts.ready;
  const icons = [...document.querySelectorAll('.fa, .fa-solid, .fas, .fa-regular, .far, .fa-brands, .fab')]
    .filter(e => getComputedStyle(e).display !== 'none' && e.getClientRects().length)
    .map(e => { const before = getComputedStyle(e, '::before');
      return [e.className, e.getBoundingClientRect().width, before.content, before.fontFamily]; });
  return {icons, loaded: [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)};
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_the_theme_icons_are_drawn_by_the_icon_font(editions, browser, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    for lang, folder in editions.items():
        page.goto((folder / "notebooks" / "aid.html").as_uri(), wait_until="load")
        seen = page.evaluate(ICONS)
        assert seen["icons"] and any("Font Awesome 6 Free" in family for family in seen["loaded"]), (lang, width, seen)
        undrawn = [icon for icon in seen["icons"]
                   if icon[1] <= 0 or icon[2] in ("none", "normal") or "Font Awesome" not in icon[3]]
        assert undrawn == [], (lang, width)
    page.close()


@pytest.mark.parametrize("lang", EDITIONS)
def test_every_page_shows_the_cite_line_and_links_a_pdf_only_when_one_is_built(editions, project_command, lang):
    cite = html.escape(release.cite_line(lang))
    assert release.current().version in cite
    for path in pages(editions[lang]):
        if path == editions[lang] / "index.html":
            continue  # the root page forwards to the first chapter
        text = path.read_text(encoding="utf-8")
        assert cite in text, path
        assert text.count('<p class="mnjp-pdf">') == ("--pdf" in project_command), path


@pytest.mark.parametrize("lang", EDITIONS)
def test_the_published_downloads_pass_sha256sum(editions, lang, tmp_path):
    """What the rerun page tells readers to do: save the downloads in one folder, `sha256sum -c SHA256SUMS`."""
    downloads = editions[lang] / "_downloads"
    for name in (release.DATA_ZIP, release.WORKBOOK, release.SUMS):
        found = sorted(downloads.glob(f"*/{name}"))
        assert len(found) == 1, (name, found)
        shutil.copy2(found[0], tmp_path / name)
    result = subprocess.run(["sha256sum", "-c", release.SUMS], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.count(": OK") == 2, result.stdout + result.stderr


def test_the_theme_footer_speaks_the_edition_language(editions):
    """The theme's copyright line, which its Japanese catalogue leaves as "© Copyright 2026.",
    has no English word in the Japanese edition."""
    lines = {re.sub(r"<[^>]+>|\s+", " ", m).strip() for path in pages(editions["ja"])
             for m in re.findall(r'<p class="copyright">(.*?)</p>', path.read_text(encoding="utf-8"), re.S)}
    assert lines and [line for line in lines if re.search("[A-Za-z]", line)] == []
