"""Parts in another language need a valid ``lang`` so they are pronounced correctly."""

from ..finding import Severity
from ..langs import valid_lang
from .base import Rule, hit


class LangPartInvalid(Rule):
    id = "lang-part-invalid"
    wcag = "3.1.2"
    severity = Severity.ERROR
    title = "Idioma de un fragmento vacío o inválido"
    message = "Un fragmento declara el idioma «{lang}», que no es un código válido."
    hint = 'Usa un código válido en el atributo lang, por ejemplo lang="en" para inglés.'
    axe = ("valid-lang",)

    def check(self, page):
        for el in page.by_attr.get("lang", ()):
            if el is page.root:
                continue
            lang = (el.get("lang") or "").strip()
            if not valid_lang(lang):
                yield hit(el, page.text(el) or f'lang="{lang}"', lang=lang)
