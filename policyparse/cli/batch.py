"""`policyparse batch INPUT... -o OUT`: convert many notices into one output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "convert files, folders or a list of paths on stdin (-) into JSONL, JSON files, SQLite, CSV or Parquet"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..sinks import FORMATS

    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder (searched recursively) or - for paths on stdin")
    parser.add_argument("-o", "--output", required=True, type=Path, help="output file (jsonl, sqlite) or folder (json, csv, parquet)")
    parser.add_argument("--format", choices=FORMATS, help="output format (default: from the output's suffix, else jsonl)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument("--resume", action="store_true", help="skip inputs whose sha256 and parser version are already in the output")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--engine", choices=("local", "dask"), default="local", help="where to parse (dask: a Dask cluster)")
    parser.add_argument("--scheduler", help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786")


def output_format(args: argparse.Namespace) -> str:
    """--format, else the output's suffix (out.sqlite, out.parquet …), else jsonl."""
    from ..sinks import FORMATS

    if args.format:
        return args.format
    suffix = args.output.suffix.lower().lstrip(".")
    suffix = {"db": "sqlite", "sqlite3": "sqlite"}.get(suffix, suffix)
    return suffix if suffix in FORMATS else "jsonl"


def run(args: argparse.Namespace) -> int:
    from ..convert import convert

    if args.jobs is not None and args.jobs < 1:
        print("policyparse batch: --jobs must be at least 1", file=sys.stderr)
        return 2
    summary = convert(args.inputs, args.output, fmt=output_format(args), jobs=args.jobs, resume=args.resume,
                      progress=not args.quiet, engine=args.engine, scheduler=args.scheduler)
    for error in summary.errors:
        print(f"policyparse: {error.path}: {error.error_type}: {error.message}", file=sys.stderr)
    print(summary.line(), file=sys.stderr)
    return 1 if summary.failed else 0
