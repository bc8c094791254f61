"""The CI report formats (SARIF, GitHub, JUnit, GitLab), checked by real consumers.

SARIF is validated against the vendored OASIS schema, JUnit is read back with
``junitparser``, and the GitHub commands and GitLab issues are checked against
what GitHub's ``@actions/core`` and GitLab's Code Quality documentation require.
Document text in every fixture is hostile: markup, ``%``, CR/LF, ``:`` and
``,``, an ANSI escape, non-ASCII and ``]]>``.
"""

from __future__ import annotations

import dataclasses
import json
import pathlib
import re
import xml.etree.ElementTree as ET
from typing import Any

import jsonschema
import pytest

from factcheck import __version__
from factcheck.claims import format_value
from factcheck.engine import ScanReport
from factcheck.model import (
    Claim,
    Coverage,
    DocumentResult,
    Finding,
    NumberValue,
    Qualifier,
    Severity,
    TextValue,
    Verdict,
)
from factcheck.reports import REGISTRY, format_for_path, get_reporter
from factcheck.reports.base import auto_format, safe_text
from factcheck.reports.fingerprint import fingerprint
from factcheck.reports.github import GithubReporter, escape_data, escape_property
from factcheck.reports.gitlab import GitlabReporter
from factcheck.reports.junit import JunitReporter
from factcheck.reports.sarif import SarifReporter, artifact_location, camel_case

SCHEMA_PATH = pathlib.Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
NASTY = 'Over <b>600</b> firms | 50% off: a,b\r\nnext ]]> \x1b[31mred\x1b[0m — 上海 café'
NASTY_MESSAGE = '"over 600" contradicts the canonical "over 800": 100% wrong: a,b\r\nnext \x1b[31m'

CLAIMS = (
    Claim(
        "exhibiting-companies",
        "Over 800 companies exhibited at WAIC 2025.",
        ("companies",),
        NumberValue(800, Qualifier.OVER),
        severity=Severity.ERROR,
        sources=("seeds/001.txt",),
    ),
    Claim("hq-city", "The organization is headquartered in Shanghai.", ("headquarters",), TextValue("Shanghai")),
    Claim(
        "conference-days",
        "WAIC 2025 lasted three days.",
        ("conference",),
        NumberValue(3, unit="day"),
        severity=Severity.WARNING,
        notes="Counted from the opening ceremony.",
    ),
)


def finding(
    path: str = "docs/a report.md",
    line: int = 3,
    column: int = 6,
    claim: str = "exhibiting-companies",
    *,
    verdict: Verdict = Verdict.CONTRADICTS,
    severity: Severity = Severity.ERROR,
    message: str = NASTY_MESSAGE,
    excerpt: str = NASTY,
    found: str = "over <b>600</b> | 50%",
) -> Finding:
    """A finding with hostile document text unless told otherwise."""
    return Finding(
        path=path,
        line=line,
        column=column,
        end_line=line,
        end_column=column + 8,
        claim=claim,
        verdict=verdict,
        severity=severity,
        expected="over 800",
        found=found,
        message=message,
        excerpt=excerpt,
        excerpt_start=5,
        excerpt_end=15,
    )


def document(path: str, findings: list[Finding]) -> DocumentResult:
    """A document result whose coverage agrees with its findings."""
    worst = {f.claim: f.verdict for f in sorted(findings, key=lambda f: f.verdict is Verdict.CONTRADICTS)}
    coverage = tuple(Coverage(c.id, worst.get(c.id), (f"x{c.id}",) if c.id in worst else ()) for c in CLAIMS)
    return DocumentResult(path, tuple(sorted(findings)), coverage)


def make_report(*documents: DocumentResult, warnings: tuple[str, ...] = ()) -> ScanReport:
    """A report over :data:`CLAIMS`."""
    return ScanReport(CLAIMS, list(documents), list(warnings))


@pytest.fixture
def report() -> ScanReport:
    """Three documents: two findings in one, one in another, none in the third."""
    first = document(
        "docs/a report.md",
        [
            finding(),
            finding(line=9, column=1, message="second: 50%", excerpt="Nearly 800 firms."),
            finding(
                line=12,
                column=2,
                claim="hq-city",
                verdict=Verdict.DIFFERS,
                severity=Severity.WARNING,
                message='"Beijing" differs from the canonical "Shanghai": other city',
                excerpt="Headquartered in Beijing, 北京.",
                found="Beijing",
            ),
        ],
    )
    second = document("notes/b,c:d.txt", [finding(path="notes/b,c:d.txt", line=1, column=1)])
    third = document("clean.md", [])
    return make_report(first, second, third, warnings=("skipped binary file: img.png",))


# --------------------------------------------------------------------- SARIF


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    """A validator for the vendored OASIS SARIF 2.1.0 schema, of the draft it declares."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    assert cls is jsonschema.Draft4Validator  # "$schema": draft-04
    cls.check_schema(schema)
    return cls(schema)


def sarif(report: ScanReport) -> dict[str, Any]:
    return json.loads(SarifReporter().render(report))


def test_sarif_validates_against_the_oasis_schema(report: ScanReport, sarif_validator: Any) -> None:
    log = sarif(report)
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert not errors, "\n".join(e.message for e in errors)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1


def test_sarif_empty_report_validates(sarif_validator: Any) -> None:
    log = sarif(make_report())
    sarif_validator.validate(log)
    assert log["runs"][0]["results"] == []


def test_sarif_driver_and_rules(report: ScanReport) -> None:
    run = sarif(report)["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck"
    assert driver["version"] == __version__
    assert [r["id"] for r in driver["rules"]] == [c.id for c in CLAIMS]
    first, _, last = driver["rules"]
    assert first["name"] == "ExhibitingCompanies"
    assert first["shortDescription"]["text"] == CLAIMS[0].statement
    assert first["defaultConfiguration"]["level"] == "error"
    assert format_value(CLAIMS[0].value) in first["help"]["text"]
    assert "over 800" in first["help"]["text"]
    assert last["defaultConfiguration"]["level"] == "warning"
    assert "Counted from the opening ceremony." in last["fullDescription"]["text"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] == "skipped binary file: img.png"


def test_sarif_results(report: ScanReport) -> None:
    run = sarif(report)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == len(report.findings) == 4
    for res, f in zip(results, report.findings):
        assert res["ruleId"] == f.claim
        assert rules[res["ruleIndex"]]["id"] == f.claim
        assert res["level"] == f.severity.value
        assert res["message"]["text"] == f.message
        assert res["partialFingerprints"] == {"factcheck/v1": fingerprint(f)}
        assert res["properties"] == {"verdict": f.verdict.value, "expected": f.expected, "found": f.found}
        location = res["locations"][0]["physicalLocation"]
        index = location["artifactLocation"]["index"]
        assert run["artifacts"][index]["location"]["uri"] == location["artifactLocation"]["uri"]
        assert location["region"] == {
            "startLine": f.line,
            "startColumn": f.column,
            "endLine": f.end_line,
            "endColumn": f.end_column,
            "snippet": {"text": f.excerpt},
        }
    first = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert first["uri"] == "docs/a%20report.md"
    assert first["uriBaseId"] == "%SRCROOT%"
    assert results[0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == NASTY
    assert [a["location"]["uri"] for a in run["artifacts"]] == ["clean.md", "docs/a%20report.md", "notes/b,c%3Ad.txt"]


def test_sarif_uris_are_valid_uri_references() -> None:
    uri_chars = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$")
    for path in ["docs/a report.md", "./x.md", "<stdin>", "über/ä.md", "a:b.md", "100%.md"]:
        location = artifact_location(path)
        assert uri_chars.match(location["uri"]), location
        assert location["uriBaseId"] == "%SRCROOT%"
        assert ":" not in location["uri"].split("/")[0]  # would read as a scheme
    assert artifact_location("./x.md")["uri"] == "x.md"
    assert artifact_location("/abs/my file.md") == {"uri": "file:///abs/my%20file.md"}
    assert artifact_location("C:/docs/a.md") == {"uri": "file:///C:/docs/a.md"}


def test_camel_case() -> None:
    assert camel_case("hq-city") == "HqCity"
    assert camel_case("waic-2025-dates") == "Waic2025Dates"


def test_fingerprint_survives_lines_inserted_above() -> None:
    original = finding()
    moved = dataclasses.replace(original, line=original.line + 5, end_line=original.end_line + 5)
    assert fingerprint(moved) == fingerprint(original)
    assert re.fullmatch(r"[0-9a-f]{64}", fingerprint(original))
    log_a = sarif(make_report(document(original.path, [original])))
    log_b = sarif(make_report(document(moved.path, [moved])))
    fp_a = log_a["runs"][0]["results"][0]["partialFingerprints"]
    fp_b = log_b["runs"][0]["results"][0]["partialFingerprints"]
    assert fp_a == fp_b
    assert log_b["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 8


def test_fingerprint_normalises_excerpt_and_tells_findings_apart() -> None:
    base = finding(excerpt="Over  600\tfirms  exhibited.")
    assert fingerprint(base) == fingerprint(dataclasses.replace(base, excerpt="over 600 FIRMS exhibited."))
    assert fingerprint(base) != fingerprint(dataclasses.replace(base, excerpt="Over 700 firms exhibited."))
    assert fingerprint(base) != fingerprint(dataclasses.replace(base, claim="hq-city"))
    assert fingerprint(base) != fingerprint(dataclasses.replace(base, path="docs/other.md"))


def test_sarif_is_byte_identical_across_renders(report: ScanReport) -> None:
    first = SarifReporter().render(report)
    second = get_reporter("sarif")().render(report)
    assert first == second
    assert first.endswith("}\n")
    assert "\x1b" not in first  # JSON escapes control characters


# ------------------------------------------------------------ GitHub Actions


def test_escaping_matches_actions_core() -> None:
    assert escape_data("100% a:b,c\r\nd") == "100%25 a:b,c%0D%0Ad"
    assert escape_property("100% a:b,c\r\nd") == "100%25 a%3Ab%2Cc%0D%0Ad"
    assert escape_data("%0A") == "%250A"  # '%' first: no double decoding


def test_github_commands_exact(report: ScanReport) -> None:
    lines = GithubReporter().render(report).splitlines()
    assert lines == [
        "::error file=docs/a report.md,line=3,col=6,endLine=3,endColumn=14,"
        "title=factcheck%3A exhibiting-companies (contradicts)::"
        '"over 600" contradicts the canonical "over 800": 100%25 wrong: a,b\\x0d%0Anext \\x1b[31m'
        "%0AOver <b>600</b> firms | 50%25 off: a,b\\x0d%0Anext ]]> \\x1b[31mred\\x1b[0m — 上海 café",
        "::error file=docs/a report.md,line=9,col=1,endLine=9,endColumn=9,"
        "title=factcheck%3A exhibiting-companies (contradicts)::second: 50%25%0ANearly 800 firms.",
        "::warning file=docs/a report.md,line=12,col=2,endLine=12,endColumn=10,"
        "title=factcheck%3A hq-city (differs)::"
        '"Beijing" differs from the canonical "Shanghai": other city%0AHeadquartered in Beijing, 北京.',
        "::error file=notes/b%2Cc%3Ad.txt,line=1,col=1,endLine=1,endColumn=9,"
        "title=factcheck%3A exhibiting-companies (contradicts)::"
        '"over 600" contradicts the canonical "over 800": 100%25 wrong: a,b\\x0d%0Anext \\x1b[31m'
        "%0AOver <b>600</b> firms | 50%25 off: a,b\\x0d%0Anext ]]> \\x1b[31mred\\x1b[0m — 上海 café",
    ]


def test_github_escapes_properties_and_data() -> None:
    f = finding(path="a%b\r\nc:d,e.md", message="50%: x,y\r\nz", excerpt="")
    (line,) = GithubReporter().render(make_report(document(f.path, [f]))).splitlines()
    # safe_text shows the CR as \x0d; escaping then makes LF, '%', ':' and ',' inert.
    assert line == (
        "::error file=a%25b\\x0d%0Ac%3Ad%2Ce.md,line=3,col=6,endLine=3,endColumn=14,"
        "title=factcheck%3A exhibiting-companies (contradicts)::50%25: x,y\\x0d%0Az"
    )


def test_github_output_cannot_inject_commands() -> None:
    f = finding(message="bad\n::add-mask::secret\r\n::stop-commands::x", excerpt="\n::error::injected")
    text = GithubReporter().render(make_report(document(f.path, [f])))
    assert text.count("\n") == 1
    assert text.startswith("::error ")


def test_github_limits_annotations_per_severity() -> None:
    errors = [finding(line=i, message=f"e{i}", excerpt="") for i in range(1, 13)]
    warnings = [
        finding(line=100 + i, message=f"w{i}", excerpt="", verdict=Verdict.DIFFERS, severity=Severity.WARNING)
        for i in range(1, 12)
    ]
    lines = GithubReporter().render(make_report(document("d.md", errors + warnings))).splitlines()
    assert sum(line.startswith("::error ") for line in lines) == GithubReporter.ANNOTATION_LIMIT == 10
    assert sum(line.startswith("::warning ") for line in lines) == 10
    assert lines[-1] == (
        "::notice::factcheck: 2 more errors and 1 more warning not annotated; see the SARIF report or job summary"
    )
    assert len(lines) == 21
    assert lines[9].endswith("::e10") and lines[10].endswith("::w1")  # the first ten of each, in order


def test_github_limit_is_configurable_and_silent_when_not_reached() -> None:
    class Three(GithubReporter):
        ANNOTATION_LIMIT = 3

    findings = [finding(line=i, message=f"e{i}", excerpt="") for i in range(1, 5)]
    lines = Three().render(make_report(document("d.md", findings))).splitlines()
    assert len(lines) == 4
    assert lines[-1].startswith("::notice::factcheck: 1 more error and 0 more warnings")
    unlimited = GithubReporter().render(make_report(document("d.md", findings))).splitlines()
    assert len(unlimited) == 4 and not any(line.startswith("::notice") for line in unlimited)
    assert GithubReporter().render(make_report(document("d.md", []))) == ""


# ---------------------------------------------------------------------- JUnit


def test_junit_parsed_by_junitparser(report: ScanReport) -> None:
    junitparser = pytest.importorskip("junitparser")
    xml = junitparser.JUnitXml.fromstring(JunitReporter().render(report))
    assert xml.name == "factcheck"
    assert xml.tests == 9  # three documents x three claims
    assert xml.failures == 3  # (a report, exhibiting-companies), (a report, hq-city), (b,c:d, exhibiting-companies)
    assert xml.errors == 0
    suites = {suite.name: suite for suite in xml}
    assert sorted(suites) == ["clean.md", "docs/a report.md", "notes/b,c:d.txt"]
    suite = suites["docs/a report.md"]
    assert (suite.tests, suite.failures) == (3, 2)
    cases = {case.name: case for case in suite}
    assert list(cases) == [c.id for c in CLAIMS]
    assert all(case.classname == "docs/a report.md" for case in cases.values())
    assert cases["conference-days"].is_passed
    failing = cases["exhibiting-companies"]
    assert failing.is_failure
    (failure,) = failing.result
    assert failure.type == "contradicts"
    assert failure.message.startswith('"over 600" contradicts the canonical "over 800": 100% wrong: a,b')
    assert failure.message.endswith("(and 1 more)")
    assert "docs/a report.md:3:6: error: " in failure.text
    assert "docs/a report.md:9:1: error: second: 50%" in failure.text
    assert "Over <b>600</b> firms | 50% off: a,b" in failure.text
    assert "]]> \\x1b[31mred" in failure.text
    assert "上海 café" in failure.text
    (hq,) = cases["hq-city"].result
    assert hq.type == "differs"
    assert all(case.is_passed for case in suites["clean.md"])


def test_junit_xml_is_well_formed_with_hostile_text(report: ScanReport) -> None:
    text = JunitReporter().render(report)
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("9", "3", "0")
    case = root.find("./testsuite[@name='docs/a report.md']/testcase[@name='exhibiting-companies']")
    assert case is not None
    assert (case.get("file"), case.get("line")) == ("docs/a report.md", "3")
    passing = root.find("./testsuite[@name='clean.md']/testcase[@name='hq-city']")
    assert passing is not None and passing.get("file") is None and len(passing) == 0
    assert "\x1b" not in text and "<b>" not in text


def test_junit_strips_characters_illegal_in_xml() -> None:
    f = finding(message="nul\x00 vt\x0b ff\x0c\ufffe\ud800 ok", excerpt="\x1b[1m")
    text = JunitReporter().render(make_report(document("x.md", [f])))
    root = ET.fromstring(text.encode("utf-8", "strict"))
    failure = root.find(".//failure")
    assert failure is not None
    assert failure.get("message") == "nul\\x00 vt\\x0b ff\\x0c ok"
    assert failure.text is not None and "\\x1b[1m" in failure.text


# --------------------------------------------------------------------- GitLab


def test_gitlab_issues_have_required_fields(report: ScanReport) -> None:
    issues = json.loads(GitlabReporter().render(report))
    assert isinstance(issues, list) and len(issues) == 4
    for issue, f in zip(issues, report.findings):
        assert isinstance(issue["description"], str) and issue["description"]
        assert issue["description"] == safe_text(" ".join(f.message.split()))  # one line, per Code Climate
        assert issue["check_name"] == f.claim
        assert isinstance(issue["fingerprint"], str) and issue["fingerprint"]
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["severity"] == ("major" if f.severity is Severity.ERROR else "minor")
        location = issue["location"]
        assert location["path"] == f.path
        assert location["lines"]["begin"] == f.line >= 1
        assert issue["type"] == "issue"
        assert issue["categories"] == ["Bug Risk"]
        assert "over 800" in issue["content"]["body"]
    assert issues[0]["description"] == (
        '"over 600" contradicts the canonical "over 800": 100% wrong: a,b next \\x1b[31m'
    )
    body = issues[0]["content"]["body"]
    assert "<b>" not in body and "&lt;b&gt;" in body  # markdown body: no live HTML
    assert issues[0]["fingerprint"] == fingerprint(report.findings[0])


def test_gitlab_fingerprints_unique_even_when_findings_collide() -> None:
    same = [finding(line=line, excerpt="Over 600 firms.") for line in (1, 5, 9)]
    assert len({fingerprint(f) for f in same}) == 1
    issues = json.loads(GitlabReporter().render(make_report(document(same[0].path, same))))
    prints = [issue["fingerprint"] for issue in issues]
    assert len(set(prints)) == 3
    assert prints[0] == fingerprint(same[0])
    assert GitlabReporter().render(make_report()) == "[]\n"


def test_gitlab_is_byte_identical_across_renders(report: ScanReport) -> None:
    assert GitlabReporter().render(report) == GitlabReporter().render(report)


# ------------------------------------------------------- registry and auto


def test_formats_are_registered() -> None:
    for name in ("sarif", "github", "junit", "gitlab"):
        assert REGISTRY[name].name == name
        assert REGISTRY[name].description


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("out.sarif", "sarif"),
        ("out.SARIF.json", "sarif"),
        ("results.json", "json"),
        ("gl.codequality.json", "gitlab"),
        ("gl-code-quality-report.json", "gitlab"),
        ("report.xml", "junit"),
    ],
)
def test_format_for_path(path: str, fmt: str) -> None:
    assert format_for_path(path) == fmt


@pytest.mark.parametrize(
    ("tty", "environ", "fmt"),
    [
        (False, {"GITHUB_ACTIONS": "true"}, "github"),
        (True, {"GITHUB_ACTIONS": "true"}, "github"),
        (True, {}, "rich"),
        (True, {"GITHUB_ACTIONS": "false"}, "rich"),
        (False, {}, "plain"),
        (False, {"GITHUB_ACTIONS": ""}, "plain"),
        (False, {"CI": "true"}, "plain"),
    ],
)
def test_auto_format(tty: bool, environ: dict[str, str], fmt: str) -> None:
    assert auto_format(tty=tty, environ=environ) == fmt
    assert fmt in REGISTRY
