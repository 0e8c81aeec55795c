"""What a render remembers of journey files between runs (journeymd.sources): a file whose status
(size, times, inode) is that of the last run is not read again, and any change to it is seen."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeymd import sources
from journeymd.cli import main

JOURNEY = """\
journeymd: 1
title: {title}
phases: [{{name: P, steps: [{{name: S, emotion: 1}}]}}]
"""


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user cache folder of the test's own, and a process that has remembered nothing yet."""
    folder = tmp_path / "user-cache"
    monkeypatch.setenv("JOURNEYMD_CACHE_DIR", str(folder))
    monkeypatch.setattr(sources, "_FACTS", None)
    return folder


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files count as settled however recently they changed: a test cannot date a file's change
    time (ctime) back, which a journey nobody touched this session has."""
    monkeypatch.setattr(sources, "_SETTLED_NS", -1)


def _settled(path: Path, text: str) -> None:
    """Write ``text`` and date the file an hour back."""
    path.write_text(text, "utf-8")
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))


def _render(folder: Path, out: Path) -> str:
    result = CliRunner().invoke(main, ["render", str(folder), "-o", str(out), "-f", "svg"])
    assert result.exit_code == 0, result.output
    return (out / "a.svg").read_text("utf-8")


@pytest.mark.usefixtures("settled")
def test_a_journey_changed_in_place_is_rendered_again_even_with_its_size_and_time_kept(
    tmp_path: Path, cache_folder: Path
) -> None:
    folder, out = tmp_path / "journeys", tmp_path / "site"
    folder.mkdir()
    journey = folder / "a.journey.yaml"
    _settled(journey, JOURNEY.format(title="Before"))
    assert "Before" in _render(folder, out)
    assert (cache_folder / "sources.json").is_file()  # the settled file is remembered
    kept = journey.stat()
    journey.write_text(JOURNEY.format(title="Behind"), "utf-8")  # as long as before
    os.utime(journey, ns=(kept.st_atime_ns, kept.st_mtime_ns))  # and its time put back, as a copy tool can
    assert journey.stat().st_size == kept.st_size and journey.stat().st_mtime_ns == kept.st_mtime_ns
    sources._FACTS = None  # a new command
    assert "Behind" in _render(folder, out)  # its change time gave it away


@pytest.mark.usefixtures("settled")
def test_remembered_facts_spare_reading_the_file(tmp_path: Path, cache_folder: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    journey = tmp_path / "a.journey.yaml"
    _settled(journey, JOURNEY.format(title="Settled") + "include: [shared.yaml]\n")
    with sources.one_run():
        first = sources.source_facts(journey)
    assert first.includes == ("shared.yaml",) and "include" in first.words
    sources._FACTS = None

    def unread(path: Path) -> bytes:
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(sources, "source_bytes", unread)
    with sources.one_run():
        again = sources.source_facts(journey)
    assert (again.digest, again.words, again.includes) == (first.digest, first.words, first.includes)


def test_a_file_changed_a_moment_ago_is_not_remembered(tmp_path: Path, cache_folder: Path) -> None:
    journey = tmp_path / "a.journey.yaml"
    _settled(journey, JOURNEY.format(title="Fresh"))  # its change time is now: another write would not show
    with sources.one_run():
        sources.source_facts(journey)
    assert not (cache_folder / "sources.json").exists()


@pytest.mark.parametrize("stored", ["", "{", '{"format": 1, "files": {"x": [1]}}', '{"format": 99, "files": {}}', "[]"])
def test_a_broken_memory_costs_a_read_never_a_wrong_answer(tmp_path: Path, cache_folder: Path, stored: str) -> None:
    journey = tmp_path / "a.journey.yaml"
    _settled(journey, JOURNEY.format(title="Read"))
    cache_folder.mkdir()
    (cache_folder / "sources.json").write_text(stored, "utf-8")
    with sources.one_run():
        facts = sources.source_facts(journey)
    assert facts.words == frozenset() and facts.includes == ()
