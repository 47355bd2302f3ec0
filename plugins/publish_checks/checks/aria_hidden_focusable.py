"""Focus can land inside ``aria-hidden`` content, where the screen reader says nothing."""

from ..finding import Severity
from .base import Rule, hit

ALWAYS_FOCUSABLE = frozenset({"button", "select", "textarea", "iframe", "summary"})


def focusable(el):
    if el.get("disabled") is not None or (el.get("tabindex") or "").strip().startswith("-"):
        return False
    tag = el.tag
    if el.get("tabindex") is not None or tag in ALWAYS_FOCUSABLE:
        return True
    if tag in ("a", "area"):
        return el.get("href") is not None
    if tag == "input":
        return (el.get("type") or "").lower() != "hidden"
    if tag in ("audio", "video"):
        return el.get("controls") is not None
    return el.get("contenteditable") in ("", "true")


class AriaHiddenFocusable(Rule):
    id = "aria-hidden-focusable"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Contenido oculto con aria-hidden que recibe el foco"
    message = 'Un elemento con aria-hidden="true" contiene {tag}, que recibe el foco del teclado.'
    hint = 'Quita aria-hidden, o saca el elemento del orden del teclado con tabindex="-1".'
    axe = ("aria-hidden-focus",)

    def check(self, page):
        for el in page.by_attr.get("aria-hidden", ()):
            if el.get("aria-hidden") != "true":
                continue
            for node in el.iter():
                if isinstance(node.tag, str) and focusable(node):
                    yield hit(
                        node,
                        page.text(node) or node.get("href") or f"<{node.tag}>",
                        tag=f"<{node.tag}>",
                    )
                    break
