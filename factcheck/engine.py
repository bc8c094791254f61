"""The engine: documents in, findings and coverage out. It never prints."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from .claims import format_value
from .documents import Document
from .extract import extract
from .index import ClaimIndex, CompiledClaim
from .judge import judge
from .markup import Cell
from .match import Match, Matcher
from .match.words import _convert, _number
from .model import (
    Claim,
    Coverage,
    DateMention,
    DateValue,
    DocumentResult,
    Finding,
    NumberMention,
    NumberValue,
    Severity,
    TextValue,
    Verdict,
    WeekdayValue,
)
from .text import tokenize
from .truecase import Truecaser

EXCERPT_WIDTH = 240
_RANK = {Verdict.CONSISTENT: 0, Verdict.DIFFERS: 1, Verdict.CONTRADICTS: 2}


@dataclass(frozen=True, slots=True)
class Statement:
    """A judged statement of a claim: where it is and what the verdict is."""

    match: Match
    verdict: Verdict
    reason: str
    found: str
    expected: str


class Engine:
    """Claims compiled once, then applied to any number of documents."""

    def __init__(self, claims: Iterable[Claim], severities: Mapping[str, Severity] | None = None) -> None:
        self.claims: tuple[Claim, ...] = tuple(claims)
        self.severities = dict(severities or {})
        self.matcher = Matcher(ClaimIndex(self.claims))
        self._expected = {c.id: format_value(c.value) for c in self.claims}  # display form, once
        self._truecase = Truecaser(_claim_phrases(self.claims))

    def statements(self, document: Document) -> Iterator[Statement]:
        """Each statement of a claim in ``document``, judged.

        A weekday and a date that name one day together ("Friday, July 25",
        "26 July (Saturday)") are one statement, with the worse verdict of the two.
        """
        source = document.text
        matches = self.matcher.matches(source, document.blocks, document.cells, document.leads, recase=self._truecase)
        text = self.matcher.read  # runs of capitals re-cased: "HEADQUARTERED IN BEIJING"
        if text is not source:
            document = replace(document, text=text)
        judged: list[Statement] = []
        for match in matches:
            expected = match.claim.claim.value
            if match.edge and isinstance(expected, DateValue) and expected.end is not None:
                edge = expected.start if match.edge == "start" else expected.end
                verdict, reason = judge(DateValue(edge), match.found)
                reason = f"the canonical {'first' if match.edge == 'start' else 'last'} day is {edge.iso()}"
            else:
                verdict, reason = judge(expected, match.found)
            found = format_value(match.found)
            if text is not source and isinstance(match.found, TextValue) and source[match.start : match.end].lower() == found.lower():
                found = source[match.start : match.end]  # as written: "BEIJING"
            judged.append(Statement(match, verdict, reason, found, self._expected[match.claim.claim.id]))
        if len(judged) > 1:
            judged = _without_superseded_quotes(_day_statements(judged, document.text), document.text)
            judged = _without_other_rows(judged, document.cells, document.text) if document.cells else judged
        return iter(_without_corrected_reports(judged, document.text, document.blocks) if judged else judged)

    def check(self, document: Document) -> Iterator[Finding]:
        """The findings in ``document``: statements that differ or contradict."""
        for statement in self.statements(document):
            if statement.verdict is not Verdict.CONSISTENT:
                yield self._finding(document, statement)

    def scan(self, document: Document) -> DocumentResult:
        """Findings and per-claim coverage for one document."""
        statements = list(self.statements(document))
        findings = tuple(
            sorted(self._finding(document, s) for s in statements if s.verdict is not Verdict.CONSISTENT)
        )
        return DocumentResult(document.path, findings, self._coverage(statements), document.suppressions)

    def severity(self, claim: Claim, verdict: Verdict) -> Severity:
        """A contradiction has the claim's severity; a difference is at most a warning."""
        severity = self.severities.get(claim.id, claim.severity)
        return Severity.WARNING if verdict is Verdict.DIFFERS else severity

    def _coverage(self, statements: list[Statement]) -> tuple[Coverage, ...]:
        """What the document says about each claim it mentions (sparse: 500 claims x 20k documents)."""
        by_claim: dict[str, list[Statement]] = {}
        for statement in statements:
            by_claim.setdefault(statement.match.claim.claim.id, []).append(statement)
        coverage = []
        for claim in self.claims:  # in claims-file order; claims not mentioned are left out
            said = by_claim.get(claim.id)
            if said:
                worst = max((s.verdict for s in said), key=_RANK.__getitem__)
                coverage.append(Coverage(claim.id, worst, tuple(dict.fromkeys(s.found for s in said))))
        return tuple(coverage)

    def _finding(self, document: Document, statement: Statement) -> Finding:
        match = statement.match
        claim = match.claim.claim
        line, column = document.position(match.start)
        end_line, end_column = document.position(match.end)
        excerpt, lo, hi = excerpt_around(document.text, match.sentence, match.start, match.end)
        verb = "contradicts" if statement.verdict is Verdict.CONTRADICTS else "differs from"
        message = (
            f'"{statement.found}" {verb} the canonical "{statement.expected}": {statement.reason}'
        )
        return Finding(
            path=document.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            claim=claim.id,
            verdict=statement.verdict,
            severity=self.severity(claim, statement.verdict),
            expected=statement.expected,
            found=statement.found,
            message=message,
            excerpt=excerpt,
            excerpt_start=lo,
            excerpt_end=hi,
        )


def _claim_phrases(claims: Iterable[Claim]) -> Iterator[str]:
    """Every phrase of the claims as written: the words whose capitals a run of capitals gets back."""
    for claim in claims:
        yield from claim.subject
        yield from claim.context.require
        yield from claim.context.exclude
        if isinstance(claim.value, TextValue):
            yield claim.value.text
            yield from claim.value.aliases
            yield from claim.value.wrong


_QUOTED_LINE = re.compile(r"[ \t]*>")  # an e-mail's quoted line: "> The event drew some 600 companies"


def _quoted(text: str, offset: int) -> bool:
    """Whether ``offset`` lies on a line quoted with ">" (as replies quote an earlier message)."""
    return _QUOTED_LINE.match(text, text.rfind("\n", 0, offset) + 1) is not None


def _without_other_rows(statements: list[Statement], cells: Sequence[Cell], text: str) -> list[Statement]:
    """``statements`` less those of a claim in a table column where another row states the claim's own value, each
    value all of its cell: the column's rows are items, one of them the claim's ("| Sell-by range |" over a product a
    row, the first with the recall's whole range, the others with their own; not a column of comments)."""
    column: dict[int, tuple[str, tuple[tuple[int, int], ...]]] = {}  # a statement's start: (claim, its column's headers)
    starts = sorted(cell.start for cell in cells)
    by_start = {cell.start: cell for cell in cells}
    for statement in statements:
        match = statement.match
        k = bisect_right(starts, match.start) - 1
        cell = by_start[starts[k]] if k >= 0 else None
        if cell is not None and cell.heads and cell.label[0] != cell.start and match.end <= cell.end and not (
            text[cell.start : match.start].strip() or text[match.end : cell.end].strip(" \t*_|")
        ):
            column[match.start] = (match.claim.claim.id, cell.heads)
    agreed = {column[s.match.start] for s in statements if s.verdict is Verdict.CONSISTENT and s.match.start in column}
    return [s for s in statements if s.verdict is Verdict.CONSISTENT or column.get(s.match.start) not in agreed]


def _without_superseded_quotes(statements: list[Statement], text: str) -> list[Statement]:
    """``statements`` less the wrong ones on ">"-quoted lines of an e-mail thread whose claim the
    thread's own, unquoted text states rightly: the reply that quotes a draft's "some 600
    companies" and says "the organisers' figure is more than 800" has corrected it."""
    wrong_quoted = [s for s in statements if s.verdict is not Verdict.CONSISTENT and _quoted(text, s.match.start)]
    if not wrong_quoted:
        return statements
    right = {
        s.match.claim.claim.id for s in statements if s.verdict is Verdict.CONSISTENT and not _quoted(text, s.match.start)
    }
    dropped = {id(s) for s in wrong_quoted if s.match.claim.claim.id in right}
    return [s for s in statements if id(s) not in dropped]


def _without_corrected_reports(statements: list[Statement], text: str, blocks: tuple[tuple[int, int], ...]) -> list[Statement]:
    """``statements`` less the wrong ones someone is reported to have made that the very next sentence,
    in the same paragraph (one of ``blocks``), states rightly: "A letter on 30 July stated that WAIC 2025
    ran for two days. It ran for three days, from 26 to 28 July." reports the letter's error and corrects it."""
    dropped: set[int] = set()
    for n, wrong in enumerate(statements):
        if wrong.verdict is Verdict.CONSISTENT:
            continue
        start, end = wrong.match.sentence
        if not _REPORTED.search(text, start, wrong.match.start):
            continue
        block_end = _correcting_block_end(blocks, text, start, end)  # (the next sentence is in the same paragraph)
        following = [
            s for s in statements[n + 1 :] if end <= s.match.sentence[0] < block_end and not text[end : s.match.sentence[0]].strip()
        ]
        own = [s for s in following if s.match.claim is wrong.match.claim]
        if own:  # the next sentence's own statements of the claim say whether it restates it rightly
            restated = any(s.verdict is Verdict.CONSISTENT for s in own)
        else:  # or, when it states none, a value in it that agrees ("It ran for three days")
            taken = [(s.match.start, s.match.end) for s in following]  # (values other claims' statements hold)
            restated = end < block_end and _restates_rightly(wrong.match, text, end, block_end, taken)
        if restated:
            dropped.add(id(wrong))
    return [s for s in statements if id(s) not in dropped] if dropped else statements


def _correcting_block_end(blocks: tuple[tuple[int, int], ...], text: str, start: int, end: int) -> int:
    """Where the paragraph of the sentence ``start``..``end`` ends, or the next one's when that opens with
    "In fact" or "Actually" ("Several outlets reported that the cub was born on Wednesday, 13 August." over
    "In fact she was born on Thursday, 14 August 2025.")."""
    k = bisect_right(blocks, (start, len(text) + 1)) - 1  # (blocks are sorted and apart)
    if k < 0 or not blocks[k][0] <= start < blocks[k][1]:
        return end
    if k + 1 < len(blocks) and _IN_FACT.match(text, blocks[k + 1][0]):
        return blocks[k + 1][1]
    return blocks[k][1]


def _restates_rightly(wrong: Match, text: str, end: int, limit: int, taken: list[tuple[int, int]]) -> bool:
    """Whether the sentence right after ``end`` (before ``limit``) gives a value that agrees with the claim
    ``wrong`` states: "It ran for three days, from 26 to 28 July." after a report of "two days". Values
    in the ``taken`` spans are other claims' statements: "said 30+ countries" in "a briefing on the roundtable"."""
    stop = _SENTENCE_END.search(text, end + 1, min(limit, end + 400))
    following = text[end : stop.end() if stop else min(limit, end + 400)]
    claim = wrong.claim
    corrects = _IN_FACT.search(following) is not None  # "In fact it lasted two", "He is in fact 69."
    worded = _may_restate(claim, following.lower())  # (a cheap first look: a word of the claim's subject, unit or month)
    if not corrects and not worded:
        return False
    named: bool | None = None  # whether the sentence names the claim's subject (worked out if needed)
    for value in extract(following):
        if any(a <= end + value.start < b for a, b in taken):
            continue
        if isinstance(value, NumberMention) and isinstance(claim.claim.value, NumberValue):
            if value.kind is not claim.claim.value.kind:
                continue  # (not "Turnout was 40%" after a report of 42 models)
            if corrects and not value.unit and _ELIDED.match(following, value.end):
                if _agrees(claim, value):  # the report's own unit and subject, elided
                    return True
                continue
            if not worded:
                continue
            if not claim.claim.value.unit:  # ("It ran for three days": the unit says what it is)
                if named is None:
                    words = {t.norm for t in tokenize(following, 0, len(following))}
                    named = any(all(w in words for w in subject) for subject in claim.subjects)
                if not named:
                    continue
            found: object = _convert(_number(value), claim)
        elif worded and isinstance(value, DateMention) and isinstance(claim.claim.value, DateValue):
            if claim.claim.value.start.month is None and value.first.year is None:
                continue  # (a day with no year says nothing of a claim of a year: "by 25 May")
            found = DateValue(value.first, value.last)
        else:
            continue
        if judge(claim.claim.value, found)[0] is Verdict.CONSISTENT:  # type: ignore[arg-type]
            return True
    return False


def _agrees(claim: CompiledClaim, value: NumberMention) -> bool:
    """Whether figure ``value``, in the claim's unit, agrees with the claim."""
    return judge(claim.claim.value, _convert(_number(value), claim))[0] is Verdict.CONSISTENT


def _may_restate(claim: CompiledClaim, low: str) -> bool:
    """Whether lower-cased ``low`` holds a stem of the claim's subject words, its unit or its month."""
    value = claim.claim.value
    if isinstance(value, DateValue):
        return value.start.month is None or _MONTH_STEMS[value.start.month - 1] in low
    if isinstance(value, NumberValue) and value.unit:
        return value.unit.lower()[:3] in low
    return any(words and words[0][:4] in low for words in claim.subjects)


# A correction's marker, and the end of a figure whose unit and subject it leaves to the report before it.
_IN_FACT = re.compile(r"\b(?:[Ii]n fact|[Aa]ctually|[Ii]n reality|[Ii]n truth)\b")
_ELIDED = re.compile(r"\s*(?:[,;:.!?)]|\Z)")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)|\n\s*\n")


# A verb that reports what someone said: "A letter on 30 July stated that ...".
_REPORTED = re.compile(r"\b(?:said|says|stated|states|claimed|claims|wrote|writes|reported|reports|suggested|asserted|told|insists?|insisted)\b")
_DAY_GAP = re.compile(r"[\s,()]*")  # between a weekday and its date: "Friday, July 25", "26 July (Saturday)"


def _day_statements(statements: list[Statement], text: str) -> list[Statement]:
    """``statements`` with each weekday merged into the date next to it, for the same claim."""
    out: list[Statement] = []
    last: dict[str, int] = {}  # claim id -> index in ``out`` of its latest statement
    for statement in statements:
        claim_id = statement.match.claim.claim.id
        n = last.get(claim_id)
        if n is not None and _one_day(out[n].match, statement.match, text):
            out[n] = _merged(out[n], statement)
            continue
        last[claim_id] = len(out)
        out.append(statement)
    return out


def _one_day(first: Match, second: Match, text: str) -> bool:
    """Whether a weekday and a date (either first) stand side by side, naming one day."""
    kinds = {type(first.found), type(second.found)}
    return kinds == {WeekdayValue, DateValue} and _DAY_GAP.fullmatch(text, first.end, second.start) is not None


def _merged(first: Statement, second: Statement) -> Statement:
    """One statement spanning both, with the worse verdict (the first's when they are equal)."""
    worse = second if _RANK[second.verdict] > _RANK[first.verdict] else first
    match = Match(first.match.claim, first.match.start, second.match.end, worse.match.found, first.match.sentence)
    return Statement(match, worse.verdict, worse.reason, f"{first.found}, {second.found}", first.expected)


def excerpt_around(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[str, int, int]:
    """The sentence stating a value on one line, cut to width, with the value's span in it."""
    lo = max(sentence[0], start - EXCERPT_WIDTH // 2)
    hi = min(sentence[1], end + EXCERPT_WIDTH // 2)
    before = " ".join(text[lo:start].split())
    if before and text[start - 1].isspace():
        before += " "
    value = " ".join(text[start:end].split())
    after = " ".join(text[end:hi].split())
    if after and text[end].isspace():
        after = " " + after
    lead = "… " if lo > sentence[0] else ""
    tail = " …" if hi < sentence[1] else ""
    begin = len(lead) + len(before)
    return f"{lead}{before}{value}{after}{tail}", begin, begin + len(value)


@dataclass
class ScanReport:
    """Everything one scan produced, in a stable order, for the reporters."""

    claims: tuple[Claim, ...]
    documents: list[DocumentResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        """All findings, sorted by path, position and claim."""
        return sorted(f for d in self.documents for f in d.findings)

    def counts(self) -> dict[str, int]:
        """Totals for summaries: documents, findings, errors, warnings."""
        findings = self.findings
        return {
            "documents": len(self.documents),
            "claims": len(self.claims),
            "findings": len(findings),
            "errors": sum(f.severity is Severity.ERROR for f in findings),
            "warnings": sum(f.severity is Severity.WARNING for f in findings),
            "contradicts": sum(f.verdict is Verdict.CONTRADICTS for f in findings),
            "differs": sum(f.verdict is Verdict.DIFFERS for f in findings),
        }
