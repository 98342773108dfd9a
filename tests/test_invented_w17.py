"""Helper W17's invented notices (tests/invented/w17-*): the shapes they led to, as made-up
fragments, and a floor on the scores of the notices themselves.

The three notices are written from scratch (invented places and bodies): a provincial 印发
notice of a 实施方案 whose 主要目标 are dash lines by year (——到2026年,…。——到2028年,…。),
whose 重点任务 are numbered 1、2、 and closed by (牵头单位:X;配合单位:Y、Z) (one bracket on a line
of its own, mixed widths), with windows of months (2025年3月—2025年12月), stages with their
windows in the headings ((一)动员部署阶段(2025年3月—4月)) and an attached indicator table; a
county 通知 saved from an old portal, its article one <div> of <br> lines with &nbsp;
indentation, <font>/<strong> tags, full-width digits (松政办发〔２０２５〕６号, ９０％, ２．５万亩),
units on lines (one list wrapped), in brackets and in prose, an 【打印本页】【关闭窗口】 footer and a
附件 list of links to .xls/.doc files; and a national ministry's 指导意见 to the provinces'
厅(局) with goals 到2027年…;到2035年… in prose and items (一)…(十八) mostly without units
(a few (X部牵头) brackets, 各省级…部门负责…, 地方各级…部门要…).

The fragments: a quantity that an aim verb sets after a condition phrase has closed with 的
(涉及重大危险源的企业…装备率达到100%) was read as a threshold on who qualifies.
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import targets_in, task_notice

HEAD = "青峦省应急管理厅关于做好安全改造工作的通知\n各市(州)应急管理局:\n一、重点任务\n"
TAIL = "\n青峦省应急管理厅\n2025年3月1日\n"


def test_an_aim_after_a_closed_condition_phrase_is_a_target():
    # 涉及…的企业 says whose rate is measured; 达到100% is the aim set for it.
    doc = task_notice("2027年底前,涉及重大危险源的危险化学品企业自动化控制系统装备率达到100%。", HEAD, TAIL)
    assert targets_in(doc) == [("100%", 100.0, None, "%", "=", 2027)]


def test_a_quantity_inside_the_condition_phrase_still_says_who_qualifies():
    # 涉及三家以上债权银行的企业 and 对于营业收入达到500万元以上的企业: the amount is inside the
    # phrase (before its 的), a threshold, even after an aim verb.
    doc = task_notice("对于营业收入达到500万元以上的企业,给予贷款贴息。涉及三家以上债权银行的企业,建立债委会。",
                      HEAD, TAIL)
    assert targets_in(doc) == []


def test_a_floor_after_a_closed_condition_phrase_is_a_target():
    doc = task_notice("涉及重大危险源的企业重大隐患整改到位比例不低于95%。", HEAD, TAIL)
    assert targets_in(doc) == [("不低于95%", 95.0, None, "%", ">=", None)]


def test_a_long_range_year_opening_a_later_clause_dates_its_aims():
    # 到2027年,…;展望2035年,…: the 指导意见's goals sentence in one piece; 展望 sets no deadline of
    # work, but the aims after it are for 2035, as they are when 展望2035年 opens a sentence.
    head = "东江市人民政府关于推进技工教育发展的意见\n各区人民政府:\n一、总体要求\n"
    tail = "\n二、主要任务\n(一)推进工作。加强建设。\n东江市人民政府\n2025年4月18日\n"
    for joint in (";", ","):
        doc = policyparse.parse(head + f"到2027年,全市建成示范园区20个以上{joint}展望2035年,累计培养技能人才15万人以上。" + tail)
        assert [(t.text, t.year) for t in doc.targets] == [("20个以上", 2027), ("15万人以上", 2035)]


def test_an_indicator_column_headed_by_the_values_kind_and_its_year():
    # 基期值(2024年) | 2026年目标值: the base column, its year in brackets after the value's kind,
    # holds where things stand (no targets), as 2024年(基期) does; 目标值(2028年) dates its column.
    head = ("青峦省人民政府办公厅关于印发青峦省设备更新实施方案的通知\n各市(州)人民政府:\n现将方案印发给你们。\n"
            "青峦省人民政府办公厅\n2025年2月26日\n青峦省设备更新实施方案\n一、重点任务\n"
            "(一)推进更新。加快淘汰老旧设备。(牵头单位:省工业和信息化厅)\n附件:青峦省设备更新主要指标\n"
            "附件\n青峦省设备更新主要指标\n")
    table = ("序号\t指标\t基期值(2024年)\t2026年目标值\t目标值(2028年)\t指标属性\n"
             "1\t关键工序数控化率\t63%\t70%\t75%\t预期性\n"
             "2\t省级智能工厂(累计)\t96家\t180家\t300家以上\t预期性\n")
    doc = policyparse.parse(head + table)
    assert [(t.text, t.year) for t in doc.targets] == [("70%", 2026), ("75%", 2028), ("180家", 2026), ("300家以上", 2028)]


def test_equipment_counted_in_sets_without_a_bracket():
    # 台套 as equipment-update plans write it, beside 台(套): one measure, its 以上 kept.
    doc = task_notice("到2027年,累计完成1万台套以上老旧设备更新。", HEAD, TAIL)
    assert targets_in(doc) == [("1万台套以上", 1.0, None, "万台套", ">=", 2027)]


# Floors: the final figures rounded down to 0.05 (first run in tests/invented/README.md: targets
# 0.990, targets' cmp/year/value/unit/task 1.000, the rest 1.000).
FLOORS = floors()
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w17-", 3, FLOORS, ACCURACY_FLOORS, tmp_path)


def test_an_aim_verb_inside_a_condition_that_closes_later_is_still_a_threshold():
    # Guard for the rule above: …达到职工总数20%(职工超过200人的企业达到10%)并签订…合同的,可申请…:
    # the bracket's 的…达到10% sits inside the condition the clause closes with 的: who qualifies.
    text = ("东江市人力资源和社会保障局关于做好稳岗扩就业工作的通知\n各区人力资源和社会保障局:\n一、支持政策\n"
            "(一)鼓励企业吸纳就业。企业新招用符合条件的本市劳动者人数达到职工总数20%(职工超过200人的企业达到10%)"
            "并签订2年以上劳动合同的,可申请一次性吸纳就业奖补。\n"
            "东江市人力资源和社会保障局\n2025年4月2日\n")
    assert [t.text for t in policyparse.parse(text).targets] == []
