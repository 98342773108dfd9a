"""Tables whose columns are aligned with spaces (a PDF's text with its layout kept, `pdftotext
-layout`, or a space-padded export): the lines of such a table read as tab rows do.

A line is a row where it splits into 3 or more cells at runs of two or more spaces (ASCII or
ideographic) and stands in a block of 3 or more such lines whose cells start at the display
columns of the block's first line (its header; a CJK character takes two columns, a mark that
normalisation folded from full width one or two; within one), a blank cell leaving its column
out. Blank lines, up to two lines of fewer cells (a group's caption across the table) and the
rest of a wrapped cell under its column (an indented line whose cells stand at the block's
columns: joined to the cell above) do not end a block. A line with a blank first cell is such a
rest where its pieces go on under pieces that fill their columns (three wrapped cells); where they
fill their columns themselves under pieces that do not, they are the first lines of the next row's
tall cells, which a vertically centred table prints above that row's own line. A header centred over
its columns (a PDF table's) takes its columns from the first row under it. A second header line that
splits a spanning cell of the first (责任单位 over 牵头单位 | 配合单位) adds its columns to the block's
and is a row. A row that a copy broke inside a cell over two lines, each padded to its own cells and
not to the columns (its first line at the first column with too few cells, the next one holding the
rest of that cell and the cells left), is one row (_broken_rest). Prose with a double space, a
signature padded with spaces or a page header is no such block. Cells are slices of the text: nothing is rewritten.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from unicodedata import east_asian_width

from ..text.dates import time_words
from ..text.textcache import per_text

MIN_ROWS = 3
MIN_CELLS = 3
_GAP = re.compile(r"[ \u3000]{2,}")
_EDGE = " \u3000"


# Punctuation that normalisation folds from full width (（）,:;!? -> ()…): one column now, two
# where the layout was made. A column start is known within the range the line's folded marks allow.
_FOLDED = frozenset("(),:;!?")


def _width(s: str) -> tuple[int, int]:
    """Least and most display columns of s (a CJK character takes two; a folded mark one or two)."""
    wide = sum(1 for c in s if east_asian_width(c) in "WF")
    folded = sum(1 for c in s if c in _FOLDED)
    return len(s) + wide, len(s) + wide + folded


def cell_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line text[start:end] cut at runs of two or more spaces (edges left out)."""
    line = text[start:end]
    lo, hi = len(line) - len(line.lstrip(_EDGE)), len(line.rstrip(_EDGE))
    out, pos = [], lo
    for gap in _GAP.finditer(line, lo, hi):
        out.append((start + pos, start + gap.start()))
        pos = gap.end()
    if hi > pos:
        out.append((start + pos, start + hi))
    return out


def _columns(text: str, start: int, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The least and most display column each cell starts at."""
    cols, lo, hi, pos = [], 0, 0, start
    for a, _ in cells:
        w_lo, w_hi = _width(text[pos:a])
        lo, hi = lo + w_lo, hi + w_hi
        cols.append((lo, hi))
        pos = a
    return cols


def _placed(block: list[tuple[int, int]], cols: list[tuple[int, int]]) -> list[int] | None:
    """The block's column (index) of each cell starting at `cols`, each within one of its column's
    start, in order; None where a cell starts at no column of the block."""
    out, k = [], 0
    for lo, hi in cols:
        while k < len(block) and block[k][1] < lo - 1:
            k += 1
        if k == len(block) or block[k][0] > hi + 1:
            return None
        out.append(k)
        k += 1
    return out


def _split_header(first: list[tuple[int, int]], head: list[tuple[int, int]], sub: list[tuple[int, int]]
                  ) -> tuple[list[tuple[int, int]], list[int], list[int]] | None:
    """The columns of a header over two lines whose second splits a spanning cell of the first
    (责任单位 over 牵头单位 | 配合单位), and where each line's cells stand in them; None where the second
    line adds no column, or a column before the first line's second."""
    new = [c for c in sub if all(c[1] < lo - 1 or c[0] > hi + 1 for lo, hi in first)]
    if not new or new[0][0] <= first[min(1, len(first) - 1)][1]:
        return None
    columns = sorted(first + new)
    at_head, at_sub = _placed(columns, head), _placed(columns, sub)
    return (columns, at_head, at_sub) if at_head is not None and at_sub is not None else None


_MAX_BETWEEN = 2
"""Most lines in a row that a block goes on over (a group's caption across the table, a wrapped cell's rest)."""


def _gapped(line: str) -> bool:
    return "\t" not in line and ("  " in line or "\u3000\u3000" in line or "\u3000 " in line or " \u3000" in line)


_FULL = 2
"""Display columns (one CJK character) short of its column's room that a cell's piece may end and
still fill it: a wrap moves the character before a mark down with the mark."""


def _end_column(text: str, end: int) -> int:
    """The most display columns from its line's start to `end`."""
    return _width(text[text.rfind("\n", 0, end) + 1 : end])[1]


def _full(text: str, first: list[tuple[int, int]], k: int, piece: Span) -> bool:
    """The piece of a cell in column k fills its column up to the next column's start (less a gap
    of two): the cell wraps after it. Not known of the last column."""
    return k < len(first) - 1 and _end_column(text, piece[1]) >= first[k + 1][0] - 2 - _FULL


def _wrapped_line(text: str, first: list[tuple[int, int]], row: tuple, rests: list,
                  cells: list[tuple[int, int]], at: list[int], header: bool) -> str | None:
    """What a line under `row` whose first (serial) cell is blank holds: "rest", the rests of
    the row's wrapped cells (every piece but one in the last column stands under a piece that
    fills its column, or some does and the others do not fill theirs: a cell broken by hand);
    "head", the first lines of the next row's tall cells, which a vertically centred table prints
    above that row's own line (some piece stands under one that does not fill its column, or under
    the header, whose cells do not wrap into rows, and every piece fills its column itself); else
    None."""
    inner = [(k, c) for k, c in zip(at, cells) if k < len(first) - 1]
    if not inner:
        return None
    # column -> the last piece above in it, in text order (a head stands above its row's line)
    pieces = {} if header else dict(sorted([*zip(row[3], row[2]), *rests], key=lambda piece: piece[1][0]))
    # a piece ending in a list's mark (市水务局、) goes on under it, full or not: a cell broken by hand
    under_full = [k in pieces and (_full(text, first, k, pieces[k]) or text[pieces[k][1] - 1 : pieces[k][1]] in ("、", ","))
                  for k, _ in inner]
    if all(under_full):
        return "rest"
    if all(_full(text, first, k, c) for k, c in inner):
        return "head"
    return "rest" if any(under_full) else None  # a cell broken by hand (县委编办、⏎县财政局) beside a wrapped one


_LOOK_BELOW = 4
"""Lines under a header searched for the first row (a vertically centred table's heads stand between)."""


def _columns_below(text: str, stop: int, header: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The columns of the first row under a header line ending at `stop` whose cells stand right of
    the header's (a centred header), if a line of as many cells comes within _LOOK_BELOW lines."""
    pos = stop + 1
    for _ in range(_LOOK_BELOW):
        if pos > len(text):
            return None
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        cells = cell_spans(text, pos, end) if _gapped(text[pos:end]) else []
        if len(cells) == len(header):
            cols = _columns(text, pos, cells)
            return cols if cols != header and _centred_header(header, cols) else None
        pos = end + 1
    return None


def _centred_header(header: list[tuple[int, int]], row: list[tuple[int, int]]) -> bool:
    """The header's cells stand centred in the columns of the row under it (a PDF table's header
    printed by `pdftotext -layout`, its cells left-aligned): as many cells, each header cell
    starting at or after its row cell and before the next one."""
    if len(header) != len(row):
        return False
    nexts = [lo for lo, _ in row[1:]] + [None]
    return all(h_hi >= r_lo - 1 and (nxt is None or h_lo < nxt) for (h_lo, h_hi), (r_lo, _), nxt in zip(header, row, nexts))


Span = tuple[int, int]
Rows = dict[int, tuple[int, tuple[Span, ...], list[tuple[int, Span]], int]]
"""Line start -> (line end, the row's cells in the block's columns (a blank cell is an empty span),
the rests of its wrapped cells on the lines under it: (column, span), and its block's first line: its header)."""


def _broken_rest(text: str, stop: int, first: list[tuple[int, int]], cells: list[tuple[int, int]],
                 cols: list[tuple[int, int]]) -> tuple[int, list[tuple[int, int]]] | None:
    """(the end, the cells) of the line after the one ending at `stop`, where the two are one row that
    a copy broke inside a cell (Word's line break in a cell), each line padded to its own cells, not
    to the table's columns: the first starts at the table's first column with fewer cells than the
    table has, the second, not indented and no row of the table itself, holds the rest of its last
    cell and the cells after it, as many as the table has left. None otherwise."""
    if stop >= len(text) or len(cells) >= len(first) or _placed(first, cols[:1]) != [0]:
        return None
    nl = text.find("\n", stop + 1)
    end = len(text) if nl < 0 else nl
    line = text[stop + 1 : end]
    if not line.strip() or line[0] in _EDGE or "\t" in line:
        return None
    rest = cell_spans(text, stop + 1, end)
    if len(cells) + len(rest) - 1 != len(first):
        return None
    if len(rest) >= MIN_CELLS and _placed(first, _columns(text, stop + 1, rest)) is not None:
        return None
    return nl, rest


@per_text
def _rows(text: str) -> tuple[tuple[tuple[int, int], ...], Rows]:
    """The rows of every space-aligned table of the text: (start, end) of their lines in order, and the rows.
    A block's columns are those of its first line (its header); a later line with a blank cell
    has its other cells at the block's columns."""
    rows: Rows = {}
    rests: dict[int, list[tuple[int, Span]]] = {}
    block: list[tuple[int, int, list[tuple[int, int]], list[int]]] = []  # start, end, cells, columns
    first: list[tuple[int, int]] | None = None
    between = 0  # lines of fewer cells since the block's last row
    above: int | None = None  # the row right above (a wrapped cell's rest goes on under it), if any
    pending: list[tuple[int, Span]] = []  # heads read so far of the next row (a vertically centred table's)

    def flush() -> None:
        """Heads that no row follows after all: rests of the row above, as they look."""
        if pending and block:
            rests.setdefault(block[-1][0], []).extend(pending)
        pending.clear()

    def close() -> None:
        if len(block) >= MIN_ROWS:
            for start, end, cells, at in block:
                spans = [(start, start)] * len(first) if first else []
                for cell, k in zip(cells, at):
                    spans[k] = cell
                for k in range(1, len(spans)):  # a blank cell stands where the cell before it ends
                    if spans[k][0] == start and spans[k - 1][0] > start:
                        spans[k] = (spans[k - 1][1], spans[k - 1][1])
                rows[start] = (end, tuple(spans), rests.get(start, []), block[0][0])  # the block's first line: its header

    pos = 0
    while pos <= len(text):
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        line = text[pos:stop]
        if not line.strip():
            flush()
            above = None
        else:
            cells = cell_spans(text, pos, stop) if _gapped(line) else []
            cols = _columns(text, pos, cells) if len(cells) >= MIN_CELLS else None
            at = _placed(first, cols) if cols is not None and first is not None else None
            if cols is None and above is not None and line[0] in _EDGE and "。" not in line:
                at = _placed(first, _columns(text, pos, cells))  # a wrapped cell's rest, right under its column (a sentence there is a paragraph after the table)
                kind = "rest" if at else None
            else:
                kind = None
            if at and at[0] != 0 and above is not None and "。" not in line:
                kind = "head" if pending else _wrapped_line(text, first, block[-1], rests.get(above, []), cells, at, len(block) == 1) or kind
            if kind == "head":
                pending.extend(zip(at, cells))
            elif kind == "rest":
                flush()
                rests.setdefault(above, []).extend(zip(at, cells))
            elif at is not None and cols is not None:
                block.append((pos, stop, cells, at))
                if pending:  # the heads above the row's own line: its tall cells' first lines
                    rests[pos] = pending[:]
                    pending.clear()
                between, above = 0, pos
            elif (cols is None and len(block) == 1 and above == block[0][0] and len(cells) >= 2
                  and (split := _split_header(first, _columns(text, block[0][0], block[0][2]), _columns(text, pos, cells)))):
                # a second header line that splits a spanning cell (责任单位 over 牵头单位 | 配合单位): the
                # block's columns are both lines', and the line is a row (units.table reads it as a header)
                first, (head, under) = split[0], split[1:]
                block = [(*block[0][:3], head), (pos, stop, cells, under)]
                above = pos
            elif (block and first is not None and len(cells) >= 2
                  and (broken := _broken_rest(text, stop, first, cells, _columns(text, pos, cells)))):
                # a row a copy broke over two lines, each padded as a line of its own: one row, the
                # second line's first piece the rest of the first line's last cell
                flush()
                nl, rest = broken
                block.append((pos, len(text) if nl < 0 else nl, cells + rest[1:], list(range(len(first)))))
                rests[pos] = [(len(cells) - 1, rest[0])]
                between, above = 0, pos
            elif cols is None and first is not None and between < _MAX_BETWEEN:
                flush()
                between, above = between + 1, None
            else:
                flush()
                close()
                first, between = cols, 0
                if cols is not None:  # the columns are where the rows' cells start, the header's may be centred in them
                    first = _columns_below(text, stop, cols) or cols
                block = [(pos, stop, cells, list(range(len(cells))))] if cols is not None else []
                above = pos if cols is not None else None
        if nl < 0:
            break
        pos = nl + 1
    flush()
    close()
    return tuple((s, row[0]) for s, row in rows.items()), rows


def row_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every line of the text that is a row of a space-aligned table."""
    return _rows(text)[0]


def row_cells(text: str, start: int) -> tuple[tuple[int, int], ...]:
    """The cells of the row whose line starts at `start`, in its table's columns."""
    return _rows(text)[1][start][1]


def row_rests(text: str, start: int) -> list[tuple[int, Span]]:
    """The rests of the row's wrapped cells on the lines under it (a PDF wraps a long cell inside
    its column): (column, span) in text order."""
    return _rows(text)[1][start][2]


def is_row(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a line of a space-aligned table."""
    rows = row_lines(text)
    i = bisect_right(rows, (start, len(text) + 1)) - 1
    return (i >= 0 and rows[i][1] > start) or (i + 1 < len(rows) and rows[i + 1][0] < end)


def row_at(text: str, pos: int) -> tuple[int, int] | None:
    """The space-aligned table row holding `pos`, or None."""
    rows = row_lines(text)
    i = bisect_right(rows, (pos, len(text) + 1)) - 1
    return rows[i] if i >= 0 and rows[i][0] <= pos <= rows[i][1] else None


def cell_at(text: str, pos: int) -> tuple[int, int] | None:
    """(the row's line start, the column) of the space-aligned table cell holding `pos`, or None
    (a tab row's column is its count of tabs: this is the same reading for a row aligned with spaces)."""
    row = row_at(text, pos)
    if row is None:
        return None
    column = next((k for k, (a, b) in enumerate(row_cells(text, row[0])) if a <= pos <= b and a < b), None)
    return None if column is None else (row[0], column)


def header_line(text: str, start: int) -> int:
    """The first line (its header) of the table of the row whose line starts at `start`."""
    return _rows(text)[1][start][3]


def header_cell(text: str, pos: int) -> tuple[int, Span] | None:
    """(the header line's start, the header's cell) of the column of the space-aligned cell holding
    `pos` (an empty span where the header's cell there is blank); None off such a table."""
    at = cell_at(text, pos)
    if at is None:
        return None
    header = header_line(text, at[0])
    cells = row_cells(text, header)
    return header, cells[at[1]] if at[1] < len(cells) else (header, header)


def column_header(text: str, pos: int) -> Span | None:
    """The header's cell of the column holding `pos`: in a row's own line (header_cell) or in the rest of
    a wrapped cell (a PDF wraps a long cell inside its column, under the row or, a vertically centred
    table's tall cell, above it); None off a space-aligned table."""
    found = header_cell(text, pos)
    if found is not None:
        return found[1]
    rows = row_lines(text)
    i = bisect_right(rows, (pos, len(text) + 1)) - 1
    for start, _ in rows[max(i, 0) : i + 2]:  # the row above the line (its rests) and the one below (its heads)
        column = next((k for k, (a, b) in row_rests(text, start) if a <= pos < b), None)
        if column is not None:
            cells = row_cells(text, header_line(text, start))
            return cells[column] if column < len(cells) else None
    return None


def whole_cell(text: str, start: int, end: int) -> bool:
    """text[start:end] is one cell of a space-aligned table row under a header that names a time
    (a 完成时限 column's date; not the dates of a joint signature's grid, which has no header), or
    of the header itself (序号 | 工作任务 | 一季度 | 二季度: a column of the plan, as a tab table's is)."""
    row = row_at(text, start)
    if row is None or (start, end) not in row_cells(text, row[0]):
        return False
    header = header_cell(text, start)
    return header is not None and (header[0] == row[0] or time_words().search(text, *header[1]) is not None)
