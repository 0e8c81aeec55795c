"""Shared fixtures. Tests that need an engine (Chromium) skip locally without it and fail in CI."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # for journeygen

import shared_journeys  # noqa: E402

import journeymd  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    from journeymd.raster import find_chromium

    for item in items:
        if "browser" in item.keywords:
            item.add_marker(pytest.mark.slow)  # a browser costs seconds of CPU: never in the quick run

    if find_chromium() is not None or os.environ.get("CI"):
        return  # in CI a missing browser must fail these tests, never skip them
    skip = pytest.mark.skip(reason="needs Chromium (apt-get install chromium); runs in CI")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """Headless Chromium through Playwright, shared by every test that looks at a page."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            raise  # CI must run the browser tests
        pytest.skip("needs playwright (pip install -e '.[test]')")
    from journeymd.raster import find_chromium

    args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
            "--disable-sync"]  # fmt: skip
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=find_chromium(), args=args)
        yield launched
        launched.close()


@pytest.fixture(params=shared_journeys.SHARED)
def shared_journey(request: pytest.FixtureRequest) -> tuple[str, journeymd.Journey]:
    """Each journey of tests/shared_journeys.py in turn, as (name, journey)."""
    return request.param, shared_journeys.journey(request.param)
