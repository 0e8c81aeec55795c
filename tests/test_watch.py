"""`journeymd watch`: re-renders on save, shows problems without stopping, serves a self-reloading preview."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def _wait(condition, seconds: float = 20) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def test_watch_rerenders_reports_problems_and_serves_a_reloading_preview(tmp_path: Path) -> None:
    source = tmp_path / "shoes.journey.yaml"
    shutil.copy(ROOT / "examples" / "shoes.journey.yaml", source)
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "journeymd.cli", "watch", str(source), "--port", str(port), "--stop-after", "60"],
        stderr=subprocess.PIPE, text=True)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        assert _wait(lambda: (tmp_path / "shoes.svg").exists() and "Buying running shoes online" in _get(base + "/"))
        page = _get(base + "/")
        assert "/__version" in page and "<svg" in page  # the report with the reload poller
        version = _get(base + "/__version")
        time.sleep(0.05)
        source.write_text(source.read_text().replace("Buying running shoes online", "Buying trail shoes"))
        assert _wait(lambda: _get(base + "/__version") != version)
        assert _wait(lambda: "Buying trail shoes" in (tmp_path / "shoes.svg").read_text())
        assert "Buying trail shoes" in _get(base + "/")
        source.write_text(source.read_text().replace("emotion: {first-time: 2, returning: 1}", "emotion: 9"))
        assert _wait(lambda: "This journey has problems" in _get(base + "/"))
        assert process.poll() is None  # still watching
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=10)
    assert "must be a whole number from -2 to 2" in errors and "Traceback" not in errors
    assert "Buying trail shoes" in (tmp_path / "shoes.svg").read_text()  # the bad save wrote nothing


def test_the_preview_uses_the_theme_asked_for(tmp_path: Path) -> None:
    from journeymd.watch import Preview

    source = tmp_path / "m.journey.yaml"
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", source)
    theme = tmp_path / "brand.yaml"
    theme.write_text('colors:\n  title: "#ab12cd"\n')
    preview = Preview([source], str(theme))
    assert preview.rebuild(source) == []
    assert "#ab12cd" in (preview.page("/") or "")


def test_editing_the_theme_re_renders_the_maps(tmp_path: Path) -> None:
    import threading

    from journeymd.batch import plan
    from journeymd.watch import watch

    source = tmp_path / "m.journey.yaml"
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", source)
    theme = tmp_path / "brand.yaml"
    theme.write_text('colors:\n  title: "#ab12cd"\n')
    out = tmp_path / "m.svg"
    worker = threading.Thread(
        target=watch,
        args=(lambda: [source], lambda changed: plan(changed, None, None, ("svg",), str(theme), 1.0), lambda _: None),
        kwargs={"port": None, "interval": 0.05, "timeout": 3.0, "theme": str(theme)},
    )
    worker.start()
    assert _wait(lambda: "#ab12cd" in out.read_text(), 2)
    time.sleep(0.05)
    theme.write_text('colors:\n  title: "#12ab34"\n')
    assert _wait(lambda: "#12ab34" in out.read_text(), 2)
    worker.join()
