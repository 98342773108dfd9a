"""HTML pages as government sites save them: one notice in many page shapes.

The same invented notice (a 印发 wrapper with its plan: framing part, work part with unit
brackets, safeguards part) is laid out the ways national, provincial, city and county portals,
WeChat articles and repost sites lay out an article: <div> with <br> lines, <p> with nested
<span> and &nbsp;/U+3000 indents, <h1>-<h4> and <strong> headings, <font> in a layout table,
<pre>, the article beside menus, sidebars of dated links, breadcrumbs, share bars and footers.
Whatever the markup, the notice must read the same, worked out here by reading it per the
annotation guide, and page chrome must never become content. Then the pages that are not a
notice: a listing page, a scanned (image) page, a 政策解读 page; and charsets that lie.
"""

from __future__ import annotations

import base64
import html
import quopri

import pytest

import policyparse
from policyparse import errors
from policyparse.ingest import read
from policyparse.pipeline import Draft, run
from policyparse.text.normalize import normalize

TITLE = "明山市人民政府办公室关于印发明山市优化营商环境三年行动方案(2024—2026年)的通知"
PLAN = "明山市优化营商环境三年行动方案(2024—2026年)"
LINES = [
    TITLE,
    "明政办发〔2024〕12号",
    "各县(市、区)人民政府,市政府各部门:",
    f"《{PLAN}》已经市政府同意,现印发给你们,请认真贯彻执行。",
    "明山市人民政府办公室",
    "2024年3月15日",
    PLAN,
    "一、总体要求",
    "(一)指导思想。坚持以企业需求为导向,持续深化“放管服”改革。",
    "(二)工作目标。到2026年,营商环境主要指标进入全省前列。",
    "二、重点任务",
    "(一)提升政务服务效能。推行“一网通办”,到2025年政务服务事项网上可办率达到95%以上。"
    "(牵头单位:市政务服务中心;责任单位:各县(市、区)政府)",
    "(二)优化企业开办服务。企业开办时间压缩至1个工作日以内。(牵头单位:市市场监管局;配合单位:市税务局、市人社局)",
    "(三)强化要素保障。每年新增供应工业用地500亩以上。(责任单位:市自然资源局)",
    "三、保障措施",
    "(一)加强组织领导。各地各部门要建立工作推进机制,明确责任分工。",
    "(二)强化督查考核。市政府督查室定期通报工作进展。",
]

# Read off the notice per the guide: the wrapper's text is no section; 总体要求 is framing, so
# its items are no tasks; the work parts' items without children are tasks, with their brackets.
METADATA = {
    "title": TITLE,
    "doc_number": "明政办发〔2024〕12号",
    "issuer": "明山市人民政府办公室",
    "recipients": ["各县(市、区)人民政府", "市政府各部门"],
    "signed_date": "2024-03-15",
    "doc_type": "通知",
    "enclosed_title": PLAN,
}
SECTIONS = [
    (1, "一", "总体要求"), (2, "(一)", "指导思想"), (2, "(二)", "工作目标"),
    (1, "二", "重点任务"), (2, "(一)", "提升政务服务效能"), (2, "(二)", "优化企业开办服务"), (2, "(三)", "强化要素保障"),
    (1, "三", "保障措施"), (2, "(一)", "加强组织领导"), (2, "(二)", "强化督查考核"),
]
TASKS = [
    ("提升政务服务效能", {("市政务服务中心", "lead"), ("各县(市、区)政府", "responsible")}),
    ("优化企业开办服务", {("市市场监管局", "lead"), ("市税务局", "cooperating"), ("市人社局", "cooperating")}),
    ("强化要素保障", {("市自然资源局", "responsible")}),
    ("加强组织领导", set()),
    ("强化督查考核", set()),
]
TARGETS = [("95%以上", 2025), ("500亩以上", None)]

E = html.escape
NAV = ("<div class='top'><a href='/'>首页</a><a href='/zw'>政务公开</a><a href='/bs'>办事服务</a>"
       "<a href='/hd'>互动交流</a></div><div class='bread'>您现在的位置:<a href='/'>首页</a> &gt; "
       "<a href='/zw'>政务公开</a> &gt; <a href='/wj'>政策文件</a></div>")
FOOTER = ("<div class='foot'><p>主办:明山市人民政府办公室 承办:明山市大数据中心</p>"
          "<p>网站标识码:1234000001 ICP备05001234号</p></div>")


def dated_links(n: int, head: str, date: str, attrs: str = "") -> str:
    """A news list beside the article: n links, each with its date."""
    items = "".join(f"<li><a href='/n{i}.html'>明山市召开第{i}次重点项目推进会议部署下一阶段工作</a>{date.format(i=i)}</li>"
                    for i in range(1, n + 1))
    return f"<div{attrs}><h3>{head}</h3><ul>{items}</ul></div>"


SIDEBAR = dated_links(8, "热点新闻", "<span>2024-03-{i:02d}</span>", " class='right'")
# Words of the chrome above (and of the shapes below) that no section, task, unit or metadata may hold.
CHROME = ["首页", "政务公开", "办事服务", "您现在的位置", "热点新闻", "推进会议", "网站标识码", "ICP", "主办", "承办",
          "分享到", "打印", "关闭", "旧版", "假的", "模板", "阅读原文", "扫一扫", "公众号", "上一篇", "下一篇", "免责声明",
          "浏览次数", "最新动态", "相关文件"]


def page(body: str, head: str = "", before: str = NAV, after: str = SIDEBAR + FOOTER) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}<title>{TITLE}_明山市人民政府</title></head>"
            f"<body>{before}{body}{after}</body></html>")


def paragraphs(lines: list[str], tag: str = "p") -> str:
    return "".join(f"<{tag}>{E(line)}</{tag}>" for line in lines)


# ----------------------------------------------------------------------------- page shapes

def div_with_br() -> str:
    return page("<div id='zoom'>" + "<br>\n".join(E(line) for line in LINES) + "</div>")


def spans_and_indents() -> str:
    """Word-exported paragraphs: each line split over <span>s, indented with &nbsp; and U+3000."""
    out = [f"<p align='center'><span style='font-size:22pt'><b>{E(TITLE)}</b></span></p>"]
    for line in LINES[1:]:
        half = len(line) // 2
        out.append(f"<p style='text-indent:2em'><span style='font-family:仿宋_GB2312'>&nbsp;&nbsp;\u3000\u3000&emsp;</span>"
                   f"<span lang='EN-US'>{E(line[:half])}</span><span>{E(line[half:])}</span></p>")
    return page("<div class='TRS_Editor'><style>.TRS_Editor p{line-height:2}</style>" + "".join(out) + "</div>")


def headings_and_strong() -> str:
    out = [f"<h1>{E(TITLE)}</h1>"]
    for line in LINES[1:]:
        if line[1] == "、":
            out.append(f"<h3>{E(line)}</h3>")
        elif line.startswith("(") and "。" in line:
            head, rest = line.split("。", 1)
            out.append(f"<p><strong>{E(head)}。</strong>{E(rest)}</p>")
        elif line == PLAN:
            out.append(f"<h2>{E(line)}</h2>")
        else:
            out.append(f"<h4>{E(line)}</h4>" if line == LINES[1] else f"<p>{E(line)}</p>")
    return page("<div class='article-content'>" + "".join(out) + "</div>")


def font_in_layout_table() -> str:
    """An old site: the article in one layout cell, <font> around every line, <br> between."""
    body = "".join(f"<font face='仿宋_GB2312' size='4'>{E(line)}</font><br>" for line in LINES)
    return page(f"<table width='100%'><tr><td><font size=3>{body}</font></td></tr></table>")


def article_beside_long_sidebar() -> str:
    """Layout table of two cells: a long dated news list (no chrome class) left, the article right."""
    left = dated_links(15, "最新动态", "<span>[2024-03-{i:02d}]</span>", " class='left'")
    return page(f"<table><tr><td>{left}</td><td><div id='zoom'>{paragraphs(LINES)}</div></td></tr></table>", after=FOOTER)


def month_day_news_list() -> str:
    left = dated_links(25, "最新动态", "<em>03-{i:02d}</em>")
    return page(f"{left}<div class='article-content'>{paragraphs(LINES)}</div>", after=FOOTER)


def preformatted() -> str:
    return page("<pre>\n" + "\n".join(E(line) for line in LINES) + "\n</pre>")


def comments_and_cdata() -> str:
    out = [f"<!-- 四、旧版标题 (一)假的条目。(牵头单位:市某局) --><p>{E(line)}</p>" for line in LINES]
    out.insert(3, "<![CDATA[ 五、假的标题 ]]>")
    return page("<div id='zoom'>" + "".join(out) + "</div>")


def article_in_script() -> str:
    """The article also sits in a script as a JS string, and a template holds a heading: both out."""
    js = "\\n".join(LINES).replace('"', '\\"')
    return page(f"<script>var content = \"{js}\";document.write(content);</script><div id='zoom'>{paragraphs(LINES)}</div>"
                "<script type='text/template'><p>四、模板里的标题</p></script>")


def wechat_article() -> str:
    """WeChat: the article is hidden until a script shows it (visibility: hidden on #js_content)."""
    body = "".join(f"<section><span style='font-size:15px'>{E(line)}</span></section>" for line in LINES)
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><div class='rich_media_area_primary'>"
            f"<h1 class='rich_media_title' id='activity-name'>{E(TITLE)}</h1>"
            "<div id='meta_content' class='rich_media_meta_list'><span>明山发布</span><em>2024-03-16 09:00</em></div>"
            f"<div class='rich_media_content' id='js_content' style='visibility: hidden;'>{body}</div>"
            "<div class='rich_media_tool'><a id='js_view_source'>阅读原文</a><span>阅读</span><span>在看</span></div></div>"
            "<div class='qr_code_pc'><p>微信扫一扫<br>关注该公众号</p></div></body></html>")


def repost_site() -> str:
    return page(f"<div class='content'><h1>{E(TITLE)}</h1><div class='info'>来源:明山市人民政府 "
                "发布时间:2024-03-18 10:20 作者:管理员 浏览次数:1024</div>" + paragraphs(LINES[1:])
                + "<div class='statement'>免责声明:本站转载文章仅为传播更多信息,版权归原作者所有。</div>"
                "<div class='prevnext'><p>上一篇:<a href='/a.html'>关于开展安全生产大检查的通知</a></p>"
                "<p>下一篇:<a href='/b.html'>关于做好春季防火工作的通知</a></p></div></div>")


def html5_article_header() -> str:
    """HTML5: the title in the <header> of the <article>, which is not the site's header."""
    return page(f"<header><p>明山市人民政府 门户网站</p></header><article><header><h1>{E(TITLE)}</h1>"
                f"<p>发布时间:2024-03-18</p></header>{paragraphs(LINES[1:])}</article>")


def article_head_class() -> str:
    """The title in a block named article_head: the article's head, not the site's."""
    return page(f"<div class='head'><p>明山市人民政府 门户网站</p></div><div class='detail'><div class='article_head'>"
                f"<h1>{E(TITLE)}</h1></div><div class='article_body'>{paragraphs(LINES[1:])}</div></div>")


def share_bar_and_related() -> str:
    share = ("<div class='bdsharebuttonbox'><span>分享到:</span><a>微信</a><a>微博</a><a>QQ空间</a></div>"
             "<div class='tools'>【打印本页】【关闭窗口】</div>")
    related = dated_links(3, "相关文件", " 2023-10-0{i}", " class='xgwj'")
    return page(f"<div id='zoom'>{paragraphs(LINES)}</div>{share}{related}")


SHAPES = [div_with_br, spans_and_indents, headings_and_strong, font_in_layout_table, article_beside_long_sidebar,
          month_day_news_list, preformatted, comments_and_cdata, article_in_script, wechat_article, repost_site,
          html5_article_header, article_head_class, share_bar_and_related]


def noise_free_text(doc) -> str:
    """The document text without what the boilerplate stage marks as page chrome."""
    draft = Draft(text=doc.text, format="html")
    run(draft)
    out, pos = [], 0
    for start, end in draft.noise:
        out.append(doc.text[pos:start])
        pos = end
    return "".join(out) + doc.text[pos:]


@pytest.mark.parametrize("shape", SHAPES, ids=[s.__name__ for s in SHAPES])
def test_every_page_shape_reads_as_the_same_notice(shape) -> None:
    doc = policyparse.parse(shape().encode("utf-8"))
    assert doc.source.format == "html"
    meta = doc.metadata
    assert {k: getattr(meta, k) for k in METADATA} == METADATA
    assert (meta.period.start, meta.period.end) == (2024, 2026)
    assert [(s.level, s.number, s.heading) for s in doc.sections] == SECTIONS
    assert [(t.title, {(u.name, u.role) for u in t.units}) for t in doc.tasks] == TASKS
    assert [(t.text, t.year) for t in doc.targets] == TARGETS
    for item in [*doc.tasks, *doc.targets]:
        assert doc.text[item.span[0]:item.span[1]] == item.text
    # Chrome is never content: not in the text outside what the boilerplate stage marks, so in no field.
    kept = noise_free_text(doc)
    assert [word for word in CHROME if word in kept] == []
    assert doc.warnings == []


def test_lines_keep_their_breaks_in_pre_and_lose_indents_elsewhere() -> None:
    for shape in (preformatted, spans_and_indents, div_with_br, font_in_layout_table):
        assert read(shape().encode("utf-8")).text.splitlines() == LINES, shape.__name__


def test_a_word_table_of_contents_does_not_repeat_the_headings() -> None:
    # Word saved as HTML: 目录 lines link to bookmarks (<a name>) on the headings; read, they would be
    # a second set of sections (一、总体要求……1).
    heads = [line for line in LINES if line[1] == "、"]
    toc = "<p>目  录</p>" + "".join(f"<p class='MsoToc1'><a href='#_Toc{i}'>{E(h)}<span>……</span>{i + 1}</a></p>"
                                  for i, h in enumerate(heads))
    body = "".join(f"<p><a name='_Toc{heads.index(line)}'>{E(line)}</a></p>" if line in heads else f"<p>{E(line)}</p>"
                   for line in LINES[7:])
    markup = page(f"<div class='WordSection1'>{paragraphs(LINES[:7])}{toc}{body}"
                  "<p>详见<a href='#_Toc1'>重点任务</a>部分。</p></div>")
    doc = policyparse.parse(markup.encode("utf-8"))
    assert [(s.level, s.number, s.heading) for s in doc.sections] == SECTIONS
    assert "……" not in doc.text
    assert "详见重点任务部分。" in doc.text.splitlines()  # a link inside a sentence stays


def test_word_saved_as_html_with_list_numbers_and_split_runs() -> None:
    # Word's "save as web page": list numbers inside <![if !supportLists]> (shown by browsers), an
    # <o:p> after every paragraph, an office <xml> block in a conditional comment, dates split in runs.
    markup = (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta http-equiv=Content-Type "
        "content='text/html; charset=utf-8'><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View>"
        "</w:WordDocument></xml><![endif]--><style><!-- p.MsoNormal {margin:0cm} --></style></head><body><div class=WordSection1>"
        "<p class=MsoNormal align=center><b><span style='font-size:22.0pt'>明山市农业农村局关于做好春耕生产工作的通知"
        "<o:p></o:p></span></b></p><p class=MsoNormal><span>各县(市、区)农业农村局:<o:p></o:p></span></p>"
        "<p class=MsoNormal><span>为做好春耕生产工作,现将有关事项通知如下。</span></p>"
        "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>一、"
        "<span style='font:7.0pt'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>加强农资保障</span></p>"
        "<p class=MsoNormal><span>(一)组织农资调运。市供销社负责组织化肥调运。</span></p>"
        "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>二、"
        "<span style='font:7.0pt'>&nbsp;&nbsp; </span></span><![endif]><span>强化技术指导</span></p>"
        "<p class=MsoNormal><span>(一)开展技术培训。市农技中心负责开展培训。</span></p>"
        "<p class=MsoNormal align=right><span>明山市农业农村局</span></p><p class=MsoNormal align=right>"
        "<span lang=EN-US>2024</span><span>年</span><span lang=EN-US>3</span><span>月</span><span lang=EN-US>1</span>"
        "<span>日</span></p></div></body></html>")
    doc = policyparse.parse(markup.encode("utf-8"))
    meta = doc.metadata
    assert (meta.title, meta.issuer, meta.signed_date, meta.recipients) == (
        "明山市农业农村局关于做好春耕生产工作的通知", "明山市农业农村局", "2024-03-01", ["各县(市、区)农业农村局"])
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [
        (1, "一", "加强农资保障"), (2, "(一)", "组织农资调运"), (1, "二", "强化技术指导"), (2, "(一)", "开展技术培训")]
    assert [(t.title, [(u.name, u.role) for u in t.units]) for t in doc.tasks] == [
        ("组织农资调运", [("市供销社", "responsible")]), ("开展技术培训", [("市农技中心", "responsible")])]
    assert "mso" not in doc.text and "Print" not in doc.text


def test_a_news_list_beside_the_article_is_not_one_table_row() -> None:
    # The sidebar's own text is only dates: it is a link list, and the article cell is layout.
    lines = read(article_beside_long_sidebar().encode("utf-8")).text.splitlines()
    assert lines == LINES


# ----------------------------------------------------------------------------- tables in the page

def test_layout_table_with_a_division_of_work_table_nested_in_it() -> None:
    rows = [("1", "提升政务服务效能", "市政务服务中心", "各县(市、区)政府"),
            ("2", "优化企业开办服务", "市市场监管局", "市税务局、市人社局")]
    data = ("<table border=1><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "<td>2025年底前</td></tr>" for row in rows)
            + "</table>")
    bare = [line.split("(牵头")[0].split("(责任")[0] for line in LINES]
    body = paragraphs(bare[:14]) + "<p>各项任务分工见下表。</p>" + data + paragraphs(bare[14:])
    markup = page(f"<table width='1000'><tr><td width='750'>{body}</td><td width='250'>{SIDEBAR}</td></tr></table>",
                  after=FOOTER)
    doc = policyparse.parse(markup.encode("utf-8"))
    lines = doc.text.splitlines()
    assert "序号\t重点任务\t牵头单位\t配合单位\t完成时限" in lines
    assert "1\t提升政务服务效能\t市政务服务中心\t各县(市、区)政府\t2025年底前" in lines
    assert [line for line in lines if "热点新闻" in line or "推进会议" in line] == []
    assert [(s.level, s.number, s.heading) for s in doc.sections] == SECTIONS
    units = {t.title: {(u.name, u.role, u.source) for u in t.units} for t in doc.tasks}
    assert units == {
        "提升政务服务效能": {("市政务服务中心", "lead", "table"), ("各县(市、区)政府", "cooperating", "table")},
        "优化企业开办服务": {("市市场监管局", "lead", "table"), ("市税务局", "cooperating", "table"),
                       ("市人社局", "cooperating", "table")},
        "强化要素保障": set(), "加强组织领导": set(), "强化督查考核": set(),
    }
    first = doc.tasks[0]
    assert "2025-12-31" in {d.date for d in first.deadlines}


def test_portal_metadata_table_gives_the_page_facts() -> None:
    table = ("<table class='bd1'><tr><td>索 引 号:</td><td>11361000MB0000000A/2024-00012</td><td>主题分类:</td>"
             "<td>综合政务</td></tr><tr><td>发文机关:</td><td>明山市人民政府办公室</td><td>成文日期:</td>"
             f"<td>2024年03月15日</td></tr><tr><td>标  题:</td><td colspan=3>{E(TITLE)}</td></tr><tr><td>发文字号:</td>"
             "<td>明政办发〔2024〕12号</td><td>发布日期:</td><td>2024年03月18日</td></tr></table>")
    markup = page(table + f"<div class='pages_content' id='UCAP-CONTENT'>{paragraphs(LINES)}</div>",
                  head=f"<meta name='ArticleTitle' content='{TITLE}'><meta name='PubDate' content='2024-03-18 10:00'>")
    doc = policyparse.parse(markup.encode("utf-8"))
    meta = doc.metadata
    assert (meta.index_number, meta.published_date) == ("11361000MB0000000A/2024-00012", "2024-03-18")
    assert {k: getattr(meta, k) for k in METADATA} == METADATA
    assert [(s.level, s.number, s.heading) for s in doc.sections] == SECTIONS


# ----------------------------------------------------------------------------- attachments

def test_attachments_linked_as_files_are_the_notices_attachments() -> None:
    # Four links in one block would be a link list, but links to files are attachments, not navigation.
    links = "".join(f"<p><a href='/u/{i}.pdf'>{i}.明山市优化营商环境第{i}项配套文件</a></p>" for i in range(1, 5))
    markup = page(f"<div id='zoom'>{paragraphs(LINES[:4])}<div class='fj'><p>附件:</p>{links}</div>"
                  f"{paragraphs(LINES[4:])}</div>")
    doc = policyparse.parse(markup.encode("utf-8"))
    assert doc.metadata.attachments == [f"明山市优化营商环境第{i}项配套文件" for i in range(1, 5)]
    assert [(s.level, s.number, s.heading) for s in doc.sections] == SECTIONS


def test_attachment_links_after_the_signature() -> None:
    links = ("<p>附件:<a href='/u/1.pdf'>1.明山市优化营商环境重点任务清单</a></p>"
             "<p><a href='/u/2.docx'>2.明山市优化营商环境考核评价办法</a></p>")
    doc = policyparse.parse(page(f"<div id='zoom'>{paragraphs(LINES[:4])}{links}{paragraphs(LINES[4:])}</div>").encode())
    assert doc.metadata.attachments == ["明山市优化营商环境重点任务清单", "明山市优化营商环境考核评价办法"]
    assert doc.metadata.signed_date == "2024-03-15"


# ----------------------------------------------------------------------------- pages that are not a notice

LISTED = ["农村公路养护", "城市更新", "数字政府建设", "安全生产专项整治", "食品安全", "节能降碳", "全民健身", "文化旅游"]


def test_a_listing_page_of_notice_titles_is_refused_with_the_reason() -> None:
    items = "".join(f"<li><a href='/t{i}.html'>明山市人民政府办公室关于印发明山市{w}工作方案的通知</a>"
                    f"<span>2024-0{i + 1}-1{i}</span></li>" for i, w in enumerate(LISTED))
    markup = page(f"<div class='list'><ul>{items}</ul><div class='page'>共8条 1/1页</div></div>")
    with pytest.raises(errors.EmptyInputError, match="listing page"):
        policyparse.parse(markup.encode("utf-8"))


def test_a_listing_table_is_refused_too() -> None:
    # As a table the listing is kept as rows, whose link titles and 文号 would read as a notice's facts.
    rows = "".join(f"<tr><td>{i}</td><td><a href='/t{i}.html'>关于做好第{i}批重点项目建设工作的通知</a></td>"
                   f"<td>明政办发〔2024〕{i}号</td><td>2024-03-{i:02d}</td></tr>" for i in range(1, 13))
    with pytest.raises(errors.EmptyInputError, match="listing page"):
        policyparse.parse(page(f"<table>{rows}</table>").encode("utf-8"))


def test_a_short_notice_with_few_links_is_no_listing() -> None:
    body = ["明山市人民政府办公室关于做好春节期间值班工作的通知", "各县(市、区)人民政府,市政府各部门:",
            "请按<a href='/z1.html'>值班制度</a>安排人员值守,值班表见<a href='/z2.xls'>附件</a>。"]
    doc = policyparse.parse(page("<div id='zoom'>" + "".join(f"<p>{line}</p>" for line in body) + "</div>").encode())
    assert doc.warnings == []
    assert doc.metadata.recipients == ["各县(市、区)人民政府", "市政府各部门"]


def test_a_scanned_notice_page_keeps_its_title_and_warns() -> None:
    images = "".join(f"<p align='center'><img src='/u/p{i}.jpg'></p>" for i in range(1, 4))
    markup = page(f"<div class='title'>{E(TITLE)}</div><div class='info'>发布时间:2024-03-18</div>"
                  f"<div id='zoom'>{images}</div>")
    doc = policyparse.parse(markup.encode("utf-8"))
    assert doc.metadata.title == TITLE
    assert [w for w in doc.warnings if "3 image(s)" in w and "scanned" in w]
    assert (doc.sections, doc.tasks) == ([], [])


def test_a_notice_given_only_as_a_pdf_keeps_its_title_and_warns() -> None:
    for content in ("<iframe src='/u/notice.pdf' width='800'></iframe>", "<p><a href='/u/notice.pdf'>点击下载</a></p>"):
        doc = policyparse.parse(page(f"<div class='title'>{E(TITLE)}</div><div id='zoom'>{content}</div>").encode())
        assert doc.metadata.title == TITLE
        assert [w for w in doc.warnings if "1 linked or embedded file(s)" in w], content


def test_a_page_of_nothing_but_images_is_a_clear_parse_error() -> None:
    markup = "<html><body><div id='zoom'><p><img src='/u/p1.jpg'></p><img src='/u/p2.jpg'></div></body></html>"
    with pytest.raises(errors.EmptyInputError, match=r"2 image\(s\).*scanned"):
        policyparse.parse(markup.encode("utf-8"))


def test_an_interpretation_page_states_no_notice_facts() -> None:
    text = [
        f"近日,市政府办公室印发了《{PLAN}》(以下简称《方案》)。现就有关内容解读如下:",
        "一、出台背景",
        "优化营商环境是激发市场主体活力的重要举措。",
        "二、主要内容",
        "《方案》共提出三个方面12项重点任务。",
        "三、解读机构及联系方式",
        "解读机构:明山市发展和改革委员会",
    ]
    markup = page(f"<div class='title'>《{PLAN}》政策解读</div><div id='zoom'>{paragraphs(text)}</div>")
    doc = policyparse.parse(markup.encode("utf-8"))
    meta = doc.metadata
    # It quotes the plan but is no notice: no number, addressees, signature or issuer of its own.
    assert (meta.doc_number, meta.recipients, meta.signed_date, meta.issuer) == (None, [], None, None)
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [
        (1, "一", "出台背景"), (1, "二", "主要内容"), (1, "三", "解读机构及联系方式")]
    assert [u for t in doc.tasks for u in t.units] == []


def test_a_hidden_drop_down_menu_stays_out_while_a_hidden_article_is_read() -> None:
    menu = "<div style='display:none' class='mm'>" + "".join(
        f"<div><h4>栏目分类{i}的说明文字</h4><ul>" + "".join(f"<li><a href='/{i}/{j}'>子栏目{i}-{j}</a></li>"
                                                   for j in range(12)) + "</ul></div>" for i in range(12)) + "</div>"
    text = read(page(menu + f"<div id='zoom'>{paragraphs(LINES[:8])}</div>").encode("utf-8")).text
    assert text.splitlines() == LINES[:8]
    hidden = page(f"<div id='zoom' style='display: none'>{paragraphs(LINES)}</div>"
                  "<div style='display:none'>隐藏的提示文字</div>")
    assert read(hidden.encode("utf-8")).text.splitlines() == LINES


def test_a_chrome_word_in_the_articles_class_does_not_drop_the_article() -> None:
    for names in ("article print-area", "print_content", "content-search", "zw_share_box", "mainbottom"):
        markup = page(f"<div class='{names}'>{paragraphs(LINES)}<div class='share'>分享到:微信 微博</div></div>")
        assert read(markup.encode("utf-8")).text.splitlines() == LINES, names


# ----------------------------------------------------------------------------- charsets that lie

SHORT = f"<p>{TITLE}</p><p>一、总体要求</p>"


def _html(meta: str, body: str = SHORT) -> str:
    return f"<html><head>{meta}</head><body>{body}</body></html>"


def test_utf8_bytes_under_a_gb2312_declaration_are_read_as_utf8() -> None:
    # GB18030 reads these UTF-8 bytes without an error, as other characters: the declaration must lose.
    markup = _html("<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>", "<p>明山市人民政府办公室</p>")
    data = markup.encode("utf-8")
    data.decode("gb18030")  # the trap: a valid, wrong reading
    ingested = read(data)
    assert (ingested.text, ingested.encoding) == ("明山市人民政府办公室\n", "utf-8")
    assert "UTF-8" in ingested.warnings[0]


def test_gbk_bytes_under_a_utf8_or_latin_declaration() -> None:
    for meta in ("<meta charset='utf-8'>", "<meta charset='windows-1252'>", "<meta charset='iso-8859-1'>"):
        ingested = read(_html(meta).encode("gbk"))
        assert ingested.encoding == "gb18030", meta
        assert ingested.text.splitlines() == [TITLE, "一、总体要求"]
        assert ingested.warnings and "declared charset" in ingested.warnings[0]


def test_a_bom_outranks_the_meta_and_the_first_declaration_wins() -> None:
    ingested = read(b"\xef\xbb\xbf" + _html("<meta charset='gbk'>").encode("utf-8"))
    assert (ingested.encoding, ingested.warnings) == ("utf-8", [])
    assert ingested.text.splitlines() == [TITLE, "一、总体要求"]
    both = _html("<meta http-equiv='Content-Type' content='text/html; charset=gbk'><meta charset='utf-8'>")
    ingested = read(both.encode("gbk"))
    assert (ingested.encoding, ingested.warnings) == ("gb18030", [])
    assert ingested.text.splitlines() == [TITLE, "一、总体要求"]


def test_a_gbk_page_with_a_right_declaration_is_read_without_warnings() -> None:
    for meta in ("<meta charset='gb2312'>", "<meta content='text/html; charset=GBK' http-equiv='Content-Type'>"):
        doc = policyparse.parse(page(f"<div id='zoom'>{paragraphs(LINES)}</div>").replace(
            "<meta charset='utf-8'>", meta).encode("gbk"))
        assert (doc.source.encoding, doc.warnings) == ("gb18030", [])
        assert doc.metadata.title == TITLE
        assert normalize(TITLE) in doc.text


# ----------------------------------------------------------------------------- pages saved as one file

def _mhtml(page_bytes: bytes, charset: str, encoding: str) -> bytes:
    """A page saved as MHTML ("web page, single file", .mht) the way browsers write it."""
    boundary = "----=_NextPart_000_0000_01DA7A1B.2C3D4E50"
    body = (quopri.encodestring(page_bytes) if encoding == "quoted-printable"
            else base64.encodebytes(page_bytes)).decode("ascii").replace("\n", "\r\n")
    return (f"From: <Saved by Windows Internet Explorer 8>\r\nSubject: =?gb2312?B?zajWqg==?=\r\n"
            f"Date: Mon, 18 Mar 2024 10:00:00 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            f"\ttype=\"text/html\";\r\n\tboundary=\"{boundary}\"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n"
            f"--{boundary}\r\nContent-Type: text/html;\r\n\tcharset=\"{charset}\"\r\nContent-Transfer-Encoding: {encoding}\r\n"
            f"Content-Location: http://www.example.gov.cn/zwgk/1.html\r\n\r\n{body}\r\n\r\n"
            f"--{boundary}\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: http://www.example.gov.cn/logo.gif\r\n\r\nR0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==\r\n"
            f"\r\n--{boundary}--\r\n").encode("ascii")


@pytest.mark.parametrize("charset, encoding", [("gb2312", "quoted-printable"), ("utf-8", "base64")])
def test_a_page_saved_as_mhtml_reads_as_the_page(tmp_path, charset, encoding) -> None:
    markup = page(f"<div id='zoom'>{paragraphs(LINES)}</div>").replace(
        "<meta charset='utf-8'>", f"<meta http-equiv='Content-Type' content='text/html; charset={charset}'>")
    path = tmp_path / "notice.mht"
    path.write_bytes(_mhtml(markup.encode("gbk" if charset == "gb2312" else "utf-8"), charset, encoding))
    doc = policyparse.parse_file(path)
    assert doc.source.format == "html" and doc.warnings == []
    assert doc.text.splitlines() == LINES
    assert {k: getattr(doc.metadata, k) for k in METADATA} == METADATA
    assert [(t.title, {(u.name, u.role) for u in t.units}) for t in doc.tasks] == TASKS


def test_an_mhtml_archive_without_a_page_is_a_clear_parse_error() -> None:
    archive = _mhtml(b"<p>x</p>", "utf-8", "base64").replace(b"Content-Type: text/html", b"Content-Type: text/plain")
    with pytest.raises(errors.EmptyInputError, match="no HTML page"):
        policyparse.parse(archive)


def test_a_count_before_a_toolbar_word_does_not_protect_the_line_as_content():
    """`1 总则` is a heading number of GB/T-style plans, but a count in page chrome looks the
    same (`12 分享到`, `3 条评论`): only numbers with a mark of their own (一、 (一) 1.) keep a
    toolbar line as content."""
    from policyparse.stages.boilerplate import chrome_spans

    text = "一、主要任务\n加强统筹。\n12 分享到\n3 浏览量:1024\n"
    found = [text[a:b] for a, b in chrome_spans(text)]
    assert "分享到" in found and any("浏览量" in f for f in found)
    assert chrome_spans("1. 分享到各区县\n") == []  # a marked list item stays content


def test_the_items_of_a_numbered_html_list_keep_the_numbers_the_browser_draws():
    page = ("<html><head><title>t</title></head><body><div class='article'><p>东江市人民政府办公室关于加强安全生产工作的通知</p>"
            "<p>各区人民政府:</p><p>为做好工作,现通知如下。</p><p>一、重点任务</p><p>(一)开展排查。全面排查隐患。</p>"
            "<p>二、保障措施</p><ol><li>加强领导。成立工作专班。</li><li>强化督查。定期开展督查。</li></ol>"
            "<ul><li>附:联系人名单</li></ul><ol start='5' type='a'><li>不编号</li></ol>"
            "<p>东江市人民政府办公室</p><p>2023年5月6日</p></div></body></html>")
    doc = policyparse.parse(page, "html")
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [
        (1, "一", "重点任务"), (2, "(一)", "开展排查"), (1, "二", "保障措施"), (2, "1", "加强领导"), (2, "2", "强化督查")]
    assert [t.title for t in doc.tasks] == ["开展排查", "加强领导", "强化督查"]


@pytest.mark.parametrize("items", ["<ol style='list-style:none'><li>1.推进改革。</li><li>2.加强督查。</li></ol>",
                                   "<ol><li>1.推进改革。</li><li>2.加强督查。</li></ol>"])
def test_items_of_an_html_list_that_type_their_own_numbers_get_no_second_one(items):
    page = ("<html><head><title>t</title></head><body><div class='article'><p>东江市人民政府办公室关于加强安全生产工作的通知</p>"
            "<p>各区人民政府:</p><p>为做好工作,现通知如下。</p><p>一、重点任务</p>" + items +
            "<p>东江市人民政府办公室</p><p>2023年5月6日</p></div></body></html>")
    doc = policyparse.parse(page, "html")
    assert [(s.number, s.heading) for s in doc.sections] == [("一", "重点任务"), ("1", "推进改革"), ("2", "加强督查")]



def test_a_print_toolbar_that_carries_the_pages_date_keeps_it():
    # A ministry page puts 发布时间 in its print toolbar (<div class="pages_print">): a block named as
    # chrome, and dropped with its date; a toolbar with no dated label is still chrome.
    def page(toolbar: str) -> bytes:
        return ('<html><head><meta charset="utf-8"><title>意见</title></head><body>'
                f'<div class="pages_print">{toolbar} <a href="javascript:window.print()">打印</a> <a>关闭</a></div>'
                '<div class="pages_content"><p>东江市水务局关于推进农村供水提质的指导意见</p>'
                "<p>各区水务局：</p><p>一、提升供水保障水平。到2027年，农村自来水普及率达到95%以上。</p>"
                '<p style="text-align:right">东江市水务局</p><p style="text-align:right">2025年6月20日</p>'
                "</div></body></html>").encode("utf-8")

    dated = policyparse.parse(page("<span>发布时间：2025-06-27</span> <span>来源：农村供水处</span>"), "html")
    assert dated.metadata.published_date == "2025-06-27"
    plain = policyparse.parse(page("<span>字号：大 中 小</span>"), "html")
    assert "打印" not in plain.text and "字号" not in plain.text


def test_another_pages_date_in_a_sidebar_related_or_prev_next_block_is_not_the_pages():
    # Only a print or tool bar keeps its 发布时间: a sidebar, a related list or a prev/next block
    # dates other pages (review R13: the sidebar's 2024-03-01 was taken for the page's date).
    page = ('<html><head><meta charset="utf-8"><title>通知</title></head><body>'
            '<div class="sidebar">热点：东江市南湖区召开防汛会议 发布时间：2024-03-01</div>'
            '<div class="pages_content"><p>东江市水务局关于做好防汛工作的通知</p><p>发布时间：2025-05-12</p>'
            "<p>各区水务局：</p><p>一、落实防汛责任。2025年6月底前完成隐患排查。</p></div>"
            '<div class="prevnext">上一篇：<a href="/a/1.html">南湖区2024年防汛工作的通知</a> 发布时间：2024-05-01</div>'
            '<div class="xgwz">相关文件：南湖区关于做好防汛工作的通知 发布日期：2024-06-02</div>'
            "</body></html>").encode("utf-8")
    doc = policyparse.parse(page, "html")
    assert doc.metadata.published_date == "2025-05-12"
    assert "热点" not in doc.text and "上一篇" not in doc.text and "相关文件" not in doc.text
