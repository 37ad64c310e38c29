"""The Japanese edition's data: glossary of names, terminology, quote translations, allowlist.

Each check reads the files as committed; nothing here builds the book or runs a notebook.
"""
import csv
import re
from collections import Counter
from pathlib import Path

import pytest
from frictionless import Resource

from mnjp import translations
from mnjp.article import Article, article
from mnjp.numbers import roman

ROOT = Path(__file__).resolve().parents[1]
EXTRACTED = ROOT / "data" / "extracted"
GLOSSARY = ROOT / "data" / "glossary"
CLAIMS = ROOT / "data" / "external" / "events_and_claims_from_stored_pages.csv"
ARTICLE_FILE = "data/source/serjav-2017-mongolia-japan-relations.txt"
TRANSLITERATION = "project transliteration"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def extracted_rows() -> dict[str, dict[str, str]]:
    """Every row of data/extracted by id; footnotes are `references.N`."""
    rows = {}
    for path in sorted(EXTRACTED.glob("*.csv")):
        if path.name in ("quotes_ja.csv", "titles_ja.csv"):
            continue
        for row in read(path):
            rows[row["id"] if "id" in row else f"references.{row['number']}"] = row
    return rows


ROWS = extracted_rows()
NAMES = read(GLOSSARY / "names.csv")
TERMS = read(GLOSSARY / "terms.csv")
QUOTES_JA = read(EXTRACTED / "quotes_ja.csv")
ALLOWLIST = read(ROOT / "data" / "i18n" / "allowlist.csv")


def row_text(row: dict[str, str]) -> str:
    return " ".join(value for column, value in row.items() if column != "id" and value)


# --- Glossary of names ---------------------------------------------------------------

def test_glossary_validates_against_its_table_schema():
    report = Resource(path="names.csv", basepath=str(GLOSSARY), schema="names.schema.json").validate()
    problems = [(e.get("rowNumber"), e.get("fieldName"), e["message"]) for task in report.to_dict()["tasks"]
                for e in task["errors"]]
    assert report.valid, problems


def test_every_row_the_glossary_links_to_exists():
    missing = {(n["id"], ref) for n in NAMES for ref in n["used_by"].split() if ref not in ROWS}
    assert not missing


def test_every_link_is_real_the_row_prints_the_name():
    """An office is linked by the visit's printed office; anything else by one of its printed forms."""
    wrong = []
    for name in NAMES:
        forms = name["forms"].split("|")
        for ref in name["used_by"].split():
            row = ROWS[ref]
            if name["kind"] == "office":
                ok = row.get("office_mn") == name["mn"]
            else:
                ok = any(f in row_text(row) for f in forms)
            if not ok:
                wrong.append((name["id"], ref))
    assert not wrong


def test_every_row_that_prints_a_name_is_linked_to_it():
    unlinked = []
    for name in NAMES:
        if name["kind"] == "office":
            continue
        linked, forms = set(name["used_by"].split()), name["forms"].split("|")
        unlinked += [(name["id"], ref) for ref, row in ROWS.items()
                     if ref not in linked and any(f in row_text(row) for f in forms)]
    assert not unlinked


def test_every_person_and_office_in_the_visits_table_has_an_entry():
    people = {ref for n in NAMES if n["kind"] == "person" for ref in n["used_by"].split()}
    offices = {(ref, n["mn"]) for n in NAMES if n["kind"] == "office" for ref in n["used_by"].split()}
    visits = {ref: row for ref, row in ROWS.items() if ref.startswith("visit.")}
    assert visits
    # "Гадаад харилцааны сайд нар": visitors named only by their office are covered by the office
    named = {ref: row for ref, row in visits.items()
             if row["person_as_printed"] and not row["person_as_printed"].startswith(row["office_mn"] or "\0")}
    assert len(named) > 20
    assert not [ref for ref in named if ref not in people]
    assert not [ref for ref, row in visits.items() if row["office_mn"] and (ref, row["office_mn"]) not in offices]


def test_each_printed_person_has_one_entry():
    printed = Counter(form for n in NAMES if n["kind"] == "person" for form in n["forms"].split("|"))
    assert not [form for form, count in printed.items() if count > 1]


def cited_text(source: str) -> str | None:
    """The text a ja_source points at: a claims row (numbered from 1 after the header) or an article line."""
    if match := re.fullmatch(r"data/external/events_and_claims_from_stored_pages\.csv row (\d+)", source):
        return read(CLAIMS)[int(match.group(1)) - 1]["quote_verbatim"]
    if match := re.fullmatch(re.escape(ARTICLE_FILE) + r" line (\d+)", source):
        return article().split("\n")[int(match.group(1)) - 1]
    return None


@pytest.mark.parametrize("table", ["names", "terms"])
def test_a_cited_japanese_form_stands_in_what_it_cites(table):
    rows, honest = (NAMES, {TRANSLITERATION}) if table == "names" else (TERMS, {"project translation"})
    bad = []
    for row in rows:
        text = cited_text(row["ja_source"])
        if text is None and row["ja_source"] not in honest:
            bad.append((row["ja"], row["ja_source"], "not a source"))
        elif text is not None and row["ja"].split("（")[0] not in text:
            bad.append((row["ja"], row["ja_source"], "not in the cited text"))
    assert not bad


def test_quote_translations_name_people_as_the_glossary_does():
    """Where the Mongolian quote prints a person, the Japanese quote writes the glossary's form."""
    quotes = {q["id"]: q["quote_ja"] for q in QUOTES_JA}
    wrong = []
    for name in NAMES:
        if name["kind"] != "person":
            continue
        for ref in name["used_by"].split():
            quote_mn = ROWS[ref].get("quote_mn", "")
            if ref in quotes and any(f in quote_mn for f in name["forms"].split("|")) and name["ja"] not in quotes[ref]:
                wrong.append((ref, name["ja"]))
    assert not wrong


# --- Terminology ---------------------------------------------------------------------

def test_terms_are_complete_and_unique():
    assert len({t["concept"] for t in TERMS}) == len(TERMS)
    assert not [t["concept"] for t in TERMS if not all(t[c] for c in ("en", "mn", "ja", "ja_source"))]


def test_each_article_term_stands_in_the_article_at_its_line():
    text = Article(article())
    wrong = [(t["concept"], t["article_term"], t["article_line"]) for t in TERMS if t["article_term"]
             and int(t["article_line"]) not in text.quote_lines(t["article_term"])]
    assert not wrong
    assert not [t["concept"] for t in TERMS if t["article_line"] and not t["article_term"]]


def test_the_article_term_for_oda_leads_as_the_review_asks():
    oda = next(t for t in TERMS if t["concept"] == "oda")
    assert oda["article_term"] == "хөгжлийн албан ёсны тусламж" and oda["mn"].startswith(oda["article_term"])


# --- Japanese translations of the quotes ---------------------------------------------

QUOTED = {ref: row for ref, row in ROWS.items() if row.get("quote_mn") or row.get("quote_en")}


def test_every_quoted_row_has_one_japanese_translation_and_no_other_rows():
    ids = [q["id"] for q in QUOTES_JA]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(QUOTED)
    assert not [q["id"] for q in QUOTES_JA if not q["quote_ja"].strip()]


def test_every_translation_states_the_numbers_and_qualifiers_of_its_quote():
    """The data check (run by `make data`) finds nothing in the committed translations."""
    tables = {path.stem: read(path) for path in EXTRACTED.glob("*.csv")}
    assert translations.check(tables, EXTRACTED) == []


@pytest.mark.parametrize("row_id", sorted(QUOTED))
def test_japanese_quote_keeps_the_quotation_marks_of_titles(row_id):
    """A title the article puts in “…” stays a title in 「…」 (unclosed where the quote cuts it)."""
    quote_ja = next(q["quote_ja"] for q in QUOTES_JA if q["id"] == row_id)
    quote_mn = ROWS[row_id]["quote_mn"]
    assert (quote_ja.count("「"), quote_ja.count("」")) == (quote_mn.count("“"), quote_mn.count("”"))


def test_number_checks_can_fail():
    row = ROWS["aid.oda_total"]
    stated = translations.mongolian_numbers(translations.without_footnote_mark(row["quote_mn"], row["footnote"]))
    assert 286_282_000_000 in stated and 10 not in stated  # the footnote mark is not a number
    numbers = translations.japanese_numbers
    assert numbers("合計2,862億8,200万円") != numbers("合計2,862億2,800万円")
    assert not re.findall(translations.QUALIFIERS["over"][1], "2億5,000万ドルのカシミヤ製品")
    wrong = {"aid": [row], "quotes_ja": [{"id": "aid.oda_total", "quote_ja": "合計2,862億2,800万円"}]}
    assert [(p.row, p.column) for p in translations.check(wrong, EXTRACTED)] == [(2, "quote_ja")]


def test_japanese_quotes_use_ascii_digits_and_no_latin_words():
    """Digits are half-width (as the formatters write them); no English word is left in."""
    quotes = " ".join(q["quote_ja"] for q in QUOTES_JA)
    assert not re.findall(r"[０-９]", quotes)
    words = {w for w in re.findall(r"[A-Za-z][A-Za-z.+]*", quotes) if roman(w.rstrip(".")) is None}
    assert not words - {a["entry"] for a in ALLOWLIST}


# --- Allowlist -----------------------------------------------------------------------

def test_allowlist_is_short_reviewed_and_unique():
    entries = [a["entry"] for a in ALLOWLIST]
    assert 0 < len(entries) <= 40 and len(entries) == len(set(entries))
    assert not [a["entry"] for a in ALLOWLIST if len(a["reason"].split()) < 4]
    assert not [a["entry"] for a in ALLOWLIST if not set(a["editions"].split()) <= {"mn", "ja"} or not a["editions"]]
    assert not [e for e in entries if not re.search(r"[A-Za-z]", e)]


# --- Every edition takes names from the glossary ----------------------------------------

def test_every_visit_has_its_visitor_in_each_language():
    """The visitor the row prints, or for a visitor named only by office, that office."""
    import pandas as pd

    from mnjp import glossary, load

    visits = load("visits")
    by_id = {n["id"]: n for n in NAMES}
    for _, row in visits.iterrows():
        for lang in glossary.LANGS:
            name = glossary.visitor(row, lang)
            entry = next(n for n in NAMES if n[lang] == name and row["id"] in n["used_by"].split())
            printed = row["person_as_printed"] if not pd.isna(row["person_as_printed"]) else ""
            office = entry["kind"] == "office" and entry["mn"] == row["office_mn"]
            assert printed in entry["forms"].split("|") or office, row["id"]
    by_visit = visits.set_index("id", drop=False)
    assert glossary.visitor(by_visit.loc["visit.2013_abe"], "ja") == by_id["person.abe"]["ja"] == "安倍晋三"
    assert glossary.visitor(by_visit.loc["visit.1992_foreign_minister"], "ja") == "対外関係大臣"


def test_a_visitor_missing_from_the_glossary_is_an_error_naming_the_file():
    from mnjp import glossary, load

    row = load("visits").iloc[0].copy()
    row["id"], row["office_mn"] = "visit.nobody", "—"
    with pytest.raises(KeyError, match="data/glossary/names.csv has no person or office for visit.nobody"):
        glossary.visitor(row, "en")


@pytest.mark.parametrize("lang", ["en", "mn"])
def test_the_visits_table_and_chart_write_visitors_as_the_glossary_does(lang):
    from mnjp import bounds, glossary, load, visits
    from mnjp.labels import label

    p = bounds.validate(lang=lang)
    rows = visits.counted(load("visits"), p)
    shown = visits.listing(rows, p)[label("col.person", lang)].tolist()
    assert shown == [glossary.visitor(row, lang) for _, row in rows.iterrows()]
    in_glossary = {n[lang] for n in NAMES}
    assert shown and set(shown) <= in_glossary
    if lang == "en":  # the glossary's form, not the data's initial-and-surname
        assert "Abe Shinzo" in shown and "Uno Sosuke" in shown


@pytest.mark.parametrize("lang", ["en", "mn"])
def test_the_glossary_table_has_every_name_marked_with_its_language(lang):
    from mnjp import glossary
    from mnjp.labels import label

    table = glossary.table(lang)
    assert len(table) == len(NAMES) > 80
    assert list(table.columns) == [label(k, lang)
                                   for k in ("glossary.en", "glossary.mn", "glossary.ja", "glossary.ja_source")]
    for column, code in zip(table.columns[:3], glossary.LANGS):
        assert all(cell.startswith(f'<span lang="{code}">') for cell in table[column])
    sources = set(table[table.columns[3]])
    assert glossary.source_text("data/external/events_and_claims_from_stored_pages.csv row 10", lang) in sources
    assert glossary.source_text("data/source/serjav-2017-mongolia-japan-relations.txt line 593", lang) in sources
    assert not [s for s in sources if "project transliteration" in s or "data/" in s]  # words, not file names


def test_an_unknown_source_of_a_japanese_form_is_an_error():
    from mnjp import glossary

    with pytest.raises(ValueError, match="unknown ja_source"):
        glossary.source_text("a web page", "en")


def test_every_visitor_has_a_mongolian_genitive_built_on_the_name():
    from mnjp import glossary, load
    visits = load("visits")
    forms = [glossary.visitor_forms(row, "mn") for _, row in visits.iterrows()]
    assert len(forms) == len(visits) > 20
    for form in forms:
        name, genitive = form["person"], form["person_genitive"]
        assert genitive.startswith(name) and genitive != name, form
        assert re.fullmatch(r"(гийн|ийн|ын|йн|ы|ий|н)", genitive[len(name):]), form
    assert {"Сү.Батболдын", "Н.Алтанхуягийн", "М.Энхсайханы", "П.Жасрайн"} <= {f["person_genitive"] for f in forms}
    # an edition without a genitive column writes the name as it is
    assert {glossary.visitor_forms(row, "ja")["person_genitive"] for _, row in visits.iterrows()} == {
        glossary.visitor(row, "ja") for _, row in visits.iterrows()}
    # only visitors carry one: a name the data does not print as a visitor leaves it empty
    assert {n["mn_genitive"] for n in NAMES if n["mn_genitive"]} == {f["person_genitive"] for f in forms}


def test_a_visitor_without_a_genitive_is_an_error_naming_the_file(monkeypatch):
    from mnjp import glossary, load
    table = glossary.names().copy()
    table.loc[table["mn"] == "Сү.Батболд", "mn_genitive"] = ""
    monkeypatch.setattr(glossary, "names", lambda: table)
    visits = load("visits")
    row = visits[visits["person_as_printed"].fillna("").str.contains("Батболд")].iloc[0]
    with pytest.raises(KeyError, match="data/glossary/names.csv: person.batbold.* has no mn_genitive"):
        glossary.visitor_forms(row, "mn")
