# Generated from journeymd/data/templates by Jinja; do not edit.
# ruff: noqa
# mypy: ignore-errors
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'style.css.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_rules = l_0_page_vars = l_0_shapes = l_0_stylesheet = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    def macro(l_1_c, l_1_scope):
        t_2 = []
        l_1_research = resolve('research')
        l_1_s = missing
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        if l_1_scope is missing:
            l_1_scope = ''
        pass
        l_1_s = (markup_join((l_1_scope, ' ', )) if l_1_scope else '')
        t_2.extend((
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-bg{fill:',
            escape(environment.getattr(l_1_c, 'background')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-hit{fill:',
            escape(environment.getattr(l_1_c, 'background')),
            ';fill-opacity:0}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-title{fill:',
            escape(environment.getattr(l_1_c, 'title')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-body{fill:',
            escape(environment.getattr(l_1_c, 'text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-step-name{fill:',
            escape(environment.getattr(l_1_c, 'text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-muted{fill:',
            escape(environment.getattr(l_1_c, 'muted')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-link-text{fill:',
            escape(environment.getattr(l_1_c, 'text')),
            ';text-decoration:underline}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-lane{fill:',
            escape(environment.getattr(l_1_c, 'lane_bg')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-lane-alt{fill:',
            escape(environment.getattr(l_1_c, 'lane_bg_alt')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-lane-label-bg{fill:',
            escape(environment.getattr(l_1_c, 'lane_label_bg')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-lane-label{fill:',
            escape(environment.getattr(l_1_c, 'lane_label_text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-grid{stroke:',
            escape(environment.getattr(l_1_c, 'grid')),
            ';fill:none}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-card{fill:',
            escape(environment.getattr(l_1_c, 'card_bg')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'card_border')),
            '}\n',
        ))
        if (undefined(name='research') if l_1_research is missing else l_1_research):
            pass
            t_2.extend((
                escape((undefined(name='s') if l_1_s is missing else l_1_s)),
                '.jm-card-assumed{fill:',
                escape(environment.getattr(l_1_c, 'lane_label_bg')),
                ';stroke-width:1.5;stroke-dasharray:6 4}\n',
                escape((undefined(name='s') if l_1_s is missing else l_1_s)),
                '.jm-research-ring{fill:',
                escape(environment.getattr(l_1_c, 'background')),
                ';stroke:',
                escape(environment.getattr(l_1_c, 'text')),
                ';stroke-width:1.3}\n',
                escape((undefined(name='s') if l_1_s is missing else l_1_s)),
                '.jm-research-assumed{stroke:',
                escape(environment.getattr(l_1_c, 'muted')),
                ';stroke-dasharray:2 2}\n',
                escape((undefined(name='s') if l_1_s is missing else l_1_s)),
                '.jm-research-fill{fill:',
                escape(environment.getattr(l_1_c, 'text')),
                '}\n',
            ))
        t_2.extend((
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-card-new{stroke:',
            escape(environment.getattr(l_1_c, 'positive')),
            ';stroke-width:3}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-card-changed{stroke:',
            escape(environment.getitem(environment.getattr(l_1_c, 'personas'), (1 if (t_1(environment.getattr(l_1_c, 'personas')) > 1) else 0))),
            ';stroke-width:3;stroke-dasharray:6 3}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-ghost{fill:none;stroke:',
            escape(environment.getattr(l_1_c, 'muted')),
            ';stroke-width:2;stroke-dasharray:3 3;opacity:.7}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-badge{fill:',
            escape(environment.getattr(l_1_c, 'badge_bg')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-persona-card{fill:',
            escape(environment.getattr(l_1_c, 'card_bg')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'card_border')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-persona-avatar{fill:',
            escape(environment.getattr(l_1_c, 'badge_bg')),
            ';stroke-width:3}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-persona-initials{fill:',
            escape(environment.getattr(l_1_c, 'badge_text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-persona-photo-frame{fill:',
            escape(environment.getattr(l_1_c, 'card_bg')),
            ';stroke-width:3}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-persona-heading{fill:',
            escape(environment.getattr(l_1_c, 'title')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-badge-text{fill:',
            escape(environment.getattr(l_1_c, 'badge_text')),
            '}\n',
        ))
        l_2_loop = missing
        for l_2_color, l_2_loop in LoopContext(environment.getattr(l_1_c, 'phases'), undefined):
            _loop_vars = {}
            pass
            t_2.extend((
                escape((undefined(name='s') if l_1_s is missing else l_1_s)),
                '.jm-ph',
                escape(environment.getattr(l_2_loop, 'index0')),
                '{fill:',
                escape(l_2_color),
                '}\n',
            ))
        l_2_loop = l_2_color = missing
        t_2.extend((
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-phase{stroke:',
            escape(environment.getattr(l_1_c, 'phase_text')),
            ';stroke-opacity:.35;stroke-width:1}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-phase-name{fill:',
            escape(environment.getattr(l_1_c, 'phase_text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-phase-meta{fill:',
            escape(environment.getattr(l_1_c, 'phase_text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-level{stroke:',
            escape(environment.getattr(l_1_c, 'grid')),
            ';stroke-width:1}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-zero{stroke:',
            escape(environment.getattr(l_1_c, 'zero_line')),
            ';stroke-width:1.2;stroke-dasharray:5 4}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-csingle{stroke:',
            escape(environment.getattr(l_1_c, 'curve')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-curve-jump{stroke:',
            escape(environment.getattr(l_1_c, 'muted')),
            '}\n',
        ))
        l_2_loop = missing
        for l_2_color, l_2_loop in LoopContext(environment.getattr(l_1_c, 'personas'), undefined):
            _loop_vars = {}
            pass
            t_2.extend((
                escape((undefined(name='s') if l_1_s is missing else l_1_s)),
                '.jm-cp',
                escape(environment.getattr(l_2_loop, 'index0')),
                '{stroke:',
                escape(l_2_color),
                '}\n',
                escape((undefined(name='s') if l_1_s is missing else l_1_s)),
                '.jm-mp',
                escape(environment.getattr(l_2_loop, 'index0')),
                '{fill:',
                escape(l_2_color),
                '}\n',
            ))
        l_2_loop = l_2_color = missing
        t_2.extend((
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-mk{stroke:',
            escape(environment.getattr(l_1_c, 'background')),
            ';stroke-width:1.5}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-score-pos{fill:',
            escape(environment.getattr(l_1_c, 'positive')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-emotion-high{fill:',
            escape(environment.getattr(l_1_c, 'positive')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-score-neg{fill:',
            escape(environment.getattr(l_1_c, 'negative')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-emotion-low{fill:',
            escape(environment.getattr(l_1_c, 'negative')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-score-zero{fill:',
            escape(environment.getattr(l_1_c, 'neutral')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-face{fill:',
            escape(environment.getattr(l_1_c, 'background')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'neutral')),
            ';stroke-width:1.3}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-face-pos{stroke:',
            escape(environment.getattr(l_1_c, 'positive')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-face-neg{stroke:',
            escape(environment.getattr(l_1_c, 'negative')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-face-feature{fill:',
            escape(environment.getattr(l_1_c, 'text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-face-mouth{fill:none;stroke:',
            escape(environment.getattr(l_1_c, 'text')),
            ';stroke-width:1.2;stroke-linecap:round}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-chip{fill:',
            escape(environment.getattr(l_1_c, 'chip_bg')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'chip_border')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-chip-text{fill:',
            escape(environment.getattr(l_1_c, 'chip_text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-storyboard-frame{fill:',
            escape(environment.getattr(l_1_c, 'card_bg')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'card_border')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-icon{fill:none;stroke:',
            escape(environment.getattr(l_1_c, 'chip_text')),
            ';stroke-width:2;stroke-linecap:round;stroke-linejoin:round}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-dot-online{fill:',
            escape(environment.getattr(l_1_c, 'online')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-dot-offline{fill:',
            escape(environment.getattr(l_1_c, 'background')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'offline')),
            ';stroke-width:2}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-dot-unknown{fill:',
            escape(environment.getattr(l_1_c, 'background')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'muted')),
            ';stroke-width:1.5;stroke-dasharray:2 1.5}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-tag{fill:',
            escape(environment.getattr(l_1_c, 'tag_bg')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'tag_border')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-tag-text{fill:',
            escape(environment.getattr(l_1_c, 'tag_text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-score-track{fill:',
            escape(environment.getattr(l_1_c, 'chip_bg')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'chip_border')),
            ';stroke-width:.8}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-score-bar{fill:',
            escape(environment.getattr(l_1_c, 'curve')),
            '}\n',
        ))
        for l_2_kind in ('pain', 'opportunity', 'question'):
            _loop_vars = {}
            pass
            t_2.extend((
                escape((undefined(name='s') if l_1_s is missing else l_1_s)),
                '.jm-',
                escape(l_2_kind),
                '-bg{fill:',
                escape(environment.getitem(l_1_c, markup_join((l_2_kind, '_bg', )))),
                '}\n',
                escape((undefined(name='s') if l_1_s is missing else l_1_s)),
                '.jm-',
                escape(l_2_kind),
                '-accent{fill:',
                escape(environment.getitem(l_1_c, markup_join((l_2_kind, '_accent', )))),
                '}\n',
                escape((undefined(name='s') if l_1_s is missing else l_1_s)),
                '.jm-',
                escape(l_2_kind),
                '-accent-text{fill:',
                escape(environment.getitem(l_1_c, markup_join((l_2_kind, '_accent', )))),
                '}\n',
                escape((undefined(name='s') if l_1_s is missing else l_1_s)),
                '.jm-',
                escape(l_2_kind),
                '-text{fill:',
                escape(environment.getitem(l_1_c, markup_join((l_2_kind, '_text', )))),
                '}\n',
            ))
        l_2_kind = missing
        t_2.extend((
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-evidence-bg{fill:',
            escape(environment.getattr(l_1_c, 'chip_bg')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-evidence-accent{fill:',
            escape(environment.getattr(l_1_c, 'chip_border')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-evidence-accent-text{fill:',
            escape(environment.getattr(l_1_c, 'muted')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-evidence-text{fill:',
            escape(environment.getattr(l_1_c, 'chip_text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-action{fill:',
            escape(environment.getattr(l_1_c, 'card_bg')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'card_border')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-action-backstage{stroke-dasharray:4 2}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-action-support{stroke-dasharray:1 2}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-fail{fill:',
            escape(environment.getattr(l_1_c, 'pain_bg')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'pain_accent')),
            ';stroke-width:1.5}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-fail-text{fill:',
            escape(environment.getattr(l_1_c, 'pain_text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-blueprint-line{stroke:',
            escape(environment.getattr(l_1_c, 'flow')),
            ';stroke-width:1.5;stroke-dasharray:8 5}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-blueprint-line-label{fill:',
            escape(environment.getattr(l_1_c, 'muted')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-connector{stroke:',
            escape(environment.getattr(l_1_c, 'zero_line')),
            ';stroke-width:2}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-connector-dot{fill:',
            escape(environment.getattr(l_1_c, 'zero_line')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-drop-off{fill:',
            escape(environment.getattr(l_1_c, 'drop_off_bg')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-drop-off-text{fill:',
            escape(environment.getattr(l_1_c, 'drop_off_text')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-flow{fill:none;stroke:',
            escape(environment.getattr(l_1_c, 'flow')),
            ';stroke-width:1.6}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-next{fill:none;stroke:',
            escape(environment.getattr(l_1_c, 'flow')),
            ';stroke-width:1.6}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-arrowhead{fill:',
            escape(environment.getattr(l_1_c, 'flow')),
            '}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-flow-label-bg{fill:',
            escape(environment.getattr(l_1_c, 'flow_label_bg')),
            ';stroke:',
            escape(environment.getattr(l_1_c, 'flow')),
            ';stroke-width:.8}\n',
            escape((undefined(name='s') if l_1_s is missing else l_1_s)),
            '.jm-flow-label{fill:',
            escape(environment.getattr(l_1_c, 'flow_label_text')),
            '}',
        ))
        return concat(t_2)
    context.exported_vars.add('rules')
    context.vars['rules'] = l_0_rules = Macro(environment, macro, 'rules', ('c', 'scope'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_c, l_1_scope):
        t_3 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        if l_1_scope is missing:
            l_1_scope = ':root'
        pass
        t_3.extend((
            escape(l_1_scope),
            '{--bg:',
            escape(environment.getattr(l_1_c, 'background')),
            ';--fg:',
            escape(environment.getattr(l_1_c, 'text')),
            ';--muted:',
            escape(environment.getattr(l_1_c, 'muted')),
            ';--heading:',
            escape(environment.getattr(l_1_c, 'title')),
            ';--link:',
            escape(environment.getitem(environment.getattr(l_1_c, 'personas'), 0)),
            ';--border:',
            escape(environment.getattr(l_1_c, 'card_border')),
            ';--card:',
            escape(environment.getattr(l_1_c, 'card_bg')),
            ';--lane:',
            escape(environment.getattr(l_1_c, 'lane_label_bg')),
            ';--focus:',
            escape(environment.getattr(l_1_c, 'online')),
            '}',
        ))
        return concat(t_3)
    context.exported_vars.add('page_vars')
    context.vars['page_vars'] = l_0_page_vars = Macro(environment, macro, 'page_vars', ('c', 'scope'), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_4 = []
        l_1_font = resolve('font')
        pass
        t_4.extend((
            '.jm-map text{font-family:',
            escape((undefined(name='font') if l_1_font is missing else l_1_font)),
            '}\n.jm-curve{fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}\n.jm-curve-jump{fill:none;stroke-width:1.2;stroke-dasharray:1 5;stroke-linecap:round}\n.jm-dash1{stroke-dasharray:8 4}\n.jm-dash2{stroke-dasharray:2 3}\n.jm-dash3{stroke-dasharray:9 3 2 3}\n.jm-loop{stroke-dasharray:5 3}',
        ))
        return concat(t_4)
    context.exported_vars.add('shapes')
    context.vars['shapes'] = l_0_shapes = Macro(environment, macro, 'shapes', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_theme, l_1_dark, l_1_scope):
        t_5 = []
        if l_1_theme is missing:
            l_1_theme = undefined("parameter 'theme' was not provided", name='theme')
        if l_1_dark is missing:
            l_1_dark = undefined("parameter 'dark' was not provided", name='dark')
        if l_1_scope is missing:
            l_1_scope = undefined("parameter 'scope' was not provided", name='scope')
        pass
        t_5.extend((
            escape(context.call((undefined(name='shapes') if l_0_shapes is missing else l_0_shapes))),
            '\n',
            escape(context.call((undefined(name='rules') if l_0_rules is missing else l_0_rules), environment.getattr(l_1_theme, 'colors'), l_1_scope)),
        ))
        if l_1_dark:
            pass
            t_5.extend((
                '\n@media (prefers-color-scheme:dark){\n',
                escape(context.call((undefined(name='rules') if l_0_rules is missing else l_0_rules), environment.getattr(l_1_dark, 'colors'), l_1_scope)),
                '\n}',
            ))
        return concat(t_5)
    context.exported_vars.add('stylesheet')
    context.vars['stylesheet'] = l_0_stylesheet = Macro(environment, macro, 'stylesheet', ('theme', 'dark', 'scope'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '4=18&5=27&6=29&7=33&8=37&9=41&10=45&11=49&12=53&13=57&14=61&15=65&16=69&17=73&18=77&19=84&20=87&21=91&22=97&23=101&25=107&26=111&27=115&28=119&29=123&30=129&31=133&32=137&33=141&34=145&35=151&37=164&38=168&39=172&40=176&41=180&42=184&43=188&44=194&45=204&47=213&48=217&49=221&50=225&51=229&52=233&53=237&54=243&55=247&56=251&57=255&58=259&59=265&60=269&61=275&62=279&63=283&64=289&65=295&66=301&67=305&68=311&69=316&70=326&71=332&72=338&74=347&75=351&76=355&77=359&78=363&79=369&80=371&81=373&82=379&83=383&84=387&85=391&86=395&87=399&88=403&89=407&90=411&91=415&92=419&93=425&95=433&96=441&98=465&99=471&108=477&109=487&110=489&111=491&113=495'