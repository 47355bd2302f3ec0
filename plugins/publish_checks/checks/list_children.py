"""A list holding other things than items is announced with the wrong number of items."""

from ..finding import Severity
from .base import Rule, hit

LISTS = ("ul", "ol")
ALLOWED = frozenset({"li", "script", "template"})


def stray_child(el, allowed):
    """The first child for which ``allowed`` is false: an element, or loose text."""
    if (el.text or "").strip():
        return el.text.strip()
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if not allowed(child):
            return f"<{child.tag}>"
        if (child.tail or "").strip():
            return child.tail.strip()
    return None


def list_item(child):
    role = child.get("role")
    return (child.tag in ALLOWED or role == "listitem") and role in (None, "listitem")


class ListChildren(Rule):
    id = "list-children"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Lista con contenido que no es un elemento de lista"
    message = "Una lista <{tag}> contiene algo fuera de sus <li>: «{found}»."
    hint = "Dentro de <ul> u <ol> pon solo <li>; mete el texto o la etiqueta en un <li>."
    axe = ("list",)

    def check(self, page):
        for tag in LISTS:
            for el in page.by_tag.get(tag, ()):
                if el.get("role") is not None:
                    continue
                found = stray_child(el, list_item)
                if found:
                    yield hit(el, found, tag=tag, found=found[:60])
