"""Two elements with the same access key: the shortcut reaches only one of them."""

from collections import defaultdict

from ..finding import Severity
from .base import Rule, hit


class AccesskeyDuplicate(Rule):
    id = "accesskey-duplicate"
    wcag = ""
    severity = Severity.WARNING
    title = "Tecla de acceso repetida"
    message = 'La tecla de acceso «{key}» (accesskey="{key}") está en {count} elementos.'
    hint = "Deja cada accesskey en un solo elemento, o quita el atributo."
    axe = ("accesskeys",)

    def check(self, page):
        keys = defaultdict(list)
        for el in page.by_attr.get("accesskey", ()):
            keys[el.get("accesskey").strip().lower()].append(el)
        for key, elements in sorted(keys.items()):
            if key and len(elements) > 1:
                yield hit(elements[1], f'accesskey="{key}"', key=key, count=len(elements))
