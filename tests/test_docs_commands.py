"""Every journeymd command in a shell block of the README and docs/ runs as written."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeymd.cli import main

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _commands() -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        for block in re.findall(r"```(?:sh|bash|shell)\n(.*?)```", doc.read_text("utf-8"), re.S):
            for line in block.splitlines():
                command = line.split(" #")[0].strip()
                if command.startswith("journeymd "):
                    found.append((doc.name, command))
    return found


COMMANDS = _commands()


def test_the_docs_have_commands_to_run() -> None:
    assert len(COMMANDS) >= 3


def _files_the_docs_show() -> dict[str, str]:
    """Files whose whole text a doc shows in a YAML block (the README's brand theme), by name."""
    readme = (ROOT / "README.md").read_text("utf-8")
    brand = next(b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if b.startswith("name: brand"))
    return {"brand.yaml": brand}


@pytest.mark.parametrize(
    ("doc", "command"),
    # a PDF or PNG is drawn by a browser or the rasteriser: seconds of CPU
    [pytest.param(*pair, marks=pytest.mark.slow) if pair[1].endswith((".pdf", ".png")) else pair for pair in COMMANDS],
    ids=[c for _, c in COMMANDS],
)
def test_a_documented_command_runs_as_written(doc: str, command: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / ".git").mkdir()  # a repository, as the docs' journeys are in: catalogues are read inside it
    for name, text in _files_the_docs_show().items():
        (tmp_path / name).write_text(text, "utf-8")
    monkeypatch.chdir(tmp_path)
    command, _, redirect = command.partition(" > ")
    result = CliRunner().invoke(main, shlex.split(command)[1:])
    assert result.exit_code == 0, f"{doc}: {command}\n{result.output}"
    if redirect:
        (tmp_path / redirect.strip()).write_text(result.output, "utf-8")
    for word in shlex.split(command) + shlex.split(redirect):
        if word.endswith((".svg", ".pdf", ".png", ".html", ".md")) and not word.startswith("examples/"):
            assert (tmp_path / word).stat().st_size > 0


@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
def test_each_section_heading_of_a_doc_is_there_once(doc: Path) -> None:
    # Two sections of one name split a topic in two and make the second's anchor '-1'.
    text = re.sub(r"```.*?```", "", doc.read_text("utf-8"), flags=re.S)
    headings = re.findall(r"^##? .+$", text, re.M)
    assert sorted({h for h in headings if headings.count(h) > 1}) == []


def test_the_files_the_readme_shows_in_the_shop_example_are_there() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    tree = readme[readme.index("```text\nshop/\n") :].split("```")[1]
    files = re.findall(r"[─ ]\s*([\w.-]+\.ya?ml)\b", tree)
    assert ".pre-commit-config.yaml" in files and "returns.journey.yaml" in files
    found = {p.name for p in (ROOT / "examples" / "shop").rglob("*") if p.is_file()}
    assert sorted(set(files) - found) == []
