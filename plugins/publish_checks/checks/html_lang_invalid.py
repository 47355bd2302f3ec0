"""A malformed language tag is ignored by assistive technology, as if it were missing."""

from ..finding import Severity
from ..langs import valid_lang
from .base import Rule, hit


class HtmlLangInvalid(Rule):
    id = "html-lang-invalid"
    wcag = "3.1.1"
    severity = Severity.ERROR
    title = "Idioma de la página inválido"
    message = "El idioma de la página «{lang}» no es un código válido."
    hint = 'Usa un código como "es-MX", "es" o "en".'
    axe = ("html-lang-valid",)

    def check(self, page):
        lang = page.lang
        if lang and not valid_lang(lang):
            yield hit(page.root, f'lang="{lang}"', lang=lang)
