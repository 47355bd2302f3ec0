"""The built site: 32 state pages, the overview, open data and feeds (issue 3, section 4)."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from lxml import etree
from lxml import html as lxml_html
from state_snapshots.catalogue import BY_SLUG, STATES
from state_snapshots.opendata import COLUMNS, public_record
from states_support import validated


@pytest.fixture(scope="module")
def data():
    records, summary = validated()
    return {r["calculado"]["slug"]: r for r in records}, summary


def test_one_page_per_state(site):
    for state in STATES:
        tree = site.tree(f"estados/{state.slug}/index.html")
        assert len(tree.xpath("//h1")) == 1
        assert tree.xpath("//h1")[0].text_content().startswith(state.nombre)
        assert tree.xpath("//title")[0].text == (
            f"{state.nombre}: avance del sistema anticorrupción | Ventana Anticorrupción"
        )
        assert not tree.xpath("//meta[@name='ventana:source']")
        assert site.sources[f"estados/{state.slug}/index.html"] == f"data/states/{state.slug}.yaml"
        assert (
            tree.xpath("//nav[@class='vt-breadcrumbs']//li[@aria-current='page']")[0].text
            == state.nombre
        )


def test_state_page_shows_progress_notices_and_sources(site, data):
    records, _ = data
    for slug, record in records.items():
        calc = record["calculado"]
        tree = site.tree(f"estados/{slug}/index.html")
        text = " ".join(tree.text_content().split())
        assert (
            f"{calc['componentes_cumplidos']} de {calc['componentes_total']} pasos cumplidos"
            in text
        )
        progress = tree.xpath("//progress")[0]
        assert progress.get("value") == str(calc["componentes_cumplidos"])
        assert ("Datos de ejemplo" in text) == record["sample"]
        assert ("Datos con más de seis meses" in text) == calc["desactualizado"]
        ids = {f"fuente-{s['id']}" for s in record["fuentes"]}
        for href in tree.xpath("//main//a[starts-with(@href, '#fuente-')]/@href"):
            assert href[1:] in ids
        for table in tree.xpath("//table"):
            assert table.xpath("caption") and table.xpath(".//th[@scope='row']")


def test_sample_data_varies(data):
    records, summary = data
    assert summary["por_semaforo"]["alto"] and summary["por_semaforo"]["bajo"]
    assert summary["desactualizados"] >= 1 and summary["con_leyes_invalidadas"] >= 1
    assert any(r["calculado"]["porcentaje"] == 100 for r in records.values())


def test_narrative_is_merged_with_shifted_headings(site):
    tree = site.tree("estados/sonora/index.html")
    section = tree.xpath("//section[@aria-labelledby='contexto']")[0]
    assert section.xpath("h2")[0].text == "Qué pasa cuando un tribunal invalida una ley"
    assert [h.tag for h in section.xpath(".//h3|.//h4")] == ["h3"]


def test_overview_table_matches_the_data(site, data):
    records, summary = data
    tree = site.tree("estados/index.html")
    rows = tree.xpath("//table[contains(@class, 'vt-states__table')]/tbody/tr")
    assert len(rows) == 32
    for row, record in zip(
        rows, sorted(records.values(), key=lambda r: r["entidad"]["clave_inegi"]), strict=True
    ):
        calc = record["calculado"]
        cells = [" ".join(c.text_content().split()) for c in row.xpath("th|td")]
        assert cells[0] == calc["nombre"]
        assert cells[1] == calc["semaforo_etiqueta"]
        assert cells[2].startswith(
            f"{calc['componentes_cumplidos']} de {calc['componentes_total']}"
        )
        assert cells[3] == f"{calc['leyes_en_vigor']} de {summary['leyes_total']}"
        assert cells[5] == f"{calc['sistemas_conectados']} de {summary['sistemas_total']}"
    text = " ".join(tree.text_content().split())
    assert (
        f"{summary['con_politica_aprobada']} de 32 estados tienen su política anticorrupción "
        "aprobada."
    ) in text


def test_map_lists_every_state_with_its_level_in_text(site, data):
    records, _ = data
    tree = site.tree("estados/index.html")
    tiles = tree.xpath("//ul[@class='vt-map']/li")
    assert [t.xpath("a/span")[0].text for t in tiles] == sorted(
        r["calculado"]["nombre"] for r in records.values()
    )
    for tile in tiles:
        (link,) = tile.xpath("a")
        calc = records[link.get("href").rstrip("/").split("/")[-1]]["calculado"]
        assert link.xpath("abbr")[0].text == calc["abreviatura"]
        level = " ".join(tile.text_content().split()).split(calc["nombre"])[-1].split()
        assert level[0] == calc["semaforo_nivel"]
        place = BY_SLUG[calc["slug"]]  # its tile on wide screens, roughly where the state is
        assert tile.get("class").split() == [
            f"vt-map--{calc['semaforo']}",
            f"vt-map--x{place.columna + 1}",
            f"vt-map--y{place.fila + 1}",
        ]


def test_open_data_round_trips(site, data):
    records, _ = data
    raw = (site.output / "datos" / "estados.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel on Windows needs to read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["slug"] for r in rows] == sorted(
        records, key=lambda s: records[s]["entidad"]["clave_inegi"]
    )
    for row in rows:
        record = records[row["slug"]]
        for col in COLUMNS:
            value = col.get(record)
            expected = ("true" if value else "false") if isinstance(value, bool) else str(value)
            assert row[col.name] == expected, col.name
    dataset = json.loads(site.text("datos/estados.json"))
    for item in dataset["estados"]:
        assert item == public_record(records[item["entidad"]["slug"]])
        one = json.loads(site.text(f"datos/estados/{item['entidad']['slug']}.json"))
        assert {k: v for k, v in one.items() if k != "calculado"} == {
            k: v for k, v in records[one["entidad"]["slug"]].items() if k != "calculado"
        }


def test_data_page_documents_every_column_and_links_files(site):
    tree = site.tree("datos/index.html")
    documented = tree.xpath("//table//th[@scope='row']/code/text()")
    assert documented == [c.name for c in COLUMNS]
    hrefs = tree.xpath("//main//a/@href")
    assert any(h.endswith("datos/estados.csv") for h in hrefs)
    assert sum(1 for h in hrefs if "/datos/estados/" in h and h.endswith(".json")) == 32
    text = " ".join(tree.xpath("//main")[0].text_content().split())
    assert "Términos de Libre Uso MX" in text
    assert "https://datos.gob.mx/libreusomx" in hrefs
    csv_size = (site.output / "datos" / "estados.csv").stat().st_size
    assert f"estados.csv (CSV, {round(csv_size / 1000)} kB)" in text
    assert "datos_de_ejemplo igual a true" in text and "sample igual a true" not in text


def test_numbers_and_dates_are_written_as_in_mexico(site):
    """Decimal point, no space before %, and one long date style on every page."""
    decimal_comma = re.compile(r"\d,\d\s?%")
    spaced_percent = re.compile(r"\d[\s\u00a0]%")
    short_date = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")
    pages = sorted(site.output.rglob("*.html"))
    assert len(pages) > 80
    for page in pages:
        tree = lxml_html.fromstring(page.read_bytes())
        text = tree.text_content()
        rel = page.relative_to(site.output)
        assert not decimal_comma.search(text), rel
        assert not spaced_percent.search(text), rel
        assert not short_date.search(text), rel
    news = site.tree("noticias/index.html")
    meta = " ".join(news.xpath("//main//text()"))
    assert re.search(r"Publicado el \d{1,2} de [a-z]+ de \d{4}", meta)


def test_feeds_list_achievements(site, data):
    records, _ = data
    ns = {"a": "http://www.w3.org/2005/Atom"}
    whole = etree.fromstring((site.output / "feeds/estados.atom.xml").read_bytes())
    assert whole.xpath("a:entry", namespaces=ns)
    for slug, record in records.items():
        feed = etree.fromstring((site.output / f"feeds/estados/{slug}.atom.xml").read_bytes())
        titles = feed.xpath("a:entry/a:title/text()", namespaces=ns)
        assert sorted(titles) == sorted(
            f"{record['entidad']['nombre']}: {x['titulo']}" for x in record["logros"]
        )


def test_a_feed_without_achievements_is_dated_by_its_data(site, data):
    records, _ = data
    ns = {"a": "http://www.w3.org/2005/Atom"}
    empty = [slug for slug, record in records.items() if not record["logros"]]
    assert empty  # the real data has states without achievements
    for slug in empty:
        feed = etree.fromstring((site.output / f"feeds/estados/{slug}.atom.xml").read_bytes())
        updated = feed.xpath("a:updated/text()", namespaces=ns)[0]
        assert updated == f"{records[slug]['corte']['ultima_actualizacion']}T12:00:00+00:00"


def test_a_row_without_source_says_so(site, data):
    """A step with nothing to cite reads «Sin fuente», never «No aplica»."""
    records, _ = data
    slug = next(
        s for s, r in records.items() if any(not i["fuente"] for i in r["calculado"]["componentes"])
    )
    text = " ".join(site.tree(f"estados/{slug}/index.html").text_content().split())
    assert "Sin fuente" in text and "No aplica" not in text
    assert re.search(r"municipios ya envían datos a la plataforma\. Fuente: \S", text)
