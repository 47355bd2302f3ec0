"""Just enough CSS reading for contrast: custom properties, var(), and colour pairs.

Pairs come from three places, so it works on any site's stylesheets:
1. rule blocks that set both ``color`` and ``background``/``background-color``;
2. comments ``/* contrast: --text on --bg */`` (add ``large`` for the 3:1 minimum);
3. the ``palette_pairs`` setting: ``[("--vt-color-text", "--vt-color-bg"), ...]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import contrast

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_DECLARED_PAIR = re.compile(r"contrast:\s*(--[\w-]+)\s+on\s+(--[\w-]+)(\s+large)?", re.IGNORECASE)
_PROPERTY = re.compile(r"(--[\w-]+)\s*:\s*([^;{}]+)")
_BLOCK = re.compile(r"([^{}]+)\{([^{}]*)\}")
_DECLARATION = re.compile(
    r"(?:^|;)\s*(color|background-color|background)\s*:\s*([^;]+)", re.IGNORECASE
)
_VAR = re.compile(r"var\(\s*(--[\w-]+)\s*(?:,\s*([^)]+))?\)")


@dataclass(frozen=True, slots=True)
class Pair:
    fg: str  # as written: "var(--vt-color-text)" or "#1f1f1f"
    bg: str
    minimum: float
    path: Path
    line: int
    where: str  # selector or "contrast:" comment


def custom_properties(texts: list[str]) -> dict[str, str]:
    """Every ``--name: value`` of every stylesheet; the first definition wins, like :root."""
    props: dict[str, str] = {}
    for text in texts:
        for name, value in _PROPERTY.findall(_COMMENT.sub("", text)):
            props.setdefault(name, value.strip())
    return props


def resolve(value: str, props: dict[str, str], depth: int = 0) -> contrast.Color | None:
    """Colour of a value, following var() through custom properties."""
    if depth > 10:
        return None
    match = _VAR.search(value)
    if match:
        target = props.get(match.group(1)) or match.group(2)
        return resolve(target, props, depth + 1) if target else None
    return contrast.parse(value)


def pairs_in(path: Path, text: str) -> list[Pair]:
    """Colour pairs a stylesheet declares, by block and by comment."""
    found = []
    for match in _DECLARED_PAIR.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        found.append(
            Pair(
                f"var({match.group(1)})",
                f"var({match.group(2)})",
                3.0 if match.group(3) else 4.5,
                path,
                line,
                match.group(0),
            )
        )
    stripped = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    for match in _BLOCK.finditer(stripped):
        values = {
            name.lower(): value.strip() for name, value in _DECLARATION.findall(match.group(2))
        }
        background = values.get("background-color") or values.get("background")
        if "color" in values and background:
            selector = " ".join(match.group(1).split())
            line = stripped.count("\n", 0, match.start(2)) + 1
            found.append(Pair(values["color"], background, 4.5, path, line, selector))
    return found
