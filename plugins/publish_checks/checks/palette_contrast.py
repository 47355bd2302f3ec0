"""The theme's colour pairs, checked once from its CSS instead of on every page."""

from .. import contrast, css
from ..finding import Severity
from .base import Hit, SiteRule


class PaletteContrast(SiteRule):
    id = "palette-contrast"
    wcag = "1.4.3"
    severity = Severity.ERROR
    title = "Contraste insuficiente en la paleta del tema"
    message = "{where}: {fg} sobre {bg} tiene contraste {ratio:.2f}:1 (mínimo {minimum:g}:1)."
    hint = "Oscurece el color del texto o aclara el fondo en las variables --vt-color-*."

    def check_site(self, site):
        texts = {}
        for path in site.css_paths:
            try:
                texts[path] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
        props = css.custom_properties(list(texts.values()))
        pairs = [pair for path, text in texts.items() for pair in css.pairs_in(path, text)]
        first = next(iter(texts), None)
        for setting in site.palette_pairs:
            if first is not None:
                minimum = float(setting[2]) if len(setting) > 2 else 4.5
                pairs.append(
                    css.Pair(
                        f"var({setting[0]})",
                        f"var({setting[1]})",
                        minimum,
                        first,
                        0,
                        "PUBLISH_CHECKS['palette_pairs']",
                    )
                )
        for pair in pairs:
            fg, bg = css.resolve(pair.fg, props), css.resolve(pair.bg, props)
            if fg is None or bg is None:
                continue
            value = contrast.ratio(fg, bg)
            if value < pair.minimum:
                yield Hit(
                    context=pair.where,
                    page=self._rel(site, pair.path),
                    line=pair.line or None,
                    fmt={
                        "where": pair.where,
                        "fg": f"{pair.fg} ({contrast.hex_of(fg)})",
                        "bg": f"{pair.bg} ({contrast.hex_of(bg)})",
                        "ratio": value,
                        "minimum": pair.minimum,
                    },
                )

    @staticmethod
    def _rel(site, path):
        try:
            return path.resolve().relative_to(site.root).as_posix()
        except ValueError:
            return str(path)
