"""A definition list with other content loses the pairing of each term and its meaning."""

from ..finding import Severity
from .base import Rule, hit
from .list_children import stray_child

ITEMS = frozenset({"dt", "dd"})
ALLOWED = ITEMS | {"script", "template"}
GROUPS = ALLOWED | {"div"}


def dl_stray(dl):
    """Only dt, dd and div groups of dt and dd may sit in a <dl>."""
    found = stray_child(dl, lambda c: c.tag in GROUPS and c.get("role") is None)
    if found:
        return found
    for div in dl.iterchildren("div"):
        found = stray_child(div, lambda c: c.tag in ALLOWED and c.get("role") is None)
        if found:
            return found
    return None


class DefinitionListChildren(Rule):
    id = "definition-list-children"
    wcag = "1.3.1"
    severity = Severity.ERROR
    title = "Lista de definiciones con contenido suelto"
    message = "Una lista de definiciones <dl> contiene algo fuera de <dt> y <dd>: «{found}»."
    hint = "Dentro de <dl> pon solo parejas <dt> (término) y <dd> (definición)."
    axe = ("definition-list",)

    def check(self, page):
        for dl in page.by_tag.get("dl", ()):
            if dl.get("role") is not None:
                continue
            found = dl_stray(dl)
            if found:
                yield hit(dl, found, found=found[:60])
