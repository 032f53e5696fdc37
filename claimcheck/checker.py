"""The checker: build the timeline, run the chosen rules, apply suppressions.

``check_claims`` is the one entry point; ``claimcheck.check`` and the CLI
call it. Output is deterministic: findings sorted by their first evidence
offset, then code, then message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from claimcheck.models import (
    ClaimSet,
    Evidence,
    FileReport,
    Finding,
    Severity,
    Suppression,
)
from claimcheck.reason import build_timeline
from claimcheck.rules import Rule, select_rules

UNUSED_SUPPRESSION = ("CC01", "meta.unused_suppression")


def _selector_matches(selector: str, code: str, name: str) -> bool:
    s = selector.strip()
    return s.lower() == "all" or s.upper() in (code, code[:2]) or s.lower() in (
        name, name.split(".")[0])


def _suppresses(sup: Suppression, finding: Finding) -> bool:
    if not any(_selector_matches(c, finding.code, finding.name) for c in sup.codes):
        return False
    if sup.scope == "file" or sup.covers is None:
        return True
    return any(sup.covers.contains(e.span) for e in finding.evidence) or (
        not finding.evidence and False)


def _severity_for(rule: type[Rule], overrides: Mapping[str, Severity] | None) -> Severity | None:
    if not overrides:
        return None
    for key, value in overrides.items():
        if key.upper() == rule.code or key.lower() == rule.name:
            return Severity(value)
    return None


def _sort_key(f: Finding) -> tuple[int, str, str]:
    first = min((e.span.start for e in f.evidence), default=-1)
    return first, f.code, f.message


def check_claims(
    claims: ClaimSet,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Mapping[str, Severity] | None = None,
    path: str | None = None,
) -> FileReport:
    """Run the selected rules over ``claims`` and report what they find.

    ``select`` and ``ignore`` take codes ('DT01'), families ('DT'), names
    ('dates.weekday_mismatch') or 'all'; ``severity`` overrides a rule's
    severity by code or name. Findings inside a suppression's scope are
    dropped; a suppression that drops nothing becomes a CC01 info finding.
    """
    select, ignore = list(select), list(ignore)
    timeline = build_timeline(claims)
    findings: list[Finding] = []
    for rule_class in select_rules(select, ignore):
        rule = rule_class()
        override = _severity_for(rule_class, severity)
        for finding in rule.check(claims, timeline):
            if override is not None:
                finding = finding.model_copy(update={"severity": override})
            findings.append(finding)
    kept: list[Finding] = []
    used = [False] * len(claims.article.suppressions)
    for finding in findings:
        hits = [i for i, s in enumerate(claims.article.suppressions) if _suppresses(s, finding)]
        for i in hits:
            used[i] = True
        if not hits:
            kept.append(finding)
    if _meta_selected(select, ignore):
        kept.extend(_unused(claims, used))
    kept.sort(key=_sort_key)
    article = claims.article
    return FileReport(
        path=path or article.source or "<string>", id=article.id, published=article.published,
        published_source=article.published_source, findings=kept,
    )


def _meta_selected(select: list[str], ignore: list[str]) -> bool:
    code, name = UNUSED_SUPPRESSION
    chosen = not select or any(_selector_matches(s, code, name) for s in select)
    return chosen and not any(_selector_matches(s, code, name) for s in ignore)


def _unused(claims: ClaimSet, used: list[bool]) -> list[Finding]:
    index = claims.article.locator()
    out = []
    for sup, was_used in zip(claims.article.suppressions, used, strict=True):
        if was_used:
            continue
        evidence = [Evidence.at(sup.directive, index, "directive")] if sup.directive else []
        out.append(Finding(
            code=UNUSED_SUPPRESSION[0], name=UNUSED_SUPPRESSION[1], severity=Severity.INFO,
            message=f"suppression of {', '.join(sup.codes)} suppressed nothing",
            evidence=evidence,
        ))
    return out
