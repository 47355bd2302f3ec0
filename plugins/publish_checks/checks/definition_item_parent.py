"""A term or definition outside a <dl> is read as plain text, without its pair."""

from ..finding import Severity
from .base import Rule, hit


def in_dl(el):
    parent = el.getparent()
    if parent is not None and parent.tag == "div" and parent.get("role") is None:
        parent = parent.getparent()
    return parent is not None and parent.tag == "dl" and parent.get("role") is None


class DefinitionItemParent(Rule):
    id = "definition-item-parent"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Término o definición fuera de una lista de definiciones"
    message = "Un <{tag}> está fuera de una lista <dl>: «{text}»."
    hint = "Pon los <dt> y <dd> dentro de <dl>, directamente o en un <div> dentro de <dl>."
    axe = ("dlitem",)

    def check(self, page):
        for tag in ("dt", "dd"):
            for el in page.by_tag.get(tag, ()):
                if not in_dl(el):
                    text = page.text(el)
                    yield hit(el, text, tag=tag, text=text[:60])
