"""Quotes in the reader's language: the clean tables carry quote_ja beside quote_en, and each
edition's quote table shows the Mongolian original with that edition's translation only."""
import html

import pytest

from mnjp import display, load, paths, tables, translations

QUOTED_TABLES = ("aid", "trade", "investment", "other", "visits", "timeline")


@pytest.mark.parametrize("name", ["aid", "trade", "investment", "other", "timeline"])
def test_clean_tables_carry_the_japanese_title_right_after_the_english(name):
    frame = load(name)
    english = "title_en" if name == "timeline" else "measure_en"
    japanese = english.replace("_en", "_ja")
    columns = list(frame.columns)
    assert columns.index(japanese) == columns.index(english) + 1
    extracted = {row["id"]: row["title_ja"] for row in tables.read_raw(paths.EXTRACTED / "titles_ja.csv")}
    assert dict(zip(frame["id"], frame[japanese])) == {i: extracted[i] for i in frame["id"]}
    assert frame[japanese].notna().all()


def test_figures_and_events_are_named_in_the_editions_language():
    from mnjp import figures, timeline

    aid = load("aid").set_index("id", drop=False).loc["aid.oda_concessional_loans"]
    event = load("timeline").set_index("id", drop=False).loc["event.2016_epa_in_force"]
    assert [figures.measure(aid, lang)
            for lang in ("en", "mn", "ja")] == [aid["measure_en"], aid["measure_mn"], "円借款（2016年時点の累計）"]
    assert timeline.title(event, "ja") == "経済連携協定の発効" and timeline.title(event, "en") == event["title_en"]


@pytest.mark.parametrize("name", QUOTED_TABLES)
def test_clean_tables_carry_quote_ja_right_after_quote_en(name):
    frame = load(name)
    columns = list(frame.columns)
    assert columns.index("quote_ja") == columns.index("quote_en") + 1
    assert frame["quote_ja"].notna().all()
    extracted = {row["id"]: row["quote_ja"] for row in tables.read_raw(paths.EXTRACTED / "quotes_ja.csv")}
    assert dict(zip(frame["id"], frame["quote_ja"])) == {i: extracted[i] for i in frame["id"]}


def test_the_japanese_field_is_described_as_this_projects_translation():
    package = tables.descriptor(paths.CLEAN)
    visits = next(r for r in package["resources"] if r["name"] == "visits")
    field = next(f for f in visits["schema"]["fields"] if f["name"] == "quote_ja")
    assert field["source"] == "Japanese rendering by this project" and "quote_mn" in field["description"]
    assert translations.TABLE not in {r["name"] for r in package["resources"]}  # one home: beside quote_en


def test_each_edition_shows_its_own_translation_beside_the_quote(monkeypatch):
    monkeypatch.setattr(display, "label", lambda key, lang, **values: f"[{key}]")  # headers by key
    rows = load("visits")
    shown = {lang: display.quotes_html(rows, lang) for lang in ("en", "mn", "ja")}
    assert "[col.quote_ja]" in shown["ja"] and "[col.quote_en]" not in shown["ja"]
    assert "[col.quote_en]" in shown["en"] and "[col.quote_ja]" not in shown["en"]
    assert "[col.quote_en]" not in shown["mn"] and "[col.quote_ja]" not in shown["mn"]
    longest = rows[~rows["quote_mn"].map(lambda q: any(q != o and q in o for o in rows["quote_mn"]))]
    assert len(longest) > 10
    for quote_en, quote_ja in zip(longest["quote_en"], longest["quote_ja"]):
        assert html.escape(quote_ja) in shown["ja"] and html.escape(quote_ja) not in shown["en"] + shown["mn"]
        assert html.escape(quote_en) not in shown["ja"]
