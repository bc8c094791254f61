"""Matching: which value in a document states which claim.

A value (a figure, date, weekday, name or quoted title) is taken as a
statement of a claim only when the claim's subject is what it quantifies or
names:

* a count must be followed by its subject ("over 800 firms"), or, when no
  noun follows it, be preceded by it ("exhibitors numbered 800");
* a measure ("three-day", "13 points", "5GB") must carry the claim's unit,
  with the subject in the same sentence; a claim in days also takes weeks,
  fortnights and hours that make whole days ("two weeks", "72 hours");
* dates, weekdays, years, percentages and money need the subject in the
  sentence, and go to the claim whose subject is nearest;
* names follow their title ("Premier Li Qiang") or stand before it in
  apposition ("Li Qiang, China's premier"); places follow "in"/"at"
  after the subject or modify it ("the Shanghai conference"); titles are
  quoted near the subject.

Every claim's ``context`` must also hold: an ``exclude`` term in the sentence
rules the claim out; a ``require`` term must stand in the sentence (or, less
preferred and for counts, measures and names only, in the previous one: "Ma
hosted a roundtable. Over 30 countries attended." A weekday, date or quoted title needs
its context in its own sentence, or "the proposal on Thursday" in any
paragraph after a mention of Li would be read as his speech day).

A value in a cell of a table's body row (a row is a sentence) has the
context of its cell, its row's first cell and its column's header cells,
not of the other cells: in "| Exhibitors | 800+ | 500 |" under
"| | WAIC 2025 | WAIC 2024 |", "2024" rules out the 500, and "WAIC" is the
800's context (see :func:`cell_context`).
"""

from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from operator import attrgetter
from operator import itemgetter
from typing import Callable, Iterable

from .entities import HONORIFICS, labelled_places, possessive, name_after, name_before, name_set_off, places, quotes_near, unquoted_title, variant_pattern
from .extract import Value, extract
from .extract.dates import find_dates
from .gate import is_answer
from .index import (
    ClaimIndex,
    Term,
    CompiledClaim,
    Previous,
    SubjectHit,
    Tokens,
    joined_norms,
    value_family,
)
from .judge import DAYS_PER_UNIT, in_days
from .markup import Cell
from .model import (
    Claim,
    ClaimValue,
    DateMention,
    DateValue,
    NumberKind,
    NumberMention,
    NumberValue,
    PartialDate,
    Qualifier,
    TextValue,
    WeekdayMention,
    WeekdayValue,
)
from .text import (
    Sentence,
    Token,
    joined,
    normalize,
    phrase_words,
    split_sentences,
    token_at,
    tokenize,
    unit_key,
    UNIT_ALIASES,
)

COUNT_WINDOW = 4  # words between a figure and the noun it counts, at most
MEASURE_WINDOW = 8  # words between a hyphenated measure and the noun it measures, at most
LOOK_BACK = 6  # words between a subject and a figure stated after it, at most
_STOP = frozenset(
    "in at from with to for on by than that which who whom while as of is are was were be been "
    "has have had will would could should can may might this these those their its his her our "
    "per across over into among between".split()
)
_CLASSIFIERS = frozenset("unit piece set".split())  # "humanoid robot 50 units": counts the noun before
_PARTICLES = frozenset("off up out away down over".split())
_COPULAS = frozenset("is was are were be been being remains remained became becomes".split())
_MODALS = frozenset("could would might will may can should must shall".split())
_TIME_OFFSET = frozenset("after before earlier later ago prior since behind ahead".split())
_MEASURE_STOP = _STOP | _TIME_OFFSET | frozenset(  # the measured noun ends there, or at a common verb
    "the a an during through until ran runs took takes drew draws held opened opens began begins featured "
    "brought attracted saw had".split()
)
_RATE = frozenset("a an per each every".split())
_PERIOD = frozenset("hour day night week weekend month year".split())
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion dozen".split()
)
@dataclass(frozen=True, slots=True)
class Match:
    """A value in the text taken as a statement of ``claim``."""

    claim: CompiledClaim
    start: int
    end: int
    found: ClaimValue
    sentence: tuple[int, int] = (0, 0)  # the span of the sentence stating it
    edge: str = ""  # "start" or "end": a date said to open or close a canonical range ("opened on July 26")


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
        return tokens

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


class _Bound:
    """No sentence to take context from, but a list lead-in whose ``exclude`` terms still count:
    a date, percentage or money figure needs its context in its own sentence."""

    __slots__ = ("binding",)

    def __init__(self, before: _Before) -> None:
        self.binding = before.binding

    def __call__(self) -> list[Token]:
        return []


def _own(previous: Previous) -> Previous:
    """What a value that needs its context in its own sentence may take from ``previous``: only the
    exclude terms of a list's lead-in ("These are 2024 figures:" over "- 42% of finishers")."""
    return _Bound(previous) if isinstance(previous, _Before) else []


class Matcher:
    """Finds the statements of a set of claims in texts."""

    def __init__(self, index: ClaimIndex) -> None:
        self.index = index
        self._families = {c.claim.id: value_family(c.claim) for c in index.claims.values()}
        self._units = {
            unit_key(c.claim.value.unit): c.claim.id
            for c in index.claims.values()
            if isinstance(c.claim.value, NumberValue) and c.claim.value.unit
        }
        self._order = {claim_id: n for n, claim_id in enumerate(index.claims)}
        self._text_ids = frozenset(i for i, f in self._families.items() if f == "text")
        self._claim_words = frozenset(  # every word of the claims' subject and context phrases
            {w for c in index.claims.values() for words in c.subjects for w in words}
            | {w for c in index.claims.values() for t in c.require for w in t.words}
        )
        self._dated_words = frozenset(  # the subject words of the claims whose value is a date or a weekday
            w for c in index.claims.values() if isinstance(c.claim.value, (DateValue, WeekdayValue)) for words in c.subjects for w in words
        )
        self._ranks = any(isinstance(c.claim.value, NumberValue) and c.claim.value.kind is NumberKind.ORDINAL for c in index.claims.values())
        self._offset_claims = frozenset(c.claim.id for c in index.claims.values() if _OFFSET_STATEMENT.search(c.claim.statement))
        self._person_ids = frozenset(
            c.claim.id for c in index.claims.values() if isinstance(c.claim.value, TextValue) and c.claim.value.kind == "name"
        )
        self._dated_weekdays = frozenset(
            c.claim.id
            for c in index.claims.values()
            if isinstance(c.claim.value, WeekdayValue) and c.claim.value.date is not None and c.claim.value.date.day
        )
        self._events = frozenset(c.claim.id for c in index.claims.values() if _is_event_claim(c))
        # the names the claims give (any claim's: "WAIC", "World Artificial Intelligence Conference", "Shanghai")
        # the names events may bear: those of every claim about an event ("WAIC", "Shanghai"), not "China"
        self._names = frozenset(p for c in index.claims.values() for p in _proper_phrases(c.claim))
        # the names of the claims' own event: those of every claim whose subject is an event ("WAIC", "Shanghai")
        self._subject_words = {c.claim.id: frozenset(w for words in c.subjects for w in words) for c in index.claims.values()}
        # the names a claim's own statement gives, but for its value: their possessive owns its subject
        # ("Marisol's death toll"), and they are no unknown place ("Hurricane Marisol made landfall near ...")
        self._named_in = {c.claim.id: _statement_names(c.claim) for c in index.claims.values()}
        # Words whose possessive may own a claim's subject: the claims' own words, events and times.
        self._owners = frozenset(
            {w for c in index.claims.values() for words in c.subjects for w in words}
            | {w for c in index.claims.values() for t in c.require for w in t.words}
            | EVENT_WORDS
            | _TIME_OWNERS
        )
        # The year of the event the claims are about (that of their event dates), and the claims about
        # it whose value is no date: another year in a value's clause marks another edition.
        years = Counter(
            c.claim.value.start.year
            for c in index.claims.values()
            if isinstance(c.claim.value, DateValue) and c.claim.value.start.year and _is_event_claim(c)
        )
        self._edition_year = next(iter(years)) if len(years) == 1 else None  # (one event year, or no rule)
        self._edition_claims = frozenset(
            c.claim.id
            for c in index.claims.values()
            if self._edition_year
            and _is_event_claim(c)
            and not isinstance(c.claim.value, (DateValue, WeekdayValue))
            and not (isinstance(c.claim.value, NumberValue) and c.claim.value.kind is NumberKind.YEAR)
        )
        # (naming the event itself: its subject phrases and named events, not a city such as "Shanghai")
        self._own_event_names = tuple(
            sorted(
                " " + " ".join(words) + " "
                for c in index.claims.values()
                if _is_event_claim(c, subject_only=True)
                for words, raw in zip(c.subjects, c.claim.subject)
                if raw != raw.lower() and (raw.isupper() or not EVENT_WORDS.isdisjoint(words))
            )
        )
        self._own_event_re = re.compile(
            "|".join(
                re.escape(raw)
                for c in index.claims.values()
                if _is_event_claim(c, subject_only=True)
                for raw in c.claim.subject
                if raw != raw.lower()
            )
            or "(?!)",
            re.IGNORECASE,
        )
        # a claim whose statement names the event is about it too ("... in a speech at the WAIC opening")
        self._events = self._events | frozenset(
            c.claim.id for c in index.claims.values() if self._own_event_re.search(c.claim.statement)
        )
        # and the event names any claim about an event gives ("Stonebridge Maritime Fair"), not "Beijing"
        self._own_names = tuple(
            sorted(
                {p for c in index.claims.values() if _is_event_claim(c, subject_only=True) for p in _proper_phrases(c.claim)}
                | {
                    p
                    for c in index.claims.values()
                    if _is_event_claim(c)
                    for p in _proper_phrases(c.claim)
                    if not EVENT_WORDS.isdisjoint(p.split())
                }
            )
        )
        self._variants = {
            c.claim.id: variant_pattern(c.claim.value)
            for c in index.claims.values()
            if isinstance(c.claim.value, TextValue)
        }
        self._table_rows: tuple[list[int], list[int]] = ([], [])  # see matches()
        # Claims of a settled fact (not a plan or forecast): a forecast or guess states none of them.
        self._settled = frozenset(c.claim.id for c in index.claims.values() if not _PLANNED.search(c.claim.statement))
        # Per place claim: the other text claims' own values ("Marram Park", the venue, is no wrong host town).
        self._others_values = {
            c.claim.id: _others_values(c.claim, [o.claim for o in index.claims.values()])
            for c in index.claims.values()
            if isinstance(c.claim.value, TextValue) and c.claim.value.kind == "place"
        }

    def matches(
        self,
        text: str,
        blocks: tuple[tuple[int, int], ...],
        cells: tuple[Cell, ...] = (),
        leads: tuple[tuple[int, int], ...] = (),
    ) -> list[Match]:
        """Every statement of a claim in ``text``, in text order (``cells``: its tables' body cells;
        ``leads``: (list item block, block introducing the list) pairs, see :class:`Document`)."""
        lead_of = dict(leads)
        # The rows of this text's tables (header and body), which scope another edition to their cells
        # (see _edition_before). Set per call: a Matcher scans one text at a time.
        self._table_rows = _row_spans(cells)
        gate = self.index.live(text, blocks, cells, lead_of)
        if gate is not None and not gate.blocks:
            return []  # no subject with its context anywhere: nothing can be stated
        spans = split_sentences(text, blocks) if gate is None else split_sentences(text, gate.blocks, gate.numbers, gate.whole)
        sents = _Sentences(text, spans, [s.start for s in spans], {}, cells, lead_of)
        every, texts = (range(len(spans)), range(len(spans))) if gate is None else self.index.sentences(text, spans, gate)
        # "Need more than 50 seats?", "Imagine Washington had proposed ...": nothing is asserted
        every = [i for i in every if _asserted(text, spans[i])]
        texts = [i for i in texts if _asserted(text, spans[i])]
        found: list[Match] = []
        for lo, hi in _runs(spans, every):  # one extraction per run of adjacent live sentences
            for value in extract(text[lo:hi]):
                value = _shift(value, lo)
                found.extend(self._value_match(value, sents, sents.locate(value.start)))
        if self._text_ids:
            for i in texts:
                span = spans[i]
                matches = self._text_matches(text, span, sents.tokens(i), sents.before(i))
                found.extend(_placed(m, span) for m in matches)
        found = [m for m in found if not _DENIED_AFTER.match(text, m.sentence[1]) and not _in_correction_column(text, m.sentence[0], m.start)]
        return sorted(found, key=lambda m: (m.start, m.end, m.claim.claim.id))

    # ----------------------------------------------------------- values

    def _value_match(self, value: Value, sents: _Sentences, i: int) -> list[Match]:
        """The value's match, if it states a claim, placed in its sentence."""
        previous = sents.before(i)  # tokenised only if context asks
        match = self._assign(value, sents.tokens(i), previous, sents.text)
        if match is None:
            return []
        span = sents.spans[i]
        twin = self._weekday_twin(match, value, sents.tokens(i), previous, sents.text)
        return [_placed(match, span)] + ([_placed(twin, span)] if twin else [])

    def _weekday_twin(
        self, match: Match, value: Value, tokens: list[Token], previous: Previous, text: str
    ) -> Match | None:
        """A day that states a date claim also states a weekday claim that gives its date and has the
        same subject ("QuasarDB 4.0 was released on March 14, 2024" against a release date and a
        release weekday): the day's weekday is what the document implies."""
        if not self._dated_weekdays or not isinstance(value, DateMention) or value.first.day is None:
            return None
        if value.last is not None:
            return None
        subjects = set(match.claim.subjects)
        at = token_at(tokens, value.start)
        if isinstance(match.claim.claim.value, WeekdayValue):  # the other way: "opens on Friday, 17 July" states the dates too
            dated = lambda c: isinstance(c.claim.value, DateValue)
            twin = self._nearest(value, DateValue(value.first, value.last), tokens, _own(previous), at, ("date",), text, dated)
            return _with_edge(twin, tokens, at) if twin else None
        if not isinstance(match.claim.claim.value, DateValue):
            return None
        wanted = lambda c: (  # (of the claim's year: "on Sunday, 27 September 2025" is another year's Sunday)
            c.claim.id in self._dated_weekdays and not subjects.isdisjoint(c.subjects) and _same_year(value.first, c.claim.value)
        )
        return self._nearest(value, DateValue(value.first), tokens, _own(previous), at, ("weekday",), text, wanted)

    def _assign(self, value: object, tokens: list[Token], previous: Previous, text: str) -> Match | None:
        if _cells_of(tokens) and _in_stale_column(tokens, value.start, text):  # type: ignore[attr-defined]
            return None  # "| What we said | Correct figure |": the first column is what was wrong
        at = token_at(tokens, value.start)  # type: ignore[attr-defined]
        if _in_quoted_title(text, value.start, value.end):  # type: ignore[attr-defined]
            return None  # '"Seven Days in Alfama"', '"The 40th Floor"': a title's words, not a value
        if isinstance(value, NumberMention):
            return self._assign_number(value, tokens, previous, text, at)
        if _doubted(tokens, at, text):
            return None  # "An earlier version of this editorial said Premier Li spoke on Sunday, 27 July."
        if isinstance(value, DateMention):
            if (
                self._stamped(text, value.start)
                or _BYLINE_BEFORE.search(text, max(0, value.start - 60), value.start)
                or _is_dateline(text, value)
                or _stamp_in_brackets(text, value)
                or _OCCASION_BEFORE.search(text, max(0, value.start - 60), value.start)
            ):
                return None  # "Updated 30 July 2025:", "SHANGHAI, July 26 (Reuters) -": when it was written
            if self._in_aside_of_another(tokens, value, text):
                return None  # "Jensen Huang, who spoke at the supply chain expo in Beijing on 16 July, ...": his day
            if value.first.day is None and _BY_MONTH.search(text, max(0, value.start - 4), value.start):
                return None  # "the number that had booked stands by March": a cut-off
            if _ISO_OPENING.match(value.text) and _LINE_OPENING.search(text, max(0, value.start - 8), value.start):
                return None  # "- 2025-07-23 Ten questions about World AI Conference": a post's date in a list
            if value.first.year is None and self._names_other_edition(tokens):
                return None  # "WAIC 2024 opened on 4 July 2024; the exhibition stayed open until 7 July": 2024's 7 July
            found = DateValue(value.first, value.last)
            families = ("date", "year") if value.first.year is not None else ("date",)  # "returns on Oct. 19": no year
            if value.first.day is None or not self._dated_weekdays:
                match = self._nearest(value, found, tokens, _own(previous), at, families, text)
            else:  # a day may also state a weekday claim that gives its date ("on July 26" for Saturday, 26 July)
                # (one day, of the claim's year if it names one: "on Thursday, 4 July 2024" is another year's speech)
                wanted = lambda c: not isinstance(c.claim.value, WeekdayValue) or (
                    c.claim.id in self._dated_weekdays and value.last is None and _same_year(value.first, c.claim.value)
                )
                match = self._nearest(value, found, tokens, _own(previous), at, (*families, "weekday"), text, wanted)
            return _with_edge(match, tokens, at) if match and value.last is None and value.first.day else match
        if isinstance(value, WeekdayMention):
            if _WEEKDAY_RANGE_AFTER.match(text, value.end) or _WEEKDAY_RANGE_BEFORE.search(text, max(0, value.start - 20), value.start):
                return None  # "Friday to Sunday, 07:00-20:00": a span of days, not the day
            if _BY_OPENING.search(text, max(0, value.start - 6), value.start):
                return None  # "By Thursday, rescuers had stopped finding anyone alive": a cut-off
            day = _date_after(text, value.end) or _date_before(text, value.start)  # "Thursday, 4 July 2024", "4 July 2024 (Thursday)": another year's
            if day is not None and day.year is not None:
                wanted = lambda c: not isinstance(c.claim.value, WeekdayValue) or _same_year(day, c.claim.value)
                return self._nearest(value, WeekdayValue(value.weekday), tokens, _own(previous), at, ("weekday",), text, wanted)
            return self._nearest(value, WeekdayValue(value.weekday), tokens, _own(previous), at, ("weekday",), text)
        return None

    def _assign_number(
        self, value: NumberMention, tokens: list[Token], previous: Previous, text: str, at: float
    ) -> Match | None:
        if (value.kind is NumberKind.ORDINAL and not self._ranks) or _changed_from(tokens, value, text):
            return None  # (an ordinal states only a claim that is one: "ranked 12th")
        if value.kind is NumberKind.ORDINAL and _ordinal_of_a_noun(tokens, value):
            return None  # "their sixth studio album", "their fourth Top 10 album": which one, not a rank
        if self._ranks and value.kind is NumberKind.COUNT and _RANK_BEFORE.search(text, max(0, value.start - 8), value.start):
            rank = NumberValue(value.value, kind=NumberKind.ORDINAL)  # "debuted at No. 3", "at number three": a rank
            return self._nearest(value, rank, tokens, _own(previous), at, ("ordinal",), text)
        if value.kind is NumberKind.COUNT and _VERSION.fullmatch(value.text):
            return None  # "Top contributors to 4.0": a version, not a count
        if _word_before(tokens, value) == "not" or _hypothetical(tokens, value, text):
            return None  # "not 1,000 companies, as reported, but over 800"; "even if 1,000 companies came"
        if _doubted(tokens, at, text) or _of_that(tokens, value):
            return None  # "posts claimed the conference drew 2,000 companies"; "£64 million of that income"
        if _IDENTIFIER.search(text, max(0, value.start - 12), value.start) or _is_section_number(text, value) or _AGE.fullmatch(
            text, max(0, value.start - 30), min(len(text), value.end + 2)
        ):
            return None  # "bib No. 16,200", "#1": a number that names; "Walter Hines, 84,": an age
        if value.high is not None and value.text.startswith("from ") and _word_before(tokens, value) in _CHANGE_VERBS:
            value = _new_figure(value, tokens)  # "grew from 500 to 800": the figure now is 800
            at = token_at(tokens, value.start)
        if value.kind is NumberKind.MONEY and (_word_before(tokens, value) == "per" or _PER_SUM_AFTER.match(text, value.end)):
            return None  # "$0.86 to $0.89 per $100 of assessed value": a rate on a sum, and its base
        if value.kind is NumberKind.PERCENT and _CONFIDENCE_AFTER.match(text, value.end):
            return None  # "87% (95% CI 81-91)": a confidence level
        if value.kind is NumberKind.COUNT and _word_before(tokens, value) == "per":
            return None  # "0.87 per 100,000 doses": a rate's base
        if value.kind is not NumberKind.COUNT:
            return self._nearest(value, _number(value), tokens, _own(previous), at, (value.kind.value,), text)
        window = _window(tokens, value, text)
        if not window and not value.unit and (bound := self._bound_measure(value, tokens, previous, text)) is not None:
            return bound  # "a median age of 54": a measure whose unit goes without saying
        unit = unit_key(value.unit) if value.unit else None
        if unit is not None and (per := _PER_UNIT.match(text, value.end)):
            unit = f"{unit}/{per.group(1).lower()}"  # "100km/h": a speed, not a length
        elif unit is None and window:
            word = tokens[window[0]]
            per = _PER_UNIT.match(text, word.end)
            named = UNIT_ALIASES.get(word.norm, word.norm) + (f"/{per.group(1).lower()}" if per else "")
            if named in self._units or per:  # "100 km/h" is a speed whether or not a claim is one
                unit = named
                window = window[1 + (per is not None) :]
        if unit in self._units:
            return self._assign_measure(value, unit, tokens, previous, text, at)
        days = self._in_days(value, unit or (tokens[window[0]].norm if window else ""))
        if days is not None:  # "two weeks", "72 hours" for a claim in days
            return self._assign_measure(days, "day", tokens, previous, text, at)
        match = self._assign_count(value, unit, window, tokens, previous, text)
        if (
            match is None
            and value.maybe_year
            and not _named_year(tokens, value, text)
            and not self._year_of_a_name(value, tokens, text)
            and not _STAMP_BEFORE.search(text, max(0, value.start - 24), value.start)  # "By mid-2025, ..."
        ):
            found = DateValue(PartialDate(int(value.value)), PartialDate(int(value.high)) if value.high is not None else None)
            return self._nearest(value, found, tokens, _own(previous), at, ("year",), text)
        return match

    def _in_days(self, value: NumberMention, unit: str) -> NumberMention | None:
        """A duration in weeks or hours restated in days, if a claim is in days and they are whole."""
        if unit not in DAYS_PER_UNIT or "day" not in self._units:
            return None
        low = in_days(value.value, unit)
        high = None if value.high is None else in_days(value.high, unit)
        if low is None or (value.high is not None and high is None):
            return None
        return replace(value, value=low, high=high, unit=value.unit and "day")

    def _assign_measure(
        self, value: NumberMention, unit: str, tokens: list[Token], previous: Previous, text: str, at: float
    ) -> Match | None:
        after = token_at(tokens, value.end)
        k = int(after + 0.5) + (0 if value.unit else 1)  # the word after the unit
        if 0 < k < len(tokens) and tokens[k].norm in _TIME_OFFSET and joined(text, tokens[k - 1], tokens[k]):
            if not self._offset_claims:  # "three days after": an interval, not a length ("two weeks, after which": a length)
                return None  # (but a claim stated as one takes it: "landed 22 minutes after the crew declared an emergency")
            offset = lambda c: c.claim.id in self._offset_claims and _in_unit(c, unit)
            return self._nearest(value, _number(value), tokens, previous, at, ("count",), text, offset)
        if k + 1 < len(tokens) and tokens[k].norm in _RATE and tokens[k + 1].norm in _PERIOD:
            return None  # "24 hours a day", "three days a week": a rate, not a length
        if _STREAK_AFTER.match(text, value.end if value.unit else tokens[min(k, len(tokens)) - 1].end):
            return None  # "fell for four days in a row": a streak, not a length
        before = _word_before(tokens, value)
        if value.value == 1 and not value.unit and (before in _MODALS or (value.text[:3].lower() == "one" and before not in _LENGTH_BEFORE)):
            return None  # "AI could one day outsmart us", "would love to visit WAIC one day": some day, not a length
        if before in _STAY:
            return None  # "our reporter spent three days at WAIC": someone's stay, not the event's length
        if (before == "within" or value.text[:6].lower() == "within") and 0 < k < len(tokens) and tokens[k].norm in _INTERVAL_ENDS:
            return None  # "within two weeks of the launch": an interval, not a length ("within 48 hours": at most)
        if k + 1 < len(tokens) and tokens[k].norm == "to" and tokens[k + 1].raw.islower() and tokens[k + 1].norm not in _STOP:
            return None  # "the crew needs three days to build the expo floor": what a task takes
        wanted = lambda c: _in_unit(c, unit)
        if value.unit and not self._measures_subject(value, tokens, text, wanted):
            return None  # "a one-day ticket to WAIC", "a 2-day visit after the conference": another thing's length
        if value.unit and "-" in value.text:  # "a five-year contract" measures the contract, not the striker's age
            window = [tokens[k] for k in _window(tokens, value, text, MEASURE_WINDOW, _MEASURE_STOP)]
            measured = {h.claim for h in self.index.subject_hits(window) if wanted(self.index.claims[h.claim])}
            if measured:
                wanted = lambda c: c.claim.id in measured
            named = next((t for t in window if t.raw[:1].isupper()), None)  # "19-year-old Luca Brandt": his age
            if named is not None and named.norm not in self._claim_words and all(named.norm not in names for names in self._named_in.values()):
                return None
        if value.unit and "-" not in value.text:  # a glued unit: "8GB of RAM"
            k = _first_token_at(tokens, value.end)
        if (not value.unit or "-" not in value.text) and k < len(tokens) and tokens[k].norm == "of" and not self._of_subject(tokens, k, text, wanted):
            return None  # "five days of UN talks in Geneva", "8GB of RAM" (but "three days of WAIC", "4 days of exhibitions")
        return self._nearest(value, _number(value), tokens, previous, at, ("count",), text, wanted)

    def _of_subject(self, tokens: list[Token], k: int, text: str, wanted: Callable[[CompiledClaim], bool]) -> bool:
        """Whether the words after "of" (token ``k``) in "N days of ..." name a claim's subject."""
        phrase: list[Token] = []
        for token in tokens[k + 1 : k + 1 + MEASURE_WINDOW]:
            if token.norm in _MEASURE_STOP or not joined(text, phrase[-1] if phrase else tokens[k], token):
                break
            phrase.append(token)
        if any(token.norm in _SPAN_NOUNS for token in phrase):
            return True
        return any(wanted(self.index.claims[hit.claim]) for hit in self.index.subject_hits(phrase))

    def _measures_subject(
        self, value: NumberMention, tokens: list[Token], text: str, wanted: Callable[[CompiledClaim], bool]
    ) -> bool:
        """Whether a hyphenated measure ("three-day") may be of a claim's subject: it is followed by
        the subject ("a three-day AI conference"), by a word for its length ("a three-day run"), or
        by no noun at all; not by another noun ("a one-day ticket")."""
        window = [tokens[k] for k in _window(tokens, value, text, MEASURE_WINDOW, _MEASURE_STOP)]
        if not window or any(token.norm in _SPAN_NOUNS for token in window):
            return True
        k = bisect_left(tokens, value.start, key=_token_start) - 1
        if k > 0 and tokens[k].norm in ("a", "an", "the"):
            k -= 1
        if k >= 0 and tokens[k].norm in _COPULAS:
            return True  # "WAIC 2025 was a two-day sprint": what the subject was
        unit = bisect_left(tokens, value.end, key=_token_start) - 1  # with the unit's word: "the 23-year-old striker"
        measured = ([tokens[unit]] if unit >= 0 and tokens[unit].start >= value.start else []) + window
        return any(wanted(self.index.claims[hit.claim]) for hit in self.index.subject_hits(measured))

    def _assign_count(
        self,
        value: NumberMention,
        unit: str | None,
        window: list[int],
        tokens: list[Token],
        previous: Previous,
        text: str,
    ) -> Match | None:
        before = _word_before(tokens, value)
        if before in _SELECTION:
            return None  # "the top 10 robots at WAIC", "these 3 robots": a selection, not how many there were
        if before in _ADDED:
            return None  # "New: 35 integrations", "another 20 companies": what was added, not the total
        if before in _TRADED and before not in self._claim_words:
            return None  # "a buyer ordered 20 educational humanoids": what was bought, not what was shown
        if before in ("from", "in", "across") and self._origin_of_a_group(tokens, value):
            return None  # "212 delegates from 27 countries": where a group counted before comes from
        if before == "with" and _word_before(tokens, value, 2) in _STARTS:
            return None  # "workspaces start with 3 to 5 people": where something starts, not the total
        if value.value == 1 and (value.qualifier in (Qualifier.AT_LEAST, Qualifier.OVER) or value.text.isalpha()):
            return None  # "at least one integration", "one WAIC exhibitor joked": not a count of them all
        if (before == "for" and not _capacity_for(tokens, value) and _word_before(tokens, value, 2) not in _PAYING) or before == "covering" or any(
            t.norm == "alone" for t in _chunk_before(tokens, value, text)
        ) or _alone_after(tokens, value, text):
            return None  # "orders for 200 robots", "Huawei alone showed 20 products": a part, not the total
        if _part_of_one(tokens, value, text) or _in_breakdown(tokens, value, text):
            return None  # "including three humanoid robots", "each presented two", "four models at its stand"
        if self._in_aside_of_another(tokens, value, text):
            return None  # "Unitree, which says it has shipped more than 1,000 robots this year, ...": Unitree's
        if before in _SHOW_VERBS and self._shown_by_another(tokens, value, text):
            return None  # "AgiBot (Shanghai) brought 12 robots": one exhibitor's
        if _pool(tokens, value):
            return None  # "nine of our twelve regions": the twelve are what the nine are taken from
        if _in_brackets_after_name(text, value.start):
            return None  # "the largest groups are from China (1,450 students)": a group, not the total
        if _is_goal(tokens, value):
            return None  # "we want to pass 250 integrations", "aims to attract 1,000 firms": a goal
        k0 = _first_token_at(tokens, value.start)
        if k0 > 0 and text[tokens[k0 - 1].end : value.start] == "-" and tokens[k0 - 1].raw.isalpha():
            glued = [SubjectHit(k0 - 1, k0 - 1, h.claim) for h in self.index.subject_hits(tokens[k0 - 1 : k0]) if self._is_plain_count(h.claim)]
            if glued:  # "a magnitude-6.5 earthquake": the word the figure is glued to is what it gives
                return self._best(value, _number(value), glued, tokens, previous, lambda h: 0, text)
        if k0 > 0 and tokens[k0 - 1].raw[:1].isupper() and text[tokens[k0 - 1].end : value.start] == " ":
            label = [SubjectHit(k0 - 1, k0 - 1, h.claim) for h in self.index.subject_hits(tokens[k0 - 1 : k0]) if self._is_plain_count(h.claim)]
            if label:  # "a Category 3 hurricane": a capitalised label's number, whatever noun follows
                return self._best(value, _number(value), label, tokens, previous, lambda h: 0, text)
            if self._model_number(tokens, k0, value):
                return None  # "eight Aster 3 humanoid robots": a model's name, not a count
        if k0 > 1 and tokens[k0 - 1].norm in _LINKING:  # "the average household size is 2.6 people": the size's
            lo = max(0, k0 - 5)
            linked = [
                SubjectHit(h.first + lo, h.last + lo, h.claim)
                for h in self.index.subject_hits(tokens[lo : k0 - 1])
                if h.last + lo == k0 - 2 and self._is_plain_count(h.claim) and not _object_of(tokens, h.first + lo)
                and not any(t.norm in _PREPOSITIONS for t in tokens[max(0, h.first + lo - 2) : h.first + lo])
            ]  # (not "the median age of exhibitors was 12", nor "Among the exhibits were 40 large language models")
            if linked:
                return self._best(value, _number(value), linked, tokens, previous, lambda h: 0, text)
        counted = [tokens[k] for k in window]
        if counted and not unit and counted[0].norm in _CLASSIFIERS:  # "large model 14 pieces and humanoid robot 16 sets"
            return self._best(value, _number(value), self._subject_before(value, tokens, text), tokens, previous, lambda h: 0, text)
        if unit:
            counted.insert(0, Token(value.start, value.end, unit, unit))
        hits = [h for h in self.index.subject_hits(counted) if self._is_plain_count(h.claim)]
        hits = [h for h in hits if not self._attributive(counted, h, value)]
        if not hits and not unit and counted and counted[0].norm in _PEOPLE:
            return self._people(value, window, tokens, previous, text)  # "killed 241 people", "1,500 people were injured"
        if hits:
            first = min(h.first for h in hits)
            if unit and value.unit and first > 0:
                return None  # "a 30-minute call": the figure counts minutes; the call is what they measure
            if value.maybe_year and (first != 0 or (value.value % 100 and value.value >= 1900)):
                return None  # "the 2025 robots roundup": a year (a round 2000 may count, "2000 robots")
            hits = [h for h in hits if h.first == first]
            hits = [h for h in hits if not _narrowed(counted[:first], self.index.claims[h.claim])]
            if not hits:
                return None  # "300 Chinese companies", "150 foreign firms": a part, not the whole
        elif not window and not unit and not value.maybe_year:
            hits = self._subject_before(value, tokens, text) or self._predicate_after(value, tokens)  # "exhibitors numbered 800"
            if not hits and _cells_of(tokens):  # "| Halcyon | 8 |" under "| Mission | Instruments |"
                tokens, hits = self._subject_over(value, tokens, text)
            elif not hits and _is_answer(tokens, value, text):  # "Q: How many humanoid robots were shown? A: 120."
                tokens, hits = self._subject_asked(tokens, previous, text)
            k0 = _first_token_at(tokens, value.start)
            if (
                value.qualifier in (Qualifier.UNDER, Qualifier.OVER)
                and value.text[:5].lower() in ("under", "over ")
                and not _cells_of(tokens)
                and any(h.last == k0 - 1 and text[tokens[h.last].end : value.start] == " " and not tokens[h.last].norm.endswith("ed") for h in hits)
            ):
                return None  # "Among finishers under 30, women were the majority": an age band, not a count
            hits = [h for h in hits if not (h.first > 0 and tokens[h.first - 1].norm in _GROUPS)]
            if not hits:
                return None  # "Team finishers: 312", "Foreign exhibitors: 150": a group's count
            k = _first_token_at(tokens, value.start)
            if k >= 2 and tokens[k - 1].norm == "of" and not any(h.last == k - 2 for h in hits):
                return None  # "participants had a median age of 54": the figure is the age's
        return self._best(value, _number(value), hits, tokens, previous, lambda h: 0, text)

    def _bound_measure(self, value: NumberMention, tokens: list[Token], previous: Previous, text: str) -> Match | None:
        """A figure that counts no noun, right after the subject of a measure claim and "of" or a
        colon: "a median age of 54", "median age: 54" state a claim in years."""
        k = _first_token_at(tokens, value.start)
        if value.maybe_year or (k < 2 and not (k == 1 and ":" in text[tokens[0].end : value.start])):
            return None  # (not "Top 10 AI conferences of 2025": a year)
        if ":" in text[tokens[k - 1].end : value.start]:
            end = k - 1
            if tokens[end].raw.lower() != tokens[end].norm and tokens[end].raw.lower().endswith("s"):
                return None  # "Forums: 118": a count of them, not a forum's length
        elif tokens[k - 1].norm == "of":
            end = k - 2
        else:
            return None
        lo = max(0, end - 3)
        hits = [
            SubjectHit(h.first + lo, h.last + lo, h.claim)
            for h in self.index.subject_hits(tokens[lo : end + 1])
            if h.last + lo == end and _is_unit_claim(self.index.claims[h.claim])
        ]
        if not hits:
            return None
        if ":" in text[tokens[k - 1].end : value.start] and any(self._is_plain_count(h.claim) for h in self.index.subject_hits(tokens[: end + 1])):
            return None  # "Countries represented at the conference: more than 30" counts countries, not days
        unit = self.index.claims[hits[0].claim].claim.value.unit  # type: ignore[union-attr]
        found = NumberValue(value.value, value.qualifier, unit, value.kind, value.high, value.currency)
        return self._best(value, found, hits, tokens, previous, lambda h: 0, text)

    def _attributive(self, counted: list[Token], hit: SubjectHit, value: NumberMention) -> bool:
        """Whether the subject only modifies the counted noun: "40 product launches" (the singular
        subject word itself after a plural figure, another word right after it)."""
        last = counted[hit.last]
        word = last.raw.lower()
        plural = (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or word in _IRREGULAR_PLURALS  # (not "business cards")
        if value.value == 1 or hit.last + 1 >= len(counted) or plural:
            return False  # ("300,000 people attended": a plural, which a verb follows)
        if value.unit and hit.first == 0:  # "a 32-team tournament" counts teams; "a 2-robot boxing match" counts none
            return not any(term.occurs_in(counted[hit.last + 1 : hit.last + 2]) for term in self.index.claims[hit.claim].require)
        if counted[hit.last + 1].norm in _DETERMINERS or counted[hit.last + 1].norm in _STOP:
            return False  # "18,000 runners finished the race": a verb, which modifies no noun
        return word == last.norm and self.index.is_subject_word(word)

    def _subject_before(self, value: NumberMention, tokens: list[Token], text: str) -> list[SubjectHit]:
        """Subjects just before a figure that counts no noun ("firms numbered 800"), or in its table
        row's label ("| Humanoid robots | 25 | 50 |": each figure counts robots)."""
        cell = next((c for c in _cells_of(tokens) if c.start <= value.start < c.end), None)
        if cell is not None and cell.label[0] != cell.start:
            lo = bisect_left(tokens, cell.label[0], key=_token_start)
            hi = bisect_left(tokens, cell.label[1], key=_token_start)
            label = tokens[lo:hi]
            hits = [h for h in self.index.subject_hits(label) if self._is_plain_count(h.claim)]
            hits = [h for h in hits if h.last + 1 >= len(label) or label[h.last].raw.lower() != label[h.last].norm]
            return [SubjectHit(h.first + lo, h.last + lo, h.claim) for h in hits]  # (not "| Injection-site reaction |")
        at = int(token_at(tokens, value.start) + 0.5)
        lo = max(0, at - LOOK_BACK)
        lo = next((k for k in range(at - 1, lo - 1, -1) if ";" in text[tokens[k].end : tokens[k + 1].start]), lo - 1) + 1
        figures = [k for k in range(lo, at) if _is_number(tokens[k]) and not _old_figure(tokens, k) and not _is_year(tokens[k])]
        if figures:  # a figure between the subject and this one takes it (but not "from 500" in "from 500 to 800")
            lo = figures[-1] + 1
        hits = [h for h in self.index.subject_hits(tokens[lo:at]) if self._is_plain_count(h.claim)]
        hits = [h for h in hits if not _object_of(tokens, lo + h.first)]
        # the figure just before counts the subject: "of the 800 exhibitors, 150 were foreign" (but in "1,500
        # large models, 45 of which were on display" the 45 is a part of them, which the clause after counts)
        if figures and any(h.first == 0 for h in hits) and not _of_which(tokens, value):
            return []
        return [SubjectHit(h.first + lo, h.last + lo, h.claim) for h in hits]

    def _subject_over(self, value: NumberMention, tokens: list[Token], text: str) -> tuple[list[Token], list[SubjectHit]]:
        """The row's tokens with the header's over a figure's cell, and the count subjects in that
        header, for the claims whose ``require`` terms stand in the row's label: "| Halcyon | 8 |"
        under "| Mission | Instruments |" counts Halcyon's instruments, "| Huawei | 20 |" under
        "| Company | Products shown |" is one exhibitor's, not the total."""
        extended = _with_header(tokens, value.start, text)
        if extended is tokens:
            return tokens, []
        cell = next(c for c in _cells_of(tokens) if c.start <= value.start < c.end)
        if text[cell.start : cell.end].strip() != text[value.start : value.end].strip():
            return tokens, []  # the figure must be all of its cell ("| Linux x86-64 (glibc 2.31+) |" counts no platforms)
        label = [t for t in tokens if cell.label[0] <= t.start < cell.label[1]]
        n = len(tokens)
        hits = [
            SubjectHit(h.first + n, h.last + n, h.claim)
            for h in self.index.subject_hits(extended[n:])
            if self._is_plain_count(h.claim) and self.index.claims[h.claim].require and self.index.required_in(h.claim, label)
        ]
        return (extended, hits) if hits else (tokens, [])

    def _in_aside_of_another(self, tokens: list[Token], value: NumberMention | DateMention, text: str) -> bool:
        """Whether a figure stands in a relative aside (", which ...", ", who ...") about a capitalised
        name that is none of the claims' words: that name's own figure."""
        at = _first_token_at(tokens, value.start)
        for a, b in _asides(tokens, text):
            if a <= at < b and a > 0 and tokens[a].norm in ("which", "who", "whose"):
                owner = tokens[a - 1]
                opening = a - 1 == 0 and (owner.raw.endswith("s") or owner.norm in _NOT_COMPANIES)  # ("Organisers, who ...")
                return owner.raw[:1].isupper() and owner.norm not in self._owners and not opening
        return False

    def _shown_by_another(self, tokens: list[Token], value: NumberMention, text: str) -> bool:
        """Whether the doer of "showed"/"brought" before a figure is a company's name that is none of
        the claims' words ("AgiBot brought 12 robots"; not "WAIC showed 60 robots")."""
        k = _first_token_at(tokens, value.start) - 2
        if k > 0 and tokens[k].norm in ("has", "have", "had"):
            k -= 1  # "Haixin Robotics has brought 30 robots"
        if k > 0 and "," in text[tokens[k].end : tokens[k + 1].start]:  # "Haixin Robotics, a young company from Ningbo, has brought"
            k = next((j - 1 for j in range(k, 0, -1) if "," in text[tokens[j - 1].end : tokens[j].start]), k)
        doer = _company_name_at(tokens, k, text) if k >= 0 else None
        return doer is not None and doer.norm not in self._owners

    def _model_number(self, tokens: list[Token], k: int, value: NumberMention) -> bool:
        """Whether a small bare number after a capitalised word that none of the claims uses names a
        model or a product ("Aster 3", "Pixel 9"): not at the sentence's start, nor after a month,
        a weekday or an ordinary capitalised word of the claims' own."""
        word = tokens[k - 1]
        if k < 2 or value.qualifier is not Qualifier.EXACT or value.unit or value.high is not None or not value.value < 100:
            return False
        return word.raw[1:].islower() and len(word.raw) > 2 and word.norm not in self._claim_words and word.norm not in _CALENDAR_WORDS

    def _people(self, value: NumberMention, window: list[int], tokens: list[Token], previous: Previous, text: str) -> Match | None:
        """A count of people that a verb or predicate next to it says what of: the verb just before
        ("the quake killed 241 people") or the words just after ("1,500 people were injured",
        "45,000 people were left homeless")."""
        k = _first_token_at(tokens, value.start)
        after = window[0] + 1
        reach = min(len(tokens), after + PEOPLE_REACH + 1)  # not past a comma or bracket: "11 people, nine customers and ..."
        reach = next((j for j in range(after, reach) if _BREAKDOWN_OPEN.search(text, tokens[j - 1].end, tokens[j].start)), reach)
        near = [*range(max(0, k - PEOPLE_REACH), k), *range(after, reach)]
        if k > 0 and (_verb_like(tokens[k - 1]) or (tokens[k - 1].raw.islower() and tokens[k - 1].norm.endswith("ing"))):
            # "420 member companies employing more than 90,000 people": the verb's object
            near = [i for i in near if i >= after or i == k - 1]
        lo, hi = _clause_around(tokens, k, text, _CLAUSE_OPENERS)
        hits = [
            SubjectHit(h.first + i, h.last + i, h.claim)
            for i in near
            if lo <= i < hi
            for h in self.index.subject_hits(tokens[i : i + 1])
            if self._is_plain_count(h.claim)
        ]
        return self._best(value, _number(value), hits, tokens, previous, lambda h: 0, text) if hits else None

    def _year_of_a_name(self, value: NumberMention, tokens: list[Token], text: str) -> bool:
        """Whether a year in brackets follows a capitalised name that holds no subject word: "the
        Provisions on the Administration of Deep Synthesis (2022)" is that act's year."""
        if text[value.start - 1 : value.start] != "(" or text[value.end : value.end + 1] != ")":
            return False
        k = _first_token_at(tokens, value.start) - 1
        j = k
        while j >= 0 and k - j < NAME_REACH and (tokens[j].raw[:1].isupper() or tokens[j].norm in _NAME_LINKS):
            j -= 1
        name = tokens[j + 1 : k + 1]
        return bool(name) and name[-1].raw[:1].isupper() and not self.index.subject_hits(name)

    def _origin_of_a_group(self, tokens: list[Token], value: NumberMention) -> bool:
        """Whether "from"/"in" before a figure follows a group counted just before that no claim
        counts ("212 delegates from 27 countries", "61 submissions by authors in 19 countries";
        not "800 companies from 30 countries", "representatives from over 30 countries")."""
        k = _first_token_at(tokens, value.start) - 1
        for j in range(k - 1, max(-1, k - 5), -1):
            if _is_number(tokens[j]) and not _is_year(tokens[j]):
                nouns = tokens[j + 1 : k]
                sampled = j > 0 and tokens[j - 1].norm in _SAMPLED  # (not "the conference drew 1,200 participants from 40 countries")
                return sampled and bool(nouns) and not self.index.subject_hits(nouns)
        return False

    def _predicate_after(self, value: NumberMention, tokens: list[Token]) -> list[SubjectHit]:
        """A subject in the predicate right after a figure that counts no noun: "More than 1,900 were
        injured", "214 died" (a participle or verb after "were"/"was"/"have been", or at once)."""
        k = _first_token_at(tokens, value.end)
        while k < len(tokens) and tokens[k].norm in _AUXILIARIES:
            k += 1
        if k >= len(tokens) or not tokens[k].raw.islower():
            return []
        word = tokens[k].norm
        if not (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES or word in ("hurt", "dead")):
            return []  # (a verb, not a noun: "18 were humanoid robot makers" counts no robots)
        return [SubjectHit(h.first + k, h.last + k, h.claim) for h in self.index.subject_hits(tokens[k : k + 2]) if h.first == 0 and self._is_plain_count(h.claim)]

    def _subject_asked(self, tokens: list[Token], previous: Previous, text: str) -> tuple[list[Token], list[SubjectHit]]:
        """The question before an answer, joined before it, and the count subjects it asks about."""
        question = previous() if callable(previous) else previous
        if not question or "?" not in text[question[-1].end : question[-1].end + 3]:
            return tokens, []
        hits = [h for h in self.index.subject_hits(question) if self._is_plain_count(h.claim)]
        if not hits:
            return tokens, []
        joined_tokens = Tokens([*question, *tokens])
        joined_tokens.cells = ()
        return joined_tokens, hits

    def _is_plain_count(self, claim_id: str) -> bool:
        """A count of the subject itself: not a measure, which needs its unit ("3 days")."""
        return self._families[claim_id] == "count" and not _is_unit_claim(self.index.claims[claim_id])

    def _nearest(
        self,
        value: object,
        found: ClaimValue,
        tokens: list[Token],
        previous: Previous,
        at: float,
        families: tuple[str, ...],
        text: str,
        wanted: Callable[[CompiledClaim], bool] | None = None,
    ) -> Match | None:
        hits = self._hits_of(tokens, families, wanted)
        if not hits and _cells_of(tokens):  # "| Dates | 26–28 July |" under "| | WAIC 2025 |"
            tokens = _with_header(tokens, value.start, text)  # type: ignore[attr-defined]
            hits = self._hits_of(tokens, families, wanted)
        if hits and isinstance(found, (DateValue, WeekdayValue)):
            edition = families != ("year",)  # a year right after its subject is the value: "since 1978, but for 2020"
            hits = [
                h
                for h in hits
                if not _dated_relatively(tokens, at, h)
                and not _date_between(tokens, at, h, edition)
                and not _for_another(tokens, text, h, at, self.index.claims[h.claim])
            ]
        if hits:  # not across a semicolon or ", and": "the Pro tier is $20; the Team tier is $50"
            lo, hi = _clause_around(tokens, at, text, _CLAUSE_OPENERS)
            asides = _asides(tokens, text)
            hits = [h for h in hits if lo <= h.first < hi and _same_side(asides, h, at)]
        if hits and isinstance(found, NumberValue) and found.kind in (NumberKind.MONEY, NumberKind.PERCENT):
            hits = [h for h in hits if _may_own(tokens, text, h, value, found.kind, self.index.claims[h.claim])]  # type: ignore[arg-type]
            owners = {h.claim for h in hits if _OWNER_GAP.fullmatch(text, tokens[h.last].end, value.start)}  # type: ignore[attr-defined]
            if owners:  # "for $47.50 per share, an equity value of approximately $6.2 billion": the equity value's
                hits = [h for h in hits if h.claim in owners]
        return self._best(value, found, hits, tokens, previous, lambda h: _distance(h, at), text)

    def _may_be_place(self, compiled: CompiledClaim, tokens: list[Token], span: tuple[int, int], text: str) -> bool:
        """Whether words put in relation to a place subject may be an unknown place: not the sentence's
        first word (capitalised anyway: "About WAIC", "Proposed headquarters"), nor a possessive
        ("Sundar Pichai's WAIC keynote"), nor words that hold the claim's own subject or context
        ("Northbridge University" for the university's city), nor an event's name ("the Meridian Cup final")."""
        if span[0] == tokens[0].start or text[span[1] : span[1] + 2] in ("'s", "’s"):
            return False
        if text[max(0, span[0] - 2) : span[0]] == ": ":
            return False  # "Policy Instrument: Counting WAIC 2025": capitalised after a colon anyway
        words = [t for t in tokens if span[0] <= t.start < span[1]]
        if words and words[-1].norm in EVENT_WORDS:
            return False  # "the Meridian Cup final": an event's name, not a place
        own = [*compiled.require, *(Term(w, False, " " + " ".join(w) + " ") for w in compiled.subjects)]
        if any(term.occurs_in(words) for term in own):
            return False
        return not any(t.norm in self._named_in[compiled.claim.id] for t in words)  # "Hurricane Marisol made landfall near ..."

    def _hits_of(
        self, tokens: list[Token], families: tuple[str, ...], wanted: Callable[[CompiledClaim], bool] | None
    ) -> list[SubjectHit]:
        """The subjects in ``tokens`` of the claims of ``families`` (and ``wanted``)."""
        hits = [h for h in self.index.sentence_hits(tokens) if self._families[h.claim] in families]
        return hits if wanted is None else [h for h in hits if wanted(self.index.claims[h.claim])]

    def _best(
        self,
        value: object,
        found: ClaimValue,
        hits: list[SubjectHit],
        tokens: list[Token],
        previous: Previous,
        distance: Callable[[SubjectHit], float],
        text: str,
    ) -> Match | None:
        best: tuple[float, float, int] | None = None
        choice: CompiledClaim | None = None
        if hits and _hedged(tokens, token_at(tokens, value.start), text):  # type: ignore[attr-defined]
            hits = [h for h in hits if h.claim not in self._settled]  # "Organisers expect more than 1,000 companies"
        sentence, scope = tokens, None
        if hits:
            scope = _exclusion_scope(tokens, value.start, text)  # type: ignore[attr-defined]
            if _cells_of(tokens):
                sentence, scope = cell_context(tokens, value.start, text, scope)  # type: ignore[attr-defined]
        others = self._other_events(hits, sentence, scope, previous, text) if self._events and hits else []
        part = _part_after(tokens, value.end, text) if hits else 0  # type: ignore[attr-defined]
        attached = bool(others) and self._of_own_event(tokens, value)  # "The four-day WAIC ran twice as long as the Paris summit"
        relative = _of_which(tokens, value) if hits else 0  # type: ignore[arg-type]
        for hit in hits:
            if others and hit.claim in self._events and self._not_own(others) and self._not_at(others, hit.claim) and not attached:
                continue  # "the World Robot Conference will feature 200 companies": another event's figure
            if hit.claim in self._edition_claims and self._another_edition(scope, sentence, text):
                continue  # "In 2019 the race had 16,240 finishers": another edition's figure
            if scope is not None and sentence is not tokens and _other_year(scope, self._edition_year):
                continue  # a table cell in a row or column of another year: "| 2019 | ... | 41% |"
            if self._possessed_by_another(tokens, hit):
                continue  # "Lakeport's cut-off is seven hours", "Boston's prize purse": another's
            if self._done_by_another(tokens, hit, text):
                continue  # "Team Riverside Cancer Care was founded in 2003", "Riverside Drive closes for ten hours"
            level: float | None = self.index.context_level(hit.claim, sentence, previous, None if _anaphoric(scope, tokens, hit) else scope)
            if level is None:
                continue
            if part and not self.index.required_in(hit.claim, tokens[:part]):
                continue  # "1,500 large models, 40 of which were on display": the context is the part's
            if relative and (self.index.claims[hit.claim].required is None or not self.index.required_in(hit.claim, tokens[relative:])):
                continue  # "800 companies exhibited, 120 of which were start-ups": a part, not what the claim counts
            if level == 0 and scope is not None and not self.index.required_in(hit.claim, scope):
                if not self.index.required_in(hit.claim, _without_comparisons(sentence, text)):
                    continue  # met only in a comparison: "100 countries, three times as many as sat at Ma's roundtable"
                level = 0.5  # met in another clause: "30 countries attended the roundtable, and 50 the conference"
            rank = (level, distance(hit), self._order[hit.claim])
            if best is None or rank < best:
                best, choice = rank, self.index.claims[hit.claim]
        if choice is None:
            return None
        start = value.start + _range_word(value.text)  # type: ignore[attr-defined]  # (at the figure: not "from"'s line)
        return Match(choice, start, value.end, _convert(found, choice))  # type: ignore[attr-defined]

    def _events_named(self, tokens: list[Token]) -> list[str]:
        """The other events ``tokens`` name (see :func:`_other_events`), side events only if they are what
        the words are about (see :meth:`_side_events`)."""
        others = _other_events(tokens)
        if others and all(name in _SUB_EVENTS for name in others):
            return self._side_events(tokens)
        return others

    def _of_own_event(self, tokens: list[Token], value: object) -> bool:
        """Whether a hyphenated measure modifies the claims' own event ("the four-day WAIC", "the
        two-day Shanghai conference"): it is that event's, whatever other event its sentence names."""
        text = getattr(value, "text", "")
        if "-" not in text:
            return False
        k = _first_token_at(tokens, value.end)  # type: ignore[attr-defined]
        words = tokens[k : k + 3]
        return self._names_own_event(words) or (
            bool(words) and any(" " + t.norm + " " in self._own_names for t in words) and any(t.norm in EVENT_WORDS for t in words)
        )

    def _not_own(self, names: list[str]) -> bool:
        """Whether one of the event ``names`` is another event: it holds none of the claims' own names,
        or it is a body's event that holds only a place of theirs ("the Shanghai Cooperation
        Organization Summit"; not "the Shanghai summit", "WAIC Shanghai", "Shanghai World Expo")."""
        return any(not self._is_own(name) for name in names)

    def _is_own(self, name: str) -> bool:
        """Whether an event's name (joined normalised words) is the claims' own event (see _not_own)."""
        own = self._own_names
        if not any(phrase in name or name in phrase for phrase in own):
            return False
        if any(name in phrase for phrase in own) or any(phrase in name for phrase in self._own_event_names):
            return True
        return _BODIES.isdisjoint(name.split())

    def _side_events(self, tokens: list[Token]) -> list[str]:
        """The side events of ``tokens`` that the words are about ("14 countries attended a briefing on the
        sidelines of the conference", "A WAIC side forum opened on Sunday"): a side event named before the
        event itself, or with it ("of WAIC"), not after it ("WAIC, which ran for two days, also hosted a
        side forum"); one forum ("A forum on AI governance drew 45 countries") or a press conference only
        if the event is not named."""
        for k, token in enumerate(tokens):
            if token.norm in _SIDE_WORDS and _side_marker(tokens, k):
                before = tokens[: max(0, k - 1)]
                if any(t.norm in EVENT_WORDS and not _indefinite(before, j) for j, t in enumerate(before)) or self._names_own_event(before):
                    return []  # (not "A two-day youth forum held on the sidelines of WAIC": that is the side event)
                return [name for name in _other_events(tokens) if name in _SUB_EVENTS]
        if self._names_own_event(tokens):
            return []
        return [name for name in _other_events(tokens) if name in _SUB_EVENTS and name != "side event"]

    def _not_at(self, others: list[str], claim: str) -> bool:
        """Whether a value of ``claim`` is kept away by ``others``: a side event or one forum keeps
        away the event's figures and dates, but not the people who speak at it (a name)."""
        return claim not in self._person_ids or any(name not in _SUB_EVENTS for name in others)

    def _other_events(
        self, hits: list[SubjectHit], sentence: list[Token], scope: list[Token] | None, previous: Previous, text: str
    ) -> list[str]:
        """The other events a value of an event claim may belong to: named in its clause; else in its
        sentence ("World Robot Conference, Beijing (done; 200+ exhibitors)"); else, when the sentence
        names no event, the one the text spoke of last, in the sentence before or a little earlier
        ("The World Robot Conference opened ... . Some 50 makers exhibited. This year's theme was ...")."""
        if not any(h.claim in self._events for h in hits):
            return []
        clause = scope or sentence
        others = self._events_named(clause)
        if others or self._names_own_event(clause):
            return others
        if scope is not None:
            if self._names_own_event(sentence):
                return self._side_events(sentence)  # "14 countries attended a briefing on the sidelines of the conference"
            others = self._events_named(sentence)
            if others:
                return others
        before = previous() if callable(previous) else previous
        if before:
            if self._names_own_event(before):  # another edition of it: "WAIC 2020 was held online. More than 200 exhibitors ..."
                return [" another edition "] if self._names_other_edition(before) else []
            others = self._events_named(before)
            if others:
                return others
        return self._topic_before(text, sentence[0].start) if sentence else []

    def _topic_before(self, text: str, start: int) -> list[str]:
        """The event the text named last before ``start`` (within TOPIC_REACH characters), if it is
        another one: [its name]; [] if it is the claims' own, or if there is none. Another edition
        counts too: the last year named before, if it is not the claims' and its sentence speaks of
        an event ("The 2024 edition ran from 4 to 6 July 2024. ... Organisers reported 500
        exhibitors")."""
        base = max(0, start - TOPIC_REACH)
        window = text[base:start]
        edition = self._edition_before(window, base)
        if edition:
            return [edition]
        own = max((m.end() for m in self._own_event_re.finditer(window)), default=-1)
        other: tuple[int, int] | None = None
        for m in _EVENT_NAME.finditer(window) if _EVENT_WORD_CAPITALISED.search(window) else ():
            if m.end() > own and self._not_own([joined_norms(tokenize(window, *m.span()))]):
                other = m.span()
        named = _LOWER_EVENT_WORD.search(window) or "COP" in window or any(name in window for name in KNOWN_EVENTS)  # (a cheap first look)
        for found in _NAMED_WITHOUT_CAPITALS.finditer(window) if named else ():  # "the BRICS summit", "At CES, ..."
            if found.end() <= max(own, other[1] if other else -1):
                continue
            name = found.group(1) or found.group(2)
            if found.group(2) or (name.lower() not in _GENERIC_ACRONYMS and self._not_own([name.lower()])):
                other = found.span()
        return [joined_norms(tokenize(window, *other))] if other is not None else []

    def _another_edition(self, scope: list[Token] | None, sentence: list[Token], text: str) -> bool:
        """Whether the value's clause names another year than the edition's, or names none (nor "this
        year") while its sentence does: "WAIC 2023 in Shanghai; over 30 large language models exhibited"."""
        clause = scope or sentence
        if _other_year(clause, self._edition_year):
            return True
        if scope is None or any(_is_year(t) for t in clause) or " this year " in joined_norms(clause):
            return False
        return _other_year(_without_comparisons(sentence, text), self._edition_year)  # (not "40% more than in 2023")

    def _possessed_by_another(self, tokens: list[Token], hit: SubjectHit) -> bool:
        """Whether a capitalised possessive that names none of the claims' words owns the subject:
        "Lakeport's cut-off", "Boston's prize purse" (not "China's action plan", "WAIC's theme",
        "WAIC 2025's theme")."""
        k = hit.first - 1
        words = self._subject_words[hit.claim]  # ("prize" before "purse")
        while k >= 0 and hit.first - k <= 3 and (tokens[k].norm in _ATTRIBUTES or _is_year(tokens[k]) or tokens[k].norm in words):
            k -= 1
        word = tokens[k] if k >= 0 else None
        if self._its_another(tokens, hit):
            return True  # "Lumora published its five-point plan": Lumora's
        if " own " in joined_norms(tokens) and any(
            tokens[j].norm == "own" and tokens[j - 1].norm in ("its", "their", "his", "her") for j in range(max(1, hit.first - 5), hit.first)
        ):
            return True  # "Malaysia is drafting its own 20-point AI action plan": another's
        if word is None or not possessive(word) or not word.raw[:1].isupper():
            return False  # (a common noun's, "the French president's special envoy", may well be the claim's)
        if word.norm in _WEEKDAY_OWNERS:  # "Saturday's vote" is the vote; "Saturday's races" are other races
            last = tokens[hit.last]
            return last.raw.lower() != last.norm and last.raw.lower().endswith("s")
        return word.norm not in self._owners and word.norm not in self._named_in[hit.claim]

    def _stamped(self, text: str, start: int) -> bool:
        """Whether the date at ``start`` says when the text was written or changed ("Updated 30 July
        2025:", "Posted · 3 August 2025"): not when the stamp's verb is a date claim's subject
        ("The paper was published on 14 September" for a claim of when the paper was published)."""
        stamp = _STAMP_BEFORE.search(text, max(0, start - 24), start)
        if stamp is None:
            return False
        word = _FIRST_WORD.search(stamp.group())
        return word is None or word.group().lower() not in self._dated_words

    def _its_another(self, tokens: list[Token], hit: SubjectHit) -> bool:
        """Whether "its" or "their" just before a subject stands for a name before it that is none of the
        claims': the sentence names someone after its first word, and none of its names is the claims'
        ("Alongside the launch, Lumora published its five-point plan"; not "China published its
        13-point plan", "Halcyon's science operations begin in April, and its primary mission ...")."""
        joined_words = joined_norms(tokens)
        if " its " not in joined_words and " their " not in joined_words:
            return False  # (most sentences: a cheap first look)
        j = next((j for j in range(hit.first - 1, max(-1, hit.first - 4), -1) if tokens[j].norm in ("its", "their")), -1)
        if j < 1 or not _verb_like(tokens[j - 1]):
            return False  # (its doer is the subject of the verb before it: not "Maria Costa, its CEO, said")
        names = [t.norm for t in tokens[:j] if t.raw[:1].isupper() and t.raw[1:].islower() and t.norm not in _CALENDAR_WORDS]
        own = self._named_in[hit.claim]
        return bool(names[1:]) and not any(n in self._owners or n in own or n in self._claim_words for n in names)

    def _edition_before(self, window: str, base: int = 0) -> str:
        """" the 2024 edition " if the last year in ``window`` (at ``base`` in the text) is another
        edition's, else ""."""
        if self._edition_year is None:
            return ""
        last = None
        starts, ends = self._table_rows
        for found in _edition_years(window):
            k = bisect_right(starts, base + found[0]) - 1
            if k < 0 or ends[k] <= base + found[0]:  # ("| Metric | Cup 2026 | 2022 edition |" scopes its column only)
                last = found
        if last is None:
            return ""
        start, end, year = last
        if _in_passing(window, start):
            return ""  # "Last year, the 2024 conference drew 500 exhibitors." is not the topic of what follows
        if int(year) == self._edition_year or "this year" in window[end:].lower():
            return ""
        if str(self._edition_year) in window[end:]:
            return ""  # (the edition's own year named since)
        return f" the {year} edition "

    def _done_by_another(self, tokens: list[Token], hit: SubjectHit, text: str) -> bool:
        """Whether a subject that is a verb ("founded", "closes", "hosted") has for its doer a name of
        two capitalised words or more that holds none of the claims' words: "Team Riverside Cancer Care
        was founded in 2003", "Riverside Drive closes for ten hours" (their dates and hours)."""
        first = tokens[hit.first]
        if first.raw.islower() and first.norm.endswith("ing") and self._someone_elses_aside(tokens, hit, text):
            return True  # "Ma Zhaoxu, speaking to reporters on Sunday, said ...": Ma's speaking
        participle = first.norm.endswith("ed") or first.norm in _IRREGULAR_PARTICIPLES
        if not (first.raw.islower() and (participle or first.norm in _VERBS or first.raw.endswith("es"))):
            return False
        phrasal = hit.last > hit.first and tokens[hit.first + 1].norm in _PARTICLES  # "lifted off": a verb, not a passive
        if participle and hit.first > 0 and not phrasal:  # "a meeting held on Tuesday 28 October": the meeting's day
            noun = tokens[hit.first - 1]
            if noun.raw.isalpha() and noun.raw.islower() and noun.norm not in self._owners and noun.norm not in _NOT_DOERS:
                return True
        k = hit.first
        while k > 0 and tokens[k - 1].norm in _AUXILIARIES:
            k -= 1
        name = tokens[_name_start(tokens, k, adjacent=True) : k]
        while name and name[0].norm in _FUNCTION_OPENERS:
            name = name[1:]  # "When Norvanians voted on 20 September": "When" opens the clause, no name
        if sum(t.raw[1:].islower() for t in name) < 2:
            return False
        return not any(t.norm in self._owners for t in name)

    def _someone_elses_aside(self, tokens: list[Token], hit: SubjectHit, text: str) -> bool:
        """Whether an -ing subject opens an aside after a capitalised name, set off by a comma, that
        holds none of the claim's ``require`` terms: the name is the one "speaking"."""
        k = hit.first
        if k < 2 or "," not in text[tokens[k - 1].end : tokens[k].start]:
            return False
        name = tokens[_name_start(tokens, k - 1, adjacent=True) : k]
        require = self.index.claims[hit.claim].require
        return bool(name) and all(t.raw[:1].isupper() for t in name) and not any(term.occurs_in(name) for term in require)

    def _names_other_edition(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` name another year than the edition's, and not the edition's own."""
        year = self._edition_year
        return _other_year(tokens, year) and not any(_is_year(t) and int(t.raw) == year for t in tokens)

    def _names_own_event(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` name the claims' own event ("WAIC", "the World AI Conference")."""
        words = joined_norms(tokens)
        return any(name in words for name in self._own_event_names)

    def _in_context(self, claim_id: str, tokens: list[Token], previous: Previous, offset: int, text: str) -> bool:
        """Whether a claim's context holds for the value at ``offset`` (in a table cell, that cell's)."""
        sentence, scope = cell_context(tokens, offset, text, None)
        return self.index.context_level(claim_id, sentence, previous, scope) is not None

    # ------------------------------------------------------------- text

    def _text_matches(self, text: str, span: Sentence, tokens: list[Token], previous: Previous) -> list[Match]:
        out: dict[tuple[str, int, int], Match] = {}
        in_table = bool(_cells_of(tokens))
        hits = [h for h in self.index.sentence_hits(tokens) if h.claim in self._text_ids]
        for hit in hits:
            if any(h.first <= hit.first and hit.last <= h.last and h.last - h.first > hit.last - hit.first for h in hits):
                continue  # "Chief Executive" inside "Chief Executive Officer", "winner" in "Golden Boot winner": the longer only
            compiled = self.index.claims[hit.claim]
            if getattr(compiled.claim.value, "kind", "") == "name" and _title_not_held(tokens, hit, text):
                continue  # "two fewer than the top scorer", "reports directly to the CEO": compared or served, not held
            if hit.claim in self._person_ids and self._edition_year and _held_before(tokens, hit, text, self._edition_year):
                continue  # "Zhu Rongji, China's premier from 1998 to 2003", "set out by Premier Zhou Enlai in 1953"
            # A name's title may take its country from the sentence before ("China
            # proposed a body. Premier Li presented it."); a quoted title may not.
            before = previous if getattr(compiled.claim.value, "kind", "") == "name" else []
            if before is previous and _others_title(compiled, hit, tokens, text):
                continue  # "Ontario Premier Doug Ford", "Russia's Deputy Foreign Minister": another's title
            if not in_table and self.index.context_level(hit.claim, tokens, before) is None:
                continue
            if hit.claim in self._edition_claims and _other_year(tokens, self._edition_year):
                continue  # "The 2023 slogan was 'Run the City'"
            if self._possessed_by_another(tokens, hit):
                continue  # "The charity's 2025 theme is 'Every Mile Matters'"
            if hit.claim in self._events:
                variants = self._variants[hit.claim]  # (an event named as the value itself: "at the ERS Congress")
                others = [n for n in self._other_events([hit], tokens, None, previous, text) if not variants.search(n)]
                if self._not_own(others) and self._not_at(others, hit.claim):
                    continue  # "The World Robot Conference opened on Friday. This year's theme was 'X'"
            if hit.claim in self._settled and _hedged(tokens, hit.first, text):
                continue  # "Some observers speculate that such a body might be headquartered in Beijing"
            candidates = self._text_candidates(compiled, hit, text, span, tokens)
            if in_table:  # each candidate in the context of its own cell
                candidates = [c for c in candidates if self._in_context(hit.claim, tokens, before, c[1], text)]
            if candidates:  # the nearest; at one place, the longest ("Cédric O", not "Cédric")
                _, start, negative_length = min((d, s, s - e) for d, s, e in candidates)
                end = start - negative_length
                out[(hit.claim, start, end)] = Match(compiled, start, end, TextValue(" ".join(text[start:end].split())))
        return _longest_per_place(list(out.values()))

    def _text_candidates(
        self, compiled: CompiledClaim, hit: SubjectHit, text: str, span: Sentence, tokens: list[Token]
    ) -> list[tuple[float, int, int]]:
        value = compiled.claim.value
        assert isinstance(value, TextValue)
        lo, hi = span.start, span.end
        spans: list[tuple[int, int]] = []
        appositive: list[tuple[int, int]] = []
        if value.kind != "place":
            spans += [m.span() for m in self._variants[compiled.claim.id].finditer(text, lo, hi)]
            if value.kind == "name":  # "Professor Hannah Okafor" is not the alias "Okafor"
                a, b = _clause_around(tokens, hit.first, text, _CLAUSE_OPENERS)  # not "..., while van Dael finished as top scorer"
                spans = [s for s in spans if tokens[a].start <= s[0] < tokens[b - 1].end]
                spans = [_with_given_name(s, tokens, text, self.index) for s in spans]
                title = tokens[hit.first].start  # "Larry Page, another former Google chief executive": one more holder
                spans = [s for s in spans if not (s[1] <= title and _ANOTHER_HOLDER.fullmatch(text, s[1], title))]
                # "the former Google CEO, not Sundar Pichai"; "Premier Li Keqiang -- sorry, Li Qiang": taken back
                spans = [s for s in spans if not _NOT_BEFORE.search(text, max(0, s[0] - 12), s[0]) and not _CORRECTED.match(text, s[1])]
        if value.kind == "name":
            known = {start for start, end in spans if " " in text[start:end]}  # "Li Qiang", not the alias "Li"
            # a known name then more capitalised words is the known name: "Premier Li Qiang Propose ..." (a headline)
            title_end = _title_end(hit, tokens, value)
            after = [s for s in name_after(tokens, title_end, text) if s[0] not in known and not _CORRECTED.match(text, s[1])]
            if not _cells_of(tokens):  # a header row's next cell is no name: "| No. | Premier | Term | Notes |"
                after = [s for s in after if not _CELL_GAP.fullmatch(text, tokens[title_end].end, s[0])]
            spans += after
            if not after:  # a name after the title wins: "In Beijing, Premier Li Qiang said"
                appositive = name_before(tokens, hit, text) or name_set_off(tokens, hit, text)
        elif value.kind == "place" and _owns_place(compiled, hit, tokens, text, self._names):
            variants = self._variants[compiled.claim.id]
            # a sentence's first word is capitalised anyway: "About WAIC", "Proposed headquarters" name no
            # place, unless it is a known one ("Beijing headquarters of the body ...")
            spans += [
                s
                for s in places(tokens, hit, text) + labelled_places(tokens, hit, text, _cells_of(tokens))
                if (variants.fullmatch(text, *s) or self._may_be_place(compiled, tokens, s, text)) and not _HOUSE_NUMBER.match(text, s[1])
            ]  # (not a street: "our head office at Meir 1, Antwerp")
            others = self._others_values[compiled.claim.id]
            if others is not None:
                spans = [s for s in spans if variants.fullmatch(text, *s) or not others.fullmatch(text, *s)]
        elif value.kind == "quote":
            spans += quotes_near(text, lo, hi, tokens, hit) or unquoted_title(tokens, hit, text)
        title_span = tokens[hit.first].start, tokens[_title_end(hit, tokens, value)].end
        spans = [s for s in spans if not (title_span[0] <= s[0] < title_span[1])]
        if _cells_of(tokens):
            spans = [s for s in spans if not _in_stale_column(tokens, s[0], text)]
        spans = [s for s in spans if not _doubted(tokens, token_at(tokens, s[0]), text)]
        # A name in apposition is the title's own: as near as one right after it, nearer than
        # a variant elsewhere in the sentence ("Wang, China's premier, met Li Qiang").
        return [(_distance(hit, token_at(tokens, s[0])), s[0], s[1]) for s in spans] + [
            (1.0, s, e) for s, e in appositive
        ]


# ------------------------------------------------------------------ helpers


OWNER_REACH = 4  # words between what is "based in X" and "based in", at most




_HOUSE_NUMBER = re.compile(r" \d{1,3}[a-zA-Z]?\b(?!\s*(?:%|per cent|percent))")
def _title_not_held(tokens: list[Token], hit: SubjectHit, text: str) -> bool:
    """Whether a title stands after "than (the)" or "to the" with no name after it: what is compared
    with or served, not a name's title ("two fewer than the top scorer", "reports directly to the
    CEO"; not "thanks to race director Linda Whitfield")."""
    before = [t.norm for t in tokens[max(0, hit.first - 2) : hit.first]]
    if before[-1:] == ["than"] or before == ["than", "the"]:
        return True
    named = hit.last + 1 < len(tokens) and tokens[hit.last + 1].raw[:1].isupper()
    return before == ["to", "the"] and not named
_CELL_GAP = re.compile(r"[ \t]{3,}")  # what a masked cell boundary leaves between two words on a line
_NOT_BEFORE = re.compile(r"\b(?:not|rather than|instead of)\s+\Z")
_CORRECTED = re.compile(r"[\"”']?\s*(?:--|—|–|,|:)?\s*(?:sorry|I mean|or rather|correction|wrong|incorrect|false|not correct)\b", re.IGNORECASE)
_ANOTHER_HOLDER = re.compile(r"\s*,\s*(?:also\s+)?(?:a|an|another|(?:one|another) of (?:the|several|many|[A-Z]\w*(?:'s|’s)))\s+(?:[\w'’]+\s+){0,3}")


def _title_end(hit: SubjectHit, tokens: list[Token], value: TextValue) -> int:
    """The last token of the title in a subject hit: a subject may end with the first word of the
    claim's name ("Prime Minister Li"), so that the title counts only before that name; the name
    is then read from that word ("Prime Minister Li Keqiang")."""
    if value.kind == "name" and hit.last > hit.first and tokens[hit.last].norm == value.text.split()[0].lower():
        return hit.last - 1
    return hit.last


def _with_given_name(span: tuple[int, int], tokens: list[Token], text: str, index: ClaimIndex) -> tuple[int, int]:
    """A one-word name found as an alias, with the capitalised word before it if that is a given name
    (not an honorific or a title: "Premier Li" stays "Li", "Hannah Okafor" is read whole)."""
    if " " in text[span[0] : span[1]]:
        return span
    k = bisect_left(tokens, span[0], key=_token_start)
    if k == 0 or k >= len(tokens) or tokens[k].start != span[0]:
        return span
    word = tokens[k - 1]
    if not (word.raw[:1].isupper() and word.raw[1:].islower()) or not joined(text, word, tokens[k]):
        return span
    if word.norm in HONORIFICS or index.is_subject_word(word.norm) or k - 1 == 0 and word.norm in _DETERMINERS:
        return span
    return word.start, span[1]


def _others_title(compiled: CompiledClaim, hit: SubjectHit, tokens: list[Token], text: str) -> bool:
    """Whether a title is qualified by a capitalised word that is none of the claim's ``require`` terms
    ("Ontario Premier", "Russia's Deputy Foreign Minister"; not "Chinese Premier", "China's Premier").
    Only for claims with ``require`` terms: they say whose title it is."""
    if not compiled.require or hit.first == 0:
        return False
    word = tokens[hit.first - 1]
    if not word.raw[:1].isupper() or not joined(text, word, tokens[hit.first]) or word.norm in _DETERMINERS:
        return False
    if word.norm in _FUNCTION_OPENERS:
        return False  # "When Chinese Premier Li Keqiang presented ...": a clause's first word
    return not any(term.occurs_in([word]) for term in compiled.require)


def _owns_place(
    compiled: CompiledClaim, hit: SubjectHit, tokens: list[Token], text: str, names: frozenset[str] = frozenset()
) -> bool:
    """For a subject ending in "in"/"at" ("based in"), whether what is based there is the claim's:
    a ``require`` term stands just before it ("the new body would be based in X"), an aside
    between commas apart ("Acme, founded in 2012, is based in X"), not other words ("firms
    based in X back the body"), and it is no one else's: not "the UN's AI advisory body" (a
    possessive that is none of the claims' ``names``), nor "Guterres, whose organization"."""
    if not compiled.require:
        return True
    before = _without_aside(tokens[: hit.first], text)[-OWNER_REACH:]
    if _indefinite_apposition(tokens, hit.first, text, compiled):
        return False  # "The Beijing Humanoid Robot Innovation Center, an institution based in X"
    if any(t.norm == "whose" for t in before) or any(
        t.raw[:1].isupper() and possessive(t) and f" {t.norm} " not in names for t in before
    ):
        return False
    if hit.first > 1 and tokens[hit.first - 1].norm in ("both", "all") and tokens[hit.first - 2].norm in ("are", "were"):
        return False  # "the WHO and the ITU are both headquartered in Geneva": others, more than one
    if _opening_name_owns(compiled, tokens, hit.first, text) or _in_opening_name_aside(compiled, tokens, hit.first, text):
        return False  # "The International Atomic Energy Agency followed in 1957, headquartered in Vienna"
    if _named_owner_elsewhere(compiled, tokens, hit.first, text):
        return False  # "the United Nations, which is headquartered in X", "The APEC forum ... is based in X"
    if hit.first > 0 and tokens[hit.first - 1].norm in _COMPANY_NOUNS and not any(
        term.occurs_in(tokens[hit.first - 1 : hit.first]) or term.occurs_in(tokens[: max(0, hit.first - 4)]) for term in compiled.require
    ):  # (not when a company is the claim's, or the claim's name comes before: "Larkspur is a biotech company headquartered in X")
        return False  # "Hexacore is an AI computing platform company headquartered in Shenzhen": the company's seat
    if any(t.norm in ("our", "my") for t in before) and not any(term.occurs_in(before) for term in compiled.require):
        return False  # "Our company is headquarter in Shenzhen": the writer's own seat
    if hit.first > 0 and text[tokens[hit.first - 1].end : tokens[hit.first].start] == "-" and hit.last + 1 < len(tokens):
        named = tokens[hit.last + 1 : hit.last + 1 + OWNER_REACH + 2]  # "Hangzhou-headquartered Alibaba": Alibaba's seat
        return not named[0].raw[:1].isupper() or any(term.occurs_in(named) for term in compiled.require)
    if tokens[hit.last].norm not in ("in", "at"):
        return True
    if _plural_owner(before):
        return False  # "most global technical bodies are based in Geneva": a class of things, not the claim's one
    return any(term.occurs_in(before) for term in compiled.require)


def _plural_owner(before: list[Token]) -> bool:
    """Whether the words before "based in" end with a plural noun, then "are" or "were" or not
    ("most global technical bodies are based in Geneva", "UN agencies based in Geneva")."""
    if not before:
        return False
    noun = before[-2] if len(before) > 1 and before[-1].norm in ("are", "were") else before[-1]
    return noun.raw.isalpha() and noun.raw.islower() and noun.raw != noun.norm and noun.raw.endswith("s")


def _opening_name_owns(compiled: CompiledClaim, tokens: list[Token], first: int, text: str) -> bool:
    """Whether a participle after the only comma of its sentence ("..., headquartered in Vienna")
    describes the name that opens the sentence, a name of two capitalised words or more that is none
    of the claim's, in a clause that names nothing else the claim requires ("The International
    Atomic Energy Agency followed in 1957, headquartered in Vienna"; not "Li proposed a new body,
    headquartered in X")."""
    if first < 3 or not tokens[first].norm.endswith("ed") or "," not in text[tokens[first - 1].end : tokens[first].start]:
        return False
    if any("," in text[tokens[k - 1].end : tokens[k].start] for k in range(1, first)):
        return False
    end = _opening_name_end(compiled, tokens, first)
    return end > 0 and not any(term.occurs_in(tokens[end:first]) for term in compiled.require)


def _opening_name_end(compiled: CompiledClaim, tokens: list[Token], first: int) -> int:
    """Where a name of two capitalised words or more that opens the sentence (before token ``first``)
    and is none of the claim's ends ("The International Atomic Energy Agency ..."), or 0."""
    start = 1 if tokens and tokens[0].norm == "the" else 0
    end = start
    while end < first and tokens[end].raw[:1].isupper() and (end == start or _adjacent(tokens, end)):
        end += 1
    name = tokens[start:end]
    if sum(t.raw[1:].islower() for t in name) < 2 or any(p in joined_norms(name) for p in _proper_phrases(compiled.claim)):
        return 0
    return end


def _in_opening_name_aside(compiled: CompiledClaim, tokens: list[Token], first: int, text: str) -> bool:
    """Whether token ``first`` lies in the aside set off by commas right after a name of two
    capitalised words or more that opens the sentence and is none of the claim's: the aside
    describes that name ("The Asian Infrastructure Investment Bank, founded in 2016 and
    headquartered in Beijing, is a Chinese-initiated body")."""
    end = _opening_name_end(compiled, tokens, first)
    if end == 0 or end >= first or "," not in text[tokens[end - 1].end : tokens[end].start]:
        return False  # (the name must be followed by the aside's comma)
    closing = next((k for k in range(end + 1, len(tokens)) if "," in text[tokens[k - 1].end : tokens[k].start]), None)
    return closing is not None and first < closing and closing - end <= ASIDE_REACH


ASIDE_REACH = 16  # words in an aside between commas, at most

_RELATIVE_LINK = frozenset("which that who is was are were be been being would will has have had also now currently".split())


_COPULA_OWNER = frozenset("is was became becomes remains itself also now".split())


def _name_start(tokens: list[Token], k: int, adjacent: bool = False) -> int:
    """The first of the capitalised words just before token ``k`` (``k`` if none); with ``adjacent``,
    only words one space apart, one name ("Team Riverside Cancer Care", not "Page, Team")."""
    j = k
    while j > 0 and tokens[j - 1].raw[:1].isupper() and (not adjacent or j == k or _adjacent(tokens, j)):
        j -= 1
    return j


def _indefinite_apposition(tokens: list[Token], first: int, text: str, compiled: CompiledClaim) -> bool:
    """Whether the subject at ``first`` follows "<Name>, a/an <require term>" or "<Name> is (itself)
    a/an <require term>": "The Beijing Humanoid Robot Innovation Center, an institution based in
    Yizhuang", "the World Internet Conference is itself an international organization headquartered
    in Beijing" (their seats)."""
    for a in range(max(1, first - OWNER_REACH), first):
        if tokens[a].norm not in ("a", "an"):
            continue
        end = a  # the name ends before the comma, or before "is (itself)"
        while end > 1 and tokens[end - 1].norm in _COPULA_OWNER:
            end -= 1
        if end == a and "," not in text[tokens[a - 1].end : tokens[a].start]:
            continue
        if not any(term.occurs_in(tokens[a + 1 : first]) for term in compiled.require):
            return False
        name = tokens[_name_start(tokens, end) : end]
        own = _proper_phrases(compiled.claim)
        return sum(t.raw[1:].islower() for t in name) >= 2 and not any(p in joined_norms(name) for p in own)
    return False


def _named_owner_elsewhere(compiled: CompiledClaim, tokens: list[Token], first: int, text: str) -> bool:
    """Whether a subject ("headquartered") follows a name that holds no ``require`` term, maybe through
    an appositive: "the United Nations, which is headquartered in New York", "the ITU, the UN agency
    headquartered in Geneva" (their seats, not the claim's)."""
    k = first
    if k > 3 and tokens[k - 2].norm in ("its", "their") and tokens[k - 3].norm in ("has", "have", "had", "with"):
        k -= 3  # "The Shanghai Cooperation Organisation ... has its secretariat based in Beijing"
    while k > 0 and tokens[k - 1].norm in _RELATIVE_LINK:
        k -= 1
    if k > 1 and tokens[k - 1].norm == "itself" and tokens[k - 2].raw[:1].isupper():
        k -= 1  # "The UN itself is headquartered in New York"
    if k < first and k > 1:  # a verb skipped: the words before it are the subject, not an appositive
        j = _name_start(tokens, k, adjacent=True)
        name = tokens[j:k]
        if sum(t.raw[1:].islower() for t in name) >= 2 and not any(p in joined_norms(name) for p in _proper_phrases(compiled.claim)):
            return True  # "By comparison, the World Health Organization is headquartered in Geneva"
    c = k  # an appositive between: "the ITU, the UN agency headquartered in Geneva"
    while c > 0 and k - c < OWNER_REACH and joined(text, tokens[c - 1], tokens[c]):
        c -= 1
    if 0 < c < k and tokens[c].norm in ("a", "an", "the") and "," in text[tokens[c - 1].end : tokens[c].start]:
        k = c
    for hop in range(3):  # asides before, maybe nested: ", despite its name,", "which, as its name says,"
        if not (k > 1 and "," in text[tokens[k - 1].end : tokens[k].start]) or (hop and tokens[k - 1].raw[:1].isupper()):
            break  # (no aside; or a name ends here: stop at it)
        c = next((c for c in range(k - 1, max(0, k - ASIDE_REACH), -1) if "," in text[tokens[c - 1].end : tokens[c].start]), 0)
        if not c:
            break
        k = c
        while k > 0 and tokens[k - 1].norm in _RELATIVE_LINK:
            k -= 1
    j = _name_start(tokens, k)
    if j == k and k >= 2 and tokens[k - 1].raw.isalpha() and tokens[k - 1].raw.islower() and tokens[k - 2].raw[:1].isupper():
        j = _name_start(tokens, k - 1, adjacent=True)  # a name and its head noun: "The Asia-Pacific Economic Cooperation forum"
        if sum(t.raw[1:].islower() for t in tokens[j : k - 1]) < 2:
            j = k
    if j == k or (j == 0 and k - j == 1 and "," not in text[tokens[0].end : tokens[1].start]):
        return False  # no name, or one capitalised word opening the sentence ("Officials said ..."; not "Alibaba, based in")
    name = tokens[j:k]
    own = _proper_phrases(compiled.claim)
    if any(phrase in joined_norms(name) for phrase in own):
        return False  # "the World AI Cooperation Organization, China said, would be headquartered in X"
    if sum(t.raw[1:].islower() for t in name) >= 2:
        return True  # "The Shanghai Cooperation Organisation, despite its name, is headquartered in Beijing"
    return not any(term.occurs_in(name) for term in compiled.require)


def _without_aside(tokens: list[Token], text: str) -> list[Token]:
    """``tokens`` less a last aside between two commas ("Acme, founded in 2012, is")."""
    commas = [k for k in range(1, len(tokens)) if "," in text[tokens[k - 1].end : tokens[k].start]]
    if len(commas) < 2:
        return tokens
    return tokens[: commas[-2]] + tokens[commas[-1] :]


def _longest_per_place(matches: list[Match]) -> list[Match]:
    """One match per claim and place: of overlapping spans (two subject phrases found
    the same name), the longest."""
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.claim.claim.id, m.start, m.start - m.end)):
        last = kept[-1] if kept else None
        if last is not None and last.claim is match.claim and match.start < last.end:
            continue
        kept.append(match)
    return kept


def _asserted(text: str, span: Sentence) -> bool:
    """Whether a sentence may assert anything: not a question, a hypothesis, or a question's options."""
    if _is_question(text, span) or _is_hypothetical(text, span):
        return False
    return text[span.start : span.start + 1] not in _OPTION_STARTS or not _OPTIONS.fullmatch(text, span.start, span.end)


# A multiple-choice question's options, alone in their sentence: "(A) Premier Li Keqiang", "(A) 500 (B) 800 (C) 1,000".
_OPTION_STARTS = frozenset("(ABCDEabcde")  # (a cheap first look)
_OPTIONS = re.compile(r"\(?[A-Ea-e]\)[ \t]+[^—–.;:!?]{1,160}")


def _is_question(text: str, span: Sentence) -> bool:
    """Whether a sentence is a question (it ends in "?", closing quotes and brackets aside)."""
    end = span.end
    while end > span.start and text[end - 1] in _CLOSERS:
        end -= 1
    return text[end - 1 : end] == "?"


_CLOSERS = frozenset("\"'”’)]")


def _runs(spans: list[Sentence], live: Iterable[int]) -> list[tuple[int, int]]:
    """Text spans covering runs of adjacent live sentences of one block."""
    runs: list[tuple[int, int]] = []
    last = -2
    for i in live:
        if i == last + 1 and spans[i].block == spans[last].block:
            runs[-1] = (runs[-1][0], spans[i].end)
        else:
            runs.append((spans[i].start, spans[i].end))
        last = i
    return runs


_OPENING = frozenset("open opens opened opening began begin begins start starts started starting kicked launched".split())
_CLOSING = frozenset("close closes closed closing end ends ended ending concluded concludes wrapped finished".split())
EDGE_REACH = 6  # words between an opening or closing verb and the date it governs, at most


def _with_edge(match: Match, tokens: list[Token], at: float) -> Match:
    """A day said to open or close a canonical date range is its first or last day: "the conference
    opened on Sunday, July 27" contradicts 26-28 July. The verb must come just before the day, with
    no other figure or "until" between ("opened on Saturday and ran until July 28" is the last day)."""
    value = match.claim.claim.value
    if not isinstance(value, DateValue) or value.end is None:
        return match
    k = int(at + 0.5)
    if k > 1 and tokens[k - 1].norm in ("until", "till", "through") and any(t.norm in _RUNNING for t in tokens[max(0, k - 4) : k - 1]):
        return Match(match.claim, match.start, match.end, match.found, match.sentence, "end")  # "runs until 27 July": its last day
    for j in range(k - 1, max(-1, k - 1 - EDGE_REACH), -1):
        word = tokens[j].norm
        if word in _OPENING or word in _CLOSING:
            edge = "start" if word in _OPENING else "end"
            return Match(match.claim, match.start, match.end, match.found, match.sentence, edge)
        if _is_number(tokens[j]) or word in _UNTIL:
            break
    return match


_UNTIL = frozenset("until till through to and".split())
_RUNNING = frozenset("run runs ran running last lasts lasted lasting continue continues continued".split())
_PREPOSITIONS = frozenset("among of in at from with for on by".split())
_LINKING = frozenset("is was are were stood averaged remains remained".split())  # a subject's figure after it
_LENGTH_BEFORE = _RUNNING | frozenset("for of only just span spans spanned spanning took takes take is was be".split())  # "lasted one day"


# Words that end the name of an event ("the World Robot Conference", "the Paris AI Action Summit").
EVENT_WORDS = frozenset(
    "conference summit forum expo exhibition event gathering fair congress convention festival show week "
    "marathon race game olympic olympiad championship cup tournament triathlon regatta "
    "symposium seminar workshop hackathon roadshow webinar meetup messe".split()
)


def _is_event_claim(compiled: CompiledClaim, subject_only: bool = False) -> bool:
    """Whether a claim is about an event: an event word among its subject or ``require`` words (or,
    ``subject_only``, its subject words: the event itself)."""
    words = {w for s in compiled.subjects for w in s}
    if not subject_only:
        words |= {w for t in compiled.require for w in t.words}
    return not words.isdisjoint(EVENT_WORDS)


@lru_cache(maxsize=4096)
def _proper_phrases(claim: Claim) -> tuple[str, ...]:
    """The claim's subject and ``require`` phrases that are names (with a capital): " waic ", " shanghai "."""
    phrases = (*claim.subject, *claim.context.require)
    return tuple(" " + " ".join(phrase_words(p.rstrip("*"))) + " " for p in phrases if p != p.lower())


def _other_events(tokens: list[Token]) -> list[str]:
    """The names of events in ``tokens``, as joined normalised words: capitalised words ending in a
    capitalised event word ("World Robot Conference", "G20 Summit"; not "the Conference", "AI summit")."""
    names: list[str] = []
    if len(tokens) > 2 and tokens[0].norm == "the" and tokens[1].norm in _ORDINALS and tokens[2].norm not in EVENT_WORDS:
        names.append(joined_norms(tokens[:2]))  # "The sixth, in July the following year, was ...": an edition
    for k, token in enumerate(tokens):
        if token.norm not in _EVENT_LOOK and token.raw not in KNOWN_EVENTS and token.raw[:3] != "COP":
            continue  # (most words: a cheap first look)
        if k > 1 and token.norm in EVENT_WORDS and tokens[k - 1].norm == "own" and tokens[k - 2].norm in ("their", "its", "his", "her"):
            names.append(joined_norms(tokens[k - 2 : k + 1]))  # "Lakeport hosted their own marathon"
            continue
        if k > 0 and tokens[k - 1].norm in _OTHER_EDITION and (token.norm in EVENT_WORDS or token.norm == "edition"):
            if not _own_ordinal(tokens, k - 1):
                names.append(joined_norms(tokens[k - 1 : k + 1]))  # "the fifth conference", "the next summit"
            continue
        if token.norm == "conference" and k > 0 and tokens[k - 1].norm in ("press", "news", "video"):
            names.append("press conference")  # "At the regular press conference on 29 July": not the conference
            continue
        if token.norm in _SIDE_WORDS and _side_marker(tokens, k):
            names.append("side event")  # "on the sidelines of the conference", "a WAIC side forum" (not "side events")
            continue
        if token.norm == "forum" and k + 1 < len(tokens) and tokens[k + 1].norm in ("on", "about") and _indefinite(tokens, k):
            names.append("a forum")  # "A forum on global AI governance drew 45 countries": one of the event's forums
            continue
        if token.raw in KNOWN_EVENTS or (token.raw[:3] == "COP" and _COP.fullmatch(token.raw)):
            names.append(token.norm)  # "at Summer Davos", "CES 2025", "COP29": events named without an event word
            continue
        if token.norm not in EVENT_WORDS:
            continue
        if not token.raw[:1].isupper():  # "the Bletchley Park summit", "a Paris forum" (not "the AI summit")
            name = _title_run(tokens, k - 1 if k and tokens[k - 1].norm in _EVENT_PREFIXES else k)  # "Beijing's half-marathon"
            if not name:  # "Hanqi's developer conference": a possessive name before a modifier or two
                owner = next((j for j in range(k - 2, max(-1, k - 4), -1) if possessive(tokens[j]) and tokens[j].raw[:1].isupper()), None)
                if owner is not None and all(t.raw.islower() for t in tokens[owner + 1 : k]):
                    name = tokens[owner : k]
            if name:
                names.append(joined_norms(name + [token]))
            continue
        if k + 1 < len(tokens) and tokens[k + 1].raw[:1].isupper() and _adjacent(tokens, k + 1):
            continue  # "the Shanghai World Expo Center": a venue's name goes on (not "Conference, Beijing")
        j = k
        while j > 0 and tokens[j - 1].raw[:1].isupper() and tokens[j - 1].norm not in _DETERMINERS and _adjacent(tokens, j):
            j -= 1
        if j < k:
            names.append(joined_norms(tokens[j : k + 1]))
    return names


_SUB_EVENTS = frozenset({"side event", "a forum", "press conference"})  # (what _other_events calls them)
_SIDE_WORDS = frozenset("sideline margin fringe side alongside".split())  # (a cheap first look for _side_marker)
_EVENT_LOOK = EVENT_WORDS | _SIDE_WORDS | {"edition"}  # the words _other_events looks at
# A claim stated as an interval from something: "landed 22 minutes after the crew declared an emergency".
_OFFSET_STATEMENT = re.compile(r"\b(?:\d[\d,.]*|[a-z]+)[ -](?:minutes?|hours?|days?|weeks?|months?|years?) (?:after|before|later|earlier)\b")
_NOT_STATEMENT_NAMES = _STOP | frozenset("the a an".split()) | frozenset(
    "more less over under about nearly some january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday".split()
)


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a quoted title: a quotation of two to eight words whose
    words of four letters or more are all capitalised ("Seven Days in Alfama", "The 40th Floor")."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = max(text.rfind(q, max(line_start, start - 60), start) for q in _OPENING_QUOTES)
    if opening < 0:
        return False
    closing = _CLOSING_QUOTE.search(text, end, min(len(text), end + 60))
    if closing is None:
        return False
    words = text[opening + 1 : closing.start()].split()
    if not 2 <= len(words) <= 8 or any(w[-1:] in ".!?;:" for w in words[:-1]):
        return False
    return (words[0][:1].isupper() or words[0][:1].isdigit()) and all(w[:1].isupper() or w[:1].isdigit() for w in words if len(w) >= 4)


_OPENING_QUOTES = ('"', "“", "«", "‘")
_CLOSING_QUOTE = re.compile(r"[\"”»’](?!\w)")


def _in_correction_column(text: str, start: int, at: int) -> bool:
    """Whether the sentence at ``start`` restates what an earlier text said, under a heading
    "Correction(s)" or "Clarification(s)" not far before it ("It said 600 companies had exhibited at
    the conference. The organisers' figure is more than 800."): what the document corrects, for a
    value at ``at`` before any colon or semicolon ("We gave the wrong day: he spoke on Sunday"
    asserts Sunday)."""
    if not _REPORTED_EARLIER.match(text, start) or ":" in text[start:at] or ";" in text[start:at]:
        return False
    return _CORRECTIONS_HEADING.search(text, max(0, start - CORRECTION_REACH), start) is not None


CORRECTION_REACH = 1500  # characters back in which a corrections heading makes "It said ..." a restated error
_CORRECTIONS_HEADING = re.compile(r"(?:\A|\n)[ \t#*]*(?:Corrections?|CORRECTIONS?|Clarifications?|CLARIFICATIONS?|Errata|ERRATA)\b")
_REPORTED_EARLIER = re.compile(
    r"(?:It|We|Our (?:article|story|report|piece)|(?:The|An?) (?:article|story|report|piece|graphic|caption|headline|sidebar)"
    r"(?:\s+[\w,'’\"“”-]+){0,8}?)\s+(?:also\s+)?(?:said|stated|reported|gave|wrote|described|misnamed|misstated|put|called|listed)\b"
)


# A sentence that denies the one before: what that one says is someone's error, not the document's.
_DENIED_AFTER = re.compile(
    r"[\"”’')\]]*\s+(?:(?:It|That|This|He|She|They)\s+(?:(?:was|is|were|did|does|do|had|has)(?:\s+not|n[’']t)"
    r"|(?:was|is)\s+(?:wrong|false|untrue|incorrect|a mistake|an error))(?:\s+(?:true|so|correct|right))?"
    r"|Not\s+(?:true|so)|Wrong|False|Untrue|Made\s+up|Fake|Nonsense)\s*[.!,]"
)


def _held_before(tokens: list[Token], hit: SubjectHit, text: str, year: int) -> bool:
    """Whether the clause of a title names a year before the claims' own, not after "since": the
    title was held then ("premier from 1998 to 2003", "Premier Zhou Enlai in 1953")."""
    lo, hi = _clause_around(tokens, hit.first, text, _CLAUSE_OPENERS)
    return any(
        _is_year(t) and int(t.raw[:4]) < year and not (k and tokens[k - 1].norm == "since") for k, t in enumerate(tokens[lo:hi], lo)
    )


def _statement_names(claim: Claim) -> frozenset[str]:
    """The normalised capitalised words of a claim's statement that are not words of its value."""
    value = claim.value
    own = " ".join([value.text, *value.aliases]) if isinstance(value, TextValue) else ""
    words = {t.norm for t in tokenize(own, 0, len(own))}
    return frozenset(t.norm for t in tokenize(claim.statement, 0, len(claim.statement)) if t.raw[:1].isupper() and t.norm not in words and t.norm not in _NOT_STATEMENT_NAMES)


def _side_marker(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` sets what it says at the side of an event: "on the sidelines of", "on the
    margins of", "on the fringes of", "held alongside the conference", "a side forum" (one: not
    "dozens of side events")."""
    word = tokens[k].norm
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if word == "sideline" or (word in ("margin", "fringe") and following is not None and following.norm == "of"):
        return True
    if word == "side":
        return following is not None and following.norm in _SIDE_EVENTS and following.raw.lower() == following.norm
    return word == "alongside" and any(t.norm in EVENT_WORDS for t in tokens[k + 1 : k + 3])


_BODIES = frozenset("organization organisation union alliance association council league bloc".split())
_EVENT_PREFIXES = frozenset("half mini ultra semi".split())
_SIDE_EVENTS = EVENT_WORDS | frozenset("meeting session briefing".split())


def _indefinite(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` follows "a", "an", "one" or "another", with at most three words between."""
    return any(t.norm in ("a", "an", "one", "another") for t in tokens[max(0, k - 4) : k])


#: Well-known events whose names hold no event word (matched as written, case included).
KNOWN_EVENTS = frozenset(
    "Davos Boao CES MWC Computex COMPUTEX GITEX VivaTech SXSW NeurIPS ICML CVPR ICLR WWDC APEC G7 G20 Dreamforce Bletchley".split()
)
_COP = re.compile(r"COP\d{1,2}")
# An acronym before a lowercase event word, or a well-known event's name: checked against
# _is_acronym_name and KNOWN_EVENTS by _topic_before.
_LOWER_EVENT_WORD = re.compile(r" (?:summit|conference|forum|expo|meeting|ministerial|gathering)\b")
_NAMED_WITHOUT_CAPITALS = re.compile(
    r"\b(?=[A-Z])(?:([A-Z]{2,8}|[A-Z]\d{1,2})\s+(?:summit|conference|forum|expo|meeting|ministerial|gathering)\b"
    r"|(" + "|".join(sorted(KNOWN_EVENTS)) + r"|COP\d{1,2})\b)"
)

TOPIC_REACH = 600  # characters back in which the text's last-named event is its topic
_EVENT_WORD_RE = (
    r"(?:edition|conference|summit|forum|expo|exhibition|event|congress|convention|festival|fair|show"
    r"|marathon|race|games|championships?|tournament|WAIC)"
)
# A year joined to an event word: "the 2024 edition", "WAIC 2024", "the 2026 Riverton Marathon".
# Found from the years (few in a text), looking at the words on either side.
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_EVENT_BEFORE_YEAR = re.compile(r"\b" + _EVENT_WORD_RE + r"\s+\Z", re.IGNORECASE)
_EVENT_AFTER_YEAR = re.compile(r"(?:'s)?\s+(?:[A-Z][\w-]*\s+){0,3}" + _EVENT_WORD_RE + r"\b", re.IGNORECASE)
EVENT_WORD_REACH = 24  # characters an event word before a year may take ("championships ")


def _edition_years(text: str) -> list[tuple[int, int, str]]:
    """The years joined to an event word in ``text``, as (start, end, year) of the joined phrase."""
    found: list[tuple[int, int, str]] = []
    for year in _YEAR_RE.finditer(text):
        before = _EVENT_BEFORE_YEAR.search(text, max(0, year.start() - EVENT_WORD_REACH), year.start())
        if before is not None:
            found.append((before.start(), year.end(), year.group()))
            continue
        after = _EVENT_AFTER_YEAR.match(text, year.end())
        if after is not None:
            found.append((year.start(), after.end(), year.group()))
    return found


_EVENT_WORD_CAPITALISED = re.compile(
    r"(?:Conference|Summit|Forum|Expo|Exhibition|Fair|Congress|Convention|Festival|Show|Week|Marathon|Games|Olympics"
    r"|Championship|Cup|Tournament)\b"
)  # (a cheap first look for _EVENT_NAME)
# An event's capitalised name: up to five capitalised words before a capitalised event word.
_EVENT_NAME = re.compile(
    r"\b(?:[A-Z][\w'’&-]*[ \t]+){1,5}(?:Conference|Summit|Forum|Expo|Exhibition|Fair|Congress|Convention|Festival"
    r"|Show|Week|Marathon|Games|Olympics|Championships?|Cup|Tournament)\b"
    r"(?!\s+(?:(?:&|and)\s+[A-Z]\w*\s+)?(?:Cent(?:er|re)|Halls?|Park|Buildings?|Complex|Arena|Stadium|Grounds?|Site|Plaza|Hotel|Venue)\b)"  # a venue
)


# Words before an event word that make it another edition: "the fifth conference", "the next summit".
_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th".split()
)
_OTHER_EDITION = _ORDINALS | frozenset("next previous upcoming following inaugural".split())


def _adjacent(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` follows the one before it after a single space or hyphen: one name
    ("Boston Marathon"), not "Laura Whitfield, race director"."""
    return tokens[k].start - tokens[k - 1].end <= 1


def _sentence_start(text: str, at: int) -> int:
    """The start of the sentence holding offset ``at`` (after the last sentence end or line break)."""
    cut = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at))
    return 0 if cut < 0 else cut + 1 + (text[cut] != "\n")


def _others_values(claim: Claim, claims: list[Claim]) -> re.Pattern[str] | None:
    """One pattern for the values and aliases of the text claims other than ``claim``, or None."""
    patterns = [
        variant_pattern(TextValue(c.value.text, c.value.aliases, (), c.value.kind)).pattern
        for c in claims
        if c.id != claim.id and isinstance(c.value, TextValue)
    ]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


_STALE_HEADER = re.compile(
    r"\b(?:what (?:we|it|they) said|was|were|old|previous(?:ly)?|before|incorrect|wrong|erroneous|reported as|original"
    r"|outdated|superseded|stated as|listed as)\b",
    re.IGNORECASE,
)


def _in_stale_column(tokens: list[Token], offset: int, text: str) -> bool:
    """Whether a table cell's column header says its values are old or wrong ("| Was | Now |",
    "| What we said | Correct figure |", "| Previously | Today |")."""
    cell = next((c for c in _cells_of(tokens) if c.start <= offset < c.end), None)
    return cell is not None and any(_STALE_HEADER.search(text, a, b) for a, b in cell.heads)


_RANGE_WORD = re.compile(r"(?:from|between)\s+", re.IGNORECASE)


def _range_word(text: str) -> int:
    """The length of a range's opening word and the space after it ("from\n4 to 6 July"), or 0."""
    found = _RANGE_WORD.match(text)
    return found.end() if found else 0


def _is_answer(tokens: list[Token], value: NumberMention, text: str) -> bool:
    """Whether a figure is all of an answer after its label: "A: 120", "Answer: about 800"."""
    return len(tokens) >= 2 and is_answer(text, tokens[0].start) and tokens[1].start >= value.start


def _row_spans(cells: tuple[Cell, ...]) -> tuple[list[int], list[int]]:
    """The spans of table rows, header rows included, as sorted starts and their ends: from each body
    row's label to its last cell, and each header cell."""
    spans: dict[int, int] = {}
    for cell in cells:
        spans[cell.label[0]] = max(spans.get(cell.label[0], 0), cell.end)
        for a, b in cell.heads:
            spans[a] = max(spans.get(a, 0), b)
    starts = sorted(spans)
    return starts, [spans[a] for a in starts]


def _in_passing(text: str, at: int) -> bool:
    """Whether another edition named at ``at`` is named in passing: in a sentence that opens with a
    past time ("Last year, ...", "In 2024, ..."), or in an aside or a comparison ("The Netherlands,
    who had also reached the final of the 2022 edition, ...", "up from 500 at the 2024 edition"),
    not as what the sentence is about ("The 2024 edition ran from 4 to 6 July", "The inaugural WAIC
    took place in September 2018 at the Shanghai Expo Centre")."""
    start = _sentence_start(text, at)
    return bool(_DIGRESSION.match(text, start) or _ASIDE_OR_COMPARISON.search(text, start, at))


_ASIDE_OR_COMPARISON = re.compile(
    r",\s*(?:who|which|whose|where|when|like|unlike)\b|\(|\bthan\b|\b(?:up|down) from\b|\bcompared (?:with|to)\b"
)
# A sentence that opens with a time in the past names another edition in passing: "Last year, ...".
_DIGRESSION = re.compile(r"\s*(?:Last year|A year (?:ago|earlier)|Back in|The year before|In (?:19|20)\d\d\b|Previously)")


def _own_ordinal(tokens: list[Token], k: int) -> bool:
    """Whether the ordinal at token ``k`` numbers the edition spoken of, not another: "now in its
    eighth edition", "this fifth edition", "The conference ... was the eighth edition of WAIC" (the
    event it is "of" is named, and read, after it; "which was the seventh edition" is another's)."""
    if k == 0 or tokens[k].norm not in _ORDINALS:
        return False
    before = tokens[k - 1].norm
    if before in ("its", "this"):
        return True
    named = k + 2 < len(tokens) and tokens[k + 2].norm == "of"
    return named and before == "the" and k > 1 and tokens[k - 2].norm in _EDITION_COPULAS


_EDITION_COPULAS = _COPULAS | {"marks", "marked", "marking"}


def _title_run(tokens: list[Token], k: int) -> list[Token]:
    """The capitalised words just before token ``k`` if they name something: one Title-case word at
    least ("Paris", "Bletchley Park"; not "AI"), and not a lone word opening the sentence ("Annual")."""
    j = k
    while j > 0 and tokens[j - 1].raw[:1].isupper() and tokens[j - 1].norm not in _DETERMINERS and _adjacent(tokens, j):
        j -= 1
    run = tokens[j:k]
    if not any(t.raw[1:].islower() or _is_acronym_name(t) for t in run) or (j == 0 and len(run) == 1):
        return []
    return run


def _is_acronym_name(token: Token) -> bool:
    """An acronym that names a body or a group ("BRICS", "G20", "APEC"), not a field ("AI", "LLM")."""
    raw = token.raw
    if not (len(raw) > 1 and raw.isupper()) or token.norm in _GENERIC_ACRONYMS:
        return False
    return raw.isalpha() or raw[0].isalpha() and raw[1:].isdigit() and len(raw) <= 3  # "G20" (not "WAIC2025")


_GENERIC_ACRONYMS = frozenset("ai agi asi genai it ict iot llm llms ml nlp vr ar xr ev evs tech".split())




_DETERMINERS = frozenset("the a an this that these those its their our his her".split())


def _placed(match: Match, span: Sentence) -> Match:
    """``match`` with the sentence stating it (``dataclasses.replace`` is several times slower)."""
    return Match(match.claim, match.start, match.end, match.found, (span.start, span.end), match.edge)


def _shift(value: Value, base: int) -> Value:
    """A value found in a slice, moved to offsets in the whole text."""
    return replace(value, start=value.start + base, end=value.end + base) if base else value


def _previous(spans: list[Sentence], i: int) -> int:
    """The sentence before, in the same block or the block before it (the last of the previous
    paragraph, a heading), else -1."""
    return i - 1 if i > 0 and spans[i - 1].block >= spans[i].block - 1 else -1


_COMPARISONS = (
    ("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to"), ("versus",), ("vs",),
    ("than", "in"), ("than", "at"), ("than", "last"), ("than", "the"),  # "40% more than in 2023"
    ("as", "many", "as"), ("as", "much", "as"), ("times", "as"),  # "three times as many as sat at Ma's roundtable"
)  # fmt: skip
_CLAUSE_END = re.compile(r"[,;:()—–]")


def _exclusion_scope(tokens: list[Token], offset: int, text: str) -> list[Token] | None:
    """The part of the sentence where ``exclude`` terms count against the value at ``offset``, if not all of it.

    Three things are left out. Another clause, after a semicolon or a
    conjunction after a comma ("Last year's WAIC had 500 exhibitors; this year
    over 800 companies took part"): "last year's" belongs to the 500. A comparison clause the
    value is not in ("600 companies took part, up from 500 last year"): "last
    year" belongs to the 500, not to the 600. And what follows a relative time
    after the value ("released on Tuesday, days before Li's speech"): the event
    it is measured from. None: the whole sentence counts.
    """
    at = token_at(tokens, offset)
    lo, hi = _clause_around(tokens, at, text, _CLAUSE_OPENERS)
    while 0 < lo < len(tokens) - 1 and tokens[lo].norm in _CLAUSE_OPENERS and (
        _verb_like(tokens[lo + 1]) or tokens[lo + 1].norm in _PRONOUNS
    ):  # ", and has a three-hour limit", ", but it costs $1,099": the same subject
        lo = _clause_around(tokens, lo - 1, text, _CLAUSE_OPENERS)[0]
    while 0 < lo < len(tokens) - 1 and tokens[lo].norm in _CLAUSE_OPENERS and _gapped(tokens[lo + 1 : hi]):
        lo = _clause_around(tokens, lo - 1, text, _CLAUSE_OPENERS)[0]  # ", but only 15 MB per file": the same verb
    hi = next((k for k in range(int(at) + 1, hi) if tokens[k].norm in _MEASURED_FROM), hi)
    clauses = [c for c in _comparison_clauses(tokens, text) if lo <= c[0] < hi]
    if any(tokens[i].start <= offset < tokens[j - 1].end for i, j in clauses):
        clauses = []  # the value is the compared one: its whole clause counts
    if not clauses and (lo, hi) == (0, len(tokens)):
        return None
    dropped = {k for i, j in clauses for k in range(i, j)}
    kept = [t for k, t in enumerate(tokens[lo:hi], lo) if k not in dropped]
    if lo > 0 and not any(t.norm in _OWN_TIMES or _is_year(t) for t in kept):
        kept = tokens[: _opening_time(tokens)] + kept  # "In 2018 it sank to 58 seats, and turnout dropped to 61.7%"
    return kept


_CLAUSE_OPENERS = frozenset(("but", "whereas", "while", "and", "so", "yet"))  # after a comma
# Verbs that open a clause with no subject of its own (", and has a three-hour time limit").
_VERBS = frozenset(
    "has have had is was are were will would drew draws ran runs took takes saw sees brought brings "
    "featured features attracted attracts lasted lasts offers offered includes included".split()
)


_PRONOUNS = frozenset("it they he she its".split())


def _anaphoric(scope: list[Token] | None, tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a clause after ", and" opens with "the" and the claim's subject, which then names
    what the clause before spoke of: "Chandrayaan-1 orbited at 100 km ..., and the mission ended
    after 312 days instead of the planned two years" (not ", and the mission this year ...")."""
    if scope is None or len(scope) < 3 or scope[0].norm not in _CLAUSE_OPENERS or scope[1].norm != "the":
        return False
    return scope[2] is tokens[hit.first] and not any(t.norm in _OWN_TIMES or _is_year(t) for t in scope)


def _opening_time(tokens: list[Token]) -> int:
    """How many tokens of a time phrase open the sentence and so frame all its clauses ("In 2018",
    "Back in 2014", "Last year", "Four years ago"): 0 if none."""
    words = [t.norm for t in tokens[:4]]
    if any(possessive(t) for t in tokens[:3]):
        return 0  # "Last year's WAIC had 500 exhibitors": a noun, not a time that frames the sentence
    if words[:1] == ["in"] and len(tokens) > 1 and _is_year(tokens[1]):
        return 2
    if words[:2] == ["back", "in"] and len(tokens) > 2 and _is_year(tokens[2]):
        return 3
    if words[:2] in (["last", "year"], ["a", "year"]) or words[1:3] in (["year", "ago"], ["years", "ago"]):
        return 2 if words[:2] == ["last", "year"] else 3
    return 0


def _gapped(clause: list[Token]) -> bool:
    """Whether a clause after ", and" or ", but" has no verb nor time of its own, and so shares
    the clause before's ("DocuVault allows 1,000 requests per minute, but only 15 MB per file";
    "Pro went from $19 to $29, and Team from $79 to $99"; not ", and over 800 this year")."""
    if any(_verb_like(t) or t.norm in _AUXILIARY_VERBS for t in clause):
        return False
    return not any(t.norm in _OWN_TIMES or _is_year(t) for t in clause)


_AUXILIARY_VERBS = _MODALS | {"do", "does", "did", "be", "been", "being"}
_OWN_TIMES = frozenset("this now today currently presently".split())


def _verb_like(token: Token) -> bool:
    """Whether a word after ", and" is a verb, so that the clause shares the one before's subject."""
    return token.norm in _VERBS or (token.raw.islower() and token.raw.endswith("ed"))
_MEASURED_FROM = frozenset(("before", "after", "ahead", "prior"))  # "days before Li's speech"


def cell_context(
    tokens: list[Token], offset: int, text: str, scope: list[Token] | None
) -> tuple[list[Token], list[Token] | None]:
    """Where ``require`` and ``exclude`` terms count for the value at ``offset``: the sentence and
    ``scope`` (see :func:`_exclusion_scope`), unless the value is in a table cell.

    In a cell of a body row, ``exclude`` terms count in the column's header
    cells, the row's first cell (its label) and the value's own cell (of that,
    the part in ``scope``), not in the other cells, which belong to other
    columns; ``require`` terms count in the sentence and the header cells.
    """
    cell = next((c for c in _cells_of(tokens) if c.start <= offset < c.end), None)
    if cell is None:
        return tokens, scope
    heads = [t for a, b in cell.heads for t in tokenize(text, a, b)]
    label = tokenize(text, *cell.label) if cell.label[0] != cell.start else []
    own = [t for t in (tokens if scope is None else scope) if cell.start <= t.start < cell.end]
    return [*tokens, *heads], [*heads, *label, *own]


def _with_header(tokens: list[Token], offset: int, text: str) -> list[Token]:
    """A table row's tokens followed by those of the header cells over the cell at ``offset``: where
    a date, weekday or other figure in the cell may find its subject."""
    cell = next((c for c in _cells_of(tokens) if c.start <= offset < c.end), None)
    if cell is None or not cell.heads or cell.label[0] == cell.start:
        return tokens  # (a row's label cell: its header names what the labels are, "| Monthly uptime |")
    extended = Tokens([*tokens, *(t for a, b in cell.heads for t in tokenize(text, a, b))])
    extended.cells = _cells_of(tokens)
    return extended


def _cells_of(tokens: list[Token]) -> tuple[Cell, ...]:
    """The table cells a sentence lies in."""
    return tokens.cells if isinstance(tokens, Tokens) else ()


# A money or percentage figure right after its subject: "revenue of EUR 1.2 billion", "margin was 41.2%".
_OWN_LINK = r"\s*(?:of|was|is|were|are|at|totall?ed|reached|came to|stood at|:)?\s*"
_OWNER_GAP = re.compile(_OWN_LINK + r"(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more than|up to)\s+)?")
_OWN_VALUE = {
    NumberKind.MONEY: re.compile(_OWN_LINK + r"(?:[$€£¥]|[A-Z]{3}\s?\d|[A-Z]{1,2}\$)"),
    NumberKind.PERCENT: re.compile(_OWN_LINK + r"\d[\d.,]*\s?(?:%|percent\b|per cent\b)"),
}


def _may_own(
    tokens: list[Token], text: str, hit: SubjectHit, value: NumberMention, kind: NumberKind, claim: CompiledClaim
) -> bool:
    """Whether a money or percentage figure may be the subject's: not when the subject has a figure of
    its own right after it ("EBIT was EUR 148 million, ... on revenue of EUR 1.2 billion": the 148
    million is not the revenue), nor when the subject is what a multiple is taken of ("worth EUR 2.1
    billion, or 1.7 times its revenue"), nor, for a rate ("EUR 24.60 per share"), a subject that does
    not name what the rate is per."""
    if tokens[hit.first].norm in _RATE_WORDS and hit.last > hit.first and not _rate_of(tokens, text, hit, value):
        return False  # "for $47.50 a share, about $6.2B equity value": the rate is the $47.50's, not the $6.2B's
    if kind is NumberKind.MONEY and _difference_after(tokens, value, hit):
        return False  # "The new offer is more than $6 a share higher": a difference, not a price
    if kind is NumberKind.MONEY and _sum_between(tokens, text, value, hit):
        return False  # "£68m guaranteed, with another £9m in add-ons": the add-ons are the £9m's
    noun = _SUM_OF.match(text, value.end) if kind is NumberKind.MONEY else None
    if noun and normalize(noun.group(1)) not in _SUM_FORMS and not any(normalize(noun.group(1)) in words for words in claim.subjects):
        return False  # "roughly €63m of profit", "£9m in add-ons": the noun after it is what the sum is
    after = tokens[hit.last].end
    own = _OWN_VALUE[kind].match(text, after, min(len(text), after + 24))
    if own and not (after <= value.start <= own.end()):
        return False
    if any(tokens[k].norm == "time" and _is_number(tokens[k - 1]) for k in range(max(1, hit.first - 4), hit.first)):
        return False
    if kind is NumberKind.PERCENT and _is_change(tokens, value):  # "revenue grew 14%", "up 12%", "grew revenue by 14%"
        return any(not _CHANGE_NOUNS.isdisjoint(words) for words in claim.subjects) or _states_change(claim.claim.statement)
    if (
        kind is NumberKind.PERCENT
        and not _share_of_own(tokens, value, claim)
        and not _share_having(tokens, value, hit)
        and not _OWNER_GAP.fullmatch(text, tokens[hit.last].end, value.start)  # "reserves at 15 percent of spending"
    ):
        return False  # "the estimated 5% to 10% of people with asthma", "our 50% bogey": another thing's share
    rate = _RATE_AFTER.match(text, value.end)  # a price per month or per user is the price itself
    if rate is None or normalize(rate.group(1)) in _PERIOD or normalize(rate.group(1)) in _PER_HEAD:
        return True
    return any(normalize(rate.group(1)) in words for words in claim.subjects)


_SUM_OF = re.compile(r"\s+(?:of\s+(?:the\s+)?|in\s+)(?:net\s+|annual\s+|total\s+)?([a-z]+)\b(?!\s+(?:of|quarter|year|half)\b)")
# what a sum may be "in" or "of" and still be the claim's: "$6.2 billion in cash", "in the third quarter"
_SUM_FORMS = frozenset(
    "cash total all stock value dollar euro pound yuan yen share "
    "first second third fourth quarter year month week day period fiscal this last its their the a an".split()
)


def _sum_between(tokens: list[Token], text: str, value: NumberMention, hit: SubjectHit) -> bool:
    """Whether another sum stands between a sum and a subject after it, so that the subject is the
    nearer one's: in "£68m guaranteed, with another £9m in add-ons" the add-ons are not the £68m."""
    k = _first_token_at(tokens, value.end)
    return hit.first > k and any(t.raw[:1].isdigit() and text[t.start - 1 : t.start] in _CURRENCY_SIGNS for t in tokens[k : hit.first])


_CURRENCY_SIGNS = frozenset("$€£¥")


def _difference_after(tokens: list[Token], value: NumberMention, hit: SubjectHit) -> bool:
    """Whether a sum is a difference: a comparative follows it, past its rate ("$6.50 a share higher
    than the approach Brightwater rejected", "$2 more than last year")."""
    k = _first_token_at(tokens, value.end)
    if k == hit.first:
        k = hit.last + 1
    return k < len(tokens) and tokens[k].norm in _DIFFERENCE_WORDS


_DIFFERENCE_WORDS = frozenset("higher lower more less above below cheaper dearer".split())
_RATE_WORDS = frozenset("per a an each every".split())


def _rate_of(tokens: list[Token], text: str, hit: SubjectHit, value: NumberMention) -> bool:
    """Whether a subject that is a rate ("per share", "a share") follows the figure closely enough
    to be its rate: "$47.50 a share", "$47.50 in cash per share"."""
    k = _first_token_at(tokens, value.end)
    return k <= hit.first <= k + 2 and "," not in text[value.end : tokens[hit.first].start]


_PER_HEAD = frozenset("user seat member person head license licence".split())


def _share_having(tokens: list[Token], value: NumberMention, hit: SubjectHit) -> bool:
    """Whether "N% of X" is the share of X that has the subject, which follows as the object of a
    verb of having: "Only 14 percent of homes in the six hardest-hit counties carried flood insurance"."""
    k = _first_token_at(tokens, value.end)
    if not (k < len(tokens) and tokens[k].norm == "of" and k < hit.first <= k + 12):
        return False
    return hit.first >= 1 and tokens[hit.first - 1].norm in _HAVING


_HAVING = frozenset("had have has having carried carry carries held hold holds owned own owns lacked lack lacks bought buy".split())


def _share_of_own(tokens: list[Token], value: NumberMention, claim: CompiledClaim) -> bool:
    """Whether a percentage may be the claim's by the words around it: "N% of X" when X names
    the claim's subject or context ("42% of finishers were women"; not "5% of people"), and
    "a/our N% X" when X does ("a 49% reduction"; not "our 50% bogey")."""
    k = _first_token_at(tokens, value.end)
    if k + 1 < len(tokens) and tokens[k].norm in ("to", "and", "or") and _is_number(tokens[k + 1]):
        k += 2  # "5% to 10% of people"
    if k >= len(tokens):
        return True
    if tokens[k].norm in ("of", "by", "from"):  # "15% by green bonds": the bonds' share
        phrase = tokens[k + 1 : k + 5]
        own = {w for words in claim.subjects for w in words} | {w for t in claim.require for w in t.words}
        if any(possessive(t) and t.norm not in own and t.norm not in _statement_words(claim.claim.statement) for t in phrase[:2]):
            return False  # "60% of the club's finishers": a group's share (not "of the programme's funding")
        return _names_own(phrase, claim)
    k0 = _first_token_at(tokens, value.start)
    if k0 >= 2 and _another_noun_before(tokens, k0, claim):
        return False  # "EU funds cover 45% of the costs, the State budget 50%": the budget's share
    before = _word_before(tokens, value)
    if before in _DETERMINERS or before in ("our", "their", "its"):
        word = tokens[k]
        if word.raw.isalpha() and word.raw.islower() and word.norm not in _STOP and word.norm not in _COMPARATIVES:
            return _names_own(tokens[k : k + 3], claim)
    return True


def _another_noun_before(tokens: list[Token], k: int, claim: CompiledClaim) -> bool:
    """Whether a figure at token ``k`` follows a noun phrase of its own that names none of the claim's
    words, as a list of shares does: "the State budget 50%" (a lowercase noun after a capitalised
    word or a determiner; not "turnout hit 68%")."""
    noun, head = tokens[k - 1], tokens[k - 2]
    if not (noun.raw.isalpha() and noun.raw.islower()) or noun.norm in _STOP or noun.norm in _VERBS or _verb_like(noun):
        return False
    if not (k >= 3 and tokens[k - 3].norm in ("the", "its", "their") and head.raw.isalpha()):
        return False  # (a noun phrase: "the State budget"; not "We promise 99.9% uptime")
    words = joined_norms(tokens[k - 2 : k])
    return not any(f" {' '.join(s)} " in words for s in claim.subjects)


def _names_own(phrase: list[Token], claim: CompiledClaim) -> bool:
    """Whether ``phrase`` holds one of the claim's subject phrases or ``require`` terms."""
    words = joined_norms(phrase)
    return any(f" {' '.join(s)} " in words for s in claim.subjects) or any(t.occurs_in(phrase) for t in claim.require)


_COMPARATIVES = frozenset("more less fewer higher lower greater smaller overall versus vs relative".split())
_CHANGE_NOUNS = frozenset("growth increase rise decline decrease change gain drop fall jump grew rose fell".split())


@lru_cache(maxsize=1024)
def _statement_words(statement: str) -> frozenset[str]:
    """The normalised words of a claim's statement ("the album's first-week sales" owns "album")."""
    return frozenset(t.norm for t in tokenize(statement, 0, len(statement)))


@lru_cache(maxsize=1024)
def _states_change(statement: str) -> bool:
    """Whether a claim's statement gives its percentage as a change: "Shares of X fell 3.8% on Friday"."""
    return _CHANGE_STATEMENT.search(statement) is not None


_CHANGE_STATEMENT = re.compile(
    r"\b(?:fell|rose|grew|dropped|declined|increased|decreased|jumped|climbed|slid|gained|lost|surged|plunged|up|down)"
    r"(?: by)?(?: (?:about|nearly|almost|some|around|more than|over))? \d[\d.,]*\s?(?:%|percent\b|per cent\b)"
)


def _is_change(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a percentage is a change: right after a change verb, or after "by" with one shortly before."""
    k = _first_token_at(tokens, value.start)
    before = [t.norm for t in tokens[max(0, k - 4) : k]]
    if not before or before[-2:] in (["made", "up"], ["make", "up"], ["makes", "up"], ["making", "up"]):
        return False  # "women made up 41% of finishers": a share
    return before[-1] in _CHANGE_VERBS or (before[-1] == "by" and not _CHANGE_VERBS.isdisjoint(before[:-1]))


_RATE_AFTER = re.compile(r"\s*(?:(?:per|a|an|each)\s+|/\s*)([A-Za-z]+)")  # (not " and": "70 per cent and promises")


_ASIDE_OPENERS = frozenset("who whose whom which where when born aged".split())  # ", born in 1998," ", who spoke on Saturday,"
_ING_ASIDE = re.compile(r"[A-Z][\w'’-]*, [a-z]+ing\b")  # "Ma Zhaoxu, speaking ..."
_TIME_INTRO = frozenset("following after before ahead prior since until unlike fresh".split())  # an opening phrase, to its comma
ANTECEDENT_REACH = 3  # tokens between the end of a subject and the aside that describes it, at most


def _offset_opening(tokens: list[Token]) -> bool:
    """Whether the sentence opens with an interval from something: "Just over two weeks after Li's
    proposal, on Monday, 11 August, ...", "Three days later, ..."."""
    if not tokens or not (tokens[0].norm in _OFFSET_WORDS or _is_number(tokens[0])):
        return False  # (a cheap first look)
    for k in range(1, min(7, len(tokens))):
        if tokens[k].norm in ("after", "before", "later", "earlier"):
            return tokens[k - 1].norm in _TIME_UNITS and all(t.norm in _OFFSET_WORDS or _is_number(t) for t in tokens[: k - 1])
    return False


_TIME_UNITS = frozenset("minute hour day week fortnight month year".split())
_OFFSET_WORDS = frozenset("just exactly some about nearly almost barely only over under more than a few".split())


def _asides(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """Token ranges of the relative or participial asides in ``tokens``: from ", who"/", which"/", born"
    to the next comma, bracket or dash (or the end); and an opening phrase that sets another time
    ("Following the AGM on 23 April,", "After Li's speech on Saturday,"), to its comma."""
    asides: list[tuple[int, int]] = []
    if tokens and (tokens[0].norm in _TIME_INTRO or _offset_opening(tokens)):  # "Following the AGM on 23 April, ..."
        comma = next((k for k in range(1, len(tokens)) if "," in text[tokens[k - 1].end : tokens[k].start]), 0)
        if comma:
            asides.append((0, comma))
    if not _any_word(_ASIDE_OPENERS).search(joined_norms(tokens)) and not _ING_ASIDE.search(text, tokens[0].start, tokens[-1].end):
        return asides
    for k in range(1, len(tokens)):
        opener = tokens[k].norm in _ASIDE_OPENERS or (  # ", speaking to reporters on Sunday," after a name
            tokens[k].raw.islower() and tokens[k].norm.endswith("ing") and tokens[k - 1].raw[:1].isupper()
        )
        if opener and "," in text[tokens[k - 1].end : tokens[k].start]:
            end = next(
                (j for j in range(k + 1, len(tokens)) if _ASIDE_END.search(text, tokens[j - 1].end, tokens[j].start)),
                len(tokens),
            )
            asides.append((k, end))
    return asides


_ASIDE_END = re.compile(r"[,()—–]")


_READY = frozenset("due ready set slated scheduled planned expected time".split())  # "due for completion in 2032"


def _for_another(tokens: list[Token], text: str, hit: SubjectHit, at: float, claim: CompiledClaim) -> bool:
    """Whether a subject follows "<noun> for" and the date after it is that noun's: "Pre-registration
    for WAIC 2025 closed on July 15" (not "Li flew in for WAIC, which opened on July 26", nor a noun of
    the claim's own context: "China's interim measures for generative AI were enacted in 2022")."""
    k = hit.first - 1
    if k >= 0 and tokens[k].norm == "the":
        k -= 1
    if k < 1 or tokens[k].norm != "for" or at <= hit.last:
        return False
    noun = tokens[k - 1]
    if not noun.raw.isalpha() or not (noun.raw.islower() or (k == 1 and noun.raw[1:].islower())):
        return False  # a common noun ("Tickets for the conference", "registration for WAIC")
    if noun.norm in _VERBS or _verb_like(noun) or noun.norm in _READY:
        return False
    if any(noun.norm in term.words for term in claim.require) or any(noun.norm in words for words in claim.subjects):
        return False
    aside = next((a for a in _asides(tokens, text) if a[0] <= at < a[1]), None)
    return aside is None or aside[0] - hit.last > ANTECEDENT_REACH


def _same_side(asides: list[tuple[int, int]], hit: SubjectHit, at: float) -> bool:
    """Whether a subject and a value are both inside one aside or both outside every aside, or the
    value's aside describes the subject just before it ("WAIC 2025, which opened on July 26").
    Not: "Kiprop, born in 1998, ran when the marathon was first held"; "Li, who spoke at the
    conference on Saturday, met executives on July 27" (``asides``: see :func:`_asides`)."""
    if not asides:
        return True
    side = next((a for a in asides if a[0] <= hit.first < a[1]), None)
    value_side = next((a for a in asides if a[0] <= at < a[1]), None)
    if side == value_side:
        return True
    return side is None and value_side is not None and 0 <= value_side[0] - hit.last <= ANTECEDENT_REACH


@lru_cache(maxsize=None)
def _any_word(words: frozenset[str]) -> re.Pattern[str]:
    """One pattern that finds any of ``words`` in joined_norms() (compiled once per set)."""
    return re.compile(" (?:" + "|".join(sorted(map(re.escape, words))) + ") ")


def _clause_around(tokens: list[Token], at: float, text: str, openers: frozenset[str] = frozenset()) -> tuple[int, int]:
    """The token range of the clause holding token position ``at``: clauses end at a semicolon,
    and before one of ``openers`` after a comma (", but", ", and")."""
    words = joined_norms(tokens) if tokens else ""
    if not tokens or (
        text.find(";", tokens[0].end, tokens[-1].start) < 0 and not (openers and _any_word(openers).search(words))
    ):
        return 0, len(tokens)  # one clause
    lo, hi = 0, len(tokens)
    for k in range(1, len(tokens)):
        gap = text[tokens[k - 1].end : tokens[k].start]
        if ";" in gap or (tokens[k].norm in openers and "," in gap):
            if k <= at:
                lo = k
            else:
                hi = k
                break
    return lo, hi


def _without_comparisons(tokens: list[Token], text: str) -> list[Token]:
    """``tokens`` less their comparison clauses ("up from 500 last year", "three times as many as ...")."""
    dropped = {k for i, j in _comparison_clauses(tokens, text) for k in range(i, j)}
    return [t for k, t in enumerate(tokens) if k not in dropped] if dropped else tokens


def _comparison_clauses(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """Token ranges from a comparison marker ("up from", "compared with") to the clause's end."""
    joined = joined_norms(tokens)
    if not any(" " + " ".join(m) + " " in joined for m in _COMPARISONS):
        return []
    clauses: list[tuple[int, int]] = []
    for i in range(len(tokens)):
        marker = next((m for m in _COMPARISONS if tuple(t.norm for t in tokens[i : i + len(m)]) == m), None)
        if marker is None:
            continue
        j = i + len(marker)
        while j < len(tokens) and not _CLAUSE_END.search(text, tokens[j - 1].end, tokens[j].start):
            j += 1
        clauses.append((i, j))
    return clauses


# Words before a count that make it a selection: "the top 10", "the first 100 visitors", "these 3 robots"
# (a total repeated as "these 800 exhibitors" is missed, never misread).
_SELECTION = frozenset("top first last next these those".split())
# Verbs of change before "from X to Y": X is the old figure.
_CHANGE_VERBS = frozenset(
    "grew grow grows grown rose rise rises risen increased increase increases climbed jumped soared "
    "fell fall falls fallen dropped declined decreased shrank went raised cut reduced lowered expanded "
    "extended doubled tripled up down changed moved".split()
)
_ADDED = frozenset("new added adds adding another additional extra further".split())
_SPAN_NOUNS = frozenset("affair run span duration stretch programme program schedule agenda format window period".split())
_STAY = frozenset("spent spend spending stayed stay staying waited wait queued travelled traveled".split())


# Words between a figure and its noun that count a part of it: "150 foreign companies".
_GROUPS = frozenset("team club charity group school foreign overseas international domestic local".split())
_PART = frozenset(
    "foreign overseas international domestic local national regional us uk eu state owned private "
    "listed startup new first additional extra further more member partner".split()
)


def _narrowed(words: list[Token], claim: CompiledClaim) -> bool:
    """Whether the words before the counted noun narrow it to a part: a listed word, or a capitalised
    one ("300 Chinese companies", "60 Unitree robots"; not an acronym: "800 AI firms"), unless
    coordinated with others ("800 Chinese and foreign companies": all of them) or a word of the
    claim's own ``require`` terms ("210 new trains" for a claim about the new ones)."""
    if any(t.norm in ("and", "or") for t in words):
        return False
    narrowing = [t for t in words if t.norm in _PART or (len(t.raw) > 1 and t.raw[0].isupper() and t.raw[1:].islower())]
    return any(not any(term.occurs_in([t]) for term in claim.require) for t in narrowing)


def _changed_from(tokens: list[Token], value: NumberMention, text: str) -> bool:
    """Whether a figure is the old one of a change: "raised from 2 GB to 5 GB", "grew from 500 to 800 firms",
    "raised its dividend to $0.58 a share from $0.52"."""
    if value.high is not None or _word_before(tokens, value) != "from":
        return False
    k = bisect_left(tokens, value.end, key=_token_start)  # the first word after the figure
    if k + 1 < len(tokens) and tokens[k].norm != "to":  # its unit ("2 GB to 5 GB")
        k += 1
    if k < len(tokens) and tokens[k].norm == "to" and any(map(_is_number, tokens[k + 1 : k + 4])):
        return True
    j = _first_token_at(tokens, value.start) - 1  # "from": the other way round, "raised it to $0.58 a share from $0.52"
    return any(tokens[i].norm == "to" and _is_number(tokens[i + 1]) for i in range(max(0, j - 5), j - 1))


def _old_figure(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is the figure of "from X to": the old one of a change."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].norm == "from" and tokens[k + 1].norm == "to"


def _new_figure(value: NumberMention, tokens: list[Token]) -> NumberMention:
    """The second figure of a change read as a range ("from 500 to 800"), alone."""
    last = max(t.start for t in tokens if value.start <= t.start < value.end and _is_number(t))
    high = value.value if value.high is None else value.high
    return replace(value, start=last, text=value.text[last - value.start :], value=high, high=None, qualifier=Qualifier.EXACT)


def _is_goal(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a goal verb stands within a few words before a figure ("aims to attract 1,000")."""
    k = bisect_left(tokens, value.start, key=_token_start)
    return any(t.norm in _GOALS for t in tokens[max(0, k - GOAL_REACH) : k])


GOAL_REACH = 4  # words between a goal verb and its figure, at most
_GOALS = frozenset("aim aims aiming aimed want wants wanted hope hopes hoping goal target targets targeting".split())


def _chunk_before(tokens: list[Token], value: NumberMention, text: str) -> list[Token]:
    """The words before a figure back to the last punctuation mark."""
    k = bisect_left(tokens, value.start, key=_token_start)  # the figure's first word
    j = k
    while 0 < j < len(tokens) and joined(text, tokens[j - 1], tokens[j]):
        j -= 1
    return tokens[j:k]


# Words that cast doubt on what their clause says: a claim the document rebuts or corrects.
_DOUBT = frozenset(
    "claimed claim claims claiming alleged allegedly rumoured rumored rumour rumor rumours rumors falsely "
    "wrongly erroneously incorrectly mistakenly misreported misstated hoax myth debunked "
    "retracted retraction withdrawn mistaken inaccurate untrue erroneous mistake mistranslation misreading typo".split()
)
_BY_CUTOFF = r"(?:\A|[.!?]\s+|\n\s*)By\s+(?:(?:mid|early|late)-?\s*)?\Z"  # "By" opening a sentence: a cut-off, not an event's day
# A date that says when a text was written or changed, not when anything happened.
_STAMP_BEFORE = re.compile(
    r"\b(?:[Uu]pdated|UPDATED|[Pp]ublished|[Pp]osted|[Mm]odified|[Dd]ated|[Ii]ssued|[Ee]dited|[Rr]evised|[Rr]ecorded|[Tt]ranscribed"
    r"|Exported|Generated|Created|Printed|Saved|Downloaded|Compiled"  # (capitalised: a stamp, not "was created on")
    r"|[Aa]ccessed|[Rr]etrieved|[Aa]s of)(?: on)?:?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\Z"
    r"|[·•|]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\Z"  # a byline's fields: "Posted by Ming Zhao · 3 August 2025 · 12 min read"
    + r"|(?<![^\n])[ \t]*:(?:Date|Updated|Revised|Published|Modified|Last updated):[ \t]*\Z"  # reStructuredText's ":Date: 2025-08-06"
    + r"|\b\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?,?[ \t]+\Z"  # a time of day before it: "12:45, 30 July 2025", a revision's stamp
    + r"|" + _BY_CUTOFF  # "By March 2025 the regulator had recorded ...": a cut-off
    + r"|\b[Bb]y the (?:end|middle|start|beginning) of\s+\Z"  # "a full report by the end of August": a deadline
)
_ISO_OPENING = re.compile(r"\d{4}-\d\d-\d\d\Z")
_LINE_OPENING = re.compile(r"(?:\A|\n)[ \t]*(?:[-*•][ \t]+)?\Z")
_BY_MONTH = re.compile(r"\bby\s+\Z")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_BYLINE_BEFORE = re.compile(  # "Posted by Priya Natarajan on 2 August 2025"
    r"\b(?:[Pp]osted|[Pp]ublished|[Ww]ritten|[Uu]pdated|[Ff]iled|[Rr]eported)\s+by\s+(?:[A-Z][\w.'’-]*\s+){1,4}on\s+\Z"
)
_BY_OPENING = re.compile(_BY_CUTOFF)  # (the weekdays' share of _STAMP_BEFORE: not "published on Tuesday")
_DATELINE_BEFORE = re.compile(r"(?:\A|\n)[ \t]*[A-Z][A-Z .'’-]{2,},[ \t]*\Z")
_DATELINE_AFTER = re.compile(r"(?:,? \d{4})?\s*(?:\([A-Za-z][\w .&-]*\)\s*)?[-–—]")


_WEEKDAYS_RE = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_WEEKDAY_RANGE_AFTER = re.compile(r"\s*(?:to|through|thru|until|till|-|–|—)\s*" + _WEEKDAYS_RE)
_WEEKDAY_RANGE_BEFORE = re.compile(_WEEKDAYS_RE + r"\s*(?:to|through|thru|until|till|-|–|—)\s*\Z")


# An occasion that a day right after it dates: "at a regular press briefing in Beijing on Thursday, July 24".
_OCCASION_BEFORE = re.compile(
    r"\b(?:briefing|meeting|interview|phone call|hearing|webinar|podcast|dinner|reception|press release|our launch)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w ]{0,30})?\s+(?:on|dated)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\Z"
    r"|\bweekend\s+of\s+\Z"  # "over the weekend of 26–27 July": a weekend, not the event's dates
    r"|\b(?:visits?|trips?|tours?|stays?)(?:\s+(?:to|in)\s+[A-Z][\w ]{0,30})?(?:\s+(?:on|from|between))?\s+\Z"
    r"|\b(?:booked|registered|paid|submitted|received|reserved|ordered|returned)\s+(?:by|before|no later than)\s+\Z"  # deadlines  # "an official visit to China from 27 to 31 July"
    r"|\b(?:[Bb]adge|[Rr]egistration|[Cc]heck-in|[Aa]ccreditation|[Pp]ick-?up|[Ss]et-?up|[Bb]uild-?up|[Rr]ehearsal)"
    r"[\w ]{0,20}:\s*(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thurs|Fri|Sat|Satur|Sun)(?:day)?,?\s+)?\Z"  # "Badge collection: Friday 25 July"
)


def _stamp_in_brackets(text: str, value: DateMention) -> bool:
    """Whether a date stands alone in brackets at the end of its line, as a link list dates its
    articles: "- Explainer: Trump's AI Action Plan in 10 charts (July 24)"."""
    return text[value.start - 1 : value.start] == "(" and _BRACKET_AT_LINE_END.match(text, value.end) is not None


_BRACKET_AT_LINE_END = re.compile(r"\)[ \t]*(?:\n|\Z)")


def _is_dateline(text: str, value: DateMention) -> bool:
    """Whether a date opens a news story after its city in capitals: "SHANGHAI, July 26 (Reuters) -"."""
    return bool(
        _DATELINE_BEFORE.search(text, max(0, value.start - 40), value.start)
        and _DATELINE_AFTER.match(text, value.end)
    )


_DOUBT_CLAUSES = _CLAUSE_OPENERS | {"not"}
_DOUBT_PHRASES = (
    " earlier version ", " previous version ", " originally reported ",
    " we reported ", " we said ", " we wrongly ", " we wrote ", " we stated ", " we gave ", " we described ",
    " not the official ", " not the correct ", " not the actual ",
)  # (a correction column restates what it corrects: "We reported that the conference lasted two days.")
# Words of a forecast, a guess or a hope: what their clause says is not asserted.
_HEDGES = frozenset(
    "expect predict predicted anticipate anticipated forecast speculate speculated guess guessed hope hoped might".split()
)
_ANY_HEDGE = re.compile(" (?:" + "|".join(sorted(_HEDGES)) + ") ")
# A claim's statement of a plan or forecast, which a forecast may state: "The BLA is to be filed in 2026".
_PLANNED = re.compile(r"\b(?:will|plans?|planned|expects?|expected|targets?|targeted|aims?|due|scheduled|forecasts?|to be)\b", re.I)
_DOUBT_ANYWHERE = re.compile(
    " (?:" + "|".join(sorted(_DOUBT)) + ") |" + "|".join(p.strip() for p in _DOUBT_PHRASES)
    + "| the (?:correct|official|actual|real|right|true) | in fact | actually "
)


def _doubted(tokens: list[Token], at: float, text: str) -> bool:
    """Whether the clause around token ``at`` casts doubt on what it says ("Social posts claimed ...",
    "an earlier version of this article said ...")."""
    label = _LABEL.match(text, tokens[0].start)
    if label and tokens[0].norm in _DOUBT_LABELS:
        return True  # 'EXAGGERATED: "Proven in 200,000 people across 30 countries."', "MYTH: ..."
    end = tokens[int(at)].start if at < len(tokens) else tokens[-1].start
    if ('"' in text[tokens[0].start : end] or "“" in text[tokens[0].start : end]) and _TEXT_SAYS.search(text, tokens[0].start, end):
        return True  # 'The Conference section says "over 50 countries"': a text's wording under discussion
    if tokens[0].norm in _CORRECTION_LABELS and text[tokens[0].end : tokens[0].end + 1] == ":":
        lo, hi = _clause_around(tokens, at, text, _DOUBT_CLAUSES)
        if any(t.norm in _REPORTING for t in tokens[1:hi]):
            return True  # "Correction: Dispatch #87 said that Meridian was screening 241 films; the programme lists 214."
    if not _DOUBT_ANYWHERE.search(joined_norms(tokens)):
        return False  # (most sentences: no clause to find)
    lo, hi = _clause_around(tokens, at, text, _DOUBT_CLAUSES)  # ", not Shanghai as originally reported" is apart
    words = tokens[lo:hi]
    if any(t.norm in _DOUBT for t in words):
        return True
    if hi < len(tokens) and ";" in text[tokens[hi - 1].end : tokens[hi].start] and _CORRECTION_NEXT.match(joined_norms(tokens[hi : hi + 4])):
        return True  # "Some outlets reported over 50 countries; the correct figure is over 30": corrected after
    joined_words = joined_norms(words)
    return any(phrase in joined_words for phrase in _DOUBT_PHRASES)


_LABEL = re.compile(r"[A-Za-z]+:")
# A text quoted as what it says: 'the section says "Nearly 700 companies"', 'The stub ... says "Premier Li Keqiang"'.
_TEXT_SAYS = re.compile(
    r"\b(?:section|article|draft|stub|page|post|entry|infobox|headline|caption|summary|sentence|edit|lead)\b[^.\"“]{0,40}?"
    r"\b(?:says|said|reads|read|states|stated|gives|gave|claims|claimed|has|had)\s*:?\s*[\"“][^\"”]*\Z"
)
_DOUBT_LABELS = frozenset("exaggerated exaggeration false myth fake misleading hoax rumour rumor claim unproven debunked".split())
_CORRECTION_LABELS = frozenset("correction clarification erratum".split())
_REPORTING = frozenset("said say wrote write stated state reported report gave give listed described".split())  # (normalised)
_CORRECTION_NEXT = re.compile(
    r" (?:but )?(?:the (?:correct|official|actual|real|right|true)|in fact|actually"
    r"|(?:that|this|it) (?:was|is) (?:a |an )?(?:mistake|error|mistranslation|misreading|typo|wrong|incorrect|false)) "
)


def _hedged(tokens: list[Token], at: float, text: str) -> bool:
    """Whether the clause around token ``at`` is a forecast, a guess or a hope ("Organisers expect
    more than 1,000 companies", "one guessed that maybe 20 countries would come"; not "as expected")."""
    if not _ANY_HEDGE.search(joined_norms(tokens)):
        return False
    lo, hi = _clause_around(tokens, at, text, _DOUBT_CLAUSES)
    words = tokens[lo:hi]
    return any(t.norm in _HEDGES for t in words) and " as expected " not in joined_norms(words)


def _of_that(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a figure is followed by "of that/this/those/these/them": a part of a total named before."""
    k = bisect_left(tokens, value.end, key=_token_start)
    if not (k + 1 < len(tokens) and tokens[k].norm == "of"):
        return False
    owner = ("its", "their", "our") if value.kind is NumberKind.COUNT else ()  # "120 of its robots" (not "78% of its target")
    return tokens[k + 1].norm in ("that", "this", "those", "these", "them", *owner)


def _of_which(tokens: list[Token], value: NumberMention) -> int:
    """Where "of which" or "of whom" follows a figure, or where the clause after "of which N" goes on
    (a token index), or 0: the figure counts a part of a total named before, which the relative
    clause says something of."""
    k = bisect_left(tokens, value.end, key=_token_start)
    if k + 1 < len(tokens) and tokens[k].norm == "of" and tokens[k + 1].norm in ("which", "whom"):
        return k
    j = _first_token_at(tokens, value.start)  # "..., of which 5 are relevant": the same, the other way round
    return k if j >= 2 and tokens[j - 2].norm == "of" and tokens[j - 1].norm in ("which", "whom") and k < len(tokens) else 0


_IDENTIFIER = re.compile(  # "No. 16,200", "#1", "page 17", "Article 12", "(Station 14)", "Section 3", "Flight 418", "row 23"
    r"(?:\b(?:No|no|Nos|nos|Nr|nr|pp?|[Ff]ig|[Vv])\.|#|\b(?:No|[Pp]ages?|[Aa]rticles?|[Ss]ections?|[Cc]hapters?"
    r"|Stage|Day|Zone|Tent|Pavilion|Round|Heat|Terminal|Pier|Studio|Lot|Block|Floor|[Tt]rack|Court"
    r"|[Aa]nnex|[Aa]ppendix|[Tt]ables?|[Ff]igures?|[Nn]otes?|[Ss]tation|[Pp]latform|[Gg]ate|[Hh]all|[Bb]ooth|[Rr]oom"
    r"|[Cc]lauses?|[Pp]aragraphs?|[Vv]ersions?|[Pp]hase|[Ll]evel|[Ss]teps?|[Ii]tems?|[Rr]ules?|[Ll]ines?|[Ss]lides?"
    r"|[Ff]light|[Rr]ows?|[Ss]eats?|[Rr]unway|[Rr]oute|[Hh]ighway|Interstate|[Ee]xit|[Ee]pisodes?|[Ss]easons?))\s*\Z"
)
_VERSION = re.compile(r"\d{1,2}\.0")  # "4.0", "3.0": a version where a count is read
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*\Z")
_SECTION_AFTER = re.compile(r"\.?(?:[ \t]{2,}|[ \t]+(?=[A-Z]))")


def _is_section_number(text: str, value: NumberMention) -> bool:
    """Whether a figure opens its line as a section's number: "3.2  Stations", "4.1 Regions covered"."""
    return (
        value.text[:1].isdigit()
        and (value.qualifier is Qualifier.EXACT)
        and _LINE_START.search(text, max(0, value.start - 12), value.start) is not None
        and _SECTION_AFTER.match(text, value.end) is not None
        and ("." in value.text or text[value.end : value.end + 2] in ("  ", ".\t", ". "))
    )


_AGE = re.compile(r".*\b[A-Z][a-z]+(?:, | \()\d{1,3}[,)].?", re.DOTALL)  # "Walter Hines, 84," "Hines (84)"


def _in_brackets_after_name(text: str, start: int) -> bool:
    """Whether a figure opens brackets that follow a capitalised word: "China (1,450 students)"."""
    before = text[max(0, start - 40) : start].rstrip()
    if not before.endswith("("):
        return False
    word = before[:-1].rstrip().rsplit(None, 1)[-1:]
    return bool(word) and word[0][:1].isupper()


_HYPOTHETICAL_OPENERS = frozenset(("imagine", "suppose", "had", "were", "should", "hypothetically", "supposing"))


def _is_hypothetical(text: str, span: Sentence) -> bool:
    """Whether a sentence opens as a hypothesis: "Imagine ...", "Had the conference ...", "Were it ..."."""
    first = text[span.start : span.start + 16].split(None, 1)
    if first and first[0].lower() == "if" and _COUNTERFACTUAL.search(text, span.start, span.end):
        return True  # "If the organisation were headquartered in Geneva, ..."
    return bool(first) and first[0].lower().rstrip(",:") in _HYPOTHETICAL_OPENERS


_COUNTERFACTUAL = re.compile(r"\b(?:were|would have|had been)\b")
_CONDITIONAL = frozenset(("if", "unless", "whether", "suppose", "imagine"))


def _hypothetical(tokens: list[Token], value: NumberMention, text: str) -> bool:
    """Whether a figure stands in a conditional clause: "even if 1,000 companies came"."""
    return any(t.norm in _CONDITIONAL for t in _chunk_before(tokens, value, text))


_TOTALS = frozenset("number total count tally".split())


def _object_of(tokens: list[Token], first: int) -> bool:
    """Whether a subject is the object of "of" after another noun, so that a figure after it is
    that noun's: "of the 800 exhibitors, 150 were foreign", "the median age of participants was 54"
    (not "the number of exhibitors was 800")."""
    words = [t.norm for t in tokens[max(0, first - 3) : first]]
    if words[-2:] == ["of", "the"] or words[-3:-1] == ["of", "the"]:  # ("of the exhibiting companies, 18 were ...")
        return True
    return len(words) >= 2 and words[-1] == "of" and words[-2] not in _TOTALS


def _named_year(tokens: list[Token], value: NumberMention, text: str) -> bool:
    """Whether a year is part of a name, after a capitalised word: "Clean Rail 2030", "Vision 2030"
    (but "in July 2025" is a date, and "Founded 1978" opens its sentence)."""
    k = _first_token_at(tokens, value.start)
    if k < 2:
        return False
    word = tokens[k - 1]
    return word.raw[:1].isupper() and word.raw[1:].islower() and text[word.end : value.start] == " " and word.norm not in _NOT_NAME_BEFORE_YEAR


_NOT_NAME_BEFORE_YEAR = frozenset("in since from until by before after of founded established".split())


_ONE_OWNER = re.compile(
    r"\b(?:its|their|his|her|[Oo]ur) (?:own )?(?:[\w-]+ ){0,2}(?:[Ss]tand|[Bb]ooth|[Pp]avilion|[Ee]xhibit|[Ss]tall)s?\b"
    r"|\b(?:[Oo]ur|[Mm]y) (?:[\w-]+ ){0,2}(?:club|team|group|charity|company|runners|members|school|class|delegation)\b"
    r"|\b(?:[Tt]he )?(?:[Cc]ompany|[Ff]irm|[Ss]tart-?up|[Ee]xhibitor|[Mm]aker) (?:shows|showed|showcased|presented"
    r"|unveiled|exhibited|displayed|launched|brought|demonstrated)\b"
    r"|\b[A-Z]\w*(?:'s|’s) (?:stand|booth|pavilion|delegation)\b"  # "Penang's stand in the Malaysia pavilion showcased 65 products"
    r"|\b(?:delegation|consortium|pavilion) (?:of|as a whole)\b"  # "The delegation of 38 companies", "the pavilion as a whole hosted 52"
)


def _part_of_one(tokens: list[Token], value: NumberMention, text: str) -> bool:
    """Whether a figure counts what one exhibitor has: with "each" ("MiniMax and StepFun each
    presented two large models"), shown at someone's stand ("four foundation models at its WAIC
    stand"), shown by one company ("the company showcased 12 products, including three humanoid
    robots"), or a part of a total that opens the sentence ("Of the 60 humanoids shown, we
    identified 19 ...")."""
    k = _first_token_at(tokens, value.start)
    if "each" in (t.norm for t in tokens[max(0, k - 3) : k]) or _per_unit_after(tokens, k, text):
        return True
    if tokens and _SUB_EVENT_LABEL.match(text, tokens[0].start):
        return True  # "Demonstration: eight humanoid robots from four companies": one session's
    lo, hi = _clause_around(tokens, k, text, _CLAUSE_OPENERS)
    clause = text[tokens[lo].start : tokens[hi - 1].end] if hi > lo else ""
    if _ONE_OWNER.search(clause):
        return True
    section = _SECTION_NUMBER.match(text, tokens[0].start) if tokens and tokens[0].raw.isdigit() else None
    first = _first_token_at(tokens, section.end()) if section else 0  # past a section number: "1.3 Of the 6 crewmembers, ..."
    if len(tokens) > first + 3 and tokens[first].norm == "of" and tokens[first + 1].norm == "the":  # "Of the (more than) 30 countries, five ..."
        whole = next((j for j in range(first + 2, min(first + 5, len(tokens))) if _is_number(tokens[j])), None)
        return whole is not None and k > whole + 1
    return False


def _part_after(tokens: list[Token], end: int, text: str) -> int:
    """Where a clause naming a part of the figure ending at ``end`` begins (its token index), or 0: "more
    than 1,500 large models, 40 of which were on display", "1,100 AI companies, of which 320 exhibited"."""
    found = _OF_WHICH.match(text, end)
    return bisect_left(tokens, found.end(), key=_token_start) if found else 0


_OF_WHICH = re.compile(r"[^,.;:!?]{0,40}?,\s*(?:[\w,.-]+\s+){0,2}of (?:which|whom)\b")


def _in_breakdown(tokens: list[Token], value: NumberMention, text: str) -> bool:
    """Whether a figure is in a breakdown of a count just before it, set off by brackets or commas:
    "Eleven people were hurt (nine passengers and two flight attendants)", "Eleven people, nine
    customers and two crew members, were treated" (not a list that goes on to its verb: "800
    companies, 40 large models and 60 robots were shown")."""
    k = _first_token_at(tokens, value.start)
    for j in range(k, max(0, k - 6), -1):
        gap = text[tokens[j - 1].end : tokens[j].start]
        if "(" not in gap and "," not in gap:
            continue
        if not any(_is_number(t) and not _is_year(t) for t in tokens[max(0, j - 5) : j]):
            return False
        end = next((e for e in range(j + 1, len(tokens)) if _BREAKDOWN_END.search(text, tokens[e - 1].end, tokens[e].start)), None)
        if end is None or end <= k:
            return False
        inside = tokens[j:end]
        return sum(1 for t in inside if _is_number(t)) >= 2 and any(t.norm == "and" for t in inside)
    return False


_BREAKDOWN_END = re.compile(r"[,)]")
_BREAKDOWN_OPEN = re.compile(r"[,(]")


def _phrase_after(tokens: list[Token], k: int, text: str, size: int) -> int:
    """The end (a token index) of the words from token ``k`` on, at most ``size``, up to a comma."""
    for j in range(k + 1, min(k + size, len(tokens))):
        if "," in text[tokens[j - 1].end : tokens[j].start]:
            return j
    return min(k + size, len(tokens))


def _alone_after(tokens: list[Token], value: NumberMention, text: str) -> bool:
    """Whether "alone" ends the figure's phrase: "Huawei showed 20 products alone", "we counted 20
    humanoid robots on the Unitree and AgiBot booths alone" (within ten words, no comma between)."""
    k = _first_token_at(tokens, value.end)
    return any(t.norm == "alone" for t in tokens[k : _phrase_after(tokens, k, text, 10)])


def _per_unit_after(tokens: list[Token], k: int, text: str) -> bool:
    """Whether the figure at token ``k`` is a rate, by the words after it: "about four products each",
    "four for each exhibitor", "two apiece" (not "per", a unit: "1,000 requests per minute")."""
    for j in range(k + 1, _phrase_after(tokens, k, text, 4)):
        word = tokens[j].norm
        if word in ("each", "apiece") and (word != "each" or j + 1 == len(tokens) or tokens[j + 1].norm not in _EACH_OF):
            return True
        if word == "for" and j + 1 < len(tokens) and tokens[j + 1].norm in ("each", "every"):
            return True
    return False


_EACH_OF = frozenset("of other".split())  # "40 models, each of them ...", "60 robots each other": not a rate
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s")
_SUB_EVENT_LABEL = re.compile(
    r"(?:Demonstration|Demo|Showcase|Session|Panel|Workshop|Keynote|Booth|Stand|Pavilion|Track)\b[^:\n]{0,40}:"
)
_SHOW_VERBS = frozenset("brought showed displayed exhibited unveiled presented demonstrated showcased fielded".split())


def _company_name_at(tokens: list[Token], k: int, text: str) -> Token | None:
    """The last word of a company's name at token ``k``, before a verb: a capitalised word inside
    the sentence, or one with a capital inside it opening it ("AgiBot", "UBTech"; not "Organisers"),
    a bracketed aside after it aside ("AgiBot (Shanghai) brought")."""
    if ")" in text[tokens[k].end : tokens[k + 1].start] or text[tokens[k].end : tokens[k].end + 1] == ")":
        opening = text.rfind("(", 0, tokens[k].start)
        j = k
        while j > 0 and tokens[j].start > opening:
            j -= 1
        k = j
    raw = tokens[k].raw
    if not raw[:1].isupper() or raw.lower() in _NOT_COMPANIES:
        return None
    if k > 0 or any(c.isupper() for c in raw[1:]):
        return tokens[k]
    return tokens[k] if not raw.lower().endswith("s") and raw.lower() not in _NOT_COMPANIES else None  # "Alibaba showed" (not "Firms showed")


_NOT_COMPANIES = frozenset("organisers organizers exhibitors visitors it they we he she this that there each all some many most".split())


_SAMPLED = frozenset("surveyed interviewed polled questioned asked sampled selected from among of".split())
NAME_REACH = 12  # words of a capitalised name a bracketed year may follow ("the Provisions on the ... (2022)")
_NAME_LINKS = frozenset("of the on for and in".split())
_PEOPLE = frozenset("people person persons individuals residents civilians".split())
PEOPLE_REACH = 3  # words between a count of people and the verb or predicate that says what of
_STARTS = frozenset("start starts started starting begin begins began beginning".split())
_IRREGULAR_PLURALS = frozenset("people men women children staff police media crew".split())
_FUNCTION_OPENERS = frozenset("when while after before as if since once until though although because the a an".split())
_IRREGULAR_PARTICIPLES = frozenset("held run begun won set built made shown given taken".split())
_NOT_DOERS = _STOP | _DETERMINERS | frozenset("first also already was were is are been being has have had not never".split())
_AUXILIARIES = frozenset("is was were are be been being has have had first also already".split())
_ATTRIBUTES = frozenset("total own new official annual main overall".split())  # "Lakeport's total prize purse"
_TIME_OWNERS = frozenset("year day week month today tonight weekend season edition time country nation world".split())
_WEEKDAY_OWNERS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # "Saturday's vote"


def _date_after(text: str, end: int) -> PartialDate | None:
    """The date that follows a weekday at ``end`` ("Thursday, 4 July 2024"), if one does."""
    found = find_dates(text[end : end + 32])
    return found[0].first if found and found[0].start <= 3 else None


def _date_before(text: str, start: int) -> PartialDate | None:
    """The date that a weekday at ``start`` follows ("4 July 2024 (Thursday)"), if it follows one."""
    window = text[max(0, start - 32) : start]
    found = find_dates(window)
    return found[-1].first if found and len(window) - found[-1].end <= 3 else None


def _same_year(day: PartialDate, claim: WeekdayValue) -> bool:
    """Whether a day is of the year of the date a weekday claim gives (or names no year)."""
    return day.year is None or claim.date is None or claim.date.year is None or day.year == claim.date.year


def _other_year(tokens: list[Token], year: int | None) -> bool:
    """Whether ``tokens`` hold a plain year other than ``year`` (not after "since": "held every year
    since 1978"), marking another edition of the event."""
    if year is None or not _YEAR_WORD.search(joined_norms(tokens)):
        return False  # (a cheap first look: most clauses name no year)
    return any(
        _is_year(t) and int(t.raw) != year and (k == 0 or tokens[k - 1].norm != "since") for k, t in enumerate(tokens)
    )


_YEAR_WORD = re.compile(r" (?:1[7-9]|20)\d\d ")

def _pool(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a figure is an owner's whole that another figure is taken from: "nine of our twelve
    regions", "9 of Norvalia's 12 regions" (not "one of 70 robots", "30 of the 800 exhibitors",
    where the whole is what the claim counts)."""
    j = _first_token_at(tokens, value.start) - 1
    owned = False
    while j > 0 and (tokens[j].norm in _DETERMINERS or possessive(tokens[j])) and tokens[j].norm != "of":
        owned = owned or tokens[j].norm in ("our", "their", "its", "his", "her") or possessive(tokens[j])
        j -= 1
    return owned and j > 0 and tokens[j].norm == "of" and _is_number(tokens[j - 1])


def _first_token_at(tokens: list[Token], offset: int) -> int:
    """The index of the first token that starts at or after ``offset``."""
    return bisect_left(tokens, offset, key=_token_start)


_RANK_BEFORE = re.compile(r"(?:\bNo\.|\bnumber)\s*\Z")


def _ordinal_of_a_noun(tokens: list[Token], value: NumberMention) -> bool:
    """Whether an ordinal picks one of a noun's kind ("sixth studio album"), not a rank ("12th place")."""
    k = _first_token_at(tokens, value.end)
    return k < len(tokens) and tokens[k].start - value.end == 1 and tokens[k].raw.isalpha() and tokens[k].norm not in _RANK_NOUNS


_RANK_NOUNS = frozenset("place position spot rank overall".split()) | _STOP
_PER_UNIT = re.compile(r"/([A-Za-z]{1,3})\b")  # "km/h", "m/s": a unit per another
_STREAK_AFTER = re.compile(r"\s+(?:in\s+a\s+row|straight|running|on\s+end)\b")
_CONFIDENCE_AFTER = re.compile(r"\s*(?:CI|C\.I\.|[Cc]onfidence|[Cc]redible)\b")
_PER_SUM_AFTER = re.compile(r"\s*per\s+(?:[$€£¥]|[A-Z]{3}\s?)\d")
_COMPANY_NOUNS = frozenset("company firm startup maker manufacturer developer provider bank group business brand subsidiary lab laboratory".split())
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_TRADED = frozenset("ordered bought purchased sold shipped delivered leased rented".split())
_PAYING = frozenset("pay pays paid paying fund funds funded funding budget budgets budgeted".split())  # "pays for 48 positions"


def _capacity_for(tokens: list[Token], value: NumberMention) -> bool:
    """Whether "for" before a figure follows a capacity ("room for 3 team members", "space for 10
    seats"): the whole of what there is room for, not a part."""
    k = _first_token_at(tokens, value.start) - 2
    return k >= 0 and tokens[k].norm in _CAPACITY


_INTERVAL_ENDS = frozenset("of after before from since".split())
_CAPACITY = frozenset("room space capacity enough support supports supported seating".split())


def _word_before(tokens: list[Token], value: NumberMention, back: int = 1) -> str:
    """The normalised word ``back`` words before a figure (its qualifier included), or ""."""
    k = _first_token_at(tokens, value.start)
    return tokens[k - back].norm if k >= back else ""


_token_start = attrgetter("start")
_RELATIVE = _TIME_OFFSET | {"next", "following", "previous", "followed", "preceded", "eve"}  # "the eve of the conference"
RELATIVE_REACH = 3  # words after a subject that may date it relatively ("his speech the next day")


def _dated_relatively(tokens: list[Token], at: float, hit: SubjectHit) -> bool:
    """Whether a day is set off from the subject by a relative time: "on Friday, a day before
    his speech", "his speech the next day" (the speech was not on Friday)."""
    lo, hi = (int(at + 0.5), hit.first) if at < hit.first else (hit.last + 1, int(at))
    if any(t.norm in _RELATIVE for t in tokens[lo:hi]):
        return True
    reach = range(hit.last + 1, min(hit.last + 1 + RELATIVE_REACH, len(tokens)))
    # (not "WAIC closes after three days": a relative word before a figure is a duration)
    return any(tokens[k].norm in _RELATIVE and not (k + 1 < len(tokens) and _is_number(tokens[k + 1])) for k in reach)


def _distance(hit: SubjectHit, at: float) -> float:
    if at < hit.first:
        return hit.first - at
    if at > hit.last:
        return at - hit.last
    return 0.0


def _date_between(tokens: list[Token], at: float, hit: SubjectHit, edition: bool = True) -> bool:
    """Whether another year stands between a subject and a date after it: that one is the subject's
    ("established in 1892 and received its charter in 1956": 1956 is the charter's). A year right
    after the subject is its edition ("WAIC 2025 ran from July 26"), unless ``edition`` is false (for
    a year: "since 1978, with the exception of 2020")."""
    if at <= hit.last:
        return False
    first = hit.last + (2 if edition else 1)
    return any(
        _is_year(tokens[k]) and not (k > 0 and tokens[k - 1].raw[:1].isupper() and tokens[k - 1].raw[1:].islower())
        for k in range(first, int(at))
    )  # (a year in a name, "Clean Rail 2030", is no other year)


def _is_year(token: Token) -> bool:
    """Whether a word is a plain year ("at WAIC 2025 numbered 800": no figure between)."""
    return len(token.raw) == 4 and token.raw.isdigit() and 1700 <= int(token.raw) <= 2099


def _is_number(token: Token) -> bool:
    return token.raw[:1].isdigit() or token.norm in _NUMBER_WORDS


def _window(
    tokens: list[Token], value: NumberMention, text: str, size: int = COUNT_WINDOW, stop: frozenset[str] = _STOP
) -> list[int]:
    """The tokens right after a figure that may name what it counts (at most ``size``, up to a ``stop`` word)."""
    k = int(token_at(tokens, value.end) + 0.5)
    while k < len(tokens) and tokens[k].start < value.end:
        k += 1
    window: list[int] = []
    previous = Token(value.end, value.end, "", "")
    cell = next((c for c in _cells_of(tokens) if c.start <= value.start < c.end), None)
    for j in range(k, min(k + size, len(tokens))):
        token = tokens[j]
        named = _is_number(token) and previous.raw[:1].isupper() and text[previous.end : token.start] == "-"
        if token.norm == "of" and len(window) == 1 and tokens[window[0]].norm in _CLASSIFIERS:
            window, previous = [], token  # "60 units of humanoid robots": what the units are of is counted
            continue
        if not joined(text, previous, token) or (_is_number(token) and not named) or token.norm in stop:
            break  # (but "the 24-week KESTREL-3 trial": the 3 is part of a name)
        if cell is not None and token.start >= cell.end:
            break  # "| Advanced devices | 80 | organisers |": the next cell is not what 80 counts
        if token.norm in ("and", "or") and j + 1 < len(tokens) and _verb_like(tokens[j + 1]):
            break  # "4,800 people and served customers": the noun phrase ends at the verb's clause
        window.append(j)
        previous = token
    return window


def _in_unit(compiled: CompiledClaim, unit: str) -> bool:
    """Whether a claim is a measure in ``unit`` (a normalised unit key)."""
    value = compiled.claim.value
    return isinstance(value, NumberValue) and unit_key(value.unit or "") == unit


def _is_unit_claim(compiled: CompiledClaim) -> bool:
    value = compiled.claim.value
    return isinstance(value, NumberValue) and bool(value.unit)


def _number(value: NumberMention) -> NumberValue:
    return NumberValue(value.value, value.qualifier, value.unit, value.kind, value.high, value.currency)


def _convert(found: ClaimValue, compiled: CompiledClaim) -> ClaimValue:
    """Express a found value in the claim's terms (a year as a number, say)."""
    expected = compiled.claim.value
    if isinstance(expected, NumberValue) and isinstance(found, DateValue):
        high = float(found.end.year) if found.end is not None and found.end.year else None  # "2021 through 2024"
        return NumberValue(float(found.start.year or 0), kind=NumberKind.YEAR, high=high)
    if isinstance(expected, NumberValue) and isinstance(found, NumberValue) and expected.unit:
        return NumberValue(found.amount, found.qualifier, expected.unit, found.kind, found.high, found.currency)
    return found


