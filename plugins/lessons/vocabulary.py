"""The fixed words of the guide: grades, topics, groupings and curriculum phases.

Lessons cite these by id (``primaria-3``, ``bien-comun``); the labels here are what
teachers read. The JSON Schema lists the same ids so editors get them while typing;
``tests/plugins/lessons`` checks that both lists agree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Grade:
    """One school grade of the Mexican basic education system."""

    id: str
    level: str
    number: int
    fase: int

    @property
    def label(self) -> str:
        """ "3.º de primaria": how teachers name a grade."""
        return f"{self.number}.º de {self.level}"

    @property
    def order(self) -> int:
        return list(GRADES).index(self.id)


LEVELS = {"preescolar": "Preescolar", "primaria": "Primaria", "secundaria": "Secundaria"}


def _grades() -> dict[str, Grade]:
    fases = {
        "preescolar": lambda n: 2,
        "primaria": lambda n: 3 + (n - 1) // 2,
        "secundaria": lambda n: 6,
    }
    counts = {"preescolar": 3, "primaria": 6, "secundaria": 3}
    out = {}
    for level, count in counts.items():
        for n in range(1, count + 1):
            out[f"{level}-{n}"] = Grade(f"{level}-{n}", level, n, fases[level](n))
    return out


GRADES: dict[str, Grade] = _grades()

# Phases of the 2022 study plan (Nueva Escuela Mexicana) and the grades they cover.
FASES = {
    2: "preescolar",
    3: "1.º y 2.º de primaria",
    4: "3.º y 4.º de primaria",
    5: "5.º y 6.º de primaria",
    6: "secundaria",
}

TOPICS = {
    "honestidad": ("Honestidad", "Decir la verdad y respetar lo que es de otras personas."),
    "transparencia": (
        "Transparencia",
        "Mostrar cómo se usa lo que es de todos y pedir información.",
    ),
    "legalidad": ("Legalidad", "Conocer las reglas y las leyes, y entender por qué nos protegen."),
    "participacion-ciudadana": (
        "Participación ciudadana",
        "Opinar, decidir en grupo y saber a quién acudir.",
    ),
    "rendicion-de-cuentas": (
        "Rendición de cuentas",
        "Informar qué hicimos con una tarea o con algo que nos confiaron.",
    ),
    "bien-comun": ("Bien común", "Cuidar lo que es de todos y ver cómo una trampa daña a muchos."),
    "responsabilidad": ("Responsabilidad", "Cumplir lo que prometemos y reconocer los errores."),
}

GROUPINGS = {
    "individual": "Individual",
    "parejas": "En parejas",
    "equipos": "En equipos",
    "grupo": "Todo el grupo",
}

CAMPOS_FORMATIVOS = (
    "Lenguajes",
    "Saberes y pensamiento científico",
    "Ética, naturaleza y sociedades",
    "De lo humano y lo comunitario",
)


def topic_label(topic_id: str) -> str:
    return TOPICS[topic_id][0]


def grades_label(grade_ids: list[str]) -> str:
    """Grades for cards: "3.º y 4.º de primaria", "3.º de preescolar y 1.º de primaria"."""
    by_level: dict[str, list[int]] = {}
    for gid in sorted(grade_ids, key=lambda g: GRADES[g].order):
        grade = GRADES[gid]
        by_level.setdefault(grade.level, []).append(grade.number)
    parts = [
        f"{_join([f'{n}.º' for n in numbers])} de {level}" for level, numbers in by_level.items()
    ]
    return _join(parts)


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " y " + items[-1]


def minutes_label(minutes: int) -> str:
    """ "1 hora 30 minutos" reads better than "90 min" for teachers planning a class."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append("1 hora" if hours == 1 else f"{hours} horas")
    if rest or not hours:
        parts.append("1 minuto" if rest == 1 else f"{rest} minutos")
    return " ".join(parts)


def iso_duration(minutes: int) -> str:
    """ISO 8601 duration for schema.org ``timeRequired``: 90 -> ``PT1H30M``."""
    hours, rest = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")
