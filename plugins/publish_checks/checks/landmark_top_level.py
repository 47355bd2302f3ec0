"""A banner, footer or main inside another landmark is announced out of its place."""

from ..aria import LANDMARKS, explicit_role, implicit_role
from ..finding import Severity
from .base import Rule, hit

# role -> the element that has it implicitly (header/footer only outside sectioning content)
TOP_LEVEL = {"banner": "header", "contentinfo": "footer", "main": "main"}


def _candidates(page):
    for role, tag in TOP_LEVEL.items():
        for el in page.by_tag.get(tag, ()):
            if el.get("role") is None and (tag == "main" or implicit_role(el, page) == role):
                yield el, role
    for el in page.by_attr.get("role", ()):
        role = el.get("role")
        if role in TOP_LEVEL:
            yield el, role


def enclosing_landmark(el, page):
    """The role of the nearest ancestor landmark (a form counts only with role="form")."""
    for node in el.iterancestors():
        role = explicit_role(node)
        if role is None and node.tag != "form":
            role = implicit_role(node, page)
        if role in LANDMARKS:
            return role
    return None


class LandmarkTopLevel(Rule):
    id = "landmark-top-level"
    wcag = "1.3.1"
    severity = Severity.WARNING
    title = "Región principal, encabezado o pie dentro de otra región"
    message = "La región «{role}» está dentro de la región «{parent}»."
    hint = (
        "Saca <header>, <footer> y <main> del resto de las regiones: van directamente en "
        "<body> (plantilla base del tema)."
    )
    axe = (
        "landmark-banner-is-top-level",
        "landmark-contentinfo-is-top-level",
        "landmark-main-is-top-level",
    )

    def check(self, page):
        for el, role in _candidates(page):
            parent = enclosing_landmark(el, page)
            if parent:
                yield hit(el, f"<{el.tag}>", role=role, parent=parent)
