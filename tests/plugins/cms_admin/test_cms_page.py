"""/admin/ loads the CMS, and nothing else of the site does."""

from __future__ import annotations

import gzip
import json

from cms_admin import vendor

PAGEFIND_HEADER = b"pagefind_dcd"


def test_admin_page_is_noindex_with_its_own_policy_and_no_search_body(site):
    html = site.text("admin/index.html")
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "Content-Security-Policy" in html and "unsafe-eval" in html
    assert "data-pagefind-body" not in html
    assert 'src="vendor/decap-cms/decap-cms.js"' in html
    assert "http" not in html.split("<body>")[1].split("</body>")[0]  # no CDN


def test_no_public_page_loads_the_cms_and_the_sitemap_leaves_it_out(site):
    for page in site.pages:
        text = page.read_text(encoding="utf-8")
        assert "decap-cms" not in text and "ventana-cms.js" not in text, site.rel(page)
    sitemap = (site.output / "sitemap.xml").read_text(encoding="utf-8")
    assert "/admin" not in sitemap


def test_vendored_bundle_matches_its_checksums_and_is_copied(site):
    assert vendor.mismatches() == []
    assert (site.output / "admin" / "vendor" / "decap-cms" / "decap-cms.js").stat().st_size == (
        vendor.bundle_size()
    )


def indexed_urls(site) -> set[str]:
    """The address of every page in the built search index (Pagefind's gzipped fragments)."""
    urls = set()
    for fragment in (site.output / "pagefind" / "fragment").iterdir():
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(PAGEFIND_HEADER), fragment.name
        urls.add(json.loads(data[len(PAGEFIND_HEADER) :])["url"])
    return urls


def test_the_search_index_holds_public_pages_and_never_the_form(site):
    urls = indexed_urls(site)
    assert "/estados/jalisco/" in urls
    assert not [u for u in urls if u.startswith("/admin")]


def test_no_public_page_links_to_the_form(site):
    for page in site.pages:
        hrefs = site.tree(site.rel(page)).xpath("//a/@href")
        assert not [h for h in hrefs if "admin/" in h], site.rel(page)
