"""Tables: a value in a cell has the context of its column's header and its row's label, not of other columns."""

from __future__ import annotations

import pytest

from factcheck.engine import Engine
from factcheck.model import Claim, Context, NumberKind, NumberValue, TextValue
from helpers import assert_findings, findings, table

COMPETITORS = Context(exclude=("CloudCo", "Stratus"))
ENGINE = Engine(
    (
        Claim("free-storage", "Nimbus gives 5 GB of free storage.", ("free storage",), NumberValue(5, unit="GB"),
              COMPETITORS),
        Claim("uptime", "Nimbus promises 99.9% uptime.", ("uptime SLA", "uptime"),
              NumberValue(99.9, kind=NumberKind.PERCENT), Context(require=("Nimbus",), exclude=COMPETITORS.exclude)),
        Claim("slogan", "Nimbus's slogan is “Store more”.", ("slogan",), TextValue("Store more", kind="quote"),
              COMPETITORS),
    )
)


COMPARISON = [
    ["Feature", "Nimbus", "CloudCo", "Stratus"],
    ["Free storage", "5 GB", "2 GB", "15 GB"],
    ["Uptime SLA", "99.9%", "99.5%", "99.95%"],
]
WRONG = [
    ["Feature", "Nimbus", "CloudCo", "Stratus"],
    ["Free storage", "50 GB", "2 GB", "15 GB"],
    ["Uptime SLA", "99%", "99.5%", "99.95%"],
]


@pytest.mark.parametrize("path", ["doc.md", "doc.html", "doc.rst"])
def test_the_header_of_a_values_column_rules_a_claim_out(path: str) -> None:
    assert_findings(table(COMPARISON, path), [], ENGINE, path)
    flagged = findings(table(WRONG, path), path, ENGINE)
    assert [(claim, verdict) for _, _, claim, verdict in flagged] == [
        ("free-storage", "contradicts"),  # the Nimbus column is still checked
        ("uptime", "contradicts"),  # "Nimbus", the require term, stands in its header only
    ]


def test_the_row_label_and_the_cell_itself_count_other_cells_do_not() -> None:
    rows = [
        ["Plan", "Storage", "Notes"],
        ["Free storage at CloudCo", "2 GB", ""],  # the row's label names the competitor
        ["Free storage", "3 GB (Stratus)", ""],  # the cell itself does
        ["Free storage", "6 GB", "CloudCo matches it"],  # another column's cell does not speak for the 6 GB
    ]
    assert findings(table(rows, "doc.md"), "doc.md", ENGINE) == [(5, 18, "free-storage", "contradicts")]


def test_a_name_or_title_in_a_competitors_column_is_not_read() -> None:
    rows = [["", "CloudCo", "Nimbus"], ["Slogan", "“Cloud for all”", "“Store more”"]]
    assert_findings(table(rows, "doc.md"), [], ENGINE, "doc.md")
    rows[1][2] = "“Store less”"
    assert findings(table(rows, "doc.md"), "doc.md", ENGINE) == [(3, 31, "slogan", "contradicts")]


def test_a_restructuredtext_list_table_is_read_as_a_table() -> None:
    """Each row of a list-table is a block; a cell has its column's header and its row's label."""
    from factcheck.documents import document_from_text
    from helpers import list_table

    assert_findings(list_table(COMPARISON), [], ENGINE, "doc.rst")
    flagged = findings(list_table(WRONG), "doc.rst", ENGINE)
    assert [(line, claim, verdict) for line, _, claim, verdict in flagged] == [
        (9, "free-storage", "contradicts"),
        (13, "uptime", "contradicts"),
    ]
    doc = document_from_text(list_table(WRONG), "doc.rst")
    assert "*" not in doc.text and " - " not in doc.text  # the markers are masked
    assert len(doc.cells) == 8  # two body rows of four cells
