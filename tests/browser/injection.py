"""Hostile text for the injection test: payloads, and every field of every editor file.

The fields come from the JSON schemas in data/schema/: every string an editor types
freely (no enum, pattern, format or reference to another entry) gets text payloads;
every URL field gets URL payloads, which the validation must refuse.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# Text an attacker (or a careless paste) puts in a field. Each alert() or
# ontoggle must stay text; none may run in the browser.
PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "'><svg onload=alert(3)>",
    '<a href="https://www.gob.mx/sesna" onclick="alert(4)">ver</a>',
    "{{ 7*7777 }}",
    "</title></textarea></style><script>alert(5)</script>",
    '<iframe srcdoc="<script>alert(6)</script>"></iframe>',
    "<details open ontoggle=alert(7)>x</details>",
    "&lt;script&gt;alert(8)&lt;/script&gt;",
    "javascript:alert(9)",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(10)>",
    "<!--<img src=x onerror=alert(11)>-->",
    '" onmouseover="alert(12)" x="',
    "${7*7777} {% raw %}",
]
TEMPLATE_RESULT = "54439"  # 7*7777: what a template engine would make of the payload
# URLs the validation must refuse, wherever an editor writes one.
URL_PAYLOADS = [
    "javascript:alert(20)",
    "JaVaScRiPt:alert(21)",
    "data:text/html,<script>alert(22)</script>",
    'https://ejemplo.test/" onmouseover="alert(23)',
]
# Keys that name another entry or a fixed value: the schema says "string", but the
# cross-checks allow only existing ids, so a payload there is refused, not injected.
# (Where the schema makes one of them a web address, as a channel's «fuente», it is a URL.)
REFERENCES = frozenset({"fuente", "slug", "template", "save_as", "og_image", "status"})
# Fields checked against a fixed value: a state file names its own state.
# A page's own front-matter ``url`` is its output address (checked by the outputs rules),
# not a link a reader follows.
FIXED = frozenset({("entidad", "nombre"), ("url",)})
# Fields whose values must differ from entry to entry.
UNIQUE = frozenset({"sigla"})
SCHEMAS = {
    "data/states/": "state",
    "data/infographics/": "infographic",
    "data/glossary.yaml": "glossary",
    "data/channels.yaml": "channels",
    "content/lessons/": "lesson",
    "content/pages/": "page",
    "content/news/": "page",
    "content/states/": "page",
}


@dataclass
class Slot:
    """One field of one file: where it is, and how long a value it accepts."""

    file: str
    path: tuple
    max_length: int | None = None
    url: bool = False


@dataclass
class EditorFile:
    """A data file or the front matter (and body) of a Markdown file, loaded to be poisoned."""

    rel: str
    data: Any
    body: str | None = None  # Markdown after the front matter
    slots: list[Slot] = field(default_factory=list)

    def write(self, project: Path) -> None:
        text = yaml.safe_dump(self.data, allow_unicode=True, sort_keys=False, width=10_000)
        if self.body is not None:
            text = f"---\n{text}---\n{self.body}"
        (project / self.rel).write_text(text, encoding="utf-8")


def schema_for(project: Path, rel: str) -> dict:
    name = next(v for k, v in SCHEMAS.items() if rel.startswith(k))
    return json.loads((project / "data" / "schema" / f"{name}.schema.json").read_text("utf-8"))


def load(project: Path, rel: str) -> EditorFile:
    text = (project / rel).read_text(encoding="utf-8")
    if rel.endswith(".md"):
        _, front, body = text.split("---\n", 2)
        item = EditorFile(rel, yaml.safe_load(front), body)
    else:
        item = EditorFile(rel, yaml.safe_load(text))
    schema = schema_for(project, rel)
    item.slots = list(slots(item.data, schema, schema.get("$defs", {}), rel, ()))
    return item


def _resolve(schema: dict, defs: dict) -> dict:
    ref = schema.get("$ref", "")
    return defs[ref.rsplit("/", 1)[-1]] if ref.startswith("#/$defs/") else schema


def _properties(schema: dict, value: dict) -> dict:
    """Properties of an object schema, with those an ``allOf`` if/then or an
    ``additionalProperties`` schema gives the keys of ``value``."""
    found = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        condition = part.get("if", {}).get("properties", {})
        if all(value.get(key) == rule.get("const") for key, rule in condition.items()):
            found.update(part.get("then", {}).get("properties", {}))
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):  # a mapping keyed by name, as channels by state
        found.update({key: extra for key in value if key not in found})
    return found


def slots(value: Any, schema: dict, defs: dict, rel: str, path: tuple) -> Iterator[Slot]:
    """Every free-text and URL field present in ``value``, guided by its schema."""
    schema = _resolve(schema, defs)
    if isinstance(value, dict):
        props = _properties(schema, value)
        for key, child in value.items():
            named = key in REFERENCES and not _is_uri(props.get(key, {}), defs)
            if key in props and not named and (*path, key) not in FIXED:
                yield from slots(child, props[key], defs, rel, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from slots(child, schema.get("items", {}), defs, rel, (*path, index))
    elif isinstance(value, str):
        is_url = schema.get("format") == "uri" or path[-1] == "url"
        if is_url:
            yield Slot(rel, path, url=True)
        elif not ({"enum", "const", "pattern", "format"} & set(schema)):
            yield Slot(rel, path, schema.get("maxLength"))


def _is_uri(schema: dict, defs: dict) -> bool:
    return _resolve(schema, defs).get("format") == "uri"


def put(data: Any, path: tuple, value: str) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def fill(slot: Slot, start: int) -> tuple[str, list[int]]:
    """Payloads from ``start`` on, as many as the field's maximum length allows."""
    chosen: list[int] = []
    text = ""
    for step in range(len(PAYLOADS)):
        index = (start + step) % len(PAYLOADS)
        candidate = f"{text} {PAYLOADS[index]}".strip()
        if slot.max_length and len(candidate) > slot.max_length:
            continue
        text = candidate
        chosen.append(index)
    return text, chosen


def poison(item: EditorFile, round_: int) -> set[tuple]:
    """Text payloads into every free-text field of ``item``; returns (field, payload) pairs."""
    tried: set[tuple] = set()
    used: set[str] = set()
    for number, slot in enumerate(s for s in item.slots if not s.url):
        start = number + round_ * 7
        text, chosen = fill(slot, start)
        while slot.path[-1] in UNIQUE and text in used and start < number + 3 * len(PAYLOADS):
            start += 1
            text, chosen = fill(slot, start)
        used.add(text)
        if chosen:
            put(item.data, slot.path, text)
            tried.update(((slot.file, slot.path), index) for index in chosen)
    if item.body is not None:
        item.body += body_block()
        tried.update(((item.rel, "body"), index) for index in range(len(PAYLOADS)))
    return tried


def poison_urls(item: EditorFile, url: str) -> int:
    """A refused URL into every URL field and a Markdown link in the body; how many places."""
    places = 0
    for slot in item.slots:
        if slot.url:
            put(item.data, slot.path, url)
            places += 1
    if item.body is not None:
        item.body += f'\n\n[Más información]({url})\n\n<a href="{url}">Ver el documento</a>\n'
        places += 2
    return places


def body_block() -> str:
    """Every payload as raw HTML and text in a Markdown body, each in its own paragraph."""
    return "\n\n" + "\n\n".join(PAYLOADS) + "\n"
