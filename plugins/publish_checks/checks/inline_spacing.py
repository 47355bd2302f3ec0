"""Spacing forced with ``!important`` in a style attribute cannot be widened by the reader.

WCAG 1.4.12: a person must be able to set letter spacing to 0.12 em, word spacing to
0.16 em and line height to 1.5 (with a user style sheet or an extension); an inline
``!important`` below that wins over them.
"""

from ..css import parse_declarations
from ..finding import Severity
from .base import Rule, hit

MINIMUM = {"letter-spacing": 0.12, "word-spacing": 0.16, "line-height": 1.5}
BASE_PX = 16.0  # the font size a length in px is compared with


def _em(decl):
    """The value in em (line-height: a multiple of the font size); None if not a number."""
    tokens = [t for t in decl.tokens if t.type != "whitespace"]
    if len(tokens) != 1:
        return None
    token = tokens[0]
    if token.type == "ident" and token.lower_value == "normal":
        return 0.0 if decl.name != "line-height" else 1.0
    if token.type == "number":  # a plain number: a multiple for line-height, else only 0
        return token.value if decl.name == "line-height" or token.value == 0 else None
    if token.type == "percentage":
        return token.value / 100
    if token.type == "dimension":
        unit = token.lower_unit
        if unit in ("em", "rem"):
            return token.value
        if unit == "px":
            return token.value / BASE_PX
    return None


class InlineSpacing(Rule):
    id = "inline-spacing"
    wcag = "1.4.12"
    severity = Severity.ERROR
    title = "Espaciado del texto fijado con !important"
    message = "{prop}: {value} !important impide que quien lee agrande el espaciado del texto."
    hint = (
        'Quita el style="..." (el tema ya da el espaciado); si hace falta, usa {prop} sin '
        "!important, de al menos {minimum}."
    )
    axe = ("avoid-inline-spacing",)

    def check(self, page):
        for el in page.by_attr.get("style", ()):
            declarations = parse_declarations(el.get("style"))
            for prop, minimum in MINIMUM.items():
                decl = declarations.get(prop)
                if decl is None or not decl.important:
                    continue
                value = _em(decl)
                if value is not None and value < minimum and page.text(el):
                    shown = decl.text
                    yield hit(el, f"{prop}: {shown}", prop=prop, value=shown, minimum=minimum)
                    break
