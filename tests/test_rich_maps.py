"""Richer maps: persona cards, your own lanes, your emotion scale, channel icons and storyboard
images, checked as layout data, as parsed SVG and through the CLI."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner

import journeymd
from journeymd.cli import main
from journeymd.layout import Box, Mark, Text, layout
from journeymd.render import render_svg

SVG = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).resolve().parent.parent

PERSONAS = """\
journeymd: 1
title: Cards
personas:
  - id: sanne
    name: Sanne Fokkema, first-time buyer
    quote: I want to run in them on <Saturday>.
    description: Shops on her phone.
    goals: [Shoes that fit, A quick return]
    frustrations: [Printing a label]
  - {id: ahmed, name: Ahmed, goals: [Reorder quickly]}
phases:
  - name: Buy
    steps:
      - {name: Orders, emotion: {sanne: 1, ahmed: 2}}
"""


def _header_items(journey: journeymd.Journey) -> list[object]:
    scene = layout(journey)
    return list(next(g for g in scene.groups if g.id == "jm-header").items)


def test_each_persona_gets_a_card_with_initials_quote_goals_frustrations_and_their_line() -> None:
    items = _header_items(journeymd.loads(PERSONAS))
    cards = [i for i in items if isinstance(i, Box) and i.cls == "persona-card"]
    assert len(cards) == 2
    assert cards[0].y == cards[1].y and cards[0].x + cards[0].w < cards[1].x  # side by side
    texts = [line for i in items if isinstance(i, Text) for line in i.lines]
    assert "SF" in texts and "A" in texts  # initials of first and last name
    assert "“I want to run in them on <Saturday>.”" in texts
    assert texts.count("Goals") == 2 and texts.count("Frustrations") == 1
    assert {"Shoes that fit", "A quick return", "Printing a label", "Reorder quickly"} <= set(texts)
    # Each card's avatar is ringed, and its sample line dashed, as that persona's emotion curve.
    avatars = [i for i in items if isinstance(i, Mark) and i.cls.startswith("persona-avatar")]
    assert [a.cls for a in avatars] == ["persona-avatar cp0", "persona-avatar cp1"]
    for item in items:
        if not isinstance(item, Box) or item.cls != "persona-card":
            inside = [c for c in cards if c.x <= getattr(item, "x", c.x) <= c.x + c.w]
            assert inside, f"{item} is outside every card"


def test_persona_cards_stack_on_a_narrow_page_and_print_escaped_in_svg() -> None:
    from journeymd.page import parse_page

    journey = journeymd.loads(PERSONAS)
    scene = layout(journey, page=parse_page("phone"))
    cards = [i for g in scene.groups for i in g.items if isinstance(i, Box) and i.cls == "persona-card"]
    assert cards[0].x == cards[1].x and cards[0].y + cards[0].h < cards[1].y
    root = ET.fromstring(render_svg(journey))
    header = root.find(f"{SVG}g[@id='jm-header']")
    assert header is not None
    shown = [t.text for t in header.iter(f"{SVG}text")]
    assert "“I want to run in them on <Saturday>.”" in shown
    assert len(header.findall(f"{SVG}rect[@class='jm-persona-card']")) == 2


def test_markdown_export_quotes_the_persona(tmp_path: Path) -> None:
    source = tmp_path / "cards.journey.yaml"
    source.write_text(PERSONAS, "utf-8")
    result = CliRunner().invoke(main, ["render", str(source), "-f", "markdown"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "cards.md").read_text("utf-8")
    assert "> I want to run in them on &lt;Saturday&gt;." in text


LANES = """\
journeymd: 1
title: Own lanes
lanes:
  - steps
  - {id: screen, name: Screen, kind: text}
  - {id: effort, name: Customer effort, kind: score, min: 1, max: 7, description: "1 = easy"}
  - {id: owners, name: Owners, kind: list}
  - {id: says, name: Says, kind: quote}
phases:
  - name: Buy
    steps:
      - {name: Orders, lanes: {screen: "<Checkout>", effort: 7, owners: [Shop, Finance], says: Easy}}
      - {name: Pays, lanes: {effort: 1}}
      - {name: Waits, lanes: {effort: 4.0, owners: Logistics}}
"""


def _cell_items(scene: object, step_id: str, lane: str) -> list[object]:
    box = next(b for s, name, b in scene.step_cells if s == step_id and name == lane)  # type: ignore[attr-defined]
    group = next(g for g in scene.groups if g.id == f"jm-step-{step_id}")  # type: ignore[attr-defined]
    return [i for i in group.items if box.y <= getattr(i, "y", -1) < box.y + box.h and i.cls != "hit"]


def test_own_lanes_show_in_their_order_with_text_chips_quotes_and_scores_on_their_scale() -> None:
    scene = layout(journeymd.loads(LANES))
    assert [lane.name for lane in scene.lanes] == ["steps", "screen", "effort", "owners", "says"]
    screen = _cell_items(scene, "orders", "screen")
    assert [t.lines for t in screen if isinstance(t, Text)] == [("<Checkout>",)]
    chips = _cell_items(scene, "orders", "owners")
    assert [t.lines[0] for t in chips if isinstance(t, Text)] == ["Shop", "Finance"]
    assert [t.lines[0] for t in _cell_items(scene, "waits", "owners") if isinstance(t, Text)] == ["Logistics"]
    assert [t.lines for t in _cell_items(scene, "orders", "says") if isinstance(t, Text)] == [("“Easy”",)]

    def bar(step: str) -> tuple[float, float | None, str]:
        items = _cell_items(scene, step, "effort")
        track = next(b for b in items if isinstance(b, Box) and b.cls == "score-track")
        filled = next((b.w for b in items if isinstance(b, Box) and b.cls == "score-bar"), None)
        return track.w, filled, next(t.lines[0] for t in items if isinstance(t, Text))

    full, filled, shown = bar("orders")
    assert filled == full and shown == "7 / 7"
    assert bar("pays")[1:] == (None, "1 / 7")  # the bottom of the scale: an empty track
    half = bar("waits")
    assert half[1] == round(half[0] / 2, 1) and half[2] == "4 / 7"
    labels = [t.lines for g in scene.groups if g.id == "jm-lane-labels" for t in g.items if isinstance(t, Text)]
    assert ("Customer effort",) in labels and ("1 = easy",) in labels


def test_own_lanes_print_escaped_in_svg_and_markdown_and_scores_in_stats(tmp_path: Path) -> None:
    source = tmp_path / "lanes.journey.yaml"
    source.write_text(LANES, "utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["render", str(source), "-f", "svg,markdown"]).exit_code == 0
    root = ET.parse(tmp_path / "lanes.svg").getroot()
    assert "<Checkout>" in [t.text for t in root.iter(f"{SVG}text")]
    assert len(root.findall(f".//{SVG}rect[@class='jm-score-bar']")) == 2
    markdown = (tmp_path / "lanes.md").read_text("utf-8")
    assert "| Screen | Customer effort | Owners | Says |" in markdown
    assert "| &lt;Checkout&gt; | 7 / 7 | Shop<br>Finance | “Easy” |" in markdown
    result = runner.invoke(main, ["stats", str(source), "--format", "json"])
    import json

    effort = json.loads(result.output)["scores"][0]
    assert effort["mean"] == 4 and effort["lowest"]["number"] == 2 and effort["highest"]["number"] == 1
    assert "Customer effort (1 … 7): mean 4 over 3 steps" in runner.invoke(main, ["stats", str(source)]).output


def test_own_lanes_are_checked_with_positions_and_suggestions(tmp_path: Path) -> None:
    source = tmp_path / "bad.journey.yaml"
    source.write_text(
        LANES.replace("effort: 7,", "efort: 7,")
        .replace("{effort: 1}", "{effort: 9}")
        .replace("effort: 4.0, owners: Logistics", "effort: high, screen: [a]"),
        "utf-8",
    )
    result = CliRunner().invoke(main, ["validate", str(source)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"{source}:12:54: unknown lane 'efort' (did you mean 'effort'?)" in lines
    assert f"{source}:13:38: lane 'effort' runs from 1 to 7; got 9" in lines
    assert f"{source}:14:39: lane 'effort' holds a score from 1 to 7; got text 'high'" in lines
    assert f"{source}:14:53: lane 'screen' is a text lane: give one text; got a list" in lines
    assert "Traceback" not in result.output and not list(tmp_path.glob("*.svg"))


SCALE = """\
journeymd: 1
title: Scale
emotion_scale: {levels: [frustrated, annoyed, neutral, pleased, delighted]}
phases:
  - name: Buy
    steps:
      - {name: Orders, emotion: 1}
      - {name: Pays, emotion: 3}
      - {name: Gets it, emotion: 5, pain_points: [Late]}
"""


def _emotion_lane(scene: object) -> tuple[float, float]:
    lane = next(lane for lane in scene.lanes if lane.name == "emotion")  # type: ignore[attr-defined]
    return lane.y, lane.h


def test_a_named_scale_labels_the_axis_and_places_its_ends_where_minus_two_and_plus_two_go() -> None:
    scene = layout(journeymd.loads(SCALE))
    plain = SCALE.replace("emotion_scale: {levels: [frustrated, annoyed, neutral, pleased, delighted]}\n", "")
    default = layout(journeymd.loads(plain.replace("emotion: 1}", "emotion: -2}").replace("emotion: 3}", "emotion: 0}")
                                     .replace("emotion: 5,", "emotion: 2,")))  # fmt: skip
    labels = [t.lines[0] for g in scene.groups if g.id == "jm-lane-labels" for t in g.items if isinstance(t, Text)]
    assert labels[labels.index("delighted") : labels.index("frustrated") + 1] == [
        "delighted", "pleased", "neutral", "annoyed", "frustrated"
    ]  # fmt: skip
    assert _emotion_lane(scene)[1] == _emotion_lane(default)[1]

    def marks(s: object) -> list[tuple[float, str]]:
        return [(i.y, i.cls) for g in s.groups if g.id.startswith("jm-step-") for i in g.items  # type: ignore[attr-defined]
                if isinstance(i, Mark) and i.cls.startswith("mk")]  # fmt: skip

    top, _ = _emotion_lane(scene)
    top_default, _ = _emotion_lane(default)
    assert [(y - top, cls) for y, cls in marks(scene)] == [(y - top_default, cls) for y, cls in marks(default)]
    assert [cls for _, cls in marks(scene)] == ["mk score-neg", "mk score-zero", "mk score-pos"]
    legend = [t.lines[0] for g in scene.groups if g.id == "jm-legend" for t in g.items if isinstance(t, Text)]
    assert "Emotion pleased … delighted" in legend and "Emotion annoyed … frustrated" in legend


def test_faces_on_the_axis_frown_below_the_middle_and_smile_above(tmp_path: Path) -> None:
    faces_file = SCALE.replace("{levels: [frustrated, annoyed, neutral, pleased, delighted]}",
                               "{min: -3, max: 3, faces: true}")  # fmt: skip
    journey = journeymd.loads(faces_file.replace("emotion: 5,", "emotion: -3,"))
    root = ET.fromstring(render_svg(journey))
    faces = [c.get("class") for c in root.iter(f"{SVG}circle") if "jm-face " in (c.get("class") or "") + " "]
    assert faces == [*["jm-face jm-face-pos"] * 3, "jm-face jm-face-zero", *["jm-face jm-face-neg"] * 3]
    texts = [t.text for t in root.find(f"{SVG}g[@id='jm-lane-labels']").iter(f"{SVG}text")]  # type: ignore[union-attr]
    assert "+3" not in texts and "0" not in texts  # faces instead of numbers


def test_scores_off_the_scale_are_errors_in_its_own_terms_and_default_files_keep_their_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.journey.yaml"
    bad.write_text(SCALE.replace("emotion: 3}", "emotion: 0}"), "utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert (f"{bad}:8:31: 'emotion' must be a whole number from 1 to 5, not 0 (the journey's 'emotion_scale')"
            in result.output)  # fmt: skip
    plain = tmp_path / "plain.journey.yaml"
    plain.write_text("journeymd: 1\nphases:\n  - name: A\n    steps:\n      - {name: B, emotion: 3}\n", "utf-8")
    assert (
        f"{plain}:5:28: 'emotion' must be a whole number from -2 to 2, not 3"
        in CliRunner().invoke(main, ["validate", str(plain)]).output
    )
    scale = tmp_path / "scale.journey.yaml"
    scale.write_text(SCALE.replace("{levels: [frustrated, annoyed, neutral, pleased, delighted]}",
                                   "{min: 1, max: 4, levels: [a, b]}"), "utf-8")  # fmt: skip
    output = CliRunner().invoke(main, ["validate", str(scale)]).output
    assert "the emotion scale from 1 to 4 has 4 levels, but 'levels' names 2" in output


def test_stats_markdown_and_mermaid_follow_the_scale(tmp_path: Path) -> None:
    source = tmp_path / "scale.journey.yaml"
    source.write_text(SCALE, "utf-8")
    runner = CliRunner()
    stats = runner.invoke(main, ["stats", str(source)]).output
    assert "lowest 1. Orders (frustrated); highest 3. Gets it (delighted)" in stats
    assert runner.invoke(main, ["render", str(source), "-f", "markdown,mermaid"]).exit_code == 0
    assert "| 1 | **Orders** | frustrated |" in (tmp_path / "scale.md").read_text("utf-8")
    mermaid = (tmp_path / "scale.mmd").read_text("utf-8")
    assert [line.strip() for line in mermaid.splitlines() if line.strip().startswith(("Orders", "Pays", "Gets"))] == [
        "Orders: 1", "Pays: 3", "Gets it: 5"
    ]  # fmt: skip


def test_the_default_scale_draws_the_shoe_map_as_before() -> None:
    # The README's map is the shoe example as rendered before scales existed (test_generated checks it).
    from journeymd.model import EmotionScale

    journey = journeymd.load(ROOT / "examples" / "shoes.journey.yaml")
    assert journey.scale.default and EmotionScale().text(-1) == "−1" and EmotionScale().mermaid(-2) == 1


ICONS = """\
journeymd: 1
title: Icons
touchpoints:
  - {id: site, name: Site, channel: Web}
  - {id: till, name: Till, channel: winkel, icon: qr-code}
  - {id: fax, name: Fax, channel: fax}
  - {id: mail, name: Mail, channel: email, icon: none}
phases:
  - name: Buy
    steps:
      - {name: Orders, touchpoints: [site, till, fax, mail, {name: Review, channel: review site}]}
"""


def test_touchpoint_chips_show_their_channel_icon_or_their_own_and_none_for_unknown_channels() -> None:
    from journeymd.layout import Icon

    scene = layout(journeymd.loads(ICONS))
    chips = _cell_items(scene, "orders", "touchpoints")
    icons = [i for i in chips if isinstance(i, Icon)]
    assert [i.name for i in icons] == ["globe", "qr-code", "star"]  # fax has none; mail asked for none
    names = {t.lines[0]: t for t in chips if isinstance(t, Text)}
    for icon, chip in zip(icons, ("Site", "Till", "Review"), strict=True):
        assert icon.x + icon.size < names[chip].x  # the icon stands before the name, not on it
    assert names["Fax"].x < names["Site"].x  # no icon, no gap
    root = ET.fromstring(render_svg(journeymd.loads(ICONS)))
    drawn = [p for p in root.iter(f"{SVG}path") if p.get("class") == "jm-icon"]
    assert len(drawn) == 3 and all(p.get("transform", "").startswith("translate(") for p in drawn)


def test_icons_are_bundled_with_their_licence_and_every_channel_names_one() -> None:
    import json

    from journeymd.layout.icons import CHANNEL_ICONS

    bundled = json.loads((ROOT / "journeymd" / "data" / "icons.json").read_text("utf-8"))
    assert "ISC License" in bundled["license"] and "lucide" in bundled["source"].lower()
    assert set(CHANNEL_ICONS.values()) <= set(bundled["icons"])
    schema = json.loads((ROOT / "journeymd" / "data" / "journey.schema.json").read_text("utf-8"))
    assert schema["definitions"]["touchpoint"]["properties"]["icon"]["enum"] == [*sorted(bundled["icons"]), "none"]


def test_a_misspelt_icon_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    source = tmp_path / "icons.journey.yaml"
    source.write_text(ICONS.replace("icon: qr-code", "icon: qr-cod"), "utf-8")
    result = CliRunner().invoke(main, ["validate", str(source)])
    assert result.exit_code == 1 and f"{source}:5:51: 'icon' must be one of" in result.output
    assert "got 'qr-cod' (did you mean 'qr-code'?)" in result.output


def _png(width: int, height: int) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


STORY = """\
journeymd: 1
title: Story
personas:
  - {id: sanne, name: Sanne, photo: {src: face.png, alt: Sanne smiling}}
phases:
  - name: Buy
    steps:
      - name: Pays
        image: {src: SRC, alt: "The <checkout> & its costs"}
      - {name: Waits}
"""


def _repo(tmp_path: Path, src: str = "screens/pay.png") -> Path:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "screens").mkdir()
    (repo / "screens" / "pay.png").write_bytes(_png(400, 200))
    (repo / "maps").mkdir()
    (repo / "maps" / "face.png").write_bytes(_png(50, 50))
    source = repo / "maps" / "story.journey.yaml"
    source.write_text(STORY.replace("SRC", src), "utf-8")
    return source


def test_a_step_image_is_inlined_scaled_with_its_alt_text_in_svg_layout_and_markdown(tmp_path: Path) -> None:
    from journeymd.layout import Picture

    source = _repo(tmp_path, "../screens/pay.png")  # inside the repository, beside the journey's folder
    journey = journeymd.load(source)
    scene = layout(journey)
    pictures = [i for g in scene.groups for i in g.items if isinstance(i, Picture)]
    step_picture = next(p for p in pictures if p.cls == "storyboard-image")
    assert step_picture.w / step_picture.h == 2 and step_picture.w <= scene.columns[0][1]
    assert step_picture.href.startswith("data:image/png;base64,iVBOR")
    assert "storyboard" in [lane.name for lane in scene.lanes]
    assert any(p.cls == "persona-photo" for p in pictures)  # the photo replaces the initials
    group = next(g for g in scene.groups if g.id == "jm-step-pays")
    assert "Storyboard: The <checkout> & its costs" in group.title
    assert CliRunner().invoke(main, ["render", str(source), "-f", "svg,markdown"]).exit_code == 0
    root = ET.parse(source.with_suffix("").with_suffix(".svg")).getroot()
    images = list(root.iter(f"{SVG}image"))
    assert len(images) == 2 and all(i.get("href", "").startswith("data:image/png;base64,") for i in images)
    assert images[1].get("aria-label") == "The <checkout> & its costs"
    assert images[1].find(f"{SVG}title").text == "The <checkout> & its costs"  # type: ignore[union-attr]
    markdown = source.with_suffix("").with_suffix(".md").read_text("utf-8")
    assert "![The &lt;checkout&gt; & its costs](../screens/pay.png)" in markdown


def test_images_that_are_missing_outside_the_repository_or_not_pictures_are_refused(tmp_path: Path) -> None:
    source = _repo(tmp_path)
    repo = source.parent.parent
    (tmp_path / "secret.png").write_bytes(_png(10, 10))
    (repo / "screens" / "link.png").symlink_to(tmp_path / "secret.png")
    (repo / "screens" / "evil.png").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script>'
        '<image href="file:///etc/passwd"/></svg>', "utf-8"
    )  # fmt: skip
    (repo / "screens" / "evil.svg").write_text('<?xml version="1.0"?><svg><a href="javascript:x()"/></svg>', "utf-8")
    (repo / "screens" / "notes.png").write_text("just text", "utf-8")
    (repo / "screens" / "huge.png").write_bytes(_png(10, 10) + b"\0" * 2_000_000)
    cases = {
        "screens/nothing.png": "image 'screens/nothing.png' not found",
        "../../secret.png": "image '../../secret.png' is outside the repository",
        "../screens/link.png": "image '../screens/link.png' is outside the repository",
        "../screens/evil.png": "is an SVG, which can carry scripts and links: export it as PNG or WebP",
        "../screens/evil.svg": "is an SVG, which can carry scripts and links",
        "../screens/notes.png": "is not a PNG, JPEG or WebP image",
        "../screens/huge.png": "is 2.0 MB; at most 1.5 MB is inlined in a map",
        "/etc/passwd": "must be a path relative to the journey, inside its repository",
        "https://example.com/a.png": "must be a path relative to the journey",
        "data:image/svg+xml,<svg onload=alert(1)>": "must be a path relative to the journey",
    }
    runner = CliRunner()
    for src, message in cases.items():
        source.write_text(STORY.replace("SRC", json_quoted(src)), "utf-8")
        result = runner.invoke(main, ["render", str(source), "-f", "svg"])
        assert result.exit_code == 1, (src, result.output)
        assert f"{source}:9:22: " in result.output and message in result.output, (src, result.output)
        assert "Traceback" not in result.output and not source.with_suffix("").with_suffix(".svg").exists()
    source.write_text(STORY.replace("SRC", "../screens/pay.png").replace('"The <checkout> & its costs"', '" "'))
    result = runner.invoke(main, ["validate", str(source)])
    assert result.exit_code == 1 and "an image needs an 'alt' text that says what it shows" in result.output


def json_quoted(text: str) -> str:
    import json

    return json.dumps(text)


def test_jpeg_and_webp_sizes_are_read_from_their_headers(tmp_path: Path) -> None:
    import struct

    from journeymd.images import _dimensions

    jpeg = b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0" + b"\0" * 9 + b"\xff\xc0" + struct.pack(
        ">HBHH", 17, 8, 300, 640
    )  # fmt: skip
    assert _dimensions("jpeg", jpeg + b"\0" * 20) == (640, 300)
    lossless = b"RIFF\0\0\0\0WEBPVP8L\0\0\0\0\x2f" + ((199) | (99 << 14)).to_bytes(4, "little")
    assert _dimensions("webp", lossless) == (200, 100)


def test_a_batch_renders_again_when_only_a_picture_changed(tmp_path: Path) -> None:
    source = _repo(tmp_path, "../screens/pay.png")
    out = tmp_path / "site"
    runner = CliRunner()
    args = ["render", str(source.parent), "-o", str(out), "-f", "svg"]
    assert "wrote" in runner.invoke(main, args).output
    assert "wrote" not in runner.invoke(main, args).output  # fresh: nothing to do
    (source.parent.parent / "screens" / "pay.png").write_bytes(_png(300, 300))
    assert "wrote" in runner.invoke(main, args).output  # the picture changed, so the map did
