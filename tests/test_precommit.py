"""The pre-commit hooks in .pre-commit-hooks.yaml, run by pre-commit itself on a throwaway repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_hook_definitions_point_at_real_commands() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert {h["id"] for h in hooks} == {
        "journeymd-validate",
        "journeymd-lint",
        "journeymd-render-check",
        "journeymd-render",
    }
    for hook in hooks:
        assert hook["entry"].split()[0] == "journeymd" and hook["language"] == "python"
        assert hook["files"] == r"\.journey\.ya?ml$"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.org",
        },
    )


def _run(repo: Path, hook: str, home: Path) -> subprocess.CompletedProcess[str]:
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
    return subprocess.run(
        [pre_commit, "run", hook, "--all-files"],
        cwd=repo,
        text=True,
        capture_output=True,
        env={**os.environ, "PRE_COMMIT_HOME": str(home)},
        timeout=600,
    )


def _configure(repo: Path) -> None:
    """Point the repository's .pre-commit-config.yaml at this project's committed hooks."""
    rev = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    hooks = "".join(
        f"      - id: {h}\n"
        for h in ("journeymd-validate", "journeymd-lint", "journeymd-render-check", "journeymd-render")
    )
    (repo / ".pre-commit-config.yaml").write_text(f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n{hooks}")


@pytest.mark.slow  # pre-commit builds an environment
@pytest.mark.skipif(not shutil.which("git"), reason="needs git")
def test_hooks_run_under_pre_commit(tmp_path: Path) -> None:
    if not (shutil.which("pre-commit") or Path(sys.executable).with_name("pre-commit").exists()):
        if os.environ.get("CI"):
            raise AssertionError("CI must have pre-commit (pip install -e '.[test]')")
        pytest.skip("needs pre-commit (pip install -e '.[test]')")
    repo, home = tmp_path / "maps", tmp_path / "cache"
    repo.mkdir()
    _git(repo, "init", "-q")
    _configure(repo)
    shutil.copy(ROOT / "examples" / "shoes.journey.yaml", repo)
    (repo / "broken.journey.yaml").write_text("journeymd: 1\nphases: [{name: A, steps: [{name: B, emotion: 9}]}]\n")
    _git(repo, "add", ".")
    result = _run(repo, "journeymd-validate", home)
    assert result.returncode == 1 and "broken.journey.yaml:2:47: 'emotion' must be" in result.stdout, result.stdout
    (repo / "broken.journey.yaml").unlink()
    _git(repo, "add", "-A")
    assert _run(repo, "journeymd-validate", home).returncode == 0
    assert _run(repo, "journeymd-lint", home).returncode == 0
    result = _run(repo, "journeymd-render-check", home)
    assert result.returncode == 1 and "missing: shoes.svg" in result.stdout, result.stdout
    result = _run(repo, "journeymd-render", home)
    assert (repo / "shoes.svg").exists(), result.stdout
    _git(repo, "add", ".")
    assert _run(repo, "journeymd-render-check", home).returncode == 0


def _project_with_maps_in_docs(repo: Path) -> None:
    """The layout docs/ci.md recommends: journeys in subfolders, maps in docs/maps, one settings file."""
    (repo / "journeys" / "returns").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "shoes.journey.yaml", repo / "journeys" / "returns")
    (repo / ".journeymd.yaml").write_text("render:\n  input: journeys\n  output: docs/maps\n  formats: svg\n")


def test_render_check_of_a_journey_in_a_subfolder_looks_where_the_settings_put_maps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from journeymd.cli import main

    _project_with_maps_in_docs(tmp_path)
    monkeypatch.chdir(tmp_path)
    journey = os.path.join("journeys", "returns", "shoes.journey.yaml")
    runner = CliRunner()
    result = runner.invoke(main, ["render", "--check", journey])
    assert result.exit_code == 1 and f"missing: {os.path.join('docs', 'maps', 'returns', 'shoes.svg')}" in result.output
    # What the CI recipe writes is what the hook checks: one renders the folder, the other the file.
    assert runner.invoke(main, ["render", "journeys", "-o", "docs/maps", "-f", "svg"]).exit_code == 0
    result = runner.invoke(main, ["render", "--check", journey])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "journeys" / "returns" / "shoes.svg").exists()
    assert runner.invoke(main, ["render", "--check", "journeys"]).exit_code == 0


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("git"), reason="needs git")
def test_the_render_check_hook_agrees_with_ci_for_a_journey_in_a_subfolder(tmp_path: Path) -> None:
    if not (shutil.which("pre-commit") or Path(sys.executable).with_name("pre-commit").exists()):
        pytest.skip("needs pre-commit (pip install -e '.[test]')")
    repo, home = tmp_path / "maps", tmp_path / "cache"
    repo.mkdir()
    _git(repo, "init", "-q")
    _configure(repo)
    _project_with_maps_in_docs(repo)
    subprocess.run(
        [sys.executable, "-m", "journeymd", "render", "journeys", "-o", "docs/maps", "-f", "svg"], cwd=repo, check=True
    )
    _git(repo, "add", ".")
    result = _run(repo, "journeymd-render-check", home)
    assert result.returncode == 0, result.stdout
