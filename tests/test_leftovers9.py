"""Helper F15's leftovers: a unit bracket whose clauses name their work after the role verb, an item
number joined by OCR to the closing bracket of the item before, a rule's title and its first chapter
on one line, and a meeting notice's speakers and participants' quotas read as targets.

Every fragment is made up (东江市 and invented bodies) in the shapes notices use; expected values are
what a careful reader annotates per the annotation guide and corpus/README.md's calls (22: in
`Y具体落实` Y is responsible). Each case failed before its fix; the guards beside them show the
nearest shape that must not change.
"""

from __future__ import annotations

import pytest

import policyparse

from fragments import only_task, outline, parsed_outline, titles, units_by_title

R, L, C = "responsible", "lead", "cooperating"


def units_of(item: str) -> list[tuple[str, str]]:
    return only_task("(一)加强养老服务。" + item)


# --- 1. each clause of a bracket with its own role word gives its units, its work after the verb or not ---


@pytest.mark.parametrize(
    "item, expected",
    [
        ("做好养老服务工作(市民政局负责统筹,各县(市、区)具体落实)。", [("各县(市、区)", R), ("市民政局", R)]),
        ("做好养老服务工作(市民政局牵头,市财政局负责资金保障)。", [("市民政局", L), ("市财政局", R)]),
        ("做好养老服务工作(市民政局牵头抓总,市财政局、市人力资源社会保障局负责政策保障)。",
         [("市人力资源社会保障局", R), ("市民政局", L), ("市财政局", R)]),
        ("做好养老服务工作(市民政局负责统筹,各县(市、区)政府具体落实)。", [("各县(市、区)政府", R), ("市民政局", R)]),
        # an elided level carries from the clause before (财政局 -> 市财政局)
        ("做好养老服务工作(市民政局牵头,财政局负责资金保障)。", [("市民政局", L), ("市财政局", R)]),
    ],
    ids=["fuze-work-then-luoshi", "qiantou-then-fuze-work", "list-fuze-work", "gov-luoshi", "level-carried"],
)
def test_clause_with_work_after_its_verb(item, expected):
    assert units_of(item) == expected


@pytest.mark.parametrize(
    "item, expected",
    [
        ("做好养老服务工作(市民政局牵头,市财政局负责)。", [("市民政局", L), ("市财政局", R)]),
        ("做好养老服务工作(市民政局牵头,市财政局配合)。", [("市民政局", L), ("市财政局", C)]),
        ("做好养老服务工作(市民政局负责统筹)。", [("市民政局", R)]),
        # a first-is-lead note is no clause of units (列第一位者为牵头单位)
        ("做好养老服务工作(市民政局、市财政局负责,列第一位者为牵头单位)。", [("市民政局", L), ("市财政局", R)]),
        # work words that are no named body give nobody
        ("做好养老服务工作(按照谁主管谁负责原则落实)。", []),
    ],
)
def test_clause_guards(item, expected):
    assert units_of(item) == expected


# --- 2. an item number run by OCR onto the closing bracket of the item before ---

FIRE = ("一、主要任务\n(一)加强林区管理。落实护林员制度(市林业局负责)。\n(二)完善监测体系。建设监测站点10个(市应急局负责)。\n"
        "(三)加强队伍建设。组建专业队伍(市林业局负责,市应急局配合){joined}强化火源管控。设立检查站50个(市公安局负责)。\n"
        "(五)加强宣传。开展宣传活动(市委宣传部负责)。\n")


def test_next_item_after_a_unit_bracket():
    text = FIRE.format(joined="(四)")
    doc = parsed_outline(text)
    assert titles(doc) == ["加强林区管理", "完善监测体系", "加强队伍建设", "强化火源管控", "加强宣传"]
    units = units_by_title(text)
    assert units["加强队伍建设"] == [("市应急局", C), ("市林业局", R)]
    assert units["强化火源管控"] == [("市公安局", R)]
    target = next(t for t in doc.targets if t.text == "50个")
    assert next(t for t in doc.tasks if t.id == target.task).title == "强化火源管控"


@pytest.mark.parametrize(
    "joined",
    [
        "(六)",  # not the next number: a reference, no heading
        "(东江市)",  # no number
    ],
)
def test_no_item_after_a_unit_bracket_guard(joined):
    doc = parsed_outline(FIRE.format(joined=joined))
    assert titles(doc) == ["加强林区管理", "完善监测体系", "加强队伍建设", "加强宣传"]


def test_bracket_of_no_units_keeps_its_number():
    # (三)(四): a bracket that names no unit is no clause's end
    doc = parsed_outline("一、主要任务\n(一)加强管理。落实制度。\n(二)完善体系。按本方案第二部分(三)(三)款执行。\n(三)加强宣传。开展活动。\n")
    assert [n for _, n, _ in outline(doc)] == ["一", "(一)", "(二)", "(三)"]


# --- 3. a rule's title and its first chapter on one line ---

RULE = "第一条 为了规范公共数据管理,制定本办法。\n第二条 本办法适用于本市。\n第二章 数据归集\n第三条 市数据局负责归集。\n"
EXPECTED = [(1, "第一章", "总则"), (2, "第一条", "为了规范公共数据管理,制定本办法"), (2, "第二条", "本办法适用于本市"),
            (1, "第二章", "数据归集"), (2, "第三条", "市数据局负责归集")]


@pytest.mark.parametrize("title", ["东江市公共数据管理办法 第一章 总则\n", "东江市公共数据管理办法(试行) 第一章 总则\n",
                                   "东江市公共数据管理办法\n第一章 总则\n"])
def test_title_and_first_chapter_on_one_line(title):
    assert outline(parsed_outline(title + RULE)) == EXPECTED


def test_sentence_before_a_chapter_is_no_title():
    # a sentence, not a title, before 第一章: the chapter is a reference (见第一章), no heading
    doc = parsed_outline("本办法所称公共数据的范围见 第一章 总则\n" + RULE)
    assert [n for _, n, _ in outline(doc)][:1] == ["第一条"]


# --- 4. a meeting notice's speakers and a participant's quota are no targets ---

MEETING = ("东江市农业农村局关于召开全市春耕生产工作会议的通知\n各县(市、区)农业农村局:\n一、会议时间\n2025年3月12日上午9:00。\n"
           "二、有关要求\n(一)提前准备交流材料。{sentence}\n东江市农业农村局\n2025年3月1日\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "作交流发言的3个市、县要准备书面材料,3月10日前报送。",
        "每个参会单位限停车1辆,请尽量拼车参会。",
        "每个参会单位限报2人。",
        "列席会议的2个单位要准备书面材料。",
    ],
)
def test_meeting_arrangements_are_no_targets(sentence):
    doc = policyparse.parse(MEETING.format(sentence=sentence))
    assert [t.text for t in doc.targets] == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("全市新建高标准农田3万亩,建成示范县3个。", ["3万亩", "3个"]),
        ("全市参会企业达到50家。", ["50家"]),  # a count of participants as an aim, no 的 or quota before it
        ("各县限期建成示范基地3个。", ["3个"]),  # 限期 with no meeting word is no quota
    ],
)
def test_meeting_guards(sentence, expected):
    doc = policyparse.parse(MEETING.format(sentence=sentence))
    assert [t.text for t in doc.targets] == expected


# --- 5. the closing paragraph after the last item when an earlier item's unit bracket, with no label, has a line of its own ---

CLOSING = ("东江市人民政府办公室关于做好森林防火工作的通知\n各县(市、区)人民政府,市政府各部门:\n"
           "一、加强林区管理。落实护林员制度(市林业局负责)。\n二、完善监测体系。建设监测站点,加强火情监测。\n{line}\n"
           "三、加强队伍建设。组建专业队伍(市应急局负责)。\n四、加强宣传。开展宣传活动(市委宣传部负责)。\n"
           "各地各有关部门贯彻落实情况请于2025年5月10日前报市林业局。\n东江市人民政府办公室\n2025年3月1日\n")


@pytest.mark.parametrize("line", ["(市林业局负责,市应急局配合)", "(市林业局牵头;市应急局、市气象局配合)",
                                  "(责任单位:市林业局、市应急局)"])
def test_closing_paragraph_after_an_item_with_a_units_line(line):
    doc = policyparse.parse(CLOSING.format(line=line))
    last = doc.tasks[-1]
    assert last.text == "四、加强宣传。开展宣传活动(市委宣传部负责)。"
    assert last.deadlines == []
    assert doc.tasks[1].text.endswith(line)


@pytest.mark.parametrize("line", ["(东江市森林防火区范围另行公布)", "(一)做好巡护工作。"])
def test_second_paragraph_is_no_units_line_guard(line):
    # a bracket that names no unit is a second paragraph: the items are not one paragraph each
    doc = policyparse.parse(CLOSING.format(line=line))
    assert "贯彻落实情况" in doc.tasks[-1].text
