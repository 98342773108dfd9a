"""Reading a notice's metadata line by line (metadata stage): a text with line breaks, as
web pages, DOCX files and exports give it. The head (title, 字号, addressees) ends at the first
heading; the signature, date and 附件 list are read under the notice's text.
"""

from __future__ import annotations

import re

from ..text.dates import line_date
from ..text.dates import date_of as _date_of
from ..text.normalize import WHITESPACE
from ..text import wraps
from .boilerplate import co_signer, page_end_line
from .metadata_shapes import (
    BYLINE, CJK, DOC_NUMBER, HEADING_START, ISSUE_NUMBER, Line, OCCASION_LINE, ORDER_NUMBER, ONE_A_LINE,
    ORG_CHARS, PERIOD, SEAL, SENTENCE_PUNCT, TITLE_HINGE, bare_title, compact, doc_numbers, doc_type_of, doc_types,
    enclosed_from_title, handed_over, is_org, notice_head, page_labels, parse_date, promulgated_title, split_recipients,
    title_issuer, title_line_text, unsealed,
)
from .metadata_attachments import LIST_NUMBER, attachment_title, file_list


# The line under a 决定's or 条例's title that says when a session adopted (or approved) it.
_ADOPTED = re.compile(r"[(（](?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[^()（）\n]{0,60}会议[^()（）\n]{0,30}(?:通过|批准)[^()（）\n]{0,40}[)）]")
# An order's number, its serial maybe counted by year (交通运输部令2021年第1号, X令〔2021〕第1号): the issuer before 令;
# a legislature's promulgating 公告's, maybe counted within its term (X市人民代表大会常务委员会公告〔十六届〕第二十号).
_ORDER_SERIAL = re.compile(r"(?:令|(?<=常务委员会)公告)(?:〔(?:19|20)\d{2}〕|(?:19|20)\d{2}年|〔[一二三四五六七八九十]{1,4}届〕)?第")


def order_issuer(number: str) -> str | None:
    """The body that issued an order, from its number (X人民政府令第N号: X人民政府), else None."""
    serial = _ORDER_SERIAL.search(number)
    return number[: serial.start()] if serial else None


WRAPPER_TITLE = re.compile(
    r"印发|转发|批转|颁发|印送|会签|发布"
    # a 公告 that puts a draft out for comment (关于公开征求《X(征求意见稿)》意见的公告, 关于《X》公开征求
    # 意见的通知) hands the draft over as a 印发 notice hands over its plan
    # (not a 说明 or 报告 on what the comments were: 《X(草案)》征求意见情况的说明 hands nothing over)
    r"|征[求集][^《》]{0,6}《[^《》]{2,120}》[^《》]{0,6}意见(?!情况|采纳|处理|汇总)"
    r"|《[^《》]{2,120}》[^《》]{0,6}征[求集][^《》]{0,4}意见(?!情况|采纳|处理|汇总)")
# A draft's mark on a line of its own under its title: (征求意见稿), (送审稿), (草案)
_DRAFT_MARK = re.compile(r"[(（]?(?:征求意见稿|公开征求意见稿|送审稿|草案|讨论稿|修订稿|代拟稿)[)）]?")
WRAPPER_PHRASE = re.compile(r"印发给你们|印发你们|转发给你们|现将.{0,120}?印发|现予印发|现印发|予以印发|进行会签|请.{0,10}会签|现予公布")
# The plan the wrapper sentence hands over: 现将《X》印发给你们, 《X》已经市政府同意,现转发给你们.
_POINTS_REACH = 60  # lines of a wrapper's own numbered points, at most, before the plan it hands over
FORWARDING = re.compile(r"批转|转发")  # a title that forwards a document another body wrote
# A word that names a body: one in an addressee list (a 批复 or 函 may go to a single school,
# newspaper, centre or bank).
_RECIPIENT_HINT = re.compile(r"^各|政府|部门|单位|委|局|厅|机构|办|党委|公司|团体|院|会|组织|(?:大学|学校|社|中心|集团|银行|所)$")
# (各位代表:, 各位委员: a speech's salutation to the people in the hall: no body is named 各位X)
_NOT_RECIPIENT = re.compile(r"^(?:为|根据|按照|经|现|近|附件|联系|电话|地址|邮箱|传真|抄送|注|说明|备注|主送|签发|来源|时间|日期|各位)")
# What a sentence before a colon says and an addressee list never does (…要按照以下要求抓好落实:).
_NOT_ADDRESSEE_WORDS = re.compile(r"以下|如下|按照|负责|要求|落实")
# How a line that holds whole addressees ends (not one broken inside a name: …各直 / 属机构).
WHOLE_NAME_END = re.compile(r"(?:政府|部门|单位|机构|委员会|管委会|办事处|局|委|办|厅|院|公司|组织|团体|企业)$")
_CLOCK_TIME = re.compile(r"\d:\d\d")
RECIPIENT_LABEL = re.compile(r"主送(?:机关|单位)?[ ]{0,2}:[ ]{0,2}")
_OPEN_SEAL = re.compile(r"^\(此件[^()]{0,20}\)$")
_ATTACHMENT_MARK = re.compile(r"附件\d{0,2}")
_ATTACHMENT_LABEL = re.compile(r"^附[ ]{0,2}件[ ]{0,2}(?:\d{0,2}|下载)[ ]{0,2}:[ ]{0,2}")
_BRACKET_THEN_GENRE = re.compile(r"\([^()]{2,16}\)的")
_QUALIFIER_LINE = re.compile(rf"\([{CJK}]{{2,6}}\)")  # (试行) (暂行) (征求意见稿) (修订)
_TAIL_CHARS = re.compile(rf"[{CJK}“”《》()、 ]+")
_ITEM_NUMBER = re.compile(r"^\(?\d{1,2}(?!\d)\)?[.、.]?[ ]{0,2}")  # not the 20 of 2024年…
_INLINE_ITEM = re.compile(r"(?<![\d年.])(?:\d{1,2}[.、]|\(\d{1,2}\))(?=\D|\d{4}年)")
# An agreement's signature block (目标责任书, 协议): 甲方(盖章):X   乙方(盖章):Y over the signers' lines
# (负责人签字: / 法定代表人(签字):), the date under them.
_FIRST_PARTY = re.compile(rf"甲方(?:\((?:盖章|公章|印章|签章|章)\))?:(?P<name>[{CJK}()、]{{2,40}}?)(?:乙方|$)")
_LATER_PARTY = re.compile(r"[乙丙丁]方(?:\([^()]{1,4}\))?:")
_SIGNER_LABELS = re.compile(rf"(?:[{CJK}]{{0,8}}\(?(?:签字|签名|签章)\)?:)+")
_DOTTED_DATE = re.compile(r"(?<![\d.\-/])(?P<y>(?:19|20)\d{2})(?P<sep>[.\-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})$")
# The hour after a signing date (2025年7月13日15时, 2025年7月13日 15:30), as urgent 明电 are dated.
_HOUR_TAIL = re.compile(r"日\s?(?:[0-9]{1,2}时(?:[0-9]{1,2}分)?|[0-9]{1,2}:[0-9]{2})$")


class LineReader:
    """Metadata of a text with line breaks (web pages, DOCX, exports)."""

    def __init__(self, text: str, lines: list[Line]) -> None:
        self.text = text
        self.lines = [line for line in lines if not line.noise]
        # The notice's head (title, 字号, addressees) ends at the first heading, and is never long.
        self.first_heading = len(notice_head(self.lines))
        self.issuer_key = ""  # the opening of the title's issuer, which a dotted date's signature must share

    def read(self) -> dict:
        found: dict = {}
        lines = self.lines
        head = lines[: self.first_heading]
        titles = [i for i, line in enumerate(head)
                  if (title_line_text(line.text) or self._genre_alone(i)) and not self._promulgation_head(i)]
        # A 纪要's masthead (X市人民政府 / 专题会议纪要) over its issue number (〔2025〕第12期) is its red
        # head: the title is the line under them (关于…的会议纪要) where there is one.
        issue_at = next((i for i, line in enumerate(head) if ISSUE_NUMBER.fullmatch(WHITESPACE.sub("", line.text))), None)
        # (the line under the masthead: past a sentence of the minutes' body, 会议审议…。, a 关于… line is a topic)
        title_at = next((i for i in titles if issue_at is None or (
            i > issue_at and not any("。" in line.text for line in head[issue_at + 1 : i]))), titles[0] if titles else None)
        occasion_at = self._occasion(head)
        if occasion_at is not None:
            above = occasion_at - 1
            if above > 0 and BYLINE.fullmatch(compact(head[above].text)):
                above -= 1  # title / byline / occasion line: the byline may stand between
            if above in titles:
                title_at = above  # a report's own title over its occasion line, not a page headline above
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
        if recipients_at is not None and not (title_at is not None and recipients_at < title_at and RECIPIENT_LABEL.match(lines[recipients_at].text)):
            number_end = lines[recipients_at].start
        else:
            number_end = lines[self.first_heading].start if self.first_heading < len(lines) else 600
        numbers = doc_numbers(self.text, 0, number_end)
        if numbers:
            found["doc_number"] = numbers[0][1]
        elif issue_at is not None:
            found["doc_number"] = WHITESPACE.sub("", head[issue_at].text)
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
        if occasion_at is not None:
            self._delivered(found, occasion_at)
        if "signed_date" not in found and (adopted := self._adoption_date()):
            found["signed_date"] = adopted
        found["attachments"] = self._attachments()
        wrapper = bool(WRAPPER_TITLE.search(found.get("title", ""))) or any(
            WRAPPER_PHRASE.search(line.text) for line in lines[anchor + 1: self.first_heading] if anchor >= 0)
        found["wrapper"] = wrapper
        if anchor >= 0:
            found["handed_over"] = handed_over(line.text for line in lines[anchor + 1: self.first_heading])
            if FORWARDING.search(found.get("title", "")) and found["handed_over"]:
                # 转发X关于Y的通知: as in flat text (below), the cover sentence's 《Y》 names the
                # document, not the title's X关于Y; the plan's own title line still wins (_body_start)
                found["enclosed_title"] = found["handed_over"]
        found["body_start"] = self._body_start(found, wrapper, anchor, title_at, date_at)
        return found

    def _promulgation_head(self, i: int) -> bool:
        """Line i is the head of a numbered promulgation (X市人民代表大会常务委员会公告 over 〔十六届〕第二十号), a 字号
        like an order's X人民政府令 / 第N号, not a title: the document is titled by the law it publishes. A
        numbered 公告 that publishes no law (a council's decision on a resignation) has no other title."""
        line = compact(self.lines[i].text)
        below = compact(self.lines[i + 1].text) if i + 1 < len(self.lines) else ""
        return bool((ORDER_NUMBER.fullmatch(line) or ORDER_NUMBER.fullmatch(line + below))
                    and promulgated_title(self.text, 0))

    def _occasion(self, head: list[Line]) -> int | None:
        """The line under a report's or speech's title that says where and when it was delivered. One under
        a sentence (。) is not the document's own: a notice's body handed on the report printed under it."""
        for i, line in enumerate(head):
            if OCCASION_LINE.fullmatch(compact(line.text)):
                return i
            if "。" in line.text:
                return None
        return None

    def _delivered(self, found: dict, at: int) -> None:
        """A report's date is the day of its occasion line; its issuer the body its byline's head speaks
        for (the line above or under the occasion: 蒲原县人民政府县长 X), where no signature names one."""
        found["signed_date"] = parse_date(OCCASION_LINE.fullmatch(compact(self.lines[at].text))["date"])
        for i in (at + 1, at - 1):
            byline = BYLINE.fullmatch(compact(self.lines[i].text)) if 0 <= i < len(self.lines) else None
            if byline and "signature" not in found:
                found["signature"] = byline["body"]

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
            if compact(self.lines[at].text) in compact(prev.text):
                break  # a page's headline over the title it restates (X县2025年政府工作报告全文 / 政府工作报告): no half of it
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
        """各乡镇人民政府、市直各部门, : a line that opens with an addressee and holds no 关于, 印发, 转发 or 批转
        (a title's half does: 东江市人民政府办公室转发市财政局、 / 市发改委关于…的通知)."""
        text = compact(line)
        first = re.split(r"[、,]", re.sub(r"\([^()]*\)", "", text), maxsplit=1)[0]
        return not TITLE_HINGE.search(text) and bool(first) and is_org(first)

    def _page_end(self, start: int, end: int) -> bool:
        """Nothing but a page end's furniture (page number, running header) and blank lines between."""
        gap = self.text[start:end]
        return bool(gap.strip()) and not wraps.without_furniture(self.text, start, end).strip()

    def _title_half(self, s: str) -> bool:
        # Not a red-head line (XX市人民政府文件) that stands above the 字号. Latin letters are a title's
        # acronyms (人乳头瘤病毒(HPV)疫苗, 5G, ETC, PM2.5 with its decimal point, “5G+”) beside its Chinese words,
        # never a line of their own (English).
        if "\t" in s:
            if not _issuers_by_tab(s):
                return False  # a table row
            s = s.replace("\t", " ")  # joint issuers set apart by a tab (A厅<TAB>B厅), as by spaces
        return (4 <= len(s) <= 40 and not re.search(r"[。,;:!?]", s) and not DOC_NUMBER.search(s)
                and not WHITESPACE.sub("", s).endswith("文件")
                and not parse_date(s) and not doc_type_of(s)
                and bool(re.fullmatch(rf"[{CJK}“”()、 0-9A-Za-z《》—+]+", re.sub(r"(?<=[0-9])\.(?=[0-9])", "", s)))
                and bool(re.search(rf"[{CJK}]", s))  # not a ———— rule (a repost's divider), nor a line of Latin alone
                and not any(_NOT_AN_ACRONYM.search(run) for run in re.findall(r"[0-9A-Za-z]*[A-Za-z][0-9A-Za-z]*", s)))

    def _recipients(self, found: dict, start: int, stop: int | None = None, under_title: bool = False) -> int | None:
        """The addressee line; under the notice's title it stands above the notice's first sentence
        (key: value lines below that, 社会实践:另行通知, are no addressees)."""
        pattern, _ = page_labels()
        for i in range(start, min(self.first_heading, len(self.lines), len(self.lines) if stop is None else stop)):
            line = self.lines[i].text
            if under_title and i > start and line.endswith("。") and ":" not in line:
                return None
            if ":" not in line or pattern.search(line) or "\t" in line or _CLOCK_TIME.match(line, line.find(":") - 1):
                continue  # (a byline's 2023-05-11 09:00: a time's colon, no addressee's)
            labelled = RECIPIENT_LABEL.match(line)  # 主送:各区县人民政府,市政府各部门
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
            generic = collective(line)
            if whole == line and WHOLE_NAME_END.search(line) and self._one_a_line(i, under_title) \
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
        return (collective(line) or named and is_org(line)) and len(line) <= 40 \
            and bool(ORG_CHARS.fullmatch(line)) and not line.endswith("、") and bool(_RECIPIENT_HINT.search(line))

    def _footer_recipients(self, found: dict, date_at: int) -> None:
        """主送:… printed in the footer, among the 抄送/印发 lines under the signature date."""
        for line in self.lines[date_at + 1: date_at + 6]:
            labelled = RECIPIENT_LABEL.match(line.text)
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
        text = unsealed(self.lines[i].text)
        found = line_date(text)  # 2023年5月10日(此件公开发布), or signed on its line
        if not found and self.issuer_key and text[-1:].isdigit() and "\t" not in text and (dotted := _DOTTED_DATE.search(text)):
            # 2023.6.20: a signing date only beside or under the title's issuer (not a table's date cell)
            signer = compact(text[: dotted.start()]) or (compact(self.lines[i - 1].text) if i else "")
            if unsealed(signer).startswith(self.issuer_key) and (date := _date_of(dotted)):
                found = compact(text[: dotted.start()]), date
        if not found and self.issuer_key and (hour := _HOUR_TAIL.search(text)):
            # 2025年7月13日15时: an urgent 明电 signed to the hour, beside or under the title's issuer
            timed = line_date(text[: hour.start() + 1])
            signer = (timed[0] if timed else "") or (compact(self.lines[i - 1].text) if i else "")
            if timed and unsealed(signer).startswith(self.issuer_key):
                found = timed
        if found and found[0] and _HEAD_SIGNER.fullmatch(found[0]):
            return None, found[1]  # an order's 市长 王某某 2023年3月10日 on one line: a person signs, no body
        if not found or (found[0] and not is_org(found[0])):
            return None
        return unsealed(found[0]) or None, found[1]  # 东江市人民政府(盖章) 2023年6月20日 on one line

    def _signature(self, date_at: int) -> str | None:
        same_line = self._line_date(date_at)
        if same_line and same_line[0]:
            return same_line[0]
        names: list[str] = []
        i = date_at - 1
        if i >= 1 and SEAL.fullmatch(compact(self.lines[i].text)):
            i -= 1  # (盖章) on a line of its own between the signature and the date
        while i >= 1 and (_SIGNER_LABELS.fullmatch(bare := WHITESPACE.sub("", self.lines[i].text)) or _LATER_PARTY.match(bare)):
            i -= 1  # 负责人签字: / 法定代表人(签字): lines under the parties of an agreement, and 乙方's block under 甲方's
        while i >= 0 and len(names) < 3:
            if self._furniture_line(i):
                i -= 1  # 东江市财政局⏎— 2 —⏎X文件⏎东江市工业和信息化局: a page end inside the joint issuers' lines
                continue
            candidate = unsealed(compact(self.lines[i].text))
            if not names and (party := _FIRST_PARTY.match(WHITESPACE.sub("", candidate))) and is_org(unsealed(party["name"])):
                return unsealed(party["name"])  # 甲方(盖章):X 乙方(盖章):Y: the party that sets the agreement's terms
            if not is_org(candidate) or (names and not co_signer(candidate)):
                break
            names.insert(0, candidate)
            i -= 1
        return "".join(names) or None

    def _furniture_line(self, i: int) -> bool:
        """Line i is a page end's page number or running header (a PDF export's)."""
        return page_end_line(self.text, self.lines[i].start, self.lines[i].end)

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
                items += inline_items(rest)
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
                        if not items and len(following.text) <= 80 and not SENTENCE_PUNCT.search(following.text):
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
        items = inline_items(rest) if rest else []
        for following in self.lines[at + 1: at + 30]:
            if not _CN_ITEM.match(following.text):
                break
            items += inline_items(following.text)
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
        files = file_list(rest, self.lines[at + 1: at + 30])
        return files if len(files) > 1 else []

    def _item_tail(self, item: str, at: int) -> bool:
        """Line `at` holds the rest of an attachment title wrapped from the item above
        (1.…重点任务 / 分工方案; …行动计划 / (2023—2025年))."""
        text = self.lines[at].text
        if _is_period_line(text):
            return True
        if len(text) > 30 or not _TAIL_CHARS.fullmatch(text) or doc_type_of(item) or HEADING_START.match(text):
            return False
        # Before the next item it can only be a tail; after the last one it must not be the signature,
        # and must follow on the very next line (a blank line ends the list: page chrome may follow).
        following = self.lines[at + 1].text if at + 1 < len(self.lines) else ""
        if LIST_NUMBER.match(following):
            return True
        return self.text.count("\n", self.lines[at - 1].end, self.lines[at].start) <= 1 and not is_org(compact(text))

    def _body_start(self, found: dict, wrapper: bool, anchor: int, title_at: int | None, date_at: int | None) -> int:
        lines = self.lines
        if not lines:
            return 0
        if wrapper and date_at is not None:
            i = date_at + 1
            while i < len(lines) and _OPEN_SEAL.match(WHITESPACE.sub("", lines[i].text)):
                i += 1
            if i + 1 < len(lines) and _ATTACHMENT_MARK.fullmatch(WHITESPACE.sub("", lines[i].text)):
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
            if any(HEADING_START.match(compact(line.text)) for line in lines[i + 1 : i + 3]):
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


# A title's Latin letters are acronyms (HPV, 5G, ETC, VOCs, mRNA): short, never a word in lower case. A bilingual
# line (东江市人民政府 Dongjiang Municipal Government, Dongjiang Daily 东江日报) or a code (11330100MB1234567X) is no
# half of a title.
_NOT_AN_ACRONYM = re.compile(r"[a-z]{2}|^.{9,}$")

_LEADING_PERIOD = re.compile(r"\(?" + PERIOD.pattern + r"\)?")


def _is_period_line(line: str) -> bool:
    """A line that holds only a plan period: (2023—2025年), 2023-2025年, (2023-2025)."""
    match = PERIOD.search(line)
    return bool(match) and not re.sub(r"[()\s]", "", line[: match.start()] + line[match.end():])


_CN_ITEM = re.compile(r"^[一二三四五六七八九十]{1,3}、")
_CN_INLINE_ITEM = re.compile(r"(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}、")  # 附件:一、X 二、Y
_LISTED_END = re.compile(r"(?:表|名单|目录|清单)$")


def collective(addressee: str) -> bool:
    """An addressee that names a whole class of bodies (各区人民政府, 有关单位), not one body."""
    return "各" in addressee or "有关" in addressee


def _listed_title(line: str) -> bool:
    """A line that is an attachment's title alone: a genre word or a table's name ends it, and it is
    no signature (东江市人民政府办公室), date or sentence."""
    bare = compact(line)
    if not 4 <= len(bare) <= 80 or SENTENCE_PUNCT.search(bare) or "," in bare or is_org(bare) or parse_date(bare):
        return False
    return bool(doc_type_of(bare) or _LISTED_END.search(bare_title(bare)))


def inline_items(rest: str) -> list[str]:
    """Items of '1.xxx 2.yyy' (or one unnumbered title) on the 附件 line."""
    marks = list((_CN_INLINE_ITEM if _CN_ITEM.match(rest) else _INLINE_ITEM).finditer(rest))
    if not marks or marks[0].start() != 0:
        return [rest]
    bounds = [m.start() for m in marks] + [len(rest)]
    return [rest[marks[i].end(): bounds[i + 1]].strip() for i in range(len(marks))]


# The head of a government signing its order: 市长 王某某 then the date.
_HEAD_SIGNER = re.compile(rf"(?:省长|市长|县长|区长|州长|盟长|旗长|主席)[ ]{{0,4}}[{CJK}]{{2,4}}")


def _issuers_by_tab(line: str) -> bool:
    """Two or more body names set apart by tabs (霁川省财政厅<TAB>霁川省民政厅): joint issuers over a title, as a
    word processor aligns them; any other tab-separated line is a table row, no part of a title."""
    parts = [part for part in (compact(p) for p in line.split("\t")) if part]
    return len(parts) >= 2 and all(is_org(part) for part in parts)
