"""The gate: which blocks and sentences of a text may state a claim, found without tokenising it.

A claim can only be stated in a sentence that holds one of its subject
phrases; whose ``require`` context stands in it, in the sentence before it
(which may end the block before) or, in a table's body row, in the header
cells over its cells; and, unless its value is a name, place or
title, that holds a value the extractor can read: a digit, or a number word,
month or weekday (:data:`factcheck.extract.VALUE_WORDS`). The gate finds all
three with one pass of an Aho-Corasick automaton over the text, so that
sentences that cannot state anything are never split into words, and blocks
that cannot are not even split into sentences (but for the last sentence of
the block before a live one, its context).

The automaton runs over the lower-cased text with every character that is
not an ASCII letter or digit turned into a space (:func:`spaced`), so a
key " word " matches a whole word. Keys are spellings that any form of a
word that matching accepts contains: its plurals, possessives, a short word
glued on ("companiesand"), and for long words, the typos fuzzy matching
accepts (:func:`typo_pieces`). The gate thus only ever passes too much,
never too little: what it passes is then matched word by word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import NamedTuple

import ahocorasick

from .extract import VALUE_WORDS
from .markup import Cell
from .text import GLUE, IRREGULAR_SINGULARS, Sentence, normalize

Block = tuple[int, int]
_DIGIT = re.compile(r"\d")
# Latin-1 bytes to the automaton's alphabet: ASCII letters and digits kept, anything else a
# space (punctuation, "_", "é", and "?", which stands for every character outside Latin-1):
# the extractor's own word boundaries ("eight" in "eight²" is a number).
_SPACES = bytes(b if chr(b).isascii() and chr(b).isalnum() else 0x20 for b in range(256))
_SUBJECT, _REQUIRE, _VALUE, _TYPO = range(4)  # what a key stands for: slots of its masks


@dataclass(frozen=True, slots=True)
class GateClaim:
    """What the gate needs of a claim: its subject phrases and ``require`` terms as normalised words."""

    subjects: tuple[tuple[str, ...], ...]
    require: tuple[tuple[tuple[str, ...], bool], ...]  # (words, whether the last one is a prefix)
    is_text: bool  # a name, place or title: no extracted value to wait for
    is_date: bool = False  # a date: an item of a fact list may take its subject from the list's lead-in


Typo = tuple[int, int, int, str]
"""What a typo piece stands for: (claims, fewest letters, most letters, first letters) (see _typo_shape)."""
Hit = tuple[int, tuple[int, int, int, int, Typo | None]]
"""A key found: (its end in the spaced line, (its length, subject claims, require claims, value word, typo))."""


_ANSWER = re.compile(r"(?:A|Answer|ANSWER)\s*[:.]\s")
FACT_BOX_CHARS = 80  # a fact list's lead-in, at most (a first look: matching checks its words)
#: What a fact list's lead-in says besides its subject's name ("WAIC 2025 at a glance", "Key facts"), normalised.
FACT_BOX_WORDS = frozenset("glance fact sheet number overview essential summary snapshot basic".split())
_FACT_BOX = re.compile(r"(?i)\b(?:" + "|".join(word + "s?" for word in sorted(FACT_BOX_WORDS)) + r")\b")


def is_answer(text: str, start: int) -> bool:
    """Whether the text at ``start`` opens an answer after its label: "A: 120", "Answer: about 800"."""
    return _ANSWER.match(text, start) is not None


class Live(NamedTuple):
    """What of a text may state a claim: the blocks to split into sentences, and the keys found in them."""

    blocks: tuple[Block, ...]  # the blocks that may state a claim, and the block before each (its context)
    numbers: tuple[int, ...]  # each one's index among the text's blocks
    whole: tuple[bool, ...]  # whether it may state a claim (else only its last sentence matters)
    hits: list[Hit]  # the keys found in those blocks, typos of subject words included
    heads: dict[int, int]  # block index -> the require terms in the header cells over its cells; -1 - index: subjects
    leads: Mapping[int, int]  # list item block -> the block introducing its list (see Document.leads)


class Gate:
    """The claims' subject and context keys and the value words, compiled into one automaton."""

    def __init__(self, claims: Sequence[GateClaim], is_subject_word: Callable[[str], bool]) -> None:
        """Compile ``claims``; ``is_subject_word(norm)`` tells whether a normalised word may stand
        for a subject word: it confirms the typos that :func:`typo_pieces` find."""
        self._is_subject_word = is_subject_word
        table = _KeyTable()
        for n, claim in enumerate(claims):
            table.add(claim, 1 << n)
        self._free = table.free  # claims whose context always holds: no require term (or one the gate cannot see)
        self._text = table.text
        self._dated = table.dated
        self._exact = table.exact  # the spellings of the words typo pieces are cut from
        self._typo_claims = table.typo_claims  # the claims with a subject word long enough for typos
        self._automaton = table.automaton()

    def live(
        self, text: str, blocks: Sequence[Block], cells: Sequence[Cell] = (), leads: Mapping[int, int] | None = None
    ) -> Live | None:
        """The blocks of ``text`` that may state a claim, with the keys found in them.

        ``cells`` are the text's table cells: a block of a body row also has
        the context of the header cells over its cells. ``leads`` maps a list
        item's block to the block that introduces the list: an item also has
        the context of that block's last sentence.

        None when the gate cannot be used (no claims, a subject with no ASCII
        letter, or a text whose lower-cased form changes length): then
        everything is live.
        """
        lower = text.lower()
        if self._automaton is None or len(lower) != len(text):
            return None
        line = spaced(" " + lower + " ")  # line[i] is text[i - 1], so block (a, b) is line[a : b + 2]
        heads = self._heads(line, blocks, cells) if cells else {}
        value = [0] * len(blocks)  # see _claims
        keep: dict[int, list[Hit]] = {}  # block -> its hits, for the blocks to split
        live: set[int] = set()
        before = 0  # the require terms of the block before: its last sentence may give the context
        previous_hits: list[Hit] = []
        leads = leads or {}
        # lead-in block -> (require terms, hits, the date claims whose subject a fact list's lead-in names)
        introducing: dict[int, tuple[int, list[Hit], int]] = {lead: (0, [], 0) for lead in leads.values()}
        asked = 0  # the subjects of the block before, if it ends in a question: an answer's subjects
        for k, (a, b) in enumerate(blocks):
            found = context = 0
            block_hits = list(self._automaton.iter(line, a, b + 2))
            for _, (_, subject, require, val, _) in block_hits:
                found |= subject
                context |= require
                value[k] |= val
            if asked and is_answer(text, a):
                found |= asked  # "Q: How many robots were shown? / A: 120."
            asked = found if text[a:b].rstrip().endswith("?") else 0
            near = context | before | (heads.get(k, 0) if heads else 0)  # the context its sentences may have
            if heads:
                found |= heads.get(-1 - k, 0)  # a subject in the header over its cells
            lead = leads.get(k, -1) if leads else -1
            if lead >= 0:
                near |= introducing[lead][0]
                found |= introducing[lead][2]  # "WAIC 2025 at a glance:" over "- Shanghai, 26–28 July 2025"
            if self._typo_claims & (near | self._free):  # a typo could make a difference
                found |= self._typos(text, line, blocks, k, block_hits, near, value)
            if found and self._claims(text, blocks, k, found, near, value):
                keep[k] = block_hits
                live.add(k)
                if k > 0 and k - 1 not in keep:  # the sentence before may be in the block before
                    keep[k - 1] = previous_hits
                if lead >= 0 and lead not in keep:  # so may the line introducing its list
                    keep[lead] = introducing[lead][1]
            if k in introducing:
                introducing[k] = (context, block_hits, self._fact_box(text, a, b, found))
            before, previous_hits = context, block_hits
        numbers = tuple(sorted(keep))
        whole = tuple(k in live for k in numbers)
        hits = [h for k in numbers for h in keep[k]]
        return Live(tuple(blocks[k] for k in numbers), numbers, whole, hits, heads, leads)

    def _fact_box(self, text: str, a: int, b: int, found: int) -> int:
        """The date claims whose subject the block ``a``..``b`` names, if it reads as a fact list's
        lead-in ("WAIC 2025 at a glance:"); see :meth:`factcheck.match.sentences._Before.fact_box`."""
        if not found & self._dated or b - a > FACT_BOX_CHARS:
            return 0
        return found & self._dated if _FACT_BOX.search(text, a, b) else 0

    def _heads(self, line: str, blocks: Sequence[Block], cells: Sequence[Cell]) -> dict[int, int]:
        """For each block that holds table cells, the claims whose ``require`` terms stand in the header
        cells over them (``line``: the spaced text); and, under the key ``-1 - block``, the claims whose
        subject words (or a typo's piece of one) stand there: a figure in the cell may be theirs."""
        assert self._automaton is not None
        starts = [a for a, _ in blocks]
        heads: dict[int, int] = {}
        terms: dict[tuple[int, int], tuple[int, int]] = {}  # header cell -> (require, subjects): one header, many rows
        for cell in cells:
            require = subjects = 0
            for a, b in cell.heads:
                if (a, b) not in terms:
                    keys = [key for _, key in self._automaton.iter(line, a, b + 2)]
                    terms[a, b] = (
                        reduce(or_, (key[2] for key in keys), 0),
                        reduce(or_, (key[1] | (key[4][0] if key[4] else 0) for key in keys), 0),
                    )
                require |= terms[a, b][0]
                subjects |= terms[a, b][1]
            for k in range(max(bisect_right(starts, cell.start) - 1, 0), bisect_right(starts, cell.end - 1)):
                if require:  # every block the cell overlaps
                    heads[k] = heads.get(k, 0) | require
                if subjects:
                    heads[-1 - k] = heads.get(-1 - k, 0) | subjects
        return heads

    def _typos(
        self,
        text: str,
        line: str,
        blocks: Sequence[Block],
        k: int,
        hits: list[Hit],
        context: int,
        value: list[int],
    ) -> int:
        """The claims whose subject word has a typo in block ``k``, checked only where one would make a
        difference (the claim's context and a value in the block). A typo found becomes a subject hit."""
        typos = 0
        allowed = -1  # the claims a typo may stand for here (see _claims), worked out at the first typo key
        for n, (end, (length, _, _, _, typo)) in enumerate(hits):
            if typo is None:
                continue
            mask, shortest, longest, firsts = typo
            if allowed < 0:
                allowed = self._claims(text, blocks, k, self._typo_claims, context, value)
            if mask & allowed and self._typo_at(text, line, end, shortest, longest, firsts):
                typos |= mask
                hits[n] = (end, (length, mask, 0, 0, None))
        return typos

    def sentences(self, text: str, spans: Sequence[Sentence], live: Live) -> tuple[list[int], list[int]]:
        """The sentences (indices in ``spans``, split from ``live.blocks`` numbered by ``live.numbers``)
        that may state a claim: any, and a name, place or title."""
        found, context, value = [0] * len(spans), [0] * len(spans), [0] * len(spans)
        starts = [s.start for s in spans]
        i = 0
        for end, (length, subject, require, val, _) in live.hits:
            start = end - length + 1  # in ``text``, after the key's leading space
            if not starts[i] <= start < spans[i].end:  # hits come in text order: mostly the same sentence
                i = bisect_right(starts, start) - 1
                if i < 0 or start >= spans[i].end:
                    i = 0
                    continue
            found[i] |= subject
            context[i] |= require
            value[i] |= val
        every: list[int] = []
        texts: list[int] = []
        last_of: dict[int, int] = {}  # block -> its last sentence, made when a list needs it
        for i, span in enumerate(spans):
            if live.heads:
                found[i] |= live.heads.get(-1 - span.block, 0)  # a subject in the header over its cells
            if i and is_answer(text, span.start) and text[spans[i - 1].start : spans[i - 1].end].endswith("?"):
                found[i] |= found[i - 1]  # an answer takes the subjects of its question
            lead = -1
            if live.leads and span.block in live.leads and (i == 0 or spans[i - 1].block != span.block):
                lead = self._lead_sentence(spans, live.leads[span.block], last_of)
                if lead >= 0 and found[lead] & self._dated:  # "WAIC 2025 at a glance:" over "- 26–28 July 2025"
                    found[i] |= self._fact_box(text, spans[lead].start, spans[lead].end, found[lead])
            if not found[i]:
                continue
            before = context[i - 1] if i and spans[i - 1].block >= span.block - 1 else 0
            near = context[i] | before | (live.heads.get(span.block, 0) if live.heads else 0)
            if lead >= 0:
                near |= context[lead]  # the require terms of the line introducing the list
            claims = self._claims(text, spans, i, found[i], near, value)
            if claims:
                every.append(i)
                if claims & self._text:
                    texts.append(i)
        return every, texts

    @staticmethod
    def _lead_sentence(spans: Sequence[Sentence], lead: int, last_of: dict[int, int]) -> int:
        """The last sentence of block ``lead`` (the line introducing a list), or -1."""
        if not last_of:
            last_of.update((s.block, k) for k, s in enumerate(spans))
        return last_of.get(lead, -1)

    def _claims(
        self, text: str, spans: Sequence[Block] | Sequence[Sentence], k: int, found: int, context: int, value: list[int]
    ) -> int:
        """The claims that may be stated in span ``k``: subject found, context met, a value to read.

        ``value[k]``: 1 a value word is there, -1 no value, 0 not known yet (then the span is
        searched for a digit, once).
        """
        claims = found & (context | self._free)
        if claims & ~self._text:
            if not value[k]:
                value[k] = 1 if _DIGIT.search(text, spans[k][0], spans[k][1]) else -1
            if value[k] < 0:
                claims &= self._text
        return claims

    def _typo_at(self, text: str, line: str, end: int, shortest: int, longest: int, firsts: str) -> bool:
        """Whether the word in which a typo piece ends at ``end`` of ``line`` may be a typo of a subject word:
        of about its length and with its first letter (see :func:`_typo_shape`), not the word itself
        (its own keys found that), and accepted by fuzzy matching."""
        start = line.rfind(" ", 0, end)  # the spaces around the word
        stop = line.find(" ", end)
        word = line[start + 1 : stop]
        if word in self._exact:
            return False
        if (start > 0 and text[start - 1].isalnum()) or (stop <= len(text) and text[stop - 1].isalnum()):
            return True  # the word goes on in letters outside ASCII: not checked here, kept
        if not shortest <= len(word) <= longest or word[0] not in firsts:
            return False
        return self._is_subject_word(normalize(word))


class _KeyTable:
    """The keys of a set of claims, with what each stands for, before they become an automaton."""

    def __init__(self) -> None:
        self.keys: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # key -> masks by slot
        self.pieces_of: dict[str, list[str]] = defaultdict(list)  # typo piece -> the words it is cut from
        self.free = self.text = self.dated = self.typo_claims = 0
        self.exact: set[str] = set()
        self.usable = True  # every subject has a key

    def add(self, claim: GateClaim, bit: int) -> None:
        """Add the keys of one claim, flagged with ``bit``."""
        self.text |= bit if claim.is_text else 0
        self.dated |= bit if claim.is_date else 0
        for word in (max(words, key=len) for words in claim.subjects):
            self.usable &= _add(self.keys, subject_keys(word), _SUBJECT, bit)
            for piece in typo_pieces(word):
                if _add(self.keys, [piece], _TYPO, bit):
                    self.pieces_of[spaced(piece)].append(word)
                    self.exact.update(spellings(word))
                    self.typo_claims |= bit
        if not claim.require or not all(_add(self.keys, _term_keys(t), _REQUIRE, bit) for t in claim.require):
            self.free |= bit

    def automaton(self) -> ahocorasick.Automaton | None:
        """The automaton of all keys and the value words; None if a subject has no key."""
        if not self.keys or not self.usable:
            return None
        _add(self.keys, [" " + word + " " for word in VALUE_WORDS], _VALUE, 1)
        automaton = ahocorasick.Automaton()
        for key, (subject, require, value, typo) in self.keys.items():
            shape = (typo, *_typo_shape(self.pieces_of[key])) if typo else None
            automaton.add_word(key, (len(key), subject, require, value, shape))
        automaton.make_automaton()
        return automaton


# -------------------------------------------------------------------- keys


def spaced(text: str) -> str:
    """``text`` in the automaton's alphabet, one character for one: non-letters become spaces."""
    return text.encode("latin-1", "replace").translate(_SPACES).decode("latin-1")


def spellings(word: str) -> list[str]:
    """The lower-case words whose normal form is ``word`` (possessives aside: spaced, they end the word)."""
    forms = {word, word + "s", word + "es"} | ({word[:-1] + "ies"} if word.endswith("y") else set())
    forms |= {plural for plural, one in IRREGULAR_SINGULARS.items() if one == word}  # "shelf": "shelves"
    return sorted(form for form in forms if normalize(form) == word)


def subject_keys(word: str) -> list[str]:
    """The whole-word keys of a subject word: its spellings, alone or glued to a short word ("companiesand")."""
    return [" " + form + glue for form in spellings(word) for glue in (" ", *(g + " " for g in GLUE))]


def term_keys(word: str, prefix: bool) -> list[str]:
    """The keys of a ``require`` term's word: its spellings as whole words, or for a
    prefix ("exhibit*"), the prefix at a word's start (less a final "y": "compan" for "company*")."""
    if prefix:
        return [" " + (word[:-1] if word.endswith("y") and len(word) > 1 else word)]
    return [" " + form + " " for form in spellings(word)]


def typo_pieces(word: str) -> list[str]:
    """Keys for the typos of ``word`` that fuzzy matching accepts (see ``index._plausible_typo``).

    Only words of 8 letters or more are matched fuzzily. The word is cut in
    two halves: the first is keyed at a word's start, the second at a word's
    end (also with a plural's ending). A typo that changes one place (a
    letter left out, added or swapped for another, two neighbours swapped
    within a half) leaves one half whole. Not covered: a typo of two
    changes, one in each half (words of 10 letters or more; fuzzy matching
    accepts at most ``(2 * len(word) + 1) // 10`` insertions and deletions).
    """
    if len(word) < 8:
        return []
    half = len(word) // 2
    head, tail = word[:half], word[half:]
    ends = {tail, tail + "s", tail + "es"} | ({tail[:-1] + "ies"} if tail.endswith("y") else set())
    return [" " + head, *sorted(end + " " for end in ends)]


def _term_keys(term: tuple[tuple[str, ...], bool]) -> list[str]:
    """The keys of a ``require`` term: those of its longest word."""
    words, prefix = term
    if not words:
        return []
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    return term_keys(words[longest], prefix and longest == len(words) - 1)


def _typo_shape(words: list[str]) -> tuple[int, int, str]:
    """What a typo of one of ``words`` looks like: (fewest letters, most letters, first letters).

    A typo of a word of n letters has n - 1 to n + 1, then maybe a plural's
    "es"; it starts with the word's first letter.
    """
    if not words:
        return 0, 0, ""
    return min(map(len, words)) - 1, max(map(len, words)) + 3, "".join(sorted({w[0] for w in words}))


def _add(keys: dict[str, list[int]], new: list[str], slot: int, bit: int) -> bool:
    """Add keys in the automaton's alphabet; False if there are none, or one has no ASCII letter or digit."""
    spelled = [spaced(key) for key in new]
    if not spelled or any(key.isspace() or not key for key in spelled):
        return False
    for key in spelled:
        keys[key][slot] |= bit
    return True
