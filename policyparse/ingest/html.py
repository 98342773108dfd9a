"""HTML pages to text lines: the notice, its page metadata table, and no page chrome.

Layout rules (gov pages often have no newlines at all between paragraphs):
block elements (p, div, br, li, h1-h6 …) end lines; a table row whose cells hold
plain content is one line with its cells joined by a tab, a value merged from above
(rowspan) repeated in it and colspan kept as empty cells (grid.py); rows of layout tables
(one cell, cells holding tables, a cell of many paragraphs, or the only cell with text
holding several) are read cell by cell as blocks; a cell's lines are joined by a space,
or straight on after a clause mark (、，；：). <pre> keeps its line breaks. A line break in
the markup between two Chinese characters is no space (CSS Text 3). Lines of a table typed
as paragraphs, cells parted by &emsp;/&nbsp; runs, are tab rows too (_gap_rows).

Chrome is dropped by generic signals: script/style/iframe/nav/header/footer/aside
tags, hidden elements, class or id words (nav, menu, footer, breadcrumb, share …),
and link-dense blocks. Where a page marks its content with CMS comments
(`<!--ZJEG_RSS.content.begin-->` … `end`, `<!--<$[信息内容]>begin-->`), only the
marked content is kept, plus the page's metadata table and title line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from . import Ingested, grid
from .text import bom_encoding, decode, decode_as

# Tags whose content is never text of the notice.
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
    "canvas", "template", "head", "title", "nav", "header", "footer", "aside", "select", "option", "button",
    "textarea", "input", "map", "audio", "video", "meta", "link", "base",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "section", "article", "main", "center", "address", "figure", "figcaption", "form", "fieldset", "legend",
    "hr", "body", "html", "caption", "details", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
})
# Words in class/id values that mark page chrome (matched as substrings, lower-cased).
_CHROME_WORDS = ("nav", "menu", "footer", "breadcrumb", "crumb", "share", "sidebar", "toolbar", "copyright",
                 "qrcode", "erweima", "position", "location", "search", "login", "topbar", "bottom", "friendlink",
                 "advert", "banner", "comment", "related", "xgwz", "fenxiang", "dayin")
_CHROME_WORD = re.compile("|".join(_CHROME_WORDS))  # one C search, not an `in` test per word
_CHROME_TOKENS = frozenset({"top", "foot", "ad", "ads", "print", "close", "tool", "tools", "header", "head", "wzdh",
                            "qr", "prev", "next", "prevnext"})
# A head/top token beside a content word names the article's own head (article_head, detail-top), which
# holds its title: not the site's header.
_HEAD_TOKENS = frozenset({"top", "header", "head"})
_CONTENT_TOKENS = frozenset({"article", "content", "detail", "news", "text", "zw", "doc", "main", "con", "title"})
# Links to files (attachments) are part of the notice, not navigation.
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|wps|xlsx?|et|ofd|zip|rar|7z|txt|jpe?g|png)(?:[?#].*)?$", re.IGNORECASE)
# Elements that point at a file, and the attribute that holds its address.
_FILE_TAGS = {"a": "href", "iframe": "src", "embed": "src", "object": "data"}
# Dates beside the links of a news list (2024-03-01, [2024年3月1日]) are not text of their own.
_LIST_DATE = re.compile(r"[\[(【]?(?:(?:19|20)\d\d[-/.年])?\d{1,2}[-/.月]\d{1,2}日?[\])】]?")
# What every _LIST_DATE match holds (\d[-/.月]\d), a cheaper search: written from the separator, so
# re skips to the few separator characters by its first-character set instead of testing \d everywhere.
_LIST_DATE_HINT = re.compile(r"[-/.月](?<=\d[-/.月])\d")
_TITLE_WORD = "title"
# Class names CMS templates give the article's title besides "title": pinyin 标题 (biaoti, bt, 文章标题 wzbt),
# tit, headline. Sidebars use them for their captions (通知公告): a title is longer and links nowhere.
_TITLE_TOKEN = re.compile(r"(?<![a-z0-9])(?:bt|biaoti|wzbt|tit|headline)(?![a-z0-9])")
_TITLE_MIN_TEXT = 10
_HEADING_TAGS = frozenset({"h1", "h2", "h3"})
# More lines than this in one table cell make its row page layout, not a row of data.
_LAYOUT_CELL_LINES = 10

@cache
def _meta_labels() -> tuple[str, ...]:
    """Labels that make a table the page's metadata table (索引号, 发文机关 …; data/page_labels.tsv,
    the metadata stage's), compared without whitespace. Not 标题/名称/来源 and the like (field
    `title` or `other`): a table of data has such columns too."""
    from ..vocabulary import pairs

    return tuple(label for label, field in pairs("page_labels.tsv").items() if field and field not in ("title", "other"))

# CMS comments that bracket the article body.
_CONTENT_BEGIN = re.compile(r"content[._\s-]{0,3}(?:begin|start)|信息内容\W{0,4}begin", re.IGNORECASE)
_CONTENT_END = re.compile(r"content[._\s-]{0,3}(?:end|stop)|信息内容\W{0,4}end", re.IGNORECASE)

_MIME_BOUNDARY = re.compile(rb"""boundary\s*=\s*["']?([^"';\r\n]{1,200}?)["']?\s*(?:;|\r?\n|$)""", re.IGNORECASE)
_HTML_PART = re.compile(rb"^content-type:\s*text/html", re.IGNORECASE | re.MULTILINE)
_CHARSET_META = re.compile(rb"""<meta[^<>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^<>]{0,200}\?>")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
# East Asian wide characters (CSS Text 3's F, W and H widths, Hangul aside): ideographs, kana, CJK and
# full-width punctuation.
_WIDE = "\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
# A line break in the markup between two wide characters (source lines wrapped by the editor, Word's
# runs one a line: <span>牵头单位</span>⏎<span>：</span>) is no space: CSS Text 3's segment break
# transformation removes it, as browsers that implement it do; anywhere else it is one space.
_WIDE_BREAK = re.compile(f"(?<=[{_WIDE}])[ \\t\\f\\v]*[\\r\\n][ \\t\\r\\n\\f\\v]*(?=[{_WIDE}])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_VISIBILITY_HIDDEN = re.compile(r"visibility\s*:\s*hidden", re.IGNORECASE)

# Microsoft Word's "Save as Web Page": the footnotes, endnotes and comments printed at the page's
# end (<div style='mso-element:footnote-list'>) and the marks that point to them in the text
# (<a style='mso-footnote-id:ftn1'>[1]</a>).
_WORD_NOTES = re.compile(r"mso-element\s*:\s*(?:footnote|endnote|comment)-list|mso-(?:footnote|endnote|comment)-id", re.IGNORECASE)


def _may_hide(style: str) -> bool:
    """False when `_HIDDEN` cannot match: most elements of a Word export carry a style, and this is
    a fraction of the case-blind search. Every match holds none or hidden; of their letters only i
    folds to a character (ı) that str.lower() leaves alone, so "dden" stands for hidden."""
    lowered = style.lower()
    return "none" in lowered or "dden" in lowered

# Link density above which a block with several links is navigation.
_LINK_SHARE = 0.5
_MIN_LINKS = 3
_MAX_OWN_TEXT = 100
# Text outside links (characters) above which a block holding most of the page's text is its article.
_ARTICLE_MIN_TEXT = 200
# Text (characters) that makes a block hidden by visibility and named as content an article: a
# short notice (a sentence or two) is still one.
_HIDDEN_CONTENT_MIN_TEXT = 20
# Links on a page without sentences that make it a listing page.
_LISTING_LINKS = 5
_PAGE_ROOTS = frozenset({"html", "body", "main", "article", "form"})

# <meta name=…> that state facts about the notice: name (lower-cased) -> Metadata field.
_META_FIELDS = {
    "articletitle": "title",
    "pubdate": "published_date",
    "publishdate": "published_date",
    "firstpublishedtime": "published_date",
}
# <meta property=…> (Open Graph) that state facts about the notice.
_META_PROPERTIES = {"article:published_time": "published_date"}
# Ids of the element that shows a page's publication time: WeChat (公众号) articles'
# <em id="publish_time">2025-06-12 18:30</em> under the headline.
_PUBLISH_TIME_IDS = frozenset({"publish_time"})
_ISO_DATE = re.compile(r"((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")


def read(data: bytes) -> Ingested:
    """Decode HTML bytes in their declared charset (or a detected one) and extract the text."""
    from .sniff import is_mhtml

    declared = None
    if is_mhtml(data[:8192]):
        data, declared = mhtml_page(data)
    declared = declared or declared_charset(data[:4096])
    return read_text(*decode_page(data, declared) if declared else decode(data))


def mhtml_page(data: bytes) -> tuple[bytes, str | None]:
    """The page inside an MHTML archive (.mht): its first text/html part, with the quoted-printable
    or base64 transfer encoding undone, and the charset its part header declares. Only the
    top-level parts are looked at, split on the boundary in one pass (archives hold thousands
    of images; nested multiparts are never descended into, so nothing recurses)."""
    from email import policy
    from email.parser import BytesParser

    from ..errors import EmptyInputError

    head = re.split(rb"\r?\n\r?\n", data[:65536], maxsplit=1)[0]
    boundary = _MIME_BOUNDARY.search(head)
    if boundary:
        for chunk in data.split(b"\n--" + boundary.group(1))[1:]:
            if chunk.startswith(b"--"):  # the closing delimiter
                break
            chunk = chunk.split(b"\n", 1)[-1]  # the rest of the delimiter line
            part_head = re.split(rb"\r?\n\r?\n", chunk[:8192], maxsplit=1)[0]
            if not _HTML_PART.search(part_head):
                continue
            part = BytesParser(policy=policy.compat32).parsebytes(chunk)
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload, part.get_content_charset()
    raise EmptyInputError("the MHTML archive holds no HTML page (no text/html part)")


def decode_page(data: bytes, declared: str) -> tuple[str, str, list[str]]:
    """Decode with the declared charset unless the bytes contradict it. Pages are copied between
    systems and keep a stale <meta>: bytes that are valid multi-byte UTF-8 are UTF-8 whatever is
    declared (GB18030 reads most UTF-8 byte pairs without error, as other characters), and a
    declaration whose reading holds no Chinese character gives way to one that does."""
    text, encoding, warnings = decode_as(data, declared)
    if warnings or encoding.startswith("utf") or bom_encoding(data):
        return text, encoding, warnings
    if not data.isascii():
        try:
            return data.decode("utf-8"), "utf-8", [f"declared charset {declared!r} does not fit the bytes, "
                                                   "which are UTF-8; decoded as utf-8"]
        except UnicodeDecodeError:
            pass
    if not _CJK.search(text):
        detected, used, more = decode(data)
        if _CJK.search(detected) and not more:
            return detected, used, [f"declared charset {declared!r} reads no Chinese text; decoded as {used}"]
    return text, encoding, warnings


def declared_charset(head: bytes) -> str | None:
    """The charset a <meta charset> or http-equiv Content-Type declares, if any."""
    match = _CHARSET_META.search(head)
    if match:
        return match.group(1).decode("ascii")
    xml = re.match(rb"""\s*<\?xml[^<>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", head)
    return xml.group(1).decode("ascii") if xml else None


def read_text(markup: str, encoding: str, warnings: list[str] | tuple[str, ...] = ()) -> Ingested:
    """Extract text lines and stated facts from decoded HTML."""
    from lxml import etree

    markup = _XML_DECL.sub("", markup, count=1)
    # lxml's plain parser, not lxml.html's: lxml.html picks the Python class of every element proxy
    # the walks below make by a call into Python (HtmlElementClassLookup); the tree is the same.
    parser = etree.HTMLParser(no_network=True, huge_tree=False, remove_pis=True, default_doctype=False)
    try:
        root = etree.fromstring(markup, parser)
        if root is None:  # what lxml.html.document_fromstring raises for an empty document
            raise etree.ParserError("Document is empty")
    except (etree.ParserError, ValueError):
        # lxml refuses documents with no elements at all: the page is plain text in a .html file.
        return Ingested(text=markup, format="html", encoding=encoding, warnings=list(warnings))
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # libxml2 drops everything below depth 256 (runs of unclosed <font>/<div>): read the tags away instead.
        return Ingested(text=flat_text(markup), format="html", encoding=encoding, metadata=page_facts(root),
                        warnings=[*warnings, "HTML is nested too deeply for its layout to be read "
                                  "(libxml2 stops at depth 256); read as text with the tags removed"])
    facts = page_facts(root)
    head_title = _head_title(root)
    stats = _link_stats(root)
    extractor = _Extractor(stats, budget=grid.Budget(len(markup)))
    extractor.walk(root)
    extractor.flush()
    if extractor.budget.spent:
        warnings = [*warnings, grid.BUDGET_WARNING]
    text = "\n".join(_gap_rows(extractor.kept())) + "\n"
    # an <h1> or a block named title that holds a title (a sidebar's <h3>通知公告</h3> holds none)
    shown = any(kind == "title" and len(line) >= _SHOWN_TITLE for line, kind in extractor.lines)
    if head_title and "title" not in facts and not shown and not _shows_title(text, head_title):
        facts["title"] = head_title
    if not _SENTENCE_END.search(text):
        warnings = [*warnings, *_no_sentence(text, extractor, root)]
    return Ingested(text=text, format="html", encoding=encoding, warnings=list(warnings), metadata=facts)


_SENTENCE_END = re.compile(r"[。;;!?!?]")


def _no_sentence(text: str, extractor: _Extractor, root) -> list[str]:
    """A page without a single sentence of text is no notice we can read. A listing page (its
    content is links to notices: as a link list it is dropped, as a table it is most of the text)
    is refused, for its link titles and 文号 would read as the notice's; a scanned notice (its
    content is images) or one given only as a file (a PDF linked or embedded) keeps its title
    with a warning."""
    from ..errors import EmptyInputError

    links = extractor.links
    link_chars = sum(extractor.stats[a].text for a in links)
    page = extractor.stats[root]
    kept_list = len(links) >= _LISTING_LINKS and link_chars >= _LINK_SHARE * _text_length(text)
    dropped_list = (not text.strip() and not (extractor.images or extractor.files)
                    and page.links >= _LISTING_LINKS and page.link_text >= _LINK_SHARE * page.text)
    if kept_list or dropped_list:
        raise EmptyInputError(f"the html input holds no notice: no sentence of text, only lists of links "
                              f"({max(len(links), page.links)}): a listing page")
    media = [f"{len(found)} {what}" for found, what in ((extractor.images, "image(s)"),
                                                         (extractor.files, "linked or embedded file(s)")) if found]
    if not media:
        return []
    why = (f"the page's content is {' and '.join(media)} and no sentence of text: a scanned notice, or one "
           "only attached? Images and files are not read")
    if not text.strip():
        raise EmptyInputError(f"the html input holds no text: {why}")
    return [why]


# Flat reading: one linear pass over tags, no tree (so no depth limit and no recursion).
_ANY_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]{0,15})(?=[\s/>])[^<>]{0,4000}>|<![^<>]{0,4000}>")
_SKIPPED_CONTENT = frozenset({"script", "style", "head", "title", "noscript", "template", "textarea"})


def flat_text(markup: str) -> str:
    """The text of markup with its tags removed: block tags end lines, cells are tab-joined,
    script/style/head content and comments are dropped, entities are decoded."""
    from html import unescape

    parts: list[str] = []
    pos, comment = 0, -1
    while pos < len(markup):
        if comment < pos:  # found again only once passed, so the whole read stays linear
            comment = markup.find("<!--", pos)
            if comment < 0:
                comment = len(markup)
        match = _ANY_TAG.search(markup, pos, comment)
        stop = match.start() if match else comment
        parts.append(_SPACES.sub(" ", unescape(markup[pos:stop])))
        if match is None:
            close = markup.find("-->", comment + 4)
            pos = len(markup) if close < 0 else close + 3
            continue
        pos = match.end()
        closing, name = match.group(1), (match.group(2) or "").lower()
        if name in _SKIPPED_CONTENT and not closing:
            end = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(markup, pos)
            pos = len(markup) if end is None else end.end()
        elif name in ("td", "th"):
            parts.append("" if closing else "\t")
        elif name in _BLOCK_TAGS or name == "br":
            parts.append("\n")
    lines = (re.sub(" +", " ", line).strip(" \t") for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


# What joins the notice's title to the site's and section's names in <title> (title_网站, title-部门-网站):
# not a dash of a plan period (2023-2025年, 2023年—2025年).
_TITLE_JOINS = re.compile(r"[_|｜]|\s[-—–]{1,2}\s|(?<![\d年])[-—–]{1,2}(?!\d)")
_TITLE_TAG = re.compile(r"^【[^【】]{1,8}】")
_SHOWN_TITLE = 8
# Lines of the article read for a title it shows (the head of a notice).
_TITLE_LOOK = 40


def _head_title(root) -> str | None:
    """The notice's title as the page's <title> holds it, without the site's name: the part that
    ends in a genre word (normalised as the text is)."""
    from ..stages.metadata_shapes import doc_type_of
    from ..text.normalize import normalize

    element = next(root.iter("title"), None)
    if element is None:
        return None
    whole = normalize(_string_value(element))[:300]
    for part in _TITLE_JOINS.split(whole):
        part = _TITLE_TAG.sub("", "".join(part.split()))  # 【通知】X的通知: the column's tag
        if 6 <= len(part) <= 160 and doc_type_of(part):
            return part
    return None


def _shows_title(text: str, title: str) -> bool:
    """The article shows a title of its own: the <title>'s (whole, or from its 关于/印发 on), or a
    title line that is a part of it of the same genre (a heading without the issuer; not the plan
    that a 印发 notice encloses, shown alone)."""
    from ..stages.metadata_shapes import TITLE_HINGE, doc_type_of, title_line_text
    from ..text.normalize import normalize

    lines = [normalize(line) for line in text.split("\n", _TITLE_LOOK)[:_TITLE_LOOK]]
    joined = "".join("".join(lines).split())
    hinge = TITLE_HINGE.search(title)
    if title in joined or (hinge and title[hinge.start():] in joined):
        return True
    genre = doc_type_of(title)
    return any((found := title_line_text(line)) and (found in title or title in found) and doc_type_of(found) == genre
               for line in lines)


def page_facts(root) -> dict[str, str]:
    """Metadata fields stated by <meta name=… content=…> tags (title, published_date), else by
    <meta property=…> or a publish-time element (WeChat's <em id="publish_time">)."""
    facts: dict[str, str] = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or "").strip().lower()
        field_name = _META_FIELDS.get(name) or _META_PROPERTIES.get((meta.get("property") or "").strip().lower())
        content = _SPACES.sub(" ", meta.get("content") or "").strip()
        if not field_name or not content or field_name in facts:
            continue
        if field_name == "published_date":
            content = _iso_date(content)
            if not content:
                continue
        facts[field_name] = content
    if "published_date" not in facts:
        for el in root.iter():
            if isinstance(el.tag, str) and (el.get("id") or "").strip().lower() in _PUBLISH_TIME_IDS:
                date = _iso_date(_SPACES.sub(" ", "".join(el.itertext())))
                if date:
                    facts["published_date"] = date
                    break
    return facts


def _iso_date(content: str) -> str:
    """2025-06-12 18:30 (or 2025年6月12日) as 2025-06-12; "" without a valid date."""
    date = _ISO_DATE.search(content)
    if not date:
        return ""
    year, month, day = (int(g) for g in date.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass(slots=True)
class _Stats:
    text: int = 0
    link_text: int = 0
    links: int = 0


_NO_STATS = _Stats()  # comments and processing instructions


def _link_stats(root) -> dict:
    """Per element: length of its text, of the text inside links, and its number of links (one pass)."""
    stats: dict = {}

    def visit(el, in_link: bool) -> _Stats:
        tag = el.tag  # each lxml attribute read builds a new object: read each once
        if not isinstance(tag, str):
            return _NO_STATS
        href = (el.get("href") or "").strip() if tag == "a" else ""  # <a name=…> (Word's bookmarks) is no link
        is_link = bool(href) and not _FILE_LINK.search(href)
        linked = in_link or is_link
        own = el.text
        text = _text_length(own) if own else 0  # most texts and tails are None: spare the call
        link_text = text if linked else 0
        links = int(is_link)
        for child in el:
            c = visit(child, linked)
            tail = child.tail
            tail = _text_length(tail) if tail else 0
            text += c.text + tail
            link_text += c.link_text + (tail if linked else 0)
            links += c.links
        s = stats[el] = _Stats(text, link_text, links)
        return s

    visit(root, False)
    # `visit` refers to itself through its closure: left alone, that cycle keeps every element's proxy and
    # record (and so the parsed tree) alive until the cyclic GC finds it, and each GC run traverses them.
    del visit
    return stats


def _text_length(text: str | None) -> int:
    """Characters of text for link density: dates beside list links do not count."""
    if not text:
        return 0
    stripped = text.strip()
    if not stripped:  # whitespace between tags, half of all texts: no search
        return 0
    if _LIST_DATE_HINT.search(stripped):  # most texts hold no date: spare them the substitution
        return len(_LIST_DATE.sub("", text).strip())
    return len(stripped)


def _classes(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _is_chrome(el, tag: str, stats: dict, names: str) -> bool:
    """`tag`: el.tag, `names`: _classes(el) (each read of el.tag builds a new string)."""
    if tag in _DROP_TAGS:
        # HTML5: a <header> inside <article>/<main> is the article's head (its title), not the site's.
        return not (tag == "header" and any(True for _ in el.iterancestors("article", "main")))
    style = el.get("style")
    if style and "mso-" in style and _WORD_NOTES.search(style):
        return True  # a Word page's footnotes (and their marks): no body text, as docx.py reads a .docx
    if (style and _may_hide(style) and _HIDDEN.search(style)) or el.get("hidden") is not None:
        # WeChat and some portals hide the article until a script shows it: an element holding most
        # of the page's text is the article, not a hidden leftover. WeChat's (js_content,
        # rich_media_content: visibility, not display, and named as content) is one however short.
        if _VISIBILITY_HIDDEN.search(style or "") and _content_name(names) and _own_text(el, stats) > _HIDDEN_CONTENT_MIN_TEXT:
            return False
        return not _holds_most_text(el, stats)
    # A class word is a weak signal: the block that holds most of the page's text is the article
    # whatever it is called (print_content, content-search, article print-area).
    if not (names.strip() and _chrome_name(names)) or _holds_most_text(el, stats):
        return False
    # gov.cn's 政策库 pages put the notice's 信息公开 table (索引号, 发文机关 …) in a block named as a
    # head (policyLibraryOverview_header): the notice's own record, not the site's header; a
    # ministry page its 发布时间 in the print toolbar (pages_print: 发布时间:2025-06-27 来源:… 打印).
    return not (_head_name(names) and any(_is_meta_table(t) for t in el.iter("table")) or _dates_the_page(el, names))


def _head_name(names: str) -> bool:
    """A class or id whose only chrome word is a head/top token (…_header, head-box)."""
    if _CHROME_WORD.search(names):
        return False
    chrome = set()
    for name in names.split():
        chrome |= _CHROME_TOKENS.intersection(_NAME_TOKEN_SEPARATOR.split(name))
    return bool(chrome) and chrome <= _HEAD_TOKENS


_NAME_TOKEN_SEPARATOR = re.compile(r"[^a-z0-9]+")


def _chrome_name(names: str) -> bool:
    if _CHROME_WORD.search(names):
        return True
    for name in names.split():
        tokens = set(_NAME_TOKEN_SEPARATOR.split(name))
        chrome = _CHROME_TOKENS.intersection(tokens)
        if chrome and not (chrome <= _HEAD_TOKENS and _CONTENT_TOKENS.intersection(tokens)):
            return True
    return False


def _holds_most_text(el, stats: dict) -> bool:
    """More than half of the page's text outside links (menus and news lists are links; so is a
    hidden drop-down menu), and more than a footer's worth."""
    s, page = stats.get(el), stats.get(el.getroottree().getroot())
    if not (s and page):
        return False
    own = s.text - s.link_text
    return own > _ARTICLE_MIN_TEXT and own > 0.5 * (page.text - page.link_text)


def _own_text(el, stats: dict) -> int:
    """Characters of el's text outside links (0 where more than half of it is links)."""
    s = stats.get(el)
    return s.text - s.link_text if s and s.link_text * 2 < s.text else 0


def _content_name(names: str) -> bool:
    """A class or id that names the article's content (js_content, rich_media_content, article)."""
    return any(_CONTENT_TOKENS.intersection(_NAME_TOKEN_SEPARATOR.split(name)) for name in names.split())


def _is_link_block(el, tag: str, stats: dict) -> bool:
    """A block of mostly links with little text of its own: a menu, a link list."""
    if tag in _PAGE_ROOTS:
        return False
    s = stats.get(el)
    return bool(s and s.links >= _MIN_LINKS and s.text and s.link_text >= _LINK_SHARE * s.text
                and s.text - s.link_text <= _MAX_OWN_TEXT)


def _is_contents_line(el, stats: dict) -> bool:
    """A table-of-contents line (Word's 目录 saved as HTML: `<p class=MsoToc1><a href="#_Toc…">一、总体要求……1</a>`):
    all its text is in links to places in the page. Read, it would repeat the headings."""
    s = stats.get(el)
    if not (s and s.links and s.text and s.link_text == s.text):
        return False
    hrefs = [(a.get("href") or "").strip() for a in el.iter("a") if a.get("href")]
    return all(len(href) > 1 and href.startswith("#") for href in hrefs)  # "#" alone is a script's link


def _dates_the_page(el, names: str) -> bool:
    """A print or tool bar (pages_print, article-tools: not a sidebar, related list or prev/next
    block, whose dates are other pages') of one short line holding a page label of a date with its
    date, and no link to another page."""
    tokens = set(_NAME_TOKEN_SEPARATOR.split(names))
    if not (tokens & _TOOLBAR_TOKENS or "toolbar" in names or "dayin" in names):
        return False
    if any((a.get("href") or "").strip()[:1] not in ("", "#") and not (a.get("href") or "").lower().startswith("javascript")
           for a in el.iter("a")):
        return False
    text = "".join(_string_value(el).split())
    return len(text) <= _TOOLBAR_TEXT and _page_date().search(text) is not None


_TOOLBAR_TOKENS = frozenset({"print", "tool", "tools"})


_TOOLBAR_TEXT = 200


@cache
def _page_date() -> re.Pattern[str]:
    """发布时间:2025-06-27, 成文日期：2025年6月27日: a date label of data/page_labels.tsv and its date."""
    from ..vocabulary import pairs

    labels = sorted((label for label, field in pairs("page_labels.tsv").items() if field.endswith("_date")), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, labels))})[:：]?(?:19|20)[0-9]{{2}}[-/.年]")


def _is_meta_table(el) -> bool:
    text = "".join(_string_value(el).split())  # every whitespace removed (str.split's is re's \s), 3x faster than re.sub
    return sum(label in text for label in _meta_labels()) >= 2


def _list_start(el) -> int | None:
    """The number a browser draws before the first item of a numbered list (<ol>, start=), or
    None where it draws none: a list of letters or roman numerals, or one styled without markers."""
    if el.tag != "ol" or (el.get("type") or "1") != "1" or "none" in (el.get("style") or "").replace(" ", ""):
        return None
    try:
        return int(el.get("start") or 1)
    except ValueError:
        return 1


# An item that types its own number (1. / (一) / 一、): the browser's marker is then not written.
_OWN_NUMBER = re.compile(r"\s*(?:\d{1,2}[.、)]|\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、)")


@dataclass
class _Extractor:
    stats: dict
    lines: list[tuple[str, str]] = field(default_factory=list)
    """(line, kind): kind is 'content', 'meta' (page metadata table), 'title' or 'page'."""
    buf: list[str] = field(default_factory=list)
    region: str = "none"  # none (no markers seen) | inside | after
    kinds: list[str] = field(default_factory=list)
    markers: int = 0
    links: set = field(default_factory=set)
    """Navigation links in the content (a page of nothing but links is a listing page); shared with cells."""
    pre: int = 0
    """Depth of <pre> elements around the walk: their newlines end lines."""
    files: set = field(default_factory=set)
    """Links to files and embedded file viewers in the content; shared with cells."""
    images: set = field(default_factory=set)
    """Images in the content (a page of nothing but images is a scanned notice); shared with cells."""
    budget: grid.Budget = field(default_factory=lambda: grid.Budget(0))
    """What repeated merged cells may still add (shared with the extractors of cells)."""
    list_numbers: list = field(default_factory=list)
    """The next item's number of each open list (<ol>: an int; <ul> or an unnumbered <ol>: None)."""

    def kind(self) -> str:
        if self.region == "inside":
            return "content"
        return self.kinds[-1] if self.kinds else "page"

    def flush(self) -> None:
        if not self.buf:  # most flushes (every block's start and end) have nothing to flush
            return
        line = "".join(self.buf)
        if "\n" in line or "\r" in line:
            line = _WIDE_BREAK.sub("", line)
        if " " in line or "\n" in line or "\t" in line or "\r" in line or "\f" in line or "\v" in line:
            line = _SPACES.sub(" ", line)  # the regex costs ten times these tests: run it only where it acts
        line = line.strip()
        self.buf.clear()
        if line:
            self.lines.append((line, self.kind()))

    def add(self, text: str | None) -> None:
        if not text:
            return
        if self.pre and "\n" in text:  # preformatted text keeps its line breaks
            *lines, text = text.split("\n")
            for line in lines:
                self.buf.append(line)
                self.flush()
        self.buf.append(text)

    def walk(self, el) -> None:
        # Recursion is bounded: libxml2 caps the tree depth at 256 without huge_tree.
        tag = el.tag
        if not isinstance(tag, str):  # comments carry the CMS content markers
            text = el.text or ""
            if tag is _comment_tag() and self.region != "after":
                if self.region != "inside" and _CONTENT_BEGIN.search(text):
                    self.flush()
                    self.region, self.markers = "inside", self.markers + 1
                elif self.region == "inside" and _CONTENT_END.search(text):
                    self.flush()
                    self.region = "after"
            return
        if tag in _FILE_TAGS and _FILE_LINK.search((el.get(_FILE_TAGS[tag]) or "").strip()):
            self.files.add(el)  # the notice as a PDF/Word file: linked, or shown in a viewer
        names = _classes(el)  # read once, for _is_chrome and the title kind below
        if _is_chrome(el, tag, self.stats, names) or (self.region != "inside" and _is_link_block(el, tag, self.stats)):
            return
        if tag in _BLOCK_TAGS and _is_contents_line(el, self.stats):
            return
        if tag == "br":
            self.flush()
            return
        if tag == "img":
            self.images.add(el)
            return
        if tag == "a" and self.stats[el].links:
            self.links.add(el)
        if tag == "table":
            self.flush()
            self.table(el)
            return
        block = tag in _BLOCK_TAGS
        kind = "title" if tag in _HEADING_TAGS or _TITLE_WORD in names or self._named_title(el, names) else None
        if block:
            self.flush()
        if kind:
            self.kinds.append(kind)
        pre = tag in ("pre", "listing", "xmp", "plaintext")
        self.pre += pre
        if tag in ("ol", "ul"):
            self.list_numbers.append(_list_start(el))
        elif tag == "li" and self.list_numbers and (number := self.list_numbers[-1]) is not None:
            # <ol><li>: write the number the browser draws (1.), unless the item types its own
            self.list_numbers[-1] = number + 1
            if not _OWN_NUMBER.match("".join(islice(el.itertext(), 3))[:8]):
                self.add(f"{number}.")
        self.add(el.text)
        for child in el:
            self.walk(child)
            tail = child.tail
            if tail:  # tails are often None: spare the call
                self.add(tail)
        self.pre -= pre
        if tag in ("ol", "ul"):
            self.list_numbers.pop()
        if block:
            self.flush()
        if kind:
            self.flush()
            self.kinds.pop()

    def table(self, table) -> None:
        meta = _is_meta_table(table)
        if meta:
            self.kinds.append("meta")
        # A table holding tables is page layout: its cells are read as blocks and never repeated.
        spans = None if table.find(".//table") is not None else grid.RowSpans(self.budget)
        for row in _rows(table):
            cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
            if spans and not cells:
                spans.skip()
                continue
            texts = self.row_texts(cells, spans)
            if texts is not None:
                values = spans.row(_placed(cells, texts)) if spans else texts
                while values and not values[-1]:
                    values.pop()
                if any(texts):  # a row of nothing but values from above adds nothing
                    self.lines.append(("\t".join(values), self.kind()))
                continue
            for cell in cells:
                self.walk(cell)
                self.flush()
            if spans:  # keep the columns of later rows: block cells are not repeated
                spans.row(_placed(cells, [""] * len(cells)))
        if meta:
            self.kinds.pop()

    def row_texts(self, cells: list, spans: grid.RowSpans | None) -> list[str] | None:
        """The texts of a row's cells when the row reads as one tab-joined line, else None:
        layout rows (one cell, or cells holding tables) are read cell by cell as blocks. A row
        of one cell under cells merged from above is a table row when that cell is one line;
        paragraphs beside a merged cell are page layout."""
        if len(cells) >= 2 and (spans or not any(c.find(".//table") is not None for c in cells)):
            lines = [self.cell_lines(c) for c in cells]
            return None if _layout_row(lines) else [_cell_text(cell) for cell in lines]
        if not (spans and spans.covers()):
            return None
        lines = [line for c in cells for line in self.cell_lines(c)]
        return None if len(lines) > 1 else [lines[0] if lines else ""] * len(cells)

    def cell_lines(self, cell) -> list[str]:
        sub = _Extractor(self.stats, region="inside" if self.region == "inside" else "none", budget=self.budget,
                         images=self.images, links=self.links, files=self.files)
        sub.walk(cell)
        sub.flush()
        return [line for line, _ in sub.lines]

    def _named_title(self, el, names: str) -> bool:
        if not _TITLE_TOKEN.search(names):
            return False
        stats = self.stats.get(el, _NO_STATS)
        return stats.text >= _TITLE_MIN_TEXT and not stats.links

    def kept(self) -> list[str]:
        if not self.markers:
            return [line for line, _ in self.lines]
        # With CMS markers: the marked content, plus the metadata table and title lines around it.
        return [line for line, kind in self.lines if kind in ("content", "meta", "title")]


# A mark that ends a cell's line and separates what follows already: 各市、<br>县(区)人民政府.
_CLAUSE_END = ("、", "，", "；", "：", ",", ";", ":")


def _cell_text(lines: list[str]) -> str:
    """A cell's lines (<br>s, <p>s) as one: joined by a space (市发改委<br>市财政局 are two names), but
    straight on after a clause mark, which separates them already (a space after it would be a gap
    inside the cell's list that its plain text does not have)."""
    if len(lines) < 2:
        return lines[0] if lines else ""
    out = [lines[0]]
    for line in lines[1:]:
        out.append(line if out[-1].endswith(_CLAUSE_END) else " " + line)
    return "".join(out)


# A gap between the cells of a table row typed into a paragraph (<p>1&emsp;&emsp;燃气经营企业&emsp;&emsp;…):
# two or more spaces, so one at least a page's own (no-break, en, em or ideographic): runs of ASCII
# spaces were made one, as a browser shows them.
_CELL_GAP = re.compile(r"[ \u00a0\u2002\u2003\u3000]{2,}")
_ROW_MIN_CELLS = 3
_MIN_GAP_ROWS = 3
# Characters a header cell holds at most (序号, 重点任务, 牵头单位, 2025年目标值): a line of longer pieces
# (第一章　总则　　第一条　为规范…, the law's way of spacing its numbers) heads no table.
_HEADER_CELL = 12
# Lines of fewer cells between rows (a group's caption across the table: 一、扩大有效需求) that do not end it.
_MAX_CAPTIONS = 2


def _gap_cells(line: str, unit: int = 0, columns: int = 0) -> list[str]:
    """The cells of a line at its gaps. Given the table's narrowest gap (`unit`) and its columns, a
    row of fewer cells reads a gap of n times that width as n - 1 empty cells between (an empty
    cell typed as its gaps), while it has columns to spare."""
    if "\t" in line:
        return []
    line = line.strip()
    cells, pos = [], 0
    for gap in _CELL_GAP.finditer(line):
        cells.append(line[pos:gap.start()])
        if unit:
            cells += [""] * (len(gap.group()) // unit - 1)
        pos = gap.end()
    cells.append(line[pos:])
    if unit and len(cells) > columns:
        return _gap_cells(line)
    return cells


# A numbered heading with its words in one piece ((一)抓好备耕。, 1.加强领导): a paragraph of the body whose
# line goes on after gaps (责任单位 and 时限 set off by &emsp;), where a typed table's row parts its number
# from its cells.
_HEADING_PIECE = re.compile(r"(?:[(（][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、．])[^\s0-9.、．]")


def _gap_line(line: str) -> list[str]:
    """_gap_cells of a line that may be a row: not a paragraph whose first piece is a numbered heading
    (_HEADING_PIECE), nor a word spaced out (第一章　　总　　则: every piece after the first one
    character), which part at gaps as well."""
    cells = _gap_cells(line)
    if len(cells) >= _ROW_MIN_CELLS and (_HEADING_PIECE.match(cells[0]) or all(len(c) == 1 and _CJK.match(c) for c in cells[1:])):
        return [line]
    return cells


def _gap_unit(line: str) -> int:
    return min((len(gap.group()) for gap in _CELL_GAP.finditer(line)), default=0)


def _gap_rows(lines: list[str]) -> list[str]:
    """A table typed as paragraphs, its cells parted by spaces: 3 or more lines in a row that each
    part into 3 or more cells, and no more than the first (the header, of short cells), at gaps of two
    or more spaces (&nbsp;, &emsp;, U+3000) are tab rows, as a <table>'s rows are. A row's empty cells
    at its end are left out, as a tab row's may be; one inside it, where the row's gap there is a
    multiple of the table's narrowest, is read as empty. Up to two lines of fewer cells between rows
    (a group's caption across the table) stay lines of their own."""
    if not any("\u00a0" in line or "\u2003" in line or "\u3000" in line or "\u2002" in line for line in lines):
        return lines
    out, i = list(lines), 0
    while i < len(out):
        head = _gap_line(out[i])
        if len(head) < _ROW_MIN_CELLS or max(map(len, head)) > _HEADER_CELL:
            i += 1
            continue
        rows, pieces, j = [i], [], i + 1
        while j < len(out):
            cells = len(_gap_line(out[j]))
            if _ROW_MIN_CELLS <= cells <= len(head):
                rows.append(j)
            elif cells == 2 and j - rows[-1] <= _MAX_CAPTIONS:
                pieces.append(j)  # a row Word broke inside a cell: its first piece (2⏎建设…示范点), rest below
            elif j - rows[-1] > _MAX_CAPTIONS:
                break
            j += 1
        if len(rows) >= _MIN_GAP_ROWS:
            unit = min(_gap_unit(out[k]) for k in rows)
            for k in rows + [k for k in pieces if k < rows[-1]]:
                cells = _gap_cells(out[k])
                if len(cells) < len(head):
                    cells = _gap_cells(out[k], unit, len(head))
                out[k] = "\t".join(cells)
        j = rows[-1] + 1
        i = max(j, i + 1)
    return out


def _layout_row(lines: list[list[str]]) -> bool:
    """A row that lays out the page (old sites put the article in one cell beside a menu cell):
    a cell holds many paragraphs, or it is the only cell with text (the others were chrome) and
    holds several. Data cells hold a few lines at most."""
    filled = [cell for cell in lines if cell]
    if len(filled) == 1 and len(filled[0]) > 1:
        return True
    return any(len(cell) > _LAYOUT_CELL_LINES for cell in lines)


def _placed(cells: list, texts: list[str]) -> list[tuple[str, int, int]]:
    """(text, colspan, rowspan) of each cell, for laying the row out on the table's columns."""
    return [(text, grid.span_number(c.get("colspan"), grid.MAX_COLUMNS),
             grid.span_number(c.get("rowspan"), grid.MAX_ROWSPAN, zero=grid.MAX_ROWSPAN))
            for c, text in zip(cells, texts)]


def _rows(table):
    for child in table:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "tr":
            yield child
        elif child.tag in ("tbody", "thead", "tfoot"):
            yield from (r for r in child if r.tag == "tr")


@cache
def _string_value_xpath():
    from lxml import etree

    return etree.XPath("string()", smart_strings=False)


def _string_value(el) -> str:
    """All the text inside `el` (what lxml.html's text_content() returns)."""
    return _string_value_xpath()(el)


@cache
def _comment_tag():
    from lxml import etree

    return etree.Comment
