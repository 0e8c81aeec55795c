"""Benchmark the HTML report where readers use it: in headless Chromium, at 200, 1000 and 5000 steps.

    python bench/browser.py            # prints a table and writes its section of docs/performance.md

For each generated journey (tests/journeygen.py) it renders the report, opens it from a file and
measures: the load event, the DOM size, a click on a step and a keystroke in the search box until
the next frame is drawn, the frames while the map scrolls sideways, the renderer's resident memory
and the size of the HTML file. Figures are the median of a few runs; the worst frame is the largest.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from journeygen import make_yaml  # noqa: E402
from sections import write_section  # noqa: E402

SIZES = (200, 1000, 5000)
HEADING = "## The report in a browser"
VIEWPORT = {"width": 1440, "height": 900}

# Time from an input event to the frame after it: requestAnimationFrame runs before that frame's
# style, layout and paint, the task after it once the frame is done.
PROBE = """
window.__latency = [];
for (const type of ["click", "keydown"]) {
  addEventListener(type, (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__latency.push([type, performance.now() - start]), 0));
  }, true);
}
"""

NEXT_FRAME = "() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))"

SCROLL = """async (steps) => {
  const frame = document.getElementById("jm-frame");
  const times = [];
  for (let i = 0; i < steps; i++) {
    const start = performance.now();
    frame.scrollLeft += frame.clientWidth / 2;
    frame.scrollTop = (i % 2) * frame.clientHeight / 3;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    times.push(performance.now() - start);
  }
  return times;
}"""


def renderer_rss_mib() -> float:
    """The largest resident set of a Chromium renderer started under this process."""
    mine = os.getpid()
    parents: dict[int, int] = {}
    renderers: list[int] = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry.name)] = int(fields.get("PPid", "0").strip())
        if b"--type=renderer" in command:
            renderers.append(int(entry.name))

    def ours(pid: int) -> bool:
        while pid > 1:
            if pid == mine:
                return True
            pid = parents.get(pid, 0)
        return False

    largest = 0.0
    for pid in renderers:
        if not ours(pid):
            continue
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                largest = max(largest, int(line.split()[1]) / 1024)
    return largest


def measure(browser: Any, page_file: Path) -> dict[str, Any]:
    page = browser.new_page(viewport=VIEWPORT)
    page.add_init_script(PROBE)
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    load = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventStart")
    # A long journey's map is drawn from data after the load event: count until a frame shows it.
    drawn = page.evaluate(
        "new Promise((done) => { const check = () => document.querySelector('#jm-frame g[data-step]')"
        " ? done(performance.now()) : requestAnimationFrame(check); check(); })"
    )
    page.evaluate(NEXT_FRAME)
    page.wait_for_timeout(300)  # let work deferred past the load event finish
    elements = page.evaluate("document.getElementsByTagName('*').length")
    page.evaluate("window.__latency = []")
    steps = page.locator("#jm-frame g[data-step]")
    for n in range(3):
        box = steps.nth(n).bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + 12)
        page.evaluate(NEXT_FRAME)
    clicks = [t for kind, t in page.evaluate("window.__latency") if kind == "click"]
    page.evaluate("window.__latency = []")
    page.focus("#jm-search")
    page.keyboard.type("hotline", delay=60)
    page.evaluate(NEXT_FRAME)
    for _ in range(7):
        page.keyboard.press("Backspace", delay=60)
    page.evaluate(NEXT_FRAME)
    keys = [t for kind, t in page.evaluate("window.__latency") if kind == "keydown"]
    frames = page.evaluate(SCROLL, 24)
    memory = renderer_rss_mib()
    page.close()
    return {
        "load": load,
        "drawn": drawn,
        "elements": elements,
        "click": statistics.median(clicks),
        "click_max": max(clicks),
        "key": statistics.median(keys),
        "key_max": max(keys),
        "scroll": statistics.median(frames),
        "scroll_max": max(frames),
        "rss": memory,
    }


def run(sizes: tuple[int, ...], runs: int) -> list[dict[str, Any]]:
    from playwright.sync_api import sync_playwright

    import journeymd
    from journeymd.raster import find_chromium
    from journeymd.render import render_html

    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        for size in sizes:
            page_file = Path(folder) / f"report-{size}.html"
            page_file.write_text(render_html(journeymd.loads(make_yaml(size))), "utf-8")
            results = []
            for _ in range(runs):
                # A fresh browser for each run: memory is that of one page, not of the runs before it.
                browser = playwright.chromium.launch(executable_path=find_chromium(), args=["--disable-gpu"])
                results.append(measure(browser, page_file))
                browser.close()
            row: dict[str, Any] = {"steps": size, "bytes": page_file.stat().st_size}
            for key in results[0]:
                values = [r[key] for r in results]
                row[key] = max(values) if key.endswith("_max") or key == "rss" else statistics.median(values)
            rows.append(row)
            print(_row(row), flush=True)
    return rows


def _row(r: dict[str, Any]) -> str:
    return (
        f"| {r['steps']} | {r['bytes'] / 1e6:.2f} MB | {r['elements']:,.0f} | {r['load']:.0f} ms | "
        f"{r['drawn']:.0f} ms | "
        f"{r['click']:.0f} ms ({r['click_max']:.0f}) | {r['key']:.0f} ms ({r['key_max']:.0f}) | "
        f"{r['scroll']:.0f} ms ({r['scroll_max']:.0f}) | {r['rss']:.0f} MiB |"
    ).replace(",", " ")


def section(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        HEADING,
        "",
        "Written by `python bench/browser.py`. The report of a generated journey opened from a file in",
        f"headless Chromium at {VIEWPORT['width']}×{VIEWPORT['height']}: the load event, elements in the DOM",
        "after it, the first frame that shows the map (a long journey's map is drawn from data after the",
        "load event), a click on a step and a keystroke in the search box until the next frame is drawn, one",
        "frame of scrolling the map by half its width (this includes waiting for the next display frame,",
        "up to 16.7 ms), and the renderer's resident memory. Median of the runs, the worst in brackets;",
        "the worst cases are those of a machine shared with other work.",
        "",
        f"Machine: {platform.platform()}, {os.cpu_count()} cores; Chromium {chromium_version()}.",
        "",
        "| steps | HTML | DOM elements | load | map drawn | click → frame | keystroke → frame | scroll → frame "
        "| renderer RSS |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(_row(r) for r in rows),
        "",
        "Targets: 1000 steps load ≤ 1 s and interactions ≤ 50 ms; 5000 steps load ≤ 2 s, ≤ 300 MB, HTML ≤ 3 MB.",
        "",
    ]
    by_size = {r["steps"]: r for r in rows}

    def verdict(ok: bool) -> str:
        return "met" if ok else "**not met**"

    for size, load in ((1000, 1000), (5000, 2000)):
        if size in by_size:
            r = by_size[size]
            worst = max(r["click"], r["key"])
            shown = max(r["load"], r["drawn"])
            lines.append(
                f"- {size} steps: loaded with the map drawn in {shown:.0f} ms (≤ {load}), click and keystroke "
                f"{worst:.0f} ms (≤ 50), {verdict(shown <= load and worst <= 50)}."
            )
    if 5000 in by_size:
        r = by_size[5000]
        lines.append(f"- 5000 steps: renderer {r['rss']:.0f} MiB (≤ 300), {verdict(r['rss'] <= 300)}.")
        lines.append(f"- 5000 steps: HTML {r['bytes'] / 1e6:.2f} MB (≤ 3), {verdict(r['bytes'] <= 3e6)}.")
    return lines


def chromium_version() -> str:
    from journeymd.raster import find_chromium

    executable = find_chromium()
    if executable is None:
        return "not found"
    found = subprocess.run([executable, "--version"], capture_output=True, text=True, check=False).stdout
    version = re.search(r"[0-9]+(?:\.[0-9]+)+", found)
    return version.group(0) if version else "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--output", default=str(ROOT / "docs" / "performance.md"))
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args()
    print("| steps | HTML | DOM elements | load | map drawn | click | keystroke | scroll | renderer RSS |")
    rows = run(tuple(args.sizes), args.runs)
    if not args.no_write:
        write_section(Path(args.output), "bench/browser.py", "\n".join(section(rows)) + "\n")


if __name__ == "__main__":
    main()
