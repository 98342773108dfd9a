"""Review R11 of M2's drawn tables (ingest/boxes.py), W22's OCR list numbers (stages/sections.py) and
W21's rules: each test fails on the code at 41993d4."""

from __future__ import annotations

from fragments import units_by_title

import policyparse
from policyparse import ingest


def _untable(text: str) -> str:
    return ingest.read(text, "text").text


def test_a_padded_markdown_table_row_with_a_blank_cell_is_its_own_row():
    # A Markdown table writes a row a line: a row with a blank cell under cells as wide as their
    # column is no wrapped cell's rest (before: the two rows were joined into one)
    table = ("| 任务           | 牵头单位 | 配合单位 |\n"
             "|----------------|----------|----------|\n"
             "| 推进东江市改革 | 市发改委 | 市财政局 |\n"
             "| 完善南湖区设施 | 市住建局 |          |\n")
    assert _untable(table).split("\n") == ["任务\t牵头单位\t配合单位", "推进东江市改革\t市发改委\t市财政局",
                                          "完善南湖区设施\t市住建局", ""]
    # a box-drawn table with only its header ruled off still joins a wrapped cell's rest
    boxed = ("┌──────────┬────────┐\n"
             "│任务      │牵头单位│\n"
             "├──────────┼────────┤\n"
             "│推进东江市│市发改委│\n"
             "│改革      │        │\n"
             "└──────────┴────────┘\n")
    assert _untable(boxed).split("\n")[:2] == ["任务\t牵头单位", "推进东江市改革\t市发改委"]


_FLAT_HEAD = ("东江市人民政府办公室关于印发东江市数字经济发展行动方案的通知各区人民政府,市直各单位:现将《东江市数字经济"
              "发展行动方案》印发给你们,请认真贯彻执行。东江市人民政府办公室2025年3月6日东江市数字经济发展行动方案")


def _flat_parts(last: str) -> str:
    parts = "".join(f"{n}、推进第{k}项重点工作。各区要加强统筹协调,落实工作责任,到2026年底完成第{k}项重点工作任务。"
                    for k, n in enumerate("一二三四五六七八九", 1))
    return _FLAT_HEAD + parts.replace("到2026年底完成第9项重点工作任务。", last)


def test_a_plus_after_a_word_of_flat_prose_is_no_ten():
    # 互联网+、人工智能+ in part 九 of a flat OCR text: no part 十 (before: 十、人工智能+等新业态)
    doc = policyparse.parse(_flat_parts("培育互联网+、人工智能+等新业态。"))
    assert [s.number for s in doc.sections if s.level == 1][-1] == "九"
    assert "人工智能+等新业态" not in [s.heading for s in doc.sections]
    # OCR's +、 for 十、 after a sentence end is still part 十
    doc = policyparse.parse(_flat_parts("培育互联网+、人工智能+等新业态。") + "+、保障措施。各区要加强组织领导。")
    assert [(s.number, s.heading) for s in doc.sections][-1] == ("十", "保障措施")


def test_an_aside_in_brackets_opening_with_a_numeral_is_no_number_that_lost_its_bracket():
    # (三个月内完成) after a sentence end while (二) is open: its bracket closes, no (三)
    text = ("东江县人民政府办公室关于印发东江县集贸市场整治工作方案的通知\n各乡镇人民政府:\n现将方案印发给你们。\n"
            "一、工作任务\n(一)规范经营秩序。清理占道经营。(责任单位:县市场监管局)\n"
            "(二)改善卫生环境。完成市场改造5个。(三个月内完成)各乡镇要落实保洁制度。\n"
            "二、保障措施\n(一)加强组织领导。成立工作专班。\n(二)严格督查考核。县政府督查室牵头,每月通报。\n"
            "东江县人民政府办公室\n2025年3月6日\n")
    for aside in ("(三个月内完成)", "(三年内完成)"):
        doc = policyparse.parse(text.replace("(三个月内完成)", aside))
        assert [s.number for s in doc.sections] == ["一", "(一)", "(二)", "二", "(一)", "(二)"], aside
    # a (三 whose bracket was lost still opens item (三)
    lost = text.replace("(三个月内完成)各乡镇要落实保洁制度。", "\n(三加强宣传引导。各乡镇要落实保洁制度(每月一次)。")
    assert [s.number for s in policyparse.parse(lost).sections][:4] == ["一", "(一)", "(二)", "(三)"]


def _wrapped(text: str, width: int = 30) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width))


def test_a_full_line_closing_a_bracket_does_not_run_into_the_signature_under_it():
    # a hard-wrapped notice (30 columns): the attachment's title line, nearly full and closing its
    # bracket, is no sentence cut by a wrap; the issuer's name under it is no part of the title
    # (before: 东江市供水保障重点任务清单(2025—2027年)东江市人民政府办公室)
    head = "东江市人民政府办公室关于印发东江市供水保障行动方案的通知\n各区人民政府,市直各单位:\n"
    body = _wrapped("经市人民政府同意,现将《东江市供水保障行动方案》印发给你们,请结合实际认真贯彻执行。各区要加强统筹"
                    "协调,明确工作责任,细化工作措施,确保各项任务按期完成,执行中遇到的问题请及时报告市水务局。全市各有关"
                    "单位要密切配合,形成工作合力,推动供水保障工作取得实效。")
    for title in ("东江市供水保障重点任务清单(2025—2027年)", "东江市供水保障重点任务清单(2025—2027)"):
        doc = policyparse.parse(head + body + "\n附件:" + title + "\n东江市人民政府办公室\n2025年3月6日\n")
        assert doc.metadata.attachments == [title]
        assert doc.metadata.issuer == "东江市人民政府办公室"


def _spaced_row(*cells: str, widths: tuple[int, ...] = (6, 26, 20, 10)) -> str:
    out = ""
    for cell, width in zip(cells, widths):
        out += cell + " " * (width - sum(2 if ord(c) > 0x2E7F else 1 for c in cell))
    return out.rstrip()


def test_a_unit_cell_broken_by_hand_after_its_mark_keeps_its_rest_in_its_row():
    # 市水务局、⏎市住房和城乡建设局 in a space-aligned table: the rest fills its column, but the piece
    # above ends in 、 and goes on under it; no head of the next row's tall cells (before: 市住房和城乡
    # 建设局 was a lead unit of 完善南湖区排水设施建设 and not of 推进东江市供水管网改造)
    table = "\n".join([
        _spaced_row("序号", "重点任务", "牵头单位", "完成时限"),
        _spaced_row("1", "推进东江市供水管网改造", "市水务局、", "2025年底"),
        _spaced_row("", "", "市住房和城乡建设局"),
        _spaced_row("2", "完善南湖区排水设施建设", "南湖区人民政府", "2026年底"),
        _spaced_row("3", "提升北湖区供水服务水平", "北湖区人民政府", "2026年底")])
    text = ("东江市人民政府办公室关于印发东江市供水保障行动方案的通知\n各区人民政府,市直各单位:\n现将方案印发给你们。\n"
            "一、重点任务\n各区要对照下表抓好落实。\n" + table + "\n二、保障措施\n各区要加强组织领导。\n东江市人民政府办公室\n2025年3月6日\n")
    units = units_by_title(text)
    assert units["推进东江市供水管网改造"] == [("市住房和城乡建设局", "lead"), ("市水务局", "lead")]
    assert units["完善南湖区排水设施建设"] == [("南湖区人民政府", "lead")]


def test_a_document_number_line_with_a_wide_gap_is_no_wrapped_line():
    # 东政办〔2025〕3号 and 签发人 (or the date) apart by a wide gap in a hard-wrapped notice: no page
    # end's blank, so a line of two cells, not one the wrap cut before the title (before: the title
    # lost its first line, 行动方案的通知)
    body = _wrapped("经市人民政府同意,现将《东江市供水保障行动方案》印发给你们,请结合实际认真贯彻执行。各区要加强统筹"
                    "协调,明确工作责任,细化工作措施,确保各项任务按期完成,执行中遇到的问题请及时报告市水务局。全市各有关"
                    "单位要密切配合,形成工作合力,推动供水保障工作取得实效。")
    for right in ("签发人:张某某", "2025年3月6日"):
        text = ("东江市人民政府办公室文件\n东政办〔2025〕3号" + " " * 24 + right + "\n东江市人民政府办公室关于印发东江市供水保障\n"
                "行动方案的通知\n各区人民政府,市直各单位:\n" + body + "\n" + body + "\n东江市人民政府办公室\n2025年3月6日\n")
        doc = policyparse.parse(text)
        assert doc.metadata.title == "东江市人民政府办公室关于印发东江市供水保障行动方案的通知", right
        assert doc.metadata.doc_number == "东政办〔2025〕3号"
    # a row of a space-aligned table of two cells is no wrapped line either
    from policyparse.text import wraps
    row = "推进东江市城区供水管网改造工程" + " " * 26 + "市水务局"
    text = ("东江市人民政府办公室关于印发东江市供水保障行动方案的通知\n各区人民政府,市直各单位:\n" + body + "\n"
            + "重点任务" + " " * 48 + "牵头单位\n" + row + "\n" + "完善南湖区排水设施建设" + " " * 34 + "南湖区人民政府\n" + body + "\n")
    assert not wraps.runs_on(text, text.index(row) + len(row))


_INDICATORS = """┌────┬────────────┬──────────┐
│序号│指标        │2025年目标│
├────┼────────────┼──────────┤
│1   │污水处理率  │95%       │
│2   │供水普及率  │99%       │
│3   │管网漏损率  │9%以下    │
├────┼────────────┼──────────┤
│备注│以上为约束性│          │
└────┴────────────┴──────────┘"""


def test_unruled_rows_between_a_ruled_header_and_a_ruled_last_row_stay_rows():
    # rules under the header and over a 备注/合计 row only: each full line between is a row (before:
    # one row 123 污水处理率供水普及率管网漏损率 95%99%9%以下)
    assert _untable(_INDICATORS).split("\n")[:5] == [
        "序号\t指标\t2025年目标", "1\t污水处理率\t95%", "2\t供水普及率\t99%", "3\t管网漏损率\t9%以下", "备注\t以上为约束性"]
    # …and so are the rows of a table closed before a page end and opened again after it
    split = _INDICATORS.replace("│3   │管网漏损率  │9%以下    │\n├────┼────────────┼──────────┤\n│备注│以上为约束性│          │\n",
                                "└────┴────────────┴──────────┘\n\n— 2 —\n\n┌────┬────────────┬──────────┐\n"
                                "│3   │管网漏损率  │9%以下    │\n│4   │水质达标率  │100%      │\n")
    assert _untable(split).split("\n")[:5] == [
        "序号\t指标\t2025年目标", "1\t污水处理率\t95%", "2\t供水普及率\t99%", "3\t管网漏损率\t9%以下", "4\t水质达标率\t100%"]
    # a row whose every cell wraps inside its box, or whose cell is broken by hand after 、, is one row
    wrapped = ("┌────────────┬──────────┐\n│重点任务    │牵头单位  │\n├────────────┼──────────┤\n"
               "│推进东江市供│东江市水务│\n│水管网改造  │局        │\n├────────────┼──────────┤\n"
               "│完善南湖区排│市住建局、│\n│水设施      │南湖区政府│\n└────────────┴──────────┘")
    assert _untable(wrapped).split("\n")[:3] == ["重点任务\t牵头单位", "推进东江市供水管网改造\t东江市水务局",
                                                "完善南湖区排水设施\t市住建局、南湖区政府"]
    # a wrapped first cell beside a cell of one unit a line (a Word cell's paragraphs) is one row
    units = wrapped.replace("│完善南湖区排│市住建局、│\n│水设施      │南湖区政府│", "│完善南湖区排│市住建局  │\n│水设施      │南湖区政府│")
    assert _untable(units).split("\n")[2] == "完善南湖区排水设施\t市住建局南湖区政府"
