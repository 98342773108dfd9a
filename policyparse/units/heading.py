"""Rule `heading`: a section whose heading is a unit makes it responsible for its items.

    (四)省发展改革委:主要负责……
    (一)市财政局:负责……
    (一)市发展改革委、市财政局:负责……

The units stand literally in the heading; a heading that is a list of units (and nothing
else) makes each of them responsible. Among
siblings that are mostly such unit headings, an item whose heading opens with a unit and
runs on without a colon ((二十)X部队根据…担负…) names that unit too.
"""

from __future__ import annotations

import regex

from ..model import Section
from ..text.orgs import is_unit_name
from .lists import Found, read_list

# Where lists.read_list may cut a text into several items: its separators (;。, 、/ and
# spaces), its joiners (和/及/以及/与/会同) and 等.
_LIST_SEPARATOR = regex.compile(r"[;。,、/\s和及与等]|会同")

MIN_DUTY_SIBLINGS = 3
"""How many unit-heading siblings make a list of duty blocks."""
MAX_OPENING_UNIT = 24


def _heading_units(text: str, s: Section) -> list[Found]:
    """The units a heading consists of (one name, or a list of names), ended by a colon or the line."""
    heading = s.heading.strip()
    if not heading or s.heading_span is None or text[s.heading_span[1] : s.heading_span[1] + 1] not in (":", "\n", ""):
        return []
    start = s.heading_span[0] + s.heading.index(heading)
    if is_unit_name(heading):
        return [Found(heading, "responsible", None, "heading", (start, start + len(heading)))]
    if not _LIST_SEPARATOR.search(heading):
        return []  # read_list splits only at these: without one the heading is one piece, not a list
    units = read_list(heading, start, "responsible", None, "heading", whole=True)
    # read_list takes a labelled value's words for names: here each must look like a unit
    return units if len(units) > 1 and all(is_unit_name(f.name) for f in units) else []


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
