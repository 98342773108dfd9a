"""The evaluation gate: the parser's scores on corpus/ may not fall below the pinned floors.

tests/floors.json pins, per field, the lowest F1 (and, for targets, the lowest share of
matched targets with the right cmp / year / value / unit / task) that the corpus must
reach. Floors are raised when scores improve and never lowered silently: lowering one
needs a note in the commit saying which change costs what, and why that is acceptable.
Pin them from `policyparse eval corpus --json`, rounded down to 0.01.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_support import corpus_report as report

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "tests" / "floors.json").read_text(encoding="utf-8"))


def test_every_gold_file_is_scored_and_every_document_parses():
    scored = {d.id for d in report().documents}
    gold = {p.name[: -len(".gold.yaml")] for p in (ROOT / "corpus").glob("*.gold.yaml")}
    assert scored == gold, f"gold without a raw file: {sorted(gold - scored)}; warnings: {report().warnings}"
    failed = {d.id: d.error for d in report().documents if d.error}
    assert not failed, failed
    assert len(scored) >= FLOORS["min_documents"]


@pytest.mark.parametrize("field", sorted(FLOORS["f1"]))
def test_field_f1_at_or_above_floor(field):
    fields = report().fields
    assert field in fields, f"{field} no longer scored (fields: {sorted(fields)})"
    f1 = fields[field].f1
    assert f1 >= FLOORS["f1"][field], f"{field}: F1 {f1:.4f} fell below the floor {FLOORS['f1'][field]} ({fields[field]})"


@pytest.mark.parametrize("check", sorted(FLOORS["accuracy"]))
def test_target_accuracy_at_or_above_floor(check):
    accuracy = report().accuracies[check]
    share = accuracy.share or 0.0  # no matched targets at all counts as 0
    assert share >= FLOORS["accuracy"][check], f"{check}: {share:.4f} fell below {FLOORS['accuracy'][check]} ({accuracy})"
