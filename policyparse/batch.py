"""Many inputs in, one record each out: the engine behind `policyparse batch`.

`parse_many(paths, jobs)` parses in worker processes and yields, in input order, a
`Document` or an `ErrorRecord` for every path: nothing is ever dropped. At most
`jobs * 4` inputs are in flight at once, so memory stays flat for any number of inputs.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Optional, Union

from ._version import __version__
from .api import is_input_file
from .model import Document, StrictModel

_IN_FLIGHT_PER_JOB = 4


class ErrorRecord(StrictModel):
    """An input that could not be parsed, kept in the output in place of its document."""

    path: str
    """The input path (absolute in `policyparse batch` output)."""
    id: Optional[str] = None
    """The document id the input would have had (JSONL and JSON output; not a table column)."""
    sha256: Optional[str] = None
    """SHA-256 of the input bytes, or null when the file could not be read."""
    parser_version: str = __version__
    """Version of policyparse that tried."""
    error_type: str
    """Class of the error, e.g. EmptyInputError, DocxError, OSError."""
    message: str
    """What is wrong, in words."""


Record = Union[Document, ErrorRecord]


def find_inputs(inputs: Iterable[str], stdin: Optional[Iterable[str]] = None,
                left_out: Optional[list[Path]] = None,
                review_pages: Optional[list[Path]] = None) -> list[tuple[Path, str]]:
    """Expand files, folders (recursively) and `-` (paths on stdin) into (absolute path, base id)
    pairs, sorted by path, each path once.

    The base id is the path relative to the folder given, without its suffix (`a/index` for
    `dup/a/index.html` given as `dup`), or for a file given by name the name without its suffix.
    Paths that do not exist are kept, so that each yields an error record; so are files with a
    document suffix we cannot read (.pdf, .doc …). Other files in folders go to `left_out`, and
    pages `policyparse show` wrote to `review_pages`, so the run can say so.
    """
    from .api import document_id, is_document_file, is_review_page

    found: dict[Path, str] = {}

    def add(path: Path, base: str) -> None:
        found.setdefault(Path(os.path.abspath(path)), base)

    for item in inputs:
        if item == "-":
            lines = stdin if stdin is not None else sys.stdin
            for line in lines:
                if line.strip():
                    add(Path(line.strip()), document_id(Path(line.strip())))
        elif os.path.isdir(item):
            root = Path(item)
            for p in root.rglob("*"):
                if is_review_page(p):
                    if review_pages is not None:
                        review_pages.append(p)
                elif is_input_file(p) or is_document_file(p):
                    rel = p.relative_to(root)
                    add(p, "/".join([*rel.parts[:-1], document_id(rel)]))
                elif p.is_file() and left_out is not None:
                    left_out.append(p)
        else:
            add(Path(item), document_id(Path(item)))
    for names in (left_out, review_pages):
        if names is not None:
            names.sort(key=str)
    return sorted(found.items(), key=lambda item: str(item[0]))


def discover(inputs: Iterable[str], stdin: Optional[Iterable[str]] = None,
             left_out: Optional[list[Path]] = None) -> list[Path]:
    """The absolute paths of `find_inputs`, sorted."""
    return [p for p, _ in find_inputs(inputs, stdin=stdin, left_out=left_out)]


def file_sha256(path: Path) -> Optional[str]:
    """SHA-256 of a file's bytes, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def parse_one(path: Union[str, Path], doc_id: Optional[str] = None) -> Record:
    """Parse one file; any failure becomes an ErrorRecord instead of an exception."""
    from .api import parse_file_bytes

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ErrorRecord(path=str(path), id=doc_id, error_type=type(exc).__name__,
                           message=exc.strerror or str(exc))
    sha = hashlib.sha256(data).hexdigest()
    try:
        return parse_file_bytes(path, data, id=doc_id)
    except Exception as exc:  # noqa: BLE001 - a batch must turn every failure into a record
        return ErrorRecord(path=str(path), id=doc_id, sha256=sha, error_type=type(exc).__name__,
                           message=str(exc) or repr(exc))


def assign_ids(inputs: list[tuple[Path, str]], existing: Optional[dict[str, Optional[str]]] = None) -> list[str]:
    """The document id of each (path, base id): the base id, unless another input of the run has the
    same base id or (on resume) another file's record in the output already has it; then
    `<base>-<first 8 hex digits of the SHA-1 of the absolute path>`. A path whose record is in the
    output (`existing`: path -> id) keeps the id it has there, so ids never change on --resume."""
    existing = existing or {}
    taken = {doc_id for doc_id in existing.values() if doc_id}
    counts = Counter(base for p, base in inputs if not existing.get(str(p)))
    ids = []
    for p, base in inputs:
        doc_id = existing.get(str(p))
        if not doc_id:
            doc_id = base
            if counts[base] > 1 or base in taken:
                doc_id = f"{base}-{hashlib.sha1(str(p).encode()).hexdigest()[:8]}"
        ids.append(doc_id)
    return ids


def unique_ids(paths: list[Path]) -> list[str]:
    """Document ids from file names (no folder to be relative to), by the rule of `assign_ids`."""
    from .api import document_id

    return assign_ids([(Path(os.path.abspath(p)), document_id(Path(p))) for p in paths])


def parse_many(paths: Iterable[Union[str, Path]], jobs: Optional[int] = None,
               ids: Optional[list[str]] = None) -> Iterator[Record]:
    """Yield a Document or ErrorRecord for each path, in the order given.

    `ids` are the document ids (default: `unique_ids(paths)`). `jobs=1` parses in this
    process; otherwise a pool of `jobs` worker processes (default: all cores) with a bounded queue.
    """
    paths = [Path(p) for p in paths]
    ids = ids if ids is not None else unique_ids(paths)
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1:
        for p, doc_id in zip(paths, ids):
            yield parse_one(p, doc_id)
        return
    window = jobs * _IN_FLIGHT_PER_JOB
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: dict[int, Future] = {}
        done: dict[int, Record] = {}
        next_to_submit = next_to_yield = 0
        while next_to_yield < len(paths):
            while next_to_submit < len(paths) and len(pending) + len(done) < window:
                pending[next_to_submit] = pool.submit(parse_one, paths[next_to_submit], ids[next_to_submit])
                next_to_submit += 1
            if next_to_yield not in done:
                finished, _ = wait(pending.values(), return_when=FIRST_COMPLETED)
                for index in [i for i, f in pending.items() if f in finished]:
                    future = pending.pop(index)
                    done[index] = _result_or_error(future, paths[index], ids[index])
            while next_to_yield in done:
                yield done.pop(next_to_yield)
                next_to_yield += 1


def _result_or_error(future: Future, path: Path, doc_id: Optional[str] = None) -> Record:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - e.g. a worker killed by the OS
        return ErrorRecord(path=str(path), id=doc_id, sha256=file_sha256(path), error_type=type(exc).__name__,
                           message=str(exc) or repr(exc))
