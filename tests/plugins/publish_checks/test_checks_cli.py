"""The CLI on any folder of HTML: exit codes 0/2/1, JSON format, waivers, cache, HTML report."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from checks_support import FIXTURES, REPO
from publish_checks.cli import main

FINDING_KEYS = {
    "page",
    "source",
    "line",
    "page_line",
    "rule",
    "wcag",
    "severity",
    "message",
    "hint",
    "context",
}


def folder_with(tmp_path: Path, *names: str) -> Path:
    """A folder of fixture pages plus the images they point at, so links resolve."""
    site = tmp_path / "html"
    site.mkdir()
    for name in names:
        shutil.copy(FIXTURES / name, site / name.replace(".pass", "_ok"))
        add_images(site, (FIXTURES / name).read_text(encoding="utf-8"))
    return site


def add_images(site: Path, page: str) -> None:
    for src in re.findall(r'src="([^"]+)"', page):
        (site / src).touch()


def cli(site: Path, tmp_path: Path, *extra: str) -> int:
    return main(
        [
            "--path",
            str(site),
            "--root",
            str(tmp_path),
            "--no-cache",
            "--jobs",
            "1",
            "--glossary",
            str(FIXTURES / "glossary.yaml"),
            "--plain-language",
            str(REPO / "data" / "plain_language.yaml"),
            *extra,
        ]
    )


def test_clean_folder_exits_0(tmp_path, capsys):
    site = folder_with(tmp_path, "img_alt_missing.pass.html")
    assert cli(site, tmp_path) == 0
    assert capsys.readouterr().out.strip().endswith("0 errores, 0 advertencias en 1 página")


def test_content_errors_exit_2_and_json_has_the_stable_format(tmp_path, capsys):
    site = folder_with(tmp_path, "img_alt_missing.html", "passive_voice.html")
    report = tmp_path / "out" / "checks.json"
    assert cli(site, tmp_path, "--json", str(report)) == 2
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["format"] == "ventana-publish-checks" and data["version"] == 1
    assert data["summary"]["errors"] == 1 and data["summary"]["warnings"] == 2
    assert sorted(f["rule"] for f in data["findings"] if f["severity"] == "warning") == [
        "passive-voice",
        "title-duplicate",
    ]
    assert all(set(f) == FINDING_KEYS for f in data["findings"])
    error = next(f for f in data["findings"] if f["severity"] == "error")
    assert (error["page"], error["rule"], error["wcag"]) == (
        "img_alt_missing.html",
        "img-alt-missing",
        "1.1.1",
    )
    assert "texto alternativo" in error["message"]
    assert {r["id"] for r in data["rules"]} >= {"img-alt-missing", "link-broken"}
    out = capsys.readouterr().out
    assert out.strip().endswith("1 error, 2 advertencias en 2 páginas")


def test_excluded_pages_are_not_checked(tmp_path, capsys):
    site = folder_with(tmp_path, "img_alt_missing.html", "img_alt_missing.pass.html")
    (site / "admin").mkdir()
    shutil.move(site / "img_alt_missing.html", site / "admin" / "index.html")
    assert cli(site, tmp_path) == 2
    capsys.readouterr()
    assert cli(site, tmp_path, "--exclude", "admin/*") == 0
    assert capsys.readouterr().out.strip().endswith("0 errores, 0 advertencias en 1 página")


def test_missing_folder_is_a_tool_failure_exit_1(tmp_path, capsys):
    assert cli(tmp_path / "no-existe", tmp_path) == 1
    assert "No existe la carpeta" in capsys.readouterr().err


def test_broken_glossary_is_a_tool_failure_exit_1(tmp_path):
    bad = tmp_path / "glosario.yaml"
    bad.write_text("terminos: [sigla: : :", encoding="utf-8")
    site = folder_with(tmp_path, "img_alt_missing.pass.html")
    assert cli(site, tmp_path, "--glossary", str(bad)) == 1


def test_waivers_suppress_and_are_listed(tmp_path, capsys):
    site = folder_with(tmp_path, "waivers.html")
    report = tmp_path / "checks.json"
    assert cli(site, tmp_path, "--json", str(report)) == 2  # otra.png is not waived
    data = json.loads(report.read_text(encoding="utf-8"))
    assert [f["rule"] for f in data["findings"] if f["severity"] == "error"] == ["img-alt-missing"]
    assert "otra.png" in data["findings"][0]["context"] or any(
        "otra.png" in f["context"] for f in data["findings"]
    )
    waivers = {(w["rule"], w["kind"]): w for w in data["waivers"]}
    assert waivers[("passive-voice", "metadata")]["reason"].startswith("cita textual")
    assert waivers[("passive-voice", "metadata")]["suppressed"] == 1
    assert waivers[("img-alt-missing", "element")]["reason"] == "imagen de prueba del editor"
    assert "Excepciones declaradas (2)" in capsys.readouterr().out


def test_siteurl_links_are_internal(tmp_path):
    site = tmp_path / "html"
    site.mkdir()
    shutil.copy(FIXTURES / "img_alt_missing.pass.html", site / "index.html")
    add_images(site, (site / "index.html").read_text(encoding="utf-8"))
    page = (
        (site / "index.html")
        .read_text(encoding="utf-8")
        .replace("</main>", '<p><a href="https://www.ventana.test/falta/">Falta</a></p></main>')
    )
    (site / "index.html").write_text(page, encoding="utf-8")
    assert cli(site, tmp_path) == 0  # without --siteurl it is an external link
    assert cli(site, tmp_path, "--siteurl", "https://www.ventana.test") == 2


def test_cache_rechecks_only_changed_pages(tmp_path):
    site = folder_with(tmp_path, "img_alt_missing.html", "img_alt_missing.pass.html")
    args = ["--path", str(site), "--root", str(tmp_path), "--jobs", "1"]
    assert main(args) == 2
    cache_files = list((tmp_path / ".cache" / "ventana" / "publish_checks").glob("*.pickle"))
    assert len(cache_files) == 1
    (site / "img_alt_missing.html").write_text(
        (FIXTURES / "img_alt_missing.pass.html").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert main(args) == 0  # the changed page was re-checked, not served from the cache


def test_html_report_is_itself_accessible(tmp_path):
    site = folder_with(tmp_path, "img_alt_missing.html", "waivers.html", "readability_min.html")
    report_dir = tmp_path / "report"
    assert cli(site, tmp_path, "--html", str(report_dir / "checks.html")) == 2
    html = (report_dir / "checks.html").read_text(encoding="utf-8")
    assert 'lang="es-MX"' in html and "<caption>" in html and 'scope="col"' in html
    assert cli(report_dir, tmp_path) == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_many_pages_same_result_serial_and_parallel(tmp_path, jobs):
    site = tmp_path / "html"
    site.mkdir()
    for number in range(80):
        name = "img_alt_missing.html" if number % 2 else "img_alt_missing.pass.html"
        shutil.copy(FIXTURES / name, site / f"p{number:03}.html")
        add_images(site, (FIXTURES / name).read_text(encoding="utf-8"))
    report = tmp_path / "checks.json"
    main(
        [
            "--path",
            str(site),
            "--root",
            str(tmp_path),
            "--no-cache",
            "--jobs",
            jobs,
            "--json",
            str(report),
        ]
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"]["errors"] == 40
