"""HTML pages to text lines: the notice, its page metadata table, and no page chrome.

Layout rules (gov pages often have no newlines at all between paragraphs):
block elements (p, div, br, li, h1-h6 …) end lines; a table row whose cells hold
plain content is one line with its cells joined by a tab, a value merged from above
(rowspan) repeated in it and colspan kept as empty cells (grid.py); rows of layout tables
(one cell, or cells holding tables) are read cell by cell as blocks.

Chrome is dropped by generic signals: script/style/iframe/nav/header/footer/aside
tags, hidden elements, class or id words (nav, menu, footer, breadcrumb, share …),
and link-dense blocks. Where a page marks its content with CMS comments
(`<!--ZJEG_RSS.content.begin-->` … `end`, `<!--<$[信息内容]>begin-->`), only the
marked content is kept, plus the page's metadata table and title line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import Ingested, grid
from .text import decode, decode_as

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
_CHROME_TOKENS = frozenset({"top", "foot", "ad", "ads", "print", "close", "tools", "header", "head", "wzdh"})
_TITLE_WORD = "title"
_HEADING_TAGS = frozenset({"h1", "h2", "h3"})

# Labels that make a table the page's metadata table (索引号, 发文机关 …), compared without whitespace.
_META_LABELS = ("索引号", "发文机关", "成文日期", "发文字号", "发布日期", "主题分类", "文号", "发文日期", "发布机构", "公文种类")

# CMS comments that bracket the article body.
_CONTENT_BEGIN = re.compile(r"content[._\s-]{0,3}(?:begin|start)|信息内容\W{0,4}begin", re.IGNORECASE)
_CONTENT_END = re.compile(r"content[._\s-]{0,3}(?:end|stop)|信息内容\W{0,4}end", re.IGNORECASE)

_CHARSET_META = re.compile(rb"""<meta[^<>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^<>]{0,200}\?>")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# Link density above which a block with several links is navigation.
_LINK_SHARE = 0.5
_MIN_LINKS = 3
_MAX_OWN_TEXT = 100
_PAGE_ROOTS = frozenset({"html", "body", "main", "article", "form"})

# <meta name=…> that state facts about the notice: name (lower-cased) -> Metadata field.
_META_FIELDS = {
    "articletitle": "title",
    "pubdate": "published_date",
    "publishdate": "published_date",
    "firstpublishedtime": "published_date",
}
_ISO_DATE = re.compile(r"((?:19|20)\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")


def read(data: bytes) -> Ingested:
    """Decode HTML bytes in their declared charset (or a detected one) and extract the text."""
    declared = declared_charset(data[:4096])
    text, encoding, warnings = decode_as(data, declared) if declared else decode(data)
    return read_text(text, encoding, warnings)


def declared_charset(head: bytes) -> str | None:
    """The charset a <meta charset> or http-equiv Content-Type declares, if any."""
    match = _CHARSET_META.search(head)
    if match:
        return match.group(1).decode("ascii")
    xml = re.match(rb"""\s*<\?xml[^<>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", head)
    return xml.group(1).decode("ascii") if xml else None


def read_text(markup: str, encoding: str, warnings: list[str] | tuple[str, ...] = ()) -> Ingested:
    """Extract text lines and stated facts from decoded HTML."""
    import lxml.html
    from lxml import etree

    markup = _XML_DECL.sub("", markup, count=1)
    parser = lxml.html.HTMLParser(no_network=True, huge_tree=False, remove_pis=True, default_doctype=False)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        # lxml refuses documents with no elements at all: the page is plain text in a .html file.
        return Ingested(text=markup, format="html", encoding=encoding, warnings=list(warnings))
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # libxml2 drops everything below depth 256 (runs of unclosed <font>/<div>): read the tags away instead.
        return Ingested(text=flat_text(markup), format="html", encoding=encoding, metadata=page_facts(root),
                        warnings=[*warnings, "HTML is nested too deeply for its layout to be read "
                                  "(libxml2 stops at depth 256); read as text with the tags removed"])
    facts = page_facts(root)
    extractor = _Extractor(_link_stats(root), budget=grid.Budget(len(markup)))
    extractor.walk(root)
    extractor.flush()
    if extractor.budget.spent:
        warnings = [*warnings, grid.BUDGET_WARNING]
    return Ingested(text="\n".join(extractor.kept()) + "\n", format="html", encoding=encoding,
                    warnings=list(warnings), metadata=facts)


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


def page_facts(root) -> dict[str, str]:
    """Metadata fields stated by <meta name=… content=…> tags (title, published_date)."""
    facts: dict[str, str] = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or "").strip().lower()
        field_name = _META_FIELDS.get(name)
        content = _SPACES.sub(" ", meta.get("content") or "").strip()
        if not field_name or not content or field_name in facts:
            continue
        if field_name == "published_date":
            date = _ISO_DATE.search(content)
            if not date:
                continue
            year, month, day = (int(g) for g in date.groups())
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue
            content = f"{year:04d}-{month:02d}-{day:02d}"
        facts[field_name] = content
    return facts


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
        is_link = tag == "a"
        linked = in_link or is_link
        text = len((el.text or "").strip())
        link_text = text if linked else 0
        links = int(is_link)
        for child in el:
            c = visit(child, linked)
            tail = len((child.tail or "").strip())
            text += c.text + tail
            link_text += c.link_text + (tail if linked else 0)
            links += c.links
        s = stats[el] = _Stats(text, link_text, links)
        return s

    visit(root, False)
    return stats


def _classes(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _is_chrome(el) -> bool:
    tag = el.tag
    if tag in _DROP_TAGS:
        return True
    style = el.get("style")
    if style and _HIDDEN.search(style):
        return True
    if el.get("hidden") is not None:
        return True
    names = _classes(el)
    if names.strip():
        if any(word in names for word in _CHROME_WORDS):
            return True
        if _CHROME_TOKENS.intersection(re.split(r"[^a-z0-9]+", names)):
            return True
    return False


def _is_link_block(el, stats: dict) -> bool:
    """A block of mostly links with little text of its own: a menu, a link list."""
    if el.tag in _PAGE_ROOTS:
        return False
    s = stats.get(el)
    return bool(s and s.links >= _MIN_LINKS and s.text and s.link_text >= _LINK_SHARE * s.text
                and s.text - s.link_text <= _MAX_OWN_TEXT)


def _is_meta_table(el) -> bool:
    text = re.sub(r"\s+", "", el.text_content())
    return sum(label in text for label in _META_LABELS) >= 2


@dataclass
class _Extractor:
    stats: dict
    lines: list[tuple[str, str]] = field(default_factory=list)
    """(line, kind): kind is 'content', 'meta' (page metadata table), 'title' or 'page'."""
    buf: list[str] = field(default_factory=list)
    region: str = "none"  # none (no markers seen) | inside | after
    kinds: list[str] = field(default_factory=list)
    markers: int = 0
    budget: grid.Budget = field(default_factory=lambda: grid.Budget(0))
    """What repeated merged cells may still add (shared with the extractors of cells)."""

    def kind(self) -> str:
        if self.region == "inside":
            return "content"
        return self.kinds[-1] if self.kinds else "page"

    def flush(self) -> None:
        line = _SPACES.sub(" ", "".join(self.buf)).strip()
        self.buf.clear()
        if line:
            self.lines.append((line, self.kind()))

    def add(self, text: str | None) -> None:
        if text:
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
        if _is_chrome(el) or (self.region != "inside" and _is_link_block(el, self.stats)):
            return
        if tag == "br":
            self.flush()
            return
        if tag == "table":
            self.flush()
            self.table(el)
            return
        block = tag in _BLOCK_TAGS
        kind = self._kind_of(el)
        if block:
            self.flush()
        if kind:
            self.kinds.append(kind)
        self.add(el.text)
        for child in el:
            self.walk(child)
            self.add(child.tail)
        if block:
            self.flush()
        if kind:
            self.flush()
            self.kinds.pop()

    def _kind_of(self, el) -> str | None:
        if el.tag in _HEADING_TAGS or _TITLE_WORD in _classes(el):
            return "title"
        return None

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
            return [self.cell_text(c) for c in cells]
        if not (spans and spans.covers()):
            return None
        lines = [line for c in cells for line in self.cell_lines(c)]
        return None if len(lines) > 1 else [lines[0] if lines else ""] * len(cells)

    def cell_lines(self, cell) -> list[str]:
        sub = _Extractor(self.stats, region="inside" if self.region == "inside" else "none", budget=self.budget)
        sub.walk(cell)
        sub.flush()
        return [line for line, _ in sub.lines]

    def cell_text(self, cell) -> str:
        return " ".join(self.cell_lines(cell))

    def kept(self) -> list[str]:
        if not self.markers:
            return [line for line, _ in self.lines]
        # With CMS markers: the marked content, plus the metadata table and title lines around it.
        return [line for line, kind in self.lines if kind in ("content", "meta", "title")]


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


def _comment_tag():
    from lxml import etree

    return etree.Comment
