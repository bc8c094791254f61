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

from .base import Masked, Masker, line_spans, mask_urls
from .htmlmask import mask_html
from .markdown import mask_markdown
from .rst import mask_rst
from .tables import Cell

__all__ = ["MASKERS", "Cell", "mask"]


# A plain-text list item's marker: a bullet, or a number after an item or a blank line (not "2025. Then").
_TEXT_BULLET = re.compile(r"[ \t]*(?:[-*+•·–]|(\d{1,2})[.)])[ \t]+(?=\S)")


_TEXT_FENCE = re.compile(r"^[ \t]*```[^\n]*\n.*?^[ \t]*```[^\n]*$", re.MULTILINE | re.DOTALL)
_TEXT_CODE = re.compile(r"`[^`\n]+`")


def mask_text(m: Masker) -> None:
    """Plain text: bare URLs, code fenced by ``` lines and `inline code` are hidden (plain text is
    often written in Markdown's manner), and a line that starts with a list marker ("- ", "• ",
    "1. ") starts a list item, as in Markdown, so that it is a sentence of its own."""
    for pattern in (_TEXT_FENCE, _TEXT_CODE):
        for code in pattern.finditer(m.source):
            if m.free(code.start(), code.end()):
                m.mask(code.start(), code.end())
                if pattern is _TEXT_FENCE:
                    m.cut(code.start(), code.end())
    mask_urls(m)
    listed = False  # the line before was an item or blank
    for start, end in line_spans(m.source):
        item = _TEXT_BULLET.match(m.source, start, end)
        if item and (not item.group(1) or item.group(1) == "1" or listed):
            m.mask(start, item.end())
            m.cut(start)
            m.item(start)
        listed = bool(item) or start == end


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
