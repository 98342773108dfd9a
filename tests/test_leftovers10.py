"""Helper F17's leftovers: a 截至 date that a count is taken at against one a plan aims by, a title
that is a 说明 on a named draft, a 起草说明 printed as an attachment (commentary: no tasks, no
targets), a forecast of a count in the preface, a bracket clause whose work after 负责 is 指导, and
a title whose first line a page end cuts after its 、.

Every fragment is made up (东江市 and invented bodies) in the shapes notices use; expected values are
what a careful reader annotates per the annotation guide and corpus/README.md's calls (20: 截至 a
date over when the notice was signed takes a count, no deadline; 27: a 起草说明 gives sections but
no work, its figures are facts). Each case failed before its fix; the guards beside them show the
nearest shape that must not change.
"""

from __future__ import annotations

import pytest

import policyparse

from fragments import only_task, task_notice
from test_probe_leftovers5 import HEAD, tail

N = None
R, L, C = "responsible", "lead", "cooperating"


def dated(sentence: str, signed: str) -> tuple[list, list]:
    doc = task_notice(sentence, HEAD, tail(signed))
    return ([(d.text, d.date) for t in doc.tasks for d in t.deadlines], [(t.text, t.year) for t in doc.targets])


# --- 1. 截至 a date: a count taken at a date over when the notice was signed, else a by-date aim ---


@pytest.mark.parametrize(
    "sentence, deadlines, targets",
    [
        # a month of the notice's own year that had ended when it was signed (March 2025)
        ("截至2025年1月底,全市累计建成充电桩3000个。", [], []),
        ("截至2025年2月底,全市共有充电桩3000个。", [], []),
    ],
)
def test_as_of_a_month_over_when_signed(sentence, deadlines, targets):
    assert dated(sentence, "2025年3月10日") == (deadlines, targets)


@pytest.mark.parametrize(
    "sentence, deadlines, targets",
    [
        # guards (already read): a later year, or the notice's own year ahead of its month, is an aim
        ("截至2026年底,全市累计建成充电桩5000个。", [("截至2026年底", "2026-12-31")], [("5000个", 2026)]),
        ("截至2026年底,全市充电桩总数达到5000个。", [("截至2026年底", "2026-12-31")], [("5000个", 2026)]),
        ("截至2025年6月底,全市累计建成充电桩5000个。", [("截至2025年6月底", "2025-06-30")], [("5000个", 2025)]),
        ("截至2025年底,全市累计完成改造老旧小区300个。", [("截至2025年底", "2025-12-31")], [("300个", 2025)]),
        # a year before the notice's stays past, with a done word or without
        ("截至2024年底,全市已累计建成充电桩3000个。", [], []),
        ("截至2024年底,全市累计建成充电桩3000个。", [], []),
        ("截至2024年底,全市实有充电桩3000个。", [], []),
        # a deadline with 前 is a time limit whatever its month
        ("2025年6月底前,全市建成充电桩3000个。", [("2025年6月底前", "2025-06-30")], [("3000个", 2025)]),
    ],
)
def test_as_of_guards(sentence, deadlines, targets):
    assert dated(sentence, "2025年3月10日") == (deadlines, targets)


# --- 2. a 说明 on a named draft is the title ---

BODY = "\n市人民政府:\n现将有关情况说明如下:\n一、基本情况\n共收到意见建议23条。\n东江市城市管理局\n2025年5月6日\n"


@pytest.mark.parametrize(
    "title",
    [
        "关于《东江市城市照明管理办法(草案)》征求意见情况的说明",
        "关于《东江市城市照明管理办法(草案)》的说明",
        "关于《东江市城市照明管理办法(征求意见稿)》的起草说明",
        "东江市城市管理局关于《东江市城市照明管理办法(草案)》修改情况的说明",
    ],
)
def test_explanation_of_a_named_draft_is_the_title(title):
    doc = policyparse.parse(title + BODY)
    assert doc.metadata.title == title
    assert doc.metadata.doc_type == "说明"
    assert doc.metadata.enclosed_title is None  # it explains the draft, it hands none over
    assert doc.tasks == []  # an explanation assigns no work (call 27)


FLAT_FILL = "各方面意见主要集中在照明设施管理、节能降耗和维护责任等方面,我局逐条进行了研究。" * 4


def test_explanation_title_in_flat_text_and_its_counts_are_facts():
    # an OCR text with no line breaks: the title runs up to its 说明; 采纳17条 counts what came in
    text = ("关于《东江市城市照明管理办法(草案)》征求意见情况的说明 市人大常委会: 现将有关情况说明如下: 一、基本情况 "
            "共收到意见建议23条。" + FLAT_FILL + "二、采纳情况 采纳17条。 东江市城市管理局 2025年5月6日")
    doc = policyparse.parse(text)
    assert doc.metadata.title == "关于《东江市城市照明管理办法(草案)》征求意见情况的说明"
    assert doc.targets == [] and doc.tasks == []


@pytest.mark.parametrize(
    "title, doc_type",
    [
        ("关于《东江市城市照明管理办法(草案)》审议意见的报告", "报告"),
        ("关于《东江市城市照明管理办法(草案)》有关问题的请示", "请示"),
    ],
)
def test_explanation_guards(title, doc_type):
    doc = policyparse.parse(title + BODY)
    assert (doc.metadata.title, doc.metadata.doc_type) == (title, doc_type)


def test_a_draft_put_out_for_comment_still_hands_it_over_guard():
    title = "东江市城市管理局关于公开征求《东江市城市照明管理办法(征求意见稿)》意见的公告"
    doc = policyparse.parse(title + BODY)
    assert doc.metadata.enclosed_title == "东江市城市照明管理办法(征求意见稿)"


def test_a_plain_explanation_line_is_no_title_guard():
    # a 说明 naming no document (填报说明) is a part's caption, no title
    doc = policyparse.parse("填报说明\n" + BODY)
    assert doc.metadata.title is None


# --- 3. a 起草说明 printed as an attachment: sections, but no tasks and no targets ---

NOTICE = ("东江市司法局关于公开征求《东江市城市照明管理办法(征求意见稿)》意见的公告\n"
          "为加强城市照明管理,现将《东江市城市照明管理办法(征求意见稿)》全文公布,征求社会各界意见。\n"
          "东江市司法局\n2025年6月3日\n附件1\n东江市城市照明管理办法(征求意见稿)\n"
          "第一条 为了加强城市照明管理,制定本办法。\n第二条 市城市管理局负责全市城市照明的监督管理工作。\n"
          "第三条 城市道路功能照明亮灯率应当不低于98%。\n"
          "附件2\n{title}\n一、起草背景\n近年来,我市城市照明快速发展,截至2024年底,全市共有路灯8.6万盏。\n"
          "二、起草过程\n共收到意见建议23条,采纳17条,形成了征求意见稿。\n三、主要内容\n"
          "(一)明确管理职责。规定市城市管理局为主管部门,各区人民政府负责辖区日常管理。\n"
          "(二)规范规划建设。规定到2027年智能控制覆盖率达到90%以上。\n")


@pytest.mark.parametrize("title", ["关于《东江市城市照明管理办法(征求意见稿)》的起草说明",
                                   "附件2:关于《东江市城市照明管理办法(征求意见稿)》的起草说明"])
def test_drafting_explanation_gives_no_work(title):
    text = NOTICE.format(title=title)
    if title.startswith("附件2"):
        text = text.replace("附件2\n", "")
    doc = policyparse.parse(text)
    headings = [s.heading for s in doc.sections]
    assert "主要内容" in headings and "明确管理职责" in headings  # its sections are kept
    assert all(not t.title.startswith(("明确管理职责", "规范规划建设")) for t in doc.tasks)
    assert [t.text for t in doc.targets] == ["不低于98%"]  # the draft's own standard only


def test_an_attachment_after_the_explanation_is_read_again_guard():
    text = NOTICE.format(title="关于《东江市城市照明管理办法(征求意见稿)》的起草说明") + (
        "附件3\n东江市城市照明设施建设计划\n一、主要任务\n(一)建设智慧路灯。新建智慧路灯500盏(市城市管理局负责)。\n")
    doc = policyparse.parse(text)
    assert [t.title for t in doc.tasks if t.title == "建设智慧路灯"] == ["建设智慧路灯"]
    assert "500盏" in [t.text for t in doc.targets]


def test_an_attachment_list_that_names_the_explanation_guard():
    # the notice's list of attachments names the 起草说明 on a line of its own: the draft printed
    # after the signature is still read (its duty article and standard)
    text = ("东江市司法局关于公开征求《东江市城市照明管理办法(征求意见稿)》意见的公告\n"
            "为加强城市照明管理,现将《东江市城市照明管理办法(征求意见稿)》全文公布,征求社会各界意见。\n"
            "附件:东江市城市照明管理办法(征求意见稿)\n关于《东江市城市照明管理办法(征求意见稿)》的起草说明\n东江市司法局\n2025年6月3日\n"
            "东江市城市照明管理办法(征求意见稿)\n第一条 为了加强城市照明管理,制定本办法。\n"
            "第二条 市城市管理局负责全市城市照明的监督管理工作。\n第三条 城市道路功能照明亮灯率应当不低于98%。\n")
    doc = policyparse.parse(text)
    assert [t.title for t in doc.tasks] == ["市城市管理局负责全市城市照明的监督管理工作"]
    assert [t.text for t in doc.targets] == ["不低于98%"]


# --- 4. a forecast of a count in the preface is no target ---

PREFACE = ("东江市人民政府办公室关于做好2025年高校毕业生就业工作的通知\n各县(市、区)人民政府,市政府各部门:\n"
           "{sentence}现就有关事项通知如下:\n一、拓宽就业渠道\n(一)稳定国有企业招聘规模。全年招聘高校毕业生不少于3000人(市国资委负责)。\n"
           "东江市人民政府办公室\n2025年3月1日\n")


@pytest.mark.parametrize("sentence", ["2025年全市高校毕业生预计达4.2万人,总量创历史新高。",
                                      "今年全市高校毕业生预计将突破4万人,就业任务艰巨。"])
def test_forecast_in_the_preface_is_no_target(sentence):
    doc = policyparse.parse(PREFACE.format(sentence=sentence))
    assert [t.text for t in doc.targets] == ["不少于3000人"]


@pytest.mark.parametrize(
    "sentence, item, expected",
    [
        # a project's planned amount (预计投资) is counted, in the preface or an item
        ("", "全年招聘高校毕业生不少于3000人,预计投资2亿元", ["不少于3000人", "2亿元"]),
        # a forecast inside the work keeps its reading
        ("", "全年招聘高校毕业生预计达3000人以上", ["3000人以上"]),
        # an aim in the preface is not a forecast
        ("力争全市高校毕业生就业率达到90%以上。", "全年招聘高校毕业生不少于3000人", ["90%以上", "不少于3000人"]),
    ],
)
def test_forecast_guards(sentence, item, expected):
    text = PREFACE.format(sentence=sentence).replace("全年招聘高校毕业生不少于3000人", item)
    doc = policyparse.parse(text)
    assert [t.text for t in doc.targets] == expected


# --- 5. a bracket clause whose work after 负责 is 指导 ---


def units_of(bracket: str) -> list[tuple[str, str]]:
    return only_task("(一)推进改造。做好老旧小区改造工作" + bracket + "。")


@pytest.mark.parametrize(
    "bracket, expected",
    [
        ("(市住房城乡建设局负责指导,各区具体实施)", [("各区", R), ("市住房城乡建设局", R)]),
        ("(市住房城乡建设局负责指导,各区负责具体实施)", [("各区", R), ("市住房城乡建设局", R)]),
        ("(市住房城乡建设局负责统筹指导,各区人民政府组织实施)", [("各区人民政府", R), ("市住房城乡建设局", R)]),
        ("(市住房城乡建设局负责指导监督,各区具体实施)", [("各区", R), ("市住房城乡建设局", R)]),
        ("(市住房城乡建设局负责业务指导,各区具体实施)", [("各区", R), ("市住房城乡建设局", R)]),
        ("(由市住房城乡建设局负责指导,各区具体实施)", [("各区", R), ("市住房城乡建设局", R)]),
    ],
)
def test_guidance_after_its_verb(bracket, expected):
    assert units_of(bracket) == expected


@pytest.mark.parametrize(
    "bracket, expected",
    [
        # already read: the role word after 牵头, a 由 before the unit
        ("(市住房城乡建设局牵头负责,市自然资源局、市财政局配合)", [("市住房城乡建设局", L), ("市自然资源局", C), ("市财政局", C)]),
        ("(由市住房城乡建设局牵头,市自然资源局、市财政局配合)", [("市住房城乡建设局", L), ("市自然资源局", C), ("市财政局", C)]),
        ("(市住房城乡建设局负责,市自然资源局、市财政局配合)", [("市住房城乡建设局", R), ("市自然资源局", C), ("市财政局", C)]),
        # 指导 with no 负责 gives no role; 负责指导 with the one it guides after it is read as before
        ("(市住房城乡建设局指导,各区具体实施)", [("各区", R)]),
        ("(市住房城乡建设局负责指导各区落实)", [("市住房城乡建设局", R)]),
    ],
)
def test_bracket_guards(bracket, expected):
    assert sorted(units_of(bracket)) == sorted(expected)


# --- 6. a title whose first line a page end cuts after its 、 ---

PAGED = ("东江市人民政府办公室关于印发东江市促进消费{mark}\n\n— 1 —\n东江市行政规范性文件\n\n扩大内需若干措施的通知\n"
         "各县(市、区)人民政府,市政府各部门:\n现将《东江市促进消费扩大内需若干措施》印发给你们,请认真贯彻执行。\n"
         "东江市人民政府办公室\n2025年3月1日\n东江市促进消费扩大内需若干措施\n一、主要任务\n"
         "(一)促进汽车消费。开展汽车促销活动(市商务局负责)。\n\n— 2 —\n东江市行政规范性文件\n\n"
         "(二)促进家电消费。开展以旧换新(市商务局负责)。\n\n— 3 —\n东江市行政规范性文件\n\n(三)促进餐饮消费。举办美食节(市商务局负责)。\n")


@pytest.mark.parametrize("mark", ["、", ","])
def test_title_over_a_page_end(mark):
    doc = policyparse.parse(PAGED.format(mark=mark))
    assert doc.metadata.title == f"东江市人民政府办公室关于印发东江市促进消费{mark}扩大内需若干措施的通知"


def test_title_over_a_page_number_alone():
    text = "东江市人民政府办公室关于印发东江市促进消费、\n\n- 1 -\n\n扩大内需若干措施的通知\n" + PAGED.split("的通知\n", 1)[1]
    assert policyparse.parse(text).metadata.title == "东江市人民政府办公室关于印发东江市促进消费、扩大内需若干措施的通知"


def test_line_without_a_mark_over_a_page_end_guard():
    # a line that ends in no 、 or , is a line of its own (a red head above the title)
    text = PAGED.format(mark="").replace("东江市人民政府办公室关于印发东江市促进消费", "东江市人民政府办公室")
    assert policyparse.parse(text).metadata.title == "扩大内需若干措施的通知"
