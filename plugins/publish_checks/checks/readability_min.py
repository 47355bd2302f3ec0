"""Text for the general public below INFLESZ 55 ("algo difícil") blocks the publish."""

from ..finding import Severity
from ..readability import describe
from .base import Rule, hit


def failing(page, section, limit=None):
    """(readability result, score, scale, band) for a section scoring below its minimum."""
    for result in page.readability:
        if result.section != section:
            continue
        score, scale, band = describe(result)
        minimum = limit if limit is not None else result.threshold
        if minimum is not None and score < minimum:
            yield result, score, scale, band, minimum


def hardest_hint(result):
    return " / ".join(f"«{s[:90]}»" for s in result.hardest) or "—"


class ReadabilityMin(Rule):
    id = "readability-min"
    wcag = "3.1.5"
    severity = Severity.ERROR
    title = "Texto demasiado difícil para el público general"
    message = (
        "La legibilidad del texto es {score:.1f} ({scale}, «{band}»); "
        "el mínimo para esta página es {minimum:g}."
    )
    hint = "Usa frases más cortas y palabras más comunes. Empieza por: {hardest}"

    def check(self, page):
        for result, score, scale, band, minimum in failing(page, "pagina"):
            yield hit(
                page.main,
                result.hardest[0] if result.hardest else "",
                score=score,
                scale=scale,
                band=band,
                minimum=minimum,
                hardest=hardest_hint(result),
            )
