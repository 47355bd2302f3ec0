"""An unknown autocomplete value means the browser cannot fill in the person's own data."""

from ..finding import Severity
from .base import Rule, hit

FIELDS = frozenset(
    """name honorific-prefix given-name additional-name family-name honorific-suffix
    nickname username new-password current-password one-time-code organization-title
    organization street-address address-line1 address-line2 address-line3 address-level4
    address-level3 address-level2 address-level1 country country-name postal-code cc-name
    cc-given-name cc-additional-name cc-family-name cc-number cc-exp cc-exp-month
    cc-exp-year cc-csc cc-type transaction-currency transaction-amount language bday
    bday-day bday-month bday-year sex url photo""".split()
)
CONTACT_FIELDS = frozenset(
    """tel tel-country-code tel-national tel-area-code tel-local tel-local-prefix
    tel-local-suffix tel-extension email impp""".split()
)
CONTACT = frozenset({"home", "work", "mobile", "fax", "pager"})
# Values axe-core leaves alone (script-driven widgets write these).
IGNORED = frozenset({"on", "off", "none", "false", "true", "disabled", "enabled", "undefined"})
NOT_FILLED = frozenset({"hidden", "button", "submit", "reset", "image"})


def valid(value: str) -> bool:
    """The WHATWG grammar: [section-x] [shipping|billing] [contact] field [webauthn]."""
    tokens = value.lower().split()
    if tokens and tokens[-1] == "webauthn":
        tokens.pop()
    if tokens and tokens[0].startswith("section-"):
        tokens.pop(0)
    if tokens and tokens[0] in ("shipping", "billing"):
        tokens.pop(0)
    if len(tokens) == 2 and tokens[0] in CONTACT:
        return tokens[1] in CONTACT_FIELDS
    return len(tokens) == 1 and (tokens[0] in FIELDS or tokens[0] in CONTACT_FIELDS)


class AutocompleteInvalid(Rule):
    id = "autocomplete-invalid"
    wcag = "1.3.5"
    severity = Severity.ERROR
    title = "Valor de autocomplete desconocido"
    message = 'El campo tiene autocomplete="{value}", que el navegador no reconoce.'
    hint = 'Usa un valor de la lista de HTML, por ejemplo autocomplete="email" o "given-name".'
    axe = ("autocomplete-valid",)

    def check(self, page):
        for tag in ("input", "select", "textarea"):
            for el in page.by_tag.get(tag, ()):
                value = (el.get("autocomplete") or "").strip()
                if not value or value.lower() in IGNORED or el.get("disabled") is not None:
                    continue
                if (el.get("type") or "").lower() in NOT_FILLED:
                    continue
                if not valid(value):
                    yield hit(el, f'autocomplete="{value}"', value=value)
