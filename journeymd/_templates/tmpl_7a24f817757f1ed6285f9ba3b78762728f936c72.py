# Generated from journeymd/data/templates by Jinja; do not edit.
# ruff: noqa
# mypy: ignore-errors
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_locale = resolve('locale')
    l_0_version = resolve('version')
    l_0_t = resolve('t')
    l_0_css = resolve('css')
    l_0_lead = resolve('lead')
    l_0_model = resolve('model')
    l_0_js = resolve('js')
    pass
    yield '<!doctype html>\n<html lang="'
    yield escape((undefined(name='locale') if l_0_locale is missing else l_0_locale))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="__JM_CSP__">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="journeymd '
    yield escape((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '">\n<meta name="color-scheme" content="light dark">\n<title>'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_title'))
    yield '</title>\n<style>\n'
    yield escape((undefined(name='css') if l_0_css is missing else l_0_css))
    yield '\n</style>\n</head>\n<body>\n<a class="skip" href="#journeys">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_skip'))
    yield '</a>\n<header class="page-header">\n  <h1>'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_title'))
    yield '</h1>\n  <p class="lead">'
    yield escape((undefined(name='lead') if l_0_lead is missing else l_0_lead))
    yield '</p>\n  <nav aria-label="'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'overview'))
    yield '"><ul>\n    <li><a href="#journeys">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_cards'))
    yield '</a></li>\n    <li><a href="#tree">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_tree'))
    yield '</a></li>\n    <li><a href="#backlog">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_backlog'))
    yield '</a></li>\n    <li><a href="#touchpoints">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_inventory'))
    yield '</a></li>\n    <li><a href="#heat">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_heat'))
    yield '</a></li>\n  </ul></nav>\n</header>\n<main>\n<noscript><p>'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'needs_script'))
    yield '</p></noscript>\n<section id="journeys" aria-labelledby="journeys-heading">\n  <h2 id="journeys-heading">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_cards'))
    yield '</h2>\n  <p><label for="jm-card-filter">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'search'))
    yield '</label> <input id="jm-card-filter" type="search"></p>\n  <ul id="jm-cards" class="cards"></ul>\n  <button type="button" id="jm-cards-more" class="more" hidden></button>\n</section>\n<section id="tree" aria-labelledby="tree-heading">\n  <h2 id="tree-heading">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_tree'))
    yield '</h2>\n  <div id="jm-tree"></div>\n</section>\n<section id="backlog" aria-labelledby="backlog-heading">\n  <h2 id="backlog-heading">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_backlog'))
    yield '</h2>\n  <div class="filters">\n    '
    for (l_1_key, l_1_name) in (('department', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'department')), ('phase', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'phase')), ('journey', environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_journey'))):
        _loop_vars = {}
        pass
        yield '<label>'
        yield escape(l_1_name)
        yield ' <select id="jm-f-'
        yield escape(l_1_key)
        yield '" name="'
        yield escape(l_1_key)
        yield '"><option value="">('
        yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_all'))
        yield ')</option></select></label>\n    '
    l_1_key = l_1_name = missing
    yield '\n  </div>\n  <p id="jm-backlog-count" aria-live="polite"></p>\n  <div class="scroll"><table>\n    <thead><tr><th scope="col">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_kind'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_text'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_shared'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_where'))
    yield '</th></tr></thead>\n    <tbody id="jm-backlog"></tbody>\n  </table></div>\n  <button type="button" id="jm-backlog-more" class="more" hidden></button>\n</section>\n<section id="touchpoints" aria-labelledby="touchpoints-heading">\n  <h2 id="touchpoints-heading">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_inventory'))
    yield '</h2>\n  <div class="scroll"><table>\n    <thead><tr><th scope="col">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'touchpoints'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'channel'))
    yield '</th><th scope="col">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_where'))
    yield '</th></tr></thead>\n    <tbody id="jm-touchpoints"></tbody>\n  </table></div>\n  <button type="button" id="jm-touchpoints-more" class="more" hidden></button>\n</section>\n<section id="heat" aria-labelledby="heat-heading">\n  <h2 id="heat-heading">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_heat'))
    yield '</h2>\n  <div class="scroll"><table class="heat">\n    <thead><tr id="jm-heat-head"><th scope="col">'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'site_journey'))
    yield '</th></tr></thead>\n    <tbody id="jm-heat"></tbody>\n  </table></div>\n  <button type="button" id="jm-heat-more" class="more" hidden></button>\n</section>\n</main>\n<footer><p>'
    yield escape(environment.getattr((undefined(name='t') if l_0_t is missing else l_0_t), 'made_with'))
    yield ' '
    yield escape((undefined(name='version') if l_0_version is missing else l_0_version))
    yield '</p></footer>\n<script type="application/json" id="jm-site">'
    yield escape((undefined(name='model') if l_0_model is missing else l_0_model))
    yield '</script>\n<script>\n'
    yield escape((undefined(name='js') if l_0_js is missing else l_0_js))
    yield '\n</script>\n</body>\n</html>\n'

blocks = {}
debug_info = '2=19&7=21&9=23&11=25&15=27&17=29&18=31&19=33&20=35&21=37&22=39&23=41&24=43&28=45&30=47&31=49&36=51&40=53&42=55&47=69&53=77&55=79&61=85&63=87&69=89&70=93&72=95'