"""/admin/ loads the CMS, and nothing else of the site does."""

from __future__ import annotations

from cms_admin import vendor


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
