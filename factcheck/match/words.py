"""Shared word sets, windows and small token tests of the matcher."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from operator import attrgetter

from ..claims import format_value
from ..index import CompiledClaim, SubjectHit
from ..model import MONTH_WORDS, WEEKDAY_WORDS, ClaimValue, DateValue, NumberKind, NumberMention, NumberValue, Qualifier
from ..text import Token, unit_key
from ..units import convert, unit_symbol

# A weekday that may stand before a date ("on Tuesday, 15 July"), for patterns that end at the date.
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"  # a weekday written in full
_DAY_BEFORE = r"(?:" + WEEKDAY_NAME + r",?\s+)?"

_STOP = frozenset(
    "in at from with to for on by than that which who whom while as of is are was were be been "
    "has have had will would could should can may might this these those their its his her our "
    "per across over into among between under below within during until through without via".split()
)
_COPULAS = frozenset("is was are were be been being remains remained became becomes".split())
_MODALS = frozenset("could would might will may can should must shall".split())
_TIME_OFFSET = frozenset("after before earlier later ago prior since behind ahead".split())
_PERIOD = frozenset("hour day night week weekend month year".split())
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion dozen".split()
)


# Words that end the name of an event ("the World Robot Conference", "the Paris AI Action Summit").
#: Labels of a numbered part of a work or a race ("Act II", "Stage 3"), as a pattern's alternatives.
PART_LABELS = "Act|Part|Scene|Stage|Leg|Episode|Chapter|Movement|Round|Heat|Lap"
#: Words that say what is usual ("usually", "normal"): a norm, not the figure of the moment.
HABITUAL_WORDS = frozenset("usually normally typically ordinarily normal usual typical".split())
EVENT_WORDS = frozenset(
    "conference summit forum expo exhibition event gathering fair congress convention festival show week "
    "marathon race game olympic olympiad championship cup tournament triathlon regatta derby stakes rally "
    "symposium seminar workshop hackathon roadshow webinar meetup messe".split()
)
_SIDE_WORDS = frozenset("sideline margin fringe side alongside".split())  # (a cheap first look for _side_marker)


#: Well-known events whose names hold no event word (matched as written, case included).
KNOWN_EVENTS = frozenset(
    "Davos Boao CES MWC Computex COMPUTEX GITEX Gitex VivaTech SXSW NeurIPS ICML CVPR ICLR WWDC APEC G7 G20 Dreamforce Bletchley"
    " ChinaJoy CIIE Gamescom Slush SEMICON InnoTrans IJCAI AAAI EMNLP NAACL ECCV ICCV SIGGRAPH ICRA IROS".split()
)


def _adjacent(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` follows the one before it after a single space or hyphen: one name
    ("Boston Marathon"), not "Laura Whitfield, race director"."""
    return tokens[k].start - tokens[k - 1].end <= 1


_GENERIC_ACRONYMS = frozenset("ai agi asi genai it ict iot llm llms ml nlp vr ar xr ev evs tech".split())




_DETERMINERS = frozenset("the a an this that these those its their our his her your my".split())


_CLAUSE_OPENERS = frozenset(("but", "whereas", "while", "and", "so", "yet"))  # after a comma
# Verbs that open a clause with no subject of its own (", and has a three-hour time limit").
_VERBS = frozenset(
    "has have had is was are were will would drew draws ran runs took takes saw sees brought brings "
    "featured features attracted attracts lasted lasts offers offered includes included turns becomes became".split()
)


# A comparative right after a figure (its unit apart): a difference ("1.6 metres taller", "340 more than in 2024").
COMPARATIVE_AFTER = re.compile(
    r"(?:\s*[A-Za-z°]+\.?)?\s+(?:taller|shorter|longer|higher|lower|bigger|smaller|larger|wider|narrower|deeper|shallower"
    r"|heavier|lighter|older|younger|faster|slower|greater)\b|\s+(?:more|fewer|less)\s+than\b"
)
# A money or percentage figure right after its subject: "revenue of EUR 1.2 billion", "margin was 41.2%".
_OWN_LINK = r"\s*(?:of|was|is|were|are|at|totall?ed|reached|came to|stood at|:)?\s*"
_OWNER_GAP = re.compile(_OWN_LINK + r"(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more than|up to)\s+)?")
# Verbs of change before "from X to Y": X is the old figure.
_CHANGE_VERBS = frozenset(
    "grew grow grows grown rose rise rises risen increased increase increases climbed jumped soared "
    "fell fall falls fallen dropped declined decreased shrank went raised cut reduced lowered expanded "
    "extended doubled tripled up down changed moved raise raising hike hiked enlarged widened lengthened shortened "
    "boosted trimmed slashed upgraded".split()
)


_NOT_COMPANIES = frozenset("organisers organizers exhibitors visitors it they we he she this that there each all some many most".split())
_FUNCTION_OPENERS = frozenset("when while after before as if since once until though although because the a an".split())


def _first_token_at(tokens: list[Token], offset: int) -> int:
    """The index of the first token that starts at or after ``offset``."""
    return bisect_left(tokens, offset, key=_token_start)


def _word_before(tokens: list[Token], value: NumberMention, back: int = 1) -> str:
    """The normalised word ``back`` words before a figure (its qualifier included), or ""."""
    k = _first_token_at(tokens, value.start)
    return tokens[k - back].norm if k >= back else ""


_token_start = attrgetter("start")


def _distance(hit: SubjectHit, at: float) -> float:
    if at < hit.first:
        return hit.first - at
    if at > hit.last:
        return at - hit.last
    return 0.0


def _is_year(token: Token) -> bool:
    """Whether a word is a plain year ("at WAIC 2025 numbered 800": no figure between)."""
    return len(token.raw) == 4 and token.raw.isdigit() and 1700 <= int(token.raw) <= 2099


def _in_digits(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` (k > 0) ends a run of digit groups ("0800 046 1911", a phone number): no year."""
    before = tokens[k - 1]
    return before.raw.isdigit() and len(before.raw) != 4 and before.end + 1 == tokens[k].start


_NEXT_OR_LAST = frozenset("next previous upcoming following other".split())  # before a noun: another instance of it


def _past_stem(verb: str) -> str:
    """A past verb less its "-ed", to find it in other forms ("announc" in "announces"); other words as they are."""
    return verb[:-2] if verb.endswith("ed") and len(verb) > 5 else verb


def _adjective(token: Token) -> bool:
    """Whether a word may be an adjective between "next" and a noun ("open" in "next open meeting"; not "two")."""
    return token.raw.isalpha() and token.raw.islower() and not _is_number(token) and token.norm not in ("few", "several", "many")


def _is_number(token: Token) -> bool:
    return token.raw[:1].isdigit() or token.norm in _NUMBER_WORDS


def _plural_as_written(token: Token) -> bool:
    """Whether a word is written in the plural: its normal form drops a final -s ("Champions", "Members", "races")."""
    low = token.raw.lower()
    return low != token.norm and low.endswith("s")


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
        high = float(found.end.year) if found.end is not None and found.end.year and found.end.year != found.start.year else None
        # ("2021 through 2024"; "from 5 July to 21 September 2018" is of one year)
        return NumberValue(float(found.start.year or 0), kind=NumberKind.YEAR, high=high)
    if isinstance(expected, NumberValue) and isinstance(found, NumberValue) and expected.unit:
        return _in_claim_unit(found, expected.unit)
    return found


def _in_claim_unit(found: NumberValue, unit: str) -> NumberValue:
    """A found measure in the claim's ``unit``: restated from another unit of its dimension ("6.2 miles"
    as 9.98 km, give or take the rounding), with its figure as written kept for the report."""
    source = unit_key(found.unit) if found.unit else None
    rough = found.qualifier is Qualifier.ABOUT
    converted = None if source is None else convert(found.amount, found.high, source, unit_key(unit), rough)
    if source is None or converted is None:
        return replace(found, unit=unit)
    written = format_value(replace(found, amount=float(f"{found.amount:.4g}"), unit=unit_symbol(source)))  # ("23 ft 7 in": 23.58 ft)
    return replace(found, amount=converted.value, high=converted.high, unit=unit, tolerance=converted.tolerance, written=written)


# Month and weekday names: capitalised, but no one's name.
_CALENDAR_WORDS = MONTH_WORDS | WEEKDAY_WORDS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
