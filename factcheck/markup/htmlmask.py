"""The HTML masker."""

from __future__ import annotations

import re

from .base import Masker, decode_entities, mask_tags, mask_urls

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
