"""Deadlines: the by-dates a notice sets for work, with the last day of the period named.

Fragments are from the corpus notices (normalised: full-width punctuation folded).
"""

from __future__ import annotations

import pytest

from policyparse.model import Metadata, Period, Task
from policyparse.pipeline import Draft
from policyparse.stages import deadlines
from policyparse.stages.deadlines import scan


def found(text: str, ref_year: int | None = 2018) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.date, m.recurring) for m in scan(text, ref_year=ref_year)]


@pytest.mark.parametrize(
    "fragment, expected",
    [
        # one-off by-dates
        ("到2027年,以园区链主企业为载体,实现新增延链补链强链项目15个以上", [("到2027年", "2027-12-31", None)]),
        ("2027年前完成整治", [("2027年前", "2027-12-31", None)]),
        ("2018年6月底前,各开发区制定完成招商引资政策。", [("2018年6月底前", "2018-06-30", None)]),
        ("2018年8月底前,完成开发区发展规划编制", [("2018年8月底前", "2018-08-31", None)]),
        ("2020年底前在每个设区市明确1个省级试点县", [("2020年底前", "2020-12-31", None)]),
        ("力争2020年底前各开发区闲置土地处置率达到100%", [("2020年底前", "2020-12-31", None)]),
        ("到2020年底,按照每年减少1/3的进度完成“僵尸企业”处置工作", [("到2020年底", "2020-12-31", None)]),
        ("力争到2020年开发区与高等级公路通达率达到100%", [("到2020年", "2020-12-31", None)]),
        ("到2020年末,各设区市建成1-2个功能健全", [("到2020年末", "2020-12-31", None)]),
        ("力争2020年前,全市产业集聚区", [("2020年前", "2020-12-31", None)]),
        ("2019年底前,各开发区完成产业优势调查", [("2019年底前", "2019-12-31", None)]),
        ("二○一八年六月底前完成", [("二○一八年六月底前", "2018-06-30", None)]),
        ("二〇二〇年十二月底前", [("二〇二〇年十二月底前", "2020-12-31", None)]),
        ("确保2020年普惠小微贷款增速不低于各项贷款平均增速", [("2020年", "2020-12-31", None)]),
        ("于2018年12月31日前报送国务院办公厅", [("2018年12月31日前", "2018-12-31", None)]),
        ("2020年上半年前完成", [("2020年上半年前", "2020-06-30", None)]),
        # 完成时限: labels, including a day that does not exist as written and a month range
        ("责任单位:服务商、国网陕西信通公司完成时限:2021年11月30日(三)", [("2021年11月30日", "2021-11-30", None)]),
        ("责任单位:国网陕西信通公司完成时限:2021年9月31日(2)", [("2021年9月31日", "2021-09-30", None)]),
        ("配合单位:各发供电单位完成时限:2021年11月-12月(2)试点应用", [("2021年11月-12月", "2021-12-31", None)]),
        ("2020年9月至12月,开展专项整治行动。", [("2020年9月至12月", "2020-12-31", None)]),
        ("于2021年第三季度完成。", [("2021年第三季度", "2021-09-30", None)]),
        # a spans of dates: one mention, its end
        ("2019年1月1日至2020年12月31日,对其中就业困难人员", [("2019年1月1日至2020年12月31日", "2020-12-31", None)]),
        ("2019年1月1日至12月31日,对面临暂时性生产经营困难", [("2019年1月1日至12月31日", "2019-12-31", None)]),
        # the notice's own year
        ("年内完成全部清理", [("年内", "2018-12-31", None)]),
        # recurring
        ("每年5月底前,各开发区要将策划的项目报市外经贸局", [("每年5月底前", None, "yearly")]),
        ("每年年底前报送", [("每年年底前", None, "yearly")]),
        ("按季度报送工作进展", [("按季度", None, "quarterly")]),
        ("每季度召开1次例会", [("每季度", None, "quarterly")]),
        ("每半年向市政府报告一次", [("每半年", None, "half-yearly")]),
        ("每月通报一次", [("每月", None, "monthly")]),
        ("按月调度", [("按月", None, "monthly")]),
        # the day of the month or of the year the recurring work is due by stays in the text
        ("各单位每月5日前报送上月进展", [("每月5日前", None, "monthly")]),
        ("每月底前报送台账", [("每月底前", None, "monthly")]),
        ("每年一季度前报送上年度情况", [("每年一季度前", None, "yearly")]),
        ("每年第四季度末前完成年度考核", [("每年第四季度末前", None, "yearly")]),
        ("按半年报送进展", [("按半年", None, "half-yearly")]),
    ],
)
def test_deadline_shapes(fragment, expected):
    assert found(fragment) == expected


def test_labelled_day_without_year_takes_the_notices_year():
    assert found("责任单位:服务商完成时限:11月30日完成设备到货安装调试。", ref_year=2021) == [("11月30日", "2021-11-30", None)]


@pytest.mark.parametrize(
    "fragment, expected",
    [
        ("各地要在6月底前完成摸底", [("6月底前", "2021-06-30", None)]),
        ("今年10月前完成验收", [("今年10月前", "2021-10-31", None)]),
        ("十一月底前报送", [("十一月底前", "2021-11-30", None)]),
        ("每年5月底前报送", [("每年5月底前", None, "yearly")]),  # recurring, not this year
        ("今年底前完成清理", [("今年底前", "2021-12-31", None)]),
        ("力争3个月前完成", []),  # a duration, not a month
    ],
)
def test_month_without_year_takes_the_notices_year(fragment, expected):
    assert found(fragment, ref_year=2021) == expected
    assert [m for m in found(fragment, ref_year=None) if m[1]] == []


def test_a_plan_year_opening_a_sentence_is_a_deadline_once_the_notices_year_is_known():
    fragment = "给予适当加分奖励。2018年省重点产业项目共339个,年度计划投资622.7亿元。"
    assert found(fragment, ref_year=2018) == [("2018年", "2018-12-31", None)]
    assert found(fragment, ref_year=None) == []
    assert found(fragment, ref_year=2019) == []  # a past year reports, it sets nothing


@pytest.mark.parametrize(
    "fragment",
    [
        "按照各地2015年至2017年经济总量占全省的比重",  # a past span of years
        "以2018年情况为基数,从2019年起对哈尔滨新区作为独立单元",  # a base year and a start
        "三年行动计划(2018-2020年)的通知",  # years in a name
        "《沈阳市开发区总体发展规划(2018-2035年)》",
        "2018年8月14日",  # a signature date
        "\n2020年2月9日\n(此件主动公开)",
        "在法定期限内披露2019年年报或2020年第一季度季报有困难的",  # report names
        "还本付息可延期至2020年6月30日,并免收罚息",  # a validity, not a by-date for work
        "三年内开复工建设省重点产业项目1000个以上",  # the plan's term, not a date
        "长期坚持,持续推进",
        "每年至少引进1个投资额50亿元及以上产业项目",  # 每年 alone sets no date
        "5年内不得再次申请",
        "力争三年间建成投产1000个以上重点产业项目",
    ],
)
def test_not_deadlines(fragment):
    assert found(fragment) == []


def _draft_with_tasks(text: str, spans: list[tuple[int, int]], signed: str | None = None) -> Draft:
    draft = Draft(text=text, metadata=Metadata(signed_date=signed))
    draft.tasks = [Task(id=f"t{i}", title=f"t{i}", text=text[a:b], span=(a, b)) for i, (a, b) in enumerate(spans, 1)]
    return draft


def test_find_attaches_each_deadline_to_the_task_that_holds_it():
    text = "1.推行模式。2018年6月底前,完成。\n2.开展调查。2019年底前完成;每年5月底前报送。\n3.加强宣传。长期坚持。"
    first, second, third = text.index("1."), text.index("2."), text.index("3.")
    draft = _draft_with_tasks(text, [(first, second), (second, third), (third, len(text))])
    deadlines.find(draft)
    got = [[(d.text, d.date, d.recurring) for d in task.deadlines] for task in draft.tasks]
    assert got == [
        [("2018年6月底前", "2018-06-30", None)],
        [("2019年底前", "2019-12-31", None), ("每年5月底前", None, "yearly")],
        [],
    ]
    for task in draft.tasks:
        for d in task.deadlines:
            assert text[d.span[0] : d.span[1]] == d.text


def test_a_day_the_month_lacks_is_clamped_with_a_warning():
    text = "(1)资源申请。责任单位:国网陕西信通公司完成时限:2021年9月31日"
    draft = _draft_with_tasks(text, [(0, len(text))])
    deadlines.find(draft)
    assert [d.date for d in draft.tasks[0].deadlines] == ["2021-09-30"]
    assert len(draft.warnings) == 1 and "2021年9月31日" in draft.warnings[0]
    valid = _draft_with_tasks("1.完成时限:2021年11月30日", [(0, 18)])
    deadlines.find(valid)
    assert valid.warnings == []


def test_deadlines_in_page_chrome_are_ignored():
    text = "1.开展调查。2019年底前完成。"
    draft = _draft_with_tasks(text, [(0, len(text))])
    draft.noise = [(text.index("2019"), len(text))]
    deadlines.find(draft)
    assert draft.tasks[0].deadlines == []


@pytest.mark.parametrize(
    "metadata, year",
    [
        (Metadata(signed_date="2018-08-14"), 2018),
        (Metadata(period=Period(start=2025, end=2027)), 2025),
        (Metadata(published_date="2020-03-19"), 2020),
        (Metadata(), None),
    ],
)
def test_reference_year(metadata, year):
    assert deadlines.reference_year(Draft(text="", metadata=metadata)) == year


def test_within_year_uses_the_notices_year_in_find():
    text = "1.清理项目。年内完成全部清理。"
    draft = _draft_with_tasks(text, [(0, len(text))], signed="2020-03-02")
    deadlines.find(draft)
    assert [(d.text, d.date) for d in draft.tasks[0].deadlines] == [("年内", "2020-12-31")]


@pytest.mark.parametrize("text", ["到" * 20000 + "2020年", "二○一八年六月底前" * 3000, "每年" * 20000, "2018年" * 20000])
def test_scan_is_fast_on_adversarial_text(text):
    import time

    start = time.perf_counter()
    scan(text, ref_year=2018)
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(
    "fragment, expected",
    [
        # a span of years given as the time limit is a window: its end year is the deadline
        ("完成时限:2023—2025年", [("2023—2025年", "2025-12-31", None)]),
        ("完成时限:2023-2025年持续推进", [("2023-2025年", "2025-12-31", None)]),
        ("推进老旧小区改造\t2023年至2025年\t市住建局", [("2023年至2025年", "2025-12-31", None)]),
        # a window of months after a label is one deadline, not also its first month
        ("完成时限:2023年12月至2024年6月", [("2023年12月至2024年6月", "2024-06-30", None)]),
        # a plan period with no label or cell around it is no deadline
        ("三年行动计划(2023—2025年)", []),
        ("2023-2025年,全市新增示范点30个", []),
    ],
)
def test_time_limit_windows(fragment, expected):
    assert found(fragment, ref_year=2023) == expected


@pytest.mark.parametrize(
    "fragment, expected",
    [
        # a stage's window of months, the first month written without 月: its last month
        ("2023年4-6月,各地开展自查自纠", [("2023年4-6月", "2023-06-30", None)]),
        ("2023年7—8月份,开展集中整治", [("2023年7—8月份", "2023-08-31", None)]),
        # the same shape in a year before the notice's is a reporting period
        ("2022年1-6月,全市完成固定资产投资", []),
        ("2022年1月至6月,全市新增市场主体", []),
        # a range of counts after a year is no window of months
        ("力争2024年3-5个乡镇完成试点", [("2024年", "2024-12-31", None)]),
    ],
)
def test_windows_of_months(fragment, expected):
    assert found(fragment, ref_year=2023) == expected


@pytest.mark.parametrize(
    "fragment, expected",
    [
        # a past date a count is taken at is no time limit
        ("截至2022年底,全市实有市场主体12万户", []),
        ("到2021年6月,全市已建成基站1200个", []),
        # the notice's own year and later stay by-dates; so does a past date with 前
        ("截至2023年底,完成改造任务", [("截至2023年底", "2023-12-31", None)]),
        ("到2022年底前完成整改", [("到2022年底前", "2022-12-31", None)]),
    ],
)
def test_a_past_date_after_to_is_a_status_date(fragment, expected):
    assert found(fragment, ref_year=2023) == expected
