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

from collections.abc import Callable

from .base import Masked, Masker, mask_urls
from .htmlmask import mask_html
from .markdown import mask_markdown
from .rst import mask_rst
from .tables import Cell

__all__ = ["MASKERS", "Cell", "mask"]


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
