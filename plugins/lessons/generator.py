"""The Pelican generator that writes every page of the Escuela de Héroes."""

from __future__ import annotations

import logging
from typing import Any

from pelican.generators import Generator
from ventana_data import preview
from ventana_data.context import LESSON_GOALS, LESSONS, LESSONS_CATALOG, claim_output
from ventana_data.html import sanitizer
from ventana_data.render import MarkdownRenderer

from . import messages
from .catalog import Catalog, load_catalog
from .pages import plan_pages
from .pdf import PdfBuilder
from .settings import read_config

log = logging.getLogger(__name__)


def ensure_catalog(context: dict[str, Any], settings: dict[str, Any]) -> Catalog:
    """Load the guide once per build into the shared context.

    Called at the first ``generator_init`` so that other plugins find
    ``context["lessons"]`` ready whatever their order. Mistakes are collected, not
    raised: the build stops before writing, with every plugin's errors together.
    """
    catalog = LESSONS_CATALOG.get(context)
    if catalog is None:
        catalog = load_catalog(read_config(settings))
        LESSONS_CATALOG.put(context, catalog)
        LESSONS.put(context, catalog.lessons)
        LESSON_GOALS.put(context, catalog.goals)
    return catalog


# The PDFs of the last full build in this process, for the live preview's partial pass.
_last_pdfs: dict[str, list] = {}


class LessonsGenerator(Generator):
    """Writes the guide home, one page per lesson, the indexes and the printable guide."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        renderer = MarkdownRenderer(self.settings.get("MARKDOWN", {}), sanitizer(self.settings))
        self.env.filters.update(
            {
                "lesson_md": renderer.block,
                "lesson_inline": renderer.inline,
                "lesson_read_aloud": renderer.read_aloud,
            }
        )
        self.plans: list = []

    def generate_context(self) -> None:
        catalog = ensure_catalog(self.context, self.settings)
        self.plans = plan_pages(catalog, self.context)
        for plan in self.plans:
            claim_output(self.context, plan.save_as, plan.extra.get("source_path", "lessons"))

    def generate_output(self, writer: Any) -> None:
        pdfs = self._pdfs()
        for plan in self.plans:
            writer.write_file(
                plan.save_as,
                self.get_template(plan.template),
                self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                url=plan.url,
                lesson_pdfs=pdfs,
                **plan.extra,
            )
        log.info(messages.LOG_WROTE, len(self.plans))

    def _pdfs(self) -> dict[str, list]:
        """The printable PDFs, drawn before the pages that link them with their size.

        The live preview's partial pass links the PDFs of the last full build; the
        full pass that follows draws what changed.
        """
        catalog = LESSONS_CATALOG.get(self.context)
        if not catalog.config.pdf or not catalog.lessons or not self.plans:
            return {}
        if preview.partial():
            return _last_pdfs
        site_url = self.settings.get("SITE_PUBLIC_URL") or self.settings["SITEURL"]
        _last_pdfs.clear()
        _last_pdfs.update(PdfBuilder(self, site_url).build(catalog, self.plans[0].extra))
        return _last_pdfs
