"""The pages and files of the states section, written from the validated context.

Nothing here validates: by the time ``generate_output`` runs, ``context["states"]``
holds checked records, so a broken YAML never reaches this module.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pelican.generators import Generator
from ventana_data import context as shared
from ventana_data import file_size, long_date, outputs

from . import opendata
from .catalogue import GROUPS, INSTITUTIONS, LAWS, STATES, STATUSES, SYSTEMS
from .records import LIGHTS

log = logging.getLogger(__name__)

OVERVIEW = ("estados/", "estados/index.html")
DATA_PAGE = ("datos/", "datos/index.html")
CSV_FILE = "datos/estados.csv"
JSON_FILE = "datos/estados.json"
FEED_ALL = "feeds/estados.atom.xml"
RESULTS = {
    "pendiente": "Pendiente de resolver",
    "invalidez_total": "Ley invalidada por completo",
    "invalidez_parcial": "Ley invalidada en parte",
    "validez": "Ley declarada válida",
}


class StatesGenerator(Generator):
    """Writes /estados/, one page per state, /datos/ and the open data and feeds."""

    def generate_context(self) -> None:
        states = shared.STATES.get(self.context)
        self.states: list[dict[str, Any]] = states
        self.summary: dict[str, Any] = shared.STATES_SUMMARY.get(self.context)
        self.narratives: dict[str, dict[str, Any]] = shared.STATES_NARRATIVES.get(self.context)
        if states:
            self._claim_outputs()

    def _claim_outputs(self) -> None:
        """Every file this section writes, so no page of content/ takes one of them."""
        section = "data/states/"
        for save_as in (OVERVIEW[1], DATA_PAGE[1], CSV_FILE, JSON_FILE, FEED_ALL):
            shared.claim_output(self.context, save_as, section)
        for state in self.states:
            calc = state["calculado"]
            for save_as in (calc["url"] + "index.html", calc["datos_url"], calc["feed_url"]):
                shared.claim_output(self.context, save_as, calc["source_path"])

    def generate_output(self, writer) -> None:
        if not self.states:
            return
        files = self._data_files()
        self._write_pages(writer, {**self._common(), "DATA_DOWNLOADS": self._downloads(files)})
        out = Path(self.output_path)
        for rel, text in files.items():
            outputs.write_if_changed(out / rel, text)
        log.info(
            "state_snapshots: %d páginas de estados, datos abiertos y %d canales Atom",
            len(self.states) + 2,
            len(self.states) + 1,
        )

    def _common(self) -> dict[str, Any]:
        """What every states template reads: the records, their labels and the file names."""
        return {
            "states": self.states,
            "states_summary": self.summary,
            "STATUS_LABELS": STATUSES,
            "GROUP_LABELS": GROUPS,
            "LIGHT_LABELS": LIGHTS,
            "LAW_LABELS": LAWS,
            "INSTITUTION_LABELS": INSTITUTIONS,
            "SYSTEM_LABELS": SYSTEMS,
            "RESULT_LABELS": RESULTS,
            "STATES_CSV": CSV_FILE,
            "STATES_JSON": JSON_FILE,
            "STATES_FEED": FEED_ALL,
            "TILE_GRID": STATES,
            "states_config": shared.STATES_CONFIG.get(self.context),
            "fecha_larga": long_date,
        }

    def _write_pages(self, writer, common: dict[str, Any]) -> None:
        """The overview, one page per state, then the open-data page."""
        self._page(
            writer,
            "states",
            OVERVIEW,
            common,
            title="Avance de los estados",
            source_path="data/states/",
        )
        for state in self.states:
            calc = state["calculado"]
            extra = {
                "state": state,
                "narrative": self.narratives.get(calc["slug"]),
                "title": f"{calc['nombre']}: avance anticorrupción",
                "source_path": calc["source_path"],
            }
            self._page(writer, "state", (calc["url"], calc["url"] + "index.html"), common, **extra)
        self._page(
            writer,
            "states_data",
            DATA_PAGE,
            common,
            title="Datos abiertos de los estados",
            source_path="data/states/",
            COLUMNS=opendata.COLUMNS,
            LICENCE_NAME=opendata.LICENCE_NAME,
            LICENCE_URL=opendata.LICENCE_URL,
        )

    def _page(
        self, writer, template: str, where: tuple[str, str], common: dict[str, Any], **extra: Any
    ) -> None:
        url, save_as = where
        context = {**self.context, **common}
        writer.write_file(
            save_as,
            self.get_template(template),
            context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=url,
            page_url=url,
            **extra,
        )

    def _downloads(self, files: dict[str, str]) -> list[dict[str, str]]:
        """The national files as /datos/ lists them: name, address, size and update date."""
        updated = max(s["corte"]["ultima_actualizacion"] for s in self.states)
        return [
            {
                "name": Path(rel).name,
                "url": rel,
                "size": file_size(len(files[rel].encode("utf-8"))),
                "updated": long_date(updated),
                "updated_iso": updated,
            }
            for rel in (CSV_FILE, JSON_FILE)
        ]

    def _data_files(self) -> dict[str, str]:
        """Every open-data file and feed of the section, by output path."""
        files = {
            CSV_FILE: opendata.to_csv(self.states),
            JSON_FILE: opendata.to_json(opendata.dataset(self.states, self.summary)),
        }
        for state in self.states:
            calc = state["calculado"]
            files[calc["datos_url"]] = opendata.to_json(opendata.public_record(state))
        base = (self.settings.get("FEED_DOMAIN") or self.settings.get("SITEURL") or "").rstrip("/")
        max_items = shared.STATES_CONFIG.get(self.context).feed_max_items
        files[FEED_ALL] = opendata.feed(
            self.states,
            "Ventana Anticorrupción: logros de los estados",
            f"{base}/{OVERVIEW[0]}",
            f"{base}/{FEED_ALL}",
            base,
            max_items,
        )
        for state in self.states:
            calc = state["calculado"]
            files[calc["feed_url"]] = opendata.feed(
                [state],
                f"Ventana Anticorrupción: logros de {calc['nombre']}",
                f"{base}/{calc['url']}",
                f"{base}/{calc['feed_url']}",
                base,
                max_items,
            )
        return files
