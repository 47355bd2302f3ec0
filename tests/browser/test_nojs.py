"""With JavaScript off, every page reads and the main menu works (issue 7 §3)."""

from __future__ import annotations

import pytest

from tests.browser.browse import MIN_WORDS, readable
from tests.browser.pages import SHARD_PARAMS, shard

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("index", SHARD_PARAMS)
def test_every_page_reads_without_javascript(nojs_visitor, pages, index):
    problems = []
    for rel in shard(pages, index):
        visit = nojs_visitor.visit(rel)
        seen = readable(nojs_visitor.page)
        if visit.status != 200 or not seen["h1"] or seen["words"] < MIN_WORDS:
            problems.append(
                f"{rel}: sin JavaScript se ve título «{seen['h1']}» y "
                f"{seen['words']} palabras (respuesta {visit.status})"
            )
    assert not problems, "\n".join(problems)


def test_main_menu_works_without_javascript(nojs_visitor, pages):
    nojs_visitor.visit("index.html")
    page = nojs_visitor.page
    links = page.locator("nav.vt-nav a")
    labels = links.all_inner_texts()
    assert labels, "la página de inicio no tiene menú principal"
    problems = []
    for label in labels:
        nojs_visitor.visit("index.html")
        with page.expect_navigation() as navigation:
            page.locator("nav.vt-nav").get_by_role("link", name=label, exact=True).click()
        status = navigation.value.status if navigation.value else 0
        h1 = page.locator("h1")
        current = page.locator("nav.vt-nav a[aria-current='page']").all_inner_texts()
        if status != 200:
            problems.append(f"menú «{label}» lleva a {page.url}: respuesta {status}")
        elif h1.count() != 1 or not h1.inner_text().strip():
            problems.append(f"menú «{label}» lleva a {page.url} sin título h1")
        elif current != [label]:
            problems.append(f"menú «{label}»: en {page.url} el menú marca como actual {current}")
    assert not problems, "\n".join(problems)
