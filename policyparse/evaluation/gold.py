"""Load and validate gold files (`<doc-id>.gold.yaml`, format in the annotation guide).

A gold file says what a careful reader finds in one notice. Validation is strict:
an unknown key or a wrong shape is a `GoldError` naming the file and the entry, so a
typo in a gold file never turns silently into a wrong score. A key that is absent
(e.g. no `targets:`) means "not annotated": the scorer skips that field for that file.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Metadata

GOLD_SUFFIX = ".gold.yaml"
ROLES = ("lead", "responsible", "cooperating")
LAYOUTS = ("bracket", "lines", "table", "heading", "prose")
COMPARATORS = (">=", "<=", ">", "<", "=", "~", "range")

_TOP_KEYS = {"doc", "metadata", "sections", "tasks", "targets", "layouts"}
_TASK_KEYS = {"title", "deadlines", "optional", *ROLES}
_TARGET_KEYS = {"task", "text", "value", "value_max", "unit", "cmp", "year", "optional", "metric", "direction"}
_METADATA_KEYS = set(Metadata.model_fields)
_LIST_METADATA = {"recipients", "attachments"}


class GoldError(ValueError):
    """A gold file that does not follow the annotation guide's format."""


@dataclass(frozen=True)
class GoldTask:
    title: str
    units: dict[str, tuple[str, ...]]
    """Role -> unit names; a role the file leaves out is an empty tuple."""
    deadlines: tuple[int, ...] | None
    """Years, or None when the entry has no `deadlines:` key."""
    optional: bool = False
    has_units: bool = False
    """True when the entry names at least one role key (annotated for units)."""


@dataclass(frozen=True)
class GoldTarget:
    task: str | None
    text: str
    value: float
    value_max: float | None
    unit: str | None
    cmp: str
    year: int | None
    optional: bool = False


@dataclass
class GoldDoc:
    doc: str
    path: Path
    metadata: dict[str, Any] | None = None
    """Only the keys the file gives; values are str, list[str], dict or None."""
    sections: list[tuple[int, str, str]] | None = None
    tasks: list[GoldTask] | None = None
    targets: list[GoldTarget] | None = None
    layouts: tuple[str, ...] | None = None
    units_annotated: bool = False
    deadlines_annotated: bool = False


def gold_id(path: Path) -> str:
    return path.name[: -len(GOLD_SUFFIX)]


def find_gold_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.is_file() and p.name.endswith(GOLD_SUFFIX))


def load_gold(path: str | Path) -> GoldDoc:
    """Read and validate one gold file; raise `GoldError` naming the file and entry."""
    import yaml  # the gold format is YAML; only evaluation needs it

    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise GoldError(f"{path}: not valid YAML: {exc}") from exc
    return _Validator(path).document(raw)


class _Validator:
    def __init__(self, path: Path):
        self.path = path

    def fail(self, where: str, message: str) -> GoldError:
        return GoldError(f"{self.path}: {where}: {message}")

    def document(self, raw: Any) -> GoldDoc:
        self.mapping(raw, _TOP_KEYS, "top level")
        doc = self.string(raw.get("doc"), "doc")
        if doc != gold_id(self.path):
            raise self.fail("doc", f"{doc!r} does not match the file name {gold_id(self.path)!r}")
        gold = GoldDoc(doc=doc, path=self.path)
        if "metadata" in raw:
            gold.metadata = self.metadata(raw["metadata"])
        if "sections" in raw:
            gold.sections = [self.section(item, i) for i, item in enumerate(self.seq(raw["sections"], "sections"), 1)]
        if "tasks" in raw:
            gold.tasks = [self.task(item, i) for i, item in enumerate(self.seq(raw["tasks"], "tasks"), 1)]
            gold.units_annotated = any(t.has_units for t in gold.tasks)
            gold.deadlines_annotated = any(t.deadlines is not None for t in gold.tasks)
        if "targets" in raw:
            gold.targets = [self.target(item, i) for i, item in enumerate(self.seq(raw["targets"], "targets"), 1)]
        if "layouts" in raw:
            layouts = [self.string(x, "layouts") for x in self.seq(raw["layouts"], "layouts")]
            unknown = [x for x in layouts if x not in LAYOUTS]
            if unknown:
                raise self.fail("layouts", f"unknown layout {unknown[0]!r} (expected one of {', '.join(LAYOUTS)})")
            gold.layouts = tuple(layouts)
        return gold

    def metadata(self, raw: Any) -> dict[str, Any]:
        self.mapping(raw, _METADATA_KEYS, "metadata")
        out: dict[str, Any] = {}
        for key, value in raw.items():
            where = f"metadata.{key}"
            if value is None:
                out[key] = None
            elif key in _LIST_METADATA:
                out[key] = [self.string(v, where) for v in self.seq(value, where)]
            elif key == "period":
                if not isinstance(value, dict) or set(value) != {"start", "end"}:
                    raise self.fail(where, "expected {start: YEAR, end: YEAR}")
                out[key] = {"start": self.year(value["start"], where), "end": self.year(value["end"], where)}
            else:
                out[key] = self.string(value, where)
        return out

    def section(self, raw: Any, i: int) -> tuple[int, str, str]:
        where = f"sections[{i}]"
        if not isinstance(raw, list) or len(raw) != 3:
            raise self.fail(where, f"expected [level, number, heading], got {raw!r}")
        level, number, heading = raw
        if not isinstance(level, int) or isinstance(level, bool) or level < 1:
            raise self.fail(where, f"level must be a positive integer, got {level!r}")
        return level, self.string(number, where), self.string(heading, where)

    def task(self, raw: Any, i: int) -> GoldTask:
        title, where = self.entry(raw, f"tasks[{i}]", "title", _TASK_KEYS)
        units = {
            role: tuple(self.string(u, f"{where}.{role}") for u in self.seq(raw.get(role) or [], f"{where}.{role}"))
            for role in ROLES
        }
        deadlines = None
        if "deadlines" in raw:
            deadlines = tuple(self.year(y, f"{where}.deadlines") for y in self.seq(raw["deadlines"] or [], f"{where}.deadlines"))
        return GoldTask(
            title=title,
            units=units,
            deadlines=deadlines,
            optional=self.flag(raw.get("optional", False), f"{where}.optional"),
            has_units=any(role in raw for role in ROLES),
        )

    def target(self, raw: Any, i: int) -> GoldTarget:
        text, where = self.entry(raw, f"targets[{i}]", "text", _TARGET_KEYS)
        cmp = raw.get("cmp")
        if cmp not in COMPARATORS:
            raise self.fail(f"{where}.cmp", f"expected one of {' '.join(COMPARATORS)}, got {cmp!r}")
        task = raw.get("task")
        unit = raw.get("unit")
        year = raw.get("year")
        value_max = raw.get("value_max")
        return GoldTarget(
            task=None if task is None else self.string(task, f"{where}.task"),
            text=text,
            value=self.number(raw.get("value"), f"{where}.value"),
            value_max=None if value_max is None else self.number(value_max, f"{where}.value_max"),
            unit=None if unit is None else self.string(unit, f"{where}.unit"),
            cmp=cmp,
            year=None if year is None else self.year(year, f"{where}.year"),
            optional=self.flag(raw.get("optional", False), f"{where}.optional"),
        )

    # -- shapes ---------------------------------------------------------------

    def mapping(self, raw: Any, allowed: set[str], where: str) -> None:
        if not isinstance(raw, dict):
            raise self.fail(where, f"expected a mapping, got {_kind(raw)}")
        self.keys(raw, allowed, where)

    def entry(self, raw: Any, where: str, label: str, allowed: set[str]) -> tuple[str, str]:
        """A list entry that is a mapping named by its `label` key: (label, where-with-label)."""
        if not isinstance(raw, dict):
            raise self.fail(where, f"expected a mapping, got {_kind(raw)}")
        name = self.string(raw.get(label), f"{where}.{label}")
        where = f"{where} ({name})"
        self.keys(raw, allowed, where)
        return name, where

    def keys(self, raw: dict, allowed: set[str], where: str) -> None:
        unknown = sorted(str(k) for k in raw if k not in allowed)
        if unknown:
            raise self.fail(where, f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")

    def seq(self, raw: Any, where: str) -> list:
        if not isinstance(raw, list):
            raise self.fail(where, f"expected a list, got {_kind(raw)}")
        return raw

    def string(self, raw: Any, where: str) -> str:
        # YAML reads unquoted 2025-05-20 as a date and unquoted 1 as an int: take them as written.
        if isinstance(raw, _dt.date):
            return raw.isoformat()
        if isinstance(raw, bool) or raw is None or isinstance(raw, (list, dict)):
            raise self.fail(where, f"expected a string, got {_kind(raw)}")
        text = str(raw)
        if not text.strip():
            raise self.fail(where, "empty string")
        return text

    def number(self, raw: Any, where: str) -> float:
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            raise self.fail(where, f"expected a number, got {raw!r}")
        return float(raw)

    def year(self, raw: Any, where: str) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int) or not 1900 <= raw <= 2200:
            raise self.fail(where, f"expected a year, got {raw!r}")
        return raw

    def flag(self, raw: Any, where: str) -> bool:
        if not isinstance(raw, bool):
            raise self.fail(where, f"expected true or false, got {raw!r}")
        return raw


def _kind(raw: Any) -> str:
    return "nothing" if raw is None else type(raw).__name__
