"""Each editor mistake gives a Spanish message at the right line (issue 3, section 3)."""

from __future__ import annotations

import pytest
from state_snapshots.cli import main
from states_support import TODAY, data_copy

FILE = "data/states/aguascalientes.yaml"

# fixture, "file:line:col: field", words the message must contain
CASES = [
    (
        "wrong_type",
        f"{FILE}:30:29: instituciones.comite_participacion_ciudadana.integrantes_designados",
        ["el valor no es del tipo correcto", "un número entero", "el texto «tres»"],
    ),
    (
        "unknown_key",
        f"{FILE}:64:1: comentarios",
        ["la clave 'comentarios' no se reconoce", "Borra la clave"],
    ),
    (
        "misspelled_key",
        f"{FILE}:35:5: instituciones.comite_coordinador.fecha_instalacon",
        ["no se reconoce", "¿Quisiste decir 'fecha_instalacion'?"],
    ),
    (
        "bad_date",
        f"{FILE}:11:16: corte.fecha_corte",
        ["el formato no es válido", "AAAA-MM-DD", "«31/10/2026»"],
    ),
    (
        "impossible_date",
        f"{FILE}:11:16: corte.fecha_corte",
        ["la fecha no existe en el calendario", "2026-02-30"],
    ),
    (
        "future_date",
        f"{FILE}:35:24: instituciones.comite_coordinador.fecha_instalacion",
        ["la fecha está en el futuro", f"anterior a hoy ({TODAY})", "2027-03-01"],
    ),
    (
        "missing_source",
        f"{FILE}:37:13: instituciones.comite_coordinador.fuente",
        ["la fuente 'informe-2024' no está en la lista «fuentes»", "¿Quisiste decir 'informe'?"],
    ),
    (
        "status_without_source",
        f"{FILE}:29:13: instituciones.comite_participacion_ciudadana.estado",
        ["falta la fuente", "'en_proceso'", "Solo 'no_iniciado' puede ir sin fuente"],
    ),
    (
        "count_above_total",
        f"{FILE}:30:29: instituciones.comite_participacion_ciudadana.integrantes_designados",
        ["es mayor que 'integrantes_requeridos'", "menor o igual a 5", "el número 7"],
    ),
    ("tab_indentation", f"{FILE}:15:1:", ["tabulador", "solo acepta espacios"]),
    (
        "duplicate_key",
        f"{FILE}:37:5: instituciones.comite_coordinador.estado",
        ["la clave 'estado' está repetida (ya aparece en la línea 34)"],
    ),
    (
        "slug_mismatch",
        f"{FILE}:6:9: entidad.slug",
        ["el slug no coincide con el nombre del archivo", "'aguascalientes'", "'aguas-calientes'"],
    ),
    (
        "duplicate_clave",
        f"{FILE}:4:16: entidad.clave_inegi",
        ['la clave del INEGI "14" ya la usa otro archivo: jalisco.yaml'],
    ),
    (
        "javascript_url",
        f"{FILE}:72:10: fuentes[2].url",
        ["la dirección no empieza con https:// ni http://", "https://", "'javascript:alert(1)'"],
    ),
    (
        "figure_without_source",
        f"{FILE}:56:27: plataforma_digital.municipios_registrados",
        ["la cifra 'municipios_registrados' (2) no tiene fuente", "«Sin fuente»"],
    ),
    (
        "figure_in_unstarted_step",
        f"{FILE}:50:63: plataforma_digital.sistemas.s1_declaraciones.entes_conectados",
        ["la cifra 'entes_conectados' (3) no tiene fuente", "aunque el paso no haya iniciado"],
    ),
    (
        "hand_typed_count",
        f"{FILE}:64:10: resumen",
        ["el texto repite una cifra que el sitio calcula («una de las siete»)", "Borra la cifra"],
    ),
    ("unclosed_quote", f"{FILE}:5:11:", ["unas comillas se abrieron y no se cerraron"]),
    (
        "bad_status",
        f"{FILE}:29:13: instituciones.comite_participacion_ciudadana.estado",
        ["no es uno de los permitidos", "¿Quisiste decir 'en_proceso'?"],
    ),
]


def run(data, capsys) -> tuple[int, str]:
    code = main(["validate", "--data", str(data), "--today", TODAY, "--no-cache"])
    return code, capsys.readouterr().out


@pytest.mark.parametrize(("fixture", "where", "words"), CASES, ids=[c[0] for c in CASES])
def test_mistake_is_reported_at_its_line(tmp_path, capsys, fixture, where, words):
    code, out = run(data_copy(tmp_path, fixture), capsys)
    assert code == 1
    assert "Se encontró 1 error" in out, out
    line = next((ln for ln in out.splitlines() if ln.startswith(where)), None)
    assert line is not None, f"no line starts with {where!r}:\n{out}"
    block = out[out.index(line) :]
    for word in words:
        assert word in block, f"{word!r} missing:\n{out}"


def test_valid_minimal_file_passes(tmp_path, capsys):
    code, out = run(data_copy(tmp_path, "valid_minimal"), capsys)
    assert (code, out.strip()) == (0, "Datos válidos: 32 estados.")


def test_template_is_a_valid_file(tmp_path, capsys):
    data = data_copy(tmp_path)
    (data / "states" / "jalisco.yaml").write_text(
        (data / "states" / "_plantilla.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert run(data, capsys) == (0, "Datos válidos: 32 estados.\n")


def test_missing_state_is_named(tmp_path, capsys):
    code, out = run(data_copy(tmp_path, remove=("zacatecas",)), capsys)
    assert code == 1
    assert "data/states/zacatecas.yaml:1:1: falta el archivo de Zacatecas." in out
    assert "Copia data/states/_plantilla.yaml como zacatecas.yaml" in out


def test_all_errors_of_all_files_at_once(tmp_path, capsys):
    data = data_copy(tmp_path, "future_date")
    (data / "states" / "jalisco.yaml").write_text(
        (data / "states" / "jalisco.yaml")
        .read_text(encoding="utf-8")
        .replace("slug: jalisco", "slug: jal"),
        encoding="utf-8",
    )
    (data / "states" / "colima.yaml").unlink()
    code, out = run(data, capsys)
    assert code == 1
    assert "Se encontraron 3 errores en los datos de los estados (3 archivos)" in out
    assert "aguascalientes.yaml:35:24" in out
    assert "jalisco.yaml:9:9: entidad.slug" in out
    assert "colima.yaml:1:1: falta el archivo de Colima" in out


def test_unknown_file_name_is_rejected(tmp_path, capsys):
    data = data_copy(tmp_path)
    (data / "states" / "atlantida.yaml").write_text(
        (data / "states" / "jalisco.yaml").read_text(encoding="utf-8").replace('"14"', '"33"'),
        encoding="utf-8",
    )
    code, out = run(data, capsys)
    assert code == 1
    assert "data/states/atlantida.yaml:" in out
    assert "«atlantida.yaml» no corresponde a ningún estado" in out or "clave_inegi" in out


def test_hostile_name_is_a_validation_error(tmp_path, capsys):
    data = data_copy(tmp_path, "valid_minimal")
    path = data / "states" / "aguascalientes.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "nombre: Aguascalientes", "nombre: '<script>alert(\"x\")</script>'"
        ),
        encoding="utf-8",
    )
    code, out = run(data, capsys)
    assert code == 1
    assert f"{FILE}:5:11: entidad.nombre: el nombre no es el del estado de este archivo." in out


def test_a_broken_file_stops_the_build_and_leaves_output_untouched(project_copy):
    from tests.sitebuild import build

    output = project_copy / "output"
    output.mkdir()
    marker = output / "index.html"
    marker.write_text("versión anterior", encoding="utf-8")
    fixture = data_copy(project_copy.parent / "fixture", "count_above_total")
    (project_copy / "data" / "states" / "aguascalientes.yaml").write_bytes(
        (fixture / "states" / "aguascalientes.yaml").read_bytes()
    )
    site = build(project_copy, output)
    assert site.result.returncode == 1
    err = " ".join(site.result.stderr.split())
    assert (
        "data/states/aguascalientes.yaml:30:29: "
        "instituciones.comite_participacion_ciudadana.integrantes_designados"
    ) in err
    assert "No se generó ninguna página" in err
    assert marker.read_text(encoding="utf-8") == "versión anterior"
    assert sorted(p.name for p in output.iterdir()) == ["index.html"]


def test_six_mistakes_in_one_file_come_out_in_one_run(tmp_path, capsys):
    """Tab, unclosed quote, misspelled key, impossible date, bad status, missing source."""
    code, out = run(data_copy(tmp_path, "six_mistakes"), capsys)
    assert code == 1
    for where, words in [
        (f"{FILE}:5:1:", "tabulador"),
        (f"{FILE}:9:13:", "comillas se abrieron y no se cerraron"),
        (f"{FILE}:12:3: corte.ultima_actualizacon:", "¿Quisiste decir 'ultima_actualizacion'?"),
        (f"{FILE}:16:24: marco_normativo.reforma_constitucional.fecha_publicacion:", "no existe"),
        (f"{FILE}:29:13: instituciones.comite_participacion_ciudadana.estado:", "en_proceso"),
        (f"{FILE}:29:13: instituciones.comite_participacion_ciudadana.estado:", "fuente"),
    ]:
        blocks = [b for b in out.split("\n\n") if b.startswith(where) and words in b]
        assert blocks, f"{where} {words!r} missing:\n{out}"
    assert "Puede haber más errores" not in out  # nothing stopped the reading


def test_a_syntax_error_that_stops_the_file_says_more_may_follow(tmp_path, capsys):
    data = data_copy(tmp_path, "valid_minimal")
    path = data / "states" / "aguascalientes.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("siglas: SEP", "siglas: [SEP"), encoding="utf-8"
    )
    code, out = run(data, capsys)
    assert code == 1
    assert f"{FILE}:10:" in out, out
    assert "una lista [ ] o un grupo { } no se cerró" in out, out
    assert "Puede haber más errores en este archivo: aparecerán cuando corrijas este." in out
