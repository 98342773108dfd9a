"""Helper W8's invented notices (tests/invented/w8-*): a shape they showed the parser missing,
as a made-up fragment, and a floor on the scores of the notices themselves.

The three notices are written from scratch (invented places and bodies): a county 专项整治
实施方案 in a 印发 notice, with its stages as 一是/二是 paragraphs, 牵头单位/配合单位 lines after
the items (one list wrapped onto a second line), a 组织机构 part naming the leading group and
a 职责分工 part of unit headings; a city department's 关于开展…检查的通知 with 检查范围 /
检查内容 / 检查方式 parts, report deadlines, a contact line, two blank forms as 附件 and a 抄送
footer; and a provincial 三年行动计划 in a 印发 notice as text exported from a PDF gazette (hard
line breaks every ~30 characters, page numbers and running headers between pages, the title
over three lines, unit brackets broken across lines and pages, an indicator table a cell a line).
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors


CHECK_HEAD = ("青石市应急管理局关于开展2024年汛前安全生产检查的通知\n"
              "各县(区)应急管理局:\n"
              "经研究,决定在全市开展汛前安全生产检查。现将有关事项通知如下:\n")


def test_a_check_notices_scope_and_check_list_are_no_tasks():
    # 一、检查范围 / 二、检查内容 (1.是否…;) say which places and which questions the check
    # covers, like a 考核办法's 考核内容; the work is in 检查方式 and 工作要求.
    text = (CHECK_HEAD + "一、检查范围\n全市在建工程和危化品企业,重点是临水临坡作业点。\n"
            "二、检查内容\n(一)隐患排查治理情况。\n1.是否建立隐患排查台账;\n2.是否落实隐患整改资金;\n"
            "(二)应急预案管理情况。检查应急预案是否按规定备案、演练。\n"
            "三、检查方式\n(一)企业自查。各企业于5月10日前完成自查。\n"
            "(二)部门检查。各县(区)应急管理局负责组织辖区检查,5月31日前完成。\n"
            "青石市应急管理局\n2024年4月20日\n")
    doc = policyparse.parse(text)
    assert [t.title for t in doc.tasks] == ["企业自查", "部门检查"]


def test_cases_counted_in_qi_are_a_target():
    # 查办案件不少于10起: a quota of cases, counted with the measure word 起.
    text = (CHECK_HEAD + "一、工作要求\n(一)强化执法。对拒不整改的依法查处,每个县(区)查办违法案件不少于10起。\n"
            "青石市应急管理局\n2024年4月20日\n")
    doc = policyparse.parse(text)
    assert [(t.text, t.value, t.unit, t.cmp) for t in doc.targets] == [("不少于10起", 10.0, "起", ">=")]


def test_the_plans_own_spot_check_groups_are_no_target():
    # 组成4个抽查组: the plan's own working bodies (like 督导组, 检查组), not an aim.
    text = (CHECK_HEAD + "一、检查方式\n(一)市级抽查。市应急管理局牵头,组成4个抽查组开展随机抽查,"
            "每个县(区)抽查企业不少于15家。\n青石市应急管理局\n2024年4月20日\n")
    doc = policyparse.parse(text)
    assert [t.text for t in doc.targets] == ["不少于15家"]


def test_a_section_of_a_bureau_leads_in_prose():
    # 市应急管理局危化品监管科牵头: a 科 of a named bureau is a unit in running text, as a 处 is;
    # a 科 with no body before it (眼科) stays an ordinary word.
    text = (CHECK_HEAD + "一、检查方式\n(一)市级抽查。市应急管理局危化品监管科牵头,市消防救援支队配合,开展随机抽查。\n"
            "(二)专项筛查。县人民医院眼科牵头,开展视力筛查。\n青石市应急管理局\n2024年4月20日\n")
    doc = policyparse.parse(text)
    units = {t.title: [(u.role, u.name) for u in t.units] for t in doc.tasks}
    assert units == {"市级抽查": [("lead", "市应急管理局危化品监管科"), ("cooperating", "市消防救援支队")],
                     "专项筛查": []}


PDF_NOTICE = ("          青石省人民政府办公厅关于印发青石省城乡冷链\n"
              "          物流设施建设三年行动计划\n"
              "          （2024—2026年）的通知\n\n"
              "          青政办发〔2024〕7号\n\n"
              "各市人民政府,省政府各部门:\n"
              "《青石省城乡冷链物流设施建设三年行动计划（2024—2026年）》已经\n"
              "省政府同意,现印发给你们,请认真贯彻执行。\n\n"
              "                                青石省人民政府办公厅\n"
              "                                2024年5月6日\n\n"
              "                              — 1 —\n"
              "\f青石省人民政府公报                    2024年第11期\n\n"
              "          青石省城乡冷链物流设施建设\n"
              "          三年行动计划\n"
              "          （2024—2026年）\n\n"
              "一、主要任务\n"
              "(一)建设产地冷链设施。到2026年,新建产地冷藏保鲜设施300个以上。（省农业农村厅\n"
              "牵头,省商务厅按职责分工负责）\n\n"
              "                              — 2 —\n"
              "\f青石省人民政府公报                    2024年第11期\n\n"
              "(二)完善城市冷链配送网络。到2026年,建成城市冷链配送中心20个。（省商务厅负责）\n\n"
              "                              — 3 —\n")


def test_a_pdf_title_over_three_lines_ends_with_its_period_and_genre():
    # A PDF's centred title: …三年行动计划 / (2024—2026年)的通知, the period and the genre word
    # wrapped onto the third line together.
    doc = policyparse.parse(PDF_NOTICE)
    assert doc.metadata.title == "青石省人民政府办公厅关于印发青石省城乡冷链物流设施建设三年行动计划(2024—2026年)的通知"


def test_page_numbers_and_running_headers_stand_before_the_plans_title():
    # — 1 — / 青石省人民政府公报 2024年第11期 (a running header that opens every page) between the
    # notice's date and the plan's title; the plan's title over two lines and its period on a third.
    doc = policyparse.parse(PDF_NOTICE)
    assert doc.metadata.enclosed_title == "青石省城乡冷链物流设施建设三年行动计划(2024—2026年)"


PLAN_HEAD = ("青石省人民政府办公厅关于印发青石省冷链物流行动计划的通知\n"
             "各市人民政府:\n一、主要任务\n")


def test_manner_words_a_hard_wrap_breaks_are_no_part_of_the_name():
    # …省住房城乡建设厅按职责分⏎工负责: 按职责分工 goes with 负责 across the break.
    text = PLAN_HEAD + ("1.建设产地冷链设施。新建设施300个以上。（省农业农村厅牵头,省发展改革委、省住房城乡建设厅按职责分\n"
                        "工负责）\n2.完善配送网络。建成配送中心20个。（省商务厅、省交通运输厅按职\n责分工负责）\n")
    doc = policyparse.parse(text)
    assert [[(u.role, u.name) for u in t.units] for t in doc.tasks] == [
        [("lead", "省农业农村厅"), ("responsible", "省发展改革委"), ("responsible", "省住房城乡建设厅")],
        [("responsible", "省商务厅"), ("responsible", "省交通运输厅")],
    ]


def test_a_unit_bracket_broken_by_a_page_end():
    # A PDF export: the bracket runs on after the page number and the next page's running header.
    text = PLAN_HEAD + ("1.建设产地冷链设施。新建设施300个以上。（省农业农村厅、省商务厅按职责分工\n\n"
                        "                              — 4 —\n"
                        "\f青石省人民政府公报                    2024年第11期\n\n"
                        "负责）\n2.完善配送网络。建成配送中心20个。（省商务厅负责）\n\n"
                        "                              — 5 —\n"
                        "\f青石省人民政府公报                    2024年第11期\n\n"
                        "3.发展冷链运输。新增冷藏车500辆。（省交通运输厅负责）\n")
    doc = policyparse.parse(text)
    assert [[(u.role, u.name) for u in t.units] for t in doc.tasks] == [
        [("responsible", "省农业农村厅"), ("responsible", "省商务厅")],
        [("responsible", "省商务厅")],
        [("responsible", "省交通运输厅")],
    ]


def test_confiscation_in_a_plans_enforcement_work_is_no_penalty_clause():
    # 没收违法所得 beside a case quota: the plan's enforcement work, not a sanction's amounts; a
    # penalty clause keeps its amounts out with 罚款.
    text = (CHECK_HEAD + "一、工作要求\n(一)严厉打击。依法从严查处,没收违法所得和作案工具,全年查处案件不少于20起。\n"
            "(二)依法处罚。对违规企业没收违法所得,并处5万元以上10万元以下罚款。\n"
            "青石市应急管理局\n2024年4月20日\n")
    doc = policyparse.parse(text)
    assert [t.text for t in doc.targets] == ["不少于20起"]


# Final figures on the three notices, rounded down to 0.05 (the first, held-out run: title
# 0.667, enclosed_title 0.667, sections 0.982, tasks 0.904, units 0.965, deadlines 0.968,
# targets 0.800 (year 0.571); see the report). What is left is outside the code W8 could touch:
# a heading a PDF line end cuts, a year a page end splits from its 年, a comparator or 以上 a line
# end cuts from its number, an indicator table a cell a line (no column years), 已许可采砂场
# read as a past fact.
FLOORS = floors({"sections": 0.95, "deadlines": 0.95, "targets": 0.8})
ACCURACY_FLOORS = floors({"targets.year": 0.6}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w8-", 3, FLOORS, ACCURACY_FLOORS, tmp_path)


def test_a_discipline_after_a_body_is_no_section_of_it():
    from policyparse.text.orgs import is_unit_name

    assert is_unit_name("县教育局安全股") and is_unit_name("市委办公室秘书科")
    assert not is_unit_name("医学院重点学科") and not is_unit_name("卫健委专科")
