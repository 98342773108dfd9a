"""Rule `table`: a division-of-work table (序号 / 专项工作 / 牵头部门 / 配合部门 …).

Two shapes reach the text: HTML/DOCX tables, one row a line with tab-separated cells, and
the flattened table of saved pages, one cell a line (blank-only lines are empty cells; a
table copied from a PDF wraps long cells over lines and prints page numbers between rows).
Each row is matched to the body task it names by title; titles in a table may differ from
the body's by a word (推广智慧农业应用 / 推进智慧农业应用), so the match is fuzzy (shared
character pairs), one title to one task, best pairs first; rows repeating a merged task
cell share its task. A table whose rows mostly match no task lists items of its own
(projects, indicators): each row that names a unit becomes a task with no section, titled
by its item name. Under a note "排在第一位的为牵头单位" the first unit of a responsible
cell is the lead. A matrix of tasks by units (a column per unit, ● / ○ in its cells) is read
by its legend (注:●为牵头单位,○为配合单位).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

import regex

from ..model import Task
from ..pipeline import Draft
from ..text.dates import time_words
from ..text.normalize import fold
from ..text.orgs import is_unit_name
from ..text import wraps
from ..text.patterns import PAGE_NUMBER
from ..text.textcache import per_text
from ..vocabulary import entries
from . import flat_table, spaced, vocab
from .bracket import FIRST_IS_LEAD, labels_in, may_note_lead, read_labelled
from .lists import Found, _needs_prefix, admin_prefix, carry_levels, first_takes, read_list, read_list_in, split_outside_brackets

MATCH_THRESHOLD = 0.5
"""Least similarity (Dice over character pairs) for a row title to name a task."""

_ROW_NUMBER = regex.compile(r"\d{1,3}")
_MAX_WRAPPED_LINES = 3
"""Most lines a tab row's cut cells go on over (a Word or Excel copy breaks a cell at its paragraphs)."""
_SKIP_HEADER = regex.compile(r"序号|编号|备注")
_MAX_HEADER_CELLS = 8

Scope = tuple[int, int] | None
"""Where a first-is-lead note holds (bracket.lead_note_scope), or None."""


@dataclass
class Row:
    number: str | None
    title: str
    title_span: tuple[int, int]
    span: tuple[int, int]
    units: list[Found] = field(default_factory=list)


@dataclass
class Cell:
    text: str
    start: int
    end: int
    gaps: tuple[tuple[int, int], ...] = ()
    """Line breaks taken out of a cell wrapped over lines: (offset in text, characters removed)."""


def _bare(cell: str) -> str:
    """A header cell without a closing bracket note (牵头单位(部门) -> 牵头单位): cut at the
    first ( of its last line when it ends with ). The same as a regex sub of a lazy
    "(, anything, ) at the end" pattern, with no pattern lookup per call and no rescan
    from every ( of a long cell (that pattern is quadratic)."""
    cell = cell.strip()
    if cell.endswith(")"):
        opener = cell.find("(", cell.rfind("\n") + 1)
        if opener >= 0:
            return cell[:opener]
    return cell


def _header_label(cell: str) -> str | None:
    """What a header cell's label is: lead / responsible / cooperating / person / stop, or None.
    Two roles in one column (牵头单位/配合单位, 牵头/配合部门) read as "lead/cooperating": the
    first unit of a cell takes the first role, the rest the second."""
    label = _bare(cell)
    if not label or len(label) > 12:
        return None
    pair = vocab.two_roles(label)
    if pair:
        return "/".join(pair)
    return vocab.label_role(label) or vocab.verb_role(label)  # 牵头 | 配合: the verbs as headers


def _header_role(cell: str) -> str | None:
    role = _header_label(cell)
    return role if role in vocab.UNIT_ROLES or (role and "/" in role) else None


@lru_cache(maxsize=1)
def _task_heads() -> tuple[str, ...]:
    return entries("task_headers.txt")


def _names_tasks(cell: str) -> bool:
    """A header that ends with a task head word (重点任务, 工作事项): the title column."""
    return _bare(cell).endswith(_task_heads())


def _columns(header: list[Cell]) -> tuple[int | None, dict[int, tuple[str, str]]] | None:
    """Index of the title column and {column: (role, label)}; None when no role column (or, in
    a member-duty table, no unit and duty columns). The title column is the first text column
    whose header names tasks, else the first text column (a group column such as 类别 may stand
    before the task column)."""
    roles: dict[int, tuple[str, str]] = {}
    texts: list[int] = []
    for i, cell in enumerate(header):
        role = _header_role(cell.text)
        if role:
            if role == "responsible" and may_note_lead(cell.text) and FIRST_IS_LEAD.search(cell.text):  # 责任单位(牵头单位列第一)
                role = "lead/responsible"
            roles[i] = (role, cell.text.strip())
        elif (cell.text.strip() and not _SKIP_HEADER.search(cell.text)
              and not time_words().search(cell.text) and _header_label(cell.text) is None):  # not 责任领导/责任人
            texts.append(i)
    if not roles:
        return _member_columns(header)
    title = next((i for i in texts if _names_tasks(header[i].text)), texts[0] if texts else None)
    return (title, roles) if title is not None else None


# A member-duty table (成员单位 | 主要职责): the unit of each row is responsible for the duties of its
# row, as a 成员单位职责 block's `X:负责…` line is (corpus call 5); the duty cell titles the row.
_MEMBER_HEADER = regex.compile(r"(?:成员|责任)?(?:单位|部门)(?:名称)?")
_DUTY_HEADER = regex.compile(r"(?:主要|工作|具体)?职责(?:分工|任务)?")


def _member_columns(header: list[Cell]) -> tuple[int, dict[int, tuple[str, str]]] | None:
    member = next((i for i, c in enumerate(header) if _MEMBER_HEADER.fullmatch(_bare(c.text))), None)
    duty = next((i for i, c in enumerate(header) if _DUTY_HEADER.fullmatch(_bare(c.text))), None)
    if member is None or duty is None:
        return None
    return duty, {member: ("responsible", header[member].text.strip())}


def _line_cells(text: str, start: int, end: int) -> list[Cell]:
    """Every line of text[start:end] as a cell; blank-only lines are empty cells, empty lines dropped."""
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if stop > pos:
            out.append(_cell(text, pos, stop))
        pos = stop + 1
    return out


def _tab_lines(text: str, start: int, end: int) -> list[Cell]:
    """The lines of _line_cells(text, start, end) that hold a tab, found from the tabs: a
    text is mostly lines without one, and cutting all of them into cells is wasted."""
    out = []
    pos = start
    while (tab := text.find("\t", pos, end)) >= 0:
        nl = text.rfind("\n", start, tab)
        line_start = nl + 1 if nl >= 0 else start
        line_end = text.find("\n", tab, end)
        line_end = end if line_end < 0 else line_end
        line_end = _quoted_row_end(text, line_start, line_end, end)
        cell = _cell(text, line_start, line_end)
        if "\t" in cell.text:  # not only at its edges
            out.append(cell)
        pos = line_end + 1
    rows = [_cell(text, a, b) for a, b in spaced.row_lines(text) if start <= a and b <= end]
    return sorted(out + rows, key=lambda c: c.start) if rows else out  # a table aligned with spaces (units.spaced)


_MAX_QUOTED_LINES = 6
"""Most lines one row of a copied spreadsheet takes where its cells hold line breaks."""


def _quoted_row_end(text: str, start: int, end: int, limit: int) -> int:
    """Where a tab row ends that a spreadsheet copy wrote with quoted cells holding line breaks
    (`1\t"实施重点项目85个,\n完成投资120亿元"\t区发改局`): while the row has an odd number of
    `"` and a cell opens with one, a quoted cell is still open and the row goes on over the next line."""
    if text.find('\t"', start, end) < 0 and not text.startswith('"', start):
        return end
    for _ in range(_MAX_QUOTED_LINES):
        if text.count('"', start, end) % 2 == 0 or end >= limit:
            break
        nxt = text.find("\n", end + 1, limit)
        end = limit if nxt < 0 else nxt
    return end


def _tab_cells(text: str, start: int, end: int) -> list[Cell]:
    if text.find("\t", start, end) < 0 and (row := spaced.row_at(text, start)):
        # a row of a table aligned with spaces: its cells in its columns, a blank one empty, a wrapped
        # one joined in text order with its rest on the lines under it (and, in a vertically centred
        # table, its first lines above), those before `start` left out (as the blank cells a tab row
        # opens with)
        cells = spaced.row_cells(text, row[0])
        lines = [[Cell(text[a:b], a, b)] for a, b in cells]
        for k, (a, b) in spaced.row_rests(text, row[0]):
            lines[k] = sorted([c for c in lines[k] if c.text] + [Cell(text[a:b], a, b)], key=lambda c: c.start)
        return [_joined_rests(parts) for parts, (a, _) in zip(lines, cells) if max(a, parts[0].start) >= start]
    return [_unquoted(text, c) for c in tab_cells(text, start, end)]


def tab_cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of the tab-separated line text[start:end], each without the spaces at its edges."""
    out = []
    pos = start
    for part in text[start:end].split("\t"):
        out.append(_cell(text, pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _unquoted(text: str, cell: Cell) -> Cell:
    """A spreadsheet's quoted cell ("…" around a text holding line breaks) as its text, the
    line breaks taken out as a wrapped cell's are."""
    if len(cell.text) < 2 or not (cell.text[0] == cell.text[-1] == '"') or "\n" not in cell.text:
        return cell
    return _joined(_line_cells(text, cell.start + 1, cell.end - 1))


def _cell(text: str, start: int, end: int) -> Cell:
    """text[start:end] without the spaces at its edges, at its own position."""
    raw = text[start:end]
    core = raw.strip()
    lead = len(raw) - len(raw.lstrip())
    return Cell(core, start + lead, start + lead + len(core))


def _rows_from_cells(
    text: str, cells: list[Cell], title_col: int, roles: dict[int, tuple[str, str]], ncols: int, lead_note: Scope
) -> list[Row]:
    rows: list[Row] = []
    i = 0
    while i < len(cells):
        if not _ROW_NUMBER.fullmatch(cells[i].text) or i + ncols > len(cells):
            i += 1
            continue
        row_cells, used = _wrapped_cells(cells, i, ncols, title_col, roles) or (cells[i : i + ncols], ncols)
        rows.append(_row(text, row_cells, title_col, roles, lead_note))
        i += used
    return rows


_MAX_WRAPS = 3
"""Most line breaks inside the cells of one row of a flat table (a PDF copy wraps long cells)."""

_SENTENCE_END = ("。", "!", "?", ";")
_GOES_ON = ("、", ",", ";", ":", "“", "(")

# A page number (— 2 —) on a line of its own, inside a table copied from a PDF: no cell.
_PAGE_NUMBER_LINE = regex.compile(PAGE_NUMBER)


def _wrapped_cells(
    cells: list[Cell], i: int, ncols: int, title_col: int, roles: dict[int, tuple[str, str]]
) -> tuple[list[Cell], int] | None:
    """A row of a flat table (one cell a line) some of whose cells wrapped over two lines, as a
    table copied from a PDF gives it: its cells with the wrapped ones made whole, and how many
    lines it takes. The row runs to the next row's number (n+1), or for the last row as far as
    its role cells need to read as unit lists. None where the row takes exactly one line a cell."""
    following = str(int(cells[i].text) + 1)
    ahead = range(i + ncols, min(len(cells), i + ncols + _MAX_WRAPS + 1))
    nxt = next((k for k in ahead if cells[k].text == following), None)
    if nxt is not None:
        if nxt == i + ncols:
            return None
        joined = _join_lines(cells[i + 1 : nxt], ncols - 1, title_col - 1, {c - 1 for c in roles})
        return ([cells[i], *joined], nxt - i) if joined else None
    plain = cells[i + 1 : i + ncols]
    if all(_unit_like(plain[c - 1].text) for c in roles if c - 1 < len(plain)):
        return None  # the last row, read one cell a line, names its units: as it stands
    for extra in range(1, _MAX_WRAPS + 1):
        if i + ncols + extra > len(cells) or any(_ROW_NUMBER.fullmatch(c.text) for c in cells[i + ncols : i + ncols + extra]):
            return None
        joined = _join_lines(cells[i + 1 : i + ncols + extra], ncols - 1, title_col - 1, {c - 1 for c in roles})
        if joined:
            return [cells[i], *joined], ncols + extra
    return None


def _join_lines(lines: list[Cell], width: int, title_col: int, role_cols: set[int]) -> list[Cell] | None:
    """`width` cells from `lines` (more lines than cells): each cell one or more lines in order.
    A cell goes on over a line that ends no sentence; role cells read as lists of unit names and
    no other cell but the title does. Of the ways that fit, the one whose breaks look most like
    wraps: a line ending in a mark that goes on (、,“), or followed by a shorter line."""
    best: tuple[int, list[Cell]] | None = None
    for cuts in combinations(range(1, len(lines)), width - 1):
        bounds = (0, *cuts, len(lines))
        groups = [lines[a:b] for a, b in zip(bounds, bounds[1:])]
        if any(line.text.endswith(_SENTENCE_END) for group in groups for line in group[:-1]):
            continue
        joined = [_joined(group) for group in groups]
        if any(_unit_like(cell.text) != (c in role_cols) for c, cell in enumerate(joined) if c != title_col or c in role_cols):
            continue
        score = sum(int(a.text.endswith(_GOES_ON)) + int(len(b.text) < len(a.text)) for group in groups for a, b in zip(group, group[1:]))
        if best is None or score > best[0]:
            best = (score, joined)
    return best[1] if best else None


def _joined(group: list[Cell]) -> Cell:
    """Lines of one wrapped cell as one cell: the line breaks between them taken out."""
    if len(group) == 1:
        return group[0]
    gaps = tuple((sum(len(c.text) for c in group[:k]), group[k].start - group[k - 1].end) for k in range(1, len(group)))
    return Cell("".join(c.text for c in group), group[0].start, group[-1].end, gaps)


def _joined_rests(group: list[Cell]) -> Cell:
    """A space-aligned cell and the rests of it wrapped under its column, as _joined makes them one;
    but where a line ends on a whole unit name and the next opens with one (区科技局、区财政局 ⏎
    区民政局), the break parts the two names as 、 would (a 、 stands for its first character):
    each is a unit of its own, at its own place. A name cut mid-word (区财 ⏎ 政局) is still joined,
    and so is a rest with no level of its own that needs one (区生态环境局 ⏎ 南湖分局, 区公安局 ⏎
    交警大队): a sub-unit of the name above, not a unit that an elided 区 would be restored to."""
    if len(group) == 1:
        return group[0]
    joined, gaps = group[0].text, []
    for above, rest in zip(group, group[1:]):
        gap = rest.start - above.end
        last, first = split_outside_brackets(joined, "、,;")[-1][0], split_outside_brackets(rest.text, "、,;")[0][0]
        if is_unit_name(last) and is_unit_name(first) and (admin_prefix(first) is not None or not _needs_prefix(first)):
            joined += "、"
            gap -= 1
        gaps.append((len(joined), gap))
        joined += rest.text
    return Cell(joined, group[0].start, group[-1].end, tuple(gaps))


def _unit_like(cell: str) -> bool:
    """Every piece of the cell (、 , ; between them) is a unit name (a role mark 牵头 aside)."""
    pieces = [p for p, _ in split_outside_brackets(cell, "、,;") if p.strip()]
    if not pieces or any(c in cell for c in _SENTENCE_END):
        return False
    found = read_list(cell, 0, "responsible", None, "table")
    return len(found) == len(pieces) and all(is_unit_name(f.name) for f in found)


def _in_text(cell: Cell, found: list[Found]) -> list[Found]:
    """Spans of units read from a wrapped cell's joined text, moved back over its line breaks."""
    if not cell.gaps:
        return found

    def at(pos: int, end: bool) -> int:
        offset = pos - cell.start
        return pos + sum(n for k, n in cell.gaps if (k < offset if end else k <= offset))

    return [f if f.span is None else Found(f.name, f.role, f.label, f.source, (at(f.span[0], False), at(f.span[1], True))) for f in found]


def _row(text: str, row_cells: list[Cell], title_col: int, roles: dict[int, tuple[str, str]], lead_note: Scope) -> Row:
    title = row_cells[title_col]
    if (stop := title.text.find("。")) > 0:  # the first sentence titles a row as it does an item (负责规划编制。…)
        title = Cell(title.text[:stop], title.start, title.start + stop)
    number = row_cells[0].text if _ROW_NUMBER.fullmatch(row_cells[0].text) else None
    row = Row(number, title.text, (title.start, title.end), (row_cells[0].start, row_cells[-1].end))
    # Under a note "排在第一位的为牵头单位", a responsible cell's first unit is the lead.
    noted = lead_note is not None and lead_note[0] <= row.span[0] < lead_note[1]
    for col, (role, label) in roles.items():
        if col < len(row_cells) and row_cells[col].text:
            cell = row_cells[col]
            first_is_lead = noted and role == "responsible"
            first_role, _, rest = role.partition("/")
            labels = labels_in(cell.text) if ":" in cell.text else None  # 牵头单位:A;配合单位:B in a 责任单位 cell
            if labels:
                row.units.extend(_in_text(cell, read_labelled(text, cell.start, cell.text, labels, first_is_lead, "table")))
                continue
            found = read_list_in(text, cell.text, cell.start, rest or role, label, "table", first_is_lead=first_is_lead)
            if rest:  # a two-role column: the first unit takes the first role
                found = first_takes(found, first_role, rest)
            if vocab.mixed_value(label):  # 责任单位及完成时限: the dates are no units
                found = [f for f in found if is_unit_name(f.name)]
            row.units.extend(_in_text(cell, found))
    row.units = carry_levels(row.units)  # 市发展改革委 | 财政局、统计局: the row's cells are one list
    return row


def find_rows(text: str, start: int = 0, end: int | None = None, lead_note: Scope = None) -> list[Row]:
    """Rows of every division-of-work table in text[start:end]."""
    return list(_rows_in(text, start, len(text) if end is None else end, lead_note))  # the list is the caller's


@per_text  # the tasks, units and deadlines stages each read the whole text's rows: cut once (no reader changes a row)
def _rows_in(text: str, start: int, end: int, lead_note: Scope) -> list[Row]:
    rows: list[Row] = []
    rows.extend(_flat_rows(text, start, end, lead_note))
    rows.extend(_tab_rows(text, start, end, lead_note))
    rows.extend(flat_table.rows(text, start, end, lead_note))  # a table OCR flattened into one line
    rows.extend(_matrix_rows(text, start, end))
    return rows


# A matrix of tasks by units: one row a task (序号 | 重点任务), one column a unit (市发展改革委 |
# 市财政局 | …), a mark in each cell where the unit takes part, and a legend by the table that says
# what each mark means (注:●为牵头单位,○为配合单位). Read only where the legend is found.
_MARKS = "●○◎★☆▲△√✓✔■□◆◇"
_LEGEND = regex.compile(rf"([{_MARKS}])[ \t]*(?:的?(?:为|表示|代表|是|:))?[ \t]*([^\s,;。、:(){_MARKS}]{{2,8}})")
# What follows a bulleted line's label: a colon and a unit's name (●牵头单位:市水利局), no legend's meaning.
_LABELLED_VALUE = regex.compile(r"[ \t]*:[ \t]*([^\s,;。、:]{2,30})")
_LEGEND_REACH = 200
"""Characters before the header row and after the last row where the legend is looked for."""


def _legend(text: str, start: int, end: int) -> dict[str, tuple[str, str]]:
    """{mark: (role, label)} of the legend lines in text[start:end] (●为牵头单位, 标○的为配合单位,
    ●表示牵头, and in a header cell 责任单位(●牵头 ○配合))."""
    out: dict[str, tuple[str, str]] = {}
    for m in _LEGEND.finditer(text, max(0, start), min(len(text), end)):
        if (value := _LABELLED_VALUE.match(text, m.end())) and is_unit_name(value.group(1)):
            continue  # ●牵头单位:市水利局: a bullet over a task's units, not what ● means in a table
        role = vocab.label_role(m.group(2)) or vocab.verb_role(m.group(2))
        if role in vocab.UNIT_ROLES:
            out.setdefault(m.group(1), (role, m.group(2)))
    return out


def _matrix_header(cells: list[Cell]) -> tuple[int, list[int]] | None:
    """The title column and the unit columns of a matrix's header row, or None: two or more
    headers that are unit names and no role label, after a text column that names tasks."""
    units = [i for i, c in enumerate(cells) if is_unit_name(c.text) and _header_label(c.text) is None]
    if len(units) < 2 or any(_header_role(c.text) for c in cells):
        return None
    title = next((i for i, c in enumerate(cells[: units[0]]) if _names_tasks(c.text)), None)
    return (title, units) if title is not None else None


def _matrix_rows(text: str, start: int, end: int) -> list[Row]:
    """Rows of every matrix of tasks by units among the tab rows of text[start:end], each unit of a
    row in the role its mark has in the table's legend (a table with no legend gives none)."""
    if not any(mark in text for mark in "●○√"):  # the usual marks: most texts have no matrix
        return []
    tables: list[tuple[int, list[Row]]] = []  # (header line's start, rows with their marks as roles)
    header: tuple[list[Cell], int, list[int]] | None = None
    for line in _tab_lines(text, start, end):
        cells = _tab_cells(text, line.start, line.end)
        if (cols := _matrix_header(cells)) is not None:
            header = (cells, *cols)
            tables.append((line.start, []))
            continue
        if header is None:
            continue
        heads, title_col, unit_cols = header
        if title_col and not _ROW_NUMBER.fullmatch(cells[0].text):  # a row opens with its number, if the header has one
            continue
        marks = {i: cells[i].text for i in unit_cols if i < len(cells) and cells[i].text}
        if title_col >= len(cells) or not cells[title_col].text or not all(len(m) == 1 and m in _MARKS for m in marks.values()):
            continue
        title = cells[title_col]
        units = [Found(heads[i].text, mark, None, "table", (heads[i].start, heads[i].end)) for i, mark in marks.items()]
        number = cells[0].text if title_col else None
        tables[-1][1].append(Row(number, title.text, (title.start, title.end), (cells[0].start, line.end), units))
    out: list[Row] = []
    for at, rows in tables:
        if rows:
            out.extend(_marked(rows, _legend(text, at - _LEGEND_REACH, rows[-1].span[1] + _LEGEND_REACH)))
    return out


def _marked(rows: list[Row], legend: dict[str, tuple[str, str]]) -> list[Row]:
    """The matrix rows with their marks read by the legend (a unit whose mark it does not name dropped)."""
    out = []
    for row in rows:
        units = [Found(f.name, legend[f.role][0], legend[f.role][1], f.source, f.span) for f in row.units if f.role in legend]
        if units:
            out.append(Row(row.number, row.title, row.title_span, row.span, carry_levels(units)))
    return out


def forget_rows() -> None:
    """Drop the rows cut so far: the deadlines stage reads them last (memory: the targets stage,
    where a dense notice's peak falls, has no use for them)."""
    _rows_in.forget()  # type: ignore[attr-defined]


def _flat_rows(text: str, start: int, end: int, lead_note: Scope) -> list[Row]:
    out: list[Row] = []
    first = text.find("序号", start, end)
    if first < 0:
        return out  # no header cell: skip cutting the text into cells
    nl = text.rfind("\n", start, first)
    cells = _line_cells(text, nl + 1 if nl >= 0 else start, end)  # no table starts before its first header
    headers = _running_headers(text)  # a PDF's page numbers and running headers are no cells
    cells = [c for c in cells if not _PAGE_NUMBER_LINE.fullmatch(c.text) and not _inside(headers, c.start)]
    i = 0
    while i < len(cells):
        if cells[i].text != "序号" or "\t" in cells[i].text:
            i += 1
            continue
        j = i + 1
        while j < len(cells) and j - i < _MAX_HEADER_CELLS and cells[j].text and not _ROW_NUMBER.fullmatch(cells[j].text):
            if _header_label(cells[j].text) is None and j > i + 1 and _header_role(cells[j - 1].text) and not time_words().search(cells[j].text):
                break  # the first cell after the role headers that is no header
            j += 1
        header = _without_umbrella(cells[i:j], cells[j:])
        cols = _columns(header)
        if cols is None:
            i += 1
            continue
        title_col, roles = cols
        body = cells[j:]
        stop = next((k for k, c in enumerate(body) if c.text == "序号"), len(body))
        out.extend(_rows_from_cells(text, body[:stop], title_col, roles, len(header), lead_note))
        i = j + stop
    return out


def _running_headers(text: str) -> list[tuple[int, int]]:
    """The running headers of a PDF export's page ends (boilerplate.page_furniture) that open half
    its pages or more: a cell that follows a page number twice by chance (市发改委) is no header."""
    spans = [(s, e) for s, e in wraps.furniture(text) if not _PAGE_NUMBER_LINE.fullmatch(text[s:e].strip())]
    if not spans:
        return spans
    pages = len(wraps.furniture(text)) - len(spans)
    counts = Counter(text[s:e].strip() for s, e in spans)
    return [(s, e) for s, e in spans if counts[text[s:e].strip()] * 2 >= pages]


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _without_umbrella(header: list[Cell], body: list[Cell]) -> list[Cell]:
    """A flat header whose role cell spans the role cells under it (责任单位 over 牵头 | 配合),
    read one cell a line: where the first row is one cell narrower than the header, the
    spanning cell is no column of its own."""
    roles = [_header_role(c.text) for c in header]
    for k in range(len(header) - 2):
        if roles[k] and roles[k + 1] and roles[k + 2] and roles[k + 1] != roles[k + 2]:
            if body and _ROW_NUMBER.fullmatch(body[0].text):
                width = next((n for n in range(1, min(len(body), len(header) + 1)) if _ROW_NUMBER.fullmatch(body[n].text)), None)
                if width == len(header) - 1:
                    return header[:k] + header[k + 1 :]
            break
    return header


def _header_columns(cells: list[Cell]) -> tuple[int | None, dict[int, tuple[str, str]]] | None:
    """The columns of a header row (a role column, or a member-duty table's unit and duty
    columns, and no row number); None for other rows."""
    if any(_ROW_NUMBER.fullmatch(c.text) for c in cells):
        return None  # tested first: most rows are numbered body rows, and the test is cheap
    return _columns(cells)


# The title line a division-of-work table stands under (重点任务分工表, 任务清单). A `re` pattern:
# the regex module's bounded repeat of a negated class costs more per character the longer the
# text (1.0 -> 2.6 us a character from 3k to 48k characters), re's stays flat.
_TABLE_TITLE = re.compile(r"[^\t。]{2,30}(?:表|清单)")


def division_table_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where each tab-separated division-of-work table begins: its title line, else its header
    row. The body's last part ends there (the table is no text of that part's item)."""
    end = len(text) if end is None else end
    out = []
    for line in _tab_lines(text, start, end):
        if _header_columns(_tab_cells(text, line.start, line.end)):
            above = text.rfind("\n", start, max(start, line.start - 1)) + 1
            title = text[above : line.start].strip()
            out.append(above if above >= start and _TABLE_TITLE.fullmatch(title) else line.start)
    return out


Header = tuple[int, dict[int, tuple[str, str]], int]
"""The title column, {column: (role, label)} and the number of cells of a tab table's header."""


def _sub_header(cells: list[Cell], header: Header) -> Header | None:
    """A second header row that splits a role column (责任单位 over 牵头 | 配合): its role cells
    replace the header's roles. Its blank leading cells are lost with the line's edges, so a
    shorter row stands under the header's first role column."""
    title_col, roles, ncols = header
    if not roles or any(_ROW_NUMBER.fullmatch(c.text) for c in cells):
        return None
    while len(cells) > 1 and not cells[-1].text:  # and its blank closing ones (a row aligned with spaces keeps them)
        cells = cells[:-1]
    sub = [_header_role(c.text) for c in cells]
    first = min(roles)
    if len(cells) == ncols:
        at = {i: r for i, r in enumerate(sub) if r}
    elif all(sub):
        at = {first + j: r for j, r in enumerate(sub)}
    else:
        return None
    if len(at) < 2 or min(at) < first:
        return None
    labels = {i: cells[i if len(cells) == ncols else i - first].text for i in at}
    return (title_col, {i: (r, labels[i]) for i, r in at.items()}, max(ncols, first + len(cells)))


def _tab_rows(text: str, start: int, end: int, lead_note: Scope) -> list[Row]:
    out: list[Row] = []
    header: Header | None = None
    after_header = False
    lines = _tab_lines(text, start, end)
    joined = 0
    last: Row | None = None  # the table's row before, whose merged cells a sub-row leaves blank
    for i, line in enumerate(lines):
        if joined:  # a further line of a row whose cells wrapped (read with the line before)
            joined -= 1
            continue
        cells = _tab_cells(text, line.start, line.end)
        cols = _header_columns(cells)
        if cols is not None:
            header = (cols[0], cols[1], len(cells))
            after_header = True
            last = None
            continue
        if header is None:
            continue
        if after_header:
            after_header = False
            sub = _sub_header(cells, header)
            if sub is not None:
                header = sub
                continue
        title_col, roles, ncols = header
        if last is not None and (sub := _sub_row(text, line, cells, last, title_col, ncols)):
            row = _row(text, sub, title_col, roles, lead_note)
            if row.units:
                out.append(row)
            continue
        if len(cells) < ncols:  # cells cut by line breaks: each next line goes on the row, till it is whole
            wrapped, k = cells, 0
            while (len(wrapped) < ncols and k < _MAX_WRAPPED_LINES and i + 1 + k < len(lines)
                   and (more := _wrapped_row(text, wrapped, lines[i + 1 + k], ncols))):
                wrapped, k = more, k + 1
            if k and len(wrapped) == ncols:
                cells, joined = wrapped, k
        offset = len(cells) - ncols  # a row missing its number cell shifts left
        if offset not in (0, -1) or title_col + offset < 0:
            continue
        shifted_roles = {c + offset: r for c, r in roles.items() if c + offset >= 0}
        row = _row(text, cells, title_col + offset, shifted_roles, lead_note)
        if row.title and row.units:
            out.append(row)
            last = row
    return out


def _sub_row(text: str, line: Cell, cells: list[Cell], last: Row, title_col: int, ncols: int) -> list[Cell] | None:
    """A row under merged 序号 and title cells (a task cell spanning rows, copied from Excel or
    Word as a line opening with tabs: `\t\t\t区住建局\t各街道办事处\t6月底前`): its cells in
    their columns, the blank ones before given the number and title of the row above, whose
    item it goes on. None for a line that does not open with blank cells up to its title's."""
    line_start = text.rfind("\n", 0, line.start) + 1
    blank = text.count("\t", line_start, line.start)
    if not blank and spaced.row_at(text, line.start):  # aligned with spaces: its blank cells before the first
        blank = len(spaced.row_cells(text, line_start)) - len(cells)
    if blank <= title_col or text[line_start : line.start].strip(" \t\u3000") or blank + len(cells) > ncols:
        return None
    number = Cell(last.number or "", line_start, line_start)
    filled = [number] + [Cell("", line_start, line_start) for _ in range(1, blank)]
    filled[title_col] = Cell(last.title, *last.title_span)
    return filled + cells


def _wrapped_row(text: str, cells: list[Cell], following: Cell, ncols: int) -> list[Cell] | None:
    """A numbered row whose cell a line break cut in two (`7  …  各省级水行政主管部门、` then
    `部农村水利水电司  2025年11月底前` on the next line): its cells, the cut one made whole
    (it keeps the break, which reads as a separator). None when the next line does not go on
    this row (a row with two cut cells takes two: _tab_rows keeps it only where they make it whole)."""
    if not _ROW_NUMBER.fullmatch(cells[0].text) or text[cells[-1].end : following.start].strip():
        return None
    rest = _tab_cells(text, following.start, following.end)
    if len(cells) + len(rest) - 1 > ncols or _ROW_NUMBER.fullmatch(rest[0].text):
        return None
    whole = Cell(text[cells[-1].start : rest[0].end], cells[-1].start, rest[0].end)
    return cells[:-1] + [whole] + rest[1:]


def _pairs(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)} or {s}


@lru_cache(maxsize=4096)  # every row title is compared with every task title
def _folded(s: str) -> tuple[str, frozenset[str]]:
    """The folded string and its character pairs."""
    folded = fold(s)
    return folded, frozenset(_pairs(folded))


def similarity(a: str, b: str) -> float:
    """Dice coefficient over character pairs of the folded strings (0..1)."""
    (a, pa), (b, pb) = _folded(a), _folded(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return 2 * len(pa & pb) / (len(pa) + len(pb))


def _score(row: Row, task: Task) -> float:
    whole = similarity(row.title, task.title)
    if len(task.title) <= len(row.title) + 2:
        return whole  # the head is the whole title: no second reading of the same string
    head = similarity(row.title, task.title[: len(row.title) + 2])
    return max(whole, head)


def match(rows: list[Row], tasks: list[Task]) -> dict[int, int]:
    """Row index -> task index: titles to tasks one to one, best pairs first. Rows with the
    same title (a task cell merged over rows, repeated in each by ingest) all go to its task."""
    firsts: dict[str, int] = {}  # folded title -> its first row
    for r, row in enumerate(rows):
        firsts.setdefault(_folded(row.title)[0], r)
    # A title the row and a task share word for word pairs them before any near match is weighed:
    # a table of its own items, whose rows became tasks, is matched in one pass, not rows x tasks.
    by_first: dict[int, int] = {}
    used: set[int] = set()
    exact: dict[str, int] = {}
    for t, task in enumerate(tasks):
        exact.setdefault(_folded(task.title)[0], t)
    for title, r in firsts.items():
        if title and (t := exact.get(title)) is not None and t not in used:
            by_first[r] = t
            used.add(t)
    scored = sorted(
        ((s, r, t) for r in firsts.values() if r not in by_first
         for t, task in enumerate(tasks) if t not in used and (s := _score(rows[r], task)) >= MATCH_THRESHOLD),
        key=lambda x: -x[0],
    )
    for _, r, t in scored:
        if r in by_first or t in used:
            continue
        by_first[r] = t
        used.add(t)
    return {r: by_first[f] for r, row in enumerate(rows) if (f := firsts[_folded(row.title)[0]]) in by_first}


def apply(draft: Draft, lead_note: Scope = None) -> None:
    """Give the tasks the units of the table rows that name them; `lead_note` is the scope of
    a first-is-lead note (bracket.lead_note_scope)."""
    from .assign import to_units  # late import: assign imports this module

    rows = [r for r in find_rows(draft.text, lead_note=lead_note) if r.units]
    if not rows:
        return
    task_rows = rows
    matched = match(task_rows, draft.tasks)
    if len(matched) * 2 >= len(task_rows):
        for r, t in matched.items():
            task = draft.tasks[t]
            task.units = list(task.units) + to_units(draft.text, task_rows[r].units)
        return
    # A table of its own items: each row with units is a task.
    for group in _merged_items(task_rows):
        row, span = group[0], (group[0].span[0], group[-1].span[1])
        draft.tasks.append(
            Task(
                id="t0",
                section=None,
                number=row.number,
                title=row.title,
                text=draft.text[span[0] : span[1]],
                span=span,
                units=to_units(draft.text, [u for r in group for u in r.units]),
            )
        )
    draft.tasks.sort(key=lambda t: t.span[0])
    for i, task in enumerate(draft.tasks, 1):
        task.id = f"t{i}"


def _merged_items(rows: list[Row]) -> list[list[Row]]:
    """Rows in runs of one item: where the 序号 and item cells span several rows (rowspan; ingest
    repeats them in each), the rows that repeat both the number and the title before them
    are that item's sub-rows (具体内容 / 牵头单位 / 完成时限 of one 重点任务), one task."""
    groups: list[list[Row]] = []
    for row in rows:
        last = groups[-1][-1] if groups else None
        if (last is not None and row.number is not None and row.number == last.number
                and _folded(row.title)[0] == _folded(last.title)[0]):
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups
