"""Tasks stage: which numbered items are tasks, their titles and spans, unnumbered duty blocks."""

from __future__ import annotations

import pytest
from corpus_support import gold_ids, raw_file

from policyparse.pipeline import Draft
from policyparse.stages import sections, tasks
from policyparse.text.normalize import normalize


def run(text: str) -> Draft:
    draft = Draft(text=normalize(text))
    sections.find(draft)
    tasks.find(draft)
    return draft


def titles(text: str) -> list[str]:
    return [t.title for t in run(text).tasks]


# ------------------------------------------------------------------ part names


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("总体要求", "framing"),
        ("总体要求和目标", "framing"),
        ("指导思想", "framing"),
        ("主要目标", "framing"),
        ("行动目标", "framing"),
        ("目标任务", "framing"),  # the longer framing entry beats 任务-style work names
        ("工作思路根据前期试点单位应用成效,全面推进五大类典型作业场景", "framing"),  # flat text runs on
        ("准确把握村庄建设的总体要求以XXX新时代中国特色社会主义思想为指导", "framing"),  # head noun after 的
        ("总则", "framing"),
        ("主要任务", "work"),
        ("重点任务", "work"),
        ("保障措施", "work"),
        ("组织实施", "work"),
        ("责任分工", "work"),
        ("工作任务", "work"),
        ("工作要求", "work"),
        ("落实各地目标任务", None),  # a task's own words, not a part name
        # a part name after a lead verb counts only where it ends the caption
        ("准确把握换届总体要求", "framing"),
        ("准确把握换届总体要求坚持以新发展理念为指导,全面贯彻", "framing"),  # flat text runs on
        ("明确总体要求,细化任务分工", "framing"),
        ("坚持基本原则", "framing"),
        ("坚持工作原则不动摇", None),
        ("明确工作目标任务完成时限", None),
        ("落实年度目标任务", None),  # 落实 is work to do, not a lead verb
        ("落实总体要求", None),
        ("全面落实各项工作目标", None),
        # part names fitted to one notice are gone: a cost table or an acceptance step is no part kind
        ("费用构成", None),
        ("落实验收", None),
        ("对公路水路交通建设年度目标任务完成情况好、地方投资落实到位的省(区、市)", None),
        ("丰富赛事活动,完善赛事体系", None),
        ("强化组织保障", None),
    ],
)
def test_part_kind(heading, kind):
    assert tasks.part_kind(heading) == kind


# ------------------------------------------------------------------ which items are tasks


PLAN = (
    "一、总体要求\n(一)指导思想\n以新发展理念为指导。\n(二)主要目标\n力争经过3~5年的努力,亩均税收增长15万元。\n"
    "二、主要任务\n(一)以亩产论英雄,提高亩均产出效益\n1.持续开展企业分类综合评价。贯彻落实有关办法。\n"
    "2.配套实行差别化政策。市直有关部门要结合职责。\n(二)以特色论英雄,提速产业集群培育\n1.实施产业集群转型升级行动。严把项目入驻关。\n"
    "三、保障措施\n(一)注重规划引领。坚持多规合一。\n(二)加大政策支持。鼓励各地加大支持。\n"
)


def test_leaves_of_work_parts_are_tasks_and_framing_leaves_are_not():
    assert titles(PLAN) == [
        "持续开展企业分类综合评价",
        "配套实行差别化政策",
        "实施产业集群转型升级行动",
        "注重规划引领",
        "加大政策支持",
    ]


def test_task_fields_point_at_their_section():
    draft = run(PLAN)
    by_id = {s.id: s for s in draft.sections}
    assert [t.id for t in draft.tasks] == [f"t{i}" for i in range(1, len(draft.tasks) + 1)]
    for task in draft.tasks:
        section = by_id[task.section]
        assert task.number == section.number
        assert task.span == section.span
        assert draft.text[task.span[0] : task.span[1]] == task.text
        assert task.text.startswith(task.number) and task.units == [] and task.deadlines == []
    assert draft.tasks[0].text == "1.持续开展企业分类综合评价。贯彻落实有关办法。"
    assert draft.tasks[-1].text == "(二)加大政策支持。鼓励各地加大支持。"


def test_a_notice_of_measures_without_part_names_is_all_tasks():
    text = (
        "一、对深化商事制度改革成效显著的市(地、州、盟),优先纳入相关试点。(市场监管总局负责)\n"
        "二、对促进外贸、外资稳定增长成效明显的省(区、市),给予优先支持。(商务部负责)\n"
        "三、对年度目标任务完成情况好的省(区、市),统筹安排部分投资。(国家发展改革委负责)\n"
    )
    assert titles(text) == [
        "对深化商事制度改革成效显著的市(地、州、盟),优先纳入相关试点",
        "对促进外贸、外资稳定增长成效明显的省(区、市),给予优先支持",
        "对年度目标任务完成情况好的省(区、市),统筹安排部分投资",
    ]


def test_an_item_with_unit_assignments_is_a_task_even_in_a_framing_part():
    text = (
        "一、工作目标\n(一)到2020年,开发区主营业务收入增长10%。\n"
        "(二)建成一批特色园区。〔牵头单位:市发改委;责任单位:各县(市、区)政府〕\n二、主要任务\n(三)推进建设。加快建设。\n"
    )
    assert titles(text) == ["建成一批特色园区", "推进建设"]


def test_sections_headed_by_units_give_tasks():
    text = (
        "一、总体要求\n坚持统一领导。\n二、成员单位工作职责\n(一)省委办公厅:负责综合协调。\n(二)省发展改革委:主要负责重点工程。\n"
        "(三)省财政厅:按照事权负责资金保障。\n(四)人民解放军和武装警察部队根据需要,担负抢险救援任务。\n"
    )
    assert titles(text) == [
        "省委办公厅:负责综合协调",
        "省发展改革委:主要负责重点工程",
        "省财政厅:按照事权负责资金保障",
        "人民解放军和武装警察部队根据需要,担负抢险救援任务",  # a leaf among duty blocks
    ]


def test_articles_of_rules_are_tasks_only_when_they_name_a_unit():
    text = (
        "一、机构设置\n第一条 领导小组是议事协调机构。\n第二条 领导小组设组长1人,由省政府分管负责同志兼任。\n"
        "二、工作制度\n第三条 调查研究制度。定期开展调查研究,由领导小组办公室或提出建议的成员单位牵头形成调研报告。\n"
        "第四条 督促评价制度。领导小组办公室负责跟踪督促落实。\n第五条 保密制度。全体成员必须严格遵守保密纪律。\n"
    )
    assert titles(text) == ["调查研究制度", "督促评价制度"]


def test_a_lead_in_to_a_list_is_not_a_task():
    text = (
        "1.监测预警\n1.1预警发布\n运营主管部门要及时发布预警。\n1.2预警行动\n进入预警状态后,有关单位应当采取以下措施:\n"
        "(1)立即启动相关应急响应。\n(2)发布预警公告。\n"
    )
    assert titles(text) == ["预警发布", "立即启动相关应急响应", "发布预警公告"]


# ------------------------------------------------------------------ titles


@pytest.mark.parametrize(
    "text, title",
    [
        ("一、主要任务\n1.因地制宜培育壮大重点产业。以全市现代化产业体系为引领。\n", "因地制宜培育壮大重点产业"),
        ("一、主要任务\n(一)强化组织领导\n成立工作专班。\n", "强化组织领导"),
        ("一、主要任务\n(1)资源申请:按照总部推广建设要求,提出需求。责任单位:信通公司\n", "资源申请:按照总部推广建设要求,提出需求"),
        ("一、主要任务\n1、 加强用地保障。新建居住区要规划建设托育设施。\n", "加强用地保障"),
        ("一、主要任务\n1.加大督查力度\n", "加大督查力度"),
    ],
)
def test_titles(text, title):
    assert titles(text) == [title]


# ------------------------------------------------------------------ unnumbered duty blocks


def test_duty_lines_of_an_attachment_are_tasks_without_section():
    text = (
        "一、主要任务\n(一)规划设施建设。加快建设。\n附件:部门职责分工\n附件\n部门职责分工\n"
        "省发展改革委负责将婴幼儿照护服务纳入经济社会发展相关规划。\n省教育厅负责各类婴幼儿照护服务人才培养。\n"
        "省公安厅负责监督指导各类婴幼儿照护服务机构开展安全防范。\n"
    )
    draft = run(text)
    assert [(t.section, t.title) for t in draft.tasks] == [
        ("s2", "规划设施建设"),
        (None, "省发展改革委负责将婴幼儿照护服务纳入经济社会发展相关规划"),
        (None, "省教育厅负责各类婴幼儿照护服务人才培养"),
        (None, "省公安厅负责监督指导各类婴幼儿照护服务机构开展安全防范"),
    ]
    for task in draft.tasks:
        assert draft.text[task.span[0] : task.span[1]] == task.text


def test_two_duty_lines_are_not_a_block():
    text = "一、主要任务\n(一)规划设施建设。加快建设。\n附件\n省教育厅负责人才培养。\n省公安厅负责安全防范。\n"
    assert titles(text) == ["规划设施建设"]


def test_unit_headed_blocks_in_flat_text_are_tasks():
    text = (
        "应急预案1.组织指挥1.1省级机构省政府负责指导。1.2现场指挥机构省政府成立现场指挥部。"
        "2.附则2.1预案解释本预案由省交通运输厅负责解释。附件:成员单位职责附件成员单位职责"
        "省委宣传部(省政府新闻办):负责组织宣传报道。负责新闻发布。省委网信办:加强对互联网信息的管理。"
        "省民政厅:协调做好遇难人员遗体处置工作省财政厅:负责应急资金保障工作。" + "做好工作。" * 500
    )
    draft = run(text)
    unnumbered = [t.title for t in draft.tasks if t.section is None]
    assert unnumbered == [
        "省委宣传部(省政府新闻办):负责组织宣传报道",
        "省委网信办:加强对互联网信息的管理",
        "省民政厅:协调做好遇难人员遗体处置工作",
        "省财政厅:负责应急资金保障工作",
    ]
    for task in draft.tasks:
        assert draft.text[task.span[0] : task.span[1]] == task.text


def test_no_sections_no_tasks():
    for text in ["", "各县人民政府:\n现印发给你们。\n", "省教育厅负责人才培养。\n" * 5]:
        assert run(text).tasks == []


# ------------------------------------------------------------------ the corpus


def test_tasks_f1_over_the_corpus(corpus_report):
    assert corpus_report.fields["tasks"].f1 >= 0.95


@pytest.mark.parametrize("doc", gold_ids())
def test_tasks_per_document(corpus_report, doc):
    report = next(d for d in corpus_report.documents if d.id == doc)
    assert report.error is None
    if "tasks" in report.fields:
        assert report.fields["tasks"].f1 >= 0.85, report.fields["tasks"].to_dict()


@pytest.mark.parametrize("doc", gold_ids())
def test_task_spans_hold_in_corpus(doc):
    from policyparse import parse_file

    parsed = parse_file(raw_file(doc))
    section_ids = {s.id for s in parsed.sections}
    for task in parsed.tasks:
        assert parsed.text[task.span[0] : task.span[1]] == task.text
        assert task.title and task.title in task.text
        assert task.section is None or task.section in section_ids
