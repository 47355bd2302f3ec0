"""publishconf.py: the form sends every change to GitLab as a merge request for review."""

from __future__ import annotations

import yaml
from cms_admin import settings
from cms_admin.config import build_config, dump
from pelican.settings import read_settings

from tests.sitebuild import ROOT


def publish_settings(monkeypatch, **env) -> dict:
    """publishconf.py read as Pelican reads it, with only these VENTANA_CMS_* variables."""
    for name in ("HOST", "REPO", "API", "AUTH", "APP_ID"):
        monkeypatch.delenv(f"VENTANA_CMS_{name}", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return read_settings(str(ROOT / "publishconf.py"))


def publish_config(monkeypatch, **env) -> dict:
    """config.yml as a build with publishconf.py writes it."""
    conf = publish_settings(monkeypatch, **env)
    merged = settings.read(conf)
    text = dump(build_config(merged, ROOT / "data" / "schema", conf["SITEURL"]))
    return yaml.safe_load(text)


def test_publish_settings_use_gitlab_with_the_editorial_workflow(monkeypatch):
    config = publish_config(monkeypatch)
    assert config["backend"]["name"] == "gitlab"
    assert config["publish_mode"] == "editorial_workflow"
    assert config["backend"]["branch"] == "main"
    assert config["backend"]["auth_type"] == "pkce"
    assert config["backend"]["api_root"] == "https://gitlab.com/api/v4"
    assert "local_backend" not in config  # production never talks to decap-server
    assert config["site_url"].startswith("https://")


def test_an_own_gitlab_server_is_set_from_the_environment(monkeypatch):
    config = publish_config(
        monkeypatch,
        VENTANA_CMS_HOST="gitlab",
        VENTANA_CMS_REPO="sesna/ventana-datos",
        VENTANA_CMS_API="https://gitlab.ejemplo.gob.mx/api/v4",
        VENTANA_CMS_AUTH="https://gitlab.ejemplo.gob.mx",
        VENTANA_CMS_APP_ID="abc123",
    )
    assert config["backend"] == {
        "name": "gitlab",
        "repo": "sesna/ventana-datos",
        "branch": "main",
        "api_root": "https://gitlab.ejemplo.gob.mx/api/v4",
        "base_url": "https://gitlab.ejemplo.gob.mx",
        "auth_type": "pkce",
        "app_id": "abc123",
    }
    assert config["publish_mode"] == "editorial_workflow"


def test_production_publishes_the_form_only_once_the_gitlab_app_id_is_set(monkeypatch):
    """Without the OAuth application's id nobody could sign in: /admin/ stays out."""
    assert settings.read(publish_settings(monkeypatch))["enabled"] is False
    blank = publish_settings(monkeypatch, VENTANA_CMS_APP_ID="  ")
    assert settings.read(blank)["enabled"] is False
    on = publish_settings(monkeypatch, VENTANA_CMS_APP_ID="abc123")
    assert settings.read(on)["enabled"] is True
    assert settings.read(on)["backend"]["app_id"] == "abc123"
