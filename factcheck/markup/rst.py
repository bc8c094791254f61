"""The reStructuredText masker: a line scanner for blocks, then inline passes."""

from __future__ import annotations

import re
from itertools import pairwise

from .base import _BLANK_LINE, Masker, _indent, line_spans, mask_pattern, mask_urls
from .tables import Cell, Span

_EXPLICIT = re.compile(r"[ \t]*\.\.(?:[ \t]+|$)")
_DIRECTIVE = re.compile(r"([\w][\w:+.-]*)[ \t]*::")
_CITATION = re.compile(r"\[(?:#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\][ \t]*")
_ADORNMENT = re.compile(r"[ \t]*([=\-`:'\"~^_*+#<>.])\1{2,}[ \t]*$")
_BORDER = re.compile(r"[ \t]*(?:\+[-=+]+\+|=+(?:[ \t]+=+)+|-+(?:[ \t]+-+)+)[ \t]*$")
_GRID_BORDER = re.compile(r"[ \t]*\+[-=+]+\+[ \t]*$")
_SIMPLE_BORDER = re.compile(r"[ \t]*=+(?:[ \t]+=+)+[ \t]*$")
_RUN = re.compile(r"\S+")
_OPTION = re.compile(r"[ \t]+:[\w-]+:")
_RST_ITEM = re.compile(r"[ \t]*(?:[-*+•‣⁃]|\d+[.)]|\(\d+\)|#[.)]|\(?[a-z]\))(?:[ \t]+|$)")
_PROSE_DIRECTIVES = frozenset(
    "note warning tip important attention caution danger error hint admonition topic"
    " sidebar epigraph highlights pull-quote compound rubric seealso table"
    " csv-table glossary".split()
)
_BODY_DIRECTIVES = frozenset(
    "figure container class only deprecated versionadded versionchanged"
    # Sphinx's descriptions of an API, whose bodies are docstrings: prose (also "py:function" and the like)
    " function method attribute data exception module classmethod staticmethod property decorator"
    " autoclass autofunction automethod autoattribute automodule autodata autoexception".split()
)


def _block_end(m: Masker, spans: list[tuple[int, int]], i: int, indent: int) -> int:
    """Index of the first line after ``i`` that is not blank and not indented past ``indent``."""
    j = i + 1
    while j < len(spans):
        line = m.source[spans[j][0] : spans[j][1]]
        if line.strip() and _indent(line) <= indent:
            break
        j += 1
    return j


def _mask_lines(m: Masker, spans: list[tuple[int, int]], i: int, j: int) -> int:
    m.mask(spans[i][0], spans[j - 1][1])
    m.cut(spans[i][0], spans[j - 1][1])
    return j


def _rst_explicit(m: Masker, spans: list[tuple[int, int]], i: int, marker: re.Match[str]) -> int:
    """Explicit markup: keep footnotes and content directives, hide everything else."""
    start, end = spans[i]
    line = m.source[start:end]
    indent = _indent(line)
    directive = _DIRECTIVE.match(line, marker.end())
    name = directive.group(1).lower().rsplit(":", 1)[-1] if directive else ""  # ("py:class" is "class")
    citation = _CITATION.match(line, marker.end())
    if name == "list-table":
        return _rst_list_table(m, spans, i, start + directive.end() if directive else end)
    if name in _PROSE_DIRECTIVES or name in _BODY_DIRECTIVES or (citation and not directive):
        keep_args = name in _PROSE_DIRECTIVES or citation
        head = directive or citation
        assert head is not None  # a directive's name or a citation got us here
        m.mask(start, end if not keep_args else start + head.end())
        m.cut(start)
        j = i + 1
        while j < len(spans) and _OPTION.match(m.source, spans[j][0], spans[j][1] + 1):
            m.mask(*spans[j])
            j += 1
        return j
    empty = not line[marker.end() :].strip()
    if empty and (i + 1 == len(spans) or not m.source[slice(*spans[i + 1])].strip()):
        return _mask_lines(m, spans, i, i + 1)
    return _mask_lines(m, spans, i, _block_end(m, spans, i, indent))


_LIST_ROW = re.compile(r"[ \t]*\*[ \t]+-(?:[ \t]+|$)")
_LIST_CELL = re.compile(r"[ \t]*-(?:[ \t]+|$)")
_HEADER_ROWS = re.compile(r"[ \t]+:header-rows:[ \t]*(\d+)")


def _rst_list_table(m: Masker, spans: list[tuple[int, int]], i: int, title: int) -> int:
    """A ``list-table`` directive: its title is prose; each row ("* - a" then "  - b") is a block
    of its own, as a table row, and the body rows' cells are recorded under the header rows'."""
    start, end = spans[i]
    m.mask(start, title)
    m.cut(start, end)
    j, header_rows = i + 1, 0
    while j < len(spans) and _OPTION.match(m.source, spans[j][0], spans[j][1] + 1):
        option = _HEADER_ROWS.match(m.source, spans[j][0], spans[j][1])
        header_rows = int(option.group(1)) if option else header_rows
        m.mask(*spans[j])
        j += 1
    stop = _block_end(m, spans, i, _indent(m.source[start:end]))
    rows: list[list[Span]] = []
    for a, b in spans[j:stop]:
        row, cell = _LIST_ROW.match(m.source, a, b), _LIST_CELL.match(m.source, a, b)
        marker = row or cell
        if marker:
            m.mask(a, marker.end())
            if row or not rows:
                rows.append([])
                m.cut(a)
            rows[-1].append((marker.end(), b))
        elif m.source[a:b].strip() and rows and rows[-1]:
            rows[-1][-1] = (rows[-1][-1][0], b)  # a cell's text goes on
    if stop > j:
        m.cut(spans[stop - 1][1])
    heads, body = rows[:header_rows], rows[header_rows:]
    m.cut(*(a for head in heads for a, _ in head))  # a header cell is a label of its own: "Winner" over "Jockey" names no one
    m.cells(
        [
            Cell(a, b, row[0], tuple(head[k] for head in heads if k < len(head)))
            for row in body
            for k, (a, b) in enumerate(row)
        ]
    )
    return stop


def _rst_literal(m: Masker, spans: list[tuple[int, int]], i: int) -> int:
    """A paragraph line ending in ``::``: hide the marker and the indented block after."""
    start, end = spans[i]
    line = m.source[start:end].rstrip()
    if line.strip() == "::" or line[:-2].endswith((" ", "\t")):
        m.mask(start + len(line[:-2].rstrip()), end)  # "text ::" reads "text"
    else:
        m.mask(start + len(line) - 1, end)  # "text::" reads "text:"
    j = _block_end(m, spans, i, _indent(line))
    k = i + 1
    while k < j and not m.source[slice(*spans[k])].strip():
        k += 1
    return _mask_lines(m, spans, i + 1, j) if k < j else i + 1


def _para_end(m: Masker, spans: list[tuple[int, int]], i: int) -> int:
    """Index of the first blank line after ``i`` (or the number of lines)."""
    while i < len(spans) and m.source[slice(*spans[i])].strip():
        i += 1
    return i


def _rst_line(
    m: Masker, spans: list[tuple[int, int]], i: int, item_ok: bool
) -> tuple[int, bool]:
    """Mask a line (or the block it starts): the next line's index, and if it was a list item."""
    start, end = spans[i]
    line = m.source[start:end]
    item = _RST_ITEM.match(line) if item_ok else None
    if marker := _EXPLICIT.match(line):
        return _rst_explicit(m, spans, i, marker), False
    if _ADORNMENT.match(line) or _BORDER.match(line):
        if _GRID_BORDER.match(line) or _SIMPLE_BORDER.match(line):
            return _rst_table(m, spans, i), False
        m.mask(start, end)
    elif line.lstrip().startswith(">>>"):
        return _mask_lines(m, spans, i, _para_end(m, spans, i)), False
    elif line.strip().startswith("|") and line.rstrip().endswith("|"):
        for pipe in re.finditer(r"\|", line):
            m.mask(start + pipe.start(), start + pipe.end())
        m.cut(start, end)
    elif item:
        m.mask(start, start + item.end())
        m.cut(start)
        m.item(start)
    following = m.source[slice(*spans[i + 1])] if i + 1 < len(spans) else ""
    if line.rstrip().endswith("::") and not following.strip():
        return _rst_literal(m, spans, i), bool(item)
    return i + 1, bool(item)


# -------------------------------------------------------------------- tables


def _rst_table(m: Masker, spans: list[tuple[int, int]], i: int) -> int:
    """A grid or simple table from its top border at line ``i``: hide its borders (and a grid's pipes),
    make each row line a block, and record the body's cells. Returns the index of the line after it."""
    top = m.source[slice(*spans[i])]
    grid = bool(_GRID_BORDER.match(top))
    columns: list[tuple[int, int | None]]  # where each column's cells are in a line (None: to its end)
    if grid:
        corners = [k for k, char in enumerate(top) if char == "+"]
        columns = [(a + 1, b) for a, b in pairwise(corners)]
        end = _grid_end(m, spans, i)
    else:
        starts = [run.start() for run in _RUN.finditer(top)]
        columns = [*pairwise(starts), (starts[-1], None)]
        end = _simple_end(m, spans, i)
    head: list[tuple[int, bool]] = []  # the header's lines: those above a "+===+" or the second "=== ===" border
    body: list[tuple[int, bool]] = []  # (line, whether a border stands above it)
    border = True
    for j in range(i, end):
        start, stop = spans[j]
        line = m.source[start:stop]
        if _BORDER.match(line):
            m.mask(start, stop)
            if j > i and not head and (line.lstrip()[:2] in ("+=", "==")) and j + 1 < end:
                head, body = body, []
            border = True
        elif line.strip():
            for pipe in re.finditer(r"\|", line) if grid else ():
                m.mask(start + pipe.start(), start + pipe.end())
            m.cut(start, stop)
            body.append((j, border))
            border = False
    if head:
        m.cells(_column_cells(m.source, spans, columns, [j for j, _ in head], body, grid))
    return end


def _grid_end(m: Masker, spans: list[tuple[int, int]], i: int) -> int:
    """The index of the line after a grid table: its lines all start with "+" or "|"."""
    j = i + 1
    while j < len(spans) and m.source[slice(*spans[j])].lstrip()[:1] in ("+", "|"):
        j += 1
    return j


def _simple_end(m: Masker, spans: list[tuple[int, int]], i: int) -> int:
    """The index of the line after a simple table: after its last "=== ===" border (the second,
    or the third if rows follow the second). No other border: the line after ``i``."""
    borders: list[int] = []
    j = i + 1
    while j < len(spans) and len(borders) < 2:
        line = m.source[slice(*spans[j])]
        if _SIMPLE_BORDER.match(line):
            borders.append(j)
            following = m.source[slice(*spans[j + 1])] if j + 1 < len(spans) else ""
            if not following.strip():
                break  # the bottom border
        j += 1
    return borders[-1] + 1 if borders else i + 1


def _column_cells(
    src: str,
    spans: list[tuple[int, int]],
    columns: list[tuple[int, int | None]],
    head: list[int],
    body: list[tuple[int, bool]],
    grid: bool,
) -> list[Cell]:
    """The cells of the body lines (with whether a border stands above each), cut into ``columns``,
    under the header lines' cells.

    A row's first line gives its label to the row's other lines: in a grid, those up to the next
    border; in a simple table, those after it whose first cell is blank.
    """
    heads = [_line_cells(spans[j], columns) for j in head]
    cells: list[Cell] = []
    label: Span | None = None
    for j, after_border in body:
        row = _line_cells(spans[j], columns)
        if label is None or (after_border if grid else bool(src[row[0][0] : row[0][1]].strip())):
            label = row[0]
        cells += [
            Cell(a, b, label, tuple(line[k] for line in heads if k < len(line)))
            for k, (a, b) in enumerate(row)
        ]
    return cells


def _line_cells(span: tuple[int, int], columns: list[tuple[int, int | None]]) -> list[Span]:
    """A table line's cells, one per column (those the line reaches)."""
    start, end = span
    cells = [(start + lo, end if hi is None else min(start + hi, end)) for lo, hi in columns if start + lo < end]
    return cells or [(start, start)]


_RST_LITERAL = re.compile(r"``(?=\S)(?:[^`\n]|`(?!`)|\n(?![ \t]*\n))+?``")
_ROLE = re.compile(r"(:[\w.+-]+:)?`(?=[^`\s])([^`]*?)`(:[\w.+-]+:)?(__?)?")
_KEEP_ROLES = frozenset(
    ":emphasis: :strong: :title-reference: :title: :t: :abbr: :sup: :sub:".split()
)
_FOOTREF = re.compile(r"\[(?:#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]_")
_TARGET = re.compile(r"\s*<[^<>]*>\s*$")
_RST_EMPHASIS = re.compile(r"(?<![\w*\\])\*+(?=[^\s*])|(?<=[^\s*\\])\*+(?![\w*])")


def _mask_roles(m: Masker) -> None:
    """Interpreted text and references: keep their words, hide roles and targets."""
    if "`" not in m.source:
        return
    for ref in _ROLE.finditer(m.source):
        if not m.free(ref.start()) or _BLANK_LINE.search(ref.group()):
            continue
        role = ref.group(1) or ref.group(3) or ""
        target = _TARGET.search(ref.group(2))
        if role and role not in _KEEP_ROLES and not target:
            m.mask(*ref.span())
            continue
        m.mask(ref.start(), ref.start(2))
        m.mask(ref.start(2) + target.start() if target else ref.end(2), ref.end())


def mask_rst(m: Masker) -> None:
    """reStructuredText: comments, non-prose directives, literals, adornments, URLs."""
    spans = line_spans(m.source)
    i, prev_blank, in_list = 0, True, False
    while i < len(spans):
        line = m.source[slice(*spans[i])]
        if not line.strip():
            i, prev_blank = i + 1, True
            continue
        after, item = _rst_line(m, spans, i, prev_blank or in_list)
        prev_blank, in_list = after > i + 1, item or (in_list and _indent(line) > 0)
        i = after
    for pattern in (_RST_LITERAL, _FOOTREF):
        mask_pattern(m, pattern)
    _mask_roles(m)
    mask_urls(m)
    mask_pattern(m, _RST_EMPHASIS, "*")
