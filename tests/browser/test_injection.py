"""Injection test (issue 10): hostile text in every field of every editor file, built for
real and opened in real Chromium. No payload may run, none may leave an element or an
attribute that runs code, and the publish checks report each raw-HTML attempt.

The browser context bypasses the Content-Security-Policy on purpose: this test proves
the escaping and the sanitizer; test_csp.py proves the policy on its own.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.browser import injection as inj
from tests.browser.browse import DESKTOP
from tests.browser.server import StaticServer
from tests.sitebuild import BuiltSite, build, copy_project

pytestmark = pytest.mark.browser

# One file of each kind an editor or a liaison writes (every infographic: each block type).
INFOGRAPHICS = [
    "sistema-nacional-anticorrupcion",
    "avance-sistemas-locales",
    "como-presentar-una-denuncia",
    "declaraciones-patrimoniales",
    "plataforma-digital-nacional",
    "comite-participacion-ciudadana",
]
FILES = [
    "data/states/aguascalientes.yaml",
    "content/states/jalisco.md",
    *(f"data/infographics/{name}.yaml" for name in INFOGRAPHICS),
    "data/glossary.yaml",
    "data/channels.yaml",
    "content/lessons/01-la-cartera-perdida.md",
    "content/pages/acerca.md",
    "content/pages/inicio.md",
    "content/news/2026-11-02-nace-ventana.md",
]
GLOSSARY_TERMS = 3  # siglas must stay distinct: a few terms carry every payload
ROUNDS = int(os.environ.get("VENTANA_INJECTION_ROUNDS", "2"))
SETTLE_MS = 150  # onerror, onload and ontoggle fire within a frame or two of loading
# Everything on a built page that would run code or load a foreign document.
_DANGER = """(themeJs) => {
  const found = [];
  const unsafe = /^\\s*(javascript|vbscript|data):/i;
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) found.push(`${el.localName} ${a.name}`);
      if (a.name === 'srcdoc') found.push(`${el.localName} srcdoc`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name)
          && unsafe.test(a.value) && !/^data:image\\//i.test(a.value.trim()))
        found.push(`${el.localName} ${a.name}=${a.value.slice(0, 40)}`);
    }
  }
  for (const s of document.querySelectorAll('script')) {
    const data = s.type === 'application/ld+json';
    if (!data && !(s.src && s.src.startsWith(themeJs)))
      found.push(`script ${s.src || s.text.slice(0, 40)}`);
  }
  for (const el of document.querySelectorAll('iframe, object, embed, frame'))
    found.push(el.localName);
  return found;
}"""


# Optional channel fields the real file does not use yet: written so that each is poisoned.
# Contact details only on an official (federal) entry; a sample entry may not carry them.
CHANNEL_FIELDS = {
    ("federal", 0): {"direccion": "Dirección", "horario": "Horario", "nota": "Nota"},
    ("estados", "aguascalientes", "contraloria"): {
        "nombre": "Nombre",
        "siglas": "Siglas",
        "nota": "Nota",
    },
}


def editor_files(project: Path, files: list[str] = FILES) -> list[inj.EditorFile]:
    items = [inj.load(project, rel) for rel in files]
    for item in items:
        if item.rel == "data/glossary.yaml":
            item.slots = [s for s in item.slots if s.path[1] < GLOSSARY_TERMS]
        if item.rel == "data/channels.yaml":
            for path, extra in CHANNEL_FIELDS.items():
                entry = item.data
                for key in path:
                    entry = entry[key]
                entry.update(extra)
            item.write(project)
            item.slots = inj.load(project, item.rel).slots
    return items


def prepare(project: Path) -> None:
    """No PDFs: a browser never runs them, and WeasyPrint would triple the build time."""
    with (project / "pelicanconf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nLESSONS = {**LESSONS, "pdf": False}\n')


def visit_all(browser, site: BuiltSite) -> tuple[list[str], dict[str, list[str]], int]:
    """(dialogs that opened, dangerous things per page, pages visited)."""
    dialogs: list[str] = []
    danger: dict[str, list[str]] = {}
    context = browser.new_context(viewport=DESKTOP, locale="es-MX", bypass_csp=True)
    try:
        with StaticServer(site.output) as server:
            context.route(re.compile(r"^(?!" + re.escape(server.origin) + ")"), _abort)
            page = context.new_page()
            page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
            for rel in (site.rel(p) for p in site.pages):
                page.goto(server.origin + "/" + rel, wait_until="load")
                page.wait_for_timeout(SETTLE_MS)
                if found := page.evaluate(_DANGER, server.origin + "/theme/js/"):
                    danger[rel] = found
    finally:
        context.close()
    return dialogs, danger, len(site.pages)


def _abort(route) -> None:
    route.abort()


def error_sources(project: Path) -> set[str]:
    report = json.loads((project / "reports" / "checks.json").read_text(encoding="utf-8"))
    return {f["source"] for f in report["findings"] if f["severity"] == "error"}


@pytest.mark.parametrize("url", inj.URL_PAYLOADS)
def test_a_hostile_url_is_refused_or_made_harmless_and_reported(browser, tmp_path, url):
    """Every URL field and a Markdown link in every body: the build refuses the file with a
    Spanish message naming it, or builds a page where nothing runs and the checks name it."""
    outcomes = {}
    for group in ("data/", "content/"):
        project = copy_project(tmp_path / group.strip("/"))
        prepare(project)
        touched = []
        for item in editor_files(project, [f for f in FILES if f.startswith(group)]):
            if inj.poison_urls(item, url):
                touched.append(item.rel)
                item.write(project)
        site = build(project, project / "output")
        assert touched and "Traceback" not in site.result.stderr, site.result.stderr[-3000:]
        if site.result.returncode != 0:
            unnamed = [rel for rel in touched if rel not in site.result.stderr]
            assert not unnamed, (unnamed, site.result.stderr[-3000:])
            assert "Abortado con" in site.result.stderr
            outcomes[group] = "rechazada"
            continue
        dialogs, danger, _ = visit_all(browser, site)
        assert not dialogs and not danger, (dialogs, danger)
        if url.lower().startswith(("http:", "https:")):  # the quote stayed inside href
            outcomes[group] = "inofensiva"
            continue
        unreported = sorted(set(touched) - error_sources(project))
        assert not unreported, unreported
        outcomes[group] = "quitada y reportada"
    print(f"{url!r}: {outcomes}")


@pytest.mark.parametrize("round_", range(ROUNDS), ids=lambda r: f"ronda{r + 1}")
def test_no_payload_runs_in_any_field(browser, tmp_path, round_, record_property):
    project = copy_project(tmp_path / "project")
    prepare(project)
    tried: set[tuple] = set()
    for item in editor_files(project):
        tried |= inj.poison(item, round_)
        item.write(project)
    site = build(project, project / "output")
    assert site.result.returncode == 0, site.result.stderr[-4000:]
    assert "Traceback" not in site.result.stderr

    dialogs, danger, visited = visit_all(browser, site)
    assert not dialogs, dialogs
    assert not danger, danger
    assert visited > 50

    pages = "".join(site.text(site.rel(p)) for p in site.pages)
    assert inj.TEMPLATE_RESULT not in pages  # {{ 7*7777 }} stayed text
    assert "{{ 7*7777 }}" in pages
    for rel in ("glosario/index.html", "estados/aguascalientes/index.html"):
        text = site.tree(rel).text_content()
        assert any(p in text for p in inj.PAYLOADS), rel  # shown as typed, escaped once

    report = json.loads((project / "reports" / "checks.json").read_text(encoding="utf-8"))
    removed = {f["source"] for f in report["findings"] if f["rule"] == "raw-html-removed"}
    bodies = {rel for rel in FILES if rel.endswith(".md")}  # raw HTML in every body
    assert bodies <= removed, sorted(bodies - removed)
    fields = {slot for slot, _ in tried}
    record_property("pares_campo_ataque", len(tried))
    print(f"ronda {round_ + 1}: {len(tried)} pares (campo × ataque) en {len(fields)} campos")
