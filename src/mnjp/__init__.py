"""Mongolia–Japan relations in numbers: the article's figures as validated tables.

    import mnjp
    mnjp.load("visits")   # a typed DataFrame of a clean table
    mnjp.article()        # the article's text
"""
from .article import article
from .article import metadata as article_metadata

__all__ = ["article", "article_metadata", "load"]


def __getattr__(name: str):
    # `load` needs pandas: imported on first use, so that `python -m mnjp report` can
    # answer "up to date" in a fraction of a second.
    if name == "load":
        from .tables import load

        return load
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
