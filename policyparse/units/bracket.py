"""Rule `bracket`: units in a bracket after a task's sentences.

〔牵头单位:市发改委;责任单位:各县(市、区)政府〕, (责任单位:A牵头,B、C等部门分工负责),
(A、B负责), (A牵头,B、C配合), in round, square, 〔〕 or 【】 brackets. Several brackets in
one task each name units for the sentences before them; the task gets their union.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..text.orgs import is_unit_name
from . import vocab
from .lists import Found, read_list_in

_PAIRS = {"(": ")", "〔": "〕", "[": "]", "【": "】"}
_MAX_BRACKET = 800
_BRACKET_OR_LINE_END = regex.compile(r"[\n(〔\[【)〕\]】]")
# A bracket that names units ends its list with a role verb or carries a role label.
_HAS_VERB = regex.compile(r"牵头|配合|参与|负责|落实")
FIRST_IS_LEAD = regex.compile(
    r"(?:列|排)在?(?:第一位|首位)的?(?:者|部门|单位)?为牵头|第一个?(?:责任)?(?:部门|单位)为牵头|排名第一的(?:部门|单位)?为牵头"
)


@dataclass(frozen=True)
class Bracket:
    start: int  # position of the opener
    end: int  # position after the closer
    units: tuple[Found, ...]


def bracket_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost balanced brackets in text[start:end] that stay on one line.

    One pass with a stack (linear in the text): an unclosed opener is dropped at the line
    end or at a closer of another kind, so the brackets inside it still count.
    """
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for mark in _BRACKET_OR_LINE_END.finditer(text, start, end):  # skip the plain text in C
        i, ch = mark.start(), mark.group()
        if ch == "\n":
            stack.clear()
        elif ch in _PAIRS:
            stack.append((_PAIRS[ch], i))
        elif ch in ")〕]】":
            while stack and stack[-1][0] != ch:
                stack.pop()  # openers left open inside this bracket
            if stack:
                _, at = stack.pop()
                if i + 1 - at <= _MAX_BRACKET:
                    pairs.append((at, i + 1))
    pairs.sort()
    out: list[tuple[int, int]] = []
    for pair in pairs:
        if out and pair[0] < out[-1][1]:
            continue  # inside the previous outermost bracket
        out.append(pair)
    return out


def read_bracket(text: str, start: int, end: int, first_is_lead: bool) -> tuple[Found, ...]:
    """Units named in the bracket text[start:end] (opener and closer included)."""
    inner_start, inner_end = start + 1, end - 1
    inner = text[inner_start:inner_end]
    labels = list(vocab.iter_labels(inner))
    if not labels and not _HAS_VERB.search(inner):
        if first_is_lead:  # under 列第一位者为牵头单位, a bracket of nothing but unit names is the item's
            found = read_list_in(text, inner, inner_start, "responsible", None, "bracket", first_is_lead=True, whole=True)
            return tuple(found) if all(is_unit_name(f.name) for f in found) else ()
        return ()  # most brackets: a number (一), a level word (市), an abbreviation
    lead_note = first_is_lead or ("为牵头" in inner and bool(FIRST_IS_LEAD.search(inner)))  # every note says 为牵头
    if labels:  # text before the first label (此项工作牵头单位:…) names no unit
        out: list[Found] = []
        for i, m in enumerate(labels):
            value_end = labels[i + 1].start() if i + 1 < len(labels) else len(inner)
            label = m.group("label")
            role = vocab.label_role(label)
            if role not in ("lead", "responsible", "cooperating"):
                continue
            value = inner[m.end() : value_end]
            out.extend(
                read_list_in(
                    text, value, inner_start + m.end(), role, label, "bracket", first_is_lead=lead_note and role == "responsible"
                )
            )
        return tuple(out)
    return tuple(read_list_in(text, inner, inner_start, None, None, "bracket", first_is_lead=lead_note))


def lead_note_scope(text: str, start: int) -> tuple[int, int] | None:
    """Where a first-is-lead note holds: (from, to) positions of the brackets it covers.

    Inside a bracket that names units it holds for that bracket, and with 下同 for every
    later one; in a bracket that says nothing else (under a table's title) it holds from
    there on; a note standing on its own (a 说明 before or after the plan) holds for the
    whole document.
    """
    if text.find("为牵头", start) < 0:
        return None  # every note says 为牵头: most documents need no scan with the full pattern
    note = FIRST_IS_LEAD.search(text, start)
    if note is None:
        return None
    line_start = text.rfind("\n", 0, note.start()) + 1
    line_end = text.find("\n", note.end())
    line_end = len(text) if line_end < 0 else line_end
    for b_start, b_end in bracket_spans(text, line_start, line_end):
        if b_start < note.start() < b_end:
            if not read_bracket(text, b_start, b_end, False):
                return (b_start, len(text))
            return (b_start, len(text) if "下同" in text[b_start:b_end] else b_end)
    return (0, len(text))


def find(text: str, start: int, end: int, lead_note: tuple[int, int] | None) -> list[Bracket]:
    """Unit brackets in text[start:end]; `lead_note` is the scope of a first-is-lead note."""
    out: list[Bracket] = []
    for b_start, b_end in bracket_spans(text, start, end):
        first_is_lead = lead_note is not None and lead_note[0] <= b_start < lead_note[1]
        units = read_bracket(text, b_start, b_end, first_is_lead)
        if units:
            out.append(Bracket(b_start, b_end, units))
    return out
