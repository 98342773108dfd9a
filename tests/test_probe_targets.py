"""Probe P1: quantified targets and deadlines in sentences the corpus does not show.

Every fragment is made up (invented place and body names, invented sentences) in the shapes
national, provincial, city and county notices use across sectors. Expected values are what a
careful reader annotates per the annotation guide, worked out by reading; every item's span
must point at exactly its text. Each case here failed before the vocabulary entry that fixes
it (policyparse/data/); the guards beside some cases show that the entry does not reach
further than it should. Shapes whose fix needs code are in the probe's report, not here.
"""

from __future__ import annotations

import pytest

from fragments import deadlines_in, targets_in, task_notice

# --- helpers --------------------------------------------------------------------------------

HEAD = "南湖区人民政府关于推进有关工作的通知\n各街道办事处,区政府各部门:\n一、主要任务\n"
TAIL = "\n(二)加强保障。做好相关工作。\n南湖区人民政府\n2023年3月1日\n"
N = None


def _task_doc(sentence: str):
    return task_notice(sentence, HEAD, TAIL)


def deadlines_of(sentence: str) -> list[tuple]:
    return deadlines_in(_task_doc(sentence))


def targets_of(sentence: str) -> list[tuple]:
    return targets_in(_task_doc(sentence))


# --- measure words and units (measure_units.tsv) ----------------------------------------------

MEASURES = [
    # 根: charging piles, poles, pipes (交通, 能源)
    ("新建公共充电桩5000根以上。", [("5000根以上", 5000, N, "根", ">=", N)]),
    # 兆瓦时: energy storage capacity (能源)
    ("新增新型储能装机规模200兆瓦时。", [("200兆瓦时", 200, N, "兆瓦时", "=", N)]),
    # 平米 / ㎡: floor area as county notices write it (住房城建)
    ("改造老旧小区建筑面积120万平米。", [("120万平米", 120, N, "万平米", "=", N)]),
    ("建设标准化厂房1000㎡。", [("1000㎡", 1000, N, "㎡", "=", N)]),
    # 延米: pipes and channels by running length (住房城建, 水利)
    ("改造供水管网800延米。", [("800延米", 800, N, "延米", "=", N)]),
    # 标准箱: container throughput (交通); the measure is not cut to 标箱
    ("港口集装箱吞吐量达到100万标准箱。", [("100万标准箱", 100, N, "万标准箱", "=", N)]),
    # 架次: flights, not 架 (aircraft) with 次 left over (交通)
    ("机场航班起降达到3万架次。", [("3万架次", 3, N, "万架次", "=", N)]),
    # 吨标煤: the short form of 吨标准煤 (节能)
    ("单位产品综合能耗不高于0.8吨标煤。", [("不高于0.8吨标煤", 0.8, N, "吨标煤", "<=", N)]),
    # 千伏安: transformer capacity (电网)
    ("新增变电容量50万千伏安。", [("50万千伏安", 50, N, "万千伏安", "=", N)]),
    # 列: freight trains (交通, 开放); 盏: street lamps (住房城建)
    ("开行中欧班列300列以上。", [("300列以上", 300, N, "列", ">=", N)]),
    ("新装改造城市路灯5000盏。", [("5000盏", 5000, N, "盏", "=", N)]),
    # a capacity per day and an amount per mu: the whole rate is the unit (生态环境, 开发区)
    ("新增污水处理能力10万吨/日。", [("10万吨/日", 10, N, "万吨/日", "=", N)]),
    ("新增再生水利用能力5万立方米/日。", [("5万立方米/日", 5, N, "万立方米/日", "=", N)]),
    ("工业用地亩均税收达到30万元/亩。", [("30万元/亩", 30, N, "万元/亩", "=", N)]),
    ("社区声环境噪声控制在55分贝以下。", [("55分贝以下", 55, N, "分贝", "<=", N)]),
    # livestock, fish fry and trees (乡村振兴, 生态)
    ("家禽出栏稳定在1000万羽。", [("1000万羽", 1000, N, "万羽", "=", N)]),
    ("增殖放流鱼苗100万尾。", [("100万尾", 100, N, "万尾", "=", N)]),
    ("栽植行道树2万棵。", [("2万棵", 2, N, "万棵", "=", N)]),
    # books and printed copies (文旅, 宣传)
    ("新增公共图书馆藏书10万册。", [("10万册", 10, N, "万册", "=", N)]),
    ("发放宣传资料1万份。", [("1万份", 1, N, "万份", "=", N)]),
]


@pytest.mark.parametrize("sentence, expected", MEASURES)
def test_measure_words(sentence, expected):
    assert targets_of(sentence) == expected


def test_measures_that_are_other_measures_in_base_units():
    """兆瓦时 / 吉瓦时 are 千瓦时 x 1000 / x 10^6, 平米 and ㎡ are 平方米, 延米 is 米, 吨/天 is 吨/日."""
    doc = _task_doc("新增储能200兆瓦时,其中电化学储能1吉瓦时。改造老旧小区120万平米,厂房1000㎡,管网800延米。"
                    "新增处理能力3万吨/天。")
    got = [(t.text, t.base_value, t.base_unit) for t in doc.targets]
    assert got == [
        ("200兆瓦时", 200000, "千瓦时"),
        ("1吉瓦时", 1000000, "千瓦时"),
        ("120万平米", 1200000, "平方米"),
        ("1000㎡", 1000, "平方米"),
        ("800延米", 800, "米"),
        ("3万吨/天", 30000, "吨/日"),
    ]


# --- comparator words (comparators.tsv) -----------------------------------------------------

COMPARATORS = [
    # 不得/不应/不宜/不能 + comparator: read as one word, never as the shorter one inside it
    ("每个社区专职社工不得少于3名。", [("不得少于3名", 3, N, "名", ">=", N)]),  # 民政
    ("义务教育学校班额不得多于45人。", [("不得多于45人", 45, N, "人", "<=", N)]),  # 教育
    ("融资担保费率不得高于1.5%。", [("不得高于1.5%", 1.5, N, "%", "<=", N)]),  # 金融
    ("单个项目补助资金不应超过50万元。", [("不应超过50万元", 50, N, "万元", "<=", N)]),
    ("单个项目奖补资金不宜超过100万元。", [("不宜超过100万元", 100, N, "万元", "<=", N)]),
    ("单位产品能耗不能高于0.5吨标准煤。", [("不能高于0.5吨标准煤", 0.5, N, "吨标准煤", "<=", N)]),
    ("护理型床位占比不宜低于55%。", [("不宜低于55%", 55, N, "%", ">=", N)]),  # 养老
    ("年度继续教育不应少于90学时。", [("不应少于90学时", 90, N, "学时", ">=", N)]),  # 学时: a training load
    ("中小学生每周体育课不少于3课时。", [("不少于3课时", 3, N, "课时", ">=", N)]),
    # (含)以上, 或以上: the bound includes the number written
    ("培育年营业收入超亿元企业10家(含)以上。", [("10家(含)以上", 10, N, "家", ">=", N)]),
    ("新增规上工业企业30家或以上。", [("30家或以上", 30, N, "家", ">=", N)]),
    ("对投资5000万元(含)以上的项目给予支持。", []),  # a threshold on the noun, as 5000万元以上的项目
    # 高出 / 快于 … 平均水平: more than the average by the amount
    ("增速高出全省平均水平1个百分点。", [("高出全省平均水平1个百分点", 1, N, "个百分点", ">", N)]),
    ("居民收入增速快于全省平均水平2个百分点。", [("快于全省平均水平2个百分点", 2, N, "个百分点", ">", N)]),
]


@pytest.mark.parametrize("sentence, expected", COMPARATORS)
def test_comparator_words(sentence, expected):
    assert targets_of(sentence) == expected


# --- what is not a target ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the base of a ratio after 每 is its denominator (卫生健康, 民政)
        ("每10万人口拥有社会工作者不少于5名。", [("不少于5名", 5, N, "名", ">=", N)]),
        ("每100户居民拥有社区综合服务设施面积不低于30平方米。", [("不低于30平方米", 30, N, "平方米", ">=", N)]),
        ("每1000名学生配备心理健康教师不少于2名。", [("不少于2名", 2, N, "名", ">=", N)]),  # 教育
    ],
)
def test_the_base_of_a_per_head_ratio_is_no_target(sentence, expected):
    assert targets_of(sentence) == expected


def test_the_per_head_rule_reads_only_a_number_right_after_mei():
    """What follows 每 and a verb or a word stays: the amount per household, a rate per year."""
    assert targets_of("每户补助3万-5万元。") == [("3万-5万元", 3, 5, "万元", "range", N)]
    assert targets_of("按照每年减少1/3的进度推进。") == [("每年减少1/3", 0.3333, N, N, "=", N)]
    assert targets_of("每10万人口拥有社会工作者不少于5名。") == [("不少于5名", 5, N, "名", ">=", N)]


@pytest.mark.parametrize(
    "sentence",
    [
        "每个村(社区)设立1名网格员。",  # 设立 a post: staffing
        "每个学校设置1名法治副校长。",
        "各乡镇(街道)配齐1名安全生产监管员。",
        "每个村选配1名农技指导员。",
    ],
)
def test_staffing_verbs(sentence):
    assert targets_of(sentence) == []


def test_staffing_verbs_read_only_people():
    """设立 before money or a count of bodies is no staffing."""
    assert targets_of("设立1名网格员,设立规模1亿元的产业引导基金。") == [("1亿元", 1, N, "亿元", "=", N)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("本次专项整治分3个阶段推进。", []),  # the plan's own stages
        ("聚焦5个重点领域推进改革。", []),  # the plan's own focus areas
        # the same count of something the plan builds stays
        ("分3个阶段推进,建成3个示范区。", [("3个", 3, N, "个", "=", N)]),
    ],
)
def test_stages_and_focus_areas_of_the_plan(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "近三年,全市累计投入资金15亿元。",  # a look back over recent years: a fact
        "近五年来,全市新增城镇就业8万人。",
        "近两年,全区新增市场主体1.2万户。",
        "据统计,全市累计建成充电桩3000个。",  # a reported statistic
        "多年来,全市累计投入资金15亿元。",
        "长期以来,全市累计建成农村公路5000公里。",
        # a completion verb with 了 reports the action as done
        "全市新增了市场主体1万户。",
        "全区建成了5G基站1200个。",
        "全市实现了地区生产总值3200亿元。",
        "全县培育了农业产业化龙头企业20家。",
        "全市投入了财政资金5亿元。",
    ],
)
def test_reported_facts_in_background_sentences(sentence):
    assert targets_of(sentence) == []


def test_le_after_a_verb_marks_a_fact_but_not_le_in_other_words():
    """为了 holds 了 and sets no fact; an aim word keeps the count an aim."""
    assert targets_of("全市新增了市场主体1万户。") == []
    assert targets_of("为了实现目标,全市新增市场主体1万户。") == [("1万户", 1, N, "万户", "=", N)]
    assert targets_of("确保全市新增市场主体1万户。") == [("1万户", 1, N, "万户", "=", N)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the notice's own jurisdiction as 我市/本市/我省: a stock it holds, or its size
        ("我市现有规上工业企业1200家。", []),
        ("本市拥有各类养老机构86家。", []),
        ("我省现有国家级开发区12个。", []),
        ("督促我市9个县区落实责任。", []),
    ],
)
def test_the_jurisdiction_named_as_wo_shi(sentence, expected):
    assert targets_of(sentence) == expected


def test_wo_shi_keeps_the_scope_a_plan_picks_and_its_aims():
    """在我市5个乡镇 is the scope a plan picks; 我市新增 an aim: only the stock and size go."""
    assert targets_of("督促我市9个县区落实责任,在我市5个乡镇开展试点。") == [("5个", 5, N, "个", "=", N)]
    assert targets_of("我市现有企业1200家。我市新增市场主体1万户。") == [("1万户", 1, N, "万户", "=", N)]


def test_a_look_back_does_not_reach_an_aim():
    """力争 keeps an aim an aim in the same sentence as 近三年."""
    assert targets_of("近三年,全市累计投入资金15亿元。") == []
    assert targets_of("近三年,力争全市新增投资15亿元。") == [("15亿元", 15, N, "亿元", "=", N)]


# --- deadlines: completion verbs and time labels ----------------------------------------------

DEADLINES = [
    ("项目2024年6月完工。", [("2024年6月", "2024-06-30", N)]),  # 完工: works finished
    ("线路2024年底通车。", [("2024年底", "2024-12-31", N)]),  # 通车: a road or line opened
    ("储能电站2025年6月底投运。", [("2025年6月底", "2025-06-30", N)]),
    ("问题2023年10月底整改完毕。", [("2023年10月底", "2023-10-31", N)]),  # 整改完毕: a rectification done
    ("隐患2023年9月整改到位。", [("2023年9月", "2023-09-30", N)]),
    ("信访事项2023年6月底办结。", [("2023年6月底", "2023-06-30", N)]),
    ("2023年底前完成试点,2024年全面推广。", [("2023年底前", "2023-12-31", N), ("2024年", "2024-12-31", N)]),
    ("时间要求:2023年12月底。", [("2023年12月底", "2023-12-31", N)]),  # time-limit labels
    ("进度要求:2023年12月。", [("2023年12月", "2023-12-31", N)]),
    ("时间进度:2024年6月。", [("2024年6月", "2024-06-30", N)]),
    ("实施时间:2023年12月。", [("2023年12月", "2023-12-31", N)]),
]


@pytest.mark.parametrize("sentence, expected", DEADLINES)
def test_deadline_shapes(sentence, expected):
    assert deadlines_of(sentence) == expected


def test_completion_verbs_after_a_past_date_set_no_deadline():
    """全市2022年9月开通12345热线 reports a past event; 2023年5月开通 in a 2023 notice is work ahead."""
    assert deadlines_of("全市2022年9月开通12345热线。") == []
    assert deadlines_of("2023年5月开通运行,2024年6月完工。") == [
        ("2023年5月", "2023-05-31", N),
        ("2024年6月", "2024-06-30", N),
    ]


def test_a_labelled_deadline_dates_the_tasks_targets():
    """The year a 时间要求: label sets is the year of the task's targets."""
    assert targets_of("新建社区养老服务站50个。时间要求:2024年6月。") == [("50个", 50, N, "个", "=", 2024)]


def test_time_labels_end_a_unit_list():
    """A time label after the last unit on one line (牵头单位:X 时间要求:Y) ends the list."""
    doc = _task_doc("新建充电桩5000根。(牵头单位:区发展改革局 时间要求:2024年6月)")
    assert [(u.name, u.role) for u in doc.tasks[0].units] == [("区发展改革局", "lead")]
    assert [(d.text, d.date) for d in doc.tasks[0].deadlines] == [("2024年6月", "2024-06-30")]
