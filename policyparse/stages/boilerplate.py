"""Stage: boilerplate. Mark web-page leftovers in saved text as `draft.noise`.

Saved pages keep their toolbars and footers (访问量, 字号:大 中 小, 扫一扫在手机打开当前页,
返回顶部 打印本页, 本文链接, 主办:…). The vocabulary in data/boilerplate.txt says for each
phrase how much it takes: the phrase, its line, or everything from its line to the end
(footers), its line when it opens the line, or (foot) its line when it opens the line in the
last part of the text with no sentence or signature date after it (a site's 主办:, not an
event notice's). Short lines only, so that a body sentence mentioning 打印 is never noise.
"""

from __future__ import annotations

import re
from functools import cache
from .. import vocabulary
from ..pipeline import Draft, Span
from ..text import wraps
from ..text.normalize import WHITESPACE, normalize
from ..text.patterns import MARKED_NUMBER, PAGE_NUMBER_LINE
from .section_body import line_bounds

# A chrome line is short: body paragraphs that mention a chrome word are longer.
MAX_LINE = 150
MAX_PHRASE_LINE = 80
# Footers sit at the end: a "tail" phrase counts only in the last part of the text (or its last characters).
TAIL_SHARE = 0.3
TAIL_CHARS = 600
# Toolbars hold no sentence punctuation; a line that does is prose mentioning a chrome word.
_SENTENCE = re.compile(r"[。,;]")
_SENTENCE_END = re.compile(r"[。;;]")  # not the comma: info lines join their fields with one
_DATE_LINE = re.compile(r"^[ \t]*(?:19|20|二[〇零○])[^\n]{2,10}年[^\n]{1,3}月[^\n]{1,3}日[ \t]*$", re.MULTILINE)


@cache
def _vocabulary() -> tuple[tuple[re.Pattern[str], str], ...]:
    entries = []
    for phrase, *scope in vocabulary.rows("boilerplate.txt"):
        phrase = re.sub(r"\s+", "", normalize(phrase))
        # Pages space out their toolbars (字号: 大 中 小): allow a little whitespace between characters.
        pattern = r"[ \t\u3000]{0,3}".join(re.escape(ch) for ch in phrase)
        entries.append((re.compile(pattern), scope[0].strip() if scope and scope[0].strip() else "phrase"))
    return tuple(entries)


@cache
def _phrase_scan() -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """Any vocabulary pattern (one alternation: every one opens with its phrase's first character,
    so re scans for that set in C), and the entries by that first character."""
    by_first: dict[str, list[int]] = {}
    for i, (pattern, _) in enumerate(_vocabulary()):
        first = pattern.pattern[1] if pattern.pattern[0] == "\\" else pattern.pattern[0]  # re.escape(ch): ch or \ch
        by_first.setdefault(first, []).append(i)
    alternation = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _vocabulary()))
    return alternation, {ch: tuple(entries) for ch, entries in by_first.items()}


def _matches(text: str) -> dict[int, list[re.Match[str]]]:
    """For each vocabulary entry (by index), the matches `pattern.finditer(text)` yields.

    One search for any phrase stands for one scan of the text per phrase: chrome phrases are
    rare, so each pattern is tried only where some phrase matches.
    """
    vocabulary = _vocabulary()
    alternation, by_first = _phrase_scan()
    found: dict[int, list[re.Match[str]]] = {}
    pos = 0
    while (hit := alternation.search(text, pos)) is not None:
        at = hit.start()
        for i in by_first.get(text[at], ()):
            match = vocabulary[i][0].match(text, at)
            if match:
                seen = found.setdefault(i, [])
                if not seen or seen[-1].end() <= at:  # finditer goes on after a match's end
                    seen.append(match)
        pos = at + 1
    return found


def find(draft: Draft) -> None:
    draft.noise = merge(draft.noise + chrome_spans(draft.text) + wraps.furniture(draft.text) + commentary_tail(draft.text))


# A portal prints a notice's 政策解读 under it on the same page: after the signature's date, a
# line that is a commentary's title (《…》解读, 关于…的政策解读) or its bare label (政策解读, 一图读懂)
# opens the commentary, whose numbered parts retell the notice's work: no text of the notice.
_LINE = re.compile(r"[^\n]+")
_COMMENTARY_LABEL_MAX = 6
# An attachment's own heading line (附件2, 附件:): what follows it belongs to the notice again.
_ATTACHMENT_LINE = re.compile(r"^[ \t\u3000]*附件[0-9一二三四五六七八九十]{0,3}[ \t\u3000]*:?[ \t\u3000]*$", re.MULTILINE)
# 一是…, 二是加强解读: an enumerated point of the notice, never a commentary's label.
_ENUMERATED = re.compile(r"[一二三四五六七八九十]{1,3}是")


def commentary_tail(text: str) -> list[Span]:
    """From the first commentary title or label after the first signature-date line (one after a
    sentence: a date line above the body is the page's) to the end; none on a page that is a
    commentary itself (its own title stands above the date)."""
    date = _DATE_LINE.search(text, text.find("。") + 1)
    if date is None:
        return []
    for line in _LINE.finditer(text):
        if _commentary_title(line.group()):
            if line.start() <= date.start():
                return []
            attachment = _ATTACHMENT_LINE.search(text, line.end())  # 附件2 after a 附件1 政策问答: the notice's again
            return [(line.start(), attachment.start() if attachment else len(text))]
    return []


def _commentary_title(line: str) -> bool:
    from .commentary import is_commentary  # late import: commentary reads the metadata stage, a neighbour of this one

    if len(line) > 2 * MAX_LINE:
        return False
    bare = WHITESPACE.sub("", line)
    if not bare or len(bare) > MAX_LINE:
        return False
    # Speed: every line of the text comes here, and few are titled: that cheap test goes first
    # (all the tests are pure and joined by `and`, so their order changes no answer).
    titled = bare.startswith("《") or "关于" in bare or len(bare) <= _COMMENTARY_LABEL_MAX
    if not titled or _SENTENCE.search(bare) or MARKED_NUMBER.match(bare):
        return False
    if bare.startswith("附件") or _ENUMERATED.match(bare):
        return False  # 附件:关于《…》的解读 is an attachment's line; 二是加强解读 a point of the notice
    return is_commentary(bare)


# A page number printed on a line of its own (— 3 —, - 12 -): text exported from a PDF keeps
# one between every two pages, and the running header that opens the next page under it.
_PAGE_NUMBER_LINE = re.compile(rf"^{PAGE_NUMBER_LINE}$", re.MULTILINE)
_NEXT_LINE = re.compile(r"\n[ \t\f\u3000]*(?:\n[ \t\f\u3000]*)*([^\n]*)")
MAX_HEADER_LINE = 40


def header_like(line: str) -> bool:
    """A short line with no sentence in it: what a page's running header looks like."""
    return len(line) <= MAX_HEADER_LINE and not _SENTENCE.search(line)


def co_signer(name: str) -> bool:
    """`name`, a line above a signature's last issuer line, may be one more issuer of a joint signature: a
    body signs with its full name (澄川市财政局), and a name that opens on a bare level word (市交通运输局,
    县财政局) is an item of a list of units on lines that ends the body right above the signature."""
    from ..units.lists import admin_prefix  # late import, as page_end_line's

    return admin_prefix(name) is None


def page_end_line(text: str, start: int, end: int) -> bool:
    """text[start:end] (one line) is a PDF export's page end: a page number on its line, furniture
    (page_furniture), or the running header right under a page number where only one page end repeats
    nothing (a two-page notice), unless that line names a body (is_unit_name: a header may be an issuer's
    name, and a signature line is read as one)."""
    from ..text.orgs import is_unit_name  # late import: the stages' vocabulary loads on first use

    line = WHITESPACE.sub("", text[start:end])
    if not line or _PAGE_NUMBER_LINE.fullmatch(line) or not wraps.without_furniture(text, start, end).strip():
        return bool(line)
    above = text.rfind("\n", 0, max(0, start - 1))
    return (_PAGE_NUMBER_LINE.fullmatch(text, above + 1, max(above + 1, start - 1)) is not None
            and header_like(line) and not is_unit_name(line))


def page_furniture(text: str) -> list[Span]:
    """Page numbers on lines of their own, and the running headers under them: a short line
    with no sentence in it that opens two pages or more (X省人民政府公报 20XX年第N期 / X省人民政府办公厅文件)."""
    spans: list[Span] = []
    headers: dict[str, list[Span]] = {}
    for number in _PAGE_NUMBER_LINE.finditer(text):
        spans.append(number.span())
        nxt = _NEXT_LINE.match(text, number.end())
        line = re.sub(r"\s+", "", nxt.group(1)) if nxt else ""
        if line and header_like(line) and not MARKED_NUMBER.match(line) \
                and not line.startswith("附件"):  # a page that opens an attachment: 附件 / 附件2
            headers.setdefault(line, []).append(nxt.span(1))
    for places in headers.values():
        if len(places) >= 2:
            spans.extend(places)
    return spans


def chrome_spans(text: str) -> list[Span]:
    """Spans of page chrome in `text`, unmerged."""
    spans: list[Span] = []
    tail_from = int(len(text) * (1 - TAIL_SHARE))
    found = _matches(text)
    for i, (pattern, scope) in enumerate(_vocabulary()):
        for match in found.get(i, ()):
            # Line bounds by bisection: many matches on one long line must not rescan it. (The
            # text's line breaks are listed once, and the sections stage reads the same list.)
            line_start, line_end = line_bounds(text, match.start())
            line = text[line_start:line_end].strip()
            length = len(line)
            if MARKED_NUMBER.match(line):
                continue  # a numbered line is content, whatever words it holds (四、扫描二维码关注: no footer)
            opens = not text[line_start:match.start()].strip()
            # A sentence that names a chrome word (充分利用微信公众号等平台发布…, 更新政府信息公开指南…)
            # is the notice's own text; a chrome line opens with its phrase or holds no sentence.
            prose = not opens and _SENTENCE_END.search(line)
            if scope == "tail":
                # In a short page the last characters can hold the whole article: a toolbar above it
                # ([打印本页][关闭窗口]) has sentences after it, a footer has none.
                near_end = len(text) - match.start() <= TAIL_CHARS and "。" not in text[line_end:]
                if (match.start() >= tail_from or near_end) and length <= MAX_LINE and not prose:
                    spans.append((line_start, len(text)))
                    break
            elif scope == "trailer":
                # 往期推荐 over ▲ titles of other posts: the phrase is the line's only word and no sentence follows
                # (not 往期推荐项目 in a row, nor 往期回顾显示,… opening a paragraph)
                alone = not re.search(r"\w", text[line_start : match.start()] + text[match.end() : line_end])
                if match.start() >= tail_from and alone and "。" not in text[line_end:]:
                    spans.append((line_start, len(text)))
                    break
            elif scope == "foot":
                # 主办:/承办: open a site footer's lines, and an event notice's body lines: the footer's
                # stand in the last part with no sentence and no signature date after them.
                if length <= MAX_LINE and opens and (match.start() >= tail_from or len(text) - match.start() <= TAIL_CHARS) \
                        and "。" not in text[line_end:] and not _DATE_LINE.search(text, line_end):
                    spans.append((line_start, line_end))
            elif scope == "line" or scope == "lead":
                if length <= MAX_LINE and (scope == "line" and not prose and not _notice_title(line) or opens):
                    spans.append((line_start, line_end))
            elif length <= MAX_PHRASE_LINE and not _SENTENCE.search(line):
                spans.append((match.start(), match.end()))
    return spans


def _notice_title(line: str) -> bool:
    """A notice's title that names a chrome word (…关于更新政府信息公开指南的通知): 关于/印发 and a genre word."""
    from .metadata_shapes import TITLE_HINGE, doc_type_of  # metadata reads merge() from here

    return bool(TITLE_HINGE.search(line)) and doc_type_of(line) is not None


def merge(spans: list[Span]) -> list[Span]:
    """Sorted, non-overlapping spans covering the same positions."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
