"""What journeymd's start-up tricks save a 50-step render, so that each is kept only while it pays.

    python bench/startup.py            # prints the figures and writes its section of docs/performance.md

Two things are measured, as CPU time of fresh processes (user + system: a shared machine's load
stretches wall time far more), taking turns so that a burst of load falls on all alike:

- the record classes (journeymd/_record.py) against the same package with every record a plain
  ``@dataclass(frozen=True)``: importing what a render imports, and a whole 50-step render;
- each import left inside a function: what it would add to a render that imported it at the top.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from journeygen import make_yaml  # noqa: E402
from sections import write_section  # noqa: E402

RENDER_IMPORTS = "journeymd.cli, journeymd.render, journeymd.layout, journeymd.loader, journeymd.validate"
LIBRARIES = "yaml, click, jinja2, dataclasses, inspect"
# Imports kept inside functions because a 50-step render to SVG does not need what they load.
DEFERRED = {
    "importlib.resources": "font files, for PNG and PDF",
    "fontTools.ttLib": "regenerating the stored width table",
    "uharfbuzz": "measuring scripts that need shaping",
    "pygraphviz": "the flow view",
    "journeymd.lint": "lint settings",
    "tomllib": "a pyproject.toml",
}


def plain_dataclasses(target: Path) -> Path:
    """A copy of the package whose records are plain frozen dataclasses, without _record.py."""
    package = target / "journeymd"
    shutil.copytree(ROOT / "journeymd", package, ignore=shutil.ignore_patterns("__pycache__"))
    for path in package.rglob("*.py"):
        text = path.read_text("utf-8")
        if "_record import" in text:
            text = re.sub(r"from \.+_record import Record, dataclass", "from dataclasses import dataclass", text)
            text = text.replace("@dataclass(frozen=True, eq=False, repr=False)", "@dataclass(frozen=True)")
            path.write_text(text.replace("(Record):", ":"), "utf-8")
    (package / "_record.py").unlink()
    return target


# Children run in an empty folder: Python puts the current folder before PYTHONPATH, and in the
# repository that would import its journeymd whatever PYTHONPATH says.
OUTSIDE = Path(tempfile.mkdtemp(prefix="journeymd-startup-cwd-"))


def cpu_of(command: list[str], env: dict[str, str]) -> float:
    """CPU seconds (user + system) of one process running ``command``."""
    child = subprocess.Popen(command, env=env, cwd=OUTSIDE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return usage.ru_utime + usage.ru_stime


def printed_ms(command: list[str], env: dict[str, str]) -> float:
    return float(subprocess.run(command, env=env, cwd=OUTSIDE, capture_output=True, text=True, check=True).stdout)


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} ms (best {min(values):.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--output", default=str(ROOT / "docs" / "performance.md"))
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="journeymd-startup-"))
    source = work / "j50.journey.yaml"
    source.write_text(make_yaml(50, seed=50), "utf-8")
    homes = {"records": ROOT, "plain dataclasses": plain_dataclasses(work / "plain")}
    environments = {}
    for name, home in homes.items():
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(home / "journeymd")], check=True)
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        environments[name] = env | {"PYTHONPATH": str(home)}

    timed_import = (
        f"import gc, time; gc.disable(); import {LIBRARIES}\nstart = time.process_time()\n"
        f"import {RENDER_IMPORTS}\nprint((time.process_time() - start) * 1000)"
    )
    imports: dict[str, list[float]] = {name: [] for name in homes}
    renders: dict[str, list[float]] = {name: [] for name in homes}
    for run in range(args.runs + 1):  # the first round warms the file cache and is not counted
        for name, env in environments.items():
            imported = printed_ms([sys.executable, "-c", timed_import], env)
            render = [sys.executable, "-m", "journeymd", "render", str(source), "-o", str(work / "x.svg"), "-q"]
            rendered = cpu_of(render, env) * 1000
            if run:
                imports[name].append(imported)
                renders[name].append(rendered)

    extra: dict[str, list[float]] = {module: [] for module in DEFERRED}
    for _ in range(max(5, args.runs // 3)):
        for module in DEFERRED:
            code = (
                f"import gc, time, importlib; gc.disable(); import {RENDER_IMPORTS}\nstart = time.process_time()\n"
                f"importlib.import_module({module!r})\nprint((time.process_time() - start) * 1000)"
            )
            extra[module].append(printed_ms([sys.executable, "-c", code], environments["records"]))
    shutil.rmtree(work)
    shutil.rmtree(OUTSIDE)

    lines = [
        "## Start-up",
        "",
        f"Written by `python bench/startup.py`: CPU time (user + system) of fresh processes, median (best) of "
        f"{args.runs}, taking turns. A start-up trick stays only while it saves a 50-step render more than about 5 ms.",
        "",
        "| journeymd's records as | importing what a render imports | whole 50-step render to SVG |",
        "|---|---:|---:|",
    ]
    lines += [f"| {name} | {spread(imports[name])} | {spread(renders[name])} |" for name in homes]
    lines += [
        "",
        "Imports left inside functions, and what each would add to every render if it were at the top "
        "(best of several processes):",
        "",
    ]
    lines += [f"- `{module}` ({why}): {min(extra[module]):.1f} ms" for module, why in DEFERRED.items()]
    text = "\n".join(lines) + "\n"
    print(text)
    write_section(Path(args.output), "bench/startup.py", text)


if __name__ == "__main__":
    main()
