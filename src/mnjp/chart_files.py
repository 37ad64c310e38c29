"""Saving a chart deterministically, with its data.

`save` writes <name>.png, <name>.svg and <name>.csv (the data behind the chart)
with byte-identical output for identical input: no timestamps or software tags,
a fixed SVG hash salt (mnjp.charts.style), and rows in a fixed order. Marks given a
`tip` carry an SVG <title>, which a browser shows on hover without any script.
"""
from __future__ import annotations

import contextlib
import html
import io
import os
import re
import warnings
from pathlib import Path

import matplotlib as mpl
import pandas as pd

from . import paths

MISSING_GLYPH = r"Glyph \d+ \(.*\) missing from font"  # matplotlib's warning, an error here


class ChartError(ValueError):
    """A chart cannot be drawn faithfully."""


def output_dir() -> Path:
    """Where `save` writes when it is given no folder: the notebook run's folder, which the
    runner's kernel names in $MNJP_CHARTS (mnjp.kernels); anywhere else (a notebook opened in
    JupyterLab, a script) build/charts/. Never the current folder."""
    given = os.environ.get(paths.CHARTS_ENV)
    target = Path(given) if given else paths.BUILD / "charts"
    target.mkdir(parents=True, exist_ok=True)
    return target


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
    _close_and_show(out["png"], fig, narrow)
    return out


def _close_and_show(png: Path, *figures) -> None:
    """Close the saved figures, so that a notebook does not draw them a fourth and fifth time
    at the end of the cell (a third of a chart notebook's run), and show the PNG as saved."""
    import matplotlib.pyplot as plt
    from IPython import get_ipython
    from IPython.display import Image, display

    for figure in figures:
        if figure is not None:
            plt.close(figure)
    if get_ipython() is not None:  # in a notebook, not in a script or a test
        display(Image(filename=str(png)))


