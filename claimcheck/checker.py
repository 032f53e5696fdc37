"""The checker: build the timeline, run the chosen rules, apply suppressions.

``check_claims`` is the one entry point for claims; ``claimcheck.check``, the
batch path and the CLI call it. ``check_unextracted`` is its counterpart for
an article the language guard kept from extraction: only article rules
(CC02) run. Every rule, CC01 and CC02 included, is picked by the registry's
one selector matcher and gets its severity override in one place
(``rules.registry.with_severity``). Output is deterministic: findings sorted
by their first evidence offset, then code, then message.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from claimcheck.ingest.language import guess_language
from claimcheck.models import Article, ClaimSet, FileReport, Finding, Severity, Suppression
from claimcheck.reason import build_timeline
from claimcheck.rules import select_rules
from claimcheck.rules.base import ArticleRule, SuppressionRule, selector_matches
from claimcheck.rules.registry import with_severity


def _suppresses(sup: Suppression, finding: Finding) -> bool:
    if not any(selector_matches(c, finding.code, finding.name) for c in sup.codes):
        return False
    if sup.scope == "file" or sup.covers is None:
        return True
    return any(sup.covers.contains(e.span) for e in finding.evidence)


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
    dropped; the suppression rules (CC01) then see which dropped nothing.
    """
    rules = select_rules(select, ignore)
    claim_rules = [r for r in rules if not issubclass(r, SuppressionRule | ArticleRule)]
    findings: list[Finding] = []
    if claim_rules:
        timeline = build_timeline(claims)
        for rule in claim_rules:
            findings += with_severity(rule().check(claims, timeline), rule, severity)
    suppressions = claims.article.suppressions
    kept: list[Finding] = []
    used = [False] * len(suppressions)
    for finding in findings:
        hits = [i for i, s in enumerate(suppressions) if _suppresses(s, finding)]
        for i in hits:
            used[i] = True
        if not hits:
            kept.append(finding)
    unused = [s for s, was_used in zip(suppressions, used, strict=True) if not was_used]
    for rule in rules:
        if issubclass(rule, SuppressionRule):
            kept += with_severity(rule().check_suppressions(claims, unused), rule, severity)
    kept.sort(key=_sort_key)
    article = claims.article
    return FileReport(
        path=path or article.source or "<string>", id=article.id, published=article.published,
        published_source=article.published_source, findings=kept,
    )


def check_unextracted(
    article: Article,
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Mapping[str, Severity] | None = None,
) -> FileReport:
    """The report of an article kept from extraction: the article rules' findings (CC02)."""
    language = guess_language(article.text)
    findings: list[Finding] = []
    for rule in select_rules(select, ignore):
        if issubclass(rule, ArticleRule):
            findings += with_severity(rule().check_article(article, language), rule, severity)
    return FileReport(path=article.source or "<input>", findings=sorted(findings, key=_sort_key))
