"""Sections and tasks on layouts the corpus does not show.

Every fragment is made up (generic place and body names, invented sentences) in the shapes
Chinese official notices use. Expected outlines and tasks are what a careful reader
annotates per the annotation guide ("Sections", "Tasks"); every span must point at exactly
its item's text.
"""

from __future__ import annotations

import re

import pytest

import policyparse
from policyparse.stages import tasks as tasks_stage


def parsed(text: str):
    doc = policyparse.parse(text)
    for s in doc.sections:
        assert doc.text[s.heading_span[0] : s.heading_span[1]] == s.heading
        # A section's span opens with its number (written with padding, as in "( 一 )").
        assert re.sub(r"\s", "", doc.text[s.span[0] : s.span[1]]).startswith(s.number)
    for t in doc.tasks:
        assert doc.text[t.span[0] : t.span[1]] == t.text
    return doc


def outline(doc) -> list[tuple]:
    """(level, number, heading, parent's heading) of every section."""
    by_id = {s.id: s for s in doc.sections}
    return [(s.level, s.number, s.heading, by_id[s.parent].heading if s.parent else None) for s in doc.sections]


def task_list(doc) -> list[tuple]:
    """(number, title, own section's heading) of every task."""
    by_id = {s.id: s for s in doc.sections}
    return [(t.number, t.title, by_id[t.section].heading if t.section else None) for t in doc.tasks]


def task_text(doc, title: str) -> str:
    return next(t.text for t in doc.tasks if t.title == title)


# --- background, framing and exhortation parts ------------------------------------------------


def test_background_parts_give_no_tasks():
    doc = parsed(
        "东江市数字经济发展行动方案\n"
        "一、发展现状\n近年来,全市数字经济规模持续扩大。\n"
        "(一)产业基础不断夯实。全市建成数据中心3个。\n(二)创新能力逐步增强。新增高新技术企业50家。\n"
        "二、面临形势\n(一)机遇。数字技术加速演进。\n(二)挑战。核心技术仍有短板。\n"
        "三、重点任务\n(一)加强数字基础设施建设。推进5G基站建设。\n(二)培育数字产业集群。壮大软件产业。\n"
    )
    assert outline(doc) == [
        (1, "一", "发展现状", None),
        (2, "(一)", "产业基础不断夯实", "发展现状"),
        (2, "(二)", "创新能力逐步增强", "发展现状"),
        (1, "二", "面临形势", None),
        (2, "(一)", "机遇", "面临形势"),
        (2, "(二)", "挑战", "面临形势"),
        (1, "三", "重点任务", None),
        (2, "(一)", "加强数字基础设施建设", "重点任务"),
        (2, "(二)", "培育数字产业集群", "重点任务"),
    ]
    assert task_list(doc) == [
        ("(一)", "加强数字基础设施建设", "加强数字基础设施建设"),
        ("(二)", "培育数字产业集群", "培育数字产业集群"),
    ]


def test_situation_and_problem_parts_with_arabic_items_give_no_tasks():
    doc = parsed(
        "一、基本情况\n全县辖10个乡镇。\n1.农业生产稳步发展。粮食产量保持稳定。\n2.农民收入持续增长。\n"
        "二、现状与问题\n1.基础设施薄弱。部分村道尚未硬化。\n2.人才短缺。\n"
        "三、主要任务\n1.发展特色产业。培育特色农产品品牌。\n2.改善人居环境。推进农村改厕。\n"
    )
    assert [(level, number) for level, number, _, _ in outline(doc)] == [
        (1, "一"), (2, "1"), (2, "2"), (1, "二"), (2, "1"), (2, "2"), (1, "三"), (2, "1"), (2, "2"),
    ]
    assert [title for _, title, _ in task_list(doc)] == ["发展特色产业", "改善人居环境"]


def test_an_exhortation_part_gives_no_tasks_but_the_same_words_as_an_item_of_a_work_part_do():
    doc = parsed(
        "一、提高思想认识\n(一)充分认识重要意义。安全生产事关群众生命财产安全。\n(二)增强责任意识。各级要绷紧安全之弦。\n"
        "二、保障措施\n(一)提高思想认识。各部门要把安全生产摆在突出位置。\n(二)强化执法检查。加大执法力度。\n"
    )
    assert task_list(doc) == [
        ("(一)", "提高思想认识", "提高思想认识"),  # an item of 保障措施: a task
        ("(二)", "强化执法检查", "强化执法检查"),
    ]


def test_a_part_of_achievements_and_outlook_in_a_plan_of_parts():
    doc = parsed(
        "第一部分 发展基础\n一、取得的成就\n经济总量迈上新台阶。\n二、面临的形势\n外部环境更加复杂。\n"
        "第二部分 主要任务\n一、建设现代产业体系\n(一)做强先进制造业。\n(二)发展现代服务业。\n二、推进乡村全面振兴\n"
        "持续巩固脱贫成果。\n"
    )
    assert outline(doc)[:3] == [
        (1, "第一部分", "发展基础", None),
        (2, "一", "取得的成就", "发展基础"),
        (2, "二", "面临的形势", "发展基础"),
    ]
    assert [title for _, title, _ in task_list(doc)] == ["做强先进制造业", "发展现代服务业", "推进乡村全面振兴"]


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("发展基础", "framing"),
        ("发展基础设施", None),  # a work item: 基础设施 is what is built
        ("发展基础教育", None),
        ("面临的形势", "framing"),
        ("现状与问题", "framing"),
        ("存在的主要问题", "framing"),
        ("主要问题整改", None),  # work on the problems: the part name must end the caption
        ("基本情况调查", None),
        ("切实提高思想认识", "framing"),
        ("统一思想认识", "framing"),
        ("充分认识推进新型城镇化的重要意义", "framing"),
        ("提高服务水平", None),  # 提高 opens work captions too: only with a part name after it
        ("统一规划建设", None),
    ],
)
def test_part_kinds_of_background_and_exhortation_captions(heading, kind):
    assert tasks_stage.part_kind(heading) == kind


# --- unit brackets and labels ---------------------------------------------------------------------


def test_a_heading_that_ends_in_its_unit_bracket_keeps_the_bracket_whole():
    doc = parsed(
        "一、工作措施\n(一)开展专项整治。清理违规行为。\n(二)加强监管(责任单位:市市场监管局)\n"
        "(三)完善制度(牵头单位:市司法局;配合单位:市财政局)\n"
    )
    assert [heading for _, _, heading, _ in outline(doc)] == [
        "工作措施",
        "开展专项整治",
        "加强监管(责任单位:市市场监管局)",
        "完善制度(牵头单位:市司法局;配合单位:市财政局)",
    ]
    assert [title for _, title, _ in task_list(doc)] == [
        "开展专项整治",
        "加强监管(责任单位:市市场监管局)",
        "完善制度(牵头单位:市司法局;配合单位:市财政局)",
    ]
    units = {t.title: [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert units["加强监管(责任单位:市市场监管局)"] == [("市市场监管局", "responsible")]


def test_a_colon_in_a_bracket_that_names_no_unit_still_ends_the_heading():
    # The guide's rule as the corpus gold applies it: the first ":" ends the heading.
    doc = parsed("一、主要任务\n(一)购置检测设备[检测设备:含气体检测仪、定位终端]及配套软件。\n(二)开展培训。\n")
    assert outline(doc)[1][2] == "购置检测设备[检测设备"


def test_items_of_a_framing_part_that_carry_units_are_tasks():
    doc = parsed(
        "一、总体要求\n(一)指导思想。以新发展理念为引领。\n"
        "(二)工作目标。到2025年全面完成改造任务。\n【牵头单位】市住房城乡建设局\n"
        "(三)推进机制。市发展改革委为牵头单位,市财政局为配合单位。\n"
        "(四)工作方式。建立联席会议制度。(市住房城乡建设局负责)\n"
        "(五)联络方式。联系人:办公室科员,电话12345678。\n"
        "二、重点任务\n(一)推进改造。完成老旧小区改造。\n"
    )
    assert task_list(doc) == [
        ("(二)", "工作目标", "工作目标"),
        ("(三)", "推进机制", "推进机制"),
        ("(四)", "工作方式", "工作方式"),
        ("(一)", "推进改造", "推进改造"),
    ]
    units = {t.title: [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert units["工作目标"] == [("市住房城乡建设局", "lead")]
    assert units["推进机制"] == [("市发展改革委", "lead"), ("市财政局", "cooperating")]


# --- numbering shapes -----------------------------------------------------------------------------


def test_a_plan_that_opens_with_bracketed_numbers():
    doc = parsed(
        "东江区优化营商环境若干措施\n为进一步优化营商环境,制定以下措施。\n"
        "(一)压减审批时限。企业开办时间压减至1个工作日。\n1.推行全程网办。\n2.推行容缺受理。\n"
        "(二)降低企业成本。落实减税降费政策。\n(三)加强要素保障。\n"
    )
    assert outline(doc) == [
        (1, "(一)", "压减审批时限", None),
        (2, "1", "推行全程网办", "压减审批时限"),
        (2, "2", "推行容缺受理", "压减审批时限"),
        (1, "(二)", "降低企业成本", None),
        (1, "(三)", "加强要素保障", None),
    ]
    assert [number for number, _, _ in task_list(doc)] == ["1", "2", "(二)", "(三)"]


def test_a_plan_that_opens_with_arabic_numbers():
    doc = parsed("东江镇环境整治工作要点\n1.开展河道清淤。全年清淤河道10公里。\n2.整治农村垃圾。\n3.加强督查考核。\n")
    assert outline(doc) == [
        (1, "1", "开展河道清淤", None), (1, "2", "整治农村垃圾", None), (1, "3", "加强督查考核", None),
    ]
    assert [title for _, title, _ in task_list(doc)] == ["开展河道清淤", "整治农村垃圾", "加强督查考核"]


def test_arabic_numbers_with_a_chinese_comma_and_bracketed_sub_items():
    doc = parsed(
        "一、工作措施\n1、加强排查。\n(1)排查学校周边。\n(2)排查商超市场。\n2、加强整治。\n"
        "二、工作要求\n1、加强领导。\n2、严肃纪律。\n"
    )
    assert outline(doc) == [
        (1, "一", "工作措施", None),
        (2, "1", "加强排查", "工作措施"),
        (3, "(1)", "排查学校周边", "加强排查"),
        (3, "(2)", "排查商超市场", "加强排查"),
        (2, "2", "加强整治", "工作措施"),
        (1, "二", "工作要求", None),
        (2, "1", "加强领导", "工作要求"),
        (2, "2", "严肃纪律", "工作要求"),
    ]
    assert [title for _, title, _ in task_list(doc)] == ["排查学校周边", "排查商超市场", "加强整治", "加强领导", "严肃纪律"]


def test_full_and_half_width_brackets_mixed():
    doc = parsed(
        "一、重点任务\n（一)推进园区建设。加快标准厂房建设。\n（1)完善道路管网。\n(2）建设污水处理设施。\n"
        "(二）强化招商引资。开展产业链招商。\n"
    )
    assert outline(doc) == [
        (1, "一", "重点任务", None),
        (2, "(一)", "推进园区建设", "重点任务"),
        (3, "(1)", "完善道路管网", "推进园区建设"),
        (3, "(2)", "建设污水处理设施", "推进园区建设"),
        (2, "(二)", "强化招商引资", "重点任务"),
    ]


def test_chapters_and_articles_of_rules():
    doc = parsed(
        "东江市数据共享管理办法\n第一章 总则\n第一条 为规范数据共享,制定本办法。\n第二条 本办法适用于全市行政机关。\n"
        "第二章 职责分工\n第三条 市大数据局负责统筹全市数据共享工作。\n"
        "第四条 共享目录由市大数据局会同有关部门负责编制。\n第五条 各部门应当按照规定提供数据。\n"
        "第三章 附则\n第六条 本办法自印发之日起施行。\n"
    )
    assert outline(doc) == [
        (1, "第一章", "总则", None),
        (2, "第一条", "为规范数据共享,制定本办法", "总则"),
        (2, "第二条", "本办法适用于全市行政机关", "总则"),
        (1, "第二章", "职责分工", None),
        (2, "第三条", "市大数据局负责统筹全市数据共享工作", "职责分工"),
        (2, "第四条", "共享目录由市大数据局会同有关部门负责编制", "职责分工"),
        (2, "第五条", "各部门应当按照规定提供数据", "职责分工"),
        (1, "第三章", "附则", None),
        (2, "第六条", "本办法自印发之日起施行", "附则"),
    ]
    # Articles set procedure; those naming a unit for the work are tasks (X由A负责 too).
    assert [number for number, _, _ in task_list(doc)] == ["第三条", "第四条"]


def test_run_in_yishi_erShi_items_are_no_sections():
    doc = parsed(
        "一、重点任务\n(一)强化人才支撑。一是引进高层次人才。二是培养本土人才。三是优化人才服务。\n(二)加大资金投入。\n"
    )
    assert [number for _, number, _, _ in outline(doc)] == ["一", "(一)", "(二)"]
    assert task_list(doc) == [("(一)", "强化人才支撑", "强化人才支撑"), ("(二)", "加大资金投入", "加大资金投入")]
    assert task_text(doc, "强化人才支撑").endswith("三是优化人才服务。")


def test_circled_numbers_inside_a_sentence_and_at_line_starts():
    inline = parsed(
        "一、主要任务\n(一)推进垃圾分类。\n1.完善分类设施。具体包括:①设置投放点;②配备运输车辆;③建设处理中心。\n"
        "2.开展宣传教育。\n(二)加强污水治理。\n"
    )
    assert [number for _, number, _, _ in outline(inline)] == ["一", "(一)", "1", "2", "(二)"]
    assert [title for _, title, _ in task_list(inline)] == ["完善分类设施", "开展宣传教育", "加强污水治理"]
    lines = parsed("一、主要任务\n(一)推进垃圾分类。\n①完善分类设施。\n②开展宣传教育。\n(二)加强污水治理。\n")
    assert outline(lines)[2:4] == [(3, "①", "完善分类设施", "推进垃圾分类"), (3, "②", "开展宣传教育", "推进垃圾分类")]
    assert [number for number, _, _ in task_list(lines)] == ["①", "②", "(二)"]


def test_a_heading_on_its_own_line_with_its_text_on_the_next():
    doc = parsed(
        "一、重点任务\n(一)改善办学条件\n新建改扩建学校5所,新增学位3000个。\n(二)加强教师队伍建设\n每年招聘教师200名。\n"
    )
    assert [heading for _, _, heading, _ in outline(doc)] == ["重点任务", "改善办学条件", "加强教师队伍建设"]
    assert [title for _, title, _ in task_list(doc)] == ["改善办学条件", "加强教师队伍建设"]
    assert task_text(doc, "改善办学条件") == "(一)改善办学条件\n新建改扩建学校5所,新增学位3000个。"


# --- wrapper notices, signatures, attachments and footers -----------------------------------------


def test_the_wrapper_notice_requirements_are_not_sections():
    doc = parsed(
        "东江市人民政府办公室关于印发东江市垃圾分类工作方案的通知\n各区人民政府,市政府各部门:\n"
        "经市政府同意,现将《东江市垃圾分类工作方案》印发给你们,请认真贯彻落实。现就有关事项通知如下:\n"
        "一、提高认识。各区要把垃圾分类作为重要民生工程。\n二、强化落实。各部门要细化工作措施。\n"
        "东江市人民政府办公室\n2023年4月6日\n(此件公开发布)\n"
        "东江市垃圾分类工作方案\n一、工作目标\n到2025年,全市基本建立垃圾分类处理系统。\n"
        "二、重点任务\n(一)完善分类投放设施。\n(二)健全收运体系。\n"
    )
    assert outline(doc) == [
        (1, "一", "工作目标", None),
        (1, "二", "重点任务", None),
        (2, "(一)", "完善分类投放设施", "重点任务"),
        (2, "(二)", "健全收运体系", "重点任务"),
    ]
    assert [title for _, title, _ in task_list(doc)] == ["完善分类投放设施", "健全收运体系"]


def test_wrapper_requirements_before_the_hand_over_phrase_are_not_sections():
    doc = parsed(
        "东江县人民政府关于印发东江县全民健身实施方案的通知\n各乡镇人民政府,县政府各部门:\n"
        "一、请各乡镇高度重视,认真组织实施。\n二、请各部门按职责做好配合工作。\n"
        "现将《东江县全民健身实施方案》印发给你们,请认真贯彻执行。\n东江县人民政府\n2023年3月1日\n"
        "东江县全民健身实施方案\n一、总体要求\n(一)指导思想。以人民健康为中心。\n"
        "二、主要任务\n(一)建设健身设施。新建健身步道20公里。\n(二)举办赛事活动。\n"
    )
    assert [(level, number, heading) for level, number, heading, _ in outline(doc)] == [
        (1, "一", "总体要求"), (2, "(一)", "指导思想"), (1, "二", "主要任务"), (2, "(一)", "建设健身设施"), (2, "(二)", "举办赛事活动"),
    ]
    assert [title for _, title, _ in task_list(doc)] == ["建设健身设施", "举办赛事活动"]


def test_a_signature_block_then_the_attachment_text():
    doc = parsed(
        "东江市人民政府办公室关于加强城市供水保障的通知\n各区人民政府,市政府各部门:\n"
        "一、加强水源保护。严格落实水源地保护制度。\n二、提升供水能力。加快推进水厂改扩建。\n"
        "— 2 —\n东江市人民政府办公室\n2023年5月8日\n附件\n东江市城市供水保障任务清单\n"
        "一、推进水厂建设。新建水厂2座,年底前完成主体工程。(责任单位:市水务局)\n"
        "二、改造老旧管网。改造供水管网50公里。(责任单位:市住房城乡建设局)\n"
    )
    assert outline(doc) == [
        (1, "一", "加强水源保护", None),
        (1, "二", "提升供水能力", None),
        (1, "一", "推进水厂建设", None),  # the attachment's own parts restart the top level
        (1, "二", "改造老旧管网", None),
    ]
    assert [title for _, title, _ in task_list(doc)] == ["加强水源保护", "提升供水能力", "推进水厂建设", "改造老旧管网"]
    # The notice's last part ends with its own words: no page number, signature or date.
    assert task_text(doc, "提升供水能力") == "二、提升供水能力。加快推进水厂改扩建。"
    units = {t.title: [(u.name, u.role) for u in t.units] for t in doc.tasks}
    assert units["改造老旧管网"] == [("市住房城乡建设局", "responsible")]


def test_distribution_and_printing_lines_close_the_last_part():
    doc = parsed(
        "东江区关于开展消防安全专项整治的通知\n各街道:\n一、整治重点。重点整治电动车违规充电。\n"
        "二、工作要求。各街道要加强领导,年底前完成整治。\n东江区人民政府办公室\n2022年8月1日\n(此件主动公开)\n"
        "抄送:区委办公室,区人大常委会办公室。\n东江区人民政府办公室 2022年8月1日印发\n"
    )
    assert [(number, heading) for _, number, heading, _ in outline(doc)] == [("一", "整治重点"), ("二", "工作要求")]
    assert task_text(doc, "工作要求") == "二、工作要求。各街道要加强领导,年底前完成整治。"


def test_page_numbers_between_items_stay_out_of_them():
    doc = parsed(
        "东江市农业产业化实施方案\n一、重点任务\n(一)培育龙头企业。支持企业扩大规模。\n— 3 —\n"
        "(二)建设产业园区。新建现代农业产业园2个。\n- 4 -\n\n第 5 页 共 9 页\n(三)打造知名品牌。\n"
        "二、保障措施\n(一)加强组织领导。\n"
    )
    assert [number for _, number, _, _ in outline(doc)] == ["一", "(一)", "(二)", "(三)", "二", "(一)"]
    assert task_text(doc, "培育龙头企业") == "(一)培育龙头企业。支持企业扩大规模。"
    assert task_text(doc, "建设产业园区") == "(二)建设产业园区。新建现代农业产业园2个。"


def test_numerals_padded_inside_their_brackets():
    doc = parsed("一、 总体要求\n（ 一 ） 指导思想。以人民为中心。\n二、 重点任务\n（一） 加强领导。成立专班。\n( 二 )完善机制。\n")
    assert outline(doc) == [
        (1, "一", "总体要求", None),
        (2, "(一)", "指导思想", "总体要求"),
        (1, "二", "重点任务", None),
        (2, "(一)", "加强领导", "重点任务"),
        (2, "(二)", "完善机制", "重点任务"),
    ]
    assert [title for _, title, _ in task_list(doc)] == ["加强领导", "完善机制"]


def test_a_decimal_plan_with_bare_chapter_numbers_and_a_contents_list():
    doc = parsed(
        "东江市地质灾害应急预案\n目录\n1 总则\n1.1 编制目的\n1.2 编制依据\n2 组织体系\n2.1 指挥机构\n2.2 工作机构\n3 附则\n"
        "1 总则\n1.1 编制目的\n为提高应急处置能力,制定本预案。\n1.2 编制依据\n依据有关法律法规。\n"
        "2 组织体系\n2.1 指挥机构\n市政府成立地质灾害应急指挥部。\n2.2 工作机构\n指挥部办公室设在市自然资源局。\n"
        "3 附则\n本预案自印发之日起实施。\n"
        "附件\n应急物资储备表\n1 帐篷 100顶\n2 折叠床 200张\n"
    )
    assert outline(doc) == [
        (1, "1", "总则", None),
        (2, "1.1", "编制目的", "总则"),
        (2, "1.2", "编制依据", "总则"),
        (1, "2", "组织体系", None),
        (2, "2.1", "指挥机构", "组织体系"),
        (2, "2.2", "工作机构", "组织体系"),
        (1, "3", "附则", None),
    ]
    assert [title for _, title, _ in task_list(doc)] == ["指挥机构", "工作机构"]


def test_a_date_line_that_is_an_item_own_text_stays_in_it():
    doc = parsed(
        "一、工作安排\n(一)启动时间\n2023年6月1日\n(二)结束时间\n2023年12月31日\n"
        "二、工作要求\n(一)加强领导。\n东江市人民政府\n2023年5月1日\n"
    )
    assert task_text(doc, "启动时间") == "(一)启动时间\n2023年6月1日"
    assert task_text(doc, "结束时间") == "(二)结束时间\n2023年12月31日"
    assert task_text(doc, "加强领导") == "(一)加强领导。"  # the notice's signature is no part of it


def test_enclosed_list_numbers_typed_as_one_character_are_headings():
    """⑴ ⒈ ㈠ are single characters in typed notices; normalisation writes them out, so the
    outline is the same as with (1) 1. (一)."""
    from policyparse.text.normalize import normalize

    assert normalize("㈠加强领导⑴成立专班⒉建立机制⒇") == "(一)加强领导(1)成立专班2.建立机制(20)"
    doc = policyparse.parse("一、主要任务\n㈠加强组织领导。成立专班。\n㈡完善工作机制。\n⑴建立台账。\n⑵定期调度。\n")
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [
        (1, "一", "主要任务"), (2, "(一)", "加强组织领导"), (2, "(二)", "完善工作机制"),
        (3, "(1)", "建立台账"), (3, "(2)", "定期调度")]
    assert [t.title for t in doc.tasks] == ["加强组织领导", "建立台账", "定期调度"]
