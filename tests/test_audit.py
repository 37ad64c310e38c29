"""Every audit rule, on inputs made to pass and to fail; the binding file's errors; and the
audit table in the package."""
import shutil

import pandas as pd
import pytest
from conftest import ROOT

from mnjp import audit, audit_words, load, paths
from mnjp.audit import FLAG, NOTE, PASS
from mnjp.errors import CheckFileError


def fig(id, value, unit="JPY", **more):
    return {"id": id, "value": value, "unit": unit, "qualifier": more.pop("qualifier", None), "line": 1, **more}


def judge(rule, *rows, reference="", claim="", **context):
    """The finding of `rule` on `rows` (in the order the rule expects), through the registry;
    its conclusion and arithmetic must read in every edition, every placeholder filled."""
    check = audit.Check("test", rule, tuple(r["id"] for r in rows), reference, claim)
    found = audit.RULES[rule](check, {r["id"]: r for r in rows}, audit.Context(**context))
    for lang in ("en", "mn"):
        for text in (audit_words.conclusion(found, lang), arithmetic(found, lang)):
            assert text and "{" not in text, (found.key, lang, text)
    return found


def arithmetic(finding, lang="en"):
    return audit_words.words(finding, lang)["arithmetic"]


def test_parts_add_up_both_ways():
    assert judge("parts_add_up", fig("t", 300e6), fig("a", 100e6), fig("b", 200e6)).status == PASS
    flagged = judge("parts_add_up", fig("t", 310e6), fig("a", 100e6), fig("b", 200e6))
    assert flagged.status == FLAG and "difference 10 (3.23%)" in arithmetic(flagged)
    assert flagged.check_id == "test" and flagged.ids == ["t", "a", "b"] and flagged.lines == [1, 1, 1]


def test_within_whole_both_ways():
    assert judge("within_whole", fig("p", 25e6, "USD"), fig("w", 31e6, "USD")).status == PASS
    assert judge("within_whole", fig("p", 250e6, "USD"), fig("w", 31e6, "USD")).status == FLAG


def rates():
    annual = pd.Series({1976: 300.0, 1977: 270.0, 1978: 210.0})
    monthly = pd.Series({f"1977-{m:02d}": v
                         for m, v in zip(range(1, 13), [290, 285, 280, 275, 270, 268, 266, 264, 262, 255, 250, 241])})
    return {"annual": annual, "monthly": monthly}


def test_implied_rate_pass_note_and_flag():
    usd = fig("u", 20e6, "USD")  # printed to the million: 19.5-20.5 million
    assert judge("implied_rate", fig("j", 5.4e9, year=1977), usd, **rates()).status == PASS  # 270 in 263-277
    noted = judge("implied_rate", fig("j", 5.8e9, year=1977), usd, **rates())  # 283-297: January's 290
    assert noted.status == NOTE and noted.values["year"] == 1977 and "1976 average 300.0" in arithmetic(noted)
    assert judge("implied_rate", fig("j", 6.5e9, year=1977), usd, **rates()).status == FLAG  # 317-333


def test_implied_rate_without_a_rate_for_the_year_is_a_user_error():
    from mnjp.errors import ReferenceDataError

    with pytest.raises(ReferenceDataError, match="no FRED yen/dollar rate for 1990"):
        judge("implied_rate", fig("j", 5.4e9, year=1990), fig("u", 20e6, "USD"), **rates())


def test_mentions_agree_both_ways():
    first = {"id": "a", "year": 2013, "period_start": 2013, "period_end": 2017, "line": 1}
    assert judge("mentions_agree", first, {"id": "b", "year": 2013, "line": 2}).status == PASS
    assert judge("mentions_agree", first,
                 {"id": "b", "period_start": 2014, "period_end": 2017, "line": 2}).status == FLAG
    assert judge("mentions_agree", first, {"id": "b", "line": 2}).status == NOTE


def test_duration_reaches_year_both_ways():
    event = {"id": "e", "year": 1972, "line": 1}
    assert judge("duration_reaches_year", event, fig("y", 45, "years"), year_of_article=2017).status == PASS
    assert judge("duration_reaches_year", event, fig("y", 45, "years"),
                 fig("z", 40, "years"), year_of_article=2017).status == FLAG


def test_period_from_duration_pass_flag_note():
    duration = fig("d", 5, "years")
    assert judge("period_from_duration",
                 {"id": "p", "year": 2013, "period_start": 2013,
                  "period_end": 2017, "line": 1}, duration).status == PASS
    assert judge("period_from_duration",
                 {"id": "p", "year": 2014, "period_start": 2014,
                  "period_end": 2017, "line": 1}, duration).status == FLAG
    noted = judge("period_from_duration",
                  {"id": "p", "year": 2004, "month": 11, "period_start": None, "period_end": None, "line": 1}, duration)
    assert noted.status == NOTE and noted.values["end"] == (2009, 10)
    assert audit_words.conclusion(noted, "en").endswith("would run to about October 2009.")
    assert "хөтөлбөр 2009 оны 10 дугаар сар орчим хүртэл үргэлжилсэн" in audit_words.conclusion(noted, "mn")
    yearly = judge("period_from_duration",
                   {"id": "p", "year": 2007, "month": None, "period_start": 2007, "period_end": None, "line": 1},
                   fig("d", 10, "years"))
    assert yearly.status == NOTE and yearly.values["end"] == (2016,)
    assert arithmetic(yearly) == "from 2007, 10 years counted inclusively: to 2016"


def test_publication_not_before_event_both_ways():
    event = {"id": "e", "year": 1972, "month": 2, "day": 24, "line": 1}
    assert judge("publication_not_before_event", event,
                 {"id": "p_x", "year": 1972, "month": 2, "day": 25, "line": 2}).status == PASS
    assert judge("publication_not_before_event", event,
                 {"id": "p_y", "year": 1972, "month": 2, "day": 19, "line": 2}).status == NOTE


def test_sources_not_before_statements_both_ways():
    refs = [{"number": 2, "year": 1972, "month": 2, "day": 19}]
    later = {"id": "e", "year": 1972, "month": 2, "day": 19, "line": 1, "footnote": 2}
    assert judge("sources_not_before_statements", later, references=refs).status == PASS
    flagged = judge("sources_not_before_statements", {**later, "day": 24}, references=refs)
    assert flagged.status == FLAG and "footnote 2" in arithmetic(flagged) and flagged.ids == ["e"]


def claim(date, quote="", source_type="official"):
    return {"date": date, "quote_verbatim": quote, "source_type": source_type, "source_url": "u", "item": "the claim"}


def claimed(rule, row, date, quote="", **context):
    return judge(rule, row, reference="claims", claim="the claim", claims=[claim(date, quote)], **context)


def test_date_matches_claim_both_ways():
    row = {"id": "v", "year": 2013, "month": 3, "day": None, "line": 1}
    assert claimed("date_matches_claim", row, "2013-03").status == PASS
    assert claimed("date_matches_claim", row, "2013").status == PASS
    flagged = claimed("date_matches_claim", {"id": "v", "year": 2012, "month": 5, "line": 1}, "2012-03-12")
    assert flagged.status == FLAG and flagged.reference == "events_and_claims_from_stored_pages.csv row 1: u"


def test_value_in_claim_both_ways():
    row = fig("b", 30e9, value_as_printed="30 тэрбум")
    assert claimed("value_in_claim", row, "2013", "30 тэрбум иенийн Самурай бонд").status == PASS
    assert claimed("value_in_claim", fig("c", 551, "count", value_as_printed="551"), "2016",
                   "A little over 200 companies").status == NOTE


def test_amount_near_claim_both_ways():
    row, rate = fig("t", 286e9, year=2016), {"annual": pd.Series({2016: 108.0})}
    assert claimed("amount_near_claim", row, "2017", "aid of USD3 billion", **rate).status == NOTE
    assert claimed("amount_near_claim", row, "2017", "aid of USD9 billion", **rate).status == FLAG


def test_compare_series_pass_note_flag():
    def against(value, series):
        cow = pd.DataFrame({"year": [1989], "imports": [series]}).set_index("year")
        return judge("compare_series", fig("t", value * 1e6, "USD", year=1989), reference="cow:imports", cow=cow)

    assert against(47, 46).status == PASS
    assert against(31, 46).status == NOTE
    assert against(250, 38).status == FLAG
    low = against(5, 38)
    assert low.status == FLAG and low.key == "audit.compare_series.FLAG.conclusion_less"
    assert audit_words.conclusion(low, "en") == "7.6 times less than the reference series: not plausible as printed."
    assert audit_words.conclusion(low, "mn").startswith("Лавлах цуваанаас 7.6 дахин бага")


def test_every_rule_is_tested_here():
    import inspect
    import re
    import sys

    source = inspect.getsource(sys.modules[__name__])
    tested = set(re.findall(r'(?:judge|claimed)\("(\w+)"', source))
    assert tested == set(audit.RULES)


def audit_with_edited_checks(tmp_path, monkeypatch, edit):
    """(data folder, error text) of the audit run on a copy of data/audit/checks.csv that `edit`
    changed (it gets the file's rows as dicts, and changes them in place)."""
    import csv

    data = tmp_path / "data"
    shutil.copytree(paths.DATA / "audit", data / "audit")
    with open(data / "audit" / "checks.csv", encoding="utf-8", newline="") as handle:
        entries = list(csv.DictReader(handle))
    edit(entries)
    with open(data / "audit" / "checks.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(entries[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(entries)
    tables = {n: load(n) for n in ["aid", "trade", "investment", "other", "visits", "timeline", "references"]}
    monkeypatch.setattr(paths, "DATA", data)
    with pytest.raises(CheckFileError) as raised:
        audit.run(tables, 2017)
    return data, str(raised.value)


@pytest.mark.parametrize("column, bad, message", [
    ("rule", "no_such_rule", "no rule 'no_such_rule'; the rules are amount_near_claim, "),
    ("article_ids", "event.no_such_row", "no row of the article's tables has the id event.no_such_row"),
    ("claim", "No such claim", "no claim 'No such claim'"),
    ("reference", "cow:no_such_column", "no Correlates of War column no_such_column"),
])
def test_a_bad_checks_file_names_its_row_and_column(tmp_path, monkeypatch, column, bad, message):
    """One wrong cell of data/audit/checks.csv: one line naming the file, the row and the column."""
    target = {"rule": 0, "article_ids": 0, "claim": 4, "reference": 18}[column]
    data, text = audit_with_edited_checks(tmp_path, monkeypatch, lambda entries: entries[target].update({column: bad}))
    assert text.startswith(f"{paths.rel(data / 'audit' / 'checks.csv')}, row {target + 2}, column \"{column}\": "
                           f"{message}")
    assert "\n" not in text


def test_the_audit_holds_no_words_of_an_edition():
    """Sentences live in the catalogs: no Mongolian string in the audit's code (docstrings aside)."""
    import ast
    import re

    for path in sorted((ROOT / "src" / "mnjp" / "audit").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node,
                                    (ast.Module,
                                     ast.FunctionDef, ast.ClassDef)) and ast.get_docstring(node) is not None}
        strings = [n.value
                   for n in ast.walk(tree)
                   if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]
        assert not [s for s in strings if re.search("[\u0400-\u04ff]", s)], path


def test_every_finding_of_the_package_reads_in_every_edition():
    from mnjp import article_metadata, params

    tables = {n: load(n) for n in ["aid", "trade", "investment", "other", "visits", "timeline", "references"]}
    findings = audit.run(tables, int(article_metadata()["year"]))
    assert [f.status for f in findings] == list(load("audit")["status"])
    for f in findings:
        for lang in params.LANGS:
            assert "{" not in audit_words.conclusion(f, lang) and "{" not in arithmetic(f, lang)


def test_the_package_says_each_finding_in_every_edition_as_its_page_does():
    """conclusion_<lang> and arithmetic_<lang> for en, mn and ja, from the catalogs the pages use."""
    from mnjp import article_metadata, params

    tables = {n: load(n) for n in ["aid", "trade", "investment", "other", "visits", "timeline", "references"]}
    findings = audit.run(tables, int(article_metadata()["year"]))
    table = load("audit").set_index("id")
    assert set(params.LANGS) == {"en", "mn", "ja"}
    for lang in params.LANGS:
        for f in findings:
            assert table.loc[f.check_id, f"conclusion_{lang}"] == audit_words.conclusion(f, lang)
            assert table.loc[f.check_id, f"arithmetic_{lang}"] == arithmetic(f, lang)
            # a check's context note is there in every language, or in none
            assert pd.isna(table.loc[f.check_id, f"note_{lang}"]) == (not f.note_en)
    # each column is its language: yen in 億/万 in Japanese, Cyrillic in Mongolian, no English words
    assert table["conclusion_ja"].str.contains("[\u3040-\u30ff\u4e00-\u9fff]").all()
    assert table["conclusion_mn"].str.contains("[а-яөү]").all()
    assert table["arithmetic_ja"].str.contains("億").any() and table["arithmetic_mn"].str.contains("сая").any()


def test_audit_table_of_the_package_cites_lines_for_every_flag():
    table = load("audit")
    assert set(table["status"]) <= {PASS, FLAG, NOTE}
    flags = table[table["status"] == FLAG]
    assert len(flags) > 0
    assert flags["lines"].str.len().gt(0).all()
    assert flags["conclusion_mn"].str.len().gt(0).all()


def test_checks_file_names_claims_that_exist():
    items = {c["item"] for c in audit.claims()}
    named = [entry["claim"] for entry in audit.checks_file() if entry["reference"] == "claims"]
    assert named and set(named) <= items
    assert ROOT.joinpath("data", "audit", "checks.csv").is_file()


def test_a_claim_quoted_in_english_is_translated_with_the_same_numbers():
    from mnjp.audit.binding import checks_file, claim_quote_problems
    quote = "Trade totals around 37 billion yen ($349 million) annually. A little over 200 companies."
    good = {"claim_quote_mn": "Худалдаа жилд 37 орчим тэрбум иен (349 сая ам.доллар). 200 гаруй компани.",
            "claim_quote_ja": "貿易額は年間約370億円（3億4,900万ドル）。200社余り。"}
    assert claim_quote_problems(quote, good) == []
    wrong_mn = claim_quote_problems(quote, {**good, "claim_quote_mn": good["claim_quote_mn"].replace("200", "300")})
    assert [column for column, _ in wrong_mn] == ["claim_quote_mn"]  # the Japanese waits for a Mongolian that holds
    assert "states 300 where the quote states 200" in wrong_mn[0][1], wrong_mn
    wrong_ja = claim_quote_problems(quote, {**good, "claim_quote_ja": good["claim_quote_ja"].replace("370億", "380億")})
    assert wrong_ja == [("claim_quote_ja", "the numbers differ from the Mongolian: the Japanese states "
                                           "38,000,000,000 where the Mongolian states 37,000,000,000")]
    assert [c for c, _ in claim_quote_problems(quote, {"claim_quote_mn": "", "claim_quote_ja": ""})] == [
        "claim_quote_mn", "claim_quote_ja"]
    # the file quotes claims in Japanese, each with its Mongolian (binding checks their numbers, as the next test shows)
    quoted = [e for e in checks_file() if e["claim_quote_ja"]]
    assert quoted and all(e["claim_quote_mn"] for e in quoted)


def test_a_claim_translation_with_other_numbers_stops_the_data_step_naming_row_and_column(tmp_path, monkeypatch):
    from mnjp.audit.binding import checks_file

    target = next(i for i, e in enumerate(checks_file()) if e["claim_quote_mn"])

    def wrong_digit(entries):
        entries[target]["claim_quote_mn"] = entries[target]["claim_quote_mn"].replace("349", "350")

    data, text = audit_with_edited_checks(tmp_path, monkeypatch, wrong_digit)
    assert text.startswith(f"{paths.rel(data / 'audit' / 'checks.csv')}, row {target + 2}, column \"claim_quote_mn\": "
                           "the numbers differ from the claim's quote: the translation states 350, 350,000,000 "
                           "where the quote states 349, 349,000,000")
    assert "\n" not in text


def test_each_edition_gives_the_news_reports_figures_in_its_own_language():
    from mnjp import article_metadata
    names = ["aid", "trade", "investment", "other", "visits", "timeline", "references"]
    findings = audit.run({n: load(n) for n in names}, int(article_metadata()["year"]))
    companies = next(f for f in findings if f.check_id == "claim_japanese_companies")
    said = {lang: audit_words.words(companies, lang)["source"] for lang in ("en", "mn", "ja")}
    assert "37 billion yen" in said["en"] and "37 орчим тэрбум иен" in said["mn"] and "370億円" in said["ja"]
    assert "200 гаруй" in said["mn"] and "200社余り" in said["ja"] and "Trade" not in said["mn"] + said["ja"]
