"""Helper F10's leftovers: a hard wrap right before a quantity (…培育龙头企业⏎3—5家;), 翻番 with no
numeral, 次年 in a notice for one year, a written window of a past period before a count, and 全年 in a
cell of a plan of several years.

Every fragment is made up (东江市, 南湖区 and invented bodies) in the shapes notices use; expected
values are what a careful reader annotates per the annotation guide and corpus/README.md's calls.
Each case failed before its fix; the guards beside them show the nearest shape that must not change.
"""

from __future__ import annotations

import pytest

import policyparse

from fragments import deadlines_in, parsed_outline, targets_in, task_notice
from test_probe_leftovers5 import HEAD, tail
from test_probe_pdf_export import GOALS, TASKS, pdf_and_plain

N = None

# --- 1. a line opening with a quantity continues the open line before it ---

NOTICE = "东江市人民政府办公室关于印发东江市专精特新企业培育方案的通知\n各县(市、区)人民政府,市政府各部门:\n"
REST = "二、重点任务\n(一)推进工作。做好相关工作。\n(二)加强保障。做好相关工作。\n东江市人民政府办公室\n2025年2月10日\n"


def goal_targets(goals: str) -> list[tuple]:
    doc = parsed_outline(NOTICE + "一、工作目标\n" + goals + "\n" + REST)
    for t in doc.targets:
        assert doc.text[t.span[0] : t.span[1]] == t.text
    return [(t.text, t.year) for t in doc.targets]


@pytest.mark.parametrize(
    "goals, expected",
    [
        # a line break before the count and before the rate (a Word file's manual breaks: no width to read)
        ("营商环境持续优化。力争2026年底前全市新培育省级以上专精特新企业\n3—5家,园区土地供应率达到\n90%以上。",
         [("3—5家", 2026), ("90%以上", 2026)]),
        ("到2027年,全市新培育省级以上专精特新企业\n30家以上,园区土地供应率达到\n90%以上。",
         [("30家以上", 2027), ("90%以上", 2027)]),
    ],
    ids=["by-date-in-the-sentence", "goals-paragraph"],
)
def test_a_quantity_opening_a_line_keeps_its_sentence_year(goals, expected):
    assert goal_targets(goals) == expected


@pytest.mark.parametrize(
    "goals, expected",
    [
        # a year or a month opening the line is no quantity: a new paragraph may open so
        ("营商环境持续优化,全市新培育省级以上专精特新企业\n2026年3月底前,完成企业梯度培育库建设。", []),
        # a figure alone on its line is a table's cell, not a sentence's rest
        ("营商环境持续优化。力争2026年底前全市新培育省级以上专精特新企业\n30家\n", [("30家", N)]),
        # a line that closes its sentence: the next one opens its own, with no year
        ("营商环境持续优化。力争2026年底前全市新培育省级以上专精特新企业。\n30家以上企业完成数字化改造。", [("30家以上", N)]),
    ],
    ids=["a-date-opens-a-line", "a-cell-alone", "a-closed-line"],
)
def test_quantity_line_guards(goals, expected):
    assert goal_targets(goals) == expected


def test_a_heading_cut_right_before_a_quantity_runs_on():
    # (二)…培育龙头企业|3—5家,…。: the PDF's line end is no heading end; the heading runs to its 。
    item = ("(二)培育壮大龙头企业,到2026年全市培育龙头企业|"
            "3—5家,园区土地供应率达到90%以上。围绕主导产业开展精|准招商。(市工信局负责)\n")
    pdf, plain = pdf_and_plain(GOALS, TASKS, item)
    heading = "培育壮大龙头企业,到2026年全市培育龙头企业3—5家,园区土地供应率达到90%以上"
    assert [s.heading.replace("\n", "") for s in pdf.sections if s.number == "(二)"] == [heading]
    assert [s.heading for s in plain.sections if s.number == "(二)"] == [heading]


# --- 2. 翻番 with no numeral doubles, as 翻一番 does ---


def targets_of(sentence: str, signed: str = "2025年2月10日") -> list[tuple]:
    return targets_in(task_notice(sentence, HEAD, tail(signed)))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("到2027年,全市数字经济核心产业产值实现翻番。", [("翻番", 1.0, N, "番", "=", 2027)]),
        ("到2027年,产值翻番,税收增长10%。", [("翻番", 1.0, N, "番", "=", 2027), ("增长10%", 10.0, N, "%", "=", 2027)]),
        ("力争规上工业产值较2024年翻番以上。", [("翻番以上", 1.0, N, "番", ">=", N)]),
        # guards: the written numeral, and 番 after no 翻
        ("到2027年,农民人均可支配收入翻一番。", [("翻一番", 1.0, N, "番", "=", 2027)]),
        ("经过一番努力,全市营商环境明显改善。", []),
    ],
)
def test_doubling_without_a_numeral(sentence, expected):
    assert targets_of(sentence) == expected


# --- 3. 次年 in a notice for one year is the year after that year ---


def plan_deadlines(title: str, sentence: str) -> list[tuple]:
    text = (f"东江市人民政府办公室关于印发{title}的通知\n各县(市、区)人民政府,市政府各部门:\n现将《{title}》印发给你们。\n"
            f"东江市人民政府办公室\n2025年2月10日\n{title}\n一、重点任务\n(一)推进工作。{sentence}\n(二)加强保障。做好相关工作。\n")
    doc = policyparse.parse(text)
    found = [(d.text, d.date) for t in doc.tasks for d in t.deadlines]
    for t in doc.tasks:
        for d in t.deadlines:
            assert doc.text[d.span[0] : d.span[1]] == d.text
    return found


ONE_YEAR = "东江市2025年优化营商环境工作要点"
THREE_YEARS = "东江市优化营商环境三年行动方案(2025—2027年)"


@pytest.mark.parametrize(
    "title, sentence, expected",
    [
        (ONE_YEAR, "12月底前完成年度评估,次年1月底前报送工作总结。", [("12月底前", "2025-12-31"), ("次年1月底前", "2026-01-31")]),
        (ONE_YEAR, "次年3月完成验收。", [("次年3月", "2026-03-31")]),
        (ONE_YEAR, "2025年12月底前完成年度评估,次年1月底前报送工作总结。",
         [("2025年12月底前", "2025-12-31"), ("次年1月底前", "2026-01-31")]),
        ("东江市人民政府办公室关于做好2025年度企业培育工作", "次年一季度前完成评估。", [("次年一季度前", "2026-03-31")]),
        # guards: counted from each year, from a year of several, from no year
        (ONE_YEAR, "每年12月底前申报,次年3月底前完成审核。", [("每年12月底前", N)]),
        (THREE_YEARS, "次年1月底前报送工作总结。", []),
        ("东江市优化营商环境工作方案", "次年1月底前报送工作总结。", []),
        (ONE_YEAR, "对次年营业收入增长15%以上的企业给予奖励。", []),
    ],
)
def test_next_year_in_a_notice_for_one_year(title, sentence, expected):
    assert plan_deadlines(title, sentence) == expected


# --- 4. a written window over when the notice was signed reports what was done ---


@pytest.mark.parametrize(
    "sentence, deadlines, targets",
    [
        ("2024年10月—2025年3月期间,全市共查处违法案件120起。", [], []),
        ("2024年10月至2025年3月,全市累计完成改造120个。", [], []),
        ("2024年10月1日至2025年3月31日,全市共查处违法案件120起。", [], []),
        ("2025年1月—3月期间,全市共查处违法案件120起。", [], []),
        ("2025年1月至3月,开展集中整治。", [], []),
        # guards: a window still ahead, or ending after the signing month, and an aim after the report
        ("2025年4月至6月,全市完成改造120个。", [("2025年4月至6月", "2025-06-30", N)], [("120个", 120.0, N, "个", "=", 2025)]),
        ("2025年3月1日至4月30日,开展集中整治。", [("2025年3月1日至4月30日", "2025-04-30", N)], []),
        ("2024年10月—2025年3月期间,全市共查处违法案件120起,到2025年底完成整改200个。", [("到2025年底", "2025-12-31", N)],
         [("200个", 200.0, N, "个", "=", 2025)]),
    ],
)
def test_a_past_window_sets_no_deadline(sentence, deadlines, targets):
    doc = task_notice(sentence, HEAD, tail("2025年4月10日"))
    assert deadlines_in(doc) == deadlines
    assert targets_in(doc) == targets


def test_a_past_window_with_no_signing_month_is_judged_by_its_year():
    # no signing date: the title's year is the notice's, and a window ending in a year before it reports
    text = ("东江市2025年市场监管工作要点\n一、重点任务\n(一)推进工作。2024年4月—2024年9月期间,全市共查处违法案件120起。"
            "2025年4月至6月,开展集中整治。\n(二)加强保障。做好相关工作。\n")
    doc = policyparse.parse(text)
    assert [(d.text, d.date) for d in doc.tasks[0].deadlines] == [("2025年4月至6月", "2025-06-30")]


# --- 5. 全年 in a cell of a plan of several years takes its column's or row's year, else none ---


def table_plan(title: str, rows: str) -> policyparse.Document:
    text = (f"东江市人民政府办公室关于印发{title}的通知\n各县(市、区)人民政府,市政府各部门:\n现将《{title}》印发给你们。\n"
            f"东江市人民政府办公室\n2025年2月10日\n{title}\n一、重点任务\n" + rows + "二、保障措施\n(一)加强组织领导。做好相关工作。\n")
    return policyparse.parse(text)


def time_limits(doc) -> list[tuple]:
    return [(t.title, [(d.text, d.date) for d in t.deadlines]) for t in doc.tasks]


PLAN = "东江市数字乡村建设三年行动方案(2025—2027年)"


def test_whole_year_cell_in_a_plan_of_several_years():
    doc = table_plan(PLAN, "序号\t工作任务\t责任单位\t完成时限\n1\t新建5G基站1000个\t市工信局\t全年\n"
                           "2\t新建充电桩500个\t市住房城乡建设局\t2026年全年\n")
    assert time_limits(doc) == [("新建5G基站1000个", []), ("新建充电桩500个", [("2026年全年", "2026-12-31")]), ("加强组织领导", [])]
    assert [(t.text, t.year) for t in doc.targets] == [("1000个", N), ("500个", 2026)]


def test_whole_year_cell_takes_its_row_s_or_column_s_year():
    row = table_plan(PLAN, "序号\t年度\t工作任务\t责任单位\t完成时限\n1\t2026年\t推进政务服务一网通办\t市政务服务中心\t全年\n")
    assert time_limits(row)[0] == ("推进政务服务一网通办", [("2026年", "2026-12-31"), ("全年", "2026-12-31")])
    column = table_plan(PLAN, "序号\t工作任务\t责任单位\t2026年完成时限\n1\t推进政务服务一网通办\t市政务服务中心\t全年\n")
    assert time_limits(column)[0] == ("推进政务服务一网通办", [("全年", "2026-12-31")])


def test_whole_year_cell_in_a_plan_for_one_year_keeps_the_notice_s_year():
    doc = table_plan("东江市2025年数字乡村建设工作要点", "序号\t工作任务\t责任单位\t完成时限\n1\t新建5G基站1000个\t市工信局\t全年\n")
    assert time_limits(doc)[0] == ("新建5G基站1000个", [("全年", "2025-12-31")])
    assert [(t.text, t.year) for t in doc.targets] == [("1000个", 2025)]


def test_whole_year_after_a_label_in_a_plan_of_several_years_has_no_year():
    # 完成时限:全年 with no year written in a 2025—2027年 plan: which of its years is not said
    assert time_limits(table_plan(PLAN, "(一)推进政务服务一网通办。完成时限:全年。\n"))[0] == ("推进政务服务一网通办", [])
    one = table_plan("东江市2025年数字乡村建设工作要点", "(一)推进政务服务一网通办。完成时限:全年。\n")
    assert time_limits(one)[0] == ("推进政务服务一网通办", [("全年", "2025-12-31")])
