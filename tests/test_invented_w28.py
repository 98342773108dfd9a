"""Helper W28's invented notices (tests/invented/w28-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies): a county department's 印发
notice of a 实施方案 as a Word DRAFT (.docx built by tests/invented/build_w28_docx.py: tracked
insertions and deletions inside sentences, in a table cell and of whole paragraphs and a table row,
a typed number changed by a tracked edit, a comment, the red head in a text box, a 征求意见稿 page
header, a footnote on a term, a task table whose header merges 责任单位 over 牵头单位 / 配合单位); and
a city 司法局's 公告 putting a draft 办法 out for comment, as a portal page (征集 table, 征求意见时间,
反馈方式 (一) e-mail / (二) letter, contact line, signature) with the draft (第一章…第五章, 13 articles,
(一)-(三) under one) and its 起草说明 (一、起草背景 / 二、起草过程 / 三、主要内容) after it.

First run: the .docx read right at once but for one table cell (县农广校、各乡镇人民政府 kept as one
unit); the 公告 was not read as handing its draft over (enclosed_title missed, its feedback points
(一)/(二) read as sections and tasks, which also gave the draft's (一)-(三) depth 1), the 起草说明's
parts read as tasks, and 勒克斯 was no measure. Fixed: a 征求《X》意见 / 《X》征求意见 title hands X
over as a 印发 title does, and a draft's mark line ((征求意见稿)) under its title joins it
(policyparse/stages/metadata.py); 起草背景 / 起草过程 … are framing parts (data/framing_parts.txt);
勒克斯 / lx are measures (data/measure_units.tsv); 农广校 ends a unit's name (data/org_suffixes.txt).
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

FLOORS = floors({
    # sections 0.9 before W42 gave an attachment's shapes their depth in it (the 起草说明's (一)–(三) had
    # the draft article's depth; tests/test_invented_w42.py); tasks 0.8 and targets 0.95 before F17 read
    # the 起草说明 as commentary (tests/test_leftovers10.py)
})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)

CONSULTATION = (
    "西湾市司法局关于公开征求《西湾市停车场管理办法(征求意见稿)》意见的公告\n"
    "为提高立法质量,现将《西湾市停车场管理办法(征求意见稿)》全文公布,公开征求社会各界意见。"
    "有关单位和个人可在2024年5月6日至6月5日期间,通过以下方式提出意见:\n"
    "(一)通过电子邮件将意见发送至:xwsfj@example.cn。\n"
    "(二)通过信函将意见寄至:西湾市人民路1号市司法局。\n"
    "西湾市司法局\n2024年5月6日\n"
    "附件1\n"
    "西湾市停车场管理办法\n(征求意见稿)\n"
    "第一章 总则\n"
    "第一条 为加强停车场管理,制定本办法。\n"
    "第二条 任何单位和个人不得有下列行为:\n"
    "(一)占用消防通道停车;\n(二)擅自设置地桩、地锁。\n"
)


def test_a_notice_putting_a_draft_out_for_comment_hands_the_draft_over():
    doc = policyparse.parse(CONSULTATION)
    assert doc.metadata.enclosed_title == "西湾市停车场管理办法(征求意见稿)"
    # the 公告's own feedback points are its wrapper's text, no sections; the draft's (一) nests
    assert [(s.level, s.number) for s in doc.sections] == [(1, "第一章"), (2, "第一条"), (2, "第二条"), (3, "(一)"), (3, "(二)")]
    title_first = CONSULTATION.replace("关于公开征求《西湾市停车场管理办法(征求意见稿)》意见的公告",
                                       "关于《西湾市停车场管理办法(征求意见稿)》公开征求意见的公告")
    assert policyparse.parse(title_first).metadata.enclosed_title == "西湾市停车场管理办法(征求意见稿)"


def test_the_parts_of_a_drafting_explanation_assign_no_work():
    text = ("关于《西湾市停车场管理办法》的起草说明\n"
            "一、起草背景\n近年来,我市机动车保有量快速增长,停车难问题突出。\n"
            "二、起草过程\n市交通运输局赴周边城市开展调研,书面征求了有关部门意见。\n")
    assert [t.title for t in policyparse.parse(text).tasks] == []


def test_illuminance_is_a_measure():
    text = "关于加强道路照明的通知\n各区人民政府:\n一、提升照明标准。城市主干道平均照度不低于20勒克斯,次干道不低于15lx。\n"
    assert [t.text for t in policyparse.parse(text).targets] == ["不低于20勒克斯", "不低于15lx"]


def test_a_school_by_its_short_name_is_a_unit_of_a_list():
    # 县农广校 (农业广播电视学校) before 各乡镇人民政府 was read as one name with it
    text = "关于X的通知\n各单位:\n一、重点任务\n(一)强化跟踪服务。开展服务。(牵头单位:局科教股;配合单位:县农广校、各乡镇人民政府)\n"
    units = [(u.name, u.role) for t in policyparse.parse(text).tasks for u in t.units]
    assert units == [("局科教股", "lead"), ("县农广校", "cooperating"), ("各乡镇人民政府", "cooperating")]


def test_a_figure_as_of_a_past_date_after_a_look_back_is_no_target():
    # the lead's fix after W28: 截至2024年底 was read as 至2024年, a by-date that makes a clause an aim,
    # so a look back (近年来,…,截至…) kept its figure as a target; 截至 says as of when a figure stood
    text = ("关于印发X办法的通知\n各单位:\n一、起草背景\n　　近年来,全市照明设施快速增长,截至2024年底,智能控制覆盖率为52%。\n"
            "二、工作目标\n　　到2026年,覆盖率达到90%。\n东江市人民政府\n2025年3月1日\n")
    assert [t.text for t in policyparse.parse(text).targets] == ["90%"]


def test_a_count_of_comments_received_is_no_target():
    text = ("关于印发X办法的通知\n各单位:\n一、起草过程\n　　征求意见期间,共收到意见建议23条。\n"
            "二、工作目标\n　　到2026年,覆盖率达到90%。\n东江市人民政府\n2025年3月1日\n")
    assert [t.text for t in policyparse.parse(text).targets] == ["90%"]


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w28-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
