"""Run a pattern only near the places a cheap search says it could match.

Patterns that open with optional words or with a wide alternation (到2020年底前, 一、/(一)/1.)
have no literal prefix, so `finditer` tries them at every character of the text. When every
match holds a short, fixed "anchor" (年, 月, a digit or a numeral) close to its start, searching
for the anchor first and trying the full pattern only just before each hit gives the same
matches at a fraction of the cost.
"""

from __future__ import annotations

import re
from typing import Iterator


def anchored_finditer(pattern: re.Pattern, anchor: re.Pattern, reach: int, text: str, start: int = 0, end: int | None = None, lead: frozenset[str] | None = None) -> Iterator[re.Match]:
    """Exactly what `pattern.finditer(text, start, end)` yields, when every match of `pattern`
    holds a hit of `anchor` starting at most `reach` characters after the match's own start.

    Positions are tried in the same order as finditer tries them, but only those within `reach`
    before an anchor hit: no match can start anywhere else. `lead`, when given, holds every
    character a match can have before its first anchor hit (the words before a year): a match
    cannot start before a character outside it, so only the run of `lead` characters right
    before the hit is tried (most hits: one or two positions instead of `reach`).
    """
    end = len(text) if end is None else end
    pos = start
    if reach == 0:  # matches start at the anchor: one try per hit (the common case, kept lean)
        while (hit := anchor.search(text, pos, end)) is not None:
            at = hit.start()
            match = pattern.match(text, at, end)
            if match:
                yield match
            pos = max(match.end(), at + 1) if match else at + 1
        return
    while (hit := anchor.search(text, pos, end)) is not None:
        first = max(pos, hit.start() - reach)
        if lead is not None:
            first = _lead_start(text, first, hit.start(), lead)
        for at in range(first, hit.start() + 1):
            match = pattern.match(text, at, end)
            if match:
                yield match
                pos = max(match.end(), at + 1)
                break
        else:
            pos = hit.start() + 1


def _lead_start(text: str, floor: int, at: int, lead: frozenset[str]) -> int:
    """The first position from `floor` on where text[position:at] is all `lead` characters."""
    while at > floor and text[at - 1] in lead:
        at -= 1
    return at


def finditer_from_first(pattern, anchor: str | re.Pattern, reach: int, text: str, start: int = 0, end: int | None = None) -> Iterator:
    """Exactly what `pattern.finditer(text, start, end)` yields, when every match holds the
    literal `anchor` (or a hit of the pattern `anchor`) at most `reach` characters after its
    start: the scan starts `reach` before the first anchor, and a text without one is not
    scanned at all (a pattern that opens with optional words is tried at every character)."""
    end = len(text) if end is None else end
    if isinstance(anchor, str):
        first = text.find(anchor, start, end)
    else:
        hit = anchor.search(text, start, end)
        first = -1 if hit is None else hit.start()
    if first < 0:
        return iter(())
    return pattern.finditer(text, max(start, first - reach), end)


def finditer_after_space(pattern: re.Pattern, anchor: re.Pattern, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
    """Exactly what `pattern.finditer(text, start, end)` yields, when every match of `pattern`
    is a run of whitespace (\\s*, maybe empty) and then a hit of `anchor` (which opens with no
    whitespace), and no match can start inside a whitespace run (the pattern opens with a
    lookbehind for a character that is not whitespace: 。 before `\\s*附件:`).

    Each anchor hit is then tried once, where the whitespace before it starts: the only place a
    match through it can start.
    """
    end = len(text) if end is None else end
    pos = start
    while (hit := anchor.search(text, pos, end)) is not None:
        at = hit.start()
        while at > pos and text[at - 1].isspace():  # str.isspace is re's \s for str patterns
            at -= 1
        match = pattern.match(text, at, end)
        if match:
            yield match
        pos = match.end() if match else hit.start() + 1
