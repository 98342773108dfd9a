"""Shapes of a notice's head and foot that the metadata readers share (metadata stage).

A title line ends in a genre word (data/doc_types.txt) and may name its issuer before 关于; a
发文字号 is an issuer's short name, a bracketed year and a number; an addressee is a body's name;
dates are written in several ways. Each shape is a pattern or a small function here, read by
the line reader, the flat reader and the page-table reader alike (and by the stages after).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Period
from ..pipeline import Span
from ..text.dates import DATE
from ..text.dates import date_of as _date_of
from ..text.normalize import WHITESPACE
from ..text.orgs import opens_a_clause
from ..text.patterns import CN_NUMERAL_CHARS
from ..text import wraps
from ..text.prefilter import anchored_finditer
from ..vocabulary import entries, pairs
from .boilerplate import merge


ONE_A_LINE = 6
"""Addressees one a line (no commas) stand on this many lines at most."""
HEAD_LINES = 200
"""A notice's head (page table, title, 字号, addressees) never runs longer than this."""
SHORT_FLAT = 150
"""A one-line text this long, too short to be flat for the sections stage, is still read as
running text where no line of it reads as a title (a short notice flattened by OCR)."""


@cache
def doc_types() -> tuple[str, ...]:
    """Genre words, longest first."""
    return tuple(sorted(set(entries("doc_types.txt")), key=lambda t: (-len(t), t)))


@cache
def page_labels() -> tuple[re.Pattern[str], dict[str, str]]:
    fields = pairs("page_labels.tsv")
    spaced = [r"[ \t]{0,4}".join(map(re.escape, label)) for label in sorted(fields, key=len, reverse=True)]
    # A label starts a line or follows a separator, and is followed by a colon, or is a table
    # cell of its own (索引号<TAB>value: a portal's table without colons).
    pattern = re.compile(rf"(?:^|(?<=[\t |│]))(?P<label>{'|'.join(spaced)})(?:[ \t]{{0,4}}:|\t)")
    return pattern, fields


@cache
def bare_label() -> re.Pattern[str]:
    """A label that opens a short line with no colon: <li><label>索引号</label><span>…</span></li>
    (the colon only drawn by the page's style sheet)."""
    _, fields = page_labels()
    labels = "|".join(map(re.escape, sorted(fields, key=len, reverse=True)))
    return re.compile(rf"^(?P<label>{labels})[ ]{{0,4}}(?=[^\s:])")


BARE_LINE = 80
"""A page table's label: value line without a colon is short (one pair)."""

CJK = "\u4e00-\u9fff"
ISO_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
"""2025-05-20 / 2025/5/20 / 2025.05.20 (page tables)."""

# 发文字号: an abbreviation, the year in brackets, the serial number: XX政办发〔20XX〕N号, X交城市函(20XX)N号.
DOC_NUMBER = re.compile(
    rf"(?P<prefix>[{CJK}]{{1,16}})[ ]{{0,2}}[〔\[(【﹝][ ]{{0,2}}(?P<year>(?:19|20)\d{{2}})[ ]{{0,2}}[〕\])】﹞][ ]{{0,2}}"
    r"第?[ ]{0,2}(?P<serial>\d{1,5})[ ]{0,2}号"
)
# A 纪要's or 简报's issue number on a line of its own under its masthead: 〔2025〕第12期.
ISSUE_NUMBER = re.compile(r"[〔\[(【﹝](?:19|20)\d{2}[〕\])】﹞]第\d{1,4}期")
# Government orders: X市人民政府令 (第N号), the serial also in Chinese numerals (第二百零一号). A legislature
# promulgates its 地方性法规 the same way, by a numbered 公告 (X市人民代表大会常务委员会公告 / 〔十六届〕第二十号, its
# serial maybe counted within the council's term): that head and number are the document's 字号 as an order's are.
ORDER_NUMBER = re.compile(rf"(?P<body>[{CJK}]{{2,20}}令|[{CJK}]{{2,12}}人民代表大会常务委员会公告)\s{{0,6}}[(〔\[]?\s{{0,2}}"
                          rf"(?:(?P<year>(?:19|20)\d{{2}})(?P<ymark>[年〕])\s{{0,2}}|(?P<term>[{CN_NUMERAL_CHARS}]{{1,4}}届)[〕)\]]\s{{0,2}})?第\s{{0,2}}"
                          rf"(?P<serial>\d{{1,5}}|[{CN_NUMERAL_CHARS}千]{{1,8}})\s{{0,2}}号\s{{0,2}}[)〕\]]?")
# What every match of the two above holds within reach of its start (the year's bracket, 令 before
# 第): re finds these fast, while the patterns themselves open with a class tried at every character.
_DOC_NUMBER_ANCHOR, _DOC_NUMBER_REACH = re.compile(r"[〔\[(【﹝](?=[ ]{0,2}(?:19|20)\d)"), 18
_ORDER_NUMBER_ANCHOR, _ORDER_NUMBER_REACH = re.compile(
    rf"(?:令|公告)(?=\s{{0,6}}[(〔\[]?\s{{0,2}}(?:(?:19|20)\d{{2}}[年〕]\s{{0,2}}|[{CN_NUMERAL_CHARS}]{{1,4}}届[〕)\]]\s{{0,2}})?第)"), 22

# Where a long run of characters before a 字号 holds an issuer name and the abbreviation.
_PREFIX_CUT = re.compile(r"文件|[厅局委办室府司部院会]")

# 2023—2025年, 2023年至2025年, and in brackets without 年: (2023-2025).
PERIOD = re.compile(r"(?P<start>(?:19|20)\d{2})[ ]{0,2}年?[ ]{0,2}[-—–~～至到]{1,2}[ ]{0,2}(?P<end>(?:19|20)\d{2})[ ]{0,2}(?:年|(?=[)〕]))")

# Org-like endings for signatures and issuers (a signature is a body, not a person).
_ORG_END = re.compile(r"(?:政府|办公室|办公厅|委员会|党委|厅|局|委|部|院|署|办|公司|集团|中心|银行|会|处|社|所|管委会|小组|队)$")
_TRAILING_BRACKET = re.compile(r"\([^()]{1,12}\)$")
ORG_CHARS = re.compile(rf"[{CJK}()、]+")  # compiled once: is_org runs for every suffix of a signature run
_ANY_CJK = re.compile(f"[{CJK}]")
_BULLET = re.compile(r"^[•·●■◆▪◇○\-*]+[ ]*")
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{CJK}“”《》()])[ \t]+(?=[{CJK}“”《》()])")
SENTENCE_PUNCT = re.compile(r"[。;:!?]")
HEADING_START = re.compile(rf"^(?:[一二三四五六七八九十]{{1,3}}、|\([一二三四五六七八九十]{{1,3}}\)|第[一二三四五六七八九十百]{{1,4}}[章条节])")
_HANDED_OVER = re.compile(r"《([^《》\n]{2,120})》[^《》。\n]{0,60}?(?:印发|转发|印送)给?你们")
# The words that join a title's issuer to its subject (X市人民政府关于…, …印发…的通知): read by
# the boilerplate stage and the HTML reader too, to tell a title line from page chrome.
TITLE_HINGE = re.compile(r"关于|印发|转发|批转")


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


def bare_title(title: str) -> str:
    """A title without spaces, a closing 》 and trailing brackets ((试行), (2018-2020年)): what
    its genre word ends."""
    bare = WHITESPACE.sub("", title).rstrip("》")
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


@cache
def commentary_opening() -> re.Pattern:
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
SEAL = re.compile(r"[ ]{0,2}\((?:盖章|公章|印章|签章|章|印)\)$")


def unsealed(line: str) -> str:
    return SEAL.sub("", line) if line.endswith(("章)", "印)")) else line


def is_org(s: str) -> bool:
    """Reads as the name of a body (for signatures and title issuers), not a person or a sentence."""
    s = s.strip()
    if not 2 <= len(s) <= 60 or SENTENCE_PUNCT.search(s) or "," in s:
        return False
    if not ORG_CHARS.fullmatch(s):
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
    red_head = prefix.rfind("文件")
    if red_head >= 0 and len(prefix) - red_head - 2 >= 2:
        # a red head's 文件 run into a short 字号 in flat text (…人民政府 文件县委发〔2025〕14号): no
        # abbreviation holds 文件, and the cut below waits for a long run
        prefix = prefix[red_head + 2:]
    if len(prefix) > 8:
        cuts = [m.end() for m in _PREFIX_CUT.finditer(prefix) if 2 <= len(prefix) - m.end() <= 8]
        if cuts:
            prefix = prefix[cuts[-1]:]
    text = match.group(0)[len(match["prefix"]):]
    return prefix + WHITESPACE.sub("", text)


def _is_cited(text: str, start: int) -> bool:
    """A 字号 right after ( or 《…》 cites another document."""
    before = text[max(0, start - 2):start].strip()
    return before.endswith(("(", "》", "《", "〈", "、", "和", "及"))


# A speech's or report's occasion line under its title (政府工作报告 / ——2025年1月8日在X县第十八届人民代表大会
# 第五次会议上, 在…会议上的讲话, or the same in brackets): the day it was delivered is the document's date.
OCCASION_LINE = re.compile(r"(?:[—\-–]{1,2}|\()[ ]?(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[ ]?在[^。()\n]{2,80}?上"
                           r"(?:的(?:讲话|报告|工作报告|发言|致辞))?\)?")
# The byline of a report or speech, the body its head speaks for and the head's post, then a name
# (X县人民政府县长 王某某, X市人民代表大会常务委员会主任 李某): the body issues the document, not the person.
BYLINE = re.compile(rf"(?P<body>[{CJK}]{{2,24}}?(?:人民政府|政府|常务委员会|人民法院|人民检察院))[ ]?(?:代理|代)?"
                    rf"(?:省长|市长|县长|区长|州长|旗长|主任|主席|院长|检察长)[ ]{{0,3}}[{CJK}]{{2,4}}")


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
        if opens_a_clause(body):
            continue  # 根据东江市人民政府令第5号的规定: a sentence citing an order, no issuer's name before 令
        year = (f"〔{match['term']}〕" if match["term"] else "" if not match["year"]
                else f"〔{match['year']}〕" if match["ymark"] == "〕" else f"{match['year']}年")
        pos = start + match.end("body") - len(body)
        if not _is_cited(text, pos):  # 关于修改《X办法》(市政府令2019年第5号)的决定: the rule it amends
            found.append((pos, f"{body}{year}第{match['serial']}号"))
    return sorted(found)


def notice_head(lines: list[Line]) -> list[Line]:
    """Lines above the first numbered heading: where page tables and the notice's head stand."""
    head = lines[:HEAD_LINES]
    first = next((i for i, line in enumerate(head) if HEADING_START.match(line.text)), len(head))
    return head[:first]


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
    label = commentary_opening().match(text)  # 图解:《…》: the label's colon is no sentence's
    if not 4 <= len(text) <= 160 or SENTENCE_PUNCT.search(text, label.end() if label else 0) or HEADING_START.match(text):
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
