"""`journeymd watch`: re-render on save and serve a preview on 127.0.0.1 that reloads itself.

Files are polled (a few stat calls a second), so it works the same on every platform and inside
containers where file events do not arrive.
"""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

from . import load
from .batch import Job, run
from .problem import JourneyError, Problem
from .render import render_html
from .reporting import format_problems

__all__ = ["Preview", "watch"]

_RELOAD = """<script>
(function () {
  var seen = null;
  setInterval(function () {
    fetch("/__version", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (v) {
      if (seen === null) { seen = v; } else if (v !== seen) { location.reload(); }
    }).catch(function () {});
  }, 700);
}());
</script>"""


class Preview:
    """The latest report (or problems) of every watched journey, and a version that bumps on change."""

    def __init__(self, sources: Sequence[Path], theme: str = "default") -> None:
        self.sources = list(sources)
        self.theme = theme
        self.pages: dict[str, str] = {}
        self.last_good: dict[str, str] = {}  # the report of each journey's last save without problems
        self.version = 0
        self.lock = threading.Lock()

    def rebuild(self, source: Path) -> list[Problem]:
        try:
            page = render_html(load(source), self.theme)
            problems: list[Problem] = []
        except JourneyError as error:
            problems = list(error.problems)
        except Exception as exc:  # watching goes on, whatever one save broke
            problems = [Problem(str(source), 1, 1, f"internal error: {type(exc).__name__}: {exc}", "internal")]
        key = source.as_posix()
        if problems:
            items = "".join(
                f"<li><code>{'' if p.path == str(source) else html.escape(p.path) + ':'}{p.line}:{p.column}</code> "
                f"{html.escape(p.message)}</li>"
                for p in problems
            )  # a theme's problems name the theme file
            good = self.last_good.get(key)
            if good is None:
                page = (f"<!doctype html><meta charset=utf-8><title>{html.escape(source.name)}</title>"
                        f"<h1>{html.escape(str(source))}</h1><p role=alert>This journey has problems:</p>"
                        f"<ul>{items}</ul></body>")  # fmt: skip
            else:
                # A slip while typing should not take the map away: keep the last good one below the problems.
                box = (
                    '<div class="jm-watch-problems" role="alert" style="position:sticky;top:0;z-index:1000;'
                    "margin:0;padding:.5em 1em;border:2px solid #b91c1c;background:#fef2f2;color:#7f1d1d;"
                    'font:14px/1.4 system-ui,sans-serif"><strong>This journey has problems</strong> '
                    f"(the map below is from its last save without them):<ul>{items}</ul></div>"
                )
                opened = good.find("<body")
                at = good.find(">", opened) + 1 if opened >= 0 else 0
                page = good[:at] + box + good[at:]
        else:
            self.last_good[key] = page
        with self.lock:
            self.pages[key] = page.replace("</body>", _RELOAD + "</body>", 1)
            self.version += 1
        return problems

    def page(self, path: str) -> str | None:
        with self.lock:
            if path in ("", "/") and len(self.sources) == 1:
                return self.pages.get(self.sources[0].as_posix())
            if path in ("", "/"):
                links = "".join(f'<li><a href="/{html.escape(s.as_posix())}">{html.escape(s.as_posix())}</a></li>'
                                for s in self.sources)  # fmt: skip
                return f"<!doctype html><meta charset=utf-8><title>journeymd watch</title><ul>{links}</ul>{_RELOAD}"
            return self.pages.get(unquote(path.lstrip("/")))


_LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]")


def _names_this_machine(host: str | None, port: int) -> bool:
    """Whether a request's ``Host`` is a local name. A web page whose own domain has been pointed at
    127.0.0.1 (DNS rebinding) reaches the preview under that domain's name, and must not read it."""
    if host is None:
        return False
    return host.strip().lower() in {f"{name}{suffix}" for name in _LOCAL_NAMES for suffix in ("", f":{port}")}


def _handler(preview: Preview) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            address = self.server.server_address
            port = int(address[1]) if isinstance(address, tuple) else 0
            if not _names_this_machine(self.headers.get("Host"), port):
                self.send_error(403, explain="the preview answers only to localhost, 127.0.0.1 and [::1]")
                return
            if self.path == "/__version":
                body, kind = str(preview.version).encode(), "text/plain"
            else:
                page = preview.page(self.path.split("?")[0])
                if page is None:
                    self.send_error(404)
                    return
                body, kind = page.encode("utf-8"), "text/html; charset=utf-8"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def do_HEAD(self) -> None:
            self.do_GET()  # the same headers, without the body

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep the terminal for problems and renders

    return Handler


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def watch(
    sources_of: Callable[[], list[Path]],
    jobs_for: Callable[[list[Path]], list[Job]],
    report: Callable[[str], None],
    port: int | None = 8765,
    interval: float = 0.3,
    timeout: float | None = None,
    theme: str = "default",
) -> None:
    """Render now and whenever a journey changes; serve the preview when ``port`` is not None."""
    sources = sources_of()
    preview = Preview(sources, theme)
    server = None
    if port is not None:
        server = ThreadingHTTPServer(("127.0.0.1", port), _handler(preview))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        report(f"preview on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)")
    stamps: dict[Path, tuple[int, int] | None] = {}
    theme_file = Path(theme) if Path(theme).suffix in (".yaml", ".yml") else None  # an edit re-renders every map
    started = time.monotonic()
    try:
        while timeout is None or time.monotonic() - started < timeout:
            sources = sources_of()
            preview.sources = sources
            changed = [s for s in sources if _stamp(s) != stamps.get(s)]
            if theme_file is not None and _stamp(theme_file) != stamps.get(theme_file):
                stamps[theme_file] = _stamp(theme_file)
                changed = sources
            for source in changed:
                stamps[source] = _stamp(source)
                problems = preview.rebuild(source)
                if problems:
                    report(format_problems(problems).rstrip("\n"))
                if not problems:
                    for outcome in run(jobs_for([source]), force=True):
                        report(f"{'wrote' if outcome.status == 'rendered' else outcome.status} {outcome.job.target}")
            time.sleep(interval)
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()
