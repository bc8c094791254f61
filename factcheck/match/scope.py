"""The claims' own event, edition, names and owners, and statements about other ones."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence

from ..entities import possessive, variant_pattern
from ..extract import DateMention, NumberMention, extract
from ..extract.numbers import CURRENCY_CODES
from ..extract.words import ORDINALS, UNITS
from ..markup import Cell
from ..index import ClaimIndex, Previous, SubjectHit, joined_norms, value_family
from ..model import MONTH_NUMBERS, MONTH_WORDS, WEEKDAY_WORDS, Claim, DateValue, NumberKind, NumberValue, Qualifier, TextValue, WeekdayValue
from ..text import Token, normalize, phrase_words, tokenize, unit_key
from .clauses import _verb_like, _without_comparisons
from .counted import _statement_words, _states_change
from .dates import _other_year
from .doubt import MARKS_STATEMENT, WHOLE_STATEMENT
from .events import (
    _edition_years,
    _in_passing,
    _indefinite,
    _is_event_claim,
    _other_events,
    all_values,
    _side_marker,
    stated_event_names,
    stated_names,
)
from .names import _ORG_WORDS, _name_start, _proper_phrases, _statement_names
from .words import (
    HABITUAL_WORDS,
    PART_LABELS,
    _CALENDAR_WORDS,
    _past_stem,
    _DAY_BEFORE,
    _DETERMINERS,
    _FUNCTION_OPENERS,
    _GENERIC_ACRONYMS,
    _SIDE_WORDS,
    _STOP,
    _VERBS,
    EVENT_WORDS,
    KNOWN_EVENTS,
    _first_token_at,
    _is_number,
    _is_year,
    _plural_as_written,
)

_PARTICLES = frozenset("off up out away down over".split())
_ANOTHER_KIND = frozenset("separate different unrelated earlier similar".split())  # "a separate 2014 outbreak"
# Verbs that make a sentence's opening owner a source, not the one its figures are of.
_REPORTING = frozenset(
    "said say says told estimated estimate estimates reported report reports noted wrote counted count calculated found "
    "showed show shows according believe believes think thinks expect expects".split()
)
OPENER_REACH = 5  # words after a sentence's opening possessive that may make it a label or a source


_SUB_EVENTS = frozenset({"side event", "a forum", "press conference"})  # (what _other_events calls them)
# A claim stated as an interval from something: "landed 22 minutes after the crew declared an emergency".
_OFFSET_STATEMENT = re.compile(  # "22 minutes after ...", "Less than six hours passed between the warning and the breach"
    # (not "closed for six weeks after the birth": a length, from a starting point)
    r"(?<!for )\b(?:\d[\d,.]*|[a-z]+)[ -](?:minutes?|hours?|days?|weeks?|months?|years?) (?:(?:passed|elapsed|went by) )?(?:after|before|later|earlier|between)\b"
)


# A year that names an edition in a claim's statement: "Beacon Night 2025 raised ...", "the 2025
# telethon's slogan" (not "on 10 December 2025", "In 2025, ...", "founded in 1987").
_EDITION_IN_STATEMENT = re.compile(r"\b(?:([Tt]he|[Ii]ts|[Tt]his)\s+((?:19|20)\d\d)\s+[A-Za-z]|([A-Z][\w'-]*)\s+((?:19|20)\d\d)\b(?![,.]?\d))")
_NOT_AN_EDITION_NAME = frozenset(
    "In On By Of For From Since Until Till During Before After Around Circa Than And Or As At Early Late Mid End".split()
)
_YEAR_IN_STATEMENT = re.compile(r"\b(?:19|20)\d\d\b")
_NAMED_NUMBER = re.compile(r"\b[A-Za-z][\w'-]*[ \t]+\d+\b")  # "Estra 6", "Terminal 2": a word of a name and its number
EDITION_STATEMENTS = 2  # claims whose statements must name a year as an edition for it to be the claims' edition


def _opening_owner(tokens: list[Token]) -> tuple[int, int]:
    """The tokens of the name a sentence opens with as its owner, as (start, end): a capitalised
    possessive ("Maravia's"), or capitalised words that end in an organisation's word ("Lakeshore Dairy
    Co."; past an opening "The"); (0, 0) if there is none."""
    if not tokens or not tokens[0].raw[:1].isupper():
        return 0, 0
    if possessive(tokens[0]):
        return 0, 1
    start = k = 1 if tokens[0].norm == "the" else 0
    while k + 1 < len(tokens) and tokens[k + 1].raw[:1].isupper() and tokens[k + 1].start - tokens[k].end in (1, 2):
        k += 1  # (one space apart, or a full stop and a space: "Co. of")
    run = tokens[start : k + 1]
    return (start, k + 1) if len(run) >= 2 and run[-1].norm in _ORG_WORDS and all(t.raw[:1].isupper() for t in run) else (0, 0)


# A figure's period: "€11 a day", "€64 million a year", "12 hours a day", "€25/yr", "€300 per annum", "£9 monthly".
_RATE = re.compile(
    r"\b(?:a|an|per|each|every)\s+(day|week|month|year|hour|night|annum)\b(?!\s+(?:ago|earlier|before|later|after|on)\b)"
    r"|/\s*(day|d|week|wk|month|mo|year|yr|hour|hr|h|night)\b"
    r"|\b(daily|weekly|monthly|yearly|annually|nightly|hourly)\b",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(r"(?:[ \t]+[a-z]+)??[ \t]*(?:" + _RATE.pattern + ")", re.IGNORECASE)  # past at most a word
_PERIODS = {"d": "day", "daily": "day", "wk": "week", "weekly": "week", "mo": "month", "monthly": "month", "annum": "year",
            "yr": "year", "yearly": "year", "annually": "year", "hr": "hour", "h": "hour", "hourly": "hour", "nightly": "night"}  # fmt: skip


_STATEMENT_FIGURE = re.compile(r"\d[\d,.]*(?:[ \t]*(?:million|billion|thousand|bn|m|k)\b)?")


def _statement_rate(statement: str) -> str | None:
    """The period of the first figure of a claim's statement that has one: "costs €11 a day": "day"."""
    return next((p for m in _STATEMENT_FIGURE.finditer(statement) if (p := rate_in(statement, m.end())) is not None), None)


def rate_in(text: str, at: int) -> str | None:
    """The period of a rate right after offset ``at`` in ``text``, past at most a word: "€25 a year",
    "12 hours a day", "€300 per annum", "€25/yr", "£9 monthly"; None if there is none."""
    found = _RATE_AFTER.match(text, at)
    if found is None:
        return None
    word = next(g for g in found.groups() if g).lower()
    return _PERIODS.get(word, word)


_TOP_STATEMENT = re.compile(r"\btop[\s-]+(?:\d+|ten|twenty|fifty|hundred)\b", re.IGNORECASE)  # a claim of a selection
_EFFECT_STATEMENT = re.compile(r"\b(?:effect|effective|in\s+force)\b", re.IGNORECASE)


MONTH_NAMES = "|".join(name.capitalize() for name in MONTH_NUMBERS)  # "January|February|...", for patterns
_MONTH_YEAR_IN_STATEMENT = re.compile(r"\b(" + MONTH_NAMES + r")\s+(?:19|20)\d\d\b")


def _statements_month(index: ClaimIndex) -> int | None:
    """The month that the statements of EDITION_STATEMENTS claims or more of no date name with a year, and
    no other month as often ("The average house price in October 2025 was ..."): a monthly report's."""
    return _named_most_often(Counter(
        MONTH_NUMBERS[m.group(1).lower()]
        for c in index.claims.values()
        if not isinstance(c.claim.value, (DateValue, WeekdayValue))
        for m in _MONTH_YEAR_IN_STATEMENT.finditer(c.claim.statement)
    ))  # fmt: skip


def _named_most_often(counts: Counter[int]) -> int | None:
    """The one most often named of ``counts``, if named EDITION_STATEMENTS times or more and more often than any other."""
    common = counts.most_common(2)
    if not common or common[0][1] < EDITION_STATEMENTS or (len(common) > 1 and common[1][1] == common[0][1]):
        return None
    return common[0][0]


_NOT_AFTER_A_MONTH = frozenset("and or through thru until till but nor onwards onward alone only".split())  # ("February and June")


def another_month_named(tokens: list[Token], month: int) -> bool:
    """Whether ``tokens`` name a month other than ``month`` as an edition, before a noun or as a
    possessive, past a year: "The November 2025 index", "its November figures", "November's report"
    (not a date's month, "4 November", nor "In November, prices rose")."""
    for k, t in enumerate(tokens):
        number = MONTH_NUMBERS.get(t.norm)
        if number is None or number == month or not t.raw[:1].isupper() or (k and tokens[k - 1].raw[:1].isdigit()):
            continue
        if possessive(t):
            return True
        j = k + 2 if k + 1 < len(tokens) and _is_year(tokens[k + 1]) else k + 1
        if j < len(tokens) and tokens[j].raw.isalpha() and tokens[j].raw.islower() and tokens[j].norm not in _STOP and tokens[j].norm not in _NOT_AFTER_A_MONTH and tokens[j].start - tokens[j - 1].end == 1:
            return True
    return False


def _editions_named(statement: str) -> frozenset[int]:
    """The years a claim's statement names as an edition: "Beacon Night 2025", "the 2025 telethon"."""
    years: set[int] = set()
    for m in _EDITION_IN_STATEMENT.finditer(statement):
        word, year = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
        if m.group(2) or (word not in _NOT_AN_EDITION_NAME and (word.lower() not in _CALENDAR_WORDS or word.lower() in MONTH_WORDS)):
            years.add(int(year))
    return frozenset(years)


# A larger unit of a duration in a statement, and the figure of the next part: "hours" and "22" in "7 hours and 22
# minutes".
_PART_STATEMENT = re.compile(r"\b(?:years?|weeks?|days?|hours?|minutes?)(?=(?:,\s*|\s+)(?:and\s+)?(\d+|[a-z]+)[ -](?:months?|days?|hours?|minutes?|seconds?)\b)")


# A part of a whole in a statement: "Two of the region's three availability zones", "9 of 12 regions".
_PART_OF_WHOLE = re.compile(
    r"\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:the\s+|its\s+|their\s+|[\w-]+['’]s\s+)*"
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b",
    re.IGNORECASE,
)


_TIMELINE_GAP = re.compile(r"[ \t]*(?:[–—:-]|--)[ \t]*")  # "1931 – Gannet Spit: ...", "1987: ..."
_AGAINST_STATEMENT = re.compile(r"\b(?:against|opposed|noes|nays|voted no|no votes)\b", re.IGNORECASE)
_CHANGED = r"\b(?:rises?|rose|raised|increases?|increased|decreases?|decreased|goes up|went up|climbs?|climbed|grows?|grew|falls?|fell|cut|reduced|lowered|drops?|dropped)"
_NEW_VALUE_STATEMENT = re.compile(_CHANGED + r"\s+to\b")  # "The minimum pension rises to EUR 720"
def _figure_after_into(claim: Claim) -> bool:
    """Whether a claim's statement gives its own figure after "into" ("split into 12 plots"; not "Six schools will be
    merged into three campuses", whose figure is the six)."""
    value = claim.value
    assert isinstance(value, NumberValue)
    statement = claim.statement
    return any(
        m.value == value.amount and statement[max(0, m.start - 5) : m.start].lower().endswith("into ")
        for m in extract(statement) if isinstance(m, NumberMention)
    )


_BY_CHANGE_STATEMENT = re.compile(_CHANGED + r"\s+by\b")  # "The average household bill rises by about £31 a year"
_SPAN_STATEMENT = re.compile(r"\bfrom\s+(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?\s+to\s+(?:the\s+)?[A-Za-z]")
_OPENING_VERBS = frozenset("opens starts begins ends reopens".split())  # (not "closes": an "-es" verb below)
_PAST_STATEMENT = re.compile(r"\b(?:ago|last|previous|previously|earlier|before|back in)\b", re.IGNORECASE)
SUBUNITS = frozenset(  # one unit of a larger body: "the 212 members of this branch", "Branch turnout 76%"
    "branch chapter ward unit department division campus school hospital clinic team depot "
    "section faculty congregation parish precinct constituency".split()
)
_OPPOSITE_PAIRS = (
    ("major", "minor"), ("maximum", "minimum"), ("max", "min"), ("upper", "lower"), ("inner", "outer"),
    ("northern", "southern"), ("eastern", "western"), ("adult", "child"), ("adult", "children"), ("adult", "student"),
    ("adult", "concession"), ("peak", "off-peak"), ("inbound", "outbound"), ("uphill", "downhill"), ("male", "female"),
    ("men", "women"), ("boys", "girls"),
)
_ORIGIN_WORDS = frozenset(
    "built founded opened established launched constructed commissioned created formed started began first inaugurated "
    "erected completed introduced born planted cast made held".split()
)
_ANNUAL_STATEMENT = re.compile(r"\b(?:in|during|for|over)\s+(?:the\s+year\s+)?(?:1[7-9]|20)\d\d\b(?!\s*[-–/])|\b(?:a|per|each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b", re.IGNORECASE)
_MONTH_STATEMENT = re.compile(r"\b(?:" + "|".join(sorted(m.capitalize() for m in MONTH_WORDS)) + r")\b")
_OPPOSITES = {  # each word of a pair, and the words it is paired with ("adult": child, children, student, concession)
    word: frozenset(other for pair in _OPPOSITE_PAIRS if word in pair for other in pair if other != word)
    for pair in _OPPOSITE_PAIRS
    for word in pair
}
_OPENING_PRONOUNS = frozenset("it they he she we i you this that which who everything".split())  # "it opens on ..."
_OPENING_PLACES = frozenset("resort park line route network season service services attraction zoo garden gardens store shop".split())
_YEAR_DETERMINERS = frozenset("the a its their this that".split())
_EACH_IN_STATEMENT = re.compile(r"\b(?:[Ee]ach|[Ee]very|per)\s+([\w-]+(?:\s+[\w-]+)?)")
_SPEED_STATEMENT = re.compile(r"\bper\s+(?:second|sec|minute|min)\b|/\s*(?:s|sec|min)\b|\b(?:km|m)/s\b", re.IGNORECASE)


def _figure_of(word: str) -> float | None:
    """A statement's figure in digits or a small number word ("131", "two"), or None."""
    if word[:1].isdigit():
        return float(word.replace(",", ""))
    return float(UNITS[word.lower()]) if word.lower() in UNITS else None


def written_year(text: str) -> int | None:
    """The year a text says it was written in, from a stamp among its first lines: a byline or dateline
    ("By Hannah Ostrowski · Friday 24 July 2026"), an issue line ("Issue 101 | Monday 27 July 2026"), a
    "Published", "Posted", "Updated" or "Date" line, or a line that is only a date; None if none."""
    lines = [line for line in text[:WRITTEN_REACH].split("\n") if line.strip()][:WRITTEN_LINES]
    for line in lines:
        if len(line.strip()) > 100 or line.lstrip().startswith("|") or not (_WRITTEN_STAMP.search(line) or _ONLY_A_DATE.fullmatch(line.strip())):
            continue
        for value in extract(line):
            if isinstance(value, DateMention) and value.first.year is not None and value.first.day is not None:
                return value.first.year
    return None


WRITTEN_REACH = 800  # characters from a text's start in which its stamp may stand
WRITTEN_LINES = 8  # non-blank lines, likewise
_WRITTEN_STAMP = re.compile(r"\b(?:By|Published|Posted|Updated|Date|Issue|Filed|Dated)\b|[·|]")
_ONLY_A_DATE = re.compile(r"[\w ,.-]{6,40}")


def _without_dates(statement: str) -> str:
    """A claim's statement with its dates blanked: "WAIC 2025 ran from" of "WAIC 2025 ran from 26 to 28 July 2025"."""
    for value in extract(statement):
        if isinstance(value, DateMention):
            statement = statement[: value.start] + " " * (value.end - value.start) + statement[value.end :]
    return statement


def _statements_edition(index: ClaimIndex) -> int | None:
    """The year the claims' statements name as their edition most often, if the statements of at least
    EDITION_STATEMENTS claims of no date name it and no other year as often ("Beacon Night 2025 raised ...", "the 2025 telethon's slogan"):
    for claims about an event that no event word names (a telethon, a vintage, a season)."""
    dated = [c.claim.value.start.year for c in index.claims.values() if isinstance(c.claim.value, DateValue) and c.claim.value.start.year]
    latest = max(dated, default=None)  # (a year well after every date the claims give names a goal, not an edition:
    return _named_most_often(Counter(  # "Gateway 2030"; but "the 2026 rankings" may come out in 2025)
        y for c in index.claims.values() if not isinstance(c.claim.value, (DateValue, WeekdayValue)) for y in _editions_named(c.claim.statement)
        if latest is None or y <= latest + 1
    ))  # (not a date's year: "the 2026 AGM was held on 14 May 2026")


_COMPARING_STATEMENT = re.compile(
    r"\b(?:taller|shorter|longer|higher|lower|bigger|smaller|larger|wider|narrower|deeper|shallower|heavier|lighter|older"
    r"|younger|faster|slower|greater|more|fewer|less)\s+than\b"
)
_NUMBERED_DAY_STATEMENT = re.compile(r"\b[Dd]ay\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)")
_NUMBERED_PART_STATEMENT = re.compile(rf"\b(?:{PART_LABELS})[ \t]+(?:[IVX]{{1,4}}|\d|One|Two|Three)\b")
_POSITION_STATEMENT = re.compile(r"\b(?:altitude|elevation|above|up(?![ \t]+to\b))\b", re.IGNORECASE)  # a point's height (not "up to")
# An ordinal and the noun after it in a claim's statement: "was the 33rd edition", "was the No. 5 seed".
_ORDINAL_NOUN_IN_STATEMENT = re.compile(r"\b(?:(\d+)(?:st|nd|rd|th)|no\.\s*(\d+)|([a-z]+))(?=[ \t]+([a-z]{3,}))")


def _ordinal_nouns(claims: Sequence[Claim]) -> frozenset[str]:
    """The nouns that follow the ordinal giving an ordinal claim's own figure in its statement: "edition" for "The
    championship was the 33rd edition", "seed" for "Furlong was the No. 5 seed" (not "year" for "first-year")."""
    nouns = set()
    for claim in claims:
        if not isinstance(claim.value, NumberValue) or claim.value.kind is not NumberKind.ORDINAL:
            continue
        for m in _ORDINAL_NOUN_IN_STATEMENT.finditer(claim.statement.lower()):
            figure = m.group(1) or m.group(2)
            if (int(figure) if figure else ORDINALS.get(m.group(3))) == claim.value.amount:
                nouns.add(normalize(m.group(4)))
    return frozenset(nouns)
_FIRST_SPAN_STATEMENT = re.compile(r"\b(?:first|opening|reopening)\b", re.IGNORECASE)
_PLACING_STATEMENT = re.compile(r"\boverall\b", re.IGNORECASE)
_HABITUAL_STATEMENT = re.compile(r"\b(?:" + "|".join(sorted(HABITUAL_WORDS)) + r")\b", re.IGNORECASE)
_SALE_STATEMENT = re.compile(r"\bsale\b", re.IGNORECASE)
_BIRTH_STATEMENT = re.compile(r"\b(?:born|birth)", re.IGNORECASE)
_GOAL_STATEMENT = re.compile(r"\b(?:target|goal|aims?|aiming)\b", re.IGNORECASE)
_EMPLOYING_STATEMENT = re.compile(r"\b(?:employ|staff|workers|workforce|jobs|employees)", re.IGNORECASE)


def _stated_by_any(index: ClaimIndex, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` finds a shape in any claim's statement (a kind of claim a rule would otherwise set aside)."""
    return any(pattern.search(c.claim.statement) for c in index.claims.values())


_STARTED_STATEMENT = re.compile(r"\b(?:start(?:ed|s)?|beg[au]n|learn(?:ed|t)?|took\s+up|first)\b")
_AHEAD_STATEMENT = re.compile(r"\b(?:ahead|clear|behind)\b")
_EACH_STATEMENT = re.compile(r"\b(?:each|per|apiece|every)\b", re.IGNORECASE)


def _stating(claims: list[Claim], pattern: re.Pattern[str]) -> frozenset[str]:
    """The ids of ``claims`` whose statement ``pattern`` finds a shape in ("1 in 292.2 million")."""
    return frozenset(c.id for c in claims if pattern.search(c.statement))


_BEFORE_STATEMENT = re.compile(
    r"\A[Bb]efore\b|\b(?:[Pp]revious(?:ly)?|[Ff]ormer(?:ly)?|[Uu]ntil|used to|old"
    r"|had been(?=\s+(?:\d|[£$€¥]|a|an|the|about|around|some|over|under|more|less|just|only|at|nearly|almost)\b))\b"
)  # ("The record had been 44 days"; not a pluperfect passive: "41% of approved grants had been paid out")
_TIMES_STATEMENT = re.compile(r"\b\d[\d.,]*\s+times\b")
_ODDS_STATEMENT = re.compile(r"\b(?:1|[Oo]ne)\s+in\s+\d")
_MARGIN_STATEMENT = re.compile(
    r"\b(?:won|beat|lost|led|edged|broke|improved|lowered|bettered|smashed)\b.{0,60}?\bby\s+(?:(?:about|some|just|more\s+than|over|under|less\s+than|nearly|almost)\s+)?"
    r"(?:[\d$€£]|(?:one|two|three|four|five|six|seven|eight|nine|ten|a)\b)"
)  # "won ... by 38 seconds", "beat Ferraz by more than four seconds", "broke the course record by 17 seconds"
_MARGIN_SUBJECT = re.compile(r"\b(?:margin|ahead|clear|behind|won by)\b", re.IGNORECASE)
_BODIES = frozenset("organization organisation union alliance association council league bloc museum gallery library university zoo".split())
# An acronym before a lowercase event word, or a well-known event's name: checked against
# _is_acronym_name and KNOWN_EVENTS by _topic_before.
_LOWER_EVENT_WORD = re.compile(r" (?:summit|conference|forum|expo|meeting|ministerial|gathering)\b")
_NAMED_WITHOUT_CAPITALS = re.compile(
    r"\b(?=[A-Z])(?:([A-Z]{2,8}|[A-Z]\d{1,2})\s+(?:summit|conference|forum|expo|meeting|ministerial|gathering)\b"
    r"|(" + "|".join(sorted(KNOWN_EVENTS)) + r"|COP\d{1,2})\b)"
)

TOPIC_REACH = 600  # characters back in which the text's last-named event is its topic


# A venue's last word: "the Shanghai World Expo Center", "the Grand Expo Riverside Hotel".
# A venue's name: "Harbour Oval", "St Anselm's Cathedral", "Marram Park".
_VENUE_NAME = re.compile(
    r"\b(?:Cent(?:er|re)|Halls?|Park|Buildings?|Complex|Arena|Stadium|Grounds?|Oval|Gardens?|Cathedral|Abbey|Church"
    r"|Chapel|Basilica|Minster|Palace|Theat(?:re|er)|Hotel|Venue|Pavilion|Field|Club|Circuit|Dome|Auditorium|Museum)\b"
)
VENUE_WORD = r"(?:Cent(?:er|re)|Halls?|Park|Buildings?|Complex|Arena|Stadium|Grounds?|Site|Plaza|Hotel|Venue)\b"
_EVENT_WORD_CAPITALISED = re.compile(
    r"(?:Conference|Summit|Forum|Expo|Exhibition|Fair|Congress|Convention|Festival|Show|Week|Marathon|Games|Olympics"
    r"|Championship|Cup|Tournament)\b"
)  # (a cheap first look for _EVENT_NAME)
# An event's capitalised name: up to five capitalised words before a capitalised event word.
_EVENT_NAME = re.compile(
    r"\b(?:[A-Z][\w'’&-]*[ \t]+){1,5}(?:Conference|Summit|Forum|Expo|Exhibition|Fair|Congress|Convention|Festival"
    r"|Show|Week|Marathon|Games|Olympics|Championships?|Cup|Tournament)\b"
    r"(?!\s+(?:(?:&|and)\s+[A-Z]\w*\s+|(?:[A-Z]\w*\s+){1,2})?" + VENUE_WORD + ")"  # a venue ("Grand Expo Riverside Hotel")
)
_BY_CUTOFF = r"(?:\A|[.!?]\s+|\n\s*)By\s+(?:(?:mid|early|late)-?\s*)?\Z"  # "By" opening a sentence: a cut-off, not an event's day
# A date that says when a text was written or changed, not when anything happened.
def _without_asides_in_brackets(tokens: list[Token], text: str, kept: set[int]) -> list[Token]:
    """``tokens`` less those in brackets that hold none of the ``kept`` offsets (a subject's): an aside
    ("WAIC 2025 ran from 25 to 27 July (the same site as the 2010 World Expo)") names no event the
    sentence's figures and dates are of."""
    if not tokens or "(" not in text[tokens[0].start : tokens[-1].end]:
        return tokens
    asides = [
        m.span() for m in _BRACKETED.finditer(text, tokens[0].start, tokens[-1].end + 1) if not any(m.start() <= k < m.end() for k in kept)
    ]
    return [t for t in tokens if not any(a <= t.start < b for a, b in asides)] if asides else tokens


_BRACKETED = re.compile(r"\([^()\n]{1,200}\)")
_FIRST_PERSON = re.compile(r"\b(?:we|our|my|I)\b", re.IGNORECASE)
_STAMP_BEFORE = re.compile(
    r"\b(?:[Uu]pdated|UPDATED|[Pp]ublished|[Pp]osted|[Mm]odified|[Dd]ated|[Ii]ssued|[Ee]dited|[Rr]evised|[Rr]ecorded|[Tt]ranscribed"
    r"|[Ee]xported|[Gg]enerated|Created|[Pp]rinted|[Ss]aved|[Dd]ownloaded|[Cc]ompiled|[Cc]ollected|[Aa]rchived|[Ss]craped|[Cc]aptured"  # (capitalised "Created": a stamp, not "was created on")
    r"|[Aa]ccessed|[Rr]etrieved|[Aa]s of)(?: on| from [A-Z][\w .()-]{0,40}?(?:,| on))?:?\s*" + _DAY_BEFORE + r"\Z"  # ("exported from Keynote, August
    # 2025", "Exported from Zotero 7.0.16 (Better BibTeX) on 2025-10-03")
    r"|\b(?:export|snapshot|extract|dump|version)\s+(?:of|dated)\s+\Z"
    r"|\b[Dd]ate\s+of\s+(?:issue|publication)\s*:\s*\Z"  # "Date of issue: 18 July 2025"
    r"|\b(?:Update|UPDATE|Updated|Correction|Editor['’]s note)\s*\(\s*\Z"  # "Update (July 27, 14:00):", a running story's stamp  # "exhibitor register, export of 2 August 2025"
    r"|[·•|]\s*(?:(?:[Rr]eleased|[Pp]ublished|[Ii]ssued|[Uu]pdated|[Pp]osted)\b:?\s*)?" + _DAY_BEFORE + r"\Z"  # a byline's fields:
    # "Posted by Ming Zhao · 3 August 2025 · 12 min read", "Version 1.2 · Released Thursday, 14 August 2025"
    + r"|(?<![^\n])[ \t]*:(?:Date|Updated|Revised|Published|Modified|Last updated|Last build|Built|Generated|Created):[ \t]*\Z"  # reStructuredText's ":Date: 2025-08-06"
    + r"|(?<![^\n])[ \t]*\[#?\d{1,5}\][ \t]+@?[\w.-]{2,30},?[ \t]+\Z"  # a forum post's header: "[#2] nile_nomad, 2 Feb 2027"
    + r"|(?<![^\n])[ \t*]*:?(?:Version|Revision|Rev\.?)[ \t*]*:[ \t*]*[\w.-]{1,8},[ \t]*\Z"  # ":Version: 5, 10 July 2025", a version line's stamp
    + r"|\b\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?,?[ \t]+\Z"  # a time of day before it: "12:45, 30 July 2025", a revision's stamp
    + r"|\b(?:urldate|accessed|access-date|timestamp)[ \t]*=[ \t]*[{\"]?\Z"  # a bibliography record's access date: "urldate = {2025-08-01}"
    + r"|(?<![^\n])[ \t]*(?:%Z|Y2|DA)[ \t]+(?:-[ \t]+)?[^\n]{0,40}?\Z"  # EndNote's "%Z Cited by 2 (Scopus, 1 Dec 2025)", RIS "Y2  - "
    + r"|" + _BY_CUTOFF  # "By March 2025 the regulator had recorded ...": a cut-off
    + r"|\b[Bb]y the (?:end|middle|start|beginning) of\s+\Z"  # "a full report by the end of August": a deadline
)
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_DEADLINE_STATEMENT = re.compile(r"\b(?:clos(?:e|es|ed|ing)|deadline|due|expir(?:e|es|ed|ing)|ends?|ended)\b", re.IGNORECASE)
# A subject's word right before a stamp's verb that says when the subject itself came out: "the AI Action Plan, published on".
_PARTICIPLE_OWNER = re.compile(r"\b([A-Za-z]+)(?:['’]s)?,?\s+(?:(?:was|were|is|are|has\s+been|had\s+been|first|officially)\s+)*\Z")
_OWNED_STAMPS = frozenset("published issued posted dated".split())
_DIRECTION_OF = r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of"  # "south-west of"
_AWAY_STATEMENT = re.compile(
    r"\b(?:away|distant|offshore|inland)\b|\d\S*\s+(?:[a-z-]+\s+){0,2}(?:from|off|" + _DIRECTION_OF + r")\s", re.IGNORECASE
)  # "12 km from Tolvica", "about 240 km offshore", "240 km south-west of Port Calder"
_AWAY_SUBJECT = re.compile(r"^(?:off|offshore|from|away|inland)\b", re.IGNORECASE)  # a subject "off the coast"
# A claim's statement of a plan or forecast, which a forecast may state: "The BLA is to be filed in 2026".
_PLANNED = re.compile(r"\b(?:will|plans?|planned|expects?|expected|targets?|targeted|aims?|due|scheduled|forecasts?|to be)\b", re.I)
_IRREGULAR_PARTICIPLES = frozenset("held run begun won set built made shown given taken".split())
_ROLES = frozenset(
    "secretary minister president premier chancellor ambassador governor mayor chief director chair chairman chairwoman "
    "spokesperson spokesman spokeswoman commissioner negotiator envoy delegate representative".split()
)
_NOT_DOERS = _STOP | _DETERMINERS | frozenset(
    "first also already was were is are been being has have had not never now still just currently today since then once "
    "and or but".split()
)  # (nor an adverb in "-ly": "Corvane is now valued", "is officially valued"; nor "and": "began ... and ended")
_AUXILIARIES = frozenset("is was were are be been being has have had first also already".split())
_BE_FORMS = frozenset("is was were are be been being".split())
_MODALS = frozenset("will would shall should can could may might must to".split())  # ("is to be held")
# Occasions that a passive verb may be done to, in place of the claims' own event ("The AGM will be held on ...").
_OTHER_OCCASIONS = frozenset(
    "agm egm dinner luncheon lunch breakfast reception gala party ball dance meeting briefing hearing inquest auction sale "
    "rehearsal preview webinar session sitting vigil memorial funeral social quiz fete fair barbecue".split()
)
# Last words of a facility's or a street's name: no town, region or country ("held at Morrin Farm").
FACILITIES = frozenset(
    "farm farms hall centre center street road lane avenue stadium arena hotel hospital school college airport station "
    "building museum church cathedral gardens square bridge barracks prison depot warehouse factory shipyard yard dock docks "
    "works plant mill quay pier wharf terminal".split()
)
_SITE_WORDS = frozenset("venue site location address premises ground grounds".split())  # a claim's subject that a facility may be
_ATTRIBUTES = frozenset("total own new official annual main overall open public full regular special monthly weekly".split())  # "Lakeport's total prize purse"
_TIME_OWNERS = frozenset("year day week month today tonight weekend season edition time country nation world".split())
_WEEKDAY_OWNERS = WEEKDAY_WORDS  # "Saturday's vote"
_WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())



def _generic(words: Sequence[str]) -> bool:
    """Whether a claim's capitalised subject is one event word, no name: "Marathon" (then "the
    Rotterdam Marathon" is another event)."""
    return len(words) == 1 and words[0] in EVENT_WORDS

def _year_named_before(tokens: list[Token], k: int) -> int:
    """Where the year of "the YEAR" stands up to three plain words before token ``k`` ("the 2014 parade crowd"), or 0."""
    for j in range(k - 1, max(0, k - 5), -1):
        token = tokens[j]
        if token.raw[:2] in ("19", "20") and _is_year(token):
            return j if tokens[j - 1].norm in _YEAR_DETERMINERS else 0
        if not token.raw.isalpha() or token.norm in _YEAR_DETERMINERS:
            return 0
    return 0


class ClaimScope:
    """What the claims are about, read once from the claim index: their event, its edition and names,
    the words that may own a subject; and whether a statement in a sentence is about them or about
    another event, edition, owner or doer."""

    def __init__(self, index: ClaimIndex) -> None:
        self.index = index
        self._families = {c.claim.id: value_family(c.claim) for c in index.claims.values()}
        self._units = {
            unit_key(c.claim.value.unit): c.claim.id
            for c in index.claims.values()
            if isinstance(c.claim.value, NumberValue) and c.claim.value.unit
        }
        self._kin: dict[str, frozenset[str]] = {}  # a unit and the claims' units it converts to, as asked for
        self._founding_claims: frozenset[str] | None = None  # claims of a founding year before the edition's, as asked for
        self._twins: dict[tuple[str, str], bool] = {}  # whether a claim in a unit shares a claim's subject, as asked for
        self._unit_words: dict[str, frozenset[str]] = {}  # each unit's claims' statement words: "spent", "deliberated"
        for c in index.claims.values():
            if isinstance(c.claim.value, NumberValue) and c.claim.value.unit:
                key = unit_key(c.claim.value.unit)
                self._unit_words[key] = self._unit_words.get(key, frozenset()) | _statement_words(c.claim.statement)
        self._scale_units = frozenset(  # units of claims of a scale: "The final was marked out of 220 points"
            unit_key(c.claim.value.unit) for c in index.claims.values()
            if isinstance(c.claim.value, NumberValue) and c.claim.value.unit and " out of " in c.claim.statement
        )
        rates = Counter(unit for unit in (unit_key(c.claim.value.unit) for c in index.claims.values() if isinstance(c.claim.value, NumberValue) and c.claim.value.unit) if "/" in unit)
        self._rate_units = {unit: claim_id for unit, claim_id in self._units.items() if rates[unit] == 1}  # a rate only one claim is in
        # The one scale of temperature the claims use, if one: "24 degrees" says no scale, and reads in it.
        scales = {unit for unit in self._units if unit in ("°c", "°f")}
        self._degrees = scales.pop() if len(scales) == 1 else "degree"
        # Units of claims whose statement gives their figure as the last part of a duration ("41 days, 7 hours and
        # 22 minutes" for a claim of 22 minutes): a duration's parts are not added up for them.
        self._part_units = frozenset(
            unit_key(c.claim.value.unit)
            for c in index.claims.values()
            if isinstance(c.claim.value, NumberValue) and c.claim.value.unit
            and any(part.group(1) == f"{c.claim.value.amount:g}" for part in _PART_STATEMENT.finditer(c.claim.statement))
        )  # (not a claim of the whole: "The flight lasted 9 hours 47 minutes" for 587 minutes)
        # Claims of a part of a whole that their statement gives ("Two of the region's three availability zones went
        # down"): the whole after "N of" is not theirs.
        self._part_claims = frozenset(
            c.claim.id
            for c in index.claims.values()
            if isinstance(c.claim.value, NumberValue) and c.claim.value.kind is NumberKind.COUNT
            and any(_figure_of(m.group(1)) == c.claim.value.amount for m in _PART_OF_WHOLE.finditer(c.claim.statement))
        )
        # The claims of a speed ("... at 2.5 metres per second"): the only ones a measure per second states.
        self._speed_claims = frozenset(c.claim.id for c in index.claims.values() if _SPEED_STATEMENT.search(c.claim.statement))
        self._order = {claim_id: n for n, claim_id in enumerate(index.claims)}
        self._text_ids = frozenset(i for i, f in self._families.items() if f == "text")
        self._claim_words = frozenset(  # every word of the claims' subject and context phrases
            {w for c in index.claims.values() for words in c.subjects for w in words}
            | {w for c in index.claims.values() for t in c.require for w in t.words}
        )
        self._stated_capacities = frozenset(  # "enough", where a claim's statement says it: "The plant's output is enough for about 400,000 homes"
            w for c in index.claims.values() for w in _statement_words(c.claim.statement) if w in ("enough", "equipped", "accommodate")
        )
        self._subject_surfaces = {  # each claim's subject words as written, lower-cased ("works", not "work")
            c.claim.id: frozenset(w.lower() for phrase in c.claim.subject for w in phrase.split()) for c in index.claims.values()
        }
        self._against_claims = frozenset(  # claims of the votes against: "142 deputies voted against the reform"
            c.claim.id for c in index.claims.values() if _AGAINST_STATEMENT.search(c.claim.statement)
        )
        self._new_value_claims = frozenset(  # claims of the figure a change brings: "The minimum pension rises to EUR 720 a month"
            c.claim.id for c in index.claims.values() if isinstance(c.claim.value, NumberValue) and _NEW_VALUE_STATEMENT.search(c.claim.statement)
        )
        self._since_claims = any(  # date claims a "since" states: "The plant has been closed since 3 March"
            isinstance(c.claim.value, (DateValue, WeekdayValue)) and " since " in f" {c.claim.statement.lower()}" for c in index.claims.values()
        )
        self._into_claims = frozenset(  # claims whose figure is what something becomes: "The site was split into 12 plots"
            c.claim.id for c in index.claims.values() if isinstance(c.claim.value, NumberValue) and _figure_after_into(c.claim)
        )
        self._by_change_claims = frozenset(  # claims of a change's size: "The average household bill rises by about £31 a year"
            c.claim.id for c in index.claims.values() if isinstance(c.claim.value, NumberValue) and _BY_CHANGE_STATEMENT.search(c.claim.statement)
        )
        self._span_claims = frozenset(  # claims of a span between two places: "The gondola climbs 1,020 m from valley station to summit station"
            c.claim.id for c in index.claims.values()
            if isinstance(c.claim.value, NumberValue) and c.claim.value.kind is not NumberKind.YEAR and _SPAN_STATEMENT.search(c.claim.statement)
        )
        self._each_words = frozenset(  # the words a claim's own statement gives "each" to: "Each MBL team played 76 games"
            normalize(w) for c in index.claims.values() for m in _EACH_IN_STATEMENT.finditer(c.claim.statement) for w in m.group(1).split()
        )
        self._dated_subjects: dict[str, frozenset[str]] = {}  # date claims by subject word: "the meeting on 14 October" may state one
        for c in index.claims.values():
            if isinstance(c.claim.value, (DateValue, WeekdayValue)):
                for w in {w for words in c.subjects for w in words}:
                    self._dated_subjects[w] = self._dated_subjects.get(w, frozenset()) | {c.claim.id}
        self._dated_words = frozenset(self._dated_subjects)  # the subject words of the claims whose value is a date or a weekday
        self._change_claims = frozenset(c.claim.id for c in index.claims.values() if _states_change(c.claim.statement))
        self._money_words = frozenset(  # the subject words of the claims of sums: "fine", "cost", "budget"
            w
            for c in index.claims.values()
            if isinstance(c.claim.value, NumberValue) and c.claim.value.kind is NumberKind.MONEY
            for words in c.subjects
            for w in words
        )
        figures = [c.claim for c in index.claims.values() if isinstance(c.claim.value, NumberValue)]
        # claims of a margin: "won ... by 38 seconds", or a claim whose subject is one ("winning margin", "clear")
        margins = _stating(figures, _MARGIN_STATEMENT) | frozenset(c.id for c in figures if any(map(_MARGIN_SUBJECT.search, c.subject)))
        self._margin_claims = bool(margins)
        # claims of an old value, "Until 31 March the wage was €12.50": a change's old figure states them
        self._before_claims = _stating(figures, _BEFORE_STATEMENT)
        # claims of a multiple, "1.3 times that of Earth": the only ones "N times" may state
        self._times_claims = _stating(figures, _TIMES_STATEMENT)
        # claims of a lead, "finished 58 points ahead of Norway", or of a margin, "beat Ferraz by more than four
        # seconds": the only ones "N ahead" may state ("finished nearly five seconds clear of Ferraz")
        self._ahead_claims = _stating(figures, _AHEAD_STATEMENT) | margins
        # claims of a measure of each of several things, "Each of its four units was rated at 500 MW": the only ones a
        # measure between a count and a plural noun may state ("its four 500 MW sets")
        self._each_stated = bool(_stating([c for c in figures if isinstance(c.value, NumberValue) and c.value.unit], _EACH_STATEMENT))
        # claims of a difference, "40 m taller than the old tower": the only ones a figure with a comparative may state
        self._comparing_claims = _stating(figures, _COMPARING_STATEMENT)
        # claims of when something began, "took up surfing at the age of eight": the only ones "started at age N" may state
        self._started_claims = _stating(figures, _STARTED_STATEMENT)
        # claims of odds, "1 in 292.2 million": the only ones "1 in N" may state
        self._odds_claims = _stating(figures, _ODDS_STATEMENT)
        self._limits = any(  # a claim of what one may do: "each API key can make up to 600 requests per minute"
            isinstance(c.claim.value, NumberValue) and c.claim.value.qualifier is Qualifier.AT_MOST for c in index.claims.values()
        )
        self._past_claims = {  # claims of a past time ("... than last year", `require: [last season]`; not a year's)
            c.claim.id
            for c in index.claims.values()
            if _PAST_STATEMENT.search(" ".join((c.claim.statement, *c.claim.context.require)))
            and not (isinstance(c.claim.value, NumberValue) and c.claim.value.kind is NumberKind.YEAR)
        }
        self._numbered_day_claims = _stated_by_any(index, _NUMBERED_DAY_STATEMENT)  # "Day 2 attendance was 7,900"
        self._parts_unnamed = not _stated_by_any(index, _NUMBERED_PART_STATEMENT)  # no claim of "Act II" or "Stage 3"
        self._first_span_stated = any(  # a count of a first part of a span: "60,000 came on the first day"
            isinstance(c.claim.value, NumberValue) and c.claim.value.kind is NumberKind.COUNT
            and _FIRST_SPAN_STATEMENT.search(" ".join((c.claim.statement, *c.claim.context.require)))
            for c in index.claims.values()
        )
        self._placing_claims = _stated_by_any(index, _PLACING_STATEMENT)  # "finished fourth overall": a claim of a placing
        self._first_person_claims = _stated_by_any(index, _FIRST_PERSON)  # "We exhibited 40 robots": the writer's own figures
        self._positions_stated = _stated_by_any(index, _POSITION_STATEMENT)  # "The joint failed 46 m up the tower"
        self._habitual_claims = frozenset(  # claims of what is usual: "The normal level of stocks for early July is 78%"
            c.claim.id for c in index.claims.values() if any(map(_HABITUAL_STATEMENT.search, (c.claim.statement, *c.claim.subject)))
        )
        self._sale_claims = _stated_by_any(index, _SALE_STATEMENT)  # "Tickets went on sale on 3 March"
        self._birth_claims = _stated_by_any(index, _BIRTH_STATEMENT)  # "She was born on 3 May 1993"
        self._whole_claims = any(WHOLE_STATEMENT.search(c.claim.statement) for c in index.claims.values())  # "the group's ..."
        self._marks_claims = any(MARKS_STATEMENT.search(c.claim.statement) for c in index.claims.values())  # "won 96 points"
        self._ranks = any(isinstance(c.claim.value, NumberValue) and c.claim.value.kind is NumberKind.ORDINAL for c in index.claims.values())
        self._ordinal_nouns = _ordinal_nouns([c.claim for c in index.claims.values()])  # "was the 33rd edition of ..."
        self._deadlines = any(  # a claim of when something closes: a deadline may state it ("ballots by 30 April")
            isinstance(c.claim.value, (DateValue, WeekdayValue)) and _DEADLINE_STATEMENT.search(c.claim.statement) for c in index.claims.values()
        )
        self._top_claims = any(_TOP_STATEMENT.search(c.claim.statement) for c in index.claims.values())  # "30 universities in the top 200"
        self._effect_dates = any(  # a claim of when something took effect: "with effect from 16 July" may state it
            isinstance(c.claim.value, (DateValue, WeekdayValue)) and _EFFECT_STATEMENT.search(c.claim.statement) for c in index.claims.values()
        )
        self._offset_claims = frozenset(c.claim.id for c in index.claims.values() if _OFFSET_STATEMENT.search(c.claim.statement))
        # claims stated as a distance away ("The shelter is 20 km away"): the only ones "N km away" may state
        self._away_claims = frozenset(
            c.claim.id
            for c in index.claims.values()
            if _AWAY_STATEMENT.search(c.claim.statement) or any(_AWAY_SUBJECT.search(p) for p in c.claim.subject)
        )
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
        self._figure_words = frozenset(  # the subject words of the claims of a figure
            w for c in index.claims.values() if isinstance(c.claim.value, NumberValue) for w in self._subject_words[c.claim.id]
        )
        # the names a claim's own statement gives, but for its value: their possessive owns its subject
        # ("Marisol's death toll"), and they are no unknown place ("Hurricane Marisol made landfall near ...")
        self._named_in = {c.claim.id: _statement_names(c.claim) for c in index.claims.values()}
        self._statements_text = "\n".join(c.claim.statement.lower() for c in index.claims.values())  # (one string to search)
        # every word of a name the claims give, in their statements (not their first word, nor a currency
        # code) or values ("Kestrian", "Solberg")
        self._own_name_words = frozenset(
            t.norm
            for c in index.claims.values()
            for t in tokenize(c.claim.statement, 0, len(c.claim.statement))[1:]
            if t.norm in self._named_in[c.claim.id] and t.norm not in CURRENCY_CODES
        ) | frozenset(
            t.norm
            for c in index.claims.values()
            if isinstance(c.claim.value, TextValue)
            for name in (c.claim.value.text, *c.claim.value.aliases)
            for t in tokenize(name, 0, len(name))
        )
        self._goal_claims = _stated_by_any(index, _GOAL_STATEMENT)  # "The target is 10,000 speakers by 2040"
        self._employing = _stated_by_any(index, _EMPLOYING_STATEMENT)  # "The plant employs 340 people"
        self._ages = any(  # a claim of an age ("The retirement age rises to 67"): what "turns 67" may state
            w in ("age", "aged") for c in index.claims.values() for words in c.subjects for w in words
        )
        self._named_numbers = frozenset(  # a name's word and the number it ends with ("estra 6"): the number names, not counts
            found.group(0).lower()
            for c in index.claims.values()
            if isinstance(c.claim.value, TextValue)
            for name in (c.claim.value.text, *c.claim.value.aliases)
            for found in _NAMED_NUMBER.finditer(name)
        )
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
        self._edition_year = next(iter(years)) if len(years) == 1 else _statements_edition(index)  # (one event year, or no rule)
        self._latest_year = max(  # the latest year the claims give: a tenure that ended before it is over
            [c.claim.value.start.year for c in index.claims.values() if isinstance(c.claim.value, DateValue) and c.claim.value.start.year]
            + [int(c.claim.value.amount) for c in index.claims.values() if isinstance(c.claim.value, NumberValue) and c.claim.value.kind is NumberKind.YEAR],
            default=0,
        )
        # Date claims whose statement names the edition ("WAIC 2025 ran from 26 to 28 July 2025"): a date of
        # another year is another edition's, unless its sentence names the edition's year.
        self._edition_dates = frozenset(
            c.claim.id
            for c in index.claims.values()
            if isinstance(c.claim.value, DateValue) and self._edition_year and c.claim.value.start.year == self._edition_year
            and self._edition_year in _editions_named(_without_dates(c.claim.statement))
        )
        self._edition_end_years = frozenset(  # the years the edition's date ranges run into: 2026 for "to 6 January 2026"
            v.end.year for c in index.claims.values() if c.claim.id in self._edition_dates
            and isinstance(v := c.claim.value, DateValue) and v.end is not None and v.end.year
        )
        self._edition_month = _statements_month(index)  # a monthly report's month ("in October 2025"), if any
        self._own_years = frozenset(  # years that claims give as values: "the 2012 Games" for a claim of the Games' year
            int(c.claim.value.amount)
            for c in index.claims.values()
            if isinstance(c.claim.value, NumberValue) and c.claim.value.kind is NumberKind.YEAR
            and self._edition_year is not None and c.claim.value.amount > self._edition_year
        )  # (a later year only: what a decision is about, not a founding year, "| 1978 | 530 |")
        # the period each figure claim's statement gives it ("costs €11 a day": "day"), if any
        self._rates = {
            c.claim.id: period
            for c in index.claims.values()
            if isinstance(c.claim.value, NumberValue) and (period := _statement_rate(c.claim.statement)) is not None
        }
        # the years each claim's statement names: its own ("Beacon Night 2024 raised £11.8 million" in a row of 2024)
        self._stated_years = {c.claim.id: frozenset(int(y) for y in _YEAR_IN_STATEMENT.findall(c.claim.statement)) for c in index.claims.values()}
        # Every year the claims name, in their statements or as date values: a figure bracketed after another is
        # that year's ("the freak summer of 2019 (€251m)").
        self._date_years = frozenset(
            c.claim.value.start.year for c in index.claims.values() if isinstance(c.claim.value, DateValue) and c.claim.value.start.year
        )  # the years the claims' dates fall in
        self._claims_years = frozenset(y for years in self._stated_years.values() for y in years) | self._date_years
        dated = self._date_years | ({self._edition_year} if self._edition_year else set())
        self._first_dated = min(dated) if dated else 0  # the first year the claims' dates (or edition) fall in
        self._year_values = frozenset(  # the years claims give as values, "the 1987 stranding" for a claim of the previous one's year
            int(c.claim.value.amount) for c in index.claims.values() if isinstance(c.claim.value, NumberValue) and c.claim.value.kind is NumberKind.YEAR
        )
        self._named_years = self._claims_years | self._year_values  # every year the claims name, state or give
        self._origin_words = {  # a year claim's words of a beginning: "built" for "The pumping station was built in 1974"
            c.claim.id: words for c in index.claims.values()
            if isinstance(c.claim.value, NumberValue) and c.claim.value.kind is NumberKind.YEAR
            and (words := _statement_words(c.claim.statement) & _ORIGIN_WORDS)
        }
        self._annual_claims = frozenset(  # claims of a year's total: "welcomed more than 610,000 visitors in 2024"
            c.claim.id for c in index.claims.values()
            if isinstance(c.claim.value, NumberValue) and _ANNUAL_STATEMENT.search(c.claim.statement) and not _MONTH_STATEMENT.search(c.claim.statement)
        )
        self._edition_claims = frozenset(
            c.claim.id
            for c in index.claims.values()
            if self._edition_year
            and (_is_event_claim(c) or (isinstance(c.claim.value, NumberValue) and self._edition_year in _editions_named(c.claim.statement)))
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
        # the event names the statements of claims about an event give ("the 2025 National Brass Band Championship Final")
        self._stated_events = frozenset(stated_event_names([c.claim.statement for c in index.claims.values() if _is_event_claim(c)]))
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
                | self._stated_events
                | {  # the place the event is in: "the Cartagena summit" is the claims' own
                    " " + " ".join(phrase_words(text)) + " "
                    for c in index.claims.values()
                    if isinstance(c.claim.value, TextValue) and c.claim.value.kind == "place" and _is_event_claim(c)
                    for text in (c.claim.value.text, *c.claim.value.aliases)
                }
            )
        )
        # (less a capitalised subject that is one event word, "Marathon": "the Games" names the claims' own
        # event, but "the Rotterdam Marathon" is another one)
        self._specific_names = tuple(p for p in self._own_names if not _generic(p.split()))
        self._specific_event_names = tuple(p for p in self._own_event_names if not _generic(p.split()))
        self._variants = {
            c.claim.id: variant_pattern(c.claim.value)
            for c in index.claims.values()
            if isinstance(c.claim.value, TextValue)
        }
        self._subject_phrases = {c.claim.id: frozenset(p.lower() for p in c.claim.subject) for c in index.claims.values()}
        self._table_rows: tuple[list[int], list[int]] = ([], [])  # see matches()
        self._table_cells: tuple[Cell, ...] = ()
        self.written: int | None = None  # the year the text being read says it was written in (see written_year)
        self._own_heads: frozenset[tuple[tuple[int, int], ...]] | None = None  # see FigureRules._beside_own_row
        self._own_columns: tuple[frozenset[tuple[tuple[int, int], ...]], frozenset[tuple[int, int]]] | None = None  # see _in_others_column
        self._header_years: dict[tuple[int, int], set[int]] | None = None  # see Matcher._earlier_years_column
        self._part_rows: frozenset[tuple[int, int]] = frozenset()  # see matches()
        self.read = ""  # the text the last call of matches() read, re-cased where capitals run (see matches())
        # Claims of a settled fact (not a plan or forecast): a forecast or guess states none of them.
        self._settled = frozenset(c.claim.id for c in index.claims.values() if not _PLANNED.search(c.claim.statement))
        # Per claim of a venue: its known wrong values ("Crown Gardens", a wrong ground), which no claim of a
        # place that is no venue (a city) takes where the venue's subject stands too: a venue need not be in
        # another city (but a wrong city is a wrong venue).
        self._venue_wrongs = {
            c.claim.id: variant_pattern(TextValue(c.claim.value.wrong[0], c.claim.value.wrong[1:], (), "place"))
            for c in index.claims.values()
            if isinstance(c.claim.value, TextValue) and c.claim.value.kind == "place" and c.claim.value.wrong
            and _VENUE_NAME.search(c.claim.value.text)
        }
        self._facility_claims = frozenset(  # place claims a facility may state: a venue, a site ("Brackenridge Farm")
            c.claim.id for c in index.claims.values()
            if isinstance(c.claim.value, TextValue) and c.claim.value.kind == "place" and (
                not FACILITIES.isdisjoint(normalize(w) for v in (c.claim.value.text, *c.claim.value.aliases, *c.claim.value.wrong) for w in v.split())
                or _VENUE_NAME.search(c.claim.value.text) or not _SITE_WORDS.isdisjoint(w for words in c.subjects for w in words)
            )
        )
        self._venues = frozenset(
            c.claim.id for c in index.claims.values() if isinstance(c.claim.value, TextValue) and _VENUE_NAME.search(c.claim.value.text)
        )
        # Per place claim: the other text claims' own values ("Marram Park", the venue, is no wrong host town).
        self._stated_names = stated_names([c.claim for c in index.claims.values()])  # "Northmarch Book Fair"
        self._all_values = all_values([c.claim for c in index.claims.values()])  # one pattern, built once
        self._own_values = {  # each text claim's own value, aliases and known wrong values, lower-cased
            c.claim.id: frozenset(v.lower() for v in (c.claim.value.text, *c.claim.value.aliases, *c.claim.value.wrong))
            for c in index.claims.values()
            if isinstance(c.claim.value, TextValue)
        }

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
        if self._names_own_event(words):
            return True
        event = next((j for j, t in enumerate(words) if t.norm in EVENT_WORDS), None)  # the own name before it: "the
        return event is not None and any(" " + t.norm + " " in self._own_names for t in words[:event])  # two-day Shanghai
        # conference" (not "a two-day forum in Shanghai on algorithmic trading")

    def _not_own(self, names: list[str]) -> bool:
        """Whether one of the event ``names`` is another event: it holds none of the claims' own names,
        or it is a body's event that holds only a place of theirs ("the Shanghai Cooperation
        Organization Summit"; not "the Shanghai summit", "WAIC Shanghai", "Shanghai World Expo")."""
        return any(not self._is_own(name) for name in names)

    def _is_own(self, name: str) -> bool:
        """Whether an event's name (joined normalised words) is the claims' own event (see _not_own)."""
        own = self._specific_names
        if not any(phrase in name or name in phrase for phrase in own):
            return False
        if any(name in phrase for phrase in own) or any(phrase in name for phrase in self._specific_event_names):
            return True
        words = name.split()  # (a name with two words of its own is another's: "the Shanghai International Film Festival")
        own_words = {w for phrase in own for w in phrase.split()}
        extra = [w for w in words if w not in own_words and w not in self._claim_words and w not in EVENT_WORDS]
        return _BODIES.isdisjoint(words) and len(extra) < 2

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
        ("The World Robot Conference opened ... . Some 50 makers exhibited. This year's theme was ...").
        A claim's own subject of two words or more is none of them ("The NBV press conference was held in X")."""
        if not any(h.claim in self._events for h in hits):
            return []
        others = self._events_around(hits, sentence, scope, previous, text)
        if not others:
            return others
        own = {f" {' '.join(words)} " for h in hits for words in self.index.claims[h.claim].subjects if len(words) > 1}
        named = {w for h in hits for w in self._named_in[h.claim]}  # "FIT's special congress" for a claim about FIT's
        return [
            name for name in others if name not in own and f" {name} " not in own and not (named and name.split()[0] in named)
        ]  # (two words or more: not "exhibition")

    def _events_around(
        self, hits: list[SubjectHit], sentence: list[Token], scope: list[Token] | None, previous: Previous, text: str
    ) -> list[str]:
        """:meth:`_other_events` before the claims' own subjects are taken out."""
        clause = _without_asides_in_brackets(scope or sentence, text, {sentence[h.first].start for h in hits if h.first < len(sentence)})
        others = self._events_named(clause)
        if others or self._names_own_event(clause):
            return others
        if scope is not None:
            if self._names_own_event(sentence):
                return self._side_events(sentence)  # "14 countries attended a briefing on the sidelines of the conference"
            others = self._events_named(_without_comparisons(sentence, text))  # (not "..., more than Bletchley ever managed")
            if others:
                return others
        before = previous() if callable(previous) else previous
        if before:
            if self._names_own_event(before):  # another edition of it: "WAIC 2020 was held online. More than 200 exhibitors ..."
                this_year = " this year " in joined_norms(clause)  # (not "WAIC 2023 had 400 exhibitors. This year's ...")
                return [" another edition "] if self._names_other_edition(before) and not this_year else []
            others = self._events_named(before)
            if others and set(others) == {"side event"} and _definite_event(clause):
                return []  # "On the margins of the conference, at a roundtable ... . The conference brought together ..."
            if others:
                return others
        topic = self._topic_before(text, sentence[0].start) if sentence else []
        if topic and topic[0].endswith(" edition ") and (
            " this year " in joined_norms(clause) or (self._edition_year is not None and f" {self._edition_year} " in joined_norms(clause))
        ):
            return []  # "WAIC 2023 had 400 exhibitors. ... This year's exhibition featured 30 large language models"
            # ("... the 2024 edition ran from 4 to 6 July. The 2025 conference opened on 27 July": 2025's)
        return topic

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
            words = tokenize(window, *m.span())
            if all(t.norm in _CALENDAR_WORDS or t.norm in _WEEKDAY_ABBREVIATIONS for t in words[:-1]):
                continue  # "MON 28 JUL  Show day 3": a schedule's day, not an event's name
            if m.end() > own and self._not_own([joined_norms(words)]):
                other = m.span()
        named = _LOWER_EVENT_WORD.search(window) or "COP" in window or any(name in window for name in KNOWN_EVENTS)  # (a cheap first look)
        for found in _NAMED_WITHOUT_CAPITALS.finditer(window) if named else ():  # "the BRICS summit", "At CES, ..."
            if found.end() <= max(own, other[1] if other else -1):
                continue
            name = found.group(1) or found.group(2)
            if found.group(2) or (name.lower() not in _GENERIC_ACRONYMS and self._not_own([name.lower()])):
                other = found.span()
        return [joined_norms(tokenize(window, *other))] if other is not None else []

    def _other_year_of(self, tokens: list[Token], claim_id: str | None = None) -> bool:
        """Whether ``tokens`` name a year other than the edition's and those the claims give (and,
        with ``claim_id``, those that claim's statement names)."""
        own = self._own_years | self._stated_years[claim_id] if claim_id is not None else self._own_years
        return _other_year(tokens, self._edition_year, own)

    def _opened_by_other_year(self, tokens: list[Token], claim_id: str) -> bool:
        """Whether the sentence opens with "The YEAR ..." (or a name of a year: "The Water Act of 1998 ...") for a year
        that is not the edition's, nor one that the claims' dates fall in or the claim's statement names ("The 1994
        outbreak" beside "largest since 1994")."""
        if len(tokens) < 3 or tokens[0].norm != "the":
            return False
        named = next((k for k in range(2, min(len(tokens) - 1, 6)) if tokens[k].norm == "of" and _is_year(tokens[k + 1])), 0)
        if named and all(t.raw[:1].isupper() for t in tokens[1:named]):
            year = int(tokens[named + 1].raw)  # "The Water Act of 1998 saw 64 amendments tabled": that act's
        elif _is_year(tokens[1]):
            year = int(tokens[1].raw)
        else:
            return False
        return year != self._edition_year and year not in self._date_years and year not in self._stated_years[claim_id]

    def _named_for_other_year(self, tokens: list[Token], hit: SubjectHit, text: str) -> bool:
        """Whether the subject follows "the YEAR", or its sentence is a timeline's entry for a year ("1931 – Gannet
        Spit: ..."), for a year that none of the claims gives, in a statement, a date or a value ("Only the 1931
        stranding at Gannet Spit ...": that stranding's place, not the claims')."""
        k = hit.first
        j = _year_named_before(tokens, k)  # "the 2025 edition", "the 2014 parade crowd", "the 1977 Corliss Junction explosion"
        if j:
            year = int(tokens[j].raw)
        elif k > 1 and _is_year(tokens[0]) and _TIMELINE_GAP.fullmatch(text, tokens[0].end, tokens[1].start):
            year = int(tokens[0].raw)
        else:
            return False
        return self._another_years(year)

    def _another_years(self, year: int) -> bool:
        """Whether ``year`` (1700 to 2099) is none the claims name, state or give, nor their edition's."""
        return 1700 <= year <= 2099 and year != self._edition_year and year not in self._named_years

    def _another_edition(self, scope: list[Token] | None, sentence: list[Token], text: str, claim_id: str | None = None) -> bool:
        """Whether the value's clause names another year than the edition's, or names none (nor "this
        year") while its sentence does: "WAIC 2023 in Shanghai; over 30 large language models exhibited"."""
        clause = scope or sentence
        if self._other_year_of(clause, claim_id):
            return True
        if self.written not in (None, self._edition_year) and " this year " in joined_norms(clause):
            return True  # in a piece written in 2026, "This year's exhibition lists 1,150 exhibitors" is 2026's
        if scope and scope[0].norm in ("which", "who") and scope[0] in sentence:
            at = sentence.index(scope[0])  # "Compared with the 2024 WAIC, which had more than 500 exhibitors": 2024's
            if self._other_year_of(sentence[:at], claim_id) and not any(_is_year(t) for t in scope):
                return True
        if scope is None or any(_is_year(t) for t in clause) or " this year " in joined_norms(clause):
            return False
        return self._other_year_of(_without_comparisons(sentence, text), claim_id)  # (not "40% more than in 2023")

    def _opened_by_another(self, tokens: list[Token], hit: SubjectHit, text: str) -> bool:
        """Whether the sentence opens with the capitalised possessive of a name, or with an organisation's
        name, that none of the claims gives, nor its stem: its figures are that one's ("Maravia's Treasury
        sold EUR 3.0bn of a 10-year bond ...; bid-to-cover 1.9, 48 bidders", "Lakeshore Dairy Co. of
        Holland, Mich., on Nov. 19 recalled 12 lots"; not "Kestria's debt office sold ..." beside claims of
        the "Kestrian Debt Management Agency", nor "Saturday's vote", nor when it names one of the claims'
        names too)."""
        start, end = _opening_owner(tokens)
        if end == 0 or hit.first < end:
            return False
        words = [t.norm for t in tokens[start:end]]
        if words[0] in self._owners or words[0] in _WEEKDAY_OWNERS or words[0] in _CALENDAR_WORDS or words[0] in _DETERMINERS:
            return False
        if any(t.norm in self._own_name_words and t.raw[:1].isupper() for t in tokens[end:]):
            return False  # "Huawei's team said WAIC had 90 humanoid robots": a source on the claims' own
        if ":" in text[tokens[end - 1].end : tokens[min(hit.first, end - 1 + OPENER_REACH)].start] or any(
            t.norm in _REPORTING for t in tokens[end : end + OPENER_REACH]
        ):
            return False  # "Secretary's note: 30 models ...", "Lloyd's List estimated that ...": a label, a source
        return not any(w.startswith(word) or word.startswith(w) for word in words for w in self._own_name_words if len(w) > 3)

    def _claim_uses(self, claim_id: str, tokens: list[Token], k: int) -> bool:
        """Whether a claim's statement or ``require`` terms use the word at token ``k`` ("outgoing" for
        "Tomas Brekke ... is the outgoing prime minister"; "evacuated" for a claim requiring "evacuat*")."""
        compiled = self.index.claims[claim_id]
        return re.search(rf"\b{re.escape(tokens[k].norm)}\b", compiled.claim.statement, re.IGNORECASE) is not None or any(
            term.occurs_in(tokens[k : k + 1]) for term in compiled.require
        )

    def _another_of_its_kind(self, tokens: list[Token], hit: SubjectHit) -> bool:
        """Whether the sentence speaks of another thing of the claim's kind: "a" or "an", then "separate",
        "different", "unrelated", "earlier" or "similar" (a year may follow), then a word of the claim's
        subject or ``require`` terms ("In a separate 2014 outbreak ..., eight people were sickened")."""
        if _ANOTHER_KIND.isdisjoint(t.norm for t in tokens):
            return False  # (most sentences: a cheap first look)
        compiled = self.index.claims[hit.claim]  # (``tokens``: the value's clause, without a comparison)
        for k in range(1, len(tokens) - 1):
            if tokens[k].norm not in _ANOTHER_KIND or tokens[k - 1].norm not in ("a", "an"):
                continue
            j = k + 2 if _is_year(tokens[k + 1]) and k + 2 < len(tokens) else k + 1
            if tokens[j].norm in self._subject_words[hit.claim] or any(term.occurs_in(tokens[j : j + 1]) for term in compiled.require):
                return True
        return False

    def _opposite_kind(self, tokens: list[Token], hit: SubjectHit) -> bool:
        """Whether the word before the subject, or its first word, is the opposite of a word of the claim's statement
        ("Minor radius 0.95 m" for a claim of the major radius; "the child ticket" for one of the adult ticket)."""
        words = [tokens[k].norm for k in (hit.first - 1, hit.first) if k >= 0 and tokens[k].norm in _OPPOSITES]
        if not words:
            return False  # (most subjects: a cheap first look)
        stated = _statement_words(self.index.claims[hit.claim].claim.statement)
        return any(word not in stated and not stated.isdisjoint(_OPPOSITES[word]) for word in words)

    def _of_a_subunit(self, tokens: list[Token], hit: SubjectHit) -> bool:
        """Whether the subject is one unit's of a larger body that none of the claims' words name: "Branch turnout
        76%", "Hospitals affected in our branch area 3"."""
        k = hit.first - 1
        if k >= 0 and tokens[k].norm in SUBUNITS and tokens[k].norm not in self._claim_words:
            return not (k > 0 and tokens[k - 1].norm in ("each", "every", "per", "a"))  # (not "per branch")
        after = tokens[hit.last + 1 : hit.last + 4]
        return any(
            a.norm in ("in", "of", "at") and b.norm in ("our", "this") and c.norm in SUBUNITS and c.norm not in self._claim_words
            for a, b, c in zip(after, after[1:], after[2:])
        )

    def _possessed_by_another(self, tokens: list[Token], hit: SubjectHit) -> bool:
        """Whether a capitalised possessive that names none of the claims' words owns the subject:
        "Lakeport's cut-off", "Boston's prize purse" (not "China's action plan", "WAIC's theme",
        "WAIC 2025's theme")."""
        k = hit.first - 1
        words = self._subject_words[hit.claim]  # ("prize" before "purse")
        while k >= 0 and hit.first - k <= 3 and (tokens[k].norm in _ATTRIBUTES or _is_year(tokens[k]) or tokens[k].norm in words):
            k -= 1
        if k >= 1 and _is_number(tokens[k - 1]) and tokens[k - 1].end + 1 == tokens[k].start:
            k -= 2  # past a hyphenated measure: "Pudong's seven-point plan"
        word = tokens[k] if k >= 0 else None
        if self._its_another(tokens, hit):
            return True  # "Lumora published its five-point plan": Lumora's
        if " own " in joined_norms(tokens) and any(
            tokens[j].norm == "own" and tokens[j - 1].norm in ("its", "their", "his", "her") and not self._own_doer(tokens[: j - 1], hit)
            for j in range(max(1, hit.first - 5), hit.first)
        ):
            return True  # "Malaysia is drafting its own 20-point AI action plan": another's (not "The Trump administration
            # unveiled its own AI Action Plan", when the plan is the Trump administration's)
        if word is None or not possessive(word) or not word.raw[:1].isupper():
            return False  # (a common noun's, "the French president's special envoy", may well be the claim's)
        if word.norm in _WEEKDAY_OWNERS:  # "Saturday's vote" is the vote; "Saturday's races" are other races
            return _plural_as_written(tokens[hit.last])
        return word.norm not in self._owners and word.norm not in self._named_in[hit.claim]

    def _stamped(self, text: str, start: int) -> bool:
        """Whether the date at ``start`` says when the text was written or changed ("Updated 30 July
        2025:", "Posted · 3 August 2025"): not when the stamp's verb is a date claim's subject
        ("The paper was published on 14 September" for a claim of when the paper was published)."""
        stamp = _STAMP_BEFORE.search(text, max(0, start - 60), start)
        if stamp is None:
            return False
        if stamp.group()[:1] in "·•|":
            return True  # a field of a byline or a document's header, whatever its verb
        word = _FIRST_WORD.search(stamp.group())
        if word is not None and word.group().lower() in self._dated_words:
            return False
        owned = word is not None and word.group().lower() in _OWNED_STAMPS
        owner = _PARTICIPLE_OWNER.search(text, max(0, stamp.start() - 40), stamp.start()) if owned else None
        return owner is None or normalize(owner.group(1).lower()) not in self._dated_words  # "Trump's AI Action Plan, published on July 21": the plan's day

    def _own_doer(self, before: list[Token], hit: SubjectHit) -> bool:
        """Whether the words before "its own" name one of the claim's ``require`` terms: the doer is the claim's."""
        return self.index.required_in(hit.claim, before) and self.index.claims[hit.claim].required is not None

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

    def _done_by_another(self, tokens: list[Token], hit: SubjectHit, text: str, counted: int = -1, value_at: int = -1) -> bool:
        """Whether a subject that is a verb ("founded", "closes", "hosted") has for its doer a name of
        two capitalised words or more that holds none of the claims' words, nor the names its own
        statement gives: "Team Riverside Cancer Care was founded in 2003", "Riverside Drive closes for ten hours" (their dates and hours). Up to
        token ``counted``, the words are a count's own figure and noun ("Four people died",
        "eighty advanced devices"), never another doer. A participle whose object is the value at token
        ``value_at`` is the sentence's verb ("The telethon raised £13.9 million"), not a noun's."""
        first = tokens[hit.first]
        if first.raw.islower() and first.norm.endswith("ing") and self._someone_elses_aside(tokens, hit, text):
            return True  # "Ma Zhaoxu, speaking to reporters on Sunday, said ...": Ma's speaking
        participle = first.norm.endswith("ed") or first.norm in _IRREGULAR_PARTICIPLES
        if first.raw in _OPENING_VERBS:  # "the Christmas market opens on Friday, 12 December": the market's day
            if hit.first > 2 and self._named_thing(tokens[hit.first - 2], tokens[hit.first - 1], hit.claim):
                return True
            noun = tokens[hit.first - 1] if hit.first > 0 else None  # "Consultation opens on 1 July": the consultation's day
            return noun is not None and noun.raw.isalpha() and noun.norm not in self._owners and (
                noun.norm not in _NOT_DOERS and noun.norm not in _OPENING_PRONOUNS and noun.norm not in _OPENING_PLACES
                and noun.norm not in FACILITIES and noun.norm not in _SITE_WORDS and not noun.raw.endswith("ly")
            )  # (not a place the claim's thing may be: "The resort opens on Friday")
        if not (first.raw.islower() and (participle or first.norm in _VERBS or first.raw.endswith("es"))):
            return False
        phrasal = hit.last > hit.first and tokens[hit.first + 1].norm in _PARTICLES  # "lifted off": a verb, not a passive
        if participle and hit.first > counted + 1 and not phrasal and value_at != hit.last + 1:  # "a meeting held on Tuesday 28 October": the meeting's day
            noun = tokens[hit.first - 1]
            if noun.raw.isalpha() and noun.raw.islower() and noun.norm not in self._owners and noun.norm not in _NOT_DOERS and not noun.raw.endswith("ly"):
                return True
            if hit.first > 1 and noun.raw.isalpha() and noun.raw.islower() and tokens[hit.first - 2].norm in ("a", "an"):
                return True  # "Northgate is an organisation headquartered in Shenzhen": one, not the claims' own
        k = hit.first
        while k > 0 and tokens[k - 1].norm in _AUXILIARIES:
            k -= 1
        if participle and k < hit.first and k > 0 and tokens[k - 1].norm in _MODALS:
            k -= 1  # "will be held"
        passive = any(t.norm in _BE_FORMS for t in tokens[k : hit.first])
        if participle and passive and not phrasal and k > 0 and self._other_occasion(tokens[k - 1]):
            return True  # "The members' dinner was held on 20 July", "The Society's AGM will be held on ...": theirs
        name = tokens[_name_start(tokens, k, adjacent=True) : k]
        while name and name[0].norm in _FUNCTION_OPENERS:
            name = name[1:]  # "When Norvanians voted on 20 September": "When" opens the clause, no name
        if sum(t.raw[1:].islower() for t in name) < 2 or name[-1].norm in _ROLES:
            return False  # (a role is no other body: "The Cabinet Secretary signed the pact on 19 November")
        return not any(t.norm in self._owners or t.norm in self._named_in[hit.claim] for t in name) and not self._stated_doer(text, name, first.norm)
        # (not "Beacon Night raised ...", nor "Helen Marchbank founded the Friends ... in 2009" for a claim that she founded it)

    def _other_occasion(self, noun: Token) -> bool:
        """Whether a word before a passive verb is an occasion of none of the claims ("dinner", "AGM"), so that what the
        verb says is done to it ("The members' dinner was held on 20 July"), not to the claims' thing."""
        return noun.norm in _OTHER_OCCASIONS and noun.norm not in self._owners and noun.norm not in self._own_name_words

    def _stated_doer(self, text: str, name: list[Token], verb: str) -> bool:
        """Whether a name is the value of a text claim whose statement does what ``verb`` says: "Helen Marchbank
        founded ..." for a claim "Helen Marchbank founded the Friends of Priory Fields Lido" (not "Magnus Berglund
        presented the laureates at a press conference" for a claim that he is the Permanent Secretary)."""
        start, end = name[0].start, name[-1].end
        stem = _past_stem(verb)
        return any(
            stem in self.index.claims[claim_id].claim.statement.lower() and variants.fullmatch(text, start, end) is not None
            for claim_id, variants in self._variants.items()
        )

    def _named_thing(self, modifier: Token, noun: Token, claim_id: str) -> bool:
        """Whether a capitalised word and a lower-case noun name a thing that none of the claims' words, nor the
        names the claim's statement gives, are ("Christmas market"; not "Halvard Ridge resort" nor "WAIC venue")."""
        return (
            modifier.raw[:1].isupper() and modifier.raw[1:].islower() and modifier.norm not in self._owners
            and modifier.norm not in self._named_in[claim_id] and modifier.norm not in self._own_name_words
            and noun.raw.isalpha() and noun.raw.islower() and noun.norm not in self._owners and noun.norm not in _NOT_DOERS
        )

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
        return self._other_year_of(tokens) and not any(_is_year(t) and int(t.raw) == year for t in tokens)

    def _names_own_event(self, tokens: list[Token]) -> bool:
        """Whether ``tokens`` name the claims' own event ("WAIC", "the World AI Conference")."""
        words = joined_norms(tokens)
        return any(name in words for name in self._own_event_names)


def _definite_event(tokens: list[Token]) -> bool:
    """Whether ``tokens`` speak of "the conference" (the, then a lowercase event word)."""
    return any(
        t.norm in EVENT_WORDS and t.raw.islower() and k > 0 and tokens[k - 1].norm == "the" for k, t in enumerate(tokens)
    )
