"""The visits and timeline chapters count what the article says, once."""

from mnjp import bounds, load, timeline, visits


def test_the_article_silent_about_a_decade_is_not_zero_visits():
    p = bounds.validate()
    table = visits.by_decade_and_direction(visits.counted(load("visits"), p), p)
    assert list(table.index) == [1970, 1980, 1990, 2000, 2010]  # the 1970s are on the axis
    assert table.loc[2000].isna().all() and table.loc[1970].isna().all()  # not mentioned: no count
    assert table.loc[1980].notna().all()  # a decade with visits has a count in each direction, zero included
    summary = visits.summary(visits.counted(load("visits"), p), load("visits"), p)
    assert summary["visits_silent_decades"] == "1970s and 2000s"


def test_a_window_without_any_visit_marks_every_decade_not_mentioned():
    p = bounds.validate(start_year=1972, end_year=1980)
    table = visits.by_decade_and_direction(visits.counted(load("visits"), p), p)
    assert list(table.index) == [1970, 1980] and table.isna().all().all()


def test_the_article_names_no_visitor_in_footnote_20():
    """Footnote 20 dates and places a joint statement; it names no visitor: not a visit."""
    table = load("visits")
    assert not (table["footnote"] == 20).any()
    assert "event.2015_epa_joint_statement" in set(load("timeline")["id"])


def test_the_trade_agreement_is_dated_by_sodnoms_visit():
    events = load("timeline").set_index("id")
    counted = events.loc["event.1990_trade_agreement_sodnom"]
    assert counted["counted"] and (counted["year"], counted["month"]) == (1990, 2)
    assert events.loc["event.1990_trade_agreement", "same_as"] == "event.1990_trade_agreement_sodnom"


def test_bagabandis_1998_visit_cites_footnote_11():
    assert load("visits").set_index("id").loc["visit.1998_bagabandi", "footnote"] == 11


def test_every_counted_visit_with_a_month_is_dated_by_its_own_quote_or_flagged():
    """A month the quote does not print is flagged uncertain, with its reason."""
    table = load("visits")
    for _, row in table[table["counted"] & table["month"].notna()].iterrows():
        quote = row["quote_mn"]
        printed = f"{int(row['year'])}.{int(row['month']):02d}" in quote or f"{int(row['month'])} д" in quote
        assert printed or (row["uncertain"] and isinstance(row["uncertain_reason"], str)), row["id"]


def test_the_transition_year_is_the_start_of_the_second_phase():
    from mnjp.article import metadata

    phases = timeline.phases(load("timeline"), metadata()["year"])
    assert timeline.transition_year(phases) == int(phases["period_start"].iloc[1]) == 1990
