"""Stage: deadlines — the points in time the text sets for work, attached to their tasks.

A year counts as a deadline only in a by-date shape: 到2027年 (or 至2027年 opening a clause or
ending a start: 即日起至2023年底, not a validity's 有效期自…起至…),
2027年前, 2020年底前, 2018年6月底前, 力争2020年底, 年内, 年底前, a date after 完成时限: or alone
in a table cell (also in figures: 2023.12, and 2025.6.30前 with 前), a date right before a completion
verb (2023年12月底完成, data/deadline_verbs.txt), the end of a five-year plan (到“十四五”末), or (where
the notice's own year is known) a plan year opening a sentence (2023年全市重点项目共120个). Ranges of
years (2015年至2017年, 2018-2020年; but 完成时限:2023—2025年 or 2023—2025年完成… ends in one), start
points (从2019年起) and base years (以2018年…为基数) are not deadlines, nor is a date without its
year whose month had ended when the notice was signed, unless it lies just past the turn of the year
(1月10日前 in December: the next year's). Recurring shapes (每年5月底前, 按季度, 每半年, 每月) carry
`recurring` and no date. `date` is the last day of the period named.
"""

from __future__ import annotations

import bisect
import calendar
import heapq
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Callable, Iterator

from ..model import Deadline, Task
from ..pipeline import Draft
from ..text.dates import time_labels, time_words
from ..text.numerals import to_number, year_number
from ..text.orgs import is_unit_name
from ..text import wraps
from ..text.prefilter import anchored_finditer
from ..units import spaced
from ..vocabulary import entries, rows
from .section_body import line_bounds

_YEAR = r"(?:19|20)[0-9]{2}|二[〇○零][〇○零一二三四五六七八九]{2}"
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"3[01]|[12][0-9]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_THIRD_OF_MONTH = r"上旬|中旬|下旬|初"
_WINDOW_END = rf"底|末|{_THIRD_OF_MONTH}"  # not a bare 中 (4月中小企业), as _PART_OF_MONTH has
_PART_OF_MONTH = rf"{_WINDOW_END}|中"
_QUARTER = r"第?[一二三四1-4]季度"


@cache
def _label() -> str:
    """A time-limit label (完成时限, 时间节点 …: data/time_labels.txt), as a regex."""
    return "(?:" + "|".join(map(re.escape, time_labels())) + ")"


# A span of dates (2019年1月1日至2020年12月31日, 2019年1月1日至12月31日, 2023年9月至2024年6月):
# one mention, its end. Without days the second year is needed (2020年9月至12月 is one by-date).
# A third of a month may stand for the day (2025年3月上旬至2025年4月中旬: the 20th of April).
_DATE_RANGE = re.compile(
    rf"(?P<year>{_YEAR})年(?:{_MONTH})月(?:(?P<day1>(?:{_DAY})日)|{_THIRD_OF_MONTH})?\s?[至到\-—~]\s?"
    rf"(?:(?P<year2>{_YEAR})年)?(?(day1)|(?(year2)|(?!)))(?P<month>{_MONTH})月(?:(?P<day>{_DAY})日|(?P<mpart>{_WINDOW_END}))?"
)


@cache
def _labelled_day_anchor() -> re.Pattern:
    """The colon after a time-limit label (the labels' alternation would be tried at every character):
    it stands at most _longest_label() + 1 characters after the match's start."""
    last = "[" + "".join(sorted({re.escape(w[-1]) for w in time_labels()})) + "]"
    return re.compile(rf":(?:(?<={last}:)|(?<={last}\s:))")


@cache
def _labelled_day_pattern() -> re.Pattern:
    """A labelled date with no year (完成时限:11月30日): the notice's own year."""
    return re.compile(
        rf"{_label()}\s?:\s?(?P<date>(?P<month>{_MONTH})月(?:(?P<day>{_DAY})日|(?P<mpart>{_PART_OF_MONTH}))?(?:之前|以前|前)?)"
    )


# A by-date with a month or a quarter and no year (6月底前, 6月30日前, 今年10月前, 二季度末前):
# the notice's own year, or the next one after 明年.
# After a day, the weekday in brackets and the hour (3月7日(星期五)下班前, 3月10日(周一)前, 3月11日17:00前).
_DAY_HOUR = r"(?:[(（](?:星期|周)[一二三四五六日天][)）])?(?:下班|[0-9]{1,2}[:：][0-9]{2}|[0-9]{1,2}时)?"
_MONTH_ONLY = re.compile(
    rf"(?P<date>(?:今年|本年|(?P<next>明年))?(?:(?P<month>{_MONTH})月份?(?:(?P<day>{_DAY})日{_DAY_HOUR}|(?P<mpart>底|末|上旬|中旬|下旬))?"
    rf"|(?P<ypart>{_QUARTER})(?:末|底)?)(?:之前|以前|前))"
)
_THIS_YEAR = ("今年", "本年")  # a date that names its year relative to the notice's
_RELATIVE_YEARS = _THIS_YEAR + ("明年",)

# A month, quarter or half of the year with no year (6月底完成招标, 三季度完成验收, 上半年完成摸底,
# 完成时限:三季度), or a stage's window of months (7月至9月,开展集中整治): the notice's own year,
# or the next one after 明年.
_BARE_PERIOD = re.compile(
    rf"(?P<date>(?:今年|本年|(?P<next>明年))?(?:(?:(?P<month0>{_MONTH})月?份?(?:(?:{_DAY})日|上旬|中旬|下旬|初|底)?[-—–~至到])?(?P<month>{_MONTH})月份?"
    rf"(?:(?P<day>{_DAY})日|(?P<mpart>底|末|上旬|中旬|下旬))?|(?P<ypart>{_QUARTER}(?:末|底)?|上半年|下半年|年?底|年?末))"
    r"(?P<before>之前|以前|前)?)"
)
# Every _BARE_PERIOD match holds one of these, at most 5 characters after its start (今年十二月, 今年第三季度).
_BARE_PERIOD_ANCHORS = tuple(map(re.compile, ("月", "季度", "半年", "年底", "年末")))
_BARE_PERIOD_REACH = 5
# 本月底前, 本月25日前: the notice's own month (its signing date's year and month).
_THIS_MONTH = re.compile(rf"本月(?:(?P<day>{_DAY})日|(?P<mpart>底|末|上旬|中旬|下旬))(?:之前|以前|前)")
# 于14日18时前报送, ,15日前报县防办: a day with no month, as urgent notices (明电) write it, after 于/在 or
# a clause's start: the notice's own month, as for 本月. Not 前后 (将于15日前后超过警戒水位: about then).
_DAY_ONLY = re.compile(rf"(?<=[于在,;:。\n(])(?P<day>3[01]|[12][0-9]|0?[1-9])日{_DAY_HOUR}(?:之前|以前|前)(?!后)")
_DAY_ONLY_ANCHOR = re.compile(r"[0-9]日")  # each match holds a digit and 日 within a character of its start
# A date in figures (2023.12, 2024-06-30), as 完成时限 columns write it: a deadline only after a
# 完成时限 label, alone in a table cell, or before 前 or a completion verb as a written date is,
# where it cannot be a version or a phone number.
_NUMERIC_DATE = re.compile(
    rf"(?P<year>(?:19|20)[0-9]{{2}})(?P<sep>[./\-])(?P<month>1[0-2]|0?[1-9])(?:(?P=sep)(?P<day>3[01]|[12][0-9]|0?[1-9]))?"
    r"(?![0-9])(?:底?(?:之前|以前|前))?"
)
# Anchors for _NUMERIC_DATE, one per separator (a literal each: see the note above _YearAnchor): the separator after
# the year, 4 characters after the match's start. A match holds one kind of separator, and none
# can start inside another (its digit runs after the year are at most 2 long), so the three runs
# together find what finditer finds.
_NUMERIC_ANCHORS = tuple(re.compile(rf"{re.escape(sep)}(?<=(?:19|20)[0-9]{{2}}{re.escape(sep)})") for sep in "./-")


@cache
def _label_before_pattern() -> re.Pattern:
    """A time-limit label and its colon right before a date (完成时限:2023.12)."""
    return re.compile(rf"{_label()}\s?:\s?$")


# The end of a five-year plan period (到“十四五”末, “十五五”期末): its last year. The Nth plan
# (N >= 3) runs 1966+5(N-3) .. 1970+5(N-3), so 十四五 ends in 2025. The period as a window
# right before its verb (“十四五”期间完成…) ends there too, unless it is over when the notice is
# signed (a report); opening a sentence (“十三五”期间,全市累计…) it sets no time (tests/test_fix_targets2.py).
_FIVE_YEAR_END = re.compile(r"(?P<keep>到|至|截至)?(?P<q>“)?十(?P<n>[一二三四五六七八九])五(?(q)”)(?:(?:时期|期)?末|(?P<window>期间)(?!,))")
_FIVE_YEAR_ANCHOR = re.compile("十[一二三四五六七八九]五")
# A term counted from a start year (自2024年起,用3年时间, 从2024年开始,力争用三年左右时间): its
# last year, as 力争三年 in a plan of three years is by the plan's last year.
_COUNTED_TERM = re.compile(r"[自从]((?:19|20)[0-9]{2})年(?:起|开始),?(?:力争|争取)?用([一二两三四五1-5])年(?:左右)?的?时间")
_COUNTED_TERM_ANCHOR = re.compile("时间")
_COUNTED_TERM_REACH = 18
_NOT_BEFORE_MONTH = set("年每个第0123456789零〇○一二两三四五六七八九十")
_NOT_BEFORE_PERIOD = _NOT_BEFORE_MONTH | set("去前上下当次同该")  # 去年底, 次年底, 前三季度: not the notice's year


@cache
def _dated_pattern() -> re.Pattern:
    """One regex for every dated shape; the groups say which parts were written."""
    return re.compile(
        rf"(?P<label>{_label()}\s?:\s?)?"
        # 至 reads as 到 where it opens a clause, ends a start (即日起至2023年底: a campaign's window) or
        # follows an aim word (至2025年, 力争至2025年), or ends how long work goes on (活动持续至2026年2月:
        # its window's end, call 14); elsewhere it ends a span or a validity (2018年至2020年,
        # 延期至2020年6月30日).
        rf"(?P<keep>到|截至|截止到|截止|(?:^|(?<=[。;!?\n:,起])|(?<=持续))至)?"
        rf"(?P<loose>(?P<aim>力争|争取|确保)|计划|于|在)?"
        rf"(?P<keep2>到|(?<=力争|争取|确保)至)?"
        rf"(?P<year>{_YEAR})年"
        rf"(?:(?P<month>{_MONTH})(?:月份?|(?=[-—~](?:{_MONTH})月))"  # 2023年4-6月: the first month may drop its 月
        rf"(?:(?P<day>{_DAY})日|(?:{_THIRD_OF_MONTH})?[-—~至](?P<month2>{_MONTH})月份?(?P<mpart2>{_WINDOW_END})?|(?P<mpart>{_PART_OF_MONTH}))?"
        # 2023年度内, 2023年年中前; 2025年度 closing a cell or a label's clause (not 2025年度考核)
        rf"|(?P<ypart>年?(?:底|末|内)|度内|度(?=[\t\n。;]|$)|年中|上半年|下半年|{_QUARTER}(?:末|底)?))?"
        rf"(?P<before>之前|以前|前)?"
    )


_RECURRING = re.compile(
    rf"(?P<yearly>每年(?:的)?(?:(?:{_MONTH})月份?(?:(?:{_DAY})日|{_PART_OF_MONTH})?|年?[底末初]|第?[一二三四1-4]季度(?:末|底)?)"
    # 每年6月底前和12月底前, 每年6月、12月: every date of the list recurs
    rf"(?:(?:之前|以前|前)?[和、及或](?:{_MONTH})月份?(?:(?:{_DAY})日|{_PART_OF_MONTH})?)*"
    r"(?:之前|以前|前)?)"
    r"|(?P<quarterly>(?:每|按)个?季度(?:末|底)?(?:之前|以前|前)?)"
    r"|(?P<half>[每按]半年)"
    rf"|(?P<monthly>每个?月(?:(?:{_DAY})日|底|末)?(?:之前|以前|前)?|按月)"
)
_WITHIN_YEAR = re.compile(
    r"(?<![0-9零〇○一二两三四五六七八九十几多今本当年])年内|今年年?内|本年内|本年度内|今年年?底(?:之?前)?|本年度?底(?:之?前)?"
    # a bare 年底 needs 到 or 前 to be a by-date (年底召开总结会 is an event); 每年底, 去年底 are not this year's
    r"|(?:截至|到|至)年底(?:之?前)?|(?<![0-9零〇○一二两三四五六七八九十几多今本当年每上下去明前到至次同该])年底之?前"
)

# Anchors for text.prefilter: what every match holds, and how far after the match's start it
# may stand. These patterns open with optional words, so finditer alone tries every character.
# re searches at C speed for a pattern that opens with one literal character; a pattern that opens
# with an alternation or a class ((?:19|20)…, 月|季度, [每按]) is tried at every character, ~15x slower.
# So the anchors below are found through a lone literal (年, 前, 每 …) with a lookbehind for the rest.


class _YearAnchor:
    """`(?:_YEAR)年` as an anchor for text.prefilter (its hit starts at the year): found through its 年."""

    _nian = re.compile(rf"年(?<=(?:{_YEAR})年)")  # every _YEAR is 4 characters: a fixed-width lookbehind
    _year = re.compile(rf"(?:{_YEAR})年")

    def search(self, text: str, pos: int, end: int) -> re.Match | None:
        nian = self._nian.search(text, pos + 4, end)  # a year starting at pos or later has its 年 at pos+4 or later
        return self._year.match(text, nian.start() - 4, end) if nian else None


_YEAR_ANCHOR = _YearAnchor()


@cache
def _longest_label() -> int:
    return max(map(len, time_labels()))


@cache
def _year_reach() -> int:
    """How far before its year a _dated_pattern() match may start: a label, " : ", 截止到力争到
    (13 with 4-character labels), and some slack."""
    return _longest_label() + 12


@cache
def _dated_lead() -> frozenset[str]:
    """Every character a _dated_pattern() match can hold before its year (anchored_finditer's `lead`):
    the labels', the colon, whitespace (what \\s takes is what str.isspace() takes, none above U+3000)
    and those of 到 截至 截止 至 力争 争取 确保 计划 于 在 (tests/test_prefilter.py reads them out of the pattern)."""
    spaces = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
    return frozenset("".join(time_labels()) + ":到截至截止至力争争取确保计划于在" + spaces)


# Every _MONTH_ONLY match ends in 前 after one of these (月前, 月份前, 日前, 底前, 末前, 下旬前, 季度前, 之前, 以前,
# and after a day's weekday or hour: )前, 班前, 0前, 时前) …
_MONTH_ANCHOR = re.compile("前(?<=[月份日底末旬度之以)）班0-9时]前)")
_MONTH_REACH = 19  # … at most 19 characters after its start: 今年十二月份二十一日(星期五)下班前, 十二月二十一日(星期五)17:00前
# [每按] as two literals, scanned one after the other: no _RECURRING match holds a 每 or 按 past
# its first character, so the matches at 每 and those at 按 are together what finditer finds.
_RECURRING_ANCHORS = (re.compile("每"), re.compile("按"))
_WITHIN_YEAR_ANCHOR = re.compile("年")
_WITHIN_YEAR_REACH = 2  # 本年度内
_QUARTER_NUMBER = re.compile("[一二三四1-4](?=季度)")
_WRITTEN_DAY = re.compile(rf"({_DAY})日(?:之前|以前|前)?$")
_YEAR_RANGE_BEFORE = re.compile(r"(?:[0-9]{4}年?|年)\s?[-—–~至到]\s?$")
_SENTENCE_START = "。;!?\n:"
_RANGE_OR_START_AFTER = ("至", "-", "—", "–", "~", "起", "以来", "开始", "度", "版")  # 2023年度 a year of accounts, 2025年版 an edition


@dataclass(frozen=True, slots=True)
class Mention:
    """A deadline found in the text, before it is attached to a task."""

    start: int
    end: int
    text: str
    date: str | None
    year: int | None
    recurring: str | None
    period: bool = False
    """True for a span of dates (2019年1月1日至12月31日): when a rule applies, not a by-date."""

    def to_model(self) -> Deadline:
        return Deadline(text=self.text, date=self.date, recurring=self.recurring, span=(self.start, self.end))


def find(draft: Draft) -> None:
    """Attach to each task the deadlines its own text sets, and those on the rows of a
    division-of-work table that the units stage matched to it (序号 | 任务 | 牵头单位 | 完成时限)."""
    from ..units.table import forget_rows  # late import, as _matched_rows's

    if not draft.tasks:
        return
    mentions = [m for m in scan_unwrapped(draft.text, *region(draft), reference_year(draft), reference_month(draft)) if not draft.in_noise(m.start)]
    # 2024年春节前: no day to know; 9月1日秋季开学前 writes its day, and that day is the by-date
    mentions = [m for m in mentions if not _festival_after(draft.text, m.end) or _names_its_day(m.text)]
    mentions = sorted(whole_year_of_plan(draft, mentions) + _whole_term(draft) + _next_year_of_plan(draft), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    for mention in mentions:
        written = _WRITTEN_DAY.search(mention.text)
        if written and mention.date and _small_number(written.group(1)) != int(mention.date[8:]):
            draft.warnings.append(f"deadline {mention.text!r} at {mention.start} names a day its month lacks; read as {mention.date}")
    text = draft.text
    # 序号 | 工作任务 | 一季度 | 二季度: a period heading a column is the plan's, a time set for the
    # work of each row whose cell under it holds some, not for the text it stands in
    whole = {(m.start, m.end) for m in mentions}
    heads = {i: rows for i, m in enumerate(mentions) if (rows := _column_rows(text, m, whole)) is not None}
    # each row (a line) once, with the heads over it: a task's spans find theirs by bisection
    head_rows: dict[tuple[int, int], list[int]] = {}
    for k, rows in heads.items():
        for row in rows:
            head_rows.setdefault(row, []).append(k)
    row_spans = sorted(head_rows)
    row_starts, row_ends = [a for a, _ in row_spans], [b for _, b in row_spans]
    matched = _matched_rows(draft)
    forget_rows()  # no later stage reads the table's rows
    for i, task in enumerate(draft.tasks):
        found: list[Mention] = []
        spans = [task.span, *_table_rows(text, task), *matched.get(i, ())]
        for start, end in spans:
            lo = bisect.bisect_left(starts, start)
            inside = [m for k, m in enumerate(mentions[lo : bisect.bisect_left(starts, end)], lo) if k not in heads]
            found += [m for m in inside if m.end <= end and m not in found]
        over = {k for s, e in spans for row in row_spans[bisect.bisect_right(row_ends, s) : bisect.bisect_left(row_starts, e)]
                for k in head_rows[row]}  # the rows (s < b and a < e) that the task's spans overlap
        found += [mentions[k] for k in sorted(over) if mentions[k] not in found]
        task.deadlines = [m.to_model() for m in sorted(found, key=lambda m: m.start)]


def _whole_term(draft: Draft) -> list[Mention]:
    """力争三年…, …,三年引进… in a plan that runs three years: by the plan's last year, as 到“十四五”末."""
    from .target_years import plan_end_year, whole_term_spans  # targets reads this module: imported here

    spans = whole_term_spans(draft, *region(draft))
    year = plan_end_year(draft) if spans else None
    return [_mention(s, e, draft.text[s:e], year, None, None) for s, e in spans if year and not draft.in_noise(s)]


_ONE_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年")


def whole_year_of_plan(draft: Draft, mentions: list[Mention]) -> list[Mention]:
    """全年 as a time limit (a time column's cell, 完成时限:全年) in a plan of several years (2025—2027年)
    means the year its column's header or its row names (2026年), not the notice's: with neither, no year."""
    if not any(m.text == "全年" for m in mentions):
        return mentions
    from .target_years import plan_end_year  # targets reads this module: imported here

    first, last = reference_year(draft), plan_end_year(draft)
    if last in (None, first):
        return mentions
    text, headers, kept = draft.text, {}, []
    for m in mentions:
        if m.text == "全年":
            year = None
            if _whole_cell(text, m.start, m.end):
                line_start, line_end = line_bounds(text, m.start)
                year = _one_year(_header_cell(text, m.start, headers)[1]) or _one_year(text[line_start : m.start] + text[m.end : line_end])
            if year is not None and first is not None and not first <= year <= last:
                year = None  # 较2024年压减20% in a row of a 2025—2027年 plan: a base year, not the year of its work
            if year is None:
                continue
            m = replace(m, date=f"{year:04d}-12-31", year=year)
        kept.append(m)
    return kept


def _one_year(text: str) -> int | None:
    years = set(_ONE_YEAR.findall(text))
    return int(years.pop()) if len(years) == 1 else None


# 次年 before a month, a quarter, a half or 底 (次年1月底前, 次年3月完成, 次年一季度前, 次年年底前).
_NEXT_YEAR = re.compile("次年")
# Words before 次年 in its sentence that make it count from each year or an unnamed one (每年…次年…, 当年…次年).
_NEXT_YEAR_OF_EACH = re.compile(r"每|当年|(?:19|20)[0-9]{2}年?(?:——|[—–\-~～至到])(?:19|20)[0-9]{2}年")  # 2025—2027年,逐年…,次年: after each


def _next_year_of_plan(draft: Draft) -> list[Mention]:
    """次年1月底前, 次年3月完成 in a notice for one year (its title names one year: 东江市2025年工作要点,
    关于做好2025年度…工作的通知): the year after that year, or after the year its sentence writes before it
    (2025年12月底前…,次年1月底前). 次年 counts from a year named elsewhere, so in a notice for several years
    or none, or after 每年/当年 in its sentence, it sets no time."""
    text = draft.text
    start, end = region(draft)
    year = _title_year(draft.metadata) if "次年" in text[start:end] else None
    if year is None:
        return []
    found = []
    for hit in _NEXT_YEAR.finditer(text, start, end):
        match = _BARE_PERIOD.match(text, hit.end(), end)
        if match is None:
            continue
        if not (match["before"] or _completion_follows(text, match.end()) or _labelled_before(text, hit.start())
                or _whole_cell(text, hit.start(), match.end()) or _stage_window(text, hit.start(), match.end())):
            continue
        sentence = text[max(start, hit.start() - _CARRY_REACH) : hit.start()]
        sentence = sentence[max(sentence.rfind(c) for c in "。;\n") + 1 :]
        if _NEXT_YEAR_OF_EACH.search(sentence) or draft.in_noise(hit.start()):
            continue
        written = _ONE_YEAR.findall(sentence)
        after = int(written[-1]) + 1 if written else year + 1
        found.append(Mention(hit.start(), match.end(), text[hit.start() : match.end()], _last_day(after, match), after, None))
    return found


@cache
def _festival_words() -> str:
    """Festivals and seasons (data/festivals.txt) as one alternation, longest first."""
    return "|".join(map(re.escape, sorted(entries("festivals.txt"), key=len, reverse=True)))


@cache
def _festival_before() -> re.Pattern:
    """A festival or season and 前 right after a date (2024年春节前)."""
    return re.compile(rf"(?:{_festival_words()})(?:之|以)?前")


def _festival_after(text: str, pos: int) -> bool:
    """A festival or season and 前 at `pos`, also where a hard wrap cuts it (2026年春节⏎前); not across
    a line end that is no wrap (完成时限:2026年1月⏎春节前,… is a month, then a new clause)."""
    head = text[pos : pos + _FESTIVAL_REACH]
    if "\n" in head:
        wrapped = wraps.inner_newlines(text)
        head = _LINE_BREAK.sub(lambda m: "" if pos + m.start() in wrapped else m.group(), head)
    return _festival_before().match(head) is not None


_FESTIVAL_REACH = 24  # a festival's name, 之前, and a line break with its next line's indent
_LINE_BREAK = re.compile(r"\n[ \t\u3000]*")


def _names_its_day(date: str) -> bool:
    """A date written to its day (9月1日, 2025年12月20日): a festival or season after it and 前
    (9月1日秋季开学前, 12月20日春节前) says why that day, which stays the by-date."""
    return date.endswith("日")


@cache
def _event_before() -> re.Pattern:
    """A festival, season or other event (data/dated_events.txt) and 前 right after a date."""
    return _before_one_of(set(entries("festivals.txt")) | set(entries("dated_events.txt")))


def _day_before_event(text: str, match: re.Match) -> bool:
    """9月1日秋季开学前, 12月20日春节前: a date written to its day, then an event and 前; or a bare month and an
    event held on a day of it (9月开学前, 9月秋季开学前: the term opens that month), not a festival or season
    (festivals.txt: 10月国庆节前 and 6月汛期前 stay no deadline, as a festival with no day does)."""
    if match["before"]:
        return False
    if match["day"]:
        return _event_before().match(text, match.end()) is not None
    bare_month = match["month"] and not match.groupdict().get("mpart") and not match.groupdict().get("month0")
    return bool(bare_month) and _month_event_before().match(text, match.end()) is not None


@cache
def _month_event_before() -> re.Pattern:
    """An event of data/dated_events.txt that is no festival or season, and 前, right after a month."""
    return _before_one_of(set(entries("dated_events.txt")) - set(entries("festivals.txt")))


def _before_one_of(events: set[str]) -> re.Pattern:
    """One of the events, then 前; not 前后 (开学前后开展安全检查: a spell around the event, no time limit)."""
    words = sorted(events, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})(?:之|以)?前(?!后)")


def _matched_rows(draft: Draft) -> dict[int, list[tuple[int, int]]]:
    """Task index -> the tab-separated table rows matched to it by title (units.table.match). A
    row whose units all repeat the body's bracket leaves the task no table unit to find it by."""
    from ..units import flat_table, table  # the units stage's own matching, read again here

    if "\t" not in draft.text and not spaced.row_lines(draft.text) and not flat_table.tables(draft.text):
        return {}

    rows = [r for r in table.find_rows(draft.text) if r.units]  # as table.apply reads them
    matched = table.match(rows, draft.tasks) if rows else {}
    if len(matched) * 2 < len(rows):  # a table of its own items (table.apply): its rows are tasks
        return {}
    # A row its title does not find, whose units (two or more, in their roles) are exactly those of
    # one task's own text and of no other task: that task's row (retitled in the table).
    by_units: dict[frozenset, list[int]] = {}
    taken = set(matched.values())
    for t, task in enumerate(draft.tasks):
        if t not in taken and len(task.units) >= 2:
            by_units.setdefault(frozenset((u.name, u.role) for u in task.units), []).append(t)
    for r, row in enumerate(rows):
        tasks = by_units.get(frozenset((u.name, u.role) for u in row.units), []) if r not in matched else []
        if len(row.units) >= 2 and len(tasks) == 1:
            matched[r] = tasks[0]
    out: dict[int, list[tuple[int, int]]] = {}
    for r, t in matched.items():
        if ("\t" in draft.text[rows[r].span[0] : rows[r].span[1]] or spaced.is_row(draft.text, *rows[r].span)
                or flat_table.is_row(draft.text, *rows[r].span)):  # a row of its own (or of a table OCR flattened), not flat text
            out.setdefault(t, []).append(rows[r].span)
    return out


def _column_rows(text: str, mention: Mention, whole: set[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Where `mention` fills a cell of a table's header row of periods (序号 | 工作任务 | 一季度 | 二季度,
    tab-separated or aligned with spaces: the table's first line, two cells or more dates in `whole`
    that name periods, not limits (一季度, 2025年; not 2025年6月底前, 2025年3月1日), none a row number or
    a unit), the rows under it (their lines, blank lines between them skipped) whose cell in its
    column holds something; None for a mention elsewhere (a row's time limit, a row below a blank line,
    a table of one line: 完成时限\t一季度)."""
    if not _whole_cell(text, mention.start, mention.end) or _LIMIT_MARK.search(mention.text):
        return None
    line_start, line_end = line_bounds(text, mention.start)
    if (at := spaced.cell_at(text, mention.start)) is not None:
        if spaced.header_line(text, at[0]) != at[0]:
            return None
        cells = list(spaced.row_cells(text, at[0]))
    elif _row_above(text, line_start) is not None:
        return None  # a row under the table's first line
    else:
        from ..units import table  # the units stage's reading of a tab row's cells

        cells = [(cell.start, cell.end) for cell in table.tab_cells(text, line_start, line_end)]
    if (sum(cell in whole and not _LIMIT_MARK.search(text, *cell) for cell in cells) < 2 or any(_ROW_NUMBER.fullmatch(text, a, b) for a, b in cells)
            or any(is_unit_name(text[a:b]) for a, b in cells)):
        return None
    column = next(k for k, (a, b) in enumerate(cells) if a <= mention.start < b)
    out, rows = [], 0
    if at is not None:
        for a, b in spaced.row_lines(text):
            if a > at[0] and spaced.header_line(text, a) == at[0]:
                rows += 1
                cell = spaced.row_cells(text, a)[column]
                if cell[0] < cell[1] or any(k == column for k, _ in spaced.row_rests(text, a)):
                    out.append((a, b))
        return out if rows else None
    pos = line_end + 1
    while pos < len(text):  # down to the first line with no tab: no cap, each row read once
        a, b = line_bounds(text, pos)
        if "\t" not in text[a:b]:
            if text[a:b].strip():
                break
            pos = b + 1  # a blank line between rows, as exports leave them
            continue
        rows += 1
        row = text[a:b].split("\t")
        if column < len(row) and row[column].strip():
            out.append((a, b))
        pos = b + 1
    return out if rows else None


_LIMIT_MARK = re.compile(r"[日底末前旬初]")  # a cell naming a limit or a day, not a period (2025年6月底前)


def _row_above(text: str, start: int) -> int | None:
    """Where the table row above the line at `start` starts: the nearest line above that is not
    blank (exports leave blank lines between a table's rows), if it holds a tab; else None."""
    while start:
        start, end = line_bounds(text, start - 1)
        if text[start:end].strip():
            return start if "\t" in text[start:end] else None
    return None


_ROW_NUMBER = re.compile(r"[0-9]{1,3}")


def _table_rows(text: str, task: Task) -> list[tuple[int, int]]:
    """The table rows (tab-separated lines outside the task's text) that hold its table units."""
    rows = []
    for unit in task.units:
        if unit.source != "table" or unit.span is None or task.span[0] <= unit.span[0] < task.span[1]:
            continue
        row = line_bounds(text, unit.span[0])
        if ("\t" in text[row[0] : row[1]] or spaced.is_row(text, *row)) and row not in rows:
            rows.append(row)
    return rows


def region(draft: Draft) -> tuple[int, int]:
    """The part of the text the stages read: the body when known, else everything."""
    return draft.body if draft.body else (0, len(draft.text))


# A title naming a plan or a list of work (工作要点, 行动计划, 实施方案, 工作安排), also inside 印发…的通知.
_PLAN_TITLE = re.compile(r"(?:要点|计划|方案|安排|清单)》?(?:的通知)?\s*$")


# A year written in a title, not as one end of a span (2023—2025年) or a count of years.
_TITLE_YEAR = re.compile(r"(?<![0-9—\-~至到])((?:19|20)[0-9]{2})年(?!\s?[0-9—\-~至到])")


def reference_year(draft: Draft) -> int | None:
    """The notice's own year (what 年内 means): signing date, else plan start, else publication,
    else the one year its title names."""
    meta = draft.metadata
    if meta.signed_date and meta.signed_date[:4].isdigit():
        signed = int(meta.signed_date[:4])
        # 东江市2024年工作要点 signed in December 2023: a plan for next year speaks of that year (not a
        # 关于做好2024年度…申报工作的通知, whose 12月31日前 falls in the year it is signed, nor a
        # 2024年元旦春节期间值班工作安排, whose dates run across the turn of the year)
        plan = any(_PLAN_TITLE.search(title or "") and not re.search(_festival_words(), title or "")
                   for title in (meta.enclosed_title, meta.title))
        return signed + 1 if plan and _title_year(meta) == signed + 1 else signed
    if meta.period:
        return meta.period.start
    if meta.published_date and meta.published_date[:4].isdigit():
        return int(meta.published_date[:4])
    return _title_year(meta)


def _title_year(meta) -> int | None:
    """The one year a title names (东江市2023年工作要点: a plan for one year), else none."""
    for title in (meta.enclosed_title, meta.title):
        years = _TITLE_YEAR.findall(title or "")
        if len(years) == 1:
            return int(years[0])
    return None


def reference_month(draft: Draft) -> tuple[int, int] | None:
    """The notice's own month (what 本月 means): its signing date's year and month, else none."""
    signed = draft.metadata.signed_date or ""
    return (int(signed[:4]), int(signed[5:7])) if signed[:4].isdigit() and signed[5:7].isdigit() else None


def through_each(pattern: re.Pattern, anchors: tuple[re.Pattern, ...], reach: int, text: str, start: int, end: int) -> Iterator[re.Match]:
    """The matches of `pattern` found through each anchor in turn, in text order: for anchors of
    which every match holds exactly one (a literal each, see the note above _YearAnchor)."""
    # Merged as they are read, not sorted from a list: the match objects of the whole text are not all
    # held at once (memory: the peak of a dense notice). On a tie the anchors' order is kept, as the
    # stable sort kept it.
    return heapq.merge(*(anchored_finditer(pattern, anchor, reach, text, start, end) for anchor in anchors),
                       key=lambda match: match.start())


def scan_unwrapped(text: str, start: int, end: int, ref_year: int | None, this_month: tuple[int, int] | None) -> list[Mention]:
    """scan(), read in the text with a PDF export's hard wraps taken out (到2027⏎年, a year cut from
    its 年 by a page end), each mention placed back at its span (which holds the break)."""
    view = wraps.unwrapped(text, start, end)
    if view is None:
        return scan(text, start, end, ref_year, this_month)
    placed = []
    for m in scan(view.text, 0, len(view.text), ref_year, this_month):
        m_start, m_end = view.start(m.start), view.end(m.end)
        placed.append(replace(m, start=m_start, end=m_end, text=text[m_start:m_end]))
    return placed


def scan(text: str, start: int = 0, end: int | None = None, ref_year: int | None = None, this_month: tuple[int, int] | None = None) -> list[Mention]:
    """Every deadline between `start` and `end`, in text order."""
    end = len(text) if end is None else end
    ranges = anchored_finditer(_DATE_RANGE, _YEAR_ANCHOR, 0, text, start, end)
    # a written window of a data period (数据期为2025年1月—2025年6月, 《…制度(2024年1月—2025年12月)》) is no time of work
    found = [m for m in (_date_range(match) for match in ranges if not _names_a_period(text, match.start(), match.end(), written=True)) if m]
    taken = [(m.start, m.end) for m in found]
    # a window over when the notice was signed (2024年10月—2025年3月期间,全市共查处… in April 2025) reports
    found = [m for m in found if not _window_over(text, m, ref_year, this_month)]
    dated = ((match, _dated(text, match, ref_year)) for match in anchored_finditer(_dated_pattern(), _YEAR_ANCHOR, _year_reach(), text, start, end, _dated_lead()))
    found += [m for match, m in dated if m and not _inside(taken, m.start) and not (_bare_window(match) and _window_over(text, m, ref_year, this_month))
              and not _as_of_over(match, m, this_month)]
    if ref_year:
        year_at = _carried_year(text, found, ref_year)
        labelled = anchored_finditer(_labelled_day_pattern(), _labelled_day_anchor(), _longest_label() + 1, text, start, end)
        found += [m for m in (_ahead(_labelled_day(match, year_at(match)), this_month) for match in labelled) if m]
        taken = sorted((m.start, m.end) for m in found)
        for match in anchored_finditer(_MONTH_ONLY, _MONTH_ANCHOR, _MONTH_REACH, text, start, end):
            first = match.start()
            if first and not match.group().startswith(_THIS_YEAR) and text[first - 1] in _NOT_BEFORE_MONTH:
                continue
            mention = _ahead(_labelled_day(match, year_at(match)), this_month)
            if mention and not _inside(taken, first):
                found.append(mention)
    for match in anchored_finditer(_FIVE_YEAR_END, _FIVE_YEAR_ANCHOR, 3, text, start, end):
        year = 1970 + 5 * (10 + int(to_number(match["n"])) - 3)
        if match["window"] and (ref_year is None or year < ref_year
                                or not (_completion_follows(text, match.end()) or _opens_clause(text, match.start(), match.end()))):
            continue  # “十四五”期间完成…: a window before its verb; 编制“十四五”期间重点项目清单 names a period
        found.append(_mention(match.start(), match.end(), match.group(), year, None, None))
    for match in anchored_finditer(_COUNTED_TERM, _COUNTED_TERM_ANCHOR, _COUNTED_TERM_REACH, text, start, end):
        year = int(match.group(1)) + int(to_number(match.group(2))) - 1
        found.append(_mention(match.start(), match.end(), match.group(), year, None, None))
    numeric = list(through_each(_NUMERIC_DATE, _NUMERIC_ANCHORS, 4, text, start, end))  # read in pairs below
    in_window = set()
    for first, last in zip(numeric, numeric[1:]):
        # (2025.3—2025.4): a window in figures ends where its written form (2025年3月—2025年4月) does,
        # unless it ends by the notice's month (a reporting period, as for 2023年4-6月) or names a
        # period (数据期为2025.1—2025.6, 《…制度(2024.1-2025.12)》)
        if _numeric_window(text, first, last) and _window_ahead(last, ref_year, this_month) and not _names_a_period(text, first.start(), last.end()):
            found.append(replace(_mention(first.start(), last.end(), text[first.start() : last.end()], int(last["year"]), last, None), period=True))
            in_window |= {first.start(), last.start()}
    for match in numeric:
        if match.start() in in_window:
            continue
        year = int(match["year"])
        # after a label, alone in a cell, with 前 (于2025.6.30前完成), or before a completion verb as a
        # written date (2025.6.30完成)
        ahead = ref_year is None or year >= ref_year
        past_attribute = not ahead and _attributive_follows(text, match.end())  # 对2000.12前建成的小区
        if (_labelled_before(text, match.start()) or match.group().endswith("前") and not past_attribute
                or ((_whole_cell(text, match.start(), match.end()) or _completion_follows(text, match.end())) and ahead)):
            found.append(_mention(match.start(), match.end(), match.group(), year, match, None))
    found += [_recurring(match) for match in through_each(_RECURRING, _RECURRING_ANCHORS, 0, text, start, end)
              if not _rate(text, match)]
    if ref_year:
        within = anchored_finditer(_WITHIN_YEAR, _WITHIN_YEAR_ANCHOR, _WITHIN_YEAR_REACH, text, start, end)
        found += [_mention(match.start(), match.end(), match.group(), year_at(match), None, None) for match in within]
        found += _bare_periods(text, start, end, year_at, this_month, sorted((m.start, m.end) for m in found))
    headers: dict[int, int] = {}  # each table row's header line (_header_cell)
    if ref_year and "全年" in text:
        # 完成时限:全年, a time column's cell 全年 (not the header's: 指标 | 全年 | 一季度): the work runs
        # through the notice's year, to its end
        for match in _WHOLE_YEAR.finditer(text, start, end):
            written = _YEAR_BEFORE.search(text, max(start, match.start() - 5), match.start())  # 2025年全年
            first = written.start() if written else match.start()
            if text[match.end() : match.end() + 1] in _WHOLE_YEAR_ENDS and (
                    _whole_cell(text, first, match.end()) and _time_column_row(text, first, headers) or _labelled_before(text, first)):
                year = int(written.group(1)) if written else ref_year
                if year >= ref_year:  # 2024年全年 in a 2025 notice: a period reported on
                    found.append(_mention(first, match.end(), text[first : match.end()], year, None, None))
    if this_month and "本月" in text:
        found += [_this_month(match, *this_month) for match in _THIS_MONTH.finditer(text, start, end)]
    if this_month:
        taken = sorted((m.start, m.end) for m in found)
        # not a day counted from an event (每季度结束后,10日前; 收到通知后,3日前): a span, no day of this month
        found += [_this_month(match, *this_month) for match in anchored_finditer(_DAY_ONLY, _DAY_ONLY_ANCHOR, 1, text, start, end)
                  if not _inside(taken, match.start()) and not _counted_from_an_event(text, match.start())]
    if "\t" in text or spaced.row_lines(text):  # 启动时间 beside 完成时限: a date alone in the start column's cell is no time limit
        # a window in the cell (2025年3月—2025年11月) still ends the work: only a single point is a start
        found = [m for m in found if m.period or not (_whole_cell(text, m.start, m.end) and (
            _start_column(text, m.start, headers) or _year_of_column(text, m.start, headers)))]
    # a yearless date inside a recurring list (每年6月底前和12月底前) recurs with it: no date of its own
    each = sorted((m.start, m.end) for m in found if m.recurring)
    if each:
        found = [m for m in found if m.recurring or _WRITTEN_YEAR_IN.search(m.text) or not _inside(each, m.start)]
    return sorted(found, key=lambda m: m.start)



_WRITTEN_YEAR_IN = re.compile(r"(?:19|20)[0-9]{2}年")
# An event's 后 right before a day, a comma, bracket or line end and a modal 应于/请于 maybe between
# (检查结束后,30日前; 结束后,应于30日前; 结束后(30日前); 结束后,⏎30日前): the day counts from the event. Not a
# clause of its own subject (会议结束后,各地于15日前报送: the 15th, as a reader takes it), nor a 后 that
# orders the text's steps rather than naming an event (最后,请于25日前报送; 然后, 今后: the 25th).
_AFTER_EVENT = re.compile(r"(?<![最然今])后[ \t]{0,2}[,(]?\s{0,2}(?:应当|应|须|需|要|请|并|均|务必)?(?:于|在)?$")
_AFTER_EVENT_REACH = 12


def _counted_from_an_event(text: str, day_at: int) -> bool:
    """A yearless day that an event's 后 opens (收到通知后,3日前; 检查结束后,应于30日前): so many days after
    the event, not that day of the notice's month."""
    return _AFTER_EVENT.search(text[max(0, day_at - _AFTER_EVENT_REACH) : day_at]) is not None


_WHOLE_YEAR = re.compile("全年")
_YEAR_BEFORE = re.compile(r"((?:19|20)[0-9]{2})年$")
_WHOLE_YEAR_ENDS = ("", "\t", "\n", "。", ";", ",")  # the time limit alone, no 全年完成投资… after a label

_CARRY_REACH = 60
_PARTS_OF_A_YEAR = ("月", "季", "半年")
_STAGE_OPENING = "阶段("
_STAGE_REACH = 600  # a stage's paragraph, to the next stage's bracket


def _carried_year(text: str, dated: list[Mention], ref_year: int) -> Callable[[re.Match], int]:
    """The year a date with none written takes: a later year written shortly before it in the same
    sentence carries on (2024年3月底前完成排查,6月底前完成整改: 2024), and so does a later year dating
    the stage before in a list of stages (集中整治阶段(2024年1月—6月)…巩固提升阶段(7月—11月): 2024);
    else the notice's year."""
    # Only a date inside a later year carries (2024年3月底前…,6月底前): a year alone is a goal's
    # horizon (到2025年基本建成,年内完成规划编制: 年内 is still the notice's year).
    later = sorted((m.end, m.year, m.start) for m in dated
                   if m.year and m.year > ref_year and not m.recurring and any(part in m.text for part in _PARTS_OF_A_YEAR))

    def year_at(match: re.Match) -> int:
        pos = match.start()
        i = bisect.bisect_right(later, (pos, float("inf"))) - 1
        if i < 0 or match.group().startswith(_RELATIVE_YEARS):
            return ref_year
        end, year, start = later[i]
        if text.endswith(_STAGE_OPENING, 0, pos) and text.endswith(_STAGE_OPENING, 0, start) and pos - end <= _STAGE_REACH:
            return year  # stages follow one another in time
        gap = text[end:pos]
        return ref_year if pos - end > _CARRY_REACH or "。" in gap or "\n" in gap else year

    return year_at


def _bare_periods(text: str, start: int, end: int, year_at: Callable[[re.Match], int], this_month: tuple[int, int] | None,
                  taken: list[tuple[int, int]]) -> list[Mention]:
    """6月底完成, 三季度完成, 完成时限:上半年, 7月至9月,开展…: a period with no year before a completion
    verb, after a time label, alone in a table cell, or a window of months opening a stage is a by-date
    in the notice's year; not after a year or a 每/第/个 (去年6月, 每季度), nor once over when the
    notice was signed (上半年完成投资50亿元, 1-6月,全市完成… in August report it)."""
    found = []
    for match in through_each(_BARE_PERIOD, _BARE_PERIOD_ANCHORS, _BARE_PERIOD_REACH, text, start, end):
        first = match.start()
        if first and not match["date"].startswith(_RELATIVE_YEARS) and text[first - 1] in _NOT_BEFORE_PERIOD:
            continue
        if match["ypart"] in ("底", "末") and not match["next"] and not match["date"].startswith(_THIS_YEAR):
            continue  # 底 alone only after 明年/今年 (明年底前)
        if _inside(taken, first):
            continue
        window = match["month0"] and (text[match.end() : match.end() + 1] in (",", ")", ";") or _window_opens_work(text, first, match.end()))
        cell = _whole_cell(text, first, match.end()) or _stage_window(text, first, match.end())
        if not (window or cell or match["before"] or _completion_follows(text, match.end()) or _labelled_before(text, first)
                or _campaign_end(text, first, match.end()) or _day_before_event(text, match)):
            continue
        mention = _ahead(_labelled_day(match, year_at(match)), this_month)
        if mention:
            found.append(mention)
    return found


# After a window in figures, words that make it a season or a noun's period (…为主汛期, 2025.1—2025.6的数据).
_NOT_WORK_AFTER_WINDOW = ("为", "是", "的", "期间的", "份的")


def _window_opens_work(text: str, start: int, end: int) -> bool:
    """7月至9月集中开展排查: a window of months opening a clause, a work verb right after it (no comma
    between; data/window_verbs.txt), as 7月至9月,开展… is; not where figures follow (1月至11月全市…增长6%)."""
    if not _opens_clause(text, start):
        return False
    if text.startswith(_window_verbs(), end) or _completion_follows(text, end):
        return True
    # 4月至6月对全市燃气企业开展…, 6月至8月由各区开展…: a preposition's phrase before the work verb
    return _work_phrase().match(text, end) is not None


@cache
def _work_phrase() -> re.Pattern[str]:
    """A preposition's short phrase, then a work verb (对全市燃气企业开展, 由各区开展)."""
    verbs = "|".join(map(re.escape, sorted(_window_verbs(), key=len, reverse=True)))
    return re.compile(rf"(?:对|由|在|向|围绕|针对)[^,;。:\n]{{1,20}}?(?:{verbs})")


@cache
def _window_verbs() -> tuple[str, ...]:
    return entries("window_verbs.txt")


def _campaign_end(text: str, start: int, end: int) -> bool:
    """即日起至7月31日, 自6月1日起至8月底: the end of a campaign's window, as 即日起至2023年底 is with its
    year; not a validity period's (有效期自印发之日起至12月31日, …起至12月31日有效)."""
    return text.endswith(("起至", "起到"), 0, start) and not _validity_before(text, start - 1) and not text.startswith("有效", end)


_TURN_OF_YEAR = 3  # months ahead of the signing month that a yearless date may fall in the next year


def _ahead(mention: Mention, this_month: tuple[int, int] | None) -> Mention | None:
    """A date given without its year (8月底前, 6月底完成, 完成时限:6月30日) whose month had ended when
    the notice was signed reports or repeats: it sets no time (call 21: one rule for every yearless
    shape, with 前, a verb or a label alike). Only a month just past the turn of the year (1月10日前
    in a December notice) lies ahead: the next year's (the guide is silent; a reader dates it so)."""
    signed = f"{this_month[0]:04d}-{this_month[1]:02d}" if this_month else ""
    if not signed or mention.date[:7] >= signed:
        return mention
    year, month, day = int(mention.date[:4]), int(mention.date[5:7]), int(mention.date[8:])
    if year != this_month[0] or month + 12 - this_month[1] > _TURN_OF_YEAR:
        return None
    last = calendar.monthrange(year, month)[1]
    day = calendar.monthrange(year + 1, month)[1] if day == last else day
    return replace(mention, date=f"{year + 1:04d}-{month:02d}-{day:02d}", year=year + 1)


def period_over(text: str, pos: int, ref_year: int, this_month: tuple[int, int] | None) -> bool:
    """A period with no year at `pos` (上半年, 前三季度, 1-6月) that was over when the notice was
    signed: what is reported for it is a result, as _bare_periods reads it."""
    if this_month is None:
        return False
    match = _BARE_PERIOD.match(text, pos + 1 if text.startswith("前", pos) else pos)  # 前三季度 ends with 三季度
    if match is None or match["next"]:
        return False
    return _ahead(_labelled_day(match, ref_year), this_month) is None


def _as_of_over(match: re.Match, mention: Mention, this_month: tuple[int, int] | None) -> bool:
    """截至2025年1月底,全市累计建成… in a notice signed in March 2025: a month over when it was signed
    is the date a count is taken at, no time limit (as 截至 a year before the notice's is, in _dated)."""
    return (this_month is not None and match["keep"] in ("截至", "截止到") and not match["before"] and bool(match["month"])
            and bool(mention.date) and (int(mention.date[:4]), int(mention.date[5:7])) < this_month)


def _bare_window(match: re.Match) -> bool:
    """2025年1月—3月 with no 到, 前, label or aim word: a window of months, as a stage or a report gives it."""
    return bool(match["month2"]) and not any(match[g] for g in ("keep", "keep2", "before", "label", "loose"))


def _window_over(text: str, mention: Mention, ref_year: int | None, this_month: tuple[int, int] | None) -> bool:
    """A written window (2024年10月—2025年3月, 2025年1月—3月) whose last month had ended when the notice
    was signed (its year before the notice's where no month is known): the period of what was done, no
    time set for work (as a window in figures, _window_ahead, and a yearless date, _ahead, are read);
    not as a time limit (完成时限:…, a time column's cell) nor a stage's bracket (集中整治阶段(2023年1月—6月)),
    which say when the plan's work was due."""
    if (not mention.date or _labelled_before(text, mention.start) or _whole_cell(text, mention.start, mention.end)
            or _stage_window(text, mention.start, mention.end)):
        return False
    if this_month:
        return (int(mention.date[:4]), int(mention.date[5:7])) < this_month
    return ref_year is not None and mention.year is not None and mention.year < ref_year


def window_over_at(text: str, pos: int, ref_year: int | None, this_month: tuple[int, int] | None) -> int | None:
    """Where a written window at `pos` ends (2024年10月—2025年3月期间,全市共查处…), if it was over when
    the notice was signed (_window_over): what is counted after it was done then; else None."""
    match = _DATE_RANGE.match(text, pos)
    mention = _date_range(match) if match else None
    if mention is None:
        match = _dated_pattern().match(text, pos)
        mention = _dated(text, match, ref_year) if match and _bare_window(match) else None
    return mention.end if mention and _window_over(text, mention, ref_year, this_month) else None


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` falls in one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1  # the last span that starts at or before pos
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _dated(text: str, match: re.Match, ref_year: int | None) -> Mention | None:
    year = year_number(match["year"])
    if year is None:
        return None
    if _inside_year_range(text, match):
        return _time_limit_window(text, match, year, ref_year)
    # A bare date (2023年3月8日 under a signature, 2024年第二季度季报) is not a by-date:
    # it needs 到/截至, 前, a 完成时限 label, or an aim word (力争2020年底, 确保2020年).
    by_date = match["keep"] or match["keep2"] or match["before"] or match["label"] or match["aim"]
    by_date = by_date or (match["loose"] and (match["month"] or match["ypart"]))
    # A span of months is a stage's window (2023年4-6月,开展自查); in a year before the notice's,
    # a reporting period (2018年1-6月,全市完成投资).
    by_date = by_date or (match["month2"] and (ref_year is None or year >= ref_year))
    # A bare date before a completion verb (2023年12月底完成) is a by-date only where the notice's
    # own year shows it lies ahead: 2019年实现营业收入50亿元 may report a result.
    by_date = by_date or (_completion_follows(text, match.end()) and ref_year is not None and year >= ref_year)
    by_date = by_date or ((_whole_cell(text, match.start(), match.end()) or _stage_window(text, match.start(), match.end()))
                          and (ref_year is None or year >= ref_year))
    by_date = by_date or (_day_before_event(text, match) and (ref_year is None or year >= ref_year))
    if not by_date and not _opens_plan_sentence(text, match, year, ref_year):
        return None
    if ref_year and year < ref_year and match["before"] and _attributive_follows(text, match.end()):
        return None  # 2000年底前建成的小区: a past date that describes a noun sets no work
    if ref_year and year < ref_year and match["keep"] and not match["before"]:
        return None  # 截至2022年底,全市实有…: a past date that a count is taken at, no time limit
    if match["keep"] == "至" and text.endswith(("起", "持续"), 0, match.start("keep")) and (
            _validity_before(text, match.start("keep")) or text.startswith("有效", match.end())):
        return None  # 有效期自印发之日起至2027年6月底, 自印发之日起至…有效: how long measures hold, no work's end (call 14)
    # 到/截至 belong to the deadline as written; 力争/确保 and a 完成时限: label do not.
    first = match.start("keep") if match["keep"] else match.start("keep2") if match["keep2"] else match.start("year")
    return _mention(first, match.end(), text[first : match.end()], year, match, None)


_VALIDITY_REACH = 30


@cache
def _validity_words() -> tuple[str, ...]:
    return entries("validity_words.txt")


def _validity_before(text: str, pos: int) -> bool:
    """A validity period's word stands in the clause before `pos` (有效期自印发之日起至…)."""
    clause = text[max(0, pos - _VALIDITY_REACH) : pos]
    clause = clause[max(clause.rfind(c) for c in "。;\n") + 1 :]
    if any(word in clause for word in _validity_words()):
        return True
    # 预计降雨持续至7月: a forecast of weather or a natural state (data/forecasts.tsv)
    return any(word in clause for word in forecasts("word")) and any(state in clause for state in forecasts("state"))


@cache
def forecasts(kind: str) -> tuple[str, ...]:
    """The words of one kind of data/forecasts.tsv (word, state, not_state, anomaly, outcome)."""
    return tuple(word for k, word in rows("forecasts.tsv") if k == kind)


@cache
def _completion_verbs() -> tuple[str, ...]:
    return tuple(entries("deadline_verbs.txt"))


_ATTRIBUTIVE = re.compile(r"[\u4e00-\u9fff]{1,4}的")


def _attributive_follows(text: str, pos: int) -> bool:
    """2000年底前建成的(小区): a verb and 的 right after the date make it describe a noun."""
    return bool(_ATTRIBUTIVE.match(text, pos))


def _whole_cell(text: str, start: int, end: int) -> bool:
    """text[start:end] fills a table cell (…\t2024年6月\t…): a 完成时限 column."""
    if start > 0 and text[start - 1] == "\t":
        return text[end : end + 1] in ("\t", "\n", "")
    return start > 0 and text[start - 1] in " \u3000" and spaced.whole_cell(text, start, end)  # a table aligned with spaces


_TABLE_REACH = 200  # rows looked back over for a table's header


@cache
def _start_header() -> re.Pattern:
    """A header that names nothing but a start (启动时间, 计划开工日期, 开始实施): not one for both
    start and end (启动及竣工时间, 计划开始及完成时间), which is a time limit."""
    starts = "|".join(map(re.escape, entries("start_headers.txt")))
    return re.compile(rf"(?:计划|预计)?(?:{starts})(?:实施|建设|施工)?(?:{time_words().pattern})?")


def _start_column(text: str, pos: int, headers: dict[int, int]) -> bool:
    """The cell at `pos` stands in a column whose header names nothing but a start (启动时间,
    开始时间), not a time limit (计划开始及完成时间, 启动及竣工时间)."""
    return _start_header().fullmatch("".join(_header_cell(text, pos, headers)[1].split())) is not None


@cache
def _year_of() -> re.Pattern:
    """A cell that names the year a record is for (考核年度, 统计年度, 申报年份; data/record_years.txt)."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, entries('record_years.txt')))}){{1,3}}(?:年度|年份)")


def _year_of_column(text: str, pos: int, headers: dict[int, int]) -> bool:
    """The cell at `pos` follows a cell naming the year of a record (考核年度\t2026年度), or stands in a
    column whose header does (考核年度 over 2025年度, 2026年度): the year is the record's, not a deadline."""
    line_start = line_bounds(text, pos)[0]
    left = text[max(line_start, text.rfind("\t", line_start, pos - 1) + 1) : pos - 1]
    if (at := spaced.cell_at(text, pos)) is not None:  # a table aligned with spaces: the cell before
        before = spaced.row_cells(text, at[0])[at[1] - 1] if at[1] else (pos, pos)
        left = text[before[0] : before[1]]
    header, cell = _header_cell(text, pos, headers)
    cells = [left] + ([cell] if header != line_start else [])
    return any(_year_of_label("".join(c.split())) for c in cells)


def _year_of_label(cell: str) -> bool:
    return _year_of().fullmatch(cell) is not None


def _time_column_row(text: str, pos: int, headers: dict[int, int]) -> bool:
    """The cell at `pos` stands in a row below its table's header, in a column the header names a
    time for (完成时限, 时间), or right after a cell naming a time (完成时限\t全年): 全年 there is a
    time limit, 全年 heading an indicator column is not."""
    line_start = line_bounds(text, pos)[0]
    left = text[max(line_start, text.rfind("\t", line_start, pos - 1) + 1) : pos - 1]
    if (at := spaced.cell_at(text, pos)) is not None:  # a table aligned with spaces: the cell before
        before = spaced.row_cells(text, at[0])[at[1] - 1] if at[1] else (pos, pos)
        left = text[before[0] : before[1]]
    if time_words().search(left):
        return True
    header, cell = _header_cell(text, pos, headers)
    return header != line_start and time_words().search(cell) is not None


def _header_cell(text: str, pos: int, headers: dict[int, int]) -> tuple[int, str]:
    """(where the header line starts, the header's cell) of the column of the cell at `pos`: the
    header is the first line of its run of tab-separated lines. `headers`: each row's header line
    already found (a row's is that of the row above it); a table aligned with spaces is read by its
    block (units.spaced)."""
    if (spaced_header := spaced.header_cell(text, pos)) is not None:
        return spaced_header[0], text[spaced_header[1][0] : spaced_header[1][1]]
    line_start, _ = line_bounds(text, pos)
    column = text.count("\t", line_start, pos)
    header, rows = line_start, []
    for _ in range(_TABLE_REACH):
        if header in headers:
            header = headers[header]
            break
        rows.append(header)
        if (above := _row_above(text, header)) is None:
            break
        header = above
    headers.update(dict.fromkeys(rows, header))
    cells = text[header : line_bounds(text, header)[1]].split("\t")
    return header, cells[column] if column < len(cells) else ""


def _stage_window(text: str, start: int, end: int) -> bool:
    """动员部署阶段(2023年3月), 检查验收阶段(12月底): text[start:end] fills the bracket that dates a stage."""
    return text.endswith(_STAGE_OPENING, 0, start) and text.startswith(")", end)


def _labelled_before(text: str, pos: int) -> bool:
    """A time-limit label and its colon end right before `pos` (完成时限:2023.12)."""
    return _label_before_pattern().search(text, max(0, pos - _longest_label() - 4), pos) is not None


def _opens_clause(text: str, pos: int, end: int | None = None) -> bool:
    """“十四五”期间培训…5000人次 opening a clause (or after 在): the period is the work's window, as
    the targets in it are dated by its end (targets._PLAN_PERIOD_WINDOW); not where it qualifies a
    noun (“十四五”期间获得的奖励不重复享受: a 的 before the clause's end)."""
    if end is not None and "的" in text[end : end + _QUALIFIED_REACH].split(",", 1)[0]:
        return False
    if text.endswith("在", 0, pos):
        pos -= 1
    return pos == 0 or text[pos - 1] in ",;:。\n"


_QUALIFIED_REACH = 12


def _completion_follows(text: str, pos: int) -> bool:
    """2023年12月底完成改造: a completion verb right after a bare date makes it a by-date; not one that
    qualifies a noun with 的 (上半年新增的岗位, 一季度完成的项目: what the period added or finished)."""
    if not text.startswith(_completion_verbs(), pos):
        return False  # one C call rules out most dates
    verb = next(v for v in _completion_verbs_longest_first() if text.startswith(v, pos))
    return not text.startswith("的", pos + len(verb))


@cache
def _completion_verbs_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_completion_verbs(), key=len, reverse=True))


_WINDOW_DASHES = ("—", "–", "~", "-", "至", "到", "——")


def _window_ahead(last: re.Match, ref_year: int | None, this_month: tuple[int, int] | None) -> bool:
    """A window in figures ending after the month the notice was signed in (else a period reported
    on: 2024.10—2025.3 in a March 2025 notice), or in the notice's year or later where no month is known."""
    if this_month:
        return (int(last["year"]), int(last["month"])) > this_month
    return ref_year is None or int(last["year"]) >= ref_year


@cache
def _period_names(validity: bool = True) -> tuple[str, ...]:
    return entries("period_names.txt") + (_validity_words() if validity else ())


def _names_a_period(text: str, start: int, end: int, written: bool = False) -> bool:
    """A window that names a period, not the time work is due: inside a title's 《》
    (《统计报表制度(2024.1-2025.12)》) or after a data period's name in its clause (数据期为…); a window
    in figures also after a validity word (有效期…) or followed by words making it a noun's period
    (…为主汛期, …的数据). A written window keeps call 14's validity reading, and a campaign's stage
    (2025年4月至2025年6月为集中排查阶段) ends its work."""
    before = text[max(0, start - _VALIDITY_REACH) : start]
    before = before[max(before.rfind(c) for c in "。;\n") + 1 :]
    return (before.rfind("《") > before.rfind("》") or any(word in before for word in _period_names(not written))
            or not written and text.startswith(_NOT_WORK_AFTER_WINDOW, end))


def _numeric_window(text: str, first: re.Match, last: re.Match) -> bool:
    """2025.3—2025.4, 2025.3.1至2025.4.30: two dates in figures written alike, joined by a dash or 至."""
    return (first["sep"] == last["sep"] and not first.group().endswith("前")
            and text[first.end() : last.start()].strip(" ") in _WINDOW_DASHES)


def _date_range(match: re.Match) -> Mention | None:
    year = year_number(match["year2"] or match["year"])
    if year is None or (match["day1"] and not match["day"]):
        return None
    return Mention(match.start(), match.end(), match.group(), _last_day(year, match), year, None, period=True)


def _labelled_day(match: re.Match, ref_year: int) -> Mention:
    year = ref_year + 1 if match.groupdict().get("next") else ref_year
    return Mention(match.start("date"), match.end("date"), match["date"], _last_day(year, match), year, None)


def _this_month(match: re.Match, year: int, month: int) -> Mention:
    return Mention(match.start(), match.end(), match.group(), _last_day(year, match, month), year, None)


def _time_limit_window(text: str, match: re.Match, year: int, ref_year: int | None) -> Mention | None:
    """完成时限:2023—2025年, or a time column's cell that holds only 2023-2025年: a span of years
    given as the time limit is a window, and its end year the deadline (as for spans of dates); so
    is one right before a completion verb, when it has not ended (2023—2025年完成全部改造)."""
    year_start = match.start("year")
    first = _YEAR_RANGE_BEFORE.search(text, max(0, year_start - 6), year_start)
    if first is None:
        return None
    ahead = ref_year is not None and year >= ref_year and _completion_follows(text, match.end())
    if not (_labelled_before(text, first.start()) or _whole_cell(text, first.start(), match.end()) or ahead):
        return None
    return Mention(first.start(), match.end(), text[first.start() : match.end()], _last_day(year, match), year, None, period=True)


def _inside_year_range(text: str, match: re.Match) -> bool:
    """2015年至2017年, 2018-2020年, 从2019年起: a span of years or a start, not a by-date."""
    year_start = match.start("year")
    before = text[max(0, year_start - 6) : year_start]
    if _YEAR_RANGE_BEFORE.search(before) or before.endswith("从"):
        return True
    after = text[match.end("year") + 1 : match.end("year") + 3] if not match["month"] and not match["ypart"] else ""
    return not match["before"] and after.startswith(_RANGE_OR_START_AFTER)


_MAX_INDENT = 8


def _opens_plan_sentence(text: str, match: re.Match, year: int, ref_year: int | None) -> bool:
    """A bare year that opens a sentence or a clause of the plan (2023年全市重点项目共120个;
    鼓励…,2025年全省发放贷款50亿元), also in an indented paragraph."""
    if ref_year is None or year < ref_year or match["month"] or match["loose"]:
        return False
    position = match.start("year")
    indent = position
    while indent > max(0, position - _MAX_INDENT) and text[indent - 1] in " \t\u3000":  # an indented paragraph
        indent -= 1
    previous = text[indent - 1] if indent else "\n"
    following = text[match.end() : match.end() + 2]
    if previous not in _SENTENCE_START + "," or not following:  # a sentence's or a clause's opening
        return False
    if following.startswith(_RANGE_OR_START_AFTER):
        return False
    return following[0] == "," or "\u4e00" <= following[0] <= "\u9fff"


def _rate(text: str, match: re.Match) -> bool:
    """每人每月500元, 每月150元: a bare period after a per-head word or before an amount divides the
    amount (a rate), it sets no time for work."""
    if match.group() not in ("每月", "每个月", "每季度", "每半年"):
        return False
    pos = match.start()
    return (pos >= 2 and text[pos - 2] == "每") or _RATE_AMOUNT.match(text, match.end()) is not None


# An amount of money right after the period (每月150元): a rate. Not a day (每月5号前) nor a count of
# times (每季度1次召开调度会), which set when work is done.
_RATE_AMOUNT = re.compile(r"[0-9][0-9.,]{0,12}(?:万|亿)?元")


def _recurring(match: re.Match) -> Mention:
    kind = "yearly" if match["yearly"] else "quarterly" if match["quarterly"] else "half-yearly" if match["half"] else "monthly"
    return Mention(match.start(), match.end(), match.group(), None, None, kind)


def _mention(start: int, end: int, text: str, year: int, match: re.Match | None, recurring: str | None) -> Mention:
    return Mention(start, end, text, _last_day(year, match), year, recurring)


def _last_day(year: int, match: re.Match | None, month: int = 12) -> str:
    """The last day of the period a dated shape names (2018年6月底前 -> 2018-06-30); `month`:
    the month a shape that writes none stands for (本月底前: the notice's own)."""
    day = 31
    if match is not None:
        groups = match.groupdict()
        ypart = groups.get("ypart") or ""
        if ypart in ("上半年", "年中"):
            month = 6
        elif "季度" in ypart:
            month = 3 * _small_number(_QUARTER_NUMBER.search(ypart).group())
        if groups.get("month"):
            month = _small_number(groups.get("month2") or groups["month"])
        day = calendar.monthrange(year, month)[1]
        if groups.get("day") and not groups.get("month2"):
            day = min(_small_number(groups["day"]), day)  # 2023年6月31日 as written: clamp to the month
        elif (groups.get("mpart2") or groups.get("mpart")) in ("上旬", "初"):  # 2025年3月上旬—4月中旬: the window's end
            day = 10
        elif (groups.get("mpart2") or groups.get("mpart")) in ("中旬", "中"):
            day = 20
    return f"{year:04d}-{month:02d}-{day:02d}"


@cache
def _small_number(numeral: str) -> int:
    value = to_number(numeral)
    return int(value) if value is not None and 1 <= value <= 31 else 12
