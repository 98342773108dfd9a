"""Where a notice's plan body runs, and what closes it (sections stage).

The body starts after a wrapper notice's signature date (印发 notices print the plan under it) and
ends at the first end mark: a 附件 list, a 抄送/印发 footer, page chrome (data/body_end_marks.tsv).
A text flattened by OCR into one line has its marks inside the line, found by their shapes.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left
from functools import cache
from itertools import chain

from ..text.patterns import CN_NUMERAL, iter_numbers
from ..text.prefilter import finditer_after_space
from ..text import wraps
from ..text.textcache import per_text
from ..vocabulary import entries


Span = tuple[int, int]

FLAT_LINE = 2000
"""A line this long is flat text (an OCR export with no line breaks)."""
FLAT_SHARE, FLAT_MIN = 0.8, 500
"""A shorter line is flat too where it holds this share of the whole text (a short notice
exported on one line), as the metadata stage's flat reader judges a text."""
WRAPPER_DATE_WINDOW = 400
"""How far after the hand-over phrase a wrapper's signature date may stand."""
SENTENCE_END = "。!?"
CLAUSE_END = ";:"
_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


@cache
def _end_marks() -> tuple[tuple[str, str], ...]:
    return tuple(tuple(line.split("\t")[:2]) for line in entries("body_end_marks.tsv"))  # type: ignore[misc]


@cache
def _wrapper_re() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in entries("wrapper_phrases.txt")))


def is_flat_line(text: str, line_start: int, line_end: int) -> bool:
    length = line_end - line_start
    return length >= FLAT_LINE or (length >= FLAT_MIN and length >= FLAT_SHARE * len(text))


@per_text
def has_flat_line(text: str) -> bool:
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
            if not before or before[-1] in SENTENCE_END + CLAUSE_END:
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
