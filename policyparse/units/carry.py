"""Lists that hold for later tasks too: "以下各项任务均由各县(市、区)政府负责落实,不再列出".

The units such a note names are carried, in their role, into every task that starts after
the note inside the part that holds it (and into the task holding it); a note inside an item
that says 以下/下同 covers the rest of the item's numbered list, on through later parts that
continue its numbering. A carried unit has
no span: the contract gives spans only to names standing in the task's own text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

from ..model import Section, Task
from ..text.orgs import is_unit_name
from ..text.patterns import cn_numeral_value
from ..text import wraps
from . import vocab
from .lists import ROLE_RANK, Found, read_list

_NOTE = regex.compile(r"不再(?:一一)?列出|不再(?:单独)?列明|不再重复列出")
_SENTENCE_START = regex.compile(r"[。;\n]")
# 由X负责落实; 均需X落实 (以下任务均需各县(市、区)政府落实,不再列出)
_LIST_BEFORE_VERB = regex.compile(r"(?:由|需)(?P<list>[^。;:]{2,120}?)(?:负责|牵头|落实|承担)")
_MAX_SENTENCE = 200
# X为各项任务的责任主体,以下不再列出: the list before 为/是, after the bracket or comma that opens it.
_SUBJECT_LABEL = regex.compile(r"(?:为|是)[^。;:,为是]{0,12}?(?:责任主体|实施主体|责任单位)")


def _named_subject(sentence: str, at: int) -> list[Found]:
    """The units of a note that names them as the subject of a role label (X为…责任主体)."""
    m = _SUBJECT_LABEL.search(sentence)
    if not m:
        return []
    start = _list_start(sentence, m.start())
    found = read_list(sentence[start : m.start()], at + start, "responsible", None, "bracket", whole=True)
    return found if found and all(is_unit_name(f.name) for f in found) else []


def _list_start(sentence: str, end: int) -> int:
    """Where the list that ends at `end` begins: after the open bracket or the comma before it
    (the brackets of 各县(市、区) are the list's own)."""
    depth = 0
    for i in range(end - 1, -1, -1):
        ch = sentence[i]
        if ch == ")":
            depth += 1
        elif ch == "(" and depth:
            depth -= 1
        elif ch in "(," and not depth:
            return i + 1
    return 0


_LATER = regex.compile(r"以下|下同|后同")  # a note that speaks of the items after its own


@dataclass(frozen=True, slots=True)
class Note:
    """A carry note: where it stands, the units it names, and whether it speaks of the items
    after its own (以下/下同/后同)."""

    at: int
    units: list[Found]
    later: bool


def notes(text: str, start: int, end: int) -> list[Note]:
    """Every carry note in text[start:end]."""
    out = []
    for m in _NOTE.finditer(text, start, end):
        lo = max(start, m.start() - _MAX_SENTENCE)
        s_start = lo
        inner = wraps.inner_newlines(text) if "\n" in text[lo : m.start()] else frozenset()
        for b in _SENTENCE_START.finditer(text, lo, m.start()):
            if b.start() not in inner:  # a PDF export's hard wrap (…均需各⏎地区落实) ends no sentence
                s_start = b.end()
        sentence = text[s_start : m.start()]
        found: list[Found] = []
        for lm in _LIST_BEFORE_VERB.finditer(sentence):
            verb_end = lm.end()
            found.extend(read_list(sentence[lm.start("list") : verb_end], s_start + lm.start("list"), None, None, "bracket"))
        if not found:
            found = _named_subject(sentence, s_start)
        if found:
            units = [Found(f.name, f.role, f.label, f.source, None) for f in found]
            out.append(Note(m.start(), units, _LATER.search(text, s_start, min(end, m.end() + 4)) is not None))
    out.extend(_same_below(text, start, end))
    return sorted(out, key=lambda n: n.at)


_MAX_VALUE = 120


def _same_below(text: str, start: int, end: int) -> list[Note]:
    """A labelled list that ends in 下同 ((责任单位:各县(市、区)政府,下同)) holds for the later
    items too. Only a role label's value of unit names counts: (以下简称X,下同) and a
    first-is-lead note name none."""
    out = []
    pos = text.find("下同", start, end)
    while pos >= 0:
        lo = max(start, pos - _MAX_VALUE, text.rfind("\n", start, pos) + 1)
        labels = [lm for lm in vocab.iter_labels(text, lo, pos) if vocab.label_role(lm.group("label")) in ROLE_RANK]
        if labels:
            label = labels[-1].group("label")
            value_at = labels[-1].end()
            found = read_list(text[value_at:pos], value_at, vocab.label_role(label), label, "bracket", whole=True)
        else:
            found = _duty_clause(text, lo, pos)
        if found and all(is_unit_name(f.name) for f in found):
            out.append(Note(pos, [Found(f.name, f.role, f.label, f.source, None) for f in found], True))
        pos = text.find("下同", pos + 2, end)
    return out


# The clause before 下同 names units and their duty: (…按职责分工负责。地方各级人民政府负责落实,下同).
_DUTY_CLAUSE = regex.compile(r"由?(?P<list>[^。;:,()]{2,60}?)(?P<verb>负责落实|负责|落实|牵头)[,]?$")


def _duty_clause(text: str, lo: int, pos: int) -> list[Found]:
    """The units of a duty clause that ends right before `pos` (X负责落实,下同), in its verb's role."""
    clause_at = max(text.rfind(c, lo, pos) for c in "。;(,\n") + 1
    if text.startswith(",", pos - 1) and clause_at == pos:  # the comma before 下同 closes the clause itself
        clause_at = max(text.rfind(c, lo, pos - 1) for c in "。;(,\n") + 1
    m = _DUTY_CLAUSE.fullmatch(text, max(lo, clause_at), pos)
    if not m:
        return []
    role = "lead" if m["verb"] == "牵头" else "responsible"
    return read_list(m["list"], m.start("list"), role, None, "bracket", whole=True)


def scopes(note_list: list[Note], sections: list[Section]) -> list[int | None]:
    """Where each note's cover ends (None: no part holds it), worked out once for all tasks."""
    out: list[int | None] = []
    by_id = {s.id: s for s in sections}
    starts = [s.span[0] for s in sections]
    with_items = {s.parent for s in sections}
    list_ends: dict[tuple[str, int], int] = {}  # one list's end serves every note in it
    for note in note_list:
        part = _part_of(note.at, sections, starts, by_id)
        scope_end = None if part is None else part.span[1]
        if note.later and part is not None and part.parent and part.id not in with_items:
            # A note saying 以下/下同 inside an item covers the items after it in its list: to the end
            # of the item's parent part, and on through later parts whose items continue its numbering
            # ((一)…(五) under 一、, (六)… under 二、: one list across parts; a list that restarts is another).
            key = (part.parent, part.level)
            if key not in list_ends:
                list_ends[key] = _list_end(part, sections)
            scope_end = list_ends[key]
        out.append(scope_end)
    return out


def carried_each(tasks: list[Task], sections: list[Section], note_list: list[Note]) -> list[list[Found]]:
    """The units carried into each task by the notes before it in its part (or in its list: see the
    module's note), and by a note inside it. One sweep over tasks and notes in text order: a note
    enters when a task starts after it and leaves when its cover ends; notes that carry the same
    units over the same cover count once (a flat text may repeat one 下同 note in every item)."""
    ends = scopes(note_list, sections)
    out: list[list[Found]] = [[] for _ in tasks]
    active: dict[tuple, tuple[Note, int | None]] = {}
    j = 0
    for i in sorted(range(len(tasks)), key=lambda k: tasks[k].span[0]):
        start, end = tasks[i].span
        while j < len(note_list) and note_list[j].at < start:
            key = (ends[j], tuple((u.name, u.role) for u in note_list[j].units))
            active[key] = (note_list[j], ends[j])
            j += 1
        for key in [k for k, (_, scope_end) in active.items() if scope_end is not None and scope_end <= start]:
            del active[key]
        units = [u for note, _ in active.values() for u in note.units]
        k = j
        while k < len(note_list) and note_list[k].at < end:  # a note inside the task holds for it too
            units.extend(note_list[k].units)
            k += 1
        out[i] = units
    return out


def _list_end(item: Section, sections: list[Section]) -> int:
    """Where the numbered list that `item` belongs to ends: its parent part's end, or a later part's
    whose first item at the same level continues the numbers of the part before."""
    by_id = {s.id: s for s in sections}
    part = by_id[item.parent]
    parts = [s for s in sections if s.parent == part.parent and s.level == part.level]
    end = part.span[1]
    for before, after in zip(parts[parts.index(part) :], parts[parts.index(part) + 1 :]):
        last = [s for s in sections if s.parent == before.id and s.level == item.level]
        first = next((s for s in sections if s.parent == after.id and s.level == item.level), None)
        if not last or first is None or _value(first.number) != (_value(last[-1].number) or -1) + 1:
            break
        end = after.span[1]
    return end


def _value(number: str) -> int | None:
    """一 / (十二) / 3 as a number, else None."""
    bare = number.strip("()")
    return int(bare) if bare.isdigit() else cn_numeral_value(bare)


def _part_of(pos: int, sections: list[Section], starts: list[int], by_id: dict[str, Section]) -> Section | None:
    """The innermost section whose span holds `pos`: the last to start at or before it, or the
    nearest of its parents that holds it (sections nest, in text order)."""
    i = bisect_right(starts, pos) - 1
    section = sections[i] if i >= 0 else None
    while section is not None and not section.span[0] <= pos < section.span[1]:
        section = by_id.get(section.parent) if section.parent else None
    return section
