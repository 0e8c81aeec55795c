"""The HTML report as readers use it, in headless Chromium: where things are on screen, the keyboard,
search, the address, a long journey's map and axe-core's accessibility rules."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from test_html import SHOES

import journeymd
from journeymd.htmlmodel import STATIC_MAP_STEPS
from journeymd.render import render_html

chromium = pytest.mark.browser


AXE = Path(__file__).resolve().parent / "browser" / "node_modules" / "axe-core" / "axe.min.js"


def _page(
    browser: Any, tmp_path: Path, text: str, size: tuple[int, int] = (1440, 900), hash: str = "", **options: Any
) -> Any:
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(journeymd.loads(text)), "utf-8")
    # Playwright's waiting for a condition evaluates a string, which the page's policy forbids; the
    # policy has its own test.
    options.setdefault("bypass_csp", True)
    page = browser.new_page(viewport={"width": size[0], "height": size[1]}, **options)
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.goto(page_file.as_uri() + hash)
    page.wait_for_load_state("load")
    page.wait_for_selector("#jm-frame g[data-step]", state="attached")
    return page


def _box(page: Any, selector: str) -> dict[str, float]:
    box = page.eval_on_selector(
        selector,
        "e => { const r = e.getBoundingClientRect();"
        " return {x: r.x, y: r.y, right: r.right, bottom: r.bottom, width: r.width, height: r.height}; }",
    )
    return dict(box)


def _in_viewport(box: dict[str, float], size: tuple[int, int]) -> bool:
    return box["width"] > 0 and box["x"] >= 0 and box["y"] >= 0 and box["right"] <= size[0] and box["bottom"] <= size[1]


def _panel_heading(page: Any) -> str:
    return str(page.inner_text("#jm-panel-heading"))


def _focused_step(page: Any) -> str | None:
    return page.evaluate("document.activeElement && document.activeElement.getAttribute('data-step')")  # type: ignore[no-any-return]


SHOES_TEXT = SHOES.read_text("utf-8")


@chromium
@pytest.mark.parametrize("size", [(1440, 900), (390, 844)])
def test_details_open_next_to_the_map_and_stay_in_view(browser, tmp_path: Path, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    if size[0] < 700:  # the map is a timeline there; a link to a step opens it in a sheet
        page = _page(browser, tmp_path, SHOES_TEXT, size, hash="#step-goes-through-checkout")
    else:
        page = _page(browser, tmp_path, SHOES_TEXT, size)
        page.click('g[data-step="goes-through-checkout"]', position={"x": 60, "y": 30})
    assert _panel_heading(page) == "4. Goes through checkout"
    assert _in_viewport(_box(page, "#jm-panel-heading"), size)
    panel = _box(page, "#jm-panel")
    assert panel["y"] < size[1] - 100  # the details themselves, not only the heading, are in view
    if size[0] < 700:  # a bottom sheet over the map, closed by its button
        assert panel["bottom"] == pytest.approx(size[1], abs=1)
        page.click("#jm-panel-close")
        assert page.is_hidden("#jm-panel")
    assert page.errors == []
    page.close()


@chromium
def test_a_click_pins_the_details_and_hovering_only_previews(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(browser, tmp_path, SHOES_TEXT)
    page.click('g[data-step="goes-through-checkout"]', position={"x": 60, "y": 30})
    page.hover('g[data-step="browses-the-e-shop"]', position={"x": 60, "y": 30})
    assert _panel_heading(page) == "3. Browses the e-shop"
    page.mouse.move(5, 5)
    assert _panel_heading(page) == "4. Goes through checkout"
    assert page.get_attribute('g[data-step="goes-through-checkout"]', "class") == "selected"
    page.close()


@chromium
def test_the_map_is_one_tab_stop_with_arrow_keys_enter_escape_home_end_and_slash(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from journeygen import make_yaml

    page = _page(browser, tmp_path, make_yaml(40))
    page.focus("#jm-search")
    page.keyboard.press("Tab")  # past the filters and zoom, into the map
    for _ in range(8):
        if _focused_step(page):
            break
        page.keyboard.press("Tab")
    assert _focused_step(page) == "s0"
    assert page.eval_on_selector_all("#jm-frame [tabindex='0']", "els => els.length") == 1
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert _focused_step(page) == "s2"
    page.keyboard.press("End")
    assert _focused_step(page) == "s39"
    labels = _box(page, "#jm-lane-labels rect")
    focused = page.evaluate(
        "(() => { const r = document.activeElement.querySelector('.jm-card').getBoundingClientRect();"
        " return [r.left, r.right]; })()"
    )
    frame = _box(page, "#jm-frame")
    assert focused[0] >= labels["right"] and focused[1] <= frame["right"]  # not under the pinned lane names
    page.keyboard.press("Home")
    assert _focused_step(page) == "s0"
    page.keyboard.press("ArrowDown")  # the next phase's first step
    assert _focused_step(page) == "s7"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert _focused_step(page) == "s7"  # the map remembers where you were
    focused = page.evaluate("document.activeElement.querySelector('.jm-card').getBoundingClientRect().left")
    assert focused >= _box(page, "#jm-lane-labels rect")["right"]
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "jm-panel-heading"
    assert _panel_heading(page).startswith("8. ")
    page.keyboard.press("Escape")
    assert _focused_step(page) == "s7"
    assert _panel_heading(page) == "Step details"
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "jm-search"
    assert page.input_value("#jm-search") == ""
    page.close()


@chromium
def test_steps_are_announced_by_name_and_the_panel_keeps_its_heading(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(browser, tmp_path, SHOES_TEXT)
    step = 'g[data-step="calls-the-hotline"]'
    assert page.get_attribute(step, "aria-label") == "10. Calls the hotline"
    assert page.eval_on_selector(step, "g => g.querySelector(':scope > title')") is None
    for target in ("calls-the-hotline", "browses-the-e-shop"):
        page.click(f'g[data-step="{target}"]', position={"x": 60, "y": 30})
        assert (
            page.eval_on_selector(
                "#jm-panel", "p => document.getElementById(p.getAttribute('aria-labelledby')).tagName"
            )
            == "H3"
        )
    assert _panel_heading(page) == "3. Browses the e-shop"
    assert page.inner_text("#jm-announce") == "3. Browses the e-shop"
    assert page.get_attribute("#jm-panel", "aria-live") is None  # the details are read on demand
    page.close()


def _kept(page: Any) -> list[str]:
    return page.eval_on_selector_all("#jm-frame g[data-step]:not(.dimmed)", "els => els.map(e => e.dataset.step)")  # type: ignore[no-any-return]


@chromium
def test_search_ignores_accents_and_case_finds_phase_names_and_not_labels(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "journeymd: 1\nphases:\n"
        "  - name: Oriëntatie\n    steps:\n      - {id: a, name: Zoekt, emotion: 1}\n"
        "      - {id: b, name: Vergelijkt, emotion: -1}\n"
        "  - name: Aankoop\n    steps:\n      - {id: c, name: Betaalt CAFÉ, emotion: 2, thinks: Eindelijk}\n"
    )
    page = _page(browser, tmp_path, text)
    page.fill("#jm-search", "orientatie")
    assert _kept(page) == ["a", "b"]
    page.fill("#jm-search", "ORIËNTATIE")
    assert _kept(page) == ["a", "b"]
    page.fill("#jm-search", "cafe")
    assert _kept(page) == ["c"]
    page.fill("#jm-search", "emotion")  # a label on every step, not something a step says
    assert _kept(page) == []
    assert page.is_visible("#jm-empty")
    page.fill("#jm-search", "thinks")
    assert _kept(page) == []
    page.fill("#jm-search", "eindelijk")
    assert _kept(page) == ["c"]
    assert page.is_hidden("#step-a") and page.is_visible("#step-c")
    page.close()


@chromium
def test_links_show_the_same_view_the_step_and_the_filters(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(browser, tmp_path, SHOES_TEXT)
    page.select_option("#jm-filter-channel", "phone")
    page.click('g[data-step="calls-the-hotline"]', position={"x": 60, "y": 30})
    address = page.url
    assert address.endswith("#step-calls-the-hotline&channel=phone")
    page.close()
    page = browser.new_page(viewport={"width": 1440, "height": 900}, bypass_csp=True)
    page.goto(address)
    page.wait_for_load_state("load")
    assert _panel_heading(page) == "10. Calls the hotline"
    assert page.input_value("#jm-filter-channel") == "phone"
    assert _kept(page) == ["calls-the-hotline"]
    assert _in_viewport(_box(page, 'g[data-step="calls-the-hotline"] .jm-card'), (1440, 900))
    assert _in_viewport(_box(page, "#jm-panel-heading"), (1440, 900))
    page.click("#jm-panel a[href='#step-carries-out-the-return']") if page.is_visible(
        "#jm-panel a[href='#step-carries-out-the-return']"
    ) else None
    page.goto(address.split("#")[0] + "#step-gives-a-review")
    page.wait_for_function("document.getElementById('jm-panel-heading').textContent.indexOf('Gives a review') >= 0")
    page.close()


@chromium
def test_the_page_keeps_a_strict_content_security_policy_and_the_funnel_draws(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import re

    html = render_html(journeymd.load(SHOES))
    assert re.search(r"<[^>]+\sstyle=", html) is None  # no inline style attributes
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert policy and "default-src 'none'" in policy.group(1) and "unsafe" not in policy.group(1)
    page_file = tmp_path / "report.html"
    page_file.write_text(html, "utf-8")
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    page.add_init_script(
        "window.__violations = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    page.click('g[data-step="calls-the-hotline"]', position={"x": 60, "y": 30})
    page.fill("#jm-search", "return")
    assert page.evaluate("window.__violations") == []
    widths = page.eval_on_selector_all(
        "#funnel .bar",
        "bars => bars.map(b => b.getBoundingClientRect().width / b.closest('svg').getBoundingClientRect().width)",
    )
    assert widths[0] == pytest.approx(1.0, abs=0.01) and 0 < min(widths) < 0.9  # shares, not every bar at 100 %
    page.close()


@chromium
def test_more_contrast_picks_the_high_contrast_theme(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(browser, tmp_path, SHOES_TEXT, contrast="more")
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).color") == "rgb(0, 0, 0)"
    page.click("[data-theme-choice=light]")  # a choice on the page wins
    assert page.evaluate("getComputedStyle(document.querySelector('h1')).color") != "rgb(0, 0, 0)"
    page.close()


def test_a_journey_without_pain_points_gets_no_empty_table() -> None:
    html = render_html(journeymd.loads("journeymd: 1\nphases:\n  - {name: A, steps: [{name: One}]}\n"))
    issues = html[html.index('<section id="issues"') :]
    issues = issues[: issues.index("</section>")]
    assert "<table" not in issues and "No step has pain points or opportunities." in issues


def test_each_step_says_where_it_is_written(tmp_path: Path) -> None:
    source = tmp_path / "folder" / "map.journey.yaml"
    source.parent.mkdir()
    source.write_text("journeymd: 1\nphases:\n  - name: A\n    steps:\n      - name: One\n      - name: Two\n", "utf-8")
    html = render_html(journeymd.load(source))
    assert "<code>map.journey.yaml:5</code>" in html and "<code>map.journey.yaml:6</code>" in html
    assert str(tmp_path) not in html  # the file's name, not the folders it was made in


# --- a long journey: the map drawn from data, only what is in view ---------------------------------


@pytest.fixture(scope="module")
def long_journey() -> str:
    from journeygen import make_yaml

    return make_yaml(STATIC_MAP_STEPS + 200)


@chromium
def test_a_long_journey_draws_only_the_map_in_view_and_stays_usable(browser, tmp_path: Path, long_journey: str) -> None:  # type: ignore[no-untyped-def]
    steps = STATIC_MAP_STEPS + 200
    html = render_html(journeymd.loads(long_journey))
    assert '<g id="jm-step-' not in html  # no map markup: the script draws it
    page = _page(browser, tmp_path, long_journey)
    in_dom = page.eval_on_selector_all("#jm-frame g[data-step]", "els => els.length")
    assert 0 < in_dom < 40
    page.click('g[data-step="s3"]', position={"x": 60, "y": 30})
    assert _panel_heading(page).startswith("4. ")
    assert _in_viewport(_box(page, "#jm-panel"), (1440, 900))
    # Scrolled far to the right, the lane names stay at the frame's left edge and steps are drawn.
    page.evaluate("document.getElementById('jm-frame').scrollLeft = 40000")
    page.wait_for_function(
        "Array.from(document.querySelectorAll('#jm-frame g[data-step]')).some(g => +g.dataset.step.slice(1) > 150)"
    )
    frame = _box(page, "#jm-frame")
    labels = _box(page, ".jm-pinned")
    assert abs(labels["x"] - frame["x"]) < 3
    # The keyboard walks across tiles, and End reaches the last step.
    page.focus('g[data-step="s3"]')
    for _ in range(12):
        page.keyboard.press("ArrowRight")
    assert _focused_step(page) == "s15"
    page.keyboard.press("End")
    assert _focused_step(page) == f"s{steps - 1}"
    card = _box(page, f'g[data-step="s{steps - 1}"] .jm-card')
    assert card["x"] >= _box(page, ".jm-pinned")["right"] and card["right"] <= frame["right"]
    # Search dims what is drawn, and what is drawn later.
    page.fill("#jm-search", "hotline")
    dimmed = page.eval_on_selector_all("#jm-frame g[data-step].dimmed", "els => els.length")
    assert dimmed > 0
    page.evaluate("document.getElementById('jm-frame').scrollLeft = 0")
    page.wait_for_function("document.querySelector('#jm-frame g[data-step=\"s0\"]') !== null")
    shown = int(page.inner_text("#jm-status").split(" / ")[0])
    assert page.inner_text("#jm-status") == f"{shown} / {steps}"
    # The list below shows the steps that match, a page at a time.
    articles = "document.querySelectorAll('#jm-steps article.step').length"
    assert page.evaluate(articles) == min(shown, 100)
    assert "hotline" in (page.text_content("#jm-steps article.step") or "").lower()
    page.fill("#jm-search", "")
    assert page.evaluate(articles) == 100
    page.click("#jm-steps button.more")
    assert page.evaluate(articles) == 200
    assert page.evaluate("document.activeElement.id") == "step-s100"  # reading goes on where it was
    assert page.errors == []
    page.close()


@chromium
def test_a_link_to_a_step_of_a_long_journey_opens_it_in_the_map(browser, tmp_path: Path, long_journey: str) -> None:  # type: ignore[no-untyped-def]
    page = _page(browser, tmp_path, long_journey, hash="#step-s320")
    page.wait_for_function("document.getElementById('jm-panel-heading').textContent.indexOf('321. ') === 0")
    card = _box(page, 'g[data-step="s320"] .jm-card')
    assert _in_viewport(card, (1440, 900))
    page.close()


# --- axe-core ------------------------------------------------------------------------------------------


def _axe(page: Any) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
        ".then(r => r.violations.map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')))"
    )
    return list(result)


needs_axe = pytest.mark.skipif(
    not AXE.exists() and not os.environ.get("CI"), reason="needs axe-core: npm ci --prefix tests/browser"
)


@chromium
@needs_axe
@pytest.mark.slow
@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_axe_finds_no_violation_in_any_theme_or_state(browser, tmp_path: Path, theme: str) -> None:  # type: ignore[no-untyped-def]
    assert shutil.which("node") or AXE.exists()
    for size in ((1440, 900), (390, 844)):
        page = _page(browser, tmp_path, SHOES_TEXT, size)  # axe is injected as a script
        page.click(f"[data-theme-choice={theme}]")
        assert _axe(page) == [], (theme, size, "at rest")
        page.evaluate("location.hash = '#step-calls-the-hotline'")  # on a phone too, where the map is a timeline
        page.wait_for_function("document.getElementById('jm-panel').classList.contains('open')")
        page.fill("#jm-search", "return")
        assert _axe(page) == [], (theme, size, "a step selected, search")
        page.close()


@chromium
@needs_axe
@pytest.mark.slow
def test_axe_finds_no_violation_in_a_long_journey(browser, tmp_path: Path, long_journey: str) -> None:  # type: ignore[no-untyped-def]
    page = _page(browser, tmp_path, long_journey)
    page.click('g[data-step="s3"]', position={"x": 60, "y": 30})
    assert _axe(page) == []
    page.close()


def test_the_model_in_the_page_holds_every_step_once() -> None:
    html = render_html(journeymd.load(SHOES))
    start = html.index('<script type="application/json" id="jm-model">') + len(
        '<script type="application/json" id="jm-model">'
    )
    model = json.loads(html[start : html.index("</script>", start)])
    assert [s[0] for s in model["steps"]][:2] == ["wants-to-buy-shoes", "clicks-an-ad-to-the-landing-page"]
    assert "scene" not in model  # a short journey's map is SVG in the page


@chromium
def test_print_shows_the_paged_map_and_says_which_filter_was_on(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(browser, tmp_path, SHOES_TEXT)
    page.select_option("#jm-filter-channel", "phone")
    page.emulate_media(media="print")
    assert page.is_hidden("#jm-frame") and page.is_visible(".print-map svg")
    note = page.inner_text("#jm-print-filter")
    assert "Channel: phone" in note and "1 / 16" in note
    # The page-aware layout wraps the steps into rows as wide as an A3 page, not one long strip.
    ratio = page.eval_on_selector(".print-map svg", "s => s.viewBox.baseVal.width / s.viewBox.baseVal.height")
    assert ratio < 3
    assert page.is_hidden("#jm-panel") and page.is_hidden(".filters")
    page.close()


def test_a_report_over_an_earlier_version_lists_the_changes(tmp_path: Path) -> None:
    old = journeymd.loads(
        "journeymd: 1\nphases:\n  - {name: A, steps: [{id: a, name: One, emotion: -1}, {id: b, name: Two}]}\n"
    )
    new = journeymd.loads(
        "journeymd: 1\nphases:\n  - {name: A, steps: [{id: a, name: One, emotion: 2}, {id: c, name: Three}]}\n"
    )
    html = render_html(new, baseline=old)
    section = html[html.index('<section id="changes"') :]
    section = section[: section.index("</section>")]
    assert "<li>~ step a: emotion -1 → +2</li>" in section
    assert "<li>~ step c: renamed &#39;Two&#39; → &#39;Three&#39;</li>" in section
    assert '<section id="changes"' not in render_html(new)


@chromium
def test_on_a_phone_the_map_is_a_timeline_down_the_page(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    size = (390, 844)
    page = _page(browser, tmp_path, SHOES_TEXT, size)
    assert page.is_hidden("#jm-frame") and page.is_visible("#jm-timeline")
    assert page.evaluate("document.documentElement.scrollWidth") <= size[0]  # nothing wider than the phone
    items = page.locator("#jm-timeline .tl-step")
    assert items.count() == 16
    page.evaluate("document.getElementById('jm-timeline').scrollIntoView()")
    first = _box(page, "#jm-timeline .tl-step h4")
    assert _in_viewport(first, size) and page.inner_text("#jm-timeline .tl-step h4") == "1. Wants to buy shoes"
    assert "Running club chat" in items.first.inner_text()  # the step's lanes, read down the page
    assert (
        page.eval_on_selector("#jm-timeline .tl-step .tl-dot circle", "c => c.getAttribute('class')") == "jm-score-zero"
    )
    page.fill("#jm-search", "voice computer")  # in step 10 only (its research's "hotline calls" are in 9's too)
    assert page.eval_on_selector_all("#jm-timeline .tl-step h4", "hs => hs.map(h => h.textContent)") == [
        "10. Calls the hotline"
    ]
    page.close()


@chromium
@pytest.mark.parametrize("steps", [0, STATIC_MAP_STEPS + 50])
def test_presenting_fills_the_screen_one_phase_at_a_time(browser, tmp_path: Path, steps: int) -> None:  # type: ignore[no-untyped-def]
    from journeygen import make_journey

    if steps:
        import yaml

        data = make_journey(steps)
        text = yaml.safe_dump(data, allow_unicode=True)
        phases = [[s["id"] for s in phase["steps"]] for phase in data["phases"]]
    else:
        text = SHOES_TEXT
        phases = [[s.id for s in phase.steps] for phase in journeymd.load(SHOES).phases]
    size = (1440, 900)
    page = _page(browser, tmp_path, text, size)
    page.click("#jm-present")
    frame = _box(page, "#jm-frame")
    assert frame["x"] == 0 and frame["y"] == 0 and frame["width"] == size[0] and frame["height"] == size[1]

    def on_screen(step: str) -> bool:
        return page.locator(f'#jm-frame g[data-step="{step}"]').count() > 0 and _in_viewport(
            _box(page, f'#jm-frame g[data-step="{step}"] .jm-card'), size
        )

    assert on_screen(phases[0][0]) and on_screen(phases[0][-1]) and not on_screen(phases[1][0])
    page.keyboard.press("ArrowRight")
    assert on_screen(phases[1][0]) and on_screen(phases[1][-1]) and not on_screen(phases[0][0])
    assert page.inner_text("#jm-present-caption").startswith(f"2 / {len(phases)}")
    page.keyboard.press("ArrowLeft")
    assert on_screen(phases[0][0])
    page.keyboard.press("Escape")
    assert page.evaluate("document.documentElement.classList.contains('presenting')") is False
    assert _box(page, "#jm-frame")["width"] < size[0]
    assert page.evaluate("document.activeElement.id") == "jm-present"
    assert page.errors == []
    page.close()


@chromium
def test_the_blueprint_scrolls_by_keyboard(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = (SHOES.parent / "shoes-blueprint.journey.yaml").read_text("utf-8")
    page = _page(browser, tmp_path, text)
    frame = "#blueprint .map-frame"
    page.focus(frame)
    assert page.evaluate("document.activeElement.closest('#blueprint') !== null")
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    page.wait_for_timeout(300)  # smooth scrolling
    assert page.eval_on_selector(frame, "f => f.scrollLeft") > 0
    assert page.get_attribute(frame, "aria-label") == "Service blueprint"
    page.close()


@pytest.mark.slow  # a 1000-step report
def test_a_long_journey_without_javascript_says_why_its_map_and_steps_are_missing(long_journey: str) -> None:
    html = render_html(journeymd.loads(long_journey))
    for section in ("map", "steps"):
        part = html[html.index(f'<section id="{section}"') :]
        part = part[: part.index("</section>")]
        assert "<noscript><p>A journey this long is drawn by the page&#39;s script" in part, section


@chromium
def test_a_search_dims_steps_but_not_the_emotion_curves_they_lie_on(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(browser, tmp_path, SHOES_TEXT)
    page.fill("#jm-search", "voice computer")  # step 10's alone (step 9's research cites the hotline calls)
    assert _kept(page) == ["calls-the-hotline"]
    opacities = page.eval_on_selector_all(
        "#jm-frame .jm-curve",
        "curves => curves.map(c => { let o = 1; for (let e = c; e; e = e.parentElement)"
        " o *= +getComputedStyle(e).opacity; return o; })",
    )
    assert opacities and all(o == 1 for o in opacities)  # a curve belongs to its persona, not to a step
    page.close()
