"""Editors' mistakes stop the build with a Spanish message, and output/ stays as it was."""

from __future__ import annotations

from tests.sitebuild import build


def snapshot(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_bad_glossary_gives_file_and_line_and_keeps_output(project_copy):
    output = project_copy / "output"
    output.mkdir()
    (output / "index.html").write_text("sitio anterior", encoding="utf-8")
    before = snapshot(output)
    glossary = project_copy / "data" / "glossary.yaml"
    glossary.write_text(
        "terminos:\n"
        "  - sigla: SNA\n"
        "    nombre: Sistema Nacional Anticorrupción\n"
        "    defincion: Una definición mal escrita que no se reconoce.\n",
        encoding="utf-8",
    )
    result = build(project_copy, output).result
    assert result.returncode != 0
    assert "data/glossary.yaml:4:5" in result.stderr
    assert "¿Quisiste decir 'definicion'?" in result.stderr
    assert "falta la clave obligatoria 'definicion'" in result.stderr
    assert snapshot(output) == before


def test_glossary_syntax_error_names_the_line(project_copy):
    glossary = project_copy / "data" / "glossary.yaml"
    glossary.write_text("terminos:\n  - sigla: SNA\n\tnombre: X\n", encoding="utf-8")
    result = build(project_copy, project_copy / "output").result
    assert result.returncode != 0
    assert "data/glossary.yaml:3:1" in result.stderr
    assert "tabulador" in result.stderr


def test_page_front_matter_mistakes_are_all_reported(project_copy):
    pages = project_copy / "content" / "pages"
    (pages / "nueva.md").write_text(
        "---\ntitle: Nueva página\nsumary: Resumen con la clave mal escrita.\n---\n\nTexto.\n",
        encoding="utf-8",
    )
    (pages / "otra.md").write_text(
        "---\ntitle: Otra\nsummary: Un resumen correcto y suficiente.\ndate: 2026-13-40\n---\n\n"
        "Ver [la página]({filename}/pages/no-existe.md).\n",
        encoding="utf-8",
    )
    result = build(project_copy, project_copy / "output").result
    assert result.returncode != 0
    err = result.stderr
    assert "content/pages/nueva.md:3:1: sumary: la clave 'sumary' no se reconoce." in err
    assert "¿Quisiste decir 'summary'?" in err
    assert "content/pages/otra.md:4:7: date: la fecha no existe en el calendario." in err
    assert "content/pages/otra.md:7:" in err and "no-existe.md" in err
    assert not (project_copy / "output").exists()


def test_mistakes_in_every_kind_of_file_come_out_in_one_run(project_copy):
    """Glossary, state, lesson, infographic and page: one build, one report, no output."""

    def break_file(rel: str, old: str, new: str) -> None:
        path = project_copy / rel
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    break_file("data/glossary.yaml", "    definicion:", "    defincion:")
    break_file("data/states/jalisco.yaml", "sample: true", "sample: tru")
    break_file("content/lessons/01-la-cartera-perdida.md", "duracion:", "duración:")
    break_file("data/infographics/avance-sistemas-locales.yaml", "titulo:", "titlo:")
    break_file("content/pages/acerca.md", "summary:", "sumary:")
    result = build(project_copy, project_copy / "output").result
    assert result.returncode == 1
    err = result.stderr
    for where in [
        "data/glossary.yaml:",
        "data/states/jalisco.yaml:4:9: sample:",
        "content/lessons/01-la-cartera-perdida.md:",
        "data/infographics/avance-sistemas",
        "content/pages/acerca.md:3:1: sumary:",
    ]:
        assert where in err, where
    assert "(5 archivos)" in err
    assert not (project_copy / "output").exists()
