"""Numerals cut out of notices: arabic, Chinese, ○/〇 zeros, decimals, fractions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from policyparse.text.numerals import to_float, to_number, year_number


@pytest.mark.parametrize(
    "numeral, value",
    [
        ("三", 3),
        ("两", 2),
        ("十", 10),
        ("十八", 18),
        ("二十", 20),
        ("三十五", 35),
        ("一百二十", 120),
        ("两千五百", 2500),
        ("一千零五", 1005),
        ("一万", 10000),
        ("三十五万", 350000),
        ("二○一八", 2018),  # ○ (U+25CB) as zero, read digit by digit like a year
        ("二〇二〇", 2020),  # 〇 (U+3007) as zero
        ("二零一八", 2018),
        ("1000", 1000),
        ("1,000", 1000),
        ("622.7", Decimal("622.7")),
        ("2.5", Decimal("2.5")),
        ("0.378", Decimal("0.378")),
        ("零点五", Decimal("0.5")),
    ],
)
def test_numerals_read_exactly(numeral, value):
    assert to_number(numeral) == Decimal(value)


@pytest.mark.parametrize("numeral, rounded", [("1/3", 0.3333), ("三分之一", 0.3333), ("2/3", 0.6667), ("1/2", 0.5)])
def test_fractions_round_to_four_places(numeral, rounded):
    assert to_float(to_number(numeral)) == rounded


@pytest.mark.parametrize("numeral", ["", "x", "1.2.3", "1/0", "十x", "abc", "一" * 41, "1..2"])
def test_non_numerals_give_none(numeral):
    assert to_number(numeral) is None


@pytest.mark.parametrize(
    "value, expected",
    [
        (Decimal("622.7"), 622.7),
        (Decimal("0.1") + Decimal("0.2"), 0.3),  # no binary noise
        (Decimal(1) * Decimal(10) ** 12, 1e12),  # 1万亿元 in 元 stays exact
        (Decimal("1.25") * Decimal(10) ** 8, 125000000.0),
        (Decimal("15") * Decimal(10000), 150000.0),
    ],
)
def test_to_float_is_clean(value, expected):
    assert to_float(value) == expected
    assert repr(to_float(value)) == repr(expected)


@pytest.mark.parametrize("numeral, year", [("2018", 2018), ("二○一八", 2018), ("二〇二七", 2027), ("18", None), ("三", None), ("1/3", None)])
def test_year_number(numeral, year):
    assert year_number(numeral) == year


def test_numerals_are_cached_and_stable():
    assert to_number("十八") is to_number("十八")
