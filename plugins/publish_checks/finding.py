"""Values passed between rules, the runner and the reporters; all picklable for worker processes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """Errors block a publish; warnings are shown but never change the exit code."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(slots=True)
class Finding:
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
class Waiver:
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
class Readability:
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
class Link:
    """An href kept for the site-wide link check, which needs every page's ids first."""

    href: str
    page_line: int | None
    context: str
    ignored: frozenset[str] = frozenset()


@dataclass(slots=True)
class PageResult:
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
