"""A cache for facts computed once per document text (line starts, sentence ends …).

`functools.lru_cache` keyed on the text is wrong here: when an equal text comes back as a
new object (the same notice parsed twice, a duplicate in a batch), every lookup compares
the two strings in full, which turns a per-line lookup into quadratic work. This cache
matches the text by identity, so a lookup costs O(1) whatever the text's length.
"""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

R = TypeVar("R")

SLOTS = 4  # a few texts: the document and the odd sub-text a stage builds

_ALL_SLOTS: list[list] = []


def forget_all() -> None:
    """Drop every cached fact: called when a document is done, so it is not kept alive."""
    for slots in _ALL_SLOTS:
        slots.clear()


def per_text(fn: Callable[..., R]) -> Callable[..., R]:
    """Cache `fn(text, *args)` for the last few text objects, matched by identity."""
    slots: list[tuple[str, tuple, R]] = []
    _ALL_SLOTS.append(slots)

    @functools.wraps(fn)
    def cached(text: str, *args) -> R:
        for seen, seen_args, result in tuple(slots):
            if seen is text and seen_args == args:
                return result
        result = fn(text, *args)
        slots.insert(0, (text, args, result))
        del slots[SLOTS:]
        return result

    cached.forget = slots.clear  # type: ignore[attr-defined]  # for a fact no later stage needs
    return cached
