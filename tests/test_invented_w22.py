"""Helper W22's invented notices (tests/invented/w22-*): the shapes they led to, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies): a county 工作方案 in a
印发 notice as one flat OCR line (l and O for 1 and 0 in a few numbers, a stray space inside
words, （ and ( mixed, page numbers - 2 - inline) whose 任务分工 is a table the OCR flattened into
the line, its cells separated by single spaces (序号 工作任务 责任单位 完成时限 1 增加停车供给
县住房城乡建设局 县自然资源局 … 2025年l0月底前 2 …; a 责任单位 cell of several units, one of them
marked (牵头), one name broken by a stray space); and a provincial 实施方案 as .docx whose whole
outline is Word's automatic numbering (一、 / （一） / 1. / （1） from numbering.xml, restarting
under each parent, the 保障措施 part a second w:num restarted at 1 that skips the （一） level, a few
numbers typed by hand), units in brackets at the ends of items (built by
tests/invented/build_w22_docx.py).

The fragment: with no space between the OCR's paragraphs, a page number run in after the table's
last cell (…2025年9月底前- 3 -四、工作步骤…) glued the next part's number to its dash, and every later
part was lost (stages/sections.py: an inline page number stood only after a sentence end); and
OCR's dash read for 一 ((—)增加停车供给, —、工作目标), plus for 十 ((+), (+—)) or 丶 or a comma for 、
(二丶, 二,) or a bracket misread or lost ((二], [二), (二) lost its part or item, and with a part's number
every later part.
"""

from __future__ import annotations

import importlib.util
import zipfile
from io import BytesIO
from pathlib import Path

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import outline, parsed_outline

# 1.0 everywhere since helper F12's reader of a table flattened into one OCR line (units/flat_table.py);
# W22's own figures were units 0.860, responsible 0.741, table layout 0.516, deadlines 0.857, year 0.750.
FLOORS = floors()
ACCURACY_FLOORS = floors(checks=TARGET_CHECKS)


def test_a_page_number_after_a_flat_tables_last_cell_does_not_hide_the_next_part():
    head = ("东江县人民政府办公室关于印发东江县集贸市场整治工作方案的通知各乡镇人民政府,县直各有关单位:《东江县集贸市场整治工作方案》已经县人民政府同意,现印发给你们,请结合实际认真贯彻落实。"
            "东江县人民政府办公室2025年3月6日东江县集贸市场整治工作方案一、工作任务"
            "(一)规范经营秩序。清理市场周边占道经营、流动摊贩和乱搭乱建,规范划行归市,落实经营户“门前三包”责任,"
            "对屡教不改的依法查处,做到市场内外秩序井然、通道畅通、管理有序。"
            "(二)改善卫生环境。完成市场改造5个,改造提升排水、照明、公厕和垃圾收集设施,落实每日保洁和定期消杀制度,"
            "建立市场卫生管理台账,实行专人负责、责任到人,确保市场环境干净整洁、群众满意。"
            "二、任务分工各单位要对照下表抓好落实。序号 工作任务 责任单位 完成时限 "
            "1 规范经营秩序 县市场监管局 县城市管理局 2025年6月底前 2 改善卫生环境 县商务局 县卫生健康局 2025年9月底前")
    tail = ("三、保障措施(一)加强组织领导。成立由分管副县长任组长的集贸市场整治工作专班,统筹推进整治工作,专班办公室设在县市场监管局。"
            "(二)严格督查考核。县政府督查室牵头,对各乡镇和县直有关单位工作推进情况每月进行督查通报,督查结果纳入年度绩效考核。")
    for page in ("- 3 -", "—3—", "－3－", "-3-"):
        doc = parsed_outline(head + page + tail)
        assert [s[1] for s in outline(doc)] == ["一", "(一)", "(二)", "二", "三", "(一)", "(二)"], page
    # a range is no page number: 3—5— before a number stays glued to it
    glued = parsed_outline(head.replace("县卫生健康局 2025年9月底前", "县卫生健康局 每年3—5—") + "(三)加强宣传。" + tail)
    assert [s[1] for s in outline(glued)] == ["一", "(一)", "(二)", "二", "三", "(一)", "(二)"]


def test_ocr_strokes_read_for_one_ten_and_the_mark_keep_their_lists():
    # a probe of the flat notice: OCR reads the stroke of 一 as a dash, (—) for (一) and —、 for 一、
    # (the part or item was lost and its text ran into the heading before), and 十 as a plus: (+)
    text = ("东江县人民政府办公室关于印发东江县集贸市场整治工作方案的通知\n各乡镇人民政府:\n现将方案印发给你们。\n"
            "—、工作任务\n(—)规范经营秩序。清理占道经营。(责任单位:县市场监管局)\n(二)改善卫生环境。完成市场改造5个。\n"
            "二、保障措施\n(-)加强组织领导。成立工作专班。\n(二)严格督查考核。县政府督查室牵头,每月通报。\n"
            "东江县人民政府办公室\n2025年3月6日\n")
    doc = policyparse.parse(text)
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [
        (1, "一", "工作任务"), (2, "(一)", "规范经营秩序"), (2, "(二)", "改善卫生环境"),
        (1, "二", "保障措施"), (2, "(一)", "加强组织领导"), (2, "(二)", "严格督查考核")]
    assert [(t.title, [u.name for u in t.units]) for t in doc.tasks][0] == ("规范经营秩序", ["县市场监管局"])
    # 十 read as a plus: (+) and (+—) after (九) are (十) and (十一); a plus that breaks the sequence is none
    items = "".join(f"({n})推进第{k}项工作。完成任务{k}个。\n" for k, n in enumerate("一二三四五六七八九", 1))
    eleven = text.replace("(-)加强组织领导。成立工作专班。\n", items + "(+)推进第10项工作。完成任务10个。\n(+—)推进第11项工作。\n")
    numbers = [s.number for s in policyparse.parse(eleven).sections]
    assert numbers[4:] == ["(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)", "(八)", "(九)", "(十)", "(十一)"], numbers
    assert [s.number for s in policyparse.parse(eleven.replace("(+)推进第10项", "(+二)推进第10项")).sections][-2:] == ["(八)", "(九)"]
    # the mark 、 read as 丶 or as a comma after a sentence end or an OCR gap: 二丶 and 二, are 二、
    for mark in ("丶", ","):
        doc = policyparse.parse(text.replace("二、保障措施", "二" + mark + "保障措施"))
        assert [(s.number, s.heading) for s in doc.sections][3:5] == [("二", "保障措施"), ("(一)", "加强组织领导")], mark
    # a bracket misread or lost: (二], [二), {二), and (二 after a sentence end, are (二)
    for written in ("(二]", "[二)", "{二)", "(二"):
        doc = policyparse.parse(text.replace("(二)改善卫生环境", written + "改善卫生环境"))
        assert [(s.number, s.heading) for s in doc.sections][2] == ("(二)", "改善卫生环境"), written
    # …but not a bracket opening a name in prose (推进(三农…) while (二) is open
    prose = text.replace("完成市场改造5个。", "完成市场改造5个,推进(三农融合。")
    assert [s.number for s in policyparse.parse(prose).sections] == ["一", "(一)", "(二)", "二", "(一)", "(二)"]
    # a comma in prose is no mark: 近三,四年 before the part 三、 leaves it the third part
    prose = text.replace("每月通报。", "近三,四年来成效明显。\n三、组织实施\n(一)明确责任。落实到人。\n(二)加强宣传。营造氛围。")
    assert [s.number for s in policyparse.parse(prose).sections if s.level == 1] == ["一", "二", "三"]
    # a dash whose list goes on with another 1, not its 2, is no number
    other = policyparse.parse(text.replace("(二)改善卫生环境", "(一)改善卫生环境"))
    assert [(s.number, s.heading) for s in other.sections][:3] == [("一", "工作任务"), ("(一)", "改善卫生环境"), ("二", "保障措施")]


def test_the_docx_builder_rebuilds_the_committed_notice():
    invented = Path(__file__).parent / "invented"
    spec = importlib.util.spec_from_file_location("build_w22_docx", invented / "build_w22_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    committed = (invented / "w22-zhangyue-yigongti-fangan-2025.docx").read_bytes()

    def parts(data: bytes) -> dict[str, bytes]:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            return {name: zf.read(name) for name in zf.namelist()}

    assert parts(module.build()) == parts(committed)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w22-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
