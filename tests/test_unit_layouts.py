"""Unit-assignment layouts the corpus does not show, on hand-written notice fragments.

The bodies and sentences are invented (市发展改革委, 县财政局, 各乡镇人民政府 …) in the shapes
of Chinese government work plans: role labels set as 【】 tags or joined by 为, a lead
marked after a name (市教育局(牵头)), label variants, prose with 负责 / 会同 / 协助 / 参与,
labelled lines, separators (/ ; space 及 与), people, tables with their columns in another
order, and a heading that ends with its unit. Each expected value is what a careful reader
annotates per the annotation guide's "Units and roles"; a name that stands in the text as
written must carry a span that points at it.
"""

from __future__ import annotations

import pytest

from policyparse import parse
from policyparse.units.lists import read_list

from fragments import PART, only_task, units_by_title


# -- labels ------------------------------------------------------------------------------

TAGGED = [
    # labels set as 【】 tags without a colon: each value runs to the next tag
    ("(一)优化营商环境。全面推行告知承诺制。【牵头单位】市商务局 【责任单位】各区县政府",
     [("各区县政府", "responsible"), ("市商务局", "lead")]),
    # [] tags run together, a list after the second
    ("(一)加强人才培养。建立人才库。[牵头单位]市人社局[配合单位]市教育局、市财政局",
     [("市人社局", "lead"), ("市教育局", "cooperating"), ("市财政局", "cooperating")]),
    # 〔〕 tags
    ("(一)加强市场监管。开展执法检查。〔牵头单位〕市商务局〔配合单位〕市财政局",
     [("市商务局", "lead"), ("市财政局", "cooperating")]),
    # a tag with a colon after it, on its own line
    ("(一)推进数字乡村建设。完善信息服务站点。\n【责任单位】:各乡镇人民政府、县农业农村局",
     [("县农业农村局", "responsible"), ("各乡镇人民政府", "responsible")]),
]


@pytest.mark.parametrize("text,expected", TAGGED)
def test_labels_set_as_bracketed_tags(text, expected):
    assert only_task(text) == sorted(expected)


def test_a_tag_label_is_the_label_as_written():
    doc = parse(PART + TAGGED[0][0])
    assert sorted(u.label for u in doc.tasks[0].units) == ["牵头单位", "责任单位"]


LABEL_VARIANTS = [
    # the guide's role mapping, one label at a time
    ("牵头部门", "lead"), ("牵头责任部门", "lead"), ("牵头负责部门", "lead"),
    ("责任部门", "responsible"), ("责任主体", "responsible"), ("实施主体", "responsible"),
    # 主责单位 is 主要责任单位: a label that adds a word keeps its role
    ("主责单位", "responsible"), ("主责部门", "responsible"),
    ("配合部门", "cooperating"), ("参与单位", "cooperating"), ("协办单位", "cooperating"),
    ("协办部门", "cooperating"), ("协助部门", "cooperating"),
    # a level word before the label keeps its role
    ("县直牵头单位", "lead"), ("市级配合单位", "cooperating"),
]


@pytest.mark.parametrize("label,role", LABEL_VARIANTS)
def test_label_variants_keep_the_guides_roles(label, role):
    assert only_task(f"(一)加强审计监督。开展专项审计。({label}:县审计局)") == [("县审计局", role)]


def test_a_ratio_sign_typed_for_the_colon():
    text = "(一)加强运行调度。开展调度。(牵头单位∶市商务局;配合单位∶市财政局)"
    assert only_task(text) == sorted([("市商务局", "lead"), ("市财政局", "cooperating")])


def test_role_verbs_used_as_labels():
    text = "(一)加强运行调度。开展调度。(牵头:市商务局;配合:市财政局、市统计局)"
    assert only_task(text) == sorted([("市商务局", "lead"), ("市财政局", "cooperating"), ("市统计局", "cooperating")])


def test_labels_in_one_bracket_give_each_list_its_role():
    text = "(一)完善监测网络。(牵头部门:市气象局;参与单位:市水利局、市自然资源局;完成时限:2026年底)"
    assert only_task(text) == sorted([("市气象局", "lead"), ("市水利局", "cooperating"), ("市自然资源局", "cooperating")])


def test_labelled_lines_after_the_task():
    text = (
        "(一)推进智慧城市建设。\n建设城市运行管理平台。\n牵头单位:市城市管理局\n"
        "配合单位:市大数据中心、市公安局,市住房城乡建设局\n完成时限:2026年12月\n"
    )
    assert only_task(text) == sorted([
        ("市城市管理局", "lead"), ("市大数据中心", "cooperating"), ("市公安局", "cooperating"),
        ("市住房城乡建设局", "cooperating"),
    ])


def test_a_label_that_ends_its_line_takes_the_next_line():
    text = "(一)推进项目建设。加快前期工作。\n责任单位:\n市发展改革委、市财政局\n"
    assert only_task(text) == sorted([("市发展改革委", "responsible"), ("市财政局", "responsible")])


def test_running_text_after_a_bare_label_is_no_value():
    assert only_task("(一)推进项目建设。加快前期工作。\n责任单位:\n全面提升项目服务水平。\n") == []


def test_two_labels_on_one_line_separated_by_a_space():
    text = "(一)推进农村公路建设。完善路网。\n牵头部门:县交通运输局 配合部门:县财政局 县自然资源局\n"
    assert only_task(text) == sorted([("县交通运输局", "lead"), ("县财政局", "cooperating"), ("县自然资源局", "cooperating")])


# -- a lead marked after a name ----------------------------------------------------------

LEAD_MARKS = [
    # in a labelled line: the mark sets the role and is no part of the name
    ("(一)推进教育改革。深化课程改革。\n责任单位:市教育局(牵头)、市财政局\n",
     [("市教育局", "lead"), ("市财政局", "responsible")]),
    # in an unlabelled bracket: the marked unit leads, the others are responsible
    ("(一)提升医疗服务。推进分级诊疗。(市卫生健康委(牵头)、市医保局)",
     [("市卫生健康委", "lead"), ("市医保局", "responsible")]),
    # the mark may be a label word
    ("(一)加快充电设施建设。(责任单位:市住房城乡建设局、市发展改革委(牵头单位))",
     [("市住房城乡建设局", "responsible"), ("市发展改革委", "lead")]),
    # a bracketed role phrase after the last name is dropped (guide: trailing role words)
    ("(一)加强组织领导。成立工作专班。(责任单位:市公安局、市交通运输局(按职责分工负责))",
     [("市公安局", "responsible"), ("市交通运输局", "responsible")]),
    # 牵头 after a name inside a 、 list (guide: a 牵头 inside a list marks its unit as lead)
    ("(一)推进教育改革。深化课程改革。(责任单位:市教育局牵头、市财政局、市人社局)",
     [("市教育局", "lead"), ("市财政局", "responsible"), ("市人社局", "responsible")]),
    # role verbs that close items of one 、 list each set their own items' role
    ("(一)开展职业技能培训。(市人社局牵头、市教育局配合)", [("市人社局", "lead"), ("市教育局", "cooperating")]),
    # a bracket that belongs to the name stays (guide: 市委组织部(人才办))
    ("(一)加强考核评估。(牵头单位:市委组织部(市委人才办);配合单位:市考核办)",
     [("市委组织部(市委人才办)", "lead"), ("市考核办", "cooperating")]),
]


@pytest.mark.parametrize("text,expected", LEAD_MARKS)
def test_role_marked_after_a_name(text, expected):
    assert only_task(text) == sorted(expected)


# -- prose -------------------------------------------------------------------------------

PROSE = [
    ("(一)实施老旧小区改造。由市住房城乡建设局牵头,市城管局、市交通运输局配合。",
     [("市住房城乡建设局", "lead"), ("市城管局", "cooperating"), ("市交通运输局", "cooperating")]),
    # 会同 joins two subjects of 负责: both are responsible
    ("(一)加强水环境治理。市生态环境局会同市水利局负责。",
     [("市生态环境局", "responsible"), ("市水利局", "responsible")]),
    # a generic government list with a bracket that holds 、 opens the sentence
    ("(一)推进乡村振兴。各县(市、区)人民政府负责组织实施。", [("各县(市、区)人民政府", "responsible")]),
    ("(一)强化安全生产。市应急管理局负责,市公安局、市消防救援支队按职责分工配合。",
     [("市应急管理局", "responsible"), ("市公安局", "cooperating"), ("市消防救援支队", "cooperating")]),
    # 由X负责 after a comma
    ("(一)推进学前教育普惠发展。新建一批公办幼儿园,由县教育局负责。", [("县教育局", "responsible")]),
    # X由Y负责 inside a clause
    ("(一)加强校园安全。校园周边环境整治工作由县公安局负责。", [("县公安局", "responsible")]),
    # a list of subjects of 负责 at the head of a sentence
    ("(一)加强食品安全监管。开展专项检查。各县区政府、市直各部门按职责分工负责落实。",
     [("各县区政府", "responsible"), ("市直各部门", "responsible")]),
    # after a lead clause, a named body that opens the next clause with 负责
    ("(一)加强督查落实。市政府办公室牵头,市政府督查室具体负责。",
     [("市政府办公室", "lead"), ("市政府督查室", "responsible")]),
    # 协助, and 参与 / 协同 that end their clause, give cooperating units
    ("(一)加快建设物流枢纽。由市交通运输局牵头负责,市商务局协助。",
     [("市交通运输局", "lead"), ("市商务局", "cooperating")]),
    ("(一)开展消费促进活动。由市商务局牵头,市财政局、市文化广电旅游局参与。",
     [("市商务局", "lead"), ("市财政局", "cooperating"), ("市文化广电旅游局", "cooperating")]),
    ("(一)推进全民健身。市体育局负责,市教育局协同。", [("市体育局", "responsible"), ("市教育局", "cooperating")]),
    # 各 belongs to the unit after a run-in phrase
    ("(一)加强流域治理。市水利局牵头,各县(市、区)人民政府配合。",
     [("市水利局", "lead"), ("各县(市、区)人民政府", "cooperating")]),
    # a label joined by 为, after or before its list
    ("(一)推进城市更新。市发展改革委为牵头单位,市财政局、市统计局为配合单位。",
     [("市发展改革委", "lead"), ("市财政局", "cooperating"), ("市统计局", "cooperating")]),
    ("(一)推动外贸稳增长。牵头单位为市商务局,配合单位为市海关、市税务局。",
     [("市商务局", "lead"), ("市海关", "cooperating"), ("市税务局", "cooperating")]),
    ("(一)压实属地责任。各乡镇人民政府为责任主体。", [("各乡镇人民政府", "responsible")]),
    # a verb before the list (明确/确定 X 为 …) is no part of it
    ("(一)加强协调。明确市发展改革委为牵头单位,市财政局为配合单位。",
     [("市发展改革委", "lead"), ("市财政局", "cooperating")]),
    ("(一)加强保障。确定各县(市、区)人民政府为责任主体。", [("各县(市、区)人民政府", "responsible")]),
    ("(一)加强水源保护。县水利局是水源保护工作的责任主体。", [("县水利局", "responsible")]),
    # 负责牵头: the lead
    ("(一)优化营商环境。市发改委负责牵头,市直各部门配合。", [("市发改委", "lead"), ("市直各部门", "cooperating")]),
]


@pytest.mark.parametrize("text,expected", PROSE)
def test_prose_roles(text, expected):
    assert only_task(text) == sorted(expected)


NOT_ROLES = [
    # a role clause that describes a mechanism (…的工作机制) assigns nobody
    "(一)健全工作机制。建立市政府办公室牵头、市直有关部门参与的工作机制。",
    "(一)完善协调机制。形成县发展改革局负责、县直部门配合的推进格局。",
    # generic bodies after a comma, with no level and no 由
    "(一)强化统筹推进。分管部门牵头推动,相关部门分工负责。",
    # 参与 inside a clause, with what is taken part in after it
    "(一)加快金融产品创新。鼓励各类金融机构积极参与,社会资本参与项目建设。",
    # 负责 with no subject, 负责人 and 负责的 are no assignments
    "(一)强化组织领导。专班办公室设在县商务局,负责统筹协调。",
    "(一)压实工作责任。各乡镇主要负责人要亲自抓。",
    "(一)规范资金管理。县财政局负责的专项资金要专款专用。",
    # 为主体 with no label word
    "(一)坚持市场主导。以企业为主体,以市场为导向。",
    # a statement of overall responsibility (对…负总责) names no unit for the task
    "(一)压实工作责任。县人民政府对本地区安全生产工作负总责。",
    # people are not units
    "(一)加强宣传引导。市政府分管副市长牵头。",
    "(一)加强队伍建设。开展业务培训。(牵头领导:张某某;责任人:李某某)",
    # 配合 / 协同 with the body helped after it
    "(一)做好迎检工作。积极配合省督查组开展检查。",
]


@pytest.mark.parametrize("text", NOT_ROLES)
def test_no_unit_where_no_body_is_assigned(text):
    assert only_task(text) == []


def test_people_in_a_labelled_list_are_dropped():
    text = "(一)加强督导考核。开展季度督导。(牵头单位:市政府办公室;分管副市长;责任单位:各县区人民政府)"
    assert only_task(text) == sorted([("市政府办公室", "lead"), ("各县区人民政府", "responsible")])


def test_a_contact_person_in_brackets_after_a_unit_is_dropped():
    text = "(一)加强运行调度。开展月度调度。\n牵头单位:市商务局(联系人:王某某,电话:12345678)\n"
    assert only_task(text) == [("市商务局", "lead")]


def test_a_person_label_ends_the_list_before_it():
    text = "(一)加强宣传引导。营造良好氛围。(牵头领导:张某某;责任单位:市委宣传部)"
    assert only_task(text) == [("市委宣传部", "responsible")]


# -- list separators ---------------------------------------------------------------------

SEPARATORS = [
    ("市城管局;市生态环境局;市商务局", ["市城管局", "市生态环境局", "市商务局"]),
    ("市水利局/市生态环境局/各县区政府", ["市水利局", "市生态环境局", "各县区政府"]),
    ("市财政局 市审计局 市发展改革委", ["市财政局", "市审计局", "市发展改革委"]),
    ("市发展改革委及市粮食和物资储备局", ["市发展改革委", "市粮食和物资储备局"]),
    ("市科技局和市工业和信息化局", ["市科技局", "市工业和信息化局"]),
    ("县教育局与县财政局", ["县教育局", "县财政局"]),
    ("市文化广电旅游局等部门", ["市文化广电旅游局"]),
    # a level word that opens the next name: two units, no shared ending
    ("市海关、市税务局", ["市海关", "市税务局"]),
    # an elided level is still restored after a slash
    ("市财政局/审计局", ["市财政局", "市审计局"]),
    # 街道 and 社区 are levels of their own: no 乡 or 区 before them
    ("乡镇人民政府、街道办事处", ["乡镇人民政府", "街道办事处"]),
    ("区民政局、社区居委会", ["区民政局", "社区居委会"]),
]


MANNER_WORDS = ["按各自职责负责", "按照各自职责分工负责", "根据职责分工负责", "依法负责", "各司其职负责",
                "按职责分工抓好落实", "按职责分工推进落实", "负责组织实施"]


@pytest.mark.parametrize("tail", MANNER_WORDS)
def test_manner_words_before_the_verb_are_no_part_of_a_name(tail):
    assert only_task(f"(一)加强统计监测。(市统计局、市发展改革委{tail})") == sorted(
        [("市统计局", "responsible"), ("市发展改革委", "responsible")])


def test_manner_words_before_配合_in_prose():
    text = "(一)加强协调。市发展改革委牵头,市财政局、市统计局按各自职责配合。"
    assert only_task(text) == sorted([("市发展改革委", "lead"), ("市财政局", "cooperating"), ("市统计局", "cooperating")])


@pytest.mark.parametrize("value,expected", SEPARATORS)
def test_list_separators_in_a_bracket(value, expected):
    text = f"(一)推进重点工作。抓好落实。(责任单位:{value})"
    assert [n for n, _ in only_task(text)] == sorted(expected)


def test_a_closer_whose_opener_is_not_in_the_value_is_dropped():
    # the value of a label inside a bracket that opened on an earlier line: 配合单位:…局)
    found = read_list("市财政局、市工业和信息化局)", 0, "cooperating", "配合单位", "lines")
    assert [(f.name, f.span) for f in found] == [("市财政局", (0, 4)), ("市工业和信息化局", (5, 13))]
    # a bracket of the name itself stays
    assert [f.name for f in read_list("各县(市、区)政府", 0, "responsible", "责任单位", "lines")] == ["各县(市、区)政府"]


def test_spaces_inside_a_phrase_do_not_split_it():
    # words that are not all unit names: the space separates no units
    assert read_list("市财政局 牵头抓好", 0, "responsible", "责任单位", "bracket") == []


# -- tables and headings -----------------------------------------------------------------

TAB_TABLE = (
    "一、主要任务\n(一)推进产业园区提质增效。加快园区基础设施建设。\n(二)强化企业服务保障。建立包联服务机制。\n"
    "附件\n重点任务分工表\n序号\t工作任务\t责任单位\t牵头单位\t完成时限\n"
    "1\t推进产业园区提质增效\t各县区人民政府\t市工业和信息化局\t2026年底\n"
    "2\t强化企业服务保障\t市直有关部门\t市营商环境建设局\t长期坚持\n"
)


def test_tab_table_with_the_lead_column_after_the_responsible_one():
    assert units_by_title(TAB_TABLE) == {
        "推进产业园区提质增效": sorted([("各县区人民政府", "responsible"), ("市工业和信息化局", "lead")]),
        "强化企业服务保障": sorted([("市直有关部门", "responsible"), ("市营商环境建设局", "lead")]),
    }


FLAT_TABLE = (
    "一、重点任务\n(一)实施高标准农田建设。新建高标准农田。\n(二)推进农业科技推广。建设示范基地。\n"
    "附件\n任务分工\n序号\n工作任务\n配合单位\n牵头单位\n完成时限\n"
    "1\n实施高标准农田建设\n各乡镇人民政府\n县农业农村局\n2027年\n"
    "2\n推进农业科技推广\n县科技局、县农技中心\n县农业农村局\n长期\n"
)


def test_flat_table_one_cell_a_line_with_its_own_column_order():
    assert units_by_title(FLAT_TABLE) == {
        "实施高标准农田建设": sorted([("各乡镇人民政府", "cooperating"), ("县农业农村局", "lead")]),
        "推进农业科技推广": sorted([("县科技局", "cooperating"), ("县农技中心", "cooperating"), ("县农业农村局", "lead")]),
    }


def test_tab_table_without_a_number_column():
    text = (
        "一、主要任务\n(一)加强耕地保护。严守耕地红线。\n(二)推进土地整治。开展全域整治。\n附件\n"
        "主要任务\t配合单位\t牵头单位\t完成时限\n加强耕地保护\t区农业农村局\t区自然资源局\t2026年\n"
        "推进土地整治\t各街道办事处\t区自然资源局\t2027年\n"
    )
    assert units_by_title(text) == {
        "加强耕地保护": sorted([("区农业农村局", "cooperating"), ("区自然资源局", "lead")]),
        "推进土地整治": sorted([("各街道办事处", "cooperating"), ("区自然资源局", "lead")]),
    }


def test_a_person_column_is_neither_the_title_nor_a_unit_column():
    # tab table: 责任领导 before the task column must not be taken for the title
    tab = (
        "一、主要任务\n(一)加强耕地保护。严守耕地红线。\n(二)推进土地整治。开展全域整治。\n附件\n"
        "序号\t责任领导\t主要任务\t牵头单位(部门)\t配合单位(部门)\n"
        "1\t王某某\t加强耕地保护\t区自然资源局\t区农业农村局\n2\t李某某\t推进土地整治\t区自然资源局\t各街道办事处\n"
    )
    # flat table: 责任领导 between two role columns is still a header cell
    flat = (
        "一、主要任务\n(一)加强耕地保护。严守耕地红线。\n(二)推进土地整治。开展全域整治。\n附件\n"
        "序号\n主要任务\n牵头单位\n责任领导\n配合单位\n1\n加强耕地保护\n区自然资源局\n王某某\n区农业农村局\n"
        "2\n推进土地整治\n区自然资源局\n李某某\n各街道办事处\n"
    )
    for text in (tab, flat):
        assert units_by_title(text) == {
            "加强耕地保护": sorted([("区自然资源局", "lead"), ("区农业农村局", "cooperating")]),
            "推进土地整治": sorted([("区自然资源局", "lead"), ("各街道办事处", "cooperating")]),
        }


def test_lead_mark_inside_a_table_cell():
    text = (
        "一、主要任务\n(一)加强耕地保护。严守耕地红线。\n(二)推进土地整治。开展全域整治。\n附件\n"
        "序号\t主要任务\t责任单位\t完成时限\n1\t加强耕地保护\t区自然资源局(牵头)、区农业农村局\t2026年\n"
        "2\t推进土地整治\t各街道办事处\t2027年\n"
    )
    assert units_by_title(text) == {
        "加强耕地保护": sorted([("区自然资源局", "lead"), ("区农业农村局", "responsible")]),
        "推进土地整治": [("各街道办事处", "responsible")],
    }


NOTED_TABLE = (
    "一、主要任务\n(一)加强耕地保护。严守耕地红线。(区自然资源局、区水利局负责)\n(二)推进土地整治。开展全域整治。\n附件\n"
    "重点任务分工表\n{note}\n序号\t主要任务\t责任单位\t完成时限\n"
    "1\t加强耕地保护\t区自然资源局、区农业农村局\t2026年\n2\t推进土地整治\t区农业农村局、各街道办事处\t2027年\n"
)


def test_first_is_lead_note_under_a_table_title_holds_for_its_rows():
    # a note in a bracket that names no unit holds from there on: not for the body before it
    assert units_by_title(NOTED_TABLE.format(note="(责任单位排在第一位的为牵头单位)")) == {
        "加强耕地保护": sorted([("区自然资源局", "lead"), ("区农业农村局", "responsible"), ("区水利局", "responsible")]),
        "推进土地整治": sorted([("区农业农村局", "lead"), ("各街道办事处", "responsible")]),
    }


def test_table_without_a_note_has_no_lead():
    assert units_by_title(NOTED_TABLE.format(note="")) == {
        "加强耕地保护": sorted([("区自然资源局", "responsible"), ("区农业农村局", "responsible"), ("区水利局", "responsible")]),
        "推进土地整治": sorted([("区农业农村局", "responsible"), ("各街道办事处", "responsible")]),
    }


def test_heading_that_ends_with_its_unit_bracket():
    doc = parse("一、工作措施\n(一)加强市场监管。开展执法检查。\n(二)强化监管(责任单位:市市场监管局)\n")
    task = next(t for t in doc.tasks if t.number == "(二)")
    assert [(u.name, u.role, u.source) for u in task.units] == [("市市场监管局", "responsible", "bracket")]
    assert [u.name for u in doc.tasks[0].units] == []


def test_unit_headings_make_their_items_tasks_of_that_unit():
    text = (
        "三、职责分工\n(一)县财政局:负责统筹安排专项资金。\n1.做好资金预算编制。\n2.加强资金使用绩效评价。\n"
        "(二)县自然资源局:负责保障项目用地。\n1.优化用地审批流程。\n"
    )
    doc = parse(text)
    assert [(t.title, [(u.name, u.role, u.source) for u in t.units]) for t in doc.tasks] == [
        ("做好资金预算编制", [("县财政局", "responsible", "heading")]),
        ("加强资金使用绩效评价", [("县财政局", "responsible", "heading")]),
        ("优化用地审批流程", [("县自然资源局", "responsible", "heading")]),
    ]


def test_a_heading_that_lists_units_makes_each_responsible():
    # per the guide every unit named as the heading is responsible for the items under it;
    # an elided level is restored (财政局 under 市…: 市财政局, no span)
    text = (
        "三、职责分工\n(一)市发展改革委、财政局:负责统筹安排专项资金。\n1.做好资金预算编制。\n"
        "(二)县自然资源局:负责保障项目用地。\n1.优化用地审批流程。\n"
        "(三)加强监督、市审计局:负责跟踪审计。\n1.开展专项审计。\n"
    )
    assert units_by_title(text) == {
        "做好资金预算编制": sorted([("市发展改革委", "responsible"), ("市财政局", "responsible")]),
        "优化用地审批流程": [("县自然资源局", "responsible")],
        "开展专项审计": [],  # a heading that is not only units names none
    }


def test_a_task_cell_merged_over_rows_gives_it_every_rows_units():
    # the task cell spans two rows, each with its own 牵头单位 and 配合单位: ingest repeats the
    # task in both lines, and the task leads with both units (neither row's units are lost)
    html = (
        "<html><body><p>一、主要任务</p><p>(一)推进农田水利设施建设。完善灌溉渠系。</p>"
        "<p>(二)加强耕地质量保护。开展土壤改良。</p><p>附件</p><p>重点任务分工表</p><table>"
        "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
        "<tr><td rowspan='2'>1</td><td rowspan='2'>推进农田水利设施建设</td><td>县水利局</td><td>各乡镇人民政府</td></tr>"
        "<tr><td>县农业农村局</td><td>县财政局</td></tr>"
        "<tr><td>2</td><td>加强耕地质量保护</td><td>县农业农村局</td><td>县自然资源局</td></tr>"
        "</table></body></html>"
    )
    assert units_by_title(html) == {
        "推进农田水利设施建设": sorted([("县水利局", "lead"), ("县农业农村局", "lead"),
                                   ("各乡镇人民政府", "cooperating"), ("县财政局", "cooperating")]),
        "加强耕地质量保护": sorted([("县农业农村局", "lead"), ("县自然资源局", "cooperating")]),
    }


def test_a_group_column_before_the_task_column_is_not_the_title():
    # 类别 groups the rows (its cell repeated in each row of a group); the rows' tasks stand
    # under 重点任务, and each row gives its units to the task it names
    tab = (
        "一、主要任务\n(一)加强耕地保护。严守耕地红线。\n(二)推进土地整治。开展全域整治。\n"
        "(三)提升农机装备水平。推广适用农机。\n附件\n序号\t类别\t重点任务\t牵头单位\t配合单位\n"
        "1\t耕地保护\t加强耕地保护\t区自然资源局\t区农业农村局\n2\t耕地保护\t推进土地整治\t区自然资源局\t各街道办事处\n"
        "3\t农业机械\t提升农机装备水平\t区农业农村局\t区财政局\n"
    )
    flat = (
        "一、主要任务\n(一)加强耕地保护。严守耕地红线。\n(二)推进土地整治。开展全域整治。\n"
        "(三)提升农机装备水平。推广适用农机。\n附件\n序号\n工作类别\n工作任务\n牵头单位\n配合单位\n"
        "1\n耕地保护\n加强耕地保护\n区自然资源局\n区农业农村局\n2\n耕地保护\n推进土地整治\n区自然资源局\n各街道办事处\n"
        "3\n农业机械\n提升农机装备水平\n区农业农村局\n区财政局\n"
    )
    for text in (tab, flat):
        assert units_by_title(text) == {
            "加强耕地保护": sorted([("区自然资源局", "lead"), ("区农业农村局", "cooperating")]),
            "推进土地整治": sorted([("区自然资源局", "lead"), ("各街道办事处", "cooperating")]),
            "提升农机装备水平": sorted([("区农业农村局", "lead"), ("区财政局", "cooperating")]),
        }
