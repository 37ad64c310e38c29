"""The names under which notebooks glue numbers for the narrative (myst-nb `glue`).

Only names listed here can be glued, so every number the prose quotes has a
stable, documented name. Money values are in the run's currency and price basis.
"""
from __future__ import annotations

KEYS: dict[str, str] = {
    # aid
    "aid_total": "Japan's ODA to Mongolia to 2016, total stated by the article (run currency)",
    "aid_grant": "grant aid to 2016 (run currency)",
    "aid_loans": "concessional loans to 2016 (run currency)",
    "aid_techcoop": "technical cooperation to 2016 (run currency)",
    "aid_sum": "sum of the three components (run currency)",
    "aid_difference": "stated total minus the sum of the components (run currency)",
    "aid_difference_jpy": "stated total minus the sum of the components, in yen as printed",
    "aid_loans_share": "concessional loans as a share of the stated total, %",
    "aid_grant_share": "grant aid as a share of the stated total, %",
    "gobi_grant": "the 1977 Gobi factory grant (run currency)",
    "gobi_grant_usd_printed": "the article's own dollar equivalent of the Gobi grant, USD",
    "gobi_implied_rate": "yen per dollar implied by the article's two Gobi figures",
    "gobi_fred_rate": "FRED annual average yen per dollar in 1977",
    "gobi_month_high": "the highest FRED monthly average yen per dollar in 1977",
    "money_unit": "the currency of the run's money figures, in words",
    "aid_year": "year of the article's ODA totals",
    "gobi_year": "year of the Gobi factory grant",
    # trade and investment
    "trade_turnover_1989": "Mongolia–Japan trade turnover in 1989 (run currency)",
    "cashmere_imports_1989": "Japan's 1989 cashmere imports from Mongolia as printed (run currency)",
    "cashmere_share_1989": "share of cashmere in Japan's imports from Mongolia, 1989, %",
    "cashmere_turnover_ratio": "the 1989 cashmere imports as printed divided by the 1989 turnover as printed",
    "epa_trade_share": "share of trade value freed from tariffs by the EPA, %",
    "epa_phase_in_years": "EPA phase-in period, years",
    "epa_mn_lines": "tariff lines Mongolia cuts under the EPA (about)",
    "epa_jp_lines": "tariff lines Japan cuts under the EPA (about)",
    "epa_mn_chapters": "tariff chapters covered by Mongolia's commitments",
    "epa_jp_chapters": "tariff chapters covered by Japan's commitments",
    "epa_in_force": "month the EPA entered into force, in words",
    "investment_2016": "investment from Japan to 2016 (run currency)",
    "companies_2015": "Japanese companies registered in Mongolia, 2015",
    "trade_year": "year of the article's trade turnover figure",
    "investment_year": "year up to which the investment figure runs",
    "companies_year": "year of the company count",
    "bond_year": "year of the Samurai bond",
    "samurai_bond": "the 2013 Samurai bond (run currency)",
    # visits
    "visits_total": "dated visits in the window (second mentions excluded)",
    "visits_named": "THE visit count: visits the article names, dated or not, each counted once (every page quotes this one)",
    "visits_mn_jp": "visits from Mongolia to Japan in the window",
    "visits_jp_mn": "visits from Japan to Mongolia in the window",
    "visits_uncertain": "visits in the window flagged uncertain",
    "visits_undated": "visits the article does not date (outside every window)",
    "visits_busiest_decade": "decade with the most visits, as text",
    "visits_busiest_decade_count": "visits in that decade",
    "visits_head_of_government": "visits by prime ministers or heads of government in the window",
    "visits_window": "the window of years, as text",
    # timeline
    "timeline_events": "dated events in the window (second mentions excluded)",
    "timeline_agreements": "agreements signed in the window",
    "timeline_programmes": "programmes adopted in the window",
    "timeline_phases": "phases of the relationship named by the article",
    # visits and timeline: the one visit count and what the chapters' headings rest on
    # (visits_named is the count every page quotes; visits_busiest_decade(_count) the peak)
    "visits_silent_decades": "decades of the window in which the article mentions no visit, as text",
    "timeline_transition_year": "year the article's phase after the democratic transition begins",
    "timeline_events_after_transition": "dated events in the window from that year on",
    # audit
    "audit_checks": "checks run by the audit",
    "audit_pass": "checks that passed",
    "audit_flag": "checks flagged",
    "audit_note": "checks resulting in a note",
    "japan_oda_usd": "the article's ODA total in US dollars at its year's rate",
    "oda_all_donors": "net ODA received by Mongolia from all donors, summed from the series' first year to the article's ODA year (USD)",
    "oda_first_year": "first year of the World Bank net ODA series",
    "epa_year": "year the EPA entered into force",
    "exports_japan_before": "Mongolia's exports to Japan the year before the EPA, current USD",
    "exports_japan_after": "Mongolia's exports to Japan the year after the EPA, current USD",
    "share_japan_before": "Japan's share of Mongolia's exports the year before the EPA, %",
    "share_japan_after": "Japan's share of Mongolia's exports the year after the EPA, %",
    "share_japan_max": "the highest share of Japan in Mongolia's exports in the NSO series, %",
    "share_japan_max_year": "the year of that highest share",
    "exports_japan_max": "the highest yearly exports to Japan in the NSO series, current USD",
    "exports_japan_max_year": "the year of those highest exports",
    "cow_turnover": "COW bilateral trade (both flows) in the article's trade year, USD",
    "cow_japan_imports": "COW Japan's imports from Mongolia in that year, USD",
    # data and sources
    "tables_total": "tables in the clean data package",
    "rows_total": "rows in the clean data package",
    "quotes_total": "rows carrying a verbatim quote checked against the article",
    "footnotes_total": "footnotes of the article",
    "glossary_total": "names in the glossary (data/glossary/names.csv)",
    "glossary_names": "the glossary of names (English, Mongolian, Japanese, source of the Japanese form), as a table",
    "series_total": "reference series vendored in data/external",
    "article_lines": "lines of the article's text file",
    "example_printed": "an amount as the article prints it (the first aid component)",
    "example_value": "the same amount normalised",
    "example_unit": "its unit",
    "article_year": "year the article was published",
    "edition": "the parameters this edition was run with, as text",
    "years_of_relations": "years of diplomatic relations at the article's writing (1972 + 45)",
}


def documented(name: str) -> bool:
    """A name of KEYS, or a KEYS name + '_text' (its wording for prose)."""
    return name in KEYS or (name.endswith("_text") and name[:-5] in KEYS)


def glue(name: str, value) -> None:
    """Glue a plain number or text under a documented name."""
    if not documented(name):
        raise KeyError(f"glue name {name!r} is not documented in mnjp.gluekeys.KEYS")
    if not isinstance(value, (int, float, str)) or isinstance(value, bool):
        raise TypeError(f"glue {name!r}: give a plain int, float or str, not {type(value).__name__}")
    from myst_nb import glue as myst_glue

    myst_glue(name, value, display=False)


def glue_table(name: str, table) -> None:
    """Glue a displayed table (an IPython HTML object) under a documented name, for a page's `{glue}` directive."""
    if not documented(name):
        raise KeyError(f"glue name {name!r} is not documented in mnjp.gluekeys.KEYS")
    from myst_nb import glue as myst_glue

    myst_glue(name, table, display=False)


def glue_money(name: str, amount: float, p, currency: str | None = None) -> None:
    """Glue an amount twice: `name` (a plain float) and `name_text` ('286.3 billion yen').

    The amount is in the run's currency and price basis, unless `currency` names the
    (nominal) currency it is in.
    """
    from .labels import money

    price_year = p.base_year if currency is None and p.price_basis == "constant" else None
    glue(name, float(amount))
    glue(name + "_text", money(float(amount), currency or p.currency, p.lang, price_year))


def glue_figure(name: str, row, p) -> None:
    """Glue one figure of the article: `name` its amount in the run's currency and price basis,
    `name_text` the figure as printed with its converted value."""
    from .figures import as_printed

    glue(name, float(row["amount"]))
    glue(name + "_text", as_printed(row, p))
