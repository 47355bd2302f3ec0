"""Writes the search page: a form, results drawn by search.js, and links that work without it."""

from __future__ import annotations

from pelican.generators import Generator
from ventana_data.context import SEARCH


class SearchPageGenerator(Generator):
    """/buscar/: not indexed itself; lists every section, state and lesson as plain links."""

    def generate_context(self) -> None:
        self.search = SEARCH.get(self.context)

    def generate_output(self, writer) -> None:
        if not self.search:
            return
        url = self.search["url"]
        writer.write_file(
            url + "index.html",
            self.get_template("search"),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=url,
            page_url=url,
        )
