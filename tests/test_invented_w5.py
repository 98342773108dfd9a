"""Helper W5's invented notices (tests/invented/w5-*): a shape they showed the parser missing,
as a made-up fragment, and a floor on the scores of the notices themselves.

The three notices are written from scratch (invented places and bodies): a provincial 办公厅
notice forwarding (转发) a departments' 实施方案, saved as a portal page, with units in 〔〕
brackets and elided levels (省发展改革委、财政厅); a county 专项行动 工作方案 exported from Word
(full-width-space indents), in stages 一、动员部署阶段(2024年3月)… and a 责任分工 part of
unnumbered duty lines (县X局:负责…); and a city 若干措施 of twenty measures 1.–20. with grants,
caps and qualifying thresholds.
"""

from __future__ import annotations


import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors


PLAN_HEAD = ("南岭县人民政府办公室关于印发南岭县农贸市场提升专项行动工作方案的通知\n"
             "各乡镇人民政府,县政府各部门:\n"
             "现将《南岭县农贸市场提升专项行动工作方案》印发给你们,请认真组织实施。\n"
             "南岭县人民政府办公室\n2024年4月2日\n"
             "南岭县农贸市场提升专项行动工作方案\n"
             "一、集中整治阶段(2024年5月—9月)\n"
             "1.改造市场设施。完成农贸市场改造提升12个。(牵头单位:县商务局)\n"
             "2.规范经营秩序。整治占道经营行为。(牵头单位:县市场监管局)\n")


def test_a_duty_line_opened_by_a_unit_with_a_bracketed_part():
    # 三、责任分工 / 县X局:负责… one unit a line; 各乡镇(街道): and 各县(市、区)人民政府: are such
    # units too, the bracket being part of the name.
    text = (PLAN_HEAD + "二、责任分工\n"
            "县商务局:负责专项行动的组织协调和市场改造项目管理。\n"
            "县市场监管局:负责市场内食品安全和计量器具监管。\n"
            "各乡镇(街道):负责辖区内农贸市场周边环境整治。\n"
            "县住建局:负责市场周边道路和排水设施改造。\n"
            "三、工作要求\n(一)加强组织领导。县商务局要加强统筹调度。\n")
    doc = policyparse.parse(text)
    duties = {t.title: [(u.role, u.name) for u in t.units] for t in doc.tasks if ":负责" in t.title}
    assert duties == {
        "县商务局:负责专项行动的组织协调和市场改造项目管理": [("responsible", "县商务局")],
        "县市场监管局:负责市场内食品安全和计量器具监管": [("responsible", "县市场监管局")],
        "各乡镇(街道):负责辖区内农贸市场周边环境整治": [("responsible", "各乡镇(街道)")],
        "县住建局:负责市场周边道路和排水设施改造": [("responsible", "县住建局")],
    }


# Final figures on the three notices, rounded down to 0.05 (the first, held-out run:
# tasks 0.909, units 0.927, deadlines 0.875, targets 0.946; see the report).
FLOORS = floors()
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w5-", 3, FLOORS, ACCURACY_FLOORS, tmp_path)
