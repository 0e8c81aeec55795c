"""Starter journeys for the phase models of the source articles, in English and Dutch."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ._record import Record, dataclass

__all__ = ["CATALOGUE_SUMMARY", "CATALOGUE_TEMPLATE", "TEMPLATES", "catalogue_starter", "starter"]


@dataclass(frozen=True, eq=False, repr=False)
class Stage(Record):
    """One phase of a model, with a first step that shows how a step is written."""

    en: tuple[str, str, str, str]  # phase name, goal, KPI, first step
    nl: tuple[str, str, str, str]
    touchpoint: str
    department: str
    emotion: int


AWARENESS = Stage(("Awareness", "Be found by the people who need us", "Reach", "Sees an ad on social media"),
                  ("Bewustwording", "Gevonden worden door wie ons nodig heeft", "Bereik", "Ziet een advertentie op social media"),
                  "ad", "marketing", 1)  # fmt: skip
ORIENTATION = Stage(("Orientation", "Show what makes the offer different", "Time on site", "Reads product pages"),
                    ("Oriëntatie", "Laten zien wat het aanbod bijzonder maakt", "Tijd op site", "Leest productpagina's"),
                    "website", "ecommerce", 1)  # fmt: skip
CONSIDERATION = Stage(("Consideration", "Take away doubts", "Add-to-cart rate", "Compares prices and reviews"),
                      ("Overweging", "Twijfels wegnemen", "Toevoegingen aan winkelwagen", "Vergelijkt prijzen en reviews"),
                      "reviews", "marketing", 0)  # fmt: skip
# The 6-phase model names this phase in the plural: "Overwegingen".
CONSIDERATIONS = replace(CONSIDERATION, nl=("Overwegingen", *CONSIDERATION.nl[1:]))
PURCHASE = Stage(("Purchase", "Convert without surprises", "Conversion rate", "Goes through checkout"),
                 ("Aankoop", "Converteren zonder verrassingen", "Conversieratio", "Rekent af"),
                 "checkout", "ecommerce", -1)  # fmt: skip
SERVICE = Stage(("Service", "Deliver fast, help well", "Delivered on time", "Waits for the parcel"),
                ("Service", "Snel leveren, goed helpen", "Op tijd geleverd", "Wacht op het pakket"),
                "track-trace", "logistics", 0)  # fmt: skip
CONSUMPTION = Stage(("Consumption & service", "Deliver fast, help well", "Delivered on time", "Uses the product"),
                    ("Consumptie en service", "Snel leveren, goed helpen", "Op tijd geleverd", "Gebruikt het product"),
                    "track-trace", "logistics", 1)  # fmt: skip
LOYALTY = Stage(("Loyalty", "Bring customers back", "Repeat purchases", "Uses a coupon for a new order"),
                ("Loyaliteit", "Klanten laten terugkomen", "Herhaalaankopen", "Gebruikt een kortingscode"),
                "newsletter", "marketing", 2)  # fmt: skip
LOYALTY_SERVICE = Stage(("Loyalty & service", "Help well and bring customers back", "Repeat purchases",
                         "Gets help and orders again"),
                        ("Loyaliteit en service", "Goed helpen en klanten laten terugkomen", "Herhaalaankopen",
                         "Krijgt hulp en bestelt opnieuw"), "newsletter", "service", 2)  # fmt: skip
EVALUATION = Stage(("Evaluation", "Turn customers into ambassadors", "Reviews per order", "Writes a review"),
                   ("Evaluatie", "Van klant naar ambassadeur", "Reviews per bestelling", "Schrijft een review"),
                   "review-request", "service", 2)  # fmt: skip
ADVOCACY = Stage(("Advocacy", "Turn customers into ambassadors", "Referrals", "Recommends us to a friend"),
                 ("Advocaat", "Van klant naar ambassadeur", "Doorverwijzingen", "Raadt ons aan bij een vriend"),
                 "review-request", "marketing", 2)  # fmt: skip
ACTION = Stage(("Action", "Convert without surprises", "Conversion rate", "Orders"),
               ("Aankoop/actie", "Converteren zonder verrassingen", "Conversieratio", "Bestelt"),
               "checkout", "ecommerce", -1)  # fmt: skip
DELIVERY = Stage(("Service & delivery", "Deliver fast, help well", "Delivered on time", "Receives the parcel"),
                 ("Service/bezorging", "Snel leveren, goed helpen", "Op tijd geleverd", "Ontvangt het pakket"),
                 "track-trace", "logistics", 1)  # fmt: skip

_INTRO_EN = """\
# A {template} starter journey from `journeymd init`. Replace the examples with your own;
# `journeymd lint` says what is still missing, `journeymd render` draws the map."""
_INTRO_NL = """\
# Een klantreis om mee te beginnen ({template}), van `journeymd init`. Vervang de voorbeelden door
# je eigen; `journeymd lint` zegt wat er nog ontbreekt, `journeymd render` tekent de kaart."""

TEMPLATES: dict[str, tuple[str, tuple[Stage, ...]]] = {
    "4-phase": ("Awareness, consideration, purchase, loyalty & service",
                (AWARENESS, CONSIDERATION, PURCHASE, LOYALTY_SERVICE)),
    "5-phase": ("Awareness, consideration, purchase, service, loyalty",
                (AWARENESS, CONSIDERATION, PURCHASE, SERVICE, LOYALTY)),
    "5-phase-advocacy": ("Awareness, consideration, action, service & delivery, advocacy",
                         (AWARENESS, CONSIDERATION, ACTION, DELIVERY, ADVOCACY)),
    "6-phase": ("Awareness, orientation, consideration, purchase, consumption & service, evaluation",
                (AWARENESS, ORIENTATION, CONSIDERATIONS, PURCHASE, CONSUMPTION, EVALUATION)),
    "blueprint": ("Service blueprint of the 5-phase model: evidence, frontstage, backstage and support per step "
                  "(render with --view blueprint)", (AWARENESS, CONSIDERATION, PURCHASE, SERVICE, LOYALTY)),
}  # fmt: skip

_CATALOGUE: dict[str, dict[str, Any]] = {
    "en": {
        "touchpoints": {"ad": ("Social media ad", "social", "true"), "website": ("Website", "web", "true"),
                        "reviews": ("Reviews", "review", "true"), "checkout": ("Checkout", "web", "true"),
                        "track-trace": ("Track & trace e-mail", "email", "true"),
                        "newsletter": ("Newsletter", "email", "true"),
                        "review-request": ("Review request e-mail", "email", "true")},
        "departments": {"marketing": "Marketing", "ecommerce": "E-commerce", "logistics": "Logistics",
                        "service": "Customer service"},
        "layers": ("What the customer sees", "Answers questions", "Prepares the work", "System that supports it"),
        "words": ("A customer's journey", "Who the customer is, what they buy, and where the journey starts and ends.",
                  "New customer", "Describe the persona: age, habits, what they want.", "Find what they need quickly",
                  "Unexpected costs", "Shipping costs show up only at the end",
                  "Show shipping costs on every product page"),
    },
    "nl": {
        "touchpoints": {"ad": ("Social-media-advertentie", "social", "true"), "website": ("Website", "web", "true"),
                        "reviews": ("Reviews", "review", "true"), "checkout": ("Kassa", "web", "true"),
                        "track-trace": ("Track & trace-mail", "email", "true"),
                        "newsletter": ("Nieuwsbrief", "email", "true"),
                        "review-request": ("Reviewverzoek per e-mail", "email", "true")},
        "departments": {"marketing": "Marketing", "ecommerce": "E-commerce", "logistics": "Logistiek",
                        "service": "Klantenservice"},
        "layers": ("Wat de klant ziet", "Beantwoordt vragen", "Bereidt het werk voor", "Systeem dat het ondersteunt"),
        "words": ("De klantreis van een klant", "Wie de klant is, wat die koopt, en waar de reis begint en eindigt.",
                  "Nieuwe klant", "Beschrijf de persona: leeftijd, gewoonten, wensen.", "Snel vinden wat ze zoeken",
                  "Onverwachte kosten", "Verzendkosten verschijnen pas bij de kassa",
                  "Verzendkosten op elke productpagina tonen"),
    },
}  # fmt: skip


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def starter(template: str, locale: str = "en") -> str:
    """The text of a starter journey: valid, lint-clean, with comments on what to replace."""
    _, stages = TEMPLATES[template]
    words = _CATALOGUE[locale]
    texts: tuple[str, ...] = words["words"]
    title, description, persona, persona_text, goal, frustration, pain, chance = texts
    used_touchpoints = {s.touchpoint for s in stages}
    used_departments = {s.department for s in stages} | ({"service"} if template == "blueprint" else set())
    lines = [
        "# yaml-language-server: $schema=./journey.schema.json",
        *(_INTRO_NL if locale == "nl" else _INTRO_EN).format(template=template).splitlines(),
        "journeymd: 1",
        f"title: {_quote(title)}",
        f"description: {_quote(description)}",
        f"locale: {locale}",
        "personas:",
        f"  - id: customer\n    name: {_quote(persona)}\n    description: {_quote(persona_text)}",
        f"    goals: [{_quote(goal)}]\n    frustrations: [{_quote(frustration)}]",
        "touchpoints:",
    ]
    for tp_id, (name, channel, online) in words["touchpoints"].items():
        if tp_id in used_touchpoints:
            lines.append(f"  - {{id: {tp_id}, name: {_quote(name)}, channel: {channel}, online: {online}}}")
    blueprint = template == "blueprint"
    layers = {"marketing": "backstage", "ecommerce": "frontstage", "logistics": "support", "service": "frontstage"}
    lines.append("departments:")
    for dept_id, name in words["departments"].items():
        if dept_id in used_departments:
            layer = f", layer: {layers[dept_id]}" if blueprint else ""
            lines.append(f"  - {{id: {dept_id}, name: {_quote(name)}{layer}}}")
    lines.append("phases:")
    for stage in stages:
        name, phase_goal, kpi, step = getattr(stage, locale)
        lines += [
            f"  - name: {_quote(name)}",
            f"    goal: {_quote(phase_goal)}",
            f"    kpis: [{_quote(kpi)}]",
            "    steps:",
            f"      - name: {_quote(step)}",
            f"        emotion: {stage.emotion}",
            f"        touchpoints: [{stage.touchpoint}]",
            f"        departments: [{stage.department}]",
        ]
        if stage.emotion < 0:
            lines += [f"        pain_points: [{_quote(pain)}]", f"        opportunities: [{_quote(chance)}]"]
        if blueprint:
            evidence, front, back, support = words["layers"]
            lines += [
                f"        evidence: [{_quote(evidence)}]",
                f"        frontstage: [{{action: {_quote(front)}, department: service}}]",
                f"        backstage: [{_quote(back)}]",
                f"        support: [{_quote(support)}]",
                f"        time_standard: {'1 dag' if locale == 'nl' else '1 day'}",
            ]
    return "\n".join(lines) + "\n"


CATALOGUE_TEMPLATE = "catalogue"
CATALOGUE_SUMMARY = "Shared personas, touchpoints and departments of a web shop, for journeys to include"

# Seed 003's departments and touchpoints of a web shop, marketing first and logistics last, as
# there; the channel and the department each touchpoint mostly belongs to.
_SHOP_DEPARTMENTS = (
    ("marketing", "Marketing / online marketing", "Marketing / online marketing"),
    ("design", "Design / editorial", "Design / redactie"),
    ("eshop", "E-shop management", "E-shopbeheer"),
    ("customers", "Customer management", "Klantbeheer"),
    ("product", "Product management", "Productmanagement"),
    ("accounting", "Accounting", "Boekhouding"),
    ("legal", "Legal", "Juridische zaken"),
    ("payment", "Payment service providers", "Betaaldienstverleners"),
    ("logistics", "Logistics service providers", "Logistieke dienstverleners"),
)
_SHOP_TOUCHPOINTS = (
    ("ad", "Advertisement", "Advertentie", "ads"),
    ("eshop", "E-shop", "E-shop", "web"),
    ("blog", "Blog", "Blog", "blog"),
    ("banner", "Banner", "Banner", "ads"),
    ("newsletter", "Newsletter", "Nieuwsbrief", "email"),
    ("landing-page", "Landing page", "Landingspagina", "web"),
    ("form", "Form", "Formulier", "web"),
    ("product-page", "Product page", "Productpagina", "web"),
    ("app", "App", "App", "app"),
    ("category-page", "Category page", "Categoriepagina", "web"),
    ("cart", "Cart", "Winkelwagen", "web"),
    ("login", "Login / registration", "Inloggen / registratie", "web"),
    ("payment", "Payment service provider", "Betaaldienstverlener", "web"),
    ("thank-you-page", "Thank-you page", "Bedankpagina", "web"),
    ("order-service", "Order service provider", "Orderdienstverlener", "email"),
    ("shipping-updates", "Shipping updates", "Verzendupdates", "email"),
    ("packaging", "Packaging", "Verpakking", "parcel"),
    ("inserts", "Inserts", "Bijsluiters", "parcel"),
    ("bill", "Bill", "Factuur", "post"),
    ("delivery-note", "Delivery note", "Pakbon", "parcel"),
    ("product", "Product", "Product", "parcel"),
    ("faq", "FAQs", "Veelgestelde vragen", "web"),
    ("terms", "Terms and conditions", "Algemene voorwaarden", "web"),
    ("ivr", "Voice computer (IVR)", "Spraakcomputer (IVR)", "phone"),
    ("hotline", "Hotline employee", "Medewerker hotline", "phone"),
    ("return-label", "Return label", "Retourlabel", "parcel"),
)
_CATALOGUE_INTRO = {
    "en": """\
# A catalogue from `journeymd init --template catalogue`: the personas, touchpoints and departments
# your journeys share. A journey uses them with `include: [path/to/catalogue.yaml]` and takes only
# the entries it names. Keep the ids; rename, add and remove entries as your shop has them.""",
    "nl": """\
# Een catalogus van `journeymd init --template catalogue`: de persona's, contactmomenten en
# afdelingen die je klantreizen delen. Een klantreis gebruikt ze met
# `include: [pad/naar/catalogue.yaml]` en neemt alleen wat ze noemt. Pas namen aan, voeg toe en
# haal weg zoals het bij je winkel past.""",
}
_CATALOGUE_WORDS = {
    "en": ("Web shop catalogue", "New customer", "First-time buyer: compares a lot, doubts about fit and returns.",
           "Returning customer", "Knows the shop: wants to find and order quickly."),
    "nl": ("Catalogus van de webwinkel", "Nieuwe klant", "Koopt voor het eerst: vergelijkt veel, twijfelt over "
           "pasvorm en retour.", "Terugkerende klant", "Kent de winkel: wil snel vinden en bestellen."),
}  # fmt: skip


def catalogue_starter(locale: str = "en") -> str:
    """The text of a starter catalogue: seed 003's departments and touchpoints, and two personas."""
    title, new, new_text, returning, returning_text = _CATALOGUE_WORDS[locale]
    dutch = locale == "nl"
    lines = [
        "# yaml-language-server: $schema=./journey.schema.json",
        *_CATALOGUE_INTRO[locale].splitlines(),
        "journeymd: 1",
        f"catalogue: {_quote(title)}",
        f"locale: {locale}",
        "personas:",
        f"  - {{id: new-customer, name: {_quote(new)}, description: {_quote(new_text)}}}",
        f"  - {{id: returning-customer, name: {_quote(returning)}, description: {_quote(returning_text)}}}",
        "touchpoints:",
        *(
            f"  - {{id: {tp_id}, name: {_quote(nl if dutch else en)}, channel: {channel}, "
            f"online: {'false' if channel in ('parcel', 'post', 'phone') else 'true'}}}"
            for tp_id, en, nl, channel in _SHOP_TOUCHPOINTS
        ),
        "departments:",
        *(f"  - {{id: {dept_id}, name: {_quote(nl if dutch else en)}}}" for dept_id, en, nl in _SHOP_DEPARTMENTS),
    ]
    return "\n".join(lines) + "\n"
