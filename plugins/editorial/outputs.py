"""Where each page and news item is written: inside output/, under a short name, once.

Pelican only logs "Skipping" for a page whose ``save_as`` leaves the output folder
(the build still ends with exit code 0), crashes with "File name too long" after
rewriting part of the site when a slug is too long, and stops half-way through
writing when two pages share an output file. So the header of every page is checked
here, with its lines, before Pelican reads it (``header_errors``), and every page and
news item Pelican produced is checked again just before anything is written
(``final_errors``): `invoke validate` runs the same two steps, so it refuses exactly
what the build would.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pelican.contents import Content
from pelican.generators import ArticlesGenerator, PagesGenerator
from ventana_data import DataError, Document, display_path, pending
from ventana_data import context as shared
from ventana_data.urls import line_of

from . import messages

SLUG_MAX = 80
_SEGMENT = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


def path_problem(value: object, kind: str) -> str | None:
    """Why ``value`` cannot be a ``save_as`` or ``url`` of a page, or None when it can."""
    if not isinstance(value, str):
        return None  # the schema reports the type
    text = messages.OUTPUT_PROBLEMS
    if kind == "save_as" and not value:
        return text["empty"]
    if value.startswith("/") or "\\" in value or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value):
        return text["absolute"]
    segments = value.removesuffix("/").split("/") if value else []
    if any(s in ("..", ".") for s in segments):
        return text["outside"]
    if any(not s for s in segments):
        return text["empty_segment"]
    if any(len(s) > SLUG_MAX for s in segments):
        return text["too_long"].format(max=SLUG_MAX)
    if not all(_SEGMENT.match(s) for s in segments):
        return text["characters"]
    if kind == "save_as" and not value.endswith(".html"):
        return text["not_html"]
    return None


def header_errors(doc: Document, path: Path, article: bool = False) -> list[DataError]:
    """``slug``, ``save_as`` and ``url`` of one header, and a news item's ``date``."""
    data = doc.data if isinstance(doc.data, dict) else {}
    errors = []
    if article and "date" not in data:
        text = messages.NEWS_DATE
        errors.append(doc.error((), text["message"], expected=text["expected"], hint=text["hint"]))
    for key in ("save_as", "url"):
        problem = path_problem(data.get(key), key) if key in data else None
        if problem:
            errors.append(_header_error(doc, key, problem, data[key]))
    if not errors and ("save_as" in data) != ("url" in data):
        have, missing = ("save_as", "url") if "save_as" in data else ("url", "save_as")
        errors.append(_pair_error(doc, have, missing, data[have]))
    elif not errors and "save_as" in data and not _same_place(data["url"], data["save_as"]):
        errors.append(_pair_error(doc, "url", "save_as", data["url"]))
    if "slug" not in data and len(path.stem) > SLUG_MAX:
        text = messages.SLUG_FROM_NAME
        errors.append(
            doc.error(
                (),
                text["message"].format(max=SLUG_MAX),
                expected=text["expected"].format(max=SLUG_MAX),
                found=f"{len(path.stem)} caracteres",
                hint=text["hint"],
            )
        )
    return errors


def _same_place(url: str, save_as: str) -> bool:
    return url in (save_as, save_as.removesuffix("index.html"))


def _header_error(doc: Document, key: str, problem: str, value: str) -> DataError:
    text = messages.OUTPUT_FIELD
    return doc.error(
        (key,),
        problem,
        expected=text[key]["expected"],
        found=repr(value)[:120],
        hint=text[key]["hint"],
    )


def _pair_error(doc: Document, key: str, other: str, value: str) -> DataError:
    text = messages.OUTPUT_PAIR
    return doc.error(
        (key,),
        text["message"].format(key=key, other=other),
        expected=text["expected"],
        found=repr(value)[:120],
        hint=text["hint"],
    )


# --- every page Pelican produced, just before it writes ---------------------------


def final_errors(generators: Iterable[Any], root: Path) -> list[DataError]:
    """Pages Pelican skipped, output files outside output/ or too long, files claimed twice."""
    generators = list(generators)
    content = [g for g in generators if isinstance(g, (ArticlesGenerator, PagesGenerator))]
    if not content:
        return []
    context = content[0].context
    base = Path(content[0].path)
    reported = {e.file for e in pending()}  # already explained, with a better message
    errors = list(_skipped(context, base, root, reported))
    # Output file -> (source, its page; None if generated). The line of the first claim
    # is read from its file only when a second one turns up.
    claims: dict[str, tuple[str, Content | None]] = {}
    for claim in shared.OUTPUT_FILES.get(context):
        claims.setdefault(posixpath.normpath(claim["save_as"]), (claim["source"], None))
    for save_as in _direct_templates(context):
        claims.setdefault(save_as, ("pelicanconf.py (DIRECT_TEMPLATES)", None))
    for obj in _contents(content):
        display = display_path(Path(obj.source_path), root)
        save_as = posixpath.normpath(obj.save_as) if obj.save_as else ""
        problem = path_problem(obj.save_as, "save_as") if obj.save_as else None
        if problem or not save_as:
            if problem and display not in reported:
                errors.append(_content_error(obj, display, "save_as", problem))
            continue
        first = claims.get(save_as)
        if first is None:
            claims[save_as] = (display, obj)
        elif first[0] != display and display not in reported:
            errors.append(_duplicate_error(obj, display, save_as, first))
    return errors


def _contents(generators: list[Any]) -> Iterator[Content]:
    """Every page and news item that will be written, drafts and translations included."""
    seen: set[int] = set()
    for gen in generators:
        for name in (
            "pages",
            "hidden_pages",
            "draft_pages",
            "articles",
            "drafts",
            "translations",
            "hidden_translations",
            "draft_translations",
            "drafts_translations",
        ):
            for obj in getattr(gen, name, None) or []:
                if id(obj) not in seen:
                    seen.add(id(obj))
                    yield obj


def _direct_templates(settings: dict[str, Any]) -> Iterator[str]:
    """Pelican's own pages (the news index), as the settings place them."""
    for name in settings.get("DIRECT_TEMPLATES") or []:
        save_as = settings.get(f"{name.upper()}_SAVE_AS", f"{name}.html")
        if save_as:
            yield posixpath.normpath(save_as)


def _skipped(
    context: dict[str, Any], base: Path, root: Path, reported: set[str]
) -> Iterator[DataError]:
    """Files Pelican found but dropped (``generated_content`` keeps None for those)."""
    text = messages.SKIPPED
    for rel, obj in sorted((context.get("generated_content") or {}).items()):
        display = display_path(base / rel, root)
        if obj is None and display not in reported:
            yield DataError(
                display, 1, 1, "", text["message"], expected=text["expected"], hint=text["hint"]
            )


def _field_line(obj: Content, key: str) -> int:
    """The line of ``key:`` in the page's header, or of ``slug:``; 1 when neither is written."""
    try:
        source = Path(obj.source_path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 1
    for name in (key, "slug"):
        at = line_of(source, f"\n{name}:", 0)
        if at:
            return at + 1
    return 1


def _content_error(obj: Content, display: str, key: str, problem: str) -> DataError:
    text = messages.OUTPUT_FIELD[key]
    return DataError(
        display,
        _field_line(obj, key),
        1,
        key,
        problem,
        expected=text["expected"],
        found=repr(obj.save_as)[:120],
        hint=text["hint"],
    )


def _duplicate_error(
    obj: Content, display: str, save_as: str, first: tuple[str, Content | None]
) -> DataError:
    text = messages.DUPLICATE_OUTPUT
    key = "save_as" if "save_as" in obj.metadata else "slug"
    line = _field_line(first[1], "save_as") if first[1] is not None else 0
    return DataError(
        display,
        _field_line(obj, key),
        1,
        key,
        text["message" if line else "generated"].format(save_as=save_as, other=first[0], line=line),
        expected=text["expected"],
        found=f"{key}: {obj.metadata.get(key, obj.slug)}",
        hint=text["hint"],
    )
