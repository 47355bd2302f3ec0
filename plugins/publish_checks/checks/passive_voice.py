""""Ser + participio" hides who does what ("fue aprobado" — ¿por quién?)."""

import re

from ..finding import Severity
from .base import Rule, hit

SER = (r"(?:es|son|era|eran|fue|fueron|será|serán|sería|serían|sea|sean|fuera|fueran|"
       r"ha sido|han sido|había sido|habían sido|haya sido|hayan sido|ser|siendo)")
PARTICIPLE = (r"(?:\w+?(?:ad|id|íd)[oa]s?|(?:escrit|hech|dich|puest|vist|abiert|resuelt|"
              r"cubiert|impuest|propuest|devuelt|suspendid|electo|muert|rot)[oa]?s?)")
PASSIVE = re.compile(rf"\b{SER}\s+(?:\w+mente\s+)?({PARTICIPLE})\b", re.IGNORECASE)
ACCENTED = re.compile(r"[áéóú]|í(?!d)")  # participles carry no accent except -ído


class PassiveVoice(Rule):
    id = "passive-voice"
    wcag = "3.1.5"
    severity = Severity.WARNING
    title = "Voz pasiva (ser + participio)"
    message = "«{phrase}» está en voz pasiva."
    hint = "Diga quién hace la acción: «El comité aprobó la ley» en vez de «La ley fue aprobada»."

    def check(self, page):
        for block in page.prose.blocks():
            for match in PASSIVE.finditer(block.text):
                if ACCENTED.search(match.group(1)):
                    continue  # "es válido", "es rápido": adjectives, not participles
                yield hit(block.element, match.group(0), phrase=match.group(0))
