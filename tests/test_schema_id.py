"""The schema names itself by a stable, versioned id, and the SchemaStore catalogue entry is ready."""

from __future__ import annotations

import json
from fnmatch import fnmatch
from pathlib import Path

import jsonschema

from journeymd.loader import parse_yaml
from journeymd.validate import schema

ROOT = Path(__file__).resolve().parent.parent


def test_the_schema_id_is_a_name_that_carries_the_format_version() -> None:
    version = schema()["properties"]["journeymd"]["const"]
    assert schema()["$id"] == f"urn:journeymd:schema:journey:{version}"


def test_a_validator_resolves_the_schema_under_its_id() -> None:
    validator = jsonschema.Draft7Validator(schema())
    shoes = parse_yaml((ROOT / "examples" / "shoes.journey.yaml").read_text("utf-8"))
    assert not list(validator.iter_errors(shoes))
    bad = {"journeymd": 1, "phases": [{"name": "P", "steps": [{"name": "S", "emotion": "high"}]}]}
    assert [e.validator for e in validator.iter_errors(bad)] == ["anyOf"]


def test_the_schemastore_catalogue_entry_matches_journeys_and_points_at_the_schema() -> None:
    entry = json.loads((ROOT / "schemas" / "schemastore-catalog-entry.json").read_text("utf-8"))
    assert set(entry) == {"name", "description", "fileMatch", "url"}
    assert entry["fileMatch"] == ["*.journey.yaml", "*.journey.yml"]
    assert all(any(fnmatch(p.name, m) for m in entry["fileMatch"]) for p in (ROOT / "examples").glob("*.journey.*"))
    assert entry["url"].endswith("/schemas/journey.schema.json") and entry["url"].startswith("https://")
    assert not entry["description"].endswith(".")  # SchemaStore's catalogue style
