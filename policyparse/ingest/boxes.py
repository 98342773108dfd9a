"""Tables drawn with characters in a text: read as rows of tab-separated cells.

A text export of a Word/WPS table or a PDF converter draws the table with box-drawing borders
(┌─┬─┐ │ ├─┼─┤ └─┴─┘, also double ═║ and heavy ━┃ lines), a plain-ASCII one with +---+ and |,
and an AI or CMS export writes a Markdown pipe table (| 序号 | 任务 | with a |---| line). The stages
read a table as one line a row, its cells joined by a tab (what the HTML and DOCX readers give, see
grid.py), so such a block is rewritten here into those rows before normalisation; the rest of the
text stays as it is, and every span of the output is a span of this rewritten text.

A block is lines that open and close with a border character (│ ┌ ├ └ ║ + | ｜), among them a rule (a
border of ─ ═ - =, a |---| line) and a line of two cells or more: a boxed title (one cell) or a
toolbar's | 首页 | 政务公开 | (no rule) stays text, and so does a grid wider than MAX_COLUMNS.

- A cell whose text is wrapped over several lines inside its box (rows separated by ├─┼─┤ lines) is
  one cell: its lines joined. Where only the header is ruled off (or nothing is), each line is a row,
  but for a line that is the rest of wrapped cells: its dividers where those of the line above stand,
  some of its cells blank and each other one under a cell above that fills its box.
- A rule under only some columns (│   ├───┤) leaves the other columns' cells open: a cell spanning
  down is repeated as text in every row it covers, and a cell spanning right is followed by an empty
  cell per extra column, as grid.py lays out merged HTML/DOCX cells (a two-row header 责任单位 over
  牵头 / 配合 gives the rows 责任单位, "" and 牵头, 配合); repeats are charged to grid.Budget. Where
  lines have fewer cells than the widest, their dividers are placed by display column (a CJK
  character two columns; the ambiguous box characters one, or two as a GBK export counts them).

- A table that goes on over a page end (a PDF's page number — 2 — on a line of its own, blank lines
  around it, maybe the next page's running header under it, then a line of as many dividers) is one
  table, a row cut by the page end one row, also where the table is closed and opened again around the
  page end (└─┘ … ┌─┐) and the first line after is the rest of the cut row's cells; the page number (and
  header) stands after the table's rows, and a header row the new page repeats is dropped.

Linear: one pass over the lines; each table line is split and measured at most twice.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from ..text.patterns import MARKED_NUMBER, PAGE_NUMBER
from .grid import MAX_COLUMNS, Budget

_HORIZONTAL = "─━┄┅┈┉╌╍═"
_VERTICAL = "│┃┆┇┊┋╎╏║"
# every other box-drawing character is a corner or a junction
_JUNCTIONS = "".join(chr(c) for c in range(0x2500, 0x2580) if chr(c) not in _HORIZONTAL + _VERTICAL)

_PREFILTER = re.compile(r"[\u2500-\u257f]|^[ \t\u3000]*[|｜+＋]", re.M)
_BORDER = frozenset("|｜+＋").union(chr(c) for c in range(0x2500, 0x2580))
_BOX_VERTICAL = re.compile(f"[{_VERTICAL}]")
# Dividers of a table drawn with box-drawing bars (an ASCII | or + there is a cell's character) and
# of one drawn with ASCII bars (its rules may still be box lines: |───|); + divides only rule lines.
_SPLIT = {True: re.compile(f"[{_VERTICAL}{_JUNCTIONS}]"), False: re.compile(f"[{_JUNCTIONS}|｜]")}
_RULE_SPLIT = {True: _SPLIT[True], False: re.compile(f"[{_JUNCTIONS}|｜+＋]")}
_BOX_RULE = re.compile(f"[ \u3000]*[{_HORIZONTAL}][{_HORIZONTAL} \u3000]*")
_ASCII_RULE = re.compile(r"[ \u3000]*:?[-=－＝]{3,}:?[ \u3000]*")
_SHORT_RULE = re.compile(r" *:?-+:? *")
_MARKDOWN_RULE = re.compile(r"[|｜][ :\-|｜]*")


def _is_rule(segment: str) -> bool:
    return bool(segment) and bool(_BOX_RULE.fullmatch(segment) or _ASCII_RULE.fullmatch(segment))


def _width(ch: str, ambiguous: int) -> int:
    kind = unicodedata.east_asian_width(ch)
    return 2 if kind in "WF" else ambiguous if kind == "A" else 1


def _display(s: str, ambiguous: int = 1) -> int:
    """Display columns of s: a CJK character takes two, an ambiguous one (box lines, “”) `ambiguous`."""
    return sum(_width(c, ambiguous) for c in s)


class _Line:
    """One drawn line: its segments between border characters and where they stand."""

    __slots__ = ("text", "splitter", "segments", "rules", "_edges")

    def __init__(self, text: str, boxed: bool) -> None:
        self.text = text
        self.splitter = _RULE_SPLIT[boxed]
        parts = self.splitter.split(text)
        if not all(not p.strip() or _is_rule(p) for p in parts[1:-1]):
            # a line of text: + and an ASCII dash are its characters, only bars divide it
            self.splitter = _SPLIT[boxed]
            parts = self.splitter.split(text)
        self.segments = parts[1:-1]
        self.rules = [_is_rule(p) for p in self.segments]
        if self.segments and all(_SHORT_RULE.fullmatch(p) for p in self.segments):
            self.rules = [True] * len(self.segments)  # Markdown's |-|:-:| (GFM asks one hyphen a cell)
        self._edges: dict[int, list[int]] = {}

    def edges(self, ambiguous: int) -> list[int]:
        """The display column where each divider stands, ambiguous characters (box lines) taking
        `ambiguous` columns."""
        if ambiguous not in self._edges:
            at, last, edges = 0, 0, []
            for m in self.splitter.finditer(self.text):
                at += _display(self.text[last:m.start()], ambiguous)
                edges.append(at)
                last = m.start()
            self._edges[ambiguous] = edges
        return self._edges[ambiguous]

    @property
    def is_rule(self) -> bool:
        return bool(self.segments) and all(self.rules)

    @property
    def has_rule(self) -> bool:
        return any(self.rules)


def _columns(lines: list[_Line]) -> tuple[int, list[list[tuple[int, int]]]]:
    """(number of columns, each line's segments as [first column, columns spanned]). A line with
    fewer segments than the widest holds cells spanning columns: each of its dividers stands at the
    nearest divider of a line of all columns, measured with the width of ambiguous characters (the
    box lines themselves) that makes them line up best."""
    n = max(len(line.segments) for line in lines)
    full = next((line for line in lines if len(line.segments) == n and line.is_rule),
                next(line for line in lines if len(line.segments) == n))

    def misses(amb: int) -> int:
        edges = set(full.edges(amb))
        return sum(e not in edges for line in lines if len(line.segments) < n for e in line.edges(amb))

    amb = min((1, 2), key=misses)
    edges = full.edges(amb)
    placed = []
    for line in lines:
        if len(line.segments) == n:
            placed.append([(k, 1) for k in range(n)])
            continue
        at = [_nearest(edges, e) for e in line.edges(amb)]
        placed.append([(min(at[k], n - 1), max(1, at[k + 1] - at[k])) for k in range(len(line.segments))])
    return n, placed


def _nearest(edges: list[int], e: int) -> int:
    """The index of the edge nearest to `e` (edges ascending)."""
    j = bisect_left(edges, e)
    return j if j == 0 or (j < len(edges) and edges[j] - e < e - edges[j - 1]) else j - 1


def _rows(block: list[str], budget: Budget) -> list[str] | None:
    """The tab rows of a drawn table, or None when the lines are no table."""
    boxed = any(_BOX_VERTICAL.search(text) for text in block)
    if any(len(_RULE_SPLIT[boxed].findall(text)) > 4 * MAX_COLUMNS for text in block):
        return None  # no grid is that wide
    lines = [_Line(text, boxed) for text in block]
    # a table has a rule (a border, a |---| line) and a line of two cells or more: bars alone
    # (| 首页 | 政务公开 | on a page's toolbar) are no table; nor is a grid wider than Word's
    if (not any(line.is_rule for line in lines) or not any(len(line.segments) >= 2 and not line.has_rule for line in lines)
            or max(len(line.segments) for line in lines) > MAX_COLUMNS):
        return None
    width, placed = _columns(lines)
    # groups of text lines between full or partial rules
    groups: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.has_rule:
            if groups[-1]:
                groups.append([])
        elif line.segments:
            groups[-1].append(i)
    groups = [g for g in groups if g]
    if len(groups) < 3 and any(len(g) > 1 for g in groups):
        # only the header is ruled off, or nothing: each line a row (the ruled-off header one), but
        # for the rest of cells that wrapped
        head = [groups[0]] if len(groups) == 2 else []
        by_line = head[:]  # the lines of each row
        # a Markdown table (its rules |---|:-:| of bars and hyphens alone) writes each row on one line:
        # no line of it is the rest of a wrapped cell, padded cells or not
        markdown = all(_MARKDOWN_RULE.fullmatch(line.text) for line in lines if line.is_rule)
        for i in (i for g in groups[len(head):] for i in g):
            if len(by_line) > len(head) and not markdown and _wraps(lines[by_line[-1][-1]], lines[i]):
                by_line[-1].append(i)
            else:
                by_line.append([i])
        return [tabbed for tabbed in (_tabbed(_texts(lines, placed, row, width)) for row in by_line) if tabbed]
    # Ruled rows: a row ends at any rule, a cell at a rule under its own column; a cell that spans
    # rows (its column not ruled between them) gives its whole text to each of them.
    rows: list[list[str]] = []
    texts: list[list[str]] = [[] for _ in range(width)]  # each column's open cell: its text so far
    first = [0] * width  # each column's open cell: the first row it covers
    seen = False  # a line of text since the last rule

    def close(k: int) -> None:
        value = "".join(texts[k]).strip()
        for r in range(first[k], len(rows)):
            rows[r][k] = value if r == first[k] else budget.take(value)
        texts[k], first[k] = [], len(rows)

    above: _Line | None = None  # the text line above in the same ruled group
    for i, line in enumerate(lines):
        if not line.has_rule:
            if seen and above is not None and _own_row(above, line, width):
                # a body left unruled between a ruled header and a ruled 合计 row, or a page's
                # rows before the table is closed at a page end: each full line is a row
                rows.append([""] * width)
                for k in range(width):
                    close(k)
            seen, above = True, line
            for (k, span), segment in zip(placed[i], line.segments):
                texts[k].append(segment.strip())
            continue
        above = None
        if seen:
            rows.append([""] * width)
            seen = False
        for (k, span), segment, rule in zip(placed[i], line.segments, line.rules):
            if not rule:  # a spanning cell's text on the rule line of the others
                texts[k].append(segment.strip())
        for (k, span), rule in zip(placed[i], line.rules):
            if rule:
                for c in range(k, min(k + span, width)):
                    close(c)
    if seen:
        rows.append([""] * width)
    for k in range(width):
        close(k)
    return [tabbed for tabbed in map(_tabbed, rows) if tabbed]


def _own_row(above: _Line, line: _Line, width: int) -> bool:
    """Whether a text line under another between the same rules is a row of its own: every cell of
    both written, the first cell above short of its box (a 序号, a short name: nothing wrapped out
    of it) and no cell above ending in a list's mark. A row wrapped or vertically centred in its
    boxes leaves cells blank, or its first cell wrapped fills its box (推进东江市供⏎水管网改造 beside
    a cell of one unit a line)."""
    return (len(line.segments) == width == len(above.segments)
            and all(s.strip() for s in line.segments) and all(s.strip() for s in above.segments)
            and not _full(above.segments[0])
            and not any(s.rstrip(" \u3000")[-1:] in ("、", ",", "，") for s in above.segments))


def _full(segment: str) -> bool:
    """A cell whose text fills its box (a wider one would have wrapped)."""
    text = segment.rstrip(" \u3000")
    return bool(text.strip()) and _display(segment) - _display(text) <= 2


def _wraps(above: _Line, line: _Line) -> bool:
    """Whether a line of an unruled table is the rest of the cells above it that wrapped: its dividers
    where those above stand (cells padded to their boxes, not a Markdown table's bare cells), some of
    its cells blank, every other one under a cell of the line above that fills its box."""
    if all(s.strip() for s in line.segments) or len(line.segments) != len(above.segments):
        return False
    if not all(not s.strip() or _full(a) for s, a in zip(line.segments, above.segments)):
        return False
    return any(line.edges(amb) == above.edges(amb) for amb in (1, 2))


def _texts(lines: list[_Line], placed: list[list[tuple[int, int]]], row: list[int], width: int) -> list[str]:
    cells: list[list[str]] = [[] for _ in range(width)]
    for i in row:
        for (k, _), segment in zip(placed[i], lines[i].segments):
            cells[k].append(segment.strip())
    return ["".join(cell) for cell in cells]


def _tabbed(cells: list[str]) -> str:
    return "\t".join(cells).rstrip("\t")


_SPACE = " \t\u3000\r"


def _drawn(line: str) -> bool:
    """A line drawn whole: it opens and closes with a border character."""
    line = line.strip(_SPACE)
    return len(line) >= 2 and line[0] in _BORDER and line[-1] in _BORDER


def untable(text: str) -> str:
    """`text` with every table drawn in characters rewritten as tab-separated rows."""
    if not _PREFILTER.search(text):
        return text
    lines = text.split("\n")
    budget = Budget(len(text))
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = _drawn_to(lines, i)
        if j == i:
            out.append(lines[i])
            i += 1
            continue
        block, furniture = lines[i:j], []
        while (k := _page_end(lines, j)) > j:  # the table goes on over a page end: its number after the table
            furniture += lines[j:k]
            j = _drawn_to(lines, k)
            block = _rejoined(block, lines[k:j])
        rows = _rows([line.strip(_SPACE) for line in block], budget) if len(block) >= 2 else None
        if rows is not None and furniture:  # the header a page repeats is the page's, as its number is
            rows = rows[:1] + [row for row in rows[1:] if row != rows[0]]
        out.extend(lines[i:j] if rows is None else rows + furniture)
        i = j
    return "\n".join(out)


def _drawn_to(lines: list[str], i: int) -> int:
    """The end of the run of drawn lines from line i."""
    while i < len(lines) and _drawn(lines[i]):
        i += 1
    return i


_PAGE_NUMBER = re.compile(PAGE_NUMBER)
# A running header under the page number (东江市人民政府办公室文件, X公报 2025年第4期): short, no sentence.
_HEADER_MAX = 40
_SENTENCE = re.compile(r"[。,;,;]")


def _page_end(lines: list[str], j: int) -> int:
    """Where the drawn lines before line j go on after a page end: a page number (— 2 —) on a line of
    its own, blank lines around it, maybe the next page's running header under it, then a line of as
    many dividers as the last drawn one; else j."""
    k = j
    while k < len(lines) and k - j < 3 and not lines[k].strip(_SPACE):
        k += 1
    if k == len(lines) or not _PAGE_NUMBER.fullmatch(lines[k].strip(_SPACE)):
        return j
    k += 1
    while k < len(lines) and k - j < 5 and not lines[k].strip(_SPACE):
        k += 1
    if k < len(lines) and _running_header(lines[k]):
        k += 1
        while k < len(lines) and k - j < 7 and not lines[k].strip(_SPACE):
            k += 1
    # the same grid goes on (another table after a page end is another table)
    return k if k < len(lines) and _drawn(lines[k]) and _dividers(lines[k]) == _dividers(lines[j - 1]) else j


def _dividers(line: str) -> int:
    return len(_RULE_SPLIT[bool(_BOX_VERTICAL.search(line))].findall(line))


def _running_header(line: str) -> bool:
    """A page's running header line: short, no sentence, not drawn (the grid's own line goes on), and
    opening with no heading number or numbered caption: a heading or a table's caption at the top of the
    page (二、2027年重点任务, 表2 …, 附件2) opens the next part, whose own table follows it, and is the
    text's, not the page's (R22)."""
    text = line.strip(_SPACE)
    if not (0 < len(text) <= _HEADER_MAX) or _drawn(text) or _SENTENCE.search(text):
        return False
    opening = unicodedata.normalize("NFKC", text)  # （二） read as (二), 表２ as 表2
    return MARKED_NUMBER.match(opening) is None and _NUMBERED_CAPTION.match(opening) is None


_NUMBERED_CAPTION = re.compile(r"(?:附件|附表|表)[ \t\u3000]*\d")


_CLOSING_CORNERS = "└┗╚+"
_OPENING_CORNERS = "┌┏╔+"


def _rejoined(before: list[str], after: list[str]) -> list[str]:
    """The drawn lines of a table's two pages as one block. A table closed at the page end and opened
    again on the next page (└─┘ / ┌─┐) with no text line cut between them leaves its rules; where the
    first text line after the opening is the rest of cells the page end cut (blank cells, the others
    under cells above that fill their boxes: …区农业农村 / 局), the closing and opening rules are the
    page's, not a row's end: they go, and the row stays one."""
    if len(before) >= 2 and len(after) >= 2 and before[-1].strip(_SPACE)[:1] in _CLOSING_CORNERS \
            and after[0].strip(_SPACE)[:1] in _OPENING_CORNERS:
        boxed = any(_BOX_VERTICAL.search(text) for text in before + after)
        above, rest = _Line(before[-2].strip(_SPACE), boxed), _Line(after[1].strip(_SPACE), boxed)
        if not above.has_rule and not rest.has_rule and above.segments and _wraps(above, rest):
            return before[:-1] + after[1:]
    return before + after
