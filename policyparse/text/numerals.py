"""Read one numeral that a caller has already cut out of the text.

This is the only module that calls cn2an, and it is only ever handed a numeral
(三, 十八, 一万, 二○一八, 1,000, 2.5, 1/3, 三分之一), never a sentence: rewriting whole
sentences would break spans. Results are exact `Decimal`s, cached per string.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

# Zero is written ○ or 〇 as well as 零 (二○一八年); 两 is 二 before a measure word.
_ZEROS = str.maketrans({"○": "零", "〇": "零", "O": "零", "o": "零"})
_DIGIT_BY_CHAR = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CHINESE_DIGITS = "零〇○一二两三四五六七八九"
CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + "十百千万亿点"


def to_number(numeral: str) -> Decimal | None:
    """The value of one numeral, or None when `numeral` is not one.

    >>> to_number("十八"), to_number("1/3"), to_number("二○一八")
    (Decimal('18'), Decimal('0.3333333333333333333333333333'), Decimal('2018'))
    """
    if not numeral or len(numeral) > 40:
        return None
    return _to_number(numeral.strip())


@lru_cache(maxsize=8192)  # bounded: a batch meets millions of distinct numerals
def _to_number(s: str) -> Decimal | None:
    if "/" in s:
        top, _, bottom = s.partition("/")
        return _ratio(_to_number(top), _to_number(bottom))
    if "分之" in s:
        bottom, _, top = s.partition("分之")
        return _ratio(_to_number(top), _to_number(bottom))
    ascii_number = s.replace(",", "")
    if ascii_number and all(c.isdigit() and c.isascii() or c == "." for c in ascii_number):
        try:
            return Decimal(ascii_number)
        except InvalidOperation:
            return None
    return _chinese(s.translate(_ZEROS))


def _ratio(top: Decimal | None, bottom: Decimal | None) -> Decimal | None:
    if top is None or bottom is None or bottom == 0:
        return None
    return top / bottom


def _chinese(s: str) -> Decimal | None:
    if not s or any(c not in CHINESE_NUMERAL_CHARS for c in s):
        return None
    # A run of bare digits (二零一八) is read digit by digit, as years are written.
    if len(s) > 1 and all(c in _DIGIT_BY_CHAR for c in s):
        return Decimal("".join(str(_DIGIT_BY_CHAR[c]) for c in s))
    if s[0] in "百千万亿":
        s = "一" + s  # 逾百家, 超千亿元: a leading 百/千 is one of them, as 十 is ten (cn2an wants the 一)
    import cn2an  # lazily: cn2an is slow to import and only needed for Chinese numerals

    try:
        value = cn2an.cn2an(s.replace("两", "二"), "strict")
    except Exception:  # cn2an raises bare ValueErrors and worse on odd input
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def year_number(numeral: str) -> int | None:
    """A four-digit year written in arabic or Chinese digits (2018, 二○一八), else None."""
    value = to_number(numeral)
    if value is None or value != value.to_integral_value() or not 1900 <= value <= 2200:
        return None
    return int(value)


def to_float(value: Decimal, places: int = 4) -> float:
    """A float for JSON without binary noise: 1/3 -> 0.3333, 622.7 -> 622.7, 1e12 stays exact."""
    rounded = value.quantize(Decimal(1).scaleb(-places)) if value.adjusted() < 15 else value
    return float(rounded.normalize())
