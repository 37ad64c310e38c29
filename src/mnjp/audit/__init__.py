"""The audit: the article's figures checked against each other and against reference data.

Every rule has one signature, `rule(check, rows, context) -> Finding` (`core`), and is
registered by name: rules on the article's own figures in `article`, rules against
reference data in `reference`. `binding` says which checks run: those the tables imply
(every row carrying `part_of`, `within`, `equivalent_of` or `same_as`) and those
data/audit/checks.csv binds to rows by id. A finding holds data, not words: its sentences
come from the catalogs, through `mnjp.audit_words`.
"""
from __future__ import annotations

import pandas as pd

from .. import external
from ..money import jpy_per_usd_annual, jpy_per_usd_monthly
from . import article, reference  # noqa: F401 - importing them registers their rules
from .binding import article_rows, checks_file, file_checks, stated_lengths, table_checks
from .core import FLAG, NOTE, PASS, RULES, Check, Context, Finding, rule
from .reference import CLAIMS_FILE, COW_FILE


def claims() -> list[dict]:
    return external.rows(CLAIMS_FILE)


def context(tables: dict[str, pd.DataFrame], year_of_article: int) -> Context:
    """The reference data every rule may read."""
    return Context(year_of_article, tables["references"].to_dict("records"), jpy_per_usd_annual(),
                   jpy_per_usd_monthly(), claims(), external.read(COW_FILE).set_index("year"))


def run(tables: dict[str, pd.DataFrame], year_of_article: int) -> list[Finding]:
    """Every finding, in a stable order: the checks the tables imply first, then those of
    data/audit/checks.csv."""
    rows, known = article_rows(tables), context(tables, year_of_article)
    return [RULES[check.rule](check, rows, known) for check in table_checks(tables) + file_checks(rows, known)]


__all__ = ["FLAG", "NOTE", "PASS", "RULES", "Check", "Context", "Finding", "rule", "run", "claims",
           "checks_file", "stated_lengths"]
