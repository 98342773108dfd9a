"""Probe T1: targets and deadlines in shapes an earlier probe (test_probe_targets.py) left open.

Every fragment is made up (invented place and body names, invented sentences) in the shapes
national, provincial, city and county notices use. Expected values are what a careful reader
annotates per the annotation guide and corpus/README.md's calls, worked out by reading; every
item's span must point at exactly its text. Each case failed before its fix; the guards beside
them show the nearest shape that must not change.
"""

from __future__ import annotations

import policyparse
import pytest

from fragments import deadlines_in, targets_in, task_notice

HEAD = "南湖区人民政府关于推进有关工作的通知\n各街道办事处,区政府各部门:\n一、主要任务\n"
TAIL = "\n(二)加强保障。做好相关工作。\n南湖区人民政府\n2023年3月1日\n"
N = None


def targets_of(sentence: str, tail: str = TAIL) -> list[tuple]:
    return targets_in(task_notice(sentence, HEAD, tail))


def deadlines_of(sentence: str, tail: str = TAIL) -> list[tuple]:
    return deadlines_in(task_notice(sentence, HEAD, tail))


def parse(text: str):
    doc = policyparse.parse(text)
    for t in doc.targets:
        assert doc.text[t.span[0] : t.span[1]] == t.text
    return doc


# --- 1. comparator words the vocabulary lacked (comparators.tsv, directions.tsv, measure_units.tsv) ---

COMPARATORS = [
    # 近 / 将近: about the amount, written tight before the number (经济运行, 就业)
    ("全市规上工业企业营业收入近3000亿元。", [("近3000亿元", 3000, N, "亿元", "~", N)]),
    ("新增就业岗位将近1万个。", [("将近1万个", 1, N, "万个", "~", N)]),
    # 逾: more than the amount, as 超 (就业, 产业); with a Chinese numeral too (逾百家)
    ("新增城镇就业逾2万人。", [("逾2万人", 2, N, "万人", ">", N)]),
    ("培育逾百家专精特新企业。", [("逾百家", 100, N, "家", ">", N)]),
    # 最低: a floor, as 最高 is a cap (教育, 社保)
    ("职业院校年招生规模最低5000人。", [("最低5000人", 5000, N, "人", ">=", N)]),
    # 翻一番 / 翻两番: the amount doubles (quadruples); 番 is its measure, 翻 its direction
    ("农村居民人均可支配收入翻一番。", [("翻一番", 1, N, "番", "=", N)]),
    ("全市工业总产值翻两番。", [("翻两番", 2, N, "番", "=", N)]),
]


@pytest.mark.parametrize("sentence, expected", COMPARATORS)
def test_comparator_words(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # 近 only tight before the number: a look back over recent years stays a fact
        ("近三年,全市累计投入资金15亿元。", []),
        # 最低 reaches no further than 最高 does: a new predicate between ends it
        ("最低工资标准达到每月2000元。", [("2000元", 2000, N, "元", "=", N)]),
        # 番 is a measure only after 翻: 一番努力 is a bout of effort, no quantity
        ("经过一番努力,全市工业总产值翻两番。", [("翻两番", 2, N, "番", "=", N)]),
    ],
)
def test_comparator_guards(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a bare round 百/千 (no 一 before it) names a programme or qualifies a noun, unless a
        # comparator before it makes it an aim (逾百家 above); 百余家 is more than a hundred
        ("实施百家企业技改工程,建设千亩示范基地。", []),
        ("培育百余家专精特新企业。", [("百余家", 100, N, "家", ">", N)]),
        # 超 + an amount right before a noun says which firms count (as 50亿元以上项目)
        ("培育营业收入超百亿元企业5家。", [("5家", 5, N, "家", "=", N)]),
        ("培育营业收入超100亿元企业5家。", [("5家", 5, N, "家", "=", N)]),
        ("全市工业营业收入超100亿元。", [("超100亿元", 100, N, "亿元", ">", N)]),
        # … but a noun that names the amount as the aim is no thing it qualifies
        ("力争实现营业收入超100亿元目标。", [("超100亿元", 100, N, "亿元", ">", N)]),
        ("力争实现营业收入100亿元以上目标。", [("100亿元以上", 100, N, "亿元", ">=", N)]),
        ("全市快递业务收入突破10亿元大关。", [("突破10亿元", 10, N, "亿元", ">", N)]),
    ],
)
def test_round_chinese_numerals(sentence, expected):
    assert targets_of(sentence) == expected


# --- 2. the year of a target in a plan named by its term (三年行动计划) with no years written ---


def _term_plan(title: str, signed: str, goals: str, tasks: str = "(一)培育龙头企业。三年内培育龙头企业5家。\n"
               "(二)推进技术改造。实施技术改造项目300个以上。\n") -> list[tuple]:
    text = (f"东江市人民政府办公室关于印发{title}的通知\n各县(市、区)人民政府,市政府各部门:\n"
            f"现将《{title}》印发给你们,请认真贯彻执行。\n东江市人民政府办公室\n{signed}\n{title}\n"
            f"一、发展目标\n{goals}\n二、主要任务\n{tasks}")
    return [(t.text, t.year) for t in parse(text).targets]


def test_a_three_year_plan_runs_from_the_notices_year():
    """力争用三年时间 / 三年内 name the plan's term: its end year, two years after the notice's."""
    assert _term_plan("东江市制造业高质量发展三年行动计划", "2023年4月10日",
                      "力争用三年时间,全市规模以上工业企业达到1500家以上。") == [
        ("1500家以上", 2025), ("5家", 2025), ("300个以上", None)]


def test_a_plan_signed_late_in_a_year_starts_with_the_next():
    """Signed in December, the plan aims 到 the year three after: its 到X年 clause decides."""
    assert _term_plan("东江市优化营商环境三年攻坚行动方案", "2022年12月20日",
                      "到2025年,全市市场主体突破10万户。") == [
        ("突破10万户", 2025), ("5家", 2025), ("300个以上", None)]


def test_through_years_of_effort_names_the_term():
    """通过三年努力 opens a goals sentence as 力争三年 does."""
    assert _term_plan("东江市乡村振兴三年行动计划", "2021年3月5日",
                      "通过三年努力,建成高标准农田20万亩。") == [("20万亩", 2023), ("5家", 2023), ("300个以上", None)]


def test_a_year_in_the_title_is_no_term():
    """东江市2023年…工作方案: the 3 of 2023 is no three-year term, so 三年内 stays without a year."""
    assert _term_plan("东江市2023年制造业发展工作方案", "2023年4月10日",
                      "全市规模以上工业企业达到1500家以上。") == [
        ("1500家以上", None), ("5家", None), ("300个以上", None)]


# --- 4. statistics of past years and eligibility thresholds inside body text -------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a sentence opening with a year before the notice's (2023) reports that year's figures
        ("2022年全市完成固定资产投资1.2亿元。", []),
        ("2022年,全区新增市场主体3000户。", []),
        ("全市2022年实现地区生产总值500亿元。", []),  # the jurisdiction before the year
        ("2022年1-6月,全市完成投资50亿元。", []),  # a reporting period of a past year
        # … unless an aim or a later year governs the amount after it
        ("2022年全区完成投资1.2亿元,2024年达到1.5亿元。", [("1.5亿元", 1.5, N, "亿元", "=", 2024)]),
        ("2022年全区完成投资1.2亿元,力争今年增长10%。", [("增长10%", 10, N, "%", "=", 2023)]),
        # a year of the plan's after an as-of date governs what follows it
        ("截至2022年底,全市累计建成基站3000个,2023年新建1000个。", [("1000个", 1000, N, "个", "=", 2023)]),
        # the notice's own year or a later one opening a sentence is the plan's year
        ("2023年全区新增市场主体3000户。", [("3000户", 3000, N, "户", "=", 2023)]),
        ("2025年,全区新增市场主体3000户。", [("3000户", 3000, N, "户", "=", 2025)]),
        # without a verb reporting results the count may still be the plan's (a past year dates nothing)
        ("2022年全区重点项目共120个。", [("120个", 120, N, "个", "=", N)]),
        # a span of years opening the sentence is the plan's window
        ("2022—2025年,全区累计新增市场主体3万户。", [("3万户", 3, N, "万户", "=", 2025)]),
        # ages are conditions on who qualifies, not targets
        ("为80岁以上老年人发放高龄津贴,对年满60周岁的老年人免费开放公园。", []),
    ],
)
def test_past_years_and_ages(sentence, expected):
    assert targets_of(sentence) == expected


# --- 5. amounts of awards and subsidies: targets (corpus/README.md call 17) -----------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the amount right before the grant's noun is what is granted, not a qualifier
        ("对新认定的国家级专精特新企业给予20万元奖励。", [("20万元", 20, N, "万元", "=", N)]),
        ("对认定为省级孵化器的,给予100万元一次性奖励。", [("100万元", 100, N, "万元", "=", N)]),
        ("给予每户2000元补贴。", [("2000元", 2000, N, "元", "=", N)]),
        # after a condition word, a verb of granting makes the amount the grant; a cap stays a cap
        ("对符合条件的企业一次性给予最高50万元补助。", [("最高50万元", 50, N, "万元", "<=", N)]),
        ("凡新认定为国家高新技术企业的,给予30万元奖励。", [("30万元", 30, N, "万元", "=", N)]),
        ("对符合条件的人员按每人每月200元给予补贴。", [("200元", 200, N, "元", "=", N)]),
        ("对吸纳失业人员就业的企业,按每人1000元给予一次性吸纳就业补贴。", [("1000元", 1000, N, "元", "=", N)]),
    ],
)
def test_award_and_subsidy_amounts(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an amount inside the condition itself says who qualifies
        ("对符合条件且年营业收入500万元以上的企业给予奖励。", []),
        ("对投资5000万元以上项目给予奖励。", []),
        # a fund or a facility named by its amount is no grant
        ("设立2亿元产业引导基金。", []),
        ("建设年产30万吨乙烯项目。", []),
    ],
)
def test_award_guards(sentence, expected):
    assert targets_of(sentence) == expected


# --- 3. windows without a year: a month, quarter or half-year before a completion verb -----------

BARE_PERIODS = [
    # the notice's year (signed 2023-03-01); 明年 the next
    ("上半年完成项目招标。", [("上半年", "2023-06-30", N)]),
    ("今年上半年完成摸底调查。", [("今年上半年", "2023-06-30", N)]),
    ("明年上半年完成验收。", [("明年上半年", "2024-06-30", N)]),
    ("下半年全面推开。", [("下半年", "2023-12-31", N)]),
    ("三季度完成验收。", [("三季度", "2023-09-30", N)]),
    ("第四季度建成投用。", [("第四季度", "2023-12-31", N)]),
    ("6月底完成招标,10月完工。", [("6月底", "2023-06-30", N), ("10月", "2023-10-31", N)]),
    ("年底完成改造任务。", [("年底", "2023-12-31", N)]),
    # 明年 + the year's end, with or without 前
    ("明年年底前完成改造。", [("明年年底前", "2024-12-31", N)]),
    ("明年底前完成改造。", [("明年底前", "2024-12-31", N)]),
]


@pytest.mark.parametrize("sentence, expected", BARE_PERIODS)
def test_periods_without_a_year_before_a_completion_verb(sentence, expected):
    assert deadlines_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an event, not completion
        ("年底召开总结会,上半年召开推进会。", []),
        # a past year's period, and recurring ones, keep their readings
        ("去年上半年完成投资50亿元。", []),
        ("去年底前已完成改造,上年底前完成验收。", []),
        ("次年底前完成验收,前三季度完成投资50亿元。", []),  # the year after a year named elsewhere; a report
        ("每季度完成一次自查。", [("每季度", N, "quarterly")]),
        ("每年年底前完成年度评估。", [("每年年底前", N, "yearly")]),
        # already written shapes are not read twice
        ("2023年上半年完成摸底调查,9月底前完成验收。", [("2023年上半年", "2023-06-30", N), ("9月底前", "2023-09-30", N)]),
    ],
)
def test_period_guards(sentence, expected):
    assert deadlines_of(sentence) == expected


def test_a_period_over_when_the_notice_was_signed_reports():
    """Signed in August, 上半年完成投资 reports the first half; 年底完成 is still ahead."""
    tail = "\n(二)加强保障。做好相关工作。\n南湖区人民政府\n2023年8月1日\n"
    assert deadlines_of("上半年完成投资50亿元,年底完成全部改造。", tail) == [("年底", "2023-12-31", N)]


def test_a_bare_period_dates_the_targets_after_it():
    assert targets_of("年底完成老旧小区改造100户。") == [("100户", 100, N, "户", "=", 2023)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a time label before a quarter or a half of the year with no year
        ("新建充电桩500根。完成时限:三季度。", [("三季度", "2023-09-30", N)]),
        ("新建充电桩500根。完成时限:上半年。", [("上半年", "2023-06-30", N)]),
        # a stage's window of months opening a clause or in brackets ends in its last month (call 20)
        ("7月至9月,开展集中整治。", [("7月至9月", "2023-09-30", N)]),
        ("集中整治阶段(7月上旬至9月底)。", [("7月上旬至9月底", "2023-09-30", N)]),
        ("7-9月,开展集中整治。", [("7-9月", "2023-09-30", N)]),
        ("自查自纠阶段(3月16日至4月30日)。", [("3月16日至4月30日", "2023-04-30", N)]),
        ("4月1日至6月30日,开展专项检查。", [("4月1日至6月30日", "2023-06-30", N)]),
        # a window over when the notice was signed (2023-03-01) is a reporting period
        ("1-2月,全区完成投资5亿元。", []),
        # a window of months inside a sentence names no stage
        ("对7月至9月申报的项目开展复核。", []),
    ],
)
def test_labelled_periods_and_windows_of_months(sentence, expected):
    assert deadlines_of(sentence) == expected


# --- free probe: shares and measures, grants, stages, undated notices, years respectively ---------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a share written as a fraction with a comparator after it, as 每年减少1/3 with a direction
        ("三分之二以上的行政村建成美丽乡村。", [("三分之二以上", 0.6667, N, N, ">=", N)]),
        ("党员中青年党员占比达到1/3以上。", [("1/3以上", 0.3333, N, N, ">=", N)]),
        # a fraction with neither stays out (a ratio of staffing, a proportion of a rule)
        ("按照1/3的比例配备。", []),
        # basis points of a lending rate (金融)
        ("贷款利率不高于LPR+50个基点。", [("不高于LPR+50个基点", 50, N, "个基点", "<=", N)]),
        # wells counted by 眼 (水利); lengths and areas in Latin letters (交通, 城建)
        ("新建农村饮水工程机井200眼。", [("200眼", 200, N, "眼", "=", N)]),
        ("建成农村公路20km,新建厂房5000m²。", [("20km", 20, N, "km", "=", N), ("5000m²", 5000, N, "m²", "=", N)]),
        ("一眼望去。", []),
        # a compound verb of upgrading that ends in a direction word is no change of the amount
        ("新建高标准农田20万亩、改造提升10万亩。", [("20万亩", 20, N, "万亩", "=", N), ("10万亩", 10, N, "万亩", "=", N)]),
        ("出口额提升10%。", [("提升10%", 10, N, "%", "=", N)]),
        # a length per area is one unit (城建: 路网密度)
        ("建成区路网密度达到8公里/平方公里。", [("8公里/平方公里", 8, N, "公里/平方公里", "=", N)]),
        ("新增建设用地10平方公里。", [("10平方公里", 10, N, "平方公里", "=", N)]),
    ],
)
def test_shares_and_densities(sentence, expected):
    assert targets_of(sentence) == expected


def test_a_grant_named_with_its_purpose():
    """安家补贴, 租房补贴: a grant's noun with a word of purpose before it still names the grant."""
    assert targets_of("对引进的博士,每人给予5万元安家补贴。") == [("5万元", 5, N, "万元", "=", N)]
    assert targets_of("安排5亿元专项资金。") == []  # a fund named by its amount: no grant word


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the bracket that dates a stage of a 工作方案 (工作步骤): its last day
        ("动员部署阶段(2023年3月)。制定方案。", [("2023年3月", "2023-03-31", N)]),
        ("动员部署阶段(3月)。制定方案。", [("3月", "2023-03-31", N)]),
        # a stage of a year before the notice's sets nothing; a month in other brackets neither
        ("动员部署阶段(2022年3月)。制定方案。", []),
        ("对上年度(2022年3月)未完成的项目开展复核。", []),
    ],
)
def test_the_bracket_that_dates_a_stage(sentence, expected):
    assert deadlines_of(sentence) == expected


def test_a_notice_without_a_date_takes_the_one_year_its_title_names():
    """No signature, no page date: 东江市2023年…工作要点 is a plan for 2023, what 今年 and 上半年 mean."""
    doc = parse("东江市2023年优化营商环境工作要点\n一、主要目标\n今年,全市新增市场主体5万户。\n二、重点工作\n"
                "(一)深化商事制度改革。上半年完成企业开办系统升级。\n(二)提升政务服务。年底完成100项事项跨省通办。\n")
    assert [(t.text, t.year) for t in doc.targets] == [("5万户", 2023), ("100项", 2023)]
    assert [[(d.text, d.date) for d in t.deadlines] for t in doc.tasks] == [
        [("上半年", "2023-06-30")], [("年底", "2023-12-31")]]


def test_a_signed_date_still_decides_the_notices_year():
    """The title's year is a fallback only: a signature's year stays the notice's own."""
    doc = parse("东江市2023年优化营商环境工作要点\n一、重点工作\n(一)深化商事制度改革。上半年完成企业开办系统升级。\n"
                "(二)提升政务服务。做好服务。\n东江市人民政府办公室\n2024年3月1日\n")
    assert [[(d.text, d.date) for d in t.deadlines] for t in doc.tasks] == [[("上半年", "2024-06-30")], []]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # years listed before 分别 date the amounts after it, one by one
        ("2023年、2024年、2025年分别新增就业1万人、1.2万人、1.5万人。",
         [("1万人", 1, N, "万人", "=", 2023), ("1.2万人", 1.2, N, "万人", "=", 2024), ("1.5万人", 1.5, N, "万人", "=", 2025)]),
        ("到2024年和2025年,覆盖率分别达到80%和90%。", [("80%", 80, N, "%", "=", 2024), ("90%", 90, N, "%", "=", 2025)]),
        # one year and a list of subjects: the year holds for every amount
        ("2024年,东城区和西城区分别新建10个、20个。", [("10个", 10, N, "个", "=", 2024), ("20个", 20, N, "个", "=", 2024)]),
    ],
)
def test_years_respectively(sentence, expected):
    assert targets_of(sentence) == expected


def test_a_yearly_amount_takes_no_year_from_a_later_clause():
    """每年新增…,到2027年累计…: the 到2027年 dates the cumulative amount after it, not the yearly one;
    an average growth (年均) keeps the year its sentence aims at."""
    assert targets_of("每年新增规模以上工业企业100家以上,到2027年,累计培育专精特新企业300家。") == [
        ("100家以上", 100, N, "家", ">=", N), ("300家", 300, N, "家", "=", 2027)]
    assert targets_of("规模以上工业增加值年均增长7%以上,到2025年达到1000亿元。") == [
        ("增长7%以上", 7, N, "%", ">=", 2025), ("1000亿元", 1000, N, "亿元", "=", 2025)]
