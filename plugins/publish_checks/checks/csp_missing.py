"""Without a Content-Security-Policy one slip in escaping is enough to run someone's script."""

from ..finding import Severity
from ..security import policies
from .base import Rule, hit


class CspMissing(Rule):
    id = "csp-missing"
    wcag = ""
    severity = Severity.ERROR
    title = "Página sin política de seguridad (CSP) (seguridad)"
    message = "La página no declara una política de seguridad (Content-Security-Policy)."
    hint = (
        "Haz que la página herede de base.html, que escribe "
        '<meta http-equiv="Content-Security-Policy"> al principio de <head>.'
    )

    def check(self, page):
        if not policies(page):
            head = page.by_tag.get("head")
            yield hit(head[0] if head else page.root, "<head>")
