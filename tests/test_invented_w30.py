"""Helper W30's invented notices (tests/invented/w30-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies) to test precision on
numbers that are not aims: a joint 财政厅 + 农业农村厅 印发 notice of a 专项资金管理办法 in chapters and
articles (因素法 weights in an article and in an attached table, 每亩补助 amounts and a 最高不超过 cap,
a 1:1 配套 ratio, 30日内 / 60日内 / 15个工作日内 下达 limits, 绩效目标 to 2027, a 扣减20% penalty rate,
an inspection share, unit-heading duty blocks, 法律责任 and 附则 articles); and a township (镇)
网格化服务管理 实施方案 as an HTML page (300—500户 grid sizes, 网格员 and 网格长 who are people,
村(社区) and 镇 offices as units, 满分100分 / 扣2分 scoring, a few real aims and deadlines, a table of
grids per village with a 其他14个村 row).

First run: tasks 0.968 (the 附则's 负责解释 article, an optional task by the corpus's precedent that
the gold first left out), units 0.941 (its two units), targets 0.923 (P 0.857: `扣减20%` read as
`20%`, and `其他14个村` in the grid table), the rest 1.000. After the fixes below: every field 1.000.
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

FLOORS = floors({})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_a_deduction_of_an_allocation_keeps_its_verb_like_a_fall():
    text = (
        "东江市农业专项资金管理办法\n第一条　评价结果为“差”的,下一年度分配资金扣减20%。\n"
        "第二条　到2027年,项目区亩均产能提高10%以上。\n"
    )
    texts = [t.text for t in policyparse.parse(text).targets]
    assert "扣减20%" in texts and "20%" not in texts


def test_a_count_of_the_remaining_villages_is_no_target():
    text = (
        "南湖镇网格化管理工作方案\n一、工作目标\n到2025年底,事件办结率达到95%以上。\n"
        "附件\n序号\t村(社区)\t网格数(个)\n1\t南湖社区\t11\n2\t其他14个村\t47\n3\t其余3个社区\t9\n"
    )
    texts = [t.text for t in policyparse.parse(text).targets]
    assert "95%以上" in texts and "14个" not in texts and "3个" not in texts


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w30-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
