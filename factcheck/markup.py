"""Markup maskers: turn a document's source into text that is safe to analyse.

A masker hides what must not be read (code, markup, front matter, URLs) by
overwriting it with spaces, newlines kept, so clean-text offsets equal source
offsets. The only edits that change length are HTML entities ("&#8217;" ->
"’"); each is recorded as a sparse ``(clean, source)`` breakpoint. Maskers
also report *cuts*: clean offsets where a text block must end (headings, list
items, table rows, block-level HTML elements).
"""

from __future__ import annotations

import html
import html.entities
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class Masked:
    """Masked text, its entity breakpoints and its block cuts (clean offsets)."""

    text: str
    breakpoints: tuple[tuple[int, int], ...] = ()
    cuts: tuple[int, ...] = ()


class Masker:
    """Collects masked spans, entity replacements and block cuts over a source."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._flags = bytearray(len(source))
        self._cuts: set[int] = set()
        self._subs: list[tuple[int, int, str]] = []

    def mask(self, start: int, end: int) -> None:
        """Hide ``source[start:end]`` (newlines stay)."""
        if end > start:
            self._flags[start:end] = b"\x01" * (end - start)

    def free(self, start: int, end: int | None = None) -> bool:
        """True if nothing in ``[start, end)`` (default: ``start`` alone) is masked."""
        return self._flags.find(1, start, start + 1 if end is None else end) < 0

    def cut(self, *offsets: int) -> None:
        """Force block boundaries at these source offsets."""
        self._cuts.update(offsets)

    def replace(self, start: int, end: int, text: str) -> None:
        """Replace ``source[start:end]`` by ``text`` unless it ends up masked."""
        self._subs.append((start, end, text))

    def result(self) -> Masked:
        """The clean text, breakpoints and cuts."""
        text = self._blanked()
        if not self._subs:
            return Masked(text, (), tuple(sorted(self._cuts)))
        return self._substituted(text)

    def _blanked(self) -> str:
        src, flags, size = self.source, self._flags, len(self.source)
        start = flags.find(1, 0, size)
        if start < 0:
            return src
        parts: list[str] = []
        add, find, pos = parts.append, src.find, 0
        while start >= 0:  # a run of hidden characters from start to end
            end = flags.find(0, start, size)
            if end < 0:
                end = size
            add(src[pos:start])
            if find("\n", start, end) < 0:
                add(" " * (end - start))
            else:
                add("\n".join([" " * len(p) for p in src[start:end].split("\n")]))
            pos = end
            start = flags.find(1, end, size)
        add(src[pos:])
        return "".join(parts)

    def _substituted(self, text: str) -> Masked:
        parts: list[str] = []
        ends: list[tuple[int, int]] = []  # (clean, source) after each replacement
        marks: list[tuple[int, int]] = []  # ends, plus the inner characters of longer ones
        pos = shift = 0
        for start, end, new in sorted(self._subs):
            if start < pos or not self.free(start, end):
                continue
            parts += [text[pos:start], new]
            marks += [(start + shift + k, start) for k in range(1, len(new))]
            shift += len(new) - (end - start)
            ends.append((end + shift, end))
            marks.append(ends[-1])
            pos = end
        parts.append(text[pos:])
        cuts = sorted(to_clean(cut, ends) for cut in self._cuts)
        return Masked("".join(parts), tuple(marks), tuple(cuts))


def to_clean(offset: int, marks: list[tuple[int, int]]) -> int:
    """Map a source offset (outside any entity) to its clean-text offset."""
    i = bisect_right(marks, offset, key=itemgetter(1)) - 1
    return offset if i < 0 else marks[i][0] + offset - marks[i][1]


def line_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, ``end`` excluding the newline."""
    spans: list[tuple[int, int]] = []
    pos = start
    add = spans.append
    for size in map(len, text[start:].split("\n")):
        add((pos, pos + size))
        pos += size + 1
    return spans


def _positions(src: str, chars: str) -> list[int]:
    """Sorted offsets of every occurrence in ``src`` of any of the characters ``chars``."""
    found: list[int] = []
    add, find = found.append, src.find
    for char in chars:
        i = find(char)
        while i >= 0:
            add(i)
            i = find(char, i + 1)
    if len(chars) > 1:
        found.sort()
    return found


def _matches_at(
    pattern: re.Pattern[str], src: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(src)``, given the sorted offsets where a match may start.

    For patterns that never match the empty string and can only start at one
    of ``starts``: trying them in turn (look-behinds still see the text before
    each) finds the same matches, without a slow scan of every position.
    """
    pos = 0
    match_at = pattern.match
    for start in starts:
        if start >= pos and (found := match_at(src, start)) is not None:
            pos = found.end()
            yield found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


# ------------------------------------------------------------ shared maskers

_URL = re.compile(r"(?<![\w@/])(?:(?:https?|ftps?)://|www\.)[^\s<>\"'`]+", re.I)
_URL_TAIL = ".,:;!?)]}'\"’”*_~"


def _url_length(url: str) -> int:
    end = len(url)
    while end and url[end - 1] in _URL_TAIL:
        if url[end - 1] == ")" and url.count("(", 0, end) >= url.count(")", 0, end):
            break
        end -= 1
    return end


_SCHEME = re.compile(r"(?:https?|ftps?)://", re.I)
_SCHEME_COLON = re.compile(r":(?=//)")
_WWW_DOT = re.compile(r"\.(?<=[wW]{3}\.)")  # under re.I only "w" and "W" match "w"


def _url_starts(src: str) -> list[int]:
    """Every offset where ``_URL`` could match: a scheme before ``://``, or ``www.``.

    These prefixes cannot overlap each other, so each ``://`` has at most one
    scheme start. (Literal-led patterns: far faster than ``_URL``'s look-behind.)
    """
    starts = [dot.start() - 3 for dot in _WWW_DOT.finditer(src)]
    for colon in _SCHEME_COLON.finditer(src):
        end = colon.end() + 2
        for start in range(max(end - 8, 0), end - 5):
            scheme = _SCHEME.match(src, start, end)
            if scheme is not None and scheme.end() == end:
                starts.append(start)
                break
    if len(starts) > 1:
        starts.sort()
    return starts


def mask_urls(m: Masker) -> None:
    """Hide bare URLs (trailing sentence punctuation stays visible)."""
    starts = _url_starts(m.source)
    if not starts:
        return  # the common case, decided without the (slow, look-behind) pattern
    flags = m._flags
    for url in _matches_at(_URL, m.source, starts):
        if not flags[url.start()]:
            m.mask(url.start(), url.start() + _url_length(url.group()))


_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_HTML5 = html.entities.html5


def _entity(raw: str) -> tuple[int, str] | None:
    """``(length used, character)`` for an entity reference, as ``html.unescape`` reads it."""
    if raw[1] == "#":
        char = html.unescape(raw)
        return (len(raw), char) if char != raw else None
    if raw.endswith(";") and raw[1:] in _HTML5:
        return len(raw), _HTML5[raw[1:]]
    name = raw[1:].rstrip(";")
    for size in range(len(name), 1, -1):
        if name[:size] in _HTML5:
            return size + 1, _HTML5[name[:size]]
    return None


def decode_entities(m: Masker) -> None:
    """Replace HTML character references outside masked text by their characters."""
    if "&" not in m.source:
        return
    for ref in _ENTITY.finditer(m.source):
        found = _entity(ref.group())
        if found and m.free(ref.start(), ref.start() + found[0]):
            m.replace(ref.start(), ref.start() + found[0], found[1])


_TAG = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<[!?][^<>]*>"
    r"|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>"
    r"|</?([A-Za-z][A-Za-z0-9:-]*)(?:\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>",
    re.S,
)
BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption dd details dialog div dl dt"
    " fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr"
    " html legend li main menu nav ol option p pre section summary table tbody td"
    " tfoot th thead title tr ul".split()
)
_RAW_TAGS = frozenset({"script", "style", "code", "template", "svg", "math"})


def _mask_raw(m: Masker, name: str, tag: re.Match[str]) -> int:
    """Hide a raw element's content up to its end tag; returns where to go on."""
    if name not in _RAW_TAGS or tag.group().startswith("</") or tag.group().endswith("/>"):
        return tag.end()
    close = re.compile(rf"</{name}\s*>", re.I).search(m.source, tag.end())
    if close is None and name in ("code", "svg", "math"):
        return tag.end()
    end = close.end() if close else len(m.source)
    m.mask(tag.end(), end)
    return end


def mask_tags(m: Masker, *, strict: bool) -> None:
    """Hide tags, comments and autolinks; cut at block-level tags.

    Not ``strict`` (markdown): a tag may not span a blank line.
    """
    src, pos = m.source, 0
    if "<" not in src:
        return
    while (tag := _TAG.search(src, pos)) is not None:
        start, end = tag.span()
        if not m.free(start) or (not strict and _BLANK_LINE.search(src, start, end)):
            pos = start + 1
            continue
        m.mask(start, end)
        name = (tag.group(1) or "").lower()
        if name in BLOCK_TAGS:
            m.cut(start, end)
        pos = _mask_raw(m, name, tag)


# --------------------------------------------------------------------- html

_HEAD = re.compile(r"<head\b[^>]*>.*?(?:</head\s*>|(?=<body\b)|\Z)", re.S | re.I)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.S | re.I)


def _mask_head(m: Masker) -> None:
    head = _HEAD.search(m.source)
    if head is None:
        return
    pos = head.start()
    for title in _TITLE.finditer(m.source, head.start(), head.end()):
        m.mask(pos, title.start(1))
        m.cut(title.start(1), title.end(1))
        pos = title.end(1)
    m.mask(pos, head.end())


def mask_html(m: Masker) -> None:
    """HTML: hide the head (but its title), tags, comments, scripts, styles, URLs."""
    _mask_head(m)
    mask_tags(m, strict=True)
    mask_urls(m)
    decode_entities(m)


# ----------------------------------------------------------------- markdown

_QUOTE = re.compile(r"(?:[ \t]{0,3}>[ \t]?)+")
_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})(.*)")
_RULE = re.compile(
    r"[ \t]{0,3}(?:=+|-{2,}|(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$"
)
_ATX = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_REFDEF = re.compile(r"[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S")
_BULLET = re.compile(r"[ \t]*(?:[-*+]|(\d{1,9})[.)])(?:[ \t]+\[[ xX]\])?(?:[ \t]+|$)")
_TABLE_DELIM = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")


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
    """GFM tables: hide pipes and the delimiter row; each row is a block."""
    if "|" not in rest:
        st.table = False
        return False
    following = _following(m.source, span[1])
    header = "|" in following and bool(_TABLE_DELIM.match(following))
    st.table = st.table or header
    if not st.table:
        return False
    if _TABLE_DELIM.match(rest):
        m.mask(*span)
    for pipe in re.finditer(r"\|", rest):
        m.mask(span[1] - len(rest) + pipe.start(), span[1] - len(rest) + pipe.end())
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
    for link in _matches_at(_LINK, src, _link_starts(src)):
        if not flags[link.start()] and (link.group(4) or link.group(1) == "!["):
            m.mask(*link.span(1))
            m.mask(link.start(3), link.end())


def mask_pattern(m: Masker, pattern: re.Pattern[str], first: str | None = None) -> None:
    """Hide every match of ``pattern`` that starts in unmasked text.

    ``first``, if given, holds every character a match can start with (and
    the pattern never matches the empty string): only those offsets are tried.
    """
    flags = m._flags
    if first is None:
        matches = pattern.finditer(m.source)
    else:
        matches = _matches_at(pattern, m.source, _positions(m.source, first))
    for match in matches:
        if not flags[match.start()]:
            m.mask(*match.span())


def mask_markdown(m: Masker) -> None:
    """Markdown: front matter, code, HTML, link targets, URLs, markup punctuation."""
    src = m.source
    body = _front_matter(src)
    m.mask(0, body)
    _md_lines(m, min(body + 1, len(src)) if body else 0)
    _mask_code_spans(m)
    mask_tags(m, strict=False)
    _mask_links(m)
    mask_urls(m)
    mask_pattern(m, _EMPHASIS, "*_~")
    decode_entities(m)


# ----------------------------------------------------------------------- rst

_EXPLICIT = re.compile(r"[ \t]*\.\.(?:[ \t]+|$)")
_DIRECTIVE = re.compile(r"([\w][\w:+.-]*)[ \t]*::")
_CITATION = re.compile(r"\[(?:#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\][ \t]*")
_ADORNMENT = re.compile(r"[ \t]*([=\-`:'\"~^_*+#<>.])\1{2,}[ \t]*$")
_BORDER = re.compile(r"[ \t]*(?:\+[-=+]+\+|=+(?:[ \t]+=+)+|-+(?:[ \t]+-+)+)[ \t]*$")
_OPTION = re.compile(r"[ \t]+:[\w-]+:")
_RST_ITEM = re.compile(r"[ \t]*(?:[-*+•‣⁃]|\d+[.)]|\(\d+\)|#[.)]|\(?[a-z]\))(?:[ \t]+|$)")
_PROSE_DIRECTIVES = frozenset(
    "note warning tip important attention caution danger error hint admonition topic"
    " sidebar epigraph highlights pull-quote compound rubric seealso table list-table"
    " csv-table glossary".split()
)
_BODY_DIRECTIVES = frozenset(
    "figure container class only deprecated versionadded versionchanged".split()
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
    name = directive.group(1).lower() if directive else ""
    citation = _CITATION.match(line, marker.end())
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
    following = m.source[slice(*spans[i + 1])] if i + 1 < len(spans) else ""
    if line.rstrip().endswith("::") and not following.strip():
        return _rst_literal(m, spans, i), bool(item)
    return i + 1, bool(item)


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


def mask_text(m: Masker) -> None:
    """Plain text: only bare URLs are hidden."""
    mask_urls(m)


MASKERS: dict[str, Callable[[Masker], None]] = {
    "text": mask_text,
    "markdown": mask_markdown,
    "html": mask_html,
    "rst": mask_rst,
}


def mask(source: str, fmt: str) -> Masked:
    """Mask ``source`` (newlines already normalised to ``\\n``) as format ``fmt``."""
    masker = Masker(source)
    MASKERS[fmt](masker)
    return masker.result()
