"""Shared low-level pieces of the extractor: text encoding and number words.

The scanners do not run on ``text`` itself but on a one-byte-per-character
copy of ``" " + text`` (see :func:`encode`): Latin-1, with every other
character replaced by ``?`` and the punctuation that may precede a value
("(", quotes, newlines) turned into spaces. Offsets are thus preserved (byte
``i`` is character ``i - 1``), every candidate value is preceded by a literal
space that the regex engine finds with a fast ``memchr``-style search, and
lower-casing is a cheap ``bytes.translate``. Scanners check the original
text wherever a ``?`` matters (a euro sign, an en dash, a curly quote).

The regex fragments (:data:`CARDINAL`, :data:`ORDINAL`) work on lower-cased
text and are embedded in the patterns of :mod:`factcheck.extract.numbers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction


def _table(lower: bool) -> bytes:
    """A translate table turning lead punctuation into spaces (and maybe lower-casing)."""
    table = bytearray(range(256))
    for byte in b"\t\n\r\f\v([{\"'~<>\xa0\xab":
        table[byte] = 0x20
    if lower:
        table[0x41:0x5B] = bytes(range(0x61, 0x7B))
    return bytes(table)


#: ``bytes.translate`` tables: leads to spaces, with or without lower-casing.
LOWER_TABLE = _table(lower=True)
CASED_TABLE = _table(lower=False)
#: Spaces outside Latin-1 (encoded as ``?``): en, em, thin, hair, zero-width, narrow no-break...
SPACES = frozenset("\u2002\u2003\u2009\u200a\u200b\u202f\u205f\u3000")
#: Characters outside Latin-1 (encoded as ``?``) that may precede a value.
UNICODE_LEADS = frozenset("\u2018\u201a\u201c\u201e\u2014\u2013\u2012\u2015\u2265\u2264\u2248\u2212") | SPACES  # quotes, dashes, ≥ ≤ ≈, minus
#: Dashes (encoded as ``?``) that may join the two ends of a range.
DASHES = frozenset("\u2013\u2014\u2012\u2015\u2010\u2011\u2212")


def encode(text: str) -> bytes:
    """``" " + text`` as Latin-1 bytes, one byte per character (``?`` for the rest)."""
    return (" " + text).encode("latin-1", "replace")


UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6,
}  # fmt: skip
FRACTIONS = frozenset(
    {"half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths",
     "fifth", "fifths", "tenth", "tenths"}
)  # fmt: skip


def trie_pattern(words: Iterable[str]) -> str:
    """Render ``words`` as one regex alternation factored into a prefix trie.

    A trie keeps the regex engine's work at a failing position to one or two
    character comparisons, which matters when a pattern is tried at every
    word start.
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(root)


def _render(node: dict[str, dict]) -> str:
    """The regex for one trie node (``""`` marks the end of a word)."""
    alts = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" not in node:
        return body
    return body + "?" if len(alts) > 1 or len(alts[0]) == 1 else f"(?:{body})?"


_U = "(?:one|two|three|four|five|six|seven|eight|nine)"
_BELOW100 = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]" + _U + r"\b)?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|" + _U[3:-1] + r"|zero|nought|naught)\b"
)
_HUNDREDS = (
    r"(?:(?:" + _BELOW100 + r"|a)\s+hundred\b(?:(?:\s+and)?\s+" + _BELOW100 + r")?"
    r"|" + _BELOW100 + ")"
)
_SCALED = r"(?:" + _HUNDREDS + r"|a)\s+(?:thousand|million|billion|trillion)\b"
_SEP = r",?\s+(?:and\s+)?"

_DIGIT_WORD = r"(?:zero|nought|naught|oh|one|two|three|four|five|six|seven|eight|nine)\b"
# A decimal read aloud: "four point two million", "three point five".
_POINT = r"(?:" + _BELOW100 + r")\s+point(?:\s+" + _DIGIT_WORD + r"){1,3}(?:\s+(?:thousand|million|billion|trillion)\b)?"

# A fraction of a scale: "half a million", "a quarter of a million", "three quarters of a billion", "half a dozen".
_FRACTION_SCALE = (
    r"(?:half\s+(?:of\s+)?a|(?:a|one|two|three)[-\s]+(?:quarters?|thirds?)\s+of\s+a)\s+(?:thousand|million|billion|trillion)\b"
    r"|half[-\s]+a[-\s]+dozen\b"
)
# A half after a number: "two and a half", "one-and-a-half million".
_HALF = r"(?:[-\s]+and[-\s]+a[-\s]+half\b(?:\s+(?:thousand|million|billion|trillion)\b)?)?"  # after the hundreds

#: Regex fragment for a cardinal written in words ("one hundred and five", "four point two million",
#: "two and a half").
CARDINAL = (
    r"(?:" + _POINT + r"|" + _FRACTION_SCALE + r"|(?:" + _BELOW100 + r"|a)\s+dozen\b"
    r"|" + _SCALED + r"(?:" + _SEP + _SCALED + r")*(?:" + _SEP + _HUNDREDS + r")?"
    r"|" + _HUNDREDS + _HALF + ")"
)
_TENS_WORD = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#: Regex fragment for an ordinal written in words ("third", "twenty-first").
ORDINAL = (
    r"(?:" + _TENS_WORD + r"[-\s])?(?:" + trie_pattern(k for k, v in ORDINALS.items() if v < 10)
    + r")\b|" + trie_pattern(ORDINALS) + r"\b"
)
#: Every word that can begin a number written in words.
START_WORDS = frozenset({*UNITS, *TENS, *ORDINALS, "a", "half"})

_CARDINAL_FULL = re.compile(CARDINAL)
_WORD = re.compile(r"[a-z]+")


def parse_number_words(words: str) -> int | Decimal | None:
    """Value of a cardinal written in English words, or ``None``.

    Case, hyphens, commas and "and" are handled: ``"One hundred and
    twenty-five"`` -> 125, ``"a dozen"`` -> 12, ``"one thousand, two
    hundred"`` -> 1200, and a decimal read aloud: ``"four point two
    million"`` -> 4200000. Vague forms ("hundreds", "dozens") are not numbers.
    """
    text = " ".join(words.lower().split())
    if not text or _CARDINAL_FULL.fullmatch(text) is None:
        return None
    fraction = _FRACTION_OF.match(text)
    if fraction is not None:  # "a quarter of a million": 250,000
        count = 1 if fraction.group(1) in (None, "a", "one") else UNITS[fraction.group(1)]
        part = Fraction(count, 2 if fraction.group(2) == "half" else 4 if fraction.group(2).startswith("quarter") else 3)
        return _exact(Decimal(int(part * (12 if fraction.group(3) == "dozen" else SCALES[fraction.group(3)]))))
    half = _AND_A_HALF.search(text)
    if half is not None:  # "two and a half million": (2 + 0.5) * 1,000,000
        whole_part = _words_value(_WORD.findall(text[: half.start()]))
        scale = SCALES.get(text[half.end() :].strip(), 1)
        return None if whole_part is None else _exact((Decimal(whole_part) + Decimal("0.5")) * scale)
    whole, point, rest = text.partition(" point ")
    if not point:
        return _words_value(_WORD.findall(text))
    integer = _words_value(_WORD.findall(whole))
    decimals = [w for w in rest.split() if w not in SCALES]
    if integer is None:
        return None
    scale = next((SCALES[w] for w in rest.split() if w in SCALES), 1)
    return _exact(Decimal(f"{integer}.{''.join(str(UNITS.get(w, 0)) for w in decimals)}") * scale)  # ("oh" is a zero)


_FRACTION_OF = re.compile(r"(?:(a|one|two|three)[-\s]+)?(half|quarters?|thirds?)[-\s]+(?:of\s+)?a[-\s]+(thousand|million|billion|trillion|dozen)$")
_AND_A_HALF = re.compile(r"[-\s]+and[-\s]+a[-\s]+half\b")


def _exact(value: Decimal) -> int | Decimal:
    """``value`` as an int when it is whole."""
    return int(value) if value == value.to_integral_value() else value


def _words_value(tokens: list[str]) -> int | None:
    """Sum ``tokens`` of a grammatical cardinal; ``None`` if scales don't descend."""
    total, current, last_scale = 0, 0, 10**15
    for token in tokens:
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "a":
            current += 1
        elif token == "hundred":
            current *= 100
        elif token == "dozen":
            current *= 12
        elif token in SCALES:
            if SCALES[token] >= last_scale:
                return None
            total, current, last_scale = total + current * SCALES[token], 0, SCALES[token]
    return total + current


def parse_ordinal_words(words: str) -> int | None:
    """Value of an ordinal in words ("third" -> 3, "twenty-first" -> 21), or ``None``."""
    tokens = _WORD.findall(words.lower())
    if len(tokens) == 1:
        return ORDINALS.get(tokens[0])
    if len(tokens) == 2 and tokens[0] in TENS and ORDINALS.get(tokens[1], 10) < 10:
        return TENS[tokens[0]] + ORDINALS[tokens[1]]
    return None
