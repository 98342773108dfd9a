"""Helper W25's invented notices (tests/invented/w25-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies): a county party committee's
and government's joint 印发 notice of a 环保督察反馈意见整改方案 (总体要求 / 整改目标 with targets in
prose, 工作步骤 stages, a 保障措施 part with units in prose, and an attached tab-separated 问题清单:
序号 / 反馈问题 / 整改措施 / 责任领导 / 牵头单位 / 责任单位 / 整改时限, people as 责任领导, two rows
whose cells wrap onto a second line, 立行立改、长期坚持 and 2025年12月底前完成,长期坚持); and a city
department's notice as a crawler's html-to-markdown export (`# 标题`, `> 来源/发布时间` quotes,
`**一、总体要求**` and `**1.X。**…` bold captions, links and images, `- ` bullets, an escaped `3\\.`,
`* * *` rules, trailing double spaces, a `| 序号 | 任务 | 责任单位 | 完成时限 |` pipe table).

First run: the Markdown export lost its sections and most of its tasks (bold captions are no
headings), its title kept the `# `; fixed in policyparse/ingest/text.py (unmark, called from
ingest/boxes.untable), which also joins a pipe-table cell's `<br>` lines with a space (as the HTML
reader joins a <td>'s), where the row was lost (found by probing). A window that goes on until a date (活动持续至2026年2月) set no deadline:
policyparse/stages/deadlines.py reads 持续至 as 到 (call 14), not where a validity word stands before.
Probing the problem list: a row whose cells are cut in two places (over three lines) was lost;
policyparse/units/table.py now joins up to three lines onto a row, kept only where they make it whole.
The marks are also read after a tab indent and among zero-width characters (a Word or web copy of the
export; found by tests/test_metamorphic4.py's transforms).
Left: a 整改时限 cell that adds words to its date (2025年12月底前完成,长期坚持) does not give the row's
targets its year (stages/targets.py `_fills_cell` wants the date to fill the cell).
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

FLOORS = floors()
ACCURACY_FLOORS = floors({"targets.year": 0.85}, TARGET_CHECKS)

MARKDOWN = """# 东江市商务局关于印发《东江市促消费工作方案》的通知

> 来源：东江市商务局  
> 发布时间：2025-04-08

东商发〔2025〕3号

各区商务主管部门：  

现将《东江市促消费工作方案》印发给你们。  

东江市商务局  
2025年4月3日

![](http://example.gov.cn/a.png)

**一、重点任务**

**1.举办消费季活动。**分季节开展活动：  

- 春季开展赏花游；
- 冬季开展民俗游。

（牵头单位：局流通科；配合单位：局市场科）

3\\. 开展宣传推广。举办推介会6场以上。（责任单位：局宣传科）

**二、保障措施**

**（一）加强组织领导。**由局流通科牵头，局办公室配合。
"""


def test_a_markdown_export_reads_without_its_marks():
    doc = policyparse.parse(MARKDOWN)
    assert doc.metadata.title == "东江市商务局关于印发《东江市促消费工作方案》的通知"
    assert [(s.number, s.heading) for s in doc.sections] == [
        ("一", "重点任务"), ("1", "举办消费季活动"), ("3", "开展宣传推广"), ("二", "保障措施"), ("(一)", "加强组织领导")]
    assert [[(u.name, u.role) for u in t.units] for t in doc.tasks] == [
        [("局流通科", "lead"), ("局市场科", "cooperating")],
        [("局宣传科", "responsible")],
        [("局流通科", "lead"), ("局办公室", "cooperating")]]


def test_markdown_marks_are_taken_out_only_of_a_markdown_text():
    from policyparse.ingest.text import unmark

    assert unmark("一、总体要求\n**注**:本表数据为预计数。\n现将[通知](x)印发。\n") == (
        "一、总体要求\n**注**:本表数据为预计数。\n现将[通知](x)印发。\n")
    assert unmark("# 标题\n**一、要求**\n**二、任务**  \n[附件1.xlsx](http://a.cn/f(1).xlsx)\n3\\. 推进\n* * *\n- 2 -\n") == (
        "标题\n一、要求\n二、任务\n附件1.xlsx\n3. 推进\n\n- 2 -\n")
    # after a tab indent, with a copied page's zero-width characters among the marks; a tab row's closing tabs stay
    assert unmark("\t# 标题\n\t**一、要求**\n*\u200b*二、任务**  \n\t> 来源:东江市\n一、x\t\t\n") == (
        "\t标题\n\t一、要求\n二、任务\n\t来源:东江市\n一、x\t\t\n")


def test_a_markdown_table_cell_broken_by_br_keeps_its_units():
    text = ("# 东江市商务局关于印发《东江市促消费工作方案》的通知\n\n各区商务主管部门：  \n\n**一、总体要求**\n\n坚持需求导向。\n\n"
            "**二、重点项目**\n\n| 序号 | 任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
            "| 1 | 古城夜游提升工程 | 古城区商务局<br>局流通科 | 2025年9月底前 |\n"
            "| 2 | 滨江街区建设 | 江北区商务局<br />局规划科 | 持续推进 |\n\n东江市商务局  \n2025年4月3日\n")
    tasks = policyparse.parse(text).tasks
    assert [(t.title, [u.name for u in t.units]) for t in tasks] == [
        ("古城夜游提升工程", ["古城区商务局", "局流通科"]), ("滨江街区建设", ["江北区商务局", "局规划科"])]


def test_a_problem_list_row_cut_in_two_cells_keeps_its_units():
    # a 整改清单 copied from Word: a row whose 整改措施 and 责任单位 cells each go on over a line break
    text = ("东江县人民政府办公室关于印发整改清单的通知\n各乡镇人民政府:\n现将整改清单印发给你们。\n附件:整改清单\n"
            "东江县人民政府办公室\n2025年3月12日\n附件\n整改清单\n"
            "序号\t反馈问题\t整改措施\t责任领导\t牵头单位\t责任单位\t整改时限\n"
            "1\t养殖污染突出。\t开展养殖污染专项整治。\n粪污综合利用率达到85%以上。\t张某某 副县长\t县农业农村局\t县生态环境分局、\n"
            "各乡镇人民政府\t2025年10月底前\n"
            "2\t扬尘管控不到位。\t开展扬尘专项整治。\t李某某 副县长\t县住房城乡建设局\t县城市管理局\t立行立改、长期坚持\n")
    tasks = policyparse.parse(text).tasks
    assert [(t.title, [(u.name, u.role) for u in t.units]) for t in tasks] == [
        ("开展养殖污染专项整治", [("县农业农村局", "lead"), ("县生态环境分局", "responsible"), ("各乡镇人民政府", "responsible")]),
        ("开展扬尘专项整治", [("县住房城乡建设局", "lead"), ("县城市管理局", "responsible")])]


def _deadline_years(sentence):
    text = f"东江市人民政府关于开展活动的通知\n各区人民政府:\n一、主要任务\n(一)举办活动。{sentence}\n东江市人民政府\n2025年4月3日\n"
    return [[d.date[:4] for d in t.deadlines if d.date] for t in policyparse.parse(text).tasks]


def test_a_window_that_goes_on_until_a_date_ends_in_it():
    assert _deadline_years("冬季开展民俗游,活动持续至2026年2月。") == [["2026"]]
    assert _deadline_years("本措施有效期持续至2027年12月31日。") == [[]]  # a validity, no work's end


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w25-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
