"""What a person reads after a build: a short terminal summary, one final line, the cache."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from checks_support import FIXTURES, make_config
from publish_checks import reporters, runner, status
from publish_checks.cli import main

ROOT = Path(__file__).resolve().parents[3]


def many_errors(tmp_path: Path, count: int) -> Path:
    site = tmp_path / "html"
    site.mkdir()
    for number in range(count):
        shutil.copy(FIXTURES / "img_alt_missing.html", site / f"p{number:02}.html")
    return site


def test_terminal_shows_the_first_20_findings_then_where_the_rest_is(tmp_path):
    report = runner.run(many_errors(tmp_path, 30), make_config(tmp_path))
    stream = io.StringIO()
    reporters.terminal.write_brief(report, stream, "reports/checks.html")
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("publish_checks: ") and "errores" in lines[0]
    assert len(lines) == 1 + 20 + 1
    assert lines[-1].strip().startswith("… y ") and lines[-1].endswith("reports/checks.html")
    assert all(len(line) > 60 for line in lines[1:-1])  # one finding per unwrapped line


def test_cli_prints_20_findings_unless_asked_for_all(tmp_path, capsys):
    site = many_errors(tmp_path, 25)
    args = ["--path", str(site), "--root", str(tmp_path), "--no-cache", "--jobs", "1"]
    assert main(args) == 2
    short = capsys.readouterr().out
    assert short.count("Cómo corregirlo") == 20 and "hallazgos más" in short
    assert main([*args, "--all"]) == 2
    assert capsys.readouterr().out.count("Cómo corregirlo") > 25


def test_build_line_counts_blocking_errors_in_spanish(tmp_path):
    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    settings = {
        "PATH": str(project / "content"),
        "OUTPUT_PATH": str(project / "output"),
        "DATA_PATH": str(project / "data"),
        "PUBLISH_CHECKS": {},
    }
    started = time.time() - 1
    assert status.build_line(settings, started, "invoke serve").startswith("Listo. Para verlo")
    report = project / "reports" / "checks.json"
    report.parent.mkdir()
    for errors, expected in (
        (4, "Listo, con 4 errores que bloquearían la publicación: mira reports/checks.html"),
        (1, "Listo, con 1 error que bloquearía la publicación: mira reports/checks.html"),
    ):
        report.write_text(json.dumps({"summary": {"errors": errors, "warnings": 2}}))
        assert status.build_line(settings, started, "invoke serve") == expected
    report.write_text(json.dumps({"summary": {"errors": 0, "warnings": 2}}))
    assert "2 advertencias" in status.build_line(settings, started, "invoke serve")
    assert status.build_line(settings, time.time() + 60, "x") == "Listo. Para verlo: x"


def test_build_and_publish_fingerprints_do_not_evict_each_other(tmp_path):
    site = many_errors(tmp_path, 2)
    build = make_config(tmp_path, cache=True, cache_path=str(tmp_path / "cache"))
    publish = make_config(
        tmp_path, cache=True, cache_path=str(tmp_path / "cache"), readability_min_publico=50
    )
    assert runner.run(site, build).cached == 0
    assert runner.run(site, publish).cached == 0
    assert runner.run(site, build).cached == 2
    assert runner.run(site, publish).cached == 2
    assert len(list((tmp_path / "cache").glob("findings-*.pickle"))) == 2


def _code_fingerprint(plugins: Path) -> str:
    code = "from publish_checks.cache import code_fingerprint; print(code_fingerprint())"
    env = {**os.environ, "PYTHONPATH": str(plugins)}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout


def test_editing_shared_code_the_rules_read_invalidates_the_cache(tmp_path):
    """csp-weak reads ventana_data/csp.py, raw-html-removed ventana_data/html.py."""
    plugins = tmp_path / "plugins"
    for name in ("publish_checks", "ventana_data"):
        shutil.copytree(ROOT / "plugins" / name, plugins / name)
    before = _code_fingerprint(plugins)
    assert _code_fingerprint(plugins) == before
    for module in ("csp.py", "html.py"):
        with (plugins / "ventana_data" / module).open("a", encoding="utf-8") as handle:
            handle.write("\n# edited\n")
        after = _code_fingerprint(plugins)
        assert after != before, module
        before = after
    (plugins / "ventana_data" / "dates.py").write_text("# not read by any rule\n")
    assert _code_fingerprint(plugins) == before
