"""Helper W43's invented notices (tests/invented/w43-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

Two kinds the set did not have: a city 工作方案 in a 印发 notice as a Word file saved with its
review still in it (tests/invented/build_w43_docx.py: tracked insertions and deletions, a tracked
MOVE w:moveFrom / w:moveTo, a comment, two footnotes one with a typed mark, a FLOATING text box
holding a 专栏 anchored at the start of its item, DOCPROPERTY and REF fields, a PAGE field in the
footer); and a 中共X县委 X县人民政府 实施意见 (a joint 党委 document in plain text: 县委发 字号, the
party's recipients, (一)…(十五) straight through six parts, 第一/第二 and 一是/二是 in paragraphs,
party bodies in brackets and prose, signatures on one line over the date, 此件发至乡镇).

First run: the .docx targets 1.000 but year 0.818 and task 0.818 (the floating box's paragraphs run
into the start of item (三)'s line, so its three targets went to item (二) without (三)'s year), the
typed footnote mark `*` leaked into a sentence; the 意见 units 0.944 (`一是县委宣传部`, `三是团县委`
kept their enumerators), targets year 0.933 (`一是…2025年底前…;二是每年…给予5万元` dated 2025);
every other field 1.000 on both. Found by probing and fixed too: a paragraph whose mark is deleted
in tracked changes (text left in it) was dropped, text and all, and now joins the next paragraph; a
red head's 文件 run into a short 字号 in flat text stayed in the number.
"""

from __future__ import annotations

import policyparse

from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import only_task, task_notice
from test_docx_word_features import lines, make_docx, p, r, raw_p

FLOORS = floors({})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)

_WP = 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'


def _floating_box(*paragraphs: str) -> str:
    """The run anchoring a floating text box (wp:anchor), with its VML fallback copy."""
    inner = "".join(p(text) for text in paragraphs)
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor {_WP}>'
            f"<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing>"
            '</mc:Choice><mc:Fallback><w:pict><v:shape style="position:absolute;margin-top:60pt;width:400pt">'
            f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>")


def test_a_floating_text_box_is_lines_of_its_own_after_its_anchor_paragraph():
    # a 专栏 box anchored at the start of an item's paragraph: the item's line stays whole, the box's
    # paragraphs follow it (they had run into the line's start, ahead of the item's number)
    body = (p("(一)建设助餐网点。新建网点20个。")
            + raw_p(_floating_box("专栏 重点工程", "助餐工程:建设中央厨房3个。") + r("(二)发展托育服务。新增托位500个。")))
    assert lines(make_docx(body)) == ["(一)建设助餐网点。新建网点20个。", "(二)发展托育服务。新增托位500个。",
                                      "专栏 重点工程", "助餐工程:建设中央厨房3个。"]


def test_a_vml_only_floating_box_and_an_empty_anchor_paragraph():
    vml = ('<w:r><w:pict><v:shape style="position: absolute; width:300pt"><v:textbox><w:txbxContent>'
           + p("专栏1 示范工程") + p("建成示范点10个。") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    assert lines(make_docx(p("一、重点任务") + raw_p(vml))) == ["一、重点任务", "专栏1 示范工程", "建成示范点10个。"]


def test_a_typed_footnote_mark_is_no_text():
    # w:customMarkFollows: the run's text after the reference is the note's mark, as Word's own
    # number is (the footnote itself is left out)
    ref = ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
           '<w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>')
    assert lines(make_docx(raw_p(r("便民生活圈") + ref + r("覆盖率达到80%以上。")))) == ["便民生活圈覆盖率达到80%以上。"]


def test_a_paragraph_whose_mark_is_deleted_joins_the_next():
    # accepted, a deleted paragraph mark runs the paragraph on into the next: a caption and its text
    # joined by the reviewer are one line. Before, such a paragraph was dropped as a whole, its text
    # too (the test for text left in it, any() over lxml elements, was always false)
    mark = '<w:rPr><w:del w:id="7" w:author="a" w:date="2026-03-10T09:30:00Z"/></w:rPr>'
    body = (raw_p(r("(二)发展托育"), mark) + p("服务。新增托位500个。") + raw_p(r("(三)加强"), mark)
            + "<w:tbl><w:tr><w:tc>" + p("表") + "</w:tc><w:tc>" + p("格") + "</w:tc></w:tr></w:tbl>")
    assert lines(make_docx(body)) == ["(二)发展托育服务。新增托位500个。", "(三)加强", "表\t格"]


def test_enumerators_inside_a_paragraph_are_no_part_of_a_unit_name():
    units = only_task("(一)加强宣传引导。一是市委宣传部负责开设专栏;二是每年评选先进典型10名;"
                      "三是团市委、市妇联牵头开展交流活动。\n")
    assert units == [("团市委", "lead"), ("市妇联", "lead"), ("市委宣传部", "responsible")]


def test_a_date_of_an_earlier_enumerated_point_does_not_date_a_later_points_amount():
    head = "东岭县人才工作实施意见\n一、主要任务\n"
    doc = task_notice("一是2026年底前完成人才摸底;二是每年遴选一批创业带头人,对带动就业的给予3万元奖励;三是到2028年建成驿站20个。\n", head, "")
    assert [(t.text, t.year) for t in doc.targets] == [("3万元", None), ("20个", 2028)]


def test_a_date_inside_the_same_point_still_dates_its_amount():
    head = "东岭县人才工作实施意见\n一、主要任务\n"
    doc = task_notice("一是完成人才摸底;二是2026年底前建成人才驿站20个。\n", head, "")
    assert [(t.text, t.year) for t in doc.targets] == [("20个", 2026)]


def test_a_red_heads_word_run_into_a_short_doc_number_is_no_part_of_it():
    # flat OCR text: the red head's 文件 stands right before a short 字号 (县委发): the cut of an issuer
    # run into the number only looked at runs longer than eight characters
    item = "(一)推进网格治理。优化网格设置,健全网格事件发现、上报、处置机制。(牵头单位:县委政法委;责任单位:各乡镇)"
    text = ("中共东岭县委 东岭县人民政府 文件县委发〔2025〕3号中共东岭县委 东岭县人民政府关于加强基层治理的实施意见"
            "各乡镇党委、政府,县委各部委:为加强基层治理,现提出如下意见。一、主要任务" + item * 4
            + "中共东岭县委 东岭县人民政府 2025年5月6日")
    assert policyparse.parse(text).metadata.doc_number == "县委发〔2025〕3号"


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w43-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
