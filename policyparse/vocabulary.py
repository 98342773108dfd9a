"""Reading the vocabulary files in policyparse/data/ (their format: data/README.md).

One entry a line; blank lines and lines starting with '#' are skipped; two-column files
separate the columns with a tab. Each file is read once, on first use, never at import time.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of data file `name`, in file order, each stripped of surrounding whitespace."""
    text = resources.files("policyparse.data").joinpath(name).read_text(encoding="utf-8")
    stripped = (line.strip() for line in text.splitlines())
    return tuple(line for line in stripped if line and not line.startswith("#"))


def rows(name: str) -> list[list[str]]:
    """The entries of a tab-separated data file, split into their columns."""
    return [entry.split("\t") for entry in entries(name)]


def pairs(name: str) -> dict[str, str]:
    """First column -> second column ('' when the entry has one) of a two-column data file."""
    out: dict[str, str] = {}
    for entry in entries(name):
        key, _, value = entry.partition("\t")
        out[key.strip()] = value.strip()
    return out


class PartName(NamedTuple):
    """A part name of framing_parts.txt / work_parts.txt / background_parts.txt, its marks read:
    `$` it must end the caption (发展基础, not 发展基础设施), `^` it must open it, `+` it counts
    only after a year opening the caption (2024年工作总结)."""

    word: str
    must_end: bool
    must_open: bool
    after_year: bool


@cache
def part_names(name: str) -> tuple[PartName, ...]:
    """The entries of a part-name file with their marks read, in file order."""
    return tuple(
        PartName(entry.strip("^$+"), entry.endswith("$"), entry.startswith("^"), entry.startswith("+"))
        for entry in entries(name)
    )
