"""The sentence and clause around a quantity, and what their words say of it (targets stage).

A quantity is judged by its sentence: where it starts and ends (a hard-wrapped line is no
sentence end), the clause before it, how the sentence opens (its indent and item number left
out), and whether its words set an aim (到2027年, 达到) or report a thing done (已建成).
"""

from __future__ import annotations

import bisect
import re

from . import deadlines, target_vocab as vocab
from ..text import wraps
from ..text.textcache import per_text


_SENTENCE_END = "。!?\n"
CLAUSE_END_RE = re.compile("[" + _SENTENCE_END + ",;:]")
_SENTENCE_REACH = 400
# 到2025年 / 至2025年 set a time for an aim; 截至2024年底 says as of when a figure stood (a report)
BY_YEAR = re.compile(r"(?<!截)[到至]\s?(?:19|20)[0-9]{2}年")


def has_aim(words: str) -> bool:
    for word in vocab.past_words("not_aim"):  # 主要, 重要, 需要: 要 inside another word
        words = words.replace(word, "")
    return bool(BY_YEAR.search(words)) or any(w in words for w in vocab.past_words("aim"))


def done_without_aim(clause: str) -> bool:
    """已下达, 已投入, 今年以来: a completed action, unless an aim governs it (确保已建成项目…达到).
    已 inside an attribute (对已建成小区实施改造, 已纳入规划的小区) marks the noun, not the action."""
    if vocab.word_search("done").search(clause) is None:
        return False  # one C search rules out most clauses; the loop below finds which word it is
    for word in vocab.past_words("done"):
        at = clause.rfind(word)
        if at >= 0 and not marks_the_noun(clause, at) and not _AFTER_DONE.match(clause, at + len(word)):
            return not has_aim(clause)
    return False


# A done word that opens a time (收到工单后2小时内, 收到之日起): the act the work waits for, no report.
_AFTER_DONE = re.compile(r"[^,,。;;]{0,8}?(?:后(?![续备期台勤盾])|之日|之时)")  # not 后续资金, 后备干部


def marks_the_noun(clause: str, at: int) -> bool:
    """已… inside an attribute: after 对 (对已建成小区) or before a 的 (已纳入规划的小区), or before a
    rate that is the aim's subject (已登记养殖场粪污处理率达到95%: the rate of the registered farms;
    not 已建成大功率充电桩500个 nor 已实现网上办理率100%, done and said so)."""
    return "的" in clause[at:] or clause[:at].endswith("对") or bool(_RATE_AIMED.search(clause, at))


# A rate (not 功率/效率/频率) right before the verb that sets its aim.
_RATE_AIMED = re.compile(r"(?<![功效频])率(?:要|应|力争)?(?:达到|提高到|提高至|提升到|提升至|不低于|保持在|稳定在)")

_INDENT = " \t\u3000\u00a0"
# A numbered item's own number before its first sentence: (一), 1., 一、
_ITEM_NUMBER = re.compile(r"(?:\([一二三四五六七八九十0-9]{1,3}\)|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、])")


def sentence_opening(text: str, pos: int) -> str:
    """The sentence that holds `pos`, from its start (after a paragraph's indent and any item number)
    to `pos`: 　　去年,… opens with 去年 as much as an unindented line does."""
    start, _ = sentence_bounds(text, pos)
    while start < pos and text[start] in _INDENT:
        start += 1
    number = _ITEM_NUMBER.match(text, start, pos)
    return text[number.end() if number else start : pos]


def clause_before(text: str, pos: int, reach: int = 60) -> str:
    """The clause before `pos`: back to the last comma, semicolon or sentence end."""
    return CLAUSE_END_RE.split(text[max(0, pos - reach) : pos])[-1]  # in C, not a Python loop per character


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos`: from after the previous 。/line break to the next one
    (at most 400 characters either way, so flat OCR text stays cheap)."""
    # Searched within the reach around `pos` (a str.find per end character, in C), not bisected in an
    # index of the whole text's ends: no such index lives through the stage (memory: the peak of a
    # dense notice), and the few dozen calls a notice makes cost about what building it did.
    low, high = max(0, pos - _SENTENCE_REACH), pos + _SENTENCE_REACH
    start, end = low, min(len(text), high)
    for char in _SENTENCE_END:
        at = text.rfind(char, low, pos)
        while char == "\n" and at >= 0 and _wrapped_line_end(text, at):
            at = text.rfind(char, low, at)
        start = max(start, at + 1)
        at = text.find(char, pos, high)
        while char == "\n" and at >= 0 and _wrapped_line_end(text, at):
            at = text.find(char, at + 1, high)
        if at >= 0:
            end = min(end, at)
    return start, end


def _wrapped_line_end(text: str, at: int) -> bool:
    """A line break inside a sentence: the line ends in a comma or 、 (a paragraph wrapped at its
    width: 到2025年,…达到100%, | …达到90%以上。) and the next line opens no list item; or a PDF
    export's hard wrap (text.wraps), which may break a line anywhere."""
    return text[at - 1 : at] in (",", "、") and LIST_MARK.match(text, at + 1) is None or at in wraps.inner_newlines(text)


@per_text
def year_mentions(text: str, ref_year: int | None, this_month: tuple[int, int] | None) -> tuple[list[int], list[deadlines.Mention]]:
    """Every dated by-date of the text, scanned once, with their starts for bisecting; a period with
    no year already over at the signing month (上半年完成投资 in August) is none, as in deadlines."""
    found = [m for m in deadlines.scan_unwrapped(text, 0, len(text), ref_year, this_month) if m.year and not m.period]
    return [m.start for m in found], found


def mentions_between(text: str, start: int, end: int, ref_year: int | None, this_month: tuple[int, int] | None) -> list[deadlines.Mention]:
    starts, found = year_mentions(text, ref_year, this_month)
    return found[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


# The mark that opens a list item on its own line (——, 1., (1), ①, (一), 一、): its kind. Dashes
# may be typed as box-drawing lines (──), as sections' dash headings are.
LIST_MARK = re.compile(
    r"[ \t]*(?:(?P<dash>—{1,2}|─{1,2}|-|·|•)|(?P<digit>[0-9]{1,2}[.、])|(?P<paren>\([0-9]{1,2}\))|(?P<circled>[①-⑳])"
    r"|(?P<cparen>\([一二三四五六七八九十]{1,3}\))|(?P<cdigit>[一二三四五六七八九十]{1,3}、))"
)
