"""Benchmark a repository of journeys: 1000 journeys of 20 steps that share one catalogue, in folders.

    python bench/repository.py            # prints a table and writes its section of docs/performance.md

A team's repository as the issue of many journeys describes it: a catalogue of personas,
touchpoints and departments at the top, journeys in folders that include it. Measured as users run
it: ``journeymd render DIR -o OUT -f svg,html --jobs 2`` cold (nothing rendered yet), then warm
after one journey changed (the other 999 are fresh in the cache). Run it with the Python of a
regular install, as bench/run.py says.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import ROOT, make_journey
from sections import write_section

FOLDERS = ("buying", "returns", "service", "loyalty", "b2b", "store", "app", "support", "billing", "delivery")


def make_repository(folder: Path, journeys: int, steps: int) -> Path:
    """A catalogue at the top and ``journeys`` journeys of ``steps`` steps in ten folders, each
    including the catalogue; the folder of journeys."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(folder)], check=True)  # catalogues are read from inside a repository
    shared = make_journey(steps, seed=0)
    catalogue = {"journeymd": 1, "catalogue": "Shared catalogue"}
    catalogue |= {kind: shared[kind] for kind in ("personas", "touchpoints", "departments")}
    (folder / "catalogue.yaml").write_text(yaml.safe_dump(catalogue, allow_unicode=True, sort_keys=False), "utf-8")
    root = folder / "journeys"
    for number in range(journeys):
        data = make_journey(steps, seed=number + 1)
        for kind in ("personas", "touchpoints", "departments"):
            del data[kind]
        rest = {key: value for key, value in data.items() if key != "journeymd"}
        data = {"journeymd": 1, "include": ["../../catalogue.yaml"], **rest}
        target = root / FOLDERS[number % len(FOLDERS)] / f"journey-{number:04d}.journey.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    # Committed, as a team's journeys are: the index dates each card by its last commit.
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.org",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.org"}  # fmt: skip
    subprocess.run(["git", "-C", str(folder), "add", "."], check=True)
    subprocess.run(["git", "-C", str(folder), "commit", "-qm", "journeys"], check=True, env=env)
    return root


CPU: list[float] = []  # the processor time of each run, its children (workers) included


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds of a whole process; its processor seconds go to CPU (on a shared machine the
    wall time waits for other work, the processor time does not)."""
    import resource
    import subprocess

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--journeys", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3, help="warm runs (the cold render is one run)")
    parser.add_argument("--output", default=str(ROOT / "docs" / "performance.md"))
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    script = Path(sys.executable).with_name("journeymd")
    journeymd = [str(script)] if script.is_file() else [sys.executable, "-m", "journeymd"]
    work = Path(tempfile.mkdtemp(prefix="journeymd-bench-repository-"))
    env = {**os.environ, "JOURNEYMD_CACHE_DIR": str(work / "user-cache")}
    try:
        journeys = make_repository(work, args.journeys, args.steps)
        output = work / "site" / "maps"
        render = [*journeymd, "render", str(journeys), "-o", str(output), "-f", "svg,html", "--jobs", "2", "-q"]
        cold = timed(render, env)
        cold_cpu = CPU[-1]
        files = sorted(journeys.rglob("*.journey.yaml"))
        warm = []
        for run in range(args.runs):
            changed = files[(run * 37) % len(files)]
            text = changed.read_text("utf-8")
            changed.write_text(text.replace("title: Generated", f"title: Run {run}, generated", 1), "utf-8")
            warm.append(timed(render, env))
        warm_cpu = CPU[-args.runs :]
        unchanged = [timed(render, env) for _ in range(args.runs)]
        unchanged_cpu = CPU[-args.runs :]
        check = timed([*journeymd, "render", str(journeys), "-o", str(output), "-f", "svg,html", "--check", "-q"], env)
        check_cpu = CPU[-1]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = [
        "## A repository of journeys",
        "",
        f"`python bench/repository.py`: {args.journeys} journeys of {args.steps} steps in 10 folders, sharing one",
        "catalogue of personas, touchpoints and departments (`include:`), rendered as users do it:",
        "`journeymd render journeys -o site/maps -f svg,html --jobs 2` (whole processes). Warm is the",
        "same command after one journey changed: that journey's two maps are rendered, the others are",
        "fresh in the cache. The machine's load average when it ran:",
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.",
        "",
        "| render | wall time | processor time (user + system, workers included) |",
        "|---|---:|---:|",
        f"| cold: {2 * args.journeys} maps (svg and html) | {cold:.1f} s | {cold_cpu:.1f} s |",
        f"| warm: one journey changed | {statistics.median(warm):.2f} s (best {min(warm):.2f} s) "
        f"| {statistics.median(warm_cpu):.2f} s |",
        f"| warm: nothing changed | {statistics.median(unchanged):.2f} s (best {min(unchanged):.2f} s) "
        f"| {statistics.median(unchanged_cpu):.2f} s |",
        f"| `--check` with the cache, nothing changed | {check:.2f} s | {check_cpu:.2f} s |",
        "",
        f"Target: warm under 1 s with one journey changed: {statistics.median(warm):.2f} s, "
        f"{'met' if statistics.median(warm) < 1 else 'not met'}. The warm render includes the index page",
        "(`index.html`, rebuilt when a journey changes: its summaries are kept as JSON text and joined,",
        "the page counts what the journeys share). What a warm run still does for each of the thousand",
        "journeys: list it, plan its two outputs, look up what the last run remembered of its file (by",
        "size, times and inode), check its two cache entries and join its summary into the index; the",
        "rest is starting Python and loading the renderer (about 0.3 s) and the changed journey's maps.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_write:
        write_section(Path(args.output), "bench/repository.py", text)


if __name__ == "__main__":
    main()
