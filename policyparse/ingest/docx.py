"""Word .docx files: the paragraphs and tables of word/document.xml, in order.

A paragraph is a line; a table row is a line with its cells joined by a tab
(paragraphs inside a cell joined by a space), a w:vMerge cell repeating the value of the
cell it continues and w:gridSpan / w:gridBefore kept as empty cells (grid.py). The zip
is read with limits (total and per-part uncompressed size, compression ratio) so that a
zip bomb is refused, and the XML is parsed without entities, DTDs or network access.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from ..errors import DocxError, InputTooLargeError
from . import Ingested, grid

DOCUMENT_PART = "word/document.xml"
MAX_PART_BYTES = 64 * 1024 * 1024
"""Largest uncompressed word/document.xml we read (a 1,000-page report is about 10 MB of XML)."""
MAX_RATIO = 200
"""Largest compression ratio we trust for a part bigger than RATIO_FLOOR (zip bombs reach thousands)."""
RATIO_FLOOR = 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _T, _TAB, _BR, _CR = (f"{_W}{n}" for n in ("p", "tbl", "tr", "tc", "t", "tab", "br", "cr"))
_VAL = f"{_W}val"
_DEL = f"{_W}del"  # tracked deletions are not text of the document
_SKIP = frozenset({f"{_W}{n}" for n in ("del", "delText", "instrText", "footnoteReference", "endnoteReference")})


def read(data: bytes) -> Ingested:
    """Extract the text of a .docx file given as bytes."""
    xml = _document_xml(data)
    root = _parse(xml)
    body = root.find(f"{_W}body")
    if body is None:
        raise DocxError(f"{DOCUMENT_PART} has no w:body: not a Word document")
    lines: list[str] = []
    budget = grid.Budget(len(xml))
    _blocks(body, lines, budget)
    return Ingested(text="\n".join(lines) + "\n", format="docx", encoding="utf-8",
                    warnings=[grid.BUDGET_WARNING] if budget.spent else [])


def _document_xml(data: bytes) -> bytes:
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise DocxError(f"not a readable .docx (zip) file: {exc}") from exc
    with zf:
        try:
            info = zf.getinfo(DOCUMENT_PART)
        except KeyError:
            raise DocxError(f"not a Word document: the zip has no {DOCUMENT_PART}") from None
        if info.file_size > MAX_PART_BYTES:
            raise InputTooLargeError(f"{DOCUMENT_PART} unpacks to {info.file_size} bytes; the limit is {MAX_PART_BYTES}")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputTooLargeError(
                f"{DOCUMENT_PART} is compressed {info.file_size // max(info.compress_size, 1)}:1; refusing a likely zip bomb")
        try:
            with zf.open(info) as part:
                # The header's sizes can lie: never read more than the limit.
                xml = part.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise DocxError(f"corrupt .docx: cannot unpack {DOCUMENT_PART}: {exc}") from exc
        except Exception as exc:  # zlib.error and friends from a truncated stream
            raise DocxError(f"corrupt .docx: cannot unpack {DOCUMENT_PART}: {exc}") from exc
    if len(xml) > MAX_PART_BYTES:
        raise InputTooLargeError(f"{DOCUMENT_PART} unpacks to more than {MAX_PART_BYTES} bytes")
    return xml


def _parse(xml: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                             dtd_validation=False, remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(xml, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise DocxError(f"corrupt .docx: {DOCUMENT_PART} is not well-formed XML: {exc}") from exc


def _blocks(container, lines: list[str], budget: grid.Budget) -> None:
    """Paragraphs and tables of a body, cell or content control, in document order."""
    for el in container:
        tag = el.tag
        if tag == _P:
            lines.extend(_paragraph(el, budget).split("\n"))
        elif tag == _TBL:
            _table(el, lines, budget)
        elif isinstance(tag, str) and tag not in _SKIP:
            _blocks(el, lines, budget)  # w:sdt, w:sdtContent, w:customXml … wrap blocks


def _table(table, lines: list[str], budget: grid.Budget) -> None:
    merges = grid.ColumnMerges(budget)
    for row in table.iter(_TR):
        if _nearest_table(row) is not table:
            continue  # rows of nested tables are read inside their cell
        cells = []
        for cell in row.iter(_TC):
            if _nearest_table(cell) is not table:
                continue
            inner: list[str] = []
            _blocks(cell, inner, budget)
            text = " ".join(part.strip() for part in inner if part.strip())
            cells.append((text, _grid_number(cell, "tcPr", "gridSpan"), _vmerge(cell)))
        values = merges.row(cells, before=_grid_number(row, "trPr", "gridBefore", default=0))
        while values and not values[-1]:
            values.pop()
        if any(text for text, _, _ in cells):  # a row of nothing but values from above adds nothing
            lines.append("\t".join(values))


def _grid_number(el, props: str, name: str, default: int = 1) -> int:
    """A w:gridSpan / w:gridBefore count from the cell's or row's properties."""
    prop = el.find(f"{_W}{props}/{_W}{name}")
    return default if prop is None else grid.span_number(prop.get(_VAL), grid.MAX_COLUMNS, zero=default)


def _vmerge(cell) -> str | None:
    """"restart" for the first cell of a vertical merge, "continue" for the cells under it."""
    prop = cell.find(f"{_W}tcPr/{_W}vMerge")
    if prop is None:
        return None
    return "restart" if prop.get(_VAL) == "restart" else "continue"  # no w:val means continue


def _nearest_table(el):
    parent = el.getparent()
    while parent is not None and parent.tag != _TBL:
        parent = parent.getparent()
    return parent


def _paragraph(p, budget: grid.Budget) -> str:
    parts: list[str] = []
    _runs(p, parts, budget)
    return "".join(parts)


def _runs(el, parts: list[str], budget: grid.Budget) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _TAB:
            parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == _P:  # text boxes hold whole paragraphs
            parts.append(" " + _paragraph(child, budget))
        elif tag == _TBL:
            inner: list[str] = []
            _table(child, inner, budget)
            parts.append(" " + " ".join(inner))
        else:
            _runs(child, parts, budget)
