"""Dates near a value: a date before or after it, another year, a relative date."""

from __future__ import annotations

import re

from ..extract.dates import find_dates
from ..index import SubjectHit, joined_norms
from ..model import PartialDate, WeekdayValue
from ..text import Token
from .cells import _cells_of
from .clauses import _verb_like
from .words import _TIME_OFFSET, _VERBS, _in_digits, _is_number, _is_year


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


def _other_year(tokens: list[Token], year: int | None, own: frozenset[int] = frozenset()) -> bool:
    """Whether ``tokens`` hold a plain year other than ``year`` and the ``own`` years the claims
    state (not after "since": "held every year since 1978", nor in a phone number, "0800 046 1911"),
    marking another edition of the event."""
    if year is None or not _YEAR_WORD.search(joined_norms(tokens)):
        return False  # (a cheap first look: most clauses name no year)
    return any(
        _is_year(t) and int(t.raw) != year and int(t.raw) not in own and (k == 0 or tokens[k - 1].norm != "since" and not _in_digits(tokens, k))  # (not "0800 046 1911")
        for k, t in enumerate(tokens)
    )


_YEAR_WORD = re.compile(r" (?:1[7-9]|20)\d\d ")
_RELATIVE = _TIME_OFFSET | {"next", "following", "previous", "followed", "preceded", "eve"}  # "the eve of the conference"
_ANYONE = frozenset("anyone everyone anybody others any other most many".split())
_OBJECT_PRONOUNS = frozenset("him her it them us me".split())
RELATIVE_REACH = 3  # words after a subject that may date it relatively ("his speech the next day")


def _dated_relatively(tokens: list[Token], at: float, hit: SubjectHit) -> bool:
    """Whether a day is set off from the subject by a relative time: "on Friday, a day before
    his speech", "his speech the next day" (the speech was not on Friday)."""
    lo, hi = (int(at + 0.5), hit.first) if at < hit.first else (hit.last + 1, int(at))
    if any(t.norm in _RELATIVE for t in tokens[lo:hi]):
        return True
    if hit.first > 0 and tokens[hit.first - 1].norm in _TIME_OWNERS and tokens[hit.first - 1].raw.endswith(("'s", "’s")):
        if not (hit.first > 1 and tokens[hit.first - 2].norm == "this"):  # (not "this year's WAIC": the edition)
            return True  # "on Monday announced a fund for families hit by last week's failure": the failure's own time
    pronoun = hit.last + 1 < len(tokens) and tokens[hit.last + 1].norm in _OBJECT_PRONOUNS  # "elected him the day before"
    reach = range(hit.last + 1, min(hit.last + 1 + RELATIVE_REACH + pronoun, len(tokens)))
    # (not "WAIC closes after three days": a relative word before a figure is a duration; not "the rules of
    # 2022, followed by others": what follows the subject comes after it)
    return any(
        tokens[k].norm in _RELATIVE
        and not (k + 1 < len(tokens) and (_is_number(tokens[k + 1]) or tokens[k + 1].norm == "by" and tokens[k].norm == "followed"))
        and not (k + 1 < len(tokens) and tokens[k + 1].norm in _ANYONE)  # "in 2022, before anyone else": no other time
        for k in reach
    )


_TIME_OWNERS = frozenset("week month year yesterday today tonight weekend".split())  # "last week's failure"


def _reference_point(tokens: list[Token], at: float, hit: SubjectHit) -> bool:
    """Whether a subject after "before"/"after" is only what another event is timed by, with the
    date further on: "declared on 16 September, a day before the levee broke, was extended on 27
    September" (not "before the levee broke on 17 September")."""
    k = hit.first - (2 if hit.first > 1 and tokens[hit.first - 1].norm in ("the", "its", "their") else 1)
    if k < 0 or tokens[k].norm not in _REFERENCE_WORDS:
        return False
    return at > hit.last + REFERENCE_REACH or _other_cell(tokens, hit, at)  # "| After the strike | Friday 13 March |"


def _object_before_next_verb(tokens: list[Token], at: float, hit: SubjectHit) -> bool:
    """Whether a subject that stands after the sentence's first verb is followed, before the day, by
    "and" and another verb of the sentence's own subject: "It opened Saturday 26 July with Li's speech
    and runs through Monday 28 July" (Monday is not the speech's; but "WAIC opened on 26 July and ran
    until 28 July" keeps WAIC, the subject before both verbs)."""
    if at <= hit.last + 2:
        return False
    if not any(
        tokens[k].norm == "and" and (_verb_like(tokens[k + 1]) or tokens[k + 1].raw.lower() in _VERBS)  # ("runs": "run" once normalised)
        for k in range(hit.last + 1, min(int(at), len(tokens) - 1))
    ):
        return False
    return any(_verb_like(t) for t in tokens[: hit.first])


def _modifier_in_cell(tokens: list[Token], hit: SubjectHit, at: float) -> bool:
    """Whether, in a table row, the subject only modifies the words after it in its own cell, which
    name another occasion: "| Saturday | 18 October | Marathon shakeout run |", "| Race awards brunch |"."""
    if not _other_cell(tokens, hit, at):
        return False
    cell = next(c for c in _cells_of(tokens) if c.start <= tokens[hit.first].start < c.end)
    after = [t for t in tokens[hit.last + 1 :] if t.start < cell.end]
    return len(after) >= 2 and all(t.raw.isalpha() and t.raw.islower() for t in after)


def _other_cell(tokens: list[Token], hit: SubjectHit, at: float) -> bool:
    """Whether the value at token ``at`` lies in another table cell than the subject."""
    cells = _cells_of(tokens)
    if not cells or int(at) >= len(tokens):
        return False
    start, value = tokens[hit.first].start, tokens[int(at)].start
    return any(c.start <= start < c.end and not c.start <= value < c.end for c in cells)


_REFERENCE_WORDS = frozenset("before after until since".split())
REFERENCE_REACH = 3  # words between such a subject and its own date, at most ("before the levee broke on 17 September")


_LINKS = frozenset("is was were will fell falls came comes landed lands".split())  # after "the busiest day in 2024"


def _date_between(tokens: list[Token], at: float, hit: SubjectHit, edition: bool = True) -> bool:
    """Whether another year stands between a subject and a date after it: that one is the subject's
    ("established in 1892 and received its charter in 1956": 1956 is the charter's). A year right
    after the subject is its edition ("WAIC 2025 ran from July 26", "The busiest day in 2024 was 27 July"), unless
    ``edition`` is false (for a year: "since 1978, with the exception of 2020")."""
    if at <= hit.last:
        return False
    first = hit.last + (2 if edition else 1)
    if edition and first + 1 < len(tokens) and tokens[first - 1].norm in ("in", "of", "for") and tokens[first + 1].norm in _LINKS:
        first += 1  # "The busiest day in 2024 was 27 July": the subject's own year (not "founded in 1987, announced ... in June 2022")
    return any(
        _is_year(tokens[k]) and not (k > 0 and tokens[k - 1].raw[:1].isupper() and tokens[k - 1].raw[1:].islower())
        for k in range(first, int(at))
    )  # (a year in a name, "Clean Rail 2030", is no other year)
