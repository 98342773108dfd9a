"""Helper W19's invented notices (tests/invented/w19-*): the shapes they led to, as made-up
fragments, and a floor on the scores of the notices themselves.

The two notices are written from scratch (invented places and bodies): a provincial 实施意见
as text exported from a PDF gazette (written unwrapped in tests/invented/build_w19_wrap.py,
which wraps every paragraph at 28 characters with a two-space first-line indent, never inside a
number, and puts a page number and the gazette's running header between pages; so 到2027⏎年,
90%⏎以上, 2025⏎年6月底前, a bracket cut by a page end inside its label 配合单⏎位, and 各⏎市、县(区)
人民政府 cut inside the level word), and a city portal page (HTML) of a 通知 printed with its
政策解读 under it on the same page (一图读懂 image, a 文字解读 titled 《…》解读 with its own 一、…四、
parts and 1.–4. points that retell the notice) and a 相关文件 list of other notices' links.

The fragments: the commentary under the notice was read as the notice's last parts, its points
as sections and tasks, its retold figures as targets again (stages/boilerplate.py: after the
signature's date, a commentary title or label opens page leftovers to the end, unless the page
is a commentary itself); and a hard wrap cutting the level word of a collective
(`各⏎市、县(区)人民政府负责…`) split it into 各市 and 县(区)人民政府 (units/lists.py: the level word
is read with the wrap taken out). Probes of the gazette laid out again at other widths and page
lengths (the same gold): a wrap between a mechanism's role clauses and their 的 (`配合⏎的…机制`) gave
its units roles (units/prose.py: the wrap may stand before 的); and a page end inside the level word
(`各⏎— 2 —⏎header⏎市、县(区)…`) cut the list at the blank lines (units/assign.py blanks a page end
a wrap crosses whole, its line end too; units/prose.py does not count the blank in a list's length);
and a page end inside the last item ended the body's last part there, as page chrome does, losing the
item's date (stages/sections.py: a page's furniture that a wrap crosses is no stop).
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors
from fragments import cut_at

NOTICE = ("榕溪市人民政府办公室关于推进公园绿地开放共享工作的通知\n各县(市、区)人民政府:\n"
          "一、重点任务\n(一)划定开放区域。6月底前完成划定。(牵头单位:市城市管理局)\n"
          "(二)完善配套设施。新建公共厕所20座。(牵头单位:市住房城乡建设局)\n"
          "榕溪市人民政府办公室\n2025年4月22日\n")
COMMENTARY = ("《榕溪市人民政府办公室关于推进公园绿地开放共享工作的通知》解读\n"
              "近日,市政府办公室印发了《通知》。现解读如下:\n一、出台背景\n近年来公园绿地持续增长。\n"
              "二、主要内容\n1.划定开放区域。6月底前完成划定。\n2.完善配套设施。新建公共厕所20座。\n")


def _outline(text: str):
    doc = policyparse.parse(text)
    return [s.number for s in doc.sections], [t.title for t in doc.tasks], [t.text for t in doc.targets]


def test_a_commentary_printed_under_the_notice_is_no_part_of_it():
    notice = (["一", "(一)", "(二)"], ["划定开放区域", "完善配套设施"], ["20座"])
    assert _outline(NOTICE + COMMENTARY) == notice
    # its bare label (政策解读, 一图读懂) opens it as well
    assert _outline(NOTICE + "政策解读\n" + COMMENTARY.split("\n", 1)[1]) == notice


def test_a_commentary_page_keeps_its_parts():
    # a guard (it passed at once): a 解读 page itself, its title above its date, keeps its sections
    page = COMMENTARY + "榕溪市城市管理局\n2025年4月25日\n"
    sections, tasks, _ = _outline(page)
    assert sections == ["一", "二", "1", "2"] and tasks == []
    # a saved page may print its date above the commentary's title: that date signs no notice
    sections, tasks, _ = _outline("2025年4月25日\n" + page)
    assert sections == ["一", "二", "1", "2"] and tasks == []


GAZETTE_BODY = ("一、保障措施\n"
    "　　(一)加强组织领导。建立由省商务厅牵头、省直有关部门配合的县域商业体系建设工作协调机制,统筹推进各项任务。各市、县(区)人民政府负责本地区县域商业体系建设的组织实施。\n"
    "　　(二)加大财政金融支持。省财政厅负责统筹省级商务发展专项资金,对验收合格的县级物流配送中心给予奖补,引导金融机构加大县域商贸流通领域信贷投放。\n"
    "　　(三)强化督导评估。省商务厅、省统计局负责建立县域商业体系建设统计监测制度,每年对各地建设情况开展评估,评估结果报省政府。\n")


def _gazette_units(width: int, cut: str) -> list[tuple[str, str]]:
    text = ("岑江省人民政府关于加快推进县域商业体系建设的实施意见\n各市、县(区)人民政府:\n"
            + cut_at(GAZETTE_BODY, width) + "\n岑江省人民政府\n2025年3月18日\n")
    assert cut in text
    doc = policyparse.parse(text)
    return {t.title: sorted((u.name, u.role) for u in t.units) for t in doc.tasks}["加强组织领导"]


def test_a_wrap_inside_a_collectives_level_word_keeps_it_whole():
    assert _gazette_units(28, "。各\n市、县(区)") == [("各市、县(区)人民政府", "responsible")]


def test_a_wrap_before_the_de_of_a_mechanisms_role_clauses_still_assigns_nobody():
    # 建立由X牵头、Y配合⏎的…机制 (the notice wrapped at 30): the clauses describe the mechanism, as
    # unwrapped (tests/test_unit_layouts.py), and give X and Y no role
    assert _gazette_units(30, "配合\n的") == [("各市、县(区)人民政府", "responsible")]


def _page_end(n: int) -> str:
    return f"\n\n                              — {n} —\n岑江省人民政府公报                      2025年第7期\n\n"


def test_a_page_end_inside_a_collectives_level_word_keeps_it_whole():
    # 各⏎— 2 —⏎running header⏎市、县(区)人民政府负责… (a probe of the gazette laid out with other page
    # lengths): the page end was read as a paragraph's end, giving 市、县(区)人民政府
    # (units/assign.py blanks a page end that a wrap crosses whole; units/prose.py does not count
    # its blank in a list's length)
    lines = cut_at(GAZETTE_BODY, 28).split("\n")
    cut = next(i for i, line in enumerate(lines) if line.endswith("。各"))
    body = "\n".join(lines[: cut + 1]) + _page_end(2) + "\n".join(lines[cut + 1 : cut + 4]) + _page_end(3) \
        + "\n".join(lines[cut + 4 :])
    text = ("岑江省人民政府关于加快推进县域商业体系建设的实施意见\n各市、县(区)人民政府:\n" + body
            + "\n岑江省人民政府\n2025年3月18日\n")
    doc = policyparse.parse(text)
    units = {t.title: sorted((u.name, u.role) for u in t.units) for t in doc.tasks}
    assert units["加强组织领导"] == [("各市、县(区)人民政府", "responsible")]
    assert units["强化督导评估"] == [("省商务厅", "responsible"), ("省统计局", "responsible")]


def test_a_page_end_inside_the_last_item_does_not_end_it():
    # (三)强化督导评估。…负责建立县⏎— 3 —⏎header⏎域商业…,评估结果于2026年1月底前报省政府。 (a probe of the
    # gazette at 26 characters a line): the last part stopped at the page's furniture as at page
    # chrome, and lost its date (stages/sections.py: furniture a wrap crosses is no stop)
    body = GAZETTE_BODY.replace("评估结果报省政府。", "评估结果于2026年1月底前报省政府。")
    lines = cut_at(body, 28).split("\n")
    last = next(i for i, line in enumerate(lines) if "(三)强化督导评估" in line)
    text = ("岑江省人民政府关于加快推进县域商业体系建设的实施意见\n各市、县(区)人民政府:\n"
            + "\n".join(lines[:3]) + _page_end(2) + "\n".join(lines[3 : last + 1]) + _page_end(3)
            + "\n".join(lines[last + 1 :]) + "\n岑江省人民政府\n2025年3月18日\n")
    doc = policyparse.parse(text)
    [task] = [t for t in doc.tasks if t.title == "强化督导评估"]
    assert [d.date for d in task.deadlines] == ["2026-01-31"]


FLOORS = floors()
ACCURACY_FLOORS = floors({}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w19-", 2, FLOORS, ACCURACY_FLOORS, tmp_path)
