"""Paragraphs over 120 words look like a wall of text, especially on a phone."""

from ..finding import Severity
from .base import Rule, hit


class ParagraphLong(Rule):
    id = "paragraph-long"
    wcag = "3.1.5"
    severity = Severity.WARNING
    title = "Párrafo largo (más de 120 palabras)"
    message = "El párrafo tiene {count} palabras (máximo {limit}): «{start}»."
    hint = "Divide el párrafo, o convierte la enumeración en una lista."

    def check(self, page):
        limit = int(page.env.limits["paragraph_words"])
        for block in page.prose.blocks():
            count = block.word_count
            if count > limit:
                yield hit(
                    block.element, block.text, count=count, limit=limit, start=block.text[:70] + "…"
                )
