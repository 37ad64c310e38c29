"""The release's downloads: the data package as a zip and as an Excel workbook, with their
SHA-256 sums; and the "cite this" line (mnjp.citation) and PDF link in the footer of every
page (a small Sphinx extension).
"""
from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path

from . import paths
from .catalogs import label
from .citation import cite_line, current
from .workbook import write_workbook
from .zips import fixed_zip

DATA_ZIP = "mnjp-data-package.zip"
WORKBOOK = "mnjp-data.xlsx"
SUMS = "SHA256SUMS"


def pdf_name(lang: str) -> str:
    return f"mnjp-report-{lang}.pdf"


def write_data_zip(path: Path) -> None:
    """data/clean, the data licence and CITATION.cff as a zip; the package descriptor
    inside carries the release's version and date."""
    release = current()
    folder = f"mnjp-data-package-{release.version}"
    entries = {}
    for file in sorted(paths.CLEAN.iterdir()):
        data = file.read_bytes()
        if file.name == "datapackage.json":
            descriptor = json.loads(data)
            descriptor["version"] = release.version
            descriptor["created"] = f"{release.date.isoformat()}T00:00:00Z"
            data = (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        entries[f"{folder}/{file.name}"] = data
    for name in ("LICENSE-DATA.md", "CITATION.cff"):
        entries[f"{folder}/{name}"] = (paths.ROOT / name).read_bytes()
    fixed_zip(entries, path, comment=f"{release.title}, data package {release.version} ({release.date.isoformat()})")


def write_sums(folder: Path, names: list[str]) -> Path:
    """SHA256SUMS in the format `sha256sum -c` reads."""
    lines = [f"{hashlib.sha256((folder / name).read_bytes()).hexdigest()}  {name}\n" for name in names]
    (folder / SUMS).write_text("".join(lines), encoding="utf-8")
    return folder / SUMS


def write_downloads(folder: Path) -> list[Path]:
    """The data package zip, the Excel workbook and their SHA256SUMS, into folder."""
    write_data_zip(folder / DATA_ZIP)
    write_workbook(folder / WORKBOOK)
    return [folder / DATA_ZIP, folder / WORKBOOK, write_sums(folder, [DATA_ZIP, WORKBOOK])]


def configure(config: dict, lang: str, pdf: bool) -> None:
    """Add the footer extension to an edition's Jupyter Book config; link the PDF when one is built."""
    sphinx = config["sphinx"]["config"]
    sphinx["extensions"] = [*sphinx["extensions"], "mnjp.release"]
    sphinx["mnjp_lang"] = lang
    sphinx["mnjp_pdf"] = pdf_name(lang) if pdf else ""


def _footer(app, pagename, templatename, context, doctree) -> None:
    lang, pdf = app.config.mnjp_lang, app.config.mnjp_pdf
    parts = [f'<p class="mnjp-cite">{html.escape(cite_line(lang))}</p>']
    if pdf and app.builder.name == "html":
        href = context["pathto"](pdf, 1)
        parts.append(f'<p class="mnjp-pdf"><a href="{href}" download>{html.escape(label("release.pdf", lang))}</a></p>')
    context["theme_extra_footer"] = (context.get("theme_extra_footer") or "") + "".join(parts)


def setup(app):
    """Sphinx extension: the cite line (and the PDF link) in every page's footer."""
    app.add_config_value("mnjp_lang", "en", "html")
    app.add_config_value("mnjp_pdf", "", "html")
    app.connect("html-page-context", _footer)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
