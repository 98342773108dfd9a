"""Units and roles in notices the corpus does not show: a probe on hand-written fragments.

The places and bodies are invented (东江市, 南湖县 …) and the sentences written in the style of
national, provincial, city and county work plans across sectors (气象, 文旅, 教育, 民政, 金融,
乡村振兴, 交通, 安全生产 …). They name the kinds of body that real notices assign work to
beyond the departments of government: township stations and offices (司法所, 畜牧兽医站,
供电所), observatories and broadcasters (气象台, 广播电台), cultural institutions (图书馆,
档案馆), rural credit cooperatives (农村信用合作联社), military sub-districts (军分区),
railway line bodies (车务段), village and neighbourhood committees (村委会), a level named
collectively (各县(市、区), 各乡镇(街道), 各村(社区)), sectors named generically (医保部门,
气象部门, 检察机关), and vertical bodies named after their city (绥化海关). Also label variants
(配合责任单位, 牵头科室, 会办单位 …), canonical short names (医保局, 应急局 …) and work-plan
headings that only end like a name (构建现代物流园区). Each expected value is what a careful
reader annotates per the annotation guide's "Units and roles"; a name that stands in the text
carries a span that points at it. Shapes whose fix needs code are not here (see the probe report).
"""

from __future__ import annotations

import pytest

from policyparse import parse

from fragments import PART, only_task, units_by_title


# -- kinds of body that prose names as the subject of a role verb ---------------------------

PROSE_BODIES = [
    # observatories and broadcasters (气象台, 地震台, 广播电台)
    ("(一)加强气象服务。完善预报体系。由市气象台牵头,各县区气象局配合。",
     [("市气象台", "lead"), ("各县区气象局", "cooperating")]),
    ("(一)加强地震监测。完善台网布局。由市地震台负责。", [("市地震台", "responsible")]),
    ("(一)加强广播宣传。办好专题节目。由县融媒体中心负责,县广播电台配合。",
     [("县融媒体中心", "responsible"), ("县广播电台", "cooperating")]),
    # field posts of line departments (检查站, 水文站, 畜牧兽医站, 供电所, 司法所)
    ("(一)强化口岸管控。严格出入境查验。由东江边防检查站负责。", [("东江边防检查站", "responsible")]),
    ("(一)加强水文监测。完善站网。由市水文局负责,各水文站配合。",
     [("市水文局", "responsible"), ("各水文站", "cooperating")]),
    ("(一)推进动物防疫。开展春季集中免疫。县畜牧兽医站牵头,各乡镇畜牧站配合。",
     [("县畜牧兽医站", "lead"), ("各乡镇畜牧站", "cooperating")]),
    ("(一)推进农村电网改造。提升供电能力。由国网南湖县供电公司负责,各乡镇供电所配合。",
     [("国网南湖县供电公司", "responsible"), ("各乡镇供电所", "cooperating")]),
    ("(一)推进司法便民。设立法律服务窗口。各乡镇司法所负责。", [("各乡镇司法所", "responsible")]),
    ("(一)加强农业技术推广。建设示范基地。县农业农村局牵头,县植保站、县种子站、县土肥站配合。",
     [("县农业农村局", "lead"), ("县植保站", "cooperating"), ("县种子站", "cooperating"), ("县土肥站", "cooperating")]),
    ("(一)规范市场秩序。开展专项检查。县市场监管局牵头,各市场监管所负责落实。",
     [("县市场监管局", "lead"), ("各市场监管所", "responsible")]),
    # cultural institutions
    ("(一)推进公共文化服务。免费开放场馆。市图书馆、市文化馆、市博物馆负责。",
     [("市图书馆", "responsible"), ("市文化馆", "responsible"), ("市博物馆", "responsible")]),
    ("(一)加强档案资源建设。开展档案数字化。由市档案馆负责。", [("市档案馆", "responsible")]),
    # rural credit cooperatives, foundations, people's organisations
    ("(一)加强农村金融服务。扩大涉农贷款。由东江农村信用合作联社牵头,东江农商银行配合。",
     [("东江农村信用合作联社", "lead"), ("东江农商银行", "cooperating")]),
    ("(一)加强慈善救助。设立专项基金。由市慈善基金会负责。", [("市慈善基金会", "responsible")]),
    # the national news agencies by their short names: 新华社 was read as sharing 报社's ending
    ("(一)加强正面宣传。开设专题专栏。中央宣传部、国家广电总局、新华社、人民日报社负责。",
     [("中央宣传部", "responsible"), ("国家广电总局", "responsible"), ("新华社", "responsible"),
      ("人民日报社", "responsible")]),
    ("(一)繁荣哲学社会科学。开展课题研究。市社科联牵头,市委宣传部配合。",
     [("市社科联", "lead"), ("市委宣传部", "cooperating")]),
    # military sub-districts, railway line bodies, forest farms, committees
    ("(一)加强国防动员。完善动员预案。东江军分区牵头,市国动办配合。",
     [("东江军分区", "lead"), ("市国动办", "cooperating")]),
    ("(一)整治铁路沿线环境。清理隐患。县交通运输局牵头,东江车务段、东江工务段配合。",
     [("县交通运输局", "lead"), ("东江车务段", "cooperating"), ("东江工务段", "cooperating")]),
    ("(一)加强森林防火。落实巡护制度。由县林业局牵头,各国有林场配合。",
     [("县林业局", "lead"), ("各国有林场", "cooperating")]),
    ("(一)加强社区治理。完善议事协商。由各社区居委会负责。", [("各社区居委会", "responsible")]),
    ("(一)保障消防安全。开展夜查。县消防救援大队牵头,各乡镇消防救援站配合。",
     [("县消防救援大队", "lead"), ("各乡镇消防救援站", "cooperating")]),
]


@pytest.mark.parametrize("text,expected", PROSE_BODIES)
def test_prose_names_these_bodies_as_units(text, expected):
    assert only_task(text) == sorted(expected)


# -- sectors named generically (X部门 / X机关) ---------------------------------------------------

SECTORS = [
    ("(一)推进医保支付改革。扩大按病种付费范围。医保部门牵头,卫健部门配合。",
     [("医保部门", "lead"), ("卫健部门", "cooperating")]),
    ("(一)加强森林防火。落实网格化管护。林业和草原部门负责,应急管理部门、气象部门配合。",
     [("林业和草原部门", "responsible"), ("应急管理部门", "cooperating"), ("气象部门", "cooperating")]),
    ("(一)规范校外培训。开展联合检查。教育行政部门牵头,市场监管部门配合。",
     [("教育行政部门", "lead"), ("市场监管部门", "cooperating")]),
    ("(一)打击拒执犯罪。建立联动机制。审判机关负责,公安机关、检察机关配合。",
     [("审判机关", "responsible"), ("公安机关", "cooperating"), ("检察机关", "cooperating")]),
    # the names still current before the 2018 reform
    ("(一)强化环境执法。开展联合执法。环保部门牵头,公安部门配合。", [("环保部门", "lead"), ("公安部门", "cooperating")]),
    ("(一)巩固脱贫成果。开展动态监测。民政部门牵头,乡村振兴部门、人社部门配合。",
     [("民政部门", "lead"), ("乡村振兴部门", "cooperating"), ("人社部门", "cooperating")]),
]


@pytest.mark.parametrize("text,expected", SECTORS)
def test_sector_bodies_named_without_a_level(text, expected):
    assert only_task(text) == sorted(expected)


# -- a level named collectively (各县(市、区), 各乡镇, 各街道) ------------------------------

COLLECTIVES = [
    ("(一)加强就业帮扶。建立帮扶台账。各乡镇(街道)负责。", [("各乡镇(街道)", "responsible")]),
    ("(一)加强就业帮扶。各乡镇负责摸底排查。", [("各乡镇", "responsible")]),
    ("(一)强化宣传教育。开展法治宣传。县委宣传部负责,县融媒体中心、各乡镇配合。",
     [("县委宣传部", "responsible"), ("县融媒体中心", "cooperating"), ("各乡镇", "cooperating")]),
    ("(一)推进背街小巷整治。改善通行条件。区城管局牵头,各街道配合。",
     [("区城管局", "lead"), ("各街道", "cooperating")]),
    # each level named collectively, with the bracket that lists its kinds (各县(市、区))
    ("(一)加强流域治理。落实河湖长制。市水利局牵头,各县(市、区)配合。",
     [("市水利局", "lead"), ("各县(市、区)", "cooperating")]),
    ("(一)加强就业帮扶。开展技能培训。各县(市、区)负责组织实施。", [("各县(市、区)", "responsible")]),
    ("(一)加强流域治理。整治入河排污口。市水利局牵头,市生态环境局及各县(市、区)配合。",
     [("市水利局", "lead"), ("市生态环境局", "cooperating"), ("各县(市、区)", "cooperating")]),
    ("(一)加强水土保持。实施综合治理。各市(州)负责组织实施,省水利厅加强指导。", [("各市(州)", "responsible")]),
    ("(一)推进移风易俗。修订村规民约。各村(社区)负责落实。", [("各村(社区)", "responsible")]),
    ("(一)加强社区治理。完善议事协商。区民政局牵头,各街道、各社区配合。",
     [("区民政局", "lead"), ("各街道", "cooperating"), ("各社区", "cooperating")]),
]


@pytest.mark.parametrize("text,expected", COLLECTIVES)
def test_a_level_named_collectively(text, expected):
    assert only_task(text) == sorted(expected)


def test_a_township_heading_makes_its_items_its_tasks():
    # a heading that names a kind of township or street that plans build (美丽乡镇, 示范街道)
    # names no unit; one that names the township level (各乡镇(街道):) does
    text = (
        "三、职责分工\n(一)建设美丽乡镇\n1.改善人居环境。\n(二)培育示范街道\n1.提升街区风貌。\n"
        "(三)各乡镇(街道):负责本辖区组织实施。\n1.落实属地责任。\n"
    )
    assert units_by_title(text) == {
        "改善人居环境": [],
        "提升街区风貌": [],
        "落实属地责任": [("各乡镇(街道)", "responsible")],
    }


# -- lists that a missing ending ran together ------------------------------------------------

BRACKET_LISTS = [
    # a name with no known ending before one with no level word was read as sharing its ending
    ("(一)推进农村金融改革。扩大信用贷款。(责任单位:县财政局、县农村信用联社、邮储银行南湖县支行)",
     ["县财政局", "县农村信用联社", "邮储银行南湖县支行"]),
    ("(一)加强社区服务。完善服务设施。(责任单位:各社区居委会、各村委会、街道办事处)",
     ["各社区居委会", "各村委会", "街道办事处"]),
    ("(一)加强供电保障。排查线路隐患。(责任单位:各乡镇供电所、国网南湖县供电公司)",
     ["各乡镇供电所", "国网南湖县供电公司"]),
    ("(一)加强口岸管理。优化通关流程。(责任单位:东江边检站、东江海关)", ["东江边检站", "东江海关"]),
]


@pytest.mark.parametrize("text,expected", BRACKET_LISTS)
def test_each_body_of_a_bracket_list_is_one_unit(text, expected):
    assert only_task(text) == sorted((n, "responsible") for n in expected)


# -- label variants ------------------------------------------------------------------------

LABELS = [
    # 配合责任单位: the cooperating one of 主要责任单位 / 配合责任单位
    ("(主要责任单位:市住建局;配合责任单位:市财政局、各区政府)",
     [("市住建局", "responsible"), ("市财政局", "cooperating"), ("各区政府", "cooperating")]),
    ("(牵头部门:市住建局;配合责任部门:市城管局)", [("市住建局", "lead"), ("市城管局", "cooperating")]),
    # offices inside a bureau (科室, 股室), as a bureau's own plan names them
    ("(牵头科室:综合科;配合科室:财务科)", [("综合科", "lead"), ("财务科", "cooperating")]),
    ("(牵头股室:城建股;责任股室:规划股)", [("城建股", "lead"), ("规划股", "responsible")]),
    ("(责任领导:张某某;责任科室:物业科)", [("物业科", "responsible")]),
    # 协同 / 协作 / 参加 with 部门 as with 单位
    ("(牵头单位:市住建局;协同部门:市财政局)", [("市住建局", "lead"), ("市财政局", "cooperating")]),
    ("(主责部门:市住建局;协作部门:市财政局)", [("市住建局", "responsible"), ("市财政局", "cooperating")]),
    ("(牵头部门:市住建局;参加部门:市城管局)", [("市住建局", "lead"), ("市城管局", "cooperating")]),
    # 主办 / 会办 (handling and joint handling), 承办 / 支持
    ("(主办部门:市住建局;会办部门:市城管局)", [("市住建局", "responsible"), ("市城管局", "cooperating")]),
    ("(主办单位:市住建局;会办单位:市城管局、市消防救援支队)",
     [("市住建局", "responsible"), ("市城管局", "cooperating"), ("市消防救援支队", "cooperating")]),
    ("(承办部门:市住建局;支持单位:东江城投集团)", [("市住建局", "responsible"), ("东江城投集团", "cooperating")]),
    # a verb between the role word and 单位 keeps the role word's role (guide: 牵头实施单位)
    ("(牵头落实单位:市住建局;配合落实单位:市城管局)", [("市住建局", "lead"), ("市城管局", "cooperating")]),
    ("(牵头实施部门:市住建局;配合实施单位:市城管局、各区政府)",
     [("市住建局", "lead"), ("市城管局", "cooperating"), ("各区政府", "cooperating")]),
    ("(牵头推进单位:市住建局;参与实施单位:东江城投集团)", [("市住建局", "lead"), ("东江城投集团", "cooperating")]),
]


@pytest.mark.parametrize("bracket,expected", LABELS)
def test_label_variants(bracket, expected):
    assert only_task(f"(一)加强物业管理。提升服务水平。{bracket}") == sorted(expected)


def test_a_table_column_of_cooperating_responsible_units():
    text = (
        "一、主要任务\n(一)推进老旧小区改造。改造小区50个。\n(二)加强物业管理。提升物业服务水平。\n"
        "附件\n任务分工表\n序号\t工作任务\t主要责任单位\t配合责任单位\t时间节点\n"
        "1\t推进老旧小区改造\t区住建局\t各街道办事处、国网南湖供电公司\t2026年\n"
        "2\t加强物业管理\t区住建局\t各街道办事处、各社区居委会\t长期\n"
    )
    assert units_by_title(text) == {
        "推进老旧小区改造": sorted([("区住建局", "responsible"), ("各街道办事处", "cooperating"),
                                ("国网南湖供电公司", "cooperating")]),
        "加强物业管理": sorted([("区住建局", "responsible"), ("各街道办事处", "cooperating"),
                              ("各社区居委会", "cooperating")]),
    }


# -- canonical names -----------------------------------------------------------------------

CANONICAL = [
    ("市医保局", "市医疗保障局"), ("国家医保局", "国家医疗保障局"), ("市应急局", "市应急管理局"),
    ("区文旅局", "区文化和旅游局"), ("市文化广电旅游局", "市文化广电和旅游局"), ("县退役军人局", "县退役军人事务局"),
    ("县林草局", "县林业和草原局"), ("市残联", "市残疾人联合会"), ("市妇联", "市妇女联合会"),
    ("省侨联", "省归国华侨联合会"), ("市文联", "市文学艺术界联合会"), ("州民宗委", "州民族宗教事务委员会"),
    ("市民宗局", "市民族宗教事务局"), ("市自规局", "市自然资源和规划局"),
]


@pytest.mark.parametrize("name,expected", CANONICAL)
def test_canonical_names_of_short_forms(name, expected):
    doc = parse(PART + f"(一)加强工作保障。落实经费。(责任单位:{name})")
    [unit] = doc.tasks[0].units
    assert (unit.name, unit.canonical) == (name, expected)


def test_a_named_enterprise_keeps_its_own_canonical_name():
    # 文旅局 is a bureau; an enterprise named 文旅 keeps its name
    doc = parse(PART + "(一)推进文旅融合。打造精品线路。(责任单位:区文旅局、东江文旅集团)")
    assert sorted((u.name, u.canonical) for u in doc.tasks[0].units) == [
        ("东江文旅集团", "东江文旅集团"), ("区文旅局", "区文化和旅游局")]


# -- headings that only end like a name ------------------------------------------------------

def test_a_work_heading_that_builds_a_body_names_no_unit():
    # 构建…园区, 创建…开发区, 组建…中心: the verb opens a heading, not a name
    text = (
        "一、主要任务\n(一)构建现代物流园区\n1.完善物流设施。\n(二)创建国家级经济技术开发区\n1.做强主导产业。\n"
        "(三)组建产业技术研究中心\n1.引进研发团队。\n"
    )
    assert units_by_title(text) == {"完善物流设施": [], "做强主导产业": [], "引进研发团队": []}


# -- bodies named after their city ---------------------------------------------------------

CITY_BODIES = [
    # a vertical body named after a prefecture-level city takes no elided level (the cities are
    # real here: the fix is the list of them in data/place_names.txt)
    ("(一)优化通关服务。压缩通关时间。(责任单位:市商务局、绥化海关、市税务局)",
     ["市商务局", "绥化海关", "市税务局"]),
    ("(一)加强金融风险防控。开展风险排查。(责任单位:市金融办、赣州银保监分局、人民银行赣州市中心支行)",
     ["市金融办", "赣州银保监分局", "人民银行赣州市中心支行"]),
    ("(一)打击非法集资。开展宣传教育。由市金融工作局、人民银行南充市中心支行、南充银保监分局按职责分工负责。",
     ["市金融工作局", "人民银行南充市中心支行", "南充银保监分局"]),
]


@pytest.mark.parametrize("text,expected", CITY_BODIES)
def test_a_body_named_after_its_city_keeps_its_name(text, expected):
    assert only_task(text) == sorted((n, "responsible") for n in expected)


# -- manner words before 配合 -----------------------------------------------------------------

@pytest.mark.parametrize("manner", ["全力", "大力支持", "协调", "通力", "紧密"])
@pytest.mark.parametrize("layout", ["{}。", "({})"])
def test_adverbs_of_配合_are_no_part_of_a_name(manner, layout):
    clause = f"市商务局牵头,市财政局、市税务局{manner}配合"
    text = "(一)稳定外贸外资。开展企业走访。" + layout.format(clause)
    assert only_task(text) == sorted([("市商务局", "lead"), ("市财政局", "cooperating"), ("市税务局", "cooperating")])

