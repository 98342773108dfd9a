"""Helper W15's invented notices (tests/invented/w15-*): shapes they showed the parser missing,
each as a made-up fragment, and a floor on the scores of the notices themselves.

The three notices are written from scratch (invented places and bodies): a city 人社局 + 财政局
joint 通知 on the 一次性吸纳就业补贴 (申报条件, 补贴标准, 申报材料, 办理流程 with 工作日 limits,
contacts, two blank forms as 附件), a city 意见 saved from an old CMS page laid out in nested
<table>s (the article in a <td>, a 附件下载 link table, a 相关文件 box), and a county 实施方案 with
deep numbering 一、(一)1.(1)① where some parts skip levels, units in brackets at every level.
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import units_by_title

HEAD = "东江市人力资源和社会保障局关于做好就业补贴申报工作的通知\n各区人社局:\n"


def test_the_papers_an_applicant_hands_in_are_no_tasks():
    # 三、申报材料 lists the papers of an application ((一)《…申报表》, (二)劳动合同复印件):
    # a part of a 申报 notice like 申报条件 and 补贴标准, no work; the work is in 办理流程.
    text = HEAD + ("一、申报材料\n(一)《就业补贴申报表》(附件1);\n(二)劳动合同复印件。\n"
                   "二、办理流程\n(一)审核公示。各区人社部门负责审核,5月底前完成。\n")
    titles = [t.title for t in policyparse.parse(text).tasks]
    assert titles == ["审核公示"]


def test_a_caption_building_a_county_facility_is_no_unit_heading():
    # 1.建设县全民健身中心。 reads like 建设县 (a place) + 全民健身中心 (a body), but 建设 opens a
    # work caption: no unit for the items under it, whose units are their own brackets.
    text = ("东江县全民健身实施方案\n一、重点任务\n(一)完善县级设施\n"
            "1.建设县全民健身中心。总建筑面积1万平方米。[责任单位:县教育体育局]\n"
            "(1)建设综合训练馆。配套建设游泳馆1座。[责任单位:县城投公司]\n"
            "(2)建设室外运动场。新建田径场1个。[责任单位:县住房城乡建设局]\n")
    units = units_by_title(text)
    assert units["建设综合训练馆"] == [("县城投公司", "responsible")]
    assert units["建设县全民健身中心"] == [("县教育体育局", "responsible")]


# Floors: the final figures rounded down to 0.05 (first run in tests/invented/README.md). Units
# 0.95: 各区(县)人社局、财政局 leaves 财政局 without its elided 各区(县) (units/lists.py, not fixed here).
FLOORS = floors()
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w15-", 3, FLOORS, ACCURACY_FLOORS, tmp_path)
