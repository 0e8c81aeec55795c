"""The index of a folder of journeys: `render DIR -o OUT -f html` writes OUT/index.html with a card
per journey, the journey tree, and the backlog, touchpoints and pain points per department across
the journeys. Its model is tested as data; the page in Chromium, as a reader uses it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import journeymd
from journeymd.cli import main
from journeymd.site import SITE_CACHE
from journeymd.sitemodel import git_dates, normalise, summary, text_key

sys.path.insert(0, str(Path(__file__).resolve().parent))
from journeygen import write_linked_repository

AXE = Path(__file__).resolve().parent / "browser" / "node_modules" / "axe-core" / "axe.min.js"
BUYING = """\
journeymd: 1
title: Buying running shoes
related: [{journey: ../to-be/buying.journey.yaml, relation: to-be}]
persona: sanne
personas: [{id: sanne, name: Sanne}]
touchpoints: [{id: shop, name: Web shop, channel: web}]
departments: [{id: it, name: IT}, {id: cs, name: Customer service}]
phases:
  - name: Buy
    steps:
      - {name: Compares, emotion: 1, touchpoints: [shop], departments: [it], pain_points: [Slow pages.]}
      - name: Sends them back
        emotion: -2
        opens: returns/label.journey.yaml
        departments: [cs]
        pain_points: [No return label, "slow   PAGES"]
        opportunities: [Print-free returns]
"""
LABEL = """\
journeymd: 1
title: Returning by post
departments: [{id: cs, name: Customer Service}]
phases:
  - name: Return
    steps:
      - {name: Prints the label, emotion: -1, departments: [cs], pain_points: [No return label!]}
"""
TO_BE = """\
journeymd: 1
title: Buying, to be
phases:
  - name: Buy
    steps:
      - {name: Compares, emotion: 2}
"""


def _repository(root: Path) -> Path:
    folder = root / "journeys"
    (folder / "as-is" / "returns").mkdir(parents=True)
    (folder / "to-be").mkdir()
    (folder / "as-is" / "buying.journey.yaml").write_text(BUYING, "utf-8")
    (folder / "as-is" / "returns" / "label.journey.yaml").write_text(LABEL, "utf-8")
    (folder / "to-be" / "buying.journey.yaml").write_text(TO_BE, "utf-8")
    (root / ".git").mkdir()
    return folder


def _page_model(index: Path) -> dict[str, Any]:
    """The model a written index page carries (its script counts what the journeys share)."""
    page = index.read_text("utf-8")
    return json.loads(re.search(r'id="jm-site">(.*?)</script>', page, re.S).group(1))  # type: ignore[no-any-return,union-attr]


def test_the_model_carries_each_journey_with_its_links_named_as_the_index_names_files(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    model = _page_model(tmp_path / "site" / "index.html")
    assert [j["title"] for j in model["journeys"]] == ["Buying running shoes", "Returning by post", "Buying, to be"]
    assert model["hrefs"] == ["as-is/buying.html", "as-is/returns/label.html", "to-be/buying.html"]
    assert model["changed"] == ["", "", ""]  # no commits in this repository
    buying = model["journeys"][0]
    # Files are named from the folder that holds the journeys, so that the page finds the journeys
    # a step opens, and says the same wherever the index is written.
    assert buying["file"] == "as-is/buying.journey.yaml"
    assert buying["steps"][1][7] == "as-is/returns/label.journey.yaml"
    assert buying["related"] == [["to-be/buying.journey.yaml", "to-be"]]
    assert buying["spark"] == [1.0, -2.0] and buying["lowest"] == "2. Sends them back (−2)"
    # Departments, touchpoints and texts once a journey, named by number in its steps, with the
    # keys that match them across journeys: case, spaces and punctuation do not count.
    assert [name for name, _ in buying["departments"]] == ["IT", "Customer service"]
    assert [text for text, _ in buying["texts"]] == ["Slow pages.", "No return label", "slow   PAGES",
                                                     "Print-free returns"]  # fmt: skip
    assert buying["steps"][0][2:7] == [0, [0], [0], [], [0]] and buying["steps"][1][2:7] == [0, [1], [1, 2], [3], []]
    keys = {text: key for text, key in buying["texts"]}
    assert keys["Slow pages."] == keys["slow   PAGES"] == text_key("SLOW pages!") != keys["No return label"]
    label = model["journeys"][1]
    assert label["departments"][0][1] == buying["departments"][1][1]  # "Customer Service", "Customer service"
    assert buying["touchpoints"] == [["Web shop", "web", text_key("web shop")]]


def test_texts_match_across_journeys_in_any_script() -> None:
    assert normalise("  Lange   WACHTTIJD, bij de kassa! ") == "lange wachttijd bij de kassa"
    assert normalise("Straße") == normalise("STRASSE")  # folded, not only lowered
    assert normalise("ﬁle") == "file" and normalise("１２３") == "123"  # NFKC: ligatures, full-width digits
    assert normalise("طويل، جدا") == "طويل جدا" and normalise("長い「待ち時間」") == "長い 待ち時間"
    assert len(text_key("x")) == 8 and text_key("Wacht tijd.") == text_key("wacht TIJD") != text_key("wachttijd")


def test_dutch_journeys_get_a_dutch_index(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = _repository(tmp_path)
    for path in folder.rglob("*.journey.yaml"):
        path.write_text(path.read_text("utf-8").replace("journeymd: 1\n", "journeymd: 1\nlocale: nl\n", 1), "utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    model = _page_model(tmp_path / "site" / "index.html")
    assert model["locale"] == "nl" and model["labels"]["backlog"] == "Knelpunten en kansen over alle klantreizen"
    page = (tmp_path / "site" / "index.html").read_text("utf-8")
    assert '<html lang="nl">' in page and '<p class="lead">3 klantreizen</p>' in page


def test_git_dates_come_from_one_log_and_are_absent_outside_git(tmp_path: Path) -> None:
    outside = tmp_path / "plain" / "a.journey.yaml"
    outside.parent.mkdir()
    outside.write_text(TO_BE, "utf-8")
    assert git_dates([outside]) == {}
    repo = tmp_path / "repo"
    # a name git would quote ('"', a backslash) and one it would escape (ü) without -z
    files = [repo / "a.journey.yaml", repo / "sub" / 'it\'s "b" \\ ü.journey.yaml']
    files[1].parent.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    env = {**os.environ, "GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@example.org", "GIT_COMMITTER_NAME": "a",
           "GIT_COMMITTER_EMAIL": "a@example.org"}  # fmt: skip
    for file, date in zip(files, ("2025-03-04T10:00:00", "2025-05-06T10:00:00"), strict=True):
        file.write_text(TO_BE, "utf-8")
        subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
        subprocess.run(["git", "-C", str(repo), "commit", "-qm", "x"], check=True,
                       env={**env, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date})  # fmt: skip
    uncommitted = repo / "new.journey.yaml"
    uncommitted.write_text(TO_BE, "utf-8")
    assert git_dates([*files, uncommitted]) == {files[0]: "2025-03-04", files[1]: "2025-05-06"}
    # Names that look like the log's date lines or like git's patterns (':' magic, '[...]' globs).
    odd = [repo / ">b.journey.yaml", repo / ":top [c].journey.yaml", repo / "sub" / "\nnew line.journey.yaml"]
    for file in odd:
        file.write_text(TO_BE, "utf-8")
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    date = "2025-07-08T10:00:00"
    subprocess.run(["git", "-C", str(repo), "commit", "-qm", "x"], check=True,
                   env={**env, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date})  # fmt: skip
    expected = {files[0]: "2025-03-04", files[1]: "2025-05-06", **dict.fromkeys(odd, "2025-07-08")}
    assert git_dates([*files, *odd]) == expected


def test_render_writes_the_index_and_check_finds_it_stale(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["render", "journeys", "-o", "site", "-f", "svg,html"])
    assert result.exit_code == 0 and "wrote site/index.html" in result.output, result.output
    page = (tmp_path / "site" / "index.html").read_text("utf-8")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert policy and "default-src 'none'" in policy.group(1) and "unsafe" not in policy.group(1)
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")  # nothing loads from a network
    assert runner.invoke(main, ["render", "journeys", "-o", "site", "-f", "svg,html", "--check"]).exit_code == 0
    label = tmp_path / "journeys" / "as-is" / "returns" / "label.journey.yaml"
    label.write_text(LABEL.replace("Returning by post", "Returning in a store"), "utf-8")
    check = runner.invoke(main, ["render", "journeys", "-o", "site", "-f", "svg,html", "--check"])
    assert check.exit_code == 1 and "stale: site/index.html" in check.output
    assert runner.invoke(main, ["render", "journeys", "-o", "site", "-f", "svg,html"]).exit_code == 0
    assert "Returning in a store" in (tmp_path / "site" / "index.html").read_text("utf-8")
    # Only svg: no index, since there are no HTML maps to link to.
    assert runner.invoke(main, ["render", "journeys", "-o", "svg-only", "-f", "svg"]).exit_code == 0
    assert not (tmp_path / "svg-only" / "index.html").exists()


def test_the_index_is_the_same_bytes_with_or_without_its_cache(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    first = (tmp_path / "site" / "index.html").read_bytes()
    cache = tmp_path / "site" / SITE_CACHE
    text = cache.read_text("utf-8")
    assert text.count("Returning by post") == 1  # a line per journey, after a line of git dates
    # A cache altered by hand is not believed: the journeys are read again.
    cache.write_text(text.replace("Returning by post", "Forged"), "utf-8")
    assert runner.invoke(main, ["render", "journeys", "-o", "site", "-f", "html", "--check"]).exit_code == 0
    assert runner.invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    assert (tmp_path / "site" / "index.html").read_bytes() == first
    cache.unlink()
    assert runner.invoke(main, ["render", "journeys", "-o", "other", "-f", "html"]).exit_code == 0
    assert (tmp_path / "other" / "index.html").read_bytes() == first


def test_the_index_is_the_same_bytes_wherever_it_is_written(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    first = (tmp_path / "site" / "index.html").read_bytes()
    assert b"../journeys" not in first  # nothing of where the output folder is
    assert runner.invoke(main, ["render", "journeys", "-o", "build/public/site", "-f", "html"]).exit_code == 0
    assert (tmp_path / "build" / "public" / "site" / "index.html").read_bytes() == first
    monkeypatch.chdir(tmp_path / "journeys")
    assert runner.invoke(main, ["render", ".", "-o", str(tmp_path / "site"), "-f", "html", "--check"]).exit_code == 0
    # Only the journeys of one folder: named from that folder, the cache's names are read again.
    assert runner.invoke(main, ["render", "as-is", "-o", str(tmp_path / "site"), "-f", "html"]).exit_code == 0
    model = _page_model(tmp_path / "site" / "index.html")
    assert [j["file"] for j in model["journeys"]] == ["buying.journey.yaml", "returns/label.journey.yaml"]
    assert model["journeys"][0]["steps"][1][7] == "returns/label.journey.yaml"


def test_a_journey_whose_link_is_gone_is_left_out_with_or_without_the_cache(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    render = ["render", "journeys", "-o", "site", "-f", "html"]
    assert runner.invoke(main, render).exit_code == 0
    # The journey buying opens is gone: buying itself, unchanged, no longer loads.
    (folder / "as-is" / "returns" / "label.journey.yaml").unlink()
    assert runner.invoke(main, render).exit_code == 1
    page = (tmp_path / "site" / "index.html").read_bytes()
    assert [j["title"] for j in _page_model(tmp_path / "site" / "index.html")["journeys"]] == ["Buying, to be"]
    assert runner.invoke(main, [*render, "--check"]).exit_code == 1  # the failing journey, not the index
    assert "site/index.html" not in runner.invoke(main, [*render, "--check"]).output
    (tmp_path / "site" / SITE_CACHE).unlink()
    runner.invoke(main, render)
    assert (tmp_path / "site" / "index.html").read_bytes() == page
    # Back again, it is listed again.
    (folder / "as-is" / "returns" / "label.journey.yaml").write_text(LABEL, "utf-8")
    assert runner.invoke(main, render).exit_code == 0
    assert len(_page_model(tmp_path / "site" / "index.html")["journeys"]) == 3


# --- in Chromium ----------------------------------------------------------------------------------


def _open(browser: Any, index: Path, size: tuple[int, int] = (1280, 900)) -> Any:
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.add_init_script(
        "window.__violations = []; document.addEventListener('securitypolicyviolation',"
        " e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.goto(index.as_uri())  # from file://, as a reader opens it from a folder
    page.wait_for_load_state("load")
    return page


@pytest.fixture
def site(tmp_path: Path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    return tmp_path / "site" / "index.html"


@pytest.mark.browser
def test_the_index_shows_cards_tree_backlog_and_heat_map_from_file(browser, site: Path) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, site)
    assert page.eval_on_selector_all("#jm-cards > li h3", "hs => hs.map(h => h.textContent)") == [
        "Buying running shoes", "Returning by post", "Buying, to be"]  # fmt: skip
    assert page.eval_on_selector_all("#jm-cards svg.spark", "s => s.length") == 3
    assert "Part of\nBuying running shoes" in page.inner_text("#jm-cards > li:nth-child(2)")
    # Every link of the page leads to a file that exists.
    hrefs = page.eval_on_selector_all("a[href]:not([href^='#'])", "as => as.map(a => a.href)")
    assert hrefs and all(Path(h.removeprefix("file://")).is_file() for h in hrefs), hrefs
    tree = page.inner_text("#jm-tree")
    assert "Buying running shoes" in tree and "Step 2 Sends them back → Returning by post" in tree
    assert "Buying running shoes ↔ Buying, to be (to-be)" in tree
    rows = page.eval_on_selector_all("#jm-backlog tr", "rs => rs.map(r => r.cells[1].textContent)")
    assert rows[0] == "No return label" and len(rows) == 3
    page.select_option("#jm-f-department", "IT")
    assert page.eval_on_selector_all("#jm-backlog tr", "rs => rs.map(r => r.cells[1].textContent)") == ["Slow pages."]
    page.select_option("#jm-f-department", "")
    page.select_option("#jm-f-journey", label="Returning by post")
    assert page.eval_on_selector_all("#jm-backlog tr", "rs => rs.length") == 1
    heat = page.eval_on_selector_all("#jm-heat tr", "rs => rs.map(r => [...r.cells].map(c => c.textContent))")
    assert heat == [["Buying running shoes", "2", "1"], ["Returning by post", "1", ""]]
    # The colour of a cell is not all it says: its number is there, and dark on light or light on dark.
    contrast = page.eval_on_selector_all(
        "#jm-heat td.num:not(.heat-0)",
        "cs => cs.map(c => [getComputedStyle(c).color, getComputedStyle(c).backgroundColor])",
    )
    assert all(color != background for color, background in contrast)
    page.fill("#jm-card-filter", "to be")
    assert page.eval_on_selector_all("#jm-cards > li", "cs => cs.length") == 1
    assert page.evaluate("window.__violations") == [] and page.errors == []
    page.close()


@pytest.mark.browser
def test_the_index_counts_what_journeys_share_whatever_its_case_and_punctuation(browser, site: Path) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, site)
    rows = page.eval_on_selector_all("#jm-backlog tr", "rs => rs.map(r => [...r.cells].map(c => c.innerText))")
    # "No return label" and "No return label!" are one pain point of two journeys, named as first written;
    # "Slow pages." and "slow   PAGES" are one, twice in one journey: shared by one.
    assert [row[:3] for row in rows] == [["pain point", "No return label", "2"], ["pain point", "Slow pages.", "1"],
                                         ["opportunity", "Print-free returns", "1"]]  # fmt: skip
    assert rows[0][3].splitlines() == ["Buying running shoes: step 2 Sends them back",
                                       "Returning by post: step 1 Prints the label"]  # fmt: skip
    assert rows[1][3] == "Buying running shoes: step 1 Compares; step 2 Sends them back"
    # Departments match across journeys whatever their case: one column for customer service.
    head = page.eval_on_selector_all("#jm-heat-head th", "hs => hs.map(h => h.textContent)")
    assert head == ["Journey", "Customer service", "IT"]
    touchpoints = page.eval_on_selector_all(
        "#jm-touchpoints tr", "rs => rs.map(r => [...r.cells].map(c => c.innerText))"
    )
    assert touchpoints == [["Web shop", "web", "Buying running shoes: step 1 Compares"]]
    phases = page.eval_on_selector_all("#jm-f-phase option", "os => os.map(o => o.textContent)")
    assert phases[1:] == ["Buy", "Return"]
    assert page.errors == []
    page.close()


@pytest.mark.browser
def test_the_index_is_usable_by_keyboard(browser, site: Path) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, site)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "jm-f-department":
            break
    assert page.evaluate("document.activeElement.id") == "jm-f-department"
    page.close()


@pytest.mark.browser
@pytest.mark.skipif(
    not AXE.exists() and not os.environ.get("CI"), reason="needs axe-core: npm ci --prefix tests/browser"
)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_in_the_index(browser, site: Path, scheme: str) -> None:  # type: ignore[no-untyped-def]
    for size in ((1280, 900), (390, 844)):
        page = browser.new_page(viewport={"width": size[0], "height": size[1]}, color_scheme=scheme, bypass_csp=True)
        page.goto(site.as_uri())
        page.wait_for_load_state("load")
        page.add_script_tag(path=str(AXE))
        found = page.evaluate(
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
            " 'wcag22aa']}}).then(r => r.violations.map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n =>"
            " n.target.join(' ')).join(' | ')))"
        )
        assert found == [], (scheme, size)
        page.close()


@pytest.mark.browser
def test_a_generated_repository_pages_its_long_lists(browser, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    write_linked_repository(tmp_path, 120, 8)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "html", "-q"])
    assert result.exit_code == 0, result.output
    page = _open(browser, tmp_path / "site" / "index.html")
    assert page.eval_on_selector_all("#jm-cards > li", "cs => cs.length") == 100
    page.click("#jm-cards-more")
    assert page.eval_on_selector_all("#jm-cards > li", "cs => cs.length") == 120
    assert page.is_hidden("#jm-cards-more")
    shared = page.eval_on_selector_all("#jm-backlog tr", "rs => rs.map(r => Number(r.cells[2].textContent))")
    assert shared == sorted(shared, reverse=True) and shared[0] > 1  # most shared first
    tree_links = page.eval_on_selector_all("#jm-tree a", "as => as.map(a => a.href)")
    assert tree_links and all(Path(h.removeprefix("file://")).is_file() for h in tree_links)
    assert page.errors == []
    page.close()


def test_a_journey_on_its_own_scale_is_drawn_on_the_maps_scale_and_said_on_its_own() -> None:
    journey = journeymd.loads(
        "journeymd: 1\ntitle: Five\nemotion_scale: {min: 1, max: 5, levels: [awful, bad, so-so, good, great]}\n"
        "phases: [{name: P, steps: [{name: A, emotion: 5}, {name: B, emotion: 2}, {name: C}]}]\n"
    )
    found = summary(journey, "five.journey.yaml")
    assert found["spark"] == [2.0, -1.0, None]
    assert found["lowest"] == "2. B (bad)"


def test_the_readme_shows_the_index_and_its_pictures_exist() -> None:
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text("utf-8")
    pictures = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", readme)
    assert "docs/index.png" in pictures
    for picture in pictures:
        file = root / picture
        assert file.is_file() and file.stat().st_size < 200_000, picture  # small enough for a README


def test_a_journey_named_index_keeps_its_map(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _repository(tmp_path)
    (tmp_path / "journeys" / "index.journey.yaml").write_text(TO_BE.replace("Buying, to be", "Our index"), "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "html"])
    assert result.exit_code == 0 and "no index written: site/index.html is the map of a journey" in result.output
    assert "Our index" in (tmp_path / "site" / "index.html").read_text("utf-8")
    assert 'id="jm-site"' not in (tmp_path / "site" / "index.html").read_text("utf-8")


@pytest.mark.browser
def test_journeys_that_open_each_other_still_show_in_the_tree(browser, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    for name, other in (("a", "b"), ("b", "a")):
        (tmp_path / f"{name}.journey.yaml").write_text(
            f"journeymd: 1\ntitle: {name.upper()}\n"
            f"phases: [{{name: P, steps: [{{name: S, opens: {other}.journey.yaml}}]}}]\n",
            "utf-8",
        )
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["render", ".", "-o", "site", "-f", "html"]).exit_code == 0
    page = _open(browser, tmp_path / "site" / "index.html")
    # A circle has no journey that nothing opens: the first of it starts the tree.
    assert page.inner_text("#jm-tree > ul").splitlines() == ["A", "Step 1 S → B", "Step 1 S → A"]
    assert page.errors == []
    page.close()


def test_a_file_name_cannot_make_a_link_run_script(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = _repository(tmp_path)
    (folder / "javascript:alert(1).journey.yaml").write_text(TO_BE.replace("Buying, to be", "<b>Odd</b>"), "utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    page = (tmp_path / "site" / "index.html").read_text("utf-8")
    hrefs = _page_model(tmp_path / "site" / "index.html")["hrefs"]
    assert "javascript%3Aalert%281%29.html" in hrefs and not any(":" in href for href in hrefs)
    assert "<b>Odd</b>" not in page  # in the JSON as \u003cb\u003e, drawn as text


@pytest.mark.browser
def test_lists_the_journeys_leave_empty_say_so_instead_of_bare_headings(browser, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    (tmp_path / "journeys").mkdir()
    for name in ("a", "b"):
        (tmp_path / "journeys" / f"{name}.journey.yaml").write_text(
            f"journeymd: 1\ntitle: {name.upper()}\nphases: [{{name: P, steps: [{{name: S, emotion: 1}}]}}]\n"
        )
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    page = _open(browser, tmp_path / "site" / "index.html")
    for section in ("#backlog", "#touchpoints", "#heat"):
        assert page.is_hidden(f"{section} table"), section
        assert "These journeys name none." in page.inner_text(section), section
    assert page.query_selector("#jm-f-department") is None  # no filters over nothing
    assert page.evaluate("window.__violations") == [] and page.errors == []
    page.close()


@pytest.mark.browser
def test_journeys_of_one_title_are_told_apart_by_their_file(browser, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    for folder in ("nl", "be"):
        (tmp_path / "journeys" / folder).mkdir(parents=True)
        (tmp_path / "journeys" / folder / "buying.journey.yaml").write_text(
            "journeymd: 1\ntitle: Buying\nphases: [{name: P, steps: [{name: S, emotion: 1, pain_points: [Slow]}]}]\n"
        )
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    page = _open(browser, tmp_path / "site" / "index.html")
    titles = page.eval_on_selector_all("#jm-cards > li h3", "hs => hs.map(h => h.textContent)")
    assert sorted(titles) == ["Buying (be/buying)", "Buying (nl/buying)"]
    options = page.eval_on_selector_all("#jm-f-journey option", "os => os.map(o => o.textContent)")
    assert sorted(options[1:]) == sorted(titles)
    assert page.errors == []
    page.close()


@pytest.mark.browser
def test_on_a_phone_the_backlog_and_touchpoints_fit_the_screen(browser, site: Path) -> None:  # type: ignore[no-untyped-def]
    page = _open(browser, site, (390, 844))
    for section in ("#backlog", "#touchpoints"):
        box = page.eval_on_selector(f"{section} .scroll", "b => [b.scrollWidth, b.clientWidth]")
        assert box[0] <= box[1], section  # read without scrolling sideways
    assert page.eval_on_selector("#jm-backlog tr", "r => r.getBoundingClientRect().height") < 200
    page.close()


def test_the_index_dates_follow_the_commits(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = _repository(tmp_path)
    (tmp_path / ".git").rmdir()
    env = {**os.environ, "GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@example.org", "GIT_COMMITTER_NAME": "a",
           "GIT_COMMITTER_EMAIL": "a@example.org"}  # fmt: skip

    def commit(date: str) -> None:
        subprocess.run(["git", "-C", str(tmp_path), "add", "journeys"], check=True)
        subprocess.run(["git", "-C", str(tmp_path), "commit", "-qm", "x"], check=True,
                       env={**env, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date})  # fmt: skip

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    commit("2025-03-04T10:00:00")
    monkeypatch.chdir(tmp_path)
    render = ["render", "journeys", "-o", "site", "-f", "html"]
    assert CliRunner().invoke(main, render).exit_code == 0
    assert _page_model(tmp_path / "site" / "index.html")["changed"] == ["2025-03-04"] * 3
    label = folder / "as-is" / "returns" / "label.journey.yaml"
    label.write_text(LABEL.replace("Returning by post", "Returning in a store"), "utf-8")
    assert CliRunner().invoke(main, render).exit_code == 0  # changed, not yet committed: its last commit stays
    assert _page_model(tmp_path / "site" / "index.html")["changed"] == ["2025-03-04"] * 3
    commit("2025-05-06T10:00:00")
    assert CliRunner().invoke(main, [*render, "--check"]).exit_code == 1  # a new commit dates the index
    assert CliRunner().invoke(main, render).exit_code == 0
    assert _page_model(tmp_path / "site" / "index.html")["changed"] == ["2025-03-04", "2025-05-06", "2025-03-04"]


ORDERED = """\
journeymd: 1
title: Ordered
departments: [{id: z, name: Zulu}, {id: s2, name: Strasse 2}, {id: s, name: Straße}]
touchpoints: [{id: w, name: "(Web) zeta", channel: web}, {id: a, name: app, channel: app}]
phases:
  - name: Strasse B
    steps:
      - {name: One, departments: [z, s2, s], touchpoints: [w, a],
         pain_points: ["Wait.", "(b) thing", "Wait time", "a y", "STRASSE", "Straße 2"]}
  - name: Without steps
  - name: "\\uff5a wide"
    steps: [{name: Two}]
  - name: "\\U0001F600 face"
    steps: [{name: Three}]
  - name: Straße
    steps: [{name: Four, opportunities: ["(Print) it", "ask"]}]
"""


@pytest.mark.browser
def test_the_index_lists_texts_in_the_order_they_are_compared_in(browser, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "ordered.journey.yaml").write_text(ORDERED, "utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    page = _open(browser, tmp_path / "site" / "index.html")
    # As the index listed them when Python counted them: by their normalised text (punctuation
    # and spaces do not count, ß is ss) and then by code point, as Python compares.
    pains = ["Wait.", "(b) thing", "Wait time", "a y", "STRASSE", "Straße 2"]
    rows = page.eval_on_selector_all("#jm-backlog tr", "rs => rs.map(r => r.cells[1].textContent)")
    assert rows == [*sorted(pains, key=lambda text: (normalise(text), text)), "ask", "(Print) it"]
    assert rows[:2] == ["a y", "(b) thing"]
    touchpoints = page.eval_on_selector_all("#jm-touchpoints tr", "rs => rs.map(r => r.cells[0].textContent)")
    assert touchpoints == ["app", "(Web) zeta"]
    head = page.eval_on_selector_all("#jm-heat-head th", "hs => hs.map(h => h.textContent)")
    assert head == ["Journey", "Straße", "Strasse 2", "Zulu"]
    # Only the phases steps are in, by their folded name; U+FF5A before U+1F600, as in Python.
    phases = page.eval_on_selector_all("#jm-f-phase option", "os => os.map(o => o.textContent)")
    assert phases[1:] == ["Straße", "Strasse B", "\uff5a wide", "\U0001f600 face"]
    assert page.errors == []
    page.close()


@pytest.mark.browser
def test_a_journey_opened_through_a_link_to_its_file_or_folder_is_found(browser, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    folder = tmp_path / "journeys"
    (folder / "real").mkdir(parents=True)
    for name, title in (("pizza", "Pizza"), ("real/tea", "Tea")):
        (folder / f"{name}.journey.yaml").write_text(
            f"journeymd: 1\ntitle: {title}\nphases: [{{name: P, steps: [{{name: S}}]}}]\n", "utf-8"
        )
    (folder / "alias.journey.yaml").symlink_to("pizza.journey.yaml")  # listed under this name, once
    (folder / "shared").symlink_to("real", target_is_directory=True)
    (folder / "opener.journey.yaml").write_text(
        "journeymd: 1\ntitle: Opener\nrelated: [alias.journey.yaml]\nphases: [{name: P, steps: ["
        "{name: A, opens: pizza.journey.yaml}, {name: B, opens: shared/tea.journey.yaml}]}]\n",
        "utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    page = _open(browser, tmp_path / "site" / "index.html")
    tree = page.inner_text("#jm-tree")
    assert "Opener\nStep 1 A → Pizza\nStep 2 B → Tea" in tree, tree
    assert "Opener ↔ Pizza" in tree
    assert page.errors == []
    page.close()


def test_another_version_of_journeymd_reads_the_journeys_again(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from journeymd import batch, sitemodel

    _repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    render = ["render", "journeys", "-o", "site", "-f", "html"]
    assert CliRunner().invoke(main, render).exit_code == 0
    summarised: list[str] = []
    real_summary = sitemodel.summary_text
    monkeypatch.setattr(sitemodel, "summary_text", lambda *args: summarised.append(args[1]) or real_summary(*args))
    assert CliRunner().invoke(main, render).exit_code == 0
    assert summarised == []  # from the cache
    monkeypatch.setattr(batch, "_version", lambda: "99.0")  # whose summaries may say other things
    assert CliRunner().invoke(main, render).exit_code == 0
    assert len(summarised) == 3


def test_the_cache_of_before_is_removed_once_the_new_one_is_written(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _repository(tmp_path)
    (tmp_path / "site").mkdir()
    old = tmp_path / "site" / ".journeymd-site.json"
    old.write_text("{}", "utf-8")
    monkeypatch.chdir(tmp_path)
    render = ["render", "journeys", "-o", "site", "-f", "html"]
    assert CliRunner().invoke(main, [*render, "--check"]).exit_code == 1  # --check writes nothing
    assert old.exists() and not (tmp_path / "site" / SITE_CACHE).exists()
    assert CliRunner().invoke(main, render).exit_code == 0
    assert not old.exists() and (tmp_path / "site" / SITE_CACHE).exists()


@pytest.mark.browser
def test_arabic_text_on_the_index_reads_right_to_left_beside_english(browser, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".git").mkdir()
    (tmp_path / "journeys").mkdir()
    (tmp_path / "journeys" / "ar.journey.yaml").write_text(
        "journeymd: 1\ntitle: شراء حذاء جري\nphases: [{name: الشراء, steps: [{name: يدفع, emotion: -2,"
        " pain_points: [تكاليف الشحن تظهر متأخرة]}]}]\n",
        "utf-8",
    )
    (tmp_path / "journeys" / "en.journey.yaml").write_text(TO_BE, "utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["render", "journeys", "-o", "site", "-f", "html"]).exit_code == 0
    page = _open(browser, tmp_path / "site" / "index.html", (390, 844))
    direction = "e => getComputedStyle(e).direction"
    cards = page.query_selector_all("#jm-cards > li")
    arabic, english = (
        (card for card in cards if "شراء" in card.inner_text()),
        (c for c in cards if "to be" in c.inner_text()),
    )
    first_ar, first_en = next(arabic), next(english)
    assert (
        first_ar.eval_on_selector("h3 a", direction) == "rtl" and first_en.eval_on_selector("h3 a", direction) == "ltr"
    )
    # "2. يدفع (−2)": the step's number and its score where an Arabic reader looks for them.
    lowest = [dd for dd in first_ar.query_selector_all("dd") if "يدفع" in dd.inner_text()]
    assert lowest and lowest[0].evaluate(direction) == "rtl"
    assert page.eval_on_selector("#jm-backlog td:nth-child(2)", direction) == "rtl"
    assert page.inner_text("#jm-tree") == "These journeys name none."
    assert page.errors == []
    page.close()
