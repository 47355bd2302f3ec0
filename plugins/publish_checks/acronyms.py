"""Acronyms in prose: which words are acronyms, and whether their first use is explained.

An acronym is a word of 2 to 6 capital letters (an optional plural «s» allowed), minus an
allowlist of Roman numerals, file formats and units and Spanish words written in capitals
for emphasis. Used by ``acronym-first-use`` and by readability, where an expansion in
parentheses at first use counts as one word so that the two rules never pull apart.
"""

from __future__ import annotations

import re

from .text import WORD

CAPS = "A-ZÁÉÍÓÚÑÜ"
ACRONYM = re.compile(rf"(?<![\w-])([{CAPS}]{{2,6}})s?(?![\w-])")
# Two capitals in a row: text without them has no acronym, and this finds that out
# several times faster than ACRONYM, whose lookbehind is tried at every character.
TWO_CAPS = re.compile(f"[{CAPS}][{CAPS}]")
ROMAN = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
ALLOWED = frozenset(
    """
PDF CSV URL HTML JSON YAML XML XLS XLSX DOC DOCX ODS ODT PNG JPG JPEG GIF SVG ZIP MP3 MP4 RSS
KB MB GB TB KM CM MM KG TV OK AM PM FM AC DC ID AA AAA
NO SI SÍ YA HOY AVISO NOTA OJO ALTO EL LA LOS LAS DE DEL EN UN UNA ES SE TU TÚ YO MÁS
""".split()
)
CONNECTORS = frozenset({"de", "del", "la", "las", "los", "el", "y", "e", "para", "en", "a", "al"})
# «Nombre completo (SIGLA)» and «SIGLA (Nombre completo)»
_AFTER_NAME = re.compile(rf"\(\s*([{CAPS}]{{2,6}})s?\s*\)")
_NAME_AFTER = re.compile(rf"([{CAPS}]{{2,6}})s?\s*\(\s*([^()]{{6,}}?)\s*\)")
# «… Contenido Web, conocidas como WCAG»: the name was just written out in the sentence.
_KNOWN_AS = re.compile(r"(?:conocid[oa]s?|llamad[oa]s?|abreviad[oa]s?)\s+(?:como\s+)?$")


def is_acronym(word: str) -> bool:
    return word not in ALLOWED and not ROMAN.match(word) and not word.isdigit()


def acronyms_in(text: str) -> list[re.Match]:
    """Acronym matches of ``text``, without words inside a run of capitals (shouting)."""
    found: list[re.Match] = []
    if not TWO_CAPS.search(text):
        return found
    for match in ACRONYM.finditer(text):
        word = match.group(1)
        if not is_acronym(word) or _in_shouting(text, match):
            continue
        found.append(match)
    return found


def _in_shouting(text: str, match: re.Match) -> bool:
    """Part of a run of three or more words in capitals («LEY GENERAL DEL SISTEMA»)."""
    before = text[: match.start()].split()[-2:]
    after = text[match.end() :].split()[:2]
    run = 1
    for word in reversed(before):
        if not _caps_word(word):
            break
        run += 1
    for word in after:
        if not _caps_word(word):
            break
        run += 1
    return run >= 3


def _caps_word(word: str) -> bool:
    word = word.strip(",.;:¡!¿?«»\"'()")
    return len(word) >= 2 and word.isupper()


def expanded_here(text: str, start: int, end: int) -> bool:
    """Is the acronym at ``text[start:end]`` written with its expansion in parentheses?"""
    before = text[max(0, start - 2) : start].rstrip()
    after = text[end : end + 2].lstrip()
    if _KNOWN_AS.search(text[max(0, start - 30) : start]):
        return len(text[:start].split()) >= 4
    if before.endswith("(") and text[end:].lstrip().startswith(")"):
        words = text[:start].rstrip()[:-1].split()
        return len(words) >= 2
    if after.startswith("("):
        close = text.find(")", end)
        inner = text[end:close] if close > 0 else ""
        return len(inner.split()) >= 2
    return False


def collapse_expansions(text: str) -> str:
    """``text`` with «Nombre Largo (SIGLA)» and «SIGLA (Nombre largo)» reduced to «SIGLA».

    The expansion before an acronym in parentheses is the run of capitalised words and
    connectors right before it whose first word starts with the acronym's initial.
    """
    if "(" not in text:
        return text
    for match in reversed(list(_AFTER_NAME.finditer(text))):
        sigla = match.group(1)
        if not is_acronym(sigla):
            continue
        tokens = list(WORD.finditer(text, 0, match.start()))
        start = _expansion_start([t.group(0) for t in tokens], sigla[0])
        if start is not None:
            text = text[: tokens[start].start()] + sigla + text[match.end() :]
    for match in reversed(list(_NAME_AFTER.finditer(text))):
        if is_acronym(match.group(1)) and len(match.group(2).split()) >= 2:
            text = text[: match.start()] + match.group(1) + text[match.end() :]
    return text


def _expansion_start(words: list[str], initial: str) -> int | None:
    """Index where an expansion ending at the end of ``words`` starts, or None."""
    best = None
    for index in range(len(words) - 1, max(-1, len(words) - 13), -1):
        word = words[index]
        if word.lower() in CONNECTORS:
            continue
        if not word[:1].isupper():
            break
        if word[:1].upper() == initial.upper():
            best = index
    if best is None or len(words) - best < 2:
        return None
    return best
