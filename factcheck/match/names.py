"""Names, titles and places: whose name or title a value is, and whose place."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..entities import _DETERMINERS, HONORIFICS, possessive
from ..index import ClaimIndex, CompiledClaim, SubjectHit, joined_norms
from ..model import MONTH_WORDS, WEEKDAY_WORDS, Claim, TextValue
from ..text import Token, joined, phrase_words, tokenize
from .clauses import _clause_around, _verb_like
from .words import (
    _CALENDAR_WORDS,
    _CLAUSE_OPENERS,
    _DETERMINERS,
    _FUNCTION_OPENERS,
    _NOT_COMPANIES,
    _STOP,
    _adjacent,
    _in_digits,
    _is_year,
    _token_start,
)

# ------------------------------------------------------------------ helpers


OWNER_REACH = 4  # words between what is "based in X" and "based in", at most
def _title_not_held(tokens: list[Token], hit: SubjectHit, text: str) -> bool:
    """Whether a title stands after "than (the)" or "to the" with no name after it: what is compared
    with or served, not a name's title ("two fewer than the top scorer", "reports directly to the
    CEO"; not "thanks to race director Linda Whitfield")."""
    before = [t.norm for t in tokens[max(0, hit.first - 2) : hit.first]]
    if before[-1:] == ["than"] or before == ["than", "the"]:
        return True
    named = hit.last + 1 < len(tokens) and tokens[hit.last + 1].raw[:1].isupper()
    return before == ["to", "the"] and not named


def _title_end(hit: SubjectHit, tokens: list[Token], value: TextValue) -> int:
    """The last token of the title in a subject hit: a subject may end with the first word of the
    claim's name ("Prime Minister Li"), so that the title counts only before that name; the name
    is then read from that word ("Prime Minister Li Keqiang")."""
    if value.kind == "name" and hit.last > hit.first and tokens[hit.last].norm == value.text.split()[0].lower():
        return hit.last - 1
    return hit.last


def _with_given_name(span: tuple[int, int], tokens: list[Token], text: str, index: ClaimIndex) -> tuple[int, int]:
    """A one-word name found as an alias, with the capitalised word before it if that is a given name
    (not an honorific, a title or a possessive: "Premier Li" stays "Li", "Hannah Okafor" is read whole)."""
    if " " in text[span[0] : span[1]]:
        return span
    k = bisect_left(tokens, span[0], key=_token_start)
    if k == 0 or k >= len(tokens) or tokens[k].start != span[0]:
        return span
    word = tokens[k - 1]
    if not (word.raw[:1].isupper() and word.raw[1:].islower()) or not joined(text, word, tokens[k]):
        return span
    if word.norm in HONORIFICS or index.is_subject_word(word.norm) or k - 1 == 0 and word.norm in _DETERMINERS or possessive(word):
        return span  # (nor a possessive: "Isolde's Marchetti gown" is Marchetti's gown, worn by Isolde)
    return word.start, span[1]


def _others_title(
    compiled: CompiledClaim, hit: SubjectHit, tokens: list[Token], text: str, variants: re.Pattern[str] | None = None
) -> bool:
    """Whether a title is qualified by a capitalised word that is none of the claim's ``require`` terms
    ("Ontario Premier", "Russia's Deputy Foreign Minister"; not "Chinese Premier", "China's Premier"),
    nor the claim's own value (``variants``, its pattern). Only for claims with ``require`` terms: they say
    whose title it is."""
    if not compiled.require or hit.first == 0 or _verb_like(tokens[hit.first]):
        return False  # (a verb is no title: "Cardinal Kevin Farrell announced ...")
    word = tokens[hit.first - 1]
    if not word.raw[:1].isupper() or not joined(text, word, tokens[hit.first]) or word.norm in _DETERMINERS or word.norm in _CALENDAR_WORDS:
        return False
    if word.norm in _FUNCTION_OPENERS or (hit.first == 1 and word.norm.endswith(("ly", "ing")) and word.raw[1:].islower()):
        return False  # "When Chinese Premier Li Keqiang presented ...", "Honestly Premier Li ...", "Hearing Premier Li
        # Keqiang open the conference ...": a clause's first word
    run = _qualifier_run(tokens, hit.first, text)  # (a term of several words in it too: "Alpine Crown race director")
    if run and variants is not None and variants.fullmatch(text, run[0].start, run[-1].end):
        return False  # "Harwood Grammar won the final": the claim's own (wrong) value, no qualifier of a title
    return not any(term.occurs_in([word]) for term in compiled.require for word in run) and not any(term.occurs_in(run) for term in compiled.require)


def _qualifier_run(tokens: list[Token], first: int, text: str) -> list[Token]:
    """The capitalised words right before token ``first``, up to five, across "&" and hyphens ("Tamarack
    County Fire & Rescue Chief", "Roland-Garros champion": a name whose words may say whose title it is)."""
    k = first
    while k > 0 and first - k < 5 and tokens[k - 1].raw[:1].isupper() and text[tokens[k - 1].end : tokens[k].start].strip() in ("", "&", "-"):
        k -= 1
    return tokens[k:first]


def _owns_place(
    compiled: CompiledClaim, hit: SubjectHit, tokens: list[Token], text: str, names: frozenset[str] = frozenset(),
    events: frozenset[str] = frozenset(),
) -> bool:
    """For a subject ending in "in"/"at" ("based in"), whether what is based there is the claim's:
    a ``require`` term stands just before it ("the new body would be based in X"), an aside
    between commas apart ("Acme, founded in 2012, is based in X"), not other words ("firms
    based in X back the body"), and it is no one else's: not "the UN's AI advisory body" (a
    possessive that is none of the claims' ``names``), nor "Guterres, whose organization" (but the claims' own
    ``events``, named in their statements, may be)."""
    if not compiled.require:
        return True
    before = _without_aside(tokens[: hit.first], text)[-OWNER_REACH:]
    if _indefinite_apposition(tokens, hit.first, text, compiled):
        return False  # "The Beijing Humanoid Robot Innovation Center, an institution based in X"
    if any(t.norm == "whose" for t in before) or any(
        t.raw[:1].isupper() and possessive(t) and f" {t.norm} " not in names and not _require_owner(compiled, t, text)
        and _owns_before_comma(compiled, tokens, t, hit.first, text)  # (not "In Li's framing, the proposed organisation ...")
        for t in before
    ):
        return False
    if hit.first > 1 and tokens[hit.first - 1].norm in ("both", "all") and tokens[hit.first - 2].norm in ("are", "were"):
        return False  # "the WHO and the ITU are both headquartered in Geneva": others, more than one
    if _opening_name_owns(compiled, tokens, hit.first, text) or _in_opening_name_aside(compiled, tokens, hit.first, text):
        return False  # "The International Atomic Energy Agency followed in 1957, headquartered in Vienna"
    if _named_owner_elsewhere(compiled, tokens, hit.first, text, events):
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
    if _only_plural_requires(compiled, before):
        return False  # "Enterprises and R&D institutions registered and headquartered in Jiading": a class of them
    if tokens[hit.last].norm not in ("in", "at"):
        return True
    if _plural_owner(before):
        return False  # "most global technical bodies are based in Geneva": a class of things, not the claim's one
    return any(term.occurs_in(before) for term in compiled.require)


def _owns_before_comma(compiled: CompiledClaim, tokens: list[Token], owner: Token, first: int, text: str) -> bool:
    """Whether a possessive before the subject at token ``first`` may own it: no comma between them, or
    a ``require`` term ("body") after it before the comma ("The UN's AI advisory body, based in ..."; not
    "In Li's framing, the proposed organisation, which would be headquartered in ...")."""
    if "," not in text[owner.end : tokens[first].start]:
        return True
    k = tokens.index(owner) + 1
    phrase = []
    while k < first and "," not in text[tokens[k - 1].end : tokens[k].start]:
        phrase.append(tokens[k])
        k += 1
    return any(term.occurs_in(phrase) for term in compiled.require)


def _require_owner(compiled: CompiledClaim, word: Token, text: str) -> bool:
    """Whether the possessive ``word`` is a `require` term by itself ("The NBV's press conference"),
    not the last word of a longer name ("the Shanghai Cooperation Organisation's secretariat")."""
    if _NAME_WORD_BEFORE.search(text, max(0, word.start - 32), word.start):
        return False
    return any(term.occurs_in([word]) for term in compiled.require)


_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’&-]*\s+\Z")


def _only_plural_requires(compiled: CompiledClaim, before: list[Token]) -> bool:
    """Whether ``compiled``'s ``require`` terms stand in ``before`` only as plural nouns
    ("institutions"): many things of the kind, not the claim's one."""
    plural = [t for t in before if t.raw.isalpha() and t.raw.islower() and t.raw != t.norm and t.raw.endswith("s") and t.raw not in _SAME_IN_PLURAL]
    if not plural or not any(term.occurs_in(plural) for term in compiled.require):
        return False
    singular = [t for t in before if t not in plural]
    return not any(term.occurs_in(singular) for term in compiled.require)


_SAME_IN_PLURAL = frozenset("series species news means headquarters premises corps".split())  # (no plurals: "the series")


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
        if name and name[0].norm in _DETERMINERS:
            name = name[1:]  # ("The ITU")
        own = _proper_phrases(compiled.claim)
        named = sum(t.raw[1:].islower() for t in name) >= 2 or (len(name) == 1 and _ACRONYM.fullmatch(name[0].raw) is not None)
        return named and not any(p in joined_norms(name) for p in own)  # ("The ITU is a UN agency headquartered in Geneva")
    return False


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _named_owner_elsewhere(
    compiled: CompiledClaim, tokens: list[Token], first: int, text: str, events: frozenset[str] = frozenset()
) -> bool:
    """Whether a subject ("headquartered") follows a name that holds no ``require`` term, maybe through
    an appositive: "the United Nations, which is headquartered in New York", "the ITU, the UN agency
    headquartered in Geneva" (their seats, not the claim's), and that is none of the claims' own ``events``
    ("The National Brass Band Championship Final took place in Leeds")."""
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
        if sum(t.raw[1:].islower() for t in name) >= 2 and not any(p in joined_norms(name) for p in (*_proper_phrases(compiled.claim), *events)):
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
    if j == k and k >= 2 and tokens[k - 1].raw.isalpha() and tokens[k - 1].raw.islower() and tokens[k - 2].raw[:1].isupper() and not possessive(tokens[k - 2]):
        j = _name_start(tokens, k - 1, adjacent=True)  # a name and its head noun: "The Asia-Pacific Economic Cooperation forum"
        if sum(t.raw[1:].islower() for t in tokens[j : k - 1]) < 2:
            j = k
    if j == k or (j == 0 and k - j == 1 and "," not in text[tokens[0].end : tokens[1].start]):
        return False  # no name, or one capitalised word opening the sentence ("Officials said ..."; not "Alibaba, based in")
    name = tokens[j:k]
    if j >= 2 and tokens[j - 2].norm == "according" and tokens[j - 1].norm == "to":
        return False  # "According to Ma Zhaoxu, the new body would be headquartered in X": who says so, no owner
    own = (*_proper_phrases(compiled.claim), *events)
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


@lru_cache(maxsize=4096)
def _proper_phrases(claim: Claim) -> tuple[str, ...]:
    """The claim's subject and ``require`` phrases that are names (with a capital): " waic ", " shanghai "."""
    phrases = (*claim.subject, *claim.context.require)
    return tuple(" " + " ".join(phrase_words(p.rstrip("*"))) + " " for p in phrases if p != p.lower())
_NOT_STATEMENT_NAMES = (
    _STOP | frozenset("the a an more less over under about nearly some".split()) | MONTH_WORDS | WEEKDAY_WORDS
)


def _held_before(tokens: list[Token], hit: SubjectHit, text: str, year: int) -> bool:
    """Whether the clause of a title names a year before the claims' own, not after "since" nor
    after a verb of taking it up, and "current" does not mark the title: the title was held then
    ("premier from 1998 to 2003", "Premier Zhou Enlai in 1953"; not "the current chief executive,
    Marta Solberg, who was appointed in September 2019")."""
    if hit.first > 0 and tokens[hit.first - 1].norm in _PRESENT_HOLDER:
        return False
    lo, hi = _clause_around(tokens, hit.first, text, _CLAUSE_OPENERS)
    return any(
        _is_year(t) and int(t.raw[:4]) < year and not (k and (tokens[k - 1].norm == "since" or _in_digits(tokens, k)))
        and not any(w.norm in _TAKEN_UP for w in tokens[max(lo, k - TAKEN_UP_REACH) : k])
        for k, t in enumerate(tokens[lo:hi], lo)
    )


def _tenure_ended(tokens: list[Token], hit: SubjectHit, text: str, year: int) -> bool:
    """Whether a title is followed in its clause by a closed span of years that ends before ``year``
    (the latest the claims give): "Jonas Hallberg, chief scientist of the mission from 2013 to 2021"."""
    _, hi = _clause_around(tokens, hit.first, text, _CLAUSE_OPENERS)
    if hi <= hit.last + 1:
        return False
    ended = _CLOSED_SPAN.search(text, tokens[hit.last].end, tokens[hi - 1].end)
    return ended is not None and int(ended.group(1)) < year


# A closed span of years, whose end it gives: "from 2013 to 2021", "between 2013 and 2021", "(2013–2021)".
_CLOSED_SPAN = re.compile(r"\b(?:from\s+(?:19|20)\d\d\s+(?:to|until)|between\s+(?:19|20)\d\d\s+and|(?:19|20)\d\d\s*[–-])\s*((?:19|20)\d\d)\b")
_PRESENT_HOLDER = frozenset("current incumbent present sitting".split())
_TAKEN_UP = frozenset("appointed elected named became joined promoted".split())
TAKEN_UP_REACH = 4  # words from such a verb to its year ("appointed in September 2019")


def _statement_names(claim: Claim) -> frozenset[str]:
    """The normalised capitalised words of a claim's statement that are not words of its value."""
    value = claim.value
    own = " ".join([value.text, *value.aliases]) if isinstance(value, TextValue) else ""
    words = {t.norm for t in tokenize(own, 0, len(own))}
    return frozenset(t.norm for t in tokenize(claim.statement, 0, len(claim.statement)) if t.raw[:1].isupper() and t.norm not in words and t.norm not in _NOT_STATEMENT_NAMES)


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
_COMPANY_NOUNS = frozenset("company firm startup maker manufacturer developer provider bank group business brand subsidiary lab laboratory".split())

_ORG_WORDS = frozenset(
    "work company co ltd inc plc llc group corporation corp association society institute institution centre center workshop "
    "conference forum summit council authority agency bank university college school foundation trust club union "
    "museum hall arena stadium partner holding industry system lab laboratory commission department "
    "ministry office board committee bureau administration network herald courier gazette times post journal "
    "tribune chronicle monitor".split()  # (normalised: singular)
)
NAME_RUN = 4  # capitalised words after a subject that may end an organisation's name


def inside_a_proper_name(tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a capitalised subject stands inside an organisation's name, or opens one: before
    capitalised words that end in a word such as Works, Company, Commission, Group or Courier, after a
    capitalised word (or one and "and") or not ("went to Haldsund Cable Works", "Kestrel Cable Company",
    "the Ossental Avalanche Commission", "the Glacier Research Group", "Charity Media Monitor")."""
    first = tokens[hit.first]
    if not first.raw[:1].isupper() or first.raw.isupper():
        return False
    before = tokens[hit.first - 1] if hit.first > 0 else None
    named_before = before is not None and before.raw[:1].isupper() and before.raw.isalpha() and before.norm not in _DETERMINER_WORDS
    if not named_before and not all(t.raw[:1].isupper() for t in tokens[hit.first : hit.last + 1]):
        return False  # (a title in the sentence's first words: "Headline sponsor Brightline Systems had the busiest booth")
    k = hit.last
    while k + 1 < len(tokens) and k < hit.last + NAME_RUN and tokens[k + 1].raw[:1].isupper() and tokens[k].end + 1 == tokens[k + 1].start:
        k += 1
    return k > hit.last and tokens[k].norm in _ORG_WORDS


_DETERMINER_WORDS = _DETERMINERS | frozenset("this that these my your".split())
