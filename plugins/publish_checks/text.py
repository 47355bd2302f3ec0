"""Word and sentence splitting for Spanish and English prose, with compiled patterns."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,:]\d+)*", re.UNICODE)
# A sentence ends at . ! ? … (and closing quotes) followed by space; abbreviations don't end it.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»”)]*\s+")
_ABBREVIATIONS = frozenset({
    "art", "arts", "núm", "dr", "dra", "lic", "ing", "sr", "sra", "srta", "ud", "uds",
    "etc", "pág", "págs", "fr", "fracc", "cap", "ej", "p", "av", "col", "tel", "e", "g",
    "mr", "mrs", "ms", "vs", "st", "jr", "i", "ee", "uu", "aprox", "min", "máx", "mín",
})
_LAST_WORD = re.compile(r"([^\W\d_]+)\.$", re.UNICODE)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def sentences(text: str) -> list[str]:
    """Split a block of prose into sentences, keeping abbreviations like "art." inside."""
    parts = _SENTENCE_END.split(text)
    result: list[str] = []
    pending = ""
    for part in parts:
        if not part:
            continue
        pending = f"{pending} {part}" if pending else part
        match = _LAST_WORD.search(pending)
        if match and match.group(1).lower() in _ABBREVIATIONS:
            continue
        result.append(pending.strip())
        pending = ""
    if pending.strip():
        result.append(pending.strip())
    return result


def fold(text: str) -> str:
    """Lowercase without accents, for matching terms however an editor typed them."""
    return text.lower().translate(_FOLD)


_FOLD = str.maketrans("áéíóúüÁÉÍÓÚÜ", "aeiouuaeiouu")
