"""Helper W41's invented notices (tests/invented/w41-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

Two kinds written for PRECISION, where much of the text names units and numbers that are no
assignment and no aim: a county 人民政府办公室 通知 printing a 巡察反馈问题整改工作方案 whose 整改清单 is an
attached TAB table (序号 / 问题表现 / 整改措施 / 责任领导 / 牵头单位 / 责任单位 / 整改时限) in group rows
(一、…方面(3个)), its 问题表现 cells full of the shortfalls found (3个乡镇未按期完成…1.2万亩, 资金滞留1200万元,
覆盖率仅为64%); and a city 督查情况通报 saved from a UCAP-style portal (基本情况 of past figures, 存在问题
naming lagging bodies, a 表扬 list, 下一步工作要求 with the only tasks).

First run: puyuan units 0.968 (各责任单位要主动配合 read as a cooperating unit; 沿河各乡镇人民政府 in the
first gold, which corpus call 17 writes 各乡镇人民政府: gold mended), targets 0.486 (P 0.321: 18 counts
of the 问题表现 cells and the preamble's 指出了4个方面13个具体问题), the rest 1.000; xijiang deadlines
0.857 and targets year 0.667 (二季度新增…10项以上 gave no deadline), the rest 1.000.
"""

from __future__ import annotations

from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import deadlines_in, only_task, target_texts, targets_in, task_notice
from test_space_tables import aligned

FLOORS = floors({})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)

_LIST = (
    "岩川县人民政府办公室关于印发审计发现问题整改方案的通知\n各乡镇人民政府,县政府各部门:\n"
    "一、整改任务\n对照审计意见,逐项明确整改措施,形成整改清单(见附件)。\n"
    "岩川县人民政府办公室\n2025年6月3日\n附件\n审计发现问题整改清单\n"
    "序号\t问题表现\t整改措施\t牵头单位\t整改时限\n"
    "{group}"
    "1\t专项资金滞留800万元,4个项目未按期开工。\t2025年10月底前拨付资金,新建污水管网12公里。\t县财政局\t2025年10月底前\n"
    "2\t全县6个村未完成改厕任务,完成率仅为70%。\t年底前完成改厕1500户,改厕完成率达到100%。\t县农业农村局\t2025年12月底前\n"
)


def test_the_counts_of_a_problem_column_are_no_targets():
    # 问题表现 reports what the audit found; the 整改措施 beside it sets the work
    expected = ["12公里", "1500户", "100%"]
    assert target_texts(_LIST.replace("{group}", "")) == expected
    # a group row spanning the table (一、…方面(2个)) stands between the rows and their header
    assert target_texts(_LIST.replace("{group}", "一、资金和项目管理方面(2个)\n")) == expected


def test_a_problem_column_read_over_a_page_end_or_aligned_with_spaces():
    expected = ["12公里", "1500户", "100%"]
    # a PDF's page number between the header and the rows (a copy that keeps the tabs)
    assert target_texts(_LIST.replace("{group}", "— 2 —\n")) == expected
    # the table as a layout-keeping copy aligns it: cells padded with spaces to their column, no tabs
    assert target_texts(aligned(_LIST.replace("{group}", ""))) == expected


def test_a_column_of_measures_alone_keeps_its_counts():
    text = _LIST.replace("问题表现\t整改措施", "工作内容\t整改措施").replace("{group}", "")
    assert "800万元" in target_texts(text)  # no problem header: nothing is dropped


def test_a_count_of_the_findings_an_inspection_handed_back_is_no_target():
    head = "云洲县人民政府办公室关于印发巡察整改方案的通知\n各乡镇人民政府:\n"
    text = head + "县委巡察组反馈了巡察意见,指出了3个方面11个问题。\n一、整改任务\n(一)抓好整改。年底前整改率达到100%。\n"
    assert target_texts(text) == ["100%"]
    text = head + "督查中发现了5处安全隐患。\n一、整改任务\n(一)抓好整改。年底前整改率达到100%。\n"
    assert target_texts(text) == ["100%"]


def test_the_holders_of_a_role_label_are_no_unit():
    # 各责任单位 / 各牵头单位 are whoever the notice's list names in that role, no body of their own
    assert only_task("(一)压实责任。各牵头单位要细化措施;各责任单位要主动配合、形成合力。\n") == []
    assert only_task("(一)压实责任。县财政局牵头,各有关部门配合,抓好落实。\n") == [
        ("县财政局", "lead"), ("各有关部门", "cooperating")]


def test_a_shortfall_named_as_the_problem_the_work_answers_is_no_target():
    # found probing the 通报's 下一步 items: 针对…的问题 names what the work remedies, its figures are the gap
    head = "澄川市人民政府办公室关于重点工作督查情况的通报\n各区人民政府:\n一、下一步工作要求\n"
    text = head + "(一)加快攻坚。针对滨河路项目一季度仅完成投资0.4亿元的问题,由市住房城乡建设局牵头,6月底前完成投资1.5亿元。\n"
    assert target_texts(text) == ["1.5亿元"]
    text = head + "(一)补齐短板。针对供水管网漏损率高于12%等问题,年底前漏损率降至9%以下。\n"
    assert target_texts(text) == ["9%以下"]
    assert target_texts(head + "(一)补齐短板。针对农村供水问题,年底前新建水厂4座。\n") == ["4座"]


HEAD = "澄川市人民政府办公室关于做好政务服务工作的通知\n各区人民政府,市政府各部门:\n一、重点任务\n"
TAIL = "\n澄川市人民政府办公室\n2025年4月20日\n"


def test_a_quarter_before_new_additions_is_a_deadline():
    doc = task_notice("三季度新增帮办代办事项20项以上。", HEAD, TAIL)
    assert deadlines_in(doc) == [("三季度", "2025-09-30", None)]
    assert targets_in(doc) == [("20项以上", 20.0, None, "项", ">=", 2025)]
    # a quarter over when the notice was signed reports what was added (一季度 in an April notice)
    doc = task_notice("一季度新增帮办代办事项12项,下一步继续扩面。", HEAD, TAIL)
    assert deadlines_in(doc) == []


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w41-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
