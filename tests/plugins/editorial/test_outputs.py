"""What the build would refuse, `invoke validate` refuses first, and output/ stays as it was.

Each case writes one bad page into a copy of the real site, then runs the real build
and `invoke validate` on it: both must stop with the same Spanish message (file, line,
field) and leave the previous output/ untouched.
"""

from __future__ import annotations

import pytest

from tests.sitebuild import build, run_task
from tests.test_errors import snapshot

HEADER = "---\ntitle: {title}\nsummary: Un resumen correcto y suficiente para esta página.\n"
LONG_SLUG = "a" * 300


def validate(project):
    return run_task(project, "validate", timeout=300)


CASES = {
    "slug_300_characters": (
        "pages/larga.md",
        f"slug: {LONG_SLUG}\n",
        [
            "content/pages/larga.md:4:7: slug: la longitud no es la permitida.",
            "como máximo 80 caracteres",
        ],
    ),
    "save_as_outside_output": (
        "pages/fuera.md",
        "save_as: ../../x.html\nurl: ../../x.html\n",
        [
            "content/pages/fuera.md:4:10: save_as: sale de la carpeta del sitio",
            "content/pages/fuera.md:5:6: url: sale de la carpeta del sitio",
        ],
    ),
    "save_as_absolute": (
        "pages/absoluta.md",
        "save_as: /tmp/x.html\nurl: /tmp/x.html\n",
        ["content/pages/absoluta.md:4:10: save_as: es una ruta absoluta"],
    ),
    "save_as_empty": (
        "pages/vacia.md",
        'save_as: ""\nurl: ""\n',
        ["content/pages/vacia.md:4:10: save_as: está vacío, así que la página no se escribiría."],
    ),
    "duplicate_slug": (
        "pages/doble.md",
        "slug: acerca\n",
        [
            "content/pages/doble.md:4:1: slug: esta página se escribiría en acerca/index.html, "
            "el mismo archivo que content/pages/acerca.md (línea 4)."
        ],
    ),
    "page_on_the_news_index": (
        "pages/portada-noticias.md",
        "save_as: noticias/index.html\nurl: noticias/\n",
        ["content/pages/portada-noticias.md:4:1: save_as: esta página se escribiría en "],
    ),
    "page_on_the_states_overview": (
        "pages/estados.md",
        "slug: estados\n",
        [
            "content/pages/estados.md:4:1: slug: esta página se escribiría en "
            "estados/index.html, un archivo que el sitio genera a partir de data/states/."
        ],
    ),
    "page_on_a_lesson": (
        "news/2026-12-01-leccion.md",
        "date: 2026-12-01\nsave_as: escuela-de-heroes/la-cartera-perdida/index.html\n"
        "url: escuela-de-heroes/la-cartera-perdida/\n",
        [
            "content/news/2026-12-01-leccion.md:5:1: save_as: esta página se escribiría en "
            "escuela-de-heroes/la-cartera-perdida/index.html, un archivo que el sitio "
            "genera a partir de content/lessons/01-la-cartera-perdida.md."
        ],
    ),
    "url_and_save_as_disagree": (
        "pages/desigual.md",
        "save_as: uno/index.html\nurl: otro/\n",
        ["content/pages/desigual.md:5:6: url: «url» no coincide con «save_as»"],
    ),
    "news_without_date": (
        "news/sin-fecha.md",
        "",
        ["content/news/sin-fecha.md:2:1: falta la clave obligatoria 'date'"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_build_and_validate_refuse_it_before_writing(project_copy, case):
    rel, extra, expected = CASES[case]
    page = project_copy / "content" / rel
    page.write_text(HEADER.format(title=case) + extra + "---\n\nTexto.\n", encoding="utf-8")
    output = project_copy / "output"
    output.mkdir()
    (output / "index.html").write_text("sitio anterior", encoding="utf-8")
    before = snapshot(output)

    built = build(project_copy, output).result
    checked = validate(project_copy)

    for result in (built, checked):
        assert result.returncode == 1, result.stdout + result.stderr
        for line in expected:
            assert line in result.stderr
        assert "Traceback" not in result.stderr
        assert "No se generó ninguna página" in result.stderr
    assert snapshot(output) == before


def test_a_page_pelican_drops_is_an_error(project_copy):
    """Whatever makes Pelican skip a file (here an HTML page with no title) stops the build."""
    page = project_copy / "content" / "pages" / "suelta.html"
    page.write_text("<html><body><p>Una página sin título.</p></body></html>\n", encoding="utf-8")
    output = project_copy / "output"
    for result in (build(project_copy, output).result, validate(project_copy)):
        assert result.returncode == 1
        assert "content/pages/suelta.html:1:1: Pelican no pudo usar este archivo" in result.stderr
    assert not output.exists()
