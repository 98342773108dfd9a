"""Stage: targets — quantities the notice sets as an aim (250亩以上, 不低于70%, 3~5个).

Four modules do the reading, each one job, in the order the stage uses them:
target_candidates reads every quantity with its comparator and direction; target_filters throws
out, by small named rules, what the annotation guide calls no target; target_years finds the year
each survivor is set for; target_clauses holds the sentence and clause reading they share. This
module runs them over the body and drops what stands where no aim is set (an indicator table's
base-year column, a background part such as 发展现状, a count taken at a past date).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache
from typing import Iterator

from ..model import Target, item_id
from ..pipeline import Draft
from ..text.normalize import WHITESPACE
from ..text.numerals import to_float
from . import deadlines, target_vocab as vocab
from .link import SpanIndex
from ..text import wraps
from .target_clauses import clause_before, has_aim, year_mentions
from .target_candidates import CJK, Candidate, NUMBER_START, candidates, measure_kind
from .target_filters import PART_NUMBER, not_a_target, opens_at_a_past_date, qualifies_a_noun
from .section_body import line_bounds
from .target_years import TABLE_ROW_MAX, heading_years, indicator_column_year, past_column, rows_above, target_year
from ..units import spaced


def find(draft: Draft) -> None:
    """Fill draft.targets with every quantified target of the body, ids g1, g2, … in order."""
    text = draft.text
    start, end = deadlines.region(draft)
    ref_year, this_month = deadlines.reference_year(draft), deadlines.reference_month(draft)
    if NUMBER_START.search(text, start, end):  # (no number, no candidate: no target reads the index)
        # The index of dated mentions that target_year reads, built before this stage holds anything
        # rather than at the first target: its scan's scratch then does not stack on the stage's own
        # (memory: the peak of a dense notice)
        year_mentions(text, ref_year, this_month)
    tasks = SpanIndex(draft.tasks)
    sections, background = SpanIndex(draft.sections), _background_parts(draft)
    goal_years = heading_years(draft.sections, ref_year)
    explained = draft.explained  # (the sections stage's)
    preface_end = draft.sections[0].span[0] if draft.sections else 0  # the part before the work
    enclosed = draft.metadata.enclosed_title
    plan_head = _plan_head(text, enclosed, preface_end) if enclosed else None
    if plan_head is not None:  # 现将X印发给你们 … X  全年计划引进项目50个,预计突破…: the plan's own preface sets its aims
        preface_end = plan_head
    found: list[Target] = []
    for cand in _kept_candidates(text, start, end):
        if draft.in_noise(cand.start):
            continue
        if explained and any(a <= cand.start < b for a, b in explained):
            continue  # 附件2 关于《X》的起草说明: its figures are facts, or retell the draft's (call 27)
        if cand.start < preface_end and _forecast_of_an_outcome(clause_before(text, cand.end)):
            continue  # 2025年全省高校毕业生预计达42.6万人,…,现就有关事项通知如下: the situation, no aim
        column_year = indicator_column_year(text, cand.start)
        if column_year and ref_year and column_year < ref_year:
            continue  # the base year's column of an indicator table (2020年 | 2025年): where things stand
        if _in_a_row(text, cand.start) and indicator_column_year(text, cand.start, past_column):
            continue  # 指标 | 2024年完成 | 2025年目标: what the year achieved, no aim
        if _in_a_row(text, cand.start) and _in_a_problem_column(text, cand.start):
            continue  # 序号 | 问题表现 | 整改措施: the shortfall found (资金滞留1200万元), no aim
        if background and getattr(sections.holding((cand.start, cand.end)), "id", None) in background:
            continue  # 一、发展现状: the quantities of a background part report, they set no aim
        if ref_year and opens_at_a_past_date(text, cand.start, ref_year, this_month):
            continue  # 截至2022年底,全市实有…12万户 in a 2023 notice: a count taken in the past
        section = sections.holding((cand.start, cand.end)) if goal_years else None
        found.append(_to_target(draft, cand, len(found) + 1, ref_year, tasks, goal_years.get(section.id) if section else None))
    draft.targets = found


def _plan_head(text: str, enclosed: str, end: int) -> int | None:
    """Where the enclosed plan's own title line stands before `end`, or None. Not a line of the notice's
    title broken around the plan's name (关于印发 / X / 的通知): the wrapper's text after it is no preface."""
    found = None
    for match in re.compile(rf"^[ \t\u3000]*{re.escape(enclosed)}[ \t\u3000]*$", re.M).finditer(text, 0, end):
        before = text[max(0, match.start() - 20) : match.start()].rstrip()
        after = text[match.end() : match.end() + 20].lstrip()
        if not (before.endswith(("印发", "转发", "批转", "颁发", "印送", "关于")) or after.startswith(("的通知", "的函", "的决定"))):
            found = match.start()
    return found


def _in_a_row(text: str, pos: int) -> bool:
    """A cheap first test that `pos` may stand in a table row: a tab before it, or a gap of two spaces
    on its line (a table aligned with spaces, as pdftotext -layout writes one)."""
    before = text[max(0, pos - TABLE_ROW_MAX) : pos]
    return "\t" in before or "  " in before[before.rfind("\n") + 1 :]


# A group row of a table, one cell spanning its width (一、民生资金管理方面(4个)): no row of cells.
_GROUP_ROW = re.compile(rf"[ \t\u3000]*{PART_NUMBER}[^\t\n]{{1,60}}")


def _in_a_problem_column(text: str, pos: int) -> bool:
    """Whether `pos` stands in a table's column headed by the problem found (问题表现, 反馈问题:
    data/problem_headers.txt), as a rectification list (整改清单) puts it before the measures: in a
    tab-separated table the rows above are read up to the header, passing over group rows that span the
    table (一、…方面(3个)) and a PDF's page ends; a table aligned with spaces names its header cell itself."""
    line_start, line_end = line_bounds(text, pos)
    if line_end - line_start > TABLE_ROW_MAX:
        return False
    column = text.count("\t", line_start, pos)
    if column == 0:  # a table aligned with spaces: the header over the cell, or over the wrapped cell's rest
        header = spaced.column_header(text, pos)
        return header is not None and text[header[0] : header[1]].strip() in vocab.problem_headers()
    for row_start, row_end in rows_above(text, line_start):
        row = text[row_start:row_end]
        if "\t" in row:
            cells = row.split("\t")
            if len(cells) > column and cells[column].strip() in vocab.problem_headers():
                return True
            if vocab.indicator_cells().get(cells[0].strip()) == "serial":
                return False  # the table's own header (序号 | 目标任务 | …) names no problem: a table above is another's
        elif not _GROUP_ROW.fullmatch(row):
            return False  # the table ends above: no header of problems
    return False


def _kept_candidates(text: str, start: int, end: int) -> Iterator[Candidate]:
    """The candidates of text[start:end] that no rule throws out. A PDF export's hard wraps break
    numbers, measures and comparators (小于⏎1公里, 1万个⏎以上): where the text has any, the quantities
    are read, and judged, in it with its wraps taken out, then placed back."""
    view = wraps.unwrapped(text, start, end)
    source = view.text if view else text
    for cand in candidates(source) if view else candidates(text, start, end):
        if not_a_target(source, cand):
            continue
        if cand.closer is not None and qualifies_a_noun(source, cand.closer):
            continue  # 对投资1000万元、5000万元以上的项目: the list's noun says which things count, for every amount
        if view:
            cand.start, cand.end, cand.num_start = view.start(cand.start), view.end(cand.end), view.start(cand.num_start)
        yield cand


def _background_parts(draft: Draft) -> set[str]:
    """Ids of the sections in a background part (发展现状, 面临的形势: data/background_parts.txt):
    the nearest heading that names a part decides, so an aims part (发展目标) inside one is not."""
    from .tasks import part_kind

    inside: dict[str, bool] = {}
    for section in draft.sections:  # parents come before their children
        if _background_heading(section.heading):
            inside[section.id] = True
        else:  # an aims part ends a background part; outside one, no heading test is needed
            inside[section.id] = inside.get(section.parent or "", False) and part_kind(section.heading) is None
    return {sid for sid, background in inside.items() if background}


@lru_cache(maxsize=4096)
def _background_heading(heading: str) -> bool:
    """A heading that opens with a background part's name: 发展现状, 存在的问题, 发展基础与面临形势;
    not 发展基础设施 (an entry marked `$` ends the caption or is joined by 与/和/及)."""
    from .tasks import report_period_prefix

    caption = WHITESPACE.sub("", heading)
    dated = report_period_prefix(caption)
    caption = caption[len(dated) :]  # 2024年工作完成情况: a report of that year; 过去一年工作回顾: of the last one
    period = _PERIOD_PREFIX.match(caption)  # “十四五”主要成效: the last plan's achievements
    caption = caption[period.end() if period else 0 :][:16]
    if caption[:1] not in _background_first_chars():
        return False
    for part in vocab.background_parts():
        word = part.word
        if not caption.startswith(word) or (part.after_year and not dated):
            continue  # (`+`: only after a year, 2024年工作总结; bare it may ask for the report)
        rest = caption[len(word) : len(word) + 1]
        if rest and rest in "与和及":  # 发展基础与面临形势: background only if what it is joined to is too
            return _background_heading(caption[len(word) + 1 :])  # (not 存在的问题及整改措施, 发展现状与发展目标)
        if not part.must_end or not rest or not CJK.match(rest):
            return True
    return False


# A five-year plan's name opening a part's caption (“十四五”主要成效, 十三五时期发展成就): the part is
# named by what follows, as a year before it is (part_year_prefix).
_PERIOD_PREFIX = re.compile(r"[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间|以来)?")


@cache
def _background_first_chars() -> frozenset[str]:
    return frozenset(part.word[:1] for part in vocab.background_parts())


def _forecast_of_an_outcome(clause: str) -> bool:
    """…预计达42.6万人, 预计全市接待游客超过200万人次: a forecast of an outcome (data/forecasts.tsv), no aim
    governing it; not a planned amount (预计总投资5亿元, 预计新建…: a work's verb after the forecast word)."""
    if "预" not in clause or has_aim(clause):
        return False
    if any(w in clause for w in deadlines.forecasts("outcome")):
        return True
    word = max((clause.rfind(w), w) for w in deadlines.forecasts("word"))
    if word[0] < 0:
        return False
    rest = clause[word[0] + len(word[1]) :]  # 预计|全市接待游客超过: what the forecast is of
    return not rest.startswith(deadlines.forecasts("tool")) and not any(w in rest for w in deadlines.forecasts("work"))


def _to_target(draft: Draft, cand: Candidate, number: int, ref_year: int | None, tasks: SpanIndex, heading_year: int | None) -> Target:
    text = draft.text
    base_unit, factor, _ = vocab.measures().get(cand.unit or "", (None, Decimal(1), ""))
    magnitude = vocab.magnitudes().get(cand.magnitude, Decimal(1))
    return Target(
        id=item_id("g", number),
        text=text[cand.start : cand.end],
        span=(cand.start, cand.end),
        value=to_float(cand.value),
        value_max=to_float(cand.value_max) if cand.value_max is not None else None,
        unit=_unit_as_written(cand),
        cmp=cand.cmp,
        direction=cand.direction,
        metric=_metric(text, cand),
        year=target_year(draft, cand.start, cand.end, ref_year, tasks.holding((cand.start, cand.end)), heading_year),
        base_value=to_float(cand.value * magnitude * factor) if cand.unit else None,
        base_unit=base_unit,
    )


def _unit_as_written(cand: Candidate) -> str | None:
    """The magnitude and measure as written, without 余/多 between them (1万余人 -> 万人)."""
    return (cand.magnitude + cand.unit) if cand.unit else None


def _metric(text: str, cand: Candidate) -> str | None:
    from ..text.words import metric

    kind = measure_kind(cand)
    return metric(text, cand.start, cand.end, counted_after=kind == "count")
