"""Review R21 of W41's, W44's and W45's merges and the lead's fix after W45 (fda366f, 0a25068, 3d2db48,
1d211fd): one test per misfire found, each with a made-up fragment (澄川, 东江) in the shape of a real
notice, each failing on the merged code before its fix, and a guard for the shape the rule was made for.
"""

from __future__ import annotations

import pytest

import policyparse

from fragments import parsed_with_spans, target_texts

_TASK = "一、主要任务\n(一)稳定就业。"
_NEXT = "\n(二)开展技能培训。\n"


# --- 1. W41: 针对 opens the problem a task answers; the noun 针对性 (aptly) does not ---


@pytest.mark.parametrize("sentence, target", [
    ("有针对性地帮助300家重点企业解决用工短缺的问题。", "300家"),
    ("针对性解决3000名农民工就业难的问题。", "3000名"),
    ("有针对性地新增学位3000个缓解入学难的问题。", "3000个"),
])
def test_a_count_after_the_noun_zhenduixing_stays_a_target(sentence, target):
    assert target_texts(_TASK + sentence + _NEXT) == [target]


def test_a_count_inside_the_problem_a_task_answers_is_still_no_target():
    # guard: W41's shape, 针对 the preposition
    text = _TASK + "针对全县仍有12个村未通客车的问题,由县交通运输局牵头,年底前实现村村通客车。" + _NEXT
    assert "12个" not in target_texts(text)


# --- 2. W45: (10项) closing a heading counts the part's items only where its items follow ---


def test_a_count_closing_a_task_heading_with_no_items_under_it_is_its_target():
    text = ("一、主要任务\n(一)出台配套政策文件(10项)\n由市发改委牵头,2025年底前完成。\n"
            "(二)制定地方标准(5项)\n由市市场监管局牵头。\n")
    assert target_texts(text) == ["10项", "5项"]


def test_a_parts_count_over_its_items_is_still_no_target():
    # guard: W45's shape, the part's items under its caption (one flagged)
    text = ("一、政务服务提质增效(2项)\n★1-1 新增便民服务点20个以上。牵头单位:区政务服务中心。\n"
            "1-2 推行帮办代办。\n二、要素保障扩容增效(1项)\n\n2-1 供应工业用地500亩。\n")
    assert target_texts(text) == ["20个以上", "500亩"]


def test_a_parts_count_over_its_items_past_a_page_end_is_still_no_target():
    # guard: a PDF's page number between the caption and its first item (tests/test_metamorphic2.py's shape)
    text = ("一、政务服务提质增效(2项)\n1-1 新增便民服务点20个以上。\n1-2 推行帮办代办。\n二、要素保障扩容增效(1项)\n"
            "— 2 —\n\n2-1 供应工业用地500亩。\n")
    assert target_texts(text) == ["20个以上", "500亩"]


# --- 3. W44: an occasion line under the notice's own sentences belongs to a report it hands on ---

_REPORT = ("政府工作报告\n——2025年1月8日在澄川县第十八届人民代表大会第五次会议上\n澄川县人民政府县长 周某某\n各位代表:\n"
           "现在,我代表县人民政府向大会报告工作。\n")
_COVER = ("澄川县人民政府办公室\n关于印发县政府工作报告重点工作分工方案的通知\n澄政办发〔2025〕3号\n\n各乡镇人民政府,县政府各部门:\n"
          "现将《澄川县2025年政府工作报告重点工作分工方案》印发给你们,请认真贯彻落实。\n\n澄川县人民政府办公室\n2025年2月12日\n\n")
_PARTS = "一、2024年工作回顾\n全县地区生产总值增长6.2%。\n二、2025年重点工作\n(一)扩大有效投资。新开工项目50个。\n"


@pytest.mark.parametrize("flat", [False, True])
def test_a_report_under_a_notices_signature_leaves_the_notices_title_and_date(flat):
    text = _COVER + _REPORT + _PARTS
    if flat:  # an OCR page run into one line
        text = text.replace("\n", " ")
    meta = policyparse.parse(text).metadata
    assert meta.title == "澄川县人民政府办公室关于印发县政府工作报告重点工作分工方案的通知"
    assert meta.signed_date == "2025-02-12"


@pytest.mark.parametrize("flat", [False, True])
def test_a_reports_own_occasion_line_titles_and_dates_it_under_a_headline_restating_it(flat):
    # W44's shape with the page's headline right over the title (no chrome line between: the line reader
    # joined it to the title) and, flat, the lines run together with spaces (the flat reader found no title)
    text = "澄川县人民政府门户网站\n澄川县2025年政府工作报告全文发布\n" + _REPORT + _PARTS
    if flat:
        text = text.replace("\n", " ")
    meta = policyparse.parse(text).metadata
    assert (meta.title, meta.signed_date, meta.issuer) == ("政府工作报告", "2025-01-08", "澄川县人民政府")


# --- 4. W44: the past periods of a report's review part, beside 过去一年 and 去年 ---


@pytest.mark.parametrize("caption", ["本届政府工作回顾", "过去十年工作回顾", "近五年来工作回顾", "过去5年工作回顾"])
def test_a_review_part_of_any_past_period_sets_no_tasks_or_targets(caption):
    text = _REPORT + f"一、{caption}\n全县新建学校12所,新建道路300公里。\n二、2025年重点工作\n(一)扩大有效投资。新开工项目50个。\n"
    doc = parsed_with_spans(text)
    assert [t.title for t in doc.tasks] == ["扩大有效投资"]
    assert [t.text for t in doc.targets] == ["50个"]


# --- 5. W44: 开学前后 is a spell around the event, no time limit (as 15日前后 is not, W35) ---


def _deadlines(body: str) -> list[tuple[str, str | None]]:
    doc = policyparse.parse("东江市教育局关于做好2025年秋季开学工作的通知\n各区教育局:\n一、主要任务\n" + body)
    return [(d.text, d.date) for t in doc.tasks for d in t.deadlines]


@pytest.mark.parametrize("date", ["9月", "9月1日"])
def test_a_date_before_an_event_and_qianhou_is_no_deadline(date):
    assert _deadlines(f"(一)加强校园安全。{date}开学前后开展校园安全检查。\n(二)配齐教师。\n") == []


def test_a_month_before_an_event_and_qian_is_still_a_deadline():
    # guard: W44's shape
    assert _deadlines("(一)新建学校。确保新建学校9月开学前投入使用。\n(二)配齐教师。\n") == [("9月", "2025-09-30")]


# --- 6. W45 / 1d211fd: a hyphened code right before the thing it numbers is no item number ---


@pytest.mark.parametrize("noun", ["地块", "标段", "幢"])
def test_hyphened_codes_of_plots_sections_and_buildings_are_no_items(noun):
    text = (f"一、主要任务\n(一)推进项目建设。建设内容:\n1-1{noun}安置房工程;\n1-2{noun}学校工程。\n"
            "(二)开展防汛演练。\n")
    assert [s.number for s in parsed_with_spans(text).sections] == ["一", "(一)", "(二)"]


def test_a_hyphened_item_number_before_its_verb_is_still_an_item():
    # guard: W45's shape, the number apart from its words or before a verb
    text = "一、主要任务\n1-1 地块收储提速。牵头单位:区自然资源局。\n1-2推进标段招标。\n"
    assert [s.number for s in parsed_with_spans(text).sections] == ["一", "1-1", "1-2"]


# --- 7. W41: 新增 dates the addition due by a period, not a noun it qualifies (上半年新增的岗位) ---


def test_a_period_before_xinzeng_de_qualifying_a_noun_is_no_deadline():
    body = ("(一)稳定岗位。对上半年新增的就业岗位给予补贴。\n(二)扩大就业。确保二季度新增城镇就业1万人以上。\n"
            "\n东江市人民政府办公室\n2025年3月10日\n")
    assert _deadlines(body) == [("二季度", "2025-06-30")]


# --- 8. W44: a legislature's numbered 公告 as an order's number: not where a sentence cites one, and a
# 公告 publishing no law keeps its head as its title ---


@pytest.mark.parametrize("cited", ["东江市人民代表大会常务委员会公告第5号", "东江市人民政府令第5号"])
def test_a_number_cited_by_a_sentence_of_a_gonggao_is_not_its_own(cited):
    text = ("东江市人民代表大会常务委员会\n关于召开市十六届人大常委会第三十次会议的公告\n\n"
            f"根据{cited}的安排,现将有关事项公告如下:\n一、会议时间\n2025年12月20日。\n\n"
            "东江市人民代表大会常务委员会\n2025年12月10日\n")
    assert policyparse.parse(text).metadata.doc_number is None


def test_a_numbered_gonggao_publishing_no_law_is_titled_by_its_head():
    text = ("东江市人民代表大会常务委员会公告\n(第3号)\n\n东江市第十六届人民代表大会常务委员会第二十九次会议于2025年11月28日"
            "决定,接受王某某辞去东江市人民政府副市长职务的请求。\n特此公告。\n\n东江市人民代表大会常务委员会\n2025年11月28日\n")
    meta = policyparse.parse(text).metadata
    assert (meta.title, meta.doc_number) == ("东江市人民代表大会常务委员会公告", "东江市人民代表大会常务委员会公告第3号")


def test_a_gonggao_publishing_a_law_is_still_titled_by_it():
    # guard: W44's shape
    text = ("东江市人民代表大会常务委员会公告\n〔十六届〕第二十号\n\n《东江市物业管理条例》已于2025年11月28日经东江市第十六届"
            "人民代表大会常务委员会第二十九次会议通过,现予公布,自2026年3月1日起施行。\n\n东江市人民代表大会常务委员会\n"
            "2025年12月5日\n\n东江市物业管理条例\n第一章 总则\n第一条 为了规范物业管理活动,制定本条例。\n")
    meta = policyparse.parse(text).metadata
    assert (meta.title, meta.doc_number) == ("东江市物业管理条例", "东江市人民代表大会常务委员会公告〔十六届〕第二十号")


# --- 9. W45: a part's count that says it sums its items up ((共6项), (计3条)) is no target either ---


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("count", ["共2项", "计2条", "合计2项"])
def test_a_parts_summed_count_over_its_items_is_no_target(count, flat):
    text = (f"一、政务服务提质增效({count})\n1-1 新增便民服务点20个以上。牵头单位:区政务服务中心。\n1-2 推行帮办代办。\n"
            "二、要素保障扩容增效(共1项)\n2-1 供应工业用地500亩。\n")
    if flat:
        text = text.replace("\n", " ")
    assert target_texts(text) == ["20个以上", "500亩"]


# --- 10. W44: a flat 公告 signed by the council: the council's name inside the promulgation sentence dates
# the adoption, not the signature ---


def test_a_flat_gonggao_is_dated_by_its_signature_not_the_adoption_in_its_sentence():
    text = ("东江市人民代表大会常务委员会公告 〔十六届〕第二十一号 《东江市河道管理条例》已经东江市人民代表大会常务委员会"
            "2025年11月28日第二十九次会议通过,现予公布,自2026年3月1日起施行。 东江市人民代表大会常务委员会 2025年12月5日 "
            "东江市河道管理条例 第一章 总则 第一条 为了加强河道管理,制定本条例。")
    meta = policyparse.parse(text).metadata
    assert (meta.title, meta.signed_date) == ("东江市河道管理条例", "2025-12-05")


# --- 11. W41: a problem column heads its own table only: a table under the next part is read up to its own header ---


def test_a_task_table_under_a_problem_table_keeps_its_targets():
    text = ("一、整改清单\n序号\t问题表现\t整改措施\t整改时限\n1\t专项资金滞留1200万元\t年底前拨付资金\t2025年12月底\n"
            "二、巩固提升\n序号\t目标任务\t责任单位\n1\t新建污水管网30公里\t县住建局\n2\t完成改厕300户\t县农业农村局\n")
    assert target_texts(text) == ["30公里", "300户"]  # 1200万元: the shortfall found (W41)
