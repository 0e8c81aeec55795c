"""Labels that journeymd adds to a map itself, in the file's locale."""

from __future__ import annotations

__all__ = ["LABELS", "label"]

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "steps": "Steps",
        "thinks": "Thinks",
        "feels": "Feels",
        "emotion": "Emotion",
        "questions": "Questions",
        "touchpoints": "Touchpoints",
        "departments": "Departments",
        "pain_points": "Pain points",
        "opportunities": "Opportunities",
        "flow": "Flow",
        "goal": "Goal",
        "kpis": "KPIs",
        "persona": "Persona",
        "personas": "Personas",
        "duration": "Duration",
        "reached": "reached",
        "drop_off": "Drop-off",
        "high": "high",
        "low": "low",
        "online": "online",
        "offline": "offline",
        "end": "end",
        "legend": "Legend",
        "emotion_scale": "Emotion −2 … +2",
        "step": "Step",
        "phase": "Phase",
        "indirect": "indirect",
        "map": "Customer journey map",
    },
    "nl": {
        "steps": "Stappen",
        "thinks": "Denkt",
        "feels": "Voelt",
        "emotion": "Emotie",
        "questions": "Vragen",
        "touchpoints": "Contactmomenten",
        "departments": "Afdelingen",
        "pain_points": "Knelpunten",
        "opportunities": "Kansen",
        "flow": "Route",
        "goal": "Doel",
        "kpis": "KPI's",
        "persona": "Persona",
        "personas": "Persona's",
        "duration": "Duur",
        "reached": "bereikt",
        "drop_off": "Afhaakmoment",
        "high": "hoogtepunt",
        "low": "dieptepunt",
        "online": "online",
        "offline": "offline",
        "end": "einde",
        "legend": "Legenda",
        "emotion_scale": "Emotie −2 … +2",
        "step": "Stap",
        "phase": "Fase",
        "indirect": "indirect",
        "map": "Klantreiskaart",
    },
}


def label(locale: str, key: str) -> str:
    return LABELS.get(locale, LABELS["en"])[key]
