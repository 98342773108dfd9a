"""One self-contained HTML page that shows what the parser found, in the notice itself.

The notice's normalised text is laid out once; every highlight is placed by the span the
JSON gives it, so the page shows exactly what the JSON says. Elements that are not
part of the text (chips, labels, the side panels) carry the class `chrome`: removing
them gives back `Document.text` character for character.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..api import REVIEW_MARKER
from ..model import Document
from .assets import SCRIPT, STYLE

ROLE_NAMES = {"lead": "牵头 lead", "responsible": "责任 responsible", "cooperating": "配合 cooperating"}


@dataclass(frozen=True)
class Mark:
    """An inline highlight: [start, end) of the text, drawn as one element."""

    start: int
    end: int
    kind: str  # heading | target | deadline | unit
    item_id: str
    title: str
    extra_classes: tuple[str, ...] = ()


@dataclass
class Verdicts:
    """Gold comparison for one page: item id -> 'match' | 'extra', and what gold has that the parser missed."""

    by_id: dict[str, str] = field(default_factory=dict)
    missed: list[tuple[str, str]] = field(default_factory=list)  # (kind, description)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # kind -> {match, extra, missed}


def _target_title(t) -> str:
    rng = f"{t.value:g}–{t.value_max:g}" if t.value_max is not None else f"{t.value:g}"
    parts = [f"target {t.id}: {t.cmp} {rng} {t.unit or ''}".rstrip()]
    if t.metric:
        parts.append(f"metric: {t.metric}")
    if t.year:
        parts.append(f"year: {t.year}")
    if t.base_value is not None:
        parts.append(f"= {t.base_value:g} {t.base_unit or ''}".rstrip())
    return "; ".join(parts)


def marks_for(doc: Document) -> list[Mark]:
    """Every inline highlight of the document, sorted and with overlaps dropped (later ones lose)."""
    marks: list[Mark] = []
    for s in doc.sections:
        if s.heading_span:
            marks.append(Mark(*s.heading_span, "heading", s.id, f"section {s.id} · level {s.level} · {s.number}"))
    for task in doc.tasks:
        for i, d in enumerate(task.deadlines):
            when = d.date or "no date"
            marks.append(Mark(*d.span, "deadline", f"{task.id}.d{i}",
                              f"deadline: {when}" + (f" ({d.recurring})" if d.recurring else "")))
        for i, u in enumerate(task.units):
            if u.span:
                marks.append(Mark(*u.span, "unit", f"{task.id}.u{i}",
                                  f"{ROLE_NAMES[u.role]} · {u.canonical} · {u.source}", (f"role-{u.role}",)))
    for t in doc.targets:
        marks.append(Mark(*t.span, "target", t.id, _target_title(t)))
    marks.sort(key=lambda m: (m.start, -m.end))
    kept: list[Mark] = []
    for m in marks:
        if m.start < m.end and (not kept or m.start >= kept[-1].end):
            kept.append(m)
    return kept


def render(doc: Document, verdicts: Optional[Verdicts] = None) -> str:
    """The review page for `doc` as an HTML string (with gold verdicts when given)."""
    from lxml import etree
    from lxml.html import builder as E

    verdicts = verdicts or Verdicts()

    def verdict_class(item_id: str) -> list[str]:
        v = verdicts.by_id.get(item_id)
        return [f"gold-{v}"] if v else []

    def chip(unit, owner: str, index: int):
        return E.SPAN(unit.name, **{"class": " ".join(["chip", f"role-{unit.role}", *verdict_class(f"{owner}.u{index}")]),
                                   "title": f"{ROLE_NAMES[unit.role]} · {unit.canonical} · {unit.label or 'no label'} · {unit.source}",
                                   "data-role": unit.role, "data-canonical": unit.canonical})

    marks = marks_for(doc)
    blocks = sorted(((t.span[0], t.span[1], t) for t in doc.tasks), key=lambda b: b[0])

    text_root = E.DIV(E.CLASS("text"), id="text")
    cursor = 0
    mark_index = 0
    container = text_root

    def emit_text(upto: int, parent) -> None:
        """Write text from `cursor` to `upto` into `parent`, wrapping the marks that fall inside."""
        nonlocal cursor, mark_index
        while mark_index < len(marks) and marks[mark_index].start < upto:
            m = marks[mark_index]
            if m.end > upto:  # a mark across a block boundary: skip it rather than break nesting
                mark_index += 1
                continue
            _append(parent, doc.text[cursor:m.start])
            classes = ["mark", m.kind, *m.extra_classes, *verdict_class(m.item_id)]
            el = E.SPAN(doc.text[m.start:m.end], **{"class": " ".join(classes), "title": m.title,
                                                  "data-id": m.item_id, "data-start": str(m.start),
                                                  "data-end": str(m.end)})
            if m.kind == "heading":
                el.set("id", m.item_id)
            parent.append(el)
            cursor = m.end
            mark_index += 1
        _append(parent, doc.text[cursor:upto])
        cursor = upto

    for start, end, task in blocks:
        if start < cursor:
            continue  # overlapping task spans cannot nest; the JSON still has it
        emit_text(start, container)
        chips = E.DIV(E.CLASS("chips chrome"), E.SPAN(f"{task.id} · task {task.number or ''}", E.CLASS("task-label")),
                      *[chip(u, task.id, i) for i, u in enumerate(task.units)])
        block = E.DIV(chips, **{"class": " ".join(["task", *verdict_class(task.id)]), "id": task.id,
                                "data-id": task.id, "data-start": str(start), "data-end": str(end)})
        body = E.SPAN(E.CLASS("task-text"))
        block.append(body)
        emit_text(end, body)
        container.append(block)
    emit_text(len(doc.text), container)

    page = E.HTML(
        E.HEAD(E.META(charset="utf-8"), E.META(name="generator", content=REVIEW_MARKER),
               E.TITLE(f"policyparse · {doc.metadata.title or doc.id}"),
               E.STYLE(STYLE)),
        E.BODY(
            _header(E, doc, verdicts),
            E.DIV(E.CLASS("layout"),
                  E.NAV(E.CLASS("outline chrome"), E.H2("Outline"), _outline(E, doc)),
                  E.MAIN(text_root),
                  E.ASIDE(E.CLASS("side chrome"), *_side_lists(E, doc, verdicts))),
            E.SCRIPT(SCRIPT),
        ),
    )
    return "<!DOCTYPE html>\n" + etree.tostring(page, encoding="unicode", method="html")


def _append(parent, s: str) -> None:
    """Append text after the last child (lxml keeps text in .text / .tail)."""
    if not s:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + s
    else:
        parent.text = (parent.text or "") + s


def _header(E, doc: Document, verdicts: Verdicts):
    m = doc.metadata
    rows = [("title", m.title), ("发文字号 doc_number", m.doc_number), ("索引号 index_number", m.index_number),
            ("发文机关 issuer", m.issuer), ("主送 recipients", "、".join(m.recipients) or None),
            ("成文日期 signed", m.signed_date), ("发布日期 published", m.published_date), ("type", m.doc_type),
            ("enclosed plan", m.enclosed_title), ("period", f"{m.period.start}–{m.period.end}" if m.period else None),
            ("附件 attachments", "; ".join(m.attachments) or None)]
    card = E.DIV(E.CLASS("card chrome"), E.H1(m.title or doc.id),
                 E.TABLE(*[E.TR(E.TH(k), E.TD(v)) for k, v in rows if v]),
                 E.P(E.CLASS("counts"), f"{len(doc.sections)} sections · {len(doc.tasks)} tasks · "
                     f"{sum(len(t.units) for t in doc.tasks)} units · {len(doc.targets)} targets · "
                     f"{sum(len(t.deadlines) for t in doc.tasks)} deadlines · source {doc.source.format}, "
                     f"{doc.source.encoding}"),
                 _legend(E))
    if verdicts.counts:
        card.append(E.TABLE(E.CLASS("gold-summary"),
                            E.TR(E.TH("vs gold"), E.TH("both"), E.TH("parser only"), E.TH("gold only")),
                            *[E.TR(E.TH(kind), E.TD(str(c.get("match", 0)), E.CLASS("gold-match")),
                                   E.TD(str(c.get("extra", 0)), E.CLASS("gold-extra")),
                                   E.TD(str(c.get("missed", 0)), E.CLASS("gold-missed")))
                              for kind, c in verdicts.counts.items()]))
    if doc.warnings:
        card.append(E.UL(E.CLASS("warnings"), *[E.LI(w) for w in doc.warnings]))
    return card


def _legend(E):
    return E.P(E.CLASS("legend"), E.SPAN("task", E.CLASS("chip legend-task")),
               *[E.SPAN(ROLE_NAMES[r], E.CLASS(f"chip role-{r}")) for r in ROLE_NAMES],
               E.SPAN("target", E.CLASS("mark target")), E.SPAN("deadline", E.CLASS("mark deadline")),
               E.SPAN("heading", E.CLASS("mark heading")))


def _outline(E, doc: Document):
    root = E.UL()
    stack = [(0, root)]
    for s in doc.sections:
        while len(stack) > 1 and stack[-1][0] >= s.level:
            stack.pop()
        li = E.LI(E.A(f"{s.number} {s.heading}"[:60], href=f"#{s.id}"))
        stack[-1][1].append(li)
        sub = E.UL()
        li.append(sub)
        stack.append((s.level, sub))
    for ul in root.iter("ul"):
        if not len(ul) and ul.getparent() is not None:
            ul.getparent().remove(ul)
    return root


def _side_lists(E, doc: Document, verdicts: Verdicts) -> Iterable:
    tasks_by_id = {t.id: t for t in doc.tasks}
    target_rows = [E.TR(E.TD(E.A(t.text, href=f"#{t.task or 'text'}")), E.TD(t.cmp),
                        E.TD(f"{t.value:g}" + (f"–{t.value_max:g}" if t.value_max is not None else "")),
                        E.TD(t.unit or ""), E.TD(str(t.year or "")), E.TD(t.metric or ""),
                        **{"class": " ".join(["target-row", *([f"gold-{verdicts.by_id[t.id]}"]
                                                              if t.id in verdicts.by_id else [])]),
                           "data-id": t.id, "title": tasks_by_id[t.task].title if t.task in tasks_by_id else "outside any task"})
                   for t in doc.targets]
    yield E.H2(f"Targets ({len(doc.targets)})")
    yield E.TABLE(E.CLASS("targets"), E.TR(*[E.TH(h) for h in ("text", "cmp", "value", "unit", "year", "metric")]),
                  *target_rows)
    deadlines = [(t, d) for t in doc.tasks for d in t.deadlines]
    yield E.H2(f"Deadlines ({len(deadlines)})")
    yield E.UL(*[E.LI(E.A(d.text, href=f"#{t.id}"), f" → {d.date or '—'}" + (f" ({d.recurring})" if d.recurring else ""))
                 for t, d in deadlines])
    if verdicts.missed:
        yield E.H2(f"Gold only: missed by the parser ({len(verdicts.missed)})")
        yield E.UL(E.CLASS("missed"), *[E.LI(E.SPAN(kind, E.CLASS("kind")), " ", what, E.CLASS("gold-missed"))
                                        for kind, what in verdicts.missed])
