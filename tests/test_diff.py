"""`journeymd diff`: every field of the format, by meaning, in text, JSON and Markdown; against a git ref."""

from __future__ import annotations

import base64
import copy
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import journeymd
from journeymd.cli import main
from journeymd.validate import schema

ROOT = Path(__file__).resolve().parent.parent
SHOES = ROOT / "examples" / "shoes.journey.yaml"

# A journey that fills in every field of the format, each list with an entry more than it needs, in
# every form a field takes (a KPI, touchpoint, link and action as a mapping), so that one change per
# field leaves it valid.
FULL: dict[str, Any] = {
    "journeymd": 1,
    "title": "Buying shoes",
    "description": "A runner buys shoes.",
    "related": ["to-be.journey.yaml", {"journey": "returning.journey.yaml", "relation": "returning customer"}],
    "locale": "en",
    "persona": "sanne",
    "personas": [
        {
            "id": "sanne",
            "name": "Sanne",
            "description": "Runs.",
            "goals": ["Fit", "Speed"],
            "frustrations": ["Printers", "Queues"],
            "quote": "I run every day.",
            "photo": {"src": "sanne.png", "alt": "Sanne in running gear"},
        },
        {"id": "tom", "name": "Tom"},
        {"id": "kim", "name": "Kim"},
        {"id": "ann", "name": "Ann"},
    ],
    "touchpoints": [
        {"id": "hotline", "name": "Hotline", "channel": "phone", "online": False, "kind": "direct", "icon": "phone"},
        {"id": "web", "name": "Web shop"},
    ],
    "departments": [
        {"id": "cs", "name": "Customer service", "layer": "frontstage"},
        {"id": "logistics", "name": "Logistics"},
        {"id": "finance", "name": "Finance"},
    ],
    "sources": [
        {
            "id": "talks",
            "kind": "interview",
            "title": "Talks",
            "link": "https://example.com/talks",
            "date": "2024-03",
            "n": 12,
            "description": "Remote",
        },
        {"id": "funnel", "kind": "analytics"},
        {"id": "calls", "kind": "ticket"},
        {"id": "spare", "kind": "other"},
    ],
    "emotion_scale": {"min": -2, "max": 2, "levels": ["awful", "bad", "so-so", "good", "great"], "faces": False},
    "lanes": [
        "steps",
        {"id": "screen", "name": "Screen", "kind": "text", "description": "What the customer sees"},
        {"id": "effort", "name": "Effort", "kind": "score", "min": 1, "max": 7},
        "emotion",
        "touchpoints",
    ],
    "phases": [
        {
            "id": "buy",
            "name": "Buy",
            "description": "Checkout.",
            "goal": "Convert",
            "duration": "1 week",
            "kpis": [{"name": "Conversion", "target": "3%", "value": "2%"}, "Reach"],
            "questions": ["Is it safe?", "Can I pay later?"],
            "steps": [
                {
                    "id": "pays",
                    "name": "Pays",
                    "description": "At the checkout.",
                    "does": "Types the card number",
                    "thinks": "Is this safe?",
                    "feels": "Nervous",
                    "motivation": "Run on Saturday",
                    "research": {
                        "level": "reported",
                        "sources": [
                            "talks",
                            "funnel",
                            {
                                "kind": "ticket",
                                "title": "Ticket 1",
                                "link": "https://t.example.com/1",
                                "date": "2024-02",
                                "n": 3,
                                "description": "Phone",
                            },
                        ],
                        "quotes": [{"text": "Where?", "who": "P1", "source": "talks"}, "Why?"],
                        "date": "2024-03-20",
                        "note": "Most said so",
                        "emotion": {
                            "level": "observed",
                            "sources": [
                                "funnel",
                                {
                                    "kind": "survey",
                                    "title": "Poll",
                                    "link": "https://p.example.com",
                                    "date": "2024",
                                    "n": 9,
                                    "description": "Web",
                                },
                                "talks",
                            ],
                            "quotes": [{"text": "Ugh", "who": "P2", "source": "funnel"}, "Meh"],
                            "date": "2024-03",
                            "note": "Seen",
                        },
                    },
                    "questions": ["Which cards?", "When?"],
                    "emotion": {"sanne": -1, "tom": 1},
                    "personas": ["sanne", "tom", "kim"],
                    "touchpoints": [
                        {"name": "Return label", "channel": "post", "online": False, "kind": "direct", "icon": "mail"},
                        "hotline",
                    ],
                    "departments": ["cs", "logistics"],
                    "pain_points": [
                        "Slow",
                        {
                            "text": "Costly",
                            "research": {
                                "level": "inferred",
                                "sources": [
                                    "calls",
                                    {
                                        "kind": "desk",
                                        "title": "Desk",
                                        "link": "https://d.example.com",
                                        "date": "2024",
                                        "n": 1,
                                        "description": "Read",
                                    },
                                    "talks",
                                ],
                                "quotes": [{"text": "Hm", "who": "P3", "source": "talks"}, "Eh"],
                                "date": "2024-04",
                                "note": "Guess",
                            },
                        },
                        "Late",
                    ],
                    "opportunities": [
                        "Wallets",
                        {
                            "text": "Saved cards",
                            "research": {
                                "level": "inferred",
                                "sources": [
                                    "calls",
                                    {
                                        "kind": "desk",
                                        "title": "Desk",
                                        "link": "https://d.example.com",
                                        "date": "2024",
                                        "n": 1,
                                        "description": "Read",
                                    },
                                    "talks",
                                ],
                                "quotes": [{"text": "Hm", "who": "P3", "source": "talks"}, "Eh"],
                                "date": "2024-04",
                                "note": "Guess",
                            },
                        },
                        "Apple Pay",
                    ],
                    "duration": "5 minutes",
                    "reached": 1000,
                    "drop_off": {"reason": "Price", "rate": 0.35},
                    "next": [{"to": "waits", "label": "paid"}, "extra"],
                    "evidence": ["Receipt", "E-mail"],
                    "frontstage": [{"action": "Answers", "department": "cs"}, "Smiles"],
                    "backstage": [{"action": "Books", "department": "logistics"}, "Checks"],
                    "support": [{"action": "Carrier", "department": "logistics"}, "ERP"],
                    "fail_point": "Card declined",
                    "time_standard": "2 minutes",
                    "lanes": {"screen": "Checkout", "effort": 4},
                    "image": {"src": "checkout.png", "alt": "The checkout form"},
                    "opens": "returns.journey.yaml",
                },
                {"id": "waits", "name": "Waits"},
                {"id": "extra", "name": "Buys socks"},
                {"id": "leaves", "name": "Leaves"},
            ],
        },
        {"name": "Return", "steps": [{"name": "Returns"}]},
    ],
}

# Properties a change of which is no change to the journey: the editor's schema address, and the
# format version, which has one value.
# 'catalogue' marks a catalogue file, not a journey; what 'include' brings is diffed as the entries themselves.
NOT_THE_JOURNEY = {"$schema", "journeymd", "catalogue", "include"}
# Where a reference field points after the change: another entry that exists.
OTHER_TARGET = {"persona": "tom", "to": "leaves", "department": "finance", "source": "calls"}


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _properties(
    node: dict[str, Any], root: dict[str, Any], path: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every property the schema has, as (path, its schema); '[]' stands for an item of a list."""
    node = _resolve(node, root)
    for name, sub in node.get("properties", {}).items():
        sub = _resolve(sub, root)
        yield (*path, name), sub
        yield from _properties(sub, root, (*path, name))
    if "items" in node:
        yield from _properties(node["items"], root, (*path, "[]"))
    for branch in node.get("anyOf", ()):
        yield from _properties(branch, root, path)


def _holders(node: Any, path: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """The mappings at ``path[:-1]`` that hold ``path[-1]``."""
    if len(path) == 1:
        if isinstance(node, dict) and path[0] in node:
            yield node
        elif isinstance(node, list):
            for item in node:
                yield from _holders(item, path)
        return
    head, rest = path[0], path[1:]
    if isinstance(node, list):  # also where a field takes one entry or a list of them (next)
        for item in node:
            yield from _holders(item, rest if head == "[]" else path)
    elif isinstance(node, dict) and head in node:
        yield from _holders(node[head], rest)


def _rename(node: Any, old: str, new: str) -> Any:
    if isinstance(node, dict):
        return {(new if k == old else k): _rename(v, old, new) for k, v in node.items()}
    if isinstance(node, list):
        return [_rename(item, old, new) for item in node]
    return new if node == old else node


def _changed(doc: dict[str, Any], path: tuple[str, ...], sub: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with one change to the first value at ``path``, keeping it valid."""
    doc = copy.deepcopy(doc)
    holder = next(_holders(doc, path), None)
    assert holder is not None, f"the full journey has no {'.'.join(path)}"
    key, value = path[-1], holder[path[-1]]
    if path[0] == "emotion_scale":  # another scale, that the journey's scores still fit
        changed = {"emotion_scale": {"min": -2, "max": 2}, "min": {"min": -3, "max": 2}, "max": {"min": -2, "max": 3},
                   "levels": {**holder, "levels": ["awful", "bad", "meh", "good", "great"]},
                   "faces": {"min": -2, "max": 2, "faces": True}}[key]  # fmt: skip
        doc["emotion_scale"] = changed
        return doc
    if key in ("image", "photo"):
        holder[key] = {"src": "other.png", "alt": "Another picture"}
        return doc
    if key == "src":
        holder[key] = "other.png"
        return doc
    if key in ("opens", "journey"):  # another journey beside it
        holder[key] = "other.journey.yaml"
        return doc
    if key == "lanes" and isinstance(value, dict):
        holder[key] = {**value, "effort": 5}
        return doc
    if key == "kind" and holder.get("id") == "screen":
        holder[key] = "quote"
        return doc
    if key == "id":
        return _rename(doc, value, value + "x")  # and every reference to it
    if key in ("research", "emotion") and isinstance(value, dict) and "level" in value:
        holder[key] = "assumed"  # research written as its level alone
        return doc
    if key == "link":
        holder[key] = value + "/other"
        return doc
    if key in OTHER_TARGET and isinstance(value, str):
        holder[key] = OTHER_TARGET[key]
    elif isinstance(value, bool):
        holder[key] = not value
    elif isinstance(value, list):
        holder[key] = value[:-1]
    elif isinstance(value, dict) and key == "emotion":
        holder[key] = {**value, "sanne": 0}
    elif isinstance(value, dict):
        holder[key] = True  # a drop-off with no reason or rate
    elif "enum" in sub:
        holder[key] = next(option for option in sub["enum"] if option != value)
    elif isinstance(value, int):
        holder[key] = value + 1
    elif isinstance(value, float):
        holder[key] = 0.5
    else:
        holder[key] = f"{value} now"
    return doc


def _reported(report: dict[str, Any]) -> set[str]:
    """The field names a JSON diff names."""
    fields = {c["field"] for step in report["changed"] for c in step["changes"]}
    fields |= {c["field"] or c["kind"] + "s" for c in report["journey_changes"]}
    fields |= {"name"} if report["renamed"] else set()
    fields |= {"id"} if report["new_ids"] else set()
    fields |= {"emotion"} if report["emotions"] else set()
    fields |= {"steps"} if report["added"] or report["removed"] else set()
    fields |= {"phases"} if report["phases_added"] or report["phases_removed"] else set()
    return fields


# What 'data' files bring is diffed as the figures themselves (reached, drop-off rates, KPI values).
PROPERTIES = [(p, s) for p, s in _properties(schema(), schema(), ()) if p[-1] not in NOT_THE_JOURNEY and p[0] != "data"]


def _pictures(folder: Path) -> None:
    """The pictures and journeys the full journey names, as small files beside it."""
    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    )
    for name in ("sanne.png", "checkout.png", "other.png"):
        (folder / name).write_bytes(png)
    for name in ("to-be", "returning", "returns", "other"):
        (folder / f"{name}.journey.yaml").write_text("journeymd: 1\nphases: [{name: P, steps: [{name: S}]}]\n")


def test_the_full_journey_is_valid(tmp_path: Path) -> None:
    _pictures(tmp_path)
    (tmp_path / "full.journey.yaml").write_text(yaml.safe_dump(FULL, allow_unicode=True))
    assert journeymd.problems(tmp_path / "full.journey.yaml") == []


@pytest.mark.parametrize(("path", "sub"), PROPERTIES, ids=[".".join(p) for p, _ in PROPERTIES])
def test_diff_reports_a_change_to_every_field_of_the_schema(
    tmp_path: Path, path: tuple[str, ...], sub: dict[str, Any]
) -> None:
    old, new = tmp_path / "old.journey.yaml", tmp_path / "new.journey.yaml"
    _pictures(tmp_path)
    old.write_text(yaml.safe_dump(FULL, allow_unicode=True))
    new.write_text(yaml.safe_dump(_changed(FULL, path, sub), allow_unicode=True))
    assert journeymd.problems(new) == []
    runner = CliRunner()
    text = runner.invoke(main, ["diff", str(old), str(new)])
    assert text.exit_code == 1 and text.output.strip() and "no differences" not in text.output
    result = runner.invoke(main, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 1
    fields = _reported(json.loads(result.output))
    parent = next((p for p in reversed(path[:-1]) if p != "[]"), "")
    assert any(path[-1] in f.split(".") or f == parent for f in fields), (path, fields)


def _diff(tmp_path: Path, old_text: str, new_text: str, *options: str) -> tuple[int, str]:
    old, new = tmp_path / "old.journey.yaml", tmp_path / "new.journey.yaml"
    old.write_text(old_text)
    new.write_text(new_text)
    result = CliRunner().invoke(main, ["diff", str(old), str(new), *options])
    return result.exit_code, result.stdout


def test_diff_names_each_field_with_its_old_and_new_value(tmp_path: Path) -> None:
    journey = "journeymd: 1\nphases: [{name: P, steps: [{name: S, thinks: Is it safe?, opportunities: [Wallets]}]}]\n"
    code, output = _diff(
        tmp_path, journey, journey.replace("Is it safe?", "Is it quick?").replace("[Wallets]", "[Saved cards]")
    )
    assert code == 1
    assert output.splitlines() == [
        "~ step s: thinks 'Is it safe?' → 'Is it quick?'",
        "~ step s: +opportunity Saved cards",
        "~ step s: -opportunity Wallets",
    ]


def test_diff_reads_a_renamed_persona_id_through_the_rename(tmp_path: Path) -> None:
    journey = (
        "journeymd: 1\npersonas: [{id: sanne, name: Sanne}, {id: tom, name: Tom}]\n"
        "phases: [{name: P, steps: [{name: S, personas: [sanne], emotion: {sanne: -1}}]}]\n"
    )
    code, output = _diff(tmp_path, journey, journey.replace("sanne", "first-time"))
    assert (code, output) == (1, "~ persona first-time: id 'sanne' → 'first-time'\n")


def test_diff_markdown_is_a_pull_request_comment_with_the_details_collapsed(tmp_path: Path) -> None:
    journey = "journeymd: 1\nphases: [{name: Buy, steps: [{name: Pays, emotion: -1}, {name: Waits}]}]\n"
    hostile = journey.replace("Waits", "'Waits <script>alert(1)</script> | @octocat [x](javascript:1)'")
    changed = hostile.replace("emotion: -1", "emotion: 1, pain_points: [Slow]")
    code, output = _diff(tmp_path, hostile, changed, "--format", "markdown", "--render", str(tmp_path / "map.svg"))
    assert code == 1
    first, *rest = output.splitlines()
    assert "0 steps added · 0 removed · 1 changed · emotion 1 up, 0 down · 1 new pain point" in first
    assert f"]({tmp_path / 'map.svg'})" in output and (tmp_path / "map.svg").exists()
    assert "<details><summary>Changes</summary>" in rest and rest[-1] == "</details>"
    assert "| Pays | emotion -1 → +1 |" in rest and "| Pays | +pain point Slow |" in rest
    code, output = _diff(
        tmp_path, hostile, hostile.replace("{name: 'Waits", "{emotion: 1, name: 'Waits"), "--format", "markdown"
    )
    assert "<script>" not in output and "@octocat" not in output and "[x](javascript" not in output
    assert code == 1 and "&lt;script&gt;" in output and "\\|" in output


def test_diff_json_is_for_tools(tmp_path: Path) -> None:
    journey = "journeymd: 1\nphases: [{name: P, steps: [{name: S, thinks: Old}]}]\n"
    code, output = _diff(tmp_path, journey, journey.replace("Old", "New"), "--format", "json")
    report = json.loads(output)
    assert code == 1 and report["identical"] is False
    assert report["changed"] == [{"id": "s", "name": "S", "changes": [{"field": "thinks", "old": "Old", "new": "New"}]}]


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True)
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository with the shoe journey committed on 'main' and changed in the working tree."""
    root = tmp_path / "repo"
    (root / "maps").mkdir(parents=True)
    _git(root, "init", "-q", "-b", "main")
    _git(root, "config", "user.email", "dev@example.com")
    _git(root, "config", "user.name", "Dev")
    (root / "maps" / "shoes.journey.yaml").write_text(SHOES.read_text("utf-8"))
    (root / "maps" / "gone.journey.yaml").write_text("journeymd: 1\ntitle: Gone\nphases: [{name: P}]\n")
    (root / "maps" / "same.journey.yaml").write_text("journeymd: 1\ntitle: Same\nphases: [{name: P}]\n")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "maps")
    return root


def _in(folder: Path, *args: str) -> tuple[int, str, str]:
    done = subprocess.run(["journeymd", *args], cwd=folder, capture_output=True, text=True, check=False)
    return done.returncode, done.stdout, done.stderr


@pytest.mark.slow  # runs git
def test_diff_base_compares_a_file_with_its_version_at_a_git_ref(repo: Path) -> None:
    maps = repo / "maps"
    assert _in(maps, "diff", "--base", "main", "shoes.journey.yaml") == (0, "no differences\n", "")
    shoes = maps / "shoes.journey.yaml"
    shoes.write_text(shoes.read_text("utf-8").replace("thinks: I need new ones", "thinks: I want new ones"))
    code, output, _ = _in(repo, "diff", "--base", "main", "maps/shoes.journey.yaml")
    assert (
        code == 1
        and output
        == "~ step wants-to-buy-shoes: thinks 'I need new ones before the 10K' → 'I want new ones before the 10K'\n"
    )
    shoes.write_text("journeymd: 1\nphases: [{name: P, steps: [{nam: S}]}]\n")
    code, output, errors = _in(repo, "diff", "--base", "main", "maps/shoes.journey.yaml")
    assert code == 1 and output == "" and errors.startswith("maps/shoes.journey.yaml:2:29: unknown key 'nam'")
    assert "Traceback" not in errors
    code, _, errors = _in(repo, "diff", "--base", "no-such-ref", "maps/shoes.journey.yaml")
    assert code == 2 and errors.startswith("journeymd: git:") and "Traceback" not in errors


@pytest.mark.slow  # runs git
def test_diff_base_head_compares_every_journey_of_a_folder_between_two_refs(repo: Path) -> None:
    maps = repo / "maps"
    shoes = maps / "shoes.journey.yaml"
    shoes.write_text(shoes.read_text("utf-8").replace("emotion: {first-time: -1, returning: 1}", "emotion: 2"))
    (maps / "gone.journey.yaml").unlink()
    (maps / "new.journey.yaml").write_text("journeymd: 1\ntitle: New\nphases: [{name: P}]\n")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "change")
    code, output, errors = _in(repo, "diff", "--base", "main~1", "--head", "main", "maps")
    assert (code, errors) == (1, "")
    assert output.splitlines()[:3] == [
        "- journey maps/gone.journey.yaml",
        "+ journey maps/new.journey.yaml",
        "~ journey maps/shoes.journey.yaml: 0 steps added · 0 removed · 0 changed · emotion 1 up, 1 down · 0 new pain points",  # noqa: E501
    ]
    code, output, _ = _in(maps, "diff", "--base", "main~1", "--head", "main", ".", "--format", "markdown")
    assert code == 1 and output.startswith("### Journeys: 1 changed, 1 added, 1 removed\n")
    code, output, _ = _in(maps, "diff", "--base", "main~1", "--head", "main", ".", "--format", "json")
    assert [(j["path"], j["status"]) for j in json.loads(output)["journeys"]] == [
        ("gone.journey.yaml", "removed"),
        ("new.journey.yaml", "added"),
        ("shoes.journey.yaml", "changed"),
    ]
    assert _in(maps, "diff", "--base", "main", ".") == (0, "no differences\n", "")


@pytest.mark.slow  # runs git
def test_diff_usage_errors_exit_2(repo: Path) -> None:
    shoes = "maps/shoes.journey.yaml"
    for args in (["diff", shoes], ["diff", "--head", "main", shoes, shoes], ["diff", "--base", "main", shoes, shoes],
                 ["diff", "maps", shoes], ["diff", "--base", "main", "maps", "--render", "x.svg"]):  # fmt: skip
        code, _, errors = _in(repo, *args)
        assert code == 2 and "Traceback" not in errors, args


def test_the_sample_pull_request_comment_in_the_docs_is_what_diff_writes(tmp_path: Path) -> None:
    sample = ROOT / "docs" / "examples"
    for name in ("shoes-to-be.journey.yaml",):
        (tmp_path / name).write_bytes((sample / name).read_bytes())
    code, output, _ = _in(
        tmp_path,
        "diff",
        str(SHOES),
        "shoes-to-be.journey.yaml",
        "--format",
        "markdown",
        "--render",
        "shoes-changes.svg",
    )
    assert code == 1
    assert output == (sample / "pr-comment.md").read_text("utf-8")
    assert (tmp_path / "shoes-changes.svg").read_bytes() == (sample / "shoes-changes.svg").read_bytes()


@pytest.mark.slow  # runs git
def test_diff_base_reports_a_journey_new_since_the_ref_as_added(repo: Path) -> None:
    (repo / "maps" / "new.journey.yaml").write_text("journeymd: 1\ntitle: New <b>map</b>\nphases: [{name: P}]\n")
    assert _in(repo, "diff", "--base", "main", "maps/new.journey.yaml") == (1, "+ journey maps/new.journey.yaml\n", "")
    code, output, _ = _in(repo, "diff", "--base", "main", "maps/new.journey.yaml", "--format", "markdown")
    assert (code, output) == (1, "**maps/new.journey.yaml** added: New &lt;b&gt;map&lt;/b&gt;\n")
    code, _, errors = _in(repo, "diff", "--base", "main", "maps/new.journey.yaml", "--render", "x.svg")
    assert code == 2 and "nothing to compare" in errors and not (repo / "x.svg").exists()
