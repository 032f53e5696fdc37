"""schemas/ holds exactly what the models export, and the seed claims fit it."""

from __future__ import annotations

import json

import jsonschema

from claimcheck.schema import SCHEMAS, render, stale_schemas, write_schemas
from tests.conftest import ROOT, SEEDS


def test_committed_schemas_match_the_models():
    stale = stale_schemas(ROOT / "schemas")
    assert stale == [], f"run 'claimcheck schema' to regenerate: {stale}"


def test_drift_is_detected(tmp_path):
    write_schemas(tmp_path)
    assert stale_schemas(tmp_path) == []
    path = tmp_path / "report.schema.json"
    path.write_text(path.read_text().replace('"minimum": 1', '"minimum": 0'))
    assert stale_schemas(tmp_path) == ["report.schema.json"]
    (tmp_path / "claimset.schema.json").unlink()
    assert stale_schemas(tmp_path) == ["claimset.schema.json", "report.schema.json"]


def test_schemas_are_valid_json_schema():
    for model in SCHEMAS.values():
        jsonschema.Draft202012Validator.check_schema(json.loads(render(model)))


def test_seed_claims_validate_against_the_schema():
    schema = json.loads((ROOT / "schemas" / "claimset.schema.json").read_text())
    for path in sorted(SEEDS.glob("*.claims.json")):
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)


def test_seed_claims_point_into_the_seed_text(seed_claims, seed_text):
    assert seed_claims.article.text == seed_text
    ids = {x.id for x in [*seed_claims.times, *seed_claims.entities, *seed_claims.events]}
    for event in seed_claims.events:
        for ref in [*event.times, *event.refers_to, *(r.target for r in event.relations)]:
            assert ref in ids, f"{event.id} refers to unknown {ref}"
    for record in [*seed_claims.times, *seed_claims.quotes, *seed_claims.events]:
        span = getattr(record, "span", None) or record.trigger
        assert seed_text[span.start:span.end] == span.text
