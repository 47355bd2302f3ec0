"""A braille label with no spoken name leaves screen reader users without any name."""

from ..finding import Severity
from .base import Rule, hit

PAIRS = (
    ("aria-braillelabel", "aria-label"),
    ("aria-brailleroledescription", "aria-roledescription"),
)


class AriaBrailleEquivalent(Rule):
    id = "aria-braille-equivalent"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Etiqueta braille sin su equivalente hablado"
    message = "El elemento tiene {braille} pero no {spoken}."
    hint = "Agrega {spoken} con el texto completo; la versión braille solo lo abrevia."
    axe = ("aria-braille-equivalent",)

    def check(self, page):
        for el in page.aria:
            for braille, spoken in PAIRS:
                if el.get(braille) is None:
                    continue
                named = (el.get(spoken) or "").strip()
                if spoken == "aria-label":
                    named = named or page.accessible_name(el)
                if not named:
                    yield hit(el, braille, braille=braille, spoken=spoken)
