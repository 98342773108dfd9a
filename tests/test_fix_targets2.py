"""Fixes G5: dashes, relative months, past facts, festivals.

Every fragment is made up (东江市, 南湖区 …); expected values are worked out by hand per the
annotation guide (targets: a range `3~5个` is value 3, value_max 5, cmp `range`; deadlines: `date`
is the last day of the period named) and the output contract (a deadline's `date` is a full
YYYY-MM-DD). Each case failed before its fix; the guards beside them show the nearest shape that
must not change. Every target's and deadline's span points at exactly its text.
"""

from __future__ import annotations

import pytest

import policyparse
from policyparse.text.normalize import normalize

HEAD = "东江市人民政府办公室关于印发东江市养老服务发展行动方案{period}的通知\n各区人民政府,市政府各部门:\n"
TAIL = "\n东江市人民政府办公室\n{signed}\n"
WORK = "一、主要任务\n(一)推进示范建设。"


def _doc(body: str, signed: str = "2023年3月1日", period: str = ""):
    doc = policyparse.parse(HEAD.format(period=period) + body + TAIL.format(signed=signed))
    for t in doc.targets:
        assert doc.text[t.span[0] : t.span[1]] == t.text
    for task in doc.tasks:
        for d in task.deadlines:
            assert doc.text[d.span[0] : d.span[1]] == d.text
    return doc


def targets_of(body: str, **kw) -> list[tuple]:
    return [(t.text, t.value, t.value_max, t.unit, t.cmp, t.year) for t in _doc(body, **kw).targets]


def deadlines_of(body: str, **kw) -> list[tuple]:
    return [(d.text, d.date, d.recurring) for task in _doc(body, **kw).tasks for d in task.deadlines]


# --- 1. look-alike range marks: ― (U+2015), 〜 (U+301C), a doubled dash ------------------------


def test_look_alike_range_marks_are_folded_one_for_one():
    assert normalize("2023―2025年,3〜5个") == "2023—2025年,3~5个"  # same length: spans stay exact


@pytest.mark.parametrize(
    "written, text",
    [
        ("3―5个", "3—5个"),  # horizontal bar, folded to —
        ("3〜5个", "3~5个"),  # wave dash, folded to ~
        ("3——5个", "3——5个"),  # a doubled dash between the ends
    ],
)
def test_a_range_with_a_look_alike_dash(written, text):
    assert targets_of(WORK + f"每个区建设{written}示范点。") == [(text, 3, 5, "个", "range", None)]


@pytest.mark.parametrize("written", ["3—5个", "3~5个", "3～5个", "3-5个", "3至5个"])
def test_guard_ranges_with_the_usual_marks(written):
    assert targets_of(WORK + f"每个区建设{written}示范点。") == [(written.replace("～", "~"), 3, 5, "个", "range", None)]


def test_a_plan_period_with_a_horizontal_bar():
    assert _doc(WORK + "做好工作。", period="(2023―2025年)").metadata.period.model_dump() == {"start": 2023, "end": 2025}


def test_guard_a_plan_period_with_an_em_dash():
    assert _doc(WORK + "做好工作。", period="(2023—2025年)").metadata.period.model_dump() == {"start": 2023, "end": 2025}


def test_guard_a_doubled_dash_after_a_space_joins_no_range():
    """A table cell of —— (no value) between two numbers is not a range mark: only a tight ——."""
    assert targets_of(WORK + "床位数\t300\t——\t500张\n") == [("500张", 500, None, "张", "=", None)]


def test_guard_dash_items_are_not_read_as_ranges():
    body = "一、主要目标\n到2025年,具体目标如下:\n——新增养老床位500张;\n——建成示范点3个。\n" + WORK + "做好工作。"
    assert targets_of(body) == [("500张", 500, None, "张", "=", 2025), ("3个", 3, None, "个", "=", 2025)]


# --- 2. 本月: the notice's own month -------------------------------------------------------------


@pytest.mark.parametrize(
    "fragment, signed, expected",
    [
        ("本月底前完成摸底。", "2023年3月1日", ("本月底前", "2023-03-31")),
        ("本月25日前完成摸底。", "2023年3月1日", ("本月25日前", "2023-03-25")),
        ("本月中旬前完成摸底。", "2023年3月1日", ("本月中旬前", "2023-03-20")),
        ("本月底前完成摸底。", "2024年2月5日", ("本月底前", "2024-02-29")),  # a leap year's February
    ],
)
def test_this_month_is_the_signing_month(fragment, signed, expected):
    assert deadlines_of(WORK + fragment, signed=signed) == [(*expected, None)]


@pytest.mark.parametrize(
    "fragment, expected",
    [
        ("3月底前完成摸底。", [("3月底前", "2023-03-31", None)]),
        ("每月25日前报送进展。", [("每月25日前", None, "monthly")]),
        ("本月召开动员会。", []),  # no 前: the month of an event, no by-date
    ],
)
def test_guard_months_without_this(fragment, expected):
    assert deadlines_of(WORK + fragment) == expected


# --- 3. a sentence that opens at a past date or a past plan term reports a fact -------------------


@pytest.mark.parametrize(
    "fragment",
    [
        "截至2022年底,全市实有市场主体12万户。",
        "截止2022年6月,全市累计建成养老机构30家。",
        "“十三五”期间,全市累计完成投资500亿元。",
        "十三五时期,全市新增就业岗位3万个。",
    ],
)
def test_a_sentence_opening_in_the_past_sets_no_target(fragment):
    assert targets_of(WORK + fragment) == []


@pytest.mark.parametrize(
    "fragment, expected",
    [
        ("到2025年,全市新增市场主体1万户。", [("1万户", 1, None, "万户", "=", 2025)]),
        # the notice's own year is not past
        ("截至2023年底,全市市场主体达到15万户。", [("15万户", 15, None, "万户", "=", 2023)]),
    ],
)
def test_guard_aims_near_a_past_date(fragment, expected):
    assert targets_of(WORK + fragment) == expected


def test_an_aim_after_a_past_count_keeps_its_target():
    """The past count goes; the aim the same sentence sets after it (到2025年达到…) stays."""
    body = WORK + "截至2022年底,全市实有市场主体12万户,到2025年达到15万户。"
    assert targets_of(body) == [("15万户", 15, None, "万户", "=", 2025)]


def test_guard_a_plan_term_not_yet_over_is_an_aim():
    """In a 2018 notice “十三五”期间 is the term still running: what it sets is an aim."""
    assert targets_of(WORK + "“十三五”期间,全市累计完成投资500亿元。", signed="2018年3月1日") == [
        ("500亿元", 500, None, "亿元", "=", None)
    ]


# --- 4. a festival before 前: no day that can be known ----------------------------------------


@pytest.mark.parametrize(
    "fragment",
    [
        "2024年春节前完成改造。",
        "确保2024年汛期前完成改造。",
        "到2024年国庆节前完成改造。",
        "力争2024年元旦前完成改造。",
    ],
)
def test_a_festival_before_qian_gives_no_deadline(fragment):
    assert deadlines_of(WORK + fragment) == []


@pytest.mark.parametrize(
    "fragment, expected",
    [
        ("2024年底前完成改造。", ("2024年底前", "2024-12-31")),
        ("2024年6月底前完成改造。", ("2024年6月底前", "2024-06-30")),
        ("到2024年,春节前完成改造。", ("到2024年", "2024-12-31")),  # the festival is in another clause
    ],
)
def test_guard_by_dates_without_a_festival(fragment, expected):
    assert deadlines_of(WORK + fragment) == [(*expected, None)]


def test_guard_the_target_year_of_a_festival_sentence():
    """The sentence still names the year by which the count is due."""
    assert targets_of(WORK + "2024年春节前完成10个示范点改造。") == [("10个", 10, None, "个", "=", 2024)]
