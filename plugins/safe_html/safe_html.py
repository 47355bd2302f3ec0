"""The site's escaping policy, enforced: autoescape on, trusted HTML marked one way.

The theme prints every value as text. Pelican's own rendered Markdown
(``page.content``, ``article.content``) is the one exception that templates can
reach, and they mark it in one way only: ``{{ page|content_html }}`` takes the page
or article itself, never a string, so no other value can be turned into HTML by a
template. ``plain_text`` gives the visible text of HTML for titles and descriptions.
``fecha``, ``numero`` and ``porcentaje`` print dates and numbers as text in the one
style of the site, as Mexico writes them ("15 de noviembre de 2026", 1,234, 59.1%).
"""

from __future__ import annotations

from markupsafe import Markup
from pelican import signals
from pelican.contents import Content
from ventana_data import csp
from ventana_data.formats import long_date, number, percent
from ventana_data.html import plain_text, sanitizer
from ventana_data.settings import stop

from .settings import settings_for


def content_html(obj: Content) -> Markup:
    """The rendered body of a page or article, as trusted HTML."""
    if not isinstance(obj, Content):
        raise TypeError(f"content_html espera una página o noticia, no {type(obj).__name__}")
    return Markup(obj.content or "")


def sanitize_content(obj: Content) -> None:
    """Editor HTML in a page or news item (body and summary) through the allowlist."""
    if getattr(obj, "_content", None) is None:
        return
    clean = sanitizer(obj.settings)
    obj._content = str(clean(obj._content))
    if "summary" in obj.metadata:
        obj.metadata["summary"] = obj._summary = str(clean(obj.metadata["summary"]))


def add_filters(generator) -> None:
    if not generator.env.autoescape:
        stop(
            "pelicanconf.py: JINJA_ENVIRONMENT: la plantilla del sitio necesita que Jinja "
            'escape todo el texto. Agrega "autoescape": True a JINJA_ENVIRONMENT.'
        )
    generator.env.filters["content_html"] = content_html
    generator.env.filters["plain_text"] = plain_text
    generator.env.filters.update(fecha=long_date, numero=number, porcentaje=percent)
    generator.env.globals["CONTENT_SECURITY_POLICY"] = content_security_policy(generator.settings)


def content_security_policy(settings) -> str:
    """The policy every page of this build carries (see ventana_data/csp.py)."""
    conf = settings_for(settings)
    return csp.policy(livereload=conf["livereload"], iframe_hosts=conf["iframe_hosts"])


def check_settings(pelican) -> None:
    settings_for(pelican.settings)


def register() -> None:
    signals.initialized.connect(check_settings)
    signals.generator_init.connect(add_filters)
    signals.content_object_init.connect(sanitize_content)
