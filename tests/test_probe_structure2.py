"""Second probe of sections and tasks: numbering shapes of unseen notices the earlier tests miss.

Every fragment is made up (东江市, 南湖区 … and invented sentences) in the layouts Chinese
official notices use. Expected outlines and tasks are read off per the annotation guide
("Sections", "Tasks"), never copied from the parser; every span must point at its item's text.
"""

from __future__ import annotations

import pytest

from fragments import outline, parsed_outline, titles


# --- a line-start number that skips two or more ----------------------------------------------

SKIPPED = "东江市安全生产工作方案\n一、主要任务\n(一)加强监管。\n(二)推进改革。\n{line}\n(六)优化环境。\n二、保障措施\n(一)加强领导。\n"


def test_a_line_start_heading_that_skips_two_numbers_is_kept():
    # Items deleted in drafting leave (二) then (五): the (五) item is an item all the same, and
    # the (六) after it keeps its sequence.
    doc = parsed_outline(SKIPPED.format(line="(五)强化服务。"))
    assert outline(doc) == [(1, "一", "主要任务"), (2, "(一)", "加强监管"), (2, "(二)", "推进改革"), (2, "(五)", "强化服务"),
                            (2, "(六)", "优化环境"), (1, "二", "保障措施"), (2, "(一)", "加强领导")]
    assert titles(doc) == ["加强监管", "推进改革", "强化服务", "优化环境", "加强领导"]
    assert any("(五)" in w for w in doc.warnings)


def test_a_top_level_part_that_skips_two_numbers_is_kept():
    doc = parsed_outline("东江市工作方案\n一、总体要求\n坚持稳中求进。\n二、主要任务\n(一)加强监管。\n五、保障措施\n(一)加强领导。\n")
    assert [(s.level, s.number) for s in doc.sections] == [(1, "一"), (1, "二"), (2, "(一)"), (1, "五"), (2, "(一)")]


def test_a_skip_whose_missing_number_comes_later_stays_out():
    # Guard: (三) comes after the (五): the sequence is (一) (二) (三), and (五) is no heading.
    doc = parsed_outline("东江市工作方案\n一、主要任务\n(一)加强监管。\n(二)推进改革。\n(五)强化服务。\n(三)优化环境。\n")
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)", "(三)"]


# --- short-written dates at a line start ----------------------------------------------------

HOLIDAY = "东江市文化旅游工作方案\n一、主要任务\n(一)做好假日市场保障。\n{line}\n(二)加强市场监管。\n"


@pytest.mark.parametrize("line", ["5.1期间,开展旅游市场专项检查。", "10.1国庆期间加强值班值守。", "5.1、10.1等节假日实行错峰管理。",
                                  "6.1儿童节前开展校园周边检查。", "8.1建军节前走访慰问驻地部队。"])
def test_a_short_written_date_at_a_line_start_is_no_heading(line):
    doc = parsed_outline(HOLIDAY.format(line=line))
    assert outline(doc) == [(1, "一", "主要任务"), (2, "(一)", "做好假日市场保障"), (2, "(二)", "加强市场监管")]
    assert titles(doc) == ["做好假日市场保障", "加强市场监管"]


def test_decimal_headings_of_a_plan_stay():
    # Guard: a decimal plan's own headings (2.1 善后工作, 2.2 期间费用) are headings.
    doc = parsed_outline("东江市突发事件应急预案\n1 总则\n1.1 编制目的\n内容。\n2 后期处置\n2.1 善后工作\n内容。\n2.2 期间费用结算\n内容。\n")
    assert [s.number for s in doc.sections] == ["1", "1.1", "2", "2.1", "2.2"]


# --- numbering shapes not read before -------------------------------------------------------

def test_cn_numbers_with_a_closing_bracket_only():
    doc = parsed_outline("东江市工作方案\n一)总体要求\n坚持稳中求进。\n二)主要任务\n1.加强监管。\n2.推进改革。\n三)保障措施\n1.加强领导。\n")
    assert outline(doc) == [(1, "一)", "总体要求"), (1, "二)", "主要任务"), (2, "1", "加强监管"), (2, "2", "推进改革"),
                            (1, "三)", "保障措施"), (2, "1", "加强领导")]
    assert titles(doc) == ["加强监管", "推进改革", "加强领导"]


def test_a_half_bracket_inside_a_sentence_is_no_heading():
    # Guard: 二)期 is no number of an open list, and a first 一) must open a line.
    doc = parsed_outline("东江市工作方案\n一、主要任务\n(一)推进产业升级。建设一)期工程。\n二)期工程年底完工。\n(二)推进创新。\n")
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)"]


def test_an_item_missing_its_closing_bracket():
    doc = parsed_outline("东江市工作方案\n一、主要任务\n(一)加强监管。\n(二推进改革。\n(三)强化服务。\n二、保障措施\n(一)加强领导。\n")
    assert outline(doc) == [(1, "一", "主要任务"), (2, "(一)", "加强监管"), (2, "(二)", "推进改革"), (2, "(三)", "强化服务"),
                            (1, "二", "保障措施"), (2, "(一)", "加强领导")]


def test_a_first_item_missing_its_closing_bracket():
    # (一 with no bracket opens each part's list: its (二) is the next (cn) number to come.
    doc = parsed_outline("东江市工作方案\n一、主要任务\n(一加强监管。\n(二)推进改革。\n二、保障措施\n(一加强领导。\n(二)强化督查。\n")
    assert outline(doc) == [(1, "一", "主要任务"), (2, "(一)", "加强监管"), (2, "(二)", "推进改革"), (1, "二", "保障措施"),
                            (2, "(一)", "加强领导"), (2, "(二)", "强化督查")]


@pytest.mark.parametrize("text", [
    "东江市工作方案\n一、主要任务\n(一)加强监管。\n(一般情况下由各区负责。)\n(二)强化服务。\n",
    "东江市工作方案\n一、主要任务\n(一般情况下由各区负责。)\n(一)加强监管。\n(二)强化服务。\n",
])
def test_a_bracket_opening_a_sentence_is_no_heading(text):
    # Guard: (一般…) opens a sentence: it is no next number of an open list, and the next (cn)
    # number after it is another (一), not its (二).
    doc = parsed_outline(text)
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)"]


def test_roman_numeral_parts():
    doc = parsed_outline("东江市工作方案\nⅠ、总体要求\n坚持稳中求进。\nⅡ、主要任务\n1.加强监管。\n2.推进改革。\nⅢ、保障措施\n1.加强领导。\n")
    assert outline(doc) == [(1, "Ⅰ", "总体要求"), (1, "Ⅱ", "主要任务"), (2, "1", "加强监管"), (2, "2", "推进改革"),
                            (1, "Ⅲ", "保障措施"), (2, "1", "加强领导")]


def test_roman_grades_at_a_line_start_are_no_heading():
    # Guard: an emergency plan's response grades (Ⅰ、Ⅱ级响应) at a line start.
    doc = parsed_outline("东江市防汛应急预案\n一、应急响应\n(一)分级响应。\nⅠ、Ⅱ级响应由市指挥部启动。\n(二)响应措施。\n")
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)"]


def test_parts_of_a_five_year_plan_above_its_chapters():
    doc = parsed_outline("东江市国民经济和社会发展第十四个五年规划纲要\n第一篇 开启新征程\n第一章 发展基础\n内容。\n"
                 "第二篇 建设现代产业体系\n第二章 壮大先进制造业\n第一节 培育产业集群\n内容。\n第二节 推进智能制造\n内容。\n"
                 "第三章 发展现代服务业\n内容。\n")
    assert [(s.level, s.number) for s in doc.sections] == [(1, "第一篇"), (2, "第一章"), (1, "第二篇"), (2, "第二章"), (3, "第一节"),
                                                            (3, "第二节"), (2, "第三章")]


@pytest.mark.parametrize("bullet", ["●", "◆", "■"])
def test_a_bullet_before_the_number(bullet):
    doc = parsed_outline(f"东江市工作方案\n一、主要任务\n{bullet}(一)加强监管。\n{bullet}(二)推进改革。\n二、保障措施\n{bullet}1.加强领导。\n")
    assert outline(doc) == [(1, "一", "主要任务"), (2, "(一)", "加强监管"), (2, "(二)", "推进改革"), (1, "二", "保障措施"),
                            (2, "1", "加强领导")]


def test_a_tick_box_before_a_number_is_no_bullet():
    # Guard: □ is a form's tick box (□1.企业 □2.个人), not a bullet before an item.
    doc = parsed_outline("东江市申报指南\n一、申报要求\n(一)申报主体类型\n□1.企业 □2.个人\n(二)申报材料。\n")
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)"]


@pytest.mark.parametrize("mark", [" .", " 、"])
def test_ocr_space_before_the_mark_of_a_list_number(mark):
    doc = parsed_outline(f"东江市工作方案\n一、主要任务\n1{mark}加强监管。\n2{mark}推进改革。\n二、保障措施\n1{mark}加强领导。\n")
    assert outline(doc) == [(1, "一", "主要任务"), (2, "1", "加强监管"), (2, "2", "推进改革"), (1, "二", "保障措施"),
                            (2, "1", "加强领导")]


def test_ocr_space_before_the_mark_in_flat_text():
    # An OCR export with no line breaks: the spaced numbers run on in sequence.
    doc = parsed_outline("东江市工作方案一、主要任务1 .加强监管。推进建设。" + "各区要认真落实。" * 300
                 + "2 .推进改革。完善机制。二、保障措施1 .加强领导。")
    assert [(s.level, s.number) for s in doc.sections] == [(1, "一"), (2, "1"), (2, "2"), (1, "二"), (2, "1")]


def test_a_spaced_number_inside_a_sentence_is_no_heading():
    # Guard: the OCR space is read only where a heading stands (a line start).
    doc = parsed_outline("东江市工作方案\n一、主要任务\n(一)加强监管。每年检查1 、2次。\n(二)推进改革。\n")
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)"]


# --- a list that first stood under a part, then under a (一) ---------------------------------

GOALS_THEN_TASKS = (
    "东江市数字经济三年行动计划\n一、行动目标\n1.到2025年,建成5G基站1000个。\n2.到2026年,千兆光网覆盖率达到90%。\n"
    "二、主要任务\n(一)推进网络建设\n1.加快基站建设。\n2.推进光纤入户。\n(二)推进数字应用\n1.推广工业互联网。\n"
    "三、保障措施\n(一)加强组织领导。\n"
)


def test_a_list_under_a_bracketed_heading_nests_under_it():
    # The guide: 一、 (一) 1. are levels 1, 2, 3 where all occur. The goals' 1. 2. sat right under
    # 一、; the tasks' 1. 2. are the (一)'s items, not its siblings, and the (一) is no leaf task.
    doc = parsed_outline(GOALS_THEN_TASKS)
    assert outline(doc) == [
        (1, "一", "行动目标"), (2, "1", "到2025年,建成5G基站1000个"), (2, "2", "到2026年,千兆光网覆盖率达到90%"),
        (1, "二", "主要任务"), (2, "(一)", "推进网络建设"), (3, "1", "加快基站建设"), (3, "2", "推进光纤入户"),
        (2, "(二)", "推进数字应用"), (3, "1", "推广工业互联网"), (1, "三", "保障措施"), (2, "(一)", "加强组织领导"),
    ]
    assert titles(doc) == ["加快基站建设", "推进光纤入户", "推广工业互联网", "加强组织领导"]


def test_a_list_continuing_across_parts_keeps_its_level():
    # Guard: a 工作要点 numbering 1. 2. on across its parts keeps them right under each part.
    doc = parsed_outline("东江市2024年工作要点\n一、推进产业发展\n1.加快建设产业园。\n2.推进招商引资。\n二、推进城市建设\n"
                 "3.加快道路建设。\n三、保障民生\n4.扩大就业。\n")
    assert [(s.level, s.number) for s in doc.sections] == [(1, "一"), (2, "1"), (2, "2"), (1, "二"), (2, "3"), (1, "三"), (2, "4")]


# --- numbers listed inside an item's sentence -----------------------------------------------

def test_circled_numbers_after_a_lead_in_inside_a_line_are_no_headings():
    # 包括:①…;②… lists inside the item's sentence (the guide: headings; these are not).
    doc = parsed_outline("东江市工作方案\n一、主要任务\n1.推广工业互联网,包括:①设备上云;②业务上云。\n2.强化数据服务。\n")
    assert outline(doc) == [(1, "一", "主要任务"), (2, "1", "推广工业互联网,包括"), (2, "2", "强化数据服务")]
    assert titles(doc) == ["推广工业互联网,包括:①设备上云;②业务上云", "强化数据服务"]


def test_circled_numbers_on_lines_of_their_own_stay_headings():
    # Guard: ① ② that open lines under an item are its sub-items.
    doc = parsed_outline("东江市工作方案\n一、主要任务\n1.实施产业提升行动。\n①培育龙头企业;\n②建设产业园区。\n2.实施创新驱动行动。\n")
    assert [(s.level, s.number) for s in doc.sections] == [(1, "一"), (2, "1"), (3, "①"), (3, "②"), (2, "2")]


def test_an_article_run_after_a_chapter_title_stays():
    # Guard: 第一章 总则 第一条 on one line (a short title with no comma) still reads both.
    doc = parsed_outline("东江市数据管理办法\n第一章 总则 第一条 为规范数据管理,制定本办法。\n第二条 本办法适用于本市。\n")
    assert [s.number for s in doc.sections] == ["第一章", "第一条", "第二条"]


# --- closing provisions as items of their own -----------------------------------------------

MEASURES = "东江市关于促进消费的若干措施\n一、发放消费券。市财政安排资金1亿元。\n二、支持汽车消费。对购买新能源汽车给予补贴。\n{last}\n"


@pytest.mark.parametrize("last", ["三、本措施自2024年1月1日起施行,有效期3年。此前有关规定与本措施不一致的,以本措施为准。",
                                  "三、本措施自印发之日起实施。"])
def test_an_item_stating_entry_into_force_is_no_task(last):
    # The guide's framing parts include closing provisions (附则, 其他); the same words as the last
    # numbered item of a list of measures assign no work either.
    doc = parsed_outline(MEASURES.format(last=last))
    assert [s.number for s in doc.sections] == ["一", "二", "三"]
    assert titles(doc) == ["发放消费券", "支持汽车消费"]


def test_entry_into_force_under_an_other_matters_part_is_no_task():
    doc = parsed_outline("东江市安全检查工作方案\n一、主要任务\n(一)检查消防设施。\n(二)检查用电安全。\n二、其他事项\n本方案自印发之日起施行。\n")
    assert titles(doc) == ["检查消防设施", "检查用电安全"]


def test_work_under_an_other_matters_part_stays_a_task():
    # Guard: 其他事项 that asks for work (报送) is work; a unit charged with interpretation stays
    # a task (the guide: an item that carries unit assignments is always a task).
    doc = parsed_outline("东江市安全检查工作方案\n一、主要任务\n(一)检查消防设施。\n二、其他事项\n(一)请各区于6月30日前报送工作总结。\n"
                 "(二)本方案由市应急管理局负责解释。\n")
    assert titles(doc) == ["检查消防设施", "请各区于6月30日前报送工作总结", "本方案由市应急管理局负责解释"]


def test_an_item_that_starts_work_from_a_date_stays_a_task():
    # Guard: 自2024年起实施… is work on a schedule, not the notice's own entry into force.
    doc = parsed_outline(MEASURES.format(last="三、加快城市更新,自2024年起实施老旧小区改造。"))
    assert titles(doc) == ["发放消费券", "支持汽车消费", "加快城市更新,自2024年起实施老旧小区改造"]


def test_two_numerals_at_a_wrapped_line_start_are_no_skipped_heading():
    # Guard: a wrapped line opening with 五、六个 reads like 五、 but is a phrase, not a part.
    doc = parsed_outline("东江市工作方案\n一、总体要求\n坚持稳中求进。\n二、主要任务\n重点抓好\n五、六个方面的工作。\n")
    assert [s.number for s in doc.sections] == ["一", "二"]


# --- hard-wrapped lines ---------------------------------------------------------------------

def test_an_ordinal_wrapped_across_a_line_break_is_no_heading():
    # A PDF's hard wrap splits 第(二)项 after 第: the (二) at the line start is no item.
    doc = parsed_outline("东江市工作方案\n一、主要任务\n(一)加强监管。按照有关规定第三条第\n(二)项执行。\n(二)推进改革。\n")
    assert outline(doc) == [(1, "一", "主要任务"), (2, "(一)", "加强监管"), (2, "(二)", "推进改革")]
    assert not doc.warnings


def test_an_item_after_a_line_ending_in_another_word_stays():
    # Guard: only 第 runs an ordinal on across the break.
    doc = parsed_outline("东江市工作方案\n一、主要任务\n(一)加强监管,严格执法检查\n(二)推进改革。\n")
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)"]


# --- more framing parts -----------------------------------------------------------------------

@pytest.mark.parametrize("caption, body", [("任务目标", "(一)到2025年,建成5G基站1000个。\n(二)到2026年,千兆光网覆盖率达到90%。"),
                                           ("实施时间", "2024年3月至12月。"), ("实施期限", "2024年至2026年。"),
                                           ("申请条件", "(一)在本市注册的企业。\n(二)纳税信用良好。")])
def test_aims_schedule_and_eligibility_parts_assign_no_work(caption, body):
    # Framing (the guide's 工作目标 …; the first round's 申报条件, 会议时间): aims, the time a plan
    # runs and who may apply assign no work.
    doc = parsed_outline(f"东江市工作方案\n一、{caption}\n{body}\n二、主要任务\n(一)加快基站建设。\n(二)推进光纤入户。\n")
    assert titles(doc) == ["加快基站建设", "推进光纤入户"]


def test_a_stage_schedule_part_stays_work():
    # Guard: 时间安排 lists each stage's work (动员部署阶段: 各区制定方案).
    doc = parsed_outline("东江市工作方案\n一、主要任务\n(一)加快基站建设。\n二、时间安排\n(一)动员部署阶段(3月)。各区制定实施方案。\n"
                 "(二)集中整治阶段(4-10月)。全面开展整治。\n")
    assert titles(doc) == ["加快基站建设", "动员部署阶段(3月)", "集中整治阶段(4-10月)"]


def test_list_numbers_typed_with_a_comma():
    # 1, for 1. (a typo, or OCR reading the dot as a comma), its sequence showing it is a list.
    doc = parsed_outline("东江市工作方案\n一、主要任务\n1,加强监管。\n2,推进改革。\n二、保障措施\n1,加强领导。\n2,强化督查。\n")
    assert [(s.level, s.number) for s in doc.sections] == [(1, "一"), (2, "1"), (2, "2"), (1, "二"), (2, "1"), (2, "2")]
    assert titles(doc) == ["加强监管", "推进改革", "加强领导", "强化督查"]


def test_a_count_and_comma_at_a_wrapped_line_start_is_no_heading():
    # Guard: a lone 1, with no 2, after it is a wrapped count, not a list.
    doc = parsed_outline("东江市工作方案\n一、主要任务\n(一)新建污水处理厂\n1,其中城区建成投运。\n(二)推进改革。\n")
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)"]


def test_a_number_alone_on_its_line_takes_the_next_line_as_its_caption():
    # A PDF or Word page that sets each number in a cell or text box of its own: the caption is
    # the text after the number, on the next line (not an empty heading and an untitled task).
    doc = parsed_outline("东江市工作方案\n一、\n主要任务\n(一)\n加强监管。全面开展检查。\n(二)\n推进改革。\n二、\n保障措施\n(一)\n加强领导。\n")
    assert outline(doc) == [(1, "一", "主要任务"), (2, "(一)", "加强监管"), (2, "(二)", "推进改革"), (1, "二", "保障措施"),
                            (2, "(一)", "加强领导")]
    assert titles(doc) == ["加强监管", "推进改革", "加强领导"]


def test_a_number_alone_before_its_first_sub_item_has_no_caption():
    # Guard: the next line is a heading of its own; the part has no caption to borrow.
    doc = parsed_outline("东江市工作方案\n一、\n(一)加强监管。\n")
    assert outline(doc) == [(1, "一", ""), (2, "(一)", "加强监管")]


def test_the_subjects_and_contents_of_an_assessment_assign_no_work():
    # Like 申报对象 / 适用对象 (framing): whom an assessment covers is its scope, and what it looks at
    # (考核内容: 责任落实情况) are its criteria, not work (corpus/README.md call 22).
    doc = parsed_outline("东江市安全生产考核办法\n一、考核对象\n各区人民政府。\n二、考核内容\n(一)责任落实情况。\n(二)隐患整治情况。\n"
                         "三、结果运用\n(一)加强通报。市安委办每季度通报考核结果。\n")
    assert titles(doc) == ["加强通报"]


# --- tables after the parts -------------------------------------------------------------------

PLAN_WITH_TABLE = ("东江市营商环境工作方案\n一、重点任务\n(一)优化审批服务。\n(二)降低企业成本。\n二、保障措施\n(一)加强组织领导。\n"
                   "重点任务分工表\n序号\t重点任务\t牵头单位\n{rows}")


def test_numbered_rows_of_a_division_of_work_table_are_no_headings():
    # The table's 序号 column typed 1. 2.: each row goes on into other cells (a tab after its text).
    doc = parsed_outline(PLAN_WITH_TABLE.format(rows="1.\t优化审批服务\t市政务服务局\n2.\t降低企业成本\t市发展改革委\n"))
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)", "二", "(一)"]
    assert titles(doc) == ["优化审批服务", "降低企业成本", "加强组织领导"]


def test_a_number_in_a_cell_of_its_own_before_its_caption_stays_a_heading():
    # Guard: a page's layout table puts the number in one cell and the item in the next.
    doc = parsed_outline("东江市工作方案\n一、主要任务\n(一)\t加强监管。\n(二)\t推进改革。\n")
    assert outline(doc) == [(1, "一", "主要任务"), (2, "(一)", "加强监管"), (2, "(二)", "推进改革")]


@pytest.mark.parametrize("last, is_task", [
    ("四、本措施自印发之日起实施,各区要在2024年6月底前制定配套细则并报市商务局备案。", True),  # work after it
    ("四、本措施自2024年4月1日起施行,由市商务局负责解释。", True),  # a unit's charge
    ("四、本措施自2024年4月1日起施行,有效期3年。", False),  # only when it takes effect
])
def test_an_effective_date_item_is_a_task_when_it_also_assigns_work(last, is_task):
    text = ("东江市人民政府办公室关于印发支持措施的通知\n各区人民政府:\n一、支持企业\n(一)给予奖励。对企业给予奖励。\n"
            "二、强化落实\n(一)加强督查。定期督查。\n" + last + "\n东江市人民政府办公室\n2024年3月1日\n")
    doc = parsed_outline(text)
    assert ("四" in [t.number for t in doc.tasks]) is is_task


def test_a_decimal_heading_before_a_year_is_no_listed_date():
    # 1.1、2024年工作目标: the number, a second mark, a caption opening with a year (not 5.1、10.1)
    text = "东江市工作方案\n1 总体要求\n1.1、2024年工作目标\n全面完成任务。\n1.2 基本原则\n坚持统筹。\n2 主要任务\n2.1 推进改革\n深化改革。\n"
    assert [(s.number, s.heading) for s in parsed_outline(text).sections] == [
        ("1", "总体要求"), ("1.1", "2024年工作目标"), ("1.2", "基本原则"), ("2", "主要任务"), ("2.1", "推进改革")]
