"""A malformed language tag is ignored by assistive technology, as if it were missing."""

import re

from ..finding import Severity
from .base import Rule, hit

# BCP 47 essentials: language, optional script, region or variants.
LANG_TAG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?(-[a-zA-Z\d]{5,8})*$")


class HtmlLangInvalid(Rule):
    id = "html-lang-invalid"
    wcag = "3.1.1"
    severity = Severity.ERROR
    title = "Idioma de la página inválido"
    message = "El idioma de la página «{lang}» no es un código válido."
    hint = 'Usa un código como "es-MX", "es" o "en".'

    def check(self, page):
        lang = page.lang
        if lang and not LANG_TAG.match(lang):
            yield hit(page.root, f'lang="{lang}"', lang=lang)
