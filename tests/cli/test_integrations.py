"""The GitHub Action and the pre-commit hook call the command as it really is."""

from __future__ import annotations

import re

import yaml

from tests.conftest import ROOT


def options_of(run, command: str) -> set[str]:
    return set(re.findall(r"--[a-z][a-z-]+", run(command, "--help").out))


def test_action_is_a_complete_composite_action(run):
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    scripts = "\n".join(step.get("run", "") for step in steps)
    assert "claimcheck validate" in scripts
    used = set(re.findall(r"--[a-z][a-z-]+", scripts.split("claimcheck validate", 1)[1]))
    assert {"--format", "--sarif-output", "--fail-on"} <= used
    assert used - {"--disable-pip-version-check", "--quiet"} <= options_of(run, "validate")
    for step in steps:  # inputs reach scripts through env, never pasted into the script
        assert "${{ inputs." not in step.get("run", "")
    for name in ("paths", "fail-on", "args", "upload-sarif"):
        assert name in action["inputs"]


def test_pre_commit_hook(run):
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "claimcheck" and hook["entry"].startswith("claimcheck validate")
    assert hook["require_serial"] is True
    files = re.compile(hook["files"])
    exclude = re.compile(hook["exclude"])
    for name in ("a.txt", "b.md", "c.html", "d.jsonl", "e.json"):
        assert files.search(name) and not exclude.search(name)
    assert exclude.search("a.claims.json")


def test_ci_doc_shows_the_two_line_workflow():
    doc = (ROOT / "docs" / "ci.md").read_text()
    assert "uses: actions/checkout@v6\n      - uses: claimcheck/claimcheck@<commit-sha>" in doc
    assert "security-events: write" in doc and "actions: read" in doc
