"""Spanish syllable counting that fixes what textstat 0.7.13 gets wrong.

textstat counts Spanish syllables with Pyphen's hyphenation dictionary (positions + 1).
Hyphenation is not syllabification: Pyphen never splits the first or last two letters and
never splits a hiatus, so "día", "país", "leer", "aún", "oír" and "maíz" count as one
syllable, "poeta", "caoba" and "héroe" as two and "aéreo" as two. Spanish spelling marks
every hiatus between a strong and a weak vowel with an accent, so the vowel groups of a
word give an exact count; ``tests/.../test_syllables.py`` holds the hand-counted cases.
"""

from __future__ import annotations

import re

_STRONG = frozenset("aeoáéóíú")  # accented í/ú break a diphthong like a strong vowel
_VOWELS = frozenset("aeiouáéíóúü")
_SILENT_U = re.compile(r"([qg])u(?=[eiéí])")
_DIGITS = re.compile(r"\d")


# Syllables per word as written: prose repeats the same few thousand words.
_COUNTS: dict[str, int] = {}
_COUNTS_MAX = 1 << 17


def count_word(word: str) -> int:
    """Syllables in one Spanish word; numbers count one syllable per digit, roughly as read."""
    count = _COUNTS.get(word)
    return _remember(word) if count is None else count


def _remember(word: str) -> int:
    if len(_COUNTS) >= _COUNTS_MAX:
        _COUNTS.clear()
    _COUNTS[word] = count = _count(word.lower())
    return count


def _count(word: str) -> int:
    if _DIGITS.search(word):
        return max(1, len(_DIGITS.findall(word)))
    word = _SILENT_U.sub(r"\1", word)
    if word.endswith("y") and len(word) > 1 and word[-2] in _VOWELS:
        word = word[:-1] + "i"  # "rey", "muy", "hoy": final y is a vowel
    elif word == "y":
        return 1
    count = 0
    previous = ""
    for char in word:
        if char not in _VOWELS:
            previous = ""
            continue
        if not previous:
            count += 1
        elif (previous in _STRONG and char in _STRONG) or previous == char:
            count += 1  # hiatus: two strong vowels, or a doubled weak one ("chiita")
        previous = char
    return max(1, count)


def count_text(words: list[str]) -> int:
    """Total syllables of already-split words (a dict lookup per word once it is known)."""
    try:
        return sum(map(_COUNTS.__getitem__, words))
    except KeyError:
        return sum(map(count_word, words))
