"""The batch path's own findings about a whole article, beside the rules: CC02.

The rules registry knows nothing of CC02 (only the language check, before
extraction, raises it), so selectors that name it are handled here and
taken out before the checker sees them.
"""

from __future__ import annotations

from claimcheck.ingest.language import guess_language
from claimcheck.models import Article, ClaimSet, FileReport, Finding, Severity
from claimcheck.report.rule_docs import NOT_ENGLISH


def check_selected(
    claims: ClaimSet,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    severity: dict[str, Severity] | None,
    path: str | None,
) -> FileReport:
    """The checker, with CC02 (which only the language check raises) taken out of the selectors."""
    from claimcheck.checker import check_claims

    rules_select = tuple(s for s in select if not is_not_english(s))
    rules_ignore = tuple(s for s in ignore if not is_not_english(s))
    if select and not rules_select:  # --select CC02: no rule is wanted
        return FileReport(path=path or claims.article.source or "<string>")
    return check_claims(
        claims, select=rules_select, ignore=rules_ignore, severity=severity, path=path
    )


def is_not_english(selector: str) -> bool:
    return selector.strip().upper() == NOT_ENGLISH.code or selector.strip() == NOT_ENGLISH.name


def not_english_report(
    article: Article,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    severity: dict[str, Severity] | None,
) -> FileReport:
    """CC02 and nothing else: the extractors read English only, so none of them runs."""
    report = FileReport(path=article.source or "<input>")
    if not wanted(select, ignore):
        return report
    guess = guess_language(article.text)
    level = next((Severity(v) for k, v in (severity or {}).items()
                  if k.upper() == NOT_ENGLISH.code or k == NOT_ENGLISH.name), Severity.INFO)
    finding = Finding(
        code=NOT_ENGLISH.code, name=NOT_ENGLISH.name, severity=level,
        message=(f"the text does not look like English ({guess.english} of {guess.words} "
                 "words are common English words); claimcheck reads English only, "
                 "so nothing was extracted or checked"),
    )
    return report.model_copy(update={"findings": [finding]})


def wanted(select: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    def hit(selector: str) -> bool:
        s = selector.strip()
        return s.lower() in ("all", "meta", NOT_ENGLISH.name) or s.upper() in (
            NOT_ENGLISH.code, NOT_ENGLISH.family)

    return (not select or any(hit(s) for s in select)) and not any(hit(s) for s in ignore)
