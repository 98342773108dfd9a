"""Helper W11's invented notices (tests/invented/w11-*): shapes they showed the parser missing,
each as a made-up fragment, and a floor on the scores of the notices themselves.

The three notices are written from scratch (invented places and bodies): a provincial 人民政府
通知 saved from a portal in the gov.cn 政策库 style (a 信息公开 table above the article, the
article a <div> of <br> lines, 责任单位:/完成时限: lines after each item), a city 工作方案 page
whose work is a 任务分解表 <table> (序号 and 重点任务 merged over several rows, cells of two or
three <br> lines), and a county 关于开展…专项行动的通知 enclosing its 实施方案 as 附件1 and a
tab-separated 任务清单 as 附件2.
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

HEAD = "东江市人民政府关于推进城市更新的通知\n各区人民政府,市政府各部门:\n一、重点任务\n"


def test_a_gov_cn_style_info_table_in_a_block_named_as_a_header_is_read():
    # gov.cn's 政策库 pages hold the 信息公开 table in <div class="policyLibraryOverview_header">:
    # a head-named block, yet the notice's own record (索引号 is nowhere else on the page).
    page = (
        '<html><head><meta charset="utf-8"><title>通知</title></head><body>'
        '<div class="policyLibraryOverview_header"><table>'
        "<tr><td><b>索&nbsp;引&nbsp;号：</b></td><td>11350000MB0001234X/2025-00012</td>"
        "<td><b>主题分类：</b></td><td>安全生产监管</td></tr>"
        "<tr><td><b>发文机关：</b></td><td>东江市人民政府</td><td><b>成文日期：</b></td><td>2025年03月18日</td></tr>"
        "<tr><td><b>发文字号：</b></td><td>东政发〔2025〕6号</td><td><b>发布日期：</b></td><td>2025年03月21日</td></tr>"
        "</table></div>"
        '<div class="header"><a href="/">首页</a> 东江市人民政府门户网站</div>'
        '<div class="pages_content">东江市人民政府关于加强安全生产工作的通知<br>'
        "各区人民政府，市政府各部门：<br>"
        "　　一、压实责任。各区要落实属地管理责任，2025年6月底前完成隐患排查。<br>"
        '<div style="text-align:right">东江市人民政府</div><div style="text-align:right">2025年3月18日</div>'
        "</div></body></html>"
    )
    meta = policyparse.parse(page.encode("utf-8"), "html").metadata
    assert meta.index_number == "11350000MB0001234X/2025-00012"
    assert meta.published_date == "2025-03-21"
    assert "首页" not in policyparse.parse(page.encode("utf-8"), "html").text  # a site header is still chrome


def test_a_maritime_safety_administration_takes_no_elided_level():
    # 东江海事局 is the 交通运输部 system's office for the place (vertical, as 东江海关): a list
    # 省应急管理厅、东江海事局 restores no 省 before it.
    text = (HEAD + "1．治理水上交通隐患。完成渡口渡船安全治理。\n"
            "责任单位：市交通运输局\n配合单位：市应急管理局、东江海事局\n完成时限：2025年12月底前\n")
    task = policyparse.parse(text).tasks[0]
    assert sorted((u.name, u.role) for u in task.units) == [
        ("东江海事局", "cooperating"), ("市交通运输局", "responsible"), ("市应急管理局", "cooperating")]


def test_rows_under_one_merged_number_and_task_cell_are_one_task():
    # 序号 and 重点任务 span several rows (rowspan): one task with the union of its rows' units
    # (a unit in two roles keeps the stronger) and every row's time limit.
    page = (
        '<html><head><meta charset="utf-8"></head><body><div class="text">'
        "<p>东江市人民政府办公室关于印发东江市城市更新工作方案的通知</p>"
        "<p>各区人民政府，市政府各部门：</p><p>　　现将《东江市城市更新工作方案》印发给你们，请认真贯彻落实。</p>"
        "<p>　　一、重点任务</p><table>"
        "<tr><td>序号</td><td>重点任务</td><td>具体内容</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
        '<tr><td rowspan="2">1</td><td rowspan="2">改造老旧小区</td><td>改造老旧小区30个</td>'
        "<td>市住房城乡建设局</td><td>各区人民政府</td><td>2025年11月底前</td></tr>"
        "<tr><td>完善养老托育设施</td><td>市民政局</td><td>市卫生健康委<br>市住房城乡建设局</td><td>2026年6月底前</td></tr>"
        "<tr><td>2</td><td>保护历史建筑</td><td>完成历史建筑测绘建档</td><td>市自然资源和规划局</td>"
        "<td>市文化广电旅游局</td><td>2025年9月底前</td></tr>"
        "</table><p>东江市人民政府办公室</p><p>2025年4月2日</p></div></body></html>"
    )
    doc = policyparse.parse(page.encode("utf-8"), "html")
    rows = [t for t in doc.tasks if t.section is None]  # the table's items (一、重点任务 is a task of its own)
    assert [t.title for t in rows] == ["改造老旧小区", "保护历史建筑"]
    first = rows[0]
    assert sorted((u.name, u.role) for u in first.units) == [
        ("各区人民政府", "cooperating"), ("市住房城乡建设局", "lead"), ("市卫生健康委", "cooperating"),
        ("市民政局", "lead")]
    assert sorted({d.date[:4] for d in first.deadlines}) == ["2025", "2026"]


FLOORS = floors({"deadlines": 0.9, "targets": 0.95})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w11-", 3, FLOORS, ACCURACY_FLOORS, tmp_path)


def test_a_head_named_info_table_is_known_by_any_label_the_metadata_stage_reads():
    # The same block with a portal's other labels (文件编号, 成文时间, 公开日期: data/page_labels.tsv):
    # the html reader and the metadata stage read one list of labels, not two.
    page = (
        '<html><head><meta charset="utf-8"><title>通知</title></head><body>'
        '<div class="policyLibraryOverview_header"><table>'
        "<tr><td>文件编号：</td><td>东政发〔2025〕7号</td><td>发布单位：</td><td>东江市人民政府</td></tr>"
        "<tr><td>成文时间：</td><td>2025年04月02日</td><td>公开日期：</td><td>2025年04月08日</td></tr>"
        "</table></div>"
        '<div class="pages_content">东江市人民政府关于加强安全生产工作的通知<br>'
        "各区人民政府，市政府各部门：<br>"
        "　　一、压实责任。各区要落实属地管理责任，2025年6月底前完成隐患排查。<br>"
        "</div></body></html>"
    )
    meta = policyparse.parse(page.encode("utf-8"), "html").metadata
    assert (meta.doc_number, meta.published_date) == ("东政发〔2025〕7号", "2025-04-08")
