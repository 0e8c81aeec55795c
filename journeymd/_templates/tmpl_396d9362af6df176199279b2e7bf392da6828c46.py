# Generated from journeymd/data/templates by Jinja; do not edit.
# ruff: noqa
# mypy: ignore-errors
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_journey = resolve('journey')
    l_0_version = resolve('version')
    l_0_t = resolve('t')
    l_0_light = resolve('light')
    l_0_page_css = resolve('page_css')
    l_0_dark = resolve('dark')
    l_0_contrast = resolve('contrast')
    l_0_range = resolve('range')
    l_0_personas = resolve('personas')
    l_0_links = resolve('links')
    l_0_blueprint = resolve('blueprint')
    l_0_changes = resolve('changes')
    l_0_inventory = resolve('inventory')
    l_0_departments = resolve('departments')
    l_0_funnel = resolve('funnel')
    l_0_channels = resolve('channels')
    l_0_scene = resolve('scene')
    l_0_static_map = resolve('static_map')
    l_0_svg = resolve('svg')
    l_0_print_svg = resolve('print_svg')
    l_0_summaries = resolve('summaries')
    l_0_has_issues = resolve('has_issues')
    l_0_department_issues = resolve('department_issues')
    l_0_data_sources = resolve('data_sources')
    l_0_model = resolve('model')
    l_0_page_js = resolve('page_js')
    l_0_rules = l_0_shapes = l_0_page_vars = l_0_score = l_0_moment = l_0_value = l_0_list = missing
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_6 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_7 = environment.tests['string']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'string' found.")
    pass
    included_template = environment.get_template('style.css.j2', 'report.html.j2').make_module(context.get_all(), True, {'list': l_0_list, 'moment': l_0_moment, 'page_vars': l_0_page_vars, 'rules': l_0_rules, 'score': l_0_score, 'shapes': l_0_shapes, 'value': l_0_value})
    l_0_rules = getattr(included_template, 'rules', missing)
    if l_0_rules is missing:
        l_0_rules = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'report.html.j2') does not export the requested name 'rules'", name='rules')
    l_0_shapes = getattr(included_template, 'shapes', missing)
    if l_0_shapes is missing:
        l_0_shapes = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'report.html.j2') does not export the requested name 'shapes'", name='shapes')
    l_0_page_vars = getattr(included_template, 'page_vars', missing)
    if l_0_page_vars is missing:
        l_0_page_vars = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'report.html.j2') does not export the requested name 'page_vars'", name='page_vars')
    context.vars.update({'rules': l_0_rules, 'shapes': l_0_shapes, 'page_vars': l_0_page_vars})
    context.exported_vars.difference_update(('rules', 'shapes', 'page_vars'))
    def macro(l_1_value):
        t_8 = []
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        pass
        t_8.append(
            escape((t_2('%+d', l_1_value) if l_1_value else '0')),
        )
        return concat(t_8)
    context.exported_vars.add('score')
    context.vars['score'] = l_0_score = Macro(environment, macro, 'score', ('value',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m):
        t_9 = []
        l_1_persona_names = resolve('persona_names')
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        if l_1_m:
            pass
            t_9.extend((
                escape((environment.getattr(environment.getattr(l_1_m, 'step'), 'index') + 1)),
                '. ',
                escape(environment.getattr(environment.getattr(l_1_m, 'step'), 'name')),
                ' (',
                escape(context.call((undefined(name='score') if l_0_score is missing else l_0_score), environment.getattr(l_1_m, 'score'))),
            ))
            if (environment.getattr(l_1_m, 'persona') and (t_4((undefined(name='personas') if l_0_personas is missing else l_0_personas)) > 1)):
                pass
                t_9.extend((
                    ', ',
                    escape(context.call(environment.getattr((undefined(name='persona_names') if l_1_persona_names is missing else l_1_persona_names), 'get'), environment.getattr(l_1_m, 'persona'), environment.getattr(l_1_m, 'persona'))),
                ))
            t_9.append(
                ')',
            )
        else:
            pass
            t_9.append(
                '—',
            )
        return concat(t_9)
    context.exported_vars.add('moment')
    context.vars['moment'] = l_0_moment = Macro(environment, macro, 'moment', ('m',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_v):
        t_10 = []
        if l_1_v is missing:
            l_1_v = undefined("parameter 'v' was not provided", name='v')
        pass
        if t_7(l_1_v):
            pass
            t_10.append(
                escape(l_1_v),
            )
        else:
            pass
            t_10.append(
                '<ul>',
            )
            for l_2_item in l_1_v:
                _loop_vars = {}
                pass
                t_10.append(
                    '<li>',
                )
                if t_7(l_2_item):
                    pass
                    t_10.append(
                        escape(l_2_item),
                    )
                elif (t_4(l_2_item) == 4):
                    pass
                    t_10.extend((
                        '<a href="',
                        escape(environment.getitem(l_2_item, 3)),
                        '" rel="noopener noreferrer" target="_blank">',
                        escape(environment.getitem(l_2_item, 0)),
                        '</a>',
                    ))
                    if environment.getitem(l_2_item, 1):
                        pass
                        t_10.extend((
                            ' <small>(',
                            escape(environment.getitem(l_2_item, 1)),
                            ')</small>',
                        ))
                elif (t_4(l_2_item) == 3):
                    pass
                    t_10.extend((
                        '<a href="#step-',
                        escape(environment.getitem(l_2_item, 2)),
                        '">',
                        escape(environment.getitem(l_2_item, 0)),
                        '</a>',
                    ))
                    if environment.getitem(l_2_item, 1):
                        pass
                        t_10.extend((
                            ' <small>(',
                            escape(environment.getitem(l_2_item, 1)),
                            ')</small>',
                        ))
                else:
                    pass
                    t_10.extend((
                        escape(environment.getitem(l_2_item, 0)),
                        ' <small>(',
                        escape(environment.getitem(l_2_item, 1)),
                        ')</small>',
                    ))
                t_10.append(
                    '</li>',
                )
            l_2_item = missing
            t_10.append(
                '</ul>',
            )
        return concat(t_10)
    context.exported_vars.add('value')
    context.vars['value'] = l_0_value = Macro(environment, macro, 'value', ('v',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_items):
        t_11 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        if l_1_items:
            pass
            t_11.append(
                '<ul>',
            )
            for l_2_item in l_1_items:
                _loop_vars = {}
                pass
                t_11.extend((
                    '<li>',
                    escape(l_2_item),
                    '</li>',
                ))
            l_2_item = missing
            t_11.append(
                '</ul>',
            )
        return concat(t_11)
    context.exported_vars.add('list')
    context.vars['list'] = l_0_list = Macro(environment, macro, 'list', ('items',), False, False, False, context.eval_ctx.autoescape)
    yield '<!doctype html>\n<html lang="'
    yield escape(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'locale'))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="__JM_CSP__">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="journeymd '
    yield escape((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '">\n<meta name="color-scheme" content="light dark">\n<title>'
    yield escape((environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'title') or environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'map')))
    yield '</title>\n<style>\n'
    yield escape(context.call((undefined(name='page_vars') if l_0_page_vars is missing else l_0_page_vars), environment.getattr((undefined(name='light') if l_0_light is missing else l_0_light), 'colors')))
    yield '\n'
    yield escape((undefined(name='page_css') if l_0_page_css is missing else l_0_page_css))
    yield '\n'
    yield escape(context.call((undefined(name='shapes') if l_0_shapes is missing else l_0_shapes)))
    yield '\n'
    yield escape(context.call((undefined(name='rules') if l_0_rules is missing else l_0_rules), environment.getattr((undefined(name='light') if l_0_light is missing else l_0_light), 'colors')))
    yield '\n@media screen and (prefers-color-scheme:dark){\n'
    yield escape(context.call((undefined(name='page_vars') if l_0_page_vars is missing else l_0_page_vars), environment.getattr((undefined(name='dark') if l_0_dark is missing else l_0_dark), 'colors'), ':root:not([data-theme=light]):not([data-theme=contrast])'))
    yield '\n'
    yield escape(context.call((undefined(name='rules') if l_0_rules is missing else l_0_rules), environment.getattr((undefined(name='dark') if l_0_dark is missing else l_0_dark), 'colors'), ':root:not([data-theme=light]):not([data-theme=contrast])'))
    yield '\n}\n@media screen{\n'
    yield escape(context.call((undefined(name='page_vars') if l_0_page_vars is missing else l_0_page_vars), environment.getattr((undefined(name='dark') if l_0_dark is missing else l_0_dark), 'colors'), ':root[data-theme=dark]'))
    yield '\n'
    yield escape(context.call((undefined(name='rules') if l_0_rules is missing else l_0_rules), environment.getattr((undefined(name='dark') if l_0_dark is missing else l_0_dark), 'colors'), ':root[data-theme=dark]'))
    yield '\n'
    yield escape(context.call((undefined(name='page_vars') if l_0_page_vars is missing else l_0_page_vars), environment.getattr((undefined(name='contrast') if l_0_contrast is missing else l_0_contrast), 'colors'), ':root[data-theme=contrast]'))
    yield '\n'
    yield escape(context.call((undefined(name='rules') if l_0_rules is missing else l_0_rules), environment.getattr((undefined(name='contrast') if l_0_contrast is missing else l_0_contrast), 'colors'), ':root[data-theme=contrast]'))
    yield '\n}\n@media screen and (prefers-contrast:more){\n'
    yield escape(context.call((undefined(name='page_vars') if l_0_page_vars is missing else l_0_page_vars), environment.getattr((undefined(name='contrast') if l_0_contrast is missing else l_0_contrast), 'colors'), ':root:not([data-theme])'))
    yield '\n'
    yield escape(context.call((undefined(name='rules') if l_0_rules is missing else l_0_rules), environment.getattr((undefined(name='contrast') if l_0_contrast is missing else l_0_contrast), 'colors'), ':root:not([data-theme])'))
    yield '\n}\n'
    for l_1_i in context.call((undefined(name='range') if l_0_range is missing else l_0_range), t_4((undefined(name='personas') if l_0_personas is missing else l_0_personas))):
        _loop_vars = {}
        pass
        yield '[data-focus="'
        yield escape(l_1_i)
        yield '"] :is(.jm-curve,.jm-curve-jump,.jm-mk):not(.jm-who'
        yield escape(l_1_i)
        yield '){opacity:.15}\n'
    l_1_i = missing
    yield '</style>\n</head>\n<body>\n<a class="skip" href="#map">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'skip'))
    yield '</a>\n<header class="page-header">\n  <div>\n    <h1>'
    yield escape((environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'title') or environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'map')))
    yield '</h1>\n    '
    if environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'description'):
        pass
        yield '<p class="lead">'
        yield escape(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'description'))
        yield '</p>'
    yield '\n    '
    for l_1_parent in environment.getattr((undefined(name='links') if l_0_links is missing else l_0_links), 'parents'):
        _loop_vars = {}
        pass
        yield '<p class="jm-linked">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'part_of'))
        yield ': <a href="'
        yield escape(environment.getattr(l_1_parent, 'href'))
        yield '">'
        yield escape(environment.getattr(l_1_parent, 'title'))
        yield '</a>, '
        yield escape(t_5(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'step')))
        yield ' '
        yield escape((environment.getattr(l_1_parent, 'step') + 1))
        yield ' '
        yield escape(environment.getattr(l_1_parent, 'step_name'))
        yield '</p>'
    l_1_parent = missing
    yield '\n    '
    if environment.getattr((undefined(name='links') if l_0_links is missing else l_0_links), 'related'):
        pass
        yield '<p class="jm-linked">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'related'))
        yield ': '
        l_1_loop = missing
        for l_1_other, l_1_loop in LoopContext(environment.getattr((undefined(name='links') if l_0_links is missing else l_0_links), 'related'), undefined):
            _loop_vars = {}
            pass
            yield '<a href="'
            yield escape(environment.getattr(l_1_other, 'href'))
            yield '">'
            yield escape(environment.getattr(l_1_other, 'title'))
            yield '</a>'
            if environment.getattr(l_1_other, 'relation'):
                pass
                yield ' ('
                yield escape(environment.getattr(l_1_other, 'relation'))
                yield ')'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield ', '
        l_1_loop = l_1_other = missing
        yield '</p>'
    yield '\n  </div>\n  <div class="theme-switch" role="group" aria-label="'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'theme'))
    yield '">\n    '
    for l_1_key in ('auto', 'light', 'dark', 'contrast'):
        _loop_vars = {}
        pass
        yield '<button type="button" data-theme-choice="'
        yield escape(l_1_key)
        yield '" aria-pressed="'
        yield escape(('true' if (l_1_key == 'auto') else 'false'))
        yield '">'
        yield escape(environment.getitem((undefined(name='t') if l_0_t is missing else l_0_t), l_1_key))
        yield '</button>'
    l_1_key = missing
    yield '\n  </div>\n</header>\n<nav aria-label="'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'overview'))
    yield '">\n  <ul>\n    <li><a href="#map">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'map_section'))
    yield '</a></li>\n    '
    if (undefined(name='blueprint') if l_0_blueprint is missing else l_0_blueprint):
        pass
        yield '<li><a href="#blueprint">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'blueprint'))
        yield '</a></li>'
    yield '\n    '
    if (undefined(name='personas') if l_0_personas is missing else l_0_personas):
        pass
        yield '<li><a href="#personas">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'personas'))
        yield '</a></li>'
    yield '\n    <li><a href="#phases">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'phases_section'))
    yield '</a></li>\n    '
    if (undefined(name='changes') if l_0_changes is missing else l_0_changes):
        pass
        yield '<li><a href="#changes">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'changes'))
        yield '</a></li>'
    yield '\n    <li><a href="#issues">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'issues_section'))
    yield '</a></li>\n    '
    if (undefined(name='inventory') if l_0_inventory is missing else l_0_inventory):
        pass
        yield '<li><a href="#touchpoints">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'touchpoint_inventory'))
        yield '</a></li>'
    yield '\n    '
    if (undefined(name='departments') if l_0_departments is missing else l_0_departments):
        pass
        yield '<li><a href="#departments">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'department_matrix'))
        yield '</a></li>'
    yield '\n    '
    if (undefined(name='funnel') if l_0_funnel is missing else l_0_funnel):
        pass
        yield '<li><a href="#funnel">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'funnel'))
        yield '</a></li>'
    yield '\n    <li><a href="#steps">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'step_details'))
    yield '</a></li>\n  </ul>\n</nav>\n<main>\n<section id="map" aria-labelledby="map-heading">\n  <h2 id="map-heading">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'map_section'))
    yield '</h2>\n  <form class="filters" role="search" id="jm-filters">\n    <label>'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'search'))
    yield ' <input type="search" id="jm-search" autocomplete="off"></label>\n    '
    if (undefined(name='departments') if l_0_departments is missing else l_0_departments):
        pass
        yield '<label>'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'department'))
        yield ' <select id="jm-filter-department"><option value="">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'all'))
        yield '</option>'
        for l_1_d in (undefined(name='departments') if l_0_departments is missing else l_0_departments):
            _loop_vars = {}
            pass
            yield '<option value="'
            yield escape(environment.getattr(l_1_d, 'id'))
            yield '">'
            yield escape(environment.getattr(l_1_d, 'name'))
            yield '</option>'
        l_1_d = missing
        yield '</select></label>'
    yield '\n    '
    if (undefined(name='channels') if l_0_channels is missing else l_0_channels):
        pass
        yield '<label>'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'channel'))
        yield ' <select id="jm-filter-channel"><option value="">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'all'))
        yield '</option>'
        for l_1_c in (undefined(name='channels') if l_0_channels is missing else l_0_channels):
            _loop_vars = {}
            pass
            yield '<option value="'
            yield escape(l_1_c)
            yield '">'
            yield escape(l_1_c)
            yield '</option>'
        l_1_c = missing
        yield '</select></label>'
    yield '\n    '
    if (t_4((undefined(name='personas') if l_0_personas is missing else l_0_personas)) > 1):
        pass
        yield '<label>'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'persona'))
        yield ' <select id="jm-filter-persona"><option value="">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'all'))
        yield '</option>'
        l_1_loop = missing
        for l_1_p, l_1_loop in LoopContext((undefined(name='personas') if l_0_personas is missing else l_0_personas), undefined):
            _loop_vars = {}
            pass
            yield '<option value="'
            yield escape(environment.getattr(l_1_loop, 'index0'))
            yield '">'
            yield escape(environment.getattr(l_1_p, 'name'))
            yield '</option>'
        l_1_loop = l_1_p = missing
        yield '</select></label>'
    yield '\n    <span class="zoom" role="group" aria-label="Zoom"><button type="button" data-zoom="out" aria-label="'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'zoom_out'))
    yield '">−</button><button type="button" data-zoom="fit">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'zoom_fit'))
    yield '</button><button type="button" data-zoom="in" aria-label="'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'zoom_in'))
    yield '">+</button></span>\n    <button type="button" id="jm-present" class="present" aria-pressed="false">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'present'))
    yield '</button>\n    <output id="jm-status" aria-live="polite"></output>\n  </form>\n  <div class="map-area">\n  <p id="jm-present-caption" class="present-caption" aria-live="polite" hidden></p>\n  <div class="map-frame" id="jm-frame" data-width="'
    yield escape(environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'width'))
    yield '" data-height="'
    yield escape(environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'height'))
    yield '" data-step-role="'
    yield escape(t_5(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'step')))
    yield '" role="region" aria-label="'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'map_section'))
    yield '">\n'
    if (undefined(name='static_map') if l_0_static_map is missing else l_0_static_map):
        pass
        yield escape((undefined(name='svg') if l_0_svg is missing else l_0_svg))
    else:
        pass
        yield '<noscript><p>'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'needs_script'))
        yield '</p></noscript>'
    yield '\n  </div>\n  <aside id="jm-panel" class="panel" aria-labelledby="jm-panel-heading">\n    <div class="panel-head"><h3 id="jm-panel-heading" tabindex="-1">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'step_details'))
    yield '</h3><button type="button" id="jm-panel-close" class="close">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'close'))
    yield '</button></div>\n    <p class="hint" id="jm-panel-hint">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'click_hint'))
    yield '</p>\n    <div id="jm-panel-body"></div>\n  </aside>\n  </div>\n  <ol id="jm-timeline" class="timeline" aria-label="'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'map_section'))
    yield '"></ol>\n  <p id="jm-announce" class="visually-hidden" aria-live="polite"></p>\n  <p id="jm-print-filter" class="print-only" data-label="'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'filtered'))
    yield '" hidden></p>\n  '
    if (undefined(name='print_svg') if l_0_print_svg is missing else l_0_print_svg):
        pass
        yield '<div class="print-only print-map">\n'
        yield escape((undefined(name='print_svg') if l_0_print_svg is missing else l_0_print_svg))
        yield '\n  </div>'
    elif (not (undefined(name='static_map') if l_0_static_map is missing else l_0_static_map)):
        pass
        yield '<p class="print-only">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'print_long'))
        yield '</p>'
    yield '\n</section>\n\n'
    if (undefined(name='blueprint') if l_0_blueprint is missing else l_0_blueprint):
        pass
        yield '\n<section id="blueprint" aria-labelledby="blueprint-heading">\n  <h2 id="blueprint-heading">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'blueprint'))
        yield '</h2>\n  <div class="map-frame" tabindex="0" role="region" aria-label="'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'blueprint'))
        yield '">\n'
        yield escape((undefined(name='blueprint') if l_0_blueprint is missing else l_0_blueprint))
        yield '\n  </div>\n</section>\n'
    yield '\n\n'
    if (undefined(name='personas') if l_0_personas is missing else l_0_personas):
        pass
        yield '\n<section id="personas" aria-labelledby="personas-heading">\n  <h2 id="personas-heading">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'personas'))
        yield '</h2>\n  <div class="cards">\n  '
        l_1_loop = missing
        for l_1_p, l_1_loop in LoopContext((undefined(name='personas') if l_0_personas is missing else l_0_personas), undefined):
            _loop_vars = {}
            pass
            yield '\n    <article class="card persona">\n      <h3><svg class="swatch" width="22" height="10" aria-hidden="true"><path d="M1 5H21" class="jm-curve jm-cp'
            yield escape((environment.getattr(l_1_loop, 'index0') % 6))
            yield ' jm-dash'
            yield escape((environment.getattr(l_1_loop, 'index0') % 4))
            yield '"/></svg> '
            yield escape(environment.getattr(l_1_p, 'name'))
            yield '</h3>\n      '
            if environment.getattr(l_1_p, 'description'):
                pass
                yield '<p>'
                yield escape(environment.getattr(l_1_p, 'description'))
                yield '</p>'
            yield '\n      '
            if environment.getattr(l_1_p, 'goals'):
                pass
                yield '<h4>'
                yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'goals'))
                yield '</h4>'
                yield escape(context.call((undefined(name='list') if l_0_list is missing else l_0_list), environment.getattr(l_1_p, 'goals'), _loop_vars=_loop_vars))
            yield '\n      '
            if environment.getattr(l_1_p, 'frustrations'):
                pass
                yield '<h4>'
                yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'frustrations'))
                yield '</h4>'
                yield escape(context.call((undefined(name='list') if l_0_list is missing else l_0_list), environment.getattr(l_1_p, 'frustrations'), _loop_vars=_loop_vars))
            yield '\n    </article>\n  '
        l_1_loop = l_1_p = missing
        yield '\n  </div>\n</section>\n'
    yield '\n\n<section id="phases" aria-labelledby="phases-heading">\n  <h2 id="phases-heading">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'phases_section'))
    yield '</h2>\n  <div class="cards">\n  '
    l_1_loop = missing
    for l_1_s, l_1_loop in LoopContext((undefined(name='summaries') if l_0_summaries is missing else l_0_summaries), undefined):
        l_1_kpis = resolve('kpis')
        l_1_research = resolve('research')
        l_1_coverage = resolve('coverage')
        _loop_vars = {}
        pass
        yield '\n    <article class="card phase-card">\n      <h3>'
        yield escape(environment.getattr(l_1_loop, 'index'))
        yield '. '
        yield escape(environment.getattr(environment.getattr(l_1_s, 'phase'), 'name'))
        yield '</h3>\n      '
        if environment.getattr(environment.getattr(l_1_s, 'phase'), 'description'):
            pass
            yield '<p>'
            yield escape(environment.getattr(environment.getattr(l_1_s, 'phase'), 'description'))
            yield '</p>'
        yield '\n      <dl>\n        '
        if environment.getattr(environment.getattr(l_1_s, 'phase'), 'goal'):
            pass
            yield '<dt>'
            yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'goal'))
            yield '</dt><dd>'
            yield escape(environment.getattr(environment.getattr(l_1_s, 'phase'), 'goal'))
            yield '</dd>'
        yield '\n        '
        if environment.getattr(environment.getattr(l_1_s, 'phase'), 'kpis'):
            pass
            yield '<dt>'
            yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'kpis'))
            yield '</dt><dd>'
            yield escape(context.call((undefined(name='list') if l_0_list is missing else l_0_list), context.call((undefined(name='kpis') if l_1_kpis is missing else l_1_kpis), environment.getattr(l_1_s, 'phase'), _loop_vars=_loop_vars), _loop_vars=_loop_vars))
            yield '</dd>'
        yield '\n        '
        if environment.getattr(environment.getattr(l_1_s, 'phase'), 'duration'):
            pass
            yield '<dt>'
            yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'duration'))
            yield '</dt><dd>'
            yield escape(environment.getattr(environment.getattr(l_1_s, 'phase'), 'duration'))
            yield '</dd>'
        yield '\n        '
        if environment.getattr(environment.getattr(l_1_s, 'phase'), 'questions'):
            pass
            yield '<dt>'
            yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'questions'))
            yield '</dt><dd>'
            yield escape(context.call((undefined(name='list') if l_0_list is missing else l_0_list), environment.getattr(environment.getattr(l_1_s, 'phase'), 'questions'), _loop_vars=_loop_vars))
            yield '</dd>'
        yield '\n        '
        if (undefined(name='research') if l_1_research is missing else l_1_research):
            pass
            yield '<dt>'
            yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'research_coverage'))
            yield '</dt><dd>'
            yield escape(context.call((undefined(name='coverage') if l_1_coverage is missing else l_1_coverage), environment.getattr(l_1_s, 'phase'), _loop_vars=_loop_vars))
            yield '</dd>'
        yield '\n        <dt>'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'steps_count'))
        yield '</dt><dd>'
        yield escape(environment.getattr(l_1_s, 'steps'))
        yield '</dd>\n        '
        if (environment.getattr(l_1_s, 'lowest') and (environment.getattr(l_1_s, 'lowest') == environment.getattr(l_1_s, 'highest'))):
            pass
            yield '\n        <dt>'
            yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'emotion'))
            yield '</dt><dd>'
            yield escape(context.call((undefined(name='moment') if l_0_moment is missing else l_0_moment), environment.getattr(l_1_s, 'lowest'), _loop_vars=_loop_vars))
            yield '</dd>\n        '
        else:
            pass
            yield '\n        <dt>'
            yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'lowest'))
            yield '</dt><dd>'
            yield escape(context.call((undefined(name='moment') if l_0_moment is missing else l_0_moment), environment.getattr(l_1_s, 'lowest'), _loop_vars=_loop_vars))
            yield '</dd>\n        <dt>'
            yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'highest'))
            yield '</dt><dd>'
            yield escape(context.call((undefined(name='moment') if l_0_moment is missing else l_0_moment), environment.getattr(l_1_s, 'highest'), _loop_vars=_loop_vars))
            yield '</dd>\n        '
        yield '\n      </dl>\n    </article>\n  '
    l_1_loop = l_1_s = l_1_kpis = l_1_research = l_1_coverage = missing
    yield '\n  </div>\n</section>\n\n'
    if (undefined(name='changes') if l_0_changes is missing else l_0_changes):
        pass
        yield '\n<section id="changes" aria-labelledby="changes-heading">\n  <h2 id="changes-heading">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'changes'))
        yield '</h2>\n  <ul>'
        for l_1_line in (undefined(name='changes') if l_0_changes is missing else l_0_changes):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(l_1_line)
            yield '</li>'
        l_1_line = missing
        yield '</ul>\n</section>\n'
    yield '\n\n<section id="issues" aria-labelledby="issues-heading">\n  <h2 id="issues-heading">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'issues_section'))
    yield '</h2>\n  '
    if (undefined(name='has_issues') if l_0_has_issues is missing else l_0_has_issues):
        pass
        yield '<div class="table-wrap" tabindex="0"><table>\n    <thead><tr><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'phase'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'step'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'departments'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'pain_points'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'opportunities'))
        yield '</th></tr></thead>\n    <tbody id="jm-issues">\n    '
        if (undefined(name='static_map') if l_0_static_map is missing else l_0_static_map):
            pass
            for l_1_phase in environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'phases'):
                _loop_vars = {}
                pass
                def t_12(fiter):
                    for l_2_step in fiter:
                        if (environment.getattr(l_2_step, 'pain_points') or environment.getattr(l_2_step, 'opportunities')):
                            yield l_2_step
                for l_2_step in t_12(environment.getattr(l_1_phase, 'steps')):
                    _loop_vars = {}
                    pass
                    yield '\n      <tr data-step="'
                    yield escape(environment.getattr(l_2_step, 'id'))
                    yield '"><td>'
                    yield escape(environment.getattr(l_1_phase, 'name'))
                    yield '</td><td><a href="#step-'
                    yield escape(environment.getattr(l_2_step, 'id'))
                    yield '">'
                    yield escape((environment.getattr(l_2_step, 'index') + 1))
                    yield '. '
                    yield escape(environment.getattr(l_2_step, 'name'))
                    yield '</a></td><td>'
                    yield escape(t_3(context.eval_ctx, t_6(context, environment.getattr(l_2_step, 'departments'), attribute='name'), ', '))
                    yield '</td><td>'
                    yield escape(context.call((undefined(name='list') if l_0_list is missing else l_0_list), environment.getattr(l_2_step, 'pain_points'), _loop_vars=_loop_vars))
                    yield '</td><td>'
                    yield escape(context.call((undefined(name='list') if l_0_list is missing else l_0_list), environment.getattr(l_2_step, 'opportunities'), _loop_vars=_loop_vars))
                    yield '</td></tr>\n    '
                l_2_step = missing
            l_1_phase = missing
        yield '\n    </tbody>\n  </table></div>'
        if (not (undefined(name='static_map') if l_0_static_map is missing else l_0_static_map)):
            pass
            yield '<button type="button" class="more" id="jm-issues-more" hidden></button>'
    else:
        pass
        yield '<p>'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'no_issues'))
        yield '</p>'
    yield '\n  '
    if (undefined(name='departments') if l_0_departments is missing else l_0_departments):
        pass
        yield '\n  <h3>'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'departments'))
        yield '</h3>\n  <div class="table-wrap" tabindex="0"><table>\n    <thead><tr><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'department'))
        yield '</th><th scope="col" class="num">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'pain_points'))
        yield '</th><th scope="col" class="num">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'opportunities'))
        yield '</th></tr></thead>\n    <tbody>\n    '
        for (l_1_d, l_1_pains, l_1_chances) in (undefined(name='department_issues') if l_0_department_issues is missing else l_0_department_issues):
            _loop_vars = {}
            pass
            yield '\n      <tr><th scope="row">'
            yield escape(environment.getattr(l_1_d, 'name'))
            yield '</th><td class="num">'
            yield escape(l_1_pains)
            yield '</td><td class="num">'
            yield escape(l_1_chances)
            yield '</td></tr>\n    '
        l_1_d = l_1_pains = l_1_chances = missing
        yield '\n    </tbody>\n  </table></div>\n  '
    yield '\n</section>\n\n'
    if (undefined(name='inventory') if l_0_inventory is missing else l_0_inventory):
        pass
        yield '\n<section id="touchpoints" aria-labelledby="touchpoints-heading">\n  <h2 id="touchpoints-heading">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'touchpoint_inventory'))
        yield '</h2>\n  <div class="table-wrap" tabindex="0"><table>\n    <thead><tr><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'touchpoint'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'channel'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'online'))
        yield ' / '
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'offline'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'kind'))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'used_in'))
        yield '</th></tr></thead>\n    <tbody>\n    '
        l_1_loop = missing
        for l_1_use, l_1_loop in LoopContext((undefined(name='inventory') if l_0_inventory is missing else l_0_inventory), undefined):
            l_1_ranges = resolve('ranges')
            _loop_vars = {}
            pass
            yield '\n      <tr><th scope="row">'
            yield escape(environment.getattr(environment.getattr(l_1_use, 'touchpoint'), 'name'))
            yield '</th><td>'
            yield escape((environment.getattr(environment.getattr(l_1_use, 'touchpoint'), 'channel') or '—'))
            yield '</td><td>'
            yield escape((environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'online') if environment.getattr(environment.getattr(l_1_use, 'touchpoint'), 'online') else (environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'offline') if (environment.getattr(environment.getattr(l_1_use, 'touchpoint'), 'online') == False) else '—')))
            yield '</td><td>'
            yield escape((environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'indirect') if (environment.getattr(environment.getattr(l_1_use, 'touchpoint'), 'kind') == 'indirect') else environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'direct')))
            yield '</td><td>'
            if (undefined(name='static_map') if l_0_static_map is missing else l_0_static_map):
                pass
                l_2_loop = missing
                t_13 = 1
                for l_2_step, l_2_loop in LoopContext(environment.getattr(l_1_use, 'steps'), undefined):
                    _loop_vars = {}
                    pass
                    yield '<a href="#step-'
                    yield escape(environment.getattr(l_2_step, 'id'))
                    yield '">'
                    yield escape((environment.getattr(l_2_step, 'index') + 1))
                    yield '</a>'
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield ', '
                    t_13 = 0
                l_2_loop = l_2_step = missing
                if t_13:
                    pass
                    yield '—'
            else:
                pass
                yield escape((context.call((undefined(name='ranges') if l_1_ranges is missing else l_1_ranges), environment.getattr(l_1_use, 'steps'), _loop_vars=_loop_vars) or '—'))
            yield '</td></tr>\n    '
        l_1_loop = l_1_use = l_1_ranges = missing
        yield '\n    </tbody>\n  </table></div>\n</section>\n'
    yield '\n\n'
    if (undefined(name='departments') if l_0_departments is missing else l_0_departments):
        pass
        yield '\n<section id="departments" aria-labelledby="departments-heading">\n  <h2 id="departments-heading">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'department_matrix'))
        yield '</h2>\n  <div class="table-wrap" tabindex="0"><table class="matrix">\n    <thead><tr><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'department'))
        yield '</th>'
        for l_1_phase in environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'phases'):
            _loop_vars = {}
            pass
            yield '<th scope="col">'
            yield escape(environment.getattr(l_1_phase, 'name'))
            yield '</th>'
        l_1_phase = missing
        yield '</tr></thead>\n    <tbody>\n    '
        l_1_loop = missing
        for l_1_d, l_1_loop in LoopContext((undefined(name='departments') if l_0_departments is missing else l_0_departments), undefined):
            l_1_matrix = resolve('matrix')
            l_1_row = missing
            _loop_vars = {}
            pass
            l_1_row = environment.getitem((undefined(name='matrix') if l_1_matrix is missing else l_1_matrix), environment.getattr(l_1_loop, 'index0'))
            _loop_vars['row'] = l_1_row
            yield '\n      <tr><th scope="row">'
            yield escape(environment.getattr(l_1_d, 'name'))
            yield '</th>'
            for l_2_steps in (undefined(name='row') if l_1_row is missing else l_1_row):
                _loop_vars = {}
                pass
                yield '<td class="num'
                yield escape((' on' if l_2_steps else cond_expr_undefined("the inline if-expression on line 202 in 'report.html.j2' evaluated to false and no else section was defined.")))
                yield '">'
                if (l_2_steps and (undefined(name='static_map') if l_0_static_map is missing else l_0_static_map)):
                    pass
                    yield '<span title="'
                    yield escape(t_3(context.eval_ctx, t_6(context, l_2_steps, attribute='name'), ', '))
                    yield '">'
                    yield escape(t_4(l_2_steps))
                    yield '</span>'
                elif l_2_steps:
                    pass
                    yield escape(t_4(l_2_steps))
                yield '</td>'
            l_2_steps = missing
            yield '</tr>\n    '
        l_1_loop = l_1_d = l_1_matrix = l_1_row = missing
        yield '\n    </tbody>\n  </table></div>\n</section>\n'
    yield '\n\n'
    if (undefined(name='funnel') if l_0_funnel is missing else l_0_funnel):
        pass
        yield '\n<section id="funnel" aria-labelledby="funnel-heading">\n  <h2 id="funnel-heading">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'funnel'))
        yield '</h2>\n  <div class="table-wrap" tabindex="0"><table>\n    <thead><tr><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'step'))
        yield '</th><th scope="col" class="num">'
        yield escape(t_1(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'reached')))
        yield '</th><th scope="col">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'share'))
        yield '</th><th scope="col" class="num">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'measured_rate'))
        yield '</th><th scope="col" class="num">'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'declared_rate'))
        yield '</th></tr></thead>\n    <tbody>\n    '
        for l_1_row in (undefined(name='funnel') if l_0_funnel is missing else l_0_funnel):
            l_1_count = resolve('count')
            _loop_vars = {}
            pass
            yield '\n      <tr><th scope="row"><a href="#step-'
            yield escape(environment.getattr(environment.getattr(l_1_row, 'step'), 'id'))
            yield '">'
            yield escape((environment.getattr(environment.getattr(l_1_row, 'step'), 'index') + 1))
            yield '. '
            yield escape(environment.getattr(environment.getattr(l_1_row, 'step'), 'name'))
            yield '</a></th><td class="num">'
            yield escape(context.call((undefined(name='count') if l_1_count is missing else l_1_count), environment.getattr(l_1_row, 'reached'), _loop_vars=_loop_vars))
            yield '</td><td><svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="bar" width="'
            yield escape(environment.getattr(l_1_row, 'bar'))
            yield '" height="10"/></svg> '
            yield escape(environment.getattr(l_1_row, 'percent'))
            yield '</td><td class="num">'
            yield escape((environment.getattr(l_1_row, 'measured') or '—'))
            yield '</td><td class="num">'
            yield escape((environment.getattr(l_1_row, 'declared') or '—'))
            yield '</td></tr>\n    '
        l_1_row = l_1_count = missing
        yield '\n    </tbody>\n  </table></div>\n  '
        if (undefined(name='data_sources') if l_0_data_sources is missing else l_0_data_sources):
            pass
            yield '<p class="src"><small>'
            yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'figures_from'))
            yield ': '
            yield escape(t_3(context.eval_ctx, (undefined(name='data_sources') if l_0_data_sources is missing else l_0_data_sources), '; '))
            yield '</small></p>'
        yield '\n</section>\n'
    yield '\n\n<section id="steps" aria-labelledby="steps-heading">\n  <h2 id="steps-heading">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'step_details'))
    yield '</h2>\n  <p id="jm-empty" hidden>'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'no_match'))
    yield '</p>\n  <div id="jm-steps" data-more="'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'more_steps'))
    yield '">\n  '
    if (undefined(name='static_map') if l_0_static_map is missing else l_0_static_map):
        pass
        yield '\n  '
        l_1_loop = missing
        for l_1_phase, l_1_loop in LoopContext(environment.getattr((undefined(name='journey') if l_0_journey is missing else l_0_journey), 'phases'), undefined):
            _loop_vars = {}
            pass
            yield '\n  <h3>'
            yield escape(environment.getattr(l_1_phase, 'name'))
            yield '</h3>\n  '
            l_2_loop = missing
            for l_2_step, l_2_loop in LoopContext(environment.getattr(l_1_phase, 'steps'), undefined):
                l_2_entries = resolve('entries')
                l_2_source = resolve('source')
                l_2_opened = l_2_where = missing
                _loop_vars = {}
                pass
                yield '\n  <article class="step card" id="step-'
                yield escape(environment.getattr(l_2_step, 'id'))
                yield '" data-step="'
                yield escape(environment.getattr(l_2_step, 'id'))
                yield '">\n    <h4>'
                yield escape((environment.getattr(l_2_step, 'index') + 1))
                yield '. '
                yield escape(environment.getattr(l_2_step, 'name'))
                yield '</h4>\n    <dl>\n      '
                for (l_3_name, l_3_v) in context.call((undefined(name='entries') if l_2_entries is missing else l_2_entries), l_2_step, environment.getattr(l_2_loop, 'last'), _loop_vars=_loop_vars):
                    _loop_vars = {}
                    pass
                    yield '<dt>'
                    yield escape(l_3_name)
                    yield '</dt><dd>'
                    yield escape(context.call((undefined(name='value') if l_0_value is missing else l_0_value), l_3_v, _loop_vars=_loop_vars))
                    yield '</dd>'
                l_3_name = l_3_v = missing
                yield '\n    </dl>\n    '
                l_2_opened = context.call(environment.getattr((undefined(name='links') if l_0_links is missing else l_0_links), 'opened_by'), environment.getattr(l_2_step, 'index'), _loop_vars=_loop_vars)
                _loop_vars['opened'] = l_2_opened
                if (undefined(name='opened') if l_2_opened is missing else l_2_opened):
                    pass
                    yield '<p class="jm-linked">'
                    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'opens'))
                    yield ' → <a href="'
                    yield escape(environment.getattr((undefined(name='opened') if l_2_opened is missing else l_2_opened), 'href'))
                    yield '">'
                    yield escape(environment.getattr((undefined(name='opened') if l_2_opened is missing else l_2_opened), 'title'))
                    yield '</a></p>'
                yield '\n    '
                l_2_where = context.call((undefined(name='source') if l_2_source is missing else l_2_source), l_2_step, _loop_vars=_loop_vars)
                _loop_vars['where'] = l_2_where
                if (undefined(name='where') if l_2_where is missing else l_2_where):
                    pass
                    yield '<p class="src"><small>'
                    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'source'))
                    yield ': <code>'
                    yield escape((undefined(name='where') if l_2_where is missing else l_2_where))
                    yield '</code></small></p>'
                yield '\n  </article>\n  '
            l_2_loop = l_2_step = l_2_entries = l_2_opened = l_2_source = l_2_where = missing
            yield '\n  '
        l_1_loop = l_1_phase = missing
        yield '\n  '
    else:
        pass
        yield '<noscript><p>'
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'needs_script'))
        yield '</p></noscript>'
    yield '\n  </div>\n</section>\n</main>\n<footer><p>'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'made_with'))
    yield ' '
    yield escape((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '</p></footer>\n<script type="application/json" id="jm-model"'
    if (not (undefined(name='static_map') if l_0_static_map is missing else l_0_static_map)):
        pass
        yield ' data-encoding="gzip-base64"'
    yield '>'
    yield escape((undefined(name='model') if l_0_model is missing else l_0_model))
    yield '</script>\n<script>\n'
    yield escape((undefined(name='page_js') if l_0_page_js is missing else l_0_page_js))
    yield '\n</script>\n</body>\n</html>\n'

blocks = {}
debug_info = '1=80&2=92&3=103&4=109&6=135&7=140&9=211&11=237&16=239&18=241&20=243&21=245&22=247&23=249&25=251&26=253&29=255&30=257&31=259&32=261&35=263&36=265&38=267&43=277&46=279&47=281&48=287&49=305&51=330&52=332&55=344&57=346&58=348&59=354&60=360&61=362&62=368&63=370&64=376&65=382&66=388&71=390&73=392&74=394&75=412&76=430&77=449&78=455&83=457&84=465&87=474&88=478&92=480&94=482&95=484&96=487&97=489&100=495&102=498&103=500&104=502&109=505&111=508&113=511&115=515&116=521&117=527&118=534&126=544&128=547&130=554&131=558&133=564&134=572&135=580&136=588&137=596&138=604&139=608&140=611&142=618&143=622&151=629&153=632&154=634&159=643&160=645&161=648&163=658&164=671&167=690&168=699&169=702&171=704&173=710&174=714&181=723&183=726&185=728&187=741&188=746&195=781&197=784&199=786&201=797&202=805&209=829&211=832&213=834&215=844&216=849&220=867&225=876&226=878&227=880&228=882&229=886&230=890&231=893&232=900&233=904&235=908&237=918&238=930&242=947&246=950&247=954&249=960'