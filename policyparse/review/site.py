"""Writing review pages: one for a notice, or a folder's worth with an index page."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from ..api import INPUT_SUFFIXES, REVIEW_MARKER, is_review_page
from ..evaluation.gold import GOLD_SUFFIX, load_gold
from ..evaluation.score import score_document
from ..model import Document
from .page import render
from .verdicts import compare

# Fields averaged into the one score the index sorts by.
SCORED = ("sections", "tasks", "units", "deadlines", "targets")


def page_for(doc: Document, gold_path: Optional[Path]) -> tuple[str, Optional[float]]:
    """The page's HTML and, with gold, the document's mean F1 over the scored fields."""
    if gold_path is None:
        return render(doc), None
    gold = load_gold(gold_path)
    report = score_document(gold, doc)
    f1s = [report.fields[f].f1 for f in SCORED if f in report.fields]
    return render(doc, compare(doc, gold)), (sum(f1s) / len(f1s) if f1s else None)


def write_page(source: Path, out: Path, gold_path: Optional[Path] = None) -> Optional[float]:
    from ..api import parse_file

    page, score = page_for(parse_file(source), gold_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return score


def write_site(folder: Path, out_dir: Path) -> tuple[int, list[tuple[str, str]]]:
    """One page per notice in `folder` plus index.html, worst-scored first; returns (pages, failures)."""
    from ..api import parse_file
    from ..errors import ParseError

    out_dir.mkdir(parents=True, exist_ok=True)
    rows, failures = [], []
    for source in sorted(p for p in folder.iterdir() if p.suffix.lower() in INPUT_SUFFIXES and not is_review_page(p)):
        gold = source.with_name(source.stem + GOLD_SUFFIX)
        try:
            doc = parse_file(source)
        except (ParseError, OSError) as exc:
            failures.append((str(source), str(exc)))
            continue
        page, score = page_for(doc, gold if gold.exists() else None)
        name = f"{doc.id}.html"
        (out_dir / name).write_text(page, encoding="utf-8")
        rows.append((score, name, doc))
    # Worst first; pages without gold (no score) last.
    rows.sort(key=lambda r: (r[0] is None, r[0] if r[0] is not None else 0.0, r[1]))
    (out_dir / "index.html").write_text(_index(rows), encoding="utf-8")
    return len(rows), failures


def _index(rows) -> str:
    from lxml import etree
    from lxml.html import builder as E

    from .assets import STYLE

    body = E.TBODY(*[
        E.TR(E.TD(E.A(doc.metadata.title or doc.id, href=name)), E.TD(doc.id),
             E.TD("—" if score is None else f"{score:.3f}"), E.TD(str(len(doc.tasks))),
             E.TD(str(sum(len(t.units) for t in doc.tasks))), E.TD(str(len(doc.targets))),
             **{"data-score": "" if score is None else f"{score:.6f}"})
        for score, name, doc in rows
    ])
    page = E.HTML(E.HEAD(E.META(charset="utf-8"), E.META(name="generator", content=REVIEW_MARKER),
                         E.TITLE("policyparse review"), E.STYLE(STYLE)),
                  E.BODY(E.DIV(E.CLASS("card"), E.H1("policyparse review"),
                               E.P("Mean F1 over " + ", ".join(SCORED) + " against gold, worst first."),
                               E.TABLE(E.CLASS("index"),
                                       E.THEAD(E.TR(*[E.TH(h) for h in ("notice", "id", "score", "tasks", "units", "targets")])),
                                       body))))
    return "<!DOCTYPE html>\n" + etree.tostring(page, encoding="unicode", method="html")
