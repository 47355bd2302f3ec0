"""At its first use on a page every acronym needs its expansion, a glossary link or <abbr>."""

import re

from lxml import etree

from ..acronyms import ACRONYM, TWO_CAPS, acronyms_in, expanded_here
from ..finding import Severity
from ..page import squash
from ..page_facts import main_text
from ..text import fold
from .base import Rule, hit

BLOCK_TAGS = frozenset(
    {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "dd",
        "dt",
        "figcaption",
        "blockquote",
        "caption",
        "summary",
    }
)
SKIP = frozenset({"script", "style", "dl", "code", "pre", "svg", "nav"})


def text_nodes(main):
    """(owner element, text) for the text of ``main`` in document order, skipping non-prose.

    A subtree with no two capitals in a row has no acronym: its text comes as one piece,
    with no owner, instead of node by node (unless a SKIP element or a comment in it
    leaves part of its text out).
    """
    if main.tag in SKIP:
        return []
    mixed = set()
    for el in main.iter(*SKIP, etree.Comment, etree.ProcessingInstruction):
        for node in el.iterancestors():
            if node in mixed:
                break
            mixed.add(node)
    found = [(main, main.text)] if main.text else []
    _texts_under(main, found, mixed)
    return found


def _texts_under(el, found, mixed):
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in SKIP:
            whole = child.text_content() if len(child) and child not in mixed else None
            if whole is not None and not TWO_CAPS.search(whole):
                if whole:
                    found.append((None, whole))
            else:
                if child.text:
                    found.append((child, child.text))
                if len(child):
                    _texts_under(child, found, mixed)
        if child.tail and isinstance(tag, str):
            found.append((el, child.tail))


def block_of(el):
    node = el
    while node is not None and node.tag not in BLOCK_TAGS and node.tag != "main":
        node = node.getparent()
    return node if node is not None else el


class AcronymFirstUse(Rule):
    id = "acronym-first-use"
    wcag = "3.1.4"
    severity = Severity.ERROR
    title = "Sigla sin explicar en su primer uso"
    message = "La sigla {sigla} aparece sin explicar la primera vez: «{excerpt}»."
    hint = "{fix}"
    FIX_GLOSSARY = (
        "Escribe «{nombre} ({sigla})» la primera vez, "
        "o enlaza la sigla al glosario ({url}#{anchor})."
    )
    FIX_UNKNOWN = (
        "Escribe el nombre completo la primera vez, «Nombre completo ({sigla})». {sigla} no "
        "está en el glosario: si se usa en más páginas, agrégala a data/glossary.yaml y enlázala."
    )

    def check(self, page):
        main = page.main
        whole = main_text(page)
        if main is None or not TWO_CAPS.search(whole) or not ACRONYM.search(whole):
            return
        seen = set()
        before = []
        for owner, text in text_nodes(main):
            for match in acronyms_in(text):
                sigla = match.group(1)
                if sigla in seen:
                    continue
                seen.add(sigla)
                term = page.env.terms.get(sigla)
                if self._explained(page, owner, sigla, term, "".join(before) + text):
                    continue
                context = squash(block_of(owner).text_content())
                yield hit(
                    owner,
                    context,
                    sigla=sigla,
                    excerpt=context[:80],
                    fix=self._fix(page, sigla, term),
                )
            before.append(text)

    def _fix(self, page, sigla, term):
        if term is None:
            return self.FIX_UNKNOWN.format(sigla=sigla)
        return self.FIX_GLOSSARY.format(
            nombre=term.nombre, sigla=sigla, url=page.env.glossary_url, anchor=term.id
        )

    @staticmethod
    def _explained(page, owner, sigla, term, text_before):
        for node in (owner, *owner.iterancestors()):
            if node.tag == "abbr" and node.get("title"):
                return True
            href = node.get("href") or "" if node.tag == "a" else ""
            if href and (page.env.glossary_url in href or (term and href.endswith(f"#{term.id}"))):
                return True
        block = squash(block_of(owner).text_content())
        position = re.search(rf"(?<![\w-]){re.escape(sigla)}(?![\w-])", block)
        if position and expanded_here(block, position.start(), position.end()):
            return True
        if term is None:
            return False
        name = fold(term.nombre)
        return name in fold(text_before) or name in fold(block)
