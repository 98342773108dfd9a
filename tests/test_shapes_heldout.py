"""Shapes first met in the held-out notices (now in the corpus): government orders (政府令),
flat OCR attachments, condition lists, part names after a lead verb, sector bodies in prose.

Fragments are taken from the corpus documents (shandong-cun-shequ-liangwei-huanjie-2021,
zhongshan-zhengwu-shuju-guanli-banfa-2020 and their neighbours); flat text is made by
keeping them on one line longer than the sections stage's FLAT_LINE.
"""

from __future__ import annotations

import pytest

import policyparse
from policyparse.pipeline import Draft
from policyparse.stages import section_body, sections, tasks
from policyparse.stages.metadata_shapes import promulgated_title
from policyparse.text.normalize import normalize
from policyparse.units import prose

# One flat line: the end of a 意见's body, its attachment list, then the attachment's text
# whose title runs straight into its first part (…主要情形一、…), with OCR `12。` numbers.
_PAD = "深入宣传换届选举政策、法律法规和先进典型。" * 90
FLAT = (
    "一、准确把握换届总体要求坚持以习近平新时代中国特色社会主义思想为指导,着力建强好班子。"
    "二、严肃换届纪律(一)强化宣传教育。" + _PAD + "(二)营造良好氛围。"
    "各市换届工作开展情况,请于2021年8月底前报领导小组办公室。"
    "附件:不得担任村(社区)党组织成员的主要情形"
    "附件不得担任村(社区)党组织成员的主要情形"
    "一、不得担任村(社区)党组织成员的主要情形"
    "1.政治上的“两面人”,“两个维护”不够自觉的。"
    "2.贯彻执行党的路线方针政策不认真的。"
    "3.涉嫌犯罪,已被立案侦查、调查的。"
    "4。身体状况不能正常履行职责的。"
    "5.具有其他不得担任村(社区)党组织成员情形的。"
    "二、不宜提名为村(居)民委员会成员候选人的主要情形"
    "1.政治上的“两面人”的。"
    "2.涉嫌犯罪,已被立案侦查、调查的。"
    "3。受过刑事处罚或存在“村霸”等问题的。"
    "中共山东省委办公厅2021年2月26日印发"
)


def _flat_draft() -> Draft:
    draft = Draft(text=normalize(FLAT))
    sections.find(draft)
    return draft


def test_flat_text_is_flat():
    assert len(FLAT) >= section_body.FLAT_LINE


def test_flat_attachment_text_restarts_the_top_level():
    outline = [(s.level, s.number) for s in _flat_draft().sections]
    assert outline == [
        (1, "一"), (1, "二"), (2, "(一)"), (2, "(二)"),
        (1, "一"), (2, "1"), (2, "2"), (2, "3"), (2, "4"), (2, "5"),
        (1, "二"), (2, "1"), (2, "2"), (2, "3"),
    ]


def test_attachment_part_heading_stops_before_its_first_item():
    draft = _flat_draft()
    heads = {(s.number, s.heading) for s in draft.sections if s.level == 1}
    assert ("一", "不得担任村(社区)党组织成员的主要情形") in heads
    assert ("二", "不宜提名为村(居)民委员会成员候选人的主要情形") in heads
    for s in draft.sections:
        assert draft.text[s.heading_span[0]:s.heading_span[1]] == s.heading


def test_ocr_full_stop_number_continues_an_open_list():
    draft = _flat_draft()
    four = [s for s in draft.sections if s.number == "4"]
    assert [s.heading for s in four] == ["身体状况不能正常履行职责的"]
    assert draft.text[four[0].span[0]:four[0].span[0] + 2] == "4。"


def test_body_part_stops_at_the_inline_attachment_label():
    draft = _flat_draft()
    last_body = next(s for s in draft.sections if s.number == "(二)")
    assert draft.text[last_body.span[0]:last_body.span[1]].endswith("报领导小组办公室。")


@pytest.mark.parametrize("text", [
    # a count after a sentence end that is no list number: no open `N.` list
    "全年完成任务。12。" + "加强组织领导。" * 300,
    # a year or a count inside a sentence is never read as 12。
    "一、总体要求\n完成任务12。到2025年达到90%。\n",
])
def test_ocr_full_stop_number_needs_an_open_list(text):
    assert "12" not in [s.number for s in sections.build_sections(text, (0, len(text)), [])]


def test_condition_list_items_are_not_tasks():
    draft = _flat_draft()
    draft.body = None
    tasks.find(draft)
    titles = [t.title for t in draft.tasks]
    assert "营造良好氛围" in titles
    assert not any(t.endswith("的") for t in titles)
    assert "准确把握换届总体要求坚持以习近平新时代中国特色社会主义思想为指导,着力建强好班子" not in titles


@pytest.mark.parametrize("heading,kind", [
    ("准确把握换届总体要求", "framing"),
    ("全面准确把握换届总体要求", "framing"),  # a lead of 8 characters: no bound fitted to one notice's 6
    ("明确工作目标", "framing"),
    ("落实各地目标任务", None),  # 落实 is work: the item stays a task
    ("总体要求", "framing"),
    ("加强组织领导", None),
])
def test_part_name_after_a_lead_verb(heading, kind):
    assert tasks.part_kind(heading) == kind


@pytest.mark.parametrize("text,expected", [
    ("县(市、区)党委对换届工作负总责。组织部门牵头抓总、民政部门密切配合,有关单位各司其职、共同推进。",
     [("组织部门", "lead"), ("民政部门", "cooperating")]),
    ("公安机关牵头,财政部门积极配合。", [("公安机关", "lead"), ("财政部门", "cooperating")]),
    # not a sector: a verb or an adjective before 部门
    ("分管部门牵头推动,相关部门分工负责", []),
    ("加强部门配合", []),
    ("积极配合省、市开发区领导小组办公室对各开发区进行检查督导", []),
])
def test_sector_bodies_in_prose(text, expected):
    found = prose.find(text, 0, len(text), [])
    assert sorted((f.name, f.role) for f in found) == sorted(expected)
    for f in found:
        assert text[f.span[0]:f.span[1]] == f.name


ORDER = (
    "中山市政务数据管理办法\n中山市人民政府令\n\n(第16号)\n"
    "《中山市政务数据管理办法》已经2020年4月29日中山市人民政府十五届94次常务会议审议通过,现予公布,自2020年6月15日起施行。\n"
    "市长 危伟汉\n\n2020年5月15日\n中山市政务数据管理办法\n第一章 总 则\n第一条 为了规范政务数据管理,制定本办法。\n"
)


def test_order_promulgates_its_rule():
    assert promulgated_title(ORDER, 0) == "中山市政务数据管理办法"
    md = policyparse.parse(ORDER).metadata
    assert md.enclosed_title == "中山市政务数据管理办法"
    assert md.doc_number == "中山市人民政府令第16号"
    assert md.issuer == "中山市人民政府"


def test_a_cited_rule_is_not_promulgated():
    text = "一、总体要求\n根据《中华人民共和国数据安全法》,结合实际,制定本方案。\n"
    assert promulgated_title(text, 0) is None


def test_flat_attachment_list_stops_at_the_attachment_label():
    md = policyparse.parse(FLAT).metadata
    assert md.attachments == ["不得担任村(社区)党组织成员的主要情形"]


@pytest.mark.parametrize("text,expected", [
    # the usual size of a body, and its alternative, are staffing (Out)
    ("一、主要任务\n(一)推选产生村(居)务监督委员会。推选产生村(居)务监督委员会成员,一般为3人或5人。\n", []),
    # a quota with a comparator stays (optional in gold, but a target's shape)
    ("一、主要任务\n(一)增强整体功能。每个村(社区)“两委”班子中至少有1名妇女成员。\n", ["至少有1名"]),
    # an aim in people is still a target
    ("一、主要任务\n(一)扩大就业。到2025年,全市新增就业5万人以上。\n", ["5万人以上"]),
])
def test_body_size_is_no_target(text, expected):
    assert [t.text for t in policyparse.parse(text).targets] == expected
