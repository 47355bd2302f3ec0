"""Every plugin declares its settings in one table and reports a typo the same way."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest
from ventana_data import Option, SettingsError, read_settings

from tests.sitebuild import ROOT

# Every plugin with a settings table, found on disk so a new plugin is covered too.
PLUGINS = sorted(
    path.parent.name
    for path in (ROOT / "plugins").glob("*/settings.py")
    if path.parent.name != "ventana_data"
)


def typo_of(key: str) -> str:
    """The same slip for every plugin: the last letter of a real key typed twice."""
    return key + key[-1]


@pytest.mark.parametrize("plugin", PLUGINS)
def test_a_typo_gives_one_spanish_line_and_exit_1_in_every_plugin(tmp_path, plugin):
    module = importlib.import_module(f"{plugin}.settings")
    key = next(iter(module.OPTIONS))
    (tmp_path / "content").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "conf.py").write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT / 'plugins')!r})\n"
        "PATH = 'content'\nDATA_PATH = 'data'\n"
        f"PLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\nPLUGINS = [{plugin!r}]\n"
        f"{module.NAME} = {{{typo_of(key)!r}: 1}}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "-s", "conf.py", "-o", "output", "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    expected = (
        f"pelicanconf.py: {module.NAME}: la clave '{typo_of(key)}' no se reconoce. "
        f"¿Quisiste decir '{key}'? Claves permitidas: {', '.join(module.OPTIONS)}."
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [expected]
    assert "Traceback" not in result.stdout + result.stderr
    assert not (tmp_path / "output").exists()


def test_a_wrong_choice_says_what_was_expected_and_suggests_one():
    options = {"format": Option("xml", "Formato.", (str,), choices=("xml", "txt"))}
    with pytest.raises(SettingsError) as caught:
        read_settings({"SITEMAP": {"format": "xlm"}}, "SITEMAP", options)
    assert caught.value.code == 1
    assert str(caught.value) == (
        "pelicanconf.py: SITEMAP['format']: se esperaba uno de: 'xml', 'txt', "
        "pero se recibió 'xlm'. ¿Quisiste decir 'xml'?"
    )


def test_a_wrong_type_names_the_type_in_spanish():
    options = {"jobs": Option(0, "Procesos.", (int,))}
    with pytest.raises(SettingsError, match=r"se esperaba un número entero, pero se recibió True"):
        read_settings({"X": {"jobs": True}}, "X", options)


def test_a_setting_that_is_not_a_dict_is_refused():
    with pytest.raises(SettingsError, match=r"X debe ser un diccionario \{\.\.\.\}"):
        read_settings({"X": ["a"]}, "X", {"a": Option(1, "A.")})


@pytest.mark.parametrize("plugin", PLUGINS)
def test_every_option_has_a_doc_and_a_default_that_passes_its_own_check(plugin):
    module = importlib.import_module(f"{plugin}.settings")
    for key, option in module.OPTIONS.items():
        assert option.doc.endswith("."), f"{plugin}.{key} sin descripción"
        assert option.problem(option.default) is None, f"{plugin}.{key}: el valor por omisión"
