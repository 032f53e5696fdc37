"""Nothing hangs, nothing takes a batch down, report files are never left half-written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from multiprocessing import get_context
from pathlib import Path
from types import SimpleNamespace

import pytest

from claimcheck import nlp as nlp_module
from claimcheck.batch import validate_articles
from claimcheck.cli.output import atomic_file, write_atomically
from claimcheck.errors import ClaimcheckError
from claimcheck.models import Article

from .conftest import ENGLISH

ROOT = Path(__file__).resolve().parents[2]

PARAGRAPHS = [
    "The council of Port Ellery met on Tuesday to vote on the harbour budget, a spokesman "
    "said. Councillors approved a plan to dredge the channel before the autumn storms.",
    "“We cannot wait another year,” said Mara Quint, the harbour master, who has asked for "
    "the money since 2019. She said the ferry would resume its timetable in May.",
    "Fishing crews in the town said prices for fuel rose 12% in the first quarter. The "
    "regional office in Dunmore declined to comment on the figures on Wednesday.",
    "The mayor, Tomas Reyne, visited the quay on Friday and met the crews. He told "
    "reporters that the vote had been delayed twice because of the weather.",
]


def long_article(size: int) -> str:
    out, total, i = [], 0, 0
    while total < size:
        piece = PARAGRAPHS[i % len(PARAGRAPHS)] + "\n\n"
        out.append(piece)
        total += len(piece)
        i += 1
    return "".join(out)


def claimcheck(*args: str, cwd: Path, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", "from claimcheck.cli import main; main()", *args]
    return subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


# --- the time limit holds ------------------------------------------------------------------


@pytest.mark.usefixtures("nlp")
# the first ring can land in a gc callback hypothesis leaves installed, which drops it
# (reported as unraisable); the limit rings again (test_limits covers that), so the
# report is expected here and not a failure
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_time_limit_of_10_s_stops_a_1_mb_article_within_15_s():
    text = long_article(1_000_000)
    started = time.monotonic()
    (huge,) = validate_articles([Article(text=text, source="huge.txt")], time_limit=10)
    assert time.monotonic() - started < 15
    assert huge.error == ("stopped after the time limit of 10 s per article "
                          "(raise it with --time-limit)")
    (small,) = validate_articles([Article(text=ENGLISH, source="small.txt")], time_limit=10)
    assert small.error is None


def test_budget_check_raises_once_the_deadline_has_passed():
    from claimcheck.budget import TimeLimitExceeded, check, time_limit

    check()  # outside a budget: nothing
    with pytest.raises(TimeLimitExceeded), time_limit(0.05):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # as if the timer were taken
        try:
            time.sleep(0.1)
            check()
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})


def test_an_inner_budget_never_outlasts_the_outer_one():
    from claimcheck.budget import remaining, time_limit

    with time_limit(1.0), time_limit(50.0):
        left = remaining()
        assert left is not None and left <= 1.0


# --- worker processes: overrun and death ---------------------------------------------------


@pytest.fixture
def fake_workers(monkeypatch):
    from tests.robustness import fake_work

    monkeypatch.setattr("claimcheck.batch._WORK", fake_work.oom_or_stuck)
    monkeypatch.setattr("claimcheck.batch._init_worker", fake_work.no_model)
    monkeypatch.setattr("claimcheck.workers.MARGIN", 0.5)


def names(reports):
    return [(r.path, r.error) for r in reports]


def test_a_worker_killed_by_the_oom_killer_costs_only_its_article(fake_workers):
    items = [Article(text=ENGLISH, source=f"{n}.txt") for n in ("a", "oom", "b", "c", "d")]
    reports = list(validate_articles(items, jobs=2, batch_size=2, time_limit=30))
    assert names(reports) == [("a.txt", None), ("oom.txt", "worker stopped (out of memory?)"),
                              ("b.txt", None), ("c.txt", None), ("d.txt", None)]


def test_a_worker_stuck_past_its_deadline_is_killed_and_replaced(fake_workers):
    items = [Article(text=ENGLISH, source=f"{n}.txt") for n in ("a", "stuck", "b", "c")]
    started = time.monotonic()
    reports = list(validate_articles(items, jobs=2, batch_size=2, time_limit=0.3))
    assert time.monotonic() - started < 20
    assert names(reports) == [
        ("a.txt", None),
        ("stuck.txt", "stopped after the time limit of 0.3 s per article "
                      "(raise it with --time-limit)"),
        ("b.txt", None), ("c.txt", None),
    ]


# --- one input, one line -------------------------------------------------------------------


@pytest.fixture
def small_blocks(monkeypatch, nlp):
    monkeypatch.setattr(nlp_module, "BLOCK_CHARS", 400)
    monkeypatch.setattr(nlp, "max_length", 800)


def test_a_text_past_spacy_s_max_length_is_checked_not_refused(run, tmp_path, monkeypatch,
                                                               small_blocks):
    """E088 cannot happen: no block reaches max_length, whatever --max-size lets in."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "long.txt").write_text(long_article(3_000), encoding="utf-8")
    (tmp_path / "short.txt").write_text(ENGLISH, encoding="utf-8")
    result = run("validate", "--max-size", "1GB", "--format", "json", "long.txt", "short.txt")
    assert result.err == ""
    files = json.loads(result.out)["files"]
    assert [(f["path"], f["error"]) for f in files] == [("long.txt", None), ("short.txt", None)]


def test_a_package_that_fails_to_import_is_that_input_s_one_line(run, tmp_path, monkeypatch):
    import claimcheck.cli.inputs as inputs

    real = inputs.read_path

    def read(file, **kwargs):
        if file.suffix == ".html":
            raise ModuleNotFoundError("No module named 'lxml_html_clean'", name="lxml_html_clean")
        return real(file, **kwargs)

    monkeypatch.setattr(inputs, "read_path", read)
    monkeypatch.setattr("claimcheck.batch._extract", lambda doc, article: (_ for _ in ()).throw(
        ImportError("cannot import name 'search' from 'dateparser'", name="dateparser")))
    monkeypatch.setattr("claimcheck.batch._parse", lambda articles, size: [None] * len(articles))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "story.txt").write_text(ENGLISH, encoding="utf-8")
    result = run("validate", "page.html", "story.txt")
    assert result.code == 2
    assert result.err.splitlines() == [
        "claimcheck: page.html: the package 'lxml_html_clean' failed to import (No module "
        "named 'lxml_html_clean'): install it with 'pip install lxml_html_clean'",
        "claimcheck: story.txt: the package 'dateparser' failed to import (cannot import name "
        "'search' from 'dateparser'): install it with 'pip install dateparser'",
    ]


def test_the_spark_extra_missing_is_one_line_naming_the_extra(monkeypatch):
    import importlib

    from claimcheck.imports import MissingPackageError, require

    real = importlib.import_module
    monkeypatch.setattr(importlib, "import_module", lambda name: (
        (_ for _ in ()).throw(ModuleNotFoundError(f"No module named {name!r}", name=name))
        if name == "pyspark" else real(name)))
    with pytest.raises(MissingPackageError) as raised:
        require("pyspark", "spark")
    assert str(raised.value) == ("'pyspark' failed to import (No module named 'pyspark'): "
                                 "install claimcheck-news with its 'spark' extra "
                                 "(from a checkout: pip install -e \".[spark]\")")
    assert isinstance(raised.value, ClaimcheckError)


# --- report files: whole or not at all; Ctrl-C -------------------------------------------


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    report = tmp_path / "report.json"
    report.write_text("old report", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_file(report) as file:
        file.write("half a new rep")
        raise RuntimeError("the run failed")
    assert report.read_text(encoding="utf-8") == "old report"
    assert os.listdir(tmp_path) == ["report.json"]
    write_atomically(report, "new report")
    assert report.read_text(encoding="utf-8") == "new report"
    assert os.listdir(tmp_path) == ["report.json"]


def _write_many(path: str, mark: str) -> None:
    for _ in range(40):
        write_atomically(Path(path), json.dumps({"writer": mark, "body": mark * 200_000}))


def test_concurrent_writers_never_interleave(tmp_path):
    target = tmp_path / "report.json"
    context = get_context("spawn")
    writers = [context.Process(target=_write_many, args=(str(target), mark)) for mark in "ab"]
    for w in writers:
        w.start()
    seen = set()
    while any(w.is_alive() for w in writers):
        if target.exists():
            data = json.loads(target.read_text(encoding="utf-8"))  # always whole
            assert data["body"] == data["writer"] * 200_000
            seen.add(data["writer"])
    for w in writers:
        w.join()
        assert w.exitcode == 0
    assert json.loads(target.read_text(encoding="utf-8"))["writer"] in "ab"
    assert os.listdir(tmp_path) == ["report.json"]


def test_ctrl_c_exits_130_with_one_line_and_the_old_report_untouched(tmp_path):
    (tmp_path / "long.txt").write_text(long_article(400_000), encoding="utf-8")
    report = tmp_path / "report.json"
    report.write_text('{"old": true}\n', encoding="utf-8")
    process = claimcheck("validate", "--isolated", "--time-limit", "0", "--format", "json",
                         "-o", "report.json", "--sarif-output", "report.sarif", "long.txt",
                         cwd=tmp_path)
    deadline = time.monotonic() + 120
    while not any(name.endswith(".tmp") for name in os.listdir(tmp_path)):
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.1)
    time.sleep(3.0)  # past the model load, inside the long article's check
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err == "claimcheck: interrupted: no report written\n"
    assert report.read_text(encoding="utf-8") == '{"old": true}\n'
    assert sorted(os.listdir(tmp_path)) == ["long.txt", "report.json"]


# --- the event-coreference hang's shape ----------------------------------------------------

HANG_SHAPE = (
    "Senator Harlow's closed-door meetings were with donors\n\n"
    "WASHINGTON (Reuters) - Senator Dana Harlow held a series of meetings on Monday, aides "
    "said.\n\n"
    "Harlow's private meetings with donors drew criticism from rivals, who said the meetings "
    "should have been public.\n"
)


def test_the_event_coreference_hang_shape_finishes_without_a_time_limit(tmp_path):
    (tmp_path / "shape.txt").write_text(HANG_SHAPE, encoding="utf-8")
    (tmp_path / "other.txt").write_text(ENGLISH, encoding="utf-8")
    process = claimcheck("validate", "--isolated", "--time-limit", "0", "--fail-on", "never",
                         "shape.txt", "other.txt", cwd=tmp_path)
    try:
        out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("claimcheck validate --time-limit 0 did not finish in 30 s")
    assert process.returncode == 0, err
    assert "2 articles checked" in out


def test_uncharged_work_stops_the_clock_and_the_timer():
    from claimcheck.budget import TimeLimitExceeded, check, remaining, time_limit, uncharged

    with time_limit(0.3):
        with uncharged():
            time.sleep(0.5)  # past the deadline: neither the timer nor check() stops it
        check()
        assert remaining() > 0.2
    with pytest.raises(TimeLimitExceeded), time_limit(0.3):  # the clock runs again after it
        with uncharged():
            time.sleep(0.1)
        time.sleep(2)


def test_nested_uncharged_blocks_stop_the_clock_once():
    from claimcheck.budget import charged, time_limit, uncharged

    with time_limit(5):
        with uncharged():
            with uncharged():
                time.sleep(0.1)
            time.sleep(0.1)
        assert charged() < 0.1  # not minus 0.1: the inner block moved no deadline


def test_a_first_use_is_loaded_once_and_never_charged(monkeypatch):
    from claimcheck.budget import first_use, time_limit

    loads = []

    @first_use
    def slow() -> int:
        loads.append(1)
        time.sleep(0.5)
        return 42

    with time_limit(0.3):
        assert (slow(), slow()) == (42, 42)
    assert loads == [1]
    slow.cache_clear()
    assert slow() == 42 and loads == [1, 1]


def test_first_use_costs_never_stop_the_article_that_pays_them(monkeypatch):
    """Lazy imports and word lists (extraction, the gazetteer, the rules) count against no
    article's budget, whichever article of a run needs them first; no warm-up article."""
    from claimcheck import batch
    from claimcheck.budget import first_use
    from claimcheck.models import ClaimSet

    def load_slowly():
        time.sleep(1.0)
        return SimpleNamespace(extract_claims=lambda doc, article: ClaimSet(article=article))

    monkeypatch.setattr(batch, "_extraction", first_use(load_slowly))
    monkeypatch.setattr(batch, "_parse", lambda articles, size: [None] * len(articles))
    monkeypatch.setattr(batch, "warm_up", lambda: pytest.fail("no warm-up in this process"))
    reports = list(validate_articles([Article(text=ENGLISH)] * 2, time_limit=0.5))
    assert [r.error for r in reports] == [None, None]


def test_the_model_s_first_load_is_not_charged_to_the_chunk_s_articles(monkeypatch):
    from claimcheck import batch
    from claimcheck.budget import first_use

    model = first_use(lambda: time.sleep(0.6))

    def parse(articles, size):
        model()
        return [None] * len(articles)

    monkeypatch.setattr(batch, "_parse", parse)
    docs, spent = batch._parse_all([Article(text=ENGLISH), Article(text=ENGLISH)], 2, 10)
    assert len(docs) == 2 and all(share < 0.2 for share in spent.values())


def test_workers_that_cannot_start_fail_the_run_once_instead_of_respawning(monkeypatch):
    from tests.robustness import fake_work

    monkeypatch.setattr("claimcheck.batch._init_worker", fake_work.dies_at_start)
    with pytest.raises(ClaimcheckError, match=r"stop before they are ready \(3 in a row, exit "
                                              r"code 3\): run with --jobs 1"):
        list(validate_articles([Article(text=ENGLISH)], jobs=2))
