"""Reading documents: analysable text with exact positions in the original file.

A :class:`Document`'s ``text`` is its source with everything that must not be
read (markup, code, front matter, URLs) overwritten by spaces, so offsets in
it equal offsets in the source; HTML entities are the only edits that change
length, and are mapped back through sparse breakpoints. ``blocks`` are the
spans that sentences may not cross. See :mod:`factcheck.markup` for the
per-format masking rules.
"""

from __future__ import annotations

import codecs
import os
import pathlib
import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter

from .errors import FactcheckError
from .extract.dates import MONTHS
from .markup import MASKERS, Cell, mask
from .model import Suppression
from .suppressions import parse_suppressions

DEFAULT_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".markdown", ".mdx", ".html", ".htm", ".rst", ".srt", ".vtt")
STDIN = "<stdin>"
FORMATS: tuple[str, ...] = tuple(MASKERS)
BINARY_WARNING = "binary file, skipped"
UTF8_WARNING = "not valid UTF-8; undecodable bytes replaced"

_FORMAT_BY_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".mdx": "mdx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rst": "rst",
    ".rest": "rst",
}
_SKIP_DIRS = frozenset({"node_modules", "__pycache__"})
_SNIFF = 8192


@dataclass(frozen=True, slots=True)
class Document:
    """A document ready for analysis.

    ``text`` is the clean text; ``blocks`` are sorted, non-overlapping
    ``(start, end)`` spans of it (paragraphs, headings, list items, table
    rows...). ``line_starts`` are the source offsets where lines begin and
    ``breakpoints`` the ``(clean, source)`` offset pairs after each edit that
    changed length; both are filled in for you when left empty.
    ``suppressions`` are the inline suppression comments of the source
    (which masking removes from ``text``). ``cells`` are the sorted,
    non-overlapping body cells of its tables with a header row, each with its
    row's label cell and its column's header cells (see
    :mod:`factcheck.markup.tables`); empty for most documents. ``leads`` pair
    each block that is a list item with the block that introduces its list
    (the one before the list's first item: "Key figures:"), by index.
    """

    path: str
    text: str
    blocks: tuple[tuple[int, int], ...]
    line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    breakpoints: tuple[tuple[int, int], ...] = field(default=(), repr=False, compare=False)
    suppressions: tuple[Suppression, ...] = field(default=(), repr=False, compare=False)
    cells: tuple[Cell, ...] = field(default=(), repr=False, compare=False)
    leads: tuple[tuple[int, int], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.line_starts:
            object.__setattr__(self, "line_starts", _line_starts(self.text))

    def source_offset(self, offset: int) -> int:
        """The offset in the (newline-normalised) source of clean offset ``offset``."""
        offset = min(max(offset, 0), len(self.text))
        if not self.breakpoints:
            return offset
        i = bisect_right(self.breakpoints, offset, key=itemgetter(0)) - 1
        return offset if i < 0 else self.breakpoints[i][1] + offset - self.breakpoints[i][0]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` in the original file of clean offset ``offset``.

        Columns count Unicode code points; a ``\\r`` before ``\\n`` is not counted.
        """
        source = self.source_offset(offset)
        line = bisect_right(self.line_starts, source) - 1
        return line + 1, source - self.line_starts[line] + 1


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document that could not be analysed, and why."""

    path: str
    reason: str


def _line_starts(text: str) -> tuple[int, ...]:
    return _starts(text.split("\n"))


def _starts(lines: list[str]) -> tuple[int, ...]:
    """The offsets where ``lines`` (a text split at ``\\n``) begin."""
    if len(lines) == 1:
        return (0,)
    return tuple(accumulate([size + 1 for size in map(len, lines[:-1])], initial=0))


def _normalise(text: str) -> str:
    """Drop a BOM and turn ``\\r\\n`` and lone ``\\r`` into ``\\n``."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def guess_format(path: str) -> str:
    """The format a file name implies: ``markdown``, ``html``, ``rst`` or ``text``."""
    name = path.rpartition("/")[2]
    if os.sep != "/" or os.altsep or name in ("", ".", ".."):
        name = pathlib.PurePath(path).name  # let pathlib read unusual paths
    dot = name.rfind(".")
    suffix = name[dot:] if 0 < dot < len(name) - 1 else ""
    return _FORMAT_BY_SUFFIX.get(suffix.lower(), "text")


# -------------------------------------------------------------------- blocks

_TERMINAL = tuple(".,;:!?\"'’”»")
_SENTENCE_END = tuple(".!?:;\"'’”»)")
_FUNCTION_WORDS = frozenset(
    "a an the and or but nor of to in on at by for with from as that which who than"
    " into onto over under about after before between during per via is are was were".split()
)


def _is_heading(line: str, previous: str, following: str, width: int) -> bool:
    """A short unpunctuated line between a finished sentence and a capitalised line.

    A line that the next word would not have fitted on (``width`` is the
    document's usual line length) is a hard-wrapped line, not a heading.
    """
    line, previous, following = line.strip(), previous.strip(), following.strip()
    if not line or len(line) >= 80 or line.endswith(_TERMINAL):
        return False
    if not any(c.isalpha() for c in line) or line.split()[-1].lower() in _FUNCTION_WORDS:
        return False
    if previous and not previous.endswith(_SENTENCE_END):
        return False
    if not following:
        return True
    first = _next_line_start(following)
    # A paragraph's first line (after a blank one) is a heading only when clearly short: wrapping is ragged.
    wrapped = len(line) + 1 + len(following.split()[0]) > (width if previous else 0.75 * width)
    return (first.isupper() or first.isdigit()) and not wrapped


def _heading_cuts(
    text: str, lines: list[str] | None = None, starts: Sequence[int] | None = None
) -> list[int]:
    """Cuts around heading-like lines of plain text.

    ``lines`` (``text.split("\\n")``) and ``starts`` (their offsets) save
    recomputing them when the caller has them.
    """
    if lines is None:
        lines = text.split("\n")
    stripped = list(map(str.strip, lines))
    # Only a non-empty line shorter than 80 characters can be a heading.
    candidates = [i for i, size in enumerate(map(len, stripped)) if 0 < size < 80]
    if not candidates:
        return []
    lengths = sorted(map(len, map(str.rstrip, lines)))
    width = lengths[int(0.9 * len(lengths))]
    if starts is None:
        starts = _starts(lines)
    last = len(lines) - 1
    cuts = []
    for i in candidates:
        previous = stripped[i - 1] if i else ""
        following = stripped[i + 1] if i < last else ""
        if _is_heading(stripped[i], previous, following, width):
            cuts += [starts[i], starts[i] + len(lines[i])]
        elif _is_broken(stripped[i], following, width):
            cuts.append(starts[i] + len(lines[i]))
    return cuts


def _next_line_start(following: str) -> str:
    """The first letter or digit of the next line, past a bracket or an apostrophe; "" when that line
    opens a quotation, which goes on the sentence ('under the theme' / '"Global Solidarity ..."')."""
    if following[:1] in "\"“‘«":
        return ""
    return following.lstrip("'(")[:1]


def _is_broken(line: str, following: str, width: int) -> bool:
    """Whether a line ends where the writer broke it, not where it was wrapped: the next line's first
    word would have fitted on it, and that line starts with a capital or a digit (a participants list,
    "Name -- Title" lines, a fact sheet's "Key: value" lines)."""
    if not following or line.endswith(("-", ",", *_SENTENCE_END)) or line.split()[-1].lower() in _FUNCTION_WORDS:
        return False
    first = _next_line_start(following)
    # (well short of it: hand- or PDF-wrapped paragraphs are ragged)
    return (first.isupper() or first.isdigit()) and len(line) + 1 + len(following.split()[0]) <= 0.75 * width


# A line that opens with a time of day, as a chat export, a log or a live blog opens each entry:
# "[11:05] wen.hao: ...", "10:42 — Li Qiang ...", "[00:12:31] HOST: ...".
_ENTRY = re.compile(
    r"^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?[ \t]+(?:—|–|-{1,2}|\|))",
    re.MULTILINE,
)


def _entry_cuts(text: str) -> list[int]:
    """Cuts before each line of plain text or Markdown that opens a timestamped entry (see ``_ENTRY``)."""
    return [m.start() for m in _ENTRY.finditer(text)] if ":" in text else []


_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"  # (the extractor's month names)
# A line of a schedule, which opens with its day and a column gap: "  29 July    Visit to Tongji University",
# "Mon 28 Jul\tDebrief", "July 29    Return flight" (each line its own entry, not the sentence before's).
_SCHEDULE_LINE = re.compile(
    r"^[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?"
    r"(?:\d{1,2}(?:[-–]\d{1,2})?[ \t]+" + _MONTH + r"|" + _MONTH + r"[ \t]+\d{1,2}(?:[-–]\d{1,2})?)"
    r"(?:,?[ \t]+\d{4})?(?:[ \t]{2,}|\t)\S",
    re.MULTILINE,
)


def _schedule_cuts(text: str) -> list[int]:
    """Cuts before each line of plain text that opens a schedule's entry (see ``_SCHEDULE_LINE``)."""
    if "  " not in text and "\t" not in text:
        return []  # (a cheap first look: no column gap)
    return [m.start() for m in _SCHEDULE_LINE.finditer(text)]


# A line of a record: "Key: value" ("Speaker: Anne Bouverot, France's special envoy for AI").
_RECORD_LINE = re.compile(r"[ \t]*\"?[A-Za-z][\w ()'’/&.-]{0,40}\"?:[ \t]+\S[^\n]*")  # (at a line's start; a JSON key too: '"llms": "..."')
RECORD_RUN = 3  # lines of records in a row, at least, to read each as a block of its own


def _record_cuts(text: str) -> list[int]:
    """Cuts around each line of a run of "Key: value" lines in plain text or Markdown (a fact sheet, a
    record per line, "**Shipper:** ..."): each is a block of its own, even when it ends without a full stop."""
    lines = []
    colon = text.find(":")
    while colon >= 0:  # (only the lines with a colon are looked at: a cheap first look)
        start = text.rfind("\n", 0, colon) + 1
        end = text.find("\n", colon)
        end = len(text) if end < 0 else end
        m = _RECORD_LINE.match(text, start, end)
        if m and m.end() == end:
            lines.append((start, end))
        colon = text.find(":", end)
    cuts: list[int] = []
    run: list[tuple[int, int]] = []
    for line in lines + [(-1, -1)]:
        if run and line[0] == run[-1][1] + 1:
            run.append(line)
            continue
        if len(run) >= RECORD_RUN:
            cuts += [offset for span in run for offset in span]
        run = [line]
    return cuts


def _leaders(text: str) -> tuple[str, list[int]]:
    """Lines with a dot leader ("Rounds in the final ........ 17"), as in a fact box: each is a block of its own,
    and its dots are masked, so that the label counts its value ("Rounds in the final          17"). In a table of contents (three lines or more
    in a row whose values are page numbers, each a whole number no smaller than the one before) the dots stay,
    and the page numbers state nothing. Returns the text (the same object if it has no leader) and the cuts."""
    found: list[_Line] = []
    dots = text.find(".....")
    while dots >= 0:  # (only lines with five dots in a row are looked at)
        start = text.rfind("\n", 0, dots) + 1
        end = text.find("\n", dots)
        end = len(text) if end < 0 else end
        m = _LEADER_LINE.match(text, start, end)
        if m:
            found.append((start, end, m))
        dots = text.find(".....", end)
    if not found:
        return text, []
    out = list(text)
    for run in _runs_of_lines(found):
        if not _contents(run):
            for _, _, m in run:
                a, b = m.span("dots")
                out[a:b] = " " * (b - a)
    return "".join(out), [offset for start, end, _ in found for offset in (start, end)]


_Line = tuple[int, int, "re.Match[str]"]


def _runs_of_lines(found: list[_Line]) -> list[list[_Line]]:
    """Leader lines grouped into runs of lines that follow one another."""
    runs: list[list[_Line]] = []
    for line in found:
        if runs and line[0] == runs[-1][-1][1] + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _contents(run: list[_Line]) -> bool:
    """Whether a run of leader lines is a table of contents: three or more, each value a page number no
    smaller than the one before."""
    pages = [m.group("value").strip() for _, _, m in run]
    if len(pages) < CONTENTS_LINES or not all(p.isdigit() and len(p) <= 4 for p in pages):
        return False
    numbers = [int(p) for p in pages]
    return numbers == sorted(numbers)


CONTENTS_LINES = 3
_LEADER_LINE = re.compile(r"[^\S\n]*\S[^\n]*?[^\s.](?P<dots>[ \t]*(?:\.[ \t]*){5,})(?P<value>[^\s.][^\n!?]{0,40})$")
_GAP = re.compile(r"(\n(?:[^\S\n]*\n)+)")  # blank lines, captured for re.split


def _blocks(text: str, cuts: Iterable[int]) -> tuple[tuple[int, int], ...]:
    """Split ``text`` at blank lines and ``cuts``; trim and drop empty spans."""
    parts = _GAP.split(text)  # text, blank lines, text, ..., text
    pieces = parts[::2]
    starts = list(accumulate(map(len, parts), initial=0))[::2]
    size = len(text)
    inner = sorted({cut for cut in cuts if 0 < cut < size})
    if inner:
        pieces, starts = _cut(text, pieces, starts, inner)
    lengths = map(len, pieces)
    unindented = map(len, map(str.lstrip, pieces))  # 0 for a blank piece
    trimmed = map(len, map(str.rstrip, pieces))
    return tuple(
        (start + length - rest, start + right)
        for start, length, rest, right in zip(starts, lengths, unindented, trimmed)
        if rest
    )


def _cut(
    text: str, pieces: list[str], starts: list[int], cuts: list[int]
) -> tuple[list[str], list[int]]:
    """Split the pieces of ``text`` (at ``starts``) at the sorted offsets ``cuts``."""
    out_pieces: list[str] = []
    out_starts: list[int] = []
    i, count = 0, len(cuts)
    for piece, start in zip(pieces, starts):
        end = start + len(piece)
        while i < count and cuts[i] <= start:
            i += 1
        if i == count or cuts[i] >= end:
            out_pieces.append(piece)
            out_starts.append(start)
            continue
        while i < count and cuts[i] < end:
            out_pieces.append(text[start : cuts[i]])
            out_starts.append(start)
            start = cuts[i]
            i += 1
        out_pieces.append(text[start:end])
        out_starts.append(start)
    return out_pieces, out_starts


# ----------------------------------------------------------------- documents


def document_from_text(text: str, path: str, fmt: str | None = None) -> Document:
    """Build a :class:`Document` from source text.

    ``fmt`` is one of ``text``, ``markdown``, ``html`` or ``rst``; ``None``
    guesses it from ``path``'s extension (unknown extensions read as text).
    """
    fmt = fmt or guess_format(path)
    if fmt not in MASKERS:
        expected = ", ".join(FORMATS)
        message = f"unknown document format {fmt!r} (expected one of: {expected})"
        raise FactcheckError(message, file=path)
    source = _normalise(text)
    masked = mask(source, fmt)
    lines = source.split("\n")
    line_starts = _starts(lines)
    cuts: Iterable[int] = masked.cuts
    body, leader_cuts = _leaders(masked.text) if fmt in ("text", "markdown") else (masked.text, [])
    if fmt == "text":  # (a hashtag glued to a year is the one edit of plain text that changes a line's length)
        clean, clean_starts = (lines, line_starts) if body is source else _lines_and_starts(body)
        cuts = [*cuts, *_heading_cuts(body, clean, clean_starts), *_entry_cuts(body), *_record_cuts(body)]
        cuts += leader_cuts
        cuts += _schedule_cuts(body)
    elif fmt == "markdown":  # (a live blog's entries and a record's "**Key:** value" lines are lines of one paragraph to
        cuts = [*cuts, *_entry_cuts(body), *_record_cuts(body), *leader_cuts]  # Markdown, but entries to their writer)
    blocks = _blocks(body, cuts)
    suppressions = parse_suppressions(source, fmt)
    leads = list_leads(blocks, masked.items)
    return Document(path, body, blocks, line_starts, masked.breakpoints, suppressions, masked.cells, leads)


def _lines_and_starts(text: str) -> tuple[list[str], tuple[int, ...]]:
    """``text``'s lines and the offsets where they start."""
    lines = text.split("\n")
    return lines, _starts(lines)


def list_leads(blocks: Sequence[tuple[int, int]], items: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """(item block, lead block) for each block that is a list item: a marker in ``items`` lies between
    the block before and it. The lead of a list's items is the block before its first item."""
    if not items:
        return ()
    leads: list[tuple[int, int]] = []
    lead, previous_end, j, in_list = -1, 0, 0, False
    for k, (start, end) in enumerate(blocks):
        while j < len(items) and items[j] < previous_end:
            j += 1
        is_item = j < len(items) and items[j] <= start
        if is_item and not in_list:
            lead = k - 1  # the first item of a list: the block before introduces it
        if is_item and lead >= 0:
            leads.append((k, lead))
        in_list, previous_end = is_item, end
    return tuple(leads)


def _decode(data: bytes) -> tuple[str, list[str]]:
    """Decode UTF-8 (or BOM-marked UTF-16), replacing undecodable bytes with a warning."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", errors="replace"), [UTF8_WARNING]


def _is_binary(data: bytes) -> bool:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in data[:_SNIFF]


def read_bytes(path: pathlib.Path) -> tuple[bytes | None, list[str]]:
    """A file's bytes, or ``(None, [reason])`` if it cannot be read. Never raises."""
    try:
        return path.read_bytes(), []
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return None, [f"cannot read: {reason[:1].lower()}{reason[1:]}"]


def document_from_bytes(data: bytes, display: str, fmt: str | None = None) -> tuple[Document | None, list[str]]:
    """Decode a file's bytes into a document; ``(None, [reason])`` for a binary file."""
    if _is_binary(data):
        return None, [BINARY_WARNING]
    text, warnings = _decode(data)
    return document_from_text(text, display, fmt), warnings


def read_document(path: pathlib.Path, display: str) -> tuple[Document | None, list[str]]:
    """Read one file; ``(None, [reason])`` if it must be skipped. Never raises for bad files."""
    data, warnings = read_bytes(path)
    if data is None:
        return None, warnings
    return document_from_bytes(data, display, guess_format(path.name))


def read_stdin_text() -> str:
    """All of standard input, decoded like a file (empty if there is none)."""
    stream = sys.stdin
    if stream is None:
        return ""
    buffer = getattr(stream, "buffer", None)
    return _decode(buffer.read())[0] if buffer is not None else stream.read()


def read_stdin(fmt: str = "text") -> Document:
    """Read standard input as a document called ``<stdin>`` (plain text by default)."""
    return document_from_text(read_stdin_text(), STDIN, fmt)


# ----------------------------------------------------------------- discovery


def _suffixes(extensions: Sequence[str]) -> frozenset[str]:
    return frozenset(e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions)


def _display(raw: str) -> str:
    """The path as the user gave it, with forward slashes."""
    return raw.replace(os.sep, "/") if os.sep != "/" else raw


def _hidden(name: str) -> bool:
    return name.startswith(".") or name in _SKIP_DIRS


def _walk(
    root: pathlib.Path, raw: str, wanted: frozenset[str]
) -> Iterator[tuple[pathlib.Path, str]]:
    """Documents under a directory, sorted by their path components."""
    found: list[tuple[str, ...]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not _hidden(d)]
        rel = pathlib.Path(dirpath).relative_to(root).parts
        for name in filenames:
            if not name.startswith(".") and pathlib.PurePath(name).suffix.lower() in wanted:
                found.append((*rel, name))
    prefix = _display(raw).rstrip("/") + "/" if raw not in (".", "./") else ""
    for parts in sorted(found):
        yield root.joinpath(*parts), prefix + "/".join(parts)


def _expand(raw: str, wanted: frozenset[str]) -> Iterator[tuple[pathlib.Path | None, str]]:
    if raw == "-":
        yield None, STDIN
        return
    path = pathlib.Path(raw)
    if path.is_dir():
        yield from _walk(path, raw, wanted)
    elif path.suffix.lower() in wanted:
        yield path, _display(raw)


def _identity(path: pathlib.Path | None) -> object:
    """What makes two paths the same file."""
    if path is None:
        return STDIN
    try:
        stat = path.stat()
        return stat.st_dev, stat.st_ino
    except OSError:
        return os.path.realpath(path)


def discover(
    paths: Sequence[str], extensions: Sequence[str] = DEFAULT_EXTENSIONS
) -> Iterator[tuple[pathlib.Path | None, str]]:
    """Yield ``(path, display path)`` for every document named by ``paths``.

    Directories are walked recursively (hidden directories and
    ``node_modules`` skipped) in sorted order; files are kept only if their
    extension is in ``extensions``; ``-`` stands for stdin (path ``None``).
    Each file is yielded once. Raises :class:`FactcheckError` (before yielding
    anything) if a path does not exist.
    """
    for raw in paths:
        if raw != "-" and not os.path.exists(raw):
            raise FactcheckError(f"no such file or directory: {raw}", file=raw)
    wanted, seen = _suffixes(extensions), set()
    for raw in paths:
        for path, display in _expand(raw, wanted):
            key = _identity(path)
            if key not in seen:
                seen.add(key)
                yield path, display
