"""Writes /admin/: the page, config.yml, the serializer and the vendored CMS."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from pelican.generators import Generator
from ventana_data.context import claim_output

from . import messages as M
from . import page, settings, vendor
from .config import build_config, dump

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"


class AdminGenerator(Generator):
    """Not a page of the site: no template, no sitemap entry, no search index."""

    def generate_context(self) -> None:
        self.admin = settings.read(self.settings)
        if self.admin["enabled"]:
            base = self.admin["path"].strip("/")
            for name in ("index.html", "config.yml"):
                claim_output(self.context, f"{base}/{name}", "pelicanconf.py (CMS_ADMIN)")

    def generate_output(self, writer) -> None:
        if not self.admin["enabled"]:
            return
        wrong = vendor.mismatches()
        if wrong:
            raise RuntimeError(M.BUNDLE_CHANGED.format(name=", ".join(wrong), sums=vendor.SUMS))
        out = Path(self.output_path) / self.admin["path"]
        out.mkdir(parents=True, exist_ok=True)
        schema_dir = Path(self.settings["DATA_PATH"]) / "schema"
        config = build_config(self.admin, schema_dir, self.settings.get("SITEURL", ""))
        _write(out / "config.yml", dump(config))
        origins = settings.connect_origins(self.admin)
        _write(out / "index.html", page.render(self.settings["SITENAME"], origins))
        for script in sorted(STATIC.glob("*.js")):
            _copy(script, out / script.name)
        for rel in vendor.files():
            _copy(vendor.VENDOR / rel, out / "vendor" / rel)
        log.info(
            "cms_admin: formulario en %s/ (%d colecciones)",
            self.admin["path"],
            len(config["collections"]),
        )


def _write(path: Path, text: str) -> None:
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def _copy(src: Path, dest: Path) -> None:
    """Copy unless the same bytes are there already (keeps incremental builds quiet)."""
    if (
        dest.exists()
        and dest.stat().st_size == src.stat().st_size
        and dest.read_bytes() == src.read_bytes()
    ):
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
