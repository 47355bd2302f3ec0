"""At its first use on a page a glossary acronym needs its expansion, a glossary link or <abbr>."""

from lxml import etree

from ..finding import Severity
from ..page import squash
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
    """(owner element, text) for every text node in document order, skipping non-prose."""
    skipping = 0
    for event, el in etree.iterwalk(main, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if el.tag in SKIP:
                skipping += 1
            elif not skipping and el.text:
                yield el, el.text
        else:
            if el.tag in SKIP:
                skipping -= 1
            if not skipping and el is not main and el.tail:
                yield el.getparent(), el.tail


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
    hint = (
        "Escribe «{nombre} ({sigla})» la primera vez, o enlaza la sigla al glosario "
        "({url}#{anchor})."
    )

    def check(self, page):
        pattern, main = page.env.acronyms, page.main
        if pattern is None or main is None:
            return
        present = set(pattern.findall(main.text_content()))
        if not present:
            return
        seen, before = set(), []
        for owner, text in text_nodes(main):
            if seen >= present:
                break
            for match in pattern.finditer(text):
                sigla = match.group(0)
                if sigla in seen:
                    continue
                seen.add(sigla)
                term = page.env.terms[sigla]
                if self._explained(page, owner, term, "".join(before) + text):
                    continue
                context = squash(block_of(owner).text_content())
                yield hit(
                    owner,
                    context,
                    sigla=sigla,
                    nombre=term.nombre,
                    excerpt=context[:80],
                    url=page.env.glossary_url,
                    anchor=term.id,
                )
            before.append(text)

    @staticmethod
    def _explained(page, owner, term, text_before):
        for node in (owner, *owner.iterancestors()):
            if node.tag == "abbr" and node.get("title"):
                return True
            href = node.get("href") or "" if node.tag == "a" else ""
            if href and (page.env.glossary_url in href or href.endswith(f"#{term.id}")):
                return True
        name = fold(term.nombre)
        return name in fold(text_before) or name in fold(block_of(owner).text_content())
