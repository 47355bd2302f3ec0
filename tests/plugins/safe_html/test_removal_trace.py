"""What the sanitizer removes leaves a trace the publish checks report with the source file."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html
from ventana_data.html import REMOVED_ATTR, removed_from, sanitize

CASES = [
    # (scenario, editor HTML, what the trace names)
    ("script", "<p>Hola</p><script>alert(1)</script>", ["<script>"]),
    ("handler", '<img src="x.png" alt="x" onerror="alert(1)">', ["onerror de <img>"]),
    ("js_link", '<a href="javascript:alert(1)">ver</a>', ["href de <a>"]),
    ("quote_break", '"><img src=x onerror=alert(1)>', ["onerror de <img>"]),
    ("svg", "<svg onload=alert(1)><circle/></svg>", ["<circle>", "<svg>"]),
    ("style", '<p style="color:red">rojo</p><style>p{}</style>', ["<style>", "style de <p>"]),
    ("iframe", '<iframe src="https://x.test/"></iframe>', ["<iframe>"]),
    ("allowed", "<p>Un <strong>texto</strong> con <a href='/estados/'>enlace</a>.</p>", []),
    ("table", "<table><tr><td>a</td></tr></table>", []),  # nh3 adds <tbody>: not a removal
    ("text", "a < b & c", []),
]


def trace_of(html) -> list[str]:
    wrapper = lxml_html.fragment_fromstring(str(html), create_parent="div")
    found = wrapper.xpath(f"//span[@{REMOVED_ATTR}]")
    assert len(found) <= 1
    return removed_from(found[0].get(REMOVED_ATTR)) if found else []


@pytest.mark.parametrize(("scenario", "html", "parts"), CASES, ids=[c[0] for c in CASES])
def test_trace_names_what_was_removed(scenario, html, parts):
    clean = sanitize(html)
    assert trace_of(clean) == parts
    if parts:
        span = lxml_html.fragment_fromstring(str(clean), create_parent="div")[-1]
        assert span.get("hidden") is not None and not span.text_content()


def test_sanitizing_twice_keeps_one_trace():
    once = sanitize('<p onclick="x">a</p><script>b</script>')
    assert sanitize(once) == once
    assert trace_of(sanitize(once + "<script>c</script>")) == ["<script>", "onclick de <p>"]


def test_trace_names_the_file_when_it_is_not_the_pages_own():
    clean = sanitize("<script>x</script>", source="content/states/jalisco.md")
    span = lxml_html.fragment_fromstring(str(clean), create_parent="div")[-1]
    assert span.get("data-ventana-source") == "content/states/jalisco.md"
    assert sanitize(clean) == clean  # a second pass keeps the file
