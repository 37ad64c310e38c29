"""The source article: its text, and where a quote stands in it.

Quotes are matched after whitespace normalisation, because the PDF extraction
breaks lines mid-sentence. A quote may skip an interruption (a page break with
footnotes) with " … ": each fragment must follow the previous one closely.
"""
from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache
from pathlib import Path

from . import paths

ELLIPSIS = " … "
MAX_GAP = 400  # characters allowed between the fragments of a quote
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def metadata(source: Path | None = None) -> dict:
    """Author, title, year and file name of the article (data/source/article.json)."""
    return json.loads(((source or paths.SOURCE) / "article.json").read_text(encoding="utf-8"))


def article_path(source: Path | None = None) -> Path:
    source = source or paths.SOURCE
    return source / metadata(source)["file"]


def article(source: Path | None = None) -> str:
    """The article's full text, exactly as extracted."""
    return article_path(source).read_text(encoding="utf-8")


class Article:
    """The text joined into one normalised string, with a map back to source lines."""

    def __init__(self, text: str):
        self.lines = text.split("\n")
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

    def line_text(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""


@lru_cache(maxsize=4)
def load_article(path: str) -> Article:
    return Article(Path(path).read_text(encoding="utf-8"))
