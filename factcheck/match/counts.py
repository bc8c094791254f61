"""Figures: which claim a count or measure states."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import replace
from fractions import Fraction
from functools import lru_cache
from typing import Callable, Container

from ..entities import possessive
from ..extract.dates import MONTHS
from ..extract.words import ORDINALS
from ..index import CompiledClaim, Previous, SubjectHit, Tokens
from ..judge import DAYS_PER_UNIT, in_days
from ..model import (
    Claim,
    DateMention,
    DateValue,
    NumberKind,
    NumberMention,
    NumberValue,
    PartialDate,
    Qualifier,
)
from ..extract.words import UNITS, parse_number_words
from ..text import CASED_UNITS, REFERENCE_MARK, UNIT_ALIASES, Token, per_key, joined, normalize, singular, token_at, tokenize, unit_key
from ..units import SCALES, convert, convertible
from .cells import TOTAL_LABEL, _cells_of, _with_header, cell_at
from .clauses import _asides, _clause_around, _verb_like
from .counted import (
    _AVERAGES,
    _phrase_after,
    BRACKET_REACH,
    _bracket_after_figure,
    _RANGE_SEP,
    RATE_STATED,
    _alone_after,
    _capacity_for,
    _changed_from,
    _in_brackets_after_name,
    _in_breakdown,
    _is_answer,
    _is_section_number,
    _named_year,
    _narrowed,
    _new_figure,
    _new_of_change,
    _object_of,
    _of_that,
    _of_which,
    _old_figure,
    _ordinal_of_a_noun,
    _part_of_one,
    _pool,
    _statement_words,
)
from .doubt import GOAL_REACH, _chunk_before, _doubted, _habitual, _hypothetical, _is_goal
from .names import _ORG_WORDS, _company_name_at
from .scope import (
    SUBUNITS,
    _AUXILIARIES,
    _CALENDAR_WORDS,
    _IRREGULAR_PARTICIPLES,
    _REPORTING,
    _STAMP_BEFORE,
    _TIME_OWNERS,
    rate_in,
)
from .sentences import _own
from .subjects import Match, SubjectFinder, _scale_ratio
from .words import (
    COMPARATIVE_AFTER,
    PART_LABELS,
    _plural_as_written,
    _CHANGE_VERBS,
    _CLAUSE_OPENERS,
    _COPULAS,
    _DETERMINERS,
    _MODALS,
    _NOT_COMPANIES,
    _PERIOD,
    _STOP,
    _TIME_OFFSET,
    EVENT_WORDS,
    _first_token_at,
    _in_unit,
    _is_number,
    _is_unit_claim,
    _is_year,
    _number,
    _token_start,
    _word_before,
)

COUNT_WINDOW = 4  # words between a figure and the noun it counts, at most
KIN_SCALE = 2  # how many times off a figure restated from another unit may be from a claim's figure and still be of it
MEASURE_WINDOW = 8  # words between a hyphenated measure and the noun it measures, at most
LOOK_BACK = 6  # words between a subject and a figure stated after it, at most
def _part_opening(tokens: list[Token], k0: int, text: str) -> bool:
    """Whether the sentence opens with a part of the site the figure at token ``k0`` is in: "In the
    "trusted AI" zone of the exhibition, 11 devices"."""
    if k0 < 2 or tokens[0].norm not in ("in", "at", "inside"):
        return False
    comma = next((j for j in range(1, k0 + 1) if "," in text[tokens[j - 1].end : tokens[j].start]), 0)
    return any(t.norm in _PARTS_OF_A_SITE for t in tokens[1:comma])


def _claim_word(claim: CompiledClaim, word: str) -> bool:
    """Whether ``word`` (normalised) is one of the claim's subject or ``require`` words."""
    return any(word in words for words in claim.subjects) or any(word in term.words for term in claim.require)


def _owned_by_a_part(word: Token) -> bool:
    """Whether a lower-case possessive right before a count may name a part that owns it: "the school's
    18 teachers", "the club's 312 members" (not "the conference's", "the country's", "this year's")."""
    return word.raw[:1].islower() and possessive(word) and word.norm not in EVENT_WORDS and word.norm not in _TIME_OWNERS


_PLURAL_AFTER = re.compile(r"[ \t]+[a-z]+s\b")
_UNIT_PLURAL_AFTER = re.compile(r"[ \t]*-?[A-Za-z]+[ \t]+[a-z]+s\b")  # (a unit the matcher reads after the figure: "500 MW sets")


def _each_of_a_count(before: Token, value: NumberMention, text: str) -> bool:
    """Whether a measure stands between a count and a plural noun: "four 500 MW sets", "two 50-metre pools" (each one's)."""
    count = before.norm in _SMALL_COUNTS or (before.raw.isascii() and before.raw.isdigit() and 1 < int(before.raw) < 100)
    return count and text[before.end : value.start] == " " and (_UNIT_PLURAL_AFTER if value.unit is None else _PLURAL_AFTER).match(text, value.end) is not None


_SMALL_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
SMALL_GUESS = 10  # "two or three", "five or six": a guess at a few, up to this
_SMALL_WORD = r"(?:[1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)"
_OR_SMALL_AFTER = re.compile(r"\s+or\s+" + _SMALL_WORD + r"\b", re.IGNORECASE)
_SMALL_OR_BEFORE = re.compile(r"\b" + _SMALL_WORD + r"\s+or\s+\Z", re.IGNORECASE)
_DAY_LABEL_BEFORE = re.compile(r"\bday\s+\Z")  # "day three": a day's number (capitalised "Day 3": see _IDENTIFIER)
_LABEL_END = re.compile(r"\s*(?:[,:;.)\]]|$|\s+of\s)", re.MULTILINE)
# A count's region named after it: "schools in the Dublin area", "firms in the Pudong district".
def _threshold_of_a_noun(tokens: list[Token], k0: int, value: NumberMention, text: str) -> bool:
    """Whether "over N" or "under N" follows a plural noun at once, with no noun of its own: "Rowers over
    70", "children under 5" (an age or a threshold of the noun's, not how many there are)."""
    if value.qualifier not in (Qualifier.OVER, Qualifier.UNDER) or k0 == 0 or not value.text[:1].isalpha():
        return False
    noun = tokens[k0 - 1]
    return text[noun.end : value.start] == " " and noun.raw.isalpha() and noun.norm != noun.raw.lower()  # (a plural: "rowers")


_PER_NUMBER_AFTER = re.compile(r"[ \t]+(?:per|for every|in every)[ \t]+(?:\d[\d,.]*|hundred|thousand|million|100k)\b", re.IGNORECASE)
_VOTES_TO_AFTER = re.compile(r"[ \t]+votes?[ \t]+to[ \t]+\d")  # "187 votes to 142"
_VOTES_TO_BEFORE = re.compile(r"\bvotes?[ \t]+to[ \t]+\Z", re.IGNORECASE)
_ATTENDEES = frozenset("participants attendees delegates visitors guests delegations".split())
_GROUP_LABEL_BEFORE = re.compile(r"\b(herd|flock|pack|troop|colony|pod|litter|family|cohort|brood|squad)s?[ \t]*:[ \t]*\Z", re.IGNORECASE)
_SUPERLATIVE_AGE = re.compile(r"\b(?:oldest|youngest|eldest)\b[^.;:!?]{0,60}\Z")
_SUPERLATIVE_AGE_AFTER = re.compile(r",?\s+(?:the\s+)?(?:oldest|youngest|eldest)\b")
_EMPLOYS = frozenset("employ employs employed employing".split())  # (normalised)
_MONTH_AFTER_ORDINAL = re.compile(
    r"\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", re.IGNORECASE
)
_COUNTDOWN_BEFORE = re.compile(r"\bT[ -]?minus[ \t]+\Z|\bT-\Z", re.IGNORECASE)
_TURNING = frozenset("turn turns turned turning".split())  # "turns 21": an age
_AGAINST_AFTER = re.compile(r"[ \t]+against\b")  # "and 142 against"
_VOTING = re.compile(r"\bvot(?:e|ed|es|ing)\b[^.;]*\b(?:in[ \t]+favou?r|for)\b", re.IGNORECASE)  # "voted in favour and ..."
_NOW_BEFORE = re.compile(r"\b(?:now|currently|at present|today)[ \t]+(?:at[ \t]+)?\Z", re.IGNORECASE)
_TO_FIGURE_AFTER = re.compile(r"\b(?:to|will be)[ \t]+(?:about[ \t]+|around[ \t]+)?(?:[€$£¥]|EUR|USD|GBP)?[ \t]*\d")
_CHANGE_WORDS = (_CHANGE_VERBS - {"up", "down", "went"}) | frozenset(
    "raise raising rising increasing cutting lower lowering reduce reducing lift lifting lifted push pushed pushing".split()
)
CHANGE_REACH = 8  # words between a change's word (as normalised: "raises" is "raise") and "from"


def _changed_before(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a word of change stands a few words before a range that opens with "from": the change's old and new figures."""
    k = _first_token_at(tokens, value.start)
    return any(t.norm in _CHANGE_WORDS for t in tokens[max(0, k - CHANGE_REACH) : k])


_NUMBERED_BEFORE = re.compile(  # "discs 1–237", "pages 1-40", "Nos. 1 to 12": things numbered
    r"(?:\b(?:pages|pp\.|discs|disks|tags|items|rows|lines|slides|seats|rooms|lots|bays|stands|booths|lanes|gates|platforms|chapters|sections"
    r"|paragraphs|clauses|articles|tables|figures|questions|episodes|levels|floors|halls|berths|piers|plots|files|samples|nos\.|numbers)|#)[ \t]+\Z",
    re.IGNORECASE,
)
_LABEL_PREPOSITIONS = frozenset("in on at to from after before until till by of during into".split())  # "in round 16"


def _one_more(value: NumberMention) -> NumberMention:
    """A count of exactly "N other" things with the one they are set against: N + 1 ("more than 800 others"
    stays "more than 800": the one more is in its rounding)."""
    high = value.high + 1 if value.high is not None else None
    return replace(value, value=value.value + 1, high=high)


_STILL_IN = re.compile(
    r"\s+(?:still\s+)?remain(?:ed)?\b(?:\s*(?:[.,;:!?)]|$)|\s+(?:from|at\s+sea|standing|unbeaten|in\s+(?:the\s+(?:race|running|competition|field|hunt)|contention)\b))"
)  # "eleven spellers remain from a field of 234", "36 crews remain at sea": those left, a part
_IN_AREA = re.compile(r"\s+in\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:area|region|district|county|suburbs|province|borough|metro\s+area)\b")
_TAKING = frozenset("took takes take needed needs need required requires".split())
_ONE_DOERS = frozenset("member exhibitor company firm startup start-up maker vendor delegation team".split())
# Words of a unit of measure (not "in", nor a single letter): "16 oz rounds" measures the rounds, counts none.
_UNIT_WORDS = frozenset(w for w in (*UNIT_ALIASES, *UNIT_ALIASES.values()) if len(w) > 1 and w != "in" and " " not in w)
_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|(?:have|has|had)(?:\s+been)?)\s+[a-z]+ed\b")  # (or a perfect: "and two have died")
_LENGTH_VERBS = frozenset("stretch stretches stretched extend extends extended span spans spanned".split())
_MOTION_VERBS = frozenset(  # a drop, not a length; a walk or drive, not the distance a claim gives
    "fell dropped plunged plummeted sank slid walked hiked drove sailed cycled travelled traveled".split()
)
_OUT_OF_AFTER = re.compile(r"[^.;:!?\d\n]{0,30}?\bout[ \t]+of\b", re.IGNORECASE)  # "178 points (for the winner,) out of a possible 220"
_DIMENSIONS = frozenset("deep high tall wide thick long away".split())  # "25 feet deep": the dimension a measure gives
_DIMENSION_WORDS = {  # a dimension after a measure, and the words of a statement of it: "2 metres deep", "the depth"
    "deep": frozenset({"deep", "depth"}), "high": frozenset({"high", "height", "tall"}), "tall": frozenset({"tall", "height", "high"}),
    "wide": frozenset({"wide", "width"}), "thick": frozenset({"thick", "thickness"}), "long": frozenset({"long", "length"}),
}  # fmt: skip
_ELEVATION_WORDS = frozenset({"elevation", "altitude", "above"})
# A dimension named before a measure ("depth 0.9 m"), and the words of a statement of it.
_DIMENSION_NOUNS = {
    "depth": _DIMENSION_WORDS["deep"], "height": _DIMENSION_WORDS["high"], "width": _DIMENSION_WORDS["wide"],
    "breadth": _DIMENSION_WORDS["wide"], "thickness": _DIMENSION_WORDS["thick"], "length": _DIMENSION_WORDS["long"],
    "elevation": _ELEVATION_WORDS, "altitude": _ELEVATION_WORDS,
}  # fmt: skip
_ALL_DIMENSION_WORDS = frozenset().union(*_DIMENSION_WORDS.values())
_EXTENTS = _DIMENSION_WORDS["long"] | _DIMENSION_WORDS["wide"]  # what "stretched" and "spans" give
_COMPARED_AFTER = re.compile(
    r"(?:longer|shorter|higher|lower|taller|wider|deeper|more|less|bigger|smaller|larger|older|younger)\s+than\b"
    r"|too\s+(?:long|short|high|low|late|early|slow|fast|much|little)\b"
)  # ("40 feet longer than the span it replaces", "at least ten minutes too long": a difference, not the length)
def _participle(token: Token) -> bool:
    """Whether a lower-case word is a past participle: "freed", "shown", "held"."""
    return token.raw.islower() and (token.norm.endswith("ed") or token.norm in _IRREGULAR_PARTICIPLES)


_LABEL_LINKS = frozenset("on at in for of per during from".split())  # a row label's subject, then what it is of
LABEL_LOOK_BACK = 12  # the same, when the figure follows its label's colon
_PART_HEADS = frozenset("category segment section division class type group hall zone pavilion area region district".split())
_CLASSIFIERS = frozenset("unit piece set".split())  # "humanoid robot 50 units": counts the noun before
_MEASURE_STOP = _STOP | _TIME_OFFSET | frozenset(  # the measured noun ends there, or at a common verb
    "the a an during through until ran runs took takes drew draws held opened opens began begins featured "
    "brought attracted saw had run take draw begin".split()  # (tokens are compared normalised: "runs" is "run")
)
_RATE = frozenset("a an per each every".split())
_RUNNING = frozenset("run runs ran running last lasts lasted lasting continue continues continued".split())
_PREPOSITIONS = frozenset("among of in at from with for on by".split())
_LINKING = frozenset("is was are were stood averaged remains remained".split())  # a subject's figure after it
_LENGTH_BEFORE = _RUNNING | frozenset("for of only just span spans spanned spanning took takes take is was be".split())  # "lasted one day"




# Words before a count that make it a selection: "the top 10", "the first 100 visitors", "these 3 robots"
# (a total repeated as "these 800 exhibitors" is missed, never misread).
_SELECTION = frozenset("top first last next these those".split())
_EQUIVALENT_BEFORE = re.compile(r"\b(?:equivalent\s+to|the\s+equivalent\s+of|comparable\s+to|(?:the\s+)?size\s+of)\s+(?:[a-z]+\s+)?\Z")
# The rest of a clause that puts what a count counts in a selection: "... appear in the top 200", "make the top ten".
_IN_THE_TOP_AFTER = re.compile(r"[^.;:,\n]{0,50}?\b(?:in|into|make|made|makes|among)\s+the\s+top[\s-]+(?:\d+|ten|twenty|fifty|hundred)\b")
_ADDED = frozenset("new added adds adding another additional extra further".split())
_POINTING_BACK = frozenset(("Its", "Their"))  # a sentence's first word that points back to the sentence before
_SPAN_NOUNS = frozenset("affair run span duration stretch programme program schedule agenda format window period time".split())
_PART_OF_SPAN = frozenset("first final opening closing remaining best worst busiest fastest slowest".split())
MARGIN_REACH = 16  # words before "by N" that may name what was beaten ("beating the old mark of 44 days (set in 2021) by")
MAX_RANK = 10_000  # "No. N" at or above it is an identifier: "a registered charity (No. 1098341)"
_RECORD_BROKEN = frozenset("record records broke broken breaking smashed bettered improved lowered falls fell".split())
_OFF_AFTER = re.compile(r"\s+off\b")  # "knocked three days off the record", "shaved 2 hours off"
_LENGTHENED = frozenset("extended extend extends lengthen lengthens lengthened prolonged shortened cut reduced delayed postponed".split())
# A claim of a change, by its statement's words: "The approved extension adds 420 metres to the runway" (not "Once
# extended, the runway will be 2,240 metres long").
_EXTENSION_WORDS = frozenset("extension lengthening add adds added addition extra additional".split())
_STAY = frozenset("spent spend spending stayed stay staying waited wait queued travelled traveled".split())


# Words between a figure and its noun that count a part of it: "150 foreign companies".
_GROUPS = frozenset("team club charity group school foreign overseas international domestic local".split())


# A capitalised plural before a list of numbers lists labels: "Routes 5, 22 and 40" (not "| Gates | 40 |", nor "docking
# stations 58": counts).
_LABELS_BEFORE = re.compile(r"\b(?:Routes|Stations|Platforms|Gates|Flights|Runways|Exits|Zones|Terminals|Piers|Lines|Wards)[ \t]\Z")
_LIST_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)\d")
_IDENTIFIER = re.compile(  # "No. 16,200", "#1", "page 17", "Article 12", "(Station 14)", "Section 3", "Flight 418", "row 23"
    # (on the same line or the next, not past a blank line: "# The Halls" over a paragraph opening "900 firms")
    r"(?:\b(?:No|no|Nos|nos|Nr|nr|pp?|[Ff]ig|[Vv]|[Vv]ol|[Pp]aras?|[Ss]ec|[Cc]h|[Ll]l?)\.|§|#|\b(?:No|[Pp]ages?|[Aa]rticles?|[Ss]ections?|[Cc]hapters?|[Ii]ssues?|[Vv]olumes?|Part"
    r"|Stage|Day|Zone|Tent|Pavilion|Round|Heat|Terminal|Pier|Studio|Lot|Block|Floor|[Tt]rack|Court"
    r"|[Aa]nnex|[Aa]ppendix|[Tt]ables?|[Ff]igures?|[Nn]otes?|[Ss]tation|[Pp]latform|[Gg]ate|[Hh]all|[Bb]ooth|[Rr]oom"
    r"|[Cc]lauses?|[Pp]aragraphs?|[Vv]ersions?|[Pp]hase|[Ll]evel|[Ss]teps?|[Ii]tems?|[Rr]ules?|[Ll]ines?|[Ss]lides?"
    r"|[Ff]light|[Rr]ows?|[Ss]eats?|[Rr]unway|[Rr]oute|[Hh]ighway|Interstate|[Ee]xit|[Ee]pisodes?|[Ss]easons?"
    r"|Gallery|Galleries|Wing|Bay|Dock|Ward|Rooms|Halls|Stages|Game|Games|Match|Leg|Week|Class|Unit|Model|Type|Mark|Mk))[ \t]*(?:\n[ \t]*)?(?:\d{1,3}[A-Za-z]?(?:,\s*|\s+and\s+|\s*&\s*))*\Z"
)
_VERSION = re.compile(r"\d{1,2}\.0")  # "4.0", "3.0": a version where a count is read
_SMALL = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a hundred)"
_RATIO_AFTER = re.compile(r"\s+(?:in|out\s+of)\s+" + _SMALL + r"\b(?!\s*%)", re.IGNORECASE)
_LEGEND_BEFORE = re.compile(r"\(\s*[A-Z][\w .-]{0,20}=\s*\Z")
_LEAD_BEFORE = re.compile(r"\b(?:by|(?:margin|lead|majority|gap)\s+of)\s+(?:[a-z]+\s+){0,2}\Z")  # "by a margin of", "by nearly"
# A beginning at an age: "started surfing at the age of nine", "took up the sport at age 12".
_STARTED_AT_AGE = re.compile(
    r"\b(?:start(?:ed|s)?|beg[au]n|begins|learn(?:ed|t|s)?|took\s+up|takes\s+up|first)\b[^.;:]{0,40}\bat\s+(?:the\s+)?age\s+(?:of\s+)?\Z"
)
_AHEAD_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:ahead|clear)\s+of\b|(?:\s+[a-z]+)?\s+behind(?:\s+(?!schedule\b)[A-Za-z]|\s*[.;]|\Z)")
_TIMES_AFTER = re.compile(r"\s+times\b")
_IN_PAST_YEAR_AFTER = re.compile(r"[^.;:!?]{0,50}?\bin[ \t]+((?:19|20)\d\d)\b")  # "... to its final level in 2018"
_POSITION_AFTER = re.compile(  # a point on a structure: "46 m up its tower", "46 m up.", "46 m above ground level"
    r"[ \t]+(?:up[ \t]+(?:its|the|a)[ \t]+(?:tower|mast|pole|wall|cliff|building|shaft|chimney|spire|structure|column)\b"
    r"|up(?=[,.;)]|\Z)|above[ \t]+(?:the[ \t]+)?ground)"
)
_FUTURE_WORDS = frozenset("will next coming following shall".split())  # a claim's statement of a time to come
_OVERALL_AFTER = re.compile(r"[ \t]+(?:overall|out[ \t]+of[ \t]+\d)")
_WEEKDAY_THE_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+the[ \t]+\Z")
_WINNING = ("won", "win", "beat", "edged", "clinch")  # (prefixes) verbs that name the winning margin
# "Achterberg takes Fenwick Cross by four votes": taking a seat or a title by a margin (not "took part", see _SCORE_UNIT_AFTER).
_TAKES_BY = re.compile(r"\b(?:takes|took|taken|take)\b[^.;:!?]{0,50}\bby\s+(?:just\s+|only\s+)?\Z")
_SCORE_UNIT_AFTER = re.compile(r"\s+(?:votes?|points?|seats?|lengths?|goals?|runs?|wickets?|strokes?|shots?|frames?|sets?)\b")
_ODDS_BEFORE = re.compile(r"\b(?:1|[Oo]ne)\s+in\s+\Z")
_RATIO_BEFORE = re.compile(r"\b" + _SMALL + r"\s+(?:in|out\s+of)\s+\Z", re.IGNORECASE)
_MARGIN_VERBS = ("outnumber", "exceed", "outstrip", "outpac", "surpass", "trail", "beat")  # (prefixes)
_WIN_VERBS = ("won", "win", "lost", "losing", "edged", "led", "lead", "clinch", "retain")  # "London won by four votes",
# "leads by nine": a margin, unless a claim is one (and "takes Fenwick Cross by four votes", see _TAKES_BY)
_NEGATIONS = frozenset("not never".split())
_QUALIFYING = frozenset("more less over under fewer quite exactly even just only about around nearly almost".split())
_SOURCES_AFTER = re.compile(
    r"\s+(?:people|persons|sources|officials|executives|employees|insiders)\s+(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of"
    r"|briefed\s+on|close\s+to|who\s+(?:spoke|asked|declined|requested|were\s+not\s+authori[sz]ed))"
)
_CITATION = re.compile(REFERENCE_MARK)  # "[1]", "[2, 3]", "[4–6]": references, not figures


_AGE = re.compile(r".*\b[A-Z][a-z]+(?:, | \()\d{1,3}[,)].?", re.DOTALL)  # "Walter Hines, 84," "Hines (84)"
_BREAKDOWN_OPEN = re.compile(r"[,(]")
_AGE_BAND_AFTER = re.compile(r"(?:\s+years?(?:\s+of\s+age)?)?\s+(?:and|or)\s+(?:older|over|above|up|younger|under)\b")
_SHOW_VERBS = frozenset("brought bring brings bringing showed displayed exhibited unveiled presented demonstrated showcased fielded ship ships".split())


_MONTHS_RE = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"  # (the extractor's month names)
_DAY_LIST_AFTER = re.compile(r"(?:,[ \t]*\d{1,2}(?!\d))*,?[ \t]+(?:and|&|or)[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTHS_RE + r"|(?:,[ \t]*\d{1,2}(?!\d))+,?[ \t]+" + _MONTHS_RE)
_LABEL_NOTE = re.compile(r"[^()\n]{0,24}\)[ \t]*:")
_PARTS_OF_A_SITE = frozenset("hall pavilion zone wing gallery floor area sector".split())
_FIRMS = frozenset("company firm enterprise exhibitor business startup start-up".split())
_REGIONS = frozenset("province city region district county state country town municipality park zone".split())
_ANOTHER_PHRASE = frozenset("a an the its their his her some".split())  # after "and": another noun phrase
_SAMPLED = frozenset("surveyed interviewed polled questioned asked sampled selected from among of".split())
_AUDIENCE = frozenset("told addressed briefed".split())  # (not "welcomed 14,500 attendees", "thanked 180 rescuers")
_COLLECTED = frozenset("collected gathered received picked got took".split())
_MET = frozenset("met meet meets meeting".split())  # "we met 31 companies", "met buyers from 19 countries": whom the writer met
_CAPACITIES = frozenset("enough equipped accommodate accommodates accommodating".split())  # room for, not who came
_AT_LABELS = frozenset("at on from between".split())  # "on levels 58 to 61": the numbers name the levels
_WHOLE_OUT_OF = re.compile(r"\bout of (?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,4}?of\s+\Z")
_BOUGHT_BEFORE = re.compile(
    r"(?:[$€£¥]|\b(?:US\$|USD|EUR|GBP))[ \t]?\d[\d.,]*(?:[ \t]?(?:million|m|bn|billion))?[ \t]+(?:pays|pay|buys|buy|covers|cover|funds|fund)"
    r"[ \t]+(?:for[ \t]+)?\Z"
)
_SHARE_BEFORE = re.compile(r"\d\s?(?:%|per ?cent)\s+of\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s*\(\Z")  # "37% of all parcels ("
_CONDITION_BEFORE = re.compile(r"\b(?:[Oo]nce|[Ww]henever|[Ww]hen\s+(?:[\w-]+\s+){1,3}(?:exceeds?|reach(?:es)?|pass(?:es)?|tops?))\s+\Z")
_OR_MORE_AFTER = re.compile(r"\s+or\s+(?:more|fewer|less|above|over|under|below)\b")
_IF_BEFORE = re.compile(r"\b(?:where|if|when|unless)\s+\Z", re.IGNORECASE)  # "where 100 or more redundancies are proposed": a threshold
_CAME = frozenset("came come comes coming".split())
_ELIGIBLE = frozenset("eligible entitled exempt exempted qualifying".split())
_EACH = frozenset("each every per any".split())
_SCORED = frozenset("scored rated graded marked score scores rating ratings mark marks".split())  # "scored out of 15 points"
_TALKS = frozenset("meetings talks interviews bilaterals".split())  # (plural nouns: "meetings with 11 companies")
_HELD_SOMEWHERE = frozenset("event conference fair show exhibition summit meeting".split())
_ATTENDED = frozenset("in at attended attending".split())  # "took part in 14 events", "exhibited at 9 fairs"
PREDICATE_REACH = 4  # words of a predicate after a count of people that may name what it counts ("lost their lives")
NAME_REACH = 12  # words of a capitalised name a bracketed year may follow ("the Provisions on the ... (2022)")
_NAME_LINKS = frozenset("of the on for and in".split())
_PEOPLE = frozenset("people person individual resident civilian villager citizen".split())  # (normalised: singular)
_SETTLEMENTS = frozenset("village town city hamlet suburb county district parish municipality island community nation country".split())
_DWELLERS = _PEOPLE | {"inhabitant", "soul", "household"}
_GATHERINGS = frozenset(  # groups of people whose size "a ... of N" gives (normalised: singular)
    "protest demonstration march rally vigil picket sit-in counter-protest counter-demonstration group party delegation "
    "team crew choir band gathering queue contingent".split()
)
# What may befall things counted ("Three firefighters are hurt"; not "400 contributors worked on it").
_HARMS = frozenset(
    "hospitalised hospitalized injured killed died dead hurt infected sickened admitted evacuated rescued arrested "
    "detained missing drowned poisoned displaced treated".split()
)
_FATES = _HARMS | frozenset(  # what befalls people counted, or what they do: "Nine people were hospitalised",
    "gathered marched protested rallied queued mourned work worked employed live lived reside resided".split()
)  # "About 1,150 people work for Hollis Ridge"
PEOPLE_REACH = 3  # words between a count of people and the verb or predicate that says what of
_STARTS = frozenset("start starts started starting begin begins began beginning".split())
_IRREGULAR_PLURALS = frozenset("people men women children staff police media crew".split())


_RANK_BEFORE = re.compile(r"(?:\bNo\.|\bnumber)\s*\Z")
_NAMING_NUMBER = re.compile(  # "yard number 417", "flight No. 12", "site No. 117": a number that names, no rank
    r"\b(?:yard|hull|flight|phone|telephone|account|case|reference|serial|model|part|item|bus|route|platform|gate|seat|room"
    r"|house|building|bib|ticket|order|invoice|licen[cs]e|registration|policy|file|docket|project|grant|contract|issue|patent"
    r"|site|plot|lot|pitch|stand|stall|booth|unit|branch|store|berth|bay|locker|pen|coach|carriage|box|charity|company)"
    r"\s+(?:number|No\.)\s*\Z",
    re.IGNORECASE,
)
_MERGING = ("merg", "combin", "consolidat", "amalgamat", "fold", "fuse", "fusing", "group")  # word stems of a merger
_MEMBERS = frozenset("member representative delegate official employee worker".split())  # "14 members of the public"
_AVERAGE_WORDS = frozenset("average averages averaged median mean".split())  # (as written: not "means")
AVERAGE_REACH = 6  # words between "average" and the figure it gives ("Average class size will rise to 26 students")
_SPEED_PERS = frozenset("s h min".split())  # what a speed is per: "km/h", "metres per second"
_KNOWN_UNITS = frozenset(UNIT_ALIASES) | frozenset(UNIT_ALIASES.values())  # "kilowatt-hour" and "kwh"
_PER_UNIT = re.compile(  # "km/h", "metres per second", "megalitres of drinking water a day", "kWh per kilolitre"
    r"/([A-Za-z]{1,3})\b|(?:\s+of(?:\s+[a-z-]+){1,3}?)?\s+(?:per|a|an|each)\s+"
    r"(second|sec|hour|hr|minute|min|day|week|month|year|annum|kilolitre|kiloliter|kl|kL|litre|liter|tonne|ton)\b"
)
# A relative clause that a measure ends: "a bridge that is signed at 3.9m", "the loop, which is about".
_RELATIVE_BEFORE = re.compile(
    r"\b([A-Za-z]+),?[ \t]+(?:that|which)[ \t]+(?:is|was|are|were)[ \t]+(?:[a-z]+[ \t]+){0,2}\Z"
    r"|\b(?:a|an)[ \t]+([a-z]+)[ \t]+[a-z]+ed[ \t]+(?:at|as)[ \t]+\Z"
)  # (or a participle after an indefinite noun: "a bridge signed at 3.9m"; not "The Vessa peaked at 8.34 metres")
_SUM_BEFORE = re.compile(r"[$€£¥]\s?\d|\d\s?(?:euros?|pounds|dollars|yuan)\b")  # a sum earlier in the sentence
_SETTING_OUT = frozenset("start starts started begin begins began leave leaves left depart departs departed set sets".split())
_INCHES_AFTER = re.compile(r"(?:[ \t]*(?:ft|feet|foot)\b)?[ \t,]*(\d{1,2}(?:\.\d+)?)[ \t]*(?:in|inch|inches)\b")  # "23 ft 7 in"
_STREAK_AFTER = re.compile(r"\s+(?:in\s+a\s+row|straight|running|on\s+end)\b")
_CONFIDENCE_AFTER = re.compile(r"\s*(?:CI|C\.I\.|[Cc]onfidence|[Cc]redible)\b")
_PER_SUM_AFTER = re.compile(r"\s*per\s+(?:[$€£¥]|[A-Z]{3}\s?)\d")
# Words of a fact list's labels that name no one: "Key figures:", "Official Count:", "Fast Facts:".
_GENERIC_LABELS = frozenset(
    "key fast quick big main top headline fact figure number stat statistic highlight summary overview total "
    "overall final official latest count tally data datum result at a glance the in by".split()  # (normalised: singular)
)
_OPTION_BEFORE = re.compile(r"(?:\A|\s)\(?[a-eA-E]\)[ \t]+\Z")  # a lettered option: "a) one day", "(b) three days"
# (searched in the six characters before a figure: "\A" is where they start)
_UNIT_ADJECTIVES = frozenset(
    "consecutive straight successive full whole long solid extra additional busy hectic packed intense short brief trading working business calendar flying flight school sailing".split()
)
_TIME_UNIT_WORDS = frozenset("minute hour day night week fortnight month year".split())
_ONGOING_BEFORE = re.compile(r"\b(?:ha(?:ve|s)\s+now\s+been|now\s+ha(?:ve|s)\s+been)\b[^.;:]{0,50}\bfor\s+\Z")
_MARGINS = frozenset("margin difference gap".split())
_LEAD_TIME = re.compile(
    r"\b(?:lead[\s-]+times?|notice\s+period|wait(?:ing)?\s+times?|turnaround|(?:delivery|shipping|transit|processing)\s+times?)\b", re.IGNORECASE
)  # a task's time: "Freight lead time", "visa processing time"
_LEAD_TIME_WORDS = frozenset("lead notice wait waiting turnaround delivery shipping transit processing".split())
_AWAY_AFTER = re.compile(r"(?:[ \t-]+[A-Za-z]+){0,2}?[ \t]+(?:away|distant)\b")  # "20 kilometres away"
# A distance from a point: "1,400 nautical miles from the finish", "240 km off the coast", "2 km beyond the weir" (not
# "2,850 miles from A to B"; nor "below", which gives a depth: "412 metres below the surface")
_FROM_POINT_AFTER = re.compile(
    r"(?:[ \t-]+[A-Za-z]+){0,2}?[ \t]+(?:from|off|short\s+of|offshore|inland|(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
    r"|beyond|(?:up|down)stream\s+of)\b"
    r"(?![^.;:!?\n]{0,40}?\bto\b)"
)
_DISTANCES = frozenset(("km", "m", "mi", "nautical mile", "light-year", "yard", "ft"))
_NIGHTS_AFTER = re.compile(r"[ \t]*(?:/|,|and|&|\+)[ \t]*(?:\d+|one|two|three|four|five|six|seven)[ \t-]+nights?\b", re.IGNORECASE)
_NOTICE_AFTER = re.compile(r"['’]s?\s+notice\b")  # "30 days' notice"
_EACH_AFTER = re.compile(r"[ \t]+(?:each|apiece)\b")  # a price of one: "shares were priced at $7.84 each"
_PER_ONE = re.compile(r"\b(?:each|apiece|per|a share|a head|a ticket)\b", re.IGNORECASE)

_PERMITS = frozenset("may can might could".split())  # "may register up to two devices": a limit
_NATIONALS = frozenset("citizen national".split())  # "citizens of 40 countries" (normalised)
_GROUPS_OF = frozenset("team squad crew batch platoon foursome pair".split())  # "teams of seven riders"
_TRADED = frozenset("ordered bought purchased sold shipped delivered leased rented occupies occupy".split())
_PAYING = frozenset("pay pays paid paying fund funds funded funding budget budgets budgeted".split())  # "pays for 48 positions"


_INTERVAL_ENDS = frozenset("of after before from since".split())


def _window(
    tokens: list[Token], value: NumberMention, text: str, size: int = COUNT_WINDOW, stop: frozenset[str] = _STOP
) -> list[int]:
    """The tokens right after a figure that may name what it counts (at most ``size``, up to a ``stop`` word)."""
    k = int(token_at(tokens, value.end) + 0.5)
    while k < len(tokens) and tokens[k].start < value.end:
        k += 1
    window: list[int] = []
    previous = Token(value.end, value.end, "", "")
    cell = cell_at(tokens, value.start)
    for j in range(k, min(k + size, len(tokens))):
        token = tokens[j]
        named = _is_number(token) and previous.raw[:1].isupper() and text[previous.end : token.start] == "-"
        if token.norm == "of" and len(window) == 1 and tokens[window[0]].norm in _CLASSIFIERS:
            window, previous = [], token  # "60 units of humanoid robots": what the units are of is counted
            continue
        glued = bool(window) and text[previous.end : token.start] == "-"  # "phase-in", "lock-up": one word
        if not (joined(text, previous, token) or (not window and _figure_label(text, value, token))) or (_is_number(token) and not named) or (token.norm in stop and not glued):
            break  # (but "the 24-week KESTREL-3 trial": the 3 is part of a name)
        if cell is not None and token.start >= cell.end:
            break  # "| Advanced devices | 80 | organisers |": the next cell is not what 80 counts
        if token.norm in ("and", "or") and j + 1 < len(tokens) and (_verb_like(tokens[j + 1]) or tokens[j + 1].norm in _ANOTHER_PHRASE):
            break  # "4,800 people and served customers", "40 toppings and a robot waiter": the noun phrase ends there
        if not window and _verb_like(token) and j + 1 < len(tokens) and tokens[j + 1].norm in _DETERMINERS:
            break  # "A crowd of 15,000 attended the final": a verb, not what the figure counts
        window.append(j)
        previous = token
    return window


_PHRASE_LINKS = frozenset(("of", "in", "to", "for"))  # words that carry a subject past its noun: "members of staff", "votes in favour"


# A numbered day of an event, in the clause before a figure: "Day 2 (Monday) attendance:", "Days 12–15:", "on day 3".
_NUMBERED_DAY_BEFORE = re.compile(r"(?:^|[^\w])(?:Days?|on\s+day)\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?\b(?![.,]\d)[^.;!?\n]*\Z")


# A numbered part of a work or a race before a measure in its clause: "Act II", "Stage 3", "Part One".
# A first part of a span after a count: "15,000 people came through in the first four hours" (not "on the first day").
_FIRST_SPAN_AFTER = re.compile(
    r"[^.;:!?\n]{0,40}?\b(?:in|during|over)[ \t]+(?:the|its|their)[ \t]+(?:first|opening)[ \t]+"
    r"(?:\d+|few|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty-four|48)[ \t]+(?:hours|days|weeks|nights|minutes)\b",
    re.IGNORECASE,
)
def _negated_bound(text: str, value: NumberMention) -> bool:
    """Whether a figure is a bound that a negation says was not reached: "without ever exceeding 115 km/h"."""
    near = text[max(0, value.start - 40) : value.start]
    if "not " not in near and "never " not in near and "without " not in near and "n't " not in near:
        return False  # (a cheap first look)
    return _NEGATED_BOUND_BEFORE.search(text, max(0, value.start - 40), value.start) is not None and (
        value.qualifier is Qualifier.OVER or _BOUND_VERB_BEFORE.search(text, max(0, value.start - 20), value.start) is not None
    )


# A negation before a bound ("without ever exceeding", "never topped 40"): what was not reached.
_NEGATED_BOUND_BEFORE = re.compile(
    r"\b(?:without|never|not|n't)[ \t]+(?:ever[ \t]+)?(?:(?!only\b|just\b|merely\b|simply\b)[a-z]+[ \t]+)?\Z", re.IGNORECASE
)
_BOUND_VERB_BEFORE = re.compile(r"\b(?:exceed(?:s|ed|ing)?|top(?:s|ped|ping)|surpass(?:es|ed|ing)?)[ \t]+\Z", re.IGNORECASE)
# Parts named by a range of their numbers: "stages 1–2", "Legs 3 to 5", "rounds 4-6".
_NUMBERED_PARTS_BEFORE = re.compile(rf"\b(?:{PART_LABELS})s[ \t]+\Z", re.IGNORECASE)
_NUMBERED_PART_BEFORE = re.compile(
    rf"\b(?:{PART_LABELS})[ \t]+(?:[IVX]{{1,4}}|\d{{1,2}}|One|Two|Three|Four|Five)\b[^.;:!?\n]*\Z"
)


def _numbered_day(text: str, value: NumberMention) -> bool:
    """Whether a figure's clause names one numbered day (or a run of them) of an event before it: a part."""
    return "ay" in text[max(0, value.start - 80) : value.start] and _NUMBERED_DAY_BEFORE.search(text, max(0, value.start - 80), value.start) is not None


_CLASS_BOUND_AFTER = re.compile(r"(?:[ \t]+[a-zA-Z]+){0,2}[ \t]+(?:and|or)[ \t]+(?:over|above|upwards|under|below)\b(?![ \t]*[\d$€£¥])")
_CLASS_EVERY_BEFORE = re.compile(  # "every vessel over 12 metres", "all boats of 15 m": a class of things, not one
    r"\b(?:every|all|any|each)[ \t]+(?!(?:of|the|its|their|these|those|our|his|her)\b)[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:of|over|above|under|below)[ \t]+\Z",
    re.IGNORECASE,
)
_CLASS_EVERY_QUALIFIED = re.compile(
    r"\b(?:every|all|any|each)[ \t]+(?!(?:of|the|its|their|these|those|our|his|her)\b)[a-z]+[ \t]+\Z", re.IGNORECASE
)  # (its noun right before the qualifier: not "Each sled weighed under 130 kg")
_CLASS_WORDS = re.compile(r"\b(?:every|all|any|each)\b")
_HOLDS_BEFORE = re.compile(
    r"\b(?:seats|seating|holds|can\s+hold|capacity\s+of|capacity:?|(?:room|space|spaces)\s+for(?:\s+just|\s+only|\s+up\s+to)?"
    r"|capped\s+at|limited\s+to)\s+\Z", re.IGNORECASE
)  # ("the car park, which has room for just 60 cars", "The field is capped at 450")
_CAPACITY_NOUN_AFTER = re.compile(r"\s+(?:spectators|people|guests|fans|visitors|passengers|delegates|seated|standing)\b")
def _of_a_class(text: str, value: NumberMention) -> bool:
    """Whether a figure bounds a class that "every" or "all" picks: "every vessel over 12 metres", "all boats of 15 m"."""
    if _CLASS_EVERY_BEFORE.search(text, max(0, value.start - 30), value.start):
        return True
    return value.text[:5].lower() in ("over ", "under", "above", "below") and _CLASS_EVERY_QUALIFIED.search(text, max(0, value.start - 30), value.start) is not None


_PERIOD_PREPOSITIONS = frozenset("across over during in for within throughout after".split())


def _a_period(tokens: list[Token], k: int) -> bool:
    """Whether the figure at ``k`` is a period after a preposition: "across the fifteen days", "over 3 weeks"."""
    if k + 1 >= len(tokens) or tokens[k + 1].norm not in _TIME_UNIT_WORDS:
        return False
    j = k - 1 if k > 0 and tokens[k - 1].norm not in ("the", "its", "their", "all") else k - 2
    return j >= 0 and tokens[j].norm in _PERIOD_PREPOSITIONS


class FigureRules(SubjectFinder):
    """Which claim a figure states: counts, measures, ranks and the people a figure counts."""

    def _assign_number(
        self, value: NumberMention, tokens: list[Token], previous: Previous, text: str, at: float
    ) -> Match | None:
        if value.kind is NumberKind.ORDINAL and not self._ranks:
            return None  # (an ordinal states only a claim that is one: "ranked 12th")
        k0 = _first_token_at(tokens, value.start)
        if (
            not self._first_span_stated and value.kind is NumberKind.COUNT and " first " in text[value.end : value.end + 60]
            and _FIRST_SPAN_AFTER.match(text, value.end)
        ):
            return None  # "Around 15,000 people came through in the first four hours": a part of the whole span
        if _negated_bound(text, value):
            return None  # "achieved without ever exceeding 115 km/h", "never topped 40": a limit kept, not a figure stated
        if value.high is not None and value.kind is NumberKind.COUNT and _NUMBERED_PARTS_BEFORE.search(text, max(0, value.start - 12), value.start):
            return None  # "Cornwall and Devon (stages 1–2)": which stages, not how many
        if value.kind is NumberKind.PERCENT and k0 > 0 and self._others_possessive(tokens[k0 - 1]):
            return None  # "Malvic took 57.3% of the vote to Ashdown's 42.7%": Ashdown's share
        if k0 > 0 and possessive(tokens[k0 - 1]) and tokens[k0 - 1].norm.isdigit() and self._another_years(int(tokens[k0 - 1].norm)):
            return None  # "well down on 2022's 55%": that year's figure
        if k0 > 0 and _writers_own(tokens, k0) and not self._first_person_claims:
            return None  # "Our own five-point plan for workplace AI", "our branch's five-point plan": the writer's, no claim's
        if k0 > 0 and _each_of_a_count(tokens[k0 - 1], value, text) and not self._each_stated:
            return None  # "Its four 500 MW sets gave the station ...": each set's measure, not the station's
        if k0 > 1 and tokens[k0 - 1].norm == "of" and tokens[k0 - 2].norm in _MARGIN_NOUNS and tokens[k0 - 2].norm not in self._claim_words:
            return None  # "a margin of 19,082 votes": the difference, not a count
        if _changed_from(tokens, value, text):  # "rises from €12.50 to €13.25": the old figure, a claim of an old value's only
            if not self._before_claims or self._of_a_past_year(text, value.end):
                return None  # (and not of a change in a year before the claims': "rose from £1.50 to its final level in 2018")
            old = lambda c: c.claim.id in self._before_claims
            return self._nearest(value, _number(value), tokens, previous, at, (value.kind.value,), text, old)
        if self._new_value_claims and value.kind is not NumberKind.COUNT and _NOW_BEFORE.search(text, max(0, value.start - 16), value.start) and _TO_FIGURE_AFTER.search(
            text, value.end, value.end + 80
        ):  # "The minimum pension, now EUR 610 a month, will be raised to EUR 720": today's figure, before the change
            unchanged = lambda c: c.claim.id not in self._new_value_claims
            return self._nearest(value, _number(value), tokens, previous, at, (value.kind.value,), text, unchanged)
        if value.kind is NumberKind.ORDINAL and (
            _MONTH_AFTER_ORDINAL.match(text, value.end) or _WEEKDAY_THE_BEFORE.search(text, max(0, value.start - 16), value.start)
        ):
            return None  # "on the fourteenth of March", "in the early hours of Tuesday the 11th": a day of a month, not a rank
        if value.kind is NumberKind.ORDINAL and not self._placing_claims and _OVERALL_AFTER.match(text, value.end):
            return None  # "stopping the clock at 3:02:47 and finishing 35th overall": a runner's placing, not the race's edition
        near = text[max(0, value.start - 30) : value.start].lower()  # (a cheap first look for the checks below)
        if ("minus" in near[-10:] or near.endswith("t-")) and _COUNTDOWN_BEFORE.search(text, max(0, value.start - 10), value.start):
            return None  # "called it at T-minus 40 minutes": a countdown, no duration
        if value.kind is NumberKind.ORDINAL and _ordinal_of_a_noun(tokens, value) and (
            tokens[_first_token_at(tokens, value.end)].norm not in self._ordinal_nouns
            or k0 == 0 or not (tokens[k0 - 1].norm == "the" or (possessive(tokens[k0 - 1]) and tokens[k0 - 1].raw[:1].isupper()))
        ):  # "their sixth studio album", "our first National": which one, not a rank (but "the 32nd edition" for a claim
            return None  # that the championship "was the 33rd edition", "Shropshire's seventh community-owned pub")
        if self._ranks and value.kind is NumberKind.COUNT and value.value < MAX_RANK and _RANK_BEFORE.search(text, max(0, value.start - 8), value.start) and not (
            _NAMING_NUMBER.search(text, max(0, value.start - 24), value.start)
        ):
            rank = NumberValue(value.value, kind=NumberKind.ORDINAL)  # "debuted at No. 3", "at number three": a rank
            return self._nearest(value, rank, tokens, _own(previous), at, ("ordinal",), text)
        if _CONDITION_BEFORE.search(text, max(0, value.start - 40), value.start) or (
            value.text[:8].lower() == "at least" and text[max(0, value.start - 5) : value.start].lower() == "when "
        ):
            return None  # "VSP posts an outbreak once 3% of passengers report illness": a threshold, not a figure stated
        if (value.qualifier in (Qualifier.AT_LEAST, Qualifier.AT_MOST) or _OR_MORE_AFTER.match(text, value.end)) and _IF_BEFORE.search(
            text, max(0, value.start - 8), value.start
        ):
            return None  # "the legal minimum where 100 or more redundancies are proposed": a condition's threshold
        if text[value.end : value.end + 1] == ")" and _LEGEND_BEFORE.search(text, max(0, value.start - 24), value.start):
            return None  # "Radius (Earth = 1)": a scale's legend, not a figure stated
        if value.kind is NumberKind.COUNT and _VERSION.fullmatch(value.text):
            return None  # "Top contributors to 4.0": a version, not a count
        if "out of" in text[max(0, value.start - 70) : value.start] and _WHOLE_OUT_OF.search(text, max(0, value.start - 70), value.start):
            return None  # "1.3 million tonnes lost, out of a normal annual output of about 6.4 million tonnes": the whole
        if value.high is not None and value.value == 0 and value.kind is NumberKind.COUNT:
            return None  # "Left Y-axis: exhibiting companies, 0 to 1,000, gridlines every 200": a scale, no count
        if value.high is not None and value.value == 1 and value.text[:1] == "1" and _NUMBERED_BEFORE.search(text, max(0, value.start - 24), value.start):
            return None  # "Tagged individually, discs 1–237", "see pages 1-40": things numbered, no count
        if _BOUGHT_BEFORE.search(text, max(0, value.start - 40), value.start):
            return None  # "Every US$10 pays for roughly one hectare of treatment": what a sum buys, not the total
        if text[value.start - 1 : value.start] == "(" and _SHARE_BEFORE.search(text, max(0, value.start - 60), value.start):
            return None  # "37% of all parcels (1,148,600) went to children": the share's count, not the total
        if _EQUIVALENT_BEFORE.search(text, max(0, value.start - 24), value.start):
            return None  # "Cabin pressure: 55 kPa (equivalent to about 5,000 m altitude)": a likeness, not a figure stated
        if _cells_of(tokens) and self._entity_row(tokens, value.start, text):
            return None  # "| Shanghai Jiaxin Robotics Co. | 4 humanoid robots |" under "| Enterprise | Exhibits |": one firm's
        whole = _OWNED_WHOLE_BEFORE.search(text, max(0, value.start - 40), value.start)
        if whole is not None and normalize(whole.group(1)) not in self._figure_words:
            return None  # "covers 21 km², roughly a fifth of the city's 104 km²": the city's area, the whole
        if value.kind is NumberKind.COUNT and value.text in _SERVICE_NUMBERS and _DIALLED_BEFORE.search(text, max(0, value.start - 12), value.start):
            return None  # "Call-outs come through Police Scotland on 999": a phone number, no count
        if value.kind is NumberKind.COUNT and _cited(text, value):
            return None  # "in Shanghai [1][2]": reference marks
        if value.kind is NumberKind.COUNT and value.value <= 31 and _DAY_LIST_AFTER.match(text, value.end):
            return None  # "Rest days: 4 (13, 17, 21 and 25 April)": days of a month, listed
        if text[value.start - 1 : value.start] == "(" and _LABEL_NOTE.match(text, value.end):
            return None  # "**u/oldguard_analyst** (842 points): ...": a note on a label, not a statement
        if value.kind is NumberKind.COUNT and value.value < 20 and _SOURCES_AFTER.match(text, value.end):
            return None  # "two people familiar with the plan said": a story's sources
        if value.kind is NumberKind.COUNT and value.value <= SMALL_GUESS and (
            _OR_SMALL_AFTER.match(text, value.end) or _SMALL_OR_BEFORE.search(text, max(0, value.start - 12), value.start)
        ):
            return None  # "two or three teachers at the gate": a rough guess at a few, not a count
        if value.kind is NumberKind.COUNT and _DAY_LABEL_BEFORE.search(text, max(0, value.start - 5), value.start) and _LABEL_END.match(text, value.end):
            return None  # "Teachers' strike, day three: as it happened": which day, not how many
        if hasattr(previous, "parts") and previous.parts():
            return None  # "more than 3,000 permanent roles at the fab, including:" over "- Engineers: about 900 roles": a part
        lead = text[max(0, value.start - 6) : value.start]  # (a cheap first look for both)
        if ("ages" in lead and _raw_before(tokens, value) == "ages") or (")" in lead and _OPTION_BEFORE.search(lead)):
            return None  # "(ages 8+)": an age band; "a) one day   b) three days": a quiz's options, not statements
        if _word_before(tokens, value) == "not" or _hypothetical(tokens, value, text) or _negated_verb(tokens, value):
            return None  # "not 1,000 companies, as reported, but over 800"; "even if 1,000 companies came"; "did not last two days"
        if _habitual(tokens, value, text) and not any(h.claim in self._habitual_claims for h in self.index.subject_hits(tokens)):
            return None  # "We usually welcome around 21,000 visitors a year", "Normal October attendance is around 1,800": the
            # norm, unless a claim of a norm is in the sentence ("The normal level of reservoir stocks for early July is 78%")
        if value.kind is NumberKind.COUNT and _AHEAD_AFTER.match(text, value.end):
            if not self._ahead_claims:
                return None  # "finished 58 points ahead of Norway": a lead, not a total
            ahead = lambda c: c.claim.id in self._ahead_claims
            return self._nearest(value, _number(value), tokens, previous, at, ("count",), text, ahead)
        if value.kind is NumberKind.COUNT and ("seat" in near or "hold" in near or "capacity" in near or " for " in near or "ed " in near) and _HOLDS_BEFORE.search(
            text, max(0, value.start - 16), value.start
        ) and (
            text[value.start - 6 : value.start].lower() != "holds " or _CAPACITY_NOUN_AFTER.match(text, value.end)
        ) and not {"capacity", "seat", "seats", "hold", "holds"} & self._claim_words:
            return None  # "The arena holds 10,400 spectators", "which seats 10,400 for sumo": room for, not who came
        if value.kind is NumberKind.COUNT and (_CLASS_BOUND_AFTER.match(text, value.end) or (_CLASS_WORDS.search(near) and _of_a_class(text, value))):
            return None  # "all fishing vessels of 15 m length and over", "every vessel over 12 metres": a class's bound
        if value.kind is NumberKind.COUNT and not self._numbered_day_claims and _numbered_day(text, value):
            return None  # "Days 1–4: four straight wins", "on Day 2 a typhoon warning kept the crowd to 7,900": one day's
        if value.kind is NumberKind.COUNT and COMPARATIVE_AFTER.match(text, value.end) and not self._comparing_claims:
            return None  # "Aldous's wave is 1.6 metres taller", "340 more than last year": a difference, not a figure
        if "age" in near[-12:] and not self._started_claims and _STARTED_AT_AGE.search(text, max(0, value.start - 60), value.start):
            return None  # "started surfing at the age of nine": the age something began, not the age a claim gives
        if self._times_claims and value.kind is NumberKind.COUNT and _TIMES_AFTER.match(text, value.end):
            times = NumberValue(value.value, value.qualifier, kind=NumberKind.COUNT, high=value.high)  # "2.8 times as massive as Earth"
            k = _first_token_at(tokens, value.end)  # (the "times"; what follows it is what the multiple is of)
            after = {h.claim for h in self.index.subject_hits(tokens[k : k + 5]) if h.claim in self._times_claims}
            owners = after or self._times_claims
            return self._nearest(value, times, tokens, previous, at, ("count",), text, lambda c: c.claim.id in owners)
        if self._odds_claims and value.kind is NumberKind.COUNT and _ODDS_BEFORE.search(text, max(0, value.start - 8), value.start):
            odds = NumberValue(value.value, value.qualifier, kind=NumberKind.COUNT, high=value.high)  # "1 in 302.6 million": the odds
            return self._nearest(value, odds, tokens, previous, at, ("count",), text, lambda c: c.claim.id in self._odds_claims)
        if _RATIO_AFTER.match(text, value.end) or (
            text[value.start - 3 : value.start] in ("in ", "of ") and _RATIO_BEFORE.search(text, max(0, value.start - 16), value.start)
        ):
            return None  # "one in four exhibitors", "two out of three": a proportion, not a count
        if (_word_before(tokens, value) == "by" or (_word_before(tokens, value) in ("just", "only") and _word_before(tokens, value, 2) == "by")) and (
            any(t.norm.startswith(_MARGIN_VERBS + _WIN_VERBS) for t in tokens[max(0, int(at) - 10) : int(at)])
            or (_TAKES_BY.search(text, max(0, value.start - 60), value.start) and _SCORE_UNIT_AFTER.match(text, value.end))
        ):
            if not self._margin_claims:
                return None  # "humanoid robots outnumbered them by ten": a margin, not a count
            ahead = lambda c: c.claim.id in self._ahead_claims  # (and a claim's margin, not its winner's votes)
            return self._nearest(value, _number(value), tokens, previous, at, ("count",), text, ahead) or self._margin_in_unit(
                value, tokens, previous, text
            )
        if _doubted(tokens, at, text, self._claim_words) or _of_that(tokens, value):
            return None  # "posts claimed the conference drew 2,000 companies"; "£64 million of that income"
        if value.kind is NumberKind.COUNT and _whole_of_a_part(tokens, value):
            k = _first_token_at(tokens, value.end)
            starts = {h.first for h in self.index.subject_hits(tokens[k : k + 3])}
            if starts and 0 not in starts and tokens[k].raw.islower():
                return None  # "Ten of the twelve carry GPS collars": the pool of a noun left out, not what its verb's object counts
        listed = text[max(0, value.start - 5) : value.start]  # "Galleries 3, 7 and 12": a longer look back
        if (value.qualifier is Qualifier.EXACT and _IDENTIFIER.search(  # (a qualifier between: "the season topped $600 million")
            text, max(0, value.start - (24 if "," in listed or "and" in listed or "&" in listed else 12)), value.start
        )) or _is_section_number(text, value) or _AGE.fullmatch(
            text, max(0, value.start - 30), min(len(text), value.end + 2)
        ):
            return None  # "bib No. 16,200", "#1": a number that names; "Walter Hines, 84,": an age
        if value.qualifier is Qualifier.EXACT and _LABELS_BEFORE.search(text, max(0, value.start - 12), value.start) and _LIST_AFTER.match(text, value.end):
            return None  # "Routes 5, 22 and 40 will run a mix of vehicles": labels, not a count of routes
        if value.kind is NumberKind.COUNT and value.qualifier is Qualifier.EXACT and _AGE_BAND_AFTER.match(text, value.end):
            return None  # "adults 65 and older", "children aged 5 or under": an age band
        if value.high is not None and value.text.startswith("from ") and (_word_before(tokens, value) in _CHANGE_VERBS or _changed_before(tokens, value)):
            value = _new_figure(value, tokens)  # "grew from 500 to 800", "raises the retirement age from 64 to 67": the figure now
            at = token_at(tokens, value.start)
        if value.kind is NumberKind.MONEY and (_word_before(tokens, value) == "per" or _PER_SUM_AFTER.match(text, value.end)):
            return None  # "$0.86 to $0.89 per $100 of assessed value": a rate on a sum, and its base
        if value.kind is NumberKind.PERCENT and _CONFIDENCE_AFTER.match(text, value.end):
            return None  # "87% (95% CI 81-91)": a confidence level
        if value.kind is NumberKind.COUNT and _word_before(tokens, value) == "per":
            return None  # "0.87 per 100,000 doses": a rate's base
        if value.kind is NumberKind.MONEY and _word_before(tokens, value) == "of" and self._sum_of_another(tokens, value):
            return None  # "3.9% of 2024 turnover of EUR 118.0 billion": the turnover's, a noun no claim speaks of
        if value.kind is not NumberKind.COUNT and self._in_others_brackets(text, value.start):
            return None  # "a public appeal (£312,450), the Alder Trust (£150,000)": the trust's sum, not the appeal's
        if value.kind is NumberKind.MONEY and _word_before(tokens, value) == "plus" and _SUM_BEFORE.search(text, max(tokens[0].start, value.start - 120), value.start):
            return None  # "a relocation grant of £7,500 each, plus up to £2,000 towards removal costs": another sum
        if value.kind is not NumberKind.COUNT:
            each: Callable[[CompiledClaim], bool] | None = None
            if value.kind is NumberKind.MONEY and _EACH_AFTER.match(text, value.end):
                each = _per_each
            elif self._before_claims and _new_of_change(tokens, value):
                each = self._not_before  # "from €12.50 to €13.25": the new figure is no old value
            behind = previous if tokens[0].raw in _POINTING_BACK else _own(previous)  # "Its £6.4 million price tag": the one before's
            return self._nearest(value, _number(value), tokens, behind, at, (value.kind.value,), text, each)
        window = _window(tokens, value, text)
        if not window and not value.unit and (bound := self._bound_measure(value, tokens, previous, text)) is not None:
            return bound  # "a median age of 54": a measure whose unit goes without saying
        unit = unit_key(value.unit) if value.unit else None
        unit = self._degrees if unit == "degree" and value.value < 0 else unit  # "24 degrees below zero" for a claim in °C
        counted: list[int] = []  # the count's window, when the unit word may be what it counts ("Eight members")
        named: str | None = None  # the unit a word after the figure names, if any
        if unit is not None and (per := _PER_UNIT.match(text, value.end)):
            unit = self._rate_unit(unit, _per(per))  # "100km/h": a speed, not a length
        elif unit is None and window:
            if len(window) > 1 and tokens[window[0]].norm in _UNIT_ADJECTIVES and tokens[window[1]].norm in _TIME_UNIT_WORDS:
                window = window[1:]  # "nine consecutive days", "three full days": the unit after the adjective
            word = tokens[window[0]]
            per = _PER_UNIT.match(text, word.end)
            if per and not per.group(1) and word.norm not in _KNOWN_UNITS and word.raw not in CASED_UNITS:
                per = None  # "metres per second" is a speed; "300 requests per minute" counts requests
            named = unit_key(word.raw) if word.raw in CASED_UNITS else UNIT_ALIASES.get(word.norm, word.norm)
            named = self._degrees if word.raw.lower() == "degrees" else named  # "minus 24 degrees"
            if per and "/" not in (named := self._rate_unit(named, _per(per))):
                per = None  # "83 million litres of water a year" for a claim in litres
            # (not "9.6 degree heating weeks", a unit of its own)
            pair = f"{word.norm} {tokens[window[1]].norm}" if len(window) > 1 else ""
            if pair and (word.norm in ("square", "sq", "cubic", "cu") or UNIT_ALIASES.get(pair, pair) in self._units or UNIT_ALIASES.get(pair) in SCALES):
                per, named = None, UNIT_ALIASES.get(pair, pair if pair in self._units else named)  # "15,000 square metres",
                window = window[1:] if named in self._units else window  # "48 sq km", "25 basis points": a unit of two words
            if named in self._units or per:  # "100 km/h" is a speed whether or not a claim is one
                unit = named
                if not value.unit and not per and word.raw.lower() != word.norm and _count_noun(word.norm) and value.value.is_integer():
                    counted = window  # a unit word that is also what a count counts ("Eight members backed the rise")
                window = window[1:] if per is None else [k for k in window[1:] if tokens[k].start >= per.end()]
        if unit in _PARTS_OF and unit not in self._part_units:
            value = _with_whole_before(value, unit, text)  # "two years and two months" for a claim in months: 26
        if unit in _LARGER_UNITS and unit in self._units:
            value = _with_part_after(value, unit, text, self._units)  # "53 hours and 30 minutes" for a claim in hours: 53.5
        named_unit = unit or (tokens[window[0]].norm if window else "")
        if named_unit in _LARGER_UNITS and _opens_a_duration(value, named_unit, text, self._units):
            return None  # "1 week and 3 days": the week is read with the days
        if unit in self._units:
            if counted and self._leads_only(unit) and not (
                _LEAD_BEFORE.search(text, max(0, value.start - 24), value.start) or _AHEAD_AFTER.match(text, value.end)
            ):
                return self._assign_count(value, None, counted, tokens, previous, text)  # "462 points": no lead, a count
            measured = self._assign_measure(value, unit, tokens, previous, text, at)
            if measured is None and (smaller := self._in_smaller_unit(value, unit)) is not None:
                measured = self._assign_measure(*smaller, tokens, previous, text, at)  # "Reeve got 4.5 years" beside claims in years
            return measured if measured is not None or not counted else self._assign_count(value, None, counted, tokens, previous, text)
        days = self._in_days(value, named_unit)
        if days is not None:  # "two weeks", "72 hours" for a claim in days
            return self._assign_measure(days, "day", tokens, previous, text, at)
        smaller = self._in_smaller_unit(value, named_unit)
        if smaller is not None:  # "four and a half years" for claims in months
            return self._assign_measure(*smaller, tokens, previous, text, at)
        source = unit or named
        if source is not None and source in SCALES and len(self._kin_units(source)) > 1:
            if source == "ft" and (inches := _INCHES_AFTER.match(text, value.end)):  # "a pan 7.2 metres (23 ft 7 in) across"
                value = replace(value, value=value.value + float(inches.group(1)) / 12, high=None)
            return self._assign_measure(value, source, tokens, previous, text, at)  # "6.2 miles" for a claim in km
        if value.unit == "m":
            return None  # "The catchment population is 1.3m": no claim's metres, and no million without a currency
        match = self._assign_count(value, unit, window, tokens, previous, text)
        if (
            match is None
            and value.maybe_year
            and not _named_year(tokens, value, text)
            and not self._year_of_a_name(value, tokens, text)
            and not _STAMP_BEFORE.search(text, max(0, value.start - 24), value.start)  # "By mid-2025, ..."
            and not _YEAR_LABEL_AFTER.match(text, value.end)  # "2024 edition: 14th": a label, which edition the figure is of
        ):
            found = DateValue(PartialDate(int(value.value)), PartialDate(int(value.high)) if value.high is not None else None)
            wanted: Callable[[CompiledClaim], bool] | None = _spans_years if value.high is not None and value.high != value.value else None
            if _FIRST_BEFORE.search(text, max(0, value.start - 40), value.start):  # "First published in 2011": the first one's year
                wanted = _of_a_beginning
            elif text[value.start - 6 : value.start].lower() == "since " and _LAST_TIME_BEFORE.search(text, max(0, value.start - 60), value.start):
                wanted = _since_stated  # "the biggest Derby Day crowd since 1987": when it last happened, no founding year
            elif wanted is None and value.value == self._edition_year and self._foundings() and not self._year_subject_before(tokens, value.start):
                foundings = self._foundings()  # "In 2025 the competition began with nine regional heats": the edition's year,
                wanted = lambda c: c.claim.id not in foundings  # no founding year (but "founded in 2025" is one)
            return self._nearest(value, found, tokens, _own(previous), at, ("year",), text, wanted)
        return match

    def _by_verb_after(self, counted: list[Token], hits: list[SubjectHit]) -> list[SubjectHit]:
        """The hits of the claims whose statement has the word right after the first counted noun, a verb that tells
        claims of one noun apart: "412 runners started" for *Over 400 athletes started*, not *351 athletes finished*."""
        k = min(h.last for h in hits) + 1
        if k >= len(counted) or not counted[k].raw.isalpha() or not counted[k].raw.islower() or counted[k].norm in _STOP:
            return []
        verb = counted[k].norm  # (a verb that the claim's subject or context names too: not "attended" alone)
        claims = self.index.claims
        nouns = [claims[h.claim] for h in hits if h.last == k - 1]  # the claims that count the noun itself
        return [
            h for h in hits
            if (noun := _verb_of_statement(claims[h.claim].claim.statement, verb)) is not None and _claim_word(claims[h.claim], verb)
            and any(c is claims[h.claim] or any(noun in words for words in c.subjects) for c in nouns)
        ]  # (the claim's own noun one that the counted noun's claims count too: not "45 countries finished" for finishers)

    def _year_subject_before(self, tokens: list[Token], start: int) -> bool:
        """Whether a year claim's subject ends right before a year (or a date) at ``start``, or before "in" or "on"
        right before it ("founded in 2025")."""
        k = _first_token_at(tokens, start) - 1
        if k > 0 and tokens[k].norm in ("in", "on"):
            k -= 1
        foundings = self._foundings()
        return k >= 0 and any(h.last == k and h.claim in foundings for h in self.index.subject_hits(tokens[: k + 1]))

    def _foundings(self) -> frozenset[str]:
        """The claims of a founding year (or date) before the claims' edition year, read once."""
        if self._founding_claims is None:
            edition = self._edition_year
            claims = self.index.claims.values()
            self._founding_claims = frozenset(c.claim.id for c in claims if edition and _of_a_year_before(c, edition))
        return self._founding_claims

    def _one_group_of_counted(self, tokens: list[Token], value: NumberMention, window: list[int]) -> bool:
        """Whether "a team of N" (one group, after "a" or "the") counts a noun after N that a claim counts: "a team of 14
        pre-hospital doctors" is 14 doctors (not "teams of seven riders", each team's size, nor "a pacing team of six")."""
        k = _first_token_at(tokens, value.start) - 2
        if k < 1 or tokens[k - 1].norm not in ("a", "the", "its", "their", "our") or tokens[k].raw.lower() != tokens[k].norm or not window:
            return False
        return any(self._is_plain_count(h.claim) for h in self.index.subject_hits([tokens[j] for j in window]))

    def _labelled_as_own(self, tokens: list[Token], k0: int, text: str) -> bool:
        """Whether a label before the figure's colon names the writer's own lot: "Robots in this
        consignment:", "Devices in our crate:" ("this" or "our" and a word that is none of the claims')."""
        colon = next((j for j in range(1, min(k0 + 1, 8)) if ":" in text[tokens[j - 1].end : tokens[j].start]), 0)
        if not colon:
            return False
        return any(
            tokens[j].norm in ("this", "our") and tokens[j + 1].norm not in self._claim_words and tokens[j + 1].norm not in _TIME_OWNERS
            for j in range(colon - 1)
        )

    def _scale_claims(self, unit: str) -> bool:
        """Whether a claim in ``unit`` gives a scale, what something is marked "out of" ("marked out of 220 points")."""
        return unit in self._scale_units

    def _unit_statement(self, unit: str) -> frozenset[str]:
        """The normalised words of the statements of the claims in ``unit`` (none if no claim's)."""
        return frozenset().union(*(self._unit_words.get(u, frozenset()) for u in self._kin_units(unit)))

    def _takes_itself(self, tokens: list[Token], value: NumberMention, unit: str) -> bool:
        """Whether the subject of a measure claim in ``unit`` is what "took" or "needed" the figure: "The
        cascade took 95 seconds to bring the grid down" (its own length, not a task's)."""
        k = _first_token_at(tokens, value.start) - 1
        if k < 1 or tokens[k].norm not in _TAKING:
            return False
        last = k - 2 if k > 1 and _is_year(tokens[k - 1]) else k - 1  # ("WAIC 2025 took four days to ...")
        return any(h.last == last and _in_unit(self.index.claims[h.claim], unit) for h in self.index.subject_hits(tokens[:k]))

    def _old_of_range(self, value: object, tokens: list[Token], previous: Previous, text: str) -> Match | None:
        """The old figure of a change read as a range ("rise from €12.05 to €13.25"), for a claim of an old value."""
        if not (isinstance(value, NumberMention) and value.high is not None and value.text.startswith("from ")):
            return None
        if _word_before(tokens, value) not in _CHANGE_VERBS:
            return None
        seps = list(_RANGE_SEP.finditer(value.text))
        if not seps:
            return None
        low = value.text[5 : seps[-1].start()]
        old = replace(value, start=value.start + 5, end=value.start + 5 + len(low), text=low, high=None, qualifier=Qualifier.EXACT)
        wanted = lambda c: c.claim.id in self._before_claims
        return self._nearest(old, _number(old), tokens, previous, token_at(tokens, old.start), (old.kind.value,), text, wanted)

    def _margin_in_unit(self, value: NumberMention, tokens: list[Token], previous: Previous, text: str) -> Match | None:
        """A margin that no subject names, "beating Aldwick by three lengths", as the one claim of a margin in its
        unit, if there is one: the verb of winning is what names it."""
        k = _first_token_at(tokens, value.end)
        if not any(t.norm.startswith(_WINNING) for t in tokens[max(0, k - MARGIN_REACH) : k]):
            return None  # ("led by two lengths" half a mile in: a lead on the way, not the winning margin)
        unit = unit_key(value.unit) if value.unit else unit_key(tokens[k].raw) if k < len(tokens) else ""
        owners = [c for c in self._ahead_claims if _in_unit(self.index.claims[c], unit)]
        if len(owners) != 1:
            return None
        return self._best(value, _number(value), [SubjectHit(k, k, owners[0])], tokens, previous, lambda h: 0, text)

    def _in_others_brackets(self, text: str, start: int) -> bool:
        """Whether a figure at ``start`` opens brackets after a capitalised word that is none of the claims' own
        names' words: "Black Scar (712 m)", "the Alder Trust (£150,000)" (that name's figure)."""
        if not _in_brackets_after_name(text, start):
            return False
        words = text[max(0, start - 40) : start].rstrip(" (\t").rsplit(None, 1)
        return not (words and normalize(words[-1]) in self._own_name_words)

    def _of_a_past_year(self, text: str, end: int) -> bool:
        """Whether "in" a year before every date the claims give, and none they name, follows in the clause."""
        year = _IN_PAST_YEAR_AFTER.match(text, end)
        return year is not None and int(year.group(1)) < self._first_dated and int(year.group(1)) not in self._named_years

    def _not_before(self, claim: CompiledClaim) -> bool:
        """Whether a claim is not one of an old value (see ``_before_claims``)."""
        return claim.claim.id not in self._before_claims

    def _numbered_one(self, noun: Token, value: NumberMention, text: str, capitalised: bool = False) -> bool:
        """Whether a bare whole number follows, at once, the singular of a noun that a count claim counts in
        the plural: "(in) round 16", "in round two", "(on) lap 12", "Ring 17" (which one, not how many), but not "magnitude 7"."""
        if not (value.text.isdigit() or value.text.lower() in UNITS) or text[noun.end : value.start] != " " or not noun.raw.isalpha():
            return False  # ("in round two" too)
        if not (noun.raw.islower() or (capitalised and noun.raw[1:].islower())):
            return False
        if noun.norm != noun.raw.lower():
            return False  # a plural: "rounds 16 and 17"
        return any(
            self._is_plain_count(h.claim) and any(_plural_of(p.lower(), noun.norm) for p in self.index.claims[h.claim].claim.subject)
            for h in self.index.subject_hits([noun])
        )

    def _leads_only(self, unit: str) -> bool:
        """Whether every claim in ``unit`` is a lead or margin ("58 points ahead of Norway"): a figure in
        that unit stated as no lead ("won with 462 points") is then a count of the unit's things."""
        return all(c.claim.id in self._ahead_claims for c in self.index.claims.values() if _in_unit(c, unit))

    def _task_is_subject(self, tokens: list[Token], k: int, unit: str) -> bool:
        """Whether the task after "to" at token ``k`` is the subject of a claim in ``unit``: "The winner
        has 90 days to claim the prize" against a claim whose subject is "claim the prize"."""
        return any(h.first <= 1 and _in_unit(self.index.claims[h.claim], unit) for h in self.index.subject_hits(tokens[k : k + 4]))

    def _in_days(self, value: NumberMention, unit: str) -> NumberMention | None:
        """A duration in weeks or hours restated in days, if a claim is in days and they are whole."""
        if unit not in DAYS_PER_UNIT or "day" not in self._units:
            return None
        low = in_days(value.value, unit)
        high = None if value.high is None else in_days(value.high, unit)
        if low is None or (value.high is not None and high is None):
            return None
        return replace(value, value=low, high=high, unit=value.unit and "day")

    def _in_smaller_unit(self, value: NumberMention, unit: str) -> tuple[NumberMention, str] | None:
        """A duration in years restated in months, for claims in months one of whose statements speaks of years too,
        when the months are whole: "four and a half years" as 54 months against "five years and six months"."""
        smaller = _SMALLER_UNITS.get(unit)
        if smaller is None or smaller[0] not in self._units or unit not in self._unit_words.get(smaller[0], ()):
            return None  # (only for claims in months whose statement speaks of years too: "five years and six months")
        target, factor = smaller
        low, high = Fraction(value.value) * factor, None if value.high is None else Fraction(value.high) * factor
        if low.denominator != 1 or (high is not None and high.denominator != 1):
            return None
        return replace(value, value=float(low), high=None if high is None else float(high), unit=value.unit and target), target

    def _kin_units(self, unit: str) -> frozenset[str]:
        """``unit`` and the claims' units that a figure in it converts to: "km" and "m" for "km"."""
        kin = self._kin.get(unit)
        if kin is None:
            kin = self._kin[unit] = frozenset({unit, *(u for u in self._units if convertible(unit, u))})
        return kin

    def _in_kin_unit(self, compiled: CompiledClaim, unit: str, value: NumberMention) -> bool:
        """Whether a claim is a measure in ``unit``, or in another unit that ``value`` in ``unit`` converts to: one
        no claim in ``unit`` shares a subject with (a wave's height in feet is not also read as its height in metres),
        of a figure within twice the converted one ("27 km" is no climb of 1,650 m), but for temperatures."""
        claim = compiled.claim
        if not isinstance(claim.value, NumberValue) or not claim.value.unit:
            return False
        own = unit_key(claim.value.unit)
        if own == unit:
            return True
        if own not in self._kin_units(unit) or self._has_twin(claim, unit):
            return False
        converted = convert(value.value, value.high, unit, own)  # (both ends of a range: "a kids' race (1–5 km)")
        if converted is None or SCALES[own].dimension == "temperature":
            return converted is not None  # (no ratio of temperatures: 38 °F is 3.3 °C, against 1.2 °C)
        return all(
            _scale_ratio(NumberValue(end), claim.value) <= KIN_SCALE for end in (converted.value, converted.high) if end is not None
        )

    def _from_a_point(self, value: NumberMention, unit: str, tokens: list[Token], text: str) -> bool:
        """Whether a distance is one from a point ("240 km off the coast", "1,400 nautical miles from the
        finish"), not what starts from it: "The 1,900m swim starts from the pontoon" (a claim's subject between)."""
        point = _FROM_POINT_AFTER.match(text, value.end)
        if point is None:
            return False
        between = [t for t in tokens if value.end <= t.start < point.end()]
        if not any(t.norm in _SETTING_OUT for t in between):
            return True  # ("a 4.1 km course from Pellow Lock": a course that runs from there, measured from it)
        return not any(self._in_kin_unit(self.index.claims[h.claim], unit, value) for h in self.index.subject_hits(between))

    def _has_twin(self, claim: Claim, unit: str) -> bool:
        """Whether a claim in ``unit`` shares a subject with ``claim``: the same measure in two units."""
        twin = self._twins.get((claim.id, unit))
        if twin is None:
            subjects = {s.lower() for s in claim.subject}
            twin = self._twins[claim.id, unit] = any(
                isinstance(c.claim.value, NumberValue) and unit_key(c.claim.value.unit or "") == unit
                and not subjects.isdisjoint(s.lower() for s in c.claim.subject)
                for c in self.index.claims.values()
            )
        return twin

    def _assign_measure(
        self, value: NumberMention, unit: str, tokens: list[Token], previous: Previous, text: str, at: float
    ) -> Match | None:
        after = token_at(tokens, value.end)
        k = int(after + 0.5) + (0 if value.unit else 1)  # the word after the unit
        if (
            0 < k < len(tokens)
            and (tokens[k].norm in _TIME_OFFSET or (tokens[k].norm == "into" and unit in _TIME_UNIT_WORDS))  # "five days into the voyage"
            and joined(text, tokens[k - 1], tokens[k])
            and not (_word_before(tokens, value) in _RUNNING | {"for"} and tokens[k].norm in ("before", "after"))
        ):  # ("burned for 31 days before crews contained it": a length)
            if not self._offset_claims:  # "three days after": an interval, not a length ("two weeks, after which": a length)
                return None  # (but a claim stated as one takes it: "landed 22 minutes after the crew declared an emergency")
            offset = lambda c: c.claim.id in self._offset_claims and _in_unit(c, unit)
            return self._nearest(value, _number(value), tokens, previous, at, ("count",), text, offset)
        if k + 1 < len(tokens) and tokens[k].norm in _RATE and tokens[k + 1].norm in _PERIOD and "/" not in unit:
            period = rate_in(text, value.end if value.unit else tokens[k - 1].end)
            if period is None or period not in self._rates.values():
                return None  # "24 hours a day", "three days a week": a rate, not a length (but "150 megalitres a day" in ML/day)
            rated = lambda c: self._rates.get(c.claim.id) == period and _in_unit(c, unit)  # "broadcasts 24 hours a week" for a
            return self._nearest(value, _number(value), tokens, previous, at, ("count",), text, rated)  # claim of 28 hours a week
        speed = k + 1 < len(tokens) and tokens[k].norm in _RATE and tokens[k + 1].norm in _SHORT_TIMES  # "14.6 km per second"
        if k + 2 < len(tokens) and tokens[k].norm == "in" and tokens[k + 1].norm in ("one", "an", "a") and tokens[k + 2].norm in _PERIOD:
            return None  # "31 mm in one hour": a rate, not the total
        if (
            0 < k < len(tokens)
            and tokens[k].norm in ("until", "till", "to")
            and (k + 1 == len(tokens) or tokens[k + 1].norm != "be")
            and _word_before(tokens, value) not in _RUNNING | {"for"}
        ):
            if tokens[k].norm != "to" or (k + 1 < len(tokens) and tokens[k + 1].norm == "go"):
                return None  # "Only 2 days till WAIC opens", "three days to go": a countdown, not a length
        unit_end = value.end if value.unit else tokens[min(k, len(tokens)) - 1].end
        if _STREAK_AFTER.match(text, unit_end):
            return None  # "fell for four days in a row": a streak, not a length
        if _NOTICE_AFTER.match(text, unit_end):
            return None  # "give us 30 days' notice before it changes its rules": a notice period
        if _NIGHTS_AFTER.match(text, unit_end):
            return None  # "4 Days / 3 Nights in Shanghai", "a 4-day/3-night package": a stay, not the event's length
        away = bool(_AWAY_AFTER.match(text, value.end) or (unit in _DISTANCES and "-" not in value.text and self._from_a_point(value, unit, tokens, text)))
        # (not a measure before its noun: "a 15-metre Norway spruce from Kielder Forest" is the spruce's height)
        if away and not self._away_claims:
            return None  # "Tarrawong Showground, 20 kilometres away", "240 km off the coast": a distance to somewhere
        if " now " in text[max(0, value.start - 70) : value.start] and _ONGOING_BEFORE.search(text, max(0, value.start - 70), value.start):
            return None  # "The men have now been underground for about 39 hours": a running count, not the final length
        before = _word_before(tokens, value)
        if value.value == 1 and not value.unit and (before in _MODALS or (value.text[:3].lower() == "one" and before not in _LENGTH_BEFORE)):
            return None  # "AI could one day outsmart us", "would love to visit WAIC one day": some day, not a length
        if before in _ADDED and not value.unit:
            return None  # "will serve another 30 years", "a further two days": what is added, not the length
        said = self._unit_statement(unit)  # the words of the statement of the claim in this unit
        if before in ("next", "coming") and not said & _FUTURE_WORDS:
            return None  # "building a rock-fill dam for the next 150 years": a time to come, not the build's length (but
            # "across the next twelve months" for "The money will be distributed over 18 months")
        if before in _MOTION_VERBS and before not in said:
            return None  # "Vehicles fell about 70 feet": a drop, not the span's length
        if 0 < k < len(tokens) and _COMPARED_AFTER.match(text, tokens[k].start):
            return None  # "40 feet longer than the span it replaces": a difference
        if 0 < k < len(tokens) and tokens[k].norm in _DIMENSIONS and tokens[k].norm != "long" and tokens[k].norm not in said:
            return None  # "water roughly 25 feet deep" against a span's length: another dimension
        if (before in _STAY and before not in said) or (before == "for" and _word_before(tokens, value, 2) in _STAY):
            return None  # "our reporter spent three days at WAIC", "we could only stay for two days": someone's stay
        part_word = _raw_before(tokens, value)  # ("the last two days", not "will last two years")
        if not value.unit and (part_word in _PART_OF_SPAN or (part_word == "last" and _word_before(tokens, value, 2) in _DETERMINERS)):
            return None  # "for the first two days of WAIC": a part of it, not its length
        if before in ("had", "got") and 0 < k < len(tokens) and tokens[k].norm in ("at", "in") and not self.index.subject_hits(tokens[: int(at) - 1]):
            return None  # "Only had 2 days at WAIC": someone's stay (not "The conference had 2 days in Shanghai")
        changed = before == "by" and any(t.norm in _LENGTHENED for t in tokens[max(0, int(at) - 8) : int(at)])
        of_change = frozenset(c.claim.id for c in self.index.claims.values() if _of_a_change(c) and self._in_kin_unit(c, unit, value)) if changed else frozenset()
        if not of_change and changed and any(t.norm in _LENGTHENED and t.norm not in said for t in tokens[max(0, int(at) - 8) : int(at)]):
            return None  # "was extended on 27 September by nine days": the change, not the length (unless a claim is one)
        if before == "by" and not self._margin_claims and any(
            t.norm in _RECORD_BROKEN or t.norm.startswith(_MARGIN_VERBS + _WIN_VERBS) for t in tokens[max(0, int(at) - MARGIN_REACH) : int(at)]
        ):
            return None  # "a new race record by almost three days", "beating the old mark by nearly three days": a margin
        if unit in _TIME_UNIT_WORDS and _OFF_AFTER.match(text, unit_end) and not self._margin_claims:
            return None  # "knocked almost three days off the old record": a change, not a length
        if before == "of" and _word_before(tokens, value, 2) == "out" and _word_before(tokens, value, 3) in _SCORED and not self._scale_claims(unit):
            return None  # "a crowd-safety plan, which is scored out of 15 points": a scale, not the plan's length (unless
            # a claim is of the scale: "The final was marked out of 220 points")
        if before == "for" and any(t.norm in ("initially", "originally") for t in tokens[max(0, int(at) - 4) : int(at)]):
            return None  # "was initially declared for 14 days (and then extended)": the first plan
        if self._parts_unnamed and "  " not in text[max(0, value.start - 50) : value.start] and _NUMBERED_PART_BEFORE.search(
            text, max(0, value.start - 50), value.start
        ):
            return None  # "Act I runs about 45 minutes", "Their Act II pas de deux lasts eleven minutes": a part's length
        if _POSITION_AFTER.match(text, unit_end) and not self._positions_stated:
            return None  # "a bolted flange joint 46 m up its tower", "approximately 46 m above ground level": a point, no size
        if self._in_others_brackets(text, value.start):
            return None  # "heads east over Black Scar (712 m) and Cold Knott": a height of that hill, not the course's climb
        if (before == "within" or value.text[:6].lower() == "within") and 0 < k < len(tokens) and tokens[k].norm in _INTERVAL_ENDS:
            return None  # "within two weeks of the launch": an interval, not a length ("within 48 hours": at most)
        if value.text[:6].lower() == "within" and "within" not in said and "within" not in self._claim_words and _word_before(tokens, value, 2) not in said:
            return None  # "a refund ... returned within 30 days": a deadline, not the cruise's length
        if k + 1 < len(tokens) and tokens[k].norm == "to" and tokens[k + 1].raw.islower() and tokens[k + 1].norm not in _STOP and not (tokens[k + 1].norm in _DETERMINERS and unit in _TIME_UNIT_WORDS) and not (
            self._takes_itself(tokens, value, unit) or self._task_is_subject(tokens, k, unit)
        ):
            return None  # "the crew needs three days to build the expo floor": what a task takes (not "gave 18,000 hours to the project")
        if before in ("is", "was", "of") and any(
            t.norm in _MARGINS and t.norm not in self._claim_words for t in tokens[max(0, int(at) - 12) : int(at)]
        ):
            return None  # "The margin over the old record (45.1 °C at Tarrow, 2019) is 1.2 °C": a difference
        if unit in _TIME_UNIT_WORDS and self._time_of_a_task(value, tokens, text, unit):
            return None  # "The freight lead time for a WAIC stand is six weeks", a "| Freight lead time |" column
        wanted = lambda c: (  # (a distance away, a speed: such claims only; in the unit or one it converts to)
            self._in_kin_unit(c, unit, value) and (not away or c.claim.id in self._away_claims) and (not speed or c.claim.id in self._speed_claims)
        )
        if of_change:  # "lengthen the runway by 420 metres": the extension's, not the runway's new length
            change_wanted = wanted
            wanted = lambda c: change_wanted(c) and c.claim.id in of_change
        if _OUT_OF_AFTER.match(text, unit_end) and self._scale_claims(unit):
            scored_wanted = wanted  # "178 points out of a possible 220": the score, not the scale
            wanted = lambda c: scored_wanted(c) and " out of " not in c.claim.statement
        if _ELEVATION_AFTER.match(text, unit_end):  # "the tip of a blade reaches 263 m above sea level": a height
            unit_wanted = wanted
            wanted = lambda c: unit_wanted(c) and not _HEIGHT_WORDS.isdisjoint(_statement_words(c.claim.statement))
        dimension = _DIMENSION_WORDS.get(tokens[k].norm, frozenset()) if 0 < k < len(tokens) else frozenset()
        if dimension and any(wanted(c) and not dimension.isdisjoint(_statement_words(c.claim.statement)) for c in self.index.claims.values()):
            dimension_wanted = wanted  # "two metres deep at the deep end": the claim of a depth, not the pool's length
            wanted = lambda c: dimension_wanted(c) and not dimension.isdisjoint(_statement_words(c.claim.statement))
        elif dimension and unit not in _TIME_UNIT_WORDS:
            other_wanted = wanted  # "a trailer, 13.6m long, 4.0m overall height": no height's, whose statement says "tall"
            wanted = lambda c: other_wanted(c) and _states_dimension(c, dimension)
        if any(t.norm in ("each", "every") for t in tokens[: int(at)]):  # "Each of the 84 turbines has a rated capacity of 15 MW"
            one_wanted = wanted
            wanted = lambda c: one_wanted(c) and not _of_all(c)
        if (relative := _RELATIVE_BEFORE.search(text, max(tokens[0].start, value.start - 60), value.start)) is not None:
            noun = normalize(relative.group(1) or relative.group(2))  # "under a bridge that is signed at 3.9m": the bridge's
            of_noun = frozenset(c.claim.id for c in self.index.claims.values() if wanted(c) and noun in _phrase_words(c))
            if of_noun:
                relative_wanted = wanted
                wanted = lambda c: relative_wanted(c) and c.claim.id in of_noun
            elif noun not in EVENT_WORDS and noun not in self._claim_words:
                return None
        if before in _LENGTH_VERBS:  # "The debris fan stretched about 45 metres out": a length or width, no cliff's height
            length_wanted = wanted
            wanted = lambda c: length_wanted(c) and _states_dimension(c, _EXTENTS)
        if before in _DIMENSION_NOUNS:  # "eight lanes, depth 0.9m at the shallow end": no pool's length
            named_wanted, words = wanted, _DIMENSION_NOUNS[before]
            wanted = lambda c: named_wanted(c) and _states_dimension(c, words)
        if 0 < k < len(tokens) and _plural_as_written(tokens[k]) and tokens[k].norm not in _KNOWN_UNITS:
            kind, plural = tokens[k].norm, tokens[k].raw.lower()  # "in a cluster of 60m+ trees": other trees, not the one
            singular_wanted = wanted  # (but "in six-month steps", "five-minute matches": each one's)
            wanted = lambda c: singular_wanted(c) and not (kind in _subject_words(c) and _of_a_named_one(c, plural))
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
        if (
            (not value.unit or "-" not in value.text) and k < len(tokens) and tokens[k].norm == "of" and "/" not in unit
            and (k + 1 == len(tokens) or tokens[k + 1].norm not in ("which", "whom"))  # ("4,300 hectares, of which ...": the whole)
        ):
            phrase = self._of_phrase(tokens, k, text)
            no_height = lambda c: wanted(c) and _DIMENSION_WORDS["high"].isdisjoint(_statement_words(c.claim.statement))
            of_named = self._of_claims(phrase, no_height)  # ("150 metres of cliff fell": a length of it, not its height;
            # but "85 cm of snow" is a depth)
            if not of_named and not any(token.norm in _SPAN_NOUNS for token in phrase):
                return None  # "five days of UN talks in Geneva", "8GB of RAM" (but "three days of WAIC", "4 days of exhibitions";
                # and a rate's "megalitres of drinking water a day" measures the water)
            if of_named:  # "fourteen years' imprisonment, three years of supervised release": the release's, not the prison term's
                of_wanted = wanted
                wanted = lambda c: of_wanted(c) and c.claim.id in of_named
        found = self._nearest(value, replace(_number(value), unit=unit), tokens, previous, at, ("count",), text, wanted)
        own = self._rate_units.get(unit) if found is None and unit.rpartition("/")[2] not in _SPEED_PERS else None
        if own is not None and wanted(self.index.claims[own]) and not any(wanted(self.index.claims[h.claim]) for h in self.index.subject_hits(tokens)):
            k = min(int(at + 0.5) + 1, len(tokens) - 1)  # "Running at about 4.4 kWh per kilolitre, the plant ...": the one claim in kWh/kL
            return self._best(value, _number(value), [SubjectHit(k, k, own)], tokens, previous, lambda h: 0, text)
        return found

    def _time_of_a_task(self, value: NumberMention, tokens: list[Token], text: str, unit: str) -> bool:
        """Whether a time before a figure in its sentence, or over its table column, is a task's lead
        time, notice or wait ("The freight lead time for a WAIC stand is six weeks"), which no claim
        in ``unit`` speaks of."""
        heads = [text[a:b] for c in _cells_of(tokens) if c.start <= value.start < c.end for a, b in c.heads]
        if not heads and not any(t.norm in _LEAD_TIME_WORDS for t in tokens if t.start < value.start):
            return False  # (a cheap first look)
        if not (_LEAD_TIME.search(text, tokens[0].start, value.start) or any(_LEAD_TIME.search(h) for h in heads)):
            return False
        return not any(w in _LEAD_TIME_WORDS for w in self._unit_statement(unit))

    def _of_phrase(self, tokens: list[Token], k: int, text: str) -> list[Token]:
        """The words after "of" (token ``k``) in "N days of ...", up to a stop, less determiners."""
        phrase: list[Token] = []
        previous = tokens[k]
        counted = k > 0 and _count_noun(tokens[k - 1].norm)  # "Two members of the Committee": a part of it
        for token in tokens[k + 1 : k + 1 + MEASURE_WINDOW]:
            if not joined(text, previous, token) or (token.norm in _MEASURE_STOP and (phrase or counted or token.norm not in _DETERMINERS)):
                break
            previous = token
            if token.norm not in _DETERMINERS:  # ("250 kilometres of the Kimberley coastline")
                phrase.append(token)
        return phrase

    def _of_claims(self, phrase: list[Token], wanted: Callable[[CompiledClaim], bool]) -> frozenset[str]:
        """The claims that ``wanted`` takes whose subject the words of an of-phrase name."""
        return frozenset(hit.claim for hit in self.index.subject_hits(phrase) if wanted(self.index.claims[hit.claim]))

    def _head_of(self, tokens: list[Token], k0: int, window: list[int]) -> list[SubjectHit]:
        """The subjects of plain counts that end right before the "of" before the figure at token ``k0``, when the noun
        it counts (``window``) is the subject of other claims only: "a capacity of 650 bathers" beside a claim that
        counts bathers (not "4,318 dead fish of 11 species": the fish are counted already; nor "a school of 21,500
        students", a noun no claim counts; nor "strandings of one to three animals", of the claim the noun is)."""
        counted = {h.claim for h in self.index.subject_hits([tokens[k] for k in window]) if self._is_plain_count(h.claim)}
        if not counted:
            return []
        lo = max(0, k0 - 4)
        return [
            SubjectHit(h.first + lo, h.last + lo, h.claim)
            for h in self.index.subject_hits(tokens[lo : k0 - 1])
            if h.last + lo == k0 - 2 and self._is_plain_count(h.claim) and h.claim not in counted
            and not any(_is_number(t) for t in tokens[max(0, h.first + lo - 2) : h.first + lo])
        ]

    def _measures_subject(
        self, value: NumberMention, tokens: list[Token], text: str, wanted: Callable[[CompiledClaim], bool]
    ) -> bool:
        """Whether a hyphenated measure ("three-day") may be of a claim's subject: it is followed by
        the subject ("a three-day AI conference"), by a word for its length ("a three-day run"), or
        by no noun at all; not by another noun ("a one-day ticket")."""
        window = [tokens[k] for k in _window(tokens, value, text, MEASURE_WINDOW, _MEASURE_STOP)]
        if not window or any(token.norm in _SPAN_NOUNS for token in window) or window[0].norm in ("all", "every"):
            return True  # (a time after it measures nothing: "heated to 26°C all season", "open 12 hours every day")
        if window[0].norm in _DIMENSIONS or _ELEVATION_AFTER.match(text, value.end):
            return True  # a dimension, which no noun follows: "The trailer, 4.4m tall, hit the bridge", "462m above sea level"
        k = bisect_left(tokens, value.start, key=_token_start) - 1
        if k > 0 and tokens[k].norm in ("a", "an", "the"):
            k -= 1
        if k >= 0 and tokens[k].norm in _COPULAS:
            return True  # "WAIC 2025 was a two-day sprint": what the subject was
        unit = bisect_left(tokens, value.end, key=_token_start) - 1  # with the unit's word: "the 23-year-old striker"
        measured = ([tokens[unit]] if unit >= 0 and tokens[unit].start >= value.start else []) + window
        return any(wanted(self.index.claims[hit.claim]) for hit in self.index.subject_hits(measured))

    def _averaged(self, claim_id: str) -> bool:
        """Whether a claim's statement gives its figure as an average ("Average class size will rise to 26 students")."""
        return not _AVERAGES.isdisjoint(_statement_words(self.index.claims[claim_id].claim.statement))

    def _rate_unit(self, unit: str, per: str) -> str:
        """The unit of a figure in ``unit`` per ``per``: a speed ("km/h"), or a rate a claim is in ("megalitre/day"),
        else ``unit`` itself ("83 million litres of water a year" for a claim in litres)."""
        rate = f"{unit}/{per}"
        return rate if per in _SPEED_PERS or rate in self._units or unit not in self._units else unit

    def _tally_side(self, value: NumberMention, tokens: list[Token], k0: int, text: str) -> list[SubjectHit] | None:
        """For a vote's tally, "N votes to M", the count claims the figure may state: N those of the votes for
        (whose statement says no "against"), M those of the votes against; ``None`` for any other figure."""
        if _AGAINST_AFTER.match(text, value.end) and k0 > 0 and _VOTING.search(text, tokens[0].start, value.start):
            return [  # "187 deputies voted in favour and 142 against": the elided noun's, of the votes against
                h for h in self.index.subject_hits(tokens[:k0]) if h.claim in self._against_claims and self._is_plain_count(h.claim)
            ]
        if "vote" not in text[max(0, value.start - 10) : value.end + 10].lower():
            return None  # (a cheap first look)
        if _VOTES_TO_AFTER.match(text, value.end):
            noun, against = k0 + 1, False
        elif _VOTES_TO_BEFORE.search(text, max(0, value.start - 12), value.start) and k0 >= 2:
            noun, against = k0 - 2, True
        else:
            return None
        hits = [SubjectHit(h.first + noun, h.last + noun, h.claim) for h in self.index.subject_hits(tokens[noun : noun + 1]) if self._is_plain_count(h.claim)]
        return [h for h in hits if (h.claim in self._against_claims) == against]

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
        k0 = _first_token_at(tokens, value.start)
        if before == "into" and k0 > 1 and not self._into_claims and any(t.norm.startswith(_MERGING) for t in tokens[max(0, k0 - 7) : k0]):
            return None  # "merge six schools into three campuses": what they become, not how many merge
        herd = _GROUP_LABEL_BEFORE.search(text, max(0, value.start - 24), value.start)
        if herd is not None and normalize(herd.group(1)) not in self._claim_words:
            return None  # "Bongo herd: 11 animals": one group's count, not the whole
        if before == "from" and self._origin_of_others(tokens, k0):
            return None  # "412 journalists from 22 countries": where those no claim counts come from
        if before in ("at", "was", "is") and not self._ages and (
            _SUPERLATIVE_AGE.search(text, max(0, value.start - 70), value.start) or _SUPERLATIVE_AGE_AFTER.match(text, value.end)
        ):
            return None  # "the oldest passenger on the flight at 71", "the youngest participant was 16": an age
        if before in _TURNING and not self._ages:
            return None  # "When an employee turns 21": an age, and no claim gives one
        tally = self._tally_side(value, tokens, k0, text)
        if tally is not None:  # "passed by 187 votes to 142": the 187 for it, the 142 against
            return self._best(value, _number(value), tally, tokens, previous, lambda h: 0, text) if tally else None
        whole = _whole_after(tokens, value)
        if self._part_claims and whole is not None:
            parts = [
                SubjectHit(h.first + whole + 1, h.last + whole + 1, h.claim)
                for h in self.index.subject_hits(tokens[whole + 1 : whole + 4])
                if h.claim in self._part_claims and h.first == 0
            ]  # "The SDU won 113 of the 240 seats": 113 seats, for a claim of the seats won of all 240
            if parts:
                return self._best(value, _number(value), parts, tokens, previous, lambda h: 0, text)
        if whole is not None and whole + 2 < len(tokens) and _verb_like(tokens[whole + 2]):
            done = [
                SubjectHit(h.first + whole + 2, h.last + whole + 2, h.claim)
                for h in self.index.subject_hits(tokens[whole + 2 : whole + 5])
                if h.first == 0 and self._families[h.claim] == "count"
            ]  # "Eight of the nine members backed the rise": eight did, for a claim of how many backed it
            if done:
                return self._best(value, _number(value), done, tokens, previous, lambda h: 0, text)
        if before in _SELECTION:
            return None  # "the top 10 robots at WAIC", "these 3 robots": a selection, not how many there were
        if "top" in text[value.end : value.end + 60] and not self._top_claims and _IN_THE_TOP_AFTER.match(text, value.end):
            return None  # "Institutions from 31 countries appear in the top 200": of a selection, not of all
        if before == "aged" and "aged" not in self._claim_words:
            return None  # "(Whippet, dog, aged 3)": an age, which only a claim of one takes (see _bound_measure)
        if k0 > 1 and (tokens[k0 - 2].norm in _LABEL_PREPOSITIONS or not window) and self._numbered_one(tokens[k0 - 1], value, text):
            return None  # "misspelled it in round 16", "lane 3 had a man doing butterfly": which one, not how many (for
            # "The final lasted 17 rounds")
        if not window and _threshold_of_a_noun(tokens, k0, value, text):
            return None  # "Rowers over 70 need a medical certificate": an age or a threshold, not a count
        if before == "between" and value.high is None:
            return None  # "Bouts between two G1 robots": the pair in a bout, not how many (not "between 50 and 60 robots")
        if before in _ADDED and _raw_before(tokens, value) in _ADDED:
            return None  # "New: 35 integrations", "another 20 companies": what was added, not the total ("NEWS: 20 ..." is news)
        site = 1 if len(tokens) > 3 and tokens[0].norm in ("the", "a") and tokens[1].raw[:1].isupper() and tokens[2].norm in _PARTS_OF_A_SITE else 0
        if site or (len(tokens) > 2 and tokens[0].norm in _PARTS_OF_A_SITE and tokens[1].raw[:1].isupper() and _first_token_at(tokens, value.start) > 1 and before not in ("the", "all")):
            return None  # "Hall H2 hosts about 120 exhibitors": one hall's (not "Hall H1 hosts the 30 large language models")
        if before in ("and", "or"):
            before = _coordinated_verb(tokens, value) or before  # "We ship 4 robots and 2 demo devices": "ship" governs the 2
        if before in _AUDIENCE and before not in self._claim_words:
            return None  # "the president told about 150 growers, winemakers and guests": a speech's audience
        if before in _TRADED and before not in self._claim_words:
            return None  # "a buyer ordered 20 educational humanoids": what was bought, not what was shown
        if before == "of" and _first_token_at(tokens, value.start) > 1 and tokens[_first_token_at(tokens, value.start) - 2].raw in _NAMED_GROUPS:
            return None  # "the African Group of 54 countries": a named group's members
        if before == "of" and _word_before(tokens, value, 2) in _GROUPS_OF and not self._one_group_of_counted(tokens, value, window):
            k = _first_token_at(tokens, value.start) - 2
            group = [
                SubjectHit(h.first + k - 2, h.last + k - 2, h.claim)
                for h in self.index.subject_hits(tokens[max(0, k - 2) : k + 1])
                if h.last + k - 2 == k and self._is_plain_count(h.claim)
            ] if k >= 2 and tokens[k].raw.lower() == tokens[k].norm else []  # "a pacing team of six": the one team a claim counts
            return self._best(value, _number(value), group, tokens, previous, lambda h: 0, text) if group else None  # "Twenty-two teams of seven riders": each team's size
        if before == "from" and _word_before(tokens, value, 2) in _CAME and self._made_by(tokens, value, window):
            return None  # "The 60 robots shown at WAIC came from more than 20 companies": their makers, not the exhibitors
        if before in ("from", "in", "across") and self._origin_of_a_group(tokens, value):
            return None  # "212 delegates from 27 countries": where a group counted before comes from
        if (before in _MET or (before == "with" and _met_with(tokens, value)) or (before == "from" and _met_group(tokens, value))) and _first_person_before(tokens, value):
            return None  # "we spent three days meeting 31 companies", "we met buyers from 19 countries": whom the writer met
        if before == "with" and k0 > 1 and tokens[k0 - 2].raw.lower() in _TALKS:
            return None  # "Visits to the halls; meetings with 11 companies": whom someone met, a diary's or a delegation's
        if before == "with" and _word_before(tokens, value, 2) in _STARTS:
            return None  # "workspaces start with 3 to 5 people": where something starts, not the total
        if value.value == 1 and (value.qualifier in (Qualifier.AT_LEAST, Qualifier.OVER) or value.text.isalpha()):
            return None  # "at least one integration", "one WAIC exhibitor joked": not a count of them all
        if (before == "for" and not _capacity_for(tokens, value) and _word_before(tokens, value, 2) not in _PAYING) or before in ("covering", "alone") or any(
            t.norm == "alone" for t in _chunk_before(tokens, value, text)
        ) or _alone_after(tokens, value, text):
            return None  # "orders for 200 robots", "Huawei alone showed 20 products", "In Hall H1 alone, 200": a part, not the total
        if _part_of_one(tokens, value, text, self._each_words) or _in_breakdown(tokens, value, text):
            return None  # "including three humanoid robots", "each presented two", "four models at its stand"
        if self._in_aside_of_another(tokens, value, text):
            return None  # "Unitree, which says it has shipped more than 1,000 robots this year, ...": Unitree's
        if self._labelled_by_another(tokens, value, text):
            return None  # "* Ningbo Dynamics: 9 humanoid robots, 1 new product launch": one company's
        if before in _SHOW_VERBS and self._shown_by_another(tokens, _verb_before(tokens, value), text):
            return None  # "AgiBot (Shanghai) brought 12 robots": one exhibitor's
        if _pool(tokens, value):
            return None  # "nine of our twelve regions": the twelve are what the nine are taken from
        if _in_brackets_after_name(text, value.start):
            return None  # "the largest groups are from China (1,450 students)": a group, not the total
        if _is_goal(tokens, value) and not self._goal_claims:
            return None  # "we want to pass 250 integrations", "aims to attract 1,000 firms": a goal (which only a claim of one
            # states: "The programme's target is 10,000 fluent speakers by 2040")
        if any(t.norm in _CAPACITIES and t.norm not in self._claim_words and t.norm not in self._stated_capacities for t in tokens[max(0, k0 - GOAL_REACH) : k0]):
            return None  # "enough to support around 40 enterprises", "equipped for delegations from up to 40 countries" (but
            # "enough water for about 500,000 homes" for a claim that the output is "enough for about 400,000 homes")
        if value.qualifier is Qualifier.AT_MOST and not self._limits and (
            any(t.norm in _PERMITS for t in tokens[max(0, k0 - 3) : _first_token_at(tokens, value.end) + 4]) or any(t.norm in _EACH for t in tokens[:k0])
        ):  # "no more than 4 humanoid robots may operate ...", "Each exhibitor Wi-Fi account supports up to 5 devices"
            return None  # "Each pass holder may register up to two devices": what one may do, a limit
        if before == "of" and _word_before(tokens, value, 2) in _NATIONALS:
            return None  # "covers citizens of more than 40 countries": a policy's reach, not who came
        if before == "the" and k0 > 2 and tokens[k0 - 2].norm == "of" and _is_rank_word(tokens[k0 - 3]) and not (k0 > 3 and tokens[k0 - 4].norm in ("a", "an", "one")):
            return None  # "WAIC sits fifth of the six": how many it is ranked among
        if window and tokens[window[0]].norm in ("other", "remaining") and before in ("the", "all"):
            return None  # "the two other laureates split the remaining half": the rest, a part
        if (
            window and tokens[window[0]].norm in ("other", "fellow") and not unit and value.kind is NumberKind.COUNT
            and value.qualifier is Qualifier.EXACT and not self._counts_others(tokens, window)
        ):
            value = _one_more(value)  # "outlasted ten other (fellow) finalists", "alongside 600 other companies": the others and one
        if before in ("other", "remaining") and k0 > 1 and tokens[k0 - 2].norm in ("the", "all", "of"):
            return None  # "Each of the other eight finalists receives $1,000": the rest, a part
        if any(tokens[k].norm in ("remain", "remained") and _STILL_IN.match(text, tokens[k - 1].end) for k in window[1:]):
            return None  # "eleven spellers remain from a field of 234": those still in, a part
        if k0 > 1 and tokens[k0 - 1].norm == "of" and tokens[k0 - 2].norm in _SETTLEMENTS and (not window or tokens[window[0]].norm in _DWELLERS):
            return None  # "a village of about 2,900 people", "a town of 40,000": its population
        if k0 > 1 and tokens[k0 - 1].norm == "of" and tokens[k0 - 2].norm in _GATHERINGS and tokens[k0 - 2].norm not in self._claim_words and not (
            tokens[k0 - 2].norm in _GROUPS_OF and self._one_group_of_counted(tokens, value, window)
        ):
            return None  # "staged a silent protest of about 300 people": the protest's size, not the crowd's
        if window and _IN_AREA.match(text, tokens[window[-1]].end):
            return None  # "430 schools in the Dublin area": a region's, not the total
        if self._labelled_as_own(tokens, k0, text):
            return None  # "Robots in this consignment: 2 humanoid robots": the writer's own lot
        if _part_opening(tokens, k0, text):
            return None  # "In the trusted-AI zone of the exhibition, 11 devices": one zone's
        if k0 > 0 and text[tokens[k0 - 1].end : value.start] == "-" and tokens[k0 - 1].raw.isalpha():
            glued = [SubjectHit(k0 - 1, k0 - 1, h.claim) for h in self.index.subject_hits(tokens[k0 - 1 : k0]) if self._is_plain_count(h.claim)]
            if glued:  # "a magnitude-6.5 earthquake": the word the figure is glued to is what it gives
                return self._best(value, _number(value), glued, tokens, previous, lambda h: 0, text)
        if k0 > 0 and tokens[k0 - 1].raw[:1].isupper() and text[tokens[k0 - 1].end : value.start] == " ":
            if self._numbered_one(tokens[k0 - 1], value, text, capitalised=True):
                return None  # "Ring 17 (Terrier breeds) was judged by ...": which ring, for a claim that counts rings
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
                and not any(t.norm in _PREPOSITIONS for t in tokens[max(0, h.first + lo - 3) : h.first + lo])
            ]  # (not "the median age of exhibitors was 12", nor "Among the exhibits were 40 large language models")
            if linked:
                return self._best(value, _number(value), linked, tokens, previous, lambda h: 0, text)
        if k0 > 1 and tokens[k0 - 1].norm == "of" and window and not value.maybe_year and value.high is None:
            head = self._head_of(tokens, k0, window)
            if head:  # "a capacity of 650 bathers": the capacity's, though another claim counts bathers
                return self._best(value, _number(value), head, tokens, previous, lambda h: 0, text)
        if window and tokens[window[0]].norm == "and" and not unit and k0 > 0 and joined(text, tokens[k0 - 1], tokens[k0]) and not (
            k0 > 1 and tokens[k0 - 2].norm in _AT_LABELS
        ) and not value.maybe_year:  # (not labels: "prayer rooms are on levels 1 and 148"; nor years: "families between 2002 and 2019")
            before_hits = [SubjectHit(k0 - 1, k0 - 1, h.claim) for h in self.index.subject_hits(tokens[k0 - 1 : k0]) if self._is_plain_count(h.claim)]
            if before_hits:  # "advanced devices 50 and humanoid robots 60": the 50 counts the devices just before it
                return self._best(value, _number(value), before_hits, tokens, previous, lambda h: 0, text)
        window = self._with_classifier(tokens, value, window) if not unit else window
        counted = [tokens[k] for k in window]
        if counted and not unit and counted[0].norm in _CLASSIFIERS and not any(  # (not a claim's own "pieces")
            self._is_plain_count(h.claim) for h in self.index.subject_hits(counted[:1])
        ):  # "large model 14 pieces and humanoid robot 16 sets"
            named = [h for h in self._subject_before(value, tokens, text) if h.last == k0 - 1]  # (right before the figure:
            return self._best(value, _number(value), named, tokens, previous, lambda h: 0, text)  # not "points and ... two sets down")
        if unit:
            counted.insert(0, Token(value.start, value.end, unit, unit))
        hits = [h for h in self.index.subject_hits(counted) if self._is_plain_count(h.claim)]
        hits = [h for h in hits if not self._attributive(counted, h, value)]
        if len({h.claim for h in hits}) > 1:  # "1,231 competitors finished": the finishers', where athletes start too
            hits = self._by_verb_after(counted, hits) or hits
        bracketed = _bracket_after_figure(tokens, value, text) if hits and "(" in text[max(0, value.start - BRACKET_REACH) : value.start] else []
        if bracketed:  # "Lifts: 9 (Skarn Express, ... and the six beginner lifts)": a part of the nine, not another count of them
            counted_before = {h.claim for h in self.index.subject_hits(bracketed)}
            hits = [h for h in hits if h.claim not in counted_before]
            if not hits:
                return None
        if hits and self._part_claims and _whole_of_a_part(tokens, value):  # "Two of the three zones went down": the three
            hits = [h for h in hits if h.claim not in self._part_claims]  # are the whole, no claim's that counts the part
        if hits and k0 > 0 and _named_owner(tokens[k0 - 1]) and tokens[k0 - 1].norm not in self._claim_words and not any(
            tokens[k0 - 1].norm in self._named_in[h.claim] for h in hits
        ):  # (not "Marisol's 49 confirmed deaths" for a claim whose statement names Marisol)
            return None  # "the WRC's 1,500 exhibits", "Unitree's 12 robots": another's, named
        if hits and k0 > 0 and _owned_by_a_part(tokens[k0 - 1]):  # "The school's 18 teachers": one school's, not the total
            hits = [  # (not "the strike's 38,000"; but "the auditorium's 1,847 seats" for "The restored auditorium has 1,874 seats")
                h for h in hits
                if _claim_word(self.index.claims[h.claim], tokens[k0 - 1].norm) or tokens[k0 - 1].norm in _statement_words(self.index.claims[h.claim].claim.statement)
            ]
        if before in _EMPLOYS and counted and counted[0].norm in _PEOPLE and not self._employing and not _EMPLOYS & self._claim_words:
            return None  # "employs more than 640 people": the staff, which no claim counts (not "employed 250,000 pickers")
        if not hits and not unit and counted and counted[0].norm in _PEOPLE:
            return self._people(value, window, tokens, previous, text)  # "killed 241 people", "1,500 people were injured"
        if (
            not hits and not unit and window and window[0] + 1 < len(tokens) and tokens[window[0] + 1].norm in _COPULAS
            and _count_noun(counted[0].norm) and counted[0].norm not in _TIME_UNIT_WORDS and value.value.is_integer()
        ):
            noun = window[0]  # (a subject that opens with the noun too: "130 amendments were tabled" for "amendments were tabled")
            said = self._fate_hits(tokens, noun + 1, set()) or [
                SubjectHit(h.first + noun, h.last + noun, h.claim)
                for h in self.index.subject_hits(tokens[noun : noun + 4]) if h.first == 0 and h.last > 1 and self._is_plain_count(h.claim)
            ]
            if said:  # "Over 180,000 members were eligible to vote": the claim whose subject the predicate gives
                return self._best(value, _number(value), said, tokens, previous, lambda h: 0, text)
        if not hits and not unit and window and _count_noun(counted[0].norm) and value.value.is_integer() and not _whole_of_a_part(tokens, value):
            noun = window[0]  # "nearly 90 cars finished", "39 members of the public addressed ...": a subject of the noun and
            # its verb or its "of" phrase (not an attributive one: "the stand's 12 humanoid robots", "23,000 polling station staff")
            said = [
                SubjectHit(h.first + noun, h.last + noun, h.claim)
                for h in self.index.subject_hits(tokens[noun : noun + 4])
                if h.first == 0 and self._is_plain_count(h.claim) and any(_verb_like(t) or t.norm in _PHRASE_LINKS for t in tokens[noun + 1 : noun + h.last + 1])
            ]
            if said:
                return self._best(value, _number(value), said, tokens, previous, lambda h: 0, text)
        if hits:
            first = min(h.first for h in hits)
            if (unit and value.unit or not unit and counted[0].norm in _UNIT_WORDS) and first > 0:
                return None  # "a 30-minute call", "16 oz rounds": the figure counts minutes, ounces; the call is what they measure
            if value.maybe_year and (first != 0 or (value.value % 100 and value.value >= 1900)):
                return None  # "the 2025 robots roundup": a year (a round 2000 may count, "2000 robots")
            hits = [h for h in hits if h.first == first]
            after = window[max(h.last for h in hits) - (1 if unit else 0)] + 1 if window else len(tokens)  # a restriction after
            # the noun: "17 firms supported by ..."
            restricted = after < len(tokens) and (tokens[after].norm in ("that", "who", "which", "from") or (
                tokens[after].raw.islower() and tokens[after].raw.endswith("ed")
            ))
            if restricted and tokens[after].norm in ("that", "who") and k0 >= 2 and tokens[k0 - 2].norm == "of" and tokens[k0 - 1].norm == "the":
                clause = tokens[after + 1 : _phrase_after(tokens, after, text, 8)]
                hits = [h for h in hits if self.index.required_in(h.claim, clause) and self.index.claims[h.claim].required is not None]
                if not hits:
                    return None  # "Of the 318 exhibiting companies that answered the survey, 61% ...": those who answered
            if restricted and tokens[0].norm == "among" and k0 > 2 and tokens[k0 - 1].norm in ("were", "was"):
                among = {h.claim for h in self.index.subject_hits(tokens[1 : k0 - 1])}
                hits = [h for h in hits if h.claim not in among]  # "Among the exhibitors were 17 firms ...": a part of them
                if not hits:
                    return None
            hits = [h for h in hits if not _narrowed(counted[:first], self.index.claims[h.claim])]
            if not hits:
                return None  # "300 Chinese companies", "150 foreign firms": a part, not the whole
            if _negated_after(tokens, after):
                return None  # "Four countries did not sign": those that did not
            if counted[first].norm not in _PEOPLE and _harmed(tokens, after):
                fated = self._fate_hits(tokens, after, {h.claim for h in hits})
                if fated:  # "Three firefighters are hurt": the claim of those hurt, not of those who fought the fire
                    return self._best(value, _number(value), fated, tokens, previous, lambda h: 0, text)
                hits = self._befitting(tokens, after, hits)
                if not hits:
                    return None  # "Three firefighters are hurt" and no claim of the hurt: those it befell
            if after < len(tokens) and tokens[after].norm in _ELIGIBLE:
                return None  # "the 55 countries eligible for 240-hour visa-free transit": those a rule names
            if window and (tokens[window[0]].norm in ("most", "least") or (
                tokens[window[0]].raw.endswith("est") and tokens[window[0]].raw.islower() and before == "the"
            )):
                return None  # "the ten most climate-vulnerable countries", "the 10 largest exhibitors": a selection
            if not unit and counted[first].norm in _FIRMS and self._of_a_named_group(tokens, window[max(h.last for h in hits)] + 1):
                return None  # "18 enterprises of Zhangjiang AI Island", "27 firms from our province": a group's part
            if after + 2 < len(tokens) and tokens[after].norm in ("of", "from", "at", "in") and tokens[after + 1].norm in ("this", "our", "that") and (
                tokens[after + 2].norm in SUBUNITS and tokens[after + 2].norm not in self._claim_words
            ):
                return None  # "the 212 members of this branch", "300 staff at our hospital": one unit's, a part
            if any(t.raw.lower() in _AVERAGE_WORDS for t in tokens[max(0, k0 - AVERAGE_REACH) : k0]) and not any(t.norm in _AVERAGES for t in counted[:first]):
                averaged = [h for h in self.index.subject_hits(tokens) if self._is_plain_count(h.claim) and self._averaged(h.claim)]
                if not any(self._averaged(h.claim) for h in hits):  # "Average class size will rise to 26 students": an average, not the students
                    return self._best(value, _number(value), averaged, tokens, previous, lambda h: 0, text) if averaged else None
            if after + 2 < len(tokens) and tokens[after - 1].norm in _MEMBERS and tokens[after].norm == "of" and tokens[after + 1].norm in ("the", "a", "an") and tokens[after + 2].raw.isalpha():
                owner = tokens[after + 2].norm  # "14 members of the public": another body's members, not the claim's
                hits = [h for h in hits if owner in self._claim_words or owner in _statement_words(self.index.claims[h.claim].claim.statement)]
                if not hits:
                    return None
            if _PER_NUMBER_AFTER.match(text, tokens[after - 1].end if window else value.end):
                hits = [h for h in hits if " per " in self.index.claims[h.claim].claim.statement]
                if not hits:
                    return None  # "612 claims per 1,000 dwellings": a rate, not the total
            if not unit and _per_period(tokens, window[max(h.last for h in hits)] + 1):
                hits = [h for h in hits if RATE_STATED.search(self.index.claims[h.claim].claim.statement)]
                if not hits:
                    return None  # "produced up to 40,000 sandbags per hour": a rate, not the total
            if counted[first].norm in _PEOPLE and not unit and k0 == 2 and tokens[0].norm == "of" and tokens[1].norm == "the" and any(
                _is_number(t) for t in tokens[window[-1] + 1 :]
            ):
                return None  # "Of the 71 people on board, four were killed": the people the count after is taken from
            if counted[first].norm in _PEOPLE and not unit:  # "people" the subject of a claim whose context fails
                said = self._people_predicate(window[first] + 1, tokens, text)
                counting = {h.claim for h in hits}  # (the claims that count people)
                if any(h.claim not in counting for h in said):  # "Seven people died", "Seven people lost their lives": the
                    said = [h for h in said if h.claim not in counting]  # verb's claim, not people evacuated
                    return self._best(value, _number(value), said, tokens, previous, lambda h: 0, text)
                own = {h.claim for h in said}  # "25 people fell ill": of the claims that count people, the one the predicate names
                verb = (  # "The company employs about 1,150 people": the claim whose subject the verb before is
                    {h.claim for h in self.index.subject_hits(tokens[k0 - 1 : k0]) if h.claim in counting}
                    if k0 > 0 and tokens[k0 - 1].raw.isalpha() and tokens[k0 - 1].raw.islower()
                    else set()
                )
                hits = self._befitting(tokens, window[first] + 1, [h for h in hits if h.claim in own | verb] or hits)
                if not hits:
                    return None  # "Nine people were hospitalised": those it befell, not the people enrolled
                found = self._best(value, _number(value), _in_sentence(hits, window, k0, unit), tokens, previous, lambda h: 0, text)
                if found is None and verb:
                    return None  # "The company employs about 1,150 people company-wide": the verb's claim, whose context fails
                return found or self._people(value, window, tokens, previous, text)  # "The fire killed four people"
        elif not window and not unit and not value.maybe_year:
            if (k := _first_token_at(tokens, value.end)) < len(tokens) and tokens[k].norm == "per":
                return None  # "badges are allocated at six per 9 m² of booth space": a ratio, not a count
            if _after_symbol(text, value.start):
                return None  # "❤️ 690 · 🔁 122 · 💬 19": a post's likes and reposts
            noun = _elided_noun(tokens, value, text)
            if noun:  # "16 cases among the vaccinated and 113 among those on placebo": the 113 are cases too
                elided = [SubjectHit(noun, noun, h.claim) for h in self.index.subject_hits(tokens[noun : noun + 1]) if self._is_plain_count(h.claim)]
                return self._best(value, _number(value), elided, tokens, previous, lambda h: 0, text) if elided else None
            predicate = self._predicate_after(value, tokens)  # "exhibitors numbered 800" (the subject before), but the
            passive = predicate and _PASSIVE_AFTER.match(text, value.end) is not None  # predicate of "and more than 40 were injured"
            hits = (predicate if passive else []) or self._subject_before(value, tokens, text) or predicate
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
            hits = [h for h in hits if not (h.first > 0 and tokens[h.first - 1].norm in _GROUPS) and not self._one_by_superlative(tokens, h)]
            if not hits:
                return None  # "Team finishers: 312", "Foreign exhibitors: 150": a group's count; "The youngest player was eight"
            if all(h.last == k0 - 1 and h.first > 0 and tokens[h.first - 1].norm in _AT_LABELS and joined(text, tokens[h.last], tokens[k0]) for h in hits):
                return None  # "trusses at levels 44, 88 and 132", "restaurants on levels 58 to 61": labels, not how many
            k = _first_token_at(tokens, value.start)
            if k >= 2 and tokens[k - 1].norm == "of" and not any(h.last == k - 2 for h in hits):
                return None  # "participants had a median age of 54": the figure is the age's
            return self._best(value, _number(value), hits, tokens, previous, lambda h: float(k0 - h.last), text)  # (the nearest: "exhibits -- LLMs: 40")
        return self._best(value, _number(value), _in_sentence(hits, window, k0, unit), tokens, previous, lambda h: 0, text)

    def _bound_measure(self, value: NumberMention, tokens: list[Token], previous: Previous, text: str) -> Match | None:
        """A figure that counts no noun, right after the subject of a measure claim and "of" or a
        colon, or right after "aged": "a median age of 54", "median age: 54", "aged 25" state a claim in years."""
        k = _first_token_at(tokens, value.start)
        if value.maybe_year or (k < 2 and not (k == 1 and ":" in text[tokens[0].end : value.start])):
            return None  # (not "Top 10 AI conferences of 2025": a year)
        if ":" in text[tokens[k - 1].end : value.start]:
            end = k - 1
            if any(_plural_as_written(t) and t.raw.isalpha() and t.norm not in _KNOWN_UNITS and t.norm not in _TIME_UNIT_WORDS for t in tokens[max(0, end - 2) : end + 1]):
                return None  # "Forums: 118", "Members trapped: 4": a count of them, not a forum's length, not hours trapped
        elif tokens[k - 1].norm == "of":
            end = k - 2
        elif tokens[k - 1].norm in ("aged", "age"):
            end = k - 1  # "Achterberg, aged 25,": an age claim's subject right before
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
        if any(h.last + lo == end and self._is_plain_count(h.claim) for h in self.index.subject_hits(tokens[lo : end + 1])):
            return None  # "a pacing team of six": the subject of a count too, which counts it
        if ":" in text[tokens[k - 1].end : value.start] and any(self._is_plain_count(h.claim) for h in self.index.subject_hits(tokens[: end + 1])):
            return None  # "Countries represented at the conference: more than 30" counts countries, not days
        unit = self.index.claims[hits[0].claim].claim.value.unit  # type: ignore[union-attr]
        named = {t.norm for t in tokens[lo : end + 1] if t.norm in _TIME_UNIT_WORDS}
        if named and unit_key(unit or "") not in named:
            return None  # "Days trapped underground: 3" gives days, not the claim's hours
        found = NumberValue(value.value, value.qualifier, unit, value.kind, value.high, value.currency)
        return self._best(value, found, hits, tokens, previous, lambda h: 0, text)

    def _attributive(self, counted: list[Token], hit: SubjectHit, value: NumberMention) -> bool:
        """Whether the subject only modifies the counted noun: "40 product launches" (the singular
        subject word itself after a plural figure, another word right after it)."""
        last = counted[hit.last]
        word = last.raw.lower()
        plural = (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or word in _IRREGULAR_PLURALS  # (not "business cards")
        if hit.last + 1 >= len(counted) or plural:
            return False  # ("300,000 people attended": a plural, which a verb follows)
        if value.value == 1 and (_verb_like(counted[hit.last + 1]) or not counted[hit.last + 1].raw.isalpha()):
            return False  # "1 robot danced"; but "1 robot arm" counts arms
        if value.unit and hit.first == 0:  # "a 32-team tournament" counts teams; "a 2-robot boxing match" counts none
            return not any(term.occurs_in(counted[hit.last + 1 : hit.last + 2]) for term in self.index.claims[hit.claim].require)
        if counted[hit.last + 1].norm in _DETERMINERS or counted[hit.last + 1].norm in _STOP:
            return False  # "18,000 runners finished the race": a verb, which modifies no noun
        return word == last.norm and self.index.is_subject_word(word)

    def _subject_before(self, value: NumberMention, tokens: list[Token], text: str) -> list[SubjectHit]:
        """Subjects just before a figure that counts no noun ("firms numbered 800"), or in its table
        row's label ("| Humanoid robots | 25 | 50 |": each figure counts robots)."""
        cell = cell_at(tokens, value.start)
        if cell is not None and cell.label[0] != cell.start:
            lo = bisect_left(tokens, cell.label[0], key=_token_start)
            hi = bisect_left(tokens, cell.label[1], key=_token_start)
            label = tokens[lo:hi]
            hits = [h for h in self.index.subject_hits(label) if self._is_plain_count(h.claim)]
            hits = [
                h for h in hits
                if h.last + 1 >= len(label) or label[h.last].raw.lower() != label[h.last].norm or label[h.last + 1].norm in _LABEL_LINKS
                or _participle(label[h.last + 1])
            ]  # (not "| Injection-site reaction |"; "| Crowd on Chatrier |", "| Tarkandis freed by Velmora |" count the crowd, Tarkandis)
            if hits and min(h.first for h in hits) == 0 and len({h.claim for h in hits}) > 1:
                hits = [
                    h for h in hits
                    if h.first == 0 or not (any(t.norm in _LABEL_PREPOSITIONS for t in label[max(0, h.first - 2) : h.first]) or "(" in text[label[0].end : label[h.first].start])
                ]  # "| Boats used in the refloat | 14 |", "| Vessel calls (all container) | 2,164 |": what the label opens with
            return [SubjectHit(h.first + lo, h.last + lo, h.claim) for h in hits]
        at = int(token_at(tokens, value.start) + 0.5)
        labelled = at > 0 and ":" in text[tokens[at - 1].end : value.start]  # "Customers who lost power in the storm: 4.6 million"
        changed = at > 1 and tokens[at - 1].norm == "to" and tokens[at - 2].norm in _CHANGE_VERBS  # "has risen to 31": the new
        lo = max(0, at - LABEL_LOOK_BACK) if labelled or changed else _words_back(tokens, at, LOOK_BACK)  # figure of the subject well before
        if labelled and any(t.norm in _PART_HEADS for t in tokens[lo:at]):
            lo = max(0, at - LOOK_BACK)  # (not "Exhibits in the large models and software category at WAIC 2025: 540")
        lo = next((k for k in range(at - 1, lo - 1, -1) if ";" in text[tokens[k].end : tokens[k + 1].start]), lo - 1) + 1
        figures = [k for k in range(lo, at) if _is_number(tokens[k]) and not _old_figure(tokens, k) and not _is_year(tokens[k]) and not _a_period(tokens, k)]
        if figures:  # a figure between the subject and this one takes it (but not "from 500" in "from 500 to 800", nor
            # a period: "Total attendance across the fifteen days reached 130,000")
            lo = figures[-1] + 1
        hits = [h for h in self.index.subject_hits(tokens[lo:at]) if self._is_plain_count(h.claim)]
        hits = [h for h in hits if not _object_of(tokens, lo + h.first)]
        # the figure just before counts the subject: "of the 800 exhibitors, 150 were foreign" (but in "1,500
        # large models, 45 of which were on display" the 45 is a part of them, which the clause after counts)
        if figures and any(h.first == 0 and joined(text, tokens[lo - 1], tokens[lo]) for h in hits) and not _of_which(tokens, value):
            return []  # (not "models numbered 40, advanced devices 50": the comma sets the 40 apart)
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
        if TOTAL_LABEL.fullmatch(text, cell.label[0], cell.label[1]):
            label = label + extended[n:]  # "| Total, all venues | 60 |" under "| Venue | Humanoid robots on display |"
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
                source = a + 1 < len(tokens) and tokens[a + 1].norm in _REPORTING and self._own_name_before(tokens, a)
                return owner.raw[:1].isupper() and (owner.norm not in self._owners or self._named_before(tokens, a)) and not opening and not source
        return False

    def _named_before(self, tokens: list[Token], a: int) -> bool:
        """Whether a name of two capitalised words or more, whose first is none of the claims' words, ends
        before token ``a``: "Ballard Harbour" (though "harbour" is a subject word) in "Norvane's base at Ballard
        Harbour, which opened in April 2025"."""
        k = a - 1
        while k > 0 and tokens[k - 1].raw[:1].isupper() and tokens[k - 1].raw.isalpha():
            k -= 1
        return a - 1 > k > 0 and tokens[k].norm not in self._owners and tokens[k].norm not in self._own_name_words

    def _own_name_before(self, tokens: list[Token], a: int) -> bool:
        """Whether the name ending before token ``a`` is the claims' own: its acronym or its first word is
        one of their names' words ("the Corvell Transport Authority (CTA), which says ...", a source on
        the claims' own figures; not "Brantham Roads Agency, which ...")."""
        owner = tokens[a - 1]
        if owner.raw.isupper() and owner.norm in self._own_name_words:
            return True
        k = a - 1
        while k > 0 and a - k < ASIDE_NAME_REACH and tokens[k - 1].raw[:1].isupper() and tokens[k - 1].norm not in _DETERMINERS:
            k -= 1
        return tokens[k].norm in self._own_name_words and tokens[k].norm not in _ORG_WORDS

    def _labelled_by_another(self, tokens: list[Token], value: NumberMention, text: str) -> bool:
        """Whether a list item opens with a name of two to four capitalised words that are
        none of the claims' words (acronyms aside), then a colon, before a figure: "* Ningbo Dynamics:
        9 humanoid robots", "* Kestrel AI: 2 large language models" (that company's figure; not "* Key
        Figures: 60 robots", "Exhibiting Companies: 800", "WAIC 2025: 60 robots")."""
        if text.find(":", tokens[0].start, value.start) < 0:
            return False  # (a cheap first look)
        colon = next((j for j in range(1, min(5, len(tokens))) if ":" in text[tokens[j - 1].end : tokens[j].start]), 0)
        if colon < 2 or tokens[colon].start > value.start or not _BULLET_BEFORE.search(text, max(0, tokens[0].start - 8), tokens[0].start):
            return False
        if any(_verb_like(t) for t in tokens[colon : _first_token_at(tokens, value.start)]):
            return False  # a sentence after the label: a speaker's line, "**Daily Maverick:** The conference brought ..."
        label = tokens[:colon]
        return all(t.raw[:1].isupper() and t.raw.isalpha() and (t.norm not in self._claim_words or t.raw.isupper()) for t in label) and not all(
            t.norm in _GENERIC_LABELS or t.raw.isupper() for t in label
        )  # ("Kestrel AI:" is a name, "WAIC AI:" is not)

    def _shown_by_another(self, tokens: list[Token], verb: int, text: str) -> bool:
        """Whether the doer of "showed"/"brought" (token ``verb``) before a figure is a company's name
        that is none of the claims' words, or "we" ("AgiBot brought 12 robots", "we brought 18 robots",
        "we ship 4 robots and 2 devices"; not "WAIC showed 60 robots")."""
        k = verb - 1
        if k > 0 and tokens[k].norm in ("has", "have", "had"):
            k -= 1  # "Haixin Robotics has brought 30 robots"
        if k > 0 and "," in text[tokens[k].end : tokens[k + 1].start]:  # "Haixin Robotics, a young company from Ningbo, has brought"
            k = next((j - 1 for j in range(k, 0, -1) if "," in text[tokens[j - 1].end : tokens[j].start]), k)
        if k >= 0 and tokens[k].norm in ("we", "we're", "we've", "we'll"):
            return True  # "At WAIC we brought 18 robots": the writer's own stand
        if k >= 1 and tokens[k - 1].norm in ("one", "a", "an") and tokens[k].norm in _ONE_DOERS:
            return True  # "One member, a Geelong-based start-up, brought 3 humanoid robots": one exhibitor's
        doer = _company_name_at(tokens, k, text) if k >= 0 else None
        return doer is not None and doer.norm not in self._owners

    def _model_number(self, tokens: list[Token], k: int, value: NumberMention) -> bool:
        """Whether a small bare number after a capitalised word that none of the claims uses names a
        model or a product ("Aster 3", "Pixel 9"; any number with no word after it: "flew home on a
        Boeing 737."): not at the sentence's start, nor after a month, a weekday or an ordinary
        capitalised word of the claims' own."""
        word = tokens[k - 1]
        if k < 2 or value.qualifier is not Qualifier.EXACT or value.unit or value.high is not None:
            return False
        if f"{word.norm} {value.text.lower()}" in self._named_numbers:
            return True  # "pre-orders for the Estra 6", where a claim's name is "Estra 6"
        if not value.value < 100 and _first_token_at(tokens, value.end) < len(tokens):
            return False
        return (
            word.raw[1:].islower()
            and len(word.raw) > 2
            and word.norm not in self._claim_words
            and word.norm not in _CALENDAR_WORDS
            and word.norm not in _QUALIFYING  # "BREAKING: Only 20 countries ..."
        )

    def _of_a_named_group(self, tokens: list[Token], j: int) -> bool:
        """Whether tokens ``j`` on say whose or where from the counted are, naming a part: "of Zhangjiang
        AI Island", "from our province" (not "from 30 countries", "from China and abroad", "of WAIC")."""
        if j + 1 >= len(tokens) or tokens[j].norm not in ("of", "from"):
            return False
        k = j + 1
        if tokens[k].norm in ("our", "this") and k + 1 < len(tokens) and tokens[k + 1].norm in _REGIONS:
            return True
        if not tokens[k].raw[:1].isupper() or tokens[k].norm in self._claim_words or tokens[k].norm in _DETERMINERS:
            return False
        end = k
        while end + 1 < len(tokens) and tokens[end + 1].raw[:1].isupper():
            end += 1
        return end + 1 >= len(tokens) or tokens[end + 1].norm not in ("and", "or")

    def _entity_row(self, tokens: list[Token], start: int, text: str) -> bool:
        """Whether a table cell's row is one firm's, exhibitor's, recipient's, place's or body's: another
        cell of the row under an "Enterprise", "Company", "Exhibitor", "Region", "Country" or "University"
        header names one, with no claim's subject in it."""
        for cell in getattr(tokens, "row", ()):
            if cell.start <= start < cell.end:
                continue
            head = _ENTITY_HEAD if cell.start != cell.label[0] else _EITHER_HEAD  # ("| Shanghai | 26–28 July |" in WAIC's row)
            if not any(head.fullmatch(text[a:b].strip()) for a, b in cell.heads):
                continue
            named = tokenize(text, cell.start, cell.end)
            if not named or any(t.raw[:1].isdigit() for t in named):
                continue  # "| 800+ |" under "| Exhibitors |": a count, not a firm
            if all(t.norm in self._own_name_words or t.norm in _ORG_WORDS for t in named if t.raw[:1].isupper()):
                return False  # "| Vantorra Systems | ... | 13% |": the claims' own firm's row (not "Shanghai Jiaxin Robotics")
            if not self.index.subject_hits(named):  # (not a claim's own subject's row, unless its table has the claims'
                return True  # own name in another row: "| Queen's Rise School | ... |" under "| Harcourt Mead School | ... |")
            break
        return self._beside_own_row(tokens, start, text)

    def _own_named(self, text: str, span: tuple[int, int], acronym: bool = False) -> bool | None:
        """Whether a row label that is a name (two or more words, all capitalised but "of", "and", "the")
        is one of the claims' own ("Beacon Night", "Vantorra Systems Inc."); None when it is no name (a
        year, a figure, "Large language models"). With ``acronym``, one word names too if it is an acronym: "| WAIC 2025 |"."""
        words = [t for t in tokenize(text, *span) if t.raw.isalpha() and t.norm not in ("of", "and", "the", "for", "de")]
        caps = [t for t in words if t.raw[:1].isupper()]
        if len(caps) < len(words) or not caps or (len(caps) == 1 and not (acronym and _ACRONYM.fullmatch(caps[0].raw))):
            return None
        return all(t.norm in self._own_name_words or t.norm in _ORG_WORDS for t in caps) and any(t.norm in self._own_name_words for t in caps)

    def _beside_own_row(self, tokens: list[Token], start: int, text: str) -> bool:
        """Whether a cell's row is labelled with a name that is not the claims' own, in a table where
        another row is labelled with their own: "| Starfall Appeal | 402,000 |" above "| Beacon Night |
        312,000+ |" is the Starfall Appeal's figure."""
        cell = cell_at(tokens, start)
        if cell is None or cell.label[0] == cell.start or not cell.heads or self._own_named(text, cell.label) is not False:
            return False
        if self._own_heads is None:  # (once per text: the columns with a row labelled with the claims' own name)
            self._own_heads = frozenset(c.heads for c in self._table_cells if c.label[0] != c.start and self._own_named(text, c.label))
        return cell.heads in self._own_heads

    def _others_possessive(self, word: Token) -> bool:
        """Whether a word is the capitalised possessive of a name that no claim's statement names nor uses as
        a subject or context word: "Ashdown's" before a share, for a claim of Malvic's share."""
        return _named_owner(word) and word.norm not in self._claim_words and all(word.norm not in names for names in self._named_in.values())

    def _origin_of_others(self, tokens: list[Token], k0: int) -> bool:
        """Whether the figure at token ``k0``, after "from", says where a count of a plural noun that none of the claims'
        words is comes from: "412 journalists from 22 countries" (not "The conference drew 1,200 participants from 40
        countries": an event's participants, attendees, delegates, visitors or guests come to it)."""
        if k0 < 3 or not _is_number(tokens[k0 - 3]) or _is_year(tokens[k0 - 3]):
            return False
        noun = tokens[k0 - 2]
        if not (noun.raw.isalpha() and noun.raw.islower() and noun.raw.endswith("s")) or noun.norm in self._claim_words:
            return False
        return not (noun.raw in _ATTENDEES and any(t.norm in EVENT_WORDS or t.norm in self._own_name_words for t in tokens[: k0 - 3]))

    def _counts_others(self, tokens: list[Token], window: list[int]) -> bool:
        """Whether "other" and the noun after it are a subject of a claim that counts the others itself
        ("Five other regions saw errors" for *Five other Corvane regions saw knock-on errors*), or whose statement
        counts others ("five other Corvane regions")."""
        hits = self.index.subject_hits([tokens[k] for k in window[:4]])
        return any(h.first == 0 or "other" in _statement_words(self.index.claims[h.claim].claim.statement) for h in hits)

    def _in_others_column(self, tokens: list[Token], start: int, text: str) -> bool:
        """Whether a table cell stands under a header that names another thing than the claims' own, in a row
        that also has a cell under a header with their own name: "| Launch | 12 March 2027 | 3 November 2014 |"
        under "| Parameter | Ithaca Horizon | Corvid (predecessor) |" gives the Corvid's launch in its third cell."""
        cell = cell_at(tokens, start)
        if cell is None or cell.label[0] == cell.start or not cell.heads or self._own_named(text, cell.heads[-1], acronym=True):
            return False
        if self._own_columns is None:  # (once per text: the columns headed with the claims' own name, and their rows)
            own = [c for c in self._table_cells if c.heads and c.label[0] != c.start and self._own_named(text, c.heads[-1], acronym=True)]
            self._own_columns = (frozenset(c.heads for c in own), frozenset(c.label for c in own))
        heads, labels = self._own_columns
        if cell.heads in heads or cell.label not in labels:
            return False
        first = next((t for t in tokenize(text, *cell.heads[-1]) if t.raw[:1].isalpha()), None)
        return first is not None and first.raw[:1].isupper() and first.norm not in self._own_name_words and first.norm not in _COLUMN_WORDS

    def _sum_of_another(self, tokens: list[Token], value: NumberMention) -> bool:
        """Whether the noun before "of" and a sum is none of the money claims' subject words ("turnover of
        EUR 118 billion"; not "a fine of EUR 4.6 billion" for a claim whose subject is the fine)."""
        k = _first_token_at(tokens, value.start) - 2
        return k >= 0 and tokens[k].raw.isalpha() and tokens[k].raw.islower() and tokens[k].norm not in self._money_words

    def _fate_hits(self, tokens: list[Token], j: int, others: set[str]) -> list[SubjectHit]:
        """The hits of count claims other than ``others`` whose subject is the word of what befell the
        things counted, in the predicate at token ``j`` ("are hurt", "were injured")."""
        j = _past_auxiliaries(tokens, j)
        return [
            SubjectHit(j, j, h.claim) for h in self.index.subject_hits(tokens[j : j + 1]) if h.claim not in others and self._is_plain_count(h.claim)
        ]

    def _befitting(self, tokens: list[Token], j: int, hits: list[SubjectHit]) -> list[SubjectHit]:
        """Those of ``hits`` that the predicate at token ``j``, after a count of people, may say: when
        it says what befell them or what they do ("were hospitalised", "died", "work for") in a word
        that no claim's subject uses, only the claims whose statement or ``require`` terms use it
        ("Nine people were hospitalised" is no count of people enrolled; "About 1,150 people work for
        Hollis Ridge" is none of people who fell ill, but may be one of people who work at a plant)."""
        j = _past_auxiliaries(tokens, j)
        if j >= len(tokens) or tokens[j].norm not in _FATES or tokens[j].norm in self._claim_words:
            return hits
        return [h for h in hits if self._claim_uses(h.claim, tokens, j)]  # (not "Some 90,000 residents were evacuated" against a
        # claim that requires "evacuat*")

    def _people_predicate(self, j: int, tokens: list[Token], text: str) -> list[SubjectHit]:
        """The subjects of count claims in the predicate that starts at token ``j``, right after a
        count of people: "died", "lost their lives", "were injured" (not past "and" or a comma: "4,800
        people and served customers"; nor past another figure: "23 people in nine states": the nine
        count the states)."""
        end = j
        while end < min(len(tokens), j + PREDICATE_REACH):
            if tokens[end].norm in ("and", "or") or _BREAKDOWN_OPEN.search(text, tokens[end - 1].end, tokens[end].start) or _is_number(tokens[end]):
                break
            end += 1
        return [  # (a subject of several words too: "were registered to vote"; not an object: "pass through the station";
            SubjectHit(h.first + j, h.last + j, h.claim)  # nor a plural noun's stem: "people who now work for" is no "works")
            for h in self.index.subject_hits(tokens[j:end])
            if self._is_plain_count(h.claim) and tokens[h.first + j - 1].norm not in ("the", "a", "an")
            and not self._plural_only(h.claim, tokens[h.last + j].raw)
        ]

    def _plural_only(self, claim_id: str, word: str) -> bool:
        """Whether ``word`` meets a claim's subject only as the stem of a plural noun the claim gives ("work" for "works")."""
        surfaces = self._subject_surfaces[claim_id]
        word = word.lower()
        return word not in surfaces and f"{word}s" in surfaces

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
            if lo <= i < hi and i == k - 1  # the verb just before: not "The firm employs 5,531 residents"
            for h in self.index.subject_hits(tokens[i : i + 1])
            if self._is_plain_count(h.claim)
        ]
        start, stop = max(after, lo), min(reach, hi)  # the words just after, a subject of several words too
        stop = next((i for i in range(start, stop) if _is_number(tokens[i])), stop)  # (not past another figure)
        hits += [
            SubjectHit(h.first + start, h.last + start, h.claim)
            for h in self.index.subject_hits(tokens[start:stop])
            if self._is_plain_count(h.claim) and tokens[h.first + start - 1].norm not in ("the", "a", "an")  # (not "pass through the station")
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

    def _with_classifier(self, tokens: list[Token], value: NumberMention, window: list[int]) -> list[int]:
        """A count's window with the classifier and "of" that :func:`_window` skipped put back, when a
        claim's subject starts with them: "twelve pieces of jewellery" for a subject "pieces of jewellery"."""
        k = _first_token_at(tokens, value.end)
        if not window or window[0] != k + 2 or tokens[k].norm not in _CLASSIFIERS or tokens[k + 1].norm != "of":
            return window
        whole = [k, k + 1, *window]
        hits = self.index.subject_hits([tokens[i] for i in whole])
        return whole if any(h.first == 0 and h.last > 1 and self._is_plain_count(h.claim) for h in hits) else window

    def _made_by(self, tokens: list[Token], value: NumberMention, window: list[int]) -> bool:
        """Whether what "came from" a figure's noun is counted before it as another claim's subject:
        "The 60 robots ... came from more than 20 companies" (where the robots came from)."""
        k = _first_token_at(tokens, value.start) - 2
        counted = {h.claim for h in self.index.subject_hits([tokens[i] for i in window])}
        before = [h for h in self.index.subject_hits(tokens[:k]) if self._is_plain_count(h.claim)]
        return any(h.claim not in counted and any(_is_number(t) and not _is_year(t) for t in tokens[max(0, h.first - 3) : h.first]) for h in before)

    def _origin_of_a_group(self, tokens: list[Token], value: NumberMention) -> bool:
        """Whether "from"/"in" before a figure follows a group counted just before that no claim
        counts ("212 delegates from 27 countries", "61 submissions by authors in 19 countries";
        not "800 companies from 30 countries", "representatives from over 30 countries")."""
        k = _first_token_at(tokens, value.start) - 1
        for j in range(k - 1, max(-1, k - 5), -1):
            if _is_number(tokens[j]) and not _is_year(tokens[j]):
                nouns = tokens[j + 1 : k]
                if nouns and nouns[-1].norm in _HELD_SOMEWHERE and tokens[k].norm == "in" and j > 0 and tokens[j - 1].norm in _ATTENDED:
                    return True  # "took part in 14 industry events in 6 countries": where the events someone attended were
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


# Emergency and service numbers, after "on", "call" or "dial": "on 999", "call 911", "ring 111".
_SERVICE_NUMBERS = frozenset("999 911 112 111 101 000 119 988".split())
_DIALLED_BEFORE = re.compile(r"\b(?:on|call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing|ring|rang|phone|phoned|text)\s+\Z", re.IGNORECASE)


def _words_back(tokens: list[Token], at: int, words: int) -> int:
    """The first token of the ``words`` words before token ``at``, a name of capitalised words counting as one:
    "Attendance at the Brackenmoor County Show was under 60,000" reaches back to "Attendance"."""
    k = at
    while words > 0 and k > 0:
        k -= 1
        while k > 1 and tokens[k].raw[:1].isupper() and tokens[k - 1].raw[:1].isupper() and tokens[k].raw.isalpha():
            k -= 1  # (past the rest of the name: "Brackenmoor County Show"; not the sentence's first word)
        words -= 1
    return k


def _per_period(tokens: list[Token], j: int) -> bool:
    """Whether tokens ``j`` on say "per hour", "a day", "every week" (not "a year ago")."""
    return (
        j + 1 < len(tokens)
        and tokens[j].norm in _RATE
        and tokens[j + 1].norm in _PERIOD
        and (j + 2 == len(tokens) or tokens[j + 2].norm not in _TIME_OFFSET)
    )




def _coordinated_verb(tokens: list[Token], value: NumberMention) -> str | None:
    """The word before the count that a figure after "and" is coordinated with, if one stands
    a few words back: "ship 4 robots and 2 demo devices" gives "ship"."""
    j = _coordinated_count(tokens, value)
    return tokens[j - 1].norm if j > 0 and tokens[j - 1].raw.isalpha() else None


def _coordinated_count(tokens: list[Token], value: NumberMention) -> int:
    """The token index of the count a figure after "and" is coordinated with, or 0."""
    k = _first_token_at(tokens, value.start) - 1
    return next((j for j in range(k - 1, max(0, k - 4), -1) if _is_number(tokens[j])), 0)


def _elided_noun(tokens: list[Token], value: NumberMention, text: str) -> int:
    """The token index of the noun an earlier count in the sentence names, when a bare figure after
    "and" leaves it out before a phrase of place or group ("16 cases among the vaccinated and 113
    among those on placebo": the 113 are cases), or 0."""
    k = _first_token_at(tokens, value.start)
    if k < 3 or tokens[k - 1].norm not in ("and", "or", "versus", "vs", "against"):
        return 0
    after = _first_token_at(tokens, value.end)
    if after >= len(tokens) or tokens[after].norm not in ("among", "in", "on", "for", "from", "at"):
        return 0
    for j in range(k - 2, max(-1, k - 14), -1):
        if _is_number(tokens[j]) and j + 1 < k - 1 and tokens[j + 1].raw.isalpha() and tokens[j + 1].raw.islower() and joined(text, tokens[j], tokens[j + 1]):
            return j + 1
    return 0


_SHORT_TIMES = frozenset("second sec minute min".split())  # after "per": a speed ("14.6 km per second")
_MARGIN_NOUNS = frozenset("margin lead gap difference shortfall".split())


def _named_owner(word: Token) -> bool:
    """Whether a capitalised possessive names an owner, not a time ("the WRC's", "Unitree's"; not "Sunday's")."""
    return word.raw[:1].isupper() and possessive(word) and word.norm not in _TIME_OWNERS and word.norm not in EVENT_WORDS


def _negated_after(tokens: list[Token], k: int) -> bool:
    """Whether the predicate at token ``k``, after a counted noun, is negated: "did not sign",
    "have not ratified", "refused to sign"."""
    if k >= len(tokens):
        return False
    first = tokens[k].norm
    if first in _REFUSALS:
        return True
    return first in _NEGATED_AUXILIARIES and (tokens[k].raw.endswith("n't") or (k + 1 < len(tokens) and tokens[k + 1].norm in ("not", "never")))


_REFUSALS = frozenset("refused declined failed never".split())
_NEGATED_AUXILIARIES = frozenset("did do does have has had were was could would will didn't don't doesn't haven't hasn't weren't wasn't".split())
_ENTITY_HEAD = re.compile(
    r"[*_]*(?:enterprise|company|companies|firm|exhibitor|recipient|grantee|vendor|supplier|applicant|organi[sz]ation|"
    r"lender|bank|provider|brand|manufacturer|maker|retailer|operator|insurer|airline|carrier|school|academy|club|team|hospital|"
    r"name of (?:the )?(?:enterprise|company|firm))s?[*_:]*",
    re.IGNORECASE,
)  # a column of one firm per row
_PLACE_HEAD = re.compile(
    r"[*_]*(?:region|country|countries|city|cities|state|province|county|counties|district|town|municipality|"
    r"university|universities|institution|team|club|school)s?[*_:]*",
    re.IGNORECASE,
)  # a column of one place or body per row, when it labels the rows
_EITHER_HEAD = re.compile(f"{_ENTITY_HEAD.pattern}|{_PLACE_HEAD.pattern}", re.IGNORECASE)
_NAMED_GROUPS = frozenset("Group Coalition Alliance Bloc Union".split())  # "the African Group of 54 countries"


def _is_rank_word(token: Token) -> bool:
    """Whether a word gives a rank: "fifth", "5th", "last" (not "two-thirds")."""
    word = token.raw.lower()
    return word in ORDINALS or word in ("last", "top", "bottom") or re.fullmatch(r"\d+(?:st|nd|rd|th)", word) is not None


def _verb_before(tokens: list[Token], value: NumberMention) -> int:
    """The token index of the word that governs a figure: the one right before it, or, after "and",
    the one before the count it is coordinated with ("ship 4 robots and 2 demo devices")."""
    k = _first_token_at(tokens, value.start) - 1
    if k >= 0 and tokens[k].norm in ("and", "or"):
        j = _coordinated_count(tokens, value)
        return j - 1 if j > 0 else k
    return k


def _after_symbol(text: str, start: int) -> bool:
    """Whether a pictograph (an emoji, "❤️", "🔁") stands right before ``start``, spaces aside."""
    j = start - 1
    while j >= 0 and text[j] in _SYMBOL_GAP:
        j -= 1
    return j >= 0 and ord(text[j]) > 0x2000 and unicodedata.category(text[j]) == "So"


_SYMBOL_GAP = frozenset(" \u00a0\ufe0f\u200d")


def _raw_before(tokens: list[Token], value: NumberMention) -> str:
    """The word just before a figure as written, lower-cased (not singularised: "news")."""
    k = _first_token_at(tokens, value.start)
    return tokens[k - 1].raw.lower() if k else ""


def _met_group(tokens: list[Token], value: NumberMention) -> bool:
    """Whether "from" before a figure follows a group that someone met: "we met buyers from 19
    countries", "meeting foreign visitors from 40 countries" (where the people met came from)."""
    k = _first_token_at(tokens, value.start) - 1
    return any(tokens[j].norm in _MET or tokens[j].raw.lower() in _COLLECTED for j in range(max(0, k - 3), k - 1)) and not any(
        _is_number(t) for t in tokens[max(0, k - 3) : k]
    )  # (or took something from them: "I collected brochures from 23 exhibitors")


# A duration's unit, the larger unit that may stand before it in one duration, and how many of it make one.
_PARTS_OF = {"month": ("year", 12), "day": ("week", 7), "hour": ("day", 24), "minute": ("hour", 60), "second": ("minute", 60)}
_LARGER_UNITS = frozenset(larger for larger, _ in _PARTS_OF.values())  # (a cheap first look: most figures have none)
_SMALLER_UNITS = {"year": ("month", 12)}  # a sentence in years for claims in months (not flight hours for minutes aloft)
_WHOLE_BEFORE = re.compile(r"\b(\d+|[a-z]+(?:-[a-z]+)?)[ -](year|week|day|hour|minute)s?(?:,\s*|\s+)(?:and\s+)?\Z", re.IGNORECASE)


# "a fifth of the city's", "half of the region's": a whole that another owns.
_OWNED_WHOLE_BEFORE = re.compile(r"\b(?:fifth|quarter|third|half|tenth|share|part|portion|fraction|\d+(?:\.\d+)?%)\s+of\s+(?:the\s+)?([\w-]+)['’]s\s+\Z")
# "First published in", "first held in", "was first run in": the year of the first one.
_FIRST_BEFORE = re.compile(r"\b[Ff]irst[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:in|since)[ \t]+\Z")
_FIRST_IN_STATEMENT = re.compile(r"\b(?:first|founded|established|launched|began|inaugurat\w*|since)\b", re.IGNORECASE)
ASIDE_NAME_REACH = 4  # words of a name before its relative aside that may be the claims' own
_YEAR_LABEL_AFTER = re.compile(r"[ \t]+[A-Za-z][\w-]*[ \t]*:(?![\d/])")


# A superlative or "first" before "since" and a year: "the biggest crowd since 1987", "a first Derby for him since 2016".
_LAST_TIME_BEFORE = re.compile(
    r"\b(?:(?:bigg|larg|high|low|long|short|fast|slow|busi|hott|cold|wett|dri|heavi|strong|weak|great|deep|warm|earli|clos|narrow"
    r"|tight|wid|small|few|wor|b)est|most|least|first|record)\b[^.;:!?]{0,50}\bsince\s+\Z",
    re.IGNORECASE,
)


def _since_stated(claim: CompiledClaim) -> bool:
    """Whether a claim's statement says "since" ("unbeaten at home since 1998"): the only year claims a
    last time may state."""
    return "since" in claim.claim.statement.lower()


def _of_a_beginning(claim: CompiledClaim) -> bool:
    """Whether a claim's statement or subject is of when something began ("first", "founded", "launched",
    "since"; "first met", "first passengers")."""
    return any(_FIRST_IN_STATEMENT.search(phrase) is not None for phrase in (claim.claim.statement, *claim.claim.subject))


_ACRONYM = re.compile(r"[A-Z]{3,6}")
_FOUNDING = re.compile(
    r"\b(?:founded|established|inaugurated|formed|created|set\s+up|opened|launched|began|started|built|completed|constructed"
    r"|first\s+(?:held|staged|run|took\s+place))\b", re.IGNORECASE
)


def _plural_of(phrase: str, noun: str) -> bool:
    """Whether a subject phrase ends in the plural of ``noun``: "rounds" of "round", "entries" of "entry"."""
    last = phrase.rsplit(" ", 1)[-1]
    return last != noun and (last == noun + "s" or singular(last) == noun)


def _spans_years(claim: CompiledClaim) -> bool:
    """Whether a claim is of a span of years ("from 1914 to 1918"), which alone a span of years may
    state: "a five-year window (2020-2024)" is no year claim's one year."""
    value = claim.claim.value
    if isinstance(value, NumberValue):
        return value.high is not None and value.high != value.amount  # ("the 2021 through 2024 model years")
    return isinstance(value, DateValue) and value.end is not None and value.end.year != value.start.year


@lru_cache(maxsize=4096)
def _verb_of_statement(statement: str, verb: str) -> str | None:
    """The noun after a statement's figure when ``verb`` (normalised) follows it: "athlete" of "1,312 athletes finished
    the race" (none for "recorded nearly 880,000 visits", where "visits" is the noun)."""
    words = [normalize(w) for w in re.findall(r"[\w,.]+", statement)]
    figure = next((i for i, w in enumerate(words) if w[:1].isdigit()), None)
    return words[figure + 1] if figure is not None and verb in words[figure + 2 : figure + 4] else None


def _of_a_year_before(compiled: CompiledClaim, year: int) -> bool:
    """Whether a claim is of when something began, a year (or a date) before ``year``: a founding year before the
    claims' edition (not "China enacted the world's first nationwide generative AI regulations in 2023")."""
    if not _FOUNDING.search(compiled.claim.statement):
        return False
    value = compiled.claim.value
    if isinstance(value, NumberValue):
        return value.kind is NumberKind.YEAR and value.amount < year
    return isinstance(value, DateValue) and value.start.year is not None and value.start.year < year


def _of_a_change(compiled: CompiledClaim) -> bool:
    """Whether a claim's statement speaks of a change: an extension, an addition."""
    return not _EXTENSION_WORDS.isdisjoint(_statement_words(compiled.claim.statement))


def _states_dimension(compiled: CompiledClaim, words: frozenset[str]) -> bool:
    """Whether a claim's statement gives a dimension of ``words`` (height: "high", "tall", "height"), or, stating
    none ("The swim leg is 1,500 metres"), is of a length: no depth nor elevation of it."""
    said = _statement_words(compiled.claim.statement)
    return bool(said & words) or (not said & _ALL_DIMENSION_WORDS and not words.isdisjoint(_DIMENSION_WORDS["long"]))


def _of_a_named_one(compiled: CompiledClaim, plural: str) -> bool:
    """Whether a claim is of one thing with a name among its subjects ("The Sentinel, a Douglas fir, measured
    67.4 metres tall"), whose statement does not speak of ``plural`` things."""
    return any(s[:1].isupper() for s in compiled.claim.subject) and plural not in compiled.claim.statement.lower()


def _phrase_words(compiled: CompiledClaim) -> frozenset[str]:
    """Every word of a claim's subject phrases, normalised: "bridge" and "height" of "bridge height"."""
    return frozenset(normalize(w) for s in compiled.claim.subject for w in s.split())


def _subject_words(compiled: CompiledClaim) -> frozenset[str]:
    """A claim's subject phrases of one word, normalised: "tree" and "fir" of [height, tree, fir, Sentinel]."""
    return frozenset(normalize(s) for s in compiled.claim.subject if " " not in s)


def _with_whole_before(value: NumberMention, unit: str, text: str) -> NumberMention:
    """``value`` with the larger units that open its duration added in: "two years and two months" is 26
    months, "41 days, 7 hours" 991 hours, "41 days, 7 hours and 22 minutes" 59,482 minutes, "an hour and ten
    minutes" 70 minutes."""
    factor = 1
    while unit in _PARTS_OF:
        larger, per = _PARTS_OF[unit]
        whole = _WHOLE_BEFORE.search(text, max(0, value.start - 24), value.start)
        if whole is None or whole.group(2).lower() != larger:
            break
        word = whole.group(1).lower()
        parsed = int(word) if word.isdigit() else 1 if word in ("a", "an") else parse_number_words(word)  # ("forty-one")
        count = int(parsed) if parsed is not None and parsed == int(parsed) else None
        if count is None:
            break
        factor *= per
        added = count * factor
        value = replace(
            value, start=whole.start(), text=text[whole.start() : value.end], value=value.value + added,
            high=None if value.high is None else value.high + added,
        )  # fmt: skip
        unit = larger
    return value


_PART_AFTER = re.compile(r"(?:[ -][a-z]+)?(?:,\s*|\s+)(?:and\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)[ -](month|day|hour|minute|second)s?\b", re.IGNORECASE)


_SMALLER_PART_AFTER = re.compile(
    r"[ -][a-z]+(?:,\s*|\s+)(?:and\s+)?(\d+|[a-z]+(?:-[a-z]+)?)[ -](month|day|hour|minute|second)s?\b", re.IGNORECASE
)


def _with_part_after(value: NumberMention, unit: str, text: str, units: Container[str]) -> NumberMention:
    """``value`` with the smaller unit that ends its duration added in as a fraction, when no claim is in that unit: "53
    hours and 30 minutes" is 53.5 hours, "two years and six months" 2.5 years."""
    part = _SMALLER_PART_AFTER.match(text, value.end)
    if part is None or value.high is not None:
        return value
    smaller = part.group(2).lower()
    if smaller in units or _PARTS_OF.get(smaller, ("", 0))[0] != unit:
        return value
    word = part.group(1).lower()
    count = int(word) if word.isdigit() else parse_number_words(word)
    per = int(_PARTS_OF[smaller][1])
    if count is None or not 0 < count < per:
        return value  # (not a restatement in the smaller unit: "3 days, 72 hours")
    added = round(float(count) / per, 6)
    return replace(value, end=part.end(), text=text[value.start : part.end()], value=value.value + added)


def _opens_a_duration(value: NumberMention, unit: str, text: str, units: Container[str]) -> bool:
    """Whether a figure in a larger unit opens a duration of two units whose smaller unit a claim is in:
    "1 week and 3 days" (read as 10 days, with the days)."""
    part = _PART_AFTER.match(text, value.end)
    if part is None:
        return False
    smaller = part.group(1).lower()
    return smaller in units and _PARTS_OF.get(smaller, ("", 0))[0] == unit


def _harmed(tokens: list[Token], j: int) -> bool:
    """Whether the predicate at token ``j`` (past its auxiliaries) says what harm befell what was counted."""
    k = _past_auxiliaries(tokens, j)
    return k < len(tokens) and (tokens[k].norm in _HARMS or (tokens[k].norm == "lost" and k > j))  # ("were lost", not "lost 3-1")


def _past_auxiliaries(tokens: list[Token], j: int) -> int:
    """The first token from ``j`` on that is no auxiliary ("are", "have been")."""
    while j < len(tokens) and tokens[j].norm in _AUXILIARIES:
        j += 1
    return j


def _count_noun(unit: str) -> bool:
    """Whether a claim's unit is a thing counted rather than a measure ("member", not "metre", "year", "kg")."""
    return unit.isalpha() and unit not in _TIME_UNIT_WORDS and unit not in UNIT_ALIASES and unit not in _MEASURE_UNITS


_MEASURE_UNITS = frozenset(UNIT_ALIASES.values())


def _per_each(compiled: CompiledClaim) -> bool:
    """Whether a claim states a price or sum for each one ("Passengers get up to $1,500 each", "$25 a
    share"): the only kind of claim that "$7.84 each" may state (not "a $48 million round")."""
    return _PER_ONE.search(compiled.claim.statement) is not None


def _met_with(tokens: list[Token], value: NumberMention) -> bool:
    """Whether "with" before a figure follows a meeting a few words back: "meeting with 31 companies",
    "I held follow-up meetings at the exhibition with 11 companies"."""
    k = _first_token_at(tokens, value.start) - 1
    return any(tokens[j].norm in _MET for j in range(max(0, k - 5), k))


_FIRST_PERSON = frozenset("we i us our my".split())


def _writers_own(tokens: list[Token], k0: int) -> bool:
    """Whether the figure at token ``k0`` follows "our own" or "my own", or "our" and a possessive ("our branch's"):
    the writer's own thing's figure (not "Our 10-night maiden voyage", the writer's part in the claims' thing)."""
    k = k0 - 1
    if k > 0 and (tokens[k].norm == "own" or (possessive(tokens[k]) and tokens[k].raw[:1].islower())):
        return tokens[k - 1].norm in ("our", "my")
    return False


def _first_person_before(tokens: list[Token], value: NumberMention) -> bool:
    """Whether the writer ("we", "I", "our team") speaks before a figure in its sentence."""
    k = _first_token_at(tokens, value.start)
    return any(t.norm in _FIRST_PERSON and (t.raw != "I" or j == 0 or tokens[j - 1].raw != "(") for j, t in enumerate(tokens[:k]))


def _cited(text: str, value: NumberMention) -> bool:
    """Whether ``value`` is a reference mark in square brackets: "[1]", "[2, 3]", "[4–6]"."""
    if text[value.end : value.end + 1] not in ("]", ",", ";", "\u2013", "-"):
        return False  # (a cheap first look)
    bracket = text.rfind("[", max(0, value.start - 12), value.start + 1)
    found = _CITATION.match(text, bracket) if bracket >= 0 else None
    return found is not None and found.end() >= value.end


_LINE_OPENING = re.compile(r"(?:\A|\n)[ \t]*(?:[-*+•]|\d{1,2}\.)?[ \t*_]*\Z")  # a line's start, a bullet, bold marks
# A list item's bullet, or the indent Markdown's masking leaves of it (not "Chen Hao: ...", a speaker's line).
_BULLET_BEFORE = re.compile(r"(?:\A|\n)(?:[ \t]*[-*+•][ \t]*|[ \t]+)[*_]*\Z")
_LABEL_GAP = re.compile(r"[*_]*[ \t]*(?::|[–—] )[ \t]*")


def _figure_label(text: str, value: NumberMention, token: Token) -> bool:
    """Whether a figure opening its line labels what follows it: "- **80**: advanced devices shown",
    "3,000+ — AI products on show" (a "by the numbers" list); not a year ("2025: ...")."""
    if not _LABEL_GAP.fullmatch(text, value.end, token.start) or value.kind is not NumberKind.COUNT:
        return False
    return not value.maybe_year and _LINE_OPENING.search(text, max(0, value.start - 12), value.start) is not None


def _negated_verb(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a figure is the object of a negated verb: "did not last two days", "never drew 1,000
    companies" (not "not more than 800", a qualifier)."""
    k = _first_token_at(tokens, value.start)
    if k < 2 or tokens[k - 2].norm not in _NEGATIONS:
        return False
    verb = tokens[k - 1]
    return verb.raw.isalpha() and verb.raw.islower() and verb.norm not in _STOP and verb.norm not in _QUALIFYING


def _in_sentence(hits: list[SubjectHit], window: list[int], k0: int, unit: str | None) -> list[SubjectHit]:
    """``hits`` found in a count's window (after the unit's token, when there is one), placed at
    their tokens in the sentence: the unit's is the figure's token ``k0``."""
    at = [k0, *window] if unit else window
    return [SubjectHit(at[h.first], at[h.last], h.claim) for h in hits]


def _per(found: re.Match[str]) -> str:
    """The unit a speed or rate is per, from a :data:`_PER_UNIT` match: "h" in "km/h", "s" in "per second"."""
    return per_key(found.group(1) or found.group(2))


# Headers of a column beside a thing's own that give no other thing: "| Ithaca Horizon | Target |".
_COLUMN_WORDS = frozenset(
    "change difference target plan planned forecast estimate estimated actual official reported claimed source sources "
    "note notes comment comments status unit units value values total share rank trend was now previously before after".split()
)


# After a measure, the level it is above or below: a height or depth, not a length.
_ELEVATION_AFTER = re.compile(r"[ \t]+(?:above|below)[ \t]+(?:sea[ \t]+level|the[ \t]+(?:sea|ground|surface|water|seabed))\b")
_HEIGHT_WORDS = frozenset("above below altitude elevation height high tall deep depth sea level highest lowest summit peak".split())
_WHOLE_WORDS = frozenset("total combined overall whole all".split())


def _of_all(claim: CompiledClaim) -> bool:
    """Whether a claim's statement gives a whole ("The wind farm's total installed capacity is 1,260 MW"), not
    one item's: a figure that "each" gives is not its."""
    words = _statement_words(claim.claim.statement)
    return not _WHOLE_WORDS.isdisjoint(words) and "each" not in words and "per" not in words


def _whole_of_a_part(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a figure follows another and "of" (and "the", "its"...): "Two of the three zones", "2 of 3 zones"."""
    j = _first_token_at(tokens, value.start) - 1
    while j > 0 and tokens[j].norm in _DETERMINERS:
        j -= 1
    return j > 0 and tokens[j].norm == "of" and _is_number(tokens[j - 1])


def _whole_after(tokens: list[Token], value: NumberMention) -> int | None:
    """The token of the whole that a figure is a part of, after "of" (and "the", "its"...): 240 in "113 of the 240
    seats", or None."""
    j = _first_token_at(tokens, value.end)
    if j >= len(tokens) or tokens[j].norm != "of":
        return None
    j += 1
    while j < len(tokens) and tokens[j].norm in _DETERMINERS:
        j += 1
    return j if j < len(tokens) and _is_number(tokens[j]) else None
