"""Reading quantities: every number with a measure, its comparator and direction (targets stage).

A candidate is a numeral with a measure from data/measure_units.tsv (or a fraction after a
direction word: 每年减少1/3). Around it we read the comparator words (data/comparators.tsv)
and a direction word (data/directions.tsv) that belong to its text, and merge amounts that
share one comparator (10亿元或30亿元以上). Whether it is a target is decided elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Iterator, Optional

from ..text.numerals import to_number
from ..text.prefilter import anchored_finditer
from . import target_vocab as vocab


_ARABIC = r"[0-9]{1,15}(?:,[0-9]{3}){0,4}(?:\.[0-9]{1,6})?"
_FRACTION = r"[0-9]{1,6}/[0-9]{1,6}|[一二两三四五六七八九十百]{1,3}分之[一二两三四五六七八九十]{1,3}"
# 百分之九十, 千分之五, 百分之百: a rate written in words, read as N% / N‰.
_PER = r"[百千]分之(?:百|[零〇○一二两三四五六七八九十]{1,4}(?:点[零〇○一二三四五六七八九]{1,4})?)"
_PER_UNIT = {"百": "%", "千": "‰"}
_CHINESE = r"[零〇○一二两三四五六七八九十百千]{1,10}(?:点[零〇○一二三四五六七八九]{1,6})?"
_RANGE_SEP = r"(?:——|\s?[~～\-—–－至到]\s?)"  # 3——5个: a doubled dash, written tight
_RANGE_JOINER = re.compile(_RANGE_SEP)
# The first character of every number above: where a candidate can start (text.prefilter).
NUMBER_START = re.compile(r"[0-9零〇○一二两三四五六七八九十百千]|(?<=翻)番")
# 翻番 with no numeral (产值实现翻番) doubles as 翻一番 does: an empty numeral between 翻 and 番, read as 一.
_DOUBLING = r"(?<=翻)(?=番)"
_PUNCTUATION = set(",.;:!?()[]“”‘’\"'、。;:!?《》〔〕【】()\n ")
CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_GAP = {"约": 0, "大约": 0, "超": 0, "突破": 0, "近": 0, "将近": 0, "接近": 0, "逾": 0,
            "至少": 4, "最少": 4, "最多": 4, "最高": 4, "最低": 4, "上限": 4, "下限": 4}
_GAP_LIMIT = 16
_ADVERB_COMPARATORS = ("至少", "最少", "最多")
# 最高/最低 join the text only across nothing or an adverb (最高可30万元); a metric or verb between
# (最高额度为30万元, 最高补助30万元) stays out of the text, the cap still sets cmp; so do 上限/下限
# (补助上限为500万元).
_CAP_WORDS = ("最高", "最低", "上限", "下限")
_CAP_ADVERBS = ("", "可", "均", "将", "原则上", "一般", "分别")
NEW_PREDICATE = ("达到", "新增", "实现", "建成", "完成")

# The hundredths of a share in tenths (九成五, 九成半: 95 %), right after its 成.
_HUNDREDTH = "(?P<hundredth>(?<=成)[一二三四五六七八九半])"


@cache
def _candidate_pattern() -> re.Pattern:
    magnitudes = "|".join(map(re.escape, sorted(vocab.magnitudes(), key=len, reverse=True)))
    # a count of visits or checks (20台次, 200人次) is no such count before 年/日/月: 清扫车5台次年投入使用 is 5台, then
    # 次年 (the next year); the alternation falls back to the shorter measure
    units = "|".join(re.escape(u) + ("(?![年日月])" if len(u) > 1 and u.endswith("次") else "") for u in vocab.all_units())
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


def candidates(text: str, start: int = 0, end: int | None = None) -> Iterator[Candidate]:
    """Every quantity with a measure (or a fraction after a direction word), merged where
    two amounts share one comparator (10亿元或30亿元以上); one at a time, as the text is read
    (a dense notice has hundreds, most of them thrown out at once)."""
    end = len(text) if end is None else end
    # the last candidate and the plain amounts listed before it (5%、4%和3%), held back until the
    # next cannot join them: a comparator after the list's last amount (…3%以上) is every member's
    held: list[Candidate] = []
    shared: str | None = None  # the comparator of a list after 分别 (分别不低于5%、4%、3%)
    for match in anchored_finditer(_candidate_pattern(), NUMBER_START, 0, text, start, end):
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
                _mark_a_threshold_list(text, held)
                yield from held
                held = []
        held.append(cand)
    _mark_a_threshold_list(text, held)
    yield from held


def _mark_a_threshold_list(text: str, held: list[Candidate]) -> None:
    """超过1亿元、5亿元、10亿元的企业: a list whose first amount a floor precedes (超过, 达到…以上 is the other
    way, _closes_a_list) and whose last one is followed by 的 and its noun is the floor of each of its
    amounts; each member gets the list's end as its closer, with the floor's comparator, so that the
    targets stage judges the whole list by the noun it qualifies (a threshold on who qualifies)."""
    if len(held) < 2 or text[held[-1].end : held[-1].end + 1] != "的":
        return
    first = held[0]
    if first.cmp not in (">", ">=") or first.start == first.num_start or first.suffix is not None:
        return
    if any(m.cmp != "=" or m.start != m.num_start or m.closer is not None for m in held[1:]):
        return
    end = replace(held[-1], cmp=first.cmp)
    for member in held:
        member.closer = end


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
    return adverb or not any(verb in gap for verb in NEW_PREDICATE)


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


def measure_kind(cand: Candidate) -> str:
    """count, money, area, amount or rate (measure_units.tsv); "" without a measure."""
    return vocab.measures().get(cand.unit or "", ("", 0, ""))[2]
