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

from ..pipeline import Draft, Span
from ..text.normalize import WHITESPACE, fold
from ..text import wraps
from ..text.spans import blanked
from .boilerplate import merge
from .section_body import FLAT_MIN, FLAT_SHARE
from .metadata_shapes import (
    BARE_LINE, DOC_NUMBER, Line, ORDER_NUMBER, SHORT_FLAT, TITLE_HINGE, bare_label, body_end,
    commentary_opening, compact, doc_type_of, enclosed_from_title, notice_head, page_labels, parse_date,
    period_of, promulgated_title, title_issuer, title_line_text,
)
from .metadata_attachments import linked_files
from .metadata_lines import LineReader, WRAPPER_TITLE
from .metadata_flat import FlatReader


def commentary_label(title: str) -> str | None:
    """The label that opens a commentary page's title (一图读懂丨…, 【图解】…, 图解:《…》, 解读《…》): the page
    explains the notice it names, its genre the label (data/commentary_genres.txt). A label needs a
    separator, a bracket round it or the 《 of the name after it, so 解读工作… opens nothing."""
    match = commentary_opening().match(WHITESPACE.sub("", title))
    return (match["boxed"] or match["bare"]) if match else None


def find(draft: Draft) -> None:
    text = draft.text
    lines = _lines(text, draft.noise)
    flat = _is_flat(lines)
    page = page_table(notice_head(lines))
    # the flat reader searches running text: page chrome around a flat OCR line (a saved page's
    # breadcrumb and toolbar) is blanked out of it, every place kept
    found = FlatReader(blanked(text, draft.noise)).read() if flat else LineReader(text, lines).read()
    if not flat and "title" not in found and _is_flat(lines, SHORT_FLAT):
        found = FlatReader(blanked(text, draft.noise)).read()  # a short notice flattened by OCR: no line of it is a title

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
    title = updates.get("title") or md.title or ""
    # a page that explains a notice (解读, 新闻发布会) addresses no one and encloses nothing: a line
    # like 发布会主题:… is no addressee, the 《X》 its title names is the notice it explains
    explaining = _explains_notice(title)
    if not explaining:
        fill("recipients", found.get("recipients"))
    fill("signed_date", found.get("signed_date"), parse_date(page.get("signed_date", "")))
    fill("published_date", parse_date(page.get("published_date", "")))
    fill("issuer", found.get("signature"), title_issuer(title), page.get("issuer"), found.get("order_issuer"))
    fill("doc_type", (commentary_label(title) or doc_type_of(title)) if title else None)
    enclosed = found.get("enclosed_title") or enclosed_from_title(title) or found.get("handed_over")
    if not explaining and (found.get("wrapper") or WRAPPER_TITLE.search(title)) and enclosed and fold(enclosed) != fold(title):
        fill("enclosed_title", enclosed)
    fill("enclosed_title", promulgated_title(text, found.get("body_start", 0)))
    fill("period", period_of(title, enclosed, found.get("plan_title")))
    number = updates.get("doc_number") or md.doc_number or ""
    fill("attachments", found.get("attachments"), linked_files(lines, title, number))
    draft.metadata = md.model_copy(update=updates)
    start = found.get("body_start", 0)
    draft.body = (start, max(start, body_end(text, draft.noise)))


def _explains_notice(title: str) -> bool:
    from .commentary import is_commentary  # late import: commentary reads this stage's commentary_label

    return is_commentary(title)


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
        if i >= 0 and spans[i][1] >= tail:
            lines.append(Line(lead, tail, m.group(), True))
            continue
        lead, tail = _without_chrome_ends(text, lead, tail, spans, starts)
        lines.append(Line(lead, tail, text[lead:tail], False))
    return _rejoined(lines, text)


def _without_chrome_ends(text: str, lead: int, tail: int, spans: list[Span], starts: list[int]) -> tuple[int, int]:
    """The line without the page chrome that ends it (东江市…的通知    下载PDF版本 | 打印本页): a toolbar
    beside the title is no word of it. Chrome inside the line stays (the line is read as written)."""
    end = tail
    i = bisect_right(starts, end) - 1
    while i >= 0 and lead < spans[i][0] and spans[i][1] >= end:  # 下载PDF版本 下载Word版本: each toolbar word
        end = lead + len(text[lead : spans[i][0]].rstrip(" \t\u3000|"))
        i -= 1
    return lead, (end if end > lead else tail)


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


def _is_flat(lines: list[Line], least: int = FLAT_MIN) -> bool:
    """An OCR text with (almost) no line breaks, page chrome (a saved page's lines around it) aside."""
    lengths = [len(line.text) for line in lines if not line.noise]
    longest = max(lengths, default=0)
    total = sum(lengths)
    return longest >= least and longest >= FLAT_SHARE * total


def page_table(lines: list[Line]) -> dict[str, str]:
    """Fields of a page's metadata table: 'label: value' pairs on short lines."""
    pattern, fields = page_labels()
    values: dict[str, str] = {}
    for at, line in enumerate(lines):
        if len(line.text) > 300:
            continue
        if ":" in line.text or "\t" in line.text:
            matches = list(pattern.finditer(line.text))
        elif len(line.text) <= BARE_LINE and "。" not in line.text:  # a sentence (名称调整为…。) is no pair
            matches = list(bare_label().finditer(line.text))
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
        values["index_number"] = WHITESPACE.sub("", values["index_number"])
    if "doc_number" in values:
        match = DOC_NUMBER.search(values["doc_number"]) or ORDER_NUMBER.search(values["doc_number"])
        values["doc_number"] = WHITESPACE.sub("", values["doc_number"]) if match else ""
    return {k: v for k, v in values.items() if v}


def _value_below(lines: list[Line], at: int, pattern: re.Pattern[str]) -> str:
    """The value of a label alone on its line: the next line, where a page lays its 信息公开 fields
    out as <dt>索引号:</dt><dd>…</dd> or a <div> a cell; not a line that holds a label itself."""
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    if not below or len(below) > BARE_LINE or "。" in below or pattern.search(below) or bare_label().match(below):
        return ""
    return below
