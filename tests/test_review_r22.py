"""Helper R22's hostile review of the F19, W46 and W47 merges: made-up fragments where a new rule
misfired or failed to fire on an obvious sibling shape, each failing before its fix."""

from __future__ import annotations

import policyparse


def _units_by_task(text: str) -> dict[str, list[tuple[str, str]]]:
    doc = policyparse.parse(text, "text")
    return {task.title: sorted((u.name, u.role) for u in task.units) for task in doc.tasks}


def test_a_units_duty_block_keeps_its_unit_when_a_later_clause_names_who_leads_inside_it():
    # W46's group rule (1.宣传组:由A牵头,B、C组成) read any 牵头 within 40 characters of the colon, over a
    # comma: a unit's duty block whose duty names its own office or head as the one leading lost its unit
    text = ("三、职责分工\n"
            "(一)县教育局:负责全县校园安全隐患排查整治,具体由安全股牵头,各学校配合。\n"
            "(二)县市场监管局:在县食安委统一领导下,由局主要负责同志牵头,做好专项整治的组织协调。\n"
            "(三)县公安局:负责校园周边治安秩序的整治。\n")
    units = _units_by_task(text)
    first, second = (title for title in units if title.startswith(("县教育局", "县市场监管局")))
    assert ("县教育局", "responsible") in units[first]
    assert ("县市场监管局", "responsible") in units[second]


def test_a_working_groups_caption_still_names_no_unit_of_its_own():
    text = ("二、工作组\n1.宣传组:由县委宣传部牵头,县文旅局、县教育局等单位组成。负责宣传报道。\n"
            "2.资金组:由县财政局、县税务局牵头,县审计局参与。负责资金保障。\n"
            "3.督查组:县督查室牵头,县统计局配合。负责督查。\n")
    for title, units in _units_by_task(text).items():
        assert not any(name.endswith("组") for name, _ in units), (title, units)
