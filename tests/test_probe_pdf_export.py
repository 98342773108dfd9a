"""Text copied out of a PDF (a gazette, an OCRed scan): lines broken every 25-35 characters
mid-word and mid-number, page numbers and running headers between pages. Each fragment is
written twice, with the PDF's line ends (`|` below) and as ordinary text with a line a
paragraph, and both must give the same items (helper X1, invented notices).
"""

from __future__ import annotations

import policyparse
from policyparse.text.normalize import fold

HEAD = ("东江市人民政府办公室关于印发东江市老旧小区改造提升\n"
        "三年行动方案（2025—2027年）的通知\n\n"
        "东政办发〔2025〕6号\n\n"
        "各县（市、区）人民政府,市政府各部门:\n"
        "《东江市老旧小区改造提升三年行动方案（2025—2027年）》已经市\n"
        "政府同意,现印发给你们,请结合实际认真组织实施。\n\n"
        "                              东江市人民政府办公室\n"
        "                              2025年3月18日\n\n"
        "          东江市老旧小区改造提升三年行动方案\n"
        "                  （2025—2027年）\n\n")
OPENING = ("为深入推进城市更新行动,改善群众居住条件,提升城市|"
           "品质和治理水平,根据国家和省有关部署,结合我市实际,|"
           "制定本方案。\n"
           "一、总体要求\n"
           "坚持以人民为中心,坚持问题导向、因地制宜,坚持政府|"
           "引导、居民自治、社会参与,统筹推进老旧小区改造与完整|"
           "社区建设,让群众生活更方便、更舒心、更美好。\n")
# A page end as a gazette's export gives it: the page number, then the next page's running header.
PAGE_END = "\n\n                              — {n} —\n东江市人民政府公报                    2025年第4期\n\n"

GOALS = ("二、主要目标\n"
         "到2027年,全市累计完成城镇老旧小区改造1200个|"
         "以上,改造后小区的生活垃圾分类投放设施覆盖率不低于|"
         "90%,改造小区至最近的社区综合服务站的步行距离小于|"
         "1公里,新增停车位3000个,小区居民满意度达到95|"
         "%以上。\n")
TASKS = ("三、重点任务\n"
         "(一)实施基础类改造。对小区供水、排水、供电、燃气等|"
         "老旧管线进行更新,2025年底前完成首批改造小区摸底,到2027|"
         "年,完成老旧管线改造800公里。(市住房城乡建设局牵头,市|"
         "发展改革委、市财政局按职责分工负责)\n")
CLOSING = ("四、保障措施\n"
           "(一)加强组织领导。市住房城乡建设局会同有关部门建立|"
           "老旧小区改造工作协调机制,定期调度改造进展,协调解决|"
           "改造中的重大问题。(市住房城乡建设局负责)\n")


def pdf_and_plain(*parts: str) -> tuple[policyparse.Document, policyparse.Document]:
    """The notice with the PDF's line ends, and as text with a line a paragraph; every span checked."""
    body = OPENING + "".join(parts) + CLOSING
    docs = (policyparse.parse(HEAD + body.replace("|", "\n")), policyparse.parse(HEAD + body.replace("|", "")))
    for doc in docs:
        for t in doc.targets:
            assert doc.text[t.span[0] : t.span[1]] == t.text
        for task in doc.tasks:
            for d in task.deadlines:
                assert doc.text[d.span[0] : d.span[1]] == d.text
        for s in doc.sections:
            assert doc.text[s.heading_span[0] : s.heading_span[1]] == s.heading
    return docs


def targets(doc) -> list[tuple]:
    titles = {t.id: t.title for t in doc.tasks}
    return [(fold(t.text), t.value, t.unit, t.cmp, t.year, titles.get(t.task)) for t in doc.targets]


def test_comparators_suffixes_and_the_goals_year_across_line_ends():
    # 1200个⏎以上, 不低于⏎90%, 小于⏎1公里, 达到95⏎%以上: the PDF's line end is no gap in the
    # quantity; every line of the 到2027年, paragraph takes its year.
    pdf, plain = pdf_and_plain(GOALS, TASKS)
    expected = [("1200个以上", 1200.0, "个", ">=", 2027, None), ("不低于90%", 90.0, "%", ">=", 2027, None),
                ("小于1公里", 1.0, "公里", "<", 2027, None), ("3000个", 3000.0, "个", "=", 2027, None),
                ("95%以上", 95.0, "%", ">=", 2027, None), ("800公里", 800.0, "公里", "=", 2027, "实施基础类改造")]
    assert targets(plain) == expected
    assert targets(pdf) == expected


def test_a_number_or_a_comparator_broken_mid_word():
    # 新增停车位30⏎00个, 不低⏎于90%: one number, one comparator over two lines.
    goals = GOALS.replace("新增停车位3000个,小区居民满意度达到95|", "小区居民满意度达到95%以上,新增停车位30|").replace("%以上。", "00个。")
    pdf, plain = pdf_and_plain(goals.replace("不低于|90%", "不低|于90%"))
    assert [t[0] for t in targets(pdf)] == [t[0] for t in targets(plain)] == ["1200个以上", "不低于90%", "小于1公里", "95%以上", "3000个"]


def test_a_year_cut_from_its_nian_by_a_line_end_or_a_page_end():
    # 到2027⏎年: the deadline, and the year of the target after it; across a page end too (the
    # page number and the running header between 2027 and 年).
    for tasks in (TASKS, TASKS.replace("到2027|", "到2027" + PAGE_END.format(n=3))):
        pdf, plain = pdf_and_plain(GOALS.replace("1公里,", "1公里," + PAGE_END.format(n=2)), tasks)
        for doc in (pdf, plain):
            [task] = [t for t in doc.tasks if t.title == "实施基础类改造"]
            assert [d.date for d in task.deadlines] == ["2025-12-31", "2027-12-31"]
            assert targets(doc)[-1] == ("800公里", 800.0, "公里", "=", 2027, "实施基础类改造")


def test_a_year_split_mid_digits_dates_the_tasks_later_sentences():
    # 到20⏎27年完成…。…800公里: the task's deadline, set before the target in an earlier sentence,
    # is the target's year (call 13), though a line end splits its digits.
    tasks = ("三、重点任务\n"
             "(一)实施基础类改造。全面摸清小区供水、排水、供电等管线底数,到20|"
             "27年完成全部改造任务。完成老旧管线改造800公里,同步推进|"
             "小区环境整治提升工作。(市住房城乡建设局负责)\n")
    pdf, plain = pdf_and_plain(GOALS, tasks)
    for doc in (pdf, plain):
        assert targets(doc)[-1] == ("800公里", 800.0, "公里", "=", 2027, "实施基础类改造")


TABLE = ("具体指标见下表。\n"
         "东江市老旧小区改造提升主要指标\n"
         "序号\n指标名称\n2024年(基期)\n2027年\n指标属性\n"
         "1\n改造老旧小区数量\n300个\n1200个\n预期性\n"
         "2\n加装电梯数量\n40部" + PAGE_END.format(n=3) + "150部以上\n预期性\n"
         "3\n小区垃圾分类覆盖率\n60%\n90%以上\n约束性\n")


def test_an_indicator_table_one_cell_a_line():
    # 序号 / 指标名称 / 2024年(基期) / 2027年 / 指标属性, then each row a cell a line (a page end
    # inside): a value's column year is its year, and the base year's column holds no targets.
    pdf, plain = pdf_and_plain(GOALS.replace("1公里,", "1公里," + PAGE_END.format(n=2)), TABLE, TASKS)
    table = [("1200个", 1200.0, "个", "=", 2027, None), ("150部以上", 150.0, "部", ">=", 2027, None),
             ("90%以上", 90.0, "%", ">=", 2027, None)]
    assert targets(pdf)[5:8] == targets(plain)[5:8] == table
    assert len(targets(pdf)) == len(targets(plain)) == 9


def test_an_indicator_table_row_with_a_blank_cell():
    # 指标 / 单位 / 2024年现状值 / 2027年目标值 / 指标属性 with no serial numbers; the last row's
    # 单位 cell is blank, so it prints one line fewer: the row, which ends in its attribute, is read
    # from its end (its base value is no target, its goal is for 2027).
    table = ("主要指标如下:\n"
             "指标\n单位\n2024年现状值\n2027年目标值\n指标属性\n"
             "完整社区覆盖率\n%\n35%\n60%以上\n预期性\n"
             "新增社区养老服务站\n个\n20个\n50个\n预期性\n"
             "小区充电设施配建\n1500个\n4000个以上\n约束性\n")
    pdf, plain = pdf_and_plain(GOALS, table, TASKS)
    expected = [("60%以上", 60.0, "%", ">=", 2027, None), ("50个", 50.0, "个", "=", 2027, None),
                ("4000个以上", 4000.0, "个", ">=", 2027, None)]
    assert targets(pdf)[5:8] == targets(plain)[5:8] == expected
    assert len(targets(plain)) == 9


def test_a_heading_cut_by_a_line_end():
    # (二)推进…公共服务⏎设施短板: a full line that the heading runs past, its rest a short line
    # closing the paragraph.
    part = ("(二)推进完整社区建设,补齐养老托育便民商业等公共服务|"
            "设施短板\n"
            "1.建设社区综合服务设施。按照每百户不低于30平方米标准|"
            "配建社区综合服务用房。(市民政局负责)\n")
    pdf, plain = pdf_and_plain(TASKS, part)
    for doc in (pdf, plain):
        assert [fold(s.heading) for s in doc.sections if s.number == "(二)"][0] == "推进完整社区建设,补齐养老托育便民商业等公共服务设施短板"


def test_a_run_in_heading_cut_by_a_line_end():
    # (二)实施…提升和完整⏎社区建设行动。按照…: the heading runs to its 。 on the next line.
    part = ("(二)实施城镇老旧小区基础设施补短板提升和完整|"
            "社区建设行动。按照每百户不低于30平方米标准配建社区|"
            "综合服务用房,同步建设养老托育设施。(市民政局负责)\n")
    pdf, plain = pdf_and_plain(TASKS, part)
    for doc in (pdf, plain):
        assert [fold(s.heading) for s in doc.sections if s.number == "(二)"] == ["实施城镇老旧小区基础设施补短板提升和完整社区建设行动"]


def test_a_full_heading_that_ends_by_itself_keeps_its_end():
    # Guard: a heading as long as a full line, then a paragraph that runs on over lines or
    # holds a clause: the heading's line end is its end.
    part = ("(二)强化小区长效管理,健全党组织领导下的社区治理体系\n"
            "推动改造后的小区成立业主委员会或物业管理委员会,实现|"
            "物业服务全覆盖。\n"
            "(三)加强改造质量监管,压实建设单位首要责任和各方责任\n"
            "全面推行工程质量公示,接受居民监督。\n")
    pdf, plain = pdf_and_plain(TASKS, part)
    for doc in (pdf, plain):
        assert [fold(s.heading) for s in doc.sections if s.number in ("(二)", "(三)")] == [
            "强化小区长效管理,健全党组织领导下的社区治理体系", "加强改造质量监管,压实建设单位首要责任和各方责任"]


def test_a_full_heading_does_not_run_into_the_goals_paragraph_under_it():
    # A heading as long as a full line keeps its end (guard), and the wrapped goals paragraph
    # under it still opens with its 到2027年, whose year reaches every line.
    goals = GOALS.replace("二、主要目标\n", "二、主要目标\n(一)总体目标,全面提升老旧小区居住品质和社区治理水平\n")
    pdf, plain = pdf_and_plain(goals)
    for doc in (pdf, plain):
        assert [fold(s.heading) for s in doc.sections if s.number == "(一)"][0] == "总体目标,全面提升老旧小区居住品质和社区治理水平"
        assert [t[4] for t in targets(doc)] == [2027] * 5


def test_flat_ocr_text_reads_as_before():
    # Guard: the same notice as one line (flat OCR text) has no line ends to join.
    body = (OPENING + GOALS + TASKS + CLOSING).replace("|", "").replace("\n", " ")
    doc = policyparse.parse(HEAD.replace("\n", " ") + body)
    assert [fold(t.text) for t in doc.targets] == ["1200个以上", "不低于90%", "小于1公里", "3000个", "95%以上", "800公里"]


def test_yi_before_a_rate_marks_the_noun_not_a_past_fact():
    # 已备案物业服务企业信用评价覆盖率达到100%: the rate of the registered firms (已 marks them),
    # an aim; 市财政已下达补助资金2000万元 still reports money granted.
    part = ("(二)规范物业服务。到2026年,已备案物业服务企业信用评价覆盖率达到100%。"
            "市财政已下达补助资金2000万元。(市住房城乡建设局负责)\n")
    pdf, plain = pdf_and_plain(TASKS, part)
    assert targets(plain)[1:] == [("100%", 100.0, "%", "=", 2026, "规范物业服务")]


def test_a_value_equal_to_the_next_serial_number_does_not_start_a_row():
    # 序号 … 属性 one cell a line: row 1's base value is 2, the next row's number too
    head = "东江省人民政府办公厅关于印发东江省充电设施建设三年行动计划的通知\n各市人民政府:\n一、主要目标\n到2027年,主要指标如下:\n"
    table = "\n".join(["序号", "指标名称", "单位", "2023年(基期)", "2027年", "属性", "1", "公共充电站数量", "万座", "2", "5",
                       "预期性", "2", "车桩比", "%", "85%", "95%", "约束性"])
    doc = policyparse.parse(head + table + "\n二、重点任务\n(一)建设充电站。加快建设。(责任单位:省能源局)\n"
                            "东江省人民政府办公厅\n2024年8月10日\n")
    assert [(t.text, t.year) for t in doc.targets] == [("95%", 2027)]  # 85% is the base year's


def test_a_done_clause_with_a_rate_word_inside_is_still_done():
    # 已…率达到 is a rate of the things already done; 大功率 and a rate reported done are no aims
    head = "东江市人民政府关于加强安全生产工作的通知\n各区人民政府:\n一、主要任务\n"
    for sentence, expected in [("(一)加快建设。全市已建成大功率充电桩500个。", []),
                               ("(一)优化服务。全市已实现高频事项网上办理率100%。", []),
                               ("(一)规范管理。已登记养殖场粪污处理率达到95%。", ["95%"])]:
        doc = policyparse.parse(head + sentence + "\n东江市人民政府\n2024年8月10日\n")
        assert [t.text for t in doc.targets] == expected, sentence
