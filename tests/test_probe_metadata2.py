"""Metadata of unseen notices, second round: hand-written notices (invented places and bodies) in
the layouts real ones use, the expected values worked out by reading them per the annotation
guide. A page that shows its title only in <title>; addressees one a line without commas; flat
(OCR) text with 附件1:/附件2: labels, 主送 in the footer and 批转; attachment lists of unnumbered
lines or numbered 一、二、; 政府令 numbers in Chinese numerals; an event notice's 主办/承办 lines;
a short WeChat article hidden until a script shows it."""

from __future__ import annotations

import pytest

import policyparse
from policyparse.stages import boilerplate

BODY = "一、工作目标\n到2025年,全市完成改造任务。\n二、重点任务\n(一)加强领导。各地要成立工作专班。\n"
TITLE = "东江市人民政府办公室关于做好汛期安全防范工作的通知"
OPENING = "为做好汛期安全防范工作,现就有关事项通知如下。\n"
TAIL = "东江市人民政府办公室\n2023年6月20日\n"


def metadata(text: str, format: str | None = None):
    return policyparse.parse(text, format=format).metadata


# ----------------------------------------------------------------------------- title only in <title>

PAGE = """<html><head><meta charset="utf-8"><title>{head}</title></head><body>
<div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
{shown}<div class="article">{article}</div>
<div class="foot"><p>网站标识码:1234000001</p></div></body></html>"""
ARTICLE = ("<p>各县(市、区)人民政府,市政府各部门:</p><p>为做好汛期安全防范工作,现就有关事项通知如下。</p>"
           "<p>一、工作目标</p><p>到2025年,全市完成改造任务。</p><p>二、重点任务</p><p>(一)加强领导。各地要成立工作专班。</p>"
           "<p style='text-align:right'>东江市人民政府办公室</p><p style='text-align:right'>2023年6月20日</p>")


@pytest.mark.parametrize("head", [f"{TITLE}_东江市人民政府", f"{TITLE}-东江市应急管理局-东江市人民政府",
                                  f"东江市人民政府 - {TITLE}", f"{TITLE}|东江市人民政府门户网站",
                                  f"【通知公告】{TITLE}_东江市人民政府"])
def test_a_page_that_shows_its_title_only_in_its_head(head: str) -> None:
    md = metadata(PAGE.format(head=head, shown="", article=ARTICLE), "html")
    assert (md.title, md.doc_type, md.issuer) == (TITLE, "通知", "东江市人民政府办公室")
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]


def test_a_sidebar_caption_is_no_title_the_page_shows() -> None:
    sidebar = "<div class='side'><h3>通知公告</h3><h3>政策解读</h3></div>"
    md = metadata(PAGE.format(head=f"{TITLE}_东江市人民政府", shown=sidebar, article=ARTICLE), "html")
    assert md.title == TITLE


@pytest.mark.parametrize("period", ["(2023-2025年)", "(2023年—2025年)"])
def test_a_plan_period_in_the_head_title_is_no_join(period: str) -> None:
    title = f"东江市人民政府办公室关于印发东江市城市更新行动方案{period}的通知"
    md = metadata(PAGE.format(head=f"{title}_东江市人民政府", shown="", article=ARTICLE), "html")
    assert md.title == title


def test_a_title_the_page_shows_wins_over_its_head() -> None:
    """Guard: the page's own title (here without its issuer) stays; a <title> of the site alone gives none."""
    shown = "<h1>关于做好汛期安全防范工作的通知</h1>"
    md = metadata(PAGE.format(head=f"{TITLE}_东江市人民政府", shown=shown, article=ARTICLE), "html")
    assert md.title == "关于做好汛期安全防范工作的通知"
    md = metadata(PAGE.format(head="东江市人民政府门户网站", shown="", article=ARTICLE), "html")
    assert md.title is None


# ----------------------------------------------------------------------------- addressees one a line

HEAD = TITLE + "\n东政办发〔2023〕22号\n"


@pytest.mark.parametrize(
    "addressees, recipients",
    [
        ("各县(市、区)人民政府\n各有关单位:", ["各县(市、区)人民政府", "各有关单位"]),
        ("各县(市、区)人民政府\n市政府各部门\n各有关单位:", ["各县(市、区)人民政府", "市政府各部门", "各有关单位"]),
        ("各街道办事处\n\n各镇人民政府:", ["各街道办事处", "各镇人民政府"]),
        # a body's own name among them, and more than three lines
        ("各县(市、区)人民政府\n东江经济技术开发区管委会\n市政府各部门:",
         ["各县(市、区)人民政府", "东江经济技术开发区管委会", "市政府各部门"]),
        ("各县(市、区)人民政府\n东江经济技术开发区管委会\n市政府各部门\n各直属机构\n各有关单位:",
         ["各县(市、区)人民政府", "东江经济技术开发区管委会", "市政府各部门", "各直属机构", "各有关单位"]),
    ],
)
def test_addressees_one_a_line_without_commas(addressees: str, recipients: list[str]) -> None:
    md = metadata(HEAD + addressees + "\n" + OPENING + BODY + TAIL)
    assert md.recipients == recipients
    assert (md.title, md.doc_number) == (TITLE, "东政办发〔2023〕22号")


def test_addressees_one_a_line_at_the_top_of_an_article() -> None:
    """A page's article that opens with its addressees (<br> between them), the title outside it."""
    article = ARTICLE.replace("各县(市、区)人民政府,市政府各部门:", "各县(市、区)人民政府<br>市政府各部门<br>各有关单位:")
    md = metadata(PAGE.format(head=f"{TITLE}_东江市人民政府", shown="", article=article), "html")
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门", "各有关单位"]


def test_an_issuers_line_above_addressees_one_a_line_stays_out() -> None:
    """One a line under an issuer's line: the lines split, and a body's name that would open the list
    (the issuer's line under the 字号) is no addressee."""
    md = metadata(HEAD + "东江市人民政府办公室\n各县(市、区)人民政府\n市政府各部门:\n" + OPENING + BODY + TAIL)
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]


@pytest.mark.parametrize(
    "addressees, recipients",
    [
        # a name broken over two lines stays one name
        ("各县(市、区)人民政府、东江经济技术开发区管\n委会:", ["各县(市、区)人民政府、东江经济技术开发区管委会"]),
        ("各县(市、区)人民政府、市政府各部门、各直\n属机构、各有关单位:", ["各县(市、区)人民政府、市政府各部门、各直属机构、各有关单位"]),
        # a list wrapped after 、 is one entry (the guide splits on commas only)
        ("各县(市、区)人民政府、\n市政府各部门:", ["各县(市、区)人民政府、市政府各部门"]),
    ],
)
def test_addressee_names_wrapped_inside_a_line_stay_joined(addressees: str, recipients: list[str]) -> None:
    assert metadata(HEAD + addressees + "\n" + OPENING + BODY + TAIL).recipients == recipients


# ----------------------------------------------------------------------------- flat (OCR) text

FLAT_BODY = ("一、总体要求 到2025年,全市完成城市更新项目100个。二、重点任务 (一)加强领导。各地要成立工作专班,"
             "负责统筹推进城市更新工作,确保各项任务按期完成。")


def test_flat_numbered_attachment_labels() -> None:
    text = ("东江市人民政府办公室关于印发东江市城市更新行动方案的通知 东政办发〔2023〕8号 各县(市、区)人民政府,市政府各部门:"
            "现将《东江市城市更新行动方案》印发给你们,请认真贯彻执行。附件1:东江市城市更新行动方案 附件2:东江市城市更新重点项目清单 "
            "东江市人民政府办公室 2023年5月6日 东江市城市更新行动方案 " + FLAT_BODY)
    md = metadata(text)
    assert md.attachments == ["东江市城市更新行动方案", "东江市城市更新重点项目清单"]
    assert (md.signed_date, md.enclosed_title) == ("2023-05-06", "东江市城市更新行动方案")


def test_flat_unnumbered_attachment_label_guard() -> None:
    """Guard: one 附件: label gives its one title; the attachment's own 附件 label later is no item."""
    text = ("东江市人民政府办公室关于印发东江市城市更新行动方案的通知 东政办发〔2023〕8号 各县(市、区)人民政府,市政府各部门:"
            "现将《东江市城市更新行动方案》印发给你们,请认真贯彻执行。附件:东江市城市更新行动方案 "
            "东江市人民政府办公室 2023年5月6日 附件 东江市城市更新行动方案 " + FLAT_BODY)
    assert metadata(text).attachments == ["东江市城市更新行动方案"]


FLAT_NOTICE = ("东江市人民政府关于加强安全生产工作的通知 东政发〔2023〕9号 为加强安全生产工作,现就有关事项通知如下。"
               "一、落实责任 各地要落实安全生产责任,建立健全工作机制,加强督促检查。二、强化监管 各部门要加强日常监管,"
               "严厉打击违法行为,切实保障人民群众生命财产安全。东江市人民政府 2023年5月6日 ")


@pytest.mark.parametrize("footer", [
    "主送:各县(市、区)人民政府,市政府各部门。抄送:市委办公室。东江市人民政府办公室 2023年5月7日印发",
    "主送:各县(市、区)人民政府,市政府各部门 抄送:市委办公室 东江市人民政府办公室 2023年5月7日印发",
    "主送:各县(市、区)人民政府,市政府各部门 东江市人民政府办公室 2023年5月7日印发",
])
def test_flat_addressees_in_the_footer(footer: str) -> None:
    md = metadata(FLAT_NOTICE + footer)
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]
    assert (md.issuer, md.signed_date) == ("东江市人民政府", "2023-05-06")


def test_flat_notice_without_addressees_keeps_none() -> None:
    """Guard: no 主送 anywhere, no recipients."""
    assert metadata(FLAT_NOTICE + "抄送:市委办公室。东江市人民政府办公室 2023年5月7日印发").recipients == []


def test_flat_pizhuan_encloses_the_quoted_document() -> None:
    """批转X关于Y的通知: the enclosed document is the one the cover sentence quotes, not the title's wording."""
    text = ("东江市人民政府批转市发展和改革委员会关于2024年东江市国民经济和社会发展计划的通知 东政发〔2024〕3号 "
            "各县(市、区)人民政府,市政府各部门:市政府同意市发展和改革委员会《关于东江市2024年国民经济和社会发展计划》,"
            "现转发给你们,请认真贯彻执行。东江市人民政府 2024年2月6日 " + FLAT_BODY)
    md = metadata(text)
    assert md.enclosed_title == "关于东江市2024年国民经济和社会发展计划"
    assert (md.issuer, md.signed_date) == ("东江市人民政府", "2024-02-06")


FLAT_HEAD = "东江市人民政府关于加强安全生产工作的通知 东政发〔2023〕9号 "
FLAT_REST = ("为加强安全生产工作,现就有关事项通知如下。" + FLAT_BODY * 2 + " 东江市人民政府 2023年5月6日")


@pytest.mark.parametrize("addressees, recipients", [
    # one a line, flattened: the spaces stand for the line breaks
    ("各县(市、区)人民政府 市政府各部门 各有关单位", ["各县(市、区)人民政府", "市政府各部门", "各有关单位"]),
    # guard: a justified name keeps its spaces out, as before
    ("各 县 (市、区) 人民政府,市政府各部门", ["各县(市、区)人民政府", "市政府各部门"]),
])
def test_flat_addressees_one_a_line(addressees: str, recipients: list[str]) -> None:
    md = metadata(FLAT_HEAD + addressees + ":" + FLAT_REST)
    assert md.recipients == recipients
    assert (md.doc_number, md.signed_date) == ("东政发〔2023〕9号", "2023-05-06")


@pytest.mark.parametrize("listing", ["附件:一、东江市城市更新行动方案 二、东江市老旧小区改造实施方案 ",
                                     "附件:1.东江市城市更新行动方案 2.东江市老旧小区改造实施方案 "])  # guard, as before
def test_flat_attachment_list_numbered_in_chinese(listing: str) -> None:
    text = ("东江市人民政府办公室关于印发城市更新两个方案的通知 东政办发〔2023〕8号 各县(市、区)人民政府:"
            "现将有关方案印发给你们,请认真贯彻执行。" + listing + "东江市人民政府办公室 2023年5月6日 " + FLAT_BODY * 2)
    assert metadata(text).attachments == ["东江市城市更新行动方案", "东江市老旧小区改造实施方案"]


def test_flat_order_issued_by_the_government_signed_by_its_head() -> None:
    text = ("东江市人民政府令 (第二百零一号) 《东江市城市绿化管理办法》已经2023年3月1日市人民政府第12次常务会议通过,"
            "现予公布,自2023年5月1日起施行。市长 王某某 2023年3月10日 东江市城市绿化管理办法 第一章 总则 "
            "第一条 为了加强城市绿化管理,改善生态环境,根据有关法律法规,结合本市实际,制定本办法。"
            "第二条 本办法适用于本市行政区域内城市绿化的规划、建设、保护和管理。")
    md = metadata(text)
    assert (md.doc_number, md.issuer, md.signed_date) == ("东江市人民政府令第二百零一号", "东江市人民政府", "2023-03-10")
    assert md.enclosed_title == "东江市城市绿化管理办法"


def test_flat_zhuanfa_encloses_the_quoted_document() -> None:
    text = ("东江市人民政府办公室转发市发展改革委关于做好2023年粮食生产工作意见的通知 东政办发〔2023〕12号 "
            "各县(市、区)人民政府,市政府各部门:市发展改革委《关于做好2023年粮食生产工作的意见》已经市政府同意,"
            "现转发给你们,请认真贯彻执行。东江市人民政府办公室 2023年3月1日 关于做好2023年粮食生产工作的意见 市发展改革委 "
            + FLAT_BODY * 2)
    md = metadata(text)
    assert md.enclosed_title == "关于做好2023年粮食生产工作的意见"
    assert (md.issuer, md.signed_date) == ("东江市人民政府办公室", "2023-03-01")


def test_flat_zhuanfa_of_a_notice_keeps_its_genre_word() -> None:
    """转发X关于Y的通知的通知: the quoted document keeps its 的通知 (the title's wording lost it)."""
    text = ("东江市人民政府办公室转发省政府办公厅关于加强耕地保护工作的通知的通知 东政办发〔2023〕13号 "
            "各县(市、区)人民政府,市政府各部门:现将《省政府办公厅关于加强耕地保护工作的通知》转发给你们,请认真贯彻执行。"
            "东江市人民政府办公室 2023年3月1日 " + FLAT_BODY * 2)
    assert metadata(text).enclosed_title == "省政府办公厅关于加强耕地保护工作的通知"


def test_flat_title_with_ocr_gaps_before_its_genre_word() -> None:
    text = ("东江市人民政府办公室 关于做好 汛期安全防范工作的 通知 东政办发〔2023〕5号 各县(市、区)人民政府,市政府各部门:"
            "为做好汛期安全防范工作,现就有关事项通知如下。" + FLAT_BODY * 2 + " 东江市人民政府办公室 2023年6月20日")
    md = metadata(text)
    assert (md.title, md.doc_number, md.doc_type) == (TITLE, "东政办发〔2023〕5号", "通知")
    assert md.recipients == ["各县(市、区)人民政府", "市政府各部门"]


@pytest.mark.parametrize("gap", [" ", ""])  # the second: guard, as before
def test_flat_plan_title_before_its_preamble(gap: str) -> None:
    text = "东江市城市更新行动方案(2023—2025年)" + gap + "为加快推进城市更新,结合我市实际,制定本方案。" + FLAT_BODY * 2
    md = metadata(text)
    assert (md.title, md.doc_type) == ("东江市城市更新行动方案(2023—2025年)", "行动方案")
    assert (md.period.start, md.period.end) == (2023, 2025)


# ----------------------------------------------------------------------------- attachment lists

WRAPPER = ("东江市人民政府办公室关于印发城市更新两个方案的通知\n各县(市、区)人民政府:\n"
           "现将有关方案印发给你们,请认真贯彻执行。\n")


@pytest.mark.parametrize("listing", [
    "附件:东江市城市更新行动方案\n东江市老旧小区改造实施方案",
    "附件:一、东江市城市更新行动方案\n二、东江市老旧小区改造实施方案",
    "附件:\n一、东江市城市更新行动方案\n二、东江市老旧小区改造实施方案",
    "附件:一、东江市城市更新行动方案 二、东江市老旧小区改造实施方案",
])
def test_attachment_lists_unnumbered_or_numbered_in_chinese(listing: str) -> None:
    md = metadata(WRAPPER + listing + "\n" + TAIL)
    assert md.attachments == ["东江市城市更新行动方案", "东江市老旧小区改造实施方案"]
    assert (md.issuer, md.signed_date) == ("东江市人民政府办公室", "2023-06-20")


def test_unnumbered_attachment_lines_end_at_what_is_no_title() -> None:
    """Guard: the signature under one attachment, or a table's name, ends or extends the list as it reads."""
    md = metadata(WRAPPER + "附件:东江市城市更新行动方案\n" + TAIL)
    assert md.attachments == ["东江市城市更新行动方案"]
    md = metadata(WRAPPER + "附件:东江市城市更新行动方案\n东江市城市更新重点项目表\n" + TAIL)
    assert md.attachments == ["东江市城市更新行动方案", "东江市城市更新重点项目表"]


# ----------------------------------------------------------------------------- orders

@pytest.mark.parametrize("number, doc_number", [("(第二百零一号)", "东江市人民政府令第二百零一号"),
                                                ("第十二号", "东江市人民政府令第十二号"),
                                                ("(第201号)", "东江市人民政府令第201号")])
def test_order_numbers_in_chinese_numerals(number: str, doc_number: str) -> None:
    text = ("东江市人民政府令\n" + number + "\n《东江市城市绿化管理办法》已经2023年3月1日市人民政府第12次常务会议通过,"
            "现予公布,自2023年5月1日起施行。\n市长 王某某\n2023年3月10日\n东江市城市绿化管理办法\n"
            "第一章 总则\n第一条 为了加强城市绿化管理,制定本办法。\n")
    md = metadata(text)
    assert (md.doc_number, md.issuer, md.signed_date) == (doc_number, "东江市人民政府", "2023-03-10")
    assert md.enclosed_title == "东江市城市绿化管理办法"


# ----------------------------------------------------------------------------- 主办/承办 lines

EVENT = ("东江市体育局关于举办2023年东江市全民健身运动会的通知\n各县(市、区)体育局:\n为推动全民健身,现就有关事项通知如下。\n"
         "一、组织机构\n主办:东江市体育局\n承办:南湖区体育中心\n协办:东江市体育总会\n二、比赛时间\n"
         "2023年8月1日至8月3日。\n东江市体育局\n2023年6月20日\n")


def chrome(text: str) -> list[str]:
    return [text[a:b] for a, b in boilerplate.merge(boilerplate.chrome_spans(text))]


def test_an_event_notices_organisers_are_no_chrome() -> None:
    assert chrome(EVENT) == []
    short = ("东江市体育局关于举办乒乓球比赛的通知\n各县(市、区)体育局:\n定于8月举办全市乒乓球比赛。\n"
             "主办:东江市体育局\n承办:南湖区体育中心\n东江市体育局\n2023年6月20日\n")
    assert chrome(short) == []


def test_a_site_footers_organisers_stay_chrome() -> None:
    """Guard: 主办:/承办: lines after the notice's date are the site's footer."""
    text = EVENT + "主办:东江市人民政府办公室\n承办:东江市大数据中心\n"
    assert chrome(text) == ["主办:东江市人民政府办公室", "承办:东江市大数据中心"]


# ----------------------------------------------------------------------------- hidden WeChat articles

WECHAT = """<html><head><meta charset="utf-8"><title>关于开展全民健身活动的通知</title></head><body>
<div id="page-content"><h1 class="rich_media_title" id="activity-name">关于开展全民健身活动的通知</h1>
<div class="rich_media_meta_list"><span id="js_name">东江体育</span></div>
<div class="rich_media_content" id="js_content" style="{style}"><p>各县(市、区)体育局:</p>
<p>为推动全民健身,定于6月举办全民健身活动。请各地做好组织工作。</p><p>东江市体育局</p><p>2023年5月10日</p></div>
</div><div class="qr_code_pc">微信扫一扫关注该公众号</div></body></html>"""


def test_a_short_wechat_article_hidden_until_shown() -> None:
    doc = policyparse.parse(WECHAT.format(style="visibility: hidden;"), format="html")
    assert "定于6月举办全民健身活动" in doc.text
    md = doc.metadata
    assert (md.issuer, md.signed_date, md.recipients) == ("东江市体育局", "2023-05-10", ["各县(市、区)体育局"])


def test_a_short_block_hidden_by_display_stays_dropped() -> None:
    """Guard: display:none (a tab or drop-down not shown) is still no article when short."""
    doc = policyparse.parse(WECHAT.format(style="display: none;"), format="html")
    assert "定于6月举办全民健身活动" not in doc.text


# ----------------------------------------------------------------------------- chrome words in a title

def test_a_title_that_names_a_chrome_word_stays() -> None:
    title = "东江市人民政府办公室关于做好政府信息公开指南更新工作的通知"
    text = title + "\n各县(市、区)人民政府:\n为做好更新工作,现就有关事项通知如下。\n" + BODY + TAIL
    assert chrome(text) == []
    assert metadata(text).title == title


def test_a_page_link_to_the_guide_stays_chrome() -> None:
    """Guard: the portal's own 政府信息公开指南 link line is chrome, as before."""
    text = "政府信息公开指南\n" + HEAD + "各县(市、区)人民政府:\n" + OPENING + BODY + TAIL
    assert chrome(text) == ["政府信息公开指南"]


def test_a_numbered_heading_that_names_a_footer_word_is_no_footer() -> None:
    """A 政务新媒体 notice's last part (四、扫描二维码关注) is content: a footer is never numbered."""
    text = ("东江市人民政府办公室关于加强政务新媒体管理的通知\n各县(市、区)人民政府:\n为加强政务新媒体管理,现就有关事项通知如下。\n"
            "一、规范账号开设\n各地要严格账号开设审批。\n二、加强内容管理\n各地要建立内容审核制度。\n"
            "三、方便群众关注\n各地要在门户网站公布关注方式。\n四、扫描二维码关注\n各地要及时更新二维码。\n" + TAIL)
    assert chrome(text) == []
    doc = policyparse.parse(text)
    assert doc.sections[-1].heading == "扫描二维码关注"
    assert (doc.metadata.issuer, doc.metadata.signed_date) == ("东江市人民政府办公室", "2023-06-20")


def test_a_footer_under_the_notice_stays_chrome() -> None:
    """Guard: the same words on the page's footer line take the footer."""
    text = HEAD + "各县(市、区)人民政府:\n" + OPENING + BODY + TAIL + "扫描二维码关注我们\n网站标识码:1234000001\n"
    assert chrome(text) == ["扫描二维码关注我们\n网站标识码:1234000001\n"]


# ----------------------------------------------------------------------------- page tables

NOTICE = TITLE + "\n各县(市、区)人民政府,市政府各部门:\n" + OPENING + BODY + TAIL


def test_a_county_portals_table_labels() -> None:
    """公开方式 ends the 索引号 before it; 发布单位, 文件编号 and 公开时间 name the issuer, number and date."""
    table = ("索引号:11340100MB1234567X/2023-00456 公开方式:主动公开\n"
             "发布单位:东江市人民政府办公室 文件编号:东政办发〔2023〕22号\n成文日期:2023-06-20 公开时间:2023-06-21\n")
    md = metadata(table + NOTICE)
    assert (md.index_number, md.published_date) == ("11340100MB1234567X/2023-00456", "2023-06-21")
    assert (md.doc_number, md.signed_date, md.issuer) == ("东政办发〔2023〕22号", "2023-06-20", "东江市人民政府办公室")


def test_a_table_with_known_labels_guard() -> None:
    table = ("索引号:11340100MB1234567X/2023-00456\t有效性:有效\n发文机关:东江市人民政府办公室\n"
             "发文字号:东政办发〔2023〕22号\t发布日期:2023-06-21\n")
    md = metadata(table + NOTICE)
    assert (md.index_number, md.published_date, md.doc_number) == (
        "11340100MB1234567X/2023-00456", "2023-06-21", "东政办发〔2023〕22号")


def test_a_byline_with_a_time_above_the_addressees() -> None:
    """A WeChat byline (东江市体育局 2023-05-11 09:00) holds a time's colon: no addressee line."""
    page = WECHAT.format(style="").replace(
        "<span id=\"js_name\">东江体育</span>", "<span>东江市体育局</span> <span id='publish_time'>2023-05-11 09:00</span>")
    md = metadata(page, "html")
    assert md.recipients == ["各县(市、区)体育局"]


def test_addressees_before_a_time_on_their_line_guard() -> None:
    text = HEAD + "各县(市、区)人民政府,市政府各部门:定于6月21日9:30召开防汛工作会议。\n" + BODY + TAIL
    assert metadata(text).recipients == ["各县(市、区)人民政府", "市政府各部门"]


# ----------------------------------------------------------------------------- two documents in one 印发

@pytest.mark.parametrize("joined", ["和", "、"])
def test_a_notice_that_issues_two_plans_encloses_the_first(joined: str) -> None:
    title = f"东江市人民政府办公室关于印发东江市城市更新行动方案{joined}东江市老旧小区改造实施方案的通知"
    text = (title + "\n各县(市、区)人民政府:\n现将有关方案印发给你们,请认真贯彻执行。\n"
            "附件:1.东江市城市更新行动方案\n2.东江市老旧小区改造实施方案\n" + TAIL)
    assert metadata(text).enclosed_title == "东江市城市更新行动方案"


@pytest.mark.parametrize("plan", ["东江市城乡规划和建设管理办法", "东江市促进就业和创业实施方案"])
def test_one_plan_whose_name_holds_a_join_guard(plan: str) -> None:
    text = (f"东江市人民政府办公室关于印发{plan}的通知\n各县(市、区)人民政府:\n现将有关办法印发给你们,请认真贯彻执行。\n" + TAIL)
    assert metadata(text).enclosed_title == plan


# ----------------------------------------------------------------------------- marks above a flat title

@pytest.mark.parametrize("marks", ["机密 特急 ", "秘密 ", "特急 "])  # the last: guard, as before
def test_flat_secrecy_and_urgency_marks_above_the_title(marks: str) -> None:
    text = (marks + TITLE + " 各县(市、区)人民政府,市政府各部门:为做好汛期安全防范工作,现就有关事项通知如下。"
            + FLAT_BODY * 2 + " 东江市人民政府办公室 2023年6月20日")
    md = metadata(text)
    assert (md.title, md.issuer, md.signed_date) == (TITLE, "东江市人民政府办公室", "2023-06-20")


def test_a_page_that_shows_only_the_plan_its_notice_issues() -> None:
    """The page's <title> is the 印发 notice; its article is the plan alone: the notice's title, the plan enclosed."""
    title = "东江市人民政府办公室关于印发东江市城市更新行动方案的通知"
    article = "<p>东江市城市更新行动方案</p><p>为加快推进城市更新,制定本方案。</p>" + ARTICLE.split("</p>", 2)[2]
    md = metadata(PAGE.format(head=f"{title}_东江市人民政府", shown="", article=article), "html")
    assert (md.title, md.enclosed_title) == (title, "东江市城市更新行动方案")


@pytest.mark.parametrize("links", [
    '<a href="/1.docx">东江市防汛任务分工表.docx</a> <a href="/2.xlsx">东江市防汛联络员名单.xlsx</a>',
    '<a href="/1.docx">东江市防汛任务分工表.docx</a><a href="/2.xlsx">东江市防汛联络员名单.xlsx</a>',
    '<a href="/1.docx">1.东江市防汛任务分工表.docx</a><a href="/2.xlsx">2.东江市防汛联络员名单.xlsx</a>',  # guard
])
def test_file_links_side_by_side_on_the_label_line(links: str) -> None:
    article = ARTICLE.replace("<p style='text-align:right'>", f"<p>附件:{links}</p><p style='text-align:right'>", 1)
    md = metadata(PAGE.format(head=f"{TITLE}_东江市人民政府", shown=f"<h1>{TITLE}</h1>", article=article), "html")
    assert md.attachments == ["东江市防汛任务分工表", "东江市防汛联络员名单"]


# ----------------------------------------------------------------------------- pages saved as text

SAVED = "各县(市、区)人民政府,市政府各部门:\n" + OPENING + BODY + TAIL


@pytest.mark.parametrize("crumb", ["首页 > 政务公开 > 通知公告", "首页>>信息公开>>通知公告", "首页 » 政策文件 » 通知公告"])
def test_a_breadcrumb_that_ends_in_a_genre_word_is_no_title(crumb: str) -> None:
    md = metadata(crumb + "\n" + SAVED)
    assert (md.title, md.doc_type) == (None, None)
    assert (md.issuer, md.recipients) == ("东江市人民政府办公室", ["各县(市、区)人民政府", "市政府各部门"])


def test_a_saved_pages_title_line_with_the_sites_name() -> None:
    md = metadata(f"{TITLE}_东江市人民政府\n首页 > 政务公开 > 通知公告\n" + SAVED)
    assert (md.title, md.doc_type) == (TITLE, "通知")


# --- found by reading the change: each failed before its fix ------------------------------


def test_a_body_sentence_opening_with_a_page_label_word_is_no_page_field() -> None:
    text = ("东江市人民政府办公室关于调整东江市城市管理委员会名称的通知\n东政办发〔2023〕5号\n各区人民政府,市政府各部门:\n"
            "经市政府研究决定,现将有关事项通知如下。\n名称调整为东江市城市管理局,职责不变。\n东江市人民政府办公室\n2023年5月6日\n")
    assert policyparse.parse(text).metadata.title == "东江市人民政府办公室关于调整东江市城市管理委员会名称的通知"


def test_the_signing_date_under_an_attachment_list_is_no_attachment() -> None:
    text = ("东江市人民政府办公室关于印发有关方案的通知\n东政办发〔2023〕5号\n各区人民政府:\n现将方案印发给你们,请认真贯彻执行。\n"
            "附件:1.东江市营商环境提升方案\n2.东江市重点任务分工表\n2023年5月6日\n")
    md = policyparse.parse(text).metadata
    assert (md.attachments, md.signed_date) == (["东江市营商环境提升方案", "东江市重点任务分工表"], "2023-05-06")


@pytest.mark.parametrize("line, number", [
    ("国家卫生和计划生育委员会令第8号", "国家卫生和计划生育委员会令第8号"),  # a genre word inside the body's name
    ("东江市公共数据管理办法东江市人民政府令第12号", "东江市人民政府令第12号"),  # a title run into the order line
])
def test_an_order_number_keeps_its_whole_issuing_body(line, number) -> None:
    from policyparse.stages.metadata_shapes import doc_numbers

    assert [n for _, n in doc_numbers(line)] == [number]


def test_a_title_wrapped_after_a_year_is_joined() -> None:
    text = ("东江市农业农村局关于做好2025年农作物秸秆\n综合利用工作的通知\n东农发〔2025〕3号\n各区农业农村局:\n"
            "为做好工作,现通知如下。\n一、工作任务\n(一)加强收储。建设收储点。\n东江市农业农村局\n2025年3月1日\n")
    assert policyparse.parse(text).metadata.title == "东江市农业农村局关于做好2025年农作物秸秆综合利用工作的通知"
