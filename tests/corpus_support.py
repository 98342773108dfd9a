"""The bundled corpus as tests see it: its folder, its gold ids, its raw files, its scores."""

from __future__ import annotations

from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
RAW_SUFFIXES = (".txt", ".html", ".htm", ".docx")


def gold_ids() -> list[str]:
    """Ids of the notices that have a gold file, sorted (usable at collection time)."""
    return sorted(p.name[: -len(".gold.yaml")] for p in CORPUS.glob("*.gold.yaml"))


def raw_file(doc: str) -> Path | None:
    """The raw notice (.txt/.html/.htm/.docx) of a gold id, or None."""
    return next((p for p in sorted(CORPUS.glob(doc + ".*")) if p.suffix in RAW_SUFFIXES), None)


@cache
def corpus_report():
    from policyparse.evaluation import score_corpus

    return score_corpus(CORPUS)


INVENTED = ROOT / "tests" / "invented"

SCORED_FIELDS = (
    "metadata.title", "metadata.doc_number", "metadata.issuer", "metadata.signed_date", "metadata.recipients",
    "metadata.index_number", "metadata.published_date", "metadata.enclosed_title", "metadata.attachments",
    "sections", "tasks", "units", "units.lead", "units.responsible", "units.cooperating", "deadlines", "targets",
)
TARGET_CHECKS = ("targets.cmp", "targets.year", "targets.value", "targets.unit", "targets.task")


def floors(lower: dict[str, float] | None = None, checks: tuple[str, ...] = SCORED_FIELDS) -> dict[str, float]:
    """1.0 for every field (or target check), but those `lower` names: a helper's floors, written
    as what falls short of perfect."""
    return {name: (lower or {}).get(name, 1.0) for name in checks} | (lower or {})


def assert_invented_floors(prefix: str, notices: int, floors: dict, accuracy_floors: dict, folder: Path) -> None:
    """Score one helper's invented notices (tests/invented/<prefix>*, copied to `folder` so that
    the others' do not count) and check every F1 and target accuracy against its floor."""
    from policyparse.evaluation import score_corpus

    mine = sorted(INVENTED.glob(prefix + "*"))
    assert len([p for p in mine if p.name.endswith(".gold.yaml")]) == notices
    for path in mine:
        (folder / path.name).write_bytes(path.read_bytes())
    report = score_corpus(folder)
    assert not report.warnings and not [d.id for d in report.documents if d.error]
    assert set(floors) <= set(report.fields) | set(SCORED_FIELDS), set(floors) - set(report.fields)
    # a field no gold file of the helper's annotates (an 索引号 only a portal page has) is not scored
    low = {f: round(report.fields[f].f1, 4) for f, floor in floors.items() if f in report.fields and report.fields[f].f1 < floor}
    assert not low, f"below the floors: {low}"
    shares = {c: report.accuracies[c].share or 0.0 for c in accuracy_floors}
    assert all(shares[c] >= floor for c, floor in accuracy_floors.items()), shares
