"""The one Markdown renderer for editor prose outside Pelican's pages and news.

Lessons (teachers' notes, steps, stories) and state narratives are Markdown written
like any page of the site, so they are converted with the site's own MARKDOWN
settings, then cleaned by ``clean`` (the sanitizer unless the caller cleans later).
Headings move down to fit under the page's own: ``baselevel`` says where ``#`` lands.
Read-aloud texts keep the line breaks the author typed, because a short line per
sentence is how stories for young children are laid out.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from markdown import Markdown
from markdown.extensions.toc import slugify as toc_slugify
from markupsafe import Markup

from .html import sanitize

_SINGLE_P = re.compile(r"^<p>(.*)</p>$", re.DOTALL)
_HEADING = re.compile(r"<(/?)h([1-6])\b")


class MarkdownRenderer:
    """One renderer per build; conversions are cached because the guide repeats texts."""

    def __init__(
        self, markdown_settings: dict[str, Any], clean: Callable[[str], Markup] = sanitize
    ) -> None:
        settings = copy.deepcopy(markdown_settings or {})
        configs = settings.get("extension_configs", {})
        names = [
            e
            for e in [*configs, *settings.get("extensions", [])]
            if isinstance(e, str) and e != "markdown.extensions.meta"
        ]
        self._extensions = list(dict.fromkeys(names))
        self._configs = configs
        self._output_format = settings.get("output_format", "html5")
        self._clean = clean
        self.convert = lru_cache(maxsize=4096)(self._convert)
        self._instances: dict[tuple[int, str, bool], Markdown] = {}

    def _markdown(self, baselevel: int, id_prefix: str, line_breaks: bool) -> Markdown:
        configs = copy.deepcopy(self._configs)
        extensions = list(self._extensions)
        toc = configs.setdefault("markdown.extensions.toc", {})
        if "markdown.extensions.toc" not in extensions:
            extensions.append("markdown.extensions.toc")
        toc["baselevel"] = baselevel
        toc["slugify"] = lambda value, sep: id_prefix + toc_slugify(value, sep)
        if line_breaks:
            extensions.append("markdown.extensions.nl2br")
        return Markdown(
            extensions=extensions, extension_configs=configs, output_format=self._output_format
        )

    def _convert(
        self, text: str, baselevel: int = 3, id_prefix: str = "", line_breaks: bool = False
    ) -> str:
        key = (baselevel, id_prefix, line_breaks)
        if key not in self._instances:
            self._instances[key] = self._markdown(*key)
        md = self._instances[key]
        md.reset()
        return str(self._clean(md.convert(text or "")))

    def shifted(self, text: str, baselevel: int) -> Markup:
        """Prose under a page's heading: ``#`` becomes ``h{baselevel}``, ``##`` one below."""
        return Markup(self.convert(text, baselevel))

    def block(self, text: str, baselevel: int = 3, id_prefix: str = "") -> Markup:
        """Teacher notes: the biggest heading becomes ``baselevel``, whatever the editor
        typed (# or ##), so the page never skips a heading level."""
        html = self.convert(text, 1, id_prefix)
        levels = [int(m.group(2)) for m in _HEADING.finditer(html)]
        if not levels:
            return Markup(html)
        shift = baselevel - min(levels)
        return Markup(
            _HEADING.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + shift)}", html)
        )

    def inline(self, text: object) -> Markup:
        """A list item or a short field: Markdown without the wrapping paragraph."""
        html = self.convert(str(text))
        match = _SINGLE_P.match(html)
        return Markup(match.group(1) if match and "<p>" not in match.group(1) else html)

    def read_aloud(self, text: str) -> Markup:
        """Student-facing text: paragraphs and the author's line breaks."""
        return Markup(self.convert(text, 3, "", True))
