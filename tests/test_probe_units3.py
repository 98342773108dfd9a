"""Units and roles, third probe: shapes the earlier probes left open or touched least.

Hand-written fragments (invented places and bodies: 东江市, 南湖县 …; none from a corpus
notice), each expected value worked out by reading per the annotation guide's "Units and
roles" and corpus/README.md's calls. Each group below failed before its fix; the guards next
to it are the nearest shapes that must not change.
"""

from __future__ import annotations

import pytest

from policyparse import parse

from fragments import PART, only_task, units_by_title

# -- 1. names, verbs and brackets broken by a hard line wrap (fixed-width text exports) ------

WRAPPED = [
    # wrapped inside the name: the name is read whole, with no span (it is not in the text)
    ("(一)推进价格改革。完善定价机制。\n责任单位:市发展和改\n革委员会、市财政局\n",
     [("市发展和改革委员会", "responsible"), ("市财政局", "responsible")]),
    # the label's bracket is broken by the wrap too
    ("(一)推进价格改革。完善定价机制。(责任单位:市发展和改\n革委员会、市财政局)\n",
     [("市发展和改革委员会", "responsible"), ("市财政局", "responsible")]),
    # the wrap in a later label's value
    ("(一)推进价格改革。完善定价机制。\n牵头单位:市发展改革委;配合单位:市财政局、市自然资\n源和规划局\n",
     [("市发展改革委", "lead"), ("市财政局", "cooperating"), ("市自然资源和规划局", "cooperating")]),
    # the line ends on the list's separator
    ("(一)推进价格改革。完善定价机制。\n责任单位:市发展改革委、\n市财政局、市统计局\n",
     [("市发展改革委", "responsible"), ("市财政局", "responsible"), ("市统计局", "responsible")]),
    # an unlabelled bracket wrapped inside a name
    ("(一)推进价格改革。完善定价机制。(市发展改革委、市财\n政局负责)\n",
     [("市发展改革委", "responsible"), ("市财政局", "responsible")]),
]


@pytest.mark.parametrize("text,expected", WRAPPED)
def test_a_name_broken_by_a_hard_wrap_is_read_whole(text, expected):
    assert only_task(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    ("(一)推进价格改革。完善定价机制,由市发展和改\n革委员会牵头。\n", [("市发展和改革委员会", "lead")]),
    ("(一)推进价格改革。加快推进,由市发展改革委、市财\n政局牵头。\n", [("市发展改革委", "lead"), ("市财政局", "lead")]),
])
def test_a_name_broken_by_a_hard_wrap_in_prose(text, expected):
    assert only_task(text) == sorted(expected)


def test_a_bracket_wrapped_over_three_lines_with_a_broken_label():
    text = ("(一)培育消费新业态。打造一批数字消费示范街区。(牵头单位:市商务局;配\n"
            "合单位:市发展和改革委员会、市市场监督管理局、市文化\n广电和旅游局)\n")
    assert only_task(text) == sorted([("市商务局", "lead"), ("市发展和改革委员会", "cooperating"),
                                      ("市市场监督管理局", "cooperating"), ("市文化广电和旅游局", "cooperating")])


@pytest.mark.parametrize("tail", ["由市市场监督管理局牵头,市\n商务局、市公安局配合。", "由市市场监督管理局牵头,市商务局、\n市公安局配合。"])
def test_a_cooperating_list_wrapped_in_prose(tail):
    assert only_task("(一)优化消费环境。开展放心消费创建活动," + tail + "\n") == sorted(
        [("市市场监督管理局", "lead"), ("市商务局", "cooperating"), ("市公安局", "cooperating")])


@pytest.mark.parametrize("text,expected", [
    ("(一)推进工作。加快推进,由市市场监督管理局牵\n头,市商务局、市公安局配合。\n",
     [("市市场监督管理局", "lead"), ("市商务局", "cooperating"), ("市公安局", "cooperating")]),
    ("(一)推进工作。加快推进。(市市场监督管理局牵\n头,市商务局、市公安局配\n合)\n",
     [("市市场监督管理局", "lead"), ("市商务局", "cooperating"), ("市公安局", "cooperating")]),
    ("(一)推进工作。加快推进。(市发展改革委、市财政局负\n责)\n", [("市发展改革委", "responsible"), ("市财政局", "responsible")]),
])
def test_a_role_verb_broken_by_a_hard_wrap(text, expected):
    assert only_task(text) == sorted(expected)


def test_guard_a_bracket_left_open_before_a_sentence_end_is_dropped():
    text = PART + "(一)推进工作。详见附件(略。\n(二)加强监管。开展检查。(市市场监管局负责)\n"
    assert units_by_title(text) == {"推进工作": [], "加强监管": [("市市场监管局", "responsible")]}


def test_guard_a_heading_line_before_a_prose_role():
    text = PART + "(一)推进工作\n市发展改革委牵头,市财政局配合。\n"
    assert units_by_title(text) == {"推进工作": sorted([("市发展改革委", "lead"), ("市财政局", "cooperating")])}


def test_guard_a_whole_name_at_the_line_end_ends_the_value():
    text = "(一)推进价格改革。完善定价机制。\n责任单位:市发展改革委\n加强统筹调度,确保按期完成市级任务。\n"
    assert only_task(text) == [("市发展改革委", "responsible")]


def test_guard_a_broken_piece_before_the_next_item_names_nobody():
    got = units_by_title(PART + "(一)推进价格改革。完善定价机制。\n责任单位:市财\n(二)加强监管。开展检查。\n")
    assert got == {"推进价格改革": [], "加强监管": []}


# -- 2. division-of-work tables: two-role columns, header notes, two-row headers -------------

BODY = "一、主要任务\n(一)推进价格改革\n(二)加强市场监管\n附件\n重点任务分工表\n"


def _table(header: str, rows: list[str]) -> dict:
    return units_by_title(BODY + header + "\n" + "\n".join(rows) + "\n")


def test_a_column_headed_lead_slash_cooperating():
    got = _table("序号\t重点任务\t牵头单位/配合单位",
                 ["1\t推进价格改革\t市发展改革委、市财政局、市市场监管局", "2\t加强市场监管\t市市场监管局、市公安局"])
    assert got == {
        "推进价格改革": sorted([("市发展改革委", "lead"), ("市财政局", "cooperating"), ("市市场监管局", "cooperating")]),
        "加强市场监管": sorted([("市市场监管局", "lead"), ("市公安局", "cooperating")]),
    }


def test_a_lead_slash_cooperating_column_one_cell_a_line():
    text = BODY + "序号\n重点任务\n牵头/配合单位\n1\n推进价格改革\n市发展改革委、市财政局\n2\n加强市场监管\n市市场监管局\n"
    assert units_by_title(text) == {
        "推进价格改革": sorted([("市发展改革委", "lead"), ("市财政局", "cooperating")]),
        "加强市场监管": [("市市场监管局", "lead")],
    }


@pytest.mark.parametrize("header", ["责任单位(牵头单位列第一)", "责任单位(排在第一位的为牵头单位)"])
def test_a_responsible_column_whose_header_puts_the_lead_first(header):
    got = _table(f"序号\t重点任务\t{header}",
                 ["1\t推进价格改革\t市发展改革委、市财政局", "2\t加强市场监管\t市市场监管局、市公安局"])
    assert got == {
        "推进价格改革": sorted([("市发展改革委", "lead"), ("市财政局", "responsible")]),
        "加强市场监管": sorted([("市市场监管局", "lead"), ("市公安局", "responsible")]),
    }


def test_a_first_is_lead_note_worded_the_other_way_round():
    # in a bracket: for that bracket only
    got = units_by_title(PART + "(一)推进工作。(责任单位:市发改委、市财政局,牵头单位列第一位)\n"
                         "(二)加强监管。(责任单位:市市场监管局、市公安局)\n")
    assert got == {"推进工作": sorted([("市发改委", "lead"), ("市财政局", "responsible")]),
                   "加强监管": sorted([("市市场监管局", "responsible"), ("市公安局", "responsible")])}
    # on a line of its own: for the document
    got = units_by_title(PART + "(一)推进工作。(市发改委、市财政局负责)\n(二)加强监管。(市市场监管局、市公安局负责)\n"
                         "注:牵头单位排在首位。\n")
    assert got == {"推进工作": sorted([("市发改委", "lead"), ("市财政局", "responsible")]),
                   "加强监管": sorted([("市市场监管局", "lead"), ("市公安局", "responsible")])}


@pytest.mark.parametrize("header", ["责任单位及完成时限", "责任单位及责任人"])
def test_a_unit_column_joined_to_a_time_or_person_column(header):
    got = _table(f"序号\t重点任务\t{header}", ["1\t推进价格改革\t市发展改革委,2024年底", "2\t加强市场监管\t市市场监管局,长期坚持"])
    assert got == {"推进价格改革": [("市发展改革委", "responsible")], "加强市场监管": [("市市场监管局", "responsible")]}


def test_guard_a_plain_responsible_column_infers_no_lead():
    got = _table("序号\t重点任务\t责任单位", ["1\t推进价格改革\t市发展改革委、市财政局", "2\t加强市场监管\t市市场监管局"])
    assert got["推进价格改革"] == sorted([("市发展改革委", "responsible"), ("市财政局", "responsible")])


def test_the_cells_of_one_row_share_an_elided_level():
    got = _table("序号\t工作任务\t牵头单位\t配合单位",
                 ["1\t推进价格改革\t市发展改革委\t财政局、统计局", "2\t加强市场监管\t市市场监管局\t公安局"])
    assert got == {
        "推进价格改革": sorted([("市发展改革委", "lead"), ("市财政局", "cooperating"), ("市统计局", "cooperating")]),
        "加强市场监管": sorted([("市市场监管局", "lead"), ("市公安局", "cooperating")]),
    }


LEAD_COOP = {
    "推进价格改革": sorted([("市发展改革委", "lead"), ("市财政局", "cooperating")]),
    "加强市场监管": sorted([("市市场监管局", "lead"), ("市公安局", "cooperating")]),
}
ROWS = ["1\t推进价格改革\t市发展改革委\t市财政局", "2\t加强市场监管\t市市场监管局\t市公安局"]


@pytest.mark.parametrize("header", [
    # a two-row header: 责任单位 spans 牵头 | 配合, the spanning cell repeated by the export
    "序号\t重点任务\t责任单位\t责任单位\n序号\t重点任务\t牵头\t配合",
    # or left blank, and the second row's blank leading cells lost
    "序号\t重点任务\t责任单位\t\n\t\t牵头单位\t配合单位",
    # the verbs alone as headers
    "序号\t重点任务\t牵头\t配合",
])
def test_role_columns_headed_by_a_second_row_or_by_verbs(header):
    assert _table(header, ROWS) == LEAD_COOP


def test_a_two_row_header_one_cell_a_line():
    text = BODY + "序号\n重点任务\n责任单位\n牵头\n配合\n1\n推进价格改革\n市发展改革委\n市财政局\n2\n加强市场监管\n市市场监管局\n市公安局\n"
    assert units_by_title(text) == LEAD_COOP


def test_guard_three_role_columns_one_cell_a_line_stay_three():
    text = (BODY + "序号\n重点任务\n责任单位\n牵头单位\n配合单位\n"
            "1\n推进价格改革\n各县(市、区)政府\n市发展改革委\n市财政局\n2\n加强市场监管\n各县(市、区)政府\n市市场监管局\n市公安局\n")
    got = units_by_title(text)
    assert got["推进价格改革"] == sorted([("各县(市、区)政府", "responsible"), ("市发展改革委", "lead"), ("市财政局", "cooperating")])


def test_labels_inside_a_responsible_cell():
    got = _table("序号\t重点任务\t责任单位",
                 ["1\t推进价格改革\t牵头单位:市发展改革委;配合单位:财政局",
                  "2\t加强市场监管\t牵头单位:市市场监管局;配合单位:市公安局"])
    assert got == {
        "推进价格改革": sorted([("市发展改革委", "lead"), ("市财政局", "cooperating")]),
        "加强市场监管": LEAD_COOP["加强市场监管"],
    }


# -- 3. a bare party department after a level ---------------------------------------------

PARTY = [
    # in a list that a government department opens
    ("(一)加强干部培训。开展专题轮训。(责任单位:市人社局、组织部)",
     [("市人社局", "responsible"), ("市委组织部", "responsible")]),
    ("(一)加强基层党建。(责任单位:区委组织部、区民政局、宣传部)",
     [("区委组织部", "responsible"), ("区民政局", "responsible"), ("区委宣传部", "responsible")]),
    # 组织部 before another name is a name of its own, not a piece sharing the next one's ending
    ("(一)加强人才工作。(责任单位:省人社厅、组织部、财政厅)",
     [("省人社厅", "responsible"), ("省委组织部", "responsible"), ("省财政厅", "responsible")]),
    # in prose, across the clauses of one sentence
    ("(一)加强干部培训。开展专题轮训。市委组织部牵头,宣传部配合。",
     [("市委组织部", "lead"), ("市委宣传部", "cooperating")]),
    ("(一)加强宣传引导。营造良好氛围。由县委宣传部牵头,组织部、县文旅局配合。",
     [("县委宣传部", "lead"), ("县委组织部", "cooperating"), ("县文旅局", "cooperating")]),
]


@pytest.mark.parametrize("text,expected", PARTY)
def test_a_party_department_after_a_level_is_the_committees(text, expected):
    assert only_task(text) == sorted(expected)


def test_guard_a_sector_named_after_组织_stays():
    assert only_task("(一)加强基层党建。组织部门牵头,民政部门配合。") == sorted(
        [("组织部门", "lead"), ("民政部门", "cooperating")])


# -- 4. an elided level across lists: labels of a bracket, a task's lines, a sentence's clauses

ACROSS = [
    ("(一)加强人才培养。(牵头单位:省教育厅;配合单位:人社厅、财政厅)",
     [("省教育厅", "lead"), ("省人社厅", "cooperating"), ("省财政厅", "cooperating")]),
    ("(一)推进项目建设。(牵头单位:县发改局;配合单位:财政局、自然资源局、各乡镇人民政府)",
     [("县发改局", "lead"), ("县财政局", "cooperating"), ("县自然资源局", "cooperating"), ("各乡镇人民政府", "cooperating")]),
    ("(一)推进项目建设。加快进度。\n牵头单位:市住建局\n配合单位:规划局\n",
     [("市住建局", "lead"), ("市规划局", "cooperating")]),
    ("(一)推进项目建设。县发改局牵头,财政局、自然资源局配合。",
     [("县发改局", "lead"), ("县财政局", "cooperating"), ("县自然资源局", "cooperating")]),
]


@pytest.mark.parametrize("text,expected", ACROSS)
def test_an_elided_level_carries_across_lists(text, expected):
    assert only_task(text) == sorted(expected)


ACROSS_GUARDS = [
    # enterprises take no level and no place from another list
    ("(一)推进能源保供。(牵头单位:县发改局;配合单位:东江燃气公司、东江水务集团)",
     [("县发改局", "lead"), ("东江燃气公司", "cooperating"), ("东江水务集团", "cooperating")]),
    ("(一)整治铁路沿线环境。清理隐患。县交通运输局牵头,东江车务段、东江工务段配合。",
     [("县交通运输局", "lead"), ("东江车务段", "cooperating"), ("东江工务段", "cooperating")]),
    ("(一)推进能源保供。(牵头单位:东江送变电公司;配合单位:南湖信通公司)",
     [("东江送变电公司", "lead"), ("南湖信通公司", "cooperating")]),
]


@pytest.mark.parametrize("text,expected", ACROSS_GUARDS)
def test_guard_no_level_for_bodies_of_their_own(text, expected):
    assert only_task(text) == sorted(expected)


def test_guard_a_new_sentence_takes_no_level_from_the_last():
    text = PART + "(一)推进项目建设。县发改局牵头。财政局配合做好资金保障。"
    [(_, units)] = units_by_title(text).items()
    assert ("县财政局", "cooperating") not in units


# -- 5. labels, joins and verbs ---------------------------------------------------------------

def test_labels_that_open_a_line_without_a_colon():
    text = "(一)推进价格改革。完善定价机制。\n牵头单位 市发展改革委\n配合单位  市财政局、市市场监管局\n完成时限 2024年底\n"
    assert only_task(text) == sorted(
        [("市发展改革委", "lead"), ("市财政局", "cooperating"), ("市市场监管局", "cooperating")])


def test_bare_labels_after_a_gap_on_the_same_line():
    text = "(一)推进工作。加快推进。\n牵头单位 市发改委 配合单位 市财政局、市统计局 完成时限 2024年底\n"
    assert only_task(text) == sorted([("市发改委", "lead"), ("市财政局", "cooperating"), ("市统计局", "cooperating")])


def test_guard_a_bare_label_before_running_text_names_nobody():
    text = "(一)推进价格改革。完善定价机制。\n责任单位 要切实履行职责,加强统筹调度。\n"
    assert only_task(text) == []


@pytest.mark.parametrize("text,expected", [
    # a unit label joined to a time or person label: the units of its value, not the rest
    ("(一)推进工作。加快推进。(责任单位及完成时限:市发展改革委、市财政局,2024年底前)",
     [("市发展改革委", "responsible"), ("市财政局", "responsible")]),
    ("(一)推进工作。加快推进。(责任单位/完成时限:市发展改革委/长期坚持)", [("市发展改革委", "responsible")]),
    ("(一)推进工作。加快推进。\n责任单位及责任人:市发展改革委 张某某\n", [("市发展改革委", "responsible")]),
    # two unit roles in one label: the first unit takes the first
    ("(一)推进工作。加快推进。(牵头/配合单位:市发展改革委/市财政局)", [("市发展改革委", "lead"), ("市财政局", "cooperating")]),
    ("(一)推进工作。加快推进。\n牵头单位/配合单位:市发展改革委、市财政局、市统计局\n",
     [("市发展改革委", "lead"), ("市财政局", "cooperating"), ("市统计局", "cooperating")]),
])
def test_two_labels_in_one(text, expected):
    assert only_task(text) == sorted(expected)


def test_guard_a_person_label_alone_names_nobody():
    assert only_task("(一)推进工作。加快推进。(责任人:张某某;责任单位:市发展改革委)") == [("市发展改革委", "responsible")]


def test_a_supervising_body_label_is_responsible():
    text = "(一)推进项目建设。加快进度。\n实施主体:各县(市、区)人民政府\n监管主体:市住房城乡建设局\n"
    assert only_task(text) == sorted([("各县(市、区)人民政府", "responsible"), ("市住房城乡建设局", "responsible")])


def test_a_supervising_body_label_in_a_bracket():
    text = "(一)推进项目建设。加快进度。(责任主体:各县区政府;监管单位:市生态环境局)"
    assert only_task(text) == sorted([("各县区政府", "responsible"), ("市生态环境局", "responsible")])


def test_a_verb_after_a_labelled_list_is_its_own_groups():
    # 责任单位:A、B,A牵头 — the label's list, then its lead named again
    assert only_task("(一)推进工作。(责任单位:市发展改革委、市财政局,市发展改革委牵头)") == sorted(
        [("市发展改革委", "lead"), ("市财政局", "responsible")])
    assert only_task("(一)推进工作。(责任单位:各县(市、区)政府,市直有关部门配合)") == sorted(
        [("各县(市、区)政府", "responsible"), ("市直有关部门", "cooperating")])


def test_guard_an_unlabelled_comma_group_waits_for_its_verb():
    assert only_task("(一)推进工作。(市发展改革委,市财政局按职责分工负责)") == sorted(
        [("市发展改革委", "responsible"), ("市财政局", "responsible")])


def test_协同_before_配合_is_no_part_of_the_list():
    assert only_task("(一)推进工作。市民政局牵头,市残联等部门协同配合。") == sorted(
        [("市民政局", "lead"), ("市残联", "cooperating")])
    assert only_task("(一)推进工作。(市民政局牵头,市残联、市红十字会协同配合)") == sorted(
        [("市民政局", "lead"), ("市残联", "cooperating"), ("市红十字会", "cooperating")])


def test_guard_协同_closing_a_clause_is_its_own_verb():
    assert only_task("(一)推进工作。市民政局牵头,市残联、市红十字会协同。") == sorted(
        [("市民政局", "lead"), ("市残联", "cooperating"), ("市红十字会", "cooperating")])


def test_实施_closes_a_list_in_a_bracket_with_a_lead():
    assert only_task("(一)推进工作。(市发改委牵头,各县(市、区)政府、东江经开区管委会具体实施)") == sorted(
        [("市发改委", "lead"), ("各县(市、区)政府", "responsible"), ("东江经开区管委会", "responsible")])


def test_guard_a_bracket_with_实施_alone_names_nobody():
    assert only_task("(一)推进工作。完善配套政策。(试行期间暂缓实施)") == []


@pytest.mark.parametrize("aside", ["(张某某,电话:12345678)", "(张某某 13800000000)", "(联系电话:12345678)"])
def test_a_contact_aside_after_a_unit_is_no_part_of_its_name(aside):
    assert only_task(f"(一)推进工作。(责任单位:市数据中心{aside}、市财政局)") == sorted(
        [("市数据中心", "responsible"), ("市财政局", "responsible")])


def test_guard_a_bracket_that_belongs_to_the_name_stays():
    assert only_task("(一)推进工作。(责任单位:市城管局(市综合执法局)、各乡镇(街道))") == sorted(
        [("市城管局(市综合执法局)", "responsible"), ("各乡镇(街道)", "responsible")])


def test_units_joined_by_或_are_two():
    assert only_task("(一)推进工作。(责任单位:市住建局或市城管局)") == sorted(
        [("市住建局", "responsible"), ("市城管局", "responsible")])


def test_guard_或_before_no_name_splits_nothing():
    assert only_task("(一)推进工作。由县级以上人民政府或其授权的部门负责。") == []


@pytest.mark.parametrize("verb", ["邀请", "动员"])
def test_a_verb_bringing_bodies_in_is_no_part_of_the_name(verb):
    assert only_task(f"(一)推进产学研合作。{verb}东江大学、市科协等单位参与。") == sorted(
        [("东江大学", "cooperating"), ("市科协", "cooperating")])


def test_guard_encouraging_a_non_body_names_nobody():
    assert only_task("(一)推进工作。鼓励社会力量参与。") == []


# -- 6. carry notes: 均需X落实, X为…责任主体, a labelled list ending in 下同 ---------------------

def _units_with_spans(text: str) -> dict:
    doc = parse(text)
    return {t.title: sorted((u.name, u.role, u.span is not None) for u in t.units) for t in doc.tasks}


COUNTIES = ("各县(市、区)政府", "responsible", False)  # carried: no span


def test_a_carry_note_on_its_own_line_worded_均需():
    text = ("一、主要任务\n以下任务均需各县(市、区)政府落实,不再一一列出。\n"
            "(一)推进工作。加快推进。(牵头单位:市发改委)\n(二)加强监管。开展检查。(牵头单位:市市场监管局)\n")
    assert _units_with_spans(text) == {
        "推进工作": sorted([("市发改委", "lead", True), COUNTIES]),
        "加强监管": sorted([("市市场监管局", "lead", True), COUNTIES]),
    }


def test_a_carry_note_worded_均需_in_a_bracket_is_no_unit_of_its_own():
    text = ("一、主要任务\n(一)推进工作。加快推进。(市发改委牵头,各县(市、区)政府负责落实。以下各项均需各县(市、区)政府落实,不再列出)\n"
            "(二)加强监管。开展检查。(市市场监管局牵头)\n")
    got = _units_with_spans(text)
    assert [n for n, _, _ in got["推进工作"]] == sorted(["市发改委", "各县(市、区)政府"])
    assert got["加强监管"] == sorted([("市市场监管局", "lead", True), COUNTIES])


def test_a_carry_note_naming_the_responsible_body():
    text = ("一、主要任务(各县(市、区)政府为各项任务的责任主体,以下不再列出)\n"
            "(一)推进工作。加快推进。(牵头单位:市发改委)\n(二)加强监管。开展检查。(牵头单位:市市场监管局)\n")
    assert _units_with_spans(text) == {
        "推进工作": sorted([("市发改委", "lead", True), COUNTIES]),
        "加强监管": sorted([("市市场监管局", "lead", True), COUNTIES]),
    }


def test_guard_a_responsible_body_named_without_a_carry_note_stays_in_its_item():
    text = ("一、主要任务\n(一)推进工作。各县(市、区)政府为本项工作的责任主体。\n"
            "(二)加强监管。开展检查。(牵头单位:市市场监管局)\n")
    assert _units_with_spans(text) == {
        "推进工作": [("各县(市、区)政府", "responsible", True)],
        "加强监管": [("市市场监管局", "lead", True)],
    }


def test_a_labelled_list_ending_in_下同_holds_for_the_later_items():
    text = ("一、主要任务\n(一)推进工作。加快推进。(牵头单位:市发改委;责任单位:各县(市、区)政府,下同)\n"
            "(二)加强监管。开展检查。(牵头单位:市市场监管局)\n")
    got = _units_with_spans(text)
    assert [(n, r) for n, r, _ in got["推进工作"]] == sorted([("市发改委", "lead"), ("各县(市、区)政府", "responsible")])
    assert got["加强监管"] == sorted([("市市场监管局", "lead", True), COUNTIES])


def test_guard_下同_after_an_abbreviation_or_a_lead_note_carries_nothing():
    text = ("一、主要任务\n(一)推进工作。加快推进。(市发改委、市财政局负责,列第一位者为牵头单位,下同)\n"
            "(二)加强监管。开展检查。(市市场监管局、市公安局负责)\n")
    assert _units_with_spans(text)["加强监管"] == sorted([("市市场监管局", "lead", True), ("市公安局", "responsible", True)])


# -- 7. canonical names and kinds of short forms ----------------------------------------------

CANONICAL = [
    ("市人防办", "市人民防空办公室"), ("省外办", "省外事办公室"), ("市机关事务局", "市机关事务管理局"),
    ("市政数局", "市政务服务数据管理局"), ("县教体局", "县教育和体育局"), ("市市监局", "市市场监督管理局"),
    ("区城管局", "区城市管理局"), ("国家金融监管总局", "国家金融监督管理总局"), ("市广电局", "市广播电视局"),
]


@pytest.mark.parametrize("name,expected", CANONICAL)
def test_canonical_names_of_local_short_forms(name, expected):
    doc = parse(PART + f"(一)加强工作保障。落实经费。(责任单位:{name})")
    [unit] = doc.tasks[0].units
    assert (unit.name, unit.canonical) == (name, expected)


def test_a_central_bank_branch_is_no_enterprise():
    doc = parse(PART + "(一)加大信贷支持。(责任单位:人民银行东江市中心支行、东江农商银行)")
    kinds = {u.name: u.kind for u in doc.tasks[0].units}
    assert kinds == {"人民银行东江市中心支行": "department", "东江农商银行": "enterprise"}
