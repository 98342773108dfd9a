"""Rule `prose`: roles named in a task's running text.

- "X牵头" / "由X牵头" (lead), "X配合" and "A、B等参与" (cooperating), where X is an
  organisation named right before the verb; "A会同B牵头" makes B the lead.
- Sector bodies named without a level (组织部门, 民政部门, 公安机关; data/sector_names.txt)
  count as units where they open the clause; adverbs (密切/积极/主动) may stand before the
  verb, and a previous role clause in the sentence (X牵头抓总、Y密切配合) ends at its 、.
- A duty sentence: a unit that opens a sentence or the item, followed at once by 负责
  ("民政部门负责指导…"), is responsible.

Not roles: 会同 alone, a 负责 inside a sentence ("…设在市XX局,负责统筹…"), 配合 with the
body being helped after it ("积极配合省领导小组办公室": the subject 积极 is no unit), people
(负责人, 市领导).
"""

from __future__ import annotations

from functools import cache

import regex

from ..text.orgs import is_unit_name
from . import vocab
from .lists import Found, admin_prefix, read_list

# The verb, with adverbs that may stand between a unit and it; not the label words
# 牵头单位/配合部门 and not 牵头领导 (a person).
_VERB = regex.compile(
    r"(?:要|负责|具体|统一|共同|分别|按职责分工|按照职责分工|按职责|密切|积极|主动)?"
    r"(?P<verb>牵头|配合|(?<=等)参与)(?!单位|部门|领导|作用|责任|的)"
)
# What may stand between the previous clause and the unit list.
_CLAUSE_BREAK = regex.compile(r"[,。;:!?\n“”]")
_LEAD_IN = regex.compile(r"^(?:并由|由|请|并|要|同时|其中|此外)")
_NOT_A_ROLE = regex.compile(r"会同|协同|同|与|和|向|为|对")
_MAX_RUN = 300


def _run_before(text: str, verb_at: int, floor: int) -> tuple[str, int]:
    """The text between the previous clause break and the verb."""
    lo = max(floor, verb_at - _MAX_RUN)
    start = lo
    for m in _CLAUSE_BREAK.finditer(text, lo, verb_at):
        start = m.end()
    return text[start:verb_at], start


@cache
def _sectors() -> tuple[str, ...]:
    return tuple(vocab._lines("sector_names.txt"))


def is_sector_body(name: str) -> bool:
    """组织部门 / 民政部门 / 公安机关: a sector's bodies named without a level."""
    return bool(_SECTOR_BODY.fullmatch(name)) and name[:-2] in _sectors()


def _is_unit(name: str) -> bool:
    return is_unit_name(name) or is_sector_body(name)


# A previous role clause in the same sentence: 宣传部门牵头抓总、财政部门密切配合.
_PREVIOUS_ROLE = regex.compile(r"(?:牵头|配合|负责)[\p{Han}]{0,4}、")


def _trim_to_unit(run: str) -> int | None:
    """Where the unit list in `run` begins: after 由, or at the last level-prefixed unit."""
    m = _LEAD_IN.match(run)
    first = run.split("、", 1)[0]
    first = first[:-1] if first.endswith("等") else first
    if m:
        return m.end()
    if is_unit_name(first) and not _embedded_unit_start(first):
        return 0
    if is_sector_body(first):
        return 0
    cut = _embedded_unit_start(first)
    return cut


def _embedded_unit_start(name: str) -> int | None:
    """Start of the longest level-prefixed unit at the end of `name` (综合协调组省交通运输厅)."""
    for i in range(1, len(name) - 1):
        tail = name[i:]
        if admin_prefix(tail) and is_unit_name(tail):
            head = name[:i]
            if _NOT_A_ROLE.search(head[-2:]):
                return None
            return i
    return None


# A duty sentence: a unit opens the sentence and 负责 follows it at once
# (发展改革部门负责指导…。民政部门负责…). Sector names with 部门/机关 count here.
_DUTY_SENTENCE = regex.compile(
    r"(?:^|(?<=[。;\n]))[ \t]{0,4}(?P<unit>[\p{Han}()]{2,24}?)(?:主要|具体|统一)?负责(?!人|同志|的)"
)
# The number that opens an item: (二), 二、, 1., (3), ①.
_ITEM_NUMBER = regex.compile(r"[ \t]{0,4}(?:\(?[一二三四五六七八九十百零\d]{1,4}[)、.]|[①-⑳]|第[一二三四五六七八九十百零\d]{1,4}条)[ \t]{0,2}")
_DUTY_OPENING = regex.compile(r"(?P<unit>[\p{Han}()]{2,24}?)(?:主要|具体|统一)?负责(?!人|同志|的)")
_SECTOR_BODY = regex.compile(r"[\p{Han}]{2,10}(?:部门|机关)")


def duty_sentences(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[Found]:
    """'X负责…' where X opens a sentence or the item: X is responsible for the task."""
    out: list[Found] = []
    number = _ITEM_NUMBER.match(text, start, end)
    item_start = number.end() if number else None
    matches = list(_DUTY_SENTENCE.finditer(text, start, end))
    if item_start is not None:
        opening = _DUTY_OPENING.match(text, item_start, end)
        if opening and all(m.start("unit") != opening.start("unit") for m in matches):
            matches.insert(0, opening)
    for m in matches:
        name = m.group("unit")
        if any(s <= m.start("unit") < e for s, e in skip) or m.start("unit") == start:
            continue
        if _NOT_A_ROLE.search(name) or not (is_unit_name(name) or _SECTOR_BODY.fullmatch(name)):
            continue
        out.append(Found(name, "responsible", None, "prose", (m.start("unit"), m.end("unit"))))
    return out


def find(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[Found]:
    out: list[Found] = duty_sentences(text, start, end, skip)
    for m in _VERB.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in skip):
            continue
        floor = max([start] + [e for s, e in skip if e <= m.start()])
        run, run_at = _run_before(text, m.start(), floor)
        if "会同" in run:  # A会同B牵头: B leads; A is named in another role or not at all
            cut_at = run.rindex("会同") + 2
            run, run_at = run[cut_at:], run_at + cut_at
        previous = None
        for previous in _PREVIOUS_ROLE.finditer(run):
            pass
        if previous is not None:  # the list starts after the previous unit's role words
            run, run_at = run[previous.end():], run_at + previous.end()
        if not run:
            continue
        cut = _trim_to_unit(run)
        if cut is None:
            continue
        lst = run[cut:]
        role = "lead" if m.group("verb") == "牵头" else "cooperating"
        found = read_list(lst + m.group("verb"), run_at + cut, None, None, "prose")
        # Prose gives a role only where every name is a real unit name.
        units = [f for f in found if _is_unit(f.name)]
        if units and len(units) == len(found):
            out.extend(Found(f.name, role, None, "prose", f.span) for f in units)
    return out
