"""Mongolia–Japan relations in numbers: the article's figures as validated tables.

    import mnjp
    mnjp.load("visits")   # a typed DataFrame of a clean table
    mnjp.article()        # the article's text
"""
from .article import article
from .article import metadata as article_metadata
from .tables import load

__all__ = ["article", "article_metadata", "load"]
