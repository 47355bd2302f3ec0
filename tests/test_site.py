"""The whole real site, built once: what every reader gets on every page."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from urllib.parse import urlparse

import pytest
import yaml

PAGE_BUDGET_BYTES = 60 * 1024
# Documents made to be printed whole, not read on a phone: a bigger budget, on purpose.
PRINT_DOCUMENTS = {
    "escuela-de-heroes/guia-completa/index.html": 320 * 1024,  # all lessons, for print
}
FOCUSABLE = (
    "//a[@href] | //button | //input | //select | //textarea | //*[@tabindex and @tabindex!='-1']"
)


def all_trees(site):
    return [(site.rel(p), site.tree(site.rel(p))) for p in site.pages]


def test_site_has_the_expected_pages(site):
    rels = {site.rel(p) for p in site.pages}
    for expected in [
        "index.html",
        "sistema-anticorrupcion/index.html",
        "como-denunciar/index.html",
        "acerca/index.html",
        "glosario/index.html",
        "noticias/index.html",
    ]:
        assert expected in rels
    assert len([r for r in rels if r.startswith("noticias/") and r != "noticias/index.html"]) >= 3


def test_every_page_has_lang_title_skip_link_main_and_one_h1(site):
    for rel, tree in all_trees(site):
        assert tree.get("lang") == "es-MX", rel
        title = tree.findtext(".//head/title")
        assert title and title.strip(), rel
        focusable = tree.xpath(FOCUSABLE)
        assert focusable, rel
        first = focusable[0]
        assert first.get("href") == "#contenido", f"{rel}: primer foco {first.get('href')}"
        assert len(tree.xpath("//main[@id='contenido']")) == 1, rel
        assert len(tree.xpath("//h1")) == 1, rel
        assert tree.xpath("//header") and tree.xpath("//footer"), rel
        assert all(n.get("aria-label") or n.get("aria-labelledby") for n in tree.xpath("//nav")), (
            rel
        )


def test_titles_are_unique(site):
    titles = Counter(t.findtext(".//head/title").strip() for _, t in all_trees(site))
    repeated = {t: n for t, n in titles.items() if n > 1}
    assert not repeated


def test_no_heading_level_is_skipped(site):
    for rel, tree in all_trees(site):
        levels = [
            int(h.tag[1])
            for h in tree.xpath(
                "//main//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
            )
        ]
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, f"{rel}: h{before} seguido de h{after}"


def test_inner_pages_have_breadcrumbs(site):
    for rel, tree in all_trees(site):
        if rel == "index.html":
            continue
        assert tree.xpath("//nav[contains(@class,'vt-breadcrumbs')]"), rel


RESOURCE_ATTRS = {
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "audio": "src",
    "video": "src",
    "embed": "src",
    "object": "data",
}


def test_no_page_requests_another_host(site):
    for rel, tree in all_trees(site):
        urls = []
        for tag, attr in RESOURCE_ATTRS.items():
            urls += tree.xpath(f"//{tag}/@{attr}")
        urls += tree.xpath("//link[not(@rel='alternate') and not(@rel='canonical')]/@href")
        urls += [u.split()[0] for s in tree.xpath("//@srcset") for u in s.split(",") if u.strip()]
        urls += re.findall(r"url\(([^)]+)\)", " ".join(tree.xpath("//style/text() | //@style")))
        for url in urls:
            assert not urlparse(url.strip("'\"")).netloc, f"{rel} pide {url}"
    for css in site.output.rglob("*.css"):
        for url in re.findall(r"url\(([^)]+)\)", css.read_text(encoding="utf-8")):
            assert not urlparse(url.strip("'\"")).netloc, f"{css.name} pide {url}"
        assert "@import" not in css.read_text(encoding="utf-8")


def page_weight(site, rel, tree) -> int:
    total = (site.output / rel).stat().st_size
    page_dir = (site.output / rel).parent
    for url in tree.xpath("//link[@rel='stylesheet']/@href | //script/@src"):
        # The 404 page links from the site's root: it is served at any depth.
        path = (site.output / url.lstrip("/") if url.startswith("/") else page_dir / url).resolve()
        total += path.stat().st_size
    return total


def test_every_page_fits_the_weight_budget(site):
    weights = {rel: page_weight(site, rel, tree) for rel, tree in all_trees(site)}
    over = {rel: w for rel, w in weights.items() if w > PRINT_DOCUMENTS.get(rel, PAGE_BUDGET_BYTES)}
    assert not over
    assert set(PRINT_DOCUMENTS) <= set(weights)  # a gone page's exception goes


def test_glossary_lists_every_term_with_an_anchor(site, repo_root):
    terms = yaml.safe_load((repo_root / "data" / "glossary.yaml").read_text(encoding="utf-8"))
    tree = site.tree("glosario/index.html")
    for term in terms["terminos"]:
        anchor = term.get("id") or term["sigla"].lower()
        entry = tree.xpath(f"//*[@id='{anchor}']")
        assert entry, term["sigla"]
        text = entry[0].text_content()
        assert term["sigla"] in text and term["definicion"] in text


def test_home_leads_to_the_four_sections(site):
    tree = site.tree("index.html")
    hrefs = set(tree.xpath("//main//a/@href"))
    for section in ["sistema-anticorrupcion/", "estados/", "infografias/", "escuela-de-heroes/"]:
        assert any(h.rstrip("/").endswith(section.rstrip("/")) for h in hrefs), section


@pytest.mark.parametrize("rel", ["acerca/index.html"])
def test_about_page_has_an_accessibility_statement(site, rel):
    assert site.tree(rel).xpath("//h2[@id='accesibilidad']")


REPO_PATH = re.compile(r"\b(?:data|content|plugins|themes)/[\w./-]*\.(?:ya?ml|md|py|json|html)\b")


def test_no_page_shows_a_repository_path(site):
    """Readers see who updated a page and when, never the file it was built from."""
    for rel, tree in all_trees(site):
        body = tree.xpath("//body")[0]
        assert not REPO_PATH.search(body.text_content()), rel


ANY_REPO_PATH = re.compile(r"(?<![\w-])(?:content|data)/[\w-]+[\w./-]*")


def test_no_page_names_its_source_file_even_in_its_head(site):
    """The checks learn each page's source from a file outside output/, not from the page."""
    for rel in (site.rel(p) for p in site.pages):
        text = site.text(rel)
        assert "ventana:source" not in text, rel
        assert not ANY_REPO_PATH.search(text), (rel, ANY_REPO_PATH.search(text))
    assert site.sources["estados/jalisco/index.html"] == "data/states/jalisco.yaml"
    assert site.sources["acerca/index.html"] == "content/pages/acerca.md"


def test_state_page_says_who_updated_it_and_when(site):
    text = " ".join(site.tree("estados/jalisco/index.html").text_content().split())
    assert re.search(r"Actualizado por el enlace estatal el \d{1,2} de [a-z]+ de \d{4}\.", text)


def test_every_page_says_who_publishes_it_and_where_data_come_from(site):
    for rel, tree in all_trees(site):
        footers = tree.xpath("//footer[@class='vt-footer']")
        assert footers, rel
        text = " ".join(footers[0].text_content().split())
        assert "no es un sitio oficial del gobierno" in text, rel
        assert "Cada dato dice de qué publicación viene" in text, rel
        assert re.search(r"\d+ de 32 fichas de estados usan datos de ejemplo", text), rel
        assert footers[0].xpath(".//a[starts-with(@href, 'mailto:')]"), rel
        assert "Responsable:" in text, rel


def test_the_author_named_to_machines_is_the_footer_owner(site):
    """Not an official site: PDFs' and JSON-LD's author is who the footer says runs it."""
    footer = " ".join(site.tree("index.html").xpath("//footer")[0].text_content().split())
    owner = re.search(r"Responsable: ([^.]+)\.", footer).group(1)
    lesson = next(rel for rel in map(site.rel, site.pages) if "ld+json" in site.text(rel))
    script = site.tree(lesson).xpath("//script[@type='application/ld+json']")[0].text
    assert yaml.safe_load(script)["publisher"]["name"] == owner
    assert "Secretaría Ejecutiva del Sistema" not in script


def test_not_found_page_leads_to_search_and_sections(site):
    tree = site.tree("404.html")
    assert tree.xpath("//h1")[0].text_content() == "No encontramos esta página"
    assert tree.xpath("//meta[@name='robots']/@content") == ["noindex"]
    assert tree.xpath("//main//form[@role='search']/@action") == ["/buscar/"]
    links = tree.xpath("//main//li/a/@href")
    assert {"/", "/como-denunciar/", "/estados/"} <= set(links)
    # Served at any depth, so nothing may be relative to the file's own folder.
    for href in tree.xpath("//@href | //@src"):
        assert href.startswith(("/", "#", "http", "mailto:")), href
    assert "data-pagefind-body" not in site.text("404.html")
