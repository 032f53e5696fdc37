"""Export the claim schema as JSON Schema files and check they are current."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from claimcheck.models import ClaimSet, Report

SCHEMAS: dict[str, type[BaseModel]] = {
    "claimset.schema.json": ClaimSet,
    "report.schema.json": Report,
}
"""File name -> model, for everything ``schemas/`` holds."""

DEFAULT_DIR = Path("schemas")


def render(model: type[BaseModel]) -> str:
    """The JSON Schema of ``model`` as stable, pretty JSON text."""
    schema = model.model_json_schema(mode="validation")
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://claimcheck.dev/schemas/{model.__name__.lower()}.schema.json",
        **schema,
    }
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(directory: Path = DEFAULT_DIR) -> list[Path]:
    """Write every schema file; returns the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = directory / name
        path.write_text(render(model), encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(directory: Path = DEFAULT_DIR) -> list[str]:
    """Names of schema files that are missing or differ from the models."""
    stale = []
    for name, model in SCHEMAS.items():
        path = directory / name
        if not path.is_file() or path.read_text(encoding="utf-8") != render(model):
            stale.append(name)
    return stale
