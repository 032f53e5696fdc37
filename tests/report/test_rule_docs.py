"""Rule documentation comes from the docstrings, and docs/rules.md is current."""

from __future__ import annotations

from claimcheck.report import describe, find_doc, registry_docs, render_rules_markdown
from tests.conftest import ROOT


class FakeRule:
    """Says what it checks in one line.

    Fails: an example.
    Fix: the fix.
    """

    code = "ZZ01"
    name = "zz.fake"
    severity = "warning"

    @classmethod
    def family(cls) -> str:
        return "ZZ"


def test_describe_reads_the_docstring_and_class_attributes():
    doc = describe(FakeRule)
    assert (doc.code, doc.name, doc.family, doc.severity) == ("ZZ01", "zz.fake", "ZZ", "warning")
    assert doc.summary == "Says what it checks in one line."
    assert doc.body == "Fails: an example.\nFix: the fix."


def test_every_registered_rule_has_documentation():
    docs = registry_docs()
    assert docs and [d.code for d in docs] == sorted(d.code for d in docs)
    for doc in docs:
        assert doc.summary and doc.body, f"{doc.code} needs a summary and a body in its docstring"
    assert find_doc(docs, "cc01").name == "meta.unused_suppression"


def test_docs_rules_md_is_current():
    expected = render_rules_markdown(registry_docs())
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == expected, "regenerate: claimcheck rules --markdown > docs/rules.md"
