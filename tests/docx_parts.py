"""WordprocessingML pieces the invented notices' .docx builders share (tests/invented/build_w7,
w13, w16_docx.py), on top of the zipfile builder of tests/test_docx_word_features.py."""

from __future__ import annotations

from test_docx_word_features import p

CENTER = '<w:jc w:val="center"/>'
RIGHT = '<w:jc w:val="right"/>'
INDENT = '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
TABLE_PROPS = '<w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
"""A table as wide as its content (Word's auto width)."""


def body(text: str) -> str:
    """A body paragraph, its first line indented two characters."""
    return p(text, props=INDENT)


def h1(text: str) -> str:
    """A paragraph in 标题 1 (style id 1)."""
    return p(text, style="1")


def h2(text: str) -> str:
    """A paragraph in 标题 2 (style id 2)."""
    return p(text, style="2")


def cell(text: str | None = None, merge: str | None = None, span: int = 1) -> str:
    """A table cell, a paragraph a line of `text`; merge 'restart' starts a vertical merge and
    'continue' continues it (vMerge); span > 1 spans grid columns (gridSpan)."""
    tcpr = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    if merge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        tcpr += "<w:vMerge/>"
    paras = "".join(p(part) for part in (text or "").split("\n"))
    return f"<w:tc>{f'<w:tcPr>{tcpr}</w:tcPr>' if tcpr else ''}{paras}</w:tc>"


def row(*cells: str) -> str:
    """A table row of cells built by `cell`."""
    return f"<w:tr>{''.join(cells)}</w:tr>"


def plain(*texts: str) -> str:
    """A row of plain cells, one a text."""
    return row(*(cell(t) for t in texts))
