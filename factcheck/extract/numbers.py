"""Find figures in text: counts, ranges, percentages, money and ordinals.

One precompiled pattern does the work in a single pass over the lower-cased
byte copy of the text made by :func:`factcheck.extract.words.encode`. The
pattern starts with a literal space (so the regex engine jumps from word
start to word start in C) and a lookahead gate that rejects any word that
cannot begin a figure after a character or two. Two tiny extra passes catch
figures after a hyphen ("mid-2025") or a non-Latin-1 lead such as an em dash
or a curly quote. Qualifiers ("over", "more than") are found by looking back
from each figure, so they cost nothing where there is no figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.extract.words import (
    CARDINAL,
    DASHES,
    FRACTIONS,
    LOWER_TABLE,
    ORDINAL,
    SPACES,
    START_WORDS,
    UNICODE_LEADS,
    encode,
    parse_number_words,
    parse_ordinal_words,
    trie_pattern,
)
from factcheck.model import NumberKind, NumberMention, Qualifier
from factcheck.text import unit_key
from factcheck.units import SCALES

__all__ = ["QUALIFIERS", "SCALE_WORDS", "currency_code", "find_numbers", "parse_number_words", "scan_numbers"]

_Q = Qualifier
#: Qualifier phrases (single-spaced, lower case) and what they mean.
QUALIFIERS: dict[str, Qualifier] = {
    "over": _Q.OVER, "more than": _Q.OVER, "above": _Q.OVER, "exceeding": _Q.OVER, "exceeded": _Q.OVER,
    "exceeds": _Q.OVER, "surpassed": _Q.OVER, "surpassing": _Q.OVER, "topped": _Q.OVER, "topping": _Q.OVER,
    "in excess of": _Q.OVER, "upwards of": _Q.OVER, "upward of": _Q.OVER, "north of": _Q.OVER,
    "at least": _Q.AT_LEAST, "no fewer than": _Q.AT_LEAST, "no less than": _Q.AT_LEAST,
    "a minimum of": _Q.AT_LEAST,
    "about": _Q.ABOUT, "around": _Q.ABOUT, "roughly": _Q.ABOUT, "approximately": _Q.ABOUT,
    "some": _Q.ABOUT, "circa": _Q.ABOUT, "an estimated": _Q.ABOUT, "approx.": _Q.ABOUT, "approx": _Q.ABOUT, "ca.": _Q.ABOUT,
    "c.": _Q.ABOUT, "est.": _Q.ABOUT,
    "nearly": _Q.NEARLY, "almost": _Q.NEARLY, "close to": _Q.NEARLY, "just under": _Q.NEARLY,
    "just shy of": _Q.NEARLY, "shy of": _Q.NEARLY, "getting on for": _Q.NEARLY, "a shade under": _Q.NEARLY,
    "a little under": _Q.NEARLY, "slightly under": _Q.NEARLY, "a little less than": _Q.NEARLY,
    "slightly less than": _Q.NEARLY, "just below": _Q.NEARLY, "the best part of": _Q.NEARLY, "the better part of": _Q.NEARLY,
    "fewer than": _Q.UNDER, "less than": _Q.UNDER, "under": _Q.UNDER, "below": _Q.UNDER,
    "up to": _Q.AT_MOST, "at most": _Q.AT_MOST, "no more than": _Q.AT_MOST,
    "a maximum of": _Q.AT_MOST,
    "within": _Q.AT_MOST,
    "exactly": _Q.EXACTLY, "precisely": _Q.EXACTLY,
}  # fmt: skip

_MULTIPLIERS = {
    b"k": 10**3, b"hundred": 100, b"thousand": 10**3, b"million": 10**6, b"mn": 10**6,
    b"mln": 10**6, b"m": 10**6, b"billion": 10**9, b"bn": 10**9, b"b": 10**9,
    b"trillion": 10**12,
}  # fmt: skip
_MONEY_ONLY_SCALES = frozenset({b"m", b"mn", b"mln", b"b", b"bn"})
_CURRENCY_SIGNS = frozenset("\u20ac\u20b9\u20a9\u20bd")  # encoded as "?": euro, rupee, won, rouble
_ISO_CODES = (
    "rmb usd cny eur gbp jpy chf sek nok dkk inr aud cad hkd sgd krw brl zar pln nzd mxn "
    "sar aed egp qar kwd ils idr myr thb vnd twd ngn kes pkr bdt czk huf uah clp ars".split()
)  # (not codes that are words too: "try", "php", "cop", "all", "ron", "rub")
#: Currency codes and prefixed dollar signs, lower-cased, as a figure may open with them ("USD 5", "HK$ 3").
CURRENCY_CODES = frozenset({"us$", "hk$", "a$", "c$", "s$", *_ISO_CODES})

SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
#: Measure units that may be glued to a figure ("5GB", "10km", "30min"), lower case: two letters or
#: more, so that "5G", "3D" and "4K" stay what they are, but for degrees ("1.5C", "2°C"). The unit
#: is read as if it were the next word.
GLUED_UNITS = frozenset(
    "kb mb gb tb pb kbps mbps gbps hz khz mhz ghz nm mm cm km mg kg ml ms sec secs min mins hr hrs "
    "kw mw gw kwh mwh gwh twh mah wh in ft yd mi lb lbs oz mph kph c \xb0c \xb0f".split() + [" \xb0c", " \xb0f"]
)
_SCALE_WORDS = r"(?:" + "|".join(sorted(SCALE_WORDS)) + r")\b"
# One unit of time as an adjective: "a week-long gathering", "the day-long forum", "a monthlong show".
_LONG = r"(?:day|week|fortnight|month|year)-?long\b"
_GATE = (
    r"(?=[\d$\xa3\xa5?\x01]|a\s+(?:dozen\b|(?:(?:full|whole|entire)\s+)?(?:fortnight|week|day)\b|quarter\b|third\b|" + _SCALE_WORDS + ")|" + _LONG + "|"
    + trie_pattern((START_WORDS - {"a"}) | CURRENCY_CODES) + r"(?![a-z]))"
)
_CUR = r"(?:us\$|hk\$|a\$|c\$|s\$|\$|\x01|\?|\xa3|\xa5|(?:" + "|".join(_ISO_CODES) + r")\s?)"
_CUR_WORD = (
    r"\s+(?:(?:us\s+|u\.s\.\s+)?dollars?|yuan|renminbi|euros?|pounds?|yen|(?:swedish\s+)?(?:kronor|krona)|swedish\s+crowns?|(?:swiss\s+)?francs?|rupees?"
    r"|" + "|".join(_ISO_CODES) + r")\b"
)
# Thousands grouped by commas ("3,000") or by spaces ("3 000", "3\xa0000"; like any white space in a
# paragraph, a line break between the groups is a space: editors wrap lines anywhere).
# Grouped by dots, as German or Spanish writes them, only where no decimal can be meant: "1.500.000",
# "3.000" (a decimal is not written with three zeros; "1.500" stays 1.5).
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?: \d{3})+(?![\d,.]?\d)"
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d,.]?\d)|\d{1,3}\.000(?![\d,.]?\d)|\d+(?:\.\d+|[\xbc-\xbe](?!\d))?"
)  # ("2\xbd lengths": a whole number and a vulgar fraction, 2.5)
# A line break and indent may stand between a figure and its scale word: "EUR 14.5\n  billion"; after a currency, a
# space may stand before "m" or "b" too ("EUR 85 m", see _figure).
_SCALE = r"\s{0,8}(?:" + _SCALE_WORDS + r"|mln\b|mn\b|bn\b)|(?:k|mn|m|bn|b)(?![^\W_])"
# After a bare figure: no letter or digit glued on, no "-x", "/1", ":30", "pm".
_END = r"(?![^\W_]|[-?][^\W_]|[/:.,]\d|\s?(?:[ap]\.m\b|[ap]m\b))"


def _figure(i: int) -> str:
    """Pattern for figure ``i`` of a match: digits (with currency, scale) or words."""
    return (
        rf"(?:(?P<c{i}>{_CUR})?(?P<d{i}>{_DIGITS})(?P<s{i}>{_SCALE}|(?(c{i})[ ](?:m|bn|b)(?![^\W_])|(?!)))?"
        rf"|(?P<w{i}>{CARDINAL}))"
    )


_BODY = (
    _GATE + r"(?:"
    r"(?P<od>\d+)(?:st|nd|rd|th)\b|(?P<ow>" + ORDINAL + r")|(?P<fn>a\s+(?:(?:full|whole|entire)\s+)?(?:fortnight|week|day)\b(?!-)|" + _LONG + ")"
    r"|(?:(?P<btw>(?<=between\s))|(?P<frm>(?<=from\s))|)" + _figure(1)
    + r"(?P<rng>(?P<conj>(?(btw)\s+and\s+|(?:[ \t]{0,2}[-?][ \t]{0,2}|\s+(?:to|through|thru)\s+)))" + _figure(2) + ")?"
    r"(?(btw)(?(rng)|(?!))|)(?(frm)(?(rng)|(?!))|)"
    r"(?:(?P<pct>[\s?]?%|\s?per\s?cent\b)|(?P<cw>" + _CUR_WORD + r")"
    r"|(?P<plus>\+(?!\d)|-plus\b|\s+plus\b(?!\s*[^\w\s]?\d))|-(?P<unit>[a-z]{2,})\b"
    r"|(?P<glued>" + trie_pattern(GLUED_UNITS) + r")(?![^\W_])|" + _END + "))"
)
_PASSES = tuple(
    re.compile((lead + _BODY).encode("latin-1"))
    for lead in (" ", r"\?(?<!\d\?)(?!\?)", r"-(?:(?<=\s-)|(?<=mid-)|(?<=pre-)|(?<=post-)|(?<=magnitude-))")
)
_QUALIFIER_BEFORE = re.compile(
    (r"(?<![a-z])(" + trie_pattern(QUALIFIERS).replace("\\ ", r"\s+") + r")\s+$").encode()
)
_QUALIFIER_LAST_WORDS = frozenset(phrase.rsplit(" ", 1)[-1].encode() for phrase in QUALIFIERS)
_TIME_UNIT = re.compile(
    rb"\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|weekends?|months?|years?"
    rb"|decades?|century|centuries|sessions?|rounds?|laps?|stages?|legs?|innings)\b"  # ("over 17 rounds": across them)
)
_ONE_OF = re.compile(rb"\s+(?:of|another)\b")
_NO_BEFORE = re.compile(rb"(?<![a-z])no\s+$")
_PLAIN_YEAR = re.compile(rb"(?:1[7-9]|20)\d\d")  # 1700-2099

Groups = tuple[bytes | None, ...]  # match.groups(): much cheaper than groupdict()
Amount = int | Decimal
_NAMES = "od ow btw frm c1 d1 s1 w1 rng conj c2 d2 s2 w2 pct cw plus unit glued fn".split()
_INDEX = [_PASSES[0].groupindex[name] - 1 for name in _NAMES]  # the same in every pass
_OD, _OW, _BTW, _FRM, _C1, _D1, _S1, _W1, _RNG, _CONJ, _C2, _D2, _S2, _W2 = _INDEX[:14]
_PCT, _CW, _PLUS, _UNIT, _GLUED, _FN = _INDEX[14:]
_FIGURES = {"1": (_C1, _D1, _S1, _W1), "2": (_C2, _D2, _S2, _W2)}


def find_numbers(text: str) -> list[NumberMention]:
    """All figures in ``text``, in order, as :class:`NumberMention` objects.

    Qualifiers ("over 800", "exactly 30"), ranges ("30-50"), percentages
    ("30%", "30 %"), money, hyphenated units ("three-day"), known units glued
    on ("5GB"), "a fortnight" and ordinals are recognised; codes such as
    "GPT-4", "H100", "5G" or "10:30" are not figures.
    """
    return scan_numbers(text, encode(text).translate(LOWER_TABLE))


def scan_numbers(text: str, low: bytes) -> list[NumberMention]:
    """:func:`find_numbers` on ``low``, ``encode(text)`` translated by ``LOWER_TABLE``.

    Text with no digit and no number word is the fast path: the regex engine
    skips it in C and no Python code runs for it.
    """
    if b"?" in low and _SIGN.search(text):  # "in 2025 €265,300": the sign opens the second figure, joins no range
        low = _signs_marked(text, low)
    main, *extra = (
        [mention for match in pattern.finditer(low) if (mention := _mention(match, text, low))]
        for pattern in _PASSES
    )
    if extra[0] or extra[1]:
        main = sorted(main + extra[0] + extra[1], key=lambda mention: mention.start)
    if main and (b"-" in low or b"?" in low or b"minus" in low or b"below zero" in low):
        main = [_signed(mention, text, low) for mention in main]
    return _without_overlaps(main) if len(main) > 1 else main


_SIGNED_KINDS = frozenset({NumberKind.COUNT, NumberKind.PERCENT, NumberKind.MONEY})
_BELOW_ZERO = re.compile(r"[ \t]*(?P<deg>°|degrees?)?[ \t]*(?P<scale>[CF]\b|[Cc]elsius|[Ff]ahrenheit)?[ \t]*below zero\b")


def _signed(mention: NumberMention, text: str, low: bytes) -> NumberMention:
    """``mention`` read as below zero where the text says so: a minus sign right before its figure ("-24 °C",
    "−0.3%"; after a space, a bracket or the start, not in a range), "minus 24", or "24 degrees below zero"."""
    if mention.high is not None or mention.kind not in _SIGNED_KINDS or mention.value <= 0:
        return mention
    start, end = mention.start, mention.end
    qualifier, unit = mention.qualifier, mention.unit
    if start and text[start - 1] in "-\u2212" and (start == 1 or text[start - 2] in " \t\n([:="):
        start -= 1
    elif low.endswith(b"minus ", 0, start + 1):
        start -= 6
    elif (below := _BELOW_ZERO.match(text, end)) is not None:
        end = below.end()
        scale = (below.group("scale") or "")[:1].lower()
        unit = f"°{scale}" if scale else "degree" if below.group("deg") else unit  # "24 degrees below zero": degrees
    else:
        return mention
    if qualifier is Qualifier.EXACT and (lead := _QUALIFIER_BEFORE.search(low, max(0, start - 39), start + 1)) is not None:
        qualifier, start = QUALIFIERS[b" ".join(lead.group(1).split()).decode()], lead.start() - 1  # "about -24 °C"
    return NumberMention(start, end, text[start:end], -mention.value, qualifier, mention.kind, unit, None, False, mention.currency)


_SIGN = re.compile("[" + "".join(sorted(_CURRENCY_SIGNS)) + "]")


def _signs_marked(text: str, low: bytes) -> bytes:
    """``low`` with each currency sign outside Latin-1 (encoded as ``?``, like a dash) as byte 1, which
    only a currency matches."""
    marked = bytearray(low)
    for sign in _SIGN.finditer(text):
        marked[sign.start() + 1] = 1  # (byte i is character i - 1)
    return bytes(marked)


def _without_overlaps(found: list[NumberMention]) -> list[NumberMention]:
    """Drop any mention that overlaps the one kept before it."""
    kept = found[:1]
    for mention in found[1:]:
        if mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


_PLUS_AFTER = re.compile(rb"-plus\b|\+(?!\d)")
_HYPHEN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ROUGHLY = frozenset({"odd", "some", "ish"})


def _in_apostrophe_pair(text: str, start: int, end: int) -> bool:
    """Whether a figure and another stand on either side of an apostrophe: "0'05", "5’10"."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (after[:1] in _APOSTROPHES and after[1:].isdigit()) or (before[1:] in _APOSTROPHES and before[:1].isdigit())


_APOSTROPHES = ("'", "’", "′")
_YEAR_QUALIFIERS = (Qualifier.EXACT, Qualifier.ABOUT)  # "since about 2016" may be a year


def _by_a_digit(text: str, start: int, end: int) -> bool:
    """Whether a figure stands next to another group of digits, past one separator, or after "(" or "+"
    (a cheap first look for a telephone number)."""
    before = text[max(0, start - 2) : start - 1]
    return text[end + 1 : end + 2].isdigit() or text[start - 1 : start] in ("(", "+") or before.isdigit() or before == ")"


_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?\(\d{2,5}\)[\s.-]?\d{2,5}(?:[\s.-]\d{2,5}){1,3}"  # "(555) 014-7720", "+1 (555) 014 7720"
    r"|\+\d{1,3}(?:[\s.-]\d{1,5}){2,5}"  # "+44 20 7946 0958"
    r"|(?<![\d,.])0\d{1,4}(?:[\s.-]\d{3,4}){2}(?!\d|,\d)"
    r"|(?<![\d,.])0\d{2,4}[\s.-]\d{5,8}(?!\d|,\d)"  # "01632 960431": an area code and a number
    r"|(?<![\d,.])1[38]00[\s-]\d{3}[\s-]\d{3}(?!\d|,\d)"  # "1800 442 100", "1300 555 014"  # "020 7946 0958"
    r"|(?i:\b(?:tel|telephone|phone|call|ring|hotline|helpline|fax|mobile|whatsapp)\b\.?:?\s*(?:us\s+)?(?:on\s+|at\s+)?)\d{2,5}(?:[\s.-]\d{2,8}){1,4}"
    r"|(?<![\d,.])\d{1,2}(?: \d{5,6}){2}(?: \d{1,2})?(?!\d|[,.]\d)"  # a product code in digit groups: "0 71234 55016 4"
)


# "call 000", "dial 911", "ring 999 immediately" (not "call 112 people"): an emergency number
_EMERGENCY = re.compile(r"(?i:\b(?:call|dial|ring|phone|text)\s+(?:on\s+)?)(?:000|911|999|112|111|101|119|110)\Z")
_EMERGENCY_AFTER = re.compile(r"(?:\Z|[.,;:!?)\]]|\s+(?:or|now|immediately|at once|straight away|for|if|in|and|first)\b)")


def _in_phone_number(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``..``end`` is part of a telephone number (or of a product code
    written in digit groups, as a UPC is)."""
    lo = max(0, start - 24)
    return any(m.start() <= start and end <= m.end() for m in _PHONE.finditer(text, lo, end + 24))


def _mention(m: re.Match[bytes], text: str, low: bytes) -> NumberMention | None:
    """Build the mention for one regex match, or ``None`` if it is no figure."""
    g = m.groups()
    start, end = m.start(), m.end() - 1  # byte i is character i - 1; the lead is dropped
    if b"?" in m.group(0) and not _valid_unicode(g, m, text):
        return None
    if g[_OD] or g[_OW]:
        return _ordinal(g, text, start, end)
    if g[_FN]:  # "a fortnight", "week-long": one, of a unit that a claim in days reads as 14 or 7 days
        return _one_unit(g, m, low, text, start, end)
    if g[_W1] == b"one" and _is_pronoun_one(g, m, low):
        return None
    if _year_before_code(g):
        return None  # a year, which no claim takes from here
    if _in_apostrophe_pair(text, start, end):
        return None  # "0'05", "5'10": minutes and seconds, feet and inches
    if _by_a_digit(text, start, end) and _in_phone_number(text, start, end):
        return None  # "(555) 014-7720", "+44 20 7946 0958", "Call 0800 123 4567": a telephone number
    if end - start == 3 and _EMERGENCY.search(text, max(0, start - 16), end) and _EMERGENCY_AFTER.match(text, end):
        return None  # "If it becomes dangerous, call 000": an emergency number
    metres = g[_S1] == b"m" and g[_D1] is not None and not (g[_C1] or g[_CW] or g[_RNG])
    if metres:  # "a 1,900m swim", "a 198m chimney": metres (without a currency, "m" is no million: "£5m")
        g = g[:_S1] + (None,) + g[_S1 + 1 :]
    values = _values(g)
    unit = "m" if metres else _singular(g[_UNIT]) if g[_UNIT] else g[_GLUED].decode("latin-1").lstrip() if g[_GLUED] else None
    if values is None or unit in FRACTIONS:
        return None
    value, high, year_like = values
    if not year_like and high is None and 1000 <= value < 1700 and _old_year(g, m, low):
        year_like = True  # "cast in 1623", "dating from 1632": a year before 1700
    start, qualifier = _qualifier(g, m, low)
    if qualifier is Qualifier.EXACT and start > 0 and text[start - 1] in _SYMBOLS and (start == 1 or not text[start - 2].isalnum()):
        start -= 1  # "~800", ">800", "<800", "≥800" (not a tag's end: "<td>45")
        qualifier = _SYMBOLS[text[start]]
    if unit in _HYPHEN_SCALES:  # "three-thousand": a figure, not a unit
        value, high, unit = value * _HYPHEN_SCALES[unit], None if high is None else high * _HYPHEN_SCALES[unit], None
        plus = _PLUS_AFTER.match(low, m.end()) if qualifier is Qualifier.EXACT else None
        if plus:  # "eight-hundred-plus"
            qualifier, end = Qualifier.AT_LEAST, end + len(plus.group())
    elif unit in _ROUGHLY and qualifier is Qualifier.EXACT:  # "forty-odd", "forty-some"
        qualifier, unit = Qualifier.ABOUT, None
    cents = _cents_after(g, low, end) if high is None and value == int(value) and value < CENTS_BELOW else None
    if cents is not None:  # "one pound fifty": £1.50
        value, end = value + Decimal(cents[0]) / 100, cents[1]
    return NumberMention(
        start, end, text[start:end], float(value), qualifier, _kind(g), unit,
        None if high is None else float(high), year_like and qualifier in _YEAR_QUALIFIERS, _currency(g, m, text),
    )  # fmt: skip


# A sum read aloud in two parts: "one pound fifty", "two dollars twenty-five", "a euro 20" (not "... fifty years").
_CENTS_AFTER = re.compile(
    rb"[ \t]+([a-z]+(?:-[a-z]+)?|\d{1,2})(?:[ \t]+(?:p|pence|cents?))?(?![\w%])"
    rb"(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:for|a|an|per|each|and|or|to|in|on|at|with|but|is|was|if|when)\b)"
)  # (what follows is the clause's end or a small word: not "349 euros one way", "ten pounds fifty years ago")
_WHOLE_UNITS = frozenset(("pound", "dollar", "euro"))
CENTS_BELOW = 1000  # sums read aloud with their hundredths are small ("one pound fifty", not "two million pounds fifty")


def _cents_after(g: Groups, low: bytes, end: int) -> tuple[int, int] | None:
    """The hundredths read aloud after a sum in pounds, dollars or euros, and where they end ("one pound
    fifty"), or ``None``."""
    word = g[_CW]
    if not word or word.decode("latin-1").split()[-1].rstrip("s") not in _WHOLE_UNITS:
        return None
    after = _CENTS_AFTER.match(low, end + 1)  # (byte i is character i - 1)
    if after is None:
        return None
    figure = after.group(1).decode("latin-1")
    cents = int(figure) if figure.isdigit() else parse_number_words(figure)
    if not isinstance(cents, int) or not 1 < cents < 100:
        return None
    return cents, after.end() - 1


# What a currency sign, code or word says: an ISO 4217 code, or "$" / "¥" (several currencies use them).
_CURRENCIES = {
    "us$": "USD", "hk$": "HKD", "a$": "AUD", "c$": "CAD", "s$": "SGD", "$": "$", "\xa3": "GBP", "\xa5": "¥",
    "\u20ac": "EUR", "\u20b9": "INR", "\u20a9": "KRW", "\u20bd": "RUB",
    "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "renminbi": "CNY", "usd": "USD", "eur": "EUR", "euro": "EUR",
    "gbp": "GBP", "pound": "GBP", "jpy": "JPY", "yen": "JPY", "dollar": "$",
    "kronor": "SEK", "krona": "SEK", "crown": "SEK", "franc": "CHF", "rupee": "INR",
    **{code: code.upper() for code in _ISO_CODES if code != "rmb"},
}  # fmt: skip


def currency_code(sign: str) -> str | None:
    """The currency a sign or code names ("€": "EUR", "USD": "USD", "$": "$"), if it names one."""
    return _CURRENCIES.get(sign.strip().lower())


def _currency(g: Groups, m: re.Match[bytes], text: str) -> str | None:
    """The currency a money figure names, if it names one."""
    for index in (_C1, _C2):
        sign = g[index]
        if sign:
            key = sign.decode("latin-1").strip()
            if key in ("?", "\x01"):  # a sign outside Latin-1: read it in the text
                key = text[m.start(index + 1) - 1]
            return _CURRENCIES.get(key)
    word = g[_CW]
    if word:
        words = word.decode("latin-1").split()
        if words[-1].rstrip("s") == "dollar" and words[0] in ("us", "u.s."):
            return "USD"
        return _CURRENCIES.get(words[-1].rstrip("s") if words[-1] not in ("renminbi", "yuan") else words[-1])
    return None


_LASTING = re.compile(rb"(?<![a-z])(?:last|lasts|lasted|lasting|span|spans|spanned|spanning|(?:ran|run|runs|running)\s+for)\s+$")


def _one_unit(g: Groups, m: re.Match[bytes], low: bytes, text: str, start: int, end: int) -> NumberMention | None:
    """One unit of time: "a fortnight", "week-long", "day-long"; "a week" and "a day" (or "a full week",
    "a whole day") only as what something lasts ("lasted a week"; not "a week after", "twice a day")."""
    words = g[_FN] or b""
    if words[:1] == b"a":  # "a fortnight", "a (whole) week", "a day" (the -long forms start with their unit)
        unit = words.split()[-1].decode()
        if unit != "fortnight" and not _LASTING.search(low, max(0, m.start() - 10), m.start() + 1):
            return None
    else:
        unit = words[:-4].rstrip(b"-").decode()
    start, qualifier = _qualifier(g, m, low)
    return NumberMention(start, end, text[start:end], 1.0, qualifier, unit=unit)


def _valid_unicode(g: Groups, m: re.Match[bytes], text: str) -> bool:
    """Check the characters that the encoding turned into ``?``."""
    if m.group(0)[0] == 0x3F and text[m.start() - 1] not in UNICODE_LEADS:
        return False
    for index, allowed in ((_C1, _CURRENCY_SIGNS), (_C2, _CURRENCY_SIGNS), (_CONJ, DASHES), (_PCT, SPACES)):
        part = g[index]
        if part and b"?" in part and text[m.start(index + 1) - 1 + part.index(b"?")] not in allowed:
            return False
    return True


def _ordinal(g: Groups, text: str, start: int, end: int) -> NumberMention | None:
    """An ordinal mention ("13th", "third", "twenty-first")."""
    digits, words = g[_OD], g[_OW]
    if digits:
        value: int | None = int(digits)
    else:
        assert words is not None  # the caller matched one of the two groups
        value = parse_ordinal_words(words.decode())
    if value is None:
        return None
    return NumberMention(start, end, text[start:end], float(value), kind=NumberKind.ORDINAL)


def _is_pronoun_one(g: Groups, m: re.Match[bytes], low: bytes) -> bool:
    """Whether a bare "one" is a pronoun: "one of", "one another", "no one"."""
    if g[_RNG] or g[_UNIT] or g[_PCT]:
        return False
    lead = m.start()
    return bool(_ONE_OF.match(low, m.end()) or _NO_BEFORE.search(low, max(0, lead - 4), lead + 1))


def _values(g: Groups) -> tuple[Amount, Amount | None, bool] | None:
    """Low and high ends of a match and whether it may be a year; ``None`` if invalid."""
    value = _value(g, "1")
    high = _value(g, "2") if g[_RNG] else None
    if value is None or (g[_RNG] and high is None):
        return None
    if high is not None and _unlike_ends(g):
        return None  # "paid out about £2.1m to 5,300 claimants", "grew by about 38,000 to 7.42 million": no range
    if high is not None:
        value, high = _share_scale(g, value, high)
    year_like = (d1 := g[_D1]) is not None and len(d1) == 4 and _year_like(g, value, high)
    if year_like and high is not None and high < 100:
        high += value // 100 * 100  # "2024-25"
    elif high is not None and high <= value:
        return None  # a score ("3-2"), not a range
    return value, high, year_like


_VULGAR = {0xBC: Decimal("0.25"), 0xBD: Decimal("0.5"), 0xBE: Decimal("0.75")}  # the bytes of ¼, ½, ¾


def _value(g: Groups, i: str) -> Amount | None:
    """The value of figure ``i`` ("1" or "2") of a match, scale included."""
    _, digit_index, scale_index, words_index = _FIGURES[i]
    words = g[words_index]
    if words is not None:
        return parse_number_words(words.decode())
    digits = g[digit_index]
    assert digits is not None  # a figure is digits or words
    digits = digits.replace(b",", b"").replace(b" ", b"")
    if digits.count(b".") > 1 or digits.endswith(b".000"):
        digits = digits.replace(b".", b"")  # thousands grouped by dots (see _DIGITS)
    if digits[-1] in _VULGAR:  # "2\xbd": 2.5
        value: Amount = int(digits[:-1]) + _VULGAR[digits[-1]]
    else:
        value = Decimal(digits.decode()) if b"." in digits else int(digits)
    scale = g[scale_index]
    if scale is None:
        return value
    scale = scale.strip()
    if scale in _MONEY_ONLY_SCALES and not (g[_C1] or g[_C2] or g[_CW]):
        return None  # "5m", "100b": a measure or a code, not a figure
    return value * _MULTIPLIERS[scale]


def _unlike_ends(g: Groups) -> bool:
    """Whether one end of a range has a scale word and the other thousands of its own ("£2.1m to 5,300"): two figures."""
    if (g[_S1] is None) == (g[_S2] is None):
        return False
    unscaled = g[_D1] if g[_S1] is None else g[_D2]
    return unscaled is not None and b"," in unscaled


def _share_scale(g: Groups, low: Amount, high: Amount) -> tuple[Amount, Amount]:
    """Apply a range's single scale word to both ends: "2-3 billion"."""
    if g[_D1] is None or g[_D2] is None:
        return low, high
    scale1, scale2 = g[_S1], g[_S2]
    if scale1 is None and scale2 is not None:
        low *= _MULTIPLIERS[scale2.strip()]
    elif scale2 is None and scale1 is not None:
        high *= _MULTIPLIERS[scale1.strip()]
    return low, high


def _bare(g: Groups) -> bool:
    """Whether a match is a bare figure: no sign, currency, percent, scale word, unit or "+"."""
    return not (g[_S1] or g[_C1] or g[_PCT] or g[_CW] or g[_UNIT] or g[_GLUED] or g[_PLUS])


def _year_like(g: Groups, value: Amount, high: Amount | None) -> bool:
    """A bare 1700-2099 integer (or range of them): "2025", "2024-25"."""
    if not _bare(g):
        return False
    if not _PLAIN_YEAR.fullmatch(g[_D1] or b""):
        return False
    if high is None:
        return True
    digits, conj = g[_D2] or b"", g[_CONJ]
    assert conj is not None  # a range (``high``) always has its conjunction
    if len(digits) == 2 and conj.strip() in (b"-", b"?"):
        return high > value % 100
    return bool(_PLAIN_YEAR.fullmatch(digits)) and high > value and not g[_S2]


# The words after which a bare figure from 1000 to 1699 is a year: "cast in 1623", "dating from 1632", "c. 1450".
_OLD_YEAR_BEFORE = re.compile(rb"(?:\b(?:in|from|since|until|till|of|circa|around|about|before|after|dated)|\bc\.)[ \t]+\Z")


def _old_year(g: Groups, m: re.Match[bytes], low: bytes) -> bool:
    """Whether a four-figure integer from 1000 to 1699 is a year by the word before it ("cast in 1623";
    not "in 1500 homes", which has a noun after it)."""
    d1 = g[_D1]
    if d1 is None or len(d1) != 4 or not _bare(g):
        return False
    if _OLD_YEAR_BEFORE.search(low, max(0, m.start() - 12), m.start() + 1) is None:
        return False
    return re.match(rb"[ \t]+[a-z]", low[m.end() :  m.end() + 3]) is None or low.startswith((b" and ", b" or ", b" to ", b" in ", b" when ", b" by "), m.end())


def _qualifier(g: Groups, m: re.Match[bytes], low: bytes) -> tuple[int, Qualifier]:
    """Start offset (in ``text``) and qualifier of a match."""
    lead = m.start()
    if g[_BTW] is not None or g[_FRM] is not None:
        return lead - (8 if g[_BTW] is not None else 5), Qualifier.EXACT
    if g[_PLUS]:
        return lead, Qualifier.AT_LEAST
    if low.startswith(b" every ", lead - 6):
        return _qualifier_before_every(lead, low)
    space = low.rfind(b" ", max(0, lead - 16), lead)
    if space < lead - 1 and low[space + 1 : lead] not in _QUALIFIER_LAST_WORDS:
        return lead, Qualifier.EXACT  # cheap exit: the word before is no qualifier's last
    before = _QUALIFIER_BEFORE.search(low, max(0, lead - 24), lead + 1)
    if before is None:
        return lead, Qualifier.EXACT
    phrase = " ".join(before.group(1).decode().split())
    if phrase == "over" and (g[_FN] or _TIME_UNIT.match(low, m.end())) and not _LENGTH_VERB.search(low, max(0, before.start() - 12), before.start()):
        return lead, Qualifier.EXACT  # "over three days": during, not more than (but "took over 90 seconds", "for over a week")
    if phrase == "over" and _RUN_OVER.search(low, max(0, before.start() - 12), before.start()):
        return lead, Qualifier.EXACT  # "The race was run over 66 laps": across; "handed over 14 Velmorans": a phrasal verb
    if phrase == "over" and _after_a_measure(low, before.start()):
        return lead, Qualifier.EXACT  # "rises 58 metres over 2.4km": across, after a measure
    if phrase == "up to" and (
        _UP_TO_VERB.search(low, max(0, before.start() - 12), before.start())
        or _UP_TO_OBJECT.search(low, max(0, before.start() - 48), before.start())
    ):  # "the stages added up to 1,412 km", "growth picked up to 4.6%", "push the pension age up to 67": a sum or a
        return lead, Qualifier.EXACT  # rise, not a ceiling
    return before.start() - 1, QUALIFIERS[phrase]


def _qualifier_before_every(lead: int, low: bytes) -> tuple[int, Qualifier]:
    """An "about" before "every" ("roughly every 30 days") is the figure's ("every" stays out of the
    mention); a bound is not, since it bounds how often, not the interval ("at least every 3 years")."""
    before = _QUALIFIER_BEFORE.search(low, max(0, lead - 30), lead - 5)
    qualifier = QUALIFIERS[" ".join(before.group(1).decode().split())] if before else Qualifier.EXACT
    return lead, qualifier if qualifier is Qualifier.ABOUT else Qualifier.EXACT


_LENGTH_VERB = re.compile(rb"\b(?:took|takes|take|taking|lasted|lasts|last|lasting|for|spent|spend|spends|needed|needs|required|requires|after)\s+$")
_SYMBOLS = {
    "~": Qualifier.ABOUT, "\u2248": Qualifier.ABOUT, ">": Qualifier.OVER, "<": Qualifier.UNDER,
    "\u2265": Qualifier.AT_LEAST, "\u2264": Qualifier.AT_MOST,
}  # fmt: skip  (a sign glued to its figure: "> 800" may be a quoted line in an e-mail)
_RUN_OVER = re.compile(rb"\b(?:run|runs|ran|raced|contested|spread|hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing)\s+$")
# A verb whose "up to" gives a sum or a new level, not a ceiling ("can go up to" and "scale up to" are ceilings).
# A figure with a word right before "over": "58 metres over 2.4km" (see _after_a_measure).
_MEASURE_BEFORE = re.compile(rb"\d\s*([a-z]{1,12})\s+$")


def _after_a_measure(low: bytes, at: int) -> bool:
    """Whether a figure and its unit of measure stand right before ``at`` (an "over"): "rises 58 metres over 2.4km",
    where "over" is across, not more than (not "WAIC 2025 showcased over 60 robots")."""
    found = _MEASURE_BEFORE.search(low, max(0, at - 20), at)
    return found is not None and unit_key(found.group(1).decode()) in SCALES
_UP_TO_VERB = re.compile(
    rb"\b(?:adds?|added|adding|picked|picks|ticked|ticks|inched|inches|edged|edges|crept|creeps|moved|moves"
    rb"|went|gone|jumped|jumps|shot|ramped|stepped|bumped|pushed|revised|rounded|climbed|trended|nudged)\s+$"
)
# A verb of raising, its object and "up to": "push the pension age up to 67", "brought the total up to 900".
_UP_TO_OBJECT = re.compile(
    rb"\b(?:push|pushes|pushed|pushing|bring|brings|brought|bringing|raise|raises|raised|raising|lift|lifts|lifted|lifting"
    rb"|take|takes|took|taking)\s+(?:the|its|their|this|that|our|his|her)\s+(?:[a-z'-]+\s+){1,3}$"
)


def _kind(g: Groups) -> NumberKind:
    """Percent, money or (by default) count."""
    if g[_PCT]:
        return NumberKind.PERCENT
    if g[_C1] or g[_C2] or g[_CW]:
        return NumberKind.MONEY
    return NumberKind.COUNT


def _year_before_code(g: Groups) -> bool:
    """Whether a currency code follows a plain year: "2025 EUR prices", "Revenue 2025 (EUR bn)"."""
    code, digits = g[_CW], g[_D1]
    if code is None or digits is None or g[_C1] or g[_S1] or g[_RNG]:
        return False
    return code.strip().decode("latin-1") in _ISO_CODES and _PLAIN_YEAR.fullmatch(digits) is not None


def _singular(unit: bytes) -> str:
    """``b"days"`` -> ``"day"``, ``b"centuries"`` -> ``"century"``; fractions kept plural."""
    word = unit.decode()
    if len(word) < 4 or word.endswith("ss") or word in FRACTIONS:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word
