"""The main prose of a page: what readability and plain-language rules read.

Only text inside ``<main>`` counts, leaving out navigation, tables (including the data
tables behind charts), code, forms, figures' SVG, the glossary's ``<dl>``, hidden parts
and what a template writes around the editor's text: dates, bylines, breadcrumbs,
«Publicado el …», «Última actualización …». An acronym's expansion in parentheses
(«Secretaría Ejecutiva del Sistema Nacional Anticorrupción (SESNA)») counts as one word.
Blocks inside ``data-audience="ninos"`` form a separate section scored at the children's
threshold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .acronyms import collapse_expansions
from .page import squash
from .text import split_prose, words

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
        "time",
        "footer",
        "address",
    }
)
BLOCKS = frozenset({"p", "li", "figcaption", "blockquote", "dd", "summary"})
_NESTED_BLOCKS = frozenset({"p", "ul", "ol", "blockquote", "div", "table", "figure"})
# Class names of template furniture: metadata lines, bylines, breadcrumbs, dates.
_FURNITURE_CLASS = re.compile(r"meta|byline|breadcrumb|migas|fecha|date|autor|author|tags")
# A short block that starts like a template line is metadata, not the editor's prose.
_FURNITURE_TEXT = re.compile(
    r"^(?:publicad[oa]|actualizad[oa]|última actualización|ultima actualizacion|fecha:|"
    r"autor|autora|fuente:|etiquetas|categoría|compartir|estás en|usted está en|"
    r"inicio\s*[›>/»])",
    re.IGNORECASE,
)
_FURNITURE_WORDS = 15
_BYLINE = re.compile(
    r"^(?:Por|Escrito por|Texto de)\s+(?:[A-ZÁÉÍÓÚÑ][\w.]*\s*){1,5}(?:[|·,–-].*)?$"
)
_BYLINE_WORDS = 10
_DATE = re.compile(r"^\W*\d{1,2}(?:/|-|\s+de\s+)\w+(?:/|-|\s+de\s+)\d{2,4}\W*$", re.IGNORECASE)


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
        child_section = section
        if child.attrib:  # most paragraphs have no attributes: skip five lookups
            if child.get("hidden") is not None or child.get("aria-hidden") == "true":
                continue
            if child.get("data-check-prose") == "no" or _furniture_class(child):
                continue
            if child.get("data-audience") == "ninos":
                child_section = "ninos"
        if tag in BLOCKS and not (len(child) and _has_nested_blocks(child)):
            text = squash(child.text_content())
            if text and not is_furniture(text):
                block = Block(child, text, _sentences(text))
                prose.sections.setdefault(child_section, []).append(block)
        else:
            _walk(child, child_section, prose)


def _sentences(text: str) -> list[Sentence]:
    """Sentences with their words; an acronym's expansion counts as one word."""
    return [
        Sentence(s, words(collapse_expansions(s)) if "(" in s else found)
        for s, found in split_prose(text)
    ]


def _furniture_class(el: Any) -> bool:
    classes = el.get("class")
    return bool(classes and _FURNITURE_CLASS.search(classes.lower()))


def is_furniture(text: str) -> bool:
    """A date, byline or breadcrumb line that a template wrote, not the editor."""
    if _DATE.match(text) or (_BYLINE.match(text) and len(text.split()) <= _BYLINE_WORDS):
        return True
    return bool(_FURNITURE_TEXT.match(text)) and len(text.split()) <= _FURNITURE_WORDS


def _has_nested_blocks(el: Any) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _NESTED_BLOCKS for c in el)
