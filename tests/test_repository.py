"""A repository of journeys, end to end, as a team keeps one: a shared catalogue at the top, journeys
in folders (one opening another), the settings in .journeymd.yaml, the maps in docs/maps; then a
journey is renamed. validate, lint, render, --check, --prune and the pre-commit hooks all read the
same settings and agree; an error in the catalogue points into the catalogue."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeymd.cli import main

CATALOGUE = """\
journeymd: 1
catalogue: Running shop
personas:
  - {id: sanne, name: "Sanne, first-time buyer"}
touchpoints:
  - {id: web, name: Webshop, channel: web}
  - {id: hotline, name: Hotline, channel: phone}
  - {id: fax, name: Fax, channel: post}
departments:
  - {id: sales, name: Sales}
  - {id: service, name: Customer service}
"""

STEP = "      - {{name: {name}, touchpoints: [{touchpoint}], departments: [{department}], emotion: {emotion}{more}}}\n"


def _journey(title: str, include: str, steps: list[tuple[str, str, str, int, str]]) -> str:
    rows = "".join(
        STEP.format(name=name, touchpoint=touchpoint, department=department, emotion=emotion, more=more)
        for name, touchpoint, department, emotion, more in steps
    )
    return (
        f"journeymd: 1\ntitle: {title}\ninclude: [{include}]\npersona: sanne\nphases:\n"
        f"  - name: All\n    goal: A happy customer\n    kpis: [NPS]\n    steps:\n{rows}"
    )


SUB_JOURNEY = "returns/returns.journey.yaml"
FILES = {
    "catalogue.yaml": CATALOGUE,
    ".journeymd.yaml": "render:\n  input: journeys\n  output: docs/maps\n  formats: svg,html\n",
    "journeys/buying.journey.yaml": _journey(
        "Buying running shoes",
        "../catalogue.yaml",
        [
            ("Orders the shoes", "web", "sales", 1, ", pain_points: [Sizes unclear]"),
            ("Sends them back", "hotline", "service", -1, f", pain_points: [Long wait], opens: {SUB_JOURNEY}"),
            ("Gets the right size", "web", "sales", 2, ""),
        ],
    ),
    "journeys/returns/returns.journey.yaml": _journey(
        "Returning shoes",
        "../../catalogue.yaml",
        [
            ("Calls the hotline", "hotline", "service", -1, ", pain_points: [Hold music]"),
            ("Gets a label", "web", "service", 1, ""),
        ],
    ),
    "journeys/newsletter.journey.yaml": _journey(
        "Reading the newsletter",
        "../catalogue.yaml",
        [("Opens the newsletter", "web", "sales", 1, ", opportunities: [Tips]")],
    ),
}


def _repository(root: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    return root


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output + result.stderr
    return result.exit_code, result.stdout, result.stderr


def _maps(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in (root / "docs" / "maps").rglob("*.*") if p.is_file())


@pytest.mark.skipif(not shutil.which("git"), reason="needs git")
def test_a_repository_of_journeys_from_first_render_to_a_renamed_journey(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _repository(tmp_path / "shop")
    monkeypatch.chdir(root)

    assert _run("validate", "journeys") == (0, "", "3 files valid\n")

    # Across the journeys: the fax no journey uses, told in the catalogue where it is written.
    code, out, err = _run("lint", "journeys")
    assert code == 0
    assert out.splitlines() == [
        "catalogue.yaml:8:5: warning: touchpoint 'fax' is used by none of the 3 journeys linted [unused-shared-entry]"
    ]
    assert err == "3 files (3 valid journeys) checked: 0 errors, 1 warning (unused-shared-entry 1)\n"

    # The settings say where maps go: render and --check need no options.
    code, _, err = _run("render", "journeys")
    assert code == 0, err
    assert _maps(root) == [
        "docs/maps/.journeymd-cache.json", "docs/maps/.journeymd-site.cache", "docs/maps/buying.html",
        "docs/maps/buying.svg", "docs/maps/index.html", "docs/maps/newsletter.html", "docs/maps/newsletter.svg",
        "docs/maps/returns/.journeymd-cache.json", "docs/maps/returns/returns.html", "docs/maps/returns/returns.svg",
    ]  # fmt: skip
    assert _run("render", "--check", "journeys")[:2] == (0, "")
    # The map of the step that opens a sub-journey is a map like any other; the sub-journey's is beside it.
    assert b"Sends them back" in (root / "docs" / "maps" / "buying.svg").read_bytes()

    # A journey renamed: its new map is missing, the old one an orphan, and --check says what fixes both.
    journeys = root / "journeys"
    (journeys / "newsletter.journey.yaml").rename(journeys / "mailing.journey.yaml")
    code, out, _ = _run("render", "--check", "journeys")
    assert code == 1
    maps, mailing = os.path.join("docs", "maps"), os.path.join("journeys", "mailing.journey.yaml")
    gone = "(journeymd wrote it, but no journey here renders it any more; render --prune deletes it)"
    assert out.splitlines() == [
        f"missing: {os.path.join(maps, 'mailing.svg')} (from {mailing})",
        f"missing: {os.path.join(maps, 'mailing.html')} (from {mailing})",
        f"stale: {os.path.join(maps, 'index.html')} (from journeys)",
        f"orphan: {os.path.join(maps, 'newsletter.html')} {gone}",
        f"orphan: {os.path.join(maps, 'newsletter.svg')} {gone}",
        "to fix: journeymd render journeys --prune",
    ]
    command = shlex.split(out.splitlines()[-1].removeprefix("to fix: "))
    code, out, _ = _run(*command[1:])
    assert code == 0 and "removed: " in out
    assert "docs/maps/newsletter.svg" not in _maps(root) and "docs/maps/mailing.svg" in _maps(root)
    assert _run("render", "--check", "journeys") == (0, "", "6 fresh, 0 stale, 0 missing, 0 failed\n")

    # A mistake in the catalogue is reported in the catalogue, at its line, for every journey.
    catalogue = root / "catalogue.yaml"
    catalogue.write_text(CATALOGUE.replace("channel: phone}", "channel: phone, online: maybe}"))
    code, out, _ = _run("validate", "journeys")
    assert code == 1
    assert out == "catalogue.yaml:7:58: 'online' must be true or false, not text 'maybe'\n"  # once, not once a journey
    code, out, _ = _run("render", "--check", "journeys", "--format", "github")
    assert code == 1


def _pre_commit() -> str | None:
    found = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
    return found if Path(found).exists() else None


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("git"), reason="needs git")
def test_the_pre_commit_hooks_agree_with_render_and_say_a_catalogue_mistake_in_the_catalogue(tmp_path: Path) -> None:
    from test_precommit import _configure, _git
    from test_precommit import _run as run_hook

    if _pre_commit() is None:
        if os.environ.get("CI"):
            raise AssertionError("CI must have pre-commit (pip install -e '.[test]')")
        pytest.skip("needs pre-commit (pip install -e '.[test]')")
    root, home = _repository(tmp_path / "shop"), tmp_path / "cache"
    _configure(root)
    subprocess.run([sys.executable, "-m", "journeymd", "render", "journeys"], cwd=root, check=True, capture_output=True)
    _git(root, "add", ".")
    result = subprocess.run([_pre_commit() or "", "run", "--all-files"], cwd=root, text=True, capture_output=True,
                            env={**os.environ, "PRE_COMMIT_HOME": str(home)}, timeout=600)  # fmt: skip
    assert result.returncode == 0, result.stdout
    # Renamed and not rendered again: the hook that checks fails, the hook that renders fixes it.
    _git(root, "mv", "journeys/newsletter.journey.yaml", "journeys/mailing.journey.yaml")
    result = run_hook(root, "journeymd-render-check", home)
    assert result.returncode == 1 and f"missing: {os.path.join('docs', 'maps', 'mailing.svg')}" in result.stdout
    assert "to fix: journeymd render" in result.stdout
    assert run_hook(root, "journeymd-render", home).returncode == 0
    assert (root / "docs" / "maps" / "mailing.svg").is_file()
    _git(root, "add", ".")
    assert run_hook(root, "journeymd-render-check", home).returncode == 0
    (root / "catalogue.yaml").write_text(CATALOGUE.replace("channel: phone}", "channel: phone, online: maybe}"))
    result = run_hook(root, "journeymd-validate", home)
    assert result.returncode == 1 and "catalogue.yaml:7:58: " in result.stdout, result.stdout
