"""The matcher: which value in a sentence states which claim (see the package docstring)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Callable, Iterable, Sequence

from ..entities import (
    HONORIFICS,
    ORG_TAIL,
    STREET_NOUNS,
    labelled_places,
    name_after,
    name_before,
    name_set_off,
    places,
    quotes_near,
    unquoted_title,
)
from ..extract import Value, extract
from ..index import CompiledClaim, Previous, SubjectHit, Term
from ..markup import Cell
from ..model import (
    WEEKDAYS,
    DateMention,
    DateValue,
    NumberKind,
    NumberMention,
    NumberValue,
    Qualifier,
    TextValue,
    WeekdayMention,
    WeekdayValue,
)
from ..text import DEMONYM, Sentence, Token, joined, normalize, split_sentences, token_at, tokenize
from .cells import _cells_of, _part_rows, _row_spans, cell_at, header_scale, header_unit
from .clauses import _clause_around
from .counted import _statement_words
from .counts import _RUNNING, FigureRules
from .dates import _date_after, _date_before, _same_year
from .doubt import (
    _AFTER_THE,
    CHANGE_HEADER,
    DUE_HEADER,
    MARKS_HEADER,
    NOTES_HEADER,
    RANK_HEADER,
    WHOLE_HEADER,
    _chat_stamp,
    _doubted,
    _hedged,
    _in_correction_column,
    _in_quoted_title,
    _in_stale_column,
    _is_dateline,
    _is_hypothetical,
    _stamp_in_brackets,
)
from .names import (
    _ORG_WORDS,
    _held_before,
    inside_a_proper_name,
    _name_start,
    _others_title,
    _owns_place,
    _plural_owner,
    _title_end,
    _title_not_held,
    _with_given_name,
    _tenure_ended,
)
from .scope import _BY_CUTOFF, FACILITIES, MONTH_NAMES, written_year
from .sentences import _own, _Sentences
from .subjects import Match, _claim_words, _next_or_last_before
from .words import _CLAUSE_OPENERS, _COPULAS, _DAY_BEFORE, _DETERMINERS, _MODALS, _NEXT_OR_LAST, _STOP, EVENT_WORDS, _plural_as_written, WEEKDAY_NAME, _adjacent, _distance, _is_number, _is_year, _token_start

_HOUSE_NUMBER = re.compile(r" [A-Z]?\d{1,3}[a-zA-Z]?\b(?!\s*(?:%|per cent|percent))")  # ("Meir 1", "Hall H1": a street, a hall)
_CELL_GAP = re.compile(r"[ \t]{3,}")  # what a masked cell boundary leaves between two words on a line
TWIN_REACH = 4  # words between a weekday claim's subject and a day that dates it too, at most
_BEATEN_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|defeating|defeats|against|versus|vs\.?|v\.|edged|edging|overcame|overcoming|ousted|ousting"
    r"|eliminated|eliminating|ahead\s+of|succeeds|succeeded|succeeding|replaces|replaced|replacing)\s+(?:the\s+)?\Z"
)  # the one beaten or succeeded ("won the contract ahead of Norvia Rail", "Varga succeeds Reinholt as mayor")
_NOT_BEFORE = re.compile(r"\b(?:not|rather than|instead of)\s+\Z")
# A name or title the writer advises against: 'Please do not call the book "Stars in the Margin"', "avoid calling it X".
_ADVISED_AGAINST = re.compile(
    r"\b(?:[Dd]o(?:n['’]t|[ \t]+not)|[Nn]ever|[Aa]void|not[ \t]+to)[ \t]+(?:call|calling|write|writing|say|saying|name|naming|refer[ \t]+to|describe)"
    r"\b[^.;:!?\n]{0,40}\Z"
)
_NOT_PLACE_BEFORE = re.compile(r"\b(?:not|rather than|instead of)\s+(?:(?:in|at|from|the)\s+){0,2}\Z")
_DENIED_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?:[a-z]+\s+){0,2}\Z")
_CORRECTED = re.compile(r"[\"”']?\s*(?:--|—|–|,|:)?\s*(?:sorry|I mean|or rather|I beg your pardon|pardon me|my mistake|correction|wrong|incorrect|false|not correct)\b", re.IGNORECASE)
_ANOTHER_HOLDER = re.compile(r"\s*,\s*(?:also\s+)?(?:a|an|another|(?:one|another) of (?:the|several|many|[A-Z]\w*(?:'s|’s)))\s+(?:[\w'’]+\s+){0,3}")


def _longest_per_place(matches: list[Match]) -> list[Match]:
    """One match per claim and place: of overlapping spans (two subject phrases found
    the same name), the longest."""
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.claim.claim.id, m.start, m.start - m.end)):
        last = kept[-1] if kept else None
        if last is not None and last.claim is match.claim and match.start < last.end:
            continue
        kept.append(match)
    return kept


def _asserted(text: str, span: Sentence) -> bool:
    """Whether a sentence may assert anything: not a question, a hypothesis, or a question's options."""
    if _is_question(text, span) or _is_hypothetical(text, span):
        return False
    line = text.rfind("\n", 0, span.start) + 1
    if _LINKS_LEAD.match(text, line, span.end):
        return False  # "Related: [Eighteen vehicles involved in A1(M) crash](...)": other stories' headlines
    return text[span.start : span.start + 1] not in _OPTION_STARTS or not _OPTIONS.fullmatch(text, span.start, span.end)


# A line of links to other stories: "Related:", "Read more:", "See also:", "More on this story:".
_LINKS_LEAD = re.compile(
    r"[ \t*_#>|-]*(?:related(?:[ \t]+(?:stories|articles|coverage|links|reading))?|read[ \t]+(?:more|next|also)|see[ \t]+also"
    r"|also[ \t]+read|more[ \t]+on[ \t]+this(?:[ \t]+story)?|further[ \t]+reading|you[ \t]+may[ \t]+also[ \t]+like)[ \t*_]*:",
    re.IGNORECASE,
)


# A multiple-choice question's options, alone in their sentence: "(A) Premier Li Keqiang", "(A) 500 (B) 800 (C) 1,000".
_OPTION_STARTS = frozenset("(ABCDEabcde")  # (a cheap first look)
_OPTIONS = re.compile(r"\(?[A-Ea-e]\)[ \t]+[^—–.;:!?]{1,160}")


def _is_question(text: str, span: Sentence) -> bool:
    """Whether a sentence is a question (it ends in "?", closing quotes and brackets aside) that asks,
    not one that asserts its "that" clause: "Is she aware that nearly 800 companies exhibited ...?",
    "Did you know that ...?", "Does the Minister accept that ...?"."""
    end = span.end
    while end > span.start and text[end - 1] in _CLOSERS:
        end -= 1
    return text[end - 1 : end] == "?" and not _ASSERTING_QUESTION.match(text, span.start, end) and not _TAG_QUESTION.search(text, max(span.start, end - 32), end)


# A statement with a question tag asserts it: "That big World AI Conference in Beijing over the weekend, yeah?"
_TAG_QUESTION = re.compile(
    r",[ \t]*(?:yeah|yes|right|eh|innit|correct|okay|ok|no|(?:is|was|does|did|do|are|were|has|have)n['’]t[ \t]+(?:it|he|she|they|that|there))[ \t]*\?\Z",
    re.IGNORECASE,
)


# A question that asserts its "that" clause, as a debate's or a quiz's do (past a salutation: "My Lords, ...").
_ASSERTING_QUESTION = re.compile(
    r"[\"'“‘(\s]*(?:[A-Z][\w ]{0,30},\s+)?(?:(?:is|are|was|were)\s+(?:\w+\s+){1,3}aware|did\s+you\s+know|"
    r"(?:does|do|did|will|would)\s+(?:\w+\s+){1,3}(?:accept|agree|recognise|recognize|acknowledge|realise|realize))"
    r"\s+that\b",
    re.IGNORECASE,
)


_CLOSERS = frozenset("\"'”’)]")


def _runs(spans: list[Sentence], live: Iterable[int]) -> list[tuple[int, int]]:
    """Text spans covering runs of adjacent live sentences of one block."""
    runs: list[tuple[int, int]] = []
    last = -2
    for i in live:
        if i == last + 1 and spans[i].block == spans[last].block:
            runs[-1] = (runs[-1][0], spans[i].end)
        else:
            runs.append((spans[i].start, spans[i].end))
        last = i
    return runs


_OPENING = frozenset("open opens opened opening began begin begins start starts started starting kicked launched".split())
_CLOSING = frozenset("close closes closed closing end ends ended ending concluded concludes wrapped finished".split())
_LASTING = frozenset("stay stays stayed remain remains remained lit display displayed continue continues continued last lasts lasted".split())
EDGE_REACH = 6  # words between an opening or closing verb and the date it governs, at most


def _with_edge(match: Match, tokens: list[Token], at: float) -> Match:
    """A day said to open or close a canonical date range is its first or last day: "the conference
    opened on Sunday, July 27" contradicts 26-28 July. The verb must come just before the day, with
    no other figure or "until" between ("opened on Saturday and ran until July 28" is the last day)."""
    value = match.claim.claim.value
    if not isinstance(value, DateValue) or value.end is None:
        return match
    k = int(at + 0.5)
    if k > 1 and tokens[k - 1].raw in WEEKDAYS:
        k -= 1  # "runs until Sunday, 27 July": the day's weekday before it
    if k > 1 and tokens[k - 1].norm in ("until", "till", "through") and any(t.norm in _RUNNING or t.norm in _LASTING for t in tokens[max(0, k - 4) : k - 1]):
        return Match(match.claim, match.start, match.end, match.found, match.sentence, "end")  # "runs until 27 July", "will be
        # lit every evening until 5 January": its last day
    for j in range(k - 1, max(-1, k - 1 - EDGE_REACH), -1):
        word = tokens[j].norm
        if (word in _OPENING or word in _CLOSING) and not _in_a_name(tokens, j):
            edge = "start" if word in _OPENING else "end"
            return Match(match.claim, match.start, match.end, match.found, match.sentence, edge)
        if _is_number(tokens[j]) or word in _UNTIL:
            break
    return match


def _in_a_name(tokens: list[Token], j: int) -> bool:
    """Whether token ``j`` is a capitalised word inside a sentence that is not in title case: a name's ("Land's End",
    "the Lungwell End to End"), no verb (unlike "WAIC Opens on Saturday" in a headline)."""
    return j > 0 and tokens[j].raw[:1].isupper() and not _title_case(tokens)


def _within_match(
    pattern: re.Pattern[str], text: str, span: tuple[int, int], lo: int, hi: int, own: frozenset[str] = frozenset()
) -> bool:
    """Whether ``span`` lies within a match of ``pattern`` near it (between ``lo`` and ``hi``) that is none of ``own``
    (lower-cased)."""
    return any(
        m.start() <= span[0] and span[1] <= m.end() and m.group(0).lower() not in own
        for m in pattern.finditer(text, max(lo, span[0] - 80), min(hi, span[1] + 80))
    )


def _line_of(text: str, at: int) -> str:
    """The line of ``text`` that holds offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : len(text) if end < 0 else end]


_DAY_SLASH_MONTH = re.compile(r"\d{1,2}/\d{1,2}")  # "25/7", read only after a weekday and never in a table
_UNTIL = frozenset("until till through to and".split())


# A sentence that denies the one before, or a fact-checker's rating after a quotation: what that one
# says is someone's error, not the document's ('"WAIC was held in Beijing."  -- FALSE.', '**Rating: False.**').
_DENIED_AFTER = re.compile(
    r"[\"”’')\]]*(?:\s*(?:--|—|–|:))?\s+\**(?:(?:Rating|Verdict|Our rating|RATING|VERDICT)\s*:\s*\**)?"
    r"(?:(?:It|That|This|He|She|They)(?:\s+(?:figure|number|claim|report|date|name|count))?\s+(?:(?:simply|plainly|just)\s+)?(?:(?:was|is|were|did|does|do|had|has)(?:\s+not|n[’']t|\s+never)"
    r"|(?:was|is)\s+(?:(?:simply|plainly|just)\s+)?(?:wrong|false|untrue|incorrect|inaccurate|a typo|a mistake|an error|our (?:error|mistake)"
    r"|a (?:misreading|mistranslation|misunderstanding|misquotation|misprint)|an exaggeration))"
    r"(?:\s+(?:true|so|correct|right|accurate))?\s*[.!,;:]"  # "It was not.", "That was wrong: ..."
    r"|(?:It|That|This)\s+(?:is|was)(?:\s+not|n['’]t)\s+the\s+(?:official|correct|right|actual|real|true|published|announced)\b"  # "That is not the published theme:"
    r"|The\s+(?:correct|actual|right|true)\s+(?:figure|number|date|total|count|name|day|result|share|rate)\b"  # "The correct figure ... is 71.4%."
    r"|(?:It|That|This)['’]s\s+(?:(?:simply|plainly|just)\s+)?(?:wrong|false|untrue|incorrect|inaccurate|a typo|a mistake|an error"
    r"|not\s+(?:true|right|correct|accurate))\s*[.!,;:]"  # "That's a typo."
    r"|(?:Not\s+(?:true|so)|Wrong|False|Untrue|Made\s+up|Fake|Nonsense|Misleading|Incorrect|Debunked|Mostly\s+false"
    r"|FALSE|WRONG|UNTRUE|FAKE|MISLEADING|INCORRECT|DO\s+NOT\s+USE)\**\s*[.!,;]"
    r"|(?:is|was|are|were)\s+(?:(?:also|simply|plainly|flatly)\s+)?(?:false|wrong|untrue|incorrect|fake|not\s+true)\**\s*[.!,;:]"
    r"|(?:Is|Was|Isn['’]t)\s+(?:that|this|it)\s+(?:really\s+)?(?:right|true|correct|accurate|so)\s*\?"  # "I heard ... Is that right?"
    r"|(?:(?:Does|Did|Do|Will|Would|Can|Could|How\s+did)\s+)?(?:[Tt]hat|[Tt]his)\s+(?:kind\s+of\s+|sort\s+of\s+)?"
    r"(?:error|mistake|misreport(?:ing)?|inaccuracy|misprint|typo)\b"  # "Does that kind of error worry you?"
    r"|What\s+(?:did|does|do)\s+(?:\w+\s+){1,3}get\s+wrong\s*\?|(?:Find|Spot|Correct)\s+the\s+(?:mistake|error)s?\b)"  # a worksheet's error to find
)


def _denied(text: str, match: Match) -> bool:
    """Whether the sentence stating ``match`` is denied after it, or the quotation holding it is
    ('"Unreal footage: 500 humanoid robots marching. China is years ahead." / Rating: False.'), or
    the next turn or paragraph corrects it (see :func:`_corrected_in_reply`)."""
    if _DENIED_AFTER.match(text, match.sentence[1]) or _corrected_in_reply(text, match) or _WRONG_AFTER.match(text, match.end):
        return True
    later = text[match.end : match.end + 70]
    if ("should" in later or "would" in later or " but " in later) and _WRONG_LATER.match(text, match.end):
        return True
    if _CLAIM_OF.search(text, max(0, match.start - 24), match.start) and _FALSE_SOON.match(text, match.end):
        return True  # "The claim of 40,000 evacuees is false"
    line = text.rfind("\n", 0, match.start) + 1
    before = text[line : match.start]
    if before.count('"') % 2:
        close = text.find('"', match.end)
    elif before.rfind("“") > before.rfind("”"):
        close = text.find("”", match.end)
    else:
        return False  # (in no quotation)
    end = text.find("\n", match.end)
    if close < 0 or 0 <= end < close:
        return False
    quoted = _QUOTED_LINE_AFTER.match(text, close + 1)  # a heading quoting a post, then the post
    return _DENIED_AFTER.match(text, quoted.end() if quoted else close) is not None


# A value said to be wrong right after it: "said QLBY is listed on the Nasdaq is wrong", "the 2,000 figure was false".
_WRONG_AFTER = re.compile(
    r"[\"”’']?(?:\s+(?:figure|number|claim|date|name|count))?\s+(?:is|was|are|were)\s+(?:simply\s+|plainly\s+)?"
    r"(?:wrong|incorrect|false|untrue|mistaken|not\s+(?:correct|right|true|accurate))\b"
    r"|,\s+(?:a|which\s+was\s+a)\s+(?:figure|number|claim|count|date)\s+(?:that\s+)?(?:the\s+)?[\w’' ]{0,30}?"
    r"(?:rejected|denied|disputed|dismissed|refuted|called\s+(?:wrong|false|inaccurate))\b"  # ", a figure the organisers rejected"
    r"|[\"”][^.\"”\n]{0,50}?,\s+which\s+(?:was|is)\s+(?:wrong|false|incorrect|untrue|a\s+mistake|an\s+error"
    r"|never\s+(?:true|correct|right|the\s+\w+)|not\s+the\s+(?:official\s+|actual\s+|real\s+)?\w+)\b"  # '"X" ..., which was never the theme'
    r"|[\"”’']?(?:\s+[a-z]+){0,2}\s*;\s*(?:that|this|which|it)\s+(?:is|was)\s+(?:wrong|false|incorrect|untrue|a\s+mistake|an\s+error)\b"
    r"|[\"”’']?\s*(?:;|,|--|—|–)\s*(?:that|this|which|it)\s+(?:is|was)\s+(?:not|n[’']t)\s+the\s+"
    r"(?:official|correct|right|actual|real|true)\b"  # '"Governing Intelligence"; that is not the official theme'
)
# ... or later in its clause: '"Just two days" should read three days', "40 ships, but that figure was not correct".
_WRONG_LATER = re.compile(
    r"[^\"”\n]{0,40}[\"”]\s+(?:should|would)\s+(?:read|be|say)\b"
    r"|[^.;\n]{0,40}?,?\s+but\s+(?:that|this|the)\s+(?:figure|number|claim|report|date|name)\s+(?:was|is)\s+"
    r"(?:not\s+(?:correct|right|true|accurate)|wrong|incorrect|false|inaccurate|untrue)\b"
)
_CLAIM_OF = re.compile(r"\b(?:claim|rumou?r|report|story|suggestion|figure)s?\s+(?:of|that)\s+(?:about\s+|some\s+|over\s+)?\Z")
_FALSE_SOON = re.compile(r"[^.;\n]{0,40}?\s(?:is|was|are|were)\s+(?:false|wrong|untrue|incorrect|baseless|not\s+true)\b")
# The next turn or paragraph, less a speaker's label ("SPOKESPERSON: ", "A: ").
_NEXT_TURN = re.compile(r"\n(?:[ \t]*\n)*[ \t]*(?:[A-Z][\w .()'’-]{0,40}:[ \t]+)?")  # (from the end of a line)
_ANSWER = re.compile(r" (?:A|Answer):[ \t]+")  # "Q: ... A: ..." on one line
_REPLY_DENIAL = re.compile(
    r"(?:(?:No|Actually|Well)[,.!]?\s+)?(?:(?:That|This|It)(?:\s+(?:figure|number|claim|report|detail|date|premise))?"
    r"(?:\s+is|\s+was|'s|’s)\s+(?:not\s+(?:accurate|correct|right|true|so)|inaccurate|incorrect|wrong|false|untrue)"
    r"|Let\s+me\s+(?:first\s+)?correct|(?:I\s+(?:have|need)\s+to|I\s+must|Allow\s+me\s+to)\s+correct|Not\s+quite)\b"
)
_NOT = re.compile(r"not\s+(?:in\s+|the\s+)?")  # (a literal start: a fast scan; the word's start is checked)
_UNIT_SUFFIX = re.compile(r"-[A-Za-z]+\Z")
TURN_REACH = 600  # characters of the next turn's line read for a correction ("Shanghai, not Beijing"), at most


def _corrected_in_reply(text: str, match: Match) -> bool:
    """Whether the turn or paragraph after the one stating ``match`` corrects it: opens with a
    correction ("Q: ... headquartered in Beijing. Can you confirm? / SPOKESPERSON: That is not
    accurate."), or says its wording is not so ("GUEST: ... the proposal is for Shanghai, not
    Beijing")."""
    line_end = text.find("\n", match.sentence[1])
    if line_end < 0:
        line_end = len(text)
    answer = text.find("A", match.sentence[1], line_end)  # (a cheap first look)
    turn = (_ANSWER.search(text, answer - 1, line_end) if answer > 0 else None) or _NEXT_TURN.match(text, line_end)
    if turn is None or turn.end() >= len(text):
        return False
    if _REPLY_DENIAL.match(text, turn.end()):
        return True
    said = _UNIT_SUFFIX.sub("", text[match.start : match.end])  # "twelve-point": "not twelve"
    end = text.find("\n", turn.end(), turn.end() + TURN_REACH)  # (that turn's line)
    for negation in _NOT.finditer(text, turn.end(), end if end > 0 else turn.end() + TURN_REACH):
        after = negation.end() + len(said)
        if (
            text.startswith(said, negation.end())
            and not text[after : after + 1].isalnum()
            and not text[negation.start() - 1 : negation.start()].isalnum()
        ):
            return True
    return False


_QUOTED_LINE_AFTER = re.compile(r"[ \t]*\n\s*[>\s]*[\"“][^\n]*[\"”](?=[ \t]*\n)")


def _placed(match: Match, span: Sentence) -> Match:
    """``match`` with the sentence stating it (``dataclasses.replace`` is several times slower)."""
    return Match(match.claim, match.start, match.end, match.found, (span.start, span.end), match.edge)


def _shift(value: Value, base: int) -> Value:
    """A value found in a slice, moved to offsets in the whole text."""
    return replace(value, start=value.start + base, end=value.end + base) if base else value
_ISO_OPENING = re.compile(r"\d{4}-\d\d-\d\d\Z")
_TIME_AFTER = re.compile(r"[ T]\d{1,2}:\d\d\b")
# A machine's time stamp after a date: seconds, or a zone as an offset ("Thu, 24 Jul 2025 07:05:00 +0000", an RSS pubDate).
_MACHINE_TIME_AFTER = re.compile(r",?[ T]\d\d:\d\d(?::\d\d(?:\.\d+)?\b|[ \t]*(?:[+-]\d{4}\b|GMT\b|UTC\b|Z\b))")
_LINE_OPENING = re.compile(r"(?:\A|\n)[ \t]*(?:[-*•][ \t]+)?\Z")
_BY_MONTH = re.compile(r"\bby\s+\Z")
_HEADER_YEAR = re.compile(r"[*_]*(?:FY[ \t]?)?((?:19|20)\d\d)(?:[/–-](?:\d\d|(?:19|20)\d\d))?[*_]*")  # "2024", "2024/25"


def _header_year(text: str, span: tuple[int, int]) -> int | None:
    """The year a table header is, if it is only one: "2024", "2024/25", "FY2024" (the first year of a span)."""
    found = _HEADER_YEAR.fullmatch(text[span[0] : span[1]].strip())
    return int(found.group(1)) if found else None


_MARKED_YEAR = re.compile(r"[*_]*(?:FY\s?)?((?:19|20)\d\d)([AEFPaefp])[*_]*")  # "2025E", "FY2026F", "2024A"
# A separator, a dot leader or a column gap on the line: the next word is capitalised anyway.
_SEPARATOR_BEFORE = re.compile(r"(?:[·•|]|\.{3,})\s*\Z|\S[ \t]{3,}\Z")
# A relative's or an aide's name: "the skipper's brother Andrew Auldwick", "his deputy, Ruth Kane".
_RELATIVE_BEFORE = re.compile(
    r"(?:['’]s|\b(?:his|her|their))\s+(?:(?:younger|older|elder|eldest|late|twin|former)\s+)?(?:brother|sister|wife|husband|son|daughter"
    r"|father|mother|partner|cousin|uncle|aunt|nephew|niece|widow|widower|fianc[ée]e?|deputy|assistant|spokes(?:person|man|woman))\s*,?\s*\Z",
    re.IGNORECASE,
)
_ON_SALE_BEFORE = re.compile(r"\b(?:go|goes|went|gone|going|are|is|were|was|be|put)\s+on\s+(?:general\s+|public\s+)?sale\b[^.;:!?]{0,40}\Z")  # a sale's date
_BORN_BEFORE = re.compile(r"\b(?:[Bb]orn|b\.)[ \t]+(?:on[ \t]+|in[ \t]+)?\Z")  # a birthday, which only a claim of one gives
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+\Z")
# A sentence that opens in the past: "Last year, ...", "Five years ago, ...", "Back in 2019, ...".
_PAST_OPENER = re.compile(
    r"[ \t]*(?:Last[ \t]+(?:year|season|decade)|(?:A|One|Two|Three|Four|Five|Six|Seven"
    r"|Eight|Nine|Ten|Twenty|Thirty|\d+)[ \t]+(?:years?|decades?)[ \t]+(?:ago|earlier|before)|A[ \t]+decade[ \t]+ago"
    r"|Back[ \t]+in|The[ \t]+year[ \t]+before|Previously)\b[^.;:,\n]{0,40},"
)
_YEAR_WHEN_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s*,\s*when\b[^.;:()]*\Z")  # a year, then a clause of what happened then
# a "when" clause that ends with a year, then what was so then: "a city that, when the Alliance was founded in 1998, had exactly 4 km"
_WHEN_YEAR_BEFORE = re.compile(r"\bwhen\b[^.;:(),]*\bin\s+((?:19|20)\d\d)\s*,[^.;:(),]*\Z")
# A figure, up to three words of what it counts and "in YEAR" (not a price base: "in 2015 prices").
_IN_YEAR_AFTER = re.compile(
    r"(?:(?:[ \t]+[a-z][a-z-]*){0,3}?[ \t]+in[ \t]+(?:the[ \t]+(?:year|twelve[ \t]+months|12[ \t]+months)[ \t]+to[ \t]+(?:[A-Z][a-z]+[ \t]+)?)?"
    r"|[ \t]*\([ \t]*)((?:19|20)\d\d)\b(?![ \t]*[-–/]|[ \t]+(?:prices|terms|money|euros|dollars|pounds))"
)  # (or "in the year to January 2024", or the year in brackets: "Best ranking 2nd (2023)")
# A figure, up to two words and "the year before": the year before's ("after a 9% drop the year before").
_YEAR_BEFORE_AFTER = re.compile(  # (not a change's base: "up 4.6 per cent on the year before")
    r"(?:[ \t]+(?!(?:on|over|than|from|with|against|compared)\b)[a-z][a-z-]*){0,2}[ \t]+"
    r"(?:the[ \t]+(?:year|season)[ \t]+before|a[ \t]+year[ \t]+(?:earlier|before))\b"
)
_YEAR_BRACKET_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s*\(\s*\Z")  # a year, then a bracket that gives its figure
_BYLINE_BEFORE = re.compile(  # "Posted by Priya Natarajan on 2 August 2025"
    r"\b(?:[Pp]osted|[Pp]ublished|[Ww]ritten|[Uu]pdated|[Ff]iled|[Rr]eported)\s+by\s+(?:[A-Z][\w.'’-]*\s+){1,4}on\s+\Z"
)
_ATTRIBUTION = re.compile(r"[ \t>]*(?:On|Am|Le|El)\s[^\n]{4,120}?(?:\n[^\n]{0,80}?){0,3}\s(?:wrote|schrieb|a écrit|escribió)\s*:[ \t]*(?:\n|\Z)")


_MEMO_DATE = re.compile(r"[ \t*]*Date[ \t*]*:[ \t*]*\Z")
_SEND_DATE = re.compile(
    r"[ \t>*]*(?:Send|Sent|Scheduled\s+send)(?:\s+(?:date|time|on))?[ \t*]*:[ \t*]*" + _DAY_BEFORE + r"\Z"
)
_MEMO_FIELD = re.compile(r"\n[ \t*]*(?:To|From|Subject|Re|Cc|Ref|Attn)[ \t*]*:")


# An offer's, a booking's or a duty's deadline: "code THANKS-WAIC gets you 15% off until 15 August", "Book by 30 June".
_DEADLINE_BEFORE = re.compile(
    r"\b(?:off|discount|code|voucher|coupon|offer|deal|sale)\b[^.\n]{0,30}?\b(?:until|till|through|before|by|ends?|expires?)\s+"
    + _DAY_BEFORE
    + r"\Z|\b(?:[Bb]ook|[Rr]egister|[Aa]pply|[Oo]rder|[Ss]ubmit|[Ss]ign\s+up|RSVP|[Ee]nrol+)\s+(?:now\s+)?(?:by|before|no\s+later\s+than)\s+"
    + _DAY_BEFORE
    + r"\Z|\b(?:must|should|shall|need\s+to|needs\s+to|has\s+to|have\s+to)\s+[^.\n]{0,50}?\b(?:by|before|no\s+later\s+than)\s+"
    + _DAY_BEFORE
    + r"\Z"  # "Exhibits over 500 kg must be declared to the freight forwarder by 4 July": what must be done by then
    + r"|(?:\b(?:is|are|was|were|be|and)\s+(?:[a-z]+\s+)?|\(\s*)due\s+(?:on\s+|by\s+|before\s+)?"
    + r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
    + _DAY_BEFORE
    + r"\Z"  # "Response papers are capped at 1,500 words and due on Tuesday, 14 October": when they are due
)
_DEADLINE_WORDS = ("by ", "until ", "till ", "before ", "through ", "end", "expire", "than ", "due ")


_REPORTED_ON = re.compile(  # "officials said Wednesday", "(recorded Thursday 19 June 2025, 52 min)"
    r"\b(?:said|says|told|added|announced|confirmed|reported|recorded|filmed|taped|aired|broadcast)\s+(?:on\s+)?\Z"
)
_ARRIVED_ON = re.compile(r"\b(?:[Ww]e|I)\s+(?:flew|arrived|landed|got)\s+(?:in\s+|back\s+)?on\s+\Z")  # "We flew in on Friday night": the writer's arrival


def _occasion_on(text: str, start: int) -> str | None:
    """The occasion word a weekday at ``start`` follows, "<occasion> on" ("its first sitting on Monday", "the
    briefing was on Friday"): that occasion's day (a cheap look at the words before, not a search)."""
    gap = 3 if text[max(0, start - 3) : start] == "on " else 2 if text[max(0, start - 2) : start] == ": " else 0
    if not gap:
        return None  # (or "<occasion>: ": "members' preview: Tuesday 10 June")
    words = text[max(0, start - 40) : start - gap].split()
    while words and words[-1].lower() in ("is", "was", "be", "will"):
        words.pop()
    word = words[-1].lower().rstrip(",").removesuffix("s") if words else ""
    return word if word in _OCCASIONS else None


def _deadline(text: str, start: int) -> bool:
    """Whether a date is an offer's or a booking's deadline (see ``_DEADLINE_BEFORE``)."""
    tail = text[max(0, start - 20) : start]
    return any(word in tail for word in _DEADLINE_WORDS) and _DEADLINE_BEFORE.search(text, max(0, start - 90), start) is not None


# A reference's date, after a quoted title and its publisher: '"Beacon Night smashes record", The Carrow Courier, 17
# November 2025' (at a line's start, past a list's marker or a footnote's: "[^2]: ", "3. "); or after an author's name and
# a title with its comma inside the quotes, as Chicago's notes write it: '9. Marcus Lin, "What the Floor Says," *The Tech
# Ledger*, July 29, 2025.'. The publisher may start the next line, as in a reStructuredText citation: '.. [1] "Record
# falls",\n   Fenmoor Horticultural Society, 14 September 2026.'.
_CITATION_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:\[\^?\w+\]:?|\d{1,3}[.)]|[-*•]|\.\.[ \t]+\[\w+\])?[ \t]*(?:[\"“][^\"”\n]{3,200}[\"”],(?:[ \t]*\n)?[^\n]{1,100}"
    r"|(?:[A-Z][\w.'’-]*[ \t]+){1,3}[A-Z][\w'’-]*,[ \t]*[\"“][^\"”\n]{3,200},[\"”][^\n]{1,100}"
    r"|[^\"“\n]{1,80},[ \t]*[\"“][^\"”\n]{3,200}[\"”],[^\n]{0,60}\b(?:press release|report|bulletin|statement|newsletter"
    r"|journal|magazine|blog|website)\b[^\n]{0,40}"
    r"|[A-Z][\w'’-]+,[ \t]+(?:[A-Z]\.[ \t]*){1,3}[^\n\"“]{0,20}[\"“][^\"”\n]{3,200}[\"”][^\n]{1,100}),[ \t]*$",
    re.IGNORECASE,
)  # (a body may come first when a kind of publication follows the title: 'National Canine Council, "Gordon Setter
# crowned Best in Show", press release, 20 October 2025.'; so may an author's surname and initials: 'Corrigan, N.
# "Hospital parking charges to be scrapped", Merrowdale Courier, 13 February 2026.'; not a CV's 'Panellist, "Open
# Source ...", WAIC 2025, Shanghai, 27–29 July')


def _memo_date(text: str, offset: int) -> bool:
    """Whether ``offset`` follows a "Date:" field among a memo's or a message's header fields
    ("**To:** ... / **From:** ... / **Date:** 30 June 2025"): when it was written."""
    line = text.rfind("\n", 0, offset) + 1
    if _SEND_DATE.match(text, line, offset) is not None:
        return True  # "**Send date:** Tuesday, 15 July 2025, 09:00", "Sent: Monday, 28 July 2025": when it went out
    if _MEMO_DATE.match(text, line, offset) is None:
        return False
    return _MEMO_FIELD.search(text, max(0, line - 160), min(len(text), line + 200)) is not None


def _attribution(text: str, offset: int) -> bool:
    """Whether ``offset`` lies on a reply's attribution line: "On Mon, Jul 28, 2025 at 07:45, Priya
    Nair wrote:" (the day the quoted message was sent)."""
    line = text.rfind("\n", 0, offset) + 1
    return "wrote" in text[offset : offset + 200] and _ATTRIBUTION.match(text, line) is not None


def _signature(text: str, value: DateMention) -> bool:
    """Whether a date ends its line after a dash and a name, as forums and talk pages sign each
    comment: "... WAIC 2025 was 26–28 July. – lin_policy_notes 2 Aug 2025", "—Oskar Lind (talk)
    19:02, 31 July 2025 (UTC)"."""
    return _LINE_END_AFTER.match(text, value.end) is not None and _SIGNATURE_BEFORE.search(text, max(0, value.start - 80), value.start) is not None


_SIGNATURE_BEFORE = re.compile(
    r"(?:[.!?)\"”]|(?<![^\n]))[ \t]*(?:--|[–—~])[ \t]*(?!(?:on|in|at|from|by|until|till|to|since|before|after|the|and|or|of)\b)"
    r"(?:[\w.'’@-]+[ \t]+){1,3}(?:\(talk\)[ \t]*)?(?:\d{1,2}:\d\d,?[ \t]*)?\Z"
)
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\(UTC\))?[ \t)]*(?:\n|\Z)")
_BY_OPENING = re.compile(_BY_CUTOFF)
_NEGATED_DAY = re.compile(r"\bnot\s+(?:on\s+)?(?:the\s+)?\Z")


def _negated_day(text: str, start: int) -> bool:
    """Whether "not" denies the day at ``start``: "on Saturday 26 July, not on the Friday"."""
    return "not" in text[max(0, start - 12) : start] and _NEGATED_DAY.search(text, max(0, start - 16), start) is not None  # (the weekdays' share of _STAMP_BEFORE: not "published on Tuesday")


_WEEKDAYS_RE = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_WEEKDAY_RANGE_AFTER = re.compile(r"\s*(?:to|through|thru|until|till|-|–|—)\s*" + _WEEKDAYS_RE)
_WEEKDAY_RANGE_BEFORE = re.compile(_WEEKDAYS_RE + r"\s*(?:to|through|thru|until|till|-|–|—)\s*\Z")
# A weekday in a list of them: "Opening hours are 10:00 to 19:00 on Thursday, Friday and Saturday".
_WEEKDAY_WORD = r"\b(?:" + WEEKDAY_NAME + r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?)"  # (not "Monitoring": _WEEKDAYS_RE is looser)
_LIST_JOIN = r"(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|/)"  # ", ", ", and ", " and ", " & ", "/"
_WEEKDAY_LIST_AFTER = re.compile(_LIST_JOIN + _WEEKDAY_WORD)
_WEEKDAY_LIST_BEFORE = re.compile(_WEEKDAY_WORD + _LIST_JOIN + r"\Z")
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+\Z", re.IGNORECASE)


# An occasion that a day right after it dates: "at a regular press briefing in Beijing on Thursday, July 24".
_GROUP_NOUNS = frozenset(
    "delegation team committee desk panel board group office department bureau council club society association unit".split()
)
# An occasion a date names right before it: "at the December 4 holiday party", "the 30 July deadline".
_OCCASION_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:party|parties|dinner|luncheon|breakfast|reception|gala|social|meeting|webinar|briefing"
    r"|deadline|call|hearing|interview|podcast|newsletter|vote|session)\b",
    re.IGNORECASE,  # (a listing's "19 Nov 2025 Webinar: ...")
)
_OTHER_YEAR_AFTER = re.compile(r",?[ \t]+(?:(?:next|last)|the[ \t]+(?:following|previous|next))[ \t]+year\b", re.IGNORECASE)
# An occasion a listing's entry names after a date and a column gap: "Sat 18 Oct 2025   End to End celebration dinner".
_LISTED_OCCASION = re.compile(
    r"[ \t]{3,}(?:[\w'’-]+[ \t]+){0,4}?(dinner|luncheon|lunch|breakfast|reception|gala|party|ball|meeting|briefing|webinar"
    r"|quiz|social|fete|barbecue|vigil|memorial|walk|agm)\b",
    re.IGNORECASE,
)
# Occasions a date after them dates ("the briefing on 24 July", "will hold its first sitting on Monday, 29 September").
_OCCASION_WORDS = (
    "briefing debrief meeting interview hearing webinar podcast dinner reception sitting swearing-in inauguration letter e-mail email memo editorial sale session "
    "preview rehearsal".split()
    + ["phone call", "press release", "our launch"]
)
_OCCASIONS = frozenset(occasion.split()[-1] for occasion in _OCCASION_WORDS)  # (their last words: "call", "release")
_OCCASION_BEFORE = re.compile(
    r"\b(?:" + "|".join(_OCCASION_WORDS) + ")s?"
    r"(?:\s+(?:in|at)\s+[A-Z][\w ]{0,30})?(?:\s+(?:(?:is|was|will\s+be)\s+)?(?:on|dated)\s+|[ \t]*:[ \t]*)" + _DAY_BEFORE + r"\Z"  # (or "preview: ")
    r"|\bweekend\s+of\s+\Z"  # "over the weekend of 26–27 July": a weekend, not the event's dates
    r"|\b(?:booked|reserved)\s+(?:my|our|a|the|his|her|their)\s+(?:hotel|room|rooms|flight|flights|stay|table)\s+(?:for\s+)?\Z"  # "I booked my hotel from 24 to 29 July"
    r"|(?:\A|\n)[ \t*]*(?:Mission|Trip|Travel|Visit|Itinerary)[ \t*]*:[^\n]{0,80}?\Z"  # "Mission: EU delegation to WAIC 2025, Shanghai, 24-29 July"
    r"|\b(?:paid|payable|disbursed|refunded|paid\s+out)\b[^.\n]{0,40}?\bon\s+" + _DAY_BEFORE + r"\Z"  # "will be paid ... on Friday 20 March"
    r"|\b(?:is|are|was|were|falls?)\s+due\s+(?:on|by)\s+" + _DAY_BEFORE + r"\Z"  # "the plan is due on Wednesday, 13 August"
    r"|\b[Dd]elegation,?\s+\Z"  # "Shanghai delegation, 24-28 July": a delegation's trip
    r"|\b[Cc]heck-?(?:in|out)\b[\w: ]{0,20}?\b(?:on|from)\s+\Z"  # "Early check-in from 09:00 on 25 July"
    r"|\b(?:[Ss]huttles?|[Bb]us(?:es)?|[Ss]ervice|[Mm]enu|[Oo]ffer|[Dd]iscount|[Pp]romotion)\b[^.\n]{0,40}?"
    r"\b(?:runs?|operates?|is\s+available|are\s+available|is\s+valid)\s+(?:from|on|between|until)\s+\Z"  # "Shuttle service operates from 25 July"
    r"|\b(?:visits?|trips?|tours?|stays?|missions?)(?:\s+(?:to|in)\s+[A-Z][\w ]{0,30})?,?(?:\s+(?:on|from|between))?\s+\Z"
    r"|\b(?:set\s+up|built|installed|assembled|dismantled|taken\s+down|torn\s+down)\s+(?:on|from|between)\s+(?:\d{1,2}\s+(?:and|&)\s+)?\Z"  # "set up on 24 and 25 July"
    r"|\b(?:booked|registered|paid|submitted|received|reserved|ordered|returned)\s+(?:by|before|no later than)\s+\Z"  # deadlines  # "an official visit to China from 27 to 31 July"
    r"|\bby\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?,?\s+(?:on\s+)?" + _DAY_BEFORE + r"\Z"  # "freight at the gate by 12:00 on 24 July": a deadline
    r"|\b(?:[Rr]egistrations?|[Aa]pplications?|[Ee]ntries|[Ss]ales|[Bb]ookings?|[Nn]ominations?|[Ss]ubmissions?|[Tt]ickets?"
    r"|[Pp]re-?orders?|[Ee]nrol?ments?|[Ss]ign-?ups?)\s+(?:for|to|at|of|in)\b[^.\n]{0,60}?\b(?:closed|closes|close|closing|shut|shuts)\b"
    r"[^.\n]{0,30}?\b(?:on|by)\s+" + _DAY_BEFORE + r"\Z"  # "Registration for the Shanghai event closed on 18 July": a deadline
    # (for something named: "the voucher scheme opened on 1 April 2022 and applications closed on 31 March 2023" ends it)
    r"|\b(?:[Bb]adge|[Rr]egistration|[Cc]heck-in|[Aa]ccreditation|[Pp]ick-?up|[Ss]et-?up|[Bb]uild(?:-?up)?|[Rr]ehearsal"
    r"|[Dd]ismantl(?:e|ing)|[Mm]ove-?(?:in|out)|[Ll]oad-?(?:in|out)|[Bb]reakdown|[Ff]reight|[Dd]elivery|[Ii]nstallation)"
    r"[\w ]{0,20}:\s*(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thurs|Fri|Sat|Satur|Sun)(?:day)?,?\s+)?\Z"  # "Badge collection: Friday 25 July"
)


# When a rule takes effect: "with effect from Thursday, 30 October" (a claim of such a day aside).
_EFFECT_BEFORE = re.compile(r"\b(?:with\s+effect|effective|in\s+force|takes?\s+effect|took\s+effect)\s+(?:from|on|as\s+of)\s+" + _DAY_BEFORE + r"\Z")
# An index's base period: "(January 1995 = 100)", "a January 1995 base of 100", "base year 2015", "relative to a
# base period, January 1995, which is set at 100": what the index is measured against, no claim's date.
_BASE_AFTER = re.compile(r"[ \t]*=[ \t]*100\b|[ \t]+base\b(?![ \t]+(?:camp|station|jumper)s?\b)", re.IGNORECASE)
# A periodical's name before its issue's month: "Wheelers Bulletin - October 2025", "Newsletter, Autumn 2025".
_ISSUE_BEFORE = re.compile(
    r"\b(?:bulletin|newsletter|digest|magazine|gazette|roundup|round-up|update|issue)[ \t]*[-–—,:|]?[ \t]*\Z", re.IGNORECASE
)
_BASE_BEFORE = re.compile(r"\bbase[ \t]+(?:year|period|date|month)s?[ \t]*(?:of[ \t]+|is[ \t]+|was[ \t]+|[,:(][ \t]*)?\Z", re.IGNORECASE)


class Matcher(FigureRules):
    """Finds the statements of a set of claims in texts."""

    def matches(
        self,
        text: str,
        blocks: tuple[tuple[int, int], ...],
        cells: tuple[Cell, ...] = (),
        leads: tuple[tuple[int, int], ...] = (),
        recase: Callable[[str, Sequence[tuple[int, int]], Sequence[bool] | None], str] | None = None,
    ) -> list[Match]:
        """Every statement of a claim in ``text``, in text order (``cells``: its tables' body cells;
        ``leads``: (list item block, block introducing the list) pairs, see :class:`Document`).

        ``recase(text, blocks, whole)``, if given, gives the blocks that may state a claim (those of
        ``blocks`` that ``whole`` marks, or all) their likely case (see
        :class:`factcheck.truecase.Truecaser`); the text read is then left in ``self.read``."""
        self.read = text
        lead_of = dict(leads)
        # The rows of this text's tables (header and body), which scope another edition to their cells
        # (see _edition_before). Set per call: a Matcher scans one text at a time.
        self._table_rows = _row_spans(cells)
        self._table_cells, self._own_heads, self._own_columns, self._header_years = cells, None, None, None
        self.written = written_year(text) if self._edition_year else None
        self._part_rows = _part_rows(cells, text) if cells else frozenset()
        gate = self.index.live(text, blocks, cells, lead_of)
        if gate is not None and not gate.blocks:
            return []  # no subject with its context anywhere: nothing can be stated
        if recase is not None:  # the blocks that may state a claim (the gate reads lower-cased text: case changes nothing it found)
            text = self.read = recase(text, blocks, None) if gate is None else recase(text, gate.blocks, gate.whole)
        spans = split_sentences(text, blocks) if gate is None else split_sentences(text, gate.blocks, gate.numbers, gate.whole)
        sents = _Sentences(text, spans, [s.start for s in spans], {}, cells, lead_of)
        every, texts = (range(len(spans)), range(len(spans))) if gate is None else self.index.sentences(text, spans, gate)
        # "Need more than 50 seats?", "Imagine Washington had proposed ...": nothing is asserted
        every = [i for i in every if _asserted(text, spans[i])]
        texts = [i for i in texts if _asserted(text, spans[i])]
        found: list[Match] = []
        for lo, hi in _runs(spans, every):  # one extraction per run of adjacent live sentences
            for value in extract(text[lo:hi]):
                value = _shift(value, lo)
                found.extend(self._value_match(value, sents, sents.locate(value.start)))
        if self._text_ids:
            for i in texts:
                span = spans[i]
                matches = self._text_matches(text, span, sents.tokens(i), sents.before(i))
                found.extend(_placed(m, span) for m in matches)
        found = [m for m in found if not _denied(text, m) and not _in_correction_column(text, m.sentence[0], m.start)]
        found = _without_comparators(_without_restatements(sorted(found, key=lambda m: (m.start, m.end, m.claim.claim.id)), text), text)
        return _one_year_each(found)

    # ----------------------------------------------------------- values

    def _value_match(self, value: Value, sents: _Sentences, i: int) -> list[Match]:
        """The value's match, if it states a claim, placed in its sentence."""
        previous = sents.before(i)  # tokenised only if context asks
        match = self._assign(value, sents.tokens(i), previous, sents.text)
        old = self._old_of_range(value, sents.tokens(i), previous, sents.text) if self._before_claims else None
        if match is None:
            return [_placed(old, sents.spans[i])] if old else []
        span = sents.spans[i]
        if old:
            return [_placed(old, span), _placed(match, span)]
        twin = self._weekday_twin(match, value, sents.tokens(i), previous, sents.text)
        return [_placed(match, span)] + ([_placed(twin, span)] if twin else [])

    def _weekday_twin(
        self, match: Match, value: Value, tokens: list[Token], previous: Previous, text: str
    ) -> Match | None:
        """A day that states a date claim also states a weekday claim that gives its date and has the
        same subject ("QuasarDB 4.0 was released on March 14, 2024" against a release date and a
        release weekday): the day's weekday is what the document implies."""
        if not self._dated_weekdays or not isinstance(value, DateMention) or value.first.day is None:
            return None
        if value.last is not None:
            return None
        subjects = set(match.claim.subjects)
        at = token_at(tokens, value.start)
        if isinstance(match.claim.claim.value, WeekdayValue):  # the other way: "opens on Friday, 17 July" states the dates too
            dated = lambda c: isinstance(c.claim.value, DateValue)
            twin = self._nearest(value, DateValue(value.first, value.last), tokens, _own(previous), at, ("date",), text, dated)
            return _with_edge(twin, tokens, at) if twin else None
        if not isinstance(match.claim.claim.value, DateValue):
            return None
        near = set() if _cells_of(tokens) else {  # a subject just before the day ("proposed it in a speech at WAIC on 27 July")
            h.claim for h in self.index.sentence_hits(tokens) if at - TWIN_REACH <= h.last < at and h.claim in self._dated_weekdays
        }
        wanted = lambda c: (  # (of the claim's year: "on Sunday, 27 September 2025" is another year's Sunday)
            c.claim.id in self._dated_weekdays
            and (not subjects.isdisjoint(c.subjects) or c.claim.id in near)
            and _same_year(value.first, c.claim.value)
        )
        return self._nearest(value, DateValue(value.first), tokens, _own(previous), at, ("weekday",), text, wanted)

    def _row_of_another_year(self, tokens: list[Token], start: int) -> bool:
        """Whether the table cell at ``start`` stands in a row whose label names a year, none of them one the claims
        give ("| 1996 amnesty | 3,150 |", where the claims name 2024 and 2025; not a cell of the label itself)."""
        cell = cell_at(tokens, start)
        if cell is None or cell.label[0] == cell.start or not self._claims_years:
            return False
        years = [int(t.raw) for t in tokens if cell.label[0] <= t.start < cell.label[1] and _is_year(t)]
        return bool(years) and all(year not in self._claims_years for year in years)

    def _assign_in_note(self, value: object, tokens: list[Token], text: str) -> Match | None:
        """The claim a figure in a column of notes states, read in its own cell, if its row's label names no
        other year ("| Whales refloated | 154 | In two main refloats |": what the note counts, not the row's)."""
        cell = cell_at(tokens, value.start)  # type: ignore[attr-defined]
        assert cell is not None  # (the caller found the cell's column)
        label = [t for t in tokens if cell.label[0] <= t.start < cell.label[1]]
        own = [t for t in tokens if cell.start <= t.start < cell.end]
        return None if not own or self._other_year_of(label) else self._assign(value, own, [], text)

    def _superlative_scope(self, compiled: CompiledClaim, text: str, start: int) -> bool:
        """Whether a place at ``start`` follows a superlative's "in", and so is a ranking's scope ("the third-largest
        civic hackathon in Europe"), unless the claim's statement uses that superlative ("The longest totality is in
        Aswan")."""
        found = _SUPERLATIVE_SCOPE.search(text, max(0, start - 60), start)
        return found is not None and found.group(1).split()[0].lower() not in _statement_words(compiled.claim.statement)

    def _birthday_or_sale(self, text: str, start: int) -> bool:
        """Whether a day at ``start`` is a birthday ("(born 3 May 1993)") or the day something goes on sale ("go on
        sale on Tuesday 14 April"), and no claim gives one."""
        return (not self._birth_claims and _BORN_BEFORE.search(text, max(0, start - 12), start) is not None) or (
            not self._sale_claims and _ON_SALE_BEFORE.search(text, max(0, start - 60), start) is not None
        )

    def _assign(self, value: object, tokens: list[Token], previous: Previous, text: str) -> Match | None:
        """The claim a value states, if any (in a sentence that opens in the past, or of "the year before", only a claim
        of a past time's)."""
        if isinstance(value, NumberMention) and not value.maybe_year and tokens and (
            _PAST_OPENER.match(text, tokens[0].start) or _YEAR_BEFORE_AFTER.match(text, value.end)
        ):  # "Five years ago, there were 3,400 vacancies", "after a 9% drop the year before": then
            match = self._assign_value(value, tokens, previous, text) if self._past_claims else None
            return match if match is not None and match.claim.claim.id in self._past_claims else None
        return self._assign_value(value, tokens, previous, text)

    def _assign_value(self, value: object, tokens: list[Token], previous: Previous, text: str) -> Match | None:
        if _cells_of(tokens) and _in_stale_column(tokens, value.start, text):  # type: ignore[attr-defined]
            return None  # "| What we said | Correct figure |": the first column is what was wrong
        if _cells_of(tokens) and _in_stale_column(tokens, value.start, text, self._another_years_column):  # type: ignore[attr-defined]
            return None  # "| FULL-YEAR ESTIMATES | 2024A | 2025E | 2026E |": an estimate, or another year's actual
        if _cells_of(tokens) and self._earlier_years_column(tokens, value.start, text):  # type: ignore[attr-defined]
            return None  # "| Item | 2025/26 | 2024/25 |": last year's figures beside this year's
        if _cells_of(tokens) and self._in_others_column(tokens, value.start, text):  # type: ignore[attr-defined]
            return None  # "| Parameter | Ithaca Horizon | Corvid (predecessor) |": the third column is the Corvid's
        if _cells_of(tokens) and isinstance(value, DateMention) and self._entity_row(tokens, value.start, text):
            return None  # "| Queen's Rise School | 7–8 Oct 2025 |" below the claims' own school's row: another school's date
        if _cells_of(tokens) and _in_stale_column(tokens, value.start, text, NOTES_HEADER) and _after_values(tokens, value.start):  # type: ignore[attr-defined]
            return self._assign_in_note(value, tokens, text)  # "| Whales refloated | 154 | In two refloats |": a note's own
        at = token_at(tokens, value.start)  # type: ignore[attr-defined]
        if at == int(at) and tokens[int(at)].start < value.start:  # type: ignore[attr-defined]
            return None  # a figure inside a word ("0'05", a duration in minutes and seconds): no statement
        if _in_quoted_title(text, value.start, value.end):  # type: ignore[attr-defined]
            return None  # '"Seven Days in Alfama"', '"The 40th Floor"': a title's words, not a value
        if isinstance(value, DateMention) and "/" in value.text and _DAY_SLASH_MONTH.fullmatch(value.text) and (_cells_of(tokens) or "|" in _line_of(text, value.start)):
            return None  # "| Mon 21/7 | 10:00 | X | ... #WAIC2025 ... |": a schedule's row, not the event's day
        if isinstance(value, NumberMention) and text[value.start - 1 : value.start] == "(":
            year = _YEAR_BRACKET_BEFORE.search(text, max(0, value.start - 12), value.start)
            if year is not None and int(year.group(1)) not in self._claims_years:
                return None  # "beating even the freak summer of 2019 (€251m)": that year's figure
        if isinstance(value, NumberMention) and self._first_dated and (year := _IN_YEAR_AFTER.match(text, value.end)):
            if int(year.group(1)) < self._first_dated and int(year.group(1)) not in self._named_years:
                return None  # "(it was seventh in 2015)", "Best ranking 2nd (2023)": a year before the claims' dates
        if isinstance(value, NumberMention) and "when" in text[max(0, value.start - 80) : value.start]:
            year = _YEAR_WHEN_BEFORE.search(text, max(0, value.start - 60), value.start) or _WHEN_YEAR_BEFORE.search(
                text, max(0, value.start - 80), value.start
            )
            if year is not None and (int(year.group(1)) not in self._claims_years or text[max(0, year.start() - 6) : year.start()].lower().endswith("since ")):
                return None  # "on the Water Act of 1998, when 64 amendments were tabled", "the worst since 1991, when stones of
                # about 6 cm fell": that year's figure
        if isinstance(value, NumberMention):
            if _cells_of(tokens) and (
                any(c.label in self._part_rows and self._counted_by_header(c, text) for c in _cells_of(tokens) if c.start <= value.start < c.end)
                or (not self._change_claims and _in_stale_column(tokens, value.start, text, CHANGE_HEADER))
                or (not self._ranks and _in_stale_column(tokens, value.start, text, RANK_HEADER))
                or (not self._marks_claims and _in_stale_column(tokens, value.start, text, MARKS_HEADER))
                or (not self._whole_claims and _in_stale_column(tokens, value.start, text, WHOLE_HEADER))
                or self._row_of_another_year(tokens, value.start)
            ):
                return None  # a row over a "Total" row: a part; "| 2024 | 2025 | Change |": a difference; "| Rank |": a rank;
                # "| Marks |": marks for the row's answer; "| Group |": a whole the claims' thing is part of; "| 1996 amnesty | 3,150 |": another year's
            scale, currency = header_scale(tokens, value.start, value.text, text) if _cells_of(tokens) and value.kind is not NumberKind.PERCENT else (1, None)
            if _cells_of(tokens) and value.qualifier is not Qualifier.EXACT:
                value = _in_own_cell(tokens, value, text)  # "| see above | €1.14bn |": "above" is no qualifier of the next cell's
            if value.unit is None and value.kind is NumberKind.COUNT and _cells_of(tokens) and self._units:
                value = replace(value, unit=header_unit(tokens, value.start, value.end, text, self._units))  # "| Floor space (m²) | 22,000 |"
            if scale != 1:  # "| 4.23 |" under "| Viewers (millions) |", "| 312.5 |" under "| Price (€000s) |"
                money = currency is not None and value.kind is NumberKind.COUNT
                value = replace(
                    value, value=round(value.value * scale, 6), high=None if value.high is None else round(value.high * scale, 6),
                    kind=NumberKind.MONEY if money else value.kind, currency=currency if money else value.currency,
                )  # fmt: skip
            return self._assign_number(value, tokens, previous, text, at)
        if _doubted(tokens, at, text, self._claim_words):
            return None  # "An earlier version of this editorial said Premier Li spoke on Sunday, 27 July."
        if isinstance(value, DateMention):
            if (
                self._stamped(text, value.start)
                or (_SINCE_BEFORE.search(text, max(0, value.start - 8), value.start) and not self._since_claims)  # "shut since July 2022": a start
                or _BYLINE_BEFORE.search(text, max(0, value.start - 60), value.start)
                or _is_dateline(text, value)
                or self._birthday_or_sale(text, value.start)
                or _stamp_in_brackets(text, value)
                or (not self._deadlines and _deadline(text, value.start))
                or _attribution(text, value.start)
                or _memo_date(text, value.start)
                or _CITATION_BEFORE.search(text, max(0, value.start - 240), value.start) is not None
                or _chat_stamp(text, value)
                or _signature(text, value)
                or (_ISO_OPENING.match(value.text) is not None and _TIME_AFTER.match(text, value.end) is not None)  # "Time: 2025-07-29 08:40"
                or _MACHINE_TIME_AFTER.match(text, value.end) is not None
                or (text[value.start - 1 : value.start] == "(" and (
                    _AFTER_THE.search(text, max(0, value.start - 48), value.start) or _REVISION_BEFORE.search(text, max(0, value.start - 48), value.start)
                ))
                or ("night" in text[max(0, value.start - 40) : value.start] and _NIGHTS_BEFORE.search(text, max(0, value.start - 40), value.start))
                or (_told_before(text, value.start) and _TOLD_IN.search(text, max(0, value.start - 60), value.start) is not None)
                or ("after" in text[max(0, value.start - 70) : value.start] and _SINCE_THE_EVENT.search(text, max(0, value.start - 70), value.start))
                or _negated_day(text, value.start)
                or _TASK_LINE.match(text, text.rfind("\n", 0, value.start) + 1) is not None  # "[ ] Priya - explainer (due Fri 8 Aug)"
                or (_cells_of(tokens) and _in_stale_column(tokens, value.start, text, DUE_HEADER))  # "| Due |": a deadline
                or (not self._effect_dates and _EFFECT_BEFORE.search(text, max(0, value.start - 60), value.start) is not None)
                or _BASE_AFTER.match(text, value.end) is not None
                or _BASE_BEFORE.search(text, max(0, value.start - 24), value.start) is not None
                or (value.first.day is None and value.first.month is not None and _ISSUE_BEFORE.search(text, max(0, value.start - 16), value.start) is not None)
            ):
                return None  # "Updated 30 July 2025:", "SHANGHAI, July 26 (Reuters) -": when it was written
            if value.first.year is None and _OTHER_YEAR_AFTER.match(text, value.end):
                return None  # "The race returns on 11 October next year": another edition's day
            listed = _LISTED_OCCASION.match(text, value.end)  # "Sat 18 Oct 2025   End to End celebration dinner": the dinner's
            occasion = self._occasion_claims(
                _OCCASION_BEFORE.search(text, max(0, value.start - 60), value.start) or _OCCASION_AFTER.match(text, value.end)
                or (listed.group(1) if listed else None)
            )
            if occasion is not None and not occasion:
                return None  # "the briefing on 24 July", "the 30 July deadline": another occasion's date
            if self._in_aside_of_another(tokens, value, text):
                return None  # "Jensen Huang, who spoke at the supply chain expo in Beijing on 16 July, ...": his day
            if value.first.day is None and _BY_MONTH.search(text, max(0, value.start - 4), value.start):
                return None  # "the number that had booked stands by March": a cut-off
            if _ISO_OPENING.match(value.text) and _LINE_OPENING.search(text, max(0, value.start - 8), value.start):
                return None  # "- 2025-07-23 Ten questions about World AI Conference": a post's date in a list
            if value.first.year is None and self._names_other_edition(tokens):
                return None  # "WAIC 2024 opened on 4 July 2024; the exhibition stayed open until 7 July": 2024's 7 July
            found = DateValue(value.first, value.last)
            families = ("date", "year") if value.first.year is not None else ("date",)  # "returns on Oct. 19": no year
            owners = self._owner_of_date(tokens, at)  # "the AI Action Plan of 23 July": the plan's date, or no claim's
            if occasion:
                owners = occasion if owners is None else owners & occasion  # "at its meeting on 14 October": the meeting's date
            if self._another_editions_date(value, tokens):
                owners = (frozenset(self.index.claims) if owners is None else owners) - self._edition_dates  # "WAIC runs from 26 to 29 July 2028": 2028's
            if value.first.day is not None and "year" in families:  # "on Saturday 14 June 2025 ... the pumping station stopped"
                owners = frozenset(c for c in (self.index.claims if owners is None else owners) if self._year_dated(c, tokens))
                if value.first.year == self._edition_year and owners & self._foundings() and not self._year_subject_before(tokens, value.start):
                    owners = owners - self._foundings()  # "In the year to 31 March 2025 the trust completed the restoration":
                    # the edition's year, no founding date
            if value.first.day is None or not self._dated_weekdays:
                wanted = (lambda c: c.claim.id in owners) if owners is not None else None
                match = self._nearest(value, found, tokens, _own(previous), at, families, text, wanted)
            else:  # a day may also state a weekday claim that gives its date ("on July 26" for Saturday, 26 July)
                # (one day, of the claim's year if it names one: "on Thursday, 4 July 2024" is another year's speech)
                wanted = lambda c: (owners is None or c.claim.id in owners) and (not isinstance(c.claim.value, WeekdayValue) or (
                    c.claim.id in self._dated_weekdays and value.last is None and _same_year(value.first, c.claim.value)
                ))
                match = self._nearest(value, found, tokens, _own(previous), at, (*families, "weekday"), text, wanted)
            return _with_edge(match, tokens, at) if match and value.last is None and value.first.day else match
        if isinstance(value, WeekdayMention):
            if _WEEKDAY_RANGE_AFTER.match(text, value.end) or _WEEKDAY_RANGE_BEFORE.search(text, max(0, value.start - 20), value.start):
                return None  # "Friday to Sunday, 07:00-20:00": a span of days, not the day
            if _WEEKDAY_LIST_AFTER.match(text, value.end) or _WEEKDAY_LIST_BEFORE.search(text, max(0, value.start - 16), value.start):
                return None  # "on Thursday, Friday and Saturday": days a list gives, not the day
            if text[value.end : value.end + 2] in ("'s", "’s") and not self._subject_after(tokens, value.end + 2):
                return None  # "according to Monday's revised estimates": that day's estimates, not the claim's day
            if text[value.end : value.end + 1] == "s" and not text[value.end + 1 : value.end + 2].isalpha():
                return None  # "late opening until 20:00 on Thursdays": a day of every week, not the claim's day
            if _EVERY_BEFORE.search(text, max(0, value.start - 8), value.start):
                return None  # "lunchtime recitals every Wednesday at 12.30pm": a day of every week too
            if (
                _BY_OPENING.search(text, max(0, value.start - 6), value.start)
                or self._birthday_or_sale(text, value.start)
                or _attribution(text, value.start)
                or _negated_day(text, value.start)
                or (_cells_of(tokens) and _in_stale_column(tokens, value.start, text, DUE_HEADER))  # "| Due |": a deadline
                or _REPORTED_ON.search(text, max(0, value.start - 12), value.start) is not None
                or (text[value.start - 3 : value.start] == "on " and _ARRIVED_ON.search(text, max(0, value.start - 24), value.start) is not None)
            ):
                return None  # "By Thursday, rescuers had stopped finding anyone alive": a cut-off; "its first sitting on Monday"
            occasion = self._occasion_claims(_occasion_on(text, value.start))
            if occasion is not None and not occasion:
                return None  # "its first sitting on Monday": that occasion's day
            day = _date_after(text, value.end) or _date_before(text, value.start)  # "Thursday, 4 July 2024", "4 July 2024 (Thursday)": another year's
            wanted = lambda c: (not occasion or c.claim.id in occasion) and (
                day is None or day.year is None or not isinstance(c.claim.value, WeekdayValue) or _same_year(day, c.claim.value)
            )
            return self._nearest(value, WeekdayValue(value.weekday), tokens, _own(previous), at, ("weekday",), text, wanted)
        return None

    def _year_dated(self, claim_id: str, tokens: list[Token]) -> bool:
        """Whether a full date may give its year to a claim: any claim but one of a year whose statement speaks of a
        beginning (built, founded, opened ...) that the sentence does not ("the Hollins Mill pumping station stopped
        on 14 June 2025" gives no year it was built in)."""
        origin = self._origin_words.get(claim_id)
        return not origin or any(t.norm in origin for t in tokens)

    def _of_a_year_when(self, text: str, start: int) -> bool:
        """Whether a value follows "YEAR, when" in its clause for a year that none of the claims names: what was so then."""
        year = _YEAR_WHEN_BEFORE.search(text, max(0, start - 80), start)
        return year is not None and int(year.group(1)) not in self._claims_years

    def _another_years_column(self, header: str) -> bool:
        """Whether a column header is a year marked as an estimate, a forecast or a projection ("2025E", "FY2026F"),
        or as the actual figures of a year that no claim names ("2024A")."""
        found = _MARKED_YEAR.fullmatch(header)
        return found is not None and (found.group(2).upper() != "A" or int(found.group(1)) not in self._claims_years)

    def _earlier_years_column(self, tokens: list[Token], start: int, text: str) -> bool:
        """Whether the table cell at ``start`` stands under a header that is a year ("2024", "2024/25", "FY2024") beside
        other such headers in its row, and not the claims' edition year, nor (with none) the latest of them."""
        cell = cell_at(tokens, start)
        if cell is None or not cell.heads or cell.label[0] == cell.start:
            return False
        year = _header_year(text, cell.heads[-1])
        if year is None:
            return False
        if self._header_years is None:  # (once per text: the years that head each row's cells)
            self._header_years = {}
            for c in self._table_cells:
                if c.heads and (y := _header_year(text, c.heads[-1])):
                    self._header_years.setdefault(c.label, set()).add(y)
        years = self._header_years.get(cell.label, set())
        if len(years) < 2:
            return False
        return year != (self._edition_year if self._edition_year in years else max(years))

    def _title_of_another_body(self, tokens: list[Token], k: int) -> bool:
        """Whether the title ending at token ``k`` is of a body that no claim names: "Joanna Pryce, Head of Media" holds
        another title than the head of the claims' network."""
        body = _of_a_body(tokens, k)
        return body is not None and body not in self._claim_words and body not in self._own_name_words

    def _occasion_claims(self, found: re.Match[str] | str | None) -> frozenset[str] | None:
        """The date claims whose subject is the occasion found next to a date, if one is: none for "the
        briefing on 24 July" (another occasion's date), the meeting's for "at its meeting on 14 October"
        beside a claim of the meeting's date; None when no occasion is found."""
        if not found:
            return None
        words = re.findall(r"[a-z]+", (found if isinstance(found, str) else found.group()).lower())
        return self._dated_subjects.get(normalize(words[0]), frozenset()) | self._dated_subjects.get(normalize(words[-1]), frozenset())

    def _another_editions_date(self, value: DateMention, tokens: list[Token]) -> bool:
        """Whether a date of another year than the edition's, in a sentence that does not name the
        edition's year, is another edition's for the claims whose statement names the edition (not a year that an
        edition's date range runs into: "until 6 January 2026" for the 2025 lights)."""
        year = value.first.year
        if not self._edition_dates or year is None or year == self._edition_year or year in self._edition_end_years:
            return False
        return not any(_is_year(t) and int(t.raw) == self._edition_year for t in tokens)

    def _subject_after(self, tokens: list[Token], offset: int) -> bool:
        """Whether a claim's subject stands in the three words after ``offset`` ("Saturday's opening speech"),
        or after "of" right after a noun there ("Monday's release of the White House AI Action Plan")."""
        k = bisect_left(tokens, offset, key=_token_start)
        if self.index.subject_hits(tokens[k : k + 3]):
            return True
        of = next((j for j in range(k + 1, min(k + 3, len(tokens))) if tokens[j].norm == "of"), None)
        return of is not None and bool(self.index.subject_hits(tokens[of + 1 : of + 7]))

    def _counted_by_header(self, cell: Cell, text: str) -> bool:
        """Whether a cell's column header names what it counts ("| Venue | Exhibiting companies |":
        each row's figure is one venue's part); not "| Item | FY2025 |", where the row is the subject."""
        return any(self.index.subject_hits(tokenize(text, a, b)) for a, b in cell.heads)

    def _owner_of_date(self, tokens: list[Token], at: float) -> frozenset[str] | None:
        """The claims whose subject a date follows after "of" ("the White House AI Action Plan of 23
        July"): the date is that subject's, whatever claim is nearer; None when it follows none."""
        k = int(at + 0.5)
        if k < 2 or tokens[k - 1].norm != "of":
            return None
        lo = max(0, k - 6)
        owners = frozenset(h.claim for h in self.index.subject_hits(tokens[lo : k - 1]) if h.last + lo == k - 2)
        return owners or None

    def _may_be_place(self, compiled: CompiledClaim, tokens: list[Token], span: tuple[int, int], text: str) -> bool:
        """Whether words put in relation to a place subject may be an unknown place: not the sentence's
        first word (capitalised anyway: "About WAIC", "Proposed headquarters"), nor a possessive
        ("Sundar Pichai's WAIC keynote"), nor words that hold the claim's own subject or context
        ("Northbridge University" for the university's city), nor an event's name ("the Meridian Cup final")."""
        if span[0] == tokens[0].start or text[span[1] : span[1] + 2] in ("'s", "’s"):
            return False
        if any(c.start <= span[0] < c.end and not text[c.start : span[0]].strip(" \t*_") for c in _cells_of(tokens)):
            return False  # "| Compute | Major outage | 6h 51m |": a cell's first word, capitalised anyway
        if _SEPARATOR_BEFORE.search(text, max(0, span[0] - 40), span[0]):
            return False  # "Accessibility statement · Privacy notice", "Compute ...... Major outage": after a separator
        if text[max(0, span[0] - 2) : span[0]] == ": ":
            return False  # "Policy Instrument: Counting WAIC 2025": capitalised after a colon anyway
        if text[span[0] - 1 : span[0]] in ('"', "“"):
            return False  # 'the "Ask WAIC" booth assistant': a quoted name's first word, capitalised anyway
        if not text[text.rfind("\n", 0, span[0]) + 1 : span[0]].strip(" \t:*>#-"):
            return False  # ":Actually WAIC 2025 brought ...", a reply's first word on its line: capitalised anyway
        words = [t for t in tokens if span[0] <= t.start < span[1]]
        if len(words) == 1 and DEMONYM.fullmatch(words[0].raw) and _WORD_AFTER.match(text, span[1]):
            return False  # "any major European marathon", "The Irish Derby": an adjective of a place, not the place
        if words and words[-1].norm in EVENT_WORDS:
            return False  # "the Meridian Cup final": an event's name, not a place
        if words and words[-1].norm in _GROUP_NOUNS:
            return False  # "NAIA Delegation WAIC 2025", "the Policy Desk": a group's name, not a place
        if self._own_event_re.fullmatch(text, *span):
            return False  # "Caseus supreme champion Fjellgull": the claims' own event, not a place
        own = [*compiled.require, *(Term(w, False, " " + " ".join(w) + " ") for w in compiled.subjects)]
        if any(term.occurs_in(words) for term in own):
            return False
        return not any(t.norm in self._named_in[compiled.claim.id] for t in words)  # "Hurricane Marisol made landfall near ..."

    # ------------------------------------------------------------- text

    def _text_matches(self, text: str, span: Sentence, tokens: list[Token], previous: Previous) -> list[Match]:
        out: dict[tuple[str, int, int], Match] = {}
        in_table = bool(_cells_of(tokens))
        hits = [h for h in self.index.sentence_hits(tokens) if h.claim in self._text_ids]
        for hit in hits:
            if any(h.first <= hit.first and hit.last <= h.last and h.last - h.first > hit.last - hit.first for h in hits):
                continue  # "Chief Executive" inside "Chief Executive Officer", "winner" in "Golden Boot winner": the longer only
            compiled = self.index.claims[hit.claim]
            if getattr(compiled.claim.value, "kind", "") == "name" and _title_not_held(tokens, hit, text):
                continue  # "two fewer than the top scorer", "reports directly to the CEO": compared or served, not held
            if getattr(compiled.claim.value, "kind", "") == "name" and inside_a_proper_name(tokens, hit):
                continue  # "went to Haldsund Cable Works", "Kestrel Cable Company": a firm's name, no title
            if getattr(compiled.claim.value, "kind", "") == "place" and hit.first > 0 and _capitalised_plural(tokens[hit.last]) and tokens[hit.last].raw.isalpha() and (
                tokens[hit.first - 1].raw[:1].isupper() and tokens[hit.first - 1].norm not in self._own_name_words
            ):
                continue  # "operated by Tidewell Terminals": a firm's name, no terminal's place
            if _next_or_last_before(tokens, hit, counted=False) and _NEXT_OR_LAST.isdisjoint(_claim_words(compiled)):
                continue  # "the Company's other sites at Corrin Bay", "the next host city": another instance
            if getattr(compiled.claim.value, "kind", "") == "place" and _street_of_a_name(tokens, hit):
                continue  # "the Tesco car park on Fenner Street": the street's name, not the claim's street
            if hit.first == hit.last and tokens[hit.first].norm == "by" and _by_another_verb(tokens, hit, compiled):
                continue  # "led by Dr Ilse Maartens", "Posted by Hanneke", "By Marit Okonkwo-Visser" for a claim of "by" a painter
            if hit.claim in self._person_ids and hit.first > 0 and tokens[hit.first - 1].norm in _OTHER_HOLDER and not self._claim_uses(
                hit.claim, tokens, hit.first - 1
            ):
                continue  # "the then mayor, Simon Thackery", "the former minister", "Deputy rankings editor Hana
                # Oyelaran", "Backup pilot Samir Qadri": another holder (but a claim of the outgoing prime minister reads
                # "Outgoing Prime Minister ...")
            kind = _name_start(tokens, hit.first, adjacent=True) - 1  # (past a name: "the older Brindle Bay plant")
            if kind > 0 and tokens[kind].norm not in _ANOTHER_OF_ITS_KIND and tokens[kind].raw.islower() and tokens[kind].norm not in _DETERMINERS:
                kind -= 1  # (past a word: "The proposed final judge is Ruth Fairbairn")
            if kind >= 0 and tokens[kind].norm in _ANOTHER_OF_ITS_KIND and not self._claim_uses(hit.claim, tokens, kind):
                continue  # "engineers from neighbouring utility Westmoor Water", "rival operator X", "the older Brindle Bay plant": another
            if hit.claim in self._person_ids and self._edition_year and _held_before(tokens, hit, text, min(self._stated_years[hit.claim] | {self._edition_year})):
                continue  # "Zhu Rongji, China's premier from 1998 to 2003", "set out by Premier Zhou Enlai in 1953" (a claim of the
                # 2024 champion takes "The 2024 champion, Huw Pritchard")
            if hit.claim in self._person_ids and self._latest_year and _tenure_ended(tokens, hit, text, self._latest_year):
                continue  # "Jonas Hallberg, chief scientist of the mission from 2013 to 2021": a holder then
            # A name's title may take its country from the sentence before ("China
            # proposed a body. Premier Li presented it."); a quoted title may not.
            before = previous if getattr(compiled.claim.value, "kind", "") == "name" else []
            if (before is previous or _quote_of_a_name(compiled, hit, tokens)) and _others_title(compiled, hit, tokens, text, self._variants.get(hit.claim)):
                continue  # "Ontario Premier Doug Ford", "Russia's Deputy Foreign Minister": another's title; "the
                # Summer Reading Challenge theme is 'Story Garden'": another's theme
            if not in_table and self.index.context_level(hit.claim, tokens, before) is None:
                continue
            if (hit.claim in self._edition_claims and self._other_year_of(tokens, hit.claim)) or self._named_for_other_year(tokens, hit, text):
                continue  # "The 2023 slogan was 'Run the City'", "the 1931 stranding at Gannet Spit"
            if self._possessed_by_another(tokens, hit) or self._opened_by_another(tokens, hit, text):
                continue  # "The charity's 2025 theme is 'Every Mile Matters'", "Lakeshore Dairy Co. ... recalled ricotta"
            if getattr(compiled.claim.value, "kind", "") != "place" and _a_parts(tokens, hit):
                continue  # "This year's H2 zone theme is ...", "the theme for the robotics hall": a part's own
            if _denied_kind(tokens, hit):
                continue  # "NOPTA, the titles administrator, is not a safety regulator"
            if _one_of_a_kind(tokens, hit, self._claim_words) or _plural_holders(tokens, hit):
                continue  # "Northgate is an organisation headquartered in Shenzhen", "most UN agencies are headquartered in Geneva"
            if hit.claim in self._events:
                variants = self._variants[hit.claim]  # (an event named as the value itself: "at the ERS Congress")
                others = [n for n in self._other_events([hit], tokens, None, previous, text) if not variants.search(n)]
                if self._not_own(others) and self._not_at(others, hit.claim):
                    continue  # "The World Robot Conference opened on Friday. This year's theme was 'X'"
            if hit.claim in self._settled and _hedged(tokens, hit.first, text):
                continue  # "Some observers speculate that such a body might be headquartered in Beijing"
            candidates = self._text_candidates(compiled, hit, text, span, tokens)
            if in_table:  # each candidate in the context of its own cell
                candidates = [c for c in candidates if self._in_context(hit.claim, tokens, before, c[1], text)]
            if candidates:  # the nearest; at one place, the longest ("Cédric O", not "Cédric")
                _, start, negative_length = min((d, s, s - e) for d, s, e in candidates)
                end = start - negative_length
                out[(hit.claim, start, end)] = Match(compiled, start, end, TextValue(" ".join(text[start:end].split())))
        return self._to_the_claim_it_names(_longest_per_place(list(out.values())))

    def _names_own_body(self, name: str) -> bool:
        """Whether a name of two words or more is one the claims' statements give ("Wrekin Air Ambulance")."""
        return " " in name and name.lower() in self._statements_text

    def _to_the_claim_it_names(self, matches: list[Match]) -> list[Match]:
        """The matches, less those at a place where another claim of a name lists the value found (as its value, an
        alias or a known wrong variant) and this one does not: "Harwood Grammar, winners of the Cogworks Cup" is the winning school
        a claim names wrongly, not also the winning team's name."""
        named = {(m.start, m.end) for m in matches if self._lists(m) and getattr(m.claim.claim.value, "kind", "") == "name"}
        return [m for m in matches if (m.start, m.end) not in named or self._lists(m)]

    def _lists(self, match: Match) -> bool:
        """Whether a text match's claim lists the value found among its variants."""
        pattern = self._variants.get(match.claim.claim.id)
        return pattern is not None and isinstance(match.found, TextValue) and pattern.fullmatch(match.found.text) is not None

    def _others_wrong_venue(self, tokens: list[Token], text: str, span: tuple[int, int]) -> bool:
        """Whether a place is a known wrong value of a venue claim whose subject stands in the sentence too:
        that claim's (with a venue claim that lists "Crown Gardens" as wrong, "The fourth Test, at Crown
        Gardens, decided the series" gives no city)."""
        others = [c for c, wrong in self._venue_wrongs.items() if wrong.fullmatch(text, *span)]
        return bool(others) and any(h.claim in others for h in self.index.sentence_hits(tokens))

    def _title_of_another_after(self, compiled: CompiledClaim, tokens: list[Token], title_end: int) -> bool:
        """Whether a person's title that is none of the claim's subject words follows its subject: "Commission
        Chair Pieter Vandersloot" names the chair, not the commission."""
        k = title_end + 1
        if k >= len(tokens) or not tokens[k].raw[:1].isupper() or tokens[k].norm not in _PERSON_TITLES or tokens[k].norm in _HONORIFIC_TITLES:
            return False
        return all(tokens[k].norm not in words for words in compiled.subjects)

    def _past_own_title(self, compiled: CompiledClaim, span: tuple[int, int], text: str) -> tuple[int, int]:
        """A name less a title that opens it and is one of the claim's subject words, if two words or more are
        left: "Speaker Livia Sandor" is "Livia Sandor" for a claim of the Speaker."""
        words = text[span[0] : span[1]].split(" ")
        if len(words) >= 3 and words[0].lower() in self._subject_phrases[compiled.claim.id]:
            return span[0] + len(words[0]) + 1, span[1]
        return span

    def _known_place_before(self, compiled: CompiledClaim, hit: SubjectHit, tokens: list[Token], text: str) -> bool:
        """Whether a noun subject follows one of the place claim's known places, which then names its
        place, not its owner ("The failure began at the Ashby substation")."""
        if hit.first == 0 or tokens[hit.last].norm.endswith(("ed", "ing")) or tokens[hit.last].norm in ("in", "at", "near"):
            return False
        start = _name_start(tokens, hit.first, adjacent=True)
        return start < hit.first and _adjacent(tokens, hit.first) and self._variants[compiled.claim.id].fullmatch(
            text, tokens[start].start, tokens[hit.first - 1].end
        ) is not None

    def _text_candidates(
        self, compiled: CompiledClaim, hit: SubjectHit, text: str, span: Sentence, tokens: list[Token]
    ) -> list[tuple[float, int, int]]:
        value = compiled.claim.value
        assert isinstance(value, TextValue)
        lo, hi = span.start, span.end
        spans: list[tuple[int, int]] = []
        appositive: list[tuple[int, int]] = []
        if value.kind != "place":
            spans += [m.span() for m in self._variants[compiled.claim.id].finditer(text, lo, hi)]
            if value.kind == "name":  # "Professor Hannah Okafor" is not the alias "Okafor"
                a, b = _clause_around(tokens, hit.first, text, _CLAUSE_OPENERS)  # not "..., while van Dael finished as top scorer"
                spans = [s for s in spans if tokens[a].start <= s[0] < tokens[b - 1].end]
                spans = [_with_given_name(s, tokens, text, self.index) for s in spans]
                title = tokens[hit.first].start  # "Larry Page, another former Google chief executive": one more holder
                spans = [s for s in spans if not (s[1] <= title and _ANOTHER_HOLDER.fullmatch(text, s[1], title))]
                # "the former Google CEO, not Sundar Pichai"; "Premier Li Keqiang -- sorry, Li Qiang": taken back
                spans = [s for s in spans if not _NOT_BEFORE.search(text, max(0, s[0] - 12), s[0]) and not _CORRECTED.match(text, s[1])]
            # "the champion after beating Jannik Sinner": the one beaten is not the title's holder; nor a relative or an aide
            spans = [s for s in spans if not _BEATEN_BEFORE.search(text, max(0, s[0] - 20), s[0]) and not _RELATIVE_BEFORE.search(text, max(0, s[0] - 40), s[0])]
        if value.kind == "name":
            known = {start for start, end in spans if " " in text[start:end]}  # "Li Qiang", not the alias "Li"
            # a known name then more capitalised words is the known name: "Premier Li Qiang Propose ..." (a headline)
            title_end = _title_end(hit, tokens, value)
            # (the subject inside the known name names no one else: "Greywood Wildlife Trust Issue 112")
            inside = any(a <= tokens[hit.first].start and tokens[hit.last].end <= b for a, b in spans)
            # (nor one that a lower-case subject's doer, a known name right before it, has named: "watched Danny Okafor switch
            # on Wrenfield's lights" for a claim of who switched them on)
            inside = inside or (tokens[hit.first].raw.islower() and any(text[b : tokens[hit.first].start] == " " for _, b in spans))
            after = [] if inside else [s for s in name_after(tokens, title_end, text) if s[0] not in known and not _CORRECTED.match(text, s[1])]
            if after and spans and tokens[hit.last].norm in _VERB_PARTICLES and tokens[hit.first].raw.islower():
                after = [s for s in after if text[s[1] : s[1] + 2] not in ("'s", "’s")]  # "Danny Okafor ... switch on Wrenfield's
                # lights": the owner, where the clause names a known name (the doer)
            if after and _capitalised_plural(tokens[title_end]):  # "the Champions Pass": a name that holds the word, no title
                after = [s for s in after if self._variants[compiled.claim.id].fullmatch(text, *s)]
            if after and _title_case(tokens):  # "Premier Li Proposes Global AI Body" (a headline): the name is "Li"
                after = [_known_start(s, text, value) for s in after]
            if not _cells_of(tokens):  # a header row's next cell is no name: "| No. | Premier | Term | Notes |"
                after = [s for s in after if not _CELL_GAP.fullmatch(text, tokens[title_end].end, s[0])]
            after = [self._past_own_title(compiled, s, text) for s in after]  # "| Presiding officer | Speaker Livia Sandor |"
            after = [s for s in after if not _common_nouns(text, s)]  # "Carrick Ness Lifeboat Station", "Lifeboat Operations Manager"
            if after and self._title_of_another_after(compiled, tokens, title_end):
                after = []  # "said Commission Chair Pieter Vandersloot": the chair's name, not the commission's
            spans += after
            if not after and not inside and not self._title_of_another_body(tokens, title_end):  # (a name after the title wins:
                appositive = name_before(tokens, hit, text, self._names_own_body) or name_set_off(tokens, hit, text, self._own_name_words)  # "In Beijing,
                # Premier Li Qiang said")
                appositive = appositive or _name_by_copula(tokens, title_end, text, " was " in compiled.claim.statement)
                # ("The new vice-chancellor is Nadia Verhagen."; "was" only for a claim in the past)
        elif value.kind == "place" and (_owns_place(compiled, hit, tokens, text, self._names, self._stated_events) or self._known_place_before(compiled, hit, tokens, text)):
            variants = self._variants[compiled.claim.id]
            modifier = _modifies_a_noun(tokens, hit, text)  # "cave rescue teams in Wales": the teams' place, not the cave's
            # a sentence's first word is capitalised anyway: "About WAIC", "Proposed headquarters" name no
            # place, unless it is a known one ("Beijing headquarters of the body ...")
            spans += [
                s
                for s in [_owned_facility(text, s) if compiled.claim.id in self._facility_claims else s for s in _read_on(places(tokens, hit, text), text, variants)] + labelled_places(tokens, hit, text, _cells_of(tokens))
                if (variants.fullmatch(text, *s) or (not modifier and not (text[max(0, s[0] - 4) : s[0] - 1] == "the" and text[s[0] - 1 : s[0]].isspace()) and self._may_be_place(compiled, tokens, s, text)))
                and not _HOUSE_NUMBER.match(text, s[1])
                and text[s[0] : s[1]].lower() not in _LANGUAGES
                and text[s[0] : s[1]].lower() not in _PARTIES  # "Conservative Member for Ashcombe": a party, no place
                and not _HOUSE_OF_BEFORE.search(text, max(0, s[0] - 10), s[0])  # "House of Commons constituency": an institution
                and not self._superlative_scope(compiled, text, s[0])  # "the third-largest hackathon in Europe": a ranking's scope
                and text[s[0] : s[1]].split(maxsplit=1)[0].lower() not in _PERSON_TITLES  # not "Mayor Tomas Reinholt"
                and not (_facility(text, s) and compiled.claim.id not in self._facility_claims)
                and not (_is_street(text, s) and not _street_value(value))  # "the hall at Quayside Road": its address
                and (variants.fullmatch(text, *s) or not ORG_TAIL.match(text, s[1]))  # "the Directorate's Voluntary Disclosure Unit"
                and not _registration(text, s)  # "Registered in Scotland No. SC102938": a body's legal footer
            ]  # (not a street: "our head office at Meir 1, Antwerp"; not "bulletins in Portuguese"; nor "held at Morrin Farm"
            # for a claim of a country: a farm, a hall or a street is no town or country)
            spans += _linked_by_copula(variants, tokens[hit.first].start, tokens[hit.last].end, text, lo, hi)  # "The guest of honour was Latvia"
            spans = [_known_after_comma(s, text, variants, value) for s in spans]  # "in Kotvik, Finland": Finland, for a claim of a country
            # Denied, not stated: "WAIC was not held in Beijing", "WAIC isn't in Beijing", "The body will not be headquartered in Beijing".
            start, end = tokens[hit.first].start, tokens[hit.last].end
            denied = tokens[hit.first].raw.islower() and _DENIED_BEFORE.search(text, max(0, start - 20), start)
            spans = [s for s in spans if not (end <= s[0] and (denied or _DENIED_BEFORE.search(text, max(end, s[0] - 30), s[0])))]
            spans = [s for s in spans if not _NOT_PLACE_BEFORE.search(text, max(0, s[0] - 24), s[0])]  # "not the Kestrel Bay region but ..."
            if self._all_values is not None:  # (nor a part of another claim's value: "the working title North Mayo Uplands National Park")
                own = self._own_values[compiled.claim.id]
                spans = [s for s in spans if variants.fullmatch(text, *s) or not _within_match(self._all_values, text, s, lo, hi, own)]
            if spans and self._stated_names is not None:  # nor the first word of a name the statements give: "the 28th
                spans = [s for s in spans if variants.fullmatch(text, *s) or not _within_match(self._stated_names, text, s, lo, hi)]  # Northmarch Book Fair"
            if spans and self._venue_wrongs and compiled.claim.id not in self._venues:  # "The fourth Test, at Crown Gardens": no wrong city
                spans = [s for s in spans if variants.search(text, *s) or not self._others_wrong_venue(tokens, text, s)]
                # (but a venue named for one of the claim's own cities is in it: "crowned in Norrvik Cathedral")
            if spans and _title_case(tokens):  # "Ireland's Newest National Park Is Wild, Wet and ...": a headline's capitals, no place
                spans = [s for s in spans if variants.fullmatch(text, *s)]
            spans = [_known_start(s, text, value) for s in spans]  # "near Port Ardmore North Carolina": Port Ardmore
            if spans and not _NEAR_WORD.search(compiled.claim.statement):
                spans = [s for s in spans if variants.fullmatch(text, *s) or not _NEAR_BEFORE.search(text, max(0, s[0] - 12), s[0])]
                # "the M62 fog pile-up near Normanton": a landmark near the place, for a claim whose statement puts nothing near one
            # "struck Skellan Bay", for a claim of Skellan Bay with the subject "bay": the known place
            spans = [(s[0], end) if s[1] <= start and variants.fullmatch(text, s[0], end) else s for s in spans]
        elif value.kind == "quote":
            spans += quotes_near(text, lo, hi, tokens, hit) or unquoted_title(tokens, hit, text)
            if not value.text[:1].islower():  # 'a complete report "within ten days"': a quoted phrase, no title
                spans = [s for s in spans if not text[s[0] : s[0] + 1].islower() or self._variants[compiled.claim.id].fullmatch(text, *s)]
            if self._all_values is not None:  # another claim's value is no title: "| Winner | Tamsin Achterberg |"
                own = self._own_values[compiled.claim.id]
                spans = [s for s in spans if not ((found := self._all_values.fullmatch(text, *s)) and found.group(0).lower() not in own)]
        title_span = tokens[hit.first].start, tokens[_title_end(hit, tokens, value)].end
        variants = self._variants[compiled.claim.id]  # (but a known value that starts with the subject word: "the Musée Saint-Aurélien")
        spans = [s for s in spans if not (title_span[0] <= s[0] < title_span[1]) or (s[1] > title_span[1] and variants.fullmatch(text, *s))]
        if value.kind == "name" and spans:  # "announce Habemus Papam": a subject phrase of the claim is no name
            own = self._subject_phrases[compiled.claim.id]
            spans = [s for s in spans if text[s[0] : s[1]].lower() not in own]
        if _cells_of(tokens):
            spans = [s for s in spans if not _in_stale_column(tokens, s[0], text) and not self._entity_row(tokens, s[0], text)]
        spans = [s for s in spans if not _doubted(tokens, token_at(tokens, s[0]), text, self._claim_words) and not _text_changed_from(text, s)]
        spans = [s for s in spans if not _ADVISED_AGAINST.search(text, max(0, s[0] - 60), s[0])]  # 'do not call the book "X"'
        if spans and "when" in text[lo:hi]:  # "the tallest tree since 2008, when a 13-metre spruce from Perthshire stood there"
            spans = [s for s in spans if not self._of_a_year_when(text, s[0])]
        # A name in apposition is the title's own: as near as one right after it, nearer than
        # a variant elsewhere in the sentence ("Wang, China's premier, met Li Qiang").
        return [(_distance(hit, token_at(tokens, s[0])), s[0], s[1]) for s in spans] + [
            (1.0, s, e) for s, e in appositive
        ]


# Nouns of where a thing is, which a subject word before them still places: "the cave entrance", "the conference venue".
_PLACE_HEADS = frozenset(
    "entrance entrances venue venues centre center hall site sites city town location grounds ground area campus building "
    "headquarters hq base office offices complex park mouth gate gates door".split()
)


def _modifies_a_noun(tokens: list[Token], hit: SubjectHit, text: str) -> bool:
    """Whether a one-word subject stands before another noun that it qualifies ("cave rescue teams", "a cave radio
    link"): a lower-case word right after it that is no function word, verb in -s, -ed or -ing, or noun of a place."""
    k = hit.last + 1
    if hit.first != hit.last or k >= len(tokens) or text[tokens[hit.last].end : tokens[k].start] != " ":
        return False
    if hit.first and not tokens[hit.first].raw.islower():
        return False  # a capitalised subject word is a name's ("The Arden Valley harvest"), unless it opens the sentence
    if tokens[k].norm in ("and", "or") and k + 2 < len(tokens) and tokens[k + 1].raw.islower() and tokens[k + 1].norm not in _DETERMINERS:
        k += 2  # "volunteer cave and mountain rescue in Wales": both qualify the rescue
    word = tokens[k].raw
    return _content_word(word) and not word.endswith(("s", "ed", "ing", "ly")) and word not in _MODALS and word not in _PLACE_HEADS


def _content_word(word: str) -> bool:
    """Whether a word as written is a lower-case content word: no function word, adverb of place or time, or irregular
    past verb."""
    return word.isalpha() and word.islower() and word not in _STOP and word not in _DETERMINERS and word not in _CLAUSE_OPENERS and word not in _NOT_A_HEAD


_NOT_A_HEAD = frozenset(
    "where when which who whose whom then there here now itself near off out up down once not no also only "
    "went came took began ran saw got made put set held left fell rose grew drew broke brought bought caught fought found gave kept "
    "lost met paid said sent sold spent stood told won wrote hit cut let shut came became led read".split()
)  # (and irregular past verbs: "The Coravia swap went smoothly")
_PERSON_TITLES = frozenset(
    "mayor president minister governor senator premier chancellor king queen prince princess judge general professor prof "
    "dr mr mrs ms sir dame lord lady secretary ambassador commissioner chairman chairwoman chair ceo director".split()
)
_HONORIFIC_TITLES = HONORIFICS - {"president"}  # before a name, its holder's own ("Commission President X" is another's)
_PARTIES = frozenset(
    "conservative conservatives labour liberal liberals democrat democrats republican republicans tory tories green greens "
    "socialist socialists unionist unionists nationalist nationalists independent".split()
)
_SUPERLATIVE_SCOPE = re.compile(
    r"\b(largest|biggest|busiest|oldest|newest|longest|tallest|highest|deepest|smallest|best|worst|fastest|richest"
    r"|most[ \t]+(?!likely|probably|recently|often|notably|importantly|of\b)\w+|ranks?|ranked|among)\b"
    r"(?![^.;:!?]*\b(?:held|hosted|staged|took[ \t]+place|based|located)\b)[^.;:!?]{0,50}\bin[ \t]+\Z"
)
# Capitalised common nouns that make no name after a title: "Lifeboat Station", "Lifeboat Operations Manager".
_NAMELESS = _ORG_WORDS | frozenset(
    "station operation operations manager officer director head chief coordinator team crew service branch unit division "
    "desk secretary report annual update statement page".split()
)


def _common_nouns(text: str, span: tuple[int, int]) -> bool:
    """Whether the words at ``span`` are all common nouns of bodies and posts, no name, or end in one in the
    plural: "Coastguard Rescue Teams" names no commander."""
    words = [w.strip(".,;:*_") for w in text[span[0] : span[1]].split()]
    if not words:
        return False
    last = normalize(words[-1])
    return all(normalize(w) in _NAMELESS for w in words) or (last in _NAMELESS and words[-1].lower() != last)


# A body's registration: "Registered charity in England and Wales (209603)", "Registered in Scotland No. SC102938".
_REGISTERED_IN = re.compile(r"\bregistered[ \t]+(?:(?:charity|company|society|office)[ \t]+)?in[ \t]+\Z", re.IGNORECASE)
_REGISTRATION_NUMBER = re.compile(r"[^\n.;]{0,30}?(?:\bNo\.|\bnumber|\(|:)[ \t]*[A-Z]{0,3}[ \t]?\d{5,}", re.IGNORECASE)


def _registration(text: str, span: tuple[int, int]) -> bool:
    """Whether a place is where a body is registered, with its registration number after it."""
    return bool(_REGISTERED_IN.search(text, max(0, span[0] - 30), span[0]) and _REGISTRATION_NUMBER.match(text, span[1]))


_NEAR_WORD = re.compile(r"\b(?:near|outside|close to|north|south|east|west)\b", re.IGNORECASE)
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|close[ \t]+to|(?:north|south|east|west)[ \t]+of)[ \t]+\Z", re.IGNORECASE)
_HOUSE_OF_BEFORE = re.compile(r"\b(?:House|Chamber|Court|Bank|Church|Palace)[ \t]+of[ \t]+\Z")
_LANGUAGES = frozenset(
    "english french spanish portuguese german italian dutch russian arabic chinese mandarin cantonese japanese "
    "korean hindi urdu bengali turkish greek polish swedish norwegian danish finnish czech hungarian romanian "
    "ukrainian hebrew persian farsi thai vietnamese indonesian malay swahili tagalog latin".split()
)


def _after_values(tokens: list[Token], offset: int) -> bool:
    """Whether the table cell at ``offset`` has a cell of its row between it and the row's label: a column of
    notes after one of values ("| Whales refloated | 154 | In two refloats |"; not "| Term | Details |")."""
    cell = cell_at(tokens, offset)
    return cell is not None and any(c.label == cell.label and cell.label[1] <= c.start < cell.start for c in _cells_of(tokens))


def _by_another_verb(tokens: list[Token], hit: SubjectHit, compiled: CompiledClaim) -> bool:
    """Whether a subject that is only "by" opens its sentence (a byline) or follows a participle that is none of the
    claim's words ("led by", "posted by", "maintained by"; not "painted by" for a claim of "painted by", nor "is by")."""
    if hit.first == 0:
        return True
    word = tokens[hit.first - 1].norm
    return word.endswith("ed") and all(word not in phrase for phrase in compiled.subjects)


def _quote_of_a_name(compiled: CompiledClaim, hit: SubjectHit, tokens: list[Token]) -> bool:
    """Whether a title's subject follows two capitalised words or more ("the Summer Reading Challenge
    theme"), which may name whose title it is (not "Official theme this year: ...")."""
    return (
        getattr(compiled.claim.value, "kind", "") == "quote"
        and hit.first >= 2
        and tokens[hit.first - 1].raw[:1].isupper()
        and tokens[hit.first - 2].raw[:1].isupper()
    )


def _text_changed_from(text: str, span: tuple[int, int]) -> bool:
    """Whether a value is what something changed from: "raised from orange to red", "moved from
    Beijing to Shanghai" (the value after "to" is the one stated)."""
    return text[max(0, span[0] - 6) : span[0]].rstrip(" \t\"“‘'«").endswith("from") and _TO_AFTER.match(text, span[1]) is not None


_TO_AFTER = re.compile(r"[\"”’'»]?[ \t]+(?:to|into)[ \t]+\S")


def _known_after_comma(span: tuple[int, int], text: str, variants: re.Pattern[str], value: TextValue) -> tuple[int, int]:
    """The known value an unknown place is followed by after a comma, the larger place it is in ("Kotvik, Finland" for
    a claim of Finland), or the place (an alias, often a less precise one, is not: "Stamford, Connecticut")."""
    comma = _COMMA.match(text, span[1])
    known = variants.match(text, comma.end()) if comma else None
    if known is None or variants.fullmatch(text, *span) or known.group().lower() in {a.lower() for a in value.aliases}:
        return span
    return known.span()


_TASK_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]+)?\[[ xX]\][ \t]")  # a to-do list's item: "[ ] Tom - one-pager (due Wed 6 Aug)"
_VERB_PARTICLES = frozenset("on off up out down over".split())  # a phrasal verb's last word: "switch on", "kicked off"


def _owned_facility(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The facility a place's possessive owns, if one with a name of its own follows it ("at Sheffield's Riverside
    Arena": the Riverside Arena, where a venue is), else the place."""
    owned = _OWNED_NAME.match(text, span[1])
    if owned is None or " " not in owned.group(1) or owned.group(1).split()[0].lower() in FACILITIES:
        return span  # (one word, "St Anselm's Cathedral", or "King's College Hospital": the possessive is the name's)
    return owned.span(1) if _facility(text, owned.span(1)) else span


_OWNED_NAME = re.compile(r"['’]s[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)")


def _facility(text: str, span: tuple[int, int]) -> bool:
    """Whether a name is a facility's: it ends in a word such as Farm, Hall or Shipyard, or one follows it ("Halkola Shipyard")."""
    after = _NEXT_WORD.match(text, span[1])
    return text[span[0] : span[1]].rsplit(maxsplit=1)[-1].lower() in FACILITIES or (after is not None and after.group(1).lower() in FACILITIES)


def _name_by_copula(tokens: list[Token], last: int, text: str, past: bool) -> list[tuple[int, int]]:
    """A full name that "is" or "will be" (or, ``past``, "was") links to the title ending at token ``last``, ending its
    clause: "The new vice-chancellor is Nadia Verhagen." (two name words at least: not "The chair is Ellen"; and not
    "Before Tamsin Oakridge arrived, the reserve's warden was Colin Reeve" for a claim of the present warden)."""
    k = last + 1
    if k + 1 < len(tokens) and tokens[k].norm == "will" and tokens[k + 1].norm == "be":
        k += 1
    elif k >= len(tokens) or tokens[k].norm not in (("is", "was") if past else ("is",)):
        return []
    if not joined(text, tokens[last], tokens[k]):
        return []
    j = k  # past a short description before the name: "The runner-up was Welsh hill farmer Dafydd Evans"
    while j - k < 3 and j + 1 < len(tokens) and _describes(tokens[j + 1]) and joined(text, tokens[j], tokens[j + 1]):
        j += 1
    if j > k and not tokens[j].raw.islower():
        j = k  # (the description ends in a common noun: "farmer")
    return [s for s in name_after(tokens, j, text) if " " in text[s[0] : s[1]] and _CLAUSE_END.match(text, s[1])]


def _describes(token: Token) -> bool:
    """Whether a word may describe a person before their name: a lower-case content word or a demonym ("Welsh")."""
    return _content_word(token.raw) or DEMONYM.fullmatch(token.raw) is not None


def _linked_by_copula(variants: re.Pattern[str], start: int, end: int, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """A claim's known place (its value, an alias or a known wrong value) that a copula links to its subject
    (from ``start`` to ``end``): "The guest of honour this year was Latvia", "Finland was this year's guest of honour"."""
    return [
        found.span()
        for found in variants.finditer(text, lo, hi)
        if text[found.end() : found.end() + 2] not in ("'s", "’s")  # (not "was Harlund's second most-visited monument")
        and (
            (end <= found.start() and _COPULA_AFTER.fullmatch(text, end, found.start()) and _CLAUSE_END.match(text, found.end()))
            or (found.end() <= start and _COPULA_BEFORE.fullmatch(text, found.end(), start))
        )
    ]


_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:!?)\]]|\n|\Z)|[ \t]+(?:and|but|this|last|next|in|for|with|while|as|after|when)\b")  # (not "Beijing time")


_COPULA = r"(?:is|was|are|were|will[ \t]+be|would[ \t]+be|has[ \t]+been|had[ \t]+been)"
_COPULA_AFTER = re.compile(r"(?:[ \t]+[\w'’]+){0,3}?[ \t]+" + _COPULA + r"[ \t]+")
_COPULA_BEFORE = re.compile(  # (then only a determiner or a possessive: not "Harlund were sent to the cathedral")
    r"[ \t]+" + _COPULA + r"[ \t]+(?:(?:the|a|an|this|its|their|our)[ \t]+)?(?:(?:this|next|the)[ \t]+)?(?:[\w-]+['’]s[ \t]+)?"
)


def _in_own_cell(tokens: list[Token], value: NumberMention, text: str) -> NumberMention:
    """A figure whose qualifier stands in the cell before its own ("| see above | €1.14bn |", a plain-text table
    whose column gap is only spaces), without it."""
    cell = cell_at(tokens, value.end - 1)
    if cell is None or value.start >= cell.start or any(c.isdigit() for c in text[value.start : cell.start]):
        return value  # (a figure that a qualifier after it follows into the next cell stays as it is)
    start = cell.start + len(text[cell.start : value.end]) - len(text[cell.start : value.end].lstrip())
    return replace(value, start=start, text=text[start : value.end], qualifier=Qualifier.EXACT)


def _is_street(text: str, span: tuple[int, int]) -> bool:
    """Whether a name ends in a word of a street ("Quayside Road", "Mill Lane")."""
    return text[span[0] : span[1]].rsplit(maxsplit=1)[-1].lower() in _STREETS


def _street_value(value: TextValue) -> bool:
    """Whether a place claim's value, an alias or a known wrong value is a street: only then is a street its rival."""
    return any(name.rsplit(maxsplit=1)[-1].lower() in _STREETS for name in (value.text, *value.aliases, *value.wrong))


def _street_of_a_name(tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a subject is a capitalised street word that ends a name ("Fenner Street", "Mill Road")."""
    word = tokens[hit.first]
    return hit.first == hit.last and hit.first > 0 and word.norm in _STREETS and word.raw[:1].isupper() and (
        tokens[hit.first - 1].raw[:1].isupper() and tokens[hit.first - 1].end + 1 == word.start
    )


_STREETS = STREET_NOUNS
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")


def _of_a_body(tokens: list[Token], k: int) -> str | None:
    """The capitalised word after "of" right after token ``k`` ("Media" in "Head of Media"), if one."""
    if k + 2 < len(tokens) and tokens[k + 1].norm == "of" and tokens[k + 2].raw[:1].isupper() and tokens[k + 2].raw.isalpha():
        return tokens[k + 2].norm
    return None


def _capitalised_plural(token: Token) -> bool:
    """Whether a title word is capitalised and plural ("Champions"): a title before one's name is singular."""
    return token.raw[:1].isupper() and _plural_as_written(token)


def _title_case(tokens: list[Token]) -> bool:
    """Whether a sentence is written in title case, as headlines are: every word of four letters
    or more capitalised, and at least three of them."""
    long = [t.raw for t in tokens if len(t.raw) > 3 and t.raw.isalpha()]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _read_on(spans: list[tuple[int, int]], text: str, variants: re.Pattern[str]) -> list[tuple[int, int]]:
    """Capitalised words read on to the end of the known or wrong place they start: "John" in "finished at John o'
    Groats" is "John o' Groats", whose lower-case word ends the run of capitals."""
    return [
        (s[0], found.end()) if (found := variants.match(text, s[0])) and found.end() > s[1] and _LOWER_WORD_NEXT.match(text, s[1]) else s
        for s in spans
    ]


_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-z]")  # a lower-case word after a run of capitals: " o' Groats", " de la Frontera"


def _known_start(span: tuple[int, int], text: str, value: TextValue) -> tuple[int, int]:
    """A name read on into capitalised words, cut to the known or wrong name it starts with: in a
    title-case sentence, "Li Proposes Global" is "Li", "Li Keqiang Speaks" is "Li Keqiang"; a place,
    "Port Ardmore North Carolina", is "Port Ardmore"."""
    words = list(re.finditer(r"\S+", text[span[0] : span[1]]))
    for name in sorted((value.text, *value.wrong, *value.aliases), key=len, reverse=True):
        n = len(name.split())
        if n < len(words) and [w.group().lower() for w in words[:n]] == name.lower().split():
            return span[0], span[0] + words[n - 1].end()
    return span


_OPEN_BRACKET = re.compile(r"(?:[ \t-]*[A-Za-z]+){0,2}[ \t]*\([ \t]*(?:or|i\.e\.,?|that is,?)?[ \t]*")  # " days (", "-day ("


def _one_year_each(found: list[Match]) -> list[Match]:
    """``found`` less the other years a sentence gives a year claim when it also gives the claim's own: in
    "The 2026 rankings went live on Wednesday, 8 October 2025", 2026 is the edition and 2025 the day's year."""
    own = {
        (m.claim.claim.id, m.sentence)
        for m in found
        if _is_year_claim(m.claim) and isinstance(m.found, NumberValue) and m.found == m.claim.claim.value
    }
    if not own:
        return found
    return [m for m in found if (m.claim.claim.id, m.sentence) not in own or m.found == m.claim.claim.value]


def _restates(first: NumberValue, second: NumberValue) -> bool:
    """Whether ``second`` gives ``first`` again, in the same unit or restated from another within its rounding."""
    tolerance = max(first.tolerance, second.tolerance)
    if tolerance:  # "621 km (386 miles)", "386 miles (621 km)"
        return abs(second.amount - first.amount) <= tolerance and first.qualifier is second.qualifier
    return second == first


def _is_year_claim(claim: CompiledClaim) -> bool:
    value = claim.claim.value
    return isinstance(value, NumberValue) and value.kind is NumberKind.YEAR


def _without_restatements(found: list[Match], text: str) -> list[Match]:
    """``found`` (in text order) less each figure in brackets that restates the one just before it for
    the same claim in another unit: "four days (96 hours)" and "621 km (386 miles)" are one statement, not two."""
    kept: list[Match] = []
    for match in found:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.claim is match.claim
            and isinstance(match.found, NumberValue)
            and isinstance(last.found, NumberValue)
            and _restates(last.found, match.found)
            and _OPEN_BRACKET.fullmatch(text, last.end, match.start)
        ):
            continue
        kept.append(match)
    return kept


# A revision named before a date in brackets: "Commit 5e6f7a8 (Jul 24 2025)", "PR #1302 (24 July)": when it was made.
_REVISION_BEFORE = re.compile(r"\b(?:[Cc]ommit|[Rr]evision|[Bb]uild|[Tt]ag|PR|[Pp]ull\s+request|[Ii]ssue|[Rr]elease)\s+[#\w.-]*\d[#\w.-]*\s*\(\Z")
# A stay's nights before its dates: "4 nights, 25-29 July", "four nights in Pudong (25–29 July)".
_NIGHTS_BEFORE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[ \t-]+nights?\b[^.;:\n()]{0,24}[,(][ \t]*\Z", re.IGNORECASE)
def _told_before(text: str, start: int) -> bool:
    """A cheap first look for _TOLD_IN: "told" or "testified" in the words before ``start``."""
    window = text[max(0, start - 60) : start]
    return "told " in window or "testified " in window


# Testimony's date: "told the Commission of Inquiry in October that ...".
_TOLD_IN = re.compile(r"\b(?:told|testified\s+(?:to|before))\s+(?:the\s+|a\s+)?[A-Z][\w ]{0,40}?\s+(?:in|on)\s+\Z")
# A day measured from the claim's event: "One year to the day after the blowout, on Wednesday 12 March 2025".
_SINCE_THE_EVENT = re.compile(
    r"\b(?:years?|months?|weeks?|days?)\s+(?:to\s+the\s+day\s+)?after\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3},\s+(?:on\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\Z"
)
_WORD_AFTER = re.compile(r"[ \t]+[A-Za-z]")


def _without_comparators(found: list[Match], text: str) -> list[Match]:
    """``found`` (in text order) less each figure that a figure before it in the sentence, for the same
    claim, is compared with or broken down into after a colon: "86% effective, compared with 52% in an
    earlier trial" states the 86% only (but "16 cases in the vaccine arm against 113 in the placebo
    arm" states two claims), "41% had been paid out, up from 23% in June" the 41%, and "Four people lost
    their lives: two employees and two contractors" the four; nor the parts of a whole that the sentence
    opens with: "Of the scheme's €1.2 billion budget, €351 million has been committed" states the €1.2 billion; nor a part
    that "including" gives: "Over 4,500 new cycle parking spaces, including 300 for cargo bikes" states the 4,500."""
    kept: list[Match] = []
    figures: dict[tuple[str, tuple[int, int]], list[Match]] = {}  # the figures kept, by claim and sentence
    dropped: list[Match] = []
    for match in found:
        if isinstance(match.found, NumberValue):
            if _then_compared(kept, match, text):
                continue  # "fell to 4.37% last month, compared with 4.91% a year ago": the rate a year ago
            earlier = figures.setdefault((match.claim.claim.id, match.sentence), [])
            opening = _OF_OPENING.match(text, match.sentence[0])  # "Of the scheme's €1.2 billion budget, €351 million ...": a part
            if earlier and (any(
                _COMPARATOR_BEFORE.search(text, max(0, match.start - 18), match.start)
                or _INCLUDING_BEFORE.search(text, max(0, match.start - 40), match.start)
                or _COMPARED_OWNER_BEFORE.search(text, max(0, match.start - 40), match.start)
                or _BREAKDOWN_GAP.fullmatch(text, m.end, match.start)
                or (opening is not None and m.end <= opening.end() <= match.start)
                for m in earlier
            ) or any(_RANGE_GAP.fullmatch(text, m.end, match.start) for m in dropped[-1:])):
                dropped.append(match)  # (and the range's second end: "against the 40% to 150% that applies ...")
                continue
            earlier.append(match)
        kept.append(match)
    return kept


def _then_compared(kept: list[Match], match: Match, text: str) -> bool:
    """Whether a figure follows a comparator and is dated earlier than the figure of the same kind kept
    before it in its sentence, for any claim: "The average two-year fixed rate fell to 4.37% last month,
    compared with 4.91% a year ago" (the 4.91% is the rate then, whichever claim's subject "a year ago" is),
    also further on: "up from annual growth of 4.1% the month before", "down from 4.45% in September and 4.91%
    twelve months earlier"."""
    if not _EARLIER_AFTER.match(text, match.end):
        return False
    kind = match.found.kind  # type: ignore[union-attr]
    return any(
        m.sentence == match.sentence
        and m.end <= match.start
        and isinstance(m.found, NumberValue)
        and m.found.kind is kind
        and _COMPARATOR.search(text, m.end, match.start) is not None
        for m in kept
    )


# A time before the text's own after a figure: "a year ago", "twelve months earlier", "last year", "in September".
_EARLIER_AFTER = re.compile(
    r"[ \t]+(?:(?:a|one|two|three|six|twelve|\d+)[ \t]+(?:years?|months?|weeks?)[ \t]+(?:ago|earlier|before)"
    r"|(?:last|the[ \t]+previous|the[ \t]+prior)[ \t]+(?:year|month|week|quarter)|the[ \t]+(?:year|month)[ \t]+before"
    r"|in[ \t]+(?:" + MONTH_NAMES + r")\b)"
)
_BREAKDOWN_GAP = re.compile(r"[^\n:]*\w:[ \t][^\n]*")  # a colon after a word on the same line: "lost their lives: two ..."
_PAST_HOLDER = frozenset("then former previous outgoing late erstwhile onetime one-time".split())  # before a title
_ANOTHER_OF_ITS_KIND = frozenset("neighbouring neighboring rival sister competing competitor older proposed prospective".split())  # before a subject
# Before a title, another post than the title's own: "Deputy rankings editor", "Backup pilot", "Assistant coach".
_OTHER_HOLDER = _PAST_HOLDER | frozenset("deputy assistant backup reserve associate vice test trainee junior".split())
_COMPARATOR = re.compile(r"\b(?:versus|vs\.?|against|compared\s+(?:with|to)|(?:up|down)\s+from)\s")
_COMPARATOR_BEFORE = re.compile(_COMPARATOR.pattern + r"+(?:the\s+)?\Z")  # (also "against the 40% to 150% that ...")
_INCLUDING_BEFORE = re.compile(  # "4,500 spaces, including 300 for cargo bikes", "including one interval of 20 minutes"
    r"\b(?:(?:including|incl\.)(?:\s+(?:an?|one|the|its|their)\s+[a-z-]+\s+(?:of|lasting))?|of\s+which|among\s+them)\s+\Z"
)
_RANGE_GAP = re.compile(r"\s*(?:to|-|–|—)\s*")  # "40% to 150%": a range's second end
# A comparison with another's figure: "quicker than last autumn's 35 days", "well below Kestrel's 4.5%".
_COMPARED_OWNER_BEFORE = re.compile(r"\b(?:than|below|above|under|on|from|with|against|versus|vs\.?)\s+(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+\Z")
_OF_OPENING = re.compile(r"\s*Of\b[^,\n]*,")  # a sentence's opening "Of the 800 exhibitors," names the whole


def _denied_kind(tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a subject noun follows "is not a", "isn't the", "was never a", past a word or two
    ("is not a safety regulator"): what the text says something is not."""
    for t in tokens[max(0, hit.first - 4) : hit.first]:  # (a cheap first look)
        if t.norm in ("not", "never") or t.raw.endswith(("n't", "n’t")):
            break
    else:
        return False
    j = hit.first - 1
    while j > hit.first - 3 and j > 0 and tokens[j].raw.islower() and tokens[j].norm not in ("a", "an", "the"):
        j -= 1
    if j < 1 or tokens[j].norm not in ("a", "an", "the"):
        return False
    return tokens[j - 1].norm in ("not", "never") or tokens[j - 1].raw.lower().endswith("n't")


def _plural_holders(tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a participle subject follows "are" or "were" after a quantified plural noun: "most UN
    specialised agencies are headquartered in Geneva" speaks of them, not of the claim's one body."""
    k = hit.first
    if k < 2 or tokens[k - 1].norm not in ("are", "were") or not (tokens[k].raw.islower() and tokens[k].raw.endswith("ed")):
        return False
    return _plural_owner(tokens[:k]) and any(t.norm in _QUANTIFIERS for t in tokens[max(0, k - 6) : k - 2])


_QUANTIFIERS = frozenset("most many all other several some few".split())  # "most UN specialised agencies"


def _a_parts(tokens: list[Token], hit: SubjectHit) -> bool:
    """Whether a subject is a part's of the site, named right before it or after "for the": "the H2 zone
    theme", "the theme for the robotics hall"."""
    if hit.first > 0 and tokens[hit.first - 1].norm in _SITE_PARTS:
        return True
    after = tokens[hit.last + 1 : hit.last + 5]
    return bool(after) and after[0].norm == "for" and any(t.norm in _SITE_PARTS for t in after[1:])


_SITE_PARTS = frozenset("hall pavilion zone wing gallery area sector booth stand track".split())


def _one_of_a_kind(tokens: list[Token], hit: SubjectHit, claim_words: frozenset[str]) -> bool:
    """Whether a participle subject follows an indefinite noun that a copula links to a name none of
    the claims use ("Northgate is an organisation headquartered in Shenzhen"): that name's seat
    (not "a concrete offer: an organization headquartered in Beijing", the claims' own)."""
    k = hit.first
    first = tokens[k]
    if k < 4 or not (first.raw.islower() and first.norm.endswith("ed") and tokens[k - 1].raw.isalpha() and tokens[k - 1].raw.islower()):
        return False
    j = k - 2  # past the noun's modifiers: "an independent, non-partisan research organisation"
    while j > k - 7 and j > 1 and tokens[j].norm not in ("a", "an") and tokens[j].raw[:1].islower():
        j -= 1
    p = j - 1  # the copula, also before a passive's "by": "NeuroNext Asia is run by an events organisation"
    if p > 2 and tokens[p].norm == "by" and (tokens[p - 1].norm.endswith("ed") or tokens[p - 1].norm == "run") and tokens[p - 2].norm in _COPULAS:
        p -= 2
    if not (p >= 1 and tokens[j].norm in ("a", "an") and tokens[p].norm in _COPULAS):
        return False
    name = p - 1  # the whole name before the copula: "Larkspur Biotherapeutics" is the claims' own if "Larkspur" is
    if tokens[name].raw[:1].isupper():
        while name > 0 and tokens[name - 1].raw[:1].isupper():
            name -= 1
    else:  # or a noun phrase after "the": "The housing bureau is operated by an events organization ..."
        name = next((i + 1 for i in range(p - 2, max(-1, p - 5), -1) if tokens[i].norm == "the"), -1)
        if name < 0 or not all(t.raw.isalpha() and t.raw.islower() for t in tokens[name:p]):
            return False
    return not any(t.norm in claim_words for t in tokens[name:p])
