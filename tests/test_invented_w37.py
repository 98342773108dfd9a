"""Helper W37's invented notices (tests/invented/w37-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies), chosen for precision: notices
a weekly batch meets that assign little or no policy work. A county 人民政府办公室 通知 on the 2026年春节
holiday (一、放假时间 with the holiday's dates and the 调休 working days, then 二、有关要求 (一)–(四): duty
rosters with 1名带班领导和2名值班人员, a 节前 safety check by a date with X牵头,Y配合, X负责 in prose, a
值班表 due 2月12日前, a 值班电话 line, a blank roster as 附件); and a city 人民政府 通知 of appointments
and removals (一、任命 / 二、免去 / 三、聘任 over lines of people and posts, 试用期一年, 聘期5年
(2026年1月至2030年12月), a closing 考核 procedure, signature, 抄送 wrapped).

First run: tasks 0.667 (P 0.500: 一、放假时间 and the three 任免 parts read as tasks, one with the term
of office as a deadline), targets 0.000 (2名值班人员 read as a target), the rest 1.000.
"""

from __future__ import annotations

import policyparse
from fragments import task_titles

from corpus_support import assert_invented_floors, floors

FLOORS = floors({})
# neither notice sets a target, so no target is matched and no target check has a share to floor
ACCURACY_FLOORS: dict[str, float] = {}


def test_a_holiday_notices_calendar_part_is_no_work():
    text = (
        "东江县人民政府办公室关于2026年春节放假安排的通知\n一、放假时间\n"
        "2026年2月15日至2月23日放假调休,共9天。2月14日(星期六)上班。\n"
        "二、有关要求\n(一)落实值班制度。各单位于2月12日前将值班表报县政府办公室。\n"
    )
    assert task_titles(text) == ["落实值班制度"]
    for caption in ("放假安排", "放假日期"):
        assert task_titles(text.replace("放假时间", caption)) == ["落实值班制度"], caption


def test_the_parts_of_an_appointment_notice_assign_no_work():
    text = (
        "东江市人民政府关于王某等同志职务任免的通知\n经研究,决定:\n一、任命\n王某为东江市财政局局长;\n"
        "二、免去\n李某的东江市财政局局长职务。\n三、聘任\n聘任赵某为市人民政府参事,聘期5年(2026年1月至2030年12月)。\n"
    )
    doc = policyparse.parse(text)
    assert [s.heading for s in doc.sections] == ["任命", "免去", "聘任"]
    assert doc.tasks == [] and doc.targets == []
    # an appointment with the person on the heading line (任命 opens it); 免去 counts only as a whole caption,
    # since a measure may open with it (lead, merging: 免去小微企业首年检测费 is work)
    numbered = "东江市人民政府关于王某等同志职务任免的通知\n经研究,决定:\n一、任命王某为东江市财政局局长,试用期一年;\n二、任命李某为东江市财政局副局长。\n"
    assert task_titles(numbered) == []
    measures = "东江市支持小微企业发展若干措施\n一、降低经营成本\n(一)免去小微企业首年检测费。市市场监管局负责。\n"
    assert task_titles(measures) == ["免去小微企业首年检测费"]


def test_a_count_of_duty_staff_is_staffing():
    text = "一、工作要求\n(一)落实值班制度。各单位要明确1名带班领导和2名值班人员,确保信息畅通。\n"
    assert [t.text for t in policyparse.parse(text).targets] == []


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w37-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
