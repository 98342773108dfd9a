"""`policyparse eval CORPUS_DIR [--json] [--doc ID]`: score the parser against gold files."""

from __future__ import annotations

import argparse
import sys

from ._io import fail, write

HELP = "score the parser against the <id>.gold.yaml files of a corpus folder (per-field P/R/F1)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("corpus", metavar="CORPUS_DIR", help="folder of raw notices with <id>.gold.yaml beside them")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--doc", metavar="ID", help="score only this document id")


def run(args: argparse.Namespace) -> int:
    from ..evaluation import GoldError, render_json, render_text, score_corpus

    try:
        report = score_corpus(args.corpus, doc=args.doc)
    except GoldError as exc:
        write(sys.stderr, f"policyparse: invalid gold file: {exc}\n")
        return 1
    except FileNotFoundError as exc:
        write(sys.stderr, f"policyparse: {exc}\n")
        return 1
    except OSError as exc:
        fail(args.corpus, exc.strerror or str(exc))
        return 1
    if not report.documents:
        fail(args.corpus, "no document to score: the folder holds no <id>.gold.yaml with its notice beside it")
        for warning in report.warnings:
            write(sys.stderr, f"policyparse: {warning}\n")
        return 1
    write(sys.stdout, render_json(report) if args.json else render_text(report))
    for d in report.documents:
        if d.error:
            fail(d.path, d.error)
    return 1 if any(d.error for d in report.documents) else 0
