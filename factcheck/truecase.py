"""Text written in capitals, given back its likely case before matching.

Broadcast scripts, cables, weather advisories, headlines and shouted posts write
whole sentences in capitals ("VICE FOREIGN MINISTER SUN WEIDONG SAID THE BODY
WOULD BE HEADQUARTERED IN BEIJING"). The rules read names, places and titles by
their capitals, so such text would state nothing. :class:`Truecaser` rewrites
each run of four capitalised words or more (with no lowercase letter) as
ordinary text, keeping every offset:

* an acronym spelt out for reading aloud is written whole ("A-I" becomes "AI ");
* a word that the claims or the rest of the document write with capitals keeps
  them ("Beijing", "WAIC");
* so do months and weekdays (short forms and "May" and "March" only beside a
  figure), acronyms ("AI", "BBC", "A.M.") and up to two words of a name after a
  title ("Sun Weidong"), and a sentence's first word keeps its first capital;
* every other word is lower-cased.

Reports still quote the source as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .entities import HONORIFICS
from .extract.dates import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS

__all__ = ["Truecaser"]

# Four words of capitals or more in a row, with no lowercase letter between them, found in the text's
# letter classes (see _classes): a pattern that opens with a literal is searched for at C speed.
_RUN = re.compile(rb"AA(?:A*)(?:[^aA\n]{1,6}A+){3,}")
_CLASSES = bytes(
    ord("A") if chr(b).isascii() and chr(b).isupper() else ord("a") if chr(b).isascii() and chr(b).islower() else b if b == 10 else 32
    for b in range(256)
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_SPELLED = re.compile(r"\b[A-Z](?:-[A-Z]){1,4}\b(?!-)")  # "A-I", "C-E-O", spelt out for reading aloud
_SENTENCE_END = re.compile(r"(?:^|[.!?:;]|\n)[\s\"'“‘(\[]*$")
_VOWEL = re.compile("[AEIOUY]")

_CALENDAR = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS) if len(w) > 3) - {"march"}
# Short forms, and "May" and "March", are a date's only beside a figure: "MAY 5", "SUN 27 JUL".
_CALENDAR_NEAR_DIGIT = frozenset(w.lower() for w in (*MONTHS, *WEEKDAY_ABBREVIATIONS)) - _CALENDAR | {"march"}
_ACRONYMS = frozenset("ai un us usa uk eu ceo cfo cto coo gdp tv nato imf wto ngo hq pm vip faq ev".split())
_TITLES = frozenset(
    "premier minister president chancellor secretary governor mayor senator ambassador envoy director chairman "
    "chairwoman chair ceo founder king queen prince princess general commissioner judge professor spokesperson "
    "spokesman spokeswoman".split()
) | HONORIFICS
# Words that end a name guessed after a title, and that no document's other text can make a name.
_COMMON = frozenset(
    "the a an and or but of at in on to for with from by as that this these those it its who whose which not no "
    "said says told tells spoke speaks added proposed announced gave made was is are were has had have will would "
    "urged called opened met warned unveiled visited addressed launched led chaired praised noted also be been being "
    "ahead after before during proposes urges calls warns adds signs announces unveils visits meets opens leads "
    "chairs praises notes wants plans hopes expects argues insists welcomes backs rejects pledges vows arrives gets "
    "gives makes takes".split()
)
NAME_WORDS = 2  # words after a title read as a name: "VICE FOREIGN MINISTER SUN WEIDONG"


def _lower(word: str) -> str:
    """``word`` lower-cased letter by letter, keeping its length (not "İ", which lower-cases to two)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def _capital(word: str) -> str:
    return word[:1] + _lower(word[1:])


class Truecaser:
    """Gives runs of capitals back their likely case, knowing the claims' own capitals."""

    def __init__(self, phrases: Iterable[str]) -> None:
        """``phrases``: the claims' words as written (values, aliases, subjects, context terms)."""
        cased: dict[str, str] = {}
        lower: set[str] = set()
        for phrase in phrases:
            for word in _WORD.findall(phrase):
                if word.islower():
                    lower.add(word)
                elif len(word) > 1:
                    cased.setdefault(word.lower(), word)
        self._known = {k: v for k, v in cased.items() if k not in lower}

    def __call__(self, text: str, spans: Sequence[tuple[int, int]] | None = None, keep: Sequence[bool] | None = None) -> str:
        """``text`` with each run of capitals re-cased (only within ``spans``, if given, and of those only
        the ones ``keep`` marks, if given); the same object when there is none."""
        classes = _classes(text)
        if _RUN.search(classes) is None:
            return text  # (one scan of the whole text: most have no run at all)
        if spans is None:
            runs = [m.span() for m in _RUN.finditer(classes)]
        else:
            kept = spans if keep is None else [span for span, wanted in zip(spans, keep) if wanted]
            runs = [m.span() for a, b in kept for m in _RUN.finditer(classes, a, b)]
        if not runs:
            return text
        page = _Page(text, runs, self._known)
        pieces: list[str] = []
        done = 0
        for start, end in runs:
            pieces += [text[done:start], page.recase(start, end)]
            done = end
        pieces.append(text[done:])
        return "".join(pieces)


class _Page:
    """One text's runs of capitals, and what its other text says of case (looked up once per word)."""

    def __init__(self, text: str, runs: list[tuple[int, int]], known: dict[str, str]) -> None:
        self.text = text
        self.runs = runs
        self.known = known
        self._seen: dict[str, str | None] = {}

    def recase(self, start: int, end: int) -> str:
        """The run ``start``..``end`` in its likely case."""
        run = _SPELLED.sub(_acronym, self.text[start:end])
        out = list(run)
        after_title = 0
        words = list(_WORD.finditer(run))
        for k, m in enumerate(words):
            low = m.group().lower()
            new = self._word(run, m, low, start, after_title, words, k)
            out[m.start() : m.end()] = new
            if low in _TITLES:
                after_title = NAME_WORDS
            elif low in self.known or not new[:1].isupper():
                after_title = 0  # a known name ends the guess: "PREMIER LI PROPOSES" is "Premier Li proposes"
            else:
                after_title = max(0, after_title - 1)
        return "".join(out)

    def _word(self, run: str, m: re.Match[str], low: str, start: int, after_title: int, words: list[re.Match[str]], k: int) -> str:
        word = m.group()
        cased = self.known.get(low) or self._written(word, low)
        if cased:
            return cased
        if low in _CALENDAR or (low in _CALENDAR_NEAR_DIGIT and _by_a_digit(self.text, start + m.start(), start + m.end())):
            return _capital(word)
        if low in _ACRONYMS or (len(word) > 1 and not _VOWEL.search(word)) or _dotted_letter(run, m):
            return word  # "AI", "BBC", "A.M."
        if after_title and low not in _COMMON and not low.endswith(("ed", "ing")):
            return _capital(word)  # "SUN WEIDONG" after "MINISTER"
        if k == 0 and _SENTENCE_END.search(self.text, max(0, start - 8), start) or k and _SENTENCE_END.search(run, max(0, m.start() - 8), m.start()):
            return _capital(word)
        if low in _TITLES and k + 1 < len(words) and words[k + 1].group().lower() not in _COMMON:
            return _capital(word)  # "Premier" before a name
        return _lower(word)

    def _written(self, word: str, low: str) -> str | None:
        """How the text outside the runs writes ``word``: capitalised inside a sentence ("Weidong") or in
        capitals in a line of mixed case ("WAIC"), and never in lower case; None if it does not say."""
        if low in self._seen:
            return self._seen[low]
        found = None
        if len(word) > 1 and low not in _COMMON and not self._outside(low, lambda i: True):
            title = low.capitalize()
            if self._outside(title, self._inside_sentence):
                found = title
            elif self._outside(word, self._in_mixed_line):
                found = word
        self._seen[low] = found
        return found

    def _outside(self, form: str, test: Callable[[int], bool]) -> bool:
        """Whether ``form`` stands as a whole word outside the runs somewhere that ``test(offset)`` accepts."""
        text, i = self.text, self.text.find(form)
        while i >= 0:
            j = i + len(form)
            if not (text[i - 1 : i].isalpha() or text[j : j + 1].isalpha()) and not any(a <= i < b for a, b in self.runs) and test(i):
                return True
            i = text.find(form, j)
        return False

    def _inside_sentence(self, i: int) -> bool:
        return _SENTENCE_END.search(self.text, max(0, i - 8), i) is None

    def _in_mixed_line(self, i: int) -> bool:
        line = self.text[self.text.rfind("\n", 0, i) + 1 : self.text.find("\n", i) % (len(self.text) + 1)]
        return any(c.islower() for c in line)


def _classes(text: str) -> bytes:
    """``text`` as one byte per character: "A" for an ASCII capital, "a" for a small letter, a line
    break kept, a space for anything else (an apostrophe ends a word: "CHINA'S" is two)."""
    return text.encode("latin-1", "replace").translate(_CLASSES)


def _acronym(m: re.Match[str]) -> str:
    """A spelt-out acronym written whole, padded to keep offsets: "A-I" -> "AI ", "C-E-O" -> "CEO  "."""
    letters = m.group().replace("-", "")
    return letters + " " * (len(m.group()) - len(letters))


def _by_a_digit(text: str, start: int, end: int) -> bool:
    """Whether a digit stands within two characters of a word: "MAY 5", "5 MARCH"."""
    return any(c.isdigit() for c in text[max(0, start - 3) : start] + text[end : end + 3])


def _dotted_letter(text: str, m: re.Match[str]) -> bool:
    """Whether a one-letter word is spelt out with points: "A.M.", "U.S."."""
    if len(m.group()) != 1:
        return False
    after, before = text[m.end() : m.end() + 2], text[max(0, m.start() - 2) : m.start()]
    return (after[:1] == "." and after[1:].isalpha()) or (before[1:] == "." and before[:1].isalpha())
