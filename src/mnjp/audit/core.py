"""What every audit rule shares: the check it answers, the context it reads, the finding it
returns, and the registry that names the rules.

A rule is `rule(check, rows, context) -> Finding`: `check` says which of the article's rows
(by id) and which reference to compare, `rows` holds every row of the article's tables by id,
`context` the reference data. The finding is complete when the rule returns it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

PASS, FLAG, NOTE = "PASS", "FLAG", "NOTE"


@dataclass(frozen=True)
class Check:
    id: str
    rule: str
    ids: tuple[str, ...]  # the article's rows, in the order the rule expects
    reference: str = ""  # 'claims', 'cow:COLUMN[+COLUMN]', 'article_year' or ''
    claim: str = ""  # for 'claims': the item of the claim, as the claims file names it
    note_en: str = ""
    note_mn: str = ""
    claim_quote: tuple[tuple[str, str], ...] = ()  # (lang, the claim's words translated), as checks.csv gives them


@dataclass
class Context:
    """The reference data the rules compare against (each rule reads only what it needs)."""
    year_of_article: int | None = None
    references: list[dict] = field(default_factory=list)  # the article's dated footnotes
    annual: pd.Series | None = None  # yen per dollar, by year (FRED)
    monthly: pd.Series | None = None  # yen per dollar, by "YYYY-MM" (FRED)
    claims: list[dict] = field(default_factory=list)  # data/external's dated claims, in file order
    cow: pd.DataFrame | None = None  # Correlates of War dyadic trade, by year


@dataclass
class Finding:
    """What a check found, as data: its words come from the catalogs (`mnjp.audit_words`)."""
    check_id: str
    rule: str
    status: str
    ids: list[str]  # the article's rows it rests on
    key: str  # the message key of its conclusion: audit.<rule>.<status>.conclusion[_<variant>]
    values: dict  # what its sentences are made of: the rows, numbers and dates, never words
    reference: str = ""  # the reference data used: file and row or year, and its address
    note_en: str = ""
    note_mn: str = ""
    lines: list[int] = field(default_factory=list)


Rule = Callable[[Check, dict, Context], Finding]
RULES: dict[str, Rule] = {}


def rule(function: Rule) -> Rule:
    """Register a rule under its function's name (the name data/audit/checks.csv uses)."""
    RULES[function.__name__] = function
    return function


def line_of(row: dict) -> int:
    """The article line a row's figure is printed on."""
    value_line = row.get("value_line")
    return int(value_line) if value_line is not None and not pd.isna(value_line) else int(row["line"])


def finding(check: Check, rows: dict, status: str, values: dict, variant: str = "",
            ids: list[str] | None = None, reference: str = "") -> Finding:
    """The finding of `check`: its rows (by default the check's), their lines, its note and the
    key of its conclusion (`variant` tells apart conclusions of one status, e.g. more or less)."""
    ids = list(check.ids) if ids is None else ids
    key = f"audit.{check.rule}.{status}.conclusion" + (f"_{variant}" if variant else "")
    return Finding(check.id, check.rule, status, ids, key, values, reference, check.note_en, check.note_mn,
                   [line_of(rows[i]) for i in ids if i in rows])


def date_of(row: dict) -> tuple:
    """(year, month, day) as far as the row gives them."""
    parts = [row.get("year"), row.get("month"), row.get("day")]
    return tuple(int(p) for p in parts if p is not None and not pd.isna(p))
