"""Links and buttons the theme makes smaller than 24 × 24 px (WCAG 2.2, 2.5.8).

Read from the theme's CSS, at the narrow and the wide layout: a rule for a link, button
or form field (by element, ``role`` or a class named ``…button``/``…btn``) that sets
``width`` or ``height`` (or their ``max-``) below 24 px fails, unless the same rule sets
``min-width``/``min-height`` of 24 px or more. A link inside a sentence is exempt by
WCAG and is never sized this way. Sizes the checker cannot read are skipped here (the
contrast rules report unreadable values).
"""

from __future__ import annotations

import re

from ..css import LAYOUTS
from ..finding import Severity
from ..lengths import Unknown
from .base import Hit, SiteRule

MINIMUM = 24.0
TARGET_TAGS = frozenset({"a", "button", "input", "select", "summary", "textarea"})
TARGET_CLASS = re.compile(r"(?:^|[-_])(?:button|btn|boton)$")
TARGET_ROLES = ('role="button"', 'role="link"', "role=button", "role=link")
BASE_FONT = 16.0


def is_target(compound) -> bool:
    if compound.pseudo_element:
        return False
    if compound.tag in TARGET_TAGS:
        return True
    if any(a.replace("'", '"') in TARGET_ROLES or a[1:-1] in TARGET_ROLES for a in compound.attrs):
        return True
    return any(TARGET_CLASS.search(c) for c in compound.classes)


class TargetSize(SiteRule):
    id = "target-size"
    wcag = "2.5.8"
    severity = Severity.ERROR
    title = "Enlace o botón de menos de 24 px"
    message = "{where}: {prop} de {size:g} px deja el enlace o botón más chico que 24 px."
    hint = (
        "Dale al menos 24 px de ancho y alto (min-width / min-height, o más padding); "
        "así se puede tocar sin atinarle a otro."
    )

    def check_site(self, site):
        styles = site.styles
        seen = set()
        for width in LAYOUTS:
            for rule in styles.at(width):
                if not is_target(rule.subject):
                    continue
                for prop, size in _too_small(styles, rule, width):
                    key = (rule.source, rule.line, rule.selector, prop)
                    if key not in seen:
                        seen.add(key)
                        yield Hit(
                            context=rule.selector,
                            page=rule.source,
                            line=rule.line,
                            fmt={"where": rule.selector, "prop": prop, "size": size},
                        )


def _too_small(styles, rule, width: float):
    for axis in ("width", "height"):
        floor = _px(styles, rule, f"min-{axis}", width)
        if floor is not None and floor >= MINIMUM:
            continue
        for prop in (axis, f"max-{axis}"):
            size = _px(styles, rule, prop, width)
            if size is not None and 0 < size < MINIMUM:
                yield prop, round(size, 1)
                break


def _px(styles, rule, name: str, width: float) -> float | None:
    decl = rule.get(name)
    if decl is None:
        return None
    value = styles.length(decl, rule, BASE_FONT, width)
    return None if isinstance(value, Unknown) or value is None else float(value)
