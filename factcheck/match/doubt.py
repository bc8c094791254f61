"""Statements that assert nothing: corrections, doubt, hedges, hypotheses, goals and stale columns."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from ..index import joined_norms
from ..model import DateMention, NumberMention
from ..text import Sentence, Token, joined
from .cells import _cells_of, cell_at
from .clauses import _clause_around
from .words import _CLAUSE_OPENERS, _DAY_BEFORE, HABITUAL_WORDS, WEEKDAY_NAME, _token_start


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a quoted title: a quotation of two to eight words whose
    words of four letters or more are all capitalised ("Seven Days in Alfama", "The 40th Floor")."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = max(text.rfind(q, max(line_start, start - 60), start) for q in _OPENING_QUOTES)
    if opening < 0:
        return False
    closing = _CLOSING_QUOTE.search(text, end, min(len(text), end + 60))
    if closing is None:
        return False
    words = text[opening + 1 : closing.start()].split()
    if not 2 <= len(words) <= 8 or any(w[-1:] in ".!?;:" for w in words[:-1]):
        return False
    return (words[0][:1].isupper() or words[0][:1].isdigit()) and all(w[:1].isupper() or w[:1].isdigit() for w in words if len(w) >= 4)


_OPENING_QUOTES = ('"', "“", "«", "‘")
_CLOSING_QUOTE = re.compile(r"[\"”»’](?!\w)")


def _in_correction_column(text: str, start: int, at: int) -> bool:
    """Whether the sentence at ``start`` restates what an earlier text said, under a heading
    "Correction(s)" or "Clarification(s)" not far before it ("It said 600 companies had exhibited at
    the conference. The organisers' figure is more than 800."): what the document corrects, for a
    value at ``at`` before any colon or semicolon ("We gave the wrong day: he spoke on Sunday"
    asserts Sunday)."""
    if not _REPORTED_EARLIER.match(text, start) or ":" in text[start:at] or ";" in text[start:at]:
        return False
    return _CORRECTIONS_HEADING.search(text, max(0, start - CORRECTION_REACH), start) is not None


CORRECTION_REACH = 1500  # characters back in which a corrections heading makes "It said ..." a restated error
_CORRECTIONS_HEADING = re.compile(r"(?:\A|\n)[ \t#*]*(?:Corrections?|CORRECTIONS?|Clarifications?|CLARIFICATIONS?|Errata|ERRATA)\b")
_REPORTED_EARLIER = re.compile(
    r"(?:It|We|Our (?:article|story|report|piece)|(?:The|An?) (?:article|story|report|piece|graphic|caption|headline|sidebar)"
    r"(?:\s+[\w,'’\"“”-]+){0,8}?)\s+(?:also\s+)?(?:said|stated|reported|gave|wrote|described|misnamed|misstated|put|called|listed)\b"
)


_STALE_HEADER = re.compile(
    r"\b(?:what (?:we|it|they) said|was|were|old|previous(?:ly)?|before|incorrect|wrong|erroneous|reported as|original"
    r"|outdated|superseded|stated as|listed as|forecasts?|predict(?:ed|ions?)|projected|projections?|expected|planned|targets?|goals?)\b",
    re.IGNORECASE,
)


def _in_stale_column(tokens: list[Token], offset: int, text: str, header: Callable[[str], object] | None = None) -> bool:
    """Whether a table cell's column header says its values are old, wrong or only foreseen ("| Was | Now |",
    "| What we said | Correct figure |", "| Previously | Today |", "| Our July forecast |"), or ``header`` holds for it."""
    cell = cell_at(tokens, offset)
    if cell is None:
        return False
    if header is None:
        return any(_STALE_HEADER.search(text, a, b) for a, b in cell.heads)
    return any(header(text[a:b].strip()) for a, b in cell.heads)


# Columns of changes and of ranks: "| 2024 | 2025 | Change |", "| Rank | Category | Exhibits |".
CHANGE_HEADER = re.compile(r"\b(?:change|difference|diff|delta|growth|increase|decrease|yoy|y/y)\b|\+/-|±|Δ", re.IGNORECASE).search
# A column of deadlines or plans, whose dates are no event's: "| Action | Owner | Due | Status |".
DUE_HEADER = re.compile(
    r"[*_]*(?:due(?:\s+(?:date|by|on))?|deadline|target(?:\s+date)?|by\s+when|next\s+(?:step|review)|review\s+date|follow[\s-]up)[*_]*",
    re.IGNORECASE,
).fullmatch
# A column of notes, whose figures are read in their own cell, without the row's label: "| Whales refloated | 154 | In two refloats |".
NOTES_HEADER = re.compile(
    r"[*_]*(?:notes?|comments?|remarks?|details|explanation|observations?|context|caveats?)[*_]*", re.IGNORECASE
).fullmatch
# A column of a whole that holds the claims' thing and others: "| Metric | Aldermoss | Kessingham | Group |".
WHOLE_HEADER = re.compile(r"[*_]*(?:group|fleet|portfolio|network|company|(?:group|company|network|fleet)[\s-]wide|all\s+sites)[*_]*", re.IGNORECASE).fullmatch
WHOLE_STATEMENT = re.compile(r"\b(?:group|fleet|portfolio|network|company-wide|group-wide|all sites)\b", re.IGNORECASE)
# A column of marks or points awarded for each row: "| What was counted | Figure | Marks |".
MARKS_HEADER = re.compile(r"[*_]*(?:marks?|max(?:imum|\.)?\s+marks?|marks?\s+(?:available|awarded))[*_]*", re.IGNORECASE).fullmatch
MARKS_STATEMENT = re.compile(r"\bmarks?\b", re.IGNORECASE)
RANK_HEADER = re.compile(r"[*_]*(?:rank(?:ing)?\b.*|(?:#|no\.?|position)[*_]*)", re.IGNORECASE | re.DOTALL).fullmatch


def _is_goal(tokens: list[Token], value: NumberMention) -> bool:
    """Whether a goal verb stands within a few words before a figure ("aims to attract 1,000")."""
    k = bisect_left(tokens, value.start, key=_token_start)
    return any(t.norm in _GOALS for t in tokens[max(0, k - GOAL_REACH) : k])


GOAL_REACH = 4  # words between a goal verb and its figure, at most
_GOALS = frozenset(
    "aim aims aiming aimed want wants wanted hope hopes hoping goal target targets targeting seek seeking sought demand demanding demanded".split()
)  # ("The union had sought 5,000 more posts": a demand, not what was granted)


def _chunk_before(tokens: list[Token], value: NumberMention, text: str) -> list[Token]:
    """The words before a figure back to the last punctuation mark."""
    k = bisect_left(tokens, value.start, key=_token_start)  # the figure's first word
    j = k
    while 0 < j < len(tokens) and joined(text, tokens[j - 1], tokens[j]):
        j -= 1
    return tokens[j:k]


# Words that cast doubt on what their clause says: a claim the document rebuts or corrects.
_DOUBT = frozenset(
    "claimed claim claims claiming alleged allegedly rumoured rumored rumour rumor rumours rumors falsely "
    "wrongly erroneously incorrectly mistakenly misreported misreports misreport misstated misstates misquoted misquotes "
    "misnamed misnames misprinted misprints misprint hoax myth debunked hallucinate hallucinates hallucinated hallucination fabricated "
    "retracted retraction withdrawn mistaken inaccurate untrue erroneous mistake mistranslation misreading typo "
    "unfounded baseless groundless unsupported".split()
)
_DATELINE_BEFORE = re.compile(  # ("BURBANK, Calif.,", "VASSLUND, Valdoria,"; or a town in title case: "Brennick, 2 May 2024 —")
    r"(?:\A|\n)[ \t]*(?:[A-Z][A-Z .'’-]{2,}|(?!" + WEEKDAY_NAME + r"\b)[A-Z][a-z'’-]{2,}(?:[ \t][A-Z][a-z'’-]{2,}){0,2}),"
    r"(?:[ \t]+[A-Z][a-z]{1,12}\.?,)?[ \t]*\Z"
)
_DATELINE_AFTER = re.compile(r"(?:,? \d{4})?\s*(?:\([A-Za-z][\w .&-]*\)\s*)?[-–—]")


def _stamp_in_brackets(text: str, value: DateMention) -> bool:
    """Whether a date stands alone in brackets at the end of its line, as a link list dates its
    articles: "- Explainer: Trump's AI Action Plan in 10 charts (July 24)"."""
    return text[value.start - 1 : value.start] == "(" and _BRACKET_AT_LINE_END.match(text, value.end) is not None


_BRACKET_AT_LINE_END = re.compile(r"\)[ \t]*(?:\n|\Z)")


def _chat_stamp(text: str, value: DateMention) -> bool:
    """Whether a date opens its line in brackets with a time, as chat exports stamp each message:
    "[2025-07-27 08:05] Raj Patel: ..."."""
    if text[value.start - 1 : value.start] == "[":
        return _CHAT_TIME.match(text, value.end) is not None and (value.start < 2 or text[value.start - 2] == "\n")
    # "27/07/2025, 09:15 - Owen Marsh: ...", a WhatsApp export's stamp
    return (value.start == 0 or text[value.start - 1] == "\n") and _CHAT_DASH_TIME.match(text, value.end) is not None


_CHAT_DASH_TIME = re.compile(r",?[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+[-–][ \t]")
_CHAT_TIME = re.compile(r",?[ \t]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]")
# A date in brackets after what happens before or after the subject: "a trip to Hangzhou after the conference (29–30 July)".
_AFTER_THE = re.compile(r"\b(?:after|before|following|ahead\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*\(\Z")


def _is_dateline(text: str, value: DateMention) -> bool:
    """Whether a date opens a news story after its city in capitals: "SHANGHAI, July 26 (Reuters) -"."""
    return bool(
        _DATELINE_BEFORE.search(text, max(0, value.start - 40), value.start)
        and _DATELINE_AFTER.match(text, value.end)
    )


_DOUBT_CLAUSES = _CLAUSE_OPENERS | {"not"}
_CONCESSIVE = frozenset("although though while whereas despite".split())  # an opening clause that ends at its comma
_DOUBT_PHRASES = (
    " earlier version ", " previous version ", " originally reported ", " earlier message ", " earlier email ",
    " we reported ", " we said ", " we wrongly ", " we wrote ", " we stated ", " we gave ", " we described ",
    " we had quoted ", " we quoted ", " questioned our ", " one early report ", " an early report ", " early reports ",
    " i originally wrote ", " i first wrote ", " i originally said ", " originally wrote ", " read somewhere ", " heard somewhere ",
    " not the official ", " not the correct ", " not the actual ", " not the published ",
)  # (a correction column restates what it corrects: "We reported that the conference lasted two days.")
# Words of a forecast, a guess or a hope: what their clause says is not asserted.
_HEDGES = frozenset(
    "expect predict predicted anticipate anticipated forecast speculate speculated guess guessed hope hoped might whether "
    "assume assumed".split()
)
# Forms in "-ing" hedge only the figure right after them: "Organisers are expecting 60,000 people" (not "the room was
# expecting a trade pitch" beside a name).
_ING_HEDGES = frozenset("expecting predicting anticipating forecasting hoping guessing assuming".split())
_ANY_HEDGE = re.compile(" (?:" + "|".join(sorted(_HEDGES | _ING_HEDGES)) + ") ")
# "Our Monday report ... put the number of cuts at up to 3,000": what an earlier report of the writer's said.
_OUR_EARLIER = re.compile(
    r" our (?:earlier|initial|first|original|previous|(?:mon|tues|wednes|thurs|fri|satur|sun)day) (?:report|story|article|piece) "
    r"| our (?:live blog|blog|report|story|article|piece|explainer|headline|newsletter|coverage) (?:first|initially|originally|wrongly) "
    r"| our (?:[a-z]+ ){0,2}(?:guide|preview|profile|graphic|chart|table|report|story|article|piece) (?:said|stated|reported|gave|put|listed) "  # "Our pre-election guide said"
    r"| (?:last (?:week|month)|yesterday|last|our last|previous|our previous) (?:issue|edition|newsletter|digest|bulletin|episode|roundup)"
    r" (?:said|stated|reported|gave|put|listed|wrongly|incorrectly|mistakenly) "  # "Last week's issue said WAIC would open on July 4"
    r"| (?:earlier|previous|original) (?:online|print|web|digital|draft) version "  # "An earlier online version of our story"
)
_COUNTERFACTUAL_BEFORE = re.compile(r"\b(?:should|ought\s+to|would|could|might)(?:\s+not|n['’]t)?\s+have\s+been\b[^.;:]*\Z")
_BREAK_AFTER_WRONG = re.compile(r"[:;,]")
_WRONG_RELATIVE = re.compile(r"[\"”]?,\s+which\s+(?:is|was)\s+(?:(?:just|simply|plainly|clearly|flatly|obviously)\s+)?(?:wrong|incorrect)\b")
_WRONG = frozenset(("wrong", "incorrect"))  # "agencies that give wrong conference dates (25–27 July)" (not past a colon)
_DOUBT_ANYWHERE = re.compile(
    " (?:" + "|".join(sorted(_DOUBT | _WRONG)) + ") |" + "|".join(p.strip() for p in _DOUBT_PHRASES)
    + "| the (?:correct|official|actual|real|right|true) | in fact | actually |" + _OUR_EARLIER.pattern.strip()
)


def _doubted(tokens: list[Token], at: float, text: str, own: frozenset[str] = frozenset()) -> bool:
    """Whether the clause around token ``at`` casts doubt on what it says ("Social posts claimed ...",
    "an earlier version of this article said ..."); a doubt word among the claims' ``own`` words does not."""
    head = text[max(0, tokens[0].start - 6) : tokens[0].start]
    if not head.isascii() and _CROSS_BEFORE.search(head):  # (a cheap first look: a cross is no ASCII)
        return True  # '- ✗ "1,000 exhibitors" → ✓ 800+': marked wrong
    if _cells_of(tokens) and _rated_false_row(tokens, text):
        return True  # "| 9 | Premier Li Keqiang announced the proposal | ... | wrong |" under "| ... | Status |"
    label = _LABEL.match(text, tokens[0].start)
    if label and tokens[0].norm in _DOUBT_LABELS:
        return True  # 'EXAGGERATED: "Proven in 200,000 people across 30 countries."', "MYTH: ..."
    end = tokens[int(at)].start if at < len(tokens) else tokens[-1].start
    if ('"' in text[tokens[0].start : end] or "“" in text[tokens[0].start : end]) and _TEXT_SAYS.search(text, tokens[0].start, end):
        return True  # 'The Conference section says "over 50 countries"': a text's wording under discussion
    if ("You " in text[tokens[0].start : end] or "you " in text[tokens[0].start : end]) and _YOU_WROTE.search(text, tokens[0].start, end):
        return True  # "You wrote that the action plan ran to ten points; the text has thirteen": the letter's reader's words
    if " says " in text[max(tokens[0].start, end - 24) : end] and _DRAFT_SAYS.search(text, max(tokens[0].start, end - 40), end):
        return True  # "Draft currently says 12-point: fix": a text's wording, unquoted, right after "says"
    corr = -1
    if ":" in text[tokens[0].start : tokens[0].start + 32]:  # (a cheap first look)
        corr = next((j for j in range(min(4, len(tokens))) if tokens[j].norm in _CORRECTION_LABELS), -1)  # "A quick correction:"
    if corr >= 0 and text[tokens[corr].end : tokens[corr].end + 1] == ":":
        lo, hi = _clause_around(tokens, at, text, _DOUBT_CLAUSES)
        if any(t.norm in _REPORTING for t in tokens[1:hi]):
            return True  # "Correction: Dispatch #87 said that Meridian was screening 241 films; the programme lists 214."
    if " have been " in text[tokens[0].start : end] and _COUNTERFACTUAL_BEFORE.search(text, tokens[0].start, end):
        return True  # "WAIC should have been in Beijing": what was not so
    if not _DOUBT_ANYWHERE.search(joined_norms(tokens)):
        return False  # (most sentences: no clause to find)
    lo, hi = _clause_around(tokens, at, text, _DOUBT_CLAUSES)  # ", not Shanghai as originally reported" is apart
    words = tokens[lo:hi]
    value_start = tokens[min(int(at), len(tokens) - 1)].start
    if any(t.norm in _DOUBT for t in words) and _doubt_of_value(words, value_start, text, own):
        return True
    if any(t.norm in _WRONG and not _BREAK_AFTER_WRONG.search(text, t.end, value_start) for t in words if t.start < value_start):
        return True  # "agencies give wrong conference dates (25–27 July)"; not "We gave the wrong day: ...", "wire is wrong, it's three days"
    if any(t.norm in _WRONG for t in words if t.start > value_start) and _WRONG_RELATIVE.search(text, value_start, tokens[hi - 1].end):
        return True  # 'a "99% effective stomach-bug shot", which is simply wrong': the clause after says so
    if hi < len(tokens) and ";" in text[tokens[hi - 1].end : tokens[hi].start] and _CORRECTION_NEXT.match(joined_norms(tokens[hi : hi + 4])):
        return True  # "Some outlets reported over 50 countries; the correct figure is over 30": corrected after
    joined_words = joined_norms(words)
    return any(phrase in joined_words for phrase in _DOUBT_PHRASES) or _OUR_EARLIER.search(joined_words) is not None


_RELATIVES = frozenset("that which who whose".split())
RELATIVE_DOUBT_REACH = 4  # words after ", which" that may say the value is wrong: ", which was later retracted"
_VALUE_NOUNS = frozenset("figure number count total estimate tally claim report statement date day reading version".split())


def _doubt_of_value(words: list[Token], value_start: int, text: str, own: frozenset[str]) -> bool:
    """Whether a doubt word in ``words`` bears on the value at ``value_start``: not one in a relative
    clause after it, which doubts something else ("800 products, from robots to a rice cooker that
    claims to understand regret"), nor one of the claims' ``own`` words."""
    relative = -1  # where a relative clause after the value opens
    for k, t in enumerate(words):
        if relative < 0 and t.start > value_start and t.norm in _RELATIVES and k and words[k - 1].norm not in _VALUE_NOUNS:
            relative = k
        elif t.norm in _DOUBT and (relative < 0 or ("," in text[words[relative - 1].end : words[relative].start] and k - relative <= RELATIVE_DOUBT_REACH)):
            if t.norm in own:
                continue  # "The winner has 90 days to claim the prize" against a claim whose subject is "claim the prize"
            return True  # (not "600 companies, a figure that was later retracted" nor ", which was later retracted")
    return False


def _rated_false_row(tokens: list[Token], text: str) -> bool:
    """Whether a table row's cell under a "Status", "Verdict" or "Rating" header rates it false: a fact-check
    tracker's "| Premier Li Keqiang announced the proposal | ... | wrong |" asserts nothing."""
    return any(
        _FALSE_RATING.fullmatch(text, c.start, c.end) and any(_RATING_HEADER.fullmatch(text[a:b].strip()) for a, b in c.heads)
        for c in getattr(tokens, "row", ())
    )


# A fact-check tracker's column of ratings, and the ratings that say a row is not so.
_RATING_HEADER = re.compile(
    r"[*_]*(?:status|verdict|rating|result|assessment|finding|conclusion|check(?:ed)?|fact[\s-]?check|our\s+verdict|true\s*/\s*false)[*_]*",
    re.IGNORECASE,
)
_FALSE_RATING = re.compile(
    r"\s*[*_]*(?:wrong|false|incorrect|inaccurate|disputed|misleading|unverified|unproven|debunked|retracted|rejected|fake"
    r"|not\s+true|mostly\s+false|✗|❌|✘)[*_.!]*\s*",
    re.IGNORECASE,
)
_LABEL = re.compile(r"[A-Za-z]+:")
_CROSS_BEFORE = re.compile(r"[✗✘❌✖⛔🚫]\ufe0f?[ \t\"“*_]*\Z")  # a cross before a sentence: marked wrong
# A text quoted as what it says: 'the section says "Nearly 700 companies"', 'The stub ... says "Premier Li Keqiang"'.
_TEXT_SAYS = re.compile(
    r"\b(?:section|article|draft|stub|page|post|entry|infobox|headline|caption|summary|sentence|edit|lead|explainers?|blog)\b"
    r"[^.\"“]{0,60}?\b(?:says|said|reads|read|states|stated|gives|gave|claims|claimed|has|had|referred\s+to|called)"
    r"\s*(?:that\s+)?:?\s*(?:[^.\"“\n]{0,40}?\s)?[\"“][^\"”]*\Z"  # ('says Xiaomo was "one of 40 ...')
    r"|\b(?:[Yy]ou|[Yy]our\s+(?:draft|copy|text))\s+(?:wrote|write|have|had|said|say|says)\s*:?\s*[\"“][^\"”]*\Z"  # 'You wrote "up to 800"'
    r"|\b(?:[Aa]|[Tt]he|[Tt]his|[Tt]hat)\s+(?:figure|claim|number|estimate|total)\s+of\s+[\"“][^\"”]*\Z"  # 'A figure of "over 50 countries"'
    r"|\b(?:manuscript|submission|chapter|paper|thesis|essay|authors?)\b[^.\"“]{0,60}?\b(?:calls|called|describes|described|terms|termed|labels|labelled)\b"
    r"[^.\"“]{0,40}?[\"“][^\"”]*\Z"  # 'The manuscript repeatedly calls WAIC 2025 "a two-day summit"': the reviewed text's wording
    r"|\b(?:[Rr]eplace|[Cc]hange|[Cc]orrect|[Ff]ix|[Dd]elete|[Rr]emove|[Dd]rop|[Ss]trike|[Rr]evert)\s+(?:the\s+)?[\"“][^\"”]*\Z"  # 'replace "some 2,000"', 'Revert "kb: ..."'
    r"|\b(?:[Tt]his|[Tt]hat|[Ii]t)\s+(?:is|was|['’]s)\s+(?:(?:just|simply|plainly)\s+)?(?:wrong|false|incorrect|fake|not\s+true|misleading)"
    r"(?:\s+(?:too|as\s+well|again))?\s*:\s*[\"“][^\"”]*\Z"  # 'this is wrong: "WAIC was in Beijing this year"'
)
# A reader told what they wrote, unquoted, before the value in its sentence: "You wrote that the plan ran to ten points".
_YOU_WROTE = re.compile(r"\b[Yy]ou(?:r\s+(?:article|report|piece|story|reporter|correspondent))?\s+(?:wrote|reported|said|claimed|stated|suggested|asserted)\s+that\b[^;:]*\Z")
_DRAFT_SAYS = re.compile(
    r"\b(?:[Dd]raft|[Ii]nfobox|[Ss]tub|[Cc]aption|[Hh]eadline|[Ll]ead|[Cc]opy|[Vv]ersion)\s+(?:currently\s+|still\s+|now\s+)?says\s+" + _DAY_BEFORE + r"\Z"
)
_DOUBT_LABELS = frozenset("exaggerated exaggeration false myth fake misleading hoax rumour rumor claim unproven debunked wrong incorrect".split())
_CORRECTION_LABELS = frozenset("correction clarification erratum".split())
_REPORTING = frozenset("said say wrote write stated state reported report gave give listed described put".split())  # (normalised)
_CORRECTION_NEXT = re.compile(
    r" (?:but )?(?:the (?:correct|official|actual|real|right|true)|in fact|actually"
    r"|(?:that|this|it) (?:was|is) (?:a |an )?(?:mistake|error|mistranslation|misreading|typo|wrong|incorrect|false)) "
)


_DASHES = frozenset(("—", "–", "--"))


def _dash_cut(tokens: list[Token], at: float, text: str, lo: int, hi: int) -> tuple[int, int]:
    """The range ``lo``..``hi`` cut at a spaced dash to the side of token ``at`` it lies on: "Zverev banked
    €1.275m — check whether the figures are confirmed" (the question is the desk's, after the dash)."""
    for k in range(lo + 1, hi):
        gap = text[tokens[k - 1].end : tokens[k].start]
        if gap.strip() in _DASHES and gap[:1].isspace():
            if k <= at:
                lo = k
            else:
                return lo, k
    return lo, hi


def _hedged(tokens: list[Token], at: float, text: str) -> bool:
    """Whether the clause around token ``at`` is a forecast, a guess or a hope ("Organisers expect
    more than 1,000 companies", "one guessed that maybe 20 countries would come"; not "as expected",
    nor what a relative clause says a thing does: "a platform that predicts prices")."""
    if not _ANY_HEDGE.search(joined_norms(tokens)):
        return False
    lo, hi = _dash_cut(tokens, at, text, *_clause_around(tokens, at, text, _DOUBT_CLAUSES))
    if tokens[lo].norm in _CONCESSIVE:  # "Although organisers had hoped for more, the expo ended up with about 500"
        comma = next((k for k in range(lo + 1, hi) if "," in text[tokens[k - 1].end : tokens[k].start]), hi)
        lo = comma if comma <= at else lo
    words = tokens[lo:hi]
    here = tokens[int(at)].start
    hedged = any(
        (tokens[j].norm in _HEDGES or (tokens[j].norm in _ING_HEDGES and j < at <= j + 3))
        and not (j > 0 and tokens[j - 1].norm in ("that", "which")) and not _compared_hope(tokens, j)
        and not (j > at and _QUOTE_MARK.search(text, here, tokens[j].start))  # (not a quotation's hope after its speaker:
        for j in range(lo, hi)  # 'Director Dr Helen Marsh said: "It did exactly what we hoped."'; but 'guessed that "maybe 20"')
    )
    return hedged and " as expected " not in joined_norms(words)


_QUOTE_MARK = re.compile(r'["“”]')


def _compared_hope(tokens: list[Token], j: int) -> bool:
    """Whether the hedge word at ``j`` is what a figure is compared with: "fewer than the organisers
    had hoped", "more than analysts predicted", "busier than any of us dared hope" (the figure itself is asserted)."""
    return any(t.norm == "than" for t in tokens[max(0, j - 6) : j])


_HYPOTHETICAL_OPENERS = frozenset(("imagine", "suppose", "had", "were", "should", "hypothetically", "supposing"))


def _is_hypothetical(text: str, span: Sentence) -> bool:
    """Whether a sentence opens as a hypothesis: "Imagine ...", "Had the conference ...", "Were it ..."."""
    first = text[span.start : span.start + 16].split(None, 1)
    if first and first[0].lower() == "if" and _COUNTERFACTUAL.search(text, span.start, span.end):
        return True  # "If the organisation were headquartered in Geneva, ..."
    return bool(first) and first[0].lower().rstrip(",:") in _HYPOTHETICAL_OPENERS


_COUNTERFACTUAL = re.compile(r"\b(?:were|would have|had been)\b")
_CONDITIONAL = frozenset(("if", "unless", "whether", "suppose", "imagine"))


def _hypothetical(tokens: list[Token], value: NumberMention, text: str) -> bool:
    """Whether a figure stands in a conditional clause ("even if 1,000 companies came"), or is what "any future" one
    would take ("a 20% minimum penalty in any future amnesty")."""
    chunk = _chunk_before(tokens, value, text)
    if any(t.norm in _CONDITIONAL for t in chunk):
        return True
    if "have " in text[max(0, value.start - COUNTERFACTUAL_REACH) : value.start] and _WOULD_HAVE_BEFORE.search(
        text, max(0, value.start - COUNTERFACTUAL_REACH), value.start
    ):
        return True  # "under the old split Norway would have won by nine points", "would have cost, on its own figures, well
        # under £200,000": what did not happen
    end = min(tokens[-1].end, value.end + FUTURE_REACH)
    return "future" in text[value.end : end] and _ANY_FUTURE.search(text, value.end, end) is not None


def _habitual(tokens: list[Token], value: NumberMention, text: str) -> bool:
    """Whether a figure's clause says what is usual ("We usually welcome around 21,000 visitors in a whole year",
    "Normal October attendance is around 1,800"): a norm to measure the claim's figure by, not the figure."""
    window = text[max(0, value.start - HABITUAL_LOOK) : value.start].lower()  # (a cheap first look)
    if "usual" not in window and "normal" not in window and "typical" not in window and "ordinarily" not in window:
        return False
    return any(t.norm in HABITUAL_WORDS for t in _chunk_before(tokens, value, text))


HABITUAL_LOOK = 120  # characters before a figure that a clause's "usually" may stand in, for a first look


COUNTERFACTUAL_REACH = 80  # characters before a figure that "would have" and its participle may stand in
_WOULD_HAVE_BEFORE = re.compile(
    r"\b(?:would|could|might)(?:n['’]t|[ \t]+not)?[ \t]+have[ \t]+(?:[a-z]+ed|[a-z]+en|won|lost|made|had|got|done|come|gone|run|set|held"
    r"|hit|cut|cost|paid|spent|saved|sold|brought|taught|bought|won)\b[^.;:!?]*\Z"
)
FUTURE_REACH = 40  # characters after a figure that "any future" may stand in
_ANY_FUTURE = re.compile(r"\b(?:any|all)\s+future\b", re.IGNORECASE)
