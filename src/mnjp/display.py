"""How tables and quotes appear in the notebooks (HTML, with links back to the quotes)."""
from __future__ import annotations

import html
import re
import statistics
import unicodedata

import pandas as pd

from .catalogs import label
from .punctuation import span

SOURCES_PAGE = "sources.html"  # the chapter with the bibliography, next to the other chapters
TRANSLATION = {"en": "quote_en", "ja": "quote_ja"}  # the edition's translation of a quote; Mongolian reads the original


def anchor(row_id: str) -> str:
    return "q-" + row_id.replace(".", "-").replace("_", "-")




def quote_link(row_id: str, lang: str, line=None) -> str:
    """A small link from a table row to its quote, further down the same page ('line 250'); the row's
    id stays out of sight (a code, not a word of the edition)."""
    known = line is not None and not pd.isna(line)
    text = label("link.line", lang, line=int(line)) if known else label("link.quote", lang)
    return f'<a href="#{anchor(row_id)}">{html.escape(text)}</a>'


def code_spans(text: str) -> str:
    """HTML of a text whose `backticked` parts are what a reader types (shown as code)."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


def footnote_link(number) -> str:
    if number is None or pd.isna(number):
        return ""
    return f'<a href="{SOURCES_PAGE}#fn-{int(number)}">{int(number)}</a>'


# How wide a column's cells are, in em (a CJK character is about 1 em, a Latin or Cyrillic one
# about half). A short column of numbers breaks only at spaces, so that an amount
# ('1,259億4,400万円'), a date or a line link ('250行目') stays whole; any other column
# keeps a few words a line (five Japanese characters at least). Without this, Japanese, which may
# break between any two characters, lets the browser squeeze a column to one character a line;
# with it, a table wider than the page scrolls in its own box (book/_static/mnjp.css).
SHORT_EM, WORDS_EM, SENTENCES_EM = 12, 12, 24


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def text_em(markup: str) -> float:
    return sum(1.0 if wide(c) else 0.55 for c in plain(markup))


def column_class(cells: list[str]) -> str:
    """mnjp-short: every cell fits on a short line and some hold numbers; else by its typical
    cell: mnjp-words (a name, a few words), mnjp-phrases (a title, a phrase), mnjp-sentences (a
    sentence or more)."""
    widths = sorted(text_em(c) for c in cells) or [0.0]
    if widths[-1] <= SHORT_EM and any(c.isdigit() for cell in cells for c in plain(cell)):
        return "mnjp-short"
    typical = statistics.median(widths)
    return "mnjp-words" if typical <= WORDS_EM else "mnjp-phrases" if typical <= SENTENCES_EM else "mnjp-sentences"


def cell_class(cell: str, column: str) -> str:
    """A short cell written without a space ('1,259億4,400万円', '2013–2017', '250行目') is one
    word and never wraps (mnjp-whole); with spaces ('line 250') it may wrap between words."""
    text = plain(cell).strip()
    return f"{column} mnjp-whole" if column == "mnjp-short" and text and not any(c.isspace() for c in text) else column


def _cell(value, escape: bool) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value)) if escape else str(value)


def table_html(frame: pd.DataFrame, escape_columns: list[str] | None = None, kind: str = "") -> str:
    """A plain HTML table; cells are escaped except those already holding links. Each column's
    cells carry its width class (column_class), a short one-word cell also mnjp-whole; `kind`,
    a class of the table's own (mnjp-quotes)."""
    escaped = set(frame.columns if escape_columns is None else escape_columns)
    columns = [[_cell(v, name in escaped) for v in frame[name]] for name in frame.columns]
    classes = [column_class(cells) for cells in columns]
    head = "".join(f'<th class="{k}">{name}</th>' for name, k in zip(frame.columns, classes))
    body = "".join("<tr>" + "".join(f'<td class="{cell_class(c, k)}">{c}</td>' for c, k in zip(row, classes))
                   + "</tr>\n" for row in zip(*columns))
    return (f'<table class="{" ".join(filter(None, ["dataframe mnjp-table", kind]))}">\n'
            f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>")


def show(frame: pd.DataFrame, linked: tuple[str, ...] = ()):
    """Display a table in the notebook (columns named in `linked` already hold HTML links)."""
    from IPython.display import HTML

    return HTML(table_html(frame, [c for c in frame.columns if c not in linked]))


def with_footnote_marks(quote: str, footnotes) -> str:
    """HTML of a quote whose footnote marks, printed run into the word before them ("иэн10-д"),
    are shown as superscripts ("иэн<sup>10</sup>-д"); the data keep the quote verbatim."""
    out = html.escape(quote)
    for number in sorted({int(n) for n in footnotes if n is not None and not pd.isna(n)}, reverse=True):
        # run into a word or a closing quote: "иэн10-д", "(2013-2017)”17"
        out = re.sub(rf"(?<=[^\W\d]|”|»){number}(?!\d)", f"<sup>{number}</sup>", out)
    return out


def verbatim(markup: str) -> str:
    """The article's own words, as printed (in whatever script it prints them): marked, so that a
    check of the edition's words can tell them from the report's words and find them in the article."""
    return f'<span class="mnjp-verbatim">{markup}</span>'


def _lines(group: pd.DataFrame, lang: str) -> str:
    """The lines a quote covers, from the one it begins on to the last one its rows' figures
    are printed on ('127–128'), so that the line a chart or a link gives is among them."""
    first = int(group["line"].min())
    printed = group["value_line"].dropna() if "value_line" in group else pd.Series(dtype=float)
    last = max([first, *(int(v) for v in printed)])
    return str(first) if last == first else span(first, last, lang)


def quotes_html(frame: pd.DataFrame, lang: str) -> str:
    """The quotes behind a chapter's rows, one row per quote (rows citing the same sentence, or
    a part of it, share it): line (holding an anchor for each row id), Mongolian, the edition's
    translation (English or Japanese), footnote."""
    # a quote that another row's quote contains is shown once, inside the longer one
    texts = sorted(set(frame["quote_mn"]), key=len, reverse=True)
    whole = {q: next(t for t in texts if q in t) for q in texts}
    frame = frame.assign(_quote=frame["quote_mn"].map(whole))
    column = TRANSLATION.get(lang)
    translated = dict(zip(frame["quote_mn"], frame[column])) if column else {}
    rows = []
    for quote, group in frame.groupby("_quote", sort=False):
        notes = sorted({int(n) for n in group["footnote"].dropna()})
        anchors = "".join(f'<span id="{anchor(i)}"></span>' for i in group["id"])
        rows.append({
            label("col.line", lang): anchors + _lines(group, lang),
            label("col.quote_mn", lang): verbatim(with_footnote_marks(str(quote), notes)),
            # an edition in one language has no translation column
            **({label(f"col.{column}", lang): html.escape(translated[quote])} if column else {}),
            label("col.footnote", lang): " ".join(footnote_link(n) for n in notes),
        })
    return table_html(pd.DataFrame(rows), escape_columns=[], kind="mnjp-quotes")


def quotes(frame: pd.DataFrame, lang: str):
    """Display the quotes table in the notebook."""
    from IPython.display import HTML

    return HTML(quotes_html(frame, lang))


def markdown(text: str):
    """A paragraph of Markdown in the notebook's output."""
    from IPython.display import Markdown

    return Markdown(text)
