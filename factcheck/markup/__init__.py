"""Markup maskers: turn a document's source into text that is safe to analyse.

A masker hides what must not be read (code, markup, front matter, URLs) by
overwriting it with spaces, newlines kept, so clean-text offsets equal source
offsets. The only edits that change length are HTML entities ("&#8217;" ->
"’"); each is recorded as a sparse ``(clean, source)`` breakpoint. Maskers
also report *cuts*: clean offsets where a text block must end (headings, list
items, table rows, block-level HTML elements), and the *cells* of tables with
a header row (:mod:`.tables`).

The package follows the data flow: :mod:`.base` holds the :class:`Masker`
that collects what to hide and the maskers every format shares (URLs, tags,
entities); :mod:`.markdown`, :mod:`.htmlmask` and :mod:`.rst` hold one format
each; :func:`mask` picks the format's masker from :data:`MASKERS` and returns
the :class:`Masked` result.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .base import (
    Masked,
    Masker,
    line_spans,
    mask_deletions,
    mask_paired_emphasis,
    mask_slugs,
    mask_wiki_links,
    mask_urls,
    split_hashtag_years,
)
from .htmlmask import mask_html
from .markdown import mask_markdown
from .rst import mask_rst
from .subtitles import is_subtitles, mask_subtitles
from .tables import TABLE_DELIM, Cell, body_cells, pipe_cells, tab_cells

__all__ = ["MASKERS", "Cell", "mask"]


# A plain-text list item's marker: a bullet, or a number after an item or a blank line (not "2025. Then").
# (a letter or a small roman numeral in brackets too: "(a) ", "(iv) ", "b) ")
_TEXT_BULLET = re.compile(r"[ \t]*(?:[-*+•·–]|(\d{1,2})[.)]|\(?([a-z]|[ivx]{1,4})\))[ \t]+(?=\S)")
_TEXT_ITEM = re.compile(r"^" + _TEXT_BULLET.pattern, re.MULTILINE)


_TEXT_FENCE = re.compile(r"^[ \t]*```[^\n]*\n.*?^[ \t]*```[^\n]*$", re.MULTILINE | re.DOTALL)
_TEXT_CODE = re.compile(r"`[^`\n]+`")


def mask_text(m: Masker) -> None:
    """Plain text: bare URLs, code fenced by ``` lines and `inline code` are hidden (plain text is
    often written in Markdown's manner), and a line that starts with a list marker ("- ", "• ",
    "1. ") starts a list item, as in Markdown, so that it is a sentence of its own."""
    if is_subtitles(m.source):
        mask_subtitles(m)  # an .srt or .vtt caption file, or one saved as text
        mask_urls(m)
        mask_paired_emphasis(m)
        return
    for pattern in (_TEXT_FENCE, _TEXT_CODE):
        if pattern is _TEXT_FENCE and "```" not in m.source:
            continue  # (a cheap test first: most texts have no fence)
        for code in pattern.finditer(m.source):
            if m.free(code.start(), code.end()):
                m.mask(code.start(), code.end())
                if pattern is _TEXT_FENCE:
                    m.cut(code.start(), code.end())
    mask_urls(m)
    mask_paired_emphasis(m)
    if "|" in m.source and ("-|" in m.source or "|-" in m.source or "|:" in m.source):
        _pipe_tables(m)
    if "   " in m.source and _COLUMN_GAP.search(m.source):
        _text_tables(m)
    if "\t" in m.source:
        _tab_tables(m)
    source = m.source
    for item in _TEXT_ITEM.finditer(source):
        start = item.start()
        label = item.group(1) or item.group(2)
        if label and label not in ("1", "a", "i") and not _listed(source, start):
            continue  # "2025. Then ...", "(b) ...": a number or a letter opens an item only in a list or after a blank line
        m.mask(start, item.end())
        m.cut(start)
        m.item(start)


def _pipe_tables(m: Masker) -> None:
    """Markdown's pipe tables in plain text, as generated text often has them: a row of pipes over
    a delimiter row ("|---|---|") starts a table, read as in Markdown (pipes and the delimiter row
    hidden, each row a block, each body cell with its column's header); a line with no pipe ends it."""
    spans = line_spans(m.source)
    head: list[tuple[int, int]] | None = None
    for k, (a, b) in enumerate(spans):
        line = m.source[a:b]
        if "|" not in line:
            head = None
            continue
        if head is None:
            following = m.source[spans[k + 1][0] : spans[k + 1][1]] if k + 1 < len(spans) else ""
            if "|" not in following or not TABLE_DELIM.match(following):
                continue
            head = pipe_cells(a, line)
        elif TABLE_DELIM.match(line):
            m.mask(a, b)
        else:
            m.cells(body_cells(pipe_cells(a, line), head))
        for pipe in re.finditer(r"\|", line):
            m.mask(a + pipe.start(), a + pipe.end())
        m.cut(a, b)


def _tab_tables(m: Masker) -> None:
    """Tab-separated tables in plain text (a spreadsheet saved as text): two lines or more in a row
    with the same number of tabs, two at least; the first is the header row, and each row is a
    block whose cells have their column's header."""
    spans = line_spans(m.source)
    k = 0
    while k < len(spans):
        tabs = m.source.count("\t", *spans[k])
        end = k + 1
        while end < len(spans) and tabs >= 2 and m.source.count("\t", *spans[end]) == tabs:
            end += 1
        if end - k >= 2 and tabs >= 2:
            head = tab_cells(spans[k][0], m.source[slice(*spans[k])])
            for a, b in spans[k + 1 : end]:
                m.cells(body_cells(tab_cells(a, m.source[a:b]), head))
            m.cut(*(offset for span in spans[k:end] for offset in span))
        k = end


_ESM_LINE = re.compile(r"^(?:import|export)[ \t{*].*$", re.M)  # MDX's module lines: "import { Stat } from '...'"
_MDX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)  # "{/* a comment */}"


def mask_mdx(m: Masker) -> None:
    """MDX: Markdown with JSX. Its import and export lines and its {/* comments */} are hidden, then
    the rest is read as Markdown (JSX tags are hidden with their attributes, as HTML tags are)."""
    for pattern in (_ESM_LINE, _MDX_COMMENT):
        for found in pattern.finditer(m.source):
            if m.free(found.start(), found.end()):
                m.mask(found.start(), found.end())
                m.cut(found.start(), found.end())
    mask_markdown(m)


def _listed(source: str, start: int) -> bool:
    """Whether the line before ``start`` (a line's start) is blank or a list item."""
    if start == 0:
        return True
    before = source.rfind("\n", 0, start - 1) + 1
    line = source[before : start - 1]
    return not line.strip() or _TEXT_BULLET.match(line) is not None


_COLUMN_GAP = re.compile(r"\S {3,}\S")  # a table's columns stand three spaces apart or more
_CELL = re.compile(r"\S+(?: \S+)*")  # words one space apart
_FIGURE_CELL = re.compile(r"[-+~≈<>$€£¥]?[\d.,]+[%+]?|n/?a|[-–—]")


def _text_tables(m: Masker) -> None:
    """Plain-text tables, columns aligned with spaces (as text taken from a PDF has them): two lines
    or more whose words stand three spaces apart. Each line is a row, a block of its own; under a
    header line (one with no cell that is only a figure), each cell also gets its column's header,
    the header cell whose right edge is nearest its own, and its row's first cell as its label."""
    group: list[tuple[int, int]] = []
    for start, end in [*line_spans(m.source), (len(m.source) + 1, len(m.source) + 1)]:
        if start < end and (_COLUMN_GAP.search(m.source, start, end) or (group and _RULE_ROW.fullmatch(m.source, start, end))):
            group.append((start, end))  # (a rule line in a table, its columns maybe two spaces apart: "-----  ---")
            continue
        if len(group) >= 2:
            _text_table(m, group)
        group = []


_RULE_ROW = re.compile(r"[ \t]*[-=]{2,}(?:[ \t]+[-=]{2,})+[ \t]*")  # a rule under a header, one run a column: "-----  ---"
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")


def _is_head(src: str, first: list[tuple[int, int]], ruled: bool) -> bool:
    """Whether a text table's first line is its header: a rule line stands under it (``ruled``), or it has no
    cell that is only a figure, or its figures are all years, two or more ("Measure   2024   2025   change")."""
    if ruled:
        return True
    figures = [cell for cell in first if _FIGURE_CELL.fullmatch(src, *cell)]
    return not figures or (len(figures) >= 2 and all(_YEAR_CELL.fullmatch(src, *cell) for cell in figures))


def _text_table(m: Masker, lines: list[tuple[int, int]]) -> None:
    ruled = [_RULE_ROW.fullmatch(m.source, a, b) is not None for a, b in lines]
    for (a, b), rule in zip(lines, ruled):
        if rule:
            m.mask(a, b)  # a rule under the header, or under the table: "-------  -----"
    first = [match.span() for match in _CELL.finditer(m.source, *lines[0])]
    head = first if _is_head(m.source, first, ruled[1]) else []
    head_start = lines[0][0]
    lines = [line for k, line in enumerate(lines) if not ruled[k] and (k or not head)]
    cells = []
    for a, b in lines:
        row = [match.span() for match in _CELL.finditer(m.source, a, b)]
        for k, (start, end) in enumerate(row):
            column = end - a  # right edges line up: "Clean Rail 2030" over "14.5"
            heads = () if k == 0 or not head else (min(head, key=lambda h: abs(h[1] - head_start - column)),)
            cells.append(Cell(start, end, row[0], heads))
        m.cut(a, b)
    if head and lines:
        m.cut(lines[0][0])
        m.cells(cells)


MASKERS: dict[str, Callable[[Masker], None]] = {
    "text": mask_text,
    "markdown": mask_markdown,
    "mdx": mask_mdx,
    "html": mask_html,
    "rst": mask_rst,
}


def mask(source: str, fmt: str) -> Masked:
    """Mask ``source`` (newlines already normalised to ``\\n``) as format ``fmt``."""
    masker = Masker(source)
    if fmt != "html":
        mask_deletions(masker)  # (HTML's deleted text is its <del>, <s> and <strike> elements)
        mask_wiki_links(masker)
    MASKERS[fmt](masker)
    mask_slugs(masker)
    split_hashtag_years(masker)
    return masker.result()
