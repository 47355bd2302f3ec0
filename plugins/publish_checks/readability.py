"""Readability scores of a page's prose sections, with the band names editors know.

Spanish: Fernández Huerta and Szigriszt-Pazos, read on the INFLESZ scale. textstat
0.7.13 computes both only from raw text with its own (wrong, see ``syllables.py``)
syllable counts, so we apply the same published formulas, with textstat's constants, to
corrected counts. English goes straight to textstat (Flesch, Flesch-Kincaid grade).
"""

from __future__ import annotations

from functools import cache
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from .finding import Readability
from .syllables import count_text

if TYPE_CHECKING:
    from .page import Page
    from .prose import Sentence

INFLESZ_BANDS = (
    (40, "muy difícil"),
    (55, "algo difícil"),
    (65, "normal"),
    (80, "bastante fácil"),
    (float("inf"), "muy fácil"),
)
FLESCH_BANDS = (
    (30, "muy difícil"),
    (50, "difícil"),
    (60, "bastante difícil"),
    (70, "normal"),
    (80, "bastante fácil"),
    (90, "fácil"),
    (float("inf"), "muy fácil"),
)
HARDEST = 3
_HARDEST_MIN_WORDS = 5


def band(score: float, bands: tuple[tuple[float, str], ...]) -> str:
    return next(name for limit, name in bands if score < limit)


def fernandez_huerta(words: int, sentences: int, syllables: int) -> float:
    """Fernández Huerta (1959): 206.84 − 60·syllables/word − 1.02·words/sentence."""
    return 206.84 - 60 * syllables / words - 1.02 * words / sentences


def szigriszt_pazos(words: int, sentences: int, syllables: int) -> float:
    """Szigriszt-Pazos perspicuity (1993): 206.835 − 62.3·syllables/word − words/sentence."""
    return 206.835 - 62.3 * syllables / words - words / sentences


@cache
def _english() -> Any:
    """textstat for English, imported lazily because it pulls in nltk (about 1 s).

    With "en_US" textstat downloads NLTK's cmudict at run time, which an offline publish
    build cannot do; "en-US" makes it use its bundled Pyphen dictionary with the same
    English Flesch constants.
    """
    from textstat.textstat import textstatistics

    stats = textstatistics()
    stats.set_lang("en-US")
    return stats


def is_english(lang: str) -> bool:
    return lang.lower().startswith("en")


def score(
    sentences: list[Sentence], lang: str, syllables: list[int] | None = None
) -> tuple[dict[str, float], dict[str, str]]:
    """Scores and band names for sentences in ``lang`` (Spanish: with their syllables)."""
    if is_english(lang):
        text = " ".join(s.text for s in sentences)
        stats = _english()
        flesch = stats.flesch_reading_ease(text)
        scores = {"flesch": flesch, "flesch_kincaid_grade": stats.flesch_kincaid_grade(text)}
        return scores, {"flesch": band(flesch, FLESCH_BANDS)}
    if syllables is None:
        syllables = [count_text(s.words) for s in sentences]
    counts = [(len(s.words), n) for s, n in zip(sentences, syllables, strict=True) if s.words]
    return spanish_scores(counts)


def spanish_scores(counts: list[tuple[int, int]]) -> tuple[dict[str, float], dict[str, str]]:
    """Scores from (words, syllables) per sentence, counted once and reused for ranking."""
    words = sum(map(itemgetter(0), counts))
    syllables = sum(map(itemgetter(1), counts))
    fh = fernandez_huerta(words, len(counts), syllables)
    sp = szigriszt_pazos(words, len(counts), syllables)
    return (
        {"fernandez_huerta": fh, "szigriszt_pazos": sp},
        {"fernandez_huerta": band(fh, FLESCH_BANDS), "inflesz": band(sp, INFLESZ_BANDS)},
    )


def main_score(scores: dict[str, float]) -> float:
    """The score thresholds apply to: INFLESZ for Spanish, Flesch for English."""
    return scores["flesch"] if "flesch" in scores else scores["szigriszt_pazos"]


def hardest(sentences: list[Sentence], lang: str, syllables: list[int] | None = None) -> list[str]:
    """The sentences with the lowest score, so editors know where to start."""
    if is_english(lang):
        ranked = [
            (main_score(score([s], lang)[0]), s.text)
            for s in sentences
            if len(s.words) >= _HARDEST_MIN_WORDS
        ]
    else:
        if syllables is None:
            syllables = [count_text(s.words) for s in sentences]
        ranked = [
            (szigriszt_pazos(len(s.words), 1, n), s.text)
            for s, n in zip(sentences, syllables, strict=True)
            if len(s.words) >= _HARDEST_MIN_WORDS
        ]
    ranked.sort(key=itemgetter(0))
    return [text for _, text in ranked[:HARDEST]]


def thresholds(page: Page, section: str) -> tuple[float | None, str]:
    """Minimum score for a section, and the written reason when a page lowered it."""
    limits = page.env.limits
    own = "ninos" if page.audience == "ninos" else "pagina"
    default = limits["readability_min_ninos" if section == "ninos" else "readability_min_publico"]
    override = page.meta_one("ventana:readability-min")
    reason = page.meta_one("ventana:readability-reason")
    if section == own and override and reason:  # without a reason the default stands
        try:
            return float(override), reason
        except ValueError:
            return default, ""
    return default, ""


def describe(result: Readability) -> tuple[float, str, str]:
    """(score thresholds apply to, scale name, band name) for messages and reports."""
    if "flesch" in result.scores:
        return result.scores["flesch"], "Flesch", result.bands["flesch"]
    return result.scores["szigriszt_pazos"], "INFLESZ", result.bands["inflesz"]


def for_page(page: Page) -> list[Readability]:
    """One ``Readability`` per prose section with enough words to score."""
    lang = page.lang or "es"
    english = is_english(lang)
    minimum = page.env.limits["readability_min_words"]
    results = []
    for section, blocks in page.prose.sections.items():
        sentences = [s for block in blocks for s in block.sentences if s.words]
        lengths = [len(s.words) for s in sentences]
        words = sum(lengths)
        if words < minimum:
            continue
        # Syllables counted once per sentence, for the page's score and its hardest sentences.
        syllables = None if english else [count_text(s.words) for s in sentences]
        if syllables is None:
            scores, bands = score(sentences, lang)
        else:
            scores, bands = spanish_scores(list(zip(lengths, syllables, strict=True)))
        threshold, reason = thresholds(page, section)
        results.append(
            Readability(
                page=page.rel,
                section=section,
                lang=lang,
                audience=page.audience,
                words=words,
                sentences=len(sentences),
                scores={k: round(v, 2) for k, v in scores.items()},
                bands=bands,
                threshold=threshold,
                threshold_reason=reason,
                hardest=hardest(sentences, lang, syllables),
                source=page.source,
            )
        )
    return results
