"""Word and sentence splitting for Spanish and English prose, with compiled patterns."""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,:]\d+)*", re.UNICODE)
# A sentence ends at . ! ? … (and closing quotes) followed by space; abbreviations don't end it.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'»”)]*\s+")
_ABBREVIATIONS = frozenset(
    {
        "art",
        "arts",
        "núm",
        "dr",
        "dra",
        "lic",
        "ing",
        "sr",
        "sra",
        "srta",
        "ud",
        "uds",
        "etc",
        "pág",
        "págs",
        "fr",
        "fracc",
        "cap",
        "ej",
        "p",
        "av",
        "col",
        "tel",
        "e",
        "g",
        "mr",
        "mrs",
        "ms",
        "vs",
        "st",
        "jr",
        "i",
        "ee",
        "uu",
        "aprox",
        "min",
        "máx",
        "mín",
    }
)


# Punctuation that never joins two words, stripped from a token before ``isalpha``.
_EDGES = '.,;:!?¡¿()«»"“”…'


def words(text: str) -> list[str]:
    """``WORD.findall(text)``, with the common tokens (letters only) taken without a regex.

    A word never spans whitespace, so each space-separated token can be matched alone.
    """
    found: list[str] = []
    for token in text.split():
        if token.isalpha():
            found.append(token)
            continue
        core = token.strip(_EDGES)
        if core.isalpha():
            found.append(core)
        else:
            found.extend(WORD.findall(token))
    return found


def sentences(text: str) -> list[str]:
    """Split a block of prose into sentences, keeping abbreviations like "art." inside."""
    parts = _SENTENCE_END.split(text)
    result: list[str] = []
    pending = ""
    for part in parts:
        if not part:
            continue
        pending = f"{pending} {part}" if pending else part
        last = part.rsplit(None, 1)[-1]
        if last.endswith(".") and last[:-1].lower() in _ABBREVIATIONS:
            continue
        result.append(pending.strip())
        pending = ""
    if pending.strip():
        result.append(pending.strip())
    return result


def fold(text: str) -> str:
    """Lowercase without accents, for matching terms however an editor typed them.

    Chained ``replace`` calls beat ``str.translate`` several times over on Spanish text.
    """
    text = text.lower()
    if text.isascii():
        return text
    return (
        text.replace("á", "a")
        .replace("é", "e")
        .replace("í", "i")
        .replace("ó", "o")
        .replace("ú", "u")
        .replace("ü", "u")
    )


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """``fold`` of one word, remembered: prose repeats the same few thousand words."""
    return fold(word)
