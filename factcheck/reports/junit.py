"""``junit``: JUnit XML, for CI systems that show test results (GitLab, Jenkins, Azure).

One ``<testsuite>`` per document and one ``<testcase>`` per claim checked in
it; a claim the document gets wrong fails, with all of its findings there.
Claims a document does not mention pass: nothing in them is wrong.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..engine import ScanReport
from ..model import DocumentResult, Finding, Verdict
from .base import Reporter, register, safe_text

# Characters XML 1.0 does not allow, even escaped (lone surrogates included).
_ILLEGAL_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_RANK = {Verdict.CONSISTENT: 0, Verdict.DIFFERS: 1, Verdict.CONTRADICTS: 2}


def xml_text(text: str) -> str:
    """Document text made inert and legal in XML 1.0: controls shown escaped, the rest dropped."""
    return _ILLEGAL_XML.sub("", safe_text(text))


def claim_ids(report: ScanReport, document: DocumentResult) -> list[str]:
    """The claims checked in ``document``, in claims-file order."""
    ids = [c.id for c in report.claims]
    ids += [c.claim for c in document.coverage] + [f.claim for f in document.findings]
    return list(dict.fromkeys(ids))


def failure_text(findings: list[Finding]) -> str:
    """Every finding of one claim in one document: location, message, excerpt."""
    return "".join(
        f"{f.path}:{f.line}:{f.column}: {f.severity.value}: {f.message}\n    {f.excerpt}\n" for f in findings
    )


def failure(findings: list[Finding]) -> ET.Element:
    """The ``<failure>`` element for a claim's findings in one document."""
    first = findings[0]
    message = first.message if len(findings) == 1 else f"{first.message} (and {len(findings) - 1} more)"
    worst = max((f.verdict for f in findings), key=_RANK.__getitem__)
    element = ET.Element("failure", {"message": xml_text(message), "type": worst.value})
    element.text = xml_text(failure_text(findings))
    return element


def testcase(path: str, claim_id: str, findings: list[Finding]) -> ET.Element:
    """One ``<testcase>``: a claim checked in a document, failing when it has findings."""
    attributes = {"classname": xml_text(path), "name": claim_id}
    if findings:
        attributes.update({"file": xml_text(path), "line": str(findings[0].line)})
    element = ET.Element("testcase", attributes)
    if findings:
        element.append(failure(findings))
    return element


def testsuite(report: ScanReport, document: DocumentResult) -> ET.Element:
    """The ``<testsuite>`` for one document."""
    by_claim: dict[str, list[Finding]] = {}
    for finding in sorted(document.findings):
        by_claim.setdefault(finding.claim, []).append(finding)
    cases = [testcase(document.path, cid, by_claim.get(cid, [])) for cid in claim_ids(report, document)]
    failures = len(by_claim)
    suite = ET.Element(
        "testsuite",
        {
            "name": xml_text(document.path),
            "tests": str(len(cases)),
            "failures": str(failures),
            "errors": "0",
            "skipped": "0",
        },
    )
    suite.extend(cases)
    return suite


def junit_tree(report: ScanReport) -> ET.Element:
    """The whole report as a ``<testsuites>`` element."""
    suites = [testsuite(report, d) for d in sorted(report.documents, key=lambda d: d.path)]
    root = ET.Element(
        "testsuites",
        {
            "name": "factcheck",
            "tests": str(sum(int(s.get("tests", "0")) for s in suites)),
            "failures": str(sum(int(s.get("failures", "0")) for s in suites)),
            "errors": "0",
        },
    )
    root.extend(suites)
    return root


@register
class JunitReporter(Reporter):
    """JUnit XML: documents as suites, claims as test cases."""

    name = "junit"
    description = "JUnit XML: one test suite per document, one test case per claim"
    extensions = (".xml",)

    def render(self, report: ScanReport) -> str:
        root = junit_tree(report)
        ET.indent(root)
        return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
