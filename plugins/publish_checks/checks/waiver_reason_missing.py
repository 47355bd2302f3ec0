"""An exception without a written reason can't be reviewed, so it is itself an error."""

from ..finding import Severity
from .base import Rule, hit


class WaiverReasonMissing(Rule):
    id = "waiver-reason-missing"
    wcag = ""
    severity = Severity.ERROR
    title = "Excepción o umbral bajado sin motivo"
    message = "{what} no tiene motivo escrito."
    hint = "Escribe el motivo: «regla: motivo» en checks_waive, o readability_reason."

    def check(self, page):
        for el in page.by_tag.get("meta", ()):
            name = (el.get("name") or "").lower()
            content = (el.get("content") or "").strip()
            if name == "ventana:waive":
                rule, _, reason = content.partition(":")
                if not reason.strip():
                    yield hit(el, rule.strip(), what=f"La excepción a la regla «{rule.strip()}»")
            elif name == "ventana:readability-min" and content:
                if not page.meta_one("ventana:readability-reason"):
                    what = f"El umbral de legibilidad bajado a {content}"
                    yield hit(el, "readability", what=what)
