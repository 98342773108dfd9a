"""Stage: link — tie each target to the task and the innermost section it stands in.

Links are by span containment only: a target belongs to the task whose span holds its
span, and to the deepest section whose span holds it. Lookups bisect on span starts and
climb `parent` links, so linking stays linear in the number of targets.
"""

from __future__ import annotations

import bisect
from typing import Sequence

from ..model import Section, Task
from ..pipeline import Draft, Span


def find(draft: Draft) -> None:
    tasks = SpanIndex(draft.tasks)
    sections = SpanIndex(draft.sections)
    for target in draft.targets:
        task = tasks.holding(target.span)
        section = sections.holding(target.span)
        target.task = task.id if task else None
        target.section = section.id if section else None


class SpanIndex:
    """Tasks or sections by span start: which one holds a span, innermost first."""

    def __init__(self, items: Sequence[Task | Section]):
        self.items = sorted(items, key=lambda item: (item.span[0], -item.span[1]))
        self.starts = [item.span[0] for item in self.items]
        # Only the items that are a parent are looked up by id (memory: a dense notice's peak), and
        # only a section has one (tasks do not nest: their index keeps an empty dict)
        parents = {item.parent for item in self.items if isinstance(item, Section)}
        self.by_id = {item.id: item for item in self.items if item.id in parents} if parents else {}

    def holding(self, span: Span) -> Task | Section | None:
        """The innermost item whose span holds `span`. The nearest item starting at or before
        it either holds it or lies inside the one that does, so climbing `parent` finds it
        (sections form a tree; tasks do not nest, so for them the nearest is the only try)."""
        start, end = span
        i = bisect.bisect_right(self.starts, start) - 1
        item = self.items[i] if i >= 0 else None
        for _ in range(64):  # deeper than any real heading tree
            if item is None:
                return None
            if item.span[0] <= start and end <= item.span[1]:
                return item
            item = self.by_id.get(getattr(item, "parent", None) or "")
        return None
