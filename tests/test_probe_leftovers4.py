"""Probe P4 (leftovers of the fourth session): targets and deadlines in shapes earlier rounds left open.

Every fragment is made up (invented place and body names, invented sentences) in the shapes
national, provincial, city and county notices use. Expected values are what a careful reader
annotates per the annotation guide and corpus/README.md's calls, worked out by reading; every
item's span must point at exactly its text. Each case failed before its fix; the guards beside
them show the nearest shape that must not change.
"""

from __future__ import annotations

import pytest

import policyparse

from fragments import deadlines_in, targets_in, task_notice
from test_probe_pdf_export import CLOSING, HEAD as PDF_HEAD, OPENING

HEAD = "东江市人民政府办公室关于推进有关工作的通知\n各县(市、区)人民政府,市政府各部门:\n一、主要任务\n"
PLAN_HEAD = ("东江市人民政府办公室关于印发东江市企业数字化转型三年行动计划(2023—2025年)的通知\n"
             "各县(市、区)人民政府,市政府各部门:\n"
             "现将《东江市企业数字化转型三年行动计划(2023—2025年)》印发给你们,请认真贯彻执行。\n"
             "东江市人民政府办公室\n2023年3月1日\n"
             "东江市企业数字化转型三年行动计划(2023—2025年)\n一、重点任务\n")
N = None


def tail(signed: str) -> str:
    return f"\n(二)加强保障。做好相关工作。\n东江市人民政府办公室\n{signed}\n"


def targets_of(sentence: str, signed: str = "2023年3月1日", head: str = HEAD) -> list[tuple]:
    return targets_in(task_notice(sentence, head, tail(signed)))


def deadlines_of(sentence: str, signed: str = "2023年3月1日") -> list[tuple]:
    return deadlines_in(task_notice(sentence, HEAD, tail(signed)))


# --- 1. a comparator written before the first amount after 分别 holds for each amount ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("全市规上工业增加值、服务业增加值、研发投入年均增长分别不低于6%、5%、4%。",
         [("不低于6%", 6, N, "%", ">=", N), ("5%", 5, N, "%", ">=", N), ("4%", 4, N, "%", ">=", N)]),
        ("城镇、农村居民人均可支配收入增速分别不低于6%、7%和8%。",
         [("不低于6%", 6, N, "%", ">=", N), ("7%", 7, N, "%", ">=", N), ("8%", 8, N, "%", ">=", N)]),
        ("两县新增造林面积分别不少于2万亩、1.5万亩。",
         [("不少于2万亩", 2, N, "万亩", ">=", N), ("1.5万亩", 1.5, N, "万亩", ">=", N)]),
        # another measure after the list is no part of it
        ("两项指标分别不低于90%、85%,新增10个。",
         [("不低于90%", 90, N, "%", ">=", N), ("85%", 85, N, "%", ">=", N), ("10个", 10, N, "个", "=", N)]),
    ],
)
def test_comparator_before_a_respective_list_holds_for_each_amount(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # no 分别: two separate amounts, the comparator stays with the first
        ("新建不少于5个示范点,改造3个老旧站点。", [("不少于5个", 5, N, "个", ">=", N), ("3个", 3, N, "个", "=", N)]),
        # a trailing comparator after a list is every amount's (tests/test_fix_targets.py)
        ("城市、农村污水处理率分别达到95%、60%以上。", [("95%", 95, N, "%", ">=", N), ("60%以上", 60, N, "%", ">=", N)]),
    ],
)
def test_guard_amounts_outside_a_respective_list_keep_their_own_comparator(sentence, expected):
    assert targets_of(sentence) == expected


# --- 2. a count of enterprises is never a count of the plan's own parts ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("年内完成不少于30家企业技术改造任务。", [("不少于30家", 30, N, "家", ">=", 2023)]),
        ("完成10所中小学校改扩建任务。", [("10所", 10, N, "所", "=", N)]),  # schools, like enterprises
    ],
)
def test_count_of_enterprises_or_schools_before_a_task_word_is_a_target(sentence, expected):
    assert targets_of(sentence) == expected


def test_guard_count_of_the_plans_own_tasks_stays_out():
    assert targets_of("重点抓好18项改革任务。") == []


# --- 3. a season before which work is due gives no deadline, like a festival (call 20) ---


@pytest.mark.parametrize("sentence", ["汛期前完成河道清淤。", "汛前完成病险水库除险加固。", "春节前完成欠薪清零。"])
def test_guard_season_and_festival_give_no_deadline(sentence):
    assert deadlines_of(sentence) == []


# --- 4. a five-year plan's period opening a clause is the window of its work ---


def test_plan_period_opening_a_clause_is_a_deadline_without_a_completion_verb():
    assert deadlines_of("“十四五”期间培训新型职业农民5000人次以上。") == [("“十四五”期间", "2025-12-31", N)]


@pytest.mark.parametrize("sentence", ["编制“十四五”期间重点项目清单。", "“十三五”期间,全市累计培训5000人次。"])
def test_guard_plan_period_naming_a_list_or_a_past_period_gives_none(sentence):
    assert deadlines_of(sentence) == []


# --- 5. a fund named by a long purpose keeps its size ---


def test_size_of_a_fund_with_a_long_name_is_a_target():
    assert targets_of("设立不低于5亿元的数字经济发展专项资金。") == [("不低于5亿元", 5, N, "亿元", ">=", N)]


def test_guard_amount_picking_projects_stays_out():
    assert targets_of("对投资5000万元以上的项目给予支持。") == []


# --- 6. an amount for each year is not dated by the plan's term in a later clause ---


def test_yearly_amount_is_not_dated_by_the_terms_end():
    assert targets_of("每年推动3000家以上企业上云,力争三年累计推动1万家企业上云。", head=PLAN_HEAD) == [
        ("3000家以上", 3000, N, "家", ">=", N), ("1万家", 1, N, "万家", "=", 2025)]


# --- 7. past reports, ranks and the size of a policy are no targets ---


@pytest.mark.parametrize(
    "sentence",
    [
        "2020—2022年完成老旧小区改造1000户。",  # a span over when the 2023 notice was signed
        "2020年至2022年,全市累计新增就业8万人。",  # its 至2022年 is no aim's 至
        "全市营商环境评价排名提升10个位次。",
        "认真落实《关于促进民营经济发展的若干措施》30条。",
    ],
)
def test_past_span_rank_and_policy_size_are_no_targets(sentence):
    assert targets_of(sentence) == []


def test_past_span_reports_while_the_plans_year_after_it_sets_a_target():
    assert targets_of("2020—2022年完成改造1000户,2023年计划改造500户。") == [("500户", 500, N, "户", "=", 2023)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("2023—2025年完成老旧小区改造1000户。", [("1000户", 1000, N, "户", "=", 2025)]),  # a span still ahead
        ("认真落实《若干措施》,新建项目30个。", [("30个", 30, N, "个", "=", N)]),
    ],
)
def test_guard_span_ahead_and_counts_after_a_title_clause_stay(sentence, expected):
    assert targets_of(sentence) == expected


# --- 8. a task title that a PDF export's hard wrap cuts runs on to its 。 ---


def test_task_title_cut_by_a_pdf_wrap_is_whole():
    body = OPENING + ("三、重点任务\n"
                      "(一)实施城区与乡镇供水供气排水管网及附属设施一体化提\n"
                      "升改造行动。对老旧供水管网进行更新改造,2026年底前\n"
                      "完成全部老旧管网改造任务,切实提高供水保障能力和水平。\n"
                      "(市住房城乡建设局牵头)\n") + CLOSING
    doc = policyparse.parse(PDF_HEAD + body.replace("|", "\n"))  # the PDF's line ends
    assert [t.title for t in doc.tasks][0] == "实施城区与乡镇供水供气排水管网及附属设施一体化提升改造行动"


# --- free probe: a plain amount spent on the work after it, or the size of a task ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("投资3.5亿元建设污水处理厂1座。", [("3.5亿元", 3.5, N, "亿元", "=", N), ("1座", 1, N, "座", "=", N)]),
        ("总投资20亿元实施老旧小区改造。", [("20亿元", 20, N, "亿元", "=", N)]),
        ("确保完成省下达的12万吨减排任务。", [("12万吨", 12, N, "万吨", "=", N)]),
    ],
)
def test_planned_investment_and_size_of_a_task_are_targets(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize("sentence", ["争取5亿元专项再贷款。", "建设10万吨污水处理项目。", "对投资5亿元以上建设项目优先保障用地。"])
def test_guard_amounts_naming_a_facility_or_picking_projects_stay_out(sentence):
    assert targets_of(sentence) == []


# --- free probe: a yearly clause after a dated one is not dated by it ---


def test_yearly_clause_after_a_dated_clause_has_no_year():
    assert targets_of("2024年底前完成农户改厕2000户,每年新建农村公厕不少于20座。") == [
        ("2000户", 2000, N, "户", "=", 2024), ("不少于20座", 20, N, "座", ">=", N)]


def test_guard_a_year_leading_the_sentence_in_dates_its_yearly_amount():
    # the dongjiang-style goals sentence: 到YYYY年, governs every clause after it
    assert targets_of("到2025年,新建示范点30个,每年开展志愿服务活动不少于200场。") == [
        ("30个", 30, N, "个", "=", 2025), ("不少于200场", 200, N, "场", ">=", 2025)]


def test_guard_a_clause_without_each_year_keeps_the_dated_year():
    assert targets_of("2024年底前完成农户改厕2000户,新建农村公厕20座。") == [
        ("2000户", 2000, N, "户", "=", 2024), ("20座", 20, N, "座", "=", 2024)]


# --- free probe: a share written as a fraction, with a comparator or an aim verb before it ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("绿色建筑占新建建筑比例不少于1/3。", [("不少于1/3", 0.3333, N, N, ">=", N)]),
        ("力争民营经济占比达到三分之一。", [("三分之一", 0.3333, N, N, "=", N)]),
    ],
)
def test_fraction_after_a_comparator_or_an_aim_is_a_target(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize("sentence", ["按照1/3的比例配备。", "须经全体成员三分之二同意。"])
def test_guard_bare_fraction_stays_out(sentence):
    assert targets_of(sentence) == []


# --- free probe: 年度内 is the year's end, 年中 its middle ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("2023年度内完成全部改造任务。", [("2023年度内", "2023-12-31", N)]),
        ("2023年年中前完成规划编制。", [("2023年年中前", "2023-06-30", N)]),
        ("力争2024年年中建成投用。", [("2024年年中", "2024-06-30", N)]),
    ],
)
def test_within_the_years_term_and_mid_year(sentence, expected):
    assert deadlines_of(sentence) == expected


@pytest.mark.parametrize("sentence", ["编制2024年度计划。", "2023年度工作目标全面完成。"])
def test_guard_a_years_plan_or_a_report_sets_no_deadline(sentence):
    assert deadlines_of(sentence) == []


# --- free probe: concentration limits in 毫克 per cubic metre or litre are measures ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("颗粒物排放浓度不高于10毫克/立方米。", [("不高于10毫克/立方米", 10, N, "毫克/立方米", "<=", N)]),
        ("出水总磷浓度控制在0.3毫克/升以下。", [("0.3毫克/升以下", 0.3, N, "毫克/升", "<=", N)]),
    ],
)
def test_concentration_limits_are_targets(sentence, expected):
    assert targets_of(sentence) == expected


def test_guard_micrograms_per_cubic_metre_unchanged():
    assert targets_of("PM2.5平均浓度控制在35微克/立方米以下。") == [("35微克/立方米以下", 35, N, "微克/立方米", "<=", N)]


# --- free probe: a term counted from a start year ends in its last year ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("自2024年起,用3年时间完成全部改造。", [("自2024年起,用3年时间", "2026-12-31", N)]),
        ("从2024年开始,力争用三年左右时间,新建改建公园50个。", [("从2024年开始,力争用三年左右时间", "2026-12-31", N)]),
    ],
)
def test_term_counted_from_a_start_year(sentence, expected):
    assert deadlines_of(sentence, signed="2024年1月10日") == expected


@pytest.mark.parametrize("sentence", ["自2024年起,每年开展一次评估。", "用3年时间完成全部改造。"])
def test_guard_a_start_alone_or_a_term_alone_gives_none(sentence):
    assert deadlines_of(sentence, signed="2024年1月10日") == []


# --- free probe: a period dividing an amount (每人每月500元) is a rate, no recurring deadline ---


@pytest.mark.parametrize("sentence", ["生活补助标准为每人每月500元。", "护理补贴每月150元。"])
def test_period_of_a_rate_is_no_deadline(sentence):
    assert deadlines_of(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [("每月召开一次工作调度会。", [("每月", N, "monthly")]), ("每月5日前报送上月进展。", [("每月5日前", N, "monthly")])],
)
def test_guard_a_period_of_work_still_recurs(sentence, expected):
    assert deadlines_of(sentence) == expected


def test_a_period_before_a_day_or_a_count_of_times_still_recurs():
    # 每月150元 is a rate; 每月5号前 and 每季度1次 set when work is done
    import policyparse

    head = "东江市人民政府关于加强项目调度的通知\n各区人民政府:\n一、主要任务\n"
    doc = policyparse.parse(head + "(一)加强调度。各县区每月5号前报送项目进展情况,每季度1次召开调度会。\n东江市人民政府\n2024年8月10日\n")
    assert [d.recurring for t in doc.tasks for d in t.deadlines] == ["monthly", "quarterly"]


def test_a_quorum_is_no_target_and_a_period_qualifying_a_noun_no_deadline():
    # review R5: 须有超过三分之二的委员出席 is a procedure's quorum; “十四五”期间获得的奖励 names a set
    import policyparse

    head = "东江市人民政府关于加强人才工作的通知\n各区人民政府:\n一、主要任务\n"
    tail = "\n东江市人民政府\n2024年8月10日\n"
    doc = policyparse.parse(head + "(一)规范会议。召开会议须有超过三分之二的委员出席。女性成员比例不少于1/3。" + tail)
    assert [g.text for g in doc.targets] == ["不少于1/3"]
    doc = policyparse.parse(head + "(一)落实奖励。给予奖励。“十四五”期间获得的奖励不重复享受。(责任单位:市人社局)\n"
                            "(二)加强培训。“十四五”期间培训技能人才5000人次以上。(责任单位:市人社局)" + tail)
    assert [[d.date for d in t.deadlines] for t in doc.tasks] == [[], ["2025-12-31"]]
