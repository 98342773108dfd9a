"""Rule `heading`: a section whose heading is a unit makes it responsible for its items.

    (四)省发展改革委:主要负责……
    (一)市财政局:负责……
    (一)市发展改革委、市财政局:负责……

The units stand literally in the heading; a heading that is a list of units (and nothing
else) makes each of them responsible. Among
siblings that are mostly such unit headings, an item whose heading opens with a unit and
runs on without a colon ((二十)X部队根据…担负…) names that unit too. A heading ended by the
line or 。 ((一)县发展改革局。负责…; (一)县财政局职责, 职责 dropped) is a unit only with a level
word, a place, 各 or a name of its own: (一)建设区域医疗中心 is a caption.
"""

from __future__ import annotations

from functools import cache

import regex

from ..model import Section
from ..text.orgs import is_unit_name
from . import vocab
from .lists import (NATIONAL_OPENINGS, Found, admin_prefix, holds_own_level, named_enterprise, person_aside, place_prefix,
                    read_list, short_name_at_end)


# Where lists.read_list may cut a text into several items: its separators (;。, 、/ and
# spaces), its joiners (和/及/以及/与/会同) and 等.
_LIST_SEPARATOR = regex.compile(r"[;。,、/\s和及与等]|会同")

# (一)县发展改革局职责 / 主要职责: the unit whose duties the items under it are.
_DUTIES = regex.compile(r"(?:主要)?(?:工作)?职责$")
# 机构/机关 with no word that makes it the bodies of a list (各, 有关, 成员 …): a kind of body (指挥机构).
_KIND_OF_BODY = regex.compile(r"^(?!.*(?:各|有关|相关|成员|所属|直属|[省市区县州]直)).*(?:机构|机关)$")
# Openings that make a body a name of its own (no level needed): 各, national and party bodies.
_OWN_NAME = regex.compile(rf"各|{NATIONAL_OPENINGS}")

# A working group's caption followed by the units that make it up (1.项目推进组:由市发改委牵头,X、Y参与。
# 负责…): the group is their joint body, the units are named with their roles (corpus call 6; the
# shandong 预案's groups, whose gold names the departments, not the group). A group block with no units
# of its own ((一)综合协调组:负责…, the fangzai gold) keeps the group responsible. The 牵头 clause is the
# body's first: a unit's duty block may name its own office or head as leading in a later clause
# ((一)县教育局:负责…整治,具体由安全股牵头,…), and the block is still the unit's (R22).
_GROUP_OF_UNITS = regex.compile(r"由?[^。\n:,;]{2,40}?牵头,")

MIN_DUTY_SIBLINGS = 3
"""How many unit-heading siblings make a list of duty blocks."""
MAX_OPENING_UNIT = 24


def _heading_units(text: str, s: Section) -> list[Found]:
    """The units a heading consists of (one name, or a list of names), ended by a colon, the line or 。."""
    heading = s.heading.strip()
    if not heading or s.heading_span is None or (after := text[s.heading_span[1] : s.heading_span[1] + 1]) not in (":", "\n", "", "。"):
        return []
    # ended by the line or 。, not a colon: a caption (建设区域医疗中心) unless a level, 各 or a name of its own says unit
    labelled = after == ":"
    if not labelled and heading[-1] not in _last_chars() and not heading.endswith("职责"):
        return []  # no unit's ending (most captions): one set test before any name test
    start = s.heading_span[0] + s.heading.index(heading)
    if heading.endswith(")") and (aside := short_name_at_end(heading) or _count_or_people(heading)):
        heading = heading[: aside.start()]  # (一)X(以下简称Y):负责…, 一、X(5项), 一、X(陈立新): the unit is X
    if heading.endswith("职责"):  # its colon labels the duties, not the unit (成员单位职责:): a qualifier is needed
        heading, labelled = _DUTIES.sub("", heading), False
    if is_unit_name(heading):
        if labelled and _GROUP_OF_UNITS.match(text, s.heading_span[1] + 1):
            return []  # 3.审批服务组:由X牵头,Y、Z组成。: the group the units it names form, no unit of its own
        if not labelled and _KIND_OF_BODY.search(heading):
            return []  # 3.2 县级指挥机构, (二)市级工作机构: a caption naming a kind of body, not one
        return [Found(heading, "responsible", None, "heading", (start, start + len(heading)))] if labelled or _qualified(heading) else []
    if not _LIST_SEPARATOR.search(heading):
        return []  # read_list splits only at these: without one the heading is one piece, not a list
    if not labelled and not _qualified(_LIST_SEPARATOR.split(heading, 1)[0]):
        return []  # the first unit has no level of its own to give the others: a caption (cheap, before read_list)
    units = read_list(heading, start, "responsible", None, "heading", whole=True)
    # read_list takes a labelled value's words for names: here each must look like a unit
    return units if len(units) > 1 and all(is_unit_name(f.name) and (labelled or _qualified(f.name)) for f in units) else []


# A bracket after a unit heading that counts the items under it (5项, 共12项): no part of the name.
_PERSON_LABELLED = regex.compile(r"\((?P<label>[^():]{2,8}):[^()]{1,20}\)$")
_ITEM_COUNT = regex.compile(r"\((?:共|计)?\d{1,3}(?:项|条)(?:任务|工作)?\)$")


def _count_or_people(heading: str) -> regex.Match | None:
    """The aside that ends a unit heading and is no part of the unit's name: a count of the items
    under it (一、区发改局(5项)), a bracket of people's names (一、区发改局(陈立新)) or of a person
    label and its people (一、区发改局(牵头区领导:某某))."""
    m = _ITEM_COUNT.search(heading)
    if m and m.start() > 0:
        return m
    labelled = _PERSON_LABELLED.search(heading)  # 一、区发改局(牵头区领导:某某)
    if labelled and labelled.start() > 0 and vocab.label_role(labelled.group("label")) == "person":
        return labelled
    return person_aside(heading)


@cache
def _last_chars() -> frozenset[str]:
    """The last characters of the organisation endings (局, 委, 府 …) and of a bracketed tail."""
    return frozenset(w[-1] for w in vocab.org_suffixes()) | {")", "〕"}


def _qualified(name: str) -> bool:
    """A level word, a place, 各, or a name of its own (东江海关, 国家…, 中共…) opens the unit."""
    return bool(_OWN_NAME.match(name) or admin_prefix(name) or place_prefix(name) or holds_own_level(name) or named_enterprise(name))


def _opening_unit(heading: str) -> str | None:
    """The longest unit name that opens `heading`, if any."""
    for n in range(min(len(heading) - 1, MAX_OPENING_UNIT), 1, -1):
        if is_unit_name(heading[:n]):
            return heading[:n]
    return None


def unit_sections(text: str, sections: list[Section]) -> dict[str, list[Found]]:
    """Section id -> the units its heading names (one or more)."""
    out: dict[str, list[Found]] = {}
    siblings: dict[str | None, list[Section]] = {}
    for s in sections:
        siblings.setdefault(s.parent, []).append(s)
        if units := _heading_units(text, s):
            out[s.id] = units
    for group in siblings.values():
        units = sum(1 for s in group if s.id in out)
        if units < MIN_DUTY_SIBLINGS or units * 2 < len(group):
            continue
        for s in group:
            if s.id in out or s.heading_span is None:
                continue
            name = _opening_unit(s.heading)
            if name:
                start = s.heading_span[0]
                out[s.id] = [Found(name, "responsible", None, "heading", (start, start + len(name)))]
    return out
