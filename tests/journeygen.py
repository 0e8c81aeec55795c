"""Realistic generated journeys of any size, for tests and the benchmark."""

from __future__ import annotations

import random

import yaml

CHANNELS = [
    ("web", True),
    ("email", True),
    ("social", True),
    ("chat", True),
    ("phone", False),
    ("post", False),
    ("store", False),
    ("app", True),
]
WORDS_EN = [
    "customer",
    "compares",
    "delivery",
    "options",
    "reads",
    "reviews",
    "asks",
    "question",
    "about",
    "sizes",
    "waits",
    "for",
    "the",
    "parcel",
    "gets",
    "confused",
    "by",
    "the",
    "return",
    "form",
    "calls",
    "the",
    "hotline",
    "pays",
    "with",
    "card",
    "receives",
    "confirmation",
    "mail",
]
WORDS_NL = [
    "klant",
    "vergelijkt",
    "bezorgopties",
    "leest",
    "beoordelingen",
    "stelt",
    "vraag",
    "over",
    "maten",
    "wacht",
    "op",
    "het",
    "pakket",
    "raakt",
    "in",
    "de",
    "war",
    "door",
    "het",
    "retourformulier",
    "belt",
    "de",
    "klantenservice",
    "betaalt",
    "ontvangt",
    "bevestiging",
]
PHASES = ["Awareness", "Consideration", "Purchase", "Service", "Loyalty", "Oriëntatie", "Evaluatie"]


def sentence(rng: random.Random, low: int, high: int) -> str:
    words = rng.choice((WORDS_EN, WORDS_NL))
    return " ".join(rng.choice(words) for _ in range(rng.randint(low, high))).capitalize()


def make_journey(steps: int, seed: int = 1, branches: bool = True, personas: int = 2) -> dict:
    """A journey dict with ``steps`` steps over several phases, touchpoints, departments and branches."""
    rng = random.Random(seed)
    phase_count = max(1, min(8, steps // 6 or 1))
    person_ids = [f"persona-{i}" for i in range(personas)]
    data: dict = {
        "journeymd": 1,
        "title": f"Generated journey with {steps} steps",
        "description": sentence(rng, 10, 25),
        "personas": [
            {"id": pid, "name": f"Persona {i}", "goals": [sentence(rng, 3, 6)]} for i, pid in enumerate(person_ids)
        ],
        "touchpoints": [
            {
                "id": f"tp-{i}",
                "name": sentence(rng, 1, 4),
                "channel": ch,
                "online": online,
                "kind": "indirect" if i % 5 == 4 else "direct",
            }
            for i, (ch, online) in enumerate(CHANNELS * 2)
        ],
        "departments": [{"id": f"dept-{i}", "name": sentence(rng, 1, 3)} for i in range(6)],
        "phases": [],
    }
    ids = [f"s{i}" for i in range(steps)]
    per_phase = [steps // phase_count + (1 if i < steps % phase_count else 0) for i in range(phase_count)]
    index = 0
    for p in range(phase_count):
        phase = {
            "name": f"{PHASES[p % len(PHASES)]} {p + 1}",
            "goal": sentence(rng, 4, 10),
            "duration": f"{rng.randint(1, 9)} days",
            "kpis": [sentence(rng, 1, 3) for _ in range(rng.randint(0, 3))],
            "steps": [],
        }
        for _ in range(per_phase[p]):
            step: dict = {"id": ids[index], "name": sentence(rng, 2, 8)}
            if rng.random() < 0.9:
                step["emotion"] = {pid: rng.randint(-2, 2) for pid in person_ids if rng.random() < 0.9} or rng.randint(
                    -2, 2
                )
                if not person_ids:
                    step["emotion"] = rng.randint(-2, 2)
            if rng.random() < 0.5:
                step["thinks"] = sentence(rng, 4, 14)
            step["touchpoints"] = rng.sample([t["id"] for t in data["touchpoints"]], rng.randint(0, 3))
            step["departments"] = rng.sample([d["id"] for d in data["departments"]], rng.randint(0, 2))
            if rng.random() < 0.3:
                step["pain_points"] = [sentence(rng, 3, 12) for _ in range(rng.randint(1, 2))]
            if rng.random() < 0.3:
                step["opportunities"] = [sentence(rng, 3, 12)]
            if rng.random() < 0.1:
                step["drop_off"] = {"reason": sentence(rng, 3, 8), "rate": round(rng.random() * 0.5, 2)}
            if branches and index + 3 < steps and rng.random() < 0.08:
                step["next"] = [
                    ids[index + 1],
                    {"to": ids[rng.randint(index + 2, min(steps - 1, index + 6))], "label": sentence(rng, 1, 3)},
                ]
            if branches and index > 4 and rng.random() < 0.04:
                step["next"] = (
                    [{"to": ids[index - rng.randint(2, 4)], "label": "retry"}, ids[index + 1]]
                    if index + 1 < steps
                    else []
                )
            phase["steps"].append(step)
            index += 1
        data["phases"].append(phase)
    if not person_ids:
        del data["personas"]
    return data


def make_yaml(steps: int, seed: int = 1, **options: object) -> str:
    return yaml.safe_dump(make_journey(steps, seed, **options), allow_unicode=True, sort_keys=False)


# --- hostile shapes: small files whose work grew faster than the file --------------------------


def fan_out_yaml(steps: int, links: int | None = None) -> str:
    """``steps`` steps whose ``next`` is an alias of one list of ``links`` step ids (all of them by
    default): a few KB that ask for steps × links arrows."""
    ids = ", ".join(f"s{n}" for n in range(steps if links is None else links))
    rows = "".join(f"      - {{id: s{n}, name: Step {n}, next: *ids}}\n" for n in range(steps))
    return f"journeymd: 1\ntitle: Fan-out\nx-ids: &ids [{ids}]\nphases:\n  - name: All\n    steps:\n{rows}"


def aliased_touchpoints_yaml(steps: int, names: int = 190) -> str:
    """``steps`` steps that each name the same list of ``names`` touchpoints through an alias."""
    listed = ", ".join(f"Touchpoint {n}" for n in range(names))
    rows = "".join(f"      - {{id: s{n}, name: Step {n}, touchpoints: *tps}}\n" for n in range(steps))
    return f"journeymd: 1\ntitle: Touchpoints\nx-tps: &tps [{listed}]\nphases:\n  - name: All\n    steps:\n{rows}"


def renamed_ids_yaml(steps: int, version: str) -> str:
    """A journey whose every step id and name carry ``version``: two versions share no id, so a
    diff must match every step by its name and content."""
    rows = "".join(
        f"      - {{id: {version}-{n}, name: Customer {version} does step {n}, emotion: {n % 5 - 2}}}\n"
        for n in range(steps)
    )
    return f"journeymd: 1\ntitle: Renamed\nphases:\n  - name: All\n    steps:\n{rows}"


def own_persona_yaml(steps: int, personas: int | None = None) -> str:
    """``steps`` steps, each taken by one persona only, in turn among ``personas`` (by default one
    persona for each step): where a step leads depends on the steps after it, and each card names
    whose step it is."""
    count = steps if personas is None else personas
    listed = "".join(f"  - {{id: p{n}, name: Persona {n}}}\n" for n in range(count))
    rows = "".join(f"      - {{id: s{n}, name: Step {n}, personas: [p{n % count}]}}\n" for n in range(steps))
    return f"journeymd: 1\ntitle: Personas\npersonas:\n{listed}phases:\n  - name: All\n    steps:\n{rows}"


def open_parentheses_yaml(items: int) -> str:
    """A step whose pain points are ``items`` texts that each open a parenthesis, and then texts of
    up to 5000 ')' that close them all: where a comma may have split a text is one sweep's work."""
    listed = ", ".join(["a (b"] * items + [")" * 5000] * (items // 5000) + [")" * (items % 5000)] * bool(items % 5000))
    return f"journeymd: 1\nphases:\n  - name: P\n    steps:\n      - name: S\n        pain_points: [{listed}]\n"


def misspelt_links_yaml(steps: int) -> str:
    """``steps`` steps whose ``next`` each misspell the id of a step: thousands of near misses among
    thousands of ids, each one a suggestion to look for."""
    rows = "".join(f"      - {{id: step-number-{n}, name: S{n}, next: step-numbr-{n}}}\n" for n in range(steps))
    return f"journeymd: 1\ntitle: Misspelt\nphases:\n  - name: All\n    steps:\n{rows}"


def misspelt_keys_yaml(steps: int) -> str:
    """``steps`` steps that each misspell the key ``emotion``: each is reported, and its value then
    checked as the emotion it surely is."""
    rows = "".join(f"      - {{id: s{n}, name: S{n}, emotoin: 1}}\n" for n in range(steps))
    return f"journeymd: 1\ntitle: Misspelt keys\nphases:\n  - name: All\n    steps:\n{rows}"


def repeated_item_yaml(items: int) -> str:
    """A step whose ``personas`` lists ``items`` different ids and then the first again: only the
    last item repeats one before it."""
    listed = ", ".join([f"p{n}" for n in range(items)] + ["p0"])
    return (
        "journeymd: 1\npersonas: [{id: p0, name: P}]\nphases:\n  - name: P\n    steps:\n"
        f"      - name: S\n        personas: [{listed}]\n"
    )


def mermaid_actors_text(tasks: int) -> str:
    """A Mermaid journey diagram whose ``tasks`` tasks each have an actor of their own, all named
    'Actor' and punctuation, so that every actor's id is 'actor' and a number."""
    marks = "!?.+"
    names = ["Actor" + "".join(marks[(n >> shift) & 3] for shift in range(0, 16, 2)) for n in range(tasks)]
    rows = "".join(f"    Task {n}: 3: {name}\n" for n, name in enumerate(names))
    return f"journey\n  title Actors\n  section All\n{rows}"


def many_departments_yaml(phases: int, departments: int) -> str:
    """``phases`` phases of one step each, the steps naming ``departments`` departments in turn (no
    catalogue): the report's department-by-phase matrix has departments x phases cells."""
    rows = "".join(
        f"  - {{name: Phase {n}, steps: [{{name: Step {n}, departments: [Team {n % departments}]}}]}}\n"
        for n in range(phases)
    )
    return f"journeymd: 1\ntitle: Departments\nphases:\n{rows}"


# --- a repository of journeys --------------------------------------------------------------------


def write_linked_repository(folder: object, journeys: int, steps: int = 20, seed: int = 1) -> list[object]:
    """A git repository at ``folder`` with ``journeys`` journeys of ``steps`` steps in subfolders of
    ``folder``/journeys (ten to a folder), all
    including one catalogue of personas, touchpoints and departments, drawing their pain points from
    one pool (so that journeys share them, written with other case and punctuation), every tenth
    journey opening the next as a sub-journey and every fifth related to the one before. Returns
    the journey files."""
    import subprocess
    from pathlib import Path

    root = Path(str(folder))
    root.mkdir(parents=True, exist_ok=True)
    if not (root / ".git").exists():
        subprocess.run(["git", "init", "-q", str(root)], check=True)
    rng = random.Random(seed)
    shape = make_journey(steps, seed)
    catalogue = {"journeymd": 1, "catalogue": "Shared catalogue"}
    catalogue.update({key: shape[key] for key in ("personas", "touchpoints", "departments")})
    root.mkdir(parents=True, exist_ok=True)
    (root / "catalogue.yaml").write_text(yaml.safe_dump(catalogue, allow_unicode=True, sort_keys=False), "utf-8")
    pool = [sentence(rng, 3, 9) for _ in range(60)]
    paths = [root / "journeys" / f"area-{n // 10:03d}" / f"journey-{n:04d}.journey.yaml" for n in range(journeys)]
    for n, path in enumerate(paths):
        data = make_journey(steps, seed + n + 1, branches=False)
        for key in ("personas", "touchpoints", "departments"):
            del data[key]
        data["title"] = f"Journey {n}: {sentence(rng, 2, 5)}"
        data["include"] = ["../../catalogue.yaml"]
        for phase in data["phases"]:
            for step in phase["steps"]:
                if "pain_points" in step:
                    step["pain_points"] = [
                        rng.choice([text, text.upper(), text + "!"])
                        for text in rng.sample(pool, len(step["pain_points"]))
                    ]
        first_step = data["phases"][0]["steps"][-1]
        if n % 10 == 0 and n + 1 < journeys:
            first_step["opens"] = f"../{paths[n + 1].parent.name}/{paths[n + 1].name}"
        if n % 5 == 4:
            data["related"] = [{"journey": f"../{paths[n - 1].parent.name}/{paths[n - 1].name}", "relation": "to-be"}]
        path.parent.mkdir(parents=True, exist_ok=True)
        ordered = {
            "journeymd": 1,
            "include": data.pop("include"),
            **{k: v for k, v in data.items() if k != "journeymd"},
        }
        path.write_text(yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False), "utf-8")
    return list(paths)
