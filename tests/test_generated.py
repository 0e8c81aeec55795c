"""Generated and copied files stay in step with their sources.

The compiled schema check, the compiled templates and the width table are written by
``python tools/generate.py`` (``--check`` lists the stale ones); these tests call its functions.
``JOURNEYMD_ACCEPT=1 pytest tests/test_generated.py`` writes them too, and the README's map.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journeymd"


def _generate() -> ModuleType:
    """tools/generate.py, which is a script rather than a package module."""
    spec = importlib.util.spec_from_file_location("journeymd_generate", ROOT / "tools" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


generate = _generate()


def _accept(path: Path, content: str) -> None:
    if os.environ.get("JOURNEYMD_ACCEPT"):
        path.write_text(content, "utf-8")


@pytest.fixture(scope="module", autouse=True)
def _written() -> None:
    if os.environ.get("JOURNEYMD_ACCEPT"):
        generate.write()


def test_compiled_schema_check_matches_the_schema() -> None:
    from journeymd import _schema_check
    from journeymd.validate import schema_digest

    assert generate.schema_check_is_current(), "run python tools/generate.py"
    assert schema_digest() == _schema_check.SCHEMA_DIGEST, "run python tools/generate.py"


def test_compiled_schema_check_is_readable_code() -> None:
    """Wrapped to the project's line length, without a copy of the schema in every raise."""
    lines = (PACKAGE / "_schema_check.py").read_text("utf-8").splitlines()
    # Only a string too long to wrap stays longer: a message listing an enum's options, or the
    # path of a value nested deep in the schema.
    assert all(len(line) <= 120 or line.lstrip().startswith('+ "') for line in lines)
    assert not any("definition={" in line for line in lines)


def test_width_table_matches_the_shipped_fonts() -> None:
    assert generate.WIDTHS not in generate.stale(), "run python tools/generate.py"


def test_compiled_templates_match_the_template_sources() -> None:
    from journeymd import _templates, render

    assert render.templates_digest() == _templates.DIGEST, "run python tools/generate.py"
    folder = PACKAGE / "_templates"
    assert {p.name: p.read_text("utf-8") for p in folder.glob("*.py")} == generate.template_sources()


def test_check_exits_1_and_names_a_stale_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--check compares, writes nothing, and fails when a generated file is out of date."""
    assert generate.main(["--check"]) == 0
    stale_widths = tmp_path / "widths.json"
    stale_widths.write_text('{"unitsPerEm": 1}', "utf-8")
    monkeypatch.setattr(generate, "WIDTHS", stale_widths)
    assert generate.main(["--check"]) == 1
    assert stale_widths.read_text("utf-8") == '{"unitsPerEm": 1}'


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
