"""Compare parsed documents with gold files: per-field counts, P/R/F1, target accuracies.

The matching rules are written down in docs/evaluation.md; in short, every string is
compared by `fold` (normalised, whitespace removed), structures are compared as
multisets of keys, gold entries marked `optional` count neither way, and a gold key
that is absent means the field was not annotated for that document.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Hashable, Iterable

from ..api import INPUT_SUFFIXES as RAW_SUFFIXES
from ..errors import ParseError
from ..model import Document, Target, Task
from ..text.normalize import fold
from .gold import ROLES, GoldDoc, find_gold_files, gold_id, load_gold

SCORED_METADATA = (
    "title", "doc_number", "issuer", "signed_date", "recipients",
    "index_number", "published_date", "enclosed_title", "doc_type", "attachments", "period",
)  # fmt: skip
TARGET_CHECKS = ("cmp", "year", "value", "unit", "task")

Parser = Callable[[Path], Document]


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    # Nothing predicted and nothing expected is perfect; nothing predicted but something
    # expected is precision 0 (so a parser that finds nothing never scores well).
    @property
    def precision(self) -> float:
        found = self.tp + self.fp
        return self.tp / found if found else (1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        expected = self.tp + self.fn
        return self.tp / expected if expected else (1.0 if self.fp == 0 else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}  # fmt: skip


@dataclass
class Accuracy:
    """How many matched pairs got one attribute right."""

    right: int = 0
    total: int = 0

    def __iadd__(self, other: "Accuracy") -> "Accuracy":
        self.right += other.right
        self.total += other.total
        return self

    @property
    def share(self) -> float | None:
        return self.right / self.total if self.total else None

    def to_dict(self) -> dict:
        share = self.share
        return {"accuracy": None if share is None else round(share, 4), "right": self.right, "total": self.total}


@dataclass
class DocReport:
    id: str
    path: str | None
    fields: dict[str, Counts] = field(default_factory=dict)
    accuracies: dict[str, Accuracy] = field(default_factory=dict)
    layouts: tuple[str, ...] | None = None
    error: str | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "path": self.path,
            "error": self.error,
            "layouts": None if self.layouts is None else list(self.layouts),
            "fields": {name: c.to_dict() for name, c in self.fields.items()},
            "accuracies": {name: a.to_dict() for name, a in self.accuracies.items()},
        }


@dataclass
class Report:
    """Scores over a corpus: summed counts per field and the per-document breakdown."""

    corpus: str
    fields: dict[str, Counts] = field(default_factory=dict)
    accuracies: dict[str, Accuracy] = field(default_factory=dict)
    documents: list[DocReport] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def f1(self, name: str) -> float:
        return self.fields[name].f1

    def to_dict(self) -> dict:
        return {
            "corpus": self.corpus,
            "documents_scored": len(self.documents),
            "fields": {name: c.to_dict() for name, c in self.fields.items()},
            "accuracies": {name: a.to_dict() for name, a in self.accuracies.items()},
            "documents": [d.to_dict() for d in self.documents],
            "warnings": list(self.warnings),
        }


# -- corpus ---------------------------------------------------------------------


def score_corpus(path: str | os.PathLike, *, doc: str | None = None, parser: Parser | None = None) -> Report:
    """Parse every raw file in `path` that has a gold file beside it and score it.

    `doc` limits scoring to one document id; `parser` (default `policyparse.parse_file`)
    is there so that tests can score fixed documents. Raises `GoldError` for an invalid
    gold file and `FileNotFoundError` for a missing folder or unknown `doc`.
    """
    directory = Path(path)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: not a directory")
    if parser is None:
        from ..api import parse_file as parser
    report = Report(corpus=str(directory))
    gold_files = find_gold_files(directory)
    if doc is not None:
        gold_files = [p for p in gold_files if gold_id(p) == doc]
        if not gold_files:
            raise FileNotFoundError(f"{directory}: no gold file for document {doc!r}")
    for gold_path in gold_files:
        gold = load_gold(gold_path)
        raw = raw_file_for(directory, gold.doc)
        if raw is None:
            report.warnings.append(f"{gold_path.name}: no raw file {gold.doc}{{{','.join(RAW_SUFFIXES)}}} beside it")
            continue
        try:
            parsed = parser(raw)
            error = None
        except ParseError as exc:
            parsed, error = None, f"{type(exc).__name__}: {exc}"
        except Exception as exc:  # a stage's bug must not stop scoring the rest of the corpus
            parsed, error = None, f"internal error {type(exc).__name__}: {exc}"
        doc_report = score_document(gold, parsed)
        doc_report.path, doc_report.error = str(raw), error
        report.documents.append(doc_report)
    _sum_into(report)
    return report


def raw_file_for(directory: Path, doc_id: str) -> Path | None:
    for suffix in RAW_SUFFIXES:
        candidate = directory / f"{doc_id}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def _sum_into(report: Report) -> None:
    """Corpus rows are sums over documents; each layout row sums the units of its documents."""
    for d in report.documents:
        for name, counts in d.fields.items():
            total = report.fields.setdefault(name, Counts())
            total += counts
        for name, acc in d.accuracies.items():
            shares = report.accuracies.setdefault(name, Accuracy())
            shares += acc
        if "units" in d.fields:
            for layout in d.layouts or ():
                total = report.fields.setdefault(f"units.layout.{layout}", Counts())
                total += d.fields["units"]
    report.fields = dict(sorted(report.fields.items(), key=lambda kv: _field_order(kv[0])))


def _field_order(name: str) -> tuple[int, int, str]:
    """Report order: metadata in contract order, then structure, units by role then layout."""
    head, _, rest = name.partition(".")
    heads = ("metadata", "sections", "tasks", "units", "deadlines", "targets")
    rank = heads.index(head) if head in heads else len(heads)
    if head == "metadata":
        return rank, SCORED_METADATA.index(rest) if rest in SCORED_METADATA else len(SCORED_METADATA), rest
    if head == "units" and rest:
        sub = ROLES.index(rest) if rest in ROLES else len(ROLES)
        return rank, 1 + sub, rest
    return rank, 0, rest


# -- one document ---------------------------------------------------------------


def score_document(gold: GoldDoc, parsed: Document | None) -> DocReport:
    """Score one parsed document (None when it failed to parse) against its gold."""
    report = DocReport(id=gold.doc, path=None, layouts=gold.layouts)
    tasks = parsed.tasks if parsed else []
    if gold.metadata is not None:
        for key, expected in gold.metadata.items():
            if key in SCORED_METADATA:
                actual = getattr(parsed.metadata, key) if parsed else None
                report.fields[f"metadata.{key}"] = score_metadata_value(expected, actual)
    if gold.sections is not None:
        expected = [(level, fold(number), fold(heading)) for level, number, heading in gold.sections]
        actual = [(s.level, fold(s.number), fold(s.heading)) for s in (parsed.sections if parsed else [])]
        report.fields["sections"] = match_multisets(expected, actual)
    if gold.tasks is not None:
        required = [fold(t.title) for t in gold.tasks if not t.optional]
        optional = [fold(t.title) for t in gold.tasks if t.optional]
        report.fields["tasks"] = match_multisets(required, [fold(t.title) for t in tasks], optional)
        skip_titles = set(optional) - set(required)
        if gold.units_annotated:
            _score_units(report, gold, tasks, skip_titles)
        if gold.deadlines_annotated:
            expected = {(fold(t.title), y) for t in gold.tasks if not t.optional for y in t.deadlines or ()}
            actual = {(title, year) for title, year in _deadline_years(tasks) if title not in skip_titles}
            report.fields["deadlines"] = match_multisets(sorted(expected), sorted(actual))
    if gold.targets is not None:
        counts, accuracies = score_targets(gold.targets, parsed.targets if parsed else [], tasks)
        report.fields["targets"] = counts
        report.accuracies.update(accuracies)
    return report


def score_metadata_value(expected, actual) -> Counts:
    """TP when equal; FN when gold has a value the parser missed or got wrong; FP when the
    parser gives a value gold does not have or gets it wrong (a wrong value is both)."""
    expected, actual = _metadata_key(expected), _metadata_key(actual)
    if expected is not None and expected == actual:
        return Counts(tp=1)
    return Counts(fn=int(expected is not None), fp=int(actual is not None))


def _metadata_key(value):
    if value is None:
        return None
    if isinstance(value, (list, tuple)):  # recipients, attachments: compared as sets
        return frozenset(fold(v) for v in value) or None
    if isinstance(value, dict):
        return (value["start"], value["end"])
    if hasattr(value, "start") and hasattr(value, "end"):  # Period
        return (value.start, value.end)
    return fold(str(value)) or None


def match_multisets(expected: Iterable[Hashable], actual: Iterable[Hashable], optional: Iterable[Hashable] = ()) -> Counts:
    """Count matches between two multisets; actual items that match an optional item count neither way."""
    want, got = Counter(expected), Counter(actual)
    tp = sum((want & got).values())
    unmatched = got - want
    fp = sum((unmatched - Counter(optional)).values())
    return Counts(tp=tp, fp=fp, fn=sum((want - got).values()))


def _score_units(report: DocReport, gold: GoldDoc, tasks: list[Task], skip_titles: set[str]) -> None:
    expected = [(fold(t.title), role, fold(u)) for t in gold.tasks if not t.optional for role in ROLES for u in t.units[role]]
    actual = [
        (title, u.role, fold(u.name))
        for t in tasks
        if (title := fold(t.title)) not in skip_titles
        for u in t.units
    ]
    report.fields["units"] = match_multisets(expected, actual)
    for role in ROLES:
        report.fields[f"units.{role}"] = match_multisets([e for e in expected if e[1] == role], [a for a in actual if a[1] == role])


def _deadline_years(tasks: list[Task]) -> Iterable[tuple[str, int]]:
    for t in tasks:
        for d in t.deadlines:
            if d.date and d.date[:4].isdigit():
                yield fold(t.title), int(d.date[:4])


def score_targets(gold_targets, parsed_targets: list[Target], tasks: list[Task]) -> tuple[Counts, dict[str, Accuracy]]:
    """Match gold to parsed targets by folded text, greedily in document order, one to one,
    then check each matched pair's cmp, year, value, unit and task link."""
    titles = {t.id: fold(t.title) for t in tasks}
    used = [False] * len(parsed_targets)
    parsed_keys = [fold(t.text) for t in parsed_targets]
    counts = Counts()
    accuracies = {f"targets.{check}": Accuracy() for check in TARGET_CHECKS}
    for g in gold_targets:
        key = fold(g.text)
        hit = next((i for i, k in enumerate(parsed_keys) if not used[i] and k == key), None)
        if hit is not None:
            used[hit] = True
        if g.optional:
            continue
        if hit is None:
            counts.fn += 1
            continue
        counts.tp += 1
        p = parsed_targets[hit]
        link = titles.get(p.task) if p.task else None
        checks = {
            "cmp": p.cmp == g.cmp,
            "year": p.year == g.year,
            "value": _same_number(p.value, g.value) and _same_number(p.value_max, g.value_max),
            "unit": fold(p.unit or "") == fold(g.unit or ""),
            "task": link == (fold(g.task) if g.task is not None else None),
        }
        for check, right in checks.items():
            accuracies[f"targets.{check}"] += Accuracy(right=int(right), total=1)
    counts.fp = used.count(False)
    # Parsed targets consumed by optional gold entries are neither TP nor FP.
    return counts, accuracies


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)



