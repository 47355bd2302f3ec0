"""Rules that need more than one field or more than one file.

The JSON Schema checks each field alone; these rules check that a lesson adds up
(minutes, ages, phase), that it cites real goals, and that the guide as a whole
teaches every goal once at least. Each rule returns errors; none raises.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from ventana_data import DataError, Document
from ventana_data.messages import DID_YOU_MEAN, fill

from . import messages
from .loader import RawLesson
from .vocabulary import FASES, GRADES


def lesson_errors(lesson: RawLesson, goal_ids: list[str]) -> list[DataError]:
    """Rules inside one lesson whose fields already passed the schema."""
    return _goal_refs(lesson, goal_ids) + _duration(lesson) + _ages(lesson) + _fase(lesson)


def _goal_refs(lesson: RawLesson, goal_ids: list[str]) -> list[DataError]:
    doc, data = lesson.doc, lesson.doc.data
    errors = []
    known = set(goal_ids)
    for i, gid in enumerate(data["metas"]):
        if gid not in known:
            errors.append(_unknown_goal(doc, ("metas", i), gid, goal_ids))
    lesson_goals = set(data["metas"])
    for a, activity in enumerate(data["actividades"]):
        for j, gid in enumerate(activity["metas"]):
            path = ("actividades", a, "metas", j)
            if gid not in known:
                errors.append(_unknown_goal(doc, path, gid, goal_ids))
            elif gid not in lesson_goals:
                errors.append(
                    doc.error(
                        path,
                        **fill(
                            messages.ACTIVITY_GOAL_NOT_IN_LESSON,
                            id=gid,
                            ids=", ".join(data["metas"]),
                        ),
                    )
                )
    return errors


def _unknown_goal(doc: Document, path: tuple, gid: str, goal_ids: list[str]) -> DataError:
    guess = difflib.get_close_matches(str(gid), goal_ids, n=1)
    text = fill(
        messages.UNKNOWN_GOAL,
        id=gid,
        first=goal_ids[0] if goal_ids else "M01",
        last=goal_ids[-1] if goal_ids else "M01",
    )
    if guess:
        text["hint"] = DID_YOU_MEAN.format(guess[0])
    return doc.error(path, **text)


def _duration(lesson: RawLesson) -> list[DataError]:
    data = lesson.doc.data
    total = sum(a["minutos"] for a in data["actividades"])
    if data["duracion"] >= total:
        return []
    parts = " + ".join(str(a["minutos"]) for a in data["actividades"])
    return [
        lesson.doc.error(
            ("duracion",),
            **fill(messages.DURATION_TOO_SHORT, total=total, parts=parts, minutes=data["duracion"]),
        )
    ]


def _ages(lesson: RawLesson) -> list[DataError]:
    data = lesson.doc.data
    if data["edad_min"] <= data["edad_max"]:
        return []
    return [
        lesson.doc.error(
            ("edad_max",),
            **fill(messages.AGES_REVERSED, low=data["edad_min"], high=data["edad_max"]),
        )
    ]


def _fase(lesson: RawLesson) -> list[DataError]:
    data = lesson.doc.data
    fases = sorted({GRADES[g].fase for g in data["grados"]})
    fase = data["alineacion"]["fase"]
    if fase in fases:
        return []
    options = "; ".join(f"{f} ({FASES[f]})" for f in fases)
    return [
        lesson.doc.error(
            ("alineacion", "fase"),
            **fill(messages.FASE_MISMATCH, options=options, fase=fase, grades=FASES.get(fase, "?")),
        )
    ]


def duplicate_slugs(lessons: Iterable[RawLesson]) -> list[DataError]:
    """Two files that would publish at the same address: the second one is reported."""
    errors = []
    first: dict[str, RawLesson] = {}
    for lesson in lessons:
        other = first.setdefault(lesson.slug, lesson)
        if other is lesson:
            continue
        path = ("slug",) if isinstance(lesson.doc.data, dict) and "slug" in lesson.doc.data else ()
        line, col = lesson.doc.where(path) if path else (1, 1)
        errors.append(
            DataError(
                lesson.display,
                line,
                col,
                "slug" if path else "",
                **fill(messages.DUPLICATE_SLUG, slug=lesson.slug, other=other.display),
            )
        )
    return errors


def untaught_goals(goals_doc: Document, lessons: list[RawLesson]) -> list[DataError]:
    """Every goal of the guide must be taught by at least one activity somewhere."""
    taught = set()
    for lesson in lessons:
        taught |= _activity_goals(lesson.doc.data)
    errors = []
    for i, goal in enumerate(goals_doc.data["metas"]):
        if goal["id"] not in taught:
            errors.append(
                goals_doc.error(
                    ("metas", i, "id"),
                    **fill(messages.GOAL_NOT_TAUGHT, id=goal["id"], count=len(lessons)),
                )
            )
    return errors


def _activity_goals(data: Any) -> set[str]:
    """Goals cited by activities, read defensively: the file may have other mistakes."""
    found: set[str] = set()
    activities = data.get("actividades") if isinstance(data, dict) else None
    for activity in activities if isinstance(activities, list) else []:
        goals = activity.get("metas") if isinstance(activity, dict) else None
        found |= {g for g in goals if isinstance(g, str)} if isinstance(goals, list) else set()
    return found


def goals_claimed_not_taught(lesson: RawLesson) -> list[str]:
    """Goals a lesson lists but none of its activities teaches (a warning, not an error)."""
    taught = _activity_goals(lesson.doc.data)
    return [g for g in lesson.doc.data["metas"] if g not in taught]
