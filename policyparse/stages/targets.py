"""Stage: targets — quantities the notice sets as an aim (250亩以上, 不低于70%, 3~5个).

A candidate is a numeral with a measure from data/measure_units.tsv (or a fraction after a
direction word: 每年减少1/3). Around it we read the comparator words (data/comparators.tsv)
and a direction word (data/directions.tsv) that belong to its text. Then small named rules,
tried in order, throw out what the annotation guide calls not a target; what survives gets
its year from the sentence, else from its task's deadline, else from the plan's end year
when the sentence speaks of the plan's whole term (力争三年, 三年内).
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Callable, Iterator, Optional

from ..model import Section, Target, Task, item_id
from ..pipeline import Draft
from ..text.dates import time_words
from ..text.numerals import to_float, to_number
from ..text.prefilter import anchored_finditer
from . import deadlines, target_vocab as vocab
from .link import SpanIndex
from .sections import line_bounds
from ..text import wraps
from ..text.patterns import MARKED_NUMBER as _MARKED_NUMBER
from ..text.textcache import per_text
from ..vocabulary import rows as _rows
from ..units import spaced

_ARABIC = r"[0-9]{1,15}(?:,[0-9]{3}){0,4}(?:\.[0-9]{1,6})?"
_FRACTION = r"[0-9]{1,6}/[0-9]{1,6}|[一二两三四五六七八九十百]{1,3}分之[一二两三四五六七八九十]{1,3}"
# 百分之九十, 千分之五, 百分之百: a rate written in words, read as N% / N‰.
_PER = r"[百千]分之(?:百|[零〇○一二两三四五六七八九十]{1,4}(?:点[零〇○一二三四五六七八九]{1,4})?)"
_PER_UNIT = {"百": "%", "千": "‰"}
_CHINESE = r"[零〇○一二两三四五六七八九十百千]{1,10}(?:点[零〇○一二三四五六七八九]{1,6})?"
_RANGE_SEP = r"(?:——|\s?[~～\-—–－至到]\s?)"  # 3——5个: a doubled dash, written tight
_RANGE_JOINER = re.compile(_RANGE_SEP)
# The first character of every number above: where a candidate can start (text.prefilter).
_NUMBER_START = re.compile(r"[0-9零〇○一二两三四五六七八九十百千]|(?<=翻)番")
# 翻番 with no numeral (产值实现翻番) doubles as 翻一番 does: an empty numeral between 翻 and 番, read as 一.
_DOUBLING = r"(?<=翻)(?=番)"
_PUNCTUATION = set(",.;:!?()[]“”‘’\"'、。;:!?《》〔〕【】()\n ")
_SENTENCE_END = "。!?\n"
_CLAUSE_END = _SENTENCE_END + ",;:"
_CLAUSE_END_RE = re.compile("[" + _CLAUSE_END + "]")
_SENTENCE_REACH = 400
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_GAP = {"约": 0, "大约": 0, "超": 0, "突破": 0, "近": 0, "将近": 0, "接近": 0, "逾": 0,
            "至少": 4, "最少": 4, "最多": 4, "最高": 4, "最低": 4, "上限": 4, "下限": 4}
_GAP_LIMIT = 16
_ADVERB_COMPARATORS = ("至少", "最少", "最多")
# 最高/最低 join the text only across nothing or an adverb (最高可30万元); a metric or verb between
# (最高额度为30万元, 最高补助30万元) stays out of the text, the cap still sets cmp; so do 上限/下限
# (补助上限为500万元).
_CAP_WORDS = ("最高", "最低", "上限", "下限")
_CAP_ADVERBS = ("", "可", "均", "将", "原则上", "一般", "分别")
_NEW_PREDICATE = ("达到", "新增", "实现", "建成", "完成")
_PARAGRAPH_REACH = 600
_TERM_OF_PLAN = re.compile(r"[二两三四五2-5]年(?:左右)?的?(?:内|间|时间|努力)|力争[二两三四五2-5]年")
_YEAR_RANGE = re.compile(r"(?<![(0-9])((?:19|20)[0-9]{2})年?\s?[-—–~至到]\s?((?:19|20)[0-9]{2})年")
_RECURRING_WORDS = ("每年", "年均", "每季度", "每月", "逐年", "滚动")
_EACH_PERIOD = ("每年", "每季度", "每月")  # an amount for each period; 年均 is an average up to a year
_PAST_YEAR = re.compile(r"(?:19|20)[0-9]{2}年(?:以来|实施的|底?已|共有)|共有|已有|已建成|已累计|已达到")
# 到2025年 / 至2025年 set a time for an aim; 截至2024年底 says as of when a figure stood (a report)
_BY_YEAR = re.compile(r"(?<!截)[到至]\s?(?:19|20)[0-9]{2}年")
_CLAUSE_YEAR = re.compile(r"\s?(?:其中)?[到至]?\s?((?:19|20)[0-9]{2})(?:年?\s?[-—–~至到]\s?((?:19|20)[0-9]{2}))?年(?!度|以来|[0-9]{1,2}\s?[月\-—–~至到])")  # 2024年50家, not 2024年6月
_NEIGHBOUR_BLOCKERS = re.compile(r"[A-Za-z0-9.]")


# The hundredths of a share in tenths (九成五, 九成半: 95 %), right after its 成.
_HUNDREDTH = "(?P<hundredth>(?<=成)[一二三四五六七八九半])"


@cache
def _candidate_pattern() -> re.Pattern:
    magnitudes = "|".join(map(re.escape, sorted(vocab.magnitudes(), key=len, reverse=True)))
    units = "|".join(map(re.escape, vocab.all_units()))
    after = "|".join(map(re.escape, vocab.comparator_words("after")))
    number = rf"{_PER}|{_FRACTION}|{_ARABIC}|{_CHINESE}|{_DOUBLING}"
    return re.compile(
        # 50亿—80亿元, 3万-5万元: the low end may carry the magnitude too
        rf"(?P<num>{number})(?:(?P<mag1>{magnitudes})?{_RANGE_SEP}(?P<num2>{_ARABIC}|{_CHINESE}))?"
        rf"(?P<more>余|多)?(?P<mag>{magnitudes})?(?P<more2>余|多)?(?P<unit>{units})?{_HUNDREDTH}?(?P<after>{after})?"
    )


@dataclass(slots=True)
class Candidate:
    """One quantity as read from the text, before the not-a-target rules."""

    start: int
    end: int
    num_start: int
    value: Decimal
    value_max: Optional[Decimal]
    magnitude: str
    unit: Optional[str]
    cmp: str
    direction: Optional[str]
    chinese: bool
    fraction: bool
    suffix: Optional[str]
    # the amount closing the list this plain amount is a member of (5000万元 of 1000万元、5000万元以上的项目)
    closer: Optional["Candidate"] = None


def find(draft: Draft) -> None:
    """Fill draft.targets with every quantified target of the body, ids g1, g2, … in order."""
    text = draft.text
    start, end = deadlines.region(draft)
    ref_year, this_month = deadlines.reference_year(draft), deadlines.reference_month(draft)
    if _NUMBER_START.search(text, start, end):  # (no number, no candidate: no target reads the index)
        # The index of dated mentions that target_year reads, built before this stage holds anything
        # rather than at the first target: its scan's scratch then does not stack on the stage's own
        # (memory: the peak of a dense notice)
        _year_mentions(text, ref_year, this_month)
    tasks = SpanIndex(draft.tasks)
    sections, background = SpanIndex(draft.sections), _background_parts(draft)
    goal_years = heading_years(draft.sections, ref_year)
    from .tasks import commentary_parts

    explained = commentary_parts(draft)
    preface_end = draft.sections[0].span[0] if draft.sections else 0  # the part before the work
    enclosed = draft.metadata.enclosed_title
    plan_head = enclosed and re.compile(rf"^[ \t\u3000]*{re.escape(enclosed)}[ \t\u3000]*$", re.M).search(text, 0, preface_end)
    if plan_head:  # 现将X印发给你们 … X  全年计划引进项目50个,预计突破…: the plan's own preface sets its aims
        preface_end = plan_head.start()
    found: list[Target] = []
    for cand in _kept_candidates(text, start, end):
        if draft.in_noise(cand.start):
            continue
        if explained and any(a <= cand.start < b for a, b in explained):
            continue  # 附件2 关于《X》的起草说明: its figures are facts, or retell the draft's (call 27)
        if cand.start < preface_end and _forecast_of_an_outcome(_clause_before(text, cand.end)):
            continue  # 2025年全省高校毕业生预计达42.6万人,…,现就有关事项通知如下: the situation, no aim
        column_year = indicator_column_year(text, cand.start)
        if column_year and ref_year and column_year < ref_year:
            continue  # the base year's column of an indicator table (2020年 | 2025年): where things stand
        if _in_a_row(text, cand.start) and indicator_column_year(text, cand.start, _past_column):
            continue  # 指标 | 2024年完成 | 2025年目标: what the year achieved, no aim
        if background and getattr(sections.holding((cand.start, cand.end)), "id", None) in background:
            continue  # 一、发展现状: the quantities of a background part report, they set no aim
        if ref_year and _opens_at_a_past_date(text, cand.start, ref_year, this_month):
            continue  # 截至2022年底,全市实有…12万户 in a 2023 notice: a count taken in the past
        section = sections.holding((cand.start, cand.end)) if goal_years else None
        found.append(_to_target(draft, cand, len(found) + 1, ref_year, tasks, goal_years.get(section.id) if section else None))
    draft.targets = found


def _in_a_row(text: str, pos: int) -> bool:
    """A cheap first test that `pos` may stand in a table row: a tab before it, or a gap of two spaces
    on its line (a table aligned with spaces, as pdftotext -layout writes one)."""
    before = text[max(0, pos - TABLE_ROW_MAX) : pos]
    return "\t" in before or "  " in before[before.rfind("\n") + 1 :]


def _kept_candidates(text: str, start: int, end: int) -> Iterator[Candidate]:
    """The candidates of text[start:end] that no rule throws out. A PDF export's hard wraps break
    numbers, measures and comparators (小于⏎1公里, 1万个⏎以上): where the text has any, the quantities
    are read, and judged, in it with its wraps taken out, then placed back."""
    view = wraps.unwrapped(text, start, end)
    source = view.text if view else text
    for cand in candidates(source) if view else candidates(text, start, end):
        if not_a_target(source, cand):
            continue
        if cand.closer is not None and _qualifies_a_noun(source, cand.closer):
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
    from .tasks import part_year_prefix

    caption = _SPACE_RUN.sub("", heading)
    dated = part_year_prefix(caption)
    caption = caption[len(dated) :]  # 2024年工作完成情况: a report of that year
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
        if not part.must_end or not rest or not _CJK.match(rest):
            return True
    return False


_SPACE_RUN = re.compile(r"\s+")
# A five-year plan's name opening a part's caption (“十四五”主要成效, 十三五时期发展成就): the part is
# named by what follows, as a year before it is (part_year_prefix).
_PERIOD_PREFIX = re.compile(r"[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间|以来)?")


@cache
def _background_first_chars() -> frozenset[str]:
    return frozenset(part.word[:1] for part in vocab.background_parts())


def candidates(text: str, start: int = 0, end: int | None = None) -> Iterator[Candidate]:
    """Every quantity with a measure (or a fraction after a direction word), merged where
    two amounts share one comparator (10亿元或30亿元以上); one at a time, as the text is read
    (a dense notice has hundreds, most of them thrown out at once)."""
    end = len(text) if end is None else end
    # the last candidate and the plain amounts listed before it (5%、4%和3%), held back until the
    # next cannot join them: a comparator after the list's last amount (…3%以上) is every member's
    held: list[Candidate] = []
    shared: str | None = None  # the comparator of a list after 分别 (分别不低于5%、4%、3%)
    for match in anchored_finditer(_candidate_pattern(), _NUMBER_START, 0, text, start, end):
        cand = _read(text, match, start)
        if cand is None or (held and _absorbed(text, held[-1], cand)):
            continue
        if held:
            prev = held[-1]
            listed = _next_in_list(text, prev, cand)
            if not (shared and listed):
                shared = prev.cmp if _heads_a_respective_list(text, prev) and listed else None
            if shared:
                cand.cmp = shared
            if _closes_a_list(text, prev, cand):
                for member in held:
                    if member.cmp == "=" and member.start == member.num_start:
                        member.cmp, member.closer = cand.cmp, cand
            if not listed:
                yield from held
                held = []
        held.append(cand)
    yield from held


def _read(text: str, match: re.Match, floor: int) -> Candidate | None:
    num, num2, unit = match.group("num", "num2", "unit")
    if not num:
        if unit != "番" or num2:
            return None
        num = "一"  # 翻番: 翻一番
    if unit is None and "/" not in num and "分之" not in num:
        return None  # most numbers (进一步, 2020年度 …): no measure and no share, decided before reading their value
    per = _PER_UNIT.get(num[0]) if num[1:3] == "分之" and not unit and not num2 else None
    if per:  # 百分之九十 -> 90 %, 百分之百 -> 100 %
        num, unit = num[3:], per
    fraction = not per and ("/" in num or "分之" in num)
    chinese = not num[0].isdigit() and not fraction and not per  # 三分之一, 百分之九十 are shares, not slogan counts
    mag1, mag, more, more2, suffix = match.group("mag1", "mag", "more", "more2", "after")
    if per:
        value, value_max = (Decimal(100) if num == "百" else to_number(num)), None
    elif mag1 and mag1 != mag:  # 5千万—1亿元: one range, read in the low end's magnitude (5—10 千万元)
        value, high = to_number(num), to_number(num2)
        value_max = _in_magnitude(high, mag or "", mag1) if value is not None and high is not None else None
        if value_max is None or value_max <= value:
            return None
        mag = mag1
    else:
        value, value_max = _range_values(num, num2)
    if value is None:
        return None
    if unit == "成" and (mag or num2 or value > 10 or not match["hundredth"] and _TENTHS_NOT_AFTER.match(text, match.end("unit"))
                        or num == "一" and text.endswith(vocab.words_ending_in_one(), 0, match.end("num"))):
        return None  # 八成, 两成: tenths of a whole; not 100万成本, 一成不变 (成 opening a word), 统一成图 (一 ending one)
    if match["hundredth"]:  # 九成五以上, 九成半的: 9.5 tenths; not 九成五星级, 八成一体化 (a word goes on)
        if not (match["after"] or _WORD_GOES_ON.match(text, match.end("hundredth")) is None):
            return None
        value += Decimal(5 if match["hundredth"] == "半" else to_number(match["hundredth"])) / 10
    num_start = match.start()
    begin, direction = _direction_before(text, num_start, floor)
    cmp_before, cmp_start = _comparator_before(text, begin, floor)
    if cmp_start is not None:
        begin = cmp_start
    if value_max is not None:
        cmp = "range"
    elif (more or more2) and not suffix:
        cmp = ">"  # 10余家, 1万多人: more than the number
    elif suffix:
        cmp = vocab.comparators()[suffix][0]
    else:
        cmp = cmp_before or "="
    return Candidate(begin, match.end(), num_start, value, value_max, mag or "", unit, cmp, direction, chinese, fraction, suffix)


# A character going on with a word after a share's hundredth (九成五星级); 的 ends the share (九成五的企业).
_WORD_GOES_ON = re.compile(r"[\u4e00-\u9fff](?<!的)")

# What follows 成 where it opens a word (成本, 成果, 成员, 成效, 成为, 一成不变) rather than counting tenths,
# or a numeral no hundredth reads (两, or after one: 九成五五): no share rather than one cut to 九成.
_TENTHS_NOT_AFTER = re.compile(r"[本果员效为立熟品绩都型交就长片套年功分规像语材不一二两三四五六七八九]")


def _in_magnitude(value: Decimal, magnitude: str, target: str) -> Decimal:
    """`value` of `magnitude` (1, 亿) counted in `target` (万): 10000."""
    mags = vocab.magnitudes()
    return value * mags.get(magnitude, Decimal(1)) / mags.get(target, Decimal(1))


def _range_values(num: str, num2: str | None) -> tuple[Decimal | None, Decimal | None]:
    # 两三个, 三五家: two adjacent Chinese digits, the second larger, make a range.
    if num2 is None and len(num) == 2 and all(c in "一二两三四五六七八九" for c in num):
        low, high = to_number(num[0]), to_number(num[1])
        if low is not None and high is not None and high > low:
            return low, high
    value = to_number(num)
    if num2 is None or value is None:
        return value, None
    high = to_number(num2)
    if high is None or high <= value:
        return None, None
    return value, high


# Adverbs of degree that go with a direction word and join the text with it (再降0.8个百分点,
# 进一步提高5%, 逐步减少1/3).
_DIRECTION_ADVERBS = ("进一步", "逐步", "再")


def _direction_before(text: str, pos: int, floor: int) -> tuple[int, str | None]:
    """下降2.5%, 每年减少1/3, 再降0.8个百分点: the direction word, with a 再/进一步/逐步
    and a 每年 before it, joins the text."""
    if pos <= floor or text[pos - 1] not in vocab.direction_last_chars():
        return pos, None  # no direction word can end here: skip trying each word
    for word in vocab.direction_words():
        direction = vocab.directions()[word]
        if pos - len(word) >= floor and text.startswith(word, pos - len(word)):
            if direction == "none":
                return pos, None  # 改造提升10万亩: a verb of upgrading, the amount is what is upgraded
            begin = pos - len(word)
            for adverb in _DIRECTION_ADVERBS:
                if begin - len(adverb) >= floor and text.startswith(adverb, begin - len(adverb)):
                    begin -= len(adverb)
                    break
            if begin - 2 >= floor and text.startswith("每年", begin - 2):
                begin -= 2
            return begin, direction
    return pos, None


def _comparator_before(text: str, pos: int, floor: int) -> tuple[str | None, int | None]:
    """The nearest comparator written before the number in the same clause
    (不低于70%, 至少引进1个, 高于全省平均水平2个百分点)."""
    window_start = max(floor, pos - _GAP_LIMIT - 4)
    if not vocab.comparator_start("before").search(text, window_start, pos):
        return None, None  # no comparator can start in the window (most windows): one C search says so
    window = text[window_start:pos]
    by_first = vocab.comparator_words_by_first("before")
    # Only words whose first character is in the window can be in it: try those, not the whole list. The
    # order they are tried in does not matter: the latest end wins, then the earliest start.
    # (The window's own first characters, not keys() & set(window): that intersection builds a set of
    # every key, ~4 kB for a moment, at the peak of a dense notice.)
    words = [word for first in {char for char in window if char in by_first} for word in by_first[first]]
    best: tuple[int, str] | None = None
    for word in words:
        at = window.rfind(word)
        while at >= 0:
            gap = window[at + len(word) :]
            if _gap_joins(gap, _MAX_GAP.get(word, _GAP_LIMIT), word in _ADVERB_COMPARATORS):
                if best is None or at + len(word) > best[0] + len(best[1]) or (at + len(word) == best[0] + len(best[1]) and at < best[0]):
                    best = (at, word)
                break
            at = window.rfind(word, 0, at)
    if best is None:
        return None, None
    begin = window_start + best[0]
    if best[1] in _CAP_WORDS and (gap := window[best[0] + len(best[1]) :]) not in _CAP_ADVERBS:
        if gap.endswith(("至", "到")):
            return None, None  # 将最低工资调至2000元/月: 最低 names the metric moved to the amount, no floor
        return vocab.comparators()[best[1]][0], None  # 最高额度为30万元: a cap, but the metric between stays out of the text
    # 最高不超过20万元: a comparator written right before the one found joins the text.
    for word in vocab.comparator_words("before"):
        if begin - len(word) >= floor and text.startswith(word, begin - len(word)):
            begin -= len(word)
            break
    return vocab.comparators()[best[1]][0], begin


def _gap_joins(gap: str, limit: int, adverb: bool = False) -> bool:
    """Whether the words between a comparator and its number belong to one phrase
    (高于|全国平均水平|3个百分点), not a new clause or a new predicate (高于上年|新增|10户).
    An adverb comparator governs the verb after it (至少|建成|1个)."""
    if len(gap) > limit or any(c in _PUNCTUATION or c.isdigit() for c in gap):
        return False
    return adverb or not any(verb in gap for verb in _NEW_PREDICATE)


def _heads_a_respective_list(text: str, cand: Candidate) -> bool:
    """分别不低于5%: the first amount after 分别 with a comparator written before it."""
    return (cand.start < cand.num_start and cand.suffix is None and cand.direction is None and cand.value_max is None
            and cand.cmp not in ("=", "~") and text.endswith("分别", 0, cand.start))


def _next_in_list(text: str, prev: Candidate, cand: Candidate) -> bool:
    """…5%、4%和3%: a plain amount of the same measure right after the one before, as the list's next."""
    return (cand.cmp == "=" and cand.start == cand.num_start and cand.direction is None and cand.value_max is None
            and cand.unit == prev.unit and text[prev.end : cand.start] in _ALTERNATIVE_JOINERS)


def _closes_a_list(text: str, prev: Candidate, cand: Candidate) -> bool:
    """…5亿元、10亿元以上 / 分别达到95%、60%以上: an amount with a comparator after it, right after a
    plain amount of the same measure: the list's amounts are each a target, each with that comparator."""
    return (cand.suffix is not None and cand.start == cand.num_start and prev.suffix is None
            and (prev.unit, prev.magnitude) == (cand.unit, cand.magnitude)
            and text[prev.end : cand.start] in _ALTERNATIVE_JOINERS)


# Words joining amounts of one measure in a list (5%、4%和3%).
_ALTERNATIVE_JOINERS = ("、", "和", "及")


def _absorbed(text: str, prev: Candidate, cand: Candidate) -> bool:
    """Whether `cand` joins the amount before it, which then takes it in (`prev` is widened in
    place): 10亿元或30亿元以上 (one target: either threshold, the low amount with the comparator;
    a list joined by 、/和/及 is an amount each, `_closes_a_list`); 10亿元至20亿元,
    3个到5个 (one range, its measure written at both ends)."""
    if prev.suffix is not None:
        return False
    if (
        prev.value_max is None
        and cand.value_max is None
        and not cand.direction
        and (prev.unit, prev.fraction) == (cand.unit, cand.fraction)
        and _in_magnitude(cand.value, cand.magnitude, prev.magnitude) > prev.value
        and _RANGE_JOINER.fullmatch(text, prev.end, cand.start)
    ):
        # 5000万元至1亿元: ends in two magnitudes are one range, read in the low end's (5000—10000 万元)
        high = _in_magnitude(cand.value, cand.magnitude, prev.magnitude)
        prev.end, prev.value_max, prev.suffix, prev.cmp = cand.end, high, cand.suffix, "range"
        return True
    if (
        cand.suffix is not None
        and prev.unit == cand.unit
        and prev.magnitude == cand.magnitude
        and cand.value > prev.value
        and text[prev.end : cand.start] == "或"
    ):
        prev.end, prev.cmp, prev.suffix = cand.end, cand.cmp, cand.suffix
        return True
    return False


# --- not-a-target rules: each returns True when the candidate is out -----------------


def _kind(cand: Candidate) -> str:
    """count, money, area, amount or rate (measure_units.tsv); "" without a measure."""
    return vocab.measures().get(cand.unit or "", ("", 0, ""))[2]


_QUORUM_BEFORE = ("须有", "须经", "应有", "应经", "经")
_TIME_UNITS = ("年", "天", "岁")  # measures that count only after a time metric (data/time_metrics.txt)


def _unit_is_not_a_measure(text: str, cand: Candidate) -> bool:
    """Years, months, durations, frequencies, ranks, levels: 2020年, 6个月, 召开1次, 十九大."""
    if cand.unit is None:
        # 每年减少1/3, 三分之二以上的行政村, 比例不少于1/3, 占比达到三分之一: a share with a comparator or an aim
        aimed = cand.cmp != "=" or text.endswith(vocab.aim_verbs(), max(0, cand.start - 3), cand.start)
        # 须有超过三分之二的委员出席, 经二分之一以上成员同意: a quorum of a procedure, no aim
        quorum = text.endswith(_QUORUM_BEFORE, max(0, cand.start - 2), cand.start)
        return not (cand.fraction and (cand.direction or cand.suffix or aimed) and not quorum)
    if _kind(cand) == "doubling":
        return cand.direction is None  # 翻一番; 一番努力 is a bout of effort
    if cand.unit in _TIME_UNITS and cand.value < 1000 and any(w in _clause_before(text, cand.start, 16) for w in vocab.time_metrics()):
        return False  # 受教育年限达到11.5年, 预期寿命79岁, 重污染天数3天以内: the metric's own measure
    return cand.unit in vocab.non_target_units()




def _part_of_a_token(text: str, cand: Candidate) -> bool:
    """5G, AAA级, 1.2.3, 第四次, 前10名: a number glued to letters, ordinals or a rank is not a quantity."""
    before = text[cand.num_start - 1] if cand.num_start else ""
    after = text[cand.end] if cand.end < len(text) else ""
    glued_after = cand.unit is None and bool(after and re.match(r"[A-Za-z]", after))
    rank = before == "前" and cand.unit == "名"  # 评选前10名: a place in a ranking (名 counts people elsewhere)
    day = before == "月" and cand.unit == "起"  # 自7月1起施行: a date whose 日 was dropped, not one case
    # 自2021-11-25起施行, 2025-01-01至2026-12-31期间: the month or day of a date in figures, not 25 cases or 12 issues
    figures = before in "-/" and _DATE_IN_FIGURES.search(text, max(0, cand.num_start - 8), cand.num_start) is not None
    return bool(before and (_NEIGHBOUR_BLOCKERS.match(before) or before == "第")) or glued_after or rank or day or figures


# A year and a month in figures right before a number: 2021-11-(25), 2026-(12)-31, 2025/(6)/30.
_DATE_IN_FIGURES = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}([-/])(?:[0-9]{1,2}\1)?$")


def _quoted_or_named(text: str, cand: Candidate) -> bool:
    """“4个1”, 《…24条》, 「…」: numbers inside quotes and titles are names and slogans."""
    for opening, closing in (("“", "”"), ("《", "》"), ("「", "」"), ('"', '"')):
        left = text.rfind(opening, max(0, cand.num_start - 20), cand.num_start)
        if left < 0 or closing in text[left + 1 : cand.num_start] and opening != closing:
            continue
        if opening == closing and text.count(opening, max(0, cand.num_start - 20), cand.num_start) % 2 == 0:
            continue
        if closing in text[cand.end : cand.end + 20]:
            return True
    return False


def _fraction_of_a_count(text: str, cand: Candidate) -> bool:
    """4.2应急响应: a count (个, 处, 家) is whole, so a decimal glued to a word is a heading
    number; an average stays (每千人口托位数达到4.5个。)."""
    kind = _kind(cand)
    if kind != "count" or cand.magnitude or cand.value == cand.value.to_integral_value():
        return False
    return cand.end < len(text) and bool(_CJK.match(text[cand.end]))


_LIST_AHEAD = ("以下", "下列", "如下")


def _sums_up_a_list(text: str, cand: Candidate) -> bool:
    """农业发展银行等5家银行: a number after 等 counts the names just listed; unless the
    clause opens with 在 (在A、B等14家单位推广应用), where the count is the planned scope. After
    以下/下列 it counts the names listed next."""
    if text.endswith(_LIST_AHEAD, 0, cand.start):
        return True  # 对以下8个单位予以通报表扬, 下列5项: the count of the list that follows
    if cand.start == 0 or text[cand.start - 1] != "等":
        return False
    s_start, _ = sentence_bounds(text, cand.start)
    return not re.search(r"(?:^|[,;:])在", text[s_start : cand.start])


# A group row of a 问题清单 (一、水污染防治方面(2个), (三)生态保护方面问题(3项)): its list mark, the group's
# name (…方面, …问题, …领域, …类) and a bracketed count of its items closing the line (a table's empty
# cells after it).
_GROUP_OPENING = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|[0-9]{1,2}[.、])[^。;\t\n]{1,30}(?:方面|问题|领域|类)\($")
_GROUP_COUNT = re.compile(r"\)[ \t\u3000:]*(?:\n|$)")


def _counts_a_groups_items(text: str, cand: Candidate) -> bool:
    """一、水污染防治方面(2个): the bracketed count on a problem list's group row counts the group's
    own items (the rows under it), no aim."""
    if cand.cmp != "=" or cand.value_max is not None or cand.unit not in ("个", "项", "条", "件", "处", "类"):
        return False
    line_start = text.rfind("\n", 0, cand.num_start) + 1
    return (_GROUP_COUNT.match(text, cand.end) is not None
            and _GROUP_OPENING.fullmatch(text, line_start, cand.num_start) is not None)


# 从2022年的50家增加到100家, 由目前的60%提高到80%: the start of a change named with 的, and the change.
_BASE_OPENING = re.compile(r"[由从][^,。;:、由从]{1,8}的$")
_CHANGE_TO = re.compile(r"(?:增加|提高|提升|下降|降低|减少|增长|扩大|压缩|压减|缩短)(?:到|至)")


def _base_of_a_change(text: str, cand: Candidate) -> bool:
    """由0.62万元下降至0.45万元: the amount after 由/从 is where a change starts, not its aim."""
    if cand.start > 0 and text[cand.start - 1] in "由从":
        return True
    return (text[cand.start - 1 : cand.start] == "的" and _CHANGE_TO.match(text, cand.end) is not None
            and _BASE_OPENING.search(text, max(0, cand.start - 10), cand.start) is not None)


def _condition(text: str, cand: Candidate) -> bool:
    """涉及三家以上债权银行的企业: a quantity after a condition word says who qualifies."""
    clause = _clause_before(text, cand.start)
    condition = max(vocab.word_search("condition").finditer(clause), key=lambda m: m.start(), default=None)  # the last
    if condition is None:
        return False
    after = clause[condition.end() :]
    # 涉及重大危险源的企业…装备率达到100% (…比例不低于90%): the phrase closed with 的, an aim verb or a
    # floor or cap sets the amount for what it picked out (an amount inside the phrase,
    # 达到500万元以上的企业, stays a threshold), unless what follows grants the case something
    # (凡…的企业年纳税额达到100万元以上,给予奖励): then the amount still says who qualifies
    aim = after.endswith(vocab.aim_verbs()) or cand.start < cand.num_start
    if ("的" in after and aim and not text.startswith("的", cand.end) and not _condition_goes_on(text, cand.end)
            and not _benefit_follows(text, cand.end)):
        return False
    # 对符合条件的企业给予最高50万元补助: an amount after a verb of granting is the grant
    return not any(verb in after for verb in vocab.amount_words("verb"))


_CLAUSE_END = re.compile(r"[,;。!?\n]")


def _condition_goes_on(text: str, end: int) -> bool:
    """The clause after the amount closes a condition (…达到25%(超过100人的企业达到15%)并与其签订
    劳动合同的,可申请…): the amount is part of who qualifies, whatever its own phrase says."""
    stop = _CLAUSE_END.search(text, end, end + 80)
    return stop is not None and text[end : stop.start()].rstrip().endswith("的")


_REST_END = re.compile(r"[;。!?\n]")


# The next clause's opening before its verb: a modal or 按规定 (…,可申请…; …,按规定享受…).
_BENEFIT_CLAUSE = re.compile(r"[^,;。]{0,12}?,(?P<modal>(?:可|即可|均可|还可|并可|可按|按|按照)(?:有关|相关)?(?:规定|政策|标准)?)?")
_ONLY_VERBS = ("给予", "予以")


def _benefit_follows(text: str, end: int) -> bool:
    """The rest of the sentence after the amount grants the case something (…达到30人以上,可申请稳岗补贴。
    …不低于3%,按规定享受加计扣除。): the amount is the bar to clear for it."""
    stop = _REST_END.search(text, end, end + 40)
    rest = text[end : stop.start() if stop else end + 40]
    clause = _BENEFIT_CLAUSE.match(rest)
    if clause is None:
        return False
    rest = rest[clause.end() :]
    word = next((w for w in vocab.amount_words("benefit") if rest.startswith(w)), None)
    # the word is the next clause's verb: 给予/予以 only ever are; 享受, 补贴 … may open a noun
    # (…达到100%,享受政策企业全部纳入监管; …增长20%以上,补贴资金全部兑现) unless a modal says so (可申请, 按规定享受)
    return word is not None and (bool(clause.group("modal")) or word in _ONLY_VERBS)


def _past_fact(text: str, cand: Candidate) -> bool:
    """将2016年实施的24项措施, 全市共有企业1200家, 省财政已下达资金2000万元, 去年新增3000户:
    what the clause reports as already so, or a sentence that opens in the past (data/not_target_past.txt);
    and what a forecast says of weather or water (_forecast_of_nature): reported, not aimed at."""
    if _forecast_of_nature(text, cand):
        return True
    clause = _clause_before(text, cand.start)
    if _BY_YEAR.search(clause):
        return False
    past = _PAST_YEAR.search(clause)
    if past and past.group().startswith("已") and _marks_the_noun(clause, past.start()):
        past = None  # 对已建成小区实施改造120个: 已建成 says which houses, the count is the plan's
    if past:  # unless an aim governs it: 确保已建成项目投产率达到90%
        return not _has_aim(clause[: past.start()] + clause[past.end() :])
    if _done_without_aim(clause) or _size_of_the_whole(text, cand) or _reported_after(text, cand):
        return True
    opening = _sentence_opening(text, cand.start)
    return _opens_with_a_fact(opening) and not _has_aim(opening)


def _forecast_of_nature(text: str, cand: Candidate) -> bool:
    """县水文站预测,…水位将超过警戒水位0.5米左右; 预计…降雨量50~100毫米: after a forecast word, a quantity
    whose clause names weather or water (data/forecasts.tsv) measures a natural state, no aim; a clause
    of work (预计汛期前完成…20座, 预计总投资5亿元) still sets one. A departure from the norm (较常年同期偏多3成,
    气温偏高1~2℃) describes the weather, forecast word or none: no aim is written so."""
    clause = _clause_before(text, cand.start)
    if clause.endswith(deadlines.forecasts("anomaly")):
        return True
    for word in deadlines.forecasts("not_state"):  # 雨水管网, 雨污分流: a works' name, not the weather
        clause = clause.replace(word, "")
    if not any(state in clause for state in deadlines.forecasts("state")) or any(
            verb in clause for verb in _NEW_PREDICATE if verb != "达到"):
        return False  # the clause first: most name no weather, and the sentence's opening costs more
    opening = _sentence_opening(text, cand.start)
    # the last forecast word that forecasts (not 预报系统, 预测预警: data/forecasts.tsv, tool); what it says up to
    # the quantity is the forecast's only with no aim (各乡镇要…, 确保…) and no work (预计投资…,新建…) in it
    said = max((at + len(word) for word in deadlines.forecasts("word") for at in _finditer_str(opening, word)
                if not opening.startswith(deadlines.forecasts("tool"), at + len(word))), default=-1)
    if said < 0:
        return False
    rest = opening[said:]
    return not _has_aim(rest) and not any(verb in rest for verb in deadlines.forecasts("work"))


def _finditer_str(s: str, word: str):
    at = s.find(word)
    while at >= 0:
        yield at
        at = s.find(word, at + 1)


def _reported_after(text: str, cand: Candidate) -> bool:
    """对9个县(市、区)和高新区…开展了专项督查: a sentence whose verb after the count is a completed
    one (…了: data/not_target_past.txt, done) reports, unless an aim governs it."""
    _, end = sentence_bounds(text, cand.start)
    rest = text[cand.end : end]
    if "了" not in rest:
        return False  # one C call rules out most sentences
    # the count's own clause: a later one is other work (培训农民5000人次,对已开展了培训的农民跟踪服务), and a
    # 了-verb before 的 names a noun (进行了登记的农民), it reports nothing
    rest = _CLAUSE_END_RE.split(rest, 1)[0]
    done = [w for w in vocab.past_words("done") if w.endswith("了") and w in rest and "的" not in rest[rest.index(w):]]
    # the count's own clause and what follows it: a purpose opening the sentence (为推动…,) is no aim of it
    return bool(done) and not _has_aim(_clause_before(text, cand.start) + rest)


def _opens_with_a_fact(opening: str) -> bool:
    """去年…, 近年来…, 全市现有…: a sentence that opens by reporting the past or a stock."""
    if opening.startswith(vocab.past_words("open")):
        return True
    if not opening.startswith(vocab.past_words("whole")):
        return False  # one C call rules out most openings; the search below finds which word it is
    whole = next((w for w in vocab.past_words("whole") if opening.startswith(w)), None)
    return whole is not None and opening.startswith(vocab.past_words("has"), len(whole))


_AS_OF_YEAR = re.compile(r"\s?((?:19|20)[0-9]{2})年(?:\s?([0-9]{1,2})\s?月)?")
_LATER_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
# A year opening a sentence, not as the start of a span or a by-date (2022—2025年, 2022年底前).
_PAST_OPENING_YEAR = re.compile(r"((?:19|20)[0-9]{2})年(?!\s?[至到\-—–~]|底?之?前|以前)")
_PLAN_TERM = re.compile(r"(“)?十([一二三四五六七八九])五(?(1)”)")
_PAST_SPAN = re.compile(r"(?:19|20)[0-9]{2}年?\s?[-—–~至到]\s?((?:19|20)[0-9]{2})年(?!底?之?前|以前)")


def _opens_at_a_past_date(text: str, pos: int, ref_year: int, this_month: tuple[int, int] | None = None) -> bool:
    """截至2022年底,… or “十三五”期间,… opening the sentence, in a notice of a later year: the
    quantities after it report where things stood, unless an aim governs them (…,到2025年达到…);
    so does a period with no year over when the notice was signed (上半年完成投资50亿元 in August)."""
    opening = _sentence_opening(text, pos)
    if opening[:1] in "全我本":  # 全市截至2022年底,… / 全市2022年完成…: the jurisdiction first
        opening = opening[len(next((w for w in vocab.past_words("whole") if opening.startswith(w)), "")) :]
    if deadlines.period_over(opening, 0, ref_year, this_month):
        return any(verb in opening for verb in vocab.past_words("result")) and not _has_aim(opening)
    # 2024年10月—2025年3月期间,全市共查处… in April 2025: a window over when it was signed reports, as a period does
    window_end = deadlines.window_over_at(opening, 0, ref_year, this_month) if opening.startswith(("19", "20")) else None
    if window_end is not None:
        return any(verb in opening for verb in vocab.past_words("result")) and not _has_aim(opening[window_end:])
    if not opening.startswith(("截", "十", "“十", "19", "20")):
        return False
    word = next((w for w in vocab.past_words("as_of") if opening.startswith(w)), None)
    # 2020—2022年完成改造1000户 in a 2023 notice: a span over when it was signed reports, like a past year
    year = None if word else _PAST_OPENING_YEAR.match(opening) or _PAST_SPAN.match(opening)
    if year:  # (全市)2022年完成投资1.2亿元 in a 2023 notice: last year's figures, a statistic
        past = int(year.group(year.lastindex)) < ref_year and any(verb in opening for verb in vocab.past_words("result"))
    elif word:
        year = _AS_OF_YEAR.match(opening, len(word))
        # 截至2025年1月底,… in a notice signed in March 2025: a month over when it was signed, as a past year is
        past = year is not None and (int(year.group(1)) < ref_year or bool(
            year.group(2) and this_month and (int(year.group(1)), int(year.group(2))) < this_month))
        opening = opening[len(word) :]  # 截至 holds 至, which reads as an aim's 至2025年
    else:  # the Nth five-year plan (N >= 3) ends in 1970+5(N-3): 十三五 in 2020
        term = _PLAN_TERM.match(opening)
        past = term is not None and opening.startswith(vocab.past_words("term"), term.end())
        past = past and 1970 + 5 * (int(to_number(term.group(2))) + 7) < ref_year
    if past and year is not None:  # …,2023年新建1000个: a year of the plan's governs what follows it
        past = all(int(y) < ref_year for y in _LATER_YEAR.findall(opening, year.end() - (len(word) if word else 0)))
    if past and year is not None and year.re is _PAST_SPAN:
        opening = opening[year.end() :]  # the span's 至2022年 is no aim's 至
    return bool(past) and not _has_aim(opening)


def _size_of_the_whole(text: str, cand: Candidate) -> bool:
    """全市12个县区, 全省16个市: a count of the jurisdiction's own divisions states its size;
    after 在 it is the scope the plan picks (在全市8个乡镇开展试点), an aim like 在A、B等14家单位推广."""
    if not text.endswith(vocab.past_words("whole"), 0, cand.start):
        return False  # one C call rules out most candidates; the loop below finds which word it is
    if vocab.measures().get(cand.unit or "", ("", 0, ""))[2] == "rate":
        return False  # 全市80%以上乡镇, 全市八成乡镇: a share of the divisions, no count of them
    whole = next((w for w in vocab.past_words("whole") if cand.start >= len(w) and text.startswith(w, cand.start - len(w))), None)
    if whole is None or text[cand.start - len(whole) - 1 : cand.start - len(whole)] == "在":
        return False
    if not text.startswith(vocab.past_words("division"), cand.end):
        return False
    # 市场主体, 省级示范园区, 区域龙头企业: a division word that opens a longer noun counts
    # something else, not the divisions.
    return not text.startswith(vocab.past_words("not_division"), cand.end)


def _forecast_of_an_outcome(clause: str) -> bool:
    """…预计达42.6万人: a forecast of an outcome (data/not_target_past.txt, forecast), no aim governing it."""
    return "预" in clause and any(w in clause for w in deadlines.forecasts("outcome")) and not _has_aim(clause)


def _has_aim(words: str) -> bool:
    for word in vocab.past_words("not_aim"):  # 主要, 重要, 需要: 要 inside another word
        words = words.replace(word, "")
    return bool(_BY_YEAR.search(words)) or any(w in words for w in vocab.past_words("aim"))


def _done_without_aim(clause: str) -> bool:
    """已下达, 已投入, 今年以来: a completed action, unless an aim governs it (确保已建成项目…达到).
    已 inside an attribute (对已建成小区实施改造, 已纳入规划的小区) marks the noun, not the action."""
    if vocab.word_search("done").search(clause) is None:
        return False  # one C search rules out most clauses; the loop below finds which word it is
    for word in vocab.past_words("done"):
        at = clause.rfind(word)
        if at >= 0 and not _marks_the_noun(clause, at) and not _AFTER_DONE.match(clause, at + len(word)):
            return not _has_aim(clause)
    return False


# A done word that opens a time (收到工单后2小时内, 收到之日起): the act the work waits for, no report.
_AFTER_DONE = re.compile(r"[^,,。;;]{0,8}?(?:后(?![续备期台勤盾])|之日|之时)")  # not 后续资金, 后备干部


def _marks_the_noun(clause: str, at: int) -> bool:
    """已… inside an attribute: after 对 (对已建成小区) or before a 的 (已纳入规划的小区), or before a
    rate that is the aim's subject (已登记养殖场粪污处理率达到95%: the rate of the registered farms;
    not 已建成大功率充电桩500个 nor 已实现网上办理率100%, done and said so)."""
    return "的" in clause[at:] or clause[:at].endswith("对") or bool(_RATE_AIMED.search(clause, at))


# A rate (not 功率/效率/频率) right before the verb that sets its aim.
_RATE_AIMED = re.compile(r"(?<![功效频])率(?:要|应|力争)?(?:达到|提高到|提高至|提升到|提升至|不低于|保持在|稳定在)")


_INDENT = " \t\u3000\u00a0"
# A numbered item's own number before its first sentence: (一), 1., 一、
_ITEM_NUMBER = re.compile(r"(?:\([一二三四五六七八九十0-9]{1,3}\)|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、])")


def _sentence_opening(text: str, pos: int) -> str:
    """The sentence that holds `pos`, from its start (after a paragraph's indent and any item number)
    to `pos`: 　　去年,… opens with 去年 as much as an unindented line does."""
    start, _ = sentence_bounds(text, pos)
    while start < pos and text[start] in _INDENT:
        start += 1
    number = _ITEM_NUMBER.match(text, start, pos)
    return text[number.end() if number else start : pos]


SLOGAN_COUNT_MAX = 20
"""A plain count in Chinese numerals below this names the plan's own slogans (十大工程, 六大提升);
from twenty on it is a planned count (建成二十个产业集群): slogans count a handful of things."""


def _chinese_without_comparator(text: str, cand: Candidate) -> bool:
    """六大提升, 七通一平, 三项保障: small counts in Chinese numerals name the plan's own slogans
    unless a comparator or range makes them an aim (两个以上, 三至五家, 两三个). An amount of money
    or land, a magnitude or a count of twenty or more is a quantity (五百万元, 新增学位三千个, 建成二十个)."""
    if cand.chinese and text[cand.num_start] in "百千" and (cand.cmp == "=" or cand.suffix):
        return True  # 百家企业技改工程, 千亩基地, 千人以上企业: a bare round 百/千 names; 逾百家, 超千亿元 aim
    if not (cand.chinese and cand.cmp == "="):
        return False
    kind = vocab.measures().get(cand.unit or "", (None, None, "count"))[2]
    return kind == "count" and not cand.magnitude and cand.value < SLOGAN_COUNT_MAX


# An alternative joined to the number before it: 一般为5人或7人 (the 7人 shares the 5人's reading).
_ALTERNATIVE_BEFORE = re.compile(r"(\d{1,3})[名人位](?:或|、|或者)$")


STAFFING_MAX = 10
"""Staffing names a few people (明确1名分管负责人, 成员一般为3人或5人); from this many on, a count is a programme's."""


def _staffing(text: str, cand: Candidate) -> bool:
    """明确1名分管负责人, 安排1名联络员, 成员一般为3人或5人: staffing is not a target."""
    if cand.unit not in ("名", "人", "位"):
        return False
    start = cand.start
    alternative = _ALTERNATIVE_BEFORE.search(text, max(0, start - 8), start)
    if alternative:  # judge the first of the alternatives by its own context
        start = alternative.start()
    if cand.magnitude or cand.value >= STAFFING_MAX:
        return False  # 每年选派100名科技特派员: a programme's count of people, not who staffs the work
    head = text[max(0, start - 4) : start]
    tail = text[cand.end : cand.end + 6]
    inside = text[cand.start : cand.num_start]  # 至少配备1名: the verb between a comparator and the number
    return (head.endswith(vocab.staffing_words("before")) or inside.endswith(vocab.staffing_words("before"))
            or tail.startswith(vocab.staffing_words("after")))


# households, people, bodies, schools, buildings, sites, machines, vehicles: things, never the plan's parts
_NEVER_PARTS = ("户", "人", "名", "人次", "家", "所", "座", "处", "台", "辆", "套", "栋")


@cache
def _meeting_words(position: str) -> tuple[str, ...]:
    """A meeting's arrangement words (发言, 参会) and what stands before its counts (的, 限)."""
    return tuple(sorted({row[1] for row in _rows("not_target_meeting.txt") if row[0] == position}, key=lambda w: (-len(w), w)))


def _meeting_arrangement(text: str, cand: Candidate) -> bool:
    """作交流发言的3个市、县, 每个参会单位限停车1辆: a meeting's speakers or a participant's quota."""
    if cand.magnitude or cand.cmp not in ("=", "<="):
        return False
    near = text[max(0, cand.num_start - 4) : cand.num_start]
    picked = near.endswith("的") and "的" in _meeting_words("before")
    quota = any(w != "的" and w in near and _han_tail(near, w) for w in _meeting_words("before"))
    if not (picked or quota):
        return False
    return any(w in _clause_before(text, cand.num_start) for w in _meeting_words("act"))


def _han_tail(near: str, word: str) -> bool:
    """`word` in `near` followed by nothing but Chinese characters (限停车 before the number)."""
    tail = near[near.rfind(word) + len(word) :]
    return all("\u4e00" <= c <= "\u9fff" for c in tail)


def _plan_part_or_name(text: str, cand: Candidate) -> bool:
    """重点抓好N项工作, 人才新政N条: counts of the plan's parts and numbers in policy names."""
    head = text[max(0, cand.start - 4) : cand.start]
    if head.endswith(vocab.part_words("before")):
        return True
    if head.endswith("》") and cand.unit in ("条", "项"):
        return True  # 落实《若干措施》30条: the size of the policy the title names
    if _kind(cand) != "count" or cand.magnitude or cand.unit in _NEVER_PARTS:
        return False  # 完成3.2万户改造任务: households and people, or ten thousands, are never the plan's parts
    # The noun the count counts: its first or last word names a part (18项工作, 15项重点改革任务).
    noun = re.split(r"[^\u4e00-\u9fff]", text[cand.end : cand.end + 10], maxsplit=1)[0]
    words = vocab.part_words("after")
    return noun.startswith(words) or (len(noun) <= 8 and noun.endswith(words))


# An aim verb right before the amount (整改率达到100%): a class word in its sentence names what is
# measured (重大事故隐患整改率, 较大事故起数下降20%), it defines no level.


def _classification_criterion(text: str, cand: Candidate) -> bool:
    """特别重大…造成30人以上死亡: thresholds in a sentence that defines a class or level (not a change
    or an aim of a safety plan: 较大事故起数下降20%, 不超过2起, 重大事故隐患整改率达到100%)."""
    start, end = sentence_bounds(text, cand.start)
    sentence = text[max(start, cand.start - 200) : min(end, cand.end + 200)]
    if not any(not sentence.startswith(_TIERED, m.end()) for m in vocab.word_search("classification").finditer(sentence)):
        return False  # (三级响应机制: a mechanism over three tiers of government, no grade)
    # 不超过2起, 不低于90%: a cap or floor written before the number; a level's bounds (超过100万人,
    # 少于3人, 30人以上) stay
    bound_before = cand.start < cand.num_start and cand.cmp in ("<=", ">=")
    if cand.direction or bound_before or text.endswith(vocab.aim_verbs(), max(0, cand.start - 3), cand.start):
        # a change, a bound written before the number or an aim verb: an aim of a safety plan, unless
        # its own clause defines a level (较大事故是指…死亡人数达到3人以上、不超过9人)
        return _DEFINES.search(_clause_before(text, cand.start, 80)) is not None
    return True


_TIERED = ("机制", "体系", "网络")
# A sentence that defines a class or level (较大事故是指…, 分为特别重大、重大、较大和一般四级).
_DEFINES = re.compile(r"是指|系指|指的是|分为")


def _penalty(text: str, cand: Candidate) -> bool:
    """处1000元以上1万元以下罚款: amounts in a sentence that sets a sanction."""
    start, end = sentence_bounds(text, cand.start)
    sentence = text[start:end]
    return vocab.word_search("penalty").search(sentence) is not None


def _qualifies_a_noun(text: str, cand: Candidate) -> bool:
    """投资50亿元以上产业项目, 5000万元以上的项目: an amount of money, land or energy with a
    comparator right before a noun says which things count, it does not set an aim."""
    kind = _kind(cand)
    nxt = text[cand.end] if cand.end < len(text) else ""
    if nxt == "的" and cand.cmp in (">=", ">") and (kind in ("money", "area", "amount") or kind == "count" and not cand.suffix):
        if kind == "money" and _names_a_fund(text, cand.end + 1):
            return False  # 安排不低于1000万元的专项资金: the fund's size is set, it does not pick things
        # 超过100人的企业, 5000万元以上的项目: a threshold on the noun. A cap stays
        # (最高不超过20万元的贷款), and so do a share (80%以上的行政村) and a planned count
        # (培育10家以上的龙头企业).
        return True
    if kind not in ("money", "area", "amount") or not nxt or not _CJK.match(nxt) or nxt in "的或和及与、等":
        return False
    if kind == "money" and (_names_a_grant(text, cand.end) or text.startswith(vocab.amount_words("verb"), cand.end)):
        return False  # 给予20万元奖励, 5万元安家补贴, 按每人1000元给予补贴: the amount granted (call 17)
    if (kind == "money" and (cand.cmp == "=" or (cand.cmp == "<=" and cand.start < cand.num_start))
            and text.endswith(vocab.amount_words("verb"), max(0, cand.start - 4), cand.start)):
        # 给予5万元工作经费奖励, 奖励最高10万元研发经费: a granting verb right before it, the noun is what it
        # grants; a bound written after the figure (资助100万元以下项目) makes the noun a class of things
        return False
    if text.startswith(vocab.amount_words("aim"), cand.end):
        return False  # 超100亿元目标, 突破100亿元大关: the noun is the aim itself
    if kind in ("money", "amount") and cand.cmp == "=":
        if text.startswith(vocab.amount_words("use"), cand.end) and kind == "money":
            return False  # 投资3.5亿元建设污水处理厂: the investment planned for the work
        noun = _NOUN_AFTER.match(text, cand.end)
        # N万吨XX产能项目, N亿元专项再贷款: a plain amount naming a facility or a fund; not a task's
        # size (完成12万吨减排任务)
        return not (noun and noun.group().endswith(vocab.amount_words("aim")))
    # 5亿元以上项目, 超100亿元企业: a floor written before or after the amount says which things count
    return (cand.suffix is not None or cand.cmp == ">") and cand.cmp != "~"


def _names_a_grant(text: str, pos: int) -> bool:
    """The noun right after an amount names a grant (奖励, 一次性奖励: data/amount_words.txt), also
    after a two-character word of purpose (安家补贴, 租房补贴); not 项目给予奖励."""
    words = vocab.amount_words("noun")
    return text.startswith(words, pos) or (_TWO_CJK.match(text, pos) is not None and text.startswith(words, pos + 2))


_TWO_CJK = re.compile(r"[\u4e00-\u9fff]{2}")
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,12}")  # 数字经济发展专项资金: a fund named by its purpose


def _names_a_fund(text: str, pos: int) -> bool:
    """The noun at `pos` opens or ends with a fund (专项资金, 产业引导基金: data/amount_words.txt)."""
    noun = _NOUN_AFTER.match(text, pos)
    words = vocab.amount_words("fund")
    return noun is not None and (noun.group().startswith(words) or noun.group().endswith(words))


RULES: tuple[Callable[[str, Candidate], bool], ...] = (
    _unit_is_not_a_measure,
    _part_of_a_token,
    _fraction_of_a_count,
    _sums_up_a_list,
    _counts_a_groups_items,
    _base_of_a_change,
    _quoted_or_named,
    _chinese_without_comparator,
    _condition,
    _past_fact,
    _staffing,
    _meeting_arrangement,
    _plan_part_or_name,
    _classification_criterion,
    _penalty,
    _qualifies_a_noun,
)


def not_a_target(text: str, cand: Candidate) -> str | None:
    """The name of the first rule that throws the candidate out, or None when it is a target."""
    for rule in RULES:
        if rule(text, cand):
            return rule.__name__.lstrip("_")
    return None


# --- building the Target ---------------------------------------------------------------


def _clause_before(text: str, pos: int, reach: int = 60) -> str:
    """The clause before `pos`: back to the last comma, semicolon or sentence end."""
    return _CLAUSE_END_RE.split(text[max(0, pos - reach) : pos])[-1]  # in C, not a Python loop per character


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
    return text[at - 1 : at] in (",", "、") and _LIST_MARK.match(text, at + 1) is None or at in wraps.inner_newlines(text)


@per_text
def _year_mentions(text: str, ref_year: int | None, this_month: tuple[int, int] | None) -> tuple[list[int], list[deadlines.Mention]]:
    """Every dated by-date of the text, scanned once, with their starts for bisecting; a period with
    no year already over at the signing month (上半年完成投资 in August) is none, as in deadlines."""
    found = [m for m in deadlines.scan_unwrapped(text, 0, len(text), ref_year, this_month) if m.year and not m.period]
    return [m.start for m in found], found


def _mentions_between(text: str, start: int, end: int, ref_year: int | None, this_month: tuple[int, int] | None) -> list[deadlines.Mention]:
    starts, found = _year_mentions(text, ref_year, this_month)
    return found[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


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

    kind = _kind(cand)
    return metric(text, cand.start, cand.end, counted_after=kind == "count")


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
    years = [m for m in _mentions_between(text, s_start, s_end, ref_year, this_month) if m.end <= s_end]
    years = deadlines.whole_year_of_plan(draft, years)  # 全年 in a cell of a 2025—2027年 plan: its column's or row's year
    before = [m for m in years if m.start < start]
    opening = start - len(_clause_before(text, start))  # 2023年新增100个,2024年新增200个:
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
    period = _plan_period_end(text, s_start, start, ref_year)
    if period:
        return period
    if text.find("年", s_start, start) >= 0:  # every _YEAR_RANGE match ends in 年: no scan without one
        for match in _YEAR_RANGE.finditer(text, s_start, start):
            # 2023年至2025年,每年新增1万人: an amount for each year of the span, not by its end (滚动储备…500个,
            # and a later clause's 三年累计新增15家, still count up to the span's end)
            if _yearly(text[max(match.end(), start - len(_clause_before(text, start))) : start], averages=True):
                return None
            return int(match.group(2))
    relative = _relative_year(draft, s_start, start, ref_year)
    if relative is not None:
        return relative
    # …最高300万元;…,2025年发放…: another measure's year; 建成3000个,其中2024年建成1000个: a part's year
    years = [m for m in years if ";" not in text[start : m.start] and "其中" not in text[start : m.start]]
    if years:
        if _yearly(_clause_before(text, start)):
            return None  # 每年新增100家以上,到2027年…: a later clause's year does not date a yearly amount
        return years[0].year
    bare = _bare_year(text, s_start, start, end, ref_year)
    if bare is not None and not _yearly(_clause_before(text, start)):
        return bare
    opening = _paragraph_year(text, s_start, ref_year, this_month)
    if opening is not None:
        return opening
    sentence = text[s_start:s_end]
    if _yearly(_clause_before(text, start)):
        return None  # 每年推动3000家以上,力争三年累计…: an amount for each year, not one by the term's end
    if _TERM_OF_PLAN.search(sentence) or _clause_opens_with_the_term(draft, sentence):
        return plan_end_year(draft)
    if any(word in sentence for word in _RECURRING_WORDS):
        return None
    task_year = _task_deadline_year(draft.text, task, start)
    return task_year if task_year is not None else heading_year


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
    if _CLAUSE_END_RE.search(amounts):
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
        prefix = part_year_prefix(_SPACE_RUN.sub("", section.heading))
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
    for mention in _mentions_between(text, line_start, line_start + len(head), ref_year, this_month):
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


# The mark that opens a list item on its own line (——, 1., (1), ①, (一), 一、): its kind. Dashes
# may be typed as box-drawing lines (──), as sections' dash headings are.
_LIST_MARK = re.compile(
    r"[ \t]*(?:(?P<dash>—{1,2}|─{1,2}|-|·|•)|(?P<digit>[0-9]{1,2}[.、])|(?P<paren>\([0-9]{1,2}\))|(?P<circled>[①-⑳])"
    r"|(?P<cparen>\([一二三四五六七八九十]{1,3}\))|(?P<cdigit>[一二三四五六七八九十]{1,3}、))"
)


# A lead-in line that says nothing but that the items below are the goals (具体目标如下:, 主要指标是:).
_LEAD_IN = re.compile(r"[ \t\u3000]*(?:具体|主要|发展|工作|分项)?(?:目标|指标)(?:任务)?(?:如下|是|为|包括)?:")


def _lead_in_year(text: str, line_start: int, ref_year: int | None, this_month: tuple[int, int] | None) -> int | None:
    """到2025年,…具体目标如下:\n——…;\n——…: the items of a list take the year of the lead-in
    line that ends in ':' above them, across the items of the same mark before them; dash lines
    also that of a goals paragraph ending in 。 right above them (到2025年,…。\n——…)."""
    mark = _LIST_MARK.match(text, line_start)
    floor = max(0, line_start - _PARAGRAPH_REACH)
    pos = line_start
    while mark and pos > floor:
        newline = text.rfind("\n", floor, pos - 1)
        if newline < 0 and floor > 0:
            return None
        prev_start = newline + 1
        prev = text[prev_start : pos - 1].rstrip()
        if prev.endswith(":"):
            years = [m.year for m in _mentions_between(text, prev_start, pos - 1, ref_year, this_month)
                     if m.year and m.text.startswith(("到", "截至")) and text[m.end : m.end + 1] in (",", ":")]  # 到2025年底:
            if years:
                return years[-1]
            # 到2025年,…。\n具体目标如下:\n——…: a lead-in line of its own takes the year of the
            # goals paragraph right above it
            return _paragraph_year(text, prev_start - 1, ref_year, this_month) if _LEAD_IN.fullmatch(prev) and prev_start > 0 else None
        other = _LIST_MARK.match(text, prev_start)
        if other is None and mark.lastgroup == "dash" and prev.endswith("。"):
            # 到2025年,全市…明显提升。\n——…;\n——…: a goals paragraph's dash lines go on with it (call 13);
            # not a record of work done (截至2024年底,全市已累计建成…。)
            if _done_without_aim(_BY_YEAR.sub("", prev)):
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
    the header cell otherwise (_past_column)."""
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
    row_end = line_start - 1
    for _ in range(TABLE_HEADER_REACH):
        if row_end <= 0:
            return None
        row_start = line_bounds(text, row_end)[0]  # the row that the newline at row_end closes
        if row_end - row_start > TABLE_ROW_MAX:
            return None
        if row_start in _page_end_lines(text):  # a page end inside the table: its header is on the page before
            row_end = row_start - 1
            continue
        cells = [cell.strip() for cell in text[row_start:row_end].split("\t")]
        if len(cells) <= column:
            return None  # the table ends above: no header with a year
        year = read(cells, column)
        if year:
            return year
        row_end = row_start - 1
    return None


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


def _past_column(cells: list[str], column: int) -> int | None:
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
def _page_end_lines(text: str) -> frozenset[int]:
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
    aims = {m.year for m in _year_mentions(draft.text, ref_year, deadlines.reference_month(draft))[1] if m.text.startswith(("到", "至"))}
    return end + 1 if end + 1 in aims and end not in aims else end
