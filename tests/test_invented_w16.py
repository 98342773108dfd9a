"""Helper W16's invented notices (tests/invented/w16-*): a shape they led to, as a made-up
fragment, and a floor on the scores of the notices themselves.

The three notices are written from scratch (invented places and bodies): a provincial 教育厅
印发 notice of a 实施方案 as .docx (built by tests/invented/build_w16_docx.py) whose attached
任务清单 table has group rows spanning the width (gridSpan) and task, 序号 and 牵头单位 cells
merged down (vMerge), with 牵头单位/参与单位/完成时间 columns; a county 秸秆禁烧 通知 as one
flat OCR line with its units in prose (…是…的责任主体, X负责…, Y配合, X牵头,Y、Z配合) and
dates (即日起至…, 6月10日前, 每日17时前); and a city 2025年政务公开工作要点 with items 1.–25.
each closed by (责任单位:…), yearless deadlines (6月底前, 年底前, 持续推进) and an attached
indicator table.

The fragments: in the .docx, an item's caption is a paragraph of its own ((三)加强督导评估)
and its text opens the next one with a unit named without a level (教育督导局牵头,…) — the
department's own 局/处 of a provincial 厅. The caption's line end was read as a hard wrap
inside a name (both sides are Han characters), so the unit list ran back into the caption
and the lead was lost. And a campaign's window written without its year (即日起至7月31日) gave
no deadline, where the same window with its year (即日起至2025年7月31日) gives one.
"""

from __future__ import annotations

from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import units_by_title

HEAD = "岚川省教育厅关于做好督导工作的通知\n各市(州)教育局:\n一、保障措施\n"


def test_a_caption_on_its_own_line_ends_before_the_unit_that_opens_the_next():
    text = HEAD + ("(一)加强督导评估\n教育督导局牵头,发展规划处配合,开展终期评估。\n"
                   "(二)加强数据共享\n财务处、人事处配合,按季度报送数据。\n")
    assert units_by_title(text) == {
        "加强督导评估": sorted([("教育督导局", "lead"), ("发展规划处", "cooperating")]),
        "加强数据共享": sorted([("人事处", "cooperating"), ("财务处", "cooperating")]),
    }


def test_a_unit_wrapped_over_the_caption_line_is_still_joined():
    # A numbered line that runs into its unit list and is hard-wrapped inside a name keeps
    # the name whole: the line end is a wrap, not the caption's end.
    text = HEAD + "(一)强化协调由市发展和改\n革委员会牵头,市商务局配合,开展评估。\n"
    assert units_by_title(text)["强化协调由市发展和改"] == sorted([("市发展和改革委员会", "lead"), ("市商务局", "cooperating")])


# Floors: the final figures rounded down to 0.05 (first run in tests/invented/README.md).
# targets.year 0.80: the attached indicator table titled 云河市2025年…重点指标 dates its rows to
# 2025 (gold), the parser gives them no year (stages/targets.py, outside W16's files).
FLOORS = floors()
ACCURACY_FLOORS = floors({"targets.year": 0.8}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w16-", 3, FLOORS, ACCURACY_FLOORS, tmp_path)


def _deadline_texts(text: str) -> dict[str, list[str]]:
    import policyparse

    return {t.title: [d.date for d in t.deadlines] for t in policyparse.parse(text).tasks}


def test_a_campaign_window_without_its_year_ends_in_the_notices_year():
    # 即日起至7月31日 (the flat 秸秆禁烧 notice's window, its year left out as notices often do):
    # the end of a campaign's window, as 即日起至2025年7月31日 is; a validity period's is not.
    text = ("禾丰县人民政府办公室关于做好秸秆禁烧工作的通知\n各乡镇人民政府:\n一、重点工作\n"
            "(一)明确禁烧时间。即日起至7月31日为禁烧集中管控期。(责任单位:县生态环境局)\n"
            "(二)开展专项巡查。自6月1日起至8月底,开展集中巡查。(责任单位:县农业农村局)\n"
            "(三)落实补助政策。补助标准有效期自印发之日起至12月31日。(责任单位:县财政局)\n"
            "禾丰县人民政府办公室\n2025年5月28日\n")
    assert _deadline_texts(text) == {"明确禁烧时间": ["2025-07-31"], "开展专项巡查": ["2025-08-31"], "落实补助政策": []}
