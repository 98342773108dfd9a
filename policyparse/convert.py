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
from .batch import ErrorRecord, Record, discover, file_sha256, parse_many
from .sinks import open_sink


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
    """Files found in the folders given whose suffix is not a notice's (.pdf, .doc …)."""

    def line(self) -> str:
        rate = (self.parsed + self.failed) / self.seconds if self.seconds else 0.0
        line = (f"{self.inputs} inputs: {self.parsed} parsed, {self.failed} failed, {self.skipped} skipped "
                f"(already done) in {self.seconds:.1f}s, {rate:.1f} files/s")
        if self.left_out:
            names = ", ".join(p.name for p in self.left_out[:3]) + (", …" if len(self.left_out) > 3 else "")
            line += f"; {len(self.left_out)} files of other types left out ({names})"
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


def pending_inputs(paths: list[Path], done: set[tuple[str, str, str]]) -> tuple[list[Path], int]:
    """Drop inputs whose (path, sha256, parser version) the output already holds."""
    if not done:
        return paths, 0
    keep = [p for p in paths if (str(p), file_sha256(p), __version__) not in done]
    return keep, len(paths) - len(keep)


def convert(inputs: Iterable[str], out: Path, fmt: str = "jsonl", jobs: Optional[int] = None,
            resume: bool = False, progress: bool = True, engine: str = "local",
            scheduler: Optional[str] = None, stdin: Optional[Iterable[str]] = None,
            stream: TextIO = sys.stderr) -> Summary:
    """Parse every input into `out` in format `fmt`; every input yields a document or an error record."""
    started = time.monotonic()
    left_out: list[Path] = []
    paths = discover(inputs, stdin=stdin, left_out=left_out)
    summary = Summary(inputs=len(paths), left_out=left_out)
    with open_sink(fmt, out, resume) as sink:
        paths, summary.skipped = pending_inputs(paths, sink.done_keys() if resume else set())
        bar = Progress(len(paths), stream, progress)
        if engine == "dask":
            from .distributed import parse_on_dask

            records: Iterable[Record] = parse_on_dask(paths, scheduler)
        else:
            records = parse_many(paths, jobs=jobs)
        for record in records:
            if isinstance(record, ErrorRecord):
                summary.failed += 1
                summary.errors.append(record)
            else:
                summary.parsed += 1
            sink.write(record)
            bar.update(summary)
        bar.update(summary, force=True)
        bar.finish()
    summary.seconds = time.monotonic() - started
    return summary
