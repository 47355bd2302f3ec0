"""How the rules of axe-core relate to ours: every axe rule is matched or explained.

A rule of ours names the axe rules it agrees with in its ``axe`` attribute. Rules linked
through shared axe rules form a group (palette-contrast and contrast-inline together are
color-contrast); on every fixture a group's rules flag exactly the pages its axe rules
flag (tests/browser/test_axe_agreement.py runs both). A rule that asks more than axe
says why in ``beyond_axe`` and has no ``axe``. The axe rules no rule of ours matches are
listed here with the reason. An axe rule in neither place raises ``UnknownAxeRule``: a
new axe-core release cannot slip a rule past the checks unnoticed.
"""

from __future__ import annotations

from functools import cache

from .checks import all_rules
from .errors import PublishChecksError

AXE_VERSION = "4.14.1"  # the version the browser suite pins (tests/browser/tools.py)

BROWSER = "navegador"
PENDING = "pendiente"
EXPERIMENTAL = "experimental"
DEPRECATED = "en desuso"
REVIEW = "revisión"

_LAYOUT = "depende del tamaño y la posición de cada caja en pantalla"

# axe rule id -> (kind, reason in Spanish). Kinds: BROWSER needs a rendered page;
# PENDING could be decided from the HTML but has no rule yet; EXPERIMENTAL and DEPRECATED
# are not run by axe unless asked (the browser suite does not ask); REVIEW never fails a
# page, axe only asks a person to look.
NO_COUNTERPART: dict[str, tuple[str, str]] = {
    "scrollable-region-focusable": (BROWSER, "solo se sabe si hay desplazamiento al dibujar"),
    "frame-tested": (BROWSER, "revisa que axe corra dentro de cada marco"),
    "frame-focusable-content": (
        BROWSER,
        "lee el documento dentro del marco, que puede venir de otro sitio; iframe-title y "
        "tabindex-positive revisan el marco mismo",
    ),
    "video-caption": (
        REVIEW,
        "axe no sabe si el video tiene audio: solo pide revisarlo a mano; video-caption "
        'marca un <video> sin <track kind="captions">',
    ),
    "audio-caption": (
        DEPRECATED,
        "axe la retiró: no puede saber si un audio tiene transcripción; se revisa a mano",
    ),
    "aria-roledescription": (
        DEPRECATED,
        "axe la retiró: ARIA permite aria-roledescription en cualquier elemento con rol",
    ),
    "landmark-complementary-is-top-level": (
        DEPRECATED,
        "axe la retiró: ARIA 1.2 permite <aside> dentro de <main>",
    ),
    "target-size": (BROWSER, _LAYOUT + "; target-size revisa los tamaños que fija el CSS"),
    "link-in-text-block": (
        BROWSER,
        "compara colores calculados de cada enlace y su párrafo; link-distinguishable "
        "revisa en el CSS que los enlaces del texto no pierdan el subrayado",
    ),
    "css-orientation-lock": (EXPERIMENTAL, "regla experimental de axe"),
    "focus-order-semantics": (EXPERIMENTAL, "regla experimental de axe"),
    "hidden-content": (EXPERIMENTAL, "regla experimental de axe"),
    "p-as-heading": (EXPERIMENTAL, "regla experimental de axe"),
    "table-fake-caption": (EXPERIMENTAL, "regla experimental de axe"),
    "td-has-header": (EXPERIMENTAL, "regla experimental de axe"),
}


# axe rules whose failures axe only reports "to review" (incomplete), never as violations
# (reviewOnFail, or a check that answers "undefined" when it fails): for these, a page
# axe asks to review is a page axe flags.
REVIEW_ONLY = frozenset(
    {
        "aria-braille-equivalent",
        "bypass",
        "duplicate-id-aria",
        "form-field-multiple-labels",
        "frame-title-unique",
        "no-autoplay-audio",
        "server-side-image-map",
        "th-has-data-cells",
    }
)


class UnknownAxeRule(PublishChecksError):
    """axe-core reported a rule that is neither matched nor explained."""


@cache
def covered() -> dict[str, tuple[str, ...]]:
    """axe rule id -> ids of our rules that agree with it, from each rule's ``axe``."""
    found: dict[str, list[str]] = {}
    for rule in all_rules():
        for axe_id in rule.axe:
            found.setdefault(axe_id, []).append(rule.id)
    return {axe_id: tuple(ours) for axe_id, ours in sorted(found.items())}


@cache
def groups() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(our rule ids, axe rule ids): the rules linked through shared axe rules."""
    axe_of = {rule.id: set(rule.axe) for rule in all_rules() if rule.axe}
    found = []
    left = set(axe_of)
    while left:
        ours, theirs = {left.pop()}, set()
        while True:
            theirs |= {a for r in ours for a in axe_of[r]}
            more = {r for r in left if axe_of[r] & theirs}
            if not more:
                break
            ours |= more
            left -= more
        found.append((tuple(sorted(ours)), tuple(sorted(theirs))))
    return tuple(sorted(found))


def counterparts(axe_id: str) -> tuple[str, ...]:
    """Our rules for ``axe_id``; () when explained in NO_COUNTERPART; raises if unknown."""
    if axe_id in covered():
        return covered()[axe_id]
    if axe_id in NO_COUNTERPART:
        return ()
    raise UnknownAxeRule(
        f"axe-core tiene la regla «{axe_id}», que ninguna regla nuestra cubre ni se explica: "
        "agrégala al atributo axe de la regla que coincide, o a NO_COUNTERPART en "
        "plugins/publish_checks/axe_map.py con su motivo."
    )
