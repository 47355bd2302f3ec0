"""Bureaucratic terms from ``data/plain_language.yaml``, each with its plain alternative."""

from ..finding import Severity
from ..readability import is_english
from ..text import fold_word
from .base import Rule, hit


def find_terms(words, pattern):
    """(first word position, word count, key) of each listed term in a block's words.

    The folded words are joined by single spaces and searched with one regex of every
    term (longest first, a lookahead so overlapping terms are all found), in C rather
    than word by word in Python.
    """
    joined = " ".join(fold_word(w) for w in words)
    for match in pattern.finditer(joined):
        key = match.group(1)
        yield joined.count(" ", 0, match.start()), key.count(" ") + 1, key


class PlainTerm(Rule):
    id = "plain-term"
    wcag = "3.1.5"
    severity = Severity.WARNING
    title = "Término burocrático con alternativa sencilla"
    message = "«{term}» es lenguaje burocrático; escribe «{alternative}»."
    hint = "Cambia «{term}» por «{alternative}» (lista en data/plain_language.yaml)."

    def check(self, page):
        pattern = page.env.plain_pattern
        if pattern is None or is_english(page.lang):
            return
        for block in page.prose.blocks():
            words = [w for sentence in block.sentences for w in sentence.words]
            for start, count, key in find_terms(words, pattern):
                term = " ".join(words[start : start + count])
                yield hit(block.element, term, term=term, alternative=page.env.plain[key])
