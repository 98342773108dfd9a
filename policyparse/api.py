"""The entry points behind `policyparse.parse` and `policyparse.parse_file`."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from . import ingest, vocabulary
from ._version import __version__
from .errors import ParseError
from .model import Document, Source
from .pipeline import Draft, run
from .text.normalize import normalize

FORMAT_BY_SUFFIX = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".shtml": "html",
                    ".mht": "html", ".mhtml": "html", ".docx": "docx"}
"""The file suffixes policyparse reads, and the format each declares (a .mht archive is unwrapped
by the HTML reader). Folders given to the CLI are searched for these suffixes only."""
INPUT_SUFFIXES = tuple(FORMAT_BY_SUFFIX)
DOCUMENT_SUFFIXES = (".pdf", ".doc", ".wps", ".ofd", ".xls", ".xlsx", ".ppt", ".pptx", ".rtf")
"""Suffixes of documents policyparse cannot read. In a folder they are still inputs, so that each
gets its error record (UnsupportedFormatError) instead of vanishing from the run."""
REVIEW_MARKER = "policyparse-review"
"""`<meta name="generator" content="policyparse-review">`: what marks a page `policyparse show`
wrote, so that a later `parse` or `batch` of the folder skips it instead of reading it as a notice."""
_HTML_IN_TEXT = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)


def is_input_file(path: Path) -> bool:
    """A file in a folder that policyparse reads: a notice's suffix, and a file or a link to
    nothing (which then gets its error record instead of vanishing from the run)."""
    return path.suffix.lower() in INPUT_SUFFIXES and (path.is_file() or (path.is_symlink() and not path.exists()))


def is_document_file(path: Path) -> bool:
    """A file in a folder with the suffix of a document we cannot read (.pdf, .doc, .xls …)."""
    return path.suffix.lower() in DOCUMENT_SUFFIXES and path.is_file()


def is_review_page(path: Path) -> bool:
    """True for an HTML file that `policyparse show` wrote (it carries REVIEW_MARKER near its start)."""
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError:
        return False
    return f'content="{REVIEW_MARKER}"'.encode() in head


def parse(source: str | bytes, format: str | None = None, *, id: str | None = None, path: str | None = None) -> Document:
    if not isinstance(source, (str, bytes, bytearray)):
        raise TypeError(f"parse() takes str or bytes, not {type(source).__name__}")
    ingested, sha256 = _read(source, format)
    return _document(ingested, sha256, id, path)


def parse_file(path: str | os.PathLike, format: str | None = None) -> Document:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read {p}: {exc.strerror or exc}") from exc
    format, warning = file_format(p, data, format)
    ingested, sha256 = _read(data, format)
    del data  # the input bytes are not needed while the pipeline runs: keep the peak down
    if warning:
        ingested.warnings.insert(0, warning)
    return _document(ingested, sha256, document_id(p), str(p))


def parse_file_bytes(p: Path, data: bytes, format: str | None = None, id: str | None = None) -> Document:
    """Parse the bytes read from file `p` as `parse_file` does, under the document id `id`."""
    format, warning = file_format(p, data, format)
    ingested, sha256 = _read(data, format)
    if warning:
        ingested.warnings.insert(0, warning)
    return _document(ingested, sha256, id or document_id(p), str(p))


def file_format(p: Path, data: bytes, format: str | None = None) -> tuple[str | None, str | None]:
    """(format, warning) for the bytes of file `p`: `format` if given, else the suffix's, except that
    a .txt holding an HTML page (it opens with <!DOCTYPE html> or <html>) is read as HTML, with a warning."""
    if format is not None:
        return format, None
    format = format_for(p)
    if format == "text" and _HTML_IN_TEXT.match(data[:4096]):
        return "html", f"the file is named {p.suffix} but holds an HTML page; read as HTML"
    return format, None


def _read(source: str | bytes | bytearray, format: str | None) -> tuple[ingest.Ingested, str]:
    """Decode the input and hash its bytes (the UTF-8 encoding for str input)."""
    raw = bytes(source) if isinstance(source, (bytes, bytearray)) else source.encode("utf-8", "surrogatepass")
    sha256 = hashlib.sha256(raw).hexdigest()
    return ingest.read(source if isinstance(source, str) else raw, format), sha256


def _document(ingested: ingest.Ingested, sha256: str, id: str | None, path: str | None) -> Document:
    draft = Draft(text=normalize(ingested.text), format=ingested.format)
    ingested.text = ""  # the decoded text before normalisation is not needed any more
    draft.warnings.extend(ingested.warnings)
    draft.metadata = draft.metadata.model_copy(update=ingested.metadata)
    run(draft)
    if _nothing_found(draft):
        draft.warnings.append("no notice found: the text has no title, 发文字号, addressees, signature, "
                              "numbered sections, tasks or targets")
    elif _text_in_attachments(draft):
        draft.warnings.append("no text of the notice: the input gives only its metadata and a line "
                              "referring to its attachments (详见附件), whose files are not read")
    return Document(
        parser_version=__version__,
        id=id or sha256[:16],
        source=Source(path=path, format=ingested.format, encoding=ingested.encoding, sha256=sha256),
        text=draft.text,
        metadata=draft.metadata,
        sections=draft.sections,
        tasks=draft.tasks,
        targets=draft.targets,
        warnings=draft.warnings,
    )


def _text_in_attachments(draft: Draft) -> bool:
    """True when the notice's body is only a line pointing to its attached files (详见附件。, a portal
    page publishing the notice as .pdf / .doc): no sections, tasks or targets, and such a line
    (data/see_attachment_lines.txt) stands alone in the text."""
    if draft.sections or draft.tasks or draft.targets:
        return False
    lines = vocabulary.entries("see_attachment_lines.txt")
    return any(line.strip(" \t\u3000。.:") in lines for line in draft.text.splitlines())


def _nothing_found(draft: Draft) -> bool:
    """True when no stage found anything a notice has: the input is readable text but no notice."""
    meta = draft.metadata
    return not (meta.title or meta.doc_number or meta.recipients or meta.issuer or meta.signed_date
                or draft.sections or draft.tasks or draft.targets)


def format_for(path: Path) -> str | None:
    """The format a file's suffix declares, or None to let the content decide."""
    return FORMAT_BY_SUFFIX.get(path.suffix.lower())


def document_id(path: Path) -> str:
    """The file name without its extension: stable for the same input file."""
    return path.name[: -len("".join(path.suffixes[-1:]))] if path.suffix else path.name
