"""Writes /admin/: the page, config.yml, the serializer and the vendored CMS."""

from __future__ import annotations

import logging
from pathlib import Path

from pelican.generators import Generator
from ventana_data import outputs
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
        outputs.write_if_changed(out / "config.yml", dump(config))
        origins = settings.connect_origins(self.admin)
        outputs.write_if_changed(
            out / "index.html", page.render(self.settings["SITENAME"], origins)
        )
        for script in sorted(STATIC.glob("*.js")):
            outputs.copy_if_changed(script, out / script.name)
        for rel in vendor.files():
            outputs.copy_if_changed(vendor.VENDOR / rel, out / "vendor" / rel)
        log.info(
            "cms_admin: formulario en %s/ (%d colecciones)",
            self.admin["path"],
            len(config["collections"]),
        )
