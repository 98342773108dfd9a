"""R14's review of the day's merged rules: fragments of notices we have not seen, where a new rule
must not fire (and one or two where it must)."""

from __future__ import annotations

import policyparse

E = "\u3000\u3000"  # a gap of two ideographic spaces, as a page types it


def _html(paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><meta charset='utf-8'></head><body><div class='content'>{body}</div></body></html>".encode()


def _outline(doc) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.heading) for s in doc.sections]


def test_gap_rows_keep_a_regulations_spaced_chapter_headings():
    # 第一章　　总　　则: a word spaced out, no row of three cells; short chapters put them two lines apart
    doc = policyparse.parse(_html([
        "明山市城市绿化管理办法",
        f"第一章{E}总{E}则", "第一条 为加强城市绿化管理,制定本办法。",
        f"第二章{E}规{E}划", "第二条 市园林局负责编制绿地系统规划。",
        f"第三章{E}建{E}设", "第三条 新建住宅区绿地率不低于30%。",
    ]), "html")
    assert [(level, number) for level, number, _ in _outline(doc)] == [
        (1, "第一章"), (2, "第一条"), (1, "第二章"), (2, "第二条"), (1, "第三章"), (2, "第三条")]
    assert "\t" not in doc.text


def test_gap_rows_keep_numbered_paragraphs_whose_line_goes_on_after_gaps():
    # (一)抓好备耕。　　各县(市、区)负责　　3月底前: a task's paragraph, not a row of a typed table
    doc = policyparse.parse(_html([
        "关于做好春耕工作的通知", "一、重点任务",
        f"(一)抓好备耕。{E}各县(市、区)负责{E}3月底前",
        f"(二)抓好播种。{E}市农业农村局牵头{E}4月底前",
        f"(三)抓好管护。{E}市水利局负责{E}5月底前",
    ]), "html")
    assert [number for _, number, _ in _outline(doc)] == ["一", "(一)", "(二)", "(三)"]
    units = {t.title: sorted((u.name, u.role) for u in t.units) for t in doc.tasks}
    assert units == {
        "抓好备耕": [("各县(市、区)", "responsible")],
        "抓好播种": [("市农业农村局", "lead")],
        "抓好管护": [("市水利局", "responsible")],
    }


def test_gap_rows_still_read_a_typed_table():
    # the rule's own shape: a header of short cells and numbered rows, cells parted by gaps
    doc = policyparse.parse(_html([
        "关于做好燃气安全整治工作的通知", "一、任务分工",
        f"序号{E}重点任务{E}牵头单位{E}完成时限",
        f"1{E}排查燃气管网{E}市住建局{E}2025年6月底前",
        f"2{E}整治餐饮场所{E}市市场监管局{E}2025年9月底前",
        f"3{E}开展宣传教育{E}市应急局{E}2025年12月底前",
    ]), "html")
    assert "1\t排查燃气管网\t市住建局\t2025年6月底前" in doc.text


def _targets(body: str) -> list[str]:
    doc = policyparse.parse("关于印发明山市2025年工作方案的通知\n一、主要任务\n" + body)
    for t in doc.targets:
        assert doc.text[t.span[0] : t.span[1]] == t.text
    return [t.text for t in doc.targets]


def test_a_done_verb_in_a_later_clause_or_naming_a_noun_reports_nothing():
    # targets._reported_after reads the count's own clause, and a 了-verb before 的 is an attribute
    assert _targets("(一)推进培训。全年培训农民5000人次,对已开展了培训的农民进行跟踪服务。\n") == ["5000人次"]
    assert _targets("(一)推进培训。培训农民5000人次,对进行了登记的农民实行跟踪服务。\n") == ["5000人次"]
    assert _targets("(一)推进建设。每个县建设2个实训基地,对已完成了改造的基地给予补助。\n") == ["2个"]
    assert _targets("(一)推进覆盖。新建5G基站500个,实现了乡镇全覆盖。\n") == ["500个"]


def test_a_done_verb_in_the_counts_clause_still_reports():
    assert _targets("(一)开展督查。对9个县(市、区)和高新区开展了专项督查。\n") == []


def test_a_spaced_date_closed_inside_a_space_aligned_table_keeps_the_columns_after_it():
    # normalize's _SPACED_DATE: 2025 年 6 月 30 日前 in the middle column of a table aligned with spaces
    doc = policyparse.parse(
        "关于做好防汛工作的通知\n一、主要任务\n"
        "序号    任务            完成时限                牵头单位\n"
        "1       建设站点        2025 年 6 月 30 日前    市应急局\n"
        "2       巡查水库        2025 年 9 月底前        市水利局\n"
        "3       清理河道        2025 年 10 月底前       市城管局\n")
    got = {t.title: ([(u.name, u.role) for u in t.units], [d.text for d in t.deadlines]) for t in doc.tasks}
    assert got == {
        "建设站点": ([("市应急局", "lead")], ["2025年6月30日前"]),
        "巡查水库": ([("市水利局", "lead")], ["2025年9月底前"]),
        "清理河道": ([("市城管局", "lead")], ["2025年10月底前"]),
    }
    for t in doc.tasks:
        for d in t.deadlines:
            assert doc.text[d.span[0] : d.span[1]] == d.text


def test_a_spaced_date_in_prose_is_still_closed():
    doc = policyparse.parse("关于做好防汛工作的通知\n一、主要任务\n(一)加强值守。到 2025 年 底,完成站点建设。\n")
    assert [d.text for t in doc.tasks for d in t.deadlines] == ["到2025年底"]


def test_a_minutes_topic_line_past_its_first_sentence_is_no_title():
    # metadata: the line under a 纪要's masthead and issue number is its title, not a 关于… topic in its body
    doc = policyparse.parse(
        "明山市人民政府常务会议纪要\n〔2025〕第5期\n明山市人民政府办公室          2025年3月15日\n"
        "3月14日,市长主持召开常务会议,审议《明山市管网改造实施方案》。\n关于管网改造实施方案\n会议同意该方案。\n"
        "一、议定事项\n(一)加快改造。市住建局负责。\n")
    assert doc.metadata.title == "明山市人民政府常务会议纪要"
    assert doc.metadata.doc_number == "〔2025〕第5期"


def test_a_minutes_title_under_its_masthead_is_still_read():
    doc = policyparse.parse(
        "明山市人民政府\n专题会议纪要\n〔2025〕第12期\n明山市人民政府办公室          2025年3月15日\n"
        "关于研究管网改造工作的会议纪要\n3月14日,副市长主持召开专题会议。\n"
        "一、会议议定事项\n(一)加快管网改造。市住建局负责,6月底前完成。\n")
    assert doc.metadata.title == "关于研究管网改造工作的会议纪要"


def test_stars_masking_names_are_no_markdown_bold():
    # ingest.text.unmark: ** masking a name (a template's or a published list's) stands alone on some
    # line, where a converter's bold marks pair; the text keeps its stars
    text = ("关于印发**县乡村振兴工作方案的通知\n**镇人民政府、**乡人民政府:\n一、主要任务\n"
            "(一)推进产业。**镇负责,**乡配合。\n**镇:负责建设**产业园。\n**乡:负责推广**技术。\n"
            "**村:负责落实到户。\n**县人民政府办公室\n2025年3月1日\n")
    doc = policyparse.parse(text)
    assert "**镇人民政府、**乡人民政府" in doc.text
    assert "**村:负责落实到户。" in doc.text


def test_a_markdown_export_still_loses_its_marks():
    doc = policyparse.parse(
        "# 关于做好防汛工作的通知\n\n各县:\n\n**一、主要任务**\n\n**(一)加强值守。**市应急局负责,汛期实行24小时值班。\n\n"
        "**(二)加强巡查。**市水利局负责,6月底前完成10座水库巡查。\n\n明山市人民政府办公室  \n2025年5月1日\n")
    assert doc.metadata.title == "关于做好防汛工作的通知"
    assert [t.title for t in doc.tasks] == ["加强值守", "加强巡查"]


def test_a_minutes_agenda_part_keeps_items_that_name_a_unit_in_prose():
    # data/framing_parts.txt's 会议内容: framing, but a 纪要 records the settled work under it
    doc = policyparse.parse(
        "关于管网改造工作的会议纪要\n3月14日,副市长主持召开专题会议。\n一、会议内容\n"
        "(一)加快管网改造。市住建局牵头,6月底前完成改造20公里。\n(二)保障资金。市财政局负责。\n")
    units = {t.title: sorted((u.name, u.role) for u in t.units) for t in doc.tasks}
    assert units == {"加快管网改造": [("市住建局", "lead")], "保障资金": [("市财政局", "responsible")]}
    for t in doc.tasks:
        for u in t.units:
            assert doc.text[u.span[0] : u.span[1]] == u.name


def test_a_meeting_notices_agenda_is_still_no_work():
    doc = policyparse.parse(
        "关于召开全市安全生产工作会议的通知\n一、会议时间\n2025年3月10日上午9:00。\n二、会议内容\n"
        "(一)市应急局主要负责人通报全市安全生产情况。\n(二)市政府分管领导部署下一阶段工作。\n"
        "三、参会人员\n各县(市、区)分管负责同志1名。\n四、有关要求\n(一)请各县区于3月7日前报送参会名单。\n")
    assert [t.title for t in doc.tasks] == ["请各县区于3月7日前报送参会名单"]


def test_a_forecast_lasting_until_a_month_is_no_work_window():
    # R14's leftover, fixed by the lead: 持续至 ends a work window (W25), not a forecast's span
    def deadlines(sentence: str) -> list[str]:
        text = f"关于做好防汛工作的通知\n各单位:\n一、加强值守\n　　{sentence}\n东江市人民政府\n2025年3月1日\n"
        doc = policyparse.parse(text)
        return [d.text for t in doc.tasks for d in t.deadlines]

    assert deadlines("预计降雨持续至2025年7月,各地要做好防范。") == []
    assert deadlines("专项活动持续至2025年7月。") == ["至2025年7月"]
