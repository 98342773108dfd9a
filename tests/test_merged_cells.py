"""Merged table cells in HTML (rowspan/colspan) and DOCX (w:vMerge/w:gridSpan) inputs.

Division-of-work tables merge a 牵头单位 cell over the rows it leads, a task group over its
tasks, a header over two role columns. Each row must carry the cells that cover it, as
text repeated in its line (so that spans stay exact), with its cells under their headers;
and end to end each task matched to a row gets the merged cell's units in the header's
role. The notices and bodies are invented; every expected value is read off the table as
a person would fill it in, row by row.
"""

from __future__ import annotations

import io
import time
import zipfile

import policyparse
from policyparse.ingest import grid, read

NOTICE = (
    "<p>某县人民政府办公室关于印发重点工作任务分工方案的通知</p><p>一、主要任务</p>"
    "<p>(一)推进农田水利设施建设。完善灌溉渠系。</p>"
    "<p>(二)加强耕地质量保护。开展土壤改良。</p>"
    "<p>(三)提升农机装备水平。推广适用农机。</p>"
    "<p>附件</p><p>重点任务分工表</p>"
)
TITLES = ["推进农田水利设施建设", "加强耕地质量保护", "提升农机装备水平"]


def page(body: str) -> str:
    return f"<html><body>{body}</body></html>"


def lines(source: str | bytes, fmt: str | None = None) -> list[str]:
    return read(source, fmt).text.splitlines()


def table_lines(source: str | bytes, fmt: str | None = None) -> list[str]:
    return [line for line in lines(source, fmt) if "\t" in line]


def units_by_task(source: str | bytes, fmt: str | None = None) -> dict[str, list[tuple[str, str, str]]]:
    """Body task title -> (name, role, label) of its units, in order. Every unit points at
    its name in the line of the table row numbered like the task (the row's own copy of a
    merged cell, not the first row's)."""
    doc = policyparse.parse(source, format=fmt)
    out = {}
    for task in doc.tasks:
        assert task.section is not None, f"table row became a task of its own: {task.title}"
        row_number = str(TITLES.index(task.title) + 1)
        row_start = doc.text.index(f"\n{row_number}\t") + 1
        row_end = doc.text.index("\n", row_start)
        for u in task.units:
            assert u.source == "table"
            assert doc.text[u.span[0] : u.span[1]] == u.name
            assert row_start <= u.span[0] < u.span[1] <= row_end, (task.title, u.name)
        out[task.title] = [(u.name, u.role, u.label) for u in task.units]
    return out


# ----------------------------------------------------------------------------- HTML rowspan

LEAD_SPANS_THREE_ROWS = NOTICE + (
    "<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
    "<tr><td>1</td><td>推进农田水利设施建设</td><td rowspan='3'>县农业农村局</td><td>县水利局</td><td>2026年底</td></tr>"
    "<tr><td>2</td><td>加强耕地质量保护</td><td>县自然资源局</td><td>2027年底</td></tr>"
    "<tr><td>3</td><td>提升农机装备水平</td><td>县财政局</td><td>长期坚持</td></tr></table>"
)


def test_html_rowspan_lead_cell_is_repeated_in_each_row_it_covers():
    assert table_lines(page(LEAD_SPANS_THREE_ROWS)) == [
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "1\t推进农田水利设施建设\t县农业农村局\t县水利局\t2026年底",
        "2\t加强耕地质量保护\t县农业农村局\t县自然资源局\t2027年底",
        "3\t提升农机装备水平\t县农业农村局\t县财政局\t长期坚持",
    ]


def test_html_rowspan_lead_cell_gives_every_covered_task_its_lead():
    # Before: rows 2 and 3 lost the lead and slid left, so 配合单位 was read as 牵头单位.
    assert units_by_task(page(LEAD_SPANS_THREE_ROWS), "html") == {
        "推进农田水利设施建设": [("县农业农村局", "lead", "牵头单位"), ("县水利局", "cooperating", "配合单位")],
        "加强耕地质量保护": [("县农业农村局", "lead", "牵头单位"), ("县自然资源局", "cooperating", "配合单位")],
        "提升农机装备水平": [("县农业农村局", "lead", "牵头单位"), ("县财政局", "cooperating", "配合单位")],
    }


# A header 责任单位 over two role columns, the other header cells spanning both header rows;
# 牵头单位 merged over rows 1-2, 配合单位 over rows 2-3, the deadline over all three.
TWO_ROW_HEADER = NOTICE + (
    "<table><thead><tr><th rowspan='2'>序号</th><th rowspan='2'>重点任务</th><th colspan='2'>责任单位</th>"
    "<th rowspan='2'>完成时限</th></tr><tr><th>牵头单位</th><th>配合单位</th></tr></thead><tbody>"
    "<tr><td>1</td><td>推进农田水利设施建设</td><td rowspan='2'>县水利局</td><td>县财政局</td>"
    "<td rowspan='3'>2026年底</td></tr>"
    "<tr><td>2</td><td>加强耕地质量保护</td><td rowspan='2'>县农业农村局、县商务局</td></tr>"
    "<tr><td>3</td><td>提升农机装备水平</td><td>县工业和信息化局</td></tr></tbody></table>"
)


def test_html_colspan_header_keeps_the_columns_aligned():
    assert table_lines(page(TWO_ROW_HEADER)) == [
        "序号\t重点任务\t责任单位\t\t完成时限",
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "1\t推进农田水利设施建设\t县水利局\t县财政局\t2026年底",
        "2\t加强耕地质量保护\t县水利局\t县农业农村局、县商务局\t2026年底",
        "3\t提升农机装备水平\t县工业和信息化局\t县农业农村局、县商务局\t2026年底",
    ]


def test_html_two_row_header_and_merged_cells_give_each_task_its_roles():
    assert units_by_task(page(TWO_ROW_HEADER), "html") == {
        "推进农田水利设施建设": [("县水利局", "lead", "牵头单位"), ("县财政局", "cooperating", "配合单位")],
        "加强耕地质量保护": [
            ("县水利局", "lead", "牵头单位"), ("县农业农村局", "cooperating", "配合单位"),
            ("县商务局", "cooperating", "配合单位"),
        ],
        "提升农机装备水平": [
            ("县工业和信息化局", "lead", "牵头单位"), ("县农业农村局", "cooperating", "配合单位"),
            ("县商务局", "cooperating", "配合单位"),
        ],
    }


def test_html_row_of_one_cell_under_a_merged_cell_is_a_table_row():
    # Without a number column the second row has one cell of its own: it used to be read as
    # a paragraph, without the lead merged into it.
    html = page(NOTICE + (
        "<table><tr><td>重点任务</td><td>牵头单位</td></tr>"
        "<tr><td>推进农田水利设施建设</td><td rowspan='2'>县水利局</td></tr>"
        "<tr><td>加强耕地质量保护</td></tr>"
        "<tr><td>提升农机装备水平</td><td>县农业农村局</td></tr></table>"
    ))
    assert table_lines(html) == [
        "重点任务\t牵头单位",
        "推进农田水利设施建设\t县水利局",
        "加强耕地质量保护\t县水利局",
        "提升农机装备水平\t县农业农村局",
    ]
    doc = policyparse.parse(html, format="html")
    assert all(doc.text[u.span[0] : u.span[1]] == u.name for t in doc.tasks for u in t.units)
    assert {t.title: [(u.name, u.role) for u in t.units] for t in doc.tasks} == {
        "推进农田水利设施建设": [("县水利局", "lead")],
        "加强耕地质量保护": [("县水利局", "lead")],
        "提升农机装备水平": [("县农业农村局", "lead")],
    }


def test_html_table_of_own_items_gives_each_item_the_merged_unit():
    # A project table lists items of its own: each row naming a unit is a task titled by its
    # item. Before, row 2 lost its unit, slid left and became a task "2" with the unit "2亿元".
    html = page(
        "<p>某县人民政府关于印发重点项目建设方案的通知</p><p>一、主要任务</p><p>(一)加快项目建设。确保按期开工。</p>"
        "<p>附件</p><p>重点项目表</p><table><tr><td>序号</td><td>项目名称</td><td>总投资</td><td>责任单位</td></tr>"
        "<tr><td>1</td><td>县城供水管网改造工程</td><td>3亿元</td><td rowspan='2'>县住房和城乡建设局</td></tr>"
        "<tr><td>2</td><td>县城污水处理厂扩建工程</td><td>2亿元</td></tr>"
        "<tr><td>3</td><td>农村公路提升工程</td><td>1.5亿元</td><td>县交通运输局</td></tr></table>"
    )
    doc = policyparse.parse(html, format="html")
    items = [(t.number, t.title, [(u.name, u.role) for u in t.units]) for t in doc.tasks if t.section is None]
    assert items == [
        ("1", "县城供水管网改造工程", [("县住房和城乡建设局", "responsible")]),
        ("2", "县城污水处理厂扩建工程", [("县住房和城乡建设局", "responsible")]),
        ("3", "农村公路提升工程", [("县交通运输局", "responsible")]),
    ]
    assert all(doc.text[u.span[0] : u.span[1]] == u.name for t in doc.tasks for u in t.units)


def test_html_group_cell_and_group_row_keep_their_columns():
    # A group column merged over its tasks is repeated; a group row spanning the whole table
    # stays one cell (its padding is trailing, so dropped).
    html = page(
        "<table><tr><td>类别</td><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>"
        "<tr><td colspan='4'>一、农业基础</td></tr>"
        "<tr><td rowspan='2'>基础设施</td><td>1</td><td>推进农田水利设施建设</td><td>县水利局</td></tr>"
        "<tr><td>2</td><td>加强耕地质量保护</td><td>县农业农村局</td></tr>"
        "<tr><td>装备</td><td>3</td><td colspan='2'>提升农机装备水平</td></tr></table>"
    )
    assert lines(html) == [
        "类别\t序号\t重点任务\t牵头单位",
        "一、农业基础",
        "基础设施\t1\t推进农田水利设施建设\t县水利局",
        "基础设施\t2\t加强耕地质量保护\t县农业农村局",
        "装备\t3\t提升农机装备水平",
    ]


def test_html_span_values_past_the_table_and_junk_are_safe():
    # rowspan past the last row covers only the rows there are; "0" runs to the end of the
    # table; junk and negative values are one row / one column.
    html = page(
        "<table><tr><td rowspan='10000'>县水利局</td><td>甲</td><td rowspan='0'>2026年</td></tr>"
        "<tr><td>乙</td></tr><tr><td colspan='x'>丙</td></tr>"
        "<tr><td rowspan='-3' colspan='-1'>丁</td></tr></table><p>其他</p>"
    )
    assert lines(html) == [
        "县水利局\t甲\t2026年",
        "县水利局\t乙\t2026年",
        "县水利局\t丙\t2026年",
        "县水利局\t丁\t2026年",
        "其他",
    ]


# ----------------------------------------------------------------------------- layout tables

def test_nested_data_table_is_filled_and_the_layout_table_around_it_is_not():
    # gov pages set the notice in a layout table: a sidebar cell spans the rows beside it.
    html = page(
        "<table><tr><td rowspan='2'>政策文件</td><td><h1>重点工作任务分工方案</h1></td></tr><tr><td>"
        + LEAD_SPANS_THREE_ROWS + "</td></tr></table>"
    )
    text = lines(html)
    assert text.count("政策文件\t重点工作任务分工方案") == 1  # first row as before
    assert not any(line.startswith("政策文件") and "主要任务" in line for line in text)
    assert "一、主要任务" in text and "(二)加强耕地质量保护。开展土壤改良。" in text
    assert "2\t加强耕地质量保护\t县农业农村局\t县自然资源局\t2027年底" in text
    assert units_by_task(html, "html")["提升农机装备水平"] == [
        ("县农业农村局", "lead", "牵头单位"), ("县财政局", "cooperating", "配合单位")]


def test_paragraphs_beside_a_merged_layout_cell_stay_paragraphs():
    html = page(
        "<table><tr><td rowspan='2'>栏目</td><td>某县人民政府办公室关于印发重点工作任务分工方案的通知</td></tr>"
        "<tr><td><p>一、主要任务</p><p>(一)推进农田水利设施建设。完善灌溉渠系。</p>"
        "<p>(二)加强耕地质量保护。开展土壤改良。</p></td></tr></table>"
    )
    assert lines(html)[1:] == [
        "一、主要任务", "(一)推进农田水利设施建设。完善灌溉渠系。", "(二)加强耕地质量保护。开展土壤改良。"]
    doc = policyparse.parse(html, format="html")
    assert [t.title for t in doc.tasks] == ["推进农田水利设施建设", "加强耕地质量保护"]


def test_a_long_merged_cell_is_page_layout_and_not_repeated():
    long = "本页内容" * (grid.MAX_REPEATED // 4 + 1)
    html = page(f"<table><tr><td rowspan='2'>{long}</td><td>甲</td></tr><tr><td>乙</td></tr></table>")
    assert lines(html) == [f"{long}\t甲", "乙"]


# ----------------------------------------------------------------------------- DOCX

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(body: str, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml",
                    f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


def p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" if text else "<w:p/>"


def tc(text: str = "", span: int = 1, merge: str | None = None) -> str:
    props = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    props += {"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>",
              "continue-val": '<w:vMerge w:val="continue"/>'}.get(merge or "", "")
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{p(text)}</w:tc>"


def tr(*cells: str, before: int = 0) -> str:
    props = f'<w:trPr><w:gridBefore w:val="{before}"/></w:trPr>' if before else ""
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


DOCX_NOTICE = "".join(p(t) for t in [
    "某县人民政府办公室关于印发重点工作任务分工方案的通知", "一、主要任务",
    "(一)推进农田水利设施建设。完善灌溉渠系。", "(二)加强耕地质量保护。开展土壤改良。",
    "(三)提升农机装备水平。推广适用农机。", "附件", "重点任务分工表",
])
# 序号 / 重点任务 / 完成时限 merged over both header rows, 责任单位 spanning two grid columns;
# the lead merged over rows 1-3 (w:vMerge with and without w:val="continue").
DOCX_TABLE = DOCX_NOTICE + "<w:tbl>" + (
    tr(tc("序号", merge="restart"), tc("重点任务", merge="restart"), tc("责任单位", span=2),
       tc("完成时限", merge="restart"))
    + tr(tc(merge="continue"), tc(merge="continue"), tc("牵头单位"), tc("配合单位"), tc(merge="continue"))
    + tr(tc("1"), tc("推进农田水利设施建设"), tc("县农业农村局", merge="restart"), tc("县水利局"), tc("2026年底"))
    + tr(tc("2"), tc("加强耕地质量保护"), tc(merge="continue"), tc("县自然资源局"), tc("2027年底"))
    + tr(tc("3"), tc("提升农机装备水平"), tc(merge="continue-val"), tc("县财政局"), tc("长期坚持"))
) + "</w:tbl>"


def test_docx_vmerge_and_gridspan_rows():
    assert table_lines(docx(DOCX_TABLE)) == [
        "序号\t重点任务\t责任单位\t\t完成时限",
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "1\t推进农田水利设施建设\t县农业农村局\t县水利局\t2026年底",
        "2\t加强耕地质量保护\t县农业农村局\t县自然资源局\t2027年底",
        "3\t提升农机装备水平\t县农业农村局\t县财政局\t长期坚持",
    ]


def test_docx_vmerge_lead_cell_gives_every_covered_task_its_lead():
    assert units_by_task(docx(DOCX_TABLE)) == {
        "推进农田水利设施建设": [("县农业农村局", "lead", "牵头单位"), ("县水利局", "cooperating", "配合单位")],
        "加强耕地质量保护": [("县农业农村局", "lead", "牵头单位"), ("县自然资源局", "cooperating", "配合单位")],
        "提升农机装备水平": [("县农业农村局", "lead", "牵头单位"), ("县财政局", "cooperating", "配合单位")],
    }


def test_docx_grid_before_and_a_new_cell_ending_a_merge():
    body = "<w:tbl>" + (
        tr(tc("序号"), tc("重点任务"), tc("牵头单位"))
        + tr(tc("1"), tc("推进农田水利设施建设"), tc("县水利局", merge="restart"))
        + tr(tc("加强耕地质量保护"), tc(merge="continue"), before=1)  # no number cell: one grid column skipped
        + tr(tc("3"), tc("提升农机装备水平"), tc("县农业农村局"))  # a plain cell ends the merge
        + tr(tc("4"), tc("完善农技推广体系"), tc(merge="continue"))  # a continue with nothing to continue
    ) + "</w:tbl>"
    assert table_lines(docx(body)) == [
        "序号\t重点任务\t牵头单位",
        "1\t推进农田水利设施建设\t县水利局",
        "\t加强耕地质量保护\t县水利局",
        "3\t提升农机装备水平\t县农业农村局",
        "4\t完善农技推广体系",
    ]


def test_docx_nested_table_in_a_cell_is_read_inside_it():
    inner = "<w:tbl>" + tr(tc("甲", merge="restart"), tc("乙")) + tr(tc(merge="continue"), tc("丙")) + "</w:tbl>"
    body = "<w:tbl>" + tr(tc("外"), f"<w:tc>{inner}</w:tc>") + "</w:tbl>"
    assert lines(docx(body)) == ["外\t甲\t乙 甲\t丙"]


# ----------------------------------------------------------------------------- hostile tables

GROWTH_LIMIT = 10.0  # as in test_hostile.py: quadratic work shows 16x at 4x input


def best_seconds(fn, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def every_row_spans_down(n: int) -> str:
    # each row opens a cell covering all later rows: followed naively, row k holds k cells
    return page("<table>" + "".join(f"<tr><td rowspan='10000'>单位{i}</td><td>任务{i}</td></tr>" for i in range(n))
                + "</table>")


def test_hostile_rowspans_are_bounded_and_linear():
    small, big = every_row_spans_down(1000), every_row_spans_down(4000)
    ingested = read(big, "html")
    assert len(ingested.text) <= 2 * len(big)
    assert grid.BUDGET_WARNING in ingested.warnings
    assert ingested.text.startswith("单位0\t任务0\n单位0\t单位1\t任务1\n")
    t_small = max(best_seconds(lambda: read(small, "html")), 0.02)
    t_big = best_seconds(lambda: read(big, "html"))
    assert t_big <= GROWTH_LIMIT * t_small, f"4x rows took {t_big / t_small:.1f}x the time"


def test_hostile_wide_rowspan_over_empty_rows_stays_small():
    cells = "".join(f"<td rowspan='0' colspan='1000'>县水利局{i}</td>" for i in range(100))
    html = page(f"<table><tr>{cells}</tr>" + "<tr></tr>" * 50_000 + "<tr><td>末行</td></tr></table>")
    started = time.perf_counter()
    ingested = read(html, "html")
    assert time.perf_counter() - started < 10
    assert len(ingested.text) <= 2 * len(html)
    assert ingested.text.rstrip("\n").endswith("末行")


def test_hostile_docx_vmerge_flood_is_bounded():
    first = tr(*(tc("县农业农村局" * 80, merge="restart") for _ in range(60)))
    rest = "".join(tr(*(tc(merge="continue") for _ in range(60)), tc(str(i))) for i in range(1000))
    data = docx("<w:tbl>" + first + rest + "</w:tbl>", zipfile.ZIP_STORED)  # stored: no zip-bomb ratio
    started = time.perf_counter()
    ingested = read(data)
    assert time.perf_counter() - started < 10
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml_size = len(zf.read("word/document.xml"))
    own = 60 * 480 + sum(len(str(i)) + 61 for i in range(1001))  # own text and tabs, generously
    assert len(ingested.text) <= own + xml_size
    assert grid.BUDGET_WARNING in ingested.warnings
