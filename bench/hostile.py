"""Time the hostile shapes: small journeys that once asked for work far beyond their size.

    python bench/hostile.py          # prints a table and writes its section of docs/performance.md

Each shape (made by tests/journeygen.py) runs as a whole process, as a user or a CI job would
start it; the figures are the median of a few runs and the largest peak RSS. A shape is either
refused by a limit at a line and column (exit 1, fast) or now done in time that grows with the
file. "Before" is what the same shape cost before the limits and the faster diff, for reference.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from journeygen import (  # noqa: E402
    aliased_touchpoints_yaml,
    fan_out_yaml,
    make_yaml,
    many_departments_yaml,
    mermaid_actors_text,
    misspelt_keys_yaml,
    misspelt_links_yaml,
    open_parentheses_yaml,
    own_persona_yaml,
    renamed_ids_yaml,
    repeated_item_yaml,
)
from sections import write_section  # noqa: E402

FLOW_SECONDS = "5"  # the flow chart's time budget in this run, so that the stopped layout is quick to show


def run(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MiB and exit code of one process."""
    start = time.perf_counter()
    env = os.environ | {"JOURNEYMD_FLOW_SECONDS": FLOW_SECONDS}
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def measure(command: list[str], runs: int) -> tuple[float, float, int]:
    results = [run(command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results), results[-1][2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--output", default=str(ROOT / "docs" / "performance.md"))
    args = parser.parse_args()

    script = Path(sys.executable).with_name("journeymd")
    journeymd = [str(script)] if script.is_file() else [sys.executable, "-m", "journeymd"]
    work = Path(tempfile.mkdtemp(prefix="journeymd-hostile-"))

    def write(name: str, text: str) -> str:
        path = work / f"{name}.journey.yaml"
        path.write_text(text, "utf-8")
        return str(path)

    fan_100 = write("fan-100", fan_out_yaml(100))
    fan_1000 = write("fan-1000", fan_out_yaml(1000))
    tps_10000 = write("tps-10000", aliased_touchpoints_yaml(10_000))
    tps_520 = write("tps-520", aliased_touchpoints_yaml(520))
    dense_40 = write("dense-40", fan_out_yaml(40))
    plain_50 = write("plain-50", make_yaml(50, seed=50))
    old_1000, new_1000 = (write(f"{v}-1000", renamed_ids_yaml(1000, v)) for v in "ab")
    old_10000, new_10000 = (write(f"{v}-10000", renamed_ids_yaml(10_000, v)) for v in "ab")
    own_10000 = write("own-10000", own_persona_yaml(10_000))
    own_3000 = write("own-3000", own_persona_yaml(3000, personas=100))
    links = write("misspelt-links-2000", misspelt_links_yaml(2000))
    keys = write("misspelt-keys-10000", misspelt_keys_yaml(10_000))
    parentheses = write("parentheses-20000", open_parentheses_yaml(20_000))
    repeated = write("repeated-40000", repeated_item_yaml(40_000))
    teams = write("departments-5000", many_departments_yaml(5000, 5000))
    diagram = work / "actors-10000.mmd"
    diagram.write_text(mermaid_actors_text(10_000), "utf-8")
    imported = str(work / "imported.journey.yaml")
    svg = str(work / "out.svg")
    limit, stopped = "refused by a limit (exit 1)", f"stopped after {FLOW_SECONDS} s (exit 1)"
    renamed, split = "every step renamed (exit 1)", "one comma split found (exit 1)"
    shapes = [
        # shape, file, command, what exit 1 means, before
        ("100 steps, `next: *all` (100 ids)", fan_100, ["validate", fan_100], limit, "valid; `render` 21 s"),
        ("1000 steps, `next: *all` (1000 ids)", fan_1000, ["validate", fan_1000], limit, "12.7 s"),
        ("10 000 steps, `touchpoints: *tps` (190 names)", tps_10000, ["validate", tps_10000], limit, "28.6 s"),
        ("10 000 steps, `touchpoints: *tps`", tps_10000, ["render", tps_10000, "-o", svg], limit,
         "MemoryError at 4.3 GiB"),
        ("520 steps, `touchpoints: *tps` (just within the limit)", tps_520, ["validate", tps_520], limit, "—"),
        ("520 steps, `touchpoints: *tps`", tps_520, ["render", tps_520, "-o", svg], limit, "—"),
        ("`diff`, 1000 steps, every id changed", old_1000, ["diff", old_1000, new_1000], renamed, "86 s"),
        ("`diff`, 10 000 steps, every id changed", old_10000, ["diff", old_10000, new_10000], renamed,
         "115 s, 819 MiB"),
        ("`--view flow`, 40 steps each linked to all 40", dense_40, ["render", dense_40, "--view", "flow", "-o", svg],
         stopped, "66 s"),
        ("`--view flow`, a plain 50-step journey", plain_50, ["render", plain_50, "--view", "flow", "-o", svg],
         stopped, "—"),
        ("10 000 steps, each taken by a persona of its own", own_10000, ["lint", own_10000], limit,
         "13 s (`validate` 84 s)"),
        ("3000 steps, each taken by one of 100 personas", own_3000, ["render", own_3000, "-o", svg], limit,
         "4 s"),
        ("20 000 pain points that each open a parenthesis", parentheses, ["validate", parentheses], split, "44 s"),
        ("2000 steps, each `next` a misspelt step id", links, ["validate", links], "every link reported (exit 1)",
         "98 s"),
        ("10 000 steps, each with a misspelt key", keys, ["validate", keys], "every key reported (exit 1)", "21 s"),
        ("a step listing 40 000 persona ids, then the first again", repeated, ["validate", repeated],
         "the repeat reported (exit 1)", "23 s"),
        ("5000 phases naming 5000 departments", teams, ["stats", teams], limit, "over 60 s"),
        ("Mermaid diagram, 10 000 tasks with an actor each", str(diagram),
         ["import", "mermaid", str(diagram), "--actors", "departments", "-o", imported, "--force"], limit,
         "17 s (in-process)"),
    ]  # fmt: skip
    lines = [
        "## Hostile shapes",
        "",
        "Written by `python bench/hostile.py`: small journeys that once made journeymd work far beyond their",
        "size (shapes from `tests/journeygen.py`; `tests/test_limits.py` runs each through the command line).",
        f"Whole processes, median of {args.runs} runs; the flow chart's time budget is set to {FLOW_SECONDS} s",
        "here (`JOURNEYMD_FLOW_SECONDS`; 30 s by default). *Before* is what the shape cost before the limits",
        "and the linear rewrites, as the hostile review measured it or, from the persona rows on, on this machine.",
        "Laying the flow chart out in a child process, so that it can be stopped, costs a fork: about 10 ms",
        "on the 50-step journey. The machine is the one above; when it is busy with other work, a figure",
        "can be up to twice what a quiet run gives.",
        "",
        "| shape | file | command | now | peak RSS | result | before |",
        "|---|---:|---|---:|---:|---|---|",
    ]
    for shape, source, command, refused, before in shapes:
        seconds, mib, code = measure([*journeymd, *command], args.runs)
        size = Path(source).stat().st_size
        shown = "journeymd " + " ".join(Path(part).name if part.startswith(str(work)) else part for part in command)
        row = (
            f"| {shape} | {size / 1024:.0f} KB | `{shown}` | {seconds:.2f} s | {mib:.0f} MiB | "
            f"{ {0: 'done', 1: refused}.get(code, f'exit {code}') } | {before} |"
        )
        lines.append(row)
        print(row, flush=True)
    write_section(Path(args.output), "bench/hostile.py", "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
