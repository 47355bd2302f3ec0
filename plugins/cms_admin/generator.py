"""Writes /admin/: the page, config.yml, the serializer and the vendored CMS."""

from __future__ import annotations

import json
import logging
from hashlib import sha256
from pathlib import Path

import yaml
from pelican.generators import Generator
from ventana_data import cache_folder, outputs
from ventana_data.context import claim_output

from . import messages as M
from . import page, settings, vendor
from .config import build_config, dump

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"
# The text of config.yml depends on the config and on how config.py writes it.
CODE_VERSION = sha256((Path(__file__).parent / "config.py").read_bytes()).hexdigest()[:16]


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
        outputs.write_if_changed(out / "config.yml", _dumped(config, self.settings))
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


def _dumped(config: dict, pelican_settings: dict) -> str:
    """``dump(config)``, kept under the hash of the config: PyYAML's writer took 1 s a build."""
    blob = json.dumps([yaml.__version__, CODE_VERSION, config], ensure_ascii=False, default=str)
    key = sha256(blob.encode()).hexdigest()
    cached = cache_folder(pelican_settings, "cms_admin") / f"{key}.yml"
    try:
        return cached.read_text(encoding="utf-8")
    except OSError:
        text = dump(config)
    cached.parent.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(cached)
    return text
