"""Shared masking machinery: the Masker, offset helpers, and the maskers every format uses.

:class:`Masker` collects what a format masker hides, replaces and cuts, and
:meth:`Masker.result` turns that into a :class:`Masked`. The shared maskers
hide bare URLs and HTML tags and decode HTML character references.
"""

from __future__ import annotations

import html
import html.entities
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter

from .tables import TABLE_TAGS, Cell, TableTag, disjoint, html_cells, labelled_by_name, table_tag

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class Masked:
    """Masked text, its entity breakpoints, its block cuts and its table cells (clean offsets)."""

    text: str
    breakpoints: tuple[tuple[int, int], ...] = ()
    cuts: tuple[int, ...] = ()
    cells: tuple[Cell, ...] = ()
    items: tuple[int, ...] = ()  # where list items start (their markers), sorted


class Masker:
    """Collects masked spans, entity replacements, block cuts and table cells over a source."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._flags = bytearray(len(source))
        self._cuts: set[int] = set()
        self._subs: list[tuple[int, int, str]] = []
        self._cells: list[Cell] = []
        self._items: set[int] = set()
        self._joins: list[int] = []

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

    def item(self, offset: int) -> None:
        """Record that a list item's marker ("- ", "1.", ``<li>``) starts at source ``offset``."""
        self._items.add(offset)

    def cells(self, cells: list[Cell]) -> None:
        """Record the body cells of a table (source offsets)."""
        self._cells += labelled_by_name(cells, self.source)

    def join(self, offset: int) -> None:
        """Read the newline at ``offset`` as a space: the lines either side run on (a caption's cues)."""
        self._joins.append(offset)

    def replace(self, start: int, end: int, text: str) -> None:
        """Replace ``source[start:end]`` by ``text`` unless it ends up masked."""
        self._subs.append((start, end, text))

    def result(self) -> Masked:
        """The clean text, breakpoints, cuts and cells."""
        text = self._blanked()
        if self._joins:
            chars = list(text)
            for offset in self._joins:
                chars[offset] = " "
            text = "".join(chars)
        if not self._subs:
            return Masked(text, (), tuple(sorted(self._cuts)), disjoint(self._cells), tuple(sorted(self._items)))
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
        cells = disjoint([_clean_cell(cell, ends) for cell in self._cells])
        items = tuple(sorted(to_clean(item, ends) for item in self._items))
        return Masked("".join(parts), tuple(marks), tuple(cuts), cells, items)


def to_clean(offset: int, marks: list[tuple[int, int]]) -> int:
    """Map a source offset (outside any entity) to its clean-text offset."""
    i = bisect_right(marks, offset, key=itemgetter(1)) - 1
    return offset if i < 0 else marks[i][0] + offset - marks[i][1]


def _clean_cell(cell: Cell, marks: list[tuple[int, int]]) -> Cell:
    """A cell's spans (source offsets, outside any entity) in clean-text offsets."""

    def clean(span: tuple[int, int]) -> tuple[int, int]:
        return to_clean(span[0], marks), to_clean(span[1], marks)

    start, end = clean((cell.start, cell.end))
    return Cell(start, end, clean(cell.label), tuple(map(clean, cell.heads)))


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
# A table row is one block, its cells read together ("Exhibitors | 900"), as in Markdown.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption dd details dialog div dl dt"
    " fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr"
    " html legend li main menu nav ol option p pre section summary table tbody"
    " tfoot thead title tr ul".split()
)
_ALT = re.compile(r"""\salt\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)  # an image's alt="..."
_RAW_TAGS = frozenset({"script", "style", "code", "template", "svg", "math", "del", "s", "strike"})  # (struck text: deleted)


def _mask_raw(m: Masker, name: str, tag: re.Match[str]) -> int:
    """Hide a raw element's content up to its end tag; returns where to go on."""
    if name not in _RAW_TAGS or tag.group().startswith("</") or tag.group().endswith("/>"):
        return tag.end()
    close = re.compile(rf"</{name}\s*>", re.I).search(m.source, tag.end())
    if close is None and name in ("code", "svg", "math", "del", "s", "strike"):
        return tag.end()
    end = close.end() if close else len(m.source)
    m.mask(tag.end(), end)
    return end


def mask_tags(m: Masker, *, strict: bool) -> None:
    """Hide tags, comments and autolinks; cut at block-level tags; record table cells.

    Not ``strict`` (markdown): a tag may not span a blank line.
    """
    src, pos = m.source, 0
    if "<" not in src:
        return
    tables: list[TableTag] = []
    while (tag := _TAG.search(src, pos)) is not None:
        start, end = tag.span()
        if not m.free(start) or (not strict and _BLANK_LINE.search(src, start, end)):
            pos = start + 1
            continue
        name = (tag.group(1) or "").lower()
        alt = _ALT.search(src, start, end) if name in ("img", "area") else None
        if alt and alt.group(2).strip():  # an image's alt text is read, as Markdown's "![alt](...)" is: a block of its own
            m.mask(start, alt.start(2))
            m.mask(alt.end(2), end)
            m.cut(alt.start(2), alt.end(2))
        else:
            m.mask(start, end)
        if name in BLOCK_TAGS:
            m.cut(start, end)
            if name == "li" and not tag.group().startswith("</"):
                m.item(start)
        if name in TABLE_TAGS:
            tables.append(table_tag(name, tag.group(), start, end))
        pos = _mask_raw(m, name, tag)
    if tables:
        m.cells(html_cells(tables, len(src)))


# Deleted text, as tracked changes show it: "~~Friday, 25 July~~" (Markdown's strikethrough, in
# any text format: generated and pasted text uses it) and "[deleted: ...]" notes.
_DELETED = re.compile(r"~~(?=\S)[^\n~]*?(?<=\S)~~|\[(?:deleted|del|removed|struck|cut):[^\]\n]*\]", re.IGNORECASE)


# CriticMarkup's tracked changes: a deletion "{--old--}", a comment "{>>note<<}", a substitution "{~~old~>new~~}"
# (the new text stays), and the marks of an insertion "{++new++}" and a highlight "{==text==}" (their text stays).
_CRITIC = re.compile(
    r"\{--[\s\S]{0,2000}?--\}|\{>>[\s\S]{0,2000}?<<\}|\{~~[\s\S]{0,2000}?~>(?P<new>[\s\S]{0,2000}?)~~\}|\{\+\+|\+\+\}|\{==|==\}"
)
_INSERTED = re.compile(r"\[(?:inserted|insert|ins|added):[ \t]*(?P<new>[^\]\n]*)\]", re.IGNORECASE)
# A deletion noted in prose, its text quoted: 'DELETED: "a two-day forum" INSERTED: "a three-day forum"'.
_DELETED_NOTE = re.compile(r"\b(?:DELETED|Deleted|REMOVED|Removed|STRUCK|Struck):[ \t]*(?:\"[^\"\n]*\"|“[^”\n]*”)")


# A unified diff's hunk: its header ("@@ -4,7 +4,7 @@" or "@@ Line 6 @@"), then lines that open with " ", "+" or "-".
_HUNK = re.compile(r"^@@ [^\n]*@@[^\n]*\n(?:[ +-][^\n]*(?:\n|\Z))+", re.MULTILINE)


def _mask_diff_hunks(m: Masker) -> None:
    """Hide a unified diff's removed lines, its hunk headers and the marks of its added lines: what the
    diff leaves is the new text."""
    for hunk in _HUNK.finditer(m.source):
        start = m.source.index("\n", hunk.start()) + 1
        m.mask(hunk.start(), start - 1)
        for line in re.finditer(r"[^\n]*", m.source[start : hunk.end()]):
            at = start + line.start()
            if line.group().startswith("-"):
                m.mask(at, at + len(line.group()))
            elif line.group().startswith("+"):
                m.mask(at, at + 1)


# Emphasis in plain text written in Markdown's manner: "**sixteen**", "*very*" (a pair on one line).
_PAIRED_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,2})(?=[^\s*])(?P<inner>[^*\n]{1,80}?)(?<=[^\s*])\1(?![\w*])")


def _mask_marks(m: Masker, pattern: re.Pattern[str], first: str, keep: str) -> None:
    """Hide every match of ``pattern`` that starts in unmasked text (tried at the characters ``first``)
    but its group ``keep`` (all of it where that group did not take part)."""
    for found in _matches_at(pattern, m.source, _positions(m.source, first)):
        if not m.free(found.start()):
            continue
        if found.group(keep) is None:
            m.mask(*found.span())
        else:
            m.mask(found.start(), found.start(keep))
            m.mask(found.end(keep), found.end())


def mask_paired_emphasis(m: Masker) -> None:
    """Hide the asterisks of emphasis in plain text and captions ("and ~~sixty~~ **sixteen** humanoid robots"),
    so that what they emphasise reads as running text."""
    if "*" in m.source:
        _mask_marks(m, _PAIRED_EMPHASIS, "*", "inner")


# A wiki link, "[[Shanghai]]" or "[[Ministry of Foreign Affairs (China)|foreign ministry]]": its text is read.
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]{1,200}\|)?(?P<text>[^\[\]|\n]{1,200})\]\]")


def mask_wiki_links(m: Masker) -> None:
    """Hide a wiki link's brackets and target, so that its text reads as running text ("in [[Hangzhou]]"
    is "in Hangzhou"), as wikitext and notes written in Markdown (Obsidian's) use them."""
    if "[[" in m.source:
        _mask_marks(m, _WIKI_LINK, "[", "text")


def mask_deletions(m: Masker) -> None:
    """Hide deleted text: struck through with "~~", noted "[deleted: ...]" or 'DELETED: "..."', or marked
    with CriticMarkup ("{--old--}", "{~~old~>new~~}", and an editor's "{>>comment<<}"): a tracked change."""
    if "{" in m.source:
        _mask_marks(m, _CRITIC, "{+=", "new")
    if "[" in m.source:
        _mask_marks(m, _INSERTED, "[", "new")  # "[INSERTED: more than 50]": the new text is read
    if "@@ " in m.source:
        _mask_diff_hunks(m)
    if ":" in m.source:
        mask_pattern(m, _DELETED_NOTE, "DRS")
    if "~~" in m.source or "[" in m.source:
        mask_pattern(m, _DELETED, "~[")


# A hashtag glued to a year: "#WAIC2025" reads as "WAIC 2025".
_HASHTAG_YEAR = re.compile(r"#([A-Za-z][A-Za-z]+)(?=(?:19|20)\d\d\b)")


_HASHTAG_RUN = re.compile(r"#\w+(?:[ \t]+#\w+)+")  # "#AI #Robotics #WAIC2025": a post's tags, not its text


def split_hashtag_years(m: Masker) -> None:
    """Hide runs of hashtags (a post's tags), and read a hashtag glued to a year in running text as
    the name and the year ("at #WAIC2025 in Hangzhou": "WAIC 2025")."""
    if "#" not in m.source:
        return
    starts = _positions(m.source, "#")
    for run in _matches_at(_HASHTAG_RUN, m.source, starts):
        if m.free(run.start()):
            m.mask(*run.span())
    for tag in _matches_at(_HASHTAG_YEAR, m.source, starts):
        if m.free(tag.start(), tag.end() + 4):
            m.replace(tag.start(), tag.end(), tag.group(1) + " ")  # (as long as "#" and the name: no double space)


# A news wire's slug: "[BC-China-AI-Conference, 2nd Ld]" (in brackets), or "BC-As-China-AI" or
# "CHINA-AI-EXPLAINER" opening a line (three parts or more): a label of the story, no prose.
_BRACKET_SLUG = re.compile(r"\[(?:[A-Z][A-Za-z0-9]*-)+[A-Za-z0-9]+(?:,[^\]\n]{0,40})?\](?![(\[:])")
_LINE_SLUG = re.compile(r"\n((?:[A-Z][A-Za-z0-9]*-){2,}[A-Za-z0-9]+)(?![\w-])")  # (a newline first: a fast scan)


def mask_slugs(m: Masker) -> None:
    """Hide a news wire's slugs, whose capitalised words would read as names ("China-AI-Conference")."""
    src = m.source
    if "-" not in src:
        return
    for slug in _BRACKET_SLUG.finditer(src):
        m.mask(*slug.span())
    for slug in _LINE_SLUG.finditer("\n" + src):  # (the text's first line too)
        m.mask(slug.start(1) - 1, slug.end(1) - 1)
