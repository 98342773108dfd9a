"""Stage: units. Give every task its organisations and their roles.

The layout rules live in policyparse/units/ (bracket, lines, table, heading, prose: each
name is the contract's `Unit.source`). This stage runs them over each task's text, adds
what applies from outside the task (a unit heading above it, a division-of-work table, a
list carried by 不再列出), keeps each unit's strongest role, and puts a labelled block that
heads a part (责任分工) on that section's `units`.
"""

from __future__ import annotations

from ..pipeline import Draft
from ..units import assign, lists


def find(draft: Draft) -> None:
    assign.assign_units(draft)
    lists.forget_lists_read()
