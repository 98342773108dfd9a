"""Helper W23's invented notices (tests/invented/w23-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies): a joint 通知 of a county
party committee's office and the county government's office (党政联合发文: the issuers over a
title wrapped over three lines, 字号 青委办发〔2025〕N号, two signatures on one line, 抄送/印发
footer) printing a 2025年平安建设工作要点 whose items run 1.–20. straight through four parts, each
closed by a bracket of units in the party style (X、Y牵头;Z按职责分工负责, mixed bracket and
semicolon widths, one bracket on a line of its own, one elided 县 prefix, one item with its units
in prose: 由X牵头,Y配合), party and mass bodies (县委政法委, 县委社会工作部, 县纪委监委机关, 团县委,
县妇联, 县总工会, 县委网信办) beside the government's, yearless and festival dates (6月底前, 年底前,
2026年春节前, 每半年) and rates; and a city 人民政府's 若干政策措施 saved from its portal as HTML
(信息公开 table in <th>/<td>, the article in nested <div>s with inline styles, part and measure
captions in <p><strong>, (一) restarting in each part, grants, caps and shares: 按…的8%给予,
最高不超过1000万元, 分别一次性奖励…), an attached 政策兑现清单 <table> (政策条款 / 兑现标准 /
受理部门 / 兑现时间) and a 相关解读 link.

The parser read both notices right at the first run but for three gold calls (a festival date,
a target's year, 突破 in a target's text); no code was changed. The fragments below pin the party-
style brackets the notice relies on, and a gap found by probing them: a body whose name holds 要
(县委机要保密局, 市委机要局) was no unit, since policyparse/text/orgs.py took every 要 for the modal
verb of running text (fixed by the lead after the helper's round: 机要 and 要素 are words of names).
"""

from __future__ import annotations


import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

FLOORS = floors()
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)

HEAD = "中共琅溪县委办公室　琅溪县人民政府办公室\n关于印发工作要点的通知\n各乡镇党委、人民政府:\n一、重点工作\n"
TAIL = "中共琅溪县委办公室　　琅溪县人民政府办公室\n2025年3月21日\n"


def _units(brackets):
    text = HEAD + "".join(f"{i + 1}.任务{i + 1}。推进工作。{b}\n" for i, b in enumerate(brackets)) + TAIL
    return [[(u.name, u.role) for u in t.units] for t in policyparse.parse(text).tasks]


def test_party_style_brackets_give_their_roles():
    brackets = ("（县委政法委牵头；县司法局、信访局，各乡镇按职责分工负责）",
                "(县委组织部、县民政局牵头;团县委、县妇联、县总工会、县残联等群团组织按职责分工负责)",
                "（县纪委监委机关牵头；县委政法委配合）",
                "（县委办公室、县委政法委负责）")
    assert _units(brackets) == [
        [("县委政法委", "lead"), ("县司法局", "responsible"), ("县信访局", "responsible"), ("各乡镇", "responsible")],
        [("县委组织部", "lead"), ("县民政局", "lead"), ("团县委", "responsible"), ("县妇联", "responsible"),
         ("县总工会", "responsible"), ("县残联", "responsible")],
        [("县纪委监委机关", "lead"), ("县委政法委", "cooperating")],
        [("县委办公室", "responsible"), ("县委政法委", "responsible")]]


def test_a_body_whose_name_holds_yao_is_a_unit():
    assert _units(("（县人武部、县委国安办、县委机要保密局按职责分工负责）",)) == [
        [("县人武部", "responsible"), ("县委国安办", "responsible"), ("县委机要保密局", "responsible")]]


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w23-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
