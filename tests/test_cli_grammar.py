"""One CLI grammar: -f/--to is what a command writes, --format how it reports; the same exit codes
for every command (0 done, 1 a problem in the input, 2 a usage error), as the README's table says."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeymd.cli import main

ROOT = Path(__file__).resolve().parent.parent
BROKEN = "journeymd: 1\ntitle: T\nphases: [{name: A, steps: [{name: B, emotion: 9}]}]\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", tmp_path / "good.journey.yaml")
    (tmp_path / "bad.journey.yaml").write_text(BROKEN)
    (tmp_path / "good.mmd").write_text("journey\n  title Shoes\n  section Find\n    Searches: 3: Me\n")
    (tmp_path / "bad.mmd").write_text("graph TD\n  A-->B\n")
    (tmp_path / "bad-theme.yaml").write_text("name: b\nextends: default\ncolors: {title: 12}\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_render_writes_with_to_and_reports_with_format(folder: Path) -> None:
    assert _run("render", "good.journey.yaml", "--to", "svg,html", "-o", "maps")[0] == 0
    assert (folder / "maps" / "good.svg").is_file() and (folder / "maps" / "good.html").is_file()
    code, _, err = _run("render", "bad.journey.yaml", "--format", "json", "-o", "bad.svg")
    assert code == 1 and '"line": 3' in err and '"code": "scale"' in err, err
    assert not (folder / "bad.svg").exists()


def test_render_reports_problems_in_json_and_gitlab_as_validate_does(folder: Path) -> None:
    for fmt in ("json", "gitlab"):
        code, _, err = _run("render", "bad.journey.yaml", "--format", fmt, "-o", "-")
        assert code == 1
        said = json.loads(err)
        assert said[0]["line" if fmt == "json" else "location"]


def test_render_keeps_the_old_spellings(folder: Path) -> None:
    assert _run("render", "good.journey.yaml", "--format", "svg", "-o", "old.svg")[0] == 0
    assert (folder / "old.svg").read_text().startswith("<svg")
    code, _, err = _run("render", "bad.journey.yaml", "--format-errors", "json", "-o", "-")
    assert code == 1 and json.loads(err)[0]["line"] == 3


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--format", "bogus"), "'bogus' is not one of text, json, github, gitlab (output formats go to -f/--to)"),
        (("--to", "svg", "--format", "png"), "give output formats once, with -f/--to, not also --format png"),
        (("--to", "bogus"), "Invalid value for -f/--to: 'bogus' is not one of svg"),
        (("--format", "json", "--format-errors", "text"), "--format json and --format-errors text disagree"),
    ],
)
def test_render_says_which_word_means_what(folder: Path, args: tuple[str, ...], said: str) -> None:
    code, _, err = _run("render", "good.journey.yaml", *args)
    assert code == 2 and said in err, err


def test_help_shows_one_meaning_per_word() -> None:
    render_help = _run("render", "--help")[1]
    assert "-f, --to FORMAT[,FORMAT]" in render_help and "--format [text|json|github|gitlab]" in render_help
    assert "--format-errors" not in render_help
    watch_help = _run("watch", "--help")[1]
    assert "-f, --to FORMAT[,FORMAT]" in watch_help and "--format" not in watch_help
    for command in ("validate", "lint", "stats", "diff"):
        assert "--format [text|json" in _run(command, "--help")[1], command


# Each command: a run that is fine, one with a problem in its input, one used wrongly.
EXIT_CODES = {
    "validate": [("good.journey.yaml",), ("bad.journey.yaml",), ("missing.journey.yaml",)],
    "lint": [("good.journey.yaml",), ("bad.journey.yaml",), ("--select", "no-such-rule", "good.journey.yaml")],
    "render": [("good.journey.yaml", "-o", "out.svg"), ("bad.journey.yaml", "-o", "out.svg"),
               ("good.journey.yaml", "-o", "out.xyz")],
    "stats": [("good.journey.yaml",), ("bad.journey.yaml",), ("missing.journey.yaml",)],
    "diff": [("good.journey.yaml", "good.journey.yaml"), ("good.journey.yaml", "bad.journey.yaml"),
             ("good.journey.yaml",)],
    "import mermaid": [("good.mmd", "-o", "-"), ("bad.mmd", "-o", "-"), ("-",)],
    "fix": [("good.journey.yaml", "--dry-run"), ("bad.journey.yaml", "--dry-run"), ("missing.journey.yaml",)],
    "init": [("new.journey.yaml",), ("good.journey.yaml",), ("new.journey.yaml", "--template", "no-such")],
    "theme show": [("dark",), ("bad-theme.yaml",), ("no-such-theme",)],
    "schema": [(), None, ("extra",)],
    "watch": [None, None, ("missing.journey.yaml",)],
}  # fmt: skip


@pytest.mark.parametrize("command", EXIT_CODES)
def test_every_command_exits_0_when_done_1_on_a_problem_and_2_when_used_wrongly(folder: Path, command: str) -> None:
    for expected, args in enumerate(EXIT_CODES[command]):
        if args is not None:
            code, _, err = _run(*command.split(), *args)
            assert code == expected, (command, args, err)
            assert "Traceback" not in err


def test_stats_takes_several_files_and_folders_like_the_other_commands(folder: Path) -> None:
    (folder / "more").mkdir()
    shutil.copy(ROOT / "examples" / "shoes.journey.yaml", folder / "more" / "shoes.journey.yaml")
    code, out, _ = _run("stats", "more", "good.journey.yaml")
    assert code == 0
    assert out.startswith("== more/shoes.journey.yaml ==\nBuying running shoes online: ")
    assert "\n\n== good.journey.yaml ==\nOrdering a pizza: " in out
    code, out, _ = _run("stats", "more", "good.journey.yaml", "--format", "json")
    figures = json.loads(out)["journeys"]  # beside the summary across them (tests/test_stats_summary.py)
    assert [(f["path"], f["title"]) for f in figures] == [
        ("more/shoes.journey.yaml", "Buying running shoes online"),
        ("good.journey.yaml", "Ordering a pizza"),
    ]
    # Every problem in every file, and no figures.
    (folder / "worse.journey.yaml").write_text(BROKEN.replace("title:", "titel:"))
    code, out, err = _run("stats", "bad.journey.yaml", "good.journey.yaml", "worse.journey.yaml")
    assert code == 1 and out == ""
    assert "bad.journey.yaml:3:47: " in err and "worse.journey.yaml:2:1: unknown key 'titel'" in err


def test_stats_speaks_the_journeys_locale(folder: Path) -> None:
    shutil.copy(ROOT / "examples" / "webshop-nl.journey.yaml", folder / "winkel.journey.yaml")
    code, out, _ = _run("stats", "winkel.journey.yaml")
    assert code == 0
    assert out.startswith("Theewinkel De Ketel — klantreis van een nieuwe klant: 14 stappen in 6 fasen\n\nFasen\n")
    assert "  Aankoop: 3 stappen, 10 minuten; 1 knelpunt, 4 kansen, 1 afhaakmoment\n" in out
    assert "\nTrechter\n  1. Ziet een vlog over groene thee: 20.000 (100%); gemeten 85% afgehaakt na\n" in out
    assert "  2. Klikt op een Instagram-advertentie: 3.000 (15%); gemeten 26,7% afgehaakt na\n" in out
    assert "Persona's" in out and "dieptepunt" in out
    for english in ("steps", "Funnel", "lost after", "lowest"):
        assert english not in out
    # An English journey keeps English, and its thousands with a comma.
    code, out, _ = _run("stats", str(ROOT / "examples" / "shoes.journey.yaml"))
    assert "  1. Wants to buy shoes: 10,000 (100%); measured 76% lost after\n" in out


def test_diff_speaks_the_journeys_locale(folder: Path) -> None:
    before = (ROOT / "examples" / "webshop-nl.journey.yaml").read_text("utf-8")
    (folder / "oud.journey.yaml").write_text(before, "utf-8")
    after = before.replace("Rekent af", "Betaalt").replace("reached: 20000", "reached: 100000")
    (folder / "nieuw.journey.yaml").write_text(after, "utf-8")
    code, out, _ = _run("diff", "oud.journey.yaml", "nieuw.journey.yaml")
    assert code == 1
    assert out == (
        "~ stap betaalt: hernoemd 'Rekent af' → 'Betaalt'\n"
        "~ stap ziet-een-vlog-over-groene-thee: reached 20.000 → 100.000\n"
    )
    code, out, _ = _run("diff", "oud.journey.yaml", "nieuw.journey.yaml", "--format", "markdown")
    said = ": 0 stappen toegevoegd · 0 verwijderd · 2 gewijzigd · emotie 0 omhoog, 0 omlaag · 0 nieuwe knelpunten\n"
    assert said in out, out
    assert "<summary>Wijzigingen</summary>" in out and "| Stap | Wijziging |" in out
    assert _run("diff", "oud.journey.yaml", "oud.journey.yaml")[1] == "geen verschillen\n"
    # An English journey keeps English.
    shoes = ROOT / "examples" / "shoes.journey.yaml"
    assert _run("diff", str(shoes), str(shoes))[1] == "no differences\n"
