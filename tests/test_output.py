"""Outputs that cannot be written: a clear message, exit 1, the old output intact, nothing left behind.

A full disk and a read-only folder are simulated at the operating-system call (tests often run as
root, which ignores permission bits); a file in the way of a folder is real.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from journeymd.cli import main

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = ROOT / "examples" / "minimal.journey.yaml"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _fail_temporary_files(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """Make creating a temporary output file fail the way the operating system does."""
    real_open = os.open

    def refusing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(".tmp"):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)


class _FullDisk:
    """A file whose writes fail with ENOSPC, as on a full disk."""

    def __init__(self, handle: int) -> None:
        os.close(handle)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_keeps_the_old_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "map.svg"
    old.write_text("old map")
    monkeypatch.setattr(os, "fdopen", lambda handle, *args, **kwargs: _FullDisk(handle))
    result = CliRunner().invoke(main, ["render", str(MINIMAL), "-o", str(old)])
    assert result.exit_code == 1, result.output
    assert f"cannot write {old}: no space left on device" in result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    assert old.read_text() == "old map"
    assert _leftovers(tmp_path) == []


def test_a_read_only_folder_gets_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "map.html"
    old.write_text("old page")
    _fail_temporary_files(monkeypatch, errno.EACCES)
    result = CliRunner().invoke(main, ["render", str(MINIMAL), "-o", str(old)])
    assert result.exit_code == 1, result.output
    assert f"cannot write {old}: permission denied" in result.output
    assert old.read_text() == "old page"


@pytest.mark.parametrize(
    "command",
    [
        ["init", "{target}"],
        ["import", "mermaid", "{mermaid}", "-o", "{target}"],
        ["diff", "{journey}", "{journey}", "--render", "{target}"],
    ],
    ids=["init", "import", "diff"],
)
def test_every_command_that_writes_reports_it_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    mermaid = tmp_path / "flow.mmd"
    mermaid.write_text("journey\n  title Shop\n  section Buy\n    Pays: 3: Me\n", "utf-8")
    target = tmp_path / "out" / ("map.svg" if command[0] == "diff" else "shop.journey.yaml")
    args = [a.format(target=target, mermaid=mermaid, journey=MINIMAL) for a in command]
    _fail_temporary_files(monkeypatch, errno.EROFS)
    result = CliRunner().invoke(main, args)
    assert f"cannot write {target}: read-only file system" in result.output, result.output
    assert result.exit_code == 1
    assert "internal error" not in result.output and not target.exists()


def test_a_file_in_the_way_of_the_output_folder_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "maps"
    blocker.write_text("not a folder")
    target = blocker / "nested" / "map.svg"
    result = CliRunner().invoke(main, ["render", str(MINIMAL), "-o", str(target)])
    assert result.exit_code == 1
    assert f"cannot write {target}: {blocker} is a file, not a folder" in result.output
    assert blocker.read_text() == "not a folder"


def test_a_batch_renders_what_it_can_and_names_what_it_cannot(tmp_path: Path) -> None:
    folder = tmp_path / "journeys"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.journey.yaml").write_text(MINIMAL.read_text("utf-8"), "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "b.svg").mkdir()  # a folder where b's map should go
    result = CliRunner().invoke(main, ["render", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert (out / "a.svg").read_bytes().startswith(b"<svg")
    assert f"cannot write {out / 'b.svg'}: it is a folder" in result.output
    assert _leftovers(out) == []


def test_diff_render_writes_only_formats_it_knows_and_never_over_a_journey(tmp_path: Path) -> None:
    old, new = tmp_path / "old.journey.yaml", tmp_path / "new.journey.yaml"
    old.write_text("journeymd: 1\nphases: [{name: P, steps: [{name: A, emotion: -2}]}]\n")
    new.write_text("journeymd: 1\nphases: [{name: P, steps: [{name: A, emotion: 1}, {name: B}]}]\n")
    runner = CliRunner()
    for target in (tmp_path / "changes.pdf", tmp_path / "changes.md", new):
        result = runner.invoke(main, ["diff", str(old), str(new), "--render", str(target)])
        assert result.exit_code == 2, result.output
    assert not (tmp_path / "changes.pdf").exists() and new.read_text().startswith("journeymd: 1")
    # The report shows the change too: the old curve behind the new one, the new step outlined.
    result = runner.invoke(main, ["diff", str(old), str(new), "--render", str(tmp_path / "changes.html")])
    assert result.exit_code == 1
    html = (tmp_path / "changes.html").read_text("utf-8")
    assert "jm-ghost" in html and "jm-card-new" in html


@pytest.mark.slow  # rasterises
def test_a_png_too_large_to_draw_is_refused_with_what_to_do_instead(tmp_path: Path) -> None:
    from journeygen import make_yaml

    source = tmp_path / "big.journey.yaml"
    source.write_text(make_yaml(200), "utf-8")
    out = tmp_path / "big.png"
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(out), "--scale", "8"])
    assert result.exit_code == 1
    assert "pixels; journeymd draws at most 250 million: use a lower --scale, or SVG" in result.output
    assert not out.exists()


def test_render_refuses_outputs_that_would_overwrite_a_journey_or_each_other(tmp_path: Path) -> None:
    for team in ("team-a", "team-b"):
        (tmp_path / team).mkdir()
        (tmp_path / team / "onboarding.journey.yaml").write_bytes(MINIMAL.read_bytes())
    plan = tmp_path / "plan.md"
    plan.write_bytes(MINIMAL.read_bytes())
    runner = CliRunner()
    both = [str(tmp_path / t / "onboarding.journey.yaml") for t in ("team-a", "team-b")]
    result = runner.invoke(main, ["render", *both, "-o", str(tmp_path / "site")])
    assert result.exit_code == 2 and "would both be written to" in result.output
    result = runner.invoke(main, ["render", str(plan), "-o", str(plan)])
    assert result.exit_code == 2 and "is a journey being rendered" in result.output
    assert plan.read_bytes() == MINIMAL.read_bytes() and not (tmp_path / "site").exists()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--scale", "nan"], "'nan' is not a number"),
        (["-f", ","], "name a format"),
        (["-o", "map.png", "-f", "svg"], "names a PNG file, but -f asks for svg"),
        (["-o", "map.txt"], "cannot tell the format from 'map.txt': end the file name in .svg, .html"),
        ([str(ROOT / "examples" / "shoes.journey.yaml"), "-o", "one.svg"], "names one file; for 2 journeys"),
        (["-", "-o", "out"], "'-' (standard input) must be the only journey"),
        (["--scale", "2", "-o", "map.svg"], "--scale zooms PNG output"),
        (["--view", "blueprint", "-f", "mermaid"], "--view blueprint draws svg, png or pdf"),
    ],
)
def test_render_options_that_cannot_mean_anything_are_usage_errors(
    tmp_path: Path, options: list[str], message: str
) -> None:
    result = CliRunner().invoke(main, ["render", str(MINIMAL), *options])
    assert result.exit_code == 2 and message in result.output


def test_format_names_take_the_suffixes_people_type_and_each_format_once(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["render", str(MINIMAL), "-o", str(out), "-f", "md,mmd,markdown,svg,svg"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["minimal.md", "minimal.mmd", "minimal.svg"]
    assert result.output.count("wrote") == 3


def test_a_png_names_the_characters_its_font_cannot_draw(tmp_path: Path) -> None:
    source = tmp_path / "cjk.journey.yaml"
    source.write_text("journeymd: 1\nphases: [{name: 旅, steps: [{name: 検索する}, {name: Café ✓}]}]\n", "utf-8")
    result = CliRunner().invoke(main, ["render", str(source), "-o", str(tmp_path / "cjk.png")])
    assert result.exit_code == 0 and (tmp_path / "cjk.png").is_file()
    assert "note: 5 characters in this map (す る 旅 検 索) are not in DejaVu Sans" in result.output
    result = CliRunner().invoke(main, ["render", str(MINIMAL), "-o", str(tmp_path / "latin.png")])
    assert "note:" not in result.output


def test_each_command_reads_its_own_standard_input() -> None:
    runner = CliRunner()
    first = MINIMAL.read_text("utf-8")
    second = first.replace("Ordering a pizza", "Ordering sushi")
    assert "Ordering a pizza" in runner.invoke(main, ["render", "-", "-o", "-"], input=first).output
    assert "Ordering sushi" in runner.invoke(main, ["render", "-", "-o", "-"], input=second).output


def test_file_names_with_terminal_escapes_or_a_right_to_left_override_print_escaped(tmp_path: Path) -> None:
    # A name that sets the terminal's title, and one that shows 'b' + 'gpj.svg' reversed, as 'bgvs.jpg'.
    titled, reversed_ = "a\x1b]0;pwned\x07", "b\u202egpj"
    folder = tmp_path / "journeys"
    folder.mkdir()
    for stem in (titled, reversed_):
        (folder / f"{stem}.journey.yaml").write_text(MINIMAL.read_text("utf-8"), "utf-8")
    (folder / f"{titled}x.journey.yaml").write_text("journeymd: 1\nphases: []\n", "utf-8")
    one = str(folder / f"{titled}.journey.yaml")
    runs = [
        CliRunner().invoke(main, ["render", str(folder), "-o", str(tmp_path / "out")]),  # wrote, failed, problems
        CliRunner().invoke(main, ["render", str(folder), "-o", str(tmp_path / "new"), "--check"]),  # missing
        CliRunner().invoke(main, ["render", one, "-o", f"{tmp_path}/{reversed_}.svg"]),
        CliRunner().invoke(main, ["validate", str(folder / f"{reversed_}.yaml")]),  # a usage error
    ]
    for result in runs:
        assert result.exit_code in (0, 1, 2) and "Traceback" not in result.output, result.output
        assert "\x1b" not in result.output and "\x07" not in result.output and "\u202e" not in result.output
    assert f"wrote {tmp_path / 'out' / 'a'}\\x1b]0;pwned\\x07.svg" in runs[0].output
    assert f"{folder / 'a'}\\x1b]0;pwned\\x07x.journey.yaml:2:9:" in runs[0].output
    assert f"missing: {tmp_path / 'new' / 'b'}\\u202egpj.svg" in runs[1].output
    assert f"wrote {tmp_path}/b\\u202egpj.svg" in runs[2].output
    assert "b\\u202egpj.yaml' does not exist" in runs[3].output
