"""JUnit XML: a test suite per document, a failing test case per finding, a passing case
when a document is clean, as Jenkins and GitLab read it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from audit.report import Report


def render(report: Report) -> str:
    suites = ET.Element("testsuites", name="audit")
    for document in report.documents:
        suite = ET.SubElement(suites, "testsuite", name=document.path)
        if document.error:
            case = ET.SubElement(suite, "testcase", classname=document.path, name="read")
            ET.SubElement(case, "error", message=document.error.message,
                          type=document.error.kind)
        for f in document.findings:
            case = ET.SubElement(suite, "testcase", classname=document.path,
                                 name=f"{f.rule} {f.name} at {f.line}:{f.column}",
                                 file=document.path, line=str(f.line))
            failure = ET.SubElement(case, "failure", message=f.message, type=f.level)
            failure.text = "\n".join(filter(None, [
                f"{document.path}:{f.line}:{f.column}: {f.rule} {f.name}",
                document.as_read(f.start, f.end, f.text),
                f"Suggestion: {f.suggestion}" if f.suggestion else None]))
        if not document.error and not document.findings:
            ET.SubElement(suite, "testcase", classname=document.path, name="audit")
        cases = suite.findall("testcase")
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(len(document.findings)))
        suite.set("errors", "1" if document.error else "0")
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
