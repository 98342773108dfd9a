"""Merged table cells: each row gets the values that cover it, in their columns.

HTML marks a merge on its first cell only (rowspan, colspan); DOCX writes a w:vMerge
"continue" cell under a "restart" cell and widens cells with w:gridSpan. The readers turn a
table into one line a row, cells joined by a tab; here each row is laid out on the
table's columns:

- a cell spanning down is repeated **as text** in every row it covers, so that each row
  carries its 牵头单位 / task group / deadline, and spans into the text stay exact (the
  repeat is text we emit, not a pointer back to the first row);
- a cell spanning right is followed by one empty cell per extra column, so the cells of
  every row stay under their headers.

Bounds (hostile tables such as rowspan="10000" on every row): at most MAX_COLUMNS columns
take part; a value longer than MAX_REPEATED characters is page layout (a content column
beside a sidebar) and is not repeated; and the repeats of one document, a tab each plus
their text, together add at most as many characters as its markup holds. Once that is
spent, merges are no longer followed (a warning says so): text and time stay linear.
"""

from __future__ import annotations

MAX_COLUMNS = 64
"""Widest grid laid out (Word allows 63 columns); cells further right are kept, unaligned."""
MAX_REPEATED = 500
"""Longest value repeated into the rows a merged cell covers."""
MAX_ROWSPAN = 65534
"""HTML's own limit; rowspan="0" (to the end of the table) is read as this."""

BUDGET_WARNING = ("merged table cells were repeated until the repeats reached the size of the input; "
                  "later rows do not repeat them")


class Budget:
    """Characters that repeated values may still add to one document's text."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.spent = False  # a repeat was refused

    def take(self, value: str) -> str:
        """`value` to repeat in one more row ("" when too long); charged with its tab."""
        if len(value) > MAX_REPEATED:
            value = ""
        if len(value) + 1 > self.left:
            self.spent = True
            return ""
        self.left -= len(value) + 1
        return value


def span_number(value: str | None, limit: int, zero: int = 1) -> int:
    """A rowspan/colspan/gridSpan attribute as a count in 1..limit (`zero` for "0")."""
    try:
        n = int((value or "1").strip())
    except ValueError:
        return 1
    return min(zero if n == 0 else max(n, 1), limit)


def _pad(values: list[str], value: str, width: int) -> None:
    values.append(value)
    values.extend([""] * (width - 1))


class RowSpans:
    """HTML: the cells of earlier rows that span down (rowspan), by the column they start at."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.above: dict[int, list] = {}  # column -> [text, width, index of the last row covered]
        self.next = 0  # index of the next row

    def covers(self) -> bool:
        """Whether a value that will be repeated covers the next row."""
        return any(0 < len(text) <= MAX_REPEATED and last >= self.next for text, _, last in self.above.values())

    def skip(self) -> None:
        """Pass a row with no cells (O(1): floods of <tr></tr> cost nothing)."""
        self.next += 1

    def row(self, cells: list[tuple[str, int, int]]) -> list[str]:
        """The next row's values by column: its own cells (text, colspan, rowspan) placed
        around the cells that cover it from above."""
        n = self.next
        self.next += 1
        values: list[str] = []
        col = 0
        new: dict[int, list] = {}
        carried: set[int] = set()
        for text, colspan, rowspan in cells:
            col = self._from_above(values, col, n, carried)
            width = max(1, min(colspan, MAX_COLUMNS - col))
            _pad(values, text, width)
            if rowspan > 1 and col < MAX_COLUMNS:
                new[col] = [text, width, n + rowspan - 1]
            col += width
        for start in sorted(self.above):  # covered columns right of the own cells
            if start >= col:
                values.extend([""] * (start - col))
                col = self._from_above(values, start, n, carried)
        # Every live cell from above was repeated (and paid for) in this row; one that was
        # not is overlapped by a cell of this row (bad markup) and ends here.
        for start in [c for c in self.above if c not in carried or self.above[c][2] <= n or self.budget.spent]:
            del self.above[start]
        if not self.budget.spent:
            self.above.update(new)
        return values

    def _from_above(self, values: list[str], col: int, n: int, carried: set[int]) -> int:
        while col in self.above and self.above[col][2] >= n:
            text, width, _ = self.above[col]
            _pad(values, self.budget.take(text), width)
            carried.add(col)
            col += width
        return col


class ColumnMerges:
    """DOCX: the value of the last w:vMerge "restart" cell in each column."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.above: dict[int, str] = {}

    def row(self, cells: list[tuple[str, int, str | None]], before: int = 0) -> list[str]:
        """The next row's values by column from its cells (text, gridSpan, vMerge), after
        `before` empty grid columns (w:gridBefore)."""
        col = min(before, MAX_COLUMNS)
        values = [""] * col
        for text, span, merge in cells:
            width = max(1, min(span, MAX_COLUMNS - col))
            if merge == "continue":
                # Word keeps a merged cell's content in its first cell; keep any stray text too.
                text = " ".join(t for t in (self.budget.take(self.above.get(col, "")), text) if t)
            elif merge == "restart":
                self.above[col] = text
            else:
                self.above.pop(col, None)
            _pad(values, text, width)
            col += width
        return values
