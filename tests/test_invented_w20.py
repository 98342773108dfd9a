"""Helper W20's invented notices (tests/invented/w20-*): the shapes they led to, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies): a provincial
department's 管理办法 in a 印发 notice saved from its portal as HTML (信息公开 table, breadcrumbs,
share and print links, footer), 第一章 总则 … 第七章 附则 with 第X条 articles, duties in prose
inside the articles (设区的市级X部门负责…;县级人民政府应当…;X会同Y…), a 第十七条 of unit-headed
duty items, thresholds, a grant cap and penalties, 本办法自2025年5月1日起施行,有效期5年, and an
attached blank 申报表; and a city 工作方案 exported from WPS as text (a BOM, CRLF line ends), its
body's punctuation half-width (, ; : ( )) in some paragraphs and full-width in others, levels
一、/(一)/1./(1) with a list of 1) items, targets of many shapes (翻一番, 增长10%左右, 控制在…以内,
不低于8‰, 1.2万元/亩, 3—5家, 同比提高2个百分点), deadlines of many shapes (2025年底前, 6月底前,
每季度末, 长期坚持, 持续推进) and units in a bracket with 牵头/配合 labels or on a 责任单位 line.

The fragments: a list item numbered `3)` that opens with a year (`3)2025年化肥使用量控制在…`) was
not read as a heading, where `1.2018年…` is; and a probe of the WPS notice exported with other
indents lost its `1)` items where four spaces (or no-break spaces) stood before the number or a
tab after it, as a word processor's text export puts them (stages/sections.py). Where each item's
units stand on a labelled line (责任单位:…) rather than in a bracket, a closing paragraph after the
last of a list of one-paragraph items went to that item, its date and its 负责解释 unit with it
(stages/sections.py, calls 14 and 20). And the 办法 page with its 信息公开 fields laid out as
<dt>/<dd> or <div> cells, each label and value on a line of its own, lost its 索引号
(stages/metadata.py).
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import outline, parsed_outline

FLOORS = floors()
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_a_bracket_item_that_opens_with_a_year_is_a_heading():
    text = ("琅川市人民政府办公室关于印发工作方案的通知\n各县(市、区)人民政府:\n一、总体要求\n(一)工作目标。到2025年底,实现以下目标。\n"
            "1.质量效益目标\n1)到2025年底,主要农产品质量安全例行监测合格率稳定在98%以上;\n"
            "2)全年农业科技研发投入占农业总产值的比重不低于8‰;\n"
            "3)2025年化肥使用量控制在16万吨以内。\n二、重点任务\n(一)做强粮油产业。全年粮食总产量稳定在95万吨以上。\n"
            "琅川市人民政府办公室\n2025年3月5日\n")
    numbers = [row[1] for row in outline(parsed_outline(text))]
    assert numbers == ["一", "(一)", "1", "1)", "2)", "3)", "二", "(一)"], numbers


def test_a_bracket_item_after_a_word_processors_indent_or_tab_is_a_heading():
    # a probe of the WPS notice exported with other indents: four spaces (or no-break spaces)
    # before 1), or a tab after it, lost the three 1) items
    head = "琅川市人民政府办公室关于印发工作方案的通知\n各县(市、区)人民政府:\n一、总体要求\n(一)工作目标。实现以下目标。\n1.质量效益目标\n"
    tail = "二、重点任务\n(一)做强粮油产业。全年粮食总产量稳定在95万吨以上。\n琅川市人民政府办公室\n2025年3月5日\n"
    items = ("1)到2025年底,监测合格率稳定在98%以上;\n", "2)全年研发投入比重不低于8‰;\n", "3)2025年化肥使用量控制在16万吨以内。\n")
    for indent, gap in (("    ", ""), ("\u00a0" * 4, ""), ("\u3000\u3000", "\t"), ("", " ")):
        body = "".join(indent + item[:2] + gap + item[2:] for item in items)
        doc = parsed_outline(head + body + tail)
        assert [s[1] for s in outline(doc)] == ["一", "(一)", "1", "1)", "2)", "3)", "二", "(一)"], (indent, gap)
        assert outline(doc)[3][2] == "到2025年底,监测合格率稳定在98%以上"


def test_a_closing_paragraph_after_the_last_items_units_line_is_no_part_of_it():
    # a probe of the WPS notice with a closing paragraph after its last item: where each item's
    # units stand on a labelled line (责任单位:…, 牵头单位:… / 配合单位:…) rather than in a bracket,
    # the closing's date and the body that 负责解释 went to the last item (corpus/README calls 14, 20)
    head = "琅川市人民政府办公室关于印发工作方案的通知\n各县(市、区)人民政府:\n一、重点任务\n"
    tail = "琅川市人民政府办公室\n2025年3月5日\n"
    items = ("(一)做强粮油产业。新建基地3万亩。\n责任单位:市农业农村局\n"
             "(二)壮大果蔬产业。新建基地2万亩。\n牵头单位:市农业农村局;配合单位:市财政局\n"
             "(三)提升畜牧产业。新建牧场10个。\n责任单位:市畜牧兽医局\n"
             "(四)严格督导考核。持续推进。\n牵头单位:市政府督查室\n配合单位:各县(市、区)人民政府\n")
    closing = "各县(市、区)要于12月10日前将年度工作总结报送市农业农村局。本方案由市农业农村局负责解释。\n"
    doc = policyparse.parse(head + items + closing + tail)
    last = doc.tasks[-1]
    assert (last.title, [(u.name, u.role) for u in last.units], last.deadlines) == (
        "严格督导考核", [("市政府督查室", "lead"), ("各县(市、区)人民政府", "cooperating")], [])
    # a units line that a wrap goes on from (…、⏎各县(市、区)人民政府) is not cut at its line end
    wrapped = items.replace("配合单位:各县(市、区)人民政府\n", "配合单位:市财政局、\n各县(市、区)人民政府\n")
    last = policyparse.parse(head + wrapped + closing + tail).tasks[-1]
    assert ("各县(市、区)人民政府", "cooperating") in [(u.name, u.role) for u in last.units]


PAGE = """<html><head><title>淮屿省住房和城乡建设厅关于印发《淮屿省建筑垃圾管理办法》的通知</title></head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
{info}
<div class="article"><h2>淮屿省住房和城乡建设厅关于印发《淮屿省建筑垃圾管理办法》的通知</h2>
<p>各设区市住房和城乡建设局：</p><p>现将《淮屿省建筑垃圾管理办法》印发给你们，请认真贯彻执行。</p>
<p>淮屿省住房和城乡建设厅</p><p>2025年3月18日</p>
<p>淮屿省建筑垃圾管理办法</p><p>第一章　总　则</p><p>第一条　为规范建筑垃圾管理，制定本办法。</p>
<p>第二条　本办法自2025年5月1日起施行。</p></div>
<div class="footer">主办单位：淮屿省住房和城乡建设厅</div></body></html>"""


def test_a_portal_field_whose_value_stands_under_its_label_is_read():
    # a probe of the 办法 page with its 信息公开 fields laid out as <dt>/<dd> or <div> cells (a
    # label and its value on lines of their own) lost the 索引号, which no other line gives
    pairs = (("索引号", "11340000MB0P51329K/2025-00087"), ("主题分类", "城乡建设"), ("发布机构", "淮屿省住房和城乡建设厅"),
             ("文号", "淮建规〔2025〕4号"), ("发布日期", "2025年03月24日"))
    layouts = ("<dl>" + "".join(f"<dt>{k}：</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>",
               "".join(f'<div class="row"><div class="lab">{k}：</div><div class="val">{v}</div></div>' for k, v in pairs))
    for info in layouts:
        meta = policyparse.parse(PAGE.format(info=info).encode("utf-8"), "html").metadata
        assert (meta.index_number, meta.doc_number, meta.published_date) == (
            "11340000MB0P51329K/2025-00087", "淮建规〔2025〕4号", "2025-03-24"), info
        assert meta.issuer == "淮屿省住房和城乡建设厅" and meta.signed_date == "2025-03-18"


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w20-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
