"""Clauses and asides: the scope of exclude terms, asides, comparisons and clause bounds."""

from __future__ import annotations

import re
from functools import lru_cache

from ..entities import possessive
from ..index import CompiledClaim, SubjectHit, joined_norms
from ..text import Token, token_at
from .words import _CLAUSE_OPENERS, _MODALS, _VERBS, _is_number, _is_year


def _sentence_start(text: str, at: int) -> int:
    """The start of the sentence holding offset ``at`` (after the last sentence end or line break)."""
    cut = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at))
    return 0 if cut < 0 else cut + 1 + (text[cut] != "\n")


_RANGE_WORD = re.compile(r"(?:from|between)\s+", re.IGNORECASE)


def _range_word(text: str) -> int:
    """The length of a range's opening word and the space after it ("from\n4 to 6 July"), or 0."""
    found = _RANGE_WORD.match(text)
    return found.end() if found else 0


_COMPARISONS = (
    ("up", "from"), ("down", "from"), ("compared", "with"), ("compared", "to"), ("versus",), ("vs",),
    ("than", "in"), ("than", "at"), ("than", "last"), ("than", "the"),  # "40% more than in 2023"
    ("as", "many", "as"), ("as", "much", "as"), ("times", "as"),  # "three times as many as sat at Ma's roundtable"
    ("on", "last"), ("on", "the", "previous"),  # "a jump of almost 30 per cent on the previous year's £11.8 million"
)  # fmt: skip
_MORE = frozenset("more fewer less bigger larger smaller longer shorter".split())
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
    participles = _ED_ASIDE.search(text, tokens[0].start, tokens[-1].end) is not None
    if not participles and not _any_word(_ASIDE_OPENERS).search(joined_norms(tokens)) and not _ING_ASIDE.search(text, tokens[0].start, tokens[-1].end):
        return asides
    for k in range(1, len(tokens)):
        participle = (  # ", held in Killarney in January,": what the noun before it did, set off by commas
            participles and k + 1 < len(tokens) and tokens[k + 1].norm in _PLACE_LINKS
            and (tokens[k].raw in ("held", "run", "set", "built") or (tokens[k].raw.endswith("ed") and tokens[k].raw.islower()))
        )
        opener = participle or tokens[k].norm in _ASIDE_OPENERS or (  # ", speaking to reporters on Sunday," after a name
            tokens[k].raw.islower() and tokens[k].norm.endswith("ing") and tokens[k - 1].raw[:1].isupper()
        )
        if opener and "," in text[tokens[k - 1].end : tokens[k].start]:
            end = next(
                (j for j in range(k + 1, len(tokens)) if _ASIDE_END.search(text, tokens[j - 1].end, tokens[j].start)),
                len(tokens),
            )
            if participle and (end == len(tokens) or "," not in text[tokens[end - 1].end : tokens[end].start]):
                continue  # (not the main verb after an aside: "WAIC, held in Shanghai, opened on 25 July")
            asides.append((k, end))
    return asides


_ASIDE_END = re.compile(r"[,()—–]")
_ED_ASIDE = re.compile(r",\s+(?:held|run|set|built|[a-z]+ed)\s+(?:in|on|at|near)\b")  # a participle's aside (see _asides)
_PLACE_LINKS = frozenset("in on at near".split())


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


def _than_a_name(tokens: list[Token]) -> bool:
    """Whether "more than" (fewer, bigger...) stands before a capitalised name: "more than Bletchley"."""
    return any(
        t.norm == "than" and 0 < i < len(tokens) - 1 and tokens[i - 1].norm in _MORE and tokens[i + 1].raw[:1].isupper()
        for i, t in enumerate(tokens)
    )


def _comparison_clauses(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """Token ranges from a comparison marker ("up from", "compared with") to the clause's end."""
    joined = joined_norms(tokens)
    if not any(" " + " ".join(m) + " " in joined for m in _COMPARISONS) and " against " not in joined and not (
        " than " in joined and _than_a_name(tokens)
    ):
        return []
    clauses: list[tuple[int, int]] = []
    for i in range(len(tokens)):
        marker = next((m for m in _COMPARISONS if tuple(t.norm for t in tokens[i : i + len(m)]) == m), None)
        figure = i + 2 if i + 2 < len(tokens) and tokens[i + 1].norm == "the" else i + 1  # (or "against the 40% to 150% that ...")
        if marker is None and tokens[i].norm == "against" and figure < len(tokens) and _is_number(tokens[figure]) and not _is_year(tokens[figure]):
            marker = ("against",)  # "38% of its participants were 65 or older, against 22% in SHORELINE"
        elif marker is None and tokens[i].norm == "than" and i > 0 and tokens[i - 1].norm in _MORE and i + 1 < len(tokens) and (
            tokens[i + 1].raw[:1].isupper() and not _is_number(tokens[i + 1])
        ):
            marker = ("than",)  # "over 50 countries came to this conference, which is more than Bletchley ever managed"
        if marker is None:
            continue
        j = i + len(marker)
        while j < len(tokens) and not _CLAUSE_END.search(text, tokens[j - 1].end, tokens[j].start):
            j += 1
        if marker[0] == "on" and not any(_is_number(t) for t in tokens[i:j]):
            continue  # "well up on last year, when the show drew about 500 companies": no figure compared
        clauses.append((i, j))
    return clauses
