"""What ``invoke build`` and ``invoke publish`` show of Pelican: Spanish, no tracebacks.

Mini-builds of a tiny site (Pelican's own theme, no plugins) in a temporary folder, run
through the same ``run_pelican`` the tasks use.
"""

from __future__ import annotations

import io

from ventana_tasks.pelican_output import LOG, Translator, run_pelican

CONF = """\
PATH = "content"
THEME_TEMPLATES_OVERRIDES = ["overrides"]
TIMEZONE = "America/Mexico_City"
PLUGINS = []
FEED_ALL_ATOM = None
CACHE_CONTENT = False
"""


def tiny_site(tmp_path, page_meta="", override=None):
    (tmp_path / "pelicanconf.py").write_text(CONF, encoding="utf-8")
    (tmp_path / "content" / "pages").mkdir(parents=True)
    (tmp_path / "overrides").mkdir()
    (tmp_path / "plugins").mkdir()
    page = f"Title: Acerca\nSlug: acerca\n{page_meta}\nUn párrafo.\n"
    (tmp_path / "content" / "pages" / "acerca.md").write_text(page, encoding="utf-8")
    if override:
        (tmp_path / "overrides" / "page.html").write_text(override, encoding="utf-8")
    return tmp_path


def build(site, capsys):
    code, _ = run_pelican(site, ["-s", "pelicanconf.py", "-o", str(site / "output")])
    seen = capsys.readouterr()
    return code, seen.out + seen.err


def test_a_broken_template_stops_in_spanish_and_the_traceback_goes_to_reports(tmp_path, capsys):
    site = tiny_site(tmp_path, override="{% extends 'base.html' %}{{ page.title }")
    code, shown = build(site, capsys)
    assert code != 0
    assert "Traceback" not in shown and "CRITICAL" not in shown, shown
    assert (
        "overrides/page.html:1: La compilación se detuvo: una plantilla del tema está mal "
        "escrita (detalle: unexpected '}')." in shown
    ), shown
    assert f"quedó en {LOG}." in shown
    detail = (site / LOG).read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in detail and "TemplateSyntaxError" in detail


def test_pelican_messages_that_drop_a_page_are_spanish(tmp_path, capsys):
    code, shown = build(tiny_site(tmp_path, page_meta="Status: borrador"), capsys)
    assert code == 0
    assert "Unknown status" not in shown, shown
    assert "«status: borrador» no se reconoce (usa published, draft o hidden)" in shown, shown
    assert "Pelican terminó: 0 noticias y 0 páginas en" in shown
    assert not (tmp_path / LOG).exists()


def test_a_plain_python_traceback_is_summarised_at_its_file_and_line(tmp_path, capsys):
    """What Python itself prints on stderr when something fails outside Pelican's log."""
    (tmp_path / "plugins").mkdir()
    frame = tmp_path / "plugins" / "roto.py"
    out = io.StringIO()
    translator = Translator(tmp_path, out)
    for line in [
        "Traceback (most recent call last):",
        '  File "/usr/lib/python3.11/runpy.py", line 198, in _run_module_as_main',
        f'  File "{frame}", line 7, in register',
        "    open(path).read()",
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0",
        "",
        "Siguiente línea de un plugin.",
    ]:
        translator.feed(line + "\n")
    translator.finish()
    err = capsys.readouterr().err
    assert err.startswith(
        "plugins/roto.py:7: La compilación se detuvo: un archivo no está guardado en UTF-8"
    ), err
    assert "Traceback" not in err + out.getvalue()
    assert out.getvalue() == "Siguiente línea de un plugin.\n"  # the blank line stays in the log
    assert len(translator.blocks) == 1 and translator.blocks[0][0].startswith("Traceback")


def test_a_critical_line_without_traceback_is_still_shown(tmp_path, capsys):
    translator = Translator(tmp_path, io.StringIO())
    translator.feed("[02:31:21] CRITICAL ValueError: algo falló" + " " * 40 + "__init__.py:683\n")
    translator.finish()
    assert capsys.readouterr().err == "[02:31:21] CRITICAL ValueError: algo falló\n"
    assert translator.blocks == []
