"""A notice's closing paragraph after a list of one-paragraph items is not the last item's text.

Notices that list measures as one paragraph each (一、对……给予奖励。 二、…… 三十、……) close with
unnumbered paragraphs addressed to everyone (各有关部门要……, 于……前报送……). When every earlier
item is one paragraph, the last one is too: what follows it is the notice's closing. The fragments
are made up, in the layout such notices use.
"""

from __future__ import annotations

import policyparse

HEAD = ("东江市人民政府办公室关于对工作成效明显地区加大激励支持力度的通知\n"
        "各区县人民政府,市政府各部门:\n"
        "为进一步激励担当作为,经市政府同意,现就有关激励措施通知如下:\n")
ITEMS = ["一、对产业发展成效明显的区县,在安排年度专项资金时给予倾斜支持。\n",
         "二、对营商环境改善明显的区县,在年度综合考核中予以加分。\n",
         "三、对河湖管理保护成效明显的区县,在分配年度资金时给予奖励。\n",
         "四、对农村人居环境整治成效明显的区县,优先安排相关试点项目。\n",
         "五、对招商引资成效突出的区县,在用地指标安排上给予支持。\n"]
CLOSING = ("各有关部门要认真组织实施激励措施,及时制定实施办法,明确职责分工,确保落到实处。\n"
           "各有关部门制定的实施办法,于2024年6月30日前报送市政府办公室。\n")
SIGNATURE = "东江市人民政府办公室\n2024年3月1日\n"


def _parse(items: list[str]):
    return policyparse.parse(HEAD + "".join(items) + CLOSING + SIGNATURE)


def test_the_last_one_paragraph_item_ends_at_its_paragraph():
    doc = _parse(ITEMS)
    assert [s.number for s in doc.sections] == ["一", "二", "三", "四", "五"]
    last = doc.sections[-1]
    assert doc.text[last.span[0] : last.span[1]] == ITEMS[-1].rstrip("\n")
    for task in doc.tasks:
        assert "各有关部门" not in task.text
        assert task.deadlines == []


def test_an_item_of_several_paragraphs_keeps_the_last_one_open():
    # One earlier item runs over two paragraphs: nothing says the last one is shorter.
    items = ITEMS[:1] + [ITEMS[1] + "对连续两年获得激励的区县,再给予通报表扬。\n"] + ITEMS[2:]
    doc = _parse(items)
    last = doc.sections[-1]
    assert doc.text[last.span[0] : last.span[1]].endswith("于2024年6月30日前报送市政府办公室。")


def test_a_short_list_is_no_evidence():
    # Two earlier items are too few to tell the layout.
    doc = _parse(ITEMS[:3])
    last = doc.sections[-1]
    assert doc.text[last.span[0] : last.span[1]].endswith("于2024年6月30日前报送市政府办公室。")


def test_a_last_item_wrapped_mid_sentence_is_not_cut():
    # The last item's line breaks before its sentence ends: the next line continues it.
    items = ITEMS[:4] + ["五、对招商引资成效突出的区县,在用地指标安排上给予支持,\n并在年度考核中予以加分。\n"]
    doc = policyparse.parse(HEAD + "".join(items) + SIGNATURE)
    last = doc.sections[-1]
    assert doc.text[last.span[0] : last.span[1]].endswith("并在年度考核中予以加分。")


def test_a_units_bracket_after_the_last_sentence_still_ends_it():
    items = ITEMS[:4] + ["五、对招商引资成效突出的区县,在用地指标安排上给予支持。(市自然资源局负责)\n"]
    doc = _parse(items)
    last = doc.sections[-1]
    assert doc.text[last.span[0] : last.span[1]] == items[-1].rstrip("\n")


def test_the_last_items_own_second_paragraph_stays_with_it():
    # The paragraph after the last item goes on with it (no word of a closing): not cut.
    items = ITEMS[:4] + ["五、对招商引资成效突出的区县,在用地指标安排上给予奖励。\n奖励标准为每个区县50万元,由市商务局负责兑现。\n"]
    doc = policyparse.parse(HEAD + "".join(items) + SIGNATURE)
    last = doc.sections[-1]
    assert doc.text[last.span[0] : last.span[1]].endswith("由市商务局负责兑现。")
    assert [u.name for u in doc.tasks[-1].units] == ["市商务局"]
