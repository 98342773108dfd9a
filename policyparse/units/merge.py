"""A unit named twice in one task keeps one entry, in its strongest role."""

from __future__ import annotations

from functools import lru_cache

from ..text.normalize import fold
from .lists import ROLE_RANK, Found

name_key = lru_cache(maxsize=4096)(fold)  # unit names are short and recur in every task


def strongest(found: list[Found]) -> list[Found]:
    """Order of first mention; the lead > responsible > cooperating entry wins for each name."""
    best: dict[str, Found] = {}
    order: list[str] = []
    for f in found:
        key = name_key(f.name)
        if key not in best:
            order.append(key)
            best[key] = f
        elif ROLE_RANK[f.role] > ROLE_RANK[best[key].role]:
            best[key] = f
    return [best[k] for k in order]
