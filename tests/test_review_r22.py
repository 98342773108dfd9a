"""Helper R22's hostile review of the F19, W46 and W47 merges: made-up fragments where a new rule
misfired or failed to fire on an obvious sibling shape, each failing before its fix."""

from __future__ import annotations

import policyparse


def _units_by_task(text: str) -> dict[str, list[tuple[str, str]]]:
    doc = policyparse.parse(text, "text")
    return {task.title: sorted((u.name, u.role) for u in task.units) for task in doc.tasks}


def test_a_units_duty_block_keeps_its_unit_when_a_later_clause_names_who_leads_inside_it():
    # W46's group rule (1.宣传组:由A牵头,B、C组成) read any 牵头 within 40 characters of the colon, over a
    # comma: a unit's duty block whose duty names its own office or head as the one leading lost its unit
    text = ("三、职责分工\n"
            "(一)县教育局:负责全县校园安全隐患排查整治,具体由安全股牵头,各学校配合。\n"
            "(二)县市场监管局:在县食安委统一领导下,由局主要负责同志牵头,做好专项整治的组织协调。\n"
            "(三)县公安局:负责校园周边治安秩序的整治。\n")
    units = _units_by_task(text)
    first, second = (title for title in units if title.startswith(("县教育局", "县市场监管局")))
    assert ("县教育局", "responsible") in units[first]
    assert ("县市场监管局", "responsible") in units[second]


def test_a_working_groups_caption_still_names_no_unit_of_its_own():
    text = ("二、工作组\n1.宣传组:由县委宣传部牵头,县文旅局、县教育局等单位组成。负责宣传报道。\n"
            "2.资金组:由县财政局、县税务局牵头,县审计局参与。负责资金保障。\n"
            "3.督查组:县督查室牵头,县统计局配合。负责督查。\n")
    for title, units in _units_by_task(text).items():
        assert not any(name.endswith("组") for name, _ in units), (title, units)


def test_a_second_groups_members_take_no_role_from_the_first_groups_lead():
    # W46's member rule took the last lead label anywhere before a 成员单位 line of the same task: the
    # members of a second group with no lead of its own (a 指挥部 under a person) became the first's partners
    text = ("三、组织机构\n(一)演练工作组\n综合协调组\n牵头单位:县应急管理局\n成员单位:县发展改革局、县财政局\n"
            "主要职责:负责演练的综合协调。\n现场指挥部\n指挥长:县政府分管副县长\n成员单位:县公安局、县消防救援大队\n"
            "主要职责:负责现场处置。\n")
    (units,) = _units_by_task(text).values()
    assert ("县发展改革局", "cooperating") in units and ("县应急管理局", "lead") in units
    assert not any(name in ("县公安局", "县消防救援大队") and role for name, role in units), units


def test_members_right_under_their_groups_lead_cooperate_on_a_line_or_run_in():
    for text in ("二、工作组\n(一)综合协调组\n牵头单位:县应急管理局\n成员单位:县发展改革局、县财政局\n主要职责:负责协调。\n",
                 "二、工作组\n(一)综合协调组。牵头单位:县应急管理局;成员单位:县发展改革局、县财政局。\n"):
        (units,) = _units_by_task(text).values()
        assert units == [("县发展改革局", "cooperating"), ("县应急管理局", "lead"), ("县财政局", "cooperating")], text


def test_units_a_lead_heads_cooperate_when_the_body_they_form_is_named_after_their_verb():
    # W46 read 由A牵头,B、C等部门组成。 but not its sibling naming the body formed (组成联合执法组,开展…)
    text = ("二、重点任务\n(一)开展联合执法。由县市场监管局牵头,县公安局、县商务局等部门组成联合执法组,开展专项整治。\n"
            "(二)开展联合督查。由县政府督查室牵头,县发展改革局、县财政局组成督查组,每季度开展一次督查。\n")
    first, second = _units_by_task(text).values()
    assert first == [("县公安局", "cooperating"), ("县商务局", "cooperating"), ("县市场监管局", "lead")]
    assert second == [("县发展改革局", "cooperating"), ("县政府督查室", "lead"), ("县财政局", "cooperating")]


def test_a_composition_that_no_lead_heads_still_gives_no_role():
    text = "二、重点任务\n(一)开展联合执法。县公安局、县商务局等部门组成联合执法组,开展专项整治。\n"
    (units,) = _units_by_task(text).values()
    assert not any(role for _, role in units), units


def test_a_body_named_by_a_kind_of_town_takes_the_elided_level_a_towns_own_body_does_not():
    # W46's town rule (柘湾镇卫生院 names its own town) read any ..镇 as a town's name: 特色小镇, 重点镇 are
    # kinds of town, and the level elided in the list is restored before them as before
    text = ("二、重点任务\n(一)推进特色小镇建设。县发改局、特色小镇建设办公室负责。\n"
            "(二)推进集镇建设。县住建局、中心镇建设领导小组办公室、柘湾镇卫生院负责。\n")
    first, second = _units_by_task(text).values()
    assert ("县特色小镇建设办公室", "responsible") in first
    assert ("县中心镇建设领导小组办公室", "responsible") in second and ("柘湾镇卫生院", "responsible") in second


_ROW_RULE = "├──┼──────────┼──────────┤"


def _drawn_table(rows: list[tuple[str, str, str]]) -> str:
    lines = ["┌──┬──────────┬──────────┐"]
    for k, (a, b, c) in enumerate(rows):
        lines += [_ROW_RULE] if k else []
        lines.append(f"│{a:<2}│{b:\u3000<10}│{c:\u3000<10}│")
    return "\n".join(lines + ["└──┴──────────┴──────────┘"])


def test_a_heading_at_the_top_of_a_page_between_two_drawn_tables_is_no_running_header():
    # F19 read any short line under a page number as the next page's running header, and joined the
    # table above to the one after it: a part's heading opening the page went into the page's furniture
    # and the second table's tasks into the first part
    header = ("序号", "工作任务", "责任单位")
    text = ("一、2026年重点任务\n" + _drawn_table([header, ("1", "改造集市设施", "县商务局"), ("2", "规范集市管理", "县市场监管局")])
            + "\n\n　　　　　　　　　　　　　　— 3 —\n\n二、2027年重点任务\n"
            + _drawn_table([header, ("1", "建设冷链物流中心", "县发改局"), ("2", "培育电商主体", "县商务局")]) + "\n")
    doc = policyparse.parse(text, "text")
    assert [s.number for s in doc.sections] == ["一", "二"]
    assert [t.title for t in doc.tasks] == ["改造集市设施", "规范集市管理", "建设冷链物流中心", "培育电商主体"]
    second = doc.sections[1]
    assert second.span[0] < doc.tasks[2].span[0], "the second table's tasks stand under the second heading"


def test_a_numbered_caption_at_the_top_of_a_page_between_two_drawn_tables_is_no_running_header():
    header = ("序号", "工作任务", "责任单位")
    for caption in ("表2 2027年重点任务", "附件2"):
        text = ("一、重点任务\n表1 2026年重点任务\n" + _drawn_table([header, ("1", "改造集市设施", "县商务局")])
                + "\n\n　　　　　　　　　　　　　　— 3 —\n\n" + caption + "\n"
                + _drawn_table([header, ("1", "建设冷链物流中心", "县发改局")]) + "\n")
        doc = policyparse.parse(text, "text")
        assert caption in doc.text.split("建设冷链物流中心")[0].split("改造集市设施")[1], caption


def test_a_plain_text_that_names_tags_keeps_them():
    # W47's remnant reader took any two tags for a crawler's remnants: a notice on a site's markup that
    # names the tags (<font>、<center>等标签, <a>标签) lost them, and a block tag's name broke its sentence
    text = ("二、技术要求\n(一)规范页面标识。网页正文不得使用<font>、<center>等已废弃标签,统一使用样式表。\n"
            "(二)规范链接。链接应使用<a>标签,图片应使用<img>元素的替代文本。\n")
    doc = policyparse.parse(text, "text")
    assert "不得使用<font>、<center>等已废弃标签,统一使用样式表。" in doc.text
    assert "链接应使用<a>标签" in doc.text


def test_a_dumps_remnant_before_a_list_mark_is_still_dropped_where_the_text_names_no_tag():
    text = ("二、重点任务\n&#12288;&#12288;(一)改造集市设施。</span>\n&#12288;&#12288;(二)规范集市管理。<br/>\n")
    doc = policyparse.parse(text, "text")
    assert "<" not in doc.text and "&" not in doc.text
    assert [s.number for s in doc.sections][-2:] == ["(一)", "(二)"]
