"""Load the whole guide once: read, check, stop on any mistake, then index.

The catalog is what the generator renders and what other plugins may read from
``context["lessons"]``; its groupings (by grade, topic, duration band) are computed
here so that every index page and the tests agree on one definition.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ventana_data import collect

from . import messages
from .loader import lesson_files, read_goals, read_lesson
from .model import Goal, Lesson, build_lessons
from .settings import Band, Config
from .validation import duplicate_slugs, goals_claimed_not_taught, lesson_errors, untaught_goals
from .vocabulary import GRADES, TOPICS, topic_label

log = logging.getLogger(__name__)


@dataclass
class Catalog:
    config: Config
    lessons: list[Lesson]
    goals: list[Goal]
    goals_source: str

    @property
    def activity_count(self) -> int:
        return sum(len(lesson.activities) for lesson in self.lessons)

    def by_grade(self) -> dict[str, list[Lesson]]:
        """Grades that have lessons, in school order."""
        out: dict[str, list[Lesson]] = {gid: [] for gid in GRADES}
        for lesson in self.lessons:
            for gid in lesson.grados:
                out[gid].append(lesson)
        return {gid: items for gid, items in out.items() if items}

    def by_topic(self) -> dict[str, list[Lesson]]:
        """Topics that have lessons, in the order of the vocabulary."""
        out: dict[str, list[Lesson]] = {tid: [] for tid in TOPICS}
        for lesson in self.lessons:
            for tid in lesson.temas:
                out[tid].append(lesson)
        return {tid: items for tid, items in out.items() if items}

    def grade_options(self) -> list[tuple[str, str]]:
        """(id, label) of every grade that has lessons, for the filter's list."""
        return [(gid, GRADES[gid].label) for gid in self.by_grade()]

    def topic_options(self) -> list[tuple[str, str]]:
        """(id, label) of every topic that has lessons, for the filter's list."""
        return [(tid, topic_label(tid)) for tid in self.by_topic()]

    def by_band(self) -> list[tuple[Band, list[Lesson]]]:
        """Duration bands that have lessons, shortest first."""
        groups = [
            (band, [x for x in self.lessons if x.band.id == band.id]) for band in self.config.bands
        ]
        return [(band, items) for band, items in groups if items]

    def by_level(self) -> dict[str, list[Lesson]]:
        out: dict[str, list[Lesson]] = {}
        for lesson in self.lessons:
            for level in lesson.levels:
                out.setdefault(level, []).append(lesson)
        return out

    def goals_by_topic(self) -> dict[str, list[Goal]]:
        out: dict[str, list[Goal]] = {tid: [] for tid in TOPICS}
        for goal in self.goals:
            out[goal.tema].append(goal)
        return {tid: items for tid, items in out.items() if items}


def load_catalog(config: Config) -> Catalog:
    """Every lesson and goal, checked together.

    Mistakes go to ``ventana_data.collect``: the build stops once, before writing, with
    the errors of every data plugin together. The guide is then empty for this run.
    """
    goals_doc, errors = read_goals(config)
    goal_ids = [g["id"] for g in goals_doc.data["metas"]] if not errors else []
    raws = [read_lesson(path, config) for path in lesson_files(config)]
    for raw in raws:
        errors += raw.errors
        if raw.valid and goal_ids:
            errors += lesson_errors(raw, goal_ids)
    errors += duplicate_slugs(raws)
    # A file that is not even YAML hides which goals it teaches: no guessing then.
    if goal_ids and raws and all(isinstance(raw.doc.data, dict) for raw in raws):
        errors += untaught_goals(goals_doc, raws)
    if collect(errors, messages.WHAT):
        return Catalog(config, [], [], config.display(config.goals_path))
    if not raws:
        log.warning(messages.LOG_NO_LESSONS, config.display(config.content_dir))
    for raw in raws:
        for gid in goals_claimed_not_taught(raw):
            log.warning(messages.LOG_GOAL_NOT_IN_ACTIVITY, raw.display, gid)
    lessons, goals = build_lessons(raws, goals_doc.data["metas"], config)
    catalog = Catalog(config, lessons, goals, config.display(config.goals_path))
    log.info(messages.LOG_LOADED, len(lessons), catalog.activity_count, len(goals))
    return catalog
