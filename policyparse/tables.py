"""A parsed document as linked rows: the research-dataset view of the contract.

Six tables join on `document_id` plus the item ids of the JSON (`s3`, `t2`, `g7`):

    documents   one row a document (metadata flattened)
    sections    document_id, id, parent_id, level, number, heading, start, end
    tasks       document_id, id, section_id, number, title, text, start, end
    task_units  document_id, task_id, seq, name, canonical, role, label, source, kind
                (section-level units have task_id null and section_id set)
    targets     document_id, id, task_id, section_id, text, value, ..., year
    deadlines   document_id, task_id, seq, text, date, recurring

plus `errors` for inputs that could not be parsed. `COLUMNS` fixes the column order and
SQL types, so that SQLite, CSV and Parquet writers all agree.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .model import Document

Row = dict[str, Any]

# table -> [(column, sqlite type)], in output order.
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("id", "TEXT"), ("path", "TEXT"), ("format", "TEXT"), ("encoding", "TEXT"), ("sha256", "TEXT"),
        ("parser_version", "TEXT"), ("schema_version", "TEXT"),
        ("title", "TEXT"), ("doc_number", "TEXT"), ("index_number", "TEXT"), ("issuer", "TEXT"),
        ("recipients", "TEXT"), ("signed_date", "TEXT"), ("published_date", "TEXT"), ("doc_type", "TEXT"),
        ("enclosed_title", "TEXT"), ("period_start", "INTEGER"), ("period_end", "INTEGER"),
        ("attachments", "TEXT"), ("n_chars", "INTEGER"), ("n_sections", "INTEGER"), ("n_tasks", "INTEGER"),
        ("n_targets", "INTEGER"), ("warnings", "TEXT"),
    ],
    "sections": [
        ("document_id", "TEXT"), ("id", "TEXT"), ("parent_id", "TEXT"), ("level", "INTEGER"),
        ("number", "TEXT"), ("heading", "TEXT"), ("start", "INTEGER"), ("end", "INTEGER"),
    ],
    "tasks": [
        ("document_id", "TEXT"), ("id", "TEXT"), ("section_id", "TEXT"), ("number", "TEXT"),
        ("title", "TEXT"), ("text", "TEXT"), ("start", "INTEGER"), ("end", "INTEGER"),
    ],
    "task_units": [
        ("document_id", "TEXT"), ("task_id", "TEXT"), ("section_id", "TEXT"), ("seq", "INTEGER"),
        ("name", "TEXT"), ("canonical", "TEXT"), ("role", "TEXT"), ("label", "TEXT"),
        ("source", "TEXT"), ("kind", "TEXT"), ("start", "INTEGER"), ("end", "INTEGER"),
    ],
    "targets": [
        ("document_id", "TEXT"), ("id", "TEXT"), ("task_id", "TEXT"), ("section_id", "TEXT"),
        ("text", "TEXT"), ("value", "REAL"), ("value_max", "REAL"), ("unit", "TEXT"), ("cmp", "TEXT"),
        ("direction", "TEXT"), ("metric", "TEXT"), ("year", "INTEGER"), ("base_value", "REAL"),
        ("base_unit", "TEXT"), ("start", "INTEGER"), ("end", "INTEGER"),
    ],
    "deadlines": [
        ("document_id", "TEXT"), ("task_id", "TEXT"), ("seq", "INTEGER"), ("text", "TEXT"),
        ("date", "TEXT"), ("recurring", "TEXT"), ("start", "INTEGER"), ("end", "INTEGER"),
    ],
    "errors": [
        ("path", "TEXT"), ("sha256", "TEXT"), ("parser_version", "TEXT"), ("error_type", "TEXT"),
        ("message", "TEXT"),
    ],
}

TABLES = tuple(COLUMNS)


def _span(span: tuple[int, int] | None) -> dict[str, int | None]:
    return {"start": span[0], "end": span[1]} if span else {"start": None, "end": None}


def document_tables(doc: "Document") -> dict[str, list[Row]]:
    """All rows one document contributes, keyed by table name (no `errors` rows)."""
    m = doc.metadata
    documents = [{
        "id": doc.id, "path": doc.source.path, "format": doc.source.format, "encoding": doc.source.encoding,
        "sha256": doc.source.sha256, "parser_version": doc.parser_version, "schema_version": doc.schema_version,
        "title": m.title, "doc_number": m.doc_number, "index_number": m.index_number, "issuer": m.issuer,
        "recipients": json.dumps(m.recipients, ensure_ascii=False), "signed_date": m.signed_date,
        "published_date": m.published_date, "doc_type": m.doc_type, "enclosed_title": m.enclosed_title,
        "period_start": m.period.start if m.period else None, "period_end": m.period.end if m.period else None,
        "attachments": json.dumps(m.attachments, ensure_ascii=False), "n_chars": len(doc.text),
        "n_sections": len(doc.sections), "n_tasks": len(doc.tasks), "n_targets": len(doc.targets),
        "warnings": json.dumps(doc.warnings, ensure_ascii=False),
    }]
    sections = [
        {"document_id": doc.id, "id": s.id, "parent_id": s.parent, "level": s.level, "number": s.number,
         "heading": s.heading, **_span(s.span)}
        for s in doc.sections
    ]
    tasks = [
        {"document_id": doc.id, "id": t.id, "section_id": t.section, "number": t.number, "title": t.title,
         "text": t.text, **_span(t.span)}
        for t in doc.tasks
    ]
    units: list[Row] = []
    for owner_task, owner_section, unit_list in (
        [(None, s.id, s.units) for s in doc.sections] + [(t.id, None, t.units) for t in doc.tasks]
    ):
        for seq, u in enumerate(unit_list):
            units.append({
                "document_id": doc.id, "task_id": owner_task, "section_id": owner_section, "seq": seq,
                "name": u.name, "canonical": u.canonical, "role": u.role, "label": u.label, "source": u.source,
                "kind": u.kind, **_span(u.span),
            })
    targets = [
        {"document_id": doc.id, "id": g.id, "task_id": g.task, "section_id": g.section, "text": g.text,
         "value": g.value, "value_max": g.value_max, "unit": g.unit, "cmp": g.cmp, "direction": g.direction,
         "metric": g.metric, "year": g.year, "base_value": g.base_value, "base_unit": g.base_unit,
         **_span(g.span)}
        for g in doc.targets
    ]
    deadlines = [
        {"document_id": doc.id, "task_id": t.id, "seq": seq, "text": d.text, "date": d.date,
         "recurring": d.recurring, **_span(d.span)}
        for t in doc.tasks for seq, d in enumerate(t.deadlines)
    ]
    return {"documents": documents, "sections": sections, "tasks": tasks, "task_units": units,
            "targets": targets, "deadlines": deadlines}
