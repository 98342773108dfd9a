"""Unit shapes a second probe found misread (helper G4, units second round), on hand-written fragments.

The places and bodies are invented (东江市, 南湖区 …). Each expected value is worked out by hand per
the annotation guide's "Units and roles" and corpus/README.md "Calls the guide should settle": a
name that stands in the text carries a span that points at it, and only a repaired name (an elided
level restored) has none. Each fix comes with a guard: the nearest shape whose reading must not change.
"""

from __future__ import annotations

import pytest

from policyparse import parse

PART = "一、主要任务\n"


def units_by_title(text: str) -> dict[str, list[tuple[str, str]]]:
    """Task title -> sorted (name, role) of its units; spans checked against the text."""
    doc = parse(text)
    out = {}
    for task in doc.tasks:
        for u in task.units:
            if u.span is not None:
                assert doc.text[u.span[0] : u.span[1]] == u.name, (task.title, u.name)
        out[task.title] = sorted((u.name, u.role) for u in task.units)
    return out


from fragments import only_task


# --- 1. party departments in an elided list ------------------------------------------------------

PARTY = [
    # the elided level of a party department is the first piece's level with its 委
    ("(一)加强干部培训。开展专题轮训。(责任单位:市委组织部、宣传部、统战部)",
     [("市委组织部", "responsible"), ("市委宣传部", "responsible"), ("市委统战部", "responsible")]),
    ("(一)加强基层宣传。办好宣讲活动。(牵头单位:区委宣传部、组织部;配合单位:区文旅局)",
     [("区委宣传部", "lead"), ("区委组织部", "lead"), ("区文旅局", "cooperating")]),
    # a party office first: a department after it is the committee's too
    ("(一)加强督查督办。建立台账。(责任单位:县委办、组织部)",
     [("县委办", "responsible"), ("县委组织部", "responsible")]),
]
PARTY_GUARDS = [
    # the government's office after the party's takes the bare level (never 县委政府办)
    ("(一)加强督查督办。建立台账。(责任单位:县委办、政府办)",
     [("县委办", "responsible"), ("县政府办", "responsible")]),
    # a government body after a party department takes the bare level
    ("(一)加强人才引进。落实人才政策。(责任单位:市委组织部、人社局、财政局)",
     [("市委组织部", "responsible"), ("市人社局", "responsible"), ("市财政局", "responsible")]),
    # a 委 of the government (发改委) gives no 委 to the level
    ("(一)加强项目保障。落实配套资金。(责任单位:市发改委、财政局)",
     [("市发改委", "responsible"), ("市财政局", "responsible")]),
]


@pytest.mark.parametrize("text,expected", PARTY, ids=["1-city", "1-district-lead", "1-office-first"])
def test_party_departments_in_an_elided_list(text, expected):
    assert only_task(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", PARTY_GUARDS, ids=["1-guard-govt-office", "1-guard-govt-body", "1-guard-fagaiwei"])
def test_party_level_guards(text, expected):
    assert only_task(text) == sorted(expected)


# --- 2. unit headings ended by 。 or followed by 职责 ----------------------------------------------


def test_a_unit_heading_ended_by_a_full_stop():
    text = (
        "一、职责分工\n(一)县发展改革局。负责项目审批。\n1.做好项目审批工作。\n2.做好项目储备工作。\n"
        "(二)县财政局。负责资金保障。\n1.做好资金保障。\n"
    )
    assert units_by_title(text) == {
        "做好项目审批工作": [("县发展改革局", "responsible")],
        "做好项目储备工作": [("县发展改革局", "responsible")],
        "做好资金保障": [("县财政局", "responsible")],
    }


def test_a_unit_heading_with_its_duties_word():
    text = (
        "一、职责分工\n(一)县发展改革局职责\n1.做好项目审批工作。\n2.做好项目储备工作。\n"
        "(二)县财政局主要职责\n1.做好资金保障。\n"
    )
    doc = parse(text)
    got = units_by_title(text)
    assert got == {
        "做好项目审批工作": [("县发展改革局", "responsible")],
        "做好项目储备工作": [("县发展改革局", "responsible")],
        "做好资金保障": [("县财政局", "responsible")],
    }
    assert all(u.source == "heading" and u.span is not None for t in doc.tasks for u in t.units)


def test_guard_a_work_caption_ended_by_a_full_stop_that_ends_like_a_company():
    # 做强做大…公司。: a verb opens the caption (data/clause_openers.txt), it names no unit
    text = "一、主要任务\n(一)做强做大东江融资担保股份有限公司。充实资本金。\n1.完善治理。\n"
    assert units_by_title(text) == {"完善治理": []}


def test_guard_a_duty_heading_that_names_no_unit():
    # 职责 after words that are no unit; a heading ended by 。 that is a work caption
    text = "一、职责分工\n(一)明确监管职责\n1.做好日常监管。\n(二)强化组织领导。成立工作专班。\n1.定期调度。\n"
    assert units_by_title(text) == {"做好日常监管": [], "定期调度": []}


# --- 3. a heading ended by its line needs a qualifier to be a unit ------------------------------


def test_a_work_caption_ending_like_a_body_is_no_unit():
    text = "一、主要任务\n(一)建设区域医疗中心\n1.建设区域医疗中心。\n2.完善设施。\n"
    assert units_by_title(text) == {"建设区域医疗中心": [], "完善设施": []}


def test_a_caption_of_institutions_is_no_unit():
    text = "一、主要任务\n(一)加强公共服务\n1.完善设施。\n(二)图书馆、博物馆、文化馆\n1.免费开放。\n2.完善服务。\n"
    assert units_by_title(text) == {"完善设施": [], "免费开放": [], "完善服务": []}


def test_a_caption_ending_like_a_body_with_a_full_stop_is_no_unit():
    text = "一、主要任务\n(一)区域医疗中心。加快建设进度。\n1.完善设施。\n"
    assert units_by_title(text) == {"完善设施": []}


def test_guard_line_headings_with_a_level_or_each_stay_units():
    text = "一、职责分工\n(一)市发展改革委\n1.做好项目审批工作。\n(二)各县(市、区)人民政府\n1.做好落实。\n(三)东江海关\n1.优化通关。\n"
    assert units_by_title(text) == {
        "做好项目审批工作": [("市发展改革委", "responsible")],
        "做好落实": [("各县(市、区)人民政府", "responsible")],
        "优化通关": [("东江海关", "responsible")],
    }


def test_guard_a_colon_heading_needs_no_qualifier():
    text = "一、职责分工\n(一)综合协调组:负责统筹协调。\n1.汇总信息。\n"
    assert units_by_title(text) == {"汇总信息": [("综合协调组", "responsible")]}


# --- 4. a carry note after ; names no unit of its own -------------------------------------------


def test_a_carry_note_after_a_semicolon_is_no_unit():
    text = (
        PART + "(一)加强就业服务。开展培训。(责任单位:市人社局、市医保局;以下各项任务均由各县(市、区)人民政府负责落实,不再列出)\n"
        "(二)加强保障。落实资金。\n"
    )
    doc = parse(text)
    first = sorted((u.name, u.role) for u in doc.tasks[0].units)
    assert first == [("各县(市、区)人民政府", "responsible"), ("市人社局", "responsible"), ("市医保局", "responsible")]
    # the note's own units come from carry.py (no span: a carried unit); the junk pieces are gone
    assert all(u.span is None for u in doc.tasks[0].units if u.name.startswith("各"))


def test_guard_a_unit_clause_after_a_semicolon_stays():
    assert only_task("(一)加强就业服务。开展培训。(责任单位:市人社局;各县(市、区)人民政府)") == sorted(
        [("市人社局", "responsible"), ("各县(市、区)人民政府", "responsible")]
    )


def test_guard_a_free_trade_zone_in_a_list_stays():
    assert only_task("(一)扩大对外开放。优化营商环境。(责任单位:市商务局、东江自由贸易试验区)") == sorted(
        [("市商务局", "responsible"), ("东江自由贸易试验区", "responsible")]
    )


def test_guard_a_duties_heading_of_member_units_names_none():
    # 成员单位职责: a generic collective with no level: its items are the named units' own
    text = "一、职责分工\n(一)成员单位职责:\n1.市发改委:负责项目审批。\n2.市财政局:负责资金保障。\n3.市审计局:负责审计监督。\n"
    assert units_by_title(text) == {
        "市发改委:负责项目审批": [("市发改委", "responsible")],
        "市财政局:负责资金保障": [("市财政局", "responsible")],
        "市审计局:负责审计监督": [("市审计局", "responsible")],
    }
