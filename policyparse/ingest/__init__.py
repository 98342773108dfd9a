"""Reading inputs: bytes or str in, decoded text plus what we learnt on the way out.

`read(data, format)` sniffs the format when it is not given (DOCX by its zip
signature, HTML by its markup, else plain text) and hands over to the reader
for that format. Every failure is a `policyparse.errors.ParseError`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Ingested:
    """Decoded text of one input, before normalisation."""

    text: str
    format: str  # "text" | "html" | "docx"
    encoding: str
    warnings: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    """Facts the container states outright (e.g. an HTML page's <meta> tags), keyed by field name."""


def read(data: bytes | str, format: str | None = None) -> Ingested:
    """Decode `data` into text, detecting its format and encoding when not given."""
    from . import sniff

    return sniff.read(data, format)
