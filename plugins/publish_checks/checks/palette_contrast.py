"""Every text style of the theme, checked once from its CSS instead of on every page."""

from .. import contrast
from ..css import Unknown
from ..finding import Severity
from .base import Hit, SiteRule

LAYOUT_NAMES = {320.0: "pantalla angosta", 1280.0: "pantalla ancha"}


class PaletteContrast(SiteRule):
    id = "palette-contrast"
    wcag = "1.4.3"
    severity = Severity.ERROR
    title = "Contraste insuficiente en los estilos del tema"
    message = (
        "{where}: el texto {fg} sobre {bg} tiene contraste {ratio:.2f}:1 "
        "(mínimo {minimum:g}:1 para texto {size}, {layout})."
    )
    hint = (
        "Oscurece el color del texto o aclara el fondo (variables --vt-color-*); "
        "el dorado solo sirve para adornos o texto grande."
    )
    axe = ("color-contrast",)

    def check_site(self, site):
        styles, _ = site.text_styles
        seen = set()
        for style in styles:
            value = contrast.ratio(style.fg, style.bg)
            minimum = contrast.minimum(style.large)
            key = (style.rule.source, style.rule.line, style.rule.selector, style.fg, style.bg)
            if value >= minimum or key in seen:
                continue
            seen.add(key)
            yield self._hit(
                style.rule.source,
                style.rule.line,
                style.rule.selector,
                fmt={
                    "fg": f"{style.fg_text} ({contrast.hex_of(style.fg)})",
                    "bg": f"{style.bg_text} ({contrast.hex_of(style.bg)})",
                    "ratio": value,
                    "minimum": minimum,
                    "size": "grande" if style.large else "normal",
                    "layout": LAYOUT_NAMES.get(style.layout, f"{style.layout:g} px"),
                },
            )
        yield from self._settings_pairs(site)

    def _settings_pairs(self, site):
        """Pairs named in PUBLISH_CHECKS['palette_pairs'], resolved through the cascade."""
        for setting in site.palette_pairs:
            colours = [_property(site.styles, name) for name in setting[:2]]
            if not all(isinstance(c, contrast.Color) for c in colours):
                continue
            fg, bg = colours
            bg = contrast.over(bg, contrast.WHITE)
            minimum = float(setting[2]) if len(setting) > 2 else contrast.NORMAL_MINIMUM
            value = contrast.ratio(fg, bg)
            if value < minimum:
                yield self._hit(
                    "",
                    None,
                    "PUBLISH_CHECKS['palette_pairs']",
                    fmt={
                        "fg": f"{setting[0]} ({contrast.hex_of(fg)})",
                        "bg": f"{setting[1]} ({contrast.hex_of(bg)})",
                        "ratio": value,
                        "minimum": minimum,
                        "size": "grande" if minimum < contrast.NORMAL_MINIMUM else "normal",
                        "layout": "ajuste del sitio",
                    },
                )

    @staticmethod
    def _hit(source, line, where, fmt):
        return Hit(context=where, page=source, line=line, fmt={"where": where, **fmt})


def _property(styles, name):
    entry = styles.props.get(name)
    decl = entry[1] if entry else styles.scoped.get(name)
    if decl is None:
        return None
    tokens = styles.value(decl)
    if isinstance(tokens, Unknown) or len(tokens) != 1:
        return None
    return contrast.parse(tokens[0])
