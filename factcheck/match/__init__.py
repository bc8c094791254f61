"""Matching: which value in a document states which claim.
A value (a figure, date, weekday, name or quoted title) is taken as a
statement of a claim only when the claim's subject is what it quantifies or
names:

* a count must be followed by its subject ("over 800 firms"), or, when no
  noun follows it, be preceded by it ("exhibitors numbered 800");
* a measure ("three-day", "13 points", "5GB") must carry the claim's unit,
  with the subject in the same sentence; a claim in days also takes weeks,
  fortnights and hours that make whole days ("two weeks", "72 hours");
* dates, weekdays, years, percentages and money need the subject in the
  sentence, and go to the claim whose subject is nearest;
* names follow their title ("Premier Li Qiang") or stand before it in
  apposition ("Li Qiang, China's premier"); places follow "in"/"at"
  after the subject or modify it ("the Shanghai conference"); titles are
  quoted near the subject.

Every claim's ``context`` must also hold: an ``exclude`` term in the sentence
rules the claim out; a ``require`` term must stand in the sentence (or, less
preferred and for counts, measures and names only, in the previous one: "Ma
hosted a roundtable. Over 30 countries attended." A weekday, date or quoted title needs
its context in its own sentence, or "the proposal on Thursday" in any
paragraph after a mention of Li would be read as his speech day).

A value in a cell of a table's body row (a row is a sentence) has the
context of its cell, its row's first cell and its column's header cells,
not of the other cells: in "| Exhibitors | 800+ | 500 |" under
"| | WAIC 2025 | WAIC 2024 |", "2024" rules out the 500, and "WAIC" is the
800's context (see :func:`cell_context`).

The package, from the bottom up (each module imports only those above it):

* ``words``: shared word sets, windows and small token tests;
* ``cells``, ``clauses``, ``dates``: table cells' context; clauses, asides and the
  scope of exclude terms; dates near a value;
* ``counted``, ``names``, ``events``, ``doubt``: what a figure counts when it is not
  the claim's subject; whose name, title or place a value is; other events and
  editions; statements that assert nothing (corrections, doubt, hypotheses);
* ``sentences``: a text's sentences and the sentence before one;
* ``scope`` (:class:`ClaimScope`), ``subjects`` (:class:`SubjectFinder`, :class:`Match`),
  ``counts`` (:class:`FigureRules`) and ``matcher`` (:class:`Matcher`): one class
  chain, each layer using only those below it: what the claims are about; the claim
  whose subject is nearest a value; counts and measures; dates, names, places and
  titles, and the scan of a whole text.

Only :class:`Match`, :class:`Matcher` and :func:`cell_context` are public.
"""

from .cells import cell_context
from .matcher import Matcher
from .subjects import Match

__all__ = ["Match", "Matcher", "cell_context"]
