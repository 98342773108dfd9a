"""Rule `bracket`: units in a bracket after a task's sentences.

〔牵头单位:市发改委;责任单位:各县(市、区)政府〕, (责任单位:A牵头,B、C等部门分工负责),
(A、B负责), (A牵头,B、C配合), in round, square, 〔〕 or 【】 brackets. Several brackets in
one task each name units for the sentences before them; the task gets their union.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from ..text.orgs import is_unit_name
from . import vocab
from ..text.patterns import PAGE_NUMBER
from .lists import (
    MAX_WRAPS, Found, carry_levels, first_takes, read_list_in, split_items, split_outside_brackets, without_breaks,
)

_PAIRS = {"(": ")", "〔": "〕", "[": "]", "【": "】"}
_MAX_BRACKET = 800
_BRACKET_OR_LINE_END = regex.compile(r"[\n(〔\[【)〕\]】]")
# A bracket that names units ends its list with a role verb or carries a role label.
_HAS_VERB = regex.compile(r"牵[\n ]?头|配[\n ]?合|参[\n ]?与|负[\n ]?责|落[\n ]?实|[主承协][\n ]?办|负其责|指[\n ]?导")  # 牵⏎头 / 牵 头: broken by a hard wrap, or where flat OCR text had one
# (主办:X;协办:Y) of an event notice names units as (牵头:A;配合:B) does; 各负其责 is a 负责;
# (X指导,Y实施): 指导 gives X no role, but the bracket names Y as the one that carries the work out
FIRST_IS_LEAD = regex.compile(
    r"(?:列|排)在?(?:第一位|首位)的?(?:者|部门|单位)?为牵头|第一个?(?:责任)?(?:部门|单位)为牵头|排名第一的(?:部门|单位)?为牵头"
    r"|牵头(?:单位|部门)(?:列|排)在?(?:第一|首)位?"  # 牵头单位列第一位: the same note, the other way round
)
# A page number that flat OCR text keeps where a page ended (各 — 4 — 市、县(区)人民政府): never
# part of a bracket's list.
_PAGE_MARK = regex.compile(rf"[ \t]+{PAGE_NUMBER}[ \t]+")  # spaced: not 2024-6-30
# Words every first-is-lead note holds one of: a cheap test before FIRST_IS_LEAD.
_NOTE_HINTS = ("为牵头", "牵头单位列", "牵头部门列", "牵头单位排", "牵头部门排")


def may_note_lead(text: str, start: int = 0) -> bool:
    """Could text[start:] hold a first-is-lead note? (a few finds, no pattern)"""
    return any(text.find(hint, start) >= 0 for hint in _NOTE_HINTS)


@dataclass(frozen=True)
class Bracket:
    start: int  # position of the opener
    end: int  # position after the closer
    units: tuple[Found, ...]


def bracket_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost balanced brackets in text[start:end] that stay on one line, or run over a
    few line ends that no sentence closes (a fixed-width export's hard wrap).

    One pass with a stack (linear in the text): an unclosed opener is dropped at a line end
    after 。 or after MAX_WRAPS line ends, or at a closer of another kind, so the brackets
    inside it still count.
    """
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    wraps = 0  # line ends the open brackets have crossed (a hard wrap: (市发展改革委、市财⏎政局负责))
    line_start = start
    for mark in _BRACKET_OR_LINE_END.finditer(text, start, end):  # skip the plain text in C
        i, ch = mark.start(), mark.group()
        if ch == "\n":
            blank, line_start = not text[line_start:i].strip(), i + 1
            if stack and blank and wraps:
                continue  # the blank lines of a page end inside a bracket (its page number blanked out)
            if stack and wraps < MAX_WRAPS and i > 0 and text[i - 1] != "。":
                wraps += 1
            else:
                stack.clear()
                wraps = 0
        elif ch in _PAIRS:
            stack.append((_PAIRS[ch], i))
        elif ch in ")〕]】":
            while stack and stack[-1][0] != ch:
                stack.pop()  # openers left open inside this bracket
            if stack:
                _, at = stack.pop()
                if i + 1 - at <= _MAX_BRACKET:
                    pairs.append((at, i + 1))
                wraps = wraps if stack else 0
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
    if "—" in inner or "-" in inner or "－" in inner:
        bare = _PAGE_MARK.sub("", inner)
        if bare != inner:  # the units' places in the page are lost with the page number
            return tuple(replace(f, span=None) for f in read_bracket(bare.join("()"), 0, len(bare) + 2, first_is_lead))
    labels = labels_in(inner)
    if not labels and not _HAS_VERB.search(inner):
        if first_is_lead:  # under 列第一位者为牵头单位, a bracket of nothing but unit names is the item's
            found = read_list_in(text, inner, inner_start, "responsible", None, "bracket", first_is_lead=True, whole=True)
            return tuple(found) if all(is_unit_name(f.name) for f in found) else ()
        if inner.endswith("实施"):  # (各县(市、区)人民政府组织实施): nothing but units before it, who carry it out
            found = read_list_in(text, inner, inner_start, None, None, "bracket", whole=True)
            return tuple(found) if found and all(is_unit_name(f.name) for f in found) else ()
        return ()  # most brackets: a number (一), a level word (市), an abbreviation
    lead_note = first_is_lead or (may_note_lead(inner) and bool(FIRST_IS_LEAD.search(inner)))
    if labels:  # text before the first label (此项工作牵头单位:…) names no unit
        return tuple(read_labelled(text, inner_start, inner, labels, lead_note, "bracket"))
    found = read_list_in(text, inner, inner_start, None, None, "bracket", first_is_lead=lead_note)
    if "负责" in inner or "牵头" in inner:
        found = _with_work_clauses(text, inner, inner_start, found)
    return tuple(found)


# A clause of a bracket whose role verb comes before its work ((市民政局负责统筹,各县(市、区)具体落实),
# (市民政局牵头,市财政局负责资金保障)): the units before the verb, the verb, a few plain words.
_VERB_WITH_WORK = regex.compile(r"(?:负责|牵头)\p{Han}{1,12}")
# (市住房城乡建设局负责指导,各区具体实施): 指导 as the work itself, no one after it to carry it out
# (not A负责指导B落实, where 指导 governs B)
_GUIDANCE_WORK = regex.compile(r"(?:统筹|组织|业务|技术|政策)?指导(?:[、和]?(?:监督|督促|协调|推进|服务|检查|把关))*")


def _with_work_clauses(text: str, inner: str, at: int, found: list[Found]) -> list[Found]:
    """`found` (a bracket's list as read) with the units of its clauses that name their work
    after the role verb: each clause with its own role word gives its units."""
    extra: list[Found] = []
    for clause, c_at in split_outside_brackets(inner, ",;。"):
        verb = min((i for i in (clause.find("负责"), clause.find("牵头")) if i > 0), default=-1)
        if verb < 0 or not _VERB_WITH_WORK.fullmatch(clause, verb) or (
                _HAS_VERB.search(clause, verb + 2) and not _GUIDANCE_WORK.fullmatch(clause, verb + 2)) or (
                "的" in clause[verb + 2 :]):  # (市财政局负责的资金按原渠道拨付): 负责的 picks out a noun
            continue  # no work after the verb, or a verb of its own closes it (A负责指导B落实)
        by = 1 if clause.startswith("由") else 0  # (由A负责指导,B具体实施): 由 stands before the units
        pieces = split_items(clause[by:verb])  # named bodies only: 列第一位者为牵头单位 is a note
        if not pieces or not all(is_unit_name(name.strip()) for name, _ in pieces):
            continue
        extra.extend(read_list_in(text, clause[by : verb + 2], at + c_at + by, None, None, "bracket"))
    if not extra:
        return found
    have = {f.name for f in found}
    merged = sorted([*found, *(f for f in extra if f.name not in have)], key=lambda f: f.span or (at, at))
    return carry_levels(merged) if len(merged) > len(found) else found


def read_labelled(
    text: str, at: int, inner: str, labels: list[tuple[int, int, str]], lead_note: bool, source: str
) -> list[Found]:
    """The units of the labelled lists in `inner` (standing in `text` at `at`): a bracket's,
    or a table cell's (牵头单位:A;配合单位:B under a 责任单位 header)."""
    out: list[Found] = []
    for i, (_, label_end, label) in enumerate(labels):
        value_end = labels[i + 1][0] if i + 1 < len(labels) else len(inner)
        role = vocab.label_role(label)
        if role not in vocab.UNIT_ROLES:
            continue
        value = inner[label_end:value_end]
        out.extend(read_value(text, value, at + label_end, label, source, lead_note))
    return carry_levels(out)


def read_value(
    text: str, value: str, at: int, label: str, source: str, lead_note: bool, role: str | None = None
) -> list[Found]:
    """The units of one label's value, in the label's role (or `role`, where the caller settled it):
    a two-role label (牵头/配合单位) gives its first unit the first role; a label joined to a person or
    time label (责任单位及完成时限) keeps only the unit names of its value."""
    pair = vocab.two_roles(label)
    role = pair[1] if pair else (role or vocab.label_role(label))
    found = read_list_in(text, value, at, role, label, source, first_is_lead=lead_note and role == "responsible")
    if pair:
        found = first_takes(found, *pair)
    if vocab.mixed_value(label):
        found = [f for f in found if is_unit_name(f.name)]
    return found  # 牵头单位:省教育厅;配合单位:人社厅 -> 省人社厅


def labels_in(inner: str) -> list[tuple[int, int, str]]:
    """(start, end, label as written) of the role labels in a bracket's text. A bracket that a
    hard wrap runs over two lines may break a label too ((责任⏎单位:…)), and flat OCR text
    leaves a space where that line ended ((责任 单位:…)): its labels are read with the line
    end or space taken out, at their places in the bracket's own text."""
    if "\n" not in inner and " " not in inner:
        return [(m.start(), m.end(), m.group("label")) for m in vocab.iter_labels(inner)]
    joined, at = without_breaks(inner)
    return [(at[m.start()], at[m.end() - 1] + 1, m.group("label")) for m in vocab.iter_labels(joined)]


def lead_note_scope(text: str, start: int) -> tuple[int, int] | None:
    """Where a first-is-lead note holds: (from, to) positions of the brackets it covers.

    Inside a bracket that names units it holds for that bracket, and with 下同 for every
    later one; in a bracket that says nothing else (under a table's title) it holds from
    there on; a note standing on its own (a 说明 before or after the plan) holds for the
    whole document.
    """
    if not may_note_lead(text, start):
        return None  # most documents need no scan with the full pattern
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
