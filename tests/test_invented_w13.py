"""Helper W13's invented notices (tests/invented/w13-*): shapes they showed the parser missing,
each as a made-up fragment, and a floor on the scores of the notices themselves.

The three notices are written from scratch (invented places and bodies): a city 市场监管局 若干措施
published as a WeChat (公众号) article saved as HTML (<section>/<span> styling, images between
the parts, bold 一、 headings, 阅读原文/点赞/在看 chrome, the publish time in <em id="publish_time">),
a provincial department's 通知 as .docx (built by tests/invented/build_w13_docx.py: red head and
字号 in a one-row table, headings in Word heading styles, a 任务分工 table of the department's
处室), and a county 应急预案 as plain text (1 / 1.1 / 1.1.1 headings, a 指挥部, 成员单位职责 as
县X局:负责… lines, response levels and the grades of a geological disaster).
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

HEAD = "檀溪县人民政府办公室关于印发檀溪县突发地质灾害应急预案的通知\n各乡镇人民政府:\n"


def test_a_wechat_articles_publish_time_is_the_published_date():
    # WeChat (公众号) pages show the publish time under the headline in <em id="publish_time">,
    # outside the article (js_content); no <meta name=pubdate>.
    page = (
        '<html><head><meta charset="utf-8"><title>政策速递丨东江出台10条措施</title></head><body>'
        '<h1 class="rich_media_title" id="activity-name">政策速递丨东江出台10条措施</h1>'
        '<div id="meta_content"><a id="js_name">东江市场监管</a>'
        '<em id="publish_time" class="rich_media_meta rich_media_meta_text">2025-06-12 18:30</em></div>'
        '<div id="js_content"><section><span>东江市市场监督管理局关于印发若干措施的通知</span></section>'
        "<section><span>各县（市、区）市场监督管理局：</span></section>"
        "<section><span>一、降低准入成本。推行经营主体登记“一网通办”，压缩企业开办时间。</span></section>"
        "<section><span>东江市市场监督管理局</span></section><section><span>2025年6月10日</span></section>"
        '</div><div id="js_toobar3"><a id="js_view_source">阅读原文</a><span>点赞 48</span><span>在看 21</span></div>'
        "</body></html>"
    )
    meta = policyparse.parse(page.encode("utf-8"), "html").metadata
    assert (meta.published_date, meta.signed_date) == ("2025-06-12", "2025-06-10")


def test_an_open_graph_published_time_is_the_published_date():
    page = (
        '<html><head><meta charset="utf-8"><meta property="article:published_time" content="2025-06-12T18:30:00+08:00">'
        "<title>通知</title></head><body><div><p>东江市市场监督管理局关于加强广告监管的通知</p>"
        "<p>一、加强监测。开展广告监测。</p><p>东江市市场监督管理局</p><p>2025年6月10日</p></div></body></html>"
    )
    assert policyparse.parse(page.encode("utf-8"), "html").metadata.published_date == "2025-06-12"


def test_the_grades_of_a_geological_disaster_are_criteria_not_targets():
    text = HEAD + (
        "4 应急响应\n4.1 灾情分级\n"
        "特大型地质灾害:因灾死亡30人以上,或者直接经济损失1000万元以上的。\n"
        "中型地质灾害:因灾死亡3人以上10人以下,或者直接经济损失100万元以上500万元以下的。\n"
        "4.2 资金保障\n县财政局每年安排地质灾害防治专项资金不低于300万元。\n"
        "4.3 工程治理\n2025年底前完成大型地质灾害隐患点工程治理30处。\n"  # a grade named in work
    )
    assert [t.text for t in policyparse.parse(text).targets] == ["不低于300万元", "30处"]


def test_equipment_in_sets_and_tents_are_measures():
    text = HEAD + (
        "3 监测与预警\n3.1 隐患排查\n2025年底前,新建普适型监测设备120台(套)以上。\n"
        "3.2 物资保障\n县级储备帐篷不少于200顶、折叠床500张以上。\n"
    )
    found = [(t.text, t.unit, t.cmp) for t in policyparse.parse(text).targets]
    assert found == [("120台(套)以上", "台(套)", ">="), ("不少于200顶", "顶", ">="), ("500张以上", "张", ">=")]


FLOORS = floors({"deadlines": 0.95})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w13-", 3, FLOORS, ACCURACY_FLOORS, tmp_path)


def test_a_duty_line_wrapped_after_a_comma_goes_on_to_the_next_line():
    # 2.3 成员单位职责 as 县X局:负责… lines, one of them hard-wrapped after its comma: the wrapped
    # part belongs to that unit's duty (its title), it does not end the block of duty lines.
    text = HEAD + (
        "2 组织指挥体系\n2.1 成员单位职责\n"
        "县自然资源局:负责地质灾害隐患点的排查和监测预警。\n"
        "县公安局:负责灾区治安维护和交通管制,\n协助组织危险区群众撤离。\n"
        "县交通运输局:负责抢修受损公路。\n"
        "县财政局:负责应急资金保障。\n"
        "2.2 现场指挥部\n县指挥部在灾害现场设立现场指挥部。\n"
    )
    tasks = {t.title: [(u.name, u.role) for u in t.units] for t in policyparse.parse(text).tasks}
    assert tasks["县公安局:负责灾区治安维护和交通管制,协助组织危险区群众撤离"] == [("县公安局", "responsible")]
    assert "协助组织危险区群众撤离" not in tasks and len(tasks) == 5


def test_a_wrapped_unit_headed_block_in_an_attachment_has_a_one_line_title():
    text = (
        "东江市人民政府办公室关于印发应急预案的通知\n各区人民政府:\n一、组织指挥\n市政府设立指挥部。\n"
        "二、应急响应\n发生灾害时,启动响应。\n附件\n成员单位职责\n"
        "市自然资源局:负责地质灾害隐患点的排查和监测预警。\n"
        "市公安局:负责灾区治安维护和交通管制,\n协助组织危险区群众撤离。\n"
        "市交通运输局:负责抢修受损公路。\n市财政局:负责应急资金保障。\n"
    )
    titles = [t.title for t in policyparse.parse(text).tasks]
    assert "市公安局:负责灾区治安维护和交通管制,协助组织危险区群众撤离" in titles
