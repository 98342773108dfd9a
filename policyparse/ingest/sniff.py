"""Format detection and dispatch to the per-format readers (placeholder, being built)."""

from __future__ import annotations

from . import Ingested


def read(data: bytes | str, format: str | None = None) -> Ingested:
    if isinstance(data, str):
        return Ingested(text=data, format=format or "text", encoding="unicode")
    try:
        return Ingested(text=data.decode("utf-8-sig"), format=format or "text", encoding="utf-8")
    except UnicodeDecodeError:
        return Ingested(text=data.decode("gb18030", errors="replace"), format=format or "text", encoding="gb18030")
