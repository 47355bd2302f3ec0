"""What a rule is: metadata an editor reads, and a ``check`` that yields hits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from ..finding import Severity

if TYPE_CHECKING:
    from ..page import Page
    from ..site import Site

CONTEXT_CHARS = 120


@dataclass(slots=True)
class Hit:
    """Where a rule fired. ``fmt`` fills the placeholders of the rule's message and hint."""

    element: Any = None
    context: str = ""
    fmt: dict[str, Any] = field(default_factory=dict)
    page: str | None = None  # site rules name the page (or CSS file) themselves
    line: int | None = None
    ignored: frozenset[str] = frozenset()  # data-check-ignore seen by site rules
    source: str | None = None  # the file to fix, when it is not the page's own source


def hit(element: Any = None, context: str = "", **fmt: Any) -> Hit:
    """Shorthand used by rules: ``yield hit(img, img.get("src"), src=...)``."""
    if len(context) > CONTEXT_CHARS:
        context = context[: CONTEXT_CHARS - 1] + "…"
    return Hit(element, context, fmt)


class Rule:
    """A page rule: one small class per file, with everything an editor needs to know."""

    id: ClassVar[str]
    wcag: ClassVar[str] = ""  # success criterion, e.g. "1.1.1"; "" for plain language
    severity: ClassVar[Severity] = Severity.ERROR
    title: ClassVar[str] = ""  # short Spanish name for the rules list
    message: ClassVar[str]  # Spanish, may use {placeholders} from the hit
    hint: ClassVar[str]  # how to fix it, Spanish
    # axe-core rules this rule agrees with: where axe flags a page, this rule does too
    # (tests/browser/test_axe_agreement.py); see axe_map.py for axe rules with no match.
    axe: ClassVar[tuple[str, ...]] = ()
    # Why a rule asks more than axe-core does (a house rule), in Spanish; such a rule
    # has no ``axe`` counterpart, so the agreement test does not hold it to axe.
    beyond_axe: ClassVar[str] = ""

    def check(self, page: Page) -> Iterable[Hit]:
        raise NotImplementedError


class SiteRule(Rule):
    """A rule that needs every page first (links, duplicate titles) or the site's CSS."""

    def check(self, page: Page) -> Iterable[Hit]:
        return ()

    def check_site(self, site: Site) -> Iterable[Hit]:
        raise NotImplementedError
