"""pelican-yaml-metadata's reader, parsing the header with libyaml as the check does.

The header check (``ventana_data.frontmatter``) reads headers with PyYAML's C parser,
and a header is "valid" only if Pelican reads it the same way, so Pelican's reader
must use that parser too. Only the parser changes: the values come from the same
SafeConstructor, and everything else is pelican-yaml-metadata's own code.
"""

from __future__ import annotations

import logging

import yaml
from pelican.plugins.yaml_metadata.yaml_metadata import YAMLMetadataReader

log = logging.getLogger(__name__)
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LibyamlMetadataReader(YAMLMetadataReader):
    """Markdown with a YAML header, the header parsed by libyaml."""

    def _load_yaml_metadata(self, text, source_path):
        # pelican-yaml-metadata's method, with yaml.load(..., LOADER) for yaml.safe_load.
        # The header check refused broken headers already (IGNORE_FILES): this is a guard.
        try:
            metadata = yaml.load(text, Loader=LOADER)
        except yaml.YAMLError:
            log.error("editorial: no se pudo leer el encabezado YAML de %s", source_path)
            return {}
        if not isinstance(metadata, dict):
            log.error("editorial: el encabezado de %s no es «clave: valor»", source_path)
            return {}
        return self._parse_yaml_metadata(metadata, source_path)


def use_libyaml(readers) -> None:
    """At readers_init, after pelican-yaml-metadata (listed before us in PLUGINS)."""
    for ext, cls in list(readers.reader_classes.items()):
        if cls is YAMLMetadataReader:
            readers.reader_classes[ext] = LibyamlMetadataReader
