"""Metadata of unseen notices: hand-written notices (invented places and bodies) in the layouts
real ones use, the expected values worked out by reading them per the annotation guide.
Recipients (主送机关) first: addressee lines wrapped over two or three lines, in text exports
and in HTML pages; 主送 printed in the footer; single addressees of a 批复/函; sentences and
page labels before a colon that are no addressees. Then attachment titles wrapped in the 附件
list, short notices flattened by OCR and OCR gaps, titles over three lines, working groups as
issuers, 政府令 notes, 批转 notices, portal tables without colons, titles beside CMS markers,
toolbars above a short article, the plan under an 附件 mark, guidance and list genres."""

from __future__ import annotations

import pytest

import policyparse
from policyparse.stages import boilerplate

BODY = "一、工作目标\n到2025年,全市完成改造任务。\n二、重点任务\n(一)加强领导。各地要成立工作专班。\n"
TITLE = "东江市人民政府办公室关于进一步做好稳就业工作的通知"
HEAD = TITLE + "\n东政办发〔2023〕22号\n"
TAIL = "东江市人民政府办公室\n2023年6月20日\n"
OPENING = "为进一步做好稳就业工作,现就有关事项通知如下。\n"


def notice(addressees: str, tail: str = TAIL) -> str:
    return HEAD + addressees + "\n" + OPENING + BODY + tail


def metadata(text: str, format: str | None = None):
    return policyparse.parse(text, format=format).metadata


# ----------------------------------------------------------------------------- wrapped addressee lines

@pytest.mark.parametrize(
    "addressees, recipients",
    [
        # the list broken after a comma
        ("各县(市、区)人民政府,东江经济技术开发区管委会,\n市政府各部门、各直属机构:",
         ["各县(市、区)人民政府", "东江经济技术开发区管委会", "市政府各部门、各直属机构"]),
        # after a 、 (one entry: the guide splits on commas only)
        ("各街道办事处、各镇人民政府、\n区政府各部门:", ["各街道办事处、各镇人民政府、区政府各部门"]),
        # inside a name, after a comma of the list
        ("各县(市、区)人民政府,南湖高新技术产业开发区管理委员会,市政府各部门、各直属\n机构,各有关单位:",
         ["各县(市、区)人民政府", "南湖高新技术产业开发区管理委员会", "市政府各部门、各直属机构", "各有关单位"]),
        # inside a name, in a list that opens with 各
        ("各县(市、区)人民政府、东江经济技术开发区管\n委会:", ["各县(市、区)人民政府、东江经济技术开发区管委会"]),
        # over three lines, with blank lines between (a text export)
        ("各市、县(区)人民政府,\n\n省政府各部门、各直属机构,\n\n中央驻东海有关单位:",
         ["各市、县(区)人民政府", "省政府各部门、各直属机构", "中央驻东海有关单位"]),
    ],
)
def test_addressee_line_wrapped_over_lines(addressees: str, recipients: list[str]) -> None:
    md = metadata(notice(addressees))
    assert md.recipients == recipients
    assert (md.title, md.doc_number, md.signed_date) == (TITLE, "东政办发〔2023〕22号", "2023-06-20")


def test_lines_above_the_addressees_that_are_not_part_of_them() -> None:
    """Guard: the 字号, the title and a 特急 line above a one-line addressee list stay out of it."""
    text = "特急\n" + notice("各县(市、区)人民政府,市政府各部门:")
    md = metadata(text)
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]
    assert (md.title, md.doc_number) == (TITLE, "东政办发〔2023〕22号")
    no_number = TITLE + "\n各有关单位:\n" + OPENING + BODY + TAIL
    assert metadata(no_number).recipients == ["各有关单位"]


PAGE = """<html><head><meta charset="utf-8"><title>{title}_东江市人民政府</title></head><body>
<div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<h1>{title}</h1>
<div class="info">来源:东江市人民政府办公室  发布时间:2023-06-21 10:20  浏览次数:123</div>
<div class="article">{article}</div>
<div class="foot"><p>主办:东江市人民政府办公室</p><p>网站标识码:1234000001</p></div>
</body></html>"""
HTML_BODY = ("<p>一、工作目标</p><p>到2025年,全市完成改造任务。</p><p>二、重点任务</p>"
             "<p>(一)加强领导。各地要成立工作专班。</p>"
             "<p style='text-align:right'>东江市人民政府办公室</p><p style='text-align:right'>2023年6月20日</p>")


@pytest.mark.parametrize(
    "addressees",
    [
        "<p>各县(市、区)人民政府,东江经济技术开发区管委会,</p><p>市政府各部门、各直属机构:</p>",
        "<p>各县(市、区)人民政府,东江经济技术开发区管委会,<br>市政府各部门、各直属机构:</p>",
        "<p><span>各县(市、区)人民政府,东江经济技术开发区管委会,</span></p>\n<p><span>市政府各部门、各直属机构:</span></p>",
    ],
)
def test_addressee_line_wrapped_in_a_web_page(addressees: str) -> None:
    article = "<p>东政办发〔2023〕22号</p>" + addressees + "<p>" + OPENING.strip() + "</p>" + HTML_BODY
    md = metadata(PAGE.format(title=TITLE, article=article), "html")
    assert md.recipients == ["各县(市、区)人民政府", "东江经济技术开发区管委会", "市政府各部门、各直属机构"]
    assert (md.signed_date, md.published_date) == ("2023-06-20", "2023-06-21")


# ----------------------------------------------------------------------------- other addressee shapes

def test_addressees_printed_in_the_footer_under_the_date() -> None:
    """主送: among the 抄送 lines under the signature (no addressee line in the head)."""
    footer = TAIL + "主送:各县(市、区)人民政府,市政府各部门,各有关单位。\n抄送:市委办公室,市人大常委会办公室。\n"
    text = HEAD + OPENING + BODY + footer
    md = metadata(text)
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门", "各有关单位"]
    assert (md.signed_date, md.issuer, md.doc_number) == ("2023-06-20", "东江市人民政府办公室", "东政办发〔2023〕22号")
    # a short notice with no numbered part: the footer line is within the head's reach
    short = HEAD + "因工作需要,市政府决定调整市安全生产委员会组成人员。\n主任:王某某\n副主任:李某某\n" + footer
    md = metadata(short)
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门", "各有关单位"]
    assert md.signed_date == "2023-06-20"


@pytest.mark.parametrize(
    "addressee, title",
    [
        ("东江大学", "东海省教育厅关于同意东江大学增设本科专业的批复"),
        ("东江日报社", "东江市人民政府办公室关于同意东江日报社调整机构设置的函"),
        ("东江市政务服务中心", "东江市人民政府办公室关于同意东江市政务服务中心调整服务时间的函"),
    ],
)
def test_a_single_addressee_of_a_reply(addressee: str, title: str) -> None:
    text = (f"{title}\n东政办函〔2023〕19号\n{addressee}:\n你单位《关于有关事项的请示》收悉。经研究,现函复如下:\n"
            "一、同意所请。\n二、请抓好落实。\n东江市人民政府办公室\n2023年4月2日\n")
    assert metadata(text).recipients == [addressee]


@pytest.mark.parametrize(
    "line",
    [
        "各县(市、区)、市直各有关部门要按照以下要求抓好落实:",
        "市生态环境局牵头负责以下工作:",
    ],
)
def test_a_sentence_before_a_colon_is_no_addressee_line(line: str) -> None:
    text = "东江市2024年大气污染防治工作方案\n为持续改善空气质量,结合我市实际,制定本方案\n" + line + "\n" + BODY
    md = metadata(text)
    assert md.recipients == []
    assert md.title == "东江市2024年大气污染防治工作方案"


def test_key_value_lines_under_the_first_sentence_are_no_addressees() -> None:
    """A short notice without numbered parts: its 事项: lines stand below its first sentence."""
    text = ("东江市教育局关于举办2024年中小学生运动会的通知\n为丰富校园文化生活,市教育局决定举办2024年中小学生运动会。\n"
            "所需经费:由各参赛学校自行承担\n社会实践:另行通知\n比赛时间:2024年5月10日\n东江市教育局\n2024年4月1日\n")
    md = metadata(text)
    assert md.recipients == []
    assert (md.issuer, md.signed_date) == ("东江市教育局", "2024-04-01")


@pytest.mark.parametrize("label", ["发布单位", "供稿单位", "发布部门", "所属机构"])
def test_a_page_label_naming_a_body_under_the_title_is_no_addressee_line(label: str) -> None:
    """X单位:东江市财政局 under a page's title is a label and its value, not 主送."""
    text = (f"东江市财政局关于做好2024年预算执行工作的通知\n{label}:东江市财政局\n各县(市、区)财政局,市直各部门:\n"
            "为做好预算执行工作,现通知如下。\n" + BODY + "东江市财政局\n2024年1月5日\n")
    md = metadata(text)
    assert md.recipients == ["各县(市、区)财政局", "市直各部门"]
    assert (md.issuer, md.signed_date) == ("东江市财政局", "2024-01-05")


@pytest.mark.parametrize(
    "addressees, recipients",
    [
        ("各 县(市、区)人民政府, 市 政 府 各 部 门:", ["各县(市、区)人民政府", "市政府各部门"]),  # justified line
        ("各县(市,区)人民政府,市政府各部门:", ["各县(市,区)人民政府", "市政府各部门"]),  # OCR , for 、 in a bracket
        ("各县(市、区)人民政府(管委会),市直各相关单位:", ["各县(市、区)人民政府(管委会)", "市直各相关单位"]),  # guard
    ],
)
def test_addressee_line_as_ocr_and_justified_text_leave_it(addressees: str, recipients: list[str]) -> None:
    assert metadata(notice(addressees)).recipients == recipients


# ----------------------------------------------------------------------------- attachments

ADDRESSEES = "各县(市、区)人民政府,市政府各部门:"


@pytest.mark.parametrize(
    "listing, attachments",
    [
        ("附件:1.东江市质量提升行动重点任务\n      分工方案\n    2.东江市质量提升行动考核办法\n",
         ["东江市质量提升行动重点任务分工方案", "东江市质量提升行动考核办法"]),
        ("附件:1.东江市质量提升行动考核办法\n    2.东江市质量提升行动重点任务\n      分工方案\n",
         ["东江市质量提升行动考核办法", "东江市质量提升行动重点任务分工方案"]),
        ("附件:1.东江市质量提升三年行动计划\n      (2024—2026年)\n    2.东江市质量提升行动考核办法\n",
         ["东江市质量提升三年行动计划(2024—2026年)", "东江市质量提升行动考核办法"]),
        # a page's file links and title quotes
        ("附件:1.东江市质量提升行动任务清单.docx\n2.东江市质量提升行动考核办法.PDF\n",
         ["东江市质量提升行动任务清单", "东江市质量提升行动考核办法"]),
        ("附件:1.《东江市质量提升行动任务清单》\n2.《东江市质量提升行动考核办法》\n",
         ["东江市质量提升行动任务清单", "东江市质量提升行动考核办法"]),
        # a title that opens with its year, on the line under the label
        ("附件:\n2024年东江市质量提升行动任务安排\n", ["2024年东江市质量提升行动任务安排"]),
        # guard: the signature under the last item is no part of it
        ("附件:1.东江市营商环境评价指标体系\n    2.东江市营商环境评价工作责任分工表\n",
         ["东江市营商环境评价指标体系", "东江市营商环境评价工作责任分工表"]),
    ],
)
def test_attachment_title_wrapped_in_the_list(listing: str, attachments: list[str]) -> None:
    text = HEAD + ADDRESSEES + "\n" + OPENING + BODY + listing + TAIL
    md = metadata(text)
    assert md.attachments == attachments
    assert (md.issuer, md.signed_date) == ("东江市人民政府办公室", "2023-06-20")


# ----------------------------------------------------------------------------- flat (OCR) text

FLAT_TITLE = "东江市农业农村局关于做好秋冬种工作的通知"
FLAT_SHORT = (FLAT_TITLE + "各县(市、区)农业农村局,市直有关单位:为做好今年秋冬种工作,现将有关事项通知如下。"
              "一、工作目标到2024年,全市秋冬种面积稳定在100万亩以上。二、重点任务(一)抓好播种。各地要抢抓农时,"
              "科学安排播种进度,确保适期播种,提高播种质量。(二)强化服务。组织农技人员深入田间地头开展技术指导服务。"
              "东江市农业农村局2023年10月1日")


def test_a_short_notice_flattened_by_ocr() -> None:
    """Under the sections stage's flat length, yet one line: the shapes are found in running text."""
    md = metadata(FLAT_SHORT)
    assert (md.title, md.issuer, md.signed_date) == (FLAT_TITLE, "东江市农业农村局", "2023-10-01")
    assert md.recipients == ["各县(市、区)农业农村局", "市直有关单位"]


def test_a_short_notice_with_line_breaks_is_read_by_lines() -> None:
    """Guard: a short notice whose lines are kept is read by lines, as before."""
    text = FLAT_TITLE + "\n各县(市、区)农业农村局,市直有关单位:\n为做好今年秋冬种工作,现将有关事项通知如下。\n" + BODY + \
        "东江市农业农村局\n2023年10月1日\n"
    md = metadata(text)
    assert (md.title, md.issuer, md.signed_date) == (FLAT_TITLE, "东江市农业农村局", "2023-10-01")
    assert md.recipients == ["各县(市、区)农业农村局", "市直有关单位"]


FLAT_BODY = ("一、总体要求坚持以人民为中心的发展思想,统筹推进各项工作,到2025年,全市主要指标达到全省先进水平。"
             "二、重点任务(一)加强组织领导。各县(市、区)要成立工作专班,明确责任分工,细化工作措施,确保各项任务落到实处,"
             "定期调度工作进展情况,及时研究解决工作中遇到的困难和问题。(二)强化要素保障。市财政局要统筹安排资金,"
             "加大对重点项目的支持力度,市自然资源局要优先保障用地需求,确保项目按期落地建设,形成工作合力,"
             "推动全市高质量发展取得新成效。(三)严格督导考核。市政府督查室要将工作落实情况纳入年度督查计划,"
             "定期通报进展情况,对工作推进不力的地方和单位进行约谈,确保各项任务按时保质完成。")


@pytest.mark.parametrize("gap", [" ", "  ", ""])
def test_flat_signature_with_a_gap_before_its_date(gap: str) -> None:
    text = (TITLE + " 东政办发〔2023〕22号 " + ADDRESSEES + " " + OPENING.strip() + FLAT_BODY * 2
            + " 东江市人民政府办公室" + gap + "2023年6月20日")
    md = metadata(text)
    assert (md.issuer, md.signed_date) == ("东江市人民政府办公室", "2023-06-20")
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]


@pytest.mark.parametrize("gap", [" ", ""])  # "": guard
def test_flat_title_with_a_gap_between_issuer_and_its_hinge(gap: str) -> None:
    text = ("东江市人民政府办公室" + gap + "关于进一步做好稳就业工作的通知 东政办发〔2023〕22号 " + ADDRESSEES
            + OPENING.strip() + FLAT_BODY * 2 + "东江市人民政府办公室2023年6月20日")
    md = metadata(text)
    assert (md.title, md.doc_number) == (TITLE, "东政办发〔2023〕22号")
    assert (md.issuer, md.signed_date) == ("东江市人民政府办公室", "2023-06-20")


JOINT = "东江市教育局东江市财政局"


@pytest.mark.parametrize(
    "head, signature, title, issuer",
    [
        # joint issuers spaced apart in the title and in the signature
        ("东江市教育局 东江市财政局关于做好教师培训工作的通知", "东江市教育局      东江市财政局  ",
         JOINT + "关于做好教师培训工作的通知", JOINT),
        # an urgency mark run into the title
        ("特急 东江市人民政府办公室关于做好春运工作的通知", "东江市人民政府办公室", "东江市人民政府办公室关于做好春运工作的通知",
         "东江市人民政府办公室"),
        ("特急东江市人民政府办公室关于做好春运工作的通知", "东江市人民政府办公室          ",
         "东江市人民政府办公室关于做好春运工作的通知", "东江市人民政府办公室"),
        # guard: one issuer, no gaps
        ("东江市人民政府办公室关于做好春运工作的通知", "东江市人民政府办公室", "东江市人民政府办公室关于做好春运工作的通知",
         "东江市人民政府办公室"),
    ],
)
def test_flat_head_and_signature_as_ocr_prints_them(head: str, signature: str, title: str, issuer: str) -> None:
    text = (head + "东政办发〔2024〕1号" + ADDRESSEES + "为做好有关工作,现将有关事项通知如下。" + FLAT_BODY * 2
            + signature + "2024年1月10日")
    md = metadata(text)
    assert (md.title, md.doc_number) == (title, "东政办发〔2024〕1号")
    assert (md.issuer, md.signed_date) == (issuer, "2024-01-10")
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]


PIZHUAN = "东江市人民政府批转市发展和改革委员会关于2024年深化经济体制改革重点工作意见的通知"
ENCLOSED = "关于2024年深化经济体制改革重点工作的意见"


@pytest.mark.parametrize("flat", [True, False])
def test_a_notice_that_approves_and_forwards_a_bodys_document(flat: bool) -> None:
    """批转 is a wrapper's verb like 转发: the issuer ends before it, the forwarded document is enclosed."""
    lines = [PIZHUAN, "东政发〔2024〕3号", ADDRESSEES,
             f"市政府同意市发展和改革委员会《{ENCLOSED}》,现转发给你们,请认真贯彻执行。", "东江市人民政府", "2024年3月1日",
             ENCLOSED, FLAT_BODY * 2 if flat else BODY]
    md = metadata(("" if flat else "\n").join(lines))
    assert (md.title, md.issuer, md.signed_date) == (PIZHUAN, "东江市人民政府", "2024-03-01")
    if not flat:  # guard, as before (flat text takes the title's wording of it)
        assert md.enclosed_title == ENCLOSED


# ----------------------------------------------------------------------------- page tables and chrome

@pytest.mark.parametrize(
    "table",
    [
        "索引号:11340100MB1234567X/2023-00456\n发文单位:东江市人民政府办公室\n文号:东政办发〔2023〕22号\n"
        "成文时间:2023-06-20\n公开日期:2023-06-21",
        "信息索引号:11340100MB1234567X/2023-00456\t发文机构:东江市人民政府办公室\n"
        f"信息名称:{TITLE}\n发文字号:东政办发〔2023〕22号\t发布日期:2023-06-21",
    ],
)
def test_page_table_labels_of_city_and_county_portals(table: str) -> None:
    md = metadata(table + "\n" + notice(ADDRESSEES))
    assert md.index_number == "11340100MB1234567X/2023-00456"
    assert (md.doc_number, md.published_date, md.signed_date) == ("东政办发〔2023〕22号", "2023-06-21", "2023-06-20")
    assert md.title == TITLE


TOOLBAR = "【字体:大 中 小】【打印本页】【关闭窗口】"
SHORT_PAGE = ("东江市人民政府办公室关于做好节假日安全工作的通知\n信息来源:东江市人民政府办公室 发布时间:2023-09-26\n"
              "{above}各县(市、区)人民政府,市政府各部门:\n为做好节日期间安全工作,现通知如下。\n一、加强值班值守。\n"
              "二、做好应急准备。\n东江市人民政府办公室\n2023年9月25日\n{below}上一篇:关于做好防汛工作的通知\n")


def _chrome(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in boilerplate.merge(boilerplate.chrome_spans(text))]


def test_a_toolbar_above_a_short_article_does_not_take_it() -> None:
    """A short page: the whole article stands in the last characters, under a toolbar."""
    text = SHORT_PAGE.format(above=TOOLBAR + "\n", below=TOOLBAR + "\n")
    assert not any("各县" in chrome or "加强值班值守" in chrome for chrome in _chrome(text))
    md = metadata(text)
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]
    assert (md.issuer, md.signed_date) == ("东江市人民政府办公室", "2023-09-25")
    assert [s.heading for s in policyparse.parse(text).sections] == ["加强值班值守", "做好应急准备"]


LONG_OPENING = "一、加强组织领导\n" + "各地要成立工作专班,明确责任分工,细化工作措施,确保各项任务落到实处。\n" * 10


@pytest.mark.parametrize(
    "line",
    [
        "充分利用政府网站、微信公众号等平台及时发布政策信息。",
        "(二)拓宽渠道。充分利用微信公众号发布信息。",
        "请申报单位扫描二维码填写报名表。",
    ],
)
def test_a_sentence_near_the_end_that_names_a_chrome_phrase_keeps_the_rest(line: str) -> None:
    """A footer phrase (微信公众号, 扫描二维码) in the notice's own sentence, in its last part."""
    text = (HEAD + ADDRESSEES + "\n" + OPENING + LONG_OPENING + "二、拓宽公开渠道\n" + line
            + "\n三、强化监督考核\n将政务公开工作纳入年度考核。\n" + TAIL)
    doc = policyparse.parse(text)
    assert [s.number for s in doc.sections] == ["一", "二", "三"]
    assert (doc.metadata.issuer, doc.metadata.signed_date) == ("东江市人民政府办公室", "2023-06-20")


@pytest.mark.parametrize(
    "line, chrome",
    [
        ("各地要及时更新政府信息公开指南和公开目录,确保信息准确。", False),
        ("首页 公开指南 公开目录 公开制度", True),  # guard: a menu line
        ("来源:东江市人民政府办公室, 浏览次数:56", True),  # guard: an info line joined by a comma
    ],
)
def test_a_sentence_that_names_a_chrome_word_is_content(line: str, chrome: bool) -> None:
    text = HEAD + ADDRESSEES + "\n" + OPENING + "一、加强组织领导\n" + line + "\n二、强化监督考核\n考核。\n" + TAIL
    assert (line in _chrome(text)) == chrome


@pytest.mark.parametrize(
    "footer",
    ["免责声明:本站转载文章仅为传播更多信息,版权归原作者所有。", "扫一扫在手机打开当前页", "关注“东江发布”微信公众号"],
)
def test_footer_lines_with_a_chrome_phrase_still_end_the_page(footer: str) -> None:
    """Guard: a footer opens with its phrase or holds no sentence: it and what follows are chrome."""
    text = HEAD + ADDRESSEES + "\n" + OPENING + LONG_OPENING + TAIL + footer + "\n主办:东江市人民政府办公室\n"
    assert _chrome(text)[-1] == footer + "\n主办:东江市人民政府办公室"


def test_a_toolbar_under_a_short_article_is_still_a_footer() -> None:
    """Guard: below the article the toolbar ends the page: it and what follows are chrome."""
    text = SHORT_PAGE.format(above="", below=TOOLBAR + "\n")
    assert _chrome(text)[-1] == TOOLBAR + "\n上一篇:关于做好防汛工作的通知"


# ----------------------------------------------------------------------------- titles over three lines

WRAPPER_TAIL = ("各县(市、区)人民政府,市政府各部门:\n现将《东江市城市更新行动方案》印发给你们,请认真贯彻执行。\n"
                "东江市人民政府办公室\n2023年5月6日\n东江市城市更新行动方案\n" + BODY)
WRAPPER_TITLE = "东江市人民政府办公室关于印发东江市城市更新行动方案的通知"


@pytest.mark.parametrize(
    "title_lines",
    [
        "东江市人民政府办公室关于\n印发东江市城市更新\n行动方案的通知",  # a red-head title centred on three lines
        "东江市人民政府办公室\n关于印发东江市城市更新\n行动方案的通知",
        "东江市人民政府办公室关于印发东江市城市更新行动方案\n的通知",  # the genre word alone on the last line
        "东江市人民政府办公室关于印发东江市城市\n更新行动方案\n的通知",
        "东江市人民政府办公室关于印发东江市城市\n更新行动方案的通知",  # guard: two lines, as before
    ],
)
def test_title_broken_over_lines(title_lines: str) -> None:
    md = metadata("东江市人民政府办公室文件\n" + title_lines + "\n东政办发〔2023〕15号\n" + WRAPPER_TAIL)
    assert md.title == WRAPPER_TITLE
    assert (md.doc_number, md.enclosed_title) == ("东政办发〔2023〕15号", "东江市城市更新行动方案")
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]


def test_a_plan_title_keeps_the_line_above_it_out() -> None:
    """Guard: a plan's own two-line title takes no third line above (it holds no 关于/印发)."""
    text = "东江市人民政府办公室\n东江市推进制造业数字化\n转型三年行动计划\n为加快制造业数字化转型,制定本计划。\n" + BODY
    assert metadata(text).title == "东江市推进制造业数字化转型三年行动计划"


# ----------------------------------------------------------------------------- issuers

@pytest.mark.parametrize(
    "issuer, addressees",
    [
        ("东江市乡村振兴工作领导小组", "各县(市、区)乡村振兴工作领导小组,市乡村振兴工作领导小组各成员单位:"),
        ("东江市消防救援支队", "各大队,支队机关各科室:"),
        ("东江市防汛抗旱指挥部", "各县(市、区)防汛抗旱指挥部,市防汛抗旱指挥部各成员单位:"),  # guard
    ],
)
def test_a_working_group_or_a_corps_signs_the_notice(issuer: str, addressees: str) -> None:
    text = (f"{issuer}关于做好2024年有关工作的通知\n{addressees}\n现就有关工作通知如下。\n" + BODY
            + f"{issuer}\n2024年3月1日\n")
    md = metadata(text)
    assert (md.issuer, md.signed_date) == (issuer, "2024-03-01")
    assert md.recipients == addressees.rstrip(":").split(",")


# ----------------------------------------------------------------------------- government orders

def test_a_rule_under_its_promulgation_note() -> None:
    """The rule printed alone, its order in a bracketed note: (date X人民政府令第N号公布 …)."""
    text = ("东江市城市绿化管理办法\n(2023年3月20日东江市人民政府令第12号公布 自2023年5月1日起施行)\n"
            "第一条 为了加强城市绿化管理,制定本办法。\n第二条 本办法适用于本市行政区域。\n")
    md = metadata(text)
    assert (md.doc_number, md.issuer) == ("东江市人民政府令第12号", "东江市人民政府")
    assert md.title == "东江市城市绿化管理办法"


def test_an_order_with_its_number_on_its_own_line() -> None:
    """Guard: 令 / (第N号) on two lines, the mayor's signature and the date."""
    text = ("东江市人民政府令\n(第12号)\n《东江市城市绿化管理办法》已经2023年3月10日市人民政府第20次常务会议审议通过,"
            "现予公布,自2023年5月1日起施行。\n市长  王某某\n2023年3月20日\n东江市城市绿化管理办法\n"
            "第一条 为了加强城市绿化管理,制定本办法。\n")
    md = metadata(text)
    assert (md.doc_number, md.issuer, md.signed_date) == ("东江市人民政府令第12号", "东江市人民政府", "2023-03-20")
    assert md.enclosed_title == "东江市城市绿化管理办法"


# ----------------------------------------------------------------------------- page titles outside CMS markers

MARKED_ARTICLE = ("<p>各县(市、区)人民政府,市政府各部门:</p><p>" + OPENING.strip() + "</p>" + HTML_BODY)


def _marked_page(title_class: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{TITLE}_东江市人民政府</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div><div class='{title_class}'>{TITLE}</div>"
            f"<div id='zoom'><!--ContentStart-->{MARKED_ARTICLE}<!--ContentEnd--></div>"
            "<div class='foot'>主办:东江市人民政府办公室</div></body></html>")


@pytest.mark.parametrize("title_class", ["biaoti", "bt", "wzbt", "article-tit", "detail_headline",
                                         "con-title"])  # the last: guard, as before
def test_the_title_beside_cms_markers_in_a_pinyin_named_block(title_class: str) -> None:
    """Only the marked content and the title lines around it are kept: a block named 标题 in pinyin
    (biaoti, bt) or tit/headline holds the title as one named title does."""
    md = metadata(_marked_page(title_class), "html")
    assert md.title == TITLE
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]


def test_a_button_block_beside_cms_markers_is_no_title() -> None:
    """Guard: btn/subtitle-like names hold no 标题 token: the block stays out, as before (the title
    then comes from the page's <title>: tests/test_probe_metadata2.py)."""
    doc = policyparse.parse(_marked_page("btn"), format="html")
    md = doc.metadata
    assert TITLE not in doc.text and md.title == TITLE
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]


@pytest.mark.parametrize(
    "lines, title, period",
    [
        ("东江市公共数据管理办法\n(试行)", "东江市公共数据管理办法(试行)", None),
        ("东江市推进制造业数字化转型三年行动计划\n(2024—2026年)", "东江市推进制造业数字化转型三年行动计划(2024—2026年)",
         (2024, 2026)),
        ("东江市推进制造业数字化转型三年行动计划(2024—2026年)", "东江市推进制造业数字化转型三年行动计划(2024—2026年)",
         (2024, 2026)),  # guard: on one line, as before
    ],
)
def test_a_plan_title_with_its_bracket_on_the_line_under_it(lines: str, title: str, period) -> None:
    md = metadata(lines + "\n为规范有关工作,结合本市实际,制定本文件。\n" + BODY)
    assert md.title == title
    assert ((md.period.start, md.period.end) if md.period else None) == period


def _portal_table(colon: str) -> str:
    rows = [("索引号", "11340100MB1234567X/2023-00123", "主题分类", "劳动就业"),
            ("发文机关", "东江市人民政府办公室", "成文日期", "2023年06月20日"),
            ("发文字号", "东政办发〔2023〕22号", "发布日期", "2023年06月21日")]
    cells = "".join(f"<tr><th>{a}{colon}</th><td>{b}</td><th>{c}{colon}</th><td>{d}</td></tr>" for a, b, c, d in rows)
    return f"<table class='xxgk'>{cells}<tr><th>标题{colon}</th><td colspan='3'>{TITLE}</td></tr></table>"


@pytest.mark.parametrize("colon", ["", ":"])  # ":": guard, as before
def test_portal_table_with_labels_in_cells_of_their_own(colon: str) -> None:
    """索引号 | value | 主题分类 | value: the label is its own cell, with or without a colon."""
    article = "<p>" + ADDRESSEES + "</p><p>" + OPENING.strip() + "</p>" + HTML_BODY
    md = metadata(f"<html><head><meta charset='utf-8'></head><body>{_portal_table(colon)}<h1>{TITLE}</h1>"
                  f"<div id='zoom'>{article}</div></body></html>", "html")
    assert md.title == TITLE
    assert (md.index_number, md.doc_number) == ("11340100MB1234567X/2023-00123", "东政办发〔2023〕22号")
    assert (md.signed_date, md.published_date) == ("2023-06-20", "2023-06-21")
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]


@pytest.mark.parametrize("gap", ["", " ", "&nbsp;"])
def test_portal_list_of_labels_whose_colon_the_style_sheet_draws(gap: str) -> None:
    """<li><label>索引号</label><span>…</span></li>: no colon in the page's text."""
    pairs = [("索引号", "11340100MB1234567X/2023-00123"), ("发文字号", "东政办发〔2023〕22号"),
             ("成文日期", "2023-06-20"), ("发布日期", "2023-06-21")]
    items = "".join(f"<li><label>{a}</label>{gap}<span>{b}</span></li>" for a, b in pairs)
    article = "<p>" + ADDRESSEES + "</p><p>" + OPENING.strip() + "</p>" + HTML_BODY
    md = metadata(f"<html><head><meta charset='utf-8'></head><body><ul class='xxgk'>{items}</ul><h1>{TITLE}</h1>"
                  f"<div id='zoom'>{article}</div></body></html>", "html")
    assert (md.index_number, md.doc_number) == ("11340100MB1234567X/2023-00123", "东政办发〔2023〕22号")
    assert (md.signed_date, md.published_date, md.title) == ("2023-06-20", "2023-06-21", TITLE)


def test_a_sidebar_caption_named_tit_beside_cms_markers_is_no_title() -> None:
    """Guard: a sidebar's short caption (通知公告, itself ending in a genre word) stays out."""
    sidebar = "<div class='side'><div class='tit'>通知公告</div><ul><li><a href='/a'>关于开展春运工作的通知</a></li></ul></div>"
    md = metadata(_marked_page("bt").replace("<div class='nav'>", sidebar + "<div class='nav'>"), "html")
    assert md.title == TITLE


# ----------------------------------------------------------------------------- doc numbers

@pytest.mark.parametrize("number", ["东政办发﹝2023﹞22号", "东政办发〔2023〕22号"])  # the second: guard
def test_doc_number_in_small_brackets_as_some_portals_print_it(number: str) -> None:
    md = metadata(TITLE + "\n" + number + "\n" + ADDRESSEES + "\n" + OPENING + BODY + TAIL)
    assert md.doc_number == number  # brackets as written (call 10)
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]


# ----------------------------------------------------------------------------- the enclosed plan

@pytest.mark.parametrize("mark", ["附件\n", "附件1\n", "(此件公开发布)\n附件\n", ""])  # "": guard
def test_the_plan_under_an_attachment_mark_of_its_own_line(mark: str) -> None:
    text = (WRAPPER_TITLE + "\n东政办发〔2024〕9号\n" + ADDRESSEES + "\n现将《东江市城市更新行动方案》印发给你们,请认真贯彻执行。\n"
            "东江市人民政府办公室\n2024年3月20日\n" + mark + "东江市城市更新行动方案\n(2024—2026年)\n" + BODY)
    md = metadata(text)
    assert md.enclosed_title == "东江市城市更新行动方案(2024—2026年)"
    assert (md.period.start, md.period.end) == (2024, 2026)
    assert [s.number for s in policyparse.parse(text).sections] == ["一", "二", "(一)"]


@pytest.mark.parametrize(
    "title, doc_type",
    [
        ("东江市中小企业合规经营指引", "指引"),
        ("东江市2024年优化营商环境重点任务清单", "清单"),
        ("东江市2024年优化营商环境工作要点", "工作要点"),  # guard
    ],
)
def test_guidance_and_task_list_documents_are_titled(title: str, doc_type: str) -> None:
    md = metadata(title + "\n为抓好有关工作落实,结合本市实际,制定本文件。\n" + BODY)
    assert (md.title, md.doc_type) == (title, doc_type)


@pytest.mark.parametrize(
    "label, first, second",
    [
        ("附件:", "东江市就业补贴申领指南.docx", "东江市就业补贴申请表.xls"),  # links one a line, unnumbered
        ("附件下载:", "东江市就业补贴申领指南.docx", "东江市就业补贴申请表.xls"),
        ("附件:", "2024年东江市就业补贴申领指南.pdf", "2024年东江市就业补贴申请表.pdf"),  # a year is no number
        ("附件:", "1.东江市就业补贴申领指南", "2.东江市就业补贴申请表"),  # guard: numbered titles
    ],
)
def test_attachments_as_file_links_under_the_article(label: str, first: str, second: str) -> None:
    links = f"<div class='fj'><p>{label}</p><p><a href='/u/1'>{first}</a></p><p><a href='/u/2'>{second}</a></p></div>"
    article = "<p>" + ADDRESSEES + "</p><p>" + OPENING.strip() + "</p>" + HTML_BODY + links
    md = metadata(f"<html><head><meta charset='utf-8'></head><body><h1>{TITLE}</h1><div id='zoom'>{article}</div>"
                  "<div class='foot'>主办:东江市人民政府办公室</div></body></html>", "html")
    year = "2024年" if first.startswith("2024") else ""
    assert md.attachments == [f"{year}东江市就业补贴申领指南", f"{year}东江市就业补贴申请表"]
    assert md.signed_date == "2023-06-20"


def test_joint_issuers_stacked_one_a_line_above_the_title() -> None:
    text = ("东江市教育局\n东江市财政局\n东江市人力资源和社会保障局\n关于做好2024年教师招聘工作的通知\n东教发〔2024〕3号\n"
            "各县(市、区)教育局、财政局、人力资源和社会保障局:\n现将有关事项通知如下。\n" + BODY
            + "东江市教育局  东江市财政局\n东江市人力资源和社会保障局\n2024年3月1日\n")
    md = metadata(text)
    assert md.title == "东江市教育局东江市财政局东江市人力资源和社会保障局关于做好2024年教师招聘工作的通知"
    assert md.recipients == ["各县(市、区)教育局、财政局、人力资源和社会保障局"]
    assert (md.doc_number, md.signed_date) == ("东教发〔2024〕3号", "2024-03-01")


def test_a_blank_line_ends_the_attachment_list_before_what_the_page_prints_under_it() -> None:
    """Page chrome (公众号, 二维码) printed under the list, and a second text after it (a page
    that shows a related document below): no line after a blank line is a wrapped title."""
    listing = "附件:\n\n1.东江市重点项目汇总表\n\n2.东江市重点项目计划表\n\n\n\n东江市投资服务中心微信公众号\n\n扫描二维码 关注我们\n\n"
    later = "东江市重点项目汇总表\n" + "".join(f"{i}.东江市第{i}批重点项目建设进度符合预期。\n" for i in range(1, 40))
    for text in (HEAD + ADDRESSEES + "\n" + OPENING + BODY + TAIL + listing + later,
                 HEAD + ADDRESSEES + "\n" + OPENING + BODY + listing + TAIL + later):
        assert metadata(text).attachments == ["东江市重点项目汇总表", "东江市重点项目计划表"]


@pytest.mark.parametrize("written", ["二0二三年六月二十日", "二o二三年六月二十日", "2023年6月20曰", "二〇二三年六月二十日"])
def test_a_signing_date_as_ocr_and_typists_write_it(written: str) -> None:
    """〇 typed as 0 or o in a year of Chinese digits, 日 read as 曰: the same date."""
    md = metadata(notice(ADDRESSEES, tail="东江市人民政府办公室\n" + written + "\n"))
    assert (md.issuer, md.signed_date) == ("东江市人民政府办公室", "2023-06-20")
