"""An embedded <object> (a document, a graphic) needs a name a screen reader can say."""

from ..aria import PRESENTATIONAL, labelled
from ..finding import Severity
from .base import Rule, hit


class ObjectAlt(Rule):
    id = "object-alt"
    wcag = "1.1.1"
    severity = Severity.ERROR
    title = "Objeto incrustado (object) sin texto alternativo"
    message = "El objeto incrustado que muestra {data} no tiene nombre accesible."
    hint = (
        'Agrega aria-label="..." o title="..." a <object> diciendo lo que muestra; '
        "mejor aún, usa <img> con alt o un enlace al archivo."
    )
    axe = ("object-alt",)

    def check(self, page):
        for el in page.by_tag.get("object", ()):
            data = el.get("data")
            if data is None:
                continue
            role = (el.get("role") or "").strip().lower()
            if role and role not in PRESENTATIONAL:
                continue  # a role of its own: the role-name rules ask for the name
            if role in PRESENTATIONAL or labelled(el, page):
                continue
            yield hit(el, data, data=data)
