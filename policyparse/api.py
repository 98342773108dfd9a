"""The entry points behind `policyparse.parse` and `policyparse.parse_file`."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from . import ingest
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


def is_input_file(path: Path) -> bool:
    """A file in a folder that policyparse reads: a notice's suffix, and a file or a link to
    nothing (which then gets its error record instead of vanishing from the run)."""
    return path.suffix.lower() in INPUT_SUFFIXES and (path.is_file() or (path.is_symlink() and not path.exists()))


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
    ingested, sha256 = _read(data, format or format_for(p))
    del data  # the input bytes are not needed while the pipeline runs: keep the peak down
    return _document(ingested, sha256, document_id(p), str(p))


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
