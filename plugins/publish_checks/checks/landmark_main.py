"""The main landmark is where "skip to content" and screen readers' shortcuts land."""

from ..aria import hidden
from ..finding import Severity
from .base import Rule, hit


class LandmarkMain(Rule):
    id = "landmark-main"
    wcag = "2.4.1"
    severity = Severity.ERROR
    title = "Falta la región principal o hay más de una"
    message = "La página tiene {count} regiones <main>; debe tener exactamente una."
    hint = 'Pon el contenido en un único <main id="contenido"> (plantilla base del tema).'
    axe = ("bypass", "landmark-one-main", "landmark-no-duplicate-main")

    def check(self, page):
        mains = page.by_tag.get("main", []) + [
            el
            for el in page.by_attr.get("role", ())
            if el.get("role") == "main" and el.tag != "main"
        ]
        mains = [el for el in mains if not hidden(el)]
        if len(mains) != 1:
            yield hit(mains[1] if mains else page.root, "<main>", count=len(mains))
