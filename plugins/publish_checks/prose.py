"""The main prose of a page: what readability and plain-language rules read.

Only text inside ``<main>`` counts, leaving out navigation, tables (including the data
tables behind charts), code, forms, figures' SVG, the glossary's ``<dl>`` and hidden
parts. Blocks inside ``data-audience="ninos"`` form a separate section scored at the
children's threshold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .page import squash
from .text import sentences, words

if TYPE_CHECKING:
    from .page import Page

SKIP = frozenset(
    {
        "nav",
        "table",
        "pre",
        "code",
        "script",
        "style",
        "svg",
        "form",
        "dl",
        "template",
        "noscript",
        "button",
        "select",
        "textarea",
        "math",
    }
)
BLOCKS = frozenset({"p", "li", "figcaption", "blockquote", "dd", "summary"})
_NESTED_BLOCKS = frozenset({"p", "ul", "ol", "blockquote", "div", "table", "figure"})


@dataclass(slots=True)
class Sentence:
    text: str
    words: list[str]


@dataclass(slots=True)
class Block:
    """A paragraph or list item: sentences never run across two blocks."""

    element: Any
    text: str
    sentences: list[Sentence]

    @property
    def word_count(self) -> int:
        return sum(len(s.words) for s in self.sentences)


@dataclass(slots=True)
class Prose:
    sections: dict[str, list[Block]] = field(default_factory=dict)

    def blocks(self) -> list[Block]:
        return [b for section in self.sections.values() for b in section]


def extract(page: Page) -> Prose:
    """Collect prose blocks per section ("pagina", "ninos") in document order."""
    prose = Prose()
    main = page.main
    if main is None:
        return prose
    base = "ninos" if page.audience == "ninos" else "pagina"
    _walk(main, base, prose)
    return prose


def _walk(el: Any, section: str, prose: Prose) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in SKIP:
            continue
        if child.get("hidden") is not None or child.get("aria-hidden") == "true":
            continue
        if child.get("data-check-prose") == "no":
            continue
        child_section = "ninos" if child.get("data-audience") == "ninos" else section
        if tag in BLOCKS and not _has_nested_blocks(child):
            text = squash(child.text_content())
            if text:
                block = Block(child, text, [Sentence(s, words(s)) for s in sentences(text)])
                prose.sections.setdefault(child_section, []).append(block)
        else:
            _walk(child, child_section, prose)


def _has_nested_blocks(el: Any) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _NESTED_BLOCKS for c in el)
