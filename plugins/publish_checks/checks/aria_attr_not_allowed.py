"""A state like aria-checked on an element whose role has no such state is never announced."""

from ..finding import Severity
from .aria_attr_invalid import ATTRIBUTES
from .base import Rule, hit

GLOBAL = frozenset(
    """aria-atomic aria-braillelabel aria-brailleroledescription aria-busy aria-controls
    aria-current aria-describedby aria-description aria-details aria-disabled
    aria-dropeffect aria-errormessage aria-flowto aria-grabbed aria-haspopup aria-hidden
    aria-invalid aria-keyshortcuts aria-label aria-labelledby aria-live aria-owns
    aria-relevant aria-roledescription""".split()
)
# The roles editors and themes use most, with the attributes ARIA 1.2 allows them.
ALLOWED = {
    "button": "aria-expanded aria-pressed",
    "link": "aria-expanded",
    "heading": "aria-level",
    "img": "",
    "list": "",
    "listitem": "aria-level aria-posinset aria-setsize",
    "navigation": "",
    "region": "",
    "banner": "",
    "contentinfo": "",
    "main": "",
    "complementary": "",
    "note": "",
    "group": "aria-activedescendant",
    "presentation": "",
    "none": "",
    "status": "",
    "alert": "",
    "tab": "aria-expanded aria-posinset aria-selected aria-setsize",
    "tabpanel": "",
    "dialog": "aria-modal",
    "alertdialog": "aria-modal",
    "checkbox": "aria-checked aria-expanded aria-readonly aria-required",
    "radio": "aria-checked aria-posinset aria-setsize",
    "switch": "aria-checked aria-expanded aria-readonly aria-required",
}
ALLOWED = {role: GLOBAL | set(extra.split()) for role, extra in ALLOWED.items()}
GENERIC = frozenset({"div", "span", "p"})  # no role of their own: only global attributes


def allowed_for(el):
    role = (el.get("role") or "").split()
    if role:
        return ALLOWED.get(role[0])
    return GLOBAL if el.tag in GENERIC else None


class AriaAttrNotAllowed(Rule):
    id = "aria-attr-not-allowed"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Atributo ARIA que el rol del elemento no admite"
    message = "{attr} no vale en <{tag}>{role}: el lector de pantalla no lo anuncia."
    hint = (
        'Quita {attr}, o pon el rol que lo admite (por ejemplo role="checkbox" para aria-checked).'
    )
    axe = ("aria-allowed-attr",)

    def check(self, page):
        for el in page.aria:
            allowed = allowed_for(el)
            if allowed is None:
                continue
            for attr in el.attrib:
                if attr in ATTRIBUTES and attr not in allowed:  # typos: aria-attr-invalid
                    role = el.get("role")
                    shown = f' role="{role}"' if role else ""
                    yield hit(el, f"{attr}", attr=attr, tag=el.tag, role=shown)
                    break
