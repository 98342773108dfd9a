"""The one normalisation every span points into.

Folding is done character by character so that it is easy to reason about:
full-width ASCII (ＡＢＣ１２３（），：；) becomes half-width, odd spaces become
ASCII spaces, line breaks become \\n, and invisible characters are dropped.
Chinese punctuation that has no ASCII twin (、。〔〕《》“”) is kept as it is.
"""

from __future__ import annotations

import re

_FULLWIDTH_START, _FULLWIDTH_END, _FULLWIDTH_SHIFT = 0xFF01, 0xFF5E, 0xFEE0
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

_TABLE = {cp: cp - _FULLWIDTH_SHIFT for cp in range(_FULLWIDTH_START, _FULLWIDTH_END + 1)}
_TABLE.update({ord(c): " " for c in _SPACES})
_TABLE.update({ord(c): None for c in _INVISIBLE})
# C0/C1 controls other than tab and newline carry no text.
_TABLE.update({cp: None for cp in range(0x00, 0x20) if cp not in (0x09, 0x0A)})
_TABLE.update({cp: None for cp in range(0x7F, 0xA0)})

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


def normalize(raw: str) -> str:
    """Return the normalised text: newlines unified, full-width folded, controls dropped."""
    return _NEWLINES.sub("\n", raw).translate(_TABLE)


def fold(s: str) -> str:
    """Comparison key for gold matching: normalised, with all whitespace removed."""
    return re.sub(r"\s+", "", normalize(s))
