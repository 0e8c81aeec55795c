"""Benchmark merging an analytics export into a journey (``render --data``), in one process.

    python bench/data.py            # prints a table and writes its section of docs/performance.md

The export is the size a team that exports every month gets after five months: one row per step
and month (5000 rows) for a 1000-step journey; the latest month of each step is merged.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import ROOT, make_yaml
from sections import write_section

import journeymd
from journeymd.analytics import merge, read_dataset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--output", default=str(ROOT / "docs" / "performance.md"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="journeymd-bench-data-"))
    source = work / "j1000.journey.yaml"
    source.write_text(make_yaml(1000, seed=1000), "utf-8")
    journey = journeymd.load(source)
    rows = ["id,reached,drop_off,as_of"]
    for month in range(7, 12):
        for number, step in enumerate(journey.steps):
            rows.append(f"{step.id},{100_000 - number * 50 - month},{(number % 40) / 100:.2f},2026-{month:02d}-28")
    export = work / "export.csv"
    export.write_text("\n".join(rows) + "\n", "utf-8")

    def once(clock: Callable[[], float]) -> tuple[float, float]:
        start = clock()
        dataset, problems = read_dataset(export, journey)
        read = clock()
        merged = merge(journey, [dataset])
        done = clock()
        assert not problems and merged.steps[-1].reached is not None
        return read - start, done - read

    once(time.perf_counter)  # warm: imports and caches, as in a render that has loaded its journey
    # Wall-clock time and the CPU time of this process: on a machine busy with other work the first
    # grows with the load, the second much less.
    walls = [once(time.perf_counter) for _ in range(args.runs)]
    cpus = [once(time.process_time) for _ in range(args.runs)]

    def ms(timings: list[tuple[float, float]], part: int | None) -> str:
        values = [sum(t) if part is None else t[part] for t in timings]
        return f"{statistics.median(values) * 1000:.1f} ms ({min(values) * 1000:.1f} ms)"

    total = statistics.median([sum(t) for t in cpus]) * 1000
    lines = [
        "## Data files merged at render",
        "",
        f"`python bench/data.py`: a {len(rows) - 1}-row CSV export (one row per step and month) merged into a",
        f"{len(journey.steps)}-step journey in one process, median (best) of {args.runs} runs. The machine's load",
        f"average when it ran: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.",
        "",
        "| stage | wall-clock time | CPU time |",
        "|---|---:|---:|",
        f"| read and check the export against the journey | {ms(walls, 0)} | {ms(cpus, 0)} |",
        f"| merge: a new journey with the latest figures | {ms(walls, 1)} | {ms(cpus, 1)} |",
        f"| together | {ms(walls, None)} | {ms(cpus, None)} |",
        "",
        f"Target: a 5000-row export adds under 100 ms to a 1000-step render: {total:.0f} ms of CPU time, "
        + ("met." if total < 100 else "not met."),
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    write_section(Path(args.output), "bench/data.py", text)


if __name__ == "__main__":
    main()
