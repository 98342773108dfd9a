"""Rule `lines`: labelled lines after a task, or labels run in without brackets.

    实施主体:各工业园区
    区直牵头单位:区商务局、区财政局
    …责任单位:运营商、X通信公司配合单位:各街道办事处完成时限:20XX年9月30日

A value runs to the next label, the line end, a 。 or the next numbered item; a label that
ends its line takes the next line as its value. Person
labels (牵头领导) and stop labels (完成时限) end a list and give no units.
"""

from __future__ import annotations

import regex

from ..text.orgs import is_unit_name
from . import vocab
from .bracket import read_value
from .lists import MAX_WRAPS, Found, carry_levels, inside

# Where a run-in value stops when no label or line end comes first: a sentence end or the
# number of the next item in flat OCR text.
# A run of blanks before a word and its colon is a line of its own: a page number blanked between two
# labelled lines (成员单位:A、B⏎— 2 —⏎主要职责:负责…) joins them, and the next line's label (no role's) ends the value.
_VALUE_END = regex.compile(r"[。\n]|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、"
                           r"|[ \t\u3000]{2,}(?=\p{Han}{2,8}[:∶])")
_MAX_VALUE = 400


def find(
    text: str,
    start: int,
    end: int,
    skip: list[tuple[int, int]],
    lead_note: tuple[int, int] | None = None,
    labels: list | None = None,
) -> list[Found]:
    """Units of labelled lines in text[start:end], ignoring labels inside `skip` spans.

    `lead_note` is the scope of a first-is-lead note: a responsible list inside it has its
    first unit as the lead. `labels`: vocab.iter_labels(text, start, end), when the caller
    has read them already.
    """
    if labels is None:
        labels = list(vocab.iter_labels(text, start, end))
    skipped = inside(skip)
    labels = [m for m in labels if not skipped(m.start())]
    out: list[Found] = []
    for i, m in enumerate(labels):
        label = vocab.unwrapped_word(m.group("label"))  # 牵头单⏎位: as written, without the hard wrap
        role = _member_role(text, labels[:i], m.start()) if vocab.label_role(label) == "member" else vocab.label_role(label)
        if role not in vocab.UNIT_ROLES:
            continue
        limit = min(end, m.end() + _MAX_VALUE)
        if i + 1 < len(labels):
            limit = min(limit, labels[i + 1].start())
        value_at = _value_start(text, m.end(), limit)
        stop = _VALUE_END.search(text, value_at, limit)
        value_end = stop.start() if stop else limit
        if stop and stop.group() == "\n":
            value_end = _wrapped_end(text, value_at, value_end, limit)
        for s, e in skip:  # a bracket after the value ends it
            if value_at <= s < value_end:
                value_end = s
        first_is_lead = role == "responsible" and lead_note is not None and lead_note[0] <= m.start() < lead_note[1]
        found = read_value(text, text[value_at:value_end], value_at, label, "lines", first_is_lead, role)
        if (value_at > m.end() or m.groupdict().get("bare")) and not all(is_unit_name(f.name) for f in found):
            continue  # the next line, or the rest of a bare label's line, is running text, not the label's value
        out.extend(found)
    return carry_levels(out)  # 牵头单位:市发改委⏎配合单位:财政局 -> 市财政局


def _member_role(text: str, before: list, at: int) -> str | None:
    """成员单位:B、C under 牵头单位:A (a working group's lines): the members work in the group A heads, as
    参与单位 do (cooperating); with no lead label before it, a list of members gives no role (W46). The
    lead is the group's own only where nothing but its value stands between the two labels: a sentence
    or another labelled line between them (主要职责:…。, 指挥长:…) closes its group, and the members are
    the next group's, with no lead of their own (R22)."""
    units = [m for m in before if vocab.label_role(vocab.unwrapped_word(m.group("label"))) in vocab.UNIT_ROLES]
    if not units or vocab.label_role(vocab.unwrapped_word(units[-1].group("label"))) != "lead":
        return None
    between = text[units[-1].end() : at]
    return None if _GROUP_CLOSED.search(between) else "cooperating"


_GROUP_CLOSED = regex.compile(r"[。:∶]")


_LAST_PIECE = regex.compile(r"(?r)[、,;/]")  # (?r): the last separator of a value
_FIRST_PIECE = regex.compile(r"[、,;/。()\n]")


def _wrapped_end(text: str, value_at: int, value_end: int, limit: int) -> int:
    """A value that a fixed-width export wraps mid-name (责任单位:市发展和改⏎革委员会、市财政局)
    runs on over the line end where the piece before it is no name and, joined with the next
    line's first piece, makes one; or where the line ends on a separator before a name."""
    for _ in range(MAX_WRAPS):
        if value_end >= limit or text[value_end] != "\n":
            break
        sep = _LAST_PIECE.search(text, value_at, value_end)
        tail = text[sep.end() if sep else value_at : value_end].strip()
        nxt = value_end + 1
        first = _FIRST_PIECE.search(text, nxt, limit)
        head = text[nxt : first.start() if first else limit].strip()
        if tail and is_unit_name(tail) and (more := _indented_names(text, nxt, limit)):
            value_end = more  # 责任单位:市发改委⏎          市财政局: the list goes on under the value
            continue
        if not head or (tail and is_unit_name(tail)) or not is_unit_name(tail + head):
            break
        stop = _VALUE_END.search(text, nxt, limit)
        value_end = stop.start() if stop else limit
    return value_end


def _indented_names(text: str, at: int, limit: int) -> int | None:
    """The end of the line at `at` where it is indented and holds nothing but unit names (a value's
    list going on under it in a fixed-width export), else None."""
    line_end = text.find("\n", at, limit)
    line = text[at : limit if line_end < 0 else line_end]
    if not line.startswith(("  ", "\t")) or ":" in line:
        return None
    pieces = [p.strip() for p in regex.split(r"[、,;]", line) if p.strip()]
    return at + len(line.rstrip()) if pieces and all(map(is_unit_name, pieces)) else None


_BLANK_TO_LINE_END = regex.compile(r"[ \t]*\n[ \t\n]*")


def _value_start(text: str, at: int, limit: int) -> int:
    """Where a label's value begins: after the colon, or on the next line when the label
    ends its line (责任单位:⏎市发展改革委、市财政局)."""
    m = _BLANK_TO_LINE_END.match(text, at, limit)
    return m.end() if m else at


def value_spans(text: str, start: int, end: int, labels: list | None = None) -> list[tuple[int, int]]:
    """Spans of labelled values (for the prose rule to leave alone); `labels` as for find()."""
    out = []
    for m in vocab.iter_labels(text, start, end) if labels is None else labels:
        limit = min(end, m.end() + _MAX_VALUE)
        stop = _VALUE_END.search(text, _value_start(text, m.end(), limit), limit)
        out.append((m.start(), stop.start() if stop else limit))
    return out
