"""Sentences, tokens and word normalisation: the matcher's view of prose."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

#: A demonym's shape: "European", "Norwegian", "Chinese", "Irish" (an adjective of a place, no place nor title).
DEMONYM = re.compile(r"(?:[A-Z][a-z]+(?:ean|ian|ese|ish)|Welsh|French|Dutch|Swiss|Greek|Thai|Czech|Scots|Manx|Basque)")

# A reference mark, which is no figure: "[1]", "[2, 3]", "[4–6]", "[4, p. 3]".
REFERENCE_MARK = r"\[\d{1,3}(?:\s*[,;\u2013-]\s*\d{1,3})*(?:,\s*pp?\.\s*\d+(?:[\u2013-]\d+)?)?\]"

# A sentence ends at . ! ? (plus closing quotes/brackets and footnote marks: ".²") before white space and
# a capital, digit or opening quote (or a checkbox, "[ ] Theme: ..."); or, glued, before a capitalised word
# ("Reuters.Washington", "companies.”The").
_BOUNDARY = re.compile(
    r"""(?P<stop>[.!?]+["'”’)\]¹²³⁴⁵⁶⁷⁸⁹⁰]*)(?:\s+(?=(?:\[[ xX]\][ \t]*)?["“‘'(\[]?[A-Z0-9])|(?=[A-Z][a-z]))"""
)
_WORD_BEFORE = re.compile(r"[A-Za-z.]{1,24}\Z")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr inc co corp ltd vs etc no gen gov sen rep sgt capt col lt hon rev "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx est fig al dept univ cat vol pp ch sec para ref nos ca cf".split()
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: Short words that a subject word may be glued to by a missing space ("companiesand").
GLUE = ("and", "the", "of", "in", "to", "for", "with", "from", "at", "on", "or", "as")
_BREAK_GAP = re.compile(r"[^\s\-–]")  # anything but spaces and hyphens between tokens
# ... but an e-mail's quote marks after a line break ("drew some 600\n> exhibiting companies": a quoted line wrapped)
_QUOTE_GAP = re.compile(r"[ \t]*\n(?:[ \t]*>)+[ \t]*")


class Sentence(NamedTuple):
    """A sentence as a span of the analysed text."""

    start: int
    end: int
    block: int = 0  # index of the block the sentence belongs to


class Token(NamedTuple):
    """A word with its span and its normalised (lower-cased, singular) form."""

    start: int
    end: int
    raw: str
    norm: str


def _is_abbreviation(word: str) -> bool:
    """Whether a word before a period is an abbreviation ("U.S", "Dr", an initial)."""
    if "." in word or len(word) == 1:  # U.S, U.N, initials
        return word[:1].isupper()
    return word.lower() in _ABBREVIATIONS


def _abbreviation_before(text: str, dot: int, floor: int) -> bool:
    word = _WORD_BEFORE.search(text, max(floor, dot - 24), dot)
    return word is not None and _is_abbreviation(word.group())


def split_sentences(
    text: str,
    blocks: Sequence[tuple[int, int]],
    numbers: Sequence[int] | None = None,
    whole: Sequence[bool] | None = None,
) -> list[Sentence]:
    """Split each block of ``text`` into sentences, trimmed of white space.

    A sentence's ``block`` is its block's index in ``blocks``, or its entry in
    ``numbers``. A block whose ``whole`` entry is False gives only its last
    sentence (the context of the block after it).
    """
    sentences: list[Sentence] = []
    for k, (block_start, block_end) in enumerate(blocks):
        number = k if numbers is None else numbers[k]
        if whole is None or whole[k]:
            _split_block(sentences, text, block_start, block_end, number)
        else:
            _last_sentence(sentences, text, block_start, block_end, number)
    return sentences


def _split_block(out: list[Sentence], text: str, block_start: int, block_end: int, number: int) -> None:
    start = block_start
    for match in _BOUNDARY.finditer(text, block_start, block_end):
        if text[match.start()] == "." and _abbreviation_before(text, match.start(), start):
            continue
        _append_trimmed(out, text, start, match.end("stop"), number)
        start = match.end()
    _append_trimmed(out, text, start, block_end, number)


LAST_WINDOW = 400  # characters searched back from a block's end for the start of its last sentence


def _last_sentence(out: list[Sentence], text: str, block_start: int, block_end: int, number: int) -> None:
    """The block's last sentence, as :func:`_split_block` would cut it, without building the others.

    In a long block the search starts at a white space within
    :data:`LAST_WINDOW` of the end: no word before a full stop reaches back
    across it, so every boundary after it is judged as a split of the whole
    block would judge it.
    """
    origin = block_start
    if block_end - block_start > LAST_WINDOW:
        window = block_end - LAST_WINDOW
        origin = max(block_start, text.rfind(" ", block_start, window), text.rfind("\n", block_start, window))
    start = block_start if origin == block_start else -1  # -1: the last sentence may start before origin
    for match in _BOUNDARY.finditer(text, origin, block_end):
        if text[match.start()] == "." and _abbreviation_before(text, match.start(), max(start, origin)):
            continue
        start = match.end()
    if start < 0:  # no sentence ends after origin: cut the whole block
        pieces: list[Sentence] = []
        _split_block(pieces, text, block_start, block_end, number)
        out.extend(pieces[-1:])
    else:
        _append_trimmed(out, text, start, block_end, number)


def _append_trimmed(out: list[Sentence], text: str, start: int, end: int, block: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, block))


def sentence_index(sentences: list[Sentence], offset: int) -> int:
    """The index of the sentence containing ``offset``, or -1."""
    i = bisect_right([s.start for s in sentences], offset) - 1
    if i >= 0 and offset < sentences[i].end:
        return i
    return -1


@lru_cache(maxsize=65536)
def normalize(word: str) -> str:
    """Lower-case a word, drop a possessive and reduce a plural to singular."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    return singular(word)


# Spellings of a unit that name the same one ("182 grams" for a claim in g, "6.1in" for one in inches).
UNIT_ALIASES = {
    "gram": "g", "gramme": "g", "kilogram": "kg", "kilogramme": "kg", "kilo": "kg",
    "kilometre": "km", "kilometer": "km", "metre": "m", "meter": "m", "centimetre": "cm",
    "centimeter": "cm", "millimetre": "mm", "millimeter": "mm", "nanometre": "nm", "nanometer": "nm",
    "micrometre": "µm", "micrometer": "µm", "micron": "µm", "in": "inch", "hectare": "ha",
    "light year": "light-year", "ly": "light-year", "lightyear": "light-year", "kilowatt": "kw", "megawatt": "mw", "gigawatt": "gw", "megawatt-hour": "mwh", "gigawatt-hour": "gwh",
    "kilobyte": "kb", "megabyte": "mb", "gigabyte": "gb", "terabyte": "tb", "petabyte": "pb",
    "milliamp-hour": "mah", "watt-hour": "wh", "kilowatt-hour": "kwh",
    "feet": "ft", "foot": "ft", "mile": "mi", "pound": "lb", "ounce": "oz", "knot": "kt", "kn": "kt",
    "square metre": "m2", "square meter": "m2", "sq m": "m2", "sqm": "m2", "square kilometre": "km2",
    "square kilometer": "km2", "sq km": "km2", "square foot": "ft2", "square feet": "ft2", "sq ft": "ft2",
    "square mile": "mi2", "sq mi": "mi2", "km²": "km2", "m²": "m2", "ft²": "ft2", "mi²": "mi2",
    "cubic metre": "m3", "cubic meter": "m3", "cu m": "m3", "m³": "m3", "cubic kilometre": "km3", "cubic kilometer": "km3",
    "km³": "km3", "cubic foot": "ft3", "cubic feet": "ft3", "cu ft": "ft3", "ft³": "ft3", "bp": "basis point", "bps": "basis point", "basis-point": "basis point",
    "c": "°c", "celsius": "°c", "degree celsius": "°c", "degree c": "°c", "f": "°f", "fahrenheit": "°f",
    "degree fahrenheit": "°f", "degree f": "°f",
    "litre": "l", "liter": "l", "millilitre": "ml", "milliliter": "ml", "kilolitre": "kl", "kiloliter": "kl",
    "megalitre": "megalitre", "megaliter": "megalitre", "gigalitre": "gigalitre", "gigaliter": "gigalitre",
}  # fmt: skip
#: Units whose case tells them apart: "ML" is a megalitre, "ml" a millilitre.
CASED_UNITS = {"ML": "megalitre", "Ml": "megalitre", "GL": "gigalitre", "Gl": "gigalitre", "mL": "ml", "kL": "kl", "KL": "kl"}
#: What a rate is per, in one spelling: "h" in "km/h" and "per hour", "day" in "ML/d" and "a day".
PER_ALIASES = {"second": "s", "sec": "s", "hour": "h", "hr": "h", "minute": "min", "d": "day", "wk": "week", "yr": "year", "annum": "year"}


def unit_key(word: str) -> str:
    """A unit's normalised form, its other spellings made one ("grams" -> "g", "inches" -> "inch", "ML" ->
    "megalitre"); a rate's both parts ("ML/day" -> "megalitre/day", "kWh/kL" -> "kwh/kl")."""
    if "/" in word:
        head, _, per = word.partition("/")
        return f"{unit_key(head)}/{per_key(per)}"
    cased = CASED_UNITS.get(word.strip())
    if cased is not None:
        return cased
    norm = normalize(word)
    return UNIT_ALIASES.get(norm, norm)


def per_key(word: str) -> str:
    """What a rate is per, normalised: "hour" and "h" -> "h", "days" -> "day", "kilolitre" and "kL" -> "kl"."""
    key = unit_key(word)
    return PER_ALIASES.get(key, key)


IRREGULAR_SINGULARS = {
    "lives": "life", "wives": "wife", "knives": "knife", "halves": "half", "shelves": "shelf", "calves": "calf",
    "thieves": "thief", "wolves": "wolf", "loaves": "loaf",
}  # fmt: skip  ("lives lost" is not the verb "live")


def singular(word: str) -> str:
    """A light English singular: companies -> company, nations -> nation."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The words of ``text[start:end]``; hyphenated compounds split in parts."""
    new = tuple.__new__  # a NamedTuple's own constructor is a Python function: twice as slow
    tokens: list[Token] = []
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        tokens.append(new(Token, (*match.span(), word, normalize(word))))
    return tokens


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A claim phrase as normalised words ("Large Language Models" -> ...)."""
    return tuple(normalize(m.group()) for m in _WORD.finditer(phrase))


def joined(text: str, left: Token, right: Token) -> bool:
    """Whether only spaces or hyphens stand between two tokens (or a quoted line's ">" after a line break)."""
    found = _BREAK_GAP.search(text, left.end, right.start)
    return found is None or (found.group() == ">" and _QUOTE_GAP.fullmatch(text, left.end, right.start) is not None)


def _start(token: Token) -> int:
    return token.start


def token_at(tokens: list[Token], offset: int) -> float:
    """The token index at ``offset`` (x.5 when it falls between tokens)."""
    i = bisect_left(tokens, offset, key=_start)
    if i < len(tokens) and tokens[i].start == offset:
        return float(i)
    if i > 0 and tokens[i - 1].end > offset:
        return float(i - 1)
    return i - 0.5
