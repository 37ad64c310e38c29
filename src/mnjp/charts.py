"""The house style, and saving each chart deterministically with its data.

`save` writes <name>.png, <name>.svg and <name>.csv (the data behind the chart)
with byte-identical output for identical input: no timestamps or software tags,
a fixed SVG hash salt, and rows in a fixed order.
"""
from __future__ import annotations

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
# DejaVu Sans covers Mongolian Cyrillic (Ө, Ү); Noto Sans CJK JP is a fallback for Japanese.
FONTS = ["DejaVu Sans", "Noto Sans CJK JP"]


def style() -> None:
    mpl.rcParams.update({
        "font.family": "sans-serif",
        "font.sans-serif": FONTS,
        "font.size": 10,
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


def figure(width: float = 8, height: float = 4.5):
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
    import textwrap

    width = int(fig.get_figwidth() * 8.5)  # characters of 12-point bold text across the figure
    fig.suptitle("\n".join(textwrap.wrap(text, width)), x=0.01, ha="left", fontsize=12, fontweight="bold")


def source_note(fig, text: str) -> None:
    """The source line under the chart (article lines, footnotes, reference series)."""
    fig.get_layout_engine().set(h_pad=0.1)
    import textwrap

    width = int(fig.get_figwidth() * 15)  # characters of 8-point text across the figure
    fig.supxlabel("\n".join(textwrap.wrap(text, width)), x=0.01, ha="left", fontsize=8, color=COLORS["neutral"])


def wrap(labels, width: int = 34) -> list[str]:
    """Long category labels broken onto lines."""
    import textwrap

    return ["\n".join(textwrap.wrap(str(text), width)) for text in labels]


def output_dir() -> Path:
    """Where charts go: the run's folder (papermill's cwd); build/lab when run from notebooks/."""
    here = Path.cwd().resolve()
    if here == paths.NOTEBOOKS.resolve():
        target = paths.BUILD / "lab"
        target.mkdir(parents=True, exist_ok=True)
        return target
    return here


def save(fig, name: str, data: pd.DataFrame, folder: Path | None = None) -> dict[str, Path]:
    """Write name.png, name.svg and name.csv; return their paths."""
    folder = folder or output_dir()
    out = {kind: folder / f"{name}.{kind}" for kind in ("png", "svg", "csv")}
    fig.savefig(out["png"], metadata={"Software": None})
    fig.savefig(out["svg"], metadata={"Date": None, "Creator": None})
    data.to_csv(out["csv"], index=False, lineterminator="\n", encoding="utf-8")
    return out
