# Generated from data/journey.schema.json by fastjsonschema; do not edit.
# Regenerate: python tools/generate.py
# ruff: noqa
# mypy: ignore-errors
SCHEMA_DIGEST = "30d5e284"
VERSION = "2.22.3"
import re

REGEX_PATTERNS = {
    "^x-": re.compile("^x-"),
    "^(https?://|mailto:)[^\\s]+$": re.compile("^(https?://|mailto:)[^\\s]+\\Z"),
    "^(100([.,]0+)?|[0-9]{1,2}([.,][0-9]+)?)\\s?%$": re.compile("^(100([.,]0+)?|[0-9]{1,2}([.,][0-9]+)?)\\s?%\\Z"),
    "^[A-Za-z0-9][A-Za-z0-9_.-]*$": re.compile("^[A-Za-z0-9][A-Za-z0-9_.-]*\\Z"),
    "^(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\\\]).*\\.(yaml|yml)$": re.compile(
        "^(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\\\]).*\\.(yaml|yml)\\Z"
    ),
}


class JsonSchemaValueException(ValueError):
    def __init__(self, message, value=None, name=None, definition=None, rule=None):
        super().__init__(message)
        self.value, self.name, self.definition, self.rule = (value, name, definition, rule)


JsonSchemaValuesException = JsonSchemaValueException


class Decimal:
    pass


NoneType = type(None)


def validate_urn_journeymd_schema_journey_1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["journeymd"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="required",
            )
        data_keys = set(data.keys())
        if "$schema" in data_keys:
            data_keys.remove("$schema")
            data__schema = data["$schema"]
            if not isinstance(data__schema, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".$schema must be string",
                    value=data__schema,
                    name="" + (name_prefix or "data") + ".$schema",
                    rule="type",
                )
        if "journeymd" in data_keys:
            data_keys.remove("journeymd")
            data__journeymd = data["journeymd"]
            if (
                not isinstance(data__journeymd, int)
                and (not (isinstance(data__journeymd, float) and data__journeymd.is_integer()))
                or isinstance(data__journeymd, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".journeymd must be integer",
                    value=data__journeymd,
                    name="" + (name_prefix or "data") + ".journeymd",
                    rule="type",
                )
            if not (
                isinstance(data__journeymd, (int, float))
                and (not isinstance(data__journeymd, bool))
                and (data__journeymd == 1)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".journeymd must be same as const definition: 1",
                    value=data__journeymd,
                    name="" + (name_prefix or "data") + ".journeymd",
                    rule="const",
                )
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            validate___definitions_label(data__title, custom_formats, (name_prefix or "data") + ".title")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate___definitions_text(data__description, custom_formats, (name_prefix or "data") + ".description")
        if "related" in data_keys:
            data_keys.remove("related")
            data__related = data["related"]
            if not isinstance(data__related, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".related must be array",
                    value=data__related,
                    name="" + (name_prefix or "data") + ".related",
                    rule="type",
                )
            data__related_is_list = isinstance(data__related, (list, tuple))
            if data__related_is_list:
                data__related_len = len(data__related)
                if data__related_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".related must contain at least 1 items",
                        value=data__related,
                        name="" + (name_prefix or "data") + ".related",
                        rule="minItems",
                    )
                if data__related_len > 50:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".related must contain less than or equal to 50 items",
                        value=data__related,
                        name="" + (name_prefix or "data") + ".related",
                        rule="maxItems",
                    )
                for data__related_x, data__related_item in enumerate(data__related):
                    data__related_item_any_of_count1 = 0
                    if not data__related_item_any_of_count1:
                        try:
                            validate___definitions_journey_path(
                                data__related_item,
                                custom_formats,
                                (name_prefix or "data") + ".related[{data__related_x}]".format(**locals()),
                            )
                            data__related_item_any_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__related_item_any_of_count1:
                        try:
                            if not isinstance(data__related_item, dict):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".related[{data__related_x}]".format(**locals())
                                    + " must be object",
                                    value=data__related_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".related[{data__related_x}]".format(**locals())
                                    + "",
                                    rule="type",
                                )
                            data__related_item_is_dict = isinstance(data__related_item, dict)
                            if data__related_item_is_dict:
                                data__related_item__missing_keys = set(["journey"]) - data__related_item.keys()
                                if data__related_item__missing_keys:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".related[{data__related_x}]".format(**locals())
                                        + " must contain "
                                        + (str(sorted(data__related_item__missing_keys)) + " properties"),
                                        value=data__related_item,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".related[{data__related_x}]".format(**locals())
                                        + "",
                                        rule="required",
                                    )
                                data__related_item_keys = set(data__related_item.keys())
                                if "journey" in data__related_item_keys:
                                    data__related_item_keys.remove("journey")
                                    data__related_item__journey = data__related_item["journey"]
                                    validate___definitions_journey_path(
                                        data__related_item__journey,
                                        custom_formats,
                                        (name_prefix or "data")
                                        + ".related[{data__related_x}].journey".format(**locals()),
                                    )
                                if "relation" in data__related_item_keys:
                                    data__related_item_keys.remove("relation")
                                    data__related_item__relation = data__related_item["relation"]
                                    validate___definitions_label(
                                        data__related_item__relation,
                                        custom_formats,
                                        (name_prefix or "data")
                                        + ".related[{data__related_x}].relation".format(**locals()),
                                    )
                                for data__related_item_key, data__related_item_val in data__related_item.items():
                                    if REGEX_PATTERNS["^x-"].search(data__related_item_key):
                                        if data__related_item_key in data__related_item_keys:
                                            data__related_item_keys.remove(data__related_item_key)
                                if data__related_item_keys:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".related[{data__related_x}]".format(**locals())
                                        + " must not contain "
                                        + str(data__related_item_keys)
                                        + " properties",
                                        value=data__related_item,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".related[{data__related_x}]".format(**locals())
                                        + "",
                                        rule="additionalProperties",
                                    )
                            data__related_item_any_of_count1 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__related_item_any_of_count1:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".related[{data__related_x}]".format(**locals())
                            + " cannot be validated by any definition",
                            value=data__related_item,
                            name="" + (name_prefix or "data") + ".related[{data__related_x}]".format(**locals()) + "",
                            rule="anyOf",
                        )
        if "catalogue" in data_keys:
            data_keys.remove("catalogue")
            data__catalogue = data["catalogue"]
            if not isinstance(data__catalogue, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".catalogue must be string",
                    value=data__catalogue,
                    name="" + (name_prefix or "data") + ".catalogue",
                    rule="type",
                )
            if isinstance(data__catalogue, str):
                data__catalogue_len = len(data__catalogue)
                if data__catalogue_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".catalogue must be longer than or equal to 1 characters",
                        value=data__catalogue,
                        name="" + (name_prefix or "data") + ".catalogue",
                        rule="minLength",
                    )
        if "include" in data_keys:
            data_keys.remove("include")
            data__include = data["include"]
            if not isinstance(data__include, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".include must be array",
                    value=data__include,
                    name="" + (name_prefix or "data") + ".include",
                    rule="type",
                )
            data__include_is_list = isinstance(data__include, (list, tuple))
            if data__include_is_list:
                data__include_len = len(data__include)
                if data__include_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".include must contain at least 1 items",
                        value=data__include,
                        name="" + (name_prefix or "data") + ".include",
                        rule="minItems",
                    )

                def fn(var):
                    return (
                        frozenset(dict(((k, fn(v)) for k, v in var.items())).items())
                        if hasattr(var, "items")
                        else tuple((fn(v) for v in var))
                        if isinstance(var, (dict, list))
                        else (bool, var)
                        if isinstance(var, bool)
                        else var
                    )

                if data__include_len > len(set((fn(data__include_x) for data__include_x in data__include))):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".include must contain unique items",
                        value=data__include,
                        name="" + (name_prefix or "data") + ".include",
                        rule="uniqueItems",
                    )
                for data__include_x, data__include_item in enumerate(data__include):
                    if not isinstance(data__include_item, str):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".include[{data__include_x}]".format(**locals())
                            + " must be string",
                            value=data__include_item,
                            name="" + (name_prefix or "data") + ".include[{data__include_x}]".format(**locals()) + "",
                            rule="type",
                        )
                    if isinstance(data__include_item, str):
                        data__include_item_len = len(data__include_item)
                        if data__include_item_len < 1:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".include[{data__include_x}]".format(**locals())
                                + " must be longer than or equal to 1 characters",
                                value=data__include_item,
                                name=""
                                + (name_prefix or "data")
                                + ".include[{data__include_x}]".format(**locals())
                                + "",
                                rule="minLength",
                            )
        if "data" in data_keys:
            data_keys.remove("data")
            data__data = data["data"]
            if not isinstance(data__data, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".data must be array",
                    value=data__data,
                    name="" + (name_prefix or "data") + ".data",
                    rule="type",
                )
            data__data_is_list = isinstance(data__data, (list, tuple))
            if data__data_is_list:
                data__data_len = len(data__data)
                if data__data_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".data must contain at least 1 items",
                        value=data__data,
                        name="" + (name_prefix or "data") + ".data",
                        rule="minItems",
                    )
                for data__data_x, data__data_item in enumerate(data__data):
                    data__data_item_any_of_count2 = 0
                    if not data__data_item_any_of_count2:
                        try:
                            if not isinstance(data__data_item, str):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".data[{data__data_x}]".format(**locals())
                                    + " must be string",
                                    value=data__data_item,
                                    name="" + (name_prefix or "data") + ".data[{data__data_x}]".format(**locals()) + "",
                                    rule="type",
                                )
                            if isinstance(data__data_item, str):
                                data__data_item_len = len(data__data_item)
                                if data__data_item_len < 1:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".data[{data__data_x}]".format(**locals())
                                        + " must be longer than or equal to 1 characters",
                                        value=data__data_item,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".data[{data__data_x}]".format(**locals())
                                        + "",
                                        rule="minLength",
                                    )
                            data__data_item_any_of_count2 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__data_item_any_of_count2:
                        try:
                            if not isinstance(data__data_item, dict):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".data[{data__data_x}]".format(**locals())
                                    + " must be object",
                                    value=data__data_item,
                                    name="" + (name_prefix or "data") + ".data[{data__data_x}]".format(**locals()) + "",
                                    rule="type",
                                )
                            data__data_item_is_dict = isinstance(data__data_item, dict)
                            if data__data_item_is_dict:
                                data__data_item__missing_keys = set(["file"]) - data__data_item.keys()
                                if data__data_item__missing_keys:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".data[{data__data_x}]".format(**locals())
                                        + " must contain "
                                        + (str(sorted(data__data_item__missing_keys)) + " properties"),
                                        value=data__data_item,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".data[{data__data_x}]".format(**locals())
                                        + "",
                                        rule="required",
                                    )
                                data__data_item_keys = set(data__data_item.keys())
                                if "file" in data__data_item_keys:
                                    data__data_item_keys.remove("file")
                                    data__data_item__file = data__data_item["file"]
                                    if not isinstance(data__data_item__file, str):
                                        raise JsonSchemaValueException(
                                            ""
                                            + (name_prefix or "data")
                                            + ".data[{data__data_x}].file".format(**locals())
                                            + " must be string",
                                            value=data__data_item__file,
                                            name=""
                                            + (name_prefix or "data")
                                            + ".data[{data__data_x}].file".format(**locals())
                                            + "",
                                            rule="type",
                                        )
                                    if isinstance(data__data_item__file, str):
                                        data__data_item__file_len = len(data__data_item__file)
                                        if data__data_item__file_len < 1:
                                            raise JsonSchemaValueException(
                                                ""
                                                + (name_prefix or "data")
                                                + ".data[{data__data_x}].file".format(**locals())
                                                + " must be longer than or equal to 1 characters",
                                                value=data__data_item__file,
                                                name=""
                                                + (name_prefix or "data")
                                                + ".data[{data__data_x}].file".format(**locals())
                                                + "",
                                                rule="minLength",
                                            )
                                if "label" in data__data_item_keys:
                                    data__data_item_keys.remove("label")
                                    data__data_item__label = data__data_item["label"]
                                    if not isinstance(data__data_item__label, str):
                                        raise JsonSchemaValueException(
                                            ""
                                            + (name_prefix or "data")
                                            + ".data[{data__data_x}].label".format(**locals())
                                            + " must be string",
                                            value=data__data_item__label,
                                            name=""
                                            + (name_prefix or "data")
                                            + ".data[{data__data_x}].label".format(**locals())
                                            + "",
                                            rule="type",
                                        )
                                    if isinstance(data__data_item__label, str):
                                        data__data_item__label_len = len(data__data_item__label)
                                        if data__data_item__label_len < 1:
                                            raise JsonSchemaValueException(
                                                ""
                                                + (name_prefix or "data")
                                                + ".data[{data__data_x}].label".format(**locals())
                                                + " must be longer than or equal to 1 characters",
                                                value=data__data_item__label,
                                                name=""
                                                + (name_prefix or "data")
                                                + ".data[{data__data_x}].label".format(**locals())
                                                + "",
                                                rule="minLength",
                                            )
                                if "map" in data__data_item_keys:
                                    data__data_item_keys.remove("map")
                                    data__data_item__map = data__data_item["map"]
                                    if not isinstance(data__data_item__map, dict):
                                        raise JsonSchemaValueException(
                                            ""
                                            + (name_prefix or "data")
                                            + ".data[{data__data_x}].map".format(**locals())
                                            + " must be object",
                                            value=data__data_item__map,
                                            name=""
                                            + (name_prefix or "data")
                                            + ".data[{data__data_x}].map".format(**locals())
                                            + "",
                                            rule="type",
                                        )
                                    data__data_item__map_is_dict = isinstance(data__data_item__map, dict)
                                    if data__data_item__map_is_dict:
                                        data__data_item__map_keys = set(data__data_item__map.keys())
                                        for data__data_item__map_key in data__data_item__map_keys:
                                            if data__data_item__map_key not in []:
                                                data__data_item__map_value = data__data_item__map.get(
                                                    data__data_item__map_key
                                                )
                                                if not isinstance(data__data_item__map_value, str):
                                                    raise JsonSchemaValueException(
                                                        ""
                                                        + (name_prefix or "data")
                                                        + ".data[{data__data_x}].map.{data__data_item__map_key}".format(
                                                            **locals()
                                                        )
                                                        + " must be string",
                                                        value=data__data_item__map_value,
                                                        name=""
                                                        + (name_prefix or "data")
                                                        + ".data[{data__data_x}].map.{data__data_item__map_key}".format(
                                                            **locals()
                                                        )
                                                        + "",
                                                        rule="type",
                                                    )
                                                if isinstance(data__data_item__map_value, str):
                                                    data__data_item__map_value_len = len(data__data_item__map_value)
                                                    if data__data_item__map_value_len < 1:
                                                        raise JsonSchemaValueException(
                                                            ""
                                                            + (name_prefix or "data")
                                                            + ".data[{data__data_x}].map.{data__data_item__map_key}".format(
                                                                **locals()
                                                            )
                                                            + " must be longer than or equal to 1 characters",
                                                            value=data__data_item__map_value,
                                                            name=""
                                                            + (name_prefix or "data")
                                                            + ".data[{data__data_x}].map.{data__data_item__map_key}".format(
                                                                **locals()
                                                            )
                                                            + "",
                                                            rule="minLength",
                                                        )
                                if data__data_item_keys:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".data[{data__data_x}]".format(**locals())
                                        + " must not contain "
                                        + str(data__data_item_keys)
                                        + " properties",
                                        value=data__data_item,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".data[{data__data_x}]".format(**locals())
                                        + "",
                                        rule="additionalProperties",
                                    )
                            data__data_item_any_of_count2 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__data_item_any_of_count2:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".data[{data__data_x}]".format(**locals())
                            + " cannot be validated by any definition",
                            value=data__data_item,
                            name="" + (name_prefix or "data") + ".data[{data__data_x}]".format(**locals()) + "",
                            rule="anyOf",
                        )
        if "locale" in data_keys:
            data_keys.remove("locale")
            data__locale = data["locale"]
            if not isinstance(data__locale, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".locale must be string",
                    value=data__locale,
                    name="" + (name_prefix or "data") + ".locale",
                    rule="type",
                )
            if not (
                isinstance(data__locale, str)
                and data__locale == "en"
                or (isinstance(data__locale, str) and data__locale == "nl")
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".locale must be one of ['en', 'nl']",
                    value=data__locale,
                    name="" + (name_prefix or "data") + ".locale",
                    rule="enum",
                )
        else:
            data["locale"] = "en"
        if "persona" in data_keys:
            data_keys.remove("persona")
            data__persona = data["persona"]
            validate___definitions_id(data__persona, custom_formats, (name_prefix or "data") + ".persona")
        if "personas" in data_keys:
            data_keys.remove("personas")
            data__personas = data["personas"]
            if not isinstance(data__personas, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".personas must be array",
                    value=data__personas,
                    name="" + (name_prefix or "data") + ".personas",
                    rule="type",
                )
            data__personas_is_list = isinstance(data__personas, (list, tuple))
            if data__personas_is_list:
                data__personas_len = len(data__personas)
                for data__personas_x, data__personas_item in enumerate(data__personas):
                    validate___definitions_persona(
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
                    rule="type",
                )
            data__touchpoints_is_list = isinstance(data__touchpoints, (list, tuple))
            if data__touchpoints_is_list:
                data__touchpoints_len = len(data__touchpoints)
                for data__touchpoints_x, data__touchpoints_item in enumerate(data__touchpoints):
                    validate___definitions_touchpoint(
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
                    rule="type",
                )
            data__departments_is_list = isinstance(data__departments, (list, tuple))
            if data__departments_is_list:
                data__departments_len = len(data__departments)
                for data__departments_x, data__departments_item in enumerate(data__departments):
                    validate___definitions_department(
                        data__departments_item,
                        custom_formats,
                        (name_prefix or "data") + ".departments[{data__departments_x}]".format(**locals()),
                    )
        if "sources" in data_keys:
            data_keys.remove("sources")
            data__sources = data["sources"]
            if not isinstance(data__sources, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".sources must be array",
                    value=data__sources,
                    name="" + (name_prefix or "data") + ".sources",
                    rule="type",
                )
            data__sources_is_list = isinstance(data__sources, (list, tuple))
            if data__sources_is_list:
                data__sources_len = len(data__sources)
                for data__sources_x, data__sources_item in enumerate(data__sources):
                    validate___definitions_source(
                        data__sources_item,
                        custom_formats,
                        (name_prefix or "data") + ".sources[{data__sources_x}]".format(**locals()),
                    )
        if "lanes" in data_keys:
            data_keys.remove("lanes")
            data__lanes = data["lanes"]
            if not isinstance(data__lanes, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".lanes must be array",
                    value=data__lanes,
                    name="" + (name_prefix or "data") + ".lanes",
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
                        rule="minItems",
                    )

                def fn(var):
                    return (
                        frozenset(dict(((k, fn(v)) for k, v in var.items())).items())
                        if hasattr(var, "items")
                        else tuple((fn(v) for v in var))
                        if isinstance(var, (dict, list))
                        else (bool, var)
                        if isinstance(var, bool)
                        else var
                    )

                if data__lanes_len > len(set((fn(data__lanes_x) for data__lanes_x in data__lanes))):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".lanes must contain unique items",
                        value=data__lanes,
                        name="" + (name_prefix or "data") + ".lanes",
                        rule="uniqueItems",
                    )
                for data__lanes_x, data__lanes_item in enumerate(data__lanes):
                    data__lanes_item_any_of_count3 = 0
                    if not data__lanes_item_any_of_count3:
                        try:
                            if not isinstance(data__lanes_item, str):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".lanes[{data__lanes_x}]".format(**locals())
                                    + " must be string",
                                    value=data__lanes_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".lanes[{data__lanes_x}]".format(**locals())
                                    + "",
                                    rule="type",
                                )
                            if not (
                                isinstance(data__lanes_item, str)
                                and data__lanes_item == "steps"
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "storyboard")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "thinks")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "feels")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "motivation")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "quotes")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "emotion")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "questions")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "touchpoints")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "departments")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "pain_points")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "opportunities")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "evidence")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "frontstage")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "backstage")
                                or (isinstance(data__lanes_item, str) and data__lanes_item == "support")
                            ):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".lanes[{data__lanes_x}]".format(**locals())
                                    + " must be one of ['steps', 'storyboard', 'thinks', 'feels', 'motivation', 'quotes', 'emotion', 'questions', 'touchpoints', 'departments', 'pain_points', 'opportunities', 'evidence', 'frontstage', 'backstage', 'support']",
                                    value=data__lanes_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".lanes[{data__lanes_x}]".format(**locals())
                                    + "",
                                    rule="enum",
                                )
                            data__lanes_item_any_of_count3 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__lanes_item_any_of_count3:
                        try:
                            validate___definitions_custom_lane(
                                data__lanes_item,
                                custom_formats,
                                (name_prefix or "data") + ".lanes[{data__lanes_x}]".format(**locals()),
                            )
                            data__lanes_item_any_of_count3 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__lanes_item_any_of_count3:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".lanes[{data__lanes_x}]".format(**locals())
                            + " cannot be validated by any definition",
                            value=data__lanes_item,
                            name="" + (name_prefix or "data") + ".lanes[{data__lanes_x}]".format(**locals()) + "",
                            rule="anyOf",
                        )
        if "emotion_scale" in data_keys:
            data_keys.remove("emotion_scale")
            data__emotionscale = data["emotion_scale"]
            if not isinstance(data__emotionscale, dict):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".emotion_scale must be object",
                    value=data__emotionscale,
                    name="" + (name_prefix or "data") + ".emotion_scale",
                    rule="type",
                )
            data__emotionscale_is_dict = isinstance(data__emotionscale, dict)
            if data__emotionscale_is_dict:
                data__emotionscale_keys = set(data__emotionscale.keys())
                if "min" in data__emotionscale_keys:
                    data__emotionscale_keys.remove("min")
                    data__emotionscale__min = data__emotionscale["min"]
                    if (
                        not isinstance(data__emotionscale__min, int)
                        and (not (isinstance(data__emotionscale__min, float) and data__emotionscale__min.is_integer()))
                        or isinstance(data__emotionscale__min, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".emotion_scale.min must be integer",
                            value=data__emotionscale__min,
                            name="" + (name_prefix or "data") + ".emotion_scale.min",
                            rule="type",
                        )
                    if isinstance(data__emotionscale__min, (int, float, Decimal)) and (
                        not isinstance(data__emotionscale__min, bool)
                    ):
                        if data__emotionscale__min < -10:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".emotion_scale.min must be bigger than or equal to -10",
                                value=data__emotionscale__min,
                                name="" + (name_prefix or "data") + ".emotion_scale.min",
                                rule="minimum",
                            )
                        if data__emotionscale__min > 10:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".emotion_scale.min must be smaller than or equal to 10",
                                value=data__emotionscale__min,
                                name="" + (name_prefix or "data") + ".emotion_scale.min",
                                rule="maximum",
                            )
                if "max" in data__emotionscale_keys:
                    data__emotionscale_keys.remove("max")
                    data__emotionscale__max = data__emotionscale["max"]
                    if (
                        not isinstance(data__emotionscale__max, int)
                        and (not (isinstance(data__emotionscale__max, float) and data__emotionscale__max.is_integer()))
                        or isinstance(data__emotionscale__max, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".emotion_scale.max must be integer",
                            value=data__emotionscale__max,
                            name="" + (name_prefix or "data") + ".emotion_scale.max",
                            rule="type",
                        )
                    if isinstance(data__emotionscale__max, (int, float, Decimal)) and (
                        not isinstance(data__emotionscale__max, bool)
                    ):
                        if data__emotionscale__max < -10:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".emotion_scale.max must be bigger than or equal to -10",
                                value=data__emotionscale__max,
                                name="" + (name_prefix or "data") + ".emotion_scale.max",
                                rule="minimum",
                            )
                        if data__emotionscale__max > 10:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".emotion_scale.max must be smaller than or equal to 10",
                                value=data__emotionscale__max,
                                name="" + (name_prefix or "data") + ".emotion_scale.max",
                                rule="maximum",
                            )
                if "levels" in data__emotionscale_keys:
                    data__emotionscale_keys.remove("levels")
                    data__emotionscale__levels = data__emotionscale["levels"]
                    if not isinstance(data__emotionscale__levels, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".emotion_scale.levels must be array",
                            value=data__emotionscale__levels,
                            name="" + (name_prefix or "data") + ".emotion_scale.levels",
                            rule="type",
                        )
                    data__emotionscale__levels_is_list = isinstance(data__emotionscale__levels, (list, tuple))
                    if data__emotionscale__levels_is_list:
                        data__emotionscale__levels_len = len(data__emotionscale__levels)
                        if data__emotionscale__levels_len < 2:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".emotion_scale.levels must contain at least 2 items",
                                value=data__emotionscale__levels,
                                name="" + (name_prefix or "data") + ".emotion_scale.levels",
                                rule="minItems",
                            )
                        if data__emotionscale__levels_len > 11:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".emotion_scale.levels must contain less than or equal to 11 items",
                                value=data__emotionscale__levels,
                                name="" + (name_prefix or "data") + ".emotion_scale.levels",
                                rule="maxItems",
                            )
                        for data__emotionscale__levels_x, data__emotionscale__levels_item in enumerate(
                            data__emotionscale__levels
                        ):
                            validate___definitions_label(
                                data__emotionscale__levels_item,
                                custom_formats,
                                (name_prefix or "data")
                                + ".emotion_scale.levels[{data__emotionscale__levels_x}]".format(**locals()),
                            )
                if "faces" in data__emotionscale_keys:
                    data__emotionscale_keys.remove("faces")
                    data__emotionscale__faces = data__emotionscale["faces"]
                    if not isinstance(data__emotionscale__faces, bool):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".emotion_scale.faces must be boolean",
                            value=data__emotionscale__faces,
                            name="" + (name_prefix or "data") + ".emotion_scale.faces",
                            rule="type",
                        )
                else:
                    data__emotionscale["faces"] = False
                for data__emotionscale_key, data__emotionscale_val in data__emotionscale.items():
                    if REGEX_PATTERNS["^x-"].search(data__emotionscale_key):
                        if data__emotionscale_key in data__emotionscale_keys:
                            data__emotionscale_keys.remove(data__emotionscale_key)
                if data__emotionscale_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".emotion_scale must not contain "
                        + str(data__emotionscale_keys)
                        + " properties",
                        value=data__emotionscale,
                        name="" + (name_prefix or "data") + ".emotion_scale",
                        rule="additionalProperties",
                    )
        if "phases" in data_keys:
            data_keys.remove("phases")
            data__phases = data["phases"]
            if not isinstance(data__phases, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".phases must be array",
                    value=data__phases,
                    name="" + (name_prefix or "data") + ".phases",
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
                        rule="minItems",
                    )
                for data__phases_x, data__phases_item in enumerate(data__phases):
                    validate___definitions_phase(
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
                rule="additionalProperties",
            )
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(["catalogue"]) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    rule="required",
                )
    except (JsonSchemaValueException, JsonSchemaValuesException):
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(["phases"]) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    rule="required",
                )
    else:
        pass
    return data


def validate___definitions_phase(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
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
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate___definitions_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate___definitions_label(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate___definitions_text(data__description, custom_formats, (name_prefix or "data") + ".description")
        if "goal" in data_keys:
            data_keys.remove("goal")
            data__goal = data["goal"]
            validate___definitions_text(data__goal, custom_formats, (name_prefix or "data") + ".goal")
        if "duration" in data_keys:
            data_keys.remove("duration")
            data__duration = data["duration"]
            validate___definitions_duration(data__duration, custom_formats, (name_prefix or "data") + ".duration")
        if "kpis" in data_keys:
            data_keys.remove("kpis")
            data__kpis = data["kpis"]
            if not isinstance(data__kpis, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".kpis must be array",
                    value=data__kpis,
                    name="" + (name_prefix or "data") + ".kpis",
                    rule="type",
                )
            data__kpis_is_list = isinstance(data__kpis, (list, tuple))
            if data__kpis_is_list:
                data__kpis_len = len(data__kpis)
                for data__kpis_x, data__kpis_item in enumerate(data__kpis):
                    validate___definitions_kpi(
                        data__kpis_item,
                        custom_formats,
                        (name_prefix or "data") + ".kpis[{data__kpis_x}]".format(**locals()),
                    )
        if "questions" in data_keys:
            data_keys.remove("questions")
            data__questions = data["questions"]
            validate___definitions_texts(data__questions, custom_formats, (name_prefix or "data") + ".questions")
        if "steps" in data_keys:
            data_keys.remove("steps")
            data__steps = data["steps"]
            if not isinstance(data__steps, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".steps must be array",
                    value=data__steps,
                    name="" + (name_prefix or "data") + ".steps",
                    rule="type",
                )
            data__steps_is_list = isinstance(data__steps, (list, tuple))
            if data__steps_is_list:
                data__steps_len = len(data__steps)
                for data__steps_x, data__steps_item in enumerate(data__steps):
                    validate___definitions_step(
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
                rule="additionalProperties",
            )
    return data


def validate___definitions_step(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
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
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate___definitions_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate___definitions_label(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate___definitions_text(data__description, custom_formats, (name_prefix or "data") + ".description")
        if "does" in data_keys:
            data_keys.remove("does")
            data__does = data["does"]
            validate___definitions_text(data__does, custom_formats, (name_prefix or "data") + ".does")
        if "thinks" in data_keys:
            data_keys.remove("thinks")
            data__thinks = data["thinks"]
            validate___definitions_text(data__thinks, custom_formats, (name_prefix or "data") + ".thinks")
        if "feels" in data_keys:
            data_keys.remove("feels")
            data__feels = data["feels"]
            validate___definitions_text(data__feels, custom_formats, (name_prefix or "data") + ".feels")
        if "motivation" in data_keys:
            data_keys.remove("motivation")
            data__motivation = data["motivation"]
            data__motivation_any_of_count4 = 0
            if not data__motivation_any_of_count4:
                try:
                    validate___definitions_text(
                        data__motivation, custom_formats, (name_prefix or "data") + ".motivation"
                    )
                    data__motivation_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__motivation_any_of_count4:
                try:
                    validate___definitions_texts(
                        data__motivation, custom_formats, (name_prefix or "data") + ".motivation"
                    )
                    data__motivation_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__motivation_any_of_count4:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".motivation cannot be validated by any definition",
                    value=data__motivation,
                    name="" + (name_prefix or "data") + ".motivation",
                    rule="anyOf",
                )
        if "questions" in data_keys:
            data_keys.remove("questions")
            data__questions = data["questions"]
            validate___definitions_texts(data__questions, custom_formats, (name_prefix or "data") + ".questions")
        if "emotion" in data_keys:
            data_keys.remove("emotion")
            data__emotion = data["emotion"]
            data__emotion_any_of_count5 = 0
            if not data__emotion_any_of_count5:
                try:
                    validate___definitions_score(data__emotion, custom_formats, (name_prefix or "data") + ".emotion")
                    data__emotion_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__emotion_any_of_count5:
                try:
                    if not isinstance(data__emotion, dict):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".emotion must be object",
                            value=data__emotion,
                            name="" + (name_prefix or "data") + ".emotion",
                            rule="type",
                        )
                    data__emotion_is_dict = isinstance(data__emotion, dict)
                    if data__emotion_is_dict:
                        data__emotion_keys = set(data__emotion.keys())
                        for data__emotion_key in data__emotion_keys:
                            if data__emotion_key not in []:
                                data__emotion_value = data__emotion.get(data__emotion_key)
                                validate___definitions_score(
                                    data__emotion_value,
                                    custom_formats,
                                    (name_prefix or "data") + ".emotion.{data__emotion_key}".format(**locals()),
                                )
                        data__emotion_len = len(data__emotion)
                        if data__emotion_len != 0:
                            data__emotion_property_names = True
                            for data__emotion_key in data__emotion:
                                try:
                                    validate___definitions_id(
                                        data__emotion_key, custom_formats, (name_prefix or "data") + ".emotion"
                                    )
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    data__emotion_property_names = False
                            if not data__emotion_property_names:
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".emotion must be named by propertyName definition",
                                    value=data__emotion,
                                    name="" + (name_prefix or "data") + ".emotion",
                                    rule="propertyNames",
                                )
                    data__emotion_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__emotion_any_of_count5:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".emotion cannot be validated by any definition",
                    value=data__emotion,
                    name="" + (name_prefix or "data") + ".emotion",
                    rule="anyOf",
                )
        if "personas" in data_keys:
            data_keys.remove("personas")
            data__personas = data["personas"]
            if not isinstance(data__personas, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".personas must be array",
                    value=data__personas,
                    name="" + (name_prefix or "data") + ".personas",
                    rule="type",
                )
            data__personas_is_list = isinstance(data__personas, (list, tuple))
            if data__personas_is_list:
                data__personas_len = len(data__personas)
                if data__personas_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".personas must contain at least 1 items",
                        value=data__personas,
                        name="" + (name_prefix or "data") + ".personas",
                        rule="minItems",
                    )

                def fn(var):
                    return (
                        frozenset(dict(((k, fn(v)) for k, v in var.items())).items())
                        if hasattr(var, "items")
                        else tuple((fn(v) for v in var))
                        if isinstance(var, (dict, list))
                        else (bool, var)
                        if isinstance(var, bool)
                        else var
                    )

                if data__personas_len > len(set((fn(data__personas_x) for data__personas_x in data__personas))):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".personas must contain unique items",
                        value=data__personas,
                        name="" + (name_prefix or "data") + ".personas",
                        rule="uniqueItems",
                    )
                for data__personas_x, data__personas_item in enumerate(data__personas):
                    validate___definitions_id(
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
                    rule="type",
                )
            data__touchpoints_is_list = isinstance(data__touchpoints, (list, tuple))
            if data__touchpoints_is_list:
                data__touchpoints_len = len(data__touchpoints)
                for data__touchpoints_x, data__touchpoints_item in enumerate(data__touchpoints):
                    validate___definitions_touchpoint_use(
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
                    rule="type",
                )
            data__departments_is_list = isinstance(data__departments, (list, tuple))
            if data__departments_is_list:
                data__departments_len = len(data__departments)
                for data__departments_x, data__departments_item in enumerate(data__departments):
                    validate___definitions_label(
                        data__departments_item,
                        custom_formats,
                        (name_prefix or "data") + ".departments[{data__departments_x}]".format(**locals()),
                    )
        if "pain_points" in data_keys:
            data_keys.remove("pain_points")
            data__painpoints = data["pain_points"]
            if not isinstance(data__painpoints, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".pain_points must be array",
                    value=data__painpoints,
                    name="" + (name_prefix or "data") + ".pain_points",
                    rule="type",
                )
            data__painpoints_is_list = isinstance(data__painpoints, (list, tuple))
            if data__painpoints_is_list:
                data__painpoints_len = len(data__painpoints)
                for data__painpoints_x, data__painpoints_item in enumerate(data__painpoints):
                    data__painpoints_item_any_of_count6 = 0
                    if not data__painpoints_item_any_of_count6:
                        try:
                            validate___definitions_text(
                                data__painpoints_item,
                                custom_formats,
                                (name_prefix or "data") + ".pain_points[{data__painpoints_x}]".format(**locals()),
                            )
                            data__painpoints_item_any_of_count6 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__painpoints_item_any_of_count6:
                        try:
                            if not isinstance(data__painpoints_item, dict):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".pain_points[{data__painpoints_x}]".format(**locals())
                                    + " must be object",
                                    value=data__painpoints_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".pain_points[{data__painpoints_x}]".format(**locals())
                                    + "",
                                    rule="type",
                                )
                            data__painpoints_item_is_dict = isinstance(data__painpoints_item, dict)
                            if data__painpoints_item_is_dict:
                                data__painpoints_item__missing_keys = set(["text"]) - data__painpoints_item.keys()
                                if data__painpoints_item__missing_keys:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".pain_points[{data__painpoints_x}]".format(**locals())
                                        + " must contain "
                                        + (str(sorted(data__painpoints_item__missing_keys)) + " properties"),
                                        value=data__painpoints_item,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".pain_points[{data__painpoints_x}]".format(**locals())
                                        + "",
                                        rule="required",
                                    )
                                data__painpoints_item_keys = set(data__painpoints_item.keys())
                                if "text" in data__painpoints_item_keys:
                                    data__painpoints_item_keys.remove("text")
                                    data__painpoints_item__text = data__painpoints_item["text"]
                                    validate___definitions_text(
                                        data__painpoints_item__text,
                                        custom_formats,
                                        (name_prefix or "data")
                                        + ".pain_points[{data__painpoints_x}].text".format(**locals()),
                                    )
                                if "research" in data__painpoints_item_keys:
                                    data__painpoints_item_keys.remove("research")
                                    data__painpoints_item__research = data__painpoints_item["research"]
                                    validate___definitions_research_basis(
                                        data__painpoints_item__research,
                                        custom_formats,
                                        (name_prefix or "data")
                                        + ".pain_points[{data__painpoints_x}].research".format(**locals()),
                                    )
                                for (
                                    data__painpoints_item_key,
                                    data__painpoints_item_val,
                                ) in data__painpoints_item.items():
                                    if REGEX_PATTERNS["^x-"].search(data__painpoints_item_key):
                                        if data__painpoints_item_key in data__painpoints_item_keys:
                                            data__painpoints_item_keys.remove(data__painpoints_item_key)
                                if data__painpoints_item_keys:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".pain_points[{data__painpoints_x}]".format(**locals())
                                        + " must not contain "
                                        + str(data__painpoints_item_keys)
                                        + " properties",
                                        value=data__painpoints_item,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".pain_points[{data__painpoints_x}]".format(**locals())
                                        + "",
                                        rule="additionalProperties",
                                    )
                            data__painpoints_item_any_of_count6 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__painpoints_item_any_of_count6:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".pain_points[{data__painpoints_x}]".format(**locals())
                            + " cannot be validated by any definition",
                            value=data__painpoints_item,
                            name=""
                            + (name_prefix or "data")
                            + ".pain_points[{data__painpoints_x}]".format(**locals())
                            + "",
                            rule="anyOf",
                        )
        if "opportunities" in data_keys:
            data_keys.remove("opportunities")
            data__opportunities = data["opportunities"]
            if not isinstance(data__opportunities, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".opportunities must be array",
                    value=data__opportunities,
                    name="" + (name_prefix or "data") + ".opportunities",
                    rule="type",
                )
            data__opportunities_is_list = isinstance(data__opportunities, (list, tuple))
            if data__opportunities_is_list:
                data__opportunities_len = len(data__opportunities)
                for data__opportunities_x, data__opportunities_item in enumerate(data__opportunities):
                    data__opportunities_item_any_of_count7 = 0
                    if not data__opportunities_item_any_of_count7:
                        try:
                            validate___definitions_text(
                                data__opportunities_item,
                                custom_formats,
                                (name_prefix or "data") + ".opportunities[{data__opportunities_x}]".format(**locals()),
                            )
                            data__opportunities_item_any_of_count7 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__opportunities_item_any_of_count7:
                        try:
                            if not isinstance(data__opportunities_item, dict):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".opportunities[{data__opportunities_x}]".format(**locals())
                                    + " must be object",
                                    value=data__opportunities_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".opportunities[{data__opportunities_x}]".format(**locals())
                                    + "",
                                    rule="type",
                                )
                            data__opportunities_item_is_dict = isinstance(data__opportunities_item, dict)
                            if data__opportunities_item_is_dict:
                                data__opportunities_item__missing_keys = set(["text"]) - data__opportunities_item.keys()
                                if data__opportunities_item__missing_keys:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".opportunities[{data__opportunities_x}]".format(**locals())
                                        + " must contain "
                                        + (str(sorted(data__opportunities_item__missing_keys)) + " properties"),
                                        value=data__opportunities_item,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".opportunities[{data__opportunities_x}]".format(**locals())
                                        + "",
                                        rule="required",
                                    )
                                data__opportunities_item_keys = set(data__opportunities_item.keys())
                                if "text" in data__opportunities_item_keys:
                                    data__opportunities_item_keys.remove("text")
                                    data__opportunities_item__text = data__opportunities_item["text"]
                                    validate___definitions_text(
                                        data__opportunities_item__text,
                                        custom_formats,
                                        (name_prefix or "data")
                                        + ".opportunities[{data__opportunities_x}].text".format(**locals()),
                                    )
                                if "research" in data__opportunities_item_keys:
                                    data__opportunities_item_keys.remove("research")
                                    data__opportunities_item__research = data__opportunities_item["research"]
                                    validate___definitions_research_basis(
                                        data__opportunities_item__research,
                                        custom_formats,
                                        (name_prefix or "data")
                                        + ".opportunities[{data__opportunities_x}].research".format(**locals()),
                                    )
                                for (
                                    data__opportunities_item_key,
                                    data__opportunities_item_val,
                                ) in data__opportunities_item.items():
                                    if REGEX_PATTERNS["^x-"].search(data__opportunities_item_key):
                                        if data__opportunities_item_key in data__opportunities_item_keys:
                                            data__opportunities_item_keys.remove(data__opportunities_item_key)
                                if data__opportunities_item_keys:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".opportunities[{data__opportunities_x}]".format(**locals())
                                        + " must not contain "
                                        + str(data__opportunities_item_keys)
                                        + " properties",
                                        value=data__opportunities_item,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".opportunities[{data__opportunities_x}]".format(**locals())
                                        + "",
                                        rule="additionalProperties",
                                    )
                            data__opportunities_item_any_of_count7 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__opportunities_item_any_of_count7:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".opportunities[{data__opportunities_x}]".format(**locals())
                            + " cannot be validated by any definition",
                            value=data__opportunities_item,
                            name=""
                            + (name_prefix or "data")
                            + ".opportunities[{data__opportunities_x}]".format(**locals())
                            + "",
                            rule="anyOf",
                        )
        if "duration" in data_keys:
            data_keys.remove("duration")
            data__duration = data["duration"]
            validate___definitions_duration(data__duration, custom_formats, (name_prefix or "data") + ".duration")
        if "reached" in data_keys:
            data_keys.remove("reached")
            data__reached = data["reached"]
            if (
                not isinstance(data__reached, int)
                and (not (isinstance(data__reached, float) and data__reached.is_integer()))
                or isinstance(data__reached, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".reached must be integer",
                    value=data__reached,
                    name="" + (name_prefix or "data") + ".reached",
                    rule="type",
                )
            if isinstance(data__reached, (int, float, Decimal)) and (not isinstance(data__reached, bool)):
                if data__reached < 0:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".reached must be bigger than or equal to 0",
                        value=data__reached,
                        name="" + (name_prefix or "data") + ".reached",
                        rule="minimum",
                    )
                if data__reached > 1000000000000000:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".reached must be smaller than or equal to 1000000000000000",
                        value=data__reached,
                        name="" + (name_prefix or "data") + ".reached",
                        rule="maximum",
                    )
        if "drop_off" in data_keys:
            data_keys.remove("drop_off")
            data__dropoff = data["drop_off"]
            validate___definitions_drop_off(data__dropoff, custom_formats, (name_prefix or "data") + ".drop_off")
        if "next" in data_keys:
            data_keys.remove("next")
            data__next = data["next"]
            data__next_any_of_count8 = 0
            if not data__next_any_of_count8:
                try:
                    if not isinstance(data__next, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".next must be array",
                            value=data__next,
                            name="" + (name_prefix or "data") + ".next",
                            rule="type",
                        )
                    data__next_is_list = isinstance(data__next, (list, tuple))
                    if data__next_is_list:
                        data__next_len = len(data__next)
                        for data__next_x, data__next_item in enumerate(data__next):
                            validate___definitions_link(
                                data__next_item,
                                custom_formats,
                                (name_prefix or "data") + ".next[{data__next_x}]".format(**locals()),
                            )
                    data__next_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__next_any_of_count8:
                try:
                    validate___definitions_link(data__next, custom_formats, (name_prefix or "data") + ".next")
                    data__next_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__next_any_of_count8:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".next cannot be validated by any definition",
                    value=data__next,
                    name="" + (name_prefix or "data") + ".next",
                    rule="anyOf",
                )
        if "opens" in data_keys:
            data_keys.remove("opens")
            data__opens = data["opens"]
            validate___definitions_journey_path(data__opens, custom_formats, (name_prefix or "data") + ".opens")
        if "evidence" in data_keys:
            data_keys.remove("evidence")
            data__evidence = data["evidence"]
            validate___definitions_texts(data__evidence, custom_formats, (name_prefix or "data") + ".evidence")
        if "frontstage" in data_keys:
            data_keys.remove("frontstage")
            data__frontstage = data["frontstage"]
            if not isinstance(data__frontstage, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".frontstage must be array",
                    value=data__frontstage,
                    name="" + (name_prefix or "data") + ".frontstage",
                    rule="type",
                )
            data__frontstage_is_list = isinstance(data__frontstage, (list, tuple))
            if data__frontstage_is_list:
                data__frontstage_len = len(data__frontstage)
                for data__frontstage_x, data__frontstage_item in enumerate(data__frontstage):
                    validate___definitions_action(
                        data__frontstage_item,
                        custom_formats,
                        (name_prefix or "data") + ".frontstage[{data__frontstage_x}]".format(**locals()),
                    )
        if "backstage" in data_keys:
            data_keys.remove("backstage")
            data__backstage = data["backstage"]
            if not isinstance(data__backstage, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".backstage must be array",
                    value=data__backstage,
                    name="" + (name_prefix or "data") + ".backstage",
                    rule="type",
                )
            data__backstage_is_list = isinstance(data__backstage, (list, tuple))
            if data__backstage_is_list:
                data__backstage_len = len(data__backstage)
                for data__backstage_x, data__backstage_item in enumerate(data__backstage):
                    validate___definitions_action(
                        data__backstage_item,
                        custom_formats,
                        (name_prefix or "data") + ".backstage[{data__backstage_x}]".format(**locals()),
                    )
        if "support" in data_keys:
            data_keys.remove("support")
            data__support = data["support"]
            if not isinstance(data__support, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".support must be array",
                    value=data__support,
                    name="" + (name_prefix or "data") + ".support",
                    rule="type",
                )
            data__support_is_list = isinstance(data__support, (list, tuple))
            if data__support_is_list:
                data__support_len = len(data__support)
                for data__support_x, data__support_item in enumerate(data__support):
                    validate___definitions_action(
                        data__support_item,
                        custom_formats,
                        (name_prefix or "data") + ".support[{data__support_x}]".format(**locals()),
                    )
        if "fail_point" in data_keys:
            data_keys.remove("fail_point")
            data__failpoint = data["fail_point"]
            validate___definitions_text(data__failpoint, custom_formats, (name_prefix or "data") + ".fail_point")
        if "time_standard" in data_keys:
            data_keys.remove("time_standard")
            data__timestandard = data["time_standard"]
            validate___definitions_duration(
                data__timestandard, custom_formats, (name_prefix or "data") + ".time_standard"
            )
        if "lanes" in data_keys:
            data_keys.remove("lanes")
            data__lanes = data["lanes"]
            if not isinstance(data__lanes, dict):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".lanes must be object",
                    value=data__lanes,
                    name="" + (name_prefix or "data") + ".lanes",
                    rule="type",
                )
            data__lanes_is_dict = isinstance(data__lanes, dict)
            if data__lanes_is_dict:
                data__lanes_keys = set(data__lanes.keys())
                for data__lanes_key in data__lanes_keys:
                    if data__lanes_key not in []:
                        data__lanes_value = data__lanes.get(data__lanes_key)
                        data__lanes_value_any_of_count9 = 0
                        if not data__lanes_value_any_of_count9:
                            try:
                                validate___definitions_text(
                                    data__lanes_value,
                                    custom_formats,
                                    (name_prefix or "data") + ".lanes.{data__lanes_key}".format(**locals()),
                                )
                                data__lanes_value_any_of_count9 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException):
                                pass
                        if not data__lanes_value_any_of_count9:
                            try:
                                if not isinstance(data__lanes_value, (int, float, Decimal)) or isinstance(
                                    data__lanes_value, bool
                                ):
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".lanes.{data__lanes_key}".format(**locals())
                                        + " must be number",
                                        value=data__lanes_value,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".lanes.{data__lanes_key}".format(**locals())
                                        + "",
                                        rule="type",
                                    )
                                data__lanes_value_any_of_count9 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException):
                                pass
                        if not data__lanes_value_any_of_count9:
                            try:
                                validate___definitions_texts(
                                    data__lanes_value,
                                    custom_formats,
                                    (name_prefix or "data") + ".lanes.{data__lanes_key}".format(**locals()),
                                )
                                data__lanes_value_any_of_count9 += 1
                            except (JsonSchemaValueException, JsonSchemaValuesException):
                                pass
                        if not data__lanes_value_any_of_count9:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".lanes.{data__lanes_key}".format(**locals())
                                + " cannot be validated by any definition",
                                value=data__lanes_value,
                                name="" + (name_prefix or "data") + ".lanes.{data__lanes_key}".format(**locals()) + "",
                                rule="anyOf",
                            )
                data__lanes_len = len(data__lanes)
                if data__lanes_len != 0:
                    data__lanes_property_names = True
                    for data__lanes_key in data__lanes:
                        try:
                            validate___definitions_id(
                                data__lanes_key, custom_formats, (name_prefix or "data") + ".lanes"
                            )
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            data__lanes_property_names = False
                    if not data__lanes_property_names:
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".lanes must be named by propertyName definition",
                            value=data__lanes,
                            name="" + (name_prefix or "data") + ".lanes",
                            rule="propertyNames",
                        )
        if "image" in data_keys:
            data_keys.remove("image")
            data__image = data["image"]
            validate___definitions_picture(data__image, custom_formats, (name_prefix or "data") + ".image")
        if "research" in data_keys:
            data_keys.remove("research")
            data__research = data["research"]
            validate___definitions_research(data__research, custom_formats, (name_prefix or "data") + ".research")
        for data_key, data_val in data.items():
            if REGEX_PATTERNS["^x-"].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="additionalProperties",
            )
    return data


def validate___definitions_research(data, custom_formats={}, name_prefix=None):
    data_any_of_count10 = 0
    if not data_any_of_count10:
        try:
            validate___definitions_research_level(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count10 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count10:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    rule="type",
                )
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(["level"]) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + " must contain "
                        + (str(sorted(data__missing_keys)) + " properties"),
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="required",
                    )
                data_keys = set(data.keys())
                if "level" in data_keys:
                    data_keys.remove("level")
                    data__level = data["level"]
                    validate___definitions_research_level(
                        data__level, custom_formats, (name_prefix or "data") + ".level"
                    )
                if "sources" in data_keys:
                    data_keys.remove("sources")
                    data__sources = data["sources"]
                    if not isinstance(data__sources, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".sources must be array",
                            value=data__sources,
                            name="" + (name_prefix or "data") + ".sources",
                            rule="type",
                        )
                    data__sources_is_list = isinstance(data__sources, (list, tuple))
                    if data__sources_is_list:
                        data__sources_len = len(data__sources)
                        for data__sources_x, data__sources_item in enumerate(data__sources):
                            validate___definitions_source_ref(
                                data__sources_item,
                                custom_formats,
                                (name_prefix or "data") + ".sources[{data__sources_x}]".format(**locals()),
                            )
                if "quotes" in data_keys:
                    data_keys.remove("quotes")
                    data__quotes = data["quotes"]
                    if not isinstance(data__quotes, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".quotes must be array",
                            value=data__quotes,
                            name="" + (name_prefix or "data") + ".quotes",
                            rule="type",
                        )
                    data__quotes_is_list = isinstance(data__quotes, (list, tuple))
                    if data__quotes_is_list:
                        data__quotes_len = len(data__quotes)
                        for data__quotes_x, data__quotes_item in enumerate(data__quotes):
                            validate___definitions_quote(
                                data__quotes_item,
                                custom_formats,
                                (name_prefix or "data") + ".quotes[{data__quotes_x}]".format(**locals()),
                            )
                if "date" in data_keys:
                    data_keys.remove("date")
                    data__date = data["date"]
                    if not isinstance(data__date, str):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".date must be string",
                            value=data__date,
                            name="" + (name_prefix or "data") + ".date",
                            rule="type",
                        )
                    if isinstance(data__date, str):
                        data__date_len = len(data__date)
                        if data__date_len > 40:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".date must be shorter than or equal to 40 characters",
                                value=data__date,
                                name="" + (name_prefix or "data") + ".date",
                                rule="maxLength",
                            )
                if "note" in data_keys:
                    data_keys.remove("note")
                    data__note = data["note"]
                    validate___definitions_text(data__note, custom_formats, (name_prefix or "data") + ".note")
                if "emotion" in data_keys:
                    data_keys.remove("emotion")
                    data__emotion = data["emotion"]
                    validate___definitions_research_basis(
                        data__emotion, custom_formats, (name_prefix or "data") + ".emotion"
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
                        rule="additionalProperties",
                    )
            data_any_of_count10 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count10:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="anyOf",
        )
    return data


def validate___definitions_quote(data, custom_formats={}, name_prefix=None):
    data_any_of_count11 = 0
    if not data_any_of_count11:
        try:
            validate___definitions_text(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count11 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count11:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    rule="type",
                )
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(["text"]) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + " must contain "
                        + (str(sorted(data__missing_keys)) + " properties"),
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="required",
                    )
                data_keys = set(data.keys())
                if "text" in data_keys:
                    data_keys.remove("text")
                    data__text = data["text"]
                    validate___definitions_text(data__text, custom_formats, (name_prefix or "data") + ".text")
                if "who" in data_keys:
                    data_keys.remove("who")
                    data__who = data["who"]
                    validate___definitions_label(data__who, custom_formats, (name_prefix or "data") + ".who")
                if "source" in data_keys:
                    data_keys.remove("source")
                    data__source = data["source"]
                    validate___definitions_id(data__source, custom_formats, (name_prefix or "data") + ".source")
                for data_key, data_val in data.items():
                    if REGEX_PATTERNS["^x-"].search(data_key):
                        if data_key in data_keys:
                            data_keys.remove(data_key)
                if data_keys:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="additionalProperties",
                    )
            data_any_of_count11 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count11:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="anyOf",
        )
    return data


def validate___definitions_source_ref(data, custom_formats={}, name_prefix=None):
    data_any_of_count12 = 0
    if not data_any_of_count12:
        try:
            validate___definitions_id(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count12 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count12:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    rule="type",
                )
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_len = len(data)
                if data_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must contain at least 1 properties",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="minProperties",
                    )
                data_keys = set(data.keys())
                if "kind" in data_keys:
                    data_keys.remove("kind")
                    data__kind = data["kind"]
                    if not isinstance(data__kind, str):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".kind must be string",
                            value=data__kind,
                            name="" + (name_prefix or "data") + ".kind",
                            rule="type",
                        )
                    if not (
                        isinstance(data__kind, str)
                        and data__kind == "interview"
                        or (isinstance(data__kind, str) and data__kind == "survey")
                        or (isinstance(data__kind, str) and data__kind == "analytics")
                        or (isinstance(data__kind, str) and data__kind == "ticket")
                        or (isinstance(data__kind, str) and data__kind == "recording")
                        or (isinstance(data__kind, str) and data__kind == "usability-test")
                        or (isinstance(data__kind, str) and data__kind == "observation")
                        or (isinstance(data__kind, str) and data__kind == "review")
                        or (isinstance(data__kind, str) and data__kind == "desk")
                        or (isinstance(data__kind, str) and data__kind == "other")
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".kind must be one of ['interview', 'survey', 'analytics', 'ticket', 'recording', 'usability-test', 'observation', 'review', 'desk', 'other']",
                            value=data__kind,
                            name="" + (name_prefix or "data") + ".kind",
                            rule="enum",
                        )
                if "title" in data_keys:
                    data_keys.remove("title")
                    data__title = data["title"]
                    validate___definitions_label(data__title, custom_formats, (name_prefix or "data") + ".title")
                if "link" in data_keys:
                    data_keys.remove("link")
                    data__link = data["link"]
                    if not isinstance(data__link, str):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".link must be string",
                            value=data__link,
                            name="" + (name_prefix or "data") + ".link",
                            rule="type",
                        )
                    if isinstance(data__link, str):
                        data__link_len = len(data__link)
                        if data__link_len > 2000:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".link must be shorter than or equal to 2000 characters",
                                value=data__link,
                                name="" + (name_prefix or "data") + ".link",
                                rule="maxLength",
                            )
                        if not REGEX_PATTERNS["^(https?://|mailto:)[^\\s]+$"].search(data__link):
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".link must match pattern ^(https?://|mailto:)[^\\s]+$",
                                value=data__link,
                                name="" + (name_prefix or "data") + ".link",
                                rule="pattern",
                            )
                if "date" in data_keys:
                    data_keys.remove("date")
                    data__date = data["date"]
                    if not isinstance(data__date, str):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".date must be string",
                            value=data__date,
                            name="" + (name_prefix or "data") + ".date",
                            rule="type",
                        )
                    if isinstance(data__date, str):
                        data__date_len = len(data__date)
                        if data__date_len > 40:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".date must be shorter than or equal to 40 characters",
                                value=data__date,
                                name="" + (name_prefix or "data") + ".date",
                                rule="maxLength",
                            )
                if "n" in data_keys:
                    data_keys.remove("n")
                    data__n = data["n"]
                    if (
                        not isinstance(data__n, int)
                        and (not (isinstance(data__n, float) and data__n.is_integer()))
                        or isinstance(data__n, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n must be integer",
                            value=data__n,
                            name="" + (name_prefix or "data") + ".n",
                            rule="type",
                        )
                    if isinstance(data__n, (int, float, Decimal)) and (not isinstance(data__n, bool)):
                        if data__n < 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".n must be bigger than or equal to 0",
                                value=data__n,
                                name="" + (name_prefix or "data") + ".n",
                                rule="minimum",
                            )
                        if data__n > 1000000000000:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".n must be smaller than or equal to 1000000000000",
                                value=data__n,
                                name="" + (name_prefix or "data") + ".n",
                                rule="maximum",
                            )
                if "description" in data_keys:
                    data_keys.remove("description")
                    data__description = data["description"]
                    validate___definitions_text(
                        data__description, custom_formats, (name_prefix or "data") + ".description"
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
                        rule="additionalProperties",
                    )
            data_any_of_count12 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count12:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="anyOf",
        )
    return data


def validate___definitions_research_level(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    if not (
        isinstance(data, str)
        and data == "observed"
        or (isinstance(data, str) and data == "reported")
        or (isinstance(data, str) and data == "inferred")
        or (isinstance(data, str) and data == "assumed")
    ):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be one of ['observed', 'reported', 'inferred', 'assumed']",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="enum",
        )
    return data


def validate___definitions_picture(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["src", "alt"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="required",
            )
        data_keys = set(data.keys())
        if "src" in data_keys:
            data_keys.remove("src")
            data__src = data["src"]
            if not isinstance(data__src, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".src must be string",
                    value=data__src,
                    name="" + (name_prefix or "data") + ".src",
                    rule="type",
                )
            if isinstance(data__src, str):
                data__src_len = len(data__src)
                if data__src_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".src must be longer than or equal to 1 characters",
                        value=data__src,
                        name="" + (name_prefix or "data") + ".src",
                        rule="minLength",
                    )
                if data__src_len > 1000:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".src must be shorter than or equal to 1000 characters",
                        value=data__src,
                        name="" + (name_prefix or "data") + ".src",
                        rule="maxLength",
                    )
        if "alt" in data_keys:
            data_keys.remove("alt")
            data__alt = data["alt"]
            validate___definitions_label(data__alt, custom_formats, (name_prefix or "data") + ".alt")
        for data_key, data_val in data.items():
            if REGEX_PATTERNS["^x-"].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="additionalProperties",
            )
    return data


def validate___definitions_action(data, custom_formats={}, name_prefix=None):
    data_any_of_count13 = 0
    if not data_any_of_count13:
        try:
            validate___definitions_action_text(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count13 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count13:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    rule="type",
                )
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(["action"]) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + " must contain "
                        + (str(sorted(data__missing_keys)) + " properties"),
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="required",
                    )
                data_keys = set(data.keys())
                if "action" in data_keys:
                    data_keys.remove("action")
                    data__action = data["action"]
                    validate___definitions_action_text(
                        data__action, custom_formats, (name_prefix or "data") + ".action"
                    )
                if "department" in data_keys:
                    data_keys.remove("department")
                    data__department = data["department"]
                    validate___definitions_label(
                        data__department, custom_formats, (name_prefix or "data") + ".department"
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
                        rule="additionalProperties",
                    )
            data_any_of_count13 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count13:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="anyOf",
        )
    return data


def validate___definitions_action_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be longer than or equal to 1 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="minLength",
            )
        if data_len > 5000:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 5000 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="maxLength",
            )
    return data


def validate___definitions_link(data, custom_formats={}, name_prefix=None):
    data_any_of_count14 = 0
    if not data_any_of_count14:
        try:
            validate___definitions_id(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count14 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count14:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
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
                        rule="required",
                    )
                data_keys = set(data.keys())
                if "to" in data_keys:
                    data_keys.remove("to")
                    data__to = data["to"]
                    validate___definitions_id(data__to, custom_formats, (name_prefix or "data") + ".to")
                if "label" in data_keys:
                    data_keys.remove("label")
                    data__label = data["label"]
                    validate___definitions_label(data__label, custom_formats, (name_prefix or "data") + ".label")
                for data_key, data_val in data.items():
                    if REGEX_PATTERNS["^x-"].search(data_key):
                        if data_key in data_keys:
                            data_keys.remove(data_key)
                if data_keys:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="additionalProperties",
                    )
            data_any_of_count14 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count14:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="anyOf",
        )
    return data


def validate___definitions_drop_off(data, custom_formats={}, name_prefix=None):
    data_any_of_count15 = 0
    if not data_any_of_count15:
        try:
            if not isinstance(data, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be boolean",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    rule="type",
                )
            data_any_of_count15 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count15:
        try:
            validate___definitions_text(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count15 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count15:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    rule="type",
                )
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data_keys = set(data.keys())
                if "reason" in data_keys:
                    data_keys.remove("reason")
                    data__reason = data["reason"]
                    validate___definitions_text(data__reason, custom_formats, (name_prefix or "data") + ".reason")
                if "rate" in data_keys:
                    data_keys.remove("rate")
                    data__rate = data["rate"]
                    validate___definitions_rate(data__rate, custom_formats, (name_prefix or "data") + ".rate")
                for data_key, data_val in data.items():
                    if REGEX_PATTERNS["^x-"].search(data_key):
                        if data_key in data_keys:
                            data_keys.remove(data_key)
                if data_keys:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="additionalProperties",
                    )
            data_any_of_count15 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count15:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="anyOf",
        )
    return data


def validate___definitions_rate(data, custom_formats={}, name_prefix=None):
    data_any_of_count16 = 0
    if not data_any_of_count16:
        try:
            if not isinstance(data, (int, float, Decimal)) or isinstance(data, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be number",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    rule="type",
                )
            if isinstance(data, (int, float, Decimal)) and (not isinstance(data, bool)):
                if data < 0:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must be bigger than or equal to 0",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="minimum",
                    )
                if data > 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must be smaller than or equal to 1",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="maximum",
                    )
            data_any_of_count16 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count16:
        try:
            if not isinstance(data, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be string",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    rule="type",
                )
            if isinstance(data, str):
                if not REGEX_PATTERNS["^(100([.,]0+)?|[0-9]{1,2}([.,][0-9]+)?)\\s?%$"].search(data):
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + " must match pattern ^(100([.,]0+)?|[0-9]{1,2}([.,][0-9]+)?)\\s?%$",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="pattern",
                    )
            data_any_of_count16 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count16:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="anyOf",
        )
    return data


def validate___definitions_research_basis(data, custom_formats={}, name_prefix=None):
    data_any_of_count17 = 0
    if not data_any_of_count17:
        try:
            validate___definitions_research_level(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count17 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count17:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    rule="type",
                )
            data_is_dict = isinstance(data, dict)
            if data_is_dict:
                data__missing_keys = set(["level"]) - data.keys()
                if data__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + " must contain "
                        + (str(sorted(data__missing_keys)) + " properties"),
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="required",
                    )
                data_keys = set(data.keys())
                if "level" in data_keys:
                    data_keys.remove("level")
                    data__level = data["level"]
                    validate___definitions_research_level(
                        data__level, custom_formats, (name_prefix or "data") + ".level"
                    )
                if "sources" in data_keys:
                    data_keys.remove("sources")
                    data__sources = data["sources"]
                    if not isinstance(data__sources, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".sources must be array",
                            value=data__sources,
                            name="" + (name_prefix or "data") + ".sources",
                            rule="type",
                        )
                    data__sources_is_list = isinstance(data__sources, (list, tuple))
                    if data__sources_is_list:
                        data__sources_len = len(data__sources)
                        for data__sources_x, data__sources_item in enumerate(data__sources):
                            validate___definitions_source_ref(
                                data__sources_item,
                                custom_formats,
                                (name_prefix or "data") + ".sources[{data__sources_x}]".format(**locals()),
                            )
                if "quotes" in data_keys:
                    data_keys.remove("quotes")
                    data__quotes = data["quotes"]
                    if not isinstance(data__quotes, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".quotes must be array",
                            value=data__quotes,
                            name="" + (name_prefix or "data") + ".quotes",
                            rule="type",
                        )
                    data__quotes_is_list = isinstance(data__quotes, (list, tuple))
                    if data__quotes_is_list:
                        data__quotes_len = len(data__quotes)
                        for data__quotes_x, data__quotes_item in enumerate(data__quotes):
                            validate___definitions_quote(
                                data__quotes_item,
                                custom_formats,
                                (name_prefix or "data") + ".quotes[{data__quotes_x}]".format(**locals()),
                            )
                if "date" in data_keys:
                    data_keys.remove("date")
                    data__date = data["date"]
                    if not isinstance(data__date, str):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".date must be string",
                            value=data__date,
                            name="" + (name_prefix or "data") + ".date",
                            rule="type",
                        )
                    if isinstance(data__date, str):
                        data__date_len = len(data__date)
                        if data__date_len > 40:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".date must be shorter than or equal to 40 characters",
                                value=data__date,
                                name="" + (name_prefix or "data") + ".date",
                                rule="maxLength",
                            )
                if "note" in data_keys:
                    data_keys.remove("note")
                    data__note = data["note"]
                    validate___definitions_text(data__note, custom_formats, (name_prefix or "data") + ".note")
                for data_key, data_val in data.items():
                    if REGEX_PATTERNS["^x-"].search(data_key):
                        if data_key in data_keys:
                            data_keys.remove(data_key)
                if data_keys:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        rule="additionalProperties",
                    )
            data_any_of_count17 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count17:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="anyOf",
        )
    return data


def validate___definitions_touchpoint_use(data, custom_formats={}, name_prefix=None):
    data_any_of_count18 = 0
    if not data_any_of_count18:
        try:
            validate___definitions_label(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count18 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count18:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
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
                        rule="required",
                    )
                data_keys = set(data.keys())
                if "name" in data_keys:
                    data_keys.remove("name")
                    data__name = data["name"]
                    validate___definitions_label(data__name, custom_formats, (name_prefix or "data") + ".name")
                if "channel" in data_keys:
                    data_keys.remove("channel")
                    data__channel = data["channel"]
                    validate___definitions_touchpoint_properties_channel(
                        data__channel, custom_formats, (name_prefix or "data") + ".channel"
                    )
                if "online" in data_keys:
                    data_keys.remove("online")
                    data__online = data["online"]
                    validate___definitions_touchpoint_properties_online(
                        data__online, custom_formats, (name_prefix or "data") + ".online"
                    )
                if "kind" in data_keys:
                    data_keys.remove("kind")
                    data__kind = data["kind"]
                    validate___definitions_touchpoint_properties_kind(
                        data__kind, custom_formats, (name_prefix or "data") + ".kind"
                    )
                if "icon" in data_keys:
                    data_keys.remove("icon")
                    data__icon = data["icon"]
                    validate___definitions_touchpoint_properties_icon(
                        data__icon, custom_formats, (name_prefix or "data") + ".icon"
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
                        rule="additionalProperties",
                    )
            data_any_of_count18 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count18:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="anyOf",
        )
    return data


def validate___definitions_touchpoint_properties_icon(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    if not (
        isinstance(data, str)
        and data == "calendar"
        or (isinstance(data, str) and data == "credit-card")
        or (isinstance(data, str) and data == "file-text")
        or (isinstance(data, str) and data == "globe")
        or (isinstance(data, str) and data == "headset")
        or (isinstance(data, str) and data == "mail")
        or (isinstance(data, str) and data == "mailbox")
        or (isinstance(data, str) and data == "map-pin")
        or (isinstance(data, str) and data == "megaphone")
        or (isinstance(data, str) and data == "message-circle")
        or (isinstance(data, str) and data == "message-square")
        or (isinstance(data, str) and data == "monitor")
        or (isinstance(data, str) and data == "mouse-pointer-click")
        or (isinstance(data, str) and data == "newspaper")
        or (isinstance(data, str) and data == "package")
        or (isinstance(data, str) and data == "phone")
        or (isinstance(data, str) and data == "printer")
        or (isinstance(data, str) and data == "qr-code")
        or (isinstance(data, str) and data == "radio")
        or (isinstance(data, str) and data == "search")
        or (isinstance(data, str) and data == "share-2")
        or (isinstance(data, str) and data == "shopping-cart")
        or (isinstance(data, str) and data == "smartphone")
        or (isinstance(data, str) and data == "star")
        or (isinstance(data, str) and data == "store")
        or (isinstance(data, str) and data == "ticket")
        or (isinstance(data, str) and data == "truck")
        or (isinstance(data, str) and data == "tv")
        or (isinstance(data, str) and data == "users")
        or (isinstance(data, str) and data == "video")
        or (isinstance(data, str) and data == "none")
    ):
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be one of ['calendar', 'credit-card', 'file-text', 'globe', 'headset', 'mail', 'mailbox', 'map-pin', 'megaphone', 'message-circle', 'message-square', 'monitor', 'mouse-pointer-click', 'newspaper', 'package', 'phone', 'printer', 'qr-code', 'radio', 'search', 'share-2', 'shopping-cart', 'smartphone', 'star', 'store', 'ticket', 'truck', 'tv', 'users', 'video', 'none']",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="enum",
        )
    return data


def validate___definitions_touchpoint_properties_kind(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    if not (isinstance(data, str) and data == "direct" or (isinstance(data, str) and data == "indirect")):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be one of ['direct', 'indirect']",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="enum",
        )
    return data


def validate___definitions_touchpoint_properties_online(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, bool):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be boolean",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    return data


def validate___definitions_touchpoint_properties_channel(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 40:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 40 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="maxLength",
            )
    return data


def validate___definitions_score(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, int) and (not (isinstance(data, float) and data.is_integer())) or isinstance(data, bool):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be integer",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    return data


def validate___definitions_texts(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be array",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            validate___definitions_text(
                data_item, custom_formats, (name_prefix or "data") + "[{data_x}]".format(**locals())
            )
    return data


def validate___definitions_kpi(data, custom_formats={}, name_prefix=None):
    data_any_of_count19 = 0
    if not data_any_of_count19:
        try:
            validate___definitions_label(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count19 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count19:
        try:
            if not isinstance(data, dict):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be object",
                    value=data,
                    name="" + (name_prefix or "data") + "",
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
                        rule="required",
                    )
                data_keys = set(data.keys())
                if "name" in data_keys:
                    data_keys.remove("name")
                    data__name = data["name"]
                    validate___definitions_label(data__name, custom_formats, (name_prefix or "data") + ".name")
                if "target" in data_keys:
                    data_keys.remove("target")
                    data__target = data["target"]
                    if not isinstance(data__target, (str, int, float, Decimal)) or isinstance(data__target, bool):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".target must be string or number",
                            value=data__target,
                            name="" + (name_prefix or "data") + ".target",
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
                        rule="additionalProperties",
                    )
            data_any_of_count19 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count19:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="anyOf",
        )
    return data


def validate___definitions_duration(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 100:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 100 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="maxLength",
            )
    return data


def validate___definitions_custom_lane(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
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
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate___definitions_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate___definitions_label(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not isinstance(data__kind, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".kind must be string",
                    value=data__kind,
                    name="" + (name_prefix or "data") + ".kind",
                    rule="type",
                )
            if not (
                isinstance(data__kind, str)
                and data__kind == "text"
                or (isinstance(data__kind, str) and data__kind == "list")
                or (isinstance(data__kind, str) and data__kind == "score")
                or (isinstance(data__kind, str) and data__kind == "quote")
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".kind must be one of ['text', 'list', 'score', 'quote']",
                    value=data__kind,
                    name="" + (name_prefix or "data") + ".kind",
                    rule="enum",
                )
        else:
            data["kind"] = "text"
        if "min" in data_keys:
            data_keys.remove("min")
            data__min = data["min"]
            if not isinstance(data__min, (int, float, Decimal)) or isinstance(data__min, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".min must be number",
                    value=data__min,
                    name="" + (name_prefix or "data") + ".min",
                    rule="type",
                )
        if "max" in data_keys:
            data_keys.remove("max")
            data__max = data["max"]
            if not isinstance(data__max, (int, float, Decimal)) or isinstance(data__max, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".max must be number",
                    value=data__max,
                    name="" + (name_prefix or "data") + ".max",
                    rule="type",
                )
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate___definitions_label(data__description, custom_formats, (name_prefix or "data") + ".description")
        for data_key, data_val in data.items():
            if REGEX_PATTERNS["^x-"].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="additionalProperties",
            )
    return data


def validate___definitions_source(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate___definitions_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not isinstance(data__kind, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".kind must be string",
                    value=data__kind,
                    name="" + (name_prefix or "data") + ".kind",
                    rule="type",
                )
            if not (
                isinstance(data__kind, str)
                and data__kind == "interview"
                or (isinstance(data__kind, str) and data__kind == "survey")
                or (isinstance(data__kind, str) and data__kind == "analytics")
                or (isinstance(data__kind, str) and data__kind == "ticket")
                or (isinstance(data__kind, str) and data__kind == "recording")
                or (isinstance(data__kind, str) and data__kind == "usability-test")
                or (isinstance(data__kind, str) and data__kind == "observation")
                or (isinstance(data__kind, str) and data__kind == "review")
                or (isinstance(data__kind, str) and data__kind == "desk")
                or (isinstance(data__kind, str) and data__kind == "other")
            ):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".kind must be one of ['interview', 'survey', 'analytics', 'ticket', 'recording', 'usability-test', 'observation', 'review', 'desk', 'other']",
                    value=data__kind,
                    name="" + (name_prefix or "data") + ".kind",
                    rule="enum",
                )
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            validate___definitions_label(data__title, custom_formats, (name_prefix or "data") + ".title")
        if "link" in data_keys:
            data_keys.remove("link")
            data__link = data["link"]
            if not isinstance(data__link, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".link must be string",
                    value=data__link,
                    name="" + (name_prefix or "data") + ".link",
                    rule="type",
                )
            if isinstance(data__link, str):
                data__link_len = len(data__link)
                if data__link_len > 2000:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".link must be shorter than or equal to 2000 characters",
                        value=data__link,
                        name="" + (name_prefix or "data") + ".link",
                        rule="maxLength",
                    )
                if not REGEX_PATTERNS["^(https?://|mailto:)[^\\s]+$"].search(data__link):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".link must match pattern ^(https?://|mailto:)[^\\s]+$",
                        value=data__link,
                        name="" + (name_prefix or "data") + ".link",
                        rule="pattern",
                    )
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            if not isinstance(data__date, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".date must be string",
                    value=data__date,
                    name="" + (name_prefix or "data") + ".date",
                    rule="type",
                )
            if isinstance(data__date, str):
                data__date_len = len(data__date)
                if data__date_len > 40:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".date must be shorter than or equal to 40 characters",
                        value=data__date,
                        name="" + (name_prefix or "data") + ".date",
                        rule="maxLength",
                    )
        if "n" in data_keys:
            data_keys.remove("n")
            data__n = data["n"]
            if (
                not isinstance(data__n, int)
                and (not (isinstance(data__n, float) and data__n.is_integer()))
                or isinstance(data__n, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".n must be integer",
                    value=data__n,
                    name="" + (name_prefix or "data") + ".n",
                    rule="type",
                )
            if isinstance(data__n, (int, float, Decimal)) and (not isinstance(data__n, bool)):
                if data__n < 0:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".n must be bigger than or equal to 0",
                        value=data__n,
                        name="" + (name_prefix or "data") + ".n",
                        rule="minimum",
                    )
                if data__n > 1000000000000:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".n must be smaller than or equal to 1000000000000",
                        value=data__n,
                        name="" + (name_prefix or "data") + ".n",
                        rule="maximum",
                    )
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate___definitions_text(data__description, custom_formats, (name_prefix or "data") + ".description")
        for data_key, data_val in data.items():
            if REGEX_PATTERNS["^x-"].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="additionalProperties",
            )
    return data


def validate___definitions_department(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
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
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate___definitions_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate___definitions_label(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "layer" in data_keys:
            data_keys.remove("layer")
            data__layer = data["layer"]
            if not isinstance(data__layer, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".layer must be string",
                    value=data__layer,
                    name="" + (name_prefix or "data") + ".layer",
                    rule="type",
                )
            if not (
                isinstance(data__layer, str)
                and data__layer == "frontstage"
                or (isinstance(data__layer, str) and data__layer == "backstage")
                or (isinstance(data__layer, str) and data__layer == "support")
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".layer must be one of ['frontstage', 'backstage', 'support']",
                    value=data__layer,
                    name="" + (name_prefix or "data") + ".layer",
                    rule="enum",
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
                rule="additionalProperties",
            )
    return data


def validate___definitions_touchpoint(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
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
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate___definitions_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate___definitions_label(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "channel" in data_keys:
            data_keys.remove("channel")
            data__channel = data["channel"]
            if not isinstance(data__channel, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".channel must be string",
                    value=data__channel,
                    name="" + (name_prefix or "data") + ".channel",
                    rule="type",
                )
            if isinstance(data__channel, str):
                data__channel_len = len(data__channel)
                if data__channel_len > 40:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".channel must be shorter than or equal to 40 characters",
                        value=data__channel,
                        name="" + (name_prefix or "data") + ".channel",
                        rule="maxLength",
                    )
        if "online" in data_keys:
            data_keys.remove("online")
            data__online = data["online"]
            if not isinstance(data__online, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".online must be boolean",
                    value=data__online,
                    name="" + (name_prefix or "data") + ".online",
                    rule="type",
                )
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not isinstance(data__kind, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".kind must be string",
                    value=data__kind,
                    name="" + (name_prefix or "data") + ".kind",
                    rule="type",
                )
            if not (
                isinstance(data__kind, str)
                and data__kind == "direct"
                or (isinstance(data__kind, str) and data__kind == "indirect")
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".kind must be one of ['direct', 'indirect']",
                    value=data__kind,
                    name="" + (name_prefix or "data") + ".kind",
                    rule="enum",
                )
        else:
            data["kind"] = "direct"
        if "icon" in data_keys:
            data_keys.remove("icon")
            data__icon = data["icon"]
            if not isinstance(data__icon, str):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".icon must be string",
                    value=data__icon,
                    name="" + (name_prefix or "data") + ".icon",
                    rule="type",
                )
            if not (
                isinstance(data__icon, str)
                and data__icon == "calendar"
                or (isinstance(data__icon, str) and data__icon == "credit-card")
                or (isinstance(data__icon, str) and data__icon == "file-text")
                or (isinstance(data__icon, str) and data__icon == "globe")
                or (isinstance(data__icon, str) and data__icon == "headset")
                or (isinstance(data__icon, str) and data__icon == "mail")
                or (isinstance(data__icon, str) and data__icon == "mailbox")
                or (isinstance(data__icon, str) and data__icon == "map-pin")
                or (isinstance(data__icon, str) and data__icon == "megaphone")
                or (isinstance(data__icon, str) and data__icon == "message-circle")
                or (isinstance(data__icon, str) and data__icon == "message-square")
                or (isinstance(data__icon, str) and data__icon == "monitor")
                or (isinstance(data__icon, str) and data__icon == "mouse-pointer-click")
                or (isinstance(data__icon, str) and data__icon == "newspaper")
                or (isinstance(data__icon, str) and data__icon == "package")
                or (isinstance(data__icon, str) and data__icon == "phone")
                or (isinstance(data__icon, str) and data__icon == "printer")
                or (isinstance(data__icon, str) and data__icon == "qr-code")
                or (isinstance(data__icon, str) and data__icon == "radio")
                or (isinstance(data__icon, str) and data__icon == "search")
                or (isinstance(data__icon, str) and data__icon == "share-2")
                or (isinstance(data__icon, str) and data__icon == "shopping-cart")
                or (isinstance(data__icon, str) and data__icon == "smartphone")
                or (isinstance(data__icon, str) and data__icon == "star")
                or (isinstance(data__icon, str) and data__icon == "store")
                or (isinstance(data__icon, str) and data__icon == "ticket")
                or (isinstance(data__icon, str) and data__icon == "truck")
                or (isinstance(data__icon, str) and data__icon == "tv")
                or (isinstance(data__icon, str) and data__icon == "users")
                or (isinstance(data__icon, str) and data__icon == "video")
                or (isinstance(data__icon, str) and data__icon == "none")
            ):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".icon must be one of ['calendar', 'credit-card', 'file-text', 'globe', 'headset', 'mail', 'mailbox', 'map-pin', 'megaphone', 'message-circle', 'message-square', 'monitor', 'mouse-pointer-click', 'newspaper', 'package', 'phone', 'printer', 'qr-code', 'radio', 'search', 'share-2', 'shopping-cart', 'smartphone', 'star', 'store', 'ticket', 'truck', 'tv', 'users', 'video', 'none']",
                    value=data__icon,
                    name="" + (name_prefix or "data") + ".icon",
                    rule="enum",
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
                rule="additionalProperties",
            )
    return data


def validate___definitions_persona(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, dict):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
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
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            validate___definitions_id(data__id, custom_formats, (name_prefix or "data") + ".id")
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            validate___definitions_label(data__name, custom_formats, (name_prefix or "data") + ".name")
        if "description" in data_keys:
            data_keys.remove("description")
            data__description = data["description"]
            validate___definitions_text(data__description, custom_formats, (name_prefix or "data") + ".description")
        if "quote" in data_keys:
            data_keys.remove("quote")
            data__quote = data["quote"]
            validate___definitions_text(data__quote, custom_formats, (name_prefix or "data") + ".quote")
        if "photo" in data_keys:
            data_keys.remove("photo")
            data__photo = data["photo"]
            validate___definitions_picture(data__photo, custom_formats, (name_prefix or "data") + ".photo")
        if "goals" in data_keys:
            data_keys.remove("goals")
            data__goals = data["goals"]
            validate___definitions_texts(data__goals, custom_formats, (name_prefix or "data") + ".goals")
        if "frustrations" in data_keys:
            data_keys.remove("frustrations")
            data__frustrations = data["frustrations"]
            validate___definitions_texts(data__frustrations, custom_formats, (name_prefix or "data") + ".frustrations")
        for data_key, data_val in data.items():
            if REGEX_PATTERNS["^x-"].search(data_key):
                if data_key in data_keys:
                    data_keys.remove(data_key)
        if data_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must not contain " + str(data_keys) + " properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="additionalProperties",
            )
    return data


def validate___definitions_id(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 100:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 100 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="maxLength",
            )
        if not REGEX_PATTERNS["^[A-Za-z0-9][A-Za-z0-9_.-]*$"].search(data):
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must match pattern ^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="pattern",
            )
    return data


def validate___definitions_journey_path(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be longer than or equal to 1 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="minLength",
            )
        if data_len > 500:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 500 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="maxLength",
            )
        if not REGEX_PATTERNS["^(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\\\]).*\\.(yaml|yml)$"].search(data):
            raise JsonSchemaValueException(
                ""
                + (name_prefix or "data")
                + " must match pattern ^(?![A-Za-z][A-Za-z0-9+.-]*:)(?![/\\\\]).*\\.(yaml|yml)$",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="pattern",
            )
    return data


def validate___definitions_text(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len > 5000:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 5000 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="maxLength",
            )
    return data


def validate___definitions_label(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, str):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be string",
            value=data,
            name="" + (name_prefix or "data") + "",
            rule="type",
        )
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be longer than or equal to 1 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="minLength",
            )
        if data_len > 500:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must be shorter than or equal to 500 characters",
                value=data,
                name="" + (name_prefix or "data") + "",
                rule="maxLength",
            )
    return data


validate = validate_urn_journeymd_schema_journey_1
