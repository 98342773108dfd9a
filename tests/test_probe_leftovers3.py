"""Helper P3's probe of the fourth session's leftovers (units, tasks, metadata): hand-written
fragments in the shapes of real notices (invented places and bodies), expected values by reading
the annotation guide."""

from __future__ import annotations

import policyparse
from fragments import units_by_title

NOTICE = "东江县人民政府办公室关于开展农村供水保障专项行动的通知\n各乡镇人民政府,县政府各部门:\n"
TABLE_HEAD = "附件2\n\n任务清单\n\n序号\t任务内容\t责任单位\t完成时限\n"


def _deadlines(text: str) -> dict[str, list[str]]:
    doc = policyparse.parse(text)
    for task in doc.tasks:
        for d in task.deadlines:
            assert doc.text[d.span[0] : d.span[1]] == d.text
    return {t.title: [d.date for d in t.deadlines] for t in doc.tasks}


def test_a_table_row_naming_the_same_units_as_the_body_bracket_gives_its_time_limit():
    # The body's bracket names every unit of the row: the row still dates the task.
    text = (NOTICE + "一、重点任务\n"
            "1．开展水源排查。对全县集中供水水源逐一排查。（责任单位：县水利局、各乡镇人民政府）\n"
            "2．改造供水管网。完成老旧管网改造。（责任单位：县水务公司）\n\n"
            + TABLE_HEAD +
            "1\t开展水源排查\t县水利局、各乡镇人民政府\t2025年8月31日前\n"
            "2\t改造供水管网\t县水务公司\t2025年11月30日前\n")
    got = _deadlines(text)
    assert got["开展水源排查"] == ["2025-08-31"]
    assert got["改造供水管网"] == ["2025-11-30"]


def test_a_retitled_row_with_exactly_the_bracket_units_dates_that_task():
    text = (NOTICE + "一、重点任务\n"
            "1．开展水源排查。对全县集中供水水源逐一排查。（责任单位：县水利局、各乡镇人民政府）\n"
            "2．加强水质监测。定期开展水质检测。（责任单位：县卫生健康局、县生态环境分局）\n\n"
            + TABLE_HEAD +
            "1\t开展水源排查\t县水利局、各乡镇人民政府\t2025年8月31日前\n"
            "2\t建立农村饮水检测制度\t县卫生健康局、县生态环境分局\t2025年12月31日前\n")
    got = _deadlines(text)
    assert got["加强水质监测"] == ["2025-12-31"]


def test_a_row_whose_units_differ_from_every_task_dates_none():
    # guard: units alone match only where they are the same set
    text = (NOTICE + "一、重点任务\n"
            "1．开展水源排查。对全县集中供水水源逐一排查。（责任单位：县水利局、各乡镇人民政府）\n"
            "2．加强水质监测。定期开展水质检测。（责任单位：县卫生健康局、县生态环境分局）\n\n"
            + TABLE_HEAD +
            "1\t开展水源排查\t县水利局、各乡镇人民政府\t2025年8月31日前\n"
            "2\t建立农村饮水检测制度\t县卫生健康局、县疾控中心\t2025年12月31日前\n")
    got = _deadlines(text)
    assert got["加强水质监测"] == []


CITY = "东江市人民政府办公室关于加强文明城市创建工作的通知\n各区人民政府,市政府各部门:\n一、主要任务\n"


def test_a_place_named_newspaper_and_broadcaster_take_no_elided_level():
    got = units_by_title(CITY + "(一)加强宣传。市委宣传部、东江日报社、东江广播电视台负责。\n")
    assert got["加强宣传"] == [("东江广播电视台", "responsible"), ("东江日报社", "responsible"), ("市委宣传部", "responsible")]


def test_a_bare_newspaper_in_a_list_still_takes_the_level():
    # guard: 日报社 with no place of its own is the level's (市日报社)
    got = units_by_title(CITY + "(一)加强宣传。市委宣传部、日报社、广播电视台负责。\n")
    assert got["加强宣传"] == [("市委宣传部", "responsible"), ("市广播电视台", "responsible"), ("市日报社", "responsible")]


RULES = "东江市人民政府办公室关于印发东江市防汛抗旱指挥部工作规则的通知\n各区人民政府,市政府各部门:\n一、指挥部组成\n指挥长由副市长担任。\n二、成员单位职责\n"


def _tasks(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    doc = policyparse.parse(text)
    for task in doc.tasks:
        for u in task.units:
            assert u.span is None or doc.text[u.span[0] : u.span[1]] == u.name
    return [(t.title, sorted((u.name, u.role) for u in t.units)) for t in doc.tasks if t.section is None or t.number == "二"]


def test_a_duty_line_of_two_units_stays_in_the_block():
    got = _tasks(RULES + "市水利局:负责防汛抗旱日常工作。\n市发展改革委、市财政局:负责防汛资金保障。\n市气象局:负责天气监测预报。\n")
    assert got == [
        ("市水利局:负责防汛抗旱日常工作", [("市水利局", "responsible")]),
        ("市发展改革委、市财政局:负责防汛资金保障", [("市发展改革委", "responsible"), ("市财政局", "responsible")]),
        ("市气象局:负责天气监测预报", [("市气象局", "responsible")]),
    ]


def test_duty_lines_with_a_tab_between_unit_and_duty_are_a_block():
    got = _tasks(RULES + "市水利局\t负责防汛抗旱日常工作。\n市财政局\t负责防汛资金保障。\n市气象局\t负责天气监测预报。\n")
    assert [units for _, units in got] == [
        [("市水利局", "responsible")], [("市财政局", "responsible")], [("市气象局", "responsible")]]


def test_a_line_of_a_unit_list_and_a_sentence_breaks_no_block_into_tasks():
    # guard: a part whose lines are plain sentences stays one task
    got = _tasks(RULES + "各成员单位按照职责分工,做好防汛工作。\n汛期实行24小时值班。\n遇重大险情及时报告。\n")
    assert [title for title, _ in got][-1].startswith("成员单位职责")


PROVINCE = "东江省人民政府办公厅关于促进消费的通知\n各市人民政府,省政府各部门:\n一、重点任务\n"


def test_in_x_guides_y_organises_the_work_y_is_responsible():
    got = units_by_title(PROVINCE + "(一)开展促消费活动。由省商务厅指导,各市商务局组织实施。\n")
    assert got["开展促消费活动"] == [("各市商务局", "responsible")]


def test_a_unit_that_organises_the_work_after_by_is_responsible():
    got = units_by_title(PROVINCE + "(一)开展促消费活动。由各市商务局组织实施。\n")
    assert got["开展促消费活动"] == [("各市商务局", "responsible")]


def test_organising_with_an_object_after_it_or_a_place_word_names_nobody():
    # guard: 组织实施 must close the clause, and 各地 is no unit
    assert units_by_title(PROVINCE + "(一)开展促消费活动。各地要认真组织实施。\n")["开展促消费活动"] == []
    assert units_by_title(PROVINCE + "(一)开展促消费活动。省商务厅指导各市商务局开展活动。\n")["开展促消费活动"] == []


STATE = "国务院办公厅关于促进消费的通知\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n一、重点任务\n"


def test_the_provinces_and_the_corps_are_one_collective():
    got = units_by_title(STATE + "(一)开展促消费活动。(商务部、各省、自治区、直辖市和新疆生产建设兵团负责)\n")
    assert got["开展促消费活动"] == [("各省、自治区、直辖市和新疆生产建设兵团", "responsible"), ("商务部", "responsible")]


def test_provincial_governments_and_the_corps_are_two():
    got = units_by_title(STATE + "(一)开展促消费活动。各省、自治区、直辖市人民政府和新疆生产建设兵团负责。\n")
    assert got["开展促消费活动"] == [("各省、自治区、直辖市人民政府", "responsible"), ("新疆生产建设兵团", "responsible")]


def test_a_subject_that_must_work_with_another_unit_shares_its_duty():
    # X要会同Y,负责…: call 7 keeps every unit of 会同 responsible
    got = units_by_title(CITY + "(一)开展促消费活动。市商务局要会同市财政局、市税务局,负责制定实施细则。\n")
    assert got["开展促消费活动"] == [("市商务局", "responsible"), ("市税务局", "responsible"), ("市财政局", "responsible")]


def test_a_subject_that_must_strengthen_its_work_alone_is_responsible():
    # guard
    got = units_by_title(CITY + "(一)开展促消费活动。市商务局要加强统筹,负责制定实施细则。\n")
    assert got["开展促消费活动"] == [("市商务局", "responsible")]


def test_the_culture_and_tourism_bureau_short_and_merged_names_share_a_canonical():
    doc = policyparse.parse(CITY + "(一)开展促消费活动。(责任单位:市文旅局)\n(二)发展夜间经济。(责任单位:市文化广电旅游局)\n")
    assert {u.canonical for t in doc.tasks for u in t.units} == {"市文化广电和旅游局"}


def test_the_short_culture_bureau_alone_keeps_its_own_canonical():
    # guard: with no merged name spelled out, 市文旅局 is the 文化和旅游局
    doc = policyparse.parse(CITY + "(一)开展促消费活动。(责任单位:市文旅局、市体育局)\n")
    assert {u.canonical for t in doc.tasks for u in t.units} == {"市文化和旅游局", "市体育局"}


FLAT_BODY = (" 为进一步加强安全生产工作,现就有关事项通知如下: 一、压实责任。各区要落实属地管理责任,2025年6月底前完成隐患排查。"
             " 二、强化监管。市应急管理局要加强执法检查。 三、加强宣传。各部门要广泛宣传安全知识。 东江市人民政府 2025年3月18日 (此件公开发布)")
TITLE = "东江市人民政府关于加强安全生产工作的通知"


def test_a_flat_notice_whose_number_ocr_lost_has_no_stray_hao_in_its_title():
    for number in ("东政发〔2025〕号", "东政发〔2025〕■号", "号"):
        meta = policyparse.parse("东江市人民政府文件 " + number + " " + TITLE + " 各区人民政府,市政府各部门:" + FLAT_BODY).metadata
        assert meta.title == TITLE, number


def test_a_flat_joint_notice_keeps_both_issuers_in_its_title():
    # guard: no number at all, two issuers before 关于 (OCR's space between them dropped)
    title = "东江市教育局 东江市财政局关于做好学生资助工作的通知"
    meta = policyparse.parse(title + " 各区教育局、财政局:" + FLAT_BODY.replace("东江市人民政府 2025", "东江市教育局 东江市财政局 2025")).metadata
    assert meta.title == "东江市教育局东江市财政局关于做好学生资助工作的通知"


def test_a_unit_answering_for_the_whole_is_responsible():
    got = units_by_title(CITY + "(一)深化改革。推行一网通办。各区人民政府负总责,市市场监管局负责指导。\n")
    assert got["深化改革"] == [("各区人民政府", "responsible"), ("市市场监管局", "responsible")]


def test_units_that_each_keep_to_their_duty_are_responsible():
    got = units_by_title(CITY + "(一)深化改革。推行一网通办。市市场监管局、市税务局要各司其职。\n")
    assert got["深化改革"] == [("市市场监管局", "responsible"), ("市税务局", "responsible")]


def test_a_person_in_charge_is_still_no_duty():
    # guard: 负责人 names a person, not a duty
    got = units_by_title(CITY + "(一)深化改革。推行一网通办。各区人民政府主要负责人要亲自抓。\n")
    assert got["深化改革"] == []


def test_a_party_committee_answering_for_the_whole_takes_no_role():
    # guard: corpus call 16, 负总责 of party committees is no role
    got = units_by_title(CITY + "(一)深化改革。推行一网通办。各级党委负总责,市市场监管局负责指导。\n")
    assert got["深化改革"] == [("市市场监管局", "responsible")]


FLAT_RULES = ("东江市人民政府办公室关于印发东江市防汛抗旱指挥部工作规则的通知 各区人民政府,市政府各部门: "
              "为做好防汛抗旱工作,制定本规则。 一、指挥部组成 指挥长由副市长担任。 二、成员单位职责 ")
FLAT_END = " 三、工作要求 各单位要加强值守,确保信息畅通。 东江市人民政府办公室 2025年5月6日"


def test_flat_member_duties_give_one_task_a_unit():
    doc = policyparse.parse(FLAT_RULES + "市水利局:负责防汛抗旱日常工作。承担指挥部办公室职责。 "
                            "市发展改革委、市财政局:负责防汛资金保障。 市气象局负责天气监测预报。" + FLAT_END)
    duties = [t for t in doc.tasks if t.number is None]
    assert [t.text for t in duties] == ["市水利局:负责防汛抗旱日常工作。承担指挥部办公室职责。",
                                        "市发展改革委、市财政局:负责防汛资金保障。", "市气象局负责天气监测预报。"]
    assert [sorted(u.name for u in t.units) for t in duties] == [["市水利局"], ["市发展改革委", "市财政局"], ["市气象局"]]
    assert all(doc.text[t.span[0] : t.span[1]] == t.text for t in duties)


def test_a_flat_duty_part_in_plain_sentences_stays_one_task():
    # guard: no unit opens the part's sentences
    doc = policyparse.parse(FLAT_RULES + "各成员单位按照职责分工,做好防汛工作。 汛期实行24小时值班。 遇重大险情及时报告。" + FLAT_END)
    assert [t.number for t in doc.tasks] == ["一", "二", "三"]


def test_short_and_full_names_of_merged_bureaus_share_a_canonical():
    from policyparse.units.canonical import canonical

    assert canonical("市文广旅体局") == canonical("市文化广电旅游体育局")
    assert canonical("市民族宗教局") == canonical("市民宗局") == canonical("市民族宗教事务局")
    assert canonical("市文广旅局") != canonical("市文广旅体局")  # guard: the bureau without sport stays apart


def test_a_duty_line_of_two_units_in_a_division_of_work_attachment_keeps_the_block():
    text = ("东江省人民政府办公厅关于印发东江省促进民营经济发展若干措施的通知\n各市人民政府,省政府各部门:\n"
            "    《东江省促进民营经济发展若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。\n"
            "东江省人民政府办公厅\n2025年3月1日\n东江省促进民营经济发展若干措施\n"
            "一、优化营商环境。全面清理妨碍公平竞争的政策。\n二、加大金融支持。扩大民营企业贷款规模。\n"
            "附件\n东江省促进民营经济发展若干措施部门职责分工\n"
            "省发展改革委负责优化营商环境相关工作。\n省财政厅、省地方金融管理局负责加大金融支持相关工作。\n"
            "省市场监管局负责公平竞争审查工作。\n")
    got = _tasks(text)
    assert got == [
        ("加大金融支持", []),
        ("省发展改革委负责优化营商环境相关工作", [("省发展改革委", "responsible")]),
        ("省财政厅、省地方金融管理局负责加大金融支持相关工作", [("省地方金融管理局", "responsible"), ("省财政厅", "responsible")]),
        ("省市场监管局负责公平竞争审查工作", [("省市场监管局", "responsible")]),
    ]


def test_units_carrying_out_the_work_by_their_duties_after_a_comma_are_responsible():
    # 按职责分工落实 is responsible (call 22), also as 按照职责分工,抓好贯彻落实
    got = units_by_title(CITY + "(一)深化改革。推行一网通办。市财政局、市税务局要按照职责分工,抓好贯彻落实。\n")
    assert got["深化改革"] == [("市税务局", "responsible"), ("市财政局", "responsible")]


def test_carrying_out_with_no_unit_before_it_names_nobody():
    # guard
    got = units_by_title(CITY + "(一)深化改革。推行一网通办。要明确职责分工,抓好贯彻落实。\n")
    assert got["深化改革"] == []


HEALTH = "东江市人民政府办公室关于加强公共卫生工作的通知\n各区人民政府,市政府各部门:\n一、重点任务\n"


def test_a_body_named_after_the_notices_own_place_takes_no_elided_level():
    got = units_by_title(HEALTH + "(一)加强救治。(责任单位:市应急管理局、东江消防救援支队、东江大学附属医院)\n")
    assert got["加强救治"] == [("东江大学附属医院", "responsible"), ("东江消防救援支队", "responsible"), ("市应急管理局", "responsible")]


def test_a_department_after_a_place_named_body_still_takes_the_level():
    # guard: the level elided before 卫生健康委 is restored as before
    got = units_by_title(HEALTH + "(一)加强救治。(责任单位:市应急管理局、东江大学附属医院、卫生健康委)\n")
    assert got["加强救治"] == [("东江大学附属医院", "responsible"), ("市卫生健康委", "responsible"), ("市应急管理局", "responsible")]


def test_division_of_work_lines_with_a_tab_before_the_duty_are_tasks():
    text = ("东江省人民政府办公厅关于印发东江省促进民营经济发展若干措施的通知\n各市人民政府,省政府各部门:\n"
            "    《东江省促进民营经济发展若干措施》已经省政府同意,现印发给你们,请认真贯彻执行。\n"
            "东江省人民政府办公厅\n2025年3月1日\n东江省促进民营经济发展若干措施\n"
            "一、优化营商环境。全面清理妨碍公平竞争的政策。\n二、加大金融支持。扩大民营企业贷款规模。\n"
            "附件\n东江省促进民营经济发展若干措施部门职责分工\n"
            "省发展改革委\t负责优化营商环境相关工作。\n省财政厅、省地方金融管理局\t负责加大金融支持相关工作。\n"
            "省市场监管局\t负责公平竞争审查工作。\n")
    got = [units for title, units in _tasks(text)]
    assert got == [[], [("省发展改革委", "responsible")],
                   [("省地方金融管理局", "responsible"), ("省财政厅", "responsible")], [("省市场监管局", "responsible")]]


def test_two_bodies_each_opening_with_the_place_are_two_units():
    got = units_by_title(HEALTH + "(一)加强救治。(责任单位:市交通运输局、东江机场、东江港务局)\n")
    assert got["加强救治"] == [("东江机场", "responsible"), ("东江港务局", "responsible"), ("市交通运输局", "responsible")]


def test_a_shared_suffix_list_is_still_one_name():
    # guard: call 9, 检修、建设公司 share 公司 and are kept as written
    from policyparse.units.lists import split_items

    assert [p for p, _ in split_items("东江省检修、建设公司")] == ["东江省检修、建设公司"]


def test_each_levels_departments_carry_the_level_to_the_next_department():
    # (责任单位:各区(县)人社局、财政局): each district's 财政局, not a bare 财政局
    import policyparse

    doc = policyparse.parse("东江市财政局关于做好补贴申报工作的通知\n各区(县)财政局:\n一、工作要求\n"
                            "(一)加强审核。严格审核材料。(责任单位:各区(县)人社局、财政局)\n"
                            "(二)加强指导。做好指导。(责任单位:各乡镇人民政府、财政所)\n东江市财政局\n2025年3月1日\n")
    assert [[u.name for u in t.units] for t in doc.tasks] == [
        ["各区(县)人社局", "各区(县)财政局"], ["各乡镇人民政府", "财政所"]]  # a government carries no level


def test_a_tab_line_after_the_duty_lines_does_not_undo_them():
    # a contact line with a tab after the lines (联系人:…\t联系电话:…) is no table header
    import policyparse

    doc = policyparse.parse("东江市人民政府办公室关于做好防汛工作的通知\n各区人民政府:\n一、工作目标\n确保安全度汛。\n"
                            "二、职责分工\n市水利局:负责水利工程调度。\n市应急局:负责应急救援。\n市气象局:负责天气预报。\n"
                            "联系人:王明\t联系电话:0755-1234567\n东江市人民政府办公室\n2025年3月1日\n")
    assert [[u.name for u in t.units] for t in doc.tasks] == [["市水利局"], ["市应急局"], ["市气象局"]]


def test_a_time_limit_in_brackets_after_a_unit_is_no_part_of_its_name():
    # (W14's leftover) 各乡镇人民政府(3月底前完成): the date is the task's deadline, not the unit's name
    import policyparse

    doc = policyparse.parse("东江市人民政府办公室关于做好防汛工作的通知\n各区人民政府:\n一、主要任务\n"
                            "(一)排查隐患。全面排查。(责任单位:各乡镇人民政府(3月底前完成)、市委组织部(人才办)、"
                            "市财政局(2025年6月底前))\n东江市人民政府办公室\n2025年3月1日\n")
    [task] = doc.tasks
    assert [u.name for u in task.units] == ["各乡镇人民政府", "市委组织部(人才办)", "市财政局"]
    assert [d.date for d in task.deadlines] == ["2025-03-31", "2025-06-30"]


def test_an_indented_line_of_unit_names_goes_on_with_the_labelled_value_above():
    # (P3's leftover) 责任单位:市发改委⏎          市财政局、市水利局: one list over two lines
    import policyparse

    doc = policyparse.parse("东江市人民政府办公室关于做好防汛工作的通知\n各区人民政府:\n一、主要任务\n"
                            "(一)排查隐患。全面排查。\n责任单位:市发改委\n          市财政局、市水利局\n"
                            "(二)加强值守。落实值班。\n责任单位:市应急局\n东江市人民政府办公室\n2025年3月1日\n")
    assert [[u.name for u in t.units] for t in doc.tasks] == [["市发改委", "市财政局", "市水利局"], ["市应急局"]]


def test_a_unit_heading_with_its_leader_in_a_labelled_bracket_names_the_unit():
    # (W14's leftover) 一、区发改局(牵头区领导:某某): the heading runs past the bracket's colon, the
    # unit is 区发改局 and the leader no part of it
    import policyparse

    doc = policyparse.parse("东江市东湖区人民政府办公室关于印发2025年重点工作任务分解的通知\n各街道办事处,区政府各部门:\n"
                            "一、区发改局(牵头区领导:陈立新)\n1.推进重大项目建设。全年完成投资50亿元。\n2.优化营商环境。\n"
                            "二、区财政局\n3.加强预算管理。\n东湖区人民政府办公室\n2025年3月1日\n")
    assert doc.sections[0].heading == "区发改局(牵头区领导:陈立新)"
    assert [[u.name for u in t.units] for t in doc.tasks] == [["区发改局"], ["区发改局"], ["区财政局"]]
