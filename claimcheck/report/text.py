"""``--format text``: findings as a compiler reports errors, for a person at a terminal.

::

    article.md:3:27  DT01  error  Friday is not November 21, 2024 (a Thursday)
      3 | The meeting took place on **Friday**, November 21, in Palm Beach.
        |                             ^~~~~~    ^~~~~~~~~~~ date
        |                             weekday
      = November 21, 2024 is a Thursday
      = help: correct the weekday or the date (`claimcheck rules DT01`)

The line shown is the file's own, at the line and column the header names
(for Markdown and HTML, through the article's source map); each underline
is labelled with its evidence's role. Derivation steps that only restate
the message (or say "X is X") are left out. Evidence whose position in
the file is approximate (an HTML paragraph not found in the page's source)
is quoted instead of underlined, and a note says so.

Colour only when asked (the command line asks when stdout is a terminal).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import click

from claimcheck.models import FileReport, Finding, Report, Severity, Summary
from claimcheck.report.snippet import render_snippet

COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}

TextKey = tuple[str, str | None]
"""(path, record id): which article text a FileReport belongs to."""

Source = str | tuple[str, int]
"""What evidence lines point into: a text, or a text and the number of its first line."""


def render_text(
    report: Report,
    *,
    texts: Mapping[TextKey, Source] | None = None,
    color: bool = False,
    include_errors: bool = True,
) -> str:
    """The whole report; ``texts`` (article text per file) adds the underlined lines."""
    parts = [
        render_file(file, (texts or {}).get((file.path, file.id)), color=color,
                    include_errors=include_errors)
        for file in report.files
    ]
    parts.append(render_summary(report.summary, color=color))
    return "".join(parts)


def render_file(
    file: FileReport, text: Source | None = None, *, color: bool = False,
    include_errors: bool = True,
) -> str:
    """One file's findings (or its input error), each followed by a blank line.

    ``text`` is the file's text the evidence points into (see ``Source``);
    without it the evidence is quoted.
    """
    if file.error is not None:
        return f"{location(file)}: {_style('error', color, fg='red', bold=True)}: {file.error}\n" \
            if include_errors else ""
    out = []
    for finding in sorted(file.findings, key=_position):
        out.append(_header(file, finding, color))
        paint = functools.partial(_style, color=color, fg=COLOURS[finding.severity], bold=True)
        source, first = (text, 1) if isinstance(text, str) or text is None else text
        drawn = render_snippet(source, finding.evidence, first_line=first, paint=paint) \
            if source is not None else []
        out.extend("  " + line for line in drawn)
        quoted = [ev for ev in finding.evidence
                  if source is None or ev.approximate or not drawn]
        if quoted and (source is None or any(ev.approximate for ev in quoted)):
            out.append("  evidence: " + ", ".join(f"“{ev.span.text}”" for ev in quoted))
        if any(ev.approximate for ev in finding.evidence):
            out.append("  = note: the line is approximate: this text was not found "
                       "in the file as written")
        out.extend(f"  = {step}" for step in _new_steps(finding))
        out.append(f"  = help: {_help(finding.code)}")
        out.append("")
    return "".join(line + "\n" for line in out)


def render_summary(summary: Summary, *, color: bool = False) -> str:
    """The last line: what was checked and what was found."""
    checked = _count(summary.checked, "article") + " checked"
    found = [
        _count(summary.errors, "error"),
        _count(summary.warnings, "warning"),
        _count(summary.infos, "info", plural="infos"),
    ]
    line = f"{checked}: " + (", ".join(found) if any(
        (summary.errors, summary.warnings, summary.infos)) else "no problems found")
    if summary.unreadable:
        line += f"; {_count(summary.unreadable, 'input')} could not be read"
    bad = summary.errors or summary.unreadable
    return _style(line, color, fg="red" if bad else "green", bold=True) + "\n"


def location(file: FileReport, finding: Finding | None = None) -> str:
    """``path``, ``path#id`` for a JSON Lines record, then ``:line:col`` of the first evidence."""
    where = file.path if file.id is None else f"{file.path}#{file.id}"
    if finding is not None and finding.evidence:
        first = finding.evidence[0]
        where += f":{first.line}:{first.column}"
    return where


def _new_steps(finding: Finding) -> list[str]:
    """Derivation steps that say something the message (or an earlier step) does not."""
    said = [_words(finding.message)]
    kept = []
    for step in finding.derivation:
        words = _words(step.removeprefix("but:"))
        parts = re.split(r"\b(?:is|are)\b", step, maxsplit=1)
        if len(parts) == 2 and _words(parts[0]) == _words(parts[1]):
            continue  # "March 7, 2024 is March 7, 2024"
        if words and any(words in earlier for earlier in said):
            continue
        said.append(words)
        kept.append(step)
    return kept


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.lower()))


@functools.lru_cache(maxsize=64)
def _help(code: str) -> str:
    """The rule's "Fix:" line, and the command that explains the rule."""
    from claimcheck.report.rule_docs import find_doc, registry_docs

    doc = find_doc(registry_docs(), code)
    fix = ""
    if doc is not None:
        m = re.search(r"^Fix:\s*(.+(?:\n(?!\n)(?!\w+:).+)*)", doc.body, re.MULTILINE)
        if m is not None:
            fix = " ".join(m.group(1).split()).rstrip(".").replace("``", "`")
            fix = fix[0].lower() + fix[1:] + " "
    return f"{fix}(`claimcheck rules {code}`)" if fix else f"see `claimcheck rules {code}`"


def _header(file: FileReport, finding: Finding, color: bool) -> str:
    return "  ".join([
        _style(location(file, finding), color, bold=True),
        _style(finding.code, color, bold=True),
        _style(finding.severity.value, color, fg=COLOURS[finding.severity], bold=True),
        finding.message,
    ])


def _position(finding: Finding) -> tuple[int, int, str]:
    if not finding.evidence:
        return (1 << 30, 0, finding.code)  # file-wide notes after the located ones
    first = finding.evidence[0]
    return (first.line, first.column, finding.code)


def _count(n: int, word: str, *, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _style(text: str, color: bool = False, **style: object) -> str:
    return click.style(text, **style) if color else text  # type: ignore[arg-type]
