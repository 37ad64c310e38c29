"""Unit tests of the package's small modules: money, params, labels, charts, subjects."""
import csv

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from conftest import ROOT

from mnjp import bounds, charts, labels, load, money, params, timeline, visits
from mnjp.article import metadata
from mnjp.errors import ReferenceDataError


def external(name, key):
    with open(ROOT / "data" / "external" / name, encoding="utf-8") as handle:
        return {row[key]: float(row["value"]) for row in csv.DictReader(handle)}


def test_rate_uses_the_month_when_known_and_the_year_otherwise():
    annual = external("jpy_per_usd_annual_fred_aexjpus.csv", "year")
    monthly = external("jpy_per_usd_monthly_fred_exjpus.csv", "month")
    assert money.rate(1977).jpy_per_usd == annual["1977"]
    assert money.rate(1977, 3).jpy_per_usd == monthly["1977-03"]
    assert money.rate(1977, 3).period == "1977-03"


def test_rate_outside_the_series_is_a_clear_error():
    with pytest.raises(ReferenceDataError, match="1971"):
        money.rate(1960)


def test_convert_both_ways_and_to_constant_prices():
    annual = external("jpy_per_usd_annual_fred_aexjpus.csv", "year")
    cpi = external("us_cpi_u_annual_avg_derived.csv", "year")
    aid = load("aid").set_index("id", drop=False)
    usd = money.convert(aid, "USD").set_index("id")
    assert usd.loc["aid.oda_total", "amount"] == pytest.approx(aid.loc["aid.oda_total", "value"] / annual["2016"])
    assert usd.loc["aid.gobi_grant_usd", "rate_used"] == "as printed"
    jpy = money.convert(aid, "JPY").set_index("id")
    assert jpy.loc["aid.gobi_grant_usd", "amount"] == pytest.approx(17e6 * annual["1977"])
    constant = money.convert(aid, "USD", "constant", 2016).set_index("id")
    assert constant.loc["aid.gobi_grant_usd", "amount"] == pytest.approx(17e6 * cpi["2016"] / cpi["1977"])
    assert constant.loc["aid.gobi_grant_usd", "amount_unit"] == "USD"
    assert constant.loc["aid.gobi_grant_usd", "price_year"] == 2016


@pytest.mark.parametrize("given, name", [
    ({"lang": "fr"}, "lang"),
    ({"currency": "EUR"}, "currency"),
    ({"price_basis": "real"}, "price_basis"),
    ({"price_basis": "constant", "currency": "JPY"}, "price_basis"),
    ({"currency": "USD", "price_basis": "constant", "base_year": 1950}, "base_year"),
    ({"start_year": 2000, "end_year": 1990}, "start_year"),
    ({"start_year": "nineteen ninety"}, "start_year"),
    ({"end_year": 2030}, "end_year"),
    ({"colour": "red"}, "colour"),
])
def test_bad_parameters_name_the_parameter_and_the_allowed_values(given, name):
    with pytest.raises(params.ParameterError) as info:
        bounds.validate(**given)
    assert info.value.name == name
    assert "allowed" in str(info.value)


def test_parameters_accept_years_given_as_text_digits_and_return_ints():
    p = bounds.validate(start_year="1990", end_year=2000)
    assert (p.start_year, p.end_year) == (1990, 2000)


def test_year_bounds_come_from_the_data():
    low, high = bounds.article_years()
    assert high == metadata()["year"]
    assert low == int(load("timeline")["year"].min())


def test_month_wording_follows_the_article():
    assert labels.month_year(2016, 6, "en") == "June 2016"
    assert labels.month_year(2016, 6, "mn") == "2016 оны 6 дугаар сар"
    assert labels.month_year(1974, 9, "mn") == "1974 оны 9 дүгээр сар"  # as at line 109 of the article


def test_money_and_decade_wording():
    assert labels.money(17_000_000, "USD", "mn", 2016) == "17 сая ам.доллар (2016 оны үнээр)"
    assert labels.decade(1997, "mn") == "1990-ээд"
    assert labels.decade(2013, "en") == "2010s"


NNBSP = "\u202f"


@pytest.mark.parametrize("amount, currency, qualifier, lang, expected", [
    # the printed precision is kept: no ".0" on a whole figure, no rounding of a printed one
    (31_000_000, "USD", "almost", "en", "almost 31 million US dollars"),
    (250_000_000, "USD", "over", "en", "over 250 million US dollars"),
    (412_000_000, "USD", None, "en", "412 million US dollars"),
    (30_000_000_000, "JPY", None, "en", "30 billion yen"),
    (286_282_000_000, "JPY", None, "en", "286,282 million yen"),
    # a converted amount, whole at no scale, gets one decimal of the largest scale
    (34_512_345_678, "JPY", "over", "en", "over 34.5 billion yen"),
    # Mongolian: "гаруй" follows the number, the other qualifiers stand before the currency
    (250_000_000, "USD", "over", "mn", "250 гаруй сая ам.доллар"),
    (4_312_345_678, "JPY", "almost", "mn", "4.3 тэрбум шахам иен"),
    (31_000_000, "USD", "almost", "mn", "31 сая шахам ам.доллар"),
    (286_282_000_000, "JPY", None, "mn", f"286{NNBSP}282 сая иен"),
    (5_000, "USD", "about", "mn", f"5{NNBSP}000 орчим ам.доллар"),
])
def test_money_keeps_the_printed_precision_and_puts_the_qualifier_where_each_language_does(amount, currency,
                                                                                           qualifier, lang, expected):
    assert labels.money(amount, currency, lang, qualifier=qualifier) == expected


def test_money_on_a_common_scale_lets_shown_parts_add_up_to_the_shown_total():
    parts = [1_157_600_000, 1_058_400_000, 411_450_000]
    shown = [labels.money(x, "USD", "en", scale="million", digits=0) for x in parts]
    assert shown == ["1,158 million US dollars", "1,058 million US dollars", "411 million US dollars"]
    assert labels.money(sum(parts), "USD", "en", scale="million", digits=0) == "2,627 million US dollars"


def test_one_thousands_separator_per_edition():
    assert labels.number(5700, "en") == "5,700"
    assert labels.number(5700, "mn") == f"5{NNBSP}700"
    assert labels.number(1234.56, "mn", 1) == f"1{NNBSP}234.6"
    # numbers below ten thousand keep the separator too, so a table and a sentence agree
    assert labels.quantity(9300, "count", "about", "mn") == f"9{NNBSP}300 орчим"


@pytest.mark.parametrize("value, unit, qualifier, lang, expected", [
    (70, "%", "over", "en", "over 70%"),
    (70, "%", "over", "mn", "70 гаруй хувь"),
    (90, "%", None, "mn", "90%"),
    (5700, "count", "about", "en", "about 5,700"),
    (1000, "t/year", None, "en", "1,000 t a year"),
    (10, "years", None, "mn", "10 жил"),
])
def test_quantity_wording(value, unit, qualifier, lang, expected):
    assert labels.quantity(value, unit, qualifier, lang) == expected


def test_saved_charts_are_byte_identical(tmp_path):
    def draw(folder):
        fig, ax = charts.figure(4, 3)
        ax.bar(["Монгол", "Япон"], [1, 2])
        charts.title(fig, "Өө Үү")
        folder.mkdir()
        out = charts.save(fig, "x", pd.DataFrame({"a": [1]}), folder)
        plt.close(fig)
        return {k: v.read_bytes() for k, v in out.items()}

    assert draw(tmp_path / "one") == draw(tmp_path / "two")


def test_visit_counts_respect_the_window_and_skip_second_mentions():
    table = load("visits")
    p = bounds.validate(start_year=1990, end_year=1999)
    rows = visits.counted(table, p)
    expected = table[table["counted"] & table["year"].between(1990, 1999)]
    assert len(rows) == len(expected)
    assert not rows["id"].isin(table.loc[~table["counted"], "id"]).any()
    by_direction = visits.counts(rows, "direction", p)
    assert by_direction["visits"].sum() == len(rows)


def test_phases_end_where_the_next_begins():
    phases = timeline.phases(load("timeline"), metadata()["year"])
    assert list(phases["period_end"].iloc[:-1]) == list(phases["period_start"].iloc[1:])
    assert phases["period_end"].iloc[-1] == metadata()["year"]


def test_a_footnote_mark_in_a_quote_is_shown_as_a_superscript_and_the_data_stay_verbatim():
    from mnjp import display

    quote = "нийт 286 тэрбум 282 сая иэн10-д хүрчээ."
    assert display.with_footnote_marks(quote, [10]) == "нийт 286 тэрбум 282 сая иэн<sup>10</sup>-д хүрчээ."
    assert display.with_footnote_marks("болсон юм21", [21]) == "болсон юм<sup>21</sup>"
    # a number that is a figure, not a mark glued to a word, is left alone
    assert display.with_footnote_marks("115 тэрбум 158 сая иэний", [10]) == "115 тэрбум 158 сая иэний"
    assert display.with_footnote_marks("a < b иен4", [4]) == "a &lt; b иен<sup>4</sup>"
    rows = load("aid")
    assert "иэн10-д" in rows.set_index("id").loc["aid.oda_total", "quote_mn"]


def test_quote_table_has_one_row_per_quote_with_an_anchor_for_every_id():
    from mnjp import display

    rows = load("aid")
    html = display.quotes_html(rows, "en")
    # the Gobi grant's sentence, and the ODA sentence that holds the quotes of its parts
    assert html.split("<tbody>")[1].count("<tr") == 2  # body rows
    assert "нийт 286 тэрбум 282 сая иэн<sup>10</sup>-д хүрчээ" in html
    for row_id in rows["id"]:
        assert html.count(f'id="{display.anchor(row_id)}"') == 1
    # the row id is no column of its own: it is the anchor's title
    assert "Row id" not in html


def test_a_quote_table_gives_the_lines_a_chart_or_a_link_names_for_its_rows():
    """A quote runs over several lines: its table row gives them all (127–128), so the line on
    which a row's figure is printed, which charts and links name, is among them."""
    import re

    from mnjp import display

    for table in ("aid", "trade", "other"):
        rows = load(table)
        body = display.quotes_html(rows, "en").split("<tbody>")[1]
        for cells in re.findall(r"<tr>(.*?)</tr>", body, re.S):
            ids = re.findall(r'<span id="([^"]+)">', cells)
            shown = re.sub(r"<[^>]+>", "", cells.split("</td>")[0])
            first, _, last = shown.partition("–")
            for row_id in ids:
                row = rows[rows["id"].map(display.anchor) == row_id].iloc[0]
                printed = int(row["value_line"]) if not pd.isna(row["value_line"]) else int(row["line"])
                assert int(first) <= printed <= int(last or first), (table, row["id"], shown, printed)


def test_reading_table_shows_each_money_figure_as_printed_beside_its_dollars():
    from mnjp import figures

    p = bounds.validate(lang="en", currency="JPY")
    aid = load("aid")
    table = figures.reading_table(aid, p, ["aid.gobi_grant_jpy", "aid.gobi_grant_usd"]).set_index("Year", append=True)
    printed, dollars, rate = (table[c].tolist()
                              for c in ["As printed", "US dollars at the year's rate", "Yen per dollar"])
    assert printed == ["5 billion yen", "17 million US dollars"]
    # the yen grant in dollars at the 1977 rate; the dollar figure stays in dollars, with no yen rate
    annual = external("jpy_per_usd_annual_fred_aexjpus.csv", "year")
    assert dollars[0] == f"{5e9 / annual['1977'] / 1e6:.0f} million US dollars"
    assert dollars[1] == "17 million US dollars" and rate[1] == ""
    assert not any("yen" in d for d in dollars)


def test_shown_dollar_parts_of_the_aid_total_add_up_to_within_the_printed_gap():
    from mnjp import figures

    p = bounds.validate(lang="en", currency="JPY")
    table = figures.reading_table(load("aid"), p, ["aid.oda_concessional_loans", "aid.oda_grant_aid",
                                                   "aid.oda_technical_cooperation", "aid.oda_total"])
    shown = [float(t.split()[0].replace(",", "")) for t in table["US dollars at the year's rate"]]
    annual = external("jpy_per_usd_annual_fred_aexjpus.csv", "year")
    gap = (286_282 - 125_944 - 115_158 - 44_770) * 1e6 / annual["2016"] / 1e6  # the article's own gap, in dollars
    assert abs(shown[3] - sum(shown[:3]) - gap) <= 1.5  # three roundings to the million


def test_the_mongolian_quote_table_holds_no_english():
    from mnjp import display

    rows = load("aid")
    assert not any(text in display.quotes_html(rows, "mn") for text in rows["quote_en"])
    assert all(text in display.quotes_html(rows, "en") for text in rows.drop_duplicates("line")["quote_en"].head(1))


def test_field_rules_read_as_words_in_each_edition():
    from mnjp.sources import rules_text

    date_rule = {"pattern": "([0-9]{4}(-(0[1-9]|1[0-2]))?|[0-9]{4}-02-29)"}
    assert rules_text({"required": True, "unique": True}, "date", "en") == "required; unique"
    assert rules_text({"enum": ["MN", "JP"]}, "from_country", "en") == "one of: MN, JP"
    assert rules_text({"minimum": 1, "maximum": 12}, "month", "en") == "at least 1; at most 12"
    assert "date that exists" in rules_text(date_rule, "date", "en")
    assert not any("a" <= c.lower() <= "z" for c in rules_text(date_rule, "date", "mn"))
    mongolian = rules_text({"required": True, "unique": True, "minimum": 1, "maximum": 12}, "month", "mn")
    assert mongolian and not any("a" <= c.lower() <= "z" for c in mongolian), mongolian


@pytest.mark.parametrize("lang", ["en", "mn", "ja"])
def test_axis_ticks_are_exact_and_alike(lang):
    from mnjp.figures import tick_numbers

    ticks = tick_numbers(lang).format_ticks([0, 0.25, 0.5, 0.75, 1, 1.25])
    assert ticks == ["0.00", "0.25", "0.50", "0.75", "1.00", "1.25"]  # 0.25 is not written 0.2
    thousands = tick_numbers(lang).format_ticks([0, 8000, 10000, 12000])
    assert thousands[-2:] == [f"10{labels.THOUSANDS[lang]}000", f"12{labels.THOUSANDS[lang]}000"]  # no 1万 beside 8,000
    assert tick_numbers(lang).format_ticks([1, 10, 100]) == ["1", "10", "100"]
