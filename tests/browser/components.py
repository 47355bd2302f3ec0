"""The theme's component macros, rendered by the site's own Jinja environments.

Each component file is rendered by the environment of the generator whose pages use it
(loader, filters, globals and autoescape exactly as in a build), with the fixture folder
added to the loader so the examples can import the components by their real names.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, nodes

from tests.sitebuild import ROOT

THEME = ROOT / "themes" / "ventana"
COMPONENTS = THEME / "templates" / "components"
EXAMPLES = Path(__file__).parent / "fixtures" / "components"


def component_names() -> list[str]:
    """Every component macro file, by name without .html."""
    return sorted(p.stem for p in COMPONENTS.glob("*.html"))


def defined_macros(env: Environment, name: str) -> set[str]:
    """The macros that components/<name>.html defines, read from Jinja's parse tree."""
    source = (COMPONENTS / f"{name}.html").read_text(encoding="utf-8")
    return {m.name for m in env.parse(source).find_all(nodes.Macro)}


def called_macros(env: Environment, name: str) -> set[str]:
    """The macros of components/<name>.html that its examples file calls."""
    source = (EXAMPLES / f"{name}_examples.html.j2").read_text(encoding="utf-8")
    return calls_in(env, source, name)


def calls_in(env: Environment, source: str, name: str) -> set[str]:
    """Macro names called as <alias>.<macro>() where alias imports components/<name>.html."""
    tree = env.parse(source)
    aliases = {
        imp.target
        for imp in tree.find_all(nodes.Import)
        if isinstance(imp.template, nodes.Const) and imp.template.value == f"components/{name}.html"
    }
    return {
        call.node.attr
        for call in tree.find_all(nodes.Call)
        if isinstance(call.node, nodes.Getattr)
        and isinstance(call.node.node, nodes.Name)
        and call.node.node.name in aliases
    }


def build_environments(output: Path) -> dict[str, tuple[Environment, dict[str, Any]]]:
    """Per component file: the build's environment (plus the fixtures) and a page context."""
    if str(ROOT / "plugins") not in sys.path:
        sys.path.insert(0, str(ROOT / "plugins"))  # as pelicanconf's PLUGIN_PATHS
    from lessons.generator import LessonsGenerator, ensure_catalog
    from pelican import Pelican
    from pelican.generators import Generator
    from pelican.settings import read_settings
    from state_snapshots.catalogue import STATES, STATUSES
    from ventana_data import long_date

    settings = read_settings(str(ROOT / "pelicanconf.py"), override={"OUTPUT_PATH": str(output)})
    Pelican(settings)  # loads and registers the plugins, as a build does
    context = settings.copy()
    args = {"context": context, "settings": settings, "path": settings["PATH"]}
    args.update(theme=settings["THEME"], output_path=str(output))
    pages = Generator(**args)
    lessons = LessonsGenerator(**args)
    page = {
        **context,
        "SITEURL": ".",
        "STATUS_LABELS": STATUSES,
        "fecha_larga": long_date,
        "TILE_GRID": STATES,
        "lessons_base": ensure_catalog(context, settings).config.url,
    }
    chosen = {"lessons": lessons.env}
    return {name: (_with_fixtures(chosen.get(name, pages.env)), page) for name in component_names()}


def _with_fixtures(env: Environment) -> Environment:
    return env.overlay(loader=ChoiceLoader([env.loader, FileSystemLoader(str(EXAMPLES))]))
