"""Read numbers the way the article prints them.

Mongolian prose writes amounts as digit groups with scale words
("115 тэрбум 158 сая" = 115 158 000 000), may put a qualifier inside or after
the amount ("250 гаруй сая", "31 сая шахам") and uses Roman numerals
("IV", and "IY" typed for IV).
"""
from __future__ import annotations

import re
from collections import Counter

# The article's own vocabulary, to read it (data, not words shown to a reader; the words a
# reader sees are in the catalogs): scale words and qualifiers as the article prints them.
SCALES = {"тэрбум": 10**9, "сая": 10**6, "мянга": 10**3, "мянган": 10**3,
          "billion": 10**9, "million": 10**6}  # English ones read the reference claims
QUALIFIERS = {"гаруй": "over", "орчим": "about", "шахам": "almost"}  # printed word -> qualifier code

_TOKEN = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)
# English-style amounts in the reference claims: "1.5 billion", "¥41.8 billion", "1,200"
_DECIMAL_SCALED = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+)\s*(billion|million|тэрбум|сая)\b", re.IGNORECASE)
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]*\.\d)")
_ROMAN_TOKEN = re.compile(r"(?<![^\W\d_])[IVXLCY]+(?![^\W\d_])")
_ROMAN_VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman(text: str) -> int | None:
    """The value of a Roman numeral, or None. 'Y' is read as 'V' (IY = IV)."""
    token = text.strip().upper().replace("Y", "V")
    if not token or not _ROMAN_VALID.match(token):
        return None
    total = 0
    for here, after in zip(token, token[1:] + " "):
        value = _ROMAN_DIGITS[here]
        total += -value if after != " " and _ROMAN_DIGITS[after] > value else value
    return total


def _amounts(tokens: list[str]):
    """Yield (value, qualifier, start, end) for each compound amount in a token list."""
    i = 0
    while i < len(tokens):
        if not tokens[i].isdigit():
            i += 1
            continue
        start, total, qualifier, last_scale = i, 0, "", None
        while i < len(tokens) and tokens[i].isdigit():
            number, i = int(tokens[i]), i + 1
            if i < len(tokens) and tokens[i] in QUALIFIERS:
                qualifier, i = QUALIFIERS[tokens[i]], i + 1
            scale = SCALES.get(tokens[i]) if i < len(tokens) else None
            if scale and (last_scale is None or scale < last_scale):
                total, last_scale, i = total + number * scale, scale, i + 1
                if i < len(tokens) and tokens[i] in QUALIFIERS:
                    qualifier, i = QUALIFIERS[tokens[i]], i + 1
                # go on only into a smaller scale ("115 тэрбум 158 сая"), not into the next number
                after = i + 1 + (i + 1 < len(tokens) and tokens[i + 1] in QUALIFIERS)
                if not (i < len(tokens) and tokens[i].isdigit() and after < len(tokens)
                        and SCALES.get(tokens[after], last_scale) < last_scale):
                    break
                continue
            if last_scale is None:
                total += number
            break
        yield total, qualifier, start, i


def parse_amount(printed: str) -> tuple[float, str]:
    """The value and qualifier of one printed amount, e.g. '250 гаруй сая' -> (250e6, 'over').

    Raises ValueError when the text holds no amount.
    """
    numeral = roman(printed)
    if numeral is not None:
        return numeral, ""
    tokens = _TOKEN.findall(printed.lower())
    for value, qualifier, _, _ in _amounts(tokens):
        return value, qualifier
    raise ValueError(f"no number in {printed!r}")


def numbers_in(text: str) -> set[float]:
    """Every value the text states: plain digit groups, compound amounts and Roman numerals."""
    found: set[float] = set()
    # English decimals and thousands first, then blanked, so "41.8 billion" is not read as "8 billion"
    for match in _DECIMAL_SCALED.finditer(text):
        found.add(float(match.group(1).replace(",", "")) * SCALES[match.group(2).lower()])
    found |= {int(m.group().replace(",", "")) for m in _THOUSANDS.finditer(text)}
    plain = _DECIMAL_SCALED.sub(lambda m: " " if ("." in m.group(1) or "," in m.group(1)) else m.group(), text)
    plain = _THOUSANDS.sub(" ", plain)
    tokens = _TOKEN.findall(plain.lower())
    found |= {int(t) for t in tokens if t.isdigit()}
    found |= {value for value, _, _, _ in _amounts(tokens)}
    found |= {v for m in _ROMAN_TOKEN.finditer(text) if (v := roman(m.group())) is not None}
    return found


def amounts_stated(text: str) -> Counter:
    """The amounts a Mongolian text states, each compound amount counted once ("115 тэрбум 158 сая"
    is one), and its Roman numerals: what a translation of the text must state too."""
    values = Counter(value for value, _, _, _ in _amounts(_TOKEN.findall(text.lower())))
    values.update(v for m in _ROMAN_TOKEN.finditer(text) if (v := roman(m.group())) is not None)
    return values
