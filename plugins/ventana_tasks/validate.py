"""`invoke validate`: every editor-written file checked, no page written.

Runs exactly the checks of a real build (the same plugins, in the same order)
up to the moment Pelican would start writing, so "valid here" means "builds".
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

from pelican import Pelican, signals
from pelican.settings import read_settings

SKIPPED_PLUGINS = {"publish_checks", "pelican.plugins.sitemap"}


def main(root: Path) -> int:
    started = time.perf_counter()
    logging.getLogger("pelican").setLevel(logging.WARNING)
    settings = read_settings(str(root / "pelicanconf.py"))
    settings["PLUGINS"] = [p for p in settings["PLUGINS"] if p not in SKIPPED_PLUGINS]
    with tempfile.TemporaryDirectory(prefix="ventana-validate-") as scratch:
        settings["OUTPUT_PATH"] = scratch
        pelican = Pelican(settings)
        counts = _generate_contexts(pelican, settings)
    took = time.perf_counter() - started
    print(f"Datos válidos: {counts}. Revisión terminada en {took:.2f} s.")
    return 0


def _generate_contexts(pelican: Pelican, settings: dict) -> str:
    """Pelican.run() up to all_generators_finalized, which raises on collected errors."""
    context = settings.copy()
    context.update(
        generated_content={},
        static_links=set(),
        static_content={},
        localsiteurl=settings["SITEURL"],
    )
    generators = [
        cls(
            context=context,
            settings=settings,
            path=pelican.path,
            theme=pelican.theme,
            output_path=pelican.output_path,
        )
        for cls in pelican._get_generator_classes()
    ]
    for generator in generators:
        if hasattr(generator, "generate_context"):
            generator.generate_context()
    signals.all_generators_finalized.send(generators)
    parts = [
        f"{len(context.get('states') or [])} estados",
        f"{len(context.get('lessons') or [])} lecciones",
        f"{len(context.get('GLOSSARY_TERMS') or [])} términos del glosario",
        f"{len(context.get('pages') or [])} páginas",
        f"{len(context.get('articles') or [])} noticias",
    ]
    return ", ".join(parts)


if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parents[2]))
