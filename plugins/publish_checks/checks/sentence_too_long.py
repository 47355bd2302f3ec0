"""Over 40 words a sentence loses most readers; it blocks the publish."""

from ..finding import Severity
from .base import Rule, hit
from .sentence_long import long_sentences


class SentenceTooLong(Rule):
    id = "sentence-too-long"
    wcag = "3.1.5"
    severity = Severity.ERROR
    title = "Frase demasiado larga (más de 40 palabras)"
    message = "La frase tiene {count} palabras (máximo {limit}): «{start}»."
    hint = "Divide la frase: una idea por frase."

    def check(self, page):
        limit = int(page.env.limits["sentence_words_error"])
        for block, sentence, count in long_sentences(page, limit):
            yield hit(
                block.element,
                sentence.text,
                count=count,
                limit=limit,
                start=sentence.text[:70] + "…",
            )
