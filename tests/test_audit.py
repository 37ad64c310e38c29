"""Every audit rule, on inputs made to pass and to fail; and the audit table in the package."""
import csv

import pandas as pd

from mnjp import audit, load
from mnjp.audit import FLAG, NOTE, PASS

from conftest import ROOT


def fig(id, value, unit="JPY", **more):
    return {"id": id, "value": value, "unit": unit, "qualifier": more.pop("qualifier", None), "line": 1, **more}


def test_parts_add_up_both_ways():
    whole = fig("t", 300e6)
    assert audit.parts_add_up(whole, [fig("a", 100e6), fig("b", 200e6)]).status == PASS
    flagged = audit.parts_add_up(fig("t", 310e6), [fig("a", 100e6), fig("b", 200e6)])
    assert flagged.status == FLAG and "10" in flagged.arithmetic


def test_within_whole_both_ways():
    assert audit.within_whole(fig("p", 25e6, "USD"), fig("w", 31e6, "USD")).status == PASS
    assert audit.within_whole(fig("p", 250e6, "USD"), fig("w", 31e6, "USD")).status == FLAG


def rates():
    annual = pd.Series({1976: 300.0, 1977: 270.0, 1978: 210.0})
    monthly = pd.Series({f"1977-{m:02d}": v for m, v in zip(range(1, 13), [290, 285, 280, 275, 270, 268, 266, 264, 262, 255, 250, 241])})
    return annual, monthly


def test_implied_rate_pass_note_and_flag():
    annual, monthly = rates()
    usd = fig("u", 20e6, "USD")  # printed to the million: 19.5-20.5 million
    assert audit.implied_rate(fig("j", 5.4e9, year=1977), usd, annual, monthly).status == PASS  # 270 in 263-277
    noted = audit.implied_rate(fig("j", 5.8e9, year=1977), usd, annual, monthly)  # 283-297: January's 290
    assert noted.status == NOTE and "1977" in noted.conclusion_en and "1976" in noted.arithmetic
    assert audit.implied_rate(fig("j", 6.5e9, year=1977), usd, annual, monthly).status == FLAG  # 317-333


def test_mentions_agree_both_ways():
    first = {"id": "a", "year": 2013, "period_start": 2013, "period_end": 2017, "line": 1}
    assert audit.mentions_agree({"id": "b", "year": 2013, "line": 2}, first).status == PASS
    assert audit.mentions_agree({"id": "b", "period_start": 2014, "period_end": 2017, "line": 2}, first).status == FLAG
    assert audit.mentions_agree({"id": "b", "line": 2}, first).status == NOTE


def test_duration_reaches_year_both_ways():
    event = {"id": "e", "year": 1972, "line": 1}
    assert audit.duration_reaches_year(event, [fig("y", 45, "years")], 2017).status == PASS
    assert audit.duration_reaches_year(event, [fig("y", 45, "years"), fig("z", 40, "years")], 2017).status == FLAG


def test_period_from_duration_pass_flag_note():
    duration = fig("d", 5, "years")
    assert audit.period_from_duration({"id": "p", "year": 2013, "period_start": 2013, "period_end": 2017}, duration).status == PASS
    assert audit.period_from_duration({"id": "p", "year": 2014, "period_start": 2014, "period_end": 2017}, duration).status == FLAG
    noted = audit.period_from_duration({"id": "p", "year": 2004, "month": 11, "period_start": None, "period_end": None}, duration)
    assert noted.status == NOTE and "2009-10" in noted.conclusion_en
    yearly = audit.period_from_duration({"id": "p", "year": 2007, "month": None, "period_start": 2007, "period_end": None}, fig("d", 10, "years"))
    assert yearly.status == NOTE and "2016" in yearly.conclusion_en


def test_publication_not_before_event_both_ways():
    event = {"id": "e", "year": 1972, "month": 2, "day": 24}
    assert audit.publication_not_before_event(event, [{"id": "p_x", "year": 1972, "month": 2, "day": 25}]).status == PASS
    assert audit.publication_not_before_event(event, [{"id": "p_y", "year": 1972, "month": 2, "day": 19}]).status == NOTE


def test_sources_not_before_statements_both_ways():
    ref = {"number": 2, "year": 1972, "month": 2, "day": 19}
    later = {"id": "e", "year": 1972, "month": 2, "day": 19, "line": 1}
    assert audit.sources_not_before_statements([(later, ref)]).status == PASS
    flagged = audit.sources_not_before_statements([({"id": "e", "year": 1972, "month": 2, "day": 24, "line": 1}, ref)])
    assert flagged.status == FLAG and "footnote 2" in flagged.arithmetic


def claim(date, quote="", source_type="official"):
    return {"date": date, "quote_verbatim": quote, "source_type": source_type, "source_url": "u"}


def test_date_matches_claim_both_ways():
    row = {"id": "v", "year": 2013, "month": 3, "day": None}
    assert audit.date_matches_claim(row, claim("2013-03")).status == PASS
    assert audit.date_matches_claim(row, claim("2013")).status == PASS
    assert audit.date_matches_claim({"id": "v", "year": 2012, "month": 5}, claim("2012-03-12")).status == FLAG


def test_value_in_claim_both_ways():
    row = fig("b", 30e9, value_as_printed="30 тэрбум")
    assert audit.value_in_claim(row, claim("2013", "30 тэрбум иенийн Самурай бонд")).status == PASS
    assert audit.value_in_claim(fig("c", 551, "count", value_as_printed="551"), claim("2016", "A little over 200 companies")).status == NOTE


def test_amount_near_claim_both_ways():
    row = fig("t", 286e9, year=2016)
    assert audit.amount_near_claim(row, claim("2017", "aid of USD3 billion"), 108.0).status == NOTE
    assert audit.amount_near_claim(row, claim("2017", "aid of USD9 billion"), 108.0).status == FLAG


def test_compare_series_pass_note_flag():
    assert audit.compare_series(fig("t", 47e6, "USD"), 46e6, "COW").status == PASS
    assert audit.compare_series(fig("t", 31e6, "USD"), 46e6, "COW").status == NOTE
    assert audit.compare_series(fig("t", 250e6, "USD"), 38e6, "COW").status == FLAG
    low = audit.compare_series(fig("t", 5e6, "USD"), 38e6, "COW")
    assert low.status == FLAG and "less" in low.conclusion_en and "бага" in low.conclusion_mn


def test_every_rule_is_tested_here():
    import inspect
    import sys

    source = inspect.getsource(sys.modules[__name__])
    assert all(f"audit.{name}(" in source for name in audit.RULES)


def test_audit_table_of_the_package_cites_lines_for_every_flag():
    table = load("audit")
    assert set(table["status"]) <= {PASS, FLAG, NOTE}
    flags = table[table["status"] == FLAG]
    assert len(flags) > 0
    assert flags["lines"].str.len().gt(0).all()
    assert flags["conclusion_mn"].str.len().gt(0).all()


def test_checks_point_at_the_claims_they_name():
    with open(ROOT / "data" / "audit" / "checks.csv", encoding="utf-8") as handle:
        checks = list(csv.DictReader(handle))
    claims = audit.claims()
    for check in checks:
        if check["reference"].startswith("claims:"):
            assert claims[int(check["reference"].split(":")[1]) - 1]["date"] == check["claim_date"], check["check_id"]
