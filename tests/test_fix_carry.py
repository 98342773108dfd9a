"""Carried units and duty lines inside a part (helper G6), on hand-written fragments.

The places and bodies are invented (东江市, 南湖区 …). Expected values are worked out by hand per the
annotation guide ("Units and roles": a note that a list holds for the items after it carries its
units, in their role, into every later task it covers; a carried unit has no span) and
corpus/README.md call 5 (unnumbered duty lines are tasks with no number, the unit responsible,
layout heading). Each fix comes with a guard: the nearest shape whose reading must not change.
"""

from __future__ import annotations

from policyparse import parse


def units_of(doc) -> dict[str, list[tuple[str, str, bool]]]:
    """Task title -> sorted (name, role, has a span) of its units; spans checked against the text."""
    out = {}
    for task in doc.tasks:
        assert doc.text[task.span[0] : task.span[1]] == task.text
        for u in task.units:
            if u.span is not None:
                assert doc.text[u.span[0] : u.span[1]] == u.name, (task.title, u.name)
        out[task.title] = sorted((u.name, u.role, u.span is not None) for u in task.units)
    return out


# --- 1. a carry note inside a numbered item carries into the later items of its part -----------------

CARRY_IN_ITEM = (
    "一、主要任务\n"
    "(一)加强就业服务。开展招聘活动。(责任单位:东江市人社局、东江市医保局;以下各项任务均由各县(市、区)人民政府负责落实,不再列出)\n"
    "(二)完善医疗保障。扩大参保范围。(责任单位:东江市医保局)\n"
    "(三)优化创业环境。\n"
    "1.降低创业门槛。(责任单位:东江市市场监管局)\n"
    "2.加大担保贷款。\n"
    "二、保障措施\n"
    "(一)加强组织领导。(责任单位:东江市政府办)\n"
)
COUNTIES = ("各县(市、区)人民政府", "responsible", False)  # carried: no span


def test_a_note_inside_an_item_carries_into_the_later_items_of_its_part():
    units = units_of(parse(CARRY_IN_ITEM))
    assert units["加强就业服务"] == sorted(
        [("东江市人社局", "responsible", True), ("东江市医保局", "responsible", True), COUNTIES]
    )
    assert units["完善医疗保障"] == sorted([("东江市医保局", "responsible", True), COUNTIES])
    # the later items' children are covered too
    assert units["降低创业门槛"] == sorted([("东江市市场监管局", "responsible", True), COUNTIES])
    assert units["加大担保贷款"] == [COUNTIES]


def test_guard_a_note_inside_an_item_stops_at_the_end_of_its_part():
    assert units_of(parse(CARRY_IN_ITEM))["加强组织领导"] == [("东江市政府办", "responsible", True)]


def test_a_note_with_下同_inside_an_item_carries_into_later_items():
    text = (
        "一、重点任务\n"
        "(一)推进南湖区老旧小区改造。(由南湖区住建局负责落实,下同,不再列出)\n"
        "(二)完善社区服务设施。\n"
    )
    units = units_of(parse(text))
    assert units["完善社区服务设施"] == [("南湖区住建局", "responsible", False)]


def test_guard_a_note_without_以下_carries_nothing_beyond_its_item():
    text = (
        "一、主要任务\n"
        "(一)加强就业服务。开展招聘活动。(责任单位:东江市人社局;均由各县(市、区)人民政府负责落实,不再列出)\n"
        "(二)完善医疗保障。扩大参保范围。(责任单位:东江市医保局)\n"
    )
    units = units_of(parse(text))
    assert COUNTIES in units["加强就业服务"]
    assert units["完善医疗保障"] == [("东江市医保局", "responsible", True)]


def test_guard_a_note_in_a_parts_lead_in_still_covers_its_part_only():
    text = (
        "一、主要任务\n"
        "以下各项任务均由各县(市、区)人民政府负责落实,不再列出。\n"
        "(一)加强就业服务。\n"
        "(二)完善医疗保障。\n"
        "二、保障措施\n"
        "(一)加强组织领导。(责任单位:东江市政府办)\n"
    )
    units = units_of(parse(text))
    assert units["加强就业服务"] == [COUNTIES]
    assert units["完善医疗保障"] == [COUNTIES]
    assert units["加强组织领导"] == [("东江市政府办", "responsible", True)]


# --- 2. unnumbered duty lines inside a numbered part are tasks -------------------------------------------

DUTY_PART = (
    "一、总体要求\n"
    "坚持问题导向,统筹推进。\n"
    "二、主要任务\n"
    "(一)加强政策宣传。(责任单位:南湖县委宣传部)\n"
    "三、职责分工\n"
    "{lines}"
)
COLON_LINES = "县委宣传部:负责政策宣传解读工作。\n县发展改革局:负责项目审批和统筹协调。\n县财政局:负责资金保障。\n"


def _unnumbered(doc):
    return [t for t in doc.tasks if t.number is None]


def test_duty_lines_with_colons_inside_a_part_are_tasks():
    doc = parse(DUTY_PART.format(lines=COLON_LINES))
    lines = _unnumbered(doc)
    assert [t.title for t in lines] == ["县委宣传部:负责政策宣传解读工作", "县发展改革局:负责项目审批和统筹协调", "县财政局:负责资金保障"]
    assert all(t.section is None for t in lines)
    assert [t.text for t in lines] == [line for line in COLON_LINES.split("\n") if line]
    for task, unit in zip(lines, ["县委宣传部", "县发展改革局", "县财政局"]):
        assert [(u.name, u.role, u.source) for u in task.units] == [(unit, "responsible", "heading")]
        assert doc.text[task.units[0].span[0] : task.units[0].span[1]] == unit
    # the part itself is no task: its lines are; the numbered item before it stays
    assert [t.number for t in doc.tasks] == ["(一)", None, None, None]


def test_duty_lines_with_负责_inside_a_part_are_tasks():
    lines = "东江市财政局负责资金保障。\n东江市教育局负责学校建设。\n东江市卫生健康委负责医疗服务。\n东江市民政局负责养老服务。\n"
    doc = parse(DUTY_PART.format(lines=lines))
    got = [(t.title, [(u.name, u.role) for u in t.units]) for t in _unnumbered(doc)]
    assert got == [
        ("东江市财政局负责资金保障", [("东江市财政局", "responsible")]),
        ("东江市教育局负责学校建设", [("东江市教育局", "responsible")]),
        ("东江市卫生健康委负责医疗服务", [("东江市卫生健康委", "responsible")]),
        ("东江市民政局负责养老服务", [("东江市民政局", "responsible")]),
    ]


def test_guard_a_part_of_one_prose_paragraph_with_a_colon_gives_no_duty_tasks():
    text = DUTY_PART.format(lines="县财政局:负责资金保障,县委宣传部负责宣传解读,县发展改革局负责统筹协调。\n")
    doc = parse(text)
    assert _unnumbered(doc) == []
    assert [t.number for t in doc.tasks] == ["(一)", "三"]  # the part stays one task, as before


def test_guard_two_duty_lines_are_no_block():
    text = DUTY_PART.format(lines="县委宣传部:负责政策宣传解读工作。\n县财政局:负责资金保障。\n")
    doc = parse(text)
    assert _unnumbered(doc) == []
    assert [t.number for t in doc.tasks] == ["(一)", "三"]


def test_guard_lines_of_a_part_with_numbered_children_stay_in_the_part():
    text = DUTY_PART.format(lines=COLON_LINES + "(一)建立协调机制。\n(二)强化督查考核。\n")
    doc = parse(text)
    assert _unnumbered(doc) == []
    assert [t.title for t in doc.tasks if t.number is not None][-2:] == ["建立协调机制", "强化督查考核"]


def test_guard_lines_that_are_not_units_give_no_tasks():
    lines = "工作目标:到2025年完成改造。\n工作要求:负责同志亲自抓。\n工作方式:统筹推进。\n"
    doc = parse(DUTY_PART.format(lines=lines))
    assert _unnumbered(doc) == []


def test_guard_an_item_whose_first_sentence_ends_its_line_stays_one_task():
    # (一)加强组织领导。 is an item's sentence, not a part's caption: the item with its body is the task
    text = "一、主要任务\n(一)加强组织领导。\n" + COLON_LINES + "(二)强化督查考核。\n"
    doc = parse(text)
    assert _unnumbered(doc) == []
    assert [t.title for t in doc.tasks] == ["加强组织领导", "强化督查考核"]


def test_duty_lines_below_a_caption_ending_in_a_colon_are_tasks():
    doc = parse("一、主要任务\n(一)加强政策宣传。\n二、职责分工:\n" + COLON_LINES)
    assert [t.title for t in _unnumbered(doc)] == [line.rstrip("。") for line in COLON_LINES.split("\n") if line]


def test_a_note_covers_the_items_of_its_list_across_parts_that_continue_its_numbering():
    # A national-style 意见 numbers its items (一)…(四) on through its parts: one list, and the note
    # in its first item covers every later item (the guard above: a list that restarts is another).
    text = (
        "一、健全服务网络\n"
        "(一)完善县级服务。建设中心。(民政部负责。以下各项任务均需地方各级人民政府落实,不再列出)\n"
        "(二)发展互助服务。(民政部牵头,全国妇联配合)\n"
        "二、提升服务质量\n"
        "(三)加强医养结合。(国家卫生健康委负责)\n"
        "(四)培养服务队伍。\n"
    )
    local = ("地方各级人民政府", "responsible", False)
    units = units_of(parse(text))
    assert local in units["完善县级服务"] and local in units["发展互助服务"]
    assert units["加强医养结合"] == sorted([("国家卫生健康委", "responsible", True), local])
    assert units["培养服务队伍"] == [local]


def test_a_duty_clause_closed_by_xiatong_carries_its_units_into_the_later_items():
    # (…按职责分工负责。地方各级人民政府负责落实,下同): no 不再列出 and no role label, but 下同
    import policyparse

    doc = policyparse.parse(
        "国务院办公厅关于推进户外运动发展的意见\n各省、自治区、直辖市人民政府:\n一、重点任务\n"
        "(一)完善设施。建设步道。(国家发展改革委、体育总局按职责分工负责。地方各级人民政府负责落实,下同)\n"
        "(二)丰富赛事。举办赛事。(体育总局负责)\n国务院办公厅\n2025年3月1日\n")
    assert [[u.name for u in t.units] for t in doc.tasks] == [
        ["国家发展改革委", "体育总局", "地方各级人民政府"], ["体育总局", "地方各级人民政府"]]
