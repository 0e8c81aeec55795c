"""The journeys every stage is tested on: the shipped examples (one is a blueprint, one Dutch),
three personas on different paths, Arabic and CJK text beside Latin, and a generated 50-step
journey (the size the start-up target is about).

Test modules parametrise over ``SHARED`` (or use the ``shared_journey`` fixture in conftest.py), so
that a stage added later is checked on the same inputs as the others.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from journeygen import make_yaml

import journeymd

TESTS = Path(__file__).resolve().parent
EXAMPLES = TESTS.parent / "examples"
FIXTURES = TESTS / "fixtures"

# name -> file; the generated journey has no file of its own and is written where a test needs it
FILES: dict[str, Path | None] = {
    "minimal": EXAMPLES / "minimal.journey.yaml",
    "returns": EXAMPLES / "returns.journey.yaml",
    "shoes": EXAMPLES / "shoes.journey.yaml",
    "blueprint": EXAMPLES / "shoes-blueprint.journey.yaml",
    "dutch": EXAMPLES / "webshop-nl.journey.yaml",
    "three-personas": FIXTURES / "three-personas.journey.yaml",
    "arabic-cjk": FIXTURES / "arabic-cjk.journey.yaml",
    "generated-50": None,
}
SHARED = tuple(FILES)


@cache
def source(name: str) -> str:
    """The journey's YAML text."""
    path = FILES[name]
    return make_yaml(50, seed=50) if path is None else path.read_text("utf-8")


@cache
def journey(name: str) -> journeymd.Journey:
    """The journey as the API loads it (cached: journeys are immutable). Files are loaded as files,
    so that the pictures they name are found beside them."""
    path = FILES[name]
    return journeymd.loads(source(name), f"{name}.journey.yaml") if path is None else journeymd.load(path)


def write(name: str, folder: Path) -> Path:
    """The journey's file, for tests that go through the command line; the generated one is
    written into ``folder``."""
    path = FILES[name]
    if path is not None:
        return path
    target = folder / f"{name}.journey.yaml"
    target.write_text(source(name), "utf-8")
    return target
