"""The interactive HTML report: structure checked offline, behaviour checked in headless Chromium."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import journeymd
from journeymd.cli import main
from journeymd.render import render_html

ROOT = Path(__file__).resolve().parent.parent
SHOES = ROOT / "examples" / "shoes.journey.yaml"

INJECTION = """\
journeymd: 1
title: "<script>window.__pwned = 1</script>{{ 7*7 }}"
description: "<img src=x onerror=\\"window.__pwned = 2\\">"
personas:
  - {id: p, name: "</style><script>window.__pwned = 3</script>"}
departments:
  - {id: d, name: "<svg onload=\\"window.__pwned = 4\\">"}
touchpoints:
  - {id: t, name: "javascript:window.__pwned = 5", channel: "web\\" onmouseover=\\"window.__pwned = 6"}
phases:
  - name: "</textarea><iframe src=javascript:window.__pwned=7>"
    goal: "{% raw %}${window.__pwned = 8}"
    steps:
      - name: "<a href=javascript:window.__pwned=9>click</a>"
        emotion: -1
        departments: [d]
        touchpoints: [t]
        pain_points: ["</script><script>window.__pwned = 10</script>"]
        reached: 10
"""


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Collector()
    parser.feed(html)
    return parser.tags


def test_report_is_self_contained_with_landmarks_and_sections() -> None:
    html = render_html(journeymd.load(SHOES))
    tags = _tags(html)
    names = [tag for tag, _ in tags]
    for landmark in ("header", "nav", "main", "footer"):
        assert names.count(landmark) == 1, landmark
    assert names.count("h1") == 1
    ids = {attrs.get("id") for _, attrs in tags}
    assert {"map", "personas", "phases", "issues", "touchpoints", "departments", "funnel", "steps"} <= ids
    for tag, attrs in tags:
        for key in ("src", "href"):
            value = attrs.get(key) or ""
            if tag == "a" and key == "href" and attrs.get("rel") == "noopener noreferrer":
                continue  # a research source's link: the reader's choice to follow, nothing the page loads
            assert not value.startswith(("http:", "https:", "//")), (tag, attrs)
        assert tag not in ("link", "iframe", "img"), tag
    assert sum(1 for tag, a in tags if tag == "script" and not a.get("type")) == 1  # the one inline script
    assert len([a for t, a in tags if t == "article" and "step" in (a.get("class") or "")]) == 16
    assert len([a for t, a in tags if t == "g" and a.get("data-step")]) == 16
    assert all(a.get("tabindex") == "0" for t, a in tags if t == "g" and a.get("data-step"))


def test_report_is_deterministic_and_follows_locale() -> None:
    journey = journeymd.load(SHOES)
    assert render_html(journey) == render_html(journeymd.load(SHOES))
    dutch = journeymd.loads(SHOES.read_text("utf-8").replace("locale: en", "locale: nl"))
    html = render_html(dutch)
    assert '<html lang="nl">' in html and ">Knelpunten en kansen</h2>" in html


def _phase_card_terms(html: str) -> list[list[str]]:
    """The <dt> labels of each phase card, in order."""

    class Cards(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.cards: list[list[str]] = []
            self.in_card = self.in_term = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "article" and "phase-card" in (dict(attrs).get("class") or ""):
                self.cards.append([])
                self.in_card = True
            self.in_term = self.in_card and tag == "dt"

        def handle_endtag(self, tag: str) -> None:
            self.in_card = self.in_card and tag != "article"
            self.in_term = False

        def handle_data(self, data: str) -> None:
            if self.in_term:
                self.cards[-1].append(data)

    parser = Cards()
    parser.feed(html)
    return parser.cards


def test_a_phase_with_one_moment_names_it_once() -> None:
    journey = journeymd.loads(
        "journeymd: 1\nphases:\n"
        "  - {name: One, steps: [{name: A, emotion: 1}]}\n"
        "  - {name: Two, steps: [{name: B, emotion: -1}, {name: C, emotion: 2}]}\n"
    )
    one, two = _phase_card_terms(render_html(journey))
    assert one == ["Steps", "Emotion"]
    assert two == ["Steps", "Lowest moment", "Highest moment"]


def test_step_details_say_where_the_customer_goes_next_and_which_touchpoints_are_indirect() -> None:
    page = render_html(journeymd.load(SHOES))
    article = page[page.index('id="step-tries-shoes-on"') :]
    article = article[: article.index("</article>")]
    assert '<a href="#step-wants-to-return">→ 9. Wants to return them, process unclear</a>' in article
    assert "<small>(they fit)</small>" in article
    reviews = page[page.index('id="step-browses-the-e-shop"') :]
    assert "Reviews by other runners <small>(web · online · indirect)</small>" in reviews[: reviews.index("</article>")]


def test_report_escapes_every_user_string() -> None:
    html = render_html(journeymd.loads(INJECTION))
    tags = _tags(html)
    assert sum(1 for tag, a in tags if tag == "script" and not a.get("type")) == 1
    assert not [t for t, _ in tags if t in ("iframe", "img", "textarea", "style") and t != "style"]
    assert not [a for t, a in tags if t == "a" and (a.get("href") or "").startswith("javascript")]
    assert not [a for t, a in tags for k in a if k.startswith("on")]
    assert "<title>&lt;script&gt;window.__pwned = 1&lt;/script&gt;{{ 7*7 }}</title>" in html
    assert html.count("<style>") == 1 and html.count("</style>") == 1


def test_funnel_bars_stay_in_their_track_when_the_funnel_grows() -> None:
    import re

    page = render_html(
        journeymd.loads(
            "journeymd: 1\nphases:\n  - name: A\n    steps:\n      - {name: Ad, reached: 1}\n"
            "      - {name: Shares, reached: 1000000000000000}\n"
        )
    )
    widths = [float(w) for w in re.findall(r'<rect class="bar" width="([0-9.]+)"', page)]
    assert widths == [100.0, 100.0]
    assert "100000000000000000%" in page  # the share itself is shown as it is


def test_cli_writes_html_from_the_suffix(tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    result = CliRunner().invoke(main, ["render", str(SHOES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text("utf-8").startswith("<!doctype html>")


# --- in a real browser ------------------------------------------------------------------------------

chromium = pytest.mark.browser


def _open(browser, tmp_path: Path, text: str, scheme: str = "light"):  # type: ignore[no-untyped-def]
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(journeymd.loads(text)), "utf-8")
    page = browser.new_page(viewport={"width": 1300, "height": 900}, color_scheme=scheme)
    log: dict[str, list[str]] = {"console": [], "requests": []}
    page.on("console", lambda m: log["console"].append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: log["console"].append(f"pageerror: {e}"))
    page.on("request", lambda r: log["requests"].append(r.url))
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    return page, log


@chromium
def test_page_loads_offline_without_errors_or_requests(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, log = _open(browser, tmp_path, SHOES.read_text("utf-8"))
    assert log["console"] == []
    assert log["requests"] == [(tmp_path / "report.html").as_uri()]
    page.close()


@chromium
def test_details_open_by_click_and_by_keyboard(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, _ = _open(browser, tmp_path, SHOES.read_text("utf-8"))
    page.click("#jm-step-calls-the-hotline")
    assert "Calls the hotline" in page.inner_text("#jm-panel")
    assert "Voice computer menu has no option for returns" in page.inner_text("#jm-panel")
    page.mouse.move(0, 0)  # hovering a step also shows it; keep the pointer out of the way
    page.focus("#jm-search")
    for _ in range(12):  # Tab from the filters into the map's steps
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.getAttribute('data-step')")
        if focused:
            break
    assert focused == "calls-the-hotline"  # the map's one Tab stop is the step last chosen
    page.keyboard.press("Home")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    assert "Clicks an ad to the landing page" in page.inner_text("#jm-panel")
    page.close()


@chromium
def test_filters_and_search_dim_other_steps(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, _ = _open(browser, tmp_path, SHOES.read_text("utf-8"))
    page.select_option("#jm-filter-department", "logistics")
    dimmed = page.eval_on_selector_all("g[data-step].dimmed", "els => els.map(e => e.dataset.step)")
    kept = page.eval_on_selector_all("g[data-step]:not(.dimmed)", "els => els.map(e => e.dataset.step)")
    assert "waits-for-the-parcel" in kept and "gives-a-review" in dimmed
    assert page.is_hidden("#step-gives-a-review") and page.is_visible("#step-waits-for-the-parcel")
    page.select_option("#jm-filter-department", "")
    page.select_option("#jm-filter-channel", "phone")
    kept = page.eval_on_selector_all("g[data-step]:not(.dimmed)", "els => els.map(e => e.dataset.step)")
    assert kept == ["calls-the-hotline"]
    page.select_option("#jm-filter-channel", "")
    page.fill("#jm-search", "printer")
    kept = page.eval_on_selector_all("g[data-step]:not(.dimmed)", "els => els.map(e => e.dataset.step)")
    assert kept == ["wants-to-return"]
    page.fill("#jm-search", "")
    page.select_option("#jm-filter-persona", "1")
    assert page.get_attribute("#jm-frame", "data-focus") == "1"
    dimmed = page.eval_on_selector_all("g[data-step].dimmed", "els => els.map(e => e.dataset.step)")
    assert dimmed == ["calls-the-hotline"]  # the step only the first-time buyer takes
    page.close()


@chromium
def test_filters_match_channels_and_departments_whose_names_have_spaces(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, log = _open(
        browser,
        tmp_path,
        "journeymd: 1\nphases:\n  - name: A\n    steps:\n"
        "      - {id: a, name: Asks, touchpoints: [{name: Widget, channel: Live Chat}], departments: [顧客 サービス]}\n"
        "      - {id: b, name: Posts, touchpoints: [{name: Feed, channel: social media}], departments: [Sales]}\n"
        "      - {id: c, name: Chats, touchpoints: [{name: Bot, channel: chat}]}\n",
    )
    kept = "els => els.map(e => e.dataset.step)"
    for channel, steps in (("live chat", ["a"]), ("social media", ["b"]), ("chat", ["c"])):
        page.select_option("#jm-filter-channel", channel)
        assert page.eval_on_selector_all("g[data-step]:not(.dimmed)", kept) == steps, channel
    page.select_option("#jm-filter-channel", "")
    page.select_option("#jm-filter-department", "顧客 サービス")
    assert page.eval_on_selector_all("g[data-step]:not(.dimmed)", kept) == ["a"]
    assert page.is_hidden("#step-b") and page.is_visible("#step-a")
    assert not [m for m in log["console"] if "pageerror" in m]
    page.close()


@chromium
def test_injection_file_executes_nothing(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, log = _open(browser, tmp_path, INJECTION)
    page.click("g[data-step]")
    page.hover("g[data-step]")
    assert page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned = 1</script>" in page.inner_text("h1")
    assert not [m for m in log["console"] if "pageerror" in m]
    page.close()


@chromium
def test_dark_mode_toggle_and_print(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, _ = _open(browser, tmp_path, SHOES.read_text("utf-8"), scheme="dark")
    background = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
    assert background == "rgb(15, 23, 42)"  # the dark theme's background
    page.click("[data-theme-choice=light]")
    assert page.evaluate("getComputedStyle(document.documentElement).backgroundColor") == "rgb(255, 255, 255)"
    page.click("[data-theme-choice=contrast]")
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).color") == "rgb(0, 0, 0)"
    page.emulate_media(media="print")
    assert page.is_hidden("nav") and page.is_hidden(".filters") and page.is_visible("#map .print-map svg")
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF")
    page.close()


@chromium
def test_lane_names_stay_in_view_while_a_wide_map_scrolls_and_fit_fits(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from journeygen import make_yaml

    page, log = _open(browser, tmp_path, make_yaml(120))
    frame_left = page.evaluate("document.getElementById('jm-frame').getBoundingClientRect().left")

    def label_left() -> float:
        return float(page.evaluate("document.querySelector('#jm-lane-labels text').getBoundingClientRect().left"))

    start = label_left()
    page.evaluate("document.getElementById('jm-frame').scrollLeft = 5000")
    page.wait_for_function("document.getElementById('jm-frame').scrollLeft > 4000")
    page.wait_for_timeout(100)
    assert 0 <= label_left() - frame_left < 60 and start - frame_left < 60  # pinned at the frame's left edge
    page.click("[data-zoom=fit]")
    widths = page.evaluate(
        "[document.querySelector('#jm-frame svg').getBoundingClientRect().width,"
        " document.getElementById('jm-frame').clientWidth]"
    )
    assert widths[0] <= widths[1] + 1  # the whole map in view
    assert not [m for m in log["console"] if "pageerror" in m]
    page.close()


@chromium
def test_lane_names_stay_pinned_with_a_step_whose_id_ends_like_their_group(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # The step's group is jm-step-lane-labels; the lane names' group jm-lane-labels.
    steps = "".join(f"      - {{id: {'lane-labels' if n == 0 else f's{n}'}, name: Step {n}}}\n" for n in range(60))
    page, log = _open(browser, tmp_path, f"journeymd: 1\nphases:\n  - name: A\n    steps:\n{steps}")
    page.evaluate("document.getElementById('jm-frame').scrollLeft = 3000")
    page.wait_for_function("document.getElementById('jm-frame').scrollLeft > 2000")
    page.wait_for_timeout(100)
    left = page.evaluate(
        "document.querySelector('#jm-lane-labels text').getBoundingClientRect().left"
        " - document.getElementById('jm-frame').getBoundingClientRect().left"
    )
    assert 0 <= left < 60
    assert page.get_attribute("#jm-step-lane-labels", "transform") is None
    assert not [m for m in log["console"] if "pageerror" in m]
    page.close()


def test_phases_of_the_same_name_show_their_own_kpis() -> None:
    page = render_html(
        journeymd.loads(
            "journeymd: 1\nphases:\n  - {name: Service, kpis: [First KPI], steps: [{name: A}]}\n"
            "  - {name: Service, kpis: [Second KPI], steps: [{name: B}]}\n"
        )
    )
    assert page.index("<li>First KPI</li>") < page.index("<li>Second KPI</li>")


@chromium
def test_focus_on_any_of_many_personas_and_pinned_names_in_the_blueprint_and_in_print(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import yaml
    from journeygen import make_journey

    data = make_journey(60, personas=8)
    page, _ = _open(browser, tmp_path, yaml.safe_dump(data, allow_unicode=True))
    page.select_option("#jm-filter-persona", "6")
    opacity = "el => getComputedStyle(el).opacity"
    assert page.eval_on_selector("#jm-frame .jm-curve.jm-who6", opacity) == "1"  # its own line stays
    assert page.eval_on_selector("#jm-frame .jm-curve.jm-who0", opacity) == "0.15"
    page.close()

    page, _ = _open(browser, tmp_path, (ROOT / "examples" / "shoes-blueprint.journey.yaml").read_text("utf-8"))
    page.evaluate("document.querySelectorAll('.map-frame').forEach(f => { f.scrollLeft = 1500; })")
    page.wait_for_timeout(100)
    frames = page.evaluate(
        "Array.from(document.querySelectorAll('.map-frame')).map(f => f.querySelector(\"g[id$='lane-labels'] text\")"
        ".getBoundingClientRect().left - f.getBoundingClientRect().left)"
    )
    assert len(frames) == 2 and all(0 <= left < 60 for left in frames)  # the map's and the blueprint's
    page.emulate_media(media="print")
    transforms = page.evaluate(
        'Array.from(document.querySelectorAll("#jm-lane-labels, #jmb-lane-labels"))'
        ".map(g => getComputedStyle(g).transform)"
    )
    assert transforms == ["none", "none"]
    page.close()


def test_the_report_shows_the_title_once_above_the_map_not_again_inside_it() -> None:
    page = render_html(journeymd.load(SHOES))
    assert 'id="jm-header"' not in page and page.count("<h1") == 1
    assert render_html(journeymd.load(SHOES)) == page
