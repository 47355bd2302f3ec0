"""Sentences over 30 words are hard to follow; over 40 is an error (``sentence-too-long``)."""

from ..finding import Severity
from .base import Rule, hit


def long_sentences(page, low, high=None):
    for block in page.prose.blocks():
        for sentence in block.sentences:
            count = len(sentence.words)
            if count > low and (high is None or count <= high):
                yield block, sentence, count


class SentenceLong(Rule):
    id = "sentence-long"
    wcag = "3.1.5"
    severity = Severity.WARNING
    title = "Frase larga (más de 30 palabras)"
    message = "La frase tiene {count} palabras (recomendado: {limit} o menos): «{start}»."
    hint = "Divide la frase en dos o tres frases cortas."

    def check(self, page):
        low = int(page.env.limits["sentence_words_warning"])
        high = int(page.env.limits["sentence_words_error"])
        for block, sentence, count in long_sentences(page, low, high):
            yield hit(
                block.element, sentence.text, count=count, limit=low, start=sentence.text[:70] + "…"
            )
