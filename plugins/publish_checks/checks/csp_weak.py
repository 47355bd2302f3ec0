"""A policy that allows inline or foreign script, or comes after the resources, protects nothing."""

from functools import lru_cache

from ventana_data import csp

from ..finding import Severity
from ..security import policies
from .base import Rule, hit

# Elements that load or run something: the policy has to come before all of them.
_LOADERS = ("script", "link", "style", "base")


class CspWeak(Rule):
    id = "csp-weak"
    wcag = ""
    severity = Severity.ERROR
    title = "Política de seguridad (CSP) incompleta (seguridad)"
    message = "La política de seguridad de la página no basta: {problems}."
    hint = (
        "Usa la política que escribe base.html (ventana_data/csp.py): al menos "
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self', "
        "sin 'unsafe-inline' ni 'unsafe-eval', y al principio de <head>."
    )

    def check(self, page):
        found = policies(page)
        if not found:
            return
        meta = found[0]
        problems = list(_weaknesses(meta.get("content") or ""))
        if _late(page, meta):
            problems.append("llega después de un script, una hoja de estilo o <base>")
        if meta.getparent() is None or meta.getparent().tag != "head":
            problems.append("no está dentro de <head>")
        if problems:
            yield hit(meta, meta.get("content") or "", problems="; ".join(problems))


@lru_cache(maxsize=8)
def _weaknesses(content):
    """``csp.weaknesses`` once for the policy every page repeats."""
    return tuple(csp.weaknesses(content))


def _late(page, meta) -> bool:
    """True if something that loads or runs comes before the policy in the document."""
    for el in page.root.iter():
        if el is meta:
            return False
        if el.tag in _LOADERS:
            return True
    return False
