"""What several rules ask of one page, computed once per page and kept on it.

A rule that needs the main text, the prose in lowercase or the page's links calls the
function here instead of walking the page again: the first rule to ask pays, the others
read the stored value. Values live in the page object, so they go away with it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import TYPE_CHECKING, TypeVar

from .text import fold

if TYPE_CHECKING:
    from .page import Page
    from .prose import Block, Sentence

T = TypeVar("T")


def per_page(compute: Callable[[Page], T]) -> Callable[[Page], T]:
    """``compute(page)`` once per page; later calls return the stored value."""
    key = f"_fact_{compute.__name__}"

    @wraps(compute)
    def fact(page: Page) -> T:
        stored = page.__dict__
        if key not in stored:
            stored[key] = compute(page)
        return stored[key]

    return fact


@per_page
def main_text(page: Page) -> str:
    """``text_content()`` of ``<main>`` ("" for a page without one)."""
    return page.main.text_content() if page.main is not None else ""


_BREAK = " \n "  # between two sentences of ``ProseText.lower``


@lru_cache(maxsize=64)
def word_finder(words: frozenset[str]) -> re.Pattern:
    """A regex for any of ``words`` as a whole word of ``ProseText.lower``.

    The words go in as a trie («s(?:er|ido)» rather than «ser|sido»): the regex engine
    tries the branches of an alternation one by one, so a trie is several times faster.
    Group 1 is the word found.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(f" ({_trie_pattern(trie)})(?= )")


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(c) + _trie_pattern(child) for c, child in sorted(node.items()) if c]
    if "" in node:
        return f"(?:{'|'.join(branches)})?" if branches else ""
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


@dataclass(slots=True)
class ProseText:
    """The page's prose in lowercase as one string: a line per sentence, every word with
    a space on each side, so that one regex over the page finds whole words."""

    sentences: list[tuple[Block, Sentence]]
    lower: str
    starts: list[int]  # offset in ``lower`` of each sentence's first word

    def find_words(self, words: frozenset[str]) -> Iterator[tuple[Block, Sentence, int]]:
        """(block, sentence, position in its words) of each use of one of ``words``
        (lowercase), in document order."""
        text, starts = self.lower, self.starts
        for match in word_finder(words).finditer(text):
            offset = match.start(1)
            index = bisect_right(starts, offset) - 1
            block, sentence = self.sentences[index]
            yield block, sentence, text.count(" ", starts[index], offset)

    def find_folded(self, words: frozenset[str]) -> list[tuple[Block, str]]:
        """(block, word) of each use of one of ``words`` (folded: lowercase, no accents,
        as ``text.fold``), however it is accented, in document order."""
        starts, sentences = self.starts, self.sentences
        return [
            (sentences[bisect_right(starts, match.start(1)) - 1][0], match.group(1))
            for match in word_finder(words).finditer(fold(self.lower))
        ]


@per_page
def prose_text(page: Page) -> ProseText:
    sentences = [(block, s) for block in page.prose.blocks() for s in block.sentences]
    lines = [" ".join(s.words) for _, s in sentences]
    joined = f" {_BREAK.join(lines)} "
    lower = joined.lower()
    if len(lower) != len(joined):  # a letter whose lowercase is longer («İ»): line by line
        lines = [line.lower() for line in lines]
        lower = f" {_BREAK.join(lines)} "
    starts, offset = [], 1
    for line in lines:
        starts.append(offset)
        offset += len(line) + len(_BREAK)
    return ProseText(sentences, lower, starts)
