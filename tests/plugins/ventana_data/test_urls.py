"""Every URL an editor or liaison writes is checked, in one place, with file and line."""

from __future__ import annotations

import pytest
from ventana_data.urls import markdown_link_errors, url_problem

from tests.sitebuild import build, run_task


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gob.mx/sesna",
        "http://example.org/a?b=1#c",
        "mailto:contacto@example.org",
        "tel:+525500000000",
        "estados/",
        "/estados/jalisco/",
        "#seccion",
        "../imagen.png",
        "{filename}/pages/acerca.md#sesna",
    ],
)
def test_allowed_urls(url):
    assert url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("javascript:alert(1)", "«javascript:»"),
        ("JaVaScRiPt:alert(1)", "«javascript:»"),
        ("data:text/html,<script>", "comillas u otros caracteres"),
        ("data:image/png;base64,AAAA", "«data:»"),
        ("vbscript:msgbox", "«vbscript:»"),
        ("file:///etc/passwd", "«file:»"),
        ("java\tscript:alert(1)", "caracteres"),
        ("\x00javascript:alert(1)", "caracteres"),
        ('https://example.org/" onmouseover="alert(1)', "comillas"),
        ("https://example.org/a b", "espacios"),
        ("//evil.example/x.js", "no dice el esquema"),
        ("https:///sin-dominio", "dominio"),
    ],
)
def test_refused_urls(url, words):
    assert words in url_problem(url)


def test_markdown_links_and_images_are_found_at_their_lines():
    text = (
        "Texto.\n\n"
        "Ver [esto](javascript:alert(1)).\n\n"
        "![foto](data:image/png;base64,AAA)\n\n"
        "[ref]: vbscript:x\n\n"
        "Usa [ref], <a href='file:///x'>esto</a> y [bien](https://example.org).\n"
    )
    errors = markdown_link_errors(text, "content/pages/x.md", first_line=5)
    found = sorted((e.line, e.field, e.found) for e in errors)
    assert found == [
        (7, "enlace", "'javascript:alert(1)'"),
        (9, "imagen", "'data:image/png;base64,AAA'"),
        (11, "enlace", "'vbscript:x'"),
        (13, "enlace", "'file:///x'"),
    ]


# A body whose links are all plain inline ones skips rendering; each of these must not.
SHORTCUT_CASES = [
    "Ver [esto](javascript:alert(1)) y [otro](/estados/).",
    "Ver [vacío]() y [bien](/estados/).",
    "Ver [esto](//evil.example/x).",
    "Ver [esto](https:///sin-dominio).",
    "Ver [esto](java&#115;cript:alert).",
    "Ver [esto](<javascript:x>).",
    "Ver [esto](/a b).",
    "Ver [esto](/estados/ 'título') y [mal](data:x).",
    "Ver [esto](/estados/){: href='javascript:x'}.",
    'Ver [esto]({filename}/a.md){: href="javascript:x" }.',
    "Ver [esto][r].\n\n[r]: javascript:x",
    "Ver [esto](/estados/)\n\n    [r]: javascript:x\n\n[y][r]",
    "Ver [esto](\\javascript:x).",
    "Ver <javascript:x> y [bien](/estados/).",
    "Ver [esto](mailto:alguien@example.org) y [mal](tel:+52 55).",
    "Ver [esto](https://example.org:8080/x?a=1#b) y ![foto]({static}/images/x.png).",
    "Ver [esto](HTTPS://example.org) y [mal](vbscript:x)",
]


@pytest.mark.parametrize("text", SHORTCUT_CASES)
def test_plain_links_shortcut_finds_what_markdown_finds(text):
    import markdown
    from ventana_data.urls import markdown_url_errors

    html = markdown.markdown(text, extensions=["markdown.extensions.extra"])
    rendered = markdown_url_errors(html, text, "x.md")
    shortcut = markdown_link_errors(text, "x.md")
    assert [e.found for e in shortcut] == [e.found for e in rendered]


def put(project, rel: str, old: str, new: str) -> None:
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, rel
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_every_kind_of_url_is_refused_in_one_run(project_copy):
    """One bad URL in each kind of file; build and validate both list them all."""
    state = "data/states/jalisco.yaml"
    put(
        project_copy,
        state,
        "url: https://example.org/ventana/jalisco/gaceta-congreso",
        """url: 'https://example.org/" onmouseover="alert(1)'""",
    )
    put(
        project_copy,
        "data/infographics/comite-participacion-ciudadana.yaml",
        "url: https://www.diputados.gob.mx/LeyesBiblio/pdf/LGSNA.pdf",
        "url: javascript:alert(1)",
    )
    put(project_copy, "content/pages/inicio.md", "url: estados/", "url: javascript:alert(1)")
    put(
        project_copy,
        "content/pages/acerca.md",
        "slug: acerca\n",
        "slug: acerca\nog_image: https://tracker.example/pixel.gif\n",
    )
    put(
        project_copy,
        "content/pages/acerca.md",
        "## Quién hace Ventana\n",
        "## Quién hace Ventana\n\n[Ganar](javascript:alert(1))\n",
    )
    news = sorted((project_copy / "content/news").glob("*.md"))[0]
    news.write_text(
        news.read_text(encoding="utf-8") + "\n![x](data:image/svg+xml;base64,PHN2Zz4=)\n",
        encoding="utf-8",
    )
    put(
        project_copy,
        "content/lessons/01-la-cartera-perdida.md",
        "actividad_en_familia: Platiquen",
        "actividad_en_familia: Lean [esto](vbscript:msgbox) y platiquen",
    )
    put(
        project_copy,
        "content/states/jalisco.md",
        "Esta ficha usa",
        "[Mira](javascript:alert(1)) Esta ficha usa",
    )
    expected = [
        f"{state}:166:10: fuentes[2].url: la dirección tiene espacios, comillas",
        "data/infographics/comite-participacion-ciudadana.yaml:10:10:",
        "usa el esquema «javascript:»",
        "content/pages/inicio.md:13:10: sections[2].url: la dirección usa el esquema «javascript:»",
        "content/pages/acerca.md:5:11: og_image: la imagen para redes sociales es de otro sitio",
        "content/pages/acerca.md:12:1: enlace: La dirección usa el esquema «javascript:»",
        f"content/news/{news.name}:",
        "imagen: La dirección usa el esquema «data:»",
        "content/lessons/01-la-cartera-perdida.md:134:1: actividad_en_familia: La dirección usa "
        "el esquema «vbscript:»",
        "content/states/jalisco.md:7:1: enlace: La dirección usa el esquema «javascript:»",
    ]
    for result in (
        run_task(project_copy, "validate"),
        build(project_copy, project_copy / "output").result,
    ):
        assert result.returncode == 1, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        missing = [line for line in expected if line not in result.stderr]
        assert missing == [], result.stderr
    assert not (project_copy / "output").exists()


def test_og_image_must_be_a_file_of_the_site(project_copy):
    put(
        project_copy,
        "content/pages/acerca.md",
        "slug: acerca\n",
        "slug: acerca\nog_image: images/no-existe.png\n",
    )
    result = run_task(project_copy, "validate")
    assert result.returncode == 1
    assert (
        "content/pages/acerca.md:5:11: og_image: la imagen para redes sociales no es un archivo"
        in result.stderr
    )


def test_og_image_of_the_site_passes(project_copy):
    put(
        project_copy,
        "content/pages/acerca.md",
        "slug: acerca\n",
        "slug: acerca\nog_image: images/ventana-secciones.png\n",
    )
    result = run_task(project_copy, "validate")
    assert result.returncode == 0, result.stderr
