"""Tests for factcheck.documents: masking, blocks, positions, reading, discovery."""

from __future__ import annotations

import io
import pathlib
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.documents import (
    DEFAULT_EXTENSIONS,
    Document,
    Skipped,
    discover,
    document_from_text,
    guess_format,
    read_document,
    read_stdin,
)
from factcheck.engine import Engine
from factcheck.errors import FactcheckError
from factcheck.model import Claim, NumberValue, Qualifier
from helpers import findings, statements

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"


def source_char(source: str, line: int, column: int) -> str:
    """The character at a 1-based line/column of ``source`` (any newline style)."""
    return re.split(r"\r\n|\r|\n", source)[line - 1][column - 1]


def where(doc: Document, word: str, nth: int = 0) -> tuple[int, int]:
    """Position of the ``nth`` occurrence of ``word`` in the document's clean text."""
    offsets = [m.start() for m in re.finditer(re.escape(word), doc.text)]
    return doc.position(offsets[nth])


def block_texts(doc: Document) -> list[str]:
    return [doc.text[start:end] for start, end in doc.blocks]


# ------------------------------------------------------------------ positions


def test_position_plain_text_is_one_based() -> None:
    doc = document_from_text("first line\nsecond word here\n", "a.txt")
    assert doc.position(0) == (1, 1)
    assert where(doc, "word") == (2, 8)


def test_position_after_front_matter() -> None:
    source = "---\ntitle: 2024 report\ncount: 900\n---\n\nOver 800 companies came.\n"
    doc = document_from_text(source, "a.md")
    assert where(doc, "800") == (6, 6)
    assert "900" not in doc.text and "count" not in doc.text  # metadata is hidden
    assert "2024 report" in doc.text  # but a prose field's value is read (its key and quotes are not)


def test_toml_front_matter_is_masked() -> None:
    doc = document_from_text("+++\nyear = 1999\n+++\nHello 5\n", "a.md")
    assert "1999" not in doc.text
    assert where(doc, "Hello") == (4, 1)


def test_position_after_code_fence() -> None:
    source = "Intro.\n\n```python\nx = 500\n```\n\nThen 800 came.\n"
    doc = document_from_text(source, "a.md")
    assert "500" not in doc.text
    assert where(doc, "800") == (7, 6)


def test_position_after_html_tags() -> None:
    source = '<html><body>\n<p class="c1"><b>Over</b> <i>800</i> firms</p>\n</body></html>'
    doc = document_from_text(source, "a.html")
    line, column = where(doc, "800")
    assert (line, column) == (2, 30)
    assert source_char(source, line, column) == "8"


def test_position_after_entities() -> None:
    source = "<p>China&#8217;s &amp; Japan&rsquo;s 800 firms</p>"
    doc = document_from_text(source, "a.html")
    assert "China’s & Japan’s 800" in doc.text
    line, column = where(doc, "800")
    assert source_char(source, line, column) == "8"
    assert where(doc, "s &") == (1, 16)
    assert where(doc, "’", 1) == (1, 29)  # the second apostrophe maps to its "&"


def test_position_with_crlf_and_cr_line_endings() -> None:
    source = "one\r\ntwo\r\n\r\nthree 800\rfour 900\r\n"
    doc = document_from_text(source, "a.txt")
    assert "\r" not in doc.text
    assert where(doc, "800") == (4, 7)
    assert where(doc, "900") == (5, 6)


def test_position_counts_code_points() -> None:
    doc = document_from_text("Zürich — “800” 🚀 x\n", "a.txt")
    assert where(doc, "800") == (1, 11)
    assert where(doc, "x") == (1, 18)


def test_position_clamps_out_of_range_offsets() -> None:
    doc = document_from_text("ab\ncd", "a.txt")
    assert doc.position(-5) == (1, 1)
    assert doc.position(99) == (2, 3)


def test_document_built_by_hand_computes_line_starts() -> None:
    doc = Document("x.txt", "a\nbc", ((0, 1), (2, 4)))
    assert doc.position(3) == (2, 2)


# -------------------------------------------------------------------- masking


def test_markdown_masks_code_and_keeps_prose() -> None:
    source = (
        "# Report 1\n\nSome `span 111` text.\n\n~~~\ncode 222\n~~~~\n\n"
        "    indented 333\n\n<!-- note\n444 -->\nKept 555.\n"
    )
    doc = document_from_text(source, "a.md")
    for hidden in ("111", "222", "333", "444"):
        assert hidden not in doc.text
    assert "Report 1" in doc.text and "Kept 555." in doc.text
    assert "#" not in doc.text and "`" not in doc.text


def test_markdown_unclosed_fence_runs_to_end() -> None:
    doc = document_from_text("Text 1.\n\n```\ncode 2\n\nmore 3\n", "a.md")
    assert "Text 1." in doc.text
    assert "2" not in doc.text and "3" not in doc.text


def test_markdown_closing_fence_must_be_long_enough() -> None:
    doc = document_from_text("````\n```\nstill code 7\n````\nProse 8\n", "a.md")
    assert "7" not in doc.text and "Prose 8" in doc.text


def test_markdown_links_images_and_urls() -> None:
    source = (
        "See [the 2025 report](http://x.org/800 \"t 1\") and ![chart](img/900.png).\n"
        "Also <https://y.org/700>, https://z.org/a_600_b. and [ref][id5].\n\n"
        "[id5]: http://w.org/500\n"
    )
    doc = document_from_text(source, "a.md")
    assert "the 2025 report" in doc.text and "chart" in doc.text
    for hidden in ("800", "900", "700", "600", "500", "id5", "[", "]", "(", ")"):
        assert hidden not in doc.text
    assert "600 b. and" not in doc.text
    assert re.search(r"\. and", doc.text)  # the sentence's full stop survives the URL


def test_markdown_html_script_style_and_attributes() -> None:
    source = (
        '<div class="n100" data-x="200">Inline <span title="300">kept</span></div>\n\n'
        "<script>\nvar a = 400;\n</script>\n<style>p { width: 500px }</style>\nEnd.\n"
    )
    doc = document_from_text(source, "a.md")
    for hidden in ("100", "200", "300", "400", "500", "<", ">"):
        assert hidden not in doc.text
    assert "Inline" in doc.text and "kept" in doc.text and "End." in doc.text


def test_markdown_markup_punctuation_becomes_space() -> None:
    source = "> **Over 800** _firms_ came\n\n- item\n1. first\n\n| a | b |\n|---|:-:|\n| 3 | 4 |\n"
    doc = document_from_text(source, "a.md")
    assert not re.search(r"[>*_|]|-{2}", doc.text)
    assert "first" in doc.text and "1." not in doc.text


def test_markdown_decodes_entities_outside_code() -> None:
    doc = document_from_text("AT&amp;T&#39;s `&amp;` plan\n", "a.md")
    assert doc.text.startswith("AT&T's ")
    assert "&amp;" not in doc.text


def test_html_masks_head_attributes_scripts_and_comments() -> None:
    source = (
        "<!DOCTYPE html>\n<html><head>\n<meta name='n' content='100'>\n"
        "<title>Summit 2025 &amp; more</title>\n<style>.a{margin:200px}</style>\n"
        "<script>let x = 300;</script>\n</head>\n<body>\n"
        '<img src="400.png" alt="500"><!-- 600 -->\n'
        "<p>Over <a href='https://x.org/700'>800</a> firms.</p>\n"
        "<script type='text/javascript'>\nvar y = 900;\n</script>\n</body></html>\n"
    )
    doc = document_from_text(source, "a.html")
    for hidden in ("100", "200", "300", "400", "600", "700", "900", "<", ">"):
        assert hidden not in doc.text
    assert "500" in doc.text  # an image's alt text is read, as Markdown's "![500](...)" is
    assert "Summit 2025 & more" in doc.text
    assert "800" in doc.text and "firms." in doc.text


def test_html_entities_decode_like_html_unescape() -> None:
    doc = document_from_text("<p>a&nbsp;b &lt;c&gt; &copy2025 &#x41; &bogus; AT&T</p>", "a.htm")
    assert "a\xa0b <c> ©2025 A &bogus; AT&T" in doc.text


def test_rst_masks_comments_literals_and_directives() -> None:
    source = (
        "=====\nTitle\n=====\n\nIntro with ``literal 100`` and `a link <http://x/200>`_.\n\n"
        ".. comment 300\n   continued 400\n\n.. code-block:: python\n\n   x = 500\n\n"
        "Example::\n\n   literal 600\n\n.. note:: Kept 700.\n\n   Body kept 800.\n\n"
        "Footnote ref [1]_ here.\n\n.. [1] Footnote text 900.\n"
    )
    doc = document_from_text(source, "a.rst")
    for hidden in ("100", "200", "300", "400", "500", "600", "[1]", "=="):
        assert hidden not in doc.text
    for kept in ("Title", "a link", "Example:", "Kept 700.", "Body kept 800.", "Footnote text"):
        assert kept in doc.text


def test_text_masks_urls_and_code_only() -> None:
    source = "Visit https://example.com/2025/800 (or www.example.org/700). `x 9` <b>1</b> # 2\n"
    doc = document_from_text(source, "a.txt")
    assert "2025" not in doc.text and "800" not in doc.text and "700" not in doc.text
    assert "(or" in doc.text and "). " in doc.text and "<b>1</b> # 2" in doc.text
    assert "x 9" not in doc.text  # `inline code`, as plain text is often written in Markdown's manner
    fenced = document_from_text("Config:\n```yaml\nlicense: MIT\n```\nThe license is Apache-2.0.\n", "a.txt")
    assert "MIT" not in fenced.text and "The license is Apache-2.0." in fenced.text
    assert len(fenced.text) == len("Config:\n```yaml\nlicense: MIT\n```\nThe license is Apache-2.0.\n")


def test_masking_keeps_offsets_one_to_one_without_entities() -> None:
    source = "---\na: 1\n---\n# Head\n\nText `x` [y](z).\n"
    doc = document_from_text(source, "a.md")
    assert len(doc.text) == len(source)
    assert doc.text.count("\n") == source.count("\n")
    assert doc.breakpoints == ()


MD_LIST_CODE = "- item\n\nplain\n\n    code 5\n"
MD_FENCE = "```\nplain 5\n\n# not heading\n```\nafter\n"
MD_TABLE = "| a | b |\n|---|---|\n| 1 | 2 |\nplain | pipe\n\nafter\n"
MD_INLINE = "~~struck 1~~ snake_case_word *em* ![alt 2](x.png) [a][b]\n"
TXT_URLS = "See WWW.Example.org/1, httpſ://x.y/2 and (https://a.b/c(3)).\nwww.\n"


@pytest.mark.parametrize(
    ("source", "name", "text", "blocks"),
    [
        # A plain line after a blank one ends the list: the indented line is code.
        (MD_LIST_CODE, "a.md", "  item\n\nplain\n\n          \n", ["item", "plain"]),
        ("- item\n\n    in item 5\n", "a.md", "  item\n\n    in item 5\n", ["item", "in item 5"]),
        ("> quoted 1\nplain 2\n", "a.md", "  quoted 1\nplain 2\n", ["quoted 1", "plain 2"]),
        (MD_FENCE, "a.md", "   \n       \n\n             \n   \nafter\n", ["after"]),
        ("## Title 7 ##  \n", "a.md", "   Title 7     \n", ["Title 7"]),
        (
            "1. one\ntext\n2. two\n\n3. three\n",
            "a.md",
            "   one\ntext\n   two\n\n   three\n",
            ["one\ntext", "two", "three"],
        ),
        (
            MD_TABLE,
            "a.md",
            "  a   b  \n         \n  1   2  \nplain   pipe\n\nafter\n",
            ["a   b", "1   2", "plain   pipe", "after"],
        ),
        (
            MD_INLINE,
            "a.md",  # (struck-through text is deleted text: hidden with its marks)
            "             snake_case_word  em    alt 2          a    \n",
            ["snake_case_word  em    alt 2          a"],
        ),
        (
            TXT_URLS,
            "a.txt",
            "See                  ,               and (                ).\nwww.\n",
            ["See                  ,               and (                ).\nwww."],
        ),
    ],
)
def test_masking_and_blocks_line_by_line(
    source: str, name: str, text: str, blocks: list[str]
) -> None:
    """Cases the reader's fast paths (runs of plain lines, candidate offsets) must keep."""
    doc = document_from_text(source, name)
    assert doc.text == text
    assert block_texts(doc) == blocks


def test_unknown_format_is_rejected() -> None:
    with pytest.raises(FactcheckError):
        document_from_text("x", "a.txt", "pdf")


def test_format_is_guessed_from_extension() -> None:
    assert guess_format("a/B.MD") == "markdown"
    assert guess_format("x.htm") == "html"
    assert guess_format("x.rst") == "rst"
    assert guess_format("x.unknown") == "text"
    assert "`" not in document_from_text("a `1` b", "x.txt", "markdown").text


# --------------------------------------------------------------------- blocks


def test_text_blocks_split_at_blank_lines() -> None:
    doc = document_from_text("One para\nstill one.\n\n  \nTwo.\n", "a.txt")
    assert block_texts(doc) == ["One para\nstill one.", "Two."]


@pytest.mark.parametrize("path", ["a.txt", "a.md"])
def test_a_line_with_a_dot_leader_is_its_own_block(path: str) -> None:
    source = "BY THE NUMBERS\n  Rounds in the final ........ 17\n  Finalists .................. 11\nMore to come, see page 4.\n"
    doc = document_from_text(source, path)
    blocks = block_texts(doc)
    assert "Rounds in the final" + " " * 10 + "17" in blocks  # the dots masked, offsets kept
    assert "Finalists" + " " * 20 + "11" in blocks
    assert len(doc.text) == len(source)


def test_a_table_of_contents_keeps_its_dots_and_states_nothing() -> None:
    source = "Contents\n  1. Summary ........ 2\n  2. Exhibition facts ........ 7\n  Annex B. Countries at the roundtable ...... 14\n"
    doc = document_from_text(source, "a.txt")
    assert "........" in doc.text
    assert findings(source) == []


def test_a_dot_leader_line_counts_its_own_label() -> None:
    text = "At WAIC 2025:\nLarge language models ........ 40\nHumanoid robots on show ..... 16\n"
    assert findings(text) == [(3, 31, "robots-shown", "contradicts")]  # (read as "Humanoid robots on show      16")


def test_text_heading_line_is_its_own_block() -> None:
    source = (
        "Li spoke at length about the plan.\nBeijing challenges US tech restrictions\n"
        "Without naming anyone, Li criticized monopolies.\n"
    )
    doc = document_from_text(source, "a.txt")
    assert block_texts(doc)[1] == "Beijing challenges US tech restrictions"
    assert len(doc.blocks) == 3


def test_text_wrapped_lines_are_not_headings() -> None:
    source = (
        "The summit drew 800 companies from\nChina and abroad.\n"
        "The premier said so in\nShanghai today.\n"
    )
    doc = document_from_text(source, "a.txt")
    assert len(doc.blocks) == 1


@pytest.mark.skipif(not list(SEEDS.glob("002_*.txt")), reason="seed 002 not present")
def test_seed_002_heading_is_a_block() -> None:
    path = next(SEEDS.glob("002_*.txt"))
    doc, warnings = read_document(path, "seeds/" + path.name)
    assert doc is not None and warnings == []
    assert "Beijing challenges US tech restrictions" in block_texts(doc)
    start = doc.text.index("Beijing challenges")
    assert doc.position(start) == (3, 1)


def test_markdown_blocks() -> None:
    source = (
        "# Title\nParagraph one\ncontinues.\n- item one\n- item two\n  wrapped\n"
        "> quoted\n> more\nafter\n\nSetext\n------\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    doc = document_from_text(source, "a.md")
    assert block_texts(doc) == [
        "Title",
        "Paragraph one\ncontinues.",
        "item one",
        "item two\n  wrapped",
        "quoted\n  more",
        "after",
        "Setext",
        "a   b",
        "1   2",
    ]


def test_html_blocks() -> None:
    source = (
        "<html><head><title>The title</title></head><body><h1>Head</h1>"
        "<p>One <b>bold</b> para.</p><ul><li>a</li><li>b</li></ul>"
        "<table><tr><td>x</td><td>y</td></tr></table>line<br>break</body></html>"
    )
    doc = document_from_text(source, "a.html")
    blocks = [re.sub(r"\s+", " ", text) for text in block_texts(doc)]
    assert blocks == ["The title", "Head", "One bold para.", "a", "b", "x y", "line", "break"]  # a row is a block


def cell_texts(doc: Document) -> list[tuple[str, str, list[str]]]:
    """(cell, row label, column headers) of each table cell, as stripped text."""
    text = doc.text
    return [
        (text[c.start : c.end].strip(), text[slice(*c.label)].strip(), [text[slice(*h)].strip() for h in c.heads])
        for c in doc.cells
    ]


def test_markdown_table_cells_know_their_row_label_and_column_header() -> None:
    source = (
        "| Metric | WAIC 2025 | WAIC 2024 |\n|---|:-:|---|\n  Exhibitors | 800+ | 500 |\n"
        "Robots | 60 | 25 | note\n\n| a | not a table |\n"
    )
    doc = document_from_text(source, "a.md")
    assert cell_texts(doc) == [
        ("Exhibitors", "Exhibitors", ["Metric"]),
        ("800+", "Exhibitors", ["WAIC 2025"]),
        ("500", "Exhibitors", ["WAIC 2024"]),
        ("Robots", "Robots", ["Metric"]),
        ("60", "Robots", ["WAIC 2025"]),
        ("25", "Robots", ["WAIC 2024"]),
        ("note", "Robots", []),  # past the header's width
    ]
    assert block_texts(doc)[:2] == ["Metric   WAIC 2025   WAIC 2024", "Exhibitors   800+   500"]  # a row is a block


def test_html_table_cells_know_their_row_label_and_column_headers() -> None:
    source = (
        "<table><thead><tr><th>Metric<th colspan=2>WAIC</tr><tr><th><th>2025<th>2024 &amp; before</thead>"
        "<tr><td>Firms &amp; labs</td><td>800+</td><td>500</td></tr><tr><td>Robots<td>60<td>25</table>"
        "<table><tr><td>no header</td><td>1</td></tr></table>"  # no cells
        "<table><tr><th>Outer</th></tr><tr><td><table><tr><th>In</th></tr><tr><td>2</td></tr></table></td></tr></table>"
    )
    doc = document_from_text(source, "a.html")
    assert cell_texts(doc) == [
        ("Firms & labs", "Firms & labs", ["Metric", ""]),
        ("800+", "Firms & labs", ["WAIC", "2025"]),
        ("500", "Firms & labs", ["WAIC", "2024 & before"]),
        ("Robots", "Robots", ["Metric", ""]),
        ("60", "Robots", ["WAIC", "2025"]),
        ("25", "Robots", ["WAIC", "2024 & before"]),
        ("", "", ["Outer"]),  # a table in a cell ends the cell
        ("2", "2", ["In"]),
    ]


RST_GRID = """\
+------------+-----------+----------+
| Metric     | WAIC 2025 | WAIC     |
|            |           | 2024     |
+============+===========+==========+
| Exhibitors | 800+      | 500      |
+------------+-----------+----------+
| Dates      | July      | July 4-6 |
|            | 26-28     |          |
+------------+-----------+----------+
"""
RST_SIMPLE = """\
==========  =========  =========
Metric      WAIC 2025  WAIC 2024
==========  =========  =========
Exhibitors  800+       500

Robots      60         25
==========  =========  =========

After.
"""


def test_rst_table_cells_know_their_row_label_and_column_headers() -> None:
    grid = document_from_text(RST_GRID, "a.rst")
    assert cell_texts(grid) == [
        ("Exhibitors", "Exhibitors", ["Metric", ""]),
        ("800+", "Exhibitors", ["WAIC 2025", ""]),
        ("500", "Exhibitors", ["WAIC", "2024"]),  # a header of two lines
        ("Dates", "Dates", ["Metric", ""]),
        ("July", "Dates", ["WAIC 2025", ""]),
        ("July 4-6", "Dates", ["WAIC", "2024"]),
        ("", "Dates", ["Metric", ""]),  # a row's second line has its label
        ("26-28", "Dates", ["WAIC 2025", ""]),
        ("", "Dates", ["WAIC", "2024"]),
    ]
    simple = document_from_text(RST_SIMPLE, "a.rst")
    assert [c for c in cell_texts(simple) if c[0]] == [
        ("Exhibitors", "Exhibitors", ["Metric"]),
        ("800+", "Exhibitors", ["WAIC 2025"]),
        ("500", "Exhibitors", ["WAIC 2024"]),
        ("Robots", "Robots", ["Metric"]),
        ("60", "Robots", ["WAIC 2025"]),
        ("25", "Robots", ["WAIC 2024"]),
    ]
    assert [" ".join(b.split()) for b in block_texts(simple)] == [
        "Metric WAIC 2025 WAIC 2024", "Exhibitors 800+ 500", "Robots 60 25", "After.",  # a row is a block
    ]


TEXT_ALIGNED = """\
  Measure                 2024      2025     change
  ----------------------  --------  -------  ------
  Exhibiting companies    500       800+     +60%
  Humanoid robots         25        60       +140%

  Source: organisers.
"""


def test_a_space_aligned_text_table_has_its_header_over_a_rule_or_of_years() -> None:
    doc = document_from_text(TEXT_ALIGNED, "a.txt")
    assert cell_texts(doc)[:4] == [
        ("Exhibiting companies", "Exhibiting companies", []),
        ("500", "Exhibiting companies", ["2024"]),  # a header of years, over a rule line
        ("800+", "Exhibiting companies", ["2025"]),
        ("+60%", "Exhibiting companies", ["change"]),
    ]
    assert "---" not in doc.text  # the rule is hidden
    unruled = document_from_text(TEXT_ALIGNED.replace("  -------", "  Visitors      ", 1), "a.txt")
    assert ("800+", "Exhibiting companies", ["2025"]) in cell_texts(unruled)  # two years and no other figure: a header
    assert cell_texts(document_from_text("Opened    1998\nClosed    2005\n", "a.txt")) == []  # one year: a row


def test_a_text_tables_other_years_column_states_nothing() -> None:
    assert findings(TEXT_ALIGNED) == []
    assert findings(TEXT_ALIGNED.replace("60  ", "45  ")) == [(4, 37, "robots-shown", "contradicts")]


def test_a_column_of_an_earlier_year_beside_a_later_one_states_nothing() -> None:
    engine = Engine((Claim("students", "The university has over 31,000 students.", ("students",), NumberValue(31000, Qualifier.OVER)),))
    text = "  Item                     2025/26    2024/25\n  -----------------------  ---------  ---------\n  Students (headcount)     {}     {}\n"
    assert statements(text.format("31,460", "30,215"), engine=engine) == [("students", "consistent")]  # the latest year's
    assert statements(text.format("29,460", "31,215"), engine=engine) == [("students", "contradicts")]


def test_rst_blocks() -> None:
    source = "Title\n=====\nFirst para\nstill first.\n\nSecond.\n\n- one\n- two\n"
    doc = document_from_text(source, "a.rst")
    assert block_texts(doc) == ["Title", "First para\nstill first.", "Second.", "one", "two"]


def test_blocks_are_sorted_non_overlapping_and_trimmed() -> None:
    doc = document_from_text("# A\n\n  b  \n- c\n- d\n\n<p>e</p>", "a.md")
    ends = [0]
    for start, end in doc.blocks:
        assert ends[-1] <= start < end
        assert doc.text[start:end] == doc.text[start:end].strip()
        ends.append(end)


# -------------------------------------------------------------------- reading


def test_read_document_detects_format_and_display_path(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("\ufeff# Head\n\n`500` and 800\n", encoding="utf-8")
    doc, warnings = read_document(path, "docs/note.md")
    assert warnings == [] and doc is not None
    assert doc.path == "docs/note.md"
    assert "500" not in doc.text
    assert where(doc, "800") == (3, 11)


def test_read_document_crlf_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"line one\r\n\r\nOver 800 firms.\r\n")
    doc, _ = read_document(path, "a.txt")
    assert doc is not None
    assert where(doc, "800") == (3, 6)


def test_binary_file_is_skipped(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"text\x00\x01\x02 more")
    assert read_document(path, "a.txt") == (None, ["binary file, skipped"])


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"caf\xe9 has 800 seats\n")
    doc, warnings = read_document(path, "a.txt")
    assert doc is not None
    assert warnings == ["not valid UTF-8; undecodable bytes replaced"]
    assert doc.text.startswith("caf\ufffd has")
    assert where(doc, "800") == (1, 10)


def test_utf16_with_bom_is_decoded(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Über 800\n".encode("utf-16"))
    doc, warnings = read_document(path, "a.txt")
    assert doc is not None and warnings == [] and doc.text == "Über 800\n"


def test_unreadable_file_gives_a_warning(tmp_path: pathlib.Path) -> None:
    doc, warnings = read_document(tmp_path, "dir.txt")  # a directory cannot be read
    assert doc is None and len(warnings) == 1 and warnings[0].startswith("cannot read: ")


def test_permission_error_is_a_warning(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: pathlib.Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(pathlib.Path, "read_bytes", refuse)
    assert read_document(tmp_path / "a.txt", "a.txt") == (None, ["cannot read: permission denied"])


def test_read_stdin_text_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Hello _800_\r\nworld\n"))
    doc = read_stdin()
    assert doc.path == "<stdin>"
    assert "_800_" in doc.text  # read as plain text, not Markdown
    assert where(doc, "world") == (2, 1)


def test_read_stdin_binary_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfbad \xff byte 800\n"))
    monkeypatch.setattr(sys, "stdin", stream)
    doc = read_stdin()
    assert doc.text.startswith("bad \ufffd byte 800")


def test_skipped_record() -> None:
    skipped = Skipped("a.bin", "binary file")
    assert (skipped.path, skipped.reason) == ("a.bin", "binary file")


# ------------------------------------------------------------------ discovery


def make_tree(root: pathlib.Path) -> None:
    for name in (
        "b.md", "a.txt", "c.py", "Upper.HTML", "sub/z.rst", "sub/deep/y.txt", "sub/x.md",
        ".git/k.txt", ".factcheck_cache/c.txt", "node_modules/pkg/r.md", ".hidden.txt",
    ):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")


def test_discover_walks_recursively_sorted_and_filtered(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    found = list(discover(["."]))
    assert [display for _, display in found] == [
        "Upper.HTML", "a.txt", "b.md", "sub/deep/y.txt", "sub/x.md", "sub/z.rst",
    ]
    assert all(path is not None and path.is_file() for path, _ in found)
    assert [d for _, d in discover(["sub/"])] == ["sub/deep/y.txt", "sub/x.md", "sub/z.rst"]
    assert [d for _, d in discover(["sub"])] == ["sub/deep/y.txt", "sub/x.md", "sub/z.rst"]


def test_discover_is_deterministic(tmp_path: pathlib.Path) -> None:
    make_tree(tmp_path)
    first = list(discover([str(tmp_path)]))
    assert first == list(discover([str(tmp_path)]))
    assert all(d.startswith(tmp_path.as_posix() + "/") for _, d in first)


def test_discover_custom_extensions(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert [d for _, d in discover(["."], ["PY", ".rst"])] == ["c.py", "sub/z.rst"]
    assert DEFAULT_EXTENSIONS == (".txt", ".md", ".markdown", ".mdx", ".html", ".htm", ".rst", ".srt", ".vtt")


def test_discover_explicit_files(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    found = list(discover(["c.py", "b.md", ".git/k.txt", "sub/../b.md", "b.md"]))
    assert [d for _, d in found] == ["b.md", ".git/k.txt"]  # c.py quietly skipped, b.md once
    assert found[0][0] == pathlib.Path("b.md")


def test_discover_dedupes_file_reached_twice(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert [d for _, d in discover(["sub/x.md", "sub", "-", "-"])] == [
        "sub/x.md", "sub/deep/y.txt", "sub/z.rst", "<stdin>",
    ]


def test_discover_stdin() -> None:
    assert list(discover(["-"])) == [(None, "<stdin>")]


def test_discover_missing_path_raises(tmp_path: pathlib.Path) -> None:
    missing = str(tmp_path / "nope.md")
    with pytest.raises(FactcheckError) as info:
        list(discover([str(tmp_path), missing]))
    assert info.value.problems[0].message == f"no such file or directory: {missing}"
    assert info.value.problems[0].file == missing


# ------------------------------------------------------------------ properties

TEXT_PIECES = st.one_of(
    st.text(alphabet="abcXYZ019 .,’é—\t🚀", min_size=1, max_size=8),
    st.sampled_from(
        ["\n", "\r\n", "\r", "\n\n", "http://x.org/800 ", "www.a.b/1 ", "#", "`", "&amp;"]
    ),
)
MARKUP_PIECES = st.one_of(
    TEXT_PIECES,
    st.sampled_from(
        ["&amp;", "&#8217;", "&nbsp;", "&lt;", "&copy", "<b>", "</p>", "<p>", "*", "_", "[a](b)",
         "```", "<!--", "-->", "- ", "> ", "|", "::", ".. ", "``"]
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT_PIECES, max_size=40).map("".join))
def test_text_positions_map_back_to_the_same_character(source: str) -> None:
    doc = document_from_text(source, "p.txt")
    for offset, char in enumerate(doc.text):
        if not char.isspace():
            assert source_char(source, *doc.position(offset)) == char


@settings(max_examples=300, deadline=None)
@given(
    st.lists(MARKUP_PIECES, max_size=40).map("".join),
    st.sampled_from(["markdown", "html", "rst"]),
)
def test_markup_positions_map_back_to_the_character_or_its_entity(source: str, fmt: str) -> None:
    doc = document_from_text(source, "p", fmt)
    lines = re.split(r"\r\n|\r|\n", source)
    for offset, char in enumerate(doc.text):
        if char.isspace():
            continue
        line, column = doc.position(offset)
        here = lines[line - 1][column - 1 :]
        assert here.startswith(char) or here.startswith("&"), (offset, char, here)
    starts = [start for start, _ in doc.blocks]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("source", "path"),
    [
        ("Intro.\n\nKey figures:\n\n- 800 firms\n- 60 robots\n  wrapped\n\nAfter.\n\n1. one\n2. two\n", "a.md"),
        ("<p>Intro.</p><p>Key figures:</p><ul><li>800 firms</li><li>60 robots\nwrapped</li></ul>"
         "<p>After.</p><ol><li>one</li><li>two</li></ol>", "a.html"),
        ("Intro.\n\nKey figures:\n\n- 800 firms\n- 60 robots\n  wrapped\n\nAfter.\n\n#. one\n#. two\n", "a.rst"),
        ("Intro.\n\nKey figures:\n- 800 firms\n• 60 robots\n  wrapped\n\nAfter.\n1. one\n2) two\n", "a.txt"),
    ],
)
def test_list_items_know_the_block_that_introduces_their_list(source: str, path: str) -> None:
    doc = document_from_text(source, path)
    texts = [" ".join(t.split()) for t in block_texts(doc)]
    assert texts == ["Intro.", "Key figures:", "800 firms", "60 robots wrapped", "After.", "one", "two"]
    assert doc.leads == ((2, 1), (3, 1), (5, 4), (6, 4))


def test_a_list_that_opens_the_document_has_no_lead() -> None:
    doc = document_from_text("- a\n- b\n\nKey:\n\n- c\n", "a.md")
    assert doc.leads == ((3, 2),)
    assert document_from_text("- a\n- b\n", "a.txt").leads == ()


def test_plain_text_numbers_open_an_item_only_in_a_list() -> None:
    """"1." opens a list; "2." or "2025." only continues one (or follows a blank line)."""
    doc = document_from_text("It ended in\n2025. Then 800 firms came.\n", "a.txt")
    assert [" ".join(t.split()) for t in block_texts(doc)] == ["It ended in 2025. Then 800 firms came."]
    doc = document_from_text("Figures:\n1. 800 firms\n2. 60 robots\n", "a.txt")
    assert [" ".join(t.split()) for t in block_texts(doc)] == ["Figures:", "800 firms", "60 robots"]


def test_a_pipe_table_in_plain_text_is_read_as_in_markdown() -> None:
    source = "Key figures:\n| Metric | WAIC 2025 |\n|---|---|\n| Robots | 60 |\n\nA pipe | in prose is no table.\n"
    doc = document_from_text(source, "a.txt")
    assert "|" not in doc.text.splitlines()[3] and not doc.text.splitlines()[2].strip()  # pipes and delimiter row hidden
    (label, figure) = doc.cells
    assert source[figure.start : figure.end].strip() == "60"
    assert source[slice(*figure.label)].strip() == "Robots"
    assert [source[a:b].strip() for a, b in figure.heads] == ["WAIC 2025"]
    assert "A pipe | in prose" in doc.text  # no delimiter row under it: left alone


def test_pipes_without_a_delimiter_row_are_no_table_in_plain_text() -> None:
    doc = document_from_text("a | b\nc | d\n", "a.txt")
    assert doc.cells == () and doc.text == "a | b\nc | d\n"


def test_mdx_hides_its_module_lines_comments_and_jsx() -> None:
    source = (
        "import { Stat } from '@site/src/components';\nexport const meta = {robots: 12};\n\n"
        '{/* a note with 99 in it */}\n<Stat value="800+" label="Exhibitors" />\n\nOver 800 companies took part.\n'
    )
    doc = document_from_text(source, "a.mdx")
    assert doc.text.split() == ["Over", "800", "companies", "took", "part."]
    assert len(doc.text) == len(source)  # offsets kept


def test_plain_text_blocks_after_a_hashtag_year_keep_whole_words() -> None:
    """A hashtag glued to a year ("#WAIC2025") is read as "WAIC 2025": the blocks of the lines after
    it (a heading, a post, a line of counts) still fall on their words."""
    posts = (
        "Topic: #WAIC2025# collected posts\n"
        "\n"
        "@zhou_in_sh · 27 Jul 21:03\n"
        "Repost: the body would be headquartered in Shanghai.\n"
        "Reposts 3 | Comments 13 | Likes 50\n"
        "\n"
        "@GlobalWatcher · 28 Jul 09:12\n"
        "Day two of WAIC 2025 in Shanghai.\n"
    )
    document = document_from_text(posts, "posts.txt")
    assert "WAIC 2025" in document.text
    texts = [document.text[start:end] for start, end in document.blocks]
    assert any(text.endswith("headquartered in Shanghai.") for text in texts), texts
    assert all(text.split()[-1] in ("posts", "50", "21:03", "09:12", "Shanghai.") for text in texts), texts


SRT = """1
00:00:52,500 --> 00:00:56,000
But the biggest crowds at WAIC gather
around the 70

2
00:00:56,200 --> 00:00:59,800
humanoid robots on show in Hall H1.

3
00:01:00,000 --> 00:01:04,000
More than 800 companies took part.
"""

VTT = """WEBVTT
Kind: captions

NOTE
Cue 12 is the robot count.

intro
00:00.500 --> 00:04.000 align:start position:10%
<v Moderator>Representatives of 20 countries
took part in the roundtable at WAIC.
"""


def test_a_caption_files_cues_run_on_and_its_numbers_and_timings_are_hidden() -> None:
    doc = document_from_text(SRT, "talk.srt")
    assert "00:00:52" not in doc.text and "\n1\n" not in doc.text  # timings and cue numbers hidden
    assert len(doc.text) == len(SRT)  # offsets kept
    assert [(line, claim, verdict) for line, _, claim, verdict in findings(SRT, "talk.srt")] == [
        (4, "robots-shown", "contradicts")  # "the 70" ... (next cue) "humanoid robots": one sentence, on its line
    ]


def test_a_webvtt_files_header_notes_identifiers_and_voice_tags_are_hidden() -> None:
    doc = document_from_text(VTT, "briefing.vtt")
    assert "Cue 12" not in doc.text and "intro" not in doc.text and "<v" not in doc.text
    assert [(line, claim) for line, _, claim, _ in findings(VTT, "briefing.vtt")] == [(9, "roundtable-countries")]


def test_captions_saved_as_text_are_read_as_captions_and_a_cue_that_ends_a_sentence_stops() -> None:
    assert statements(SRT, "talk.srt.txt") == [("robots-shown", "contradicts"), ("exhibiting-companies", "consistent")]
    unpunctuated = "".join(f"{k}\n00:00:0{k},000 --> 00:00:0{k},900\nwords and more words\n\n" for k in range(1, 9))
    doc = document_from_text(unpunctuated, "asr.srt")
    assert len(doc.blocks) > 1  # a run of cues with no sentence end stops after a few


def test_an_html_images_alt_text_is_read_as_a_block_of_its_own() -> None:
    html = '<p>Photos.</p>\n<img src="/a-1200x800.jpg" width="1200" alt="Li Qiang speaks at WAIC 2025 in Beijing">\n'
    doc = document_from_text(html, "gallery.html")
    assert "1200" not in doc.text and "Li Qiang speaks" in doc.text  # the tag hidden, its alt text kept
    assert [(line, claim, verdict) for line, _, claim, verdict in findings(html, "gallery.html")] == [
        (2, "conference-city", "contradicts")
    ]
    assert findings('<img src="x.jpg" alt="">', "empty.html") == []


def test_a_wires_slugs_are_hidden() -> None:
    source = "**[BC-China-AI-Conference, 2nd Ld]** Li spoke.\n\nCHINA-AI-EXPLAINER — BEIJING — Questions.\n\nBaden-Baden and KESTREL-3.\n"
    text = document_from_text(source, "wire.md").text
    assert "Conference" not in text and "EXPLAINER" not in text and "Li spoke." in text and "BEIJING" in text
    assert "Baden-Baden and KESTREL-3." in text  # (names of two parts are no slugs)
    assert findings("[BC-China-AI-Conference] Premier Li proposed the body at the World AI Conference in Beijing.") == [
        (1, 85, "conference-city", "contradicts")  # the slug names no other event
    ]


@pytest.mark.parametrize(
    ("source", "name", "words"),
    [  # tracked changes: what is deleted is hidden, what is inserted or kept is read without its marks
        ("on {~~Friday~>Saturday~~} a {--12--}{++13++}-point plan.{>>JM: fixed<<}\n", "a.md", "on Saturday a 13 -point plan."),
        ("a {==three-day==} forum\n", "a.txt", "a three-day forum"),
        ('DELETED: "a two-day forum" INSERTED: "a three-day forum".\n', "a.txt", 'INSERTED: "a three-day forum".'),
        ("of [DELETED: more than 30] [INSERTED: more than 50] countries\n", "a.rst", "of more than 50 countries"),
        # a unified diff's hunk: removed lines and the hunk header hidden, added lines without their "+"
        ("@@ -1,2 +1,2 @@\n- in Beijing.\n+ in Shanghai.\n  Same.\n", "a.txt", "in Shanghai. Same."),
        ("- item one\n- item two\n", "a.txt", "item one item two"),  # (no hunk: a list)
        # wiki links read as their text; plain-text emphasis without its asterisks
        ("at [[World AI Conference]] in [[Hangzhou]], the [[MFA (China)|ministry]].\n", "a.txt",
         "at World AI Conference in Hangzhou , the ministry ."),
        ("and ~~sixty~~ **sixteen** robots, *very* fast; 5 * 3 = 15\n", "a.txt", "and sixteen robots, very fast; 5 * 3 = 15"),
    ],
)  # fmt: skip
def test_tracked_changes_wiki_links_and_plain_emphasis(source: str, name: str, words: str) -> None:
    text = document_from_text(source, name).text
    assert len(text) == len(source)  # (offsets hold: masked text is blanked)
    assert " ".join(text.split()) == words
