"""Dates as notices write them: the written date (2025年5月20日 / 二〇一八年六月十五日), the
date line that closes a notice, and the labels of a time limit (data/time_labels.txt)."""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache

from ..vocabulary import entries

_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}
# What OCR and typists put for 〇 in a year written in Chinese digits: 二0二三年, 二o二三年, 二O二三年.
_CN_DIGIT.update({"零": 0, "○": 0, "O": 0, "Ｏ": 0, "o": 0, "0": 0})
_CN_NUM = "〇○零O一二三四五六七八九十"
_CN_YEAR_DIGIT = "〇○零Oo0一二三四五六七八九"
_DAY_MARK = "日曰"  # OCR reads 日 as 曰 (2023年5月6曰)

DATE = re.compile(
    rf"(?P<y>(?:19|20)\d{{2}}|[{_CN_YEAR_DIGIT}]{{4}})[ ]{{0,2}}年[ ]{{0,2}}(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})[ ]{{0,2}}月"
    rf"[ ]{{0,2}}(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})[ ]{{0,2}}[{_DAY_MARK}]"
)
"""2025年5月20日 / 二〇一八年六月十五日 (and the OCR forms 二0二三年, 6曰)."""

# The closing words a date line may carry on the same line: 2023年5月10日印发, 2023年5月10日(此件公开发布).
_DATE_LINE_TAIL = re.compile(r"(?<=[日曰])(?:印发|\(此件[^()]{0,20}\))$")


def date_of(match: re.Match[str]) -> str | None:
    """A DATE match as YYYY-MM-DD, or None when no such day exists."""
    year, month, day = (_cn_int(match.group(g)) for g in ("y", "m", "d"))
    if year is None or month is None or day is None:
        return None
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _cn_int(s: str) -> int | None:
    """'2018' / '二〇一八' (digit by digit) / '十五' / '二十一' / '三十' as an int."""
    if s.isdigit():
        return int(s)
    if "十" not in s:
        value = 0
        for ch in s:
            if ch not in _CN_DIGIT:
                return None
            value = value * 10 + _CN_DIGIT[ch]
        return value
    tens, _, ones = s.partition("十")
    high = _CN_DIGIT.get(tens, None) if tens else 1
    low = _CN_DIGIT.get(ones, None) if ones else 0
    return None if high is None or low is None else high * 10 + low


def line_date(line: str) -> tuple[str, str] | None:
    """(what stands before the date, YYYY-MM-DD) when `line` ends in a written date, with
    its closing words (印发, (此件公开发布)) or in brackets; spaces do not count. Whether
    the words before may stand there (an issuer signing on the date's line) is the caller's call."""
    if "日" not in line and "曰" not in line:
        return None  # every written date ends in 日 (曰 as OCR reads it): most lines go without a regex
    bare = "".join(line.split())  # every whitespace removed (str.split's is re's \s), faster than re.sub
    bare = _DATE_LINE_TAIL.sub("", bare).strip("()")
    match = DATE.search(bare)
    date = date_of(match) if match and match.end() == len(bare) else None
    return (bare[: match.start()], date) if date else None


def date_line(line: str) -> str | None:
    """The date (YYYY-MM-DD) of a line that is a date alone (2023年5月10日, 二〇二三年五月十日印发), else None."""
    found = line_date(line)
    return found[1] if found and not found[0] else None


@cache
def time_labels() -> tuple[str, ...]:
    """Whole time-limit labels (完成时限, 时间节点 …), longest first."""
    return tuple(sorted((w for w in entries("time_labels.txt") if not w.startswith("~")), key=len, reverse=True))


@cache
def time_words() -> re.Pattern[str]:
    """The head words (时限, 时间 …) a time label or a time column's header holds."""
    return re.compile("|".join(re.escape(w[1:]) for w in entries("time_labels.txt") if w.startswith("~")))
