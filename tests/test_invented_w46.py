"""Helper W46's invented notices (tests/invented/w46-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

A layout the set did not have: units organised in WORKING GROUPS. A county 应急演练 工作方案 in a 印发
notice whose 三、演练组织 sets up a 指挥部 (people) and groups `(一)综合协调组` with 牵头单位: / 成员单位: /
主要职责: lines, a drill script by the clock (`(一)预警发布(9:00—9:10)`) and a 时间安排 of `1.5月31日前,…`
items; and a city 人民政府办公室 notice from its portal setting up a 工作专班 whose groups are prose lines
`1.项目推进组:由A牵头,B、C参与(配合 / 等单位组成)。负责…`.

First run: the drill plan sections 0.712, tasks 0.750, units 0.588 (cooperating R 0.087: every 成员单位
line missed), deadlines 0.333, targets 0.500; the 专班 notice tasks 0.957, units 0.811, targets 0.667,
the rest 1.000.
"""

from __future__ import annotations

from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import outline, parsed_outline, target_texts, task_titles, units_by_title

FLOORS = floors({"units": 0.99, "units.cooperating": 0.98})  # 成员单位要积极配合 (the 专班 notice) still read as a cooperating unit, left
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)

_HEAD = "东江县人民政府办公室\n关于印发东江县消防演练方案的通知\n各乡镇人民政府:\n现将方案印发给你们。\n东江县人民政府办公室\n2025年4月1日\n东江县消防演练方案\n"


def test_member_units_under_a_lead_label_cooperate():
    text = _HEAD + ("一、工作组\n(一)后勤保障组\n牵头单位:县商务局\n成员单位:县财政局、县粮食局\n主要职责:负责物资供应。\n"
                    "(二)通信保障组\n牵头单位:县工信局\n成员单位:县广电局\n主要职责:负责通信畅通。\n")
    assert units_by_title(text)["后勤保障组"] == [("县商务局", "lead"), ("县粮食局", "cooperating"), ("县财政局", "cooperating")]


def test_a_member_list_with_no_lead_gives_no_role():
    text = _HEAD + "一、主要任务\n(一)做好保障。\n成员单位:县财政局、县粮食局\n负责物资供应。\n(二)做好宣传。\n"
    assert units_by_title(text).get("做好保障", []) == []


def test_a_town_body_and_a_village_committee_take_no_elided_level():
    text = _HEAD + "一、工作组\n(一)转移组\n牵头单位:县民政局\n成员单位:县教育局、河口镇卫生院、青石村民委员会\n主要职责:负责转移。\n"
    names = [n for n, _ in units_by_title(text)["转移组"]]
    assert "河口镇卫生院" in names and "青石村民委员会" in names


def test_a_group_caption_before_the_units_it_names_is_no_unit():
    text = _HEAD + ("二、工作组\n1.宣传组:由县委宣传部牵头,县文旅局、县教育局等单位组成。负责宣传报道。\n"
                    "2.资金组:由县财政局牵头,县审计局参与。负责资金保障。\n3.督查组:由县督查室牵头,县统计局配合。负责督查。\n")
    units = units_by_title(text)
    assert units["宣传组:由县委宣传部牵头,县文旅局、县教育局等单位组成"] == [
        ("县委宣传部", "lead"), ("县教育局", "cooperating"), ("县文旅局", "cooperating")]
    assert units["资金组:由县财政局牵头,县审计局参与"] == [("县审计局", "cooperating"), ("县财政局", "lead")]


def test_composed_of_without_a_lead_gives_no_role():
    text = _HEAD + "一、主要任务\n(一)开展联合检查。成立由县市场监管局、县公安局组成的联合检查组,开展检查。\n"
    assert units_by_title(text)["开展联合检查"] == []


def test_a_clock_time_in_a_heading_ends_no_heading():
    doc = parsed_outline(_HEAD + "一、演练流程\n(一)启动响应(9:00—9:15)。县应急局发布指令。\n(二)现场处置(9:15—9:40)。开展处置。\n")
    assert outline(doc)[1] == (2, "(一)", "启动响应(9:00—9:15)")


def test_a_list_number_before_a_yearless_date_is_no_decimal():
    doc = parsed_outline(_HEAD + "一、时间安排\n1.5月20日前,完成方案编制。\n2.6月底前,完成演练。\n")
    assert outline(doc)[1:] == [(2, "1", "5月20日前,完成方案编制"), (2, "2", "6月底前,完成演练")]


def test_a_drills_purpose_and_its_time_and_place_assign_no_work():
    titles = task_titles(_HEAD + "一、演练目的\n(一)检验预案。检验衔接。\n(二)锻炼队伍。提高能力。\n"
                         "二、演练时间和地点\n演练时间:2025年5月10日上午。\n三、保障措施\n(一)落实经费。县财政局负责保障。\n")
    assert titles == ["落实经费"]


def test_a_working_groups_composition_part_assigns_no_work():
    titles = task_titles(_HEAD + "一、专班组成\n组长:某某 副县长\n成员由各成员单位分管负责同志担任。\n二、工作要求\n(一)加强调度。每月调度1次。\n")
    assert titles == ["加强调度"]


def test_a_share_compressed_keeps_its_verb():
    assert target_texts(_HEAD + "一、主要任务\n(一)提速审批。审批时限压缩30%以上。\n") == ["压缩30%以上"]


def test_a_count_after_its_post_under_a_staffing_verb_is_staffing():
    texts = target_texts(_HEAD + "一、主要任务\n(一)做好救护。现场配备救护车3辆、医护人员6名。\n")
    assert "6名" not in texts


def test_a_blanked_page_number_between_two_labelled_lines_joins_no_duty_to_the_units():
    # found by tests/test_metamorphic2.py's page numbers on the drill plan: the units stage blanks a page
    # number between a unit line and a 主要职责: line (line end too), and the duty ran into the unit list
    from policyparse.units import lines

    text = ("牵头单位:县商务局\n配合单位:县财政局、县粮食局         "
            "主要职责:负责仓库看管、物资调运和车辆保障等环节的衔接,组织车队、叉车和装卸人员按时到位。")
    found = [(f.name, f.role) for f in lines.find(text, 0, len(text), [])]
    assert found == [("县商务局", "lead"), ("县财政局", "cooperating"), ("县粮食局", "cooperating")]


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w46-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
