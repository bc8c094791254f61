"""Table cells: where each value of a table's body stands, and the cells that give it context.

A table row is one block, its cells read together ("| Exhibitors | 900 |"
states a count). But a value in a comparison table belongs to its column:
in "| Exhibitors | 800+ | 500 |" under "| | WAIC 2025 | WAIC 2024 |", the
500 is 2024's. So for every cell of a body row of a table with a header row,
the maskers record a :class:`Cell`: its span, its row's first cell (the row
label) and its column's header cells, for the matcher to read as the value's
context (see :func:`factcheck.match.cell_context`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

Span = tuple[int, int]


class Cell(NamedTuple):
    """A cell of a table's body row; every span is ``(start, end)`` in the text."""

    start: int
    end: int
    label: Span  # the row's first cell (the cell itself in the first column)
    heads: tuple[Span, ...]  # the header cells over its column (or columns), from every header row


def disjoint(cells: Sequence[Cell]) -> tuple[Cell, ...]:
    """``cells`` sorted, less any that overlaps one starting before it (a table nested in a cell)."""
    kept: list[Cell] = []
    for cell in sorted(cells):
        if not kept or cell.start >= kept[-1].end:
            kept.append(cell)
    return tuple(kept)


#: A cell that only numbers its row: "1", "2.", "#3", "(4)", "5th".
_ROW_NUMBER = re.compile(r"\s*[#(]?\d{1,3}(?:\.|\)|st|nd|rd|th)?\s*")


def labelled_by_name(cells: Sequence[Cell], source: str) -> list[Cell]:
    """``cells`` with each row whose first cell only numbers it ("| 2 | Saltmarch | €301,750 |", a
    rank) labelled by its next cell instead: the row is Saltmarch's, which is what its label stands for."""
    seconds: dict[Span, Span] = {}
    for cell in cells:
        if cell.start > cell.label[0] and (cell.label not in seconds or cell.start < seconds[cell.label][0]):
            seconds[cell.label] = (cell.start, cell.end)
    named = {
        label: second for label, second in seconds.items()
        if _ROW_NUMBER.fullmatch(source, *label) and not _ROW_NUMBER.fullmatch(source, *second) and source[second[0] : second[1]].strip()
    }
    return [cell._replace(label=named[cell.label]) if cell.label in named else cell for cell in cells] if named else list(cells)


def body_cells(row: Sequence[Span], head: Sequence[Span]) -> list[Cell]:
    """The cells of a body row under the header row ``head``, one column each (a Markdown table)."""
    return [Cell(a, b, row[0], (head[j],) if j < len(head) else ()) for j, (a, b) in enumerate(row)]


# ------------------------------------------------------------------ markdown


#: A Markdown table's delimiter row: "|---|:-:|".
TABLE_DELIM = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")


def pipe_cells(start: int, line: str) -> list[Span]:
    """The cells of a Markdown table row ``line`` (at offset ``start``): the spans between its
    pipes, less the empty ones before a leading and after a trailing pipe."""
    bounds = [-1, *(pipe.start() for pipe in re.finditer(r"\|", line)), len(line)]
    cells = [(start + a + 1, start + b) for a, b in pairwise(bounds)]
    if len(cells) > 1 and not line[: bounds[1]].strip():
        cells = cells[1:]
    if len(cells) > 1 and not line[bounds[-2] + 1 :].strip():
        cells = cells[:-1]
    return cells


def tab_cells(start: int, line: str) -> list[Span]:
    """The cells of a tab-separated row ``line`` (at offset ``start``)."""
    bounds = [-1, *(tab.start() for tab in re.finditer("\t", line)), len(line)]
    return [(start + a + 1, start + b) for a, b in pairwise(bounds)]


# ---------------------------------------------------------------------- html

TABLE_TAGS = frozenset("table thead tbody tfoot tr td th".split())
_COLSPAN = re.compile(r"""\scolspan\s*=\s*["']?\s*(\d{1,3})""", re.I)


class TableTag(NamedTuple):
    """A table tag found by the tag masker: its lower-case name, whether it closes, where it is."""

    name: str
    closing: bool
    start: int
    end: int
    colspan: int = 1


def table_tag(name: str, raw: str, start: int, end: int) -> TableTag:
    """The :class:`TableTag` of a tag ``raw`` named ``name`` at ``start``..``end``."""
    span = _COLSPAN.search(raw) if name in ("td", "th") else None
    return TableTag(name, raw.startswith("</"), start, end, max(1, int(span.group(1))) if span else 1)


class _HtmlCell(NamedTuple):
    start: int
    end: int
    column: int
    width: int


@dataclass
class _HtmlTable:
    """An HTML table being read: its rows so far, and the open row and cell."""

    rows: list[tuple[list[_HtmlCell], bool]] = field(default_factory=list)  # (cells, a header row)
    row: list[_HtmlCell] | None = None
    heading: bool = False  # the open row is in a thead, or holds only th cells so far
    in_head: bool = False  # inside thead
    cell: tuple[int, int, bool] | None = None  # the open cell: (start, width, is th)

    def close_cell(self, at: int) -> None:
        if self.cell is not None and self.row is not None:
            start, width, is_th = self.cell
            column = self.row[-1].column + self.row[-1].width if self.row else 0
            self.row.append(_HtmlCell(start, at, column, width))
            self.heading = self.heading and (is_th or self.in_head)
        self.cell = None

    def close_row(self, at: int) -> None:
        self.close_cell(at)
        if self.row:
            self.rows.append((self.row, self.heading))
        self.row = None

    def open_row(self) -> None:
        self.row, self.heading = [], True

    def cells(self) -> list[Cell]:
        """The body cells, if the table starts with a header row."""
        count = next((n for n, (_, heading) in enumerate(self.rows) if not heading), len(self.rows))
        heads, body = [row for row, _ in self.rows[:count]], self.rows[count:]
        if not heads:
            return []
        return [
            Cell(c.start, c.end, (row[0].start, row[0].end), _heads_over(c, heads))
            for row, _ in body
            for c in row
        ]


def _heads_over(cell: _HtmlCell, heads: list[list[_HtmlCell]]) -> tuple[Span, ...]:
    """The header cells over any of ``cell``'s columns."""
    lo, hi = cell.column, cell.column + cell.width
    return tuple((h.start, h.end) for row in heads for h in row if h.column < hi and lo < h.column + h.width)


def html_cells(tags: Sequence[TableTag], size: int) -> list[Cell]:
    """The body cells of the HTML tables marked up by ``tags`` (in source order) in a text of ``size``.

    End tags may be left out, as HTML allows; a nested table closes the cell around it.
    """
    stack: list[_HtmlTable] = []
    cells: list[Cell] = []
    for tag in tags:
        if tag.name == "table":
            if not tag.closing:
                if stack:
                    stack[-1].close_cell(tag.start)
                stack.append(_HtmlTable())
            elif stack:
                table = stack.pop()
                table.close_row(tag.start)
                cells += table.cells()
        elif stack:
            _html_tag(stack[-1], tag)
    for table in stack:  # never closed
        table.close_row(size)
        cells += table.cells()
    return cells


def _html_tag(table: _HtmlTable, tag: TableTag) -> None:
    """Read one tag inside ``table``: any table tag but ``<table>`` itself."""
    if tag.name in ("td", "th"):
        table.close_cell(tag.start)
        if not tag.closing:
            if table.row is None:
                table.open_row()
            table.cell = (tag.end, tag.colspan, tag.name == "th")
    elif tag.name == "tr":
        table.close_row(tag.start)
        if not tag.closing:
            table.open_row()
    else:  # thead, tbody, tfoot
        table.close_row(tag.start)
        table.in_head = tag.name == "thead" and not tag.closing
