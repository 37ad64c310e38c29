"""The house style, and saving each chart deterministically with its data.

`save` writes <name>.png, <name>.svg and <name>.csv (the data behind the chart)
with byte-identical output for identical input: no timestamps or software tags,
a fixed SVG hash salt, and rows in a fixed order. Marks given a `tip` carry an SVG
<title>, which a browser shows on hover without any script.

Legibility: the report shows a chart's SVG at most at its natural size (1 pt = 4/3 CSS px),
shrunk to the text column on a wide screen and never shrunk on a phone (there a wider
chart scrolls inside its own box, as a wide table does). `smallest_text_px` says how large
the smallest text of a saved chart is at a given displayed width; the tests hold every
chart to MIN_TEXT_PX.
"""
from __future__ import annotations

import contextlib
import html
import re
import warnings
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd

from . import paths

COLORS = {
    "MN": "#c8102e",      # Mongolian flag red
    "JP": "#1f4e79",      # deep blue, distinct from red for colour-blind readers
    "neutral": "#6b6b6b",
    "accent": "#e1a100",
    "light": "#d9d9d9",
}
SERIES = ["#1f4e79", "#c8102e", "#e1a100", "#4d8f5b", "#7b5ea7", "#6b6b6b"]
MIN_TEXT_PX = 11          # the smallest chart text a reader is shown, in CSS px
COLUMN_PX_1280 = 672      # width of a figure in the text column at a 1280 px window (measured in Chromium)
COLUMN_PX_390 = 342       # the same in a 390 px window (a phone)
PX_PER_PT = 96 / 72       # CSS px per point at a chart's natural size
NARROW_WIDTH = 3.5        # inches: a phone's rendering, 336 px at natural size, fits a 390 px window's column (342 px)
# DejaVu Sans covers Latin and Mongolian Cyrillic (Ө, Ү); IPAexGothic, which the
# matplotlib-fontja package ships (no system font needed), draws the Japanese. Matplotlib takes
# each glyph from the first font in the list that has it.
JAPANESE_FONT = "IPAexGothic"
FONTS = ["DejaVu Sans", JAPANESE_FONT]
MISSING_GLYPH = r"Glyph \d+ \(.*\) missing from font"  # matplotlib's warning, an error here


class ChartError(ValueError):
    """A chart cannot be drawn faithfully."""


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
        "axes.prop_cycle": mpl.cycler(color=SERIES),
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
        while j < len(tokens) and word.match(tokens[j]) and not _wide(tokens[j]) and (j == i or not _wide(tokens[j - 1])):
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


def output_dir() -> Path:
    """Where charts go: the run's folder (papermill's cwd); build/lab when run from notebooks/."""
    here = Path.cwd().resolve()
    if here == paths.NOTEBOOKS.resolve():
        target = paths.BUILD / "lab"
        target.mkdir(parents=True, exist_ok=True)
        return target
    return here


def tip(fig, artist, text: str) -> None:
    """Give one mark (a bar, a point) a hover text: an SVG <title> inside the mark's group."""
    tips = fig.__dict__.setdefault("_mnjp_tips", {})
    gid = f"mark-{len(tips) + 1}"
    artist.set_gid(gid)
    tips[gid] = text


def _with_titles(svg: str, tips: dict[str, str]) -> str:
    for gid, text in tips.items():
        opening = f'<g id="{gid}">'
        if opening not in svg:
            raise ValueError(f"the chart has no mark {gid!r} for the hover text {text!r}")
        svg = svg.replace(opening, f"{opening}\n   <title>{html.escape(text)}</title>", 1)
    return svg


@contextlib.contextmanager
def glyphs_required(name: str):
    """Drawing chart `name`: a character no chart font has stops it, instead of printing a box."""
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=MISSING_GLYPH)
        try:
            yield
        except UserWarning as warning:
            if not re.match(MISSING_GLYPH, str(warning)):
                raise
            raise ChartError(f"chart {name}: {warning} Fonts tried: {', '.join(mpl.rcParams['font.family'])}") from None


def _save_svg(fig, path: Path) -> None:
    import io

    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    path.write_text(_with_titles(buffer.getvalue(), fig.__dict__.get("_mnjp_tips", {})), encoding="utf-8")


def save(fig, name: str, data: pd.DataFrame, folder: Path | None = None, narrow=None) -> dict[str, Path]:
    """Write name.png, name.svg (with the marks' hover texts) and name.csv; return their paths.
    `narrow`, the same chart drawn NARROW_WIDTH wide, is written as name.narrow.svg: the
    report shows it on a phone in place of the wide one."""
    folder = folder or output_dir()
    out = {kind: folder / f"{name}.{kind}" for kind in ("png", "svg", "csv")}
    with glyphs_required(name):
        fig.savefig(out["png"], metadata={"Software": None})
        _save_svg(fig, out["svg"])
        if narrow is not None:
            out["narrow"] = folder / f"{name}.narrow.svg"
            _save_svg(narrow, out["narrow"])
    data.to_csv(out["csv"], index=False, lineterminator="\n", encoding="utf-8")
    return out


# Text drawn as paths (svg.fonttype "path") is a group scaled by font size / 100, in points.
_TEXT_SCALE = re.compile(r'scale\((\d+(?:\.\d+)?) -\1\)')
_WIDTH_PT = re.compile(r'<svg[^>]*\swidth="(\d+(?:\.\d+)?)pt"')


def smallest_text_px(svg: str, displayed_px: float | None = None) -> float:
    """The smallest text of a saved chart in CSS px, when the chart is displayed `displayed_px`
    wide (default: its natural size)."""
    sizes = [float(s) * 100 for s in _TEXT_SCALE.findall(svg)]
    if not sizes:
        return float("inf")
    width_pt = float(_WIDTH_PT.search(svg).group(1))
    shown = displayed_px if displayed_px is not None else width_pt * PX_PER_PT
    return min(sizes) * shown / width_pt


def natural_px(svg: str) -> float:
    """A saved chart's natural width in CSS px."""
    return float(_WIDTH_PT.search(svg).group(1)) * PX_PER_PT


def too_small(charts: dict[str, str], column_px: float = COLUMN_PX_1280) -> list[str]:
    """The charts (name -> SVG text) whose smallest text falls below MIN_TEXT_PX when shown in a
    column `column_px` wide (never larger than natural size), each as 'name: N px'."""
    out = []
    for name, svg in sorted(charts.items()):
        px = smallest_text_px(svg, min(column_px, natural_px(svg)))
        if px < MIN_TEXT_PX:
            out.append(f"{name}: smallest text {px:.1f} px at {min(column_px, natural_px(svg)):.0f} px wide")
    return out
