"""Table cells: the context of a value in a table body row."""

from __future__ import annotations

import re
from collections.abc import Container

from ..index import Tokens
from ..extract.numbers import currency_code
from ..markup import Cell
from ..text import Token, tokenize, unit_key


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
    cell = cell_at(tokens, offset)
    if cell is None:
        return tokens, scope
    heads = [t for a, b in cell.heads for t in tokenize(text, a, b)]
    label = tokenize(text, *cell.label) if cell.label[0] != cell.start else []
    own = [t for t in (tokens if scope is None else scope) if cell.start <= t.start < cell.end]
    corner = [  # the header over the labels, which may name the whole table: "| FULL-YEAR ESTIMATES | 2024A | 2025E |"
        t for c in _cells_of(tokens) if c.start == cell.label[0] != cell.start for a, b in c.heads for t in tokenize(text, a, b)
    ]
    if len(corner) < 2:
        corner = []  # (one word names the labels' kind: "| Event |", "| Metric |")
    return [*tokens, *heads], [*heads, *corner, *label, *own]


def _with_header(tokens: list[Token], offset: int, text: str) -> list[Token]:
    """A table row's tokens followed by those of the header cells over the cell at ``offset``: where
    a date, weekday or other figure in the cell may find its subject."""
    cell = cell_at(tokens, offset)
    if cell is None or not cell.heads or cell.label[0] == cell.start:
        return tokens  # (a row's label cell: its header names what the labels are, "| Monthly uptime |")
    extended = Tokens([*tokens, *(t for a, b in cell.heads for t in tokenize(text, a, b))])
    extended.cells = _cells_of(tokens)
    return extended


def cell_at(tokens: list[Token], offset: int) -> Cell | None:
    """The table cell of a sentence's that holds ``offset``, if any."""
    return next((c for c in _cells_of(tokens) if c.start <= offset < c.end), None)


def _cells_of(tokens: list[Token]) -> tuple[Cell, ...]:
    """The table cells a sentence lies in."""
    return tokens.cells if isinstance(tokens, Tokens) else ()


TOTAL_LABEL = re.compile(r"[\W_]*(?:grand\s+)?(?:total|sum|all|overall)(?:[\s,:(–-]+all\b[^|\n]*)?[\W_]*", re.IGNORECASE)


def _part_rows(cells: tuple[Cell, ...], text: str) -> frozenset[tuple[int, int]]:
    """The row labels of the body rows that are parts of a total: those of a table (its cells share
    their header cells) whose last row is labelled "Total", "Total, all venues", "Grand total", "All"
    or "Overall" (not "Total attendance", a measure), but that row; and all those under a header that
    gives the total ("| Prize money (total: £2,500,000) |")."""
    last: dict[tuple[tuple[int, int], ...], tuple[int, int]] = {}
    for cell in cells:
        if cell.heads and cell.label[0] >= last.get(cell.heads, (-1, -1))[0]:
            last[cell.heads] = cell.label
    totals = {heads for heads, label in last.items() if TOTAL_LABEL.fullmatch(text, label[0], label[1])}
    summed = {heads for heads in last if any(_TOTAL_IN_HEAD.search(text, a, b) for a, b in heads)}
    if not totals and not summed:
        return frozenset()
    return frozenset(
        c.label for c in cells if c.heads in summed or (c.heads in totals and c.label != last[c.heads])
    )


# A header that gives its column's total: "| Prize money (total: £2,500,000) |", "| Seats (1,200 in all) |".
_TOTAL_IN_HEAD = re.compile(
    r"\b(?:total|overall)\b\W{0,3}(?:[A-Z]{3}\s?|[$€£¥])?(?!(?:19|20)\d\d\b)\d|\d[\d,.]*\w*\s+(?:in\s+all|in\s+total|total)\b",
    re.IGNORECASE,
)


# A header's scale in brackets: "Viewers (millions)", "Revenue ($m)", "Staff ('000)", "Sales (in thousands)".
_HEAD_SCALE = re.compile(
    r"\(\s*(?:in\s+)?(?:([A-Z]{3}|US\$|[$€£¥])\s*)?(millions?|mn|m|bn|billions?|thousands?|000s|'000|k)\s*\)", re.IGNORECASE
)
_SCALES = {"m": 10**6, "mn": 10**6, "million": 10**6, "millions": 10**6, "bn": 10**9, "billion": 10**9, "billions": 10**9,
           "thousand": 10**3, "thousands": 10**3, "000s": 10**3, "'000": 10**3, "k": 10**3}  # fmt: skip
_PLAIN_FIGURE = re.compile(r"[\d.,]+")


# A header's unit in brackets: "Floor space (m²)", "Length (km)", "Output [MW]".
_HEAD_UNIT = re.compile(r"[(\[]\s*([^\W\d][^()\[\]\d,;]{0,11}?\d?)\s*[)\]]")


def header_unit(tokens: list[Token], start: int, end: int, text: str, units: Container[str]) -> str | None:
    """The unit, one of ``units``, that the header over the table cell at ``start`` (or its row's label) gives a figure
    that ends at ``end`` and stands alone in its cell ("22,000" under "| Floor space (m²) |"), or None."""
    cell = cell_at(tokens, start)
    if cell is None or text[end : cell.end].strip(" \t*_|"):
        return None  # (a word after the figure is its own: "| 22,000 visitors |")
    for a, b in (*cell.heads, cell.label) if cell.label[0] != cell.start else cell.heads:
        for found in _HEAD_UNIT.finditer(text, a, b):
            if unit_key(found.group(1)) in units:
                return found.group(1)
    return None


def header_scale(tokens: list[Token], start: int, figure: str, text: str) -> tuple[int, str | None]:
    """The scale, and the currency if it names one, that the header over the table cell at ``start`` (or its
    row's label) gives a plain figure ("4.23" under "Viewers (millions)" is 4.23 million, "312.5" under "Price (€000s)" is
    EUR 312,500), or (1, None)."""
    if not _PLAIN_FIGURE.fullmatch(figure):
        return 1, None
    cell = cell_at(tokens, start)
    for a, b in () if cell is None else (*cell.heads, cell.label) if cell.label[0] != cell.start else cell.heads:
        found = _HEAD_SCALE.search(text, a, b)  # (or the row's label: "| Passengers (million) | 14.23 |")
        if found:
            return _SCALES[found.group(2).lower()], currency_code(found.group(1)) if found.group(1) else None
    return 1, None
