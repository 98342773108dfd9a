"""Review R7's deadline findings (6, 7, 9, 11): regressions of the P5 and W18 deadline rules.

The reviewer's invented inputs (a 2025 东江市 notice signed 2025-03-10); expected values by the
annotation guide (a deadline is a point in time the text sets for work) and corpus/README.md's
calls 14, 20, 21 and 24. Each case failed before its fix; the guards are the shapes the original
changes were made for (tests/test_probe_leftovers5.py, tests/test_invented_w18.py).
"""

from __future__ import annotations

import pytest

import policyparse

HEAD = ("东江市人民政府办公室关于印发东江市2025年交通建设工作方案的通知\n东政办发〔2025〕12号\n各乡镇人民政府,市直各部门:\n"
        "现将《东江市2025年交通建设工作方案》印发给你们,请认真贯彻执行。\n东江市人民政府办公室\n2025年3月10日\n一、主要任务\n")


def parsed(body: str):
    doc = policyparse.parse(HEAD + body)
    for task in doc.tasks:
        for d in task.deadlines:
            assert doc.text[d.span[0] : d.span[1]] == d.text
    return doc


def deadlines(body: str) -> dict[str, list[tuple[str, str | None]]]:
    return {t.title: [(d.text, d.date) for d in t.deadlines] for t in parsed(body).tasks}


def target_years(body: str) -> dict[str, int | None]:
    return {g.text: g.year for g in parsed(body).targets}


# --- 6. a header naming start and end is a time limit; a window in a start column still ends the work ---


def test_start_and_end_header_keeps_its_deadlines():
    body = ("(一)加快路网建设。推进快速路建设。(责任单位:市交通运输局)\n序号\t项目\t责任单位\t启动及竣工时间\n"
            "1\t东江大桥\t市交通运输局\t2025年3月—2025年11月\n2\t南湖隧道\t南湖区人民政府\t2025年12月\n")
    assert deadlines(body) == {"加快路网建设": [], "东江大桥": [("2025年3月—2025年11月", "2025-11-30")],
                               "南湖隧道": [("2025年12月", "2025-12-31")]}


def test_window_in_a_start_column_still_ends_the_work():
    body = ("(一)加快路网建设。推进快速路建设。(责任单位:市交通运输局)\n序号\t项目\t责任单位\t启动时间\n"
            "1\t东江大桥\t市交通运输局\t2025年3月—2025年11月\n2\t南湖隧道\t南湖区人民政府\t2025年12月\n")
    assert deadlines(body) == {"加快路网建设": [], "东江大桥": [("2025年3月—2025年11月", "2025-11-30")], "南湖隧道": []}


@pytest.mark.parametrize("header", ["启动时间", "计划开工日期", "开始实施", "开工 时间"])
def test_a_header_naming_only_a_start_is_still_a_start_column(header):
    # guard (P5, call 24): a date alone under a start column is no time limit
    body = (f"(一)加快路网建设。推进快速路建设。(责任单位:市交通运输局)\n序号\t项目\t责任单位\t{header}\t完成时限\n"
            "1\t东江大桥\t市交通运输局\t2025年4月\t2025年11月\n")
    assert deadlines(body) == {"加快路网建设": [], "东江大桥": [("2025年11月", "2025-11-30")]}


# --- 7. a window in figures that names a data period, a title's period or a past period ---


@pytest.mark.parametrize(
    "sentence",
    [
        "按照《统计报表制度(2024.1-2025.12)》填报,数据期为2025.1—2025.6。",
        "2024.10—2025.3期间全市共查处案件12起。",
        "有效期2025.1.1—2027.12.31,期间各乡镇开展排查。",
        "统计2025.4—2025.6的数据。",
    ],
)
def test_window_in_figures_naming_a_period_sets_no_deadline(sentence):
    assert deadlines(f"(一)统计监测。{sentence}(责任单位:市统计局)\n") == {"统计监测": []}


def test_count_in_a_past_window_in_figures_takes_no_year():
    assert target_years("(一)统计监测。2024.10—2025.3期间全市共查处案件12起。(责任单位:市统计局)\n") == {"12起": None}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # guards (P5): a window of work in figures ends the work
        ("全面排查整治(2025.4—2025.5)。", [("2025.4—2025.5", "2025-05-31")]),
        ("2025.3-2025.4,开展集中整治。", [("2025.3-2025.4", "2025-04-30")]),
        ("2025.04.01至2025.04.30,开展集中整治。", [("2025.04.01至2025.04.30", "2025-04-30")]),
    ],
)
def test_window_of_work_in_figures_guard(sentence, expected):
    assert deadlines(f"(一)集中整治。{sentence}(责任单位:市应急局)\n") == {"集中整治": expected}


# --- 9. a window of months before figures, no comma, is the period of the figures ---


def test_month_window_before_figures_sets_no_deadline():
    body = "(一)做好统计。1月至11月全市规上工业增加值增长6%,要认真总结。(责任单位:市统计局)\n"
    assert deadlines(body) == {"做好统计": []}
    assert target_years(body) == {"增长6%": None}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # guards (W18, call 21): a work verb right after the window, or a comma
        ("7月至9月实行供水工程日巡查制度。", [("7月至9月", "2025-09-30")]),
        ("汛期前完成排查,在4—6月集中开展水质抽检。", [("4—6月", "2025-06-30")]),
        ("7月至9月,开展集中整治。", [("7月至9月", "2025-09-30")]),
        ("7月至9月为主汛期,要加强值守。", []),
    ],
)
def test_month_window_before_work_guard(sentence, expected):
    assert deadlines(f"(一)做好供水。{sentence}(责任单位:市水利局)\n") == {"做好供水": expected}


# --- 11. 全年 heading an indicator column is no time limit ---


def test_whole_year_in_a_header_cell_sets_no_deadline():
    body = "(一)加快路网建设。推进快速路建设。(责任单位:市交通运输局)\n序号\t指标\t单位\t全年\n1\t公路投资\t亿元\t20\n"
    assert deadlines(body) == {"加快路网建设": []}


def test_whole_year_under_a_time_column_guard():
    # guard (P5, call 24): 全年 in a time column's cell, or after a label, is the notice's year
    body = ("(一)加快路网建设。推进快速路建设。(责任单位:市交通运输局)\n序号\t工作任务\t责任单位\t完成时限\n"
            "1\t建设东江大桥\t市交通运输局\t全年\n2\t建设南湖隧道\t南湖区人民政府\t6月底前\n"
            "(二)提升养护水平。完成时限:全年。(责任单位:市公路中心)\n")
    assert deadlines(body) == {"建设东江大桥": [("全年", "2025-12-31")], "建设南湖隧道": [("6月底前", "2025-06-30")],
                               "提升养护水平": [("全年", "2025-12-31")]}


def test_whole_year_after_a_time_label_cell_guard():
    # a key-value row (完成时限 | 全年): the label in the cell before it
    body = "(一)加快路网建设。推进快速路建设。(责任单位:市交通运输局)\n完成时限\t全年\n(二)提升养护水平。做好养护。(责任单位:市公路中心)\n"
    assert deadlines(body)["加快路网建设"] == [("全年", "2025-12-31")]


def test_a_written_window_of_a_data_period_is_no_deadline_but_a_window_of_work_is():
    # The written form of finding 7 (left by its first fix, which took windows in figures only):
    # a window inside a statistics system's 《title》 or after 数据期 says which period the data
    # cover; a window before its work (开展) still ends the work.
    text = ("东江市统计局关于做好2025年上半年统计工作的通知\n各区统计局:\n一、工作任务\n"
            "(一)做好数据报送。按照《统计报表制度(2024年1月—2025年12月)》填报,数据期为2025年1月—2025年6月。\n"
            "(二)集中开展专项检查。2025年4月—2025年6月开展统计执法检查。\n"
            "东江市统计局\n2025年3月10日\n")
    doc = policyparse.parse(text)
    assert [[(m.text, m.date) for m in t.deadlines] for t in doc.tasks] == [[], [("2025年4月—2025年6月", "2025-06-30")]]
