"""Item-by-item comparison with a gold file, for colouring the review page.

Uses the scorer's keys (docs/evaluation.md): tasks by folded title, units by
(task title, role, name), targets by folded text in document order. Optional gold
entries are neither missed nor do they make a parser item "extra".
"""

from __future__ import annotations

from collections import defaultdict

from ..evaluation.gold import ROLES, GoldDoc
from ..model import Document
from ..text.normalize import fold
from .page import Verdicts


def _pair(verdicts: Verdicts, kind: str, expected: list[tuple], optional: set, actual: list[tuple[str, tuple]],
          describe) -> None:
    """Mark each actual (item_id, key) as match/extra and list unmatched expected keys as missed."""
    pool: dict[tuple, int] = defaultdict(int)
    for key in expected:
        pool[key] += 1
    counts = {"match": 0, "extra": 0, "missed": 0}
    for item_id, key in actual:
        if pool.get(key, 0) > 0:
            pool[key] -= 1
            verdicts.by_id[item_id] = "match"
            counts["match"] += 1
        elif key not in optional:
            verdicts.by_id[item_id] = "extra"
            counts["extra"] += 1
    for key, left in pool.items():
        for _ in range(left):
            verdicts.missed.append((kind, describe(key)))
            counts["missed"] += 1
    verdicts.counts[kind] = counts


def compare(doc: Document, gold: GoldDoc) -> Verdicts:
    """What the parser and the gold file agree on, and where they differ."""
    verdicts = Verdicts()
    titles = {t.id: fold(t.title) for t in doc.tasks}
    if gold.tasks is not None:
        required = [g for g in gold.tasks if not g.optional]
        optional_titles = {fold(g.title) for g in gold.tasks if g.optional}
        _pair(verdicts, "tasks", [fold(g.title) for g in required], optional_titles,
              [(t.id, titles[t.id]) for t in doc.tasks], lambda k: k)
        if gold.units_annotated:
            expected = [(fold(g.title), role, fold(u)) for g in required for role in ROLES for u in g.units[role]]
            actual = [(f"{t.id}.u{i}", (titles[t.id], u.role, fold(u.name))) for t in doc.tasks
                      for i, u in enumerate(t.units) if titles[t.id] not in optional_titles]
            _pair(verdicts, "units", expected, set(), actual, lambda k: f"{k[2]} ({k[1]}) in 「{k[0]}」")
    if gold.targets is not None:
        expected = [fold(g.text) for g in gold.targets if not g.optional]
        optional = {fold(g.text) for g in gold.targets if g.optional}
        _pair(verdicts, "targets", expected, optional, [(t.id, fold(t.text)) for t in doc.targets], lambda k: k)
    return verdicts
