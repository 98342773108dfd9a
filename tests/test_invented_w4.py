"""Helper W4's invented notices (tests/invented/w4-*): shapes they showed the parser missing,
each as a made-up fragment, and a floor on the scores of the notices themselves.

The four notices are written from scratch (invented places and bodies): a county 乡村振兴
实施方案 with units in prose and a project table, a city 考核办法 with a scoring table and
考核对象 lists, a provincial 意见 as one flat OCR line (page numbers and spaces where lines
and pages ended), and a joint notice of two city departments with a division-of-work table
written one cell a line.
"""

from __future__ import annotations


import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors


KAOHE_HEAD = ("白石市人民政府办公室关于印发白石市河长制工作考核办法的通知\n"
              "各区人民政府,市政府各部门:\n"
              "现将《白石市河长制工作考核办法》印发给你们,请认真贯彻执行。\n"
              "白石市人民政府办公室\n2024年5月6日\n"
              "白石市河长制工作考核办法\n")

# One flat OCR line (500 characters or more: the sections stage reads it as flat text).
OCR_HEAD = ("云岭省人民政府关于加快发展林下经济的意见 各市、县(区)人民政府,省政府各部门: 为加快发展林下经济,现提出如下意见。"
            "一、总体要求(一)指导思想。坚持生态优先。(二)主要目标。到2027年,全省林下经济面积达到500万亩以上。二、重点任务")
OCR_TAIL = "三、保障措施(六)强化保障。省林业局要加强调度。 云岭省人民政府 2024年7月2日\n"
FILL = "因地制宜推广适合本地的经营模式,支持新型经营主体建设标准化生产基地,提高林地综合利用效益。" * 3


def _task(doc, title: str):
    return next(t for t in doc.tasks if t.title == title)


def _units(doc, title: str) -> list[tuple[str, str]]:
    return [(u.role, u.name) for u in _task(doc, title).units]


def test_the_purpose_and_scoring_parts_of_an_assessment_are_framing():
    # 一、考核目的 / 三、考核内容和分值 say what the assessment scores: their items assign no work.
    text = (KAOHE_HEAD + "一、考核目的\n为压实河长制工作责任,到2025年底前河湖水质优良比例达到90%以上,制定本办法。\n"
            "二、考核内容和分值\n(一)区级考核实行百分制,由日常检查和年度评估两部分组成。\n"
            "(二)市直部门考核满分100分,其中制度建设40分、工作推进60分。\n"
            "三、考核组织\n(一)日常检查。由市水利局牵头,按月开展明察暗访。\n")
    doc = policyparse.parse(text)
    assert [t.title for t in doc.tasks] == ["日常检查"]
    assert [(t.text, t.task) for t in doc.targets] == [("90%以上", None)]


def test_the_steps_of_a_scoring_rule_are_no_targets():
    # 每低1个百分点扣1分 / 按差额比例扣分: the quantities of a deduction rule are scoring steps.
    text = (KAOHE_HEAD + "一、考核组织\n(一)日常检查。由市水利局牵头,按月开展检查,断面达标率每低1个百分点扣2分,"
            "未完成清淤任务的按差额比例扣分。全年完成河道清淤120公里。\n")
    doc = policyparse.parse(text)
    assert [t.text for t in doc.targets] == ["120公里"]


def test_a_space_where_flat_ocr_text_broke_a_line_inside_a_unit_bracket():
    # (责任 单位:…) and 省财 政厅: the space stands where the printed line ended.
    text = (OCR_HEAD + "(三)发展林下种植。" + FILL + "(牵头单位:省林业局;责任 单位:各市、县(区)人民政府)"
            "(四)发展林下养殖。" + FILL + "〔牵头单位:省林业局;配合单位:省发展改革委、省财 政厅〕"
            "(五)建设加工基地。" + FILL + "(责任单位:省林业局 省农业农村厅)" + OCR_TAIL)
    doc = policyparse.parse(text)
    assert _units(doc, "发展林下种植") == [("lead", "省林业局"), ("responsible", "各市、县(区)人民政府")]
    assert _units(doc, "发展林下养殖") == [("lead", "省林业局"), ("cooperating", "省发展改革委"), ("cooperating", "省财政厅")]
    # a space between two whole names still separates them
    assert _units(doc, "建设加工基地") == [("responsible", "省林业局"), ("responsible", "省农业农村厅")]


def test_a_space_where_flat_ocr_text_broke_a_line_in_a_role_verb_or_in_running_text():
    # 牵 头 inside a bracket, 省生态 环境厅 before 配合 in prose, 各市、县 (区)人民政府 in a label's value
    for unit_text, expected in (
        ("(省林业局牵 头,省财政厅配合)", [("lead", "省林业局"), ("cooperating", "省财政厅")]),
        ("由省林业局牵头,省生态 环境厅、省财政厅配合。", [("lead", "省林业局"), ("cooperating", "省生态环境厅"), ("cooperating", "省财政厅")]),
        ("(牵头单位:省林业局;责任单位:各市、县 (区)人民政府)", [("lead", "省林业局"), ("responsible", "各市、县(区)人民政府")]),
    ):
        text = (OCR_HEAD + "(三)发展林下种植。" + FILL + unit_text + "(四)发展林下养殖。" + FILL
                + "(五)建设加工基地。" + FILL + OCR_TAIL)
        assert _units(policyparse.parse(text), "发展林下种植") == expected, unit_text


def test_a_page_number_inside_a_unit_bracket_of_flat_ocr_text():
    # — 4 — is where a printed page ended: no part of the list it interrupts.
    text = (OCR_HEAD + "(三)发展林下种植。" + FILL + "(牵头单位:省林业局;责任单位:省农业农村厅、各 — 4 — 市、县(区)人民政府)"
            "(四)发展林下养殖。" + FILL + "(牵头单位:省林业局;配合单位:省商务厅)(五)建设加工基地。" + FILL + OCR_TAIL)
    doc = policyparse.parse(text)
    assert _units(doc, "发展林下种植") == [("lead", "省林业局"), ("responsible", "省农业农村厅"), ("responsible", "各市、县(区)人民政府")]
    # and inside a name in running text
    text = (OCR_HEAD + "(三)发展林下种植。" + FILL + "由省林业局牵头,省生态环境厅、省财 — 5 — 政厅配合。"
            "(四)发展林下养殖。" + FILL + "(五)建设加工基地。" + FILL + OCR_TAIL)
    assert _units(policyparse.parse(text), "发展林下种植") == [("lead", "省林业局"), ("cooperating", "省生态环境厅"), ("cooperating", "省财政厅")]


# The final figures rounded down to 0.05 (the first, held-out run: tasks 0.938, units 0.973,
# deadlines 0.944, targets 0.918, year 0.946).
FLOORS = floors({"tasks": 0.95, "deadlines": 0.95})
ACCURACY_FLOORS = floors({"targets.year": 0.95}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w4-", 4, FLOORS, ACCURACY_FLOORS, tmp_path)
