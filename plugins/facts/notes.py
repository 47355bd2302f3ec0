"""Where a page's figure comes from: a numbered note beside it, its source at the end.

A page that writes ``{dato:id}`` shows the number with a small superscript link
("6¹"), the way readers know from encyclopedias and reports. The link leads to
«Fuentes de las cifras» at the end of the page: what the figure counts, the figure,
its source as a link (saying so when it is a PDF) and, when someone checked it, the
day. Each fact gets one note per page, however often the page uses it; each note
links back to its first use.

The sources are document titles, not our prose: readability checks skip them.
Every value comes from data/facts.yaml, already validated (the source URL by the
schema's web-address rule), and is escaped here: this markup is added after the
page's HTML went through the sanitizer.
"""

from __future__ import annotations

import re

from markupsafe import Markup
from ventana_data.context_shapes import Fact
from ventana_data.formats import long_date
from ventana_data.urls import document_format

HEADING_ID = "fuentes-cifras"


def with_notes(content: str, placeholder: re.Pattern, facts: dict[str, Fact]) -> str:
    """The page's HTML with each known {dato:id} as its number and note mark, and the
    list of sources appended. Unknown ids are left as written (the caller reports them)."""
    order: list[str] = []

    def mark(match: re.Match) -> str:
        ref = match.group(1)
        if ref not in facts:
            return match[0]
        first = ref not in order
        if first:
            order.append(ref)
        return str(_mark(facts[ref], order.index(ref) + 1, first))

    body = placeholder.sub(mark, content)
    if not order:
        return body
    return body + str(sources(facts[ref] for ref in order))


def _mark(fact: Fact, n: int, first: bool) -> Markup:
    anchor = Markup(' id="cita-{}"').format(n) if first else Markup("")
    return Markup(
        '{value}<sup class="vt-fact-ref"><a href="#cifra-{n}"{anchor} '
        'aria-label="Fuente {n}">{n}</a></sup>'
    ).format(value=fact["valor_texto"], n=n, anchor=anchor)


def sources(facts) -> Markup:
    """«Fuentes de las cifras»: one numbered item per fact, in the order of first use."""
    items = Markup("").join(_item(fact, n) for n, fact in enumerate(facts, start=1))
    return Markup(
        '\n<section class="vt-fact-sources" aria-labelledby="{id}">\n'
        '<h2 id="{id}">Fuentes de las cifras</h2>\n'
        '<ol data-check-prose="no">{items}\n</ol>\n</section>'
    ).format(id=HEADING_ID, items=items)


def _item(fact: Fact, n: int) -> Markup:
    source = fact["fuente"]
    checked = source.get("fecha_consulta")
    when = Markup(" Consultada el {}.").format(long_date(checked)) if checked else Markup("")
    fmt = document_format(source["url"])
    kind = Markup(" ({})").format(fmt) if fmt else Markup("")
    return Markup(
        '\n<li id="cifra-{n}">{label}: {value}. Fuente: <a href="{url}">{title}{kind}</a>.{when} '
        '<a href="#cita-{n}">Volver a la cifra {n}</a></li>'
    ).format(
        n=n,
        label=fact["etiqueta"],
        value=fact["valor_texto"],
        url=source["url"],
        title=source["titulo"],
        kind=kind,
        when=when,
    )
