"""The built report in real Chromium (Debian's, driven by Playwright): every page loads, every
image renders, nothing is requested from outside the machine, the glued numbers are on the
pages. Screenshots of every page go to build/screenshots/<lang>/."""
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from mnjp import runner

from conftest import ROOT, run_folder

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
QUIET = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-quic"]
LOCAL_SCHEMES = {"file", "data", "about", "blob"}


EDITIONS = ("en", "mn")


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
    return sorted(p for p in folder.rglob("*.html") if not {"_sources", "_static", "_downloads"} & set(p.relative_to(folder).parts))


def visit(browser, path: Path, shot: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests, failed, errors = [], [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("requestfailed", lambda r: failed.append(f"{r.url} ({r.failure})"))
    page.on("pageerror", lambda e: errors.append(str(e)))
    response = page.goto(path.as_uri(), wait_until="load")
    page.wait_for_timeout(200)
    images = page.eval_on_selector_all("img", "els => els.map(e => [e.getAttribute('src'), e.complete && e.naturalWidth > 0])")
    text = page.inner_text("body")
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shot), full_page=True)
    page.close()
    return response, requests, failed, errors, images, text


@pytest.mark.parametrize("lang", EDITIONS)
def test_every_page_loads_renders_and_stays_offline(editions, browser, lang):
    report = editions[lang]
    shots = ROOT / "build" / "screenshots" / lang
    shutil.rmtree(shots, ignore_errors=True)
    found = pages(report)
    assert len(found) >= 10
    problems = []
    for path in found:
        name = path.relative_to(report).as_posix()
        response, requests, failed, errors, images, _ = visit(browser, path, shots / (name.replace("/", "__") + ".png"))
        if response is None or not response.ok:
            problems.append(f"{name}: did not load")
        problems += [f"{name}: request failed: {f}" for f in failed]
        problems += [f"{name}: left the machine: {u}" for u in requests if urlparse(u).scheme not in LOCAL_SCHEMES]
        problems += [f"{name}: image not rendered: {src}" for src, ok in images if not ok]
        problems += [f"{name}: script error: {e}" for e in errors]
    assert problems == []
    assert len(list(shots.glob("*.png"))) == len(found)


def test_every_page_links_to_the_same_page_in_the_other_edition(editions, browser):
    page = browser.new_page()
    for lang, other in (("en", "mn"), ("mn", "en")):
        for path in pages(editions[lang]):
            if path.name in ("genindex.html", "search.html") or path.parent == editions[lang] and path.name == "index.html":
                continue
            page.goto(path.as_uri())
            href = page.get_attribute("a.edition-switch", "href")
            target = editions[other] / path.relative_to(editions[lang])
            assert href == target.as_uri() and target.exists(), (lang, path.name, href)
    page.close()


GLUE = re.compile(r"\{glue:text\}`(?:(?P<doc>[^`:]+\.ipynb)::)?(?P<key>[A-Za-z_0-9]+)(?::(?P<spec>[^`]*))?`")


@pytest.fixture(scope="module")
def folder_of(project):
    """The shared build's run folder of a notebook (English, default parameters)."""
    return lambda name: run_folder(project, name)


def expected_texts(markdown: str, here: str | None, folder_of) -> list[str]:
    """The text each glue role of a page renders: format(value, spec) of the glued value."""
    out = []
    for match in GLUE.finditer(markdown):
        name = Path(match["doc"]).stem if match["doc"] else here
        value = runner.glued(folder_of(name) / f"{name}.ipynb")[match["key"]]
        out.append(format(value, match["spec"]) if match["spec"] else str(value))
    return out


def chapter_markdown(name: str, folder_of) -> str:
    notebook = json.loads((folder_of(name) / f"{name}.ipynb").read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in notebook["cells"]
                     if c["cell_type"] == "markdown" and "remove-cell" not in c["metadata"].get("tags", []))


@pytest.mark.parametrize("name", ["aid", "trade", "visits", "timeline", "audit", "dictionary", "sources", "rerun"])
def test_glued_numbers_appear_on_their_chapter(report, browser, folder_of, name):
    *_, text = visit(browser, report / "notebooks" / f"{name}.html", ROOT / "build" / "screenshots" / "glue" / f"{name}.png")
    expected = expected_texts(chapter_markdown(name, folder_of), name, folder_of)
    assert [e for e in expected if e not in text] == []


@pytest.mark.parametrize("page", ["intro", "method"])
def test_glued_numbers_appear_on_the_narrative_pages(report, browser, folder_of, page):
    *_, text = visit(browser, report / "book" / f"{page}.html", ROOT / "build" / "screenshots" / "glue" / f"{page}.png")
    expected = expected_texts((ROOT / "book" / f"{page}.md").read_text(encoding="utf-8"), None, folder_of)
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
        footnotes = page.eval_on_selector_all("a[href^='sources.html#fn-']", "els => els.map(e => e.getAttribute('href'))")
        assert footnotes, name
    page.goto((report / "notebooks" / "sources.html").as_uri())
    for number in range(1, 27):
        assert page.locator(f"[id='fn-{number}']").count() == 1
    page.close()
