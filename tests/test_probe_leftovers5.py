"""Probe P5 (leftovers W17 and W18 found): windows, dash headings, attachment links, units, targets, tables.

Every fragment is made up (invented place and body names, invented sentences) in the shapes
national, provincial, city and county notices use. Expected values are what a careful reader
annotates per the annotation guide and corpus/README.md's calls, worked out by reading; every
item's span must point at exactly its text. Each case failed before its fix; the guards beside
them show the nearest shape that must not change.
"""

from __future__ import annotations

import pytest

import policyparse

from fragments import deadlines_in, only_task, outline, parsed_outline, targets_in, task_notice

HEAD = "东江市人民政府办公室关于开展有关工作的通知\n各县(市、区)人民政府,市政府各部门:\n一、主要任务\n"
N = None


def tail(signed: str) -> str:
    return f"\n(二)加强保障。做好相关工作。\n东江市人民政府办公室\n{signed}\n"


def deadlines_of(sentence: str, signed: str = "2025年2月10日") -> list[tuple]:
    return deadlines_in(task_notice(sentence, HEAD, tail(signed)))


# --- 1. a window of work in dates in figures, or ending in a third of a month, ends the work ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("全面排查整治(2025.3—2025.4)。", [("2025.3—2025.4", "2025-04-30", N)]),
        ("2025.3-2025.4,开展集中整治。", [("2025.3-2025.4", "2025-04-30", N)]),
        ("2025.03.01至2025.04.30,开展集中整治。", [("2025.03.01至2025.04.30", "2025-04-30", N)]),
        ("2025年3月上旬—4月中旬,开展集中整治。", [("2025年3月上旬—4月中旬", "2025-04-20", N)]),
        ("2025年3月中旬至2025年4月下旬,开展集中整治。", [("2025年3月中旬至2025年4月下旬", "2025-04-30", N)]),
        ("集中整治阶段(2025年3月下旬—5月底)。", [("2025年3月下旬—5月底", "2025-05-31", N)]),
    ],
)
def test_window_in_figures_or_thirds_of_a_month_ends_the_work(sentence, expected):
    assert deadlines_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # guards: the written window and a single third of a month keep their reading
        ("2025年3月—4月,开展集中整治。", [("2025年3月—4月", "2025-04-30", N)]),
        ("4月下旬前完成排查。", [("4月下旬前", "2025-04-30", N)]),
        ("2025年4月中旬完成排查。", [("2025年4月中旬", "2025-04-20", N)]),
        # a window in figures in a year before the notice's is a reporting period
        ("2024.3—2024.4,全市共排查隐患120处。", []),
        # a version and a year are no window
        ("执行2025.3版标准。", []),
    ],
)
def test_window_guards(sentence, expected):
    assert deadlines_of(sentence) == expected


# --- 2. dash headings typed as box-drawing lines or two hyphens are dash headings ---

GOALS_HEAD = "东江市人民政府关于印发东江市节约用水行动实施方案的通知\n各县(市、区)人民政府,市政府各部门:\n一、工作目标\n到2027年,全市节水水平明显提升。\n"
GOALS_TAIL = "二、重点任务\n(一)推进农业节水。推广高效节水灌溉。\n东江市人民政府\n2025年3月1日\n"


@pytest.mark.parametrize("dash, written", [("──", "──"), ("--", "--"), ("－－", "--"), ("——", "——")])
def test_dash_headings_typed_otherwise(dash, written):
    doc = parsed_outline(GOALS_HEAD + f"{dash}用水总量控制在5亿立方米以内。\n{dash}万元工业增加值用水量下降10%。\n" + GOALS_TAIL)
    assert outline(doc) == [(1, "一", "工作目标"), (2, written, "用水总量控制在5亿立方米以内"),
                            (2, written, "万元工业增加值用水量下降10%"), (1, "二", "重点任务"), (2, "(一)", "推进农业节水")]


@pytest.mark.parametrize("dash", ["──", "--", "——"])
def test_goals_on_dash_lines_typed_otherwise_take_the_lead_in_year(dash):
    head = GOALS_HEAD.replace("明显提升。", "明显提升,具体目标如下:")
    doc = parsed_outline(head + f"{dash}用水总量控制在5亿立方米以内。\n{dash}万元工业增加值用水量下降10%。\n" + GOALS_TAIL)
    assert [(t.text, t.year) for t in doc.targets] == [("5亿立方米以内", 2027), ("下降10%", 2027)]


@pytest.mark.parametrize("line", ["------------", "-- 2 --", "─────────", "──┼──┼──", "- 用水总量控制在5亿立方米以内。"])
def test_rules_and_page_numbers_are_no_dash_headings(line):
    doc = parsed_outline(GOALS_HEAD + line + "\n" + GOALS_TAIL)
    assert outline(doc) == [(1, "一", "工作目标"), (1, "二", "重点任务"), (2, "(一)", "推进农业节水")]


# --- 3. a page that lists the notice's files only under 相关附件: gives them as its attachments ---

PAGE = ("东江市人民政府办公室关于印发东江市老旧小区改造实施方案的通知\n各县(市、区)人民政府,市政府各部门:\n"
        "现将《东江市老旧小区改造实施方案》印发给你们,请认真贯彻执行。\n东江市人民政府办公室\n2025年3月1日\n")


@pytest.mark.parametrize(
    "links, expected",
    [
        ("相关附件:\n东江市老旧小区改造实施方案.doc\n东江市老旧小区改造项目清单.xls\n",
         ["东江市老旧小区改造实施方案", "东江市老旧小区改造项目清单"]),
        ("相关附件:\n1.东江市老旧小区改造实施方案.docx\n2.东江市老旧小区改造项目清单.xlsx\n相关链接:\n东江市住房和城乡建设局\n",
         ["东江市老旧小区改造实施方案", "东江市老旧小区改造项目清单"]),
        ("相关附件:东江市老旧小区改造项目清单.xls\n", ["东江市老旧小区改造项目清单"]),
        # guards: related articles under the label are no files; the notice's own file is no attachment
        ("相关附件:\n东江市召开老旧小区改造推进会\n东江市老旧小区改造工作综述\n", []),
        ("相关附件:\n东江市人民政府办公室关于印发东江市老旧小区改造实施方案的通知.pdf\n", []),
    ],
)
def test_files_listed_under_related_attachments(links, expected):
    doc = policyparse.parse(PAGE + links)
    assert doc.metadata.attachments == expected


def test_files_listed_under_related_attachments_after_flat_text():
    flat = ("首页 > 政务公开 > 通知公告\n东江市人民政府办公室关于印发东江市老旧小区改造实施方案的通知 各县(市、区)人民政府,"
            "市政府各部门: 现将《东江市老旧小区改造实施方案》印发给你们,请认真贯彻执行。" + "各地要加强组织领导,确保改造工作顺利推进。" * 20
            + " 东江市人民政府办公室 2025年3月1日\n相关附件:\n东江市老旧小区改造实施方案.doc\n东江市老旧小区改造项目清单.xls\n")
    assert policyparse.parse(flat).metadata.attachments == ["东江市老旧小区改造实施方案", "东江市老旧小区改造项目清单"]


# --- 4. a sector's bodies at every local level, named with the longest sector words, answer for the work ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("地方各级人力资源社会保障部门负责组织实施。", [("地方各级人力资源社会保障部门", "responsible")]),
        ("地方各级住房和城乡建设部门负责组织实施。", [("地方各级住房和城乡建设部门", "responsible")]),
        # the same bodies in a 牵头/配合 clause
        ("地方各级发展改革部门牵头,财政部门配合。", [("地方各级发展改革部门", "lead"), ("财政部门", "cooperating")]),
        ("地方各级人力资源社会保障部门牵头,地方各级财政部门配合。",
         [("地方各级人力资源社会保障部门", "lead"), ("地方各级财政部门", "cooperating")]),
        # guards: a shorter one as before; 要 names no role (call 22)
        ("各级发展改革部门牵头,财政部门配合。", [("各级发展改革部门", "lead"), ("财政部门", "cooperating")]),
        ("地方各级卫生健康部门负责组织实施。", [("地方各级卫生健康部门", "responsible")]),
        ("地方各级人力资源社会保障部门要加强指导。", []),
    ],
)
def test_sector_bodies_at_every_level(sentence, expected):
    assert only_task("(一)加强职业技能培训。" + sentence) == expected


# --- 5. a share in tenths (八成以上, 九成) is a target, as a share in % is ---


def targets_of(sentence: str) -> list[tuple]:
    return targets_in(task_notice(sentence, HEAD, tail("2025年2月10日")))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("到2027年,八成以上的行政村实现生活垃圾分类。", [("八成以上", 8, N, "成", ">=", 2027)]),
        ("农村卫生厕所普及率提高到九成以上。", [("九成以上", 9, N, "成", ">=", N)]),
        ("全市八成以上乡镇通过验收。", [("八成以上", 8, N, "成", ">=", N)]),
        # a share in % of the divisions is no count of them either
        ("全市80%以上乡镇通过验收。", [("80%以上", 80, N, "%", ">=", N)]),
        # guards: 成 opening a word counts no tenths; a count of the divisions stays a fact
        ("全年节约100万成本。", []),
        ("坚持标准一成不变。", []),
        ("全市九成五以上的企业完成改造。", [("九成五以上", 9.5, N, "成", ">=", N)]),  # hundredths read since F9 (was no share)
        ("全市12个乡镇全部通过验收。", []),
    ],
)
def test_share_in_tenths(sentence, expected):
    assert targets_of(sentence) == expected


def test_year_of_accounts_naming_an_exercise_sets_no_time():
    assert deadlines_of("开展2025年度考核评价。") == []


# --- 6, 7, 8. a plan's table of work: 全年 as its time limit, a start column, a table of one row ---

PLAN = ("东江市人民政府办公室关于印发东江市2025年城市更新工作要点的通知\n各县(市、区)人民政府,市政府各部门:\n"
        "现将《东江市2025年城市更新工作要点》印发给你们,请认真贯彻执行。\n东江市人民政府办公室\n2025年2月10日\n"
        "东江市2025年城市更新工作要点\n")
MEASURES = "二、保障措施\n(一)加强组织领导。各地要加强领导。\n"


def plan_tasks(body: str) -> list[tuple]:
    """(title, deadlines' (text, date), units) of every task of the plan PLAN + body."""
    doc = policyparse.parse(PLAN + body)
    for task in doc.tasks:
        assert doc.text[task.span[0] : task.span[1]] == task.text
        for d in task.deadlines:
            assert doc.text[d.span[0] : d.span[1]] == d.text
    return [(t.title, [(d.text, d.date) for d in t.deadlines], [(u.name, u.role) for u in t.units]) for t in doc.tasks]


@pytest.mark.parametrize(
    "body, expected",
    [
        # 全年 as the time limit of a one-year plan: by the end of its year
        ("一、重点任务\n序号\t工作任务\t责任单位\t完成时限\n1\t推进政务服务一网通办\t市政务服务中心\t全年\n"
         "2\t开展城市体检评估\t市住房城乡建设局\t6月底前\n" + MEASURES,
         [("推进政务服务一网通办", [("全年", "2025-12-31")], [("市政务服务中心", "responsible")]),
          ("开展城市体检评估", [("6月底前", "2025-06-30")], [("市住房城乡建设局", "responsible")]),
          ("加强组织领导", [], [])]),
        ("一、重点任务\n(一)推进政务服务一网通办。责任单位:市政务服务中心。完成时限:全年。\n" + MEASURES,
         [("推进政务服务一网通办", [("全年", "2025-12-31")], [("市政务服务中心", "responsible")]), ("加强组织领导", [], [])]),
        # with its year written; a past year's is a period reported on
        ("一、重点任务\n序号\t工作任务\t责任单位\t完成时限\n1\t推进政务服务一网通办\t市政务服务中心\t2025年全年\n"
         "2\t开展城市体检评估\t市住房城乡建设局\t2024年全年\n" + MEASURES,
         [("推进政务服务一网通办", [("2025年全年", "2025-12-31")], [("市政务服务中心", "responsible")]),
          ("开展城市体检评估", [], [("市住房城乡建设局", "responsible")]), ("加强组织领导", [], [])]),
        # the year of accounts alone in a time cell is that year (a past one's reported on)
        ("一、重点任务\n序号\t工作任务\t责任单位\t完成时限\n1\t推进政务服务一网通办\t市政务服务中心\t2025年度\n"
         "2\t开展城市体检评估\t市住房城乡建设局\t2024年度\n" + MEASURES,
         [("推进政务服务一网通办", [("2025年度", "2025-12-31")], [("市政务服务中心", "responsible")]),
          ("开展城市体检评估", [], [("市住房城乡建设局", "responsible")]), ("加强组织领导", [], [])]),
        # guard: 全年 opening a sentence of figures sets no time
        ("一、重点任务\n(一)扩大有效投资。全年完成城市更新投资50亿元。责任单位:市发展改革委。\n" + MEASURES,
         [("扩大有效投资", [], [("市发展改革委", "responsible")]), ("加强组织领导", [], [])]),
    ],
)
def test_whole_year_as_time_limit(body, expected):
    assert plan_tasks(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a start column beside the time limit: when work starts is no time limit for it
        ("一、重点项目\n序号\t项目名称\t责任单位\t启动时间\t完成时限\n1\t建设城市智慧停车平台\t市城管局\t2025年3月\t2025年10月\n"
         "2\t改造老旧供水管网\t市水务局\t4月\t12月底\n" + MEASURES,
         [("建设城市智慧停车平台", [("2025年10月", "2025-10-31")], [("市城管局", "responsible")]),
          ("改造老旧供水管网", [("12月底", "2025-12-31")], [("市水务局", "responsible")]),
          ("加强组织领导", [], [])]),
        # guard: one column for both start and end is the time limit's
        ("一、重点项目\n序号\t项目名称\t责任单位\t计划开始及完成时间\n1\t建设城市智慧停车平台\t市城管局\t2025年10月\n"
         "2\t改造老旧供水管网\t市水务局\t2025年12月\n" + MEASURES,
         [("建设城市智慧停车平台", [("2025年10月", "2025-10-31")], [("市城管局", "responsible")]),
          ("改造老旧供水管网", [("2025年12月", "2025-12-31")], [("市水务局", "responsible")]),
          ("加强组织领导", [], [])]),
    ],
)
def test_start_column_sets_no_deadline(body, expected):
    assert plan_tasks(body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a part over a table of one row: the row is the task, the part is not one more
        ("一、重点项目\n序号\t项目名称\t责任单位\t完成时限\n1\t建设城市智慧停车平台\t市城管局\t2025年10月\n" + MEASURES,
         [("建设城市智慧停车平台", [("2025年10月", "2025-10-31")], [("市城管局", "responsible")]), ("加强组织领导", [], [])]),
        # the table closing the body under a caption of its own: its rows are the part's items
        ("一、重点项目\n序号\t项目名称\t责任单位\t完成时限\n1\t建设城市智慧停车平台\t市城管局\t2025年10月\n"
         "2\t改造老旧供水管网\t市水务局\t2025年12月\n",
         [("建设城市智慧停车平台", [("2025年10月", "2025-10-31")], [("市城管局", "responsible")]),
          ("改造老旧供水管网", [("2025年12月", "2025-12-31")], [("市水务局", "responsible")])]),
        ("一、主要任务\n(一)推进片区更新。市住房城乡建设局负责。\n二、重点项目\n序号\t项目名称\t责任单位\t完成时限\n"
         "1\t建设城市智慧停车平台\t市城管局\t2025年10月\n",
         [("推进片区更新", [], [("市住房城乡建设局", "responsible")]),
          ("建设城市智慧停车平台", [("2025年10月", "2025-10-31")], [("市城管局", "responsible")])]),
        # guard: a division-of-work table of one row for an item above leaves its part as it was
        ("一、重点任务\n(一)建设城市智慧停车平台。市城管局负责。\n(二)改造老旧供水管网。市水务局负责。\n二、责任分工\n"
         "各项任务分工如下:\n序号\t工作任务\t责任单位\n1\t建设城市智慧停车平台\t市城管局\n",
         [("建设城市智慧停车平台", [], [("市城管局", "responsible")]), ("改造老旧供水管网", [], [("市水务局", "responsible")]),
          ("责任分工", [], [])]),
    ],
)
def test_table_of_one_row(body, expected):
    assert plan_tasks(body) == expected
