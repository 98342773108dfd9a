"""The output contract: what one parsed notice looks like.

These models are the single source of truth for the JSON that policyparse emits.
`python -m policyparse.schema` turns them into `schemas/document.schema.json`;
the attribute docstrings below become the schema's descriptions.

All lists are flat and in document order; items refer to each other by `id`.
A span is `[start, end)` in code points into `Document.text`.
"""

from __future__ import annotations

import sys
from functools import cache, lru_cache
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Span = tuple[int, int]
Role = Literal["lead", "responsible", "cooperating"]
UnitSource = Literal["bracket", "lines", "table", "heading", "prose"]
Recurrence = Literal["yearly", "half-yearly", "quarterly", "monthly"]
Comparator = Literal[">=", "<=", ">", "<", "=", "~", "range"]


# pydantic gives every instance its own `set` of the fields it was given (728 bytes for a
# Unit, more than its values); a notice holds hundreds of items with a handful of distinct
# sets, so instances share one set per distinct content, never changing a shared one.
_SHARED_FIELD_SETS: dict[frozenset[str], set[str]] = {}


def _shared_field_set(fields: set[str]) -> set[str]:
    return _SHARED_FIELD_SETS.setdefault(frozenset(fields), fields)


@lru_cache(maxsize=8192)
def item_id(prefix: str, number: int) -> str:
    """s1, t12, g3: one string object per id across the notices of a process (memory: a notice
    holds hundreds of items, and every notice numbers its items from 1)."""
    return f"{prefix}{number}"


@lru_cache(maxsize=4096)
def item_number(number: str) -> str:
    """一, (二), 3, 第四章: one string object per section number as written, across the notices of a
    process (memory: every notice numbers its parts with the same few dozen numbers)."""
    return number


@cache
def _values_template(model: type) -> dict | None:
    """A dict of `model`'s field names whose copies share its key table, or None.

    pydantic gives each instance a dict of its own: a hash table of every field name and value,
    272 bytes for a Unit's 7 fields, 464 for a Target's 14, more than most of their values. The
    instances of an ordinary class instead share one table of names and keep only their values
    (PEP 412: 128 bytes for a Unit), and so does a copy of such an instance's dict: the template
    is the dict of an instance of a helper class with `model`'s fields, and each model's own
    dict is swapped for a copy holding its values (`StrictModel.model_post_init`). CPython
    (3.11) reserves room for 30 names in the values of a class's first instances and one less
    in each later one, so the template comes from the 32nd helper instance. Where the
    interpreter shares no keys this way, or a copy is no smaller, None: pydantic's dict stays.
    Output, equality, copies and pickling are unchanged: a dict is a dict.
    """
    holder_class = type(f"_{model.__name__}Values", (), {})
    for _ in range(32):
        holder = holder_class()
        for name in model.model_fields:
            setattr(holder, name, None)
    template = holder.__dict__
    return template if sys.getsizeof(template.copy()) < sys.getsizeof(dict(template)) else None


class StrictModel(BaseModel):
    """Base for every contract model: unknown fields are errors, docstrings document fields."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True, validate_assignment=False)

    def model_post_init(self, context: Any, /) -> None:
        object.__setattr__(self, "__pydantic_fields_set__", _shared_field_set(self.__pydantic_fields_set__))
        template = _values_template(type(self))
        # the same values in a dict that shares its key table (memory); only a dict of every field: one
        # model_construct left partial keeps pydantic's, where an unset required field is no attribute (not None)
        if template is not None and self.__dict__.keys() == template.keys():
            values = template.copy()
            values.update(self.__dict__)
            object.__setattr__(self, "__dict__", values)

    def __setattr__(self, name: str, value: Any) -> None:
        fields = self.__pydantic_fields_set__
        if name not in fields:  # move to the shared set that has `name`; pydantic's add is then a no-op
            object.__setattr__(self, "__pydantic_fields_set__", _shared_field_set(fields | {name}))
        super().__setattr__(name, value)


class Source(StrictModel):
    """Where the document came from and how it was read."""

    path: Optional[str] = None
    """Path of the input file, or null when parsed from memory."""
    format: Literal["text", "html", "docx"]
    """Input format as detected or declared."""
    encoding: str
    """Character encoding the bytes were decoded with (e.g. utf-8, gb18030); 'unicode' for str input."""
    sha256: str
    """SHA-256 of the input bytes (of the UTF-8 encoding for str input)."""


class Period(StrictModel):
    """The span of years a plan covers, e.g. 2025—2027."""

    start: int
    """First year of the plan."""
    end: int
    """Last year of the plan."""


class Metadata(StrictModel):
    """Facts about the notice as a whole."""

    title: Optional[str] = None
    """The notice's own title (for a 印发 notice, the notice's title, not the plan's)."""
    doc_number: Optional[str] = None
    """发文字号, e.g. XX政办发〔20XX〕N号."""
    index_number: Optional[str] = None
    """索引号 where the page shows one."""
    issuer: Optional[str] = None
    """发文机关: the signature, else the issuing body named in the title."""
    recipients: list[str] = Field(default_factory=list)
    """主送机关, one entry per addressee as written."""
    signed_date: Optional[str] = None
    """成文日期 as YYYY-MM-DD."""
    published_date: Optional[str] = None
    """发布日期 of the web page as YYYY-MM-DD."""
    doc_type: Optional[str] = None
    """Genre word that ends the title: 通知 / 意见 / 行动计划 / 实施方案 / 办法 …"""
    enclosed_title: Optional[str] = None
    """Title of the plan that a 印发 notice publishes, without 《》."""
    period: Optional[Period] = None
    """Years the plan covers, when its title or body states them."""
    attachments: list[str] = Field(default_factory=list)
    """附件 titles, as listed."""


class Unit(StrictModel):
    """An organisation assigned to a task or section, in one role."""

    name: str
    """The unit as written, after the guide's repairs (role words dropped, elided prefix restored)."""
    canonical: str
    """One name for all common forms of the same body (市发改委 = 市发展和改革委员会)."""
    role: Role
    """lead (牵头), responsible (责任/负责/实施主体) or cooperating (配合/参与)."""
    label: Optional[str] = None
    """The role label as written (e.g. 牵头部门), or null when the role is implied."""
    source: UnitSource
    """Which layout rule found it: bracket, lines, table, heading or prose."""
    kind: Optional[str] = None
    """Coarse class where sure: government, department, party, court, procuratorate, enterprise, collective, group."""
    span: Optional[Span] = None
    """Where the name stands in the text; null when the name was repaired or carried from elsewhere."""


class Deadline(StrictModel):
    """A point in time the text sets for work."""

    text: str
    """The deadline as written, e.g. 2018年6月底前."""
    date: Optional[str] = None
    """Last day of the period named, YYYY-MM-DD; for recurring deadlines without a year, null."""
    recurring: Optional[Recurrence] = None
    """How often it recurs, or null for a one-off deadline."""
    span: Span
    """Where the deadline stands in the text."""


class Section(StrictModel):
    """A numbered heading of the document body (every numbered item, tasks included)."""

    id: str
    """Stable id within the document, e.g. s12."""
    parent: Optional[str] = None
    """Id of the enclosing section, or null at the top."""
    level: int
    """Depth in the heading tree, 1 = top, following the document's own scheme."""
    number: str
    """The number as written without its punctuation: 三, (一), 1, 1.2, 第三章."""
    heading: str
    """Text after the number up to the first 。 or : or line end."""
    span: Span
    """The section's whole extent, from its number to the start of the next heading at its level or above."""
    heading_span: Optional[Span] = None
    """Where `heading` stands in the text."""
    units: list[Unit] = Field(default_factory=list)
    """Units assigned to the part as a whole (e.g. a labelled block heading a 责任分工 part)."""


class Task(StrictModel):
    """An actionable item: a numbered leaf in a part of the document that assigns work."""

    id: str
    """Stable id within the document, e.g. t3."""
    section: Optional[str] = None
    """Id of this task's own numbered item in `sections`; null for a task with no number."""
    number: Optional[str] = None
    """The number as written, e.g. 1 or (三)."""
    title: str
    """The item's first sentence, up to the first 。, without its number."""
    text: str
    """The item's whole text, number included."""
    span: Span
    """Where `text` stands in the document."""
    units: list[Unit] = Field(default_factory=list)
    """Organisations assigned to the task, each in its strongest role."""
    deadlines: list[Deadline] = Field(default_factory=list)
    """Deadlines the task's text sets, and those in the time column (完成时限) of the division-of-work
    table row matched to the task (their spans then point into that row)."""


class Target(StrictModel):
    """A quantity the document sets as an aim, requirement or plan."""

    id: str
    """Stable id within the document, e.g. g4."""
    task: Optional[str] = None
    """Id of the task it sits in, or null outside any task."""
    section: Optional[str] = None
    """Id of the innermost section it sits in, or null."""
    text: str
    """The quantity with its unit and qualifiers (以上, 不低于 …), without the metric."""
    span: Span
    """Where `text` stands in the document."""
    value: float
    """The number (low end of a range); 1万亿元 gives 1 with unit 万亿元."""
    value_max: Optional[float] = None
    """High end of a range, else null."""
    unit: Optional[str] = None
    """Measure as written: 个, 亩, %, 亿元, 个百分点; null when the text has none."""
    cmp: Comparator
    """>= 以上/不低于, <= 以下/不超过, > 超过/高于, < 低于, = plain amount, ~ 左右/约, range 3~5."""
    direction: Optional[Literal["increase", "decrease"]] = None
    """增长/提高 (increase) or 下降/减少/降低 (decrease) when the text says so."""
    metric: Optional[str] = None
    """What is measured, e.g. 污水处理率, or null."""
    year: Optional[int] = None
    """Year by which it is to be reached, or null."""
    base_value: Optional[float] = None
    """`value` in base units (1万亿元 -> 1e12 with base_unit 元)."""
    base_unit: Optional[str] = None
    """The base unit for `base_value` (元, 亩, %, 个 …)."""


class Document(StrictModel):
    """One parsed notice."""

    schema_version: str = SCHEMA_VERSION
    """MAJOR.MINOR of this contract: MINOR grows with added fields, MAJOR with changed ones."""
    parser_version: str
    """Version of policyparse that produced this document."""
    id: str
    """Stable id for the same input (the file name without extension, or a hash)."""
    source: Source
    """Where the document came from and how it was read."""
    text: str
    """The normalised full text every span points into."""
    metadata: Metadata = Field(default_factory=Metadata)
    """Facts about the notice as a whole."""
    sections: list[Section] = Field(default_factory=list)
    """Every numbered heading of the body, in document order."""
    tasks: list[Task] = Field(default_factory=list)
    """Actionable items, in document order."""
    targets: list[Target] = Field(default_factory=list)
    """Quantified targets, in document order."""
    warnings: list[str] = Field(default_factory=list)
    """What the parser noticed and could not settle."""

    def to_tables(self) -> dict[str, list[dict]]:
        """This document as linked rows for datasets (see `policyparse.tables`)."""
        from .tables import document_tables

        return document_tables(self)
