"""The year a target is set for (targets stage): from its sentence (到2027年), else the years
its paragraph or heading opens with, an indicator table's year column, its task's deadline, or the
plan's end year when the sentence speaks of the plan's whole term (力争三年, 三年内).
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator
from array import array

from ..model import Section, Task
from ..pipeline import Draft
from ..text.normalize import WHITESPACE
from ..text.dates import time_words
from ..text.numerals import to_number
from . import deadlines, target_vocab as vocab
from .link import SpanIndex
from .section_body import line_bounds
from ..text import wraps
from ..text.patterns import MARKED_NUMBER as _MARKED_NUMBER
from ..text.textcache import per_text
from ..units import spaced
from .target_clauses import (
    BY_YEAR, CLAUSE_END_RE, LIST_MARK, clause_before, done_without_aim, mentions_between, sentence_bounds,
    year_mentions,
)


_PARAGRAPH_REACH = 600
_TERM_OF_PLAN = re.compile(r"[二两三四五2-5]年(?:左右)?的?(?:内|间|时间|努力)|力争[二两三四五2-5]年")
_YEAR_RANGE = re.compile(r"(?<![(0-9])((?:19|20)[0-9]{2})年?\s?[-—–~至到]\s?((?:19|20)[0-9]{2})年")
_RECURRING_WORDS = ("每年", "年均", "每季度", "每月", "逐年", "滚动")
_EACH_PERIOD = ("每年", "每季度", "每月")  # an amount for each period; 年均 is an average up to a year
_CLAUSE_YEAR = re.compile(r"\s?(?:其中)?[到至]?\s?((?:19|20)[0-9]{2})(?:年?\s?[-—–~至到]\s?((?:19|20)[0-9]{2}))?年(?!度|以来|[0-9]{1,2}\s?[月\-—–~至到])")  # 2024年50家, not 2024年6月


def target_year(draft: Draft, start: int, end: int, ref_year: int | None, task: Task | None = None,
                heading_year: int | None = None) -> int | None:
    """By when: a year the sentence sets, else none if the sentence recurs (每年), else the
    task's deadline, else the year its goals heading names (`heading_year`: heading_years), else
    the plan's end year when the sentence speaks of its whole term."""
    text = draft.text
    column_year = indicator_column_year(text, start)
    if column_year:
        return column_year
    s_start, s_end = sentence_bounds(text, start)
    respective = _respective_year(text, s_start, start)
    if respective:
        return respective
    this_month = deadlines.reference_month(draft)
    years = [m for m in mentions_between(text, s_start, s_end, ref_year, this_month) if m.end <= s_end]
    years = deadlines.whole_year_of_plan(draft, years)  # 全年 in a cell of a 2025—2027年 plan: its column's or row's year
    before = [m for m in years if m.start < start]
    point = _enumerated_point(text, before[-1].end if before else start, start)
    if point is not None:
        # 一是2025年底前完成摸底;二是每年…给予5万元奖励: the date is an earlier point's (the sentence
        # enumerates its work; W12's and W43's gold), so this point takes none of it
        years = [m for m in years if m.start >= point]
        before = [m for m in before if m.start >= point]
    scan = s_start if point is None else point  # where the words before the amount that may date it begin
    opening = start - len(clause_before(text, start))  # 2023年新增100个,2024年新增200个:
    clause = _CLAUSE_YEAR.match(text, opening) if text[opening - 1 : opening] in (",", ";") else None
    item = text.rfind("、", clause.end(), start) if clause else -1
    if item >= 0:  # 其中2024年50家、2025年60家: each amount of a list of years' amounts takes its own
        clause = _CLAUSE_YEAR.match(text, item + 1) or clause
    if clause and (before[-1].end <= opening if before else ref_year and int(clause.group(1)) >= ref_year):
        # after a dated clause, a year (or span's end) opening the next dates it; so does a year of the
        # plan's after a past one (截至2022年底,…,2023年新建1000个)
        return int(clause.group(2) or clause.group(1))
    vision = _vision_clause_year(text, before[-1].end if before else s_start, start, ref_year)
    if vision:
        return vision  # 到2027年,…;展望2035年,…1500万人以上: the later clause's long-range year
    if before:
        if before[-1].end < opening and text[before[-1].end] not in ",:" and _yearly(text[opening:start]):
            # 2024年底前完成改厕2000户,每年新建公厕20座: a later clause's amount for each year, which the
            # dated clause's own work does not date; a year leading the sentence in (到2027年,…,每年开展…)
            # still dates it
            return None
        return before[-1].year
    period = _plan_period_end(text, scan, start, ref_year)
    if period:
        return period
    if text.find("年", scan, start) >= 0:  # every _YEAR_RANGE match ends in 年: no scan without one
        for match in _YEAR_RANGE.finditer(text, scan, start):
            # 2023年至2025年,每年新增1万人: an amount for each year of the span, not by its end (滚动储备…500个,
            # and a later clause's 三年累计新增15家, still count up to the span's end)
            if _yearly(text[max(match.end(), start - len(clause_before(text, start))) : start], averages=True):
                return None
            return int(match.group(2))
    relative = _relative_year(draft, scan, start, ref_year)
    if relative is not None:
        return relative
    # …最高300万元;…,2025年发放…: another measure's year; 建成3000个,其中2024年建成1000个: a part's year
    years = [m for m in years if ";" not in text[start : m.start] and "其中" not in text[start : m.start]]
    if years:
        if _yearly(clause_before(text, start)):
            return None  # 每年新增100家以上,到2027年…: a later clause's year does not date a yearly amount
        return years[0].year
    bare = _bare_year(text, scan, start, end, ref_year)
    if bare is not None and not _yearly(clause_before(text, start)):
        return bare
    opening = _paragraph_year(text, s_start, ref_year, this_month)
    if opening is not None:
        return opening
    sentence = text[s_start:s_end]
    if _yearly(clause_before(text, start)):
        return None  # 每年推动3000家以上,力争三年累计…: an amount for each year, not one by the term's end
    if _TERM_OF_PLAN.search(sentence) or _clause_opens_with_the_term(draft, sentence):
        return plan_end_year(draft)
    if any(word in sentence for word in _RECURRING_WORDS):
        return None
    task_year = _task_deadline_year(draft.text, task, start)
    return task_year if task_year is not None else heading_year


# A point of work enumerated inside a sentence, after the ; that closes the point before it:
# 二是…, 三是…, 第二,…, 其二,… (the 一是/第一 of the first point stands before any ;).
_POINT_OPENING = re.compile(r";\s?(?:[二三四五六七八九十]{1,2}是|第[二三四五六七八九十]{1,2}[,、:]|其[二三四五六七八九十][,、:])")


def _enumerated_point(text: str, since: int, start: int) -> int | None:
    """Where the enumerated point holding `start` opens, when it opens after `since` (the last date
    before the amount): that date is then an earlier point's. None otherwise."""
    if ";" not in text[since:start]:
        return None  # most amounts: no point opens between the date and the amount
    last = None
    for last in _POINT_OPENING.finditer(text, since, start):
        pass
    return last.start() if last else None


# A year written in the sentence that dates no work of its own (预计2025年…达到1万个), or in brackets
# right after the amount (5万人以上(2025年)); not a span, a start, a base (比2024年增长), an edition
# or the year in a document's name (《2025年…要点》).
_BARE_YEAR = re.compile(r"(?<![0-9\-—–~至到从自以比较])((?:19|20)[0-9]{2})年(?![度0-9\-—–~至到]|以来|起|开始|为基|版|同期)")
_BRACKET_YEAR = re.compile(r"\(((?:19|20)[0-9]{2})年?\)")


def _in_book_title(text: str, s_start: int, pos: int) -> bool:
    """`pos` stands inside 《…》 opened in the sentence."""
    return text.rfind("《", s_start, pos) > text.rfind("》", s_start, pos)


def _bare_year(text: str, s_start: int, start: int, end: int, ref_year: int | None) -> int | None:
    """A year of the plan's (not before the notice's) that the sentence writes before the amount, or a
    bracket after it, where no by-date does: the sentence says by when (guide: year)."""
    if ref_year is None:
        return None  # a year alone may report the past: only one known to lie ahead counts
    bracket = _BRACKET_YEAR.match(text, end)
    found = [int(bracket.group(1))] if bracket else [
        int(m.group(1)) for m in _BARE_YEAR.finditer(text, s_start, start) if not _in_book_title(text, s_start, m.start())]
    return found[-1] if found and found[-1] >= ref_year else None


# A goals heading that names its year: (一)2023年目标, 2.远期目标(2025年), (二)到2025年主要指标.
_GOAL_HEADING = re.compile(r"((?:19|20)[0-9]{2})年(?:底|末)?[^,。;:()]{0,6}(?:目标|指标)|(?:目标|指标)\s?\(((?:19|20)[0-9]{2})年?(?:底|末)?\)")

# A goals caption that runs into its first sentence, 到YYYY年 opening it (一、总体目标 到2027年,全市…: flat
# OCR text, or a caption with its text on the same line): the heading call 1 gives it holds the year
# of the whole goals paragraph, whose end flat text does not mark (call 13).
_RUN_IN_GOAL_YEAR = re.compile(r"[^,。;:()]{0,6}(?:目标|指标)(?:任务)?\s?(?:到|至)((?:19|20)[0-9]{2})年(?:底|末)?,")


def heading_years(sections: list[Section], ref_year: int | None) -> dict[str, int]:
    """Section id -> the year the goals heading at or above it names (一、工作目标 (一)2023年目标。
    新增…100家): its sentences are those goals, as the sentences of a 到2025年 paragraph are
    (call 13). A past year's heading (2022年目标完成情况) reports: none."""
    years: dict[str, int] = {}
    for sec in sections:  # parents come before their children
        found = (_GOAL_HEADING.search(sec.heading) or _RUN_IN_GOAL_YEAR.match(sec.heading)) if "年" in sec.heading else None
        if found:
            year = int(found.group(1) or found.group(2)) if found.re is _GOAL_HEADING else int(found.group(1))
            if ref_year is None or year >= ref_year:
                years[sec.id] = year
        elif sec.parent in years:
            years[sec.id] = years[sec.parent]
    return years


def _yearly(clause: str, averages: bool = False) -> bool:
    """The clause sets an amount for each period (每年, 每季度, 每月), or with `averages` a yearly average (年均)."""
    return any(word in clause for word in _EACH_PERIOD) or (averages and "年均" in clause)


# A list of years (2023年、2024年、2025年; 2024年和2025年), and the numbers of the amounts read so far.
_YEAR_LIST = re.compile(r"(?:19|20)[0-9]{2}年?(?:[、和及](?:19|20)[0-9]{2}年?){1,9}")
_NEXT_AMOUNT = re.compile(r"[、和及][0-9]")  # a list separator right before an amount's number
_FOUR_DIGITS = re.compile(r"[0-9]{4}")


def _respective_year(text: str, s_start: int, start: int) -> int | None:
    """2023年、2024年、2025年分别新增1万人、1.2万人、1.5万人: the kth amount after 分别 takes the
    kth year of the list of years before it in the sentence."""
    at = text.rfind("分别", s_start, start)
    if at < 0:
        return None
    amounts = text[at + 2 : start]
    if CLAUSE_END_RE.search(amounts):
        return None  # the amounts after 分别 are one list: a comma ends it
    lists = list(_YEAR_LIST.finditer(text, max(s_start, at - 60), at))
    if not lists:
        return None
    years = _FOUR_DIGITS.findall(lists[-1].group())
    # the amounts before this one: separators followed by a number (not 和/及 inside 普及, 企业和个体户,
    # nor digits inside the metric, 5G基站), up to this amount's own first digit
    k = len(_NEXT_AMOUNT.findall(text, at + 2, start + 1))
    return int(years[k]) if k < len(years) else None


# This year and next, named relative to the notice's own (今年新增…, 明年新建…); 全年 (the whole
# year) only in a notice for one year: in a plan of several years it means each of them.
_RELATIVE_YEAR = re.compile(r"(?P<this>今年|本年度?)|(?P<next>明年)|(?P<whole>全年)")

# A five-year plan's period as the window of an aim, opening its clause (…,“十四五”期间培训5000人次
# 以上): by its last year, as 到“十四五”末 (guide call 17). Before a comma (“十三五”期间,全市…) it
# reports; after a verb it names a period (编制“十四五”期间重点项目清单); a period over when the
# notice is signed sets no aim.
_PLAN_PERIOD_WINDOW = re.compile(r"(?:(?<=[,;:。\n])|(?<=[,;:。\n]在))(“)?十([一二三四五六七八九])五(?(1)”)(?:时期|期间)(?!,)")


def _plan_period_end(text: str, start: int, end: int, ref_year: int | None) -> int | None:
    """The last year of a five-year plan's period opening a clause in text[start:end], if not over."""
    last = max(_PLAN_PERIOD_WINDOW.finditer(text, start, end), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    year = 1970 + 5 * (10 + int(to_number(last.group(2))) - 3)  # the Nth plan ends in 1970+5(N-3)
    return year if ref_year is None or year >= ref_year else None


def _relative_year(draft: Draft, start: int, end: int, ref_year: int | None) -> int | None:
    """The year a relative word before the target names in its sentence, if the notice's year is known."""
    if ref_year is None or draft.text.find("年", start, end) < 0:  # every relative word holds 年
        return None
    last = max(_RELATIVE_YEAR.finditer(draft.text, start, end), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    part = _part_year(draft, last.start()) if last["whole"] else None
    if part is None and last["whole"] and plan_end_year(draft) not in (None, ref_year):
        return None
    if draft.text.find(";", last.end(), end) >= 0:
        return None  # 全年新增就业1万人;城镇调查失业率控制在5.5%以内: a relative year dates its own clause
    if part is not None:
        return part  # 二、2025年工作计划 … 全年新建…: the part's year, not the (December) notice's
    return ref_year + 1 if last["next"] else ref_year


def _part_year(draft: Draft, at: int) -> int | None:
    """The year that names the part holding `at` (二、2025年工作计划), from the nearest heading up."""
    from .tasks import part_year_prefix

    by_id = {section.id: section for section in draft.sections}
    section = SpanIndex(draft.sections).holding((at, at + 1))
    while section is not None:
        prefix = part_year_prefix(WHITESPACE.sub("", section.heading))
        if prefix:
            return int(prefix[:4])
        section = by_id.get(section.parent or "")
    return None


def _paragraph_year(text: str, sentence_start: int, ref_year: int | None, this_month: tuple[int, int] | None) -> int | None:
    """(三)发展目标。到2025年,…。…推出100项…: a 到YYYY年, opening a paragraph governs it; so
    does the long-range year of a 规划 (展望2035年,…)."""
    floor = max(0, sentence_start - _PARAGRAPH_REACH)
    line_start = wraps.paragraph_start(text, sentence_start, floor)  # a PDF's wrapped lines are one paragraph
    if line_start == 0 and floor > 0:
        return None  # no paragraph start within reach (flat OCR text)
    vision = _VISION_YEAR.match(text, line_start)
    if vision and (ref_year is None or int(vision.group(1)) >= ref_year):
        return int(vision.group(1))
    head = text[line_start : min(sentence_start, line_start + 40)]
    for mention in mentions_between(text, line_start, line_start + len(head), ref_year, this_month):
        after = text[mention.end : mention.end + 1]
        if mention.year and mention.text.startswith(("到", "截至")) and after == "," and _opens_a_sentence(text, line_start, mention.start):
            return mention.year
    return _lead_in_year(text, line_start, ref_year, this_month)


# A 规划's long-range aims (展望2035年, 远景展望到2035年) opening a paragraph: no deadline of work,
# but the year its aims are for.
_VISION_YEAR = re.compile(r"[ \t]{0,8}(?:远景)?展望(?:到|至)?(20[0-9]{2})年,")
# The same aims opening a later clause of the goals sentence (到2027年,…;展望2035年,…).
_VISION_CLAUSE = re.compile(r"[,;](?:远景)?展望(20[0-9]{2})年,")


def _vision_clause_year(text: str, start: int, end: int, ref_year: int | None) -> int | None:
    """The year of the last 展望YYYY年, that opens a clause between `start` and `end` (a 展望 is no
    deadline mention, so the sentence's 到2027年 before it would otherwise date its aims)."""
    if text.find("展望", start, end) < 0:
        return None
    last = max(_VISION_CLAUSE.finditer(text, start, end), key=lambda m: m.start(), default=None)
    if last is None or ref_year is not None and int(last.group(1)) < ref_year:
        return None
    return int(last.group(1))


def _opens_a_sentence(text: str, line_start: int, pos: int) -> bool:
    """No clause of its sentence stands before `pos`: (三)发展目标。到2025年,… opens the paragraph,
    (一)提升…水平。培育…基地,到2026年,… dates its own sentence only."""
    return "," not in text[max(line_start, text.rfind("。", line_start, pos) + 1) : pos]


# A lead-in line that says nothing but that the items below are the goals (具体目标如下:, 主要指标是:).
_LEAD_IN = re.compile(r"[ \t\u3000]*(?:具体|主要|发展|工作|分项)?(?:目标|指标)(?:任务)?(?:如下|是|为|包括)?:")


def _lead_in_year(text: str, line_start: int, ref_year: int | None, this_month: tuple[int, int] | None) -> int | None:
    """到2025年,…具体目标如下:\n——…;\n——…: the items of a list take the year of the lead-in
    line that ends in ':' above them, across the items of the same mark before them; dash lines
    also that of a goals paragraph ending in 。 right above them (到2025年,…。\n——…)."""
    mark = LIST_MARK.match(text, line_start)
    floor = max(0, line_start - _PARAGRAPH_REACH)
    pos = line_start
    while mark and pos > floor:
        newline = text.rfind("\n", floor, pos - 1)
        if newline < 0 and floor > 0:
            return None
        prev_start = newline + 1
        prev = text[prev_start : pos - 1].rstrip()
        if prev.endswith(":"):
            years = [m.year for m in mentions_between(text, prev_start, pos - 1, ref_year, this_month)
                     if m.year and m.text.startswith(("到", "截至")) and text[m.end : m.end + 1] in (",", ":")]  # 到2025年底:
            if years:
                return years[-1]
            # 到2025年,…。\n具体目标如下:\n——…: a lead-in line of its own takes the year of the
            # goals paragraph right above it
            return _paragraph_year(text, prev_start - 1, ref_year, this_month) if _LEAD_IN.fullmatch(prev) and prev_start > 0 else None
        other = LIST_MARK.match(text, prev_start)
        if other is None and mark.lastgroup == "dash" and prev.endswith("。"):
            # 到2025年,全市…明显提升。\n——…;\n——…: a goals paragraph's dash lines go on with it (call 13);
            # not a record of work done (截至2024年底,全市已累计建成…。)
            if done_without_aim(BY_YEAR.sub("", prev)):
                return None
            return _paragraph_year(text, pos - 1, ref_year, this_month)
        if other is None or other.lastgroup != mark.lastgroup:
            return None
        pos = prev_start
    return None


# The header of an indicator table's year column: 2025年, 2025年目标值, 2020年(基期), and the value's
# kind with its year in brackets, 基期值(2024年), 目标值(2027年).
_VALUE_KIND = "(?:目标值?|预期值?|基期值?|现状值?|基数)"
_YEAR_HEADER = re.compile(rf"((?:19|20)[0-9]{{2}})年{_VALUE_KIND}?(?:\([^()]{{0,6}}\))?|{_VALUE_KIND}\(((?:19|20)[0-9]{{2}})年?\)")  # 年: a bare 2000 is a value


def _header_year(header: re.Match) -> int:
    return int(header.group(1) or header.group(2))


TABLE_HEADER_REACH = 40
"""Rows of a table read upwards for its header."""
TABLE_ROW_MAX = 400
"""A table row is short; a longer line is prose (and flat text one huge line, never rescanned)."""


def indicator_column_year(text: str, pos: int, read=None) -> int | None:
    """The year heading the table column that `pos` stands in (指标 | 2020年 | 2025年 | 属性), if any:
    the rows above, cells split by tabs, are read up to the first whose cell in that column is a year;
    a table a PDF export puts one cell a line is read by _cell_years. `read` (cells, column) reads
    the header cell otherwise (past_column)."""
    read = read or _column_year
    line_start, line_end = line_bounds(text, pos)
    if line_end - line_start > TABLE_ROW_MAX:
        return None
    column = text.count("\t", line_start, pos)
    if column == 0 and (row := spaced.row_at(text, pos)):
        return _spaced_column_year(text, pos, row, read)
    if column == 0 and read is not _column_year:
        return None
    if column == 0:
        cells = _cell_years(text)
        return cells.get(line_start) if cells else None
    for row_start, row_end in rows_above(text, line_start):
        if row_end - row_start > TABLE_ROW_MAX:
            return None
        cells = [cell.strip() for cell in text[row_start:row_end].split("\t")]
        if len(cells) <= column:
            return None  # the table ends above: no header with a year
        year = read(cells, column)
        if year:
            return year
    return None


def rows_above(text: str, line_start: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the lines above the line at `line_start`, nearest first, where a table's header is
    sought: at most TABLE_HEADER_REACH lines, a PDF export's page end among them counted but passed over
    (a page end inside the table: its header is on the page before)."""
    row_end = line_start - 1
    for _ in range(TABLE_HEADER_REACH):
        if row_end <= 0:
            return
        row_start = line_bounds(text, row_end)[0]  # the row that the newline at row_end closes
        if row_start not in page_end_lines(text):
            yield row_start, row_end
        row_end = row_start - 1


def _spaced_column_year(text: str, pos: int, row: tuple[int, int], read=None) -> int | None:
    """indicator_column_year in a table aligned with spaces (units.spaced): the same header rows
    read upwards, cells cut at the runs of spaces."""
    cells = spaced.row_cells(text, row[0])
    column = next((k for k, (a, b) in enumerate(cells) if a <= pos < b), None)
    rows = spaced.row_lines(text)
    at = bisect.bisect_left(rows, row)
    for above in rows[max(0, at - TABLE_HEADER_REACH) : at][::-1]:
        header = [text[a:b] for a, b in spaced.row_cells(text, above[0])]
        if column is None or len(header) <= column:
            return None
        year = (read or _column_year)(header, column)
        if year:
            return year
    return None


# A column of what a year achieved (2024年完成, 2024年实际, 2024年完成值) beside the plan's aims: a
# report, whatever its year. Its year is read like any other's, the kind tells it is past; a 完成
# column only beside a later year's aim (2024年完成 | 2025年目标), as a schedule of 完成 columns
# (2025年完成 | 2026年完成) sets what each year is to finish.
_PAST_HEADER = re.compile(r"((?:19|20)[0-9]{2})年(?:完成(?:值|数|情况)?|实际(?:完成)?值?|实绩)")


def past_column(cells: list[str], column: int) -> int | None:
    """The year of a header cell that reports what the year achieved (2024年完成), else None."""
    header = _PAST_HEADER.fullmatch(cells[column])
    if header is None:
        return None
    year = int(header.group(1))
    if header.group().endswith(("完成", "完成值", "完成数", "完成情况")) and not any(
            (later := _LATER_AIM.search(cell)) and int(later.group(1)) > year
            and not _PAST_HEADER.fullmatch(cell.strip()) for cell in cells):
        return None  # 2025年完成 | 2026年完成 | 2027年完成: a plan's schedule, what each year is to finish
    return year


# A later year's column that is no report of its own (2025年目标, 2025年): beside it a 2024年完成 column is past.
_LATER_AIM = re.compile(r"((?:19|20)[0-9]{2})年")


def _column_year(cells: list[str], column: int) -> int | None:
    """The year a header row gives its column: the cell's own (2025年, 目标值(2027年)), or for a
    column of yearly averages the row's last year (指标 | 2020年 | 2025年 | 年均增长)."""
    header = _YEAR_HEADER.fullmatch(cells[column])
    if header:
        return _header_year(header)
    if cells[column].startswith(_AVERAGE_HEADER):
        return max((_header_year(m) for cell in cells if (m := _YEAR_HEADER.fullmatch(cell))), default=None)
    return None


@per_text
def page_end_lines(text: str) -> frozenset[int]:
    """The starts of the lines of a PDF export's page ends: page numbers, running headers and the
    blank lines around them."""
    found: set[int] = set()
    for start, _ in wraps.furniture(text):
        line_start, line_end = line_bounds(text, start)
        found.add(line_start)
        above = line_start - 1
        while above > 0 and not text[(at := line_bounds(text, above)[0]) : above].strip():
            found.add(at)
            above = at - 1
        below = line_end + 1
        while below < len(text) and not text[below : (end := line_bounds(text, below)[1])].strip():
            found.add(below)
            below = end + 1
    return frozenset(found)


_AVERAGE_HEADER = "年均"
"""A column of yearly averages (年均增长, 年均增速) beside the year columns of an indicator table."""

CELL_MAX = 24
"""A cell of a table put one cell a line is a short line; a longer one is prose after the table."""


@per_text
def _cell_years(text: str) -> dict[int, int | None]:
    """Indicator tables that a PDF export puts one cell a line (序号 / 指标名称 / 2024年(基期) / 2027年 /
    属性, then each row's cells, a line each, across page ends): the start of each cell's line -> the
    year heading its column (None under a column with no year). The header is a run of header
    cells (data/indicator_headers.tsv) and year headers holding both; its length is the number of
    columns. A blank cell prints no line, so only rows of as many cells as the header count: rows
    told apart by their serial number or their attribute (预期性), else the whole table must fill
    its rows evenly."""
    found: dict[int, int | None] = {}
    if "\n" not in text or _YEAR_HEADER_LINE.search(text) is None:
        return found
    starts, ends = wraps.lines(text)
    i, n = 0, len(starts)
    while i < n:
        header = []
        while i < n and (cell := text[starts[i] : ends[i]].strip()) and _cell_kind(cell) not in (None, "value"):
            header.append(cell)
            i += 1
        years = [_YEAR_HEADER.fullmatch(cell) for cell in header]
        if len(header) < 3 or all(years) or not any(years):
            i += 0 if header else 1
            continue
        cells, i = _table_cells(text, i, starts, ends)
        for row in _rows_of(cells, header):
            found.update((cell[0], _header_year(year) if year else None) for cell, year in zip(row, years) if cell)
    return found


def _table_cells(text: str, i: int, starts: array, ends: array) -> tuple[list[tuple[int, str]], int]:
    """The cells from line i on (the lines of `text` by their `starts` and `ends`: wraps.lines): (line
    start, cell) up to prose, a heading or another header; blank lines and page furniture (a page end
    inside the table) are skipped."""
    furniture = wraps.furniture(text)
    page_starts = [start for start, _ in furniture]
    cells = []
    while i < len(starts):
        cell = text[starts[i] : ends[i]].strip()
        at = bisect.bisect_right(page_starts, starts[i]) - 1
        if cell and not (at >= 0 and furniture[at][0] <= starts[i] < furniture[at][1]):
            if len(cell) > CELL_MAX or "。" in cell or _MARKED_NUMBER.match(cell) or _cell_kind(cell) not in (None, "value"):
                break
            cells.append((starts[i], cell))
        i += 1
    return cells, i


def _rows_of(cells: list[tuple[int, str]], header: list[str]) -> list[list[tuple[int, str] | None]]:
    """The table's rows, a cell (or None) a column: split after each attribute value under an
    attribute header, or before each serial number (1, 2, …) under a serial header; else the
    cells a row each, if they fill their rows evenly."""
    width = len(header)
    kinds = [_cell_kind(cell) for cell in header]
    rows: list[list[tuple[int, str]]] = []
    if kinds[-1] == "attribute":  # the surer split: a value cell may equal the next serial number
        rows.append([])
        for cell in cells:
            rows[-1].append(cell)
            if _cell_kind(cell[1]) == "value":
                rows.append([])
    elif kinds[0] == "serial":
        for cell in cells:  # a row short of more than one cell cannot end yet (a blank cell prints no line)
            if not rows or cell[1] == str(len(rows) + 1) and len(rows[-1]) >= width - 1:
                rows.append([])
            rows[-1].append(cell)
    elif len(cells) % width == 0:
        rows = [cells[k : k + width] for k in range(0, len(cells), width)]
    # a row short of a cell that ends in its attribute is read from its end (its 单位 or base
    # value left blank): its last cells are the last columns
    return [row if len(row) == width else [None] * (width - len(row)) + row for row in rows
            if len(row) == width or 1 < len(row) < width and kinds[-1] == "attribute" and _cell_kind(row[-1][1]) == "value"]


_YEAR_HEADER_LINE = re.compile(r"^[ \t]*(?:19|20)[0-9]{2}年", re.MULTILINE)


def _cell_kind(cell: str) -> str | None:
    """year, or what data/indicator_headers.tsv says a cell is (serial, attribute, header, value), or None."""
    return "year" if _YEAR_HEADER.fullmatch(cell) else vocab.indicator_cells().get(cell)


# A deadline that writes its year: four digits are one (a month or day has two), also where a PDF
# export's wrap parts them from their 年 or from each other (到2027⏎年, 到20⏎27年).
_WRITTEN_YEAR = re.compile(r"\d\s{0,2}\d\s{0,2}\d\s{0,2}\d|[今明当本]年")


def _task_deadline_year(text: str, task: Task | None, start: int) -> int | None:
    """The task's deadline set before the target, or one its 完成时限 label sets for it all
    (also the 完成时限 column of the division-of-work table row matched to the task)."""
    if task is None:
        return None
    dated = [d for d in task.deadlines if d.date and not d.recurring]
    inside = [d for d in dated if task.span[0] <= d.span[0] < task.span[1]]
    # a unit named after the end of the deadline's sentence, before the target, closes the
    # sentences the deadline dates (…到2026年…。(牵头单位:X)推进…5家。): each bracket applies to
    # the sentences before it; but a 专栏 box after the bracket is the item's text as a whole (call 23)
    earlier = [d for d in inside if d.span[0] < start and not any(
        u.span and d.span[1] <= u.span[0] < start and "。" in text[d.span[1] : u.span[0]] and not _BOX_LINE.search(text, u.span[1], start)
        for u in task.units)]
    # a date without a year (6月底前完成扩建工程。新建厂房10万平方米。) times its own sentence's work in
    # the notice's year; it does not date the aims of the sentences after it, as a year does
    # (确保2026年……。……再降0.8个百分点: the year the aims are for)
    earlier = [d for d in earlier if _WRITTEN_YEAR.search(d.text) or "。" not in text[d.span[1] : start]]
    labelled = [d for d in dated if d not in inside or time_words().search(text, max(0, d.span[0] - 6), d.span[0]) or _fills_cell(text, d.span)]
    pick = earlier[-1] if earlier else labelled[0] if labelled else None
    return int(pick.date[:4]) if pick else None


# A 专栏 box's title line (专栏1　灌区改造重点工程): the box stands in the item before it.
_BOX_LINE = re.compile(r"\n[ \t\u3000]*专栏[0-9一二三四五六七八九十]*")

# The words a row's 完成时限 cell may add after its date (2025年12月底前完成,长期坚持;
# 2025年6月底前完成摸排): a few, with no second date or recurrence (…摸排,2026年底前完成整治; 每季度)
# and no sentence's end.
_CELL_WORDS = re.compile(r"[^\t\n0-9年月日季每。]{0,12}")


def _fills_cell(text: str, span: tuple[int, int]) -> bool:
    """The date opens a table cell and is its time: between tabs, or a line of its own as a table
    copied one cell a line gives it (the 完成时限 cell of a row that is a task of its own), with at
    most a few words after it (_CELL_WORDS)."""
    before = text[max(0, span[0] - 1) : span[0]]
    end = _CELL_WORDS.match(text, span[1]).end()
    return before in ("\t", "\n") and text[end : end + 1] in ("\t", "\n", "")


def plan_end_year(draft: Draft) -> int | None:
    """The plan's last year: metadata.period, else a 2018-2020年 range near the top of the text."""
    if draft.metadata.period:
        return draft.metadata.period.end
    for source in (draft.metadata.enclosed_title, draft.metadata.title, draft.text[:600]):
        if source:
            match = _YEAR_RANGE.search(source.replace("(", " "))
            if match:
                return int(match.group(2))
    return _term_end_year(draft)


# A clause opening with a count of years (…,三年引进人才500名以上): the guide's 三年……1000个以上.
# Not a duration (三年以上, 三年内 is _TERM_OF_PLAN's), a span (三年来) or a name (三年行动).
# `^` only opens a sentence passed alone; in the whole text a mark before it does.
_TERM_OPENING = re.compile(r"(?:^|(?<=[,;:。\n]))([二两三四五2-5])年(?=[\u4e00-\u9fff])(?!以|来|期|内|间|后|前|的|度|级|一次|一轮|行动|计划)")

_AIM_FOR_TERM = re.compile(r"力争([二两三四五2-5])年")


def _clause_opens_with_the_term(draft: Draft, sentence: str) -> bool:
    """A clause of `sentence` opens with as many years as the plan runs (三年… in a 2024—2026 plan)."""
    match = _TERM_OPENING.search(sentence)
    return match is not None and int(to_number(match.group(1))) == _plan_term(draft)


def whole_term_spans(draft: Draft, start: int, end: int) -> list[tuple[int, int]]:
    """Where text[start:end] speaks of the plan's whole term as a time for work (力争三年…, …,三年引进…
    in a plan that runs three years): the deadlines stage dates them by the plan's last year."""
    term = _plan_term(draft)
    if term is None:
        return []
    found = [m for pattern in (_AIM_FOR_TERM, _TERM_OPENING) for m in pattern.finditer(draft.text, start, end)]
    return sorted({m.span() for m in found if int(to_number(m.group(1))) == term})


def _plan_term(draft: Draft) -> int | None:
    """How many years the plan runs: metadata.period, a 2024—2026年 range or 三年 in its title."""
    if draft.metadata.period:
        return draft.metadata.period.end - draft.metadata.period.start + 1
    for source in (draft.metadata.enclosed_title, draft.metadata.title):
        if source:
            span = _YEAR_RANGE.search(source.replace("(", " "))
            term = _TERM_TITLE.search(source)
            if span or term:
                return int(span.group(2)) - int(span.group(1)) + 1 if span else int(to_number(term.group(1)))
    return None


# A plan named by its term with no years written (三年行动计划, 三年攻坚行动方案).
_TERM_TITLE = re.compile(r"(?<![0-9])([二两三四五2-5])年(?=行动|攻坚|计划|规划|倍增|提升|专项|实施方案|工作方案)")


def _term_end_year(draft: Draft) -> int | None:
    """三年行动计划 without its years: it runs from the notice's year, or from the next where the
    text aims 到 that later end (a plan signed late in a year starts with the next)."""
    titles = (draft.metadata.enclosed_title or "", draft.metadata.title or "")
    term = next((m for m in map(_TERM_TITLE.search, titles) if m), None)
    ref_year = deadlines.reference_year(draft)
    if term is None or ref_year is None:
        return None
    end = ref_year + int(to_number(term.group(1))) - 1
    aims = {m.year for m in year_mentions(draft.text, ref_year, deadlines.reference_month(draft))[1] if m.text.startswith(("到", "至"))}
    return end + 1 if end + 1 in aims and end not in aims else end
