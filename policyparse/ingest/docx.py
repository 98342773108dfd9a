"""Word .docx files: the paragraphs and tables of word/document.xml, in order.

A paragraph is a line; a table row is a line with its cells joined by a tab
(paragraphs inside a cell joined by a space). The zip is read with limits
(total and per-part uncompressed size, compression ratio) so that a zip bomb
is refused, and the XML is parsed without entities, DTDs or network access.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from ..errors import DocxError, InputTooLargeError
from . import Ingested

DOCUMENT_PART = "word/document.xml"
MAX_PART_BYTES = 64 * 1024 * 1024
"""Largest uncompressed word/document.xml we read (a 1,000-page report is about 10 MB of XML)."""
MAX_RATIO = 200
"""Largest compression ratio we trust for a part bigger than RATIO_FLOOR (zip bombs reach thousands)."""
RATIO_FLOOR = 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _T, _TAB, _BR, _CR = (f"{_W}{n}" for n in ("p", "tbl", "tr", "tc", "t", "tab", "br", "cr"))
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
    _blocks(body, lines)
    return Ingested(text="\n".join(lines) + "\n", format="docx", encoding="utf-8")


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


def _blocks(container, lines: list[str]) -> None:
    """Paragraphs and tables of a body, cell or content control, in document order."""
    for el in container:
        tag = el.tag
        if tag == _P:
            lines.extend(_paragraph(el).split("\n"))
        elif tag == _TBL:
            _table(el, lines)
        elif isinstance(tag, str) and tag not in _SKIP:
            _blocks(el, lines)  # w:sdt, w:sdtContent, w:customXml … wrap blocks


def _table(table, lines: list[str]) -> None:
    for row in table.iter(_TR):
        if _nearest_table(row) is not table:
            continue  # rows of nested tables are read inside their cell
        cells = []
        for cell in row.iter(_TC):
            if _nearest_table(cell) is not table:
                continue
            inner: list[str] = []
            _blocks(cell, inner)
            cells.append(" ".join(part.strip() for part in inner if part.strip()))
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            lines.append("\t".join(cells))


def _nearest_table(el):
    parent = el.getparent()
    while parent is not None and parent.tag != _TBL:
        parent = parent.getparent()
    return parent


def _paragraph(p) -> str:
    parts: list[str] = []
    _runs(p, parts)
    return "".join(parts)


def _runs(el, parts: list[str]) -> None:
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
            parts.append(" " + _paragraph(child))
        elif tag == _TBL:
            inner: list[str] = []
            _table(child, inner)
            parts.append(" " + " ".join(inner))
        else:
            _runs(child, parts)
