"""DOCX as offices save it: Word list numbering, tracked changes, fields, text boxes, symbols.

Each test builds a small .docx with zipfile. The expected texts, sections, tasks and units
are what a reader of the document sees in Word (worked out from the XML by hand): when the
headings 一、/(一)/1. are Word's automatic numbering, the paragraphs hold no numbers and the
labels come from word/numbering.xml.
"""

from __future__ import annotations

import io
import time
import zipfile

import pytest

import policyparse
from policyparse.errors import InputTooLargeError
from policyparse.ingest import docx as docx_reader
from policyparse.ingest.docx_numbering import format_number
from policyparse.text.normalize import normalize

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f'xmlns:w="{W_NS}"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def make_docx(body: str, numbering: str | None = None, styles: str | None = None,
              extra: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                    f'<w:document {W} {MC} {WPS} {V}><w:body>{body}</w:body></w:document>')
        if numbering is not None:
            zf.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W} {MC}>{numbering}</w:numbering>')
        if styles is not None:
            zf.writestr("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}>{styles}</w:styles>')
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buffer.getvalue()


def lvl(ilvl: int, fmt: str, text: str, start: int | None = 1, extra: str = "") -> str:
    start_el = "" if start is None else f'<w:start w:val="{start}"/>'
    return (f'<w:lvl w:ilvl="{ilvl}">{start_el}<w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def abstract(key: int, *levels: str, extra: str = "") -> str:
    return f'<w:abstractNum w:abstractNumId="{key}">{extra}{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def p(text: str = "", num_id: int | None = None, ilvl: int | None = 0, style: str | None = None,
      props: str = "") -> str:
    """A paragraph; with num_id, numbered by Word at level ilvl (None: no w:ilvl)."""
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num_id is not None:
        level = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
        ppr += f'<w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr>'
    ppr += props
    run = f"<w:r><w:t xml:space='preserve'>{text}</w:t></w:r>" if text else ""
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{run}</w:p>"


def raw_p(inner: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{inner}</w:p>"


def r(text: str, rpr: str = "") -> str:
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}<w:t xml:space='preserve'>{text}</w:t></w:r>"


def lines(data: bytes) -> list[str]:
    """The text's lines as the parser sees them (normalised: full-width brackets folded)."""
    return normalize(docx_reader.read(data).text).splitlines()


# The outline of Chinese official documents: 一、 / (一) / 1. as Word list levels 0-2
# (full-width brackets, as Chinese templates write them).
OUTLINE = abstract(0, lvl(0, "chineseCountingThousand", "%1、"), lvl(1, "chineseCountingThousand", "（%2）"),
                   lvl(2, "decimal", "%3."))
OUTLINE_NUMBERING = OUTLINE + num(1, 0)

NOTICE = "".join([
    p("某市促进民营经济发展工作方案"),
    p("总体要求", 1, 0),
    p("坚持问题导向,着力优化营商环境。"),
    p("主要任务", 1, 0),
    p("优化审批服务。推行并联审批,压缩办理时限。(牵头单位:市政务服务中心;责任单位:各县(市、区)人民政府)", 1, 1),
    p("加大金融支持。", 1, 1),
    p("扩大信贷投放。2025年底前新增贷款100亿元以上。(责任单位:市金融工作局)", 1, 2),
    p("降低融资成本。引导金融机构减费让利。(责任单位:市财政局)", 1, 2),
    p("保障措施", 1, 0),
    p("强化组织领导。各地要建立工作推进机制。(责任单位:市发展改革委)", 1, 1),
])


# ----------------------------------------------------------------------------- list numbering


def test_word_numbering_labels_are_text_in_front_of_the_paragraphs():
    assert lines(make_docx(NOTICE, OUTLINE_NUMBERING)) == [
        "某市促进民营经济发展工作方案",
        "一、总体要求",
        "坚持问题导向,着力优化营商环境。",
        "二、主要任务",
        "(一)优化审批服务。推行并联审批,压缩办理时限。(牵头单位:市政务服务中心;责任单位:各县(市、区)人民政府)",
        "(二)加大金融支持。",
        "1.扩大信贷投放。2025年底前新增贷款100亿元以上。(责任单位:市金融工作局)",
        "2.降低融资成本。引导金融机构减费让利。(责任单位:市财政局)",
        "三、保障措施",
        "(一)强化组织领导。各地要建立工作推进机制。(责任单位:市发展改革委)",  # level 1 restarts under 三
    ]


def test_word_numbered_notice_gives_sections_tasks_and_units():
    doc = policyparse.parse(make_docx(NOTICE, OUTLINE_NUMBERING))
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [
        (1, "一", "总体要求"),
        (1, "二", "主要任务"),
        (2, "(一)", "优化审批服务"),
        (2, "(二)", "加大金融支持"),
        (3, "1", "扩大信贷投放"),
        (3, "2", "降低融资成本"),
        (1, "三", "保障措施"),
        (2, "(一)", "强化组织领导"),
    ]
    tasks = {t.title: sorted((u.name, u.role) for u in t.units) for t in doc.tasks}
    assert tasks == {
        "优化审批服务": [("各县(市、区)人民政府", "responsible"), ("市政务服务中心", "lead")],
        "扩大信贷投放": [("市金融工作局", "responsible")],
        "降低融资成本": [("市财政局", "responsible")],
        "强化组织领导": [("市发展改革委", "responsible")],
    }
    for item in doc.sections + doc.tasks:  # the labels are text: spans start at them
        assert doc.text[item.span[0]:item.span[1]].startswith(item.number)
    assert [(t.title, [d.date for d in t.deadlines]) for t in doc.tasks if t.deadlines] == [("扩大信贷投放", ["2025-12-31"])]
    (target,) = doc.targets
    assert (target.text, target.value, target.unit, target.cmp, target.year) == ("100亿元以上", 100, "亿元", ">=", 2025)


def test_without_numbering_part_the_same_notice_has_no_numbers():
    # What the reader did before: the paragraphs alone carry no heading numbers.
    doc = policyparse.parse(make_docx(NOTICE))
    assert doc.sections == [] and "一、" not in doc.text


def test_chapter_and_article_templates_and_an_attachment_list():
    # Rules (办法) numbered 第一章 / 第一条 by Word, the articles running on through the chapters
    # (w:lvlRestart 0); a tab after 第N章 is a space in the text. The attachments are a second list.
    numbering = (abstract(0, lvl(0, "chineseCounting", "第%1章"),
                          lvl(1, "chineseCounting", "第%2条", extra='<w:lvlRestart w:val="0"/><w:suff w:val="space"/>'))
                 + num(1, 0) + abstract(1, lvl(0, "decimal", "%1.")) + num(2, 1))
    body = "".join([p("某市政务数据管理办法"), p("总则", 1, 0), p("为规范政务数据管理,制定本办法。", 1, 1),
                    p("本办法适用于本市行政区域。", 1, 1), p("管理职责", 1, 0), p("市大数据局负责统筹协调。", 1, 1),
                    p("附件:"), p("政务数据目录", 2), p("数据共享清单", 2)])
    data = make_docx(body, numbering)
    assert lines(data)[1:6] == [
        "第一章 总则", "第一条 为规范政务数据管理,制定本办法。", "第二条 本办法适用于本市行政区域。",
        "第二章 管理职责", "第三条 市大数据局负责统筹协调。",
    ]
    doc = policyparse.parse(data)
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [
        (1, "第一章", "总则"), (2, "第一条", "为规范政务数据管理,制定本办法"), (2, "第二条", "本办法适用于本市行政区域"),
        (1, "第二章", "管理职责"), (2, "第三条", "市大数据局负责统筹协调"),
    ]
    assert doc.metadata.attachments == ["政务数据目录", "数据共享清单"]


def test_num_instances_of_one_abstract_share_its_counter_and_start_override_restarts():
    # numId 1 and 2 are instances of one list: 2 continues 1. numId 3 restarts it at 1
    # (w:startOverride, applied where numId 3 is first used), and numId 1 then continues from there.
    numbering = (abstract(0, lvl(0, "chineseCountingThousand", "%1、"))
                 + num(1, 0) + num(2, 0)
                 + num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'))
    body = "".join(p(t, n) for t, n in [("甲", 1), ("乙", 1), ("丙", 2), ("丁", 3), ("戊", 3), ("己", 1)])
    assert lines(make_docx(body, numbering)) == ["一、甲", "二、乙", "三、丙", "一、丁", "二、戊", "三、己"]


def test_multilevel_template_start_legal_numbers_and_level_override():
    numbering = (abstract(0, lvl(0, "chineseCountingThousand", "%1、", start=3),
                          lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>"),
                          lvl(2, "decimal", "(%3)"))
                 + num(1, 0)
                 + num(2, 0, '<w:lvlOverride w:ilvl="2">' + lvl(2, "decimalEnclosedCircle", "%3") + "</w:lvlOverride>"))
    body = "".join([p("甲", 1, 0), p("乙", 1, 1), p("丙", 1, 2), p("丁", 1, 2), p("戊", 1, 1), p("己", 2, 2),
                    p("庚", 1, 0), p("辛", 1, 1)])
    assert lines(make_docx(body, numbering)) == [
        "三、甲", "3.1 乙", "(1)丙", "(2)丁", "3.2 戊", "①己", "四、庚", "4.1 辛",
    ]


def test_format_written_as_alternate_content_is_read_from_its_fallback():
    fmt = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14">'
           '<w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/>'
           '</mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl>')
    assert lines(make_docx(p("甲", 1) + p("乙", 1), abstract(0, fmt) + num(1, 0))) == ["01.甲", "02.乙"]


def test_numbering_from_paragraph_styles():
    # Heading styles linked to an outline list: the paragraph has only w:pStyle. The level comes
    # from the style's w:numPr, or from the list level that names the style (w:pStyle), and
    # a direct numId 0 takes the number away.
    styles = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="1"><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="2"><w:basedOn w:val="1"/></w:style>'
    )
    numbering = abstract(7, lvl(0, "chineseCounting", "%1、", extra='<w:pStyle w:val="1"/>'),
                         lvl(1, "chineseCounting", "（%2）", extra='<w:pStyle w:val="2"/>')) + num(4, 7)
    body = "".join([p("总体要求", style="1"), p("工作目标", style="2"), p("不编号", 0, style="1"),
                    p("重点任务", style="1"), p("正文"), p("强化保障", style="2")])
    assert lines(make_docx(body, numbering, styles)) == [
        "一、总体要求", "(一)工作目标", "不编号", "二、重点任务", "正文", "(一)强化保障",
    ]


def test_numbered_cells_of_a_division_of_work_table():
    numbering = abstract(0, lvl(0, "decimal", "%1")) + num(9, 0)
    cell = "<w:tc>{}</w:tc>"
    rows = "".join(
        "<w:tr>" + cell.format(p("", 9)) + cell.format(p(task)) + cell.format(p(unit)) + "</w:tr>"
        for task, unit in [("推进农田水利设施建设", "县水利局"), ("加强耕地质量保护", "县农业农村局")])
    header = "<w:tr>" + "".join(cell.format(p(h)) for h in ("序号", "重点任务", "责任单位")) + "</w:tr>"
    assert lines(make_docx(f"<w:tbl>{header}{rows}</w:tbl>", numbering)) == [
        "序号\t重点任务\t责任单位", "1\t推进农田水利设施建设\t县水利局", "2\t加强耕地质量保护\t县农业农村局",
    ]


@pytest.mark.parametrize(("fmt", "values", "expected"), [
    ("chineseCountingThousand", (1, 10, 11, 20, 21, 101, 110), ["一", "十", "十一", "二十", "二十一", "一百零一", "一百一十"]),
    ("chineseCounting", (9, 10, 19, 100), ["九", "十", "十九", "一〇〇"]),
    ("japaneseCounting", (10, 12, 100), ["十", "十二", "百"]),
    ("chineseLegalSimplified", (1, 10, 12), ["壹", "壹拾", "壹拾贰"]),
    ("ideographTraditional", (1, 2, 10, 11), ["甲", "乙", "癸", "11"]),
    ("decimalEnclosedCircle", (1, 20, 21), ["①", "⑳", "21"]),
    ("decimalEnclosedParen", (1, 12), ["(1)", "(12)"]),
    ("decimalZero", (3, 12), ["03", "12"]),
    ("upperRoman", (4, 1999, 5000), ["IV", "MCMXCIX", "5000"]),
    ("lowerLetter", (1, 27, 100000), ["a", "aa", "100000"]),
    ("none", (3,), [""]),
    ("unknownFormat", (3,), ["3"]),
])
def test_number_formats(fmt, values, expected):
    assert [format_number(n, fmt) for n in values] == expected


def test_bullets_and_empty_numbered_paragraphs():
    numbering = abstract(0, lvl(0, "bullet", "\uf0b7")) + abstract(1, lvl(0, "decimal", "%1.")) + num(1, 0) + num(2, 1)
    body = p("要点", 1) + p("", 2) + p("第二项", 2)
    # A bullet is no number; an empty numbered paragraph shows (and uses) its number.
    assert lines(make_docx(body, numbering)) == ["要点", "1.", "2.第二项"]


# ----------------------------------------------------------------------------- hostile numbering


def test_broken_references_give_no_label_and_no_error():
    numbering = (abstract(0, lvl(0, "decimal", "%1."), lvl(12, "decimal", "%13"), lvl(-1, "decimal", "x"))
                 + num(1, 0) + num(2, 99) + '<w:num w:numId="3"/>')
    body = "".join([p("甲", 1, 0), p("乙", 1, 5), p("丙", 1, 12), p("丁", 42, 0), p("戊", 2, 0), p("己", 3, 0),
                    p("庚", 1, None), raw_p(r("辛"), '<w:numPr><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr>')])
    assert lines(make_docx(body, numbering)) == ["1.甲", "乙", "丙", "丁", "戊", "己", "2.庚", "辛"]
    # styles based on each other in a cycle, the numbered one out of reach of the loop
    styles = ('<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="C"><w:basedOn w:val="A"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
    assert lines(make_docx(p("甲", style="A") + p("乙", style="C"), numbering, styles)) == ["甲", "1.乙"]


def test_unreadable_numbering_part_is_a_warning():
    data = make_docx(p("总体要求", 1), "<w:abstractNum>")
    ingested = docx_reader.read(data)
    assert ingested.text == "总体要求\n"
    assert any("numbering.xml" in w for w in ingested.warnings)


def test_numbering_part_bomb_is_refused():
    data = make_docx(p("总体要求", 1), "<w:num/>" * 10 + " " * (20 * 1024 * 1024))
    with pytest.raises(InputTooLargeError, match="numbering.xml.*bomb"):
        docx_reader.read(data)


def test_numbering_part_entities_are_not_expanded():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("word/document.xml", f"<w:document {W}><w:body>{p('总体要求', 1)}</w:body></w:document>")
        zf.writestr("word/numbering.xml", '<?xml version="1.0"?><!DOCTYPE w:numbering [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                    f'<w:numbering {W}>' + abstract(0, lvl(0, "decimal", "&x;%1")) + num(1, 0) + "</w:numbering>")
    text = docx_reader.read(buffer.getvalue()).text
    assert "root:" not in text and text.endswith("总体要求\n")


def test_numbering_part_found_through_the_document_relationships():
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" '
            'Target="lists/numbering2.xml"/></Relationships>')
    part = f'<w:numbering {W}>{OUTLINE_NUMBERING}</w:numbering>'
    data = make_docx(p("总体要求", 1), extra={"word/_rels/document.xml.rels": rels, "word/lists/numbering2.xml": part})
    assert lines(data) == ["一、总体要求"]


def test_huge_numbering_definitions_stay_linear():
    # Thousands of levels in one list, thousands of lists and instances, an enormous template and
    # start value: labels stay short and the reading stays fast.
    many_levels = abstract(0, *(lvl(i % 40, "upperRoman", "%1" * 30, start=10**12) for i in range(5000)))
    many_lists = "".join(abstract(k, lvl(0, "chineseCounting", "%1、"), lvl(1, "decimal", "x" * (100_000 if k < 5 else 9)))
                         for k in range(1, 3000))
    instances = "".join(num(k, k) for k in range(1, 3000)) + num(5000, 0)
    body = p("项目", 5000, 0) + "".join(p("项目", k % 3000, k % 3) for k in range(20000))
    data = make_docx(body, many_levels + many_lists + instances)
    began = time.perf_counter()
    ingested = docx_reader.read(data)
    elapsed = time.perf_counter() - began
    assert elapsed < 10
    assert max(len(line) for line in ingested.text.splitlines()) < 200  # a label is bounded by its short template
    out = ingested.text.splitlines()
    assert out[0].startswith("32767" * 30)  # start clamped to Word's maximum, roman falls back
    assert out[1] == "项目"  # numId 0: no numbering
    assert out[2] == "项目"  # numId 1 at level 1: its 100,000-character template is no label
    assert out[4] == "一、项目"  # numId 3 at level 0


# ----------------------------------------------------------------------------- other Word features


def test_tracked_changes_show_the_accepted_text():
    numbering = OUTLINE_NUMBERING
    deleted_mark = '<w:rPr><w:del w:id="9" w:author="a" w:date="2020-01-01T00:00:00Z"/></w:rPr>'
    body = "".join([
        raw_p(r("到") + '<w:del w:id="1" w:author="a"><w:r><w:delText>2024</w:delText></w:r></w:del>'
              '<w:ins w:id="2" w:author="a"><w:r><w:t>2025</w:t></w:r></w:ins>' + r("年底")),
        raw_p('<w:moveFrom w:id="3" w:author="a"><w:r><w:t>挪走</w:t></w:r></w:moveFrom>' + r("留下")
              + '<w:moveTo w:id="4" w:author="a"><w:r><w:t>挪来</w:t></w:r></w:moveTo>'),
        p("总体要求", 1),
        # a numbered paragraph deleted as a whole takes its number with it
        raw_p('<w:del w:id="5" w:author="a"><w:r><w:delText>删去的部分</w:delText></w:r></w:del>',
              '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' + deleted_mark),
        p("主要任务", 1),
        "<w:tbl>" + "<w:tr><w:tc>" + p("保留行") + "</w:tc></w:tr>"
        + '<w:tr><w:trPr><w:del w:id="6" w:author="a"/></w:trPr><w:tc>' + p("删除行") + "</w:tc></w:tr></w:tbl>",
    ])
    assert lines(make_docx(body, numbering)) == ["到2025年底", "留下挪来", "一、总体要求", "二、主要任务", "保留行"]


def test_breaks_tabs_hyphens_and_symbols():
    body = "".join([
        raw_p(r("一、总体要求") + "<w:r><w:br/><w:t>坚持稳中求进。</w:t><w:cr/><w:t>下一行</w:t></w:r>"),
        raw_p(r("附件") + "<w:r><w:tab/></w:r>" + r("清单")),
        raw_p(r("2021") + "<w:r><w:noBreakHyphen/></w:r>" + r("2025年") + "<w:r><w:softHyphen/></w:r>" + r("规划")),
        raw_p(r("覆盖率") + '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>' + r("90%")
              + '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>' + '<w:r><w:sym w:font="宋体" w:char="2264"/></w:r>'),
    ])
    assert lines(make_docx(body)) == ["一、总体要求", "坚持稳中求进。", "下一行", "附件\t清单", "2021-2025年规划", "覆盖率≥90%≤"]


def test_noBreakHyphen_period_reaches_the_metadata():
    title = raw_p(r("某市数字经济发展行动计划(2023") + "<w:r><w:noBreakHyphen/></w:r>" + r("2025年)"))
    doc = policyparse.parse(make_docx(title + p("一、总体要求") + p("加快数字化转型。")))
    assert doc.metadata.period is not None
    assert (doc.metadata.period.start, doc.metadata.period.end) == (2023, 2025)


def test_fields_keep_their_result_not_their_code():
    body = "".join([
        raw_p(r("详见") + '<w:fldSimple w:instr=" HYPERLINK &quot;http://x&quot; "><w:r><w:t>附件1</w:t></w:r></w:fldSimple>'),
        raw_p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2025年3月1日</w:t></w:r>'
              '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
    ])
    assert lines(make_docx(body)) == ["详见附件1", "2025年3月1日"]


def test_text_box_is_read_once_not_again_from_its_fallback():
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
           + p("市发展改革委") + '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>'
           '<w:txbxContent>' + p("市发展改革委") + "</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
           "</mc:AlternateContent></w:r>")
    assert lines(make_docx(raw_p(r("牵头单位:") + box))) == ["牵头单位: 市发展改革委"]
    # an old VML-only text box is still read
    vml = '<w:r><w:pict><v:textbox><w:txbxContent>' + p("市财政局") + "</w:txbxContent></v:textbox></w:pict></w:r>"
    assert lines(make_docx(raw_p(r("配合单位:") + vml))) == ["配合单位: 市财政局"]


def test_footnotes_headers_hidden_text_and_content_controls():
    footnotes = f'<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>脚注说明</w:t></w:r></w:p></w:footnote></w:footnotes>'
    header = f'<w:hdr {W}><w:p><w:r><w:t>页眉文字</w:t></w:r></w:p></w:hdr>'
    body = "".join([
        raw_p(r("新增就业10万人") + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
              + r("以上。")),
        raw_p(r("可见") + r("隐藏", "<w:vanish/>") + r("文字", '<w:vanish w:val="0"/>')),
        '<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>' + p("控件中的标题") + "</w:sdtContent></w:sdt>",
        raw_p('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' + r("单击或点击此处输入文字。")
              + "</w:sdtContent></w:sdt>" + r("正文")),
        '<w:sectPr><w:headerReference w:type="default" r:id="rId8" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr>',
    ])
    data = make_docx(body, extra={"word/footnotes.xml": footnotes, "word/header1.xml": header})
    assert lines(data) == ["新增就业10万人以上。", "可见文字", "控件中的标题", "正文"]
