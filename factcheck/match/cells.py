"""Table cells: the context of a value in a table body row."""

from __future__ import annotations

from ..index import Tokens
from ..markup import Cell
from ..text import Token, tokenize


def _row_spans(cells: tuple[Cell, ...]) -> tuple[list[int], list[int]]:
    """The spans of table rows, header rows included, as sorted starts and their ends: from each body
    row's label to its last cell, and each header cell."""
    spans: dict[int, int] = {}
    for cell in cells:
        spans[cell.label[0]] = max(spans.get(cell.label[0], 0), cell.end)
        for a, b in cell.heads:
            spans[a] = max(spans.get(a, 0), b)
    starts = sorted(spans)
    return starts, [spans[a] for a in starts]


def cell_context(
    tokens: list[Token], offset: int, text: str, scope: list[Token] | None
) -> tuple[list[Token], list[Token] | None]:
    """Where ``require`` and ``exclude`` terms count for the value at ``offset``: the sentence and
    ``scope`` (see :func:`_exclusion_scope`), unless the value is in a table cell.

    In a cell of a body row, ``exclude`` terms count in the column's header
    cells, the row's first cell (its label) and the value's own cell (of that,
    the part in ``scope``), not in the other cells, which belong to other
    columns; ``require`` terms count in the sentence and the header cells.
    """
    cell = next((c for c in _cells_of(tokens) if c.start <= offset < c.end), None)
    if cell is None:
        return tokens, scope
    heads = [t for a, b in cell.heads for t in tokenize(text, a, b)]
    label = tokenize(text, *cell.label) if cell.label[0] != cell.start else []
    own = [t for t in (tokens if scope is None else scope) if cell.start <= t.start < cell.end]
    return [*tokens, *heads], [*heads, *label, *own]


def _with_header(tokens: list[Token], offset: int, text: str) -> list[Token]:
    """A table row's tokens followed by those of the header cells over the cell at ``offset``: where
    a date, weekday or other figure in the cell may find its subject."""
    cell = next((c for c in _cells_of(tokens) if c.start <= offset < c.end), None)
    if cell is None or not cell.heads or cell.label[0] == cell.start:
        return tokens  # (a row's label cell: its header names what the labels are, "| Monthly uptime |")
    extended = Tokens([*tokens, *(t for a, b in cell.heads for t in tokenize(text, a, b))])
    extended.cells = _cells_of(tokens)
    return extended


def _cells_of(tokens: list[Token]) -> tuple[Cell, ...]:
    """The table cells a sentence lies in."""
    return tokens.cells if isinstance(tokens, Tokens) else ()
