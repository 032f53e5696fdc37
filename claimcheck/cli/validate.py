"""``claimcheck validate``: check articles, print the findings, exit 0, 1 or 2."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, Any

import click

from claimcheck.cli.common import codes_option, is_terminal, run_guarded, want_color
from claimcheck.cli.inputs import article_text, expand, items, note_encoding, note_published
from claimcheck.cli.progress import progress_bar
from claimcheck.config import FAIL_ON, FORMATS, Config, load_config, split_list
from claimcheck.errors import ClaimcheckError
from claimcheck.models import FileReport, Report

EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
BATCH_SIZE = 8
"""Articles per nlp.pipe chunk: small enough for a live progress bar and early output."""


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Output format [default: text].")
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date of the articles, over anything the files say.")
@click.option("--select", multiple=True, metavar="CODES",
              help="Only these rules: codes, families or names, comma-separated.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Leave out these rules.")
@click.option("--fail-on", type=click.Choice(FAIL_ON),
              help="Lowest severity that makes the exit code 1 [default: error].")
@click.option("--severity", multiple=True, metavar="CODE=LEVEL",
              help="Change a rule's severity, e.g. PE03=error.")
@click.option("--extensions", multiple=True, metavar="EXTS",
              help="File extensions searched in folders [default: .txt,.md,.markdown,"
                   ".html,.htm,.json,.jsonl].")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes [default: 1].")
@click.option("--max-size", metavar="SIZE", help="Largest article read, e.g. 5MB [default: 5MB].")
@click.option("--time-limit", metavar="SECONDS",
              help="Time budget of one article; 0 for none [default: 60].")
@click.option("--config", "config_path", metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A pyproject.toml to read instead of the one found from here upwards.")
@click.option("--isolated", is_flag=True, help="Read no configuration file.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the report to this file instead of standard output.")
@click.option("--sarif-output", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Also write a SARIF log to FILE (for code scanning), whatever --format is.")
@click.option("--color/--no-color", default=None,
              help="Colour text output [default: on a terminal].")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
def validate(paths: tuple[str, ...], **options: Any) -> None:
    """Check articles for claims that contradict each other.

    PATHS are files, folders (searched recursively), globs, or '-' for
    standard input. Exit code: 0 clean, 1 findings at or above --fail-on,
    2 a usage or input error.
    """
    debug = bool(options["debug"])
    sys.exit(run_guarded(debug, _validate, paths, options))


def _validate(paths: tuple[str, ...], options: dict[str, Any]) -> int:
    from claimcheck.batch import validate_items
    from claimcheck.ingest import parse_published_option, published_warning

    config = _config(options)
    _check_rule_names(config)
    published = options["published"]
    date = parse_published_option(str(published)) if published is not None else None
    warning = published_warning(date) if date is not None else None
    if warning is not None:
        click.echo(f"claimcheck: warning: --published: {warning}", err=True)
    files = expand(paths, config.extensions)
    output: Path | None = options["output"]
    with _open(output) as out:
        to_terminal = output is None and is_terminal(sys.stdout)
        color = want_color(options["color"], sys.stdout) if output is None else False
        reports: list[FileReport] = []
        pairs = validate_items(
            items(files, published=date, max_bytes=config.max_size,
                  extensions=config.extensions),
            jobs=config.jobs, select=config.select, ignore=config.ignore,
            severity=config.severity, debug=bool(options["debug"]), batch_size=BATCH_SIZE,
            time_limit=config.time_limit,
        )
        with progress_bar(len(files), stdout_is_terminal=to_terminal) as tracker:
            for item, report in pairs:
                tracker.seen(report.path)
                note_encoding(item)
                note_published(item)
                if report.error is not None:
                    where = report.path if report.id is None else f"{report.path}#{report.id}"
                    click.echo(f"claimcheck: {where}: {report.error}", err=True)
                if config.format == "text":
                    _write(out, _text_block(report, article_text(item), color), color)
                reports.append(report)
        _write(out, _render(config.format, reports, color), color)
    sarif: Path | None = options["sarif_output"]
    if sarif is not None:
        _save(sarif, _render("sarif", reports, False))
    return exit_code(reports, config)


def exit_code(reports: list[FileReport], config: Config) -> int:
    """2 when an input could not be read, else 1 when a finding reaches ``fail-on``, else 0."""
    if any(r.error is not None for r in reports):
        return EXIT_INPUT
    level = config.fail_level
    if level is not None and any(f.severity >= level for r in reports for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _config(options: dict[str, Any]) -> Config:
    base = Config() if options["isolated"] else load_config(options["config_path"])
    return base.override(
        format=options["fmt"],
        select=codes_option(options["select"]),
        ignore=codes_option(options["ignore"]),
        fail_on=options["fail_on"],
        severity=split_list(options["severity"]) or None,
        extensions=split_list(options["extensions"]) or None,
        jobs=options["jobs"],
        max_size=options["max_size"],
        time_limit=options["time_limit"],
    )


def _check_rule_names(config: Config) -> None:
    """Unknown rule names fail at once, not after the first article (or never, if none reads)."""
    from claimcheck.rules import select_rules
    from claimcheck.rules.registry import check_severity_keys

    select_rules(config.select, config.ignore)
    check_severity_keys(config.severity)


def _text_block(report: FileReport, text: str | None, color: bool) -> str:
    from claimcheck.report import render_file

    return render_file(report, text, color=color, include_errors=False)


def _render(fmt: str, reports: list[FileReport], color: bool) -> str:
    from claimcheck.report import FORMATS as RENDERERS
    from claimcheck.report import render_summary

    report = Report.of(reports)
    if fmt == "text":
        return render_summary(report.summary, color=color)
    return RENDERERS[fmt](report)


def _write(out: IO[str] | None, text: str, color: bool) -> None:
    """To ``out``, or to whatever ``sys.stdout`` is now: a progress bar may have wrapped it."""
    if not text:
        return
    if out is None:
        sys.stdout.write(text if color else click.unstyle(text))
        sys.stdout.flush()
    else:
        out.write(click.unstyle(text))


def _save(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ClaimcheckError(f"{path}: cannot write: {exc.strerror or exc}") from None


class _open:
    """Standard output (None: click finds it when writing), or the --output file."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._file: IO[str] | None = None

    def __enter__(self) -> IO[str] | None:
        if self._path is None:
            return None  # click.echo finds sys.stdout when it writes (a progress bar may wrap it)
        try:
            self._file = self._path.open("w", encoding="utf-8")
        except OSError as exc:
            raise ClaimcheckError(f"{self._path}: cannot write: {exc.strerror or exc}") from None
        return self._file

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()
