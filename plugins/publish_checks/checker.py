"""Run every page rule on one page and apply waivers; pure, so workers and the cache share it."""

from __future__ import annotations

import re
import sys
from typing import Any

from . import links, messages, resources
from .checks import Hit, Rule, SiteRule, all_rules
from .errors import ConfigurationError
from .finding import Finding, Link, PageResult, Waiver
from .page import IGNORE_ATTR, Page
from .settings import Config

_WAIVER = re.compile(r"^\s*([\w-]+)\s*(?::\s*(.*))?$", re.DOTALL)


def parse_waivers(page: Page) -> dict[str, str]:
    """``rule-id: reason`` from ``<meta name="ventana:waive">``; empty reason kept as ""."""
    waivers = {}
    for content in page.meta.get("ventana:waive", ()):
        match = _WAIVER.match(content or "")
        if match:
            waivers[match.group(1)] = (match.group(2) or "").strip()
    return waivers


def make_finding(rule: type[Rule] | Rule, page: str, found: Hit, line: int | None) -> Finding:
    return Finding(
        page=page,
        rule=rule.id,
        wcag=rule.wcag,
        severity=str(rule.severity),
        message=rule.message.format(**found.fmt),
        hint=rule.hint.format(**found.fmt),
        page_line=line,
        context=found.context,
        source=found.source,
    )


class Checker:
    """Rules instantiated and data loaded once per process, then ``check`` per page."""

    def __init__(self, config: Config) -> None:
        unknown = sorted(config.disable - {cls.id for cls in all_rules()})
        if unknown:
            raise ConfigurationError(messages.UNKNOWN_RULES.format(unknown=", ".join(unknown)))
        self.env = resources.build(config)
        self.rules = [
            cls()
            for cls in all_rules()
            if cls.id not in config.disable and not issubclass(cls, SiteRule)
        ]
        self._links: dict[tuple, Link] = {}  # one object per distinct link (links.collect)

    def check(self, rel: str, data: bytes) -> PageResult:
        page = Page(rel, data, self.env)
        title = page.titles
        result = PageResult(
            page=rel,
            source=page.source,
            audience=page.audience,
            title=page.text(title[0]) if title else "",
            ids=frozenset(map(sys.intern, page.ids)),  # ids repeat from page to page
            links=links.collect(page, self._links),
            stylesheets=links.stylesheets(page),
            readability=page.readability,
            meta_waivers=parse_waivers(page),
        )
        waived: dict[tuple, Waiver] = {}
        for rule in self.rules:
            for found in rule.check(page):
                self._record(page, rule, found, result, waived)
        result.waivers = self._all_waivers(page, result, waived)
        return result

    def _record(
        self, page: Page, rule: Rule, found: Hit, result: PageResult, waived: dict[tuple, Waiver]
    ) -> None:
        el = found.element
        line = found.line or (el.sourceline if el is not None else None)
        owner = (
            page.ignore_owner(el, rule.id)
            if el is not None and page.by_attr.get(IGNORE_ATTR)
            else None
        )
        if owner is not None:
            key = (rule.id, owner.sourceline)
            waiver = waived.setdefault(key, element_waiver(page.rel, rule.id, owner))
            waiver.suppressed += 1
        elif result.meta_waivers.get(rule.id):
            key = (rule.id, None)
            waiver = waived.setdefault(
                key, Waiver(page.rel, rule.id, result.meta_waivers[rule.id], "metadata")
            )
            waiver.suppressed += 1
        else:
            result.findings.append(make_finding(rule, page.rel, found, line))

    def _all_waivers(
        self, page: Page, result: PageResult, waived: dict[tuple, Waiver]
    ) -> list[Waiver]:
        """Every declared waiver, including those that suppressed nothing (yet)."""
        for rule_id, reason in result.meta_waivers.items():
            if reason:
                waived.setdefault((rule_id, None), Waiver(page.rel, rule_id, reason, "metadata"))
        for owner in page.by_attr.get(IGNORE_ATTR, ()):
            for rule_id in owner.get(IGNORE_ATTR).replace(",", " ").split():
                waived.setdefault(
                    (rule_id, owner.sourceline), element_waiver(page.rel, rule_id, owner)
                )
        return sorted(waived.values(), key=lambda w: (w.rule, w.page_line or 0))


def element_waiver(page: str, rule_id: str, owner: Any) -> Waiver:
    reason = (owner.get("data-check-reason") or "").strip()
    return Waiver(page, rule_id, reason, "element", owner.sourceline)
