"""Bureaucratic terms from ``data/plain_language.yaml``, each with its plain alternative."""

from ..finding import Severity
from ..text import fold
from .base import Rule, hit


class PlainTerm(Rule):
    id = "plain-term"
    wcag = "3.1.5"
    severity = Severity.WARNING
    title = "Término burocrático con alternativa sencilla"
    message = "«{term}» es lenguaje burocrático; escriba «{alternative}»."
    hint = "Cambie «{term}» por «{alternative}» (lista en data/plain_language.yaml)."

    def check(self, page):
        pattern = page.env.plain_pattern
        if pattern is None:
            return
        for block in page.prose.blocks():
            folded = fold(block.text)
            for match in pattern.finditer(folded):
                term = block.text[match.start():match.end()]
                key = " ".join(match.group(0).split())
                yield hit(block.element, term, term=term,
                          alternative=page.env.plain.get(key, "?"))
