"""The fixture site's infographic pages: structure, SVG, text equivalents, images, meta."""

from __future__ import annotations

import itertools
import json

import pytest
from infographics_support import build_mini, copy_mini, svg_text, words
from PIL import Image

PAGE = "infografias/todos-los-tipos/index.html"
PROGRESS = "infografias/avance/index.html"

# Every value of todos-los-tipos.yaml, as a reader sees it, block by block.
VALUES = {
    "bloque-1": [
        "1,234",
        "personas leyeron la guía.",
        "12.5%",
        "de las denuncias llegaron en línea.",
    ],
    "bloque-2": ["Primer paso claro", "Lo que haces al principio.", "Segundo paso claro"],
    "bloque-3": [
        "Columna uno",
        "Columna dos",
        "Aspecto alfa",
        "Valor alfa uno",
        "Valor alfa dos",
        "Aspecto beta",
        "Valor beta uno",
        "Valor beta dos",
    ],
    "bloque-4": ["Categoría norte", "40", "Categoría sur", "10"],
    "bloque-5": [
        "27 de mayo de 2015",
        "Evento del día",
        "2017",
        "Evento del año",
        "Algo pasó ese año.",
    ],
}


@pytest.fixture(scope="module")
def mini(tmp_path_factory):
    project = copy_mini(tmp_path_factory.mktemp("ig") / "project")
    built = build_mini(project)
    assert built.result.returncode == 0, built.result.stderr[-4000:]
    return built


def test_index_and_pages_are_written(mini):
    index = mini.tree("infografias/index.html")
    links = index.xpath("//main//a/@href")
    assert any(href.endswith("todos-los-tipos/") for href in links)
    assert any(href.endswith("avance/") for href in links)
    for rel in (PAGE, PROGRESS, "infografias/index.html"):
        tree = mini.tree(rel)
        assert len(tree.xpath("//h1")) == 1
        assert tree.findtext(".//title").endswith("| Ventana Anticorrupción")
        # The source file is for the checks, not for readers (tests/test_site.py).
        assert not tree.xpath("//meta[@name='ventana:source']")


def test_headings_do_not_skip_levels(mini):
    levels = [
        int(h.tag[1]) for h in mini.tree(PAGE).xpath("//main//*[self::h1 or self::h2 or self::h3]")
    ]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels))


# Blocks drawn as SVG; figures, steps and comparisons are HTML lists and tables.
DRAWN = ("bloque-4", "bloque-5")


def test_each_svg_is_an_image_with_title_and_description(mini):
    tree = mini.tree(PAGE)
    svgs = tree.xpath("//main//svg[@role='img']")
    # One wide and one narrow drawing per drawn block, each with ids of its own.
    assert len(svgs) == 2 * len(DRAWN)
    assert sorted(s.get("class").split()[-1] for s in svgs) == sorted(
        ["vt-infographic__svg--ancho", "vt-infographic__svg--angosto"] * len(DRAWN)
    )
    ids = tree.xpath("//main//svg//@id")
    assert len(ids) == len(set(ids))
    for svg in svgs:
        assert svg.get("role") == "img"
        ids = svg.get("aria-labelledby").split()
        tags = [svg.xpath(f".//*[@id='{i}']")[0].tag.split("}")[-1] for i in ids]
        assert tags == ["title", "desc"]
        assert words(svg.xpath(".//title")[0])


@pytest.mark.parametrize("block", DRAWN)
def test_svg_and_text_equivalent_hold_every_value(mini, block):
    section = mini.tree(PAGE).xpath(f"//section[@id='{block}']")[0]
    text = words(section.xpath(".//div[contains(@class, 'vt-infographic__text')]")[0])
    for svg in section.xpath(".//svg[@role='img']"):
        drawn = " ".join(svg_text(svg).split())
        for value in VALUES[block]:
            if value == "Algo pasó ese año.":
                assert value not in drawn  # details are told once, in the text
                continue
            assert value in drawn, f"{value!r} falta en el SVG de {block}"
    for value in VALUES[block]:
        assert value in text, f"{value!r} falta en el texto de {block}"


@pytest.mark.parametrize("block", sorted(set(VALUES) - set(DRAWN)))
def test_lists_and_tables_say_their_values_once_without_a_drawing(mini, block):
    section = mini.tree(PAGE).xpath(f"//section[@id='{block}']")[0]
    assert not section.xpath(".//svg[@role='img']")
    assert not section.xpath(".//div[contains(@class, 'vt-infographic__text')]")
    text = words(section)
    for value in VALUES[block]:
        assert text.count(value) == 1, f"{value!r} en {block}: {text.count(value)} veces"


def test_figures_draw_their_count_as_dots_or_a_bar(mini):
    section = mini.tree(PROGRESS).xpath("//section[@id='bloque-1']")[0]
    dots = section.xpath(".//*[contains(@class, 'vt-infographic__dots')]")
    assert [d.get("aria-hidden") for d in dots] == ["true", "true"]  # "1 de 3", "… de 3"
    first = dots[0].xpath("./span")
    on = [d for d in first if "vt-infographic__dot--on" in d.get("class")]
    assert (len(on), len(first)) == (1, 3)
    assert section.xpath(".//svg[contains(@class, 'vt-infographic__share')]")  # 60%


def test_index_shows_each_share_image_as_a_thumbnail(mini):
    index = mini.tree("infografias/index.html")
    cards = index.xpath("//main//article[contains(@class, 'vt-infographic-card')]")
    assert len(cards) == 2
    for card in cards:
        img = card.xpath(".//img")[0]
        assert img.get("alt") == "" and (img.get("width"), img.get("height")) == ("1200", "630")
        assert (mini.output / img.get("src").lstrip("/")).exists() or img.get("src").endswith(
            "-1200x630.png"
        )
        assert words(card.xpath(".//h2/a")[0])


def test_tables_have_caption_and_scoped_headers(mini):
    tables = mini.tree(PAGE).xpath("//table")
    assert len(tables) == 2  # comparison and bar chart
    for table in tables:
        assert words(table.xpath("caption")[0])
        assert table.xpath(".//th[@scope='col']") and table.xpath(".//th[@scope='row']")


def test_each_block_names_its_source_and_date(mini):
    for section in mini.tree(PAGE).xpath("//section[starts-with(@id, 'bloque-')]"):
        source = words(section.xpath(".//p[contains(@class, 'vt-infographic__source')]")[0])
        assert source.startswith("Fuente:") and "Datos a la fecha:" in source
    assert "Ley de prueba (PDF)" in words(mini.tree(PAGE).xpath("//section[@id='bloque-1']")[0])


def test_sample_block_is_labelled(mini):
    tree = mini.tree(PAGE)
    assert "Datos de ejemplo" in words(tree.xpath("//section[@id='bloque-4']")[0])
    assert "Datos de ejemplo" not in words(tree.xpath("//section[@id='bloque-1']")[0])


@pytest.mark.parametrize("rel", [PAGE, PROGRESS])
def test_png_exports_have_exact_sizes_and_honest_links(mini, rel):
    slug = rel.split("/")[1]
    links = mini.tree(rel).xpath("//a[@download]")
    assert len(links) == 2
    for link, (w, h) in zip(links, [(1200, 630), (1080, 1080)], strict=True):
        png = mini.output / "infografias" / slug / f"{slug}-{w}x{h}.png"
        with Image.open(png) as image:
            assert image.size == (w, h)
        text = words(link)
        assert f"PNG de {w} × {h} píxeles" in text and text.endswith("kB")
        assert link.get("href").endswith(f"{slug}-{w}x{h}.png")


def test_every_page_has_open_graph_and_twitter_meta(mini):
    assert len(mini.pages) >= 7
    for page in mini.pages:
        tree = mini.tree(mini.rel(page))
        meta = {m.get("property") or m.get("name"): m.get("content") for m in tree.xpath("//meta")}
        for key in (
            "og:title",
            "og:description",
            "og:image",
            "og:image:alt",
            "twitter:card",
            "twitter:image",
            "twitter:title",
        ):
            assert meta.get(key), f"{mini.rel(page)} no tiene {key}"
        assert meta["twitter:card"] == "summary_large_image"
        image = (page.parent / meta["og:image"]).resolve()
        with Image.open(image) as png:
            assert (
                png.size
                == (int(meta["og:image:width"]), int(meta["og:image:height"]))
                == (1200, 630)
            )


def test_card_reaches_pages_of_other_generators(mini):
    for rel in ("acerca/index.html", "noticias/nace-ventana/index.html", "estados/index.html"):
        image = mini.tree(rel).xpath("//meta[@property='og:image']/@content")[0]
        assert "compartir/" in image, rel
    title = mini.tree("acerca/index.html").xpath("//meta[@property='og:title']/@content")
    assert title == ["Acerca de este sitio"]


def test_news_share_one_section_card_and_pages_keep_their_own(mini):
    def card(rel: str) -> tuple[str, str]:
        tree = mini.tree(rel)
        image = tree.xpath("//meta[@property='og:image']/@content")[0]
        alt = tree.xpath("//meta[@property='og:image:alt']/@content")[0]
        return image.rsplit("/", 1)[-1], alt

    first = card("noticias/nace-ventana/index.html")
    assert card("noticias/segunda-noticia/index.html") == first
    assert first[1] == "Noticias"
    own = card("acerca/index.html")
    assert own[0] != first[0] and own[1] == "Acerca de este sitio"
    with Image.open(mini.output / "compartir" / first[0]) as png:
        assert png.mode == "P" and png.size == (1200, 630)


def test_infographic_uses_its_own_share_image(mini):
    tree = mini.tree(PAGE)
    assert tree.xpath("//meta[@property='og:image']/@content")[0].endswith(
        "todos-los-tipos-1200x630.png"
    )
    assert tree.xpath("//meta[@property='og:title']/@content") == ["Todos los tipos de bloque"]


def test_state_progress_is_computed_from_the_state_records(mini):
    tree = mini.tree(PROGRESS)
    rows = [
        [words(c) for c in tr.xpath("th|td")]
        for tr in tree.xpath("//section[@id='bloque-2']//tbody/tr")
    ]
    assert rows == [
        ["Aguascalientes", "80%", "4 de 5"],
        ["Baja California Sur", "60%", "3 de 5"],
        ["Baja California", "40%", "2 de 5"],
    ]
    figures = words(tree.xpath("//section[@id='bloque-1']//ul")[0])
    assert "1 de 3 estados tienen su política anticorrupción aprobada." in figures
    assert "60% es el avance promedio" in figures
    assert "Datos de ejemplo" in words(tree.xpath("//main")[0])  # one state is sample data


def test_rebuild_with_nothing_changed_draws_nothing(mini, tmp_path):
    again = build_mini(mini.project, tmp_path / "out2")
    assert again.result.returncode == 0, again.result.stderr[-2000:]
    stats = json.loads((mini.project / ".cache/ventana/infographics/last-build.json").read_text())
    assert stats["drawn"] == 0 and stats["reused"] > 0
    first = (mini.output / "infografias/avance/avance-1200x630.png").read_bytes()
    assert (tmp_path / "out2/infografias/avance/avance-1200x630.png").read_bytes() == first


def test_the_labels_font_is_served_small_and_whole(mini):
    from fontTools.ttLib import TTFont

    css = (mini.output / "theme/css/infographics.css").read_text(encoding="utf-8")
    for face in ("regular", "bold"):
        path = mini.output / "theme/fonts" / f"source-sans-pro-{face}.woff2"
        assert f"../fonts/{path.name}" in css
        assert path.stat().st_size < 40 * 1024
        font = TTFont(path)
        assert font.flavor == "woff2"
        assert all(ord(c) in font.getBestCmap() for c in "áéíóúüñÑ¿¡«»–…")
