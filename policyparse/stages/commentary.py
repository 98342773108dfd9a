"""Where a notice explains rather than issues: a commentary page (政策解读, 答记者问) or a 说明 on a
named document (关于《X》的起草说明), and the spans of a body that such an explanation fills (a 起草说明
printed after the draft it explains). The sections stage starts a new tree of headings there; the tasks
and targets stages read no work and no aims in them (call 27)."""

from __future__ import annotations

import re
from functools import cache

from ..pipeline import Draft
from ..text.normalize import WHITESPACE
from ..vocabulary import entries
from .metadata import commentary_label
from .metadata_shapes import bare_title, doc_type_of, title_line_text


def is_commentary(title: str | None) -> bool:
    """《…》政策解读, 关于…的解读, …答记者问: a page that explains a notice (data/commentary_genres.txt).
    The title's ending is read as the metadata stage reads its genre word; a label may open it
    instead (一图读懂丨…, 【图解】…, 解读《…》: metadata.commentary_label)."""
    return bool(title) and (bare_title(title).endswith(_commentary_genres()) or commentary_label(title) is not None)


def explains(title: str | None) -> bool:
    """A commentary's title, or a 说明 on a named document (关于《X(草案)》征求意见情况的说明,
    关于《X》的起草说明): an explanation that issues no work (call 27)."""
    return bool(title) and (is_commentary(title) or doc_type_of(title) == "说明")


@cache
def _commentary_genres() -> tuple[str, ...]:
    return tuple(entries("commentary_genres.txt"))


# A line that opens an attachment (附件2, 附件2:title): where an explanation printed as one ends.
_ATTACHMENT_LINE = re.compile(r"^[ \t\u3000]*附[ \t]*件[ \t]*(?:[0-9一二三四五六七八九十]{1,3}[ \t]*[::]?|[::]|(?=\n|$))", re.M)


# The first line of an explanation's text: a part's number (一、起草背景) or a sentence; not the next
# item of an attachment list or a signature (附件:X / 关于《X》的起草说明 / 东江市司法局).
_PART_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)")


def _opens_text(text: str, line_end: int) -> bool:
    at = line_end
    while at < len(text) and text[at].isspace():
        at += 1
    end = text.find("\n", at)
    line = text[at : len(text) if end < 0 else end]
    return bool(_PART_NUMBER.match(line)) or any(mark in line for mark in "。:,;")


# An explanation headed without 关于…的 (《X(征求意见稿)》起草说明, X编制说明, 起草说明 alone on its line), as a
# 征求意见 page prints it under the draft: a title line none the less (title_line_text wants 关于…的说明).
_EXPLANATION_HEADING = re.compile(r"(?:《[^《》\n]{2,80}》|[^\s,。;:《》、]{2,80})?(?:起草|编制|修订|制定)说明")


def _explanation_heading(line: str) -> str | None:
    """The line, where it heads an explanation so (not a numbered part's heading: 五、编制说明), else None."""
    line = line.strip()
    return line if _EXPLANATION_HEADING.fullmatch(line) and not _PART_NUMBER.match(line) else None


def commentary_parts(draft: Draft) -> list[tuple[int, int]]:
    """Spans of the body that explain a document rather than issue one: from a line titled as an
    explanation (关于《X(征求意见稿)》的起草说明, …政策解读: data/commentary_genres.txt) to the next
    attachment's label or the text's end. Their parts (起草背景, 主要内容) assign no work."""
    text = draft.text
    start = draft.body[0] if draft.body else 0
    if doc_type_of(draft.metadata.title or "") == "说明":
        return [(start, len(text))]  # 关于《X(草案)》征求意见情况的说明: the whole of it (共收到意见23条,采纳17条)
    out: list[tuple[int, int]] = []
    for genre in (*_commentary_genres(), "说明"):
        at = text.find(genre, start)
        while at >= 0:
            line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            label = _ATTACHMENT_LINE.match(text, line_start)
            line = text[label.end() if label else line_start : line_end]
            title = title_line_text(line)
            if not explains(title):
                title = _explanation_heading(line)
            if title and _opens_text(text, line_end) and not any(a <= line_start < b for a, b in out):
                nxt = _ATTACHMENT_LINE.search(text, line_end)
                out.append((line_start, _next_title_line(text, line_end, nxt.start() if nxt else len(text), title)))
            at = text.find(genre, line_end)
    return sorted(out)


def _next_title_line(text: str, start: int, end: int, explained: str) -> int:
    """Where an explanation ends before `end`: at the title line of the document it explains, following it
    with no attachment label (关于《X(征求意见稿)》的起草说明 …, then X(征求意见稿) 第一章…): the draft issues
    work. Only that document's title (its name stands in the explanation's own title): another title line
    inside the explanation is a law it rests on (起草依据: 《中华人民共和国水法》) or a plan it cites."""
    # the name it quotes (关于《X实施细则(征求意见稿)》的起草说明: X实施细则, not X, the 办法 it rests on), else its title
    quoted = {_bare_name(name) for name in re.findall(r"《([^《》]+)》", explained)}
    named = _bare_name(explained)
    at = start
    while at < end:
        line_end = text.find("\n", at + 1, end)
        line_end = end if line_end < 0 else line_end
        line = text[at:line_end].strip()
        if line and len(line) <= 80 and (title := title_line_text(line)) and not explains(title) \
                and (_bare_name(title) in quoted if quoted else _bare_name(title) in named) \
                and not _quoted_whole(line) and not _numbering_goes_on(text, line_end):
            return text.find(line, at)
        at = line_end
    return end


def _quoted_whole(line: str) -> bool:
    """《X(征求意见稿)》 on a line of its own: the explanation quotes the draft, no title prints it so."""
    return line.startswith("《") and line.endswith("》")


# A part's number that is not the first (二、, (三), 第二章, 第五条, 2.): the numbering of the text around it goes on.
_LATER_PART = re.compile(r"[ \t\u3000]*(?:(?!一、)[一二三四五六七八九十]{1,3}、|\((?!一\))[一二三四五六七八九十]{1,3}\)|第(?!一[章条])[一二三四五六七八九十百]{1,4}[章条]|(?!1[.、])[0-9]{1,2}[.、])")


def _numbering_goes_on(text: str, line_end: int) -> bool:
    """The line after a restated name goes on with the explanation's parts (…起草了X。⏎X⏎二、主要内容): the
    name stands inside the explanation; the document it explains opens with its first part or a sentence."""
    at = line_end
    while at < len(text) and text[at] in " \t\u3000\n":
        at += 1
    return _LATER_PART.match(text, at) is not None


def _bare_name(title: str) -> str:
    """A title without its brackets ((征求意见稿), (试行)) and book-title marks: a draft's name as its
    explanation quotes it."""
    return re.sub(r"\([^()]*\)|[《》〈〉]", "", WHITESPACE.sub("", title))
