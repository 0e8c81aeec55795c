"""The GitHub Action in action.yml, its steps run as one script in a throwaway repository, offline:
journeymd installed from a copy of this checkout as the action does, `gh` stood in for."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from offline import checkout_copy, python_env

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))

# Stands in for the GitHub CLI: records each call, and finds no earlier comment.
FAKE_GH = """#!/usr/bin/env bash
echo "gh $*" >> "$GH_LOG"
for arg in "$@"; do case "$arg" in body=@*) cat "${arg#body=@}" >> "$GH_LOG";; esac; done
"""


def _expression(text: str, context: dict[str, Any]) -> Any:
    """A GitHub expression of the forms the action uses: context values, '', ==, != and &&."""
    value = re.sub(r"[a-z_]+(?:\.[a-z_-]+)+", lambda m: repr(context[m.group(0)]), text.strip())
    return eval(value.replace("&&", " and ").replace("||", " or "), {})  # the action's own text, not input


def _substitute(text: str, context: dict[str, Any]) -> str:
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: str(_expression(m.group(1), context)), text)


def _run_action(repo: Path, env: dict[str, str], context: dict[str, Any]) -> list[tuple[str, int, str]]:
    """Each step the action runs (its ``uses:`` steps are the runner's business): name, exit, output."""
    ran = []
    for step in ACTION["runs"]["steps"]:
        if "run" not in step or ("if" in step and not _expression(step["if"], context)):
            continue
        step_env = {**env, **{k: _substitute(str(v), context) for k, v in step.get("env", {}).items()}}
        script = _substitute(step["run"], context)
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
            cwd=repo, env=step_env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        ran.append((step["name"], done.returncode, done.stdout + done.stderr))
        if done.returncode:
            break
    return ran


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What a runner has: the action's checkout, and a Python whose pip installs offline (no
    index, no build isolation; the dependencies come from this test's environment)."""
    tmp = tmp_path_factory.mktemp("runner")
    action = checkout_copy(tmp / "action")
    python = python_env(tmp / "python")
    (tmp / "bin").mkdir()
    (tmp / "bin" / "gh").write_text(FAKE_GH)
    (tmp / "bin" / "gh").chmod(0o755)
    (tmp / "runner-temp").mkdir()
    env = {
        **python,
        "PATH": f"{tmp / 'bin'}:{python['PATH']}",
        "GITHUB_REPOSITORY": "shop/journeys",
        "RUNNER_TEMP": str(tmp / "runner-temp"),
        "GH_LOG": str(tmp / "gh.log"),
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
    }  # fmt: skip
    return {"tmp": tmp, "action": action, "env": env, "python": tmp / "python"}


def _pull_request(tmp: Path, env: dict[str, str], change: str) -> Path:
    """A clone of a repository whose main branch has the shoe journey and its committed map, on a
    pull request branch that changes the journey."""
    origin, repo = tmp / "origin", tmp / "repo"
    for folder in (origin, repo):
        shutil.rmtree(folder, ignore_errors=True)
    (origin / "journeys").mkdir(parents=True)
    shoes = (ROOT / "examples" / "shoes.journey.yaml").read_text("utf-8")
    (origin / "journeys" / "shoes.journey.yaml").write_text(shoes)
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=origin, check=True, env=env)
    subprocess.run(["journeymd", "render", "journeys", "-o", "docs/maps", "-f", "svg"], cwd=origin, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=origin, check=True, env=env)
    subprocess.run(["git", "commit", "-q", "-m", "shoes"], cwd=origin, check=True, env=env)
    subprocess.run(["git", "clone", "-q", str(origin), str(repo)], check=True, env=env)
    subprocess.run(["git", "checkout", "-q", "-b", "faster-checkout"], cwd=repo, check=True, env=env)
    (repo / "journeys" / "shoes.journey.yaml").write_text(shoes.replace(*change.split(" => ")))
    return repo


def _context(action: Path, **inputs: str) -> dict[str, Any]:
    defaults = {f"inputs.{k}": v.get("default", "") for k, v in ACTION["inputs"].items()}
    return (
        defaults
        | {f"inputs.{k}": v for k, v in inputs.items()}
        | {
            "github.action_path": str(action),
            "github.event_name": "pull_request",
            "github.base_ref": "main",
            "github.event.pull_request.number": "7",
            "github.token": "not-a-token",
        }
    )


@pytest.mark.slow
def test_the_action_checks_a_pull_request_and_comments_with_its_changes(runner: dict[str, Any]) -> None:
    tmp, env = runner["tmp"], runner["env"]
    context = _context(runner["action"], paths="journeys", output="docs/maps")
    # Only the step that installs journeymd runs before anything else can use it.
    install = next(s for s in ACTION["runs"]["steps"] if s.get("name") == "Install journeymd")
    assert install["run"] == 'pip install "${{ github.action_path }}"'
    repo = _pull_request(
        tmp,
        {**env, "PATH": os.environ["PATH"]},
        "emotion: {first-time: -1, returning: 1} => emotion: {first-time: 1, returning: 1}",
    )
    ran = _run_action(repo, env, context)
    assert [(name, code) for name, code, _ in ran] == [
        ("Install journeymd", 0),
        ("Validate", 0),
        ("Lint", 0),
        ("Rendered maps are up to date", 1),
    ], ran
    # An annotation on each stale map, and the command that renders them again.
    assert "::error file=docs/maps/shoes.svg,line=1,col=1,title=journeymd render-stale::stale: " in ran[-1][2]
    assert "to fix: journeymd render journeys -o docs/maps -f svg" in ran[-1][2]
    installed = subprocess.run(
        ["python", "-c", "import journeymd; print(journeymd.__file__)"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
    )
    assert installed.stdout.startswith(str(runner["python"])), installed  # the copy the action installed
    subprocess.run(["journeymd", "render", "journeys", "-o", "docs/maps", "-f", "svg"], cwd=repo, env=env, check=True)
    ran = _run_action(repo, env, context)
    assert [code for _, code, _ in ran] == [0] * 5, ran
    log = (tmp / "gh.log").read_text("utf-8")
    assert "gh api --method POST repos/shop/journeys/issues/7/comments -F body=@" in log
    assert "<!-- journeymd diff -->" in log and "emotion (first-time) -1 → +1" in log


@pytest.mark.slow
def test_the_action_annotates_a_broken_journey(runner: dict[str, Any]) -> None:
    tmp, env = runner["tmp"], runner["env"]
    repo = _pull_request(
        tmp, {**env, "PATH": os.environ["PATH"]}, "emotion: {first-time: -1, returning: 1} => emotion: 7"
    )
    ran = _run_action(repo, env, _context(runner["action"], paths="journeys", comment="false"))
    assert [(name, code) for name, code, _ in ran][-1] == ("Validate", 1)
    assert "::error file=journeys/shoes.journey.yaml,line=" in ran[-1][2]


def test_the_workflow_in_the_docs_gives_the_action_only_inputs_it_has() -> None:
    text = (ROOT / "docs" / "ci.md").read_text("utf-8")
    section = text[text.index("\n## The GitHub Action\n") :]
    workflow = yaml.safe_load(re.findall(r"```yaml\n(.*?)```", section, re.S)[0])
    step = next(s for s in workflow["jobs"]["journeys"]["steps"] if s.get("uses", "").startswith("journeymd/"))
    assert set(step["with"]) <= set(ACTION["inputs"]) and step["with"]
    assert workflow["permissions"]["pull-requests"] == "write"  # the comment
