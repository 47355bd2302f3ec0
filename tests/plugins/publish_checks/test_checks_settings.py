"""Settings validated up front, thresholds by audience, and readability overrides."""

from __future__ import annotations

import pytest
from checks_support import FIXTURES
from publish_checks import settings
from publish_checks.checker import Checker
from publish_checks.errors import ConfigurationError
from ventana_data import SettingsError


def test_unknown_keys_are_named():
    with pytest.raises(SettingsError, match="colour_pairs"):
        settings.validate({"colour_pairs": []})


def test_wrong_type_says_expected_and_received():
    with pytest.raises(SettingsError, match=r"jobs.*número entero.*'dos'"):
        settings.validate({"jobs": "dos"})


def test_report_inside_output_is_refused(tmp_path):
    pelican_settings = {
        "OUTPUT_PATH": str(tmp_path / "output"),
        "DATA_PATH": str(tmp_path / "data"),
        "PUBLISH_CHECKS": {"html_report": "output/checks.html"},
    }
    with pytest.raises(SettingsError, match="carpeta publicada"):
        settings.from_pelican(pelican_settings)


def test_defaults_follow_data_path_and_siteurl(tmp_path):
    config = settings.from_pelican(
        {
            "OUTPUT_PATH": str(tmp_path / "output"),
            "DATA_PATH": str(tmp_path / "data"),
            "VENTANA_CACHE_PATH": str(tmp_path / ".cache" / "ventana"),
            "SITEURL": "https://www.ventana.test",
        }
    )
    assert config.glossary == tmp_path / "data" / "glossary.yaml"
    assert config.plain_language == tmp_path / "data" / "plain_language.yaml"
    assert config.json_report == tmp_path / "reports" / "checks.json"
    assert config.cache_dir == tmp_path / ".cache" / "ventana" / "publish_checks"
    assert config.siteurl == "https://www.ventana.test"


def test_unknown_disabled_rule_is_a_configuration_error(tmp_path):
    config = settings.from_options({"disable": ["img-alt-falta"], "cache": False}, tmp_path)
    with pytest.raises(ConfigurationError, match="img-alt-falta"):
        Checker(config)


def test_lowered_threshold_with_reason_is_applied_and_reported(config):
    result = Checker(config).check("p.html", (FIXTURES / "readability_lowered.html").read_bytes())
    assert "readability-min" not in [f.rule for f in result.findings]
    (section,) = result.readability
    assert section.threshold == 50
    assert section.threshold_reason.startswith("Cita textual")
    assert len(section.hardest) == 3


def test_lowered_threshold_without_reason_is_an_error_and_ignored(config):
    page = (FIXTURES / "readability_lowered.html").read_text(encoding="utf-8")
    page = page.replace('<meta name="ventana:readability-reason"', '<meta name="x"')
    result = Checker(config).check("p.html", page.encode())
    rules = [f.rule for f in result.findings]
    assert "waiver-reason-missing" in rules and "readability-min" not in rules
    assert result.readability[0].threshold == 55


def test_children_page_uses_the_children_threshold(config):
    page = (
        (FIXTURES / "readability_target.html")
        .read_text(encoding="utf-8")
        .replace("</head>", '<meta name="ventana:audience" content="ninos">\n</head>')
    )
    result = Checker(config).check("p.html", page.encode())
    assert [r.section for r in result.readability] == ["ninos"]
    assert "readability-children" in [f.rule for f in result.findings]
