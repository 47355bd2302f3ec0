"""Roles from HTML (html-aam) and ARIA's role table decide which ARIA attributes count."""

from __future__ import annotations

import pytest
from publish_checks.checker import Checker

PAGE = (
    '<!DOCTYPE html><html lang="es-MX"><head><meta charset="utf-8"><title>Prueba</title>'
    '</head><body><main id="contenido"><h1>Prueba</h1>{}</main></body></html>'
)


def fired(config, body: str) -> set[str]:
    result = Checker(config).check("index.html", PAGE.format(body).encode("utf-8"))
    return {f.rule for f in result.findings}


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ('<nav aria-label="Secciones" aria-checked="true"></nav>', True),  # navigation
        ('<p aria-expanded="true">Texto</p>', True),  # no role: global attributes only
        ('<nav aria-label="Secciones" aria-expanded="false"></nav>', False),
        ('<a href="/" aria-expanded="false">Menú</a>', False),  # link
        ('<a aria-pressed="true">Sin destino</a>', True),  # <a> without href has no role
        ('<h2 aria-level="2">Título</h2>', False),  # heading
        ('<ul><li aria-posinset="1" aria-setsize="2">Uno</li></ul>', False),
        ('<input type="checkbox" id="c" aria-checked="mixed"><label for="c">C</label>', False),
        ('<input type="text" id="t" aria-checked="true"><label for="t">T</label>', True),
        ('<select id="s" aria-multiselectable="true"><option>A</option></select>', True),
        ('<table><tr><td aria-sort="ascending">1</td></tr></table>', True),  # cell
        ('<table><tr><th aria-sort="ascending">A</th></tr></table>', False),  # columnheader
        ('<div role="none" aria-checked="true">x</div>', True),
        ('<svg aria-checked="true"></svg>', False),  # SVG roles are not html-aam's
        ('<p aria-required="false">Texto</p>', False),  # a harmless default is ignored
    ],
)
def test_the_implicit_role_decides_which_attributes_are_allowed(config, body, flagged):
    assert ("aria-attr-not-allowed" in fired(config, body)) is flagged


@pytest.mark.parametrize(
    ("body", "rule", "flagged"),
    [
        ('<div aria-label="Mapa"></div>', "aria-label-prohibited", True),
        ('<div aria-label="Mapa">Texto visible</div>', "aria-label-prohibited", False),
        ('<a aria-label="Ir"></a>', "aria-label-prohibited", True),
        ('<a href="/" aria-label="Ir"></a>', "aria-label-prohibited", False),
        ('<ul role="menu"><li>Uno</li></ul>', "aria-required-children", True),
        ('<div role="row"></div>', "aria-required-children", True),
        ('<div role="list"></div>', "aria-required-children", False),  # may be filled later
        ('<ul role="tablist"><li role="tab">Uno</li></ul>', "aria-required-children", False),
        ('<button role="heading">Uno</button>', "aria-role-not-allowed", True),
        ('<img src="a.png" alt="" role="button">', "aria-role-not-allowed", True),
        ('<img src="a.png" alt="Mapa" role="button">', "aria-role-not-allowed", False),
        ('<div role="button" tabindex="0">Uno</div>', "aria-role-not-allowed", False),
        (
            '<input type="radio" id="r" aria-checked="true"><label for="r">R</label>',
            "aria-state-conflict",
            True,
        ),
        ('<header><div role="main">x</div></header>', "landmark-top-level", True),
        ("<article><header>Nota</header></article>", "landmark-top-level", False),
    ],
)
def test_aria_structure_rules(config, body, rule, flagged):
    assert (rule in fired(config, body)) is flagged
