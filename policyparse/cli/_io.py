"""Output helpers shared by the subcommands."""

from __future__ import annotations

import sys
from typing import TextIO

PROG = "policyparse"


def write(stream: TextIO, text: str) -> None:
    """Write UTF-8 text even where the stream's own encoding cannot hold Chinese (C locale)."""
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    buffer = getattr(stream, "buffer", None)
    if encoding not in ("utf-8", "utf8") and buffer is not None:
        stream.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        stream.write(text)


def fail(name: object, message: str) -> None:
    """Name one failed input on stderr: `policyparse: FILE: message`."""
    write(sys.stderr, f"{PROG}: {name}: {message}\n")
