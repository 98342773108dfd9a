"""Scoring the parser against gold files: `score_corpus(path) -> Report`.

Importing this package loads no YAML; `load_gold` imports pyyaml when it runs.
"""

from __future__ import annotations

from .gold import GoldDoc, GoldError, load_gold
from .report import render_json, render_text
from .score import Accuracy, Counts, DocReport, Report, score_corpus, score_document

__all__ = [
    "Accuracy", "Counts", "DocReport", "GoldDoc", "GoldError", "Report",
    "load_gold", "render_json", "render_text", "score_corpus", "score_document",
]  # fmt: skip
