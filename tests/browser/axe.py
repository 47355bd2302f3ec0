"""Run axe-core inside a page and turn its results into short, readable findings."""

from __future__ import annotations

from pathlib import Path

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BEST_PRACTICE_TAGS = ["best-practice"]

# Both passes in one axe.run: the same rules run as with two runOnly calls, at half the
# cost; each finding is then filed under WCAG if any of its rule's tags is a WCAG tag.
_RUN = """async (tags) => {
  const results = await axe.run(document, {
    runOnly: {type: 'tag', values: tags},
    resultTypes: ['violations', 'incomplete'],
  });
  const brief = (r) => ({
    id: r.id, impact: r.impact, tags: r.tags, help: r.help, helpUrl: r.helpUrl,
    nodes: r.nodes.map(n => ({
      target: n.target.join(' '),
      html: n.html.slice(0, 200),
      summary: (n.failureSummary || '').split('\\n').slice(0, 3).join(' '),
    })),
  });
  return {violations: results.violations.map(brief), incomplete: results.incomplete.map(brief)};
}"""


def run_axe(page, axe_js: Path) -> dict[str, list[dict]]:
    """axe's findings for the loaded page, split into WCAG, best practice and to-review."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(axe_js))
    raw = page.evaluate(_RUN, WCAG_TAGS + BEST_PRACTICE_TAGS)
    wcag = [v for v in raw["violations"] if set(v["tags"]) & set(WCAG_TAGS)]
    best = [v for v in raw["violations"] if not set(v["tags"]) & set(WCAG_TAGS)]
    return {"wcag": wcag, "best_practice": best, "incomplete": raw["incomplete"]}


def describe(findings_by_page: dict[str, list[dict]], limit: int = 5) -> str:
    """One block per page and rule: what failed, where (CSS selector), how to fix it."""
    lines = []
    for rel, findings in sorted(findings_by_page.items()):
        for v in findings:
            lines.append(f"{rel}: [{v['id']}] ({v['impact']}) {v['help']} — {v['helpUrl']}")
            for node in v["nodes"][:limit]:
                lines.append(f"    {node['target']}  {node['html'][:120]}")
                if node["summary"]:
                    lines.append(f"      {node['summary'][:240]}")
            if len(v["nodes"]) > limit:
                lines.append(f"    … y {len(v['nodes']) - limit} elementos más")
    return "\n".join(lines)


def rule_counts(findings_by_page: dict[str, list[dict]]) -> dict[str, int]:
    """How many pages break each rule: the summary a person reads first."""
    counts: dict[str, int] = {}
    for findings in findings_by_page.values():
        for v in findings:
            counts[v["id"]] = counts.get(v["id"], 0) + 1
    return dict(sorted(counts.items(), key=lambda item: -item[1]))
