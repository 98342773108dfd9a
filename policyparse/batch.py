"""Many inputs in, one record each out: the engine behind `policyparse batch`.

`parse_many(paths, jobs)` parses in worker processes and yields, in input order, a
`Document` or an `ErrorRecord` for every path: nothing is ever dropped. At most
`jobs * 4` inputs are in flight at once, so memory stays flat for any number of inputs.
"""

from __future__ import annotations

import hashlib
import os
import sys
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
    """The input path as given."""
    sha256: Optional[str] = None
    """SHA-256 of the input bytes, or null when the file could not be read."""
    parser_version: str = __version__
    """Version of policyparse that tried."""
    error_type: str
    """Class of the error, e.g. EmptyInputError, DocxError, OSError."""
    message: str
    """What is wrong, in words."""


Record = Union[Document, ErrorRecord]


def discover(inputs: Iterable[str], stdin: Optional[Iterable[str]] = None,
             left_out: Optional[list[Path]] = None) -> list[Path]:
    """Expand files, folders (recursively) and `-` (paths on stdin) into a sorted, de-duplicated list.

    Paths that do not exist are kept, so that each yields an error record. Files in folders whose
    suffix is not a notice's (a .pdf, a .doc) are appended to `left_out`, so the run can say so.
    """
    found: set[Path] = set()
    for item in inputs:
        if item == "-":
            lines = stdin if stdin is not None else sys.stdin
            found.update(Path(line.strip()) for line in lines if line.strip())
        elif os.path.isdir(item):
            for p in Path(item).rglob("*"):
                if is_input_file(p):
                    found.add(p)
                elif p.is_file() and left_out is not None:
                    left_out.append(p)
        else:
            found.add(Path(item))
    if left_out is not None:
        left_out.sort(key=str)
    return sorted(found, key=lambda p: str(p))


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
    from .api import parse

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ErrorRecord(path=str(path), error_type=type(exc).__name__, message=exc.strerror or str(exc))
    sha = hashlib.sha256(data).hexdigest()
    try:
        from .api import document_id, format_for

        return parse(data, format=format_for(path), id=doc_id or document_id(path), path=str(path))
    except Exception as exc:  # noqa: BLE001 - a batch must turn every failure into a record
        return ErrorRecord(path=str(path), sha256=sha, error_type=type(exc).__name__, message=str(exc) or repr(exc))


def unique_ids(paths: list[Path]) -> list[str]:
    """Document ids from file names; a name seen before gets its path hash appended."""
    from .api import document_id

    seen: set[str] = set()
    ids = []
    for p in paths:
        doc_id = document_id(p)
        if doc_id in seen:
            doc_id = f"{doc_id}-{hashlib.sha1(str(p).encode()).hexdigest()[:8]}"
        seen.add(doc_id)
        ids.append(doc_id)
    return ids


def parse_many(paths: Iterable[Union[str, Path]], jobs: Optional[int] = None) -> Iterator[Record]:
    """Yield a Document or ErrorRecord for each path, in the order given.

    `jobs=1` parses in this process; otherwise a pool of `jobs` worker processes
    (default: all cores) with a bounded queue.
    """
    paths = [Path(p) for p in paths]
    ids = unique_ids(paths)
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
                    done[index] = _result_or_error(future, paths[index])
            while next_to_yield in done:
                yield done.pop(next_to_yield)
                next_to_yield += 1


def _result_or_error(future: Future, path: Path) -> Record:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - e.g. a worker killed by the OS
        return ErrorRecord(path=str(path), sha256=file_sha256(path), error_type=type(exc).__name__,
                           message=str(exc) or repr(exc))
