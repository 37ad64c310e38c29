"""Numbers and dates as Japanese readers read them.

Japanese groups large numbers by 万 (10^4), 億 (10^8) and 兆 (10^12), not by
thousands: 286,282,000,000 yen is 2,862億8,200万円. The article's qualifiers
(орчим, гаруй, шахам; "about", "over", "almost" in the data) become 約 before
the amount, and 超 or 弱 (or 近く) after it. Dates read 1972年2月24日.

Pure functions: nothing here loads data. The characters below are number
notation (like the scale words in `numbers`), not interface words.
`numbers_in` reads the notation back, so a translation's digits can be
checked against the Mongolian quote.
"""
from __future__ import annotations

import math
import numbers
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from .numbers import roman

UNITS = {"万": 10**4, "億": 10**8, "兆": 10**12}
QUALIFIERS = ("about", "over", "almost")  # the data's `qualifier` values
ALMOST = ("弱", "近く")  # both usual; 弱 is the tighter, written style
MINUS = "−"  # U+2212, as Japanese tables print a negative amount


def _checked(value) -> numbers.Real:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"amount must be a number, not {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"amount {value!r} is not a number Japanese can write")
    return value


def _grouped(whole: int) -> str:
    """A non-negative integer in 兆/億/万 groups, each group with a thousands comma."""
    parts = []
    for name, size in sorted(UNITS.items(), key=lambda item: -item[1]):
        group, whole = divmod(whole, size)
        if group:
            parts.append(f"{group:,}{name}")
    if whole or not parts:
        parts.append(f"{whole:,}")
    return "".join(parts)


def _qualified(text: str, qualifier: str | None, almost: str) -> str:
    if qualifier is None:
        return text
    if qualifier not in QUALIFIERS:
        raise ValueError(f"qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}")
    if almost not in ALMOST:
        raise ValueError(f"almost must be written {' or '.join(ALMOST)}, not {almost!r}")
    return {"about": "約" + text, "over": text + "超", "almost": text + almost}[qualifier]


def qualified(text: str, qualifier: str | None, *, almost: str = "弱") -> str:
    """A written number with its qualifier where Japanese puts it: qualified("70%", "over") -> "70%超"."""
    return _qualified(text, qualifier, almost)


def amount(value, unit: str = "", qualifier: str | None = None, *,
           round_to: str | None = None, almost: str = "弱") -> str:
    """A whole amount in 兆/億/万 with its unit and qualifier: amount(5700, "品目", "about") -> "約5,700品目".

    `round_to` ("万", "億" or "兆") rounds half up to that unit. When rounding changes
    the value the result is marked 約, which replaces a stated 超 or 弱 (they would no
    longer be true); a stated 約 stays single.
    """
    value = _checked(value)
    if qualifier is not None and qualifier not in QUALIFIERS:
        raise ValueError(f"qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}")
    if round_to is not None:
        if round_to not in UNITS:
            raise ValueError(f"round_to {round_to!r} is not one of {', '.join(UNITS)}")
        step = UNITS[round_to]
        rounded = int((Decimal(str(value)) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * step
        if rounded != value:
            qualifier = "about"
        value = rounded
    elif value != int(value):
        raise ValueError(f"amount {value!r} is not a whole number: pass round_to to round it")
    whole = int(value)
    text = (MINUS if whole < 0 else "") + _grouped(abs(whole)) + unit
    return _qualified(text, qualifier, almost)


def yen(value, qualifier: str | None = None, *, round_to: str | None = None, almost: str = "弱") -> str:
    """Yen in 億 and 万: yen(286_282_000_000) -> "2,862億8,200万円"; round_to="億" -> "約2,863億円"."""
    return amount(value, "円", qualifier, round_to=round_to, almost=almost)


def dollars(value, qualifier: str | None = None, *, round_to: str | None = None, almost: str = "弱") -> str:
    """US dollars in 億 and 万: dollars(17_000_000) -> "1,700万ドル"."""
    return amount(value, "ドル", qualifier, round_to=round_to, almost=almost)


def percent(value, qualifier: str | None = None, *, almost: str = "弱") -> str:
    """A share: percent(70, "over") -> "70%超". Decimals are kept as given."""
    value = _checked(value)
    plain = f"{int(value):,}" if value == int(value) else f"{value:,}"
    return _qualified(plain + "%", qualifier, almost)


# --- Reading the notation back ---------------------------------------------------------

_NUMBER = re.compile(rf"({MINUS})?(\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(\d+))?(兆|億|万)?")
_ROMAN = re.compile(r"(?<![A-Za-z])[IVXLC]+(?![A-Za-z])")


def numbers_in(text: str) -> list[int | float]:
    """Every number the text states, in order: "2,862億8,200万円" -> [286282000000].

    A 兆/億/万 group joins the groups that follow it directly ("1億1円" is one
    number); 年, 月, 日 and other characters separate numbers. Roman numerals
    (list numbers such as "II.") count too. Full-width digits are read as digits.
    """
    text = unicodedata.normalize("NFKC", text).replace("-", " ")  # "2013-2017" is two years
    found: list[tuple[int, int | float | None]] = []
    total: Decimal | None = None
    sign, last_scale, end, start = 1, None, -1, 0
    for match in _NUMBER.finditer(text):
        minus, digits, decimals, scale_name = match.groups()
        number = Decimal(digits.replace(",", "") + (f".{decimals}" if decimals else ""))
        scale = UNITS.get(scale_name, 1)
        joins = total is not None and match.start() == end and last_scale not in (None, 1) and scale < last_scale
        if not joins:
            if total is not None:
                found.append((start, _plain(sign * total)))
            start, total, sign = match.start(), Decimal(0), -1 if minus else 1
        total = (total or Decimal(0)) + number * scale
        last_scale, end = scale, match.end()
    if total is not None:
        found.append((start, _plain(sign * total)))
    found += [(m.start(), roman(m.group())) for m in _ROMAN.finditer(text) if roman(m.group()) is not None]
    return [value for _, value in sorted(found, key=lambda item: item[0]) if value is not None]


def _plain(number: Decimal) -> int | float:
    return int(number) if number == number.to_integral_value() else float(number)
