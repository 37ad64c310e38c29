"""Sphinx extension: a page that glues values from a notebook depends on that notebook.

myst-nb resolves a cross-page `{glue:text}` (`path/to/nb.ipynb::key`) when it writes
the page, from the notebook's glue cache; Sphinx does not know the page depends on
the notebook, so an incremental build would keep the page's old numbers. Noting
the notebook as a dependency makes Sphinx read the page again when it changes.
"""
from __future__ import annotations


def _note_glued_notebooks(app, doctree) -> None:
    from myst_nb.ext.glue.utils import PendingGlueReference

    env = app.env
    for node in doctree.findall(PendingGlueReference):
        if node.refdoc != env.docname:
            env.note_dependency(str(env.doc2path(node.refdoc)))


def setup(app):
    app.connect("doctree-read", _note_glued_notebooks)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
