"""Markdown extension: the same inline parsing, without trying patterns that cannot match.

Python-Markdown tries every inline pattern (about 30 with the site's extensions; smarty
alone adds a dozen) on every piece of text, through a registry lookup and a generic
``__applyPattern`` call each time, even when the pattern's regular expression finds
nothing; that is most of the cost of reading an article. A pattern that finds nothing
leaves the text as it was and the next one starts from the beginning, so searching
first and calling ``__applyPattern`` only on a match gives the same tree, just sooner.

List it in ``MARKDOWN["extension_configs"]`` as ``"ventana_data.fast_inline": {}``,
after every extension that adds inline patterns or not: the patterns are read when a
document is converted. If Python-Markdown's inline processor ever changes shape, the
extension leaves it alone and Markdown runs as it always did.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C
from re import _parser as re_parser

from markdown import Markdown, util
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor as NewStylePattern
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import InlineProcessor

_HANDLE = "_InlineProcessor__handleInline"
_APPLY = "_InlineProcessor__applyPattern"


class SearchFirstInline(InlineProcessor):
    """Markdown's inline processor; a pattern is applied only where its expression matches."""

    def run(self, tree, ancestors=None):
        # A snapshot in priority order, as the registry's own indexing gives them.
        self._patterns = [_prepared(p) for p in self.inlinePatterns]
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if isinstance(data, util.AtomicString):
            return data
        patterns = self._patterns
        apply = getattr(self, _APPLY)
        start = 0
        while patternIndex < len(patterns):
            pattern, regex, needs = patterns[patternIndex]
            if regex is not None and (
                (needs is not None and not any(c in data for c in needs))
                or regex.search(data, start) is None
            ):
                patternIndex += 1  # what __applyPattern returns for no match: start over at 0
                start = 0
                continue
            data, matched, start = apply(pattern, data, patternIndex, start)
            if not matched:
                patternIndex += 1
        return data


def _prepared(pattern) -> tuple[object, re.Pattern | None, tuple[str, ...] | None]:
    """The pattern, its expression if it is searched (new style), and the characters
    of which every match holds at least one (None when that is not known)."""
    if not isinstance(pattern, NewStylePattern):
        return pattern, None, None
    regex = pattern.getCompiledRegExp()
    return pattern, regex, _needed(regex.pattern, regex.flags)


@lru_cache(maxsize=256)
def _needed(source: str, flags: int) -> tuple[str, ...] | None:
    if flags & re.IGNORECASE or not isinstance(source, str):
        return None
    try:
        parsed = re_parser.parse(source, flags)
    except Exception:
        return None
    found = _sequence_needs(list(parsed))
    return tuple(sorted(found)) if found else None


def _sequence_needs(items) -> frozenset[str] | None:
    """Characters of which every match of this sequence of items holds one."""
    for op, arg in items:
        found = _item_needs(op, arg)
        if found:
            return found
    return None


def _item_needs(op, arg) -> frozenset[str] | None:
    if op is C.LITERAL:
        return frozenset(chr(arg))
    if op is C.IN:
        if all(kind is C.LITERAL for kind, _ in arg) and len(arg) <= 4:
            return frozenset(chr(code) for _, code in arg)
        return None
    if op is C.SUBPATTERN:
        _, added, _, sub = arg
        return None if added & re.IGNORECASE else _sequence_needs(list(sub))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = arg
        return _sequence_needs(list(sub)) if low >= 1 else None
    if op is C.ATOMIC_GROUP:
        return _sequence_needs(list(arg))
    if op is C.BRANCH:
        branches = [_sequence_needs(list(branch)) for branch in arg[1]]
        return None if None in branches else frozenset().union(*branches)
    return None


class _SwapInline(Preprocessor):
    """Before the first document, replaces each of Markdown's inline processors with ours.

    Done here rather than in ``extendMarkdown`` so that processors added by extensions
    listed later (smarty runs its patterns in a second processor of its own) are seen.
    """

    def run(self, lines: list[str]) -> list[str]:
        if not self.swapped:
            self.swapped = True
            for item in list(self.md.treeprocessors._priority):
                current = self.md.treeprocessors[item.name]
                if type(current) is InlineProcessor:
                    faster = SearchFirstInline(self.md)
                    faster.inlinePatterns = current.inlinePatterns
                    self.md.treeprocessors.register(faster, item.name, item.priority)
        return lines

    swapped = False


class FastInlineExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        if hasattr(InlineProcessor, _HANDLE) and hasattr(InlineProcessor, _APPLY):
            md.preprocessors.register(_SwapInline(md), "ventana_fast_inline", 1000)


def makeExtension(**kwargs) -> FastInlineExtension:
    return FastInlineExtension(**kwargs)
