"""``--format text``: findings as a compiler reports errors, for a person at a terminal.

::

    article.txt:3:27  DT01  error  Friday is not November 21, 2024 (a Thursday)
      3 | The meeting took place on Friday, November 21, in Palm Beach.
        |                           ^~~~~~  ^~~~~~~~~~~

Colour only when asked (the command line asks when stdout is a terminal).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import click

from claimcheck.models import FileReport, Finding, Report, Severity, Summary
from claimcheck.report.snippet import render_snippet

COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}

TextKey = tuple[str, str | None]
"""(path, record id): which article text a FileReport belongs to."""


def render_text(
    report: Report,
    *,
    texts: Mapping[TextKey, str] | None = None,
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
    file: FileReport, text: str | None = None, *, color: bool = False, include_errors: bool = True
) -> str:
    """One file's findings (or its input error), each followed by a blank line."""
    if file.error is not None:
        return f"{location(file)}: {_style('error', color, fg='red', bold=True)}: {file.error}\n" \
            if include_errors else ""
    out = []
    for finding in sorted(file.findings, key=_position):
        out.append(_header(file, finding, color))
        paint = functools.partial(_style, color=color, fg=COLOURS[finding.severity], bold=True)
        if text is not None:
            out.extend("  " + line for line in render_snippet(text, finding.evidence, paint=paint))
        elif finding.evidence:
            quoted = ", ".join(f"“{ev.span.text}”" for ev in finding.evidence)
            out.append(f"  evidence: {quoted}")
        out.extend(f"  = {step}" for step in finding.derivation)
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
