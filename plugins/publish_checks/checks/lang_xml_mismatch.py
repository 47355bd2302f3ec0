"""lang and xml:lang that disagree leave the language of the page to chance."""

from ..finding import Severity
from .base import Rule, hit


def primary(tag: str) -> str:
    return tag.strip().lower().split("-")[0]


class LangXmlMismatch(Rule):
    id = "lang-xml-mismatch"
    wcag = "3.1.1"
    severity = Severity.ERROR
    title = "lang y xml:lang dicen idiomas distintos"
    message = 'La página dice lang="{lang}" y xml:lang="{xml}": son idiomas distintos.'
    hint = 'Deja el mismo idioma en los dos (lang="es-MX"), o quita xml:lang.'
    axe = ("html-xml-lang-mismatch",)

    def check(self, page):
        lang, xml = page.root.get("lang"), page.root.get("xml:lang")
        if lang and xml and primary(lang) and primary(xml) and primary(lang) != primary(xml):
            yield hit(page.root, f'lang="{lang}" xml:lang="{xml}"', lang=lang, xml=xml)
