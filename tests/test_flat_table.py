"""A division-of-work table that OCR flattened into one line, its cells between single spaces
(units.flat_table): its rows read as a tab table's, so the tasks it names get their units (a
(牵头) mark their lead, a name the OCR broke with a space joined) and its time cells their deadlines.
Guards: prose with numbers and unit names in a flat line, a header with one row under it, and a
table laid out over lines or aligned with two spaces are no flat table. All text invented."""

from __future__ import annotations

import time

import policyparse
from policyparse.text.normalize import normalize
from policyparse.units import table

HEADER = "序号 重点任务 责任单位 完成时限 "
ROWS = (
    "1 建设城市绿道 市住房城乡 建设局 市自然资源局 2026年6月底前 "
    "2 改造老旧公园 市园林局(牵头) 市财政局 各区人民政府 2026年9月底前 - 4 - "
    "3 开展绿化养护 市园林局 长期坚持 "
)
AFTER = "四、保障措施 (一)加强组织领导。各区要高度重视,明确分管领导。"


def _rows(text: str) -> list:
    text = normalize(text)
    return [r for r in table.find_rows(text) if r.units], text


def test_rows_of_a_table_flattened_into_one_line():
    rows, text = _rows("三、任务分工 请各单位按下表落实。" + HEADER + ROWS + AFTER)
    assert [(r.number, r.title) for r in rows] == [("1", "建设城市绿道"), ("2", "改造老旧公园"), ("3", "开展绿化养护")]
    units = [[(u.name, u.role, text[u.span[0] : u.span[1]]) for u in r.units] for r in rows]
    assert units[0] == [("市住房城乡建设局", "responsible", "市住房城乡 建设局"), ("市自然资源局", "responsible", "市自然资源局")]
    assert units[1] == [("市园林局", "lead", "市园林局"), ("市财政局", "responsible", "市财政局"), ("各区人民政府", "responsible", "各区人民政府")]
    assert units[2] == [("市园林局", "responsible", "市园林局")]
    assert text[slice(*rows[1].span)].endswith("2026年9月底前")  # the row ends at its time cell, not at the page number


PREAMBLE = "为进一步提升城市绿化水平,改善人居环境,结合我市实际,制定本方案。" * 6


def _notice() -> str:
    return (
        "东江市城市绿化提升行动方案 " + PREAMBLE
        + "一、工作目标 到2026年底,全市新增绿道50公里。 二、重点任务 "
        + "(一)建设城市绿道。沿河沿湖建设绿道,串联主要公园和景区,完善配套服务设施。 "
        + "(二)改造老旧公园。对建成十年以上的公园进行提升改造,完善园路、照明和休憩设施。 "
        + "(三)开展绿化养护。落实绿化养护责任,提高精细化管理水平。 "
        + "三、任务分工 " + HEADER + ROWS + AFTER + "(二)强化督查考核。定期通报工作进展。" + PREAMBLE
    )


def test_a_flat_notice_gets_the_units_and_deadlines_of_its_flat_table():
    doc = policyparse.parse(_notice(), format="text")
    tasks = {t.title: t for t in doc.tasks}
    green = tasks["建设城市绿道"]
    assert [(u.name, u.role) for u in green.units] == [("市住房城乡建设局", "responsible"), ("市自然资源局", "responsible")]
    assert [d.date[:7] for d in green.deadlines if d.date] == ["2026-06"]
    parks = tasks["改造老旧公园"]
    assert [(u.name, u.role) for u in parks.units] == [("市园林局", "lead"), ("市财政局", "responsible"), ("各区人民政府", "responsible")]
    assert [d.date[:7] for d in parks.deadlines if d.date] == ["2026-09"]
    upkeep = tasks["开展绿化养护"]
    assert [(u.name, u.role) for u in upkeep.units] == [("市园林局", "responsible")]
    assert not [d for d in upkeep.deadlines if d.date]  # 长期坚持 sets no date


def test_prose_with_numbers_and_unit_names_in_a_flat_line_is_no_table():
    prose = ("全市共有 1 个 市财政局 牵头 的项目 2 个 市园林局 负责 的项目 3 个 各区人民政府 配合 的项目。"
             "序号 重点任务 填写 1 市财政局 市园林局 2 市园林局 市财政局 ")
    assert _rows(prose)[0] == []


def test_a_header_with_one_row_under_it_is_no_table():
    assert _rows(HEADER + "1 建设城市绿道 市园林局 2026年6月底前 " + AFTER)[0] == []


def test_a_table_laid_out_over_lines_or_aligned_with_two_spaces_is_not_read_flat():
    from policyparse.units import flat_table

    lines = "序号\n重点任务\n责任单位\n1\n建设城市绿道\n市园林局\n2\n改造老旧公园\n市财政局\n"
    assert flat_table.tables(normalize(lines)) == []
    per_line = HEADER + "\n1 建设城市绿道 市园林局\n2 改造老旧公园 市财政局\n"
    assert flat_table.tables(normalize(per_line)) == []
    spaced = "序号  重点任务  责任单位  1  建设城市绿道  市园林局  2  改造老旧公园  市财政局"
    assert flat_table.tables(normalize(spaced)) == []


def test_a_long_flat_table_is_read_in_linear_time():
    def run(n: int) -> float:
        rows = "".join(f"{k} 建设第{k}号城市绿道 市园林局 市财政局 2026年6月底前 " for k in range(1, n + 1))
        text = normalize(HEADER + rows + ("序号 重点任务 " * n))
        t0 = time.perf_counter()
        got, _ = _rows(text)
        assert len(got) == n
        return time.perf_counter() - t0

    small, big = run(300), run(1200)
    assert big < small * 10 + 0.5
