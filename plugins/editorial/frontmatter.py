"""One Markdown file: its YAML header against the schema, and its intrasite links."""

from __future__ import annotations

import re
from pathlib import Path

from ventana_data import DataError, display_path, load_schema, read_front_matter, validate

from . import messages
from .outputs import header_errors

LINK_RE = re.compile(r"\{(filename|static)\}([^)\s#?\"']+)")


def check_markdown_file(
    path: Path, root: Path, schema: Path, content: Path, article: bool = False
) -> list[DataError]:
    display = display_path(path, root)
    header = read_front_matter(path.read_text(encoding="utf-8"), display)
    errors = list(header.errors)
    if not errors:
        errors += validate(header.doc, load_schema(str(schema)))
        errors += header_errors(header.doc, path, article)
    if header.body:
        errors += _broken_links(header.body, header.body_line, path, content, display)
    return errors


def _broken_links(
    body: str, first_line: int, path: Path, content: Path, display: str
) -> list[DataError]:
    errors = []
    for number, line in enumerate(body.splitlines(), start=first_line):
        for match in LINK_RE.finditer(line):
            target = match.group(2)
            base = content if target.startswith("/") else path.parent
            if not (base / target.lstrip("/")).exists():
                text = messages.BROKEN_LINK
                errors.append(
                    DataError(
                        display,
                        number,
                        match.start() + 1,
                        "",
                        text["message"].format(target=target),
                        expected=text["expected"],
                        found=match.group(0),
                        hint=text["hint"],
                    )
                )
    return errors
