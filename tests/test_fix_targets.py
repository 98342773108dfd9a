"""Fixes G1: targets in shapes a probe of invented fragments found read wrong.

Every fragment is made up (东江市, 南湖区 …); expected values are worked out by hand per the
annotation guide and corpus/README.md "Calls the guide should settle" (13: a goals paragraph's
到YYYY年 dates its sentences; 12: 达到X without 以上 is `=`; 18: background parts are framing).
Each case failed before its fix; the guards beside them show the nearest shape that must not
change. Every target's span points at exactly its text.
"""

from __future__ import annotations

import pytest

import policyparse

HEAD = "东江市人民政府办公室关于印发东江市养老服务发展行动方案的通知\n各区人民政府,市政府各部门:\n"
TAIL = "\n东江市人民政府办公室\n2023年3月1日\n"
N = None


def _doc(body: str):
    doc = policyparse.parse(HEAD + body + TAIL)
    for t in doc.targets:
        assert doc.text[t.span[0] : t.span[1]] == t.text
    return doc


def targets_of(body: str) -> list[tuple]:
    return [(t.text, t.value, t.unit, t.cmp, t.year) for t in _doc(body).targets]


# --- 1. goal lists under a lead-in line take the lead-in's year ----------------------------------

LEAD_IN = "一、主要目标\n到2025年,全市数字经济发展水平显著提升,具体目标如下:\n"
WORK = "二、主要任务\n(一)推进工作。做好相关工作。"
TWO_GOALS = [("10%以上", 10, "%", ">=", 2025), ("1.2万个", 1.2, "万个", "=", 2025)]


@pytest.mark.parametrize(
    "first, second",
    [
        ("——", "——"),  # dash items
        ("1.", "2."),  # numbered items
        ("(1)", "(2)"),  # bracketed numbers
        ("  ——", "  ——"),  # indented items
    ],
)
def test_list_items_take_the_year_of_their_lead_in(first, second):
    body = (
        LEAD_IN
        + f"{first}数字经济核心产业增加值占地区生产总值比重达到10%以上;\n"
        + f"{second}累计建成5G基站1.2万个;\n"
        + WORK
    )
    assert targets_of(body) == TWO_GOALS


def test_a_lead_in_after_the_year_sentence_of_a_goals_paragraph():
    body = (
        "一、主要目标\n主要目标:到2025年,全市数字经济发展水平显著提升。具体目标是:\n"
        "1.数字经济核心产业增加值占地区生产总值比重达到10%以上;\n"
        "2.累计建成5G基站1.2万个。\n" + WORK
    )
    assert targets_of(body) == TWO_GOALS


def test_a_lead_in_on_the_part_heading_line():
    body = (
        "(三)主要目标:到2026年底,南湖区养老服务体系基本建成,具体目标如下:\n"
        "(1)新建社区养老服务中心12个;\n(2)护理型床位占比达到60%以上。\n" + WORK
    )
    assert targets_of(body) == [("12个", 12, "个", "=", 2026), ("60%以上", 60, "%", ">=", 2026)]


def test_guard_an_item_that_names_its_own_year_keeps_it():
    body = (
        LEAD_IN
        + "——到2023年,累计建成5G基站8000个;\n"
        + "——累计建成5G基站1.2万个;\n"
        + WORK
    )
    assert targets_of(body)[0] == ("8000个", 8000, "个", "=", 2023)


def test_guard_a_list_after_a_paragraph_that_does_not_lead_in_takes_no_year():
    body = (
        "一、主要目标\n到2025年,全市数字经济发展水平显著提升。\n"
        "1.数字经济核心产业增加值占地区生产总值比重达到10%以上;\n"
        "2.累计建成5G基站1.2万个。\n" + WORK
    )
    assert [t[-1] for t in targets_of(body)] == [N, N]


def test_guard_the_next_part_after_a_goals_list_takes_no_year():
    body = (
        LEAD_IN
        + "——累计建成5G基站1.2万个;\n"
        + "——数字经济核心产业增加值占地区生产总值比重达到10%以上。\n"
        + "二、主要任务\n(一)推进建设。新建智慧社区30个。\n(二)加强保障。做好相关工作。"
    )
    assert targets_of(body)[-1] == ("30个", 30, "个", "=", N)


def test_guard_a_lead_in_without_a_year_gives_none():
    body = (
        "一、主要任务\n(一)推进养老服务。重点做好以下工作:\n"
        "1.新建社区养老服务中心12个;\n2.新增护理型床位500张。\n(二)加强保障。做好相关工作。"
    )
    assert [t[-1] for t in targets_of(body)] == [N, N]


# --- 2. background parts give no targets ---------------------------------------------------------

FACTS = "全市60周岁以上老年人口42万人,占总人口的21.5%。全市建成养老机构86家,床位1.2万张。\n"


@pytest.mark.parametrize(
    "heading", ["一、发展现状", "一、面临的形势", "一、存在的问题", "一、发展基础", "一、发展基础与面临形势", "(一)发展现状"]
)
def test_a_background_part_gives_no_targets(heading):
    body = heading + "\n" + FACTS + "二、主要任务\n(一)推进工作。做好相关工作。"
    assert targets_of(body) == []


def test_guard_a_goals_part_beside_a_background_part_keeps_its_targets():
    body = (
        "一、规划背景\n(一)发展现状\n" + FACTS
        + "(二)发展目标\n到2025年,全市养老机构床位达到1.5万张,护理型床位占比达到55%以上。\n"
        + "二、主要任务\n(一)推进工作。新建社区养老服务中心12个。"
    )
    assert [t for t in targets_of(body) if t[0] in ("1.5万张", "55%以上", "12个")] == [
        ("1.5万张", 1.5, "万张", "=", 2025),
        ("55%以上", 55, "%", ">=", 2025),
        ("12个", 12, "个", "=", N),
    ]


def test_guard_a_part_whose_heading_only_starts_like_a_background_word():
    # 发展基础设施 is work, not 发展基础 (the entry must end the caption)
    body = "一、发展基础设施\n(一)完善充电网络。新建公共充电桩5000个。\n(二)加强保障。做好相关工作。"
    assert targets_of(body) == [("5000个", 5000, "个", "=", N)]


def test_guard_a_work_item_that_names_a_problem_after_de_keeps_its_targets():
    body = "一、主要任务\n(一)解决群众反映的主要问题。新建社区食堂12个。\n(二)加强保障。做好相关工作。"
    assert targets_of(body) == [("12个", 12, "个", "=", N)]


# --- 3. 分别 lists: the amounts are separate targets, each under the comparator after the last ----


def test_respective_amounts_are_separate_targets():
    body = "一、主要任务\n(一)推进治污。城市、农村生活污水处理率分别达到95%、60%以上。"
    assert targets_of(body) == [("95%", 95, "%", ">=", N), ("60%以上", 60, "%", ">=", N)]


def test_rising_amounts_in_a_list_are_each_a_target_but_either_threshold_is_one():
    body = "一、主要任务\n(一)推进招商。南湖区力争引进投资额5亿元、10亿元以上,做好服务。"
    assert [t[:4] for t in targets_of(body)] == [("5亿元", 5, "亿元", ">="), ("10亿元以上", 10, "亿元", ">=")]
    body = "一、主要任务\n(一)推进招商。鼓励开发区积极引进投资额5亿元或10亿元以上,做好服务。"
    assert [t[:4] for t in targets_of(body)] == [("5亿元或10亿元以上", 5, "亿元", ">=")]


# --- 4. a year opening a clause after a dated clause dates that clause ---------------------------


def test_a_year_opening_the_next_clause_dates_it():
    body = "一、主要任务\n(一)推进示范。2023年新增示范点100个,2024年新增200个。"
    assert targets_of(body) == [("100个", 100, "个", "=", 2023), ("200个", 200, "个", "=", 2024)]


def test_guard_a_clause_without_a_year_keeps_the_sentences_year():
    body = "一、主要任务\n(一)推进示范。到2025年新增示范点100个,其中农村新增60个。"
    assert [t[-1] for t in targets_of(body)] == [2025, 2025]


# --- years named relative to the notice's own -----------------------------------------------------

_ANNUAL = "东江市人民政府关于印发2023年全市重点工作安排的通知\n各区县人民政府,市政府各部门:\n一、主要任务\n(一)推进工作。"
_PLAN = "东江市人民政府关于印发东江市数字经济三年行动计划(2023—2025年)的通知\n各区县人民政府,市政府各部门:\n一、主要任务\n(一)推进工作。"
_SIGNED = "\n(二)加强保障。做好相关工作。\n东江市人民政府\n2023年3月1日\n"


@pytest.mark.parametrize(
    "head, sentence, expected",
    [
        (_ANNUAL, "今年新增市场主体1万户。", [("1万户", 2023)]),
        (_ANNUAL, "明年新建学校5所。", [("5所", 2024)]),
        (_ANNUAL, "全年完成固定资产投资300亿元。", [("300亿元", 2023)]),
        # in a plan for several years, 全年 is each of them: no year
        (_PLAN, "全年完成固定资产投资300亿元。", [("300亿元", None)]),
        (_PLAN, "今年新增市场主体1万户。", [("1万户", 2023)]),
    ],
)
def test_years_relative_to_the_notice(head, sentence, expected):
    doc = policyparse.parse(head + sentence + _SIGNED)
    assert [(t.text, t.year) for t in doc.targets] == expected


# --- Chinese numerals: slogans stay out, amounts come in ---------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("安排专项资金五百万元。", [("五百万元", 500.0, "万元")]),
        ("新增学位三千个。", [("三千个", 3000.0, "个")]),
        ("新增就业岗位一万个。", [("一万个", 1.0, "万个")]),
        ("新增绿地两千亩。", [("两千亩", 2000.0, "亩")]),
        # the plan's own slogans and small counts of its parts are no targets
        ("实施五个大提升行动。", []),
        ("重点推进十大工程。", []),
        ("实现七通一平。", []),
    ],
)
def test_chinese_numerals_of_amounts_are_targets(sentence, expected):
    doc = policyparse.parse(_ANNUAL.replace("2023年", "") + sentence + _SIGNED)
    assert [(t.text, t.value, t.unit) for t in doc.targets] == expected


# --- indicator tables: a year heads each value column --------------------------------------------

_INDICATORS = (
    "东江市人民政府关于印发东江市“十四五”数字经济发展规划的通知\n各区县人民政府,市政府各部门:\n现将规划印发给你们。\n"
    "东江市人民政府\n2022年3月1日\n东江市“十四五”数字经济发展规划\n一、发展目标\n到2025年,数字经济发展取得明显成效。主要指标如下:\n"
    "序号\t指标\t2020年\t2025年目标值\t属性\n"
    "1\t5G基站数\t3000个\t12000个\t预期性\n"
    "2\t规模以上工业企业上云率\t35%\t60%\t约束性\n"
    "二、主要任务\n(一)推进数字产业化。加快发展数字产业。\n"
)


def test_an_indicator_tables_target_column_gives_the_year_and_its_base_column_no_target():
    doc = policyparse.parse(_INDICATORS)
    assert [(t.text, t.year) for t in doc.targets] == [("12000个", 2025), ("60%", 2025)]


def test_a_table_without_year_headers_is_left_to_the_other_rules():
    doc = policyparse.parse(_INDICATORS.replace("2020年", "现状").replace("2025年目标值", "目标"))
    assert [t.text for t in doc.targets] == ["3000个", "12000个", "35%", "60%"]


def test_a_plain_number_above_a_value_is_no_year_heading():
    # 2000 in the row above is a value of another indicator, not a year heading its column
    table = ("序号\t指标\t单位\t目标值\n1\t新增就业\t人\t2000\n2\t技能培训\t人次\t1500人次\n")
    doc = policyparse.parse(_INDICATORS.split("序号")[0] + table + "二、主要任务\n(一)推进数字产业化。加快发展数字产业。\n")
    assert "1500人次" in [t.text for t in doc.targets]


@pytest.mark.parametrize("heading", ["一、存在的问题及整改措施", "一、发展现状与发展目标"])
def test_a_background_word_joined_to_aims_or_measures_is_no_background_part(heading):
    body = heading + "\n到2025年,新建社区养老服务中心12个。\n二、主要任务\n(一)推进工作。做好相关工作。"
    assert [t[0] for t in targets_of(body)] == ["12个"]


def test_a_background_word_joined_to_another_is_still_background():
    body = "一、面临的形势和挑战\n" + FACTS + "二、主要任务\n(一)推进工作。做好相关工作。"
    assert targets_of(body) == []


def test_a_span_of_years_opening_a_later_clause_gives_its_end_year():
    body = "一、主要任务\n(一)推进托育服务。2024年新增托位500个,2025年至2026年新增托位1000个。\n(二)加强保障。做好相关工作。"
    assert [(t[0], t[-1]) for t in targets_of(body)] == [("500个", 2024), ("1000个", 2026)]
