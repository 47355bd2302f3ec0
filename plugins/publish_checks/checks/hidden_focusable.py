"""A link or button hidden from sight that the keyboard still reaches (WCAG 2.4.7, F78).

Read from the theme's CSS: the «visually hidden» patterns (``clip``/``clip-path`` to
nothing, ``left``/``top``/``text-indent`` far off screen, ``opacity: 0``, a 1 px box with
``overflow: hidden``) keep text for screen readers, which is right for text; on a link or
button (by element or a class named ``…link``/``…button``/``skip``) focus lands on
something nobody sees, unless a ``:focus`` or ``:focus-within`` rule for the same
selector brings it back (as skip links do).
"""

from __future__ import annotations

import re

from ..finding import Severity
from .base import Hit, SiteRule
from .target_size import is_target

LINKISH = re.compile(r"(?:^|[-_])(?:link|skip|saltar)$")
REVEAL = frozenset({"focus", "focus-within", "focus-visible"})
_OFF = re.compile(r"^-\d{3,}(?:\.\d+)?(?:px|em|rem)$|^-\d{2,}(?:\.\d+)?(?:vw|vh|%)$")


def hides_visually(rule) -> bool:
    def text(name: str) -> str:
        decl = rule.get(name)
        return decl.text.lower().replace(" ", "") if decl is not None else ""

    if text("clip").startswith("rect(0") or text("clip-path") in ("inset(50%)", "inset(100%)"):
        return True
    if any(_OFF.match(text(name)) for name in ("left", "top", "text-indent")):
        return True
    if text("opacity") in ("0", "0.0"):
        return True
    tiny = text("width") in ("1px", "0", "0px") and text("height") in ("1px", "0", "0px")
    return tiny and text("overflow") == "hidden"


def focusable(compound) -> bool:
    return is_target(compound) or any(LINKISH.search(c) for c in compound.classes)


class HiddenFocusable(SiteRule):
    id = "hidden-focusable"
    wcag = "2.4.7"
    severity = Severity.ERROR
    title = "Enlace o botón oculto que recibe el foco"
    message = "{where}: esconde un enlace o botón a la vista, pero el teclado todavía llega a él."
    hint = (
        "Muéstralo al recibir el foco con una regla «{selector}:focus» (como el enlace para "
        "saltar al contenido), o quítalo del teclado con hidden o display: none."
    )

    def check_site(self, site):
        rules = site.styles.rules
        revealed = {
            (r.compounds[:-1], r.subject.base)
            for r in rules
            if r.subject.states & REVEAL and not hides_visually(r)
        }
        for rule in rules:
            subject = rule.subject
            if subject.states or not focusable(subject) or not hides_visually(rule):
                continue
            if (rule.compounds[:-1], subject.base) in revealed:
                continue
            yield Hit(
                context=rule.selector,
                page=rule.source,
                line=rule.line,
                fmt={"where": rule.selector, "selector": rule.selector},
            )
