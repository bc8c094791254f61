"""A text's sentences for the matcher: their tokens, cells, and the sentence before one."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter

from ..gate import FACT_BOX_WORDS
from ..index import Previous, Tokens
from ..markup import Cell
from ..text import Sentence, Token, tokenize


@dataclass(slots=True)
class _Sentences:
    """A document's sentences, tokenised lazily."""

    text: str
    spans: list[Sentence]
    starts: list[int]
    cache: dict[int, list[Token]]
    cells: tuple[Cell, ...] = ()
    leads: dict[int, int] = field(default_factory=dict)  # list item block -> the block introducing the list
    last_of: dict[int, int] = field(default_factory=dict)  # block -> its last sentence (made when needed)

    def before(self, i: int) -> Previous:
        """What sentence ``i`` may take its context from, tokenised only if asked for."""
        if not self.leads or self.lead_in(i) < 0:
            return partial(self.tokens, _previous(self.spans, i))
        return _Before(self, i)

    def lead_in(self, i: int) -> int:
        """The last sentence of the block that introduces the list whose item starts with sentence ``i``, or -1."""
        span = self.spans[i]
        block = self.leads.get(span.block, -1)
        if block < 0 or (i > 0 and self.spans[i - 1].block == span.block):
            return -1
        if not self.last_of:
            self.last_of = {s.block: k for k, s in enumerate(self.spans)}
        return self.last_of.get(block, -1)

    def tokens(self, i: int) -> list[Token]:
        if i < 0:
            return []
        tokens = self.cache.get(i)
        if tokens is None:
            span = self.spans[i]
            tokens = self.cache[i] = Tokens(tokenize(self.text, span.start, span.end))
            if self.cells:
                tokens.cells = self._cells_in(span.start, span.end)
                tokens.row = self._row_of(tokens.cells)
        return tokens

    def _row_of(self, cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
        """All the cells of the rows that ``cells`` lie in (a row cut into sentences at a full stop)."""
        if not cells:
            return cells
        every = self.cells
        lo = bisect_left(every, cells[0].start, key=itemgetter(0))
        hi = bisect_left(every, cells[-1].start, key=itemgetter(0)) + 1
        while lo > 0 and every[lo - 1].label == cells[0].label:
            lo -= 1
        while hi < len(every) and every[hi].label == cells[-1].label:
            hi += 1
        return every[lo:hi] if isinstance(every, tuple) else tuple(every[lo:hi])

    def _cells_in(self, start: int, end: int) -> tuple[Cell, ...]:
        """The table cells that overlap ``start``..``end`` (cells are sorted and do not overlap)."""
        cells = self.cells
        lo = max(bisect_right(cells, start, key=itemgetter(0)) - 1, 0)
        hi = bisect_left(cells, end, key=itemgetter(0))
        return tuple(c for c in cells[lo:hi] if c.end > start)

    def locate(self, offset: int) -> int:
        i = bisect_left(self.starts, offset + 1) - 1
        return i if i >= 0 and offset < self.spans[i].end else -1


class _Before:
    """The context of a list item's first sentence: the sentence before (the previous item) and the
    line that introduces the list ("Key figures:"), whose ``exclude`` terms count if it ends in a colon
    ("These are 2024 figures:"). Called, it gives both sentences' tokens."""

    __slots__ = ("sents", "i")

    def __init__(self, sents: _Sentences, i: int) -> None:
        self.sents, self.i = sents, i

    def __call__(self) -> list[Token]:
        sents, i = self.sents, self.i
        previous, lead = _previous(sents.spans, i), sents.lead_in(i)
        if lead == previous:
            return sents.tokens(previous)
        return Tokens([*sents.tokens(previous), *sents.tokens(lead)])

    def binding(self) -> list[Token]:
        """The lead-in's tokens if it ends in a colon (its ``exclude`` terms count for the item), else none."""
        lead = self.sents.lead_in(self.i)
        span = self.sents.spans[lead]
        return self.sents.tokens(lead) if self.sents.text[span.end - 1] == ":" else []

    def parts(self) -> bool:
        """Whether the lead-in gives a total whose parts the list breaks down: "we will hire for more
        than 3,000 permanent roles at the fab, including:" over "- Engineers: about 900 roles"."""
        lead = self.sents.lead_in(self.i)
        span = self.sents.spans[lead]
        if not _PARTS_LEAD.search(self.sents.text, max(span.start, span.end - 24), span.end):
            return False
        text = self.sents.text
        return any(  # (a figure: not a year, nor a name's "KESTREL-3")
            t.raw[:1].isdigit() and not (len(t.raw) == 4 and t.raw[:2] in ("19", "20")) and text[t.start - 1 : t.start] != "-"
            for t in self.sents.tokens(lead)
        )

    def fact_box(self) -> list[Token]:
        """The lead-in's tokens if it only names what the list gives facts of ("WAIC 2025 at a
        glance:", "## Key facts: WAIC 2025"), else none: such a list's items are of that subject."""
        lead = self.sents.tokens(self.sents.lead_in(self.i))
        if not 0 < len(lead) <= FACT_BOX_LENGTH or not any(t.norm in FACT_BOX_WORDS for t in lead):
            return []
        if any(t.norm in _SCHEDULES for t in lead):
            return []  # "WAIC 2025 schedule at a glance": the items are its sessions
        return lead if all(t.norm in FACT_BOX_WORDS or t.norm in _FILLERS or t.raw[:1].isupper() or t.raw.isdigit() for t in lead) else []


_PARTS_LEAD = re.compile(r"\b(?:including|such as|among them|of whom|of which|broken down as follows)\s*:\s*\Z")
FACT_BOX_LENGTH = 8  # words of a fact list's lead-in, at most
_FILLERS = frozenset("at a the in by key quick brief".split())
_SCHEDULES = frozenset("schedule programme program agenda timetable calendar itinerary timeline date day session event".split())


class _Bound:
    """No sentence to take context from, but a list lead-in whose ``exclude`` terms still count:
    a date, percentage or money figure needs its context in its own sentence."""

    __slots__ = ("binding", "fact_box", "parts", "behind")

    def __init__(self, before: _Before) -> None:
        self.binding = before.binding
        self.fact_box = before.fact_box
        self.parts = before.parts
        self.behind = before

    def __call__(self) -> list[Token]:
        return []


class _Behind:
    """No sentence to take context from, but one whose ``exclude`` terms count when the sentence
    points back to it ("Prices there fell 2.1%")."""

    __slots__ = ("behind",)

    def __init__(self, previous: Callable[[], list[Token]]) -> None:
        self.behind = previous

    def __call__(self) -> list[Token]:
        return []


def _own(previous: Previous) -> Previous:
    """What a value that needs its context in its own sentence may take from ``previous``: only the
    exclude terms of a list's lead-in ("These are 2024 figures:" over "- 42% of finishers"), or of
    the sentence before when a "there" points back to it."""
    if isinstance(previous, _Before):
        return _Bound(previous)
    return _Behind(previous) if callable(previous) else []


def _previous(spans: list[Sentence], i: int) -> int:
    """The sentence before, in the same block or the block before it (the last of the previous
    paragraph, a heading), else -1."""
    return i - 1 if i > 0 and spans[i - 1].block >= spans[i].block - 1 else -1
