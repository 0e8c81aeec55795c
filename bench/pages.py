"""Benchmark maps fitted to a page (``--page``), as whole processes the way users run them.

    python bench/pages.py            # prints a table and writes its section of docs/performance.md

Run it with the Python of a regular install, as bench/run.py says. The 50-step strip is the
default render, measured beside the same map wrapped to a docs column; the paged PDF includes
starting Chromium.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import ROOT, interleaved, make_yaml
from sections import write_section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--output", default=str(ROOT / "docs" / "performance.md"))
    args = parser.parse_args()
    script = Path(sys.executable).with_name("journeymd")
    journeymd = [str(script)] if script.is_file() else [sys.executable, "-m", "journeymd"]
    work = Path(tempfile.mkdtemp(prefix="journeymd-bench-pages-"))
    sources = {}
    for size in (50, 200, 1000):
        sources[size] = work / f"j{size}.journey.yaml"
        sources[size].write_text(make_yaml(size, seed=size), "utf-8")

    def render(size: int, out: str, *options: str) -> list[str]:
        return [*journeymd, "render", str(sources[size]), "-o", str(work / out), "-q", *options]

    cases = {
        "50 steps, one strip (default), SVG": render(50, "s50.svg"),
        "50 steps, --page docs, SVG": render(50, "d50.svg", "--page", "docs"),
        "200 steps, --page a3, PDF": render(200, "a200.pdf", "--page", "a3"),
        "1000 steps, one strip, SVG": render(1000, "s1000.svg"),
        "1000 steps, --page docs, SVG": render(1000, "d1000.svg", "--page", "docs"),
    }
    measured = {}
    for name, command in cases.items():
        runs = args.runs if "PDF" not in name else max(2, args.runs // 2)
        measured |= interleaved({name: command}, runs)
    lines = [
        "## Maps fitted to a page",
        "",
        "`python bench/pages.py`: whole processes, median (best) of several runs, and the largest peak memory",
        "the operating system reports for the process. The machine's load average when it ran:",
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (figures under load are slower than on a quiet machine;",
        "compare the rows with each other).",
        "",
        "| render | time | peak RSS |",
        "|---|---:|---:|",
    ]
    for name, (times, peak) in measured.items():
        lines.append(
            f"| {name} | {statistics.median(times) * 1000:.0f} ms ({min(times) * 1000:.0f} ms) | {peak:.0f} MiB |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    write_section(Path(args.output), "bench/pages.py", text)


if __name__ == "__main__":
    main()
