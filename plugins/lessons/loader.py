"""Read lesson Markdown files and the learning goals, reporting every mistake at once.

Pelican does not read ``content/lessons`` (it is outside PAGE_PATHS): each file goes
through the shared editor-file pipeline of ``ventana_data`` (decoding, front matter
with the file's own line numbers, schema, links), plus the checks of this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ventana_data import DataError, Document
from ventana_data.files import editor_files
from ventana_data.messages import fill
from ventana_data.pipeline import FileKind, load_editor_file
from ventana_data.urls import document_link_errors

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
    """One file through the shared pipeline; never raises for content mistakes."""
    kind = FileKind(
        schema=config.schema_path,
        checks=_checks,
        front_matter=True,
        words=messages.FRONT_MATTER_WORDS,
    )
    loaded = load_editor_file(path, config.root, kind)
    errors = loaded.errors
    if any(not e.field for e in errors):
        errors = _explain_questions_in_brackets(errors, _lines(path))
    return RawLesson(
        path,
        loaded.display,
        _slug(loaded.doc, path),
        loaded.doc,
        loaded.body,
        loaded.body_line,
        errors,
    )


def _checks(doc: Document, path: Path) -> list[DataError]:
    """What the schema cannot say: links are safe, the address is a valid slug."""
    return document_link_errors(doc, skip=("slug",)) + _slug_errors(doc, path)


def _slug(doc: Document, path: Path) -> str:
    """The lesson's address: its ``slug``, else the file name without the number."""
    value = doc.data.get("slug") if isinstance(doc.data, dict) else None
    return value if isinstance(value, str) else ORDER_PREFIX_RE.sub("", path.stem)


def _lines(path: Path) -> list[str]:
    return path.read_bytes().decode("utf-8", errors="replace").splitlines()


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
                **fill(messages.QUESTION_IN_BRACKETS, line=text.strip()[:80]),
            )
        out.append(error)
    return out


def _slug_errors(doc: Document, path: Path) -> list[DataError]:
    slug = _slug(doc, path)
    if SLUG_RE.match(slug):
        return []
    if "slug" in doc.data:
        return [
            doc.error(
                ("slug",),
                **fill(messages.BAD_SLUG, slug=slug),
            )
        ]
    return [
        DataError(
            doc.file,
            1,
            1,
            "",
            **fill(messages.BAD_FILENAME, name=path.name),
        )
    ]


def read_goals(config: Config) -> tuple[Document, list[DataError]]:
    """The learning goals file, schema-checked, with duplicate ids reported."""
    display = config.display(config.goals_path)
    if not config.goals_path.is_file():
        error = DataError(display, 1, 1, "", **messages.GOALS_MISSING)
        return Document(display), [error]
    kind = FileKind(schema=config.goals_schema_path, checks=_duplicate_goals)
    loaded = load_editor_file(config.goals_path, config.root, kind)
    return loaded.doc, loaded.errors


def _duplicate_goals(doc: Document, _path: Path) -> list[DataError]:
    errors = []
    seen: dict[str, int] = {}
    for i, goal in enumerate(doc.data["metas"]):
        if goal["id"] in seen:
            errors.append(
                doc.error(
                    ("metas", i, "id"),
                    **fill(messages.GOAL_DUPLICATE, id=goal["id"], line=seen[goal["id"]]),
                )
            )
        else:
            seen[goal["id"]] = doc.where(("metas", i, "id"))[0]
    return errors
