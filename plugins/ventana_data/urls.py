"""The one rule for URLs that editors and liaisons write.

Sources, section links, ``og_image`` and the links and images inside Markdown may
use ``https:``, ``http:``, ``mailto:``, ``tel:`` or a path of this site (``/estados/``,
``../imagen.png``, ``#seccion``). Anything else (``javascript:``, ``data:``, ``vbscript:``,
a URL with spaces or quotes, an unknown scheme) is a Spanish error with file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from .errors import DataError

SCHEMES = ("https", "http", "mailto", "tel")
# Browsers drop tabs and newlines inside URLs and ignore leading control characters
# and spaces, so "java\tscript:" is javascript: for them. Refuse all of it.
_UNSAFE_CHARS = re.compile(r"[\x00-\x20\x7f\"'<>`\\]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")

EXPECTED = "una dirección que empiece con https://, http://, mailto: o tel:, o una ruta del sitio"
HINT = (
    "Copia la dirección completa desde el navegador (https://...). Para una página del "
    "sitio escribe su ruta, por ejemplo /estados/. No uses javascript:, data: ni comillas."
)


def url_problem(value: object) -> str | None:
    """Why this URL is refused, in Spanish, or None when it is allowed."""
    if not isinstance(value, str):
        return "no es un texto"
    url = value.strip()
    if not url:
        return "está vacía"
    if _UNSAFE_CHARS.search(url):
        return "tiene espacios, comillas u otros caracteres que no van en una dirección"
    match = _SCHEME.match(url)
    if match:
        scheme = match.group(1).lower()
        if scheme not in SCHEMES:
            return f"usa el esquema «{scheme}:», que el sitio no permite"
        if scheme in ("http", "https") and not urlsplit(url).netloc:
            return "le falta el dominio después de //"
        return None
    if url.startswith("//"):
        return "empieza con // y no dice el esquema (https://)"
    return None


def is_site_path(value: str) -> bool:
    """A path of this site: no scheme and no host (``/imagen.png``, ``imagenes/x.png``)."""
    return url_problem(value) is None and not _SCHEME.match(value.strip())


def url_error(
    file: str, line: int, field: str, value: object, column: int = 1, problem: str = ""
) -> DataError:
    problem = problem or url_problem(value) or ""
    return DataError(
        file,
        line,
        column,
        field,
        f"La dirección {problem}.",
        expected=EXPECTED,
        found=repr(value)[:120],
        hint=HINT,
    )


def check_url(file: str, line: int, field: str, value: object, column: int = 1) -> DataError | None:
    """A DataError for a refused URL, or None."""
    problem = url_problem(value)
    return url_error(file, line, field, value, column, problem) if problem else None


def line_of(text: str, needle: str, default: int = 1) -> int:
    """The 1-based line where ``needle`` first appears in ``text`` (default if absent)."""
    at = text.find(needle) if needle else -1
    return text.count("\n", 0, at) + 1 if at >= 0 else default


URL_ATTRIBUTES = ("href", "src", "srcset", "poster", "action", "formaction", "data", "cite")


def html_urls(html: str) -> Iterator[tuple[str, str, str]]:
    """(tag, attribute, URL) for every URL attribute in an HTML fragment."""
    from .html import parse_fragment

    if not html or not any(f"{a}=" in html for a in URL_ATTRIBUTES):
        return
    for element in parse_fragment(html).iter():
        if not isinstance(element.tag, str):
            continue
        for attr in URL_ATTRIBUTES:
            value = element.get(attr)
            if value is not None:
                yield element.tag, attr, value


def markdown_url_errors(
    html: str, source_text: str, file: str, field: str = "", first_line: int = 1
) -> list[DataError]:
    """Errors for refused URLs in Markdown rendered to ``html``; lines found in the source."""
    errors: list[DataError] = []
    seen: set[str] = set()
    for tag, attr, value in html_urls(html):
        if value in seen or (attr == "srcset" and not _SCHEME.search(value)):
            continue
        problem = url_problem(value)
        if problem:
            seen.add(value)
            line = line_of(source_text, value.strip()[:40], first_line)
            label = field or ("imagen" if tag == "img" else "enlace")
            errors.append(url_error(file, line, label, value, problem=problem))
    return errors
