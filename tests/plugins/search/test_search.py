"""Site search on the real site: the index, the form on every page, the search page."""

from __future__ import annotations

import shutil

import pytest
from search.indexer import index_site
from search.settings import settings_for
from ventana_data import SettingsError

from tests.sitebuild import ADMIN_DIR

BUNDLE = "pagefind/"
SEARCH_PAGE = "buscar/index.html"
NOT_FOUND_PAGE = "404.html"
UNINDEXED = {SEARCH_PAGE, NOT_FOUND_PAGE}


def indexed_pages(site) -> list[str]:
    return [site.rel(p) for p in site.pages if site.rel(p) not in UNINDEXED]


def test_the_index_is_written_with_one_fragment_per_content_page(site):
    bundle = site.output / BUNDLE
    assert (bundle / "pagefind.js").is_file()
    assert (bundle / "wasm.es.pagefind").is_file()
    assert len(list((bundle / "fragment").iterdir())) == len(indexed_pages(site))
    # Only the JavaScript API is used: Pagefind's ready-made interfaces are not shipped.
    assert not list(bundle.glob("pagefind-*ui*"))


def test_every_content_page_indexes_only_its_main_with_its_section(site):
    expected = {
        "estados/jalisco/index.html": "Estados",
        "noticias/nace-ventana/index.html": "Noticias",
        "escuela-de-heroes/index.html": "Escuela de Héroes",
        "infografias/index.html": "Infografías",
        "datos/index.html": "Datos",
        "acerca/index.html": "Información general",
    }
    for rel in indexed_pages(site):
        tree = site.tree(rel)
        bodies = tree.xpath("//*[@data-pagefind-body]")
        assert [b.tag for b in bodies] == ["main"], rel
        if rel in expected:
            assert bodies[0].get("data-pagefind-filter") == f"seccion:{expected[rel]}", rel
    assert not site.tree(SEARCH_PAGE).xpath("//*[@data-pagefind-body]")
    assert not site.tree(NOT_FOUND_PAGE).xpath("//*[@data-pagefind-body]")


def test_every_page_has_the_header_search_form_with_a_real_label(site):
    for page in site.pages:
        rel = site.rel(page)
        tree = site.tree(rel)
        forms = tree.xpath("//header//form[@role='search']")
        assert len(forms) == 1, rel
        form = forms[0]
        assert form.get("method") == "get", rel
        assert form.get("action").endswith("buscar/"), rel
        field = form.xpath(".//input[@name='q']")[0]
        assert form.xpath(f".//label[@for='{field.get('id')}']/text()") == ["Buscar en el sitio"]
        assert form.xpath(".//button[@type='submit']/text()") == ["Buscar"], rel


def test_only_the_search_page_loads_the_search_files(site):
    for page in site.pages:
        rel = site.rel(page)
        text = site.text(rel)
        loads = "search.js" in text or BUNDLE in text
        assert loads == (rel == SEARCH_PAGE), rel


def test_the_search_page_lists_every_section_state_and_lesson_without_javascript(site):
    tree = site.tree(SEARCH_PAGE)
    links = {a.text_content().strip(): a.get("href") for a in tree.xpath("//main//a")}
    for section in ("Estados", "Noticias", "Escuela de Héroes", "Infografías", "Datos"):
        assert section in links, section
    assert links["Jalisco"].endswith("estados/jalisco/")
    here = (site.output / SEARCH_PAGE).parent
    for heading, folder, count in (
        ("Estados", "estados", 32),
        ("Lecciones", "escuela-de-heroes", 12),
    ):
        links = tree.xpath(f"//main//h3[starts-with(., '{heading}')]/following-sibling::ul[1]//a")
        assert len(links) >= count, heading
        for link in links:
            target = (here / link.get("href")).resolve()
            assert target.parent.name == folder and (target / "index.html").exists()
    # Each filter is a labelled checkbox named like the filter, so the plain form works too.
    boxes = tree.xpath("//main//input[@type='checkbox'][@name='seccion']")
    assert [b.get("value") for b in boxes] == [
        "Estados",
        "Noticias",
        "Escuela de Héroes",
        "Infografías",
        "Datos",
    ]
    assert tree.xpath("//*[@role='status'][@aria-live='polite']")


def test_two_indexings_of_the_same_site_are_byte_identical(site, tmp_path):
    copies = []
    for name in ("a", "b"):
        copy = tmp_path / name
        shutil.copytree(
            site.output, copy, ignore=shutil.ignore_patterns("pagefind", ADMIN_DIR.rstrip("/"))
        )
        # Each with its own empty cache: Pagefind runs both times.
        index_site(copy, BUNDLE, "es", tmp_path / f"cache-{name}")
        copies.append(files_of(copy / BUNDLE))
    assert copies[0] == copies[1] == files_of(site.output / BUNDLE)


def files_of(folder) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ({"url": "/buscar"}, "una carpeta relativa que termine en «/»"),
        ({"sections": [("Estados",)]}, "una lista de pares (nombre, carpeta)"),
        ({"enabled": "sí"}, "true o false"),
    ],
)
def test_a_wrong_setting_says_what_was_expected(value, said):
    with pytest.raises(SettingsError) as caught:
        settings_for({"SEARCH": value})
    assert said in str(caught.value)
