"""Third probe of sections and tasks: shapes of unseen notices the earlier tests do not show.

Every fragment is made up (东江市, 南湖区 … and invented sentences) in the layouts Chinese
official notices use. Expected outlines and tasks are read off per the annotation guide
("Sections", "Tasks"), never copied from the parser; every span must point at its item's text.
"""

from __future__ import annotations

import pytest

from fragments import outline, parsed_outline, titles
from policyparse.stages import tasks as tasks_stage


# --- goals, approach and positioning parts are framing -------------------------------------

WORK = "二、重点任务\n(一)建设新型基础设施。新建5G基站1000个。\n(二)推动产业数字化转型。\n三、保障措施\n(一)加强组织领导。\n"
WORK_TASKS = ["建设新型基础设施", "推动产业数字化转型", "加强组织领导"]


@pytest.mark.parametrize("caption", ["目标要求", "建设目标", "改革目标", "远景目标", "发展定位", "功能定位", "基本思路", "发展思路", "实施原则", "主要指标"])
def test_items_of_a_goals_or_approach_part_are_no_tasks(caption):
    # The guide's framing list (发展目标, 工作目标, 基本原则 …) names kinds of part: aims, approach,
    # principles. A plan that words them otherwise (建设目标, 发展定位) frames just the same.
    doc = parsed_outline(f"东江市数字经济发展工作方案\n一、{caption}\n(一)到2024年,全市数字经济核心产业增加值达到200亿元。\n"
                 "(二)到2025年,建成数字化车间50个。\n" + WORK)
    assert outline(doc)[:3] == [(1, "一", caption), (2, "(一)", "到2024年,全市数字经济核心产业增加值达到200亿元"),
                                (2, "(二)", "到2025年,建成数字化车间50个")]
    assert titles(doc) == WORK_TASKS


def test_a_goals_part_without_items_is_no_task():
    doc = parsed_outline("东江市数字经济发展工作方案\n一、建设目标\n到2025年,建成数字化车间50个。\n" + WORK)
    assert titles(doc) == WORK_TASKS


@pytest.mark.parametrize("caption", ["推进目标责任考核", "完善指标体系建设", "强化定位监测服务"])
def test_a_work_item_that_mentions_aims_stays_a_task(caption):
    # Guard: only captions opened by a framing part name are framing; an action on aims is work.
    doc = parsed_outline(f"东江市关于促进数字经济发展的若干措施\n一、{caption}。加大支持力度。\n二、加强组织领导。\n")
    assert titles(doc) == [caption, "加强组织领导"]


# --- numbers at line starts that are no headings -------------------------------------------

RANK_PLAN = (
    "东江市安全生产专项整治工作方案\n一、工作目标\n全面排查整治安全隐患。\n二、工作任务\n(一)开展隐患排查。\n"
    "{line}\n(二)加强执法检查。\n三、工作要求\n(一)加强组织领导。\n"
)


@pytest.mark.parametrize("line", ["三、四季度,开展专项检查。", "三、四月份完成道路排查。", "三、四类隐患限期整改。"])
def test_two_ordinals_of_a_rank_word_at_a_line_start_are_no_heading(line):
    doc = parsed_outline(RANK_PLAN.format(line=line))
    assert outline(doc) == [(1, "一", "工作目标"), (1, "二", "工作任务"), (2, "(一)", "开展隐患排查"),
                            (2, "(二)", "加强执法检查"), (1, "三", "工作要求"), (2, "(一)", "加强组织领导")]
    assert line in next(t.text for t in doc.tasks if t.title == "开展隐患排查")


def test_two_ordinals_of_a_rank_word_run_into_flat_text_are_no_heading():
    pad = "各区县要高度重视安全生产工作,切实加强领导,形成工作合力,确保各项任务落到实处。" * 30
    text = RANK_PLAN.format(line=pad + "三、四季度开展专项检查。").replace("\n", "")
    doc = parsed_outline(text)
    assert [s.number for s in doc.sections] == ["一", "二", "(一)", "(二)", "三", "(一)"]


@pytest.mark.parametrize("caption", ["三大工程建设", "四个领域改革", "四级联动机制"])
def test_a_heading_whose_caption_opens_with_a_numeral_stays_a_heading(caption):
    # Guard: 三、三大工程建设 / 三、四级联动机制 are parts; only the next ordinal before a rank word is a phrase.
    doc = parsed_outline(RANK_PLAN.format(line="").replace("三、工作要求", f"三、{caption}"))
    assert outline(doc)[-2:] == [(1, "三", caption), (2, "(一)", "加强组织领导")]


# --- a part that skips a level of numbering ------------------------------------------------

SKIPPING_PLAN = (
    "东江市优化营商环境行动方案\n一、总体要求\n到2025年,营商环境进入全省前列。\n二、重点任务\n(一)提升政务服务效能\n"
    "1.推进“一网通办”。\n2.压缩审批时限。\n(二)优化市场环境\n1.规范涉企收费。\n"
    "三、保障措施\n1.加强组织领导。成立领导小组。\n2.强化督导考核。纳入年度考核。\n3.营造良好氛围。\n"
)


def test_items_of_a_part_that_goes_straight_to_arabic_numbers_are_siblings():
    # 1. took depth 3 under (一); under 三、 it keeps that depth (the guide's shape rule), and
    # 2. and 3. are its siblings under 三、, not its children: each is a task.
    doc = parsed_outline(SKIPPING_PLAN)
    by_id = {s.id: s for s in doc.sections}
    assert [(s.level, s.number, by_id[s.parent].number if s.parent else None) for s in doc.sections[-4:]] == [
        (1, "三", None), (3, "1", "三"), (3, "2", "三"), (3, "3", "三")]
    assert titles(doc) == ["推进“一网通办”", "压缩审批时限", "规范涉企收费", "加强组织领导", "强化督导考核", "营造良好氛围"]


def test_a_new_shape_under_a_skipping_part_nests_under_the_item_before_it():
    doc = parsed_outline(SKIPPING_PLAN.replace("2.强化督导考核。纳入年度考核。\n", "2.强化督导考核\n(1)纳入年度考核。\n(2)定期通报进展。\n"))
    by_id = {s.id: s for s in doc.sections}
    assert [(s.level, s.number, by_id[s.parent].number if s.parent else None) for s in doc.sections[-6:]] == [
        (1, "三", None), (3, "1", "三"), (3, "2", "三"), (4, "(1)", "2"), (4, "(2)", "2"), (3, "3", "三")]
    assert titles(doc)[-4:] == ["加强组织领导", "纳入年度考核", "定期通报进展", "营造良好氛围"]


def test_articles_of_a_chapter_without_sections_are_siblings():
    # 第一章 / 第一节 / 第一条 in one chapter, 第二章 / 第五条 in the next: articles keep depth 3.
    doc = parsed_outline("东江市城市绿化管理实施细则\n第一章 总则\n第一节 一般规定\n第一条 为加强城市绿化管理,制定本细则。\n"
                 "第二条 本细则适用于本市城市规划区。\n第二章 规划建设\n第三条 城市绿地系统规划由市城市管理局编制。\n"
                 "第四条 新建居住区绿地率不得低于30%。\n")
    by_id = {s.id: s for s in doc.sections}
    assert [(s.level, s.number, by_id[s.parent].number if s.parent else None) for s in doc.sections[-3:]] == [
        (1, "第二章", None), (3, "第三条", "第二章"), (3, "第四条", "第二章")]


def test_a_dense_outline_keeps_its_parents():
    # Guard: 一、 (一) 1. everywhere; nothing skips a level.
    doc = parsed_outline(SKIPPING_PLAN.replace("三、保障措施\n", "三、保障措施\n(一)强化保障\n"))
    by_id = {s.id: s for s in doc.sections}
    assert [(s.level, s.number, by_id[s.parent].number if s.parent else None) for s in doc.sections[-5:]] == [
        (1, "三", None), (2, "(一)", "三"), (3, "1", "(一)"), (3, "2", "(一)"), (3, "3", "(一)")]


# --- numbers typed with a second mark ---------------------------------------------------------


@pytest.mark.parametrize("first, second", [("(一)、", "(二)、"), ("（一）、", "（二）、"), ("1.、", "2.、")])
def test_a_comma_typed_after_the_numbers_own_mark_is_no_part_of_the_heading(first, second):
    doc = parsed_outline(f"东江市乡村振兴工作方案\n一、重点任务\n{first}加强产业发展。培育特色产业。\n{second}推进乡村建设\n"
                 "做好村庄规划。\n")
    assert [(s.number, s.heading) for s in doc.sections][1:] == [
        (first[:-1].replace("（", "(").replace("）", ")").rstrip("."), "加强产业发展"),
        (second[:-1].replace("（", "(").replace("）", ")").rstrip("."), "推进乡村建设")]
    assert titles(doc) == ["加强产业发展", "推进乡村建设"]


def test_an_enumeration_comma_inside_a_caption_stays():
    # Guard: only a mark right after the number goes; 、 between the caption's words stays.
    doc = parsed_outline("东江市乡村振兴工作方案\n一、重点任务\n(一)产业、人才振兴。培育特色产业。\n")
    assert [s.heading for s in doc.sections] == ["重点任务", "产业、人才振兴"]


@pytest.mark.parametrize("mark", [")", "）"])
def test_list_numbers_with_only_a_closing_bracket_at_line_starts(mark):
    doc = parsed_outline(f"东江市乡村振兴工作方案\n一、重点任务\n1{mark}加强产业发展。培育特色产业。\n2{mark}推进乡村建设。\n"
                 f"二、保障措施\n1{mark}加强组织领导。\n")
    assert outline(doc) == [(1, "一", "重点任务"), (2, "1)", "加强产业发展"), (2, "2)", "推进乡村建设"),
                            (1, "二", "保障措施"), (2, "1)", "加强组织领导")]
    assert titles(doc) == ["加强产业发展", "推进乡村建设", "加强组织领导"]


def test_closing_bracket_numbers_inside_a_sentence_are_no_headings():
    # Guard: run into a sentence (主要包括:1)…;2)…) they are the sentence's own list.
    doc = parsed_outline("东江市乡村振兴工作方案\n一、重点任务\n(一)加强产业发展。主要包括:1)特色种植;2)乡村旅游。\n"
                 "(二)推进乡村建设。\n")
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)"]


# --- titles ----------------------------------------------------------------------------------


def test_a_caption_closed_by_a_colon_on_its_own_line_is_the_title_without_it():
    doc = parsed_outline("东江市乡村振兴工作方案\n一、保障措施\n(一)加强组织领导:\n成立领导小组。\n(二)强化考核:\n纳入年度考核。\n")
    assert titles(doc) == ["加强组织领导", "强化考核"]


def test_a_colon_inside_the_first_sentence_stays_in_the_title():
    # Guard: the title is the first sentence; a colon inside it is no end.
    doc = parsed_outline("东江市乡村振兴工作方案\n一、保障措施\n(一)加强组织领导:成立领导小组。\n(二)强化考核。\n")
    assert titles(doc) == ["加强组织领导:成立领导小组", "强化考核"]


@pytest.mark.parametrize("caption", ["2023年工作目标", "“十四五”发展目标", "三年行动目标", "主要工作目标", "年度工作目标", "全市发展目标"])
def test_a_framing_part_name_after_a_period_or_scope_word_is_framing(caption):
    assert tasks_stage.part_kind(caption) == "framing"
    doc = parsed_outline(f"东江市数字经济发展工作方案\n一、{caption}\n(一)到2024年,全市数字经济核心产业增加值达到200亿元。\n"
                 "(二)到2025年,建成数字化车间50个。\n" + WORK)
    assert titles(doc) == WORK_TASKS


@pytest.mark.parametrize("caption", ["落实年度目标任务", "分解年度工作目标", "年度工作目标分解落实"])
def test_work_on_aims_after_a_period_or_scope_word_is_no_framing_part(caption):
    # Guard: a verb before the name (落实, 分解) or words after it make it a phrase of work.
    assert tasks_stage.part_kind(caption) != "framing"


def test_a_part_reporting_how_last_years_aims_went_is_a_report():
    # Was a guard above (2026-12-07, seventh session): W29 read 一、2024年工作完成情况 as a year's report
    # (data/background_parts.txt, its year dropped), and so is 2023年工作目标完成情况: past figures, no work.
    assert tasks_stage.part_kind("2023年工作目标完成情况") == "framing"
    doc = parsed_outline("东江市2024年工作要点\n一、2023年工作目标完成情况\n(一)全市数字经济核心产业增加值达到200亿元。\n"
                         "(二)建成数字化车间50个。\n" + WORK)
    assert titles(doc) == WORK_TASKS


# --- the fact parts of a call for applications -----------------------------------------------

CALL = """东江市科学技术局关于组织申报2023年度市级科技计划项目的通知
各区县科技主管部门,各有关单位:
为做好2023年度市级科技计划项目申报工作,现将有关事项通知如下:
一、申报范围
(一)重点研发项目。
(二)科技成果转化项目。
二、申报条件
(一)申报单位应为在本市注册的企业或事业单位。
(二)具有完成项目所需的组织管理能力。
三、申报时间
2023年3月1日至3月31日。
四、申报程序
(一)网上申报。申报单位登录系统填报。
(二)推荐审核。各区县科技主管部门于4月10日前完成审核推荐。
五、工作要求
(一)严格审核把关。各推荐单位要对申报材料严格审核。
(二)加强诚信管理。
六、联系方式
联系人:张三,电话:1234567。
东江市科学技术局
2023年2月20日
"""


def test_scope_conditions_time_and_contact_parts_of_a_call_assign_no_work():
    doc = parsed_outline(CALL)
    assert [s.heading for s in doc.sections if s.level == 1] == ["申报范围", "申报条件", "申报时间", "申报程序", "工作要求", "联系方式"]
    assert titles(doc) == ["网上申报", "推荐审核", "严格审核把关", "加强诚信管理"]


@pytest.mark.parametrize("caption", ["明确支持范围", "合理确定补助标准"])
def test_a_measure_on_the_scope_stays_work(caption):
    # Guard: after a verb the scope word is the object of a measure (明确支持范围), not a part.
    assert tasks_stage.part_kind(caption) != "framing"
    doc = parsed_outline(f"东江市关于支持小微企业发展的指导意见\n一、总体要求\n(一)指导思想。坚持问题导向。\n"
                 f"二、聚焦支小支农\n(二){caption}。重点支持小微企业。\n(三)回归主业。\n")
    assert titles(doc) == [caption, "回归主业"]


# Hard-wrapped text (a PDF copied line by line) may open a line with any word of a sentence.
WRAPPED = ("东江市生态环境保护工作方案\n一、重点任务\n(一)加强河湖治理。全年完成河道清淤\n{line}\n(二)推进绿化建设。\n"
           "二、保障措施\n(一)加强组织领导。\n")


@pytest.mark.parametrize("line", ["2.1公里,修复湿地3.1公顷。", "3.1公顷湿地得到修复。", "2.1平方公里水域纳入保护。"])
def test_a_wrapped_line_that_opens_with_a_decimal_quantity_is_no_heading(line):
    doc = parsed_outline(WRAPPED.format(line=line))
    assert outline(doc) == [(1, "一", "重点任务"), (2, "(一)", "加强河湖治理"), (2, "(二)", "推进绿化建设"),
                            (1, "二", "保障措施"), (2, "(一)", "加强组织领导")]
    assert line in next(t.text for t in doc.tasks if t.title == "加强河湖治理")


def test_decimal_headings_whose_captions_open_like_a_measure_stay_headings():
    # Guard: 2.1部门职责 / 2.2公共服务: a one-character measure word or 公 opening a caption.
    doc = parsed_outline("东江市防汛应急预案\n1.总则\n1.1编制目的\n做好防汛工作。\n2.组织体系\n2.1部门职责\n各部门按职责分工负责。\n"
                 "2.2公共服务保障\n做好服务。\n")
    assert outline(doc) == [(1, "1", "总则"), (2, "1.1", "编制目的"), (1, "2", "组织体系"), (2, "2.1", "部门职责"),
                            (2, "2.2", "公共服务保障")]


# --- closing provisions under a caption of their own -----------------------------------------

CLOSING = ("东江市乡村振兴工作方案\n一、总体要求\n到2025年,建成示范村50个。\n二、重点任务\n(一)加强产业发展。\n(二)推进乡村建设。\n"
           "三、组织实施\n各区县要制定具体方案,于3月底前报市农业农村局。\n四、{caption}\n本方案自印发之日起施行,由市农业农村局负责解释。\n")


@pytest.mark.parametrize("caption", ["其他", "施行日期", "实施日期"])
def test_a_last_part_that_puts_the_plan_in_force_is_no_task(caption):
    # 三、组织实施 has body text and no items in a work part: itself a task (guide, "Tasks").
    assert titles(parsed_outline(CLOSING.format(caption=caption))) == ["加强产业发展", "推进乡村建设", "组织实施"]


def test_other_work_as_an_item_of_a_work_part_stays_a_task():
    # Guard: the caption decides only where no heading above names a part.
    doc = parsed_outline(CLOSING.format(caption="附则").replace("(二)推进乡村建设。", "(二)其他\n做好其他相关工作。"))
    assert titles(doc) == ["加强产业发展", "其他", "组织实施"]


# --- numbers typed twice ---------------------------------------------------------------------


def test_an_item_number_typed_twice_keeps_both_items_and_the_sequence_after_them():
    doc = parsed_outline("东江市乡村振兴工作方案\n一、重点任务\n(一)加强产业发展。\n(二)推进乡村建设。\n(二)深化农村改革。\n"
                 "(三)加强乡村治理。\n二、保障措施\n(一)加强组织领导。\n")
    assert [(s.level, s.number) for s in doc.sections] == [(1, "一"), (2, "(一)"), (2, "(二)"), (2, "(二)"), (2, "(三)"),
                                                          (1, "二"), (2, "(一)")]
    assert titles(doc) == ["加强产业发展", "推进乡村建设", "深化农村改革", "加强乡村治理", "加强组织领导"]
    assert any("repeats" in w for w in doc.warnings)


def test_a_part_number_typed_twice_keeps_the_second_part():
    doc = parsed_outline("东江市乡村振兴工作方案\n一、总体要求\n做好工作。\n二、重点任务\n(一)加强产业发展。\n二、保障措施\n(一)加强组织领导。\n")
    assert outline(doc) == [(1, "一", "总体要求"), (1, "二", "重点任务"), (2, "(一)", "加强产业发展"), (1, "二", "保障措施"),
                            (2, "(一)", "加强组织领导")]


def test_a_repeated_number_run_into_flat_text_stays_out():
    # Guard: flat text has no line starts to trust; a number out of sequence there is a reference.
    pad = "各区县要高度重视乡村振兴工作,切实加强领导,形成工作合力,确保各项任务落到实处。" * 30
    doc = parsed_outline("东江市乡村振兴工作方案一、重点任务(一)加强产业发展。" + pad + "(二)推进乡村建设。按要求执行。(二)所列事项由各区县落实。"
                 "(三)加强乡村治理。")
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)", "(三)"]


# --- a short table of contents ---------------------------------------------------------------

PLAN_BODY = ("一、总体要求\n到2025年,建成示范村50个。\n二、重点任务\n(一)加强产业发展。培育特色产业。\n(二)推进乡村建设。\n"
             "三、保障措施\n(一)加强组织领导。\n(二)强化资金保障。\n")
PLAN_OUTLINE = [(1, "一", "总体要求"), (1, "二", "重点任务"), (2, "(一)", "加强产业发展"), (2, "(二)", "推进乡村建设"),
                (1, "三", "保障措施"), (2, "(一)", "加强组织领导"), (2, "(二)", "强化资金保障")]


@pytest.mark.parametrize("contents", ["目  录\n一、总体要求 1\n二、重点任务 2\n三、保障措施 4\n", "目录\n一、总体要求\n二、重点任务\n三、保障措施\n"])
def test_a_short_contents_list_under_its_label_is_skipped(contents):
    doc = parsed_outline("东江市乡村振兴实施方案\n" + contents + PLAN_BODY)
    assert outline(doc) == PLAN_OUTLINE
    assert titles(doc) == ["加强产业发展", "推进乡村建设", "加强组织领导", "强化资金保障"]


def test_short_parts_without_a_contents_label_stay_headings():
    # Guard: without 目录 three short title lines are parts (their numbers do not come again).
    doc = parsed_outline("东江市乡村振兴实施方案\n一、总体要求\n二、重点任务\n(一)加强产业发展。\n三、保障措施\n(一)加强组织领导。\n")
    assert [s.number for s in doc.sections] == ["一", "二", "(一)", "三", "(一)"]


@pytest.mark.parametrize("caption", ["工作目的", "编制目的", "工作依据", "总体考虑", "规划期限", "术语定义", "预期成效"])
def test_purpose_basis_terms_and_results_parts_are_framing(caption):
    doc = parsed_outline(f"南湖区2023年农村人居环境整治提升工作方案\n一、{caption}\n为改善农村人居环境,制定本方案。\n"
                 "二、工作内容\n(一)推进农村厕所革命。\n(二)推进生活垃圾治理。\n")
    assert titles(doc) == ["推进农村厕所革命", "推进生活垃圾治理"]


def test_a_first_sentence_wrapped_after_a_comma_is_the_whole_title():
    # A <br> inside a paragraph or a hard-wrapped page breaks the line where no sentence ends.
    doc = parsed_outline("东江市城乡融合发展工作方案\n一、重点任务\n(一)推进城乡融合发展,加快构建新型工农城乡关系,\n"
                 "促进城乡要素双向流动。各区县要抓好落实。\n(二)加强农村基础设施建设、\n公共服务建设。\n")
    assert titles(doc) == ["推进城乡融合发展,加快构建新型工农城乡关系,促进城乡要素双向流动", "加强农村基础设施建设、公共服务建设"]
    assert doc.sections[1].heading == "推进城乡融合发展,加快构建新型工农城乡关系"  # the heading ends at the line (guide)


def test_a_caption_line_without_a_comma_is_the_title_alone():
    # Guard: a heading on its own line, its text on the next.
    doc = parsed_outline("东江市城乡融合发展工作方案\n一、重点任务\n(一)推进城乡融合发展\n加快构建新型工农城乡关系,促进要素流动。\n")
    assert titles(doc) == ["推进城乡融合发展"]


# --- an attachment's own numbering -----------------------------------------------------------

NOTICE_WITH_DIVISION = """东江市人民政府办公室关于进一步做好稳就业工作的通知
各区县人民政府,市政府各部门:
为做好稳就业工作,经市政府同意,现就有关事项通知如下:
一、加大援企稳岗力度。落实失业保险稳岗返还政策。
二、拓宽就业渠道。鼓励创业带动就业。
三、加强组织保障。各区县要压实责任。
附件:重点任务分工
东江市人民政府办公室
2023年5月6日
附件
重点任务分工
1.落实失业保险稳岗返还政策。(牵头单位:市人社局;配合单位:市财政局)
2.鼓励创业带动就业。(牵头单位:市人社局)
3.开发公益性岗位500个。(责任单位:各区县人民政府)
"""


def test_an_attachment_in_a_new_shape_starts_its_own_tree():
    # The attachment's 1. items are no children of the body's last part 三、, which is a task.
    doc = parsed_outline(NOTICE_WITH_DIVISION)
    assert [(s.level, s.number, s.parent) for s in doc.sections] == [
        (1, "一", None), (1, "二", None), (1, "三", None), (1, "1", None), (1, "2", None), (1, "3", None)]
    assert titles(doc) == ["加大援企稳岗力度", "拓宽就业渠道", "加强组织保障", "落实失业保险稳岗返还政策", "鼓励创业带动就业",
                           "开发公益性岗位500个"]


def test_an_attachment_in_the_bodys_shapes_keeps_their_levels():
    # Guard: shapes seen before take their old depth (guide): 一、 1, (一) 2 in the attachment too.
    doc = parsed_outline(NOTICE_WITH_DIVISION.replace("一、加大", "一、重点任务\n(一)加大").replace("二、拓宽", "(二)拓宽")
                 .replace("三、加强", "二、保障措施\n(一)加强").replace("1.落实", "一、就业任务\n(一)落实")
                 .replace("2.鼓励", "(二)鼓励").replace("3.开发", "(三)开发"))
    by_id = {s.id: s for s in doc.sections}
    assert [(s.level, s.number, by_id[s.parent].number if s.parent else None) for s in doc.sections] == [
        (1, "一", None), (2, "(一)", "一"), (2, "(二)", "一"), (1, "二", None), (2, "(一)", "二"),
        (1, "一", None), (2, "(一)", "一"), (2, "(二)", "一"), (2, "(三)", "一")]


def test_a_lone_first_part_number_without_an_attachment_label_stays_out():
    # Guard: without 附件 above it, a top-level 一、 again counts only when its 二、 follows.
    doc = parsed_outline("东江市稳就业工作方案\n一、加大援企稳岗力度。落实政策。\n二、拓宽就业渠道。鼓励创业。\n三、加强组织保障。压实责任。\n"
                 "一、全年新增就业岗位1万个以上。\n")
    assert [s.number for s in doc.sections] == ["一", "二", "三"]


# --- a plan that encloses rules ----------------------------------------------------------------

PLAN_WITH_RULES = """东江市人民政府办公室关于印发东江市科技创新券实施方案的通知
各区县人民政府,市政府各部门:
《东江市科技创新券实施方案》已经市政府同意,现印发给你们,请认真贯彻执行。
东江市人民政府办公室
2023年4月6日
东江市科技创新券实施方案
一、总体要求
到2025年,累计发放创新券1亿元。
二、重点任务
(一)扩大创新券支持范围。将研发设计纳入支持范围。
(二)优化兑付流程。实行线上兑付。
三、保障措施
(一)加强组织领导。
附件:东江市科技创新券管理办法
附件
东江市科技创新券管理办法
第一条 为规范科技创新券管理,制定本办法。
第二条 市科技局负责创新券的发放和管理。
第三条 本办法自印发之日起施行。
"""


def test_articles_in_an_attachment_leave_the_plans_items_tasks():
    # Articles set procedure (only those naming a unit for the work are tasks); the plan's
    # items around them are read as a plan's.
    assert titles(parsed_outline(PLAN_WITH_RULES)) == ["扩大创新券支持范围", "优化兑付流程", "加强组织领导", "市科技局负责创新券的发放和管理"]


def test_clauses_of_an_article_are_read_as_rules():
    # Guard: a clause under an article is part of the rules: without a unit named for its work, no task.
    doc = parsed_outline("东江市公共数据管理规定\n第一条 为加强公共数据管理,制定本规定。\n第二条 公共数据按照下列原则管理:\n"
                 "(一)统筹规划。\n(二)安全可控。\n第三条 本规定自2023年7月1日起施行。\n")
    assert titles(doc) == []


# --- a list shape first seen in a goals part -------------------------------------------------

GOALS_THEN_ITEMS = """东江市开发区“满园扩园”三年行动计划(2023-2025年)
一、行动目标
1.2023年,开发区“四上”企业增加值增长10%以上。
2.2024-2025年,年均增长12%以上。
二、重点任务
(一)实施项目攻坚行动
1.2023年6月底前,完成项目谋划100个。
2.加快项目建设。
(二)实施招商引资行动
1.2023年引进亿元以上项目50个。
2.创新招商方式。
"""


def test_a_list_number_before_a_span_of_years():
    doc = parsed_outline(GOALS_THEN_ITEMS)
    assert outline(doc)[:3] == [(1, "一", "行动目标"), (2, "1", "2023年,开发区“四上”企业增加值增长10%以上"),
                                (2, "2", "2024-2025年,年均增长12%以上")]


def test_a_list_restarts_after_a_heading_of_another_shape_closed_it():
    # 1. first stood at depth 2 (under 一、); starting again under (一) it nests there (the
    # guide's levels 1, 2, 3 where 一、 (一) 1. all occur; second round, tests/test_probe_structure2.py);
    # (二) closes the first run, and its own 1. 2. are headings again.
    doc = parsed_outline(GOALS_THEN_ITEMS)
    assert outline(doc)[3:] == [(1, "二", "重点任务"), (2, "(一)", "实施项目攻坚行动"), (3, "1", "2023年6月底前,完成项目谋划100个"),
                                (3, "2", "加快项目建设"), (2, "(二)", "实施招商引资行动"), (3, "1", "2023年引进亿元以上项目50个"),
                                (3, "2", "创新招商方式")]


def test_a_first_number_inside_an_open_list_stays_out():
    # Guard: with its list still open (no heading of another shape closed it), 1. again is no heading.
    doc = parsed_outline("东江市开发区三年行动计划\n一、重点任务\n(一)实施项目攻坚行动\n1.完成项目谋划。\n2.加快项目建设。\n"
                 "其中:\n1.2023年引进项目50个。\n(二)实施招商引资行动\n")
    assert [s.number for s in doc.sections] == ["一", "(一)", "1", "2", "(二)"]


def test_time_place_and_attendance_parts_of_a_meeting_notice_assign_no_work():
    doc = parsed_outline("东江市人民政府办公室关于召开全市安全生产工作会议的通知\n各区县人民政府,市政府各部门:\n经市政府同意,定于召开全市安全生产工作会议。\n"
                 "一、会议时间\n2023年3月10日上午9:00。\n二、会议地点\n市政府三楼会议室。\n三、参会人员\n各区县分管负责同志。\n"
                 "四、有关要求\n(一)请各单位于3月8日前报送参会名单。\n(二)请参会人员提前10分钟入场。\n")
    assert titles(doc) == ["请各单位于3月8日前报送参会名单", "请参会人员提前10分钟入场"]
