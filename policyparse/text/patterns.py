"""Named sub-patterns for the numbering of Chinese official documents.

Every heading number the documents use is one alternative of `HEADING_NUMBER`,
named by its *shape* (一、 / (一) / 1. / (1) / ① / 1.1 / 第一章 / 第一条 / ——).
`number_at(m)` turns a match into a `Numbering`: the shape key, the number as
written without its punctuation, and its value, so that the sections stage can
check that numbers run in sequence.

All patterns use bounded repetition only, so they run in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .prefilter import anchored_finditer

CN_DIGITS = "零〇一二三四五六七八九"
CN_NUMERAL_CHARS = CN_DIGITS + "十百两"
CN_NUMERAL = f"[{CN_NUMERAL_CHARS}]{{1,5}}"
"""A Chinese numeral such as 三, 十二, 二十七, 一百零一."""

ARABIC = r"\d{1,3}"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Characters that make "1.2" a quantity rather than a heading number (1.2万亿元, 1.5倍).
MEASURE_CHARS = "%‰万亿千百倍个元年月日号亩吨米度岁项家户次人名座条台套件"

CHAPTER = f"第[ \\t]?(?P<chapter_value>{CN_NUMERAL})[ \\t]?(?P<chapter_kind>[章节条篇]|部分)"
"""第一篇 / 第一部分 / 第一章 / 第二节 / 第十条 (OCR: 第 十 条): parts of long plans (a five-year
plan's 篇 above its 章), chapters and articles of rules."""
CN_ENUM = f"(?P<cn_enum_value>{CN_NUMERAL})(?:[ \\t]{{0,2}}、(?![{CN_NUMERAL_CHARS}]{{1,3}}、)|\\.(?!\\d))"
"""一、 (also 一. in loosely typed notices, 二 、 in OCR text): top-level parts of most notices."""
# Typed or OCR'd notices may pad the numeral inside its brackets: ( 一 ), （ 2 ）.
_PAD = "[ \\t]{0,2}"
CN_PAREN = f"\\({_PAD}(?P<cn_paren_value>{CN_NUMERAL}){_PAD}\\)"
"""(一): second level (full-width brackets are folded by normalisation)."""
AR_PAREN = f"\\({_PAD}(?P<ar_paren_value>{ARABIC}){_PAD}\\)"
"""(1)."""
CIRCLED_NUMBER = f"(?P<circled>[{CIRCLED}])"
"""①."""
DECIMAL = rf"(?P<decimal>\d{{1,2}}(?:\. ?\d{{1,2}}){{1,3}})(?![\d.{MEASURE_CHARS}])"
"""1.1 / 3.2.1 in technical plans (预案; OCR may write 1. 2); not 2.5% or 1.2万亿元."""
AR_ENUM = rf"(?P<ar_enum_value>{ARABIC})[ \t]?(?P<ar_enum_mark>[.、])(?:(?!\d)|(?=\d{{4}}年))"
"""1. / 1、: third level; a digit after the dot makes it a decimal (2.5), except a year (1.2018年…).
OCR may put a space before the mark (1 . / 1 、): the sections stage takes that at a line start or in flat text."""
AR_BARE = "(?P<ar_bare_value>\\d{1,2})(?=[ \\t\u3000]{1,3}[\u4e00-\u9fff])"
"""1 总则: chapter numbers of 预案 numbered 1 / 1.1 / 1.1.1 (GB/T style), a space and no dot;
the sections stage takes it only as a short title line that its N.1 confirms."""
# A page's footer after the dashes (-- 第2页 --, —— 3页 ——), or a line closed by the same dashes.
_NOT_A_DASH_HEADING = "(?![ \\t\u3000]{0,3}第?[ \\t\u3000]{0,2}\\d{1,4}[ \\t\u3000]{0,2}页)"
_DASHES_CLOSING_THE_LINE = "(?![^\\n]{0,40}?%s[ \\t\u3000]{0,3}(?:\\n|\\Z))"
# A dash before a role label (——责任单位:县市场监管局, ——责任主体:, ——实施单位:) or a time-limit label
# (——完成时限:2025年底) closes an item with its units or its date, it lists no goal. A label, so its colon
# (or a space before its value) follows: a goal may open with the same words (——责任主体更加明确。
# ——参与主体更加多元。). The label may carry a bracket (——责任单位(部门):) or be joined to another
# (——责任单位及完成时限:, ——责任单位、完成时限:), or run on into its unit with no colon (——责任单位县商务局;
# not ——责任主体市场化, ——实施主体区域协同: a goal, no unit named).
_NOT_A_UNIT_LINE = (
    "(?![ \\t\u3000]{0,2}(?:(?:牵头|责任|配合|主办|协办|实施|参与)(?:单位|部门|主体|领导)|责任人"
    "|(?:完成|办结)(?:时限|时间)|时间节点|时限要求)(?:\\([^()\\n]{1,10}\\))?[ \\t\u3000]*(?:[:：\\s]|[及和与、/][^\\n]{0,12}[:：]"
    "|[省市县区乡镇][^\\n]{0,30}?(?:局|委|办|府|中心|司|院|站|所|部|队|会)))")
DASH = (
    f"(?P<dash>——(?![—\\d]){_NOT_A_DASH_HEADING}{_NOT_A_UNIT_LINE}{_DASHES_CLOSING_THE_LINE % '——'}"
    f"|(?:──|--)(?![—\\-\\d\u2500-\u257f]|[ \\t\u3000]{{1,3}}\\d){_NOT_A_DASH_HEADING}{_NOT_A_UNIT_LINE}"
    f"{_DASHES_CLOSING_THE_LINE % '(?:──|--)'})"
)
"""——实现……: dash headings listing goals; typed also as box-drawing lines (──) or two hyphens (--,
and －－ as normalisation folds it). A longer rule, a text table's border (──┼──), a page number
(-- 2 --) or a page's footer (-- 第2页 --, a line closed by the dashes that open it) is none."""

# A printed page's number (— 4 —, -12-), which text exported from a PDF or OCRed keeps where a page
# ended: on a line of its own, or between spaces in flat text.
PAGE_NUMBER = r"[—－–-]{1,2}[ \t\u3000]*\d{1,3}[ \t\u3000]*[—－–-]{1,2}"
# The same on a line of its own, the blanks a PDF export or a form feed puts around it.
PAGE_NUMBER_LINE = rf"[ \t\f\u3000]*{PAGE_NUMBER}[ \t\u3000]*"

HEADING_NUMBER = re.compile(
    "|".join((CHAPTER, CN_ENUM, CN_PAREN, AR_PAREN, CIRCLED_NUMBER, DECIMAL, AR_ENUM, AR_BARE, DASH))
)
"""Any heading number; check the context with the sections stage's rules."""
MARKED_NUMBER = re.compile("|".join((CHAPTER, CN_ENUM, CN_PAREN, AR_PAREN, CIRCLED_NUMBER, DECIMAL, AR_ENUM, DASH)))
"""A heading number with a mark of its own (not the bare `1 总则`, which a count in page chrome
such as `12 分享到` or `1 条评论` also looks like): what protects a line as content."""
# The first character of every alternative above (\d as DECIMAL and AR_ENUM write it), one
# class, then (lookarounds, so the hit stays one character) what must follow that first
# character for each alternative to match: a numeral's 、 or ., a bracket's numeral, a digit's
# dot, 、 or space. re tries a class-led pattern at every character (slower than a literal-led
# one), but the lookarounds reject most numerals in running text (统一, 2025年) there and then,
# so far fewer candidates reach HEADING_NUMBER and the sections stage's checks.
_N = CN_NUMERAL_CHARS
_HEADING_NUMBER_ANCHOR = re.compile(
    f"[第{_N}(\\d{CIRCLED}—─\\-]"
    f"(?:(?<=[{_N}])(?=[{_N}]{{0,4}}(?:[ \\t]{{0,2}}、|\\.))"  # CN_ENUM
    f"|(?<=\\()(?=[ \\t]{{0,2}}[{_N}\\d])"  # CN_PAREN, AR_PAREN
    f"|(?<=\\d)(?=\\d{{0,2}}[.、 \\t\u3000])"  # DECIMAL, AR_ENUM, AR_BARE
    f"|(?<=第)(?=[ \\t]?[{_N}])"  # CHAPTER
    f"|(?<=[{CIRCLED}])"  # CIRCLED_NUMBER
    f"|(?<=—)(?=—)|(?<=─)(?=─)|(?<=-)(?=-))"  # DASH
)


@dataclass(frozen=True)
class Numbering:
    """One heading number as found: where it stands, its shape and its value."""

    start: int
    end: int
    shape: str
    """Shape key: 'cn、', '(cn)', '(ar)', '①', 'ar.', 'ar', 'dec2', 'dec3', '第部分', '第篇', '第章', '第节', '第条', '——'."""
    number: str
    """As written without punctuation: 三, (一), 1, 1.2, 第三章, ——."""
    value: tuple[int, ...]
    """Its value: (3,) for 三, (1, 2) for 1.2, () for a dash."""


_CN_DIGIT_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def cn_numeral_value(s: str) -> int | None:
    """Value of a Chinese numeral up to 999 (三 -> 3, 十二 -> 12, 二十七 -> 27, 一百零一 -> 101)."""
    digits = _CN_DIGIT_VALUES
    total, current = 0, None
    for ch in s:
        if ch in digits:
            if current is not None and current != 0:
                return None  # 二三: two digits in a row are no numeral
            current = digits[ch]
        elif ch == "十":
            total += (1 if current is None else current) * 10
            current = None
        elif ch == "百":
            total += (1 if current is None else current) * 100
            current = None
        else:
            return None
    return total + (current or 0)


def number_at(m: re.Match[str]) -> Numbering | None:
    """Turn a HEADING_NUMBER match into a Numbering, or None if its numeral is malformed."""
    # The alternatives share no group, and each one's last group closes last: m.lastgroup names
    # the alternative that matched, so one group is read (not a groupdict of all of them).
    kind, start, end = m.lastgroup, m.start(), m.end()
    if kind == "cn_paren_value":
        written = m.group(kind)
        value = cn_numeral_value(written)
        return None if value is None else Numbering(start, end, "(cn)", f"({written})", (value,))
    if kind == "chapter_kind":
        written = m.group("chapter_value")
        value = cn_numeral_value(written)
        chapter_kind = m.group(kind)
        number = "第" + written + chapter_kind  # as written, without OCR spaces
        return None if value is None else Numbering(start, end, "第" + chapter_kind, number, (value,))
    if kind == "cn_enum_value":
        written = m.group(kind)
        value = cn_numeral_value(written)
        return None if value is None else Numbering(start, end, "cn、", written, (value,))
    if kind == "ar_enum_mark":
        written = m.group("ar_enum_value")
        return Numbering(start, end, "ar.", written, (int(written),))
    if kind == "ar_paren_value":
        written = m.group(kind)
        return Numbering(start, end, "(ar)", f"({written})", (int(written),))
    if kind == "circled":
        written = m.group(kind)
        return Numbering(start, end, "①", written, (CIRCLED.index(written) + 1,))
    if kind == "decimal":
        written = m.group(kind).replace(" ", "")
        parts = tuple(int(p) for p in written.split("."))
        return Numbering(start, end, f"dec{len(parts)}", written, parts)
    if kind == "ar_bare_value":
        written = m.group(kind)
        return Numbering(start, end, "ar", written, (int(written),))
    if kind == "dash":
        return Numbering(start, end, "——", m.group(kind), ())  # one shape however the dashes are typed
    return None


def iter_numbers(text: str, start: int = 0, end: int | None = None):
    """Every heading-number shape in text[start:end], in order (context not yet checked)."""
    # The alternation has no common prefix: try it only where a number can start.
    for m in anchored_finditer(HEADING_NUMBER, _HEADING_NUMBER_ANCHOR, 0, text, start, end):
        n = number_at(m)
        if n is not None:
            yield n
