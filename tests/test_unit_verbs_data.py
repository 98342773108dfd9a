"""Role verbs come from data/unit_verbs.tsv alone: every verb listed there is read as a label
(协同:A), closes a list after 等 where the tsv says it may close a clause, and ends a role
clause that describes a noun. Invented fragments in the shapes of work plans; expected
values read per the annotation guide's "Units and roles" (协同 and 协办 are 配合's kin:
cooperating; 牵头负责 / 牵头抓总 are 牵头: lead).
"""

from __future__ import annotations

import pytest
from test_unit_layouts import only_task


CASES = [
    # role verbs used as labels, the longer verbs and 协同 too
    ("(一)加强运行调度。开展调度。(牵头负责:市商务局;协同:市财政局)",
     [("市商务局", "lead"), ("市财政局", "cooperating")]),
    ("(一)加强运行调度。开展调度。(牵头抓总:市商务局;协办:市财政局、市统计局)",
     [("市商务局", "lead"), ("市财政局", "cooperating"), ("市统计局", "cooperating")]),
    # 等 closes the list: the clause-end verb 协同 reads there as 参与 does
    ("(一)加强协调。市商务局牵头,市财政局、市统计局等协同推进调度工作。",
     [("市商务局", "lead"), ("市财政局", "cooperating"), ("市统计局", "cooperating")]),
    # a role clause with 协办 that describes a mechanism assigns nobody
    ("(一)健全工作机制。建立市商务局牵头、市财政局协办的工作机制。", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_every_verb_of_the_vocabulary_is_read(text, expected):
    assert only_task(text) == sorted(expected)
