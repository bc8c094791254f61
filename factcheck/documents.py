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
from operator import itemgetter

from .errors import FactcheckError
from .markup import MASKERS, line_spans, mask

DEFAULT_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".rst")
STDIN = "<stdin>"
FORMATS: tuple[str, ...] = tuple(MASKERS)
BINARY_WARNING = "binary file, skipped"
UTF8_WARNING = "not valid UTF-8; undecodable bytes replaced"

_FORMAT_BY_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
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
    """

    path: str
    text: str
    blocks: tuple[tuple[int, int], ...]
    line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    breakpoints: tuple[tuple[int, int], ...] = field(default=(), repr=False, compare=False)

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
    return (0, *(m.end() for m in re.finditer("\n", text)))


def _normalise(text: str) -> str:
    """Drop a BOM and turn ``\\r\\n`` and lone ``\\r`` into ``\\n``."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def guess_format(path: str) -> str:
    """The format a file name implies: ``markdown``, ``html``, ``rst`` or ``text``."""
    return _FORMAT_BY_SUFFIX.get(pathlib.PurePath(path).suffix.lower(), "text")


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
    first = following.lstrip("\"'“‘«(")[:1]
    wrapped = len(line) + 1 + len(following.split()[0]) > width
    return (first.isupper() or first.isdigit()) and not wrapped


def _heading_cuts(text: str) -> list[int]:
    """Cuts around heading-like lines of plain text."""
    spans = line_spans(text)
    lines = [text[s:e] for s, e in spans]
    lengths = sorted(len(line.rstrip()) for line in lines)
    width = lengths[int(0.9 * len(lengths))]
    cuts = []
    for i, (start, end) in enumerate(spans):
        previous = lines[i - 1] if i else ""
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if _is_heading(lines[i], previous, following, width):
            cuts += [start, end]
    return cuts


def _blocks(text: str, cuts: Iterable[int]) -> tuple[tuple[int, int], ...]:
    """Split ``text`` at blank lines and ``cuts``; trim and drop empty spans."""
    bounds = {0, len(text), *cuts}
    for gap in re.finditer(r"\n(?:[^\S\n]*\n)+", text):
        bounds.update(gap.span())
    edges = sorted(b for b in bounds if 0 <= b <= len(text))
    blocks = []
    for start, end in zip(edges, edges[1:]):
        piece = text[start:end]
        left, right = len(piece) - len(piece.lstrip()), len(piece.rstrip())
        if right > left:
            blocks.append((start + left, start + right))
    return tuple(blocks)


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
    cuts = list(masked.cuts)
    if fmt == "text":
        cuts += _heading_cuts(masked.text)
    blocks = _blocks(masked.text, cuts)
    return Document(path, masked.text, blocks, _line_starts(source), masked.breakpoints)


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


def read_document(path: pathlib.Path, display: str) -> tuple[Document | None, list[str]]:
    """Read one file; ``(None, [reason])`` if it must be skipped. Never raises for bad files."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return None, [f"cannot read: {reason[:1].lower()}{reason[1:]}"]
    if _is_binary(data):
        return None, [BINARY_WARNING]
    text, warnings = _decode(data)
    return document_from_text(text, display, guess_format(path.name)), warnings


def read_stdin(fmt: str = "text") -> Document:
    """Read standard input as a document called ``<stdin>`` (plain text by default)."""
    stream = sys.stdin
    if stream is None:
        return document_from_text("", STDIN, fmt)
    buffer = getattr(stream, "buffer", None)
    text = _decode(buffer.read())[0] if buffer is not None else stream.read()
    return document_from_text(text, STDIN, fmt)


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
