"""Trusted HTML in one place.

Every template runs with Jinja autoescape on, so a value is text unless it is a
``markupsafe.Markup``. Markup is made only in Python, by code that knows where the
HTML came from: Markdown rendered and sanitized here, or SVG drawn by our plugins.
``plain_text`` turns HTML back into the text a reader sees, for titles, meta
descriptions and summaries (never ``|striptags`` on text that was already escaped).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

import nh3
from lxml import html as lxml_html
from markupsafe import Markup

from .settings import Option, read_settings
from .urls import SCHEMES

# XML forbids these characters; lxml refuses them, and no reader can see them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain_text(value: object) -> str:
    """The visible text of an HTML fragment, whitespace collapsed, entities decoded.

    The result is plain text: autoescape escapes it again where it is printed.
    """
    if value is None:
        return ""
    source = value.__html__() if hasattr(value, "__html__") else str(value)
    source = _CONTROL.sub("", source)
    if not source.strip():
        return ""
    fragment = lxml_html.fragment_fromstring(source, create_parent="div")
    return " ".join(fragment.text_content().split())


def parse_fragment(html: str):
    """An lxml element wrapping the fragment, for code that rewrites trusted HTML."""
    return lxml_html.fragment_fromstring(_CONTROL.sub("", html or ""), create_parent="div")


def serialize_fragment(wrapper) -> Markup:
    """The children of a ``parse_fragment`` wrapper back as Markup (it was trusted)."""
    head = str(Markup.escape(wrapper.text)) if wrapper.text else ""
    body = "".join(lxml_html.tostring(child, encoding="unicode") for child in wrapper)
    return Markup(head + body)


# What Markdown produces and what an editor may sensibly type as HTML: text-level
# and block elements, tables, figures and images. Never script, style, forms,
# iframe, object or embed (an iframe only from a host the SAFE_HTML setting names).
TAGS = frozenset(nh3.ALLOWED_TAGS - {"area", "map", "center", "acronym", "strike", "tt"})
GENERIC_ATTRIBUTES = frozenset({"id", "class", "title", "lang", "dir", "role"})
ATTRIBUTES: dict[str, frozenset[str]] = {
    **{tag: frozenset(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "a": frozenset({"href", "hreflang", "title", "rel"}),
    "img": frozenset({"src", "alt", "title", "width", "height", "loading", "decoding"}),
    "abbr": frozenset({"title"}),
    "time": frozenset({"datetime"}),
}
IFRAME_ATTRIBUTES = frozenset({"src", "title", "width", "height", "allow", "allowfullscreen"})
NAME = "SAFE_HTML"
OPTIONS = {
    "iframe_hosts": Option(
        [],
        "Dominios desde los que un editor puede insertar un `<iframe>` (solo por https), "
        "por ejemplo `www.youtube-nocookie.com`. Vacío: ningún iframe.",
        (list, tuple),
        check=lambda hosts: all(isinstance(h, str) and h and "/" not in h for h in hosts),
        expected="una lista de dominios, sin https:// ni rutas",
    ),
    "livereload": Option(
        False,
        "Permitir en la política de seguridad (CSP) el script que inyecta `invoke livereload`, "
        "por su huella SHA-256. Solo para compilar en local; `publishconf.py` lo apaga.",
        (bool,),
    ),
}


def sanitizer(settings: dict[str, Any] | None = None) -> Callable[..., Markup]:
    """The sanitizer for this site's SAFE_HTML settings (defaults: no iframes).

    Call it as ``clean(html)`` or ``clean(html, source="content/states/x.md")`` when the
    HTML comes from another file than the page's own source, so a trace names it.
    """
    conf = read_settings(settings or {}, NAME, OPTIONS)
    hosts = tuple(str(h).lower() for h in conf["iframe_hosts"])
    return lambda html, source=None: sanitize(html, hosts, source)


def sanitize(html: str, iframe_hosts: Iterable[str] = (), source: str | None = None) -> Markup:
    """Editor HTML made safe to print: the allowlist above, URLs of allowed schemes only."""
    if not html:
        return Markup("")
    hosts = frozenset(iframe_hosts)
    tags = set(TAGS) | ({"iframe"} if hosts else set())
    attributes = {tag: set(attrs) for tag, attrs in ATTRIBUTES.items()}
    attributes["*"] = set(GENERIC_ATTRIBUTES)
    if hosts:
        attributes["iframe"] = set(IFRAME_ATTRIBUTES)
    text, earlier, earlier_source = _take_traces(_CONTROL.sub("", str(html)))
    clean = nh3.clean(
        text,
        tags=tags,
        attributes=attributes,
        url_schemes=set(SCHEMES),
        link_rel=None,
        strip_comments=True,
        attribute_filter=_iframe_filter(hosts) if hosts else None,
    )
    if hosts and "<iframe" in clean:
        clean = _drop_iframes_without_src(clean)
    # Unchanged text lost nothing: the usual case, and then nothing is parsed again.
    removed = [*earlier, *(removed_parts(text, clean, tags) if clean != text else ())]
    return Markup(clean) + removal_trace(removed, source or earlier_source)


# What the sanitizer took out leaves a trace in the page: an empty, hidden element at
# the end of the fragment naming it. The publish checks report it with the source file
# (rule raw-html-removed), so an editor learns that the page differs from what they wrote.
REMOVED_ATTR = "data-ventana-removed"
SOURCE_ATTR = "data-ventana-source"  # the file the HTML came from, when not the page's own
_TRACE_SEPARATOR = ", "


def removal_trace(parts: Iterable[str], source: str | None = None) -> Markup:
    """The trace element for ``parts`` ("<script>", "onerror de <img>"), or nothing."""
    parts = list(dict.fromkeys(parts))
    if not parts:
        return Markup("")
    where = Markup(' {}="{}"').format(Markup(SOURCE_ATTR), source) if source else ""
    return Markup('<span hidden {}="{}"{}></span>').format(
        Markup(REMOVED_ATTR), _TRACE_SEPARATOR.join(parts), where
    )


def removed_parts(before: str, after: str, kept_tags: Iterable[str]) -> list[str]:
    """Elements and attributes of ``before`` that are missing from ``after``, in Spanish."""
    kept = frozenset(kept_tags)
    tags_before, attrs_before = _inventory(before, kept)
    tags_after, attrs_after = _inventory(after, kept)
    parts = [f"<{tag}>" for tag in sorted(tags_before - tags_after)]
    parts += [f"{attr} de <{tag}>" for tag, attr in sorted(attrs_before - attrs_after)]
    return parts


def _inventory(html: str, kept: frozenset[str]) -> tuple[Counter, Counter]:
    """How many of each element, and of each attribute on elements the sanitizer keeps."""
    tags: Counter = Counter()
    attrs: Counter = Counter()
    if "<" not in html:
        return tags, attrs
    wrapper = parse_fragment(html)
    for el in wrapper.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        tags[el.tag] += 1
        if el.tag in kept:
            attrs.update((el.tag, name) for name in el.attrib)
    return tags, attrs


def _take_traces(html: str) -> tuple[str, list[str], str | None]:
    """``html`` without earlier traces (sanitized twice), what they named, and their source."""
    if REMOVED_ATTR not in html:
        return html, [], None
    wrapper = parse_fragment(html)
    found: list[str] = []
    source = None
    for el in list(wrapper.iter("span")):
        value = el.get(REMOVED_ATTR)
        if value is not None:
            found.extend(removed_from(value))
            source = source or el.get(SOURCE_ATTR)
            el.drop_tree()
    return str(serialize_fragment(wrapper)), found, source


def removed_from(value: str | None) -> list[str]:
    """What a trace's attribute value names, for the publish checks."""
    return [p for p in (value or "").split(_TRACE_SEPARATOR) if p]


def _iframe_filter(hosts: frozenset[str]) -> Callable[[str, str, str], str | None]:
    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "iframe" and attribute == "src":
            parts = urlsplit(value)
            return value if parts.scheme == "https" and parts.hostname in hosts else None
        return value

    return keep


def _drop_iframes_without_src(html: str) -> str:
    wrapper = parse_fragment(html)
    for frame in wrapper.iter("iframe"):
        if not frame.get("src"):
            frame.drop_tree()
    return str(serialize_fragment(wrapper))
