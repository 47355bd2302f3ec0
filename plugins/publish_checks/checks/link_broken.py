"""Every internal link and #anchor must resolve in the output, or the publish is blocked."""

from ..finding import Severity
from ..links import RULE_ID, resolve
from .base import Hit, SiteRule

ALWAYS_VALID_FRAGMENTS = frozenset({"", "top"})


class LinkBroken(SiteRule):
    id = RULE_ID
    wcag = ""
    severity = Severity.ERROR
    title = "Enlace interno roto"
    message = "El enlace a {href} no lleva a ninguna parte: {problem}."
    hint = "Corrige la dirección o el ancla (#...), o crea la página que falta."

    def check_site(self, site):
        for rel, result in site.pages.items():
            for link in result.links:
                problem = self._problem(site, rel, link.href)
                if problem:
                    yield Hit(
                        context=link.context,
                        page=rel,
                        line=link.page_line,
                        fmt={"href": link.href, "problem": problem},
                        ignored=link.ignored,
                    )

    @staticmethod
    def _problem(site, rel, href):
        target, fragment = resolve(rel, href)
        if target.startswith("../"):
            return "apunta fuera del sitio"
        if not site.exists(target):
            return "la página o el archivo no existe"
        if fragment in ALWAYS_VALID_FRAGMENTS:
            return None
        page = site.pages.get(target) or site.pages.get(f"{target}/index.html")
        if page is not None and fragment not in page.ids:
            return f"no existe el ancla #{fragment}"
        return None
