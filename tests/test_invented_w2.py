"""Helper W2: four whole invented notices (tests/invented/w2-*) and the fixes their first run asked for.

The notices are made up (东江市, 南湖区, 西岭县 …): an 实施意见 with prose units and items numbered
across parts, a one-year 工作要点 with 1.–30. items and bracketed units, a one-line OCR-flat county
通知, and a 管理办法. Their gold files were written by reading, per the annotation guide. Each
fragment test below failed before its fix; the guards show the nearest shape that must not change.
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors


HEAD = "东江市人民政府办公室关于印发东江市物流发展实施方案的通知\n各区人民政府,市政府各部门:\n"
TAIL = "\n东江市人民政府办公室\n2024年3月1日\n"


def targets_of(body: str) -> list[tuple]:
    doc = policyparse.parse(HEAD + body + TAIL)
    for t in doc.targets:
        assert doc.text[t.span[0] : t.span[1]] == t.text
    return [(t.text, t.value, t.unit, t.cmp, t.year) for t in doc.targets]


# --- 1. measure words of counts: 篇 (reports, articles), 把 (hand tools) ------------------------
def test_pian_and_ba_are_measures_of_a_count():
    body = "一、主要任务\n(一)加强宣传。年底前在市级以上媒体宣传报道20篇以上。\n(二)做好储备。储备二号工具1000把以上。\n"
    found = targets_of(body)
    assert ("20篇以上", 20, "篇", ">=", 2024) in found
    assert ("1000把以上", 1000, "把", ">=", None) in found


# --- 2. a sentence wrapped over lines at a comma keeps the year that opens it -------------------
def test_a_sentence_wrapped_after_a_comma_keeps_its_year():
    body = ("一、总体要求\n坚持政府引导。到2025年,全市建制村快递服务通达率达到100%,\n"
            "县级配送中心覆盖率达到90%以上,农村快递业务量达到8000万件以上。\n二、主要任务\n(一)完善网络。建设站点。\n")
    found = targets_of(body)
    assert ("100%", 100, "%", "=", 2025) in found
    assert ("90%以上", 90, "%", ">=", 2025) in found
    assert ("8000万件以上", 8000, "万件", ">=", 2025) in found


def test_guard_a_line_ending_in_a_full_stop_still_ends_the_sentence():
    body = ("一、主要任务\n(一)完善网络。到2025年,建成站点100个。\n"
            "(二)提升服务。服务满意度达到90%以上。\n")
    found = targets_of(body)
    assert ("100个", 100, "个", "=", 2025) in found
    assert ("90%以上", 90, "%", ">=", None) in found


def test_guard_yibashou_and_the_preposition_ba_are_no_targets():
    body = ("一、主要任务\n(一)压实责任。各区“一把手”亲自抓,把3项重点工作列入考核。\n"
            "(二)强化保障。每年把10%的资金用于站点建设。\n")
    found = targets_of(body)
    assert not [t for t in found if t[2] == "把"]


def deadlines_of(body: str, signed: str = "2024年2月26日") -> list[tuple]:
    doc = policyparse.parse(HEAD + body + TAIL.replace("2024年3月1日", signed))
    return [(d.text, d.date) for task in doc.tasks for d in task.deadlines]


# --- 3. 建立 after a bare period is a completion verb (上半年建立…机制) --------------------------
def test_a_bare_period_before_jianli_is_a_by_date():
    body = "一、主要任务\n1.保护投资者权益。健全投资者保护机制,上半年建立纠纷多元化解工作机制。(责任单位:区金融服务中心)\n"
    assert deadlines_of(body) == [("上半年", "2024-06-30")]


def test_guard_a_past_year_before_jianli_is_no_by_date():
    body = "一、主要任务\n1.保护投资者权益。我区2019年建立纠纷多元化解工作机制,要持续完善。(责任单位:区金融服务中心)\n"
    assert deadlines_of(body) == []


# --- the four notices as a whole: per-field F1 floors at the final figures, rounded down to 0.05 --
FLOORS = floors({"units": 0.95, "units.responsible": 0.95, "units.cooperating": 0.95, "deadlines": 0.95})


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w2-", 4, FLOORS, floors({"targets.year": 0.9}, TARGET_CHECKS), tmp_path)
