"""The command as a separate process, the way a shell or CI runs it: exit codes and complete output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHOES = ROOT / "examples" / "shoes.journey.yaml"


def _journeymd(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journeymd", *args], capture_output=True, text=True, cwd=cwd, input=stdin
    )


def test_a_render_exits_0_and_writes_the_map(tmp_path: Path) -> None:
    result = _journeymd("render", str(SHOES), "--page", "docs", "-o", "map.svg", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "map.svg").read_bytes() == (ROOT / "docs" / "shoes.svg").read_bytes()


def test_long_output_arrives_whole_through_a_pipe(tmp_path: Path) -> None:
    result = _journeymd("schema", cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout)["title"]


def test_a_bad_file_exits_1_with_its_position(tmp_path: Path) -> None:
    bad = tmp_path / "bad.journey.yaml"
    bad.write_text("journeymd: 1\nphases:\n  - name: Buy\n    stpes: []\n", "utf-8")
    result = _journeymd("render", str(bad), "-o", "map.svg", cwd=tmp_path)
    assert result.returncode == 1
    assert f"{bad}:4:5:" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "map.svg").exists()


@pytest.mark.slow  # several processes
def test_a_journey_on_standard_input_is_checked_and_rendered_like_a_file(tmp_path: Path) -> None:
    """`-` reads the journey from standard input, as in `git show HEAD:map.journey.yaml | journeymd ...`."""
    shoes = SHOES.read_text("utf-8")
    result = _journeymd("render", "-", "-o", "out", "-f", "svg,markdown", "--page", "docs", cwd=tmp_path, stdin=shoes)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "stdin.svg").read_bytes() == (ROOT / "docs" / "shoes.svg").read_bytes()
    assert "\n# Buying running shoes online\n" in (tmp_path / "out" / "stdin.md").read_text("utf-8")
    assert _journeymd("lint", "-", cwd=tmp_path, stdin=shoes).returncode == 0
    assert "16 steps" in _journeymd("stats", "-", cwd=tmp_path, stdin=shoes).stdout
    bad = shoes.replace("emotion:", "emotoin:", 1)
    result = _journeymd("validate", "-", "--format", "json", cwd=tmp_path, stdin=bad)
    assert result.returncode == 1
    [problem] = json.loads(result.stdout)
    assert problem["path"] == "<stdin>" and "did you mean 'emotion'" in problem["message"]
    result = _journeymd("render", "-", cwd=tmp_path, stdin=shoes)
    assert result.returncode == 2 and "needs -o FILE" in result.stderr


def test_a_usage_error_exits_2(tmp_path: Path) -> None:
    result = _journeymd("render", "--no-such-option", cwd=tmp_path)
    assert result.returncode == 2
    assert "No such option" in result.stderr


def test_importing_the_package_gives_every_public_name_without_jinja2(tmp_path: Path) -> None:
    """`import journeymd` gives the API (``Journey``, ``load``…); Jinja2, which only printing a map
    needs, and jsonschema, which only the slow schema check needs, wait for first use."""
    code = (
        "import sys, journeymd\n"
        "print(sorted(m for m in ('jinja2', 'jsonschema') if m in sys.modules))\n"
        "from journeymd import Journey, load, loads, problems\n"
        "print(Journey.__name__, sorted(set(journeymd.__all__) - set(dir(journeymd))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["[]", "Journey []"]


def test_a_huge_file_is_refused_without_being_read_into_memory(tmp_path: Path) -> None:
    import resource

    huge = tmp_path / "huge.journey.yaml"
    with huge.open("wb") as file:
        file.truncate(2 * 1024**3)  # sparse: 2 GB that take no disk

    def small_address_space() -> None:  # reading the whole file would need 2 GB
        resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))

    result = subprocess.run(
        [sys.executable, "-m", "journeymd", "validate", str(huge)],
        capture_output=True,
        text=True,
        preexec_fn=small_address_space,
    )
    assert result.returncode == 1
    assert f"{huge}:1:1: file is larger than 10,485,760 bytes" in result.stdout


@pytest.mark.slow  # several processes
def test_problems_go_to_standard_error_when_standard_output_carries_the_map(tmp_path: Path) -> None:
    bad = tmp_path / "bad.journey.yaml"
    bad.write_text("journeymd: 1\nphases:\n  - name: Buy\n    stpes: []\n", "utf-8")
    for command in (("render", str(bad), "-o", "-"), ("stats", str(bad), "--format", "json")):
        result = _journeymd(*command, cwd=tmp_path)
        assert result.returncode == 1 and result.stdout == ""
        assert f"{bad}:4:5: unknown key 'stpes'" in result.stderr
    result = _journeymd("validate", str(bad), cwd=tmp_path)  # there the problems are the output
    assert f"{bad}:4:5:" in result.stdout
