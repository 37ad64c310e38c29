"""The names under which notebooks glue numbers for the narrative (myst-nb `glue`).

Only names listed here can be glued, so every number the prose quotes has a
stable, documented name: what each means, in each edition's words, is in the word catalogs
(`gluekey.<name>`), and the rerun page lists them. Money values are in the run's currency
and price basis.
"""
from __future__ import annotations

KEYS: tuple[str, ...] = (
    # aid
    "aid_total",
    "aid_grant",
    "aid_loans",
    "aid_techcoop",
    "aid_sum",
    "aid_difference",
    "aid_difference_jpy",
    "aid_loans_share",
    "aid_grant_share",
    "gobi_grant",
    "gobi_grant_usd_printed",
    "gobi_implied_rate",
    "gobi_fred_rate",
    "gobi_month_high",
    "money_unit",
    "aid_year",
    "gobi_year",
    # trade and investment
    "trade_turnover_1989",
    "cashmere_imports_1989",
    "cashmere_share_1989",
    "cashmere_turnover_ratio",
    "epa_trade_share",
    "epa_phase_in_years",
    "epa_mn_lines",
    "epa_jp_lines",
    "epa_mn_chapters",
    "epa_jp_chapters",
    "epa_in_force",
    "investment_2016",
    "companies_2015",
    "trade_year",
    "investment_year",
    "companies_year",
    "bond_year",
    "samurai_bond",
    # visits
    "visits_total",
    "visits_named",
    "visits_mn_jp",
    "visits_jp_mn",
    "visits_uncertain",
    "visits_undated",
    "visits_busiest_decade",
    "visits_busiest_decade_count",
    "visits_head_of_government",
    "visits_window",
    # timeline
    "timeline_events",
    "timeline_agreements",
    "timeline_programmes",
    "timeline_phases",
    # visits and timeline: the one visit count and what the chapters' headings rest on
    # (visits_named is the count every page quotes; visits_busiest_decade(_count) the peak)
    "visits_silent_decades",
    "timeline_transition_year",
    "timeline_events_after_transition",
    # audit
    "audit_checks",
    "audit_pass",
    "audit_flag",
    "audit_note",
    "japan_oda_usd",
    "oda_all_donors",
    "oda_first_year",
    "epa_year",
    "exports_japan_before",
    "exports_japan_after",
    "share_japan_before",
    "share_japan_after",
    "share_japan_max",
    "share_japan_max_year",
    "exports_japan_max",
    "exports_japan_max_year",
    "cow_turnover",
    "cow_japan_imports",
    # data and sources
    "tables_total",
    "rows_total",
    "quotes_total",
    "footnotes_total",
    "glossary_total",
    "glossary_names",
    "series_total",
    "article_lines",
    "example_printed",
    "example_value",
    "example_unit",
    "article_year",
    "edition",
    "years_of_relations",
)


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


class _Typed:
    """Text a reader would type: Markdown code for `{glue:md}`, the plain text for everything else."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return repr(self.text)

    def _repr_markdown_(self) -> str:
        return f"`{self.text}`"


def glue_code(name: str, text: str) -> None:
    """Glue text a reader would type (the parameters of a run), shown as code by `{glue:md}`."""
    if not documented(name):
        raise KeyError(f"glue name {name!r} is not documented in mnjp.gluekeys.KEYS")
    from myst_nb import glue as myst_glue

    myst_glue(name, _Typed(text), display=False)


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
