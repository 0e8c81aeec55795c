"""Benchmark journeymd as users run it: whole processes, on generated journeys of growing size.

    python bench/run.py                     # prints a table and writes docs/performance.md
    python bench/run.py --mmdc node_modules/.bin/mmdc --puppeteer-config pp.json   # compare with Mermaid

Run it with the Python of a regular install (``python -m venv v && v/bin/pip install . &&
v/bin/python bench/run.py``), as users have it: an editable install adds an import hook that
costs every process about 10 ms.

Whole-process figures are the median (and the best) of several runs; peak memory is the child's
maximum resident set size. Stage figures are measured inside one process, best of several runs,
so that the noise of a shared machine cancels out.
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
from sections import kept_sections  # noqa: E402

SIZES = (10, 50, 200, 1000, 5000)
TARGET_SIZE = 50  # the size of the whole-process time target
# What a render imports: the libraries the design builds on, then everything including our own modules.
LIBRARIES = ("yaml", "click", "jinja2")
# The command imports with the garbage collector paused (journeymd/__main__.py); so do the floors.
PAUSE_GC = "import gc; gc.disable()"
OWN_MODULES = ("journeymd.cli", "journeymd.render", "journeymd.layout", "journeymd.loader", "journeymd._schema_check")


Timings = tuple[list[float], float]  # every run's seconds, the largest peak RSS in MiB


def timed(command: list[str], runs: int, warm_up: bool = True) -> tuple[float, float]:
    """Median wall time in seconds and the largest peak RSS in MiB over ``runs`` runs."""
    times, peak = interleaved({"": command}, runs, warm_up)[""]
    return statistics.median(times), peak


def interleaved(commands: dict[str, list[str]], runs: int, warm_up: bool = True) -> dict[str, Timings]:
    """Every run's wall time in seconds and the largest peak RSS in MiB, per command. The commands
    take turns, so that a burst of load on a shared machine falls on all of them alike; with
    ``warm_up``, one round is not counted (it fills the file cache and writes bytecode)."""
    results: dict[str, Timings] = {name: ([], 0.0) for name in commands}
    for run in range(runs + 1 if warm_up else runs):
        for name, command in commands.items():
            seconds, peak = _run_once(command)
            times, highest = results[name]
            if run or not warm_up:
                times.append(seconds)
            results[name] = times, max(highest, peak)
    return results


def _run_once(command: list[str]) -> tuple[float, float]:
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)  # this child's own resource use
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024


STAGES = ("parse", "validate", "build", "layout", "svg", "html")


def stage_times(source: Path, runs: int) -> dict[str, float]:
    """Seconds per pipeline stage for one journey, best of ``runs``, measured through the public
    modules inside this process (imports already paid)."""
    from journeymd import loader, model, validate
    from journeymd.layout import layout
    from journeymd.render import render_html, render_svg

    best = dict.fromkeys(STAGES, float("inf"))
    name = str(source)
    for _ in range(runs):
        lap = time.perf_counter()
        marks = {}
        text = loader.read_text(source, name)
        data = loader.parse_yaml(text, name)
        marks["parse"] = time.perf_counter()
        assert not validate.check(data, name)
        marks["validate"] = time.perf_counter()
        journey = model.build(data, name)
        marks["build"] = time.perf_counter()
        scene = layout(journey)
        marks["layout"] = time.perf_counter()
        render_svg(journey, scene=scene)
        marks["svg"] = time.perf_counter()
        render_html(journey)
        marks["html"] = time.perf_counter()
        for stage in STAGES:
            best[stage] = min(best[stage], marks[stage] - lap)
            lap = marks[stage]
    return best


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

    script = Path(sys.executable).with_name("journeymd")  # the command as users start it
    journeymd = [str(script)] if script.is_file() else [sys.executable, "-m", "journeymd"]
    work = Path(tempfile.mkdtemp(prefix="journeymd-bench-"))
    rows = []
    floor_commands = {
        "python": [sys.executable, "-c", "pass"],
        "libraries": [sys.executable, "-c", f"{PAUSE_GC}; import {', '.join(LIBRARIES)}"],
        "journeymd": [sys.executable, "-c", f"{PAUSE_GC}; import {', '.join((*OWN_MODULES, *LIBRARIES))}"],
    }
    # The floors take turns with the renders of the size the main target is about, so that the
    # two can be compared whatever the machine was doing meanwhile.
    floor_size = TARGET_SIZE if TARGET_SIZE in args.sizes else args.sizes[0]
    floors: dict[str, list[float]] = {}
    for size in args.sizes:
        source = work / f"j{size}.journey.yaml"
        source.write_text(make_yaml(size, seed=size), "utf-8")
        runs = args.runs if size <= 1000 else max(1, args.runs // 2)
        commands = {
            "validate": [*journeymd, "validate", "-q", str(source)],
            "svg": [*journeymd, "render", str(source), "-o", str(work / f"j{size}.svg"), "-q"],
            "html": [*journeymd, "render", str(source), "-o", str(work / f"j{size}.html"), "-q"],
        }
        if size == floor_size:
            commands |= floor_commands
            runs *= 3
        measured = interleaved(commands, runs)
        floors |= {name: measured.pop(name)[0] for name in floor_commands if name in measured}
        (validate_runs, _), (svg_runs, svg_mem), (page_runs, page_mem) = measured.values()
        validate, page = statistics.median(validate_runs), statistics.median(page_runs)
        row = {"steps": size, "validate": validate, "svg": statistics.median(svg_runs), "svg_best": min(svg_runs),
               "svg_mib": svg_mem, "html": page, "html_mib": page_mem, "mmdc": None,
               "stages": stage_times(source, runs)}  # fmt: skip
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
    cold, _ = timed([*journeymd, "render", str(batch), "-o", str(out), "-q"], 1, warm_up=False)
    warm, _ = timed([*journeymd, "render", str(batch), "-o", str(out), "-q"], args.runs)
    shutil.rmtree(out)
    parallel, _ = timed(
        [*journeymd, "render", str(batch), "-o", str(out), "-q", "--jobs", str(os.cpu_count() or 2)], 1, warm_up=False
    )
    write_report(rows, floors, cold, warm, parallel, Path(args.output), args)
    shutil.rmtree(work)


def write_report(rows: list[dict], floors: dict[str, list[float]], cold: float, warm: float,  # type: ignore[type-arg]
                 parallel: float, target: Path, args: argparse.Namespace) -> None:  # fmt: skip
    from importlib.metadata import version

    by_size = {r["steps"]: r for r in rows}

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.0f} ms"

    def spread(times: list[float]) -> str:
        return f"{ms(statistics.median(times))} (best {ms(min(times))})"

    lines = [
        "# Performance",
        "",
        "Written by `python bench/run.py` — rerun it after a change that could matter. Whole-process times",
        "are a process as a user starts it (the `journeymd` command), the median of several runs with the",
        "best in brackets; memory is the peak resident set size. Journeys are generated by",
        "`tests/journeygen.py`: phases, touchpoints, departments, two personas, branches and loops, long",
        "Dutch and English labels.",
        "",
        f"Machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"PyYAML {version('pyyaml')} (libyaml: {'yes' if _has_libyaml() else 'no'}), Jinja2 {version('jinja2')}, "
        f"click {version('click')}, resvg-py {version('resvg-py')}; journeymd {_install_kind()}. "
        f"PYTHONDONTWRITEBYTECODE={'set' if os.environ.get('PYTHONDONTWRITEBYTECODE') else 'unset'}.",
        "",
        "## Whole processes",
        "",
        "| steps | validate | render SVG | peak RSS (SVG) | render HTML | peak RSS (HTML) | mermaid-cli (mmdc) |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        mmdc = ms(r["mmdc"]) if r["mmdc"] else "—"
        lines.append(
            f"| {r['steps']} | {ms(r['validate'])} | {ms(r['svg'])} ({ms(r['svg_best'])}) | "
            f"{r['svg_mib']:.0f} MiB | {ms(r['html'])} | {r['html_mib']:.0f} MiB | {mmdc} |"
        )
    if 1000 in by_size and 5000 in by_size:
        ratio = by_size[5000]["svg"] / by_size[1000]["svg"]
        lines += ["", f"Growth from 1000 to 5000 steps (SVG): ×{ratio:.1f} for ×5 the steps."]
    lines += [
        "",
        f"Batch of 100 maps of 20 steps in 10 folders: cold {cold:.2f} s, warm (all fresh, cached) {warm:.2f} s, "
        f"cold with `--jobs {os.cpu_count()}` {parallel:.2f} s.",
        "",
        "## Where the time goes",
        "",
        "Starting Python and importing what a render needs, as whole processes that do nothing else",
        f"(taking turns with the {TARGET_SIZE}-step renders above; importing with the garbage collector",
        "paused, as the command does):",
        "",
        f"- `python -c pass`: {spread(floors['python'])}",
        f"- importing the libraries journeymd is built on ({', '.join(LIBRARIES)}): {spread(floors['libraries'])}",
        f"- importing everything a render imports, our modules included: {spread(floors['journeymd'])}",
        "",
        "Each stage inside one process, imports already paid (best of several runs):",
        "",
        "| steps | " + " | ".join(STAGES) + " |",
        "|---:|" + "---:|" * len(STAGES),
    ]
    for r in rows:
        lines.append(f"| {r['steps']} | " + " | ".join(f"{r['stages'][s] * 1000:.1f} ms" for s in STAGES) + " |")
    lines += [
        "",
        "`parse` reads the YAML with libyaml keeping positions, `validate` runs the compiled schema check and the",
        "cross references, `build` makes the model, `layout` wraps and places everything, `svg` and `html` print",
        "the templates (`html` lays the map out again and adds the report).",
    ]
    lines += ["", "## Against the targets", "", *_verdicts(by_size, floors, warm)]
    if not any(r["mmdc"] for r in rows):
        lines += ["", "mermaid-cli was not measured in this run (pass `--mmdc`)."]
    # The other benchmarks (bench/pages.py, hostile.py, browser.py) write sections of their own: keep them.
    target.write_text("\n".join(lines) + "\n\n" + kept_sections(target), "utf-8")
    print("\n".join(lines))


def _verdicts(by_size: dict[int, dict], floors: dict[str, list[float]], warm: float) -> list[str]:  # type: ignore[type-arg]
    """One line per target: the figure, and whether it is met."""

    def verdict(ok: bool) -> str:
        return "met" if ok else "**not met**"

    lines = []
    if TARGET_SIZE in by_size:
        target = by_size[TARGET_SIZE]
        svg = target["svg"]
        libraries = statistics.median(floors["libraries"])
        stages = sum(target["stages"][stage] for stage in ("parse", "validate", "build", "layout", "svg"))
        lines.append(
            f"- 50-step map to SVG in ≤ 120 ms: {svg * 1000:.0f} ms (best {target['svg_best'] * 1000:.0f} ms), "
            f"{verdict(svg <= 0.12)}. Importing the libraries alone takes {libraries * 1000:.0f} ms on this "
            f"machine; the stages of the render itself take {stages * 1000:.0f} ms."
        )
    if 1000 in by_size:
        r = by_size[1000]
        ok = max(r["svg"], r["html"]) <= 2 and max(r["svg_mib"], r["html_mib"]) <= 200
        lines.append(
            f"- 1000 steps in ≤ 2 s and ≤ 200 MiB: {r['svg']:.2f} s, {r['svg_mib']:.0f} MiB (HTML {r['html']:.2f} s, "
            f"{r['html_mib']:.0f} MiB), {verdict(ok)}."
        )
    if 1000 in by_size and 5000 in by_size:
        ratio = by_size[5000]["svg"] / by_size[1000]["svg"]
        lines.append(f"- near-linear growth to 5000 steps: ×{ratio:.1f} for ×5 the steps, {verdict(ratio <= 6)}.")
    lines.append(f"- a warm batch of 100 maps in ≤ 1 s: {warm:.2f} s, {verdict(warm <= 1)}.")
    return lines


def _install_kind() -> str:
    import journeymd

    if Path(journeymd.__file__).resolve().is_relative_to(ROOT):
        return "from the source tree (an editable install: every process pays its import hook)"
    return "installed regularly (pip install .)"


def _has_libyaml() -> bool:
    import yaml

    return hasattr(yaml, "CSafeLoader")


if __name__ == "__main__":
    main()
