"""The Mongolian edition's wording: the article's terms, not the variants a Mongolian editor rejected.

`data/glossary/rejected_mn.csv` lists each rejected form with the form to use, and the glossary
row (`terms.csv` concept or `names.csv` id) whose Mongolian form it is. The article's own words
(its verbatim quotes, and names and offices as it prints them) are not checked: a quote stays
as printed.
"""
import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mnjp.labels import catalog, date_text, full_date, label

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "data" / "glossary"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


REJECTED = read(GLOSSARY / "rejected_mn.csv")
TERMS = {t["concept"]: t for t in read(GLOSSARY / "terms.csv")}
NAMES = {n["id"]: n for n in read(GLOSSARY / "names.csv")}
# columns of data/extracted that the article prints verbatim
AS_PRINTED = {"quote_mn", "office_mn", "person_as_printed", "value_as_printed"}


def rejected_forms(text: str) -> list[str]:
    """The rejected forms that `text` uses. A rejected form that is part of the form to use
    («техникийн хамтын ажиллагаа» in «техникийн хамтын ажиллагааны тусламж») counts only
    outside it."""
    flat = " ".join(text.split())
    found = []
    for row in REJECTED:
        bad, use = row["rejected"], row["use"]
        # Mongolian forms in any case; an English one («CPI») as written, not inside a path («cpi-us»)
        if not re.search("[A-Za-z]", bad):
            bad, use, where = bad.lower(), use.lower(), flat.lower()
        else:
            where = flat
        where = where.replace(use, " ") if bad in use else where
        # a form starts a word (not "us_cpi_annual.csv"); a suffix may follow it
        if re.search(r"(?<!\w)" + re.escape(bad), where):
            found.append(row["rejected"])
    return found


def mongolian_sources() -> dict[str, str]:
    """Every Mongolian text the project writes: lang-mn cells, book/*.mn.md, interface words,
    and the data's own Mongolian labels (measures, titles)."""
    texts = {}
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if "lang-mn" in cell["metadata"].get("tags", []):
                texts[f"{path.name} cell {cell['id']}"] = "".join(cell["source"])
    for path in sorted((ROOT / "book").glob("*.mn.md")):
        texts[f"book/{path.name}"] = path.read_text(encoding="utf-8")
    for message in catalog("mn"):
        if message.id:
            texts[f"mn catalog {message.id}"] = message.string
    for path in sorted((ROOT / "data" / "extracted").glob("*.csv")):
        for row in read(path):
            for column, value in row.items():
                if column.endswith("_mn") and column not in AS_PRINTED and value:
                    texts[f"{path.name} {row['id']} {column}"] = value
    return texts


class ReaderText(HTMLParser):
    """A page's text as the reader sees it, without the article's verbatim quotes (the quotes
    tables and the audit's block quotes), scripts and styles."""
    SKIP = {"script", "style", "blockquote"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "img", "meta", "link", "input", "hr", "wbr", "source"):
            return
        classes = (dict(attrs).get("class") or "").split()
        skip = tag in self.SKIP or (tag == "table" and "mnjp-quotes" in classes)
        self.stack.append((tag, skip))
        self.skipping += skip

    def handle_endtag(self, tag):
        while self.stack:
            name, skip = self.stack.pop()
            self.skipping -= skip
            if name == tag:
                break

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def reader_text(html: str) -> str:
    parser = ReaderText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


# --- the table itself ---------------------------------------------------------------

def test_each_rejected_form_points_to_the_glossary_form_to_use():
    wrong = []
    for row in REJECTED:
        entry = TERMS.get(row["glossary"]) or NAMES.get(row["glossary"])
        if row["glossary"] and entry is None:
            wrong.append((row["rejected"], "no glossary row " + row["glossary"]))
        elif entry is not None and row["use"].lower() not in entry["mn"].lower() \
                and entry["mn"].lower() not in row["use"].lower():  # the term itself, or an inflected form
            wrong.append((row["rejected"], row["use"], entry["mn"]))
        if not row["why"]:
            wrong.append((row["rejected"], "no reason"))
    assert not wrong


def test_the_review_terms_are_in_the_glossary():
    """Every concept whose Mongolian term the review fixed has a row, and the article's term leads."""
    needed = {"oda", "oda_net", "technical_cooperation", "trade_turnover", "investment", "epa",
              "high_level_visit", "nominal_prices", "cpi", "exchange_of_notes", "head_of_government",
              "foreign_minister", "as_printed", "log_scale", "annual_average", "yen"}
    assert needed <= set(TERMS)
    for concept in ("oda", "technical_cooperation", "high_level_visit"):
        assert TERMS[concept]["mn"].lower().startswith(TERMS[concept]["article_term"].lower())
    assert NAMES["org.jbic"]["mn"] == "Японы Олон улсын хамтын ажиллагааны банк"


def test_the_check_finds_a_rejected_form_and_passes_the_right_one():
    assert rejected_forms("Японы албан ёсны хөгжлийн тусламжийн нийт дүн") == ["албан ёсны хөгжлийн тусламж"]
    assert rejected_forms("Техникийн хамтын ажиллагаа (2016 оны байдлаар)") == ["техникийн хамтын ажиллагаа"]
    assert rejected_forms("техникийн хамтын ажиллагааны тусламжийн нийлбэр") == []
    assert rejected_forms("Ерөнхий сайд, Засгийн газрын тэргүүн") == ["Ерөнхий сайд, Засгийн газрын тэргүүн"]
    assert rejected_forms("Засгийн газрын тэргүүний айлчлал") == []
    assert rejected_forms("АНУ-ын CPI-U цуваа") == ["CPI"]
    assert rejected_forms("data/external/us_cpi_annual.csv, GitHub datasets/cpi-us") == []
    text = reader_text('<p>Өндөр дээд түвшний айлчлал</p><table class="dataframe mnjp-quotes"><tr><td>ноот '
                       'бичиг</td></tr></table>'
                       "<blockquote><p>ноот бичиг</p></blockquote>")
    assert rejected_forms(text) == ["дээд түвшний айлчлал"]


# --- what the project writes, and what the reader reads --------------------------------

def test_mongolian_sources_use_the_articles_terms():
    found = {where: forms for where, text in mongolian_sources().items() if (forms := rejected_forms(text))}
    assert not found


def test_the_mongolian_edition_reads_the_articles_terms(editions):
    """The rendered pages of the mn edition (quotes aside) use no rejected form, and do use the
    article's terms for official development assistance and technical cooperation aid."""
    if "mn" not in editions:
        pytest.skip("the mn edition is not built in this run")
    found, text_of = {}, {}
    for page in sorted(editions["mn"].rglob("*.html")):
        text = reader_text(page.read_text(encoding="utf-8"))
        text_of[page.relative_to(editions["mn"]).as_posix()] = text.lower()
        if forms := rejected_forms(text):
            found[page.relative_to(editions["mn"]).as_posix()] = forms
    assert not found
    assert TERMS["oda"]["article_term"] in text_of["notebooks/aid.html"]
    assert TERMS["technical_cooperation"]["article_term"] in text_of["notebooks/aid.html"]
    assert TERMS["high_level_visit"]["mn"] in text_of["notebooks/visits.html"]


# --- dates as Mongolian publications print them ----------------------------------------

@pytest.mark.parametrize("date, mn, en", [
    ("2015-02-10", "2015 оны 2 дугаар сарын 10", "10 February 2015"),
    ("1972-02-24", "1972 оны 2 дугаар сарын 24", "24 February 1972"),
    ("2016-01-04", "2016 оны 1 дүгээр сарын 4", "4 January 2016"),   # нэг takes дүгээр
    ("2010-11-19", "2010 оны 11 дүгээр сарын 19", "19 November 2010"),
    ("2004-11", "2004 оны 11 дүгээр сар", "November 2004"),
    ("1990-02", "1990 оны 2 дугаар сар", "February 1990"),
    ("1987", "1987", "1987"),
    ("", "", ""),
])
def test_dates_read_as_words_not_iso(date, mn, en):
    assert date_text(date, "mn") == mn
    assert date_text(date, "en") == en


def test_a_missing_date_is_empty_and_a_full_date_is_words():
    assert date_text(float("nan"), "mn") == ""
    assert full_date(1974, 9, 23, "mn") == "1974 оны 9 дүгээр сарын 23"


def test_the_visits_and_timeline_tables_show_no_iso_date():
    import re

    import mnjp
    from mnjp import params, timeline, visits

    p = params.Params("mn", "JPY", **{k: v for k, v in params.DEFAULTS.items() if k not in ("lang", "currency")})
    tables = (visits.listing(visits.counted(mnjp.load("visits"), p), p),
              timeline.listing(timeline.events(mnjp.load("timeline"), p), p))
    for table in tables:
        dates = table[label("col.date", "mn")]
        assert not [d for d in dates if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", d)]
        assert any(d.endswith((" сар", " дугаар сарын 10", " сарын 24")) for d in dates)


def test_the_visits_table_names_visitors_as_the_glossary_does():
    """«Сү.Батболд», not «Сү. Батболд» as printed; a visit the article credits to «Гадаад харилцааны
    сайд нар» is one minister's."""
    import mnjp
    from mnjp import params, visits

    p = params.Params("mn", "JPY", **{k: v for k, v in params.DEFAULTS.items() if k not in ("lang", "currency")})
    people = list(visits.listing(visits.counted(mnjp.load("visits"), p), p)[label("col.person", "mn")])
    assert NAMES["person.batbold"]["mn"] in people and "Сү. Батболд" not in people
    assert not [name for name in people if name.endswith(" нар")]
    assert NAMES["office.mn_external_relations_minister"]["mn"] in people


def test_series_windows_read_as_words():
    from mnjp.sources import window

    assert window("1971-01 – 2026-06", "mn") == "1971 оны 1 дүгээр сар – 2026 оны 6 дугаар сар"
    assert window("1971–2025", "mn") == "1971–2025"


def test_a_series_window_in_another_form_is_one_line_naming_the_file():
    from mnjp.errors import DataError
    from mnjp.sources import window

    with pytest.raises(DataError) as refused:
        window("2020", "en")
    assert str(refused.value).splitlines() == [
        "data/external/datapackage.json, column \"mnjp.window\": '2020' is neither YYYY–YYYY nor YYYY-MM – YYYY-MM"]


def test_a_choice_of_languages_reads_as_mongolian_and_japanese_write_it():
    from mnjp.labels import and_list, parameter_help
    assert parameter_help("lang", "mn").endswith("en, ja эсвэл mn") and "зэрэг" not in parameter_help("lang", "mn")
    assert parameter_help("lang", "ja").endswith("en、ja、mnのいずれか")
    assert parameter_help("lang", "en").endswith("en, ja or mn")
    assert and_list(["1990-ээд", "2000-аад", "2010-аад"], "mn") == "1990-ээд, 2000-аад ба 2010-аад"
    assert [and_list(["A", "B"], "ja"), and_list(["A"], "en")] == ["AとB", "A"]


def test_a_series_taken_from_stored_pages_says_so_in_every_edition():
    from mnjp.sources import external_package, taken_from
    titles = [r["sources"][1]["title"] for r in external_package()["resources"]]
    stored = [t for t in titles if "(stored pages)" in t]
    assert stored and len(stored) < len(titles)
    for lang in ("en", "mn", "ja"):
        for title in stored:
            text = taken_from(title, lang)
            assert "(stored pages)" not in text and "—" not in text and "events_and_claims" in text
        assert "коммит" in taken_from(next(t for t in titles if t not in stored), "mn")
    assert "保存したウェブページ" in taken_from(stored[0], "ja") and "вэб хуудас" in taken_from(stored[0], "mn")
