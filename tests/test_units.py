"""Units and roles: every layout rule and every repair, on real fragments of the corpus.

Fragments are quoted from corpus/*.txt|html (normalised: full-width punctuation folded).
Each table row says what a wrong implementation would get wrong.
"""

from __future__ import annotations

from functools import cache

import pytest
from corpus_support import raw_file

from policyparse import parse, parse_file
from policyparse.model import Section, Task
from policyparse.text.orgs import is_unit_name
from policyparse.units import bracket, canonical, heading, lines, prose, table
from policyparse.units.lists import admin_prefix, read_list


def names(found):
    return [(f.name, f.role) for f in found]


# -- the list reader: splitting and the guide's repairs ------------------------------------

LISTS = [
    # elided level restored from the first unit (沈阳 seed, task 2)
    ("市外经贸局、科技局、发展改革委", "lead", [("市外经贸局", "lead"), ("市科技局", "lead"), ("市发展改革委", "lead")]),
    # trailing 按职责分工负责 dropped; a label's role wins over 负责 (沈阳 task 4)
    ("市外经贸局、科技局、发展改革委按职责分工负责", "lead", [("市外经贸局", "lead"), ("市科技局", "lead"), ("市发展改革委", "lead")]),
    # 等 dropped, a generic tail with a level kept (沈阳 task 19)
    (
        "市发展改革委、规划国土局、经济和信息化委、科技局、外经贸局等市直有关部门",
        "lead",
        [("市发展改革委", "lead"), ("市规划国土局", "lead"), ("市经济和信息化委", "lead"), ("市科技局", "lead"),
         ("市外经贸局", "lead"), ("市直有关部门", "lead")],
    ),
    # a bracket that belongs to the name is never split; a level word sharing the next ending stays with it
    ("各区、县(市)政府,开发区管委会", "responsible", [("各区、县(市)政府", "responsible"), ("开发区管委会", "responsible")]),
    ("各县(市、区)政府、绥化经济技术开发区管委会按职责分工负责", "responsible",
     [("各县(市、区)政府", "responsible"), ("绥化经济技术开发区管委会", "responsible")]),
    ("省金融监管局、省财政厅和各市、县〔区〕人民政府", "responsible",
     [("省金融监管局", "responsible"), ("省财政厅", "responsible"), ("各市、县〔区〕人民政府", "responsible")]),
    # 市委组织部: the level is 市, not 市委 (驻马店 table: 市委组织部、编办、人社局 -> 市编办)
    ("市委组织部、编办、人社局按职责分工负责", "lead", [("市委组织部", "lead"), ("市编办", "lead"), ("市人社局", "lead")]),
    # 。 as a list separator inside one cell (驻马店 table row 集聚创新人才)
    ("市委组织部、人社局。科技局按职责分工负责", "lead", [("市委组织部", "lead"), ("市人社局", "lead"), ("市科技局", "lead")]),
    # 市场监管局 begins with 市 but has no level: 市 is restored (驻马店 table)
    ("市大数据管理局、统计局、市场监管局", "cooperating",
     [("市大数据管理局", "cooperating"), ("市统计局", "cooperating"), ("市市场监管局", "cooperating")]),
    # a stray comma at the end of a cell (驻马店 row 强化精准招商)
    ("市招商局、工信局、发改委、金融工作局,", "cooperating",
     [("市招商局", "cooperating"), ("市工信局", "cooperating"), ("市发改委", "cooperating"), ("市金融工作局", "cooperating")]),
    # a full name keeps its own name: no 市 before a university, a bank branch, a grid company
    ("市规划国土局、民政局、沈阳广播电视大学按职责分工负责", "lead",
     [("市规划国土局", "lead"), ("市民政局", "lead"), ("沈阳广播电视大学", "lead")]),
    ("市贸促会、中国人民银行绥化市分行、国网绥化供电公司", "responsible",
     [("市贸促会", "responsible"), ("中国人民银行绥化市分行", "responsible"), ("国网绥化供电公司", "responsible")]),
    # a place name is no elided level (江西 融资担保: 省金融监管局、江西银保监局)
    ("省金融监管局、江西银保监局", "responsible", [("省金融监管局", "responsible"), ("江西银保监局", "responsible")]),
    # the place of the first enterprise carries to the next ones (沈阳 task 24, gold's hard call)
    ("沈阳金控集团、产业投资发展集团、城投集团", "responsible",
     [("沈阳金控集团", "responsible"), ("沈阳产业投资发展集团", "responsible"), ("沈阳城投集团", "responsible")]),
    # 省局 governs the offices after it (江西 市场监管)
    ("省药监局,省局登记注册局、行政审批处", "responsible",
     [("省药监局", "responsible"), ("省局登记注册局", "responsible"), ("省局行政审批处", "responsible")]),
    # 牵头 inside a 责任单位 list marks the lead (annotation guide example)
    ("市发改委牵头,市财政局等部门分工负责", "responsible", [("市发改委", "lead"), ("市财政局", "responsible")]),
    # a shared ending: 国网陕西检修、建设公司 is one unit (国网陕西 notice)
    ("各发供电单位,国网陕西检修、建设公司,陕西送变电公司", "cooperating",
     [("各发供电单位", "cooperating"), ("国网陕西检修、建设公司", "cooperating"), ("陕西送变电公司", "cooperating")]),
    ("服务商、南瑞信通公司、国网陕西信通公司", "responsible",
     [("服务商", "responsible"), ("南瑞信通公司", "responsible"), ("国网陕西信通公司", "responsible")]),
]


@pytest.mark.parametrize("text,role,expected", LISTS)
def test_labelled_list_repairs(text, role, expected):
    assert names(read_list(text, 0, role, "x", "bracket")) == expected


UNLABELLED = [
    # (A、B负责) -> responsible
    ("体育总局、北京冬奥组委负责", [("体育总局", "responsible"), ("北京冬奥组委", "responsible")]),
    # 和 joins two units only where both sides are units: 文化和旅游部 stays whole
    ("体育总局、文化和旅游部负责", [("体育总局", "responsible"), ("文化和旅游部", "responsible")]),
    # 等和 (消费扶贫): 等 dropped, 和 splits off the provinces
    ("商务部、发展改革委、农业农村部等和各有关省级人民政府负责",
     [("商务部", "responsible"), ("发展改革委", "responsible"), ("农业农村部", "responsible"), ("各有关省级人民政府", "responsible")]),
    # a list before 牵头 and one before 配合 in one bracket (江西 金融支持)
    ("江西银保监局、省金融监管局按职责分工牵头,省直有关部门配合",
     [("江西银保监局", "lead"), ("省金融监管局", "lead"), ("省直有关部门", "cooperating")]),
    # units before a comma wait for the verb after it (促进就业)
    ("人力资源社会保障部、财政部、税务总局,各省级人民政府按职责分工负责",
     [("人力资源社会保障部", "responsible"), ("财政部", "responsible"), ("税务总局", "responsible"), ("各省级人民政府", "responsible")]),
    # 会同 joins units inside a list (真抓实干)
    ("国家发展改革委、财政部会同有关部门负责", [("国家发展改革委", "responsible"), ("财政部", "responsible"), ("有关部门", "responsible")]),
    # 等有关部门和单位: 等 dropped, the generic unit kept (促进就业 gold)
    ("人力资源社会保障部等有关部门和单位负责", [("人力资源社会保障部", "responsible"), ("有关部门和单位", "responsible")]),
    # 等 inside a name is no trailing role word
    ("教育部、各高等学校负责", [("教育部", "responsible"), ("各高等学校", "responsible")]),
    # no verb, no units: an aside in brackets
    ("以下简称政务部门", []),
    ("企业直接向国家发展改革委申报,不需省级发展改革部门转报", []),
]


@pytest.mark.parametrize("text,expected", UNLABELLED)
def test_unlabelled_list(text, expected):
    assert names(read_list(text, 0, None, None, "bracket")) == expected


def test_first_is_lead_makes_first_unit_lead():
    found = read_list("人力资源社会保障部、财政部负责", 0, None, None, "bracket", first_is_lead=True)
    assert names(found) == [("人力资源社会保障部", "lead"), ("财政部", "responsible")]


def test_spans_point_at_names_and_repaired_names_have_none():
    text = "市外经贸局、科技局按职责分工负责"
    found = read_list(text, 100, "lead", "牵头单位", "bracket")
    assert found[0].span == (100, 105) and found[1].span is None


# An elided level word is restored before a department and before an enterprise named by its
# trade alone, never before an enterprise with a name of its own (a brand or place first).
ENTERPRISE_PREFIX = [
    ("市工信局、华润燃气公司负责", ["市工信局", "华润燃气公司"]),
    ("市工信局、东方供电公司负责", ["市工信局", "东方供电公司"]),
    ("市财政局、长江农商银行负责", ["市财政局", "长江农商银行"]),
    ("区住建局、恒远建设集团负责", ["区住建局", "恒远建设集团"]),
    ("省发改委、南华能源股份有限公司负责", ["省发改委", "南华能源股份有限公司"]),
    ("市工信局、燃气公司负责", ["市工信局", "市燃气公司"]),
    ("市发改委、财政局、电力公司负责", ["市发改委", "市财政局", "市电力公司"]),
    ("省检修公司、建设、信通公司负责", ["省检修公司", "省建设、信通公司"]),
    # the first enterprise's place carries to the next, unless that one names a place itself
    ("杭州金控集团、产业投资集团负责", ["杭州金控集团", "杭州产业投资集团"]),
    ("杭州金控集团、华电杭州热力公司负责", ["杭州金控集团", "华电杭州热力公司"]),
]


@pytest.mark.parametrize("text,expected", ENTERPRISE_PREFIX)
def test_level_word_not_restored_before_a_named_enterprise(text, expected):
    assert [f.name for f in read_list(text, 0, None, None, "prose")] == expected


def test_named_enterprise_keeps_its_span():
    text = "市工信局、华润燃气公司负责"
    found = read_list(text, 40, None, None, "prose")
    assert found[1].span == (45, 51) and text[5:11] == found[1].name


@pytest.mark.parametrize(
    "name,prefix",
    [("市科技局", "市"), ("省财政厅", "省"), ("区发改局", "区"), ("市委组织部", "市"), ("市场监管局", None),
     ("各县区人民政府", None), ("省局登记注册局", "省局"), ("体育总局", None)],
)
def test_admin_prefix(name, prefix):
    assert admin_prefix(name) == prefix


# -- is_unit_name ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "s,expected",
    [
        ("市财政局", True), ("各县(市、区)政府", True), ("市委组织部(人才办)", True), ("市直有关部门", True),
        ("省卫生健康部门", True), ("各有关部门和单位", True), ("绥化经济技术开发区管委会", True),
        ("市开发区(园区)发展工作领导小组成员单位", True), ("人民解放军和武装警察部队", True),
        ("各地要", False), ("分管部门", False), ("推动开发区", False), ("开发区建设", False), ("金融机构", False),
        ("社会", False), ("边缘智能服务组件部署", False), ("促进土地节约集约利用", False), ("高加志", False),
        # vendor nouns are listed one by one; words that merely end in 商 are no units
        ("服务商", True), ("供应商", True), ("基础电信运营商", True), ("市基础电信运营商", True),
        ("工程承包商", True), ("房地产开发商", True),
        ("协商", False), ("招商", False), ("电商", False), ("外商", False), ("客商", False), ("厂商", False),
    ],
)
def test_is_unit_name(s, expected):
    assert is_unit_name(s) is expected


# -- rule: bracket --------------------------------------------------------------------------

SHENYANG_TASK_1 = (
    "1.推行“管委会+平台公司”运营管理模式。加快实施开发区“去行政化”改革。〔牵头单位:市编委办;责任单位:各区县(市)政府、开发区管委会〕"
    "2018年6月底前,各开发区要成立平台公司。〔牵头单位:市发展改革委;责任单位:各区县(市)政府、开发区管委会〕"
)


def test_several_brackets_in_one_task_give_their_union():
    found = [u for b in bracket.find(SHENYANG_TASK_1, 0, len(SHENYANG_TASK_1), None) for u in b.units]
    leads = {f.name for f in found if f.role == "lead"}
    assert leads == {"市编委办", "市发展改革委"}
    assert {f.name for f in found if f.role == "responsible"} == {"各区县(市)政府", "开发区管委会"}
    for f in found:
        assert SHENYANG_TASK_1[f.span[0] : f.span[1]] == f.name
        assert f.source == "bracket"


@pytest.mark.parametrize(
    "text,expected",
    [
        # 。 between roles (绥化 task 7)
        ("〔牵头单位:市商务局。责任单位:市工信局、市发改委〕",
         [("市商务局", "lead"), ("市工信局", "responsible"), ("市发改委", "responsible")]),
        # 牵头部门 (绥化 task 15)
        ("〔牵头部门:市商务局、市发改委;责任单位:市委组织部〕",
         [("市商务局", "lead"), ("市发改委", "lead"), ("市委组织部", "responsible")]),
        # round brackets and a nested 〔区〕 (江西 抢时间保进度)
        ("(责任单位:省公安厅、省交通运输厅、省商务厅,各市、县〔区〕政府)",
         [("省公安厅", "responsible"), ("省交通运输厅", "responsible"), ("省商务厅", "responsible"), ("各市、县〔区〕政府", "responsible")]),
        # square brackets of both kinds
        ("[牵头单位:市发改委;配合单位:市财政局]", [("市发改委", "lead"), ("市财政局", "cooperating")]),
        ("【责任单位:市发改委牵头,市财政局等部门分工负责】", [("市发改委", "lead"), ("市财政局", "responsible")]),
        # unlabelled with 牵头 / 配合 (江西 金融支持)
        ("(江西证监局牵头)", [("江西证监局", "lead")]),
        # a document number in 〔〕 is no unit bracket
        ("〔2018〕", []),
        # people are not units
        ("(牵头领导:高加志)", []),
    ],
)
def test_bracket_variants(text, expected):
    found = [u for b in bracket.find(text, 0, len(text), None) for u in b.units]
    assert names(found) == expected


def test_first_is_lead_note_applies_to_later_brackets():
    text = (
        "(一)实施就业优先政策。(人力资源社会保障部、财政部负责。列第一位者为牵头单位,下同)"
        "(二)加大援企稳岗。(财政部、工业和信息化部、人民银行、银保监会负责)"
        "(三)各地。(各省级人民政府负责)"
    )
    scope = bracket.lead_note_scope(text, 0)
    found = [u for b in bracket.find(text, 0, len(text), scope) for u in b.units]
    assert [n for n, r in names(found) if r == "lead"] == ["人力资源社会保障部", "财政部", "各省级人民政府"]
    assert ("工业和信息化部", "responsible") in names(found)


def test_first_is_lead_note_variant_排在第一位():
    assert bracket.FIRST_IS_LEAD.search("(排在第一位的部门为牵头部门,下同)")


def test_first_is_lead_note_on_its_own_holds_everywhere():
    text = "(一)推进改革。(市发改委、市财政局负责)\n注:各项任务中排在第一位的部门为牵头部门。\n"
    scope = bracket.lead_note_scope(text, 0)
    found = [u for b in bracket.find(text, 0, len(text), scope) for u in b.units]
    assert names(found) == [("市发改委", "lead"), ("市财政局", "responsible")]


def test_first_is_lead_note_without_下同_holds_for_its_bracket_only():
    text = "(一)推进改革。(市发改委、市财政局负责,列第一位者为牵头单位)(二)强化督查。(市统计局、市财政局负责)"
    scope = bracket.lead_note_scope(text, 0)
    found = [u for b in bracket.find(text, 0, len(text), scope) for u in b.units]
    assert [r for _, r in names(found)] == ["lead", "responsible", "responsible", "responsible"]


def test_no_first_is_lead_without_a_note():
    text = "(财政部、工业和信息化部负责)"
    found = [u for b in bracket.find(text, 0, len(text), None) for u in b.units]
    assert [r for _, r in names(found)] == ["responsible", "responsible"]


# -- rule: lines ----------------------------------------------------------------------------

WUWEI_DUTY = (
    "(四)指导建立健全开发区与高校、科研院所产学研一体化的科技创新体系和科技人才培养体系。\n\n"
    "实施主体:各工业园区\n\n区直牵头单位:区科技局\n\n配合单位:区发改局、区工信局、区人社局\n"
)


def test_labelled_lines_after_a_task():
    found = lines.find(WUWEI_DUTY, 0, len(WUWEI_DUTY), [])
    assert names(found) == [
        ("各工业园区", "responsible"), ("区科技局", "lead"),
        ("区发改局", "cooperating"), ("区工信局", "cooperating"), ("区人社局", "cooperating"),
    ]
    assert [f.label for f in found[:2]] == ["实施主体", "区直牵头单位"]


def test_run_in_labels_end_at_the_next_label():
    text = ("确保培训到人。责任单位:国网陕西培训中心、服务商、南瑞信通公司配合单位:各发供电单位,"
            "国网陕西检修、建设公司,陕西送变电公司完成时限:2021年11月-12月(2)试点应用")
    found = lines.find(text, 0, len(text), [])
    assert names(found) == [
        ("国网陕西培训中心", "responsible"), ("服务商", "responsible"), ("南瑞信通公司", "responsible"),
        ("各发供电单位", "cooperating"), ("国网陕西检修、建设公司", "cooperating"), ("陕西送变电公司", "cooperating"),
    ]


def test_person_label_gives_no_unit():
    text = "三、责任分工\n\n牵头领导:高加志\n\n实施主体:各工业园区\n"
    assert names(lines.find(text, 0, len(text), [])) == [("各工业园区", "responsible")]


# -- rule: prose ----------------------------------------------------------------------------

PROSE = [
    ("4.建立全省重点产业项目储备库。省发改委牵头组织建立全省产业项目谋划储备库,", [("省发改委", "lead")]),
    ("3.建立完善产业项目统计监测体系。省统计局牵头,省发改委配合进一步完善全省产业项目统计监测体系",
     [("省统计局", "lead"), ("省发改委", "cooperating")]),
    ("(2)推进部门协调。建立由省卫生健康部门牵头,发展改革、教育等部门为成员的联席会议", [("省卫生健康部门", "lead")]),
    ("(5)治安维护组省公安厅牵头,省交通运输厅等参与。", [("省公安厅", "lead"), ("省交通运输厅", "cooperating")]),
    ("省发展改革委:主要负责项目的立项审批;会同省应急厅牵头负责地震易发区房屋设施加固工程", [("省应急厅", "lead")]),
    ("八、加强对村庄撤并工作的组织领导。发展改革部门负责指导各地认真把握村庄分类标准。民政部门负责指导村级建制调整", [("民政部门", "responsible"), ("发展改革部门", "responsible")]),
    # not roles: 会同 without 牵头, a bare 负责 inside a sentence, a helped body after 配合, people, generic subjects
    ("(一)提升开发区科技创新能力。区科技局会同园区内企业开展合作。", []),
    ("专班办公室设在市商务局,负责统筹协调督办工作", []),
    ("(一)按照方案确定的工作措施,积极配合省、市开发区领导小组办公室对各开发区进行检查督导", []),
    ("引导金融机构配合企业主管部门做好工作", []),
    ("分管部门牵头推动,相关部门分工负责", []),
    ("建立由政府负责人牵头、相关部门共同参与的工作机制", []),
    ("各项工作任务牵头单位要每半年报送进展", []),
]


@pytest.mark.parametrize("text,expected", PROSE)
def test_prose(text, expected):
    found = prose.find(text, 0, len(text), [])
    assert sorted(names(found)) == sorted(expected)
    for f in found:
        assert text[f.span[0] : f.span[1]] == f.name


# -- rule: heading --------------------------------------------------------------------------

def _section(sid, parent, heading, text):
    start = text.index(heading)
    return Section(id=sid, parent=parent, level=2, number="(一)", heading=heading, span=(start - 3, len(text)),
                   heading_span=(start, start + len(heading)))


def test_heading_that_is_a_unit():
    text = "(四)省发展改革委:主要负责自然灾害防治重点工程项目的立项审批。"
    found = heading.unit_sections(text, [_section("s1", None, "省发展改革委", text)])
    assert names(found["s1"]) == [("省发展改革委", "responsible")]
    assert found["s1"][0].source == "heading"


def test_heading_that_is_no_unit():
    text = "(一)强化组织领导。成立工作专班。"
    assert heading.unit_sections(text, [_section("s1", None, "强化组织领导", text)]) == {}


# -- rule: table ----------------------------------------------------------------------------

def test_table_title_similarity_tolerates_one_word():
    assert table.similarity("推广绿色工厂建设", "推进绿色工厂建设") >= table.MATCH_THRESHOLD
    assert table.similarity("促进土地集约节约利用", "促进土地节约集约利用") >= table.MATCH_THRESHOLD
    assert table.similarity("推广绿色工厂建设", "强化精准招商") < table.MATCH_THRESHOLD


HTML_TABLE = """<html><body><p>一、主要任务</p><p>(一)推进产业集群发展。加快培育。</p><p>(二)强化精准招商。开展招商。</p>
<p>附件</p><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>推动产业集群发展</td><td>市发改委、工信局</td><td>市财政局</td><td>2020年底</td></tr>
<tr><td>2</td><td>强化精准招商</td><td>市招商局</td><td>各县区人民政府</td><td>长期</td></tr></table></body></html>"""


def test_tab_separated_table_matched_by_title():
    doc = parse(HTML_TABLE, format="html")
    by_title = {t.title: [(u.name, u.role, u.source) for u in t.units] for t in doc.tasks}
    assert by_title["推进产业集群发展"] == [("市发改委", "lead", "table"), ("市工信局", "lead", "table"),
                                          ("市财政局", "cooperating", "table")]
    assert by_title["强化精准招商"] == [("市招商局", "lead", "table"), ("各县区人民政府", "cooperating", "table")]


def test_item_table_rows_become_tasks():
    text = ("附件\n序号\t项目名称\t责任单位\n1\t城东污水处理厂\t市住建局\n2\t城西物流园\t市商务局、区政府\n")
    from policyparse.pipeline import Draft

    draft = Draft(text=text)
    table.apply(draft)
    assert [(t.title, [u.name for u in t.units]) for t in draft.tasks] == [
        ("城东污水处理厂", ["市住建局"]), ("城西物流园", ["市商务局", "区政府"])]
    assert [t.id for t in draft.tasks] == ["t1", "t2"] and all(t.section is None for t in draft.tasks)
    for t in draft.tasks:
        assert text[t.span[0] : t.span[1]] == t.text


# -- canonical names and kinds --------------------------------------------------------------

@pytest.mark.parametrize(
    "name,expected",
    [
        ("市发改委", "市发展和改革委员会"), ("市发展改革委", "市发展和改革委员会"), ("市发展和改革委员会", "市发展和改革委员会"),
        ("省发改委", "省发展和改革委员会"), ("工信局", "工业和信息化局"), ("市人社局", "市人力资源和社会保障局"),
        ("市人力资源社会保障局", "市人力资源和社会保障局"), ("区住建局", "区住房和城乡建设局"), ("市市场监管局", "市市场监督管理局"),
        ("市卫健委", "市卫生健康委员会"), ("市编办", "市机构编制委员会办公室"), ("国家发展改革委", "国家发展和改革委员会"),
        ("市委组织部(人才办)", "市委组织部(人才办)"), ("市自然资源局", "市自然资源局"), ("各县(市、区)政府", "各县(市、区)政府"),
    ],
)
def test_canonical(name, expected):
    assert canonical.canonical(name) == expected


@pytest.mark.parametrize(
    "name,expected",
    [("各县(市、区)政府", "collective"), ("市直有关部门", "collective"), ("市委组织部", "party"), ("市中级人民法院", "court"),
     ("市人民检察院", "procuratorate"), ("国网绥化供电公司", "enterprise"), ("综合协调组", "group"),
     ("绥化市人民政府", "government"), ("市财政局", "department"), ("服务商", None)],
)
def test_kind(name, expected):
    assert canonical.kind(name) == expected


# -- the stage on whole documents ----------------------------------------------------------

@cache
def _doc(name):
    return parse_file(raw_file(name))


def _units(doc, title_start):
    task = next(t for t in doc.tasks if t.title.startswith(title_start))
    return {(u.name, u.role) for u in task.units}


def test_zhumadian_table_gives_lead_and_cooperating():
    doc = _doc("zhumadian-chanye-jiqun-2019")
    assert _units(doc, "持续开展企业分类综合评价") >= {("市发改委", "lead"), ("市统计局", "cooperating"), ("各县区人民政府", "cooperating")}
    # the table's 促进土地集约节约利用 is the body's 促进土地节约集约利用
    assert _units(doc, "促进土地节约集约利用") == {("市自然资源和规划局", "lead"), ("各县区人民政府", "cooperating")}
    assert _units(doc, "推进绿色工厂建设") == {("市工信局", "lead"), ("市生态环境局", "cooperating"), ("各县区人民政府", "cooperating")}
    assert all(u.source == "table" for t in doc.tasks for u in t.units)
    assert all(t.units for t in doc.tasks)


def test_wuwei_lines_reach_duties_and_head_block_goes_on_the_part():
    doc = _doc("wuwei-liangzhou-kaifaqu-jianshe-2017")
    assert _units(doc, "指导建立健全开发区与高校") == {
        ("各工业园区", "responsible"), ("区科技局", "lead"), ("区发改局", "cooperating"), ("区工信局", "cooperating"),
        ("区人社局", "cooperating")}
    part = next(s for s in doc.sections if s.heading == "责任分工")
    assert {(u.name, u.role) for u in part.units} >= {("区发改局", "lead"), ("区工信局", "lead"), ("各工业园区", "responsible")}
    assert all(u.name != "高加志" for u in part.units)
    # the head block is not copied into the item before it
    assert _units(doc, "切实推进供给侧结构性改革") == set()


def test_stronger_role_wins_within_a_task():
    text = "一、主要任务\n(一)推进改革。市发改委配合开展。(牵头单位:市发改委;配合单位:市财政局)\n"
    doc = parse(text)
    assert {(u.name, u.role) for t in doc.tasks for u in t.units} == {("市发改委", "lead"), ("市财政局", "cooperating")}


@pytest.mark.parametrize(
    "doc_id",
    ["shenyang-manyuan-kuoyuan-2018", "suihua-kaifaqu-manyuan-gongcheng-2025", "zhumadian-chanye-jiqun-2019",
     "guowuyuan-cujin-jiuye-2018", "jiangxi-jinrong-zhichi-fangkong-yiqing-2020"],
)
def test_unit_spans_are_truth(doc_id):
    doc = _doc(doc_id)
    units = [u for t in doc.tasks for u in t.units] + [u for s in doc.sections for u in s.units]
    assert units
    for u in units:
        if u.span is not None:
            assert doc.text[u.span[0] : u.span[1]] == u.name
        assert u.canonical


def test_units_never_raise_on_odd_text():
    for text in ["(" * 5000, "〔牵头单位:" * 300, "、" * 3000 + "负责", "牵头" * 2000, "序号\n牵头部门\n" * 200]:
        parse(text)


# -- corpus floors (issue 3: units F1 >= 0.95 overall, >= 0.90 on every layout) ------------

UNIT_FLOORS = {
    "units": 0.95,
    "units.layout.bracket": 0.90,
    "units.layout.lines": 0.90,
    "units.layout.table": 0.90,
    "units.layout.heading": 0.90,
    "units.layout.prose": 0.90,
}


@pytest.mark.parametrize("field,floor", sorted(UNIT_FLOORS.items()))
def test_units_floor_over_the_corpus(corpus_report, field, floor):
    assert corpus_report.f1(field) >= floor


# -- lists carried into later tasks, duty lines ---------------------------------------------

def _task(tid, text, start, section=None):
    return Task(id=tid, section=section, title=text.split("。")[0], text=text, span=(start, start + len(text)))


def test_carried_list_reaches_later_tasks_of_its_part_only():
    from policyparse.units import carry

    text = "二、主要任务\n以下各项任务均由各县落实,不再列出。\n(一)加强领导。\n(二)强化督查。\n三、保障措施\n(一)加强宣传。\n"
    part2 = Section(id="s1", level=1, number="二", heading="主要任务", span=(0, text.index("三、")))
    part3 = Section(id="s4", level=1, number="三", heading="保障措施", span=(text.index("三、"), len(text)))
    notes = carry.notes(text, 0, len(text))
    assert [[(f.name, f.role, f.span) for f in note.units] for note in notes] == [[("各县", "responsible", None)]]
    t1 = _task("t1", "(一)加强领导。", text.index("(一)加强领导"))
    t3 = _task("t3", "(一)加强宣传。", text.index("(一)加强宣传"))
    first, third = carry.carried_each([t1, t3], [part2, part3], notes)
    assert [f.name for f in first] == ["各县"] and third == []


def test_unnumbered_duty_line_names_its_unit():
    from policyparse.units.assign import task_units

    text = "附件\n部门职责分工\n省发展改革委负责将婴幼儿照护服务发展纳入经济社会发展规划。\n"
    t = _task("t1", "省发展改革委负责将婴幼儿照护服务发展纳入经济社会发展规划。", text.index("省发展改革委"))
    assert names(task_units(text, t, None)) == [("省发展改革委", "responsible")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("(二)省发展改革委负责统筹全省规划。", [("省发展改革委", "responsible")]),  # the unit opens the item
        ("1.省财政厅负责资金保障。", [("省财政厅", "responsible")]),
        ("(一)强化组织领导。专班办公室设在市商务局,负责统筹协调督办工作。", []),  # 负责 inside a sentence
        ("(三)有关部门负责人要定期调度。", []),  # 负责人 is a person
        ("三、各地负责落实。", []),  # 各地 is no unit
    ],
)
def test_duty_sentence_at_the_head_of_an_item(text, expected):
    from policyparse.units.assign import task_units

    assert names(task_units(text, _task("t1", text, 0, section="s2"), None)) == expected
