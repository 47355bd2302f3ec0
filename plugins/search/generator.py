"""Writes the search page and the not-found page, both leading readers on with a search form."""

from __future__ import annotations

from pelican.generators import Generator
from ventana_data.context import SEARCH

NOT_FOUND = "404.html"


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


class NotFoundPageGenerator(Generator):
    """/404.html: what the host sends for an address that does not exist (docs/hosting.md).

    The host serves it at any depth (/estados/no-existe/), so its links cannot be
    relative to where the file lies: they start at the site's root, or at SITEURL.
    """

    def generate_output(self, writer) -> None:
        writer.write_file(
            NOT_FOUND,
            self.get_template("404"),
            self.context,
            relative_urls=False,
            url=NOT_FOUND,
            page_url=NOT_FOUND,
        )
