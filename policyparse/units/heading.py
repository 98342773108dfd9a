"""Rule `heading`: a section whose heading is a unit makes it responsible for its items.

    (四)省发展改革委:主要负责……
    (一)市财政局:负责……

The unit stands literally in the heading, so its span is the heading's span. Among
siblings that are mostly such unit headings, an item whose heading opens with a unit and
runs on without a colon ((二十)X部队根据…担负…) names that unit too.
"""

from __future__ import annotations

from ..model import Section
from ..text.orgs import is_unit_name
from .lists import Found

MIN_DUTY_SIBLINGS = 3
"""How many unit-heading siblings make a list of duty blocks."""
MAX_OPENING_UNIT = 24


def _is_unit_heading(text: str, s: Section) -> bool:
    heading = s.heading.strip()
    if not heading or s.heading_span is None or not is_unit_name(heading):
        return False
    after = text[s.heading_span[1] : s.heading_span[1] + 1]
    return after in (":", "\n", "")


def _opening_unit(heading: str) -> str | None:
    """The longest unit name that opens `heading`, if any."""
    for n in range(min(len(heading) - 1, MAX_OPENING_UNIT), 1, -1):
        if is_unit_name(heading[:n]):
            return heading[:n]
    return None


def unit_sections(text: str, sections: list[Section]) -> dict[str, Found]:
    """Section id -> the unit its heading names."""
    out: dict[str, Found] = {}
    siblings: dict[str | None, list[Section]] = {}
    for s in sections:
        siblings.setdefault(s.parent, []).append(s)
        if _is_unit_heading(text, s):
            out[s.id] = Found(s.heading.strip(), "responsible", None, "heading", tuple(s.heading_span))
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
                out[s.id] = Found(name, "responsible", None, "heading", (start, start + len(name)))
    return out
