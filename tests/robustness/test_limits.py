"""The per-article time budget, and the language check that keeps non-English text out."""

from __future__ import annotations

import threading
import time

import pytest

from claimcheck.batch import validate_article, validate_articles
from claimcheck.budget import TimeLimitExceeded, can_interrupt, time_limit
from claimcheck.config import load_config, parse_seconds
from claimcheck.errors import ConfigError
from claimcheck.ingest.language import guess_language, looks_english
from claimcheck.models import Article

from .conftest import DUTCH, ENGLISH


def spin(seconds: float) -> None:
    """Pure-Python busy work, as a runaway extractor would do."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_time_limit_stops_a_runaway_block():
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        spin(5)
    assert time.monotonic() - started < 2


def test_a_ring_swallowed_by_the_code_it_interrupts_rings_again():
    # the signal can land in code that drops exceptions (a gc callback, a broad
    # "except Exception" in a library): the limit must still stop the block
    swallowed = 0
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        end = time.monotonic() + 5
        while time.monotonic() < end:
            try:
                spin(0.01)
            except TimeLimitExceeded:
                if swallowed:
                    raise
                swallowed += 1
    assert swallowed == 1
    assert time.monotonic() - started < 2


def test_time_limit_leaves_a_fast_block_alone_and_disarms():
    with time_limit(1.0):
        value = sum(range(1000))
    spin(1.2)  # had the timer stayed armed, this would raise
    assert value == 499500


def test_no_limit_off_the_main_thread():
    seen = []

    def work():
        seen.append(can_interrupt())
        with time_limit(0.05):
            spin(0.2)
        seen.append("finished")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [False, "finished"]


def test_runaway_extraction_becomes_that_article_s_error(monkeypatch):
    monkeypatch.setattr("claimcheck.batch._parse", lambda articles, size: [None] * len(articles))

    def slow(doc, article):
        if article.source == "slow.txt":
            spin(10)
        raise RuntimeError("stop here: the fast article needs no real extraction")

    monkeypatch.setattr("claimcheck.batch._extract", slow)
    items = [Article(text=ENGLISH, source="slow.txt"), Article(text=ENGLISH, source="fast.txt")]
    started = time.monotonic()
    slow_report, fast_report = validate_articles(items, time_limit=0.3)
    assert time.monotonic() - started < 5
    assert slow_report.error == ("stopped after the time limit of 0.3 s per article "
                                 "(raise it with --time-limit)")
    assert fast_report.error.startswith("internal error: RuntimeError: stop here")


def test_runaway_parse_is_retried_alone_and_only_the_slow_article_stops(monkeypatch):
    def parse(articles, size):
        if any(a.source == "slow.txt" for a in articles):
            spin(10)
        return ["doc"] * len(articles)

    monkeypatch.setattr("claimcheck.batch._parse", parse)
    monkeypatch.setattr("claimcheck.batch._extract", lambda doc, article: (_ for _ in ()).throw(
        RuntimeError(f"extracted {doc}")))
    items = [Article(text=ENGLISH, source="slow.txt"), Article(text=ENGLISH, source="fast.txt")]
    slow_report, fast_report = validate_articles(items, time_limit=0.2)
    assert slow_report.error.startswith("stopped after the time limit of 0.2 s")
    assert fast_report.error.startswith("internal error: RuntimeError: extracted doc")


@pytest.mark.parametrize(("value", "seconds"), [
    (60, 60.0), ("2.5", 2.5), ("90s", 90.0), (0, None), ("none", None),
])
def test_time_limit_setting(value, seconds):
    assert parse_seconds(value) == seconds


@pytest.mark.parametrize("value", ["soon", -1, True, "1e"])
def test_bad_time_limit_setting(value, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        f"[tool.claimcheck]\ntime-limit = {value!r}\n".replace("True", "true"), encoding="utf-8")
    with pytest.raises(ConfigError, match="time-limit"):
        load_config(start=tmp_path)


LANGUAGE = [
    ("english", ENGLISH, True),
    ("dutch", DUTCH, False),
    ("german", "Der Hafen der Stadt wurde am Dienstag wieder geöffnet, nachdem ein Sturm "
     "ihn drei Tage lang geschlossen hatte, teilte die Hafenbehörde mit. Die Fischerboote "
     "fuhren im Morgengrauen aus, und die Fähre zur Insel fuhr also wieder nach dem "
     "normalen Fahrplan, sagte der Bürgermeister.", False),
    ("spanish", "El puerto de la ciudad reabrió el martes después de que una tormenta lo "
     "mantuviera cerrado durante tres días, dijo la autoridad portuaria en un comunicado. "
     "Los barcos pesqueros salieron al amanecer y el transbordador a la isla volvió a su "
     "horario normal, dijo el alcalde.", False),
    ("greek", "Το λιμάνι της πόλης άνοιξε ξανά την Τρίτη μετά από μια καταιγίδα που το "
     "κράτησε κλειστό για τρεις ημέρες, ανέφερε η λιμενική αρχή σε ανακοίνωση. Τα αλιευτικά "
     "σκάφη έφυγαν την αυγή και το πλοίο για το νησί επανήλθε στο κανονικό του δρομολόγιο.",
     False),
    ("short-foreign", "De haven is dinsdag weer open.", True),
    ("numbers-only", " ".join(str(n) for n in range(500)), True),
    ("english-with-foreign-names", "Jan van der Berg, the mayor of Den Helder, said on "
     "Tuesday that the harbour would stay open. Van der Berg told De Telegraaf and NOS that "
     "the storm had passed and that the ferry to Texel was running again. He said the town "
     "had been lucky.", True),
]


@pytest.mark.parametrize(("text", "english"), [c[1:] for c in LANGUAGE],
                         ids=[c[0] for c in LANGUAGE])
def test_language_check(text, english):
    assert looks_english(text) is english


def test_language_check_reads_only_the_start_of_a_long_text():
    text = DUTCH * 3000 + ENGLISH * 3000
    assert guess_language(text).words < 40_000 and not looks_english(text)


def test_validate_article_guards_a_non_english_article_without_the_model(monkeypatch):
    monkeypatch.setattr("claimcheck.batch._parse", lambda *a: pytest.fail("parsed"))
    report = validate_article(Article(text=DUTCH, source="haven.txt"))
    assert [f.code for f in report.findings] == ["CC02"]
    assert "nothing was extracted" in report.findings[0].message
    assert validate_article(Article(text=DUTCH), ignore=["CC02"]).findings == []
    assert validate_article(Article(text=DUTCH), select=["DT"]).findings == []
    raised = validate_article(Article(text=DUTCH), severity={"CC02": "warning"})
    assert raised.findings[0].severity == "warning"


@pytest.mark.usefixtures("nlp")
def test_validate_article_checks_english_and_select_cc02_runs_no_rule():
    text = "The two ministers met on Friday, March 7, 2024, in Lisbon, an aide said.\n"
    report = validate_article(Article(text=text, source="a.txt"))
    assert report.error is None and "DT01" in [f.code for f in report.findings]
    assert validate_article(Article(text=text), select=["CC02"]).findings == []


def test_command_line_time_limit_is_one_error_line_and_exit_2(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "slow.txt").write_text(ENGLISH, encoding="utf-8")
    monkeypatch.setattr("claimcheck.batch._parse", lambda articles, size: [None] * len(articles))
    monkeypatch.setattr("claimcheck.batch._extract", lambda doc, article: spin(10))
    started = time.monotonic()
    result = run("validate", "--time-limit", "0.3", "slow.txt")
    assert time.monotonic() - started < 5
    assert result.code == 2
    assert result.err == ("claimcheck: slow.txt: stopped after the time limit of 0.3 s per "
                          "article (raise it with --time-limit)\n")
    bad = run("validate", "--time-limit", "soon", "slow.txt")
    assert bad.code == 2 and bad.err.startswith("claimcheck: command line: time-limit: 'soon'")


def test_extract_command_guards_each_article_too(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    monkeypatch.setattr("claimcheck.nlp.parse_many", lambda texts, **_: [None for _ in texts])
    monkeypatch.setattr("claimcheck.extraction.extract_claims", lambda doc, a: spin(10))
    slow = run("extract", "--time-limit", "0.3", "a.txt")
    assert slow.code == 2
    assert slow.err == ("claimcheck: a.txt: stopped after the time limit of 0.3 s per "
                        "article (raise it with --time-limit)\n")

    def boom(doc, article):
        raise KeyError("bug")

    monkeypatch.setattr("claimcheck.extraction.extract_claims", boom)
    broken = run("extract", "a.txt")
    assert broken.code == 2 and broken.err == (
        "claimcheck: a.txt: internal error: KeyError: 'bug' (run with --debug for the "
        "traceback)\n")
    with pytest.raises(KeyError):
        run("extract", "--debug", "a.txt")


def test_entry_point_turns_an_unexpected_error_into_one_line(monkeypatch, capsys):
    import claimcheck.cli as cli_module

    def broken(**kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cli_module, "cli", broken)
    monkeypatch.setattr("sys.argv", ["claimcheck", "validate", "x"])
    with pytest.raises(SystemExit) as exit_:
        cli_module.main()
    assert exit_.value.code == 2
    assert capsys.readouterr().err == ("claimcheck: internal error: RuntimeError: boom second "
                                       "line (run with --debug for the traceback)\n")
    monkeypatch.setattr("sys.argv", ["claimcheck", "validate", "--debug", "x"])
    with pytest.raises(RuntimeError):
        cli_module.main()


@pytest.mark.usefixtures("nlp")
def test_time_limit_works_inside_worker_processes(run, tmp_path, monkeypatch):
    """--jobs 2: the budget is armed in each worker (their tasks run in a main thread)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "big.txt").write_text(ENGLISH * 2_000, encoding="utf-8")
    (tmp_path / "small.txt").write_text(ENGLISH, encoding="utf-8")
    started = time.monotonic()
    result = run("validate", "--jobs", "2", "--time-limit", "1", "big.txt", "small.txt")
    assert time.monotonic() - started < 60
    assert result.code == 2
    assert result.err == ("claimcheck: big.txt: stopped after the time limit of 1 s per "
                          "article (raise it with --time-limit)\n")
    assert result.out.splitlines()[-1].startswith("1 article checked")
