"""policyparse: Chinese government policy notices to structured data.

    >>> import policyparse
    >>> doc = policyparse.parse_file("notice.html")
    >>> doc.metadata.title, [t.title for t in doc.tasks]

Importing this package is cheap: jieba, lxml and the vocabularies load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._version import __version__
from .errors import ParseError

if TYPE_CHECKING:  # pragma: no cover
    from .model import Document

__all__ = ["__version__", "ParseError", "parse", "parse_file"]


def parse(source: str | bytes, format: str | None = None, *, id: str | None = None, path: str | None = None) -> "Document":
    """Parse one notice given as text or bytes; `format` is "text", "html" or "docx" (detected when None)."""
    from .api import parse as _parse

    return _parse(source, format=format, id=id, path=path)


def parse_file(path, format: str | None = None) -> "Document":
    """Parse one notice from a file (.txt, .html/.htm/.shtml, .mht/.mhtml or .docx; api.FORMAT_BY_SUFFIX)."""
    from .api import parse_file as _parse_file

    return _parse_file(path, format=format)
