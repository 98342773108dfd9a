"""`policyparse batch INPUT... -o OUT`: convert many notices into one output."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional

from ._io import write

HELP = "convert files, folders or a list of paths on stdin (-) into JSONL, JSON files, SQLite, CSV or Parquet"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..sinks import FORMATS

    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder (searched recursively) or - for paths on stdin")
    parser.add_argument("-o", "--output", required=True, help="output file (jsonl, sqlite) or folder (json, csv, parquet)")
    parser.add_argument("--format", choices=FORMATS, help="output format (default: from the output's suffix, else jsonl)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument("--resume", action="store_true", help="add to the output: skip inputs whose document (same bytes, same parser version) is already there; parse the rest, failed ones again")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--engine", choices=("local", "dask"), default="local", help="where to parse (dask: a Dask cluster)")
    parser.add_argument("--scheduler", help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786")


def output_format(args: argparse.Namespace) -> str:
    """--format, else the output's suffix (out.sqlite, out.parquet …), else jsonl (no suffix).
    Raises ValueError for a suffix that names no format."""
    from ..sinks import FORMATS

    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower().lstrip(".")
    suffix = {"db": "sqlite", "sqlite3": "sqlite"}.get(suffix, suffix)
    if suffix and suffix not in FORMATS:
        raise ValueError(f"cannot tell the output format from {args.output!r}; give --format ({', '.join(FORMATS)})")
    return suffix or "jsonl"


def output_problem(output: str, fmt: str) -> Optional[str]:
    """Why `output` cannot take `fmt`, or None: checked before any input is parsed."""
    if output == "-":
        return "-o - (standard output) is not supported; give a file or folder"
    out = Path(output)
    one_file = fmt in ("jsonl", "sqlite")
    if one_file and (out.is_dir() or output.endswith(("/", os.sep))):
        return f"{output} names a folder, but --format {fmt} writes one file (e.g. -o {out / ('out.' + fmt)})"
    if not one_file and out.exists() and not out.is_dir():
        return f"{output} is a file, but --format {fmt} writes a folder"
    ancestor = out.absolute().parent
    while not ancestor.exists():
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        return f"cannot create {output}: {ancestor} is a file"
    target = out if out.exists() else ancestor
    if not os.access(target, os.W_OK) or (out.is_dir() and not os.access(out, os.X_OK)):
        return f"cannot write {output}: permission denied"
    return None


def usage(message: str) -> int:
    write(sys.stderr, f"policyparse batch: {message}\n")
    return 2


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from ..convert import convert

    if args.jobs is not None and args.jobs < 1:
        return usage("--jobs must be at least 1")
    if args.scheduler and args.engine != "dask":
        return usage("--scheduler needs --engine dask")
    try:
        fmt = output_format(args)
    except ValueError as exc:
        return usage(str(exc))
    problem = output_problem(args.output, fmt)
    if problem:
        return usage(problem)
    try:
        summary = convert(args.inputs, Path(args.output), fmt=fmt, jobs=args.jobs, resume=args.resume,
                          progress=not args.quiet, engine=args.engine, scheduler=args.scheduler)
    except OSError as exc:  # the output side (inputs' own failures are error records), or a Dask scheduler
        where = f"{exc.filename}: " if exc.filename else ""
        return usage(f"{where}{exc.strerror or exc}")
    except sqlite3.DatabaseError as exc:
        return usage(f"{args.output}: {exc} (not an SQLite file policyparse wrote?)")
    for error in summary.errors:
        write(sys.stderr, f"policyparse: {error.path}: {error.error_type}: {error.message}\n")
    for doc_id, warning in summary.warnings:
        write(sys.stderr, f"policyparse: {doc_id}: warning: {warning}\n")
    write(sys.stderr, summary.line() + "\n")
    return 1 if summary.failed else 0

