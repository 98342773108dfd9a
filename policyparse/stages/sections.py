"""Stage: sections. Find the numbered headings of the plan body and build their tree.

Rules, in the order they are applied:
1. `plan_body` finds where the plan runs (after a wrapper notice, before page chrome)
   unless an earlier stage has set `draft.body`.
2. Every heading-number shape (text/patterns.py) in the body is a candidate, unless it
   sits in page chrome, in an attachment list, or right after a character that makes it
   part of a phrase (第一、二项, 按第三条, 2018—2020).
3. A candidate is accepted when it stands where headings stand (line start; after a
   sentence end; right after a previous heading's short title) and its number runs in
   sequence with its shape (next number; 1 again under a new parent; a new shape starts
   at 1). In flat text (OCR exports without line breaks) a number that continues an open
   sequence is accepted anywhere: the sequence is what tells a heading from a list. After an
   inline 附件: the attachment's own text may restart the top level with no boundary
   (…适用情形一、…) when its 二 follows; an OCR `12。` counts only as the next number of an
   open `N.` list after a sentence end, an item's closing bracket or at a line start. A page
   number run into flat text (。- 2 -(二)) is looked past; a bracketed number after a caption
   ending in a glue character (…成本(六)) is a heading.
4. Levels: a shape seen for the first time nests under the heading before it; a shape
   seen before closes deeper ones and takes its old depth.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain

from ..model import Section, item_id
from ..pipeline import Draft
from ..text.dates import date_line
from ..text.patterns import CN_NUMERAL, CN_NUMERAL_CHARS, Numbering, cn_numeral_value, iter_numbers
from ..text.prefilter import anchored_finditer, finditer_after_space
from ..text.orgs import is_unit_name
from ..text import wraps
from ..text.textcache import per_text
from ..units.bracket import bracket_spans, read_bracket
from ..units import spaced
from ..units.table import division_table_starts
from ..vocabulary import entries
from .target_vocab import measures

Span = tuple[int, int]

FLAT_LINE = 2000
"""A line this long is flat text (an OCR export with no line breaks)."""
FLAT_SHARE, FLAT_MIN = 0.8, 500
"""A shorter line is flat too where it holds this share of the whole text (a short notice
exported on one line), as the metadata stage's flat reader judges a text."""
SHORT_TITLE = 40
"""A heading run inline after a previous heading's title of at most this many characters."""
WRAPPER_DATE_WINDOW = 400
"""How far after the hand-over phrase a wrapper's signature date may stand."""

# A number right after one of these is part of a phrase, not a heading.
_GLUE_BEFORE = set("第、《“‘0123456789一二三四五六七八九十百零〇两-—~～至到和及或与见按依照据本此该")
_SENTENCE_END = "。!?"
_CLAUSE_END = ";:"
_CLOSERS = "”’)》"
_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


@cache
def _end_marks() -> tuple[tuple[str, str], ...]:
    return tuple(tuple(line.split("\t")[:2]) for line in entries("body_end_marks.tsv"))  # type: ignore[misc]


@cache
def _wrapper_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in entries("wrapper_phrases.txt")))


# ---------------------------------------------------------------- the body


def is_flat_line(text: str, line_start: int, line_end: int) -> bool:
    length = line_end - line_start
    return length >= FLAT_LINE or (length >= FLAT_MIN and length >= FLAT_SHARE * len(text))


@per_text
def _has_flat_line(text: str) -> bool:
    newlines = wraps.newlines(text)
    # The longest line, measured in C (map over the break positions): a flat line is >= FLAT_MIN.
    if max(map(operator.sub, chain(newlines, (len(text),)), chain((-1,), newlines))) - 1 < FLAT_MIN:
        return False
    return any(is_flat_line(text, s, e) for s, e in zip(chain((0,), (n + 1 for n in newlines)), chain(newlines, (len(text),))))


def line_bounds(text: str, pos: int) -> Span:
    """(start, end) of the line holding pos, in O(log n): flat text has huge lines."""
    newlines = wraps.newlines(text)
    i = bisect_left(newlines, pos)
    start = newlines[i - 1] + 1 if i > 0 else 0
    return start, newlines[i] if i < len(newlines) else len(text)


@cache
def _end_mark_first_chars() -> frozenset[str]:
    return frozenset(mark[:1] for mark, _ in _end_marks())


@cache
def _mark_line_re() -> re.Pattern[str]:
    """A line break, then a line that opens with some end mark, spaces allowed between its
    characters (as _end_mark_kind reads a line: spaces removed). A mark holding a space opens
    no such line. What follows each space run is a mark's character, never a space, so a run is
    given back at most once: linear (and no possessive quantifier, which re has only from 3.11)."""
    space = "[^\\S\n]*"
    marks = (space.join(map(re.escape, mark)) for mark, _ in _end_marks() if not re.search(r"\s", mark))
    return re.compile(f"\n{space}(?:{'|'.join(marks)})")


def _mark_lines(text: str, start: int, end: int):
    """(start, end) of each line of text[start:end] (the first one whole) that opens with an end
    mark: the only lines _end_mark_kind can name. One re search (whose literal \\n it finds fast)
    stands for a Python step per line."""
    if start >= end:
        return
    line_start, line_end = line_bounds(text, start)
    if _mark_line_re().match("\n" + text[line_start:line_end]):
        yield line_start, line_end
    for m in _mark_line_re().finditer(text, line_end):
        if m.start() + 1 >= end:
            return
        yield line_bounds(text, m.start() + 1)


def _end_mark_kind(line: str) -> str | None:
    if line.lstrip()[:1] not in _end_mark_first_chars():
        return None  # most lines: no mark opens with their first character; skip the copy below
    key = re.sub(r"\s+", "", line)
    for mark, kind in _end_marks():
        if key.startswith(mark):
            return kind
    return None


def _first_top_heading(text: str) -> int:
    """Where the plan's first heading stands: the first 一、 / 第一章 … that opens a line or
    follows a sentence end, else the first (一) / 1. that does. A wrapper's hand-over phrase
    is looked for only before it (a plan's own text may say 请结合实际)."""
    for shapes in (r"一[ \t]{0,2}、|第[ \t]?一[ \t]?(?:[章条篇]|部分)", r"\(一\)|(?<!\d)1[.、](?!\d)"):
        for m in re.finditer(shapes, text):
            line_start, _ = line_bounds(text, m.start())
            before = text[max(line_start, m.start() - 8) : m.start()].strip()
            if not before or before[-1] in _SENTENCE_END + _CLAUSE_END:
                return m.start()
    return len(text)


def _wrapper_end(text: str) -> int:
    """End of a wrapper notice (印发 notice, cover letter) before the plan, or 0 if none."""
    limit = _first_top_heading(text)
    last = None
    for m in _wrapper_re().finditer(text, 0, limit):
        last = m
    if last is None:
        return 0
    date = _DATE.search(text, last.end(), min(limit, last.end() + WRAPPER_DATE_WINDOW))
    if date:
        return date.end()
    stop = text.find("。", last.end(), limit)
    return last.end() if stop < 0 else stop + 1


def plan_body(text: str, noise: list[Span] | tuple[Span, ...] = ()) -> Span:
    """Where the plan body runs: after any wrapper notice, up to the first page-chrome line.

    The attachment list (附件:1.…) does not end the body, since an attachment's text may
    follow; `attachment_lists` marks it instead.
    """
    start = _wrapper_end(text)
    end = end_mark_start(text, start, len(text), noise, ("chrome", "footer"))
    return start, inline_footer_start(text, start, end)


def end_mark_start(text: str, start: int, end: int, noise: list[Span] | tuple[Span, ...], kinds: tuple[str, ...]) -> int:
    """Where the first line in text[start:end] with an end mark of one of `kinds` starts, else end."""
    for line_start, line_end in _mark_lines(text, start, end):
        if _end_mark_kind(text[line_start:line_end]) in kinds and not _in(noise, line_start):
            return max(line_start, start)
    return end


# An attachment's own text opens with a top-level part (一、 / 第一章), which no list item is numbered as.
_ATTACHMENT_PART = re.compile(f"{CN_NUMERAL}、|第{CN_NUMERAL}(?:[章篇]|部分)")
LIST_ITEM = 60
"""An attachment list item (a title) is at most this long and has no 。."""


@cache
def _inline_footer() -> re.Pattern[str]:
    """A footer mark (抄送:) run into flat text after a sentence or an item's end."""
    marks = "|".join(r"\s*".join(map(re.escape, mark)) for mark, kind in _end_marks() if kind == "footer")
    return re.compile(rf"(?<=[。!?)〕])\s*(?:{marks})")


@cache
def _inline_footer_anchor() -> re.Pattern[str]:
    """The first character of a footer mark (抄): re finds it fast, unlike the lookbehind above."""
    return re.compile("|".join(sorted({re.escape(mark[0]) for mark, kind in _end_marks() if kind == "footer"})))


def inline_footer_start(text: str, start: int, end: int) -> int:
    """Where a flat line's distribution footer (…。抄送:…) starts in text[start:end], else end."""
    for m in finditer_after_space(_inline_footer(), _inline_footer_anchor(), text, start, end):
        if is_flat_line(text, *line_bounds(text, m.start())):
            return m.start()
    return end


def attachment_lists(text: str, start: int, end: int) -> list[Span]:
    """Spans of attachment lists (附件: then short list lines) in text[start:end]."""
    spans: list[Span] = []
    pos = start
    while pos < end:
        found = next(((ls, le) for ls, le in _mark_lines(text, pos, end)
                      if not is_flat_line(text, ls, le) and _end_mark_kind(text[ls:le]) == "attachment"), None)
        if found is None:
            break
        line_start, line_end = found
        block_end = line_end
        nxt = line_end + 1
        while nxt < end:
            ls, le = line_bounds(text, nxt)
            item = text[ls:le].strip()
            if item and (len(item) > LIST_ITEM or "。" in item or _ATTACHMENT_PART.match(item)):
                break
            block_end = le
            nxt = le + 1
        spans.append((line_start, block_end))
        pos = block_end + 1
    return spans


# After a sentence end (OCR may read 。 as . after a word), or the unit bracket or quote that
# closes the last item (…。(责任单位:X)附件:).
_INLINE_ATTACHMENT = re.compile(r"(?:(?<=[。!?)〕】”])|(?<=[\u4e00-\u9fff]\.))\s*附\s*件\s*\d{0,2}\s*:")
_INLINE_ATTACHMENT_ANCHOR = re.compile("附")  # a literal: re finds it fast, unlike the lookbehind above


def inline_attachment_marks(text: str, start: int, end: int) -> list[int]:
    """Where a flat line's 附件: follows a sentence or an item's end: the body's last part stops there."""
    return [mark for mark, _ in inline_attachment_lists(text, start, end)]


def inline_attachment_lists(text: str, start: int, end: int) -> list[Span]:
    """Each inline 附件: of a flat line, from its 附 to the end of the numbered list that
    follows it at once (附件:1.重点任务分工表2.年度工作计划): short titles numbered 1, 2, …
    with no 。. An unnumbered label ends at its colon; the attachment's own text after the
    list is not covered, so its parts stay sections."""
    spans = []
    for m in finditer_after_space(_INLINE_ATTACHMENT, _INLINE_ATTACHMENT_ANCHOR, text, start, end):
        line_start, line_end = line_bounds(text, m.start())
        if not is_flat_line(text, line_start, line_end):
            continue
        mark, list_end = m.start() + len(m.group()) - len(m.group().lstrip()), m.end()
        expected = 1
        for n in iter_numbers(text, m.end(), min(end, line_end)):
            gap = text[list_end : n.start]
            if n.shape != "ar." or n.value != (expected,) or "。" in gap or len(gap.strip()) > LIST_ITEM:
                break
            if expected == 1 and gap.strip():
                break  # the list opens right after the colon
            list_end, expected = n.end, expected + 1
        spans.append((mark, list_end))
    return spans


def _in(spans, pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


class SpanSet:
    """Disjoint sorted spans for O(log n) membership tests."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Does any span overlap [start, end)?"""
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start

    def last_end_before(self, pos: int, default: int) -> int:
        """The end of the last span that ends at or before pos, else `default`."""
        i = bisect_right(self.ends, pos) - 1
        return max(default, self.ends[i]) if i >= 0 else default

    def first_start_in(self, start: int, end: int) -> int | None:
        """The first span start in [start, end), if any."""
        i = bisect_left(self.starts, start)
        return self.starts[i] if i < len(self.starts) and self.starts[i] < end else None


# ---------------------------------------------------------------- accepting headings


@dataclass(slots=True)
class _Heading:
    num: Numbering
    depth: int
    parent: int | None  # index into the accepted list


@dataclass(slots=True)
class _ShapeState:
    depth: int
    last: tuple[int, ...]
    parent: int | None
    heading: int  # index into the accepted list of the shape's last heading


# A page number printed between dashes (- 2 -, —3—) and run into flat text after a sentence end,
# or after a table's last cell (…2025年9月底前- 3 -四、…: no sentence end closes a cell), though
# not after a digit or a dash (2—3—, a range).
_INLINE_PAGE_NUMBER = re.compile(r"(?:(?<=[。!?;)])|(?<=[^\d\s\-—–~]))[ \t]*[-—–][ \t]*\d{1,3}[ \t]*[-—–][ \t]*$")

# OCR reads the dot of a list number as 。 (…的。12。道德品行…): after a sentence end, after
# the unit bracket that closes an item (…(责任单位:X)4。…), or at a line start.
_OCR_NUMBER = re.compile(r"(?:(?<=[。;)\n])|^)(\d{1,2})。(?=[\u4e00-\u9fff“])")
# A 。 right after a digit: a literal re finds fast; _OCR_NUMBER alone is tried at every character.
_OCR_NUMBER_ANCHOR = re.compile(r"。(?<=\d。)")

# 三、四季度 / 一、二类 / 三、四月: two neighbouring ordinals of a rank word, written as 三、 at a
# line start or after a sentence end like a heading number, but a phrase of the sentence. Not
# 级 / 产: 二、三级联动机制 and 二、三产融合发展 are parts with a term of their own.
_RANK_PAIR = re.compile(f"({CN_NUMERAL})(?:季度|类|档|批|年级|月)")


def _rank_pair(text: str, n: Numbering) -> bool:
    if n.shape != "cn、":
        return False
    m = _RANK_PAIR.match(text, n.end)
    return m is not None and cn_numeral_value(m.group(1)) == n.value[0] + 1


@cache
def _decimal_measures() -> tuple[str, ...]:
    """Measures that make a decimal a quantity (2.1公里, 3.1公顷): those of two or more characters
    (a one-character measure word also opens captions, 2.1部门职责; the numbering pattern already
    refuses a decimal before 亩, 吨, % or ‰)."""
    return tuple(u for u in measures() if len(u) > 1)


def _is_quantity(text: str, n: Numbering) -> bool:
    # The numbering pattern leaves out decimals before 万/亿/个 (1.5亿元); a wrapped line that opens
    # with a decimal before a longer measure (…新建绿道\n2.1公里) would read as heading 2.1, and
    # one before a holiday or time word (5.1期间, 10.1国庆) is a date written the short way, and
    # so is one listed with another (5.1、10.1等节假日).
    if not n.shape.startswith("dec"):
        return False
    return text.startswith(_decimal_measures() + _decimal_dates(), n.end) or _LISTED_DATE.match(text, n.end) is not None


_LISTED_DATE = re.compile(r"、\d{1,2}\.\d")  # 5.1、10.1: another short date after it (not 1.1、2024年…)


@cache
def _decimal_dates() -> tuple[str, ...]:
    return entries("decimal_dates.txt")


def _ocr_numbers(text: str, start: int, end: int) -> list[Numbering]:
    return [Numbering(m.start(), m.end(), "ar.", m.group(1), (int(m.group(1)),))
            for m in anchored_finditer(_OCR_NUMBER, _OCR_NUMBER_ANCHOR, 2, text, start, end)]


# Numbers taken only where they open a line (after spaces or a bullet, _LEADERS), where a heading
# stands; inside a sentence they are references, cells or words:
# - 1) / 一) with no opening bracket (1）typed full-width, folded): a list number of some plans;
# - (二 with no closing bracket: a typo in one item of a (一) (二) list, taken only where its
#   sequence shows it (the scanner's rule): (一般 opens a sentence;
# - 1, typed for 1. (a typo, or OCR reading the dot as a comma), like (二;
# - Ⅰ、 Ⅱ. (Roman numeral characters): top-level parts of some plans; not a list of grades
#   (Ⅰ、Ⅱ级响应 of an emergency plan).
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
# 1) and 一) take the indent and the tab a word processor's text export puts around a list
# number (four spaces, 1)⇥到…), and an item that opens with a year (3)2025年…, as 1.2018年… does).
_YEAR = "\\d{4}年"
@cache
def _line_start_number() -> re.Pattern:
    cjk = "\u4e00-\u9fff"
    item = f"(?=[ \\t]{{0,2}}(?:[{cjk}“]|{_YEAR}))"
    return re.compile(
        f"[{_LEADERS}]{{0,8}}(?:(?P<ar>\\d{{1,2}})\\){item}|(?P<cn>{CN_NUMERAL})\\){item}"
        f"|\\((?P<unclosed>{CN_NUMERAL})(?=[{cjk}])|(?P<comma>\\d{{1,2}}),(?=[{cjk}])"
        f"|(?P<roman>[{ROMAN}])[、.](?![{ROMAN}]))"
    )


def _line_start_numbers(text: str, start: int, end: int) -> list[Numbering]:
    """1) 一) (二 1, Ⅰ、 where they open a line: one match at each line's start, not a search
    through every bracket and comma of the text."""
    newlines = wraps.newlines(text)
    line_starts = chain((start,), (n + 1 for n in newlines[bisect_left(newlines, start) : bisect_left(newlines, end)]))
    found = []
    for at in line_starts:
        m = _line_start_number().match(text, at, end)
        if m is None:
            continue
        if m["ar"]:
            found.append(Numbering(m.start("ar"), m.end(), "ar)", m["ar"] + ")", (int(m["ar"]),)))
        elif m["cn"] and (value := cn_numeral_value(m["cn"])) is not None:
            found.append(Numbering(m.start("cn"), m.end(), "cn)", m["cn"] + ")", (value,)))
        elif m["unclosed"] and (value := cn_numeral_value(m["unclosed"])) is not None:
            found.append(Numbering(m.start("unclosed") - 1, m.end(), "(cn)", f"({m['unclosed']})", (value,)))
        elif m["comma"]:
            found.append(Numbering(m.start("comma"), m.end(), "ar.", m["comma"], (int(m["comma"]),)))
        elif m["roman"]:
            found.append(Numbering(m.start("roman"), m.end(), "Ⅰ、", m["roman"], (ROMAN.index(m["roman"]) + 1,)))
    return found


# 2.2024—2025年,…: a list number before a span of years. The numbering pattern takes a year
# right after the dot (1.2023年…) but reads any other digit there as a decimal's.
_YEAR_SPAN_NUMBER = re.compile(r"(\d{1,2})\.(?=\d{4}[-—–~至]\d{2,4}年)")
_YEAR_SPAN_ANCHOR = re.compile(r"\.(?=\d{4}[-—–~至])")


# OCR reads the stroke of 一 as a dash and 十 as a plus, (—) for (一), —、 for 一、, (+—) for (十一), and the
# mark 、 as 丶 or a comma (二丶, 二,).
_OCR_STROKES = str.maketrans({"—": "一", "-": "一", "–": "一", "－": "一", "+": "十", "＋": "十"})
_OCR_MARKS = "—-–－+＋"


def _stroked(written: str) -> bool:
    """Whether a list number holds a stroke OCR misread (— for 一, + for 十)."""
    return any(c in _OCR_MARKS for c in written)


_OCR_PAREN = re.compile(r"\((?=[^)]{0,3}[—\-–－+＋])([一二三四五六七八九十—\-–－+＋]{1,4})\)")
_COMMA_NUMBER_AFTER = frozenset(" \t\n\u3000。!?;:)-—–")
"""What may stand before a number whose 、 OCR read as a comma: a gap, a line or sentence end, a page number's dash."""
_OCR_ENUM = re.compile(r"(?<![一二三四五六七八九十—\-–－+＋\d])([一二三四五六七八九十—\-–－+＋]{1,4})([、丶,])")
# Speed: _OCR_ENUM opens with a lookbehind, so finditer tries it at every character of the
# text. Every match ends with a numeral (or stroke) right before its 、/丶/, at most 3
# characters after the match's start: anchored_finditer searches for that pair (one character
# class first: re scans for it quickly) and tries the pattern only in the run of numerals
# before it (a match starts only at a run's start: the lookbehind).
_OCR_ENUM_ANCHOR = re.compile(r"[一二三四五六七八九十—\-–－+＋][、丶,]")
_OCR_ENUM_REACH = 3
_OCR_ENUM_LEAD = frozenset("一二三四五六七八九十—-–－+＋")


# OCR's brackets: one misread ([四), (二], {三)) or the closing one lost ((二规范…).
_OCR_BRACKETS = re.compile(r"[\[【{]([一二三四五六七八九十]{1,3})[)\]】}]|\(([一二三四五六七八九十]{1,3})[\]】}]"
                           r"|\(([一二三四五六七八九十]{1,3})(?=[\u4e00-\u9fff“])(?![^()\n。]*\))")
# (the last: a bracket no ) closes before the next bracket, the sentence's or the line's end; a closed
# one is an aside opening with a numeral, (三个月内完成), not a number that lost its bracket)
# Speed: every match opens with a bracket and a numeral (re finds no literal prefix in the
# alternation and tries it at every character): the pattern is tried only at those pairs.
_OCR_BRACKETS_ANCHOR = re.compile(r"[\[【{(][一二三四五六七八九十]")


def _ocr_numerals(text: str, start: int, end: int) -> list[Numbering]:
    """(一) and 一、 as OCR prints them, (—), —、, (+二), 二丶, 二,: kept only in their list's sequence
    (_Scanner._place)."""
    found = []
    for m in _OCR_PAREN.finditer(text, start, end):
        written = m.group(1).translate(_OCR_STROKES)
        if value := cn_numeral_value(written):
            found.append(Numbering(m.start(), m.end(), "(cn)", f"({written})", (value,)))
    for m in anchored_finditer(_OCR_BRACKETS, _OCR_BRACKETS_ANCHOR, 0, text, start, end):
        written = m.group(1) or m.group(2) or m.group(3)
        if value := cn_numeral_value(written):
            found.append(Numbering(m.start(), m.end(), "(cn)", f"({written})", (value,)))
    for m in anchored_finditer(_OCR_ENUM, _OCR_ENUM_ANCHOR, _OCR_ENUM_REACH, text, start, end, _OCR_ENUM_LEAD):
        if m.group(2) == "、" and not _stroked(m.group(1)):
            continue  # 二、 as written: the numbering pattern's
        if m.group(2) == "," and m.start() > start and text[m.start() - 1] not in _COMMA_NUMBER_AFTER:
            continue  # 统一, 之一, 三,四年: a comma in prose (_Scanner._place asks for a boundary too)
        written = m.group(1).translate(_OCR_STROKES)
        if value := cn_numeral_value(written):  # None for 一一 (a dash heading's ——)
            found.append(Numbering(m.start(), m.end(), "cn、", written, (value,)))
    return found


def _is_ocr_numeral(text: str, n: Numbering) -> bool:
    if n.shape == "(cn)" and (text[n.start] != "(" or text[n.end - 1] != ")"):
        return True  # a misread or lost bracket
    return n.shape in ("(cn)", "cn、") and (text[n.end - 1] in "丶," or _stroked(text[n.start : n.end]))


def _extra_numbers(text: str, start: int, end: int) -> list[Numbering]:
    """List numbers the numbering pattern leaves out: 1) 一) (二 Ⅰ、 at a line start, N. before a span of years,
    (—), —、, (+), 二丶, 二, and (二], [二), (二 read by OCR for (一), 一、, (十), 二、 and (二)."""
    found = _line_start_numbers(text, start, end)
    at_line_start = {n.start for n in found}  # (二 opening a line is read there already
    found += [n for n in _ocr_numerals(text, start, end) if n.start not in at_line_start]
    found += [Numbering(m.start(), m.end(), "ar.", m.group(1), (int(m.group(1)),))
              for m in anchored_finditer(_YEAR_SPAN_NUMBER, _YEAR_SPAN_ANCHOR, 2, text, start, end)
              if not (m.start() > start and text[m.start() - 1].isdigit())]
    return found


def _is_first(value: tuple[int, ...]) -> bool:
    return not value or value[-1] == 1


def _skips_one(last: tuple[int, ...], value: tuple[int, ...]) -> bool:
    """A number one past the next (三 after 一): a typo that a line-start heading survives."""
    return bool(value) and len(last) == len(value) and last[:-1] == value[:-1] and value[-1] == last[-1] + 2


def _is_next(last: tuple[int, ...], value: tuple[int, ...]) -> bool:
    if not value:  # dashes have no numbers: every one continues
        return True
    return len(last) == len(value) and last[:-1] == value[:-1] and value[-1] == last[-1] + 1


_LOOSE_END = frozenset("一二三四五六七八九十百,")  # the last character of a (二 or 1, number (no closing mark)
_NUMERAL_CHARS = frozenset(CN_NUMERAL_CHARS + "0123456789")
ROW_WINDOW = 80
"""How far after a line-start number a table row's next cell is looked for."""
SKIP_MAX = 6
"""How far past the last number a line-start heading may jump and still be read as the next."""

# What may stand between a line's start and its heading number: spaces, and a bullet that some
# web pages and slides put before each item (●(一), ◆1.). Not ○, which OCR writes for 〇, nor
# □, the tick box of a form (□1.企业 □2.个人).
_LEADERS = " \t●◆■◇▲►•▪★☆"

# The guide's order of numbering shapes, outermost first: a shape nests under those before it.
_SHAPE_RANK = {shape: i for i, shape in enumerate(("第部分", "第篇", "第章", "第节", "Ⅰ、", "cn、", "cn)", "(cn)", "ar.", "(ar)", "ar)", "①"))}


_MAX_UNIT_BRACKET = 800
"""How far back the bracket before a joined item number is looked for (units/bracket.py's longest bracket)."""


class _Scanner:
    """Walks the candidates of one body in order and keeps the open heading stack."""

    def __init__(self, text: str, start: int, skip: list[Span], numbers: list[Numbering], ocr_numbers: list[Numbering],
                 fresh_starts: tuple[int, ...] = (), attachment_marks: tuple[int, ...] = (),
                 attachment_starts: tuple[int, ...] = ()):
        """`numbers` and `ocr_numbers`: iter_numbers and _ocr_numbers of the body, read once by the caller."""
        self.text = text
        self.start = start
        self.fresh_starts = set(fresh_starts)  # positions where a new heading may start (after contents)
        self.attachment_marks = sorted(attachment_marks)  # inline 附件: of flat text; the attachment's text follows
        self.attachment_starts = sorted(attachment_starts)  # every attachment list or label, flat or not
        self.any_flat = _has_flat_line(text)  # most texts have none: no candidate needs its line's bounds
        skipped = SpanSet(skip)
        self.candidates: list[Numbering] = []
        self.word_glued: set[int] = set()  # candidates glued to a word before them (成本(六))
        for n in numbers:
            if n.start in skipped or _rank_pair(text, n) or _is_quantity(text, n):
                continue
            if self._table_row(n):
                continue
            if n.shape == "ar." and text[n.end - 2] in " \t" and not (self._line_start(n) or self._flat(n)):
                continue  # OCR's 1 . (a space before the mark): at a line start, or in flat text as its sequence allows
            if self._glued(n):
                if not self._word_glued(n):
                    continue
                self.word_glued.add(n.start)
            self.candidates.append(n)
        ocr = [n for n in ocr_numbers if n.start not in skipped and (self._flat(n) or self._line_start(n))]
        self.ocr_starts = {n.start for n in ocr}
        if ocr:
            self.candidates = sorted(self.candidates + ocr, key=lambda n: n.start)
        self.index_of: dict[tuple[str, tuple[int, ...]], list[int]] = {}
        for i, n in enumerate(self.candidates):
            self.index_of.setdefault((n.shape, n.value), []).append(i)
        self.accepted: list[_Heading] = []
        self.stack: list[int] = []
        self.shapes: dict[str, _ShapeState] = {}
        self.warnings: list[str] = []

    # -- context of a candidate
    def _table_row(self, n: Numbering) -> bool:
        """A row of a tab-separated table (1.\t优化审批\t市政务局, a division-of-work table after the
        parts): its number opens a line whose text goes on into another cell. A number in a cell
        of its own before its caption ((二)\t推进改革。, a page's layout table) is a heading."""
        if "\t" not in self.text[n.end : n.end + ROW_WINDOW] or not self._line_start(n):
            return False  # most candidates: no tab near them
        row = self.text[n.end : n.end + ROW_WINDOW].split("\n", 1)[0].strip()
        return "\t" in row

    def _glued(self, n: Numbering) -> bool:
        if n.start > 1 and self.text[n.start - 1] == "\n" and self.text[n.start - 2] == "第":
            return True  # a hard-wrapped 第\n(二)项: the ordinal runs on across the break
        return (n.start > 0 and self.text[n.start - 1] in _GLUE_BEFORE and not self._line_start(n)
                and self._before_page_number(n.start) == n.start)

    def _before_page_number(self, pos: int) -> int:
        """Where a printed page number run into flat text (…工作。- 2 -(二)…) starts, if one
        ends at pos; else pos. The heading after it stands where it would without it."""
        m = _INLINE_PAGE_NUMBER.search(self.text, max(self.start, pos - 12), pos)
        return m.start() if m and self._flat_at(pos) else pos

    def _word_glued(self, n: Numbering) -> bool:
        """A bracketed number after a word that merely ends in a glue character (成本(六),
        数据(三), 意见(二)): a heading where a previous heading's short title runs into it."""
        before = self.text[n.start - 1] if n.start > 0 else ""
        return n.shape in ("(cn)", "(ar)") and "\u4e00" <= before <= "\u9fff" and before != "第"

    def _line_start(self, n: Numbering) -> bool:
        if n.start > self.start and self.text[n.start - 1] not in _LEADERS:  # decided by that one character
            return self.text[n.start - 1] == "\n"
        line_start, _ = line_bounds(self.text, n.start)
        floor, pos = max(line_start, self.start), n.start
        while pos > floor and self.text[pos - 1] in _LEADERS:  # only spaces (or a bullet) between line start and number
            pos -= 1
        return pos <= floor

    def _flat(self, n: Numbering) -> bool:
        return self._flat_at(n.start)

    def _flat_at(self, pos: int) -> bool:
        return self.any_flat and is_flat_line(self.text, *line_bounds(self.text, pos))

    def _after_stop(self, n: Numbering, flat: bool) -> bool:
        at = self._before_page_number(n.start) if flat else n.start  # (…工作。- 2 -(二)…)
        before = self.text[max(self.start, at - 8) : at].rstrip(" \t")
        while before and before[-1] in _CLOSERS:
            before = before[:-1]
        if not before:
            return False
        return before[-1] in _SENTENCE_END or (flat and before[-1] in _CLAUSE_END)

    def _after_title(self, n: Numbering) -> bool:
        """After a document's title line and a space on the same line (…管理办法 第一章)."""
        line_start, _ = line_bounds(self.text, n.start)
        if n.start <= line_start or self.text[n.start - 1] not in " \t\u3000":
            return False
        return _plan_title_line(self.text, line_start, n.start)

    def _after_unit_bracket(self, n: Numbering) -> bool:
        """Right after a bracket of units that closes an item's clause (…(市林业局负责,市应急局配合)(四)强化…):
        OCR joined the next item's line to it. Only for the next number of its shape (the caller's test)."""
        if n.shape == "——" or n.start <= self.start or self.text[n.start - 1] not in ")〕】]":
            return False
        line_start, _ = line_bounds(self.text, n.start)
        spans = bracket_spans(self.text, max(line_start, self.start, n.start - _MAX_UNIT_BRACKET), n.start)
        return bool(spans) and spans[-1][1] == n.start and bool(read_bracket(self.text, *spans[-1], False))

    def _after_short_title(self, n: Numbering) -> bool:
        if not self.accepted:
            return False
        prev = self.accepted[-1].num
        if n.start - prev.end > 4 * SHORT_TITLE:  # bound the slice: rejected candidates after one heading are many
            return False
        between = self.text[prev.end : n.start]
        # A caption does not lead in: after 包括: the numbers list inside a sentence
        # (1.推广应用,包括:①设备上云;②业务上云). It may hold a comma (以质量论成效,提升服务效能1.…).
        return 0 < len(between.strip()) <= SHORT_TITLE and not any(c in between for c in "。\n") and not between.rstrip().endswith(":")

    def _at_boundary(self, n: Numbering, flat: bool) -> bool:
        if n.shape == "——":  # dash headings only open a line
            return self._line_start(n)
        return (
            self._line_start(n)
            # …等产品。①X负责…;②…: a list inside a paragraph (unless its ② opens the next line)
            or (self._after_stop(n, flat) and (flat or n.shape != "①" or self._next_opens_next_line(n)))
            or self._after_short_title(n)
            or n.start in self.fresh_starts
        )

    def _next_opens_next_line(self, n: Numbering) -> bool:
        """The number after n in sequence opens the line right after n's (…具体任务如下。①开展排查。⏎②集中整治。):
        a list of lines whose first item ran into the sentence introducing it, not a list inside a paragraph."""
        _, line_end = line_bounds(self.text, n.start)
        for i in self.index_of.get((n.shape, n.value[:-1] + (n.value[-1] + 1,)), []):
            later = self.candidates[i]
            if later.start > line_end:
                return line_bounds(self.text, later.start)[0] == line_end + 1 and self._line_start(later)
        return False

    def _restarts_later(self, n: Numbering, index: int) -> bool:
        """A top-level 1 again (a second plan in one file) is believed when its 2 follows."""
        seconds = self.index_of.get((n.shape, n.value[:-1] + (2,)), [])
        i = bisect_right(seconds, index)
        if i == len(seconds):
            return False
        later = self.candidates[seconds[i]]
        return self._at_boundary(later, self._flat(later))

    # -- sequence
    def _parent_at(self, depth: int) -> int | None:
        # The open heading nearest above that depth. Depths on the stack may skip one: a part
        # that goes from 三、 straight to 1. puts 1. at the depth it took under (一) elsewhere.
        for i in reversed(self.stack):
            if self.accepted[i].depth < depth:
                return i
        return None

    def _skips_several(self, n: Numbering, state: _ShapeState, index: int) -> bool:
        """A line-start number a few past the next ((二) then (五): items deleted in drafting, or a
        typo) whose missing next number never comes later: left out, its item would run into the
        one before and every later number would lose its sequence. Not decimals (5.1期间 at a
        line start) nor bare numbers, whose shapes also write dates and counts."""
        last, value = state.last, n.value
        if n.shape not in _SHAPE_RANK or len(value) != 1 or len(last) != 1 or not last[0] + 2 < value[0] <= last[0] + SKIP_MAX:
            return False
        if self.text[n.end : n.end + 1] in _NUMERAL_CHARS:
            return False  # 五、六个方面 on a wrapped line: two numbers of a phrase
        missing = self.index_of.get((n.shape, (last[0] + 1,)), [])
        return bisect_right(missing, index) == len(missing)

    def _second_comes_next(self, n: Numbering, index: int) -> bool:
        """Is the next candidate of n's shape numbered 1 or 2 its 2 (not another 1)?"""
        seconds = self.index_of.get((n.shape, (2,)), [])
        firsts = self.index_of.get((n.shape, (1,)), [])
        i, j = bisect_right(seconds, index), bisect_right(firsts, index)
        return i < len(seconds) and (j == len(firsts) or firsts[j] > seconds[i])

    def _outer_open(self, shape: str, depth: int) -> int | None:
        """The innermost open heading at `depth` or deeper whose shape ranks above `shape` in the
        guide's order (一、 (一) 1. (1) ①), if any. A list that first stood right under a part
        (一、行动目标 1. 2.) and starts again under a (一) (二、主要任务 (一) 1.) belongs to the
        (一): the guide's levels 1, 2, 3 where all occur, not (一)'s siblings."""
        rank = _SHAPE_RANK.get(shape)
        if rank is None or not self.stack:
            return None
        top = self.stack[-1]
        h = self.accepted[top]
        outer_rank = _SHAPE_RANK.get(h.num.shape)
        return top if h.depth >= depth and outer_rank is not None and outer_rank < rank else None

    def _place(self, n: Numbering, index: int) -> tuple[int, int | None] | None:
        """(depth, parent) if n is accepted as a heading, else None."""
        if n.start in self.word_glued and not self._after_short_title(n):
            return None  # a reference (按本意见(二)) unless it follows a heading's caption
        if _is_ocr_numeral(self.text, n):  # (—) read for (一): only where its (二) comes next; (+) for (十) after (九)
            state = self.shapes.get(n.shape)
            if not (self._second_comes_next(n, index) if n.value == (1,) else state is not None and _is_next(state.last, n.value)):
                return None
            loose = self.text[n.end - 1] == "," or n.shape == "(cn)" and self.text[n.start] + self.text[n.end - 1] != "()"
            gap = self.text[n.start - 1 : n.start] in (" ", "\t")
            if loose and not (self._at_boundary(n, self._flat(n)) or gap):
                return None  # 二, or (二 after a sentence end, a line start or an OCR gap only: 推进(三农 in prose is none
            if (_stroked(self.text[n.start : n.end])
                    and not (self._line_start(n) or self._after_stop(n, True) or gap or n.start in self.fresh_starts)):
                return None  # a plus or dash after a word of flat text's prose (…互联网+、大数据… while 九、 is open)
        flat = self._flat(n)
        boundary = self._at_boundary(n, flat)
        state = self.shapes.get(n.shape)
        if n.shape == "ar" and not self._bare_chapter(n, index, state):
            return None
        if self.text[n.end - 1] in _LOOSE_END and n.shape in ("(cn)", "ar."):
            # (二 missing its bracket, 2, typed for 2.: the next number of an open list, or a first
            # (一 whose (二) is the next number of its shape to come ((一般情况下… opens a sentence:
            # its 一 has no 二).
            if state is not None and _is_next(state.last, n.value):
                return state.depth, self._parent_at(state.depth)
            if not (_is_first(n.value) and self._second_comes_next(n, index)):
                return None
        if n.start in self.ocr_starts:  # 12。 read for 12.: only as the next number of an open list
            closed = self._after_stop(n, flat) or self._line_start(n) or self.text[n.start - 1 : n.start] == ")"
            if state is None or not _is_next(state.last, n.value) or not closed:
                return None
            return state.depth, self._parent_at(state.depth)
        if state is None:
            # Flat text may run the plan title straight into its first heading (…方案1.总则).
            opening = flat and not self.accepted and n.shape != "——"
            # …and a rule's title its first chapter on one line (东江市公共数据管理办法 第一章 总则).
            opening = opening or (n.shape in ("第章", "第篇", "第部分") and not self.accepted and self._after_title(n))
            if _is_first(n.value) and (boundary or opening):
                return (self.accepted[self.stack[-1]].depth + 1, self.stack[-1]) if self.stack else (1, None)
            return None
        parent = self._parent_at(state.depth)
        if _is_next(state.last, n.value) and (boundary or (flat and n.shape != "——") or self._after_unit_bracket(n)):
            return state.depth, parent
        if not flat and self._line_start(n) and _skips_one(state.last, n.value):
            self.warnings.append(f"heading {n.number} at {n.start} skips a number after {state.last[-1]}")
            return state.depth, parent
        if not flat and self._line_start(n) and self._skips_several(n, state, index):
            self.warnings.append(f"heading {n.number} at {n.start} skips numbers after {state.last[-1]}")
            return state.depth, parent
        if not flat and self._line_start(n) and n.value == state.last and n.value[-1] > 1:
            # A number typed twice ((二) … (二)): kept, with a warning; left out, its item would run into
            # the one before and every later number (三, or (一) of the next part) would lose its sequence.
            self.warnings.append(f"heading {n.number} at {n.start} repeats the number before it")
            return state.depth, parent
        if _is_first(n.value) and boundary:
            outer = self._outer_open(n.shape, state.depth)
            if outer is not None:
                return self.accepted[outer].depth + 1, outer
            if state.depth > 1 and parent is not None and (parent != state.parent or state.heading not in self.stack):
                # Numbering restarts under a new parent, or after a heading of another shape closed
                # its list at its depth (1. 2. under a goals part at depth 2, then (一) 1. 2. (二) 1.).
                return state.depth, parent
            if n.shape.startswith("dec") and n.value[:-1] != state.last[:-1]:
                return state.depth, parent  # 2.1 after 1.3
            # (flat text has its own test below: a 附件 list run into a flat line is no attachment's start)
            if state.depth == 1 and (self._restarts_later(n, index) or (not flat and self._opens_attachment(n, self.attachment_starts))):
                return 1, None  # a second plan (its 2 follows), or an attachment's first part
        if flat and _is_first(n.value) and state.depth == 1 and self._opens_attachment(n) and self._restarts_later(n, index):
            # Flat text runs the attachment's title into its first part (…适用情形一、…): no boundary to see.
            return 1, None
        return None

    def _bare_chapter(self, n: Numbering, index: int, state: _ShapeState | None) -> bool:
        """A bare `N 总则` (no dot) is a chapter of a decimal plan only as a short title line
        (not a table row: one cell, no sentence) that continues its chapters or whose own
        N.1 follows; elsewhere a bare number is a count or a cell."""
        if not self._line_start(n):
            return False
        _, line_end = line_bounds(self.text, n.start)
        title = self.text[n.end : line_end].strip()
        if not title or len(title) > SHORT_TITLE // 2 or re.search(r"[\s,。;:、\d]", title):
            return False
        if state is not None and _is_next(state.last, n.value):
            return True
        firsts = self.index_of.get(("dec2", n.value + (1,)), [])
        return bisect_right(firsts, index) < len(firsts)

    def _opens_attachment(self, n: Numbering, marks: list[int] | None = None) -> bool:
        """Does an inline 附件: (or one of `marks`) stand between the last accepted heading and n?"""
        marks = self.attachment_marks if marks is None else marks
        last = self.accepted[-1].num.end if self.accepted else self.start
        i = bisect_right(marks, last)
        return i < len(marks) and marks[i] < n.start

    def run(self) -> list[_Heading]:
        for index, n in enumerate(self.candidates):
            if self.stack and _is_first(n.value) and self._opens_attachment(n, self.attachment_starts):
                # An attachment is a document of its own: its first heading nests under none of
                # the body's (a body of 一、 and an attachment list of 1. under 三、 are both level 1).
                self.stack.clear()
            placed = self._place(n, index)
            if placed is None:
                continue
            depth, parent = placed
            while self.stack and self.accepted[self.stack[-1]].depth >= depth:
                self.stack.pop()
            self.accepted.append(_Heading(n, depth, parent))
            self.stack.append(len(self.accepted) - 1)
            # Shapes closed by this one leave the stack but keep their depth for later.
            self.shapes[n.shape] = _ShapeState(depth, n.value, parent, len(self.accepted) - 1)
        return self.accepted


# ---------------------------------------------------------------- building sections


def _strip_span(text: str, start: int, end: int, trailing: str = "") -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in trailing):
        end -= 1
    return start, end


# A printed page's number on a line of its own (— 3 —, -4-, 第5页 共12页): page chrome of text
# exports, not the item's words. Matched on a short tail, so a flat line costs nothing.
_PAGE_NUMBER_TAIL = re.compile(
    r"\n[ \t]*(?:[-—–][ \t]*\d{1,3}[ \t]*[-—–]|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)[ \t]*$"
)


def _trim_page_numbers(text: str, start: int, end: int) -> int:
    """End of text[start:end] without trailing whitespace and page-number lines."""
    _, end = _strip_span(text, start, end)
    while (m := _PAGE_NUMBER_TAIL.search(text, max(start, end - 24), end)) is not None:
        _, end = _strip_span(text, start, m.start())
    return end


SIGNATURE_LINES = 2
"""Issuer lines a signature may have above its date (a joint notice signs twice)."""


def _trim_signature(text: str, start: int, end: int, closing: bool) -> int:
    """End of a part without the signature block that closes the notice after it: issuer
    lines, a date alone on its line, then (此件公开发布) or a …印发 line. The part's own first
    line is never cut; a date line is required, so a part ending in short lines keeps them.
    A date with neither an issuer above nor a note after it is a signature only where the
    part `closing` ends the body or meets an attachment (else: (三)启动时间 / 2023年6月1日)."""
    _, end = _strip_span(text, start, end)
    last_start = max(text.rfind("\n", start, end) + 1, start)
    # The search below starts at the last line, and goes on only where it is a note (…印发, (…))
    # or a date line, which ends in 日, 印发 or a bracket: text[end - 1], that line's last
    # character, rules out most parts at once.
    if end <= last_start or text[end - 1] not in "日发()":
        return end
    cut = None
    lines = []  # the last few lines of the part, last first: (start, stripped text)
    pos = end
    while pos > start and len(lines) < SIGNATURE_LINES + 4:
        line_start = max(text.rfind("\n", start, pos) + 1, start)
        lines.append((line_start, text[line_start:pos].strip()))
        pos = line_start - 1
    i = 0
    while i < len(lines) and lines[i][0] > start and _is_note(lines[i][1]):
        i += 1  # publication notes on lines after the date: any short (…) or …印发 line (版记), wider
        # on purpose than the (此件…) note metadata skips to find the body. The date line itself
        # is read as metadata reads it (text.dates.date_line).
    if i < len(lines) and lines[i][0] > start and date_line(lines[i][1]):
        signed = closing or i > 0
        cut = lines[i][0]
        for j in range(i + 1, min(len(lines), i + 1 + SIGNATURE_LINES)):
            if lines[j][0] <= start or not is_unit_name(lines[j][1]):
                break
            cut, signed = lines[j][0], True
        if not signed:
            cut = None
    return end if cut is None else _strip_span(text, start, cut)[1]


_NOTE_LINE = re.compile(r"\([^()]{1,20}\)")


def _is_note(line: str) -> bool:
    return len(line) <= SHORT_TITLE and (line.endswith("印发") or _NOTE_LINE.fullmatch(line) is not None)


def _heading_colon(text: str, start: int, end: int) -> int:
    """The first ':' in text[start:end] that ends a heading, or -1. The label colon of a unit
    bracket ((三)加强监管(责任单位:市市场监管局)) is not one: a bracket after the item names its
    units (guide, "Units"), so the heading keeps it whole rather than stopping inside it."""
    pos = text.find(":", start, end)
    if pos < 0:
        return pos
    for b_start, b_end in bracket_spans(text, start, end):
        # a unit bracket, or a label of people (一、区发改局(牵头区领导:某某)): the bracket is the heading's
        if b_start < pos < b_end and (read_bracket(text, b_start, b_end, False) or _person_label(text, b_start, pos)):
            pos = text.find(":", b_end, end)
            if pos < 0:
                return pos
    return pos


def _person_label(text: str, b_start: int, colon: int) -> bool:
    """The bracket opens with a label of people (牵头区领导:, 责任人:, 联系人:) up to `colon`."""
    from ..units import vocab as unit_vocab

    return unit_vocab.label_role(text[b_start + 1 : colon]) == "person"


_MARKED_SHAPES = frozenset(("(cn)", "(ar)", "ar.", "ar)", "①"))


def _heading_span(text: str, h: _Heading, limit: int) -> Span:
    """Text after the number up to the first 。 or : or line end, or the next heading."""
    start = h.num.end
    if text.startswith(("、", "."), start) and (h.num.shape in _MARKED_SHAPES or h.num.shape.startswith("dec")):
        start += 1  # a second mark typed after the number's own ((一)、 / 1.、): no part of the caption
    end, at_number = limit, start
    line_end = text.find("\n", start, end)
    if line_end >= 0 and not text[start:line_end].strip():
        start = line_end + 1  # a number alone on its line (a cell or text box of a PDF or Word page): caption below
    full_stop = text.find("。", start, end)
    if full_stop >= 0:
        end = full_stop
    line_end = text.find("\n", start, end)
    while line_end >= 0 and wraps.runs_on(text, line_end):  # a heading a PDF export's hard wrap cut
        line_end = text.find("\n", line_end + 1, end)
    if line_end >= 0:
        end = line_end
    colon = _heading_colon(text, start, end)
    if colon >= 0:
        end = colon
    hs, he = _strip_span(text, start, end, trailing=";,、.")
    return (hs, he) if hs < he else (at_number, at_number)  # no heading: an empty span at the number, inside the part


def _span_ends(headings: list[_Heading], end: int) -> list[int]:
    """Each heading's end: the start of the next heading at its level or above, else `end`."""
    ends = [end] * len(headings)
    open_: list[int] = []
    for i, h in enumerate(headings):
        while open_ and headings[open_[-1]].depth >= h.depth:
            ends[open_.pop()] = h.num.start
        open_.append(i)
    return ends


# A table's caption line (表1 东江市…主要指标, 附表2 …) over the tab-separated rows of its table.
_TABLE_CAPTION = re.compile(r"附?表[0-9一二三四五六七八九十]{1,3}[ \t:]*[^\t。,;:!?]{2,40}")
# A plan's title line: no sentence punctuation, a trailing bracket ((2025—2027年), (试行)) aside.
_TITLE_LINE = re.compile(r"[^。,;:!?\t《》]{4,60}?(?:\([^()]{1,12}\))?")
_TRAILING_BRACKET = re.compile(r"\([^()]{1,12}\)$")


def _lines_in(text: str, lo: int, hi: int):
    """(start, end) of each whole line that begins after `lo` and before `hi`."""
    pos = text.find("\n", lo, hi)
    while pos >= 0:
        line_end = text.find("\n", pos + 1, hi)
        yield pos + 1, hi if line_end < 0 else line_end
        pos = line_end


def _captioned_tables(text: str, lo: int, hi: int) -> list[int]:
    """Where each captioned table (a 表N line over a tab-separated row) after `lo` begins."""
    out = []
    for start, end in _lines_in(text, lo, hi):
        if _TABLE_CAPTION.fullmatch(text[start:end].strip()) is None:
            continue
        next_end = text.find("\n", end + 1, hi)
        if "\t" in text[end + 1 : hi if next_end < 0 else next_end] or spaced.row_at(text, end + 1):  # or aligned with spaces
            out.append(start)
    return out


# The item's own words pointing at the table under it (…分解下列指标, 见下表, 如下:).
_POINTS_AHEAD = re.compile(r"下列|如下|下表|见表|附表|[::]$")


def _introduced(text: str, pos: int) -> bool:
    """The line before the table's caption at `pos` points at it: the table is the item's own."""
    before = text[text.rfind("\n", 0, max(0, pos - 1)) + 1 : max(0, pos - 1)].strip()
    return bool(before) and _POINTS_AHEAD.search(before) is not None


def _plan_title_line(text: str, start: int, end: int) -> bool:
    """A line that reads as a plan's title after a sentence end or a blank line."""
    line = text[start:end].strip()
    from .metadata import doc_types  # the metadata stage imports this module

    if not _TITLE_LINE.fullmatch(line) or not _TRAILING_BRACKET.sub("", line).endswith(doc_types()):
        return False
    before = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)].strip()
    return not before or before.endswith(("。", ")", "\t")) or "\t" in before


def _plan_ends(text: str, headings: list[_Heading], ends: list[int]) -> list[int]:
    """A second plan printed after the first (关于印发《X实施方案》和《Y工作方案》的通知) opens
    with its title line, and may have a captioned table of the first plan before it: the
    first plan's last parts end there, not at the second plan's 一、 (whose top-level
    numbering starts again)."""
    seen: set[str] = set()
    for j, h in enumerate(headings):
        restart = h.depth == 1 and h.num.value == (1,) and h.num.shape in seen
        if h.depth == 1:
            seen.add(h.num.shape)
        if not restart or j == 0:
            continue
        lo, hi = headings[j - 1].num.end, h.num.start
        cut = next((s for s, e in _lines_in(text, lo, hi) if _plan_title_line(text, s, e)), hi)
        tables = _captioned_tables(text, lo, cut)
        cut = min([cut] + tables)
        if cut < hi:
            ends = [cut if e == hi else e for e in ends]
    return ends


ONE_PARAGRAPH_ITEMS = 3
"""Earlier items, each one paragraph, that show a notice listing its measures one paragraph each."""


def _article_list_ends(text: str, headings: list[_Heading], ends: list[int]) -> list[int]:
    """An article's list of items ((一)…;(二)…;(三)…。), each one paragraph, is its 项: a paragraph after
    the list (市审计部门负责…; 其他部门按照各自职责,配合做好…) is a 款 of the article, not the last item's
    second paragraph. The last item ends at its own line end, where that line ends a sentence or clause."""
    wrapped = wraps.inner_newlines(text)  # a PDF export's hard wraps end no paragraph
    children: dict[int, list[int]] = {}
    for i, h in enumerate(headings):
        if h.parent is not None and headings[h.parent].num.shape == "第条":
            children.setdefault(h.parent, []).append(i)
    out = list(ends)
    for items in children.values():
        if len(items) < 2 or any(i + 1 < len(headings) and headings[i + 1].depth > headings[i].depth for i in items):
            continue  # items with sub-items of their own
        one_line = all("\n" not in _unwrapped_text(text, headings[i].num.start, ends[i], wrapped) for i in items[:-1])
        last = items[-1]
        line_end = text.find("\n", headings[last].num.end, ends[last])
        while line_end in wrapped:
            line_end = text.find("\n", line_end + 1, ends[last])
        if not (one_line and line_end > 0 and text[line_end - 1] in "。;"):
            continue
        while (units_end := _unit_line_end(text, line_end, ends[last])) is not None:
            line_end = units_end  # the item's units on a line of its own ((责任单位:X)) are still the item's
        if text[line_end:ends[last]].strip():
            out[last] = line_end
    return out


def _unwrapped_text(text: str, start: int, end: int, wrapped) -> str:
    view = wraps.unwrapped(text, start, end) if wrapped else None
    return (view.text if view else text[start:end]).strip()


def _closing_paragraphs_start(text: str, headings: list[_Heading], ends: list[int], end: int) -> int | None:
    """Where the notice's closing paragraphs start, when they follow a list of one-paragraph items.

    Notices that list measures one paragraph each (一、对……给予奖励。 … 三十、……) close with
    unnumbered paragraphs addressed to everyone (各有关部门要……). When every earlier item at the
    last one's level is one paragraph with no sub-items, the last is one paragraph too. Its line
    must end a sentence (or its bracket of units), so that a hard-wrapped item is never cut, and
    the next paragraph must read as a closing (data/closing_words.txt: 各有关部门, 本通知, 上述 …),
    so that an item's own second paragraph (奖励标准为……) stays with it.
    """
    if len(headings) <= ONE_PARAGRAPH_ITEMS:
        return None
    last = headings[-1]
    siblings = [i for i, h in enumerate(headings[:-1]) if h.depth == last.depth and h.parent == last.parent]
    if len(siblings) < ONE_PARAGRAPH_ITEMS:
        return None
    wrapped = wraps.inner_newlines(text)  # a PDF export's hard wraps end no paragraph
    for i in siblings:
        view = wraps.unwrapped(text, headings[i].num.start, ends[i]) if wrapped else None
        body = _without_unit_lines((view.text if view else wraps.without_furniture(text, headings[i].num.start, ends[i])).strip())
        if headings[i + 1].depth > headings[i].depth or "\n" in body:
            return None
    line_end = text.find("\n", last.num.end, end)
    while line_end in wrapped:
        line_end = text.find("\n", line_end + 1, end)
    own_end = line_end
    units_end = _unit_line_end(text, line_end, end) if line_end != -1 else None
    bracket = units_end is not None
    while units_end is not None:  # the last item's units on lines of their own are still its paragraph
        line_end = units_end
        units_end = _unit_line_end(text, line_end, end)
    if line_end == -1 or not text[line_end:end].strip():
        return None
    if text[own_end - 1] not in _SENTENCE_END + ";】" + _CLOSERS:  # the item's own line (四、其他 is a heading)
        return None
    # What follows must read as a closing (各有关部门要……, 本通知……), not go on with the item (奖励标准为……).
    para = line_end + 1
    while True:
        while para < end and text[para] in " \t\u3000\n":  # blank lines between them
            para += 1
        next_end = text.find("\n", para, end)
        following = text[para : end if next_end == -1 else next_end]
        # the rest of a units line a wrap cut mid-name (…、市公⏎安局、各区人民政府): still the item's
        if not (bracket and all(is_unit_name(name.strip()) for name in following.split("、"))):
            break
        line_end = para = para + len(following)
    return line_end if any(word in following for word in _closing_words()) else None


# An item's bracket of units on a line of its own (……8亿元以上。⏎(牵头单位:县发改局;责任单位:县财政局),
# or in 【】), or its labelled line of units (⏎责任单位:市商务局、市农业农村局, ⏎【责任单位】市商务局) or of its
# time limit (⏎【完成时限】2025年12月底), not one a wrap goes on
# from (…、⏎各县(市、区)人民政府): it ends the item's one paragraph rather than opening a second one.
_UNIT_BRACKET_LINE = re.compile(
    r"\n[ \t\u3000]*(?:\((?:牵头|责任|配合|主办|协办)[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)"
    r"|【(?:牵头|责任|配合|主办|协办)[^【】\n]*】"
    r"|【?(?:牵头|责任|配合)(?:单位|部门)(?:[ \t]{0,2}:|】)[^\n]{0,300}[^\n、,;: \t\u3000]"
    # and the item's time-limit line beside them (⏎【完成时限】2025年12月底, ⏎完成时限:2025年底前)
    r"|【?(?:完成时限|完成时间|完成期限|时间节点)(?:[ \t]{0,2}:|】)[^\n]{1,60}[^\n、,;: \t\u3000])[ \t\u3000]*(?=\n|$)"
)


# …or a bracket with no label that still names units by its role words ((市林业局负责,市应急局配合)).
_BRACKET_LINE = re.compile(r"\n[ \t\u3000]*([(〔【][^\n]{1,300}[)〕】])[ \t\u3000]*(?=\n|$)")


def _unit_line_end(text: str, pos: int, end: int) -> int | None:
    """The end of the unit line that starts with the line end at `pos` (_UNIT_BRACKET_LINE, or a whole
    line of one bracket of units), else None."""
    m = _UNIT_BRACKET_LINE.match(text, pos, end)
    if m:
        return m.end()
    m = _BRACKET_LINE.match(text, pos, end)
    if m is None:
        return None
    b_start, b_end = m.span(1)
    whole = bracket_spans(text, b_start, b_end) == [(b_start, b_end)]
    return m.end() if whole and read_bracket(text, b_start, b_end, False) else None


def _without_unit_lines(body: str) -> str:
    """`body` without its unit lines (a labelled one, or one bracket of units on a line of its own)."""
    body = _UNIT_BRACKET_LINE.sub("", body)
    if "\n" not in body:
        return body
    return _BRACKET_LINE.sub(lambda m: "" if _unit_line_end(m.string, m.start(), len(m.string)) else m.group(), body)


@cache
def _closing_words() -> tuple[str, ...]:
    return entries("closing_words.txt")


TOC_MIN = 6
"""A run of at least this many headings with no sentence between them is a table of contents."""


# The 目录 line above a printed plan's contents: under it, a short contents list (three parts) is one too.
_TOC_LABEL = re.compile(r"目[ \t\u3000]{0,4}录[ \t]*\n[ \t]*$")


def _table_of_contents(text: str, headings: list[_Heading]) -> Span | None:
    """A table of contents (1.总则1.1编制目的1.2…) whose first heading comes again after it.

    It is a run of TOC_MIN or more headings with only a short title between them (two under a
    目录 line); as lines (目录 of a printed plan) only where it opens the body.
    """
    positions: dict[tuple[str, tuple[int, ...]], list[int]] = {}
    for i, h in enumerate(headings):
        positions.setdefault((h.num.shape, h.num.value), []).append(i)
    run_start = 0
    for i in range(1, len(headings) + 1):
        # (Measured before the gap is cut out: most gaps are a whole part's text.)
        if i < len(headings) and headings[i].num.start - headings[i - 1].num.end <= SHORT_TITLE:
            gap = text[headings[i - 1].num.end : headings[i].num.start]
            # Run-in contents have no line breaks; a contents list of lines opens the body.
            one_line = "\n" not in gap.strip() if run_start == 0 else "\n" not in gap
            if "。" not in gap and one_line:
                continue
        first = headings[run_start].num
        if i - run_start >= (2 if _TOC_LABEL.search(text, max(0, first.start - 12), first.start) else TOC_MIN):
            same = positions.get((first.shape, first.value), [])
            j = bisect_right(same, run_start)
            if j < len(same):
                # The contents end where the body's first heading starts again.
                return first.start, min(headings[same[j]].num.start, headings[i - 1].num.end)
        run_start = i
    return None


def _not_crossed(text: str, noise: list[Span], start: int, end: int) -> list[Span]:
    """The noise spans no hard wrap crosses: a page's number and running header inside a wrapped
    paragraph (…负责建立县⏎— 3 —⏎header⏎域商业…) are no end of the body's last part."""
    crossing = [(newline, resume) for newline, resume in wraps.wraps_between(text, start, end) if resume > newline + 1]
    if not crossing:
        return list(noise)
    newlines = [newline for newline, _ in crossing]
    kept = []
    for span in noise:
        i = bisect_right(newlines, span[0]) - 1
        if not (i >= 0 and span[1] <= crossing[i][1]):
            kept.append(span)
    return kept


def build_sections(text: str, body: Span, noise: list[Span], warnings: list[str] | None = None) -> list[Section]:
    """The numbered headings of text[body[0]:body[1]] as Sections, in document order.

    What the scan noticed but accepted anyway (a skipped number) is appended to `warnings`.
    """
    start, end = body
    attachments = attachment_lists(text, start, end)
    inline = inline_attachment_lists(text, start, end)
    marks = tuple(mark for mark, _ in inline)
    attachments += inline
    skip = list(noise) + attachments
    # Read once: a second scan (without a table of contents) goes through the same numbers.
    numbers, ocr_numbers = list(iter_numbers(text, start, end)), _ocr_numbers(text, start, end)
    if extra := _extra_numbers(text, start, end):
        numbers = sorted(numbers + extra, key=operator.attrgetter("start"))
    starts = tuple(sorted(a for a, _ in attachments))
    scanner = _Scanner(text, start, skip, numbers, ocr_numbers, attachment_marks=marks, attachment_starts=starts)
    headings = scanner.run()
    toc = _table_of_contents(text, headings)
    if toc is not None:
        # Scan again without the table of contents, whose numbers would disturb the sequence.
        scanner = _Scanner(text, start, skip + [toc], numbers, ocr_numbers, fresh_starts=(toc[1],), attachment_marks=marks,
                           attachment_starts=starts)
        headings = scanner.run()
    if warnings is not None:
        warnings.extend(scanner.warnings)
    sections: list[Section] = []
    # A division-of-work table after the last heading is no text of the last item: the parts
    # that reach it end where it begins (its title line or header row).
    last = headings[-1].num.start if headings else end
    tables = [(pos, pos + 1) for pos in division_table_starts(text, last, end)]
    tables += [(pos, pos + 1) for pos in _captioned_tables(text, last, end) if not _introduced(text, pos)]
    attachment_set, stops = SpanSet(attachments + tables), SpanSet(attachments + tables + _not_crossed(text, noise, start, end))
    ends = _article_list_ends(text, headings, _plan_ends(text, headings, _span_ends(headings, end)))
    closing = _closing_paragraphs_start(text, headings, ends, end)
    if closing is not None:
        ends = [closing if e == end else e for e in ends]
    for i, (h, span_end) in enumerate(zip(headings, ends)):
        next_start = headings[i + 1].num.start if i + 1 < len(headings) else end
        # The last part of the body also stops at page chrome; every part stops at an
        # attachment list that comes before its end.
        cut = (stops if span_end == end else attachment_set).first_start_in(h.num.end, span_end)
        closing = span_end == end or cut is not None  # the body's or a notice's end before its attachment
        if cut is not None:
            span_end = cut
        span_end = _trim_page_numbers(text, h.num.start, _trim_signature(text, h.num.start, span_end, closing))
        hs, he = _heading_span(text, h, min(next_start, span_end))  # a caption below the part's end is none of it
        sections.append(
            Section(
                id=item_id("s", i + 1),
                parent=None if h.parent is None else sections[h.parent].id,  # its id object, not a copy (memory)
                level=h.depth,
                number=h.num.number,
                heading=text[hs:he],
                span=(h.num.start, span_end),
                heading_span=(hs, he),
            )
        )
    return sections


def find(draft: Draft) -> None:
    if draft.body:
        # The metadata stage's body runs to the text's end (less the boilerplate stage's page
        # chrome); a printed notice's distribution lines (抄送:) after the last part are no part of it.
        end = end_mark_start(draft.text, draft.body[0], draft.body[1], draft.noise, ("footer",))
        body = (draft.body[0], inline_footer_start(draft.text, draft.body[0], end))
    else:
        body = plan_body(draft.text, draft.noise)
    draft.sections = build_sections(draft.text, body, draft.noise, draft.warnings)
