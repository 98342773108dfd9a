"""Helper W21's invented notices (tests/invented/w21-*): the shapes they led to, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies): a county 人民政府 通知
printing a 行动方案 as `pdftotext -layout` prints a PDF (written clean in
tests/invented/build_w21_layout.py, which wraps every paragraph at 30 characters inside a page
margin, indents first lines, closes pages with - N - and a form feed or blank lines, and lays the
attached 重点任务清单 out as a table aligned with spaces whose long cells wrap inside their column
and whose header row is printed again after a page end); and a provincial 行动计划 as .docx
(tests/invented/build_w21_docx.py): an indicator table with a 单位 column and 2024年基数 / 2025年 /
2027年 / 属性 columns, units in a bracket after each item's caption inside the heading paragraph,
a 专栏 box drawn as a table of one cell, and dates in figures (2025-06-30前).

The fragments: a line under a table row holding the rests of cells wrapped in three columns (the
task, a list of units, a date) was read as a row of its own, cutting 县财⏎政局 (units/spaced.py:
a line with a blank serial cell whose pieces stand under pieces that fill their columns is the
rows' rest). Probes of the layout at other widths, column widths and page lengths (the same gold)
found more: a full line ending in a name's bracket (`各乡镇人民政府(街道办事处)⏎负责…`) was read as a
paragraph's end (text/wraps.py: a closing bracket, quote or title mark that a word opened in the
line closes no paragraph); `负⏎  责` and other role words cut by a wrap before the page margin's
indent were not read (units/prose.py, units/vocab.py); a line whose page end the units stage
blanks out looked like a table row and so ended in no wrap (text/wraps.py: that blank is no table's
gap); a header centred over its columns, as a PDF table's header is, left the table unread, and a
vertically centred table, which prints a tall cell's first lines above its row's own line, gave
those lines to the row above (units/spaced.py, units/table.py). And a 专栏 box drawn as a table of
one column was read as one line, its numbered entries no sections (ingest/docx.py: its paragraphs
are lines).
"""

from __future__ import annotations

import pytest

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import outline, units_by_title
from test_docx_word_features import make_docx, p

HEAD = "榆亭县人民政府关于印发榆亭县医疗卫生服务能力提升行动方案的通知\n各乡镇人民政府、街道办事处,县直各单位:\n"
TAIL = "\n                                        榆亭县人民政府\n                                        2025年4月8日\n"
INTRO = ("为深入推进健康榆亭建设,推动优质医疗资源扩容下沉和区域均衡布局,让群众在家门口看得上病、看得好病,"
         "进一步提升县域医疗卫生服务能力和水平,更好满足人民群众日益增长的健康需求,结合我县实际,制定本方案。")
MORE = ("坚持政府主导、公益优先,坚持资源下沉、整体联动,坚持中西医并重、防治结合,"
        "以县级医院为龙头、乡镇卫生院为枢纽、村卫生室为基础,构建优质高效的县域医疗卫生服务体系。")
FILLER = "统筹推进各项工作任务落地见效确保取得实际成效切实提升群众就医获得感和满意度"
ROOM, FIRST = 30, 28  # characters a line, and a first line (indented two more)


def _layout(*paragraphs: str) -> str:
    """Paragraphs as `pdftotext -layout` prints them: cut every 30 characters inside a margin of
    two spaces, a first line indented two more and holding two characters fewer."""
    lines = []
    for para in paragraphs:
        room, indent = FIRST, "      "
        while para:
            lines.append(indent + para[:room])
            para, room, indent = para[room:], ROOM, "  "
    return "\n".join(lines)


def _ending_a_line(lead: str, tail: str) -> str:
    """lead, then a sentence of filler, then tail, so that tail ends a line of _layout."""
    pad = (FIRST - len(lead) - len(tail)) % ROOM
    return lead + (FILLER[: pad - 1] + "。" if pad else "") + tail


def _units(*items: str) -> dict[str, list[tuple[str, str]]]:
    return units_by_title(HEAD + _layout(INTRO, MORE, "一、保障措施", *items) + TAIL)


def test_a_name_whose_bracket_ends_a_full_line_runs_on_into_its_verb():
    # 各乡镇人民政府(街道办事处)⏎负责… (the county notice at 64 columns): the line closes a bracket, which
    # read as a paragraph's end, so the duty clause had no subject
    item = _ending_a_line("(一)加强组织领导。县政府成立工作领导小组。", "各乡镇人民政府(街道办事处)") + "负责本辖区村卫生室建设的组织实施。"
    text = HEAD + _layout(INTRO, MORE, "一、保障措施", item) + TAIL
    assert "各乡镇人民政府(街道办事处)\n  负责" in text
    assert units_by_title(text)["加强组织领导"] == [("各乡镇人民政府(街道办事处)", "responsible")]


def test_a_quotation_closed_inside_a_sentence_does_not_end_its_heading():
    # a heading's line that fills the width and closes a quotation (“县管乡用”⏎机制。): the heading ran
    # to the line's end
    item = "(一)推动优质医疗资源下沉,全面落实乡村医生“县管乡用”机制。由县卫生健康局牵头,县财政局配合。"
    text = HEAD + _layout(INTRO, MORE, "一、重点任务", item) + TAIL
    assert "“县管乡用”\n  机制" in text
    heading = outline(policyparse.parse(text))[1][2]
    assert "".join(heading.split()) == "推动优质医疗资源下沉,全面落实乡村医生“县管乡用”机制"  # the wrap's line end and indent as the scorer drops them


def test_a_duty_verb_cut_by_a_wrap_before_the_pages_margin():
    # 县卫生健康局会同县政府督查室负⏎  责… (the county notice at 52 columns): the wrap took the line's
    # indent with it, which 负责 read across no line end with
    item = _ending_a_line("(一)严格督导考核。", "县卫生健康局会同县政府督查室负") + "责对本方案实施情况开展督导。"
    assert "督查室负\n  责" in _layout(item)
    assert _units(item)["严格督导考核"] == [("县卫生健康局", "responsible"), ("县政府督查室", "responsible")]


def test_role_words_cut_by_a_wrap_before_the_pages_margin():
    # in prose (a bracket's list is read with its line ends taken out already)
    item = _ending_a_line("(一)加强基层人才队伍建设。每年招聘医学类本科毕业生。", "由县卫生健康局牵") + "头,县委编办、县财政局配合。"
    assert "县卫生健康局牵\n  头" in _layout(item)
    assert _units(item)["加强基层人才队伍建设"] == [("县卫生健康局", "lead"), ("县委编办", "cooperating"), ("县财政局", "cooperating")]


def test_a_wrap_after_a_page_end_on_the_same_line():
    # a page end inside the item, then a wrap inside 各乡镇人民⏎政府 on the next page's first line: the
    # units stage blanks the page end out, and the blank made the line look like a table row, whose
    # line end is no wrap
    item = _ending_a_line("(一)加强组织领导。县政府成立工作领导小组,领导小组办公室设在县卫生健康局。", "各乡镇人民") + "政府(街道办事处)负责本辖区村卫生室建设的组织实施。"
    lines = _layout(INTRO, MORE, "一、保障措施", item).split("\n")
    cut = next(i for i, line in enumerate(lines) if line.endswith("各乡镇人民"))
    page_end = "\n\n" + " " * 34 + "- 2 -\n\f"
    text = HEAD + "\n".join(lines[:cut]) + page_end + "\n".join(lines[cut:]) + TAIL
    assert units_by_title(text)["加强组织领导"] == [("各乡镇人民政府(街道办事处)", "responsible")]


BODY = ("一、重点任务\n(一)提升县级医院综合服务能力。推进县人民医院救治中心建设。\n"
        "(二)推进数字健康赋能。建设县域全民健康信息平台。\n"
        "附件:榆亭县重点任务清单\n" + " " * 34 + "榆亭县人民政府\n" + " " * 34 + "2025年4月8日\n\n附件\n榆亭县重点任务清单\n")


def _table(*lines: str) -> dict[str, list[tuple[str, str]]]:
    """Task title -> sorted (name, role) of its units (a name a wrap cuts has no span of its own)."""
    text = "榆亭县人民政府关于印发行动方案的通知\n各乡镇人民政府:\n" + BODY + "\n".join(lines) + "\n"
    return {task.title: sorted((u.name, u.role) for u in task.units) for task in policyparse.parse(text).tasks}


FIRST_ROW = [("县卫生健康局", "lead"), ("县医疗保障局", "cooperating"), ("县发展改革局", "cooperating"), ("县财政局", "cooperating")]
SECOND_ROW = [("县卫生健康局", "cooperating"), ("县工业和信息化局", "cooperating"), ("县数据资源管理局", "lead")]


@pytest.mark.parametrize("header", [
    # the line under row 1 holds the rests of its task, its units and its date: three cells with a
    # blank serial, read as a row of its own (row 1 kept 县财 of 县财政局 and lost 县医疗保障局)
    "  序号  重点任务              牵头单位          配合单位                完成时限",
    # a PDF table's header stands centred in its columns, its rows' cells left-aligned: the rows'
    # cells started at none of the header's columns, and the table was not read
    "  序号        重点任务            牵头单位             配合单位           完成时限",
], ids=["rests-of-three-wrapped-cells", "header-centred-over-its-columns"])
def test_wrapped_rows_under_a_left_aligned_or_a_centred_header_join_their_row(header):
    units = _table(
        header,
        "  1     提升县级医院综合服务  县卫生健康局      县发展改革局、县财政    2025年12月底",
        "        能力                                    局、县医疗保障局        前",
        "  2     推进数字健康赋能      县数据资源管理局  县卫生健康局、县工业和  2026年底前",
        "                                                信息化局",
    )
    assert units["提升县级医院综合服务能力"] == sorted(FIRST_ROW)
    assert units["推进数字健康赋能"] == sorted(SECOND_ROW)


def test_a_vertically_centred_table_prints_tall_cells_from_above_their_row():
    # a tall cell's first line stands above its row's own line (the serial's): it was read as the
    # rest of the row above (县医疗保障局各乡镇…), here as the next row's first line, which fills its
    # column where the cell above it in that column ended short
    units = _table(
        "  序号  重点任务          牵头单位        配合单位      完成时限",
        "                                          县发展改革",
        "  1     提升县级医院综合  县卫生健康局    局、县财政    2025年12月",
        "        服务能力                          局、县医疗保  底前",
        "                                          障局",
        "                          县数据资源管理  县卫生健康",
        "  2     推进数字健康赋能  局              局、县工业和  2026年底前",
        "                                          信息化局",
    )
    assert units["提升县级医院综合服务能力"] == sorted(FIRST_ROW)
    assert units["推进数字健康赋能"] == sorted(SECOND_ROW)


def test_a_cell_broken_by_hand_beside_a_wrapped_one_stays_its_rows():
    # a cell the author broke by hand (县委编办、⏎县财政局) beside a task that wraps (提升…服务⏎能力):
    # the line under the row was read as a row of its own; a piece going on under a full one makes it
    # the row's rest, and one that fills nothing is no next row's head
    units = _table(
        "  序号  重点任务              牵头单位          配合单位                完成时限",
        "  1     提升县级医院综合服务  县卫生健康局      县委编办、              2025年12月底",
        "        能力                                    县财政局                前",
        "  2     推进数字健康赋能      县数据资源管理局  县卫生健康局            2026年底前",
    )
    assert units["提升县级医院综合服务能力"] == [("县卫生健康局", "lead"), ("县委编办", "cooperating"), ("县财政局", "cooperating")]


def test_a_box_of_one_column_in_a_docx_is_read_as_its_paragraphs():
    # a 专栏 drawn as a table of one cell: its paragraphs were joined into one line, so its numbered
    # entries were no items (call 23: a box's numbered entries are items like any other)
    box = ('<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="8000"/></w:tblGrid><w:tr><w:tc>'
           + p("专栏1　新型储能示范工程") + p("1.电网侧储能示范。建设独立储能电站10座以上。")
           + p("2.用户侧储能推广。推广用户侧储能项目100个以上。") + "</w:tc></w:tr></w:tbl>")
    body = "".join([
        p("青峡省人民政府办公厅关于印发青峡省新型储能行动计划的通知"), p("各市(州)人民政府:"),
        p("一、重点任务"), p("(一)推进新型储能规模化应用。(省发展改革委牵头,省能源局配合)"),
        p("统筹电网侧、电源侧、用户侧储能布局。"), box,
        p("(二)强化储能技术创新。(省科技厅牵头)"), p("青峡省人民政府办公厅"), p("2025年5月12日"),
    ])
    doc = policyparse.parse(make_docx(body))
    assert outline(doc) == [(1, "一", "重点任务"), (2, "(一)", "推进新型储能规模化应用"), (3, "1", "电网侧储能示范"),
                            (3, "2", "用户侧储能推广"), (2, "(二)", "强化储能技术创新")]


FLOORS = floors()
ACCURACY_FLOORS = floors({"targets.year": 0.95}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w21-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
