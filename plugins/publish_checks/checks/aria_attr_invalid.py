"""Unknown ``aria-*`` attributes (often typos) are silently ignored by browsers."""

from ..finding import Severity
from .base import Rule, hit

ATTRIBUTES = frozenset(
    """
aria-activedescendant aria-atomic aria-autocomplete aria-braillelabel
aria-brailleroledescription aria-busy aria-checked aria-colcount aria-colindex
aria-colindextext aria-colspan aria-controls aria-current aria-describedby aria-description
aria-details aria-disabled aria-dropeffect aria-errormessage aria-expanded aria-flowto
aria-grabbed aria-haspopup aria-hidden aria-invalid aria-keyshortcuts aria-label
aria-labelledby aria-level aria-live aria-modal aria-multiline aria-multiselectable
aria-orientation aria-owns aria-placeholder aria-posinset aria-pressed aria-readonly
aria-relevant aria-required aria-roledescription aria-rowcount aria-rowindex
aria-rowindextext aria-rowspan aria-selected aria-setsize aria-sort aria-valuemax
aria-valuemin aria-valuenow aria-valuetext
""".split()
)
BOOLEAN = frozenset(
    {
        "aria-hidden",
        "aria-atomic",
        "aria-busy",
        "aria-disabled",
        "aria-modal",
        "aria-multiline",
        "aria-multiselectable",
        "aria-readonly",
        "aria-required",
    }
)


class AriaAttrInvalid(Rule):
    id = "aria-attr-invalid"
    wcag = "4.1.2"
    severity = Severity.ERROR
    title = "Atributo ARIA inválido"
    message = '{attr}="{value}" no es un atributo ARIA válido o tiene un valor no permitido.'
    hint = "Corrige el nombre del atributo (¿error de escritura?) o usa true/false."
    axe = ("aria-valid-attr", "aria-valid-attr-value")

    def check(self, page):
        for el in page.aria:
            for attr, value in el.attrib.items():
                if not attr.startswith("aria-"):
                    continue
                if attr not in ATTRIBUTES or (attr in BOOLEAN and value not in ("true", "false")):
                    yield hit(el, f'{attr}="{value}"', attr=attr, value=value)
