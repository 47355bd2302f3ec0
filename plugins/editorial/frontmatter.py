"""One Markdown file: its YAML header against the schema, its links and its image."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ventana_data import DataError, Document
from ventana_data.pipeline import FileKind, load_editor_file
from ventana_data.urls import document_link_errors, url_problem

from . import messages
from .outputs import header_errors

LINK_RE = re.compile(r"\{(filename|static)\}([^)\s#?\"']+)")
# Header keys that hold addresses, checked as such by the schema, not as Markdown.
ADDRESS_KEYS = ("slug", "save_as", "url", "og_image", "template")
# What a cached header check depends on besides the file: the checks' own code.
_SALT = hashlib.sha256(
    b"".join((Path(__file__).parent / n).read_bytes() for n in ("frontmatter.py", "outputs.py"))
).digest()


@dataclass(frozen=True)
class Site:
    """Where the files an editor may point to live."""

    root: Path  # the project folder: messages name files from here
    schema: Path
    content: Path
    static_paths: tuple[str, ...]  # folders of content/ copied as they are (images, docs)
    theme_static: Path  # themes/ventana/static, published under theme_prefix
    theme_prefix: str
    cache: Path | None = None  # where valid headers are kept, by the file's bytes

    @classmethod
    def from_settings(cls, settings: dict, schema: str, cache: Path | None = None) -> Site:
        data = Path(settings["DATA_PATH"])
        return cls(
            data.parent,
            data / schema,
            Path(settings["PATH"]),
            tuple(settings.get("STATIC_PATHS") or ()),
            Path(settings["THEME"]) / "static",
            settings.get("THEME_STATIC_DIR", "theme"),
            cache,
        )

    def has_file(self, rel: str) -> bool:
        """``images/x.png`` or ``theme/img/x.png``: a file this site publishes."""
        head, _, rest = rel.partition("/")
        if head == self.theme_prefix:
            return (self.theme_static / rest).is_file()
        return head in self.static_paths and (self.content / rel).is_file()


def check_markdown_file(path: Path, site: Site, article: bool = False) -> list[DataError]:
    """Every mistake of one page or news item: bytes, header, schema, addresses, links.

    The file goes through the shared pipeline (size, UTF-8, control characters,
    hardened YAML, schema), so it never raises whatever the file holds. With
    ``site.cache``, a header that passed is not read again until its file changes;
    what depends on other files (the image, the links) is checked every time.
    """

    def checks(doc: Document, _path: Path) -> list[DataError]:
        return header_errors(doc, path, article) + document_link_errors(doc, skip=ADDRESS_KEYS)

    salt = _SALT + (b"news" if article else b"page")
    kind = FileKind(
        schema=site.schema, checks=checks, front_matter=True, cache_dir=site.cache, salt=salt
    )
    loaded = load_editor_file(path, site.root, kind)
    errors = list(loaded.errors)
    if loaded.doc.usable and isinstance(loaded.doc.data, dict):
        errors += _og_image_errors(loaded.doc, site)
    if loaded.body:
        display = loaded.display  # the pipeline checked the body's link addresses
        errors += _broken_links(loaded.body, loaded.body_line, path, site.content, display)
    return errors


def _og_image_errors(doc: Document, site: Site) -> list[DataError]:
    """``og_image`` names an image of this site, never an outside address (a tracker)."""
    value = doc.data.get("og_image") if isinstance(doc.data, dict) else None
    if not isinstance(value, str) or url_problem(value):
        return []  # not a text, or a refused URL: the schema says so
    if not value.startswith(("/", "{")) and site.has_file(value):
        return []
    text = messages.OG_IMAGE
    problem = "outside" if value.strip().lower().startswith(("http:", "https:")) else "missing"
    return [
        doc.error(
            ("og_image",),
            text[problem],
            expected=text["expected"].format(folders=", ".join(site.static_paths)),
            found=repr(value)[:120],
            hint=text["hint"],
        )
    ]


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
