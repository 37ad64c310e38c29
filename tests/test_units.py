"""Unit tests of the package's small modules: money, params, labels, charts, subjects."""
import csv

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from mnjp import charts, labels, load, money, params, timeline, visits
from mnjp.article import metadata

from conftest import ROOT


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
    with pytest.raises(KeyError, match="1971"):
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
        params.validate(**given)
    assert info.value.name == name
    assert "allowed" in str(info.value)


def test_parameters_accept_years_given_as_text_digits_and_return_ints():
    p = params.validate(start_year="1990", end_year=2000)
    assert (p.start_year, p.end_year) == (1990, 2000)


def test_year_bounds_come_from_the_data():
    low, high = params.year_bounds()
    assert high == metadata()["year"]
    assert low == int(load("timeline")["year"].min())


def test_every_label_exists_in_both_languages():
    for key, texts in labels.LABELS.items():
        assert set(texts) == {"en", "mn"}, key
        assert texts["en"].count("{") == texts["mn"].count("{"), key


def test_month_wording_follows_the_article():
    assert labels.month_year(2016, 6, "en") == "June 2016"
    assert labels.month_year(2016, 6, "mn") == "2016 оны 6 дугаар сар"
    assert labels.month_year(1974, 9, "mn") == "1974 оны 9 дүгээр сар"  # as at line 109 of the article


def test_money_and_decade_wording():
    assert labels.money(286_282_000_000, "JPY", "en") == "286.3 billion yen"
    assert labels.money(17_000_000, "USD", "mn") == "17.0 сая ам.доллар"
    assert labels.money(17_000_000, "USD", "mn", 2016) == "17.0 сая ам.доллар (2016 оны үнээр)"
    assert labels.decade(1997, "mn") == "1990-ээд"
    assert labels.decade(2013, "en") == "2010s"


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
    p = params.validate(start_year=1990, end_year=1999)
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
