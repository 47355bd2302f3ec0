"""Content images arrive as <picture> with WebP, a fallback, srcset and their size."""

from __future__ import annotations

import posixpath

from PIL import Image

PAGE = "noticias/nace-ventana/index.html"


def test_markdown_image_becomes_a_picture_with_webp_and_fallback(site):
    tree = site.tree(PAGE)
    pictures = tree.xpath("//main//picture")
    assert len(pictures) == 1
    source = pictures[0].xpath(".//source")[0]  # libxml2 nests img inside source
    img = pictures[0].xpath(".//img")[0]
    assert source.get("type") == "image/webp"
    assert img.get("alt", "").startswith("Las cuatro secciones de Ventana")
    assert img.get("loading") == "lazy"
    candidates = [c.split() for c in source.get("srcset").split(", ")]
    assert [w for _, w in candidates] == ["480w", "960w"]
    page_dir = posixpath.dirname(PAGE)
    for url, width in candidates + [c.split() for c in img.get("srcset").split(", ")]:
        with Image.open(site.output / posixpath.normpath(posixpath.join(page_dir, url))) as im:
            assert im.width == int(width[:-1])
    with Image.open(
        site.output / posixpath.normpath(posixpath.join(page_dir, img.get("src")))
    ) as im:
        assert (im.width, im.height) == (int(img.get("width")), int(img.get("height")))
        assert im.format == "PNG"
