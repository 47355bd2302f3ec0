"""The form in Chromium with a real decap-server: edit Jalisco, add a source, see an error.

Dates read and are typed day/month/year; axe finds nothing on the whole form.

The project is copied, built with the form pointed at a decap-server on a free port, and
served; decap-server writes the copy's files, and the copy is rebuilt to see the change.
Screenshots for the liaisons' guide go to test-artifacts/screenshots/formulario-*.png
(copied to docs/img/formulario/).
"""

from __future__ import annotations

import shutil
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect
from ventana_tasks.admin import decap_server, start_decap_server

from tests.browser import tools
from tests.browser.axe import describe, run_axe
from tests.browser.server import StaticServer
from tests.sitebuild import ROOT, build, copy_project, run_task

pytestmark = pytest.mark.browser
JALISCO = "data/states/jalisco.yaml"
JALISCO_PAGE = "estados/jalisco/index.html"
NEW_SOURCE = {
    "id": "acta-2026-03",
    "titulo": "Acta de la sesión de marzo de 2026 (ejemplo)",
    "url": "https://example.org/ventana/jalisco/acta-2026-03",
    "fecha_consulta": "2026-03-15",
}
# The form takes dates day/month/year, as NEW_SOURCE's 2026-03-15 is typed in Mexico.
TYPED_DATE = "15/03/2026"
EDITOR = "admin/#/collections/estados/entries/jalisco"
SETTINGS = """import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pelicanconf import *  # noqa: F403
CMS_ADMIN = {{"local_backend": "http://127.0.0.1:{port}/api/v1"}}
"""


@dataclass
class Form:
    project: Path
    origin: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    pytest.fail(f"decap-server no respondió en el puerto {port}")


@pytest.fixture(scope="module")
def form(tmp_path_factory) -> Iterator[Form]:
    if not shutil.which("npm"):
        tools.unavailable("Falta npm para instalar decap-server")
    decap_server(ROOT)  # installs the pinned version once into .cache/node-cms/
    project = copy_project(tmp_path_factory.mktemp("formulario"))
    port = free_port()
    (project / "pelicanconf_form.py").write_text(SETTINGS.format(port=port), encoding="utf-8")
    built = build(project, project / "output", "pelicanconf_form.py")
    assert built.result.returncode == 0, built.result.stderr[-3000:]
    server = start_decap_server(ROOT, project, port)
    try:
        wait_for_port(port)
        with StaticServer(project / "output") as static:
            yield Form(project, static.origin)
    finally:
        server.terminate()
        server.wait(timeout=10)


def open_form(browser, form, **options):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="es-MX", **options
    )
    page = context.new_page()
    page.goto(f"{form.origin}/admin/")
    page.get_by_role("button", name="Iniciar sesión").click()
    page.goto(f"{form.origin}/{EDITOR}")
    page.locator('[id^="clave_inegi-field-"]').wait_for()
    return context, page


@pytest.fixture
def tab(browser, form):
    """The form under its own Content-Security-Policy, as a liaison opens it."""
    context, page = open_form(browser, form)
    yield page
    context.close()


@pytest.fixture
def audit_tab(browser, form):
    """The same form with the policy bypassed, so axe-core can be added to the page."""
    context, page = open_form(browser, form, bypass_csp=True)
    yield page
    context.close()


def shot(page, artifacts: Path, name: str, locator=None) -> None:
    folder = artifacts / "screenshots"
    folder.mkdir(exist_ok=True)
    if locator is not None:
        locator.scroll_into_view_if_needed()
    page.screenshot(path=str(folder / f"formulario-{name}.png"))


def publish(page) -> None:
    page.get_by_role("button", name="Publicar").click()
    page.get_by_role("menuitem", name="Publicar ahora").click()


def test_a_change_in_the_form_is_written_to_jalisco_and_validates(tab, form, artifacts):
    path = form.project / JALISCO
    before = yaml.safe_load(path.read_text(encoding="utf-8"))
    shot(tab, artifacts, "1-abrir")
    field = tab.locator('[id^="acciones_concluidas-field-"]')
    field.fill("80")
    shot(tab, artifacts, "2-cambiar-un-valor", field)
    publish(tab)
    tab.get_by_text("Entrada guardada").wait_for()
    shot(tab, artifacts, "4-guardado")
    after = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert after["politica_estatal"]["programa_implementacion"]["acciones_concluidas"] == 80
    before["politica_estatal"]["programa_implementacion"]["acciones_concluidas"] = 80
    assert after == before
    checked = run_task(form.project, "validate", timeout=300)
    assert checked.returncode == 0, checked.stdout[-2000:] + checked.stderr[-2000:]
    rebuilt = build(form.project, form.project / "rebuilt")
    assert rebuilt.result.returncode == 0, rebuilt.result.stderr[-3000:]
    page = " ".join(rebuilt.text(JALISCO_PAGE).split())
    assert "80 de 137 acciones del programa terminadas" in page


def test_a_source_added_in_the_form_is_written_to_the_list(tab, form, artifacts):
    path = form.project / JALISCO
    before = yaml.safe_load(path.read_text(encoding="utf-8"))
    # Decap's Spanish locale has no text for this button; ventana-cms.js gives it one.
    tab.get_by_role("button", name="Agregar fuentes").click()
    for key, value in {**NEW_SOURCE, "fecha_consulta": TYPED_DATE}.items():
        tab.locator(f'[id^="{key}-field-"]').last.fill(value)
    shot(tab, artifacts, "5-agregar-una-fuente", tab.locator('[id^="url-field-"]').last)
    publish(tab)
    tab.get_by_text("Entrada guardada").wait_for()
    after = yaml.safe_load(path.read_text(encoding="utf-8"))
    added = after["fuentes"][-1]
    assert {**added, "fecha_consulta": str(added["fecha_consulta"])} == NEW_SOURCE
    assert after["fuentes"][:-1] == before["fuentes"]
    assert {k: v for k, v in after.items() if k != "fuentes"} == {
        k: v for k, v in before.items() if k != "fuentes"
    }


def refused_message(tab, field, value: str, part: str) -> str:
    """Type a value Decap must refuse, try to publish; the error line that names it."""
    field.fill(value)
    publish(tab)
    error = tab.locator("li", has_text=part)
    error.wait_for()
    return error.text_content()


def test_an_invalid_value_shows_the_validators_message_and_the_file_stays(tab, form, artifacts):
    path = form.project / JALISCO
    before = path.read_bytes()
    field = tab.locator('[id^="clave_inegi-field-"]')
    assert refused_message(tab, field, "99", "no coincide con el patrón") == (
        "Clave del INEGI no coincide con el patrón: El valor no tiene la forma esperada. "
        'Se esperaba: la clave del INEGI entre comillas, de "01" a "32".'
    )
    shot(tab, artifacts, "3-ver-un-error", field)
    time.sleep(1)
    assert path.read_bytes() == before


def test_dates_show_day_month_year_and_a_wrong_one_is_refused(tab, form):
    """Whatever the browser's language: Jalisco's 2026-11-15 reads 15/11/2026."""
    path = form.project / JALISCO
    before = path.read_bytes()
    field = tab.locator('[id^="fecha_corte-field-"]')
    assert field.input_value() == "15/11/2026"
    assert field.get_attribute("placeholder") == "dd/mm/aaaa"
    assert refused_message(tab, field, "31/02/2026", "escribe la fecha como") == (
        "Datos al día: escribe la fecha como día/mes/año, por ejemplo 15/03/2026"
    )
    time.sleep(1)
    assert path.read_bytes() == before


def test_axe_on_the_form_finds_no_failure_and_icon_buttons_have_names(
    audit_tab, node_tools, artifacts
):
    """Every WCAG rule on the whole form: our fields and Decap's own chrome. Decap's icon
    buttons on list items get Spanish names from ventana-a11y.js."""
    tab = audit_tab
    first_source = tab.locator('[id^="fuentes-field-"] [aria-roledescription="sortable"]').first
    expect(first_source).to_have_attribute("aria-label", "Mover el elemento 1 de Fuentes")
    findings = run_axe(tab, node_tools.axe_js)
    report = artifacts / "browser" / "axe-formulario.txt"
    report.parent.mkdir(exist_ok=True)
    report.write_text(describe({"admin/": findings["wcag"]}) + "\n", encoding="utf-8")
    assert findings["wcag"] == [], describe({"admin/": findings["wcag"]})
    bar = first_source.locator("xpath=..")
    names = [b.get_attribute("aria-label") for b in bar.locator("xpath=./button").all()]
    assert names == [
        "Mostrar u ocultar el elemento 1 de Fuentes",
        "Quitar el elemento 1 de Fuentes",
    ]
    # Decap shows the items of a list folded; the button says so, and follows a click.
    toggle = bar.locator("xpath=./button").first
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    unlabeled = tab.evaluate(
        """() => [...document.querySelectorAll('input[id*="-field-"], textarea[id*="-field-"]')]
             .filter(el => !document.querySelector(`label[for="${el.id}"]`)).map(el => el.id)"""
    )
    assert unlabeled == []
