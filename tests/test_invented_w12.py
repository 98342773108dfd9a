"""Helper W12's invented notices (tests/invented/w12-*): shapes they showed the parser missing,
each as a made-up fragment, and a floor on the scores of the notices themselves.

The three notices are written from scratch (invented places and bodies): a joint notice of five
national ministries (five signatures over two lines, ministries' duties in prose: X负责…,
X牵头,Y配合, X会同Y负责…, Y参与), a township's 年度工作要点 (第一,…第二,… and 一是…二是… inside
paragraphs, units such as 镇农业农村办, 镇乡村振兴办, 镇自然资源所, 各村(社区) in brackets, on lines
and in prose, yearless deadlines), and a city 实施意见 as one flat OCR line (l and O for 1 and 0
in numbers, mixed bracket and colon widths, page numbers - 3 - inline, a space inside words).
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from policyparse.text.normalize import normalize

# Flat text is one line of 500 characters or more (sections.FLAT_MIN): a preamble long enough.
INTRO = "为贯彻落实城市更新决策部署,加快补齐老旧小区功能短板,建设安全健康、设施完善、管理有序的完整社区," * 8 + "提出如下意见。"
HEAD = "青石镇人民政府关于印发青石镇2025年工作要点的通知\n各村(社区):\n一、重点工作\n"


def _units(doc) -> dict[str, list[tuple[str, str]]]:
    return {t.title: sorted((u.name, u.role) for u in t.units) for t in doc.tasks}


def test_ocr_l_and_O_inside_arabic_numbers_read_as_digits():
    # OCR reads 1 as l and 0 as O inside a number: 〔2025〕l2号, 到2O27年, l0万户, l.5万个, l00%.
    # A run of digits, l, O and dots beside no other Latin letter, opening or closing with a digit,
    # is a number; chemical formulas, O2O and product names stay as written.
    assert normalize("〔2025〕l2号,到2O27年,惠及l0万户,新增l.5万个,达到l00%,建成3O个") == \
        "〔2025〕12号,到2027年,惠及10万户,新增1.5万个,达到100%,建成30个"
    for kept in ("SO2排放", "CO2", "O2O模式", "Excel2016", "PM2.5", "NO.5", "lO", "l.加强",
                 "PM2.5和O3协同控制", "臭氧(O3)浓度", "型号XL-l5", "编号:A-l2", "每人每天2l饮用水"):  # review R5
        assert normalize(kept) == kept
    text = ("岚山市人民政府文件 岚政发〔2025〕l2号 岚山市人民政府关于推进老旧小区改造的实施意见 "
            "各县(市、区)人民政府,市政府各部门: " + INTRO + " 一、主要任务 "
            "(一)加快加装电梯。到2O27年,新增既有住宅加装电梯600部以上,新增停车泊位l.5万个。"
            "(责任单位:市住房城乡建设局) (二)完善管理机制。物业服务覆盖率达到85%以上。(责任单位:市民政局) "
            "岚山市人民政府 2025年6月10日\n")
    doc = policyparse.parse(text)
    assert doc.metadata.doc_number == "岚政发〔2025〕12号"
    assert doc.metadata.title == "岚山市人民政府关于推进老旧小区改造的实施意见"
    lift = next(t for t in doc.tasks if t.title == "加快加装电梯")
    assert [d.date for d in lift.deadlines] == ["2027-12-31"]
    assert [(t.text, t.value, t.year) for t in doc.targets if t.task == lift.id] == \
        [("600部以上", 600.0, 2027), ("1.5万个", 1.5, 2027)]


def test_a_township_office_ending_in_xingban_is_a_unit():
    # 镇乡村振兴办 (乡村振兴办公室) ends in 兴办, an ordinary word (兴办企业) of
    # data/false_org_endings.txt; a listed name ending that holds the false one (振兴办) wins, so the
    # bracket splits as 镇应急办、各村(社区) does.
    text = HEAD + "(一)健全监测。开展排查。(责任单位:镇乡村振兴办、各村(社区))\n(二)兴办实体。鼓励社会力量兴办。\n"
    units = _units(policyparse.parse(text))
    assert units["健全监测"] == sorted([("镇乡村振兴办", "responsible"), ("各村(社区)", "responsible")])
    assert units["兴办实体"] == []


def test_township_posts_are_units_in_prose():
    # The township's 站所 named in running text: 自然资源所, 劳动保障所, 交管站 (with the posts the
    # data listed already, 财政所, 水利站 …), not only inside a labelled bracket.
    text = (HEAD + "(一)推进农田建设。开展撂荒地整治。由镇农业农村办牵头,镇自然资源所、镇财政所配合。\n"
            "(二)抓好安全生产。加强监管。镇应急办负责统筹协调,镇交管站、镇农业农村办按职责分工负责。\n"
            "(三)促进就业。开展培训。镇劳动保障所负责。\n")
    units = _units(policyparse.parse(text))
    assert units["推进农田建设"] == sorted([("镇农业农村办", "lead"), ("镇自然资源所", "cooperating"), ("镇财政所", "cooperating")])
    assert units["抓好安全生产"] == sorted([("镇应急办", "responsible"), ("镇交管站", "responsible"), ("镇农业农村办", "responsible")])
    assert units["促进就业"] == [("镇劳动保障所", "responsible")]


def test_a_run_in_goals_caption_dates_the_sentences_of_its_paragraph_in_flat_text():
    # 一、总体目标 到2027年,…。惠及居民10万户以上,…: in flat OCR text the goals paragraph has no line
    # end; the caption runs into its first sentence (call 1), and the 到YYYY年 opening it dates the
    # later sentences of the part as it dates those of a 到2027年 paragraph (call 13).
    text = ("岚山市人民政府关于推进老旧小区改造的实施意见 各县(市、区)人民政府: " + INTRO + " "
            "一、总体目标 到2027年,全市累计完成老旧小区改造1200个以上。惠及居民10万户以上,建成示范点30个。 "
            "二、主要任务 (一)加快改造。物业服务覆盖率达到85%以上。(责任单位:市民政局) 岚山市人民政府 2025年6月10日\n")
    doc = policyparse.parse(text)
    years = {t.text: t.year for t in doc.targets}
    assert years == {"1200个以上": 2027, "10万户以上": 2027, "30个": 2027, "85%以上": None}


# First run (held out, before any fix): title 0.667, doc_number 0.800, units 0.954 (responsible
# 0.945, cooperating 0.947), deadlines 0.977, targets 0.905 (year 0.921), the rest 1.000. Gold
# re-read by precedent: 增长X% keeps 增长 in its text (two targets), and two target years (a
# yearless 3月底前 in an earlier sentence, a 6月底前 in a later 二是 clause) are none.
# After the fixes above: all 1.000. Left: 汛期前 is read as no deadline (the task's 5月中旬前
# gives its year all the same).
FLOORS = floors()
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w12-", 3, FLOORS, ACCURACY_FLOORS, tmp_path)
