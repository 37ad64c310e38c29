"""A Sphinx extension: a figure whose image is an SVG chart is embedded with <object>, not <img>.

Where the notebook also saved the chart drawn for a phone (<name>.narrow.svg, charts.save),
both are embedded and the style sheet shows the one that fits the window.

An SVG shown through <img> is a picture only: its <title> elements (charts.tip) never show.
Embedded as a document, each mark shows its value on hover with no script. The <object>
keeps the chart's natural size (width and aspect ratio from the SVG) and carries the
figure's alt text as its accessible name and as the text shown where SVG cannot be drawn.
"""
from __future__ import annotations

import html
import posixpath
import re
import shutil
import urllib.parse
from pathlib import Path

from docutils import nodes

_SIZE = re.compile(r'<svg[^>]*\swidth="(\d+(?:\.\d+)?)pt"[^>]*\sheight="(\d+(?:\.\d+)?)pt"')
PX_PER_PT = 96 / 72


def svg_size(path: Path) -> tuple[float, float]:
    """The chart's natural width and height in CSS px."""
    match = _SIZE.search(path.read_text(encoding="utf-8")[:2000])
    if not match:
        raise ValueError(f"{path}: no width/height in pt on the <svg> element")
    return float(match[1]) * PX_PER_PT, float(match[2]) * PX_PER_PT


def translator(base):
    class ChartTranslator(base):
        def visit_image(self, node):
            uri = node["uri"]
            if uri.lower().endswith(".svg") and isinstance(node.parent, nodes.figure) and uri in self.builder.images:
                src = posixpath.join(self.builder.imgpath, urllib.parse.quote(self.builder.images[uri]))
                source = Path(self.builder.srcdir) / uri
                alt = html.escape(node.get("alt", ""))
                narrow = source.with_name(source.stem + ".narrow.svg")
                kinds = [("", source, src)]
                if narrow.exists():
                    target = posixpath.splitext(self.builder.images[uri])[0] + ".narrow.svg"
                    self.builder.mnjp_narrow[narrow] = target  # copied beside the wide one when the build ends
                    kinds = [(" mnjp-wide", source, src),
                             (" mnjp-narrow", narrow, posixpath.join(self.builder.imgpath, urllib.parse.quote(target)))]
                for css, path, data in kinds:
                    width, height = svg_size(path)
                    self.body.append(
                        f'<object class="mnjp-chart{css}" data="{data}" type="image/svg+xml" role="img" '
                        f'aria-label="{alt}" '
                        f'width="{width:.0f}" style="aspect-ratio: {width:.0f} / {height:.0f}">{alt}</object>\n')
                raise nodes.SkipNode
            super().visit_image(node)

    return ChartTranslator


def _install(app) -> None:
    if app.builder.format != "html":
        return
    app.builder.mnjp_narrow = {}
    base = app.registry.translators.get(app.builder.name, app.builder.default_translator_class)
    app.set_translator(app.builder.name, translator(base), override=True)


def _copy_narrow(app, exception) -> None:
    if exception is None:
        for source, target in getattr(app.builder, "mnjp_narrow", {}).items():
            shutil.copyfile(source, Path(app.builder.outdir) / "_images" / target)


def setup(app):
    # before the theme's own builder-inited hook, which wraps whatever translator is registered
    app.connect("builder-inited", _install, priority=100)
    app.connect("build-finished", _copy_narrow)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
