"""The ClaimSet contract: a claim set that does not hold together is refused, by field path.

One valid claim set built from our own sentences; each case breaks it in one
place (a span's text, an offset, an id named but missing or defined twice)
and names the problem the validator must report.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from claimcheck.models import ClaimSet
from claimcheck.models.integrity import MAX_REPORTED, problems
from tests.rules.builders import Claims, EntityKind, RelationType

TEXT = (
    "Ministers Ana Ortiz and Ben Lowe met in Porto on Tuesday, March 4, 2025. "
    "The talks came two days after the summit.\n\n"
    "\"We agreed on the budget,\" Ortiz said at the meeting, speaking for the EU delegation."
)


def _valid() -> ClaimSet:
    c = Claims(TEXT, dt.date(2025, 3, 5))
    ortiz = c.entity("Ana Ortiz", mentions=["Ortiz"], roles=[("Ministers", {"title": "minister"})])
    lowe = c.entity("Ben Lowe")
    porto = c.entity("Porto", EntityKind.PLACE)
    eu = c.entity("EU", EntityKind.ORGANISATION)
    day = c.time("Tuesday, March 4, 2025", year=2025, month=3, day=4)
    summit = c.event("summit", times=[])
    met = c.event("met", times=[day], places=[("Porto", porto)],
                  participants=[("Ana Ortiz", ortiz), ("Ben Lowe", lowe)],
                  relations=[(RelationType.AFTER, summit, "two days after", "P2D")])
    c.offset("two days after", summit, 2)
    c.quote("We agreed on the budget,", ortiz, "Ortiz", nth=0)
    claims = c.build()
    data = claims.model_dump(mode="json")
    data["events"][1]["refers_to"] = [summit]
    data["events"][1]["time_links"] = [{"time": day, "basis": "clause"}]
    data["quotes"][0]["setting_event"] = met
    data["entities"][0]["roles"][0]["organisation_entity"] = eu
    return ClaimSet.model_validate(data)


@pytest.fixture(scope="module")
def valid() -> dict[str, Any]:
    return _valid().model_dump(mode="json")


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation that sets the dotted ``path`` (list indexes as numbers) to ``value``."""
    def apply(data: dict[str, Any]) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        node: Any = data
        for p in parents:
            node = node[p]
        node[last] = value
    return apply


def _append(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        node: Any = data
        for p in [int(p) if p.isdigit() else p for p in path.split(".")]:
            node = node[p]
        node.append(copy.deepcopy(value(data) if callable(value) else value))
    return apply


def _shift_span(path: str, by: int) -> Callable[[dict[str, Any]], None]:
    """Move a span by ``by`` characters, keeping its text (so the text no longer matches)."""
    def apply(data: dict[str, Any]) -> None:
        node: Any = data
        for p in [int(p) if p.isdigit() else p for p in path.split(".")]:
            node = node[p]
        node["start"] += by
        node["end"] += by
    return apply


INVALID = [
    # spans: their text is the article's text, inside the article
    (_set("times.0.span.text", "Tuesday, March 5, 2025"),
     "times[0].span: span text 'Tuesday, March 5, 2025' is not the article's"),
    (_shift_span("events.1.trigger", 1), "events[1].trigger: span text 'met' is not the article's"),
    (_shift_span("quotes.0.content", 3), "quotes[0].content: span text"),
    (_shift_span("entities.0.mentions.1", 2), "entities[0].mentions[1]: span text"),
    (_shift_span("events.1.places.0.span", len(TEXT)), "events[1].places[0].span: span "),
    (_set("article.text", TEXT[:60]), "ends past the article's 60 characters"),
    (_shift_span("times.0.stated.date_span", -1), "times[0].stated.date_span: span text"),
    # ids named by one record and defined by another
    (_set("events.1.times.0", "t9"), "events[1].times[0]: no time expression 't9'"),
    (_set("events.1.time_links.0.time", "t2"),
     "events[1].time_links[0].time: 't2' is not one of the event's times"),
    (_set("events.1.relations.0.target", "ev7"),
     "events[1].relations[0].target: no event or time expression 'ev7'"),
    (_set("events.1.refers_to.0", "ev9"), "events[1].refers_to[0]: no event 'ev9'"),
    (_set("events.1.participants.1.entity", "ent42"),
     "events[1].participants[1].entity: no entity 'ent42'"),
    (_set("events.1.places.0.entity", "ent8"), "events[1].places[0].entity: no entity 'ent8'"),
    (_set("quotes.0.speaker", "ent5"), "quotes[0].speaker: no entity 'ent5'"),
    (_set("quotes.0.setting_event", "ev3"), "quotes[0].setting_event: no event 'ev3'"),
    (_set("entities.0.roles.0.organisation_entity", "ent77"),
     "entities[0].roles[0].organisation_entity: no entity 'ent77'"),
    (_set("times.1.anchor.ref", "ev4"), "times[1].anchor.ref: no event 'ev4'"),
    (_set("times.1.anchor", {"kind": "expression", "ref": "t7"}),
     "times[1].anchor.ref: no time expression 't7'"),
    # an id defined twice makes every reference to it ambiguous
    (_set("times.1.id", "t1"), "times[1].id: 't1' is already the id of times[0]"),
    (_append("events", lambda d: d["events"][0]), "events[2].id: 'ev1' is already the id of"),
]


def test_the_valid_claim_set_has_no_problems(valid):
    assert problems(ClaimSet.model_validate(valid)) == []


@pytest.mark.parametrize("mutate, message", INVALID, ids=[m for _, m in INVALID])
def test_a_broken_claim_set_is_refused_naming_the_field(valid, mutate, message):
    data = copy.deepcopy(valid)
    mutate(data)
    with pytest.raises(ValidationError) as err:
        ClaimSet.model_validate(data)
    assert message in str(err.value)
    with pytest.raises(ValidationError):
        ClaimSet.model_validate_json(json.dumps(data))


def test_many_problems_are_counted_beyond_the_first_few(valid):
    data = copy.deepcopy(valid)
    data["events"][1]["times"] = [f"t{n}" for n in range(50, 50 + MAX_REPORTED + 3)]
    data["events"][1]["time_links"] = []
    with pytest.raises(ValidationError) as err:
        ClaimSet.model_validate(data)
    assert "(and 3 more)" in str(err.value)
    assert err.value.errors()[0]["ctx"]["count"] == MAX_REPORTED + 3


def test_a_claim_set_assigned_a_dangling_reference_is_refused():
    claims = _valid()
    with pytest.raises(ValidationError, match="quotes\\[0\\].speaker: no entity 'ent99'"):
        claims.quotes = [claims.quotes[0].model_copy(update={"speaker": "ent99"})]


def test_a_claims_file_with_a_dangling_reference_is_a_bad_input_line(tmp_path, valid):
    from click.testing import CliRunner

    from claimcheck.cli import cli

    bad = copy.deepcopy(valid)
    bad["events"][1]["times"] = ["t9"]
    bad["events"][1]["time_links"] = []
    (tmp_path / "bad.claims.json").write_text(json.dumps(bad))
    (tmp_path / "good.claims.json").write_text(json.dumps(valid))
    result = CliRunner().invoke(cli, ["validate", "--isolated", "--format", "json",
                                      str(tmp_path / "bad.claims.json"),
                                      str(tmp_path / "good.claims.json")],
                             catch_exceptions=False)
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "bad.claims.json" in lines[0]
    assert "events[1].times[0]: no time expression 't9'" in lines[0]
    assert "Traceback" not in result.output + result.stderr
    report = json.loads(result.stdout)
    checked = {Path(f["path"]).name: f for f in report["files"]}
    assert checked["good.claims.json"]["error"] is None
    assert checked["bad.claims.json"]["error"]
