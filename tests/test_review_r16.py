"""R16's review of this evening's merges (W32, W33, W34 and the lead's): fragments of notices we have
not seen, where a new rule must not fire (and one where it must)."""

from __future__ import annotations

from fragments import parsed_with_spans, target_texts


def _titles(text: str) -> list[str]:
    """The headings of the items under 一、"""
    return ["".join(s.heading.split()) for s in parsed_with_spans(text).sections if s.number != "一"]


def test_a_short_caption_ending_on_a_comma_over_its_body_ends_at_its_line():
    # W32 proposed that a heading line ending on , run on (a <br> inside a long sentence), and the lead took it
    # back (the guide's line end); a short caption with a comma after it, its body on the next line, is a
    # caption on a line of its own either way
    head = "东江市城乡环境整治工作方案\n一、主要任务\n"
    assert _titles(head + "1.全面排查,\n各乡镇要对辖区内违建开展全面排查,建立台账。\n2.集中整治,\n各乡镇要集中开展整治。\n") == [
        "全面排查", "集中整治"]
    assert _titles(head + "(一)加强组织领导,\n市城管局负责统筹。\n(二)强化督查。市督查室负责。\n") == ["加强组织领导", "强化督查"]
    indented = head + "(一)坚持问题导向,聚焦群众反映强烈的突出问题,\n　　各乡镇要集中开展整治。\n(二)强化督查。市督查室负责。\n"
    assert _titles(indented) == ["坚持问题导向,聚焦群众反映强烈的突出问题", "强化督查"]


def test_an_order_number_cited_after_a_rules_title_is_not_the_documents_number():
    # W32 reads orders counted by year (令2019年第5号); one in brackets after 《X》 cites the rule amended
    for number in ("市政府令2019年第5号", "市政府令第5号"):
        meta = parsed_with_spans(f"东江市人民政府关于修改《东江市河道管理办法》({number})的决定\n各区人民政府:\n市政府决定修改。\n\n"
                       "东江市人民政府\n2025年3月28日\n").metadata
        assert meta.doc_number is None and meta.issuer == "东江市人民政府", number
    order = parsed_with_spans("东江市人民政府令\n第9号\n《东江市河道管理办法》已经市政府常务会议审议通过,现予公布。\n\n"
                    "市长  王立新          2025年3月28日\n\n东江市河道管理办法\n\n第一章  总则\n"
                    "第一条  为了加强河道管理,制定本办法。\n第二条  市水利局负责全市河道管理工作。\n").metadata
    assert order.doc_number == "东江市人民政府令第9号" and order.signed_date == "2025-03-28"


def test_a_circled_list_of_lines_whose_first_item_ran_into_its_lead_sentence_keeps_its_headings():
    # W34: a circled number after a sentence end mid-line opens no heading (…等产品。①X负责…;②…, a list
    # inside a paragraph); where ② opens the next line, the items are lines and ① only ran into the lead-in
    head = "东江市城乡环境整治工作方案\n一、主要任务\n"
    doc = parsed_with_spans(head + "(一)加强治理。具体任务如下。①开展排查。市城管局负责。\n②集中整治。市住建局负责。\n"
                  "③强化督查。市督查室负责。\n")
    assert [t.title for t in doc.tasks] == ["开展排查", "集中整治", "强化督查"]
    inline = parsed_with_spans(head + "(一)加强治理。具体任务如下。①开展排查,市城管局负责。②集中整治,市住建局负责。\n"
                     "(二)强化督查。市督查室负责。\n")
    assert [s.number for s in inline.sections] == ["一", "(一)", "(二)"]


def test_a_flat_order_publishing_a_decision_is_titled_by_the_decision():
    # W32: a flat order whose head ran into its title is titled by the rule under its date; an order
    # publishing a 决定 (its 的决定 a genre word cutting the head) left 号《…》已经… in front of the title
    text = ("西湾市人民政府令 第9号 《西湾市人民政府关于修改和废止部分规章的决定》已经2025年3月18日市人民政府第12次"
            "常务会议审议通过,现予公布,自公布之日起施行。 市长 王立新 2025年3月28日 西湾市人民政府关于修改和废止"
            "部分规章的决定 为了维护法制统一,市人民政府决定: 一、修改《西湾市河道管理办法》。 "
            "第一条 为了加强河道管理,保障防洪安全,改善水生态环境,根据有关法律法规,结合本市实际,制定本办法。 "
            "第二条 本市行政区域内河道的整治、利用、保护及其监督管理活动,适用本办法。 "
            "第三条 市水利局负责全市河道管理工作,区县人民政府负责本行政区域内河道的日常管理。 "
            "第四条 河道管理实行河长制,按照统一规划、综合治理、分级负责的原则开展。 第五条 本办法自2025年5月1日起施行。")
    meta = parsed_with_spans(text).metadata
    assert meta.title == "西湾市人民政府关于修改和废止部分规章的决定"
    assert meta.doc_number == "西湾市人民政府令第9号" and meta.signed_date == "2025-03-28"


def test_an_amount_bounded_after_its_figure_before_a_noun_is_a_class_not_a_grant():
    # W33: an amount right after a granting verb is the grant (给予5万元工作经费奖励); with 以下 after the
    # figure it picks out a class of projects (资助100万元以下项目实行备案管理), as it did before
    head = "东江市科技项目管理办法\n一、支持政策\n"
    assert target_texts(head + "(一)资助100万元以下项目实行备案管理。\n") == []
    assert target_texts(head + "(一)对总投资按1000万元以下项目给予贴息支持。\n") == []
    assert target_texts(head + "(一)对新认定的企业,给予5万元工作经费奖励。\n") == ["5万元"]
    assert target_texts(head + "(一)对新认定的企业,给予最高5万元工作经费奖励。\n") == ["最高5万元"]


def _units(doc) -> dict[str, list[tuple[str, str]]]:
    return {t.title: [(u.name, u.role) for u in t.units] for t in doc.tasks}


def test_an_items_time_limit_line_under_its_unit_lines_still_ends_its_paragraph():
    # W34: a 【责任单位】X line ends the last item's paragraph, so the closing 本方案…由X负责解释 is none of
    # its; items that close on a 【完成时限】 line under their unit lines lent the closing's unit to the last
    head = "东岭县冷链物流发展实施方案\n一、重点任务\n"
    items = [("一", "完善冷链设施", "县商务局"), ("二", "培育市场主体", "县发改局"), ("三", "强化要素保障", "县财政局"),
             ("四", "加强宣传引导", "县委宣传部")]
    for unit_line, time_line in (("【责任单位】{}", "【完成时限】2025年12月底"), ("责任单位:{}", "完成时限:2025年底前")):
        body = "".join(f"({n}){t}。统筹推进相关工作。\n{unit_line.format(u)}\n{time_line}\n" for n, t, u in items)
        units = _units(parsed_with_spans(head + body + "本方案自印发之日起实施,由县商务局负责解释。\n"))
        assert units["加强宣传引导"] == [("县委宣传部", "responsible")], unit_line


def test_a_bulleted_unit_line_by_a_table_is_no_legend_of_its_marks():
    # W34: a matrix of tasks by units is read by its legend (●为牵头单位); a bullet over a unit line
    # (●牵头单位:市水利局) near a table marked ● says nothing of what the table's ● means
    head = ("西湾市河道保洁工作方案\n一、重点任务\n(一)开展河道清淤。年底前完成主要河道清淤。\n"
            "(二)加强岸线巡查。建立岸线巡查制度。\n二、任务分工\n")
    table = "序号\t重点任务\t市水利局\t市财政局\n1\t开展河道清淤\t●\t●\n2\t加强岸线巡查\t\t●\n"
    units = _units(parsed_with_spans(head + "●牵头单位:市水利局\n" + table))
    assert units["开展河道清淤"] == [] and units["加强岸线巡查"] == []
    legend = _units(parsed_with_spans(head + table.replace("\t●\t●\n", "\t●\t○\n") + "注:●为牵头单位,○为配合单位。\n"))
    assert legend["开展河道清淤"] == [("市水利局", "lead"), ("市财政局", "cooperating")]


def test_an_articles_last_item_keeps_its_unit_line():
    # W32: a paragraph after an article's one-paragraph items is the article's, not its last item's; a
    # bracket of units on a line of its own under the last item is the item's, as under any item
    text = ("东江市城市管理办法\n第一章 总则\n第一条 为了加强城市管理,制定本办法。\n第二条 本办法适用于本市。\n"
            "第三条 有关部门按照下列分工履行职责:\n(一)市城管局负责市容管理;\n(二)市住建局负责建筑管理;\n"
            "(三)市交通局负责道路管理。\n(责任单位:市交通局、市公安局)\n第四条 本办法自公布之日起施行。\n")
    units = _units(parsed_with_spans(text))
    assert units["市交通局负责道路管理"] == [("市交通局", "responsible"), ("市公安局", "responsible")]
    after = text.replace("(责任单位:市交通局、市公安局)\n", "各区人民政府负责辖区内的日常管理。\n")
    assert _units(parsed_with_spans(after))["市交通局负责道路管理"] == [("市交通局", "responsible")]
