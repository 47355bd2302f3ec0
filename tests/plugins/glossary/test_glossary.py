"""The glossary plugin in a mini-build: a tiny site with one page that lists the terms.

Pelican runs in a child process (as ``invoke build`` does), so the plugin's signals
never stay connected to other tests' in-process builds.
"""

from __future__ import annotations

import subprocess

from tests.sitebuild import ROOT, run_pelican

PAGE_TEMPLATE = """<ul>{% for t in GLOSSARY_TERMS %}<li id="{{ t.id }}">{{ t.sigla }}: \
{{ t.nombre }}</li>{% endfor %}</ul><p>{{ glossary["SNA"].nombre }}</p>"""

GOOD = """terminos:
  - sigla: SNA
    nombre: Sistema Nacional Anticorrupción
    definicion: Es la forma en que se coordinan las autoridades de todo el país.
  - sigla: S.N.A.
    nombre: Sigla con puntos para la prueba
    definicion: Una sigla escrita con puntos, para ver el ancla que le toca.
  - sigla: CPC
    nombre: Comité de Participación Ciudadana
    definicion: Son cinco personas de la sociedad que vigilan el sistema.
    id: comite-ciudadano
"""

DUPLICATE = """terminos:
  - sigla: SNA
    nombre: Sistema Nacional Anticorrupción
    definicion: Es la forma en que se coordinan las autoridades de todo el país.
  - sigla: sna
    nombre: Otra vez la misma sigla
    definicion: La misma sigla en minúsculas cuenta como repetida.
"""


def mini_build(tmp_path, glossary: str, extra: dict | None = None) -> subprocess.CompletedProcess:
    """Write a tiny site around ``glossary`` and build it."""
    (tmp_path / "content" / "pages").mkdir(parents=True)
    (tmp_path / "content" / "pages" / "glosario.md").write_text(
        "---\ntitle: Glosario\nslug: glosario\n---\n\nLas siglas.\n", encoding="utf-8"
    )
    (tmp_path / "data" / "schema").mkdir(parents=True)
    (tmp_path / "data" / "schema" / "glossary.schema.json").write_bytes(
        (ROOT / "data" / "schema" / "glossary.schema.json").read_bytes()
    )
    (tmp_path / "data" / "glossary.yaml").write_text(glossary, encoding="utf-8")
    (tmp_path / "theme" / "templates").mkdir(parents=True)
    (tmp_path / "theme" / "templates" / "page.html").write_text(PAGE_TEMPLATE, encoding="utf-8")
    settings = {
        "PATH": "content",
        "THEME": "theme",
        "DATA_PATH": str(tmp_path / "data"),
        "PAGE_PATHS": ["pages"],
        "ARTICLE_PATHS": [],
        "PAGE_URL": "{slug}/",
        "PAGE_SAVE_AS": "{slug}/index.html",
        "DIRECT_TEMPLATES": [],
        "PLUGIN_PATHS": [str(ROOT / "plugins")],
        "PLUGINS": ["pelican.plugins.yaml_metadata", "glossary"],
        "CACHE_CONTENT": False,
        "JINJA_ENVIRONMENT": {"autoescape": True},
        **(extra or {}),
    }
    conf = "".join(f"{key} = {value!r}\n" for key, value in settings.items())
    (tmp_path / "pelicanconf.py").write_text(conf, encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT / "plugins")}
    return run_pelican(tmp_path, tmp_path / "output", extra_env=env)


def test_terms_are_sorted_by_acronym_with_their_anchors(tmp_path):
    result = mini_build(tmp_path, GOOD)
    assert result.returncode == 0, result.stderr[-2000:]
    html = (tmp_path / "output" / "glosario" / "index.html").read_text(encoding="utf-8")
    assert html.index(">CPC:") < html.index(">S.N.A.:") < html.index(">SNA:")
    assert '<li id="comite-ciudadano">CPC:' in html  # an id written by the editor wins
    assert '<li id="sna">SNA:' in html
    assert '<li id="sna">S.N.A.:' in html  # the same anchor the glossary page always made
    assert "<p>Sistema Nacional Anticorrupción</p>" in html  # glossary: the terms by acronym


def test_a_repeated_acronym_stops_the_build_with_file_and_line(tmp_path):
    result = mini_build(tmp_path, DUPLICATE)
    assert result.returncode == 1
    text = result.stderr
    assert "data/glossary.yaml:5:" in text
    assert "terminos[2].sigla: la sigla 'sna' ya está definida." in text
    assert not (tmp_path / "output" / "glosario").exists()


def test_a_schema_mistake_names_the_field(tmp_path):
    broken = GOOD.replace("    nombre: Comité", "    nombr: Comité")
    result = mini_build(tmp_path, broken)
    assert result.returncode == 1
    assert "¿Quisiste decir 'nombre'?" in result.stderr


def test_a_settings_typo_is_one_spanish_line(tmp_path):
    result = mini_build(tmp_path, GOOD, {"GLOSSARY": {"sourse": "otro.yaml"}})
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if "GLOSSARY" in line]
    assert len(lines) == 1, result.stderr
    text = lines[0]
    assert "GLOSSARY" in text and "'sourse'" in text and "source" in text
