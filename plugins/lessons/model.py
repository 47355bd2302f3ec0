"""Validated lessons as plain objects that templates and other plugins can read.

Built only after every check passed, so nothing here handles missing fields.
Field names follow the Spanish keys of the lesson files, so editors and template
authors speak the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .settings import Band, Config, band_for
from .vocabulary import (
    GRADES,
    GROUPINGS,
    LEVELS,
    Grade,
    grades_label,
    iso_duration,
    minutes_label,
    topic_label,
)


@dataclass
class Goal:
    id: str
    tema: str
    texto: str
    activities: list[tuple[Lesson, Activity]] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return self.id.lower()

    @property
    def tema_label(self) -> str:
        return topic_label(self.tema)


@dataclass
class Activity:
    number: int
    nombre: str
    minutos: int
    agrupacion: str
    metas: list[str]
    pasos: list[str]
    producto: str
    instrucciones_alumnos: str = ""

    @property
    def anchor(self) -> str:
        return f"actividad-{self.number}"

    @property
    def agrupacion_label(self) -> str:
        return GROUPINGS[self.agrupacion]

    @property
    def minutes_label(self) -> str:
        return minutes_label(self.minutos)


@dataclass
class Lesson:
    """One lesson, with the derived values every page needs (labels, band, URL)."""

    slug: str
    number: int
    source_path: str
    url: str
    save_as: str
    data: dict[str, Any]
    activities: list[Activity]
    goals: list[Goal]
    band: Band
    body: str = ""

    def __getattr__(self, name: str) -> Any:
        """Front-matter keys read as attributes in templates: ``lesson.materiales``."""
        data = self.__dict__.get("data") or {}
        if name in data:
            return data[name]
        raise AttributeError(name)

    @property
    def grades(self) -> list[Grade]:
        return sorted((GRADES[g] for g in self.data["grados"]), key=lambda g: g.order)

    @property
    def levels(self) -> list[str]:
        return list(dict.fromkeys(g.level for g in self.grades))

    @property
    def levels_label(self) -> str:
        return ", ".join(LEVELS[level] for level in self.levels)

    @property
    def grades_label(self) -> str:
        return grades_label(self.data["grados"])

    @property
    def ages_label(self) -> str:
        return f"{self.data['edad_min']} a {self.data['edad_max']} años"

    @property
    def minutes_label(self) -> str:
        return minutes_label(self.data["duracion"])

    @property
    def time_required(self) -> str:
        return iso_duration(self.data["duracion"])

    @property
    def topics(self) -> list[tuple[str, str]]:
        return [(t, topic_label(t)) for t in self.data["temas"]]

    @property
    def activity_minutes(self) -> int:
        return sum(a.minutos for a in self.activities)


def build_lessons(
    raws: list, goal_entries: list[dict], config: Config
) -> tuple[list[Lesson], list[Goal]]:
    """Turn validated documents into Lessons and link each Goal to the activities teaching it."""
    goals = [Goal(g["id"], g["tema"], g["texto"]) for g in goal_entries]
    by_id = {g.id: g for g in goals}
    lessons = []
    for number, raw in enumerate(raws, start=1):
        data = raw.doc.data
        activities = [_activity(i, a) for i, a in enumerate(data["actividades"], start=1)]
        url = f"{config.url}{raw.slug}/"
        lesson = Lesson(
            slug=raw.slug,
            number=number,
            source_path=raw.display,
            url=url,
            save_as=f"{url}index.html",
            data=data,
            activities=activities,
            goals=[by_id[g] for g in data["metas"]],
            band=band_for(config.bands, data["duracion"]),
            body=raw.body,
        )
        lessons.append(lesson)
        for activity in activities:
            for gid in activity.metas:
                by_id[gid].activities.append((lesson, activity))
    return lessons, goals


def _activity(number: int, raw: dict[str, Any]) -> Activity:
    return Activity(
        number=number,
        nombre=raw["nombre"],
        minutos=raw["minutos"],
        agrupacion=raw["agrupacion"],
        metas=list(raw["metas"]),
        pasos=list(raw["pasos"]),
        producto=raw["producto"],
        instrucciones_alumnos=raw.get("instrucciones_alumnos", ""),
    )
