"""Run the layout rules for every task and section of a draft and fill in their units."""

from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from ..model import Section, Task, Unit
from ..pipeline import Draft
from ..text import wraps
from ..text.orgs import is_unit_name
from ..text.spans import blanked
from ..text.textcache import per_text
from . import bracket, carry, heading, lines, prose, table, vocab
from .canonical import canonical, declared, kind, spelled_out
from .lists import Found, admin_prefix
from .merge import name_key, strongest

# An unnumbered duty line of a 职责分工 list: "省发展改革委负责……".
# Two or more units may share the line (市发展改革委、市财政局:负责……); a tab may stand before the duty.
_DUTY_LINE = regex.compile(r"\s{0,4}(?P<unit>[^\s,。:;、]{2,30}?)(?P<more>(?:、[^\s,。:;、]{2,30}?){0,5})\t?(?:负责|:)")


def assign_units(draft: Draft) -> None:
    text = _without_page_furniture(draft.text)
    body_start = draft.body[0] if draft.body else 0
    note_at = bracket.lead_note_scope(text, body_start)
    unit_headings = heading.unit_sections(text, draft.sections)
    parents = {s.id: s.parent for s in draft.sections}
    carry_notes = carry.notes(text, body_start, len(text))
    carried = carry.carried_each(draft.tasks, draft.sections, carry_notes)

    for task, carried_units in zip(draft.tasks, carried):
        found = task_units(text, task, note_at)
        found.extend(_heading_units(task, unit_headings, parents))
        found.extend(carried_units)
        task.units = to_units(text, strongest(found)) if found else task.units

    table.apply(draft, note_at)
    _section_blocks(draft)
    for task in draft.tasks:  # table rows may have added units: keep one role per name
        if task.units and (units := _dedupe(task.units)) is not task.units:
            task.units = units


def _without_page_furniture(text: str) -> str:
    """`text` with the page numbers and running headers of a PDF export blanked out (spaces, so
    every place stays where it was): a unit bracket broken by a page end reads as one wrap."""
    spans = wraps.furniture(text)  # found once per text, by the boilerplate stage first
    if not spans:
        return text
    # A wrap across a page end (各⏎— 2 —⏎header⏎市、县(区)人民政府) is blanked whole, its line end
    # too: blanked lines around it would read as a paragraph's end to prose lists.
    starts = [start for start, _ in spans]
    crossing = [(newline, resume) for newline, resume in wraps.wraps_between(text, 0, len(text))
                if bisect.bisect_left(starts, newline) < len(starts) and starts[bisect.bisect_left(starts, newline)] < resume]
    return blanked(text, spans + crossing)  # a crossing wrap holds its page's furniture


def task_units(text: str, task: Task, note_at: tuple[int, int] | None) -> list[Found]:
    """Units the task's own text names: brackets, labelled lines, prose."""
    start, end = task.span
    brackets = bracket.find(text, start, end, note_at)
    found: list[Found] = [u for b in brackets for u in b.units]
    skip = [(b.start, b.end) for b in brackets]
    labels = list(vocab.iter_labels(text, start, end))  # read once for both lines readers
    found.extend(lines.find(text, start, end, skip, note_at, labels))
    found.extend(prose.find(text, start, end, skip + lines.value_spans(text, start, end, labels)))
    if task.section is None:
        found.extend(_duty_line(text, task))
    return _own_places(text, found, start, end)


# The place a notice's own government names (东江 of 东江市人民政府): a body named after it
# (东江大学附属医院, 东江军分区) is whole as written, never the elided level's (市东江…).
_GOVERNMENT = regex.compile(r"(?<![\p{Han}])(?!各|全|本|该)\p{Han}{2,4}?(?=[省市县区州旗盟]人民政府)")


@per_text
def _notice_places(text: str) -> tuple[str, ...]:
    return tuple({m.group() for m in _GOVERNMENT.finditer(text, 0, min(len(text), 2000))})


def _own_places(text: str, found: list[Found], start: int, end: int) -> list[Found]:
    """Units whose restored level stands before the notice's own place name, as written."""
    if all(f.span for f in found) or not (places := _notice_places(text)):
        return found  # no name restored (most tasks), or no government named at the head
    out = []
    for f in found:
        level = admin_prefix(f.name) if f.span is None else None
        if level and f.name.startswith(places, len(level)):
            written = f.name[len(level):]
            at = text.find(written, start, end)
            if at >= 0:
                f = Found(written, f.role, f.label, f.source, (at, at + len(written)))
        out.append(f)
    return out


def _duty_line(text: str, task: Task) -> list[Found]:
    """A task with no number that opens with 'X负责' or 'X:' (a 职责分工 line): X is responsible."""
    m = _DUTY_LINE.match(text, task.span[0], task.span[1])
    if not m or not is_unit_name(m.group("unit")):
        return []
    found = [Found(m.group("unit"), "responsible", None, "heading", (m.start("unit"), m.end("unit")))]
    at = m.start("more")
    for name in m.group("more").split("、")[1:]:
        at += 1  # the 、 before it
        if not is_unit_name(name):
            return found[:1]
        found.append(Found(name, "responsible", None, "heading", (at, at + len(name))))
        at += len(name)
    return found


def _heading_units(task: Task, unit_headings: dict[str, list[Found]], parents: dict[str, str | None]) -> list[Found]:
    out = []
    sid = parents.get(task.section) if task.section else None
    if task.section in unit_headings:
        sid = task.section
    seen = set()
    while sid and sid not in seen:
        seen.add(sid)
        if sid in unit_headings:
            out.extend(unit_headings[sid])
        sid = parents.get(sid)
    return out


def _section_blocks(draft: Draft) -> None:
    """A labelled block between a part's heading and its first item goes on the part."""
    task_sections = {t.section for t in draft.tasks}
    children: dict[str, list[Section]] = {}
    for s in draft.sections:
        if s.parent:
            children.setdefault(s.parent, []).append(s)
    for s in draft.sections:
        kids = children.get(s.id)
        if not kids or s.id in task_sections or s.heading_span is None:
            continue
        start, end = s.heading_span[0], kids[0].span[0]  # the heading's own bracket too: (一)推进工作(牵头单位:X)
        brackets = bracket.find(draft.text, start, end, None)
        found = [u for b in brackets for u in b.units]
        found.extend(lines.find(draft.text, start, end, [(b.start, b.end) for b in brackets]))
        if found:
            s.units = to_units(draft.text, strongest(found))


def to_units(text: str, found: list[Found]) -> list[Unit]:
    out = []
    short_names = declared(text) | spelled_out(text)
    for f in found:
        span = f.span if f.span and text[f.span[0] : f.span[1]] == f.name else None
        common = canonical(f.name)  # cached: one object for every unit of that name (memory)
        named = common
        common = short_names.get(common, common)  # 市发改委 declared as 东江市发展和改革委员会's short name
        out.append(
            Unit(
                name=named if named == f.name else f.name,
                canonical=common,
                role=f.role,
                label=_one_label(f.label) if f.label else None,
                source=f.source,
                kind=kind(f.name),
                span=span,
            )
        )
    return out


@lru_cache(maxsize=256)
def _one_label(label: str) -> str:
    """One object per label as written (牵头单位 on every unit of a long plan); labels are few."""
    return label


def _dedupe(units: list[Unit]) -> list[Unit]:
    if len({name_key(u.name) for u in units}) == len(units):
        return units  # no name twice (most tasks): strongest() would return the same list
    found = [Found(u.name, u.role, u.label, u.source, u.span) for u in units]
    keep = {id(f): u for f, u in zip(found, units)}
    return [keep[id(f)] for f in strongest(found)]
