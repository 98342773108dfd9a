"""Text exported from a PDF at a fixed width (28 characters a line, as GB/T 9704 prints an
official page): every long paragraph is cut into full lines mid-word. Notices invented for the
test (东江市, 南湖区 …); `wrapped` cuts them as such an export does, so each expectation below is
the reading of the unwrapped notice."""

from __future__ import annotations

import policyparse
from fragments import cut_at

WIDTH = 28


def wrapped(text: str, width: int = WIDTH) -> str:
    return cut_at(text, width)


def joined(s: str) -> str:
    return s.replace("\n", "")


PLAN = (
    "东江市人民政府办公室关于印发东江市推进开发区高质量发展实施方案的通知\n"
    "东政办发〔2025〕12号\n"
    "各区人民政府,东江高新技术产业开发区管委会,市政府各部门:\n"
    "    《东江市推进开发区高质量发展实施方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n"
    "东江市人民政府办公室\n2025年3月6日\n"
    "东江市推进开发区高质量发展实施方案\n"
    "一、重点任务\n"
    "    (一)编制开发区发展规划和控制性详细规划,拟定推进开发区建设的相关政策,做好项目资金争取和协调服务工作。"
    "到2026年,开发区实现营业收入300亿元以上。(牵头单位:市发展改革委;责任单位:各区人民政府、各开发区管委会)\n"
    "    (二)加强开发区要素保障,落实用地指标单列,加快产业项目落地建设手续审批,支持环保基础设施建设。"
    "(牵头单位:市自然资源和规划局;配合单位:市生态环境局、市住房城乡建设局、市财政局)\n"
    "二、职责分工\n"
    "    市发展改革委:负责开发区发展规划的编制和实施,统筹推进重大项目建设,协调解决开发区发展中的重大问题。\n"
    "    市自然资源和规划局:负责开发区用地保障和规划管理,指导开发区做好国土空间规划编制和用地审批工作。\n"
    "    市生态环境局:负责开发区环境影响评价和污染防治监督管理,指导开发区推进环保基础设施建设和运行。\n"
    "    市商务局:负责开发区招商引资和对外开放工作,组织开展重点产业链招商活动和项目签约落地工作。\n"
    "三、保障措施\n"
    "    (一)加强组织领导。市政府成立开发区建设工作专班,日常工作由市发展改革委负责,各区人民政府、市自然资源和规划局"
    "负责本辖区开发区建设的组织实施工作,确保各项任务落到实处。\n"
)


def test_a_run_in_item_cut_by_the_width_keeps_its_whole_first_sentence_as_heading_and_its_units():
    doc = policyparse.parse(wrapped(PLAN))
    first = next(s for s in doc.sections if s.number == "(一)" and s.parent and doc.text[s.span[0]:].startswith("(一)编制"))
    assert joined(first.heading) == "编制开发区发展规划和控制性详细规划,拟定推进开发区建设的相关政策,做好项目资金争取和协调服务工作"
    task = next(t for t in doc.tasks if joined(t.title).startswith("编制开发区"))
    assert sorted((u.name, u.role) for u in task.units) == [
        ("各区人民政府", "responsible"), ("各开发区管委会", "responsible"), ("市发展改革委", "lead")]
    second = next(t for t in doc.tasks if joined(t.title).startswith("加强开发区要素保障"))
    assert sorted((u.name, u.role) for u in second.units) == [
        ("市住房城乡建设局", "cooperating"), ("市生态环境局", "cooperating"), ("市自然资源和规划局", "lead"), ("市财政局", "cooperating")]


def test_duty_lines_cut_by_the_width_are_one_task_each():
    doc = policyparse.parse(wrapped(PLAN))
    duties = [t for t in doc.tasks if t.number is None]
    assert [[u.name for u in t.units] for t in duties] == [["市发展改革委"], ["市自然资源和规划局"], ["市生态环境局"], ["市商务局"]]


def test_a_duty_subject_cut_by_a_wrap_is_read_whole_and_a_wrap_after_you_keeps_the_span():
    doc = policyparse.parse(wrapped(PLAN))
    task = next(t for t in doc.tasks if joined(t.title).startswith("加强组织领导"))
    names = sorted((u.name, u.role) for u in task.units)
    assert names == [("各区人民政府", "responsible"), ("市发展改革委", "responsible"), ("市自然资源和规划局", "responsible")]
    for unit in task.units:
        if unit.span is not None:
            assert doc.text[unit.span[0]:unit.span[1]] == unit.name


def test_the_title_and_the_table_of_a_page_cut_by_the_width_are_read_whole():
    page = ("东政办发〔2025〕12号《东江市人民政府办公室关于印发东江市推进开发区高质量发展实施方案的通知》\n\n"
            "东江市人民政府办公室关于印发东江市推进开发区高质量发展实施方案的通知\n"
            "名称: 东江市人民政府办公室关于印发东江市推进开发区高质量发展实施方案的通知\n"
            + PLAN.split("\n", 1)[1])
    title = "东江市人民政府办公室关于印发东江市推进开发区高质量发展实施方案的通知"
    assert policyparse.parse(wrapped(page)).metadata.title == title
    # the headline (字号《title》) cut at the width: its rest is no title line of its own
    assert policyparse.parse(wrapped(page.split("\n", 1)[0] + "\n\n" + PLAN)).metadata.title == title


RULES = (
    "东江市户外招牌设置管理办法\n"
    "东江市人民政府令\n(第15号)\n"
    "    《东江市户外招牌设置管理办法》已经2025年3月20日市人民政府第二十次常务会议审议通过,现予公布,自2025年5月1日起施行。\n"
    "市长 张某某\n2025年3月28日\n"
    "东江市户外招牌设置管理办法\n"
    "第一章 总则\n"
    "    第一条 为了加强户外招牌设置管理,提升城市容貌品质,保障公共安全,根据有关法律法规,结合本市实际,制定本办法。\n"
    "    第二条 本市城市建成区内户外招牌的设置、维护及其监督管理活动,适用本办法。\n"
    "    第三条 市城市管理局负责全市户外招牌设置的监督管理工作,各区人民政府负责本辖区户外招牌的日常管理。\n"
    "    第四条 户外招牌设置应当遵循安全牢固、规范有序、与街区风貌相协调的原则,不得影响建筑安全和消防安全。\n"
    "    第五条 户外招牌的设置人应当定期对招牌进行安全检查,发现安全隐患的,应当及时维修、加固或者拆除。\n"
    "    第六条 市城市管理局应当会同市自然资源和规划局编制户外招牌设置导则,报市人民政府批准后公布实施。\n"
    "第二章 附则\n"
    "    第七条 本办法自2025年5月1日起施行,有效期五年,由市城市管理局负责解释。\n"
)


def test_articles_cut_by_the_width_keep_their_first_sentence_and_the_order_names_its_rule():
    doc = policyparse.parse(wrapped(RULES))
    articles = {s.number: joined(s.heading) for s in doc.sections if s.number.endswith("条")}
    assert articles["第一条"] == "为了加强户外招牌设置管理,提升城市容貌品质,保障公共安全,根据有关法律法规,结合本市实际,制定本办法"
    assert articles["第四条"] == "户外招牌设置应当遵循安全牢固、规范有序、与街区风貌相协调的原则,不得影响建筑安全和消防安全"
    assert doc.metadata.enclosed_title == "东江市户外招牌设置管理办法"


def test_one_name_a_line_still_splits_but_a_bare_organ_on_the_next_line_is_the_rest_of_a_wrapped_name():
    text = ("东江市人民政府办公室关于做好有关工作的通知\n各区人民政府:\n一、重点任务\n"
            "(一)推进园区建设。完善园区配套。(责任单位:市发展改革委\n市财政局)\n"
            "(二)加强园区管理。建立服务台账。(责任单位:各区人民政府、各开发区\n管委会)\n"
            "(三)加强园区服务。建立服务专班。(责任单位:各区县(市)\n政府、市商务局)\n"
            "东江市人民政府办公室\n2025年3月1日\n")
    doc = policyparse.parse(text)
    assert [[u.name for u in t.units] for t in doc.tasks] == [
        ["市发展改革委", "市财政局"], ["各区人民政府", "各开发区管委会"], ["各区县(市)政府", "市商务局"]]


def test_a_wrap_right_after_the_connective_before_a_list_leaves_the_first_names_span_exact():
    from policyparse.units.lists import read_list

    found = read_list("由\n市教育局会同市发展改革委负责", 100, None, None, "prose", whole=True)
    assert [(f.name, f.span) for f in found] == [("市教育局", (102, 106)), ("市发展改革委", (108, 114))]


def test_a_heading_as_wide_as_the_text_without_a_clause_mark_ends_at_its_line_end():
    # Review R7: (二)加快推进…综合整治工作 fills the 28-character line; the paragraph under it runs
    # on over lines. Joined, the heading ran into the paragraph to its 。.
    body = ("东江市人民政府办公室关于做好农村人居环境整治工作的通知\n各乡镇人民政府,县直各部门:\n"
            + "为深入推进农村人居环境整治提升,改善农村生产生活条件,根据省市有关部署,结合我县实际,现就有关工作通知如下。\n"
            + "一、重点任务\n"
            + "(一)扎实推进农村厕所革命。各乡镇要按照因地制宜、分类施策的原则推进农村户厕改造,2025年底前完成改厕1200户以上。\n"
            + "(二)加快推进农村生活污水治理和农村黑臭水体综合整治工作\n"
            + "各乡镇要统筹规划农村生活污水治理设施建设,优先治理人口集中村庄和水源保护区村庄,到2025年农村生活污水治理率达到40%以上。\n"
            + "(三)健全长效管护机制。各乡镇要建立健全农村人居环境设施管护制度,明确管护主体和管护责任,落实管护经费和管护人员。\n"
            + "东江县人民政府办公室\n2025年3月1日\n")
    doc = policyparse.parse(wrapped(body))
    headings = [joined(s.heading) for s in doc.sections if s.number == "(二)"]
    assert headings == ["加快推进农村生活污水治理和农村黑臭水体综合整治工作"]


def test_a_long_wrapped_paragraph_is_joined_in_linear_time():
    # Review R7: metadata joined a wrapped line to the one before by copying the growing line
    # and testing it for a title at every line: 17.7 s for 5,000 lines. Now each line once.
    import time

    def seconds(lines: int) -> float:
        text = "东江市人民政府办公室关于做好有关工作的通知\n" + "\n".join(["加强组织领导压实工作责任推进各项任务落实确保工作取得实效按期完成"[:28]] * lines) + "\n"
        start = time.process_time()
        policyparse.parse(text)
        return time.process_time() - start

    small, big = seconds(500), seconds(2000)
    assert big < 10 * max(small, 0.05), (small, big)


def test_an_aim_item_cut_before_its_closing_semicolon_keeps_its_whole_heading():
    # A list of aims, each item a line closed by ;: the export cut (2) at the width, and its rest
    # (企业3—5家;) holds the ; that ends the item. Before, the heading ended at the cut (…龙头).
    aims = (PLAN.split("一、重点任务")[0] + "一、工作目标\n"
            "    (1)全年新增市级以上农业产业化龙头企业20家以上;\n"
            "    (2)到2025年底,培育年销售收入超10亿元的龙头企业3—5家;\n"
            "    (3)全年新建高标准农田12万亩,示范基地亩均产值稳定增长。\n"
            "二、重点任务\n" + PLAN.split("一、重点任务\n")[1])
    doc = policyparse.parse(wrapped(aims))
    assert [joined(s.heading) for s in doc.sections if s.number == "(2)"] == ["到2025年底,培育年销售收入超10亿元的龙头企业3—5家"]


MEASURES = (
    "东江市人民政府办公室关于做好2025年平安建设工作的通知\n"
    "各区人民政府,市政府各部门:\n"
    "    现将有关事项通知如下。\n"
    + "".join(f"    {n}、{t}。深入开展矛盾纠纷排查化解,健全多元化解工作机制,推动问题解决在基层和萌芽状态。\n"
              for n, t in (("一", "加强矛盾纠纷排查"), ("二", "推进信访法治建设"), ("三", "强化社会治安防控"), ("四", "维护劳动者合法权益")))
    + "    五、开展专项行动。开展根治欠薪冬季专项行动,2026年春节前实现农民工工资案件动态清零。\n"
    "    各区、各部门要于12月10日前将本年度平安建设工作总结报送市委政法委。\n"
    "东江市人民政府办公室\n2025年3月6日\n"
)


def test_the_closing_paragraph_after_a_wrapped_list_of_one_paragraph_items_is_no_items_text():
    # Each item one paragraph, cut into lines by the export: the wraps end no paragraph, so the
    # closing (各区、各部门要于12月10日前…) stays out of the last item and its deadline with it.
    doc = policyparse.parse(wrapped(MEASURES))
    last = doc.tasks[-1]
    assert last.title == "开展专项行动" and "12月10日" not in last.text and [d.text for d in last.deadlines] == []


def test_a_festival_date_cut_by_a_wrap_is_still_no_deadline():
    # 2026年春节⏎前: a festival's eve is no date set for work (call 20), also where the line is cut
    text = wrapped(MEASURES.replace("开展根治欠薪冬季专项行动,2026年春节前", "清欠专项工作中,2026年春节前"))
    assert "2026年春节\n前" in text
    assert not [d.text for t in policyparse.parse(text).tasks for d in t.deadlines if "2026" in d.text]


def test_a_month_at_a_line_end_before_a_festival_on_the_next_line_is_still_a_deadline():
    # Not a wrap: the labelled date ends its line, the festival opens a new clause (review R13).
    text = MEASURES.replace("开展根治欠薪冬季专项行动,2026年春节前实现农民工工资案件动态清零。",
                            "开展根治欠薪冬季专项行动,完成时限:2026年1月\n春节前,市民政局负责走访慰问困难群众。")
    assert "2026年1月" in [d.text for t in policyparse.parse(text).tasks for d in t.deadlines]



def test_a_unit_heading_run_into_its_duty_and_a_figure_cut_from_its_measure_run_on():
    # the lead's fixes after W30 (test_metamorphic2's cut at 28 characters: tasks 0.996, deadlines 0.989):
    # a list item whose line holds a colon with words after it is a run-in item, like one holding a
    # comma; a line ending in figures over a line opening with their measure (…1500⏎元;) is one number
    import policyparse
    from corpus_support import INVENTED
    from test_metamorphic2 import _cut_rows_whole

    text = (INVENTED / "w30-minxi-nongtian-zijin-banfa-2025.txt").read_text("utf-8")
    cut = _cut_rows_whole(text)
    assert "资金分配建\n议" in cut and "1500\n元" in cut  # the two shapes are in the cut text
    plain, wrapped = policyparse.parse(text), policyparse.parse(cut)
    assert [t.title.replace("\n", "") for t in wrapped.tasks] == [t.title for t in plain.tasks]
    assert [t.text.replace("\n", "") for t in wrapped.targets] == [t.text for t in plain.targets]
    for item in [*wrapped.tasks, *wrapped.targets]:
        assert wrapped.text[item.span[0]:item.span[1]] == item.text
