"""Links written from the site root (``/estados/``) work in every build.

Editors link generated sections with root paths because those pages have no
Markdown source for ``{filename}``. Locally the site uses relative URLs and in
production an absolute SITEURL, so the theme passes content through this filter.
"""

from __future__ import annotations

import re

ROOT_LINK = re.compile(r'(?P<attr>\b(?:href|src))="/(?!/)')


def site_links(html: str, siteurl: str) -> str:
    """Prefix root-relative links with SITEURL (``..`` locally, the domain in production)."""
    if not html:
        return html
    base = (siteurl or "").rstrip("/")
    return ROOT_LINK.sub(lambda m: f'{m.group("attr")}="{base}/', html)
