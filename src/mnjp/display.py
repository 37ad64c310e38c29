"""How tables and quotes appear in the notebooks (HTML, with links back to the quotes)."""
from __future__ import annotations

import html

import pandas as pd

from .labels import label

SOURCES_PAGE = "sources.html"  # the chapter with the bibliography, next to the other chapters


def anchor(row_id: str) -> str:
    return "q-" + row_id.replace(".", "-").replace("_", "-")


def breakable(text: str) -> str:
    """HTML of an id that may wrap after its separators (. _ :) in a narrow column."""
    out = html.escape(text)
    for mark in ".:_":
        out = out.replace(mark, mark + "<wbr>")
    return out


def quote_link(row_id: str, lang: str) -> str:
    """A link from a table row to its quote, further down the same page."""
    return f'<a href="#{anchor(row_id)}" title="{html.escape(label("col.quote_mn", lang))}">{breakable(row_id)}</a>'


def footnote_link(number) -> str:
    if number is None or pd.isna(number):
        return ""
    return f'<a href="{SOURCES_PAGE}#fn-{int(number)}">{int(number)}</a>'


def table_html(frame: pd.DataFrame, escape_columns: list[str] | None = None) -> str:
    """A plain HTML table; cells are escaped except those already holding links."""
    frame = frame.copy()
    for column in escape_columns if escape_columns is not None else list(frame.columns):
        frame[column] = frame[column].map(lambda v: "" if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA else html.escape(str(v)))
    return frame.to_html(index=False, escape=False, border=0, classes="mnjp-table", na_rep="")


def show(frame: pd.DataFrame, linked: tuple[str, ...] = ()):
    """Display a table in the notebook (columns named in `linked` already hold HTML links)."""
    from IPython.display import HTML

    return HTML(table_html(frame, [c for c in frame.columns if c not in linked]))


def quotes(frame: pd.DataFrame, lang: str):
    """The quotes behind a chapter's rows: id (anchor), Mongolian, English, line, footnote."""
    rows = []
    for row in frame.itertuples(index=False):
        rows.append({
            label("col.id", lang): f'<span id="{anchor(row.id)}">{html.escape(row.id)}</span>',
            label("col.quote_mn", lang): html.escape(row.quote_mn),
            label("col.quote_en", lang): html.escape(row.quote_en),
            label("col.line", lang): int(row.line),
            label("col.footnote", lang): footnote_link(row.footnote),
        })
    return show(pd.DataFrame(rows), linked=tuple(pd.DataFrame(rows).columns))


def markdown(text: str):
    """A paragraph of Markdown in the notebook's output."""
    from IPython.display import Markdown

    return Markdown(text)
