"""Helper W14's invented notices (tests/invented/w14-*): shapes they led to, each as a made-up
fragment, and a floor on the scores of the notices themselves.

The three notices are written from scratch (invented places and bodies): a district's
2025年重点工作任务分解 whose body is a tab-separated table (序号 | 重点工作 | 牵头区领导 | 牵头单位 |
责任单位 | 完成时限, 43 rows in 一、…五、 groups, district leaders as people), a 国务院办公厅 意见
saved from a gov.cn page ((一)… items closed by (X、Y按职责分工负责) brackets, a 下同 carry note,
targets to 2027 and 2035), and a county 通知 on spring tree planting and flood preparation
(yearless and festival dates, a 每周五前 report, contacts, a 附件 task table).

The fragments are the table shapes the notices' layout suggests in the copies people make of
them: a spreadsheet copied as text, whose cells holding a line break come quoted, and a task
cell merged over two rows, whose second row opens with blank cells.
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import units_by_title

HEAD = ("东岭区人民政府关于印发2025年重点工作任务分解的通知\n各街道办事处:\n现将任务分解印发给你们。\n"
        "东岭区人民政府\n2025年2月1日\n\n2025年重点工作任务分解\n\n"
        "序号\t重点工作\t牵头区领导\t牵头单位\t责任单位\t完成时限\n一、扩大有效需求\n")
ROW2 = "2\t争取专项债券资金15亿元以上\t陈立新\t区发改局\t区财政局\t2025年10月底前\n"


def _deadlines(text: str) -> dict[str, list[str]]:
    return {t.title: [d.text for d in t.deadlines] for t in policyparse.parse(text).tasks}


def test_a_spreadsheet_row_with_quoted_cells_over_lines_is_one_row():
    # Excel or WPS copied as text quotes a cell that holds a line break ("…\n…") and the row
    # goes on over the next lines: one row, its cells made whole, the quotes no part of them.
    text = HEAD + ('1\t"实施区级重点项目85个,\n完成投资120亿元以上"\t陈立新\t区发改局\t"区财政局、\n各街道办事处"'
                   "\t2025年12月底前\n") + ROW2
    units = units_by_title(text)
    assert units == {
        "实施区级重点项目85个,完成投资120亿元以上": sorted([("区发改局", "lead"), ("区财政局", "responsible"), ("各街道办事处", "responsible")]),
        "争取专项债券资金15亿元以上": sorted([("区发改局", "lead"), ("区财政局", "responsible")]),
    }
    assert _deadlines(text)["实施区级重点项目85个,完成投资120亿元以上"] == ["2025年12月底前"]
    # the header's cells the same ("牵头\n区领导", "责任\n单位"); a lone " in a cell opens nothing
    quoted_head = HEAD.replace("\t牵头区领导\t", '\t"牵头\n区领导"\t').replace("\t责任单位\t", '\t"责任\n单位"\t')
    text = quoted_head + '1\t实施区级重点项目85个\t陈立新\t区发改局\t区财政局\t2025年12月底前\n' + ROW2.replace("资金", '资金"')
    assert units_by_title(text) == {
        "实施区级重点项目85个": sorted([("区发改局", "lead"), ("区财政局", "responsible")]),
        '争取专项债券资金"15亿元以上': sorted([("区发改局", "lead"), ("区财政局", "responsible")]),
    }


def test_a_row_under_a_merged_task_cell_goes_on_the_row_above():
    # A 重点工作 cell merged over two rows: the second row opens with blank 序号 and 重点工作
    # cells; its units and date are the same item's.
    text = HEAD + ("1\t实施区级重点项目85个\t陈立新\t区发改局\t区财政局\t2025年12月底前\n"
                   "\t\t\t区住建局\t各街道办事处\t2025年6月底前\n") + ROW2
    units = units_by_title(text)
    assert units == {
        "实施区级重点项目85个": sorted([("各街道办事处", "responsible"), ("区住建局", "lead"), ("区发改局", "lead"), ("区财政局", "responsible")]),
        "争取专项债券资金15亿元以上": sorted([("区发改局", "lead"), ("区财政局", "responsible")]),
    }
    assert _deadlines(text)["实施区级重点项目85个"] == ["2025年12月底前", "2025年6月底前"]


def test_a_merged_row_under_a_body_item_goes_to_that_item():
    # The same in a 分工表 matched to the body's items by title.
    text = ("东岭区人民政府关于做好防汛工作的通知\n各街道办事处:\n一、重点任务\n"
            "(一)开展汛前检查。全面排查隐患。\n(二)落实抢险物资。储备防汛物资。\n"
            "东岭区人民政府\n2025年3月1日\n附件\n重点任务分工表\n"
            "序号\t工作任务\t牵头单位\t责任单位\t完成时限\n"
            "1\t开展汛前检查\t区水务局\t各街道办事处\t5月底前\n"
            "\t\t区住建局\t区城管局\t5月15日前\n"
            "2\t落实抢险物资\t区应急管理局\t各街道办事处\t5月底前\n")
    assert units_by_title(text) == {
        "开展汛前检查": sorted([("各街道办事处", "responsible"), ("区住建局", "lead"), ("区城管局", "responsible"), ("区水务局", "lead")]),
        "落实抢险物资": sorted([("区应急管理局", "lead"), ("各街道办事处", "responsible")]),
    }


def test_a_unit_heading_keeps_its_unit_past_a_count_or_a_leader_in_brackets():
    # A 任务分解 set out by unit: 一、区发改局(5项) counts the items under it; 一、区发改局(陈立新)
    # names its leader. Neither bracket is part of the unit, which is responsible for the items.
    for aside in ("(5项)", "(共5项)", "(陈立新)"):
        text = ("东岭区人民政府关于印发2025年重点工作任务分解的通知\n各街道办事处:\n"
                f"一、区发改局{aside}\n1.实施重点项目85个。\n2.争取专项债券资金。(配合单位:区财政局)\n"
                "二、区商务局\n3.开展促消费活动。\n")
        assert units_by_title(text) == {
            "实施重点项目85个": [("区发改局", "responsible")],
            "争取专项债券资金": sorted([("区发改局", "responsible"), ("区财政局", "cooperating")]),
            "开展促消费活动": [("区商务局", "responsible")],
        }, aside
    # a bracket that is part of the name, or a word that names no person, stays
    text = "关于做好人才工作的通知\n各县:\n一、市委组织部(人才办)\n1.实施人才引进计划。\n2.建设人才公寓。\n"
    assert units_by_title(text)["实施人才引进计划"] == [("市委组织部(人才办)", "responsible")]


# Floors: the final figures rounded down to 0.05 (first run in tests/invented/README.md); units 1.0
# since a duty clause closed by 下同 is a carry note (units/carry.py, tests/test_fix_carry.py).
FLOORS = floors()
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w14-", 3, FLOORS, ACCURACY_FLOORS, tmp_path)
