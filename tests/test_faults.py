"""Faults during a batch render: a killed command, a dying worker, a kill that left temporaries."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from journeygen import make_yaml

ROOT = Path(__file__).resolve().parent.parent
ENDINGS = {".svg": b"</svg>\n", ".html": b"</html>\n"}

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads processes from /proc"),
    pytest.mark.slow,  # worker processes started and killed
]


def _journeys(folder: Path, count: int, steps: int) -> Path:
    folder.mkdir()
    text = make_yaml(steps)
    for number in range(count):
        (folder / f"map{number:02}.journey.yaml").write_text(text, "utf-8")
    return folder


def _start(journeys: Path, out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "journeymd", "render", str(journeys), "-o", str(out), "-f", "svg,html", "-j", "2"]
    # A session of its own: every process the render starts can be found by it, and none escapes.
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _living(session: int) -> list[int]:
    """Processes of this session that still run (a zombie has ended; only its parent's wait is missing)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.fixture
def sessions() -> Iterator[list[int]]:
    """Sessions of renders started by a test; whatever of them still runs afterwards is ended, so
    that a test failing on a left-over worker does not leave it running too."""
    started: list[int] = []
    yield started
    for session in started:
        for pid in _living(session):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def _wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def _outputs_are_whole(out: Path) -> list[Path]:
    files = [p for p in out.rglob("*") if p.is_file()]
    assert not [p for p in files if p.name.endswith(".tmp")], "a temporary file was left"
    outputs = [p for p in files if p.suffix in ENDINGS]
    for output in outputs:
        assert output.read_bytes().endswith(ENDINGS[output.suffix]), f"{output} is half-written"
    return outputs


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killing_a_parallel_render_leaves_no_process_and_no_half_written_output(
    tmp_path: Path, sig: int, sessions: list[int]
) -> None:
    journeys, out = _journeys(tmp_path / "journeys", 12, 300), tmp_path / "out"
    render = _start(journeys, out)
    sessions.append(render.pid)
    assert _wait_for(lambda: len(_children(render.pid)) == 2 and list(out.glob("*.svg")), 60), "no worker started"
    os.kill(render.pid, sig)
    render.wait(10)
    assert _wait_for(lambda: not _living(render.pid), 10), f"left running: {_living(render.pid)}"
    written = _outputs_are_whole(out)
    assert len(written) < 24  # killed before the end, and nothing went on writing after
    time.sleep(0.5)
    assert len(_outputs_are_whole(out)) == len(written)


def test_a_dying_worker_fails_its_journey_by_name_and_the_others_render(tmp_path: Path, sessions: list[int]) -> None:
    journeys, out = _journeys(tmp_path / "journeys", 6, 300), tmp_path / "out"
    render = _start(journeys, out)
    sessions.append(render.pid)
    assert _wait_for(lambda: len(_children(render.pid)) == 2 and list(out.glob("*.svg")), 60), "no worker started"
    os.kill(_children(render.pid)[0], signal.SIGKILL)
    _, stderr = render.communicate(timeout=120)
    errors = stderr.decode()
    assert render.returncode == 1, errors
    assert "BrokenProcessPool" not in errors and "internal error" not in errors
    died = [line for line in errors.splitlines() if "stopped (killed by SIGKILL)" in line]
    assert len(died) == 1 and died[0].startswith(f"journeymd: {journeys}{os.sep}map"), errors
    assert "11 rendered, 0 fresh, 1 failed" in errors
    # The killed worker may have written its map just before it died, but never half of one.
    maps = [p for p in _outputs_are_whole(out) if p.name != "index.html"]  # the index lists the 11 as well
    assert len(maps) in (11, 12)


def test_more_jobs_than_cores_or_journeys_start_no_more_workers(tmp_path: Path) -> None:
    journeys, out = _journeys(tmp_path / "journeys", 2, 300), tmp_path / "out"
    command = [sys.executable, "-m", "journeymd", "render", str(journeys), "-o", str(out), "-f", "svg", "-j", "64"]
    render = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    most = 0
    while render.poll() is None:
        most = max(most, len(_children(render.pid)))
        time.sleep(0.01)
    assert render.returncode == 0, render.stderr.read() if render.stderr else ""
    assert 1 <= most <= min(2, len(os.sched_getaffinity(0)))


def test_temporaries_a_killed_run_left_are_removed_by_the_next(tmp_path: Path) -> None:
    journeys, out = _journeys(tmp_path / "journeys", 1, 5), tmp_path / "out"
    out.mkdir()
    gone = out / ".map00.svg.4194999-0.tmp"  # beyond Linux's largest process id: that process is gone
    old = out / f".map00.svg.{os.getpid()}-1.tmp"  # a process that runs, but a day old
    writing = out / f".map00.svg.{os.getpid()}-0.tmp"  # a process that runs: it may be writing
    theirs = out / "notes.4194999-0.tmp"  # not named as journeymd names its temporaries
    for file in (gone, old, writing, theirs):
        file.write_text("partial")
    os.utime(old, (time.time() - 2 * 86400,) * 2)
    result = subprocess.run([sys.executable, "-m", "journeymd", "render", str(journeys), "-o", str(out)],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [".journeymd-cache.json", "map00.svg", writing.name, theirs.name]
    )


FAKE_CHROMIUM = """#!{python}
import sys
pdf = next(a.split("=", 1)[1] for a in sys.argv if a.startswith("--print-to-pdf="))
{body}
"""


@pytest.mark.parametrize(
    ("body", "said"),
    [
        (
            "sys.stderr.write('[1:1:ERROR:gpu.cc] ok\\nPrinting failed: page too large\\x1b[31m\\n'); sys.exit(1)",
            "did not write a PDF and exited with code 1: [1:1:ERROR:gpu.cc] ok | "
            "Printing failed: page too large\\x1b[31m",
        ),
        (
            "open(pdf, 'wb').write(b'%PDF-1.4 half of it'); sys.exit(0)",
            "wrote an incomplete PDF and exited with code 0",
        ),
        (
            "open(pdf, 'wb').write(b'%PDF-1.4 all\\n%%EOF\\n'); sys.exit(-11 % 256)",
            "wrote a PDF and exited with code 245",
        ),
    ],
    ids=["fails", "half-written", "complete-but-failed"],
)
def test_a_failing_chromium_is_named_with_what_it_said(tmp_path: Path, body: str, said: str) -> None:
    fake = tmp_path / "chromium"
    fake.write_text(FAKE_CHROMIUM.format(python=sys.executable, body=body))
    fake.chmod(0o755)
    target = tmp_path / "map.pdf"
    env = {**os.environ, "JOURNEYMD_CHROMIUM": str(fake)}
    source = ROOT / "examples" / "minimal.journey.yaml"
    command = [sys.executable, "-m", "journeymd", "render", str(source), "-o", str(target)]
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    assert result.returncode == 1 and not target.exists()
    assert f"journeymd: Chromium at {fake} {said}; a very long map may not fit on one page: try --page a3\n" in (
        result.stderr
    )
