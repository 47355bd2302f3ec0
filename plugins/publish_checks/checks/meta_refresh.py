"""A page that reloads or moves on by itself takes the reader away before they finish."""

import re

from ..finding import Severity
from .base import Rule, hit

_DELAY = re.compile(r"^\s*(\d+(?:\.\d*)?)")
LIMIT = 72000  # 20 hours: WCAG's exception for long delays


class MetaRefresh(Rule):
    id = "meta-refresh"
    wcag = "2.2.1"
    severity = Severity.ERROR
    title = "Página que se recarga o redirige sola"
    message = (
        'La página se recarga o cambia sola a los {delay} segundos (meta refresh="{content}").'
    )
    hint = "Quita el meta refresh; si la página se mudó, usa una redirección inmediata (0 s)."
    axe = ("meta-refresh",)

    def check(self, page):
        for el in page.by_tag.get("meta", ()):
            if (el.get("http-equiv") or "").strip().lower() != "refresh":
                continue
            content = el.get("content") or ""
            found = _DELAY.match(content)
            if found and 0 < float(found.group(1)) < LIMIT:
                yield hit(el, content, delay=found.group(1), content=content)
