"""Finding heading numbers (sections stage): 一、 (一) 1. (1) ① 1.1 第一章 第一条 at a line's
start, after a sentence's end, or where OCR ran lines together, kept only where they run in sequence
within their shape. The scanner reads them in one pass; OCR's misread numbers (l. for 1., 二, for 二、)
are added from their own shapes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import chain

from ..text.patterns import CN_NUMERAL, CN_NUMERAL_CHARS, Numbering, cn_numeral_value
from ..text.prefilter import anchored_finditer
from ..text import wraps
from ..units.bracket import bracket_spans, read_bracket
from ..vocabulary import entries
from .target_vocab import magnitudes, measures
from .section_body import CLAUSE_END, SENTENCE_END, Span, has_flat_line, is_flat_line, line_bounds


SHORT_TITLE = 40
"""A heading run inline after a previous heading's title of at most this many characters."""

# A number right after one of these is part of a phrase, not a heading.
_GLUE_BEFORE = set("第、《“‘0123456789一二三四五六七八九十百零〇两-—~～至到和及或与见按依照据本此该")
CLOSERS = "”’)》"


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


@dataclass(slots=True)
class Heading:
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
    return (text.startswith(_decimal_measures() + _decimal_dates(), n.end) or _LISTED_DATE.match(text, n.end) is not None
            or (n.shape == "dec2" and _DAY_OF_MONTH.match(text, n.end) is not None))


_LISTED_DATE = re.compile(r"、\d{1,2}\.\d")  # 5.1、10.1: another short date after it (not 1.1、2024年…)
# 1.5月31日前,…: the list number 1. before a yearless date, not a decimal 1.5 (no caption opens with 月;
# a month is never a decimal's measure): extra_numbers reads the 1. (W46).
_PART_OF_MONTH = r"(?:\d{1,2}日|底|末|初|中旬|上旬|下旬|份|中)"  # 月31日, 月底, 月中旬: a yearless date's rest
_DAY_OF_MONTH = re.compile(rf"月{_PART_OF_MONTH}")


@cache
def _decimal_dates() -> tuple[str, ...]:
    return entries("decimal_dates.txt")


def ocr_heading_numbers(text: str, start: int, end: int) -> list[Numbering]:
    return [Numbering(m.start(), m.end(), "ar.", m.group(1), (int(m.group(1)),))
            for m in anchored_finditer(_OCR_NUMBER, _OCR_NUMBER_ANCHOR, 2, text, start, end)]


# Numbers taken only where they open a line (after spaces or a bullet, _LEADERS), where a heading
# stands; inside a sentence they are references, cells or words:
# - 1) / 一) with no opening bracket (1）typed full-width, folded): a list number of some plans;
# - (二 with no closing bracket: a typo in one item of a (一) (二) list, taken only where its
#   sequence shows it (the scanner's rule): (一般 opens a sentence;
# - 1, typed for 1. (a typo, or OCR reading the dot as a comma), like (二;
# - Ⅰ、 Ⅱ. (Roman numeral characters): top-level parts of some plans; not a list of grades
#   (Ⅰ、Ⅱ级响应 of an emergency plan);
# - 1-1 / 2-3-1 (a hyphen between the parts, 1－1 folded to it): see _hyphened_numbers.
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


# 1-1 / 2-3-1: the items of a task list (任务清单) numbered with a hyphen, the decimal 1.1's sibling with
# shapes of their own ("hy2", "hy3"). Taken only where an item can open (a line start after spaces or a
# flag ★/▲, or after a sentence end or a space: flat text) and before the item's words (a flag may stand
# between): in running text the same digits write ranges (3-5家) and dates (2025-04-03).
@cache
def _hyphened() -> re.Pattern:
    return re.compile(
        f"(?:(?<=[\\n。;!?:\\s{_LEADERS}])|^)(\\d{{1,2}}(?:-\\d{{1,2}}){{1,2}})(?![\\d.\\-])"
        f"(?=[ \\t\u3000]{{0,2}}(?:[{_LEADERS.strip()}][ \\t\u3000]{{0,2}})?[\u4e00-\u9fff“])"
    )


_HYPHENED_ANCHOR = re.compile(r"-(?=\d)")


def _hyphened_numbers(text: str, start: int, end: int) -> list[Numbering]:
    found = []
    for m in anchored_finditer(_hyphened(), _HYPHENED_ANCHOR, 2, text, start, end):
        if _hyphened_quantity(text, m.end()):
            continue
        parts = tuple(int(p) for p in m.group(1).split("-"))
        found.append(Numbering(m.start(), m.end(), f"hy{len(parts)}", m.group(1), parts))
    return found


def _hyphened_quantity(text: str, end: int) -> bool:
    """3-5家 / 1-2个月 / 3-5万元 opening a wrapped line: a range before its measure, no item number; nor
    a code right before the thing it numbers (3-1号地块, 1-1地块, 2-3标段: data/coded_nouns.txt; an item's
    number stands apart from its words or opens them with a verb)."""
    return (text[end : end + 4].lstrip(" \t\u3000").startswith(_range_words())
            or text.startswith(_coded_nouns(), end))


@cache
def _range_words() -> tuple[str, ...]:
    return (*measures(), *magnitudes(), "年", "月", "日", "周", "天", "小时", "分钟")


@cache
def _coded_nouns() -> tuple[str, ...]:
    return entries("coded_nouns.txt")


# 2.2024—2025年,…: a list number before a span of years. The numbering pattern takes a year
# right after the dot (1.2023年…) but reads any other digit there as a decimal's.
_YEAR_SPAN_NUMBER = re.compile(r"(\d{1,2})\.(?=\d{4}[-—–~至]\d{2,4}年)")
_YEAR_SPAN_ANCHOR = re.compile(r"\.(?=\d{4}[-—–~至])")
# 1.5月31日前 / 2.6月底前: a list number before a yearless date (see _DAY_OF_MONTH).
_DATE_NUMBER = re.compile(rf"(\d{{1,2}})\.(?=(?:1[0-2]|0?[1-9])月{_PART_OF_MONTH})")
_DATE_ANCHOR = re.compile(r"\.(?=\d{1,2}月)")

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
    (Scanner._place)."""
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
            continue  # 统一, 之一, 三,四年: a comma in prose (Scanner._place asks for a boundary too)
        written = m.group(1).translate(_OCR_STROKES)
        if value := cn_numeral_value(written):  # None for 一一 (a dash heading's ——)
            found.append(Numbering(m.start(), m.end(), "cn、", written, (value,)))
    return found


def _is_ocr_numeral(text: str, n: Numbering) -> bool:
    if n.shape == "(cn)" and (text[n.start] != "(" or text[n.end - 1] != ")"):
        return True  # a misread or lost bracket
    return n.shape in ("(cn)", "cn、") and (text[n.end - 1] in "丶," or _stroked(text[n.start : n.end]))


def extra_numbers(text: str, start: int, end: int) -> list[Numbering]:
    """List numbers the numbering pattern leaves out: 1) 一) (二 Ⅰ、 at a line start, N. before a span of years,
    (—), —、, (+), 二丶, 二, and (二], [二), (二 read by OCR for (一), 一、, (十), 二、 and (二)."""
    found = _line_start_numbers(text, start, end)
    at_line_start = {n.start for n in found}  # (二 opening a line is read there already
    found += [n for n in _ocr_numerals(text, start, end) if n.start not in at_line_start]
    found += _hyphened_numbers(text, start, end)
    found += [Numbering(m.start(), m.end(), "ar.", m.group(1), (int(m.group(1)),))
              for m in anchored_finditer(_YEAR_SPAN_NUMBER, _YEAR_SPAN_ANCHOR, 2, text, start, end)
              if not (m.start() > start and text[m.start() - 1].isdigit())]
    found += [Numbering(m.start(), m.end(), "ar.", m.group(1), (int(m.group(1)),))
              for m in anchored_finditer(_DATE_NUMBER, _DATE_ANCHOR, 2, text, start, end)
              if not (m.start() > start and (text[m.start() - 1].isdigit() or text[m.start() - 1] == "."))]
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


class Scanner:
    """Walks the candidates of one body in order and keeps the open heading stack."""

    def __init__(self, text: str, start: int, skip: list[Span], numbers: list[Numbering], ocr_numbers: list[Numbering],
                 fresh_starts: tuple[int, ...] = (), attachment_marks: tuple[int, ...] = (),
                 attachment_starts: tuple[int, ...] = ()):
        """`numbers` and `ocr_numbers`: iter_numbers and ocr_heading_numbers of the body, read once by the caller."""
        self.text = text
        self.start = start
        self.fresh_starts = set(fresh_starts)  # positions where a new heading may start (after contents)
        self.attachment_marks = sorted(attachment_marks)  # inline 附件: of flat text; the attachment's text follows
        self.attachment_starts = sorted(attachment_starts)  # every attachment list or label, flat or not
        self.any_flat = has_flat_line(text)  # most texts have none: no candidate needs its line's bounds
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
        self.accepted: list[Heading] = []
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
        before = self.text[max(self.start, at - 8) : at].rstrip(_LEADERS)  # a flag may stand before it (。 ★1-2)
        while before and before[-1] in CLOSERS:
            before = before[:-1]
        if not before:
            return False
        return before[-1] in SENTENCE_END or (flat and before[-1] in CLAUSE_END)

    def _after_title(self, n: Numbering) -> bool:
        """After a document's title line and a space on the same line (…管理办法 第一章)."""
        line_start, _ = line_bounds(self.text, n.start)
        if n.start <= line_start or self.text[n.start - 1] not in " \t\u3000":
            return False
        return plan_title_line(self.text, line_start, n.start)

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
            if n.shape.startswith(("dec", "hy")) and n.value[:-1] != state.last[:-1]:
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

    def run(self) -> list[Heading]:
        for index, n in enumerate(self.candidates):
            if self.stack and _is_first(n.value) and self._opens_attachment(n, self.attachment_starts):
                # An attachment is a document of its own: its first heading nests under none of
                # the body's (a body of 一、 and an attachment list of 1. under 三、 are both level 1),
                # and on lines its shapes take the depths they take in it, not the body's ((一) under
                # its 一、 at level 2, where the body's (一) stood under 第五条 at level 3). Flat text keeps
                # them: there the sequences of the shapes seen are what tells a heading from a list.
                self.stack.clear()
                if not self._flat(n):
                    self.shapes.clear()
            placed = self._place(n, index)
            if placed is None:
                continue
            depth, parent = placed
            while self.stack and self.accepted[self.stack[-1]].depth >= depth:
                self.stack.pop()
            self.accepted.append(Heading(n, depth, parent))
            self.stack.append(len(self.accepted) - 1)
            # Shapes closed by this one leave the stack but keep their depth for later.
            self.shapes[n.shape] = _ShapeState(depth, n.value, parent, len(self.accepted) - 1)
        return self.accepted


# A plan's title line: no sentence punctuation, a trailing bracket ((2025—2027年), (试行)) aside.
_TITLE_LINE = re.compile(r"[^。,;:!?\t《》]{4,60}?(?:\([^()]{1,12}\))?")
_TRAILING_BRACKET = re.compile(r"\([^()]{1,12}\)$")


def plan_title_line(text: str, start: int, end: int) -> bool:
    """A line that reads as a plan's title after a sentence end or a blank line."""
    line = text[start:end].strip()
    from .metadata_shapes import doc_types  # the metadata stage imports this module

    if not _TITLE_LINE.fullmatch(line) or not _TRAILING_BRACKET.sub("", line).endswith(doc_types()):
        return False
    before = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)].strip()
    return not before or before.endswith(("。", ")", "\t")) or "\t" in before
