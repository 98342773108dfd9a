"""Helper F9's leftovers: space-aligned tables read as tab tables are (header cells, start column,
全年, a wrapped cell's rest, rows under merged cells), shares in hundredths (九成五), a table's header
of periods (一季度 | 二季度), and dash goal lines after a goals sentence ending in 。.

Every fragment is made up (东江市, 南湖区 and invented bodies) in the shapes notices use; expected
values are what a careful reader annotates per the annotation guide and corpus/README.md's calls.
Each case failed before its fix; the guards beside them show the nearest shape that must not change.
"""

from __future__ import annotations

import pytest

import policyparse

from fragments import PART, parsed_outline, targets_in, task_notice, units_by_title
from test_probe_leftovers5 import GOALS_TAIL, HEAD, MEASURES, plan_tasks, tail
from test_space_tables import _width, aligned

# --- 1. a space-aligned table's header cells, start column and 全年 read as a tab table's ---

WHOLE_YEAR = ("一、重点任务\n序号\t工作任务\t责任单位\t完成时限\n1\t推进政务服务一网通办\t市政务服务中心\t全年\n"
              "2\t开展城市体检评估\t市住房城乡建设局\t6月底前\n3\t建设智慧社区\t市民政局\t10月底前\n")
START_COLUMN = ("一、重点项目\n序号\t项目名称\t责任单位\t启动时间\t完成时限\n1\t建设城市智慧停车平台\t市城管局\t2025年3月\t2025年10月\n"
                "2\t改造老旧供水管网\t市水务局\t4月\t12月底\n3\t建设智慧社区\t市民政局\t5月\t11月底\n")


@pytest.mark.parametrize(
    "body, expected",
    [
        (WHOLE_YEAR, [("推进政务服务一网通办", [("全年", "2025-12-31")], [("市政务服务中心", "responsible")]),
                      ("开展城市体检评估", [("6月底前", "2025-06-30")], [("市住房城乡建设局", "responsible")]),
                      ("建设智慧社区", [("10月底前", "2025-10-31")], [("市民政局", "responsible")]), ("加强组织领导", [], [])]),
        (START_COLUMN, [("建设城市智慧停车平台", [("2025年10月", "2025-10-31")], [("市城管局", "responsible")]),
                        ("改造老旧供水管网", [("12月底", "2025-12-31")], [("市水务局", "responsible")]),
                        ("建设智慧社区", [("11月底", "2025-11-30")], [("市民政局", "responsible")]), ("加强组织领导", [], [])]),
    ],
    ids=["whole-year", "start-column"],
)
@pytest.mark.parametrize("layout", [lambda body: body, aligned], ids=["tabs", "spaces"])
def test_a_space_aligned_table_reads_its_time_columns_as_a_tab_table(body, expected, layout):
    assert plan_tasks(layout(body) + MEASURES) == expected


def test_an_indicator_table_s_header_of_periods_reads_alike_in_both_layouts():
    # 全年 heading an indicator column sets no time; 一季度 over the quarter's figures is the time set for
    # them, as in the tab table (the spaced table gave nothing before)
    body = ("一、重点任务\n(一)扩大有效投资。做好项目调度。\n指标\t全年\t一季度\n地区生产总值增长(%)\t6\t5.5\n"
            "固定资产投资增长(%)\t8\t7\n社会消费品零售总额增长(%)\t5\t4\n")
    for layout in (body, aligned(body)):
        assert plan_tasks(layout + MEASURES)[0][1] == [("一季度", "2025-03-31")]


TWO_LINE_HEADER = ("(一)推进智慧农业应用。推广物联网。\n(二)建设数字乡村示范点。建设示范村。\n(三)完善农村物流体系。建设站点。\n\n"
                   "附件\n重点任务分工表\n序号\t重点任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n"
                   "1\t推进智慧农业应用\t区农业农村局\t区科技局\t2025年12月底前\n2\t建设数字乡村示范点\t区委网信办\t区民政局\t2025年9月底前\n"
                   "3\t完善农村物流体系\t区商务局\t区交通运输局\t2025年9月底前\n")


@pytest.mark.parametrize("layout", [lambda body: body, aligned], ids=["tabs", "spaces"])
def test_a_header_over_two_lines_splitting_its_unit_column(layout):
    # 责任单位 spanning 牵头单位 | 配合单位 on the header's second line (table._sub_header)
    text = PART + layout(TWO_LINE_HEADER)
    assert units_by_title(text) == {"推进智慧农业应用": [("区农业农村局", "lead"), ("区科技局", "cooperating")],
                                    "建设数字乡村示范点": [("区委网信办", "lead"), ("区民政局", "cooperating")],
                                    "完善农村物流体系": [("区交通运输局", "cooperating"), ("区商务局", "lead")]}
    assert [[d.text for d in t.deadlines] for t in policyparse.parse(text).tasks] == [["2025年12月底前"], ["2025年9月底前"], ["2025年9月底前"]]


# --- 2. a wrapped cell's rest under a unit column: a new name is a unit of its own, at its place ---

def wrapped(first: str, rest1: str, second: str, rest2: str) -> str:
    """A division-of-work table aligned with spaces whose 配合单位 cells of rows 1 and 2 wrap: their
    rests on the next line, indented under their column (as a PDF's layout text has them)."""
    lines = aligned(
        "(一)推进智慧农业应用。推广物联网。\n(二)建设数字乡村示范点。建设示范村。\n(三)完善农村物流体系。建设站点。\n\n"
        "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        f"1\t推进智慧农业应用\t区农业农村局\t{first}\t2025年12月底前\n"
        f"2\t建设数字乡村示范点\t区委网信办\t{second}\t2025年9月底前\n"
        "3\t完善农村物流体系\t区商务局\t区交通运输局\t2025年9月底前\n").split("\n")
    for number, cell, rest in (("2", second, rest2), ("1", first, rest1)):
        k = next(i for i, line in enumerate(lines) if line.startswith(number + " "))
        lines.insert(k + 1, " " * _width(lines[k][: lines[k].index(cell)]) + rest)
    return "\n".join(lines)


def test_a_wrapped_rest_naming_a_new_unit_is_its_own_unit():
    text = PART + wrapped("区科技局、区财政局", "区商务局", "区科技局、区财政局", "区民政局")
    by_title = units_by_title(text)  # every span is its name
    assert by_title["建设数字乡村示范点"] == sorted([("区委网信办", "lead"), ("区科技局", "cooperating"),
                                                ("区财政局", "cooperating"), ("区民政局", "cooperating")])
    assert by_title["推进智慧农业应用"] == sorted([("区农业农村局", "lead"), ("区科技局", "cooperating"),
                                              ("区财政局", "cooperating"), ("区商务局", "cooperating")])


def test_a_wrapped_rest_after_a_separator_or_cut_mid_name_goes_on_the_unit_above():
    text = PART + wrapped("区科技局、区财政局、", "区商务局", "区科技局、区财", "政局")
    doc = policyparse.parse(text)
    units = {t.title: [(u.name, u.span is not None and doc.text[u.span[0] : u.span[1]] == u.name) for u in t.units] for t in doc.tasks}
    assert units["推进智慧农业应用"] == [("区农业农村局", True), ("区科技局", True), ("区财政局", True), ("区商务局", True)]
    # a name a wrap cuts in two is one unit; its text is no one slice, so it has no span (docs/units.md)
    assert units["建设数字乡村示范点"] == [("区委网信办", True), ("区科技局", True), ("区财政局", False)]


# --- 3. rows under merged 序号 and task cells of a space-aligned table belong to the item above ---

MERGED = ("(一)推进智慧农业应用。推广物联网。\n(二)建设数字乡村示范点。建设示范村。\n(三)完善农村物流体系。建设站点。\n\n"
          "附件\n重点任务分工表\n"
          "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
          "1\t推进智慧农业应用\t区农业农村局\t区科技局\t2025年12月底前\n"
          "2\t建设数字乡村示范点\t区委网信办\t区民政局\t2025年9月底前\n"
          "\t\t区财政局\t区统计局\t2025年10月底前\n"
          "\t\t南湖区科技局\t区商务局\t2025年11月底前\n"
          "3\t完善农村物流体系\t区商务局\t区交通运输局\t2025年9月底前\n")


@pytest.mark.parametrize("layout", [lambda body: body, aligned], ids=["tabs", "spaces"])
def test_rows_under_merged_cells_of_a_table_go_on_the_item_above(layout):
    text = PART + layout(MERGED)
    doc = policyparse.parse(text)
    by_title = units_by_title(text)
    assert by_title["建设数字乡村示范点"] == [("区商务局", "cooperating"), ("区委网信办", "lead"), ("区民政局", "cooperating"),
                                         ("区统计局", "cooperating"), ("区财政局", "lead"), ("南湖区科技局", "lead")]
    assert by_title["完善农村物流体系"] == [("区交通运输局", "cooperating"), ("区商务局", "lead")]
    deadlines = {t.title: [d.text for d in t.deadlines] for t in doc.tasks}
    assert deadlines["建设数字乡村示范点"] == ["2025年9月底前", "2025年10月底前", "2025年11月底前"]


# --- 4. a share in tenths and hundredths (九成五, 九成半) ---


@pytest.mark.parametrize(
    "sentence, expected, base",
    [
        ("群众满意度达到九成五以上。", [("九成五以上", 9.5, None, "成", ">=", None)], 95),
        ("群众满意度达到九成半以上。", [("九成半以上", 9.5, None, "成", ">=", None)], 95),
        ("农户参与率达到九成五。", [("九成五", 9.5, None, "成", "=", None)], 95),
        ("群众满意度达到八成以上。", [("八成以上", 8.0, None, "成", ">=", None)], 80),  # guard
        ("九成五星级酒店完成改造。", [], None),  # guard: a word goes on after the digit
        ("八成一体化推进。", [], None),
    ],
)
def test_share_in_hundredths(sentence, expected, base):
    doc = task_notice(sentence, HEAD, tail("2025年2月10日"))
    assert targets_in(doc) == expected
    assert [t.base_value for t in doc.targets] == ([base] if base else [])


# --- 5. a period heading a table's column is a time for the rows whose cell under it holds work ---

SCHEDULE = ("序号\t工作任务\t责任单位\t一季度\t二季度\t三季度\n1\t推进政务服务一网通办\t市政务服务中心\t制定方案\t上线运行\t总结评估\n"
            "2\t开展城市体检评估\t市住房城乡建设局\t\t开展体检\t形成报告\n3\t建设智慧社区\t市民政局\t√\t\t√\n")


@pytest.mark.parametrize("layout", [lambda body: body, aligned], ids=["tabs", "spaces"])
def test_a_header_of_periods_dates_the_rows_with_work_under_it(layout):
    # the table's rows are the tasks: each takes the quarters its cells fill
    tasks = plan_tasks("一、重点任务\n" + layout(SCHEDULE) + MEASURES)
    assert [(title, [text for text, _ in dates]) for title, dates, _ in tasks] == [
        ("推进政务服务一网通办", ["一季度", "二季度", "三季度"]), ("开展城市体检评估", ["二季度", "三季度"]),
        ("建设智慧社区", ["一季度", "三季度"]), ("加强组织领导", [])]
    # the body's items matched by title take the quarters of their rows
    body = ("一、重点任务\n(一)推进政务服务一网通办。完善平台。\n(二)开展城市体检评估。完成评估。\n(三)建设智慧社区。建设平台。\n"
            "二、进度安排\n" + layout(SCHEDULE) + MEASURES)
    by_title = {title: [(text, date) for text, date in dates] for title, dates, _ in plan_tasks(body)}
    assert by_title["开展城市体检评估"] == [("二季度", "2025-06-30"), ("三季度", "2025-09-30")]
    assert by_title["建设智慧社区"] == [("一季度", "2025-03-31"), ("三季度", "2025-09-30")]


def test_a_time_limit_in_one_row_and_a_table_s_data_rows_stay_time_limits():
    # guard: 完成时限 and its period on one line (a table of one row), and a row's own time cell
    body = "一、重点任务\n(一)推进政务服务一网通办。完善平台。\n完成时限\t三季度\n" + MEASURES
    assert plan_tasks(body)[0][1] == [("三季度", "2025-09-30")]


# --- 6. dash goal lines after a goals sentence ending in 。 take its year ---

GOALS = "东江市人民政府关于印发东江市节约用水行动实施方案的通知\n各县(市、区)人民政府,市政府各部门:\n一、工作目标\n"
LINES = "\n——用水总量控制在5亿立方米以内。\n——到2026年,万元工业增加值用水量下降10%。\n——污水资源化利用率达到30%以上。\n"


@pytest.mark.parametrize(
    "lead, years",
    [
        ("到2027年,全市节水水平明显提升。", [2027, 2026, 2027]),
        ("到2027年,全市节水水平明显提升,节水型社会基本建成。", [2027, 2026, 2027]),
        ("到2027年,全市节水水平明显提升,具体目标如下:", [2027, 2026, 2027]),  # guard: the lead-in ending in :
        ("全市节水水平明显提升。", [None, 2026, None]),  # guard: no year to take
    ],
)
def test_dash_goal_lines_after_a_goals_sentence_take_its_year(lead, years):
    doc = parsed_outline(GOALS + lead + LINES + GOALS_TAIL)
    assert [(t.text, t.year) for t in doc.targets] == list(zip(["5亿立方米以内", "下降10%", "30%以上"], years))
