"""Typed, frozen data classes shared by every stage of the pipeline.

The data flow is ``claims`` -> ``documents`` -> ``extract`` -> ``match`` ->
``judge`` -> ``reports``; each stage passes these objects to the next.
Offsets are 0-based character offsets into a document's analysed text;
lines and columns are 1-based and are computed once, by the document.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar

_T = TypeVar("_T")


def _pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle a frozen dataclass as its constructor's arguments.

    Results travel from worker processes to the parent for every document;
    the default for slotted dataclasses (``__setstate__`` over ``fields()``)
    takes about twice as long both ways.
    """
    values = attrgetter(*(f.name for f in fields(cls)))  # type: ignore[arg-type]

    def __reduce__(self: Any) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


class Severity(str, enum.Enum):
    """How serious a finding is; ordered so that ``ERROR`` ranks highest."""

    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Numeric rank for ``--fail-on`` comparisons."""
        return 1 if self is Severity.WARNING else 2


class Verdict(str, enum.Enum):
    """What a document's statement of a claim amounts to."""

    CONSISTENT = "consistent"
    DIFFERS = "differs"
    CONTRADICTS = "contradicts"


class Qualifier(str, enum.Enum):
    """How a figure is qualified ("over 800", "nearly 800", "800")."""

    EXACT = "exact"  # a bare figure, which may be rounded
    OVER = "over"  # over, more than, above, exceeding
    AT_LEAST = "at least"  # at least, 800+, 800-plus, no fewer than
    ABOUT = "about"  # about, around, roughly, some, approximately
    NEARLY = "nearly"  # nearly, almost, close to, just under
    UNDER = "under"  # under, fewer than, less than, below
    AT_MOST = "at most"  # at most, up to, no more than
    EXACTLY = "exactly"  # exactly, precisely: the figure itself, no rounding (never in a claims file)


class NumberKind(str, enum.Enum):
    """What sort of figure a number is; only like kinds are compared."""

    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    ORDINAL = "ordinal"
    YEAR = "year"


# ---------------------------------------------------------------- claim values


@dataclass(frozen=True, slots=True)
class NumberValue:
    """A canonical figure: ``amount`` (or ``amount``..``high``) with a qualifier.

    ``unit`` is the measure a hyphenated or following word names ("day" in
    "three-day", "point" in "13-point"); it is ``None`` when the subject itself
    is what is counted ("800 companies").
    """

    amount: float
    qualifier: Qualifier = Qualifier.EXACT
    unit: str | None = None
    kind: NumberKind = NumberKind.COUNT
    high: float | None = None
    currency: str | None = None  # money: an ISO 4217 code, or "$" / "¥" when the text does not say which
    tolerance: float = 0.0  # a figure restated from another unit: the rounding it may be off by
    written: str | None = None  # ... and the figure as written, in its own unit ("6.2 mi")


@dataclass(frozen=True, slots=True)
class TextValue:
    """A canonical text or name with accepted aliases and known wrong variants.

    ``kind`` tells the matcher where else a rival value may stand: ``name``
    (a capitalised name right after a title, "Premier Li Qiang", or before it
    in apposition, "Li Qiang, China's premier"), ``place``
    (after "in"/"at": "headquartered in Geneva"), ``quote`` (a quoted title:
    a theme or slogan) or ``text`` (only the listed variants).
    """

    text: str
    aliases: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    kind: str = "text"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date that may lack its year, or be only a year."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """``2025-07-26``, ``2025-07`` or ``2025``; without a year, ``July 26`` or ``July``."""
        if self.year is None:
            if self.month is None:
                return "?"
            month = _MONTHS[self.month - 1]
            return month if self.day is None else f"{month} {self.day}"
        if self.month is None:
            return f"{self.year:04d}"
        text = f"{self.year:04d}-{self.month:02d}"
        return text if self.day is None else f"{text}-{self.day:02d}"


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A canonical date, or date range when ``end`` is set."""

    start: PartialDate
    end: PartialDate | None = None


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Month and weekday names as the tokeniser normalises them ("january", "monday"), months with their numbers.
MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(_MONTHS, 1)}
MONTH_WORDS = frozenset(MONTH_NUMBERS)
WEEKDAY_WORDS = frozenset(name.lower() for name in WEEKDAYS)


@dataclass(frozen=True, slots=True)
class WeekdayValue:
    """A canonical weekday (0 = Monday), optionally with the date it names."""

    weekday: int
    date: PartialDate | None = None


ClaimValue = NumberValue | TextValue | DateValue | WeekdayValue


@dataclass(frozen=True, slots=True)
class Context:
    """Words that must (``require``: any one) or must not (``exclude``) be near."""

    require: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """One canonical fact from ``claims.yaml``."""

    id: str
    statement: str
    subject: tuple[str, ...]
    value: ClaimValue
    context: Context = Context()
    severity: Severity = Severity.ERROR
    sources: tuple[str, ...] = ()
    notes: str = ""
    line: int = 0  # where the claim starts in its claims file (1-based; 0 = unknown)


# ------------------------------------------------------------ document mentions


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A figure found in text: "over 800", "three-day", "30%", "$2 billion".

    ``start``/``end`` cover the qualifier, the figure and any attached unit.
    ``unit`` is the word joined to the figure by a hyphen ("day" in
    "three-day"), a known unit glued to it ("gb" in "5GB") or "fortnight"
    in "a fortnight", if any. ``maybe_year`` marks a bare 1700-2099 integer,
    which counts as a count only when its subject follows at once and it is
    a round hundred ("2000 robots"; "the 2024 robots roundup" is a year).
    """

    start: int
    end: int
    text: str
    value: float
    qualifier: Qualifier = Qualifier.EXACT
    kind: NumberKind = NumberKind.COUNT
    unit: str | None = None
    high: float | None = None
    maybe_year: bool = False
    currency: str | None = None  # money: an ISO 4217 code, or "$" / "¥" when the text does not say which


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or date range found in text ("July 26", "26-28 July 2025")."""

    start: int
    end: int
    text: str
    first: PartialDate
    last: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class WeekdayMention:
    """A weekday name found in text."""

    start: int
    end: int
    text: str
    weekday: int


@dataclass(frozen=True, slots=True)
class TextMention:
    """A name, place or quoted title found near a text claim's subject."""

    start: int
    end: int
    text: str


Found = NumberMention | DateMention | WeekdayMention | TextMention


# -------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True, order=True)
class Position:
    """A 1-based line and column (columns count Unicode code points)."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A statement of a claim in a document, with the verdict on it."""

    claim_id: str
    verdict: Verdict
    start: int
    end: int
    found: str  # the stated value, normalised for display ("over 50")
    expected: str  # the canonical value for display ("over 30")
    reason: str  # why the verdict, in one clause


@_pickled_by_fields
@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """A place where a document disagrees with a claim.

    Findings sort and compare by path, position and claim.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    claim: str
    verdict: Verdict = field(compare=False)
    severity: Severity = field(compare=False)
    expected: str = field(compare=False)
    found: str = field(compare=False)
    message: str = field(compare=False)
    excerpt: str = field(compare=False)
    excerpt_start: int = field(default=0, compare=False)  # offset of the value in excerpt
    excerpt_end: int = field(default=0, compare=False)


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Coverage:
    """What one document says about one claim: its mentions' worst verdict."""

    claim: str
    verdict: Verdict | None  # None: not mentioned
    found: tuple[str, ...] = ()


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Suppression:
    """An inline suppression comment, and the lines of its document it covers.

    ``action`` is ``ignore``, ``disable`` or ``enable`` (anything else is a
    misspelt directive, kept only to be warned about); ``claims`` are the claim
    ids it names (``all`` stands for every claim). It silences a finding of one
    of those claims whose line is in ``first``..``last`` (1-based, inclusive;
    ``0``..``0`` covers nothing, as for ``enable``).
    """

    line: int
    action: str
    claims: tuple[str, ...]
    first: int = 0
    last: int = 0
    reason: str = ""


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class DocumentResult:
    """Everything the engine found in one document, and its inline suppressions."""

    path: str
    findings: tuple[Finding, ...]
    coverage: tuple[Coverage, ...]
    suppressions: tuple[Suppression, ...] = field(default=(), repr=False, compare=False)
