"""Inline script runs only when the page's policy names its hash; ours never needs one."""

from ventana_data import csp

from ..finding import Severity
from ..page import squash
from ..security import policy, runs
from .base import Rule, hit


class ScriptInline(Rule):
    id = "script-inline"
    wcag = ""
    severity = Severity.ERROR
    title = "Script escrito dentro de la página (seguridad)"
    message = "La página tiene un script escrito dentro de ella: «{code}»."
    hint = (
        "Quita el <script> del contenido. El código del tema va en un archivo de "
        "theme/js/; si de verdad debe ir dentro de la página, su huella {hash} tiene que "
        "estar en la política de seguridad (script-src)."
    )

    def check(self, page):
        allowed = set(csp.script_sources(policy(page)))
        for el in page.by_tag.get("script", ()):
            if el.get("src") is not None or not runs(el):
                continue
            code = el.text or ""
            digest = csp.source_hash(code)
            if digest not in allowed:
                shown = squash(code)
                yield hit(el, shown, code=shown[:60], hash=digest)
