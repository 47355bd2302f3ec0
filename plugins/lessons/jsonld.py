"""schema.org ``LearningResource`` for each lesson page, so search engines and school
platforms can list the lesson by level, age, time and the goals it teaches."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from .model import Lesson
from .vocabulary import FASES, LEVELS

FRAMEWORK = "Plan de estudio 2022 de la Nueva Escuela Mexicana"


def learning_resource(lesson: Lesson, site: dict[str, Any]) -> dict[str, Any]:
    """The JSON-LD object; ``site`` is Pelican's context (SITENAME, SITEURL, AUTHOR)."""
    align = lesson.alineacion
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "name": lesson.title,
        "description": lesson.summary,
        "inLanguage": "es-MX",
        "learningResourceType": "Plan de clase",
        "educationalLevel": [f"{LEVELS[level]}" for level in lesson.levels]
        + [grade.label for grade in lesson.grades],
        "typicalAgeRange": f"{lesson.edad_min}-{lesson.edad_max}",
        "timeRequired": lesson.time_required,
        "teaches": [
            {"@type": "DefinedTerm", "termCode": goal.id, "name": goal.texto}
            for goal in lesson.goals
        ],
        "about": [label for _, label in lesson.topics],
        "educationalAlignment": [
            {
                "@type": "AlignmentObject",
                "alignmentType": "educationalSubject",
                "educationalFramework": FRAMEWORK,
                "targetName": align["campo_formativo"],
                "targetDescription": align["contenido"],
            },
            {
                "@type": "AlignmentObject",
                "alignmentType": "educationalLevel",
                "educationalFramework": FRAMEWORK,
                "targetName": f"Fase {align['fase']}",
                "targetDescription": FASES[align["fase"]],
            },
        ],
        "audience": {"@type": "EducationalAudience", "educationalRole": "teacher"},
        "isAccessibleForFree": True,
        "isPartOf": {"@type": "WebSite", "name": site.get("SITENAME", "")},
    }
    siteurl = str(site.get("SITEURL", ""))
    if siteurl.startswith(("http://", "https://")):
        data["url"] = f"{siteurl.rstrip('/')}/{lesson.url}"
    if site.get("AUTHOR"):
        data["publisher"] = {"@type": "Organization", "name": site["AUTHOR"]}
    return data


def script_tag(data: dict[str, Any]) -> Markup:
    """``<script type="application/ld+json">`` safe against ``</script>`` inside texts."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(f'<script type="application/ld+json">\n{text}\n</script>')
