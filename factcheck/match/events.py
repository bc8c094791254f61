"""Events and editions: which event or edition a statement is about."""

from __future__ import annotations

import re

from ..entities import possessive, variant_pattern
from ..index import CompiledClaim, joined_norms
from ..model import Claim, TextValue
from ..text import Token, phrase_words
from .clauses import _sentence_start
from .words import (
    _COPULAS,
    _DETERMINERS,
    _GENERIC_ACRONYMS,
    _SIDE_WORDS,
    EVENT_WORDS,
    KNOWN_EVENTS,
    _NEXT_OR_LAST,
    _adjacent,
    _adjective,
    _is_year,
)


def _is_event_claim(compiled: CompiledClaim, subject_only: bool = False) -> bool:
    """Whether a claim is about an event: an event word among its subject or ``require`` words (or,
    ``subject_only``, its subject words: the event itself)."""
    words = {w for s in compiled.subjects for w in s}
    if not subject_only:
        words |= {w for t in compiled.require for w in t.words}
    return not words.isdisjoint(EVENT_WORDS)


_COUNTED_KINDS = frozenset("all other many several four five six seven eight nine ten dozen".split())


def _a_kind(tokens: list[Token], k: int, named: int) -> bool:
    """Whether a plural event word ``k`` after a name of ``named`` words is counted as a kind: "one of the
    four Grand Slam tournaments", "all Grand Slam events" (not "the Bletchley and Seoul summits")."""
    token = tokens[k]
    if token.raw.lower() == token.norm or not token.raw.lower().endswith("s"):
        return False
    j = k - named - 1
    return j >= 0 and (tokens[j].norm in _COUNTED_KINDS or tokens[j].raw.isdigit())


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
        if k > 1 and tokens[k - 2].norm in _NEXT_OR_LAST and token.norm in EVENT_WORDS and token.norm != "week" and _adjective(tokens[k - 1]):
            names.append(joined_norms(tokens[k - 2 : k + 1]))  # "Next open meeting: Thursday 23 October", "the previous annual summit"
            continue
        if token.norm == "conference" and k > 0 and tokens[k - 1].norm in ("press", "news", "video"):
            names.append("press conference")  # "At the regular press conference on 29 July": not the conference
            continue
        if token.norm in _SIDE_WORDS and _side_marker(tokens, k):
            names.append("side event")  # "on the sidelines of the conference", "a WAIC side forum" (not "side events")
            continue
        if token.norm == "forum" and _topic_after(tokens, k + 1) and _indefinite(tokens, k):
            names.append("a forum")  # "A forum on global AI governance drew 45 countries": one of the event's forums
            continue
        if token.raw in KNOWN_EVENTS or (token.raw[:3] == "COP" and _COP.fullmatch(token.raw)):
            names.append(token.norm)  # "at Summer Davos", "CES 2025", "COP29": events named without an event word
            continue
        if token.norm not in EVENT_WORDS:
            continue
        if token.norm == "show" and k > 0 and tokens[k - 1].norm == "on":
            continue  # "On show at WAIC 2025": displayed, no show
        if token.norm == "race" and k > 0 and (tokens[k - 1].norm in _RACE_METAPHORS or (
            k > 1 and 2 <= len(tokens[k - 2].raw) <= 3 and tokens[k - 2].raw.isupper() and tokens[k - 2].end + 1 == tokens[k - 1].start
        )):
            continue  # "the AI race", "an arms race", "the US-China race": a rivalry, no event
        if not token.raw[:1].isupper():  # "the Bletchley Park summit", "a Paris forum" (not "the AI summit")
            name = _title_run(tokens, k - 1 if k and tokens[k - 1].norm in _EVENT_PREFIXES else k)  # "Beijing's half-marathon"
            if not name and k > 1 and _is_year(tokens[k - 1]):
                name = _title_run(tokens, k - 1)  # "the ACL 2025 conference"
            if not name:  # "Hanqi's developer conference": a possessive name before a modifier or two
                owner = next((j for j in range(k - 2, max(-1, k - 4), -1) if possessive(tokens[j]) and tokens[j].raw[:1].isupper()), None)
                if owner is not None and all(t.raw.islower() for t in tokens[owner + 1 : k]):
                    name = tokens[owner : k]
            if len(name) > 1 and possessive(name[0]):
                name = name[:1]  # "The GSMA's Shanghai show": the GSMA's show, whatever city it is in
            if name and (_a_kind(tokens, k, len(name)) or _any_of_kind(tokens, k - len(name)) or _denied_kind(tokens, k - len(name))):
                continue  # "one of the four Grand Slam tournaments", "any major European marathon": a kind of event, not one
            if name:
                names.append(joined_norms(name + [token]))
            continue
        if k + 1 < len(tokens) and tokens[k + 1].raw[:1].isupper() and _adjacent(tokens, k + 1) and not _place_after(tokens, k + 1):
            continue  # "the Shanghai World Expo Center": a venue's name goes on (not "Conference, Beijing")
        j = k
        while j > 0 and tokens[j - 1].raw[:1].isupper() and tokens[j - 1].norm not in _DETERMINERS and _adjacent(tokens, j):
            j -= 1
        if j < k:
            names.append(joined_norms(tokens[j : k + 1]))
    return names
_EVENT_LOOK = EVENT_WORDS | _SIDE_WORDS | {"edition"}  # the words _other_events looks at


_RACE_METAPHORS = frozenset("ai arms space tech technology chip chips talent".split())  # "the AI race": a rivalry


def _place_after(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised word at ``k``, after an event word, ends the name as its place, with
    no venue word after: "Open Source Summit China (Hangzhou)" (not "the World Expo Center")."""
    if k + 1 < len(tokens) and tokens[k + 1].raw[:1].isupper() and _adjacent(tokens, k + 1):
        return False
    return tokens[k].norm not in _VENUES and tokens[k].norm not in EVENT_WORDS and tokens[k].raw[1:].islower()


_VENUES = frozenset("center centre hall park building complex arena stadium ground site plaza hotel venue".split())


def _denied_kind(tokens: list[Token], k: int) -> bool:
    """Whether "not a" or "never an" stands just before token ``k``: "WAIC is not a UN meeting" names no other event."""
    return k >= 2 and tokens[k - 1].norm in ("a", "an") and tokens[k - 2].norm in ("not", "never")


def _any_of_kind(tokens: list[Token], k: int) -> bool:
    """Whether "any" or "every" stands just before token ``k``, past an adjective: "any major European marathon"."""
    return any(t.norm in ("any", "every") for t in tokens[max(0, k - 2) : k])


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
_EVENT_PREFIXES = frozenset("half mini ultra semi".split())
_SIDE_EVENTS = EVENT_WORDS | frozenset("meeting session briefing".split())


def _topic_after(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` opens a forum's topic: "on ..." or "about ...", past a place ("A two-day forum in
    Shanghai on algorithmic trading")."""
    if k + 2 < len(tokens) and tokens[k].norm == "in" and tokens[k + 1].raw[:1].isupper():
        k += 2
    return k < len(tokens) and tokens[k].norm in ("on", "about")


def _indefinite(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` follows "a", "an", "one" or "another", with at most three words between."""
    return any(t.norm in ("a", "an", "one", "another") for t in tokens[max(0, k - 4) : k])
_COP = re.compile(r"COP\d{1,2}")
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


# Words before an event word that make it another edition: "the fifth conference", "the next summit".
_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th".split()
)
_OTHER_EDITION = _ORDINALS | _NEXT_OR_LAST | {"inaugural"}


def all_values(claims: list[Claim]) -> re.Pattern[str] | None:
    """One pattern for the values and aliases of all the text claims, longest first, or None (and the known wrong
    values of those that are no place: "held at Svenska Mässan", a venue claim's wrong venue, is no wrong city). A claim
    sets its own aside by what a match reads (its value, aliases and known wrong values)."""
    variants = sorted(
        {v for c in claims if isinstance(c.value, TextValue) for v in (c.value.text, *c.value.aliases, *(() if c.value.kind == "place" else c.value.wrong)) if v},
        key=lambda v: (-len(v), v),
    )
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, variants))})(?!\w)", re.IGNORECASE) if variants else None


def stated_names(claims: list[Claim]) -> re.Pattern[str] | None:
    """One pattern for the names of two capitalised words or more that the claims' statements give ("Northmarch
    Book Fair", "Corran Hall"), without a leading article, or None: the place a name opens with is the name's."""
    values = {name.lower() for c in claims if isinstance(c.value, TextValue) for name in (c.value.text, *c.value.aliases)}
    names = sorted({found.group(1) for c in claims for found in _STATED_NAME.finditer(c.statement) if found.group(1).lower() not in values})
    # (a claim's value is its own: "struck Skellan Bay")
    return re.compile("|".join(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b" for name in names)) if names else None


def stated_event_names(statements: list[str]) -> set[str]:
    """The event names that ``statements`` give, as joined normalised words: capitalised names that hold an
    event word ("Thornbury Mills Band won the 2025 National Brass Band Championship Final" gives
    " national brass band championship final ")."""
    found = (phrase_words(m.group(1)) for statement in statements for m in _STATED_NAME.finditer(statement))
    return {" " + " ".join(words) + " " for words in found if not EVENT_WORDS.isdisjoint(words)}


_STATED_NAME = re.compile(r"(?:\b(?:The|A|An|Its|This)\s+)?\b([A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)+)")


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
