"""What each publish-checks rule costs over a built site, on one core, in CPU time.

Every page is parsed afresh for each run; the parse, the prose and readability scores and
the links a page hands to the site rules are timed apart from the rules. Rules then run
in the checker's order on the same page, so work that rules share (accessible names,
``page_facts``) is paid by the first rule that asks. Site rules are timed once per run
over every page's result, after the site's stylesheets are read. Each figure is the
fastest of ``--runs``, in microseconds per page. Usage::

    python benchmarks/bench_rules.py --site PROJECT/output [--runs 3] [--top 20]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from time import process_time_ns

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from publish_checks import links, runner, settings  # noqa: E402
from publish_checks.checker import Checker  # noqa: E402
from publish_checks.checks import SiteRule, all_rules  # noqa: E402
from publish_checks.page import Page  # noqa: E402
from publish_checks.site import Site  # noqa: E402

PAGE_WORK = ("(lectura de la página)", "(prosa y legibilidad)", "(enlaces para el sitio)")
CSS_WORK = "(hojas de estilo del sitio)"


def one_run(output: Path, config: settings.Config, costs: defaultdict) -> int:
    """Add this run's nanoseconds per rule to ``costs``; returns the pages checked."""
    checker = Checker(config)
    pages, files = runner.list_pages(output, config.exclude)
    run: dict[str, int] = defaultdict(int)
    results = {}
    for rel in pages:
        data = (output / rel).read_bytes()
        started = process_time_ns()
        page = Page(rel, data, checker.env)
        parsed = process_time_ns()
        page.readability  # noqa: B018 - computed for the report before any rule runs
        scored = process_time_ns()
        links.collect(page), links.stylesheets(page)
        run[PAGE_WORK[0]] += parsed - started
        run[PAGE_WORK[1]] += scored - parsed
        run[PAGE_WORK[2]] += process_time_ns() - scored
        for rule in checker.rules:
            started = process_time_ns()
            for _ in rule.check(page):
                pass
            run[rule.id] += process_time_ns() - started
        results[rel] = checker.check(rel, data)
    site_rules(output, config, checker, results, files, run)
    for key, value in run.items():
        costs[key].append(value)
    return len(pages)


def site_rules(output, config, checker, results, files, run) -> None:
    css = config.css_paths or tuple(sorted(output.rglob("*.css")))
    site = Site(output, results, files, css, checker.env, config.palette_pairs)
    started = process_time_ns()
    site.styles, site.text_styles  # noqa: B018 - shared by the CSS rules
    run[CSS_WORK] += process_time_ns() - started
    for cls in all_rules():
        if issubclass(cls, SiteRule) and cls.id not in config.disable:
            started = process_time_ns()
            for _ in cls().check_site(site):
                pass
            run[cls.id + " (sitio)"] += process_time_ns() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, required=True, help="output/ of a built project")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--top", type=int, default=20, help="rules shown, costliest first")
    args = parser.parse_args()
    output = args.site.resolve()
    config = settings.from_options(
        {"jobs": 1, "cache": False, "exclude": ["admin/*"]}, output.parent
    )
    costs: defaultdict[str, list[int]] = defaultdict(list)
    for _ in range(args.runs):
        pages = one_run(output, config, costs)
    per_page = {key: min(values) / pages / 1000 for key, values in costs.items()}
    rules = {key: value for key, value in per_page.items() if not key.startswith("(")}
    total = sum(per_page.values())
    print(f"{pages} páginas, {len(rules)} reglas, el mínimo de {args.runs} corridas:")
    print(f"  todo {total:8.1f} µs/página ({1e6 / total:.0f} páginas/s de CPU)")
    for key in (*PAGE_WORK, CSS_WORK):
        print(f"  {key:<34} {per_page.get(key, 0):8.1f} µs/página")
    print(f"  {'(todas las reglas)':<34} {sum(rules.values()):8.1f} µs/página")
    for key, value in sorted(rules.items(), key=lambda item: -item[1])[: args.top]:
        print(f"  {key:<34} {value:8.1f} µs/página  {100 * value / total:4.1f} %")


if __name__ == "__main__":
    main()
