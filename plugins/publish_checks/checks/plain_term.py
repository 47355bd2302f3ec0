"""Bureaucratic terms from ``data/plain_language.yaml``, each with its plain alternative."""

from ..finding import Severity
from ..readability import is_english
from ..text import fold
from .base import Rule, hit


def find_terms(words, index):
    """(first word position, word count, key) of each listed term in a block's words.

    Terms may overlap; where several start at one word, the one with most words wins. A
    block that shares no word with the first words of the list (most of them) costs one
    set operation in C.
    """
    folded = fold(" ".join(words)).split(" ")
    if index.keys().isdisjoint(folded):
        return
    for start, word in enumerate(folded):
        for key in index.get(word, ()):
            if tuple(folded[start : start + len(key)]) == key:
                yield start, len(key), " ".join(key)
                break


class PlainTerm(Rule):
    id = "plain-term"
    wcag = "3.1.5"
    severity = Severity.WARNING
    title = "Término burocrático con alternativa sencilla"
    message = "«{term}» es lenguaje burocrático; escribe «{alternative}»."
    hint = "Cambia «{term}» por «{alternative}» (lista en data/plain_language.yaml)."

    def check(self, page):
        index = page.env.plain_index
        if not index or is_english(page.lang):
            return
        for block in page.prose.blocks():
            words = [w for sentence in block.sentences for w in sentence.words]
            for start, count, key in find_terms(words, index):
                term = " ".join(words[start : start + count])
                yield hit(block.element, term, term=term, alternative=page.env.plain[key])
