# Generated from data/journey.schema.json by fastjsonschema; do not edit.
# Regenerate: JOURNEYMD_ACCEPT=1 pytest tests/test_generated.py
# ruff: noqa
# mypy: ignore-errors
SCHEMA_SHA256 = "9c2170843260a8d600d4a36591ba6e4611a0fca5e55c574bf2263c69e3def131"
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    "^x-": re.compile("^x-"),
    "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$": re.compile("^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%\\Z"),
    "^[A-Za-z0-9][A-Za-z0-9_.-]*$": re.compile("^[A-Za-z0-9][A-Za-z0-9_.-]*\\Z"),
}

NoneType = type(None)


def validate_https___journeymd_dev_schemas_journey_schema_json(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "$schema": "http://json-schema.org/draft-07/schema#",
                "$id": "https://journeymd.dev/schemas/journey.schema.json",
                "title": "journeymd journey",
                "description": "A customer journey map as code: phases, steps, touchpoints, emotions and the departments behind them. Format version 1.",
                "type": "object",
                "required": ["journeymd", "phases"],
                "additionalProperties": False,
                "patternProperties": {
                    "^x-": {"description": "Free for YAML anchors and your own data; journeymd ignores it."}
                },
                "properties": {
                    "$schema": {
                        "type": "string",
                        "title": "Schema",
                        "description": "The schema this file follows (editors read it).",
                        "examples": ["https://journeymd.dev/schemas/journey.schema.json"],
                    },
                    "journeymd": {
                        "title": "Format version",
                        "description": "The journey format version this file is written in. Always 1 for now.",
                        "type": "integer",
                        "const": 1,
                        "examples": [1],
                    },
                    "title": {
                        "title": "Label",
                        "description": "A short text shown on the map.",
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 500,
                        "examples": ["Browses the e-shop"],
                    },
                    "description": {
                        "title": "Text",
                        "description": "A longer text, wrapped on the map.",
                        "type": "string",
                        "maxLength": 5000,
                        "examples": ["Compares three pairs and reads the reviews."],
                    },
                    "locale": {
                        "title": "Locale",
                        "description": "Language of the labels journeymd adds itself (lane names, legends). Your own texts stay as written.",
                        "type": "string",
                        "enum": ["en", "nl"],
                        "default": "en",
                        "examples": ["en", "nl"],
                    },
                    "persona": {
                        "title": "Id",
                        "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                        "maxLength": 100,
                        "examples": ["checkout", "new-customer"],
                    },
                    "personas": {
                        "title": "Personas",
                        "description": "The fictional customers this journey is drawn for.",
                        "type": "array",
                        "items": {
                            "title": "Persona",
                            "description": "A fictional customer from the target group.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                    "title": "Persona id",
                                    "description": "Used as a key in step emotions.",
                                    "examples": ["sanne"],
                                },
                                "name": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                    "title": "Persona name",
                                    "description": "Name and short tag line.",
                                    "examples": ["Sanne, first-time buyer"],
                                },
                                "description": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Persona description",
                                    "description": "Traits and behaviour.",
                                    "examples": ["34, runs twice a week, shops on her phone."],
                                },
                                "goals": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                    "title": "Goals",
                                    "description": "What the persona wants to achieve.",
                                    "examples": [["Shoes that fit, delivered before the weekend"]],
                                },
                                "frustrations": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                    "title": "Frustrations",
                                    "description": "What annoys the persona.",
                                    "examples": [["Return processes that need a printer"]],
                                },
                            },
                            "examples": [
                                {"id": "sanne", "name": "Sanne, first-time buyer", "goals": ["Shoes that fit"]}
                            ],
                        },
                        "examples": [[{"id": "sanne", "name": "Sanne, first-time buyer"}]],
                    },
                    "touchpoints": {
                        "title": "Touchpoint catalogue",
                        "description": "Every place the customer meets the brand. Steps refer to these by id.",
                        "type": "array",
                        "items": {
                            "title": "Touchpoint",
                            "description": "A contact moment between customer and brand.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                    "title": "Touchpoint id",
                                    "description": "Steps refer to the touchpoint by this id.",
                                    "examples": ["hotline"],
                                },
                                "name": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                    "title": "Touchpoint name",
                                    "description": "Shown on the map's chip.",
                                    "examples": ["Customer service hotline"],
                                },
                                "channel": {
                                    "title": "Channel",
                                    "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                    "type": "string",
                                    "maxLength": 40,
                                    "examples": [
                                        "web",
                                        "email",
                                        "social",
                                        "chat",
                                        "phone",
                                        "post",
                                        "store",
                                        "app",
                                        "ads",
                                        "search",
                                        "print",
                                    ],
                                },
                                "online": {
                                    "title": "Online",
                                    "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                    "type": "boolean",
                                    "examples": [True],
                                },
                                "kind": {
                                    "title": "Kind",
                                    "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                    "type": "string",
                                    "enum": ["direct", "indirect"],
                                    "default": "direct",
                                    "examples": ["indirect"],
                                },
                            },
                            "examples": [{"id": "hotline", "name": "Hotline", "channel": "phone", "online": False}],
                        },
                        "examples": [
                            [
                                {
                                    "id": "newsletter",
                                    "name": "Newsletter",
                                    "channel": "email",
                                    "online": True,
                                    "kind": "direct",
                                }
                            ]
                        ],
                    },
                    "departments": {
                        "title": "Department catalogue",
                        "description": "The parts of the business behind the touchpoints. Steps refer to these by id.",
                        "type": "array",
                        "items": {
                            "title": "Department",
                            "description": "A part of the business behind the journey.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                    "title": "Department id",
                                    "description": "Steps refer to the department by this id.",
                                    "examples": ["marketing"],
                                },
                                "name": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                    "title": "Department name",
                                    "description": "Shown on the map's tag.",
                                    "examples": ["Online marketing"],
                                },
                            },
                            "examples": [{"id": "marketing", "name": "Online marketing"}],
                        },
                        "examples": [[{"id": "logistics", "name": "Logistics"}]],
                    },
                    "lanes": {
                        "title": "Lanes",
                        "description": "Which lanes the map shows, in this order. By default every lane that has data, in the standard order.",
                        "type": "array",
                        "uniqueItems": True,
                        "minItems": 1,
                        "items": {
                            "title": "Lane",
                            "description": "A lane of the map.",
                            "type": "string",
                            "enum": [
                                "steps",
                                "thinks",
                                "feels",
                                "emotion",
                                "questions",
                                "touchpoints",
                                "departments",
                                "pain_points",
                                "opportunities",
                            ],
                            "examples": ["emotion"],
                        },
                        "examples": [["steps", "emotion", "touchpoints", "pain_points"]],
                    },
                    "phases": {
                        "title": "Phases",
                        "description": "The stages of the journey, in order (for example awareness, consideration, purchase, service, loyalty).",
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "title": "Phase",
                            "description": "A stage of the journey, holding its steps in order.",
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                    "title": "Phase id",
                                    "description": "Defaults to a slug of the name.",
                                    "examples": ["awareness"],
                                },
                                "name": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                    "title": "Phase name",
                                    "description": "Shown on the phase band.",
                                    "examples": ["Awareness", "Oriëntatie"],
                                },
                                "description": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Phase description",
                                    "description": "What happens in this phase.",
                                    "examples": ["The customer learns that we exist."],
                                },
                                "goal": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Business goal",
                                    "description": "What the business wants from this phase.",
                                    "examples": ["Be found by runners looking for new shoes"],
                                },
                                "duration": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                    "title": "Phase duration",
                                    "description": "How long the phase takes.",
                                    "examples": ["1-2 weeks"],
                                },
                                "kpis": {
                                    "title": "KPIs",
                                    "description": "How the phase's success is measured.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/kpi"
                                    },
                                    "examples": [["Reach", "Click-through rate"]],
                                },
                                "steps": {
                                    "title": "Steps",
                                    "description": "What the customer does in this phase, in order.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/step"
                                    },
                                    "examples": [[{"name": "Clicks an ad"}]],
                                },
                            },
                            "examples": [
                                {
                                    "name": "Purchase",
                                    "goal": "Convert",
                                    "kpis": ["Conversion rate"],
                                    "steps": [{"name": "Goes through checkout"}],
                                }
                            ],
                        },
                        "examples": [[{"name": "Awareness", "steps": [{"name": "Sees an ad"}]}]],
                    },
                },
                "definitions": {
                    "id": {
                        "title": "Id",
                        "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                        "maxLength": 100,
                        "examples": ["checkout", "new-customer"],
                    },
                    "label": {
                        "title": "Label",
                        "description": "A short text shown on the map.",
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 500,
                        "examples": ["Browses the e-shop"],
                    },
                    "text": {
                        "title": "Text",
                        "description": "A longer text, wrapped on the map.",
                        "type": "string",
                        "maxLength": 5000,
                        "examples": ["Compares three pairs and reads the reviews."],
                    },
                    "texts": {
                        "title": "Texts",
                        "description": "A list of texts.",
                        "type": "array",
                        "items": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "examples": [["Shipping costs are unclear"]],
                    },
                    "duration": {
                        "title": "Duration",
                        "description": "How long it takes, in your own words.",
                        "type": "string",
                        "maxLength": 100,
                        "examples": ["2 days", "5 minutes"],
                    },
                    "score": {
                        "title": "Emotion score",
                        "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                        "type": "integer",
                        "minimum": -2,
                        "maximum": 2,
                        "examples": [-1, 2],
                    },
                    "persona": {
                        "title": "Persona",
                        "description": "A fictional customer from the target group.",
                        "type": "object",
                        "required": ["id", "name"],
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "id": {
                                "title": "Id",
                                "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                "type": "string",
                                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                "maxLength": 100,
                                "examples": ["checkout", "new-customer"],
                            },
                            "name": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            "description": {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            "goals": {
                                "title": "Texts",
                                "description": "A list of texts.",
                                "type": "array",
                                "items": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                },
                                "examples": [["Shipping costs are unclear"]],
                            },
                            "frustrations": {
                                "title": "Texts",
                                "description": "A list of texts.",
                                "type": "array",
                                "items": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                },
                                "examples": [["Shipping costs are unclear"]],
                            },
                        },
                        "examples": [{"id": "sanne", "name": "Sanne, first-time buyer", "goals": ["Shoes that fit"]}],
                    },
                    "touchpoint": {
                        "title": "Touchpoint",
                        "description": "A contact moment between customer and brand.",
                        "type": "object",
                        "required": ["id", "name"],
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "id": {
                                "title": "Id",
                                "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                "type": "string",
                                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                "maxLength": 100,
                                "examples": ["checkout", "new-customer"],
                            },
                            "name": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            "channel": {
                                "title": "Channel",
                                "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                "type": "string",
                                "maxLength": 40,
                                "examples": [
                                    "web",
                                    "email",
                                    "social",
                                    "chat",
                                    "phone",
                                    "post",
                                    "store",
                                    "app",
                                    "ads",
                                    "search",
                                    "print",
                                ],
                            },
                            "online": {
                                "title": "Online",
                                "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                "type": "boolean",
                                "examples": [True],
                            },
                            "kind": {
                                "title": "Kind",
                                "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                "type": "string",
                                "enum": ["direct", "indirect"],
                                "default": "direct",
                                "examples": ["indirect"],
                            },
                        },
                        "examples": [{"id": "hotline", "name": "Hotline", "channel": "phone", "online": False}],
                    },
                    "department": {
                        "title": "Department",
                        "description": "A part of the business behind the journey.",
                        "type": "object",
                        "required": ["id", "name"],
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "id": {
                                "title": "Id",
                                "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                "type": "string",
                                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                "maxLength": 100,
                                "examples": ["checkout", "new-customer"],
                            },
                            "name": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                        },
                        "examples": [{"id": "marketing", "name": "Online marketing"}],
                    },
                    "kpi": {
                        "title": "KPI",
                        "description": "A measure of the phase's success: a text, or a name with a target.",
                        "anyOf": [
                            {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            {
                                "type": "object",
                                "required": ["name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "name": {
                                        "title": "Label",
                                        "description": "A short text shown on the map.",
                                        "type": "string",
                                        "minLength": 1,
                                        "maxLength": 500,
                                        "examples": ["Browses the e-shop"],
                                    },
                                    "target": {
                                        "title": "Target",
                                        "description": "The value you aim for.",
                                        "type": ["string", "number"],
                                        "examples": ["3%", 1000],
                                    },
                                    "value": {
                                        "title": "Value",
                                        "description": "The value measured now.",
                                        "type": ["string", "number"],
                                        "examples": ["2.1%"],
                                    },
                                },
                            },
                        ],
                        "examples": ["Reach", {"name": "Conversion rate", "target": "3%"}],
                    },
                    "phase": {
                        "title": "Phase",
                        "description": "A stage of the journey, holding its steps in order.",
                        "type": "object",
                        "required": ["name"],
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "id": {
                                "title": "Id",
                                "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                "type": "string",
                                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                "maxLength": 100,
                                "examples": ["checkout", "new-customer"],
                            },
                            "name": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            "description": {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            "goal": {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            "duration": {
                                "title": "Duration",
                                "description": "How long it takes, in your own words.",
                                "type": "string",
                                "maxLength": 100,
                                "examples": ["2 days", "5 minutes"],
                            },
                            "kpis": {
                                "title": "KPIs",
                                "description": "How the phase's success is measured.",
                                "type": "array",
                                "items": {
                                    "title": "KPI",
                                    "description": "A measure of the phase's success: a text, or a name with a target.",
                                    "anyOf": [
                                        {"$ref": "#/definitions/label"},
                                        {
                                            "type": "object",
                                            "required": ["name"],
                                            "additionalProperties": False,
                                            "patternProperties": {"^x-": {}},
                                            "properties": {
                                                "name": {
                                                    "$ref": "#/definitions/label",
                                                    "title": "KPI name",
                                                    "description": "What is measured.",
                                                    "examples": ["Conversion rate"],
                                                },
                                                "target": {
                                                    "title": "Target",
                                                    "description": "The value you aim for.",
                                                    "type": ["string", "number"],
                                                    "examples": ["3%", 1000],
                                                },
                                                "value": {
                                                    "title": "Value",
                                                    "description": "The value measured now.",
                                                    "type": ["string", "number"],
                                                    "examples": ["2.1%"],
                                                },
                                            },
                                        },
                                    ],
                                    "examples": ["Reach", {"name": "Conversion rate", "target": "3%"}],
                                },
                                "examples": [["Reach", "Click-through rate"]],
                            },
                            "steps": {
                                "title": "Steps",
                                "description": "What the customer does in this phase, in order.",
                                "type": "array",
                                "items": {
                                    "title": "Step",
                                    "description": "Something the customer does, with what they think and feel and what serves them.",
                                    "type": "object",
                                    "required": ["name"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "id": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                            "title": "Step id",
                                            "description": "Defaults to a slug of the name; needed by `next` links.",
                                            "examples": ["checkout"],
                                        },
                                        "name": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                            "title": "Step name",
                                            "description": "What the customer does, short.",
                                            "examples": ["Goes through checkout"],
                                        },
                                        "description": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                            "title": "Step description",
                                            "description": "More about the step.",
                                            "examples": ["Guest checkout, iDEAL payment."],
                                        },
                                        "does": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                            "title": "Does",
                                            "description": "What the customer does (doet).",
                                            "examples": ["Fills in the address form"],
                                        },
                                        "thinks": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                            "title": "Thinks",
                                            "description": "What the customer thinks (denkt).",
                                            "examples": ["Why do I need an account?"],
                                        },
                                        "feels": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                            "title": "Feels",
                                            "description": "What the customer feels, in words (voelt).",
                                            "examples": ["Impatient"],
                                        },
                                        "questions": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                            "title": "Questions",
                                            "description": "Questions the customer has here (ask customer service).",
                                            "examples": [["When will it arrive?"]],
                                        },
                                        "emotion": {
                                            "title": "Emotion",
                                            "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                                            "anyOf": [
                                                {"$ref": "#/definitions/score"},
                                                {
                                                    "type": "object",
                                                    "propertyNames": {"$ref": "#/definitions/id"},
                                                    "additionalProperties": {"$ref": "#/definitions/score"},
                                                },
                                            ],
                                            "examples": [1, {"sanne": -1, "returning": 1}],
                                        },
                                        "touchpoints": {
                                            "title": "Touchpoints",
                                            "description": "Touchpoints used in this step.",
                                            "type": "array",
                                            "items": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/touchpoint-use"
                                            },
                                            "examples": [["ad", "landing-page"]],
                                        },
                                        "departments": {
                                            "title": "Departments",
                                            "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                                            "type": "array",
                                            "items": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label"
                                            },
                                            "examples": [["marketing"]],
                                        },
                                        "pain_points": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                            "title": "Pain points",
                                            "description": "What goes wrong for the customer here (knelpunten).",
                                            "examples": [["Return process unclear"]],
                                        },
                                        "opportunities": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                            "title": "Opportunities",
                                            "description": "What the business can improve or automate here (kansen).",
                                            "examples": [["Abandoned-cart reminder e-mail"]],
                                        },
                                        "duration": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                            "title": "Step duration",
                                            "description": "How long the step takes.",
                                            "examples": ["2-3 days"],
                                        },
                                        "reached": {
                                            "title": "Reached",
                                            "description": "How many customers reach this step (for the funnel).",
                                            "type": "integer",
                                            "minimum": 0,
                                            "examples": [1000],
                                        },
                                        "drop_off": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/drop-off"
                                        },
                                        "next": {
                                            "title": "Next steps",
                                            "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                                            "type": "array",
                                            "items": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/link"
                                            },
                                            "examples": [
                                                [],
                                                ["review"],
                                                [{"to": "call-hotline", "label": "doesn't fit"}, "review"],
                                            ],
                                        },
                                    },
                                    "examples": [
                                        {
                                            "name": "Calls the hotline",
                                            "emotion": -1,
                                            "touchpoints": ["hotline"],
                                            "departments": ["customer-service"],
                                        }
                                    ],
                                },
                                "examples": [[{"name": "Clicks an ad"}]],
                            },
                        },
                        "examples": [
                            {
                                "name": "Purchase",
                                "goal": "Convert",
                                "kpis": ["Conversion rate"],
                                "steps": [{"name": "Goes through checkout"}],
                            }
                        ],
                    },
                    "touchpoint-use": {
                        "title": "Touchpoint used",
                        "description": "A touchpoint id from the catalogue, or, in a file without a catalogue, a touchpoint's name.",
                        "anyOf": [
                            {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            {
                                "type": "object",
                                "required": ["name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "name": {
                                        "title": "Label",
                                        "description": "A short text shown on the map.",
                                        "type": "string",
                                        "minLength": 1,
                                        "maxLength": 500,
                                        "examples": ["Browses the e-shop"],
                                    },
                                    "channel": {
                                        "title": "Channel",
                                        "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                        "type": "string",
                                        "maxLength": 40,
                                        "examples": [
                                            "web",
                                            "email",
                                            "social",
                                            "chat",
                                            "phone",
                                            "post",
                                            "store",
                                            "app",
                                            "ads",
                                            "search",
                                            "print",
                                        ],
                                    },
                                    "online": {
                                        "title": "Online",
                                        "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                        "type": "boolean",
                                        "examples": [True],
                                    },
                                    "kind": {
                                        "title": "Kind",
                                        "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                        "type": "string",
                                        "enum": ["direct", "indirect"],
                                        "default": "direct",
                                        "examples": ["indirect"],
                                    },
                                },
                            },
                        ],
                        "examples": ["newsletter", {"name": "Return label", "channel": "post", "online": False}],
                    },
                    "link": {
                        "title": "Next step",
                        "description": "A step id, or a step id with a label for the arrow.",
                        "anyOf": [
                            {
                                "title": "Id",
                                "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                "type": "string",
                                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                "maxLength": 100,
                                "examples": ["checkout", "new-customer"],
                            },
                            {
                                "type": "object",
                                "required": ["to"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "to": {
                                        "title": "Id",
                                        "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                        "type": "string",
                                        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                        "maxLength": 100,
                                        "examples": ["checkout", "new-customer"],
                                    },
                                    "label": {
                                        "title": "Label",
                                        "description": "A short text shown on the map.",
                                        "type": "string",
                                        "minLength": 1,
                                        "maxLength": 500,
                                        "examples": ["Browses the e-shop"],
                                    },
                                },
                            },
                        ],
                        "examples": ["checkout", {"to": "call-hotline", "label": "doesn't fit"}],
                    },
                    "drop-off": {
                        "title": "Drop-off",
                        "description": "Customers leave the journey here: true, a reason, or a reason with a rate.",
                        "anyOf": [
                            {"type": "boolean"},
                            {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            {
                                "type": "object",
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "reason": {
                                        "title": "Text",
                                        "description": "A longer text, wrapped on the map.",
                                        "type": "string",
                                        "maxLength": 5000,
                                        "examples": ["Compares three pairs and reads the reviews."],
                                    },
                                    "rate": {
                                        "title": "Rate",
                                        "description": 'Share of customers who leave here: a fraction from 0 to 1, or a percentage such as "35%".',
                                        "anyOf": [
                                            {"type": "number", "minimum": 0, "maximum": 1},
                                            {"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                                        ],
                                        "examples": [0.35, "35%"],
                                    },
                                },
                            },
                        ],
                        "examples": [
                            True,
                            "Shipping costs appear only at checkout",
                            {"reason": "Price disappoints", "rate": "35%"},
                        ],
                    },
                    "rate": {
                        "title": "Rate",
                        "description": 'Share of customers who leave here: a fraction from 0 to 1, or a percentage such as "35%".',
                        "anyOf": [
                            {"type": "number", "minimum": 0, "maximum": 1},
                            {"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                        ],
                        "examples": [0.35, "35%"],
                    },
                    "step": {
                        "title": "Step",
                        "description": "Something the customer does, with what they think and feel and what serves them.",
                        "type": "object",
                        "required": ["name"],
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "id": {
                                "title": "Id",
                                "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                "type": "string",
                                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                "maxLength": 100,
                                "examples": ["checkout", "new-customer"],
                            },
                            "name": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            "description": {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            "does": {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            "thinks": {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            "feels": {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            "questions": {
                                "title": "Texts",
                                "description": "A list of texts.",
                                "type": "array",
                                "items": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                },
                                "examples": [["Shipping costs are unclear"]],
                            },
                            "emotion": {
                                "title": "Emotion",
                                "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                                "anyOf": [
                                    {
                                        "title": "Emotion score",
                                        "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                        "type": "integer",
                                        "minimum": -2,
                                        "maximum": 2,
                                        "examples": [-1, 2],
                                    },
                                    {
                                        "type": "object",
                                        "propertyNames": {
                                            "title": "Id",
                                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                            "type": "string",
                                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                            "maxLength": 100,
                                            "examples": ["checkout", "new-customer"],
                                        },
                                        "additionalProperties": {
                                            "title": "Emotion score",
                                            "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                            "type": "integer",
                                            "minimum": -2,
                                            "maximum": 2,
                                            "examples": [-1, 2],
                                        },
                                    },
                                ],
                                "examples": [1, {"sanne": -1, "returning": 1}],
                            },
                            "touchpoints": {
                                "title": "Touchpoints",
                                "description": "Touchpoints used in this step.",
                                "type": "array",
                                "items": {
                                    "title": "Touchpoint used",
                                    "description": "A touchpoint id from the catalogue, or, in a file without a catalogue, a touchpoint's name.",
                                    "anyOf": [
                                        {"$ref": "#/definitions/label"},
                                        {
                                            "type": "object",
                                            "required": ["name"],
                                            "additionalProperties": False,
                                            "patternProperties": {"^x-": {}},
                                            "properties": {
                                                "name": {
                                                    "$ref": "#/definitions/label",
                                                    "title": "Touchpoint name",
                                                    "description": "Shown on the chip.",
                                                    "examples": ["Return label"],
                                                },
                                                "channel": {"$ref": "#/definitions/touchpoint/properties/channel"},
                                                "online": {"$ref": "#/definitions/touchpoint/properties/online"},
                                                "kind": {"$ref": "#/definitions/touchpoint/properties/kind"},
                                            },
                                        },
                                    ],
                                    "examples": [
                                        "newsletter",
                                        {"name": "Return label", "channel": "post", "online": False},
                                    ],
                                },
                                "examples": [["ad", "landing-page"]],
                            },
                            "departments": {
                                "title": "Departments",
                                "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                                "type": "array",
                                "items": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "examples": [["marketing"]],
                            },
                            "pain_points": {
                                "title": "Texts",
                                "description": "A list of texts.",
                                "type": "array",
                                "items": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                },
                                "examples": [["Shipping costs are unclear"]],
                            },
                            "opportunities": {
                                "title": "Texts",
                                "description": "A list of texts.",
                                "type": "array",
                                "items": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                },
                                "examples": [["Shipping costs are unclear"]],
                            },
                            "duration": {
                                "title": "Duration",
                                "description": "How long it takes, in your own words.",
                                "type": "string",
                                "maxLength": 100,
                                "examples": ["2 days", "5 minutes"],
                            },
                            "reached": {
                                "title": "Reached",
                                "description": "How many customers reach this step (for the funnel).",
                                "type": "integer",
                                "minimum": 0,
                                "examples": [1000],
                            },
                            "drop_off": {
                                "title": "Drop-off",
                                "description": "Customers leave the journey here: true, a reason, or a reason with a rate.",
                                "anyOf": [
                                    {"type": "boolean"},
                                    {"$ref": "#/definitions/text"},
                                    {
                                        "type": "object",
                                        "additionalProperties": False,
                                        "patternProperties": {"^x-": {}},
                                        "properties": {
                                            "reason": {
                                                "$ref": "#/definitions/text",
                                                "title": "Reason",
                                                "description": "Why customers leave here.",
                                                "examples": ["Shipping costs appear only at checkout"],
                                            },
                                            "rate": {"$ref": "#/definitions/rate"},
                                        },
                                    },
                                ],
                                "examples": [
                                    True,
                                    "Shipping costs appear only at checkout",
                                    {"reason": "Price disappoints", "rate": "35%"},
                                ],
                            },
                            "next": {
                                "title": "Next steps",
                                "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                                "type": "array",
                                "items": {
                                    "title": "Next step",
                                    "description": "A step id, or a step id with a label for the arrow.",
                                    "anyOf": [
                                        {"$ref": "#/definitions/id"},
                                        {
                                            "type": "object",
                                            "required": ["to"],
                                            "additionalProperties": False,
                                            "patternProperties": {"^x-": {}},
                                            "properties": {
                                                "to": {
                                                    "$ref": "#/definitions/id",
                                                    "title": "Target step",
                                                    "description": "Id of the step this arrow goes to.",
                                                    "examples": ["call-hotline"],
                                                },
                                                "label": {
                                                    "$ref": "#/definitions/label",
                                                    "title": "Arrow label",
                                                    "description": "Why the customer goes this way.",
                                                    "examples": ["doesn't fit"],
                                                },
                                            },
                                        },
                                    ],
                                    "examples": ["checkout", {"to": "call-hotline", "label": "doesn't fit"}],
                                },
                                "examples": [
                                    [],
                                    ["review"],
                                    [{"to": "call-hotline", "label": "doesn't fit"}, "review"],
                                ],
                            },
                        },
                        "examples": [
                            {
                                "name": "Calls the hotline",
                                "emotion": -1,
                                "touchpoints": ["hotline"],
                                "departments": ["customer-service"],
                            }
                        ],
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["journeymd", "phases"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "$schema": "http://json-schema.org/draft-07/schema#",
                    "$id": "https://journeymd.dev/schemas/journey.schema.json",
                    "title": "journeymd journey",
                    "description": "A customer journey map as code: phases, steps, touchpoints, emotions and the departments behind them. Format version 1.",
                    "type": "object",
                    "required": ["journeymd", "phases"],
                    "additionalProperties": False,
                    "patternProperties": {
                        "^x-": {"description": "Free for YAML anchors and your own data; journeymd ignores it."}
                    },
                    "properties": {
                        "$schema": {
                            "type": "string",
                            "title": "Schema",
                            "description": "The schema this file follows (editors read it).",
                            "examples": ["https://journeymd.dev/schemas/journey.schema.json"],
                        },
                        "journeymd": {
                            "title": "Format version",
                            "description": "The journey format version this file is written in. Always 1 for now.",
                            "type": "integer",
                            "const": 1,
                            "examples": [1],
                        },
                        "title": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "description": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "locale": {
                            "title": "Locale",
                            "description": "Language of the labels journeymd adds itself (lane names, legends). Your own texts stay as written.",
                            "type": "string",
                            "enum": ["en", "nl"],
                            "default": "en",
                            "examples": ["en", "nl"],
                        },
                        "persona": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "personas": {
                            "title": "Personas",
                            "description": "The fictional customers this journey is drawn for.",
                            "type": "array",
                            "items": {
                                "title": "Persona",
                                "description": "A fictional customer from the target group.",
                                "type": "object",
                                "required": ["id", "name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "id": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                        "title": "Persona id",
                                        "description": "Used as a key in step emotions.",
                                        "examples": ["sanne"],
                                    },
                                    "name": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                        "title": "Persona name",
                                        "description": "Name and short tag line.",
                                        "examples": ["Sanne, first-time buyer"],
                                    },
                                    "description": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Persona description",
                                        "description": "Traits and behaviour.",
                                        "examples": ["34, runs twice a week, shops on her phone."],
                                    },
                                    "goals": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                        "title": "Goals",
                                        "description": "What the persona wants to achieve.",
                                        "examples": [["Shoes that fit, delivered before the weekend"]],
                                    },
                                    "frustrations": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                        "title": "Frustrations",
                                        "description": "What annoys the persona.",
                                        "examples": [["Return processes that need a printer"]],
                                    },
                                },
                                "examples": [
                                    {"id": "sanne", "name": "Sanne, first-time buyer", "goals": ["Shoes that fit"]}
                                ],
                            },
                            "examples": [[{"id": "sanne", "name": "Sanne, first-time buyer"}]],
                        },
                        "touchpoints": {
                            "title": "Touchpoint catalogue",
                            "description": "Every place the customer meets the brand. Steps refer to these by id.",
                            "type": "array",
                            "items": {
                                "title": "Touchpoint",
                                "description": "A contact moment between customer and brand.",
                                "type": "object",
                                "required": ["id", "name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "id": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                        "title": "Touchpoint id",
                                        "description": "Steps refer to the touchpoint by this id.",
                                        "examples": ["hotline"],
                                    },
                                    "name": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                        "title": "Touchpoint name",
                                        "description": "Shown on the map's chip.",
                                        "examples": ["Customer service hotline"],
                                    },
                                    "channel": {
                                        "title": "Channel",
                                        "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                        "type": "string",
                                        "maxLength": 40,
                                        "examples": [
                                            "web",
                                            "email",
                                            "social",
                                            "chat",
                                            "phone",
                                            "post",
                                            "store",
                                            "app",
                                            "ads",
                                            "search",
                                            "print",
                                        ],
                                    },
                                    "online": {
                                        "title": "Online",
                                        "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                        "type": "boolean",
                                        "examples": [True],
                                    },
                                    "kind": {
                                        "title": "Kind",
                                        "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                        "type": "string",
                                        "enum": ["direct", "indirect"],
                                        "default": "direct",
                                        "examples": ["indirect"],
                                    },
                                },
                                "examples": [{"id": "hotline", "name": "Hotline", "channel": "phone", "online": False}],
                            },
                            "examples": [
                                [
                                    {
                                        "id": "newsletter",
                                        "name": "Newsletter",
                                        "channel": "email",
                                        "online": True,
                                        "kind": "direct",
                                    }
                                ]
                            ],
                        },
                        "departments": {
                            "title": "Department catalogue",
                            "description": "The parts of the business behind the touchpoints. Steps refer to these by id.",
                            "type": "array",
                            "items": {
                                "title": "Department",
                                "description": "A part of the business behind the journey.",
                                "type": "object",
                                "required": ["id", "name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "id": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                        "title": "Department id",
                                        "description": "Steps refer to the department by this id.",
                                        "examples": ["marketing"],
                                    },
                                    "name": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                        "title": "Department name",
                                        "description": "Shown on the map's tag.",
                                        "examples": ["Online marketing"],
                                    },
                                },
                                "examples": [{"id": "marketing", "name": "Online marketing"}],
                            },
                            "examples": [[{"id": "logistics", "name": "Logistics"}]],
                        },
                        "lanes": {
                            "title": "Lanes",
                            "description": "Which lanes the map shows, in this order. By default every lane that has data, in the standard order.",
                            "type": "array",
                            "uniqueItems": True,
                            "minItems": 1,
                            "items": {
                                "title": "Lane",
                                "description": "A lane of the map.",
                                "type": "string",
                                "enum": [
                                    "steps",
                                    "thinks",
                                    "feels",
                                    "emotion",
                                    "questions",
                                    "touchpoints",
                                    "departments",
                                    "pain_points",
                                    "opportunities",
                                ],
                                "examples": ["emotion"],
                            },
                            "examples": [["steps", "emotion", "touchpoints", "pain_points"]],
                        },
                        "phases": {
                            "title": "Phases",
                            "description": "The stages of the journey, in order (for example awareness, consideration, purchase, service, loyalty).",
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "title": "Phase",
                                "description": "A stage of the journey, holding its steps in order.",
                                "type": "object",
                                "required": ["name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "id": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                        "title": "Phase id",
                                        "description": "Defaults to a slug of the name.",
                                        "examples": ["awareness"],
                                    },
                                    "name": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                        "title": "Phase name",
                                        "description": "Shown on the phase band.",
                                        "examples": ["Awareness", "Oriëntatie"],
                                    },
                                    "description": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Phase description",
                                        "description": "What happens in this phase.",
                                        "examples": ["The customer learns that we exist."],
                                    },
                                    "goal": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Business goal",
                                        "description": "What the business wants from this phase.",
                                        "examples": ["Be found by runners looking for new shoes"],
                                    },
                                    "duration": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                        "title": "Phase duration",
                                        "description": "How long the phase takes.",
                                        "examples": ["1-2 weeks"],
                                    },
                                    "kpis": {
                                        "title": "KPIs",
                                        "description": "How the phase's success is measured.",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/kpi"
                                        },
                                        "examples": [["Reach", "Click-through rate"]],
                                    },
                                    "steps": {
                                        "title": "Steps",
                                        "description": "What the customer does in this phase, in order.",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/step"
                                        },
                                        "examples": [[{"name": "Clicks an ad"}]],
                                    },
                                },
                                "examples": [
                                    {
                                        "name": "Purchase",
                                        "goal": "Convert",
                                        "kpis": ["Conversion rate"],
                                        "steps": [{"name": "Goes through checkout"}],
                                    }
                                ],
                            },
                            "examples": [[{"name": "Awareness", "steps": [{"name": "Sees an ad"}]}]],
                        },
                    },
                    "definitions": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "label": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "text": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "texts": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            "examples": [["Shipping costs are unclear"]],
                        },
                        "duration": {
                            "title": "Duration",
                            "description": "How long it takes, in your own words.",
                            "type": "string",
                            "maxLength": 100,
                            "examples": ["2 days", "5 minutes"],
                        },
                        "score": {
                            "title": "Emotion score",
                            "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                            "type": "integer",
                            "minimum": -2,
                            "maximum": 2,
                            "examples": [-1, 2],
                        },
                        "persona": {
                            "title": "Persona",
                            "description": "A fictional customer from the target group.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "description": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "goals": {
                                    "title": "Texts",
                                    "description": "A list of texts.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                    },
                                    "examples": [["Shipping costs are unclear"]],
                                },
                                "frustrations": {
                                    "title": "Texts",
                                    "description": "A list of texts.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                    },
                                    "examples": [["Shipping costs are unclear"]],
                                },
                            },
                            "examples": [
                                {"id": "sanne", "name": "Sanne, first-time buyer", "goals": ["Shoes that fit"]}
                            ],
                        },
                        "touchpoint": {
                            "title": "Touchpoint",
                            "description": "A contact moment between customer and brand.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "channel": {
                                    "title": "Channel",
                                    "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                    "type": "string",
                                    "maxLength": 40,
                                    "examples": [
                                        "web",
                                        "email",
                                        "social",
                                        "chat",
                                        "phone",
                                        "post",
                                        "store",
                                        "app",
                                        "ads",
                                        "search",
                                        "print",
                                    ],
                                },
                                "online": {
                                    "title": "Online",
                                    "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                    "type": "boolean",
                                    "examples": [True],
                                },
                                "kind": {
                                    "title": "Kind",
                                    "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                    "type": "string",
                                    "enum": ["direct", "indirect"],
                                    "default": "direct",
                                    "examples": ["indirect"],
                                },
                            },
                            "examples": [{"id": "hotline", "name": "Hotline", "channel": "phone", "online": False}],
                        },
                        "department": {
                            "title": "Department",
                            "description": "A part of the business behind the journey.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                            },
                            "examples": [{"id": "marketing", "name": "Online marketing"}],
                        },
                        "kpi": {
                            "title": "KPI",
                            "description": "A measure of the phase's success: a text, or a name with a target.",
                            "anyOf": [
                                {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                {
                                    "type": "object",
                                    "required": ["name"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "name": {
                                            "title": "Label",
                                            "description": "A short text shown on the map.",
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 500,
                                            "examples": ["Browses the e-shop"],
                                        },
                                        "target": {
                                            "title": "Target",
                                            "description": "The value you aim for.",
                                            "type": ["string", "number"],
                                            "examples": ["3%", 1000],
                                        },
                                        "value": {
                                            "title": "Value",
                                            "description": "The value measured now.",
                                            "type": ["string", "number"],
                                            "examples": ["2.1%"],
                                        },
                                    },
                                },
                            ],
                            "examples": ["Reach", {"name": "Conversion rate", "target": "3%"}],
                        },
                        "phase": {
                            "title": "Phase",
                            "description": "A stage of the journey, holding its steps in order.",
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "description": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "goal": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "duration": {
                                    "title": "Duration",
                                    "description": "How long it takes, in your own words.",
                                    "type": "string",
                                    "maxLength": 100,
                                    "examples": ["2 days", "5 minutes"],
                                },
                                "kpis": {
                                    "title": "KPIs",
                                    "description": "How the phase's success is measured.",
                                    "type": "array",
                                    "items": {
                                        "title": "KPI",
                                        "description": "A measure of the phase's success: a text, or a name with a target.",
                                        "anyOf": [
                                            {"$ref": "#/definitions/label"},
                                            {
                                                "type": "object",
                                                "required": ["name"],
                                                "additionalProperties": False,
                                                "patternProperties": {"^x-": {}},
                                                "properties": {
                                                    "name": {
                                                        "$ref": "#/definitions/label",
                                                        "title": "KPI name",
                                                        "description": "What is measured.",
                                                        "examples": ["Conversion rate"],
                                                    },
                                                    "target": {
                                                        "title": "Target",
                                                        "description": "The value you aim for.",
                                                        "type": ["string", "number"],
                                                        "examples": ["3%", 1000],
                                                    },
                                                    "value": {
                                                        "title": "Value",
                                                        "description": "The value measured now.",
                                                        "type": ["string", "number"],
                                                        "examples": ["2.1%"],
                                                    },
                                                },
                                            },
                                        ],
                                        "examples": ["Reach", {"name": "Conversion rate", "target": "3%"}],
                                    },
                                    "examples": [["Reach", "Click-through rate"]],
                                },
                                "steps": {
                                    "title": "Steps",
                                    "description": "What the customer does in this phase, in order.",
                                    "type": "array",
                                    "items": {
                                        "title": "Step",
                                        "description": "Something the customer does, with what they think and feel and what serves them.",
                                        "type": "object",
                                        "required": ["name"],
                                        "additionalProperties": False,
                                        "patternProperties": {"^x-": {}},
                                        "properties": {
                                            "id": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                                "title": "Step id",
                                                "description": "Defaults to a slug of the name; needed by `next` links.",
                                                "examples": ["checkout"],
                                            },
                                            "name": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                                "title": "Step name",
                                                "description": "What the customer does, short.",
                                                "examples": ["Goes through checkout"],
                                            },
                                            "description": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                                "title": "Step description",
                                                "description": "More about the step.",
                                                "examples": ["Guest checkout, iDEAL payment."],
                                            },
                                            "does": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                                "title": "Does",
                                                "description": "What the customer does (doet).",
                                                "examples": ["Fills in the address form"],
                                            },
                                            "thinks": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                                "title": "Thinks",
                                                "description": "What the customer thinks (denkt).",
                                                "examples": ["Why do I need an account?"],
                                            },
                                            "feels": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                                "title": "Feels",
                                                "description": "What the customer feels, in words (voelt).",
                                                "examples": ["Impatient"],
                                            },
                                            "questions": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                                "title": "Questions",
                                                "description": "Questions the customer has here (ask customer service).",
                                                "examples": [["When will it arrive?"]],
                                            },
                                            "emotion": {
                                                "title": "Emotion",
                                                "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                                                "anyOf": [
                                                    {"$ref": "#/definitions/score"},
                                                    {
                                                        "type": "object",
                                                        "propertyNames": {"$ref": "#/definitions/id"},
                                                        "additionalProperties": {"$ref": "#/definitions/score"},
                                                    },
                                                ],
                                                "examples": [1, {"sanne": -1, "returning": 1}],
                                            },
                                            "touchpoints": {
                                                "title": "Touchpoints",
                                                "description": "Touchpoints used in this step.",
                                                "type": "array",
                                                "items": {
                                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/touchpoint-use"
                                                },
                                                "examples": [["ad", "landing-page"]],
                                            },
                                            "departments": {
                                                "title": "Departments",
                                                "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                                                "type": "array",
                                                "items": {
                                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label"
                                                },
                                                "examples": [["marketing"]],
                                            },
                                            "pain_points": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                                "title": "Pain points",
                                                "description": "What goes wrong for the customer here (knelpunten).",
                                                "examples": [["Return process unclear"]],
                                            },
                                            "opportunities": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                                "title": "Opportunities",
                                                "description": "What the business can improve or automate here (kansen).",
                                                "examples": [["Abandoned-cart reminder e-mail"]],
                                            },
                                            "duration": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                                "title": "Step duration",
                                                "description": "How long the step takes.",
                                                "examples": ["2-3 days"],
                                            },
                                            "reached": {
                                                "title": "Reached",
                                                "description": "How many customers reach this step (for the funnel).",
                                                "type": "integer",
                                                "minimum": 0,
                                                "examples": [1000],
                                            },
                                            "drop_off": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/drop-off"
                                            },
                                            "next": {
                                                "title": "Next steps",
                                                "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                                                "type": "array",
                                                "items": {
                                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/link"
                                                },
                                                "examples": [
                                                    [],
                                                    ["review"],
                                                    [{"to": "call-hotline", "label": "doesn't fit"}, "review"],
                                                ],
                                            },
                                        },
                                        "examples": [
                                            {
                                                "name": "Calls the hotline",
                                                "emotion": -1,
                                                "touchpoints": ["hotline"],
                                                "departments": ["customer-service"],
                                            }
                                        ],
                                    },
                                    "examples": [[{"name": "Clicks an ad"}]],
                                },
                            },
                            "examples": [
                                {
                                    "name": "Purchase",
                                    "goal": "Convert",
                                    "kpis": ["Conversion rate"],
                                    "steps": [{"name": "Goes through checkout"}],
                                }
                            ],
                        },
                        "touchpoint-use": {
                            "title": "Touchpoint used",
                            "description": "A touchpoint id from the catalogue, or, in a file without a catalogue, a touchpoint's name.",
                            "anyOf": [
                                {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                {
                                    "type": "object",
                                    "required": ["name"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "name": {
                                            "title": "Label",
                                            "description": "A short text shown on the map.",
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 500,
                                            "examples": ["Browses the e-shop"],
                                        },
                                        "channel": {
                                            "title": "Channel",
                                            "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                            "type": "string",
                                            "maxLength": 40,
                                            "examples": [
                                                "web",
                                                "email",
                                                "social",
                                                "chat",
                                                "phone",
                                                "post",
                                                "store",
                                                "app",
                                                "ads",
                                                "search",
                                                "print",
                                            ],
                                        },
                                        "online": {
                                            "title": "Online",
                                            "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                            "type": "boolean",
                                            "examples": [True],
                                        },
                                        "kind": {
                                            "title": "Kind",
                                            "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                            "type": "string",
                                            "enum": ["direct", "indirect"],
                                            "default": "direct",
                                            "examples": ["indirect"],
                                        },
                                    },
                                },
                            ],
                            "examples": ["newsletter", {"name": "Return label", "channel": "post", "online": False}],
                        },
                        "link": {
                            "title": "Next step",
                            "description": "A step id, or a step id with a label for the arrow.",
                            "anyOf": [
                                {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                {
                                    "type": "object",
                                    "required": ["to"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "to": {
                                            "title": "Id",
                                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                            "type": "string",
                                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                            "maxLength": 100,
                                            "examples": ["checkout", "new-customer"],
                                        },
                                        "label": {
                                            "title": "Label",
                                            "description": "A short text shown on the map.",
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 500,
                                            "examples": ["Browses the e-shop"],
                                        },
                                    },
                                },
                            ],
                            "examples": ["checkout", {"to": "call-hotline", "label": "doesn't fit"}],
                        },
                        "drop-off": {
                            "title": "Drop-off",
                            "description": "Customers leave the journey here: true, a reason, or a reason with a rate.",
                            "anyOf": [
                                {"type": "boolean"},
                                {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                {
                                    "type": "object",
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "reason": {
                                            "title": "Text",
                                            "description": "A longer text, wrapped on the map.",
                                            "type": "string",
                                            "maxLength": 5000,
                                            "examples": ["Compares three pairs and reads the reviews."],
                                        },
                                        "rate": {
                                            "title": "Rate",
                                            "description": 'Share of customers who leave here: a fraction from 0 to 1, or a percentage such as "35%".',
                                            "anyOf": [
                                                {"type": "number", "minimum": 0, "maximum": 1},
                                                {"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                                            ],
                                            "examples": [0.35, "35%"],
                                        },
                                    },
                                },
                            ],
                            "examples": [
                                True,
                                "Shipping costs appear only at checkout",
                                {"reason": "Price disappoints", "rate": "35%"},
                            ],
                        },
                        "rate": {
                            "title": "Rate",
                            "description": 'Share of customers who leave here: a fraction from 0 to 1, or a percentage such as "35%".',
                            "anyOf": [
                                {"type": "number", "minimum": 0, "maximum": 1},
                                {"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                            ],
                            "examples": [0.35, "35%"],
                        },
                        "step": {
                            "title": "Step",
                            "description": "Something the customer does, with what they think and feel and what serves them.",
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "description": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "does": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "thinks": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "feels": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "questions": {
                                    "title": "Texts",
                                    "description": "A list of texts.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                    },
                                    "examples": [["Shipping costs are unclear"]],
                                },
                                "emotion": {
                                    "title": "Emotion",
                                    "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                                    "anyOf": [
                                        {
                                            "title": "Emotion score",
                                            "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                            "type": "integer",
                                            "minimum": -2,
                                            "maximum": 2,
                                            "examples": [-1, 2],
                                        },
                                        {
                                            "type": "object",
                                            "propertyNames": {
                                                "title": "Id",
                                                "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                                "type": "string",
                                                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                                "maxLength": 100,
                                                "examples": ["checkout", "new-customer"],
                                            },
                                            "additionalProperties": {
                                                "title": "Emotion score",
                                                "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                                "type": "integer",
                                                "minimum": -2,
                                                "maximum": 2,
                                                "examples": [-1, 2],
                                            },
                                        },
                                    ],
                                    "examples": [1, {"sanne": -1, "returning": 1}],
                                },
                                "touchpoints": {
                                    "title": "Touchpoints",
                                    "description": "Touchpoints used in this step.",
                                    "type": "array",
                                    "items": {
                                        "title": "Touchpoint used",
                                        "description": "A touchpoint id from the catalogue, or, in a file without a catalogue, a touchpoint's name.",
                                        "anyOf": [
                                            {"$ref": "#/definitions/label"},
                                            {
                                                "type": "object",
                                                "required": ["name"],
                                                "additionalProperties": False,
                                                "patternProperties": {"^x-": {}},
                                                "properties": {
                                                    "name": {
                                                        "$ref": "#/definitions/label",
                                                        "title": "Touchpoint name",
                                                        "description": "Shown on the chip.",
                                                        "examples": ["Return label"],
                                                    },
                                                    "channel": {"$ref": "#/definitions/touchpoint/properties/channel"},
                                                    "online": {"$ref": "#/definitions/touchpoint/properties/online"},
                                                    "kind": {"$ref": "#/definitions/touchpoint/properties/kind"},
                                                },
                                            },
                                        ],
                                        "examples": [
                                            "newsletter",
                                            {"name": "Return label", "channel": "post", "online": False},
                                        ],
                                    },
                                    "examples": [["ad", "landing-page"]],
                                },
                                "departments": {
                                    "title": "Departments",
                                    "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                                    "type": "array",
                                    "items": {
                                        "title": "Label",
                                        "description": "A short text shown on the map.",
                                        "type": "string",
                                        "minLength": 1,
                                        "maxLength": 500,
                                        "examples": ["Browses the e-shop"],
                                    },
                                    "examples": [["marketing"]],
                                },
                                "pain_points": {
                                    "title": "Texts",
                                    "description": "A list of texts.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                    },
                                    "examples": [["Shipping costs are unclear"]],
                                },
                                "opportunities": {
                                    "title": "Texts",
                                    "description": "A list of texts.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                    },
                                    "examples": [["Shipping costs are unclear"]],
                                },
                                "duration": {
                                    "title": "Duration",
                                    "description": "How long it takes, in your own words.",
                                    "type": "string",
                                    "maxLength": 100,
                                    "examples": ["2 days", "5 minutes"],
                                },
                                "reached": {
                                    "title": "Reached",
                                    "description": "How many customers reach this step (for the funnel).",
                                    "type": "integer",
                                    "minimum": 0,
                                    "examples": [1000],
                                },
                                "drop_off": {
                                    "title": "Drop-off",
                                    "description": "Customers leave the journey here: true, a reason, or a reason with a rate.",
                                    "anyOf": [
                                        {"type": "boolean"},
                                        {"$ref": "#/definitions/text"},
                                        {
                                            "type": "object",
                                            "additionalProperties": False,
                                            "patternProperties": {"^x-": {}},
                                            "properties": {
                                                "reason": {
                                                    "$ref": "#/definitions/text",
                                                    "title": "Reason",
                                                    "description": "Why customers leave here.",
                                                    "examples": ["Shipping costs appear only at checkout"],
                                                },
                                                "rate": {"$ref": "#/definitions/rate"},
                                            },
                                        },
                                    ],
                                    "examples": [
                                        True,
                                        "Shipping costs appear only at checkout",
                                        {"reason": "Price disappoints", "rate": "35%"},
                                    ],
                                },
                                "next": {
                                    "title": "Next steps",
                                    "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                                    "type": "array",
                                    "items": {
                                        "title": "Next step",
                                        "description": "A step id, or a step id with a label for the arrow.",
                                        "anyOf": [
                                            {"$ref": "#/definitions/id"},
                                            {
                                                "type": "object",
                                                "required": ["to"],
                                                "additionalProperties": False,
                                                "patternProperties": {"^x-": {}},
                                                "properties": {
                                                    "to": {
                                                        "$ref": "#/definitions/id",
                                                        "title": "Target step",
                                                        "description": "Id of the step this arrow goes to.",
                                                        "examples": ["call-hotline"],
                                                    },
                                                    "label": {
                                                        "$ref": "#/definitions/label",
                                                        "title": "Arrow label",
                                                        "description": "Why the customer goes this way.",
                                                        "examples": ["doesn't fit"],
                                                    },
                                                },
                                            },
                                        ],
                                        "examples": ["checkout", {"to": "call-hotline", "label": "doesn't fit"}],
                                    },
                                    "examples": [
                                        [],
                                        ["review"],
                                        [{"to": "call-hotline", "label": "doesn't fit"}, "review"],
                                    ],
                                },
                            },
                            "examples": [
                                {
                                    "name": "Calls the hotline",
                                    "emotion": -1,
                                    "touchpoints": ["hotline"],
                                    "departments": ["customer-service"],
                                }
                            ],
                        },
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "$schema" in data_keys:
            data_keys.remove("$schema")
            data__schema = data["$schema"]
            if not isinstance(data__schema, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".$schema must be string",
                    value=data__schema,
                    name="" + (name_prefix or "data") + ".$schema",
                    definition={
                        "type": "string",
                        "title": "Schema",
                        "description": "The schema this file follows (editors read it).",
                        "examples": ["https://journeymd.dev/schemas/journey.schema.json"],
                    },
                    rule="type",
                )
        if "journeymd" in data_keys:
            data_keys.remove("journeymd")
            data__journeymd = data["journeymd"]
            if (
                not isinstance(data__journeymd, (int))
                and not (isinstance(data__journeymd, float) and data__journeymd.is_integer())
                or isinstance(data__journeymd, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".journeymd must be integer",
                    value=data__journeymd,
                    name="" + (name_prefix or "data") + ".journeymd",
                    definition={
                        "title": "Format version",
                        "description": "The journey format version this file is written in. Always 1 for now.",
                        "type": "integer",
                        "const": 1,
                        "examples": [1],
                    },
                    rule="type",
                )
            if not (
                isinstance(data__journeymd, (int, float))
                and not isinstance(data__journeymd, bool)
                and data__journeymd == 1
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".journeymd must be same as const definition: 1",
                    value=data__journeymd,
                    name="" + (name_prefix or "data") + ".journeymd",
                    definition={
                        "title": "Format version",
                        "description": "The journey format version this file is written in. Always 1 for now.",
                        "type": "integer",
                        "const": 1,
                        "examples": [1],
                    },
                    rule="const",
                )
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                data__title, custom_formats, (name_prefix or "data") + ".title"
            )
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
                data__description, custom_formats, (name_prefix or "data") + ".description"
            )
        if "locale" in data_keys:
            data_keys.remove("locale")
            data__locale = data["locale"]
            if not isinstance(data__locale, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".locale must be string",
                    value=data__locale,
                    name="" + (name_prefix or "data") + ".locale",
                    definition={
                        "title": "Locale",
                        "description": "Language of the labels journeymd adds itself (lane names, legends). Your own texts stay as written.",
                        "type": "string",
                        "enum": ["en", "nl"],
                        "default": "en",
                        "examples": ["en", "nl"],
                    },
                    rule="type",
                )
            if not (
                isinstance(data__locale, str)
                and data__locale == "en"
                or isinstance(data__locale, str)
                and data__locale == "nl"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".locale must be one of ['en', 'nl']",
                    value=data__locale,
                    name="" + (name_prefix or "data") + ".locale",
                    definition={
                        "title": "Locale",
                        "description": "Language of the labels journeymd adds itself (lane names, legends). Your own texts stay as written.",
                        "type": "string",
                        "enum": ["en", "nl"],
                        "default": "en",
                        "examples": ["en", "nl"],
                    },
                    rule="enum",
                )
        else:
            data["locale"] = "en"
        if "persona" in data_keys:
            data_keys.remove("persona")
            data__persona = data["persona"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_id(
                data__persona, custom_formats, (name_prefix or "data") + ".persona"
            )
        if "personas" in data_keys:
            data_keys.remove("personas")
            data__personas = data["personas"]
            if not isinstance(data__personas, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".personas must be array",
                    value=data__personas,
                    name="" + (name_prefix or "data") + ".personas",
                    definition={
                        "title": "Personas",
                        "description": "The fictional customers this journey is drawn for.",
                        "type": "array",
                        "items": {
                            "title": "Persona",
                            "description": "A fictional customer from the target group.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                    "title": "Persona id",
                                    "description": "Used as a key in step emotions.",
                                    "examples": ["sanne"],
                                },
                                "name": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                    "title": "Persona name",
                                    "description": "Name and short tag line.",
                                    "examples": ["Sanne, first-time buyer"],
                                },
                                "description": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Persona description",
                                    "description": "Traits and behaviour.",
                                    "examples": ["34, runs twice a week, shops on her phone."],
                                },
                                "goals": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                    "title": "Goals",
                                    "description": "What the persona wants to achieve.",
                                    "examples": [["Shoes that fit, delivered before the weekend"]],
                                },
                                "frustrations": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                    "title": "Frustrations",
                                    "description": "What annoys the persona.",
                                    "examples": [["Return processes that need a printer"]],
                                },
                            },
                            "examples": [
                                {"id": "sanne", "name": "Sanne, first-time buyer", "goals": ["Shoes that fit"]}
                            ],
                        },
                        "examples": [[{"id": "sanne", "name": "Sanne, first-time buyer"}]],
                    },
                    rule="type",
                )
            data__personas_is_list = isinstance(data__personas, (list, tuple))
            if data__personas_is_list:
                data__personas_len = len(data__personas)
                for data__personas_x, data__personas_item in enumerate(data__personas):
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_persona(
                        data__personas_item,
                        custom_formats,
                        (name_prefix or "data") + ".personas[{data__personas_x}]".format(**locals()),
                    )
        if "touchpoints" in data_keys:
            data_keys.remove("touchpoints")
            data__touchpoints = data["touchpoints"]
            if not isinstance(data__touchpoints, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".touchpoints must be array",
                    value=data__touchpoints,
                    name="" + (name_prefix or "data") + ".touchpoints",
                    definition={
                        "title": "Touchpoint catalogue",
                        "description": "Every place the customer meets the brand. Steps refer to these by id.",
                        "type": "array",
                        "items": {
                            "title": "Touchpoint",
                            "description": "A contact moment between customer and brand.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                    "title": "Touchpoint id",
                                    "description": "Steps refer to the touchpoint by this id.",
                                    "examples": ["hotline"],
                                },
                                "name": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                    "title": "Touchpoint name",
                                    "description": "Shown on the map's chip.",
                                    "examples": ["Customer service hotline"],
                                },
                                "channel": {
                                    "title": "Channel",
                                    "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                    "type": "string",
                                    "maxLength": 40,
                                    "examples": [
                                        "web",
                                        "email",
                                        "social",
                                        "chat",
                                        "phone",
                                        "post",
                                        "store",
                                        "app",
                                        "ads",
                                        "search",
                                        "print",
                                    ],
                                },
                                "online": {
                                    "title": "Online",
                                    "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                    "type": "boolean",
                                    "examples": [True],
                                },
                                "kind": {
                                    "title": "Kind",
                                    "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                    "type": "string",
                                    "enum": ["direct", "indirect"],
                                    "default": "direct",
                                    "examples": ["indirect"],
                                },
                            },
                            "examples": [{"id": "hotline", "name": "Hotline", "channel": "phone", "online": False}],
                        },
                        "examples": [
                            [
                                {
                                    "id": "newsletter",
                                    "name": "Newsletter",
                                    "channel": "email",
                                    "online": True,
                                    "kind": "direct",
                                }
                            ]
                        ],
                    },
                    rule="type",
                )
            data__touchpoints_is_list = isinstance(data__touchpoints, (list, tuple))
            if data__touchpoints_is_list:
                data__touchpoints_len = len(data__touchpoints)
                for data__touchpoints_x, data__touchpoints_item in enumerate(data__touchpoints):
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_touchpoint(
                        data__touchpoints_item,
                        custom_formats,
                        (name_prefix or "data") + ".touchpoints[{data__touchpoints_x}]".format(**locals()),
                    )
        if "departments" in data_keys:
            data_keys.remove("departments")
            data__departments = data["departments"]
            if not isinstance(data__departments, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".departments must be array",
                    value=data__departments,
                    name="" + (name_prefix or "data") + ".departments",
                    definition={
                        "title": "Department catalogue",
                        "description": "The parts of the business behind the touchpoints. Steps refer to these by id.",
                        "type": "array",
                        "items": {
                            "title": "Department",
                            "description": "A part of the business behind the journey.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                    "title": "Department id",
                                    "description": "Steps refer to the department by this id.",
                                    "examples": ["marketing"],
                                },
                                "name": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                    "title": "Department name",
                                    "description": "Shown on the map's tag.",
                                    "examples": ["Online marketing"],
                                },
                            },
                            "examples": [{"id": "marketing", "name": "Online marketing"}],
                        },
                        "examples": [[{"id": "logistics", "name": "Logistics"}]],
                    },
                    rule="type",
                )
            data__departments_is_list = isinstance(data__departments, (list, tuple))
            if data__departments_is_list:
                data__departments_len = len(data__departments)
                for data__departments_x, data__departments_item in enumerate(data__departments):
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_department(
                        data__departments_item,
                        custom_formats,
                        (name_prefix or "data") + ".departments[{data__departments_x}]".format(**locals()),
                    )
        if "lanes" in data_keys:
            data_keys.remove("lanes")
            data__lanes = data["lanes"]
            if not isinstance(data__lanes, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".lanes must be array",
                    value=data__lanes,
                    name="" + (name_prefix or "data") + ".lanes",
                    definition={
                        "title": "Lanes",
                        "description": "Which lanes the map shows, in this order. By default every lane that has data, in the standard order.",
                        "type": "array",
                        "uniqueItems": True,
                        "minItems": 1,
                        "items": {
                            "title": "Lane",
                            "description": "A lane of the map.",
                            "type": "string",
                            "enum": [
                                "steps",
                                "thinks",
                                "feels",
                                "emotion",
                                "questions",
                                "touchpoints",
                                "departments",
                                "pain_points",
                                "opportunities",
                            ],
                            "examples": ["emotion"],
                        },
                        "examples": [["steps", "emotion", "touchpoints", "pain_points"]],
                    },
                    rule="type",
                )
            data__lanes_is_list = isinstance(data__lanes, (list, tuple))
            if data__lanes_is_list:
                data__lanes_len = len(data__lanes)
                if data__lanes_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".lanes must contain at least 1 items",
                        value=data__lanes,
                        name="" + (name_prefix or "data") + ".lanes",
                        definition={
                            "title": "Lanes",
                            "description": "Which lanes the map shows, in this order. By default every lane that has data, in the standard order.",
                            "type": "array",
                            "uniqueItems": True,
                            "minItems": 1,
                            "items": {
                                "title": "Lane",
                                "description": "A lane of the map.",
                                "type": "string",
                                "enum": [
                                    "steps",
                                    "thinks",
                                    "feels",
                                    "emotion",
                                    "questions",
                                    "touchpoints",
                                    "departments",
                                    "pain_points",
                                    "opportunities",
                                ],
                                "examples": ["emotion"],
                            },
                            "examples": [["steps", "emotion", "touchpoints", "pain_points"]],
                        },
                        rule="minItems",
                    )

                def fn(var):
                    return (
                        frozenset(dict((k, fn(v)) for k, v in var.items()).items())
                        if hasattr(var, "items")
                        else tuple(fn(v) for v in var)
                        if isinstance(var, (dict, list))
                        else (bool, var)
                        if isinstance(var, bool)
                        else var
                    )

                if data__lanes_len > len(set(fn(data__lanes_x) for data__lanes_x in data__lanes)):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".lanes must contain unique items",
                        value=data__lanes,
                        name="" + (name_prefix or "data") + ".lanes",
                        definition={
                            "title": "Lanes",
                            "description": "Which lanes the map shows, in this order. By default every lane that has data, in the standard order.",
                            "type": "array",
                            "uniqueItems": True,
                            "minItems": 1,
                            "items": {
                                "title": "Lane",
                                "description": "A lane of the map.",
                                "type": "string",
                                "enum": [
                                    "steps",
                                    "thinks",
                                    "feels",
                                    "emotion",
                                    "questions",
                                    "touchpoints",
                                    "departments",
                                    "pain_points",
                                    "opportunities",
                                ],
                                "examples": ["emotion"],
                            },
                            "examples": [["steps", "emotion", "touchpoints", "pain_points"]],
                        },
                        rule="uniqueItems",
                    )
                for data__lanes_x, data__lanes_item in enumerate(data__lanes):
                    if not isinstance(data__lanes_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".lanes[{data__lanes_x}]".format(**locals())
                            + " must be string",
                            value=data__lanes_item,
                            name="" + (name_prefix or "data") + ".lanes[{data__lanes_x}]".format(**locals()) + "",
                            definition={
                                "title": "Lane",
                                "description": "A lane of the map.",
                                "type": "string",
                                "enum": [
                                    "steps",
                                    "thinks",
                                    "feels",
                                    "emotion",
                                    "questions",
                                    "touchpoints",
                                    "departments",
                                    "pain_points",
                                    "opportunities",
                                ],
                                "examples": ["emotion"],
                            },
                            rule="type",
                        )
                    if not (
                        isinstance(data__lanes_item, str)
                        and data__lanes_item == "steps"
                        or isinstance(data__lanes_item, str)
                        and data__lanes_item == "thinks"
                        or isinstance(data__lanes_item, str)
                        and data__lanes_item == "feels"
                        or isinstance(data__lanes_item, str)
                        and data__lanes_item == "emotion"
                        or isinstance(data__lanes_item, str)
                        and data__lanes_item == "questions"
                        or isinstance(data__lanes_item, str)
                        and data__lanes_item == "touchpoints"
                        or isinstance(data__lanes_item, str)
                        and data__lanes_item == "departments"
                        or isinstance(data__lanes_item, str)
                        and data__lanes_item == "pain_points"
                        or isinstance(data__lanes_item, str)
                        and data__lanes_item == "opportunities"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".lanes[{data__lanes_x}]".format(**locals())
                            + " must be one of ['steps', 'thinks', 'feels', 'emotion', 'questions', 'touchpoints', 'departments', 'pain_points', 'opportunities']",
                            value=data__lanes_item,
                            name="" + (name_prefix or "data") + ".lanes[{data__lanes_x}]".format(**locals()) + "",
                            definition={
                                "title": "Lane",
                                "description": "A lane of the map.",
                                "type": "string",
                                "enum": [
                                    "steps",
                                    "thinks",
                                    "feels",
                                    "emotion",
                                    "questions",
                                    "touchpoints",
                                    "departments",
                                    "pain_points",
                                    "opportunities",
                                ],
                                "examples": ["emotion"],
                            },
                            rule="enum",
                        )
        if "phases" in data_keys:
            data_keys.remove("phases")
            data__phases = data["phases"]
            if not isinstance(data__phases, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".phases must be array",
                    value=data__phases,
                    name="" + (name_prefix or "data") + ".phases",
                    definition={
                        "title": "Phases",
                        "description": "The stages of the journey, in order (for example awareness, consideration, purchase, service, loyalty).",
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "title": "Phase",
                            "description": "A stage of the journey, holding its steps in order.",
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                    "title": "Phase id",
                                    "description": "Defaults to a slug of the name.",
                                    "examples": ["awareness"],
                                },
                                "name": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                    "title": "Phase name",
                                    "description": "Shown on the phase band.",
                                    "examples": ["Awareness", "Oriëntatie"],
                                },
                                "description": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Phase description",
                                    "description": "What happens in this phase.",
                                    "examples": ["The customer learns that we exist."],
                                },
                                "goal": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Business goal",
                                    "description": "What the business wants from this phase.",
                                    "examples": ["Be found by runners looking for new shoes"],
                                },
                                "duration": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                    "title": "Phase duration",
                                    "description": "How long the phase takes.",
                                    "examples": ["1-2 weeks"],
                                },
                                "kpis": {
                                    "title": "KPIs",
                                    "description": "How the phase's success is measured.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/kpi"
                                    },
                                    "examples": [["Reach", "Click-through rate"]],
                                },
                                "steps": {
                                    "title": "Steps",
                                    "description": "What the customer does in this phase, in order.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/step"
                                    },
                                    "examples": [[{"name": "Clicks an ad"}]],
                                },
                            },
                            "examples": [
                                {
                                    "name": "Purchase",
                                    "goal": "Convert",
                                    "kpis": ["Conversion rate"],
                                    "steps": [{"name": "Goes through checkout"}],
                                }
                            ],
                        },
                        "examples": [[{"name": "Awareness", "steps": [{"name": "Sees an ad"}]}]],
                    },
                    rule="type",
                )
            data__phases_is_list = isinstance(data__phases, (list, tuple))
            if data__phases_is_list:
                data__phases_len = len(data__phases)
                if data__phases_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".phases must contain at least 1 items",
                        value=data__phases,
                        name="" + (name_prefix or "data") + ".phases",
                        definition={
                            "title": "Phases",
                            "description": "The stages of the journey, in order (for example awareness, consideration, purchase, service, loyalty).",
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "title": "Phase",
                                "description": "A stage of the journey, holding its steps in order.",
                                "type": "object",
                                "required": ["name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "id": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                        "title": "Phase id",
                                        "description": "Defaults to a slug of the name.",
                                        "examples": ["awareness"],
                                    },
                                    "name": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                        "title": "Phase name",
                                        "description": "Shown on the phase band.",
                                        "examples": ["Awareness", "Oriëntatie"],
                                    },
                                    "description": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Phase description",
                                        "description": "What happens in this phase.",
                                        "examples": ["The customer learns that we exist."],
                                    },
                                    "goal": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Business goal",
                                        "description": "What the business wants from this phase.",
                                        "examples": ["Be found by runners looking for new shoes"],
                                    },
                                    "duration": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                        "title": "Phase duration",
                                        "description": "How long the phase takes.",
                                        "examples": ["1-2 weeks"],
                                    },
                                    "kpis": {
                                        "title": "KPIs",
                                        "description": "How the phase's success is measured.",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/kpi"
                                        },
                                        "examples": [["Reach", "Click-through rate"]],
                                    },
                                    "steps": {
                                        "title": "Steps",
                                        "description": "What the customer does in this phase, in order.",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/step"
                                        },
                                        "examples": [[{"name": "Clicks an ad"}]],
                                    },
                                },
                                "examples": [
                                    {
                                        "name": "Purchase",
                                        "goal": "Convert",
                                        "kpis": ["Conversion rate"],
                                        "steps": [{"name": "Goes through checkout"}],
                                    }
                                ],
                            },
                            "examples": [[{"name": "Awareness", "steps": [{"name": "Sees an ad"}]}]],
                        },
                        rule="minItems",
                    )
                for data__phases_x, data__phases_item in enumerate(data__phases):
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_phase(
                        data__phases_item,
                        custom_formats,
                        (name_prefix or "data") + ".phases[{data__phases_x}]".format(**locals()),
                    )
        for data_key, data_val in data.items():
            if REGEX_PATTERNS["^x-"].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "$schema": "http://json-schema.org/draft-07/schema#",
                    "$id": "https://journeymd.dev/schemas/journey.schema.json",
                    "title": "journeymd journey",
                    "description": "A customer journey map as code: phases, steps, touchpoints, emotions and the departments behind them. Format version 1.",
                    "type": "object",
                    "required": ["journeymd", "phases"],
                    "additionalProperties": False,
                    "patternProperties": {
                        "^x-": {"description": "Free for YAML anchors and your own data; journeymd ignores it."}
                    },
                    "properties": {
                        "$schema": {
                            "type": "string",
                            "title": "Schema",
                            "description": "The schema this file follows (editors read it).",
                            "examples": ["https://journeymd.dev/schemas/journey.schema.json"],
                        },
                        "journeymd": {
                            "title": "Format version",
                            "description": "The journey format version this file is written in. Always 1 for now.",
                            "type": "integer",
                            "const": 1,
                            "examples": [1],
                        },
                        "title": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "description": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "locale": {
                            "title": "Locale",
                            "description": "Language of the labels journeymd adds itself (lane names, legends). Your own texts stay as written.",
                            "type": "string",
                            "enum": ["en", "nl"],
                            "default": "en",
                            "examples": ["en", "nl"],
                        },
                        "persona": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "personas": {
                            "title": "Personas",
                            "description": "The fictional customers this journey is drawn for.",
                            "type": "array",
                            "items": {
                                "title": "Persona",
                                "description": "A fictional customer from the target group.",
                                "type": "object",
                                "required": ["id", "name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "id": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                        "title": "Persona id",
                                        "description": "Used as a key in step emotions.",
                                        "examples": ["sanne"],
                                    },
                                    "name": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                        "title": "Persona name",
                                        "description": "Name and short tag line.",
                                        "examples": ["Sanne, first-time buyer"],
                                    },
                                    "description": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Persona description",
                                        "description": "Traits and behaviour.",
                                        "examples": ["34, runs twice a week, shops on her phone."],
                                    },
                                    "goals": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                        "title": "Goals",
                                        "description": "What the persona wants to achieve.",
                                        "examples": [["Shoes that fit, delivered before the weekend"]],
                                    },
                                    "frustrations": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                        "title": "Frustrations",
                                        "description": "What annoys the persona.",
                                        "examples": [["Return processes that need a printer"]],
                                    },
                                },
                                "examples": [
                                    {"id": "sanne", "name": "Sanne, first-time buyer", "goals": ["Shoes that fit"]}
                                ],
                            },
                            "examples": [[{"id": "sanne", "name": "Sanne, first-time buyer"}]],
                        },
                        "touchpoints": {
                            "title": "Touchpoint catalogue",
                            "description": "Every place the customer meets the brand. Steps refer to these by id.",
                            "type": "array",
                            "items": {
                                "title": "Touchpoint",
                                "description": "A contact moment between customer and brand.",
                                "type": "object",
                                "required": ["id", "name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "id": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                        "title": "Touchpoint id",
                                        "description": "Steps refer to the touchpoint by this id.",
                                        "examples": ["hotline"],
                                    },
                                    "name": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                        "title": "Touchpoint name",
                                        "description": "Shown on the map's chip.",
                                        "examples": ["Customer service hotline"],
                                    },
                                    "channel": {
                                        "title": "Channel",
                                        "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                        "type": "string",
                                        "maxLength": 40,
                                        "examples": [
                                            "web",
                                            "email",
                                            "social",
                                            "chat",
                                            "phone",
                                            "post",
                                            "store",
                                            "app",
                                            "ads",
                                            "search",
                                            "print",
                                        ],
                                    },
                                    "online": {
                                        "title": "Online",
                                        "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                        "type": "boolean",
                                        "examples": [True],
                                    },
                                    "kind": {
                                        "title": "Kind",
                                        "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                        "type": "string",
                                        "enum": ["direct", "indirect"],
                                        "default": "direct",
                                        "examples": ["indirect"],
                                    },
                                },
                                "examples": [{"id": "hotline", "name": "Hotline", "channel": "phone", "online": False}],
                            },
                            "examples": [
                                [
                                    {
                                        "id": "newsletter",
                                        "name": "Newsletter",
                                        "channel": "email",
                                        "online": True,
                                        "kind": "direct",
                                    }
                                ]
                            ],
                        },
                        "departments": {
                            "title": "Department catalogue",
                            "description": "The parts of the business behind the touchpoints. Steps refer to these by id.",
                            "type": "array",
                            "items": {
                                "title": "Department",
                                "description": "A part of the business behind the journey.",
                                "type": "object",
                                "required": ["id", "name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "id": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                        "title": "Department id",
                                        "description": "Steps refer to the department by this id.",
                                        "examples": ["marketing"],
                                    },
                                    "name": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                        "title": "Department name",
                                        "description": "Shown on the map's tag.",
                                        "examples": ["Online marketing"],
                                    },
                                },
                                "examples": [{"id": "marketing", "name": "Online marketing"}],
                            },
                            "examples": [[{"id": "logistics", "name": "Logistics"}]],
                        },
                        "lanes": {
                            "title": "Lanes",
                            "description": "Which lanes the map shows, in this order. By default every lane that has data, in the standard order.",
                            "type": "array",
                            "uniqueItems": True,
                            "minItems": 1,
                            "items": {
                                "title": "Lane",
                                "description": "A lane of the map.",
                                "type": "string",
                                "enum": [
                                    "steps",
                                    "thinks",
                                    "feels",
                                    "emotion",
                                    "questions",
                                    "touchpoints",
                                    "departments",
                                    "pain_points",
                                    "opportunities",
                                ],
                                "examples": ["emotion"],
                            },
                            "examples": [["steps", "emotion", "touchpoints", "pain_points"]],
                        },
                        "phases": {
                            "title": "Phases",
                            "description": "The stages of the journey, in order (for example awareness, consideration, purchase, service, loyalty).",
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "title": "Phase",
                                "description": "A stage of the journey, holding its steps in order.",
                                "type": "object",
                                "required": ["name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "id": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                        "title": "Phase id",
                                        "description": "Defaults to a slug of the name.",
                                        "examples": ["awareness"],
                                    },
                                    "name": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                        "title": "Phase name",
                                        "description": "Shown on the phase band.",
                                        "examples": ["Awareness", "Oriëntatie"],
                                    },
                                    "description": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Phase description",
                                        "description": "What happens in this phase.",
                                        "examples": ["The customer learns that we exist."],
                                    },
                                    "goal": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Business goal",
                                        "description": "What the business wants from this phase.",
                                        "examples": ["Be found by runners looking for new shoes"],
                                    },
                                    "duration": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                        "title": "Phase duration",
                                        "description": "How long the phase takes.",
                                        "examples": ["1-2 weeks"],
                                    },
                                    "kpis": {
                                        "title": "KPIs",
                                        "description": "How the phase's success is measured.",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/kpi"
                                        },
                                        "examples": [["Reach", "Click-through rate"]],
                                    },
                                    "steps": {
                                        "title": "Steps",
                                        "description": "What the customer does in this phase, in order.",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/step"
                                        },
                                        "examples": [[{"name": "Clicks an ad"}]],
                                    },
                                },
                                "examples": [
                                    {
                                        "name": "Purchase",
                                        "goal": "Convert",
                                        "kpis": ["Conversion rate"],
                                        "steps": [{"name": "Goes through checkout"}],
                                    }
                                ],
                            },
                            "examples": [[{"name": "Awareness", "steps": [{"name": "Sees an ad"}]}]],
                        },
                    },
                    "definitions": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "label": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "text": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "texts": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            "examples": [["Shipping costs are unclear"]],
                        },
                        "duration": {
                            "title": "Duration",
                            "description": "How long it takes, in your own words.",
                            "type": "string",
                            "maxLength": 100,
                            "examples": ["2 days", "5 minutes"],
                        },
                        "score": {
                            "title": "Emotion score",
                            "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                            "type": "integer",
                            "minimum": -2,
                            "maximum": 2,
                            "examples": [-1, 2],
                        },
                        "persona": {
                            "title": "Persona",
                            "description": "A fictional customer from the target group.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "description": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "goals": {
                                    "title": "Texts",
                                    "description": "A list of texts.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                    },
                                    "examples": [["Shipping costs are unclear"]],
                                },
                                "frustrations": {
                                    "title": "Texts",
                                    "description": "A list of texts.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                    },
                                    "examples": [["Shipping costs are unclear"]],
                                },
                            },
                            "examples": [
                                {"id": "sanne", "name": "Sanne, first-time buyer", "goals": ["Shoes that fit"]}
                            ],
                        },
                        "touchpoint": {
                            "title": "Touchpoint",
                            "description": "A contact moment between customer and brand.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "channel": {
                                    "title": "Channel",
                                    "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                    "type": "string",
                                    "maxLength": 40,
                                    "examples": [
                                        "web",
                                        "email",
                                        "social",
                                        "chat",
                                        "phone",
                                        "post",
                                        "store",
                                        "app",
                                        "ads",
                                        "search",
                                        "print",
                                    ],
                                },
                                "online": {
                                    "title": "Online",
                                    "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                    "type": "boolean",
                                    "examples": [True],
                                },
                                "kind": {
                                    "title": "Kind",
                                    "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                    "type": "string",
                                    "enum": ["direct", "indirect"],
                                    "default": "direct",
                                    "examples": ["indirect"],
                                },
                            },
                            "examples": [{"id": "hotline", "name": "Hotline", "channel": "phone", "online": False}],
                        },
                        "department": {
                            "title": "Department",
                            "description": "A part of the business behind the journey.",
                            "type": "object",
                            "required": ["id", "name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                            },
                            "examples": [{"id": "marketing", "name": "Online marketing"}],
                        },
                        "kpi": {
                            "title": "KPI",
                            "description": "A measure of the phase's success: a text, or a name with a target.",
                            "anyOf": [
                                {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                {
                                    "type": "object",
                                    "required": ["name"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "name": {
                                            "title": "Label",
                                            "description": "A short text shown on the map.",
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 500,
                                            "examples": ["Browses the e-shop"],
                                        },
                                        "target": {
                                            "title": "Target",
                                            "description": "The value you aim for.",
                                            "type": ["string", "number"],
                                            "examples": ["3%", 1000],
                                        },
                                        "value": {
                                            "title": "Value",
                                            "description": "The value measured now.",
                                            "type": ["string", "number"],
                                            "examples": ["2.1%"],
                                        },
                                    },
                                },
                            ],
                            "examples": ["Reach", {"name": "Conversion rate", "target": "3%"}],
                        },
                        "phase": {
                            "title": "Phase",
                            "description": "A stage of the journey, holding its steps in order.",
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "description": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "goal": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "duration": {
                                    "title": "Duration",
                                    "description": "How long it takes, in your own words.",
                                    "type": "string",
                                    "maxLength": 100,
                                    "examples": ["2 days", "5 minutes"],
                                },
                                "kpis": {
                                    "title": "KPIs",
                                    "description": "How the phase's success is measured.",
                                    "type": "array",
                                    "items": {
                                        "title": "KPI",
                                        "description": "A measure of the phase's success: a text, or a name with a target.",
                                        "anyOf": [
                                            {"$ref": "#/definitions/label"},
                                            {
                                                "type": "object",
                                                "required": ["name"],
                                                "additionalProperties": False,
                                                "patternProperties": {"^x-": {}},
                                                "properties": {
                                                    "name": {
                                                        "$ref": "#/definitions/label",
                                                        "title": "KPI name",
                                                        "description": "What is measured.",
                                                        "examples": ["Conversion rate"],
                                                    },
                                                    "target": {
                                                        "title": "Target",
                                                        "description": "The value you aim for.",
                                                        "type": ["string", "number"],
                                                        "examples": ["3%", 1000],
                                                    },
                                                    "value": {
                                                        "title": "Value",
                                                        "description": "The value measured now.",
                                                        "type": ["string", "number"],
                                                        "examples": ["2.1%"],
                                                    },
                                                },
                                            },
                                        ],
                                        "examples": ["Reach", {"name": "Conversion rate", "target": "3%"}],
                                    },
                                    "examples": [["Reach", "Click-through rate"]],
                                },
                                "steps": {
                                    "title": "Steps",
                                    "description": "What the customer does in this phase, in order.",
                                    "type": "array",
                                    "items": {
                                        "title": "Step",
                                        "description": "Something the customer does, with what they think and feel and what serves them.",
                                        "type": "object",
                                        "required": ["name"],
                                        "additionalProperties": False,
                                        "patternProperties": {"^x-": {}},
                                        "properties": {
                                            "id": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                                "title": "Step id",
                                                "description": "Defaults to a slug of the name; needed by `next` links.",
                                                "examples": ["checkout"],
                                            },
                                            "name": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                                "title": "Step name",
                                                "description": "What the customer does, short.",
                                                "examples": ["Goes through checkout"],
                                            },
                                            "description": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                                "title": "Step description",
                                                "description": "More about the step.",
                                                "examples": ["Guest checkout, iDEAL payment."],
                                            },
                                            "does": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                                "title": "Does",
                                                "description": "What the customer does (doet).",
                                                "examples": ["Fills in the address form"],
                                            },
                                            "thinks": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                                "title": "Thinks",
                                                "description": "What the customer thinks (denkt).",
                                                "examples": ["Why do I need an account?"],
                                            },
                                            "feels": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                                "title": "Feels",
                                                "description": "What the customer feels, in words (voelt).",
                                                "examples": ["Impatient"],
                                            },
                                            "questions": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                                "title": "Questions",
                                                "description": "Questions the customer has here (ask customer service).",
                                                "examples": [["When will it arrive?"]],
                                            },
                                            "emotion": {
                                                "title": "Emotion",
                                                "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                                                "anyOf": [
                                                    {"$ref": "#/definitions/score"},
                                                    {
                                                        "type": "object",
                                                        "propertyNames": {"$ref": "#/definitions/id"},
                                                        "additionalProperties": {"$ref": "#/definitions/score"},
                                                    },
                                                ],
                                                "examples": [1, {"sanne": -1, "returning": 1}],
                                            },
                                            "touchpoints": {
                                                "title": "Touchpoints",
                                                "description": "Touchpoints used in this step.",
                                                "type": "array",
                                                "items": {
                                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/touchpoint-use"
                                                },
                                                "examples": [["ad", "landing-page"]],
                                            },
                                            "departments": {
                                                "title": "Departments",
                                                "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                                                "type": "array",
                                                "items": {
                                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label"
                                                },
                                                "examples": [["marketing"]],
                                            },
                                            "pain_points": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                                "title": "Pain points",
                                                "description": "What goes wrong for the customer here (knelpunten).",
                                                "examples": [["Return process unclear"]],
                                            },
                                            "opportunities": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                                "title": "Opportunities",
                                                "description": "What the business can improve or automate here (kansen).",
                                                "examples": [["Abandoned-cart reminder e-mail"]],
                                            },
                                            "duration": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                                "title": "Step duration",
                                                "description": "How long the step takes.",
                                                "examples": ["2-3 days"],
                                            },
                                            "reached": {
                                                "title": "Reached",
                                                "description": "How many customers reach this step (for the funnel).",
                                                "type": "integer",
                                                "minimum": 0,
                                                "examples": [1000],
                                            },
                                            "drop_off": {
                                                "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/drop-off"
                                            },
                                            "next": {
                                                "title": "Next steps",
                                                "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                                                "type": "array",
                                                "items": {
                                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/link"
                                                },
                                                "examples": [
                                                    [],
                                                    ["review"],
                                                    [{"to": "call-hotline", "label": "doesn't fit"}, "review"],
                                                ],
                                            },
                                        },
                                        "examples": [
                                            {
                                                "name": "Calls the hotline",
                                                "emotion": -1,
                                                "touchpoints": ["hotline"],
                                                "departments": ["customer-service"],
                                            }
                                        ],
                                    },
                                    "examples": [[{"name": "Clicks an ad"}]],
                                },
                            },
                            "examples": [
                                {
                                    "name": "Purchase",
                                    "goal": "Convert",
                                    "kpis": ["Conversion rate"],
                                    "steps": [{"name": "Goes through checkout"}],
                                }
                            ],
                        },
                        "touchpoint-use": {
                            "title": "Touchpoint used",
                            "description": "A touchpoint id from the catalogue, or, in a file without a catalogue, a touchpoint's name.",
                            "anyOf": [
                                {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                {
                                    "type": "object",
                                    "required": ["name"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "name": {
                                            "title": "Label",
                                            "description": "A short text shown on the map.",
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 500,
                                            "examples": ["Browses the e-shop"],
                                        },
                                        "channel": {
                                            "title": "Channel",
                                            "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                            "type": "string",
                                            "maxLength": 40,
                                            "examples": [
                                                "web",
                                                "email",
                                                "social",
                                                "chat",
                                                "phone",
                                                "post",
                                                "store",
                                                "app",
                                                "ads",
                                                "search",
                                                "print",
                                            ],
                                        },
                                        "online": {
                                            "title": "Online",
                                            "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                            "type": "boolean",
                                            "examples": [True],
                                        },
                                        "kind": {
                                            "title": "Kind",
                                            "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                            "type": "string",
                                            "enum": ["direct", "indirect"],
                                            "default": "direct",
                                            "examples": ["indirect"],
                                        },
                                    },
                                },
                            ],
                            "examples": ["newsletter", {"name": "Return label", "channel": "post", "online": False}],
                        },
                        "link": {
                            "title": "Next step",
                            "description": "A step id, or a step id with a label for the arrow.",
                            "anyOf": [
                                {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                {
                                    "type": "object",
                                    "required": ["to"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "to": {
                                            "title": "Id",
                                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                            "type": "string",
                                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                            "maxLength": 100,
                                            "examples": ["checkout", "new-customer"],
                                        },
                                        "label": {
                                            "title": "Label",
                                            "description": "A short text shown on the map.",
                                            "type": "string",
                                            "minLength": 1,
                                            "maxLength": 500,
                                            "examples": ["Browses the e-shop"],
                                        },
                                    },
                                },
                            ],
                            "examples": ["checkout", {"to": "call-hotline", "label": "doesn't fit"}],
                        },
                        "drop-off": {
                            "title": "Drop-off",
                            "description": "Customers leave the journey here: true, a reason, or a reason with a rate.",
                            "anyOf": [
                                {"type": "boolean"},
                                {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                {
                                    "type": "object",
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "reason": {
                                            "title": "Text",
                                            "description": "A longer text, wrapped on the map.",
                                            "type": "string",
                                            "maxLength": 5000,
                                            "examples": ["Compares three pairs and reads the reviews."],
                                        },
                                        "rate": {
                                            "title": "Rate",
                                            "description": 'Share of customers who leave here: a fraction from 0 to 1, or a percentage such as "35%".',
                                            "anyOf": [
                                                {"type": "number", "minimum": 0, "maximum": 1},
                                                {"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                                            ],
                                            "examples": [0.35, "35%"],
                                        },
                                    },
                                },
                            ],
                            "examples": [
                                True,
                                "Shipping costs appear only at checkout",
                                {"reason": "Price disappoints", "rate": "35%"},
                            ],
                        },
                        "rate": {
                            "title": "Rate",
                            "description": 'Share of customers who leave here: a fraction from 0 to 1, or a percentage such as "35%".',
                            "anyOf": [
                                {"type": "number", "minimum": 0, "maximum": 1},
                                {"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                            ],
                            "examples": [0.35, "35%"],
                        },
                        "step": {
                            "title": "Step",
                            "description": "Something the customer does, with what they think and feel and what serves them.",
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "description": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "does": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "thinks": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "feels": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "questions": {
                                    "title": "Texts",
                                    "description": "A list of texts.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                    },
                                    "examples": [["Shipping costs are unclear"]],
                                },
                                "emotion": {
                                    "title": "Emotion",
                                    "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                                    "anyOf": [
                                        {
                                            "title": "Emotion score",
                                            "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                            "type": "integer",
                                            "minimum": -2,
                                            "maximum": 2,
                                            "examples": [-1, 2],
                                        },
                                        {
                                            "type": "object",
                                            "propertyNames": {
                                                "title": "Id",
                                                "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                                "type": "string",
                                                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                                "maxLength": 100,
                                                "examples": ["checkout", "new-customer"],
                                            },
                                            "additionalProperties": {
                                                "title": "Emotion score",
                                                "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                                "type": "integer",
                                                "minimum": -2,
                                                "maximum": 2,
                                                "examples": [-1, 2],
                                            },
                                        },
                                    ],
                                    "examples": [1, {"sanne": -1, "returning": 1}],
                                },
                                "touchpoints": {
                                    "title": "Touchpoints",
                                    "description": "Touchpoints used in this step.",
                                    "type": "array",
                                    "items": {
                                        "title": "Touchpoint used",
                                        "description": "A touchpoint id from the catalogue, or, in a file without a catalogue, a touchpoint's name.",
                                        "anyOf": [
                                            {"$ref": "#/definitions/label"},
                                            {
                                                "type": "object",
                                                "required": ["name"],
                                                "additionalProperties": False,
                                                "patternProperties": {"^x-": {}},
                                                "properties": {
                                                    "name": {
                                                        "$ref": "#/definitions/label",
                                                        "title": "Touchpoint name",
                                                        "description": "Shown on the chip.",
                                                        "examples": ["Return label"],
                                                    },
                                                    "channel": {"$ref": "#/definitions/touchpoint/properties/channel"},
                                                    "online": {"$ref": "#/definitions/touchpoint/properties/online"},
                                                    "kind": {"$ref": "#/definitions/touchpoint/properties/kind"},
                                                },
                                            },
                                        ],
                                        "examples": [
                                            "newsletter",
                                            {"name": "Return label", "channel": "post", "online": False},
                                        ],
                                    },
                                    "examples": [["ad", "landing-page"]],
                                },
                                "departments": {
                                    "title": "Departments",
                                    "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                                    "type": "array",
                                    "items": {
                                        "title": "Label",
                                        "description": "A short text shown on the map.",
                                        "type": "string",
                                        "minLength": 1,
                                        "maxLength": 500,
                                        "examples": ["Browses the e-shop"],
                                    },
                                    "examples": [["marketing"]],
                                },
                                "pain_points": {
                                    "title": "Texts",
                                    "description": "A list of texts.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                    },
                                    "examples": [["Shipping costs are unclear"]],
                                },
                                "opportunities": {
                                    "title": "Texts",
                                    "description": "A list of texts.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"
                                    },
                                    "examples": [["Shipping costs are unclear"]],
                                },
                                "duration": {
                                    "title": "Duration",
                                    "description": "How long it takes, in your own words.",
                                    "type": "string",
                                    "maxLength": 100,
                                    "examples": ["2 days", "5 minutes"],
                                },
                                "reached": {
                                    "title": "Reached",
                                    "description": "How many customers reach this step (for the funnel).",
                                    "type": "integer",
                                    "minimum": 0,
                                    "examples": [1000],
                                },
                                "drop_off": {
                                    "title": "Drop-off",
                                    "description": "Customers leave the journey here: true, a reason, or a reason with a rate.",
                                    "anyOf": [
                                        {"type": "boolean"},
                                        {"$ref": "#/definitions/text"},
                                        {
                                            "type": "object",
                                            "additionalProperties": False,
                                            "patternProperties": {"^x-": {}},
                                            "properties": {
                                                "reason": {
                                                    "$ref": "#/definitions/text",
                                                    "title": "Reason",
                                                    "description": "Why customers leave here.",
                                                    "examples": ["Shipping costs appear only at checkout"],
                                                },
                                                "rate": {"$ref": "#/definitions/rate"},
                                            },
                                        },
                                    ],
                                    "examples": [
                                        True,
                                        "Shipping costs appear only at checkout",
                                        {"reason": "Price disappoints", "rate": "35%"},
                                    ],
                                },
                                "next": {
                                    "title": "Next steps",
                                    "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                                    "type": "array",
                                    "items": {
                                        "title": "Next step",
                                        "description": "A step id, or a step id with a label for the arrow.",
                                        "anyOf": [
                                            {"$ref": "#/definitions/id"},
                                            {
                                                "type": "object",
                                                "required": ["to"],
                                                "additionalProperties": False,
                                                "patternProperties": {"^x-": {}},
                                                "properties": {
                                                    "to": {
                                                        "$ref": "#/definitions/id",
                                                        "title": "Target step",
                                                        "description": "Id of the step this arrow goes to.",
                                                        "examples": ["call-hotline"],
                                                    },
                                                    "label": {
                                                        "$ref": "#/definitions/label",
                                                        "title": "Arrow label",
                                                        "description": "Why the customer goes this way.",
                                                        "examples": ["doesn't fit"],
                                                    },
                                                },
                                            },
                                        ],
                                        "examples": ["checkout", {"to": "call-hotline", "label": "doesn't fit"}],
                                    },
                                    "examples": [
                                        [],
                                        ["review"],
                                        [{"to": "call-hotline", "label": "doesn't fit"}, "review"],
                                    ],
                                },
                            },
                            "examples": [
                                {
                                    "name": "Calls the hotline",
                                    "emotion": -1,
                                    "touchpoints": ["hotline"],
                                    "departments": ["customer-service"],
                                }
                            ],
                        },
                    },
                },
                rule="additionalProperties",
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_phase(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Phase",
                "description": "A stage of the journey, holding its steps in order.",
                "type": "object",
                "required": ["name"],
                "additionalProperties": False,
                "patternProperties": {"^x-": {}},
                "properties": {
                    "id": {
                        "title": "Id",
                        "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                        "maxLength": 100,
                        "examples": ["checkout", "new-customer"],
                    },
                    "name": {
                        "title": "Label",
                        "description": "A short text shown on the map.",
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 500,
                        "examples": ["Browses the e-shop"],
                    },
                    "description": {
                        "title": "Text",
                        "description": "A longer text, wrapped on the map.",
                        "type": "string",
                        "maxLength": 5000,
                        "examples": ["Compares three pairs and reads the reviews."],
                    },
                    "goal": {
                        "title": "Text",
                        "description": "A longer text, wrapped on the map.",
                        "type": "string",
                        "maxLength": 5000,
                        "examples": ["Compares three pairs and reads the reviews."],
                    },
                    "duration": {
                        "title": "Duration",
                        "description": "How long it takes, in your own words.",
                        "type": "string",
                        "maxLength": 100,
                        "examples": ["2 days", "5 minutes"],
                    },
                    "kpis": {
                        "title": "KPIs",
                        "description": "How the phase's success is measured.",
                        "type": "array",
                        "items": {
                            "title": "KPI",
                            "description": "A measure of the phase's success: a text, or a name with a target.",
                            "anyOf": [
                                {"$ref": "#/definitions/label"},
                                {
                                    "type": "object",
                                    "required": ["name"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "name": {
                                            "$ref": "#/definitions/label",
                                            "title": "KPI name",
                                            "description": "What is measured.",
                                            "examples": ["Conversion rate"],
                                        },
                                        "target": {
                                            "title": "Target",
                                            "description": "The value you aim for.",
                                            "type": ["string", "number"],
                                            "examples": ["3%", 1000],
                                        },
                                        "value": {
                                            "title": "Value",
                                            "description": "The value measured now.",
                                            "type": ["string", "number"],
                                            "examples": ["2.1%"],
                                        },
                                    },
                                },
                            ],
                            "examples": ["Reach", {"name": "Conversion rate", "target": "3%"}],
                        },
                        "examples": [["Reach", "Click-through rate"]],
                    },
                    "steps": {
                        "title": "Steps",
                        "description": "What the customer does in this phase, in order.",
                        "type": "array",
                        "items": {
                            "title": "Step",
                            "description": "Something the customer does, with what they think and feel and what serves them.",
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                    "title": "Step id",
                                    "description": "Defaults to a slug of the name; needed by `next` links.",
                                    "examples": ["checkout"],
                                },
                                "name": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                    "title": "Step name",
                                    "description": "What the customer does, short.",
                                    "examples": ["Goes through checkout"],
                                },
                                "description": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Step description",
                                    "description": "More about the step.",
                                    "examples": ["Guest checkout, iDEAL payment."],
                                },
                                "does": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Does",
                                    "description": "What the customer does (doet).",
                                    "examples": ["Fills in the address form"],
                                },
                                "thinks": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Thinks",
                                    "description": "What the customer thinks (denkt).",
                                    "examples": ["Why do I need an account?"],
                                },
                                "feels": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Feels",
                                    "description": "What the customer feels, in words (voelt).",
                                    "examples": ["Impatient"],
                                },
                                "questions": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                    "title": "Questions",
                                    "description": "Questions the customer has here (ask customer service).",
                                    "examples": [["When will it arrive?"]],
                                },
                                "emotion": {
                                    "title": "Emotion",
                                    "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                                    "anyOf": [
                                        {"$ref": "#/definitions/score"},
                                        {
                                            "type": "object",
                                            "propertyNames": {"$ref": "#/definitions/id"},
                                            "additionalProperties": {"$ref": "#/definitions/score"},
                                        },
                                    ],
                                    "examples": [1, {"sanne": -1, "returning": 1}],
                                },
                                "touchpoints": {
                                    "title": "Touchpoints",
                                    "description": "Touchpoints used in this step.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/touchpoint-use"
                                    },
                                    "examples": [["ad", "landing-page"]],
                                },
                                "departments": {
                                    "title": "Departments",
                                    "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label"
                                    },
                                    "examples": [["marketing"]],
                                },
                                "pain_points": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                    "title": "Pain points",
                                    "description": "What goes wrong for the customer here (knelpunten).",
                                    "examples": [["Return process unclear"]],
                                },
                                "opportunities": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                    "title": "Opportunities",
                                    "description": "What the business can improve or automate here (kansen).",
                                    "examples": [["Abandoned-cart reminder e-mail"]],
                                },
                                "duration": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                    "title": "Step duration",
                                    "description": "How long the step takes.",
                                    "examples": ["2-3 days"],
                                },
                                "reached": {
                                    "title": "Reached",
                                    "description": "How many customers reach this step (for the funnel).",
                                    "type": "integer",
                                    "minimum": 0,
                                    "examples": [1000],
                                },
                                "drop_off": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/drop-off"
                                },
                                "next": {
                                    "title": "Next steps",
                                    "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/link"
                                    },
                                    "examples": [
                                        [],
                                        ["review"],
                                        [{"to": "call-hotline", "label": "doesn't fit"}, "review"],
                                    ],
                                },
                            },
                            "examples": [
                                {
                                    "name": "Calls the hotline",
                                    "emotion": -1,
                                    "touchpoints": ["hotline"],
                                    "departments": ["customer-service"],
                                }
                            ],
                        },
                        "examples": [[{"name": "Clicks an ad"}]],
                    },
                },
                "examples": [
                    {
                        "name": "Purchase",
                        "goal": "Convert",
                        "kpis": ["Conversion rate"],
                        "steps": [{"name": "Goes through checkout"}],
                    }
                ],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Phase",
                    "description": "A stage of the journey, holding its steps in order.",
                    "type": "object",
                    "required": ["name"],
                    "additionalProperties": False,
                    "patternProperties": {"^x-": {}},
                    "properties": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "name": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "description": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "goal": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "duration": {
                            "title": "Duration",
                            "description": "How long it takes, in your own words.",
                            "type": "string",
                            "maxLength": 100,
                            "examples": ["2 days", "5 minutes"],
                        },
                        "kpis": {
                            "title": "KPIs",
                            "description": "How the phase's success is measured.",
                            "type": "array",
                            "items": {
                                "title": "KPI",
                                "description": "A measure of the phase's success: a text, or a name with a target.",
                                "anyOf": [
                                    {"$ref": "#/definitions/label"},
                                    {
                                        "type": "object",
                                        "required": ["name"],
                                        "additionalProperties": False,
                                        "patternProperties": {"^x-": {}},
                                        "properties": {
                                            "name": {
                                                "$ref": "#/definitions/label",
                                                "title": "KPI name",
                                                "description": "What is measured.",
                                                "examples": ["Conversion rate"],
                                            },
                                            "target": {
                                                "title": "Target",
                                                "description": "The value you aim for.",
                                                "type": ["string", "number"],
                                                "examples": ["3%", 1000],
                                            },
                                            "value": {
                                                "title": "Value",
                                                "description": "The value measured now.",
                                                "type": ["string", "number"],
                                                "examples": ["2.1%"],
                                            },
                                        },
                                    },
                                ],
                                "examples": ["Reach", {"name": "Conversion rate", "target": "3%"}],
                            },
                            "examples": [["Reach", "Click-through rate"]],
                        },
                        "steps": {
                            "title": "Steps",
                            "description": "What the customer does in this phase, in order.",
                            "type": "array",
                            "items": {
                                "title": "Step",
                                "description": "Something the customer does, with what they think and feel and what serves them.",
                                "type": "object",
                                "required": ["name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "id": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                        "title": "Step id",
                                        "description": "Defaults to a slug of the name; needed by `next` links.",
                                        "examples": ["checkout"],
                                    },
                                    "name": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                        "title": "Step name",
                                        "description": "What the customer does, short.",
                                        "examples": ["Goes through checkout"],
                                    },
                                    "description": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Step description",
                                        "description": "More about the step.",
                                        "examples": ["Guest checkout, iDEAL payment."],
                                    },
                                    "does": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Does",
                                        "description": "What the customer does (doet).",
                                        "examples": ["Fills in the address form"],
                                    },
                                    "thinks": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Thinks",
                                        "description": "What the customer thinks (denkt).",
                                        "examples": ["Why do I need an account?"],
                                    },
                                    "feels": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Feels",
                                        "description": "What the customer feels, in words (voelt).",
                                        "examples": ["Impatient"],
                                    },
                                    "questions": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                        "title": "Questions",
                                        "description": "Questions the customer has here (ask customer service).",
                                        "examples": [["When will it arrive?"]],
                                    },
                                    "emotion": {
                                        "title": "Emotion",
                                        "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                                        "anyOf": [
                                            {"$ref": "#/definitions/score"},
                                            {
                                                "type": "object",
                                                "propertyNames": {"$ref": "#/definitions/id"},
                                                "additionalProperties": {"$ref": "#/definitions/score"},
                                            },
                                        ],
                                        "examples": [1, {"sanne": -1, "returning": 1}],
                                    },
                                    "touchpoints": {
                                        "title": "Touchpoints",
                                        "description": "Touchpoints used in this step.",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/touchpoint-use"
                                        },
                                        "examples": [["ad", "landing-page"]],
                                    },
                                    "departments": {
                                        "title": "Departments",
                                        "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label"
                                        },
                                        "examples": [["marketing"]],
                                    },
                                    "pain_points": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                        "title": "Pain points",
                                        "description": "What goes wrong for the customer here (knelpunten).",
                                        "examples": [["Return process unclear"]],
                                    },
                                    "opportunities": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                        "title": "Opportunities",
                                        "description": "What the business can improve or automate here (kansen).",
                                        "examples": [["Abandoned-cart reminder e-mail"]],
                                    },
                                    "duration": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                        "title": "Step duration",
                                        "description": "How long the step takes.",
                                        "examples": ["2-3 days"],
                                    },
                                    "reached": {
                                        "title": "Reached",
                                        "description": "How many customers reach this step (for the funnel).",
                                        "type": "integer",
                                        "minimum": 0,
                                        "examples": [1000],
                                    },
                                    "drop_off": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/drop-off"
                                    },
                                    "next": {
                                        "title": "Next steps",
                                        "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/link"
                                        },
                                        "examples": [
                                            [],
                                            ["review"],
                                            [{"to": "call-hotline", "label": "doesn't fit"}, "review"],
                                        ],
                                    },
                                },
                                "examples": [
                                    {
                                        "name": "Calls the hotline",
                                        "emotion": -1,
                                        "touchpoints": ["hotline"],
                                        "departments": ["customer-service"],
                                    }
                                ],
                            },
                            "examples": [[{"name": "Clicks an ad"}]],
                        },
                    },
                    "examples": [
                        {
                            "name": "Purchase",
                            "goal": "Convert",
                            "kpis": ["Conversion rate"],
                            "steps": [{"name": "Goes through checkout"}],
                        }
                    ],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_id(
                data__id, custom_formats, (name_prefix or "data") + ".id"
            )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                data__name, custom_formats, (name_prefix or "data") + ".name"
            )
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
                data__description, custom_formats, (name_prefix or "data") + ".description"
            )
        if "goal" in data_keys:
            data_keys.remove("goal")
            data__goal = data["goal"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
                data__goal, custom_formats, (name_prefix or "data") + ".goal"
            )
        if "duration" in data_keys:
            data_keys.remove("duration")
            data__duration = data["duration"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_duration(
                data__duration, custom_formats, (name_prefix or "data") + ".duration"
            )
        if "kpis" in data_keys:
            data_keys.remove("kpis")
            data__kpis = data["kpis"]
            if not isinstance(data__kpis, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".kpis must be array",
                    value=data__kpis,
                    name="" + (name_prefix or "data") + ".kpis",
                    definition={
                        "title": "KPIs",
                        "description": "How the phase's success is measured.",
                        "type": "array",
                        "items": {
                            "title": "KPI",
                            "description": "A measure of the phase's success: a text, or a name with a target.",
                            "anyOf": [
                                {"$ref": "#/definitions/label"},
                                {
                                    "type": "object",
                                    "required": ["name"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "name": {
                                            "$ref": "#/definitions/label",
                                            "title": "KPI name",
                                            "description": "What is measured.",
                                            "examples": ["Conversion rate"],
                                        },
                                        "target": {
                                            "title": "Target",
                                            "description": "The value you aim for.",
                                            "type": ["string", "number"],
                                            "examples": ["3%", 1000],
                                        },
                                        "value": {
                                            "title": "Value",
                                            "description": "The value measured now.",
                                            "type": ["string", "number"],
                                            "examples": ["2.1%"],
                                        },
                                    },
                                },
                            ],
                            "examples": ["Reach", {"name": "Conversion rate", "target": "3%"}],
                        },
                        "examples": [["Reach", "Click-through rate"]],
                    },
                    rule="type",
                )
            data__kpis_is_list = isinstance(data__kpis, (list, tuple))
            if data__kpis_is_list:
                data__kpis_len = len(data__kpis)
                for data__kpis_x, data__kpis_item in enumerate(data__kpis):
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_kpi(
                        data__kpis_item,
                        custom_formats,
                        (name_prefix or "data") + ".kpis[{data__kpis_x}]".format(**locals()),
                    )
        if "steps" in data_keys:
            data_keys.remove("steps")
            data__steps = data["steps"]
            if not isinstance(data__steps, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".steps must be array",
                    value=data__steps,
                    name="" + (name_prefix or "data") + ".steps",
                    definition={
                        "title": "Steps",
                        "description": "What the customer does in this phase, in order.",
                        "type": "array",
                        "items": {
                            "title": "Step",
                            "description": "Something the customer does, with what they think and feel and what serves them.",
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "id": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                    "title": "Step id",
                                    "description": "Defaults to a slug of the name; needed by `next` links.",
                                    "examples": ["checkout"],
                                },
                                "name": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                    "title": "Step name",
                                    "description": "What the customer does, short.",
                                    "examples": ["Goes through checkout"],
                                },
                                "description": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Step description",
                                    "description": "More about the step.",
                                    "examples": ["Guest checkout, iDEAL payment."],
                                },
                                "does": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Does",
                                    "description": "What the customer does (doet).",
                                    "examples": ["Fills in the address form"],
                                },
                                "thinks": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Thinks",
                                    "description": "What the customer thinks (denkt).",
                                    "examples": ["Why do I need an account?"],
                                },
                                "feels": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                    "title": "Feels",
                                    "description": "What the customer feels, in words (voelt).",
                                    "examples": ["Impatient"],
                                },
                                "questions": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                    "title": "Questions",
                                    "description": "Questions the customer has here (ask customer service).",
                                    "examples": [["When will it arrive?"]],
                                },
                                "emotion": {
                                    "title": "Emotion",
                                    "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                                    "anyOf": [
                                        {"$ref": "#/definitions/score"},
                                        {
                                            "type": "object",
                                            "propertyNames": {"$ref": "#/definitions/id"},
                                            "additionalProperties": {"$ref": "#/definitions/score"},
                                        },
                                    ],
                                    "examples": [1, {"sanne": -1, "returning": 1}],
                                },
                                "touchpoints": {
                                    "title": "Touchpoints",
                                    "description": "Touchpoints used in this step.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/touchpoint-use"
                                    },
                                    "examples": [["ad", "landing-page"]],
                                },
                                "departments": {
                                    "title": "Departments",
                                    "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label"
                                    },
                                    "examples": [["marketing"]],
                                },
                                "pain_points": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                    "title": "Pain points",
                                    "description": "What goes wrong for the customer here (knelpunten).",
                                    "examples": [["Return process unclear"]],
                                },
                                "opportunities": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                    "title": "Opportunities",
                                    "description": "What the business can improve or automate here (kansen).",
                                    "examples": [["Abandoned-cart reminder e-mail"]],
                                },
                                "duration": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                    "title": "Step duration",
                                    "description": "How long the step takes.",
                                    "examples": ["2-3 days"],
                                },
                                "reached": {
                                    "title": "Reached",
                                    "description": "How many customers reach this step (for the funnel).",
                                    "type": "integer",
                                    "minimum": 0,
                                    "examples": [1000],
                                },
                                "drop_off": {
                                    "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/drop-off"
                                },
                                "next": {
                                    "title": "Next steps",
                                    "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                                    "type": "array",
                                    "items": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/link"
                                    },
                                    "examples": [
                                        [],
                                        ["review"],
                                        [{"to": "call-hotline", "label": "doesn't fit"}, "review"],
                                    ],
                                },
                            },
                            "examples": [
                                {
                                    "name": "Calls the hotline",
                                    "emotion": -1,
                                    "touchpoints": ["hotline"],
                                    "departments": ["customer-service"],
                                }
                            ],
                        },
                        "examples": [[{"name": "Clicks an ad"}]],
                    },
                    rule="type",
                )
            data__steps_is_list = isinstance(data__steps, (list, tuple))
            if data__steps_is_list:
                data__steps_len = len(data__steps)
                for data__steps_x, data__steps_item in enumerate(data__steps):
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_step(
                        data__steps_item,
                        custom_formats,
                        (name_prefix or "data") + ".steps[{data__steps_x}]".format(**locals()),
                    )
        for data_key, data_val in data.items():
            if REGEX_PATTERNS["^x-"].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Phase",
                    "description": "A stage of the journey, holding its steps in order.",
                    "type": "object",
                    "required": ["name"],
                    "additionalProperties": False,
                    "patternProperties": {"^x-": {}},
                    "properties": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "name": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "description": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "goal": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "duration": {
                            "title": "Duration",
                            "description": "How long it takes, in your own words.",
                            "type": "string",
                            "maxLength": 100,
                            "examples": ["2 days", "5 minutes"],
                        },
                        "kpis": {
                            "title": "KPIs",
                            "description": "How the phase's success is measured.",
                            "type": "array",
                            "items": {
                                "title": "KPI",
                                "description": "A measure of the phase's success: a text, or a name with a target.",
                                "anyOf": [
                                    {"$ref": "#/definitions/label"},
                                    {
                                        "type": "object",
                                        "required": ["name"],
                                        "additionalProperties": False,
                                        "patternProperties": {"^x-": {}},
                                        "properties": {
                                            "name": {
                                                "$ref": "#/definitions/label",
                                                "title": "KPI name",
                                                "description": "What is measured.",
                                                "examples": ["Conversion rate"],
                                            },
                                            "target": {
                                                "title": "Target",
                                                "description": "The value you aim for.",
                                                "type": ["string", "number"],
                                                "examples": ["3%", 1000],
                                            },
                                            "value": {
                                                "title": "Value",
                                                "description": "The value measured now.",
                                                "type": ["string", "number"],
                                                "examples": ["2.1%"],
                                            },
                                        },
                                    },
                                ],
                                "examples": ["Reach", {"name": "Conversion rate", "target": "3%"}],
                            },
                            "examples": [["Reach", "Click-through rate"]],
                        },
                        "steps": {
                            "title": "Steps",
                            "description": "What the customer does in this phase, in order.",
                            "type": "array",
                            "items": {
                                "title": "Step",
                                "description": "Something the customer does, with what they think and feel and what serves them.",
                                "type": "object",
                                "required": ["name"],
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "id": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/id",
                                        "title": "Step id",
                                        "description": "Defaults to a slug of the name; needed by `next` links.",
                                        "examples": ["checkout"],
                                    },
                                    "name": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label",
                                        "title": "Step name",
                                        "description": "What the customer does, short.",
                                        "examples": ["Goes through checkout"],
                                    },
                                    "description": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Step description",
                                        "description": "More about the step.",
                                        "examples": ["Guest checkout, iDEAL payment."],
                                    },
                                    "does": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Does",
                                        "description": "What the customer does (doet).",
                                        "examples": ["Fills in the address form"],
                                    },
                                    "thinks": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Thinks",
                                        "description": "What the customer thinks (denkt).",
                                        "examples": ["Why do I need an account?"],
                                    },
                                    "feels": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text",
                                        "title": "Feels",
                                        "description": "What the customer feels, in words (voelt).",
                                        "examples": ["Impatient"],
                                    },
                                    "questions": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                        "title": "Questions",
                                        "description": "Questions the customer has here (ask customer service).",
                                        "examples": [["When will it arrive?"]],
                                    },
                                    "emotion": {
                                        "title": "Emotion",
                                        "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                                        "anyOf": [
                                            {"$ref": "#/definitions/score"},
                                            {
                                                "type": "object",
                                                "propertyNames": {"$ref": "#/definitions/id"},
                                                "additionalProperties": {"$ref": "#/definitions/score"},
                                            },
                                        ],
                                        "examples": [1, {"sanne": -1, "returning": 1}],
                                    },
                                    "touchpoints": {
                                        "title": "Touchpoints",
                                        "description": "Touchpoints used in this step.",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/touchpoint-use"
                                        },
                                        "examples": [["ad", "landing-page"]],
                                    },
                                    "departments": {
                                        "title": "Departments",
                                        "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/label"
                                        },
                                        "examples": [["marketing"]],
                                    },
                                    "pain_points": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                        "title": "Pain points",
                                        "description": "What goes wrong for the customer here (knelpunten).",
                                        "examples": [["Return process unclear"]],
                                    },
                                    "opportunities": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/texts",
                                        "title": "Opportunities",
                                        "description": "What the business can improve or automate here (kansen).",
                                        "examples": [["Abandoned-cart reminder e-mail"]],
                                    },
                                    "duration": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/duration",
                                        "title": "Step duration",
                                        "description": "How long the step takes.",
                                        "examples": ["2-3 days"],
                                    },
                                    "reached": {
                                        "title": "Reached",
                                        "description": "How many customers reach this step (for the funnel).",
                                        "type": "integer",
                                        "minimum": 0,
                                        "examples": [1000],
                                    },
                                    "drop_off": {
                                        "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/drop-off"
                                    },
                                    "next": {
                                        "title": "Next steps",
                                        "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                                        "type": "array",
                                        "items": {
                                            "$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/link"
                                        },
                                        "examples": [
                                            [],
                                            ["review"],
                                            [{"to": "call-hotline", "label": "doesn't fit"}, "review"],
                                        ],
                                    },
                                },
                                "examples": [
                                    {
                                        "name": "Calls the hotline",
                                        "emotion": -1,
                                        "touchpoints": ["hotline"],
                                        "departments": ["customer-service"],
                                    }
                                ],
                            },
                            "examples": [[{"name": "Clicks an ad"}]],
                        },
                    },
                    "examples": [
                        {
                            "name": "Purchase",
                            "goal": "Convert",
                            "kpis": ["Conversion rate"],
                            "steps": [{"name": "Goes through checkout"}],
                        }
                    ],
                },
                rule="additionalProperties",
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_step(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Step",
                "description": "Something the customer does, with what they think and feel and what serves them.",
                "type": "object",
                "required": ["name"],
                "additionalProperties": False,
                "patternProperties": {"^x-": {}},
                "properties": {
                    "id": {
                        "title": "Id",
                        "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                        "maxLength": 100,
                        "examples": ["checkout", "new-customer"],
                    },
                    "name": {
                        "title": "Label",
                        "description": "A short text shown on the map.",
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 500,
                        "examples": ["Browses the e-shop"],
                    },
                    "description": {
                        "title": "Text",
                        "description": "A longer text, wrapped on the map.",
                        "type": "string",
                        "maxLength": 5000,
                        "examples": ["Compares three pairs and reads the reviews."],
                    },
                    "does": {
                        "title": "Text",
                        "description": "A longer text, wrapped on the map.",
                        "type": "string",
                        "maxLength": 5000,
                        "examples": ["Compares three pairs and reads the reviews."],
                    },
                    "thinks": {
                        "title": "Text",
                        "description": "A longer text, wrapped on the map.",
                        "type": "string",
                        "maxLength": 5000,
                        "examples": ["Compares three pairs and reads the reviews."],
                    },
                    "feels": {
                        "title": "Text",
                        "description": "A longer text, wrapped on the map.",
                        "type": "string",
                        "maxLength": 5000,
                        "examples": ["Compares three pairs and reads the reviews."],
                    },
                    "questions": {
                        "title": "Texts",
                        "description": "A list of texts.",
                        "type": "array",
                        "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                        "examples": [["Shipping costs are unclear"]],
                    },
                    "emotion": {
                        "title": "Emotion",
                        "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                        "anyOf": [
                            {
                                "title": "Emotion score",
                                "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                "type": "integer",
                                "minimum": -2,
                                "maximum": 2,
                                "examples": [-1, 2],
                            },
                            {
                                "type": "object",
                                "propertyNames": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "additionalProperties": {
                                    "title": "Emotion score",
                                    "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                    "type": "integer",
                                    "minimum": -2,
                                    "maximum": 2,
                                    "examples": [-1, 2],
                                },
                            },
                        ],
                        "examples": [1, {"sanne": -1, "returning": 1}],
                    },
                    "touchpoints": {
                        "title": "Touchpoints",
                        "description": "Touchpoints used in this step.",
                        "type": "array",
                        "items": {
                            "title": "Touchpoint used",
                            "description": "A touchpoint id from the catalogue, or, in a file without a catalogue, a touchpoint's name.",
                            "anyOf": [
                                {"$ref": "#/definitions/label"},
                                {
                                    "type": "object",
                                    "required": ["name"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "name": {
                                            "$ref": "#/definitions/label",
                                            "title": "Touchpoint name",
                                            "description": "Shown on the chip.",
                                            "examples": ["Return label"],
                                        },
                                        "channel": {"$ref": "#/definitions/touchpoint/properties/channel"},
                                        "online": {"$ref": "#/definitions/touchpoint/properties/online"},
                                        "kind": {"$ref": "#/definitions/touchpoint/properties/kind"},
                                    },
                                },
                            ],
                            "examples": ["newsletter", {"name": "Return label", "channel": "post", "online": False}],
                        },
                        "examples": [["ad", "landing-page"]],
                    },
                    "departments": {
                        "title": "Departments",
                        "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                        "type": "array",
                        "items": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "examples": [["marketing"]],
                    },
                    "pain_points": {
                        "title": "Texts",
                        "description": "A list of texts.",
                        "type": "array",
                        "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                        "examples": [["Shipping costs are unclear"]],
                    },
                    "opportunities": {
                        "title": "Texts",
                        "description": "A list of texts.",
                        "type": "array",
                        "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                        "examples": [["Shipping costs are unclear"]],
                    },
                    "duration": {
                        "title": "Duration",
                        "description": "How long it takes, in your own words.",
                        "type": "string",
                        "maxLength": 100,
                        "examples": ["2 days", "5 minutes"],
                    },
                    "reached": {
                        "title": "Reached",
                        "description": "How many customers reach this step (for the funnel).",
                        "type": "integer",
                        "minimum": 0,
                        "examples": [1000],
                    },
                    "drop_off": {
                        "title": "Drop-off",
                        "description": "Customers leave the journey here: true, a reason, or a reason with a rate.",
                        "anyOf": [
                            {"type": "boolean"},
                            {"$ref": "#/definitions/text"},
                            {
                                "type": "object",
                                "additionalProperties": False,
                                "patternProperties": {"^x-": {}},
                                "properties": {
                                    "reason": {
                                        "$ref": "#/definitions/text",
                                        "title": "Reason",
                                        "description": "Why customers leave here.",
                                        "examples": ["Shipping costs appear only at checkout"],
                                    },
                                    "rate": {"$ref": "#/definitions/rate"},
                                },
                            },
                        ],
                        "examples": [
                            True,
                            "Shipping costs appear only at checkout",
                            {"reason": "Price disappoints", "rate": "35%"},
                        ],
                    },
                    "next": {
                        "title": "Next steps",
                        "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                        "type": "array",
                        "items": {
                            "title": "Next step",
                            "description": "A step id, or a step id with a label for the arrow.",
                            "anyOf": [
                                {"$ref": "#/definitions/id"},
                                {
                                    "type": "object",
                                    "required": ["to"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "to": {
                                            "$ref": "#/definitions/id",
                                            "title": "Target step",
                                            "description": "Id of the step this arrow goes to.",
                                            "examples": ["call-hotline"],
                                        },
                                        "label": {
                                            "$ref": "#/definitions/label",
                                            "title": "Arrow label",
                                            "description": "Why the customer goes this way.",
                                            "examples": ["doesn't fit"],
                                        },
                                    },
                                },
                            ],
                            "examples": ["checkout", {"to": "call-hotline", "label": "doesn't fit"}],
                        },
                        "examples": [[], ["review"], [{"to": "call-hotline", "label": "doesn't fit"}, "review"]],
                    },
                },
                "examples": [
                    {
                        "name": "Calls the hotline",
                        "emotion": -1,
                        "touchpoints": ["hotline"],
                        "departments": ["customer-service"],
                    }
                ],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Step",
                    "description": "Something the customer does, with what they think and feel and what serves them.",
                    "type": "object",
                    "required": ["name"],
                    "additionalProperties": False,
                    "patternProperties": {"^x-": {}},
                    "properties": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "name": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "description": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "does": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "thinks": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "feels": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "questions": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                            "examples": [["Shipping costs are unclear"]],
                        },
                        "emotion": {
                            "title": "Emotion",
                            "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                            "anyOf": [
                                {
                                    "title": "Emotion score",
                                    "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                    "type": "integer",
                                    "minimum": -2,
                                    "maximum": 2,
                                    "examples": [-1, 2],
                                },
                                {
                                    "type": "object",
                                    "propertyNames": {
                                        "title": "Id",
                                        "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                        "type": "string",
                                        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                        "maxLength": 100,
                                        "examples": ["checkout", "new-customer"],
                                    },
                                    "additionalProperties": {
                                        "title": "Emotion score",
                                        "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                        "type": "integer",
                                        "minimum": -2,
                                        "maximum": 2,
                                        "examples": [-1, 2],
                                    },
                                },
                            ],
                            "examples": [1, {"sanne": -1, "returning": 1}],
                        },
                        "touchpoints": {
                            "title": "Touchpoints",
                            "description": "Touchpoints used in this step.",
                            "type": "array",
                            "items": {
                                "title": "Touchpoint used",
                                "description": "A touchpoint id from the catalogue, or, in a file without a catalogue, a touchpoint's name.",
                                "anyOf": [
                                    {"$ref": "#/definitions/label"},
                                    {
                                        "type": "object",
                                        "required": ["name"],
                                        "additionalProperties": False,
                                        "patternProperties": {"^x-": {}},
                                        "properties": {
                                            "name": {
                                                "$ref": "#/definitions/label",
                                                "title": "Touchpoint name",
                                                "description": "Shown on the chip.",
                                                "examples": ["Return label"],
                                            },
                                            "channel": {"$ref": "#/definitions/touchpoint/properties/channel"},
                                            "online": {"$ref": "#/definitions/touchpoint/properties/online"},
                                            "kind": {"$ref": "#/definitions/touchpoint/properties/kind"},
                                        },
                                    },
                                ],
                                "examples": [
                                    "newsletter",
                                    {"name": "Return label", "channel": "post", "online": False},
                                ],
                            },
                            "examples": [["ad", "landing-page"]],
                        },
                        "departments": {
                            "title": "Departments",
                            "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                            "type": "array",
                            "items": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            "examples": [["marketing"]],
                        },
                        "pain_points": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                            "examples": [["Shipping costs are unclear"]],
                        },
                        "opportunities": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                            "examples": [["Shipping costs are unclear"]],
                        },
                        "duration": {
                            "title": "Duration",
                            "description": "How long it takes, in your own words.",
                            "type": "string",
                            "maxLength": 100,
                            "examples": ["2 days", "5 minutes"],
                        },
                        "reached": {
                            "title": "Reached",
                            "description": "How many customers reach this step (for the funnel).",
                            "type": "integer",
                            "minimum": 0,
                            "examples": [1000],
                        },
                        "drop_off": {
                            "title": "Drop-off",
                            "description": "Customers leave the journey here: true, a reason, or a reason with a rate.",
                            "anyOf": [
                                {"type": "boolean"},
                                {"$ref": "#/definitions/text"},
                                {
                                    "type": "object",
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "reason": {
                                            "$ref": "#/definitions/text",
                                            "title": "Reason",
                                            "description": "Why customers leave here.",
                                            "examples": ["Shipping costs appear only at checkout"],
                                        },
                                        "rate": {"$ref": "#/definitions/rate"},
                                    },
                                },
                            ],
                            "examples": [
                                True,
                                "Shipping costs appear only at checkout",
                                {"reason": "Price disappoints", "rate": "35%"},
                            ],
                        },
                        "next": {
                            "title": "Next steps",
                            "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                            "type": "array",
                            "items": {
                                "title": "Next step",
                                "description": "A step id, or a step id with a label for the arrow.",
                                "anyOf": [
                                    {"$ref": "#/definitions/id"},
                                    {
                                        "type": "object",
                                        "required": ["to"],
                                        "additionalProperties": False,
                                        "patternProperties": {"^x-": {}},
                                        "properties": {
                                            "to": {
                                                "$ref": "#/definitions/id",
                                                "title": "Target step",
                                                "description": "Id of the step this arrow goes to.",
                                                "examples": ["call-hotline"],
                                            },
                                            "label": {
                                                "$ref": "#/definitions/label",
                                                "title": "Arrow label",
                                                "description": "Why the customer goes this way.",
                                                "examples": ["doesn't fit"],
                                            },
                                        },
                                    },
                                ],
                                "examples": ["checkout", {"to": "call-hotline", "label": "doesn't fit"}],
                            },
                            "examples": [[], ["review"], [{"to": "call-hotline", "label": "doesn't fit"}, "review"]],
                        },
                    },
                    "examples": [
                        {
                            "name": "Calls the hotline",
                            "emotion": -1,
                            "touchpoints": ["hotline"],
                            "departments": ["customer-service"],
                        }
                    ],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_id(
                data__id, custom_formats, (name_prefix or "data") + ".id"
            )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                data__name, custom_formats, (name_prefix or "data") + ".name"
            )
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
                data__description, custom_formats, (name_prefix or "data") + ".description"
            )
        if "does" in data_keys:
            data_keys.remove("does")
            data__does = data["does"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
                data__does, custom_formats, (name_prefix or "data") + ".does"
            )
        if "thinks" in data_keys:
            data_keys.remove("thinks")
            data__thinks = data["thinks"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
                data__thinks, custom_formats, (name_prefix or "data") + ".thinks"
            )
        if "feels" in data_keys:
            data_keys.remove("feels")
            data__feels = data["feels"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
                data__feels, custom_formats, (name_prefix or "data") + ".feels"
            )
        if "questions" in data_keys:
            data_keys.remove("questions")
            data__questions = data["questions"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_texts(
                data__questions, custom_formats, (name_prefix or "data") + ".questions"
            )
        if "emotion" in data_keys:
            data_keys.remove("emotion")
            data__emotion = data["emotion"]
            data__emotion_any_of_count1 = 0
            if not data__emotion_any_of_count1:
                try:
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_score(
                        data__emotion, custom_formats, (name_prefix or "data") + ".emotion"
                    )
                    data__emotion_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__emotion_any_of_count1:
                try:
                    if not isinstance(data__emotion, (dict)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".emotion must be object",
                            value=data__emotion,
                            name="" + (name_prefix or "data") + ".emotion",
                            definition={
                                "type": "object",
                                "propertyNames": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "additionalProperties": {
                                    "title": "Emotion score",
                                    "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                    "type": "integer",
                                    "minimum": -2,
                                    "maximum": 2,
                                    "examples": [-1, 2],
                                },
                            },
                            rule="type",
                        )
                    data__emotion_is_dict = isinstance(data__emotion, dict)
                    if data__emotion_is_dict:
                        data__emotion_keys = set(data__emotion.keys())
                        for data__emotion_key in data__emotion_keys:
                            if data__emotion_key not in []:
                                data__emotion_value = data__emotion.get(data__emotion_key)
                                validate_https___journeymd_dev_schemas_journey_schema_json__definitions_score(
                                    data__emotion_value,
                                    custom_formats,
                                    (name_prefix or "data") + ".emotion.{data__emotion_key}".format(**locals()),
                                )
                        data__emotion_len = len(data__emotion)
                        if data__emotion_len != 0:
                            data__emotion_property_names = True
                            for data__emotion_key in data__emotion:
                                try:
                                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_id(
                                        data__emotion_key, custom_formats, (name_prefix or "data") + ".emotion"
                                    )
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    data__emotion_property_names = False
                            if not data__emotion_property_names:
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".emotion must be named by propertyName definition",
                                    value=data__emotion,
                                    name="" + (name_prefix or "data") + ".emotion",
                                    definition={
                                        "type": "object",
                                        "propertyNames": {
                                            "title": "Id",
                                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                            "type": "string",
                                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                            "maxLength": 100,
                                            "examples": ["checkout", "new-customer"],
                                        },
                                        "additionalProperties": {
                                            "title": "Emotion score",
                                            "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                            "type": "integer",
                                            "minimum": -2,
                                            "maximum": 2,
                                            "examples": [-1, 2],
                                        },
                                    },
                                    rule="propertyNames",
                                )
                    data__emotion_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__emotion_any_of_count1:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".emotion cannot be validated by any definition",
                    value=data__emotion,
                    name="" + (name_prefix or "data") + ".emotion",
                    definition={
                        "title": "Emotion",
                        "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                        "anyOf": [
                            {
                                "title": "Emotion score",
                                "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                "type": "integer",
                                "minimum": -2,
                                "maximum": 2,
                                "examples": [-1, 2],
                            },
                            {
                                "type": "object",
                                "propertyNames": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "additionalProperties": {
                                    "title": "Emotion score",
                                    "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                    "type": "integer",
                                    "minimum": -2,
                                    "maximum": 2,
                                    "examples": [-1, 2],
                                },
                            },
                        ],
                        "examples": [1, {"sanne": -1, "returning": 1}],
                    },
                    rule="anyOf",
                )
        if "touchpoints" in data_keys:
            data_keys.remove("touchpoints")
            data__touchpoints = data["touchpoints"]
            if not isinstance(data__touchpoints, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".touchpoints must be array",
                    value=data__touchpoints,
                    name="" + (name_prefix or "data") + ".touchpoints",
                    definition={
                        "title": "Touchpoints",
                        "description": "Touchpoints used in this step.",
                        "type": "array",
                        "items": {
                            "title": "Touchpoint used",
                            "description": "A touchpoint id from the catalogue, or, in a file without a catalogue, a touchpoint's name.",
                            "anyOf": [
                                {"$ref": "#/definitions/label"},
                                {
                                    "type": "object",
                                    "required": ["name"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "name": {
                                            "$ref": "#/definitions/label",
                                            "title": "Touchpoint name",
                                            "description": "Shown on the chip.",
                                            "examples": ["Return label"],
                                        },
                                        "channel": {"$ref": "#/definitions/touchpoint/properties/channel"},
                                        "online": {"$ref": "#/definitions/touchpoint/properties/online"},
                                        "kind": {"$ref": "#/definitions/touchpoint/properties/kind"},
                                    },
                                },
                            ],
                            "examples": ["newsletter", {"name": "Return label", "channel": "post", "online": False}],
                        },
                        "examples": [["ad", "landing-page"]],
                    },
                    rule="type",
                )
            data__touchpoints_is_list = isinstance(data__touchpoints, (list, tuple))
            if data__touchpoints_is_list:
                data__touchpoints_len = len(data__touchpoints)
                for data__touchpoints_x, data__touchpoints_item in enumerate(data__touchpoints):
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_touchpoint_use(
                        data__touchpoints_item,
                        custom_formats,
                        (name_prefix or "data") + ".touchpoints[{data__touchpoints_x}]".format(**locals()),
                    )
        if "departments" in data_keys:
            data_keys.remove("departments")
            data__departments = data["departments"]
            if not isinstance(data__departments, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".departments must be array",
                    value=data__departments,
                    name="" + (name_prefix or "data") + ".departments",
                    definition={
                        "title": "Departments",
                        "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                        "type": "array",
                        "items": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "examples": [["marketing"]],
                    },
                    rule="type",
                )
            data__departments_is_list = isinstance(data__departments, (list, tuple))
            if data__departments_is_list:
                data__departments_len = len(data__departments)
                for data__departments_x, data__departments_item in enumerate(data__departments):
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                        data__departments_item,
                        custom_formats,
                        (name_prefix or "data") + ".departments[{data__departments_x}]".format(**locals()),
                    )
        if "pain_points" in data_keys:
            data_keys.remove("pain_points")
            data__painpoints = data["pain_points"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_texts(
                data__painpoints, custom_formats, (name_prefix or "data") + ".pain_points"
            )
        if "opportunities" in data_keys:
            data_keys.remove("opportunities")
            data__opportunities = data["opportunities"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_texts(
                data__opportunities, custom_formats, (name_prefix or "data") + ".opportunities"
            )
        if "duration" in data_keys:
            data_keys.remove("duration")
            data__duration = data["duration"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_duration(
                data__duration, custom_formats, (name_prefix or "data") + ".duration"
            )
        if "reached" in data_keys:
            data_keys.remove("reached")
            data__reached = data["reached"]
            if (
                not isinstance(data__reached, (int))
                and not (isinstance(data__reached, float) and data__reached.is_integer())
                or isinstance(data__reached, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".reached must be integer",
                    value=data__reached,
                    name="" + (name_prefix or "data") + ".reached",
                    definition={
                        "title": "Reached",
                        "description": "How many customers reach this step (for the funnel).",
                        "type": "integer",
                        "minimum": 0,
                        "examples": [1000],
                    },
                    rule="type",
                )
            if isinstance(data__reached, (int, float, Decimal)) and not isinstance(data__reached, bool):
                if data__reached < 0:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".reached must be bigger than or equal to 0",
                        value=data__reached,
                        name="" + (name_prefix or "data") + ".reached",
                        definition={
                            "title": "Reached",
                            "description": "How many customers reach this step (for the funnel).",
                            "type": "integer",
                            "minimum": 0,
                            "examples": [1000],
                        },
                        rule="minimum",
                    )
        if "drop_off" in data_keys:
            data_keys.remove("drop_off")
            data__dropoff = data["drop_off"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_drop_off(
                data__dropoff, custom_formats, (name_prefix or "data") + ".drop_off"
            )
        if "next" in data_keys:
            data_keys.remove("next")
            data__next = data["next"]
            if not isinstance(data__next, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".next must be array",
                    value=data__next,
                    name="" + (name_prefix or "data") + ".next",
                    definition={
                        "title": "Next steps",
                        "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                        "type": "array",
                        "items": {
                            "title": "Next step",
                            "description": "A step id, or a step id with a label for the arrow.",
                            "anyOf": [
                                {"$ref": "#/definitions/id"},
                                {
                                    "type": "object",
                                    "required": ["to"],
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "to": {
                                            "$ref": "#/definitions/id",
                                            "title": "Target step",
                                            "description": "Id of the step this arrow goes to.",
                                            "examples": ["call-hotline"],
                                        },
                                        "label": {
                                            "$ref": "#/definitions/label",
                                            "title": "Arrow label",
                                            "description": "Why the customer goes this way.",
                                            "examples": ["doesn't fit"],
                                        },
                                    },
                                },
                            ],
                            "examples": ["checkout", {"to": "call-hotline", "label": "doesn't fit"}],
                        },
                        "examples": [[], ["review"], [{"to": "call-hotline", "label": "doesn't fit"}, "review"]],
                    },
                    rule="type",
                )
            data__next_is_list = isinstance(data__next, (list, tuple))
            if data__next_is_list:
                data__next_len = len(data__next)
                for data__next_x, data__next_item in enumerate(data__next):
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_link(
                        data__next_item,
                        custom_formats,
                        (name_prefix or "data") + ".next[{data__next_x}]".format(**locals()),
                    )
        for data_key, data_val in data.items():
            if REGEX_PATTERNS["^x-"].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Step",
                    "description": "Something the customer does, with what they think and feel and what serves them.",
                    "type": "object",
                    "required": ["name"],
                    "additionalProperties": False,
                    "patternProperties": {"^x-": {}},
                    "properties": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "name": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "description": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "does": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "thinks": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "feels": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "questions": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                            "examples": [["Shipping costs are unclear"]],
                        },
                        "emotion": {
                            "title": "Emotion",
                            "description": "How the customer feels from -2 (very negative) to +2 (very positive); or a score per persona id.",
                            "anyOf": [
                                {
                                    "title": "Emotion score",
                                    "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                    "type": "integer",
                                    "minimum": -2,
                                    "maximum": 2,
                                    "examples": [-1, 2],
                                },
                                {
                                    "type": "object",
                                    "propertyNames": {
                                        "title": "Id",
                                        "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                        "type": "string",
                                        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                        "maxLength": 100,
                                        "examples": ["checkout", "new-customer"],
                                    },
                                    "additionalProperties": {
                                        "title": "Emotion score",
                                        "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                                        "type": "integer",
                                        "minimum": -2,
                                        "maximum": 2,
                                        "examples": [-1, 2],
                                    },
                                },
                            ],
                            "examples": [1, {"sanne": -1, "returning": 1}],
                        },
                        "touchpoints": {
                            "title": "Touchpoints",
                            "description": "Touchpoints used in this step.",
                            "type": "array",
                            "items": {
                                "title": "Touchpoint used",
                                "description": "A touchpoint id from the catalogue, or, in a file without a catalogue, a touchpoint's name.",
                                "anyOf": [
                                    {"$ref": "#/definitions/label"},
                                    {
                                        "type": "object",
                                        "required": ["name"],
                                        "additionalProperties": False,
                                        "patternProperties": {"^x-": {}},
                                        "properties": {
                                            "name": {
                                                "$ref": "#/definitions/label",
                                                "title": "Touchpoint name",
                                                "description": "Shown on the chip.",
                                                "examples": ["Return label"],
                                            },
                                            "channel": {"$ref": "#/definitions/touchpoint/properties/channel"},
                                            "online": {"$ref": "#/definitions/touchpoint/properties/online"},
                                            "kind": {"$ref": "#/definitions/touchpoint/properties/kind"},
                                        },
                                    },
                                ],
                                "examples": [
                                    "newsletter",
                                    {"name": "Return label", "channel": "post", "online": False},
                                ],
                            },
                            "examples": [["ad", "landing-page"]],
                        },
                        "departments": {
                            "title": "Departments",
                            "description": "Departments responsible for this step (ids from the catalogue, or names in a file without one).",
                            "type": "array",
                            "items": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            "examples": [["marketing"]],
                        },
                        "pain_points": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                            "examples": [["Shipping costs are unclear"]],
                        },
                        "opportunities": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                            "examples": [["Shipping costs are unclear"]],
                        },
                        "duration": {
                            "title": "Duration",
                            "description": "How long it takes, in your own words.",
                            "type": "string",
                            "maxLength": 100,
                            "examples": ["2 days", "5 minutes"],
                        },
                        "reached": {
                            "title": "Reached",
                            "description": "How many customers reach this step (for the funnel).",
                            "type": "integer",
                            "minimum": 0,
                            "examples": [1000],
                        },
                        "drop_off": {
                            "title": "Drop-off",
                            "description": "Customers leave the journey here: true, a reason, or a reason with a rate.",
                            "anyOf": [
                                {"type": "boolean"},
                                {"$ref": "#/definitions/text"},
                                {
                                    "type": "object",
                                    "additionalProperties": False,
                                    "patternProperties": {"^x-": {}},
                                    "properties": {
                                        "reason": {
                                            "$ref": "#/definitions/text",
                                            "title": "Reason",
                                            "description": "Why customers leave here.",
                                            "examples": ["Shipping costs appear only at checkout"],
                                        },
                                        "rate": {"$ref": "#/definitions/rate"},
                                    },
                                },
                            ],
                            "examples": [
                                True,
                                "Shipping costs appear only at checkout",
                                {"reason": "Price disappoints", "rate": "35%"},
                            ],
                        },
                        "next": {
                            "title": "Next steps",
                            "description": "Where the customer goes next. Absent: the following step. [] : the journey ends here. Use it for branches, loops and returns.",
                            "type": "array",
                            "items": {
                                "title": "Next step",
                                "description": "A step id, or a step id with a label for the arrow.",
                                "anyOf": [
                                    {"$ref": "#/definitions/id"},
                                    {
                                        "type": "object",
                                        "required": ["to"],
                                        "additionalProperties": False,
                                        "patternProperties": {"^x-": {}},
                                        "properties": {
                                            "to": {
                                                "$ref": "#/definitions/id",
                                                "title": "Target step",
                                                "description": "Id of the step this arrow goes to.",
                                                "examples": ["call-hotline"],
                                            },
                                            "label": {
                                                "$ref": "#/definitions/label",
                                                "title": "Arrow label",
                                                "description": "Why the customer goes this way.",
                                                "examples": ["doesn't fit"],
                                            },
                                        },
                                    },
                                ],
                                "examples": ["checkout", {"to": "call-hotline", "label": "doesn't fit"}],
                            },
                            "examples": [[], ["review"], [{"to": "call-hotline", "label": "doesn't fit"}, "review"]],
                        },
                    },
                    "examples": [
                        {
                            "name": "Calls the hotline",
                            "emotion": -1,
                            "touchpoints": ["hotline"],
                            "departments": ["customer-service"],
                        }
                    ],
                },
                rule="additionalProperties",
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_link(
    data, custom_formats={}, name_prefix=None
):
    data_any_of_count2 = 0
    if not data_any_of_count2:
        try:
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_id(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count2:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={
                        "type": "object",
                        "required": ["to"],
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "to": {
                                "title": "Id",
                                "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                "type": "string",
                                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                "maxLength": 100,
                                "examples": ["checkout", "new-customer"],
                            },
                            "label": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                        },
                    },
                    rule="type",
                )
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(["to"]) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + " must contain "
                        + (str(sorted(data__missing_keys)) + " properties"),
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={
                            "type": "object",
                            "required": ["to"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "to": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "label": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                            },
                        },
                        rule="required",
                    )
                data_keys = set(data.keys())
                if "to" in data_keys:
                    data_keys.remove("to")
                    data__to = data["to"]
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_id(
                        data__to, custom_formats, (name_prefix or "data") + ".to"
                    )
                if "label" in data_keys:
                    data_keys.remove("label")
                    data__label = data["label"]
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                        data__label, custom_formats, (name_prefix or "data") + ".label"
                    )
                for data_key, data_val in data.items():
                    if REGEX_PATTERNS["^x-"].search(data_key):
                        if data_key in data_keys:
                            data_keys.remove(data_key)
                if data_keys:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={
                            "type": "object",
                            "required": ["to"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "to": {
                                    "title": "Id",
                                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                    "type": "string",
                                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                    "maxLength": 100,
                                    "examples": ["checkout", "new-customer"],
                                },
                                "label": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                            },
                        },
                        rule="additionalProperties",
                    )
            data_any_of_count2 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count2:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Next step",
                "description": "A step id, or a step id with a label for the arrow.",
                "anyOf": [
                    {
                        "title": "Id",
                        "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                        "maxLength": 100,
                        "examples": ["checkout", "new-customer"],
                    },
                    {
                        "type": "object",
                        "required": ["to"],
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "to": {
                                "title": "Id",
                                "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                                "type": "string",
                                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                                "maxLength": 100,
                                "examples": ["checkout", "new-customer"],
                            },
                            "label": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                        },
                    },
                ],
                "examples": ["checkout", {"to": "call-hotline", "label": "doesn't fit"}],
            },
            rule="anyOf",
        )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_drop_off(
    data, custom_formats={}, name_prefix=None
):
    data_any_of_count3 = 0
    if not data_any_of_count3:
        try:
            if not isinstance(data, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be boolean",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "boolean"},
                    rule="type",
                )
            data_any_of_count3 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count3:
        try:
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count3 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count3:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={
                        "type": "object",
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "reason": {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            "rate": {
                                "title": "Rate",
                                "description": 'Share of customers who leave here: a fraction from 0 to 1, or a percentage such as "35%".',
                                "anyOf": [
                                    {"type": "number", "minimum": 0, "maximum": 1},
                                    {"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                                ],
                                "examples": [0.35, "35%"],
                            },
                        },
                    },
                    rule="type",
                )
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "reason" in data_keys:
                    data_keys.remove("reason")
                    data__reason = data["reason"]
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
                        data__reason, custom_formats, (name_prefix or "data") + ".reason"
                    )
                if "rate" in data_keys:
                    data_keys.remove("rate")
                    data__rate = data["rate"]
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_rate(
                        data__rate, custom_formats, (name_prefix or "data") + ".rate"
                    )
                for data_key, data_val in data.items():
                    if REGEX_PATTERNS["^x-"].search(data_key):
                        if data_key in data_keys:
                            data_keys.remove(data_key)
                if data_keys:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={
                            "type": "object",
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "reason": {
                                    "title": "Text",
                                    "description": "A longer text, wrapped on the map.",
                                    "type": "string",
                                    "maxLength": 5000,
                                    "examples": ["Compares three pairs and reads the reviews."],
                                },
                                "rate": {
                                    "title": "Rate",
                                    "description": 'Share of customers who leave here: a fraction from 0 to 1, or a percentage such as "35%".',
                                    "anyOf": [
                                        {"type": "number", "minimum": 0, "maximum": 1},
                                        {"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                                    ],
                                    "examples": [0.35, "35%"],
                                },
                            },
                        },
                        rule="additionalProperties",
                    )
            data_any_of_count3 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count3:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Drop-off",
                "description": "Customers leave the journey here: true, a reason, or a reason with a rate.",
                "anyOf": [
                    {"type": "boolean"},
                    {
                        "title": "Text",
                        "description": "A longer text, wrapped on the map.",
                        "type": "string",
                        "maxLength": 5000,
                        "examples": ["Compares three pairs and reads the reviews."],
                    },
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "reason": {
                                "title": "Text",
                                "description": "A longer text, wrapped on the map.",
                                "type": "string",
                                "maxLength": 5000,
                                "examples": ["Compares three pairs and reads the reviews."],
                            },
                            "rate": {
                                "title": "Rate",
                                "description": 'Share of customers who leave here: a fraction from 0 to 1, or a percentage such as "35%".',
                                "anyOf": [
                                    {"type": "number", "minimum": 0, "maximum": 1},
                                    {"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                                ],
                                "examples": [0.35, "35%"],
                            },
                        },
                    },
                ],
                "examples": [
                    True,
                    "Shipping costs appear only at checkout",
                    {"reason": "Price disappoints", "rate": "35%"},
                ],
            },
            rule="anyOf",
        )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_rate(
    data, custom_formats={}, name_prefix=None
):
    data_any_of_count4 = 0
    if not data_any_of_count4:
        try:
            if not isinstance(data, (int, float, Decimal)) or isinstance(data, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be number",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "number", "minimum": 0, "maximum": 1},
                    rule="type",
                )
            if isinstance(data, (int, float, Decimal)) and not isinstance(data, bool):
                if data < 0:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must be bigger than or equal to 0",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={"type": "number", "minimum": 0, "maximum": 1},
                        rule="minimum",
                    )
                if data > 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must be smaller than or equal to 1",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={"type": "number", "minimum": 0, "maximum": 1},
                        rule="maximum",
                    )
            data_any_of_count4 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count4:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be string",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                    rule="type",
                )
            if isinstance(data, str):
                if not REGEX_PATTERNS["^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"].search(data):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must match pattern ^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                        rule="pattern",
                    )
            data_any_of_count4 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count4:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Rate",
                "description": 'Share of customers who leave here: a fraction from 0 to 1, or a percentage such as "35%".',
                "anyOf": [
                    {"type": "number", "minimum": 0, "maximum": 1},
                    {"type": "string", "pattern": "^(100|[0-9]{1,2})([.,][0-9]+)?\\s?%$"},
                ],
                "examples": [0.35, "35%"],
            },
            rule="anyOf",
        )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_touchpoint_use(
    data, custom_formats={}, name_prefix=None
):
    data_any_of_count5 = 0
    if not data_any_of_count5:
        try:
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count5:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={
                        "type": "object",
                        "required": ["name"],
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "name": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            "channel": {
                                "title": "Channel",
                                "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                "type": "string",
                                "maxLength": 40,
                                "examples": [
                                    "web",
                                    "email",
                                    "social",
                                    "chat",
                                    "phone",
                                    "post",
                                    "store",
                                    "app",
                                    "ads",
                                    "search",
                                    "print",
                                ],
                            },
                            "online": {
                                "title": "Online",
                                "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                "type": "boolean",
                                "examples": [True],
                            },
                            "kind": {
                                "title": "Kind",
                                "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                "type": "string",
                                "enum": ["direct", "indirect"],
                                "default": "direct",
                                "examples": ["indirect"],
                            },
                        },
                    },
                    rule="type",
                )
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(["name"]) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + " must contain "
                        + (str(sorted(data__missing_keys)) + " properties"),
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "channel": {
                                    "title": "Channel",
                                    "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                    "type": "string",
                                    "maxLength": 40,
                                    "examples": [
                                        "web",
                                        "email",
                                        "social",
                                        "chat",
                                        "phone",
                                        "post",
                                        "store",
                                        "app",
                                        "ads",
                                        "search",
                                        "print",
                                    ],
                                },
                                "online": {
                                    "title": "Online",
                                    "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                    "type": "boolean",
                                    "examples": [True],
                                },
                                "kind": {
                                    "title": "Kind",
                                    "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                    "type": "string",
                                    "enum": ["direct", "indirect"],
                                    "default": "direct",
                                    "examples": ["indirect"],
                                },
                            },
                        },
                        rule="required",
                    )
                data_keys = set(data.keys())
                if "name" in data_keys:
                    data_keys.remove("name")
                    data__name = data["name"]
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                        data__name, custom_formats, (name_prefix or "data") + ".name"
                    )
                if "channel" in data_keys:
                    data_keys.remove("channel")
                    data__channel = data["channel"]
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_touchpoint_properties_channel(
                        data__channel, custom_formats, (name_prefix or "data") + ".channel"
                    )
                if "online" in data_keys:
                    data_keys.remove("online")
                    data__online = data["online"]
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_touchpoint_properties_online(
                        data__online, custom_formats, (name_prefix or "data") + ".online"
                    )
                if "kind" in data_keys:
                    data_keys.remove("kind")
                    data__kind = data["kind"]
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_touchpoint_properties_kind(
                        data__kind, custom_formats, (name_prefix or "data") + ".kind"
                    )
                for data_key, data_val in data.items():
                    if REGEX_PATTERNS["^x-"].search(data_key):
                        if data_key in data_keys:
                            data_keys.remove(data_key)
                if data_keys:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "channel": {
                                    "title": "Channel",
                                    "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                    "type": "string",
                                    "maxLength": 40,
                                    "examples": [
                                        "web",
                                        "email",
                                        "social",
                                        "chat",
                                        "phone",
                                        "post",
                                        "store",
                                        "app",
                                        "ads",
                                        "search",
                                        "print",
                                    ],
                                },
                                "online": {
                                    "title": "Online",
                                    "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                    "type": "boolean",
                                    "examples": [True],
                                },
                                "kind": {
                                    "title": "Kind",
                                    "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                    "type": "string",
                                    "enum": ["direct", "indirect"],
                                    "default": "direct",
                                    "examples": ["indirect"],
                                },
                            },
                        },
                        rule="additionalProperties",
                    )
            data_any_of_count5 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count5:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Touchpoint used",
                "description": "A touchpoint id from the catalogue, or, in a file without a catalogue, a touchpoint's name.",
                "anyOf": [
                    {
                        "title": "Label",
                        "description": "A short text shown on the map.",
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 500,
                        "examples": ["Browses the e-shop"],
                    },
                    {
                        "type": "object",
                        "required": ["name"],
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "name": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            "channel": {
                                "title": "Channel",
                                "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                                "type": "string",
                                "maxLength": 40,
                                "examples": [
                                    "web",
                                    "email",
                                    "social",
                                    "chat",
                                    "phone",
                                    "post",
                                    "store",
                                    "app",
                                    "ads",
                                    "search",
                                    "print",
                                ],
                            },
                            "online": {
                                "title": "Online",
                                "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                                "type": "boolean",
                                "examples": [True],
                            },
                            "kind": {
                                "title": "Kind",
                                "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                                "type": "string",
                                "enum": ["direct", "indirect"],
                                "default": "direct",
                                "examples": ["indirect"],
                            },
                        },
                    },
                ],
                "examples": ["newsletter", {"name": "Return label", "channel": "post", "online": False}],
            },
            rule="anyOf",
        )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_touchpoint_properties_kind(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Kind",
                "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                "type": "string",
                "enum": ["direct", "indirect"],
                "default": "direct",
                "examples": ["indirect"],
            },
            rule="type",
        )
    if not (isinstance(data, str) and data == "direct" or isinstance(data, str) and data == "indirect"):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be one of ['direct', 'indirect']",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Kind",
                "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                "type": "string",
                "enum": ["direct", "indirect"],
                "default": "direct",
                "examples": ["indirect"],
            },
            rule="enum",
        )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_touchpoint_properties_online(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (bool)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be boolean",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Online",
                "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                "type": "boolean",
                "examples": [True],
            },
            rule="type",
        )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_touchpoint_properties_channel(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Channel",
                "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                "type": "string",
                "maxLength": 40,
                "examples": [
                    "web",
                    "email",
                    "social",
                    "chat",
                    "phone",
                    "post",
                    "store",
                    "app",
                    "ads",
                    "search",
                    "print",
                ],
            },
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 40:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 40 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Channel",
                    "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                    "type": "string",
                    "maxLength": 40,
                    "examples": [
                        "web",
                        "email",
                        "social",
                        "chat",
                        "phone",
                        "post",
                        "store",
                        "app",
                        "ads",
                        "search",
                        "print",
                    ],
                },
                rule="maxLength",
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_score(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (int)) and not (isinstance(data, float) and data.is_integer()) or isinstance(data, bool):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be integer",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Emotion score",
                "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                "type": "integer",
                "minimum": -2,
                "maximum": 2,
                "examples": [-1, 2],
            },
            rule="type",
        )
    if isinstance(data, (int, float, Decimal)) and not isinstance(data, bool):
        if data < -2:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be bigger than or equal to -2",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Emotion score",
                    "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                    "type": "integer",
                    "minimum": -2,
                    "maximum": 2,
                    "examples": [-1, 2],
                },
                rule="minimum",
            )
        if data > 2:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be smaller than or equal to 2",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Emotion score",
                    "description": "How the customer feels: -2 (very negative), -1, 0 (neutral), 1, 2 (very positive).",
                    "type": "integer",
                    "minimum": -2,
                    "maximum": 2,
                    "examples": [-1, 2],
                },
                rule="maximum",
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_texts(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Texts",
                "description": "A list of texts.",
                "type": "array",
                "items": {
                    "title": "Text",
                    "description": "A longer text, wrapped on the map.",
                    "type": "string",
                    "maxLength": 5000,
                    "examples": ["Compares three pairs and reads the reviews."],
                },
                "examples": [["Shipping costs are unclear"]],
            },
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
                data_item, custom_formats, (name_prefix or "data") + "[{data_x}]".format(**locals())
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_kpi(
    data, custom_formats={}, name_prefix=None
):
    data_any_of_count6 = 0
    if not data_any_of_count6:
        try:
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_any_of_count6 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count6:
        try:
            if not isinstance(data, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={
                        "type": "object",
                        "required": ["name"],
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "name": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            "target": {
                                "title": "Target",
                                "description": "The value you aim for.",
                                "type": ["string", "number"],
                                "examples": ["3%", 1000],
                            },
                            "value": {
                                "title": "Value",
                                "description": "The value measured now.",
                                "type": ["string", "number"],
                                "examples": ["2.1%"],
                            },
                        },
                    },
                    rule="type",
                )
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(["name"]) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + " must contain "
                        + (str(sorted(data__missing_keys)) + " properties"),
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "target": {
                                    "title": "Target",
                                    "description": "The value you aim for.",
                                    "type": ["string", "number"],
                                    "examples": ["3%", 1000],
                                },
                                "value": {
                                    "title": "Value",
                                    "description": "The value measured now.",
                                    "type": ["string", "number"],
                                    "examples": ["2.1%"],
                                },
                            },
                        },
                        rule="required",
                    )
                data_keys = set(data.keys())
                if "name" in data_keys:
                    data_keys.remove("name")
                    data__name = data["name"]
                    validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                        data__name, custom_formats, (name_prefix or "data") + ".name"
                    )
                if "target" in data_keys:
                    data_keys.remove("target")
                    data__target = data["target"]
                    if not isinstance(data__target, (str, int, float, Decimal)) or isinstance(data__target, bool):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".target must be string or number",
                            value=data__target,
                            name="" + (name_prefix or "data") + ".target",
                            definition={
                                "title": "Target",
                                "description": "The value you aim for.",
                                "type": ["string", "number"],
                                "examples": ["3%", 1000],
                            },
                            rule="type",
                        )
                if "value" in data_keys:
                    data_keys.remove("value")
                    data__value = data["value"]
                    if not isinstance(data__value, (str, int, float, Decimal)) or isinstance(data__value, bool):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".value must be string or number",
                            value=data__value,
                            name="" + (name_prefix or "data") + ".value",
                            definition={
                                "title": "Value",
                                "description": "The value measured now.",
                                "type": ["string", "number"],
                                "examples": ["2.1%"],
                            },
                            rule="type",
                        )
                for data_key, data_val in data.items():
                    if REGEX_PATTERNS["^x-"].search(data_key):
                        if data_key in data_keys:
                            data_keys.remove(data_key)
                if data_keys:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "patternProperties": {"^x-": {}},
                            "properties": {
                                "name": {
                                    "title": "Label",
                                    "description": "A short text shown on the map.",
                                    "type": "string",
                                    "minLength": 1,
                                    "maxLength": 500,
                                    "examples": ["Browses the e-shop"],
                                },
                                "target": {
                                    "title": "Target",
                                    "description": "The value you aim for.",
                                    "type": ["string", "number"],
                                    "examples": ["3%", 1000],
                                },
                                "value": {
                                    "title": "Value",
                                    "description": "The value measured now.",
                                    "type": ["string", "number"],
                                    "examples": ["2.1%"],
                                },
                            },
                        },
                        rule="additionalProperties",
                    )
            data_any_of_count6 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count6:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "KPI",
                "description": "A measure of the phase's success: a text, or a name with a target.",
                "anyOf": [
                    {
                        "title": "Label",
                        "description": "A short text shown on the map.",
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 500,
                        "examples": ["Browses the e-shop"],
                    },
                    {
                        "type": "object",
                        "required": ["name"],
                        "additionalProperties": False,
                        "patternProperties": {"^x-": {}},
                        "properties": {
                            "name": {
                                "title": "Label",
                                "description": "A short text shown on the map.",
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 500,
                                "examples": ["Browses the e-shop"],
                            },
                            "target": {
                                "title": "Target",
                                "description": "The value you aim for.",
                                "type": ["string", "number"],
                                "examples": ["3%", 1000],
                            },
                            "value": {
                                "title": "Value",
                                "description": "The value measured now.",
                                "type": ["string", "number"],
                                "examples": ["2.1%"],
                            },
                        },
                    },
                ],
                "examples": ["Reach", {"name": "Conversion rate", "target": "3%"}],
            },
            rule="anyOf",
        )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_duration(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Duration",
                "description": "How long it takes, in your own words.",
                "type": "string",
                "maxLength": 100,
                "examples": ["2 days", "5 minutes"],
            },
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 100:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 100 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Duration",
                    "description": "How long it takes, in your own words.",
                    "type": "string",
                    "maxLength": 100,
                    "examples": ["2 days", "5 minutes"],
                },
                rule="maxLength",
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_department(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Department",
                "description": "A part of the business behind the journey.",
                "type": "object",
                "required": ["id", "name"],
                "additionalProperties": False,
                "patternProperties": {"^x-": {}},
                "properties": {
                    "id": {
                        "title": "Id",
                        "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                        "maxLength": 100,
                        "examples": ["checkout", "new-customer"],
                    },
                    "name": {
                        "title": "Label",
                        "description": "A short text shown on the map.",
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 500,
                        "examples": ["Browses the e-shop"],
                    },
                },
                "examples": [{"id": "marketing", "name": "Online marketing"}],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Department",
                    "description": "A part of the business behind the journey.",
                    "type": "object",
                    "required": ["id", "name"],
                    "additionalProperties": False,
                    "patternProperties": {"^x-": {}},
                    "properties": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "name": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                    },
                    "examples": [{"id": "marketing", "name": "Online marketing"}],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_id(
                data__id, custom_formats, (name_prefix or "data") + ".id"
            )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                data__name, custom_formats, (name_prefix or "data") + ".name"
            )
        for data_key, data_val in data.items():
            if REGEX_PATTERNS["^x-"].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Department",
                    "description": "A part of the business behind the journey.",
                    "type": "object",
                    "required": ["id", "name"],
                    "additionalProperties": False,
                    "patternProperties": {"^x-": {}},
                    "properties": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "name": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                    },
                    "examples": [{"id": "marketing", "name": "Online marketing"}],
                },
                rule="additionalProperties",
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_touchpoint(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Touchpoint",
                "description": "A contact moment between customer and brand.",
                "type": "object",
                "required": ["id", "name"],
                "additionalProperties": False,
                "patternProperties": {"^x-": {}},
                "properties": {
                    "id": {
                        "title": "Id",
                        "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                        "maxLength": 100,
                        "examples": ["checkout", "new-customer"],
                    },
                    "name": {
                        "title": "Label",
                        "description": "A short text shown on the map.",
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 500,
                        "examples": ["Browses the e-shop"],
                    },
                    "channel": {
                        "title": "Channel",
                        "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                        "type": "string",
                        "maxLength": 40,
                        "examples": [
                            "web",
                            "email",
                            "social",
                            "chat",
                            "phone",
                            "post",
                            "store",
                            "app",
                            "ads",
                            "search",
                            "print",
                        ],
                    },
                    "online": {
                        "title": "Online",
                        "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                        "type": "boolean",
                        "examples": [True],
                    },
                    "kind": {
                        "title": "Kind",
                        "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                        "type": "string",
                        "enum": ["direct", "indirect"],
                        "default": "direct",
                        "examples": ["indirect"],
                    },
                },
                "examples": [{"id": "hotline", "name": "Hotline", "channel": "phone", "online": False}],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Touchpoint",
                    "description": "A contact moment between customer and brand.",
                    "type": "object",
                    "required": ["id", "name"],
                    "additionalProperties": False,
                    "patternProperties": {"^x-": {}},
                    "properties": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "name": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "channel": {
                            "title": "Channel",
                            "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                            "type": "string",
                            "maxLength": 40,
                            "examples": [
                                "web",
                                "email",
                                "social",
                                "chat",
                                "phone",
                                "post",
                                "store",
                                "app",
                                "ads",
                                "search",
                                "print",
                            ],
                        },
                        "online": {
                            "title": "Online",
                            "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                            "type": "boolean",
                            "examples": [True],
                        },
                        "kind": {
                            "title": "Kind",
                            "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                            "type": "string",
                            "enum": ["direct", "indirect"],
                            "default": "direct",
                            "examples": ["indirect"],
                        },
                    },
                    "examples": [{"id": "hotline", "name": "Hotline", "channel": "phone", "online": False}],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_id(
                data__id, custom_formats, (name_prefix or "data") + ".id"
            )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                data__name, custom_formats, (name_prefix or "data") + ".name"
            )
        if "channel" in data_keys:
            data_keys.remove("channel")
            data__channel = data["channel"]
            if not isinstance(data__channel, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".channel must be string",
                    value=data__channel,
                    name="" + (name_prefix or "data") + ".channel",
                    definition={
                        "title": "Channel",
                        "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                        "type": "string",
                        "maxLength": 40,
                        "examples": [
                            "web",
                            "email",
                            "social",
                            "chat",
                            "phone",
                            "post",
                            "store",
                            "app",
                            "ads",
                            "search",
                            "print",
                        ],
                    },
                    rule="type",
                )
            if isinstance(data__channel, str):
                data__channel_len = len(data__channel)
                if data__channel_len > 40:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".channel must be shorter than or equal to 40 characters",
                        value=data__channel,
                        name="" + (name_prefix or "data") + ".channel",
                        definition={
                            "title": "Channel",
                            "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                            "type": "string",
                            "maxLength": 40,
                            "examples": [
                                "web",
                                "email",
                                "social",
                                "chat",
                                "phone",
                                "post",
                                "store",
                                "app",
                                "ads",
                                "search",
                                "print",
                            ],
                        },
                        rule="maxLength",
                    )
        if "online" in data_keys:
            data_keys.remove("online")
            data__online = data["online"]
            if not isinstance(data__online, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".online must be boolean",
                    value=data__online,
                    name="" + (name_prefix or "data") + ".online",
                    definition={
                        "title": "Online",
                        "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                        "type": "boolean",
                        "examples": [True],
                    },
                    rule="type",
                )
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not isinstance(data__kind, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".kind must be string",
                    value=data__kind,
                    name="" + (name_prefix or "data") + ".kind",
                    definition={
                        "title": "Kind",
                        "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                        "type": "string",
                        "enum": ["direct", "indirect"],
                        "default": "direct",
                        "examples": ["indirect"],
                    },
                    rule="type",
                )
            if not (
                isinstance(data__kind, str)
                and data__kind == "direct"
                or isinstance(data__kind, str)
                and data__kind == "indirect"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".kind must be one of ['direct', 'indirect']",
                    value=data__kind,
                    name="" + (name_prefix or "data") + ".kind",
                    definition={
                        "title": "Kind",
                        "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                        "type": "string",
                        "enum": ["direct", "indirect"],
                        "default": "direct",
                        "examples": ["indirect"],
                    },
                    rule="enum",
                )
        else:
            data["kind"] = "direct"
        for data_key, data_val in data.items():
            if REGEX_PATTERNS["^x-"].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Touchpoint",
                    "description": "A contact moment between customer and brand.",
                    "type": "object",
                    "required": ["id", "name"],
                    "additionalProperties": False,
                    "patternProperties": {"^x-": {}},
                    "properties": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "name": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "channel": {
                            "title": "Channel",
                            "description": "Where the contact happens. Known channels get an icon; any other word is shown as written.",
                            "type": "string",
                            "maxLength": 40,
                            "examples": [
                                "web",
                                "email",
                                "social",
                                "chat",
                                "phone",
                                "post",
                                "store",
                                "app",
                                "ads",
                                "search",
                                "print",
                            ],
                        },
                        "online": {
                            "title": "Online",
                            "description": "true for online contact, false for offline (phone, post, shop, the parcel itself). Defaults from the channel.",
                            "type": "boolean",
                            "examples": [True],
                        },
                        "kind": {
                            "title": "Kind",
                            "description": "direct: owned by you (site, mail, ads); indirect: others speak of you (reviews, forums, social posts).",
                            "type": "string",
                            "enum": ["direct", "indirect"],
                            "default": "direct",
                            "examples": ["indirect"],
                        },
                    },
                    "examples": [{"id": "hotline", "name": "Hotline", "channel": "phone", "online": False}],
                },
                rule="additionalProperties",
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_persona(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Persona",
                "description": "A fictional customer from the target group.",
                "type": "object",
                "required": ["id", "name"],
                "additionalProperties": False,
                "patternProperties": {"^x-": {}},
                "properties": {
                    "id": {
                        "title": "Id",
                        "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                        "type": "string",
                        "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                        "maxLength": 100,
                        "examples": ["checkout", "new-customer"],
                    },
                    "name": {
                        "title": "Label",
                        "description": "A short text shown on the map.",
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 500,
                        "examples": ["Browses the e-shop"],
                    },
                    "description": {
                        "title": "Text",
                        "description": "A longer text, wrapped on the map.",
                        "type": "string",
                        "maxLength": 5000,
                        "examples": ["Compares three pairs and reads the reviews."],
                    },
                    "goals": {
                        "title": "Texts",
                        "description": "A list of texts.",
                        "type": "array",
                        "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                        "examples": [["Shipping costs are unclear"]],
                    },
                    "frustrations": {
                        "title": "Texts",
                        "description": "A list of texts.",
                        "type": "array",
                        "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                        "examples": [["Shipping costs are unclear"]],
                    },
                },
                "examples": [{"id": "sanne", "name": "Sanne, first-time buyer", "goals": ["Shoes that fit"]}],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Persona",
                    "description": "A fictional customer from the target group.",
                    "type": "object",
                    "required": ["id", "name"],
                    "additionalProperties": False,
                    "patternProperties": {"^x-": {}},
                    "properties": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "name": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "description": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "goals": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                            "examples": [["Shipping costs are unclear"]],
                        },
                        "frustrations": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                            "examples": [["Shipping costs are unclear"]],
                        },
                    },
                    "examples": [{"id": "sanne", "name": "Sanne, first-time buyer", "goals": ["Shoes that fit"]}],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_id(
                data__id, custom_formats, (name_prefix or "data") + ".id"
            )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
                data__name, custom_formats, (name_prefix or "data") + ".name"
            )
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
                data__description, custom_formats, (name_prefix or "data") + ".description"
            )
        if "goals" in data_keys:
            data_keys.remove("goals")
            data__goals = data["goals"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_texts(
                data__goals, custom_formats, (name_prefix or "data") + ".goals"
            )
        if "frustrations" in data_keys:
            data_keys.remove("frustrations")
            data__frustrations = data["frustrations"]
            validate_https___journeymd_dev_schemas_journey_schema_json__definitions_texts(
                data__frustrations, custom_formats, (name_prefix or "data") + ".frustrations"
            )
        for data_key, data_val in data.items():
            if REGEX_PATTERNS["^x-"].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Persona",
                    "description": "A fictional customer from the target group.",
                    "type": "object",
                    "required": ["id", "name"],
                    "additionalProperties": False,
                    "patternProperties": {"^x-": {}},
                    "properties": {
                        "id": {
                            "title": "Id",
                            "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                            "type": "string",
                            "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                            "maxLength": 100,
                            "examples": ["checkout", "new-customer"],
                        },
                        "name": {
                            "title": "Label",
                            "description": "A short text shown on the map.",
                            "type": "string",
                            "minLength": 1,
                            "maxLength": 500,
                            "examples": ["Browses the e-shop"],
                        },
                        "description": {
                            "title": "Text",
                            "description": "A longer text, wrapped on the map.",
                            "type": "string",
                            "maxLength": 5000,
                            "examples": ["Compares three pairs and reads the reviews."],
                        },
                        "goals": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                            "examples": [["Shipping costs are unclear"]],
                        },
                        "frustrations": {
                            "title": "Texts",
                            "description": "A list of texts.",
                            "type": "array",
                            "items": {"$ref": "https://journeymd.dev/schemas/journey.schema.json#/definitions/text"},
                            "examples": [["Shipping costs are unclear"]],
                        },
                    },
                    "examples": [{"id": "sanne", "name": "Sanne, first-time buyer", "goals": ["Shoes that fit"]}],
                },
                rule="additionalProperties",
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_id(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Id",
                "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                "type": "string",
                "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                "maxLength": 100,
                "examples": ["checkout", "new-customer"],
            },
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 100:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 100 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Id",
                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                    "type": "string",
                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                    "maxLength": 100,
                    "examples": ["checkout", "new-customer"],
                },
                rule="maxLength",
            )
        if not REGEX_PATTERNS["^[A-Za-z0-9][A-Za-z0-9_.-]*$"].search(data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must match pattern ^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Id",
                    "description": "A short name other parts of the file refer to: letters, digits, '-' and '_', starting with a letter or digit.",
                    "type": "string",
                    "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                    "maxLength": 100,
                    "examples": ["checkout", "new-customer"],
                },
                rule="pattern",
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_text(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Text",
                "description": "A longer text, wrapped on the map.",
                "type": "string",
                "maxLength": 5000,
                "examples": ["Compares three pairs and reads the reviews."],
            },
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 5000:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 5000 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Text",
                    "description": "A longer text, wrapped on the map.",
                    "type": "string",
                    "maxLength": 5000,
                    "examples": ["Compares three pairs and reads the reviews."],
                },
                rule="maxLength",
            )
    return data


def validate_https___journeymd_dev_schemas_journey_schema_json__definitions_label(
    data, custom_formats={}, name_prefix=None
):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "title": "Label",
                "description": "A short text shown on the map.",
                "type": "string",
                "minLength": 1,
                "maxLength": 500,
                "examples": ["Browses the e-shop"],
            },
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be longer than or equal to 1 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Label",
                    "description": "A short text shown on the map.",
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 500,
                    "examples": ["Browses the e-shop"],
                },
                rule="minLength",
            )
        if data_len > 500:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 500 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "title": "Label",
                    "description": "A short text shown on the map.",
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 500,
                    "examples": ["Browses the e-shop"],
                },
                rule="maxLength",
            )
    return data


validate = validate_https___journeymd_dev_schemas_journey_schema_json
