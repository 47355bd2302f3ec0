""" "Ser + participio" hides who does what ("fue aprobado" — ¿por quién?)."""

import re

from ..finding import Severity
from ..page_facts import prose_text
from ..readability import is_english
from .base import Rule, hit

SER = frozenset(
    {
        "es",
        "son",
        "era",
        "eran",
        "fue",
        "fueron",
        "será",
        "serán",
        "sería",
        "serían",
        "sea",
        "sean",
        "fuera",
        "fueran",
        "sido",
        "ser",
        "siendo",
    }
)
PARTICIPLE = re.compile(
    r"\w+?(?:ad|id|íd)[oa]s?|(?:escrit|hech|dich|puest|vist|abiert|resuelt|"
    r"cubiert|impuest|propuest|devuelt|electo|muert|rot)[oa]?s?"
)
ACCENTED = re.compile(r"[áéóú]|í(?!d)")  # participles carry no accent except -ído
NOT_PARTICIPLES = frozenset(
    {
        "nada",
        "cada",
        "lado",
        "vida",
        "medida",
        "salida",
        "comida",
        "partida",
        "ciudad",
        "mitad",
        "verdad",
        "edad",
        "libertad",
        "divertido",
        "divertida",
        "aburrido",
        "aburrida",
        "atrevido",
        "parecido",
        "parecida",
    }
)


def passive_at(words, position):
    """The end of "ser (+ adverb in -mente) + participle" if ``words[position]`` is a
    form of «ser» that starts one, else None."""
    following = position + 1
    if following < len(words) and words[following].lower().endswith("mente"):
        following += 1
    if following < len(words):
        candidate = words[following].lower()
        if (
            PARTICIPLE.fullmatch(candidate)
            and candidate not in NOT_PARTICIPLES
            and not ACCENTED.search(candidate)
        ):
            return following + 1
    return None


class PassiveVoice(Rule):
    id = "passive-voice"
    wcag = "3.1.5"
    severity = Severity.WARNING
    title = "Voz pasiva (ser + participio)"
    message = "«{phrase}» está en voz pasiva."
    hint = "Di quién hace la acción: «El comité aprobó la ley» en vez de «La ley fue aprobada»."

    def check(self, page):
        if is_english(page.lang):
            return
        for block, sentence, start in prose_text(page).find_words(SER):
            end = passive_at(sentence.words, start)
            if end is not None:
                phrase = " ".join(sentence.words[start:end])
                yield hit(block.element, phrase, phrase=phrase)
