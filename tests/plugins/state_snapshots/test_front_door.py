"""The front door on a phone (issue 12 §3): the state picker, the map that is also the
picker's list on /estados/, and the three lines that open a state page."""

from __future__ import annotations

import pytest
from state_snapshots.catalogue import COMPONENTS, DONE, STATES
from state_snapshots.glance import comparison_line, missing_line, opening_lines
from states_support import validated

# Each page with a picker, and the list its links come from: its own, or the map.
PICKER_PAGES = {
    "index.html": "ul[@data-state-picker-hide]",
    "estados/index.html": "figure/ul[@class='vt-map']",
}
NAMES = sorted(s.nombre for s in STATES)


def components(missing: dict[str, int]) -> list[dict[str, str]]:
    """The 23 components, the first ``n`` of each group in ``missing`` not done."""
    out, left = [], dict(missing)
    for c in COMPONENTS:
        pending = left.get(c.grupo, 0) > 0
        left[c.grupo] = left.get(c.grupo, 0) - pending
        out.append(
            {"grupo": c.grupo, "etiqueta": c.etiqueta, "estado": "en_proceso" if pending else DONE}
        )
    return out


@pytest.mark.parametrize(
    ("missing", "line"),
    [
        ({}, "Ya cumplió todos los pasos."),
        ({"instituciones": 1}, "Le falta 1 paso: «Comisión de Selección»."),
        (
            {"instituciones": 2, "politica": 1},
            "Le faltan 3 pasos: «Comisión de Selección», «Comité de Participación Ciudadana»"
            " y «Política Estatal Anticorrupción».",
        ),
        (
            {"leyes": 2, "plataforma": 5},
            "Le faltan 7 pasos: 2 de leyes y 5 de la plataforma digital.",
        ),
        (
            {"leyes": 1, "instituciones": 1, "politica": 1, "plataforma": 1},
            "Le faltan 4 pasos: 1 de leyes, 1 de instituciones, 1 de la política estatal"
            " y 1 de la plataforma digital.",
        ),
    ],
)
def test_the_second_line_names_or_counts_what_is_missing(missing, line):
    assert missing_line(components(missing)) == line


@pytest.mark.parametrize(
    ("pct", "mean", "line"),
    [
        (74, 59.1, "Está 15 puntos arriba del promedio de los 32 estados, que es 59.1%."),
        (58, 59.1, "Está 1 punto abajo del promedio de los 32 estados, que es 59.1%."),
        (59, 59.1, "Está en el promedio de los 32 estados, que es 59.1%."),
        (17, 60.0, "Está 43 puntos abajo del promedio de los 32 estados, que es 60%."),
    ],
)
def test_the_third_line_compares_with_the_national_average(pct, mean, line):
    assert comparison_line(pct, {"avance_promedio": mean, "total_estados": 32}) == line


def test_every_state_page_opens_with_its_three_lines(site):
    records, summary = validated()
    for record in records:
        calc = record["calculado"]
        tree = site.tree(calc["url"] + "index.html")
        lines = [
            " ".join(li.text_content().split())
            for li in tree.xpath("//ul[@class='vt-state__glance']/li")
        ]
        assert lines == opening_lines(calc, summary), calc["slug"]
        assert lines[0].startswith(f"{calc['semaforo_etiqueta']}: {calc['nombre']} cumple ")
        assert f"{calc['componentes_cumplidos']} de {calc['componentes_total']} pasos" in lines[0]
        # The lines come before every section of the page.
        first_section = tree.xpath("//article/section")[0]
        glance = tree.xpath("//ul[@class='vt-state__glance']")[0]
        assert glance.getparent().index(glance) < glance.getparent().index(first_section)


@pytest.mark.parametrize(("rel", "links_at"), PICKER_PAGES.items())
def test_the_picker_lists_the_32_states_as_links(site, rel, links_at):
    tree = site.tree(rel)
    (picker,) = tree.xpath("//section[contains(@class, 'vt-picker')]")
    assert picker.xpath("h2")[0].text_content().strip() == "Elige tu estado"
    (links_list,) = picker.xpath(links_at)
    links = links_list.xpath(".//a")
    names = [(a.xpath("span") or [a])[0].text_content() for a in links]
    assert names == NAMES
    for a in links:
        assert (site.output / rel).parent.joinpath(a.get("href"), "index.html").resolve().is_file()
    # Without JavaScript the form stays hidden and the links are the picker; the script
    # fills the select from the list the form names, so each state is written once.
    (form,) = picker.xpath(".//form[@data-state-picker]")
    assert form.get("hidden") is not None
    assert form.get("data-state-picker") == links_list.get("id")
    select = form.xpath(".//select")[0]
    assert [o.get("value") for o in select.xpath("option")] == [""]
    assert picker.xpath(f".//label[@for='{select.get('id')}']")
    assert form.xpath(".//button[@type='submit']")[0].text_content() == "Ver estado"
    scripts = tree.xpath("//script/@src")
    assert [s for s in scripts if s.endswith("theme/js/state-picker.js")], rel
    assert (site.output / "theme" / "js" / "state-picker.js").is_file()


def test_the_picker_is_the_first_thing_in_the_page_content(site):
    home = site.tree("index.html")
    main = home.xpath("//main")[0]
    classes = [c.get("class") for c in main if c.tag in ("div", "section")]
    assert classes[:2] == ["vt-hero", "vt-picker"]
    overview = site.tree("estados/index.html").xpath("//main")[0]
    # On /estados/ only the heading and the sample-data notice come before it.
    assert [c.tag for c in overview].index("section") <= 2
    assert "vt-picker" in overview.xpath("section")[0].get("class")
