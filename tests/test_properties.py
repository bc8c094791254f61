"""Property tests: what factcheck finds does not depend on layout or filler."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import load_fixture, statements

CORPUS = Path(__file__).parent / "corpus"
CASES = [
    c["text"]
    for name in ("paraphrases.yaml", "perturbations.yaml")
    for c in load_fixture(CORPUS / name)
    if "path" not in c
]
FILLER = [
    "The weather in the city was mild.",
    "Officials declined to comment further.",
    "Analysts expect more announcements this autumn.",
    "Around 12 percent of visitors came from abroad.",
    "The company was founded in 1998.",
]


def _wrap(line: str, width: int) -> list[str]:
    """``line`` wrapped at ``width``, a quoted line's "> " repeated on each piece."""
    quote = re.match(r"(?:> ?)+", line)
    prefix = quote.group() if quote else ""
    return textwrap.wrap(line[len(prefix) :], width=width, break_on_hyphens=False, initial_indent=prefix, subsequent_indent=prefix)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(CASES), st.integers(min_value=30, max_value=120))
def test_line_wrapping_does_not_change_statements(text: str, width: int) -> None:
    # as editors wrap: each line of its own (a line break that opens an entry or an item is structure, not
    # layout), an e-mail's quoted line with its ">" on every piece
    wrapped = "\n".join(piece for line in text.split("\n") for piece in _wrap(line, width) or [""])
    assert statements(wrapped) == statements(text)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(CASES), st.lists(st.sampled_from(FILLER), max_size=4), st.booleans())
def test_filler_sentences_do_not_change_statements(text: str, filler: list[str], before: bool) -> None:
    padding = " ".join(filler)
    doc = f"{padding}\n\n{text}" if before else f"{text}\n\n{padding}"
    assert statements(doc) == statements(text)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(CASES))
def test_markdown_emphasis_does_not_change_statements(text: str) -> None:
    assert statements(f"# Report\n\n{text}\n", path="doc.md") == statements(text)
