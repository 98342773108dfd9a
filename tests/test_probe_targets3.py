"""Probe T2: targets and deadlines in shapes the first two probes left open.

Every fragment is made up (invented place and body names, invented sentences) in the shapes
national, provincial, city and county notices use. Expected values are what a careful reader
annotates per the annotation guide and corpus/README.md's calls, worked out by reading; every
item's span must point at exactly its text. Each case failed before its fix; the guards beside
them show the nearest shape that must not change.
"""

from __future__ import annotations

import pytest

from fragments import deadlines_in, targets_in, task_notice

HEAD = "南湖区人民政府关于推进有关工作的通知\n各街道办事处,区政府各部门:\n一、主要任务\n"
N = None


def tail(signed: str = "2023年3月1日") -> str:
    return f"\n(二)加强保障。做好相关工作。\n南湖区人民政府\n{signed}\n"


def targets_of(sentence: str, signed: str = "2023年3月1日", head: str = HEAD) -> list[tuple]:
    return targets_in(task_notice(sentence, head, tail(signed)))


def deadlines_of(sentence: str, signed: str = "2023年3月1日", head: str = HEAD) -> list[tuple]:
    return deadlines_in(task_notice(sentence, head, tail(signed)))


# --- 1. a recurring amount over a span of years: each year's, not by the span's end ---------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("2023年至2025年,每年新增就业1万人。", [("1万人", 1, N, "万人", "=", N)]),
        ("2023—2025年,年均培育科技型中小企业100家以上。", [("100家以上", 100, N, "家", ">=", N)]),
        # only the clause of the yearly amount: a later clause's total still counts up to the span's end
        ("2023—2025年,每年新增龙头企业5家,三年累计新增15家以上。",
         [("5家", 5, N, "家", "=", N), ("15家以上", 15, N, "家", ">=", 2025)]),
    ],
)
def test_recurring_amount_over_a_span_has_no_year(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a total over the span is reached by its end
        ("2023年至2025年,累计新增城镇就业3万人。", [("3万人", 3, N, "万人", "=", 2025)]),
        # a dated deadline before a 每年 amount still dates it (the shenyang gold's 每年减少1/3)
        ("到2025年,每年新增就业1万人。", [("1万人", 1, N, "万人", "=", 2025)]),
    ],
)
def test_recurring_amount_guards(sentence, expected):
    assert targets_of(sentence) == expected


# --- 2. a period with no year that was over when the notice was signed: a result -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "上半年完成投资50亿元。",
        "1—6月,全区城镇新增就业3000人。",
        "前三季度全市实现地区生产总值增长6%。",
    ],
)
def test_period_over_at_signing_reports_a_result(sentence):
    assert targets_of(sentence, signed="2023年11月10日") == []
    assert deadlines_of(sentence, signed="2023年11月10日") == []


def test_period_over_without_a_result_verb_stays_a_target_without_its_year():
    # no results verb: a target, but the period that is over sets no year
    assert targets_of("上半年投产项目10个以上。", signed="2023年8月10日") == [("10个以上", 10, N, "个", ">=", N)]


@pytest.mark.parametrize(
    "sentence, signed, expected",
    [
        # signed before the period ends: a plan, dated by it
        ("上半年完成投资50亿元。", "2023年3月10日", [("50亿元", 50, N, "亿元", "=", 2023)]),
        # the period still to come in an August notice
        ("下半年完成投资60亿元以上。", "2023年8月10日", [("60亿元以上", 60, N, "亿元", ">=", 2023)]),
    ],
)
def test_period_not_yet_over_guards(sentence, signed, expected):
    assert targets_of(sentence, signed) == expected


# --- 3. 最高/最低 with a metric or verb between: the cap sets cmp, the text is the amount ----


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("创业担保贷款最高额度为30万元。", [("30万元", 30, N, "万元", "<=", N)]),
        ("对新认定的国家级企业技术中心,最高奖励100万元。", [("100万元", 100, N, "万元", "<=", N)]),
        ("小微企业最高可申请300万元。", [("300万元", 300, N, "万元", "<=", N)]),
    ],
)
def test_cap_with_words_between(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # nothing or an adverb between: the cap joins the text
        ("对符合条件的企业一次性给予最高50万元补助。", [("最高50万元", 50, N, "万元", "<=", N)]),
        ("每户企业最高可20万元。", [("最高可20万元", 20, N, "万元", "<=", N)]),
        ("单个项目最高不超过200万元。", [("最高不超过200万元", 200, N, "万元", "<=", N)]),
    ],
)
def test_cap_guards(sentence, expected):
    assert targets_of(sentence) == expected


# --- 4. a plan for next year signed late in the year: its periods are next year's ----------

PLAN_HEAD = "东江市2024年优化营商环境工作要点\n一、主要任务\n"


def test_plan_for_next_year_dates_its_periods_in_that_year():
    doc = task_notice("上半年完成投资50亿元,年底前新建5G基站1000个。", PLAN_HEAD, tail("2023年12月20日"))
    assert deadlines_in(doc) == [("上半年", "2024-06-30", N), ("年底前", "2024-12-31", N)]
    assert targets_in(doc) == [("50亿元", 50, N, "亿元", "=", 2024), ("1000个", 1000, N, "个", "=", 2024)]


def test_plan_for_next_year_guards():
    # a plan for the year it is signed in keeps its year
    same = task_notice("年底前新建5G基站1000个。", "东江市2023年工作要点\n一、主要任务\n", tail("2023年12月20日"))
    assert deadlines_in(same) == [("年底前", "2023-12-31", N)]
    # a call for next year's applications is no plan: its 12月31日前 falls in the year it is signed
    call = "东江市发展和改革委员会关于做好2024年度重点项目申报工作的通知\n一、主要任务\n"
    assert deadlines_of("12月31日前报送申报材料。", "2023年12月5日", call) == [("12月31日前", "2023-12-31", N)]


# --- 4b. a later year written shortly before a date with none carries on to it -------------


def test_later_year_carries_to_the_next_date_of_its_sentence():
    doc = task_notice("2024年3月底前完成摸底排查,6月底前完成整改,整改率达到100%。", HEAD, tail())
    assert deadlines_in(doc) == [("2024年3月底前", "2024-03-31", N), ("6月底前", "2024-06-30", N)]
    assert targets_in(doc) == [("100%", 100, N, "%", "=", 2024)]


def test_later_year_carries_to_year_end():
    assert deadlines_of("2024年6月底前完成试点,年底前全面推开。") == [
        ("2024年6月底前", "2024-06-30", N), ("年底前", "2024-12-31", N)]


STAGES = ("南湖区关于开展环境综合整治专项行动的工作方案\n一、实施步骤\n"
          "(一)动员部署阶段(2023年12月)。制定方案。\n"
          "(二)集中整治阶段({first})。全面开展整治。\n"
          "(三)巩固提升阶段(7月—11月)。建立长效机制。\n"
          "(四)总结验收阶段(12月)。开展考核验收。\n南湖区人民政府办公室\n2023年11月20日\n")


def _stage_deadlines(first: str) -> list[tuple]:
    import policyparse

    doc = policyparse.parse(STAGES.format(first=first))
    return [(d.text, d.date) for task in doc.tasks for d in task.deadlines]


def test_later_year_carries_along_a_list_of_stages():
    assert _stage_deadlines("2024年1月—6月") == [
        ("2023年12月", "2023-12-31"), ("2024年1月—6月", "2024-06-30"), ("7月—11月", "2024-11-30"), ("12月", "2024-12-31")]


def test_later_year_carry_guards():
    # stages in the notice's own year keep it
    assert _stage_deadlines("2023年1月—6月")[2:] == [("7月—11月", "2023-11-30"), ("12月", "2023-12-31")]
    # a new sentence, or the notice's own year written, carries nothing on
    assert deadlines_of("2024年3月底前完成摸底排查。6月底前完成整改。") == [
        ("2024年3月底前", "2024-03-31", N), ("6月底前", "2023-06-30", N)]
    assert deadlines_of("2023年3月底前完成摸底排查,6月底前完成整改。") == [
        ("2023年3月底前", "2023-03-31", N), ("6月底前", "2023-06-30", N)]
    # 今年 names the notice's own year whatever was written before it
    assert deadlines_of("2024年6月底前完成试点,今年年底前完成方案。") == [
        ("2024年6月底前", "2024-06-30", N), ("今年年底前", "2023-12-31", N)]


# --- 5. a range whose ends are written in two magnitudes: one range in the low end's --------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("支持资金5000万元至1亿元。", [("5000万元至1亿元", 5000, 10000, "万元", "range", N)]),
        ("每个项目支持5000万元—1亿元。", [("5000万元—1亿元", 5000, 10000, "万元", "range", N)]),
        ("补助标准为5000元至1万元。", [("5000元至1万元", 5000, 10000, "元", "range", N)]),
        ("奖励5千万—1亿元。", [("5千万—1亿元", 5, 10, "千万元", "range", N)]),
    ],
)
def test_range_across_magnitudes(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("每个项目支持10万元至20万元。", [("10万元至20万元", 10, 20, "万元", "range", N)]),
        ("建设高标准农田2万—3万亩。", [("2万—3万亩", 2, 3, "万亩", "range", N)]),
        # a falling pair is no range
        ("分别安排1亿元、5000万元。", [("1亿元", 1, N, "亿元", "=", N), ("5000万元", 5000, N, "万元", "=", N)]),
    ],
)
def test_range_guards(sentence, expected):
    assert targets_of(sentence) == expected


# --- 6. shapes found probing across sectors ----------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an amount per year or month as its own measure (亿元/年, 万吨/年, 元/月)
        ("年产值达到10亿元/年。", [("10亿元/年", 10, N, "亿元/年", "=", N)]),
        ("形成年产能20万吨/年。", [("20万吨/年", 20, N, "万吨/年", "=", N)]),
        ("生活补贴标准提高到300元/月。", [("300元/月", 300, N, "元/月", "=", N)]),
        # a rate per unit as its own measure (公斤/亩, 平方米/人, 元/吨)
        ("粮食单产达到450公斤/亩。", [("450公斤/亩", 450, N, "公斤/亩", "=", N)]),
        ("城市人均道路面积达到18平方米/人。", [("18平方米/人", 18, N, "平方米/人", "=", N)]),
        ("污水处理收费标准调整为1.2元/吨。", [("1.2元/吨", 1.2, N, "元/吨", "=", N)]),
        # the size set for a fund after 的 (data/amount_words.txt, fund)
        ("市级财政安排不低于1000万元的专项资金。", [("不低于1000万元", 1000, N, "万元", ">=", N)]),
        ("设立规模10亿元以上的产业引导基金。", [("10亿元以上", 10, N, "亿元", ">=", N)]),
        # years of schooling and life expectancy (data/time_metrics.txt)
        ("全市劳动年龄人口平均受教育年限达到11.5年。", [("11.5年", 11.5, N, "年", "=", N)]),
        ("人均预期寿命达到79岁。", [("79岁", 79, N, "岁", "=", N)]),
        ("全市重污染天数控制在3天以内,优良天数达到300天以上。",
         [("3天以内", 3, N, "天", "<=", N), ("300天以上", 300, N, "天", ">=", N)]),
        # pitches and plots are counted in 块
        ("新建社会足球场10块。", [("10块", 10, N, "块", "=", N)]),
        # a programme's count of people is no staffing of the work
        ("每年选派100名左右科技特派员。", [("100名左右", 100, N, "名", "~", N)]),
        # a count of twenty or more in Chinese numerals is planned, not a slogan
        ("用三年左右时间,建成二十个产业集群。", [("二十个", 20, N, "个", "=", N)]),
        # households are never the plan's parts, though the noun after them is 任务
        ("全面完成省下达的3.2万户改造任务。", [("3.2万户", 3.2, N, "万户", "=", N)]),
    ],
)
def test_probed_shapes(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("支持投资5000万元以上的项目。", []),  # a threshold on the noun
        ("对投资不低于5000万元的项目给予奖励。", []),
        ("闲置1—2年的土地全部盘活。", []),  # a duration, no time metric
        ("每周开展2天集中整治。", []),
        ("明确1名分管领导,确定2名联络员。", []),  # staffing
        ("重点抓好18项工作。", []),  # the plan's parts
        ("实现五个大提升,落实三项保障。", []),  # slogans count a handful
    ],
)
def test_probed_guards(sentence, expected):
    assert targets_of(sentence) == expected


# --- found by reading the change: each failed before its fix ------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a year alone is a goal's horizon: what follows in its sentence is still the notice's year
        ("到2025年基本建成,年内完成规划编制。", [("到2025年", "2025-12-31", N), ("年内", "2023-12-31", N)]),
        ("力争到2025年全面完成,年底前完成试点。", [("到2025年", "2025-12-31", N), ("年底前", "2023-12-31", N)]),
        # an en dash between months, as in a window of years
        ("7月–9月,开展集中整治。", [("7月–9月", "2023-09-30", N)]),
    ],
)
def test_deadlines_found_reading_the_change(sentence, expected):
    assert deadlines_of(sentence) == expected


def test_a_holiday_duty_arrangement_for_next_year_keeps_the_year_it_is_signed_in():
    head = "东江市人民政府办公室关于2024年元旦春节期间值班工作安排的通知\n一、主要任务\n"
    assert deadlines_of("各单位于12月28日前报送值班表。", "2023年12月20日", head) == [("12月28日前", "2023-12-28", N)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the kth amount after 分别 counts the amounts before it, not 和/及 inside nouns (普及, 企业和个体户)
        ("2024年、2025年分别普及义务教育学校10所、20所。", [("10所", 10, N, "所", "=", 2024), ("20所", 20, N, "所", "=", 2025)]),
        ("2024年、2025年分别新增企业和个体户1万户、2万户。", [("1万户", 1, N, "万户", "=", 2024), ("2万户", 2, N, "万户", "=", 2025)]),
        # nor digits inside the metric (5G基站)
        ("2024年、2025年分别新建5G基站100个、200个。", [("100个", 100, N, "个", "=", 2024), ("200个", 200, N, "个", "=", 2025)]),
        # the jurisdiction before 截至 or a past plan's 期间 (全市截至2022年底, 全市“十三五”期间) reports as well
        ("全市截至2022年底,规上企业达到1200家。", []),
        ("全市“十三五”期间新增企业1200家。", []),
        # 最低 naming the metric an amount is moved to sets no floor; 最高 before a copula still caps
        ("将最低工资调至2000元/月。", [("2000元/月", 2000, N, "元/月", "=", N)]),
        ("单户最高额度为30万元。", [("30万元", 30, N, "万元", "<=", N)]),
        # the days a procedure takes are no time metric (only days of air quality are)
        ("企业开办天数压缩至1天以内。", []),
    ],
)
def test_targets_found_reading_the_change(sentence, expected):
    assert targets_of(sentence) == expected


def test_a_plan_term_is_no_grade_or_frequency_and_a_named_period_no_window():
    head = "东江市人民政府关于印发东江市数字经济三年行动计划(2024—2026年)的通知\n一、主要任务\n"
    sentence = "编制“十四五”期间重点项目清单,三年级以上学生参加社团活动比例达到80%,三年一次开展综合评估。"
    assert deadlines_of(sentence, "2024年3月1日", head) == []
    assert targets_of(sentence, "2024年3月1日", head) == [("80%", 80, N, "%", "=", N)]


def test_an_edition_year_opening_a_clause_is_no_deadline():
    assert deadlines_of("对照国家标准,2025年版目录另行发布。") == []


def test_a_relative_year_dates_its_own_clause_not_the_next_one_after_a_semicolon():
    head = "南湖区2024年就业工作要点\n一、主要任务\n"
    found = targets_of("全年新增城镇就业1.8万人以上;开发公益性岗位不少于800个。", "2024年3月1日", head)
    assert found == [("1.8万人以上", 1.8, N, "万人", ">=", 2024), ("不少于800个", 800, N, "个", ">=", N)]
