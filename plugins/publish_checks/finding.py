"""Values passed between rules, the runner and the reporters; all picklable for worker processes.

They pickle as ``(class, field values)``: the findings cache and the worker processes move
tens of thousands of them (a site's links above all), and the state dicts a slotted
dataclass pickles by default cost several times more to write and to read back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class _Compact:
    """Pickled as the class and its field values, in order; rebuilt by ``__init__``."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return type(self), tuple([getattr(self, name) for name in self.__slots__])


class Severity(StrEnum):
    """Errors block a publish; warnings are shown but never change the exit code."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(slots=True)
class Finding(_Compact):
    """One problem an editor can act on.

    ``page_line`` is the line in the built HTML; ``line`` is the line in ``source`` (the
    Markdown or YAML an editor edits), filled in later by ``sources.locate``.
    """

    page: str
    rule: str
    wcag: str
    severity: str
    message: str
    hint: str
    page_line: int | None = None
    context: str = ""
    source: str | None = None
    line: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Waiver(_Compact):
    """A rule switched off on purpose; every waiver is listed in the reports."""

    page: str
    rule: str
    reason: str
    kind: str  # "metadata" (page-wide) or "element" (data-check-ignore)
    page_line: int | None = None
    source: str | None = None
    suppressed: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Readability(_Compact):
    """Scores for one prose section of a page (the page itself or a children's block)."""

    page: str
    section: str  # "pagina" or "ninos"
    lang: str
    audience: str
    words: int
    sentences: int
    scores: dict[str, float]
    bands: dict[str, str]
    threshold: float | None
    threshold_reason: str = ""
    hardest: list[str] = field(default_factory=list)
    source: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Link(_Compact):
    """An href kept for the site-wide link check, which needs every page's ids first."""

    href: str
    page_line: int | None
    context: str
    ignored: frozenset[str] = frozenset()


@dataclass(slots=True)
class PageResult(_Compact):
    """Everything the checker learned about one page; cached by the page's content hash."""

    page: str
    source: str | None = None
    audience: str = "publico"
    title: str = ""
    ids: frozenset[str] = frozenset()
    links: list[Link] = field(default_factory=list)
    stylesheets: tuple[tuple[str, str], ...] = ()  # (file, media) of each linked sheet
    findings: list[Finding] = field(default_factory=list)
    waivers: list[Waiver] = field(default_factory=list)
    readability: list[Readability] = field(default_factory=list)
    meta_waivers: dict[str, str] = field(default_factory=dict)
