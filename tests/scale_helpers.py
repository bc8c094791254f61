"""A generated corpus for the parallel, cache and Dask tests: copies of the seeds with varied figures."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import ROOT

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
_NUMBER = re.compile(r"\b(800|50|30|3,000|40|60)\b")


def varied(text: str, i: int) -> str:
    """``text`` with some figures changed, differently for each ``i`` (every third copy untouched)."""
    if i % 3 == 0:
        return text
    shift = (i % 7) * 10

    def bump(match: re.Match[str]) -> str:
        value = int(match.group(1).replace(",", ""))
        return f"{value + shift:,}"

    return _NUMBER.sub(bump, text)


def make_corpus(root: Path, n: int = 120, *, oddities: bool = True) -> Path:
    """Write ``n`` documents under ``root/docs`` (text and markdown, in nested folders).

    With ``oddities``, a binary file and a file that is not valid UTF-8 are
    added, so that warnings are part of what must come out in order.
    """
    docs = root / "docs"
    for i in range(n):
        seed = SEEDS[i % len(SEEDS)]
        suffix = ".md" if i % 4 == 1 else ".txt"
        path = docs / f"part{i % 3}" / f"doc{i:04d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(varied(seed.read_text(encoding="utf-8"), i), encoding="utf-8")
    if oddities:
        (docs / "part1" / "blob.txt").write_bytes(b"\x00\x01binary\x00")
        (docs / "part2" / "latin1.txt").write_bytes("Over 900 companies exhibited at the caf\xe9.\n".encode("latin-1"))
    return docs
