"""Spans of a text turned to spaces, every other character where it was."""

from __future__ import annotations


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with every span (in any order, overlapping or not) turned to spaces: positions found
    in the result are positions in `text`, so readers of the blanked text keep exact spans."""
    parts, at = [], 0
    for start, end in sorted(spans):
        start = max(start, at)  # a span inside or across one already blanked
        if start >= end:
            continue
        parts += [text[at:start], " " * (end - start)]
        at = end
    return "".join(parts) + text[at:] if parts else text
