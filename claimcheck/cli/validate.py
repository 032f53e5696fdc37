"""``claimcheck validate``: check articles, print the findings, exit 0, 1 or 2."""

from __future__ import annotations

import contextlib
import sys
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

import click

from claimcheck.cli.common import codes_option, is_terminal, run_guarded, want_color
from claimcheck.cli.inputs import (
    article_text,
    checked,
    expand,
    items,
    note_encoding,
    note_published,
    read_file_list,
)
from claimcheck.cli.output import atomic_file, write_atomically
from claimcheck.cli.progress import progress_bar
from claimcheck.config import FAIL_ON, FORMATS, Config, load_config, split_list
from claimcheck.ingest.exclude import Exclusion
from claimcheck.models import FileReport, Report

EXIT_CLEAN, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
BATCH_SIZE = 8
"""Articles per nlp.pipe chunk: small enough for a live progress bar and early output."""


@click.command()
@click.argument("paths", nargs=-1)
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
@click.option("--files-from", metavar="FILE",
              help="Also check the files named in FILE ('-': standard input), NUL-separated "
                   "(as from git -z) or one a line.")
@click.option("--exclude", multiple=True, metavar="PATTERNS",
              help="Gitignore-style patterns folder walks leave out, instead of the default.")
@click.option("--extend-exclude", multiple=True, metavar="PATTERNS",
              help="Patterns to leave out as well as the configured ones.")
@click.option("--force-exclude", is_flag=True, default=None,
              help="Leave out excluded files even when they are named (pre-commit, CI).")
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
    standard input (or give --files-from). Exit code: 0 clean, 1 findings at or above --fail-on,
    2 a usage or input error.
    """
    debug = bool(options["debug"])
    sys.exit(run_guarded(debug, _validate, paths, options,
                         interrupted="interrupted: no report written"))


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
    files = expand(paths, config.walk, _listed(paths, options["files_from"]))
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
        with progress_bar(checked(files), stdout_is_terminal=to_terminal) as tracker:
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
        write_atomically(sarif, _render("sarif", reports, False))
    return exit_code(reports, config)


def exit_code(reports: list[FileReport], config: Config) -> int:
    """2 when an input could not be read, else 1 when a finding reaches ``fail-on``, else 0."""
    if any(r.error is not None for r in reports):
        return EXIT_INPUT
    level = config.fail_level
    if level is not None and any(f.severity >= level for r in reports for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _listed(paths: tuple[str, ...], files_from: str | None) -> list[str]:
    """The file names of ``--files-from``; PATHS or it must name something."""
    if files_from is None:
        if not paths:
            raise click.UsageError("give PATHS to check, or --files-from FILE")
        return []
    if files_from == "-" and "-" in paths:
        raise click.UsageError("'-' (standard input) can be given only once")
    return read_file_list(files_from)


def _exclusions(options: dict[str, Any], config: Config) -> dict[str, Any]:
    """--exclude replaces the configured patterns; --extend-exclude adds to them."""
    exclude = split_list(options["exclude"])
    extend = split_list(options["extend_exclude"])
    return {
        "exclude": Exclusion(exclude) if exclude else config.exclude,
        "extend_exclude": (*config.extend_exclude, Exclusion(extend)) if extend
        else config.extend_exclude,
        "force_exclude": options["force_exclude"] or config.force_exclude,
    }


def _config(options: dict[str, Any]) -> Config:
    base = Config() if options["isolated"] else load_config(options["config_path"])
    base = replace(base, **_exclusions(options, base))
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


def _text_block(report: FileReport, text: tuple[str, int] | None, color: bool) -> str:
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


def _open(path: Path | None) -> contextlib.AbstractContextManager[IO[str] | None]:
    """Standard output (None: click finds it when writing), or the --output file, written
    whole when the run ends (``claimcheck.cli.output``)."""
    if path is None:
        return contextlib.nullcontext(None)  # a progress bar may wrap sys.stdout meanwhile
    return atomic_file(path)
