"""Text colours set inline bypass the theme's checked styles, so they are checked here.

The background is the nearest inline one on the element or an ancestor (blended if
translucent), else the page's white canvas, as axe-core assumes.
"""

from .. import contrast
from ..css import Styles, Unknown, parse_declarations
from ..finding import Severity
from ..textstyles import TRANSPARENT
from .base import Rule, hit

_NO_STYLES = Styles()


def _colour(el, names: tuple[str, ...]):
    """The colour an inline ``style`` gives for the first of ``names`` it sets."""
    declarations = parse_declarations(el.get("style") or "")
    for name in names:
        decl = declarations.get(name)
        if decl is None:
            continue
        tokens = _NO_STYLES.value(decl)
        if isinstance(tokens, Unknown):
            return tokens
        for token in tokens:
            parsed = contrast.parse(token)
            if isinstance(parsed, contrast.Color):
                return parsed
            if token.type == "ident" and token.lower_value in ("none", "transparent"):
                return TRANSPARENT
        return Unknown(f"{name}: {decl.text}")
    return None


def background_of(el) -> contrast.Color:
    """Inline backgrounds of the element and its ancestors, painted over white."""
    layers = []
    node = el
    while node is not None:
        if "background" in (node.get("style") or ""):
            found = _colour(node, ("background-color", "background"))
            if isinstance(found, contrast.Color):
                layers.append(found)
                if found.a >= 1:
                    break
        node = node.getparent()
    bg = contrast.WHITE
    for layer in reversed(layers):
        bg = contrast.over(layer, bg)
    return bg


class ContrastInline(Rule):
    id = "contrast-inline"
    wcag = "1.4.3"
    severity = Severity.ERROR
    title = "Contraste insuficiente en colores escritos en la página"
    message = "El texto {fg} sobre {bg} tiene contraste {ratio:.1f}:1 (mínimo {minimum}:1)."
    hint = "Usa los colores del tema en lugar de colores escritos a mano, u oscurece el texto."
    axe = ("color-contrast",)

    def check(self, page):
        for el in page.by_attr.get("style", ()):
            if "color" not in el.get("style"):
                continue
            fg = _colour(el, ("color",))
            if not isinstance(fg, contrast.Color) or not page.text(el):
                continue
            bg = background_of(el)
            value = contrast.ratio(fg, bg)
            if value < contrast.NORMAL_MINIMUM:
                yield hit(
                    el,
                    page.text(el),
                    fg=contrast.hex_of(fg),
                    bg=contrast.hex_of(bg),
                    ratio=value,
                    minimum=contrast.NORMAL_MINIMUM,
                )
