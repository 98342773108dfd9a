"""Stage: tasks (placeholder, being built)."""

from __future__ import annotations

from ..pipeline import Draft


def find(draft: Draft) -> None:
    return None
