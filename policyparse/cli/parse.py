"""`policyparse parse FILE... [-o DIR] [--pretty] [--jsonl]`: notices to JSON documents."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._io import fail, write

HELP = "parse notices (.txt, .html/.htm/.shtml, .mht or .docx files, or folders of them) into JSON documents"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="a notice file, or a folder whose notice files are all parsed")
    parser.add_argument("-o", "--output", metavar="DIR", help="write one <id>.json per document into DIR (created if missing)")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON (single document on stdout, or files under -o)")
    parser.add_argument("--jsonl", action="store_true", help="print one document a line even for a single file")


def run(args: argparse.Namespace) -> int:
    if args.pretty and args.jsonl:
        write(sys.stderr, "policyparse parse: error: --pretty and --jsonl exclude each other (JSON Lines are one line each)\n")
        return 2
    from ..api import parse_file
    from ..batch import unique_ids
    from ..errors import ParseError

    inputs = expand_inputs(args.files)
    # a.txt and a.html (or x/a.txt and y/a.txt) would both be "a": the ids batch gives, one per input
    readable = [path for path, problem in inputs if not problem]
    ids = dict(zip(readable, unique_ids(readable)))
    failed = 0
    out_dir = Path(args.output) if args.output else None
    if out_dir is not None:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fail(out_dir, f"cannot create output folder: {exc.strerror or exc}")
            return 1
    single = len(args.files) == 1 and not Path(args.files[0]).is_dir() and not args.jsonl
    indent = 2 if args.pretty and (single or out_dir is not None) else None
    totals = {"sections": 0, "tasks": 0, "units": 0, "targets": 0}
    parsed = 0
    for path, problem in inputs:
        if problem:
            fail(path, problem)
            failed += 1
            continue
        try:
            doc = parse_file(path)
        except ParseError as exc:
            fail(path, str(exc) or type(exc).__name__)
            failed += 1
            continue
        except Exception as exc:  # a parser bug: name the file and go on with the others
            fail(path, f"internal error ({type(exc).__name__}: {exc}); please report it")
            failed += 1
            continue
        doc.id = ids[path]
        text = doc.model_dump_json(indent=indent)
        if out_dir is not None:
            try:
                (out_dir / f"{doc.id}.json").write_text(text + "\n", encoding="utf-8")
            except OSError as exc:
                fail(path, f"cannot write {out_dir / (doc.id + '.json')}: {exc.strerror or exc}")
                failed += 1
                continue
        else:
            write(sys.stdout, text + "\n")
        parsed += 1
        _count(doc, totals)
    if out_dir is not None:
        counts = ", ".join(f"{n} {name}" for name, n in totals.items())
        write(sys.stderr, f"policyparse: {parsed} parsed, {failed} failed ({counts}) -> {out_dir}\n")
    return 1 if failed else 0


def expand_inputs(names: list[str]) -> list[tuple[Path, str | None]]:
    """Files as given, folders replaced by their notice files (sorted, not recursive).

    Each entry carries a problem to report in its turn (missing file, folder without notices).
    Documents we cannot read (.pdf, .doc …) in a folder are inputs too, so each fails by name;
    review pages `policyparse show` wrote are skipped with a line on stderr.
    """
    from ..api import INPUT_SUFFIXES, is_document_file, is_input_file, is_review_page

    inputs: list[tuple[Path, str | None]] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            found = [p for p in sorted(path.iterdir()) if is_input_file(p) or is_document_file(p)]
            pages = [p for p in found if is_review_page(p)]
            found = [p for p in found if p not in pages]
            inputs.extend((p, None) for p in found)
            for page in pages:
                write(sys.stderr, f"policyparse: {page}: skipped, a review page written by policyparse show\n")
            if not found:
                where = ("; parse does not look in subfolders (batch does)"
                         if any(p.is_dir() for p in path.iterdir()) else "")
                inputs.append((path, f"folder holds no {'/'.join(INPUT_SUFFIXES)} files{where}"))
        elif not path.exists():
            inputs.append((path, "no such file or folder"))
        else:
            inputs.append((path, None))
    return inputs


def _count(doc, totals: dict[str, int]) -> None:
    totals["sections"] += len(doc.sections)
    totals["tasks"] += len(doc.tasks)
    totals["units"] += sum(len(t.units) for t in doc.tasks) + sum(len(s.units) for s in doc.sections)
    totals["targets"] += len(doc.targets)
