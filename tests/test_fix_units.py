"""Unit lists in shapes a probe found misread (helper G2), on hand-written fragments.

The places and bodies are invented (东江市, 南湖区 …). Each expected value is worked out by hand
per the annotation guide's "Units and roles" and corpus/README.md "Calls the guide should
settle"; a name that stands in the text carries a span that points at it, and only a repaired
name (an elided level restored) has none. Each case comes with a guard: the nearest shape
whose reading must not change.
"""

from __future__ import annotations

import pytest

from policyparse import parse

from fragments import PART, only_task


CASES = [
    # 1. a list after 由 / 请 splits on 、 although its first piece carries the 由
    ("(一)加强隐患排查。开展拉网式排查。(由县应急局、各乡镇人民政府负责)",
     [("各乡镇人民政府", "responsible"), ("县应急局", "responsible")]),
    ("(一)加强妇女儿童关爱。开展结对帮扶。由县妇联、团县委负责。",
     [("团县委", "responsible"), ("县妇联", "responsible")]),
    ("(一)加强消防宣传。开展消防进社区活动。请县科协、团县委负责。",
     [("县科协", "responsible"), ("团县委", "responsible")]),
    # guard: a piece with no ending of its own still shares the next one's (kept as written)
    ("(一)加强电网建设。完善配网。(由东江检修、建设公司负责)",
     [("东江检修、建设公司", "responsible")]),
    # 2. a body that names its own place (X市…, X区…) or a vertical body takes no elided level
    ("(一)扩大对外贸易。优化通关流程。(责任单位:市商务局、东江海关、东江市税务局)",
     [("东江市税务局", "responsible"), ("东江海关", "responsible"), ("市商务局", "responsible")]),
    ("(一)加强金融服务。扩大普惠贷款。(责任单位:市金融办、人民银行东江市中心支行、东江银保监分局)",
     [("人民银行东江市中心支行", "responsible"), ("东江银保监分局", "responsible"), ("市金融办", "responsible")]),
    ("(一)推进城区更新。改造老旧小区。(牵头单位:区住建局、南湖区城管局)",
     [("南湖区城管局", "lead"), ("区住建局", "lead")]),
    # guard: the level is still restored before a body with no place of its own
    ("(一)加强项目保障。落实配套资金。(责任单位:市发改委、财政局、教育局)",
     [("市发改委", "responsible"), ("市教育局", "responsible"), ("市财政局", "responsible")]),
    ("(一)加强口岸建设。完善查验设施。(责任单位:市商务局、海关、城市管理局)",
     [("市城市管理局", "responsible"), ("市商务局", "responsible"), ("市海关", "responsible")]),
    # 3. 和 inside a name never splits: 党委和政府 of one level is one unit
    ("(一)加强组织领导。压实属地责任。(责任单位:各县(市、区)党委和政府)",
     [("各县(市、区)党委和政府", "responsible")]),
    # guard: 和 between two names of their own still splits
    ("(一)加强组织领导。压实属地责任。(责任单位:县委和县政府)",
     [("县委", "responsible"), ("县政府", "responsible")]),
    # 4. a level piece joins the next only where that one has no level / 各 / 直 of its own
    ("(一)加强统筹推进。建立工作台账。(责任单位:各县区、市直各部门)",
     [("各县区", "responsible"), ("市直各部门", "responsible")]),
    ("(一)加强统筹推进。建立工作台账。(责任单位:各乡镇、各有关部门)",
     [("各乡镇", "responsible"), ("各有关部门", "responsible")]),
    # guard: a bare level word still shares the next unit's ending
    ("(一)加强统筹推进。建立工作台账。(责任单位:各区、县(市)政府)",
     [("各区、县(市)政府", "responsible")]),
]

IDS = ['1-bracket-you', '1-prose-you', '1-qing', '1-guard-shared-ending', '2-place-and-city', '2-vertical-bodies', '2-district', '2-guard-restored', '2-guard-no-place', '3-he-inside-name', '3-guard-he-split', '4-level-then-zhi', '4-level-then-ge', '4-guard-shared-level']


@pytest.mark.parametrize("text,expected", CASES, ids=IDS)
def test_list_shapes(text, expected):
    assert only_task(text) == sorted(expected)


def duty_blocks(text: str) -> dict[str, list[tuple[str, str]]]:
    doc = parse(text)
    for task in doc.tasks:
        for u in task.units:
            assert u.span is not None and doc.text[u.span[0] : u.span[1]] == u.name
    return {t.title: sorted((u.name, u.role) for u in t.units) for t in doc.tasks}


def test_heading_level_then_own_each_is_two_units():
    """4. A unit heading 各县区、市直各部门: names two units, as a list does."""
    got = duty_blocks("一、职责分工\n(一)各县区、市直各部门:负责本辖区隐患排查。\n(二)市应急局:负责统筹协调。")
    assert got["各县区、市直各部门:负责本辖区隐患排查"] == sorted([("各县区", "responsible"), ("市直各部门", "responsible")])


def test_heading_shared_level_stays_one_unit():
    """Guard: 各区、县(市)政府: is one name whose level words share its ending."""
    got = duty_blocks("一、职责分工\n(一)各区、县(市)政府:负责本辖区隐患排查。\n(二)市应急局:负责统筹协调。")
    assert got["各区、县(市)政府:负责本辖区隐患排查"] == [("各区、县(市)政府", "responsible")]


PROSE = [
    # 5. a system's name before the place opens the name: the whole name leads
    ("(一)加强干部培训。开展专题轮训。中共东江市委组织部牵头。", [("中共东江市委组织部", "lead")]),
    ("(一)加强金融支持。扩大小微企业信贷投放。人民银行东江市中心支行牵头,东江银保监分局配合。",
     [("人民银行东江市中心支行", "lead"), ("东江银保监分局", "cooperating")]),
    ("(一)加强税收服务。落实减税降费政策。国家税务总局南湖区税务局牵头。", [("国家税务总局南湖区税务局", "lead")]),
    # guard: a run-in caption before a level-prefixed unit is still cut off
    ("(一)做好应急保障。(5)治安维护组市公安局牵头,市交通运输局等参与。",
     [("市交通运输局", "cooperating"), ("市公安局", "lead")]),
]
PROSE_IDS = ["5-party-committee", "5-central-bank-branch", "5-tax-bureau", "5-guard-run-in-caption"]


@pytest.mark.parametrize("text,expected", PROSE, ids=PROSE_IDS)
def test_prose_system_name_before_place(text, expected):
    assert only_task(text) == sorted(expected)


# --- first-is-lead notes: their wordings, and bare lists under them --------------------------------

_NOTE_HEAD = "东江省人民政府办公厅关于印发有关工作分工方案的通知\n各市人民政府,省政府各部门:\n一、主要任务\n"
_NOTE_TAIL = "东江省人民政府办公厅\n2023年3月1日\n"


def _units_by_task(body: str) -> list[list[tuple[str, str]]]:
    doc = parse(_NOTE_HEAD + body + _NOTE_TAIL)
    for task in doc.tasks:
        for u in task.units:
            assert doc.text[u.span[0] : u.span[1]] == u.name
    return [[(u.name, u.role) for u in task.units] for task in doc.tasks]


@pytest.mark.parametrize("note", ["(列第一位者为牵头单位,下同)", "(排在首位的为牵头单位,下同)", "(列在首位的为牵头单位,下同)",
                                  "(第一责任单位为牵头单位,下同)"])
def test_first_is_lead_notes_in_their_wordings(note):
    body = f"(一)推进数字政府建设。加快推进。{note}(省发展改革委、省财政厅负责)\n(二)强化资金保障。落实资金。(省财政厅、省审计厅负责)\n"
    assert _units_by_task(body) == [[("省发展改革委", "lead"), ("省财政厅", "responsible")],
                                    [("省财政厅", "lead"), ("省审计厅", "responsible")]]


def test_a_bare_bracket_of_units_under_the_note_gives_the_items_units():
    body = ("(一)推进数字政府建设。加快推进。(列第一位者为牵头单位,下同)(省发展改革委、省财政厅负责)\n"
            "(二)加强人才培养。支持职业院校(含技工院校)开展培训。(省教育厅、省人力资源社会保障厅)\n")
    assert _units_by_task(body)[1] == [("省教育厅", "lead"), ("省人力资源社会保障厅", "responsible")]


def test_a_bare_bracket_without_the_note_names_nobody():
    body = "(一)推进数字政府建设。加快推进。(省发展改革委、省财政厅负责)\n(二)加强人才培养。做好培训(2023年)。(省教育厅、省人力资源社会保障厅)\n"
    assert _units_by_task(body)[1] == []


# --- a role label joined by 作为 / 是, or with 本项工作 between -----------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("市发改委作为牵头单位,市财政局作为配合单位。", [("市发改委", "lead"), ("市财政局", "cooperating")]),
        ("牵头单位是市水利局,配合单位是市财政局。", [("市水利局", "lead"), ("市财政局", "cooperating")]),
        ("市发改委为本项工作牵头单位。", [("市发改委", "lead")]),
        # guards: 作为 before no label, and a label that is not joined to a list
        ("该项目作为全市重点项目推进。", []),
        ("这是牵头单位的职责。", []),
    ],
)
def test_label_clauses_joined_by_zuowei_or_shi(sentence, expected):
    doc = parse(PART + "(一)推进工作。做好相关工作。" + sentence + "\n(二)加强保障。做好相关工作。\n")
    units = doc.tasks[0].units
    for u in units:
        assert doc.text[u.span[0] : u.span[1]] == u.name
    assert [(u.name, u.role) for u in units] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the work named as the topic before 由 is no part of the list: a name without a level still leads
        ("此项工作由市场监管局牵头,市商务局配合。", [("市场监管局", "lead"), ("市商务局", "cooperating")]),
        ("该项任务由县教育局负责。", [("县教育局", "responsible")]),
    ],
)
def test_a_topic_before_you_is_no_part_of_the_list(sentence, expected):
    doc = parse(PART + "(一)推进工作。做好相关工作。" + sentence + "\n(二)加强保障。做好相关工作。\n")
    assert [(u.name, u.role) for u in doc.tasks[0].units] == expected


@pytest.mark.parametrize(
    "bracket, expected",
    [
        # a zone named by its kind alone is the level's own: the elided level is restored
        ("(责任单位:市商务局、高新区管委会)", ["市商务局", "市高新区管委会"]),
        ("(责任单位:市商务局、工业园区管委会)", ["市商务局", "市工业园区管委会"]),
        # a zone with a place name of its own takes none
        ("(责任单位:市商务局、东江高新区管委会)", ["市商务局", "东江高新区管委会"]),
    ],
)
def test_zones_named_by_their_kind_take_the_elided_level(bracket, expected):
    doc = parse(PART + "(一)推进工作。做好相关工作。" + bracket + "\n(二)加强保障。做好相关工作。\n")
    assert [u.name for u in doc.tasks[0].units] == expected
