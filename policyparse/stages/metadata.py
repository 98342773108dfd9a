"""Stage: metadata. Facts about the notice as a whole, and where the plan body runs.

Reads, in order of trust:
1. the page's metadata table ("索引号: …  发文字号: …", data/page_labels.tsv);
2. the notice's own shape: a title line ending in a genre word (data/doc_types.txt),
   its 发文字号, the addressee line ending in ":", the signature and date under the
   notice text, the 附件 list;
3. for OCR texts without line breaks, the same shapes searched in the running text.

Then sets `draft.body`: after a wrapper notice's signature date (or at the enclosed
plan's title), else after the addressee line, and before trailing page chrome.
Facts already on the draft (from an HTML page's <meta> tags) are kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import chain

from ..model import Period
from ..pipeline import Draft, Span
from ..text.dates import DATE, line_date
from ..text.dates import date_of as _date_of
from ..text.normalize import fold
from ..text.patterns import CN_NUMERAL_CHARS
from ..text import wraps
from ..text.spans import blanked
from ..text.prefilter import anchored_finditer
from ..vocabulary import entries, pairs
from .boilerplate import merge
from .sections import FLAT_MIN, FLAT_SHARE

ONE_A_LINE = 6
"""Addressees one a line (no commas) stand on this many lines at most."""
HEAD_LINES = 200
"""A notice's head (page table, title, 字号, addressees) never runs longer than this."""
SHORT_FLAT = 150
"""A one-line text this long, too short to be flat for the sections stage, is still read as
running text where no line of it reads as a title (a short notice flattened by OCR)."""

# ----------------------------------------------------------------------------- vocabulary


@cache
def doc_types() -> tuple[str, ...]:
    """Genre words, longest first."""
    return tuple(sorted(set(entries("doc_types.txt")), key=lambda t: (-len(t), t)))


@cache
def _page_labels() -> tuple[re.Pattern[str], dict[str, str]]:
    fields = pairs("page_labels.tsv")
    spaced = [r"[ \t]{0,4}".join(map(re.escape, label)) for label in sorted(fields, key=len, reverse=True)]
    # A label starts a line or follows a separator, and is followed by a colon, or is a table
    # cell of its own (索引号<TAB>value: a portal's table without colons).
    pattern = re.compile(rf"(?:^|(?<=[\t |│]))(?P<label>{'|'.join(spaced)})(?:[ \t]{{0,4}}:|\t)")
    return pattern, fields


@cache
def _bare_label() -> re.Pattern[str]:
    """A label that opens a short line with no colon: <li><label>索引号</label><span>…</span></li>
    (the colon only drawn by the page's style sheet)."""
    _, fields = _page_labels()
    labels = "|".join(map(re.escape, sorted(fields, key=len, reverse=True)))
    return re.compile(rf"^(?P<label>{labels})[ ]{{0,4}}(?=[^\s:])")


BARE_LINE = 80
"""A page table's label: value line without a colon is short (one pair)."""

# ----------------------------------------------------------------------------- shapes

CJK = "\u4e00-\u9fff"
ISO_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
"""2025-05-20 / 2025/5/20 / 2025.05.20 (page tables)."""

# 发文字号: an abbreviation, the year in brackets, the serial number: XX政办发〔20XX〕N号, X交城市函(20XX)N号.
DOC_NUMBER = re.compile(
    rf"(?P<prefix>[{CJK}]{{1,16}})[ ]{{0,2}}[〔\[(【﹝][ ]{{0,2}}(?P<year>(?:19|20)\d{{2}})[ ]{{0,2}}[〕\])】﹞][ ]{{0,2}}"
    r"第?[ ]{0,2}(?P<serial>\d{1,5})[ ]{0,2}号"
)
# The line under a 决定's or 条例's title that says when a session adopted (or approved) it.
_ADOPTED = re.compile(r"[(（](?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^()（）\n]{0,60}会议[^()（）\n]{0,30}(?:通过|批准)[^()（）\n]{0,40}[)）]")
# A 纪要's or 简报's issue number on a line of its own under its masthead: 〔2025〕第12期.
ISSUE_NUMBER = re.compile(r"[〔\[(【﹝](?:19|20)\d{2}[〕\])】﹞]第\d{1,4}期")
# Government orders: X市人民政府令 (第N号), the serial also in Chinese numerals (第二百零一号).
ORDER_NUMBER = re.compile(rf"(?P<body>[{CJK}]{{2,20}}令)\s{{0,6}}[(〔\[]?\s{{0,2}}(?:(?P<year>(?:19|20)\d{{2}})(?P<ymark>[年〕])\s{{0,2}})?第\s{{0,2}}"
                          rf"(?P<serial>\d{{1,5}}|[{CN_NUMERAL_CHARS}千]{{1,8}})\s{{0,2}}号\s{{0,2}}[)〕\]]?")
# What every match of the two above holds within reach of its start (the year's bracket, 令 before
# 第): re finds these fast, while the patterns themselves open with a class tried at every character.
_DOC_NUMBER_ANCHOR, _DOC_NUMBER_REACH = re.compile(r"[〔\[(【﹝](?=[ ]{0,2}(?:19|20)\d)"), 18
_ORDER_NUMBER_ANCHOR, _ORDER_NUMBER_REACH = re.compile(r"令(?=\s{0,6}[(〔\[]?\s{0,2}(?:(?:19|20)\d{2}[年〕]\s{0,2})?第)"), 20
# An order's number, its serial maybe counted by year (交通运输部令2021年第1号, X令〔2021〕第1号): the issuer before 令.
_ORDER_SERIAL = re.compile(r"令(?:〔(?:19|20)\d{2}〕|(?:19|20)\d{2}年)?第")


def order_issuer(number: str) -> str | None:
    """The body that issued an order, from its number (X人民政府令第N号: X人民政府), else None."""
    serial = _ORDER_SERIAL.search(number)
    return number[: serial.start()] if serial else None

# Where a long run of characters before a 字号 holds an issuer name and the abbreviation.
_PREFIX_CUT = re.compile(r"文件|[厅局委办室府司部院会]")

# 2023—2025年, 2023年至2025年, and in brackets without 年: (2023-2025).
PERIOD = re.compile(r"(?P<start>(?:19|20)\d{2})[ ]{0,2}年?[ ]{0,2}[-—–~～至到]{1,2}[ ]{0,2}(?P<end>(?:19|20)\d{2})[ ]{0,2}(?:年|(?=[)〕]))")

# Org-like endings for signatures and issuers (a signature is a body, not a person).
_ORG_END = re.compile(r"(?:政府|办公室|办公厅|委员会|党委|厅|局|委|部|院|署|办|公司|集团|中心|银行|会|处|社|所|管委会|小组|队)$")
_TRAILING_BRACKET = re.compile(r"\([^()]{1,12}\)$")
_ORG_CHARS = re.compile(rf"[{CJK}()、]+")  # compiled once: is_org runs for every suffix of a signature run
_ANY_CJK = re.compile(f"[{CJK}]")
_BULLET = re.compile(r"^[•·●■◆▪◇○\-*]+[ ]*")
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{CJK}“”《》()])[ \t]+(?=[{CJK}“”《》()])")
_SENTENCE_PUNCT = re.compile(r"[。;:!?]")
_HEADING_START = re.compile(rf"^(?:[一二三四五六七八九十]{{1,3}}、|\([一二三四五六七八九十]{{1,3}}\)|第[一二三四五六七八九十百]{{1,4}}[章条节])")
_WRAPPER_TITLE = re.compile(
    r"印发|转发|批转|颁发|印送|会签|发布"
    # a 公告 that puts a draft out for comment (关于公开征求《X(征求意见稿)》意见的公告, 关于《X》公开征求
    # 意见的通知) hands the draft over as a 印发 notice hands over its plan
    # (not a 说明 or 报告 on what the comments were: 《X(草案)》征求意见情况的说明 hands nothing over)
    r"|征[求集][^《》]{0,6}《[^《》]{2,120}》[^《》]{0,6}意见(?!情况|采纳|处理|汇总)"
    r"|《[^《》]{2,120}》[^《》]{0,6}征[求集][^《》]{0,4}意见(?!情况|采纳|处理|汇总)")
# A draft's mark on a line of its own under its title: (征求意见稿), (送审稿), (草案)
_DRAFT_MARK = re.compile(r"[(（]?(?:征求意见稿|公开征求意见稿|送审稿|草案|讨论稿|修订稿|代拟稿)[)）]?")
_WRAPPER_PHRASE = re.compile(r"印发给你们|印发你们|转发给你们|现将.{0,120}?印发|现予印发|现印发|予以印发|进行会签|请.{0,10}会签|现予公布")
# The plan the wrapper sentence hands over: 现将《X》印发给你们, 《X》已经市政府同意,现转发给你们.
_POINTS_REACH = 60  # lines of a wrapper's own numbered points, at most, before the plan it hands over
_FORWARDING = re.compile(r"批转|转发")  # a title that forwards a document another body wrote
_HANDED_OVER = re.compile(r"《([^《》\n]{2,120})》[^《》。\n]{0,60}?(?:印发|转发|印送)给?你们")
# The words that join a title's issuer to its subject (X市人民政府关于…, …印发…的通知): read by
# the boilerplate stage and the HTML reader too, to tell a title line from page chrome.
TITLE_HINGE = re.compile(r"关于|印发|转发|批转")
# A word that names a body: one in an addressee list (a 批复 or 函 may go to a single school,
# newspaper, centre or bank).
_RECIPIENT_HINT = re.compile(r"^各|政府|部门|单位|委|局|厅|机构|办|党委|公司|团体|院|会|组织|(?:大学|学校|社|中心|集团|银行|所)$")
_NOT_RECIPIENT = re.compile(r"^(?:为|根据|按照|经|现|近|附件|联系|电话|地址|邮箱|传真|抄送|注|说明|备注|主送|签发|来源|时间|日期)")
# What a sentence before a colon says and an addressee list never does (…要按照以下要求抓好落实:).
_NOT_ADDRESSEE_WORDS = re.compile(r"以下|如下|按照|负责|要求|落实")
# How a line that holds whole addressees ends (not one broken inside a name: …各直 / 属机构).
_WHOLE_NAME_END = re.compile(r"(?:政府|部门|单位|机构|委员会|管委会|办事处|局|委|办|厅|院|公司|组织|团体|企业)$")
_CLOCK_TIME = re.compile(r"\d:\d\d")
_RECIPIENT_LABEL = re.compile(r"主送(?:机关|单位)?[ ]{0,2}:[ ]{0,2}")
_OPEN_SEAL = re.compile(r"^\(此件[^()]{0,20}\)$")
_ATTACHMENT_MARK = re.compile(r"附件\d{0,2}")
_ATTACHMENT_LABEL = re.compile(r"^附[ ]{0,2}件[ ]{0,2}(?:\d{0,2}|下载)[ ]{0,2}:[ ]{0,2}")
_LIST_NUMBER = re.compile(r"\(\d{1,2}\)|\d{1,2}[.、.](?!\d)")
_BRACKET_THEN_GENRE = re.compile(r"\([^()]{2,16}\)的")
_QUALIFIER_LINE = re.compile(rf"\([{CJK}]{{2,6}}\)")  # (试行) (暂行) (征求意见稿) (修订)
_TAIL_CHARS = re.compile(rf"[{CJK}“”《》()、 ]+")
_ITEM_NUMBER = re.compile(r"^\(?\d{1,2}(?!\d)\)?[.、.]?[ ]{0,2}")  # not the 20 of 2024年…
_INLINE_ITEM = re.compile(r"(?<![\d年.])(?:\d{1,2}[.、]|\(\d{1,2}\))(?=\D|\d{4}年)")


@dataclass(slots=True)  # not frozen: one is built per line, and a frozen dataclass's __init__ costs 3x
class Line:
    start: int
    end: int
    text: str  # stripped
    noise: bool


def parse_date(s: str) -> str | None:
    """'2025年5月20日', '二〇一八年六月十五日' or '2025-05-20' as YYYY-MM-DD, or None."""
    match = DATE.search(s) or ISO_DATE.search(s)
    return _date_of(match) if match else None


def compact(s: str) -> str:
    """Text with spaces between CJK characters removed (行 动 方 案 -> 行动方案)."""
    return _SPACE_BETWEEN_CJK.sub("", s).strip()


_SPACES = re.compile(r"\s+")  # compiled once: re.sub with a string pattern looks it up in re's cache at every call


def bare_title(title: str) -> str:
    """A title without spaces, a closing 》 and trailing brackets ((试行), (2018-2020年)): what
    its genre word ends."""
    bare = _SPACES.sub("", title).rstrip("》")
    while True:
        cut = _TRAILING_BRACKET.sub("", bare)
        if cut == bare:
            return bare
        bare = cut


def doc_type_of(title: str) -> str | None:
    """The genre word that ends a title, after trailing brackets ((试行), (2018-2020年))."""
    bare = bare_title(title)
    # doc_types() is longest first and two words of one length cannot both end a title, so the
    # first that ends it is the longest: one set lookup a length instead of an endswith a word.
    for length, words in _doc_types_by_length():
        if bare[-length:] in words:
            return bare[-length:]
    # 关于《X(草案)》征求意见情况的说明, 关于《X》的起草说明: a 说明 is no genre of its own (填报说明,
    # 编制说明 head parts), but one on a named document reads as a title
    if bare.endswith("说明") and _EXPLANATION_TITLE.fullmatch(bare):
        return "说明"
    return None


# A 说明 on a document named in 《》 (its issuer and 关于 before it), what it explains after it.
_EXPLANATION_TITLE = re.compile(r"[^《》。,;:]{0,40}关于《[^《》]{2,120}》[^《》。,;:]{0,30}的[^《》。,;:的]{0,4}说明")


def commentary_label(title: str) -> str | None:
    """The label that opens a commentary page's title (一图读懂丨…, 【图解】…, 图解:《…》, 解读《…》): the page
    explains the notice it names, its genre the label (data/commentary_genres.txt). A label needs a
    separator, a bracket round it or the 《 of the name after it, so 解读工作… opens nothing."""
    match = _commentary_opening().match(_SPACES.sub("", title))
    return (match["boxed"] or match["bare"]) if match else None


@cache
def _commentary_opening() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, entries("commentary_genres.txt")), key=len, reverse=True))
    return re.compile(rf"【(?P<boxed>{words})】|(?P<bare>{words})(?:[丨|:·]|(?=《))")


@cache
def _doc_types_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    lengths = sorted({len(t) for t in doc_types()}, reverse=True)
    return tuple((n, frozenset(t for t in doc_types() if len(t) == n)) for n in lengths)


def period_of(*texts: str | None) -> Period | None:
    for text in texts:
        match = PERIOD.search(text or "")
        if match:
            start, end = int(match["start"]), int(match["end"])
            if start <= end <= start + 30:
                return Period(start=start, end=end)
    return None


def split_recipients(segment: str) -> list[str]:
    """Addressees split on commas only: 、 joins levels or members under one suffix or owner
    (各区、县(市)人民政府; 示范区、开发区管委会; 国务院各部委、各直属机构)."""
    cuts, depth = [], 0
    for i, ch in enumerate(segment):
        depth += (ch == "(") - (ch == ")")
        if ch in ",;" and depth <= 0:  # not inside a bracket: 各县(市,区) as OCR reads 、
            cuts.append(i)
    pieces = (segment[a + 1: b] for a, b in zip([-1] + cuts, cuts + [len(segment)]))
    parts = (compact(p).strip(" \t、") for p in pieces)  # 各 县 (justified lines)
    return [p for p in parts if p]


def _strip_brackets(s: str) -> str:
    while True:
        cut = _TRAILING_BRACKET.sub("", s)
        if cut == s:
            return s
        s = cut


# The seal a printed copy marks after the signature or its date: 东江市人民政府(盖章), 2023年6月20日(盖章).
_SEAL = re.compile(r"[ ]{0,2}\((?:盖章|公章|印章|签章|章|印)\)$")
# An agreement's signature block (目标责任书, 协议): 甲方(盖章):X   乙方(盖章):Y over the signers' lines
# (负责人签字: / 法定代表人(签字):), the date under them.
_FIRST_PARTY = re.compile(rf"甲方(?:\((?:盖章|公章|印章|签章|章)\))?:(?P<name>[{CJK}()、]{{2,40}}?)(?:乙方|$)")
_LATER_PARTY = re.compile(r"[乙丙丁]方(?:\([^()]{1,4}\))?:")
_SIGNER_LABELS = re.compile(rf"(?:[{CJK}]{{0,8}}\(?(?:签字|签名|签章)\)?:)+")
# A signing date written with dots (or dashes, slashes), closing its line: 2023.6.20, 2023-06-20.
_FLAT_DOTTED_DATE = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])")
_DOTTED_DATE = re.compile(r"(?<![\d.\-/])(?P<y>(?:19|20)\d{2})(?P<sep>[.\-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})$")
# The hour after a signing date (2025年7月13日15时, 2025年7月13日 15:30), as urgent 明电 are dated.
_HOUR_TAIL = re.compile(r"日\s?(?:[0-9]{1,2}时(?:[0-9]{1,2}分)?|[0-9]{1,2}:[0-9]{2})$")


def _unsealed(line: str) -> str:
    return _SEAL.sub("", line) if line.endswith(("章)", "印)")) else line


def is_org(s: str) -> bool:
    """Reads as the name of a body (for signatures and title issuers), not a person or a sentence."""
    s = s.strip()
    if not 2 <= len(s) <= 60 or _SENTENCE_PUNCT.search(s) or "," in s:
        return False
    if not _ORG_CHARS.fullmatch(s):
        return False
    bare = s
    while True:
        cut = _TRAILING_BRACKET.sub("", bare)
        if cut == bare:
            break
        bare = cut
    return bool(_ORG_END.search(bare))


def clean_doc_number(match: re.Match[str]) -> str:
    """The 字号 as written, with the abbreviation cut from any issuer name run into it."""
    prefix = match["prefix"]
    # A title run into the 字号 in flat text (…的通知东府办发〔2023〕12号): cut after its genre word.
    ends = [prefix.rfind("的" + t) + 1 + len(t) for t in doc_types() if "的" + t in prefix] if "的" in prefix else []
    if ends and len(prefix) - max(ends) >= 2:
        prefix = prefix[max(ends):]
    if len(prefix) > 8:
        cuts = [m.end() for m in _PREFIX_CUT.finditer(prefix) if 2 <= len(prefix) - m.end() <= 8]
        if cuts:
            prefix = prefix[cuts[-1]:]
    text = match.group(0)[len(match["prefix"]):]
    return prefix + _SPACES.sub("", text)


def _is_cited(text: str, start: int) -> bool:
    """A 字号 right after ( or 《…》 cites another document."""
    before = text[max(0, start - 2):start].strip()
    return before.endswith(("(", "》", "《", "〈", "、", "和", "及"))


# A local government that issues orders: 东江市人民政府, 南湖区政府.
_GOVERNMENT = re.compile(rf"[{CJK}]{{2,10}}?[省市县区州盟旗](?:人民)?政府")


def doc_numbers(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """(position, 字号) of the uncited document numbers in text[start:end]."""
    found = []
    region = text[start:end]
    for match in anchored_finditer(DOC_NUMBER, _DOC_NUMBER_ANCHOR, _DOC_NUMBER_REACH, region):
        number = clean_doc_number(match)
        pos = start + match.end() - len(number)
        if not _is_cited(text, pos):
            found.append((pos, number))
    for match in anchored_finditer(ORDER_NUMBER, _ORDER_NUMBER_ANCHOR, _ORDER_NUMBER_REACH, region):
        # (2023年3月20日东江市人民政府令第12号公布): the 日 of the date before it is no part of the body;
        # nor is a title run into it in flat text (…数据管理办法东江市人民政府令第12号): cut after its genre word.
        body = match["body"].lstrip("年月日")
        ends = [body.rfind(t) + len(t) for t in doc_types() if t in body]
        cut = max(ends, default=0)
        if cut and _GOVERNMENT.fullmatch(body, cut, len(body) - 1):
            body = body[cut:]  # not a genre word inside the body's own name (国家卫生和计划生育委员会令)
        year = "" if not match["year"] else f"〔{match['year']}〕" if match["ymark"] == "〕" else f"{match['year']}年"
        pos = start + match.end("body") - len(body)
        if not _is_cited(text, pos):  # 关于修改《X办法》(市政府令2019年第5号)的决定: the rule it amends
            found.append((pos, f"{body}{year}第{match['serial']}号"))
    return sorted(found)


# ----------------------------------------------------------------------------- the stage


def find(draft: Draft) -> None:
    text = draft.text
    lines = _lines(text, draft.noise)
    flat = _is_flat(lines)
    page = page_table(_head(lines))
    # the flat reader searches running text: page chrome around a flat OCR line (a saved page's
    # breadcrumb and toolbar) is blanked out of it, every place kept
    found = _FlatReader(blanked(text, draft.noise)).read() if flat else _LineReader(text, lines).read()
    if not flat and "title" not in found and _is_flat(lines, SHORT_FLAT):
        found = _FlatReader(blanked(text, draft.noise)).read()  # a short notice flattened by OCR: no line of it is a title

    md = draft.metadata
    updates: dict = {}

    def fill(name: str, *values) -> None:
        if getattr(md, name) in (None, []):
            value = next((v for v in values if v), None)
            if value:
                updates[name] = value

    page_title, title = page.get("title"), found.get("title")
    if page_title and title and len(title) > len(page_title) and fold(title).startswith(fold(page_title)):
        page_title = title  # the table's value cut short (wrapped onto a line of no label, or a width limit)
    fill("title", page_title, title)
    fill("doc_number", page.get("doc_number"), found.get("doc_number"))
    fill("index_number", page.get("index_number"))
    fill("recipients", found.get("recipients"))
    fill("signed_date", found.get("signed_date"), parse_date(page.get("signed_date", "")))
    fill("published_date", parse_date(page.get("published_date", "")))
    title = updates.get("title") or md.title or ""
    fill("issuer", found.get("signature"), title_issuer(title), page.get("issuer"), found.get("order_issuer"))
    fill("doc_type", (commentary_label(title) or doc_type_of(title)) if title else None)
    enclosed = found.get("enclosed_title") or enclosed_from_title(title) or found.get("handed_over")
    if (found.get("wrapper") or _WRAPPER_TITLE.search(title)) and enclosed and fold(enclosed) != fold(title):
        fill("enclosed_title", enclosed)
    fill("enclosed_title", promulgated_title(text, found.get("body_start", 0)))
    fill("period", period_of(title, enclosed, found.get("plan_title")))
    number = updates.get("doc_number") or md.doc_number or ""
    fill("attachments", found.get("attachments"), _linked_files(lines, title, number))
    draft.metadata = md.model_copy(update=updates)
    start = found.get("body_start", 0)
    draft.body = (start, max(start, body_end(text, draft.noise)))


# The stripped text of one non-blank line: from its first to its last non-space character
# (re's \s is str.strip's whitespace). One re pass stands for a split, two strips and sums a line.
_LINE_TEXT = re.compile(r"\S(?:[^\n]*\S)?")


def _lines(text: str, noise: list[Span]) -> list[Line]:
    spans = merge(noise)
    if not spans:
        return _rejoined([Line(m.start(), m.end(), m.group(), False) for m in _LINE_TEXT.finditer(text)], text)
    lines = []
    starts = [s for s, _ in spans]
    for m in _LINE_TEXT.finditer(text):
        lead, tail = m.span()
        # Spans are merged and sorted: only the last one starting at or before the line can cover it.
        i = bisect_right(starts, lead) - 1
        lines.append(Line(lead, tail, m.group(), i >= 0 and spans[i][1] >= tail))
    return _rejoined(lines, text)


def _rejoined(lines: list[Line], text: str) -> list[Line]:
    """Lines with those a PDF export's hard wrap cut joined again (a title, a 名称: value, an
    addressee list over two lines at the page's width): the readers read whole lines."""
    if not wraps.wraps_between(text, 0, len(text)):
        return lines
    groups: list[list[Line]] = []
    for line in lines:
        prev = groups[-1][-1] if groups else None
        # A title that fills the width on its own is followed by its 字号, not its rest. (Each line
        # is tested alone and joined once: a long wrapped paragraph must not be rebuilt per line.)
        if prev and not prev.noise and not line.noise and wraps.runs_on(text, prev.end) and not title_line_text(prev.text):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [group[0] if len(group) == 1 else Line(group[0].start, group[-1].end, "".join(g.text for g in group), False)
            for group in groups]


def _head(lines: list[Line]) -> list[Line]:
    """Lines above the first numbered heading: where page tables and the notice's head stand."""
    head = lines[:HEAD_LINES]
    first = next((i for i, line in enumerate(head) if _HEADING_START.match(line.text)), len(head))
    return head[:first]


def _is_flat(lines: list[Line], least: int = FLAT_MIN) -> bool:
    """An OCR text with (almost) no line breaks, page chrome (a saved page's lines around it) aside."""
    lengths = [len(line.text) for line in lines if not line.noise]
    longest = max(lengths, default=0)
    total = sum(lengths)
    return longest >= least and longest >= FLAT_SHARE * total


def page_table(lines: list[Line]) -> dict[str, str]:
    """Fields of a page's metadata table: 'label: value' pairs on short lines."""
    pattern, fields = _page_labels()
    values: dict[str, str] = {}
    for at, line in enumerate(lines):
        if len(line.text) > 300:
            continue
        if ":" in line.text or "\t" in line.text:
            matches = list(pattern.finditer(line.text))
        elif len(line.text) <= BARE_LINE and "。" not in line.text:  # a sentence (名称调整为…。) is no pair
            matches = list(_bare_label().finditer(line.text))
        else:
            continue  # a label is followed by a colon or a tab, or opens a short line of its own
        for i, match in enumerate(matches):
            field_name = fields.get(match["label"].replace(" ", "").replace("\t", ""))
            end = matches[i + 1].start() if i + 1 < len(matches) else len(line.text)
            value = line.text[match.end():end].strip(" \t|│")
            if not value and len(matches) == 1:
                value = _value_below(lines, at, pattern)
                if field_name != "title" and (doc_type_of(value) or TITLE_HINGE.search(value)):
                    value = ""  # 发布机构:⏎关于…的通知: a blank label over the notice's title, not its value
            if field_name and field_name != "other" and value and field_name not in values:
                values[field_name] = value.split("\t")[0].strip() if field_name != "title" else compact(value)
    if "index_number" in values:
        values["index_number"] = _SPACES.sub("", values["index_number"])
    if "doc_number" in values:
        match = DOC_NUMBER.search(values["doc_number"]) or ORDER_NUMBER.search(values["doc_number"])
        values["doc_number"] = _SPACES.sub("", values["doc_number"]) if match else ""
    return {k: v for k, v in values.items() if v}


def _value_below(lines: list[Line], at: int, pattern: re.Pattern[str]) -> str:
    """The value of a label alone on its line: the next line, where a page lays its 信息公开 fields
    out as <dt>索引号:</dt><dd>…</dd> or a <div> a cell; not a line that holds a label itself."""
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    if not below or len(below) > BARE_LINE or "。" in below or pattern.search(below) or _bare_label().match(below):
        return ""
    return below


def title_issuer(title: str) -> str | None:
    """The issuing body that opens a title: X市人民政府办公室(关于…) / X省人民政府办公厅(印发…)."""
    match = TITLE_HINGE.search(title)
    if not match or match.start() == 0:
        return None
    head = title[: match.start()]
    return head if is_org(head) else None


# An order (政府令) promulgates a rule: 《X》已经…常务会议审议通过,现予公布,自…起施行.
_PROMULGATION = re.compile(r"《([^《》\n]{2,120})》[^。\n]{0,80}?(?:现予|予以)(?:公布|发布|颁布)")
PROMULGATION_WINDOW = 1500
"""An order's promulgating sentence stands in its head, before the rule's text."""


def promulgated_title(text: str, body_start: int) -> str | None:
    """The rule an order promulgates (its enclosed document, even where it equals the title)."""
    end = min(len(text), max(body_start, PROMULGATION_WINDOW))
    if text.find("予", 0, end) < 0:
        return None  # every match holds 现予 or 予以: most notices have neither
    view = wraps.unwrapped(text, 0, end)  # a PDF export's hard wraps cut the sentence
    match = _PROMULGATION.search(view.text) if view else _PROMULGATION.search(text, 0, end)
    return compact(match.group(1)) if match else None


def enclosed_from_title(title: str) -> str | None:
    """The plan a 印发 title publishes: the first 《…》 (or 〈…〉), else what follows 印发/转发 up to 的通知."""
    quoted = re.search(r"《([^《》]{2,120})》|〈([^〈〉]{2,120})〉", title)
    if quoted:
        return quoted.group(1) or quoted.group(2)
    match = re.search(r"(?:印发|转发|批转|颁发|印送)(.{2,120}?)的?(?:通知|函)$", title)
    if not match:
        return None
    enclosed = match.group(1)
    # 印发东江市A方案和东江市B办法: two documents, each named by the place and ending in its genre
    # word: the first (call 15). (东江市城乡规划和建设管理办法 is one.)
    for join in _TWO_DOCUMENTS.finditer(enclosed):
        first, second = enclosed[: join.start()], enclosed[join.end():]
        if first[:2] == second[:2] and doc_type_of(first) and doc_type_of(second):
            return first
    return enclosed


_TWO_DOCUMENTS = re.compile(r"以及|和|及|与|、")


def handed_over(texts) -> str | None:
    """The plan a wrapper sentence hands over (现将《X》印发给你们), from the first text that names one."""
    for text in texts:
        match = _HANDED_OVER.search(text)
        if match:
            return compact(match.group(1))
    return None


# A page's breadcrumb (首页 > 政务公开 > 通知公告): it may end in a genre word, and is no title.
_BREADCRUMB = re.compile(r"[>»›→]|^首页")


def title_line_text(line: str) -> str | None:
    """The title a line states, or None: the line ends in a genre word and reads as a title."""
    text = _BULLET.sub("", line).strip()
    if "\t" in text or _BREADCRUMB.search(text):
        return None  # table cells (标题<TAB>…), not a title line: compact would join them; a breadcrumb
    if "_" in text:  # a saved page's title line: 标题_网站名
        text = next((part for part in text.split("_") if doc_type_of(part)), text)
    number = DOC_NUMBER.match(text)
    if number:
        text = text[number.end():].strip()
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1:
        text = text[1:-1]
    text = compact(text)
    label = _commentary_opening().match(text)  # 图解:《…》: the label's colon is no sentence's
    if not 4 <= len(text) <= 160 or _SENTENCE_PUNCT.search(text, label.end() if label else 0) or _HEADING_START.match(text):
        return None
    if "\t" in text or not _ANY_CJK.search(text):
        return None
    if text in _genre_words():
        return None  # 政策解读, 通知公告's 通知: a column's label over the page's own title, no title
    return text if doc_type_of(text) else None


@cache
def _genre_words() -> frozenset[str]:
    return frozenset(doc_types())


def body_end(text: str, noise: list[Span]) -> int:
    """End of the text without trailing page chrome and whitespace."""
    end = len(text.rstrip())
    for start, stop in reversed(merge(noise)):
        if stop < end:
            break
        end = min(end, start)
        while end > 0 and text[end - 1].isspace():
            end -= 1
    return end


# ----------------------------------------------------------------------------- readers


class _LineReader:
    """Metadata of a text with line breaks (web pages, DOCX, exports)."""

    def __init__(self, text: str, lines: list[Line]) -> None:
        self.text = text
        self.lines = [line for line in lines if not line.noise]
        # The notice's head (title, 字号, addressees) ends at the first heading, and is never long.
        self.first_heading = len(_head(self.lines))
        self.issuer_key = ""  # the opening of the title's issuer, which a dotted date's signature must share

    def read(self) -> dict:
        found: dict = {}
        lines = self.lines
        head = lines[: self.first_heading]
        titles = [i for i, line in enumerate(head) if title_line_text(line.text) or self._genre_alone(i)]
        # A 纪要's masthead (X市人民政府 / 专题会议纪要) over its issue number (〔2025〕第12期) is its red
        # head: the title is the line under them (关于…的会议纪要) where there is one.
        issue_at = next((i for i, line in enumerate(head) if ISSUE_NUMBER.fullmatch(_SPACES.sub("", line.text))), None)
        # (the line under the masthead: past a sentence of the minutes' body, 会议审议…。, a 关于… line is a topic)
        title_at = next((i for i in titles if issue_at is None or (
            i > issue_at and not any("。" in line.text for line in head[issue_at + 1 : i]))), titles[0] if titles else None)
        if title_at is not None:
            found["title"] = self._joined_title(title_at)
            self.issuer_key = (title_issuer(found["title"]) or "")[:4]
        recipients_at = self._recipients(found, start=0 if title_at is None else title_at, under_title=title_at is not None)
        if recipients_at is None and title_at:
            # The notice's own title is missing (a page that shows it outside the article): the
            # addressee line may then stand above the first title-like line, the plan's.
            recipients_at = self._recipients(found, start=0, stop=title_at)
        if recipients_at is not None and found.pop("labelled", False) and self._date_line(
                after=-1 if title_at is None else title_at, before=recipients_at) is not None:
            recipients_at = None  # 主送: printed in the footer, under the date: the head ends at the title
        anchor = recipients_at if recipients_at is not None else (title_at if title_at is not None else -1)
        # The notice's own 字号 stands above its addressees (or, with none, above the first heading),
        # but under its title where a 主送: line heads the notice above the title.
        if recipients_at is not None and not (title_at is not None and recipients_at < title_at and _RECIPIENT_LABEL.match(lines[recipients_at].text)):
            number_end = lines[recipients_at].start
        else:
            number_end = lines[self.first_heading].start if self.first_heading < len(lines) else 600
        numbers = doc_numbers(self.text, 0, number_end)
        if numbers:
            found["doc_number"] = numbers[0][1]
        elif issue_at is not None:
            found["doc_number"] = _SPACES.sub("", head[issue_at].text)
        orders = [n for _, n in numbers if n.endswith("号") and order_issuer(n)]
        if orders:
            found["order_issuer"] = order_issuer(orders[0])
        date_at = self._date_line(after=anchor)
        if date_at is None and recipients_at is None:
            # An order with no addressees: promulgation sentence, signature and date can stand
            # above the rule's own title line (X人民政府令 / 第N号 / … / 2022年9月20日 / title).
            date_at = self._date_line(after=-1, before=self.first_heading)
        if date_at is not None:
            found["signed_date"] = self._line_date(date_at)[1]
            signature = self._signature(date_at)
            if signature:
                found["signature"] = signature
            if "recipients" not in found:
                self._footer_recipients(found, date_at)
        if "signed_date" not in found and (adopted := self._adoption_date()):
            found["signed_date"] = adopted
        found["attachments"] = self._attachments()
        wrapper = bool(_WRAPPER_TITLE.search(found.get("title", ""))) or any(
            _WRAPPER_PHRASE.search(line.text) for line in lines[anchor + 1: self.first_heading] if anchor >= 0)
        found["wrapper"] = wrapper
        if anchor >= 0:
            found["handed_over"] = handed_over(line.text for line in lines[anchor + 1: self.first_heading])
            if _FORWARDING.search(found.get("title", "")) and found["handed_over"]:
                # 转发X关于Y的通知: as in flat text (below), the cover sentence's 《Y》 names the
                # document, not the title's X关于Y; the plan's own title line still wins (_body_start)
                found["enclosed_title"] = found["handed_over"]
        found["body_start"] = self._body_start(found, wrapper, anchor, title_at, date_at)
        return found

    def _genre_alone(self, i: int) -> bool:
        """…关于X的 / 报告: the genre word wrapped alone onto the line under the rest of the title."""
        return (i > 0 and compact(self.lines[i].text) in doc_types() and compact(self.lines[i - 1].text).endswith("的")
                and self._title_half(self.lines[i - 1].text))

    def _joined_title(self, at: int) -> str:
        title = title_line_text(self.lines[at].text) or (compact(self.lines[at].text) if self._genre_alone(at) else "")
        # A title broken over two lines (gov.cn, DOCX), or three (a red-head title, a PDF export):
        # the lines above have no punctuation; a third goes above where the two start with their
        # 关于/印发, the issuer still missing, and joint issuers stand one a line above 关于.
        first = at
        while first > 0:
            prev = self.lines[first - 1]
            gap = self.text[prev.end: self.lines[first].start]
            # …促进消费、 / — 1 — / 扩大内需…的通知: a line the title goes on from (、 or , at its end)
            # cut by a page end, its page number and running header between
            # (not a list of recipients ending on a comma: 各乡镇人民政府、市直各部门,)
            across = (gap.count("\n") > 2 and prev.text.endswith(("、", ",")) and self._page_end(prev.end, self.lines[first].start)
                      and not self._names_recipients(prev.text))
            if gap.count("\n") > 2 and not across or not self._title_half(prev.text[:-1] if across else prev.text):
                break
            stacked = at - first < 4 and is_org(compact(prev.text)) and is_org(compact(self.lines[first].text))
            if not (first == at or at - first < 2 and TITLE_HINGE.match(title) or stacked):
                break
            title = compact(prev.text) + title
            first -= 1
        if at + 1 < len(self.lines) and self.text.count("\n", self.lines[at].end, self.lines[at + 1].start) <= 2:
            nxt = compact(self.lines[at + 1].text)
            # …行动计划(2024—2026年) / 的通知: the notice's genre word wrapped onto a line of its own;
            # …管理办法 / (试行), …行动计划 / (2024—2026年): the title's bracket on the line under it.
            # …三年行动计划 / (2025—2027年)的通知, …办法 / (试行)的通知: a bracket or period and the
            # genre word wrapped together.
            period = _LEADING_PERIOD.match(nxt)
            if nxt.startswith("的") or period and nxt.startswith("的", period.end()) or _BRACKET_THEN_GENRE.match(nxt):
                title = title_line_text(title + nxt) or title
            elif _is_period_line(nxt) or _QUALIFIER_LINE.fullmatch(nxt):
                title += nxt
        return title

    @staticmethod
    def _names_recipients(line: str) -> bool:
        """各乡镇人民政府、市直各部门, : a line that opens with an addressee and holds no 关于 (a title's half does)."""
        text = compact(line)
        first = re.split(r"[、,]", re.sub(r"\([^()]*\)", "", text), maxsplit=1)[0]
        return "关于" not in text and bool(first) and is_org(first)

    def _page_end(self, start: int, end: int) -> bool:
        """Nothing but a page end's furniture (page number, running header) and blank lines between."""
        gap = self.text[start:end]
        return bool(gap.strip()) and not wraps.without_furniture(self.text, start, end).strip()

    def _title_half(self, s: str) -> bool:
        # Not a red-head line (XX市人民政府文件) that stands above the 字号.
        return (4 <= len(s) <= 40 and not re.search(r"[。,;:!?\t]", s) and not DOC_NUMBER.search(s)
                and not _SPACES.sub("", s).endswith("文件")
                and not parse_date(s) and bool(re.fullmatch(rf"[{CJK}“”()、 0-9《》—]+", s)) and not doc_type_of(s))

    def _recipients(self, found: dict, start: int, stop: int | None = None, under_title: bool = False) -> int | None:
        """The addressee line; under the notice's title it stands above the notice's first sentence
        (key: value lines below that, 社会实践:另行通知, are no addressees)."""
        pattern, _ = _page_labels()
        for i in range(start, min(self.first_heading, len(self.lines), len(self.lines) if stop is None else stop)):
            line = self.lines[i].text
            if under_title and i > start and line.endswith("。") and ":" not in line:
                return None
            if ":" not in line or pattern.search(line) or "\t" in line or _CLOCK_TIME.match(line, line.find(":") - 1):
                continue  # (a byline's 2023-05-11 09:00: a time's colon, no addressee's)
            labelled = _RECIPIENT_LABEL.match(line)  # 主送:各区县人民政府,市政府各部门
            if not labelled and is_org(compact(line.split(":", 1)[1])):
                continue  # 发布单位:东江市财政局: a page's label and its value, no addressees
            segment = line[labelled.end():].rstrip("。") if labelled else line.split(":", 1)[0].strip()
            if not labelled:
                # under the title the list starts below it; with none it may start on the first line
                segment = self._wrapped_above(i, start if under_title else start - 1, under_title) + segment
            if self._is_recipients(segment):
                found["recipients"] = split_recipients(segment)
                found["labelled"] = bool(labelled)
                return i
        return None

    def _wrapped_above(self, at: int, floor: int, under_title: bool = False) -> str:
        """The start of an addressee list wrapped over the lines above its colon: lines that end in
        , or 、, or break inside a name (…,市政府各部门、各直属 / 机构:) after a comma of the list
        or in a list that opens with 各. Addressees one a line with no commas
        (各县(市、区)人民政府 / 市政府各部门 / 各有关单位:) are one entry a line; under the title a
        body's own name may stand among them (东江经济技术开发区管委会)."""
        joined = ""
        i = at - 1
        while i > floor and at - i <= ONE_A_LINE:
            line = compact(self.lines[i].text)
            whole = line.rstrip(",、")
            # (a body's own name never opens the list: an issuer's line above it stays out)
            generic = _collective(line)
            if whole == line and _WHOLE_NAME_END.search(line) and self._one_a_line(i, under_title) \
                    and self._one_a_line(i + 1, under_title) and (generic or i - 1 > floor and self._one_a_line(i - 1, True)):
                joined = line + "," + joined
                i -= 1
                continue
            if at - i > 3:
                break  # a list wrapped over lines runs over three at most
            if whole == line and "," not in line and not line.startswith("各"):
                break  # a line that ends a name and holds no list: a 字号, a title half, 特急
            if ":" in line or "\t" in line or DOC_NUMBER.search(line) or not self._is_recipients(whole):
                break
            joined = line + joined
            i -= 1
        return joined

    def _one_a_line(self, at: int, named: bool = False) -> bool:
        """Line `at` is one whole addressee (a generic 各…/…有关… body, or with `named` a body's own
        name), the next line right under it."""
        line = compact(self.lines[at].text).rstrip(":")
        if at + 1 < len(self.lines) and self.text.count("\n", self.lines[at].end, self.lines[at + 1].start) > 2:
            return False
        return (_collective(line) or named and is_org(line)) and len(line) <= 40 \
            and bool(_ORG_CHARS.fullmatch(line)) and not line.endswith("、") and bool(_RECIPIENT_HINT.search(line))

    def _footer_recipients(self, found: dict, date_at: int) -> None:
        """主送:… printed in the footer, among the 抄送/印发 lines under the signature date."""
        for line in self.lines[date_at + 1: date_at + 6]:
            labelled = _RECIPIENT_LABEL.match(line.text)
            segment = line.text[labelled.end():].rstrip("。") if labelled else ""
            if segment and self._is_recipients(segment):
                found["recipients"] = split_recipients(segment)
                return

    @staticmethod
    def _is_recipients(segment: str) -> bool:
        if not 2 <= len(segment) <= 400 or re.search(r"[。《》]", segment) or _NOT_RECIPIENT.match(segment) \
                or _NOT_ADDRESSEE_WORDS.search(segment):
            return False
        parts = split_recipients(segment)
        return bool(parts) and all(len(p) <= 300 for p in parts) and any(_RECIPIENT_HINT.search(p) for p in parts)

    def _date_line(self, after: int, before: int | None = None) -> int | None:
        """The first line that is a date (the 成文日期 under a notice), possibly after its signature."""
        for i in range(after + 1, len(self.lines) if before is None else min(before, len(self.lines))):
            if self._line_date(i):
                return i
        return None

    def _adoption_date(self) -> str | None:
        """A 决定's or 条例's date of adoption, in brackets under its title where a notice has none at its
        end: (2025年6月26日X市第十七届人民代表大会常务委员会第二十一次会议通过)."""
        for line in self.lines[: min(self.first_heading, 6)]:
            adopted = _ADOPTED.fullmatch(line.text.strip())
            if adopted:
                return parse_date(adopted["date"])
        return None

    def _line_date(self, i: int) -> tuple[str | None, str] | None:
        """(signature on the same line or None, date) when line i is a date line."""
        text = _unsealed(self.lines[i].text)
        found = line_date(text)  # 2023年5月10日(此件公开发布), or signed on its line
        if not found and self.issuer_key and text[-1:].isdigit() and "\t" not in text and (dotted := _DOTTED_DATE.search(text)):
            # 2023.6.20: a signing date only beside or under the title's issuer (not a table's date cell)
            signer = compact(text[: dotted.start()]) or (compact(self.lines[i - 1].text) if i else "")
            if _unsealed(signer).startswith(self.issuer_key) and (date := _date_of(dotted)):
                found = compact(text[: dotted.start()]), date
        if not found and self.issuer_key and (hour := _HOUR_TAIL.search(text)):
            # 2025年7月13日15时: an urgent 明电 signed to the hour, beside or under the title's issuer
            timed = line_date(text[: hour.start() + 1])
            signer = (timed[0] if timed else "") or (compact(self.lines[i - 1].text) if i else "")
            if timed and _unsealed(signer).startswith(self.issuer_key):
                found = timed
        if found and found[0] and _HEAD_SIGNER.fullmatch(found[0]):
            return None, found[1]  # an order's 市长 王某某 2023年3月10日 on one line: a person signs, no body
        if not found or (found[0] and not is_org(found[0])):
            return None
        return _unsealed(found[0]) or None, found[1]  # 东江市人民政府(盖章) 2023年6月20日 on one line

    def _signature(self, date_at: int) -> str | None:
        same_line = self._line_date(date_at)
        if same_line and same_line[0]:
            return same_line[0]
        names: list[str] = []
        i = date_at - 1
        if i >= 1 and _SEAL.fullmatch(compact(self.lines[i].text)):
            i -= 1  # (盖章) on a line of its own between the signature and the date
        while i >= 1 and (_SIGNER_LABELS.fullmatch(bare := _SPACES.sub("", self.lines[i].text)) or _LATER_PARTY.match(bare)):
            i -= 1  # 负责人签字: / 法定代表人(签字): lines under the parties of an agreement, and 乙方's block under 甲方's
        while i >= 0 and len(names) < 3:
            candidate = _unsealed(compact(self.lines[i].text))
            if not names and (party := _FIRST_PARTY.match(_SPACES.sub("", candidate))) and is_org(_unsealed(party["name"])):
                return _unsealed(party["name"])  # 甲方(盖章):X 乙方(盖章):Y: the party that sets the agreement's terms
            if not is_org(candidate):
                break
            names.insert(0, candidate)
            i -= 1
        return "".join(names) or None

    def _attachments(self) -> list[str]:
        items: list[str] = []
        for i, line in enumerate(self.lines):
            label = _ATTACHMENT_LABEL.match(line.text)
            if not label:
                continue
            rest = line.text[label.end():].strip()
            files = self._file_links(rest, i)
            if files:
                items = files
                break
            if rest:
                items += _inline_items(rest)
            if _CN_ITEM.match(rest) or not rest and i + 1 < len(self.lines) and _CN_ITEM.match(self.lines[i + 1].text):
                items = self._cn_numbered(rest, i)  # 附件:一、X / 二、Y
            elif rest and items == [rest] and _listed_title(rest):
                items += self._unnumbered(i)  # 附件:X / Y: one title a line, aligned under the first
            elif not rest or _ITEM_NUMBER.match(rest) and re.match(r"^\(?\d", rest):
                for at in range(i + 1, min(i + 30, len(self.lines))):
                    following = self.lines[at]
                    if items and self._item_tail(items[-1], at):
                        items[-1] += following.text
                        continue
                    if not re.match(r"^\(?\d", following.text) or line_date(following.text):  # the signing date ends it
                        if not items and len(following.text) <= 80 and not _SENTENCE_PUNCT.search(following.text):
                            items.append(following.text)
                        break
                    items.append(_ITEM_NUMBER.sub("", following.text, count=1).strip())
            if items and re.search(r"\d", label.group()):
                # 附件1:… 附件2:…: one numbered label a line, each an item of the list.
                for following in self.lines[i + 1: i + 30]:
                    more = _ATTACHMENT_LABEL.match(following.text)
                    if not more or not re.search(r"\d", more.group()):
                        break
                    items.append(following.text[more.end():])
            if items:
                break
        return list(dict.fromkeys(attachment_title(item) for item in items if item))

    def _cn_numbered(self, rest: str, at: int) -> list[str]:
        """A list numbered 一、二、: the first item on the label's line or under it, one a line."""
        items = _inline_items(rest) if rest else []
        for following in self.lines[at + 1: at + 30]:
            if not _CN_ITEM.match(following.text):
                break
            items += _inline_items(following.text)
        return items

    def _unnumbered(self, at: int) -> list[str]:
        """The titles on the lines under 附件:X, each on the very next line and itself a title."""
        items = []
        for k in range(at + 1, min(at + 10, len(self.lines))):
            text = self.lines[k].text
            if self.text.count("\n", self.lines[k - 1].end, self.lines[k].start) > 1 or not _listed_title(text):
                break
            items.append(text)
        return items

    def _file_links(self, rest: str, at: int) -> list[str]:
        """A page's attachments as links to files, one a line and unnumbered (附件: / X.docx / Y.pdf)."""
        files = _file_list(rest, self.lines[at + 1: at + 30])
        return files if len(files) > 1 else []

    def _item_tail(self, item: str, at: int) -> bool:
        """Line `at` holds the rest of an attachment title wrapped from the item above
        (1.…重点任务 / 分工方案; …行动计划 / (2023—2025年))."""
        text = self.lines[at].text
        if _is_period_line(text):
            return True
        if len(text) > 30 or not _TAIL_CHARS.fullmatch(text) or doc_type_of(item) or _HEADING_START.match(text):
            return False
        # Before the next item it can only be a tail; after the last one it must not be the signature,
        # and must follow on the very next line (a blank line ends the list: page chrome may follow).
        following = self.lines[at + 1].text if at + 1 < len(self.lines) else ""
        if _LIST_NUMBER.match(following):
            return True
        return self.text.count("\n", self.lines[at - 1].end, self.lines[at].start) <= 1 and not is_org(compact(text))

    def _body_start(self, found: dict, wrapper: bool, anchor: int, title_at: int | None, date_at: int | None) -> int:
        lines = self.lines
        if not lines:
            return 0
        if wrapper and date_at is not None:
            i = date_at + 1
            while i < len(lines) and _OPEN_SEAL.match(_SPACES.sub("", lines[i].text)):
                i += 1
            if i + 1 < len(lines) and _ATTACHMENT_MARK.fullmatch(_SPACES.sub("", lines[i].text)):
                i += 1  # 附件 / 附件1 on a line of its own above the plan's title
            # The plan follows the notice's date: at once, or below the notice's own numbered points.
            if i < len(lines) and (date_at < self.first_heading or self._plan_title(i)):
                found["plan_title"] = self._plan_title(i)
                if found["plan_title"]:
                    found["enclosed_title"] = found["plan_title"]
                return lines[i].start
        plan_at = self._plan_below_points(found, wrapper, date_at)
        if plan_at is not None:
            return lines[plan_at].start
        if anchor >= 0 and anchor + 1 < len(lines):
            return lines[anchor + 1].start if anchor != title_at else lines[anchor].start
        return lines[0].start

    def _plan_below_points(self, found: dict, wrapper: bool, date_at: int | None) -> int | None:
        """A wrapper's own numbered points with no signature date before the plan (signed at the
        page's end): the plan starts at its title line, the document its wrapper hands over
        standing alone below the points, with a heading of its own right after."""
        enclosed = found.get("handed_over") or enclosed_from_title(found.get("title", ""))
        if not wrapper or not enclosed:
            return None
        lines = self.lines
        stop = min(len(lines), self.first_heading + _POINTS_REACH, len(lines) if date_at is None else date_at)
        for i in range(self.first_heading + 1, stop):
            if compact(lines[i].text).strip("《》") != enclosed:
                continue
            if any(_HEADING_START.match(compact(line.text)) for line in lines[i + 1 : i + 3]):
                found["plan_title"] = found["enclosed_title"] = enclosed
                return i
        return None

    def _plan_title(self, at: int) -> str | None:
        """The enclosed plan's own title at the top of the body (one or two lines)."""
        first = compact(self.lines[at].text).strip("《》")
        title = title_line_text(first)
        if title:
            nxt = self.lines[at + 1].text if at + 1 < len(self.lines) else ""
            draft_mark = _DRAFT_MARK.fullmatch(compact(nxt))
            return title + compact(nxt) if _is_period_line(nxt) or draft_mark else title
        if at + 1 < len(self.lines) and self._title_half(first):
            joined = title_line_text(first + compact(self.lines[at + 1].text))
            # …建设 / 三年行动计划 / (2025—2027年): a title over two lines, its period on a third
            third = self.lines[at + 2].text if joined and at + 2 < len(self.lines) else ""
            return joined + compact(third) if _is_period_line(third) else joined
        return None


_LEADING_PERIOD = re.compile(r"\(?" + PERIOD.pattern + r"\)?")


def _is_period_line(line: str) -> bool:
    """A line that holds only a plan period: (2023—2025年), 2023-2025年, (2023-2025)."""
    match = PERIOD.search(line)
    return bool(match) and not re.sub(r"[()\s]", "", line[: match.start()] + line[match.end():])


# A page lists its attachments as file links (1.X.docx) or in title quotes (1.《X》).
_FILE_TYPES = r"pdf|docx?|wps|xlsx?|et|ofd|zip|rar"
_FILE_EXTENSION = re.compile(rf"\.(?:{_FILE_TYPES})$", re.IGNORECASE)
_FILE_END = re.compile(rf"\.(?:{_FILE_TYPES})(?![a-z])", re.IGNORECASE)


_CN_ITEM = re.compile(r"^[一二三四五六七八九十]{1,3}、")
_CN_INLINE_ITEM = re.compile(r"(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}、")  # 附件:一、X 二、Y
_LISTED_END = re.compile(r"(?:表|名单|目录|清单)$")


def _collective(addressee: str) -> bool:
    """An addressee that names a whole class of bodies (各区人民政府, 有关单位), not one body."""
    return "各" in addressee or "有关" in addressee


def _listed_title(line: str) -> bool:
    """A line that is an attachment's title alone: a genre word or a table's name ends it, and it is
    no signature (东江市人民政府办公室), date or sentence."""
    bare = compact(line)
    if not 4 <= len(bare) <= 80 or _SENTENCE_PUNCT.search(bare) or "," in bare or is_org(bare) or parse_date(bare):
        return False
    return bool(doc_type_of(bare) or _LISTED_END.search(bare_title(bare)))


@cache
def _attachment_note() -> re.Pattern[str]:
    """A bracketed note after an attachment's title (X表(略), X(另发)): data/attachment_notes.txt."""
    return re.compile(r"\((?:" + "|".join(map(re.escape, entries("attachment_notes.txt"))) + r")\)$")


def _file_list(rest: str, following: list[Line]) -> list[str]:
    """The links to files on a label's line (`rest`) and on the lines right under it."""
    if rest and not _FILE_EXTENSION.search(rest):
        return []
    # several links on the label's line: X.docx Y.xlsx, 1.X.docx2.Y.xlsx: each ends at its extension
    ends = [m.end() for m in _FILE_END.finditer(rest)]
    files = [rest[a:b].strip() for a, b in zip([0] + ends, ends) if rest[a:b].strip()]
    for line in following:
        if len(line.text) > 80 or not _FILE_EXTENSION.search(line.text):
            break
        files.append(line.text)
    # 1.X.docx: the list number goes, a title's own year (2024年X.docx) stays
    return [f[m.end():] if (m := _LIST_NUMBER.match(f)) else f for f in files]


_LINKED_LABEL = re.compile(r"^相关附件[ ]{0,2}:[ ]{0,2}")


def _linked_files(lines: list[Line], title: str, number: str = "") -> list[str]:
    """相关附件: / X.doc / Y.xls: a portal's page lists the notice's files under a label that the
    boilerplate stage cuts as chrome (its related articles follow it); only links to files count,
    and not one to the notice itself (named by its title, the title with its 字号 or 正文 after
    it, or its 字号 alone)."""
    for i, line in enumerate(lines):
        label = _LINKED_LABEL.match(line.text)
        if label:
            titles = (attachment_title(f) for f in _file_list(line.text[label.end():], lines[i + 1: i + 30]))
            return list(dict.fromkeys(t for t in titles if t and not _names_the_notice(t, title, number)))
    return []


# What a portal adds after the notice's title in its file's name: its 字号 in brackets, 正文.
_OWN_FILE_SUFFIX = re.compile(r"(?:\([^()]{1,30}号\)|正文)$")


def _names_the_notice(name: str, title: str, number: str) -> bool:
    """东政办发〔2025〕12号.pdf, <title>(东政办发〔2025〕12号).pdf, <title>正文.doc: the notice's own file."""
    if title and fold(_OWN_FILE_SUFFIX.sub("", fold(name))) == fold(title):
        return True
    own, named = DOC_NUMBER.fullmatch(number), DOC_NUMBER.fullmatch(name)
    return bool(own and named and own.group("prefix", "year", "serial") == named.group("prefix", "year", "serial"))


def attachment_title(item: str) -> str:
    """An attachment's title as listed, without closing punctuation, file extension, 《》 or a
    note that its text is left out ((略))."""
    title = _FILE_EXTENSION.sub("", compact(item).rstrip(";,、。"))
    title = _attachment_note().sub("", title)
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        title = title[1:-1]
    return title


def _inline_items(rest: str) -> list[str]:
    """Items of '1.xxx 2.yyy' (or one unnumbered title) on the 附件 line."""
    marks = list((_CN_INLINE_ITEM if _CN_ITEM.match(rest) else _INLINE_ITEM).finditer(rest))
    if not marks or marks[0].start() != 0:
        return [rest]
    bounds = [m.start() for m in marks] + [len(rest)]
    return [rest[marks[i].end(): bounds[i + 1]].strip() for i in range(len(marks))]


_RUN_BEFORE = re.compile(rf"[{CJK}() ]{{2,80}}$")
# What a 字号 OCR could not read leaves before the title (东政发〔2025〕号, a lone 号 after 文件):
# no issuer opens with it, so the issuer's run starts after it.
_NUMBER_REMNANT = re.compile(r"(?:文件|号)[ ]*")
# Urgency marks (GB/T 9704 紧急程度, telegram 特提 … 明电) and secrecy marks (密级: 机密★1年) printed above the title.
_URGENCY = re.compile(r"(?:(?:特急|加急|特提|平急|明电|绝密|机密|秘密)(?:★[^ ★]{0,6})?[ ]?)+(?=[^ ])")
# The signer a 上行文 (请示, 报告) prints beside its 字号 (GB/T 9704 签发人), run by OCR between the
# 字号 and the title: 南政发〔2024〕15号 签发人:王建国 南岭县人民政府关于…; the space ends the name.
_SIGNER = re.compile(rf"[ ]*签发人[::][ ]*[{CJK}·]{{2,6}}(?:[ ]*[、,][ ]*[{CJK}·]{{2,6}})*[ ]+")
# The 年 of a written date, a month's 1-3 characters and 月 after it: a literal re finds fast
# (DATE opens with an alternation, tried at every character); its year and spaces are at most 6 before.
_DATE_ANCHOR, _DATE_REACH = re.compile(r"年(?=[ ]{0,2}[^ ]{1,3}[ ]{0,2}月)"), 6


def _spaced_names(segment: str) -> str:
    """Addressees one a line, flattened by OCR into one run with spaces between them
    (各县(市、区)人民政府 市政府各部门 各有关单位): the spaces become the commas the lines stood for.
    Spaces inside a justified name (各 县) leave pieces that are no whole names, and stay."""
    pieces = segment.split()
    if "," in segment or len(pieces) < 2:
        return segment
    whole = all(_collective(p) and _ORG_CHARS.fullmatch(p) and _WHOLE_NAME_END.search(p) for p in pieces)
    return ",".join(pieces) if whole else segment


# The head of a government signing its order: 市长 王某某 then the date.
_HEAD_SIGNER = re.compile(rf"(?:省长|市长|县长|区长|州长|盟长|旗长|主席)[ ]{{0,4}}[{CJK}]{{2,4}}")
_HEAD_SIGNS = re.compile(rf"(?:省长|市长|县长|区长|州长|盟长|旗长|主席)[ ]{{0,4}}[{CJK}]{{2,4}}[ ]{{0,4}}(?=(?:19|20)\d\d[ ]{{0,2}}年|二[〇零○])")


class _FlatReader:
    """Metadata of an OCR text with no line breaks: the same shapes, searched in running text."""

    HEAD = 600

    def __init__(self, text: str) -> None:
        self.text = text
        self.signature_end = 0

    def read(self) -> dict:
        found: dict = {}
        text = self.text
        head = text[: self.HEAD]
        numbers = doc_numbers(text, 0, self.HEAD)
        addressed = self._head_recipients(head)
        title_span = self._title(head, numbers, addressed[0] if addressed else 0)
        if title_span:
            found["title"] = compact(text[title_span[0]: title_span[1]])
            if title_span[2]:  # the issuer printed before the 字号 that splits it from the title
                found["signature_hint"] = title_span[2]
        title = found.get("title", "")
        title_end = title_span[1] if title_span else 0
        head_end = title_end  # where the addressees may start: after the title, and after a 字号 under it
        if numbers and numbers[0][0] < (title_end or self.HEAD) + 40:
            pos, number = numbers[0]
            if pos < title_end < pos + len(number):  # the title's tail run into the 字号 (…的若干意见东政发〔…〕)
                number = number[title_end - pos:]
            found["doc_number"] = number
            head_end = max(head_end, pos + len(numbers[0][1]))
        if order_issuer(found.get("doc_number", "")):
            self._order(found)
            rule = promulgated_title(text, 0)
            head = _SPACES.sub("", title)
            if rule and title.endswith(rule) and (head.startswith(found["doc_number"]) or f"《{rule}》" in head):
                # X人民政府令第N号 《Y》已经…现予公布… 市长 … date Y 第一章…: the head of the order ran into the
                # title (from its number, or from the promulgation sentence naming 《Y》 where a cut left
                # the number's tail in front); the rule's own title line under the date is the document's
                title = found["title"] = rule
        colon = text.find(":", head_end, head_end + 400)
        if title_span and colon > 0 and _LineReader._is_recipients(text[head_end:colon]):
            found["recipients"] = split_recipients(_spaced_names(text[head_end:colon]))
            anchor = colon + 1
        else:
            anchor = title_end
            if addressed:
                found["recipients"] = addressed[1]
        signature = self._signature(title, found.get("signature_hint"))
        if signature:
            found["signature"], found["signed_date"] = signature[0], signature[1]
            if "recipients" not in found:
                self._footer_recipients(found)
        found["attachments"] = self._attachments(found.get("signature") or title_issuer(title) or found.get("signature_hint"))
        wrapper = bool(_WRAPPER_TITLE.search(title)) or bool(_WRAPPER_PHRASE.search(text[anchor: anchor + 600]))
        found["wrapper"] = wrapper
        found["handed_over"] = handed_over([text[anchor: anchor + 600]])
        if _FORWARDING.search(title) and found["handed_over"]:
            # 批转/转发X关于Y的通知: the title names the body that wrote Y; the document's own title is
            # the one its cover sentence quotes (同意X《Y》,现转发给你们), as the plan's title line is.
            found["enclosed_title"] = found["handed_over"]
        found["body_start"] = self._body_start(title, wrapper, anchor, self.signature_end)
        return found

    @staticmethod
    def _head_recipients(head: str) -> tuple[int, list[str]] | None:
        """(end, addressees) of a 主送: list that opens the notice above its title (主送:各区县人民政府,
        市政府各部门 东江市…关于…): the list ends at the first space that no , or 、 stands before."""
        label = _RECIPIENT_LABEL.search(head, 0, 200) if "主送" in head[:200] else None
        if label is None or TITLE_HINGE.search(head, 0, label.start()):
            return None  # under the title: a footer's 主送 in a short notice
        end = _LIST_GAP.search(head, label.end())
        segment = head[label.end(): end.start()] if end else ""
        if not _LineReader._is_recipients(segment):
            return None
        return end.end(), split_recipients(_spaced_names(segment))

    def _title(self, head: str, numbers: list[tuple[int, str]], floor: int = 0) -> tuple[int, int, str | None] | None:
        hinge = next((m for m in TITLE_HINGE.finditer(head, floor) if not _inside_quotes(head, m.start())), None)
        if hinge:
            end = self._title_end(head, hinge.end())
            if end:
                start, issuer = self._title_start(head, hinge.start(), numbers)
                return max(start, floor), end, issuer
        # A plan that is the document itself: its title runs up to the genre word, and a bracket
        # after it ((2024—2026年), (试行)), before the preamble.
        for doc_type in doc_types():
            # (OCR keeps a space or two between the title and the preamble)
            for match in re.finditer(re.escape(doc_type) + r"(?:[ ]{0,2}\([^()]{1,16}\))?(?=[ ]{0,2}(?:为|根据|按照|各|经|现|近年来|一、|第一))", head[:200]):
                return 0, match.end(), None
        return None

    @staticmethod
    def _title_end(head: str, pos: int) -> int | None:
        # 的 then the genre word; failing that, a short qualifier between them (的若干意见, 的几点意见).
        for gap in (0, 1, 2):
            depth = 0
            for i in range(pos, min(len(head), pos + 200)):
                ch = head[i]
                depth += (ch == "《") - (ch == "》")
                if depth == 0 and head.startswith("的", i) and re.fullmatch(rf"[{CJK}]{{{gap}}}", head[i + 1: i + 1 + gap]):
                    at = i + 1 + gap
                    at += len(head[at: at + 2]) - len(head[at: at + 2].lstrip(" "))  # OCR: 的 通知
                    for doc_type in doc_types():
                        if head.startswith(doc_type, at):
                            return at + len(doc_type)
                    if head.startswith("说明", at) and head.startswith("《", pos):
                        return at + 2  # 关于《X(草案)》征求意见情况的说明: a 说明 on a named document (doc_type_of)
        return None

    @staticmethod
    def _title_start(head: str, hinge: int, numbers: list[tuple[int, str]]) -> tuple[int, str | None]:
        """Where the issuer before 关于/印发 begins; an issuer cut off by the 字号 is carried over."""
        before = [(pos, num) for pos, num in numbers if pos + len(num) <= hinge]
        if not before:
            # OCR keeps spaces: 东江市人民政府 关于…, joint issuers 东江市教育局 东江市财政局关于…
            run = _RUN_BEFORE.search(head, max(0, hinge - 40), hinge)
            start = run.start() if run else hinge
            for remnant in _NUMBER_REMNANT.finditer(head, start, hinge):  # the last one counts
                start = remnant.end()
            while start < hinge and not is_org(compact(head[start:hinge])):
                start += 1
            urgency = _URGENCY.match(head, start, hinge)  # 特急 / 明电 printed above the title
            return (urgency.end() if urgency else start), None
        pos, number = before[-1]
        start = pos + len(number)
        if signer := _SIGNER.match(head, start, hinge):
            start = signer.end()
        if start < hinge:
            return start, None
        issuer = re.sub(r"^.*?文件", "", head[max(0, pos - 40):pos])
        issuer = re.sub(rf"^[^{CJK}]+", "", issuer)
        return start, issuer if is_org(issuer) else None

    def _signature(self, title: str, hint: str | None) -> tuple[str, str] | None:
        issuer = title_issuer(title) or hint
        dates = anchored_finditer(DATE, _DATE_ANCHOR, _DATE_REACH, self.text)
        if issuer and "." in self.text:  # 东江市人民政府 2023.6.20: a dotted date, after the issuer's own name only
            dates = chain(dates, (m for m in _FLAT_DOTTED_DATE.finditer(self.text)
                                  if self.text.find(issuer, max(0, m.start() - len(issuer) - 12), m.start()) >= 0))
        for match in dates:
            after = self.text[match.end(): match.end() + 6]
            closing = re.match(r"\s*(?:\(此件|印发|附件|$)", after)
            date = _date_of(match)
            # OCR keeps the gaps between the signature and its date, and between joint signatures.
            run = _RUN_BEFORE.search(self.text, max(0, match.start() - 80), match.start())
            if not date or not run:
                continue
            segment = compact(run.group(0))
            # Cut anything run into the signature from before (an attachment title): start where the title's issuer does.
            key = (issuer or title)[:4]
            if len(key) == 4 and key in segment:
                segment = segment[segment.index(key):]
            segment = _unsealed(segment[-60:])  # CJK and brackets only: a longer run is no is_org, cut at once
            while segment and not is_org(segment):
                segment = segment[1:]
            # A date under the notice closes it (此件…, 印发, 附件) or follows the title's own issuer.
            if segment and (closing or segment == issuer):
                self.signature_end = match.end()
                return segment, date
        return None

    def _order(self, found: dict) -> None:
        """An order (政府令): issued by the government it names; signed by its head, whose title
        and name stand before the date (市长 王某某 2023年3月10日)."""
        found["order_issuer"] = order_issuer(found["doc_number"])
        signed = _HEAD_SIGNS.search(self.text, 0, self.HEAD)
        date = DATE.match(self.text, signed.end()) if signed else None
        if date and _date_of(date):
            found["signed_date"] = _date_of(date)

    def _footer_recipients(self, found: dict) -> None:
        """主送:… in the footer under the signature date, up to its 。 or the 抄送/印发 label after it."""
        label = _RECIPIENT_LABEL.search(self.text, self.signature_end, self.signature_end + 200)
        if not label:
            return
        segment = self.text[label.end(): label.end() + 400]
        segment = re.split(r"[。\n]|抄送|印发|[ ]{2}", segment, maxsplit=1)[0].strip()
        date = DATE.search(segment)
        if date:  # the printing line run in: 主送:A,B 东江市人民政府办公室 2023年5月7日印发
            segment = segment[: date.start()].strip()
            last = segment.rsplit(" ", 1)
            if len(last) == 2 and is_org(last[1]) and "," not in last[1]:
                segment = last[0]
        if _LineReader._is_recipients(segment):
            found["recipients"] = split_recipients(segment)

    def _attachments(self, signature: str | None) -> list[str]:
        items: list[str] = []
        follows = -1  # where a 附件N: label must stand to continue a list of them (附件1:X 附件2:Y)
        for match in re.finditer(r"附件[ ]{0,2}(\d{0,2})[ ]{0,2}:[ ]{0,2}", self.text):
            if items and not (match[1] and self.text[follows: match.start()].strip() == ""):
                break  # the first list is the notice's; later 附件 labels head the attachments' texts
            rest = self.text[match.end(): match.end() + 200]
            listed = _inline_items(rest)[:9]
            for n, item in enumerate(listed):
                item = item.rstrip(";,、 ")  # 1.A;2.B: the separator before the next number is no stop
                stops = []
                if signature and signature in item[1:]:
                    stops.append(item.index(signature, 1))
                date = DATE.search(item)
                if date:
                    stops.append(date.start())
                label = re.search(r"附件[ ]{0,2}\d{0,2}", item[1:])
                if label:  # the attachment's own text starts at its 附件 label (附件X一、…)
                    stops.append(label.start() + 1)
                punct = re.search(r"[。;:]", item)
                if punct:
                    stops.append(punct.start())
                last = n + 1 == len(listed)
                at_end = match.end() + len(rest) >= len(self.text.rstrip())
                # An item ends at the next number, where the running text resumes, or at the end of the text.
                cut = item[: min(stops)].strip() if stops else item.strip()
                if 2 <= len(cut) <= 40 and (stops or not last or at_end):
                    items.append(cut)
                    follows = match.end() + rest.index(item) + len(cut) if match[1] and n == 0 else -1
                if stops:
                    break
            if items and follows < 0:
                break
        return list(dict.fromkeys(attachment_title(item) for item in items))

    def _body_start(self, title: str, wrapper: bool, anchor: int, after: int = 0) -> int:
        if wrapper:
            enclosed = enclosed_from_title(title)
            if enclosed:
                pos = max(anchor, after)
                while True:
                    pos = self.text.find(enclosed, pos)
                    if pos < 0:
                        break
                    if not self.text[max(0, pos - 1):pos] == "《":
                        return pos
                    pos += len(enclosed)
        return anchor


# Where a flat addressee list ends: a space no list separator stands before.
_LIST_GAP = re.compile(r"(?<![,、;])[ ]+")


def _inside_quotes(text: str, pos: int) -> bool:
    return text.count("《", 0, pos) > text.count("》", 0, pos)
