"""`journeymd watch`: re-renders on save, shows problems without stopping, serves a self-reloading preview."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

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


@pytest.mark.slow  # a watching process
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
        # This problem, not any: the watcher may read the file half written (empty) first.
        assert _wait(lambda: "must be a whole number from -2 to 2" in _get(base + "/"))
        assert "This journey has problems" in _get(base + "/")
        assert "<svg" in _get(base + "/") and "Buying trail shoes" in _get(base + "/")  # the last good map stays
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


def _status(port: int, path: str, host: str | None) -> str:
    """The status line of a raw request with this ``Host`` header (none for None)."""
    header = "" if host is None else f"Host: {host}\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        connection.sendall(f"GET {path} HTTP/1.1\r\n{header}Connection: close\r\n\r\n".encode("ascii"))
        answer = b""
        while b"\r\n" not in answer:
            chunk = connection.recv(4096)
            if not chunk:
                break
            answer += chunk
    return answer.split(b"\r\n", 1)[0].decode("ascii")


@pytest.mark.slow  # a watching process
def test_the_preview_answers_only_to_local_names(tmp_path: Path) -> None:
    # A page on attacker.example that points its name at 127.0.0.1 (DNS rebinding) sends its own Host.
    source = tmp_path / "m.journey.yaml"
    shutil.copy(ROOT / "examples" / "minimal.journey.yaml", source)
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "journeymd.cli", "watch", str(source), "--port", str(port), "--stop-after", "60"],
        stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        assert _wait(lambda: _status(port, "/", f"localhost:{port}").endswith(" 200 OK"))
        for host in (f"127.0.0.1:{port}", f"[::1]:{port}", f"LOCALHOST:{port}"):
            for path in ("/", "/__version"):
                assert _status(port, path, host).endswith(" 200 OK"), (host, path)
        for host in (f"attacker.example:{port}", "attacker.example", f"localhost.attacker.example:{port}",
                     f"127.0.0.1.nip.io:{port}", None):  # fmt: skip
            for path in ("/", "/__version"):
                assert _status(port, path, host).endswith(" 403 Forbidden"), (host, path)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_save_with_problems_keeps_the_last_good_map_below_the_problems(tmp_path: Path) -> None:
    from journeymd.watch import Preview

    source = tmp_path / "shoes.journey.yaml"
    shutil.copy(ROOT / "examples" / "shoes.journey.yaml", source)
    preview = Preview([source])
    # Before any good save there is no map to keep: the problems alone.
    good = source.read_text()
    source.write_text(good.replace("emotion: {first-time: 2, returning: 1}", "emotion: 9"))
    assert preview.rebuild(source)
    page = preview.page("/") or ""
    assert "This journey has problems" in page and "<svg" not in page
    source.write_text(good)
    assert preview.rebuild(source) == []
    source.write_text(good.replace("Buying running shoes online", "Buying <b>trail</b> shoes").replace(
        "emotion: {first-time: 2, returning: 1}", "emotion: 9"))  # fmt: skip
    assert preview.rebuild(source)
    page = preview.page("/") or ""
    problems_at, map_at = page.index("This journey has problems"), page.index("<svg")
    assert problems_at < map_at and page.index("<body") < problems_at
    assert "must be a whole number from -2 to 2, not 9" in page
    assert "Buying running shoes online" in page and "<b>trail</b>" not in page  # the last good map
    assert page.count("/__version") == 1  # one reload poller
