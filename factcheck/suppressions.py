"""Inline suppressions: comments in a document that silence findings.

Each directive names claim ids (comma- or space-separated, or ``all``) and
may give a reason after ``--``:

* markdown and HTML: ``<!-- factcheck: ignore ID[,ID] -- reason -->``,
  ``<!-- factcheck: disable ID -->`` ... ``<!-- factcheck: enable ID -->``;
* reStructuredText: comment lines ``.. factcheck: ignore ID -- reason``;
* plain text: a line ``factcheck: ignore ID``, optionally after ``#`` or ``//``.

``ignore`` covers its own line through the end of the paragraph that follows
it (up to the next blank line); a comment at the end of a line of text covers
that line through the end of its own paragraph. ``disable`` covers everything up to an
``enable`` naming the same id (or ``all``), or to the end of the file.

Directives are read from the original source, since masking blanks comments
out of a document's analysed text. In markdown, comments inside fenced code
blocks or right after a backtick (inline code) are examples, not directives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .model import Suppression

ACTIONS = ("ignore", "disable", "enable")
ALL = "all"

_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_MDX_COMMENT = re.compile(r"<!--(.*?)-->|\{/\*(.*?)\*/\}", re.S)  # MDX has {/* comments */}
_RST_LINE = re.compile(r"^[ \t]*\.\.[ \t]+(factcheck:.*)$", re.M)
_TEXT_LINE = re.compile(r"^[ \t]*(?:#+|//)?[ \t]*(factcheck:.*)$", re.M)
_DIRECTIVE = re.compile(r"\s*factcheck:\s*([A-Za-z]*)(.*)", re.S)
_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")
_MARKUP = re.compile(r"<!--.*?-->|<[^<>]*>", re.S)


def parse_suppressions(source: str, fmt: str) -> tuple[Suppression, ...]:
    """The suppressions in ``source`` (newlines normalised) of format ``fmt``."""
    if "factcheck:" not in source:
        return ()
    lines = source.split("\n")
    directives = list(_directives(source, fmt))
    return tuple(s for d in directives for s in _resolve(d, directives, lines))


# ------------------------------------------------------------------ reading

class _Directive(NamedTuple):
    """One directive as written: where, what, for which claims, why."""

    line: int  # 1-based line where the comment starts
    end_line: int  # where it ends
    action: str
    claims: tuple[str, ...]
    reason: str
    inline: bool  # shares its line with text: covers that line's own paragraph


def _directives(source: str, fmt: str) -> Iterator[_Directive]:
    """Every directive in the source, in order."""
    if fmt in ("markdown", "mdx", "html"):
        markdown = fmt != "html"
        fenced = _fenced_lines(source) if markdown else frozenset()
        for comment in (_MDX_COMMENT if fmt == "mdx" else _HTML_COMMENT).finditer(source):
            line = source.count("\n", 0, comment.start()) + 1
            if line in fenced or (markdown and _after_backtick(source, comment.start())):
                continue
            end_line = line + comment.group().count("\n")
            body = comment.group(1) if comment.group(1) is not None else comment.group(2)
            yield from _directive(body, line, end_line, _inline(source, *comment.span()))
        return
    pattern = _RST_LINE if fmt == "rst" else _TEXT_LINE
    for match in pattern.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        yield from _directive(match.group(1), line, line)


def _directive(body: str, line: int, end_line: int, inline: bool = False) -> Iterator[_Directive]:
    """One directive from a comment's body, if it is one."""
    match = _DIRECTIVE.fullmatch(body)
    if match is None:
        return
    names, _, reason = match.group(2).partition("--")
    claims = tuple(name for name in re.split(r"[\s,]+", names) if name)
    yield _Directive(line, end_line, match.group(1).lower(), claims, " ".join(reason.split()), inline)


def _inline(source: str, start: int, end: int) -> bool:
    """True if text other than markup shares a line with the comment at ``start:end``."""
    before = source[source.rfind("\n", 0, start) + 1 : start]
    after_end = source.find("\n", end)
    after = source[end : len(source) if after_end < 0 else after_end]
    return bool(_MARKUP.sub("", before).strip() or _MARKUP.sub("", after).strip())


def _after_backtick(source: str, offset: int) -> bool:
    """True if a backtick comes just before ``offset`` (an inline-code example)."""
    return offset > 0 and source[offset - 1] == "`"


def _fenced_lines(source: str) -> frozenset[int]:
    """The 1-based numbers of lines in fenced code blocks (fences included)."""
    fenced: set[int] = set()
    fence = ""
    for number, line in enumerate(source.split("\n"), start=1):
        opening = _FENCE.match(line)
        if fence:
            fenced.add(number)
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                if not line.strip().strip(fence[0]):
                    fence = ""
        elif opening:
            fence = opening.group(1)
            fenced.add(number)
    return frozenset(fenced)


# ---------------------------------------------------------------- resolving


def _resolve(d: _Directive, directives: list[_Directive], lines: list[str]) -> Iterator[Suppression]:
    """The suppression(s) one directive makes: ``disable`` makes one per claim id."""
    line, end_line, action, claims, reason, inline = d
    if action == "ignore":
        last = paragraph_end(lines, end_line, skip_blank=not inline)
        yield Suppression(line, action, claims, line, last, reason)
    elif action == "disable":
        for claim in claims or ((),):
            last = _enable_line(claim, end_line, directives) if claim else 0
            yield Suppression(line, action, (claim,) if claim else (), line, last or len(lines), reason)
    else:
        yield Suppression(line, action, claims, 0, 0, reason)


def paragraph_end(lines: list[str], after: int, *, skip_blank: bool = True) -> int:
    """The last line of the paragraph that follows line ``after`` (1-based).

    Blank lines right after ``after`` are skipped (unless not ``skip_blank``);
    the paragraph runs to the next blank line. With nothing after it,
    ``after`` itself.
    """
    number = after + 1
    while skip_blank and number <= len(lines) and not lines[number - 1].strip():
        number += 1
    while number <= len(lines) and lines[number - 1].strip():
        number += 1
    return max(after, number - 1)


def _enable_line(claim: str, after: int, directives: list[_Directive]) -> int:
    """The line of the first ``enable`` of ``claim`` (or ``all``) after line ``after``; 0 if none."""
    for d in directives:
        if d.line > after and d.action == "enable" and (claim in d.claims or ALL in d.claims):
            return d.line
    return 0


def covers(suppression: Suppression, claim: str, line: int) -> bool:
    """True if ``suppression`` silences a finding of ``claim`` on ``line``."""
    if not suppression.first <= line <= suppression.last:
        return False
    return claim in suppression.claims or ALL in suppression.claims
