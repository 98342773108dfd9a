"""Reading the metadata of a notice that OCR flattened into one running line (metadata
stage): the same shapes as the line reader's, searched in the text where no line break marks them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from ..text.dates import DATE
from ..text.dates import date_of as _date_of
from ..text.normalize import WHITESPACE
from ..text.prefilter import anchored_finditer
from .metadata_shapes import (
    BYLINE, CJK, OCCASION_LINE, ORG_CHARS, TITLE_HINGE, compact, doc_numbers, doc_types, enclosed_from_title,
    handed_over, is_org, parse_date, promulgated_title, split_recipients, title_issuer, title_line_text, unsealed,
)
from .metadata_attachments import attachment_title
from .metadata_lines import (
    FORWARDING, LineReader, RECIPIENT_LABEL, WHOLE_NAME_END, WRAPPER_PHRASE, WRAPPER_TITLE, collective,
    inline_items, order_issuer,
)


# A signing date written with dots (or dashes, slashes), closing its line: 2023.6.20, 2023-06-20.
_FLAT_DOTTED_DATE = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])")

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
    whole = all(collective(p) and ORG_CHARS.fullmatch(p) and WHOLE_NAME_END.search(p) for p in pieces)
    return ",".join(pieces) if whole else segment


_HEAD_SIGNS = re.compile(rf"(?:省长|市长|县长|区长|州长|盟长|旗长|主席)[ ]{{0,4}}[{CJK}]{{2,4}}[ ]{{0,4}}(?=(?:19|20)\d\d[ ]{{0,2}}年|二[〇零○])")


class FlatReader:
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
        occasion = self._occasion(head)
        if occasion:
            title_span = occasion[0]  # 政府工作报告——2025年1月8日在…会议上: the report's own title, before its occasion
        if title_span:
            found["title"] = compact(text[title_span[0]: title_span[1]])
            if title_span[2]:  # the issuer printed before the 字号 that splits it from the title
                found["signature_hint"] = title_span[2]
        title = found.get("title", "")
        title_end = title_span[1] if title_span else 0
        head_end = title_end  # where the addressees may start: after the title, and after a 字号 under it
        if occasion:
            head_end = occasion[3]  # after the occasion and the byline's body
        if numbers and numbers[0][0] < (title_end or self.HEAD) + 40:
            pos, number = numbers[0]
            if pos < title_end < pos + len(number):  # the title's tail run into the 字号 (…的若干意见东政发〔…〕)
                number = number[title_end - pos:]
            found["doc_number"] = number
            head_end = max(head_end, pos + len(numbers[0][1]))
        if order_issuer(found.get("doc_number", "")):
            self._order(found)
            rule = promulgated_title(text, 0)
            head = WHITESPACE.sub("", title)
            if rule and not title:
                title = found["title"] = rule  # no title found in the head: an order is titled by its rule (call 16)
            elif rule and title.endswith(rule) and (head.startswith(found["doc_number"]) or f"《{rule}》" in head):
                # X人民政府令第N号 《Y》已经…现予公布… 市长 … date Y 第一章…: the head of the order ran into the
                # title (from its number, or from the promulgation sentence naming 《Y》 where a cut left
                # the number's tail in front); the rule's own title line under the date is the document's
                title = found["title"] = rule
        colon = text.find(":", head_end, head_end + 400)
        if title_span and colon > 0 and LineReader._is_recipients(text[head_end:colon]):
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
        if occasion:
            found["signed_date"] = occasion[1]  # the day it was delivered (the line reader's _delivered)
            if occasion[2]:
                found.setdefault("signature", occasion[2])
        found["attachments"] = self._attachments(found.get("signature") or title_issuer(title) or found.get("signature_hint"))
        wrapper = bool(WRAPPER_TITLE.search(title)) or bool(WRAPPER_PHRASE.search(text[anchor: anchor + 600]))
        found["wrapper"] = wrapper
        found["handed_over"] = handed_over([text[anchor: anchor + 600]])
        if FORWARDING.search(title) and found["handed_over"]:
            # 批转/转发X关于Y的通知: the title names the body that wrote Y; the document's own title is
            # the one its cover sentence quotes (同意X《Y》,现转发给你们), as the plan's title line is.
            found["enclosed_title"] = found["handed_over"]
        found["body_start"] = self._body_start(title, wrapper, anchor, self.signature_end)
        return found

    @staticmethod
    def _head_recipients(head: str) -> tuple[int, list[str]] | None:
        """(end, addressees) of a 主送: list that opens the notice above its title (主送:各区县人民政府,
        市政府各部门 东江市…关于…): the list ends at the first space that no , or 、 stands before."""
        label = RECIPIENT_LABEL.search(head, 0, 200) if "主送" in head[:200] else None
        if label is None or TITLE_HINGE.search(head, 0, label.start()):
            return None  # under the title: a footer's 主送 in a short notice
        end = _LIST_GAP.search(head, label.end())
        segment = head[label.end(): end.start()] if end else ""
        if not LineReader._is_recipients(segment):
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
            segment = unsealed(segment[-60:])  # CJK and brackets only: a longer run is no is_org, cut at once
            while segment and not is_org(segment):
                segment = segment[1:]
            # A date under the notice closes it (此件…, 印发, 附件) or follows the title's own issuer.
            if segment and (closing or segment == issuer):
                self.signature_end = match.end()
                return segment, date
        return None

    def _occasion(self, head: str) -> tuple[tuple[int, int, None], str | None, str | None, int] | None:
        """(title span, date, byline's body, where the head goes on) of a report or speech whose title
        runs into its occasion (政府工作报告——2025年1月8日在…会议上X县人民政府县长Y各位代表:…), else None."""
        occasion = OCCASION_LINE.search(head)
        if not occasion or "。" in head[: occasion.start()]:
            return None  # (under a sentence: a report the notice's body hands on, not the document's own head)
        title_end = len(head[: occasion.start()].rstrip(" "))  # (政府工作报告 ——date在…: lines run together with a space)
        start = max(head.rfind(mark, 0, title_end) for mark in "。: 】") + 1
        if not title_line_text(head[start:title_end]):
            return None
        after = occasion.end()
        while head.startswith(" ", after):
            after += 1  # (…会议上 X县人民政府县长 Y: the byline's line run on after a space)
        byline = BYLINE.match(head, after)
        end = byline.end("body") if byline else occasion.end()  # (the name's end is unknown: 沈某各位代表)
        return (start, title_end, None), parse_date(occasion["date"]), byline["body"] if byline else None, end

    def _order(self, found: dict) -> None:
        """An order (政府令): issued by the government it names; signed by its head, whose title
        and name stand before the date (市长 王某某 2023年3月10日)."""
        issuer = found["order_issuer"] = order_issuer(found["doc_number"])
        signed = _HEAD_SIGNS.search(self.text, 0, self.HEAD)
        date = DATE.match(self.text, signed.end()) if signed else None
        if date is None and issuer:
            date = self._signed_by_body(issuer)
        if date and _date_of(date):
            found["signed_date"] = _date_of(date)

    def _signed_by_body(self, issuer: str) -> re.Match | None:
        """The date right after the issuer's own name in the head: a legislature's 公告 is signed by the
        council itself (X市人民代表大会常务委员会 2025年12月5日), not by a person as a government's order is. The
        signature stands apart; the name inside the promulgation sentence (已经X市人民代表大会常务委员会2025年11月28日
        第二十九次会议通过) dates the adoption."""
        at = self.text.find(issuer, 0, self.HEAD)
        while at >= 0:
            end = at + len(issuer)
            gap = len(self.text[end : end + 3]) - len(self.text[end : end + 3].lstrip(" "))  # OCR's gap, if any
            date = DATE.match(self.text, end + gap)
            if date and (at == 0 or self.text[at - 1] in " \n\u3000。"):
                return date
            at = self.text.find(issuer, end, self.HEAD)
        return None

    def _footer_recipients(self, found: dict) -> None:
        """主送:… in the footer under the signature date, up to its 。 or the 抄送/印发 label after it."""
        label = RECIPIENT_LABEL.search(self.text, self.signature_end, self.signature_end + 200)
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
        if LineReader._is_recipients(segment):
            found["recipients"] = split_recipients(segment)

    def _attachments(self, signature: str | None) -> list[str]:
        items: list[str] = []
        follows = -1  # where a 附件N: label must stand to continue a list of them (附件1:X 附件2:Y)
        for match in re.finditer(r"附件[ ]{0,2}(\d{0,2})[ ]{0,2}:[ ]{0,2}", self.text):
            if items and not (match[1] and self.text[follows: match.start()].strip() == ""):
                break  # the first list is the notice's; later 附件 labels head the attachments' texts
            rest = self.text[match.end(): match.end() + 200]
            listed = inline_items(rest)[:9]
            for n, item in enumerate(listed):
                item = item.rstrip(";,、 ")  # 1.A;2.B: the separator before the next number is no stop
                stops = []
                signed = _spaced_name(signature).search(item, 1) if signature else None
                if signed:  # joint signatures keep their gap (A厅 B厅) where the issuer string has none
                    stops.append(signed.start())
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


@lru_cache(maxsize=64)
def _spaced_name(name: str) -> re.Pattern[str]:
    """`name` as flat text may print it: spaces allowed between its characters (霁川省财政厅 霁川省民政厅
    for the joint issuer 霁川省财政厅霁川省民政厅, as OCR keeps the gap between joint signatures)."""
    return re.compile("[ ]*".join(map(re.escape, name)))
