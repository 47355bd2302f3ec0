"""Which pages the guide has: one plan per page, each with its template and context.

Listing pages here, apart from rendering, lets the generator stay small and lets a
reader see every address of the guide in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .catalog import Catalog
from .jsonld import learning_resource, script_tag
from .vocabulary import GRADES, LEVELS, TOPICS

HOME_TEMPLATE_SOURCE = "themes/ventana/templates/lessons_home.html"


@dataclass
class PagePlan:
    """One output file: where it goes, which template draws it, and what it needs."""

    save_as: str
    template: str
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.save_as.removesuffix("index.html")


def plan_pages(catalog: Catalog, site: dict[str, Any]) -> list[PagePlan]:
    """Every page of the guide, in a stable order."""
    base = catalog.config.url
    common = {
        "lessons_catalog": catalog,
        "lessons_base": base,
        "lessons_filter_script": catalog.config.filter_script,
    }
    plans = [
        PagePlan(
            f"{base}index.html",
            "lessons_home",
            {"source_path": HOME_TEMPLATE_SOURCE, "og_title": "Escuela de Héroes"},
        )
    ]
    plans += _lesson_pages(catalog, site)
    plans += _facet_pages(catalog, base)
    plans.append(
        PagePlan(
            f"{base}metas/index.html",
            "lessons_goals",
            {
                "source_path": catalog.goals_source,
                "og_title": "Metas de aprendizaje de la Escuela de Héroes",
            },
        )
    )
    plans.append(
        PagePlan(
            f"{base}guia-completa/index.html",
            "lessons_guide",
            {
                "source_path": catalog.config.display(catalog.config.content_dir),
                "og_title": "Escuela de Héroes: guía completa para imprimir",
            },
        )
    )
    for plan in plans:
        plan.extra = {**common, **plan.extra}
    return plans


def _lesson_pages(catalog: Catalog, site: dict[str, Any]) -> list[PagePlan]:
    plans = []
    lessons = catalog.lessons
    for i, lesson in enumerate(lessons):
        plans.append(
            PagePlan(
                lesson.save_as,
                "lesson",
                {
                    "lesson": lesson,
                    "source_path": lesson.source_path,
                    "lesson_jsonld": script_tag(learning_resource(lesson, site)),
                    "previous_lesson": lessons[i - 1] if i > 0 else None,
                    "next_lesson": lessons[i + 1] if i + 1 < len(lessons) else None,
                    "og_title": lesson.title,
                    "og_description": lesson.summary,
                },
            )
        )
    return plans


def _facet_pages(catalog: Catalog, base: str) -> list[PagePlan]:
    """Index pages by grade, topic and duration: one list page per value plus an overview."""
    source = catalog.config.display(catalog.config.content_dir)
    plans = []
    by_grade = catalog.by_grade()
    by_topic = catalog.by_topic()
    by_band = catalog.by_band()
    facets = {
        "grado": (
            "Por grado",
            [
                (
                    gid,
                    GRADES[gid].label,
                    f"Lecciones para {GRADES[gid].label}",
                    LEVELS[GRADES[gid].level],
                    items,
                )
                for gid, items in by_grade.items()
            ],
        ),
        "tema": (
            "Por tema",
            [
                (
                    tid,
                    TOPICS[tid][0],
                    f"Lecciones sobre {TOPICS[tid][0].lower()}",
                    TOPICS[tid][1],
                    items,
                )
                for tid, items in by_topic.items()
            ],
        ),
        "duracion": (
            "Por duración",
            [
                (band.id, band.label, f"Lecciones que duran {_lower_first(band.label)}", "", items)
                for band, items in by_band
            ],
        ),
    }
    for facet, (facet_label, entries) in facets.items():
        plans.append(
            PagePlan(
                f"{base}{facet}/index.html",
                "lessons_facets",
                {
                    "facet": facet,
                    "facet_label": facet_label,
                    "facet_entries": entries,
                    "source_path": source,
                    "og_title": f"Escuela de Héroes: lecciones {facet_label.lower()}",
                },
            )
        )
        for value_id, label, heading, note, items in entries:
            plans.append(
                PagePlan(
                    f"{base}{facet}/{value_id}/index.html",
                    "lessons_list",
                    {
                        "facet": facet,
                        "facet_label": facet_label,
                        "facet_value": value_id,
                        "facet_value_label": label,
                        "list_heading": heading,
                        "list_note": note,
                        "list_lessons": items,
                        "list_groups": _by_topic(items) if facet == "grado" else [],
                        "source_path": source,
                        "og_title": heading,
                    },
                )
            )
    return plans


def _by_topic(lessons: list) -> list[tuple[str, str, list]]:
    """A grade's lessons grouped by topic, so a teacher combines grade and topic without
    JavaScript: (topic id, label, lessons), topics in vocabulary order."""
    groups = []
    for tid, (label, _note) in TOPICS.items():
        items = [lesson for lesson in lessons if tid in lesson.temas]
        if items:
            groups.append((tid, label, items))
    return groups


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
