"""The live preview's two passes on the tiny site, in one long-lived process.

``invoke livereload`` keeps Pelican in its process (ventana_tasks/session.py) and,
after an edit, first builds only the page open in the browser, then the whole site.
A small driver runs that session in a child process, one build per line it reads,
so both passes share the process exactly as in the live preview. The partial pass
writes the selected page with the edit and leaves every other file as it was (no
clean-up, no index page); the full pass that follows ends equal to a clean build.
A failed build in the same process says what is wrong in Spanish, shows no
traceback, and the next build works.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.plugins.incremental.test_rebuilds import COPIED_BY_PELICAN, ENV, Site, page, snapshot

DRIVER = """
import sys
from pathlib import Path
from ventana_tasks.session import PelicanSession

root = Path(sys.argv[1])
session = PelicanSession(root, "pelicanconf.py", {"THEME": str(root / "theme")})
for line in sys.stdin:
    only = [root / "output" / rel for rel in line.split()]
    code = session.build(only=only or None)
    print(f"listo {code}", flush=True)
"""


class Session:
    """The driver: ``build()`` the whole site, ``build(rel, ...)`` only those pages."""

    def __init__(self, site: Site) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(site.project)],
            env={**os.environ, **ENV, "COLUMNS": "200"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.said: list[str] = []

    def build(self, *only: str) -> int:
        self.proc.stdin.write(" ".join(only) + "\n")
        self.proc.stdin.flush()
        while not (line := self.proc.stdout.readline()).startswith("listo"):
            assert line, "the session ended"
            self.said.append(line)
        return int(line.split()[1])

    def close(self) -> str:
        """End the session (stdin closed); everything it said, stdout and stderr."""
        if self.proc.returncode is None:
            _, err = self.proc.communicate(timeout=120)
            self.said.append(err)
        return "".join(self.said)


@pytest.fixture
def session(tmp_path):
    built = Site(tmp_path)
    built.build(built.output)
    driver = Session(built)
    yield built, driver
    driver.close()


def test_the_partial_pass_writes_only_the_open_page_then_the_full_pass_finishes(session):
    site, driver = session
    assert driver.build() == 0  # the session's first build, as livereload starts
    path = site.news("contratos")
    text = path.read_text(encoding="utf-8").replace("summary: Lo que pasó", "summary: Lo nuevo", 1)
    path.write_text(text + "\nLos contratos se revisan cada semana.\n", encoding="utf-8")
    before = snapshot(site.output)
    assert driver.build(page("contratos")) == 0
    partial = snapshot(site.output)
    assert "cada semana" in partial[page("contratos")][0].decode()
    moved = {
        rel
        for rel in before.keys() | partial.keys()
        if before.get(rel) != partial.get(rel) and not rel.startswith(COPIED_BY_PELICAN)
    }
    assert moved == {page("contratos")}  # the index that lists it waits for the full pass
    assert driver.build() == 0
    written = site.rebuild()  # a third build in place: already equal to a clean build
    assert written == set()
    assert "Lo nuevo" in (site.output / "noticias" / "index2.html").read_text(encoding="utf-8")


def test_a_failed_build_is_told_in_spanish_and_the_next_one_works(session):
    site, driver = session
    path = site.news("obras")
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("title:", "title: [", 1), encoding="utf-8")
    assert driver.build(page("obras")) != 0
    path.write_text(good + "\nLas obras avanzan.\n", encoding="utf-8")
    template = site.project / "theme" / "templates" / "article.html"
    fine = template.read_text(encoding="utf-8")
    template.write_text(fine + "{% if %}\n", encoding="utf-8")
    assert driver.build(page("obras")) != 0  # a traceback inside Pelican, in this process
    template.write_text(fine, encoding="utf-8")
    assert driver.build(page("obras")) == 0
    assert driver.build() == 0
    said = driver.close()
    assert "Traceback" not in said
    assert "2026-10-02-obras.md" in said
    assert "theme/templates/article.html:" in said and "plantilla del tema" in said
    assert "Las obras avanzan" in (site.output / page("obras")).read_text(encoding="utf-8")
