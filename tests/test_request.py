"""One set of render rules: what `journeymd render` refuses, the Python API refuses with the same
words (RenderRequest, journeymd.render.render, batch.plan), and what it renders, the API renders
to the same bytes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import journeymd
from journeymd.cli import main

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = ROOT / "examples" / "minimal.journey.yaml"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for team in ("team-a", "team-b"):
        (tmp_path / team).mkdir()
        shutil.copy(MINIMAL, tmp_path / team / "pizza.journey.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["render", *args])
    return result.exit_code, result.stderr


def _refused(request: journeymd.RenderRequest) -> journeymd.RequestError:
    with pytest.raises(journeymd.RequestError) as refused:
        request.jobs()
    return refused.value


# Each case: the command's arguments, and the same render asked of the API.
CASES = {
    "two journeys, one file": (
        ["team-a/pizza.journey.yaml", "team-b/pizza.journey.yaml", "-o", "maps"],
        journeymd.RenderRequest(("team-a/pizza.journey.yaml", "team-b/pizza.journey.yaml"), output="maps"),
    ),
    "a view the format cannot draw": (
        ["team-a/pizza.journey.yaml", "--view", "flow", "-o", "pizza.html"],
        journeymd.RenderRequest("team-a/pizza.journey.yaml", output="pizza.html", view="flow"),
    ),
    "a blueprint as html": (
        ["team-a/pizza.journey.yaml", "--view", "blueprint", "-f", "svg,html", "-o", "maps"],
        journeymd.RenderRequest("team-a/pizza.journey.yaml", output="maps", formats="svg,html", view="blueprint"),
    ),
    "a page that is none": (
        ["team-a/pizza.journey.yaml", "--page", "b5"],
        journeymd.RenderRequest("team-a/pizza.journey.yaml", page="b5"),
    ),
    "a page for a report": (
        ["team-a/pizza.journey.yaml", "--page", "a3", "-o", "pizza.html"],
        journeymd.RenderRequest("team-a/pizza.journey.yaml", output="pizza.html", page="a3"),
    ),
    "a suffix that is no format": (
        ["team-a/pizza.journey.yaml", "-o", "pizza.txt"],
        journeymd.RenderRequest("team-a/pizza.journey.yaml", output="pizza.txt"),
    ),
    "a suffix and -f that disagree": (
        ["team-a/pizza.journey.yaml", "-o", "pizza.png", "-f", "svg"],
        journeymd.RenderRequest("team-a/pizza.journey.yaml", output="pizza.png", formats=["svg"]),
    ),
    "a format that is none": (
        ["team-a/pizza.journey.yaml", "-f", "svg,jpeg", "-o", "maps"],
        journeymd.RenderRequest("team-a/pizza.journey.yaml", output="maps", formats="svg,jpeg"),
    ),
    "a zoom with no png": (
        ["team-a/pizza.journey.yaml", "--scale", "2"],
        journeymd.RenderRequest("team-a/pizza.journey.yaml", scale=2),
    ),
    "a theme that is none": (
        ["team-a/pizza.journey.yaml", "--theme", "darkk"],
        journeymd.RenderRequest("team-a/pizza.journey.yaml", theme="darkk"),
    ),
    "a map written over its journey": (
        ["team-a/pizza.journey.yaml", "-f", "markdown", "-o", "team-a/pizza.journey.yaml"],
        journeymd.RenderRequest("team-a/pizza.journey.yaml", output="team-a/pizza.journey.yaml", formats="markdown"),
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_the_api_refuses_what_the_command_refuses_in_the_same_words(folder: Path, case: str) -> None:
    args, request = CASES[case]
    code, said = _cli(*args)
    refused = _refused(request)
    assert code == 2, said
    assert str(refused) in said, (str(refused), said)
    if refused.option:  # the command names the option the message is about
        assert f"Invalid value for '{refused.option}'" in said or f"Invalid value for {refused.option}" in said, said
    assert not any(folder.rglob("*.svg")) and not any(folder.rglob("*.html")) and not (folder / "maps").exists()


def test_the_refusals_say_what_is_wrong(folder: Path) -> None:
    said = {case: str(_refused(request)) for case, (_, request) in CASES.items()}
    assert said["two journeys, one file"] == (
        "team-a/pizza.journey.yaml and team-b/pizza.journey.yaml would both be written to maps/pizza.svg; "
        "render them to different folders"
    )
    assert said["a view the format cannot draw"] == "--view flow writes svg, png, pdf or dot"
    assert said["a page that is none"].startswith("unknown page size 'b5'; use one of docs, phone, slide, a4")
    assert said["a suffix and -f that disagree"] == "-o pizza.png names a PNG file, but -f asks for svg"
    assert said["a theme that is none"].endswith("nor a theme file (did you mean 'dark'?)")


def test_a_request_renders_the_bytes_the_command_writes(folder: Path) -> None:
    assert _cli("team-a/pizza.journey.yaml", "--page", "a3", "-o", "cli.svg")[0] == 0
    (outcome,) = journeymd.RenderRequest(("team-a/pizza.journey.yaml",), output="api.svg", page="a3").run()
    assert outcome.status == "rendered" and outcome.job.theme == "print"  # paper: the print theme
    assert (folder / "api.svg").read_bytes() == (folder / "cli.svg").read_bytes()


def test_a_request_of_a_folder_mirrors_it_and_skips_what_is_fresh(folder: Path) -> None:
    request = journeymd.RenderRequest(str(folder), output="site", formats=("svg", "md"))
    assert {o.status for o in request.run()} == {"rendered"}
    written = sorted(p.relative_to(folder / "site").as_posix() for p in (folder / "site").rglob("pizza.*"))
    assert written == ["team-a/pizza.md", "team-a/pizza.svg", "team-b/pizza.md", "team-b/pizza.svg"]
    assert {o.status for o in request.run()} == {"fresh"}


def test_a_request_follows_the_project_settings_as_the_command_does(folder: Path) -> None:
    (folder / ".journeymd.yaml").write_text("render:\n  input: team-a\n  output: docs/maps\n  formats: svg,html\n")
    jobs = journeymd.RenderRequest("team-a/pizza.journey.yaml").jobs()
    assert [job.target.as_posix() for job in jobs] == ["docs/maps/pizza.svg", "docs/maps/pizza.html"]
    assert _cli("team-a/pizza.journey.yaml")[0] == 0
    assert sorted(p.name for p in (folder / "docs" / "maps").iterdir()) == ["pizza.html", "pizza.svg"]
    (folder / ".journeymd.yaml").write_text("render:\n  page: b5\n")
    code, said = _cli("team-a/pizza.journey.yaml")
    assert code == 2 and str(_refused(journeymd.RenderRequest("team-a/pizza.journey.yaml"))) in said


def test_a_theme_file_with_problems_stops_the_request_before_anything_is_written(folder: Path) -> None:
    (folder / "brand.yaml").write_text("name: b\nextends: default\ncolors: {title: 12}\n")
    with pytest.raises(journeymd.JourneyError) as error:
        journeymd.RenderRequest("team-a/pizza.journey.yaml", theme="brand.yaml").jobs()
    code, said = _cli("team-a/pizza.journey.yaml", "--theme", "brand.yaml")
    assert code == 1 and str(error.value.problems[0]) in said
    assert not any(folder.rglob("*.svg"))


def test_render_refuses_a_view_its_format_cannot_draw_as_the_command_does(folder: Path) -> None:
    from journeymd.page import parse_page
    from journeymd.render import render

    journey = journeymd.load("team-a/pizza.journey.yaml")
    with pytest.raises(journeymd.RequestError, match=r"^--view blueprint draws svg, png or pdf \(the html report"):
        render(journey, "html", view="blueprint")
    with pytest.raises(journeymd.RequestError, match="the flow chart has its own shape"):
        render(journey, "svg", view="flow", page=parse_page("a3"))
    assert render(journey, "dot", view="flow").startswith(b"digraph")


def test_batch_plan_refuses_as_the_command_does(folder: Path) -> None:
    from journeymd.batch import plan, run

    sources = [Path("team-a/pizza.journey.yaml"), Path("team-b/pizza.journey.yaml")]
    with pytest.raises(journeymd.RequestError, match=r"--view overview draws svg, png or pdf$"):
        plan(sources[:1], None, None, ["markdown"], None, 1.0, view="overview")
    with pytest.raises(journeymd.RequestError, match=r"would both be written to out/pizza\.svg"):
        plan(sources, None, Path("out"), ["svg"], None, 1.0)
    jobs = [job for source in sources for job in plan([source], None, Path("out"), ["svg"], None, 1.0)]
    with pytest.raises(journeymd.RequestError, match="would both be written"):
        run(jobs)
    assert not (folder / "out").exists()


def test_the_types_name_what_the_command_offers() -> None:
    from journeymd.cli import render
    from journeymd.types import FORMATS, VIEWS

    options = {param.name: param for param in render.params}
    assert tuple(getattr(options["view"].type, "choices", ())) == VIEWS
    assert f"Output formats, comma-separated: {', '.join(FORMATS)}." in (options["formats"].help or "")


def test_a_docs_page_is_told_of_a_theme_that_is_none_as_the_command_is(folder: Path) -> None:
    from html import unescape

    from journeymd.markdown import render_block

    box = render_block(MINIMAL.read_text(), theme="darkk")
    said = str(_refused(journeymd.RenderRequest("team-a/pizza.journey.yaml", theme="darkk")))
    assert "this block cannot be shown" in box and f"theme=darkk: {said}" in unescape(box)
    assert "<svg" not in box


def test_the_readme_python_api_examples_run_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    import re

    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Python API", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    assert len(blocks) >= 2
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "rendered site/maps/shoes.svg" in printed and "rendered site/maps/shoes.html" in printed
    assert "--view flow writes svg, png, pdf or dot" in printed
    assert (tmp_path / "site" / "maps" / "webshop-nl.svg").is_file() and not (tmp_path / "shoes.html").exists()


def test_a_link_out_of_a_folder_is_skipped_with_a_warning_by_the_api_and_the_command(folder: Path) -> None:
    secret = folder.parent / f"{folder.name}-outside.journey.yaml"
    shutil.copy(MINIMAL, secret)
    (folder / "team-a" / "leak.journey.yaml").symlink_to(secret)
    with pytest.warns(UserWarning, match=r"skipped team-a/leak\.journey\.yaml: a link to a file outside team-a"):
        jobs = journeymd.RenderRequest("team-a", output="site").jobs()
    assert [job.source.name for job in jobs] == ["pizza.journey.yaml"]
    code, said = _cli("team-a", "-o", "site")
    assert code == 0 and "journeymd: warning: skipped team-a/leak.journey.yaml: a link to a file outside team-a" in said
    assert sorted(p.name for p in (folder / "site").glob("*.svg")) == ["pizza.svg"]


def test_a_journey_with_problems_fails_alone_and_nothing_is_written_for_it(folder: Path) -> None:
    broken = "journeymd: 1\nphases: [{name: A, steps: [{name: B, emotion: 9}]}]\n"
    (folder / "team-b" / "broken.journey.yaml").write_text(broken)
    outcomes = journeymd.RenderRequest("team-b", output="site").run()
    assert [(o.job.source.name, o.status) for o in outcomes] == [("broken.journey.yaml", "failed"),
                                                                 ("pizza.journey.yaml", "rendered")]  # fmt: skip
    (problem,) = outcomes[0].problems
    assert (problem.line, problem.column) == (2, broken.index("9") - broken.index("\n"))  # at the 9
    assert "emotion" in problem.message
    code, said = _cli("team-b", "-o", "site")
    assert code == 1 and str(problem) in said
    assert sorted(p.name for p in (folder / "site").iterdir() if not p.name.startswith(".")) == ["pizza.svg"]


def test_standard_output_is_for_the_command_line(folder: Path) -> None:
    with pytest.raises(journeymd.RequestError, match=r"batch\.render_bytes"):
        journeymd.RenderRequest("team-a/pizza.journey.yaml", output="-", formats="svg").run()
    (job,) = journeymd.RenderRequest("team-a/pizza.journey.yaml", output="-", formats="mmd").jobs()
    from journeymd.batch import render_bytes

    result = CliRunner().invoke(main, ["render", "team-a/pizza.journey.yaml", "-o", "-", "-f", "mmd"])
    assert result.exit_code == 0 and render_bytes(job.source, job.fmt) == result.stdout_bytes


def test_a_folder_of_one_journey_renders_to_the_one_file_named(tmp_path: Path) -> None:
    (tmp_path / "journeys").mkdir()
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", tmp_path / "journeys")
    result = CliRunner().invoke(main, ["render", str(tmp_path / "journeys"), "-o", str(tmp_path / "one.svg")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "one.svg").read_text("utf-8").startswith("<svg")


def test_a_folder_lists_its_journeys_sorted_hidden_ones_too_without_following_links_to_folders(folder: Path) -> None:
    from journeymd.request import journey_files

    (folder / "team-a" / ".drafts").mkdir()
    shutil.copy(MINIMAL, folder / "team-a" / ".drafts" / "draft.journey.yaml")
    (folder / "team-a" / "sub-b").mkdir()
    shutil.copy(MINIMAL, folder / "team-a" / "sub-b" / "b.journey.yml")
    (folder / "team-a" / "sub").symlink_to(folder / "team-b", target_is_directory=True)  # not followed
    (folder / "team-a" / "alias.journey.yaml").symlink_to(folder / "team-a" / "pizza.journey.yaml")  # listed once
    (folder / "team-a" / "gone.journey.yaml").symlink_to(folder / "nowhere.journey.yaml")
    (folder / "team-a" / "folder.journey.yaml").mkdir()
    (folder / "team-a" / "notes.yaml").write_text("not: a journey\n")
    found = [p.as_posix() for p in journey_files(["team-a", "team-a/pizza.journey.yaml", "team-b"])]
    assert found == ["team-a/.drafts/draft.journey.yaml", "team-a/alias.journey.yaml", "team-a/sub-b/b.journey.yml",
                     "team-b/pizza.journey.yaml"]  # fmt: skip


def test_clashing_jobs_are_refused_by_run_inside_a_run_whose_plan_was_checked(folder: Path) -> None:
    from dataclasses import replace

    from journeymd import batch, sources

    with sources.one_run():
        planned = journeymd.RenderRequest("team-a", output="site").jobs()
        clashing = [*planned, replace(planned[0], source=folder / "team-b" / "pizza.journey.yaml")]
        with pytest.raises(journeymd.RequestError, match="would both be written to"):
            batch.run(clashing)
        assert not (folder / "site").exists()
