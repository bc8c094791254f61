"""The markdown masker: a line scanner for block structure, then inline passes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..text import REFERENCE_MARK
from .base import (
    _BLANK_LINE,
    Masker,
    _indent,
    _matches_at,
    _positions,
    decode_entities,
    line_spans,
    mask_pattern,
    mask_tags,
    mask_urls,
)
from .tables import TABLE_DELIM, Span, body_cells, pipe_cells

_QUOTE = re.compile(r"(?:[ \t]{0,3}>[ \t]?)+")
_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})(.*)")
_RULE = re.compile(
    r"[ \t]{0,3}(?:=+|-{2,}|(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$"
)
_ATX = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_REFDEF = re.compile(r"[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S")
_BULLET = re.compile(r"[ \t]*(?:[-*+]|(\d{1,9})[.)])(?:[ \t]+\[[ xX]\])?(?:[ \t]+|$)")


# What each line pattern's match can start with ("" stands for an empty line).
_QUOTE_FIRST = frozenset(("", " ", "\t", ">"))
_FENCE_FIRST = frozenset(("", " ", "\t", "`", "~"))
_RULE_FIRST = frozenset(" \t=-*_")
_QUOTE_OR_FENCE = frozenset(">`~")


@dataclass
class _MdState:
    """Where the markdown line scanner is."""

    fence: str = ""  # the open fence ("```", "~~~~") or ""
    code: bool = False  # inside an indented code block
    table: bool = False
    head: list[Span] = field(default_factory=list)  # the cells of the open table's header row
    in_list: bool = False
    prev_blank: bool = True
    quoted: bool = False


def _front_matter(src: str) -> int:
    """End offset of YAML (``---``) or TOML (``+++``) front matter, or 0."""
    if not src.startswith(("---", "+++")):
        return 0
    first = src.split("\n", 1)[0].rstrip()
    if first not in ("---", "+++"):
        return 0
    closers = ("---", "...") if first == "---" else ("+++",)
    for start, end in line_spans(src, src.find("\n") + 1 if "\n" in src else len(src)):
        if src[start:end].rstrip() in closers:
            return end
    return 0


# Front matter fields whose value is prose, read as a block each: the rest is metadata.
_PROSE_FIELD = re.compile(r"""(?P<key>[ \t]*(?:title|subtitle|description|summary|excerpt|abstract|lede)[ \t]*:[ \t]*["']?)(?P<value>.*?)["']?[ \t]*$""")


def _mask_front_matter(m: Masker, end: int) -> None:
    """Mask front matter (the first ``end`` characters) but for the values of its prose fields
    ("summary: ...", "description: ..."), each cut into a block of its own."""
    for start, stop in line_spans(m.source[:end], 0):
        field = _PROSE_FIELD.match(m.source, start, stop)
        if field is None or not field.group("value"):
            m.mask(start, stop)
            continue
        m.mask(start, field.start("value"))
        m.mask(field.end("value"), stop)
        m.cut(start, stop)


def _md_fence(m: Masker, st: _MdState, span: tuple[int, int], rest: str) -> bool:
    """Handle fence lines and lines inside a fence; True if the line is consumed."""
    fence = _FENCE.match(rest) if rest[:1] in _FENCE_FIRST else None
    if st.fence:
        m.mask(*span)
        if (
            fence
            and not fence.group(2).strip()
            and fence.group(1)[0] == st.fence[0]
            and len(fence.group(1)) >= len(st.fence)
        ):
            st.fence = ""
        return True
    if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
        st.fence = fence.group(1)
        m.mask(*span)
        m.cut(*span)
        return True
    return False


def _md_code(m: Masker, st: _MdState, span: tuple[int, int], rest: str) -> bool:
    """Indented code blocks (four spaces after a blank line, outside lists)."""
    indented = rest.startswith(("    ", "\t"))
    st.code = indented and (st.code or (st.prev_blank and not st.in_list))
    if st.code:
        m.mask(*span)
    return st.code


def _following(src: str, end: int) -> str:
    """The line after the one ending at ``end`` ("" for the last line)."""
    if end >= len(src):
        return ""
    stop = src.find("\n", end + 1)
    return src[end + 1 : stop if stop >= 0 else len(src)]


def _md_table(m: Masker, st: _MdState, span: tuple[int, int], rest: str) -> bool:
    """GFM tables: hide pipes and the delimiter row; each row is a block; record the body's cells."""
    if "|" not in rest:
        st.table = False
        return False
    following = _following(m.source, span[1])
    header = "|" in following and bool(TABLE_DELIM.match(following))
    st.table = st.table or header
    if not st.table:
        return False
    start = span[1] - len(rest)
    if TABLE_DELIM.match(rest):
        m.mask(*span)
    elif header:
        st.head = pipe_cells(start, rest)
    else:
        m.cells(body_cells(pipe_cells(start, rest), st.head))
    for pipe in re.finditer(r"\|", rest):
        m.mask(start + pipe.start(), start + pipe.end())
    m.cut(*span)
    return True


def _md_structure(m: Masker, st: _MdState, span: tuple[int, int], rest: str) -> None:
    """Rules, headings, reference definitions and list items."""
    start, end = span[1] - len(rest), span[1]
    first = rest[0]  # (the first character each pattern can start with decides)
    if (first in _RULE_FIRST and _RULE.match(rest)) or (first in "[ \t" and _REFDEF.match(rest)):
        m.mask(start, end)
    elif first in "# \t" and (heading := _ATX.match(rest)):
        m.mask(start, start + heading.end())
        if rest.rstrip(" \t").endswith("#") and (closing := _ATX_CLOSE.search(rest)):
            m.mask(start + closing.start(), end)
        m.cut(*span)
    elif (first in "-*+ \t" or first.isdecimal()) and (item := _BULLET.match(rest)) and (
        not item.group(1) or item.group(1) == "1" or st.prev_blank or st.in_list
    ):
        m.mask(start, start + item.end())
        m.cut(span[0])
        m.item(span[0])
        st.in_list = True
    elif st.prev_blank and _indent(rest) == 0:
        st.in_list = False


def _md_line(m: Masker, st: _MdState, span: tuple[int, int]) -> None:
    line = m.source[span[0] : span[1]]
    quote = _QUOTE.match(line) if line[:1] in _QUOTE_FIRST else None
    rest = line[quote.end() :] if quote else line
    if _md_fence(m, st, span, rest):
        st.prev_blank = True
        return
    if quote:
        m.mask(span[0], span[0] + quote.end())
    if bool(quote) != st.quoted:
        m.cut(span[0])
        st.quoted = bool(quote)
    if not rest.strip():
        st.prev_blank, st.table = True, False
        return
    if not _md_code(m, st, span, rest) and not _md_table(m, st, span, rest):
        _md_structure(m, st, span, rest)
    st.prev_blank = False


# A line the scanner must look at: one that starts with whitespace, a digit or
# markdown punctuation, or holds a pipe. Every other line is empty or "plain"
# prose, and a run of those only changes the scanner's state (or is hidden).
_SPECIAL_START = r"[^\S\n]|[=\-*_\[#+>`~\d]"
_SPECIAL_AT = re.compile(_SPECIAL_START)
_BEFORE_SPECIAL = re.compile(rf"\n(?={_SPECIAL_START})")
_BLANK_THEN_TEXT = re.compile(r"\n\n[^\n]")


def _md_run(m: Masker, st: _MdState, start: int, end: int) -> None:
    """What ``_md_line`` does to each line of ``source[start:end]``, all empty or plain.

    Line by line: a plain line ends a quote (with a cut), an indented code
    block and a table, and a list if a blank line came before it; an empty
    line ends a quote and a table. In a fence, plain lines are hidden.
    """
    src = m.source
    if st.fence:
        while (stop := src.find("\n", start, end)) >= 0:
            m.mask(start, stop)
            start = stop + 1
        m.mask(start, end)
        st.prev_blank = True
        return
    if st.quoted:
        m.cut(start)
        st.quoted = False
    st.table = False
    if src.count("\n", start, end) == end - start:
        st.prev_blank = True  # only empty lines
        return
    st.code = False
    if (
        (st.prev_blank and src[start] != "\n")  # a plain first line after a blank one
        or (src[start] == "\n" and src[start + 1] != "\n")  # empty, then plain
        or _BLANK_THEN_TEXT.search(src, start, end)  # further on
    ):
        st.in_list = False
    st.prev_blank = src[end - 1] == "\n"


def _md_lines(m: Masker, start: int) -> None:
    """Scan the lines from offset ``start`` (a line start) as ``_md_line`` on each would.

    Only the special lines (see ``_SPECIAL_START``) are looked at one by one;
    the runs of empty and plain lines between them are handled whole.
    """
    src, n = m.source, len(m.source)
    st = _MdState()
    specials = [start] if _SPECIAL_AT.match(src, start) else []
    specials += [newline.end() for newline in _BEFORE_SPECIAL.finditer(src, start)]
    if "|" in src:  # and the lines holding a pipe
        pipes = {src.rfind("\n", 0, p) + 1 for p in _positions(src, "|") if p >= start}
        specials = sorted(pipes.union(specials))
    pos = start  # the first line not yet scanned
    for begin in specials:
        if begin > pos:
            _md_run(m, st, pos, begin - 1)
        end = src.find("\n", begin)
        if end < 0:
            end = n
        pos = end + 1
        rest = src[begin:end]
        if rest[0] not in _QUOTE_OR_FENCE and not rest[0].isspace() and "|" not in rest:
            # No quote, fence, code or table can start here: what _md_line does.
            if st.fence:
                m.mask(begin, end)
                st.prev_blank = True
                continue
            if st.quoted:
                m.cut(begin)
                st.quoted = False
            st.code = st.table = False
            _md_structure(m, st, (begin, end), rest)
            st.prev_blank = False
        else:
            _md_line(m, st, (begin, end))
    if pos <= n:
        _md_run(m, st, pos, n)


_TICKS = re.compile(r"`+")


def _pair_ticks(runs: list[re.Match[str]]) -> list[int | None]:
    """For each backtick run, the index of the next run of the same length."""
    following: list[int | None] = [None] * len(runs)
    last: dict[int, int] = {}
    for i in range(len(runs) - 1, -1, -1):
        size = len(runs[i].group())
        following[i], last[size] = last.get(size), i
    return following


def _mask_code_spans(m: Masker) -> None:
    """Inline code: a backtick run up to the next run of the same length, in one paragraph."""
    src, start = m.source, 0
    if "`" not in src:
        return
    for end in [b.start() for b in _BLANK_LINE.finditer(src)] + [len(src)]:
        runs = list(_TICKS.finditer(src, start, end))
        closer, i = _pair_ticks(runs), 0
        while i < len(runs):
            opening, j = runs[i], closer[i]
            usable = m.free(opening.start()) and src[opening.start() - 1 : opening.start()] != "\\"
            if j is not None and usable:
                m.mask(opening.start(), runs[j].end())
                i = j
            i += 1
        start = end


_LINK = re.compile(
    r"(!?\[)((?:[^\[\]\n]|\n(?![ \t]*\n)|\[[^\[\]\n]*\])*)(\])"
    r"(\(\s*(?:<[^<>\n]*>|(?:[^()\s]|\([^()\s]*\))*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)|\[[^\[\]\n]*\])?"
)
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]:?")
_CITATIONS = re.compile(f"(?:{REFERENCE_MARK})+(?![(:])")  # "[1][2]", "[3, 4]": reference marks
_EMPHASIS = re.compile(
    r"(?<![\w*_~\\])(?:\*+|_+|~~+)(?=[^\s*_~])|(?<=[^\s*_~\\])(?:\*+|_+|~~+)(?![\w*_~])"
)


def _link_starts(src: str) -> Iterator[int]:
    """Where a ``_LINK`` may start: each ``[``, and a ``!`` just before one."""
    for bracket in _positions(src, "["):
        if bracket and src[bracket - 1] == "!":
            yield bracket - 1
        yield bracket


def _mask_links(m: Masker) -> None:
    """Keep link and image text; hide brackets, destinations and reference labels."""
    src, flags = m.source, m._flags
    if "[" not in src:
        return
    for note in _FOOTNOTE.finditer(src):
        if not flags[note.start()]:
            m.mask(*note.span())
    for marks in _matches_at(_CITATIONS, src, _positions(src, "[")):  # (no link: its text is no figure here)
        if not flags[marks.start()]:
            m.mask(*marks.span())
    for link in _matches_at(_LINK, src, _link_starts(src)):
        if not flags[link.start()] and (link.group(4) or link.group(1) == "!["):
            m.mask(*link.span(1))
            m.mask(link.start(3), link.end())

def mask_markdown(m: Masker) -> None:
    """Markdown: front matter, code, HTML, link targets, URLs, markup punctuation."""
    src = m.source
    body = _front_matter(src)
    _mask_front_matter(m, body)
    _md_lines(m, min(body + 1, len(src)) if body else 0)
    _mask_code_spans(m)
    mask_tags(m, strict=False)
    _mask_links(m)
    mask_urls(m)
    mask_pattern(m, _EMPHASIS, "*_~")
    decode_entities(m)
