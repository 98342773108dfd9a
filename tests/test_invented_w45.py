"""Helper W45's invented notices (tests/invented/w45-*): the shapes they pin, as made-up
fragments, and a floor on the scores of the notices themselves.

Two layouts the set did not have: a district 印发 notice of a 重点任务清单 as plain text whose items
are numbered in the dash style of task lists (1-1, 1-2, 2-1 … and 2-3-1 under 2-3, one typed 1－6),
under 一、…四、 parts captioned with their item counts (6项), each item a line `1-1 X。牵头单位:…;配合单位:…;
完成时限:…` (mixed widths, some wrapped, two with a 责任领导 person first), ★/▲ flags before a few numbers
and a 说明 legend; and an old county portal page saved as GB2312/GBK (bytes gb18030, characters only GBK
has), nested layout tables, <font> runs, &nbsp; and full-width-space indentation, a task <table> nested in
the body's <td> (a <br> unit list, a rowspan cell, units marked (牵头)), 发布时间 / 浏览次数 chrome,
.xls attachment links and a 【关闭】 footer.

First run: the 清单 notice sections 0.286 (R 0.167: only 一、…四、 read), tasks 0.000 (the four parts
taken for tasks), units 0.000, deadlines 0.000, targets 0.857 (P 0.750: the parts' (6项) counts and
聘请…监督员30名; year 0.667, task 0.000), metadata 1.000; the GBK page 1.000 on every field.
Fixed here: 1-1 / 2-3-1 opening a line (or, in flat text, after a sentence end or a space) are item
numbers (shapes hy2 / hy3, stages/section_numbers.py); a part caption's bracketed count of 项/条 closing
its heading line (or followed by its first item in flat text) counts its items (stages/target_filters.py);
found by probing: a flag after the number (1-2★ X) or before the next (flat text) is no part of a heading
(stages/sections.py). Final: all 1.000.
"""

from __future__ import annotations

from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import outline, parsed_outline, target_texts, units_by_title

FLOORS = floors({})
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)

_LIST = (
    "东江区2025年重点工作任务清单\n"
    "一、稳定经济增长\n"
    "1-1 推动重点项目开工建设。牵头单位:区发改局;配合单位:区财政局;完成时限:2025年6月底前。\n"
    "★1-2 扩大有效投资。责任领导:王明(副区长);牵头单位:区投促局;完成时限:9月底前。\n"
    "1-3 加强运行监测。\n"
    "1-3-1 建立月度分析制度。牵头单位:区统计局;完成时限:长期坚持。\n"
    "1-3-2 完善预警机制。牵头单位:区发改局;配合单位:区统计局;完成时限:年底前。\n"
    "二、改善民生福祉\n"
    "2-1 新建社区食堂。牵头单位:区民政局;完成时限:2025年10月底前。\n"
)


def test_dash_numbered_items_of_a_task_list_are_headings():
    doc = parsed_outline(_LIST)
    assert outline(doc) == [
        (1, "一", "稳定经济增长"),
        (2, "1-1", "推动重点项目开工建设"),
        (2, "1-2", "扩大有效投资"),
        (2, "1-3", "加强运行监测"),
        (3, "1-3-1", "建立月度分析制度"),
        (3, "1-3-2", "完善预警机制"),
        (1, "二", "改善民生福祉"),
        (2, "2-1", "新建社区食堂"),
    ]


def test_dash_numbered_items_carry_their_labelled_units():
    units = units_by_title(_LIST)
    assert units["推动重点项目开工建设"] == [("区发改局", "lead"), ("区财政局", "cooperating")]
    assert units["扩大有效投资"] == [("区投促局", "lead")]  # 责任领导 names a person
    assert units["完善预警机制"] == [("区发改局", "lead"), ("区统计局", "cooperating")]
    assert "加强运行监测" not in units  # it has items of its own


def test_ranges_and_dates_opening_a_line_are_no_dash_numbers():
    text = (
        "一、主要任务\n(一)培育龙头企业。力争培育年产值超亿元企业\n3-5家,新增规上企业\n10-15个。\n"
        "(二)开展专项检查。检查时间为\n2025-04-03至2025-04-30。\n"
    )
    assert [s.number for s in parsed_outline(text).sections] == ["一", "(一)", "(二)"]


def test_a_parts_count_of_its_items_is_no_target():
    text = (
        "一、优化政务服务(3项)\n1-1 新增便民服务点20个以上。牵头单位:区政务服务中心;完成时限:年底前。\n"
        "(二)强化要素保障(2条)\n1.供应工业用地500亩。\n"
    )
    assert target_texts(text) == ["20个以上", "500亩"]


def test_dash_numbered_items_run_into_one_flat_line_are_headings():
    # OCR runs the list into one line: an item number after a sentence end or a space, a flag maybe before it
    text = ("东江区2025年重点工作任务清单 一、稳定经济增长(2项) 1-1 推动重点项目开工建设。牵头单位:区发改局;"
            "完成时限:2025年6月底前。 ★1-2 扩大有效投资,新增项目30个以上。牵头单位:区投促局;完成时限:9月底前。"
            " 二、改善民生福祉(1项) 2-1 新建社区食堂。牵头单位:区民政局;完成时限:2025年10月底前。")
    doc = parsed_outline(text)
    assert [(s.level, s.number) for s in doc.sections] == [(1, "一"), (2, "1-1"), (2, "1-2"), (1, "二"), (2, "2-1")]
    assert doc.sections[0].heading == "稳定经济增长(2项)"  # the next item's flag is no part of it
    assert target_texts(text) == ["30个以上"]  # (2项), (1项): the parts' counts of their items


def test_a_flag_beside_an_item_number_is_no_part_of_its_heading():
    text = "一、主要任务\n(一)★ 扩大有效投资。牵头单位:区发改局。\n(二)▲稳定工业运行。牵头单位:区工信局。\n"
    assert [s.heading for s in parsed_outline(text).sections] == ["主要任务", "扩大有效投资", "稳定工业运行"]
    text = "一、主要任务\n1-1★ 扩大有效投资。牵头单位:区发改局。\n1-2 稳定工业运行。牵头单位:区工信局。\n"
    assert [s.heading for s in parsed_outline(text).sections] == ["主要任务", "扩大有效投资", "稳定工业运行"]


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w45-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)


def test_a_plots_number_opening_a_wrapped_line_is_no_item():
    # lead, merging W45: a hyphened number before 号 numbers a plot, a building or a file (3-1号地块,
    # 2-1号楼), as a range before its measure is no item (3-5家)
    from fragments import parsed_with_spans

    text = "一、重点任务\n(一)推进园区建设。新建标准厂房10万平方米,引进企业\n3-1号地块由园区管委会负责供地。\n(二)加强保障。\n"
    assert [s.number for s in parsed_with_spans(text).sections] == ["一", "(一)", "(二)"]
