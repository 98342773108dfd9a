"""Quantified targets: what counts, its text, value, unit, comparator, year and links.

Fragments are real sentences from the corpus notices (normalised: full-width punctuation
folded to ASCII). Each row says exactly which targets the fragment holds.
"""

from __future__ import annotations

import pytest

from policyparse.model import Deadline, Metadata, Period, Section, Target, Task
from policyparse.pipeline import Draft
from policyparse.stages import link, target_candidates, target_filters, targets
from policyparse.text.normalize import normalize


def run(text: str, signed: str | None = None, period: tuple[int, int] | None = None, tasks=()) -> list[Target]:
    metadata = Metadata(signed_date=signed, period=Period(start=period[0], end=period[1]) if period else None)
    draft = Draft(text=normalize(text), metadata=metadata)
    draft.tasks = list(tasks)
    targets.find(draft)
    for target in draft.targets:
        assert draft.text[target.span[0] : target.span[1]] == target.text  # spans are truth
    return draft.targets


def brief(found: list[Target]) -> list[tuple]:
    return [(t.text, t.value, t.value_max, t.unit, t.cmp) for t in found]


# --- what is a target, and how it reads ---------------------------------------------------

PATTERNS = [
    # plain amounts and measure words
    ("到2027年,园区新增10户高新技术企业、2个省级以上科技创新平台。", [("10户", 10, None, "户", "="), ("2个", 2, None, "个", "=")]),
    ("2018年省重点产业项目共339个,年度计划投资622.7亿元。", [("339个", 339, None, "个", "="), ("622.7亿元", 622.7, None, "亿元", "=")]),
    ("工业用地亩均税收力争达到15万元,", [("15万元", 15, None, "万元", "=")]),
    ("到2025年,体育竞赛表演产业总规模达到2万亿元,", [("2万亿元", 2, None, "万亿元", "=")]),
    ("滚动支持企业开发30项新产品,", [("30项", 30, None, "项", "=")]),
    ("力争打造1家绿色园区。", [("1家", 1, None, "家", "=")]),
    ("推动420家工业企业、带动763家中小企业上云平台。", [("420家", 420, None, "家", "="), ("763家", 763, None, "家", "=")]),
    ("按照40套采购规模,", [("40套", 40, None, "套", "=")]),
    ("新增装机容量120万千瓦,", [("120万千瓦", 120, None, "万千瓦", "=")]),
    ("新建高标准农田5.2万公顷。", [("5.2万公顷", 5.2, None, "万公顷", "=")]),
    ("确保2020年3月初全省口罩日产能达到1000万只。", [("1000万只", 1000, None, "万只", "=")]),
    ("工业废水排放达标率达到95%,", [("95%", 95, None, "%", "=")]),
    ("力争2020年底前各开发区闲置土地处置率达到100%。", [("100%", 100, None, "%", "=")]),
    # suffix comparators
    ("园区依法依规腾退不良企业用地250亩以上。", [("250亩以上", 250, None, "亩", ">=")]),
    ("土地供应率达到90%以上,超过全省平均水平,", [("90%以上", 90, None, "%", ">=")]),
    ("产业项目谋划总投资达到1万亿元以上,", [("1万亿元以上", 1, None, "万亿元", ">=")]),
    ("国家级开发区每年至少引进1个投资额50亿元及以上产业项目,", [("至少引进1个", 1, None, "个", ">=")]),
    ("引导合作机构逐步将平均担保费率降至1%以下。", [("1%以下", 1, None, "%", "<=")]),
    ("将审批时间压缩在5个工作日以内的事项占比达到20%以内。", [("20%以内", 20, None, "%", "<=")]),
    ("形成10个左右竞争力强、成长性好的特色产业集群,", [("10个左右", 10, None, "个", "~")]),
    ("技术改造投资占工业投资的比重达到25%左右。", [("25%左右", 25, None, "%", "~")]),
    ("单位工业增加值能耗年均下降2.5%以上,", [("下降2.5%以上", 2.5, None, "%", ">=")]),
    # prefix comparators, with the words between them and the number
    ("开发区亿元以上项目完成投资比重不低于70%,", [("不低于70%", 70, None, "%", ">=")]),
    ("所有县(市、区)均建成不少于1个规范化婴幼儿照护服务机构,", [("不少于1个", 1, None, "个", ">=")]),
    ("收取的担保费率原则上不超过1%,", [("不超过1%", 1, None, "%", "<=")]),
    ("可申请最高不超过15万元的创业担保贷款。", [("最高不超过15万元", 15, None, "万元", "<=")]),
    ("再担保业务收费,原则上不高于承担风险责任的0.5%,", [("不高于承担风险责任的0.5%", 0.5, None, "%", "<=")]),
    ("国家级开发区每个产业集群项目包至少要包含1个50亿元以上产业项目,", [("至少要包含1个", 1, None, "个", ">=")]),
    ("增速高于全国平均水平3个百分点,", [("高于全国平均水平3个百分点", 3, None, "个百分点", ">")]),
    ("省级开发区高于全国平均水平2个百分点左右。", [("高于全国平均水平2个百分点左右", 2, None, "个百分点", "~")]),
    ("严格执行机动地面积不超过本集体经济组织耕地总面积5%的法律规定,", [("不超过本集体经济组织耕地总面积5%", 5, None, "%", "<=")]),
    ("空气质量优良天数比例超过80%。", [("超过80%", 80, None, "%", ">")]),
    ("单位产品能耗低于1.5吨标准煤。", [("低于1.5吨标准煤", 1.5, None, "吨标准煤", "<")]),
    ("年接待游客约500万人次。", [("约500万人次", 500, None, "万人次", "~")]),
    # direction words belong to the text
    ("检验收费按原标准降低20%;", [("降低20%", 20, None, "%", "=")]),
    ("注册收费在原收费标准基础上下调30%。", [("下调30%", 30, None, "%", "=")]),
    ("贷款综合融资成本较上年度再降0.5个百分点。", [("再降0.5个百分点", 0.5, None, "个百分点", "=")]),
    ("按照每年减少1/3的进度完成“僵尸企业”处置工作", [("每年减少1/3", 0.3333, None, None, "=")]),
    # 再 / 进一步 / 逐步 before a direction word join it (made-up sentences: a rule, not a phrase)
    ("全市单位产值能耗较上年再降1.5个百分点。", [("再降1.5个百分点", 1.5, None, "个百分点", "=")]),
    ("企业物流成本再降低10%。", [("再降低10%", 10, None, "%", "=")]),
    ("新能源汽车占比进一步提高5%,", [("进一步提高5%", 5, None, "%", "=")]),
    ("年均用水量逐步减少20万吨,", [("逐步减少20万吨", 20, None, "万吨", "=")]),
    ("按照每年减少三分之一的进度", [("每年减少三分之一", 0.3333, None, None, "=")]),
    # more than: 余 / 多
    ("培育10余家龙头企业,", [("10余家", 10, None, "家", ">")]),
    ("带动就业1万余人。", [("1万余人", 1, None, "万人", ">")]),
    ("新增20多个项目。", [("20多个", 20, None, "个", ">")]),
    # 超 / 突破 right before the number
    ("年产值超100亿元,", [("超100亿元", 100, None, "亿元", ">")]),
    ("营业收入突破1000亿元。", [("突破1000亿元", 1000, None, "亿元", ">")]),
    ("PM2.5平均浓度下降到35微克/立方米以下。", [("35微克/立方米以下", 35, None, "微克/立方米", "<=")]),
    ("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", [("4.5个", 4.5, None, "个", "=")]),
    ("粮食总产量稳定在500亿斤以上。", [("500亿斤以上", 500, None, "亿斤", ">=")]),
    ("2022年起,每年安排不少于2000万元专项资金。", [("不少于2000万元", 2000, None, "万元", ">=")]),
    # ranges
    ("形成1~2个具有较强竞争力和带动力的千亿级产业集群,", [("1~2个", 1, 2, "个", "range")]),
    ("各产业集聚区按主导产业分别确定2~3家成长性好的龙头骨干企业,", [("2~3家", 2, 3, "家", "range")]),
    ("每年滚动实施3—5个创新型企业技术改造项目,", [("3—5个", 3, 5, "个", "range")]),
    ("到2020年末,各设区市建成1-2个功能健全的婴幼儿照护服务机构,", [("1-2个", 1, 2, "个", "range")]),
    ("每个县培育两三个示范基地。", [("两三个", 2, 3, "个", "range")]),
    ("每年培育三至五家龙头企业。", [("三至五家", 3, 5, "家", "range")]),
    # Chinese numerals with a comparator
    ("每个乡镇建成两个以上服务站。", [("两个以上", 2, None, "个", ">=")]),
    ("新增就业岗位一万个以上。", [("一万个以上", 1, None, "万个", ">=")]),
    ("培育十八家左右骨干企业。", [("十八家左右", 18, None, "家", "~")]),
    # one comparator shared by two amounts
    ("鼓励开发区积极引进投资额20亿元或50亿元以上,", [("20亿元或50亿元以上", 20, None, "亿元", ">=")]),
    # a list joined by 、/和/及 is an amount each, every one under the comparator after the last
    # (made-up sentences; the guide: each quantity is a target, and 10亿元 must not vanish)
    ("两个园区年营业收入分别达到5亿元、10亿元以上,", [("5亿元", 5, None, "亿元", ">="), ("10亿元以上", 10, None, "亿元", ">=")]),
    ("鼓励开发区引进投资额3亿元和5亿元以上,", [("3亿元", 3, None, "亿元", ">="), ("5亿元以上", 5, None, "亿元", ">=")]),
    ("力争引进投资额1亿元及2亿元以上,", [("1亿元", 1, None, "亿元", ">="), ("2亿元以上", 2, None, "亿元", ">=")]),
    ("三类园区产值分别达到50亿元、30亿元和10亿元以上,", [("50亿元", 50, None, "亿元", ">="), ("30亿元", 30, None, "亿元", ">="), ("10亿元以上", 10, None, "亿元", ">=")]),
    # different measures, or no shared comparator: two targets
    ("新增5家、10亿元以上,", [("5家", 5, None, "家", "="), ("10亿元以上", 10, None, "亿元", ">=")]),
    ("安排资金3亿元和5亿元。", [("3亿元", 3, None, "亿元", "="), ("5亿元", 5, None, "亿元", "=")]),
    ("每个专业至少2名骨干人员参加,", [("至少2名", 2, None, "名", ">=")]),
    # before 的, a share stays a target
    ("实现80%以上的行政村通光纤。", [("80%以上", 80, None, "%", ">=")]),
    ("培育10家以上的龙头企业。", [("10家以上", 10, None, "家", ">=")]),
    ("增速高于上年的企业新增10户。", [("10户", 10, None, "户", "=")]),
]


@pytest.mark.parametrize("fragment, expected", PATTERNS)
def test_target_patterns(fragment, expected):
    assert brief(run(fragment)) == [tuple(row) for row in expected]


# --- what is not a target ----------------------------------------------------------------

NOT_TARGETS = [
    # years and dates
    "到2027年,实现土地资源高效利用",
    "2018年8月14日",
    "按照各地2015年至2017年经济总量占全省的比重",
    # numbers inside names, slogans and quoted terms
    "要以绥化“4106”产业体系为主线",
    "全面实现“七通一平”",
    "开展“五个大提升”行动",
    "落实人才新政24条,",
    "全省重点产业项目建设实现“4个1”和“1出清”目标",
    "国家级开发区围绕“2主1特”产业重点建设",
    "强化工业项目、中国制造2025、跨境电商等主题招商",
    "借助世界500强和跨国公司在华总部",
    "加快5G网络建设",
    "形成六大优势产业集群",
    "实施五大行动,健全五项机制,强化三项保障",
    "紧扣九件实事",
    # ordinals
    "全面贯彻党的十九大精神",
    "按照省第十二次党代会、省委十二届二次全会",
    "做好第四次全国经济普查",
    "列入第1批国家级试点名单",
    "每年对考核排名前五位的市地和前十位的县",
    # procedural durations
    "对6个月以上未开工的项目",
    "对闲置1—2年的土地,",
    "对停工建设一年以上或取得土地一年以上未开工的“半截子”工程",
    "力争经过3~5年的努力",
    "延期1-2个月",
    # meeting frequencies and staffing
    "省推进工作专班每季度召开1次例会,",
    "每两个月召开一次例会",
    "各开发区要确定1名分管领导,安排1名联络员",
    "领导小组设组长1人,副组长4人,成员若干人。",
    "领导小组办公室设主任1名,由省政府分管负责同志兼任;副主任2名,",
    # a meeting's speakers and a participant's quota (helper F15)
    "作交流发言的3个市、县要准备书面材料",
    "每个参会单位限停车1辆,请尽量拼车参会。",
    # counts of the plan's own parts
    "重点抓好18项工作",
    "将2016年实施的24项督查激励措施调整增加为30项督查激励措施,",
    "本方案共5部分,",
    # an amount that qualifies a noun: which things count
    "力争三年全省滚动谋划生成储备投资2亿元以上重点产业项目",
    "各地谋划的总投资5000万元以上产业项目全部入库",
    "开发区亿元以上项目完成投资比重",
    "鼓励引进投资50亿元以上的重大项目",
    "宝泰隆焦炭制30万吨稳定轻烃、伊品玉米深加工",
    "工业用地亩均税收",
    "形成千亿级产业集群",
    # administrative levels
    "县级以上人民政府负责",
    "地级以上市人民政府",
    "省级以上开发区已开发面积",
    # severity classes in emergency plans
    "(1)特别重大运营突发事件(Ⅰ级):造成30人以上死亡,或者100人以上重伤,或者直接经济损失1亿元以上。",
    "较大突发事件:连续24小时以上中断行车,造成3人以上10人以下死亡。",
    # legal penalties
    "由县级以上人民政府责令改正,处1000元以上1万元以下罚款;",
    # conditions, list sums, starting points, heading numbers
    "针对债务规模较大且涉及三家以上债权银行业金融机构的困难企业",
    "国家开发银行等9家全国性承贷银行驻赣分支机构要",
    "一、水污染防治方面(2个)\n",  # a problem list's group row: the count of its own items (helper F14)
    "药品补充申请注册费由0.54万元下降",
    "5.2调查处理5.3处置评估",
    "对超过100人的企业达到",
    "对年营业收入首次超过1亿元的企业给予奖励",
    "全市共有规模以上工业企业1200家。",
    "目前已建成省级园区12个,",
]


@pytest.mark.parametrize("fragment", NOT_TARGETS)
def test_not_targets(fragment):
    assert brief(run(fragment)) == []


def test_a_named_count_is_skipped_while_its_neighbours_stay():
    found = run("在开发区内建设3个以上主题产业园区,落实人才新政24条,新增“4106”产业20家企业。")
    assert [t.text for t in found] == ["3个以上", "20家"]


def test_rounding_and_base_values():
    found = {t.text: t for t in run("产业项目谋划总投资达到1万亿元以上,腾退用地250亩以上,亩均税收达到15万元,新增装机3兆瓦。")}
    assert (found["1万亿元以上"].base_value, found["1万亿元以上"].base_unit) == (1e12, "元")
    assert (found["250亩以上"].base_value, found["250亩以上"].base_unit) == (250, "亩")
    assert (found["15万元"].base_value, found["15万元"].base_unit) == (150000, "元")
    assert (found["3兆瓦"].base_value, found["3兆瓦"].base_unit) == (3000, "千瓦")


def test_direction_survives_an_adverb_before_it():
    found = {t.text: t.direction for t in run("成本再降1.5个百分点,占比进一步提高5%,用水量逐步减少20万吨。")}
    assert found == {"再降1.5个百分点": "decrease", "进一步提高5%": "increase", "逐步减少20万吨": "decrease"}


def test_direction_is_kept():
    found = {t.text: t.direction for t in run("能耗年均下降2.5%以上,研发投入增长10%,每年减少1/3,新增10户。")}
    assert found == {"下降2.5%以上": "decrease", "增长10%": "increase", "每年减少1/3": "decrease", "10户": None}


@pytest.mark.parametrize(
    "fragment, metric",
    [
        ("到2027年,园区土地供应率达到90%以上,", "园区土地供应率"),
        ("规模以上工业企业智能化改造普及率达到60%以上,", "普及率"),
        ("到2020年,国家级开发区重点建设3个以上主题产业园区,", "主题产业园区"),
        ("力争打造1家绿色园区。", "绿色园区"),
    ],
)
def test_metric_names_what_is_measured(fragment, metric):
    assert run(fragment)[0].metric.endswith(metric)


def test_ids_run_in_document_order():
    found = run("新增10户,建成2个,达到90%以上。")
    assert [t.id for t in found] == ["g1", "g2", "g3"]


# --- year ---------------------------------------------------------------------------------

YEARS = [
    ("到2027年,以园区链主企业为载体,实现新增延链补链强链项目15个以上;通过招商引资落户园区的产业项目新增40个以上。", None, None, [2027, 2027]),
    ("2018-2020年,全省重点产业项目建设实现目标,即滚动谋划生成储备重点产业项目1000个以上,", None, None, [2020]),
    ("2018年省重点产业项目共339个,年度计划投资622.7亿元。", "2018-08-14", None, [2018, 2018]),
    ("给予奖励。2018年省重点产业项目共339个。", "2019-01-10", None, [None]),  # a past year sets nothing
    ("力争三年全省滚动谋划生成储备重点产业项目1000个以上。", None, (2018, 2020), [2020]),
    ("三年内开复工建设省重点产业项目1000个以上,", None, (2018, 2020), [2020]),
    ("力争用3年时间,培育10家以上龙头企业。", None, (2021, 2023), [2023]),
    ("用三年左右时间,建成20个示范园区。", None, (2021, 2023), [2023]),
    ("力争经过3~5年的努力,工业用地亩均税收力争达到15万元,", None, None, [None]),
    ("国家级开发区每年至少引进1个产业项目。", None, (2018, 2020), [None]),
    ("到2020年底,按照每年减少1/3的进度完成处置工作。", None, None, [2020]),
    ("(三)发展目标。到2025年,产业总规模达到2万亿元,基本形成产业体系。建设若干赛事城市,推出100项精品赛事,打造100个品牌。", None, None, [2025, 2025, 2025]),
    ("2019年1月1日至12月31日,可返还其上年度实际缴纳失业保险费的50%。", None, None, [None]),  # a validity period
]


@pytest.mark.parametrize("fragment, signed, period, years", YEARS)
def test_year_from_the_sentence_or_the_plan(fragment, signed, period, years):
    assert [t.year for t in run(fragment, signed=signed, period=period)] == years


def test_year_falls_back_to_the_tasks_deadline():
    text = "1.推进绿色工厂建设。2020年底前完成整治。在产业集聚区建成3个绿色工厂。"
    task = Task(id="t1", title="推进绿色工厂建设", text=text, span=(0, len(text)))
    start = text.index("2020")
    task.deadlines = [Deadline(text="2020年底前", date="2020-12-31", span=(start, start + 7))]
    assert [t.year for t in run(text, tasks=[task])] == [2020]


def test_a_later_deadline_in_the_task_does_not_date_an_earlier_target():
    text = "1.规划设施建设。按照每千人口不少于10个托位规划。2025年前要建成不少于8个托位。"
    task = Task(id="t1", title="规划设施建设", text=text, span=(0, len(text)))
    start = text.index("2025")
    task.deadlines = [Deadline(text="2025年前", date="2025-12-31", span=(start, start + 6))]
    assert [(t.text, t.year) for t in run(text, tasks=[task])] == [("不少于10个", None), ("不少于8个", 2025)]


def test_a_completion_label_dates_the_whole_task():
    text = "(1)应用培训。各单位要确保每个专业至少2名骨干人员参加。完成时限:2021年11月-12月"
    task = Task(id="t1", title="应用培训", text=text, span=(0, len(text)))
    start = text.index("2021")
    task.deadlines = [Deadline(text="2021年11月-12月", date="2021-12-31", span=(start, len(text)))]
    assert [(t.text, t.year) for t in run(text, tasks=[task])] == [("至少2名", 2021)]


# --- body, noise and links ------------------------------------------------------------------


def test_only_the_body_is_read_and_never_page_chrome():
    text = "访问量:1000次 width: 100%;\n正文。新增10户高新技术企业。\n页脚 90%以上"
    draft = Draft(text=text)
    body_start = text.index("正文")
    draft.body = (body_start, text.index("页脚"))
    draft.noise = [(text.index("新增"), text.index("新增") + 2)]
    targets.find(draft)
    assert [t.text for t in draft.targets] == ["10户"]
    draft.noise = [(text.index("10户"), text.index("10户") + 3)]
    targets.find(draft)
    assert draft.targets == []


def test_link_sets_innermost_section_and_containing_task():
    text = "三、主要任务\n(一)产业扩容\n1.培育产业。新增15个以上项目。\n2.招商。新增40个以上项目。\n四、保障\n达到90%以上。"
    s1 = (0, text.index("四、"))
    s2 = (text.index("(一)"), s1[1])
    s3 = (text.index("1.培育"), text.index("2.招商"))
    s4 = (text.index("2.招商"), s1[1])
    s5 = (text.index("四、"), len(text))
    sections = [
        Section(id="s1", level=1, number="三", heading="主要任务", span=s1),
        Section(id="s2", parent="s1", level=2, number="(一)", heading="产业扩容", span=s2),
        Section(id="s3", parent="s2", level=3, number="1", heading="培育产业", span=s3),
        Section(id="s4", parent="s2", level=3, number="2", heading="招商", span=s4),
        Section(id="s5", level=1, number="四", heading="保障", span=s5),
    ]
    tasks = [
        Task(id="t1", section="s3", title="培育产业", text=text[s3[0] : s3[1]], span=s3),
        Task(id="t2", section="s4", title="招商", text=text[s4[0] : s4[1]], span=s4),
    ]
    draft = Draft(text=text, sections=sections, tasks=tasks)
    targets.find(draft)
    link.find(draft)
    assert [(t.text, t.task, t.section) for t in draft.targets] == [
        ("15个以上", "t1", "s3"),
        ("40个以上", "t2", "s4"),
        ("90%以上", None, "s5"),
    ]


def test_nothing_raises_on_odd_input():
    for text in ["", "%", "以上", "1", "1/", "/3", "第", "“", "1~", "~5个", "二○", "十" * 50, "1" * 500 + "个", "0/0个", "1/0"]:
        run(text)


@pytest.mark.parametrize("text", ["1个以上," * 3000, "不低于" * 5000 + "5%", "“" * 10000 + "1个", "1.1.1." * 5000, "高于" * 8000 + "1%"])
def test_fast_on_adversarial_text(text):
    import time

    start = time.perf_counter()
    run(text)
    assert time.perf_counter() - start < 20


# --- the issue's floors over the whole corpus -------------------------------------------------


def test_corpus_targets_and_deadlines_reach_the_issue_floors(corpus_report):
    fields, accuracies = corpus_report.fields, corpus_report.accuracies
    assert fields["targets"].f1 >= 0.92, fields["targets"]
    assert fields["deadlines"].f1 >= 0.92, fields["deadlines"]
    assert accuracies["targets.cmp"].share >= 0.95, accuracies["targets.cmp"]
    assert accuracies["targets.year"].share >= 0.90, accuracies["targets.year"]
    assert accuracies["targets.task"].share >= 0.95, accuracies["targets.task"]


# --- vocabulary ---------------------------------------------------------------------------------

VOCAB_FILES = [
    "measure_units.tsv", "magnitudes.tsv", "comparators.tsv", "directions.tsv", "not_target_units.txt",
    "not_target_parts.txt", "not_target_staffing.txt", "not_target_classification.txt",
    "not_target_conditions.txt", "not_target_penalties.txt", "not_target_meeting.txt",
]  # fmt: skip


@pytest.mark.parametrize("name", VOCAB_FILES)
def test_vocabulary_files_say_what_they_are(name):
    from pathlib import Path

    lines = (Path(targets.__file__).resolve().parent.parent / "data" / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and lines[1].startswith("# ")
    entries = [line for line in lines if line.strip() and not line.startswith("#")]
    assert entries and len(entries) == len(set(entries))
    if name.endswith(".tsv"):
        widths = {len(line.split("\t")) for line in entries}
        assert len(widths) == 1 and widths.pop() >= 2


def test_stages_load_no_vocabulary_jieba_or_cn2an_at_import():
    import subprocess
    import sys

    code = (
        "import sys; import policyparse.stages.targets, policyparse.stages.deadlines, policyparse.stages.link\n"
        "from policyparse.stages import target_vocab as v\n"
        "assert v.measures.cache_info().currsize == 0\n"
        "assert not {'jieba', 'cn2an', 'lxml'} & set(sys.modules), sorted({'jieba', 'cn2an', 'lxml'} & set(sys.modules))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_not_a_target_rule_is_exercised_by_the_table():
    fired = set()
    for fragment in NOT_TARGETS:
        text = normalize(fragment)
        fired |= {target_filters.not_a_target(text, cand) for cand in target_candidates.candidates(text)}
    assert {rule.__name__.lstrip("_") for rule in target_filters.RULES} <= fired


def _row_targets(limit: str) -> list[tuple[str, int | None]]:
    import policyparse

    text = ("东江县人民政府办公室关于印发整改方案的通知\n一、整改任务\n(一)抓好问题整改。逐项整改。\n\n附件\n整改清单\n"
            "序号\t反馈问题\t整改措施\t牵头单位\t整改时限\n"
            f"1\t污水直排问题突出。\t新建污水管网35公里,污水收集率达到95%。\t县住房城乡建设局\t{limit}\n")
    return [(t.text, t.year) for t in policyparse.parse(text).targets]


@pytest.mark.parametrize("limit", ["2025年12月底前完成,长期坚持", "2025年12月底前完成摸排", "2025年12月底前"])
def test_a_row_time_limit_cell_with_words_after_its_date_dates_the_rows_targets(limit):
    # Helper F14 (call 13: a row's deadline dates its targets): W25's 整改清单 writes
    # 2025年12月底前完成,长期坚持 / 2025年6月底前完成摸排 in its 整改时限 column. Before: only a cell
    # holding the date alone dated the row's targets.
    assert _row_targets(limit) == [("35公里", 2025), ("95%", 2025)]


@pytest.mark.parametrize("limit", ["2025年6月底前完成摸排,2026年底前完成整治", "每季度报送,长期坚持"])
def test_a_row_time_limit_cell_with_two_dates_or_a_recurring_one_dates_no_target(limit):
    assert _row_targets(limit) == [("35公里", None), ("95%", None)]


def test_the_count_of_a_problem_lists_group_is_no_target():
    # Helper F14: a 问题清单's group rows (一、水污染防治方面(2个), (二)X方面问题(1项)), in a table or as
    # headings, count the group's own items: no aim. Before: 2个, 1项, 3项 were targets.
    import policyparse

    head = "东江县人民政府办公室关于印发整改方案的通知\n一、整改任务\n(一)抓好问题整改。逐项整改。\n\n附件\n问题整改清单\n"
    table = (head + "序号\t反馈问题\t整改措施\t牵头单位\t整改时限\n一、水污染防治方面(2个)\n"
             "1\t污水直排问题突出。\t新建污水管网35公里。\t县住房城乡建设局\t2025年12月底前\n"
             "2\t黑臭水体反弹。\t整治黑臭水体3条。\t县水利局\t2025年12月底前\n"
             "(二)大气污染防治方面问题(1项)\t\t\t\t\n3\t扬尘管控不到位。\t查处违规工地。\t县住房城乡建设局\t立行立改\n")
    assert [t.text for t in policyparse.parse(table).targets] == ["35公里", "3条"]
    headings = ("东江县人民政府办公室关于印发整改方案的通知\n一、整改任务\n(一)水污染防治方面问题(3项)\n"
                "1.污水直排问题突出。新建污水管网35公里。\n(二)大气污染防治方面(2个)\n2.扬尘管控不到位。建成监测站(2个)。\n")
    assert [t.text for t in policyparse.parse(headings).targets] == ["35公里", "2个"]  # an item's own bracket is an aim
