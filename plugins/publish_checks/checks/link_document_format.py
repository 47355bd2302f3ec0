"""A link to a PDF or spreadsheet must say so: it opens outside the browser or downloads."""

import re
from functools import lru_cache
from urllib.parse import urlsplit

from ..finding import Severity
from ..text import fold
from .base import Rule, hit

FORMATS = {
    "pdf": ("pdf",),
    "doc": ("word", "doc"),
    "docx": ("word", "docx"),
    "odt": ("odt", "opendocument"),
    "xls": ("excel", "xls"),
    "xlsx": ("excel", "xlsx"),
    "ods": ("ods", "opendocument"),
    "csv": ("csv",),
    "ppt": ("powerpoint", "ppt"),
    "pptx": ("powerpoint", "pptx"),
    "zip": ("zip",),
    "epub": ("epub",),
    "rtf": ("rtf",),
}
EXTENSION = re.compile(r"\.([a-z0-9]{2,4})$", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def _format(href):
    """(extension in capitals, names that announce it) of a link to a document, else
    ("", None); remembered, as the menus repeat their links on every page."""
    match = EXTENSION.search(urlsplit(href).path)
    names = FORMATS.get(match.group(1).lower()) if match else None
    return (match.group(1).upper(), names) if names else ("", None)


class LinkDocumentFormat(Rule):
    id = "link-document-format"
    wcag = "2.4.4"
    severity = Severity.ERROR
    title = "Enlace a documento sin su formato"
    message = "El enlace «{text}» lleva a un archivo {ext} y no lo dice."
    hint = "Agrega el formato (y si puedes, el tamaño) al texto: «Informe anual (PDF, 2 MB)»."

    def check(self, page):
        for a in page.by_tag.get("a", ()):
            href = a.get("href") or ""
            ext, names = _format(href)
            if not names:
                continue
            label = fold(f"{page.accessible_name(a)} {a.get('title') or ''} {a.get('type') or ''}")
            if not any(name in label for name in names):
                text = page.accessible_name(a)
                yield hit(a, f"{text} → {href}", text=text, ext=ext)
