"""Makes Pagefind's filter files byte-identical from one build to the next.

Pagefind 1.5 writes the values of a filter (``seccion``: Estados, Noticias, …) in
the order of a Rust hash map, which changes on every run; so do the file's name
and the names that point to it (the language's ``.pf_meta`` and
``pagefind-entry.json``). The words index is already stable. This module rewrites
those three in a fixed order: filter values sorted by name, files named by the
SHA-256 of their content. Hand-written because Pagefind has no option for it;
the files are gzip-compressed CBOR, read and written with cbor2.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

import cbor2

SIGNATURE = b"pagefind_dcd"
ENTRY = "pagefind-entry.json"
# Positions in the language's meta file (Pagefind's MetaIndex): the filters list.
META_FILTERS = 3


def stabilize(bundle: Path) -> None:
    """Rewrite the filter files of every language, then the files that name them."""
    entry = json.loads((bundle / ENTRY).read_text(encoding="utf-8"))
    for language, info in entry["languages"].items():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        for pair in meta[META_FILTERS]:
            pair[1] = _rewrite_filter(bundle / "filter", pair[1], language)
        meta_path.unlink()
        info["hash"] = _write(bundle, "pagefind.{}.pf_meta", meta, language, 10)
    text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
    (bundle / ENTRY).write_text(text, encoding="utf-8")


def _rewrite_filter(folder: Path, name: str, language: str) -> str:
    path = folder / f"{name}.pf_filter"
    data = _read(path)
    data[1] = sorted(data[1], key=lambda value: value[0])
    path.unlink()
    return _write(folder, "{}.pf_filter", data, language, 7)


def _read(path: Path) -> Any:
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise ValueError(f"{path.name}: no es un archivo de Pagefind")
    return cbor2.loads(raw[len(SIGNATURE) :])


def _write(folder: Path, pattern: str, value: Any, language: str, digits: int) -> str:
    """Write ``value`` as Pagefind does; its name comes from its bytes. Returns the name."""
    raw = SIGNATURE + cbor2.dumps(value)
    name = f"{language}_{hashlib.sha256(raw).hexdigest()[:digits]}"
    (folder / pattern.format(name)).write_bytes(gzip.compress(raw, mtime=0))
    return name
