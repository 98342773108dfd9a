"""Review R10's findings in F9's and W20's changes (/work/brief6/r10-report.md), one test each with
the reviewer's invented input, and a guard for the shape the change was made for (F9's own tests in
tests/test_leftovers6.py and W20's in tests/test_invented_w20.py stand beside these).

Every fragment is made up (东江市, 南湖区); expected values are what a careful reader annotates per
the annotation guide and corpus/README.md's calls. Each case failed before its fix.
"""

from __future__ import annotations

import gc
import time

import pytest

import policyparse
from policyparse.stages import deadlines

from fragments import PART, parsed_outline
from test_leftovers6 import GOALS, LINES, wrapped
from test_probe_leftovers5 import GOALS_TAIL, MEASURES, plan_tasks
from test_space_tables import aligned

# --- 1. a line of two date cells with no tab row above it is no header of periods ---


def test_rows_of_a_schedule_separated_by_blank_lines_keep_their_deadlines():
    # exports leave blank lines between a table's rows: each row is a row, not a table's first
    # line; the start column (开始时间) sets no deadline (call 24), the end column does
    body = ("一、重点任务\n(一)开展燃气安全专项整治。分三个阶段推进。\n阶段\t开始时间\t结束时间\n\n"
            "动员部署\t2025年3月1日\t2025年3月31日\n\n集中整治\t2025年4月1日\t2025年9月30日\n\n"
            "总结提升\t2025年10月1日\t2025年12月31日\n(二)推进老旧小区改造。改造小区50个。\n" + MEASURES)
    assert plan_tasks(body)[0][1] == [("2025年3月31日", "2025-03-31"), ("2025年9月30日", "2025-09-30"),
                                      ("2025年12月31日", "2025-12-31")]


@pytest.mark.parametrize("line", ["责任单位:市住建局\n完成时限\t2025年6月底前\t2025年12月底前\n",
                                  "分两步推进:\n第一阶段\t2025年6月底前\t2025年12月底前\n"])
def test_a_line_of_two_time_limits_in_an_item_is_its_deadlines(line):
    # two limits (底前) on one tab line with no rows under it: a one-row table, not a header of periods
    doc = policyparse.parse(PLAN_HEAD + "一、重点任务\n(一)建设智慧停车场。新建泊位2000个。\n" + line
                            + "(二)推进老旧小区改造。改造小区50个。\n" + MEASURES)
    assert [(d.text, d.date) for d in doc.tasks[0].deadlines] == [("2025年6月底前", "2025-06-30"), ("2025年12月底前", "2025-12-31")]
    assert [(t.text, t.year) for t in doc.targets if t.task == doc.tasks[0].id] == [("2000个", 2025)]


def test_a_header_of_periods_over_rows_separated_by_blank_lines_dates_them():
    # guard: F9's header of periods (一季度 | 二季度) still dates the rows under it, blank lines or none
    body = ("一、重点任务\n序号\t工作任务\t责任单位\t一季度\t二季度\n\n1\t推进政务服务一网通办\t市政务服务中心\t制定方案\t上线运行\n\n"
            "2\t开展城市体检评估\t市住房城乡建设局\t\t开展体检\n" + MEASURES)
    assert [(title, [text for text, _ in dates]) for title, dates, _ in plan_tasks(body)] == [
        ("推进政务服务一网通办", ["一季度", "二季度"]), ("开展城市体检评估", ["二季度"]), ("加强组织领导", [])]


PLAN_HEAD = ("东江市人民政府办公室关于印发东江市2025年城市更新工作要点的通知\n各县(市、区)人民政府,市政府各部门:\n"
             "现将《东江市2025年城市更新工作要点》印发给你们,请认真贯彻执行。\n东江市人民政府办公室\n2025年2月10日\n"
             "东江市2025年城市更新工作要点\n")

# --- 2, 3. the last of one-paragraph items whose units stand on a labelled line ---

CONSUMPTION = ("东江市人民政府办公室关于印发东江市促进消费若干措施的通知\n各县(市、区)人民政府,市政府各部门:\n"
               "现将《东江市促进消费若干措施》印发给你们,请认真贯彻执行。\n东江市人民政府办公室\n2025年2月10日\n东江市促进消费若干措施\n"
               "一、开展汽车消费补贴活动,对购买新能源汽车的个人给予每辆3000元补贴。\n责任单位:市商务局\n"
               "二、支持家电以旧换新,对购买一级能效家电给予销售价格15%的补贴。\n责任单位:市商务局\n"
               "三、发放文旅消费券1000万元,支持景区开展优惠活动。\n责任单位:市文旅局\n")


def test_a_last_item_that_is_a_heading_line_keeps_its_paragraph_after_its_units_line():
    doc = parsed_outline(CONSUMPTION + "四、其他\n责任单位:市商务局\n各区可结合实际制定具体实施细则,报市商务局备案。\n本措施自印发之日起施行。\n")
    assert "各区可结合实际制定具体实施细则,报市商务局备案。" in doc.tasks[-1].text


def test_a_labelled_units_line_wrapped_mid_name_keeps_all_its_units():
    units = ("责任单位:市商务局、市城管局、市市场监管局、市公\n安局、各区人民政府、东江高新区管委会\n")
    doc = parsed_outline(CONSUMPTION + "四、举办夜间消费节活动,打造特色夜市街区10条。\n" + units + "各区要结合实际抓好落实。\n")
    last = doc.tasks[-1]
    assert [u.name for u in last.units] == ["市商务局", "市城管局", "市市场监管局", "市公安局", "各区人民政府", "东江高新区管委会"]
    assert last.text.endswith("东江高新区管委会")  # the closing after the units' rest is the notice's


def test_a_closing_after_a_last_item_s_whole_units_line_is_still_cut():
    # guard: W20's shape, the last item's own sentence, its units line, then a closing
    doc = parsed_outline(CONSUMPTION + "四、举办夜间消费节活动,打造特色夜市街区10条。\n责任单位:市商务局、市城管局\n"
                         "各区要结合实际抓好落实。\n")
    assert doc.tasks[-1].text.endswith("责任单位:市商务局、市城管局")


# --- 4. a wrapped unit cell whose rest is a sub-unit of the name above ---


def test_a_wrapped_cell_s_rest_that_is_a_sub_unit_goes_on_the_name_above():
    doc = policyparse.parse(PART + wrapped("区科技局、区生态环境局", "南湖分局", "区科技局、区公安局", "交警大队"))
    units = {t.title: [u.name for u in t.units] for t in doc.tasks}
    assert units["推进智慧农业应用"] == ["区农业农村局", "区科技局", "区生态环境局南湖分局"]
    assert units["建设数字乡村示范点"] == ["区委网信办", "区科技局", "区公安局交警大队"]


def test_a_wrapped_cell_s_rest_that_needs_no_level_is_its_own_unit():
    # guard: a rest naming a unit that stands alone (各街道办事处, 南湖区民政局) is one of its own
    doc = policyparse.parse(PART + wrapped("区科技局、区财政局", "各街道办事处", "区科技局、区财政局", "南湖区民政局"))
    units = {t.title: [u.name for u in t.units] for t in doc.tasks}
    assert units["推进智慧农业应用"] == ["区农业农村局", "区科技局", "区财政局", "各街道办事处"]
    assert units["建设数字乡村示范点"] == ["区委网信办", "区科技局", "区财政局", "南湖区民政局"]


# --- 5. dash lines under a line about the past take no year from it ---


WATER = "东江市人民政府关于印发东江市节约用水行动实施方案的通知\n各县(市、区)人民政府,市政府各部门:\n一、工作目标\n"
DASHES = ("\n——用水总量控制在5亿立方米以内;\n——污水资源化利用率达到30%以上。\n二、重点任务\n(一)加强计划用水管理。完善制度。\n"
          "(二)加强保障。做好工作。\n")


@pytest.mark.parametrize("lead", ["截至2024年底,全市已累计建成节水型单位120家。", "到2024年底,全市已累计建成节水型单位120家。"])
def test_dash_goal_lines_under_a_record_of_work_done_take_no_year(lead):
    doc = parsed_outline(WATER + lead + DASHES)
    assert [(t.text, t.year) for t in doc.targets] == [("5亿立方米以内", None), ("30%以上", None)]


@pytest.mark.parametrize("lead, year", [("到2027年,全市节水水平明显提升。", 2027),  # guard: F9's goals paragraph
                                        ("到2024年,全市节水水平明显提升。", None)])  # guard: a year before the notice's (2025)
def test_dash_goal_lines_take_a_goals_paragraph_s_year_from_the_notice_s_on(lead, year):
    doc = parsed_outline(GOALS + lead + LINES + GOALS_TAIL)
    assert [(t.text, t.year) for t in doc.targets] == [("5亿立方米以内", year), ("下降10%", 2026), ("30%以上", year)]


# --- 6. a blank page label over the notice's title ---

FIRE = ("索引号:11441900MB2D12345X/2025-00123\n主题分类:农业、林业、水利\n成文日期:2025-02-10\n发布机构:\n{below}"
        "关于做好2025年春季森林防火工作的通知\n各县(市、区)人民政府,市政府各部门:\n"
        "为做好今年春季森林防火工作,现就有关事项通知如下:\n一、压实防火责任\n各地要落实属地责任。\n二、加强巡查管控\n各地要加强巡查。\n")


def test_a_blank_page_label_takes_no_title_as_its_value():
    meta = policyparse.parse(FIRE.format(below="")).metadata
    assert (meta.issuer, meta.title) == (None, "关于做好2025年春季森林防火工作的通知")


def test_a_page_label_s_value_on_the_line_below_is_still_read():
    # guard: W20's <dt>/<dd> layout, the value on a line of its own
    assert policyparse.parse(FIRE.format(below="东江市林业局\n")).metadata.issuer == "东江市林业局"


# --- 7. a header of periods over a long table: linear, not rows x rows ---


def _quarter_table(n: int, header: str) -> str:
    rows = "".join(f"{i}\t建设第{i}号充电站\t南湖区住建局\t完成选址\t开工建设\t主体完工\t投入使用\n" for i in range(1, n + 1))
    return PLAN_HEAD + "一、重点任务\n" + aligned(f"序号\t工作任务\t责任单位\t{header}\n" + rows) + MEASURES


def _best_seconds(text: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        policyparse.parse(text)
        best = min(best, time.perf_counter() - start)
    return best


def test_a_long_table_under_a_header_of_periods_costs_about_what_a_plain_one_does(monkeypatch):
    # Each task once looked at every row under every period (tasks x heads x rows). Compared with the
    # same table under a header of no periods; _matched_rows (matching rows to tasks by title, quadratic
    # and older than this) is taken out of both so that the comparison shows this loop's cost.
    monkeypatch.setattr(deadlines, "_matched_rows", lambda draft: {})
    n = 2000
    periods, plain = _quarter_table(n, "一季度\t二季度\t三季度\t四季度"), _quarter_table(n, "计划一\t计划二\t计划三\t计划四")
    doc = policyparse.parse(periods)
    assert len(doc.tasks) == n + 1 and [d.text for d in doc.tasks[n - 1].deadlines] == ["一季度", "二季度", "三季度", "四季度"]
    t_plain, t_periods = _best_seconds(plain), _best_seconds(periods)
    assert t_periods <= 2.0 * max(t_plain, 0.05), f"{t_plain:.2f}s plain, {t_periods:.2f}s under periods"


# --- 8. a tab table's rows past the 200th ---


def test_every_row_of_a_long_tab_table_takes_the_periods_over_it():
    rows = "".join(f"{i}\t建设第{i}号充电站\t南湖区住建局\t完成选址\t开工建设\n" for i in range(1, 251))
    tasks = plan_tasks("一、重点任务\n序号\t工作任务\t责任单位\t一季度\t二季度\n" + rows + MEASURES)
    assert len(tasks) == 251
    assert all([text for text, _ in dates] == ["一季度", "二季度"] for _, dates, _ in tasks[:250])
