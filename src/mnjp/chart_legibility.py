"""How large a saved chart's text is where the report shows it.

The report shows a chart's SVG at most at its natural size (1 pt = 4/3 CSS px), shrunk
to the text column on a wide screen and never shrunk on a phone (there a wider chart
scrolls inside its own box, as a wide table does). `smallest_text_px` says how large the
smallest text of a saved chart is at a given displayed width; the tests hold every chart
to MIN_TEXT_PX.
"""
from __future__ import annotations

import re

MIN_TEXT_PX = 11          # the smallest chart text a reader is shown, in CSS px
COLUMN_PX_1280 = 672      # width of a figure in the text column at a 1280 px window (measured in Chromium)
COLUMN_PX_390 = 342       # the same in a 390 px window (a phone)
PX_PER_PT = 96 / 72       # CSS px per point at a chart's natural size

# Text drawn as paths (svg.fonttype "path") is a group scaled by font size / 100, in points.
_TEXT_SCALE = re.compile(r'scale\((\d+(?:\.\d+)?) -\1\)')
_WIDTH_PT = re.compile(r'<svg[^>]*\swidth="(\d+(?:\.\d+)?)pt"')


def _width_pt(svg: str) -> float:
    found = _WIDTH_PT.search(svg)
    if found is None:
        raise ValueError("not a chart saved by mnjp.charts: its <svg> has no width in pt")
    return float(found.group(1))


def smallest_text_px(svg: str, displayed_px: float | None = None) -> float:
    """The smallest text of a saved chart in CSS px, when the chart is displayed `displayed_px`
    wide (default: its natural size)."""
    sizes = [float(s) * 100 for s in _TEXT_SCALE.findall(svg)]
    if not sizes:
        return float("inf")
    width_pt = _width_pt(svg)
    shown = displayed_px if displayed_px is not None else width_pt * PX_PER_PT
    return min(sizes) * shown / width_pt


def natural_px(svg: str) -> float:
    """A saved chart's natural width in CSS px."""
    return _width_pt(svg) * PX_PER_PT


def too_small(charts: dict[str, str], column_px: float = COLUMN_PX_1280) -> list[str]:
    """The charts (name -> SVG text) whose smallest text falls below MIN_TEXT_PX when shown in a
    column `column_px` wide (never larger than natural size), each as 'name: N px'."""
    out = []
    for name, svg in sorted(charts.items()):
        px = smallest_text_px(svg, min(column_px, natural_px(svg)))
        if px < MIN_TEXT_PX:
            out.append(f"{name}: smallest text {px:.1f} px at {min(column_px, natural_px(svg)):.0f} px wide")
    return out
