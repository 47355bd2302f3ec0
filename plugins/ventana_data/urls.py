"""The one rule for URLs that editors and liaisons write.

Sources, section links, ``og_image`` and the links and images inside Markdown may
use ``https:``, ``http:``, ``mailto:``, ``tel:`` or a path of this site (``/estados/``,
``../imagen.png``, ``#seccion``). Anything else (``javascript:``, ``data:``, ``vbscript:``,
a URL with spaces or quotes, an unknown scheme) is a Spanish error with file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import urlsplit

import markdown

from .errors import DataError
from .loader import Document, dotted

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
    """Errors for refused URLs in Markdown rendered to ``html``.

    ``source_text`` is the Markdown that starts at line ``first_line`` of ``file``; each
    URL's line is found by searching it there (the first line when it cannot be found).
    """
    errors: list[DataError] = []
    seen: set[str] = set()
    for tag, attr, value in html_urls(html):
        if value in seen or (attr == "srcset" and not _SCHEME.search(value)):
            continue
        problem = url_problem(value)
        if problem:
            seen.add(value)
            line = first_line - 1 + line_of(source_text, value.strip()[:40], 1)
            label = field or ("imagen" if tag == "img" else "enlace")
            errors.append(url_error(file, line, label, value, problem=problem))
    return errors


# Markdown that may hold a link or an image: [texto](url), [texto]: url, <a href=...>.
_MAY_LINK = ("](", "]:", "<")
# The target of an inline link or image that no rule refuses: a path of the site (or a
# {filename}/{static} placeholder) or an http(s) address with a host, in characters that
# Markdown copies as they are (no spaces, quotes, parentheses, entities or escapes).
_SAFE = "[A-Za-z0-9/._~%#?=+-]"
_PLACEHOLDER = re.compile(r"\{(?:filename|static)\}")
_PLAIN_TARGET = re.compile(
    rf"\]\((?:(?:{_PLACEHOLDER.pattern}|https?://[A-Za-z0-9][A-Za-z0-9.-]*(?::[0-9]+)?){_SAFE}*"
    rf"|(?!//){_SAFE}+)\)"
)
# What else makes a link or sets an attribute: raw HTML or an autolink (<), a reference
# or footnote definition (]:), an attribute list ({: href=...}), a backslash escape.
_OTHER_LINKS = ("<", "]:", "{", "}", "\\")


def markdown_link_errors(
    text: str, file: str, first_line: int = 1, field: str = ""
) -> list[DataError]:
    """Refused URLs among the links and images of Markdown source, at their lines.

    The text is parsed by Python-Markdown itself (with ``extra``, as the site renders
    it), so what counts as a link here is what becomes one on the page.
    """
    if not isinstance(text, str) or not any(mark in text for mark in _MAY_LINK):
        return []
    if _only_plain_links(text):
        return []  # what Markdown would find, without rendering the text
    html = _markdown().reset().convert(text)
    return markdown_url_errors(html, text, file, field, first_line)


def _only_plain_links(text: str) -> bool:
    """Every link and image of ``text`` is an inline one whose target no rule refuses.

    Then rendering it cannot find a refused URL; any other way of writing a link sends
    the text to Python-Markdown. A news item's body is one of these, nearly always.
    """
    rest = _PLACEHOLDER.sub("", text)
    if any(mark in rest for mark in _OTHER_LINKS):
        return False
    return text.count("](") == len(_PLAIN_TARGET.findall(text))


@lru_cache(maxsize=1)
def _markdown() -> markdown.Markdown:
    """One Markdown converter with ``extra`` for the whole build, reset before each text."""
    return markdown.Markdown(extensions=["markdown.extensions.extra"])


def document_link_errors(doc: Document, skip: tuple[str, ...] = ()) -> list[DataError]:
    """Links in every text of a YAML header that is rendered as Markdown, at its line.

    ``skip`` names top-level keys that are addresses themselves (``url``, ``og_image``),
    checked as URLs by the schema rather than as Markdown.
    """
    errors: list[DataError] = []
    for path, value in _strings(doc.data, ()):
        if path and path[0] in skip:
            continue
        line = doc.where(path)[0]
        found = markdown_link_errors(value, doc.file, line, dotted(path))
        errors += found
    return errors


def _strings(value: object, path: tuple) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, (*path, i))


def document_format(url: str) -> str:
    """'PDF' for a link to a PDF (likewise XLSX, CSV, DOCX), '' for a web page: the
    format a link's text must name, since such a link opens outside the browser."""
    path = url.lower().split("?")[0].split("#")[0]
    return next((f.upper() for f in ("pdf", "xlsx", "csv", "docx") if path.endswith(f".{f}")), "")
