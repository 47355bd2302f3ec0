"""An element marked role="img" without a name is announced as "image" and nothing else."""

from ..finding import Severity
from .base import Rule, hit

NATIVE = frozenset({"img", "area", "input", "object"})  # img-alt-missing and friends


class RoleImgName(Rule):
    id = "role-img-name"
    wcag = "1.1.1"
    severity = Severity.ERROR
    title = 'Elemento con role="img" sin descripción'
    message = 'Un <{tag}> con role="img" no tiene texto alternativo.'
    hint = 'Agrega aria-label="..." que diga lo que muestra la imagen.'
    axe = ("role-img-alt",)

    def check(self, page):
        for el in page.by_attr.get("role", ()):
            role = (el.get("role") or "").split()
            if not role or role[0] != "img" or el.tag in NATIVE or el.tag == "svg":
                continue
            if el.get("aria-hidden") == "true":
                continue
            labelled = page.accessible_name(el) if el.get("aria-labelledby") else ""
            if not (labelled or (el.get("aria-label") or "").strip() or el.get("title")):
                yield hit(el, f'<{el.tag} role="img">', tag=el.tag)
