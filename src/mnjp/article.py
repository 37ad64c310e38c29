"""The source article: its text, and where a quote stands in it.

Quotes are matched after whitespace normalisation, because the PDF extraction
breaks lines mid-sentence, and in Unicode NFC (composed characters), so a "й"
typed as "и" + combining breve still means "й". A quote may skip an interruption
(a page break with footnotes) with " … ": each fragment must follow the previous
one closely. A quote that is not in the text is explained by where it first
differs from the nearest passage, character names and code points included.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from . import paths
from .errors import MissingDataError, read_json

ELLIPSIS = " … "
MAX_GAP = 400  # characters allowed between the fragments of a quote
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def char_name(char: str) -> str:
    """'U+043E CYRILLIC SMALL LETTER O': what a character is, when two look alike."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'UNNAMED CHARACTER')}"


_MISSING = "the article's data package is missing or damaged"


def metadata(source: Path | None = None) -> dict:
    """Author, title, year and file name of the article (data/source/article.json)."""
    meta = read_json((source or paths.SOURCE) / "article.json", _MISSING)
    if "file" not in meta:
        raise MissingDataError(f"{paths.rel((source or paths.SOURCE) / 'article.json')}: {_MISSING}: no \"file\" key")
    return meta


def article_path(source: Path | None = None) -> Path:
    source = source or paths.SOURCE
    path = source / metadata(source)["file"]
    if not path.exists():
        raise MissingDataError(f"{paths.rel(path)} not found: {_MISSING} (data/source/article.json names it)")
    return path


def article(source: Path | None = None) -> str:
    """The article's full text, exactly as extracted."""
    return article_path(source).read_text(encoding="utf-8")


class Article:
    """The text joined into one normalised string, with a map back to source lines."""

    def __init__(self, text: str):
        self.lines = unicodedata.normalize("NFC", text).split("\n")
        # Blank lines add nothing, so a sentence broken by one still matches.
        parts, self._starts, offset = [], [], 0
        for line in self.lines:
            piece = normalise(line)
            self._starts.append(offset)
            if piece:
                parts.append(piece)
                offset += len(piece) + 1
        self.flat = " ".join(parts)

    def line_at(self, offset: int) -> int:
        """1-based source line holding the character at this offset of the flat text."""
        # The last line starting at or before the offset; blank lines share the offset
        # of the next non-blank line, so bisect_right lands on that one.
        return bisect.bisect_right(self._starts, offset)

    def spans(self, quote: str) -> list[tuple[int, int]]:
        """(start, end) offsets in the flat text of every place the quote stands."""
        fragments = [normalise(f) for f in normalise(quote).split(normalise(ELLIPSIS))]
        if not fragments or not all(fragments):
            return []
        found, start = [], self.flat.find(fragments[0])
        while start >= 0:
            end, ok = start + len(fragments[0]), True
            for fragment in fragments[1:]:
                nxt = self.flat.find(fragment, end)
                if nxt < 0 or nxt - end > MAX_GAP:
                    ok = False
                    break
                end = nxt + len(fragment)
            if ok:
                found.append((start, end))
            start = self.flat.find(fragments[0], start + 1)
        return found

    def quote_lines(self, quote: str) -> list[int]:
        """The source lines on which the quote begins (empty when it is not in the text)."""
        return [self.line_at(start) for start, _ in self.spans(quote)]

    def value_line(self, quote: str, line: int, printed: str) -> int | None:
        """The line where `printed` stands inside the quote that begins on `line`."""
        for start, end in self.spans(quote):
            if self.line_at(start) == line:
                at = self.flat.find(normalise(printed), start, end)
                return self.line_at(at) if at >= 0 else None
        return None

    def first_difference(self, quote: str, line: int) -> str:
        """Where a quote that is not in the text first differs from the nearest passage on its line."""
        fragments = [normalise(f) for f in normalise(quote).split(normalise(ELLIPSIS))]
        # the first fragment must begin on its line; each next one within MAX_GAP of the last
        low = self._starts[line - 1] if 1 <= line <= len(self._starts) else 0
        high = self._starts[line] if line < len(self._starts) else len(self.flat)
        for number, fragment in enumerate(fragments):
            at = self.flat.find(fragment, low) if fragment else -1
            if 0 <= at < max(high, low + 1):
                low = at + len(fragment)
                high = low + MAX_GAP + 1
                continue
            part = "the quote" if len(fragments) == 1 else f"part {number + 1} of the quote (parts split at ' … ')"
            return self._explain(fragment, low, max(high, low + 1), line, part)
        return "it is on another line"

    def _explain(self, fragment: str, low: int, high: int, line: int, part: str) -> str:
        best, best_score = low, -1
        for start in range(low, min(high, len(self.flat))):
            passage = self.flat[start:start + len(fragment)]
            score = sum(a == b for a, b in zip(fragment, passage))
            if score > best_score:
                best, best_score = start, score
        passage = self.flat[best:best + len(fragment)]
        if best_score <= 0:
            return f"no passage on line {line} resembles {fragment[:60]!r}"
        at = next((i for i, (a, b) in enumerate(zip(fragment, passage)) if a != b), len(passage))
        context = fragment[max(0, at - 20):at]
        if at >= len(passage):
            return f"after {context!r} (character {at + 1} of {part}) the article's text ends"
        return (f"character {at + 1} of {part}, after {context!r}, is {fragment[at]!r} {char_name(fragment[at])} "
                f"where the article has {passage[at]!r} {char_name(passage[at])} (line {self.line_at(best + at)})")

    def line_text(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""


@lru_cache(maxsize=4)
def load_article(path: str) -> Article:
    return Article(Path(path).read_text(encoding="utf-8"))
