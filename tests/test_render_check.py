"""`render --check` says how to fix what it finds (the command, `--prune` for orphans), as lines or as
GitHub annotations, and is right with the render cache, without it, and with someone else's."""

from __future__ import annotations

import json
import os
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeymd import batch
from journeymd.cli import main

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Buying running shoes online"


def _journeys(root: Path) -> Path:
    journeys = root / "journeys"
    (journeys / "returns").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "shoes.journey.yaml", journeys)
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", journeys / "returns" / "pizza.journey.yaml")
    return journeys


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output + result.stderr
    return result.exit_code, result.stdout, result.stderr


def _fix_command(stdout: str, prefix: str = "to fix: ") -> list[str]:
    (line,) = [line for line in stdout.splitlines() if line.startswith(prefix)]
    words = shlex.split(line.removeprefix(prefix))
    assert words[:2] == ["journeymd", "render"]
    return words[2:]


RENDER = ("-o", "site maps", "-f", "svg,html", "--theme", "dark", "--page", "docs")


def test_check_prints_the_command_that_fixes_it_and_that_command_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shoes = _journeys(tmp_path) / "shoes.journey.yaml"
    assert _run("render", "journeys", *RENDER)[0] == 0
    shoes.write_text(shoes.read_text().replace(TITLE, "Buying trail shoes"))
    code, out, _ = _run("render", "journeys", *RENDER, "--check")
    assert code == 1
    svg, html = os.path.join("site maps", "shoes.svg"), os.path.join("site maps", "shoes.html")
    journey = os.path.join("journeys", "shoes.journey.yaml")
    assert out.splitlines() == [
        f"stale: {svg} (from {journey})",
        f"stale: {html} (from {journey})",
        f"stale: {os.path.join('site maps', 'index.html')} (from journeys)",  # the index shows each title
        "to fix: journeymd render journeys -o 'site maps' -f svg,html --theme dark --page docs",
    ]
    command = _fix_command(out)
    assert _run("render", *command)[0] == 0
    assert _run("render", "journeys", *RENDER, "--check") == (0, "", "4 fresh, 0 stale, 0 missing, 0 failed\n")


def test_orphans_are_fixed_with_prune(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    journeys = _journeys(tmp_path)
    assert _run("render", "journeys", "-o", "maps")[0] == 0
    (journeys / "returns" / "pizza.journey.yaml").rename(journeys / "returns" / "pasta.journey.yaml")
    code, out, _ = _run("render", "journeys", "-o", "maps", "--check")
    assert code == 1
    assert out.splitlines()[-1] == "to fix: journeymd render journeys -o maps --prune"
    assert _run("render", *_fix_command(out))[0] == 0
    assert sorted(p.name for p in (tmp_path / "maps" / "returns").iterdir()) == [".journeymd-cache.json", "pasta.svg"]
    # Orphans alone do not fail the check; the line says how to delete them.
    (journeys / "returns" / "pasta.journey.yaml").rename(journeys / "returns" / "pizza.journey.yaml")
    assert _run("render", "journeys", "-o", "maps")[0] == 0
    code, out, _ = _run("render", "journeys", "-o", "maps", "--check")
    assert code == 0
    assert out.splitlines()[-1] == "to delete the orphans: journeymd render journeys -o maps --prune"


def test_check_in_github_format_annotates_each_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    journeys = _journeys(tmp_path)
    assert _run("render", "journeys", "-o", "maps", "-f", "svg")[0] == 0
    shoes = journeys / "shoes.journey.yaml"
    shoes.write_text(shoes.read_text().replace(TITLE, "Buying trail shoes"))
    (journeys / "returns" / "pizza.journey.yaml").rename(journeys / "returns" / "pasta.journey.yaml")
    code, out, _ = _run("render", "journeys", "-o", "maps", "-f", "svg", "--check", "--format", "github")
    assert code == 1
    fix = "journeymd render journeys -o maps -f svg"
    pasta, pizza = os.path.join("maps", "returns", "pasta.svg"), os.path.join("maps", "returns", "pizza.svg")
    assert out.splitlines() == [
        f"::error file={pasta},line=1,col=1,title=journeymd render-missing::missing: the map of "
        f"{os.path.join('journeys', 'returns', 'pasta.journey.yaml')} is not there; to fix it, run: {fix}",
        f"::error file={os.path.join('maps', 'shoes.svg')},line=1,col=1,title=journeymd render-stale::stale: the map "
        f"of {os.path.join('journeys', 'shoes.journey.yaml')} is out of date; to fix it, run: {fix}",
        f"::warning file={pizza},line=1,col=1,title=journeymd render-orphan::orphan: no journey renders {pizza} any "
        f"more; to delete it, run: {fix} --prune",
        f"to fix: {fix} --prune",
    ]


def _caches(out: Path) -> list[Path]:
    return sorted(out.rglob(batch.CACHE_NAME))


@pytest.mark.parametrize("cache", ["deleted", "someone else's"])
def test_check_is_right_without_the_cache_file(cache: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache only spares renders: without it, or with one this user did not sign (committed by a
    colleague, or from CI), --check renders every map and compares the bytes."""
    monkeypatch.chdir(tmp_path)
    journeys = _journeys(tmp_path)
    assert _run("render", "journeys", "-o", "maps", "-f", "svg,html")[0] == 0
    assert len(_caches(tmp_path / "maps")) == 2

    def forget() -> None:
        if cache == "deleted":
            for found in _caches(tmp_path / "maps"):
                found.unlink()
        else:
            monkeypatch.setenv("JOURNEYMD_CACHE_DIR", str(tmp_path / f"colleague-{len(os.listdir(tmp_path))}"))
            batch._cache_secret.cache_clear()

    forget()
    assert _run("render", "journeys", "-o", "maps", "-f", "svg,html", "--check") == (
        0, "", "4 fresh, 0 stale, 0 missing, 0 failed\n"
    )  # fmt: skip
    pizza = journeys / "returns" / "pizza.journey.yaml"
    pizza.write_text(pizza.read_text().replace("Ordering a pizza", "Ordering a pasta"))
    forget()
    code, out, err = _run("render", "journeys", "-o", "maps", "-f", "svg,html", "--check")
    assert code == 1 and err == "2 fresh, 3 stale, 0 missing, 0 failed\n"  # the two maps and the index
    assert [line.split(" ")[:2] for line in out.splitlines()[:2]] == [
        ["stale:", os.path.join("maps", "returns", "pizza.svg")],
        ["stale:", os.path.join("maps", "returns", "pizza.html")],
    ]
    batch._cache_secret.cache_clear()


def test_an_output_edited_by_hand_is_stale_even_at_the_same_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache believes an output unread only while its size and modification time are those it
    was written with."""
    monkeypatch.chdir(tmp_path)
    _journeys(tmp_path)
    assert _run("render", "journeys", "-o", "maps")[0] == 0
    svg = tmp_path / "maps" / "shoes.svg"
    data = svg.read_bytes()
    assert data.count(TITLE.encode()) >= 1
    svg.write_bytes(data.replace(TITLE.encode(), TITLE.upper().encode()))  # same size, another time
    code, out, _ = _run("render", "journeys", "-o", "maps", "--check")
    assert code == 1 and out.startswith(f"stale: {os.path.join('maps', 'shoes.svg')}")
    # A file touched (a checkout) but unchanged is fresh; its entry then remembers the new time.
    assert _run("render", "journeys", "-o", "maps")[0] == 0
    entry = json.loads((svg.parent / batch.CACHE_NAME).read_text())["shoes.svg"]
    os.utime(svg, ns=(svg.stat().st_atime_ns, svg.stat().st_mtime_ns + 10**9))
    assert _run("render", "journeys", "-o", "maps")[2] == "0 rendered, 2 fresh, 0 failed\n"
    touched = json.loads((svg.parent / batch.CACHE_NAME).read_text())["shoes.svg"]
    assert touched["output"] == entry["output"] and touched["stat"] != entry["stat"]
    assert touched["stat"] == f"{svg.stat().st_size}:{svg.stat().st_mtime_ns}"


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("include: [catalogue.yaml]\n", ["catalogue.yaml"]),
        ("include: [shared/a.yaml, 'b.yml']\n", ["shared/a.yaml", "b.yml"]),
        ('include:\n  - shared/a.yaml\n  # the teams\n  - "b.yaml"\ntitle: T\n', ["shared/a.yaml", "b.yaml"]),
        ("include:\n- a.yaml\n\n- b.yaml\nphases: []\n", ["a.yaml", "b.yaml"]),
        ("title: T\n", []),
        ("include: [a.yaml]  # shared\n", None),  # a comment: the parser reads it
        ("include: &shared [a.yaml]\n", None),
        ("include:\n  - a.yaml # shared\n", None),
        ("title: What to include\ninclude: [a.yaml]\n", None),  # the word twice
        ('{"include": ["a.yaml"]}\n', None),
        ("x: 1\n  include: [a.yaml]\n", None),  # not at the top level
    ],
)
def test_includes_are_read_without_parsing_or_left_to_the_parser(written: str, found: list[str] | None) -> None:
    from journeymd.catalogue import written_includes

    assert written_includes(written) == found


def test_a_changed_catalogue_makes_the_maps_that_include_it_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "shared").mkdir()
    teams = tmp_path / "shared" / "teams.yaml"
    teams.write_text("journeymd: 1\ncatalogue: Teams\ndepartments: [{id: cs, name: CS}]\n")
    (tmp_path / "catalogue.yaml").write_text(
        "journeymd: 1\ncatalogue: Shop\ninclude: [shared/teams.yaml]\ntouchpoints: [{id: web, name: Web}]\n"
    )
    (tmp_path / "journeys").mkdir()
    step = "phases: [{name: P, steps: [{name: S, touchpoints: [web], departments: [cs]}]}]\n"
    for name, include in [("flow", "include: [../catalogue.yaml]\n"), ("block", "include:\n  - ../catalogue.yaml\n"),
                          ("parsed", "include: [../catalogue.yaml]  # the shop's\n")]:  # fmt: skip
        (tmp_path / "journeys" / f"{name}.journey.yaml").write_text(f"journeymd: 1\ntitle: {name}\n{include}{step}")
    assert _run("render", "journeys", "-o", "maps")[0] == 0
    teams.write_text(teams.read_text().replace("name: CS", "name: Customer service"))
    code, out, err = _run("render", "journeys", "-o", "maps", "--check")
    assert code == 1 and err == "0 fresh, 3 stale, 0 missing, 0 failed\n", out
    assert _run("render", "journeys", "-o", "maps")[2].endswith("\n3 rendered, 0 fresh, 0 failed\n")
    assert b"Customer service" in (tmp_path / "maps" / "block.svg").read_bytes()


def test_a_key_asked_for_after_a_run_sees_the_journey_as_it_is_now(tmp_path: Path) -> None:
    """What a run remembers of its journeys (to read each once) is forgotten when it ends."""
    journeys = _journeys(tmp_path)
    shoes = journeys / "shoes.journey.yaml"
    (job,) = batch.plan([shoes], journeys, tmp_path / "maps", ["svg"], "default", 1.0)
    before = job.key()
    batch.run([job])
    shoes.write_text(shoes.read_text().replace(TITLE, "Buying trail shoes"))
    after = job.key()
    assert after != before
    shoes.write_text(shoes.read_text().replace("Buying trail shoes", "Buying road shoes"))
    assert job.key() != after  # asked twice outside a run, each sees the file as it is
