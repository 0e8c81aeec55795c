"""Batch rendering of a folder of journeys: mirrored outputs, the cache, --check, failures, --jobs."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeymd.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _tree(tmp_path: Path) -> Path:
    journeys = tmp_path / "journeys"
    (journeys / "team-a").mkdir(parents=True)
    (journeys / "team-b" / "drafts").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "shoes.journey.yaml", journeys / "team-a")
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", journeys / "team-b" / "drafts" / "pizza.journey.yml")
    (journeys / "team-b" / "notes.yaml").write_text("not: a journey\n")
    return journeys


def _render(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["render", *args])
    return result.exit_code, result.output


@pytest.mark.slow  # every format, PNG too
def test_folder_is_mirrored_in_every_format_and_cached(tmp_path: Path) -> None:
    journeys, out = _tree(tmp_path), tmp_path / "site"
    code, output = _render(str(journeys), "-o", str(out), "-f", "svg,html,markdown")
    assert code == 0, output
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == [
        ".journeymd-site.cache", "index.html",  # the index of the HTML maps, and what it knows of each journey
        "team-a/.journeymd-cache.json", "team-a/shoes.html", "team-a/shoes.md", "team-a/shoes.svg",
        "team-b/drafts/.journeymd-cache.json", "team-b/drafts/pizza.html", "team-b/drafts/pizza.md",
        "team-b/drafts/pizza.svg"]  # fmt: skip
    assert "6 rendered, 0 fresh, 0 failed" in output
    before = (out / "team-a" / "shoes.svg").stat().st_mtime_ns
    code, output = _render(str(journeys), "-o", str(out), "-f", "svg,html,markdown")
    assert code == 0 and "0 rendered, 6 fresh, 0 failed" in output
    assert (out / "team-a" / "shoes.svg").stat().st_mtime_ns == before  # not rewritten
    code, output = _render(str(journeys), "-o", str(out), "-f", "svg,html,markdown", "--force")
    assert "6 rendered" in output


def test_a_changed_theme_or_option_is_not_fresh(tmp_path: Path) -> None:
    journeys, out = _tree(tmp_path), tmp_path / "site"
    _render(str(journeys), "-o", str(out))
    code, output = _render(str(journeys), "-o", str(out), "--theme", "dark")
    assert code == 0 and "2 rendered, 0 fresh" in output
    cache = json.loads((out / "team-a" / ".journeymd-cache.json").read_text())
    assert set(cache) == {"shoes.svg"} and len(cache["shoes.svg"]["key"]) == 64


def test_check_writes_nothing_and_lists_missing_and_stale(tmp_path: Path) -> None:
    journeys, out = _tree(tmp_path), tmp_path / "site"
    code, output = _render(str(journeys), "-o", str(out), "--check")
    assert code == 1 and not out.exists()
    assert f"missing: {out / 'team-a' / 'shoes.svg'}" in output
    _render(str(journeys), "-o", str(out))
    code, output = _render(str(journeys), "-o", str(out), "--check")
    assert code == 0, output
    shoes = journeys / "team-a" / "shoes.journey.yaml"
    shoes.write_text(shoes.read_text().replace("Buying running shoes online", "Buying trail shoes"))
    code, output = _render(str(journeys), "-o", str(out), "--check")
    assert code == 1 and f"stale: {out / 'team-a' / 'shoes.svg'} (from {shoes})" in output
    assert "Buying running shoes online" in (out / "team-a" / "shoes.svg").read_text()  # untouched


def test_one_bad_file_fails_alone_and_leaves_old_outputs(tmp_path: Path) -> None:
    journeys, out = _tree(tmp_path), tmp_path / "site"
    _render(str(journeys), "-o", str(out))
    pizza = journeys / "team-b" / "drafts" / "pizza.journey.yml"
    old = (out / "team-b" / "drafts" / "pizza.svg").read_bytes()
    pizza.write_text(pizza.read_text().replace("emotion: 2", "emotion: 7"))
    shoes = journeys / "team-a" / "shoes.journey.yaml"
    shoes.write_text(shoes.read_text().replace("Buying running shoes online", "Buying trail shoes"))
    code, output = _render(str(journeys), "-o", str(out))
    assert code == 1
    assert f"{pizza}:10:45: 'emotion' must be a whole number from -2 to 2, not 7" in output
    assert "1 rendered, 0 fresh, 1 failed" in output
    assert (out / "team-b" / "drafts" / "pizza.svg").read_bytes() == old
    assert "Buying trail shoes" in (out / "team-a" / "shoes.svg").read_text()
    assert not list(out.rglob("*.tmp"))


@pytest.mark.slow  # worker processes
def test_parallel_jobs_give_the_same_bytes(tmp_path: Path) -> None:
    journeys = _tree(tmp_path)
    _render(str(journeys), "-o", str(tmp_path / "one"), "-f", "svg,html")
    code, output = _render(str(journeys), "-o", str(tmp_path / "two"), "-f", "svg,html", "--jobs", "2")
    assert code == 0, output
    for first in (tmp_path / "one").rglob("*.svg"):
        assert first.read_bytes() == (tmp_path / "two" / first.relative_to(tmp_path / "one")).read_bytes()


def test_single_file_render_leaves_no_cache_and_quiet_prints_nothing(tmp_path: Path) -> None:
    source = tmp_path / "shoes.journey.yaml"
    shutil.copy(ROOT / "examples" / "shoes.journey.yaml", source)
    code, output = _render(str(source), "-q")
    assert code == 0 and output == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shoes.journey.yaml", "shoes.svg"]


def test_several_formats_need_an_output_folder_for_stdout(tmp_path: Path) -> None:
    source = tmp_path / "shoes.journey.yaml"
    shutil.copy(ROOT / "examples" / "shoes.journey.yaml", source)
    assert _render(str(source), "-f", "svg,html", "-o", "-")[0] == 2
    assert _render(str(source), "-f", "svg,jpeg")[0] == 2
    code, _ = _render(str(source), "-f", "svg,mermaid")
    assert code == 0 and (tmp_path / "shoes.mmd").exists() and (tmp_path / "shoes.svg").exists()


def test_editing_the_theme_a_theme_extends_makes_the_maps_stale(tmp_path: Path) -> None:
    journeys, out = _tree(tmp_path), tmp_path / "site"
    (tmp_path / "base.yaml").write_text('colors:\n  title: "#111111"\n')
    (tmp_path / "brand.yaml").write_text("extends: base.yaml\n")
    theme = str(tmp_path / "brand.yaml")
    assert _render(str(journeys), "-o", str(out), "--theme", theme)[0] == 0
    assert _render(str(journeys), "-o", str(out), "--theme", theme, "--check")[0] == 0
    (tmp_path / "base.yaml").write_text('colors:\n  title: "#222222"\n')
    from journeymd.batch import _theme_fingerprint

    _theme_fingerprint.cache_clear()  # a new process would start without it
    code, output = _render(str(journeys), "-o", str(out), "--theme", theme, "--check")
    assert code == 1 and "stale" in output


def test_a_garbled_cache_costs_a_render_not_a_crash(tmp_path: Path) -> None:
    journeys, out = _tree(tmp_path), tmp_path / "site"
    assert _render(str(journeys), "-o", str(out))[0] == 0
    (out / "team-a" / ".journeymd-cache.json").write_text('{"shoes.svg": "garbled"}')
    code, output = _render(str(journeys), "-o", str(out))
    assert code == 0 and "1 rendered, 1 fresh" in output


def test_a_forged_cache_cannot_make_check_or_render_call_a_changed_map_fresh(tmp_path: Path) -> None:
    import hashlib

    from journeymd.batch import plan

    journeys, out = _tree(tmp_path), tmp_path / "site"
    assert _render(str(journeys), "-o", str(out))[0] == 0
    # A pull request changes the journey, tampers with its map and writes the entry that would match.
    shoes = journeys / "team-a" / "shoes.journey.yaml"
    shoes.write_text(shoes.read_text().replace("Buying running shoes online", "Buying trail shoes"))
    svg = out / "team-a" / "shoes.svg"
    svg.write_bytes(svg.read_bytes().replace(b"</svg>", b"<script>alert(1)</script></svg>"))
    (job,) = [j for j in plan([shoes], journeys, out, ["svg"], "default", 1.0) if j.target == svg]
    forged = {"key": job.key(), "output": hashlib.sha256(svg.read_bytes()).hexdigest()}
    cache_file = out / "team-a" / ".journeymd-cache.json"
    cache = json.loads(cache_file.read_text())
    cache_file.write_text(json.dumps({"shoes.svg": {**cache["shoes.svg"], **forged}}))
    code, output = _render(str(journeys), "-o", str(out), "--check")
    assert code == 1 and f"stale: {svg} (from {shoes})" in output
    code, output = _render(str(journeys), "-o", str(out))
    assert code == 0 and "1 rendered, 1 fresh" in output
    assert b"<script>" not in svg.read_bytes() and b"Buying trail shoes" in svg.read_bytes()


def test_a_file_journeymd_did_not_write_is_kept_unless_forced(tmp_path: Path) -> None:
    journeys, out = tmp_path / "journeys", tmp_path / "docs"
    journeys.mkdir()
    out.mkdir()
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", journeys / "README.journey.yaml")
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", journeys / "pizza.journey.yaml")
    readme = out / "README.md"
    readme.write_text("# Our docs\n")
    code, output = _render(str(journeys), "-o", str(out), "-f", "markdown")
    assert code == 1
    assert f"{readme} exists and journeymd did not write it; use --force to replace it" in output
    assert readme.read_text() == "# Our docs\n" and (out / "pizza.md").exists()
    assert _render(str(journeys), "-o", str(out), "-f", "markdown")[0] == 1  # still not ours
    code, output = _render(str(journeys), "-o", str(out), "-f", "markdown", "--force")
    assert code == 0 and readme.read_text().startswith("# Ordering a pizza")
    readme.write_text("# Ordering a pizza, edited\n")  # now journeymd's output: replaced as usual
    assert _render(str(journeys), "-o", str(out), "-f", "markdown")[0] == 0


def test_outputs_stay_inside_the_output_folder(tmp_path: Path) -> None:
    journeys, out, elsewhere = _tree(tmp_path), tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    out.mkdir()
    (out / "team-a").symlink_to(elsewhere, target_is_directory=True)
    code, output = _render(str(journeys), "-o", str(out))
    assert code == 1
    assert f"{out / 'team-a' / 'shoes.svg'} not written: {out / 'team-a'} leads outside {out}" in output
    assert list(elsewhere.iterdir()) == [] and (out / "team-b" / "drafts" / "pizza.svg").exists()
    # A phase whose name is a path is written under a name made of it, beside the whole map.
    source = tmp_path / "odd.journey.yaml"
    source.write_text("journeymd: 1\nphases:\n  - name: ../../../顧客\n    steps: [{name: A}]\n")
    code, output = _render(str(source), "-o", str(out), "--phase", "../../../顧客")
    assert code == 0, output
    assert [p.name for p in out.glob("odd.*")] == [next(out.glob("odd.phase-*.svg")).name]
    assert not list(tmp_path.parent.glob("*.svg"))


SECRETS = {
    "shadow": "root:$6$SECRETsalt$SECRETSECRETSECRET:19000:0:99999:7:::\n",
    "token.yaml": "token: ghp_SECRETSECRETSECRET\nuser: SECRETuser\n",
    "broken.yaml": "password: [SECRET\n",
    "list.yaml": "- SECRET\n",
}


def test_links_out_of_the_folder_are_skipped_and_named(tmp_path: Path) -> None:
    journeys, elsewhere = _tree(tmp_path), tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name, text in SECRETS.items():
        (elsewhere / name).write_text(text)
        (journeys / f"{name}.journey.yaml").symlink_to(elsewhere / name)
    (journeys / "inside.journey.yaml").symlink_to(journeys / "team-a" / "shoes.journey.yaml")  # stays inside
    for command in (["validate"], ["lint"], ["render", "-o", str(tmp_path / "site")]):
        result = CliRunner().invoke(main, [*command, str(journeys)])
        assert "SECRET" not in result.output, command
        for name in SECRETS:
            assert f"warning: skipped {journeys / name}.journey.yaml: a link to a file outside {journeys}" in (
                result.output
            )
        assert "inside.journey.yaml: a link" not in result.output
    assert (tmp_path / "site" / "inside.svg").exists()


def test_problems_in_a_file_that_is_no_journey_quote_nothing_of_it(tmp_path: Path) -> None:
    for name, text in SECRETS.items():
        source = tmp_path / name
        source.write_text(text)
        result = CliRunner().invoke(main, ["validate", "-q", str(source)])
        assert result.exit_code == 1 and "SECRET" not in result.output, result.output
        if name != "list.yaml":  # a list's one problem quotes nothing: 'must be a mapping of keys, not a list'
            assert result.output == (
                f"{source}:1:1: not a journey: a journey file is YAML with 'journeymd: 1' at the top "
                "(its problems are not listed, as they would quote the file)\n"
            )
    # A journey that lacks its version line, or misspells it, is still a journey: every problem shows.
    draft = tmp_path / "draft.journey.yaml"
    draft.write_text("journeymd: 1\ntitle: Draft\nphases: [{name: P, steps: [{name: S, emotion: 7}]}]\n")
    for text in (draft.read_text(), draft.read_text().replace("journeymd", "journemd")):
        draft.write_text(text)
        result = CliRunner().invoke(main, ["validate", "-q", str(draft)])
        assert "'emotion' must be a whole number from -2 to 2, not 7" in result.output


def test_check_names_the_maps_of_a_renamed_journey_without_failing_on_them(tmp_path: Path) -> None:
    journeys, out = _tree(tmp_path), tmp_path / "site"
    assert _render(str(journeys), "-o", str(out), "-f", "svg,html")[0] == 0
    drafts = journeys / "team-b" / "drafts"
    (drafts / "pizza.journey.yml").rename(drafts / "pasta.journey.yml")
    assert _render(str(journeys), "-o", str(out), "-f", "svg,html")[0] == 0
    code, output = _render(str(journeys), "-o", str(out), "-f", "svg", "--check")
    assert code == 0, output
    orphaned = [line for line in output.splitlines() if line.startswith("orphan:")]
    pizza = out / "team-b" / "drafts" / "pizza.svg"
    assert orphaned == [
        f"orphan: {pizza} (journeymd wrote it, but no journey here renders it any more; render --prune deletes it)"
    ]
    pizza.unlink()
    (pizza.parent / "pizza.html").unlink()  # deleted, as the line suggests: nothing more to say
    code, output = _render(str(journeys), "-o", str(out), "-f", "svg,html", "--check")
    assert code == 0 and "orphan" not in output


def test_prune_deletes_the_maps_of_a_renamed_journey_and_only_those(tmp_path: Path) -> None:
    journeys, out = _tree(tmp_path), tmp_path / "site"
    assert _render(str(journeys), "-o", str(out), "-f", "svg,html")[0] == 0
    drafts = journeys / "team-b" / "drafts"
    (drafts / "pizza.journey.yml").rename(drafts / "pasta.journey.yml")
    mine = out / "team-b" / "drafts" / "notes.svg"
    mine.write_text("<svg/>")  # not journeymd's: never deleted
    code, output = _render(str(journeys), "-o", str(out), "-f", "svg,html", "--prune")
    assert code == 0, output
    folder = out / "team-b" / "drafts"
    assert sorted(p.name for p in folder.iterdir()) == [".journeymd-cache.json", "notes.svg", "pasta.html", "pasta.svg"]
    assert f"removed: {folder / 'pizza.svg'}" in output and f"removed: {folder / 'pizza.html'}" in output
    assert "pizza" not in (folder / ".journeymd-cache.json").read_text()
    assert (out / "team-a" / "shoes.svg").exists()
    code, output = _render(str(journeys), "-o", str(out), "-f", "svg,html", "--check")
    assert code == 0 and "orphan" not in output
    code, output = _render(str(journeys), "-o", str(out), "--check", "--prune")
    assert code == 2


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a file name in no UTF-8 is one Linux keeps")
def test_a_journey_whose_file_name_is_in_no_utf8_renders_and_the_index_links_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "journeys"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9")  # Latin-1, as an old archive or a Windows share names it
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", folder / f"{name}.journey.yaml")
    monkeypatch.chdir(tmp_path)
    code, output = _render("journeys", "-o", "site", "-f", "svg,html,markdown,mermaid,dot")
    assert code == 0 and "internal error" not in output, output
    report = (tmp_path / "site" / f"{name}.html").read_bytes().decode("utf-8")  # still UTF-8
    assert "caf\ufffd.journey.yaml:" in report  # where a step is written, the byte shown as U+FFFD
    assert b'"hrefs":["caf%E9.html"]' in (tmp_path / "site" / "index.html").read_bytes()  # the file's own bytes
    assert _render("journeys", "-o", "site", "-f", "svg,html,markdown,mermaid,dot")[1].startswith("0 rendered, 5 fresh")
