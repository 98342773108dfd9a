"""Format detection and dispatch to the per-format readers.

Binary formats are recognised by their signatures (a PDF or an image is refused
with a clear message rather than decoded into mojibake); HTML by its markup;
everything else is read as plain text.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

from ..errors import DocxError, EmptyInputError, InputTooLargeError, UnsupportedFormatError
from . import Ingested

FORMATS = ("text", "html", "docx")

# Inputs larger than this are refused before any decoding (notices are kilobytes; a .docx
# or an HTML page with embedded images can still be tens of MB).
MAX_INPUT_BYTES = 50 * 1024 * 1024
# Text longer than this, once extracted, is refused: about 15 MB of Chinese, 100x the longest
# notice in the corpus, and still parsed in well under a minute (cost is linear).
MAX_TEXT_CHARS = 5_000_000

# Signatures of binary formats we do not read: (prefix, name).
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", None),  # BMP only with its header shape, checked below
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (OLE2: .doc, .wps, .xls, .ppt), not a text, HTML or .docx notice; save it as .docx"),
    (b"{\\rtf", "an RTF file, not a text, HTML or .docx notice; save it as .docx or text"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"RIFF", "a RIFF media file (WEBP/WAV/AVI)"),
    (b"\x00\x00\x01\x00", "an icon file"),
)

_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

# Markup that only HTML has near its start: a doctype, a root element, or block tags.
_HTML_START = re.compile(rb"^\s*(?:<!--.{0,2000}?-->\s*)?<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|span|section|article|center|font|h[1-6])\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_ANYWHERE = re.compile(rb"<(?:!doctype\s+html|html[\s>]|body[\s>]|head>)", re.IGNORECASE)
_BLOCK_TAG = re.compile(rb"</?(?:p|div|br|table|tr|td|span|li|ul|h[1-6])\b[^<>]{0,400}>", re.IGNORECASE)


# Names a caller may reasonably give for a format: suffixes and upper case ("txt", "HTML").
_FORMAT_ALIASES = {"txt": "text", "htm": "html", "shtml": "html", "mht": "html", "mhtml": "html"}


def read(data: bytes | str, format: str | None = None) -> Ingested:
    """Decode `data` (bytes or str) as `format`, or as the format its contents show."""
    if format is not None:
        format = _FORMAT_ALIASES.get(format.lower(), format.lower())
    if format is not None and format not in FORMATS:
        raise UnsupportedFormatError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    if isinstance(data, str):
        return _read_str(data, format)
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLargeError(f"input is {len(data)} bytes; the limit is {MAX_INPUT_BYTES}")
    if not data.strip():
        raise EmptyInputError("input is empty")
    if format in ("text", "html"):
        refuse_binary(data[:8192])
    fmt = format or sniff(data)
    if fmt == "docx":
        from . import docx

        ingested = docx.read(data)
    elif fmt == "html":
        from . import html

        ingested = html.read(data)
    else:
        from . import text

        decoded, encoding, warnings = text.decode(data)
        ingested = Ingested(text=decoded, format="text", encoding=encoding, warnings=warnings)
    return _non_empty(ingested)


def _read_str(data: str, format: str | None) -> Ingested:
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLargeError(f"input is {len(data)} characters; the limit is {MAX_INPUT_BYTES}")
    if format == "docx":
        raise DocxError("a .docx document must be given as bytes, not str")
    if not data.strip():
        raise EmptyInputError("input is empty")
    head = data[:4096].encode("utf-8", "surrogatepass")
    if format == "html" or (format is None and looks_like_html(head)):
        from . import html

        return _non_empty(html.read_text(data, encoding="unicode"))
    return _non_empty(Ingested(text=data, format="text", encoding="unicode"))


def sniff(data: bytes) -> str:
    """'docx', 'html' or 'text' for the bytes; UnsupportedFormatError for other binary formats."""
    head = data[:8192]
    if head.startswith(_ZIP_SIGNATURES):
        return _sniff_zip(data)
    refuse_binary(head)
    if is_mhtml(head) or looks_like_html(_ascii_view(head)):
        return "html"
    return "text"


# MHTML (.mht, "save as single file" in IE, Edge and Chrome): mail headers declaring a
# multipart/related archive, whose text/html part is the page (html.py unwraps it).
_MAIL_HEADER = re.compile(rb"\A(?:[!-9;-~]{1,60}:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){1,40}?\r?\n")
_MULTIPART_RELATED = re.compile(rb"^content-type:\s*multipart/related", re.IGNORECASE | re.MULTILINE)


def is_mhtml(head: bytes) -> bool:
    """True when the input opens with mail headers that declare a multipart/related archive."""
    headers = _MAIL_HEADER.match(head)
    return bool(headers and _MULTIPART_RELATED.search(headers.group()))


def refuse_binary(head: bytes) -> None:
    """Raise UnsupportedFormatError when the first bytes are a known binary format or hold NULs."""
    for signature, name in _SIGNATURES:
        if head.startswith(signature):
            if signature == b"BM":
                if len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
                    raise UnsupportedFormatError("input is a BMP image, not a text, HTML or .docx notice")
                continue
            if signature == b"RIFF" and head[8:12] not in (b"WEBP", b"WAVE", b"AVI "):
                continue
            if "; " in name:  # the name carries its own advice ("…; save it as .docx")
                raise UnsupportedFormatError(f"input is {name}")
            raise UnsupportedFormatError(f"input is {name}, not a text, HTML or .docx notice")
    from .text import bom_encoding, utf16_without_bom

    if bom_encoding(head) is None and utf16_without_bom(head[: len(head) // 2 * 2]) is None and b"\x00" in head:
        raise UnsupportedFormatError("input is binary data (it holds NUL bytes), not a text, HTML or .docx notice")


def looks_like_html(head: bytes) -> bool:
    """True when the start of the input is markup rather than prose that mentions a tag."""
    if _HTML_START.match(head) or _HTML_ANYWHERE.search(head):
        return True
    return len(_BLOCK_TAG.findall(head)) >= 5 and not _text_with_remnants(head)


# A crawler's text dump of a page keeps a few of the page's tags (<br/>, <p style=…>, </span>; text.unremnant
# drops them) while its line breaks are the text's own: most of its lines open with text, where a page's
# source lines open with markup, and it holds no table or script, which only a page's reader reads right.
# Read as HTML, such a text would lose every line break that no tag marks.
_LINE_OPENS_WITH_TEXT = re.compile(rb"^(?:[ \t]|\xe3\x80\x80|&(?:nbsp|#12288|#160);)*[^<\s]", re.MULTILINE)
_PAGE_ONLY_TAG = re.compile(rb"<(?:table|tr|td|script|style)\b", re.IGNORECASE)
MIN_DUMP_LINES = 4


def _text_with_remnants(head: bytes) -> bool:
    lines = [line for line in head.split(b"\n") if line.strip()]
    if len(lines) < MIN_DUMP_LINES or _PAGE_ONLY_TAG.search(head):
        return False
    opening_with_text = len(_LINE_OPENS_WITH_TEXT.findall(head))
    return 2 * opening_with_text > len(lines)


def _ascii_view(head: bytes) -> bytes:
    """The head with UTF-16/32 decoded, so tag patterns match whatever the encoding."""
    from .text import bom_encoding, utf16_without_bom

    bom = bom_encoding(head)
    name = bom[0] if bom else utf16_without_bom(head[: len(head) // 2 * 2])
    if name and not name.startswith("utf-8"):
        return head.decode(name, errors="ignore").encode("utf-8")
    return head


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise DocxError(f"input looks like a zip/.docx file but cannot be opened: {exc}") from exc
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise UnsupportedFormatError("input is an Excel workbook (.xlsx), not a .docx notice")
    if "ppt/presentation.xml" in names:
        raise UnsupportedFormatError("input is a PowerPoint file (.pptx), not a .docx notice")
    if any(n.endswith(".xml") for n in names) and "mimetype" in names:
        raise UnsupportedFormatError("input is an OpenDocument/EPUB file; save it as .docx")
    raise UnsupportedFormatError("input is a zip archive without word/document.xml, not a .docx notice")


def _non_empty(ingested: Ingested) -> Ingested:
    """The text read, checked for size and content, without a Markdown export's marks (text.unmark), its
    tables drawn in characters (a text export's ┌─┬─┐ borders, a Markdown | pipe | table, also pasted
    into a page or a .docx) as tab rows, and a plain text without a crawler's HTML remnants (text.unremnant:
entities and stray tags left in a page's text dump)."""
    if len(ingested.text) > MAX_TEXT_CHARS:
        raise InputTooLargeError(f"the {ingested.format} input holds {len(ingested.text)} characters of text; "
                                 f"the limit is {MAX_TEXT_CHARS}")
    if not ingested.text.strip():
        raise EmptyInputError(f"the {ingested.format} input holds no text")
    from .boxes import untable
    from .text import unmark, unremnant

    text = unmark(ingested.text)  # first: a Markdown table's <br> joins its cell's lines (unmark), no line end
    ingested.text = untable(unremnant(text) if ingested.format == "text" else text)
    return ingested
