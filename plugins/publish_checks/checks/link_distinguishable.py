"""Links in running text that only their colour tells apart (WCAG 1.4.1, failure F73).

Read from the theme's CSS: a rule for links (``a``, ``a:link``, ``.vt-prose a``) that
removes the underline (``text-decoration: none``) and puts no other cue in its place (a
bottom border, bold, a background, an inset shadow) fails. Links in navigation, headers
and footers (``nav``, ``header``, ``footer``, or a class naming them) are not running
text and may drop the underline; so may a link's ``:hover`` and ``:focus`` states.
"""

from __future__ import annotations

import re

from ..finding import Severity
from .base import Hit, SiteRule

OTHER_CUES = ("border-bottom", "border", "background", "background-color", "box-shadow")
NOT_TEXT_TAGS = frozenset({"nav", "header", "footer", "button"})
NOT_TEXT_CLASS = re.compile(r"nav|menu|header|footer|breadcrumb|migas|button|btn|skip|card")
STATES = frozenset({"hover", "focus", "focus-visible", "active"})


def removes_underline(rule) -> bool:
    for name in ("text-decoration", "text-decoration-line"):
        decl = rule.get(name)
        if decl is not None and decl.text.lower().split()[:1] == ["none"]:
            return True
    return False


def other_cue(rule) -> bool:
    weight = rule.get("font-weight")
    if weight is not None and weight.text.lower() in ("bold", "bolder", "600", "700", "800", "900"):
        return True
    return any(
        rule.get(name) is not None and rule.get(name).text.lower() not in ("none", "0")
        for name in OTHER_CUES
    )


def in_text(rule) -> bool:
    subject = rule.subject
    if subject.tag != "a" or subject.states & STATES or subject.pseudo_element:
        return False
    for compound in rule.compounds:
        if compound.tag in NOT_TEXT_TAGS:
            return False
        if any(NOT_TEXT_CLASS.search(c) for c in compound.classes):
            return False
    return True


class LinkDistinguishable(SiteRule):
    id = "link-distinguishable"
    wcag = "1.4.1"
    severity = Severity.ERROR
    title = "Enlace que solo se distingue por el color"
    message = "{where}: quita el subrayado de los enlaces del texto y no deja otra señal."
    hint = (
        "Deja el subrayado (text-decoration: underline) en los enlaces dentro del texto; "
        "quien no distingue colores no sabe dónde hay un enlace."
    )

    def check_site(self, site):
        for rule in site.styles.rules:
            if in_text(rule) and removes_underline(rule) and not other_cue(rule):
                yield Hit(
                    context=rule.selector,
                    page=rule.source,
                    line=rule.line,
                    fmt={"where": rule.selector},
                )
