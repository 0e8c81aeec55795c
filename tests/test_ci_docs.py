"""The CI recipes in docs/ci.md are the files in examples/ci, and they run as written: installed from the
wheel of this checkout, offline; so do the README's and the docs' install commands and pre-commit hooks."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from offline import checkout_copy, python_env

from journeymd.cli import main

ROOT = Path(__file__).resolve().parent.parent
RECIPES = sorted((ROOT / "examples" / "ci").glob("*.yml"))


@pytest.mark.parametrize("recipe", RECIPES, ids=lambda p: p.name)
def test_recipe_is_yaml_and_is_quoted_in_the_docs(recipe: Path) -> None:
    assert yaml.safe_load(recipe.read_text())
    assert recipe.read_text() in (ROOT / "docs" / "ci.md").read_text()


def _commands(recipe: Path) -> list[list[str]]:
    data = yaml.safe_load(recipe.read_text())
    lines: list[str] = []
    if "jobs" in data:
        lines = [step["run"] for job in data["jobs"].values() for step in job["steps"] if "run" in step]
    else:
        lines = [line for job in data.values() for line in job.get("script", [])]
    return [shlex.split(line.split("||")[0].split(">")[0])[1:] for line in lines if line.startswith("journeymd ")]


@pytest.mark.slow  # a process per command
@pytest.mark.parametrize("recipe", RECIPES, ids=lambda p: p.name)
def test_every_journeymd_command_in_the_recipe_runs(recipe: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "shoes.journey.yaml").write_text((ROOT / "examples" / "shoes.journey.yaml").read_text())
    monkeypatch.chdir(tmp_path)
    commands = _commands(recipe)
    assert commands
    for args in sorted(commands, key=lambda a: "--check" in a):  # render before checking
        result = CliRunner().invoke(main, args)
        if "--check" in args and "docs/maps" in args and not (tmp_path / "docs" / "maps").exists():
            assert result.exit_code == 1  # nothing rendered there yet: the gate fails, as it should
            CliRunner().invoke(main, [a for a in args if a != "--check"])
            result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (args, result.output)


def _section(doc: Path, heading: str) -> str:
    text = doc.read_text("utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


def _blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


def _bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-eo", "pipefail", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


# Offline, `python -m build` uses the build backend of this environment rather than fetching one.
OFFLINE = {"python -m build": "python -m build --no-isolation"}


def _offline(line: str) -> str:
    for online, offline in OFFLINE.items():
        line = line.replace(online, offline)
    return line


@pytest.mark.slow
def test_the_install_commands_of_the_readme_and_the_ci_docs_work_from_a_clone(tmp_path: Path) -> None:
    env = python_env(tmp_path / "python")
    clone = checkout_copy(tmp_path / "journeymd")  # stands in for `git clone`, which needs the network
    readme = _blocks(_section(ROOT / "README.md", "Quick start"), "sh")
    install = next(block for block in readme if "pip install dist/journeymd-*.whl" in block)
    for line in install.splitlines():
        done = _bash(_offline(line.split(" #")[0]), clone, env)
        assert done.returncode == 0, (line, done.stdout, done.stderr)
    assert sorted(p.suffix for p in (clone / "dist").iterdir()) == [".gz", ".whl"]
    (tmp_path / "your-repo" / "tools").mkdir(parents=True)
    ci = _blocks(_section(ROOT / "docs" / "ci.md", "Installing journeymd in CI"), "sh")[0]
    lines = [line.split("  #")[0] for line in ci.splitlines() if not line.startswith("git clone ")]
    shutil.rmtree(clone / "dist")
    done = _bash(_offline("\n".join(lines)), tmp_path, env)
    assert done.returncode == 0, (lines, done.stdout, done.stderr)
    assert [p.name.split("-")[0] for p in (tmp_path / "your-repo" / "tools").iterdir()] == ["journeymd"]


def _run_lines(recipe: Path) -> list[str]:
    data = yaml.safe_load(recipe.read_text())
    if "jobs" in data:
        return [step["run"] for job in data["jobs"].values() for step in job["steps"] if "run" in step]
    return [line for job in data.values() for line in job.get("script", [])]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this checkout, built offline."""
    tmp = tmp_path_factory.mktemp("wheel")
    env = python_env(tmp / "python")
    done = _bash(f"pip wheel --no-deps -q -w {tmp / 'dist'} {checkout_copy(tmp / 'journeymd')}", tmp, env)
    assert done.returncode == 0, done.stderr
    return next((tmp / "dist").glob("journeymd-*.whl"))


@pytest.mark.slow
@pytest.mark.parametrize("recipe", RECIPES, ids=lambda p: p.name)
def test_every_command_of_the_recipe_runs_as_written_with_the_wheel_in_tools(
    recipe: Path, wheel: Path, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    (repo / "journeys").mkdir(parents=True)
    (repo / "tools").mkdir()
    shutil.copy(wheel, repo / "tools")
    shutil.copy(ROOT / "examples" / "shoes.journey.yaml", repo / "journeys")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    env = python_env(tmp_path / "python")
    lines = _run_lines(recipe)
    assert lines[0].startswith("pip install tools/")
    done = _bash(lines[0], repo, env)
    assert done.returncode == 0, done.stderr
    # The maps the repository commits, which the recipe's check compares with.
    check = next(line for line in lines if "--check" in line)
    assert _bash(check.replace(" --check", ""), repo, env).returncode == 0
    for line in lines[1:]:
        done = _bash(line, repo, env)
        assert done.returncode == 0, (line, done.stdout, done.stderr)
    installed = _bash("command -v journeymd", repo, env).stdout
    assert installed.startswith(str(tmp_path / "python")), installed


@pytest.mark.slow  # runs pre-commit
@pytest.mark.skipif(not shutil.which("git"), reason="needs git")
def test_the_local_pre_commit_hooks_in_the_docs_run(tmp_path: Path) -> None:
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
    config = next(b for b in _blocks(_section(ROOT / "docs" / "ci.md", "pre-commit"), "yaml") if "repo: local" in b)
    repo = tmp_path / "maps"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / ".pre-commit-config.yaml").write_text(config)
    shutil.copy(ROOT / "examples" / "shoes.journey.yaml", repo)
    (repo / "broken.journey.yaml").write_text("journeymd: 1\nphases: [{name: A, steps: [{name: B, emotion: 9}]}]\n")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
    }
    run = [pre_commit, "run", "--all-files"]
    done = subprocess.run(run, cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "broken.journey.yaml:2:47: 'emotion' must be" in done.stdout, done.stdout
    (repo / "broken.journey.yaml").unlink()
    subprocess.run(["journeymd", "render", "-q", "shoes.journey.yaml"], cwd=repo, env=env, check=True)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    done = subprocess.run(run, cwd=repo, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout


def test_gitlab_code_quality_reports_name_each_problem_with_a_stable_fingerprint(tmp_path: Path) -> None:
    broken = tmp_path / "broken.journey.yaml"
    broken.write_text("journeymd: 1\nphases: [{name: A, steps: [{name: B, emotion: 9}, {name: C, emotion: 7}]}]\n")
    result = CliRunner().invoke(main, ["validate", str(broken), "--format", "gitlab"])
    report = json.loads(result.stdout)
    assert result.exit_code == 1 and [r["location"] for r in report] == [
        {"path": str(broken), "lines": {"begin": 2}},
        {"path": str(broken), "lines": {"begin": 2}},
    ]
    assert report[0]["severity"] == "major" and report[0]["check_name"] == "journeymd scale"
    assert report[0]["description"] == "'emotion' must be a whole number from -2 to 2, not 9"
    assert len({r["fingerprint"] for r in report}) == 2
    again = json.loads(CliRunner().invoke(main, ["validate", str(broken), "--format", "gitlab"]).stdout)
    assert [r["fingerprint"] for r in again] == [r["fingerprint"] for r in report]
    result = CliRunner().invoke(main, ["lint", str(ROOT / "examples" / "minimal.journey.yaml"), "--format", "gitlab"])
    assert {r["severity"] for r in json.loads(result.stdout)} <= {"major", "minor", "info"} and result.exit_code == 0
    result = CliRunner().invoke(main, ["validate", str(ROOT / "examples" / "shoes.journey.yaml"), "--format", "gitlab"])
    assert (result.exit_code, result.stdout) == (0, "[]\n")
