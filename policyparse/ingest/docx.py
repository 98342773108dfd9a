"""Word .docx files: the paragraphs and tables of word/document.xml, in order.

A paragraph is a line; a table row is a line with its cells joined by a tab
(paragraphs inside a cell joined by a space), a w:vMerge cell repeating the value of the
cell it continues and w:gridSpan / w:gridBefore kept as empty cells (grid.py). A table of one
column (a box drawn around a 专栏 or a note) is read as the paragraphs inside it. A paragraph
that Word numbers (w:numPr) gets its list label in front, from word/numbering.xml
(docx_numbering.py). The text is what a reader sees with tracked changes accepted: no
deleted or moved-away text, no field codes, no hidden runs, a text box read once (not again
from its mc:Fallback copy) as lines of its own after the paragraph that anchors it; footnotes
and their marks (Word's numbers and an author's typed mark), headers and footers are not body
text and are left out. The zip is read with limits (total and per-part uncompressed size, compression ratio)
so that a zip bomb is refused, and the XML is parsed without entities, DTDs or network access.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from io import BytesIO

from ..errors import DocxError, InputTooLargeError
from . import Ingested, grid
from .docx_numbering import Numbering

DOCUMENT_PART = "word/document.xml"
RELATIONSHIPS_PART = "word/_rels/document.xml.rels"
MAX_PART_BYTES = 64 * 1024 * 1024
"""Largest uncompressed part we read (a 1,000-page report is about 10 MB of XML)."""
MAX_RATIO = 200
"""Largest compression ratio we trust for a part bigger than RATIO_FLOOR (zip bombs reach thousands)."""
RATIO_FLOOR = 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_P, _TBL, _TR, _TC, _T, _TAB, _BR, _CR = (f"{_W}{n}" for n in ("p", "tbl", "tr", "tc", "t", "tab", "br", "cr"))
_R, _RPR, _PPR, _SDT, _SYM = (f"{_W}{n}" for n in ("r", "rPr", "pPr", "sdt", "sym"))
_ALTERNATE, _CHOICE, _FALLBACK = (f"{_MC}{n}" for n in ("AlternateContent", "Choice", "Fallback"))
_VAL = f"{_W}val"
_DELETED = (f"{_W}del", f"{_W}moveFrom")  # tracked deletions and moves away are not text of the document
_NOTE_REFERENCES = (f"{_W}footnoteReference", f"{_W}endnoteReference")
_ANCHOR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor"
_VML_SHAPES = frozenset("{urn:schemas-microsoft-com:vml}" + n for n in ("shape", "rect", "roundrect", "oval"))
# Not text: deletions, field codes, note marks, ruby guide text, properties.
_SKIP = frozenset({f"{_W}{n}" for n in (
    "del", "moveFrom", "delText", "instrText", "delInstrText", "footnoteReference", "endnoteReference",
    "rt", "pPr", "rPr", "sdtPr", "tblPr", "trPr", "tcPr", "sectPr")})
# What a character element shows: a non-breaking hyphen is a hyphen, a soft hyphen nothing.
_CHARACTERS = {_TAB: "\t", f"{_W}ptab": "\t", _BR: "\n", _CR: "\n",
               f"{_W}noBreakHyphen": "-", f"{_W}softHyphen": ""}
# w:sym in the Symbol font: Word writes the font's code plus F000. The characters of notices
# (comparisons, arithmetic, degrees, bullets); other symbol-font glyphs (Wingdings ticks) are no text.
_SYMBOL_FONT = {0x2D: "-", 0xA3: "≤", 0xB0: "°", 0xB1: "±", 0xB3: "≥", 0xB4: "×", 0xB7: "•", 0xB8: "÷",
                0xB9: "≠", 0xBB: "≈", 0xAE: "→", 0xAC: "←", 0xA5: "∞"}


@dataclass
class _Context:
    budget: grid.Budget
    numbering: Numbering


def read(data: bytes) -> Ingested:
    """Extract the text of a .docx file given as bytes."""
    warnings: list[str] = []
    xml, numbering, styles = _parts(data)
    root = _parse(xml, DOCUMENT_PART)
    body = root.find(f"{_W}body")
    if body is None:
        raise DocxError(f"{DOCUMENT_PART} has no w:body: not a Word document")
    ctx = _Context(grid.Budget(len(xml)), Numbering(_optional(numbering, warnings), _optional(styles, warnings)))
    lines: list[str] = []
    _blocks(body, lines, ctx)
    if ctx.budget.spent:
        warnings.append(grid.BUDGET_WARNING)
    return Ingested(text="\n".join(lines) + "\n", format="docx", encoding="utf-8", warnings=warnings)


def _parts(data: bytes) -> tuple[bytes, tuple[str, bytes] | None, tuple[str, bytes] | None]:
    """word/document.xml, and the numbering and styles parts (name, XML) when the file has them."""
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise DocxError(f"not a readable .docx (zip) file: {exc}") from exc
    with zf:
        try:
            info = zf.getinfo(DOCUMENT_PART)
        except KeyError:
            raise DocxError(f"not a Word document: the zip has no {DOCUMENT_PART}") from None
        xml = _read_part(zf, info)
        names = _related_parts(zf)
        found = []
        for kind in ("numbering", "styles"):
            name = names.get(kind, f"word/{kind}.xml")
            try:
                found.append((name, _read_part(zf, zf.getinfo(name))))
            except KeyError:
                found.append(None)
            except DocxError:
                found.append((name, b""))  # unreadable: reported when parsed
    return xml, found[0], found[1]


def _read_part(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    name = info.filename
    if info.file_size > MAX_PART_BYTES:
        raise InputTooLargeError(f"{name} unpacks to {info.file_size} bytes; the limit is {MAX_PART_BYTES}")
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise InputTooLargeError(
            f"{name} is compressed {info.file_size // max(info.compress_size, 1)}:1; refusing a likely zip bomb")
    try:
        with zf.open(info) as part:
            # The header's sizes can lie: never read more than the limit.
            xml = part.read(MAX_PART_BYTES + 1)
    except Exception as exc:  # BadZipFile, EOFError, zlib.error and friends from a truncated stream
        raise DocxError(f"corrupt .docx: cannot unpack {name}: {exc}") from exc
    if len(xml) > MAX_PART_BYTES:
        raise InputTooLargeError(f"{name} unpacks to more than {MAX_PART_BYTES} bytes")
    return xml


def _related_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Part names of the document's relationships by type ("numbering", "styles"), read from its .rels."""
    try:
        root = _parse(_read_part(zf, zf.getinfo(RELATIONSHIPS_PART)), RELATIONSHIPS_PART)
    except (KeyError, DocxError):
        return {}
    names: dict[str, str] = {}
    for rel in root.iterfind(f"{_REL}Relationship"):
        kind, target = (rel.get("Type") or "").rsplit("/", 1)[-1], rel.get("Target") or ""
        if kind in ("numbering", "styles") and target and rel.get("TargetMode") != "External":
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("word", target)
            names.setdefault(kind, posixpath.normpath(path))
    return names


def _optional(part: tuple[str, bytes] | None, warnings: list[str]):
    """The parsed root of a part the text can do without; a warning when it is broken."""
    if part is None:
        return None
    try:
        return _parse(part[1], part[0])
    except DocxError:
        warnings.append(f"{part[0]} is unreadable; Word's automatic list numbers are left out")
        return None


def _parse(xml: bytes, name: str):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                             dtd_validation=False, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(xml, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise DocxError(f"corrupt .docx: {name} is not well-formed XML: {exc}") from exc
    if root is None:
        raise DocxError(f"corrupt .docx: {name} is empty")
    return root


def _alternative(el):
    """The branch of mc:AlternateContent to read: its first mc:Choice, else its mc:Fallback.

    Both hold the same content (a text box as DrawingML and again as VML): reading both doubles it.
    """
    for tag in (_CHOICE, _FALLBACK):
        branch = el.find(tag)
        if branch is not None:
            return branch
    return None


def _placeholder(sdt) -> bool:
    """A content control still showing its prompt ("单击此处输入文字"), which is no text of the document."""
    return sdt.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None


def _blocks(container, lines: list[str], ctx: _Context) -> None:
    """Paragraphs and tables of a body, cell or content control, in document order."""
    joined = _Joined()
    for el in container:
        tag = el.tag
        if tag == _P:
            if _deleted_paragraph(el):
                continue
            text = _paragraph(el, ctx)
            if _mark_deleted(el):
                joined.hold(text)  # its text runs on into the next paragraph
            else:
                lines.extend(joined.onto(text))
            continue
        lines.extend(joined.onto(None))
        if tag == _TBL:
            _table(el, lines, ctx)
        elif tag == _ALTERNATE:
            branch = _alternative(el)
            if branch is not None:
                _blocks(branch, lines, ctx)
        elif isinstance(tag, str) and tag not in _SKIP and not (tag == _SDT and _placeholder(el)):
            _blocks(el, lines, ctx)  # w:sdt, w:sdtContent, w:customXml, w:ins … wrap blocks
    lines.extend(joined.onto(None))


class _Joined:
    """Paragraphs whose marks are deleted in tracked changes, waiting for the paragraph they join.

    With the change accepted a deleted paragraph mark joins its paragraph to the next (a drafter
    running a caption and its text together, or mending a paragraph broken in two), so their texts
    are one line; the text boxes that either paragraph anchors go after it.
    """

    def __init__(self) -> None:
        self.text = ""
        self.boxes: list[str] = []

    def hold(self, paragraph: str) -> None:
        own, *boxes = paragraph.split("\n")
        self.text += own
        self.boxes += boxes

    def onto(self, paragraph: str | None) -> list[str]:
        """The lines of `paragraph` with the held text in front; the held lines alone before a
        table or a container's end (None)."""
        if paragraph is None:
            held = [self.text, *self.boxes] if self.text or self.boxes else []
        else:
            own, *boxes = paragraph.split("\n")
            held = [self.text + own, *self.boxes, *boxes]
        self.text, self.boxes = "", []
        return held


def _mark_deleted(p) -> bool:
    """The paragraph's mark is deleted in tracked changes (w:pPr/w:rPr/w:del)."""
    return p.find(f"{_PPR}/{_RPR}/{_W}del") is not None


def _deleted_paragraph(p) -> bool:
    """A paragraph deleted as a whole in tracked changes: its mark is deleted and no text is left.

    Skipped, so that it gets no list number either (its number is struck out with it in Word).
    """
    mark = p.find(f"{_PPR}/{_RPR}")
    if mark is None or not any(mark.find(tag) is not None for tag in _DELETED):
        return False
    return next(_text_runs(p), None) is None  # not any(): an lxml element with no children is falsy


def _text_runs(el):
    """w:t elements outside deletions (a cheap look for text that survives)."""
    for t in el.iter(_T):
        parent = t.getparent()
        while parent is not None and parent is not el and parent.tag not in _DELETED:
            parent = parent.getparent()
        if parent is el and t.text:
            yield t


def _table(table, lines: list[str], ctx: _Context) -> None:
    box = _box_cells(table)
    if box is not None:  # a box (专栏, a framed note): its paragraphs are lines, as the page shows them
        for cell in box:
            _blocks(cell, lines, ctx)
        return
    merges = grid.ColumnMerges(ctx.budget)
    for row in table.iter(_TR):
        if _nearest_table(row) is not table:
            continue  # rows of nested tables are read inside their cell
        if any(row.find(f"{_W}trPr/{tag}") is not None for tag in _DELETED):
            continue  # a row deleted in tracked changes
        cells = []
        for cell in row.iter(_TC):
            if _nearest_table(cell) is not table:
                continue
            inner: list[str] = []
            _blocks(cell, inner, ctx)
            text = " ".join(part.strip() for part in inner if part.strip())
            cells.append((text, _grid_number(cell, "tcPr", "gridSpan"), _vmerge(cell)))
        values = merges.row(cells, before=_grid_number(row, "trPr", "gridBefore", default=0))
        while values and not values[-1]:
            values.pop()
        if any(text for text, _, _ in cells):  # a row of nothing but values from above adds nothing
            lines.append("\t".join(values))


def _box_cells(table) -> list | None:
    """The cells of a table of one column (a box Word draws around a 专栏 or a note: one cell, or
    its title and text in a cell each), top to bottom; None for any other table."""
    cells = []
    for row in table.iter(_TR):
        if _nearest_table(row) is not table:
            continue
        own = [cell for cell in row.iter(_TC) if _nearest_table(cell) is table]
        if len(own) != 1 or _grid_number(own[0], "tcPr", "gridSpan") != 1 or _grid_number(row, "trPr", "gridBefore", default=0):
            return None
        if any(row.find(f"{_W}trPr/{tag}") is not None for tag in _DELETED):
            continue  # a row deleted in tracked changes
        cells.append(own[0])
    return cells or None


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


def _paragraph(p, ctx: _Context) -> str:
    """The paragraph's text, behind its list label when Word numbers it, then the lines of the text
    boxes it anchors.

    A floating text box (a 专栏, a framed note, a red head: wp:anchor, or a VML shape positioned
    absolutely) is a block of its own on the page, wherever in the paragraph its anchor run stands:
    its paragraphs are lines after the paragraph's own (an anchor at a paragraph's start would
    otherwise run the box into the item's heading line, and the box would be read as the item
    before's text). An anchor paragraph with no text of its own gives only the box's lines. A box
    set in line with the text (wp:inline: a value typed in a box after its label) stays in the line.
    """
    label, separator = ctx.numbering.label(p.find(_PPR))
    parts: list[str] = []
    boxed: list[str] = []
    _runs(p, parts, ctx, boxed)
    text = "".join(parts)
    if label:
        text = label + separator + text if text.strip() else label
    if not boxed:
        return text
    return "\n".join(([text] if text.strip() else []) + boxed)


def _hidden(run) -> bool:
    """A run formatted as hidden text (w:vanish), which the reader does not see."""
    vanish = run.find(f"{_RPR}/{_W}vanish")
    return vanish is not None and vanish.get(_VAL) not in ("0", "false", "off")


def _custom_note_mark(run) -> bool:
    """A run holding a footnote or endnote reference whose mark the author typed (w:customMarkFollows):
    the run's text after the reference is that mark (`*`, `①`), a note mark like Word's own numbers."""
    for tag in _NOTE_REFERENCES:
        ref = run.find(tag)
        if ref is not None and ref.get(f"{_W}customMarkFollows") in ("1", "true", "on"):
            return True
    return False


def _floats(el) -> bool:
    """A drawing anchored to float on the page (wp:anchor), or a VML shape positioned absolutely."""
    if el.tag == _ANCHOR:
        return True
    return el.tag in _VML_SHAPES and "position:absolute" in (el.get("style") or "").replace(" ", "").lower()


def _runs(el, parts: list[str], ctx: _Context, boxed: list[str], floating: bool = False) -> None:
    """The text of a paragraph's runs into `parts`; the lines of floating text boxes among them into `boxed`."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _T:
            parts.append(child.text or "")
        elif tag in _CHARACTERS:
            parts.append(_CHARACTERS[tag])
        elif tag == _SYM:
            parts.append(_symbol(child))
        elif tag == _P and floating:  # text boxes hold whole paragraphs
            boxed.extend(_paragraph(child, ctx).split("\n"))
        elif tag == _P:
            parts.append(" " + _paragraph(child, ctx).replace("\n", " "))
        elif tag == _TBL:
            inner: list[str] = []
            _table(child, inner, ctx)
            if floating:
                boxed.extend(inner)
            else:
                parts.append(" " + " ".join(inner))
        elif tag == _ALTERNATE:
            branch = _alternative(child)
            if branch is not None:
                _runs(branch, parts, ctx, boxed, floating)
        elif (tag == _R and (_hidden(child) or _custom_note_mark(child))) or (tag == _SDT and _placeholder(child)):
            continue
        else:
            _runs(child, parts, ctx, boxed, floating or _floats(child))


def _symbol(sym) -> str:
    """The character a w:sym shows: Unicode as it stands, the Symbol font's private codes mapped."""
    try:
        code = int(sym.get(f"{_W}char") or "", 16)
    except ValueError:
        return ""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000  # symbol fonts' codes are written in the Private Use Area
        font = (sym.get(f"{_W}font") or "").strip().lower()
        return _SYMBOL_FONT.get(code, "") if font == "symbol" else ""
    if 0xE000 <= code <= 0xF8FF or not 0x20 <= code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return ""
    return chr(code)
