"""Every page carries the site's Content-Security-Policy; only local builds allow livereload."""

from __future__ import annotations

from pelican.settings import read_settings
from safe_html.safe_html import content_security_policy
from ventana_data import csp

from tests.sitebuild import ROOT

NEEDED = ("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'self'")


def test_the_policy_has_what_the_issue_asks_and_nothing_unsafe():
    text = csp.policy()
    for directive in NEEDED:
        assert directive in text
    assert csp.weaknesses(text) == []
    assert "'unsafe-inline'" not in text and "'unsafe-eval'" not in text


def test_weaknesses_are_named():
    found = csp.weaknesses("default-src *; script-src 'self' 'unsafe-inline' https://x.test")
    assert "default-src permite *" in found
    assert "script-src permite 'unsafe-inline' https://x.test" in found
    assert "falta «object-src 'none'»" in found and "falta «base-uri 'self'»" in found


def test_inline_scripts_are_allowed_by_hash_only():
    # Known value: printf %s "alert(1)" | openssl dgst -sha256 -binary | base64
    assert csp.source_hash("alert(1)") == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
    text = csp.policy(script_hashes=[csp.source_hash("alert(1)")])
    assert csp.source_hash("alert(1)") in csp.script_sources(csp.parse(text))
    assert csp.weaknesses(text) == []


def test_livereload_is_allowed_locally_and_never_in_production():
    local = read_settings(str(ROOT / "pelicanconf.py"))
    production = read_settings(str(ROOT / "publishconf.py"))
    livereload = csp.source_hash(csp.LIVERELOAD_SCRIPT)
    assert livereload in content_security_policy(local)
    assert "sha256" not in content_security_policy(production)


def test_iframe_hosts_are_the_only_other_frames():
    text = csp.policy(iframe_hosts=["www.youtube-nocookie.com"])
    assert csp.parse(text)["frame-src"] == ("'self'", "https://www.youtube-nocookie.com")


def test_every_built_page_starts_with_the_policy(site):
    for page in site.pages:
        rel = site.rel(page)
        head = site.tree(rel).find("head")
        first = [el for el in head if isinstance(el.tag, str)][:2]
        assert first[0].get("charset") == "utf-8", rel
        assert first[1].get("http-equiv") == "Content-Security-Policy", rel
        assert csp.weaknesses(first[1].get("content")) == [], rel
