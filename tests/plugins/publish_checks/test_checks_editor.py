"""What editors get wrong: empty alt in content, unexplained acronyms, readability on prose."""

from __future__ import annotations

from checks_support import FIXTURES
from publish_checks.checker import Checker
from publish_checks.prose import is_furniture

HEAD = (
    '<!DOCTYPE html><html lang="es-MX"><head><meta charset="utf-8"><title>Prueba</title>'
    '</head><body><main id="contenido"><h1>Prueba</h1>'
)
PROSE = (
    "<p>La Secretaría Ejecutiva del Sistema Nacional Anticorrupción (SESNA) ayuda a las "
    "autoridades. Cada año publica datos sobre las denuncias. Las personas pueden revisar "
    "esos datos en línea. También puedes preguntar en tu estado. El comité vigila el uso "
    "del dinero público. Si ves algo raro, repórtalo sin dar tu nombre. Así todos cuidamos "
    "lo que es de todos.</p>"
)


def check(config, body: str):
    return Checker(config).check("index.html", (HEAD + body + "</main></body></html>").encode())


def rules(result) -> list[str]:
    return [f.rule for f in result.findings]


def test_markdown_image_without_alt_is_an_error_unless_marked_decorative(config):
    assert "img-alt-empty" in rules(check(config, '<p><img src="grafica.png" alt=""></p>'))
    marked = '<p><img class="decorativa" src="adorno.png" alt=""></p>'
    assert "img-alt-empty" not in rules(check(config, marked))
    in_link = '<p><a href="/x/"><img src="i.png" alt="">Ver más</a></p>'
    assert "img-alt-empty" not in rules(check(config, in_link))


def test_acronym_outside_the_glossary_is_flagged_with_a_glossary_hint(config):
    result = check(config, "<p>Según el IMCO, el capítulo IV trae datos en PDF.</p>")
    found = [f for f in result.findings if f.rule == "acronym-first-use"]
    assert [f.message.split()[2] for f in found] == ["IMCO"]  # not IV, not PDF
    assert "data/glossary.yaml" in found[0].hint


def test_acronym_expanded_in_parentheses_or_with_abbr_passes(config):
    for body in (
        "<p>El Instituto Mexicano para la Competitividad (IMCO) publicó datos. El IMCO dice.</p>",
        "<p>El IMCO (Instituto Mexicano para la Competitividad) publicó datos.</p>",
        '<p>El <abbr title="Instituto Mexicano para la Competitividad">IMCO</abbr> dice.</p>',
        "<p>LA LEY GENERAL DEL SISTEMA NACIONAL ANTICORRUPCIÓN ES DE TODOS.</p>",
    ):
        assert "acronym-first-use" not in rules(check(config, body)), body


def test_expansion_in_parentheses_counts_as_one_word(config):
    expanded = check(config, PROSE).readability[0]
    full = PROSE[3 : PROSE.index(")") + 1]
    assert full.startswith("La Secretaría") and full.endswith("(SESNA)")
    short = check(config, PROSE.replace(full, "La SESNA")).readability[0]
    assert expanded.words == short.words
    assert expanded.scores == short.scores


def test_template_lines_are_not_the_editors_prose(config):
    furniture = (
        '<p class="vt-meta">Publicado el <time datetime="2026-12-01">01/12/2026</time></p>'
        "<p>Última actualización: 01/12/2026</p><p>Por Ana López Pérez</p>"
    )
    result = check(config, furniture + PROSE)
    assert result.readability[0].words == check(config, PROSE).readability[0].words
    assert not any("2026" in s for s in result.readability[0].hardest)
    assert is_furniture("Publicado el 1 de diciembre de 2026")
    assert not is_furniture("Por eso, las personas pueden denunciar en línea.")


def test_acronym_fixture_flags_only_the_unknown_acronym(config):
    result = Checker(config).check("index.html", (FIXTURES / "acronym_unknown.html").read_bytes())
    found = [f.message for f in result.findings if f.rule == "acronym-first-use"]
    assert len(found) == 1 and "IMCO" in found[0]
