"""Hard line wraps: the line ends that text copied out of a PDF (a gazette, an OCRed scan) puts
inside a paragraph every 30-40 characters, mid-word and mid-number (小于⏎1公里, 到2027⏎年), and
the page ends (— 4 — and a running header) that do the same between pages.

A line end is a wrap only in a text that is wrapped at a width: many lines that open no list
item and close no sentence, at about one length, each followed by more text (line-per-paragraph
text has few such lines: titles, a caption). Then a line of about that length that closes no
sentence and is followed by text opening no list item runs on into the next line. Flat OCR text
(one line) and line-per-paragraph text have no wraps.
"""

from __future__ import annotations

import bisect
import re
from array import array
from functools import cache

from .patterns import PAGE_NUMBER_LINE
from .textcache import per_text

MIN_LINE = 15
"""Shorter lines are captions, cells and signatures: no evidence of a width either way."""
MIN_WRAPPED = 5
"""So many lines of about one length that close no sentence at least, for a text to be wrapped at a width."""
WRAPPED_SHARE = 0.4
"""… and at least this share of the long lines that open no list item."""
CLUSTER_SHARE = 0.6
"""… and at least this share of the open lines are of about the median length (titles and captions vary)."""
FULL_SHARE = 0.8
"""A line this share of the width long or longer is full: a wrap may end it."""
# Closing a sentence, a bracket or a quote: a paragraph may end there.
_CLOSING = "。!?;:)”》"
# A list item opening the next line (一、 (一) 1. (1) ① ——): a new paragraph, not a wrap's rest.
# 1.5万个 at a line start is a number, not item 1. Matched where the line's words start.
_LIST_ITEM = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十0-9]{1,3}\)|[0-9]{1,2}[.、](?![0-9])|[①-⑳]|——|第[一二三四五六七八九十]{1,3}[章条])")

# An article (第五条 …) always runs on into its sentence: its line is a paragraph's, not a heading's.
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇]{1,5}条")


# A page end that a wrap crosses, blanked whole by the units stage (units.assign): one gap, no table's.
_PAGE_END_BLANK = re.compile(" {20,}")


def _spaces(line: str, full: int | None = None) -> int:
    """The spaces of a line, but a blanked page end's: a run after a full line's text (the line a wrap
    across the page end cut), not a wide gap after a cell or a document number (东政办〔2025〕3号 ⋯
    签发人:…), which keeps a row or a header line no wrapped line. With no width known, every space."""
    spaces = line.count(" ")
    if spaces < 20 or full is None:
        return spaces
    indent = len(line) - len(line.lstrip())
    return spaces - sum(len(m.group()) for m in _PAGE_END_BLANK.finditer(line)
                        if m.start() - indent >= FULL_SHARE * full)  # a run follows a character: the text before it


@cache
def _quantity() -> re.Pattern:
    """A quantity in figures with its measure and text after it on its line (3—5家;, 90%以上。): a
    line it opens goes on with the sentence of an open line before it, as no paragraph, heading or
    table cell (300个 alone on its line) opens so. Not a year or date (年, 月: data/not_target_units.txt)."""
    magnitudes, units = _measure_words()
    number = r"[0-9]{1,15}(?:\.[0-9]{1,6})?"
    return re.compile(rf"{number}(?:[~～\-—–至到]{number})?(?:{magnitudes})?(?P<unit>{units})(?=[^\s])")


def _measure_words() -> tuple[str, str]:
    """The magnitudes (万, 亿 …) and measures (元, 个, % …) of the targets' vocabulary, as alternations."""
    from ..stages import target_vocab as vocab  # the stages import this package

    units = "|".join(map(re.escape, vocab.all_units()))
    magnitudes = "|".join(map(re.escape, sorted(vocab.magnitudes(), key=len, reverse=True)))
    return magnitudes, units


@cache
def _measure() -> re.Pattern:
    """A measure (with a magnitude before it) and text after it on its line: 元;… after a line that
    ends in figures (…每亩补助1500⏎元;…) is a number the wrap cut from its measure."""
    magnitudes, units = _measure_words()
    return re.compile(rf"(?:{magnitudes})?(?:{units})(?=[^\s])")


def _figure_cut_from_measure(text: str, end: int, resume: int) -> bool:
    return end > 0 and "0" <= text[end - 1] <= "9" and _measure().match(text, resume) is not None


def _digits_cut(text: str, end: int, resume: int, line: str, full: int | None) -> bool:
    """A full line of a wrapped text that ends in figures, and the next line opens with figures: one
    number the wrap cut (…到20⏎27年, …服务站1⏎2个), also in a heading's line (a heading ends on no digit
    the next line goes on with)."""
    return (full is not None and len(line) >= FULL_SHARE * full and end > 0 and "0" <= text[end - 1] <= "9"
            and resume < len(text) and "0" <= text[resume] <= "9")


def _opens_with_quantity(text: str, pos: int) -> bool:
    match = _quantity().match(text, pos)
    return match is not None and match["unit"] not in _non_target_units()


@cache
def _clause_after_quantity() -> re.Pattern:
    """After a quantity, a comparator word (以上) at most and then a clause or sentence mark (3—5家,
    90%以上。): the count closes the clause of the line before it, as a heading cut before its count
    (…培育龙头企业⏎3—5家,…) leaves it; a paragraph opening with a count goes on with what is counted
    (100个重点项目年底前全部开工): a heading's line before it ends the heading."""
    from ..stages import target_vocab as vocab

    after = "|".join(map(re.escape, vocab.comparator_words("after")))
    return re.compile(rf"(?:{after})?[,,;;。、:!?]")


def _quantity_closes_clause(text: str, pos: int) -> bool:
    match = _quantity().match(text, pos)
    return match is not None and _clause_after_quantity().match(text, match.end()) is not None


@cache
def _non_target_units() -> frozenset[str]:
    from ..stages import target_vocab as vocab

    return vocab.non_target_units()


# A line opening with a figure (after its indent): the only lines _opens_with_quantity can hold.
_FIGURE_LINE = re.compile(r"\n[ \t]*[0-9]")


def _open_line(line: str, full: int | None = None) -> bool:
    """A long line that closes no sentence; not a table row (cells split by tabs or spaces)."""
    return len(line) >= MIN_LINE and "\t" not in line and line[-1] not in _CLOSING and _spaces(line, full) < 3


_OPENERS = {")": "(", "”": "“", "》": "《"}


def _closed_inside(line: str, full: int | None = None) -> bool:
    """A long line that ends in a closing bracket, quote or book-title mark inside its sentence:
    the mark closes a name's bracket, a quotation or a title that the line opened after a word
    (…各乡镇人民政府(街道办事处)⏎负责…, …“县管乡用”⏎机制), not an aside after a sentence's end
    (…。(牵头单位:…)), a quotation that closes a sentence (…。”) or a caption in brackets that
    opens the line; and no table row."""
    if len(line) < MIN_LINE or "\t" in line or _spaces(line, full) >= 3 or line[-1] not in _OPENERS:
        return False
    at = line.rfind(_OPENERS[line[-1]])
    return at > 0 and line[at - 1] not in _CLOSING + "。!?;:," and line[-2] not in "。!?;"


@per_text
def furniture(text: str) -> list[tuple[int, int]]:
    """The page numbers and running headers of a PDF export (boilerplate.page_furniture), sorted."""
    from ..stages.boilerplate import page_furniture  # the stages import this package

    return sorted(page_furniture(text)) if "\n" in text else []


def without_furniture(text: str, start: int, end: int) -> str:
    """text[start:end] without the page numbers and running headers of a PDF export's page ends
    (an item's paragraph that a page end follows is still one paragraph; a task's title across a page end)."""
    parts, at = [], start
    for s, e in furniture(text):
        if s < end and e > at:
            parts.append(text[at:max(at, s)])
            at = min(max(at, e), end)
    parts.append(text[at:end])
    return "".join(parts)


@per_text
def newlines(text: str) -> array:
    """Where every newline stands: the one line index of a text, shared by the stages."""
    # An array, not a list: 8 bytes a position instead of ~36 (an int object and its pointer).
    return array("q", [m.start() for m in re.finditer("\n", text)])


def lines(text: str) -> tuple[array, array]:
    """Start and end (its newline) of every line that ends in a newline."""
    # Built on each call from the cached newlines, not cached itself: its few readers each call it
    # once, and the starts need not live through the parse (memory: a dense notice's peak).
    ends = newlines(text)
    starts = array("q", [0])
    starts.extend(end + 1 for end in ends[:-1])
    return (starts if ends else array("q")), ends


@per_text
def width(text: str) -> int | None:
    """The width the text is wrapped at (the median length of its full open lines), or None."""
    starts, ends = lines(text)
    if len(ends) < MIN_WRAPPED:
        return None
    long_lines, open_lengths = 0, []
    for i, (start, end) in enumerate(zip(starts, ends)):
        line = text[start:end].strip()
        if len(line) < MIN_LINE or _LIST_ITEM.match(line) and "。" not in line and not _ARTICLE.match(line):
            continue  # a heading's line may end where the heading does; an item run on after its 。 (or an article) may not
        long_lines += 1
        nxt = text[end + 1 : ends[i + 1]].strip() if i + 1 < len(ends) else text[end + 1 :].strip()
        if _open_line(line) and nxt:
            open_lengths.append(len(text[start:end].rstrip()))  # its indent counted: a first line is as wide as the rest
    if len(open_lengths) < MIN_WRAPPED or len(open_lengths) < WRAPPED_SHARE * long_lines:
        return None
    median = sorted(open_lengths)[len(open_lengths) // 2]
    near = sum(1 for n in open_lengths if abs(n - median) <= max(3, median // 6))  # digits are narrower: lengths vary a little
    return median if near >= MIN_WRAPPED and near >= CLUSTER_SHARE * len(open_lengths) else None


def _sentence_rest(text: str, pos: int, full: int | None) -> bool:
    """The line at `pos` goes on with a sentence that a line closing a bracket or quote left open: it
    holds a clause or sentence mark, or fills the width; a line of a name or a date alone (a
    signature under an attachment's title) is none."""
    end = text.find("\n", pos)
    rest = text[pos : len(text) if end < 0 else end].strip()
    return bool(_SENTENCE_MARK.search(rest)) or full is not None and len(rest) >= FULL_SHARE * full


_SENTENCE_MARK = re.compile(r"[。!?;:,、]")


@per_text
def _wraps(text: str) -> tuple[array, array]:
    """The newline of every wrap and where the wrapped text resumes (after the next line's
    indent, or after a page end's page number and running header). A page end that cuts a
    long line closing no sentence is a wrap whatever the text's width: a page ends anywhere."""
    newlines, resumes = array("q"), array("q")
    full = width(text) if "\n" in text else None
    spans = furniture(text)
    if full is None and not spans and not _FIGURE_LINE.search(text):
        return newlines, resumes
    fstarts = [s for s, _ in spans]
    starts, ends = lines(text)
    for start, end in zip(starts, ends):
        if resumes and end < resumes[-1]:
            continue  # a line of the page end a wrap crosses (its running header): no wrap of its own
        line = text[start:end].strip()
        # a wrap's rest that closes no sentence (3—5家,园区土地供应率达到⏎90%以上): short, it still runs on before a quantity
        rest = (bool(line) and bool(resumes) and start <= resumes[-1] < end and not _open_line(line, full)
                and _open_line(line + "_" * MIN_LINE, full) and line[-1] not in _CLOSING)  # short, open, no table row
        closed = not (_open_line(line, full) or rest)
        if closed and not (full is not None and len(line) >= FULL_SHARE * full and _closed_inside(line, full)):
            continue
        resume, page_end = _resume(text, end + 1, spans, fstarts)
        if closed and not _sentence_rest(text, resume, full):
            continue  # a bracket closing a label's value (附件:…清单(2025—2027年)) over a signature or a date
        # …培育龙头企业⏎3—5家;: a quantity opening the next line runs the sentence on, at any length or width
        cut_figure = not page_end and (_figure_cut_from_measure(text, end, resume)  # …补助1500⏎元;: one number
                                       or _digits_cut(text, end, resume, line, full))  # …到20⏎27年: one number
        quantity = not page_end and _opens_with_quantity(text, resume) or cut_figure
        if rest and not quantity or not page_end and not quantity and (full is None or len(line) < FULL_SHARE * full):
            continue
        if not page_end and _indent(text, end + 1) > _indent(text, start):
            continue  # the next line is indented more: a paragraph's first line
        if _LIST_ITEM.match(line) and "。" not in line and not cut_figure:
            counted = quantity and _quantity_closes_clause(text, resume)  # …龙头企业⏎3—5家,: the heading runs on
            if quantity and not counted and (full is None or len(line) < FULL_SHARE * full):
                continue  # …基础设施建设⏎100个重点项目…: a paragraph opening with a count, the heading ended
            if (not counted and not _runs_in(line, text[start:end].rstrip(), full, text, resume)
                    and (full is None or _heading_rest(text, resume, full, line.count("(") - line.count(")")) is None
                         or page_end and _unmarked_rest(text, resume))):
                continue  # a heading's line ends the heading, unless its rest is on the next line (or page)
        if resume < len(text) and _LIST_ITEM.match(text, resume) is None:
            newlines.append(end)
            resumes.append(resume)
    return newlines, resumes


_PAGE_NUMBER_LINE = re.compile(PAGE_NUMBER_LINE)


def _unmarked_rest(text: str, resume: int) -> bool:
    """The line at `resume`, a heading's rest after a page end, stands right under the page number and
    holds no 。: it may be the next page's running header that opens one page only (X文件, which the
    furniture marks only where it repeats), no words of the heading; not where another page of the text
    goes on with a sentence right under its number (its pages print no header)."""
    end = text.find("\n", resume)
    if "。" in text[resume : len(text) if end < 0 else end]:
        return False
    above = text[max(0, resume - 200) : resume].rstrip(" \t\f\u3000\n")  # the lines above, a page end's blanks left out
    return _PAGE_NUMBER_LINE.fullmatch(above[above.rfind("\n") + 1 :]) is not None and not _headerless_pages(text)


_NUMBER_THEN_LINE = re.compile(rf"^{_PAGE_NUMBER_LINE.pattern}\n\s*([^\n]*)", re.MULTILINE)
_SENTENCE_MARKS = re.compile(r"[。,;:、]")


@per_text
def _headerless_pages(text: str) -> bool:
    """Some page number of the text has a line of sentences right under it: the pages print no running
    header (a header is a title line, a sentence's words go on from the page before)."""
    return any(_SENTENCE_MARKS.search(m.group(1)) for m in _NUMBER_THEN_LINE.finditer(text))


def _runs_in(line: str, raw: str, full: int | None, text: str, resume: int) -> bool:
    """A list item's line as wide as the text is a run-in item the wrap cut where it is an article
    (第五条 …), holds a clause mark ((一)编制…规划,拟定…) or goes on to a line that closes the
    sentence ((三)未按照要求…接入政务大数⏎据中心的;); a heading of that width followed by a line
    that runs on ((二)加快推进…综合整治工作⏎各乡镇要统筹规划…) ends at its line end."""
    if not _fills_width(raw, full):
        return False
    item = _LIST_ITEM.match(line)
    if _ARTICLE.match(line) or _CLAUSE_SPLIT.search(line, item.end() if item else 0):
        return True
    line_end = text.find("\n", resume)
    rest = text[resume : len(text) if line_end < 0 else line_end].rstrip()
    return bool(rest) and rest[-1] in "。;"


def _fills_width(line: str, full: int | None) -> bool:
    """A line (its indent counted: a paragraph's first line holds fewer characters) as wide as the
    text's width: an item run on into a sentence (第一条 为规范…, (一)编制…规划,拟定…) that the wrap
    cut, not a heading that ends there. A line wider than the width was not cut at it (a digit or
    Latin letter is half as wide; a comma may hang past the margin)."""
    if full is None:
        return False
    narrow = sum(1 for c in line if c.isascii() and c.isalnum())
    wide = len(line) - narrow / 2
    return full - 1 <= wide <= full + (line[-1] in ",、")


# A mark between the clauses of one sentence (not a heading's number's brackets).
_CLAUSE_SPLIT = re.compile(r"[,、;]|:(?=.)")  # a colon with words after it: a unit heading run into its duty (省农业农村厅:负责…)
# Any clause mark: a line after a heading that holds one is a paragraph of its own.
_CLAUSE_MARK = re.compile(r"[,、;:()“”《》]")


def _heading_rest(text: str, resume: int, full: int, open_brackets: int = 0) -> int | None:
    """Where a heading that a wrap cuts (…服务保障能力,促进冷链物⏎流规范发展) ends on the next
    line: at its 。 or, where that line closes its paragraph (it is no full line running on), at
    its end; only for a short rest with no clause mark. A full-width heading that ends by itself
    is followed by a paragraph, which runs on or holds a clause."""
    line_end = text.find("\n", resume)
    line = text[resume : len(text) if line_end < 0 else line_end].rstrip()
    if "。" in line:
        rest = line[: line.find("。")]  # (一)实施…一体化提⏎升改造行动。以县域为单元,…: a run-in heading
    elif line.endswith(";") and line.count(";") == 1:
        rest = line[:-1]  # (2)到2025年底,培育…龙头⏎企业3—5家;: an item of a list of aims ends at its ;
    elif _open_line(line, full) and len(line) >= FULL_SHARE * full:
        return None
    else:
        rest = line
    # the brackets the heading's line left open close in its rest ((2025年5月1日—5月20⏎日)): no clause
    closed = rest.replace(")", "", open_brackets) if open_brackets > 0 else rest
    if not rest or len(rest) > full // 2 or _CLAUSE_MARK.search(closed):
        return None
    return resume + len(rest)


def runs_on(text: str, newline: int) -> bool:
    """The line end at `newline` is a wrap inside a paragraph on one page: a heading cut there
    goes on to the next line (across a page end it would hold the page number and header)."""
    resume = wrap_at(text, newline)
    return resume is not None and not text[newline + 1 : resume].strip()


def without_page_ends(text: str, start: int, end: int) -> str:
    """text[start:end], but where a page end's number and running header stand inside it: the words
    on either side of them joined by one line end (…社区综合服务设⏎— 2 —⏎X文件⏎施提升行动: …设⏎施提升行动),
    as the same words read on one page."""
    if not any(s < end and e > start for s, e in furniture(text)):
        return text[start:end]
    return _PAGE_END_GAP.sub("\n", without_furniture(text, start, end))


_PAGE_END_GAP = re.compile(r"[ \t\f\u3000]*\n[\s]*")


_SPACE = " \t\f\n"


def _indent(text: str, pos: int) -> int:
    at = pos
    while at < len(text) and text[at] in " \t":
        at += 1
    return at - pos


def _resume(text: str, pos: int, furniture: list[tuple[int, int]], fstarts: list[int]) -> tuple[int, bool]:
    """The next character after `pos` that is neither space nor page furniture, and whether a
    page end (blank lines, its page number, the running header) was crossed to reach it."""
    n = len(text)
    while pos < n and text[pos] in " \t\f":
        pos += 1
    i = bisect.bisect_right(fstarts, pos) - 1
    if pos < n and text[pos] != "\n" and not (i >= 0 and furniture[i][0] <= pos < furniture[i][1]):
        return pos, False  # the next line goes on: an ordinary wrap (a page number right under it is a page end)
    crossed = False
    while pos < n:
        if text[pos] in _SPACE:
            pos += 1
            continue
        i = bisect.bisect_right(fstarts, pos) - 1
        if i >= 0 and furniture[i][0] <= pos < furniture[i][1]:
            pos, crossed = furniture[i][1], True
            continue
        break
    if crossed and _unmarked_header(text, pos):
        return n, False
    return (pos, True) if crossed else (n, False)  # a blank line with no page end ends the paragraph


def _unmarked_header(text: str, pos: int) -> bool:
    """The line at `pos`, after a page number, looks like a running header that boilerplate could not
    mark (it opens one page only): short, no sentence in it, a blank line after it. Nothing is
    joined across it."""
    from ..stages.boilerplate import header_like  # the stages import this package

    end = text.find("\n", pos)
    if end < 0:
        return False
    line, after = text[pos:end].strip(), text.find("\n", end + 1)
    return header_like(line) and not text[end + 1 : len(text) if after < 0 else after].strip()


def wrap_at(text: str, pos: int) -> int | None:
    """Where the text resumes if a wrap's newline stands at `pos` (after trailing spaces), else None."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    newlines, resumes = _wraps(text)
    i = bisect.bisect_left(newlines, pos)
    return resumes[i] if i < len(newlines) and newlines[i] == pos else None


def wraps_between(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(newline, resume) of every wrap whose newline stands in [start, end)."""
    newlines, resumes = _wraps(text)
    if not newlines:
        return []
    i, j = bisect.bisect_left(newlines, start), bisect.bisect_left(newlines, end)
    return list(zip(newlines[i:j], resumes[i:j]))


class Unwrapped:
    """text[start:end] with every wrap taken out (the line's trailing spaces, the newline, the
    next line's indent, a page end's furniture), and the way back to positions in the text."""

    __slots__ = ("text", "_at", "_to")

    def __init__(self, text: str, start: int, end: int) -> None:
        pieces, self._at, self._to = [], [], []
        length, at = 0, start
        for newline, resume in wraps_between(text, start, end):
            if resume > end:
                break
            cut = newline
            while cut > at and text[cut - 1] in " \t":
                cut -= 1
            pieces.append(text[at:cut])
            self._at.append(length)
            self._to.append(at)
            length += cut - at
            at = resume
        pieces.append(text[at:end])
        self._at.append(length)
        self._to.append(at)
        self.text = "".join(pieces)

    def start(self, pos: int) -> int:
        """Where the character at `pos` of the unwrapped text stands in the text."""
        i = bisect.bisect_right(self._at, pos) - 1
        return self._to[i] + pos - self._at[i]

    def end(self, pos: int) -> int:
        """Where a span ending at `pos` of the unwrapped text ends in the text (before a break)."""
        return self.start(pos - 1) + 1 if pos > 0 else self.start(0)


def unwrapped(text: str, start: int, end: int) -> Unwrapped | None:
    """text[start:end] with its wraps taken out, or None where it has none."""
    return Unwrapped(text, start, end) if wraps_between(text, start, end) else None


@per_text
def inner_newlines(text: str) -> frozenset[int]:
    """Every newline a wrap crosses (its own, and the blank lines and page furniture of a page end)."""
    found = set()
    for newline, resume in zip(*_wraps(text)):
        at = newline
        while 0 <= at < resume:
            found.add(at)
            at = text.find("\n", at + 1, resume)
    return frozenset(found)


def paragraph_start(text: str, pos: int, floor: int = 0) -> int:
    """The start of the line holding `pos`, going back over wraps to the line that opens its paragraph."""
    inner = inner_newlines(text)
    newline = text.rfind("\n", floor, pos)
    while newline >= 0 and newline in inner:
        newline = text.rfind("\n", floor, newline)
    return newline + 1
