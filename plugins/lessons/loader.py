"""Read lesson Markdown files and the learning goals, reporting every mistake at once.

Pelican does not read ``content/lessons`` (it is outside PAGE_PATHS), so we split the
front matter ourselves and hand it to ``ventana_data`` with a line offset: an error on
line 12 of the YAML is reported on line 12 of the ``.md`` file the editor has open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ventana_data import DataError, Document, load_schema, load_yaml, read_front_matter, validate
from ventana_data.files import editor_files
from ventana_data.urls import document_link_errors, markdown_link_errors

from . import messages
from .settings import Config

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ORDER_PREFIX_RE = re.compile(r"^\d+-")


@dataclass
class RawLesson:
    """One lesson file after parsing: its YAML document, its body and any errors found."""

    path: Path
    display: str
    slug: str
    doc: Document
    body: str
    body_line: int
    errors: list[DataError]

    @property
    def valid(self) -> bool:
        return not self.errors


def lesson_files(config: Config) -> list[Path]:
    """Lesson files in reading order: the number at the start of the name sets it."""
    return editor_files(config.content_dir, "*.md")


def read_lesson(path: Path, config: Config) -> RawLesson:
    """Parse and schema-check one file; never raises for content mistakes."""
    display = config.display(path)
    slug = ORDER_PREFIX_RE.sub("", path.stem)
    empty = Document(display)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        error = DataError(
            display, 1, 1, "", messages.NOT_UTF8, found=str(exc.reason), hint=messages.NOT_UTF8_HINT
        )
        return RawLesson(path, display, slug, empty, "", 1, [error])
    lines = text.splitlines()
    header = read_front_matter(text, display, messages.FRONT_MATTER_WORDS)
    doc = header.doc
    lesson = RawLesson(
        path,
        display,
        slug,
        doc,
        header.body,
        header.body_line,
        _explain_questions_in_brackets(header.errors, lines),
    )
    if lesson.errors:
        return lesson
    lesson.errors += validate(doc, load_schema(str(config.schema_path)))
    lesson.errors += document_link_errors(doc, skip=("slug",))
    lesson.errors += markdown_link_errors(header.body, display, header.body_line)
    if isinstance(doc.data.get("slug"), str):
        lesson.slug = doc.data["slug"]
    lesson.errors += _slug_errors(lesson)
    return lesson


def _explain_questions_in_brackets(errors: list[DataError], lines: list[str]) -> list[DataError]:
    """``[¿Qué hizo Nico?]`` is not valid YAML: a ``?`` cannot go inside brackets unquoted.

    Lessons are full of questions, so this is the YAML mistake editors make most; the
    generic message does not tell them what to change.
    """
    out = []
    for error in errors:
        text = lines[error.line - 1] if 0 < error.line <= len(lines) else ""
        if not error.field and "[" in text and "?" in text:
            error = replace(
                error,
                message=messages.QUESTION_IN_BRACKETS,
                found=f"«{text.strip()[:80]}»",
                hint=messages.QUESTION_IN_BRACKETS_HINT,
            )
        out.append(error)
    return out


def _slug_errors(lesson: RawLesson) -> list[DataError]:
    if SLUG_RE.match(lesson.slug):
        return []
    if "slug" in lesson.doc.data:
        return [
            lesson.doc.error(
                ("slug",),
                messages.BAD_SLUG,
                expected=messages.BAD_SLUG_EXPECTED,
                found=f"«{lesson.slug}»",
                hint=messages.BAD_SLUG_FIELD_HINT,
            )
        ]
    return [
        DataError(
            lesson.display,
            1,
            1,
            "",
            messages.BAD_FILENAME,
            expected=messages.BAD_SLUG_EXPECTED,
            found=f"«{lesson.path.name}»",
            hint=messages.BAD_FILENAME_HINT,
        )
    ]


def read_goals(config: Config) -> tuple[Document, list[DataError]]:
    """The learning goals file, schema-checked, with duplicate ids reported."""
    display = config.display(config.goals_path)
    if not config.goals_path.is_file():
        error = DataError(
            display, 1, 1, "", messages.GOALS_MISSING, hint=messages.GOALS_MISSING_HINT
        )
        return Document(display), [error]
    doc = load_yaml(config.goals_path, display)
    errors = list(doc.errors)
    if errors:
        return doc, errors
    errors += validate(doc, load_schema(str(config.goals_schema_path)))
    if errors:
        return doc, errors
    seen: dict[str, int] = {}
    for i, goal in enumerate(doc.data["metas"]):
        if goal["id"] in seen:
            errors.append(
                doc.error(
                    ("metas", i, "id"),
                    messages.GOAL_DUPLICATE.format(id=goal["id"]),
                    expected=messages.GOAL_DUPLICATE_EXPECTED,
                    found=messages.GOAL_DUPLICATE_FOUND.format(line=seen[goal["id"]]),
                    hint=messages.GOAL_DUPLICATE_HINT,
                )
            )
        else:
            seen[goal["id"]] = doc.where(("metas", i, "id"))[0]
    return doc, errors
