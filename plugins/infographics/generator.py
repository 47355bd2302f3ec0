"""The infographic pages: /infografias/ and /infografias/<slug>/, with their PNGs.

Data is loaded and checked in generate_context, so a mistake stops the build
before any page is written; images and pages are produced in generate_output.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pelican.generators import Generator
from ventana_data import dates
from ventana_data.context import FACTS, INFOGRAPHICS, claim_output

from . import build, model, png, svg, webfont
from .loader import load_infographics
from .settings import settings_for

log = logging.getLogger(__name__)

INDEX_TEMPLATE_PATH = "themes/ventana/templates/infographic_index.html"


class InfographicsGenerator(Generator):
    """Builds every infographic page and its share images."""

    def generate_context(self) -> None:
        self.conf = settings_for(self.settings)
        data_path = Path(self.settings["DATA_PATH"])
        raw = load_infographics(
            data_path / self.conf["data"],
            data_path / self.conf["schema"],
            data_path.parent,
            today=dates.today(self.settings.get("TIMEZONE")),
            facts=_facts(self.context),
        )
        self.infographics = [model.build(info, self.context, self.conf) for info in raw]
        for info in self.infographics:
            for block in info["bloques"]:
                block["svg"] = svg.draw(block)
        INFOGRAPHICS.put(self.context, self.infographics)
        claim_output(self.context, f"{self.conf['url']}index.html", INDEX_TEMPLATE_PATH)
        for info in self.infographics:
            claim_output(self.context, info["save_as"], info["source_path"])

    def generate_output(self, writer) -> None:
        webfont.publish(build.current(self.context).cache.folder, Path(self.output_path))
        for info in self.infographics:
            downloads = self._share_images(info)
            info["miniatura"] = downloads[0] if downloads else None
            self._write(
                writer,
                "infographic",
                info["save_as"],
                infographic=info,
                downloads=downloads,
                og_image=downloads[0]["url"] if downloads else None,
                og_image_alt=info["resumen"],
                og_title=info["titulo"],
                og_description=info["resumen"],
                source_path=info["source_path"],
            )
        self._write(
            writer,
            "infographic_index",
            f"{self.conf['url']}index.html",
            infographics=self.infographics,
            source_path=INDEX_TEMPLATE_PATH,
        )

    def _share_images(self, info: dict[str, Any]) -> list[dict[str, Any]]:
        """Draw (or reuse) each PNG size, copy it into the output, describe the link."""
        images = build.current(self.context).cache
        site = self.settings["SITENAME"]
        out = []
        for size in self.conf["share_sizes"]:
            payload = {"kind": "share", "size": size, "site": site, "info": _visible(info)}
            cached = images.get(payload, lambda size=size: png.share_image(info, size, site))
            url = f"{info['url']}{info['slug']}-{size[0]}x{size[1]}.png"
            images.publish(cached, Path(self.output_path) / url)
            out.append(
                {
                    "url": url,
                    "width": size[0],
                    "height": size[1],
                    "kb": max(1, round(cached.stat().st_size / 1024)),
                }
            )
        return out

    def _write(self, writer, template: str, save_as: str, **extra: Any) -> None:
        writer.write_file(
            save_as,
            self.get_template(template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            **extra,
        )


def _facts(context: dict) -> dict[str, Any] | None:
    """The shared facts; None when data/facts.yaml had errors (already reported)."""
    if not FACTS.present(context):
        return {}  # the facts plugin is off: every «dato:» is unknown
    return FACTS.get(context) or None


def _visible(info: dict[str, Any]) -> dict[str, Any]:
    """What the share image shows: its cache key, without the SVG markup."""
    block = {k: v for k, v in info["destacado"].items() if k != "svg"}
    return {"titulo": info["titulo"], "sample_all": info["sample_all"], "destacado": block}
