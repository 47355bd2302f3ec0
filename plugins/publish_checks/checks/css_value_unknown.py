"""A colour or size the checker cannot read is said out loud: contrast was not checked."""

from ..finding import Severity
from .base import Hit, SiteRule


class CssValueUnknown(SiteRule):
    id = "css-value-unknown"
    wcag = "1.4.3"
    severity = Severity.WARNING
    title = "Valor de CSS que la revisión no puede leer"
    message = (
        "{where}: no se pudo leer {prop}: {value} ({reason}); "
        "el contraste de este estilo no se revisó."
    )
    hint = (
        "Usa un color que la revisión entienda (#hex, rgb(), hsl(), un nombre de color) "
        "o define la variable en :root; si es a propósito, revisa el contraste a mano."
    )

    def check_site(self, site):
        _, undecided = site.text_styles
        for item in undecided:
            rule = item.rule
            yield Hit(
                context=rule.selector,
                page=rule.source,
                line=rule.line,
                fmt={
                    "where": rule.selector,
                    "prop": item.prop,
                    "value": item.value,
                    "reason": item.reason,
                },
            )
