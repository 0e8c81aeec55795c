"""Themes: built-in ones are readable, user themes extend them, broken theme files say where."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from journeymd.cli import main
from journeymd.problem import JourneyError
from journeymd.render import render_svg
from journeymd.themes import BUILTIN, contrast, load_theme

ROOT = Path(__file__).resolve().parent.parent

# (text colour, background it is drawn on) for every piece of text on a map or report page.
TEXT_ON = [
    ("text", "background"), ("muted", "background"), ("title", "background"),
    ("text", "lane_bg"), ("muted", "lane_bg"), ("text", "lane_bg_alt"), ("muted", "lane_bg_alt"),
    ("lane_label_text", "lane_label_bg"), ("muted", "lane_label_bg"),
    ("text", "card_bg"), ("muted", "card_bg"), ("badge_text", "badge_bg"),
    ("chip_text", "chip_bg"), ("muted", "chip_bg"), ("tag_text", "tag_bg"),
    ("pain_text", "pain_bg"), ("pain_accent", "pain_bg"),
    ("opportunity_text", "opportunity_bg"), ("opportunity_accent", "opportunity_bg"),
    ("question_text", "question_bg"), ("question_accent", "question_bg"),
    ("drop_off_text", "drop_off_bg"), ("flow_label_text", "flow_label_bg"),
    ("positive", "lane_bg"), ("negative", "lane_bg"), ("positive", "lane_bg_alt"), ("negative", "lane_bg_alt"),
]  # fmt: skip


@pytest.mark.parametrize("name", BUILTIN)
def test_text_contrast_is_at_least_4_5_to_1(name: str) -> None:
    theme = load_theme(name)
    low = [
        (fg, bg, round(contrast(theme[fg], theme[bg]), 2)) for fg, bg in TEXT_ON if contrast(theme[fg], theme[bg]) < 4.5
    ]
    low += [
        ("phase_text", colour, round(contrast(theme["phase_text"], colour), 2))
        for colour in theme["phases"]
        if contrast(theme["phase_text"], colour) < 4.5
    ]
    assert low == []


def test_contrast_formula_matches_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#fff", "#ffffff") == pytest.approx(1)


def test_user_theme_extends_a_builtin_and_overrides_roles(tmp_path: Path) -> None:
    theme_file = tmp_path / "brand.yaml"
    theme_file.write_text('name: brand\nextends: dark\ncolors:\n  title: "#ffcc00"\n  phases: ["#112233"]\n')
    theme = load_theme(str(theme_file))
    assert theme.name == "brand" and theme["title"] == "#ffcc00"
    assert theme["background"] == load_theme("dark")["background"]
    assert set(theme["phases"]) == {"#112233"}  # every phase colour is the one given
    source = tmp_path / "m.journey.yaml"
    source.write_text("journeymd: 1\ntitle: T\nphases: [{name: P, steps: [{name: S}]}]\n")
    result = CliRunner().invoke(main, ["render", str(source), "--theme", str(theme_file), "-o", "-"])
    assert result.exit_code == 0 and ".jm-title{fill:#ffcc00}" in result.output


def test_broken_theme_file_reports_each_problem_with_its_position(tmp_path: Path) -> None:
    theme_file = tmp_path / "bad.yaml"
    theme_file.write_text('extends: default\ncolours: {}\ncolors:\n  titel: "#fff"\n  text: red\n')
    with pytest.raises(JourneyError) as caught:
        load_theme(str(theme_file))
    assert [str(p).removeprefix(str(theme_file)) for p in caught.value.problems] == [
        ":2:1: unknown theme key 'colours' (did you mean 'colors'?)",
        ":4:3: unknown colour role 'titel' (did you mean 'title'?)",
        ":5:9: 'text' must be a colour like \"#1f2933\"",
    ]


def test_themes_extending_each_other_in_a_loop_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("extends: b.yaml\n")
    (tmp_path / "b.yaml").write_text("extends: a.yaml\n")
    with pytest.raises(JourneyError, match="loop"):
        load_theme(str(tmp_path / "a.yaml"))


def test_theme_font_cannot_break_out_of_the_stylesheet(tmp_path: Path) -> None:
    theme_file = tmp_path / "evil.yaml"
    theme_file.write_text('extends: default\nfont: "x}</style><script>alert(1)</script>"\n')
    with pytest.raises(JourneyError, match="font"):
        load_theme(str(theme_file))


def test_a_theme_without_extends_builds_on_default_and_is_checked_like_any_other(tmp_path: Path) -> None:
    partial = tmp_path / "partial.yaml"
    partial.write_text('name: partial\ncolors:\n  title: "#5b21b6"\n')
    theme = load_theme(str(partial))
    assert theme["title"] == "#5b21b6" and theme["background"] == load_theme("default")["background"]
    # A complete theme of its own gets no pass: its font and colours could end the stylesheet.
    standalone = tmp_path / "standalone.yaml"
    default = (ROOT / "themes" / "default.yaml").read_text("utf-8")
    standalone.write_text(
        default.replace("extends: default\n", "")
        .replace('font: "', 'font: "x}</style><script>alert(1)</script>')
        .replace('title: "#0f1f33"', 'title: "red}</style><script>alert(2)</script>"')
    )
    with pytest.raises(JourneyError) as caught:
        load_theme(str(standalone))
    assert {p.message.split(" ")[0] for p in caught.value.problems} == {"'font'", "'title'"}
    (tmp_path / "list.yaml").write_text("colors: [a]\n")
    with pytest.raises(JourneyError, match="'colors' must be a mapping of roles"):
        load_theme(str(tmp_path / "list.yaml"))


def test_a_long_chain_of_themes_is_refused_as_too_deep_not_as_a_loop(tmp_path: Path) -> None:
    for n in range(12):
        (tmp_path / f"t{n}.yaml").write_text(f"extends: t{n + 1}.yaml\n" if n < 11 else 'colors: {title: "#123456"}\n')
    with pytest.raises(JourneyError, match="more than 8 deep"):
        load_theme(str(tmp_path / "t0.yaml"))
    assert load_theme(str(tmp_path / "t4.yaml"))["title"] == "#123456"  # 8 deep is fine, and read to the end


@pytest.mark.parametrize(
    ("theme", "message"),
    [
        ('font: "Brand Sans\\" 2"\n', ":1:7: 'font' must be a CSS font list"),  # a quote left open ends the rule
        ("font:\n", ":1:6: 'font' must be a CSS font list"),
        ("colors:\n", ":1:8: 'colors' must be a mapping of roles"),
        ("extends: auto\n", ":1:10: 'extends: auto' names no theme"),
        ("extends: gone.yaml\n", ":1:10: cannot extend 'gone.yaml': cannot read the file"),
        ('extends: ""\n', ":1:10: 'extends' must name a theme"),
    ],
)
def test_theme_mistakes_are_reported_where_they_are_written(tmp_path: Path, theme: str, message: str) -> None:
    theme_file = tmp_path / "brand.yaml"
    theme_file.write_text(theme)
    with pytest.raises(JourneyError) as caught:
        load_theme(str(theme_file))
    assert str(caught.value.problems[0]).removeprefix(str(theme_file)).startswith(message)


def test_font_lists_as_people_write_them_are_accepted(tmp_path: Path) -> None:
    for font in ("'DejaVu Sans', Verdana, sans-serif", '"Segoe UI", Arial', "Inter", "'Noto Sans JP',sans-serif"):
        (tmp_path / "f.yaml").write_text(f"font: >-\n  {font}\n")  # a folded scalar: no YAML quoting in the way
        assert load_theme(str(tmp_path / "f.yaml")).font == font


def test_auto_theme_carries_a_dark_variant() -> None:
    import journeymd

    svg = render_svg(journeymd.loads("journeymd: 1\nphases: [{name: P, steps: [{name: S}]}]\n"), "auto")
    assert "@media (prefers-color-scheme:dark)" in svg


def test_a_theme_with_one_persona_colour_draws_every_map(tmp_path: Path) -> None:
    import journeymd

    theme = tmp_path / "one.yaml"
    theme.write_text('colors:\n  personas: ["#222222"]\n')
    journey = journeymd.loads("journeymd: 1\nphases: [{name: P, steps: [{name: S}]}]\n")
    assert "#222222" in render_svg(journey, load_theme(str(theme)))


def test_a_broken_theme_file_stops_the_render_before_any_output(tmp_path: Path) -> None:
    theme = tmp_path / "typo.yaml"
    theme.write_text('colors:\n  titel: "#123456"\n')
    source = ROOT / "examples" / "minimal.journey.yaml"
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["render", str(source), "-o", str(out), "-f", "svg,markdown", "--theme", str(theme)]
    )
    assert result.exit_code == 1 and "unknown colour role 'titel'" in result.output
    assert not out.exists()  # not even the Markdown, which needs no theme


@pytest.mark.parametrize(
    ("theme", "message"),
    [
        ('colors:\n  text: "#fff\\n"\n', ":2:9: 'text' must be a colour"),
        ('colors:\n  personas: ["#222222", "#333333\\n"]\n', ":2:13: 'personas' must be a colour"),
        ('font: "Verdana\\n"\n', ":1:7: 'font' must be a CSS font list"),
    ],
)
def test_a_theme_value_ending_in_a_line_break_is_refused_before_any_output(
    tmp_path: Path, theme: str, message: str
) -> None:
    # A regular expression's '$' also matches before a final line break, which reached Graphviz.
    theme_file = tmp_path / "brand.yaml"
    theme_file.write_text(theme)
    source = ROOT / "examples" / "minimal.journey.yaml"
    for output in ("flow.svg", "flow.dot"):
        result = CliRunner().invoke(
            main, ["render", str(source), "--view", "flow", "--theme", str(theme_file), "-o", str(tmp_path / output)]
        )
        assert result.exit_code == 1 and f"{theme_file}{message}" in result.output, result.output
        assert not (tmp_path / output).exists()


def _readme_theme() -> str:
    """The brand theme the README shows, as written there."""
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"```yaml\n(name: brand\n.*?)```", readme, re.S)
    assert block is not None
    return block[1]


def test_the_readme_brand_theme_paints_every_phase_with_its_colours(tmp_path: Path) -> None:
    theme_file = tmp_path / "brand.yaml"
    theme_file.write_text(_readme_theme(), "utf-8")
    brand = re.findall(r'"(#[0-9a-f]{6})"', _readme_theme().partition("phases:")[2])
    assert len(brand) == 3
    source = ROOT / "examples" / "webshop-nl.journey.yaml"  # six phases: three more than the theme names
    result = CliRunner().invoke(main, ["render", str(source), "--theme", str(theme_file), "-o", "-"])
    assert result.exit_code == 0, result.output
    fills = dict(re.findall(r"\.jm-(ph\d+)\{fill:(#[0-9a-f]{6})\}", result.stdout))
    used = sorted(set(re.findall(r'class="jm-phase jm-(ph\d+)"', result.stdout)))
    assert len(used) == 6
    # Each phase band has a colour of the theme, and neighbours differ (an unknown class is black).
    assert [fills.get(ph) for ph in used] == [brand[i % 3] for i in range(6)]


@pytest.mark.parametrize("name", BUILTIN)
def test_theme_show_prints_every_role_resolved_as_a_theme_file(tmp_path: Path, name: str) -> None:
    result = CliRunner().invoke(main, ["theme", "show", name])
    assert result.exit_code == 0, result.output
    printed = tmp_path / "printed.yaml"
    printed.write_text(result.stdout, "utf-8")
    shown, theme = load_theme(str(printed)), load_theme(name)
    assert (shown.name, shown.font, dict(shown.colors)) == (theme.name, theme.font, dict(theme.colors))
    roles = [line.split(":")[0].strip() for line in result.stdout.split("colors:\n")[1].splitlines()]
    assert roles == list(load_theme("default").colors)


def test_theme_show_resolves_what_a_theme_file_extends(tmp_path: Path) -> None:
    theme_file = tmp_path / "brand.yaml"
    theme_file.write_text(_readme_theme(), "utf-8")
    result = CliRunner().invoke(main, ["theme", "show", str(theme_file)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "font: \"'DejaVu Sans', Verdana, sans-serif\"" in lines and '  title: "#5b21b6"' in lines
    phases = '  phases: ["#ede9fe", "#fae8ff", "#e0e7ff", "#ede9fe", "#fae8ff", "#e0e7ff", "#ede9fe", "#fae8ff"]'
    assert phases in lines
    assert f'  background: "{load_theme("default")["background"]}"' in lines  # from what it extends
    result = CliRunner().invoke(main, ["theme", "show", "drak"])
    assert result.exit_code == 2 and "(did you mean 'dark'?)" in result.output
    theme_file.write_text('extends: default\ncolors:\n  titel: "#fff"\n', "utf-8")
    result = CliRunner().invoke(main, ["theme", "show", str(theme_file)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"{theme_file}:3:3: unknown colour role 'titel' (did you mean 'title'?)\n"


def test_docs_describe_every_role_and_show_every_shipped_theme() -> None:
    docs = (ROOT / "docs" / "themes.md").read_text("utf-8")
    described = re.findall(r"^\| `([a-z_]+)` \|", docs.partition("## Font")[2], re.M)
    assert described == ["font", *load_theme("default").colors]
    for name in BUILTIN:
        assert f"](themes/{name}.png)" in docs and (ROOT / "docs" / "themes" / f"{name}.png").is_file()
