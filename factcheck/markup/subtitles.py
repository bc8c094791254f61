"""Subtitles and captions: SubRip (``.srt``) and WebVTT (``.vtt``), or either saved as text.

A caption file breaks its sentences into cues, each under a number and a timing line::

    13
    00:00:52,500 --> 00:00:56,000
    But the biggest crowds gather
    around the 70

    14
    00:00:56,200 --> 00:00:59,800
    humanoid robots on show in Hall H1.

The cue numbers, timings, WebVTT's header, NOTE, STYLE and REGION blocks and its
tags (``<v Moderator>``, ``<i>``) are hidden, and a cue whose text ends with no
sentence end runs on into the next one, so that "the 70 ... humanoid robots" is
one sentence. Runs stop after :data:`MAX_JOINED` cues, so that captions with no
punctuation at all are not read as one sentence.
"""

from __future__ import annotations

import re

from .base import Masker

# A cue's timing line: "00:00:52,500 --> 00:00:56,000", "00:52.500 --> 00:56.000 align:start".
_TIMING = re.compile(
    r"^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[^\n]*$", re.MULTILINE
)
# WebVTT's header and its NOTE, STYLE and REGION blocks, each up to a blank line.
_VTT_BLOCK = re.compile(r"^(?:WEBVTT|NOTE|STYLE|REGION)\b[^\n]*(?:\n(?![ \t]*(?:\n|\Z))[^\n]*)*", re.MULTILINE)
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>|\{\\[^{}\n]*\}")  # "<v Moderator>", "</i>", SSA's "{\an8}"
_FIRST_CUE = re.compile(r"\s*1[ \t]*\n" + _TIMING.pattern[1:], re.MULTILINE)  # SubRip's "1" over its first timing
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]…]\s*\Z")
MAX_JOINED = 4  # cues one sentence may run across, at most
_SNIFF = 8192  # characters read to tell a caption file


def is_subtitles(source: str) -> bool:
    """Whether ``source`` is a caption file: a WebVTT header, or a first cue numbered 1, or two timing
    lines in its first part."""
    if source.find("-->", 0, _SNIFF) < 0:
        return False  # (a cheap first look)
    if source.lstrip("\ufeff").startswith("WEBVTT") or _FIRST_CUE.match(source):
        return True
    timings = _TIMING.finditer(source, 0, _SNIFF)
    return next(timings, None) is not None and next(timings, None) is not None


def mask_subtitles(m: Masker) -> None:
    """Hide cue numbers, timings, WebVTT's blocks and tags, and run a cue's unfinished sentence on
    into the next cue's text."""
    source = m.source
    for block in _VTT_BLOCK.finditer(source):
        if block.start() == 0 or source[max(0, block.start() - 2) : block.start()] == "\n\n":
            m.mask(block.start(), block.end())
    cues: list[tuple[int, int]] = []  # each cue's text span
    timings = list(_TIMING.finditer(source))
    for k, timing in enumerate(timings):
        m.mask(timing.start(), timing.end())
        line = source.rfind("\n", 0, max(0, timing.start() - 1)) + 1  # the cue's number or identifier, on the line before
        if line < timing.start() and (line == 0 or source[max(0, line - 2) : line] == "\n\n"):
            m.mask(line, timing.start())
        end = timings[k + 1].start() if k + 1 < len(timings) else len(source)
        end = source.rfind("\n\n", timing.end(), end) if "\n\n" in source[timing.end() : end] else end
        cues.append((timing.end(), end))
    for tag in _TAG.finditer(source):
        m.mask(tag.start(), tag.end())
    _run_on(m, cues)


def _run_on(m: Masker, cues: list[tuple[int, int]]) -> None:
    """Join each cue's lines, and a cue whose text has no sentence end to the next cue's text."""
    source = m.source
    firsts = [start + len(source[start:end]) - len(source[start:end].lstrip()) for start, end in cues]  # where each text starts
    run = 0
    for k, (start, end) in enumerate(cues):
        text = source[start:end].strip()
        for newline in _newlines(source, firsts[k], firsts[k] + len(text)):
            m.join(newline)  # the lines of one cue are one text
        run = run + 1 if text and not _SENTENCE_END.search(text) else 0
        if 0 < run < MAX_JOINED and k + 1 < len(cues):
            for newline in _newlines(source, firsts[k] + len(text), firsts[k + 1]):
                m.join(newline)  # "around the 70" over the next cue's "humanoid robots on show"
        elif run >= MAX_JOINED:
            run = 0


def _newlines(source: str, start: int, end: int) -> list[int]:
    """The offsets of the newlines in ``source[start:end]``."""
    found, at = [], source.find("\n", start, end)
    while at >= 0:
        found.append(at)
        at = source.find("\n", at + 1, end)
    return found
