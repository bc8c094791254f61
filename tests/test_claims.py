"""Tests for loading, validating and rendering claims files (factcheck.claims)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from factcheck.claims import (
    CLAIMS_FILENAMES,
    claims_digest,
    claims_schema,
    find_claims_file,
    format_value,
    load_claims,
    parse_claims,
)
from factcheck.errors import FactcheckError, Problem
from factcheck.model import (
    Claim,
    Context,
    DateValue,
    NumberKind,
    NumberValue,
    PartialDate,
    Qualifier,
    Severity,
    TextValue,
    WeekdayValue,
)

VALID = """\
version: 1
claims:
  - id: exhibiting-companies
    statement: Over 800 companies exhibited at WAIC 2025.
    subject: [companies, firms, exhibitors]
    context:
      require: [WAIC, conference]
      exclude: roundtable
    value:
      type: number
      number: 800
      qualifier: over
    sources: [seeds/002_x.txt, "https://www.worldaic.com.cn/"]
    notes: counted by the organisers
  - id: duration
    statement: WAIC 2025 was a three-day event.
    subject: event
    value: {type: number, number: 3, unit: day, kind: count}
    severity: warning
  - id: venue-city
    statement: WAIC is held in Shanghai.
    subject: [held, hosted]
    value: {type: text, text: Shanghai, aliases: Shanghai City, wrong: [Beijing, Shenzhen], kind: place}
  - id: dates
    statement: WAIC 2025 ran from 26 to 28 July.
    subject: WAIC
    value: {type: date, date: 2025-07-26, end: "2025-07-28"}
  - id: opening-day
    statement: WAIC 2025 opened on a Saturday.
    subject: opened
    value: {type: weekday, weekday: saturday, date: 2025-07-26}
  - id: founded
    statement: WAIC was first held in 2018.
    subject: first held
    value: {type: date, date: 2018}
  - id: share
    statement: Between 30% and 50% of exhibitors were startups.
    subject: startups
    value: {type: number, number: 30, high: 50, kind: percent, qualifier: about}
"""


def problems_of(text: str, filename: str = "claims.yaml") -> list[Problem]:
    """The problems ``parse_claims`` raises for ``text`` (it must raise)."""
    with pytest.raises(FactcheckError) as info:
        parse_claims(textwrap.dedent(text), filename)
    return list(info.value.problems)


def one_problem(text: str) -> Problem:
    problems = problems_of(text)
    assert len(problems) == 1, problems
    return problems[0]


def claim_yaml(value: str = "{type: number, number: 800}", extra: str = "") -> str:
    """A one-claim file whose value (flow style) sits on line 5."""
    return f"claims:\n  - id: c\n    statement: s\n    subject: s\n    value: {value}\n{extra}"


# ------------------------------------------------------------------- loading


def test_valid_file_loads_every_value_type() -> None:
    claims = parse_claims(VALID, "claims.yaml")
    assert [c.id for c in claims] == [
        "exhibiting-companies", "duration", "venue-city", "dates", "opening-day", "founded", "share",
    ]
    assert claims[0] == Claim(
        id="exhibiting-companies",
        statement="Over 800 companies exhibited at WAIC 2025.",
        subject=("companies", "firms", "exhibitors"),
        value=NumberValue(amount=800.0, qualifier=Qualifier.OVER),
        context=Context(require=("WAIC", "conference"), exclude=("roundtable",)),
        severity=Severity.ERROR,
        sources=("seeds/002_x.txt", "https://www.worldaic.com.cn/"),
        notes="counted by the organisers",
        line=3,
    )
    assert claims[1].value == NumberValue(3.0, Qualifier.EXACT, unit="day", kind=NumberKind.COUNT)
    assert claims[1].severity is Severity.WARNING
    assert claims[1].subject == ("event",)
    assert claims[2].value == TextValue("Shanghai", ("Shanghai City",), ("Beijing", "Shenzhen"), "place")
    assert claims[3].value == DateValue(PartialDate(2025, 7, 26), PartialDate(2025, 7, 28))
    assert claims[4].value == WeekdayValue(5, PartialDate(2025, 7, 26))
    assert claims[5].value == DateValue(PartialDate(2018))
    assert claims[6].value == NumberValue(30.0, Qualifier.ABOUT, kind=NumberKind.PERCENT, high=50.0)
    assert [c.line for c in claims] == [3, 15, 20, 24, 28, 32, 36]


def test_defaults_apply_to_a_minimal_claim() -> None:
    (claim,) = parse_claims(claim_yaml("{type: text, text: Shanghai}"), "claims.yaml")
    assert claim.severity is Severity.ERROR
    assert claim.context == Context()
    assert claim.sources == () and claim.notes == ""
    assert claim.value == TextValue("Shanghai", kind="text")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("{type: date, date: 2025-07, end: 2025}", DateValue(PartialDate(2025, 7), PartialDate(2025))),
        ("{type: date, date: '2025-07-26'}", DateValue(PartialDate(2025, 7, 26))),
        ("{type: weekday, weekday: FRIDAY}", WeekdayValue(4)),
        ("{type: weekday, weekday: Sunday, date: 2025-07}", WeekdayValue(6, PartialDate(2025, 7))),
        ("{type: number, number: 2.5, kind: money}", NumberValue(2.5, kind=NumberKind.MONEY)),
        ("{type: number, number: 20, kind: money, currency: EUR}", NumberValue(20, kind=NumberKind.MONEY, currency="EUR")),
        ("{type: number, number: -24, unit: °C}", NumberValue(-24, unit="°C")),  # below zero
        ("{type: number, number: -0.3, kind: percent}", NumberValue(-0.3, kind=NumberKind.PERCENT)),
    ],
)
def test_value_variants(value: str, expected: object) -> None:
    (claim,) = parse_claims(claim_yaml(value), "claims.yaml")
    assert claim.value == expected


def test_claims_yml_on_disk_loads(tmp_path: Path) -> None:
    path = tmp_path / "claims.yml"
    path.write_text(VALID, encoding="utf-8")
    assert len(load_claims(path)) == 7


def test_missing_file_is_a_factcheck_error(tmp_path: Path) -> None:
    with pytest.raises(FactcheckError) as info:
        load_claims(tmp_path / "claims.yaml")
    (problem,) = info.value.problems
    assert problem.file == str(tmp_path / "claims.yaml")
    assert "not found" in problem.message


def test_unreadable_file_is_a_factcheck_error(tmp_path: Path) -> None:
    with pytest.raises(FactcheckError, match="cannot read"):
        load_claims(tmp_path)  # a directory
    bad = tmp_path / "claims.yaml"
    bad.write_bytes(b"claims: \xff\xfe\n")
    with pytest.raises(FactcheckError, match="UTF-8"):
        load_claims(bad)


# ------------------------------------------------------------- key problems


def test_unknown_key_points_at_the_key_with_a_suggestion() -> None:
    problem = one_problem(
        """\
        claims:
          - id: companies
            statement: s
            subject: s
            subjct: firms
            value: {type: number, number: 800}
        """
    )
    assert (problem.file, problem.line, problem.column) == ("claims.yaml", 5, 5)
    assert problem.claim == "companies"
    assert problem.key == "claims[0].subjct"
    assert "unknown key 'subjct'" in problem.message
    assert problem.hint == "did you mean 'subject'?"


def test_unknown_key_that_belongs_in_a_nested_mapping() -> None:
    problem = one_problem(claim_yaml(extra="    qualifier: over\n"))
    assert (problem.line, problem.column, problem.key) == (6, 5, "claims[0].qualifier")
    assert problem.hint == "'qualifier' belongs under 'value:'"


def test_unknown_key_without_a_near_miss_lists_the_allowed_keys() -> None:
    problem = one_problem(claim_yaml("{type: number, number: 800, colour: red}"))
    assert problem.key == "claims[0].value.colour"
    assert problem.message == "unknown key 'colour' in number value"
    assert problem.hint == "allowed keys: type, number, qualifier, unit, kind, high, currency"


def test_unknown_top_level_key() -> None:
    problems = problems_of("clams:\n  - id: a\n")
    assert [(p.line, p.column, p.key) for p in problems] == [(1, 1, "claims"), (1, 1, "clams")]
    assert problems[1].hint == "did you mean 'claims'?"
    assert "missing required key 'claims'" in problems[0].message


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("more than", "over"),
        ("fewer than", "under"),
        ("approximately", "about"),
        ("almost", "nearly"),
        ("up to", "at most"),
        ("minimum", "at least"),
        ("ovr", "over"),
        ("At Least", "at least"),
    ],
)
def test_bad_qualifier_suggests_the_intended_one(written: str, meant: str) -> None:
    problem = one_problem(claim_yaml(f"{{type: number, number: 800, qualifier: {written}}}"))
    assert problem.key == "claims[0].value.qualifier"
    assert (problem.line, problem.column) == (5, len("    value: {type: number, number: 800, qualifier: ") + 1)
    assert problem.message.startswith(f"qualifier '{written}' is not one of exact, over, at least")
    assert problem.hint == f"did you mean '{meant}'?"


def test_bad_enum_values_elsewhere() -> None:
    problems = problems_of(claim_yaml("{type: numbr, number: 1}", extra="    severity: fatal\n"))
    assert [(p.key, p.hint) for p in problems] == [
        ("claims[0].value.type", "did you mean 'number'?"),
        ("claims[0].severity", ""),
    ]
    assert problems[1].message == "severity 'fatal' is not one of error, warning"


def test_missing_number_in_a_number_value_points_at_the_value_mapping() -> None:
    problem = one_problem(
        """\
        claims:
          - id: c
            statement: s
            subject: s
            value:
              type: number
              qualifier: over
        """
    )
    assert (problem.line, problem.column) == (6, 7)
    assert problem.key == "claims[0].value.number"
    assert problem.message == "number value is missing required key 'number'"
    assert problem.hint.startswith("number: The figure itself")


def test_missing_type_is_guessed_from_the_keys() -> None:
    problem = one_problem(claim_yaml("{number: 800}"))
    assert problem.key == "claims[0].value.type"
    assert problem.hint == "add 'type: number'"


def test_missing_claim_keys_point_at_the_claim() -> None:
    problems = problems_of("claims:\n  - id: lonely\n    statement: s\n")
    assert [(p.line, p.column, p.key) for p in problems] == [
        (2, 5, "claims[0].subject"),
        (2, 5, "claims[0].value"),
    ]
    assert all(p.claim == "lonely" for p in problems)
    assert problems[0].message == "claim is missing required key 'subject'"


# ----------------------------------------------------------- value problems


@pytest.mark.parametrize(
    ("value", "key", "message", "hint"),
    [
        ("{type: number, number: '800'}", "number", "number must be a number, got the string '800'",
         "remove the quotes around the number"),
        ("{type: number, number: over 800}", "number", "number must be a number, got the string 'over 800'",
         "write the bare figure, e.g. 800; put words like 'over' in 'qualifier'"),
        ("{type: number, number: -3, kind: ordinal}", "number", "kind ordinal cannot be negative, got -3",
         "only a count, a measure, a percentage or a sum may be below zero"),
        ("{type: number, number: -2025, kind: year}", "number", "kind year cannot be negative, got -2025",
         "only a count, a measure, a percentage or a sum may be below zero"),
        ("{type: text, text: ''}", "text", "text must not be empty or blank", ""),
        ("{type: weekday, weekday: Satruday}", "weekday",
         "weekday 'Satruday' is not an English weekday name", "did you mean 'Saturday'?"),
        ("{type: date, date: 2025/7/6}", "date",
         "date '2025/7/6' is not a date in YYYY, YYYY-MM or YYYY-MM-DD form", "did you mean '2025-07-06'?"),
        ("{type: date, date: 25}", "date",
         "date '25' is not a date in YYYY, YYYY-MM or YYYY-MM-DD form", "e.g. 2025-07-26, 2025-07 or 2025"),
        ("{type: number, number: 1, kind: percentage}", "kind",
         "kind 'percentage' is not one of count, percent, money, ordinal, year", "did you mean 'percent'?"),
    ],
)
def test_bad_values(value: str, key: str, message: str, hint: str) -> None:
    problem = one_problem(claim_yaml(value))
    assert problem.key == f"claims[0].value.{key}"
    assert (problem.message, problem.hint) == (message, hint)
    assert problem.line == 5 and problem.claim == "c"


def test_bad_value_column_is_the_value_node() -> None:
    problem = one_problem(claim_yaml("{type: number, number: '800'}"))
    assert problem.column == len("    value: {type: number, number: ") + 1


def test_bad_id_suggests_kebab_case() -> None:
    problem = one_problem("claims:\n  - id: Exhibiting Companies\n    statement: s\n    subject: s\n"
                          "    value: {type: text, text: x}\n")
    assert (problem.line, problem.column, problem.key) == (2, 9, "claims[0].id")
    assert problem.message == "id 'Exhibiting Companies' is not a kebab-case id"
    assert problem.hint == "use lowercase words joined by single hyphens, e.g. 'exhibiting-companies'"


def test_yaml_type_surprises_get_hints() -> None:
    problems = problems_of(
        """\
        claims:
          - id: c
            statement: yes
            subject: [firms, 3]
            value: 800
            sources: seeds/a.txt
            notes:
        """
    )
    assert [(p.line, p.key, p.hint) for p in problems] == [
        (3, "claims[0].statement",
         "YAML reads unquoted yes/no/on/off/true/false as booleans; quote the text"),
        (4, "claims[0].subject[1]", "quote the value to make it text"),
        (5, "claims[0].value", "write e.g. value: {type: number, number: 800}"),
        (6, "claims[0].sources", "write a list: [seeds/a.txt]"),
        (7, "claims[0].notes", "the value is empty; fill it in or remove the key"),
    ]
    assert problems[1].message == "subject[1] must be a string, got the number 3"


@pytest.mark.parametrize(
    ("value", "key", "message"),
    [
        ("{type: number, number: 50, high: 30}", "high", "high (30) is less than number (50)"),
        ("{type: date, date: 2025-07-28, end: 2025-07-26}", "end", "end 2025-07-26 is before date 2025-07-28"),
        ("{type: date, date: 2025-08, end: 2025-07-31}", "end", "end 2025-07-31 is before date 2025-08"),
        ("{type: date, date: 2025-02-30}", "date", "2025-02-30 is not a real date (February 2025 has 28 days)"),
        ("{type: date, date: '2024-02-30'}", "date", "2024-02-30 is not a real date (February 2024 has 29 days)"),
        ("{type: weekday, weekday: Friday, date: 2025-07-26}", "weekday", "2025-07-26 is a Saturday, not a Friday"),
        ("{type: number, number: .inf}", "number", "number must be a finite number, got inf"),
    ],
)
def test_semantic_checks(value: str, key: str, message: str) -> None:
    problem = one_problem(claim_yaml(value))
    assert (problem.key, problem.message, problem.line) == (f"claims[0].value.{key}", message, 5)


def test_partial_dates_in_a_range_compare_by_their_common_precision() -> None:
    (claim,) = parse_claims(claim_yaml("{type: date, date: 2025-07-26, end: 2025-07}"), "claims.yaml")
    assert claim.value == DateValue(PartialDate(2025, 7, 26), PartialDate(2025, 7))


# ------------------------------------------------------- structural problems


def test_yaml_syntax_error_has_the_marks_position() -> None:
    problem = one_problem("claims:\n  - id: a\n    statement: [b\n")
    assert problem.message.startswith("YAML syntax error: expected ',' or ']'")
    assert (problem.line, problem.column) == (4, 1)
    assert problem.hint == "while parsing a flow sequence on line 3"


def test_bad_indentation_and_tabs_get_hints() -> None:
    problem = one_problem("claims:\n  - id: a\n   statement: b\n")
    assert (problem.line, problem.column) == (3, 4)
    assert problem.hint.startswith("check the indentation")
    assert one_problem("claims:\n\t- id: a\n").hint == "indent with spaces, not tabs"


def test_duplicate_mapping_key_is_reported_at_the_second_key() -> None:
    problem = one_problem(claim_yaml(extra="    statement: again\n"))
    assert (problem.line, problem.column) == (6, 5)
    assert (problem.claim, problem.key) == ("c", "claims[0].statement")
    assert problem.message.startswith("duplicate key 'statement' (first on line 3)")


def test_duplicate_claim_id_names_the_first_line() -> None:
    text = claim_yaml() + "  - id: c\n    statement: t\n    subject: t\n    value: {type: text, text: x}\n"
    problem = one_problem(text)
    assert (problem.line, problem.column, problem.key, problem.claim) == (6, 9, "claims[1].id", "c")
    assert problem.message == "duplicate claim id 'c' (first defined on line 2)"


@pytest.mark.parametrize(
    ("text", "line", "column", "key", "message"),
    [
        ("", 1, 1, "", "the claims file is empty"),
        ("# only a comment\n", 1, 1, "", "the claims file is empty"),
        ("- id: a\n", 1, 1, "", "the top level must be a mapping with a 'claims' key, not a list"),
        ("version: 1\n", 1, 1, "claims", "the file is missing required key 'claims'"),
        ("claims:\n  id: a\n", 2, 3, "claims", "claims must be a list, got a mapping"),
        ("claims: []\n", 1, 9, "claims", "there are no claims; the list is empty"),
        ("version: 2\nclaims: []\n", 1, 10, "version", "version 2 is not supported; the only allowed value is 1"),
        ("claims:\n  - just text\n", 2, 5, "claims[0]", "claims[0] must be a mapping, got the string 'just text'"),
    ],
)
def test_structural_problems(text: str, line: int, column: int, key: str, message: str) -> None:
    problems = problems_of(text)
    assert (problems[0].line, problems[0].column, problems[0].key) == (line, column, key)
    assert problems[0].message == message


def test_python_tags_are_rejected_not_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    problems = problems_of(
        f"""\
        claims:
          - id: c
            statement: !!python/object/apply:os.system ["touch {marker}"]
            subject: !!python/name:os.getcwd
            value: {{type: text, text: x}}
        """
    )
    assert not marker.exists()
    assert [(p.line, p.column, p.key) for p in problems] == [
        (3, 16, "claims[0].statement"),
        (4, 14, "claims[0].subject"),
    ]
    assert problems[0].message == "YAML tag '!!python/object/apply:os.system' is not allowed"


def test_recursive_aliases_are_rejected() -> None:
    problem = one_problem("claims: &a\n  - *a\n")
    assert "alias" in problem.message


def test_merge_keys_are_followed_for_positions() -> None:
    problem = one_problem(claim_yaml() + "  - <<: {statement: s, subject: s, value: {type: text, text: x}}\n"
                          "    id: d\n    sevrity: warning\n")
    assert (problem.line, problem.column, problem.key) == (8, 5, "claims[1].sevrity")
    assert problem.hint == "did you mean 'severity'?"


def test_every_problem_is_reported_at_once_in_position_order() -> None:
    problems = problems_of(
        """\
        version: 2
        claims:
          - id: a
            statment: s
            subject: s
            value: {type: number, number: 5, qualifier: more than}
          - id: a
            statement: s
            subject: s
            value: {type: date, date: 2025-02-30}
          - id: b
            statement: s
            subject: []
            value: {type: weekday, weekday: Monday, date: 2025-07-26}
        """
    )
    assert [(p.line, p.key) for p in problems] == [
        (1, "version"),
        (3, "claims[0].statement"),
        (4, "claims[0].statment"),
        (6, "claims[0].value.qualifier"),
        (7, "claims[1].id"),
        (10, "claims[1].value.date"),
        (13, "claims[2].subject"),
        (14, "claims[2].value.weekday"),
    ]
    assert all(p.file == "claims.yaml" for p in problems)
    assert len(set(problems)) == len(problems)


def test_problem_renders_as_a_compiler_style_line() -> None:
    problem = one_problem(claim_yaml("{type: number, number: 1, qualifier: more than}"))
    assert str(problem) == (
        "claims.yaml:5:49: error: claim 'c': claims[0].value.qualifier: qualifier 'more than' is not one of "
        "exact, over, at least, about, nearly, under, at most (did you mean 'over'?)"
    )


# ------------------------------------------------------------------ schema


def _object_schemas(node: Any) -> list[dict[str, Any]]:
    """Every sub-schema that declares properties."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if "properties" in node and "type" in node:
            found.append(node)
        for child in node.values():
            found += _object_schemas(child)
    elif isinstance(node, list):
        for child in node:
            found += _object_schemas(child)
    return found


def test_schema_is_valid_and_documented() -> None:
    schema = claims_schema()
    Draft202012Validator.check_schema(schema)
    objects = _object_schemas(schema)
    assert len(objects) >= 7
    for obj in objects:
        assert obj.get("additionalProperties") is False or obj is schema["$defs"]["value"]
        for name, prop in obj["properties"].items():
            assert prop.get("description"), name


def test_claims_schema_returns_a_copy() -> None:
    claims_schema()["properties"].clear()
    assert "claims" in claims_schema()["properties"]


def test_valid_file_passes_the_raw_schema_too() -> None:
    import yaml

    data = yaml.safe_load(VALID)
    for claim in data["claims"]:  # editors see YAML 1.2: dates are strings there
        for key in ("date", "end"):
            if key in claim["value"] and not isinstance(claim["value"][key], (str, int)):
                claim["value"][key] = claim["value"][key].isoformat()
    assert list(Draft202012Validator(claims_schema()).iter_errors(data)) == []


# ---------------------------------------------------------- finding the file


def test_find_claims_file_walks_up_parents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "claims.yaml").write_text(VALID, encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert find_claims_file() == (tmp_path / "claims.yaml").resolve()
    (tmp_path / "a" / "claims.yml").write_text(VALID, encoding="utf-8")
    assert find_claims_file() == (tmp_path / "a" / "claims.yml").resolve()
    assert find_claims_file(tmp_path) == (tmp_path / "claims.yaml").resolve()


def test_find_claims_file_prefers_claims_yaml(tmp_path: Path) -> None:
    for name in CLAIMS_FILENAMES:
        (tmp_path / name).write_text(VALID, encoding="utf-8")
    assert find_claims_file(tmp_path) == (tmp_path / "claims.yaml").resolve()


def test_find_claims_file_returns_none_when_absent(tmp_path: Path) -> None:
    found = find_claims_file(tmp_path)
    assert found is None or not found.is_relative_to(tmp_path.resolve())


# -------------------------------------------------------- digest and format


def test_claims_digest_is_stable_and_content_sensitive() -> None:
    claims = parse_claims(VALID, "claims.yaml")
    digest = claims_digest(claims)
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert claims_digest(parse_claims(VALID, "other.yaml")) == digest
    assert claims_digest(parse_claims("# moved down\n" + VALID, "claims.yaml")) == digest
    changed = parse_claims(VALID.replace("number: 800", "number: 801"), "claims.yaml")
    assert claims_digest(changed) != digest
    retitled = parse_claims(VALID.replace("severity: warning", "severity: error"), "claims.yaml")
    assert claims_digest(retitled) != digest
    assert claims_digest(claims[:1]) != digest


def test_claims_digest_distinguishes_value_types() -> None:
    date = Claim("a", "s", ("s",), DateValue(PartialDate(2025)))
    weekday = Claim("a", "s", ("s",), WeekdayValue(0))
    assert claims_digest([date]) != claims_digest([weekday])


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (NumberValue(800, Qualifier.OVER), "over 800"),
        (NumberValue(3, unit="day"), "3-day"),
        (NumberValue(5, unit="GB"), "5 GB"),  # an abbreviation is not hyphenated
        (NumberValue(13), "13"),
        (NumberValue(12000, Qualifier.AT_LEAST), "at least 12,000"),
        (NumberValue(2.5, kind=NumberKind.MONEY, unit="billion yuan"), "2.5 billion yuan"),
        (NumberValue(30, Qualifier.ABOUT, kind=NumberKind.PERCENT, high=50), "about 30-50%"),
        (NumberValue(2025, kind=NumberKind.YEAR), "2025"),
        (NumberValue(3, kind=NumberKind.ORDINAL), "3rd"),
        (NumberValue(11, kind=NumberKind.ORDINAL), "11th"),
        (TextValue("Shanghai", wrong=("Beijing",)), "Shanghai"),
        (DateValue(PartialDate(2025, 7, 26), PartialDate(2025, 7, 28)), "2025-07-26 to 2025-07-28"),
        (DateValue(PartialDate(2025, 7)), "2025-07"),
        (WeekdayValue(5, PartialDate(2025, 7, 26)), "Saturday (2025-07-26)"),
        (WeekdayValue(0), "Monday"),
    ],
)
def test_format_value(value: object, text: str) -> None:
    assert format_value(value) == text  # type: ignore[arg-type]


def test_a_currency_must_be_an_iso_code() -> None:
    text = claim_yaml("{type: number, number: 20, kind: money, currency: usd}")
    with pytest.raises(FactcheckError) as error:
        parse_claims(text, "claims.yaml")
    assert "currency 'usd' is not in the expected form" in str(error.value)
