"""Names, places and quoted titles near a subject: where a text claim's value stands.

Used by the matcher for ``text`` claims: a name follows its title ("Premier Li
Qiang") or stands before it in apposition ("Li Qiang, China's premier"), a
place is put in relation to the subject ("headquartered in X", "the X
conference", "X as the headquarters") or follows a label naming it ("Proposed
HQ: Beijing", a table row "| Host city | Beijing |"), a title is quoted next to it ("themed
'X'").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Sequence
from operator import attrgetter

from .index import SubjectHit
from .markup import Cell
from .model import MONTH_WORDS, WEEKDAY_WORDS, TextValue
from .text import Token, joined, normalize, token_at

_DATE_WORDS = frozenset({"on"}) | WEEKDAY_WORDS | (MONTH_WORDS - {"may"})


_NOT_NAMES = frozenset(
    "the a an this that these those its his her their our and or but of at in on for with by from as "
    "to into during after before while when since until it he she they we i you there here if yet so "
    "meanwhile however although though also both each every all some many most no not plus besides including "
    "officer executive general about how why what where which who whose inside beyond "
    "behind across around over under against between within without upon then now well yes okay ok still just even only your my me us him them "
    "final finals semifinal semi-final quarterfinal quarter-final "
    "morning evening afternoon hello hi hey thanks cheers welcome goodnight congratulations".split()  # ("Evening, Mayor!": a greeting;
    # "Chief Executive Officer", "Aurelian Cup Final",
) | WEEKDAY_WORDS | MONTH_WORDS  # "Director-General": no name; "Slide 4 — How WAIC compares": a heading's question word


_YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d")
_LOOSE_GAP = re.compile(r"[^\s\-–()\"“”'‘’]")  # more than spaces, hyphens, brackets or quotes
_COMMA_GAP = re.compile(r"\s*,\s*\Z")
# Words of a clause that puts the subject itself somewhere: "WAIC 2025, held in X",
# "WAIC, which took place in X". Any other word after the comma ends the search.
_VENUE_CLAUSE = frozenset(
    "held hosted staged convened taking take took place which that was is will be being now again "
    "once this year".split()
)


_QUOTE = re.compile(
    r"“([^”]{2,160})”|\"([^\"]{2,160})\"|‘([^’]{2,160})’|(?<!\w)'([^']{2,160})'(?!\w)"
    r"|«\s?([^»]{2,160}?)\s?»|„([^“”]{2,160})[“”]|»([^«]{2,160})«"  # guillemets, German quotes
)


def variant_pattern(value: TextValue) -> re.Pattern[str]:
    """One pattern for a text value, its aliases and its known wrong variants."""
    variants = sorted({value.text, *value.aliases, *value.wrong}, key=len, reverse=True)
    body = "|".join(re.escape(v) for v in variants if v)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


_CONTRACTED = frozenset("d m s ll ve re".split())  # what follows the apostrophe of "I'd", "It's", "We've"


def _is_name_word(token: Token) -> bool:
    """A capitalised word that may be part of a name: not an acronym ("WAIC"), but "O" may be."""
    raw = token.raw
    if not raw[:1].isupper() or token.norm in _NOT_NAMES:
        return False
    head, _, tail = token.norm.replace("’", "'").partition("'")
    if tail in _CONTRACTED and head in _NOT_NAMES:
        return False  # "a debut winner I'd already fallen for", "They're": a pronoun
    if raw in _POST_NOMINALS:
        return False  # "Professor Helen Okafor FREng": letters after a name, not part of it
    return (len(raw) == 1 or not raw.isupper()) and raw.replace("’", "'").split("'")[0].isalpha()


# Letters after a name in mixed case (all-capital ones, "OBE", are no name words anyway).
_POST_NOMINALS = frozenset("PhD DPhil MPhil FREng FRSE FMedSci MSc BSc MEng BEng MBChB FRCPath FRCPsych FRCOG FRCGP".split())


def _run(tokens: list[Token], start: int, step: int, text: str, limit: int = 3) -> tuple[int, int] | None:
    """The span of capitalised name words from token ``start`` walking by ``step``."""
    picked: list[Token] = []
    k = start
    while 0 <= k < len(tokens) and len(picked) < limit and _is_name_word(tokens[k]):
        if picked:
            left, right = sorted((picked[-1], tokens[k]), key=lambda t: t.start)
            if not joined(text, left, right) or right.start - left.end > 2 or _cell_border(tokens, left, right):
                break  # (a wide gap is a masked cell border: "| ... HQ in Shanghai | None |"; so is a narrow one
                # between the cells of a reStructuredText table: "Compute  Kestrel Bay outage")
        if picked and step < 0 and possessive(tokens[k]) and not (len(picked) == 1 and picked[0].norm in _OWNED_PLACE_NOUNS):
            break  # "China's Shanghai": the possessive names something else (but "Hobb's Quarry", "St John's Wood": one name)
        picked.append(tokens[k])
        if step > 0 and possessive(tokens[k]):
            break  # "Shanghai's Pudong district": the name ends at the possessive
        k += step
    if not picked:
        return None
    first, last = min(picked, key=lambda t: t.start), max(picked, key=lambda t: t.start)
    end = last.end - (2 if possessive(last) else 0)
    return first.start, end


def _street_follows(tokens: list[Token], k: int) -> bool:
    """Whether a street's name starts at token ``k``: one or two capitalised words, then Road, Street, Lane, ..."""
    return any(
        j < len(tokens) and tokens[j].norm in _STREET_NOUNS and tokens[j].raw[:1].isupper() for j in (k + 1, k + 2)
    ) and tokens[k].raw[:1].isupper()


#: Nouns that end a street's name ("Fenner Street", "Quayside Road").
STREET_NOUNS = frozenset("street road lane avenue boulevard drive terrace crescent".split())
_STREET_NOUNS = STREET_NOUNS | {"way", "row"}  # (and, after "on", "Skelton Way", "Cheyne Row")
# Nouns that a possessive opens a place's name with: "Hobb's Quarry", "King's Cross", "St Mary's Hospital".
_OWNED_PLACE_NOUNS = frozenset(
    "quarry cross wood hill park green lane road street square field fields farm mill bridge bay point head church hospital "
    "college well wells court common marsh moor gate yard".split()
)


def _cell_border(tokens: list[Token], left: Token, right: Token) -> bool:
    """Whether two words stand in different table cells."""
    cells = getattr(tokens, "cells", ())
    return any((c.start <= left.start < c.end) != (c.start <= right.start < c.end) for c in cells)


def possessive(token: Token) -> bool:
    """Whether a word is a possessive ("China's", "Lakeport’s")."""
    return token.raw.endswith(("'s", "’s"))


def name_after(tokens: list[Token], last: int, text: str) -> list[tuple[int, int]]:
    """A capitalised name right after token ``last`` (a title: "Premier Li Qiang"), honorifics
    aside ("Lead investigator Dr. Castellanos"); not after a possessive title, whose name it owns ("the
    agency's Horizon Science Review")."""
    if last + 1 < len(tokens) and joined(text, tokens[last], tokens[last + 1]) and not possessive(tokens[last]):
        k = _past_honorifics(tokens, last + 1, text)  # ("chaired by Commissioner Ruth Abernethy": the name is "Ruth Abernethy")
        span = _run(tokens, k, 1, text)
        if span and "\n" in text[tokens[last].end : span[0]] and text[span[1] : span[1] + 1] == ":":
            return []  # "... Regional Emergency Coordinator\n**Distribution:** ...": the next line's label
        if span and (ORG_TAIL.match(text, span[1]) or ORG_TAIL.search(text, span[0], span[1])):
            return []  # "the Vessel Sanitation Program": the title word opens an organisation's name, no one's
        return [span] if span else []
    return []


def name_set_off(tokens: list[Token], hit: SubjectHit, text: str, owners: Container[str] = ()) -> list[tuple[int, int]]:
    """A full name set off by commas after a title that opens its sentence with a determiner or
    possessive: "Our lead maintainer, Marta Kowalczyk, reviews ...", "China's premier, Li Qiang,
    said ..." (not "Speaking to the premier, Wang Yi said": the title does not open the sentence), or
    after a title owned by a capitalised possessive of ``owners``' words anywhere ("write to Caldbrook's
    chief executive, Graham Teale, asking ...": not another body's, "Halden Peak Observatory's lead astronomer")."""
    if hit.last + 1 >= len(tokens):
        return []
    j = hit.first - 1  # the owner's capitalised words before the title
    while j > 0 and tokens[j - 1].raw[:1].isupper() and hit.first - j < 4:
        j -= 1
    owned = hit.first > 0 and possessive(tokens[hit.first - 1]) and tokens[hit.first - 1].raw[:1].isupper() and all(
        t.norm in owners for t in tokens[j : hit.first]
    )
    if not owned:  # (a title of one of ``owners`` anywhere: "write to Caldbrook's chief executive, Graham Teale, asking ...")
        if hit.first not in (1, 2):
            return []
        opener = tokens[0]
        if opener.norm not in _DETERMINERS and not (possessive(opener) and opener.raw[:1].isupper()):
            return []
        if hit.first == 2 and not (opener.norm in _DETERMINERS and (possessive(tokens[1]) or _YEAR_WORD.fullmatch(tokens[1].raw))):
            return []  # "The study's principal investigator, ...", "The 2024 champion, Huw Pritchard, ..."
    if not re.fullmatch(r"\s*,\s*", text[tokens[hit.last].end : tokens[hit.last + 1].start]):
        return []
    k = _past_honorifics(tokens, hit.last + 1, text)  # "Professor Helen Okafor": the name is "Helen Okafor"
    span = _run(tokens, k, 1, text)
    if span is None or " " not in text[span[0] : span[1]] or not _SET_OFF_END.match(text, span[1]):
        return []
    return [span]


ORG_TAIL = re.compile(
    r"(?:\s+[A-Z][\w'’&-]*)*?\s*\b(?:Program|Programme|Agency|Office|Department|Services?|Authority|Administration|Commission"
    r"|Council|Bureau|Institute|Association|Foundation|Committee|League|Cent(?:er|re)|Ministry|Board|Updates|Project|Initiative"
    r"|Unit|Directorate|Division|Secretariat)\b"
)


def _past_honorifics(tokens: list[Token], k: int, text: str) -> int:
    """The first token from ``k`` on past honorifics and capitalised titles ("Professor", "Cardinal
    Protodeacon", "Commissioner"): where the name after them starts."""
    while k < len(tokens) - 1 and (tokens[k].norm in HONORIFICS or (tokens[k].norm in _TITLE_WORDS and tokens[k].raw[:1].isupper())) and _HONORIFIC_GAP.fullmatch(
        text, tokens[k].end, tokens[k + 1].start
    ):
        k += 1
    portfolio = next((j for j in (k + 1, k + 2) if j < len(tokens) - 1 and tokens[j].norm in _TITLE_WORDS), None)
    if portfolio is not None and all(t.raw[:1].isupper() and t.raw.isalpha() for t in tokens[k : portfolio + 2]) and all(
        _HONORIFIC_GAP.fullmatch(text, tokens[j].end, tokens[j + 1].start) for j in range(k, portfolio + 1)
    ):
        return _past_honorifics(tokens, portfolio + 1, text)  # "opened by Water Minister Helena Marsh": past the portfolio
    return k


_IRREGULAR_PARTICIPLES = frozenset("sold held run won built made shown given taken set begun bought brought led kept sent spent struck".split())
_HONORIFIC_GAP = re.compile(r"\.?(?: |[ \t]*\n[ \t]*)")  # "Dr. Castellanos", "Professor\nIngrid Halvorsen" (a wrapped line)
HONORIFICS = frozenset(
    "professor prof dr mr mrs ms miss sir dame lord lady baroness baron madam rev revd reverend canon hon president cllr".split()
)
_SET_OFF_END = re.compile(r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*(?:,|\.(?:\s|\Z)|\Z)")  # "of Karolinska Institutet,"


# Words that may stand between the comma after a name and its title: "Li Qiang, the
# premier", "Maria Costa, its CEO" (with possessives and capitalised words:
# "China's premier", "the Nimbus CEO", "the company's CEO").
# Title words that may end a run of capitalised words before a name: "Prime Minister Li Qiang".
_TITLE_WORDS = frozenset(
    "minister premier chancellor secretary governor mayor senator ambassador envoy director chairman chairwoman "
    "chair ceo founder king queen prince princess general admiral commissioner judge justice "
    "cardinal archbishop bishop pope monsignor reverend rabbi imam pastor deacon protodeacon "
    "colonel col major captain capt lieutenant lt sergeant sgt corporal commander brigadier marshal sqn ldr flt wg cdr "
    "inspector detective superintendent constable sheriff councillor councilor alderman alderwoman councilman "
    "councilwoman congressman congresswoman assemblyman assemblywoman manager officer".split()
)
_DETERMINERS = frozenset("the a an its their his her our".split())
ATTRIBUTE_REACH = 2  # possessive or capitalised words before the title, at most
# Words that may continue an appositive title after it: "CEO of Nimbus", "premier since 2023".
_TITLE_TAIL = frozenset("of at for since from who whose".split())
_COORDINATORS = frozenset(("and", "or"))
# Before these a capitalised word is a place, not a person: "In Beijing, the premier, ...".
_PLACE_PREPOSITIONS = frozenset("in at near across outside inside throughout around".split())
# Words that open an introductory phrase ("After meeting Xi, the premier, ...").
_OPENERS = frozenset(
    "after before when while during since following despite unlike like as with without for from by in "
    "at on under amid among across through throughout until upon once if although though because whereas "
    "beyond near outside inside besides".split()
)
# Adverbs that open a clause before a comma: "Today, the premier, ..." (and any word in -ly).
_ADVERBS = frozenset(
    "today yesterday tomorrow tonight earlier later now then still instead moreover furthermore "
    "nevertheless nonetheless indeed again otherwise hence thus therefore besides elsewhere likewise "
    "afterwards afterward first second third next last finally overall too".split()
)


def name_before(tokens: list[Token], hit: SubjectHit, text: str, own: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """A capitalised name just before its title in apposition: "Maria Costa, CEO of Nimbus, said",
    "said Li Qiang, China's premier".

    The title may follow a determiner and possessive or capitalised words ("the
    Chinese premier", "China's premier", "the Nimbus CEO") and must end the
    appositive (a punctuation mark, the sentence's end, or "of", "since",
    "who"...: not "Shanghai, the premier said"). Not taken: a place after "in"
    or "at" ("In Beijing, the premier, ..."), the end of an introductory phrase
    ("After meeting Xi, the premier, ..."), an adverb opening a clause ("Today,
    the premier, ...") or an item of a list ("Wang, Zhang, the premier, ...").
    """
    k = _title_start(tokens, hit.first, text)
    if k == 0 or not _COMMA_GAP.match(text, tokens[k - 1].end, tokens[k].start):
        return []
    if not _ends_appositive(tokens, hit.last, text, own):
        return []
    span = _run(tokens, k - 1, -1, text)
    if span is None:
        return []
    first = int(token_at(tokens, span[0]))
    longer = _run(tokens, k - 1, -1, text, limit=6)  # "Ingrid Solberg of Leiden University Medical Center, ...":
    start = int(token_at(tokens, longer[0])) if longer else first  # a long name of the place one is of
    j = start - 2 if start >= 2 and tokens[start - 1].norm == "the" else start - 1
    if j >= 1 and tokens[j].norm == "of" and _is_name_word(tokens[j - 1]):  # "Tomas Brekke of the National Conservatives, ..."
        owner = _run(tokens, j - 1, -1, text)
        if owner is not None:
            span = owner
            first = int(token_at(tokens, span[0]))
            k = j
    while first < k - 1 and (tokens[first].norm in HONORIFICS or tokens[first].norm in _TITLE_WORDS):
        first += 1  # "Prime Minister Li Qiang, China's premier": the name after the title
    span = tokens[first].start, span[1]
    if _introduced(tokens, first, text) or _listed(tokens, first, text) or _adverb(tokens, first, k - 1, text):
        return []
    return [span]


def _title_start(tokens: list[Token], first: int, text: str) -> int:
    """The first token of a title phrase whose subject starts at token ``first``: back over
    possessive or capitalised words ("China's", "Nimbus"), then a determiner."""
    k = first
    while first - k < ATTRIBUTE_REACH and k > 0 and joined(text, tokens[k - 1], tokens[k]):
        word = tokens[k - 1]
        if not (possessive(word) or _is_name_word(word) or word.raw.isupper()):
            break
        k -= 1
    if k > 0 and tokens[k - 1].norm in _DETERMINERS and joined(text, tokens[k - 1], tokens[k]):
        k -= 1
    return k


def _ends_appositive(tokens: list[Token], last: int, text: str, own: Callable[[str], bool] | None = None) -> bool:
    """Whether the title ending at token ``last`` ends its appositive: punctuation or the sentence's
    end after it (not ", and": a list), or a word that continues a title ("of", "since"), unless a name
    follows, the title's own (but after "of", a body that ``own`` tells is the claims' own: "medical
    director of Wrekin Air Ambulance")."""
    if possessive(tokens[last]):
        return False  # "Zhang, the premier's adviser": the title is someone else's
    if last + 1 == len(tokens):
        return True
    after = tokens[last + 1]
    if joined(text, tokens[last], after):
        return after.norm in _TITLE_TAIL and after.raw.islower() and (_of_own_body(tokens, last + 1, text, own) or not _name_follows(tokens, last + 1, text))
    return not (_COMMA_GAP.match(text, tokens[last].end, after.start) and after.norm in _COORDINATORS)


def _of_own_body(tokens: list[Token], k: int, text: str, own: Callable[[str], bool] | None) -> bool:
    """Whether token ``k`` is "of" before the name of a body that ``own`` tells is the claims' own."""
    if own is None or tokens[k].norm != "of":
        return False
    j = k + 2 if k + 2 < len(tokens) and tokens[k + 1].norm == "the" else k + 1
    span = _run(tokens, j, 1, text, limit=5)
    return span is not None and own(text[span[0] : span[1]])


def _name_follows(tokens: list[Token], k: int, text: str) -> bool:
    """Whether two capitalised words follow token ``k`` before any punctuation: the title's own
    name comes after it ("the special envoy for AI Anne Bouverot"), so the name before is not its."""
    while k + 1 < len(tokens) and joined(text, tokens[k], tokens[k + 1]):
        if tokens[k].raw[:1].isupper() and tokens[k + 1].raw[:1].isupper():
            return True
        k += 1
    return False


def _introduced(tokens: list[Token], first: int, text: str) -> bool:
    """Whether the name starting at token ``first`` is a place after "in"/"at", or ends an
    introductory phrase: its clause opens with a preposition, a conjunction or a word in -ing."""
    if first == 0:
        return False
    if tokens[first - 1].norm in _PLACE_PREPOSITIONS:
        return True
    opener = tokens[_clause_start(tokens, first, text)]
    return opener is not tokens[first] and (opener.norm in _OPENERS or opener.raw.endswith("ing"))


def _clause_start(tokens: list[Token], k: int, text: str) -> int:
    """The first token of the stretch of words ending at token ``k`` that no punctuation breaks."""
    while k > 0 and joined(text, tokens[k - 1], tokens[k]):
        k -= 1
    return k


def _listed(tokens: list[Token], first: int, text: str) -> bool:
    """Whether the name starting at token ``first`` follows another name and a comma: a list."""
    if first == 0 or not _COMMA_GAP.match(text, tokens[first - 1].end, tokens[first].start):
        return False
    before = tokens[first - 1]
    return _is_name_word(before) and not _adverb(tokens, first - 1, first - 1, text)


def _adverb(tokens: list[Token], first: int, last: int, text: str) -> bool:
    """Whether tokens ``first``..``last`` are one adverb opening a clause ("Today", "Separately")."""
    if first != last or _clause_start(tokens, first, text) != first:
        return False
    return tokens[first].norm in _ADVERBS or tokens[first].norm.endswith("ly")


PLACE_REACH = 8  # words from a verb subject to the "in" of its place: "headquartering the new World AI body in X"
PLACE_AT_REACH = 4  # words more past "at" and a building named in lower case: "at the alliance's offices in X"
NOUN_PLACE_REACH = 6  # from another subject: "the conference, held in X" ("WAIC proposes ... in Geneva" is too far)


def _name_goes_on(tokens: list[Token], hit: SubjectHit, text: str) -> bool:
    """Whether a capitalised subject goes on into a longer name ("Millbrook Rural Fire Protection
    District": no fire in Millbrook Rural)."""
    k = hit.last + 1
    return (
        k < len(tokens)
        and tokens[hit.last].raw[:1].isupper()
        and tokens[k].raw[:1].isupper()
        and text[tokens[hit.last].end : tokens[k].start] == " "
    )


# Nouns of people: a capitalised word before one names their group, party or origin, not a place of the claim's.
_PEOPLE_NOUNS = frozenset(
    "deputy mp mps member senator delegate official worker voter resident supporter fan citizen councillor representative "
    "lawmaker legislator rebel activist volunteer".split()
)


def places(tokens: list[Token], hit: SubjectHit, text: str) -> list[tuple[int, int]]:
    """Places a subject is put in: "in X"/"at X" after it ("from X" right after it: "lifted off from
    Kourou"), "X <subject>", "X as the <subject>"."""
    spans: list[tuple[int, int]] = []
    if 0 < hit.first and hit.last + 1 < len(tokens) and tokens[hit.first - 1].norm == "in" and tokens[hit.last + 1].norm == "for":
        return spans  # "freed 14 Velmorans in exchange for 11 Tarkandis held in Velmora": an idiom, no event
    if tokens[hit.last].norm in ("in", "at", "near", "of", "from"):  # the subject ends with it: "based in X", "centred near X", "village of X"
        span = _run(tokens, _past_descriptor(tokens, hit.last + 1), 1, text) if hit.last + 1 < len(tokens) else None  # ("staged at the Lotto Arena")
        return [span] if span else []
    if tokens[hit.last].norm in _KIND_OF_PLACE and hit.last + 2 < len(tokens) and tokens[hit.last + 1].norm == "of" and (
        hit.first == 0 or tokens[hit.first - 1].raw.islower()
    ):  # (not "the Wirralong region of Western Australia": named before, in a larger place)
        span = _run(tokens, hit.last + 2, 1, text)  # "the town of Stenbury", "the county of Eastmere"
        if span:
            return [span]
    clause = False  # inside ", held in" / ", which took place in"
    reach = PLACE_REACH if tokens[hit.last].norm.endswith("ing") else NOUN_PLACE_REACH
    denied = 0  # places denied on the way ("not in Beijing but in Shanghai"), which the reach skips
    for k in range(hit.last + 1, min(hit.last + reach + 4, len(tokens) - 1)):
        if k > hit.last + reach + denied:
            break
        if k == hit.last + 1 and tokens[k].norm == "on" and _street_follows(tokens, k + 1):
            span = _run(tokens, k + 1, 1, text)  # "the sinkhole on Mill Road"
            spans += [span] if span else []
            break
        if tokens[k].norm in _DATE_WORDS and not (
            tokens[k].norm == "on" and k + 2 < len(tokens) and tokens[k + 1].norm in ("the", "a") and tokens[k + 2].raw.isalpha()
        ):
            break  # a date intervenes: the place would not be the subject's (but "starts on the green in Thornsgill")
        if _LOOSE_GAP.search(text, tokens[k - 1].end, tokens[k].start):
            if clause or not _COMMA_GAP.match(text, tokens[k - 1].end, tokens[k].start):
                break  # a clause intervenes
            clause = True
        if clause and tokens[k].norm not in _VENUE_CLAUSE and tokens[k].norm not in ("in", "at") and tokens[k].norm not in _ON_ISLAND:
            break  # ", which drew firms in X": X is not where the subject is
        if tokens[k].norm in ("in", "at", "near") and tokens[k - 1].norm == "not":
            denied = 3
            continue  # "held not in Beijing but in Shanghai": the place denied
        if tokens[k].norm in ("in", "at", "near") or (k == hit.last + 1 and tokens[k].norm == "from" and tokens[hit.last].raw.islower()) or (
            k == hit.last + 1 and tokens[k].norm == "to" and tokens[hit.last].norm in _MOTION  # "diverted to Boise"
        ) or (
            tokens[k].norm == "by" and tokens[k - 1].norm in _HOSTING
        ) or (
            tokens[k].norm == "of" and tokens[k - 1].norm in ("island", "isle")
        ):  # "hosted by X", "on the island of X"
            span = _run(tokens, _past_descriptor(tokens, k + 1), 1, text)  # (right after it, "from X": "launched from Kourou")
            if span:
                spans.append(span)
            elif tokens[k].norm == "at" and not denied and _lower_case_object(tokens, k + 1):
                denied = PLACE_AT_REACH  # "took place at the alliance's offices in Burbank": on to the town
                continue
            break
    before = tokens[hit.first - 1] if hit.first > 0 else None
    participle = tokens[hit.last].norm.endswith(("ed", "ing")) or tokens[hit.last].norm in _IRREGULAR_PARTICIPLES or (
        hit.last > hit.first and tokens[hit.first].norm.endswith("ed") and len(tokens[hit.first].norm) > 4
    )  # ("the Aster Veil lifted off": the balloon's name before a verb of two words, no place)
    # ("the body headquartered in X", "Bramley & Crewe sold ...": no place before it)
    if participle and before is not None and text[before.end : tokens[hit.first].start] == "-":
        participle = False  # "Bergen-based Brenndal": the place is glued on
    if (
        before is not None
        and not participle
        and tokens[hit.last].norm not in _PEOPLE_NOUNS  # "Twenty-three Alliance deputies": their party or origin
        and joined(text, before, tokens[hit.first])
        and tokens[hit.first].start - before.end < 3
        and not _name_goes_on(tokens, hit, text)
    ):
        # "the Shanghai conference"; not "| Event | WAIC 2025 |", a table's cells apart
        span = _run(tokens, hit.first - 1, -1, text)
        if span and not _paired(tokens, span, text) and not _opens_a_title(tokens, hit, span):
            spans.append(span)
    set_off = _place_set_off(tokens, hit, text)  # "The largest city, Velmora, is marked with a star"
    if set_off:
        spans.append(set_off)
    linked = _place_by_copula(tokens, hit, text)  # "The hardest-hit town was Brunnfeld", "Tiefenau was the worst-hit town"
    if linked:
        spans.append(linked)
    host = _host_before(tokens, hit, text)  # "X hosted WAIC 2025", "Spain hosted the tournament"
    if host:
        spans.append(host)
    opener = _place_opening(tokens, hit.first, text)  # "Held in X, WAIC 2025 showcased ..."
    if opener:
        spans.append(opener)
    following = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
    temporal = following is not None and following.raw.islower() and following.norm.endswith("ed")  # "as the conference opened"
    first = hit.first - (1 if hit.first > 3 and possessive(tokens[hit.first - 1]) else 0)  # "as the organization's headquarters"
    link = [t.norm for t in tokens[first - 2 : first]] if first >= 3 else []
    if link in (["as", "the"], ["for", "the"]) and not temporal:
        j = _before_verbs(tokens, first - 3)
        span = _run(tokens, j, -1, text) if link[0] == "as" or j < first - 3 else None  # ("for": only after a verb of
        if span and not _negated(tokens, span[0]):  # choosing, "Beijing was being considered for the headquarters")
            spans.append(span)
    return spans


_ON_ISLAND = frozenset("on the island isle of".split())  # ", on the island of X"
_PLACE_COPULAS = frozenset("was is remains remained".split())
_BREAK = re.compile(r"[,;:()—–]|\.\s")  # what ends a clause between a subject and its copula
_OBJECT_OF = frozenset("of for in at on from with by to about than".split())
_KIND_OF_PLACE = frozenset("town city village district area region municipality community place county".split())


def _opens_a_title(tokens: list[Token], hit: SubjectHit, span: tuple[int, int]) -> bool:
    """Whether a run of two or more capitalised words opens a name with a subject written with a capital
    too: "a Temporary Use Ban" is the ban's name, not a place's ban (but "the Shanghai Conference")."""
    words = [t for t in tokens[: hit.first] if span[0] <= t.start < span[1]]
    return len(words) >= 2 and tokens[hit.first].raw[:1].isupper() and not tokens[hit.first].raw.isupper()


def _lower_case_object(tokens: list[Token], k: int) -> bool:
    """Whether the words from token ``k`` on, past a determiner, are in lower case: "the alliance's
    offices" (not "the IOC Session", a name)."""
    k += k < len(tokens) and tokens[k].norm in ("the", "a", "an", "its", "their", "his", "her", "our")
    return k < len(tokens) and tokens[k].raw.islower()


def _paired(tokens: list[Token], span: tuple[int, int], text: str) -> bool:
    """Whether the name before a subject pairs places, the parties, not where it is: "the Velmora–Tarkand
    prisoner swap", "the London/Paris route", "Velmora and Tarkand swap prisoners"."""
    if _PAIRING.search(text, span[0], span[1]) or _PAIRING.fullmatch(text, max(0, span[0] - 1), span[0]):
        return True
    k = int(token_at(tokens, span[0]))
    return k >= 2 and tokens[k - 1].norm in ("and", "&") and _is_name_word(tokens[k - 2])


_PAIRING = re.compile(r"[–—/]")


def _place_by_copula(tokens: list[Token], hit: SubjectHit, text: str) -> tuple[int, int] | None:
    """A place a copula links to a definite subject, after it ("The hardest-hit town was Brunnfeld")
    or opening the sentence before it ("Tiefenau was the worst-hit town"), the subject then ending
    the clause or followed by the kind of place."""
    k = hit.last + 1
    if k < len(tokens) and tokens[k].norm in _KIND_OF_PLACE:
        k += 1
    d = next((j for j in range(max(0, hit.first - 2), hit.first) if tokens[j].norm == "the" or possessive(tokens[j])), -1)
    # ("the proposed headquarters", "the organization's headquarters"; not "The theme of this year's WAIC was ...")
    definite = d >= 0 and (d == 0 or tokens[d - 1].norm not in _OBJECT_OF)
    if definite and k < len(tokens) and tokens[k].norm == "of":  # "the headquarters of the new body is Beijing"
        k = next((j for j in range(k + 1, min(len(tokens), k + 7)) if tokens[j].norm in _PLACE_COPULAS or tokens[j].norm in ("will", "would")), len(tokens))
    if k + 2 < len(tokens) and tokens[k].norm in ("will", "would") and tokens[k + 1].norm == "be":
        k += 1  # "will be Beijing"
    if definite and k + 1 < len(tokens) and (tokens[k].norm in _PLACE_COPULAS or tokens[k].norm == "be"):
        if _BREAK.search(text, tokens[hit.last].end, tokens[k + 1].start) is None and text[tokens[k + 1].start - 1] not in "\"'“‘":
            return _run(tokens, k + 1, 1, text)
    first = hit.first - 2
    if first < 1 or tokens[hit.first - 1].norm != "the" or tokens[first].norm not in _PLACE_COPULAS:
        return None
    if k < len(tokens) and not _CLAUSE_BREAK.match(text, tokens[k - 1].end) and tokens[k].norm not in ("in", "of", "during", "after"):
        return None  # (not "Tiefenau was the worst-hit town's neighbour")
    span = _run(tokens, first - 1, -1, text)
    return span if span is not None and span[0] == tokens[0].start else None


def _past_descriptor(tokens: list[Token], k: int) -> int:
    """Where a place's name starts at token ``k``, past "the capital", "the Chinese capital", "the city
    of", "the port city of" ("in the capital Beijing")."""
    j = k
    if j < len(tokens) and tokens[j].norm == "the":
        j += 1
        if j + 1 < len(tokens) and tokens[j].raw[:1].isupper() and tokens[j + 1].norm in _PLACE_NOUNS:
            j += 1  # "the Chinese capital"
        if j < len(tokens) and tokens[j].norm in _PLACE_NOUNS and (
            tokens[j].raw.islower() or j > k + 1 or (j + 1 < len(tokens) and tokens[j + 1].norm == "of")
        ):
            j += 1  # (not a name's first word: "in the Port Ellery region"; but "the Port of Cork")
            if j < len(tokens) and tokens[j].norm == "of":
                j += 1
            return j
        if j < len(tokens) and tokens[j].raw[:1].isupper():
            return j  # "in the Netherlands", "in the Bonaparte Basin" (read only as a known name: see Matcher)
    return k


def _place_set_off(tokens: list[Token], hit: SubjectHit, text: str) -> tuple[int, int] | None:
    """A place set off by commas right after a definite subject: "The largest city, Velmora, ...",
    "the capital, Port Castel, takes ..." (the name then ends at a comma or the sentence's end)."""
    k = hit.last + 1
    if k >= len(tokens) or not any(t.norm in ("the", "its", "their") for t in tokens[max(0, hit.first - 2) : hit.first]):
        return None  # (a definite subject: "the largest city", "the proposed headquarters")
    if not _COMMA_GAP.match(text, tokens[hit.last].end, tokens[k].start):
        return None
    span = _run(tokens, k, 1, text)
    if span is None:
        return None
    end = bisect_right(tokens, span[1] - 1, key=lambda t: t.start)  # the first token after the name
    return span if end >= len(tokens) or "," in text[span[1] : tokens[end].start] else None


_MOTION = frozenset(
    "diverted divert diverting diversion rerouted relocated moved moving move returned flew headed"
    " awarded granted"  # "The 2012 Games were awarded to Madrid": where they go
    .split()
)
_PLACE_NOUNS = frozenset("capital city town port metropolis".split())
_HOSTING = frozenset("host hosts hosted hosting stage stages staged".split())


def _host_before(tokens: list[Token], hit: SubjectHit, text: str) -> tuple[int, int] | None:
    """A capitalised name that hosts the subject, right before the verb: "Beijing hosted WAIC 2025",
    "Spain will host the tournament" (the verb may be the subject itself: "Spain hosted ...")."""
    k = hit.first if tokens[hit.first].norm in _HOSTING else hit.first - 1
    if k > 0 and k != hit.first and tokens[k].norm == "the":
        k -= 1
    if k < 1 or tokens[k].norm not in _HOSTING or tokens[k].raw[:1].isupper():
        return None
    if tokens[k - 1].norm in ("will", "to", "would", "also"):
        k -= 1
    if k < 1 or not joined(text, tokens[k - 1], tokens[k]) or possessive(tokens[k - 1]):
        return None
    return _run(tokens, k - 1, -1, text)


# A label that says what place follows it: "Proposed HQ: Beijing", "| Host city of WAIC 2025 | Beijing |".
_PLACE_LABEL = frozenset("city location venue host hosted held place site where headquarter headquartered hq seat based base home".split())
LABEL_REACH = 6  # words between a subject and the colon ending its label, at most
_LABEL_GAP = re.compile(r"[\s\-–()'’]*")  # what may stand between a label's words
_COLON_GAP = re.compile(r"\s*:\s*")
_PLACE_TAIL = re.compile(r"[\s.;]*|\s*,\s*[A-Z][a-z]+[\s.]*|\s*\([^()]*\)[\s.]*")  # ", China", "(proposed)"


def labelled_places(tokens: list[Token], hit: SubjectHit, text: str, cells: Sequence[Cell] = ()) -> list[tuple[int, int]]:
    """A place that is all of what follows a label naming the subject and a kind of place: after a
    colon ("Proposed HQ: Beijing", the label opening its sentence) or in the next cells of a table
    row whose first cell holds the subject ("| Host city of WAIC 2025 | Beijing |")."""
    if cells:
        start = tokens[hit.first].start
        row = [c for c in cells if c.label[0] <= start < c.label[1] and c.start != c.label[0]]
        if not row:
            return []
        named = _PLACE_LABEL.intersection(t.norm for t in tokens if row[0].label[0] <= t.start < row[0].label[1])
        return [
            span
            for cell in row
            if (named or any(_names_place(text[a:b]) for a, b in cell.heads))
            and (span := _filling_place(tokens, text, cell.start, cell.end))
        ]
    if ";" in text[tokens[0].start : tokens[-1].end]:
        recorded = _record_place(tokens, hit, text)  # "Event: WAIC 2025; Host city: Beijing; Duration: 3 days"
        if recorded:
            return recorded
    for k in range(1, min(hit.last + LABEL_REACH + 1, len(tokens))):
        gap = text[tokens[k - 1].end : tokens[k].start]
        if k > hit.last and _COLON_GAP.fullmatch(gap):
            if not _PLACE_LABEL.intersection(t.norm for t in tokens[:k]):
                return []
            span = _filling_place(tokens, text, tokens[k].start, tokens[-1].end + 1)
            return [span] if span else []
        if not _LABEL_GAP.fullmatch(gap):
            return []  # a clause, not a label
    return []


_FIELD = re.compile(r"\s*([^:;]{1,40}?)\s*:\s*([^;]+)")  # (a field may be wrapped onto the next line)


def _record_place(tokens: list[Token], hit: SubjectHit, text: str) -> list[tuple[int, int]]:
    """A place that fills another field of a record whose fields are "key: value" pairs between
    semicolons, when one field holds the subject and the other's key names a kind of place: "Event:
    WAIC 2025; Host city: Beijing"."""
    lo, hi = tokens[0].start, tokens[-1].end
    fields = []
    start = lo
    while start < hi:
        stop = text.find(";", start, hi)
        stop = hi if stop < 0 else stop
        field = _FIELD.fullmatch(text, start, stop)
        if field is None:
            return []
        fields.append(field)
        start = stop + 1
    at = tokens[hit.first].start
    if len(fields) < 2 or not any(f.start(2) <= at < f.end(2) for f in fields):
        return []
    return [
        span
        for f in fields
        if not f.start(2) <= at < f.end(2) and _names_place(f.group(1))
        and (span := _filling_place(tokens, text, f.start(2), f.end(2)))
    ]


def _names_place(label: str) -> bool:
    """Whether a header cell names a kind of place ("Host city", "Venue")."""
    return not _PLACE_LABEL.isdisjoint(normalize(w) for w in re.findall(r"[A-Za-z]+", label))


def _filling_place(tokens: list[Token], text: str, start: int, end: int) -> tuple[int, int] | None:
    """The capitalised words that make all of ``text[start:end]`` (but for ", Country", a bracket or a stop)."""
    key = attrgetter("start")
    inside = tokens[bisect_left(tokens, start, key=key) : bisect_left(tokens, end, key=key)]
    span = _run(inside, 0, 1, text) if inside else None
    if span is None or not _PLACE_TAIL.fullmatch(text, span[1], min(end, len(text))):
        return None
    if text[span[1]:span[1] + 2] in ("'s", "’s"):
        return None
    return span


_OPENING_VENUE = frozenset("held hosted staged convened organised organized".split())
OPENING_REACH = 3  # words between the comma after an opening "Held in X" and the subject, at most


def _place_opening(tokens: list[Token], first: int, text: str) -> tuple[int, int] | None:
    """The place of a sentence that opens "Held in X, ..." / "Hosted by X for the first time, ...",
    when the subject (starting at token ``first``) follows that phrase's comma."""
    if first < 3 or tokens[0].norm not in _OPENING_VENUE or tokens[1].norm not in ("in", "at", "by"):
        return None
    comma = next((k for k in range(3, first + 1) if "," in text[tokens[k - 1].end : tokens[k].start]), None)
    if comma is None or first - comma > OPENING_REACH:
        return None
    return _run(tokens, 2, 1, text)


def _negated(tokens: list[Token], start: int) -> bool:
    """Whether the words before offset ``start`` deny it: "not Beijing", "rather than Beijing"."""
    k = int(token_at(tokens, start))
    before = [t.norm for t in tokens[max(0, k - 2) : k]]
    return before[-1:] == ["not"] or before in (["rather", "than"], ["instead", "of"])


# Verbs between a place and "as the <subject>": "Beijing has been proposed as the seat".
_NAMING_VERBS = frozenset(
    "has have had was were is are be been being proposed suggested chosen named picked selected designated "
    "floated touted tipped considered mooted put forward seen".split()
)
NAMING_REACH = 4  # such words between a place and "as the", at most


def _before_verbs(tokens: list[Token], k: int) -> int:
    """The token before the naming verbs that end at token ``k`` ("proposed", "has been chosen"), or ``k``."""
    j = k
    while j >= 0 and k - j < NAMING_REACH and tokens[j].norm in _NAMING_VERBS and tokens[j].raw.islower():
        j -= 1
    return j if j < k and j >= 0 else k


QUOTE_REACH = 5  # words between a subject and its quoted value ("themed", "the theme was")
LONG_QUOTE_REACH = 12  # the same, when a copula introduces the title ("the theme of this year's WAIC was")
_COPULAS = frozenset("was is be reads read remains remained".split())
_CLAUSE_BREAK = re.compile(r"[,;()—–]|\. ")


def _near(tokens: list[Token], hit: SubjectHit, span: tuple[int, int], text: str) -> bool:
    """Whether a quoted title starts within a few words after the subject or ends just before it.

    Further after it, the title must follow a copula in the same clause: "the
    theme of this year's WAIC was 'X'", not "the theme was debated, and 'X'".
    """
    first = token_at(tokens, span[0])
    last = token_at(tokens, span[1] - 1)
    if 0 < first - hit.last <= QUOTE_REACH or 0 < hit.first - last <= 3:
        return True
    k = int(first)
    return (
        QUOTE_REACH < first - hit.last <= LONG_QUOTE_REACH
        and tokens[k - 1].norm in _COPULAS
        and not _CLAUSE_BREAK.search(text, tokens[hit.last].end, tokens[k - 1].end)
    )


def _quote_span(match: re.Match[str]) -> tuple[int, int]:
    group = next(g for g in range(1, 8) if match.group(g) is not None)
    return match.span(group)


def quotes_near(text: str, lo: int, hi: int, tokens: list[Token], hit: SubjectHit) -> list[tuple[int, int]]:
    """Quoted titles in ``text[lo:hi]`` that stand next to the subject ``hit`` (not after a compound
    like "WAIC-themed", which names what bears the theme: "a WAIC-themed menu, 'Prompt & Pour'")."""
    start = tokens[hit.first].start
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        return []
    return [
        s for s in map(_quote_span, _QUOTE.finditer(text, lo, hi))
        if _near(tokens, hit, s, text) and not _is_speech(text[s[0] : s[1]])
    ]  # (not a sentence of speech: 'came from private patrons: "Sixty-two per cent of it was raised privately, ..."')


TITLE_WORDS = 12  # words of a quoted title, at most
SPEECH_WORDS = 5  # words of a quoted sentence that ends in a stop, at least, to be speech
_STOPPED = re.compile(r"[a-z][.!?]\s+\S|[a-z][.!?]\Z")


def _is_speech(quoted: str) -> bool:
    """Whether a quotation is speech, no title: more than TITLE_WORDS words, or a sentence with a stop, of
    SPEECH_WORDS words or more, most of them in lower case ("Sixty-two per cent of it was raised privately."; not
    the slogan "When in Doubt, Keep Them Out.")."""
    words = quoted.split()
    if len(words) > TITLE_WORDS:
        return True
    if len(words) < SPEECH_WORDS or not _STOPPED.search(quoted):
        return False
    return sum(w[:1].islower() for w in words) * 2 > len(words)


_TITLE_SMALL = frozenset("a an the in of for and to on with at by or".split())
_TITLE_BREAK = re.compile(r"[;()—–\"“”‘’«»]")  # what no unquoted title holds


def unquoted_title(tokens: list[Token], hit: SubjectHit, text: str) -> list[tuple[int, int]]:
    """A title written without quotes after its subject, to the end of its sentence or table cell:
    "the theme of WAIC 2025 was Governing Intelligence, Sharing Future.", "| Theme | Global
    Solidarity in the AI Era |". It must follow a copula (or a colon, or a table's cell gap) and
    be capitalised words (with small words between), two at least, one of them no figure, and nothing
    after them."""
    start = _title_start_after(tokens, hit, text)
    if start is None:
        return []
    end, capitals, words = start, 0, 0
    cell_end = next((c.end for c in getattr(tokens, "cells", ()) if c.start <= tokens[start].start < c.end), len(text))
    for k in range(start, len(tokens)):
        word = tokens[k]
        if word.start >= cell_end:
            break  # the cell's end: "| Winning novel | *The Salt Orchard* | *The Quiet Ferry* |"
        if k > start and _TITLE_BREAK.search(text, tokens[k - 1].end, word.start):
            return []
        if word.raw[:1].isupper() or word.raw[:1].isdigit():
            capitals += 1
            words += word.raw[:1].isupper()
        elif word.norm not in _TITLE_SMALL or k == start:
            return []  # lower-case words go on: not a title ("Global Solidarity, organisers said")
        end = k
    if capitals < 2 or not words or tokens[end].norm in _TITLE_SMALL:
        return []  # (nor figures alone: "| Winner's prize | £40,000 |")
    return [(tokens[start].start, tokens[end].end)]


def _title_start_after(tokens: list[Token], hit: SubjectHit, text: str) -> int | None:
    """Where an unquoted title may start after a subject: after a colon or a table's cell gap right
    after it, or after a copula within a few words ("the theme of this year's WAIC was")."""
    k = hit.last + 1
    if k >= len(tokens):
        return None
    gap = text[tokens[hit.last].end : tokens[k].start]
    if ":" in gap or (len(gap) >= 3 and not gap.strip(" \t|*_") and ("|" not in gap or bool(getattr(tokens, "cells", ())))):
        return k  # (not a separator's gap: "For immediate release · Lisbon, 30 June 2027", "Bill | Ministry of ..." out of a table)
    for j in range(k, min(k + LONG_QUOTE_REACH, len(tokens) - 1)):
        if _CLAUSE_BREAK.search(text, tokens[j - 1].end, tokens[j].start):
            return None
        if tokens[j].norm in _COPULAS:
            return j + 1
    return None
