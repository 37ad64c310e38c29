"""The data layer: read data/extracted, check it, write data/clean, load data/clean.

Load   data/extracted/datapackage.json and its CSVs, hand-curated records (`extracted`)
Check  the files (`files`: present, UTF-8, not empty), the schema (`schema`: frictionless
       types, enums, required, unique ids, foreign keys) and the provenance (`provenance`:
       each quote is in the article on its line; each number it carries is in its quote),
       in that order (`checks`)
Save   data/clean: sorted CSVs with derived columns (`derived`) and a self-contained
       datapackage.json (`metadata`, from data/extracted/metadata.yml), swapped in whole (`clean`)
Read   a clean table as a typed DataFrame (`loader`); rows that point at rows (`relations`)

The audit's table joins the package in the pipeline's data step, `mnjp.dataset`.
"""
from .checks import validate
from .clean import CleanTable, frames, package_files, prepare_target, render_tables, stale, write_files
from .derived import DATE_PATTERN
from .extracted import descriptor, read_raw
from .loader import load, typed
from .metadata import read as read_metadata
from .relations import equivalent_pairs

__all__ = ["DATE_PATTERN", "CleanTable", "descriptor", "equivalent_pairs", "frames", "load", "package_files",
           "prepare_target", "read_metadata", "read_raw", "render_tables", "stale", "typed", "validate", "write_files"]
