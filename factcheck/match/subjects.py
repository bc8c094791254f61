"""The claim whose subject is nearest a value, and the match it makes."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable

from ..index import CompiledClaim, Previous, SubjectHit, Tokens, joined_norms
from ..extract import extract
from ..extract.numbers import find_numbers
from ..judge import judge
from ..model import (
    MONTH_NUMBERS, WEEKDAY_WORDS, ClaimValue, DateMention, DateValue, NumberKind, NumberMention, NumberValue, Verdict, WeekdayMention,
    WeekdayValue,
)
from ..text import Token, normalize, phrase_words, token_at, tokenize, unit_key
from ..units import SCALES
from .cells import _cells_of, _with_header, cell_at, cell_context
from .clauses import (
    _anaphoric,
    _asides,
    _clause_around,
    _exclusion_scope,
    _for_another,
    _range_word,
    _same_side,
    _without_comparisons,
)
from .counted import _may_own, _of_which, _part_after, _pool_after, _statement_words
from .dates import _date_between, _dated_relatively, _modifier_in_cell, _object_before_next_verb, _reference_point
from .doubt import CHANGE_HEADER, _hedged, _in_quoted_title, _in_stale_column
from .names import inside_a_proper_name
from .scope import FACILITIES, VENUE_WORD, ClaimScope, another_month_named, rate_in
from .words import COMPARATIVE_AFTER, _CALENDAR_WORDS, _past_stem, _CLAUSE_OPENERS, _DETERMINERS, _NEXT_OR_LAST, _STOP, _OWNER_GAP, _adjective, _TIME_OFFSET, _convert, _distance, _first_token_at, _is_number, _is_unit_claim, _is_year


FACT_ITEM_WORDS = 10  # words of an item in a fact list that may take its subject from the lead-in, at most


@dataclass(frozen=True, slots=True)
class Match:
    """A value in the text taken as a statement of ``claim``."""

    claim: CompiledClaim
    start: int
    end: int
    found: ClaimValue
    sentence: tuple[int, int] = (0, 0)  # the span of the sentence stating it
    edge: str = ""  # "start" or "end": a date said to open or close a canonical range ("opened on July 26")


class SubjectFinder(ClaimScope):
    """Which claim a value states, of those whose subject stands near it."""

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
        if not hits and isinstance(found, DateValue) and found.end is not None and hasattr(previous, "fact_box"):
            lead = previous.fact_box()  # "WAIC 2025 at a glance:" over "- Shanghai, 26–28 July 2025"
            if lead and len(tokens) <= FACT_ITEM_WORDS:
                tokens = Tokens([*tokens, *lead])
                hits = self._hits_of(tokens, families, wanted)
        if hits and isinstance(found, NumberValue) and found.kind is not NumberKind.YEAR:
            hits = self._of_its_scale(found, hits)  # "An adult swim costs £6.50" is no restoration's £7.4 million cost
        if hits and isinstance(found, NumberValue) and any(h.first > at for h in hits):
            hits = _before_including(hits, tokens, at)  # "lasted 11 minutes, including around four minutes of weightlessness"
        if hits and isinstance(found, NumberValue) and any(h.first > at for h in hits):
            hits = [h for h in hits if h.first < at or not _like_figure_between(value, text, tokens[h.first].start)]  # type: ignore[arg-type]
            # ("in 17 minutes 42 seconds, seven seconds clear of their rivals": "clear" is the seven seconds')
            hits = [h for h in hits if h.first < at or not _measure_of_its_own(value, text, tokens, h)]  # type: ignore[arg-type]
            # ("climbed more than 16,000 metres, with the highest point at the Drumochter Pass, 462m": the point's is the 462m)
        if hits and isinstance(found, NumberValue) and found.kind is NumberKind.COUNT and found.unit is None:
            hits = [h for h in hits if not self._one_by_superlative(tokens, h)]  # "The Olympiad's youngest player was just eight"
        if hits and isinstance(found, NumberValue) and " of wh" in text:
            hits = _after_of_which(hits, tokens, at, text)  # "£1.5 million in prize money, of which the winner took £855,000"
        if hits and isinstance(found, (DateValue, WeekdayValue)):  # "runs until the end of July": a time, no subject
            hits = [h for h in hits if not _part_of_a_time(tokens, h) and not self._next_one(tokens, h)]
            hits = [h for h in hits if h.first < at or not _date_of_its_own(value, text, tokens, h)]  # type: ignore[arg-type]
            # ("Round 1 was played on 3 September, there was a single rest day on 9 September": the rest day's is the 9th)
        if hits:  # 'its interim report, "Anatomy of a Slab", on 14 April': a title's word is no subject
            hits = [h for h in hits if not _in_quoted_title(text, tokens[h.first].start, tokens[h.last].end) or self._proper_subject(h, tokens)]
        if hits and isinstance(found, DateValue) and _year_of_another_noun(found, tokens, at, text, hits):
            return None  # "launched its 2024 vintage report", "© 2024": the year of another thing, not the claim's
        if hits and isinstance(found, (DateValue, WeekdayValue)):
            edition = families != ("year",)  # a year right after its subject is the value: "since 1978, but for 2020"
            hits = [
                h
                for h in hits
                if not _dated_relatively(tokens, at, h)
                and not _reference_point(tokens, at, h)
                and not _modifier_in_cell(tokens, h, at)
                and not _object_before_next_verb(tokens, at, h)
                and not _date_between(tokens, at, h, edition)
                and not _for_another(tokens, text, h, at, self.index.claims[h.claim])
            ]
        if hits and (isinstance(found, WeekdayValue) or isinstance(found, DateValue) and found.start.day) and (
            _UNTIL_BEFORE.search(text, max(0, value.start - 24), value.start)  # type: ignore[attr-defined]
            or _END_BEFORE.search(text, max(0, value.start - 24), value.start)  # type: ignore[attr-defined]
            or _RANGE_END_BEFORE.search(text, max(0, value.start - 40), value.start)  # type: ignore[attr-defined]
        ):
            hits = [h for h in hits if not self._one_day(h.claim) or self._of_an_end(h.claim)]
            # "The flames will not be beaten until Monday morning": an end, not the day the fire broke out
        if hits and isinstance(found, (DateValue, WeekdayValue)):  # "The 2025 ceremony was held on 14 May 2025" for a 2026 one
            hits = [h for h in hits if not _another_year_before(tokens, h, self.index.claims[h.claim].claim.value)]
            hits = [h for h in hits if not _where_after(tokens, h, at)]  # "Wednesday 19 March 2025, 19:00, at the base"
        if hits and isinstance(found, (DateValue, WeekdayValue)) and tokens[0].norm in _OPENING_ARTICLES:
            hits = [h for h in hits if not _in_opening_modifier(tokens, h, at, text)]  # "A memorial service for the crash victims ..."
        if hits and isinstance(found, (DateValue, WeekdayValue)):
            hits = _not_past_and(hits, tokens, at)  # "began on a Tuesday and ended on a Monday": the Tuesday is the start's
            talked = _talked_of_day(text, value.start)  # type: ignore[attr-defined]
            if talked is not None:  # "Ashvale Water unveiled the ban on Monday", "Tour dates will be announced on 2 April": the
                # unveiling's day, not the ban's (nor the tour's, unless it is named after the day: "on 25 July, at the WAIC opening")
                hits = [
                    h for h in hits
                    if self._says(h.claim, talked) or (not self._one_day(h.claim) and h.first > at) or _occasion_on(tokens, h, at)
                ]  # (but "described Premier Li's speech on Friday 25 July": the speech's day)
            parted = _parted_verb_before(tokens, at)  # ... and the Monday the end's
            if parted is not None:  # (a subject between them keeps the day: "and recalled the theft of 3 March")
                verb, where = parted
                hits = [h for h in hits if not self._one_day(h.claim) or verb in self.index.claims[h.claim].subjects or where < h.first < at]
        if hits:  # not across a semicolon or ", and": "the Pro tier is $20; the Team tier is $50"
            lo, hi = _clause_around(tokens, at, text, _CLAUSE_OPENERS)
            asides = _asides(tokens, text)
            hits = [h for h in hits if lo <= h.first < hi and _same_side(asides, h, at)]
        if hits and self._rates and isinstance(found, NumberValue):
            period = rate_in(text, value.end)  # type: ignore[attr-defined]
            if period is not None:  # "the registration fee is €10 a year" for a charge of €11 a day: another rate's
                hits = [h for h in hits if self._rates.get(h.claim, period) == period]
        if hits and isinstance(found, NumberValue) and found.kind in (NumberKind.MONEY, NumberKind.PERCENT):
            hits = _before_parting(hits, tokens, at, text)
        if hits and isinstance(found, NumberValue) and found.kind in (NumberKind.MONEY, NumberKind.PERCENT) and self._gapped(tokens, value, text):
            return None  # "Reds made up 58 per cent of the tonnage, whites 42 per cent": the whites' share
        if hits and isinstance(found, NumberValue) and found.kind in (NumberKind.MONEY, NumberKind.PERCENT):
            hits = [h for h in hits if _may_own(tokens, text, h, value, found.kind, self.index.claims[h.claim])]  # type: ignore[arg-type]
            owners = {
                _head_of(h, hits, tokens).claim
                for h in hits
                if _OWNER_GAP.fullmatch(text, tokens[h.last].end, value.start) and not _cost_as_verb(h, hits, tokens)  # type: ignore[attr-defined]
            }
            if owners:  # "for $47.50 per share, an equity value of approximately $6.2 billion": the equity value's
                hits = [h for h in hits if h.claim in owners]
        if hits and self._before_claims and not _FROM_BEFORE.search(text, max(0, value.start - 6), value.start):  # type: ignore[attr-defined]
            # "a new race record", "set a record of 41 days": the new one, no old value (but "the new rate, up from €12.40")
            new = {h.claim for h in hits if h.claim in self._before_claims and _new_named(tokens, h)}
            near = {c: min((h for h in hits if h.claim == c), key=lambda h: _distance(h, at)) for c in new}
            hits = [h for h in hits if h.claim not in new or not _new_named(tokens, near[h.claim])]
        return self._best(value, found, hits, tokens, previous, lambda h: _distance(h, at), text)

    def _gapped(self, tokens: list[Token], value: object, text: str) -> bool:
        """Whether a figure follows a noun of no claim's at once, and that noun a comma or semicolon: a
        clause with its verb left out ("Reds made up 58%, whites 42%"), whose figure is the noun's."""
        k = _first_token_at(tokens, value.start)  # type: ignore[attr-defined]
        if k < 2:
            return False
        noun = tokens[k - 1]
        return (
            text[noun.end : value.start] == " "  # type: ignore[attr-defined]
            and noun.raw.isalpha()
            and (noun.norm != noun.raw.lower() or noun.raw[:1].isupper())  # a plural or a name: "whites", "Labour"
            and noun.norm not in self._claim_words
            and noun.norm not in _STOP
            and text[tokens[k - 2].end : noun.start].strip() in (",", ";")
            and _GAP_END.match(text, value.end) is not None  # type: ignore[attr-defined]  # (the clause ends with it)
            and any(t.raw[:1].isdigit() for t in tokens[: k - 2])  # (after a clause with a figure of its own)
        )

    def _one_by_superlative(self, tokens: list[Token], hit: SubjectHit) -> bool:
        """Whether a subject is one thing picked by a superlative ("the youngest player"), which a count cannot be of,
        unless the claim's statement has the superlative too."""
        if hit.first == 0 or hit.first != hit.last:
            return False
        before, noun = tokens[hit.first - 1], tokens[hit.first]
        if not (before.raw.islower() and before.norm.endswith("est") and len(before.norm) > 5 and noun.raw.lower() == noun.norm):
            return False  # (a singular noun after a word in "-est": "youngest", "oldest", "fastest"; not "best", "rest")
        return before.norm not in _statement_words(self.index.claims[hit.claim].claim.statement)

    def _next_one(self, tokens: list[Token], hit: SubjectHit) -> bool:
        """Whether a subject is "the next" one ("The next free lunchtime recital is on Wednesday"): another of
        its kind, whose day is not the claim's (unless the claim's statement speaks of the next one)."""
        k = hit.first - 1
        while k > 0 and hit.first - k <= 3 and tokens[k].raw.islower() and tokens[k].norm not in _PERIOD_WORDS and tokens[k].norm != "next":
            k -= 1  # (past "free lunchtime")
        if k < 0 or tokens[k].norm != "next" or (k + 1 < len(tokens) and tokens[k + 1].norm in _PERIOD_WORDS):
            return False
        return "next" not in self.index.claims[hit.claim].claim.statement.lower().split()

    def _proper_subject(self, hit: SubjectHit, tokens: list[Token]) -> bool:
        """Whether a subject is one the claims file writes with capitals, a name ("AI Action Plan"), which
        a quoted title may hold ('"America's AI Action Plan"'), unlike "slab" in "Anatomy of a Slab"."""
        words = tuple(t.norm for t in tokens[hit.first : hit.last + 1])
        return any(
            phrase != phrase.lower() and phrase_words(phrase) == words for phrase in self.index.claims[hit.claim].claim.subject
        )

    def _says(self, claim_id: str, word: str) -> bool:
        """Whether a claim's statement or subjects use ``word`` (or its stem: "announce" for "announced")."""
        claim = self.index.claims[claim_id].claim
        if word in _MAKING_PUBLIC and _PUBLISHED_STATEMENT.search(claim.statement):
            return True  # "unveiled its AI Action Plan on Monday" for a plan "released on Wednesday": its release
        stem = _past_stem(word)
        return any(stem in phrase.lower() for phrase in (claim.statement, *claim.subject, *claim.context.require))

    def _caps_stated(self, claim_id: str) -> bool:
        """Whether a claim's statement or subject speaks of a ceiling ("No member could hold more than £20,000", "a
        maximum of 220 points"), so that a figure set as one may state it."""
        compiled = self.index.claims[claim_id]
        return any(_CAP_STATED.search(phrase) for phrase in (compiled.claim.statement, *compiled.claim.subject))

    def _of_an_end(self, claim_id: str) -> bool:
        """Whether a claim's statement or subject speaks of an end ("The final finished on Monday 6 May", a subject
        "closed" or "charges end"), so that a day something ends or runs until may state it."""
        compiled = self.index.claims[claim_id]
        return _UNTIL_STATED.search(compiled.claim.statement) is not None or any(
            _END_WORD.fullmatch(w) for words in compiled.subjects for w in words
        )

    def _one_day(self, claim_id: str) -> bool:
        """Whether a claim is of one day (a date with no end, or a weekday), not a range."""
        value = self.index.claims[claim_id].claim.value
        return isinstance(value, WeekdayValue) or (isinstance(value, DateValue) and value.end is None)

    def _hits_of(
        self, tokens: list[Token], families: tuple[str, ...], wanted: Callable[[CompiledClaim], bool] | None
    ) -> list[SubjectHit]:
        """The subjects in ``tokens`` of the claims of ``families`` (and ``wanted``)."""
        hits = [h for h in self.index.sentence_hits(tokens) if self._families[h.claim] in families]
        if wanted is not None:
            hits = [h for h in hits if wanted(self.index.claims[h.claim])]
        if hits:  # "the Ossental Avalanche Commission published its report on 14 April": no avalanche's date
            hits = [h for h in hits if not inside_a_proper_name(tokens, h) and not _month_of_a_date(tokens, h)]
        return [h for h in hits if not _inside_another(h, hits)] if len(hits) > 1 else hits

    def _without_next_instances(self, hits: list[SubjectHit], tokens: list[Token]) -> list[SubjectHit]:
        """``hits`` less those of the claims with a subject that is another instance, after "next", "previous",
        "upcoming" or "following" ("at the next meeting of the committee on 11 November", "Next open meeting:
        Thursday 23 October"), unless the claim's statement says so itself ("The next summit ...")."""
        other = {  # (any of a claim's subjects: "The Committee's previous report ... was published on 4 February 2025")
            hit.claim for hit in hits
            if _next_or_last_before(tokens, hit) and _NEXT_OR_LAST.isdisjoint(_claim_words(self.index.claims[hit.claim]))
        }  # fmt: skip
        return [h for h in hits if h.claim not in other] if other else hits

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
        best: tuple[float, int, float, int] | None = None
        choice: CompiledClaim | None = None
        tied: list[CompiledClaim] = []
        if len(hits) > 1:
            hits = [h for h in hits if not _inside_another(h, hits)]  # "| Dangerous-goods wagons derailed | 9 |"
        if hits and _hedged(tokens, token_at(tokens, value.start), text):  # type: ignore[attr-defined]
            hits = [h for h in hits if h.claim not in self._settled]  # "Organisers expect more than 1,000 companies"
        if hits:
            hits = self._without_next_instances(hits, tokens)
        sentence, scope = tokens, None
        if hits:
            scope = _exclusion_scope(tokens, value.start, text)  # type: ignore[attr-defined]
            if _cells_of(tokens):
                sentence, scope = cell_context(tokens, value.start, text, scope)  # type: ignore[attr-defined]
        others = self._other_events(hits, sentence, scope, previous, text) if self._events and hits else []
        part = (_part_after(tokens, value.end, text) or _pool_after(tokens, value, text)) if hits else 0  # type: ignore[attr-defined]
        attached = bool(others) and self._of_own_event(tokens, value)  # "The four-day WAIC ran twice as long as the Paris summit"
        relative = _of_which(tokens, value) if hits and not _a_sum(found) else 0  # type: ignore[arg-type]
        # (a sum before "of which" is the whole the clause takes a part of: "The rebuild cost €8.6 million, of which
        # public grants covered about 55 per cent")
        after = _past_opening(tokens, text) if hits and tokens and tokens[0].norm in _AFTER_OPENERS else 0
        counted = _first_token_at(tokens, value.end) if hits and isinstance(found, NumberValue) else -1  # type: ignore[attr-defined]  # a count's noun
        misfits = self._misfits(found, hits)
        level_figure = bool(hits) and bool(self._by_change_claims) and isinstance(found, NumberValue) and (
            _cells_of(tokens) or _level_before(text, value.start)  # type: ignore[attr-defined]
        )
        endpoint = bool(hits) and bool(self._span_claims) and isinstance(found, NumberValue) and _ENDPOINT_BEFORE.search(
            text, max(0, value.start - 8), value.start  # type: ignore[attr-defined]
        ) is not None  # "from 1,290 m at the valley station to 2,310 m": where a span starts and ends
        other_month = bool(hits) and self._edition_month is not None and another_month_named(scope or tokens, self._edition_month)
        if hits and self._edition_month is not None and _cells_of(tokens) and _under_another_month(tokens, value.start, text, self._edition_month):  # type: ignore[attr-defined]
            return None  # "| Measure | March 2026 | February 2026 |": the third column is February's, any claim's
        for hit in hits:
            if others and hit.claim in self._events and self._not_own(others) and self._not_at(others, hit.claim) and not attached:
                continue  # "the World Robot Conference will feature 200 companies": another event's figure
            if hit.claim in self._edition_claims and self._another_edition(scope, sentence, text, hit.claim):
                continue  # "In 2019 the race had 16,240 finishers": another edition's figure
            if isinstance(found, NumberValue) and found.kind is not NumberKind.YEAR and (
                self._opened_by_other_year(tokens, hit.claim) or self._named_for_other_year(tokens, hit, text)
            ):
                continue  # "The 1994 outbreak, the state's second-largest on record": that year's rank; "The 2019 appeal sought $22m"
            if isinstance(found, NumberValue) and _CAP_BEFORE.search(text, max(0, value.start - 40), value.start) and not self._caps_stated(hit.claim):  # type: ignore[attr-defined]
                continue  # "Council agreed to cap entries at 160", "a limit of 160 entries": a ceiling, not how many there were
            if isinstance(found, NumberValue) and hit.claim in self._annual_claims and _of_a_month(tokens, hit):
                continue  # "Visitors in October: 38,400" for a claim of the visitors in 2024: a month's part
            if sentence is not tokens and self._required_in_another_column(hit.claim, tokens, value.start, text):  # type: ignore[attr-defined]
                continue  # "| Customers | 1.42 million | 0.91 million | 2.33 million |" under "| | Harrowmere | Caddon | Fellbrook (combined) |"
            if level_figure and hit.claim in self._by_change_claims and not (sentence is not tokens and _in_stale_column(tokens, value.start, text, CHANGE_HEADER)):  # type: ignore[attr-defined]
                continue  # "on a bill of around £509", "| Typical bill 2026–27 | £521 |" for a claim that bills rise by £31: a level
            if endpoint and hit.claim in self._span_claims:
                continue  # "It climbs 1,020 metres, from 1,290 m ... to 2,310 m" for a claim of the climb "from valley to summit"
            if other_month and (hit.claim in self._edition_claims or isinstance(found, (DateValue, WeekdayValue))):
                continue  # "The November index will be published on 4 December" beside claims of October's figures
            if scope is not None and sentence is not tokens and self._other_year_of(_without_value(scope, value), hit.claim):
                continue  # a table cell in a row or column of another year: "| 2019 | ... | 41% |" (not "| Final maturity | 2041 |")
            if hit.claim in self._events and ((hit.first > 0 and tokens[hit.first - 1].raw == "side") or _in_venue_name(tokens, hit, text)):
                continue  # "a two-day Shanghai side event", "at the Shanghai World Expo Exhibition and Convention Center": not the event
            if self._possessed_by_another(tokens, hit) or self._opened_by_another(tokens, hit, text) or self._another_of_its_kind(scope or tokens, hit) or self._opposite_kind(tokens, hit) or self._of_a_subunit(tokens, hit):
                continue  # "Lakeport's cut-off is seven hours", "Boston's prize purse": another's
            if self._done_by_another(tokens, hit, text, counted if counted <= hit.first else -1, _first_token_at(tokens, value.start)):  # type: ignore[attr-defined]
                continue  # "Team Riverside Cancer Care was founded in 2003", "Riverside Drive closes for ten hours"
            level: float | None = self.index.context_level(hit.claim, sentence, previous, None if _anaphoric(scope, tokens, hit) else scope)
            if level is None:
                continue
            if after and not self.index.required_in(hit.claim, tokens[after:]) and not any(t.norm in ("it", "there") for t in tokens[after:]):
                continue  # "Following the roundtable, Ma held bilateral meetings with five countries": after it, not at it
            if part and not self.index.required_in(hit.claim, tokens[:part]):
                continue  # "1,500 large models, 40 of which were on display": the context is the part's
            if relative and (self.index.claims[hit.claim].required is None or not self.index.required_in(hit.claim, tokens[relative:])):
                continue  # "800 companies exhibited, 120 of which were start-ups": a part, not what the claim counts
            if level == 0 and scope is not None and not self.index.required_in(hit.claim, scope):
                if not self.index.required_in(hit.claim, _without_comparisons(sentence, text)):
                    continue  # met only in a comparison: "100 countries, three times as many as sat at Ma's roundtable"
                level = 0.5  # met in another clause: "30 countries attended the roundtable, and 50 the conference"
            rank = (level, misfits.get(hit.claim, 0), distance(hit), self._order[hit.claim])
            if best is None or rank < best:
                if best is not None and rank[:3] == best[:3] and choice is not None:
                    tied.append(choice)
                else:
                    tied = []
                best, choice = rank, self.index.claims[hit.claim]
            elif rank[:3] == best[:3]:
                tied.append(self.index.claims[hit.claim])
        if choice is None:
            return None
        if tied:  # as near a subject as each other: the claim whose context word is nearest the value, then the one
            # the value agrees with ("the crown was 2.5 metres" for a slab 350 metres wide and up to 2.5 metres deep)
            at = token_at(tokens, value.start)  # type: ignore[attr-defined]  # ("Before the reduction, Vantorra employed 15,300 people")
            choice = min(
                [choice, *tied], key=lambda c: (_context_reach(c, sentence, at), not _agrees(found, c), self._order[c.claim.id])
            )
        start = value.start + _range_word(value.text)  # type: ignore[attr-defined]  # (at the figure: not "from"'s line)
        return Match(choice, start, value.end, _convert(found, choice))  # type: ignore[attr-defined]

    def _required_in_another_column(self, claim_id: str, tokens: list[Token], offset: int, text: str) -> bool:
        """Whether a claim's ``require`` context is met over another column of the row of the table cell at
        ``offset``, and not in the cell, its header or its row's label: that column is the claim's."""
        cell = cell_at(tokens, offset)
        if cell is None or not cell.heads or self.index.claims[claim_id].required is None:
            return False
        own = [t for a, b in (*cell.heads, cell.label, (cell.start, cell.end)) for t in tokenize(text, a, b)]
        if self.index.required_in(claim_id, own):
            return False
        others = [  # (not the labels' own header: "| WAIC 2025 exhibition metric | Figure |")
            t for c in _cells_of(tokens) if c.label == cell.label and c.start != c.label[0] and c.heads != cell.heads for a, b in c.heads for t in tokenize(text, a, b)
        ]
        return bool(others) and self.index.required_in(claim_id, others)

    def _of_its_scale(self, found: NumberValue, hits: list[SubjectHit]) -> list[SubjectHit]:
        """The hits, less those of claims whose figure is a thousand times the found one's or more (or as
        small) when another claim with a subject among them has a figure of its scale (within a hundred times):
        "An adult season ticket at the lido costs £190" beside an adult swim at £6.50 is no £7.4 million
        restoration's cost, whether or not the season ticket is the adult swim's; and when one is close (within
        twice), those twenty times off go ("The old mark was 4,071 seconds" is no 43-second margin's). A figure ten
        thousand times off is no claim's at all ("Slide passes cost $12" for a $3.4 million budget), unless it is the claim's
        own digits with the scale word left out ("a budget of $3.4")."""
        claims = self.index.claims  # (the figure in each claim's unit: "1.5 km" is 1,500 against a claim in metres)
        ratios = {h.claim: _scale_ratio(_convert(found, claims[h.claim]), claims[h.claim].claim.value) for h in hits}
        hits = [h for h in hits if not ratios[h.claim] >= FAR_OFF or _scale_dropped(found, claims[h.claim].claim.value)]
        if any(ratios[h.claim] <= CLOSE for h in hits):  # "The old mark was 4,071 seconds" for an old mark of 4,051 seconds,
            return [h for h in hits if not ratios[h.claim] >= CLOSE_OTHER]  # not a margin of 43 seconds
        if not any(ratios[h.claim] <= SAME_SCALE for h in hits):
            return hits
        return [h for h in hits if not ratios[h.claim] >= OTHER_SCALE]

    def _misfits(self, found: ClaimValue, hits: list[SubjectHit]) -> dict[str, int]:
        """When the claims of ``hits`` hold both a date claim of a day and one of a month, 1 for each claim
        not of the kind of ``found`` ("covers October 2025" is no publication day; "published 2025-11-06" is
        no month a report covers), 0 for the others: the claim of the date's kind takes it. Else none."""
        if not isinstance(found, DateValue) or found.start.month is None or len(hits) < 2:
            return {}
        kinds = {h.claim: _date_kind(self.index.claims[h.claim].claim.value) for h in hits}
        if not {"day", "month"} <= set(kinds.values()):
            return {}
        wanted = "month" if found.start.day is None else "day"
        return {claim: int(kind != wanted) for claim, kind in kinds.items()}

    def _in_context(self, claim_id: str, tokens: list[Token], previous: Previous, offset: int, text: str) -> bool:
        """Whether a claim's context holds for the value at ``offset`` (in a table cell, that cell's)."""
        sentence, scope = cell_context(tokens, offset, text, None)
        return self.index.context_level(claim_id, sentence, previous, scope) is not None


_LEVEL_BEFORE = re.compile(  # "a bill of around £509", "taking a typical bill to roughly £509", "the bill will be £509": a level
    r"\b(?:of|to|be|is|was|at|costs?|pays?)[ \t]+(?:(?:about|around|roughly|some|nearly|almost|just|over|under)[ \t]+)?(?:[£$€¥]|EUR|GBP|USD)?[ \t]*\Z"
)
def _level_before(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is a level ("a bill of around £509"), not a change by it ("rise by an
    average of 4.8%": "by" in the same stretch of the sentence)."""
    window = text[max(0, start - 30) : start]
    return (
        _LEVEL_BEFORE.search(window) is not None
        and " by " not in re.split(r"[,;]", window)[-1]
        and not _CHANGE_OF_BEFORE.search(window)
        and not _CHANGE_CAPPED_BEFORE.search(window)
    )


_CHANGE_OF_BEFORE = re.compile(  # "The minimum wage rise of 5%", "an increase of £40": a change's size, no level
    r"\b(?:rise|rises|increase|increases|fall|falls|drop|cut|cuts|growth|jump|decline|reduction|hike|gain|uplift)[ \t]+of[ \t]+[^,;]*\Z", re.IGNORECASE
)
_CHANGE_CAPPED_BEFORE = re.compile(  # "caps rent rises at 3.5%", "increases are limited to 3.5%": the change's own bound
    r"\b(?:rises|rise|increases|increase|hikes|growth)[ \t]+(?:(?:(?:are|is|were|was|will[ \t]+be|must[ \t]+be|be)[ \t]+)?"
    r"(?:limited|capped|held|kept|restricted|pegged|set)[ \t]+(?:at|to)|at)[ \t]+(?:(?:about|around|roughly|some|just)[ \t]+)?\Z",
    re.IGNORECASE,
)
_ENDPOINT_BEFORE = re.compile(r"\b(?:from|to)\s+\Z", re.IGNORECASE)


# A verb of talking about, judging or changing a thing, then up to four words and "on" right before a day:
# "Ashvale Water unveiled the ban on Monday, 5 July", "The ban will be formally reviewed on Friday".
_TALKED_OF = re.compile(
    r"\b(unveiled|announced|revealed|confirmed|reviewed|discussed|debated|critici[sz]ed|defended|praised|welcomed|approved|signed|"
    r"endorsed|ratified|rubber-stamped|"
    r"condemned|previewed|outlined|detailed|explained|described|reviews|discusses|debates|unveils|announces)"
    r"(?:[ \t]+[\w'’-]+){0,4}?[ \t]+on[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?\Z",
    re.IGNORECASE,
)


# The rest of a calendar's line after its day: a doer's name, then a verb of talking about a thing.
_CALENDAR_LINE = re.compile(
    r"[^\n]{0,16}?[ \t]+(?:[A-Z][\w'’&.-]*[ \t]+){1,4}(reviews|discusses|debates|unveils|announces|considers|publishes)\b"
)
_LINE_START = re.compile(r"(?:\A|\n)[ \t*|-]*(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?\Z")
_MAKING_PUBLIC = frozenset("unveiled announced revealed confirmed previewed outlined detailed unveils announces".split())
# A claim of when something was made public: a day it was unveiled or announced is its day.
_PUBLISHED_STATEMENT = re.compile(
    r"\b(?:releas|launch|announc|unveil|reveal|publish|present|propos|introduc|issu|debut|premier|confirm)\w*", re.IGNORECASE
)


def _occasion_on(tokens: list[Token], hit: SubjectHit, at: float) -> bool:
    """Whether a subject that names an occasion stands right before "on" and the day at token ``at``: "his
    speech on Friday 25 July" (a day the speech had, whatever verb talks of it)."""
    k = hit.last + 1
    return tokens[hit.last].norm in _OCCASIONS and k < len(tokens) and tokens[k].norm == "on" and k + 1 <= at < k + 3


_OCCASIONS = frozenset("speech address keynote lecture talk remarks ceremony visit meeting opening launch".split())


def _talked_of_day(text: str, start: int) -> str | None:
    """The verb of talking about a thing before the day at ``start`` ("unveiled the ban on"), or after it
    on a calendar's line ("Fri 10 Sept  Ashvale Water reviews the hosepipe ban"), if any."""
    window = text[max(0, start - 64) : start]
    if " on " in window:  # (most days: a cheap first look)
        found = _TALKED_OF.search(window)
        if found:
            return found.group(1).lower()
    if _LINE_START.search(text, max(0, start - 12), start) is None:
        return None
    line = _CALENDAR_LINE.match(text, start)
    return line.group(1).lower() if line else None


def _date_kind(value: ClaimValue) -> str:
    """"day" or "month" for a date claim of one, else ""."""
    if not isinstance(value, DateValue) or value.start.month is None:
        return ""
    return "month" if value.start.day is None else "day"


_VENUE_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’-]*|and|&)){0,4}[ \t]+" + VENUE_WORD)


def _without_value(tokens: list[Token], value: object) -> list[Token]:
    """``tokens`` but those of the value itself (a year is no other year to itself)."""
    return [t for t in tokens if not value.start <= t.start < value.end]  # type: ignore[attr-defined]


def _in_venue_name(tokens: list[Token], hit: SubjectHit, text: str) -> bool:
    """Whether a capitalised subject is part of a venue's name: "the Expo Centre", "the Shanghai World
    Expo Exhibition and Convention Center" (a place, not the event)."""
    return tokens[hit.last].raw[:1].isupper() and _VENUE_AFTER.match(text, tokens[hit.last].end) is not None


def _context_reach(claim: CompiledClaim, tokens: list[Token], at: float) -> float:
    """How many words from token ``at`` the nearest of ``claim``'s ``require`` terms stands in ``tokens`` (one
    before the figure that "and" or "but" parts from it, farther than any after it: "85 cm at the summit and 50 cm
    at the base area")."""
    joined = joined_norms(tokens)
    reach = float(len(tokens))
    for term in claim.require:
        i = joined.find(term.needle) if term.needle else -1
        while i >= 0:
            k = joined.count(" ", 0, i)
            parted = k < at and any(t.norm in ("and", "but") for t in tokens[k + 1 : int(at + 0.5)])
            reach = min(reach, abs(k - at) + (len(tokens) if parted else 0))
            i = joined.find(term.needle, i + 1)
    return reach


_AFTER_OPENERS = frozenset("after following".split())


def _past_opening(tokens: list[Token], text: str) -> int:
    """The first token after a sentence-opening "After the X," / "Following the X," phrase (0 if
    none, or if the phrase runs on past six words)."""
    for k in range(1, min(len(tokens), 8)):
        if "," in text[tokens[k - 1].end : tokens[k].start]:
            return k
    return 0


def _not_past_and(hits: list[SubjectHit], tokens: list[Token], at: float) -> list[SubjectHit]:
    """``hits`` less those after a day that "and", "but" or "then" parts from it, when a hit stands
    before it, and verbs right after such a word: in "began on a Tuesday and ended on a Monday" the
    Tuesday is not the end's."""
    k = int(at)
    hits = [  # (nor a verb with a time of its own right after "and": "detected it in mid-March and disclosed it two months later")
        h for h in hits
        if not (h.first > k and tokens[h.first - 1].norm in _PARTING and tokens[h.first].raw.islower() and _timed_after(tokens, h.last))
    ]
    return _before_parting(hits, tokens, at)


def _before_parting(hits: list[SubjectHit], tokens: list[Token], at: float, text: str = "") -> list[SubjectHit]:
    """``hits`` less those after a value that "and", "but" or "then" (or, given ``text``, a participle after a
    comma) parts from it, when a hit stands before it: in "rises from 8.75% to 9.5% and the employer rate from
    11.75%" the 9.5% is not the employer rate's; in "to 12.5%, taking the combined contribution to 22%" the 12.5%
    is not the combined one."""
    k = int(at)
    if not any(h.last < k for h in hits):
        return hits
    stop = next((j for j in range(k + 1, min(len(tokens), k + 6)) if tokens[j].norm in _PARTING or (
        text and tokens[j].raw.endswith("ing") and tokens[j].raw.islower() and "," in text[tokens[j - 1].end : tokens[j].start]
    )), None)
    return hits if stop is None else [h for h in hits if h.first < stop]


_PARTING = frozenset("and but then".split())


def _like_figure_between(value: NumberMention, text: str, stop: int) -> bool:
    """Whether a figure of the same kind as ``value`` stands between it and offset ``stop``, where a subject
    starts, and takes the subject first: a sum or a share ("EUR 9bn done, about 29% of the EUR 31bn 2025 target"),
    one in the same unit ("in 17 minutes 42 seconds, seven seconds clear of their rivals"), or one right before it
    ("a 900 MW extension, using up to 50 turbines of 18 MW")."""
    unit = value.unit or _unit_after(text, value.end)
    for m in find_numbers(text[value.end : stop]):
        if m.kind is not value.kind:
            continue
        end = value.end + m.end
        if m.kind in (NumberKind.MONEY, NumberKind.PERCENT) or not text[end:stop].strip():
            return True
        if unit and (m.unit or _unit_after(text, end)) == unit:
            return True
    return False


def _parted(value: NumberMention | DateMention | WeekdayMention, text: str, tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a comma, "with" or "and" parts a value from a subject after it, and the value is not in an opening
    phrase that describes the subject ("Ratified at 26.4 metres, the wave is ...")."""
    if not _PHRASE_BREAK.search(text, value.end, tokens[hit.first].start):
        return False
    return "," in text[tokens[0].start : value.start] or not _DESCRIBING_OPENER.match(text, tokens[0].start)


def _measure_of_its_own(value: NumberMention, text: str, tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether the first figure within a few words after a subject is a measure of the dimension of ``value``'s unit
    (and no difference: "1.6 metres taller"): the subject's own, so that ``value``, before the subject and parted
    from it (:func:`_parted`), is not its; not "1,250 ft long, 138 ft wide", "15,500 m of climbing, with 462 m at the top"."""
    unit = unit_key(value.unit or _unit_after(text, value.end))
    if unit not in SCALES or not _parted(value, text, tokens, hit):
        return False
    start = tokens[hit.last].end
    after = find_numbers(text[start : min(tokens[-1].end, start + 60)])
    if not after or after[0].kind is not NumberKind.COUNT or COMPARATIVE_AFTER.match(text, start + after[0].end):
        return False
    own = unit_key(after[0].unit or _unit_after(text, start + after[0].end))
    return own in SCALES and SCALES[own].dimension == SCALES[unit].dimension


def _date_of_its_own(value: DateMention | WeekdayMention, text: str, tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a day follows a subject within a few words, the subject parted from ``value`` before it (see
    :func:`_parted`): the subject's own day, not ``value``."""
    if not _parted(value, text, tokens, hit):
        return False
    start = tokens[hit.last].end
    after = extract(text[start : min(tokens[-1].end, start + 40)])
    return bool(after) and not isinstance(after[0], NumberMention)


# An opening phrase that describes the subject after it: a participle or a preposition ("Ratified at 26.4 metres, ...").
_DESCRIBING_OPENER = re.compile(r"(?:[A-Za-z]+(?:ed|ing)|At|With|After|Before|From|In|On|By|For|Despite|Since|Measured|Built)\b")
_PHRASE_BREAK = re.compile(r"[,;]|\b(?:with|and)\b")  # between a figure and a later phrase


def _unit_after(text: str, end: int) -> str:
    """The word right after a figure, as a unit's singular ("seconds" gives "second"), or ""."""
    word = _UNIT_WORD.match(text, end)
    return normalize(word.group(1)).removesuffix("s") if word else ""


_UNIT_WORD = re.compile(r"[ \t]*([A-Za-z]+)")


def _after_of_which(hits: list[SubjectHit], tokens: list[Token], at: float, text: str) -> list[SubjectHit]:
    """``hits`` less those before a ", of which" or ", of whom" that opens the value's clause: in "carried
    £1.5 million in prize money, of which the winner took £855,000" the £855,000 is a part, not the prize money."""
    k = int(at)
    cut = next(
        (
            j for j in range(k - 1, max(1, k - OF_WHICH_REACH), -1)
            if tokens[j].norm in ("which", "whom") and tokens[j - 1].norm == "of" and "," in text[tokens[j - 2].end : tokens[j - 1].start]
        ),
        None,
    )
    return hits if cut is None else [h for h in hits if h.first > cut]


OF_WHICH_REACH = 10  # words between "of which" and the value it opens


PARTED_REACH = 7  # words between such a verb and "on" before its day ("came off air at 22:00")
_PAST_VERBS = frozenset("began begun ran went came got made took rose fell broke won lost".split())


def _parted_verb_before(tokens: list[Token], at: float) -> tuple[tuple[str], int] | None:
    """The verb that "and", "but" or "then" open right before a day, which takes the day: in "Picking began
    on 19 February and ended on 15 April" the 15th is the end's ("ended", as a subject phrase), not the
    start's; so in "went on air at 19:00 on Saturday 15 November and came off air at 22:00 on Sunday 16
    November" the Sunday is the coming off air's. The verb and its token; None if there is no such verb."""
    k = int(at)
    k = k - 1 if k > 0 and tokens[k - 1].norm in WEEKDAY_WORDS else k  # ("on Sunday 16 November")
    j = k - 1 if k > 0 and tokens[k - 1].norm == "the" else k  # ("and finished on the Sunday")
    j = j - 1 if j > 0 and tokens[j - 1].norm in ("on", "in", "by") else j
    for i in range(j - 2, max(-1, j - 2 - PARTED_REACH), -1):  # (a few words may part them: "and came off air at 22:00 on Sunday")
        if tokens[i].norm in _CALENDAR_WORDS:
            return None
        if tokens[i].norm in _PARTING and tokens[i + 1].raw.islower():
            verb = tokens[i + 1].norm
            return ((verb,), i + 1) if verb.endswith("ed") or verb in _PAST_VERBS else None
    return None


def _timed_after(tokens: list[Token], last: int) -> bool:
    """Whether a time follows the verb ending at token ``last`` in the next words: a day, a month or
    an offset ("ended on a Monday", "disclosed it two months later"; not "and clinch the title")."""
    return any(t.norm in _CALENDAR_WORDS or t.norm in _TIME_OFFSET or t.norm == "until" for t in tokens[last + 1 : last + 8])


def _a_sum(found: ClaimValue) -> bool:
    """Whether a value found is a sum of money."""
    return isinstance(found, NumberValue) and found.kind is NumberKind.MONEY


def _cost_as_verb(hit: SubjectHit, hits: list[SubjectHit], tokens: list[Token]) -> bool:
    """Whether a subject "cost" right before a figure is the verb of another claim's subject or a name just before
    it: "The new base cost £4.8 million", "the new base at Atcham cost £4.8 million" (the base's cost, not a claim of
    running costs)."""
    if hit.first != hit.last or hit.first < 2 or tokens[hit.first].raw != "cost":
        return False
    before = tokens[hit.first - 1]
    return any(h.last == hit.first - 1 and h.claim != hit.claim for h in hits) or (before.raw[:1].isupper() and before.raw.isalpha())


def _head_of(hit: SubjectHit, hits: list[SubjectHit], tokens: list[Token]) -> SubjectHit:
    """The subject a subject right before a figure qualifies, when it is the object of "of", "for" or "on"
    after another claim's subject: in "The cash value of the jackpot is $612.4 million" the figure is the
    cash value's, not the jackpot's; else ``hit`` itself."""
    for k in range(hit.first - 1, max(0, hit.first - 5), -1):
        if tokens[k].norm in _OF_WORDS:
            return next((h for h in hits if k - 3 < h.last < k and h.claim != hit.claim), hit)  # ("lump-sum payout for")
        if tokens[k].raw[:1].isdigit() or tokens[k].norm in ("and", "or"):
            return hit
    return hit


_OF_WORDS = frozenset("of for on".split())


_OPENING_ARTICLES = frozenset("a an the".split())
_MODIFIER_PREPOSITIONS = frozenset("into for".split())
_PHRASE_STOP = re.compile(r"[:;,.()]")


_WHERE_NOUNS = FACILITIES | frozenset("base headquarters hq post office site venue".split())


def _where_after(tokens: list[Token], hit: SubjectHit, at: float) -> bool:
    """Whether a subject after a date is where something happened on it: "Wednesday 19 March 2025, 19:00, at the
    base" dates a meeting at the base, not the base."""
    return (
        hit.first > at + 1 and hit.first >= 2 and tokens[hit.first - 2].norm == "at" and tokens[hit.first - 1].norm in _DETERMINERS
        and tokens[hit.last].norm in _WHERE_NOUNS
    )  # (a place's noun: not "on Friday, 25 July, at the WAIC opening", the opening's day)


def _another_year_before(tokens: list[Token], hit: SubjectHit, value: object) -> bool:
    """Whether a year right before a date claim's subject is another than the claim's own: "The 2025 ceremony"
    is another edition's for a claim of a ceremony on 13 May 2026."""
    first = hit.first
    while first > 1 and hit.first - first < 3 and tokens[first - 1].raw[:1].isupper() and not _is_year(tokens[first - 1]) and (
        0 < tokens[first].start - tokens[first - 1].end <= 1
    ):
        first -= 1  # (past a name's words: "The 2026 National Final" for a subject "final")
    k = first - 1
    if k < 0 or not _is_year(tokens[k]) or not 0 < tokens[first].start - tokens[k].end <= 1:
        return False  # (right before it: not a year in another table cell, "| Good (2020) |", before a header's subject)
    day = value.start if isinstance(value, DateValue) else value.date if isinstance(value, WeekdayValue) else None
    return day is not None and day.year is not None and int(tokens[k].raw) != day.year and (
        not isinstance(value, DateValue) or value.end is None or value.end.year is None or int(tokens[k].raw) != value.end.year
    )


# A ceiling set on a figure: "cap entries at 160", "capped at 160", "a limit of 160", "a maximum of 35,000".
_CAP_BEFORE = re.compile(
    r"\b(?:cap|caps|capped|capping|limit|limits|limited|limiting)\b(?:[ \t]+[a-z]+){0,2}[ \t]+(?:at|to)[ \t]+(?:(?:about|around|some)[ \t]+)?\Z"
    r"|\b(?:a|the)[ \t]+(?:cap|limit|ceiling|maximum)[ \t]+of[ \t]+\Z",
    re.IGNORECASE,
)
_CAP_STATED = re.compile(r"\b(?:cap|caps|capped|limit|limits|limited|ceiling|maximum|max|at most|up to|no more than)\b", re.IGNORECASE)


def _of_a_month(tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a subject is a month's: "visitors in October", "October's visitors", "October visitors" (a month named
    as such, not in a date: "in October 2024" too, not "on 4 October")."""
    k = hit.last + 2
    if k < len(tokens) and tokens[k - 1].norm == "in" and tokens[k].norm in MONTH_NUMBERS and tokens[k].raw[:1].isupper():
        day = k + 1 < len(tokens) and tokens[k + 1].raw.isdigit() and len(tokens[k + 1].raw) <= 2 and tokens[k + 1].start - tokens[k].end == 1
        return not day
    j = hit.first - 1 if hit.first < 2 or not tokens[hit.first - 1].raw.islower() else hit.first - 2  # ("October's zoo visitors")
    return j >= 0 and tokens[j].norm in MONTH_NUMBERS and tokens[j].raw[:1].isupper() and (j == 0 or not tokens[j - 1].raw[:1].isdigit())


def _in_opening_modifier(tokens: list[Token], hit: SubjectHit, at: float, text: str) -> bool:
    """Whether a subject before a date stands in a phrase that qualifies the short noun phrase opening the
    sentence: "A memorial service for the M62 crash victims will be held on Friday 14 November 2025", "The
    inquest into the pile-up deaths will run from 2 to 6 June": the date is the service's or the inquest's."""
    if hit.first > at:
        return False
    for k in range(2, min(5, hit.first)):
        if tokens[k].norm in _MODIFIER_PREPOSITIONS:  # (a lower-case head, the subject soon after, no stop between)
            return (
                all(t.raw.isalpha() and t.raw.islower() for t in tokens[1:k]) and hit.first - k <= 4
                and all(t.norm in _DETERMINERS or not t.raw.islower() for t in tokens[k + 1 : hit.first])
                and _PHRASE_STOP.search(text, tokens[k].end, tokens[hit.first].start) is None
            )  # (not "The Minister for Enterprise will lead ...", "A little background for members: the couple met in 2017")
    return False


def _inside_another(hit: SubjectHit, hits: list[SubjectHit]) -> bool:
    """Whether ``hit`` is a word of another claim's longer subject: "launch" in "a global launch"."""
    return any(
        h.claim != hit.claim and h.first <= hit.first and hit.last <= h.last and h.last - h.first > hit.last - hit.first
        for h in hits
    )


_NEW = frozenset("new latest".split())
_UNTIL_BEFORE = re.compile(  # (a day in words, "till the fifteenth of April"; after its weekday, "until Tuesday the 23rd")
    r"\b(?:until|till|til)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?\Z", re.IGNORECASE
)
# A day that ends something: "finishing on Friday 14 March", "is programmed to close on Thursday 13 March", and a
# range's last day, "from Tuesday 4 March to Friday 14 March".
_END_BEFORE = re.compile(
    r"\b(?:finish(?:es|ed|ing)?|end(?:s|ed|ing)?|clos(?:e|es|ed|ing)|conclud(?:e|es|ed|ing))[ \t]+(?:on[ \t]+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?(?:the[ \t]+)?\Z",
    re.IGNORECASE,
)
_RANGE_END_BEFORE = re.compile(  # "from 11 June to", "Wednesday 11 to Sunday": a range's first day, then its last
    r"(?:\bfrom[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+[A-Z][a-z]+)?"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+[A-Z][a-z]+)?"
    r"|\bfrom[ \t]+(?:[a-z]+[ \t]+){0,2}[a-z]+)[ \t]+(?:to|until|till)[ \t]+"  # ("from launch day to the 31st of May")
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:the[ \t]+)?\Z"
)
_END_WORD = re.compile(r"ends?|ended|ending|clos(?:e|es|ed|ing)|finish(?:es|ed|ing)?|conclud(?:e|es|ed|ing)|complet(?:e|es|ed|ion)|final|gavel\w*")
_UNTIL_STATED = re.compile(  # ("to" only before a day: "runs to 14 March", not "opened to the public")
    r"\b(?:until|till|through|to(?=\s+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|by|last|" + _END_WORD.pattern + r")\b", re.IGNORECASE
)
_GAP_END = re.compile(r"\s*(?:[.;,)!?]|and\b|\Z)")
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_SET = frozenset("set sets setting".split())


def _new_named(tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a subject is named as the new one: "a new race record", "set a record of 41 days"."""
    return any(t.norm in _NEW or t.norm in _SET for t in tokens[max(0, hit.first - 3) : hit.first])


_YEAR_PREPOSITIONS = frozenset("in since by from until till during before after around circa of".split())
YEAR_NOUN_REACH = 3  # words after a bare year that may name what it dates ("its 2024 vintage report")
_NOT_A_NOUN = frozenset(
    "the a an and or but in on at by of for to from with as was were is are has had have will would when after "
    "before since until while that which who it its he she they we i this these those there".split()
)


def _year_of_another_noun(found: DateValue, tokens: list[Token], at: float, text: str, hits: list[SubjectHit]) -> bool:
    """Whether a bare year modifies a noun that no subject in reach names ("its 2024 vintage report",
    "a 2024 Vintage Report"; but "the 2023 generative AI regulations" dates the regulations), or follows
    a copyright sign ("© 2024 Arlen Valley Winegrowers' Association")."""
    if found.end is not None or found.start.month is not None or at != int(at):
        return False
    k = int(at)
    if text[max(0, tokens[k].start - 2) : tokens[k].start].strip() in ("©", "(c)", "(C)"):
        return True
    if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] != " " or not tokens[k + 1].raw.isalpha():
        return False
    if tokens[k + 1].norm in _NOT_A_NOUN or (k > 0 and tokens[k - 1].norm in _YEAR_PREPOSITIONS):
        return False  # (not "In 2024 China enacted ...": a time, before the clause)
    reach = range(k + 1, min(len(tokens), k + 1 + YEAR_NOUN_REACH))
    return not any(h.first in reach or h.last in reach for h in hits)


_TIME_PARTS = frozenset("end start beginning middle close turn".split())


def _before_including(hits: list[SubjectHit], tokens: list[Token], at: float) -> list[SubjectHit]:
    """Those of ``hits`` not after an "including" that follows the figure at ``at``: a part the whole holds names
    no subject of the whole's figure ("the flight lasted 11 minutes, including around four minutes of weightlessness")."""
    k = next((k for k in range(int(at) + 1, len(tokens)) if tokens[k].norm in _INCLUDING), len(tokens))
    return [h for h in hits if h.first < k]


_INCLUDING = frozenset(("including", "includes", "included"))


def _month_of_a_date(tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a one-word subject is a month's name in a date ("on 11 March 2026" for a subject "march")."""
    k = hit.first
    if hit.last != k or tokens[k].norm not in MONTH_NUMBERS or not tokens[k].raw[:1].isupper():
        return False
    return (k > 0 and tokens[k - 1].raw.rstrip("stndrh").isdigit()) or (k + 1 < len(tokens) and tokens[k + 1].raw.isdigit() and len(tokens[k + 1].raw) <= 4)


def _part_of_a_time(tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a one-word subject is part of a time: "the end of July", "the start of the week"."""
    k = hit.last + 1
    return (
        hit.first == hit.last
        and tokens[hit.first].norm in _TIME_PARTS
        and k + 1 < len(tokens)
        and tokens[k].norm == "of"
        and (tokens[k + 1].norm in _CALENDAR_WORDS or (tokens[k + 1].norm in ("the", "this", "next", "last") and k + 2 < len(tokens) and tokens[k + 2].norm in _PERIOD_WORDS))
    )


_PERIOD_WORDS = frozenset("day week weekend month year season quarter".split())


SAME_SCALE = 100  # figures within a hundred times each other are of one scale ...
OTHER_SCALE = 1000  # ... and a thousand times apart, of two
FAR_OFF = 10_000  # a figure this many times off counts something else
CLOSE = 2  # a figure within twice a claim's is close to it ...
CLOSE_OTHER = 20  # ... and then one twenty times off is another claim's


def _scale_dropped(found: NumberValue, value: object) -> bool:
    """Whether a found figure is a claim's with a scale word (thousand, million, billion) left out or put in."""
    if not isinstance(value, NumberValue):
        return False
    return any(math.isclose(found.amount * 1000**k, value.amount) or math.isclose(value.amount * 1000**k, found.amount) for k in (1, 2, 3))


def _scale_ratio(found: ClaimValue, value: object) -> float:
    """How many times the larger of a found figure and a claim's figure is the smaller, by size ("not a
    number", which no comparison holds for, when the claim has no figure or one of them is zero: "free")."""
    if not isinstance(value, NumberValue) or not isinstance(found, NumberValue) or not value.amount or not found.amount:
        return math.nan
    low, high = sorted((abs(found.amount), abs(value.amount)))
    return high / low


def _agrees(found: ClaimValue, claim: CompiledClaim) -> bool:
    """Whether a value found is consistent with a claim's (in the claim's unit)."""
    return judge(claim.claim.value, _convert(found, claim))[0] is Verdict.CONSISTENT


def _under_another_month(tokens: list[Token], start: int, text: str, month: int) -> bool:
    """Whether the table cell at ``start`` stands under a header that is only another month, maybe with a year:
    "| Measure | March 2026 | February 2026 |" gives February's figures in its third column."""
    cell = cell_at(tokens, start)
    for a, b in cell.heads if cell else ():
        words = tokenize(text, a, b)
        number = MONTH_NUMBERS.get(words[0].norm) if words else None
        if number is not None and number != month and len(words) <= 2 and all(t.raw.isalpha() or _is_year(t) for t in words):
            return True
    return False


def _next_or_last_before(tokens: list[Token], hit: SubjectHit, counted: bool = True) -> bool:
    """Whether "next", "previous", "upcoming" or "following" stands before a subject, an adjective apart at
    most, or before the noun whose "of" phrase it is: "the next meeting", "Next open meeting", "the next
    meeting of the committee" (another instance than the claim's)."""
    first = hit.first
    if first >= 3 and tokens[first - 1].norm in ("the", "its", "their") and tokens[first - 2].norm == "of":
        first -= 2  # (the noun before "of the")
    k = first - 1
    if k > 0 and tokens[k].norm not in _NEXT_OR_LAST and _adjective(tokens[k]) and tokens[k].norm not in _STOP:
        k -= 1  # ("open" in "Next open meeting")
    return k >= 0 and tokens[k].norm in _NEXT_OR_LAST and (tokens[k].norm != "following" or (k > 0 and tokens[k - 1].norm == "the")) and (
        tokens[k].norm != "other" or not counted or k == 0 or not _is_number(tokens[k - 1])
    )  # ("the following meeting"; not "Following the eruption of Mount Keralt on Friday", nor, ``counted``, "600 other
    # companies", a count of the claim's, but "four other regions (kb-north-1, ...)" are no region of a place claim's)


def _claim_words(claim: CompiledClaim) -> set[str]:
    """The words of a claim's statement and ``require`` terms: "previous" in a claim of the previous rate."""
    return set(claim.claim.statement.lower().split()) | {w for t in claim.require for w in t.words}
