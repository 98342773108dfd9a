"""Helper W27's invented notices (tests/invented/w27-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies): a city government's
专题会议纪要 (masthead 东江市人民政府 / 专题会议纪要 over its issue number 〔2025〕第12期, the
市政府办公室 line with its date, the title 关于…的专题会议纪要 under them, a 时间/地点/主持/出席/列席
block of people and units that are assigned nothing, 会议听取了…/会议认为… narrative, 议定事项
一、…六、 with the work in prose: 由X牵头,Y、Z配合, X负责, 请X于…前, an 出席人员 list, 分送/抄送);
and a provincial 明传电报 as OCR text of a faxed page (发电单位/签批盘号/等级/明传 form, (一)…(六)
items with units in brackets, 。 read as o or doubled, ，, for a comma, the bracket of (三) joined to
the line of (四), a page number -2-).

First run: title 0.500 and doc_number 0.667 (the 纪要's masthead taken for its title, its issue
number not read as its 字号), sections and tasks 0.957 (the (四) that OCR joined to the line
before), units 0.938, deadlines 0.933 (the closing 贯彻落实情况请于…前报 given to the last item),
targets 0.941 (a past figure of 会议认为 read as an aim). Fixed: the masthead and issue number
(policyparse/stages/metadata.py); 会议听取/会议认为 open a narrative of facts
(data/not_target_past.txt; in the notice itself it still fails: see the report).
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

# every field 1.000 since F15 (an OCR-joined item number after a unit bracket, a closing paragraph after
# a bare unit bracket line) and the lead's indent fix; before: sections/tasks 0.95, units 0.9, deadlines 0.9
FLOORS = floors({})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)

SUMMARY = (
    "西湾市人民政府\n专题会议纪要\n\n〔2024〕第7期\n\n西湾市人民政府办公室          2024年6月3日\n\n\n"
    "关于推进城区停车场建设的\n专题会议纪要\n\n"
    "时  间:2024年5月30日上午9:00\n主  持:李东  市政府副市长\n出  席:市交通运输局、市财政局负责同志\n\n"
    "现将会议议定事项纪要如下:\n"
    "一、关于建设计划。会议明确,由市交通运输局牵头,市财政局配合,9月底前完成建设。\n"
    "二、关于资金保障。市财政局负责统筹资金。\n\n"
    "分送:市委办公室。\n"
)


def test_a_meeting_summary_masthead_is_no_title_and_its_issue_number_is_its_number():
    md = policyparse.parse(SUMMARY).metadata
    assert md.title == "关于推进城区停车场建设的专题会议纪要"
    assert md.doc_number == "〔2024〕第7期"
    assert md.issuer == "西湾市人民政府办公室"


def test_a_notice_with_a_doc_number_keeps_its_first_title_line():
    text = "西湾市人民政府文件\n西政发〔2024〕3号\n西湾市人民政府关于加强停车管理的通知\n各区人民政府:\n一、加强管理。市交通运输局负责。\n西湾市人民政府\n2024年6月3日\n"
    md = policyparse.parse(text).metadata
    assert (md.title, md.doc_number) == ("西湾市人民政府关于加强停车管理的通知", "西政发〔2024〕3号")


def test_what_the_meeting_heard_and_found_sets_no_targets():
    text = ("西湾市人民政府办公室关于停车场建设的通知\n各单位:\n"
            "会议听取了市交通运输局关于2023年新建停车泊位1200个的汇报。\n"
            "会议认为,2023年以来,各单位完成停车场建设15处,停车难问题有所缓解。\n"
            "一、关于建设计划。会议明确,2024年新建停车泊位2000个。由市交通运输局牵头。\n"
            "西湾市人民政府办公室\n2024年6月3日\n")
    assert [t.text for t in policyparse.parse(text).targets] == ["2000个"]


def test_an_indented_sentence_opening_in_the_past_sets_no_target():
    # the lead's fix after W27: the sentence's opening was read with the paragraph's indent, so no
    # past opening (去年, 会议认为, 近年来) matched an indented line, which most lines are
    text = "关于加快推进管网建设的通知\n各区人民政府:\n一、工作目标\n{}去年,全市新建管网50公里。到2026年,新建管网80公里以上。\n"
    for indent in ("", "\u3000\u3000", "    ", "\t"):
        assert [t.text for t in policyparse.parse(text.format(indent)).targets] == ["80公里以上"], repr(indent)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w27-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
