"""The house style: colours, fonts, the figure, its title and source line, and text broken
into lines (Japanese included).

A notebook draws with `figure()`, then saves with `save` (mnjp.chart_files: PNG, SVG with
hover texts, and the data as CSV, byte for byte the same for the same input); how large
the saved text reads in the report is measured by mnjp.chart_legibility. Both are
re-exported here, so that `mnjp.charts` is the one import a notebook needs for its charts.
"""
from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd

from .chart_files import ChartError as ChartError
from .chart_files import save as save
from .chart_files import tip as tip
from .chart_legibility import COLUMN_PX_390 as COLUMN_PX_390
from .chart_legibility import COLUMN_PX_1280 as COLUMN_PX_1280
from .chart_legibility import MIN_TEXT_PX as MIN_TEXT_PX
from .chart_legibility import natural_px as natural_px
from .chart_legibility import smallest_text_px as smallest_text_px
from .chart_legibility import too_small as too_small

COLORS = {
    "MN": "#c8102e",      # Mongolian flag red
    "JP": "#1f4e79",      # deep blue, distinct from red for colour-blind readers
    "neutral": "#6b6b6b",
    "accent": "#e1a100",
    "light": "#d9d9d9",
}
SERIES = ["#1f4e79", "#c8102e", "#e1a100", "#4d8f5b", "#7b5ea7", "#6b6b6b"]
NARROW_WIDTH = 3.5        # inches: a phone's rendering, 336 px at natural size, fits a 390 px window's column (342 px)
# DejaVu Sans covers Latin and Mongolian Cyrillic (Ө, Ү); IPAexGothic, which the
# matplotlib-fontja package ships (no system font needed), draws the Japanese. Matplotlib takes
# each glyph from the first font in the list that has it.
JAPANESE_FONT = "IPAexGothic"
FONTS = ["DejaVu Sans", JAPANESE_FONT]


def _regular_only(record) -> bool:
    """IPAexGothic has one weight: bold chart text draws its Japanese glyphs at regular weight,
    as expected, so matplotlib's notice of it (which would print under every chart) is dropped."""
    return not record.getMessage().startswith(f"findfont: Failed to find font weight bold for {JAPANESE_FONT}")


def _register_fonts() -> None:
    import logging

    import matplotlib_fontja
    from matplotlib import font_manager

    path = matplotlib_fontja.get_font_ttf_path()  # importing the package registers the font; make sure
    if path not in {f.fname for f in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(path)
    log = logging.getLogger("matplotlib.font_manager")
    if _regular_only not in log.filters:
        log.addFilter(_regular_only)


def style() -> None:
    _register_fonts()
    mpl.rcParams.update({
        "font.family": FONTS,  # a list of families, not "sans-serif": only a list falls back per glyph
        "font.size": 10,
        "legend.fontsize": 10,
        "legend.title_fontsize": 9,
        "axes.titlesize": 12,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.grid.axis": "x",
        "grid.color": "#e6e6e6",
        "axes.prop_cycle": mpl.cycler(color=SERIES),  # type: ignore[attr-defined]  # matplotlib exports cycler; its stubs do not say so
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "svg.hashsalt": "mnjp",
        "svg.fonttype": "path",
        "legend.frameon": False,
    })


def figure(width: float = 7, height: float = 4.5):
    style()
    return plt.subplots(figsize=(width, height), layout="constrained")


def years_axis(ax) -> None:
    """Whole years on the x axis (no 1982.5)."""
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))


def empty_note(ax, text: str) -> None:
    """Say so when a window of years leaves a chart empty."""
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", color=COLORS["neutral"])


def year_position(frame: pd.DataFrame) -> pd.Series:
    """Where a dated row sits on a time axis: year + month/day; an unknown month is mid-year."""
    month = frame["month"].astype(float).fillna(6.5)
    day = frame["day"].astype(float).fillna(15) if "day" in frame else 15
    return frame["year"].astype(float) + (month - 1) / 12 + (day - 1) / 365


def title(fig, text: str) -> None:
    """The chart's title, left-aligned over the whole figure (long titles wrap)."""
    width = int(fig.get_figwidth() * 8.5)  # characters of 12-point bold text across the figure
    fig.suptitle("\n".join(lines(text, width)), x=0.01, ha="left", fontsize=12, fontweight="bold")


def source_note(fig, text: str) -> None:
    """The source line under the chart (article lines, footnotes, reference series)."""
    fig.get_layout_engine().set(h_pad=0.1)
    width = int(fig.get_figwidth() * 13)  # characters of 9-point text across the figure
    fig.supxlabel("\n".join(lines(text, width)), x=0.01, ha="left", fontsize=9, color=COLORS["neutral"])


def wrap(labels, width: int = 34) -> list[str]:
    """Long category labels broken onto lines."""
    return ["\n".join(lines(str(text), width)) for text in labels]


def _wide(char: str) -> bool:
    import unicodedata

    return unicodedata.east_asian_width(char) in ("W", "F")


def lines(text: str, width: int) -> list[str]:
    """Text broken into lines of at most `width` Latin characters. Japanese, written without
    spaces, may break before any wide character, and a wide character takes two places; a
    line never begins with a closing mark such as 、 or ）, nor ends with （ or 「."""
    import re
    import textwrap

    if not any(_wide(c) for c in text):
        return textwrap.wrap(text, width)
    no_start = set("、。，．）」』〕】・：；ー？！%")
    no_end = set("（「『〔【")
    tokens = re.findall(r"\s+|[^\s]", text)  # one character at a time; runs of space
    out, line, used = [], "", 0
    word = re.compile(r"[^\s]")
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.isspace():
            if line:
                line, used = line + " ", used + 1
            i += 1
            continue
        # a run of narrow characters (a Latin word, a number) stays whole
        j = i
        while (j < len(tokens) and word.match(tokens[j]) and not _wide(tokens[j])
               and (j == i or not _wide(tokens[j - 1]))):
            j += 1
        chunk = "".join(tokens[i:max(j, i + 1)])
        size = sum(2 if _wide(c) else 1 for c in chunk)
        if line.strip() and used + size > width and chunk[0] not in no_start:
            carry = ""
            while len(line.rstrip()) > 1 and line.rstrip()[-1] in no_end:  # （ or 「 opens the next line
                line = line.rstrip()
                carry, line = line[-1] + carry, line[:-1]
            out.append(line.rstrip())
            line, used = carry, sum(2 if _wide(c) else 1 for c in carry)
        line, used = line + chunk, used + size
        i = max(j, i + 1)
    if line.strip():
        out.append(line.rstrip())
    return out


