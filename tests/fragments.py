"""Helpers for tests on hand-written fragments: a small invented notice around one sentence or
task, with every span the parser gives checked against the text it points into."""

from __future__ import annotations

import re

import policyparse
from policyparse.text import wraps

PART = "一、主要任务\n"


def units_by_title(text: str) -> dict[str, list[tuple[str, str]]]:
    """Task title -> sorted (name, role) of its units. A name as written carries the span
    of its text; only a repaired name (an elided level restored) has none."""
    doc = policyparse.parse(text)
    out = {}
    for task in doc.tasks:
        for u in task.units:
            if u.span is None:
                assert u.name not in doc.text, (task.title, u.name)
            else:
                assert doc.text[u.span[0] : u.span[1]] == u.name
        out[task.title] = sorted((u.name, u.role) for u in task.units)
    return out


def only_task(text: str) -> list[tuple[str, str]]:
    """Sorted (name, role) of the units of the one task in PART + text."""
    [units] = units_by_title(PART + text).values()
    return units


def task_notice(sentence: str, head: str, tail: str):
    """The notice head + (一)推进工作。sentence + tail, its deadlines' and targets' spans checked."""
    doc = policyparse.parse(head + "(一)推进工作。" + sentence + tail)
    for task in doc.tasks:
        for d in task.deadlines:
            assert doc.text[d.span[0] : d.span[1]] == d.text
    for t in doc.targets:
        assert doc.text[t.span[0] : t.span[1]] == t.text
    return doc


def deadlines_in(doc) -> list[tuple]:
    """(text, date, recurring) of each deadline of the task 推进工作."""
    task = next(t for t in doc.tasks if t.title == "推进工作")
    return [(d.text, d.date, d.recurring) for d in task.deadlines]


def parsed_with_spans(text: str, fmt: str | None = None):
    """parse(text), checking that every section heading, task, unit and target is the slice of the
    text its span says (spans are how researchers check the output)."""
    doc = policyparse.parse(text, fmt) if fmt else policyparse.parse(text)
    for s in doc.sections:  # a PDF page end's number and running header inside a heading are none of it
        assert wraps.without_page_ends(doc.text, *s.heading_span) == s.heading
    for t in doc.tasks:
        assert doc.text[t.span[0] : t.span[1]] == t.text
        for u in t.units:
            if u.span is not None:
                assert doc.text[u.span[0] : u.span[1]] == u.name
    for g in doc.targets:
        assert doc.text[g.span[0] : g.span[1]] == g.text
    return doc


def task_titles(text: str) -> list[str]:
    """The title of each task parse(text) finds, in order (spans checked)."""
    return [t.title for t in parsed_with_spans(text).tasks]


def target_texts(text: str) -> list[str]:
    """The text of each target parse(text) finds, in order (spans checked)."""
    return [t.text for t in parsed_with_spans(text).targets]


def targets_in(doc) -> list[tuple]:
    return [(t.text, t.value, t.value_max, t.unit, t.cmp, t.year) for t in doc.targets]


def parsed_outline(text: str):
    """parse(text), checking what every section and task must hold: the heading at its span, the
    number opening the section's span (a typo's missing bracket aside), a child inside its parent, the task's text at its span."""
    doc = policyparse.parse(text)
    for s in doc.sections:
        assert wraps.without_page_ends(doc.text, *s.heading_span) == s.heading
        assert re.sub(r"\s", "", doc.text[s.span[0] : s.span[1]]).startswith(s.number.rstrip(")"))  # (二 typed for (二)
        if s.parent:
            parent = next(p for p in doc.sections if p.id == s.parent)
            assert parent.span[0] < s.span[0] and s.span[1] <= parent.span[1]
    for t in doc.tasks:
        assert doc.text[t.span[0] : t.span[1]] == t.text
    return doc


def outline(doc) -> list[tuple]:
    """(level, number, heading) of every section."""
    return [(s.level, s.number, s.heading) for s in doc.sections]


def titles(doc) -> list[str]:
    return [t.title for t in doc.tasks]


def cut_at(text: str, width: int) -> str:
    """The text as a fixed-width export (a PDF's text at 28 characters a line) gives it: every
    line longer than `width` cut into lines of `width` characters, its indent counted."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)
