"""Two navigation menus both called "Menú" leave a screen reader user guessing."""

from collections import Counter

from ..finding import Severity
from ..page import squash
from .base import Rule, hit

LANDMARK_TAGS = {
    "main": "main",
    "nav": "navigation",
    "aside": "complementary",
    "section": "region",
    "form": "form",
}


class LandmarkUnique(Rule):
    id = "landmark-unique"
    wcag = "1.3.1"
    severity = Severity.WARNING
    title = "Regiones con el mismo nombre"
    message = "Hay {count} regiones «{role}» con el mismo nombre: «{name}»."
    hint = "Dale a cada región un aria-label o un título (aria-labelledby) distinto."
    axe = ("landmark-unique",)

    def check(self, page):
        seen: Counter = Counter()
        first = {}
        for tag, role in LANDMARK_TAGS.items():
            for el in page.by_tag.get(tag, ()):
                name = squash(page.accessible_name(el)) if _named(el) or tag == "nav" else ""
                if tag in ("section", "form") and not name:
                    continue  # unnamed sections and forms are not landmarks
                key = (el.get("role") or role, name.lower())
                seen[key] += 1
                first.setdefault(key, el)
        for (role, name), count in seen.items():
            if count > 1:
                yield hit(
                    first[(role, name)],
                    name or role,
                    count=count,
                    role=role,
                    name=name or "sin nombre",
                )


def _named(el) -> bool:
    return bool(el.get("aria-label") or el.get("aria-labelledby"))
