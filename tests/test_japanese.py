import math

import pytest

from mnjp.dates import checked
from mnjp.japanese import amount, dollars, numbers_in, percent, yen
from mnjp.labels import date_text


@pytest.mark.parametrize("value, expected", [
    (286_282_000_000, "2,862億8,200万円"),
    (115_158_000_000, "1,151億5,800万円"),
    (44_770_000_000, "447億7,000万円"),
    (5_000_000_000, "50億円"),
    (100_000_000, "1億円"),          # exactly 1億: no empty 万 group
    (100_000_001, "1億1円"),
    (99_999_999, "9,999万9,999円"),
    (10_000, "1万円"),
    (9_999, "9,999円"),              # under 1万: plain digits
    (1, "1円"),
    (0, "0円"),
    (1_234_567_890_123, "1兆2,345億6,789万123円"),
    (-1_500_000_000, "−15億円"),     # a difference, e.g. components minus the stated total
])
def test_yen_writes_oku_and_man(value, expected):
    assert yen(value) == expected


@pytest.mark.parametrize("qualifier, expected", [
    ("about", "約50億円"),
    ("over", "50億円超"),
    ("almost", "50億円弱"),
    (None, "50億円"),
])
def test_yen_places_the_qualifier_as_japanese_writes_it(qualifier, expected):
    assert yen(5_000_000_000, qualifier) == expected


def test_almost_may_be_written_chikaku():
    assert dollars(31_000_000, "almost", almost="近く") == "3,100万ドル近く"
    with pytest.raises(ValueError, match="弱"):
        dollars(31_000_000, "almost", almost="ほぼ")


def test_rounding_variant_marks_the_result_as_approximate():
    assert yen(286_282_000_000, round_to="億") == "約2,863億円"
    assert yen(286_242_000_000, round_to="億") == "約2,862億円"
    assert yen(286_250_000_000, round_to="億") == "約2,863億円"      # half rounds up, not to even
    assert yen(5_000_000_000, round_to="億") == "50億円"            # nothing lost: no 約


def test_rounding_keeps_a_stated_qualifier_only_when_nothing_was_rounded_away():
    # "over 2.5億" rounded to 3億 is no longer "over": it becomes "about"
    assert yen(250_000_000, "over", round_to="億") == "約3億円"
    assert yen(300_000_000, "over", round_to="億") == "3億円超"
    assert yen(31_400_000, "about", round_to="万") == "約3,140万円"


def test_rounding_below_the_unit_gives_zero_not_an_empty_string():
    assert yen(4_000, round_to="万") == "約0円"


def test_dollars():
    assert dollars(17_000_000) == "1,700万ドル"
    assert dollars(262_000_000) == "2億6,200万ドル"
    assert dollars(250_000_000, "over") == "2億5,000万ドル超"
    assert dollars(31_000_000, "almost") == "3,100万ドル弱"
    assert dollars(0) == "0ドル"


def test_counts_and_percent():
    assert amount(5_700, "品目", "about") == "約5,700品目"
    assert amount(551, "社") == "551社"
    assert percent(70, "over") == "70%超"
    assert percent(90.5) == "90.5%"


@pytest.mark.parametrize("bad, message", [
    (float("nan"), "not a number"),
    (math.inf, "not a number"),
    (1.5, "whole"),
    ("12", "number"),
])
def test_bad_amounts_are_refused_with_a_clear_error(bad, message):
    with pytest.raises((ValueError, TypeError), match=message):
        yen(bad)


def test_unknown_qualifier_and_unit_name_the_allowed_values():
    with pytest.raises(ValueError, match="about, over, almost"):
        yen(1, "roughly")
    with pytest.raises(ValueError, match="万, 億, 兆"):
        yen(1, round_to="千")


def test_fractional_values_can_be_rounded():
    assert dollars(16_999_999.6, round_to="万") == "約1,700万ドル"


@pytest.mark.parametrize("args, expected", [
    ("1972-02-24", "1972年2月24日"),
    ("1990-02", "1990年2月"),
    ("1977", "1977年"),
    ("2016-06", "2016年6月"),
])
def test_date(args, expected):
    assert date_text(args, "ja") == expected


@pytest.mark.parametrize("args, message", [
    ((1972, None, 24), "day without a month"),
    ((1972, 13), "month"),
    ((2015, 2, 29), "day"),
    ((0,), "year"),
])
def test_date_refuses_impossible_dates(args, message):
    with pytest.raises(ValueError, match=message):
        checked(*args)


@pytest.mark.parametrize("value", [0, 1, 9_999, 10_000, 100_000_000, 100_000_001, 17_000_000,
                                   286_282_000_000, 1_234_567_890_123, -1_500_000_000])
def test_numbers_in_reads_back_what_yen_writes(value):
    assert numbers_in(yen(value)) == [value]


def test_numbers_in_reads_japanese_prose():
    text = "1972年2月24日11時、約5,700品目。2億5,000万ドル超、70%超。第2次世界大戦、20世紀、II. 経済"
    assert numbers_in(text) == [1972, 2, 24, 11, 5700, 250_000_000, 70, 2, 20, 2]
    assert numbers_in("2,862億8,200万円") == [286_282_000_000]
    assert numbers_in("1.52%") == [1.52]


def test_date_reads_missing_parts_as_tables_deliver_them():
    import pandas as pd

    assert checked(1977, float("nan")) == (1977, None, None)
    assert checked(1990.0, 2.0, pd.NA) == (1990, 2, None)
    with pytest.raises(ValueError, match="whole number"):
        checked(1990, 2.5)


# --- The edition's formatters (mnjp.labels) for lang "ja" -------------------------------

@pytest.mark.parametrize("value, currency, qualifier, expected", [
    (0, "JPY", None, "0円"),
    (9_999, "JPY", None, "9,999円"),                      # under 1万: plain digits
    (100_000_000, "JPY", None, "1億円"),                  # exactly 1億
    (286_282_000_000, "JPY", None, "2,862億8,200万円"),
    (4_300_000_000, "JPY", "almost", "43億円弱"),
    (250_000_000, "USD", "over", "2億5,000万ドル超"),
    (17_000_000, "USD", "about", "約1,700万ドル"),
])
def test_money_in_the_japanese_edition(value, currency, qualifier, expected):
    from mnjp.labels import money

    assert money(value, currency, "ja", qualifier=qualifier) == expected


def test_money_in_japanese_keeps_the_precision_the_other_editions_print():
    """Converted amounts shown at one scale (parts and their total) round as in English, so they add up."""
    from mnjp.labels import money

    assert money(2_635_400_000, "USD", "en", scale="million", digits=0) == "2,635 million US dollars"
    assert money(2_635_400_000, "USD", "ja", scale="million", digits=0) == "26億3,500万ドル"
    assert money(3_840_000, "USD", "ja", scale="million", digits=1) == "380万ドル"
    assert money(float("nan"), "JPY", "ja") == ""


@pytest.mark.parametrize("value, digits, expected", [
    (0, 0, "0"),
    (9_999, 0, "9,999"),
    (10_000, 0, "1万"),
    (100_000_000, 0, "1億"),
    (112.34, 1, "112.3"),          # a rate keeps its decimals
])
def test_number_in_the_japanese_edition(value, digits, expected):
    from mnjp.labels import number

    assert number(value, "ja", digits) == expected


@pytest.mark.parametrize("value, unit, qualifier, expected", [
    (0, "count", None, "0"),
    (5_700, "count", "about", "約5,700"),
    (70, "%", "over", "70%超"),
    (90.5, "%", None, "90.5%"),
    (100_000_000, "count", "almost", "1億弱"),
])
def test_quantity_in_the_japanese_edition(value, unit, qualifier, expected):
    from mnjp.labels import quantity

    assert quantity(value, unit, qualifier, "ja") == expected


def test_dates_and_decades_in_the_japanese_edition():
    from mnjp.labels import decade, month_year, qualified

    assert month_year(2016, 6, "ja") == "2016年6月"
    assert decade(1994, "ja") == "1990年代" and decade(2000, "ja") == "2000年代"
    assert qualified("70", "over", "ja") == "70超" and qualified("70", None, "ja") == "70"
    with pytest.raises(ValueError, match="month"):
        month_year(2016, 13, "ja")


def _cited(lines, notes):
    import pandas as pd
    return pd.DataFrame({"line": lines, "footnote": notes + [None] * (len(lines) - len(notes))})


@pytest.mark.parametrize("lang, expected", [
    ("en", "Source: B. Serjav (2017), lines 250, 251; footnote 10; rates: FRED AEXJPUS/EXJPUS."),
    ("mn", "Эх сурвалж: Б.Сэржав (2017), мөр 250, 251; зүүлт 10; ханш: FRED AEXJPUS/EXJPUS."),
    # a Japanese publication numbers parallel items with ・ (250・251行目), lists with 、, ends with 。
    # and, as an English list whose items hold commas takes semicolons, items that hold 、 take ；
    ("ja", "出典：セルジャブ（2017）の250・251行目、脚注10；レート：FRED AEXJPUS/EXJPUS。"),
])
def test_a_chart_source_line_is_punctuated_as_each_edition_writes(lang, expected):
    from mnjp.figures import source_line
    from mnjp.labels import label
    assert source_line(_cited([251, 250], [10]), lang, label("source.rates", lang)) == expected


def test_lists_and_rules_in_japanese_have_no_ascii_separators():
    from mnjp.sources import rules_text
    text = rules_text({"required": True, "enum": ["MN", "JP"], "minimum": 1}, "from_country", "ja")
    assert text == "必須、次のいずれか：MN・JP、1以上"
    assert not any(mark in text for mark in ("; ", ", ", "."))


def test_a_japanese_list_whose_items_hold_the_list_mark_separates_them_with_a_stronger_one():
    from mnjp.punctuation import listing
    assert listing(["必須", "1以上"], "ja") == "必須、1以上"
    items = ["年：一度目 2015、二度目 2015", "月：一度目 2、二度目 2"]
    assert listing(items, "ja") == "年：一度目 2015、二度目 2015；月：一度目 2、二度目 2"
    assert listing(["year: 2015 vs 2015", "month: 2 vs 2"], "en") == "year: 2015 vs 2015; month: 2 vs 2"


def _findings_and_rows():
    import pandas as pd

    import mnjp
    from mnjp import audit
    names = ["aid", "trade", "investment", "other", "visits", "timeline"]
    rows = pd.concat([mnjp.load(n) for n in names], ignore_index=True)
    findings = audit.run({n: mnjp.load(n) for n in [*names, "references"]}, int(mnjp.article_metadata()["year"]))
    return findings, rows


def test_an_audit_quote_names_its_line_in_the_editions_parenthesis():
    from mnjp import audit_view
    findings, rows = _findings_and_rows()
    quoted = {lang: [line for line in audit_view.sections(findings, rows, lang, audit_view.FLAG).splitlines()
                     if line.startswith("> «")] for lang in ("en", "ja")}
    assert quoted["ja"] and len(quoted["ja"]) == len(quoted["en"])
    assert all(line.endswith(")") and "» ([" in line for line in quoted["en"])
    assert all(line.endswith("）") and "»（[" in line and "行目" in line for line in quoted["ja"])


def test_ranges_read_as_each_edition_writes_them():
    from mnjp.sources import window
    from mnjp.timeline import years
    assert [years(2013, 2017, lang) for lang in ("en", "mn", "ja")] == ["2013–2017", "2013–2017", "2013～2017年"]
    assert [years(1990, None, lang) for lang in ("en", "ja")] == ["1990–", "1990年～"]
    assert window("1971–2025", "ja") == "1971～2025年" and window("1971–2025", "en") == "1971–2025"
    assert window("1971-01 – 2026-06", "ja") == "1971年1月～2026年6月"
    assert window("1971-01 – 2026-06", "en") == "January 1971 – June 2026"


def test_chart_hover_texts_in_japanese_use_japanese_punctuation():
    import matplotlib.pyplot as plt

    import mnjp
    from mnjp import context, visits
    from mnjp.bounds import validate
    p = validate(lang="ja")
    listed = mnjp.load("visits")
    rows = visits.counted(listed, p)
    figures = [visits.decade_chart(rows, listed, p)[0], visits.timeline_chart(rows, listed, p)[0],
               context.cow_chart(mnjp.load("trade"), ["trade.turnover_1989", "trade.cashmere_imports_1989"], p)[0],
               context.nso_chart(2016, p)[0], context.oda_chart(2016, p)[0]]
    tips = [text for fig in figures for text in fig.__dict__["_mnjp_tips"].values()]
    plt.close("all")
    assert len(tips) > 50
    assert not [t for t in tips if ", " in t or ": " in t or " (" in t], [t for t in tips if ", " in t or ": " in t][:3]
    assert all("：" in t or "、" in t for t in tips)
    assert any("1989年" in t for t in tips)


def test_two_mentions_of_a_year_read_with_the_year_word_in_japanese():
    from mnjp import audit_words
    findings, _ = _findings_and_rows()
    differing = [f for f in findings if f.rule == "mentions_agree" and f.values["differ"]]
    assert differing
    for f in differing:
        said = audit_words.words(f, "ja")
        assert said["first"].endswith("年") and said["second"].endswith("年"), said
        assert "2013年" in said["arithmetic"] and "2014年" in said["arithmetic"]
        assert audit_words.words(f, "en")["first"].isdigit()


def test_the_count_of_companies_carries_its_counter_in_every_edition():
    import mnjp
    from mnjp.bounds import validate
    from mnjp.figures import reading_table
    from mnjp.labels import label
    investment = mnjp.load("investment")
    shown = {lang: reading_table(investment, validate(lang=lang))[label("col.as_printed", lang)]
             for lang in ("en", "mn", "ja")}
    assert "551社" in list(shown["ja"]) and "551 companies" in list(shown["en"]) and "551 компани" in list(shown["mn"])


def test_the_books_own_words_win_over_the_themes_catalogue(tmp_path, monkeypatch):
    """sphinx-book-theme registers its catalogue first; the book's (著者： with its colon) must win,
    and the theme's still answers for the words the book leaves out."""
    from pathlib import Path
    from types import SimpleNamespace

    import sphinx_book_theme
    from sphinx import locale

    from mnjp import sphinx_words
    monkeypatch.setattr(locale, "translators", locale.translators.copy())
    for name, data in sphinx_words.compiled("ja").items():  # a staged edition: the .po and what they compile to
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    for po in sphinx_words.catalogs("ja"):
        (tmp_path / sphinx_words.LOCALE / "ja" / "LC_MESSAGES" / po.name).write_bytes(po.read_bytes())
    theme = Path(sphinx_book_theme.get_html_theme_path()) / "static" / "locales"
    locale.translators.pop(("general", "booktheme"), None)
    locale.init([str(theme)], "ja", "booktheme")
    words = locale.get_translation("booktheme")
    assert words("By") == "著者"  # the theme's own, without the colon
    sphinx_words.first_ours(SimpleNamespace(config=SimpleNamespace(language="ja"), srcdir=str(tmp_path)))
    assert words("By") == "著者："
    assert words("Sphinx Book Theme") == "スフィンクスの本のテーマ"  # a word the book leaves to the theme


def test_the_footnotes_in_japanese_are_written_as_japanese():
    """Full-width marks (、。（）：), dates as 2015年2月10日, names as the glossary writes them;
    a web address is left as printed."""
    import csv
    import re

    from mnjp import paths

    with (paths.EXTRACTED / "references.csv").open(encoding="utf-8", newline="") as handle:
        footnotes = list(csv.DictReader(handle))
    with (paths.ROOT / "data" / "glossary" / "names.csv").open(encoding="utf-8", newline="") as handle:
        names = list(csv.DictReader(handle))
    wrong = []
    for row in footnotes:
        text = re.sub(r"(?:https?://)?[\w.-]+\.(?:mn|jp)(?:/\S*)?(?=。)", "", row["text_ja"])  # an address as printed
        if not row["text_ja"].endswith("。") or re.search(r"[,;:()]|\d+\.\d+\.\d+|\d+-\d+", text):
            wrong.append((row["number"], "punctuation", row["text_ja"]))
        cited = [name["ja"] for name in names if name["kind"] in ("person", "organisation")
                 and f"references.{row['number']}" in name["used_by"].split()]
        wrong += [(row["number"], "name", name) for name in cited if name not in row["text_ja"]]
    assert len(footnotes) == 26 and not wrong
