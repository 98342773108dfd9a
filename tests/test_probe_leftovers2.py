"""Probe P2 (leftovers): deadlines, tasks and targets in shapes earlier rounds left open.

Every fragment is made up (invented place and body names, invented sentences) in the shapes
national, provincial, city and county notices use. Expected values are what a careful reader
annotates per the annotation guide and corpus/README.md's calls, worked out by reading; every
item's span must point at exactly its text. Each case failed before its fix; the guards beside
them show the nearest shape that must not change.
"""

from __future__ import annotations

import pytest

import policyparse

from fragments import deadlines_in, parsed_outline, targets_in, task_notice, titles

HEAD = "东江市人民政府办公室关于推进有关工作的通知\n各县(市、区)人民政府,市政府各部门:\n一、主要任务\n"
N = None


def tail(signed: str) -> str:
    return f"\n(二)加强保障。做好相关工作。\n东江市人民政府办公室\n{signed}\n"


def deadlines_of(sentence: str, signed: str = "2023年9月15日") -> list[tuple]:
    return deadlines_in(task_notice(sentence, HEAD, tail(signed)))


def targets_of(sentence: str, signed: str = "2023年3月1日") -> list[tuple]:
    return targets_in(task_notice(sentence, HEAD, tail(signed)))


# --- 1. a yearless date already over when the notice was signed: one rule for every shape ---


@pytest.mark.parametrize(
    "sentence",
    [
        "8月底前完成项目摸底。",  # with 前 (it was kept before, unlike 6月底完成)
        "请于6月30日前报送工作方案。",
        "完成时限:6月30日。",  # after a time label
        "二季度末前完成招标。",
    ],
)
def test_yearless_date_over_when_signed_sets_no_deadline(sentence):
    # a notice signed in September: the month had ended, the date reports or repeats (call 21)
    assert deadlines_of(sentence) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("6月底完成招标。", []),  # the shape that was already dropped
        ("11月底前完成验收。", [("11月底前", "2023-11-30", N)]),
        ("9月底前完成验收。", [("9月底前", "2023-09-30", N)]),  # the signing month is not over
        ("明年3月底前完成验收。", [("明年3月底前", "2024-03-31", N)]),
        ("2024年3月底前完成排查,6月底前完成整改。",
         [("2024年3月底前", "2024-03-31", N), ("6月底前", "2024-06-30", N)]),  # a later year carries
    ],
)
def test_yearless_date_guards(sentence, expected):
    assert deadlines_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # just past the turn of the year: the next year's (a reader does not date it to January past)
        ("请于1月10日前报送年度工作总结。", [("1月10日前", "2024-01-10", N)]),
        ("2月底前完成。", [("2月底前", "2024-02-29", N)]),  # the next year's last day of February
        ("一季度完成验收。", [("一季度", "2024-03-31", N)]),
        # further back it is over, as in September
        ("上半年完成摸底。", []),
        ("10月底前完成。", []),
        ("12月25日前报送。", [("12月25日前", "2023-12-25", N)]),
    ],
)
def test_yearless_date_in_a_december_notice(sentence, expected):
    assert deadlines_of(sentence, signed="2023年12月5日") == expected


def test_yearless_date_before_the_signing_month_in_a_spring_notice_is_kept():
    assert deadlines_of("8月底前完成项目摸底。", signed="2023年3月1日") == [("8月底前", "2023-08-31", N)]


# --- 5. dates written in figures as by-dates ------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("于2025.6.30前完成全面摸底。", [("2025.6.30前", "2025-06-30", N)]),
        ("2025/6/20前完成整改。", [("2025/6/20前", "2025-06-20", N)]),
        ("2025-06-20前完成验收工作。", [("2025-06-20前", "2025-06-20", N)]),
        ("2025.12底前完成评估。", [("2025.12底前", "2025-12-31", N)]),
        ("各项目2024.6.30完成竣工验收。", [("2024.6.30", "2024-06-30", N)]),
    ],
)
def test_dates_in_figures_before_qian_or_a_completion_verb(sentence, expected):
    assert deadlines_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "执行GB/T 2024.1-2020标准。",  # a standard's number
        "咨询电话0571-2024-0618。",
        "自2024.1.1起施行新标准。",  # a start, not a by-date
        "2021.6.30完成验收的项目纳入统计。",  # a date in figures before the notice's year and a verb: a fact
    ],
)
def test_figures_that_are_no_by_date(sentence):
    assert deadlines_of(sentence) == []


# --- 2. a year in the same sentence is found; none reaches across -----------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the part after 其中 opens with its own year
        ("新增市场主体3000户以上,其中2025年新增1000户。",
         [("3000户以上", 3000, N, "户", ">=", N), ("1000户", 1000, N, "户", "=", 2025)]),
        # a list of years' amounts: each amount its own year; the total none
        ("培育专精特新企业100家,其中2024年50家、2025年60家。",
         [("100家", 100, N, "家", "=", N), ("50家", 50, N, "家", "=", 2024), ("60家", 60, N, "家", "=", 2025)]),
        # the year of the part after 其中 does not date the total before it
        ("全市建成5G基站3000个,其中,2024年建成1000个。",
         [("3000个", 3000, N, "个", "=", N), ("1000个", 1000, N, "个", "=", 2024)]),
    ],
)
def test_year_of_the_part_after_qizhong(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a year that sets no by-date of its own still says by when, in the same sentence
        ("预计2025年全市充电桩达到1万个。", [("1万个", 1, N, "万个", "=", 2025)]),
        ("2025年:新增企业100家。", [("100家", 100, N, "家", "=", 2025)]),
        ("新增城镇就业5万人以上(2025年)。", [("5万人以上", 5, N, "万人", ">=", 2025)]),
    ],
)
def test_a_year_in_the_same_sentence_is_found(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("以2025年为基数,新增企业100家。", [("100家", 100, N, "家", "=", N)]),  # a base year
        ("执行2025年版标准,新建充电桩100个。", [("100个", 100, N, "个", "=", N)]),  # an edition
        ("从2024年开始,每年新增企业100家。", [("100家", 100, N, "家", "=", N)]),  # a start, and a yearly amount
        ("预计2022年全市充电桩达到1万个。", [("1万个", 1, N, "万个", "=", N)]),  # a year before the notice's
    ],
)
def test_a_year_that_says_no_by_when_is_no_targets_year(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a year later in the sentence still dates an amount before it
        ("全市建成5G基站3000个,2025年前全部投入使用。", [("3000个", 3000, N, "个", "=", 2025)]),
        # a clause opening with a year dates it
        ("全市新增城镇就业5万人,2025年达到6万人。", [("5万人", 5, N, "万人", "=", 2025), ("6万人", 6, N, "万人", "=", 2025)]),
        # a year opening a clause with a month is a date, not a list item's year
        ("2024年6月底前完成改造200户。", [("200户", 200, N, "户", "=", 2024)]),
        # no year in the sentence or the task: none
        ("全市政务服务事项网上可办率达到90%以上。", [("90%以上", 90, N, "%", ">=", N)]),
    ],
)
def test_same_sentence_year_guards(sentence, expected):
    assert targets_of(sentence) == expected


def test_a_year_in_a_later_sentence_of_the_task_does_not_date_an_earlier_target():
    doc = task_notice("全市政务服务事项网上可办率达到90%以上。到2026年底,建成一体化政务服务平台。", HEAD, tail("2023年3月1日"))
    assert targets_in(doc) == [("90%以上", 90, N, "%", ">=", N)]


def test_a_year_of_another_task_does_not_reach_across():
    doc = task_notice("到2026年底,建成一体化政务服务平台。", HEAD,
                      "\n(二)提升服务水平。全市政务服务事项网上可办率达到90%以上。\n东江市人民政府办公室\n2023年3月1日\n")
    assert targets_in(doc) == [("90%以上", 90, N, "%", ">=", N)]


# --- 4. 专栏 boxes (call 23) and grading items ----------------------------------------------

PLAN = "东江市制造业高质量发展行动计划\n一、总体要求\n以新发展理念为引领。\n二、主要任务\n"


def test_a_boxs_numbered_entries_are_items_and_its_plain_lines_the_host_items_text():
    # corpus/README.md call 23: the guide's task is a numbered actionable item, in a box or not
    doc = parsed_outline(PLAN + "(一)推进产业升级。加快传统产业改造,新增技改项目20个。\n"
                         "专栏1 产业升级重点工程\n1.智能制造工程。建设智能工厂10个。\n2.绿色制造工程。创建绿色工厂5家。\n"
                         "(二)推进园区建设。完善基础设施。\n专栏2 园区建设重点工程\n标准厂房:新建标准厂房50万平方米。\n"
                         "三、保障措施\n(一)强化考核。纳入年度考核。\n")
    assert titles(doc) == ["智能制造工程", "绿色制造工程", "推进园区建设", "强化考核"]
    tasks = {t.id: t.title for t in doc.tasks}
    assert [(g.text, tasks.get(g.task)) for g in doc.targets] == [
        ("20个", N), ("10个", "智能制造工程"), ("5家", "绿色制造工程"), ("50万平方米", "推进园区建设")]


def test_items_that_go_on_after_a_box_are_the_plans():
    # guard: the plan's numbering goes on after the box (3. after 2.): its items stay tasks
    doc = parsed_outline(PLAN + "(一)推进产业升级。\n1.实施技改工程。新增技改项目20个。\n2.培育新兴产业。新增企业30家。\n"
                         "专栏1 重点工程\n智能制造工程:建设智能工厂10个。\n3.强化要素保障。落实用地指标。\n(二)推进园区建设。完善基础设施。\n")
    assert titles(doc) == ["实施技改工程", "培育新兴产业", "强化要素保障", "推进园区建设"]


def test_a_box_named_in_running_text_is_no_box():
    # guard: 开设专栏 inside a sentence opens nothing
    doc = parsed_outline(PLAN + "(一)加强宣传。在市级媒体开设专栏\n1.宣传典型经验。\n2.曝光反面案例。\n(二)推进园区建设。完善基础设施。\n")
    assert titles(doc) == ["宣传典型经验", "曝光反面案例", "推进园区建设"]


@pytest.mark.parametrize(
    "item",
    [
        "(二)考核等次。考核结果分为优秀、良好、合格、不合格四个等次。",
        "(二)考核结果分为优秀、良好、一般、较差四个档次。",
        "(二)考核结果分为优秀、良好、合格、不合格四个等次。得分90分以上为优秀,75分至89分为良好,60分至74分为合格,60分以下为不合格。",
    ],
)
def test_an_item_that_only_sets_grades_is_no_task(item):
    doc = parsed_outline(PLAN + "(一)推进产业升级。加快传统产业改造。\n三、考核评价\n(一)强化考核。将工作纳入年度考核。\n" + item + "\n")
    assert titles(doc) == ["推进产业升级", "强化考核"]


def test_an_item_that_grades_and_uses_the_grades_stays_a_task():
    # guard: a sentence of work beside the grades keeps the item
    doc = parsed_outline(PLAN + "(一)推进产业升级。加快传统产业改造。\n三、考核评价\n"
                         "(一)运用考核结果。考核结果分为优秀、良好、合格、不合格四个等次,作为评先评优的重要依据。对考核不合格的县区进行约谈。\n")
    assert titles(doc) == ["推进产业升级", "运用考核结果"]


# --- targets of a safety plan that name a class of accident ---------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("重大事故隐患整改率达到100%。", [("100%", 100, N, "%", "=", N)]),
        ("坚决遏制重特大事故,较大事故起数下降20%。", [("下降20%", 20, N, "%", "=", N)]),
        ("较大突发事件应急处置率达到100%。", [("100%", 100, N, "%", "=", N)]),
        # a cap on incidents (起, 宗: counts of incidents and cases)
        ("较大事故发生起数不超过2起。", [("不超过2起", 2, N, "起", "<=", N)]),
        ("重大事故起数控制在3起以内。", [("3起以内", 3, N, "起", "<=", N)]),
    ],
)
def test_a_class_of_accident_naming_the_metric_keeps_the_target(sentence, expected):
    assert targets_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "特别重大事故:造成30人以上死亡,或者100人以上重伤。",
        "较大事故,是指造成3人以上10人以下死亡的事故。",
        "Ⅰ级响应:受灾人口超过100万人。",  # a level's floor written before the number
        "一般事故:造成死亡人数少于3人。",
    ],
)
def test_the_thresholds_that_define_a_class_stay_out(sentence):
    assert targets_of(sentence) == []


# --- the metric: an indicator's name holds the verbs before its 率/比/强度 ---------------------


def metrics_of(sentence: str) -> list[tuple[str, str | None]]:
    doc = task_notice(sentence, HEAD, tail("2023年3月1日"))
    return [(t.text, t.metric) for t in doc.targets]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("农村生活污水治理率达到40%。", [("40%", "农村生活污水治理率")]),
        ("政务服务事项网上可办率达到90%以上。", [("90%以上", "政务服务事项网上可办率")]),
        ("税收占比达到75%以上。", [("75%以上", "税收占比")]),
        ("研发投入强度达到2.5%。", [("2.5%", "研发投入强度")]),
        ("确保农村生活污水治理率达到40%。", [("40%", "农村生活污水治理率")]),  # the governing verb stays out
        ("规上工业增加值同比增长8%以上。", [("增长8%以上", "工业增加值")]),  # 同比 says against what
    ],
)
def test_metric_of_an_indicator(sentence, expected):
    assert metrics_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("全市森林覆盖率达到45%以上。", [("45%以上", "全市森林覆盖率")]),
        ("城镇化率提高1.5个百分点。", [("提高1.5个百分点", "城镇化率")]),
        ("单位地区生产总值能耗降低3%左右。", [("降低3%左右", "单位地区生产总值能耗")]),
    ],
)
def test_metric_guards(sentence, expected):
    assert metrics_of(sentence) == expected


# --- a lead-in line of its own under a goals paragraph -----------------------------------------

GOALS = ("东江市数字经济发展行动计划\n一、工作目标\n到2025年,全市数字经济核心产业增加值达到500亿元。\n{lead}\n"
         "——产业规模持续扩大。软件业务收入突破100亿元。\n——创新能力显著增强。新增高新技术企业200家。\n"
         "二、重点任务\n(一)推进数字产业化。引进数字经济项目30个。\n东江市人民政府\n2023年6月1日\n")


def test_goal_items_below_a_lead_in_line_take_the_year_of_the_paragraph_above():
    doc = parsed_outline(GOALS.format(lead="具体目标如下:"))
    assert [(t.text, t.year) for t in doc.targets] == [("500亿元", 2025), ("突破100亿元", 2025), ("200家", 2025), ("30个", N)]


def test_goal_items_below_a_lead_in_that_is_no_goal_take_no_year():
    # guard: a line of work above the items, not a lead-in to goals
    doc = parsed_outline(GOALS.format(lead="重点抓好以下工作:"))
    assert [(t.text, t.year) for t in doc.targets] == [("500亿元", 2025), ("突破100亿元", N), ("200家", N), ("30个", N)]


# --- staffing after a comparator -----------------------------------------------------------------


def test_staffing_after_a_comparator_is_no_target():
    assert targets_of("每个村至少配备1名网格员。") == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("每个专业至少2名骨干人员参加培训。", [("至少2名", 2, N, "名", ">=", N)]),  # no staffing verb: a quota
        ("力争每个县区至少打造1个特色产业园区。", [("至少打造1个", 1, N, "个", ">=", N)]),
    ],
)
def test_comparator_guards(sentence, expected):
    assert targets_of(sentence) == expected



# --- the start of a change named with 的 -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("国家级高新技术企业从2022年的50家增加到100家。", [("100家", 100, N, "家", "=", N)]),
        ("农村卫生厕所普及率由目前的60%提高到80%以上。", [("80%以上", 80, N, "%", ">=", N)]),
    ],
)
def test_the_start_of_a_change_named_with_de_is_no_target(sentence, expected):
    assert targets_of(sentence) == expected


def test_an_amount_after_de_that_starts_no_change_stays():
    # guard: 的 before an amount with no change after it
    assert targets_of("从全市的规上企业中培育龙头企业10家。") == [("10家", 10, N, "家", "=", N)]


def test_an_item_that_grades_the_units_it_supervises_is_work():
    # guard: 分为…等级 as a way of managing enterprises, not the grades of an assessment
    doc = parsed_outline(PLAN + "(一)实行分类管理。将企业分为A、B、C、D四个等级。\n(二)推进产业升级。加快传统产业改造。\n")
    assert titles(doc) == ["实行分类管理", "推进产业升级"]


# --- the scope of an inspection is framing ---------------------------------------------------

CHECK = ("东江市安全生产大检查工作方案\n一、{scope}\n全市所有生产经营单位。\n二、检查步骤\n"
         "1.企业自查。各企业对照标准开展自查。\n2.部门抽查。各行业主管部门开展抽查。\n")


def test_the_scope_of_an_inspection_is_no_task():
    assert titles(parsed_outline(CHECK.format(scope="检查范围"))) == ["企业自查", "部门抽查"]


def test_a_measure_on_the_scope_stays_a_task():
    # guard: a caption that acts on the scope (扩大检查范围) is work
    assert titles(parsed_outline(CHECK.format(scope="扩大检查范围"))) == ["扩大检查范围", "企业自查", "部门抽查"]


# --- date labels ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("截止日期:2023.12.31。", [("2023.12.31", "2023-12-31", N)]),
        ("完成日期:2023年12月。", [("2023年12月", "2023-12-31", N)]),
    ],
)
def test_a_date_label_sets_a_time_limit(sentence, expected):
    assert deadlines_of(sentence, signed="2023年3月1日") == expected


def test_a_date_label_ends_a_unit_list():
    doc = task_notice("责任单位:市发改委、市财政局;截止日期:2023年12月31日。", HEAD, tail("2023年3月1日"))
    task = next(t for t in doc.tasks if t.title == "推进工作")
    assert sorted(u.name for u in task.units) == ["市发改委", "市财政局"]


# --- goals whose year a heading or a lead-in line with a colon names ----------------------------

AIMS = "东江市工业倍增行动方案\n一、工作目标\n{goals}二、重点任务\n(一)推进项目建设。开展招商引资。\n东江市人民政府\n2023年3月1日\n"


@pytest.mark.parametrize(
    "goals",
    [
        "(一)2023年目标。全市新增规上企业100家。\n(二)2025年目标。全市规上企业达到2000家以上。\n",
        "1.近期目标(2023年)\n全市新增规上企业100家。\n2.远期目标(2025年)\n全市规上企业达到2000家以上。\n",
        "到2023年底:\n——新增规上企业100家;\n到2025年底:\n——规上企业达到2000家以上。\n",
    ],
)
def test_goals_take_the_year_their_heading_or_lead_in_names(goals):
    doc = parsed_outline(AIMS.format(goals=goals))
    assert [(t.text, t.year) for t in doc.targets] == [("100家", 2023), ("2000家以上", 2025)]


@pytest.mark.parametrize(
    "goals, years",
    [
        # a heading with no year, or a past year's (a report), gives none
        ("(一)近期目标。全市新增规上企业100家。\n(二)远期目标。全市规上企业达到2000家以上。\n", [N, N]),
        ("(一)2022年目标完成情况。全市新增规上企业100家。\n(二)2025年目标。全市规上企业每年新增2000家以上。\n", [N, N]),
    ],
)
def test_goal_heading_guards(goals, years):
    doc = parsed_outline(AIMS.format(goals=goals))
    assert [t.year for t in doc.targets] == years


def test_a_box_that_opens_a_part_leaves_its_items_alone():
    # guard: the box stands before any text of the part: the items after it may be the part's own
    doc = parsed_outline(PLAN + "专栏1 主要指标\n(一)推进产业升级。加快传统产业改造。\n(二)推进园区建设。完善基础设施。\n")
    assert titles(doc) == ["推进产业升级", "推进园区建设"]


# --- 3. time limits: the days a procedure takes are durations (out), a cut in them is a target ---


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("工程建设项目审批时间压缩至1个工作日以内。", []),
        ("办结时限不超过5个工作日。", []),
        ("获得电力时间不超过15天。", []),
        ("审批时限平均缩短50%以上。", [("缩短50%以上", 50, N, "%", ">=", N)]),
        ("承诺时限压缩至法定时限的40%以内。", [("40%以内", 40, N, "%", "<=", N)]),
    ],
)
def test_time_limits_are_durations_and_their_cuts_are_targets(sentence, expected):
    assert targets_of(sentence) == expected


# --- the goals of a campaign are framing -------------------------------------------------------

CAMPAIGN = ("南湖县城乡环境卫生集中整治工作方案\n一、{caption}\n通过集中整治,到2024年底,全县生活垃圾无害化处理率达到95%以上。\n"
            "二、整治内容\n(一)清理生活垃圾。全面清理积存垃圾。\n(二)整治乱堆乱放。完成主干道沿线清理。\n")


@pytest.mark.parametrize("caption", ["整治目标", "攻坚目标", "总目标"])
def test_the_goals_of_a_campaign_are_no_task(caption):
    doc = parsed_outline(CAMPAIGN.format(caption=caption))
    assert titles(doc) == ["清理生活垃圾", "整治乱堆乱放"]
    assert [(t.text, t.task, t.year) for t in doc.targets] == [("95%以上", N, 2024)]


def test_work_on_the_goals_is_a_task():
    # guard: the caption acts on goals (提升目标质量): work
    doc = parsed_outline(CAMPAIGN.format(caption="提升目标质量"))
    assert titles(doc) == ["提升目标质量", "清理生活垃圾", "整治乱堆乱放"]


# --- a cap written 上限 ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("单个项目补助上限为500万元。", [("500万元", 500, N, "万元", "<=", N)]),
        ("奖励上限500万元。", [("上限500万元", 500, N, "万元", "<=", N)]),
        ("补助下限为10万元。", [("10万元", 10, N, "万元", ">=", N)]),
    ],
)
def test_a_cap_written_shangxian(sentence, expected):
    assert targets_of(sentence) == expected


def test_a_cap_the_text_moves_sets_no_comparator():
    # guard: as 将最低工资调至2000元, the cap names what is moved to the amount
    assert targets_of("补助上限调至500万元。") == [("500万元", 500, N, "万元", "=", N)]


# --- a campaign's window that runs from a start to a date --------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("自即日起至2023年12月底,在全市开展专项整治行动。", [("至2023年12月底", "2023-12-31", N)]),
        ("从2023年4月起至2023年12月,在全市开展专项整治行动。", [("至2023年12月", "2023-12-31", N)]),
        # a time-limited measure's window gives its end (call 14)
        ("自2023年4月1日起至2025年3月31日,对小微企业减半征收。", [("至2025年3月31日", "2025-03-31", N)]),
    ],
)
def test_the_end_of_a_window_from_a_start_is_a_deadline(sentence, expected):
    assert deadlines_of(sentence, signed="2023年3月1日") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "上述措施执行期自发布之日起至2023年12月底。",  # how long measures hold (call 14)
        "本措施有效期自2023年4月1日起至2025年3月31日。",
        "符合条件的可延期至2023年6月30日。",  # a deferral's end
    ],
)
def test_a_validity_from_a_start_is_no_deadline(sentence):
    assert deadlines_of(sentence, signed="2023年3月1日") == []


def test_a_tasks_own_deadline_dates_its_targets_before_a_goals_heading():
    doc = parsed_outline("东江市工业倍增行动方案\n一、2023年重点任务和目标\n(一)推进平台建设。加快建设,2025年底前建成平台。新增企业100家。\n"
                         "(二)推进项目建设。新增项目20个。\n东江市人民政府\n2023年3月1日\n")
    assert [(t.text, t.year) for t in doc.targets] == [("100家", 2025), ("20个", 2023)]


def test_a_line_opening_with_zhuanlan_as_a_word_is_no_box():
    # guard: 专栏宣传… opens a line of work, not a numbered box
    doc = parsed_outline(PLAN + "(一)加强宣传。用好各类媒体。\n专栏宣传典型经验做法,曝光反面案例\n1.宣传典型经验。\n2.曝光反面案例。\n(二)推进园区建设。完善基础设施。\n")
    assert titles(doc) == ["宣传典型经验", "曝光反面案例", "推进园区建设"]


def test_cases_counted_in_zong_are_a_measure():
    assert targets_of("查处侵权假冒案件100宗以上。") == [("100宗以上", 100, N, "宗", ">=", N)]


@pytest.mark.parametrize("sentence", ["自2024年起实施。", "从3月1日起,开展整治。", "造成3起以上较大事故的,实行一票否决。"])
def test_qi_after_a_date_or_in_a_condition_is_no_target(sentence):
    assert targets_of(sentence) == []


# --- an item that only says whom to call ----------------------------------------------------------


def test_an_item_of_contacts_is_no_task():
    doc = parsed_outline(PLAN + "(一)推进产业升级。加快传统产业改造。\n三、其他事项\n联系人:张三,联系电话:0571-12345678。\n")
    assert titles(doc) == ["推进产业升级"]


def test_an_item_with_work_beside_its_contacts_stays_a_task():
    # guard: a request to report, then the contact
    doc = parsed_outline(PLAN + "(一)推进产业升级。加快传统产业改造。\n三、其他事项\n请各地及时报送进展情况。联系人:张三,联系电话:0571-12345678。\n")
    assert titles(doc) == ["推进产业升级", "其他事项"]


# --- a span of years right before a completion verb -------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("2023—2025年全面完成老旧小区改造任务。", [("2023—2025年", "2025-12-31", N)]),
        ("2023-2025年建成充电桩1万个。", [("2023-2025年", "2025-12-31", N)]),
    ],
)
def test_a_span_of_years_before_a_completion_verb_ends_in_a_deadline(sentence, expected):
    assert deadlines_of(sentence, signed="2023年3月1日") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "实施三年行动计划(2023-2025年)。",  # a plan's name
        "2023年至2025年,每年改造100个小区。",  # a span with no completion verb after it
        "2020—2022年完成改造1000户。",  # a span over before the notice
    ],
)
def test_spans_of_years_that_set_no_deadline(sentence):
    assert deadlines_of(sentence, signed="2023年3月1日") == []


def test_a_date_missing_its_day_mark_before_qi_is_no_count_of_cases():
    # 起 counts cases (不少于10起); after 月 it is the start of a date whose 日 was dropped
    doc = parsed_outline(PLAN + "(一)加强执法。全年查处违法案件不少于10起。本方案自2024年7月1起施行。\n")
    assert [t.text for t in doc.targets] == ["不少于10起"]


def test_a_base_year_or_a_year_in_a_documents_name_dates_no_target():
    head = "东江市人民政府关于做好粮食生产工作的通知\n各区人民政府:\n一、主要任务\n"
    for sentence, year in [("(一)稳定产量。粮食产量比2024年增长2%以上。", N),
                           ("(一)建设农田。按照《2025年全省粮食工作要点》部署,建设高标准农田10万亩。", N),
                           ("(一)增加耕地。预计2025年新增耕地1万亩。", 2025)]:  # guard: a year of the plan's own
        doc = policyparse.parse(head + sentence + "\n东江市人民政府\n2024年8月10日\n")
        assert [t.year for t in doc.targets] == [year], sentence


def test_a_safety_plans_floor_is_an_aim_and_a_level_defined_stays_none():
    head = "东江市人民政府关于加强安全生产工作的通知\n各区人民政府:\n一、主要任务\n"
    for sentence, expected in [("(一)强化整改。重大事故隐患整改率不低于90%。", ["不低于90%"]),
                               ("(一)明确等级。较大事故是指一次死亡人数达到3人以上、不超过9人的事故。", []),
                               ("(一)遏制事故。较大事故起数下降20%,一般事故不超过2起。", ["下降20%", "不超过2起"])]:
        doc = policyparse.parse(head + sentence + "\n东江市人民政府\n2024年8月10日\n")
        assert [t.text for t in doc.targets] == expected, sentence


def test_a_past_figure_date_describing_a_noun_and_a_validity_ending_in_youxiao_are_no_deadlines():
    head = "东江市人民政府关于推进老旧小区改造工作的通知\n各区人民政府:\n一、主要任务\n"
    for sentence, expected in [("(一)改造小区。对2000.12前建成的小区实施改造。", []),
                               ("(一)明确期限。本方案自印发之日起至2026年12月31日有效。", []),
                               ("(一)推进改造。于2025.6.30前完成摸底。", ["2025-06-30"])]:  # guard
        doc = policyparse.parse(head + sentence + "\n东江市人民政府\n2024年8月10日\n")
        assert [d.date for t in doc.tasks for d in t.deadlines] == expected, sentence


def test_a_definition_elsewhere_in_the_sentence_keeps_a_safety_aim():
    # 分为/是指 in another clause of the sentence define something else: the aim stays
    head = "东江市人民政府关于加强安全生产工作的通知\n各区人民政府:\n一、主要任务\n"
    for sentence, expected in [
            ("(一)管控风险。到2025年,全市重大事故隐患整改率达到100%,企业按风险等级分为红、橙、黄、蓝四级实施分级管控。", ["100%"]),
            ("(一)遏制事故。到2025年,较大事故起数下降20%,一般事故是指造成3人以下死亡的事故。", ["下降20%"])]:
        doc = policyparse.parse(head + sentence + "\n东江市人民政府\n2024年8月10日\n")
        assert [t.text for t in doc.targets] == expected, sentence
