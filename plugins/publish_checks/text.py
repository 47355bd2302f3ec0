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
        else:
            _token_words(token, found)
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


# Closing marks a sentence end may carry («fin.»», "fin.)"): the split drops them.
_CLOSERS = "\"'»”)"
_END_MARKS = ".!?…"


def split_prose(text: str) -> list[tuple[str, list[str]]]:
    """``[(s, words(s)) for s in sentences(text)]`` in one pass over the words of ``text``.

    ``text`` is squashed (single spaces, as ``page.squash`` leaves it). A sentence ends at a
    word ending in . ! ? … (then closing marks, which the split drops, as ``sentences``
    does) unless that word is a listed abbreviation; the last word never loses its marks.
    """
    result: list[tuple[str, list[str]]] = []
    tokens = text.split(" ")
    last = len(tokens) - 1
    pieces: list[str] = []  # parts of a sentence held together by abbreviations
    found: list[str] = []
    start = position = 0
    for index, token in enumerate(tokens):
        end = position + len(token)
        if token.isalpha():
            found.append(token)
            position = end + 1
            continue
        core = token.rstrip(_CLOSERS) if index < last else token
        if core and core[-1] in _END_MARKS and index < last:
            _token_words(core, found)
            pieces.append(text[start : position + len(core)])
            start = position = end + 1
            if core[-1] == "." and core[:-1].lower() in _ABBREVIATIONS:
                continue
            result.append((" ".join(pieces) if len(pieces) > 1 else pieces[0], found))
            pieces, found = [], []
            continue
        _token_words(token, found)
        position = end + 1
    if start < len(text):
        pieces.append(text[start:])
    if pieces:
        result.append((" ".join(pieces) if len(pieces) > 1 else pieces[0], found))
    return result


def _token_words(token: str, found: list[str]) -> None:
    """Add the words of one space-free token that is not all letters to ``found``."""
    core = token.strip(_EDGES)
    if core.isalpha():
        found.append(core)
    else:
        found.extend(WORD.findall(token))


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
