"""`policyparse show FILE|DIR`: the review page(s) of what the parser found."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "write a self-contained HTML review page for a notice (or a folder of them, with an index)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, metavar="FILE|DIR", help="a notice, or a folder of notices")
    parser.add_argument("-o", "--output", type=Path, help="page to write (default: FILE's name with .review.html, beside it) "
                                                          "or, for a folder, the site folder (default: site/)")
    parser.add_argument("--gold", type=Path, help="gold file to compare with (a folder uses <id>.gold.yaml beside each notice)")


def run(args: argparse.Namespace) -> int:
    from ..errors import ParseError
    from ..review.site import write_page, write_site

    try:
        if args.input.is_dir():
            pages, failures = write_site(args.input, args.output or Path("site"))
            for path, message in failures:
                print(f"policyparse: {path}: {message}", file=sys.stderr)
            print(f"{pages} pages and index.html in {args.output or Path('site')}", file=sys.stderr)
            return 1 if failures else 0
        out = args.output or default_page(args.input)
        write_page(args.input, out, args.gold)
    except (ParseError, OSError) as exc:
        print(f"policyparse: {args.input}: {exc}", file=sys.stderr)
        return 1
    print(out, file=sys.stderr)
    return 0


def default_page(source: Path) -> Path:
    """`notice.html` -> `notice.review.html` beside it. The page carries a marker, so that `parse` and
    `batch` of the folder skip it rather than read it as a notice."""
    return source.with_name(source.stem + ".review.html")
