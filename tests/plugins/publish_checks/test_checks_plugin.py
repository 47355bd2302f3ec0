"""End to end with real Pelican: the finalized hook reports, and blocks with exit code 2."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from checks_support import FIXTURES, REPO
from pelican import Pelican
from pelican.settings import read_settings
from ventana_data import SettingsError

SITE = FIXTURES / "site"


def site_settings(project: Path, **checks) -> dict:
    return read_settings(
        override={
            "PATH": str(project / "content"),
            "OUTPUT_PATH": str(project / "output"),
            "THEME": str(project / "theme"),
            "DATA_PATH": str(project / "data"),
            "VENTANA_CACHE_PATH": str(project / ".cache" / "ventana"),
            "PLUGIN_PATHS": [str(REPO / "plugins")],
            "PLUGINS": ["publish_checks"],
            "PAGE_URL": "{slug}/",
            "PAGE_SAVE_AS": "{slug}/index.html",
            "DIRECT_TEMPLATES": [],
            "ARTICLE_PATHS": [],
            "PAGE_PATHS": ["pages"],
            "CATEGORY_SAVE_AS": "",
            "TAG_SAVE_AS": "",
            "AUTHOR_SAVE_AS": "",
            "FEED_ALL_ATOM": None,
            "CATEGORY_FEED_ATOM": None,
            "TRANSLATION_FEED_ATOM": None,
            "AUTHOR_FEED_ATOM": None,
            "AUTHOR_FEED_RSS": None,
            "RELATIVE_URLS": True,
            "SITEURL": "",
            "CACHE_CONTENT": False,
            "PUBLISH_CHECKS": checks,
        }
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(SITE, tmp_path / "site")
    return tmp_path / "site"


def test_finalized_hook_writes_reports_mapped_to_markdown(project):
    Pelican(site_settings(project)).run()
    data = json.loads((project / "reports" / "checks.json").read_text(encoding="utf-8"))
    by_rule = {f["rule"]: f for f in data["findings"]}
    assert by_rule["img-alt-missing"]["source"] == "content/pages/defecto.md"
    assert by_rule["img-alt-missing"]["line"] == 7
    assert by_rule["link-ambiguous"]["line"] == 9
    assert by_rule["link-ambiguous"]["page"] == "defecto/index.html"
    assert not [f for f in data["findings"] if f["source"] == "content/pages/limpia.md"]
    html = (project / "reports" / "checks.html").read_text(encoding="utf-8")
    assert "content/pages/defecto.md" in html
    assert not list((project / "output").rglob("checks.*"))
    # The pages name no source: the build saved the map next to the reports instead.
    assert "ventana:source" not in (project / "output" / "defecto" / "index.html").read_text()
    saved = json.loads((project / "reports" / "sources.json").read_text(encoding="utf-8"))
    assert saved["pages"]["defecto/index.html"] == "content/pages/defecto.md"


def test_fail_on_error_raises_exitcode_2(project):
    with pytest.raises(SystemExit) as caught:  # Pelican's CLI exits with it, no traceback
        Pelican(site_settings(project, fail_on_error=True)).run()
    assert caught.value.exitcode == 2 and caught.value.code == 2
    assert "Publicación bloqueada" in str(caught.value)


def test_clean_site_passes_with_fail_on_error(project):
    (project / "content" / "pages" / "defecto.md").unlink()
    (project / "content" / "pages" / "limpia.md").write_text(
        (project / "content" / "pages" / "limpia.md")
        .read_text(encoding="utf-8")
        .replace("[presentar una denuncia](../defecto/)", "presentar una denuncia"),
        encoding="utf-8",
    )
    Pelican(site_settings(project, fail_on_error=True)).run()
    data = json.loads((project / "reports" / "checks.json").read_text(encoding="utf-8"))
    assert data["summary"]["errors"] == 0


def test_unknown_setting_is_named_before_the_build(project):
    with pytest.raises(SettingsError, match="fail_on_eror"):
        Pelican(site_settings(project, fail_on_eror=True))


def test_pelican_command_exits_2_when_content_fails(project):
    settings = project / "conf.py"
    settings.write_text(
        "PATH = 'content'\nOUTPUT_PATH = 'output'\nTHEME = 'theme'\n"
        f"DATA_PATH = {str(project / 'data')!r}\nPLUGIN_PATHS = [{str(REPO / 'plugins')!r}]\n"
        "PLUGINS = ['publish_checks']\nPAGE_URL = '{slug}/'\nPAGE_SAVE_AS = '{slug}/index.html'\n"
        "DIRECT_TEMPLATES = []\nARTICLE_PATHS = []\nFEED_ALL_ATOM = None\n"
        "CATEGORY_FEED_ATOM = None\nRELATIVE_URLS = True\n"
        "PUBLISH_CHECKS = {'fail_on_error': True, 'cache': False}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "plugins")}
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "-s", str(settings)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2, result.stderr[-2000:]
