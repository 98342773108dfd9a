"""Review R7, helper F2: findings 1, 10 (targets), 4 (dash headings), 5 (one-row tables), 8 (linked files).

The reviewer's invented inputs (a 2025 东江市 notice), each failing before its fix, and beside each a
guard for the shape the change under review was made for (W17's aim after a closed condition
phrase, P5's tenths, dash headings typed --/──, one-row task tables, 相关附件 lists). Expected
values by reading the annotation guide and corpus/README.md's calls.
"""

from __future__ import annotations

import pytest

import policyparse

from fragments import outline, parsed_outline, targets_in, task_notice

HEAD = ("东江市人民政府办公室关于印发东江市2025年交通建设工作方案的通知\n东政办发〔2025〕12号\n各乡镇人民政府,市直各部门:\n"
        "现将《东江市2025年交通建设工作方案》印发给你们,请认真贯彻执行。\n东江市人民政府办公室\n2025年3月10日\n")
TASKS = HEAD + "一、主要任务\n"
TAIL = "(责任单位:市财政局)\n二、保障措施\n(一)加强领导。各单位要高度重视。\n"


# --- 1. an eligibility threshold before a grant or an application is no target ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("凡在我市新注册的企业年纳税额达到100万元以上,给予一次性奖励10万元。", [("10万元", 10, None, "万元", "=", None)]),
        ("对于符合条件的小微企业吸纳就业人数达到30人以上,可申请稳岗补贴。", []),
        ("符合条件的企业研发投入占比不低于3%,按规定享受加计扣除。", []),
        # guards (W17): an aim or a floor set after a closed condition phrase, with nothing granted after it
        ("2027年底前,涉及重大危险源的危险化学品企业自动化控制系统装备率达到100%。", [("100%", 100, None, "%", "=", 2027)]),
        ("涉及重大危险源的企业重大隐患整改到位比例不低于95%。", [("不低于95%", 95, None, "%", ">=", None)]),
    ],
)
def test_threshold_before_a_benefit_is_a_condition(sentence, expected):
    assert targets_in(task_notice(sentence, TASKS, TAIL)) == expected


# --- 10. 一成 inside 统一成, 唯一成 … is no tenth ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("各乡镇村庄规划统一成图,统一成网上报,实行统一成建制管理。", []),
        ("各类档案逐一成册归档。", []),
        # guards (P5): tenths after a verb, a comparator or at a clause's start
        ("农村生活污水治理率提高一成。", [("提高一成", 1, None, "成", "=", None)]),
        ("到2027年,八成以上的行政村实现生活垃圾分类。", [("八成以上", 8, None, "成", ">=", 2027)]),
    ],
)
def test_one_ending_a_word_counts_no_tenth(sentence, expected):
    assert targets_in(task_notice(sentence, TASKS, TAIL)) == expected


# --- 4. a page's footer between dashes is no dash heading ---


def test_page_footers_between_dashes_are_no_headings():
    body = ("一、主要任务\n-- 第1页 --\n(一)加快路网建设。推进快速路建设,年底前建成通车。(责任单位:市交通运输局)\n-- 第2页 --\n"
            "(二)提升养护水平。完成国省干线养护200公里。(责任单位:市公路中心)\n── 第3页 ──\n二、保障措施\n"
            "(一)加强领导。各单位要高度重视。(责任单位:市交通运输局)\n-- 4页 --\n")
    doc = parsed_outline(HEAD + body)
    assert outline(doc) == [(1, "一", "主要任务"), (2, "(一)", "加快路网建设"), (2, "(二)", "提升养护水平"),
                            (1, "二", "保障措施"), (2, "(一)", "加强领导")]
    assert [t.title for t in doc.tasks] == ["加快路网建设", "提升养护水平", "加强领导"]


@pytest.mark.parametrize("dash, written", [("──", "──"), ("--", "--"), ("——", "——")])
def test_dash_headings_still_read(dash, written):
    # guard (P5): goals on dash lines typed --/──, one with a -- inside it
    head = HEAD + "一、工作目标\n到2027年,全市路网明显完善。\n"
    doc = parsed_outline(head + f"{dash}高速公路通车里程达到300公里。\n{dash}建成东江--南湖快速路。\n"
                         "二、重点任务\n(一)加快路网建设。推进快速路建设。\n")
    assert outline(doc) == [(1, "一", "工作目标"), (2, written, "高速公路通车里程达到300公里"),
                            (2, written, "建成东江--南湖快速路"), (1, "二", "重点任务"), (2, "(一)", "加快路网建设")]


# --- 5. a part with text of its own over a one-row table stays a task ---

ROW = "项目名称\t建设内容\t责任单位\t完成时限\n东江大桥维修加固\t维修桥面\t南湖区人民政府\t2025年10月底\n"


def test_part_with_its_own_text_over_one_row_keeps_its_task():
    body = ("一、主要任务\n(一)加快路网建设。推进快速路建设。(责任单位:市交通运输局)\n"
            "(二)提升养护水平。完成国省干线养护200公里,全面消除危桥。(责任单位:市公路中心)\n其中重点项目如下:\n" + ROW
            + "二、保障措施\n(一)加强领导。各单位要高度重视。\n")
    doc = policyparse.parse(HEAD + body)
    got = {t.title: [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert got == {"加快路网建设": [("市交通运输局", "responsible")], "提升养护水平": [("市公路中心", "responsible")],
                   "东江大桥维修加固": [("南湖区人民政府", "responsible")], "加强领导": []}
    row = next(t for t in doc.tasks if t.title == "东江大桥维修加固")
    assert [d.date for d in row.deadlines] == ["2025-10-31"]
    part = next(t for t in doc.tasks if t.title == "提升养护水平")
    assert [(g.text, g.task) for g in doc.targets] == [("200公里", part.id)]


def test_bare_part_over_one_row_gives_the_row_only():
    # guard (P5): a caption with no text of its own over a table of one row: the row is the task
    doc = policyparse.parse(HEAD + "一、重点项目\n序号\t" + ROW.replace("\n东江", "\n1\t东江") + "二、保障措施\n(一)加强领导。各单位要高度重视。\n")
    assert [t.title for t in doc.tasks] == ["东江大桥维修加固", "加强领导"]


# --- 8. a 相关附件 list naming the notice's own file gives no attachment ---


@pytest.mark.parametrize(
    "links, expected",
    [
        ("相关附件:\n东政办发〔2025〕12号.pdf\n"
         "东江市人民政府办公室关于印发东江市2025年交通建设工作方案的通知(东政办发〔2025〕12号).pdf\n", []),
        ("相关附件:\n东江市人民政府办公室关于印发东江市2025年交通建设工作方案的通知正文.doc\n", []),
        # guards (P5): the plan and a list it encloses are attachments; another notice's 字号 is another file
        ("相关附件:\n东政办发〔2025〕12号.pdf\n东江市2025年交通建设工作方案.doc\n东江市2025年交通建设项目表.xls\n",
         ["东江市2025年交通建设工作方案", "东江市2025年交通建设项目表"]),
        ("相关附件:\n东政办发〔2024〕30号.pdf\n", ["东政办发〔2024〕30号"]),
    ],
)
def test_related_files_naming_the_notice_itself(links, expected):
    doc = policyparse.parse(HEAD + "一、主要任务\n(一)加快路网建设。推进快速路建设。(责任单位:市交通运输局)\n" + links)
    assert doc.metadata.attachments == expected
