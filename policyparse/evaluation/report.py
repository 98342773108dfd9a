"""Render a scoring `Report` as a text table or as JSON."""

from __future__ import annotations

import json

from .score import Counts, Report

# The per-document table shows these fields' F1; the corpus table shows every field.
DOC_COLUMNS = ("metadata", "sections", "tasks", "units", "deadlines", "targets")


def render_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def render_text(report: Report) -> str:
    lines = [f"policyparse eval: {report.corpus} ({len(report.documents)} documents scored)", ""]
    lines.append(f"{'field':<28}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, c in report.fields.items():
        lines.append(f"{name:<28}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    if report.accuracies:
        lines += ["", f"{'matched targets':<28}{'share':>7}{'right':>7}{'of':>7}"]
        for name, a in report.accuracies.items():
            share = "n/a" if a.share is None else f"{a.share:.3f}"
            lines.append(f"{name:<28}{share:>7}{a.right:>7}{a.total:>7}")
    if report.documents:
        width = max(len(d.id) for d in report.documents) + 2
        lines += ["", "per document (F1; metadata = all metadata fields together; - = not annotated)"]
        lines.append(f"{'document':<{width}}" + "".join(f"{c:>11}" for c in DOC_COLUMNS))
        for d in report.documents:
            cells = []
            for column in DOC_COLUMNS:
                counts = _column_counts(d.fields, column)
                cells.append(f"{'-' if counts is None else format(counts.f1, '.3f'):>11}")
            line = f"{d.id:<{width}}" + "".join(cells)
            if d.error:
                line += f"  parse failed: {d.error}"
            lines.append(line)
    for warning in report.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines) + "\n"


def _column_counts(fields: dict[str, Counts], column: str) -> Counts | None:
    if column != "metadata":
        return fields.get(column)
    parts = [c for name, c in fields.items() if name.startswith("metadata.")]
    if not parts:
        return None
    total = Counts()
    for c in parts:
        total += c
    return total
