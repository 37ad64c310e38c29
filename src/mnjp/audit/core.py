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
    check_id: str
    rule: str
    status: str
    ids: list[str]
    arithmetic: str
    conclusion_en: str
    conclusion_mn: str
    reference: str = ""
    note_en: str = ""
    lines: list[int] = field(default_factory=list)
    facts: dict = field(default_factory=dict)  # the values the sentences of the report are made from

    def row(self) -> dict:
        return {"id": self.check_id, "rule": self.rule, "status": self.status, "article_ids": " ".join(self.ids),
                "lines": " ".join(map(str, sorted(set(self.lines)))), "arithmetic": self.arithmetic,
                "conclusion_en": self.conclusion_en, "conclusion_mn": self.conclusion_mn,
                "reference": self.reference, "note_en": self.note_en}


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


def finding(check: Check, rows: dict, status: str, arithmetic: str, en: str, mn: str, facts: dict,
            ids: list[str] | None = None, reference: str = "") -> Finding:
    """The finding of `check`: its rows (by default the check's), their lines and its note."""
    ids = list(check.ids) if ids is None else ids
    facts = {**facts, "note_en": check.note_en, "note_mn": check.note_mn}
    return Finding(check.id, check.rule, status, ids, arithmetic, en, mn, reference, check.note_en,
                   [line_of(rows[i]) for i in ids if i in rows], facts)


def date_of(row: dict) -> tuple:
    """(year, month, day) as far as the row gives them."""
    parts = [row.get("year"), row.get("month"), row.get("day")]
    return tuple(int(p) for p in parts if p is not None and not pd.isna(p))


def iso(parts: tuple) -> str:
    return "-".join([str(parts[0])] + [f"{p:02d}" for p in parts[1:]]) if parts else "undated"


def millions(value: float) -> str:
    """Millions with thousands separators: 285,872."""
    return f"{value / 1e6:,.0f}"
