"""Units and roles, fourth probe: the shapes the third probe left open, and event notices.

Hand-written fragments (invented places and bodies: 东江市, 南湖县 …; none from a corpus
notice), each expected value worked out by reading per the annotation guide's "Units and
roles" and corpus/README.md's calls. Each group below failed before its fix; the guards next
to it are the nearest shapes that must not change.
"""

from __future__ import annotations

import pytest

from policyparse import parse

from fragments import PART, only_task, units_by_title

R, L, C = "responsible", "lead", "cooperating"

# -- 1. a short name declared in brackets: (以下简称市发改委,下同) -------------------------------


def test_a_short_name_aside_between_the_subject_and_its_duty_verb():
    text = "(一)推进价格改革。东江市发展和改革委员会(以下简称市发改委,下同)负责统筹推进价格改革。\n"
    assert only_task(text) == [("东江市发展和改革委员会", R)]


def test_the_declared_short_name_names_the_same_body_later():
    doc = parse(PART + "(一)推进价格改革。东江市发展和改革委员会(以下简称市发改委,下同)负责统筹推进。\n"
                "(二)加强价格监测。市发改委负责价格监测。\n")
    [full], [short] = (t.units for t in doc.tasks)
    assert (short.name, short.canonical) == ("市发改委", full.canonical)
    assert full.name == "东江市发展和改革委员会"


@pytest.mark.parametrize("text,expected", [
    ("(一)推进工作。加快建设。(省发展改革委(以下简称省发改委)牵头)\n", [("省发展改革委", L)]),
    ("(一)推进工作。由东江市发展和改革委员会(简称“市发改委”)牵头,市财政局配合。\n",
     [("东江市发展和改革委员会", L), ("市财政局", C)]),
])
def test_a_short_name_aside_is_no_part_of_the_name(text, expected):
    assert only_task(text) == sorted(expected)


def test_guard_without_a_declaration_the_short_name_keeps_its_own_canonical():
    doc = parse(PART + "(一)推进价格改革。东江市发展和改革委员会负责统筹推进。\n(二)加强价格监测。市发改委负责价格监测。\n")
    [full], [short] = (t.units for t in doc.tasks)
    assert short.canonical == "市发展和改革委员会" and full.canonical == "东江市发展和改革委员会"


def test_guard_a_bracket_that_is_no_short_name_still_blocks_the_duty_reading():
    # an aside of another kind between a body and 负责 is not read through
    assert only_task("(一)推进工作。东江市商务局(市口岸办)负责统筹。\n") == [("东江市商务局(市口岸办)", R)]


# -- 2. event notices: 主办 responsible, 承办 responsible, 协办 cooperating ------------------------
# The guide lists 协办单位 as cooperating; 主办单位/承办单位 were already read as responsible (the
# body that holds or runs the event is the one answerable for it). The bare verbs used as labels
# in a bracket read the same as (牵头:A;配合:B).


@pytest.mark.parametrize("text,expected", [
    ("(一)举办招商活动。组织专题推介会。(主办:东江市人民政府;协办:市商务局、市投资促进局)\n",
     [("东江市人民政府", R), ("市商务局", C), ("市投资促进局", C)]),
    ("(一)举办招商活动。组织专题推介会。(承办:市商务局)\n", [("市商务局", R)]),
    ("(一)举办招商活动。组织专题推介会。(市商务局承办,市文化广电旅游局协办)\n",
     [("市商务局", R), ("市文化广电旅游局", C)]),
])
def test_event_roles_in_a_bracket(text, expected):
    assert only_task(text) == sorted(expected)


def test_guard_event_labels_on_lines_keep_their_roles():
    text = "(一)举办招商活动。组织专题推介会。\n主办单位:东江市人民政府\n协办单位:市商务局、市投资促进局\n"
    assert only_task(text) == sorted([("东江市人民政府", R), ("市商务局", C), ("市投资促进局", C)])


def test_guard_承办_in_running_text_names_no_unit():
    # "…适时召开,X承办" says who services a meeting, not who does a task (kept conservative)
    assert only_task("(一)召开联席会议。会议每季度召开一次,市商务局承办。\n") == []


# -- 3. a contact person in brackets after a unit ---------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("(一)推进数据共享。建设数据平台。(责任单位:市数据中心(张某某))\n", [("市数据中心", R)]),
    ("(一)推进数据共享。建设数据平台。(牵头单位:市数据局(李某某);配合单位:市财政局(王某))\n",
     [("市数据局", L), ("市财政局", C)]),
    ("(一)推进数据共享。建设数据平台。\n责任单位:市政务服务中心(陈某某、刘某)\n", [("市政务服务中心", R)]),
    ("(一)推进数据共享。建设数据平台。(责任单位:市教育局(张某某副局长))\n", [("市教育局", R)]),
])
def test_a_bare_person_in_brackets_is_dropped_from_the_name(text, expected):
    assert only_task(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    ("(一)推进工作。建设平台。(责任单位:市委组织部(人才办))\n", [("市委组织部(人才办)", R)]),
    ("(一)推进工作。建设平台。(责任单位:市林业局(林长办))\n", [("市林业局(林长办)", R)]),
    ("(一)推进工作。建设平台。(责任单位:各县(市、区)政府)\n", [("各县(市、区)政府", R)]),
])
def test_guard_bracketed_parts_of_a_name_stay(text, expected):
    assert only_task(text) == sorted(expected)


# -- 4. a label broken by a hard wrap outside a bracket -----------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("(一)推进数据共享。建设数据平台。\n牵头单\n位:市发展改革委\n配合单位:市财政局\n", [("市发展改革委", L), ("市财政局", C)]),
    ("(一)推进数据共享。建设数据平台。\n牵头单位:市发展改革委;配合单\n位:市财政局\n", [("市发展改革委", L), ("市财政局", C)]),
    ("(一)推进数据共享。建设数据平台。\n牵头\n单位:市发展改革委\n", [("市发展改革委", L)]),
    ("(一)推进数据共享。建设数据平台。\n责任单位\n:市发展改革委\n", [("市发展改革委", R)]),
])
def test_a_label_broken_by_a_hard_wrap(text, expected):
    assert only_task(text) == sorted(expected)


def test_a_wrapped_label_is_reported_as_written_without_the_wrap():
    doc = parse(PART + "(一)推进数据共享。建设数据平台。\n牵头单\n位:市发展改革委\n")
    assert [u.label for u in doc.tasks[0].units] == ["牵头单位"]


def test_guard_a_line_ending_in_a_role_word_is_no_label():
    text = "(一)推进数据共享。建设数据平台,做好与相关单\n位的衔接。由市发展改革委牵头。\n"
    assert only_task(text) == [("市发展改革委", L)]


# -- 5. 党委、政府 after a level is one unit, as 党委和政府 (corpus call 20) ------------------------


@pytest.mark.parametrize("text,expected", [
    ("(一)加强基层治理。完善网格。(责任单位:各镇(街道)党(工)委、政府(办事处))\n", [("各镇(街道)党(工)委、政府(办事处)", R)]),
    ("(一)加强基层治理。完善网格。(各乡镇党委、政府负责)\n", [("各乡镇党委、政府", R)]),
    ("(一)加强基层治理。完善网格。(责任单位:各县(市、区)党委、政府,市委政法委)\n",
     [("各县(市、区)党委、政府", R), ("市委政法委", R)]),
])
def test_a_government_after_its_party_committee_is_one_unit(text, expected):
    assert only_task(text) == sorted(expected)


def test_a_committee_and_its_government_as_the_subject_of_负责():
    assert only_task("(一)加强基层治理。各乡镇党委、政府负责组织实施。\n") == [("各乡镇党委、政府", R)]


@pytest.mark.parametrize("text,expected", [
    ("(一)加强基层治理。完善网格。(责任单位:市委、市政府)\n", [("市委", R), ("市政府", R)]),
    ("(一)加强基层治理。完善网格。(责任单位:区委政法委、区人民政府)\n", [("区委政法委", R), ("区人民政府", R)]),
    ("(一)加强基层治理。完善网格。(责任单位:各县(市、区)党委和政府)\n", [("各县(市、区)党委和政府", R)]),
])
def test_guard_committees_and_governments_named_whole_stay_apart(text, expected):
    assert only_task(text) == sorted(expected)


# -- 6. role words the guide does not name --------------------------------------------------
# 各负其责 is 负责 with the manner word 各 (responsible, as 按职责分工负责); 指导, 支持 and
# 督促…落实 name who guides, funds or oversees, not who does the work: no role.


@pytest.mark.parametrize("text,expected", [
    ("(一)推进工作。市发展改革委、市财政局各负其责,抓好落实。\n", [("市发展改革委", R), ("市财政局", R)]),
    ("(一)推进工作。加快建设。(各县(市、区)政府各负其责)\n", [("各县(市、区)政府", R)]),
])
def test_各负其责_gives_responsible(text, expected):
    assert only_task(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    ("(一)推进工作。市市场监管局、市商务局等部门按照职责分工抓好落实。\n", [("市市场监管局", R), ("市商务局", R)]),
    ("(一)推进工作。加快建设,各有关部门按职责分工落实。\n", [("各有关部门", R)]),
])
def test_落实_after_a_manner_of_duty_reads_as_负责(text, expected):
    assert only_task(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    "(一)推进工作。要按照职责分工抓好落实。\n",
    "(一)推进工作。市商务局要认真贯彻落实。\n",
    "(一)推进工作。市市场监管局、市商务局按职责分工落实监管责任。\n",
])
def test_guard_落实_without_a_subject_or_with_an_object_names_nobody(text):
    # kept conservative: a 落实 with its own object may describe the work, not assign it
    assert only_task(text) == []


@pytest.mark.parametrize("text", [
    "(一)推进工作。市政府督查室督促各地抓好落实。\n",
    "(一)推进工作。市财政局给予资金支持。\n",
    "(一)推进工作。市发展改革委加强指导。\n",
    "(一)推进工作。各县(市、区)党委、政府要切实担负主体责任。\n",
])
def test_guard_guiding_funding_and_overseeing_give_no_role(text):
    assert only_task(text) == []


@pytest.mark.parametrize("text,expected", [
    ("(一)推进工作。加快建设。(市政府督查室督促落实)\n", []),
    ("(一)推进工作。加快建设。(市发展改革委牵头,市政府督查室督促落实)\n", [("市发展改革委", L)]),
])
def test_a_body_that_oversees_the_work_in_a_bracket_is_no_unit(text, expected):
    # before: 落实 closed the list and "市政府督查室督促" came out as a responsible unit
    assert only_task(text) == sorted(expected)


def test_guard_a_body_that_carries_the_work_out_in_a_bracket():
    assert only_task("(一)推进工作。加快建设。(市发展改革委牵头,各县(市、区)政府抓好落实)\n") == sorted(
        [("市发展改革委", L), ("各县(市、区)政府", R)])


# -- 7. generic bodies after 会同 ----------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("(一)推进工作。市商务局会同有关部门和单位负责。\n", [("市商务局", R), ("有关部门和单位", R)]),
    ("(一)推进工作。由市商务局会同有关部门和单位负责。\n", [("市商务局", R), ("有关部门和单位", R)]),
])
def test_有关部门和单位_after_会同_is_one_generic_unit(text, expected):
    assert only_task(text) == sorted(expected)


def test_guard_会同有关部门_unchanged():
    assert only_task("(一)推进工作。市商务局会同有关部门负责。\n") == sorted([("市商务局", R), ("有关部门", R)])


# -- guards from the wider probe: shapes that already read right --------------------------------


@pytest.mark.parametrize("text,expected", [
    ("(一)推进工作。加快建设。(国家发展改革委、工业和信息化部牵头,财政部、商务部等按职责分工负责)\n",
     [("国家发展改革委", L), ("工业和信息化部", L), ("财政部", R), ("商务部", R)]),
    ("(一)推进工作。加快建设。(牵头部门:工业和信息化部;参与部门:国家发展改革委、科技部)\n",
     [("工业和信息化部", L), ("国家发展改革委", C), ("科技部", C)]),
    ("(一)推进工作。由市商务局牵头,市发展改革委、市财政局等部门配合。\n",
     [("市商务局", L), ("市发展改革委", C), ("市财政局", C)]),
    ("(一)推进工作。加快建设。(市商务局牵头,有关部门和单位配合)\n", [("市商务局", L), ("有关部门和单位", C)]),
])
def test_guard_national_and_generic_units(text, expected):
    assert only_task(text) == sorted(expected)


def test_guard_national_short_names_share_the_full_names_canonical():
    doc = parse(PART + "(一)推进工作。加快建设。(国家发展改革委、工业和信息化部负责)\n"
                "(二)优化服务。加快办理。(国家发改委、工信部负责)\n")
    full, short = ([u.canonical for u in t.units] for t in doc.tasks)
    assert full == short == ["国家发展和改革委员会", "工业和信息化部"]


def test_guard_a_leading_groups_members_are_no_task_units():
    text = PART + ("(一)推进工作。加快建设。\n二、保障措施\n(一)加强组织领导。成立工作领导小组,成员由市发展改革委、"
                   "市工信局、市财政局主要负责同志组成。领导小组办公室设在市工信局,负责日常工作。\n")
    assert units_by_title(text) == {"推进工作": [], "加强组织领导": []}


# -- 8. headings: a short-name aside in a unit heading; a unit bracket in a parent's heading ------


def test_a_unit_heading_with_a_short_name_aside_names_the_body():
    text = "一、职责分工\n(一)东江市发展和改革委员会(以下简称市发改委):负责统筹协调。\n(二)市财政局:负责资金保障。\n"
    assert sorted(units_by_title(text).values()) == [[("东江市发展和改革委员会", R)], [("市财政局", R)]]


def test_a_unit_bracket_in_a_parent_heading_goes_on_the_part():
    # as a labelled block between a part's heading and its first item does (docs/units.md)
    doc = parse("一、重点任务\n(一)推进数据共享【牵头单位:市发展改革委;责任单位:各县(市、区)人民政府】\n"
                "1.建设数据平台。\n2.完善共享目录。\n")
    part = next(s for s in doc.sections if s.number == "(一)")
    assert [(u.name, u.role) for u in part.units] == [("市发展改革委", L), ("各县(市、区)人民政府", R)]
    assert all(doc.text[u.span[0] : u.span[1]] == u.name for u in part.units)


def test_guard_a_unit_heading_over_items_stays_on_its_items():
    doc = parse("一、重点任务\n(一)市财政局\n1.统筹资金保障。\n2.加强预算管理。\n")
    assert [s.units for s in doc.sections] == [[], [], [], []]
    assert [[(u.name, u.role) for u in t.units] for t in doc.tasks] == [[("市财政局", R)], [("市财政局", R)]]


# -- 9. central bodies' official short names share the full name's canonical ----------------------


@pytest.mark.parametrize("short,full", [
    ("市场监管总局", "国家市场监督管理总局"),
    ("税务总局", "国家税务总局"),
    ("科技部", "科学技术部"),
    ("国资委", "国务院国资委"),
    ("证监会", "中国证券监督管理委员会"),
    ("银保监会", "中国银保监会"),
])
def test_a_central_bodys_short_name_shares_its_canonical(short, full):
    doc = parse(PART + f"(一)推进工作。加快建设。({short}负责)\n(二)优化服务。加快办理。({full}负责)\n")
    [a], [b] = (t.units for t in doc.tasks)
    assert (a.name, b.name) == (short, full) and a.canonical == b.canonical


@pytest.mark.parametrize("name,canonical", [("市科技局", "市科技局"), ("省国资委", "省国有资产监督管理委员会"),
                                            ("市市场监管局", "市市场监督管理局")])
def test_guard_a_local_body_with_its_level_keeps_its_own_canonical(name, canonical):
    doc = parse(PART + f"(一)推进工作。加快建设。({name}负责)\n")
    assert [u.canonical for u in doc.tasks[0].units] == [canonical]


def test_review_a_two_character_bracket_word_is_no_person_and_a_city_guoziwei_stays_the_citys():
    doc = parse("东江市人民政府关于推进有关工作的通知\n各区人民政府:\n一、主要任务\n"
                "(一)推进工作。加强管护。(责任单位:市自然资源局(林业)、市体育局(田径)、市数据中心(张某某)、国资委)\n"
                "(二)加强保障。做好相关工作。\n东江市人民政府\n2023年3月1日\n")
    units = {u.name: u.canonical for u in doc.tasks[0].units}
    assert list(units) == ["市自然资源局(林业)", "市体育局(田径)", "市数据中心", "市国资委"]  # the list's level restored
    assert "国务院" not in units["市国资委"]  # a city's 国资委 is its own body


@pytest.mark.parametrize("sentence, expected", [
    ("由市发展改革委牵头,市住房城乡建设局配合。", [("市发展改革委", "lead"), ("市住房城乡建设局", "cooperating")]),
    ("市城乡建设局牵头,市财政局配合。", [("市城乡建设局", "lead"), ("市财政局", "cooperating")]),
    ("综合协调组省交通运输厅牵头,省公安厅配合。", [("省交通运输厅", "lead"), ("省公安厅", "cooperating")]),  # guard
])
def test_a_name_with_城乡_is_not_cut_at_its_乡(sentence, expected):
    doc = parse("东江市人民政府关于推进有关工作的通知\n各区人民政府:\n一、主要任务\n(一)推进工作。加强管理。" + sentence +
                "\n(二)加强保障。做好相关工作。\n东江市人民政府\n2023年3月1日\n")
    assert [(u.name, u.role) for u in doc.tasks[0].units] == expected


def test_a_place_modifier_before_a_collective_is_no_part_of_its_name():
    # corpus call 17: 沿线各县(市、区)人民政府 is written without 沿线; its span starts at 各
    doc = parse("东江市人民政府关于推进有关工作的通知\n各区人民政府:\n一、主要任务\n"
                "(一)推进工作。加强管理。(责任单位:市交通运输局、沿线各县(市、区)人民政府)\n"
                "(二)加强保障。沿线各乡镇人民政府负责清理。\n东江市人民政府\n2023年3月1日\n")
    names = [[u.name for u in task.units] for task in doc.tasks]
    assert names == [["市交通运输局", "各县(市、区)人民政府"], ["各乡镇人民政府"]]
    assert all(doc.text[u.span[0] : u.span[1]] == u.name for task in doc.tasks for u in task.units)
