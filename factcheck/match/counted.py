"""What a figure counts when it is not the claim's subject: parts, shares, sums, rates, changes and breakdowns."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from ..entities import possessive
from ..gate import is_answer
from ..index import CompiledClaim, SubjectHit, joined_norms
from ..model import NumberKind, NumberMention, Qualifier
from ..text import Token, normalize, tokenize
from .clauses import _clause_around, _verb_like
from .words import (
    _CHANGE_VERBS,
    _CLAUSE_OPENERS,
    _DETERMINERS,
    _MODALS,
    _OWN_LINK,
    _OWNER_GAP,
    _PERIOD,
    _STOP,
    _VERBS,
    _first_token_at,
    _is_number,
    _is_year,
    _token_start,
    _word_before,
)


def _is_answer(tokens: list[Token], value: NumberMention, text: str) -> bool:
    """Whether a figure is all of an answer after its label: "A: 120", "Answer: about 800"."""
    return len(tokens) >= 2 and is_answer(text, tokens[0].start) and tokens[1].start >= value.start
_OWN_BOUND = r"(?:(?:about|approximately|around|roughly|some|nearly|almost|over|under|more than|less than|up to|just over|just under)\s+)?"
_OWN_VALUE = {  # (a qualifier may come first: "the total was over £1.2m")
    NumberKind.MONEY: re.compile(_OWN_LINK + _OWN_BOUND + r"(?:[$€£¥]|[A-Z]{3}\s?\d|[A-Z]{1,2}\$)"),
    NumberKind.PERCENT: re.compile(_OWN_LINK + _OWN_BOUND + r"\d[\d.,]*\s?(?:%|percent\b|per cent\b)"),
}
_OWN_PERCENT_BEFORE = re.compile(r"\d[\d.,]*\s?(?:%|percent|per cent)[ -]$")  # "on a 71% turnout": the turnout's figure


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
    if kind is NumberKind.MONEY and (period := _PERIOD_AFTER.match(text, value.end)) and not _over_a_period(claim, period.group(1)):
        return False  # "to spend about $400 million a year with local suppliers": a rate, not the claim's sum
    if kind is NumberKind.MONEY and _PER_ONE_AFTER.match(text, value.end) and not _PER_STATED.search(claim.claim.statement):
        return False  # "€485 per person sharing": a price of one, not the project's cost
    if kind is NumberKind.MONEY and any(t.norm in _AVERAGES for t in tokens[max(0, hit.first - 3) : hit.first]) and not any(
        w in _AVERAGES for w in claim.claim.statement.lower().split()
    ):
        return False  # "The average reported homeowners claim is $38,700": one's, on average, not the total
    if kind is NumberKind.MONEY and _priced_noun(tokens, text, value, claim):
        return False  # "the jackpot with a single $2 ticket": the ticket's price, not the jackpot
    if kind is NumberKind.MONEY and _listed_part(tokens, text, value, hit):
        return False  # "a $600 million package, including a $450 million grant and $150 million for roads": its parts
    if kind is NumberKind.MONEY and _included(tokens, hit) and not _ITS_FIGURE.fullmatch(text, tokens[hit.last].end, value.start):
        return False  # "the total with fees came to $181.3 million", "including the premium, it fetched": a total that holds it
    if kind is NumberKind.MONEY and _by_change(tokens, value) and not _states_change(claim.claim.statement):
        return False  # "The defence budget rises by 900 million euros": the rise, not the budget
    if kind is NumberKind.MONEY and _TOWARDS_AFTER.match(text, value.end) and _WHOLE_SUM.search(claim.claim.statement) and "toward" not in claim.claim.statement.lower():
        return False  # "pledges £500,000 from reserves towards the rebuilding": a contribution, not the whole cost
    if kind is NumberKind.MONEY and _PART_OF_THE.match(text, value.end):
        return False  # "$310 million of the 2024 suppression bill": a part of it
    if kind is NumberKind.MONEY and tokens[hit.first].start > value.start and _given_to(text, value, claim):
        return False  # "Kersbury Town Council contributed £25,000 to the organ project": a gift to the project, not its cost
    if kind is NumberKind.MONEY and _gift_to(tokens, hit, claim):
        return False  # "The largest single gift to the organ appeal was £20,000": the gift's sum, not the appeal's
    noun = _SUM_OF.match(text, value.end) if kind is NumberKind.MONEY else None
    word = normalize(noun.group(1)) if noun else ""
    if noun and word not in _SUM_FORMS and not any(word in words for words in claim.subjects) and word not in _statement_words(claim.claim.statement):
        return False  # "roughly €63m of profit", "£9m in add-ons": the noun after it is what the sum is (unless the
        # claim's statement names it: "sold EUR 3.0bn of bonds" for "The agency sold EUR 4.5 billion of bonds")
    after = tokens[_phrase_end(tokens, hit.last + 1, claim) - 1].end  # (past "cash option" in "a lump-sum cash option of $612.4 million")
    own = _OWN_VALUE[kind].match(text, after, min(len(text), after + 24))
    if own and not (after <= value.start <= own.end()):
        return False
    start = tokens[hit.first].start
    own = _OWN_PERCENT_BEFORE.search(text, max(0, start - 16), start) if kind is NumberKind.PERCENT else None
    if own and not (own.start() < value.end and value.start < own.end()):
        return False  # "On a 71% turnout, 89% voted for strike action": the 71% is the turnout's, not the 89%
    if any(tokens[k].norm == "time" and _is_number(tokens[k - 1]) for k in range(max(1, hit.first - 4), hit.first)):
        return False
    if kind is NumberKind.PERCENT and (_is_change(tokens, value) or _DIFFERENCE_AFTER.match(text, value.end)):
        # "revenue grew 14%", "up 12%", "grew revenue by 14%", "paid €241,900, 3.9% more than a year earlier"
        return any(not _CHANGE_NOUNS.isdisjoint(words) for words in claim.subjects) or _states_change(claim.claim.statement)
    if kind is NumberKind.MONEY and _sum_of_subject(tokens, hit, value, claim):
        return False  # "Ticket revenue from the gala was €1.14 million": all the tickets' takings, not a ticket's price
    if kind is NumberKind.PERCENT and _change_of_subject(tokens, hit, value) and not _states_change(claim.claim.statement):
        return any(not _CHANGE_NOUNS.isdisjoint(words) for words in claim.subjects)  # "caps rent rises at 3.5%": the rises', not the rent's
    if kind is NumberKind.PERCENT and (_of_subject_opening(tokens, value, hit, text) or _split_in_brackets(value, text)):
        return False  # "Of the affordable homes, 70% will be for social rent", "(70% social rent, 30% shared ownership)"
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
    per = normalize(rate.group(1))  # (what the claim's own statement gives the rate per: "EUR 45 per subject")
    return any(per in words for words in claim.subjects) or re.search(rf"\b(?:per|a|an|each)\s+{re.escape(per)}\b", claim.claim.statement.lower()) is not None


_ITS_FIGURE = re.compile(r"\s*(?:of|:|at|totalling|totaling)?\s*")  # "including fees of $21.3 million": the fees' own
_INCLUDING = frozenset("with including incl inclusive plus".split())


def _included(tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether the subject is named as a part a total includes: "the total with fees", "including the
    buyer's premium" (a determiner may come between)."""
    k = hit.first - 1
    if k > 0 and tokens[k].norm in _DETERMINERS:
        k -= 1
    if k >= 0 and tokens[k].norm == "of" and k > 0 and tokens[k - 1].norm == "inclusive":
        return True
    return k >= 0 and tokens[k].norm in _INCLUDING and (tokens[k].norm != "with" or (k > 0 and tokens[k - 1].norm in _SUM_TOTALS))


_SUM_TOTALS = frozenset("total price cost bill sum".split())
_TOWARDS_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}towards?\b")  # (for a claim of a whole sum: not a grant's, a credit's)
_WHOLE_SUM = re.compile(r"\b(?:cost|costs|costing|price|bill|budget|total)\b", re.IGNORECASE)
_GIVEN_BEFORE = re.compile(
    r"\b(?:contributed|contributes|contribute|donated|donates|donate|gave|gives|give|given|added|adds|pledged|pledges|granted|awarded)"
    r"\s+(?:(?:a|an)\s+)?(?:further\s+|extra\s+|another\s+|additional\s+)?\W{0,2}\Z",
    re.IGNORECASE,
)
_TO_AFTER = re.compile(r"\s+(?:to|towards?)\b")
_GIFT_NOUNS = frozenset("gift gifts donation donations contribution contributions bequest legacy pledge pledges".split())


def _given_to(text: str, value: NumberMention, claim: CompiledClaim) -> bool:
    """Whether a sum is given "to" something after it: "contributed £25,000 to the project", "Gift Aid
    added £41,200 to the appeal" (what follows "to" receives the sum; it does not cost it), for a claim
    that is not itself of a gift ("The zoo gave over £2.3 million to field conservation")."""
    if any(_GIVEN_BEFORE.match(word + " ") for word in claim.claim.statement.split()):
        return False
    return _GIVEN_BEFORE.search(text, max(0, value.start - 40), value.start) is not None and _TO_AFTER.match(text, value.end) is not None


def _gift_to(tokens: list[Token], hit: SubjectHit, claim: CompiledClaim) -> bool:
    """Whether a subject is what a gift is made "to": "the largest single gift to the organ appeal"."""
    between = [t.norm for t in tokens[max(0, hit.first - 5) : hit.first]]
    if "to" not in between:
        return False
    k = hit.first - 1 - between[::-1].index("to")  # (the last "to" before the subject)
    if k < 1 or any(t.norm in _CLAUSE_WORDS for t in tokens[k + 1 : hit.first]):
        return False
    noun = tokens[k - 1].norm
    return noun in _GIFT_NOUNS and not any(noun in words for words in claim.subjects)


_CLAUSE_WORDS = frozenset("of for was were is are has had have and or by from".split())


_PART_OF_THE = re.compile(r"\s+of\s+(?:the|its|their|this|that)\s")
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
_PERIODS = "hour|day|night|week|month|year"  # (a rate's periods, in the patterns below)
# A claim stated as a rate: "12 flights a week", "3 million passengers annually".
RATE_STATED = re.compile(rf"\b(?:per|a|an|each|every)\s+(?:{_PERIODS})\b|\b(?:hourly|daily|nightly|weekly|monthly|yearly|annual|annually)\b")
# A period after a sum that makes it a rate: "$400 million a year" (not "a year ago").
_PERIOD_AFTER = re.compile(
    rf"\s+(?:(?:a|an|per|each|every)\s+({_PERIODS})\b(?!\s+(?:ago|later|earlier|before|after|on)\b)"
    r"|(annually|yearly|monthly|weekly|daily|nightly)\b)"
)
# A unit after a sum that makes it a price of one: "€485 per person", "$20 a head" (not "per cent", nor a period).
_PER_ONE_AFTER = re.compile(
    rf"\s+(?:per\s+(?!(?:cent|{_PERIODS})\b)[a-z]|an?\s+(?:person|head|ticket|seat|guest|visitor|passenger|adult|child|share|unit)\b"
    r"|for\s+(?:(?:uninsured|unaccompanied|accompanied|young|older|non-?resident|resident|local)\s+)?"
    r"(?:adults?|child(?:ren)?|students?|seniors?|pensioners?|members?|non-members?|visitors?|concessions?|families|under-\d+s?)\b)"
)  # ("€485 per person", "$20 a head", "cost £18 for adults and £9 for children")
_PER_STATED = re.compile(  # a claim of a price of one: "Each worker receives ...", "cost a foreign climber US$15,000"
    r"\b(?:per|each|every|apiece|a\s+(?:person|head|share|ticket|seat|night|unit))\b|\b(?:cost|costs|charged|charges|paid|pays)\s+(?:a|an)\b"
    r"|\b(?:a|an|one)\s+[a-z]+\s+(?:pays|costs|is\s+charged)\b",  # ("a car pays £5.10 to cross the bridge")
    re.IGNORECASE,
)
_A_YEARS_SUM = re.compile(r"\b(?:19|20)\d\d\b|\bFY\s?\d|\b(?:fiscal|financial)\s+year\b")


def _over_a_period(claim: CompiledClaim, period: str | None) -> bool:
    """Whether a claim's sum may be given as a rate over ``period`` (None: a year's): it is stated as a
    rate, or, for a year, is a year's sum ("research income was £186 million in 2024-25")."""
    statement = claim.claim.statement
    return bool(RATE_STATED.search(statement) or (period in (None, "year", "annually", "yearly") and _A_YEARS_SUM.search(statement)))


def _phrase_end(tokens: list[Token], k: int, claim: CompiledClaim) -> int:
    """Past a subject phrase of ``claim`` that starts at token ``k``, if one does (else ``k``)."""
    norms = [t.norm for t in tokens[k : k + 4]]
    return k + max((len(words) for words in claim.subjects if list(words) == norms[: len(words)]), default=0)


def _listed_part(tokens: list[Token], text: str, value: NumberMention, hit: SubjectHit) -> bool:
    """Whether a sum is listed as a part of another sum after its subject: in "a $600 million package
    includes a $450 million grant and $150 million for roads" the package is not the $450 million's."""
    k = _first_token_at(tokens, value.start)
    j = next((i for i in range(k - 1, hit.last, -1) if tokens[i].norm in _INCLUDES), None)
    return j is not None and any(
        t.raw[:1].isdigit() and text[t.start - 1 : t.start] in _CURRENCY_SIGNS for t in tokens[:j] if t.start < value.start
    )


def _priced_noun(tokens: list[Token], text: str, value: NumberMention, claim: CompiledClaim) -> bool:
    """Whether a sum after an article prices the noun right after it, no subject of the claim: "a single
    $2 ticket", "a $5 fee" (not "a $1.35 billion jackpot", "a record $1.35 billion cash option")."""
    k = _first_token_at(tokens, value.start)
    j = _first_token_at(tokens, value.end)
    if k < 1 or tokens[k - 1].norm not in _ARTICLES or j >= len(tokens) or text[value.end : tokens[j].start] != " ":
        return False
    word = tokens[j]
    if not word.raw.isalpha() or not word.raw.islower() or word.norm in _NOT_PRICED:
        return False
    return not any(words[0] in (word.norm, tokens[j + 1].norm if j + 1 < len(tokens) else "") for words in claim.subjects)


_ARTICLES = frozenset("a an single each every one".split())
_NOT_PRICED = _STOP | _MODALS | frozenset(  # (no noun: "a $2 billion was ...", "each $5 more than ...")
    "a an the and or but nor each apiece before after plus minus more less higher lower last next record total "
    "million billion thousand trillion bn mn m k".split()
)
_AVERAGES = frozenset("average median mean typical".split())
_INCLUDES = frozenset("including includes include included comprising comprises comprise".split())


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


def _of_subject_opening(tokens: list[Token], value: NumberMention, hit: SubjectHit, text: str) -> bool:
    """Whether the sentence opens with "Of the SUBJECT," and the percentage follows: a share of the
    subject's own set ("Of the affordable homes, 70% will be for social rent"), not the subject's share."""
    if not (tokens[0].norm == "of" and 0 < hit.first <= 5 and hit.last + 1 < len(tokens)):
        return False
    return value.start >= tokens[hit.last].end and "," in text[tokens[hit.last].end : value.start]


def _split_in_brackets(value: NumberMention, text: str) -> bool:
    """Whether a percentage stands in brackets with others that add up to a whole: "35% affordable
    (70% social rent, 30% shared ownership)" splits the affordable homes, it is not their share."""
    opening = text.rfind("(", max(0, value.start - 60), value.start)
    closing = text.find(")", value.end, value.end + 80)
    if opening < 0 or closing < 0 or ")" in text[opening : value.start] or "(" in text[value.end : closing]:
        return False
    shares = [float(m.group(1)) for m in _PERCENTAGE.finditer(text, opening, closing)]
    return len(shares) >= 2 and 99 <= sum(shares) <= 101


_PERCENTAGE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)")


def _share_having(tokens: list[Token], value: NumberMention, hit: SubjectHit) -> bool:
    """Whether "N% of X" is the share of X that has the subject, which follows as the object of a
    verb of having: "Only 14 percent of homes in the six hardest-hit counties carried flood insurance"."""
    k = _first_token_at(tokens, value.end)
    if not (k < len(tokens) and tokens[k].norm == "of" and k < hit.first <= k + 12):
        return False
    return hit.first >= 1 and tokens[hit.first - 1].norm in _HAVING


_WHOLE_PLACES = frozenset("province country nation state region territory island world".split())  # "the province's": all of it
_HAVING = frozenset("had have has having carried carry carries held hold holds owned own owns lacked lack lacks bought buy".split())


def _share_of_own(tokens: list[Token], value: NumberMention, claim: CompiledClaim) -> bool:
    """Whether a percentage may be the claim's by the words around it: "N% of X" when X names
    the claim's subject or context ("42% of finishers were women"; not "5% of people"), and
    "a/our N% X" when X does ("a 49% reduction"; not "our 50% bogey")."""
    k = _first_token_at(tokens, value.end)
    if k + 1 < len(tokens) and tokens[k].norm in ("to", "and", "or") and _is_number(tokens[k + 1]):
        k += 2  # "5% to 10% of people"
    if k >= len(tokens):  # (at the sentence's end: "..., the city 25% and the Lower Vale region 15%.")
        k0 = _first_token_at(tokens, value.start)
        return not (k0 >= 2 and _another_noun_before(tokens, k0, claim))
    if tokens[k].norm in ("of", "by", "from") or (tokens[k].norm == "to" and _split_share(tokens, value)):  # "15% by green bonds": the bonds' share
        phrase = tokens[k + 1 : k + 5]
        own = {w for words in claim.subjects for w in words} | {w for t in claim.require for w in t.words}
        if any(
            possessive(t) and t.norm not in own and t.norm not in _THIS_TIME and t.norm not in _WHOLE_PLACES
            and t.norm not in _statement_words(claim.claim.statement)
            for t in phrase[:2]
        ):  # ("of this year's route" is the route's; "of the province's demand" is all of it)
            return False  # "60% of the club's finishers": a group's share (not "of the programme's funding")
        if any(t.norm in _VOTES for t in phrase[:3]) and not _VOTES.isdisjoint(_statement_words(claim.claim.statement)):
            return True  # "backed the deal with 99 percent of the vote" for a claim of a vote's share
        return _names_own(phrase, claim) or _share_stated_of(phrase, claim)
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
    word or a determiner; not "turnout hit 68%"), also past "for" or "at" and a participle: "the juries
    for 40%", "the professional juries accounting for 40%", "the juries weighted at 40%"."""
    linked = k > 2 and tokens[k - 1].norm in ("for", "at")
    if linked:
        k -= 1
        if tokens[k - 1].raw.islower() and tokens[k - 1].norm.endswith(("ing", "ed")):
            k -= 1
    noun = tokens[k - 1]
    if not (noun.raw.isalpha() and noun.raw.islower()) or noun.norm in _STOP or noun.norm in _VERBS or _verb_like(noun):
        return False
    j = k - 2  # past capitalised words: "the State budget", "the Lower Vale region", or none: "the city 25%"
    while j >= 0 and k - 2 - j < 3 and tokens[j].raw.isalpha() and tokens[j].raw[:1].isupper() and tokens[j].norm not in ("the", "its", "their"):
        j -= 1
    if linked and j == k - 2 and j > 0 and tokens[j].raw.isalpha() and tokens[j].raw.islower() and tokens[j - 1].norm in ("the", "its", "their"):
        j -= 1  # (one adjective: "the professional juries")
    if j < 0 or tokens[j].norm not in ("the", "its", "their"):
        return False  # (a noun phrase: "the State budget"; not "We promise 99.9% uptime")
    words = joined_norms(tokens[j + 1 : k])
    return not any(f" {' '.join(s)} " in words for s in claim.subjects)


def _split_share(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a percentage after "and" splits a whole with one before it: in "80% goes to Stichting
    ALS Nederland and 20% to the RNLI" the 20% is the RNLI's share."""
    k0 = _first_token_at(tokens, value.start)
    return k0 > 1 and tokens[k0 - 1].norm == "and" and any(t.raw[:1].isdigit() for t in tokens[max(0, k0 - 10) : k0 - 1])


def _share_stated_of(phrase: list[Token], claim: CompiledClaim) -> bool:
    """Whether the claim's statement gives its percentage "of" a noun that ``phrase`` names too: "41% of
    approved grants" for "41% of approved grants had been paid out"."""
    stated = _SHARE_OF.search(claim.claim.statement)
    if stated is None:
        return False
    nouns = {t.norm for t in tokenize(stated.group(1), 0, len(stated.group(1)))} - _STOP - _DETERMINERS
    kin = {w for noun in nouns for w in claim.kin.get(noun, ())}  # ("of the crop" for "of the 2024 harvest", when a claim's
    return any(t.norm in nouns or t.norm in kin for t in phrase[:3])  # subjects give "harvest" and "crop" as one)


_SHARE_OF = re.compile(r"(?:%|\bper ?cent)\s+of\s+((?:[\w'-]+\s+){0,2}[\w'-]+)", re.IGNORECASE)


def _names_own(phrase: list[Token], claim: CompiledClaim) -> bool:
    """Whether ``phrase`` holds one of the claim's subject phrases or ``require`` terms."""
    words = joined_norms(phrase)
    return any(f" {' '.join(s)} " in words for s in claim.subjects) or any(t.occurs_in(phrase) for t in claim.require)


_VOTES = frozenset("vote voting voted ballot".split())  # (normalised: "votes" is "vote")
_COMPARATIVES = frozenset("more less fewer higher lower greater smaller overall versus vs relative".split())
_CHANGE_NOUNS = frozenset("growth increase rise decline decrease change gain drop fall jump grew rose fell".split())


@lru_cache(maxsize=1024)
def _statement_words(statement: str) -> frozenset[str]:
    """The normalised words of a claim's statement ("the album's first-week sales" owns "album")."""
    return frozenset(t.norm for t in tokenize(statement, 0, len(statement)))


@lru_cache(maxsize=1024)
def _states_change(statement: str) -> bool:
    """Whether a claim's statement gives its percentage or sum as a change: "Shares of X fell 3.8% on Friday",
    "The average household bill rises by about £31 a year"."""
    return _CHANGE_STATEMENT.search(statement) is not None


_CHANGE_STATEMENT = re.compile(
    r"\b(?:fell|rose|grew|dropped|declined|increased|decreased|jumped|climbed|slid|gained|lost|surged|plunged|up|down"
    r"|falls?|rises?|grows?|drops?|declines?|increases?|decreases?|cuts?|reduced?|reduces|lowered|shrank|shrinks?)"  # "to fall 60% below 2019 levels"
    r"(?: by)?(?: (?:about|nearly|almost|some|around|more than|over))? (?:\d[\d.,]*\s?(?:%|percent\b|per cent\b)|(?:[£$€¥]|(?:EUR|GBP|USD|CHF|JPY|CNY|AUD|CAD) ?)\d)"
    r"|\d\s?(?:%|percent|per cent) (?:more|less|higher|lower|cheaper|dearer|up|down|above|below)\b"  # "4.6% higher than a year earlier"
)
# After a percentage, a comparative that makes it a difference, not a level or a share: "3.9% more than a year earlier".
_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|less|higher|lower|cheaper|dearer|up|down|above|below)\s+(?:than|on|from)\b")


def _by_change(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a figure follows "by" with a change verb shortly before it ("rises by 900 million euros")."""
    k = _first_token_at(tokens, value.start)
    before = [t.norm for t in tokens[max(0, k - 4) : k]]
    return bool(before) and before[-1] == "by" and not _CHANGE_VERBS.isdisjoint(before[:-1])


def _noun_after_subject(tokens: list[Token], hit: SubjectHit, value: NumberMention) -> Token | None:
    """The word right after the subject, when it stands before the figure ("revenue" in "ticket revenue ... €1.14m")."""
    k = hit.last + 1
    return tokens[k] if k < len(tokens) and tokens[k].end <= value.start else None


def _change_of_subject(tokens: list[Token], hit: SubjectHit, value: NumberMention) -> bool:
    """Whether a change noun follows the subject at once, before the figure: "rent rises", "price growth" (not a
    verb: "the yield rose to 6.9%", "yields rise to 6.9%")."""
    noun = _noun_after_subject(tokens, hit, value)
    return (
        noun is not None
        and noun.norm in _CHANGE_NOUNS
        and noun.norm not in _CHANGE_PAST
        and hit.last + 2 < len(tokens)
        and tokens[hit.last + 2].norm not in ("to", "from", "by")
    )


_CHANGE_PAST = frozenset(("grew", "rose", "fell"))
_SUMS = frozenset("revenue income taking receipt sale turnover profit spending earning proceed".split())


def _sum_of_subject(tokens: list[Token], hit: SubjectHit, value: NumberMention, claim: CompiledClaim) -> bool:
    """Whether a noun of a sum follows the subject at once, before the figure ("ticket revenue", "seat sales"), and
    the claim's statement does not name it: the sum's figure, not the subject's."""
    noun = _noun_after_subject(tokens, hit, value)
    return (
        noun is not None
        and noun.norm in _SUMS
        and noun.norm not in _statement_words(claim.claim.statement)
        and not any(noun.norm in words for words in claim.subjects)
    )


def _is_change(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a percentage is a change: right after a change verb, or after "by" with one shortly before."""
    k = _first_token_at(tokens, value.start)
    before = [t.norm for t in tokens[max(0, k - 4) : k]]
    if not before or before[-2:] in (["made", "up"], ["make", "up"], ["makes", "up"], ["making", "up"]):
        return False  # "women made up 41% of finishers": a share
    return before[-1] in _CHANGE_VERBS or _by_change(tokens, value)


_RATE_AFTER = re.compile(r"\s*(?:(?:per|a|an|each)\s+|/\s*)([A-Za-z]+)")  # (not " and": "70 per cent and promises")
_PART = frozenset(
    "foreign overseas international domestic local national regional us uk eu state owned private "
    "listed startup new first additional extra further more member partner returning veteran first-time "
    "committee board council founding honorary junior senior youth associate".split()
)


def _narrowed(words: list[Token], claim: CompiledClaim) -> bool:
    """Whether the words before the counted noun narrow it to a part: a listed word, or a capitalised
    one ("300 Chinese companies", "60 Unitree robots"; not an acronym: "800 AI firms"), unless
    coordinated with others ("800 Chinese and foreign companies": all of them) or a word of the
    claim's own ``require`` terms, statement or subjects ("210 new trains" for a claim about the new ones)."""
    if any(t.norm in ("and", "or") for t in words):
        return False
    narrowing = [t for t in words if t.norm in _PART or (len(t.raw) > 1 and t.raw[0].isupper() and t.raw[1:].islower())]
    stated = _statement_words(claim.claim.statement) | {w for words in claim.subjects for w in words} if narrowing else frozenset()
    # (nor a word of its statement or subjects: "Over 4,500 new cycle parking spaces", "3,000 local investors" for a subject "local people")
    return any(not any(term.occurs_in([t]) for term in claim.require) and t.norm not in stated for t in narrowing)


# Past verbs of a change whose "from" gives the old figure, with no new one after it: "its allocation fell from 33 percent".
_FALLEN_FROM = frozenset("fell dropped declined decreased slipped shrank rose grew increased climbed jumped risen fallen grown".split())


def _changed_from(tokens: list[Token], value: NumberMention, text: str) -> bool:
    """Whether a figure is the old one of a change: "raised from 2 GB to 5 GB", "grew from 500 to 800 firms",
    "raised its dividend to $0.58 a share from $0.52", "(99th → 58th)", "its allocation fell from 33 percent"."""
    if value.high is None and _ARROW_AFTER.match(text, value.end):
        return True
    if "(" in text[max(0, value.start - 14) : value.start] and _OLD_IN_BRACKETS.search(text, max(0, value.start - 40), value.start):
        return True  # "Combined contribution rate: 22% (previously 20.5%)": the old figure
    if _COMPARED_BEFORE.search(text, max(0, value.start - 16), value.start) and _NOW_AFTER.match(text, value.end):
        return True  # "the toll will be £5.10 per crossing, compared with £4.20 today": the old figure
    if value.high is not None or _word_before(tokens, value) != "from":
        return False
    if _word_before(tokens, value, 2) in ("up", "down") or _word_before(tokens, value, 2) in _FALLEN_FROM:
        return True  # "The new rate, up from 12.50 euros, ...", "its allocation fell from 33 percent"
    k = bisect_left(tokens, value.end, key=_token_start)  # the first word after the figure
    if k + 1 < len(tokens) and tokens[k].norm != "to":  # its unit ("2 GB to 5 GB")
        k += 1
    if k < len(tokens) and tokens[k].norm == "to" and any(map(_is_number, tokens[k + 1 : k + 4])):
        return True
    if k + 2 < len(tokens) and tokens[k].norm == "to" and tokens[k + 1].norm in ("its", "the", "their") and tokens[k + 2].norm in _NOW_WORDS:
        return True  # "took the approach channel from 14.5 metres to its current depth": the old figure
    j = _first_token_at(tokens, value.start) - 1  # "from": the other way round, "raised it to $0.58 a share from $0.52",
    return any(  # "widened to around 240 basis points, from 216 bps"
        tokens[i].norm == "to" and (_is_number(tokens[i + 1]) or (tokens[i + 1].norm in _ROUGHLY_WORDS and _is_number(tokens[i + 2])))
        for i in range(max(0, j - 6), j - 1)
    )


_ROUGHLY_WORDS = frozenset("about around roughly some nearly almost approximately over under".split())


_NOW_WORDS = frozenset("current present new today".split())
_OLD_IN_BRACKETS = re.compile(  # "22% (previously 20.5%)", "EUR 720 (formerly EUR 610)", "9 (was 7)"
    r"[\d%]\S*[ \t]*\([ \t]*(?:previously|formerly|was|were|before|earlier|then|old(?: figure| rate)?|prior)[ \t]*:?[ \t]*\Z", re.IGNORECASE
)
_COMPARED_BEFORE = re.compile(r"\bcompared[ \t]+(?:with|to)[ \t]+\Z")
_NOW_AFTER = re.compile(r"[ \t]+(?:today|now|currently|at present)\b")
_ARROW_AFTER = re.compile(r"[ \t]*(?:→|->|⟶|⇒|=>)[ \t]*[\d$€£¥]")  # "99th → 58th", "€12 -> €14": from one to the other
_RANGE_SEP = re.compile(r"\s+to\s+|\s*[–—]\s*")  # between a range's figures (a decimal's point splits its tokens)


def _new_of_change(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a figure is the new one of a change: "from €12.50 to €13.25", "to €13.25, up from €12.50"."""
    k = _first_token_at(tokens, value.start + (1 if value.text[:1] in _CURRENCY_SIGNS else 0))
    if k > 2 and tokens[k - 1].norm == "to" and any(tokens[i].norm == "from" and _is_number(tokens[i + 1]) for i in range(max(0, k - 7), k - 2)):
        return True
    if k > 2 and tokens[k - 1].norm == "to" and any(tokens[i].norm in _CHANGE_VERBS for i in range(max(0, k - 6), k - 1)):
        return True  # "The car toll goes up by 90p, to £5.20": the new figure
    j = _first_token_at(tokens, value.end)
    return j + 2 < len(tokens) and tokens[j].norm in ("up", "down") and tokens[j + 1].norm == "from"


def _old_figure(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` is the figure of "from X to": the old one of a change."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].norm == "from" and tokens[k + 1].norm == "to"


def _new_figure(value: NumberMention, tokens: list[Token]) -> NumberMention:
    """The second figure of a change read as a range ("from 500 to 800", "from €12.50 to €13.25"), alone."""
    seps = list(_RANGE_SEP.finditer(value.text))
    last = value.start + seps[-1].end() if seps else max(t.start for t in tokens if value.start <= t.start < value.end and _is_number(t))
    high = value.value if value.high is None else value.high
    return replace(value, start=last, text=value.text[last - value.start :], value=high, high=None, qualifier=Qualifier.EXACT)


def _of_that(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a figure is followed by "of that/this/those/these/them": a part of a total named before."""
    k = bisect_left(tokens, value.end, key=_token_start)
    if not (k + 1 < len(tokens) and tokens[k].norm == "of"):
        return False
    owner = ("its", "their", "our") if value.kind is NumberKind.COUNT else ()  # "120 of its robots" (not "78% of its target")
    if tokens[k + 1].norm == "this" and k + 2 < len(tokens) and (tokens[k + 2].norm in _THIS_TIME or value.kind is NumberKind.PERCENT):
        return False  # "15% of this year's route", "15% of this race": a share of what follows, no total named before
    return tokens[k + 1].norm in ("that", "this", "those", "these", "them", *owner)


_THIS_TIME = frozenset("year season month week edition".split())


def _of_which(tokens: list[Token], value: NumberMention) -> int:
    """Where "of which" or "of whom" follows a figure, or where the clause after "of which N" goes on
    (a token index), or 0: the figure counts a part of a total named before, which the relative
    clause says something of."""
    k = bisect_left(tokens, value.end, key=_token_start)
    if k + 1 < len(tokens) and tokens[k].norm == "of" and tokens[k + 1].norm in ("which", "whom"):
        return k
    j = _first_token_at(tokens, value.start)  # "..., of which 5 are relevant": the same, the other way round
    return k if j >= 2 and tokens[j - 2].norm == "of" and tokens[j - 1].norm in ("which", "whom") and k < len(tokens) else 0
_LINE_START = re.compile(r"(?:\A|\n)[ \t]*\Z")
_SECTION_AFTER = re.compile(r"\.?(?:[ \t]{2,}(?![ \t:–—])|[ \t]+(?=[A-Z]))")  # (not "80  :", a masked "**80**:")


def _is_section_number(text: str, value: NumberMention) -> bool:
    """Whether a figure opens its line as a section's number: "3.2  Stations", "4.1 Regions covered"."""
    return (
        value.text[:1].isdigit()
        and (value.qualifier is Qualifier.EXACT)
        and _LINE_START.search(text, max(0, value.start - 12), value.start) is not None
        and _SECTION_AFTER.match(text, value.end) is not None
        and ("." in value.text or text[value.end : value.end + 2] in ("  ", ".\t", ". "))
    )


def _in_brackets_after_name(text: str, start: int) -> bool:
    """Whether a figure opens brackets that follow a capitalised word: "China (1,450 students)"."""
    before = text[max(0, start - 40) : start].rstrip()
    if not before.endswith("("):
        return False
    word = before[:-1].rstrip().rsplit(None, 1)[-1:]
    return bool(word) and word[0][:1].isupper()


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
    r"|\b(?:on|at) (?:the|our|its|their|a) (?:[\w-]+ ){0,2}(?:stand|booth|stall)\b(?!s)"  # "| Companies on the shared stand | 7 |"
)


def _part_of_one(tokens: list[Token], value: NumberMention, text: str, each_words: frozenset[str]) -> bool:
    """Whether a figure counts what one exhibitor has: with "each" ("MiniMax and StepFun each
    presented two large models"), shown at someone's stand ("four foundation models at its WAIC
    stand"), shown by one company ("the company showcased 12 products, including three humanoid
    robots"), or a part of a total that opens the sentence ("Of the 60 humanoids shown, we
    identified 19 ...")."""
    k = _first_token_at(tokens, value.start)
    if "each" in (t.norm for t in tokens[max(0, k - 3) : k]) or _per_unit_after(tokens, _first_token_at(tokens, value.end) - 1, text):
        return True
    if tokens and _SUB_EVENT_LABEL.match(text, tokens[0].start):
        return True  # "Demonstration: eight humanoid robots from four companies": one session's
    lo, hi = _clause_around(tokens, k, text, _CLAUSE_OPENERS)
    clause = text[tokens[lo].start : tokens[hi - 1].end] if hi > lo else ""
    if _ONE_OWNER.search(clause) or (k > lo + 2 and _each_one(tokens, lo, each_words)):
        return True
    section = _SECTION_NUMBER.match(text, tokens[0].start) if tokens and tokens[0].raw.isdigit() else None
    first = _first_token_at(tokens, section.end()) if section else 0  # past a section number: "1.3 Of the 6 crewmembers, ..."
    if len(tokens) > first + 3 and tokens[first].norm == "of" and tokens[first + 1].norm == "the":  # "Of the (more than) 30 countries, five ..."
        whole = next((j for j in range(first + 2, min(first + 5, len(tokens))) if _is_number(tokens[j])), None)
        return whole is not None and k > whole + 1
    if len(tokens) > first + 3 and tokens[first].norm == "of" and tokens[first + 1].norm in ("those", "these"):
        comma = next((j for j in range(first + 2, min(first + 6, len(tokens))) if "," in text[tokens[j - 1].end : tokens[j].start]), None)
        return comma is not None and k >= comma  # "Of those exhibitors, 318 completed this survey": some of them
    return False


_NOT_ONE_OF = frozenset("of other one day night week weekend month year season quarter edition time".split())


def _each_one(tokens: list[Token], lo: int, each_words: frozenset[str]) -> bool:
    """Whether the clause at token ``lo`` opens with one of many ("Each region is divided into three
    zones", "Every school has two nurses"), not with a period ("Each year, 800 firms ...") or "each of",
    nor with what a claim's own statement counts for each one (``each_words``: "Each MBL team played 76 games")."""
    return (
        tokens[lo].norm in ("each", "every")
        and tokens[lo + 1].norm not in _NOT_ONE_OF
        and tokens[lo + 1].raw.isalpha()
        and tokens[lo + 1].norm not in each_words
        and tokens[lo + 2].norm not in each_words
    )


def _part_after(tokens: list[Token], end: int, text: str) -> int:
    """Where a clause naming a part of the figure ending at ``end`` begins (its token index), or 0: "more
    than 1,500 large models, 40 of which were on display", "1,100 AI companies, of which 320 exhibited"."""
    found = _OF_WHICH.match(text, end)
    return bisect_left(tokens, found.end(), key=_token_start) if found else 0


def _pool_after(tokens: list[Token], value: object, text: str) -> int:
    """Where the part begins after a whole that opens the sentence, or 0: "Of the more than 2,600 passengers
    aboard, 241 fell ill" (what the 241 did is no context of the 2,600)."""
    start, end = value.start, value.end  # type: ignore[attr-defined]
    if len(tokens) < 4 or tokens[0].norm != "of" or tokens[1].norm != "the" or _first_token_at(tokens, start) > 2:
        return 0
    comma = text.find(",", end, end + POOL_REACH)
    if comma < 0 or any(mark in text[end:comma] for mark in ".;:!?"):
        return 0
    k = bisect_left(tokens, comma, key=_token_start)
    return k if any(_is_number(t) for t in tokens[k : k + 3]) else 0  # (past a qualifier: ", more than 240 ...")


POOL_REACH = 60  # characters from a whole that opens the sentence to the comma before its part, at most
_OF_WHICH = re.compile(r"[^,.;:!?]{0,40}?,\s*(?:[\w,.-]+\s+){0,2}of (?:which|whom|them)\b")


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
        if end is None or end <= k or _verb_like(tokens[j]):
            return False  # (not ", held from 26 to 28 July, drew some 600 exhibitors and ...": a verb goes on)
        inside = tokens[j:end]
        return sum(1 for t in inside if _is_number(t)) >= 2 and any(t.norm == "and" for t in inside)
    return False


_BREAKDOWN_END = re.compile(r"[,)]")
_FIGURE_BEFORE_BRACKET = re.compile(r"(?:\d[\d,.]*\+?|\b[A-Za-z]+)[ \t]*(?:[A-Za-z-]+[ \t]*)?\(\Z")
BRACKET_REACH = 120  # characters from a bracket's opening to a figure inside it


def _bracket_after_figure(tokens: list[Token], value: NumberMention, text: str) -> list[Token]:
    """The words before a bracket that a figure stands in, when a figure right before it opens the bracket
    ("Lifts: 9 (Skarn Express, ... and the six beginner lifts)": the six are some of the nine), else []."""
    opening = text.rfind("(", max(0, value.start - BRACKET_REACH), value.start)
    if opening < 0 or ")" in text[opening : value.start]:
        return []
    figure = _FIGURE_BEFORE_BRACKET.search(text, max(0, opening - 24), opening + 1)
    k = _first_token_at(tokens, opening)
    if figure is None or k == 0 or not any(_is_number(t) and not _is_year(t) for t in tokens[max(0, k - 2) : k]):
        return []
    return tokens[max(0, k - 5) : k]


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
    "four for each exhibitor", "two apiece" (not "per" a time, a unit: "1,000 requests per minute")."""
    for j in range(k + 1, _phrase_after(tokens, k, text, 4)):
        word = tokens[j].norm
        if word in ("each", "apiece") and (word != "each" or j + 1 == len(tokens) or tokens[j + 1].norm not in _EACH_OF):
            return True
        if word == "for" and j + 1 < len(tokens) and tokens[j + 1].norm in ("each", "every"):
            return True
        if word == "per" and j + 1 < len(tokens) and tokens[j + 1].norm not in _TIME_UNITS_PER and not _is_number(tokens[j + 1]):
            return True  # "3 devices per badge", "50 robots per hall": a ratio (but "1,000 requests per minute")
    return False


_TIME_UNITS_PER = _PERIOD | frozenset("second minute quarter annum cent".split())


_EACH_OF = frozenset("of other".split())  # "40 models, each of them ...", "60 robots each other": not a rate
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s")
_SUB_EVENT_LABEL = re.compile(
    r"(?:Demonstration|Demo|Showcase|Session|Panel|Workshop|Keynote|Booth|Stand|Pavilion|Track)\b(?:(?!\b(?:was|were|is|are|has|had)\b)[^:\n]){0,40}:"  # (a label, not a clause: "Demo traffic was high:")
    r"|(?:At|On) (?:the|our|its|their|a) (?:[\w-]+ ){0,3}(?:stand|booth|pavilion|stall)s?\b"  # "At the joint Nordic stand in Hall H3, 12 ..."
)

def _pool(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a figure is an owner's whole that another figure is taken from: "nine of our twelve
    regions", "9 of Norvalia's 12 regions" (not "one of 70 robots", "30 of the 800 exhibitors",
    where the whole is what the claim counts)."""
    j = _first_token_at(tokens, value.start) - 1
    owned = False
    while j > 0 and (tokens[j].norm in _DETERMINERS or possessive(tokens[j])) and tokens[j].norm != "of":
        owned = owned or tokens[j].norm in ("our", "their", "its", "his", "her") or possessive(tokens[j])
        j -= 1
    every = j > 1 and tokens[j - 1].norm == "one" and tokens[j - 2].norm in ("every", "each")  # "Every one of the 1,847 seats": all
    return owned and j > 0 and tokens[j].norm == "of" and _is_number(tokens[j - 1]) and not every


def _ordinal_of_a_noun(tokens: list[Token], value: NumberMention) -> bool:
    """Whether an ordinal picks one of a noun's kind ("sixth studio album"), not a rank ("12th place")."""
    k = _first_token_at(tokens, value.end)
    return k < len(tokens) and tokens[k].start - value.end == 1 and tokens[k].raw.isalpha() and tokens[k].norm not in _RANK_NOUNS


_RANK_NOUNS = frozenset("place position spot rank overall".split()) | _STOP | frozenset(
    "largest biggest busiest highest lowest fastest slowest richest poorest oldest youngest longest shortest tallest "
    "deepest heaviest smallest greatest strongest hottest coldest wettest driest best worst most least".split()
)  # a superlative after an ordinal ranks: "the third-largest scheme", "the second-busiest airport"


def _capacity_for(tokens: list[Token], value: NumberMention) -> bool:
    """Whether "for" before a figure follows a capacity ("room for 3 team members", "space for 10
    seats", "enough water for about 500,000 homes"): the whole of what there is room for, not a part."""
    k = _first_token_at(tokens, value.start) - 2
    return k >= 0 and (tokens[k].norm in _CAPACITY or (k > 0 and tokens[k - 1].norm == "enough"))
_CAPACITY = frozenset("room space capacity enough support supports supported seating".split())
