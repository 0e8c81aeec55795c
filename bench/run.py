"""Benchmark journeymd as users run it: whole processes, on generated journeys of growing size.

    python bench/run.py                     # prints a table and writes docs/performance.md
    python bench/run.py --mmdc node_modules/.bin/mmdc --puppeteer-config pp.json   # compare with Mermaid

Each figure is the median of several runs. Peak memory is the child's maximum resident set size.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from journeygen import make_journey, make_yaml  # noqa: E402

SIZES = (10, 50, 200, 1000, 5000)


def timed(command: list[str], runs: int, cwd: Path | None = None) -> tuple[float, float]:
    """Median wall time in seconds and the largest peak RSS in MiB over ``runs`` runs."""
    times, peak = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)  # this child's own resource use
        times.append(time.perf_counter() - start)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            raise SystemExit(f"failed ({child.returncode}): {' '.join(command)}")
        peak = max(peak, usage.ru_maxrss)
    return statistics.median(times), peak / 1024


def mermaid_text(steps: int, seed: int) -> str:
    data = make_journey(steps, seed, branches=False, personas=1)
    lines = ["journey", f"    title {data['title']}"]
    for phase in data["phases"]:
        lines.append(f"    section {phase['name']}")
        for step in phase["steps"]:
            score = step.get("emotion", 0)
            score = next(iter(score.values()), 0) if isinstance(score, dict) else score
            lines.append(f"      {step['name']}: {score + 3}: Me")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=lambda s: tuple(int(x) for x in s.split(",")), default=SIZES)
    parser.add_argument("--mmdc", help="path of mermaid-cli's mmdc, to compare on the same journeys")
    parser.add_argument("--puppeteer-config", help="mmdc -p file (e.g. executablePath of Debian's Chromium)")
    parser.add_argument("--output", default=str(ROOT / "docs" / "performance.md"))
    args = parser.parse_args()

    journeymd = [sys.executable, "-m", "journeymd.cli"]
    work = Path(tempfile.mkdtemp(prefix="journeymd-bench-"))
    rows = []
    floor, _ = timed([sys.executable, "-c", "pass"], args.runs)
    for size in args.sizes:
        source = work / f"j{size}.journey.yaml"
        source.write_text(make_yaml(size, seed=size), "utf-8")
        runs = args.runs if size <= 1000 else max(1, args.runs // 2)
        validate, _ = timed([*journeymd, "validate", "-q", str(source)], runs)
        svg, svg_mem = timed([*journeymd, "render", str(source), "-o", str(work / f"j{size}.svg"), "-q"], runs)
        page, page_mem = timed([*journeymd, "render", str(source), "-o", str(work / f"j{size}.html"), "-q"], runs)
        row = {"steps": size, "validate": validate, "svg": svg, "svg_mib": svg_mem, "html": page,
               "html_mib": page_mem, "mmdc": None}  # fmt: skip
        if args.mmdc and size <= 200:
            mmd = work / f"j{size}.mmd"
            mmd.write_text(mermaid_text(size, size), "utf-8")
            command = [args.mmdc, "-i", str(mmd), "-o", str(work / f"j{size}-mermaid.svg")]
            if args.puppeteer_config:
                command += ["-p", args.puppeteer_config]
            row["mmdc"] = timed(command, max(1, runs // 2))[0]
        rows.append(row)
        print(json.dumps(row), flush=True)

    batch = work / "batch"
    for n in range(100):
        (batch / f"team-{n % 10}").mkdir(parents=True, exist_ok=True)
        (batch / f"team-{n % 10}" / f"map-{n}.journey.yaml").write_text(make_yaml(20, seed=n), "utf-8")
    out = work / "batch-out"
    cold, _ = timed([*journeymd, "render", str(batch), "-o", str(out), "-q"], 1)
    warm, _ = timed([*journeymd, "render", str(batch), "-o", str(out), "-q"], args.runs)
    shutil.rmtree(out)
    parallel, _ = timed([*journeymd, "render", str(batch), "-o", str(out), "-q", "--jobs", str(os.cpu_count() or 2)], 1)
    write_report(rows, floor, cold, warm, parallel, Path(args.output), args)
    shutil.rmtree(work)


def write_report(rows: list[dict], floor: float, cold: float, warm: float, parallel: float, target: Path,  # type: ignore[type-arg]
                 args: argparse.Namespace) -> None:  # fmt: skip
    from importlib.metadata import version

    by_size = {r["steps"]: r for r in rows}
    lines = [
        "# Performance",
        "",
        "Written by `python bench/run.py` — rerun it after a change that could matter. Every time is a whole",
        "process as a user starts it (`python -m journeymd.cli …`), median of several runs; memory is",
        "the peak resident set size. Journeys are generated by `tests/journeygen.py`: phases,",
        "touchpoints, departments, two personas, branches and loops, long Dutch and English labels.",
        "",
        f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"PyYAML {version('pyyaml')} (libyaml: {'yes' if _has_libyaml() else 'no'}), Jinja2 {version('jinja2')}, "
        f"fastjsonschema {version('fastjsonschema')}, resvg-py {version('resvg-py')}.",
        f"Floor (`python -c pass`): {floor * 1000:.0f} ms. "
        f"PYTHONDONTWRITEBYTECODE={'set' if os.environ.get('PYTHONDONTWRITEBYTECODE') else 'unset'}.",
        "",
        "| steps | validate | render SVG | peak RSS (SVG) | render HTML | peak RSS (HTML) | mermaid-cli (mmdc) |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        mmdc = f"{r['mmdc'] * 1000:.0f} ms" if r["mmdc"] else "—"
        lines.append(
            f"| {r['steps']} | {r['validate'] * 1000:.0f} ms | {r['svg'] * 1000:.0f} ms | "
            f"{r['svg_mib']:.0f} MiB | {r['html'] * 1000:.0f} ms | {r['html_mib']:.0f} MiB | {mmdc} |"
        )
    if 1000 in by_size and 5000 in by_size:
        ratio = by_size[5000]["svg"] / by_size[1000]["svg"]
        lines += ["", f"Growth from 1000 to 5000 steps (SVG): ×{ratio:.1f} for ×5 the steps."]
    lines += [
        "",
        f"Batch of 100 maps of 20 steps in 10 folders: cold {cold:.2f} s, warm (all fresh, cached) {warm:.2f} s, "
        f"cold with `--jobs {os.cpu_count()}` {parallel:.2f} s.",
        "",
        "Targets: a 50-step map in 120 ms (whole process), 1000 steps in 2 s and 200 MiB, near-linear growth",
        "to 5000 steps, a warm batch of 100 maps in 1 s.",
    ]
    if not any(r["mmdc"] for r in rows):
        lines += ["", "mermaid-cli was not measured in this run (pass `--mmdc`)."]
    target.write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))


def _has_libyaml() -> bool:
    import yaml

    return hasattr(yaml, "CSafeLoader")


if __name__ == "__main__":
    main()
