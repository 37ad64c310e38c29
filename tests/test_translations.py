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


# --- The footnotes in Japanese --------------------------------------------------------

def footnotes() -> list[dict]:
    return tables.read_raw(paths.EXTRACTED / "references.csv")


def test_every_footnote_has_a_japanese_rendering_that_states_its_numbers():
    """The data check (run by `make data`) finds nothing in the committed footnotes."""
    rows = footnotes()
    assert len(rows) == 26 and all(row["text_ja"].strip() for row in rows)
    assert translations.check_footnotes({"references": rows}, paths.EXTRACTED) == []


def test_footnote_numbers_read_dates_issues_and_centuries():
    numbers = translations.footnote_numbers
    assert numbers("Үнэн сонин,Улаанбаатар, 1972.02.19.") == translations.rendering_numbers("ウネン紙、1972年2月19日。")
    assert numbers("Монгол ба Япон ХХ зуунд, 2012") == {20: 1, 2012: 1}  # Cyrillic Х, as footnote 14 prints it
    assert numbers("Өгөөжтэй хорин жил") == {}  # a number in words is no digit: the Japanese writes 二十
    assert numbers("№ 053(077)") == translations.rendering_numbers("第053（077）号")


def with_rendering(number: int, text_ja: str) -> dict[str, list[dict]]:
    rows = footnotes()
    rows[number - 1] = {**rows[number - 1], "text_ja": text_ja}
    return {"references": rows}


def test_a_wrong_digit_in_a_japanese_footnote_is_found_by_file_row_and_column():
    text_ja = footnotes()[19]["text_ja"]
    assert "2015年2月10日" in text_ja
    problems = translations.check_footnotes(with_rendering(20, text_ja.replace("2月10日", "2月11日")),
                                            paths.EXTRACTED)
    assert [(p.file, p.row, p.column) for p in problems] == [("data/extracted/references.csv", 21, "text_ja")]
    assert "the Japanese states 11 where the Mongolian states 10" in problems[0].message


def test_a_footnote_without_a_japanese_rendering_is_found():
    problems = translations.check_footnotes(with_rendering(3, " "), paths.EXTRACTED)
    assert [(p.row, p.column, p.message) for p in problems] == [(4, "text_ja", "footnote 3 has no Japanese rendering")]


def test_make_data_stops_on_a_wrong_digit_in_a_japanese_footnote(scratch_root, mnjp):
    path = scratch_root / "data" / "extracted" / "references.csv"
    text = path.read_text(encoding="utf-8")
    assert text.count("フォンド59、ファイル105") == 1
    clean = (scratch_root / "data" / "clean" / "references.csv").read_bytes()
    path.write_text(text.replace("フォンド59、ファイル105", "フォンド59、ファイル150"), encoding="utf-8")
    result = mnjp(scratch_root, "data")
    assert result.returncode == 2
    assert "data/extracted/references.csv" in result.stderr and "text_ja" in result.stderr, result.stderr
    assert "150" in result.stderr and "105" in result.stderr
    assert (scratch_root / "data" / "clean" / "references.csv").read_bytes() == clean


def test_the_clean_footnotes_carry_text_ja_right_after_text_en():
    frame = load("references")
    columns = list(frame.columns)
    assert columns.index("text_ja") == columns.index("text_en") + 1
    assert list(frame.sort_values("number")["text_ja"]) == [row["text_ja"] for row in footnotes()]


def test_each_edition_shows_the_footnotes_in_its_own_language(monkeypatch):
    from mnjp import sources

    monkeypatch.setattr(sources, "label", lambda key, lang, **values: f"[{key}]")
    monkeypatch.setattr(sources, "show", lambda frame, linked: frame)
    references = load("references")
    shown = {lang: sources.bibliography(references, lang) for lang in ("en", "mn", "ja")}
    assert "[ref.text_ja]" in shown["ja"].columns and "[ref.text_en]" not in shown["ja"].columns
    assert "[ref.text_en]" in shown["en"].columns and "[ref.text_ja]" not in shown["en"].columns
    assert not {"[ref.text_en]", "[ref.text_ja]"} & set(shown["mn"].columns)
    assert list(shown["ja"]["[ref.text_ja]"]) == [html.escape(t) for t in references.sort_values("number")["text_ja"]]
