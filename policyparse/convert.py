"""Convert many inputs into one output (the work of `policyparse batch`).

Finds the inputs, skips those already converted when resuming, parses the rest in
order through `parse_many` (or a Dask cluster) and streams every record to a sink,
with a progress line on a terminal and a summary at the end.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, TextIO

from ._version import __version__
from .batch import ErrorRecord, Record, assign_ids, file_sha256, find_inputs, parse_many
from .sinks import Index, open_sink, read_index


@dataclass
class Summary:
    """What a batch run did."""

    inputs: int = 0
    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    errors: list[ErrorRecord] = field(default_factory=list)
    left_out: list[Path] = field(default_factory=list)
    """Files found in the folders given that are neither notices nor documents (images, archives …)."""
    review_pages: list[Path] = field(default_factory=list)
    """Pages `policyparse show` wrote, found in the folders given and skipped."""
    warnings: list[tuple[str, str]] = field(default_factory=list)
    """(document id, warning) for every warning of a parsed document."""

    @property
    def warned(self) -> int:
        """Documents with at least one warning."""
        return len({doc_id for doc_id, _ in self.warnings})

    def line(self) -> str:
        rate = (self.parsed + self.failed) / self.seconds if self.seconds else 0.0
        line = (f"{self.inputs} inputs: {self.parsed} parsed ({self.warned} with warnings), {self.failed} failed, "
                f"{self.skipped} skipped (already done) in {self.seconds:.1f}s, {rate:.1f} files/s")
        for files, what in ((self.left_out, "files of other types left out"),
                            (self.review_pages, "review pages (written by policyparse show) left out")):
            if files:
                names = ", ".join(p.name for p in files[:3]) + (", …" if len(files) > 3 else "")
                line += f"; {len(files)} {what} ({names})"
        return line


class Progress:
    """A one-line progress display, drawn only when `stream` is a terminal."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream = total, stream
        self.enabled = enabled and stream.isatty()
        self.start = time.monotonic()
        self._last = 0.0

    def update(self, summary: Summary, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and not force):
            return
        self._last = now
        done = summary.parsed + summary.failed
        rate = done / (now - self.start) if now > self.start else 0.0
        width = 30
        filled = int(width * done / self.total) if self.total else width
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} "
                          f"{rate:.1f} files/s, {summary.failed} failed ")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")


def pending_inputs(inputs: list[tuple[Path, str]], index: Index) -> tuple[list[tuple[Path, str]], int]:
    """Drop inputs whose record in the output is a document of the same bytes and parser version.
    Inputs with an error record, changed bytes or an older parser's record are parsed again."""
    if not index:
        return inputs, 0
    keep = []
    for path, base in inputs:
        entry = index.get(str(path))
        if (entry is None or entry.failed or entry.parser_version != __version__
                or entry.sha256 != file_sha256(path)):
            keep.append((path, base))
    return keep, len(inputs) - len(keep)


def existing_output(fmt: str, out: Path) -> Optional[str]:
    """How much an existing output holds, in words ("12 documents, 1 error record"), or None if there is none."""
    out = Path(out)
    if not out.exists() or (out.is_dir() and not any(out.iterdir())):
        return None
    try:
        index = read_index(fmt, out)
    except Exception:  # noqa: BLE001 - not an output we can read: it is replaced all the same
        return "contents unknown"
    failed = sum(1 for e in index.values() if e.failed)
    return f"{len(index) - failed} documents, {failed} error records"


def convert(inputs: Iterable[str], out: Path, fmt: str = "jsonl", jobs: Optional[int] = None,
            resume: bool = False, progress: bool = True, engine: str = "local",
            scheduler: Optional[str] = None, stdin: Optional[Iterable[str]] = None,
            stream: TextIO = sys.stderr) -> Summary:
    """Parse every input into `out` in format `fmt`; every input yields a document or an error record.

    Without `resume`, an existing output is replaced (a line on `stream` says so). With it, inputs
    whose document is already there (same path, bytes and parser version) are skipped, the others'
    old records are removed and they are parsed again, keeping their ids.
    """
    started = time.monotonic()
    left_out: list[Path] = []
    review_pages: list[Path] = []
    items = find_inputs(inputs, stdin=stdin, left_out=left_out, review_pages=review_pages)
    summary = Summary(inputs=len(items), left_out=left_out, review_pages=review_pages)
    if not resume:
        held = existing_output(fmt, out)
        if held:
            stream.write(f"policyparse batch: replacing the existing output {out} ({held}); "
                         f"--resume adds to it instead\n")
    with open_sink(fmt, out, resume) as sink:
        index = sink.index() if resume else {}
        items, summary.skipped = pending_inputs(items, index)
        sink.forget({str(p) for p, _ in items if str(p) in index})
        ids = assign_ids(items, {path: entry.id for path, entry in index.items()})
        paths = [p for p, _ in items]
        bar = Progress(len(paths), stream, progress)
        if engine == "dask":
            from .distributed import parse_on_dask

            records: Iterable[Record] = parse_on_dask(paths, scheduler, ids)
        else:
            records = parse_many(paths, jobs=jobs, ids=ids)
        for record in records:
            if isinstance(record, ErrorRecord):
                summary.failed += 1
                summary.errors.append(record)
            else:
                summary.parsed += 1
                summary.warnings.extend((record.id, w) for w in record.warnings)
            sink.write(record)
            bar.update(summary)
        bar.update(summary, force=True)
        bar.finish()
    summary.seconds = time.monotonic() - started
    return summary
