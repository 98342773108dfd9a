"""Helper W18's invented notices (tests/invented/w18-*): the shapes they led to, as made-up
fragments, and a floor on the scores of the notices themselves.

The three notices are written from scratch (invented places and bodies): a county 通知 saved
as GB18030 text whose 责任分工 lines read `责任领导:X副县长  牵头单位:县X局  责任单位:…` (a person
beside the units, some items with two lead units, 各乡镇(街道) and 县直有关部门) with an attached
project table; a city 文明城市创建 工作方案 page (HTML) whose task table has a two-row header
(责任单位 spanning 牵头单位 / 配合单位), 类别 cells merged down over rows and a 完成时限 column
(2025年6月底前, 常态化, 每季度); and a city 2025年民生实事项目 通知, items 1.–15. each a project
with several quantities closed by (牵头单位:…;责任单位:各县(市、区)政府), some with 年底前 / 9月底前
and planned investment, with an attached 联络员 table that repeats each item's 牵头单位 beside
people.

The fragments: a 民生实事 notice counts its own items (`确定2025年市级民生实事项目15项`,
`集中办好10件民生实事`): the count of the plan's own parts the guide lists as out, as
`重点抓好18项工作` is (data/not_target_parts.txt). A date written to its day before an event
(`确保9月1日秋季开学前投入使用`, `12月20日春节前`) gave no deadline: the day is the by-date, the
event says why (stages/deadlines.py, data/dated_events.txt). A window of months right before its
work (`7月至9月实行…`, no comma after it) gave none, where `7月至9月,开展…` gives its last month
(stages/deadlines.py). And relief granted to those who qualify
(`为符合条件的残疾儿童实施康复救助1200人`) was dropped as a condition on who qualifies, where a
grant after the same condition (`对符合条件的企业给予…补助`) is kept: 救助 is a verb of granting
(data/amount_words.txt).
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import units_by_title

HEAD = "澄阳市人民政府关于实施2025年市级民生实事项目的通知\n各县(市、区)人民政府:\n"
TAIL = "\n澄阳市人民政府\n2025年2月28日\n"


def _targets(body: str) -> list[str]:
    return [t.text for t in policyparse.parse(HEAD + body + TAIL).targets]


def test_a_count_of_the_notices_own_minsheng_projects_is_no_target():
    body = ("经市人大会议票决,确定2025年市级民生实事项目15项,集中办好10件民生实事。\n一、项目内容\n"
            "1.城市停车设施建设。新建公共停车场15个,计划实施停车项目20个。(牵头单位:市住建局;责任单位:各县(市、区)政府)\n")
    assert _targets(body) == ["15个", "20个"]


def test_relief_granted_to_those_who_qualify_is_a_target():
    body = ("一、项目内容\n1.残疾人关爱服务。为1000名困难重度残疾人提供居家托养服务,为符合条件的残疾儿童实施康复救助1200人。"
            "(牵头单位:市残联;责任单位:各县(市、区)政府)\n"
            "2.企业扶持。对符合条件的年营业收入500万元以上的企业给予奖励。(牵头单位:市工信局)\n")
    assert _targets(body) == ["1000名", "1200人"]


def test_a_leader_beside_the_units_on_a_gb18030_line_is_no_unit():
    # a guard (it passed at once): the county notice's 责任分工 line, saved as GB18030, names a
    # person first; the whitespace between its labels is removed, so the labels run together
    text = ("岚谷县人民政府办公室关于做好供水工作的通知\n各乡镇人民政府:\n一、重点工作\n"
            "（一）推进联网工程。年内建成主管道。\n"
            "责任领导：县委常委、副县长周立新　　牵头单位：县水利局、县发展改革局　　责任单位：县财政局，各乡镇(街道)\n")
    doc = policyparse.parse(text.encode("gb18030"))
    assert doc.source.encoding == "gb18030"
    assert units_by_title(text) == {"推进联网工程": sorted([
        ("县水利局", "lead"), ("县发展改革局", "lead"), ("县财政局", "responsible"), ("各乡镇(街道)", "responsible")])}


def _deadlines(body: str) -> dict[str, list[str]]:
    return {t.title: [d.date for d in t.deadlines] for t in policyparse.parse(HEAD + body + TAIL).tasks}


def test_a_day_before_a_named_event_is_the_by_date():
    # 确保9月1日秋季开学前投入使用 (a probe of the 民生实事 notice's school item, then put into it): the
    # day is written, the event after it says why; a festival or term start with no day (2026年春节前,
    # 秋季开学前) still gives none, and a yearful one not among the festivals keeps its year
    body = ("一、项目内容\n"
            "1.学前教育扩容工程。新建幼儿园10所,确保9月1日秋季开学前投入使用。(牵头单位:市教育局)\n"
            "2.义务教育提质工程。新建中小学校8所,2026年9月1日秋季开学前建成。(牵头单位:市教育局)\n"
            "3.困难群众救助。发放节日慰问金,12月20日春节前发放到位。(牵头单位:市民政局)\n"
            "4.校舍维修。秋季开学前完成校舍维修,2026年春节前完成取暖改造。(牵头单位:市教育局)\n")
    assert _deadlines(body) == {"学前教育扩容工程": ["2025-09-01"], "义务教育提质工程": ["2026-09-01"],
                                "困难群众救助": ["2025-12-20"], "校舍维修": []}


def test_a_window_of_months_right_before_its_work_ends_in_its_last_month():
    # 7月至9月实行…日巡查制度 (a probe of the county notice's flood item, then put into it): the
    # window opens its clause and its work follows with no comma, as 7月至9月,开展… does (call 21);
    # a window that names a season (为主汛期) or qualifies a noun (的数据) sets no time
    text = ("岚谷县人民政府办公室关于做好供水工作的通知\n各乡镇人民政府:\n一、重点工作\n"
            "（一）做好汛期供水。7月至9月实行供水工程日巡查制度。（牵头单位：县水利局）\n"
            "（二）加强监测。汛期前完成排查，在4—6月集中开展水质抽检。（牵头单位：县卫生健康局）\n"
            "（三）落实值守。7月至9月为主汛期，要加强值守，统计7月至9月的数据。（牵头单位：县应急管理局）\n"
            "岚谷县人民政府办公室\n2025年3月18日\n")
    assert {t.title: [d.date for d in t.deadlines] for t in policyparse.parse(text).tasks} == {
        "做好汛期供水": ["2025-09-30"], "加强监测": ["2025-06-30"], "落实值守": []}


# Floors: the final figures rounded down to 0.05 (first run in tests/invented/README.md).
FLOORS = floors()
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w18-", 3, FLOORS, ACCURACY_FLOORS, tmp_path)
