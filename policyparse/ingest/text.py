"""Plain-text decoding: find the encoding of bytes nobody told us about.

Order matters: a BOM is certain; NUL bytes mostly on one side of the code units are
UTF-16 without one; strict UTF-8 almost never accepts GBK bytes by accident; strict
GB18030 (a superset of GB2312 and GBK) comes next, unless what it gives is private-use
characters (Big5 bytes decode so, without an error). Bytes that fit neither are decoded
with replacement characters and a warning, unless they are mostly garbage, which is a
`DecodingError`.
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
    """'utf-16-le'/'utf-16-be' for UTF-16 without a byte-order mark: NUL bytes on one side of most
    code units (ASCII-heavy text), or, in Chinese text, on one side only and the units read as Chinese."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nul = data[0::2].count(0)
    odd_nul = data[1::2].count(0)
    half = len(data) // 2
    if odd_nul > 0.3 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.3 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    # Chinese UTF-16 has its NULs in its few ASCII units (line ends, digits) and in the odd character
    # like 一 (U+4E00): mostly on one side, where binary has them on both.
    if odd_nul > 3 * even_nul and _reads_as_chinese(data, "utf-16-le"):
        return "utf-16-le"
    if even_nul > 3 * odd_nul and _reads_as_chinese(data, "utf-16-be"):
        return "utf-16-be"
    return None


_NOT_CHINESE_TEXT = re.compile(r"[^\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027\x20-\x7e\s]")


def _reads_as_chinese(data: bytes, encoding: str) -> bool:
    """True when `data` decodes as `encoding` to text that is nine tenths Chinese, ASCII and punctuation."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return len(_NOT_CHINESE_TEXT.findall(text)) < 0.1 * len(text)


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
    utf16 = utf16_without_bom(data) if b"\x00" in data else None  # no UTF-8 or GB18030 notice holds a NUL
    if utf16:
        try:
            return data.decode(utf16), "utf-16", []
        except UnicodeDecodeError:
            pass
    for name in FALLBACK_ENCODINGS:
        try:
            decoded = data.decode(name)
        except UnicodeDecodeError:
            continue
        return (_unmapped_checked(decoded, name) if name == "gb18030" else (decoded, name, []))
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

# A few private-use characters are a GBK font's own glyphs; more say the bytes are in another encoding.
MAX_UNMAPPED_SHARE = 0.005


def _unmapped_checked(text: str, encoding: str) -> tuple[str, str, list[str]]:
    """Strict GB18030 decodes Big5 and other double-byte encodings without an error, to characters of
    the Private Use Area among wrong ones: refuse such text, and warn where there are a few."""
    unmapped = len(_PRIVATE_USE.findall(text))
    if unmapped > MAX_REPLACEMENT_SHARE * len(text):
        raise DecodingError(f"input decodes as {encoding} only to {unmapped} of {len(text)} characters that "
                            "no encoding maps (private-use): it is in another encoding (Big5?), not readable text")
    if unmapped > MAX_UNMAPPED_SHARE * len(text):
        return text, encoding, [f"{unmapped} characters decoded as {encoding} are private-use characters: "
                                "the input may be in another encoding"]
    return text, encoding, []


def _checked(text: str, encoding: str, why: str) -> tuple[str, str, list[str]]:
    # GB18030 maps stray byte pairs to the Private Use Area: garbage as much as U+FFFD is.
    bad = text.count("\ufffd") + len(_PRIVATE_USE.findall(text))
    if not text or bad > MAX_REPLACEMENT_SHARE * len(text):
        raise DecodingError(f"{why}: {bad} of {len(text)} characters undecodable; not readable text")
    return text, encoding, [f"{why}; {bad} undecodable byte sequence(s) replaced with U+FFFD"]


# A crawler's html-to-markdown export of a notice's page: `# 标题`, `**一、总体要求**` bold captions,
# `> 来源:…` quote lines, [附件1.xlsx](http://…) links, ![](image.png), `- ` bullets, `3\.` escapes,
# `* * *` rules and trailing double spaces. The marks are the converter's, not the notice's: a text
# whose lines open with a heading mark or a bold run (MIN_MARKDOWN_LINES of them; a page's or a
# Word file's text has none) is read without them. A pipe table is boxes.py's.
MIN_MARKDOWN_LINES = 3
# marks may stand after an indent (a tab, an ideographic or no-break space) that a later copy added;
# zero-width characters of a copied page may stand among them (normalisation drops them anyway)
_INDENT = "[ \t\u3000\u00a0]*"
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_MARKDOWN_LINE = re.compile(rf"^{_INDENT}(?:#{{1,6}}[ \t]+\S|\*\*\S)", re.M)
_MD_HEADING = re.compile(rf"^({_INDENT})#{{1,6}}[ \t]+", re.M)
_MD_QUOTE = re.compile(rf"^({_INDENT})(?:>[ \t]?)+", re.M)
_MD_RULE = re.compile(rf"^{_INDENT}([-*_])(?:[ \t]*\1){{2,}}[ \t]*$", re.M)
_MD_BULLET = re.compile(rf"^({_INDENT})[-*+][ \t]+(?=[^\d\s])", re.M)  # not "- 2 -", a page number
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*\)")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+\"[^\"\n]*\")?\)")
_MD_BOLD = re.compile(r"\*\*(?=\S)([^*\n]+?)\*\*")  # not __, which a blank form's ____年__月 has
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_TRAILING = re.compile(r" +$", re.M)  # a line break's two spaces (a tab row's closing tabs stay)
# a <br> the converter leaves inside a pipe table's cell joins the cell's lines with a space, as the
# HTML reader joins a <td>'s; elsewhere it is a line break
_MD_TABLE_ROW = re.compile(r"^[ \t]*[|｜].*$", re.M)
_MD_BREAK = re.compile(r"<br[ \t]*/?>", re.I)
# A line with an odd number of ** runs: a converter's bold marks pair on their line (a literal * it
# escapes, \*), so these stars are the text's own, a name masked in a template or a published list
# (**镇人民政府、**乡人民政府; **村:负责落实到户。), and the text is no Markdown export.
_STARS = re.compile(r"(?<!\\)\*\*")


def _lone_stars(text: str) -> bool:
    return any(len(_STARS.findall(line)) % 2 for line in text.split("\n") if "**" in line)


def unmark(text: str) -> str:
    """`text` without the marks of a Markdown export (see above); any other text as it is."""
    visible = _INVISIBLE.sub("", text[:200_000])
    if len(_MARKDOWN_LINE.findall(visible)) < MIN_MARKDOWN_LINES or _lone_stars(visible):
        return text
    text = _INVISIBLE.sub("", text)
    text = _MD_TABLE_ROW.sub(lambda row: _MD_BREAK.sub(" ", row.group()), text)
    text = _MD_HEADING.sub(r"\1", _MD_QUOTE.sub(r"\1", _MD_BREAK.sub("\n", text)))
    text = _MD_RULE.sub("", text)
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
    text = _MD_BOLD.sub(r"\1", text)
    text = _MD_BULLET.sub(r"\1", text)
    return _MD_TRAILING.sub("", _MD_ESCAPE.sub(r"\1", text))


# A crawler's plain-text dump of a notice's page: its extractor dropped most of the markup but left
# remnants, character entities (&nbsp; &#12288; &ldquo; &mdash; &amp;) and stray tags (<br/>,
# <p style="…">, </span>, </p>). They are the page's markup, not the notice's text: a text holding
# MIN_REMNANTS of them is read as the page shows it, each entity as its character, an inline tag as
# nothing and a block tag as a line end, dropped where a line already ends or starts there. Done in
# ingest, before normalisation, so that every span points into the text as read. A text with one
# `&` or `<` only (a mention: `R&D`, `<5%`) stays as it is.
MIN_REMNANTS = 2
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG_NAMES = ("a|abbr|b|big|blockquote|body|br|center|dd|div|dl|dt|em|font|h[1-6]|hr|html|i|img|li|o:p|ol|p|"
              "section|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul")
_BLOCK_NAMES = frozenset("blockquote body br center dd div dl dt h1 h2 h3 h4 h5 h6 hr html li ol p section table "
                         "tbody td th thead tr ul".split())
# A tag the text names (不得使用<font>、<center>等标签, <a>标签, <img>元素) is the notice's words, no remnant:
# one followed by a list mark, 等 or the word for a tag (R22).
_NAMED_TAG_AFTER = r"(?![ \t]*(?:[、和及与或]|等|标签|元素|属性))"
_REMNANT_TAG = re.compile(rf"</?({_TAG_NAMES})(?:\s[^<>\n]{{0,400}}?)?\s*/?>{_NAMED_TAG_AFTER}", re.IGNORECASE)
_SPACE_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x[aA]0|#x3000);", re.IGNORECASE)


def _remnant_entity(match: re.Match) -> str:
    from html import unescape

    return unescape(match.group())  # an unknown name (&foo;) stays as written


def _untagged_line(line: str) -> str:
    """The line without its tags: a block tag between text is a line end, at the line's edge (only
    spaces and tags between it and the start or end) nothing, as an inline tag always is."""
    tags = list(_REMNANT_TAG.finditer(line))
    if not tags:
        return line
    gaps = [line[:tags[0].start()]] + [line[a.end() : b.start()] for a, b in zip(tags, tags[1:])] + [line[tags[-1].end():]]
    text_after = [False] * (len(tags) + 1)  # text_after[k]: some text in the gaps after tag k-1
    for k in range(len(tags), 0, -1):
        text_after[k - 1] = text_after[k] or _has_text(gaps[k])
    out, text_before = [gaps[0]], _has_text(gaps[0])
    # in a pipe table's row a break inside a cell joins the cell's lines, as unmark does
    line_end = " " if line.lstrip().startswith(("|", "\uff5c")) else "\n"
    for k, tag in enumerate(tags):
        block = tag.group(1).lower() in _BLOCK_NAMES
        out.append(line_end if block and text_before and text_after[k] else "")
        out.append(gaps[k + 1])
        text_before = text_before or _has_text(gaps[k + 1])
    return "".join(out)


def _has_text(gap: str) -> bool:
    """Whether the stretch between tags holds more than spaces (an indent of &nbsp; or &#12288; is none)."""
    return bool(_SPACE_ENTITY.sub("", gap).strip())


def unremnant(text: str) -> str:
    """`text` without a crawler's HTML remnants (see above); any other text as it is."""
    head = text[:200_000]
    if len(_ENTITY.findall(head)) + len(_REMNANT_TAG.findall(head)) < MIN_REMNANTS:
        return text
    if "<" in text:
        text = "\n".join(_untagged_line(line) for line in text.split("\n"))
    return _ENTITY.sub(_remnant_entity, text)
