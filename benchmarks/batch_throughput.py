"""Batch throughput: documents per second for --jobs 1 and --jobs 2, and peak memory.

    python benchmarks/batch_throughput.py [--copies 2000] [--format jsonl]

Replicates the corpus to at least --copies files in a temporary folder, runs
`policyparse batch` on it once per jobs setting, and prints one line each. Peak memory
is the largest resident set of the parent and of any one worker (ru_maxrss).
"""

from __future__ import annotations

import argparse
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def replicate(dest: Path, copies: int) -> int:
    raw = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html", ".docx"))
    total = 0
    for i in range(copies):
        src = raw[i % len(raw)]
        target = dest / f"{i // 500:03d}" / f"{i:06d}-{src.name}"
        target.parent.mkdir(exist_ok=True)
        shutil.copy(src, target)
        total += src.stat().st_size
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=2000)
    ap.add_argument("--format", default="jsonl")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        size = replicate(src, args.copies)
        print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}; "
              f"{args.copies} documents, {size / 1e6:.1f} MB")
        for jobs in args.jobs:
            out = Path(tmp) / f"out-{jobs}.{args.format}"
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "policyparse.cli", "batch", str(src), "-o", str(out),
                                   "--format", args.format, "--jobs", str(jobs), "--quiet"],
                                  capture_output=True, text=True)
            seconds = time.perf_counter() - started
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            status = "ok" if proc.returncode in (0, 1) else f"exit {proc.returncode}: {proc.stderr[-300:]}"
            print(f"--jobs {jobs}: {args.copies / seconds:7.1f} docs/s, {size / seconds / 1e6:6.2f} MB/s, "
                  f"{seconds:6.1f} s, peak RSS of any process {peak_mb:.0f} MB ({status})")


if __name__ == "__main__":
    main()
