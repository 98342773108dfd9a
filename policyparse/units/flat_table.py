"""A division-of-work table that OCR flattened into one line of text, its cells between single spaces:
`序号 工作任务 责任单位 完成时限 1 增加停车供给 县住房城乡建设局 县自然资源局 2025年10月底前 2 …`.

No line or tab marks a cell, so the table is read from its words. It starts at a header of known
column names on the line: 序号, a title column (工作任务, 重点任务: task_headers.txt), one role column
(责任单位, 牵头单位: unit_labels.tsv) or two of different roles (牵头单位 配合单位) and at most one time
column (完成时限), in that order. Its rows are cut at the serial numbers 1, 2, 3 … in order; in each, the
title is the words before the first unit name, the units the unit names after it (a word is joined to the
next where only the two together make a name: 县住房城乡 建设局, a stray space of the OCR; a word of names
joined by 、 is one cell's list), and the time cell the word after them that holds a date or a time word
(open_time_cells.txt). Under two role columns the OCR kept no border between them: the first unit word
is the first column's cell (the cell's own names stay joined by 、), the rest the second's, as call 22
reads one column for two roles (牵头单位/配合单位: first unit, first role). A row that does not read so
ends the table; a header with fewer than two rows under it is no table. The rows are units.table's Rows, their cells slices of the
text (a joined name's space a gap, the space between two names read as 、), so the units, deadlines
and targets stages read them as they read tab rows. Only on one line: prose with numbers and unit
names has no such header, and a table laid out over lines is units.table's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.dates import time_words
from ..text.orgs import is_unit_name
from ..text.patterns import PAGE_NUMBER
from ..text.textcache import per_text
from ..vocabulary import entries
from .lists import admin_prefix

MIN_ROWS = 2
_MAX_ROW_WORDS = 30  # most words in one row: a longer run is no row (and the scan stays linear)
_WORD = re.compile(r"[^ \u3000\t\n]+")
_PAGE = re.compile(PAGE_NUMBER)
_SPACE = (" ", "\u3000")
_BEFORE_HEADER = " \u3000\n。:"  # what a header follows: a space, or the sentence over the table
_DATE = re.compile(r"[0-9]{1,4}[年月日]")


@lru_cache(maxsize=1)
def _time_cell() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, entries("open_time_cells.txt"))))


def _is_time(word: str) -> bool:
    return not is_unit_name(word) and bool(_DATE.search(word) or _time_cell().search(word))


Span = tuple[int, int]
Parsed = tuple[str, Span, list[Span], list[list[Span]], Span | None]
"""A row as read: its number, the span of its number, its title words, its units (each one word or two
joined) and its time cell."""


def _words(text: str, pos: int, end: int):
    """The words of text[pos:end] in order, as long as a single space parts each from the one before."""
    last = None
    for m in _WORD.finditer(text, pos, end):
        if last is not None and m.start() - last != 1:
            return
        yield m.start(), m.end()
        last = m.end()


def _header(text: str, at: int, end: int) -> tuple[dict[str, int], int, int] | None:
    """The header at `at` (序号 工作任务 责任单位 [完成时限]): {kind: column}, the span of the role
    column's label and where the rows start (at 1); None for no such header."""
    from .table import _header_role, _names_tasks

    kinds: list[str] = []
    label = (0, 0)
    roles: list[str] = []
    pos = at + 2
    for a, b in _words(text, pos, end):
        word = text[a:b]
        if word == "1":
            break
        role = _header_role(word)
        kind = ("role2" if role and kinds[-1:] == ["role"] and role not in roles else "role" if role
                else "title" if _names_tasks(word) else "time" if time_words().search(word) else None)
        if kind is None or kind in kinds or len(kinds) >= 4:
            return None
        if kind == "role":
            label = (a, b)
        if role:
            roles.append(role)
        kinds.append(kind)
        pos = b
    if kinds not in _HEADERS or text[pos : pos + 2] not in (" 1", "\u30001"):
        return None
    return {k: i + 1 for i, k in enumerate(kinds)}, label, pos + 1


# The columns a flat table's header names, in order: a title, one role or two (牵头单位 配合单位), a time.
_HEADERS = (["title", "role"], ["title", "role", "time"], ["title", "role", "role2"], ["title", "role", "role2", "time"])


def _unit_list(word: str) -> bool:
    """A word of unit names joined by 、 (市财政局、各区人民政府): one cell's list, the OCR's spaces only
    between cells."""
    names = word.split("、")
    return len(names) >= 2 and all(is_unit_name(name) for name in names)


def _unit_at(text: str, words: list[Span], i: int, first: bool) -> int:
    """How many words (1 or 2) the unit name at words[i] takes; 0 for none. The first of a row
    joins the next word only where it opens with a level (县住房城乡 建设局: not 建设 县城市管理局)."""
    word = text[words[i][0] : words[i][1]]
    if i + 1 < len(words):
        pair = word + text[words[i + 1][0] : words[i + 1][1]]
        # a time cell opens no name (2025年底前 东江市…办公室: the row's time, then the signature after the table)
        if not is_unit_name(word) and not _is_time(word) and is_unit_name(pair) and (not first or admin_prefix(pair) is not None):
            return 2
    return 1 if is_unit_name(word) or _unit_list(word) else 0


def _row(text: str, words: list[Span], number: int) -> tuple[Parsed, int] | None:
    """The row whose number is words[0], and how many words it takes; None where it reads as no row."""
    i, n = 1, len(words)
    while i < n and not _unit_at(text, words, i, True):
        i += 1
    if i == 1 or i == n:
        return None  # no title, or no unit
    title = words[1:i]
    units: list[list[Span]] = []
    while i < n and (k := _unit_at(text, words, i, not units)):
        units.append(words[i : i + k])
        i += k
    time = None
    if i < n and _is_time(text[words[i][0] : words[i][1]]):
        time = words[i]
        i += 1
    return (str(number), words[0], title, units, time), i


@per_text  # the units and deadlines stages both read them
def tables(text: str) -> list[list[Parsed]]:
    """The rows of every flat division-of-work table in the text, each table's in order."""
    out: list[list[Parsed]] = []
    at = text.find("序号")
    end = -1
    while at >= 0:
        if at > end:  # the line's end, found once a line: a flat line holds many 序号 (not one walk to its end each)
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
        head = _header(text, at, end) if at == 0 or text[at - 1] in _BEFORE_HEADER else None
        nxt = at + 2
        if head is not None:
            rows, nxt = _rows(text, head[2], end)
            if len(rows) >= MIN_ROWS:
                out.append(rows)
        at = text.find("序号", nxt)
    return out


def _row_words(text: str, pos: int, end: int, number: int) -> list[Span]:
    """The words of row `number` from `pos`: up to the next row's number (n+1, after a title and a
    unit), a page number between them (- 3 -) left out, as long as single spaces part them."""
    words: list[Span] = []
    while len(words) < _MAX_ROW_WORDS:
        if (page := _PAGE.match(text, pos, end)) is not None:
            pos = page.end() + 1
            continue
        m = _WORD.match(text, pos, end)
        if m is None or words and m.group() == str(number + 1) and len(words) > 2:
            break
        words.append(m.span())
        if text[m.end() : m.end() + 1] not in _SPACE or text[m.end() + 1 : m.end() + 2] in _SPACE:
            break  # the line's end, or two spaces (an aligned table's gap, units.spaced)
        pos = m.end() + 1
    return words


def _rows(text: str, pos: int, end: int) -> tuple[list[Parsed], int]:
    rows: list[Parsed] = []
    number = 1
    while True:
        words = _row_words(text, pos, end, number)
        if not words or text[words[0][0] : words[0][1]] != str(number):
            break
        read = _row(text, words, number)
        if read is None:
            break
        row, used = read
        rows.append(row)
        if used < len(words):
            break  # words after the row that no next row opens: the table ends
        pos = words[-1][1] + 1
        number += 1
    return rows, pos


def rows(text: str, start: int, end: int, lead_note) -> list:
    """units.table Rows of the flat tables inside text[start:end]."""
    from .table import Cell, _row as table_row

    out = []
    for table in tables(text):
        roles = _roles(text, table)
        for number, num_span, title, units, time in table:
            if not (start <= num_span[0] and (time or units[-1][-1])[1] <= end):
                continue
            cells = [Cell(number, *num_span), _cell(text, title, "")]
            if len(roles) == 2:  # 牵头单位 配合单位: the first unit word, then the rest (maybe none)
                lead = _cell(text, units[:1], "、")
                cells += [lead, _cell(text, units[1:], "、") if len(units) > 1 else Cell("", lead.end, lead.end)]
            else:
                cells.append(_cell(text, units, "、"))
            cells.append(Cell(text[time[0] : time[1]], *time) if time else Cell("", cells[-1].end, cells[-1].end))
            out.append(table_row(text, cells, 1, {2 + k: role for k, role in enumerate(roles)}, lead_note))
    return out


def _roles(text: str, table: list[Parsed]) -> list[tuple[str, str]]:
    """The role and label of each of the table's role columns (read again from its header)."""
    from .table import _header_role

    first = table[0][1][0]
    at = text.rfind("序号", 0, first)
    found = [(role, text[a:b]) for a, b in _words(text, at, first) if (role := _header_role(text[a:b])) is not None]
    return found or [("responsible", "")]


def _cell(text: str, groups, between: str):
    """A cell of words as units.table.Cell: each group's words joined (their spaces gaps), the
    groups parted by `between` (a 、 standing in the space) or joined too."""
    from .table import Cell

    if groups and isinstance(groups[0], tuple):
        groups = [[g] for g in groups]
    joined, gaps = "", []
    for k, group in enumerate(groups):
        if k:
            if between:
                joined += between
            else:
                gaps.append((len(joined), 1))
        for j, (a, b) in enumerate(group):
            if j:
                gaps.append((len(joined), 1))
            joined += text[a:b]
    return Cell(joined, groups[0][0][0], groups[-1][-1][1], tuple(gaps))


def is_row(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a row of a flat table (from its number to its last cell)."""
    return start in _row_starts(text)


@per_text  # a set, not a walk over every row for each row asked about
def _row_starts(text: str) -> frozenset[int]:
    return frozenset(r[1][0] for table in tables(text) for r in table)
