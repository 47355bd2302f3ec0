"""An ``svg role="img"`` is announced as "image" and nothing else unless it has a name."""

from ..finding import Severity
from .base import Rule, hit


class SvgImgName(Rule):
    id = "svg-img-name"
    wcag = "1.1.1"
    severity = Severity.ERROR
    title = "Gráfico SVG sin nombre accesible"
    message = 'Un <svg role="img"> no tiene nombre accesible.'
    hint = "Agrega <title> como primer hijo del svg, o aria-label / aria-labelledby."
    axe = ("svg-img-alt",)

    def check(self, page):
        for svg in page.by_tag.get("svg", ()):
            if svg.get("role") == "img" and not page.accessible_name(svg):
                yield hit(svg, svg.get("id") or "<svg>")
