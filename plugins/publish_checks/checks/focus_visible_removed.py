"""A focus style that removes the outline and puts nothing in its place (WCAG F78).

Read from the theme's CSS: a rule for ``:focus`` or ``:focus-visible`` that sets
``outline: none`` (or ``0``, a zero width, a transparent colour) fails unless the same
rule, or another focus rule for the same element or its parts, shows focus another way
(an outline, ``box-shadow``, a border, a background, an underline, an SVG stroke).
``:focus:not(:focus-visible)`` (mouse focus only) and ``[tabindex="-1"]`` (focus moved by
a script or a skip link, never by Tab) may drop the outline.
"""

from __future__ import annotations

from ..finding import Severity
from .base import Hit, SiteRule

FOCUS = frozenset({"focus", "focus-visible", "focus-within"})
SHOWS_FOCUS = (
    "box-shadow",
    "border",
    "border-color",
    "border-bottom",
    "border-bottom-color",
    "background",
    "background-color",
    "text-decoration",
    "text-decoration-line",
    "stroke",
    "stroke-width",
)
_HIDDEN = ("none", "0", "0px", "transparent", "hidden")


def removes_outline(rule) -> bool:
    for name in ("outline", "outline-style", "outline-width", "outline-color"):
        decl = rule.get(name)
        if decl is not None and any(word in _HIDDEN for word in decl.text.lower().split()):
            return True
    return False


def shows_focus(rule) -> bool:
    for name in SHOWS_FOCUS:
        decl = rule.get(name)
        if decl is not None and decl.text.lower() not in _HIDDEN:
            return True
    return rule.get("outline") is not None and not removes_outline(rule)


def _focused(compound) -> bool:
    return bool(compound.states & FOCUS)


def _exempt(compound) -> bool:
    keyboard_only = any(
        p.replace(" ", "") == "not(:focus-visible)" for p in compound.pseudo_classes
    )
    scripted = any("tabindex" in a and "-1" in a for a in compound.attrs)
    return keyboard_only or scripted


class FocusVisibleRemoved(SiteRule):
    id = "focus-visible-removed"
    wcag = "2.4.7"
    severity = Severity.ERROR
    title = "Foco del teclado invisible"
    message = "{where}: quita el contorno del foco (outline) y no pone otra señal visible."
    hint = (
        "Borra «outline: none», o pon en su lugar un contorno o un borde en :focus-visible; "
        "quien navega con el teclado necesita ver dónde está."
    )

    def check_site(self, site):
        rules = site.styles.rules
        focus_rules = [r for r in rules if any(_focused(c) for c in r.compounds)]
        for rule in focus_rules:
            subject = rule.subject
            if not _focused(subject) or _exempt(subject) or not removes_outline(rule):
                continue
            if shows_focus(rule) or _replaced(rule, focus_rules):
                continue
            yield Hit(
                context=rule.selector,
                page=rule.source,
                line=rule.line,
                fmt={"where": rule.selector},
            )


def _replaced(rule, focus_rules) -> bool:
    """Another focus rule for the same element (or a part inside it) shows focus."""
    base = rule.subject.base
    for other in focus_rules:
        if other is rule or not shows_focus(other):
            continue
        at = [i for i, c in enumerate(other.compounds) if c.base == base and _focused(c)]
        if not at or any(c.base == base for c in other.compounds[at[0] + 1 :]):
            continue  # not this element, or «.x:focus .x rect», which matches nothing
        if other.compounds[-1].base != base or other.get("outline") is None:
            return True  # a part inside, or another kind of signal
        if (other.specificity, other.order) > (rule.specificity, rule.order):
            return True  # a visible outline that wins the cascade
    return False
