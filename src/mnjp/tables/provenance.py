"""The provenance check: each quote is in the article on its line; each number a row
carries is in its quote (or the footnote it cites); each date exists."""
from __future__ import annotations

import calendar
import re

from ..article import Article
from ..errors import Problem
from ..numbers import numbers_in, parse_amount

# Columns whose values must be stated by the row's quote (or by the footnote it cites).
DATE_FIELDS = ("year", "month", "day", "period_start", "period_end")



def check_provenance(name: str, rows: list[dict], text: Article, footnotes: dict[str, str], file: str) -> list[Problem]:
    problems = []
    for index, row in enumerate(rows, start=2):
        def bad(column, message, index=index):
            problems.append(Problem(file, index, column, message))

        quote = row.get("quote_mn") or row.get("text_as_printed") or ""
        line = row.get("line", "")
        if quote and line.isdigit():
            starts = text.quote_lines(quote)
            column = "quote_mn" if "quote_mn" in row else "text_as_printed"
            if not starts:
                bad(column, f"quote not found in the article: {text.first_difference(quote, int(line))}")
            elif int(line) not in starts:
                bad("line", f"quote begins on line {', '.join(map(str, starts))} of the article, not line {line}")
        if name == "references" and row.get("marker_line", "").isdigit():
            marker = text.line_text(int(row["marker_line"]))
            if not any(row["number"] == n for n in _glued_numbers(marker)):
                bad("marker_line", f"line {row['marker_line']} carries no footnote mark {row['number']}")
        footnote_text = footnotes.get(row.get("footnote") or "", "")
        stated = numbers_in(quote + " " + footnote_text) if quote else set()
        if "value_as_printed" in row and row.get("value"):
            printed = row["value_as_printed"]
            if printed and text and quote and printed not in quote:
                bad("value_as_printed", f"{printed!r} is not in the quote")
            try:
                value, qualifier = parse_amount(printed)
                if _number(row["value"]) != value:
                    bad("value", f"{row['value']} is not the value of {printed!r} ({value:g})")
                if qualifier != (row.get("qualifier") or ""):
                    bad("qualifier",
                        f"{printed!r} reads as qualifier {qualifier or 'none'!r}, not "
                        f"{row.get('qualifier') or 'none'!r}")
            except ValueError:
                bad("value_as_printed", f"{printed!r} holds no number")
        for column, message in _date_problems(row):
            bad(column, message)
        exempt = row.get("uncertain") == "true" and (row.get("uncertain_reason") or "").strip()
        for column in DATE_FIELDS:
            date_part = row.get(column) or ""
            if date_part.lstrip("-").isdigit() and int(date_part) not in stated and not exempt:
                bad(column, f"{date_part} is not stated in the quote{' or its footnote' if footnote_text else ''}")
        if row.get("uncertain") == "true" and not (row.get("uncertain_reason") or "").strip():
            bad("uncertain_reason", "a row flagged uncertain must say why")
        if row.get("same_as") and row["same_as"] == row.get("id"):
            bad("same_as", "a row cannot be a second mention of itself")
    return problems


def _date_problems(row: dict) -> list[tuple[str, str]]:
    """A day needs a month, a month needs a year, and the day must exist in its month."""
    year, month, day = (row.get(c) or "" for c in ("year", "month", "day"))
    if day and not month:
        return [("month", f"day {day} is given without a month")]
    if month and not year:
        return [("year", f"month {month} is given without a year")]
    if day and day.isdigit() and month.isdigit() and year.lstrip("-").isdigit() and 1 <= int(month) <= 12:
        last = calendar.monthrange(int(year), int(month))[1]
        if not 1 <= int(day) <= last:
            name = calendar.month_name[int(month)]
            return [("day", f"{year}-{int(month):02d}-{int(day):02d} does not exist: {name} {year} has {last} days "
                            "(a date must exist whatever the uncertainty flag says)")]
    return []


def _glued_numbers(line: str) -> list[str]:
    """Footnote marks: digits glued to the end of a word or closing quote ("иэн10-д", "тогтсон1")."""
    return re.findall(r"(?<=[^\W\d_]|[”»)])(\d{1,2})(?!\d)", line)


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return float("nan")
