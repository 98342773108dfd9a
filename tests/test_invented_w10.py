"""Helper W10's invented notices (tests/invented/w10-*): shapes they showed the parser missing,
each as a made-up fragment, and a floor on the scores of the notices themselves.

The three notices are written from scratch (invented places and bodies): a county notice that
prints two plans (关于印发《X实施方案》和《Y工作方案》的通知; the second plan's numbering starts
again at 一、), a city 政府办公室 page forwarding (转发) a provincial department's 办法 in
chapters and articles, the wrapper adding numbered requirements of its own, and a prose-only
实施意见 whose items hold their work as 一是…;二是…;三是… with units, targets and deadlines in
running text.
"""

from __future__ import annotations

import policyparse
from corpus_support import TARGET_CHECKS, assert_invented_floors, floors

HEAD = "东江市人民政府关于推进技能人才培养的实施意见\n各区人民政府,市政府各部门:\n一、重点任务\n"


def _units(doc) -> dict[str, list[tuple[str, str]]]:
    return {t.title: sorted((u.name, u.role) for u in t.units) for t in doc.tasks}


def test_a_zone_named_with_its_place_keeps_its_place_in_prose():
    # 东江经济技术开发区管委会牵头: the 区 of 开发区 and the 州 of 澄州 are no level words that
    # start a unit inside the name (东江经济技术开发|区管委会, 澄|州经济技术开发区管委会).
    text = (HEAD + "(一)建设服务平台。2026年底前上线运行。澄州经济技术开发区管委会牵头,市科技局配合。\n"
            "(二)建设产教联合体。东江经济技术开发区管委会牵头,市人社局参与。\n"
            "(三)组建宣传报道组。宣传报道组市广播电视局牵头,市委宣传部配合。\n")
    units = _units(policyparse.parse(text))
    assert units["建设服务平台"] == sorted([("澄州经济技术开发区管委会", "lead"), ("市科技局", "cooperating")])
    assert units["建设产教联合体"] == sorted([("东江经济技术开发区管委会", "lead"), ("市人社局", "cooperating")])
    # a run-in caption before a level-led unit is still cut off
    assert ("市广播电视局", "lead") in units["组建宣传报道组"]


def test_a_body_named_with_the_notices_own_place_keeps_it_before_a_role_verb():
    # 东江市税务局配合 in a 东江市 notice (东江市人民政府 in its title): the place is the body's own,
    # as in a bracket (call 20), not a caption before 市税务局; a time word before a level-led unit
    # (今年市财政局牵头) is still no part of it.
    text = (HEAD + "(一)落实税收政策。今年市财政局牵头,东江市税务局配合。\n"
            "(二)保障农村供水。市水利局牵头,东江县人民政府配合。\n")
    units = _units(policyparse.parse(text))
    assert units["落实税收政策"] == sorted([("市财政局", "lead"), ("东江市税务局", "cooperating")])
    assert units["保障农村供水"] == sorted([("市水利局", "lead"), ("东江县人民政府", "cooperating")])


def test_a_closing_juti_luoshi_names_the_bodies_that_carry_the_work_out():
    # …由X牵头,Y配合,各乡镇人民政府具体落实。: the last clause's units are responsible, as
    # 按职责分工落实 is; 具体实施 with an object after it (具体实施项目建设) and an attribute
    # (…具体实施、…参与的管护机制) name nobody.
    text = (HEAD + "(一)推行专业化运维。将设施纳入运维范围。由县住建局牵头,县财政局配合,各乡镇人民政府具体落实。\n"
            "(二)建设平台。各区政府具体实施项目建设。\n"
            "(三)完善机制。实行县级人民政府负总责、乡镇人民政府具体实施、村集体共同参与的管护机制。\n")
    units = _units(policyparse.parse(text))
    assert units["推行专业化运维"] == sorted([("县住建局", "lead"), ("县财政局", "cooperating"), ("各乡镇人民政府", "responsible")])
    assert units["建设平台"] == [] and units["完善机制"] == []


TWO_PLANS = (
    "东江县人民政府办公室关于印发《东江县甲实施方案》和《东江县乙工作方案》的通知\n"
    "各乡镇人民政府,县政府各部门:\n"
    "现将《东江县甲实施方案》和《东江县乙工作方案》印发给你们,请认真组织实施。\n"
    "东江县人民政府办公室\n2025年4月18日\n\n"
    "东江县甲实施方案\n"
    "一、重点任务\n"
    "(一)建设处理设施。2026年底前建成设施120座。(责任单位:县住建局)\n"
    "(二)严格考核督导。将治理工作纳入乡镇年度考核。\n\n"
    "表1 东江县甲主要指标\n"
    "序号\t指标名称\t2024年\t2025年\t2027年\n"
    "1\t治理率\t29%\t38%\t50%\n\n"
    "东江县乙工作方案(2025—2026年)\n"
    "为提升养护水平,到2026年完成改造100公里,制定本方案。\n"
    "一、主要任务\n"
    "(一)落实养护责任。2025年5月底前设立路长。(责任单位:县交通运输局)\n"
    "二、保障措施\n"
    "(一)落实养护资金。列入年度财政预算。\n"
)


def test_the_first_plans_last_part_ends_before_its_table_and_the_second_plans_title():
    # The second plan's 一、 starts its numbering again: the first plan's last part ends at the
    # captioned table after it (表1 …) and, without one, at the second plan's title line, not at
    # the second plan's 一、 (its table's years and the second plan's preamble are no text of it).
    doc = policyparse.parse(TWO_PLANS)
    last = next(t for t in doc.tasks if t.title == "严格考核督导")
    assert last.deadlines == [] and not [t for t in doc.targets if t.task == last.id]
    section = next(s for s in doc.sections if s.heading == "严格考核督导")
    assert doc.text[section.span[0] : section.span[1]].endswith("纳入乡镇年度考核。")
    no_table = TWO_PLANS.replace("表1 东江县甲主要指标\n序号\t指标名称\t2024年\t2025年\t2027年\n1\t治理率\t29%\t38%\t50%\n\n", "")
    doc = policyparse.parse(no_table)
    section = next(s for s in doc.sections if s.heading == "严格考核督导")
    assert doc.text[section.span[0] : section.span[1]].endswith("纳入乡镇年度考核。")
    assert [t.text for t in doc.targets if t.task == next(t for t in doc.tasks if t.title == "严格考核督导").id] == []


def test_a_captioned_table_after_the_last_part_is_no_text_of_it():
    text = (HEAD + "(一)建设处理设施。2026年底前建成设施120座。(责任单位:市住建局)\n"
            "(二)严格考核督导。将治理工作纳入年度考核。\n\n"
            "表1 东江市主要指标\n"
            "序号\t指标名称\t2024年\t2025年\t2027年\n"
            "1\t治理率\t29%\t38%\t50%\n")
    doc = policyparse.parse(text)
    last = next(t for t in doc.tasks if t.title == "严格考核督导")
    assert last.deadlines == [] and not [t for t in doc.targets if t.task == last.id]


# First run (held out, before any fix and before the gold re-reads): sections 0.982, tasks 0.954,
# units 0.939 (lead 0.889), deadlines 0.848, targets 0.860 (cmp 0.950, year 0.925, task 0.900),
# metadata 1.000. The 转发 wrapper's own numbered points were then taken out of the gold (the
# guide: the wrapper's own text is no section), among other re-reads (tests/invented/README.md).
# After the fixes above: deadlines 0.966, targets 0.968 (cmp 0.956, year 0.978), the rest 1.000.
# Left to other stages: 到“十⏎四五”末 (a wrap inside the term), 已建设施…率不低于90% (已建 read as a
# done action), 分别不低于5%、4%、3% (the comparator not carried) and 三年新增… in a plan whose
# years only its goals give.
FLOORS = floors({"deadlines": 0.95, "targets": 0.95})
ACCURACY_FLOORS = floors({"targets.cmp": 0.95, "targets.year": 0.95}, TARGET_CHECKS)


def test_the_invented_notices_score_at_least(tmp_path):
    assert_invented_floors("w10-", 3, FLOORS, ACCURACY_FLOORS, tmp_path)


def test_a_forwarded_documents_name_is_the_one_its_cover_sentence_quotes():
    # 转发省农业农村厅关于X办法的通知 with the signature after the enclosed 办法 (no signature date
    # between them): the enclosed title is the 《X办法》 the cover sentence hands over, as in flat
    # text, not the title's 省农业农村厅关于X办法.
    text = ("鹤川市人民政府办公室转发省农业农村厅关于江岭省农田管护办法的通知\n"
            "各县(市、区)人民政府,市政府各部门:\n"
            "    现将省农业农村厅《江岭省农田管护办法》转发给你们,请认真贯彻执行。\n\n"
            "江岭省农田管护办法\n"
            "第一条 为加强管护,制定本办法。\n"
            "第二条 本办法自2024年8月1日起施行。\n\n"
            "鹤川市人民政府办公室\n2024年9月10日\n")
    assert policyparse.parse(text).metadata.enclosed_title == "江岭省农田管护办法"


def test_a_wrappers_own_points_stay_out_of_the_body_when_it_is_signed_at_the_end():
    # The wrapper's numbered points (一、压实管护责任 …) are its own text, no sections (guide;
    # tests/test_metadata.py for a wrapper signed before the plan). Signed at the page's end, the
    # plan still starts at its title line, the 《…》 the cover sentence hands over.
    text = ("鹤川市人民政府办公室转发省农业农村厅关于江岭省农田管护办法的通知\n"
            "各县(市、区)人民政府,市政府各部门:\n"
            "    现将省农业农村厅《江岭省农田管护办法》转发给你们,并提出以下要求,请一并贯彻落实。\n"
            "    一、压实管护责任。市农业农村局负责统筹指导,2024年12月底前建立台账。\n"
            "    二、保障管护经费。由市财政局牵头,市农业农村局配合。\n\n"
            "江岭省农田管护办法\n"
            "第一章 总则\n第一条 为加强管护,制定本办法。\n第二条 省农业农村厅负责全省管护工作的统筹协调。\n"
            "第二章 附则\n第三条 本办法自2024年8月1日起施行。\n\n"
            "鹤川市人民政府办公室\n2024年9月10日\n")
    doc = policyparse.parse(text)
    assert [(s.level, s.number) for s in doc.sections] == [
        (1, "第一章"), (2, "第一条"), (2, "第二条"), (1, "第二章"), (2, "第三条")]
    assert doc.metadata.enclosed_title == "江岭省农田管护办法" and doc.metadata.signed_date == "2024-09-10"
