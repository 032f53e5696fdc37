"""Install and CI instructions that work when copied (issue 13): no pins to tags that do not
exist, never PyPI's unrelated ``claimcheck``, one distribution name everywhere."""

from __future__ import annotations

import re
import subprocess
import tomllib

import pytest

from tests.conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "action.yml",
        ROOT / ".pre-commit-hooks.yaml"]
NAME = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["name"]
PLACEHOLDER = "<commit-sha>"


def texts():
    """Each document's text; the package's docstrings as one more."""
    out = [(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))
           for path in DOCS]
    code = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "claimcheck").rglob("*.py"))
    return [*out, ("claimcheck/**/*.py", code)]


def commands(where: str, text: str) -> str:
    """What a reader copies: a Markdown file's code (blocks and spans), any other file whole."""
    if not where.endswith(".md"):
        return text
    return "\n".join(re.findall(r"```[^\n]*\n(.*?)```", text, flags=re.DOTALL)
                     + re.findall(r"(?<!`)`([^`\n]+)`(?!`)", text))


def tags() -> set[str]:
    done = subprocess.run(["git", "tag"], cwd=ROOT, capture_output=True, text=True)
    return set(done.stdout.split()) if done.returncode == 0 else set()


def test_the_distribution_name_is_not_pypis_claimcheck():
    assert NAME == "claimcheck-news"


def requirement_names(command: str) -> list[str]:
    """The project names a ``pip install`` command asks an index for (not paths or options)."""
    names = []
    for token in command.split("install", 1)[1].split("#")[0].split():
        token = token.strip("\"'")
        if token.startswith(("-", ".", "/", "$", "<")) or "://" in token.split("@")[0]:
            continue
        match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", token)
        if match:
            names.append(match.group(0).lower())
    return names


@pytest.mark.parametrize(("where", "text"), texts(), ids=[p for p, _ in texts()])
def test_no_install_of_pypis_claimcheck(where, text):
    for match in re.finditer(r"pip install [^\n`]*", commands(where, text)):
        assert "claimcheck" not in requirement_names(match.group(0)), (where, match.group(0))


def test_the_name_check_tells_the_two_apart():
    assert requirement_names('pip install "claimcheck[spark]"') == ["claimcheck"]
    assert requirement_names("pip install claimcheck==0.1.0") == ["claimcheck"]
    assert requirement_names('pip install "claimcheck-news @ git+https://x/y@abc"') == [
        "claimcheck-news"]
    assert requirement_names('pip install -e ".[dev]"') == []


@pytest.mark.parametrize(("where", "text"), texts(), ids=[p for p, _ in texts()])
def test_pins_are_commits_or_tags_that_exist(where, text):
    known = tags()
    pins = re.findall(r"claimcheck/claimcheck@([^\s\"'`)]+)", text)
    pins += re.findall(r"^\s*#?\s*rev:\s*(\S+)", text, flags=re.MULTILINE)
    for pin in pins:
        assert pin == PLACEHOLDER or re.fullmatch(r"[0-9a-f]{40}", pin) or pin in known, (
            where, pin)


def test_the_placeholder_is_explained_where_it_is_used():
    ci = (ROOT / "docs" / "ci.md").read_text()
    assert "## Pinning a version" in ci and "40-character SHA" in ci
    assert "Pinning a version" in (ROOT / "README.md").read_text()


def test_ci_runs_the_readmes_commands_with_the_pip_a_venv_ships():
    script = (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "--upgrade pip" not in script and "install -U pip" not in script
    assert 'pip install -e ".[dev]"' in quick and 'pip install --quiet -e ".[dev]"' in script
    assert "python3 -m venv" in quick and "python3 -m venv" in script
    for line in ("export HYPOTHESIS_PROFILE=ci", 'pip install --quiet -e ".[dev,spark]"',
                 "claimcheck schema --check", "claimcheck validate seeds/"):
        assert line in script
    assert script.rstrip().splitlines()[-1].startswith("pytest") or "\npytest" in script


def test_html_cleaning_is_declared_directly():
    """pip 23.2 does not match justext's lxml[html_clean] to lxml 6's html-clean extra."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.replace("-", "_").startswith("lxml_html_clean") for d in deps)
    assert any(d.startswith("pathspec") for d in deps)
