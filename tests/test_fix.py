"""`journeymd fix`: the corrections the validator is sure of, made in the file, nothing else moved."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import journeymd
from journeymd.cli import main

# Written by hand, with the slips people make: a Dutch key, misspelt keys and ids, a touchpoint's
# name where its id belongs, a percentage as a number, the version in quotes. Comments and the
# flow style must survive.
BY_HAND = """\
# Shoes, by hand
journeymd: "1"
title: Shoes
personas:
  - {id: sanne, name: Sanne}
  - {id: ahmed, name: Ahmed}
touchpoints:
  - {id: hotline, name: Hotline}
  - {id: e-shop, name: E-shop}
departments:
  - {id: service, name: Customer service}
fasen:   # Dutch for phases
  - name: Buy
    stappen:
      - name: Calls the hotline
        emotion: {sanne: -1, ahmd: 0}   # Ahmed is calm
        touchpoints: [hotlne, E-shop]
        departmets: [servce]
        drop_off: {reason: Waits too long, rate: 35}
      - name: Pays the shop
        personas: [sane]
        emotie: 1
"""

FIXED = """\
# Shoes, by hand
journeymd: 1
title: Shoes
personas:
  - {id: sanne, name: Sanne}
  - {id: ahmed, name: Ahmed}
touchpoints:
  - {id: hotline, name: Hotline}
  - {id: e-shop, name: E-shop}
departments:
  - {id: service, name: Customer service}
phases:  # Dutch for phases
  - name: Buy
    steps:
      - name: Calls the hotline
        emotion: {sanne: -1, ahmed: 0}  # Ahmed is calm
        touchpoints: [hotline, e-shop]
        departments: [service]
        drop_off: {reason: Waits too long, rate: 35%}
      - name: Pays the shop
        personas: [sanne]
        emotion: 1
"""


def _fix(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["fix", *args])
    return result.exit_code, result.stdout, result.stderr


def test_fix_makes_the_sure_corrections_and_keeps_comments_and_layout(tmp_path: Path) -> None:
    source = tmp_path / "shoes.journey.yaml"
    source.write_text(BY_HAND, "utf-8")
    code, out, err = _fix(str(source))
    assert code == 0, out + err
    assert source.read_text("utf-8") == FIXED  # the comments stay in their column
    assert out.splitlines()[:3] == [
        f"{source}:2:12: fixed '1' → 1",
        f"{source}:12:1: fixed 'fasen' → 'phases'",
        f"{source}:14:5: fixed 'stappen' → 'steps'",
    ]
    assert len(out.splitlines()) == 11 and err == f"{source}: fixed 11, 0 problem(s) left for you\n"
    assert journeymd.problems(source) == []
    assert _fix(str(source)) == (0, "", f"{source}: fixed 0, 0 problem(s) left for you\n")


def test_fix_dry_run_prints_a_diff_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "shoes.journey.yaml"
    source.write_text(BY_HAND, "utf-8")
    code, out, err = _fix(str(source), "--dry-run")
    assert code == 0
    assert source.read_text("utf-8") == BY_HAND
    assert out.startswith(f"--- {source}\n+++ {source} (fixed)\n@@ ")
    assert "-fasen:   # Dutch for phases\n+phases:  # Dutch for phases\n" in out
    assert "-        touchpoints: [hotlne, E-shop]\n" in out and "+        touchpoints: [hotline, e-shop]\n" in out
    assert f"{source}:17:23: would fix 'hotlne' → 'hotline'\n" in err


def test_fix_leaves_what_needs_judgement_and_says_so(tmp_path: Path) -> None:
    source = tmp_path / "buy.journey.yaml"
    source.write_text(
        "journeymd: 1\ntouchpoints: [{id: app, name: App}]\nphases:\n  - name: Buy\n    steps:\n"
        "      - name: Orders\n        gevoel: Happy\n        touchpoints: [apps, telephone]\n        emotoin: 1\n",
        "utf-8",
    )
    code, out, err = _fix(str(source))
    assert code == 1
    # 'gevoel' is Dutch for feels or for emotion; 'telephone' is like no touchpoint: both stay.
    assert source.read_text("utf-8").endswith(
        "gevoel: Happy\n        touchpoints: [app, telephone]\n        emotion: 1\n"
    )
    assert out.splitlines() == [
        f"{source}:8:23: fixed 'apps' → 'app'",
        f"{source}:9:9: fixed 'emotoin' → 'emotion'",
        f"{source}:7:9: unknown key 'gevoel' in step (did you mean 'emotion'?)",
        f"{source}:8:28: unknown touchpoint 'telephone'; add it to 'touchpoints:' at the top or use its id",
    ]
    assert err == f"{source}: fixed 2, 2 problem(s) left for you\n"


def test_fix_never_touches_a_file_it_cannot_parse(tmp_path: Path) -> None:
    source = tmp_path / "broken.journey.yaml"
    written = "journeymd: 1\nfasen:\n  - name: [Buy\n"
    source.write_text(written, "utf-8")
    code, out, err = _fix(str(source))
    assert code == 1 and source.read_text("utf-8") == written
    assert out == f"{source}:4:1: YAML: the '[' at line 3, column 11 is never closed: end the list with ']'\n"
    assert "is left as it was" in err
    assert _fix(str(tmp_path / "missing.journey.yaml"))[0] == 2


def test_fix_keeps_a_bom_windows_line_endings_and_anchors_byte_for_byte(tmp_path: Path) -> None:
    # ruamel.yaml would write these differently (an anchor on a merge key, CRLF): the file is
    # corrected where the problems are, and every other byte stays.
    lines = [
        "journeymd: 1",
        "x-shared: &shared {departments: [service]}",
        "departments: [{id: service, name: Service}]",
        "phases:",
        "  - name: Buy",
        "    steps:",
        "      - name: Calls",
        "        <<: &more",
        "          touchpoints: [Phone]",
        "        departments: [servise]   # the desk",
        "      - {name: Pays, <<: *shared, afdelingen: [service]}",
    ]
    written = "\ufeff" + "\r\n".join(lines) + "\r\n"
    source = tmp_path / "desk.journey.yaml"
    source.write_bytes(written.encode("utf-8"))
    code, out, err = _fix(str(source))
    assert code == 0, out + err
    expected = written.replace("[servise]", "[service]").replace("afdelingen:", "departments:")
    assert source.read_bytes() == expected.encode("utf-8")
    assert f"{source}:10:23: fixed 'servise' → 'service'\n" in out
