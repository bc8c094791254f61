"""The claims compiled for matching: subject phrases, context terms, fuzzy words.

Subject phrases are matched word by word: exactly after normalisation
(case, possessive, plural), or fuzzily with rapidfuzz to tolerate typos and
glued words ("companiesand"). Values are never compared fuzzily: that is the
judge's job, and it compares them exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from .gate import Gate, GateClaim, Live
from .markup import Cell
from .extract.dates import MONTHS, WEEKDAYS
from .model import Claim, DateValue, NumberKind, NumberValue, TextValue, WeekdayValue
from .text import DEMONYM, GLUE, Sentence, Token, normalize, phrase_words

FUZZY_CUTOFF = 90.0


@dataclass(frozen=True, slots=True)
class Term:
    """A normalised phrase; ``prefix`` when written with a trailing ``*``."""

    words: tuple[str, ...]
    prefix: bool = False
    needle: str = ""  # what to look for in joined_norms(): " w1 w2 " (" w1 w2" for a prefix)

    @classmethod
    def parse(cls, phrase: str) -> Term:
        """Compile a claims-file phrase such as ``"closed-door"`` or ``"exhibit*"``."""
        prefix = phrase.endswith("*")
        words = phrase_words(phrase.rstrip("*"))
        if prefix and words:  # keep the user's stem as written, not singularised
            words = (*words[:-1], phrase.rstrip("*").split()[-1].lower())
        needle = " " + " ".join(words) + ("" if prefix else " ")
        return cls(words, prefix, needle if words else "")

    def occurs_in(self, tokens: list[Token]) -> bool:
        """Whether the term matches anywhere in ``tokens``."""
        return bool(self.needle) and self.needle in joined_norms(tokens)


# Prefixes that make a word another thing: a semi-final is no final, an ex-premier no premier.
_PREFIXES = frozenset("semi quarter pre post mini sub non ex vice".split())
# Capitalised words before a title that make it no other title: "The Champion", "Our Chair".
_NOT_TITLES = frozenset("the a an this that our their its his her your my new former last next".split())
_QUARTERS = frozenset("first second third fourth 1st 2nd 3rd 4th last latest final".split())


def _kin(claims: Iterable[CompiledClaim]) -> dict[str, frozenset[str]]:
    """Each one-word subject with the other one-word subjects of the claims that give it: the claims' own
    thesaurus ("crop" is kin to "harvest" when a claim's subjects are "harvest" and "crop")."""
    kin: dict[str, set[str]] = {}
    for compiled in claims:
        words = {s[0] for s in compiled.subjects if len(s) == 1}
        for word in words:
            kin.setdefault(word, set()).update(words - {word})
    return {w: frozenset(k) for w, k in kin.items()}


def _names_its_kind(claim: Claim, noun: str) -> bool:
    """Whether a text claim's value is a name whose kind is ``noun`` ("Brennock Dam" for "dam", "Corran Hall" for
    "hall"): then a capitalised word before the noun names another one ("the Carrow Dam", "Tanner Hall")."""
    value = claim.value
    if not isinstance(value, TextValue):
        return False
    return any(noun in phrase_words(v) for v in (value.text, *value.aliases, *value.wrong))


def _prefixed(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` follows one of the prefixes, a hyphen or space apart ("Semi-final", "quarter final")."""
    if not (i > 0 and tokens[i - 1].norm in _PREFIXES and tokens[i].start - tokens[i - 1].end == 1):
        return False
    return not (i > 1 and tokens[i - 1].norm == "quarter" and tokens[i - 2].norm in _QUARTERS)  # "third-quarter net income"


class Tokens(list[Token]):
    """A sentence's tokens, caching what matching asks of them more than once, and the table
    cells the sentence lies in (a table row is one sentence, unless a cell holds a full stop)."""

    __slots__ = ("joined", "hits", "levels", "cells", "row")  # cells: see match.cell_context; row: all the cells of their rows

    def __init__(self, tokens: list[Token]) -> None:
        super().__init__(tokens)
        self.joined: str | None = None
        self.hits: list[SubjectHit] | None = None
        self.levels: dict[str, int | None] = {}  # context level per claim (the previous sentence is fixed)
        self.cells: tuple[Cell, ...] = ()
        self.row: tuple[Cell, ...] = ()


def joined_norms(tokens: list[Token]) -> str:
    """The tokens' normalised forms as " a b c ", for substring tests of terms."""
    if isinstance(tokens, Tokens):
        if tokens.joined is None:
            tokens.joined = " " + " ".join(t.norm for t in tokens) + " "
        return tokens.joined
    return " " + " ".join(t.norm for t in tokens) + " "


def _any_term(terms: tuple[Term, ...]) -> re.Pattern[str] | None:
    """One pattern that finds any of ``terms`` in joined_norms() (None for no terms): one search, not one per term."""
    needles = [re.escape(t.needle) for t in terms if t.needle]
    return re.compile("|".join(needles)) if needles else None


Previous = list[Token] | Callable[[], list[Token]]
"""The previous sentence's tokens, or a function that makes them: most checks never need them.
A function may also have a ``binding()`` method: the tokens of a list's lead-in, whose
``exclude`` terms count for the item; and a ``behind()`` method: the sentence before, whose last
name's ``exclude`` terms count when a "there" points back to it."""


@dataclass(frozen=True, slots=True)
class SubjectHit:
    """A subject phrase of ``claim`` found at tokens ``first``..``last``."""

    first: int
    last: int
    claim: str


@dataclass(frozen=True, slots=True)
class CompiledClaim:
    """A claim with its phrases compiled."""

    claim: Claim
    subjects: tuple[tuple[str, ...], ...]
    require: tuple[Term, ...]
    exclude: tuple[Term, ...]
    required: re.Pattern[str] | None = None  # any require term, as one pattern over joined_norms()
    excluded: re.Pattern[str] | None = None  # any exclude term, likewise
    surnames: tuple[tuple[str, frozenset[str]], ...] = ()  # ("li", {"qiang"}): see _surnames
    kin: Mapping[str, frozenset[str]] = field(default_factory=dict)  # the claims' one-word alternatives: see ClaimIndex.kin


class ClaimIndex:
    """All claims compiled once, for matching many documents."""

    def __init__(self, claims: tuple[Claim, ...] | list[Claim], gate: bool = True) -> None:
        """Compile ``claims``; ``gate=False`` treats every sentence as live (slower, for comparison)."""
        self.gated = gate
        self.claims: dict[str, CompiledClaim] = {}
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._modifiers: dict[tuple[str, str], frozenset[str]] = {}  # (claim id, noun) -> the words before it in its subjects
        for claim in claims:
            self._add(claim)
        kin = _kin(self.claims.values())
        self.claims = {k: replace(c, kin=kin) for k, c in self.claims.items()}
        self._vocab = sorted({w for c in self.claims.values() for s in c.subjects for w in s})
        self._vocab_set = frozenset(self._vocab)
        self._resolved: dict[str, tuple[str, ...]] = {}
        self._titles: dict[str, frozenset[str]] = {}  # claim id -> its subject words (see _title_words)
        self._gate = Gate(
            [
                GateClaim(
                    c.subjects,
                    tuple((t.words, t.prefix) for t in c.require),
                    isinstance(c.claim.value, TextValue),
                    isinstance(c.claim.value, DateValue),
                )
                for c in self.claims.values()
            ],
            lambda norm: bool(self.resolve(norm)),
        )

    def live(
        self,
        text: str,
        blocks: Sequence[tuple[int, int]],
        cells: Sequence[Cell] = (),
        leads: Mapping[int, int] | None = None,
    ) -> Live | None:
        """The blocks of ``text`` that may state a claim, with the keys found in them.

        A superset of what matching accepts (typos and glued words included,
        the context a table cell takes from its column's header ``cells``, and
        a list item from the line introducing its list, ``leads``), found
        without tokenising: see :mod:`factcheck.gate`. None: no gate, every
        block is live.
        """
        return self._gate.live(text, blocks, cells, leads) if self.gated else None

    def sentences(self, text: str, spans: Sequence[Sentence], live: Live) -> tuple[list[int], list[int]]:
        """The sentences of the live blocks that may state a claim: all, and text claims only."""
        return self._gate.sentences(text, spans, live)

    def _add(self, claim: Claim) -> None:
        subjects = tuple(w for w in (phrase_words(s) for s in claim.subject) if w)
        require = tuple(Term.parse(t) for t in claim.context.require)
        exclude = tuple(Term.parse(t) for t in claim.context.exclude)
        named = isinstance(claim.value, TextValue) and claim.value.kind == "name"  # ("Premier Li Keqiang": a wrong name, still Li's)
        surnames = () if named else _surnames(claim.context.require)
        compiled = CompiledClaim(claim, subjects, require, exclude, _any_term(require), _any_term(exclude), surnames)
        self.claims[claim.id] = compiled
        for words in subjects:
            self._by_first.setdefault(words[0], []).append((words, claim.id))
        for words in subjects:
            if len(words) == 2 and (words[1],) in subjects and not _names_its_kind(claim, words[1]):
                # "supreme champion" beside "champion" (not a place's "main hall" beside "hall": "Tanner Hall" names one)
                self._modifiers[(claim.id, words[1])] = self._modifiers.get((claim.id, words[1]), frozenset()) | {words[0]}

    # ------------------------------------------------------------ word matching

    def is_subject_word(self, word: str) -> bool:
        """Whether ``word`` is, exactly, a word of some claim's subject."""
        return word in self._vocab_set

    def resolve(self, norm: str) -> tuple[str, ...]:
        """The subject words a normalised token may stand for (cached)."""
        cached = self._resolved.get(norm)
        if cached is None:
            cached = self._resolve(norm)
            if len(self._resolved) < 200_000:
                self._resolved[norm] = cached
        return cached

    def _resolve(self, norm: str) -> tuple[str, ...]:
        if norm in self._vocab_set:
            return (norm,)
        for glue in GLUE:  # "companiesand" -> "company"
            if norm.endswith(glue) and len(norm) - len(glue) >= 4:
                head = normalize(norm[: -len(glue)])
                if head in self._vocab_set:
                    return (head,)
        if len(norm) < 6 or not norm.isalpha():
            return ()
        hits = process.extract(
            norm, self._vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=None
        )
        return tuple(w for w, _, _ in hits if _plausible_typo(norm, w))

    def sentence_hits(self, tokens: list[Token]) -> list[SubjectHit]:
        """Every subject occurrence in a sentence's tokens (cached on :class:`Tokens`)."""
        if isinstance(tokens, Tokens):
            if tokens.hits is None:
                tokens.hits = self.subject_hits(tokens)
            return tokens.hits
        return self.subject_hits(tokens)

    def subject_hits(self, tokens: list[Token], claim_ids: frozenset[str] | None = None) -> list[SubjectHit]:
        """Every subject phrase occurrence in ``tokens`` (longest first at a place)."""
        hits: list[SubjectHit] = []
        for i, token in enumerate(tokens):
            for word in self.resolve(token.norm):
                for words, claim_id in self._by_first.get(word, ()):
                    if claim_ids is not None and claim_id not in claim_ids:
                        continue
                    if self._phrase_at(tokens, i, words) and not _prefixed(tokens, i) and not (
                        len(words) == 1 and (claim_id, word) in self._modifiers and self._other_title(tokens, i, self._modifiers[(claim_id, word)], claim_id)
                    ):
                        hits.append(SubjectHit(i, i + len(words) - 1, claim_id))
        return hits

    def _other_title(self, tokens: list[Token], i: int, modifiers: frozenset[str], claim_id: str) -> bool:
        """Whether a subject noun that a claim also gives with a word before it ("supreme champion") is
        capitalised after another capitalised word, as another title: "Serra Velha was Reserve Champion"."""
        if i < 2 or not tokens[i].raw[:1].isupper():
            return False  # (not after the sentence's first word, capitalised anyway: "When Premier Li ...", "Hearing Premier Li ...")
        word, before = tokens[i - 1], tokens[i - 2]
        if before.raw[:1].isupper() and before.norm not in _NOT_TITLES:
            return False  # "South Merrowdale Community Trust", "Westmoor Water": a longer name's last words
        return (
            word.raw[:1].isupper() and word.raw.isalpha() and tokens[i].start - word.end == 1 and word.norm not in modifiers
            and word.norm not in self._vocab_set and word.norm not in _NOT_TITLES and not DEMONYM.fullmatch(word.raw)
            and word.raw not in WEEKDAYS and word.raw not in MONTHS
            and all(word.norm not in term.words for term in self.claims[claim_id].require)
        )  # (nor a word of the claim's context: "State Council Premier Li Keqiang")

    def _phrase_at(self, tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
        if i + len(words) > len(tokens):
            return False
        return all(words[k] in self.resolve(tokens[i + k].norm) for k in range(1, len(words)))

    # ------------------------------------------------------------------ context

    def context_level(
        self, claim_id: str, sentence: list[Token], previous: Previous, scope: list[Token] | None = None
    ) -> int | None:
        """0: context met in the sentence; 1: in the previous one; None: not met.

        ``scope``, when given, is the part of the sentence where ``exclude``
        terms count (the sentence without a comparison clause such as "up from
        500 last year" that the value is not in).
        """
        if scope is not None or not isinstance(sentence, Tokens):
            return self._context_level(claim_id, sentence, previous, scope)
        level = sentence.levels.get(claim_id, -1)
        if level == -1:
            level = sentence.levels[claim_id] = self._context_level(claim_id, sentence, previous)
        return level

    def _context_level(
        self, claim_id: str, sentence: list[Token], previous: Previous, scope: list[Token] | None = None
    ) -> int | None:
        compiled = self.claims[claim_id]
        excluded = compiled.excluded
        if excluded is not None:
            if excluded.search(joined_norms(sentence if scope is None else scope)):
                return None
            binding = getattr(previous, "binding", None)  # a list's lead-in: "These are 2024 figures:"
            if binding is not None and excluded.search(joined_norms(binding())):
                return None
            if _points_back(sentence) and excluded.search(joined_norms(_last_name(_behind(previous)))):
                return None  # "Listeners in Upper Daln won't recognise this." then "Prices there fell 2.1%": that place's
        if self.required_in(claim_id, sentence):
            if scope is not None and excluded is not None and excluded.search(joined_norms(sentence)) and not self.required_in(claim_id, scope):
                return None  # the context is met only in another clause, which an exclude term rules out: "In 2021 a
                # storm in Texas left 4.5 million without power, and 246 deaths were attributed to it"
            return 0
        if compiled.require and self.required_in(claim_id, previous() if callable(previous) else previous):
            return 1
        return None

    def required_in(self, claim_id: str, tokens: list[Token]) -> bool:
        """Whether a claim's ``require`` context is met in ``tokens`` (always, if it has none).

        A surname that is a term by itself ("Li", beside "Li Qiang") does not count when another
        given name follows it, or a name (no title) comes before it: "Li Jun, our chairman", "SenseTime
        chairman Xu Li" are someone else."""
        compiled = self.claims[claim_id]
        required = compiled.required
        if required is None:
            return True
        joined = joined_norms(tokens)
        if required.search(joined) is None:
            return False
        if not compiled.surnames or not any(f" {name} " in joined for name, _ in compiled.surnames):
            return True
        titles = self._title_words(compiled)
        others = [i for i in range(len(tokens)) if _another_person(tokens, i, compiled.surnames, titles)]
        return not others or required.search(joined_norms([t for i, t in enumerate(tokens) if i not in others])) is not None

    def _title_words(self, compiled: CompiledClaim) -> frozenset[str]:
        """The words of a claim's subject phrases ("premier", "chinese", ...), which may stand before a
        surname (computed once per claim)."""
        words = self._titles.get(compiled.claim.id)
        if words is None:
            words = self._titles[compiled.claim.id] = frozenset(w for phrase in compiled.subjects for w in phrase)
        return words

    # ------------------------------------------------------------------- groups

    def of_kind(self, *kinds: type) -> list[CompiledClaim]:
        """The claims whose value is one of ``kinds``."""
        return [c for c in self.claims.values() if isinstance(c.claim.value, kinds)]


def _surnames(terms: Sequence[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The capitalised one-word terms that begin a longer capitalised term, with the words that may
    follow them: ["Li", "Li Qiang"] gives {"li": {"qiang"}}."""
    names: dict[str, set[str]] = {}
    for term in terms:
        words = term.split()
        if len(words) == 2 and all(w[:1].isupper() for w in words) and words[0] in terms:
            names.setdefault(normalize(words[0]), set()).add(normalize(words[1]))
    return tuple((k, frozenset(v)) for k, v in names.items())


def _another_person(
    tokens: list[Token], i: int, surnames: tuple[tuple[str, frozenset[str]], ...], titles: frozenset[str] = frozenset()
) -> bool:
    """Whether token ``i`` is a surname followed by another given name: "Li Jun, the chairman"
    (not "Li Qiang", nor a title-case headline's "Li Proposes Global ..."), or a name word that
    follows another one, no title: "SenseTime chairman Xu Li" (not "Premier Li", "Mr Li")."""
    given = next((g for name, g in surnames if name == tokens[i].norm), None)
    if given is None:
        return False
    if i > 0 and _name_before(tokens[i - 1], tokens[i], titles):
        return True
    if i + 1 >= len(tokens) or tokens[i + 1].norm in given or not tokens[i + 1].raw[:1].isupper() or not tokens[i + 1].raw[1:].islower():
        return False
    return tokens[i + 1].start - tokens[i].end == 1 and (i + 2 >= len(tokens) or not tokens[i + 2].raw[:1].isupper())


def _name_before(word: Token, surname: Token, titles: frozenset[str]) -> bool:
    """Whether ``word`` is another name's part right before a surname ("Xu Li"): capitalised, one space
    before it, no title, honorific, possessive or word that opens a clause."""
    return (
        surname.start - word.end == 1
        and word.raw[:1].isupper()
        and word.raw[1:].isalpha()
        and word.raw[1:].islower()
        and word.norm not in titles
        and word.norm not in _NOT_GIVEN_NAMES
    )


_NOT_GIVEN_NAMES = frozenset(
    "mr mrs ms miss dr prof sir madam premier president minister chairman chairwoman chair vice deputy secretary "
    "governor mayor ambassador envoy chief director general when then as if but and so after before while since "
    "because although yesterday today here there this that the by with from said says told asked thanked met "
    "china chinese beijing".split()
)



def _plausible_typo(token: str, word: str) -> bool:
    """A fuzzy hit counts as a typo only if lengths agree (county != country)."""
    if token[0] != word[0]:
        return False
    return len(token) == len(word) or (min(len(token), len(word)) >= 8 and abs(len(token) - len(word)) == 1)


def is_year_claim(claim: Claim) -> bool:
    """Whether a claim's value is a bare year (a date of year precision)."""
    value = claim.value
    if isinstance(value, DateValue):
        return value.start.month is None
    return isinstance(value, NumberValue) and value.kind is NumberKind.YEAR


def value_family(claim: Claim) -> str:
    """Which kind of mention can state a claim: count, percent, money, year, date, weekday, text."""
    value = claim.value
    if is_year_claim(claim):
        return "year"
    if isinstance(value, NumberValue):
        return value.kind.value
    if isinstance(value, DateValue):
        return "date"
    if isinstance(value, WeekdayValue):
        return "weekday"
    return "text"


def _behind(previous: Previous) -> list[Token]:
    """The sentence before, also when only its ``exclude`` terms may count (its ``behind()``)."""
    behind = getattr(previous, "behind", None)
    if behind is not None:
        return behind()
    return previous() if callable(previous) else previous


def _last_name(tokens: list[Token]) -> list[Token]:
    """The last capitalised words of a sentence after its first, which a "there" points back to:
    "Upper Daln" in "Listeners in Upper Daln won't recognise this", "Luxor" in "Next is the big one, in Luxor"."""
    end = next((k + 1 for k in range(len(tokens) - 1, 0, -1) if tokens[k].raw[:1].isupper()), 0)
    start = end
    while start > 1 and tokens[start - 1].raw[:1].isupper():
        start -= 1
    return tokens[start:end]


def _points_back(sentence: list[Token]) -> bool:
    """Whether a sentence's "there" points back to a place named before: "Prices there fell", "the
    rate there is 5%" (a noun before it), not "there were 800" nor "said there are"."""
    if " there " not in joined_norms(sentence):
        return False  # (a cheap first look: most sentences have none)
    for k in range(1, len(sentence)):
        if sentence[k].norm == "there":
            before = sentence[k - 1]
            if before.raw.isalpha() and (before.raw.islower() or k == 1) and before.norm not in _NOT_A_PLACES_NOUN:
                return True
    return False


# Words before an existential or locative "there" that is not a noun's: "and there were", "said there are", "over there".
_NOT_A_PLACES_NOUN = frozenset(
    "and but or so that if because when where while though although as since said say says think thinks believe "
    "know knew hope found find show shows showed is are was were be been being out over in from up down back here "
    "get got go went live lives lived work works worked stay stayed then also still only just not never whether".split()
)
