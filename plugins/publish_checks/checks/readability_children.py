"""Text for children (Escuela de Héroes) needs Szigriszt-Pazos 76 or more ("bastante fácil")."""

from ..finding import Severity
from .base import Rule, hit
from .readability_min import failing, hardest_hint


class ReadabilityChildren(Rule):
    id = "readability-children"
    wcag = "3.1.5"
    severity = Severity.ERROR
    title = "Texto para niñas y niños demasiado difícil"
    message = (
        "El texto para niñas y niños tiene legibilidad {score:.1f} ({scale}, «{band}»); "
        "el mínimo es {minimum:g}."
    )
    hint = "Usa frases de menos de 15 palabras y palabras cortas. Empieza por: {hardest}"

    def check(self, page):
        for result, score, scale, band, minimum in failing(page, "ninos"):
            where = page.main
            yield hit(
                where,
                result.hardest[0] if result.hardest else "",
                score=score,
                scale=scale,
                band=band,
                minimum=minimum,
                hardest=hardest_hint(result),
            )
