"""An on* attribute (onclick, onerror) is script written into the markup: never allowed."""

from ..finding import Severity
from ..page import EVENT_HANDLERS
from .base import Rule, hit


class EventHandler(Rule):
    id = "event-handler"
    wcag = ""
    severity = Severity.ERROR
    title = "Atributo que ejecuta código (on...) (seguridad)"
    message = "El elemento <{tag}> tiene el atributo {attr}, que ejecuta código en el navegador."
    hint = (
        "Quita el atributo {attr}. El tema agrega el comportamiento desde sus archivos de "
        "theme/js/; en el contenido no va código."
    )

    def check(self, page):
        for el in dict.fromkeys(page.by_attr.get(EVENT_HANDLERS, ())):
            for name in el.attrib:
                if name[:2] == "on":
                    yield hit(el, f"{name}={el.get(name)}", tag=el.tag, attr=name)
