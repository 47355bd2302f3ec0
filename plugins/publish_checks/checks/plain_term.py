"""Bureaucratic terms from ``data/plain_language.yaml``, each with its plain alternative."""

from ..finding import Severity
from ..page_facts import prose_text
from ..readability import is_english
from ..text import fold
from .base import Rule, hit

# Words in nearly every page: looking for them costs more than it tells, so a page is
# taken to have them and only the other words of a term decide whether to look closer.
COMMON = frozenset("a al con de del el en la las lo los no por que sin se y".split())


def candidates_in(present, index):
    """The listed terms whose every word is in the set ``present`` of folded words."""
    return {
        key for first in index.keys() & present for key in index[first] if present.issuperset(key)
    }


def find_terms(words, index):
    """(first word position, word count, key) of each listed term in a block's words.

    Terms may overlap; where several start at one word, the one with most words wins.
    Only terms whose every word occurs in the block are looked for word by word: for most
    blocks that leaves none, decided with set operations in C.
    """
    folded = fold(" ".join(words)).split(" ")
    candidates = candidates_in(set(folded), index)
    if not candidates:
        return
    firsts = {key[0] for key in candidates}
    for start, word in enumerate(folded):
        if word not in firsts:
            continue
        for key in index[word]:
            if key in candidates and tuple(folded[start : start + len(key)]) == key:
                yield start, len(key), " ".join(key)
                break


def _blocks_with(candidates, found, page):
    """The blocks that may hold one of ``candidates``: those using a rarer word of one."""
    anchors = set()
    for key in candidates:
        rarer = [word for word in key if word not in COMMON]
        if not rarer:
            return page.prose.blocks()  # a term of common words only: look everywhere
        anchors.add(rarer[0])
    blocks = []
    for block, word in found:
        if word in anchors and (not blocks or blocks[-1] is not block):
            blocks.append(block)
    return blocks


class PlainTerm(Rule):
    id = "plain-term"
    wcag = "3.1.5"
    severity = Severity.WARNING
    title = "Término burocrático con alternativa sencilla"
    message = "«{term}» es lenguaje burocrático; escribe «{alternative}»."
    hint = "Cambia «{term}» por «{alternative}» (lista en data/plain_language.yaml)."

    def __init__(self):
        self._index = self._words = None

    def _vocabulary(self, index):
        """The words of the listed terms, (the rarer ones, the COMMON ones); once per list."""
        if self._index is not index:
            words = frozenset(w for keys in index.values() for key in keys for w in key)
            self._index, self._words = index, (words - COMMON, words & COMMON)
        return self._words

    def check(self, page):
        index = page.env.plain_index
        if not index or is_english(page.lang):
            return
        rare, common = self._vocabulary(index)
        found = prose_text(page).find_folded(rare)
        candidates = candidates_in({word for _, word in found} | common, index)
        if not candidates:
            return  # no term of the list on the whole page: most pages
        for block in _blocks_with(candidates, found, page):
            words = [w for sentence in block.sentences for w in sentence.words]
            for start, count, key in find_terms(words, index):
                term = " ".join(words[start : start + count])
                yield hit(block.element, term, term=term, alternative=page.env.plain[key])
