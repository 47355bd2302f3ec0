"""Between the minimum (55) and the target (65) the text passes but should be simpler."""

from ..finding import Severity
from ..readability import describe
from .base import Rule, hit
from .readability_min import hardest_hint


class ReadabilityTarget(Rule):
    id = "readability-target"
    wcag = "3.1.5"
    severity = Severity.WARNING
    title = "Texto por debajo de la meta de legibilidad"
    message = "La legibilidad del texto es {score:.1f} ({scale}, «{band}»); la meta es {target:g}."
    hint = "Acorta las frases más largas. Empieza por: {hardest}"

    def check(self, page):
        target = page.env.limits["readability_target_publico"]
        for result in page.readability:
            if result.section != "pagina" or result.threshold_reason:
                continue
            score, scale, band = describe(result)
            if result.threshold is not None and result.threshold <= score < target:
                yield hit(
                    page.main,
                    result.hardest[0] if result.hardest else "",
                    score=score,
                    scale=scale,
                    band=band,
                    target=target,
                    hardest=hardest_hint(result),
                )
