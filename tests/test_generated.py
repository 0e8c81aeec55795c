"""Generated and copied files stay in step with their sources.

Regenerate after changing the schema or the fonts: JOURNEYMD_ACCEPT=1 pytest tests/test_generated.py
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import pytest

from journeymd import textmetrics, validate

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journeymd"


def _accept(path: Path, content: str) -> None:
    if os.environ.get("JOURNEYMD_ACCEPT"):
        path.write_text(content, "utf-8")


def test_compiled_schema_check_matches_the_schema() -> None:
    target = PACKAGE / "_schema_check.py"
    _accept(target, validate.generated_checker())
    from journeymd import _schema_check

    assert validate.schema_digest() == _schema_check.SCHEMA_DIGEST, (
        "run JOURNEYMD_ACCEPT=1 pytest tests/test_generated.py"
    )


def test_width_table_matches_the_shipped_fonts() -> None:
    target = PACKAGE / "data" / textmetrics.WIDTHS_FILE
    _accept(target, json.dumps(textmetrics.width_table(), separators=(",", ":")))
    assert json.loads(target.read_text("utf-8")) == json.loads(json.dumps(textmetrics.width_table()))


def test_top_level_schema_is_the_packaged_schema() -> None:
    packaged = resources.files("journeymd").joinpath("data/journey.schema.json").read_bytes()
    assert (ROOT / "schemas" / "journey.schema.json").read_bytes() == packaged


@pytest.mark.parametrize("name", ["default", "dark", "high-contrast", "print"])
def test_top_level_themes_are_the_packaged_themes(name: str) -> None:
    packaged = resources.files("journeymd").joinpath(f"data/themes/{name}.yaml").read_bytes()
    assert (ROOT / "themes" / f"{name}.yaml").read_bytes() == packaged


def test_every_packaged_theme_is_browsable_at_top_level() -> None:
    packaged = {p.name for p in (PACKAGE / "data" / "themes").glob("*.yaml")}
    assert packaged == {p.name for p in (ROOT / "themes").glob("*.yaml")}


def test_readme_map_is_the_current_rendering_of_the_shoe_example() -> None:
    import journeymd
    from journeymd.page import parse_page
    from journeymd.render import render

    # The README shows the map as a docs page shows it: wrapped to a 960 px column.
    target = ROOT / "docs" / "shoes.svg"
    svg = render(journeymd.load(ROOT / "examples" / "shoes.journey.yaml"), "svg", page=parse_page("docs")).decode()
    _accept(target, svg)
    assert target.read_text("utf-8") == svg, "run JOURNEYMD_ACCEPT=1 pytest tests/test_generated.py"


def test_compiled_templates_match_the_template_sources() -> None:
    from journeymd import render

    folder = PACKAGE / "_templates"
    if os.environ.get("JOURNEYMD_ACCEPT"):
        for old in folder.glob("tmpl_*.py"):
            old.unlink()
        for name, code in render.compiled_templates().items():
            (folder / name).write_text(code, "utf-8")
        (folder / "__init__.py").write_text(
            '"""Jinja templates compiled to Python; generated, do not edit."""\n\n'
            f'DIGEST = "{render.templates_digest()}"\n',
            "utf-8",
        )
    from journeymd import _templates

    assert render.templates_digest() == _templates.DIGEST, "run JOURNEYMD_ACCEPT=1 pytest tests/test_generated.py"
    assert {p.name: p.read_text("utf-8") for p in folder.glob("tmpl_*.py")} == render.compiled_templates()
