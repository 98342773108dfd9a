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
