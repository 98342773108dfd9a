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
from bisect import bisect_right
from functools import cache

from ..model import Section, item_id, item_number
from ..pipeline import Draft
from ..text.dates import date_line
from ..text.patterns import iter_numbers
from ..text.orgs import is_unit_name
from ..text import wraps
from ..units.bracket import bracket_spans, read_bracket
from ..units import spaced
from ..units.table import division_table_starts
from ..vocabulary import entries
from .boilerplate import co_signer, page_end_line
from .section_body import (
    SENTENCE_END, Span, attachment_lists, end_mark_start, inline_attachment_lists, inline_footer_start,
    plan_body,
)
from .section_numbers import (
    CLOSERS, Heading, SHORT_TITLE, Scanner, SpanSet, extra_numbers, ocr_heading_numbers, plan_title_line,
)
from .commentary import commentary_parts


# Flags a list sets before or after an item's number (★1-2 / 1-2★ 重点事项, ▲ a class of item, its
# legend a 说明 line): no part of the caption, neither at its start nor, where the next item's number
# ends it in flat text, at its end.
_ITEM_FLAGS = "●◆■◇▲►•▪★☆△"


def _strip_span(text: str, start: int, end: int, trailing: str = "", flags: str = "") -> Span:
    while start < end and (text[start].isspace() or text[start] in flags):
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


SIGNATURE_LINES = 5
"""Issuer lines a signature may have above its date (a joint notice signs once for each body: two to five)."""


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
        if line_start == start or not page_end_line(text, line_start, pos):  # 东江市财政局⏎— 2 —⏎X文件⏎2025年…
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
            if lines[j][0] <= start or not is_unit_name(lines[j][1]) or (j > i + 1 and not co_signer(lines[j][1])):
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
    pos = _colon(text, start, end)
    if pos < 0:
        return pos
    for b_start, b_end in bracket_spans(text, start, end):
        # a unit bracket, or a label of people (一、区发改局(牵头区领导:某某)): the bracket is the heading's
        if b_start < pos < b_end and (read_bracket(text, b_start, b_end, False) or _person_label(text, b_start, pos)):
            pos = _colon(text, b_end, end)
            if pos < 0:
                return pos
    return pos


def _colon(text: str, start: int, end: int) -> int:
    """The first ':' in text[start:end] that is no colon between digits, or -1: a clock time or a
    ratio ((一)预警发布(9:00—9:10), 按1:1配套) ends no heading (W46)."""
    pos = text.find(":", start, end)
    while 0 < pos < end - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit():
        pos = text.find(":", pos + 1, end)
    return pos


def _person_label(text: str, b_start: int, colon: int) -> bool:
    """The bracket opens with a label of people (牵头区领导:, 责任人:, 联系人:) up to `colon`."""
    from ..units import vocab as unit_vocab

    return unit_vocab.label_role(text[b_start + 1 : colon]) == "person"


_MARKED_SHAPES = frozenset(("(cn)", "(ar)", "ar.", "ar)", "①"))


def _heading_span(text: str, h: Heading, limit: int) -> Span:
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
    # a heading a PDF export's hard wrap cut on one page; at a page end it ends (its span is its exact text,
    # which would hold the page's number and running header)
    while line_end >= 0 and wraps.runs_on(text, line_end):
        line_end = text.find("\n", line_end + 1, end)
    if line_end >= 0:
        end = line_end
    colon = _heading_colon(text, start, end)
    if colon >= 0:
        end = colon
    hs, he = _strip_span(text, start, end, trailing=";,、." + _ITEM_FLAGS, flags=_ITEM_FLAGS)
    return (hs, he) if hs < he else (at_number, at_number)  # no heading: an empty span at the number, inside the part


def _span_ends(headings: list[Heading], end: int) -> list[int]:
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


def _plan_ends(text: str, headings: list[Heading], ends: list[int]) -> list[int]:
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
        cut = next((s for s, e in _lines_in(text, lo, hi) if plan_title_line(text, s, e)), hi)
        tables = _captioned_tables(text, lo, cut)
        cut = min([cut] + tables)
        if cut < hi:
            ends = [cut if e == hi else e for e in ends]
    return ends


ONE_PARAGRAPH_ITEMS = 3
"""Earlier items, each one paragraph, that show a notice listing its measures one paragraph each."""


def _article_list_ends(text: str, headings: list[Heading], ends: list[int]) -> list[int]:
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


def _closing_paragraphs_start(text: str, headings: list[Heading], ends: list[int], end: int) -> int | None:
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
    if text[own_end - 1] not in SENTENCE_END + ";】" + CLOSERS:  # the item's own line (四、其他 is a heading)
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


def _table_of_contents(text: str, headings: list[Heading]) -> Span | None:
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


def build_sections(text: str, body: Span, noise: list[Span], warnings: list[str] | None = None,
                   documents: tuple[int, ...] = ()) -> list[Section]:
    """The numbered headings of text[body[0]:body[1]] as Sections, in document order.

    What the scan noticed but accepted anyway (a skipped number) is appended to `warnings`.
    `documents` are where a document of its own opens inside the body with no 附件 label (the title
    line of a 起草说明 printed after its draft): like an attachment's, its first heading starts a new tree.
    """
    start, end = body
    attachments = attachment_lists(text, start, end)
    inline = inline_attachment_lists(text, start, end)
    marks = tuple(mark for mark, _ in inline)
    attachments += inline
    skip = list(noise) + attachments
    # Read once: a second scan (without a table of contents) goes through the same numbers.
    numbers, ocr_numbers = list(iter_numbers(text, start, end)), ocr_heading_numbers(text, start, end)
    if extra := extra_numbers(text, start, end):
        numbers = sorted(numbers + extra, key=operator.attrgetter("start"))
    starts = tuple(sorted([a for a, _ in attachments] + list(documents)))
    scanner = Scanner(text, start, skip, numbers, ocr_numbers, attachment_marks=marks, attachment_starts=starts)
    headings = scanner.run()
    toc = _table_of_contents(text, headings)
    if toc is not None:
        # Scan again without the table of contents, whose numbers would disturb the sequence.
        scanner = Scanner(text, start, skip + [toc], numbers, ocr_numbers, fresh_starts=(toc[1],), attachment_marks=marks,
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
            # a signature block that a page end splits (东江市发改委⏎— 2 —⏎东江市财政局⏎2025年3月10日) starts before it
            signed = _trim_signature(text, h.num.start, span_end, closing) if span_end == end else span_end
            span_end = signed if signed < cut else cut
        span_end = _trim_page_numbers(text, h.num.start, _trim_signature(text, h.num.start, span_end, closing))
        hs, he = _heading_span(text, h, min(next_start, span_end))  # a caption below the part's end is none of it
        sections.append(
            Section(
                id=item_id("s", i + 1),
                parent=None if h.parent is None else sections[h.parent].id,  # its id object, not a copy (memory)
                level=h.depth,
                number=item_number(h.num.number),
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
    # a 起草说明 printed after its draft explains it (no tasks, no targets: the later stages read this)
    draft.explained = commentary_parts(draft)
    documents = tuple(start for start, _ in draft.explained if body[0] < start < body[1])
    draft.sections = build_sections(draft.text, body, draft.noise, draft.warnings, documents)
