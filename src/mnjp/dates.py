"""A date's parts checked before any edition writes them: whole numbers, a month of 1–12, a day
that exists, no day without a month. None, NaN and pandas' NA mean "not given", as tables
deliver a date known only to its year or month."""
from __future__ import annotations

import datetime
import math
import numbers


def _whole_or_none(value, name: str) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or str(value) in {"<NA>", "nan"}:
        return None
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or value != int(value):  # type: ignore[call-overload]  # int() of any Real works at run time; numbers.Real does not promise __int__
        raise ValueError(f"{name} must be a whole number, not {value!r}")
    return int(value)  # type: ignore[call-overload]  # as above


def checked(year, month=None, day=None) -> tuple[int, int | None, int | None]:
    """(year, month, day) as whole numbers, or ValueError naming what cannot exist."""
    year, month, day = (_whole_or_none(v, n) for v, n in ((year, "year"), (month, "month"), (day, "day")))
    if year is None or year < 1:
        raise ValueError(f"year {year!r} is not a calendar year")
    if day is not None and month is None:
        raise ValueError(f"a day without a month: {year}, day {day}")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month {month} is not 1–12")
    if day is not None:
        try:
            datetime.date(year, month, day)
        except ValueError:
            raise ValueError(f"day {day} does not exist in {year}-{month:02d}") from None
    return year, month, day
