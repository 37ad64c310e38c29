"""Which checks run: those that follow from the tables (a row's `part_of`, `within`,
`equivalent_of`, `same_as`) and those data/audit/checks.csv binds to rows by id."""
from __future__ import annotations

import csv
import re

import pandas as pd

from .. import paths
from ..errors import CheckFileError, Problem
from ..numbers import numbers_in
from ..translations import japanese_numbers, mongolian_numbers, numbers_differ
from .core import RULES, Check, Context
from .reference import CLAIMS_FILE

FIGURE_TABLES = ("aid", "trade", "investment", "other")
ARTICLE_TABLES = (*FIGURE_TABLES, "visits", "timeline")
COLUMNS = ("check_id", "rule", "article_ids", "reference", "claim", "claim_quote_mn", "claim_quote_ja", "note_en",
           "note_mn")
# The rule whose sentences quote the claim's words: a claim quoted in English needs them in
# Mongolian and Japanese (translated by hand, beside the check that cites it).
QUOTING_RULES = ("value_in_claim",)
REFERENCES = ("", "claims", "article_year")  # and 'cow:COLUMN[+COLUMN]'


def records(frame: pd.DataFrame) -> dict[str, dict]:
    """A table's rows by id, with pandas' missing value as None."""
    return {r["id"]: {k: (None if v is pd.NA else v) for k, v in r.items()} for r in frame.to_dict("records")}


def article_rows(tables: dict[str, pd.DataFrame]) -> dict[str, dict]:
    return {k: v for name in ARTICLE_TABLES for k, v in records(tables[name]).items()}


def _linked(rows: list[dict], column: str) -> list[dict]:
    return sorted((r for r in rows if isinstance(r.get(column), str) and r[column]), key=lambda r: r["id"])


def table_checks(tables: dict[str, pd.DataFrame]) -> list[Check]:
    """The checks the tables imply, in a stable order."""
    figures = [r for name in FIGURE_TABLES for r in records(tables[name]).values()]
    found = [Check(f"parts_add_up:{whole}", "parts_add_up",
                   (whole, *[r["id"] for r in figures if r.get("part_of") == whole]))
             for whole in sorted({r["part_of"] for r in figures if r.get("part_of")})]
    found += [Check(f"within_whole:{r['id']}", "within_whole", (r["id"], r["within"]))
              for r in _linked(figures, "within")]
    for name in FIGURE_TABLES:  # a figure restated in the other currency: (yen row, dollar row)
        table = records(tables[name])
        for r in _linked(list(table.values()), "equivalent_of"):
            jpy, usd = (table[r["equivalent_of"]], r) if r["unit"] == "USD" else (r, table[r["equivalent_of"]])
            found.append(Check(f"implied_rate:{usd['id']}", "implied_rate", (jpy["id"], usd["id"])))
    for name in ("visits", "timeline"):
        found += [Check(f"mentions_agree:{r['id']}", "mentions_agree", (r["same_as"], r["id"]))
                  for r in _linked(list(records(tables[name]).values()), "same_as")]
    return found + [Check("sources_not_before_statements", "sources_not_before_statements", ())]


def checks_path():
    return paths.DATA / "audit" / "checks.csv"


def checks_file() -> list[dict]:
    """data/audit/checks.csv as it is written (no check of its contents)."""
    with open(checks_path(), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def file_checks(rows: dict[str, dict], context: Context) -> list[Check]:
    """The checks of data/audit/checks.csv; a rule, row id, reference or claim that does not
    exist is a CheckFileError naming its row and column."""
    name, problems, found, seen = paths.rel(checks_path()), [], [], set()
    entries = checks_file()
    missing = [c for c in COLUMNS if entries and c not in entries[0]]
    if missing:
        raise CheckFileError([Problem(name, 1, None,
                                      f"missing column(s) {', '.join(missing)}; expected {', '.join(COLUMNS)}")])
    items = {c["item"] for c in context.claims}
    quotes = {c["item"]: c["quote_verbatim"] for c in context.claims}
    cow_columns = set(context.cow.columns) if context.cow is not None else set()
    for number, entry in enumerate(entries, start=2):  # row 1 is the header
        def problem(column: str, message: str, number: int = number) -> None:
            problems.append(Problem(name, number, column, message))

        if entry["check_id"] in seen:
            problem("check_id", f"the check id {entry['check_id']!r} is used twice")
        seen.add(entry["check_id"])
        if entry["rule"] not in RULES:
            problem("rule", f"no rule {entry['rule']!r}; the rules are {', '.join(sorted(RULES))}")
        ids = tuple(entry["article_ids"].split())
        unknown = [i for i in ids if i not in rows]
        if not ids or unknown:
            problem("article_ids",
                    f"no row of the article's tables has the id {' '.join(unknown)}" if unknown else "no row id given")
        reference = entry["reference"]
        if reference.startswith("cow:"):
            absent = [c for c in reference[4:].split("+") if c not in cow_columns]
            if absent:
                problem("reference",
                        f"no Correlates of War column {', '.join(absent)}; the columns are "
                        f"{', '.join(sorted(cow_columns))}")
        elif reference not in REFERENCES:
            problem("reference", f"{reference!r} is not one of: claims, article_year, cow:COLUMN[+COLUMN], or empty")
        if entry["rule"] in QUOTING_RULES and entry["claim"] in quotes:
            for column, message in claim_quote_problems(quotes[entry["claim"]], entry):
                problem(column, message)
        elif entry["claim_quote_mn"] or entry["claim_quote_ja"]:
            problem("claim_quote_mn" if entry["claim_quote_mn"] else "claim_quote_ja",
                    "a translation of a claim's quote is given, but the rule does not quote the claim")
        if reference == "claims" and entry["claim"] not in items:
            problem("claim", f"no claim {entry['claim']!r}: name a claim by its item in data/external/{CLAIMS_FILE}")
        elif reference != "claims" and entry["claim"]:
            problem("claim", "a claim is named, but the reference is not 'claims'")
        found.append(Check(entry["check_id"], entry["rule"], ids, reference, entry["claim"],
                           entry["note_en"], entry["note_mn"],
                           tuple((lang, entry[f"claim_quote_{lang}"]) for lang in ("mn", "ja"))))
    if problems:
        raise CheckFileError(problems)
    return found


def is_mongolian(text: str) -> bool:
    """Whether a source's words are Mongolian (Cyrillic), not English."""
    return re.search(r"[\u0400-\u04ff]", text) is not None


def claim_quote_problems(quote: str, entry: dict) -> list[tuple[str, str]]:
    """(column, message) for each translation of a claim's quote that is missing or states other
    numbers: the Mongolian against an English quote (the claims' own reader), the Japanese
    against a Mongolian that holds (as quote_ja is checked against quote_mn). A claim quoted in
    Mongolian needs no Mongolian translation."""
    mn, ja = entry["claim_quote_mn"], entry["claim_quote_ja"]
    english = not is_mongolian(quote)
    out = []
    if english and not mn:
        out.append(("claim_quote_mn", "the claim is quoted in English: give its Mongolian translation"))
    elif not english and mn:
        out.append(("claim_quote_mn", "the claim is quoted in Mongolian already: leave this empty"))
    elif english and (differ := numbers_differ(numbers_in(mn), numbers_in(quote), "the claim's quote", "translation",
                                                "quote")):
        out.append(("claim_quote_mn", differ))
    if english and not ja:
        out.append(("claim_quote_ja", "the claim is quoted in English: give its Japanese translation"))
    elif ja and not out and (differ := numbers_differ(japanese_numbers(ja), mongolian_numbers(mn if english else quote),
                                                      "the Mongolian", "Japanese", "Mongolian")):
        out.append(("claim_quote_ja", differ))  # read against a Mongolian that holds
    return out


def stated_lengths(figures: pd.DataFrame) -> dict[str, int]:
    """{programme id: its length in years} for the programmes data/audit/checks.csv binds to a
    stated length (rule period_from_duration)."""
    values = figures.set_index("id")["value"]
    return {entry["article_ids"].split()[0]: int(values[entry["article_ids"].split()[1]])
            for entry in checks_file() if entry["rule"] == "period_from_duration"}
