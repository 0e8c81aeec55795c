# Generated from journeymd/data/templates by Jinja; do not edit.
# ruff: noqa
# mypy: ignore-errors
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'map.svg.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_scene = resolve('scene')
    l_0_prefix = resolve('prefix')
    l_0_interactive = resolve('interactive')
    l_0_fluid = resolve('fluid')
    l_0_label = resolve('label')
    l_0_summary = resolve('summary')
    l_0_embed_style = resolve('embed_style')
    l_0_theme = resolve('theme')
    l_0_dark = resolve('dark')
    l_0_stylesheet = missing
    try:
        t_1 = environment.filters['classes']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'classes' found.")
    try:
        t_2 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_3 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    included_template = environment.get_template('style.css.j2', 'map.svg.j2').make_module(context.get_all(), True, {'stylesheet': l_0_stylesheet})
    l_0_stylesheet = getattr(included_template, 'stylesheet', missing)
    if l_0_stylesheet is missing:
        l_0_stylesheet = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'map.svg.j2') does not export the requested name 'stylesheet'", name='stylesheet')
    context.vars['stylesheet'] = l_0_stylesheet
    context.exported_vars.discard('stylesheet')
    yield '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 '
    yield escape(t_2(environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'width')))
    yield ' '
    yield escape(t_2(environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'height')))
    yield '" width="'
    yield escape((environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'print_width') or t_2(environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'width'))))
    yield '" height="'
    yield escape((environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'print_height') or t_2(environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'height'))))
    yield '" id="'
    yield escape((undefined(name='prefix') if l_0_prefix is missing else l_0_prefix))
    yield 'map" class="jm-map" role="'
    yield escape(('group' if (undefined(name='interactive') if l_0_interactive is missing else l_0_interactive) else 'img'))
    yield '" aria-labelledby="'
    yield escape((undefined(name='prefix') if l_0_prefix is missing else l_0_prefix))
    yield 'title '
    yield escape((undefined(name='prefix') if l_0_prefix is missing else l_0_prefix))
    yield 'desc" lang="'
    yield escape(environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'locale'))
    yield '"'
    if (undefined(name='fluid') if l_0_fluid is missing else l_0_fluid):
        pass
        yield ' style="max-width:100%;height:auto"'
    yield '>\n<title id="'
    yield escape((undefined(name='prefix') if l_0_prefix is missing else l_0_prefix))
    yield 'title">'
    yield escape((environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'title') or (undefined(name='label') if l_0_label is missing else l_0_label)))
    yield '</title>\n<desc id="'
    yield escape((undefined(name='prefix') if l_0_prefix is missing else l_0_prefix))
    yield 'desc">'
    yield escape((undefined(name='summary') if l_0_summary is missing else l_0_summary))
    yield '</desc>\n<defs><marker id="'
    yield escape((undefined(name='prefix') if l_0_prefix is missing else l_0_prefix))
    yield 'arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="jm-arrowhead"/></marker></defs>\n'
    if (undefined(name='embed_style') if l_0_embed_style is missing else l_0_embed_style):
        pass
        yield '<style>\n'
        yield escape(context.call((undefined(name='stylesheet') if l_0_stylesheet is missing else l_0_stylesheet), (undefined(name='theme') if l_0_theme is missing else l_0_theme), (undefined(name='dark') if l_0_dark is missing else l_0_dark), markup_join(('#', (undefined(name='prefix') if l_0_prefix is missing else l_0_prefix), 'map', ))))
        yield '\n</style>'
    yield '\n<rect class="jm-bg" x="0" y="0" width="'
    yield escape(t_2(environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'width')))
    yield '" height="'
    yield escape(t_2(environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'height')))
    yield '"/>\n'
    for l_1_group in environment.getattr((undefined(name='scene') if l_0_scene is missing else l_0_scene), 'groups'):
        _loop_vars = {}
        pass
        yield '<g id="'
        yield escape(t_3(context.eval_ctx, environment.getattr(l_1_group, 'id'), 'jm-', (undefined(name='prefix') if l_0_prefix is missing else l_0_prefix), 1))
        yield '"'
        if ((undefined(name='interactive') if l_0_interactive is missing else l_0_interactive) and environment.getattr(l_1_group, 'data')):
            pass
            yield ' tabindex="0" role="button" aria-label="'
            yield escape(environment.getattr(l_1_group, 'title'))
            yield '"'
            for (l_2_key, l_2_value) in environment.getattr(l_1_group, 'data'):
                _loop_vars = {}
                pass
                yield ' data-'
                yield escape(l_2_key)
                yield '="'
                yield escape(l_2_value)
                yield '"'
            l_2_key = l_2_value = missing
        yield '>'
        if environment.getattr(l_1_group, 'title'):
            pass
            yield '<title>'
            yield escape(environment.getattr(l_1_group, 'title'))
            yield '</title>'
        yield '\n'
        for l_2_item in environment.getattr(l_1_group, 'items'):
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_item, 'kind') == 'box'):
                pass
                yield '<rect x="'
                yield escape(t_2(environment.getattr(l_2_item, 'x')))
                yield '" y="'
                yield escape(t_2(environment.getattr(l_2_item, 'y')))
                yield '" width="'
                yield escape(t_2(environment.getattr(l_2_item, 'w')))
                yield '" height="'
                yield escape(t_2(environment.getattr(l_2_item, 'h')))
                yield '"'
                if environment.getattr(l_2_item, 'rx'):
                    pass
                    yield ' rx="'
                    yield escape(t_2(environment.getattr(l_2_item, 'rx')))
                    yield '"'
                yield ' class="'
                yield escape(t_1(environment.getattr(l_2_item, 'cls')))
                yield '"/>'
            elif (environment.getattr(l_2_item, 'kind') == 'text'):
                pass
                if (environment.getattr(l_2_item, 'href') and (not (undefined(name='interactive') if l_0_interactive is missing else l_0_interactive))):
                    pass
                    yield '<a href="'
                    yield escape(environment.getattr(l_2_item, 'href'))
                    yield '" class="jm-link">'
                for (l_3_line, l_3_baseline) in environment.getattr(l_2_item, 'rows'):
                    _loop_vars = {}
                    pass
                    yield '<text x="'
                    yield escape(t_2(environment.getattr(l_2_item, 'x')))
                    yield '" y="'
                    yield escape(t_2(l_3_baseline))
                    yield '" font-size="'
                    yield escape(t_2(environment.getattr(l_2_item, 'size')))
                    yield '" class="'
                    yield escape(t_1(environment.getattr(l_2_item, 'cls')))
                    yield '"'
                    if environment.getattr(l_2_item, 'bold'):
                        pass
                        yield ' font-weight="bold"'
                    if environment.getattr(l_2_item, 'italic'):
                        pass
                        yield ' font-style="italic"'
                    if (environment.getattr(l_2_item, 'anchor') != 'start'):
                        pass
                        yield ' text-anchor="'
                        yield escape(environment.getattr(l_2_item, 'anchor'))
                        yield '"'
                    yield '>'
                    yield escape(l_3_line)
                    yield '</text>'
                l_3_line = l_3_baseline = missing
                if (environment.getattr(l_2_item, 'href') and (not (undefined(name='interactive') if l_0_interactive is missing else l_0_interactive))):
                    pass
                    yield '</a>'
            elif (environment.getattr(l_2_item, 'kind') == 'line'):
                pass
                yield '<path d="'
                yield escape(environment.getattr(l_2_item, 'd'))
                yield '" class="'
                yield escape(t_1(environment.getattr(l_2_item, 'cls')))
                yield '"'
                if environment.getattr(l_2_item, 'arrow'):
                    pass
                    yield ' marker-end="url(#'
                    yield escape((undefined(name='prefix') if l_0_prefix is missing else l_0_prefix))
                    yield 'arrow)"'
                yield '/>'
            elif (environment.getattr(l_2_item, 'kind') == 'image'):
                pass
                yield '<image href="'
                yield escape(environment.getattr(l_2_item, 'href'))
                yield '" x="'
                yield escape(t_2(environment.getattr(l_2_item, 'x')))
                yield '" y="'
                yield escape(t_2(environment.getattr(l_2_item, 'y')))
                yield '" width="'
                yield escape(t_2(environment.getattr(l_2_item, 'w')))
                yield '" height="'
                yield escape(t_2(environment.getattr(l_2_item, 'h')))
                yield '" preserveAspectRatio="xMidYMid meet" class="'
                yield escape(t_1(environment.getattr(l_2_item, 'cls')))
                yield '" role="img" aria-label="'
                yield escape(environment.getattr(l_2_item, 'alt'))
                yield '"><title>'
                yield escape(environment.getattr(l_2_item, 'alt'))
                yield '</title></image>'
            elif (environment.getattr(l_2_item, 'kind') == 'icon'):
                pass
                yield '<path d="'
                yield escape(environment.getattr(l_2_item, 'd'))
                yield '" transform="'
                yield escape(environment.getattr(l_2_item, 'transform'))
                yield '" class="'
                yield escape(t_1(environment.getattr(l_2_item, 'cls')))
                yield '"/>'
            elif (environment.getattr(l_2_item, 'shape') == 'circle'):
                pass
                yield '<circle cx="'
                yield escape(t_2(environment.getattr(l_2_item, 'x')))
                yield '" cy="'
                yield escape(t_2(environment.getattr(l_2_item, 'y')))
                yield '" r="'
                yield escape(t_2(environment.getattr(l_2_item, 'size')))
                yield '" class="'
                yield escape(t_1(environment.getattr(l_2_item, 'cls')))
                yield '"/>'
            else:
                pass
                yield '<polygon points="'
                yield escape(environment.getattr(l_2_item, 'points'))
                yield '" class="'
                yield escape(t_1(environment.getattr(l_2_item, 'cls')))
                yield '"/>'
            yield '\n'
        l_2_item = missing
        yield '</g>\n'
    l_1_group = missing
    yield '</svg>\n'

blocks = {}
debug_info = '1=39&2=46&3=68&4=72&5=76&6=78&7=81&9=84&10=88&11=92&12=115&13=121&14=137&15=139&16=144&17=148&19=171&20=174&21=177&22=187&23=190&24=206&25=209&26=215&27=218&29=229'