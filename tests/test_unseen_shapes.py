"""Shapes of metadata, deadlines and targets that the corpus does not show.

Every fragment here is made up (generic place and body names, invented sentences), in the
layouts Chinese government notices use. Expected values are what a careful reader annotates
per the annotation guide; every item's span must point at exactly its text.
"""

from __future__ import annotations

import pytest

import policyparse
from fragments import deadlines_in, targets_in, task_notice

# --- helpers --------------------------------------------------------------------------------

HEAD = "东江市人民政府关于推进有关工作的通知\n各区县人民政府,市政府各部门:\n一、主要任务\n"
TAIL = "\n(二)加强保障。做好相关工作。\n东江市人民政府\n2023年3月1日\n"


def _task_doc(sentence: str):
    return task_notice(sentence, HEAD, TAIL)


def deadlines_of(sentence: str) -> list[tuple]:
    return deadlines_in(_task_doc(sentence))


def targets_of(sentence: str) -> list[tuple]:
    return targets_in(_task_doc(sentence))


# --- metadata -------------------------------------------------------------------------------

WRAPPER = (
    "{title}\n{number}\n各区县人民政府,市政府各部门、各直属机构:\n"
    "{handover}\n{attachments}东江市人民政府办公室\n{date}\n{plan}"
    "一、总体要求\n到2025年,全市行政村5G网络覆盖率达100%。\n"
    "二、重点任务\n(一)加强网络建设。2024年6月底前,新建基站不少于100个。\n"
)


def wrapper(**parts) -> str:
    defaults = {
        "title": "东江市人民政府办公室关于印发《东江市数字乡村建设实施方案》的通知",
        "number": "东府办发〔2023〕12号",
        "handover": "《东江市数字乡村建设实施方案》已经市政府同意,现印发给你们,请认真贯彻执行。",
        "attachments": "",
        "date": "2023年5月10日",
        "plan": "东江市数字乡村建设实施方案\n",
    }
    return WRAPPER.format(**{**defaults, **parts})


@pytest.mark.parametrize("number", ["东府办发〔2023〕12号", "东府办发[2023]12号", "东府办发(2023)12号", "东府办发【2023】12号", "东府办发（2023）12号"])
def test_doc_number_with_any_bracket_around_the_year(number):
    md = policyparse.parse(wrapper(number=number)).metadata
    assert md.doc_number == number.replace("（", "(").replace("）", ")")  # full-width brackets fold
    assert md.issuer == "东江市人民政府办公室"
    assert md.recipients == ["各区县人民政府", "市政府各部门、各直属机构"]


@pytest.mark.parametrize(
    "line, recipients",
    [
        ("各乡镇(街道),县直各单位:", ["各乡镇(街道)", "县直各单位"]),
        ("各有关单位:", ["各有关单位"]),
        ("主送:各区县人民政府,市政府各部门", ["各区县人民政府", "市政府各部门"]),  # a labelled line
        ("主送机关:各区县人民政府,市政府各部门。", ["各区县人民政府", "市政府各部门"]),
    ],
)
def test_recipient_lines(line, recipients):
    text = wrapper().replace("各区县人民政府,市政府各部门、各直属机构:", line)
    md = policyparse.parse(text).metadata
    assert md.recipients == recipients
    assert md.doc_number == "东府办发〔2023〕12号"


@pytest.mark.parametrize("date, iso", [("二〇二三年五月十日", "2023-05-10"), ("二○二三年十二月二十日", "2023-12-20"), ("2023年5月10日", "2023-05-10")])
def test_signed_date_in_chinese_numerals(date, iso):
    assert policyparse.parse(wrapper(date=date)).metadata.signed_date == iso


@pytest.mark.parametrize("line", ["2023年5月10日印发", "(2023年5月10日)", "2023年5月10日(此件公开发布)", "东江市人民政府办公室2023年5月10日"])
def test_signed_date_line_with_its_closing_words(line):
    md = policyparse.parse(wrapper(date=line)).metadata
    assert (md.signed_date, md.issuer) == ("2023-05-10", "东江市人民政府办公室")


@pytest.mark.parametrize(
    "title, handover, plan",
    [
        # the plan's title on its own line under the notice
        ("东江市人民政府办公室关于印发《东江市数字乡村建设实施方案》的通知", None, None),
        # 〈〉 for the book-title marks, and no plan title line: read from the title, without marks
        ("东江市人民政府办公室关于印发〈东江市数字乡村建设实施方案〉的通知",
         "经市政府同意,现将〈东江市数字乡村建设实施方案〉印发给你们,请认真组织实施。", ""),
        # no marks at all in the title
        ("东江市人民政府办公室关于印发东江市数字乡村建设实施方案的通知", None, ""),
        # a title that does not say 印发: the wrapper sentence names the plan it hands over
        ("东江市人民政府办公室关于加快数字乡村建设的通知",
         "为加快数字乡村建设,经市政府同意,现将《东江市数字乡村建设实施方案》印发给你们,请认真组织实施。", ""),
    ],
)
def test_enclosed_title(title, handover, plan):
    parts = {"title": title}
    if handover is not None:
        parts["handover"] = handover
    if plan is not None:
        parts["plan"] = plan
    md = policyparse.parse(wrapper(**parts)).metadata
    assert md.enclosed_title == "东江市数字乡村建设实施方案"
    assert md.title == title


def test_forwarded_document_is_the_enclosed_one():
    md = policyparse.parse(wrapper(
        title="东江市人民政府办公室关于转发市发展改革委《关于加快推进重大项目建设的实施意见》的通知",
        handover="市发展改革委《关于加快推进重大项目建设的实施意见》已经市政府同意,现转发给你们,请认真贯彻执行。",
        plan="",
    )).metadata
    assert md.enclosed_title == "关于加快推进重大项目建设的实施意见"


def test_plan_with_its_period_in_the_title():
    title = "东江市人民政府办公室关于印发东江市营商环境优化行动计划(2023—2025年)的通知"
    md = policyparse.parse(wrapper(title=title, handover="现将《东江市营商环境优化行动计划(2023—2025年)》印发给你们。",
                                   plan="东江市营商环境优化行动计划\n(2023—2025年)\n")).metadata
    assert md.enclosed_title == "东江市营商环境优化行动计划(2023—2025年)"
    assert (md.period.start, md.period.end) == (2023, 2025)
    assert md.doc_type == "通知"


@pytest.mark.parametrize("period_line", ["(2023—2025年)", "(2023-2025)"])
def test_plan_period_on_the_line_under_the_plans_title(period_line):
    md = policyparse.parse(wrapper(
        title="东江市人民政府办公室关于印发东江市营商环境优化行动计划的通知",
        handover="现将行动计划印发给你们,请认真贯彻执行。",
        plan="东江市营商环境优化行动计划\n" + period_line + "\n",
    )).metadata
    assert md.enclosed_title == "东江市营商环境优化行动计划" + period_line
    assert (md.period.start, md.period.end) == (2023, 2025)


@pytest.mark.parametrize(
    "attachments",
    [
        "附件:1.重点任务分工表 2.年度考核指标\n",
        "附件:1.重点任务分工表\n2.年度考核指标\n",
        "附件:\n1.重点任务分工表\n2.年度考核指标\n",
        "附件:1、重点任务分工表\n2、年度考核指标\n",
        "附件:1.重点任务分工表;2.年度考核指标\n",  # items separated by a semicolon: not part of the title
        "附件:(1)重点任务分工表\n(2)年度考核指标\n",  # bracketed item numbers
        "附件1:重点任务分工表\n附件2:年度考核指标\n",  # one numbered label a line
    ],
)
def test_attachment_lists(attachments):
    md = policyparse.parse(wrapper(attachments=attachments)).metadata
    assert md.attachments == ["重点任务分工表", "年度考核指标"]


def test_plain_notice_with_te_ci_tong_zhi_encloses_nothing():
    text = (
        "东江市人民政府关于做好冬季安全生产工作的通知\n东政发〔2023〕30号\n各区县人民政府,市政府各部门:\n"
        "为切实做好冬季安全生产工作,现就有关事项通知如下:\n一、落实工作责任\n"
        "(一)压实属地责任。各区县于2023年12月15日前开展一次全面检查。\n特此通知。\n东江市人民政府\n2023年11月20日\n"
    )
    md = policyparse.parse(text).metadata
    assert md.enclosed_title is None and md.attachments == []
    assert (md.doc_number, md.issuer, md.signed_date) == ("东政发〔2023〕30号", "东江市人民政府", "2023-11-20")


@pytest.mark.parametrize("attachments", ["附件:1.重点任务分工表;2.年度考核指标", "附件:(1)重点任务分工表(2)年度考核指标"])
def test_flat_text_number_run_into_the_title(attachments):
    """OCR text with no line breaks: the 字号 follows the title's 的通知 directly."""
    text = wrapper(attachments=attachments).replace("\n", "") + "推进各项任务落实。" * 60
    md = policyparse.parse(text).metadata
    assert md.doc_number == "东府办发〔2023〕12号"
    assert md.recipients == ["各区县人民政府", "市政府各部门、各直属机构"]
    assert md.attachments == ["重点任务分工表", "年度考核指标"]
    assert (md.signed_date, md.enclosed_title) == ("2023-05-10", "东江市数字乡村建设实施方案")


# --- deadlines ------------------------------------------------------------------------------

DEADLINES = [
    ("2024年6月底前,完成改造。", [("2024年6月底前", "2024-06-30", None)]),
    ("于2023年12月31日前完成平台建设。", [("2023年12月31日前", "2023-12-31", None)]),
    ("2025年年底前全面建成。", [("2025年年底前", "2025-12-31", None)]),
    ("2023年第三季度前完成招标。", [("2023年第三季度前", "2023-09-30", None)]),
    ("2024年上半年,完成试点。", [("2024年上半年", "2024-06-30", None)]),
    ("完成时限:2023年12月。", [("2023年12月", "2023-12-31", None)]),
    ("时间节点:2024年3月底。", [("2024年3月底", "2024-03-31", None)]),
    ("每年12月底前报送年度总结。", [("每年12月底前", None, "yearly")]),
    # shapes the corpus does not show
    ("2024年第一季度末前完成验收。", [("2024年第一季度末前", "2024-03-31", None)]),  # the whole phrase
    ("2023年年内完成清理。", [("2023年年内", "2023-12-31", None)]),  # one mention, not 2023年 + 年内
    ("至2025年,建成服务体系。", [("至2025年", "2025-12-31", None)]),  # 至 opening a clause reads as 到
    ("力争至2025年建成服务体系。", [("至2025年", "2025-12-31", None)]),
    ("6月30日前报送实施方案。", [("6月30日前", "2023-06-30", None)]),  # the notice's year
    ("二季度末前完成招标。", [("二季度末前", "2023-06-30", None)]),
    ("明年6月底前完成验收。", [("明年6月底前", "2024-06-30", None)]),  # the year after the notice's
    ("每年6月30日前报送进展。", [("每年6月30日前", None, "yearly")]),
    ("每季度末前报送进展。", [("每季度末前", None, "quarterly")]),
    ("2023年12月底完成改造。", [("2023年12月底", "2023-12-31", None)]),  # a completion verb right after
    ("各区县2024年6月完成验收。", [("2024年6月", "2024-06-30", None)]),
    ("各地要在年底前完成摸排。", [("年底前", "2023-12-31", None)]),  # the notice's year
    ("完成时限:2023.12。", [("2023.12", "2023-12-31", None)]),  # a date in figures after the label
    ("到“十四五”末,建成服务体系。", [("到“十四五”末", "2025-12-31", None)]),  # the plan period's last year
    ("2023年9月至2024年6月,开展专项整治。", [("2023年9月至2024年6月", "2024-06-30", None)]),  # a span: its end
    ("完成时限:2024-06-30。", [("2024-06-30", "2024-06-30", None)]),
    ("时间安排:2024年6月。", [("2024年6月", "2024-06-30", None)]),  # other time-limit labels
    ("完成期限:2024年9月。", [("2024年9月", "2024-09-30", None)]),
    ("截至年底,完成摸排。", [("截至年底", "2023-12-31", None)]),
    ("每年底前报送进展。", [("每年底前", None, "yearly")]),
    ("每年年初制定年度计划。", [("每年年初", None, "yearly")]),
    # not deadlines
    ("长期坚持,持续推进。", []),
    ("完成时限:长期坚持。", []),  # an open-ended duty sets no point in time
    ("自2023年起,每年安排专项资金。", []),  # a start, not a by-date
    ("2022年以来,全市已建成基站1200个。", []),
    ("根据2021年数据,研究提出措施。", []),
    ("2023年5月10日召开动员会。", []),  # the date of an event, not a by-date
    ("还款期限可延期至2024年6月30日。", []),  # a validity, not a by-date for work
    ("年底召开总结会。", []),  # an event at the year's end, no by-date
    ("“十四五”期间,持续推进改革。", []),  # a period, not its end
    ("执行2023.12版技术规范。", []),  # figures that are no labelled date
    ("2023年4月至2025年,分阶段推进。", []),  # a span of time
]


@pytest.mark.parametrize("sentence, expected", DEADLINES)
def test_deadline_shapes(sentence, expected):
    assert deadlines_of(sentence) == expected


# --- targets --------------------------------------------------------------------------------

TARGETS = [
    ("新建基站不少于100家。", [("不少于100家", 100, None, "家", ">=", None)]),
    ("接入单位达到95%以上。", [("95%以上", 95, None, "%", ">=", None)]),
    ("办理时限压缩比例控制在5%以内。", [("5%以内", 5, None, "%", "<=", None)]),
    ("城镇化率提高到80%。", [("80%", 80, None, "%", "=", None)]),
    ("市场主体数量增长10%左右。", [("增长10%左右", 10, None, "%", "~", None)]),
    ("培育示范村3~5个。", [("3~5个", 3, 5, "个", "range", None)]),
    ("新建养老机构三至五个。", [("三至五个", 3, 5, "个", "range", None)]),
    ("安排专项资金1000万元以上。", [("1000万元以上", 1000, None, "万元", ">=", None)]),
    ("行政村5G网络覆盖率达100%。", [("100%", 100, None, "%", "=", None)]),
    ("单位能耗降低15个百分点。", [("降低15个百分点", 15, None, "个百分点", "=", None)]),
    ("力争到2025年,建成智慧社区50个以上。", [("50个以上", 50, None, "个", ">=", 2025)]),
    ("2024年6月底前,数字经济规模达到1000亿元。", [("1000亿元", 1000, None, "亿元", "=", 2024)]),
    ("到“十四五”末,数字经济规模达到1000亿元。", [("1000亿元", 1000, None, "亿元", "=", 2025)]),
    # shapes the corpus does not show
    ("群众满意度达到百分之九十以上。", [("百分之九十以上", 90, None, "%", ">=", None)]),  # a rate in words
    ("比例不低于百分之三十。", [("不低于百分之三十", 30, None, "%", ">=", None)]),
    ("发病率控制在千分之五以内。", [("千分之五以内", 5, None, "‰", "<=", None)]),
    ("新增投资10亿元至20亿元。", [("10亿元至20亿元", 10, 20, "亿元", "range", None)]),  # the measure at both ends
    ("争取专项债券额度50亿—80亿元。", [("50亿—80亿元", 50, 80, "亿元", "range", None)]),  # the magnitude at both ends
    ("新增加装电梯200部以上。", [("200部以上", 200, None, "部", ">=", None)]),  # 部 counts lifts, laws
    ("平台改造分为5部分实施。", []),  # 部分: the plan's own parts
    ("每户补助3万-5万元。", [("3万-5万元", 3, 5, "万元", "range", None)]),
    ("新增耕地5万亩以上。", [("5万亩以上", 5, None, "万亩", ">=", None)]),  # a magnitude with no range stays the value's
    ("培育龙头企业3家到5家。", [("3家到5家", 3, 5, "家", "range", None)]),
    ("至少建成1个示范基地。", [("至少建成1个", 1, None, "个", ">=", None)]),  # 至少 governs the verb after it
    # not targets
    ("去年全市新增市场主体3000户。", []),  # a past fact
    ("上年度共建成示范点12个。", []),
    ("今年以来,累计发放贷款20亿元。", []),
    ("省财政已下达补助资金2000万元。", []),  # money already spent
    ("2022年以来,全市已建成基站1200个。", []),
    ("咨询电话:0571-12345678。", []),
    ("按照《条例》第十二条规定执行。", []),
    ("依据第3条规定执行。", []),
    ("落实“三个一批”要求。", []),  # a slogan
    ("每个村配备1名网格员。", []),  # staffing
    ("每年组织培训不少于2次。", []),  # a frequency
    ("2023年5月10日召开动员会。", []),  # a date
    ("对评选前10名的企业给予表彰。", []),  # a rank
    ("督促全市12个县区落实责任。", []),  # the size of the jurisdiction, a fact
    ("在全市8个乡镇开展试点。", [("8个", 8, None, "个", "=", None)]),  # 在: the scope the plan picks
    ("近年来,全市物流业快速发展,社会物流总额达到5000亿元,同比增长6.2%。", []),  # background
    ("全市现有A级物流企业35家。", []),  # a stock, not an aim
    ("各地要在已有基础上新增示范点10个。", [("10个", 10, None, "个", "=", None)]),  # 要 makes it an aim
    ("组建3个督导组。", []),  # the plan's own working bodies
    ("全市12个县(市、区)要各建设1个示范点。", [("1个", 1, None, "个", "=", None)]),
    # an aim stays an aim though the clause mentions work already done
    ("确保已建成项目投产率达到90%以上。", [("90%以上", 90, None, "%", ">=", None)]),
]


@pytest.mark.parametrize("sentence, expected", TARGETS)
def test_target_shapes(sentence, expected):
    assert targets_of(sentence) == expected


def test_target_of_a_plan_term_takes_the_plans_end_year():
    title = "东江市人民政府办公室关于印发东江市中小企业培育行动计划(2024—2026年)的通知"
    text = wrapper(title=title, handover="现将《东江市中小企业培育行动计划(2024—2026年)》印发给你们。", plan="",
                   date="2024年2月6日").replace("到2025年,全市行政村5G网络覆盖率达100%。", "力争用三年时间,培育龙头企业20家以上。")
    doc = policyparse.parse(text)
    first = doc.targets[0]
    assert (first.text, first.value, first.cmp, first.year) == ("20家以上", 20, ">=", 2026)


def test_deadline_in_the_time_column_of_a_division_of_work_table():
    text = (
        "东江市人民政府办公室关于印发东江市数字政府建设任务分工的通知\n各区县人民政府,市政府各部门:\n"
        "现将任务分工印发给你们,请认真落实。\n东江市人民政府办公室\n2023年5月10日\n一、主要任务\n"
        "(一)建设政务云平台。统一建设全市政务云。\n(二)推进数据共享。建立共享机制。\n"
        "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n"
        "1\t建设政务云平台\t市大数据局\t2024年6月\n2\t推进数据共享\t市政务服务中心\t长期坚持\n"
        "3\t完善安全体系\t市委网信办\t2024.09\n"
    )
    doc = policyparse.parse(text.replace("(二)推进数据共享。建立共享机制。", "(二)推进数据共享。建立共享机制。\n(三)完善安全体系。落实安全责任。"))
    got = {t.title: [(d.text, d.date) for d in t.deadlines] for t in doc.tasks}
    assert got == {"建设政务云平台": [("2024年6月", "2024-06-30")], "推进数据共享": [], "完善安全体系": [("2024.09", "2024-09-30")]}
    first = doc.tasks[0].deadlines[0]
    assert doc.text[first.span[0] : first.span[1]] == "2024年6月"


def test_target_takes_the_year_of_its_tasks_table_row():
    """The 完成时限 column of the row matched to a task sets the year of the task's targets;
    a task whose row says 长期坚持 gives its target no year."""
    text = (
        "东江市人民政府办公室关于印发东江市数字政府建设任务分工的通知\n各区县人民政府,市政府各部门:\n"
        "现将任务分工印发给你们,请认真落实。\n东江市人民政府办公室\n2023年5月10日\n一、主要任务\n"
        "(一)建设政务云平台。新建政务云节点3个以上。\n(二)推进数据共享。共享数据目录不少于500项。\n"
        "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n"
        "1\t建设政务云平台\t市大数据局\t2024年6月\n2\t推进数据共享\t市政务服务中心\t长期坚持\n"
    )
    doc = policyparse.parse(text)
    assert [(t.text, t.year) for t in doc.targets] == [("3个以上", 2024), ("不少于500项", None)]


def test_order_without_a_title_line_above_it_keeps_its_date_and_issuer():
    """A government order that opens with X人民政府令 / 第N号: the promulgation sentence, the
    signing head of government and the date stand above the rule's own title line."""
    text = (
        "东江省人民政府令\n第31号\n"
        "《东江省公共资源交易管理办法》已经2022年9月1日省人民政府第10次常务会议通过,现予公布,自2022年11月1日起施行。\n"
        "省长 王某某\n2022年9月20日\n东江省公共资源交易管理办法\n第一章 总则\n"
        "第一条 为了规范公共资源交易活动,制定本办法。\n第二条 省发展改革部门负责公共资源交易的综合协调工作。\n"
    )
    md = policyparse.parse(text).metadata
    assert (md.signed_date, md.issuer, md.doc_number, md.enclosed_title) == (
        "2022-09-20", "东江省人民政府", "东江省人民政府令第31号", "东江省公共资源交易管理办法")


def test_a_past_by_date_that_describes_a_noun_sets_no_deadline():
    """老旧小区 policies name the housing by when it was built (2000年底前建成的小区): a date
    before the notice's year followed by a verb and 的 describes a noun. The same words with a
    date still ahead are a deadline."""
    assert deadlines_of("改造2000年底前建成的小区320个。") == []
    assert targets_of("改造2000年底前建成的小区320个。") == [("320个", 320, None, "个", "=", None)]
    assert deadlines_of("2023年底前建成的小区要全部验收。") == [("2023年底前", "2023-12-31", None)]


def test_stations_and_offices_of_a_bureau_are_units():
    doc = _task_doc("(市农村能源管理站负责)")
    assert [(u.name, u.role) for u in doc.tasks[0].units] == [("市农村能源管理站", "responsible")]


def test_recipients_above_the_plan_title_when_the_notice_title_is_missing():
    """A page that shows the notice's title outside the article: the text opens with the
    addressees, and the first title-like line is the plan's."""
    text = (
        "各区县人民政府,市政府各部门:\n现将《东江市数字政府建设方案》印发给你们,请认真贯彻执行。\n"
        "东江市人民政府办公室\n2024年3月1日\n东江市数字政府建设方案\n一、总体要求\n(一)指导思想。坚持创新。\n"
        "二、重点任务\n(一)建设政务云。统一建设全市政务云。\n"
    )
    md = policyparse.parse(text).metadata
    assert (md.recipients, md.signed_date, md.issuer) == (["各区县人民政府", "市政府各部门"], "2024-03-01", "东江市人民政府办公室")


def test_an_interpretation_page_assigns_no_tasks():
    """A 政策解读 page retells a notice: its parts (出台背景, 主要内容, 保障措施) are sections,
    but "市发展改革委牵头起草了《方案》" assigns no work, so there are no tasks or units."""
    text = (
        "《东江市数字政府建设方案》政策解读\n一、出台背景\n为贯彻落实国家部署,市发展改革委牵头起草了《方案》。\n"
        "二、主要内容\n《方案》提出,到2025年,政务服务事项网上可办率达到98%。\n"
        "三、保障措施\n《方案》从组织领导、资金保障等方面提出要求。\n"
    )
    doc = policyparse.parse(text)
    assert [s.heading for s in doc.sections] == ["出台背景", "主要内容", "保障措施"]
    assert doc.tasks == []
    assert any("解读" in w for w in doc.warnings)
    # a notice whose title merely mentions 解读 work is still a notice
    notice = policyparse.parse("东江市人民政府关于做好政策解读工作的通知\n一、主要任务\n(一)加强解读。市政府办公室负责统筹。\n")
    assert [t.title for t in notice.tasks] == ["加强解读"]


@pytest.mark.parametrize("sentence, expected", [
    ("到2025年,全市100个市场主体完成数字化改造。", ["100个"]),  # 市场: a longer noun, not the city's 市
    ("全省10个省级示范园区要全部达标。", ["10个"]),
    ("培育全市20个区域龙头企业。", ["20个"]),
    ("对已建成小区实施改造120个。", ["120个"]),  # 已建成 says which houses
    ("2025年底前,对已纳入规划的小区实施改造120个。", ["120个"]),
    ("近年来主要建成小区200个。", []),  # 主要 holds 要 but sets no aim: background
    ("全市已建成示范点35个。", []),  # done: a fact
])
def test_fact_rules_read_words_not_characters(sentence, expected):
    """Review findings: the past-fact rules tested single characters (市, 已, 要) anywhere."""
    assert [t[0] for t in targets_of(sentence)] == expected


def test_a_completion_verb_needs_the_notices_year_to_make_a_date_a_deadline():
    """2019年实现营业收入50亿元 in a text with no date of its own may report a result."""
    from policyparse.stages.deadlines import scan

    assert [m.text for m in scan("2019年实现营业收入50亿元。", 0, None, None)] == []
    assert [m.text for m in scan("2023年12月底完成改造。", 0, None, 2023)] == ["2023年12月底"]


def test_a_division_of_work_table_after_the_last_item_is_not_that_items_text():
    """With no 附件 line between them, the table under the last item used to fall inside its
    span, and the item took every row's deadline."""
    text = (
        "东江市人民政府办公室关于印发东江市数字政府建设任务分工的通知\n各区县人民政府,市政府各部门:\n"
        "现将任务分工印发给你们,请认真落实。\n东江市人民政府办公室\n2023年5月10日\n一、主要任务\n"
        "(一)建设政务云平台。统一建设全市政务云。\n(二)推进数据共享。建立共享机制。\n"
        "重点任务分工表\n序号\t重点任务\t牵头单位\t完成时限\n"
        "1\t建设政务云平台\t市大数据局\t2024年6月\n2\t推进数据共享\t市政务服务中心\t2025年底前\n"
    )
    doc = policyparse.parse(text)
    last = doc.tasks[-1]
    assert last.text == "(二)推进数据共享。建立共享机制。"
    assert [(d.text, d.date) for d in last.deadlines] == [("2025年底前", "2025-12-31")]
    assert [(u.name, u.role) for u in last.units] == [("市政务服务中心", "lead")]
