"""One parse of a built page and one pass over its elements, shared by every rule.

Rules never walk the whole tree themselves: they ask for ``page.by_tag["img"]`` and friends,
which keeps all rules together close to the cost of a single lxml parse.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from typing import TYPE_CHECKING, Any

from lxml import etree, html
from ventana_data.html import REMOVED_ATTR

if TYPE_CHECKING:
    from .finding import Readability
    from .prose import Prose
    from .resources import Resources

# lxml.html's parser picks each element's class in Python (forms, inputs, labels get their
# own); rules need only ``HtmlElement``, which a lookup in C gives every element at no cost.
# No rule asks libxml2 for ids (``id-duplicate`` counts them itself), so none are collected.
_PARSER = etree.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False
)
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=html.HtmlElement,
        comment=html.HtmlComment,
        pi=html.HtmlProcessingInstruction,
        entity=html.HtmlEntity,
    )
)
IGNORE_ATTR = "data-check-ignore"
URL_ATTRS = ("href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "data")
# Attributes worth indexing in the single pass; everything else rules read from elements.
_INDEXED = frozenset(
    {
        "id",
        "role",
        "tabindex",
        "lang",
        "style",
        "aria-hidden",
        IGNORE_ATTR,
        "data-audience",
        "target",
        "autoplay",
        "accesskey",
        REMOVED_ATTR,
        # URLs, for the security rules (any element may carry them, SVG included).
        *URL_ATTRS,
    }
)
# Every element with an event-handler attribute (onclick, onerror, ...) is indexed here.
EVENT_HANDLERS = "on*"
_ARIA = "aria-*"  # elements with any aria-* attribute: ``Page.aria``
# Where an element goes in the index, by its attribute names: pages repeat a few hundred
# combinations, so each is worked out once per process.
_PLANS: dict[Any, tuple[str, ...]] = {}
_PLANS_MAX = 1 << 14


def _plan(key: Any, names: list[str]) -> tuple[str, ...]:
    """Index entries for an element with attributes ``names``: one per indexed attribute,
    one per event handler and one for having any aria-* attribute."""
    plan = [
        name if name in _INDEXED else EVENT_HANDLERS
        for name in names
        if name in _INDEXED or name[:2] == "on"
    ]
    if any(name.startswith("aria-") for name in names):
        plan.append(_ARIA)
    if len(_PLANS) >= _PLANS_MAX:
        _PLANS.clear()
    _PLANS[key] = result = tuple(plan)
    return result


def squash(text: str | None) -> str:
    """Collapse whitespace the way a browser renders it.

    ``str.split`` and ``\\s`` in a regex know the same whitespace; splitting is 3× faster.
    """
    return " ".join(text.split()) if text else ""


class Page:
    """A parsed page plus indexes; built once per page and handed to every rule."""

    def __init__(self, rel: str, data: bytes, env: Resources) -> None:
        self.rel = rel
        self.env = env
        self.root = etree.fromstring(data, _PARSER) if data.strip() else html.Element("html")
        self.by_tag: dict[str, list[Any]] = defaultdict(list)
        self.by_attr: dict[str, list[Any]] = defaultdict(list)
        self.aria: list[Any] = []  # elements with an aria-* attribute, in document order
        self.ids: dict[str, list[Any]] = defaultdict(list)
        self._names: dict[Any, str] = {}  # accessible names, asked for by many rules
        self._index()
        self.meta = self._meta()

    def _index(self) -> None:
        by_tag, by_attr, plans = self.by_tag, self.by_attr, _PLANS
        for el in self.root.iter():
            tag = el.tag
            if not isinstance(tag, str):
                continue
            by_tag[tag].append(el)
            names = el.keys()
            if names:
                key = names[0] if len(names) == 1 else tuple(names)
                plan = plans.get(key)
                if plan is None:
                    plan = _plan(key, names)
                for name in plan:
                    by_attr[name].append(el)
        self.aria = by_attr.pop(_ARIA, [])
        for el in by_attr.get("id", ()):
            self.ids[el.get("id")].append(el)

    def _meta(self) -> dict[str, list[str]]:
        meta: dict[str, list[str]] = defaultdict(list)
        for el in self.by_tag.get("meta", ()):
            name = el.get("name")
            if name:
                meta[name.lower()].append(el.get("content") or "")
        return meta

    def meta_one(self, name: str, default: str = "") -> str:
        values = self.meta.get(name)
        return values[0].strip() if values else default

    @cached_property
    def titles(self) -> list[Any]:
        """The document's <title> elements, not the <title> of inline SVG graphics."""
        return [t for t in self.by_tag.get("title", ()) if t.getparent().tag == "head"]

    @property
    def lang(self) -> str:
        return (self.root.get("lang") or "").strip()

    @property
    def source(self) -> str | None:
        return self.meta_one("ventana:source") or None

    @property
    def audience(self) -> str:
        return self.meta_one("ventana:audience", "publico") or "publico"

    @cached_property
    def main(self) -> Any | None:
        mains = self.by_tag.get("main") or [
            el for el in self.by_attr.get("role", ()) if el.get("role") == "main"
        ]
        return mains[0] if mains else None

    @cached_property
    def prose(self) -> Prose:
        from .prose import extract

        return extract(self)

    @cached_property
    def readability(self) -> list[Readability]:
        from .readability import for_page

        return for_page(self)

    @staticmethod
    def text(el: Any) -> str:
        return squash(el.text_content())

    def accessible_name(self, el: Any) -> str:
        """Name per the essentials of accname: labelledby, aria-label, content, title.

        Computed once per element: link, button and label rules all ask for the same ones.
        """
        name = self._names.get(el)
        if name is None:
            name = self._names[el] = self._accessible_name(el)
        return name

    def _accessible_name(self, el: Any) -> str:
        labelledby = el.get("aria-labelledby")
        if labelledby:
            parts = [self.text(self.ids[i][0]) for i in labelledby.split() if i in self.ids]
            if any(parts):
                return " ".join(p for p in parts if p)
        label = squash(el.get("aria-label"))
        if label:
            return label
        name = squash(self.content_name(el))
        return name or squash(el.get("title"))

    def content_name(self, el: Any) -> str:
        """Text of an element as a screen reader hears it: img alts count, hidden parts do not."""
        if el.get("aria-hidden") == "true" or el.get("hidden") is not None:
            return ""
        tag = el.tag
        if tag == "img":
            return el.get("alt") or ""
        if tag == "svg":
            title = el.find("title")
            return el.get("aria-label") or (title.text_content() if title is not None else "")
        if not len(el):  # most links and buttons: their text and nothing else
            return el.text or ""
        parts = [el.text or ""]
        for child in el:
            if isinstance(child.tag, str):
                parts.append(" " + self.content_name(child) + " ")
            parts.append(child.tail or "")
        return "".join(parts)

    def ignored_rules(self, el: Any) -> frozenset[str]:
        """Rule ids switched off on ``el`` or an ancestor with ``data-check-ignore``."""
        if el is None or not self.by_attr.get(IGNORE_ATTR):
            return frozenset()
        found: set[str] = set()
        node = el
        while node is not None:
            value = node.get(IGNORE_ATTR)
            if value:
                found.update(value.replace(",", " ").split())
            node = node.getparent()
        return frozenset(found)

    def ignore_owner(self, el: Any, rule: str) -> Any | None:
        """The element whose ``data-check-ignore`` switches off ``rule`` for ``el``."""
        node = el
        while node is not None:
            value = node.get(IGNORE_ATTR)
            if value and rule in value.replace(",", " ").split():
                return node
            node = node.getparent()
        return None
