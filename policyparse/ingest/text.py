"""Plain-text decoding: find the encoding of bytes nobody told us about.

Order matters: a BOM is certain; strict UTF-8 almost never accepts GBK bytes by
accident; strict GB18030 (a superset of GB2312 and GBK) comes next. Bytes that fit
neither are decoded with replacement characters and a warning, unless they are
mostly garbage, which is a `DecodingError`.
"""

from __future__ import annotations

import codecs
import re

from ..errors import DecodingError

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

FALLBACK_ENCODINGS = ("utf-8", "gb18030")

# Above this share of undecodable characters the input is not text in any encoding we read.
MAX_REPLACEMENT_SHARE = 0.05

# Declared charset names that we read with a wider codec (pages declaring gb2312 use GBK characters).
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "cp936": "gb18030",
          "euc-cn": "gb18030", "hz-gb-2312": "gb18030", "ascii": "utf-8", "us-ascii": "utf-8",
          "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252"}


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def canonical_encoding(name: str) -> str | None:
    """A codec name Python knows for a declared charset, widened where pages under-declare."""
    key = name.strip().strip("'\"").lower()
    key = _WIDER.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit on one side of most code units (ASCII-heavy UTF-16)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nul = data[0::2].count(0)
    odd_nul = data[1::2].count(0)
    half = len(data) // 2
    if odd_nul > 0.3 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.3 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode text bytes: (text, encoding, warnings). Raises DecodingError for garbage."""
    bom = bom_encoding(data)
    if bom:
        name, skip = bom
        try:
            return data[skip:].decode(name), name, []
        except UnicodeDecodeError:
            text = data[skip:].decode(name, errors="replace")
            return _checked(text, name, f"bytes after the {name} byte-order mark are not valid {name}")
    for name in FALLBACK_ENCODINGS:
        try:
            return data.decode(name), name, []
        except UnicodeDecodeError:
            continue
    utf16 = utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), "utf-16", []
        except UnicodeDecodeError:
            pass
    # Neither fits: keep whichever loses fewer characters.
    best_text, best_name = min(
        ((data.decode(name, errors="replace"), name) for name in FALLBACK_ENCODINGS),
        key=lambda pair: pair[0].count("\ufffd"),
    )
    return _checked(best_text, best_name, f"input is not valid {' or '.join(FALLBACK_ENCODINGS)}")


def decode_as(data: bytes, encoding: str) -> tuple[str, str, list[str]]:
    """Decode with a declared encoding, falling back to detection when the declaration is wrong."""
    bom = bom_encoding(data)
    if bom:  # a BOM outranks any declaration
        return decode(data)
    name = canonical_encoding(encoding)
    if name is None:
        text, used, warnings = decode(data)
        return text, used, [f"unknown declared charset {encoding!r}; decoded as {used}", *warnings]
    try:
        return data.decode(name), name, []
    except UnicodeDecodeError:
        text, used, warnings = decode(data)
        return text, used, [f"declared charset {encoding!r} does not fit the bytes; decoded as {used}", *warnings]


_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def _checked(text: str, encoding: str, why: str) -> tuple[str, str, list[str]]:
    # GB18030 maps stray byte pairs to the Private Use Area: garbage as much as U+FFFD is.
    bad = text.count("\ufffd") + len(_PRIVATE_USE.findall(text))
    if not text or bad > MAX_REPLACEMENT_SHARE * len(text):
        raise DecodingError(f"{why}: {bad} of {len(text)} characters undecodable; not readable text")
    return text, encoding, [f"{why}; {bad} undecodable byte sequence(s) replaced with U+FFFD"]
